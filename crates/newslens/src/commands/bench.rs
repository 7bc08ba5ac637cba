//! `newslens bench`: per-analyzer throughput on a corpus, one core, articles in memory
//! (reading excluded), so each figure is the analyzer's own cost. Stages are timed in
//! thread CPU time, so the figures hold on a busy machine.

use super::{synthetic, EngineArgs};
use crate::engine::{thread_cpu_clock, Engine};
use crate::read::{parse_item, InputArg, InputWalker};
use anyhow::{bail, Result};
use newslens_core::{Article, Document, Published};
use std::process::ExitCode;
use std::time::Duration;

/// Arguments of `newslens bench`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files and folders holding the corpus (e.g. ../shared/data/corpus/reuters21578).
    #[arg(required_unless_present = "linear", value_name = "PATH")]
    pub paths: Vec<String>,
    /// The configuration and analyzer selection.
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Use at most this many articles.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Run the analyzers over the corpus this many times and keep the fastest pass.
    #[arg(long, default_value_t = 3)]
    pub passes: usize,
    /// Instead of a corpus, compare the per-MB cost of a synthetic ~1 MB article (many
    /// paragraphs, quotes, names and dates) with that of a 5 KB one, per stage.
    #[arg(long)]
    pub linear: bool,
}

/// Runs the benchmark.
pub fn main(args: Args) -> Result<ExitCode> {
    let (_, engine) = args.engine.engine()?;
    if args.linear {
        return linear(&engine, args.passes.max(1));
    }
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
    crate::outln!(
        "{} articles, {mb:.2} MB of text, one core (thread CPU time), best of {} passes",
        docs.len(),
        args.passes.max(1)
    )?;
    crate::outln!("{:<20} {:>10} {:>12}", "stage", "seconds", "MB/s")?;
    let row = |name: &str, d: Duration| {
        let s = d.as_secs_f64();
        crate::outln!("{name:<20} {s:>10.3} {:>12.1}", mb / s.max(1e-9))
    };
    row("text layer", layer_time)?;
    let mut total = layer_time;
    for (stage, t) in engine.stages().iter().zip(&best) {
        row(&stage.info.name, *t)?;
        total += *t;
    }
    row("all (text layer + analyzers)", total)?;
    Ok(ExitCode::SUCCESS)
}

/// Seconds of thread CPU time per MB of each stage (text layer first) on `text`,
/// analyzed `repeat` times per pass, best of `passes`.
fn per_mb_times(engine: &Engine, text: &str, repeat: usize, passes: usize) -> Vec<f64> {
    let mb = (text.len() * repeat) as f64 / 1e6;
    let article = || {
        let mut a = Article::new("synthetic", text);
        a.published = Published::parse("2023-06-21").ok();
        a
    };
    let mut best = vec![f64::MAX; engine.stages().len() + 1];
    for _ in 0..passes {
        let mut times = vec![Duration::ZERO; engine.stages().len() + 1];
        for _ in 0..repeat {
            let a = article();
            let started = thread_cpu_clock();
            let doc = Document::new(a);
            times[0] += thread_cpu_clock().saturating_sub(started);
            let (_, _, stage_times) = engine.analyze_timed(&doc, thread_cpu_clock);
            for (slot, t) in times[1..].iter_mut().zip(stage_times) {
                *slot += t;
            }
        }
        for (b, t) in best.iter_mut().zip(times) {
            *b = b.min(t.as_secs_f64() / mb);
        }
    }
    best
}

/// `--linear`: per-MB cost of a ~1 MB article against a 5 KB one, per stage; a ratio
/// above 1.3 flags a stage whose cost grows faster than the article.
fn linear(engine: &Engine, passes: usize) -> Result<ExitCode> {
    let small = synthetic::article_text(5_000);
    let large = synthetic::article_text(1_000_000);
    let repeat = large.len() / small.len();
    let small_times = per_mb_times(engine, &small, repeat, passes);
    let large_times = per_mb_times(engine, &large, 1, passes);
    crate::outln!(
        "per-MB thread CPU time: {} B article x{repeat} vs one {} B article, best of {passes} passes",
        small.len(),
        large.len()
    )?;
    crate::outln!(
        "{:<20} {:>12} {:>12} {:>8}",
        "stage",
        "s/MB small",
        "s/MB large",
        "ratio"
    )?;
    let names =
        std::iter::once("text layer").chain(engine.stages().iter().map(|s| s.info.name.as_str()));
    let mut worst = 0.0f64;
    for ((name, s), l) in names.zip(&small_times).zip(&large_times) {
        let ratio = l / s.max(1e-12);
        worst = worst.max(ratio);
        crate::outln!("{name:<20} {s:>12.4} {l:>12.4} {ratio:>8.2}")?;
    }
    let (s, l): (f64, f64) = (small_times.iter().sum(), large_times.iter().sum());
    crate::outln!(
        "{:<20} {s:>12.4} {l:>12.4} {:>8.2}",
        "all",
        l / s.max(1e-12)
    )?;
    crate::outln!("largest ratio {worst:.2} (target: at most 1.3)")?;
    Ok(ExitCode::SUCCESS)
}
