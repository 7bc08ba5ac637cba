//! `newslens run`: the batch job.

use super::EngineArgs;
use crate::read::InputArg;
use crate::run::{run, RunOptions};
use anyhow::{bail, Result};
use std::path::PathBuf;
use std::process::ExitCode;

/// Default limit on one article's size.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 16 << 20;

/// Arguments of `newslens run`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files and folders to read (recursively; hidden entries skipped), or `-` for JSON
    /// Lines on standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// The configuration and analyzer selection.
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Write the JSON Lines here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Keep the records already in --output and skip their articles.
    #[arg(long, requires = "output")]
    pub resume: bool,
    /// Worker threads (default: every core).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Add the analyzed text to each record (`"text"`).
    #[arg(long)]
    pub include_text: bool,
    /// Largest article accepted, in bytes (default 16 MiB).
    #[arg(long, value_name = "BYTES")]
    pub max_article_bytes: Option<u64>,
    /// No progress bar and no summary.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Runs the batch job.
pub fn main(args: Args) -> Result<ExitCode> {
    let (config, engine) = args.engine.engine()?;
    let jobs = args
        .jobs
        .or(config.run.jobs.filter(|j| *j > 0))
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if jobs == 0 {
        bail!("--jobs must be at least 1");
    }
    let max_article_bytes = args
        .max_article_bytes
        .or(config.run.max_article_bytes)
        .unwrap_or(DEFAULT_MAX_ARTICLE_BYTES);
    let summary = run(
        &engine,
        RunOptions {
            inputs: args.paths.iter().map(|p| InputArg::parse(p)).collect(),
            output: args.output,
            resume: args.resume,
            jobs,
            include_text: args.include_text,
            max_article_bytes,
            progress: !args.quiet,
        },
    )?;
    if !args.quiet {
        eprint!("{}", summary.render());
    }
    Ok(if summary.articles_with_errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
