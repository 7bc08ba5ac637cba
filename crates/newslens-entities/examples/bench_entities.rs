//! Throughput of the entities analyzer over a folder of `.txt` articles (front matter
//! skipped), on one core: prints MB/s of article text, analyzer time only.
//!
//!     cargo run --release -p newslens-entities --example bench_entities -- ../shared/data/corpus/reuters21578

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: bench_entities DIR");
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
    let a = EntitiesAnalyzer::create(Options::empty("entities")).expect("defaults");
    let t = Instant::now();
    let mut n = 0usize;
    for d in &docs {
        n += a.entities(d).entities.len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} docs, {:.1} MB, {} entities, {:.2} s, {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        n,
        secs,
        bytes as f64 / 1e6 / secs
    );
}
