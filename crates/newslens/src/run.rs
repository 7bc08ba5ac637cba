//! The batch run: worker threads take articles from the input walker, parse and
//! analyze them, and write the records in input order. A window of in-flight articles
//! bounds memory whatever the number of articles.
//!
//! There are no hand-off threads: each worker walks (under a lock), reads, analyzes and
//! writes (under another lock) itself. The record of the next article in input order
//! goes straight to the output buffer; a record that finishes early waits in a small
//! reorder buffer until the ones before it are written. (A design with a reader
//! thread, loader threads, channels and a writer thread spent a fifth of the process's
//! CPU time in the channels' spinning and yielding hand-offs.)

use crate::engine::Engine;
use crate::output::LineSink;
use crate::read::{parse_item, InputArg, InputItem, InputWalker};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

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

/// What one analyzed article adds to the summary.
struct Stats {
    had_errors: bool,
    stage_times: Vec<Duration>,
    prepare: Duration,
    text_bytes: usize,
    input_len: u64,
}

/// The input side, shared by the workers: who takes the next article.
struct Input {
    walker: InputWalker,
    /// Sources already in the output (`--resume`).
    done_sources: HashSet<String>,
    /// Sequence number of the next article handed out.
    next_seq: u64,
    resumed: u64,
}

impl Input {
    /// The next article to analyze with its sequence number, or `None` at the end.
    fn take(&mut self) -> Option<(u64, InputItem)> {
        loop {
            let item = self.walker.next()?;
            if self.done_sources.contains(&item.source) {
                self.resumed += 1;
                continue;
            }
            let seq = self.next_seq;
            self.next_seq += 1;
            return Some((seq, item));
        }
    }
}

/// The output side, shared by the workers: the sink and the records finished out of
/// order.
struct Output {
    sink: LineSink,
    /// Sequence number of the next record to write.
    next_to_write: u64,
    /// Articles handed to workers (or about to be): at most `window` ahead of the writing.
    claimed: u64,
    /// Records finished before their turn: (line, stats) by sequence number.
    pending: BTreeMap<u64, (Vec<u8>, Stats)>,
    summary: RunSummary,
    progress: Option<ProgressBar>,
    /// Set on a write error, or when the input is exhausted: workers stop taking work.
    stop: bool,
    error: Option<anyhow::Error>,
}

impl Output {
    /// Writes the record `line` of article `seq` if it is next, then every pending
    /// record that follows; otherwise takes the line (leaving `line` empty) to keep it
    /// for later.
    fn put(&mut self, seq: u64, line: &mut Vec<u8>, stats: Stats) {
        if seq != self.next_to_write {
            self.pending.insert(seq, (std::mem::take(line), stats));
            return;
        }
        self.write(line, stats);
        while let Some((line, stats)) = self.pending.remove(&self.next_to_write) {
            self.write(&line, stats);
        }
    }

    fn write(&mut self, line: &[u8], stats: Stats) {
        if self.error.is_none() {
            if let Err(e) = self.sink.push(line) {
                self.error = Some(anyhow::Error::new(e).context("cannot write the output"));
                self.stop = true;
            }
        }
        self.next_to_write += 1;
        let summary = &mut self.summary;
        summary.articles += 1;
        summary.articles_with_errors += u64::from(stats.had_errors);
        summary.text_bytes += stats.text_bytes as u64;
        summary.prepare += stats.prepare;
        for (slot, t) in summary.stages.iter_mut().zip(&stats.stage_times) {
            slot.1 += *t;
        }
        if let Some(bar) = &self.progress {
            bar.inc(stats.input_len.max(1));
            bar.set_message(format!(
                "{} articles, {} with errors",
                summary.articles, summary.articles_with_errors
            ));
        }
    }

    /// Writes what is buffered (before a worker may wait on standard input, and at the end).
    fn flush(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.sink.flush() {
                self.error = Some(anyhow::Error::new(e).context("cannot write the output"));
                self.stop = true;
            }
        }
    }
}

/// What the workers share.
struct Shared<'e> {
    engine: &'e Engine,
    include_text: bool,
    window: u64,
    input: Mutex<Input>,
    output: Mutex<Output>,
    /// Signalled when records are written (room in the window) or the run stops.
    written: Condvar,
}

