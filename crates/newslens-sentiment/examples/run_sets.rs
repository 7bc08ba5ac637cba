//! Runs the sentiment analyzer over contract input articles (JSON Lines) and writes contract
//! output lines, for `../shared/eval/sentiment/score.py`.
//!
//! cargo run --release -p newslens-sentiment --example run_sets -- IN.articles.jsonl OUT.jsonl [GOLD.gold.jsonl]
//!
//! With a target gold file, each gold target is handed to the analyzer as an entity whose one
//! mention is the gold span (the setting of the peer baselines).

use newslens_core::{Article, Document};
use newslens_sentiment::eval::{oracle_entities, parse_gold};
use newslens_sentiment::SentimentAnalyzer;
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = std::fs::read_to_string(&args[0]).expect("read articles");
    let gold = args
        .get(2)
        .map(|g| parse_gold(&std::fs::read_to_string(g).expect("read gold")).expect("gold"));
    let targets = gold
        .as_ref()
        .map(|g| g.targets_by_article())
        .unwrap_or_default();
    let analyzer = SentimentAnalyzer::with_defaults();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args[1]).expect("create output"));
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("article json");
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let doc = Document::new(Article::new(id.clone(), text));
        let spans = targets.get(id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        let entities = oracle_entities(&doc, spans);
        let result = analyzer.analyze_with(&doc, Some(&entities));
        let record = serde_json::json!({"id": id, "analyzers": {"sentiment": result}});
        writeln!(out, "{record}").expect("write");
    }
}
