//! The output contract on real-looking articles, with every enabled analyzer: every
//! span in every record slices the article text at code-point offsets and carries that
//! text, and readable articles get an output from every analyzer.

use crate::{newslens, records, root, stderr, temp_dir};
use serde_json::Value;

/// Checks every object with `start`/`end` below `value` against `text` (code points).
fn check_spans(value: &Value, chars: &[char], path: &str, checked: &mut usize) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::Number(s)), Some(Value::Number(e))) =
                (map.get("start"), map.get("end"))
            {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert!(
                    s <= e && e <= chars.len(),
                    "{path}: span {s}..{e} outside 0..{}",
                    chars.len()
                );
                if let Some(Value::String(t)) = map.get("text") {
                    let slice: String = chars[s..e].iter().collect();
                    assert_eq!(&slice, t, "{path}: text does not equal the slice {s}..{e}");
                }
                *checked += 1;
            }
            for (k, v) in map {
                check_spans(v, chars, &format!("{path}.{k}"), checked);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_spans(v, chars, &format!("{path}[{i}]"), checked);
            }
        }
        _ => {}
    }
}

#[test]
fn every_span_slices_the_text_and_every_analyzer_answers() {
    let dir = temp_dir("contract");
    let config = root().join("analyzers.toml");
    let examples = root().join("examples/articles");
    let out = newslens(
        &dir,
        &[
            "run",
            "-q",
            "--include-text",
            "--config",
            config.to_str().unwrap(),
            examples.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed = newslens(&dir, &["analyzers", "--config", config.to_str().unwrap()]);
    let enabled: Vec<String> = String::from_utf8(listed.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains(", enabled)"))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert!(!enabled.is_empty());
    let mut checked = 0;
    for record in records(&out.stdout) {
        let id = record["id"].as_str().unwrap().to_string();
        let chars: Vec<char> = record["text"].as_str().unwrap().chars().collect();
        for name in &enabled {
            assert!(
                record["analyzers"].get(name).is_some(),
                "{id}: no output from `{name}`"
            );
        }
        check_spans(&record["analyzers"], &chars, &id, &mut checked);
    }
    assert!(checked > 50, "only {checked} spans checked");
}
