//! Plugins end to end: the real binary loading the workspace's plugin libraries from
//! analyzers.toml, every fault of the plugin boundary, and process isolation.

use crate::{newslens, records, stderr, temp_dir};
use newslens_plugin::build::{build_packages, profile_dir_of};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The plugin packages used here.
const PLUGINS: [&str; 4] = [
    "keywords",
    "test-faults",
    "test-wrong-abi",
    "test-not-a-plugin",
];

/// Builds the plugins once, in the binary's target folder and profile; returns the
/// folder holding the libraries.
fn plugin_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let bin = Path::new(env!("CARGO_BIN_EXE_newslens"));
        build_packages(
            &crate::root().join("Cargo.toml"),
            &profile_dir_of(bin),
            &PLUGINS,
        )
    })
}

/// `plugin_dir()` joined with the platform file name of `package`.
fn library(package: &str) -> PathBuf {
    plugin_dir().join(newslens_plugin::library_file_name(package))
}

/// A project folder with three articles (the second holds `FAULT`) and `config`.
fn project(name: &str, config: &str) -> PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(
        dir.join("articles/a.txt"),
        "Nuclear talks resumed in Hanoi.",
    )
    .unwrap();
    std::fs::write(dir.join("articles/b.txt"), "This article holds a FAULT.").unwrap();
    std::fs::write(
        dir.join("articles/c.txt"),
        "Sanctions stay, the envoy said.",
    )
    .unwrap();
    std::fs::write(dir.join("analyzers.toml"), config).unwrap();
    dir
}

/// A faults plugin table: `fault` on the FAULT article, plus `extra` lines.
fn faults_config(fault: &str, extra: &str) -> String {
    format!(
        "[analyzers.faulty]\nplugin = {:?}\nfault = \"{fault}\"\ntrigger = \"FAULT\"\n{extra}",
        library("test-faults")
    )
}

/// Runs the project; returns the exit code, the records and standard error.
fn run(dir: &Path) -> (Option<i32>, Vec<Value>, String) {
    let out = newslens(dir, &["run", "-q", "-j", "2", "articles"]);
    (out.status.code(), records(&out.stdout), stderr(&out))
}

/// Asserts that only the FAULT article (b.txt) failed, with a message containing `needle`.
fn only_the_fault_article_failed(dir: &Path, needle: &str) {
    let (code, recs, err) = run(dir);
    assert_eq!(code, Some(1), "exit 1: one article failed\n{err}");
    assert_eq!(recs.len(), 3, "{err}");
    for rec in &recs {
        let source = rec["source"].as_str().unwrap();
        if source.ends_with("b.txt") {
            assert!(rec["analyzers"].get("faulty").is_none(), "{rec}");
            assert_eq!(rec["errors"][0]["analyzer"], "faulty", "{rec}");
            let message = rec["errors"][0]["message"].as_str().unwrap();
            assert!(message.contains(needle), "{message}");
        } else {
            assert_eq!(rec["errors"], Value::Array(vec![]), "{rec}");
            assert!(
                rec["analyzers"]["faulty"]["chars"].as_u64().unwrap() > 10,
                "{rec}"
            );
        }
    }
}

/// Asserts that the run stops before any article with an error containing `needles`.
fn config_error(dir: &Path, needles: &[&str]) {
    let (code, recs, err) = run(dir);
    assert_eq!(code, Some(2), "{err}");
    assert!(recs.is_empty(), "nothing is processed");
    for needle in needles {
        assert!(err.contains(needle), "missing `{needle}` in: {err}");
    }
}

