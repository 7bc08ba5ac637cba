//! `newslens eval`: score an analyzer against a gold set and print its figures.

pub mod quote;

use anyhow::Result;
use std::process::ExitCode;

/// The gold sets newslens can score itself on.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Quotes: PolNeAR (brat) or contract-shape gold; the measures of shared/eval/quotes/score.py.
    Quote(quote::Args),
}

/// Runs one evaluation.
pub fn main(command: EvalCommand) -> Result<ExitCode> {
    match command {
        EvalCommand::Quote(args) => quote::run(&args).map(|()| ExitCode::SUCCESS),
    }
}
