//! `newslens new-plugin NAME`: writes a plugin crate that builds and loads as it is —
//! a small real analyzer (word, sentence and paragraph counts, long sentences) to
//! replace with one's own.

use std::path::{Component, Path, PathBuf};

/// Where the new crate finds `newslens-core` and `newslens-plugin`.
#[derive(Debug, Clone, PartialEq)]
pub enum SdkSource {
    /// A newslens source checkout (the folder holding `crates/`).
    Path(PathBuf),
    /// Registry versions, e.g. `"0.1"`.
    Version(String),
}

impl SdkSource {
    /// The checkout this crate was built from, when it is still there; else the
    /// registry version of this crate.
    pub fn detect() -> SdkSource {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        match root.canonicalize() {
            Ok(root) if root.join("crates/newslens-plugin/Cargo.toml").is_file() => {
                SdkSource::Path(root)
            }
            _ => SdkSource::Version(env!("CARGO_PKG_VERSION").to_string()),
        }
    }

    /// The dependency lines for the crate at `crate_dir`.
    fn dependencies(&self, crate_dir: &Path) -> String {
        match self {
            SdkSource::Path(root) => {
                let root = relative_to(root, crate_dir);
                let core = root.join("crates/newslens-core");
                let plugin = root.join("crates/newslens-plugin");
                format!(
                    "newslens-core = {{ path = {:?} }}\nnewslens-plugin = {{ path = {:?} }}\n",
                    slashes(&core),
                    slashes(&plugin)
                )
            }
            SdkSource::Version(v) => {
                format!("newslens-core = \"{v}\"\nnewslens-plugin = \"{v}\"\n")
            }
        }
    }
}

