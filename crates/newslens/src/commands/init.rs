//! `newslens init`: write a commented analyzers.toml with every built-in analyzer.

use crate::config::{json_to_toml_literal, CONFIG_FILE};
use crate::registry;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `newslens init`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder to write analyzers.toml into (default: the current folder).
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Overwrite an existing analyzers.toml.
    #[arg(long)]
    pub force: bool,
}

/// The text of a default analyzers.toml.
pub fn default_config_text() -> String {
    let mut out = String::from(
        "# newslens project configuration.\n\
         # Each [analyzers.NAME] table enables an analyzer; `enabled = false` keeps it listed\n\
         # without running it. Options not given take the defaults shown here.\n\
         # A custom analyzer (plugin) is a table with `plugin = \"path/to/libNAME.so\"`.\n\n\
         [run]\n\
         # Worker threads; 0 = every core.\n\
         jobs = 0\n\
         # Largest article accepted, in bytes; larger ones get an error record.\n\
         max_article_bytes = 16777216\n",
    );
    for factory in registry::builtins() {
        let info = (factory.info)();
        out.push_str(&format!(
            "\n# {} {}: {}\n",
            info.name, info.version, info.description
        ));
        if !info.requires.is_empty() {
            out.push_str(&format!("# requires: {}\n", info.requires.join(", ")));
        }
        out.push_str(&format!("[analyzers.{}]\n", info.name));
        for option in &info.options {
            out.push_str(&format!("# {}\n", option.doc));
            let literal = json_to_toml_literal(&option.default);
            if option.default.is_null() {
                out.push_str(&format!("# {} = {literal}\n", option.key));
            } else {
                out.push_str(&format!("{} = {literal}\n", option.key));
            }
        }
    }
    out
}

/// Writes analyzers.toml.
pub fn main(args: Args) -> Result<ExitCode> {
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join(CONFIG_FILE);
    if path.exists() && !args.force {
        bail!(
            "{} already exists; use --force to overwrite it",
            path.display()
        );
    }
    std::fs::write(&path, default_config_text())
        .with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(ExitCode::SUCCESS)
}
