//! The learned document calibration: the shipped file, deterministic training, the option
//! that switches it off, and its effect on clear sentences.

use newslens_core::output::SentimentLabel;
use newslens_core::{Analyzer, Article, Document, Options};
use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::document_model::{fold_of, DocumentModel, DocumentTrainConfig};
use newslens_sentiment::training::{
    cross_validate_polarities, document_set, train_document_model, DocumentSet,
};
use newslens_sentiment::SentimentAnalyzer;
use serde_json::json;

const SHIPPED: &str = include_str!("../data/document_model.tsv");

fn rules() -> SentimentAnalyzer {
    SentimentAnalyzer::new(Settings {
        document_model: false,
        ..Settings::default()
    })
}

fn fixture(config: &DocumentTrainConfig) -> DocumentSet {
    document_set(
        &rules(),
        include_str!("fixtures/snippets.articles.jsonl"),
        include_str!("fixtures/snippets.gold.jsonl"),
        config.folds,
    )
    .expect("fixture")
}

#[test]
fn shipped_file_is_what_the_writer_writes() {
    let model = DocumentModel::parse(SHIPPED).expect("shipped document model");
    let header: String = SHIPPED
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(&l[1..])))
        .collect();
    assert_eq!(model.to_tsv(&header), SHIPPED);
    assert!(
        SHIPPED.contains("out-of-fold"),
        "the header records the CV figures"
    );
    assert_eq!(
        model.weights[1],
        [0.0; newslens_sentiment::document_model::FEATURES],
        "neutral is the reference class"
    );
}

#[test]
fn training_is_deterministic() {
    let config = DocumentTrainConfig {
        folds: 3,
        ..DocumentTrainConfig::default()
    };
    let set = fixture(&config);
    assert_eq!(set.examples.len(), 24);
    // The two copies of one text (different white space) share a fold.
    assert_eq!(set.folds[22], set.folds[23]);
    assert_eq!(
        fold_of("The  Company reported", 10),
        fold_of("the company\nreported", 10)
    );
    let first = train_document_model(&[&set], &config).to_tsv("fixture");
    let second = train_document_model(&[&fixture(&config)], &config).to_tsv("fixture");
    assert_eq!(first, second);
    let a = cross_validate_polarities(&[&set], 0, &config);
    let b = cross_validate_polarities(&[&set], 0, &config);
    assert_eq!(a, b);
    // The fixture is separable enough for a model trained on it to fit it mostly.
    let model = DocumentModel::parse(&first).expect("written model parses");
    let right = set
        .examples
        .iter()
        .filter(|e| {
            let label = model.example_polarity(e).label;
            label
                == [
                    SentimentLabel::Negative,
                    SentimentLabel::Neutral,
                    SentimentLabel::Positive,
                ][e.class]
        })
        .count();
    assert!(right >= 18, "{right} of 24");
}

fn document(text: &str) -> Document {
    Document::new(Article::new("t", text))
}

#[test]
fn calibration_moves_a_negative_editorial_sentence_negative() {
    let doc = document("Despite the glowing press release, the program has been a costly failure.");
    let calibrated = SentimentAnalyzer::with_defaults()
        .analyze_with(&doc, None)
        .document;
    let rule = rules().analyze_with(&doc, None).document;
    assert_eq!(calibrated.label, SentimentLabel::Negative);
    assert!(calibrated.score < rule.score, "{calibrated:?} vs {rule:?}");
    let factual = document("The committee will meet on Tuesday to discuss the budget.");
    let calibrated = SentimentAnalyzer::with_defaults()
        .analyze_with(&factual, None)
        .document;
    assert_eq!(calibrated.label, SentimentLabel::Neutral);
    let praise = document("Doctors praised the hospital's quick and caring response.");
    let calibrated = SentimentAnalyzer::with_defaults()
        .analyze_with(&praise, None)
        .document;
    assert_eq!(calibrated.label, SentimentLabel::Positive);
}

#[test]
fn option_switches_the_calibration_off() {
    let map = json!({"document_model": false})
        .as_object()
        .cloned()
        .unwrap_or_default();
    let off = SentimentAnalyzer::create(Options::new("sentiment", map)).expect("valid options");
    let doc = document("Rents have doubled and wages have not kept up.");
    let scored = off.score(&doc);
    let out = off.analyze_with(&doc, None).document;
    assert_eq!(out.score, off.document_score(&scored));
    assert_eq!(out.score, rules().analyze_with(&doc, None).document.score);
    let on = SentimentAnalyzer::with_defaults()
        .analyze_with(&doc, None)
        .document;
    assert_ne!(on.score, out.score);
    // Sentences keep their rule scores either way.
    assert_eq!(
        SentimentAnalyzer::with_defaults()
            .analyze_with(&doc, None)
            .sentences,
        off.analyze_with(&doc, None).sentences
    );
}

#[test]
fn long_articles_stay_in_range() {
    let paragraph = "The plan is a disaster for renters. Officials praised the new park. \
                     The committee met on Tuesday.\n\n";
    let doc = document(&paragraph.repeat(400));
    let analyzer = SentimentAnalyzer::with_defaults();
    let x = analyzer.document_features(&doc, &analyzer.score(&doc));
    assert!(x.iter().all(|v| v.is_finite() && v.abs() <= 4.0), "{x:?}");
    let short = document(paragraph);
    let y = analyzer.document_features(&short, &analyzer.score(&short));
    // The scores and masses are normalized to (−1, 1) (they grow like the rule score, as
    // the square root of the number of sentences); the shares are the same for the text
    // and 400 copies of it; the length is capped.
    for (i, v) in x.iter().enumerate().take(4).skip(1) {
        assert!(v.abs() < 1.0, "feature {i}: {v}");
    }
    for i in [5, 6, 9, 13] {
        assert!(
            (x[i] - y[i]).abs() < 0.01,
            "feature {i}: {} vs {}",
            x[i],
            y[i]
        );
    }
    assert_eq!(x[10], 1.0);
}
