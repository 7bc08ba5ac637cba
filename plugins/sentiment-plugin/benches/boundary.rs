//! The per-article cost of the plugin boundary for a real analyzer: sentiment linked,
//! as an in-process plugin and as a process plugin, over Reuters-21578 articles of
//! ../shared/data/corpus (the sample article when absent), with the linked `entities`
//! output as the prior every way. All three outputs are checked equal first.
//!
//! `cargo bench -p sentiment-plugin --bench boundary`

use newslens_core::{Analyzer, Article, Document, Options, Outputs};
use newslens_entities::EntitiesAnalyzer;
use newslens_plugin::bench::{compare_and_report, load_both_ways, reuters_texts};
use newslens_plugin::build::{build_packages, current_profile_dir};
use newslens_sentiment::SentimentAnalyzer;
use std::path::Path;

const MAX_ARTICLES: usize = 1000;

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = build_packages(
        &workspace.join("Cargo.toml"),
        &current_profile_dir(),
        &["sentiment-plugin", "newslens-plugin"],
    );
    let fallback = "The talks failed badly, officials said. ".repeat(50);
    let shared = workspace.join("../shared");
    let entities = EntitiesAnalyzer::create(Options::empty("entities")).unwrap();
    let inputs: Vec<(Document, Outputs)> = reuters_texts(&shared, MAX_ARTICLES, 100, &fallback)
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
    let options = serde_json::Map::new();
    compare_and_report(
        "sentiment",
        &linked,
        &load_both_ways("sentiment", "sentiment-plugin", &dir, &options),
        &newslens_plugin::wire::Manifest::from_info(&SentimentAnalyzer::info()),
        &inputs,
        5,
    );
}
