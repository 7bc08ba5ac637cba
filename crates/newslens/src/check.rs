//! Invariant checks on output records, for tests and fuzz targets: every span in a
//! record slices the record's text at code-point offsets and carries that slice.

use serde_json::Value;

/// Checks every object with numeric `start`/`end` inside `record["analyzers"]` against
/// `record["text"]` (the record must have been written with `--include-text`, unless it
/// has no analyzer output): `start <= end <= text length` in code points, and a `text`
/// field, when present, equals the slice. Returns how many spans were checked.
pub fn check_record_spans(record: &Value) -> Result<usize, String> {
    let analyzers = record
        .get("analyzers")
        .ok_or_else(|| "the record has no `analyzers`".to_string())?;
    let text = match record.get("text") {
        Some(Value::String(t)) => t.as_str(),
        _ if analyzers.as_object().is_some_and(|m| m.is_empty()) => "",
        _ => return Err("the record has analyzer output but no `text`".to_string()),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut checked = 0;
    check_spans(analyzers, &chars, "analyzers", &mut checked)?;
    Ok(checked)
}

fn check_spans(
    value: &Value,
    chars: &[char],
    path: &str,
    checked: &mut usize,
) -> Result<(), String> {
    match value {
        Value::Object(map) => {
            if let (Some(Value::Number(s)), Some(Value::Number(e))) =
                (map.get("start"), map.get("end"))
            {
                let (Some(s), Some(e)) = (s.as_u64(), e.as_u64()) else {
                    return Err(format!("{path}: offsets {s}..{e} are not whole numbers"));
                };
                let (s, e) = (s as usize, e as usize);
                if s > e || e > chars.len() {
                    return Err(format!("{path}: span {s}..{e} outside 0..{}", chars.len()));
                }
                if let Some(Value::String(t)) = map.get("text") {
                    let slice: String = chars[s..e].iter().collect();
                    if &slice != t {
                        return Err(format!(
                            "{path}: text {t:?} does not equal the slice {s}..{e} {slice:?}"
                        ));
                    }
                }
                *checked += 1;
            }
            for (k, v) in map {
                check_spans(v, chars, &format!("{path}.{k}"), checked)?;
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_spans(v, chars, &format!("{path}[{i}]"), checked)?;
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn good_and_bad_spans() {
        let ok = json!({"text": "héllo wörld", "analyzers": {"a": {"x": [{"start": 6, "end": 11, "text": "wörld"}]}}});
        assert_eq!(check_record_spans(&ok), Ok(1));
        let shifted = json!({"text": "héllo wörld", "analyzers": {"a": {"start": 5, "end": 10, "text": "wörld"}}});
        assert!(check_record_spans(&shifted)
            .unwrap_err()
            .contains("does not equal"));
        let outside = json!({"text": "abc", "analyzers": {"a": {"start": 2, "end": 4}}});
        assert!(check_record_spans(&outside)
            .unwrap_err()
            .contains("outside"));
        let error_record =
            json!({"analyzers": {}, "errors": [{"analyzer": "reader", "message": "x"}]});
        assert_eq!(check_record_spans(&error_record), Ok(0));
    }
}
