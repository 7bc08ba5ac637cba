//! Analyzer options: the documented specification of each option, and a reader that
//! validates the values given in `analyzers.toml` at creation time.

use crate::error::ConfigError;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// One documented option of an analyzer.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionSpec {
    /// The key as written in `analyzers.toml`.
    pub key: String,
    /// The default value (JSON form; shown in TOML by `newslens init`).
    pub default: Value,
    /// One line saying what it does.
    pub doc: String,
}

impl OptionSpec {
    /// A spec for `key` with `default` and a one-line `doc`.
    pub fn new(key: &str, default: impl Into<Value>, doc: &str) -> Self {
        OptionSpec {
            key: key.to_string(),
            default: default.into(),
            doc: doc.to_string(),
        }
    }
}

/// The option values given for one analyzer, read with typed getters; [`Options::finish`]
/// rejects keys nobody read, with a did-you-mean.
#[derive(Debug, Clone)]
pub struct Options {
    analyzer: String,
    values: Map<String, Value>,
    read: BTreeSet<String>,
}

impl Options {
    /// Options `values` for analyzer `analyzer`.
    pub fn new(analyzer: &str, values: Map<String, Value>) -> Self {
        Options {
            analyzer: analyzer.to_string(),
            values,
            read: BTreeSet::new(),
        }
    }

    /// No options given.
    pub fn empty(analyzer: &str) -> Self {
        Options::new(analyzer, Map::new())
    }

    /// The analyzer these options belong to.
    pub fn analyzer(&self) -> &str {
        &self.analyzer
    }

    /// All values as given (for plugins, which validate themselves).
    pub fn values(&self) -> &Map<String, Value> {
        &self.values
    }

    fn error(&self, key: &str, message: impl Into<String>) -> ConfigError {
        ConfigError::option(&self.analyzer, key, message)
    }

    /// The raw value of `key`, if given, marking it as read.
    pub fn raw(&mut self, key: &str) -> Option<&Value> {
        self.read.insert(key.to_string());
        self.values.get(key)
    }

    /// A boolean option.
    pub fn bool(&mut self, key: &str, default: bool) -> Result<bool, ConfigError> {
        match self.raw(key).cloned() {
            None => Ok(default),
            Some(Value::Bool(b)) => Ok(b),
            Some(other) => Err(self.error(key, format!("expected true or false, found {other}"))),
        }
    }

    /// A number option, checked to lie in `range`.
    pub fn f64_in(
        &mut self,
        key: &str,
        default: f64,
        range: std::ops::RangeInclusive<f64>,
    ) -> Result<f64, ConfigError> {
        let value = match self.raw(key).cloned() {
            None => return Ok(default),
            Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
            Some(other) => return Err(self.error(key, format!("expected a number, found {other}"))),
        };
        if !range.contains(&value) {
            return Err(self.error(
                key,
                format!(
                    "{value} is out of range: use a number from {} to {}",
                    range.start(),
                    range.end()
                ),
            ));
        }
        Ok(value)
    }

    /// A non-negative integer option, checked to lie in `range`.
    pub fn u64_in(
        &mut self,
        key: &str,
        default: u64,
        range: std::ops::RangeInclusive<u64>,
    ) -> Result<u64, ConfigError> {
        let value = match self.raw(key).cloned() {
            None => return Ok(default),
            Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64().unwrap_or_default(),
            Some(other) => {
                return Err(self.error(key, format!("expected a whole number, found {other}")))
            }
        };
        if !range.contains(&value) {
            return Err(self.error(
                key,
                format!(
                    "{value} is out of range: use a whole number from {} to {}",
                    range.start(),
                    range.end()
                ),
            ));
        }
        Ok(value)
    }

    /// A string option.
    pub fn string(&mut self, key: &str) -> Result<Option<String>, ConfigError> {
        match self.raw(key).cloned() {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.error(key, format!("expected a string, found {other}"))),
        }
    }

    /// A string option restricted to `choices`.
    pub fn choice(
        &mut self,
        key: &str,
        default: &str,
        choices: &[&str],
    ) -> Result<String, ConfigError> {
        let value = self.string(key)?.unwrap_or_else(|| default.to_string());
        if choices.contains(&value.as_str()) {
            Ok(value)
        } else {
            let hint = did_you_mean(&value, choices.iter().copied())
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            Err(self.error(
                key,
                format!("`{value}` is not one of {}{hint}", choices.join(", ")),
            ))
        }
    }

    /// A list-of-strings option.
    pub fn string_list(&mut self, key: &str) -> Result<Vec<String>, ConfigError> {
        match self.raw(key).cloned() {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s),
                    other => Err(self.error(
                        key,
                        format!("expected a list of strings, found {other} in it"),
                    )),
                })
                .collect(),
            Some(other) => {
                Err(self.error(key, format!("expected a list of strings, found {other}")))
            }
        }
    }

    /// Ends reading: every given key must have been read, or it is reported as unknown
    /// with the closest known key from `known`.
    pub fn finish<'a>(
        self,
        known: impl IntoIterator<Item = &'a str> + Clone,
    ) -> Result<(), ConfigError> {
        for key in self.values.keys() {
            if !self.read.contains(key) {
                let hint = did_you_mean(key, known.clone().into_iter())
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                let list: Vec<&str> = known.clone().into_iter().collect();
                let list = if list.is_empty() {
                    "none".to_string()
                } else {
                    list.join(", ")
                };
                return Err(self.error(key, format!("unknown option{hint}; known options: {list}")));
            }
        }
        Ok(())
    }
}

/// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance in chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn typed_reads_and_unknown_keys() {
        let Value::Object(map) = json!({"threshold": 0.3, "treshold2": 1, "mode": "fast"}) else {
            unreachable!()
        };
        let mut o = Options::new("sentiment", map);
        assert_eq!(o.f64_in("threshold", 0.1, 0.0..=1.0).unwrap(), 0.3);
        assert_eq!(o.choice("mode", "slow", &["slow", "fast"]).unwrap(), "fast");
        let err = o.finish(["threshold", "mode", "threshold2"]).unwrap_err();
        assert_eq!(err.key.as_deref(), Some("treshold2"));
        assert!(
            err.to_string().contains("did you mean `threshold2`"),
            "{err}"
        );
    }

    #[test]
    fn range_and_type_errors_name_the_key() {
        let Value::Object(map) = json!({"threshold": 3, "flag": "yes"}) else {
            unreachable!()
        };
        let mut o = Options::new("x", map);
        let e = o.f64_in("threshold", 0.1, 0.0..=1.0).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("analyzer `x`, option `threshold`"),
            "{e}"
        );
        assert!(o.bool("flag", false).is_err());
    }
}
