//! `newslens eval sentiment`: runs the sentiment analyzer on every development set of
//! `../shared/data/sentiment/articles` and prints one line per set (the figures of
//! `../shared/eval/sentiment/score.py`). Target sets get their gold targets as entities.

use anyhow::{Context, Result};
use newslens_sentiment::training::evaluate_set;
use newslens_sentiment::SentimentAnalyzer;
use std::path::PathBuf;

/// Arguments of `newslens eval sentiment`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder holding `<set>.articles.jsonl` and `<set>.gold.jsonl`.
    #[arg(long, default_value = "../shared/data/sentiment/articles")]
    pub data: PathBuf,
    /// Sets to run (default: every set with both files in the folder).
    #[arg(long, value_delimiter = ',')]
    pub sets: Vec<String>,
}

/// Runs the evaluation.
pub fn run(args: &Args) -> Result<()> {
    let mut sets = args.sets.clone();
    if sets.is_empty() {
        for entry in std::fs::read_dir(&args.data)
            .with_context(|| format!("cannot read {}", args.data.display()))?
        {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if let Some(set) = name.strip_suffix(".gold.jsonl") {
                if args.data.join(format!("{set}.articles.jsonl")).exists() {
                    sets.push(set.to_string());
                }
            }
        }
        sets.sort();
    }
    let analyzer = SentimentAnalyzer::with_defaults();
    for set in &sets {
        let read = |kind: &str| {
            let path = args.data.join(format!("{set}.{kind}.jsonl"));
            std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))
        };
        let figures = evaluate_set(&analyzer, &read("articles")?, &read("gold")?)
            .map_err(|e| anyhow::anyhow!("{set}: {e}"))?;
        println!("{}", figures.summary());
    }
    Ok(())
}
