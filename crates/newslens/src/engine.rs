//! The engine: the enabled analyzers, created from their options and ordered by what
//! they require, and the processing of one article through them.

use crate::config::{AnalyzerEntry, AnalyzerSource, Config};
use crate::plugins;
use crate::read::Parsed;
use crate::record::{Record, RecordError};
use crate::registry;
use anyhow::{bail, Result};
use newslens_core::options::did_you_mean;
use newslens_core::{AnalyzerInfo, AnalyzerInstance, Document, Options, Outputs};
use std::collections::{BTreeSet, HashMap};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

/// One analyzer ready to run.
pub struct Stage {
    /// Its name, version, requirements and options.
    pub info: AnalyzerInfo,
    instance: Box<dyn AnalyzerInstance>,
}

/// The analyzers of a run, in execution order.
pub struct Engine {
    stages: Vec<Stage>,
}

/// What processing one article produced.
pub struct Processed {
    /// The record as one JSON line, newline included.
    pub line: Vec<u8>,
    /// Whether the record has any error.
    pub had_errors: bool,
    /// Time spent in each stage (same order as [`Engine::stages`]).
    pub stage_times: Vec<Duration>,
    /// Time spent reading and building the text layer.
    pub prepare_time: Duration,
    /// Bytes of article text analyzed.
    pub text_bytes: usize,
}

/// What processing one article produced besides its record line (see
/// [`Engine::process_into`]).
pub struct ProcessStats {
    /// Whether the record has any error.
    pub had_errors: bool,
    /// Time spent in each stage (same order as [`Engine::stages`]).
    pub stage_times: Vec<Duration>,
    /// Time spent reading and building the text layer.
    pub prepare_time: Duration,
    /// Bytes of article text analyzed.
    pub text_bytes: usize,
}

struct Candidate {
    info: AnalyzerInfo,
    entry: Option<AnalyzerEntry>,
    /// Set for plugins, which are created while reading their manifest.
    instance: Option<Box<dyn AnalyzerInstance>>,
    rank: usize,
}

