//! Measuring what the plugin boundary costs: the same analyzer linked, loaded in
//! process, and run in a child process, over the same documents.

use newslens_core::{AnalyzerError, AnalyzerInstance, Document, Outputs};
use std::time::{Duration, Instant};

/// The time one way of running an analyzer took over a set of documents.
#[derive(Debug, Clone)]
pub struct Timing {
    /// What was timed ("linked", "in-process plugin"…).
    pub label: String,
    /// The fastest round's total time.
    pub best: Duration,
    /// Documents per round.
    pub articles: usize,
    /// Text bytes per round.
    pub bytes: usize,
}

impl Timing {
    /// Mean time per article, in microseconds.
    pub fn per_article_us(&self) -> f64 {
        self.best.as_secs_f64() * 1e6 / self.articles.max(1) as f64
    }
    /// Throughput in MB of text per second (one thread).
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.best.as_secs_f64()
    }
}

/// Runs `analyzer` over every `(document, prior outputs)` pair, `rounds` times, on this
/// thread, and keeps the fastest round. Stops at the first error.
pub fn time_analyzer(
    label: &str,
    analyzer: &dyn AnalyzerInstance,
    inputs: &[(Document, Outputs)],
    rounds: usize,
) -> Result<Timing, AnalyzerError> {
    let mut best = Duration::MAX;
    for _ in 0..rounds.max(1) {
        let started = Instant::now();
        for (doc, prior) in inputs {
            std::hint::black_box(analyzer.analyze(doc, prior)?);
        }
        best = best.min(started.elapsed());
    }
    Ok(Timing {
        label: label.to_string(),
        best,
        articles: inputs.len(),
        bytes: inputs.iter().map(|(d, _)| d.text().len()).sum(),
    })
}

/// A table of timings, each compared with the first (the linked analyzer).
pub fn report(timings: &[Timing]) -> String {
    let Some(base) = timings.first() else {
        return String::new();
    };
    let mut out = format!(
        "{:<22} {:>12} {:>10} {:>16}\n",
        "", "µs/article", "MB/s", "boundary µs/art."
    );
    for t in timings {
        out.push_str(&format!(
            "{:<22} {:>12.1} {:>10.2} {:>16.1}\n",
            t.label,
            t.per_article_us(),
            t.mb_per_s(),
            t.per_article_us() - base.per_article_us()
        ));
    }
    out
}