impl Shared<'_> {
    fn output(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Reserves a place in the window, waiting while it is full; `false` once the run
    /// stops.
    fn claim(&self) -> bool {
        let mut out = self.output();
        while !out.stop && out.claimed >= out.next_to_write + self.window {
            out = self.written.wait(out).unwrap_or_else(|e| e.into_inner());
        }
        if out.stop {
            return false;
        }
        out.claimed += 1;
        true
    }

    /// One worker: take, analyze and write articles until the input ends or the run stops.
    fn work(&self) {
        let _stop_on_panic = StopOnPanic(self);
        let mut line = Vec::with_capacity(16 << 10);
        while self.claim() {
            let taken = {
                let mut input = self.input.lock().unwrap_or_else(|e| e.into_inner());
                if input.walker.may_wait() {
                    // Reading standard input may block: what is done goes out first.
                    self.output().flush();
                }
                input.take()
            };
            let Some((seq, item)) = taken else {
                let mut out = self.output();
                out.stop = true;
                self.written.notify_all();
                return;
            };
            let source = item.source.clone();
            let default_id = item.default_id.clone();
            let input_len = item.input_len;
            let parse_started = Instant::now();
            let parsed = parse_item(item);
            let parse_time = parse_started.elapsed();
            line.clear();
            let processed = self.engine.process_into(
                parsed,
                &source,
                &default_id,
                self.include_text,
                &mut line,
            );
            let stats = Stats {
                had_errors: processed.had_errors,
                stage_times: processed.stage_times,
                prepare: parse_time + processed.prepare_time,
                text_bytes: processed.text_bytes,
                input_len,
            };
            self.output().put(seq, &mut line, stats);
            self.written.notify_all();
        }
    }
}

/// Stops the run when its worker panics, so that the others do not wait for a record
/// that will never come.
struct StopOnPanic<'a, 'e>(&'a Shared<'e>);

impl Drop for StopOnPanic<'_, '_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.output().stop = true;
            self.0.written.notify_all();
        }
    }
}

/// Runs `engine` over the inputs.
pub fn run(engine: &Engine, options: RunOptions) -> Result<RunSummary> {
    let started = Instant::now();
    let (sink, done_sources) = match &options.output {
        Some(path) => LineSink::file(path, options.resume)?,
        None => (LineSink::stdout(), HashSet::new()),
    };
    let jobs = options.jobs.max(1);
    let summary = RunSummary {
        jobs,
        stages: engine
            .stages()
            .iter()
            .map(|s| (s.info.name.clone(), Duration::ZERO))
            .collect(),
        ..RunSummary::default()
    };
    let shared = Shared {
        engine,
        include_text: options.include_text,
        window: jobs as u64 * 32,
        input: Mutex::new(Input {
            walker: InputWalker::new(options.inputs.clone(), options.max_article_bytes),
            done_sources,
            next_seq: 0,
            resumed: 0,
        }),
        output: Mutex::new(Output {
            sink,
            next_to_write: 0,
            claimed: 0,
            pending: BTreeMap::new(),
            summary,
            progress: make_progress(&options),
            stop: false,
            error: None,
        }),
        written: Condvar::new(),
    };
    std::thread::scope(|scope| {
        for worker in 0..jobs {
            let shared = &shared;
            std::thread::Builder::new()
                .name(format!("newslens-worker-{worker}"))
                .stack_size(64 << 20)
                .spawn_scoped(scope, move || shared.work())
                .expect("worker threads start");
        }
    });
    let resumed = shared
        .input
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .resumed;
    let mut out = shared
        .output
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    out.flush();
    if let Some(bar) = out.progress.take() {
        bar.finish_and_clear();
    }
    if let Some(e) = out.error.take() {
        return Err(e);
    }
    let mut summary = out.summary;
    summary.resumed = resumed;
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
            "newslens: {} articles ({} with errors{}), {:.2} MB of text in {:.2} s: {:.2} MB/s, {:.0} articles/s, {} job{}\n",
            self.articles,
            self.articles_with_errors,
            if self.resumed > 0 { format!(", {} already done", self.resumed) } else { String::new() },
            mb,
            secs,
            mb / secs,
            self.articles as f64 / secs,
            self.jobs,
            if self.jobs == 1 { "" } else { "s" }
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
