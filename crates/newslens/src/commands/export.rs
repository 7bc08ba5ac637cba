//! `newslens export timeml`: the date analyzer's output as TimeML files, one per
//! article, for users of TimeML tools. The text inside `<TEXT>` is the article text
//! byte for byte, with `<TIMEX3>` tags added.

use super::EngineArgs;
use crate::read::{parse_item, InputArg, InputWalker};
use anyhow::{bail, Context, Result};
use newslens_core::Document;
use std::path::PathBuf;
use std::process::ExitCode;

/// Export formats.
#[derive(clap::Subcommand, Debug)]
pub enum ExportCommand {
    /// One TimeML (.tml) file per article with the date analyzer's TIMEX3 tags.
    Timeml(TimemlArgs),
}

/// Arguments of `newslens export timeml`.
#[derive(clap::Args, Debug)]
pub struct TimemlArgs {
    /// Files and folders to read, or `-` for JSON Lines on standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Folder to write `<id>.tml` files into (created if missing).
    #[arg(short, long, value_name = "DIR")]
    pub out: PathBuf,
    /// The configuration file (its `[analyzers.date]` options apply).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Runs an export.
pub fn main(command: ExportCommand) -> Result<ExitCode> {
    let ExportCommand::Timeml(args) = command;
    let engine_args = EngineArgs {
        config: args.config.clone(),
        analyzers: Some(vec!["date".to_string()]),
    };
    let (_, engine) = engine_args.engine()?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let inputs = args.paths.iter().map(|p| InputArg::parse(p)).collect();
    let (mut written, mut failed) = (0usize, 0usize);
    for item in InputWalker::new(inputs, super::run::DEFAULT_MAX_ARTICLE_BYTES) {
        let source = item.source.clone();
        let parsed = match parse_item(item) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{source}: skipped: {e}");
                failed += 1;
                continue;
            }
        };
        let doc = Document::new(parsed.article);
        let (outputs, errors, _) = engine.analyze(&doc);
        let Some(date) = outputs.get("date").and_then(|o| o.as_date()) else {
            let why = errors
                .first()
                .map_or("no date output".to_string(), |e| e.message.clone());
            eprintln!("{source}: skipped: {why}");
            failed += 1;
            continue;
        };
        let tml = newslens_date::timeml::to_timeml_document(
            doc.text(),
            date.reference.date.as_deref(),
            &date.mentions,
        );
        let name: String = doc
            .article()
            .id
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let path = args.out.join(format!("{name}.tml"));
        std::fs::write(&path, tml).with_context(|| format!("cannot write {}", path.display()))?;
        written += 1;
    }
    eprintln!(
        "wrote {written} TimeML files to {}{}",
        args.out.display(),
        if failed > 0 {
            format!(" ({failed} articles skipped)")
        } else {
            String::new()
        }
    );
    if written == 0 && failed == 0 {
        bail!("no article found under {}", args.paths.join(", "));
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
