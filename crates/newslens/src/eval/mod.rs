//! `newslens eval`: score an analyzer against a gold set and print its figures.

pub mod date;

use anyhow::Result;
use std::process::ExitCode;

/// The gold sets newslens can score itself on.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Date analyzer on TimeML folders (TempEval-3 Task A timex figures).
    Date(date::Args),
}

/// Runs one evaluation.
pub fn main(command: EvalCommand) -> Result<ExitCode> {
    match command {
        EvalCommand::Date(args) => date::run(&args).map(|()| ExitCode::SUCCESS),
    }
}
