//! `newslens eval`: score an analyzer against a gold set and print its figures.

pub mod date;
pub mod quote;
pub mod sentences;
pub mod sentiment;
pub mod stance;

use anyhow::Result;
use std::process::ExitCode;

/// The gold sets newslens can score itself on.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Quotes: PolNeAR (brat) or contract-shape gold; the measures of shared/eval/quotes/score.py.
    Quote(quote::Args),
    /// Sentence and paragraph boundaries of the text layer against a gold file.
    Sentences(sentences::Args),
    /// Date analyzer on TimeML folders (TempEval-3 Task A timex figures).
    Date(date::Args),
    /// Sentiment: document sets (r, rho, acc, macro-F1) and NewsMTSC targets (F1m).
    Sentiment(sentiment::Args),
    /// Stance: FNC-1 dev split, Emergent and GWSD (cross-validated by claim), or your own pairs.
    Stance(stance::Args),
}

/// Runs one evaluation.
pub fn main(command: EvalCommand) -> Result<ExitCode> {
    match command {
        EvalCommand::Quote(args) => quote::run(&args)?,
        EvalCommand::Sentences(args) => sentences::run(&args)?,
        EvalCommand::Date(args) => date::run(&args)?,
        EvalCommand::Sentiment(args) => sentiment::run(&args)?,
        EvalCommand::Stance(args) => stance::run(&args)?,
    }
    Ok(ExitCode::SUCCESS)
}
