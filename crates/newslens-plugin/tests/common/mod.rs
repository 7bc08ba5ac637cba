//! Test helpers: build the workspace's plugins (once per test binary) into the same
//! target folder and profile as the tests, and find their libraries.

#![allow(dead_code)]

use newslens_core::{AnalyzerOutput, Article, Document};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The plugin packages the tests use.
pub const PLUGINS: [&str; 4] = [
    "keywords",
    "test-faults",
    "test-wrong-abi",
    "test-not-a-plugin",
];

/// The profile folder (`target/debug`) the running test binary was built in.
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    // target/<profile>/deps/<test binary>
    exe.parent()
        .and_then(Path::parent)
        .expect("test binary inside target/<profile>/deps")
        .to_path_buf()
}

/// Builds the test plugins once and returns the folder holding their libraries.
pub fn plugin_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = profile_dir();
        let target = dir.parent().expect("target folder");
        let profile = dir.file_name().and_then(|p| p.to_str()).unwrap_or("debug");
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
        let mut cmd = Command::new(cargo);
        cmd.arg("build")
            .arg("--quiet")
            .arg("--manifest-path")
            .arg(workspace.join("Cargo.toml"))
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
        for p in PLUGINS {
            cmd.args(["-p", p]);
        }
        let status = cmd.status().expect("run cargo build for the test plugins");
        assert!(status.success(), "building the test plugins failed");
        dir
    })
}

/// The library of plugin package `package` (built on first use).
pub fn plugin(package: &str) -> PathBuf {
    plugin_dir().join(newslens_plugin::library_file_name(package))
}

/// A document with `id` and `text`.
pub fn doc(id: &str, text: &str) -> Document {
    Document::new(Article::new(id, text))
}

/// The JSON of a custom output.
pub fn json_of(output: AnalyzerOutput) -> serde_json::Value {
    match output {
        AnalyzerOutput::Custom(v) => v,
        other => panic!("expected a custom output, got {other:?}"),
    }
}

/// The example article shipped with the shared folder, if present.
pub fn sample_article() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/articles/nk-denuclearization.txt");
    std::fs::read_to_string(path).ok()
}
