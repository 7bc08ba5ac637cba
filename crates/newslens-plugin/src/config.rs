//! A plugin as `analyzers.toml` declares it, and loading it:
//!
//! ```toml
//! [analyzers.keywords]
//! plugin = "plugins/target/release/libkeywords.so"  # relative to this file; suffix optional
//! isolation = "process"                             # or "in-process" (the default)
//! timeout_ms = 2000                                 # per-article time limit (optional)
//! topics = { nuclear = ["nuclear", "warhead*"] }    # everything else: the plugin's options
//! ```

use crate::error::PluginError;
use crate::in_process::InProcessPlugin;
use crate::library::PluginLibrary;
use crate::process::{HostCommand, ProcessPlugin};
use newslens_core::{AnalyzerInfo, AnalyzerInstance, ConfigError};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The keys of a plugin's `analyzers.toml` table read by the host, not the plugin.
pub const HOST_KEYS: [&str; 3] = ["plugin", "isolation", "timeout_ms"];

/// Where a plugin runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Isolation {
    /// Loaded into the runner's process: fastest; a crash in the plugin ends the run.
    #[default]
    InProcess,
    /// In child processes: a crash or overdue call costs one article.
    Process,
}

/// One plugin analyzer as configured.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginSpec {
    /// The name it is configured under (`[analyzers.NAME]`), used in errors and output.
    pub name: String,
    /// The resolved library path.
    pub library: PathBuf,
    /// Where it runs.
    pub isolation: Isolation,
    /// The per-article time limit, if any.
    pub timeout: Option<Duration>,
    /// The plugin's own options (every key but [`HOST_KEYS`]), checked by the plugin.
    pub options: Map<String, Value>,
}

impl PluginSpec {
    /// Reads the table of `[analyzers.NAME]` (as JSON) from the analyzers.toml in
    /// `base_dir`. Returns `None` when the table has no `plugin` key (not a plugin).
    pub fn from_config(
        name: &str,
        base_dir: &Path,
        table: &Map<String, Value>,
    ) -> Result<Option<PluginSpec>, ConfigError> {
        let Some(plugin) = table.get("plugin") else {
            return Ok(None);
        };
        let plugin = plugin.as_str().ok_or_else(|| {
            ConfigError::option(name, "plugin", "expected the path of the plugin library")
        })?;
        PluginSpec::new(
            name,
            resolve_library_path(base_dir, Path::new(plugin)),
            table,
        )
        .map(Some)
    }

