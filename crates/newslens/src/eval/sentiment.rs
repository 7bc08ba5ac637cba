//! `newslens eval sentiment`: runs the sentiment analyzer on every development set of
//! `../shared/data/sentiment/articles` and prints one line per set (the figures of
//! `../shared/eval/sentiment/score.py`). Target sets (NewsMTSC) read the entities layer of
//! the `entities` analyzer, as a run does; with `--oracle-targets` each gold target is
//! handed over as an entity instead (the setting of the peer baselines).

use anyhow::{Context, Result};
use newslens_core::{Analyzer, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_sentiment::training::{evaluate_set, evaluate_set_with};
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
    /// Hand each gold target to the analyzer as an entity (as the peer baselines are),
    /// instead of running the entities analyzer.
    #[arg(long)]
    pub oracle_targets: bool,
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
        if sets.is_empty() {
            anyhow::bail!(
                "no evaluation set in {}: expected `<set>.articles.jsonl` with `<set>.gold.jsonl` \
                 (the converted sets live in ../shared/data/sentiment/articles)",
                args.data.display()
            );
        }
    }
    let analyzer = SentimentAnalyzer::with_defaults();
    let entities = EntitiesAnalyzer::create(Options::empty("entities"))?;
    for set in &sets {
        let read = |kind: &str| {
            let path = args.data.join(format!("{set}.{kind}.jsonl"));
            std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))
        };
        let figures = if args.oracle_targets {
            evaluate_set(&analyzer, &read("articles")?, &read("gold")?)
        } else {
            evaluate_set_with(&analyzer, &read("articles")?, &read("gold")?, &|doc, _| {
                entities.entities(doc)
            })
        }
        .map_err(|e| anyhow::anyhow!("{set}: {e}"))?;
        crate::outln!("{}", figures.summary())?;
    }
    Ok(())
}
