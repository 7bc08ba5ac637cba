//! Prints the quotes found in a text given on standard input, one per line.
//!
//!     echo 'He said the plan would fail.' | cargo run -p newslens-quote --example quote_text

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::{PartsMode, QuoteAnalyzer};
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("readable input");
    let doc = Document::new(Article::new("stdin", text));
    let ents = EntitiesAnalyzer::create(Options::empty("entities"))
        .expect("defaults")
        .entities(&doc);
    let parts = if std::env::args().any(|a| a == "join") {
        PartsMode::Join
    } else {
        PartsMode::Split
    };
    let out = QuoteAnalyzer::new(parts, true).quotes(&doc, &ents);
    for q in out.quotes {
        println!(
            "{:?} [{}] cue={:?} speaker={:?} name={:?}",
            q.kind,
            q.content.span.text,
            q.cue.map(|c| c.text),
            q.speaker.as_ref().map(|s| s.span.text.clone()),
            q.speaker.and_then(|s| s.name)
        );
    }
}
