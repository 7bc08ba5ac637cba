//! `new_plugin` writes a crate that builds, passes its own test, and loads as it is.

mod common;

use common::{doc, json_of};
use newslens_core::Outputs;
use newslens_plugin::{load_plugin, new_plugin, SdkSource};
use serde_json::json;
use std::path::Path;
use std::process::Command;

#[test]
fn scaffolded_plugin_builds_tests_and_loads() {
    let parent = std::env::temp_dir().join(format!("nl-scaffold-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&parent);
    std::fs::create_dir_all(&parent).unwrap();
    let made = new_plugin(&parent, "sentence-stats", &SdkSource::detect()).unwrap();
    assert!(!made.in_workspace);
    let toml = std::fs::read_to_string(made.dir.join("Cargo.toml")).unwrap();
    assert!(toml.contains("newslens-plugin = { path = "), "{toml}");

    // Reuse the workspace's lock file (same dependency versions, no registry lookup)
    // and a shared target folder, so repeated runs are quick.
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::copy(workspace.join("Cargo.lock"), made.dir.join("Cargo.lock")).unwrap();
    let target = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .join("../../scaffold-test");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    for args in [&["build"][..], &["test", "--quiet"][..]] {
        let status = Command::new(&cargo)
            .args(args)
            .arg("--manifest-path")
            .arg(made.dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", &target)
            .status()
            .unwrap();
        assert!(
            status.success(),
            "cargo {args:?} failed in the scaffolded crate"
        );
    }

    let library = target
        .join("debug")
        .join(newslens_plugin::library_file_name("sentence-stats"));
    assert_eq!(made.library.file_name(), library.file_name());
    let (info, analyzer) = load_plugin(&library, &json!({"long_sentence": 4})).unwrap();
    assert_eq!(info.name, "sentence-stats");
    let out = json_of(
        analyzer
            .analyze(
                &doc("a", "Kim met Trump. The talks in Hanoi ended early."),
                &Outputs::new(),
            )
            .unwrap(),
    );
    assert_eq!(out["words"], 9);
    assert_eq!(
        out["long_sentences"],
        json!([{"start": 15, "end": 46, "words": 6}])
    );
    std::fs::remove_dir_all(&parent).unwrap();
}
