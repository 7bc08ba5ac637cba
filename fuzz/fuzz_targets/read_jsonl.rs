//! Fuzz target: a `.jsonl` file walked by `InputWalker` (line splitting, the per-line
//! size cap, blank lines) and every line parsed and written as a record.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::Engine;
use newslens::read::{parse_item, InputArg, InputWalker};
use std::sync::LazyLock;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| newslens_fuzz::engine(&[]));
static FILE: LazyLock<std::path::PathBuf> = LazyLock::new(|| {
    std::env::temp_dir().join(format!("newslens-fuzz-{}.jsonl", std::process::id()))
});

fuzz_target!(|data: &[u8]| {
    // Byte 0 picks the per-article cap: small caps exercise the over-long-line path.
    let Some((&cap, body)) = data.split_first() else {
        return;
    };
    let max_bytes = if cap < 128 { u64::from(cap) } else { 16 << 20 };
    std::fs::write(&*FILE, body).expect("the temp file is writable");
    let walker = InputWalker::new(vec![InputArg::Path(FILE.clone())], max_bytes);
    let mut items = 0usize;
    for item in walker {
        items += 1;
        let parsed = parse_item(item);
        newslens_fuzz::process_and_check(&ENGINE, parsed);
    }
    let lines = body.split(|b| *b == b'\n').count();
    assert!(items <= lines, "{items} items from {lines} lines");
});
