//! Hostile input: text and files built to break readers and analyzers (no spaces,
//! huge paragraphs, thousands of quotation marks, bidirectional and combining text,
//! emoji with joiners, NUL and control characters, mixed line endings, deep HTML and
//! JSON nesting, a 50 MB JSON line). The inputs are generated at test time, never
//! committed. Each must finish within a generous bound proportional to its size and
//! yield, per article, one record: analyzer output or an error record, never a crash,
//! and every span of it slicing the text.
//!
//! The two largest cases (a 5 MB paragraph analyzed, a 50 MB JSON line analyzed) run
//! on release builds only (`cargo test --release -p newslens --test e2e hostile`); in
//! debug builds they are ignored and smaller versions of them run instead.

use crate::{records, temp_dir};
use newslens::check::check_record_spans;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MB: f64 = 1_048_576.0;

/// A generous time bound for `bytes` of input: a minute plus per megabyte two minutes
/// (debug) or fifteen seconds (release). These catch hangs and quadratic blow-ups, not
/// slowness: the machine may be shared.
fn bound(bytes: usize) -> Duration {
    let per_mb = if cfg!(debug_assertions) { 120.0 } else { 15.0 };
    Duration::from_secs_f64(60.0 + per_mb * bytes as f64 / MB)
}

/// Runs `newslens run -q --include-text <extra> <input>` with every built-in analyzer,
/// within the bound for the input's size; returns the records.
fn run_bounded(dir: &Path, input: &Path, extra: &[&str]) -> Vec<Value> {
    let size = std::fs::metadata(input)
        .map(|m| m.len() as usize)
        .unwrap_or(0);
    let limit = bound(size);
    let out_path = dir.join(format!(
        "{}.out.jsonl",
        input.file_name().unwrap().to_string_lossy()
    ));
    let err_path = dir.join("stderr.txt");
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(["run", "-q", "--include-text"])
        .args(extra)
        .arg(input)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{}: not done after {:?} ({size} bytes)",
                input.display(),
                limit
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    // 0: every record clean; 1: some record has an error. Anything else is a crash.
    assert!(
        matches!(status.code(), Some(0 | 1)),
        "{}: exit {status:?}: {stderr}",
        input.display()
    );
    let recs = records(&std::fs::read(&out_path).unwrap());
    for r in &recs {
        let errors = r["errors"].as_array().expect("errors is a list");
        let outputs = r["analyzers"].as_object().expect("analyzers is an object");
        assert!(
            !outputs.is_empty() || !errors.is_empty(),
            "{}: a record with neither output nor error",
            input.display()
        );
        for e in errors {
            let message = e["message"].as_str().unwrap_or_default();
            assert!(!message.contains("panicked"), "{}: {e}", input.display());
        }
        if let Err(e) = check_record_spans(r) {
            panic!("{}: {e}", input.display());
        }
    }
    recs
}

/// Writes `content` to `dir/name` and returns the path.
fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// One record with the output of every analyzer (no analyzer failed).
fn assert_analyzed(recs: &[Value], what: &str) {
    assert_eq!(recs.len(), 1, "{what}: one record");
    let errors = recs[0]["errors"].as_array().unwrap();
    assert!(
        errors.iter().all(|e| e["analyzer"] == "reader"),
        "{what}: an analyzer failed: {errors:?}"
    );
    assert_eq!(
        recs[0]["analyzers"].as_object().unwrap().len(),
        newslens::registry::builtins().len(),
        "{what}: every analyzer answers"
    );
}

/// A deterministic mix of news words, `n` words long.
fn words(n: usize, seed: u64) -> String {
    const WORDS: &[&str] = &[
        "The",
        "council",
        "said",
        "on",
        "Tuesday",
        "that",
        "Kim",
        "would",
        "meet",
        "Trump",
        "in",
        "March",
        "good",
        "bad",
        "officials",
        "U.S.",
        "denied",
        "it,",
        "and",
        "the",
        "budget",
        "grew",
        "3%",
        "last",
        "year.",
        "Mr.",
        "Diaz",
        "told",
        "reporters",
    ];
    let mut x = seed | 1;
    let mut out = String::with_capacity(n * 7);
    for i in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        if i > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[(x % WORDS.len() as u64) as usize]);
    }
    out
}

#[test]
fn text_without_any_space() {
    let dir = temp_dir("hostile-nospace");
    let letters = "Washington".repeat(20_000); // 200 KB, one token
    let path = write(&dir, "letters.txt", letters);
    assert_analyzed(&run_bounded(&dir, &path, &[]), "letters.txt");
}

