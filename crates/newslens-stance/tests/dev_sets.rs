//! Figures on the shared development data (never copied into the repository). These read
//! `../shared/data/stance` relative to the workspace root and skip with a message when it is
//! absent. They are slow in debug builds, hence ignored by default:
//!
//! ```sh
//! cargo test --release -p newslens-stance --test dev_sets -- --ignored
//! ```

use newslens_stance::eval::{label_articles, parse_articles, parse_gold, score};
use newslens_stance::model::to_json;
use newslens_stance::train::{
    train, StandardFiles, TrainParams, TrainingData, STANDARD_DESCRIPTION,
};
use newslens_stance::{StanceAnalyzer, StanceModel};
use std::path::{Path, PathBuf};

fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/stance");
    if dir.join("fnc1/fnc1-dev.gold.jsonl").exists() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is not there", dir.display());
        None
    }
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
#[ignore = "reads ../shared/data; run with --release -- --ignored"]
fn fnc1_dev_reaches_the_issue_targets() {
    let Some(dir) = data_dir() else { return };
    let analyzer = StanceAnalyzer::with_model(StanceModel::default_model(), &[], 3, false);
    let articles = parse_articles(&read(&dir, "fnc1/fnc1-dev.articles.jsonl")).unwrap();
    let gold = parse_gold(&read(&dir, "fnc1/fnc1-dev.gold.jsonl")).unwrap();
    let report = score(&gold, &label_articles(&analyzer, articles).unwrap(), None);
    eprintln!("{}", report.to_text());
    assert_eq!(report.missing, 0);
    assert!(report.fnc_percent.unwrap() >= 83.0, "{}", report.summary);
    assert!(report.macro_f1 >= 0.62, "{}", report.summary);
    assert!(
        report.per_class[1].f1 >= 0.30,
        "disagree F1 {}",
        report.per_class[1].f1
    );
}

#[test]
#[ignore = "reads ../shared/data; run with --release -- --ignored"]
fn training_reproduces_the_shipped_model() {
    let Some(dir) = data_dir() else { return };
    let f = StandardFiles::read_contents(&dir).unwrap();
    let files = StandardFiles::from_contents(&f);
    let mut data = TrainingData::default();
    data.add_standard(&files).unwrap();
    assert_eq!(
        data.pairs.iter().filter(|p| p.set == "fnc1-train").count(),
        40_350
    );
    let model = train(&data, &TrainParams::default(), STANDARD_DESCRIPTION);
    let shipped = std::str::from_utf8(newslens_stance::model::DEFAULT_MODEL).unwrap();
    assert!(
        to_json(&model) == shipped,
        "retrain with `newslens train stance --data ../shared/data/stance --out crates/newslens-stance/data/model.json`"
    );
}
