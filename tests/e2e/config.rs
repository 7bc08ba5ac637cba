//! Bad configurations stop the run before any work, saying where and how to fix it.

use crate::{newslens, stderr, temp_dir};

fn run_with_config(name: &str, config: &str) -> (Option<i32>, String, Vec<u8>) {
    let dir = temp_dir(name);
    std::fs::write(dir.join("analyzers.toml"), config).unwrap();
    std::fs::write(dir.join("a.txt"), "Some text.").unwrap();
    let out = newslens(&dir, &["run", "-q", "a.txt"]);
    (out.status.code(), stderr(&out), out.stdout)
}

#[test]
fn unknown_run_key_has_line_column() {
    let (code, err, stdout) =
        run_with_config("cfg-runkey", "[run]\njobs = 1\nmax_artcle_bytes = 5\n");
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty(), "nothing is processed");
    assert!(err.contains("analyzers.toml:3:1"), "{err}");
    assert!(err.contains("did you mean `max_article_bytes`"), "{err}");
}

#[test]
fn unknown_analyzer_gets_a_suggestion() {
    let (code, err, _) = run_with_config("cfg-unknown", "[analyzers.sentimnet]\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("analyzers.toml:1:"), "{err}");
    assert!(err.contains("unknown analyzer `sentimnet`"), "{err}");
}

#[test]
fn syntax_error_is_located() {
    let (code, err, _) = run_with_config("cfg-syntax", "[analyzers.date\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("line 1"), "{err}");
}

#[test]
fn unknown_analyzer_on_the_command_line() {
    let dir = temp_dir("cfg-cli");
    std::fs::write(dir.join("a.txt"), "Some text.").unwrap();
    let out = newslens(&dir, &["run", "--analyzers", "qoute", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown analyzer `qoute`"));
}

#[test]
fn a_required_analyzer_that_is_not_enabled_is_named() {
    let (code, err, stdout) = run_with_config("cfg-requires", "[analyzers.quote]\n");
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty());
    assert!(
        err.contains("analyzer `quote` requires analyzer `entities`"),
        "{err}"
    );
    assert!(err.contains("add a table [analyzers.entities]"), "{err}");
}

#[test]
fn a_misspelt_option_is_located_with_a_suggestion() {
    let (code, err, _) = run_with_config(
        "cfg-option",
        "[analyzers.entities]\n\n[analyzers.date]\ninfer_reference = true\ndefualt_reference = \"2020-01-14\"\n",
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("analyzers.toml:5:1"), "{err}");
    assert!(
        err.contains("analyzer `date`, option `defualt_reference`"),
        "{err}"
    );
    assert!(err.contains("did you mean `default_reference`"), "{err}");
}

#[test]
fn a_bad_option_value_names_the_analyzer_and_key() {
    let (code, err, _) = run_with_config("cfg-value", "[analyzers.entities]\npronouns = \"yes\"\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("analyzers.toml:2:1"), "{err}");
    assert!(err.contains("option `pronouns`"), "{err}");
}
