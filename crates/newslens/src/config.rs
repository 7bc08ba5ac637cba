//! `analyzers.toml`: which analyzers run, with which options, and run settings.
//! Everything is validated before any article is read; errors give the file, line and
//! column, and say how to fix the problem.

use anyhow::{bail, Context, Result};
use newslens_core::options::did_you_mean;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The configuration file name looked up in the current folder and its parents.
pub const CONFIG_FILE: &str = "analyzers.toml";

/// Settings of a run that a config may set (the command line overrides them).
#[derive(Debug, Clone, Default)]
pub struct RunSettings {
    /// Worker threads (0 or absent: every core).
    pub jobs: Option<usize>,
    /// Largest article accepted, in bytes.
    pub max_article_bytes: Option<u64>,
}

/// Where an analyzer comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum AnalyzerSource {
    /// Built into the binary.
    Builtin,
    /// A dynamic library (path as resolved against the config's folder).
    Plugin(PathBuf),
}

/// One `[analyzers.NAME]` table.
#[derive(Debug, Clone)]
pub struct AnalyzerEntry {
    /// The analyzer's name.
    pub name: String,
    /// Whether it runs (`enabled = false` keeps its options without running it).
    pub enabled: bool,
    /// Built-in or plugin.
    pub source: AnalyzerSource,
    /// Its options (every key but `enabled` and `plugin`), as JSON values.
    pub options: Map<String, Value>,
    /// `file:line:column` of each option key, for error messages.
    pub key_locations: BTreeMap<String, String>,
    /// `file:line:column` of the table header.
    pub location: String,
}

/// A loaded configuration.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it came from (`None`: built-in defaults).
    pub path: Option<PathBuf>,
    /// Run settings.
    pub run: RunSettings,
    /// Analyzer tables, in file order.
    pub analyzers: Vec<AnalyzerEntry>,
}

/// A table whose keys keep their positions in the file.
type SpannedTable = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    run: SpannedTable,
    #[serde(default)]
    analyzers: BTreeMap<Spanned<String>, Spanned<SpannedTable>>,
}

/// The keys `[run]` accepts.
const RUN_KEYS: &[&str] = &["jobs", "max_article_bytes"];

fn parse_run(table: SpannedTable, locate: &dyn Fn(usize) -> String) -> Result<RunSettings> {
    let mut run = RunSettings::default();
    for (key, value) in table {
        let at = locate(key.span().start);
        let count = |v: &toml::Value| match v {
            toml::Value::Integer(i) if *i >= 0 => Ok(*i as u64),
            other => Err(anyhow::anyhow!(
                "{at}: `{}` must be a whole number ≥ 0, found {other}",
                key.get_ref()
            )),
        };
        match key.get_ref().as_str() {
            "jobs" => run.jobs = Some(count(value.get_ref())? as usize),
            "max_article_bytes" => run.max_article_bytes = Some(count(value.get_ref())?.max(1)),
            other => {
                let hint = did_you_mean(other, RUN_KEYS.iter().copied())
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                bail!(
                    "{at}: unknown key `{other}` in [run]{hint}; known keys: {}",
                    RUN_KEYS.join(", ")
                );
            }
        }
    }
    Ok(run)
}

impl Config {
    /// Finds `analyzers.toml` in `start` or its parents.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let mut dir = Some(start);
        while let Some(d) = dir {
            let candidate = d.join(CONFIG_FILE);
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }

    /// Loads and checks the syntax of `path`. Analyzer names and options are checked
    /// when the analyzers are created (see `engine`).
    pub fn load(path: &Path) -> Result<Config> {
        let source = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the configuration {}", path.display()))?;
        Config::parse(&source, Some(path))
    }

