//! Builds the text layer for the first N files of a folder of front-matter articles and
//! prints bytes, tokens and time: `cargo run --release -p newslens-core --example
//! text_layer_bench DIR [N]`. Small enough to run under `valgrind --tool=callgrind`
//! for instruction counts, which stay exact on a busy machine.

use newslens_core::text::TextLayer;
use std::time::Instant;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: text_layer_bench DIR [N]");
    let limit: usize = args.next().map_or(usize::MAX, |n| n.parse().expect("N"));
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    paths.truncate(limit);
    let files: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bodies: Vec<&str> = files
        .iter()
        .map(|f| {
            f.strip_prefix("---\n")
                .and_then(|r| r.find("\n---\n").map(|e| &r[e + 5..]))
                .unwrap_or(f)
        })
        .collect();
    let bytes: usize = bodies.iter().map(|b| b.len()).sum();
    let started = Instant::now();
    let mut tokens = 0;
    for body in &bodies {
        tokens += TextLayer::build(body).tokens.len();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{} files, {bytes} bytes, {tokens} tokens, {secs:.3} s, {:.1} MB/s",
        bodies.len(),
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
