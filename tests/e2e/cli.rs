//! `init`, `analyzers` and `analyze`.

use crate::{fixture, newslens, stderr, temp_dir};

#[test]
fn init_writes_a_config_that_loads() {
    let dir = temp_dir("init");
    let out = newslens(&dir, &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.join("analyzers.toml")).unwrap();
    assert!(text.contains("[run]"));
    let again = newslens(&dir, &["init"]);
    assert_eq!(again.status.code(), Some(2), "no silent overwrite");
    std::fs::write(dir.join("a.txt"), "Some text.").unwrap();
    let run = newslens(&dir, &["run", "-q", "a.txt"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
}

#[test]
fn analyze_shows_one_article() {
    let dir = temp_dir("analyze");
    let file = fixture("mixed/council-budget.md");
    let out = newslens(&dir, &["analyze", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Riverton council passes budget"), "{text}");
    assert!(text.contains("published 2023-06-21"), "{text}");
    let json = newslens(&dir, &["analyze", "--json", file.to_str().unwrap()]);
    let record: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(record["id"], "riverton-budget-2023");
}

#[test]
fn export_timeml_keeps_the_text_byte_for_byte() {
    let dir = temp_dir("export-timeml");
    let file = crate::root().join("examples/articles/nk-denuclearization.txt");
    let out = newslens(
        &dir,
        &["export", "timeml", file.to_str().unwrap(), "-o", "tml"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let tml = std::fs::read_to_string(dir.join("tml/nk-denuclearization.tml")).unwrap();
    assert!(tml.contains(
        "<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P2Y\">the past two years</TIMEX3>"
    ));
    let inner = &tml[tml.find("<TEXT>").unwrap() + 6..tml.find("</TEXT>").unwrap()];
    let mut plain = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let source = std::fs::read_to_string(&file).unwrap();
    let body = source.splitn(3, "---\n").nth(2).unwrap();
    assert_eq!(plain, body);
}

#[test]
fn eval_sentiment_on_a_folder_without_sets_says_where_they_are() {
    let dir = temp_dir("eval-sentiment-empty");
    let out = newslens(&dir, &["eval", "sentiment", "--data", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("no evaluation set in ."), "{message}");
    assert!(message.contains("sentiment/articles"), "{message}");
}

#[test]
fn a_reader_closing_standard_output_ends_commands_quietly() {
    use std::process::{Command, Stdio};
    let dir = temp_dir("closed-stdout");
    // Output far larger than a pipe's buffer, so that newslens is still writing when the
    // reader has gone, whenever it starts.
    let paragraph = "\u{201c}The talks will resume on Monday,\u{201d} said Jane Doe, a \
                     spokeswoman for the ministry. Negotiators failed to reach a deal last \
                     week, and the strike is now in its third week.\n\n";
    std::fs::create_dir_all(dir.join("many")).unwrap();
    for i in 0..40 {
        std::fs::write(dir.join(format!("many/{i}.txt")), paragraph.repeat(20)).unwrap();
    }
    std::fs::write(dir.join("long.txt"), paragraph.repeat(400)).unwrap();
    for args in [
        vec!["run", "-q", "many"],
        vec!["analyze", "--json", "long.txt"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
            .args(&args)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away (`| head -0`).
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(141), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}
