//! `newslens train`: fit the learned parts of the analyzers from development data.

mod stance;

use anyhow::Result;
use std::process::ExitCode;

/// The learned components that can be trained.
#[derive(clap::Subcommand, Debug)]
pub enum TrainCommand {
    /// The stance model (IDF table and both logistic regressions) from labelled pairs.
    Stance(stance::Args),
}

/// Runs one training.
pub fn main(command: TrainCommand) -> Result<ExitCode> {
    match command {
        TrainCommand::Stance(args) => stance::run(&args).map(|()| ExitCode::SUCCESS),
    }
}
