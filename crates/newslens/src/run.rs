//! The batch run: a reader thread walks the inputs, worker threads parse and analyze
//! whole articles, and the calling thread writes records in input order. A window of
//! in-flight articles bounds memory whatever the number of articles.

use crate::engine::Engine;
use crate::output::LineSink;
use crate::read::{parse_item, InputArg, InputItem, InputWalker};
use anyhow::{Context, Result};
use crossbeam_channel::{bounded, unbounded};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Threads that read file contents ahead of the workers.
const LOADER_THREADS: usize = 4;

/// How to run.
pub struct RunOptions {
    /// Files, folders, or `-`.
    pub inputs: Vec<InputArg>,
    /// Output file (`None`: standard output).
    pub output: Option<PathBuf>,
    /// Keep an existing output file and skip the articles already in it.
    pub resume: bool,
    /// Worker threads.
    pub jobs: usize,
    /// Add the analyzed text to each record.
    pub include_text: bool,
    /// Largest article accepted, in bytes.
    pub max_article_bytes: u64,
    /// Show a progress bar (on a terminal only).
    pub progress: bool,
}

/// What a run did, for the summary.
#[derive(Debug, Default)]
pub struct RunSummary {
    /// Records written.
    pub articles: u64,
    /// Records with at least one error.
    pub articles_with_errors: u64,
    /// Articles skipped because `--resume` found them done.
    pub resumed: u64,
    /// Bytes of article text analyzed.
    pub text_bytes: u64,
    /// Wall-clock time.
    pub wall: Duration,
    /// Time reading, parsing and building text layers, summed over threads.
    pub prepare: Duration,
    /// Time in each analyzer, summed over threads: (name, time).
    pub stages: Vec<(String, Duration)>,
    /// Worker threads used.
    pub jobs: usize,
}

struct Done {
    seq: u64,
    line: Vec<u8>,
    had_errors: bool,
    stage_times: Vec<Duration>,
    prepare: Duration,
    text_bytes: usize,
    input_len: u64,
}

