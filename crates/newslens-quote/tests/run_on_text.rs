//! Run-on text (no sentence ends, glued punctuation, a cue every few tokens) must cost
//! time proportional to its size. The rules once scanned a whole sentence for every cue
//! or quotation in it, which made `said“Kim”.U.S.Jan.5,2020—` repeated 8,000 times (one
//! 248 KB "sentence") take minutes.
//!
//! Checks: each run-on text, and the glued text of the original report, stays within a
//! generous bound proportional to its size; structurally, the quotes found on the
//! repeated text are the quotes of one unit repeated, each content no longer than a few
//! units.

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::{PartsMode, QuoteAnalyzer};
use std::time::{Duration, Instant};

/// Hostile units, each repeated into one long run-on paragraph.
const UNITS: &[&str] = &[
    "said“Kim”.U.S.Jan.5,2020—",
    "he said in ",
    "a “b” c ",
    "U.S. said ",
    "“a,” he said, ",
    "officials said: ",
    "the official said “x ",
    "said, ",
];

/// Five seconds of slack plus 60 µs per byte (6 s per 100 KB): three times what a
/// debug build needs on the costliest input ("said, " repeated, a cue every two tokens:
/// about 6.5 s for 256 KB on an idle two-core machine), so that a loaded machine does not
/// fail it, and still a tenth of what a quadratic cost takes at this size (the glued text
/// took minutes for 248 KB in a debug build when it was quadratic).
fn bound(bytes: usize) -> Duration {
    Duration::from_secs(5) + Duration::from_micros(60 * bytes as u64)
}

/// The quotes of `text`: (number found, longest content in bytes), and the time taken.
fn analyze(text: &str) -> ((usize, usize), Duration) {
    let doc = Document::new(Article::new("run-on", text));
    let started = Instant::now();
    let ents = EntitiesAnalyzer::create(Options::empty("entities"))
        .unwrap()
        .entities(&doc);
    let out = QuoteAnalyzer::new(PartsMode::Split, true).quotes(&doc, &ents);
    let longest = out
        .quotes
        .iter()
        .map(|q| q.content.span.text.len())
        .max()
        .unwrap_or(0);
    ((out.quotes.len(), longest), started.elapsed())
}

/// Each unit repeated into one 256 KB paragraph stays within the bound proportional to
/// its size: a debug build needs at most a second or so for each, the quadratic cost
/// this guards against took minutes. (Per-MB cost against article size is measured by
/// the benchmark `newslens bench --linear`, not here: a timing ratio between two runs
/// is at the mercy of a loaded machine.)
#[test]
fn run_on_text_costs_time_proportional_to_its_size() {
    for unit in UNITS {
        let text = unit.repeat(256_000 / unit.len());
        let (_, took) = analyze(&text);
        assert!(
            took < bound(text.len()),
            "{unit:?}: {took:?} for {} bytes",
            text.len()
        );
    }
}

#[test]
fn glued_punctuation_gives_one_quote_per_unit_of_bounded_length() {
    let unit = "said“Kim”.U.S.Jan.5,2020—";
    let ((small, small_longest), _) = analyze(&unit.repeat(100));
    let ((large, large_longest), took) = analyze(&unit.repeat(8_000));
    assert_eq!(small, 100, "one quote per unit");
    assert_eq!(large, 8_000, "one quote per unit");
    assert!(small_longest <= 3 * unit.len() && large_longest <= 3 * unit.len());
    assert!(took < bound(8_000 * unit.len()), "{took:?}");
}

/// Texts opening with punctuation before a cue (found by the property tests: ",,said“"
/// made the clause-before rule look before the first token).
#[test]
fn punctuation_before_the_first_cue_does_not_panic() {
    for text in [
        ",,said“",
        ",said",
        ", , said that",
        ",:said",
        "—,said “x”",
        ",",
    ] {
        let _ = analyze(text);
    }
}
