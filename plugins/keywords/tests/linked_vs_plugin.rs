//! The ABI is enough for this analyzer: the keywords analyzer linked into the test,
//! loaded as a plugin in process, and run as a plugin in a child process give the same
//! output on every example article (examples/articles and the shared sample).

use keywords::Keywords;
use newslens_core::{Analyzer, Article, Document, Options, Outputs, Published};
use newslens_plugin::bench::load_both_ways;
use newslens_plugin::build::{build_packages, current_profile_dir};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The example articles as documents: text files whole, JSON and JSON Lines by field.
fn example_documents() -> Vec<Document> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(workspace().join("examples/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.push(workspace().join("../shared/articles/nk-denuclearization.txt"));
    paths.sort();
    let mut docs = Vec::new();
    for path in paths.iter().filter(|p| p.is_file()) {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let from_json = |v: Value, id: String| {
            let mut article = Article::new(id, v["text"].as_str().unwrap_or_default());
            article.title = v["title"].as_str().map(str::to_string);
            article.published = v["published"]
                .as_str()
                .and_then(|p| Published::parse(p).ok());
            Document::new(article)
        };
        match path.extension().and_then(|e| e.to_str()) {
            Some("json") => docs.push(from_json(serde_json::from_str(&text).unwrap(), name)),
            Some("jsonl") => {
                for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
                    docs.push(from_json(
                        serde_json::from_str(line).unwrap(),
                        format!("{name}:{i}"),
                    ));
                }
            }
            _ => docs.push(Document::new(Article::new(name, text))),
        }
    }
    assert!(
        docs.len() >= 5,
        "the example articles are in the repository"
    );
    docs
}

#[test]
fn plugin_output_equals_linked_output_on_the_example_articles() {
    let options = json!({
        "topics": {"nuclear": ["nuclear", "warhead*", "denucleari*"],
                   "diplomacy": ["summit", "talks", "negotiat*"],
                   "health": ["vaccine*", "trial*"], "labour": ["strike*", "union*"],
                   "budget": ["budget*", "tax*"]},
        "keywords": 8});
    let map = options.as_object().unwrap().clone();
    let linked = Keywords::create(Options::new("keywords", map.clone())).unwrap();
    let dir = build_packages(
        &workspace().join("Cargo.toml"),
        &current_profile_dir(),
        &["keywords", "newslens-plugin"],
    );
    let [in_process, process] = load_both_ways("keywords", "keywords", &dir, &map);
    let mut topics_found = 0;
    for doc in example_documents() {
        let expected = linked.analyze(&doc, &Outputs::new()).unwrap();
        let id = &doc.article().id;
        assert_eq!(
            in_process.analyze(&doc, &Outputs::new()).unwrap(),
            expected,
            "{id}"
        );
        assert_eq!(
            process.analyze(&doc, &Outputs::new()).unwrap(),
            expected,
            "{id}"
        );
        if let newslens_core::AnalyzerOutput::Custom(v) = &expected {
            topics_found += v["topics"].as_array().map_or(0, Vec::len);
        }
    }
    assert!(
        topics_found >= 5,
        "the comparison covers real matches ({topics_found})"
    );
}
