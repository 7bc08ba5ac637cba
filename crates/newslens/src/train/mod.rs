//! `newslens train`: fit the learned parts of the analyzers from development data.

pub mod quote;
pub mod sentiment;
pub mod sentiment_documents;
pub mod stance;

use anyhow::Result;
use std::process::ExitCode;

/// The learned components that can be trained.
#[derive(clap::Subcommand, Debug)]
pub enum TrainCommand {
    /// The quote analyzer's learned cue model (PolNeAR train).
    Quote(quote::Args),
    /// The sentiment analyzer's entity-level target model (NewsMTSC train).
    Sentiment(sentiment::Args),
    /// The sentiment analyzer's document calibration (rated snippets, default nyt-dev).
    SentimentDocuments(sentiment_documents::Args),
    /// The stance model (IDF table and both logistic regressions) from labelled pairs.
    Stance(stance::Args),
}

/// Runs one training.
pub fn main(command: TrainCommand) -> Result<ExitCode> {
    match command {
        TrainCommand::Quote(args) => quote::run(&args)?,
        TrainCommand::Sentiment(args) => sentiment::run(&args)?,
        TrainCommand::SentimentDocuments(args) => sentiment_documents::run(&args)?,
        TrainCommand::Stance(args) => stance::run(&args)?,
    }
    Ok(ExitCode::SUCCESS)
}
