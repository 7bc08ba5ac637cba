//! `newslens eval`: score an analyzer against a gold set and print its figures.

use anyhow::Result;
use std::process::ExitCode;

pub mod sentences;

/// The gold sets newslens can score itself on.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Sentence and paragraph boundaries of the text layer against a gold file.
    Sentences(sentences::Args),
}

/// Runs one evaluation.
pub fn main(command: EvalCommand) -> Result<ExitCode> {
    match command {
        EvalCommand::Sentences(args) => sentences::run(&args)?,
    }
    Ok(ExitCode::SUCCESS)
}
