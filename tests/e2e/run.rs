//! `newslens run` over mixed formats, broken files and standard input.

use crate::{fixture, newslens, records, stderr, temp_dir};
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn mixed_folder_every_format_in_stable_order() {
    let dir = temp_dir("mixed");
    let path = fixture("mixed");
    let out = newslens(&dir, &["run", "-q", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out.stdout);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "riverton-budget-2023",
            "nested/ferry-route.html",
            "lumen-trial-2022-09",
            "plain.txt",
            "wire-steel-0312",
            "wire-rates-0504"
        ],
        "hidden files and .csv are skipped; folders are walked in name order"
    );
    let html = &recs[1];
    assert_eq!(html["published"], "2023-11-14T17:05:00+01:00");
    assert!(html["title"]
        .as_str()
        .unwrap()
        .contains("Island ferry route saved"));
    let speakers = html["analyzers"]["quote"]["speakers"].to_string();
    assert!(speakers.contains("Ingrid Holm"), "{speakers}");
    assert!(recs[4]["source"]
        .as_str()
        .unwrap()
        .ends_with("mixed/wire.jsonl:1"));
}

#[test]
fn output_order_is_input_order_for_any_job_count() {
    let dir = temp_dir("order");
    let path = fixture("mixed");
    let one = newslens(&dir, &["run", "-q", "-j", "1", path.to_str().unwrap()]);
    let four = newslens(&dir, &["run", "-q", "-j", "4", path.to_str().unwrap()]);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn broken_articles_become_error_records_and_the_run_goes_on() {
    let dir = temp_dir("broken");
    let path = fixture("broken");
    let out = newslens(&dir, &["run", "-q", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "exit 1: some articles failed");
    let recs = records(&out.stdout);
    let by_source = |suffix: &str| {
        recs.iter()
            .find(|r| r["source"].as_str().unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("no record for {suffix}"))
    };
    let message = |suffix: &str| {
        by_source(suffix)["errors"][0]["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(message("binary.txt").contains("binary"));
    assert!(message("latin1.txt").contains("not UTF-8"));
    assert!(message("empty.txt").contains("no text"));
    assert!(message("malformed.json").contains("malformed JSON"));
    assert!(message("unclosed-front-matter.md").contains("never closed"));
    assert!(message("no-content.html").contains("no main article text"));
    assert!(message("lines.jsonl:2").contains("malformed JSON"));
    assert!(message("lines.jsonl:3").contains("no \"text\""));
    assert_eq!(
        by_source("lines.jsonl:1")["errors"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        by_source("lines.jsonl:5")["errors"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    for r in &recs {
        if !r["errors"].as_array().unwrap().is_empty() && r["errors"][0]["analyzer"] == "reader" {
            assert_eq!(r["analyzers"], serde_json::json!({}));
        }
    }
}

#[test]
fn over_the_size_limit_is_an_error_record() {
    let dir = temp_dir("limit");
    std::fs::write(dir.join("big.txt"), "word ".repeat(5000)).unwrap();
    std::fs::write(dir.join("small.txt"), "A short one.").unwrap();
    let out = newslens(&dir, &["run", "-q", "--max-article-bytes", "1000", "."]);
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 2);
    assert!(recs[0]["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("over the limit"));
    assert!(recs[1]["errors"].as_array().unwrap().is_empty());
}

#[test]
fn standard_input_json_lines() {
    let dir = temp_dir("stdin");
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(["run", "-q", "--include-text", "-"])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"{\"id\": \"one\", \"text\": \"First story.\"}\n{\"text\": \"Second story.\"}\n",
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let recs = records(&out.stdout);
    assert_eq!(recs[0]["id"], "one");
    assert_eq!(recs[1]["id"], "stdin:2");
    assert_eq!(recs[1]["text"], "Second story.");
}

#[test]
fn output_file_and_summary() {
    let dir = temp_dir("outfile");
    let path = fixture("mixed");
    let out = newslens(
        &dir,
        &["run", "-o", "out/result.jsonl", path.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "records go to the file, not stdout");
    let written = std::fs::read(dir.join("out/result.jsonl")).unwrap();
    assert_eq!(records(&written).len(), 6);
    let err = stderr(&out);
    assert!(err.contains("6 articles (0 with errors)"), "{err}");
    assert!(err.contains("MB/s"), "{err}");
}
