//! Property tests of the runner, through the library (`newslens::run::run`):
//!
//! - every span of every analyzer's output slices the article text at code points, on
//!   generated news-like text with and without a published date, a title and targets;
//! - the output order equals the input order for any `--jobs`;
//! - resuming after an interruption at any point (a record boundary or mid-line) yields
//!   each article exactly once, and the same file as an uninterrupted run.

use crate::temp_dir;
use newslens::check::check_record_spans;
use newslens::config::Config;
use newslens::engine::Engine;
use newslens::read::{InputArg, Parsed};
use newslens::run::{run, RunOptions};
use newslens_core::{Article, Published, StanceTarget};
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use std::sync::LazyLock;

/// Every built-in analyzer with its defaults.
static ALL: LazyLock<Engine> =
    LazyLock::new(|| Engine::build(&Config::default(), None).expect("the default engine builds"));

/// The date analyzer alone: real work whose cost varies with the text, for the runner tests.
static DATE: LazyLock<Engine> = LazyLock::new(|| {
    Engine::build(&Config::default(), Some(&["date".to_string()])).expect("the date engine builds")
});

fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "Kim Jong Un",
        "said",
        "told reporters",
        "the",
        "U.S.",
        "Mr.",
        "President Trump",
        "Robert Manning",
        "on Saturday",
        "next week",
        "in March",
        "2019",
        "Jan. 5",
        "three years",
        "every Tuesday",
        "good",
        "terrible",
        "not",
        "very",
        "North Korea",
        "nuclear weapons",
        "“",
        "”",
        "\"",
        "'",
        "’",
        ".",
        "?",
        "!",
        ",",
        ":",
        "—",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "é",
        "e\u{301}",
        "مرحبا",
        "👩\u{200d}👩\u{200d}👧",
        "\u{0}",
        "\u{feff}",
        "\u{200b}",
        "he",
        "she",
        "they",
        "according to",
    ])
    .prop_map(str::to_string);
    prop_oneof![9 => fixed, 1 => any::<char>().prop_map(String::from)]
}

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..max).prop_map(|p| p.concat())
}

/// `n` articles as files `a000.txt`…; sizes vary so that workers finish out of order.
fn write_articles(dir: &Path, sizes: &[usize]) -> Vec<String> {
    let mut sources = Vec::new();
    for (i, size) in sizes.iter().enumerate() {
        let name = format!("a{i:03}.txt");
        let body = format!("Story {i} ran on Tuesday, Jan. 14, 2020. ").repeat(*size + 1);
        std::fs::write(dir.join(&name), body).unwrap();
        sources.push(dir.join(&name).to_string_lossy().into_owned());
    }
    sources
}

fn run_to(engine: &Engine, input: &Path, out: &Path, jobs: usize, resume: bool) {
    run(
        engine,
        RunOptions {
            inputs: vec![InputArg::Path(input.to_path_buf())],
            output: Some(out.to_path_buf()),
            resume,
            jobs,
            include_text: false,
            max_article_bytes: 1 << 24,
            progress: false,
        },
    )
    .expect("the run succeeds");
}

fn sources_of(out: &Path) -> Vec<String> {
    std::fs::read_to_string(out)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("whole JSON lines");
            v["source"].as_str().unwrap().to_string()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_analyzer_span_slices_the_text(
        text in text(80),
        title in prop::option::of(text(8)),
        target in prop::option::of(text(6)),
        published in prop::option::of((1i32..3000, 1u8..=12, 1u8..=28)),
    ) {
        let mut article = Article::new("p", text);
        article.title = title;
        article.published = published
            .and_then(|(y, m, d)| Published::parse(&format!("{y:04}-{m:02}-{d:02}")).ok());
        if let Some(t) = target {
            article.targets.push(StanceTarget { id: "t".into(), text: t, keywords: vec![] });
        }
        let parsed = Parsed { article, warnings: Vec::new() };
        let line = ALL.process(Ok(parsed), "p", "p", true).line;
        let record: Value = serde_json::from_slice(&line).unwrap();
        for e in record["errors"].as_array().unwrap() {
            prop_assert!(!e["message"].as_str().unwrap().contains("panicked"), "{e}");
        }
        let checked = check_record_spans(&record).map_err(TestCaseError::fail)?;
        prop_assert!(checked > 0 || record["text"].as_str().unwrap().trim().is_empty()
            || !record["errors"].as_array().unwrap().is_empty()
            || record["analyzers"].as_object().unwrap().len() == ALL.stages().len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn output_order_is_input_order_for_any_jobs(
        sizes in prop::collection::vec(prop_oneof![4 => 0usize..3, 1 => 50usize..400], 1..40),
        jobs in 1usize..9,
    ) {
        let dir = temp_dir("prop-order");
        let inputs = dir.join("in");
        std::fs::create_dir_all(&inputs).unwrap();
        let expected = write_articles(&inputs, &sizes);
        let out = dir.join("out.jsonl");
        run_to(&DATE, &inputs, &out, jobs, false);
        let got = sources_of(&out);
        let _ = std::fs::remove_dir_all(&dir);
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn resume_after_any_interruption_yields_each_article_once(
        n in 1usize..40,
        cut in 0.0f64..1.0,
        at_boundary in any::<bool>(),
        jobs in 1usize..5,
    ) {
        let dir = temp_dir("prop-resume");
        let inputs = dir.join("in");
        std::fs::create_dir_all(&inputs).unwrap();
        // Files and a JSON Lines collection, so that both kinds of source resume.
        write_articles(&inputs, &vec![1; n / 2]);
        let lines: String = (0..n - n / 2)
            .map(|i| format!("{}\n", serde_json::json!({"id": format!("j{i}"), "text": format!("Line {i} on Monday.")})))
            .collect();
        std::fs::write(inputs.join("z.jsonl"), lines).unwrap();
        let full = dir.join("full.jsonl");
        run_to(&DATE, &inputs, &full, jobs, false);
        let complete = std::fs::read(&full).unwrap();

        // Interrupt: keep a prefix ending at a record boundary or anywhere in a line.
        let mut keep = (cut * complete.len() as f64) as usize;
        if at_boundary {
            keep = complete[..keep].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        }
        let out = dir.join("out.jsonl");
        std::fs::write(&out, &complete[..keep]).unwrap();
        run_to(&DATE, &inputs, &out, jobs, true);
        let resumed = std::fs::read(&out).unwrap();
        let sources = sources_of(&out);
        let _ = std::fs::remove_dir_all(&dir);
        let unique: std::collections::HashSet<&String> = sources.iter().collect();
        prop_assert_eq!(unique.len(), sources.len(), "an article twice");
        prop_assert_eq!(sources.len(), n, "an article missing");
        prop_assert!(resumed == complete, "the resumed file differs from an uninterrupted run");
    }
}
