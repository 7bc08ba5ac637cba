//! Prints the raw frames of a text given on standard input (for rule debugging).
use newslens_core::{Article, Document};
use std::io::Read;
fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("readable input");
    let doc = Document::new(Article::new("stdin", text));
    for (i, t) in doc.tokens().iter().enumerate() {
        eprint!("{}:{} ", i, doc.token_text(i));
        let _ = t;
    }
    eprintln!();
    for f in newslens_quote::debug_frames(&doc) {
        println!("{f:?}");
    }
}
