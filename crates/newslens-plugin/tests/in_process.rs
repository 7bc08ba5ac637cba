//! The in-process host against real plugin libraries: every fault of the boundary.

mod common;

use common::{doc, json_of, plugin};
use newslens_core::{AnalyzerError, AnalyzerOutput, Outputs};
use newslens_plugin::{load_plugin, Isolation, PluginError, PluginSpec};
use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};

fn faults(options: Value) -> Box<dyn newslens_core::AnalyzerInstance> {
    load_plugin(&plugin("test-faults"), &options).unwrap().1
}

fn failed(result: Result<AnalyzerOutput, AnalyzerError>) -> String {
    match result {
        Err(AnalyzerError::Failed(message)) => message,
        other => panic!("expected a failure, got {other:?}"),
    }
}

#[test]
fn keywords_plugin_loads_and_tags() {
    let (info, analyzer) = load_plugin(
        &plugin("keywords"),
        &json!({"topics": {"nuclear": ["nuclear", "warhead*"]}, "keywords": 3}),
    )
    .unwrap();
    assert_eq!(info.name, "keywords");
    assert!(info.options.iter().any(|o| o.key == "topics"));
    // The library handle is gone from this scope: the instance keeps it loaded.
    let out = json_of(
        analyzer
            .analyze(
                &doc("a", "Nuclear talks on “warheads” and nuclear fuel."),
                &Outputs::new(),
            )
            .unwrap(),
    );
    assert_eq!(out["topics"][0]["name"], "nuclear");
    assert_eq!(out["topics"][0]["count"], 3);
    assert_eq!(
        out["topics"][0]["matches"][1],
        json!({"start": 18, "end": 26, "text": "warheads", "term": "warhead*"})
    );
    assert_eq!(
        out["keywords"][0],
        json!({"term": "nuclear", "count": 2, "first": 0})
    );
}

#[test]
fn missing_library_says_how_to_build_it() {
    let path = Path::new("/nonexistent/target/release/libmy_tagger.so");
    let err = load_plugin(path, &json!({})).err().unwrap();
    assert!(matches!(err, PluginError::LibraryMissing { .. }));
    let message = err.to_string();
    assert!(
        message.contains("/nonexistent/target/release/libmy_tagger.so"),
        "{message}"
    );
    assert!(
        message.contains("cargo build --release -p my-tagger"),
        "{message}"
    );
}

#[test]
fn a_library_without_the_entry_symbol_is_not_a_plugin() {
    let err = load_plugin(&plugin("test-not-a-plugin"), &json!({}))
        .err()
        .unwrap();
    assert!(matches!(err, PluginError::NotAPlugin { .. }), "{err}");
    let message = err.to_string();
    assert!(message.contains("is not a newslens plugin"), "{message}");
    assert!(message.contains("export_analyzer!"), "{message}");
}

#[test]
fn a_file_that_is_no_library_is_refused() {
    let path = std::env::temp_dir().join(format!("nl-not-elf-{}.so", std::process::id()));
    std::fs::write(&path, b"plain text").unwrap();
    let err = load_plugin(&path, &json!({})).err().unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(matches!(err, PluginError::OpenFailed { .. }), "{err}");
}

#[test]
fn abi_mismatch_is_refused_before_any_call() {
    // Every function of that plugin panics: reaching one would fail differently.
    let err = load_plugin(&plugin("test-wrong-abi"), &json!({}))
        .err()
        .unwrap();
    let message = err.to_string();
    assert!(
        matches!(
            err,
            PluginError::AbiMismatch {
                plugin: 2,
                host: 1,
                ..
            }
        ),
        "{message}"
    );
    assert!(message.contains("ABI version 2"), "{message}");
    assert!(message.contains("speaks version 1"), "{message}");
    assert!(
        message.contains("rebuild the plugin against newslens-plugin 0.1.0"),
        "{message}"
    );
}

#[test]
fn panic_in_create_is_a_config_error_naming_the_plugin() {
    let err = load_plugin(&plugin("test-faults"), &json!({"fault": "panic-in-create"}))
        .err()
        .unwrap();
    let PluginError::Config(config) = &err else {
        panic!("{err}")
    };
    assert_eq!(config.analyzer, "test-faults");
    assert!(config.message.contains("panicked while creating"), "{err}");
    assert!(
        config.message.contains("panic in create, as configured"),
        "{err}"
    );
}

