//! Prints the entities of a text file (front matter skipped), one line each.
//!
//!     cargo run --release -p newslens-entities --example entities_dump -- FILE.txt

use newslens_core::{Analyzer, Options};
use newslens_core::{Article, Document};
use newslens_entities::EntitiesAnalyzer;

fn main() {
    let path = std::env::args().nth(1).expect("usage: entities_dump FILE");
    let raw = std::fs::read_to_string(&path).expect("readable file");
    let text = match raw
        .strip_prefix("---\n")
        .and_then(|r| r.split_once("\n---\n"))
    {
        Some((_, body)) => body.to_string(),
        None => raw,
    };
    let a = EntitiesAnalyzer::create(Options::empty("entities")).expect("default options");
    let doc = Document::new(Article::new(path, text));
    for e in a.entities(&doc).entities {
        let ms: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}:{:?}", m.span.text, m.kind))
            .collect();
        println!(
            "{:?} {:?} [{}] g={:?} :: {}",
            e.kind,
            e.name,
            e.description.unwrap_or_default(),
            e.gender,
            ms.join(" | ")
        );
    }
}
