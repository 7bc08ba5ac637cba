//! Regression guard on the development sets in `../shared/data/sentiment/articles`
//! (never copied into the repository): skipped with a message when absent.

use newslens_sentiment::training::evaluate_set;
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
