//! `isolation = "process"`: the plugin runs in `newslens-plugin-host` children; crashes,
//! aborts and overdue calls cost one article, and a new child takes the next.

mod common;

use common::{doc, json_of, plugin};
use newslens_core::{AnalyzerError, AnalyzerInstance, AnalyzerOutput, Outputs};
use newslens_plugin::{HostCommand, LoadedPlugin, PluginError, PluginSpec};
use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};

fn host() -> std::io::Result<HostCommand> {
    Ok(HostCommand::program(env!(
        "CARGO_BIN_EXE_newslens-plugin-host"
    )))
}

/// Loads `package` in process isolation with the extra `table` keys.
fn load(package: &str, table: Value) -> Result<LoadedPlugin, PluginError> {
    let mut table = table.as_object().unwrap().clone();
    table.insert("plugin".into(), json!(plugin(package)));
    table.insert("isolation".into(), json!("process"));
    let spec = PluginSpec::from_config(package, Path::new("/"), &table)
        .unwrap()
        .unwrap();
    spec.load(host)
}

fn failed(result: Result<AnalyzerOutput, AnalyzerError>) -> String {
    match result {
        Err(AnalyzerError::Failed(message)) => message,
        other => panic!("expected a failure, got {other:?}"),
    }
}

/// Runs three articles, the middle one triggering the fault; returns its error.
fn middle_article_fails(analyzer: &dyn AnalyzerInstance) -> String {
    let first = analyzer
        .analyze(&doc("1", "fine"), &Outputs::new())
        .unwrap();
    assert_eq!(json_of(first)["id"], "1");
    let message = failed(analyzer.analyze(&doc("2", "this one: FAULT"), &Outputs::new()));
    let third = analyzer
        .analyze(&doc("3", "fine again"), &Outputs::new())
        .unwrap();
    assert_eq!(json_of(third)["id"], "3");
    message
}

#[test]
fn same_output_as_in_process() {
    let options =
        json!({"topics": {"nuclear": ["nuclear", "warhead*"], "talks": ["summit", "talks"]}});
    let isolated = load("keywords", options.clone()).unwrap();
    assert_eq!(isolated.info.name, "keywords");
    let (_, local) = newslens_plugin::load_plugin(&plugin("keywords"), &options).unwrap();
    let text = common::sample_article()
        .unwrap_or_else(|| "Nuclear talks on “warheads” and a summit; nuclear fuel.".to_string());
    let d = doc("nk", &text);
    assert_eq!(
        isolated.instance.analyze(&d, &Outputs::new()).unwrap(),
        local.analyze(&d, &Outputs::new()).unwrap()
    );
}

#[test]
fn abort_costs_one_article_and_the_process_restarts() {
    let loaded = load("test-faults", json!({"fault": "abort", "trigger": "FAULT"})).unwrap();
    let message = middle_article_fails(&*loaded.instance);
    assert!(
        message.contains("was killed by signal 6 (SIGABRT)"),
        "{message}"
    );
    assert!(
        message.contains("a new one starts for the next article"),
        "{message}"
    );
}

#[test]
fn segfault_costs_one_article() {
    let loaded = load(
        "test-faults",
        json!({"fault": "segfault", "trigger": "FAULT"}),
    )
    .unwrap();
    let message = middle_article_fails(&*loaded.instance);
    assert!(message.contains("SIGSEGV"), "{message}");
}

#[test]
fn panic_and_bad_output_in_a_child_are_article_errors() {
    let cases = [
        ("panic-in-analyze", "panicked on this article"),
        ("invalid-json", "returned invalid JSON"),
        ("not-an-object", "not a JSON object"),
    ];
    for (fault, needle) in cases {
        let loaded = load("test-faults", json!({"fault": fault, "trigger": "FAULT"})).unwrap();
        let message = middle_article_fails(&*loaded.instance);
        assert!(message.contains(needle), "{fault}: {message}");
    }
}

#[test]
fn a_plugin_printing_to_stdout_does_not_break_the_protocol() {
    let loaded = load("test-faults", json!({"fault": "print"})).unwrap();
    for i in 0..3 {
        let out = loaded
            .instance
            .analyze(&doc(&i.to_string(), "text"), &Outputs::new())
            .unwrap();
        assert_eq!(json_of(out)["id"], i.to_string());
    }
}

#[test]
fn overdue_calls_are_killed() {
    let loaded = load(
        "test-faults",
        json!({"fault": "sleep", "sleep_ms": 30000, "trigger": "FAULT", "timeout_ms": 300}),
    )
    .unwrap();
    let started = Instant::now();
    let message = middle_article_fails(&*loaded.instance);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert!(
        message.contains("time limit exceeded: no result after 300 ms"),
        "{message}"
    );
    assert!(message.contains("was killed"), "{message}");
}

#[test]
fn load_errors_come_back_from_the_child() {
    let err = load("test-wrong-abi", json!({})).err().unwrap().to_string();
    assert!(
        err.contains("ABI version 2") && err.contains("speaks version 1"),
        "{err}"
    );
    let err = load("test-not-a-plugin", json!({}))
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("is not a newslens plugin"), "{err}");
    let err = load("test-faults", json!({"fault": "panic-in-create"}))
        .err()
        .unwrap();
    let config = err.into_config_error("test-faults");
    assert_eq!(config.analyzer, "test-faults");
    assert!(
        config.message.contains("panicked while creating"),
        "{config}"
    );
    let err = load("test-faults", json!({"fault": "nope"})).err().unwrap();
    assert_eq!(err.into_config_error("x").key.as_deref(), Some("fault"));
}

#[test]
fn missing_library_and_missing_host_are_reported() {
    let mut table = json!({"plugin": "no/such/libthing.so", "isolation": "process"});
    let spec = PluginSpec::from_config("thing", Path::new("/tmp"), table.as_object().unwrap())
        .unwrap()
        .unwrap();
    let err = spec.load(host).err().unwrap();
    assert!(matches!(err, PluginError::LibraryMissing { .. }), "{err}");

    table["plugin"] = json!(plugin("keywords"));
    let spec = PluginSpec::from_config("kw", Path::new("/"), table.as_object().unwrap())
        .unwrap()
        .unwrap();
    let err = spec
        .load(|| Ok(HostCommand::program("/no/such/newslens-plugin-host")))
        .err()
        .unwrap();
    assert!(matches!(err, PluginError::Spawn { .. }), "{err}");
}

#[test]
fn concurrent_calls_use_several_children() {
    let loaded = load("test-faults", json!({"fault": "sleep", "sleep_ms": 1000})).unwrap();
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..4 {
            let analyzer = &loaded.instance;
            scope.spawn(move || {
                let out = analyzer
                    .analyze(&doc(&t.to_string(), "x"), &Outputs::new())
                    .unwrap();
                assert_eq!(json_of(out)["id"], t.to_string());
            });
        }
    });
    // Four 1 s calls in parallel children, not one after the other (4 s).
    assert!(
        started.elapsed() < Duration::from_millis(3000),
        "{:?}",
        started.elapsed()
    );
}
