//! Trains the target model on NewsMTSC train and prints F1m on the dev sets.
//! cargo run --release -p newslens-sentiment --example train_target -- DATA_DIR [OUT.tsv]
use newslens_core::{Article, Document, Span};
use newslens_sentiment::eval::{accuracy_macro_f1, parse_gold, GoldItem};
use newslens_sentiment::target_model::{softmax, train, Example, TrainConfig};
use newslens_sentiment::SentimentAnalyzer;
use std::collections::HashMap;

fn examples(analyzer: &SentimentAnalyzer, dir: &str, set: &str) -> Vec<Example> {
    let gold =
        parse_gold(&std::fs::read_to_string(format!("{dir}/{set}.gold.jsonl")).unwrap()).unwrap();
    let mut texts = HashMap::new();
    for l in std::fs::read_to_string(format!("{dir}/{set}.articles.jsonl"))
        .unwrap()
        .lines()
    {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        texts.insert(
            v["id"].as_str().unwrap().to_string(),
            v["text"].as_str().unwrap().to_string(),
        );
    }
    let mut out = Vec::new();
    for item in &gold.items {
        let GoldItem::Target {
            id,
            from,
            to,
            label,
        } = item
        else {
            continue;
        };
        let text = &texts[id];
        let doc = Document::new(Article::new(id.clone(), text.clone()));
        let byte_of = |cp: usize| text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b);
        let span = Span::new(byte_of(*from), byte_of(*to));
        let scored = analyzer.score(&doc);
        out.push(Example {
            features: analyzer.mention_features(&doc, &scored, span),
            label: *label,
        });
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = &args[0];
    let analyzer = SentimentAnalyzer::with_defaults();
    let train_set = examples(&analyzer, dir, "newsmtsc-train");
    let devs = [
        ("rw", examples(&analyzer, dir, "newsmtsc-rw-dev")),
        ("mt", examples(&analyzer, dir, "newsmtsc-mt-dev")),
    ];
    let env = |k: &str, d: f64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let config = TrainConfig {
        epochs: env("EPOCHS", 30.0) as usize,
        learning_rate: env("LR", 0.1),
        l2: env("L2", 1e-4),
        min_count: env("MINC", 3.0) as usize,
        balance: env("BAL", 1.0) > 0.0,
    };
    let model = train(&train_set, &config, 6.0);
    for (name, dev) in &devs {
        let mut gold = Vec::new();
        let mut pred = Vec::new();
        for ex in dev {
            let z = model.logits(&ex.features.dense, |f| {
                for (w, x) in &ex.features.words {
                    f(w, *x)
                }
            });
            let p = softmax(z);
            let best = (0..3).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap();
            gold.push(ex.label);
            pred.push(best);
        }
        let (acc, f1) = accuracy_macro_f1(&gold, &pred);
        println!("{name}: F1m {f1:.3} acc {acc:.3}  ({config:?})");
    }
    if let Some(out) = args.get(1) {
        std::fs::write(out, model.to_tsv("target model")).unwrap();
    }
}
