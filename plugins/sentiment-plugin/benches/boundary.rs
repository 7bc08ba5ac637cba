//! The per-article cost of the plugin boundary for a real analyzer: sentiment linked,
//! as an in-process plugin and as a process plugin, over Reuters-21578 articles of
//! ../shared/data/corpus (the sample article when absent), with the linked `entities`
//! output as the prior every way. All three outputs are checked equal first.
//!
//! `cargo bench -p sentiment-plugin --bench boundary`

use newslens_core::{Analyzer, Article, Document, Options, Outputs};
use newslens_entities::EntitiesAnalyzer;
use newslens_plugin::bench::{breakdown, report, time_analyzer};
use newslens_plugin::{HostCommand, PluginSpec};
use newslens_sentiment::SentimentAnalyzer;
use std::path::{Path, PathBuf};
use std::process::Command;

const MAX_ARTICLES: usize = 1000;

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
            .unwrap_or_else(|_| "The talks failed badly, officials said. ".repeat(50));
        texts = vec![sample; 100];
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
            "sentiment-plugin",
            "-p",
            "newslens-plugin",
        ])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .status()
        .expect("cargo build");
    assert!(status.success());
    let exe = std::env::current_exe().unwrap();
    exe.parent().and_then(Path::parent).unwrap().to_path_buf()
}

fn main() {
    let dir = build();
    let entities = EntitiesAnalyzer::create(Options::empty("entities")).unwrap();
    let inputs: Vec<(Document, Outputs)> = articles()
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let doc = Document::new(Article::new(i.to_string(), text));
            let mut prior = Outputs::new();
            let out = entities.analyze(&doc, &prior).unwrap();
            prior.insert("entities", out);
            (doc, prior)
        })
        .collect();
    let linked = SentimentAnalyzer::create(Options::empty("sentiment")).unwrap();
    let library = dir.join(newslens_plugin::library_file_name("sentiment-plugin"));
    let load = |isolation: &str| {
        let table = serde_json::json!({"isolation": isolation});
        PluginSpec::new("sentiment", library.clone(), table.as_object().unwrap())
            .unwrap()
            .load(|| Ok(HostCommand::program(dir.join("newslens-plugin-host"))))
            .unwrap()
            .instance
    };
    let in_process = load("in-process");
    let process = load("process");
    for (doc, prior) in &inputs {
        let expected = serde_json::to_value(linked.analyze(doc, prior).unwrap()).unwrap();
        let json = |out| serde_json::to_value(out).unwrap();
        assert_eq!(json(in_process.analyze(doc, prior).unwrap()), expected);
        assert_eq!(json(process.analyze(doc, prior).unwrap()), expected);
    }
    let rounds = 5;
    let timings = [
        time_analyzer("linked", &linked, &inputs, rounds).unwrap(),
        time_analyzer("in-process plugin", &*in_process, &inputs, rounds).unwrap(),
        time_analyzer("process plugin", &*process, &inputs, rounds).unwrap(),
    ];
    println!(
        "sentiment over {} articles ({:.1} KB mean), one thread, best of {rounds}:",
        inputs.len(),
        timings[0].bytes as f64 / inputs.len() as f64 / 1e3
    );
    print!("{}", report(&timings));
    let manifest = newslens_plugin::wire::Manifest::from_info(&SentimentAnalyzer::info());
    println!("{}", breakdown(&manifest, &linked, &inputs));
}