/// Checks a plugin name: lower-case ASCII letters, digits and `-`, starting with a letter.
pub fn check_name(name: &str) -> Result<(), String> {
    let ok = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{name}` is not a valid plugin name: use lower-case letters, digits and `-`, starting with a letter (e.g. `my-tagger`)"
        ))
    }
}

/// `my-tagger` → `MyTagger`.
fn type_name(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// What [`new_plugin`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Scaffold {
    /// The new crate's folder.
    pub dir: PathBuf,
    /// The files written.
    pub files: Vec<PathBuf>,
    /// The library `cargo build --release` will make, relative to `dir`.
    pub library: PathBuf,
    /// Whether the crate joined an enclosing workspace (its `members` matched).
    pub in_workspace: bool,
}

/// Writes the crate `NAME` into `parent/NAME`. Refuses a name that is not valid or a
/// folder that exists. When `parent/NAME` is a member of an enclosing Cargo workspace
/// (for example `plugins/*` of the newslens checkout), the crate joins it; otherwise it
/// is its own workspace.
pub fn new_plugin(parent: &Path, name: &str, sdk: &SdkSource) -> Result<Scaffold, String> {
    check_name(name)?;
    let dir = parent.join(name);
    if dir.exists() {
        return Err(format!(
            "`{}` already exists; choose another name or folder",
            dir.display()
        ));
    }
    let workspace = enclosing_workspace(parent, name);
    let files = [
        (
            "Cargo.toml",
            cargo_toml(name, sdk, &absolute(&dir), workspace.is_some()),
        ),
        ("src/lib.rs", lib_rs(name)),
        ("README.md", readme(name, workspace.as_deref())),
        (".gitignore", "/target\n".to_string()),
    ];
    let mut written = Vec::new();
    for (file, contents) in files {
        if workspace.is_some() && file == ".gitignore" {
            continue;
        }
        let path = dir.join(file);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create `{}`: {e}", folder.display()))?;
        }
        std::fs::write(&path, contents)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        written.push(path);
    }
    let target = match &workspace {
        Some(root) => relative_to(&root.join("target/release"), &absolute(&dir)),
        None => PathBuf::from("target/release"),
    };
    Ok(Scaffold {
        library: target.join(crate::library_file_name(name)),
        dir,
        files: written,
        in_workspace: workspace.is_some(),
    })
}

fn cargo_toml(name: &str, sdk: &SdkSource, dir: &Path, in_workspace: bool) -> String {
    let workspace = if in_workspace {
        ""
    } else {
        "\n# A workspace of its own, so it builds wherever it sits.\n[workspace]\n"
    };
    format!(
        r#"[package]
name = "{name}"
version = "0.1.0"
edition = "2021"
description = "A newslens plugin analyzer"
publish = false

[lib]
# cdylib: the library newslens loads. Keep the default `panic = "unwind"`: the plugin
# boundary turns a panic into an error for one article, which `abort` would prevent.
crate-type = ["cdylib", "rlib"]

[dependencies]
{deps}serde_json = "1"
{workspace}"#,
        deps = sdk.dependencies(dir),
    )
}

fn lib_rs(name: &str) -> String {
    let ty = type_name(name);
    format!(
        r#"//! `{name}`: a newslens plugin analyzer.
//!
//! It counts words, sentences and paragraphs and lists the sentences longer than
//! `long_sentence` words. Replace `analyze` with your own logic: `doc` gives the text,
//! tokens, sentences and paragraphs (byte spans inside; convert with `doc.offset_span`
//! or `doc.out_span` for output, which is in code points), and `prior` the outputs of
//! the analyzers listed in `requires` (as JSON).

use newslens_core::{{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
}};
use serde_json::json;

/// The analyzer, built once from its validated options.
pub struct {ty} {{
    long_sentence: usize,
}}

impl Analyzer for {ty} {{
    fn info() -> AnalyzerInfo {{
        AnalyzerInfo::new(
            "{name}",
            env!("CARGO_PKG_VERSION"),
            "Word, sentence and paragraph counts, and the long sentences",
        )
        .option(OptionSpec::new(
            "long_sentence",
            40,
            "sentences with more words than this are listed",
        ))
    }}

    fn create(mut options: Options) -> Result<Self, ConfigError> {{
        let long_sentence = options.u64_in("long_sentence", 40, 1..=10_000)? as usize;
        options.finish(Self::info().option_keys())?;
        Ok({ty} {{ long_sentence }})
    }}

    fn analyze(&self, doc: &Document, _prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {{
        let mut words = 0;
        let mut long_sentences = Vec::new();
        for sentence in doc.sentences() {{
            let count = sentence
                .tokens()
                .filter(|&i| doc.tokens()[i].is_wordlike())
                .count();
            words += count;
            if count > self.long_sentence {{
                let span = doc.offset_span(sentence.span);
                long_sentences.push(json!({{"start": span.start, "end": span.end, "words": count}}));
            }}
        }}
        let sentences = doc.sentences().len();
        let mean = if sentences == 0 {{ 0.0 }} else {{ words as f64 / sentences as f64 }};
        Ok(AnalyzerOutput::Custom(json!({{
            "words": words,
            "sentences": sentences,
            "paragraphs": doc.paragraphs().len(),
            "mean_sentence_words": (mean * 100.0).round() / 100.0,
            "long_sentences": long_sentences,
        }})))
    }}
}}

newslens_plugin::export_analyzer!({ty});

#[cfg(test)]
mod tests {{
    use super::*;
    use newslens_core::Article;

    #[test]
    fn counts_and_long_sentences() {{
        let options = Options::new("{name}", json!({{"long_sentence": 3}}).as_object().unwrap().clone());
        let analyzer = {ty}::create(options).unwrap();
        let doc = Document::new(Article::new("t", "Short one. This sentence has five words.\n\nEnd."));
        let AnalyzerOutput::Custom(out) = analyzer.analyze(&doc, &Outputs::new()).unwrap() else {{
            panic!("custom output expected")
        }};
        assert_eq!(out["words"], 8);
        assert_eq!(out["sentences"], 3);
        assert_eq!(out["paragraphs"], 2);
        assert_eq!(out["long_sentences"], json!([{{"start": 11, "end": 40, "words": 5}}]));
    }}
}}
"#
    )
}

fn readme(name: &str, workspace: Option<&Path>) -> String {
    let lib = crate::library_file_name(name);
    let (build, path) = match workspace {
        Some(_) => (
            format!("cargo build --release -p {name}"),
            format!("target/release/{lib}"),
        ),
        None => (
            format!("cargo build --release --manifest-path {name}/Cargo.toml"),
            format!("{name}/target/release/{lib}"),
        ),
    };
    format!(
        r#"# {name}

A newslens plugin analyzer. Build it, then enable it in `analyzers.toml`:

```sh
{build}
```

```toml
[analyzers.{name}]
plugin = "{path}"    # relative to analyzers.toml
long_sentence = 40
# isolation = "process"   # run in a child process: a crash costs one article
# timeout_ms = 5000       # per-article time limit
```

Then `newslens run ARTICLES -o out.jsonl` writes its output under `"{name}"`.
Test it with `cargo test` in this folder.
"#
    )
}

/// The root of the Cargo workspace enclosing `parent` whose `members` would include
/// `parent/name`, if any.
fn enclosing_workspace(parent: &Path, name: &str) -> Option<PathBuf> {
    let dir = absolute(&parent.join(name));
    let mut ancestor = dir.parent();
    while let Some(root) = ancestor {
        let manifest = root.join("Cargo.toml");
        if let Ok(text) = std::fs::read_to_string(&manifest) {
            if let Some(members) = workspace_members(&text) {
                let rel = dir.strip_prefix(root).ok()?;
                let rel = slashes(rel);
                return members
                    .iter()
                    .any(|m| glob_matches(m, &rel))
                    .then(|| root.to_path_buf());
            }
        }
        ancestor = root.parent();
    }
    None
}

/// The `members` globs of a `[workspace]` manifest (a small reader for that one key).
fn workspace_members(manifest: &str) -> Option<Vec<String>> {
    let start = manifest.find("[workspace]")?;
    let rest = &manifest[start..];
    let Some(members) = rest.find("members") else {
        return Some(Vec::new());
    };
    let list = &rest[members..];
    let open = list.find('[')?;
    let close = list.find(']')?;
    Some(
        list[open + 1..close]
            .split(',')
            .map(|s| s.trim().trim_matches('"').to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

/// Whether a member pattern (`plugins/*` or an exact path) matches `path`.
fn glob_matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix("/*") {
        Some(prefix) => path
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(|rest| !rest.is_empty() && !rest.contains('/')),
        None => pattern.trim_end_matches('/') == path,
    }
}

fn absolute(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// `target` as seen from `from` (both made absolute), e.g. `../../crates`.
fn relative_to(target: &Path, from: &Path) -> PathBuf {
    let target = absolute(target);
    let from = absolute(from);
    let common = target
        .components()
        .zip(from.components())
        .take_while(|(a, b)| a == b)
        .count();
    if common <= 1 {
        return target; // only the root in common: keep it absolute
    }
    let mut out = PathBuf::new();
    for _ in from.components().skip(common) {
        out.push("..");
    }
    for part in target.components().skip(common) {
        out.push(part);
    }
    out
}

fn slashes(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_types() {
        assert!(check_name("my-tagger2").is_ok());
        for bad in ["", "My", "2x", "a_b", "a b"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
        assert_eq!(type_name("my-tagger2"), "MyTagger2");
    }

    #[test]
    fn member_globs() {
        let members = workspace_members(
            "[workspace]\nresolver = \"2\"\nmembers = [\"crates/*\", \"plugins/*\"]\n",
        )
        .unwrap();
        assert_eq!(members, ["crates/*", "plugins/*"]);
        assert!(glob_matches("plugins/*", "plugins/x"));
        assert!(!glob_matches("plugins/*", "plugins/x/y"));
        assert!(!glob_matches("plugins/*", "other/x"));
        assert!(glob_matches("tools/gen", "tools/gen"));
        assert!(workspace_members("[package]\nname = \"x\"\n").is_none());
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative_to(Path::new("/w/crates/core"), Path::new("/w/plugins/x")),
            PathBuf::from("../../crates/core")
        );
        assert_eq!(
            relative_to(Path::new("/w/crates"), Path::new("/home/me/p")),
            PathBuf::from("/w/crates")
        );
    }

    #[test]
    fn refuses_an_existing_folder() {
        let parent = std::env::temp_dir().join(format!("nl-scaffold-unit-{}", std::process::id()));
        std::fs::create_dir_all(parent.join("taken")).unwrap();
        let err = new_plugin(&parent, "taken", &SdkSource::Version("0.1.0".into())).unwrap_err();
        assert!(err.contains("already exists"), "{err}");
        let made = new_plugin(&parent, "fresh", &SdkSource::Version("0.1.0".into())).unwrap();
        assert!(!made.in_workspace);
        let toml = std::fs::read_to_string(made.dir.join("Cargo.toml")).unwrap();
        assert!(
            toml.contains("newslens-plugin = \"0.1.0\"") && toml.contains("[workspace]"),
            "{toml}"
        );
        std::fs::remove_dir_all(&parent).unwrap();
    }

    #[test]
    fn joins_an_enclosing_workspace_whose_members_match() {
        let root = std::env::temp_dir().join(format!("nl-scaffold-ws-{}", std::process::id()));
        std::fs::create_dir_all(root.join("plugins")).unwrap();
        std::fs::write(
            root.join("Cargo.toml"),
            "[workspace]\nmembers = [\"crates/*\", \"plugins/*\"]\n",
        )
        .unwrap();
        let sdk = SdkSource::Path(root.clone());
        let made = new_plugin(&root.join("plugins"), "tagger", &sdk).unwrap();
        assert!(made.in_workspace);
        assert_eq!(
            made.library,
            PathBuf::from("../../target/release").join(crate::library_file_name("tagger"))
        );
        let toml = std::fs::read_to_string(made.dir.join("Cargo.toml")).unwrap();
        assert!(!toml.contains("[workspace]"), "{toml}");
        assert!(
            toml.contains(r#"newslens-plugin = { path = "../../crates/newslens-plugin" }"#),
            "{toml}"
        );
        // Outside the members' folders it stays a workspace of its own.
        std::fs::create_dir_all(root.join("other")).unwrap();
        let made = new_plugin(&root.join("other"), "tagger", &sdk).unwrap();
        assert!(!made.in_workspace);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
