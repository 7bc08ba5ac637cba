//! The `targets` option: claims configured in `analyzers.toml`, validated at creation.
//!
//! ```toml
//! [analyzers.stance]
//! targets = [
//!   { id = "denuclearization", text = "North Korea will give up its nuclear weapons",
//!     keywords = ["denuclearization", "nuclear deal"] },
//! ]
//! ```

use newslens_core::{ConfigError, StanceTarget};
use serde_json::Value;
use std::collections::HashSet;

/// The keys a target table may hold.
pub const TARGET_KEYS: &[&str] = &["id", "text", "keywords", "aliases"];

/// Parses and validates the `targets` option value (`None` when not given).
pub fn parse_targets(
    analyzer: &str,
    value: Option<&Value>,
) -> Result<Vec<StanceTarget>, ConfigError> {
    let err = |msg: String| ConfigError::option(analyzer, "targets", msg);
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let Value::Array(items) = value else {
        return Err(err(format!(
            "expected a list of tables like {{ id = \"x\", text = \"the claim\" }}, found {value}"
        )));
    };
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let at = format!("target {}", n + 1);
        let Value::Object(table) = item else {
            return Err(err(format!(
                "{at}: expected a table with `id` and `text`, found {item}"
            )));
        };
        for key in table.keys() {
            if !TARGET_KEYS.contains(&key.as_str()) {
                let hint = newslens_core::options::did_you_mean(key, TARGET_KEYS.iter().copied())
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                return Err(err(format!(
                    "{at}: unknown key `{key}`{hint}; a target has {}",
                    TARGET_KEYS.join(", ")
                )));
            }
        }
        let string = |key: &str| -> Result<String, ConfigError> {
            match table.get(key) {
                Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
                Some(Value::String(_)) => Err(err(format!("{at}: `{key}` is empty"))),
                Some(other) => Err(err(format!(
                    "{at}: `{key}` must be a string, found {other}"
                ))),
                None => Err(err(format!("{at}: `{key}` is missing"))),
            }
        };
        let id = string("id")?;
        let at = format!("target `{id}`");
        if id == "title" {
            return Err(err(format!(
                "{at}: the id `title` is reserved for the article's headline; choose another"
            )));
        }
        if !seen.insert(id.clone()) {
            return Err(err(format!("{at}: the id is used twice")));
        }
        let text = string("text")?;
        let mut keywords = Vec::new();
        for key in ["keywords", "aliases"] {
            match table.get(key) {
                None => {}
                Some(Value::Array(list)) => {
                    for k in list {
                        match k {
                            Value::String(s) if !s.trim().is_empty() => {
                                keywords.push(s.trim().to_string())
                            }
                            other => {
                                return Err(err(format!(
                                    "{at}: `{key}` must be a list of non-empty strings, found {other} in it"
                                )))
                            }
                        }
                    }
                }
                Some(other) => {
                    return Err(err(format!(
                        "{at}: `{key}` must be a list of strings, found {other}"
                    )))
                }
            }
        }
        out.push(StanceTarget { id, text, keywords });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn valid_targets() {
        let v = json!([{"id": "a", "text": "Claim A", "keywords": ["x"], "aliases": ["y"]},
                       {"id": "b", "text": "Claim B"}]);
        let t = parse_targets("stance", Some(&v)).unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].keywords, vec!["x", "y"]);
        assert!(parse_targets("stance", None).unwrap().is_empty());
    }

    #[test]
    fn errors_say_what_is_wrong() {
        for (value, expected) in [
            (json!("claim"), "expected a list of tables"),
            (json!([{"id": "a"}]), "`text` is missing"),
            (json!([{"id": "a", "text": ""}]), "`text` is empty"),
            (json!([{"id": 3, "text": "x"}]), "`id` must be a string"),
            (json!([{"id": "title", "text": "x"}]), "reserved"),
            (
                json!([{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]),
                "used twice",
            ),
            (
                json!([{"id": "a", "text": "x", "keyword": ["k"]}]),
                "did you mean `keywords`",
            ),
            (
                json!([{"id": "a", "text": "x", "keywords": "k"}]),
                "must be a list of strings",
            ),
        ] {
            let e = parse_targets("stance", Some(&value))
                .unwrap_err()
                .to_string();
            assert!(e.contains(expected), "{value}: {e}");
            assert!(e.starts_with("analyzer `stance`, option `targets`"), "{e}");
        }
    }
}
