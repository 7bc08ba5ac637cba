//! `newslens analyzers`: what can run, with versions, requirements and options.

use super::EngineArgs;
use crate::config::{json_to_toml_literal, AnalyzerSource};
use crate::plugins;
use crate::registry;
use anyhow::Result;
use newslens_core::AnalyzerInfo;
use std::process::ExitCode;

/// Arguments of `newslens analyzers`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The configuration file (default: analyzers.toml in this folder or a parent).
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
}

fn describe(info: &AnalyzerInfo, origin: &str, enabled: bool) -> String {
    let mut out = format!(
        "{} {} ({origin}{})\n  {}\n",
        info.name,
        info.version,
        if enabled { ", enabled" } else { "" },
        info.description
    );
    if !info.requires.is_empty() {
        out.push_str(&format!("  requires: {}\n", info.requires.join(", ")));
    }
    if !info.uses_if_enabled.is_empty() {
        out.push_str(&format!(
            "  uses when enabled: {}\n",
            info.uses_if_enabled.join(", ")
        ));
    }
    for option in &info.options {
        out.push_str(&format!(
            "  {} = {}  # {}\n",
            option.key,
            json_to_toml_literal(&option.default),
            option.doc
        ));
    }
    out
}

/// Prints the list.
pub fn main(args: Args) -> Result<ExitCode> {
    let engine_args = EngineArgs {
        config: args.config,
        analyzers: None,
    };
    let config = engine_args.load_config()?;
    let default_all = config.analyzers.is_empty();
    for factory in registry::builtins() {
        let info = (factory.info)();
        let enabled = default_all || config.entry(&info.name).is_some_and(|e| e.enabled);
        crate::out!("{}", describe(&info, "built-in", enabled))?;
    }
    for entry in &config.analyzers {
        if let AnalyzerSource::Plugin(path) = &entry.source {
            match plugins::load(entry, path) {
                Ok((info, _)) => crate::out!(
                    "{}",
                    describe(&info, &format!("plugin {}", path.display()), entry.enabled)
                )?,
                Err(e) => crate::outln!(
                    "{} (plugin {}): cannot load: {e:#}",
                    entry.name,
                    path.display()
                )?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
