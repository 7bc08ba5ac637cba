//! `newslens eval`: score an analyzer against a gold set and print its figures.

pub mod sentiment;

use anyhow::Result;
use std::process::ExitCode;

/// The gold sets newslens can score itself on.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Sentiment: document sets (r, rho, acc, macro-F1) and NewsMTSC targets (F1m).
    Sentiment(sentiment::Args),
}

/// Runs one evaluation.
pub fn main(command: EvalCommand) -> Result<ExitCode> {
    match command {
        EvalCommand::Sentiment(args) => sentiment::run(&args).map(|()| ExitCode::SUCCESS),
    }
}
