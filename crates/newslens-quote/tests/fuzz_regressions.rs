//! Inputs the fuzz targets (`fuzz/`) crashed on, kept as regression tests: each must
//! be analyzed without a panic.

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::{PartsMode, QuoteAnalyzer};

fn analyze(text: &str) -> usize {
    let doc = Document::new(Article::new("fuzz", text));
    let entities = EntitiesAnalyzer::create(Options::empty("entities"))
        .unwrap()
        .entities(&doc);
    QuoteAnalyzer::new(PartsMode::Split, true)
        .quotes(&doc, &entities)
        .quotes
        .len()
}

/// `analyze_quote` crash a0da2a1e: an indirect-speech clause whose first token is a
/// comma (at the start of the text or right after a colon) made the "Details aside, …"
/// check read the token before the clause: index −1.
#[test]
fn clause_opening_with_a_comma() {
    for text in [
        ", the remarks do not mean that Kim will end his relationship with Trump, Gause said.",
        "Background: , the talks will resume in March, officials said.",
        ",, aside, the plan would save jobs, the company said.",
    ] {
        analyze(text);
    }
    assert_eq!(
        analyze(", the remarks do not mean that Kim will end it, Gause said."),
        1,
        "the indirect quote is still found"
    );
}
