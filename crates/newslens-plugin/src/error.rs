//! Why a plugin could not be loaded, each with what to do about it.

use newslens_core::ConfigError;
use std::path::PathBuf;
use thiserror::Error;

/// A plugin that cannot be used. Every message names the library and says how to fix it.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PluginError {
    /// No file at the library path.
    #[error("plugin library `{}` does not exist; build it first (for example `cargo build --release -p {package}`) and check the `plugin` path in analyzers.toml, which is relative to the analyzers.toml that names it", path.display())]
    LibraryMissing {
        /// The path looked for.
        path: PathBuf,
        /// The package that probably builds it (from the file name).
        package: String,
    },
    /// The dynamic loader refused the file.
    #[error("cannot load plugin library `{}`: {reason} (is it a shared library built for this platform?)", path.display())]
    OpenFailed {
        /// The library.
        path: PathBuf,
        /// The loader's message.
        reason: String,
    },
    /// The library has no entry symbol.
    #[error("`{}` is not a newslens plugin: it exports no `newslens_plugin_entry` symbol; a plugin is a `cdylib` crate whose lib.rs calls `newslens_plugin::export_analyzer!(YourAnalyzer);` (start one with `newslens new-plugin NAME`)", path.display())]
    NotAPlugin {
        /// The library.
        path: PathBuf,
    },
    /// The plugin was built for another ABI version.
    #[error("plugin `{}` was built for newslens plugin ABI version {plugin} but this newslens speaks version {host}; rebuild the plugin against newslens-plugin {sdk} (update its `newslens-plugin` dependency, then `cargo build --release`)", path.display())]
    AbiMismatch {
        /// The library.
        path: PathBuf,
        /// The plugin's ABI version.
        plugin: u32,
        /// This host's ABI version.
        host: u32,
        /// This host's `newslens-plugin` version.
        sdk: String,
    },
    /// Same ABI version, different table size: a broken or hand-made table.
    #[error("plugin `{}` has a function table of {plugin} bytes where ABI version {abi} has {host}; rebuild it against newslens-plugin {sdk}", path.display())]
    TableSizeMismatch {
        /// The library.
        path: PathBuf,
        /// ABI version both sides claim.
        abi: u32,
        /// The plugin's table size.
        plugin: u32,
        /// This host's table size.
        host: u32,
        /// This host's `newslens-plugin` version.
        sdk: String,
    },
    /// The manifest is missing, unreadable or inconsistent.
    #[error("plugin `{}` has an invalid manifest: {reason}", path.display())]
    InvalidManifest {
        /// The library.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The analyzer refused its options (or panicked while creating), or a host key
    /// (`plugin`, `isolation`, `timeout_ms`) is wrong.
    #[error("{0}")]
    Config(ConfigError),
    /// The plugin host process could not be started.
    #[error("cannot start the plugin host process `{program}`: {reason}")]
    Spawn {
        /// The program run.
        program: String,
        /// Why it failed.
        reason: String,
    },
    /// The plugin host process reported a problem or died while starting.
    #[error("plugin `{}` (in its own process): {message}", path.display())]
    Child {
        /// The library.
        path: PathBuf,
        /// What the child said.
        message: String,
    },
}

impl PluginError {
    /// This error as a configuration error of analyzer `name` (what the runner reports
    /// before any work starts).
    pub fn into_config_error(self, name: &str) -> ConfigError {
        match self {
            PluginError::Config(e) => e,
            other => ConfigError::analyzer(name, other.to_string()),
        }
    }
}