    /// Parses configuration text; `path` names it in errors and anchors plugin paths.
    pub fn parse(source: &str, path: Option<&Path>) -> Result<Config> {
        let label = path.map_or_else(|| CONFIG_FILE.to_string(), |p| p.display().to_string());
        let raw: RawConfig = toml::from_str(source)
            .map_err(|e| anyhow::anyhow!("{label}: {}", e.to_string().trim_end()))?;
        let base = path.and_then(Path::parent).unwrap_or(Path::new("."));
        let locate = |offset: usize| format!("{label}:{}", line_col(source, offset));
        let run = parse_run(raw.run, &locate)?;
        let mut analyzers = Vec::new();
        let mut tables: Vec<_> = raw.analyzers.into_iter().collect();
        tables.sort_by_key(|(name, _)| name.span().start);
        for (name, table) in tables {
            let location = locate(name.span().start);
            let name_str = name.into_inner();
            if !is_valid_name(&name_str) {
                bail!("{location}: `{name_str}` is not a valid analyzer name: use lower-case letters, digits, `-` and `_`");
            }
            let mut enabled = true;
            let mut plugin = None;
            let mut options = Map::new();
            let mut key_locations = BTreeMap::new();
            for (key, value) in table.into_inner() {
                let key_location = locate(key.span().start);
                let key = key.into_inner();
                let value = value.into_inner();
                match key.as_str() {
                    "enabled" => match value {
                        toml::Value::Boolean(b) => enabled = b,
                        other => bail!("{key_location}: `enabled` must be true or false, found {other}"),
                    },
                    "plugin" => match value {
                        toml::Value::String(p) => plugin = Some(newslens_plugin::resolve_library_path(base, Path::new(&p))),
                        other => bail!("{key_location}: `plugin` must be the path of a dynamic library, found {other}"),
                    },
                    _ => {
                        options.insert(key.clone(), toml_to_json(value));
                        key_locations.insert(key, key_location);
                    }
                }
            }
            analyzers.push(AnalyzerEntry {
                name: name_str,
                enabled,
                source: plugin.map_or(AnalyzerSource::Builtin, AnalyzerSource::Plugin),
                options,
                key_locations,
                location,
            });
        }
        Ok(Config {
            path: path.map(Path::to_path_buf),
            run,
            analyzers,
        })
    }

    /// The entry of `name`, if the config has one.
    pub fn entry(&self, name: &str) -> Option<&AnalyzerEntry> {
        self.analyzers.iter().find(|a| a.name == name)
    }
}

fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// `line:column` (1-based) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> String {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.len(), |i| before.len() - i - 1)
        + 1;
    format!("{line}:{column}")
}

/// Converts a TOML value to JSON (dates become strings).
pub fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// Renders a JSON option value as TOML (for `newslens init`).
pub fn json_to_toml_literal(value: &Value) -> String {
    match value {
        Value::Null => "\"\"".to_string(),
        Value::String(s) => toml::Value::String(s.clone()).to_string(),
        Value::Array(items) => format!(
            "[{}]",
            items
                .iter()
                .map(json_to_toml_literal)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Object(map) => format!(
            "{{ {} }}",
            map.iter()
                .map(|(k, v)| format!("{k} = {}", json_to_toml_literal(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tables_in_file_order() {
        let cfg = Config::parse(
            "[run]\njobs = 2\n\n[analyzers.quote]\n\n[analyzers.date]\ndefault_reference = 2020-01-14\n\n[analyzers.kw]\nplugin = \"lib/libkw.so\"\nenabled = false\ntopics = { a = [\"x\"] }\n",
            Some(Path::new("/p/analyzers.toml")),
        )
        .unwrap();
        assert_eq!(cfg.run.jobs, Some(2));
        let names: Vec<_> = cfg.analyzers.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["quote", "date", "kw"]);
        assert_eq!(cfg.analyzers[1].options["default_reference"], "2020-01-14");
        assert_eq!(
            cfg.analyzers[1].key_locations["default_reference"],
            "/p/analyzers.toml:7:1"
        );
        assert_eq!(
            cfg.analyzers[2].source,
            AnalyzerSource::Plugin(PathBuf::from("/p/lib/libkw.so"))
        );
        assert!(!cfg.analyzers[2].enabled);
    }

    #[test]
    fn unknown_top_level_key_has_line_and_column() {
        let err = Config::parse("[run]\njbos = 2\n", None)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "analyzers.toml:2:1: unknown key `jbos` in [run] (did you mean `jobs`?)"
            ),
            "{err}"
        );
        let err = Config::parse("[analyzer.date]\n", None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 1, column 2"), "{err}");
        assert!(err.contains("analyzers"), "{err}");
    }

    #[test]
    fn bad_values_are_located() {
        let err = Config::parse("[analyzers.date]\nenabled = \"yes\"\n", None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("analyzers.toml:2:1"), "{err}");
    }
}
