//! Two-fold cross-validation of the document regression on one set (items split by line
//! parity), optionally with extra training sets (EXTRA). Prints the held-out figures.
use newslens_sentiment::document_model::{train_documents, DocTrainConfig};
use newslens_sentiment::training::{document_examples, evaluate_set};
use newslens_sentiment::SentimentAnalyzer;

fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let set = std::env::args().nth(2).unwrap_or("nyt-dev".into());
    let read = |set: &str, kind: &str| {
        std::fs::read_to_string(format!("{dir}/{set}.{kind}.jsonl")).unwrap()
    };
    let env = |k: &str, d: f64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let config = DocTrainConfig {
        epochs: env("EPOCHS", 10.0) as usize,
        learning_rate: env("LR", 0.02),
        l2: env("L2", 1e-4),
        min_count: env("MINC", 3.0) as usize,
    };
    let (arts, gold) = (read(&set, "articles"), read(&set, "gold"));
    let half = |text: &str, parity: usize| -> String {
        text.lines()
            .enumerate()
            .filter(|(i, _)| i % 2 == parity)
            .map(|(_, l)| format!("{l}\n"))
            .collect()
    };
    let mut analyzer = SentimentAnalyzer::with_defaults();
    let mut extra = Vec::new();
    if let Ok(sets) = std::env::var("EXTRA") {
        for s in sets.split(',') {
            extra.extend(
                document_examples(&analyzer, &read(s, "articles"), &read(s, "gold")).unwrap(),
            );
        }
    }
    for parity in 0..2 {
        let mut ex = extra.clone();
        ex.extend(
            document_examples(&analyzer, &half(&arts, parity), &half(&gold, parity)).unwrap(),
        );
        analyzer.set_document_model(Some(train_documents(&ex, &config)));
        let f = evaluate_set(
            &analyzer,
            &half(&arts, 1 - parity),
            &half(&gold, 1 - parity),
        )
        .unwrap();
        println!("held-out half {}: {}", 1 - parity, f.summary());
    }
    analyzer.set_document_model(None);
    for parity in 0..2 {
        let f = evaluate_set(
            &analyzer,
            &half(&arts, 1 - parity),
            &half(&gold, 1 - parity),
        )
        .unwrap();
        println!("rules only half {}: {}", 1 - parity, f.summary());
    }
}
