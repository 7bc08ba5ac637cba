//! Loading plugin analyzers named in `analyzers.toml`.

use crate::config::AnalyzerEntry;
use anyhow::{bail, Result};
use newslens_core::{AnalyzerInfo, AnalyzerInstance};
use std::path::Path;

/// Loads the plugin of `entry` from `path`, returning its manifest and a live instance
/// created from the entry's options.
pub fn load(
    entry: &AnalyzerEntry,
    path: &Path,
) -> Result<(AnalyzerInfo, Box<dyn AnalyzerInstance>)> {
    bail!(
        "{}: analyzer `{}` is a plugin ({}), and this build of newslens cannot load plugins yet",
        entry.location,
        entry.name,
        path.display()
    )
}
