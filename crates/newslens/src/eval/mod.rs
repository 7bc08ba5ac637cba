//! `newslens eval`: score an analyzer against a gold set and print its figures.

use anyhow::Result;
use std::process::ExitCode;

/// The gold sets newslens can score itself on.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {}

/// Runs one evaluation.
pub fn main(command: EvalCommand) -> Result<ExitCode> {
    match command {}
}
