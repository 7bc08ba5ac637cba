//! Proof that the plugin ABI is enough for a real analyzer: the built-in sentiment
//! analyzer, built as a plugin (`plugins/sentiment-plugin`) through the same SDK as any
//! custom analyzer, gives exactly the built-in's records on every example article — in
//! process and in a child process.

use crate::{newslens, records, root, stderr, temp_dir};
use newslens_plugin::build::{build_packages, profile_dir_of};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Builds the sentiment plugin in the binary's target folder and profile.
fn sentiment_plugin() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_newslens"));
    build_packages(
        &root().join("Cargo.toml"),
        &profile_dir_of(bin),
        &["sentiment-plugin"],
    )
    .join(newslens_plugin::library_file_name("sentiment-plugin"))
}

/// Runs sentiment (and the entities it requires) over the example articles with
/// `sentiment_table` as its configuration; returns the records.
fn run(name: &str, sentiment_table: &str) -> Vec<Value> {
    let dir = temp_dir(name);
    std::fs::write(
        dir.join("analyzers.toml"),
        format!("[analyzers.entities]\n\n[analyzers.sentiment]\n{sentiment_table}"),
    )
    .unwrap();
    let examples = root().join("examples/articles");
    let sample = root().join("../shared/articles/nk-denuclearization.txt");
    let mut args = vec!["run", "-q", examples.to_str().unwrap()];
    if sample.is_file() {
        args.push(sample.to_str().unwrap());
    }
    let out = newslens(&dir, &args);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    records(&out.stdout)
}

#[test]
fn sentiment_as_a_plugin_equals_the_built_in() {
    let library = sentiment_plugin();
    let built_in = run("proof-built-in", "");
    assert!(built_in.len() >= 6, "every example article");
    let scored = built_in
        .iter()
        .filter(|r| {
            r["analyzers"]["sentiment"]["sentences"]
                .as_array()
                .is_some_and(|s| !s.is_empty())
        })
        .count();
    assert_eq!(scored, built_in.len(), "the built-in scored every article");
    let with_entities = built_in
        .iter()
        .filter(|r| {
            r["analyzers"]["sentiment"]["entities"]
                .as_array()
                .is_some_and(|e| !e.is_empty())
        })
        .count();
    assert!(
        with_entities >= 3,
        "entity sentiment (from the typed entities input) is compared too"
    );
    for isolation in ["in-process", "process"] {
        let plugin = run(
            &format!("proof-{isolation}"),
            &format!("plugin = {library:?}\nisolation = \"{isolation}\"\n"),
        );
        assert_eq!(plugin.len(), built_in.len());
        for (p, b) in plugin.iter().zip(&built_in) {
            assert_eq!(p, b, "{isolation}: record {} differs", b["id"]);
        }
    }
}