/// Words and punctuation glued together (248 KB): one run-on "sentence" of quotations
/// and cues, where the quote analyzer once scanned the whole sentence for every cue.
#[test]
fn punctuation_glued_without_spaces() {
    let dir = temp_dir("hostile-nospace-mixed");
    let mixed = "said“Kim”.U.S.Jan.5,2020—".repeat(8_000);
    let path = write(&dir, "mixed.txt", mixed);
    assert_analyzed(&run_bounded(&dir, &path, &[]), "mixed.txt");
}

#[test]
fn one_paragraph_of_half_a_megabyte() {
    let dir = temp_dir("hostile-para-small");
    let path = write(&dir, "para.txt", words(75_000, 7));
    assert_analyzed(&run_bounded(&dir, &path, &[]), "0.5 MB paragraph");
}

#[test]
#[cfg_attr(debug_assertions, ignore = "5 MB analyzed: release builds only")]
fn one_paragraph_of_five_megabytes() {
    let dir = temp_dir("hostile-para-big");
    let path = write(&dir, "para.txt", words(750_000, 11));
    assert_analyzed(&run_bounded(&dir, &path, &[]), "5 MB paragraph");
}

#[test]
fn ten_thousand_quotation_marks() {
    let dir = temp_dir("hostile-quotes");
    let cases = [
        ("straight.txt", "\"".repeat(10_000)),
        ("curly.txt", "“".repeat(5_000) + &"”".repeat(5_000)),
        ("pairs.txt", "“Yes,” said Kim. ".repeat(10_000)),
        ("spaced.txt", "\" ' “ ” ‘ ’ « » ".repeat(1_250)),
    ];
    for (name, text) in cases {
        let path = write(&dir, name, text);
        assert_analyzed(&run_bounded(&dir, &path, &[]), name);
    }
}

#[test]
fn unbalanced_quotes_everywhere() {
    let dir = temp_dir("hostile-unbalanced");
    let marks = ["“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‹"];
    let text: String = words(40_000, 3)
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i % 3 == 0 {
                format!("{}{w} ", marks[i % marks.len()])
            } else if i % 5 == 0 {
                format!("{w}{}, said Kim. ", marks[(i / 5) % marks.len()])
            } else {
                format!("{w} ")
            }
        })
        .collect();
    let path = write(&dir, "unbalanced.txt", text);
    assert_analyzed(&run_bounded(&dir, &path, &[]), "unbalanced quotes");
}

#[test]
fn right_to_left_and_combining_characters() {
    let dir = temp_dir("hostile-bidi");
    let bidi = "قال الرئيس “السلام” يوم الثلاثاء. \u{202e}Kim said\u{202c} שלום עולם. \u{200f}"
        .repeat(3_000);
    let combining =
        "e\u{301}\u{302}\u{303} Ze\u{300}\u{327}\u{35c}\u{361}lgo said “n\u{303}o” on Tuesday. "
            .repeat(3_000);
    let only_marks = "\u{301}".repeat(50_000);
    for (name, text) in [
        ("bidi.txt", bidi),
        ("combining.txt", combining),
        ("marks.txt", only_marks),
    ] {
        let path = write(&dir, name, text);
        assert_analyzed(&run_bounded(&dir, &path, &[]), name);
    }
}

#[test]
fn emoji_and_zero_width_joiners() {
    let dir = temp_dir("hostile-emoji");
    let family = "👩\u{200d}👩\u{200d}👧\u{200d}👦";
    let text = format!(
        "{family} Kim\u{200d}Jong\u{200d}Un said “🚀🚀” on 🇰🇵 Tuesday.\u{200b}\u{feff} 👍🏽 ",
    )
    .repeat(4_000);
    let joiners = "\u{200d}".repeat(100_000);
    for (name, text) in [("emoji.txt", text), ("joiners.txt", joiners)] {
        let path = write(&dir, name, text);
        assert_analyzed(&run_bounded(&dir, &path, &[]), name);
    }
}

#[test]
fn nul_bytes() {
    let dir = temp_dir("hostile-nul");
    // In a text file: a binary file, an error record.
    let path = write(&dir, "nul.txt", "Kim said\0 no.\0".repeat(1_000));
    let recs = run_bounded(&dir, &path, &[]);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["errors"][0]["analyzer"], "reader");
    // Escaped in JSON: a valid string, analyzed like any other text.
    let text = "Kim said\0 “no.”\0 On Tuesday\0\0 the council met. ".repeat(2_000);
    let path = write(
        &dir,
        "nul.json",
        serde_json::json!({ "text": text }).to_string(),
    );
    assert_analyzed(&run_bounded(&dir, &path, &[]), "NUL in JSON");
}

