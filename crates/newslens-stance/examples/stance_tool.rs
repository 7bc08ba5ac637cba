//! Development tool for the stance analyzer, until the `newslens` binary carries
//! `newslens train stance` / `newslens eval stance`:
//!
//! ```sh
//! cargo run --release -p newslens-stance --example stance_tool -- train --data ../shared/data/stance --out crates/newslens-stance/data/model.json
//! cargo run --release -p newslens-stance --example stance_tool -- eval --data ../shared/data/stance [--model FILE]
//! cargo run --release -p newslens-stance --example stance_tool -- cv --data ../shared/data/stance
//! cargo run --release -p newslens-stance --example stance_tool -- bench ../shared/data/corpus/reuters21578
//! ```

use newslens_core::{Analyzer, Article, Document, Options, Outputs, StanceTarget};
use newslens_stance::eval::{parse_articles, parse_gold, score, Predictions};
use newslens_stance::train::{cross_validate, train, TrainParams, TrainingData};
use newslens_stance::{StanceAnalyzer, StanceModel};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// CPU time of this process (user + system), from /proc/self/stat (Linux; 10 ms ticks).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn arg(args: &[String], key: &str) -> Option<String> {
    args.iter()
        .position(|a| a == key)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// FNC-1 train (non-dev bodies), Emergent train (+ synthetic unrelated pairs), GWSD train.
fn standard_data(dir: &Path) -> TrainingData {
    let mut data = TrainingData::default();
    let dev: HashSet<u32> = read(&dir.join("fnc1/dev_body_ids.txt"))
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect();
    let n = data
        .add_fnc1(
            "fnc1-train",
            &read(&dir.join("fnc1/train_bodies.csv")),
            &read(&dir.join("fnc1/train_stances.csv")),
            &dev,
        )
        .unwrap();
    eprintln!("fnc1-train: {n} pairs");
    let n = data
        .add_jsonl(
            &read(&dir.join("emergent/emergent-train.articles.jsonl")),
            &read(&dir.join("emergent/emergent-train.gold.jsonl")),
        )
        .unwrap();
    let s = data.add_synthetic_unrelated("emergent-train");
    eprintln!("emergent-train: {n} pairs (+{s} synthetic unrelated)");
    let n = data
        .add_jsonl(
            &read(&dir.join("gwsd/gwsd-train.articles.jsonl")),
            &read(&dir.join("gwsd/gwsd-train.gold.jsonl")),
        )
        .unwrap();
    eprintln!("gwsd-train: {n} pairs");
    data
}

