//! One module per subcommand.

pub mod analyze;
pub mod bench;
pub mod export;
pub mod init;
pub mod list;
pub mod new_plugin;
pub mod run;

use crate::config::Config;
use crate::engine::Engine;
use anyhow::Result;
use std::path::PathBuf;

/// Options shared by the commands that run analyzers.
#[derive(clap::Args, Debug, Clone)]
pub struct EngineArgs {
    /// The configuration file (default: analyzers.toml in this folder or a parent).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Run only these analyzers (comma-separated), plus what they require.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub analyzers: Option<Vec<String>>,
}

impl EngineArgs {
    /// Loads the configuration: `--config`, else the nearest analyzers.toml, else defaults.
    pub fn load_config(&self) -> Result<Config> {
        match &self.config {
            Some(path) => Config::load(path),
            None => match Config::discover(&std::env::current_dir()?) {
                Some(path) => Config::load(&path),
                None => Ok(Config::default()),
            },
        }
    }

    /// Loads the configuration and builds the engine.
    pub fn engine(&self) -> Result<(Config, Engine)> {
        let config = self.load_config()?;
        let engine = Engine::build(&config, self.analyzers.as_deref())?;
        Ok((config, engine))
    }
}
