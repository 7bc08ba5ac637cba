//! `newslens eval`: score an analyzer against a gold set and print its figures.

mod stance;

use anyhow::Result;
use std::process::ExitCode;

/// The gold sets newslens can score itself on.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Stance: FNC-1 dev split, Emergent and GWSD (cross-validated by claim), or your own pairs.
    Stance(stance::Args),
}

/// Runs one evaluation.
pub fn main(command: EvalCommand) -> Result<ExitCode> {
    match command {
        EvalCommand::Stance(args) => stance::run(&args).map(|()| ExitCode::SUCCESS),
    }
}