impl Engine {
    /// Builds the engine from `config`. With `only`, exactly those analyzers run (plus
    /// what they require); otherwise those enabled in the config, or every built-in when
    /// the config names none.
    pub fn build(config: &Config, only: Option<&[String]>) -> Result<Engine> {
        let config_label = config
            .path
            .as_ref()
            .map_or_else(|| "analyzers.toml".to_string(), |p| p.display().to_string());
        let builtins = registry::builtins();
        let builtin_infos: Vec<AnalyzerInfo> = builtins.iter().map(|f| (f.info)()).collect();
        let builtin_rank = |name: &str| builtin_infos.iter().position(|i| i.name == name);

        // Every analyzer the config or the registry knows, by name.
        let mut known: Vec<String> = builtin_infos.iter().map(|i| i.name.clone()).collect();
        for entry in &config.analyzers {
            if let AnalyzerSource::Plugin(_) = entry.source {
                known.push(entry.name.clone());
            } else if builtin_rank(&entry.name).is_none() {
                let hint = did_you_mean(&entry.name, known.iter().map(String::as_str))
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                bail!(
                    "{}: unknown analyzer `{}`{hint}; built-in analyzers are: {}. A custom analyzer needs `plugin = \"path/to/lib{}.so\"` in its table.",
                    entry.location,
                    entry.name,
                    builtin_infos.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(", "),
                    entry.name
                );
            }
        }

        // The names to run.
        let mut wanted: Vec<String> = match only {
            Some(list) => {
                for name in list {
                    if !known.contains(name) {
                        let hint = did_you_mean(name, known.iter().map(String::as_str))
                            .map(|s| format!(" (did you mean `{s}`?)"))
                            .unwrap_or_default();
                        bail!(
                            "--analyzers: unknown analyzer `{name}`{hint}; known analyzers: {}",
                            known.join(", ")
                        );
                    }
                }
                list.to_vec()
            }
            None if config.analyzers.is_empty() => {
                builtin_infos.iter().map(|i| i.name.clone()).collect()
            }
            None => config
                .analyzers
                .iter()
                .filter(|e| e.enabled)
                .map(|e| e.name.clone())
                .collect(),
        };
        wanted.dedup();

        // Gather candidates (loading plugins to learn their manifest), adding built-in
        // requirements when the selection came from the command line.
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut queue: Vec<String> = wanted.clone();
        while let Some(name) = queue.pop() {
            if candidates.iter().any(|c| c.info.name == name) {
                continue;
            }
            let entry = config.entry(&name).cloned();
            let candidate = match entry.as_ref().map(|e| &e.source) {
                Some(AnalyzerSource::Plugin(path)) => {
                    let entry = entry.clone().expect("plugin entries exist");
                    let (info, instance) = plugins::load(&entry, path)?;
                    Candidate {
                        info,
                        entry: Some(entry),
                        instance: Some(instance),
                        rank: usize::MAX,
                    }
                }
                _ => {
                    let rank = builtin_rank(&name).expect("names were checked");
                    Candidate {
                        info: builtin_infos[rank].clone(),
                        entry,
                        instance: None,
                        rank,
                    }
                }
            };
            for req in &candidate.info.requires {
                let enabled_in_config = config.entry(req).is_some_and(|e| e.enabled);
                let selected = wanted.contains(req);
                if selected || (only.is_some() && known.contains(req)) {
                    if !selected {
                        wanted.push(req.clone());
                    }
                    queue.push(req.clone());
                } else if only.is_none() && !enabled_in_config {
                    let how = match config.entry(req) {
                        Some(e) => format!(
                            "remove `enabled = false` from [analyzers.{req}] at {}",
                            e.location
                        ),
                        None => format!("add a table [analyzers.{req}] to {config_label}"),
                    };
                    bail!(
                        "analyzer `{}` requires analyzer `{req}`, which is not enabled: {how}, or disable `{}`",
                        name,
                        name
                    );
                } else {
                    bail!(
                        "analyzer `{}` requires analyzer `{req}`, which is not available (not built in, and no plugin table names it)",
                        name
                    );
                }
            }
            candidates.push(candidate);
        }
        let enabled: BTreeSet<String> = candidates.iter().map(|c| c.info.name.clone()).collect();

        let order = order_by_requirements(&candidates, &enabled, &wanted)?;
        let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
        let mut stages = Vec::new();
        for index in order {
            let candidate = slots[index].take().expect("each candidate is ordered once");
            let instance = match candidate.instance {
                Some(instance) => instance,
                None => {
                    let factory = registry::builtin(&candidate.info.name).expect("built-in exists");
                    let entry = candidate.entry.as_ref();
                    let options = Options::new(
                        &candidate.info.name,
                        entry.map(|e| e.options.clone()).unwrap_or_default(),
                    );
                    (factory.create)(options).map_err(|e| {
                        let at = e
                            .key
                            .as_ref()
                            .and_then(|k| entry.and_then(|en| en.key_locations.get(k)))
                            .or(entry.map(|en| &en.location))
                            .map(|l| format!("{l}: "))
                            .unwrap_or_default();
                        anyhow::anyhow!("{at}{e}")
                    })?
                }
            };
            stages.push(Stage {
                info: candidate.info,
                instance,
            });
        }
        Ok(Engine { stages })
    }

    /// An engine over already-created stages, in the given order.
    #[cfg(test)]
    pub fn from_stages(stages: Vec<(AnalyzerInfo, Box<dyn AnalyzerInstance>)>) -> Engine {
        Engine {
            stages: stages
                .into_iter()
                .map(|(info, instance)| Stage { info, instance })
                .collect(),
        }
    }

    /// The stages, in execution order.
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// Runs every stage on `doc`, returning the outputs, the errors and each stage's time.
    /// A panicking analyzer becomes an error for this article; an analyzer whose
    /// requirement failed is skipped with an error.
    pub fn analyze(&self, doc: &Document) -> (Outputs, Vec<RecordError>, Vec<Duration>) {
        self.analyze_timed(doc, wall_clock)
    }

