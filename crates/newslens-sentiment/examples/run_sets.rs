//! Runs the sentiment analyzer over contract input articles (JSON Lines) and writes contract
//! output lines, for `../shared/eval/sentiment/score.py`.
//!
//! cargo run --release -p newslens-sentiment --example run_sets -- IN.articles.jsonl OUT.jsonl [GOLD.gold.jsonl]
//!
//! With a target gold file, each gold target is handed to the analyzer as an entity whose one
//! mention is the gold span (the setting of the peer baselines).

use newslens_core::output::entities::{
    EntitiesOutput, Entity, EntityKind, EntityMention, MentionKind,
};
use newslens_core::{Article, Document, Span, TextSpan};
use newslens_sentiment::SentimentAnalyzer;
use std::collections::HashMap;
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = std::fs::read_to_string(&args[0]).expect("read articles");
    let mut targets: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    if let Some(gold) = args.get(2) {
        for line in std::fs::read_to_string(gold).expect("read gold").lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("gold json");
            if v["kind"] == "target" {
                targets
                    .entry(v["id"].as_str().unwrap_or_default().to_string())
                    .or_default()
                    .push((
                        v["from"].as_u64().unwrap_or(0) as usize,
                        v["to"].as_u64().unwrap_or(0) as usize,
                    ));
            }
        }
    }
    let analyzer = SentimentAnalyzer::with_defaults();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args[1]).expect("create output"));
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("article json");
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let doc = Document::new(Article::new(id.clone(), text));
        let entities = oracle_entities(&doc, targets.get(&id).map(Vec::as_slice).unwrap_or(&[]));
        let result = analyzer.analyze_with(&doc, Some(&entities));
        let record = serde_json::json!({"id": id, "analyzers": {"sentiment": result}});
        writeln!(out, "{record}").expect("write");
    }
}

fn oracle_entities(doc: &Document, spans: &[(usize, usize)]) -> EntitiesOutput {
    let text = doc.text();
    let byte_of = |cp: usize| text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b);
    let entities = spans
        .iter()
        .map(|&(from, to)| {
            let bytes = Span::new(byte_of(from), byte_of(to));
            Entity {
                name: text[bytes.range()].to_string(),
                kind: EntityKind::Person,
                description: None,
                mentions: vec![EntityMention {
                    span: TextSpan {
                        start: from,
                        end: to,
                        text: text[bytes.range()].to_string(),
                        bytes,
                    },
                    kind: MentionKind::Name,
                }],
            }
        })
        .collect();
    EntitiesOutput { entities }
}
