//! Test helpers: build the workspace's plugins (once per test binary) into the same
//! target folder and profile as the tests, and find their libraries.

#![allow(dead_code)]

use newslens_core::{AnalyzerOutput, Article, Document};
use newslens_plugin::build::{build_packages, current_profile_dir};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The plugin packages the tests use.
pub const PLUGINS: [&str; 4] = [
    "keywords",
    "test-faults",
    "test-wrong-abi",
    "test-not-a-plugin",
];

/// Builds the test plugins once and returns the folder holding their libraries.
pub fn plugin_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        build_packages(
            &workspace.join("Cargo.toml"),
            &current_profile_dir(),
            &PLUGINS,
        )
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
