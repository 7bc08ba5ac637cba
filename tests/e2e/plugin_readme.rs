//! The "Writing a custom analyzer" walkthrough of the workspace README.md,
//! run as written: every `sh` block of that section in order, in a fresh folder, with
//! this build's `newslens` first on the PATH; the record it prints must equal the
//! README's `json` block.

use crate::{root, temp_dir};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The fenced blocks (`lang`, body) of the README section `heading`.
fn section_blocks(readme: &str, heading: &str) -> Vec<(String, String)> {
    let start = readme
        .find(heading)
        .unwrap_or_else(|| panic!("no `{heading}` section"));
    let rest = &readme[start + heading.len()..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    let mut blocks = Vec::new();
    let mut lines = rest[..end].lines();
    while let Some(line) = lines.next() {
        if let Some(lang) = line.trim_start().strip_prefix("```") {
            let body: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
            blocks.push((lang.trim().to_string(), body.join("\n") + "\n"));
        }
    }
    blocks
}

#[test]
fn writing_a_custom_analyzer_walkthrough() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks = section_blocks(&readme, "## Writing a custom analyzer");
    let scripts: Vec<&String> = blocks
        .iter()
        .filter(|(l, _)| l == "sh")
        .map(|(_, b)| b)
        .collect();
    let expected: Value = blocks
        .iter()
        .find(|(l, _)| l == "json")
        .map(|(_, b)| serde_json::from_str(b).expect("the README's json block parses"))
        .expect("a json block with the expected record");
    assert!(scripts[0].contains("newslens new-plugin"), "{}", scripts[0]);

    let dir = temp_dir("plugin-readme");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_newslens"))
        .parent()
        .unwrap()
        .to_path_buf();
    let cargo = PathBuf::from(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    let mut path = vec![bin_dir.clone()];
    path.extend(cargo.parent().map(Path::to_path_buf));
    path.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let path = std::env::join_paths(path).unwrap();

    for (i, script) in scripts.iter().enumerate() {
        let out = Command::new("bash")
            .args(["-euo", "pipefail", "-c", script])
            .current_dir(&dir)
            .env("PATH", &path)
            // the walkthrough's plugin path is the crate's own target folder, where cargo
            // builds unless a shared target folder is set for the workspace under test
            .env_remove("CARGO_TARGET_DIR")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README block {i} failed:\n{script}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if i == 0 {
            // Not part of the walkthrough, only to keep repeated test runs quick: the new
            // crate's target folder is kept between runs, and it builds with the
            // workspace's locked dependency versions (no registry lookup).
            let crate_dir = std::fs::read_dir(&dir)
                .unwrap()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .find(|p| p.join("Cargo.toml").is_file())
                .expect("new-plugin made a crate");
            let cache = bin_dir.parent().unwrap().join("readme-walkthrough");
            std::fs::create_dir_all(&cache).unwrap();
            std::os::unix::fs::symlink(&cache, crate_dir.join("target")).unwrap();
            std::fs::copy(root().join("Cargo.lock"), crate_dir.join("Cargo.lock")).unwrap();
        }
    }
    let output = std::fs::read_to_string(dir.join("out.jsonl")).unwrap();
    let record: Value = serde_json::from_str(output.lines().next().unwrap()).unwrap();
    assert_eq!(record, expected);
}
