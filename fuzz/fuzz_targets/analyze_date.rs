//! Fuzz target: the `date` analyzer (and what it requires) through the engine on
//! arbitrary text, with and without a published date, a title and stance targets.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::Engine;
use newslens::read::Parsed;
use std::sync::LazyLock;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| newslens_fuzz::engine(&["date"]));

fuzz_target!(|data: &[u8]| {
    if let Some(article) = newslens_fuzz::article_from_bytes(data) {
        let parsed = Parsed {
            article,
            warnings: Vec::new(),
        };
        let record = newslens_fuzz::process_and_check(&ENGINE, Ok(parsed));
        assert!(
            record["analyzers"].get("date").is_some()
                || !record["errors"].as_array().is_some_and(|e| e.is_empty()),
            "no output and no error for date"
        );
    }
});
