//! Fuzz target: one `Format::Html` input item through the reader and the record writer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::Engine;
use newslens::read::Format;
use std::sync::LazyLock;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| newslens_fuzz::engine(&[]));

fuzz_target!(|data: &[u8]| {
    newslens_fuzz::read_and_check(&ENGINE, Format::Html, data);
});
