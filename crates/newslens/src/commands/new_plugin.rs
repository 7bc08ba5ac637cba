//! `newslens new-plugin NAME`: scaffold a custom analyzer crate, and the hidden
//! `newslens plugin-host` that runs a plugin in its own process.

use anyhow::{anyhow, Result};
use newslens_plugin::SdkSource;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `newslens new-plugin`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The plugin's name (lower-case letters, digits and `-`), also its folder's name.
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The folder to create it in (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Depend on the newslens crates of this source checkout (default: the checkout this
    /// binary was built from, when it still exists; else their registry version).
    #[arg(long, value_name = "DIR")]
    pub sdk_path: Option<PathBuf>,
}

/// Writes the crate and says how to build and enable it.
pub fn main(args: Args) -> Result<ExitCode> {
    let parent = args.dir.unwrap_or_default();
    let sdk = match args.sdk_path {
        Some(path) => SdkSource::Path(
            path.canonicalize()
                .map_err(|e| anyhow!("--sdk-path {}: {e}", path.display()))?,
        ),
        None => SdkSource::detect(),
    };
    let made = newslens_plugin::new_plugin(&parent, &args.name, &sdk).map_err(|e| anyhow!(e))?;
    let name = &args.name;
    let build = if made.in_workspace {
        format!("cargo build --release -p {name}")
    } else {
        format!(
            "cargo build --release --manifest-path {}",
            made.dir.join("Cargo.toml").display()
        )
    };
    crate::outln!("Created {}", made.dir.display())?;
    crate::outln!("Build it:\n    {build}")?;
    crate::outln!(
        "Enable it in analyzers.toml (the path is relative to that file):\n    [analyzers.{name}]\n    plugin = \"{}\"",
        made.dir.join(&made.library).display()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Arguments of the hidden `newslens plugin-host`.
#[derive(clap::Args, Debug)]
pub struct HostArgs {
    /// The plugin library to serve.
    #[arg(long, value_name = "PATH")]
    pub library: PathBuf,
}

/// Serves one plugin over JSON Lines on standard input and output.
pub fn host(args: HostArgs) -> Result<ExitCode> {
    let code = newslens_plugin::run_plugin_host(&args.library);
    Ok(ExitCode::from(u8::try_from(code).unwrap_or(1)))
}