    /// [`Engine::analyze`] with each stage timed by `clock` (a monotonic reading).
    pub fn analyze_timed(
        &self,
        doc: &Document,
        clock: fn() -> Duration,
    ) -> (Outputs, Vec<RecordError>, Vec<Duration>) {
        let mut outputs = Outputs::new();
        let mut errors = Vec::new();
        let mut times = Vec::with_capacity(self.stages.len());
        for stage in &self.stages {
            let started = clock();
            if let Some(missing) = stage
                .info
                .requires
                .iter()
                .find(|r| outputs.get(r).is_none())
            {
                errors.push(RecordError {
                    analyzer: stage.info.name.clone(),
                    message: format!(
                        "skipped: required analyzer `{missing}` failed on this article"
                    ),
                });
                times.push(clock().saturating_sub(started));
                continue;
            }
            let result = catch_unwind(AssertUnwindSafe(|| stage.instance.analyze(doc, &outputs)));
            match result {
                Ok(Ok(output)) => outputs.insert(&stage.info.name, output),
                Ok(Err(e)) => errors.push(RecordError {
                    analyzer: stage.info.name.clone(),
                    message: e.to_string(),
                }),
                Err(panic) => errors.push(RecordError {
                    analyzer: stage.info.name.clone(),
                    message: format!("the analyzer panicked: {}", panic_message(&panic)),
                }),
            }
            times.push(clock().saturating_sub(started));
        }
        (outputs, errors, times)
    }

    /// Processes one parsed input (or the reason it could not be read) into its record.
    pub fn process(
        &self,
        parsed: Result<Parsed, String>,
        source: &str,
        default_id: &str,
        include_text: bool,
    ) -> Processed {
        let mut line = Vec::with_capacity(1024);
        let stats = self.process_into(parsed, source, default_id, include_text, &mut line);
        Processed {
            line,
            had_errors: stats.had_errors,
            stage_times: stats.stage_times,
            prepare_time: stats.prepare_time,
            text_bytes: stats.text_bytes,
        }
    }

    /// [`Engine::process`], appending the record line to `line` (a buffer the caller
    /// reuses from article to article).
    pub fn process_into(
        &self,
        parsed: Result<Parsed, String>,
        source: &str,
        default_id: &str,
        include_text: bool,
        line: &mut Vec<u8>,
    ) -> ProcessStats {
        let started = Instant::now();
        let parsed = match parsed {
            Ok(p) => p,
            Err(message) => {
                let errors = [RecordError {
                    analyzer: "reader".to_string(),
                    message,
                }];
                Record {
                    id: default_id,
                    source,
                    title: None,
                    published: None,
                    text: None,
                    analyzers: &[],
                    errors: &errors,
                }
                .write_line(line);
                return ProcessStats {
                    had_errors: true,
                    stage_times: vec![Duration::ZERO; self.stages.len()],
                    prepare_time: started.elapsed(),
                    text_bytes: 0,
                };
            }
        };
        let doc = Document::new(parsed.article);
        let prepare_time = started.elapsed();
        let (outputs, mut errors, stage_times) = self.analyze(&doc);
        let mut all_errors: Vec<RecordError> = parsed
            .warnings
            .into_iter()
            .map(|message| RecordError {
                analyzer: "reader".to_string(),
                message,
            })
            .collect();
        all_errors.append(&mut errors);
        let entries = outputs.into_entries();
        let article = doc.article();
        Record {
            id: &article.id,
            source: &article.source,
            title: article.title.as_deref(),
            published: article.published.as_ref().map(|p| p.original.as_str()),
            text: include_text.then_some(article.text.as_str()),
            analyzers: &entries,
            errors: &all_errors,
        }
        .write_line(line);
        ProcessStats {
            had_errors: !all_errors.is_empty(),
            stage_times,
            prepare_time,
            text_bytes: article.text.len(),
        }
    }
}

/// Time since the first call, from the monotonic wall clock.
pub fn wall_clock() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// CPU time consumed by the calling thread (Linux and other Unix), so that timings
/// stay meaningful on a loaded machine; falls back to the wall clock elsewhere.
pub fn thread_cpu_clock() -> Duration {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec through a valid pointer.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32);
        }
    }
    wall_clock()
}

