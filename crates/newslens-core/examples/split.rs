//! Prints the paragraphs and sentences the text layer finds in a file (or standard input),
//! one sentence per line, for eyeballing: `cargo run -p newslens-core --example split FILE`.

use newslens_core::text::TextLayer;
use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    // Skip a front-matter block.
    let body = match text
        .strip_prefix("---\n")
        .and_then(|r| r.find("\n---\n").map(|e| &r[e + 5..]))
    {
        Some(body) => body.to_string(),
        None => text,
    };
    let layer = TextLayer::build(&body);
    for (n, paragraph) in layer.paragraphs.iter().enumerate() {
        println!("¶{n}");
        for s in &layer.sentences[paragraph.sentences()] {
            println!("  {}", body[s.span.range()].replace('\n', "⏎"));
        }
    }
    Ok(())
}
