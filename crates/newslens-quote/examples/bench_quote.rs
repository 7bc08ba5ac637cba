//! Throughput of entities + quote over a folder of `.txt` articles (front matter
//! skipped), on one core: MB/s of article text, analyzer time only (the text layer is
//! built beforehand, as the runner does once for all analyzers).
//!
//!     cargo run --release -p newslens-quote --example bench_quote -- ../shared/data/corpus/reuters21578

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::{PartsMode, QuoteAnalyzer};
use std::time::Instant;

/// CPU time of this thread in seconds (Linux `/proc/thread-self/schedstat`), so that the
/// figure holds on a busy machine; `None` elsewhere.
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: bench_quote DIR");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    let docs: Vec<Document> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|raw| {
            let body = raw
                .strip_prefix("---\n")
                .and_then(|r| r.split_once("\n---\n"))
                .map_or(raw.as_str(), |(_, b)| b)
                .to_string();
            Document::new(Article::new("b", body))
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let ents = EntitiesAnalyzer::create(Options::empty("entities")).expect("defaults");
    let quote = QuoteAnalyzer::new(PartsMode::Split, true);
    let t = Instant::now();
    let cpu0 = cpu_secs();
    let mut n = 0usize;
    for d in &docs {
        let e = ents.entities(d);
        n += quote.quotes(d, &e).quotes.len();
    }
    let wall = t.elapsed().as_secs_f64();
    let secs = match (cpu0, cpu_secs()) {
        (Some(a), Some(b)) => b - a,
        _ => wall,
    };
    let mb = bytes as f64 / 1e6;
    println!(
        "{} docs, {mb:.1} MB, {n} quotes, {secs:.2} s CPU ({wall:.2} s wall), {:.1} MB/s per core (entities + quote)",
        docs.len(),
        mb / secs
    );
}
