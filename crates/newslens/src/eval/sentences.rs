//! `newslens eval sentences`: sentence and paragraph boundary precision, recall and F1 of
//! the text layer on a gold file in the format of
//! `crates/newslens-core/tests/data/sentences.gold.txt` (documented at its top).
//! Parsing and scoring live in `newslens_core::text::eval`; this file reads and prints.

use anyhow::{Context, Result};
use newslens_core::text::eval::{parse_gold, score, BoundaryErrorKind, Level};
use std::path::PathBuf;

/// Options of `newslens eval sentences`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The gold file (default: the set shipped in the repository).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../newslens-core/tests/data/sentences.gold.txt"))]
    pub gold: PathBuf,
    /// Also list every missed and spurious boundary with its context.
    #[arg(long)]
    pub errors: bool,
}

/// Scores the text layer on the gold file and prints the figures (tuning part, held-out
/// part, all).
pub fn run(args: &Args) -> Result<()> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read the gold file {}", args.gold.display()))?;
    let docs = parse_gold(&text).with_context(|| format!("in {}", args.gold.display()))?;
    let tuning = score(docs.iter().filter(|d| !d.held_out));
    let held_out = score(docs.iter().filter(|d| d.held_out));
    let all = score(&docs);
    crate::outln!("{}", tuning.summary("tuning"))?;
    crate::outln!("{}", held_out.summary("held-out"))?;
    crate::outln!("{}", all.summary("all"))?;
    if args.errors {
        for e in &all.errors {
            let kind = match e.kind {
                BoundaryErrorKind::Missed => "missed",
                BoundaryErrorKind::Spurious => "spurious",
            };
            let level = match e.level {
                Level::Sentence => "sentence",
                Level::Paragraph => "paragraph",
            };
            crate::outln!("{kind} {level} boundary in {}: {}", e.document, e.context)?;
        }
    }
    Ok(())
}
