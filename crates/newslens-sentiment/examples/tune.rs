//! Development harness: loads the dev sets once and prints the figures of settings variants
//! (in-process, with the crate's `eval` scorer).
//!
//! cargo run --release -p newslens-sentiment --example tune -- [DATA_DIR]

use newslens_core::{Article, Document};
use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::eval::{self, oracle_entities, parse_gold, Gold};
use newslens_sentiment::SentimentAnalyzer;
use std::collections::HashMap;

struct Set {
    gold: Gold,
    docs: Vec<(String, Document)>,
}

fn load(dir: &str, name: &str) -> Set {
    let gold =
        parse_gold(&std::fs::read_to_string(format!("{dir}/{name}.gold.jsonl")).unwrap()).unwrap();
    let docs = std::fs::read_to_string(format!("{dir}/{name}.articles.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let id = v["id"].as_str().unwrap().to_string();
            let text = v["text"].as_str().unwrap().to_string();
            (id.clone(), Document::new(Article::new(id, text)))
        })
        .collect();
    Set { gold, docs }
}

fn run(set: &Set, settings: Settings) -> eval::Figures {
    let analyzer = SentimentAnalyzer::new(settings);
    let targets = set.gold.targets_by_article();
    let mut predictions = HashMap::new();
    for (id, doc) in &set.docs {
        let ents = oracle_entities(
            doc,
            targets.get(id.as_str()).map(Vec::as_slice).unwrap_or(&[]),
        );
        let out = analyzer.analyze_with(doc, Some(&ents));
        predictions.insert(id.clone(), Some(eval::prediction_of_output(&out)));
    }
    eval::score(&set.gold, &predictions, 0.2)
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/work/shared/data/sentiment/articles".into());
    let names = std::env::var("SETS")
        .unwrap_or("nyt-dev,tweets,movie,amazon,newsmtsc-rw-dev,newsmtsc-mt-dev".into());
    let sets: Vec<Set> = names.split(',').map(|n| load(&dir, n)).collect();
    let variants: Vec<(String, Settings)> = variants();
    for (name, settings) in variants {
        let line: Vec<String> = sets
            .iter()
            .map(|s| {
                let f = run(s, settings);
                if f.targets {
                    format!("{} F1m {:.4} acc {:.4}", s.gold.set, f.macro_f1, f.accuracy)
                } else {
                    format!("{} r {:.4} F1 {:.4}", s.gold.set, f.pearson, f.macro_f1)
                }
            })
            .collect();
        println!("{name:<28} {}", line.join(" | "));
    }
}

fn variants() -> Vec<(String, Settings)> {
    // The rules' variants, without the learned document calibration (trained on the
    // default rules; its own figures are printed by `newslens train sentiment-documents`).
    let base = Settings {
        document_model: false,
        ..Settings::default()
    };
    let mut v = vec![("rules (default)".to_string(), base)];
    let mut with = |name: &str, f: &dyn Fn(&mut Settings)| {
        let mut s = base;
        f(&mut s);
        v.push((name.to_string(), s));
    };
    with("no-news-lexicon", &|s| {
        s.vocabulary.news_lexicon = false;
        s.vocabulary.news_neutral = false;
    });
    with("no-news-neutral", &|s| s.vocabulary.news_neutral = false);
    with("no-shifters", &|s| s.vocabulary.shifters = false);
    with("no-inflections", &|s| s.vocabulary.inflections = false);
    with("no-clause-scope", &|s| s.rules.clause_scope = false);
    with("no implicit negativity", &|s| {
        s.rules.bare_negation = 0.0;
        s.rules.excess = 0.0;
    });
    with("VADER contrast (after 1.5)", &|s| {
        s.rules.after_contrast = 1.5
    });
    with("quote_weight 0", &|s| s.aggregation.quote_weight = 0.0);
    with("quote_weight 1", &|s| s.aggregation.quote_weight = 1.0);
    with("length_exponent 0", &|s| {
        s.aggregation.length_exponent = 0.0
    });
    with("length_exponent 1", &|s| {
        s.aggregation.length_exponent = 1.0
    });
    with("reference_length 1", &|s| {
        s.aggregation.reference_length = 1.0
    });
    with("word_exponent 0 (VADER sum)", &|s| {
        s.aggregation.word_exponent = 0.0
    });
    with("word_exponent 0, threshold 0.01", &|s| {
        s.aggregation.word_exponent = 0.0;
        s.thresholds.positive = 0.01;
        s.thresholds.negative = 0.01;
    });
    with("word_exponent 0.25", &|s| {
        s.aggregation.word_exponent = 0.25
    });
    with("word_exponent 0.75", &|s| {
        s.aggregation.word_exponent = 0.75
    });
    with("word_reference 3", &|s| s.aggregation.word_reference = 3.0);
    with("word_reference 8", &|s| s.aggregation.word_reference = 8.0);
    with("rules-only entities", &|s| s.target_model = false);
    with("document calibration (nyt-dev in-sample)", &|s| {
        s.document_model = true
    });
    for t in [0.01, 0.02, 0.03, 0.04, 0.1, 0.2, 0.3] {
        with(&format!("threshold {t}"), &|s| {
            s.thresholds.positive = t;
            s.thresholds.negative = t;
        });
    }
    with("thresholds +0.1 -0.02", &|s| {
        s.thresholds.positive = 0.1;
        s.thresholds.negative = 0.02;
    });
    v
}