#[test]
fn keywords_plugin_from_a_relative_path_without_suffix() {
    let dir = temp_dir("plugin-keywords");
    // The plugin path is relative to analyzers.toml, with no platform prefix or suffix.
    let config_dir = dir.join("conf");
    std::fs::create_dir_all(&config_dir).unwrap();
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(
        dir.join("articles/a.txt"),
        "Nuclear talks on “warheads” and nuclear fuel.",
    )
    .unwrap();
    let up = "../".repeat(config_dir.components().count() - 1);
    let bare = format!(
        "{up}{}/keywords",
        plugin_dir().strip_prefix("/").unwrap().display()
    );
    std::fs::write(
        config_dir.join("analyzers.toml"),
        format!(
            "[analyzers.tags]\nplugin = \"{bare}\"\ntopics = {{ nuclear = [\"nuclear\", \"warhead*\"] }}\nkeywords = 2\n"
        ),
    )
    .unwrap();
    let out = newslens(
        &dir,
        &["run", "-q", "--config", "conf/analyzers.toml", "articles"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out.stdout);
    let tags = &recs[0]["analyzers"]["tags"];
    assert_eq!(tags["topics"][0]["name"], "nuclear", "{tags}");
    assert_eq!(tags["topics"][0]["count"], 3);
    assert_eq!(tags["topics"][0]["matches"][1]["text"], "warheads");
    assert_eq!(tags["topics"][0]["matches"][1]["start"], 18);

    let listed = newslens(&dir, &["analyzers", "--config", "conf/analyzers.toml"]);
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(text.contains("tags") && text.contains("topics"), "{text}");
}

#[test]
fn missing_library() {
    let dir = project(
        "plugin-missing",
        "[analyzers.mine]\nplugin = \"target/release/my-tagger\"\n",
    );
    let expected = dir
        .join("target/release")
        .join(newslens_plugin::library_file_name("my-tagger"));
    config_error(
        &dir,
        &[
            "analyzers.toml:1:",
            &expected.display().to_string(),
            "cargo build --release -p my-tagger",
        ],
    );
}

#[test]
fn not_a_plugin() {
    let config = format!(
        "[analyzers.x]\nplugin = {:?}\n",
        library("test-not-a-plugin")
    );
    config_error(
        &project("plugin-not", &config),
        &["is not a newslens plugin", "newslens new-plugin"],
    );
}

#[test]
fn abi_mismatch() {
    let config = format!("[analyzers.x]\nplugin = {:?}\n", library("test-wrong-abi"));
    config_error(
        &project("plugin-abi", &config),
        &[
            "ABI version 2",
            "speaks version 1",
            "rebuild the plugin against newslens-plugin",
        ],
    );
}

#[test]
fn panic_in_create_is_a_config_error_naming_the_plugin() {
    let dir = project("plugin-create", &faults_config("panic-in-create", ""));
    config_error(&dir, &["analyzer `faulty`", "panicked while creating"]);
}

#[test]
fn bad_plugin_option_points_at_its_line() {
    let dir = project("plugin-option", &faults_config("explode", ""));
    config_error(&dir, &["analyzers.toml:3:", "option `fault`", "not one of"]);
    let dir = project(
        "plugin-isolation",
        &faults_config("none", "isolation = \"thread\"\n"),
    );
    config_error(&dir, &["analyzers.toml:5:", "option `isolation`"]);
}

#[test]
fn panic_in_analyze_costs_one_article() {
    let dir = project("plugin-panic", &faults_config("panic-in-analyze", ""));
    only_the_fault_article_failed(&dir, "panicked on this article");
}

#[test]
fn invalid_json_and_wrong_shape() {
    let dir = project("plugin-json", &faults_config("invalid-json", ""));
    only_the_fault_article_failed(&dir, "returned invalid JSON");
    let dir = project("plugin-shape", &faults_config("not-an-object", ""));
    only_the_fault_article_failed(&dir, "not a JSON object");
}

#[test]
fn time_limit_in_process() {
    let dir = project(
        "plugin-slow",
        &faults_config("sleep", "sleep_ms = 10000\ntimeout_ms = 200\n"),
    );
    let started = std::time::Instant::now();
    only_the_fault_article_failed(&dir, "time limit exceeded");
    // The overdue call is abandoned: the run does not wait the 10 s out.
    assert!(
        started.elapsed().as_millis() < 8000,
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn process_isolation_survives_abort_and_segfault() {
    for (fault, signal) in [("abort", "SIGABRT"), ("segfault", "SIGSEGV")] {
        let dir = project(
            &format!("plugin-{fault}"),
            &faults_config(fault, "isolation = \"process\"\n"),
        );
        only_the_fault_article_failed(&dir, signal);
    }
}

#[test]
fn time_limit_in_process_isolation_kills_the_child() {
    let dir = project(
        "plugin-slow-child",
        &faults_config(
            "sleep",
            "sleep_ms = 30000\ntimeout_ms = 300\nisolation = \"process\"\n",
        ),
    );
    let started = std::time::Instant::now();
    only_the_fault_article_failed(&dir, "the plugin process was killed");
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

#[test]
fn process_isolation_matches_in_process_output() {
    let table = |isolation: &str| {
        format!(
            "[analyzers.keywords]\nplugin = {:?}\nisolation = \"{isolation}\"\ntopics = {{ talks = [\"talks\", \"envoy\"], sanctions = [\"sanction*\"] }}\n",
            library("keywords")
        )
    };
    let (code, local, err) = run(&project("plugin-local", &table("in-process")));
    assert_eq!(code, Some(0), "{err}");
    let (code, isolated, err) = run(&project("plugin-isolated", &table("process")));
    assert_eq!(code, Some(0), "{err}");
    let analyzers = |recs: &[Value]| {
        recs.iter()
            .map(|r| r["analyzers"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(analyzers(&local), analyzers(&isolated));
    assert_eq!(
        local[2]["analyzers"]["keywords"]["topics"][0]["name"],
        "sanctions"
    );
}
