//! `newslens train sentiment`: fits the entity-level target model on NewsMTSC train and
//! writes it as TSV (the shipped file is `crates/newslens-sentiment/data/target_model.tsv`),
//! then prints its figures on the NewsMTSC dev sets. Deterministic.

use anyhow::{Context, Result};
use newslens_core::{Analyzer, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::training::{
    best_margin, evaluate_set, shipped_train_config, train_target_model, MARGIN_FOLDS,
};
use newslens_sentiment::SentimentAnalyzer;
use std::path::PathBuf;

/// Arguments of `newslens train sentiment`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder holding the NewsMTSC `newsmtsc-*.articles.jsonl` / `.gold.jsonl` files.
    #[arg(long, default_value = "../shared/data/sentiment/articles")]
    pub data: PathBuf,
    /// Where to write the model.
    #[arg(
        long,
        default_value = "crates/newslens-sentiment/data/target_model.tsv"
    )]
    pub out: PathBuf,
}

/// Runs the training.
pub fn run(args: &Args) -> Result<()> {
    let read = |set: &str, kind: &str| {
        let path = args.data.join(format!("{set}.{kind}.jsonl"));
        std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
    };
    let config = shipped_train_config();
    let entities = EntitiesAnalyzer::create(Options::empty("entities"))?;
    let rules_only = SentimentAnalyzer::new(Settings {
        target_model: false,
        ..Settings::default()
    });
    let (model, margins) = train_target_model(
        &rules_only,
        &read("newsmtsc-train", "articles")?,
        &read("newsmtsc-train", "gold")?,
        &config,
        &|doc, _| entities.entities(doc),
    )
    .map_err(|e| anyhow::anyhow!(e))?;
    let (margin, margin_f1) = best_margin(&margins);
    crate::outln!(
        "neutral margin, out-of-fold macro-F1 on NewsMTSC train ({MARGIN_FOLDS} folds, end to end):"
    )?;
    for (m, f1) in &margins {
        crate::outln!(
            "  {m:.2}  {f1:.4}{}",
            if *m == margin { "  <- chosen" } else { "" }
        )?;
    }
    let mut figures = Vec::new();
    let tsv_draft = model.to_tsv("");
    let analyzer = SentimentAnalyzer::with_target_model(Settings::default(), &tsv_draft)
        .map_err(|e| anyhow::anyhow!(e))?;
    for set in ["newsmtsc-rw-dev", "newsmtsc-mt-dev"] {
        let f = evaluate_set(&analyzer, &read(set, "articles")?, &read(set, "gold")?)
            .map_err(|e| anyhow::anyhow!(e))?;
        crate::outln!("{}", f.summary())?;
        figures.push(f.summary());
    }
    let header = format!(
        "newslens sentiment target model: multinomial logistic regression over rule evidence and\n\
         context words, trained by `newslens train sentiment` on NewsMTSC train (MIT, Hamborg &\n\
         Donnay 2021), {config:?}.\nNeutral margin {margin} chosen by {MARGIN_FOLDS}-fold cross-validation on NewsMTSC train, end to end\n\
         (entities analyzer; out-of-fold macro-F1 {margin_f1:.4}; margins 0 to 0.2 by 0.01).\nFigures with oracle targets:\n{}",
        figures.join("\n")
    );
    std::fs::write(&args.out, model.to_tsv(&header))
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    crate::outln!("wrote {}", args.out.display())?;
    Ok(())
}
