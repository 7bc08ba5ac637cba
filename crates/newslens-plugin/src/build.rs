//! Building plugin packages from tests and benchmarks: `cargo build` of some packages of
//! a workspace into the target folder and profile of the running test, so the test finds
//! the plugin libraries (and `newslens-plugin-host`) beside its own binaries.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The profile folder (`target/<profile>`) of an executable built by cargo: its own
/// folder, or the parent of `deps/` for test and bench binaries.
pub fn profile_dir_of(exe: &Path) -> PathBuf {
    let folder = exe.parent().unwrap_or(Path::new("."));
    if folder.file_name().is_some_and(|name| name == "deps") {
        folder.parent().unwrap_or(folder).to_path_buf()
    } else {
        folder.to_path_buf()
    }
}

/// The profile folder of the running test or benchmark binary.
pub fn current_profile_dir() -> PathBuf {
    profile_dir_of(&std::env::current_exe().expect("the running executable"))
}

/// Runs `cargo build -p <package>…` for the workspace of `manifest` (its `Cargo.toml`)
/// into the target folder and profile of `profile_dir` (`target/debug`,
/// `target/release`…); returns `profile_dir`, where the libraries now are.
///
/// Panics with the packages named when cargo fails: this is for tests and benchmarks.
pub fn build_packages(manifest: &Path, profile_dir: &Path, packages: &[&str]) -> PathBuf {
    let target = profile_dir.parent().expect("a target/<profile> folder");
    let profile = profile_dir
        .file_name()
        .and_then(|p| p.to_str())
        .unwrap_or("debug");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--quiet", "--manifest-path"])
        .arg(manifest)
        .arg("--target-dir")
        .arg(target);
    match profile {
        "debug" => {}
        "release" => {
            cmd.arg("--release");
        }
        other => {
            cmd.args(["--profile", other]);
        }
    }
    for package in packages {
        cmd.args(["-p", package]);
    }
    let status = cmd.status().expect("run cargo build");
    assert!(status.success(), "cargo build of {packages:?} failed");
    profile_dir.to_path_buf()
}
