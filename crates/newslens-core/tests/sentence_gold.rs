//! Sentence-boundary precision, recall and F1 of the text layer on the hand-written gold
//! set `tests/data/sentences.gold.txt` (format documented at its top).
//!
//! `cargo test -p newslens-core --test sentence_gold -- --nocapture` prints the figures and
//! every wrong boundary. The floors below make regressions fail.

use newslens_core::text::eval::{parse_gold, score, GoldDocument};

const GOLD: &str = include_str!("data/sentences.gold.txt");

/// Boundary F1 the splitter must keep on the whole gold set.
const SENTENCE_F1_FLOOR: f64 = 0.97;
/// Boundary F1 the paragraph splitter must keep.
const PARAGRAPH_F1_FLOOR: f64 = 0.97;

#[test]
fn sentence_boundaries_on_the_gold_set() {
    let docs = parse_gold(GOLD).expect("the gold set parses");
    let tuning: Vec<&GoldDocument> = docs.iter().filter(|d| !d.held_out).collect();
    let held_out: Vec<&GoldDocument> = docs.iter().filter(|d| d.held_out).collect();
    let all = score(&docs);
    println!("{}", score(tuning.iter().copied()).summary("tuning"));
    println!("{}", score(held_out.iter().copied()).summary("held-out"));
    println!("{}", all.summary("all"));
    for e in &all.errors {
        println!(
            "  {:?} {:?} in {}: {}",
            e.kind, e.level, e.document, e.context
        );
    }
    assert!(
        all.gold_paragraphs >= 60,
        "the gold set has at least 60 paragraphs"
    );
    assert!(
        all.sentences.f1() >= SENTENCE_F1_FLOOR,
        "sentence boundary F1 {:.4} fell below {SENTENCE_F1_FLOOR}",
        all.sentences.f1()
    );
    assert!(
        all.paragraphs.f1() >= PARAGRAPH_F1_FLOOR,
        "paragraph boundary F1 {:.4} fell below {PARAGRAPH_F1_FLOOR}",
        all.paragraphs.f1()
    );
}
