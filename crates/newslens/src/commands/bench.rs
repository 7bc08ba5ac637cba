//! `newslens bench`: per-analyzer throughput on a corpus, one core, articles in memory
//! (reading excluded), so each figure is the analyzer's own cost. Stages are timed in
//! thread CPU time, so the figures hold on a busy machine.

use super::EngineArgs;
use crate::engine::thread_cpu_clock;
use crate::read::{parse_item, InputArg, InputWalker};
use anyhow::{bail, Result};
use newslens_core::Document;
use std::process::ExitCode;
use std::time::Duration;

/// Arguments of `newslens bench`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files and folders holding the corpus (e.g. ../shared/data/corpus/reuters21578).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Use at most this many articles.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Run the analyzers over the corpus this many times and keep the fastest pass.
    #[arg(long, default_value_t = 3)]
    pub passes: usize,
}

/// Runs the benchmark.
pub fn main(args: Args) -> Result<ExitCode> {
    let (_, engine) = args.engine.engine()?;
    let inputs = args.paths.iter().map(|p| InputArg::parse(p)).collect();
    let walker = InputWalker::new(inputs, super::run::DEFAULT_MAX_ARTICLE_BYTES);
    let mut articles = Vec::new();
    for item in walker.take(args.limit.unwrap_or(usize::MAX)) {
        if let Ok(parsed) = parse_item(item) {
            articles.push(parsed.article);
        }
    }
    if articles.is_empty() {
        bail!("no readable article under {}", args.paths.join(", "));
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    let started = thread_cpu_clock();
    let docs: Vec<Document> = articles.into_iter().map(Document::new).collect();
    let layer_time = thread_cpu_clock().saturating_sub(started);
    let mut best: Vec<Duration> = vec![Duration::MAX; engine.stages().len()];
    for _ in 0..args.passes.max(1) {
        let mut times = vec![Duration::ZERO; engine.stages().len()];
        for doc in &docs {
            let (_, _, stage_times) = engine.analyze_timed(doc, thread_cpu_clock);
            for (slot, t) in times.iter_mut().zip(stage_times) {
                *slot += t;
            }
        }
        for (b, t) in best.iter_mut().zip(times) {
            *b = (*b).min(t);
        }
    }
    println!(
        "{} articles, {mb:.2} MB of text, one core (thread CPU time), best of {} passes",
        docs.len(),
        args.passes.max(1)
    );
    println!("{:<20} {:>10} {:>12}", "stage", "seconds", "MB/s");
    let row = |name: &str, d: Duration| {
        let s = d.as_secs_f64();
        println!("{name:<20} {s:>10.3} {:>12.1}", mb / s.max(1e-9));
    };
    row("text layer", layer_time);
    let mut total = layer_time;
    for (stage, t) in engine.stages().iter().zip(&best) {
        row(&stage.info.name, *t);
        total += *t;
    }
    row("all (text layer + analyzers)", total);
    Ok(ExitCode::SUCCESS)
}
