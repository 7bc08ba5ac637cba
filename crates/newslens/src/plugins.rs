//! Loading plugin analyzers named in `analyzers.toml` (see the newslens-plugin crate):
//! in this process, or in child processes running this binary's hidden `plugin-host`
//! subcommand when the table says `isolation = "process"`.

use crate::config::AnalyzerEntry;
use anyhow::{anyhow, Result};
use newslens_core::{AnalyzerInfo, AnalyzerInstance};
use newslens_plugin::{HostCommand, PluginError, PluginSpec};
use std::path::Path;

/// Loads the plugin of `entry` from `path`, returning its manifest and a live instance
/// created from the entry's options. The analyzer takes the name of its table, so one
/// plugin can be configured twice under two names.
pub fn load(
    entry: &AnalyzerEntry,
    path: &Path,
) -> Result<(AnalyzerInfo, Box<dyn AnalyzerInstance>)> {
    let at = |key: Option<&str>| {
        key.and_then(|k| entry.key_locations.get(k))
            .unwrap_or(&entry.location)
            .clone()
    };
    let spec = PluginSpec::new(&entry.name, path.to_path_buf(), &entry.options)
        .map_err(|e| anyhow!("{}: {e}", at(e.key.as_deref())))?;
    let loaded = spec.load(HostCommand::current_exe).map_err(|e| match e {
        PluginError::Config(c) => anyhow!("{}: {c}", at(c.key.as_deref())),
        other => anyhow!("{}: analyzer `{}`: {other}", entry.location, entry.name),
    })?;
    let mut info = loaded.info;
    info.name = entry.name.clone();
    Ok((info, loaded.instance))
}
