//! Fuzz target: the `date` analyzer (and what it requires) through the engine on
//! arbitrary text, with and without a published date, a title and stance targets.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::Engine;
use std::sync::LazyLock;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| newslens_fuzz::engine(&["date"]));

fuzz_target!(|data: &[u8]| newslens_fuzz::analyze_and_check(&ENGINE, "date", data));
