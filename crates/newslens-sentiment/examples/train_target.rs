//! Trains the target model on NewsMTSC train and prints F1m on the dev sets (with the
//! training knobs from the environment: EPOCHS, LR, L2, MINC, BAL), for exploring settings.
//! The shipped model is made by `newslens train sentiment`.
//!
//! cargo run --release -p newslens-sentiment --example train_target -- DATA_DIR [OUT.tsv]
use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::eval::oracle_entities;
use newslens_sentiment::target_model::TrainConfig;
use newslens_sentiment::training::{evaluate_set, shipped_train_config, train_target_model};
use newslens_sentiment::SentimentAnalyzer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = &args[0];
    let read = |set: &str, kind: &str| {
        std::fs::read_to_string(format!("{dir}/{set}.{kind}.jsonl")).unwrap()
    };
    let env = |k: &str, d: f64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let base = shipped_train_config();
    let config = TrainConfig {
        epochs: env("EPOCHS", base.epochs as f64) as usize,
        learning_rate: env("LR", base.learning_rate),
        l2: env("L2", base.l2),
        min_count: env("MINC", base.min_count as f64) as usize,
        balance: env("BAL", 1.0) > 0.0,
    };
    let rules_only = SentimentAnalyzer::new(Settings {
        target_model: false,
        ..Settings::default()
    });
    let (model, margins) = train_target_model(
        &rules_only,
        &read("newsmtsc-train", "articles"),
        &read("newsmtsc-train", "gold"),
        &config,
        &|doc, spans| oracle_entities(doc, spans),
    )
    .unwrap();
    println!(
        "neutral margin {} (out-of-fold macro-F1 by margin: {margins:?})",
        model.neutral_margin
    );
    let tsv = model.to_tsv("target model (exploration)");
    let analyzer = SentimentAnalyzer::with_target_model(Settings::default(), &tsv).unwrap();
    for set in ["newsmtsc-rw-dev", "newsmtsc-mt-dev"] {
        let f = evaluate_set(&analyzer, &read(set, "articles"), &read(set, "gold")).unwrap();
        println!("{} ({config:?})", f.summary());
    }
    if let Some(out) = args.get(1) {
        std::fs::write(out, tsv).unwrap();
    }
}
