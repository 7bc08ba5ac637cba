//! Measuring what the plugin boundary costs: the same analyzer linked, loaded in
//! process, and run in a child process, over the same documents.

use crate::{HostCommand, PluginSpec};
use newslens_core::{AnalyzerError, AnalyzerInstance, Document, Outputs};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Up to `max` article texts of the Reuters-21578 corpus under `shared`
/// (`shared/data/corpus/reuters21578`, in file-name order). When that folder is absent,
/// says so and returns `copies` copies of the shared sample article instead (or of
/// `fallback` when that is absent too), so a benchmark still runs on a bare clone.
pub fn reuters_texts(shared: &Path, max: usize, copies: usize, fallback: &str) -> Vec<String> {
    let corpus = shared.join("data/corpus/reuters21578");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .take(max)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if !texts.is_empty() {
        return texts;
    }
    println!(
        "{} not found: timing the sample article only",
        corpus.display()
    );
    let sample = std::fs::read_to_string(shared.join("articles/nk-denuclearization.txt"))
        .unwrap_or_else(|_| fallback.to_string());
    vec![sample; copies]
}

/// Loads the plugin library of `package` from `dir` as analyzer `name` with `options`,
/// once in this process and once in a child process (`newslens-plugin-host` from
/// `dir`): the two ways a plugin runs, to compare with the linked analyzer.
pub fn load_both_ways(
    name: &str,
    package: &str,
    dir: &Path,
    options: &Map<String, Value>,
) -> [Box<dyn AnalyzerInstance>; 2] {
    let library = dir.join(crate::library_file_name(package));
    ["in-process", "process"].map(|isolation| {
        let mut table = options.clone();
        table.insert("isolation".into(), Value::from(isolation));
        PluginSpec::new(name, library.clone(), &table)
            .expect("a valid plugin table")
            .load(|| Ok(HostCommand::program(dir.join("newslens-plugin-host"))))
            .unwrap_or_else(|e| panic!("loading {package} {isolation}: {e}"))
            .instance
    })
}

/// The whole boundary benchmark: checks that both plugin ways (`[in process, child
/// process]`, from [`load_both_ways`]) give the linked analyzer's output (as JSON) on
/// every input, then times the three ways (best of `rounds`) and prints the table and
/// the in-process breakdown under a line naming `analyzer`.
pub fn compare_and_report(
    analyzer: &str,
    linked: &dyn AnalyzerInstance,
    plugins: &[Box<dyn AnalyzerInstance>; 2],
    manifest: &crate::wire::Manifest,
    inputs: &[(Document, Outputs)],
    rounds: usize,
) {
    let json = |out| serde_json::to_value(out).expect("outputs serialize");
    for (doc, prior) in inputs {
        let expected = json(
            linked
                .analyze(doc, prior)
                .expect("the linked analyzer runs"),
        );
        for plugin in plugins {
            let got = json(plugin.analyze(doc, prior).expect("the plugin runs"));
            assert_eq!(got, expected, "{}", doc.article().id);
        }
    }
    let timings = [
        time_analyzer("linked", linked, inputs, rounds),
        time_analyzer("in-process plugin", &*plugins[0], inputs, rounds),
        time_analyzer("process plugin", &*plugins[1], inputs, rounds),
    ]
    .map(|t| t.expect("every way runs"));
    println!(
        "{analyzer} over {} articles ({:.1} KB mean), one thread, best of {rounds}:",
        inputs.len(),
        timings[0].bytes as f64 / inputs.len().max(1) as f64 / 1e3
    );
    print!("{}", report(&timings));
    println!("{}", breakdown(manifest, linked, inputs));
}

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

/// Where the in-process boundary's time goes, in µs per article (best of 5 rounds each).
#[derive(Debug, Clone, Copy)]
pub struct Breakdown {
    /// Host: encoding the input JSON (article, prior outputs).
    pub encode_input: f64,
    /// Plugin: parsing the input, rebuilding the document and the typed prior outputs.
    pub decode_input: f64,
    /// Of `decode_input`: rebuilding the text layer alone (`Document::new`).
    pub text_layer: f64,
    /// Plugin and host: encoding the output JSON, then parsing and checking it.
    pub output: f64,
}

impl std::fmt::Display for Breakdown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "in-process boundary per article: encode input {:.1} µs, decode input {:.1} µs (of which rebuilding the text layer {:.1} µs), encode + check output {:.1} µs",
            self.encode_input, self.decode_input, self.text_layer, self.output
        )
    }
}

/// Times each step of the in-process boundary for an analyzer with `manifest`, using
/// `linked` (the same analyzer, linked) to produce the outputs.
pub fn breakdown(
    manifest: &crate::wire::Manifest,
    linked: &dyn AnalyzerInstance,
    inputs: &[(Document, Outputs)],
) -> Breakdown {
    use crate::wire::{decode_input, decode_output, encode_input};
    use std::hint::black_box;
    let best_of_5 = |f: &mut dyn FnMut()| {
        (0..5)
            .map(|_| {
                let started = Instant::now();
                f();
                started.elapsed().as_secs_f64() * 1e6 / inputs.len().max(1) as f64
            })
            .fold(f64::MAX, f64::min)
    };
    let encoded: Vec<Vec<u8>> = inputs
        .iter()
        .map(|(d, p)| encode_input(manifest, d, p).expect("input encodes"))
        .collect();
    let outputs: Vec<Vec<u8>> = inputs
        .iter()
        .map(|(d, p)| {
            serde_json::to_vec(&linked.analyze(d, p).expect("analyzes")).expect("encodes")
        })
        .collect();
    let outputs_typed: Vec<_> = inputs
        .iter()
        .map(|(d, p)| linked.analyze(d, p).expect("analyzes"))
        .collect();
    Breakdown {
        encode_input: best_of_5(&mut || {
            for (d, p) in inputs {
                black_box(encode_input(manifest, d, p).expect("input encodes"));
            }
        }),
        decode_input: best_of_5(&mut || {
            for bytes in &encoded {
                black_box(decode_input(bytes).expect("input decodes"));
            }
        }),
        text_layer: best_of_5(&mut || {
            for (d, _) in inputs {
                black_box(Document::new(d.article().clone()));
            }
        }),
        output: best_of_5(&mut || {
            for (out, bytes) in outputs_typed.iter().zip(&outputs) {
                black_box(serde_json::to_vec(out).expect("encodes"));
                black_box(decode_output(&manifest.name, bytes).expect("an object"));
            }
        }),
    }
}
