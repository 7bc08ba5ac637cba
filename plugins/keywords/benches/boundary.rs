//! The per-article cost of the plugin boundary: the keywords analyzer linked, loaded
//! as a plugin in process, and run in a child process, over the Reuters-21578 articles
//! of ../shared/data/corpus (or the sample article when that folder is absent).
//!
//! `cargo bench -p keywords --bench boundary`

use keywords::Keywords;
use newslens_core::{Analyzer, Article, Document, Options, Outputs};
use newslens_plugin::bench::{breakdown, report, time_analyzer};
use newslens_plugin::{HostCommand, PluginSpec};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;

const MAX_ARTICLES: usize = 2000;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn articles() -> Vec<String> {
    let corpus = shared().join("data/corpus/reuters21578");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let mut texts: Vec<String> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .take(MAX_ARTICLES)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        println!(
            "{} not found: timing the sample article only",
            corpus.display()
        );
        let sample = std::fs::read_to_string(shared().join("articles/nk-denuclearization.txt"))
            .unwrap_or_else(|_| "Nuclear talks stalled. ".repeat(100));
        texts = vec![sample; 200];
    }
    texts
}

/// Builds the plugin library and the plugin host in release mode; returns their folder.
fn build() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            "keywords",
            "-p",
            "newslens-plugin",
            "--manifest-path",
        ])
        .arg(root.join("Cargo.toml"))
        .status()
        .expect("cargo build");
    assert!(status.success());
    let exe = std::env::current_exe().unwrap();
    exe.parent().and_then(Path::parent).unwrap().to_path_buf()
}

fn main() {
    let dir = build();
    let options = json!({"topics": {
        "economy": ["trade", "tariff*", "export*", "import*", "inflation", "interest rate*"],
        "energy": ["oil", "crude", "opec", "gas", "barrel*"],
        "markets": ["stock*", "share*", "dividend*", "bond*"]},
        "keywords": 10});
    let map = options.as_object().unwrap().clone();
    let inputs: Vec<(Document, Outputs)> = articles()
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            (
                Document::new(Article::new(i.to_string(), text)),
                Outputs::new(),
            )
        })
        .collect();

    let linked = Keywords::create(Options::new("keywords", map.clone())).unwrap();
    let library = dir.join(newslens_plugin::library_file_name("keywords"));
    let load = |isolation: &str| {
        let mut table = map.clone();
        table.insert("isolation".into(), json!(isolation));
        PluginSpec::new("keywords", library.clone(), &table)
            .unwrap()
            .load(|| Ok(HostCommand::program(dir.join("newslens-plugin-host"))))
            .unwrap()
            .instance
    };
    let in_process = load("in-process");
    let process = load("process");

    // Same output all three ways, before timing anything.
    for (doc, prior) in &inputs {
        let expected = linked.analyze(doc, prior).unwrap();
        assert_eq!(in_process.analyze(doc, prior).unwrap(), expected);
        assert_eq!(process.analyze(doc, prior).unwrap(), expected);
    }
    let rounds = 5;
    let timings = [
        time_analyzer("linked", &linked, &inputs, rounds).unwrap(),
        time_analyzer("in-process plugin", &*in_process, &inputs, rounds).unwrap(),
        time_analyzer("process plugin", &*process, &inputs, rounds).unwrap(),
    ];
    let bytes = timings[0].bytes;
    println!(
        "keywords over {} articles ({:.1} KB mean), one thread, best of {rounds}:",
        inputs.len(),
        bytes as f64 / inputs.len() as f64 / 1e3
    );
    print!("{}", report(&timings));
    let manifest = newslens_plugin::wire::Manifest::from_info(&Keywords::info());
    println!("{}", breakdown(&manifest, &linked, &inputs));
}
