//! Throughput of the date analyzer alone on the Reuters corpus (front-matter `.txt`
//! files; the body is what follows the second `---` line), single thread.
//! Skips when the corpus is absent.
//!
//! ```sh
//! cargo run --release -p newslens-date --example bench_reuters [DIR]
//! ```

use newslens_core::{Article, Document};
use newslens_date::DateAnalyzer;
use std::time::Instant;

/// The `published:` value of the front matter, as the runner reads it.
fn published(raw: &str) -> Option<newslens_core::Published> {
    raw.lines()
        .take(12)
        .find_map(|l| l.strip_prefix("published:"))
        .and_then(|v| newslens_core::Published::parse(v.trim().trim_matches('"')).ok())
}

fn body(raw: &str) -> &str {
    if !raw.starts_with("---") {
        return raw;
    }
    let mut seen = 0;
    let mut pos = 0;
    for line in raw.split_inclusive('\n') {
        pos += line.len();
        if line.trim_end() == "---" {
            seen += 1;
            if seen == 2 {
                return &raw[pos..];
            }
        }
    }
    raw
}

/// CPU seconds used by this thread so far (Linux `/proc`; `None` elsewhere). On a
/// loaded machine wall-clock time overstates the cost; CPU time does not.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // fields after the ")" that closes the command name: state is field 3, utime 14, stime 15
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0) // USER_HZ is 100 on Linux
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| {
        format!(
            "{}/../../../shared/data/corpus/reuters21578",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: no corpus at {dir}");
        return;
    };
    let mut texts = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(raw) = std::fs::read_to_string(&p) {
                texts.push((body(&raw).to_string(), published(&raw)));
            }
        }
    }
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let t0 = Instant::now();
    let docs: Vec<Document> = texts
        .into_iter()
        .map(|(t, p)| {
            let mut a = Article::new("r", t);
            a.published = p;
            Document::new(a)
        })
        .collect();
    let layer = t0.elapsed().as_secs_f64();
    let analyzer = DateAnalyzer::with_defaults();
    let mut mentions = 0;
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let cpu = thread_cpu_seconds();
        mentions = 0;
        for d in &docs {
            mentions += analyzer.analyze_document(d).mentions.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, thread_cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} docs, {:.1} MB, {mentions} mentions: date analyzer {:.1} MB/s wall clock, {:.1} MB/s of CPU time (text layer alone {:.1} MB/s wall clock)",
        docs.len(),
        mb,
        mb / best,
        mb / best_cpu,
        mb / layer
    );
}