fn label_str(l: newslens_core::output::stance::StanceLabel) -> String {
    serde_json::to_value(l)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn run_analyzer(
    analyzer: &StanceAnalyzer,
    articles: Vec<Article>,
    lines: &mut String,
) -> Predictions {
    let mut preds = Predictions::new();
    for a in articles {
        let id = a.id.clone();
        let doc = Document::new(a);
        let out = analyzer.analyze(&doc, &Outputs::new()).unwrap();
        let record = serde_json::json!({"id": id, "analyzers": {"stance": &out}});
        lines.push_str(&record.to_string());
        lines.push('\n');
        let out = out.as_stance().unwrap();
        let labels: HashMap<String, String> = out
            .targets
            .iter()
            .map(|t| (t.id.clone(), label_str(t.label)))
            .collect();
        preds.insert(id, labels);
    }
    preds
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data_dir =
        PathBuf::from(arg(&args, "--data").unwrap_or_else(|| "../shared/data/stance".into()));
    match args.first().map(String::as_str) {
        Some("train") => {
            let out = arg(&args, "--out").expect("--out FILE");
            let data = standard_data(&data_dir);
            let t = Instant::now();
            let desc = "Trained by `newslens train stance` on FNC-1 train without the dev split's 337 bodies (40,350 pairs), Emergent train (2,071 pairs + as many synthetic unrelated pairs) and GWSD non-test (1,850 labelled sentences).";
            let model = train(&data, &TrainParams::default(), desc);
            let json = newslens_stance::model::to_json(&model);
            std::fs::write(&out, json).unwrap();
            eprintln!("trained in {:.1}s -> {out}", t.elapsed().as_secs_f64());
        }
        Some("eval") => {
            let model = match arg(&args, "--model") {
                Some(p) => StanceModel::from_bytes(&std::fs::read(p).unwrap()).unwrap(),
                None => StanceModel::default_model(),
            };
            let analyzer = StanceAnalyzer::with_model(model, &[], 3, false);
            for (set, sub) in [
                ("fnc1-dev", "fnc1"),
                ("emergent-train", "emergent"),
                ("gwsd-train", "gwsd"),
            ] {
                let articles =
                    parse_articles(&read(&data_dir.join(format!("{sub}/{set}.articles.jsonl"))))
                        .unwrap();
                let gold =
                    parse_gold(&read(&data_dir.join(format!("{sub}/{set}.gold.jsonl")))).unwrap();
                let t = Instant::now();
                let mut lines = String::new();
                let preds = run_analyzer(&analyzer, articles, &mut lines);
                let r = score(&gold, &preds, None);
                println!("{}", r.to_text());
                if let Some(dir) = arg(&args, "--out") {
                    std::fs::write(Path::new(&dir).join(format!("{set}.out.jsonl")), lines)
                        .unwrap();
                }
                eprintln!("({:.1}s)", t.elapsed().as_secs_f64());
            }
        }
        Some("cv") => {
            let folds: usize = arg(&args, "--folds").map_or(5, |f| f.parse().unwrap());
            let data = standard_data(&data_dir);
            let preds = cross_validate(
                &data,
                &TrainParams::default(),
                &["emergent-train", "gwsd-train"],
                folds,
            );
            for (set, sub) in [("emergent-train", "emergent"), ("gwsd-train", "gwsd")] {
                let gold =
                    parse_gold(&read(&data_dir.join(format!("{sub}/{set}.gold.jsonl")))).unwrap();
                let r = score(&gold, &preds, None);
                println!("{folds}-fold cross-validation by claim:\n{}", r.to_text());
            }
        }
        Some("bench") => {
            let dir = PathBuf::from(args.get(1).expect("bench DIR"));
            let mut texts = Vec::new();
            let mut entries: Vec<_> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            entries.sort();
            for p in entries {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    texts.push(t);
                }
            }
            let targets: Vec<StanceTarget> = [
                (
                    "oil",
                    "OPEC will cut oil production to lift crude prices",
                    vec!["opec", "crude oil"],
                ),
                (
                    "rates",
                    "The Federal Reserve will raise interest rates",
                    vec!["fed", "interest rates"],
                ),
                (
                    "trade",
                    "Japan and the United States are heading for a trade war",
                    vec!["tariffs", "trade war"],
                ),
                (
                    "debt",
                    "Brazil will default on its foreign debt",
                    vec!["debt moratorium"],
                ),
                (
                    "merger",
                    "The merger will be blocked by regulators",
                    vec!["antitrust", "takeover"],
                ),
            ]
            .into_iter()
            .map(|(id, text, kw)| StanceTarget {
                id: id.into(),
                text: text.into(),
                keywords: kw.into_iter().map(String::from).collect(),
            })
            .collect();
            let analyzer =
                StanceAnalyzer::with_model(StanceModel::default_model(), &targets, 3, true);
            let _ = Options::empty("stance");
            // Front matter (--- title: … ---) gives the title; the rest is the text.
            let articles: Vec<Article> = texts
                .iter()
                .map(|t| {
                    let mut a = Article::new("b", t.as_str());
                    if let Some(rest) = t.strip_prefix("---\n") {
                        if let Some(end) = rest.find("\n---\n") {
                            a.text = rest[end + 5..].to_string();
                            a.title = rest[..end]
                                .lines()
                                .find_map(|l| l.strip_prefix("title: "))
                                .map(|v| v.trim_matches('"').to_string());
                        }
                    }
                    a
                })
                .collect();
            let texts: Vec<String> = articles.iter().map(|a| a.text.clone()).collect();
            let docs: Vec<Document> = articles.iter().cloned().map(Document::new).collect();
            let bytes: usize = texts.iter().map(String::len).sum();
            let measure = |label: &str, docs: &[Document]| {
                let (t, c) = (Instant::now(), cpu_seconds());
                let mut related = 0usize;
                for d in docs {
                    let out = analyzer.analyze(d, &Outputs::new()).unwrap();
                    let out = out.as_stance().unwrap();
                    related += out.targets.iter().filter(|t| t.relatedness >= 0.5).count();
                }
                let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - c);
                let mb = bytes as f64 / 1e6;
                println!(
                    "{label}: {} articles, {mb:.1} MB: {:.1} MB/s per CPU-second ({:.1} MB/s wall); {related} related pairs",
                    docs.len(),
                    mb / cpu.max(1e-3),
                    mb / secs
                );
            };
            let untitled: Vec<Document> = articles
                .iter()
                .map(|a| {
                    Document::new(Article {
                        title: None,
                        ..a.clone()
                    })
                })
                .collect();
            measure("stance, 5 configured targets", &untitled);
            measure("stance, 5 configured targets + title", &docs);
            let (t, c) = (Instant::now(), cpu_seconds());
            for a in &articles {
                let d = Document::new(a.clone());
                analyzer.analyze(&d, &Outputs::new()).unwrap();
            }
            let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - c);
            println!(
                "Document::new + stance (5 targets + title): {:.1} MB/s per CPU-second ({:.1} MB/s wall)",
                bytes as f64 / 1e6 / cpu.max(1e-3),
                bytes as f64 / 1e6 / secs
            );
        }
        _ => eprintln!("usage: stance_tool train|eval|cv|bench ..."),
    }
}
