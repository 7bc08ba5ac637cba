//! Options: defaults, validation and the did-you-mean on unknown keys.

use newslens_core::{Analyzer, Options};
use newslens_sentiment::SentimentAnalyzer;
use serde_json::json;

fn create(values: serde_json::Value) -> Result<SentimentAnalyzer, String> {
    let map = values.as_object().cloned().unwrap_or_default();
    SentimentAnalyzer::create(Options::new("sentiment", map)).map_err(|e| e.to_string())
}

#[test]
fn options() {
    assert!(create(json!({})).is_ok());
    assert!(create(
        json!({"quote_weight": 0.0, "threshold": 0.1, "news_lexicon": false,
        "target_model": false, "entity_threshold": 0.2, "lead_weight": 1.0})
    )
    .is_ok());
    let err = create(json!({"quote_wieght": 0.3})).unwrap_err();
    assert!(err.contains("quote_weight"), "{err}");
    let err = create(json!({"quote_weight": 2.0})).unwrap_err();
    assert!(err.contains("out of range"), "{err}");
    let info = SentimentAnalyzer::info();
    assert_eq!(info.requires, ["entities"]);
    assert_eq!(info.name, "sentiment");
}