/// Runs `engine` over the inputs.
pub fn run(engine: &Engine, options: RunOptions) -> Result<RunSummary> {
    let started = Instant::now();
    let (mut sink, done_sources) = match &options.output {
        Some(path) => LineSink::file(path, options.resume)?,
        None => (LineSink::stdout(), HashSet::new()),
    };
    let jobs = options.jobs.max(1);
    let window = jobs * 32;
    let progress = make_progress(&options);
    let mut summary = RunSummary {
        jobs,
        stages: engine
            .stages()
            .iter()
            .map(|s| (s.info.name.clone(), Duration::ZERO))
            .collect(),
        ..RunSummary::default()
    };
    let walker = InputWalker::new(options.inputs.clone(), options.max_article_bytes);
    let include_text = options.include_text;

    let (walk_tx, walk_rx) = bounded::<(u64, InputItem)>(jobs * 4);
    let (work_tx, work_rx) = bounded::<(u64, InputItem)>(jobs * 4);
    let (done_tx, done_rx) = unbounded::<Done>();
    let (permit_tx, permit_rx) = bounded::<()>(window);
    for _ in 0..window {
        permit_tx.send(()).expect("the permit channel has room");
    }

    let write_result: Result<()> = std::thread::scope(|scope| {
        let resumed = scope.spawn(move || {
            let mut seq = 0u64;
            let mut resumed = 0u64;
            for item in walker {
                if done_sources.contains(&item.source) {
                    resumed += 1;
                    continue;
                }
                if permit_rx.recv().is_err() {
                    break; // the writer stopped
                }
                if walk_tx.send((seq, item)).is_err() {
                    break;
                }
                seq += 1;
            }
            resumed
        });
        // File reads wait on the disk, not the CPU: a few loader threads keep the
        // workers fed whatever --jobs is.
        for _ in 0..LOADER_THREADS {
            let walk_rx = walk_rx.clone();
            let work_tx = work_tx.clone();
            scope.spawn(move || {
                for (seq, mut item) in walk_rx {
                    item.load();
                    if work_tx.send((seq, item)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(walk_rx);
        drop(work_tx);
        for worker in 0..jobs {
            let work_rx = work_rx.clone();
            let done_tx = done_tx.clone();
            std::thread::Builder::new()
                .name(format!("newslens-worker-{worker}"))
                .stack_size(64 << 20)
                .spawn_scoped(scope, move || {
                    for (seq, item) in work_rx {
                        let source = item.source.clone();
                        let default_id = item.default_id.clone();
                        let input_len = item.input_len;
                        let parse_started = Instant::now();
                        let parsed = parse_item(item);
                        let parse_time = parse_started.elapsed();
                        let processed = engine.process(parsed, &source, &default_id, include_text);
                        let done = Done {
                            seq,
                            line: processed.line,
                            had_errors: processed.had_errors,
                            stage_times: processed.stage_times,
                            prepare: parse_time + processed.prepare_time,
                            text_bytes: processed.text_bytes,
                            input_len,
                        };
                        if done_tx.send(done).is_err() {
                            break;
                        }
                    }
                })
                .expect("worker threads start");
        }
        drop(done_tx);
        drop(work_rx);

        let mut next = 0u64;
        let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
        let write = (|| -> Result<()> {
            loop {
                let done = match done_rx.try_recv() {
                    Ok(d) => d,
                    Err(_) => {
                        sink.flush().context("cannot write the output")?;
                        match done_rx.recv() {
                            Ok(d) => d,
                            Err(_) => break,
                        }
                    }
                };
                pending.insert(done.seq, done);
                while let Some(done) = pending.remove(&next) {
                    sink.push(&done.line).context("cannot write the output")?;
                    summary.articles += 1;
                    summary.articles_with_errors += u64::from(done.had_errors);
                    summary.text_bytes += done.text_bytes as u64;
                    summary.prepare += done.prepare;
                    for (slot, t) in summary.stages.iter_mut().zip(&done.stage_times) {
                        slot.1 += *t;
                    }
                    if let Some(bar) = &progress {
                        bar.inc(done.input_len.max(1));
                        bar.set_message(format!(
                            "{} articles, {} with errors",
                            summary.articles, summary.articles_with_errors
                        ));
                    }
                    next += 1;
                    let _ = permit_tx.send(());
                }
            }
            sink.flush().context("cannot write the output")?;
            Ok(())
        })();
        // On a write error, stop the reader and workers: dropping the receivers ends them.
        drop(done_rx);
        drop(permit_tx);
        summary.resumed = resumed.join().unwrap_or(0);
        write
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    write_result?;
    summary.wall = started.elapsed();
    Ok(summary)
}

fn make_progress(options: &RunOptions) -> Option<ProgressBar> {
    if !options.progress || !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return None;
    }
    let total: u64 = options
        .inputs
        .iter()
        .map(|a| match a {
            InputArg::Path(p) => total_size(p),
            InputArg::Stdin => 0,
        })
        .sum();
    let bar = if total > 0 {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
            )
            .expect("valid template"),
        );
        bar
    } else {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                .expect("valid template"),
        );
        bar
    };
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

fn total_size(path: &std::path::Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .map(|e| total_size(&e.path()))
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}

impl RunSummary {
    /// The summary as printed on standard error at the end of a run.
    pub fn render(&self) -> String {
        let mb = self.text_bytes as f64 / 1e6;
        let secs = self.wall.as_secs_f64().max(1e-9);
        let mut out = format!(
            "newslens: {} articles ({} with errors{}), {:.2} MB of text in {:.2} s: {:.2} MB/s, {:.0} articles/s, {} jobs\n",
            self.articles,
            self.articles_with_errors,
            if self.resumed > 0 { format!(", {} already done", self.resumed) } else { String::new() },
            mb,
            secs,
            mb / secs,
            self.articles as f64 / secs,
            self.jobs
        );
        let total: f64 =
            self.prepare.as_secs_f64() + self.stages.iter().map(|s| s.1.as_secs_f64()).sum::<f64>();
        out.push_str("time per stage (summed over threads):\n");
        let mut line = |name: &str, d: Duration| {
            let s = d.as_secs_f64();
            let share = if total > 0.0 { 100.0 * s / total } else { 0.0 };
            let rate = if s > 0.0 {
                format!("{:>9.1} MB/s", mb / s)
            } else {
                format!("{:>14}", "-")
            };
            out.push_str(&format!("  {name:<20} {s:>8.3} s {share:>5.1}% {rate}\n"));
        };
        line("read + text layer", self.prepare);
        for (name, d) in &self.stages {
            line(name, *d);
        }
        out
    }
}
