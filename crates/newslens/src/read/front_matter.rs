//! `.txt` / `.md` articles with an optional front-matter block:
//!
//! ```text
//! ---
//! title: "Experts: ..."
//! published: 2020-01-14
//! authors: [Jane Doe, John Roe]
//! ---
//! The body ...
//! ```

use super::fields::{ArticleFields, FieldValue};

/// Splits an optional front-matter block off `content`, returning its fields and the body.
pub fn parse(content: &str) -> Result<(ArticleFields, &str), String> {
    let Some(rest) = content
        .strip_prefix("---\n")
        .or_else(|| content.strip_prefix("---\r\n"))
    else {
        return Ok((ArticleFields::default(), content));
    };
    let closed = rest
        .split_inclusive('\n')
        .any(|l| l.trim_end_matches(['\n', '\r']).trim_end() == "---");
    if !closed {
        return Err(
            "front matter opened with `---` is never closed: add a line `---` after the last field"
                .to_string(),
        );
    }
    let mut fields = ArticleFields::default();
    let mut offset = 0;
    let mut list_key: Option<String> = None;
    let mut list_items: Vec<String> = Vec::new();
    for (number, raw_line) in rest.split_inclusive('\n').enumerate() {
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let line_no = number + 2;
        if line.trim_end() == "---" {
            if let Some(key) = list_key.take() {
                fields.set(&key, FieldValue::List(std::mem::take(&mut list_items)))?;
            }
            let body = &rest[offset..];
            return Ok((fields, body));
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            if list_key.is_none() {
                return Err(format!(
                    "front matter line {line_no}: a list item `- …` without a key above it"
                ));
            }
            list_items.push(unquote(item.trim())?);
            continue;
        }
        if let Some(key) = list_key.take() {
            fields.set(&key, FieldValue::List(std::mem::take(&mut list_items)))?;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(format!(
                "front matter line {line_no}: expected `key: value`, found `{}`",
                truncate(line)
            ));
        };
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(format!(
                "front matter line {line_no}: `{}` is not a key",
                truncate(key)
            ));
        }
        let value = value.trim();
        if value.is_empty() {
            list_key = Some(key.to_string());
            continue;
        }
        let parsed = if value.starts_with('[') && value.ends_with(']') {
            let inner = &value[1..value.len() - 1];
            let items = split_inline_list(inner)
                .into_iter()
                .map(|s| unquote(s.trim()))
                .collect::<Result<Vec<_>, _>>()?;
            FieldValue::List(items.into_iter().filter(|s| !s.is_empty()).collect())
        } else {
            FieldValue::Text(
                unquote(value).map_err(|e| format!("front matter line {line_no}: {e}"))?,
            )
        };
        fields
            .set(key, parsed)
            .map_err(|e| format!("front matter line {line_no}: {e}"))?;
    }
    Err(
        "front matter opened with `---` is never closed: add a line `---` after the last field"
            .to_string(),
    )
}

fn truncate(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn split_inline_list(inner: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut in_quote: Option<char> = None;
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in inner.char_indices() {
        match (in_quote, c) {
            (Some(_), '\\') if !escaped => {
                escaped = true;
                continue;
            }
            (Some(q), c) if c == q && !escaped => in_quote = None,
            (None, '"' | '\'') => in_quote = Some(c),
            (None, ',') => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        escaped = false;
    }
    items.push(&inner[start..]);
    items
}

/// Removes YAML-style quotes: `"…"` with JSON escapes, `'…'` with `''` for a quote.
fn unquote(value: &str) -> Result<String, String> {
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        serde_json::from_str::<String>(value).map_err(|e| format!("bad quoted value {value}: {e}"))
    } else if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        Ok(value[1..value.len() - 1].replace("''", "'"))
    } else {
        Ok(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_and_body() {
        let (f, body) = parse("---\nid: a-1\ntitle: \"Quoted: \\\"x\\\"\"\npublished: 2020-01-14\nauthors: [Jane Doe, 'O''Neil, Pat']\nsection: world\n---\nBody.\n").unwrap();
        assert_eq!(body, "Body.\n");
        assert_eq!(f.id.as_deref(), Some("a-1"));
        assert_eq!(f.title.as_deref(), Some("Quoted: \"x\""));
        assert_eq!(f.authors, ["Jane Doe", "O'Neil, Pat"]);
        assert_eq!(f.meta["section"], "world");
    }

    #[test]
    fn yaml_lists_and_no_front_matter() {
        let (f, _) = parse("---\nauthors:\n  - A\n  - B\n---\nx").unwrap();
        assert_eq!(f.authors, ["A", "B"]);
        let (f, body) = parse("Just text.").unwrap();
        assert!(f.id.is_none());
        assert_eq!(body, "Just text.");
    }

    #[test]
    fn malformed_is_an_error() {
        assert!(parse("---\ntitle: x\n")
            .unwrap_err()
            .contains("never closed"));
        assert!(parse("---\njust words\n---\n")
            .unwrap_err()
            .contains("line 2"));
    }
}