#[test]
fn control_characters() {
    let dir = temp_dir("hostile-control");
    let controls: String = (1u32..32)
        .chain(127..160)
        .filter_map(char::from_u32)
        .collect();
    let text = format!("Kim{controls}said “no”{controls} on Tuesday.{controls} ").repeat(2_000);
    let path = write(
        &dir,
        "control.json",
        serde_json::json!({ "text": text }).to_string(),
    );
    assert_analyzed(&run_bounded(&dir, &path, &[]), "control characters");
    let path = write(&dir, "control.txt", text.replace('\0', ""));
    assert_analyzed(
        &run_bounded(&dir, &path, &[]),
        "control characters in a file",
    );
}

#[test]
fn mixed_line_endings() {
    let dir = temp_dir("hostile-newlines");
    let ends = [
        "\n", "\r\n", "\r", "\n\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{b}", "\u{c}", "\r\r\n",
        "\n\n",
    ];
    let text: String = words(30_000, 5)
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            format!(
                "{w}{}",
                if i % 4 == 0 {
                    ends[i % ends.len()]
                } else {
                    " "
                }
            )
        })
        .collect();
    let path = write(&dir, "newlines.txt", &text);
    assert_analyzed(&run_bounded(&dir, &path, &[]), "mixed line endings");
    let fm = format!("---\r\ntitle: Mixed\r\npublished: 2020-01-14\r\n---\r\n{text}");
    let path = write(&dir, "front-matter.md", fm);
    assert_analyzed(&run_bounded(&dir, &path, &[]), "front matter with CRLF");
}

#[test]
fn html_nested_ten_thousand_levels() {
    let dir = temp_dir("hostile-html");
    let n = 10_000;
    let page = format!(
        "<html><head><title>Deep</title></head><body>{}<p>Kim said “no” on Tuesday. The council met.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let path = write(&dir, "deep.html", page);
    let recs = run_bounded(&dir, &path, &[]);
    assert_eq!(recs.len(), 1);
    // Unclosed and mixed nesting too.
    let page = format!(
        "<html><body>{}<p>Kim said “no” on Tuesday.",
        "<div><span><b><table><tr><td>".repeat(n / 5)
    );
    let path = write(&dir, "unclosed.html", page);
    assert_eq!(run_bounded(&dir, &path, &[]).len(), 1);
}

#[test]
fn deeply_nested_json() {
    let dir = temp_dir("hostile-json-nest");
    let n = 100_000;
    let meta = format!(
        "{{\"id\":\"deep\",\"text\":\"Kim said no.\",\"meta\":{}1{}}}",
        "{\"a\":".repeat(n),
        "}".repeat(n)
    );
    let arrays = format!(
        "{{\"text\":\"Kim said no.\",\"targets\":{}{}}}",
        "[".repeat(n),
        "]".repeat(n)
    );
    let unclosed = format!("{{\"text\":\"x\",\"meta\":{}", "[".repeat(n));
    let lines =
        format!("{meta}\n{arrays}\n{unclosed}\n{{\"id\":\"after\",\"text\":\"Still read.\"}}\n");
    let path = write(&dir, "deep.jsonl", lines);
    let recs = run_bounded(&dir, &path, &[]);
    assert_eq!(recs.len(), 4, "one record per line");
    assert_eq!(recs[3]["id"], "after");
    let path = write(&dir, "deep.json", meta);
    assert_eq!(run_bounded(&dir, &path, &[]).len(), 1);
}

/// A JSON line whose text is `text_bytes` long.
fn big_json_line(dir: &Path, text_bytes: usize) -> PathBuf {
    let text = words(text_bytes / 6, 13);
    let line =
        serde_json::json!({"id": "big", "text": &text[..text.len().min(text_bytes)]}).to_string();
    write(
        dir,
        "big.jsonl",
        format!("{line}\n{{\"id\":\"next\",\"text\":\"After the big one.\"}}\n"),
    )
}

#[test]
fn json_line_of_fifty_megabytes_over_the_cap() {
    let dir = temp_dir("hostile-json-50-cap");
    let path = big_json_line(&dir, 50 << 20);
    let recs = run_bounded(&dir, &path, &[]);
    assert_eq!(recs.len(), 2);
    assert_eq!(
        recs[0]["errors"][0]["analyzer"], "reader",
        "over the default cap"
    );
    assert!(recs[0]["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("over the limit"));
    assert_eq!(recs[1]["id"], "next");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[cfg_attr(debug_assertions, ignore = "50 MB analyzed: release builds only")]
fn json_line_of_fifty_megabytes_analyzed() {
    let dir = temp_dir("hostile-json-50");
    let path = big_json_line(&dir, 50 << 20);
    let recs = run_bounded(&dir, &path, &["--max-article-bytes", "67108864"]);
    assert_eq!(recs.len(), 2);
    assert_analyzed(&recs[..1], "50 MB JSON line");
    let _ = std::fs::remove_dir_all(&dir);
}
