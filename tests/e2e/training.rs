//! The shipped learned files are exactly what the `newslens train` commands write from
//! the development data (skipped, with a message, where `../shared/data` is absent).

use super::{newslens, root, stderr, temp_dir};
use std::path::Path;

/// Runs `newslens train <analyzer> <data_flag> <data> --out <tmp>` and checks that the
/// file written is byte for byte the shipped `model` (a path from the workspace root).
fn assert_train_reproduces(analyzer: &str, data_flag: &str, data: &Path, model: &str) {
    if !data.exists() {
        eprintln!("skipped: {} not found (development data)", data.display());
        return;
    }
    let dir = temp_dir(&format!("train-{analyzer}"));
    let out = dir.join(Path::new(model).file_name().unwrap());
    let args = [
        "train",
        analyzer,
        data_flag,
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    let run = newslens(&root(), &args);
    assert!(run.status.success(), "{}", stderr(&run));
    let shipped = std::fs::read(root().join(model)).unwrap();
    assert!(
        std::fs::read(&out).unwrap() == shipped,
        "{model} is not what `newslens train {analyzer}` writes: retrain it with that command \
         and update the figures in the READMEs"
    );
}

#[test]
fn the_shipped_sentiment_target_model_is_what_train_sentiment_writes() {
    assert_train_reproduces(
        "sentiment",
        "--data",
        &root().join("../shared/data/sentiment/articles"),
        "crates/newslens-sentiment/data/target_model.tsv",
    );
}

#[test]
fn the_shipped_quote_cue_model_is_what_train_quote_writes() {
    assert_train_reproduces(
        "quote",
        "--polnear",
        &root().join("../shared/data/quotes/polnear/train"),
        "crates/newslens-quote/data/cue_model.bin",
    );
}

#[test]
fn the_shipped_document_calibration_is_what_train_sentiment_documents_writes() {
    assert_train_reproduces(
        "sentiment-documents",
        "--data",
        &root().join("../shared/data/sentiment/articles"),
        "crates/newslens-sentiment/data/document_model.tsv",
    );
}

#[test]
fn the_shipped_stance_model_is_what_train_stance_writes() {
    assert_train_reproduces(
        "stance",
        "--data",
        &root().join("../shared/data/stance"),
        "crates/newslens-stance/data/model.json",
    );
}