    /// The spec of plugin `name` whose library is at `library` (already resolved), from
    /// the rest of its table: the host keys `isolation` and `timeout_ms` are read here,
    /// every other key but `plugin` goes to the plugin.
    pub fn new(
        name: &str,
        library: PathBuf,
        table: &Map<String, Value>,
    ) -> Result<PluginSpec, ConfigError> {
        let isolation = match table.get("isolation") {
            None => Isolation::InProcess,
            Some(Value::String(s)) if s == "in-process" => Isolation::InProcess,
            Some(Value::String(s)) if s == "process" => Isolation::Process,
            Some(other) => {
                return Err(ConfigError::option(
                    name,
                    "isolation",
                    format!(
                        "`{}` is not one of in-process, process",
                        other.as_str().unwrap_or(&other.to_string())
                    ),
                ))
            }
        };
        let timeout = match table.get("timeout_ms") {
            None => None,
            Some(Value::Number(n)) if n.as_u64().is_some_and(|ms| ms > 0) => {
                Some(Duration::from_millis(n.as_u64().unwrap_or_default()))
            }
            Some(other) => {
                return Err(ConfigError::option(
                    name,
                    "timeout_ms",
                    format!("expected a whole number of milliseconds above 0, found {other}"),
                ))
            }
        };
        let options = table
            .iter()
            .filter(|(k, _)| !HOST_KEYS.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Ok(PluginSpec {
            name: name.to_string(),
            library,
            isolation,
            timeout,
            options,
        })
    }

    /// Loads the plugin as specified: in this process, or in child processes started
    /// with `host` (for the `newslens` binary: [`HostCommand::current_exe`]).
    pub fn load(
        &self,
        host: impl FnOnce() -> std::io::Result<HostCommand>,
    ) -> Result<LoadedPlugin, PluginError> {
        let rename = |e: PluginError| match e {
            PluginError::Config(c) => PluginError::Config(ConfigError {
                analyzer: self.name.clone(),
                ..c
            }),
            other => other,
        };
        match self.isolation {
            Isolation::InProcess => {
                let library = PluginLibrary::open(&self.library)?;
                let instance = library
                    .create(&self.options)
                    .map_err(|e| rename(PluginError::Config(e)))?;
                Ok(LoadedPlugin {
                    info: library.manifest().to_info(),
                    instance: Box::new(InProcessPlugin::new(instance, self.timeout)),
                })
            }
            Isolation::Process => {
                let host = host().map_err(|e| PluginError::Spawn {
                    program: "the plugin host".to_string(),
                    reason: e.to_string(),
                })?;
                let (manifest, plugin) =
                    ProcessPlugin::start(&self.library, &self.options, self.timeout, host)
                        .map_err(rename)?;
                Ok(LoadedPlugin {
                    info: manifest.to_info(),
                    instance: Box::new(plugin),
                })
            }
        }
    }
}

/// A loaded plugin: what it declares and the analyzer the runner calls.
pub struct LoadedPlugin {
    /// The plugin's manifest as [`AnalyzerInfo`].
    pub info: AnalyzerInfo,
    /// The analyzer.
    pub instance: Box<dyn AnalyzerInstance>,
}

/// Loads the plugin library at `path` into this process and creates its analyzer from
/// `options` (a JSON object of the plugin's own options).
pub fn load_plugin(
    path: &Path,
    options: &Value,
) -> Result<(AnalyzerInfo, Box<dyn AnalyzerInstance>), PluginError> {
    let options = match options {
        Value::Object(map) => map.clone(),
        Value::Null => Map::new(),
        other => {
            return Err(PluginError::Config(ConfigError::analyzer(
                &crate::library::package_hint(path),
                format!("options must be a table, found {other}"),
            )))
        }
    };
    let library = PluginLibrary::open(path)?;
    let instance = library.create(&options).map_err(PluginError::Config)?;
    Ok((
        library.manifest().to_info(),
        Box::new(InProcessPlugin::new(instance, None)),
    ))
}

/// The platform's file name for a library: `lib{name}.so`, `lib{name}.dylib`, `{name}.dll`.
pub fn library_file_name(name: &str) -> String {
    format!(
        "{}{}{}",
        std::env::consts::DLL_PREFIX,
        name.replace('-', "_"),
        std::env::consts::DLL_SUFFIX
    )
}

/// Resolves a `plugin` path from analyzers.toml: relative to `base_dir` (the folder of
/// the analyzers.toml), and, when the file name has no library suffix, completed the
/// platform's way (`target/release/keywords` → `target/release/libkeywords.so` on
/// Linux; a `-` in the name becomes `_` as cargo does). Among the candidates the first
/// that exists is returned, else the platform form (so errors show the expected file).
pub fn resolve_library_path(base_dir: &Path, given: &Path) -> PathBuf {
    let path = base_dir.join(given);
    let has_suffix = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["so", "dylib", "dll"].contains(&e));
    if has_suffix {
        return path;
    }
    let Some(file_name) = path.file_name().and_then(|f| f.to_str()) else {
        return path;
    };
    let dir = path.parent().unwrap_or(Path::new(""));
    let prefix = std::env::consts::DLL_PREFIX;
    let bare = file_name
        .strip_prefix(prefix)
        .filter(|_| !prefix.is_empty())
        .unwrap_or(file_name);
    let platform = dir.join(library_file_name(bare));
    let candidates = [
        platform.clone(),
        dir.join(format!("{file_name}{}", std::env::consts::DLL_SUFFIX)),
        path.clone(),
    ];
    candidates
        .into_iter()
        .find(|c| c.is_file())
        .unwrap_or(platform)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn table(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn host_keys_are_split_from_plugin_options() {
        let spec = PluginSpec::from_config(
            "kw",
            Path::new("/proj"),
            &table(json!({"plugin": "libs/libkw.so", "isolation": "process",
                          "timeout_ms": 250, "topics": {"a": ["b"]}})),
        )
        .unwrap()
        .unwrap();
        assert_eq!(spec.library, PathBuf::from("/proj/libs/libkw.so"));
        assert_eq!(spec.isolation, Isolation::Process);
        assert_eq!(spec.timeout, Some(Duration::from_millis(250)));
        assert_eq!(Value::Object(spec.options), json!({"topics": {"a": ["b"]}}));
        assert!(
            PluginSpec::from_config("date", Path::new("."), &table(json!({"x": 1})))
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn host_key_errors_name_the_key() {
        let cases = [
            (json!({"plugin": 3}), "plugin"),
            (
                json!({"plugin": "a.so", "isolation": "thread"}),
                "isolation",
            ),
            (json!({"plugin": "a.so", "timeout_ms": 0}), "timeout_ms"),
            (json!({"plugin": "a.so", "timeout_ms": "5s"}), "timeout_ms"),
        ];
        for (t, key) in cases {
            let err = PluginSpec::from_config("kw", Path::new("."), &table(t)).unwrap_err();
            assert_eq!(err.key.as_deref(), Some(key), "{err}");
        }
    }

    #[test]
    fn library_paths_resolve_relative_and_add_the_platform_suffix() {
        let dir = std::env::temp_dir().join(format!("nl-resolve-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("target/release")).unwrap();
        let expected = dir
            .join("target/release")
            .join(library_file_name("my_tagger"));
        // Not built yet: the platform form, so the error names the file to build.
        assert_eq!(
            resolve_library_path(&dir, Path::new("target/release/my-tagger")),
            expected
        );
        std::fs::write(&expected, b"").unwrap();
        for given in ["target/release/my-tagger", "target/release/my_tagger"] {
            assert_eq!(
                resolve_library_path(&dir, Path::new(given)),
                expected,
                "{given}"
            );
        }
        let full = format!("target/release/{}", library_file_name("my_tagger"));
        assert_eq!(resolve_library_path(&dir, Path::new(&full)), expected);
        assert_eq!(
            resolve_library_path(&dir, Path::new("/abs/libx.so")),
            PathBuf::from("/abs/libx.so")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
