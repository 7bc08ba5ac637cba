//! `--resume`: an interrupted run, resumed, yields every article exactly once and a
//! valid JSON Lines file.

use crate::{newslens, records, temp_dir};
use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::Duration;

fn corpus(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let path = dir.join("corpus.jsonl");
    let mut text = String::new();
    for i in 0..n {
        let body = format!(
            "Story {i}. The council met on Tuesday and said it would review the budget. “We will decide in March,” said Mayor Ana Diaz. ",
        )
        .repeat(6);
        text.push_str(&serde_json::json!({"id": format!("a{i:05}"), "text": body}).to_string());
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    path
}

fn check_complete(out_file: &std::path::Path, n: usize) {
    let bytes = std::fs::read(out_file).unwrap();
    assert!(bytes.ends_with(b"\n"), "the file ends with a whole line");
    let recs = records(&bytes);
    let ids: Vec<String> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "no article twice");
    assert_eq!(ids.len(), n, "every article once");
}

#[test]
fn resume_after_kill_at_several_moments() {
    let dir = temp_dir("resume-kill");
    let n = 800;
    let input = corpus(&dir, n);
    for (attempt, wait_ms) in [5u64, 40, 150].into_iter().enumerate() {
        let out_file = dir.join(format!("out{attempt}.jsonl"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
            .args(["run", "-q", "-j", "2", "-o"])
            .arg(&out_file)
            .arg(&input)
            .current_dir(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait_ms));
        let _ = child.kill();
        let _ = child.wait();
        let out = newslens(
            &dir,
            &[
                "run",
                "-q",
                "--resume",
                "-o",
                out_file.to_str().unwrap(),
                input.to_str().unwrap(),
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        check_complete(&out_file, n);
    }
}

#[test]
fn resume_repairs_a_torn_line() {
    let dir = temp_dir("resume-torn");
    let input = corpus(&dir, 50);
    let out_file = dir.join("out.jsonl");
    let out = newslens(
        &dir,
        &["run", "-q", "-o", "out.jsonl", input.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0));
    // Keep 20 whole records and half of the 21st, as a crash in mid-write would.
    let text = std::fs::read_to_string(&out_file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut torn = lines[..20].join("\n");
    torn.push('\n');
    torn.push_str(&lines[20][..lines[20].len() / 2]);
    std::fs::write(&out_file, torn).unwrap();
    let out = newslens(
        &dir,
        &[
            "run",
            "--resume",
            "-o",
            "out.jsonl",
            input.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("20 already done"));
    check_complete(&out_file, 50);
    // The resumed file equals a clean run.
    let clean = newslens(&dir, &["run", "-q", input.to_str().unwrap()]);
    assert_eq!(std::fs::read(&out_file).unwrap(), clean.stdout);
}
