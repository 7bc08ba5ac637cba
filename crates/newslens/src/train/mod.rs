//! `newslens train`: fit the learned parts of the analyzers from development data.

use anyhow::Result;
use std::process::ExitCode;

/// The learned components that can be trained.
#[derive(clap::Subcommand, Debug)]
pub enum TrainCommand {}

/// Runs one training.
pub fn main(command: TrainCommand) -> Result<ExitCode> {
    match command {}
}
