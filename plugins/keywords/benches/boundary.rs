//! The per-article cost of the plugin boundary: the keywords analyzer linked, loaded
//! as a plugin in process, and run in a child process, over the Reuters-21578 articles
//! of ../shared/data/corpus (or the sample article when that folder is absent).
//!
//! `cargo bench -p keywords --bench boundary`

use keywords::Keywords;
use newslens_core::{Analyzer, Article, Document, Options, Outputs};
use newslens_plugin::bench::{compare_and_report, load_both_ways, reuters_texts};
use newslens_plugin::build::{build_packages, current_profile_dir};
use serde_json::json;
use std::path::Path;

const MAX_ARTICLES: usize = 2000;

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = build_packages(
        &workspace.join("Cargo.toml"),
        &current_profile_dir(),
        &["keywords", "newslens-plugin"],
    );
    let options = json!({"topics": {
        "economy": ["trade", "tariff*", "export*", "import*", "inflation", "interest rate*"],
        "energy": ["oil", "crude", "opec", "gas", "barrel*"],
        "markets": ["stock*", "share*", "dividend*", "bond*"]},
        "keywords": 10});
    let map = options.as_object().unwrap().clone();
    let sample = "Nuclear talks stalled. ".repeat(100);
    let inputs: Vec<(Document, Outputs)> =
        reuters_texts(&workspace.join("../shared"), MAX_ARTICLES, 200, &sample)
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
    let manifest = newslens_plugin::wire::Manifest::from_info(&Keywords::info());
    compare_and_report(
        "keywords",
        &linked,
        &load_both_ways("keywords", "keywords", &dir, &map),
        &manifest,
        &inputs,
        5,
    );
}
