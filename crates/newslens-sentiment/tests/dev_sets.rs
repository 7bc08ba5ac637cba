//! Regression guard on the development sets in `../shared/data/sentiment/articles`
//! (never copied into the repository): skipped with a message when absent.

use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::document_model::DocumentTrainConfig;
use newslens_sentiment::training::{cross_validated_figures, document_set, evaluate_set};
use newslens_sentiment::SentimentAnalyzer;
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/sentiment/articles")
}

#[test]
fn beats_vader_on_dev_sets() {
    let dir = data_dir();
    if !dir.join("nyt-dev.gold.jsonl").exists() {
        println!("skipped: no development data at {}", dir.display());
        return;
    }
    let analyzer = SentimentAnalyzer::with_defaults();
    let read = |set: &str, kind: &str| {
        std::fs::read_to_string(dir.join(format!("{set}.{kind}.jsonl"))).expect("readable")
    };
    // (set, measure, VADER 3.3.2's figure under score.py)
    for (set, vader) in [
        ("nyt-dev", 0.506),
        ("newsmtsc-rw-dev", 0.508),
        ("newsmtsc-mt-dev", 0.528),
    ] {
        let f =
            evaluate_set(&analyzer, &read(set, "articles"), &read(set, "gold")).expect("scored");
        let figure = if f.targets { f.macro_f1 } else { f.pearson };
        println!("{}", f.summary());
        assert!(figure > vader + 0.02, "{set}: {figure} vs VADER {vader}");
    }
}

#[test]
fn document_calibration_gains_out_of_fold() {
    let dir = data_dir();
    if !dir.join("nyt-dev.gold.jsonl").exists() {
        println!("skipped: no development data at {}", dir.display());
        return;
    }
    let read = |set: &str, kind: &str| {
        std::fs::read_to_string(dir.join(format!("{set}.{kind}.jsonl"))).expect("readable")
    };
    let config = DocumentTrainConfig::default();
    let rules = SentimentAnalyzer::new(Settings {
        document_model: false,
        ..Settings::default()
    });
    let nyt = document_set(
        &rules,
        &read("nyt-dev", "articles"),
        &read("nyt-dev", "gold"),
        config.folds,
    )
    .expect("nyt-dev");
    let rules_figures = evaluate_set(
        &rules,
        &read("nyt-dev", "articles"),
        &read("nyt-dev", "gold"),
    )
    .expect("scored");
    let cv = cross_validated_figures(&[&nyt], 0, &config);
    println!(
        "rules {}\nout-of-fold {}",
        rules_figures.summary(),
        cv.summary()
    );
    assert!(
        cv.macro_f1 > rules_figures.macro_f1 + 0.01,
        "{}",
        cv.summary()
    );
    assert!(
        cv.pearson >= rules_figures.pearson - 0.005,
        "{}",
        cv.summary()
    );
    // The shipped model on the sets it never saw.
    let analyzer = SentimentAnalyzer::with_defaults();
    for (set, r) in [("tweets", 0.87), ("movie", 0.52), ("amazon", 0.63)] {
        let f =
            evaluate_set(&analyzer, &read(set, "articles"), &read(set, "gold")).expect("scored");
        println!("{}", f.summary());
        assert!(f.pearson >= r, "{}", f.summary());
    }
}