#[test]
fn bad_options_are_reported_by_the_plugin_with_the_key() {
    let err = load_plugin(&plugin("test-faults"), &json!({"fault": "explod"}))
        .err()
        .unwrap()
        .into_config_error("faulty");
    assert_eq!(err.key.as_deref(), Some("fault"));
    assert!(err.message.contains("not one of"), "{err}");
    let err = load_plugin(&plugin("keywords"), &json!({"topicz": {}}))
        .err()
        .unwrap()
        .into_config_error("keywords");
    assert!(err.to_string().contains("did you mean `topics`"), "{err}");
}

#[test]
fn panic_in_analyze_costs_one_article() {
    let analyzer = faults(json!({"fault": "panic-in-analyze", "trigger": "BOOM"}));
    let docs = [
        doc("1", "fine"),
        doc("2", "this one goes BOOM"),
        doc("3", "fine again"),
    ];
    let results: Vec<_> = docs
        .iter()
        .map(|d| analyzer.analyze(d, &Outputs::new()))
        .collect();
    assert_eq!(json_of(results[0].clone().unwrap())["id"], "1");
    let message = failed(results[1].clone());
    assert!(message.contains("panicked on this article"), "{message}");
    assert!(
        message.contains("panic in analyze, as configured"),
        "{message}"
    );
    assert_eq!(json_of(results[2].clone().unwrap())["id"], "3");
}

#[test]
fn bad_outputs_and_errors_become_article_errors() {
    let cases = [
        ("invalid-json", "returned invalid JSON"),
        (
            "not-an-object",
            "returned an array of 3 items, not a JSON object",
        ),
        ("error", "test-faults: error, as configured"),
    ];
    for (fault, needle) in cases {
        let analyzer = faults(json!({"fault": fault, "trigger": "BAD"}));
        let message = failed(analyzer.analyze(&doc("x", "BAD input"), &Outputs::new()));
        assert!(message.contains(needle), "{fault}: {message}");
        assert!(
            analyzer.analyze(&doc("y", "good"), &Outputs::new()).is_ok(),
            "{fault}"
        );
    }
}

#[test]
fn only_the_outputs_a_plugin_declares_are_sent() {
    let analyzer = faults(json!({}));
    let mut prior = Outputs::new();
    prior.insert("quote", AnalyzerOutput::Custom(json!({"quotes": []})));
    prior.insert("keywords", AnalyzerOutput::Custom(json!({"topics": []})));
    let out = json_of(analyzer.analyze(&doc("a", "Text."), &prior).unwrap());
    assert_eq!(out["received"], json!(["keywords"]));
}

#[test]
fn in_process_time_limit_gives_up_waiting() {
    let spec = PluginSpec::from_config(
        "slow",
        Path::new("/"),
        json!({"plugin": plugin("test-faults"), "timeout_ms": 100,
               "fault": "sleep", "sleep_ms": 5000, "trigger": "SLOW"})
        .as_object()
        .unwrap(),
    )
    .unwrap()
    .unwrap();
    assert_eq!(spec.isolation, Isolation::InProcess);
    let loaded = spec
        .load(|| unreachable!("in-process needs no host"))
        .unwrap();
    let started = Instant::now();
    let message = failed(
        loaded
            .instance
            .analyze(&doc("1", "SLOW article"), &Outputs::new()),
    );
    assert!(
        started.elapsed() < Duration::from_millis(4000),
        "{:?}",
        started.elapsed()
    );
    assert!(
        message.contains("time limit exceeded: no result after 100 ms"),
        "{message}"
    );
    let out = loaded
        .instance
        .analyze(&doc("2", "quick"), &Outputs::new())
        .unwrap();
    assert_eq!(json_of(out)["id"], "2");
}

#[test]
fn concurrent_calls_share_one_instance() {
    let (_, analyzer) =
        load_plugin(&plugin("keywords"), &json!({"topics": {"t": ["word"]}})).unwrap();
    std::thread::scope(|scope| {
        for t in 0..4 {
            let analyzer = &analyzer;
            scope.spawn(move || {
                for i in 0..50 {
                    let text = "word ".repeat(1 + (t * 50 + i) % 7);
                    let out = json_of(analyzer.analyze(&doc("d", &text), &Outputs::new()).unwrap());
                    assert_eq!(out["topics"][0]["count"], 1 + (t * 50 + i) % 7);
                }
            });
        }
    });
}
