//! Runs entities + quote over a contract articles JSONL (one `{"id", "text", …}` per line)
//! and writes contract output JSONL, for scoring with `../shared/eval/quotes/score.py`
//! before the `newslens` binary is at hand; prints throughput on standard error.
//!
//!     cargo run --release -p newslens-quote --example quote_jsonl -- ARTICLES.jsonl [join|split] > OUT.jsonl

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::{PartsMode, QuoteAnalyzer};
use std::io::Write;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: quote_jsonl ARTICLES.jsonl [join|split]");
    let parts = match args.next().as_deref() {
        Some("join") => PartsMode::Join,
        _ => PartsMode::Split,
    };
    let raw = std::fs::read_to_string(&path).expect("readable file");
    let ents = EntitiesAnalyzer::create(Options::empty("entities")).expect("defaults");
    let quote = QuoteAnalyzer::new(parts, true);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut bytes, mut secs) = (0usize, 0f64);
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        bytes += text.len();
        let doc = Document::new(Article::new(id.clone(), text));
        let t = Instant::now();
        let e = ents.entities(&doc);
        let q = quote.quotes(&doc, &e);
        secs += t.elapsed().as_secs_f64();
        let rec = serde_json::json!({"id": id, "analyzers": {"quote": q}});
        writeln!(out, "{rec}").expect("writable output");
    }
    eprintln!(
        "{:.1} MB in {:.2} s: {:.1} MB/s (entities + quote)",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
}
