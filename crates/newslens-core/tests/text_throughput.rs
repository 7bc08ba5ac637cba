//! Throughput of the text layer (paragraphs, tokens, sentences) on the Reuters-21578
//! corpus in `../shared/data/corpus/reuters21578` (never copied into the repository).
//!
//! Run with `cargo test --release -p newslens-core --test text_throughput -- --ignored --nocapture`.
//! Skips with a message when the corpus is absent.

use newslens_core::text::TextLayer;
use std::path::Path;
use std::time::Instant;

/// The body of a front-matter file (everything after the closing `---` line).
fn body(file: &str) -> &str {
    if let Some(rest) = file.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            return &rest[end + 5..];
        }
    }
    file
}

/// Nanoseconds this thread has spent on a CPU (Linux `/proc/thread-self/schedstat`), so
/// that the figure holds on a shared, busy machine; `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

#[test]
#[ignore = "benchmark: run with --ignored --nocapture in release mode"]
fn text_layer_throughput_on_reuters() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/corpus/reuters21578");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("SKIP: {} not found", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let files: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bodies: Vec<&str> = files.iter().map(|f| body(f)).collect();
    let bytes: usize = bodies.iter().map(|b| b.len()).sum();
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut counts = (0, 0, 0);
    for _ in 0..6 {
        let started = Instant::now();
        let cpu_started = thread_cpu_ns();
        counts = (0, 0, 0);
        for text in &bodies {
            let layer = TextLayer::build(text);
            counts.0 += layer.paragraphs.len();
            counts.1 += layer.sentences.len();
            counts.2 += layer.tokens.len();
        }
        best = best.min(started.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_started, thread_cpu_ns()) {
            best_cpu = best_cpu.min((b - a) as f64 / 1e9);
        }
    }
    println!(
        "text layer: {} articles, {:.1} MB in {:.3} s wall = {:.1} MB/s, {:.3} s on the CPU = \
         {:.1} MB/s (single core); {} paragraphs, {} sentences, {} tokens",
        bodies.len(),
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best,
        best_cpu,
        bytes as f64 / 1e6 / best_cpu,
        counts.0,
        counts.1,
        counts.2
    );
}
