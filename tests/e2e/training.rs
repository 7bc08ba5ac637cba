//! The shipped learned files are exactly what the `newslens train` commands write from
//! the development data (skipped, with a message, where `../shared/data` is absent).

use super::{newslens, root, stderr, temp_dir};

#[test]
fn the_shipped_sentiment_target_model_is_what_train_sentiment_writes() {
    let data = root().join("../shared/data/sentiment/articles");
    if !data.join("newsmtsc-train.gold.jsonl").is_file() {
        eprintln!(
            "skipped: {} not found (the NewsMTSC development sets)",
            data.display()
        );
        return;
    }
    let dir = temp_dir("train-sentiment");
    let out = dir.join("target_model.tsv");
    let run = newslens(
        &root(),
        &[
            "train",
            "sentiment",
            "--data",
            data.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let written = std::fs::read(&out).unwrap();
    let shipped =
        std::fs::read(root().join("crates/newslens-sentiment/data/target_model.tsv")).unwrap();
    assert!(
        written == shipped,
        "crates/newslens-sentiment/data/target_model.tsv is not what `newslens train sentiment` \
         writes: retrain it with that command and update the figures in the READMEs"
    );
}

#[test]
fn the_shipped_quote_cue_model_is_what_train_quote_writes() {
    let polnear = root().join("../shared/data/quotes/polnear/train");
    if !polnear.is_dir() {
        eprintln!("skipped: {} not found (PolNeAR train)", polnear.display());
        return;
    }
    let dir = temp_dir("train-quote");
    let out = dir.join("cue_model.bin");
    let run = newslens(
        &root(),
        &[
            "train",
            "quote",
            "--polnear",
            polnear.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let shipped = std::fs::read(root().join("crates/newslens-quote/data/cue_model.bin")).unwrap();
    assert!(
        std::fs::read(&out).unwrap() == shipped,
        "crates/newslens-quote/data/cue_model.bin is not what `newslens train quote` writes"
    );
}
