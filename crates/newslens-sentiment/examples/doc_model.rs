//! Explores the document regression: trains on the sets named in TRAIN and prints figures
//! on every dev set. cargo run --release -p newslens-sentiment --example doc_model -- DATA_DIR
use newslens_sentiment::document_model::{train_documents, DocTrainConfig};
use newslens_sentiment::training::{document_examples, evaluate_set};
use newslens_sentiment::SentimentAnalyzer;

fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let read = |set: &str, kind: &str| {
        std::fs::read_to_string(format!("{dir}/{set}.{kind}.jsonl")).unwrap()
    };
    let env = |k: &str, d: f64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let train_sets = std::env::var("TRAIN").unwrap_or("newsmtsc-train".into());
    let mut analyzer = SentimentAnalyzer::with_defaults();
    let mut examples = Vec::new();
    for set in train_sets.split(',') {
        examples.extend(
            document_examples(&analyzer, &read(set, "articles"), &read(set, "gold")).unwrap(),
        );
    }
    let config = DocTrainConfig {
        epochs: env("EPOCHS", 10.0) as usize,
        learning_rate: env("LR", 0.02),
        l2: env("L2", 1e-4),
        min_count: env("MINC", 3.0) as usize,
    };
    let model = train_documents(&examples, &config);
    println!("dense {:?} words {}", model.dense, model.words.len());
    analyzer.set_document_model(Some(model));
    for set in std::env::var("EVAL")
        .unwrap_or("nyt-dev,tweets,movie,amazon".into())
        .split(',')
    {
        let f = evaluate_set(&analyzer, &read(set, "articles"), &read(set, "gold")).unwrap();
        println!("{}", f.summary());
    }
}