/// The text of a panic payload.
pub fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Orders candidates so that every analyzer comes after what it requires and after what
/// it uses when enabled; ties follow the registry order, then the selection order.
fn order_by_requirements(
    candidates: &[Candidate],
    enabled: &BTreeSet<String>,
    wanted: &[String],
) -> Result<Vec<usize>> {
    let index: HashMap<&str, usize> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.info.name.as_str(), i))
        .collect();
    let deps: Vec<Vec<usize>> = candidates
        .iter()
        .map(|c| {
            c.info
                .requires
                .iter()
                .chain(
                    c.info
                        .uses_if_enabled
                        .iter()
                        .filter(|n| enabled.contains(*n)),
                )
                .filter_map(|n| index.get(n.as_str()).copied())
                .collect()
        })
        .collect();
    let tie = |i: usize| {
        let c = &candidates[i];
        (
            c.rank,
            wanted
                .iter()
                .position(|w| *w == c.info.name)
                .unwrap_or(usize::MAX),
        )
    };
    let mut done = vec![false; candidates.len()];
    let mut order = Vec::new();
    while order.len() < candidates.len() {
        let next = (0..candidates.len())
            .filter(|&i| !done[i] && deps[i].iter().all(|&d| done[d]))
            .min_by_key(|&i| tie(i));
        match next {
            Some(i) => {
                done[i] = true;
                order.push(i);
            }
            None => {
                let stuck: Vec<&str> = (0..candidates.len())
                    .filter(|&i| !done[i])
                    .map(|i| candidates[i].info.name.as_str())
                    .collect();
                bail!(
                    "analyzers {} require each other in a cycle; remove one of the requirements (a plugin's `requires` in its manifest) or disable one of them",
                    stuck.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
                );
            }
        }
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newslens_core::{Analyzer, AnalyzerError, AnalyzerOutput, Article, ConfigError};

    /// Counts words; panics on articles containing "PANIC"; fails on "FAIL".
    struct WordCount;
    impl Analyzer for WordCount {
        fn info() -> AnalyzerInfo {
            AnalyzerInfo::new("words", "0.1.0", "counts words")
        }
        fn create(options: Options) -> Result<Self, ConfigError> {
            options.finish([])?;
            Ok(WordCount)
        }
        fn analyze(&self, doc: &Document, _: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
            if doc.text().contains("PANIC") {
                panic!("boom");
            }
            if doc.text().contains("FAIL") {
                return Err(AnalyzerError::Failed("cannot count".into()));
            }
            let n = doc.tokens().iter().filter(|t| t.is_wordlike()).count();
            Ok(AnalyzerOutput::Custom(serde_json::json!({ "words": n })))
        }
    }

    /// Requires `words`.
    struct Doubler;
    impl Analyzer for Doubler {
        fn info() -> AnalyzerInfo {
            AnalyzerInfo::new("double", "0.1.0", "doubles the count").requires(&["words"])
        }
        fn create(_: Options) -> Result<Self, ConfigError> {
            Ok(Doubler)
        }
        fn analyze(&self, _: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
            let AnalyzerOutput::Custom(v) = prior.require("words")? else {
                unreachable!()
            };
            Ok(AnalyzerOutput::Custom(
                serde_json::json!({ "twice": v["words"].as_u64().unwrap() * 2 }),
            ))
        }
    }

    fn engine() -> Engine {
        Engine::from_stages(vec![
            (WordCount::info(), Box::new(WordCount)),
            (Doubler::info(), Box::new(Doubler)),
        ])
    }

    fn record(text: &str) -> serde_json::Value {
        let parsed = Ok(Parsed {
            article: Article::new("a", text),
            warnings: vec![],
        });
        let processed = engine().process(parsed, "a.txt", "a", false);
        serde_json::from_slice(&processed.line).unwrap()
    }

    #[test]
    fn outputs_in_run_order() {
        let r = record("Three little words.");
        assert_eq!(r["analyzers"]["words"]["words"], 3);
        assert_eq!(r["analyzers"]["double"]["twice"], 6);
        assert_eq!(r["errors"], serde_json::json!([]));
    }

    #[test]
    fn a_panic_or_failure_costs_one_analyzer_on_one_article() {
        let r = record("PANIC now");
        assert!(r["analyzers"].get("words").is_none());
        assert!(r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("panicked: boom"));
        assert!(r["errors"][1]["message"]
            .as_str()
            .unwrap()
            .contains("required analyzer `words`"));
        let r = record("FAIL now");
        assert_eq!(r["errors"][0]["message"], "cannot count");
    }

    #[test]
    fn unreadable_input_still_yields_a_record() {
        let processed = engine().process(Err("binary file".into()), "x.bin", "x", false);
        let r: serde_json::Value = serde_json::from_slice(&processed.line).unwrap();
        assert_eq!(r["analyzers"], serde_json::json!({}));
        assert_eq!(r["errors"][0]["analyzer"], "reader");
        assert!(processed.had_errors);
    }
}
