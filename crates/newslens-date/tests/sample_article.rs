//! Golden test: the project's sample article (VOA, public domain) must come out exactly
//! as its hand-made gold (`tests/fixtures/nk-denuclearization.date.json`).

use newslens_core::{Analyzer, Article, Document, Options, Published};
use newslens_date::DateAnalyzer;
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("JSON")
}

/// The analyzer built from `options` (key, value) pairs, or the error it is refused with.
fn analyzer_with(options: &[(&str, Value)]) -> Result<DateAnalyzer, String> {
    let map: serde_json::Map<String, Value> = options
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect();
    DateAnalyzer::create(Options::new("date", map)).map_err(|e| e.to_string())
}

#[test]
fn sample_article_matches_gold_exactly() {
    let input = fixture("nk-denuclearization.input.json");
    let gold = fixture("nk-denuclearization.date.json");
    let mut article = Article::new("nk", input["text"].as_str().unwrap());
    article.published = Published::parse(input["published"].as_str().unwrap()).ok();
    let doc = Document::new(article);
    let analyzer = DateAnalyzer::create(Options::empty("date")).unwrap();
    let out = serde_json::to_value(analyzer.analyze_document(&doc)).unwrap();

    let want = &gold["analyzers"]["date"];
    assert_eq!(out["reference"], want["reference"]);
    let strip = |m: &Value| {
        let mut m = m.clone();
        m.as_object_mut().unwrap().remove("note");
        m
    };
    let want: Vec<Value> = want["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(strip)
        .collect();
    let got: Vec<Value> = out["mentions"].as_array().unwrap().clone();
    assert_eq!(got, want);
}

#[test]
fn without_published_the_reference_comes_from_config_or_text() {
    let input = fixture("nk-denuclearization.input.json");
    let text = input["text"].as_str().unwrap();
    // config default
    let analyzer = analyzer_with(&[("default_reference", Value::from("2020-01-14"))]).unwrap();
    let out = analyzer.analyze_document(&Document::new(Article::new("nk", text)));
    assert_eq!(out.reference.date.as_deref(), Some("2020-01-14"));
    assert_eq!(serde_json::to_value(out.reference.from).unwrap(), "config");
    // inferred from the text: the latest full date mentioned
    let out =
        DateAnalyzer::with_defaults().analyze_document(&Document::new(Article::new("nk", text)));
    assert_eq!(out.reference.date.as_deref(), Some("2018-09-30"));
    assert_eq!(serde_json::to_value(out.reference.from).unwrap(), "text");
    // inference off: values stay underspecified
    let analyzer = analyzer_with(&[("infer_reference", Value::from(false))]).unwrap();
    let out = analyzer.analyze_document(&Document::new(Article::new("nk", text)));
    assert_eq!(serde_json::to_value(out.reference.from).unwrap(), "none");
    let saturday = out
        .mentions
        .iter()
        .find(|m| m.span.text == "Saturday")
        .unwrap();
    assert_eq!(saturday.value, "XXXX-WXX-6");
}

#[test]
fn bad_options_are_rejected() {
    // (options, a word the error must name)
    let rejected: &[(&str, Value, &str)] = &[
        (
            "default_reference",
            Value::from("14/01/2020"),
            "default_reference",
        ),
        ("infer_refrence", Value::from(true), "infer_reference"),
        ("include_sets", Value::from("yes"), "include_sets"),
    ];
    for (key, value, named) in rejected {
        let err = analyzer_with(&[(key, value.clone())])
            .err()
            .unwrap_or_else(|| panic!("{key} = {value} accepted"));
        assert!(err.contains(named), "{key} = {value}: {err}");
    }
}

#[test]
fn kind_switches_drop_their_mentions() {
    let text =
        "Prices are high now; they rose for three months and fall every Tuesday, since Monday.";
    let analyze = |key: &str| {
        let options: Vec<(&str, Value)> = if key.is_empty() {
            Vec::new()
        } else {
            vec![(key, Value::from(false))]
        };
        let mut article = Article::new("t", text);
        article.published = Published::parse("2020-01-14").ok();
        let a = analyzer_with(&options).unwrap();
        let out = a.analyze_document(&Document::new(article));
        out.mentions
            .iter()
            .map(|m| m.span.text.clone())
            .collect::<Vec<_>>()
    };
    // (option switched off, the mentions left)
    let rows: &[(&str, &[&str])] = &[
        ("", &["now", "three months", "every Tuesday", "Monday"]),
        (
            "include_fuzzy",
            &["three months", "every Tuesday", "Monday"],
        ),
        ("include_durations", &["now", "every Tuesday", "Monday"]),
        ("include_sets", &["now", "three months", "Monday"]),
    ];
    for (off, want) in rows {
        assert_eq!(analyze(off), *want, "with {off:?} off");
    }
}
