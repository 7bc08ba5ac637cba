//! A plugin loaded into this process, as the runner holds it: an [`AnalyzerInstance`]
//! that encodes each article, calls the library and checks what comes back, with an
//! optional time limit.

use crate::library::PluginInstance;
use crate::wire::{decode_output, encode_input, Manifest};
use newslens_core::{AnalyzerError, AnalyzerInstance, AnalyzerOutput, Document, Outputs};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// Calls still running past their time limit beyond which new calls are refused
/// outright (each one holds a thread that cannot be stopped).
pub const MAX_OVERDUE_CALLS: usize = 16;

/// An in-process plugin analyzer.
pub struct InProcessPlugin {
    instance: Arc<PluginInstance>,
    timeout: Option<Duration>,
    overdue: Arc<AtomicUsize>,
}

const RUNNING: u8 = 0;
const DONE: u8 = 1;
const ABANDONED: u8 = 2;

impl InProcessPlugin {
    /// Wraps `instance`; with a `timeout`, each call runs on a worker thread and the
    /// article gets an error when the plugin takes longer.
    pub fn new(instance: PluginInstance, timeout: Option<Duration>) -> Self {
        InProcessPlugin {
            instance: Arc::new(instance),
            timeout,
            overdue: Arc::new(AtomicUsize::new(0)),
        }
    }

    fn manifest(&self) -> &Manifest {
        self.instance.library().manifest()
    }

    fn call(instance: &PluginInstance, input: &[u8]) -> Result<AnalyzerOutput, AnalyzerError> {
        let name = &instance.library().manifest().name;
        instance.analyze(input, |bytes| decode_output(name, bytes))
    }

    /// Runs the call on a worker thread and waits at most `limit`.
    ///
    /// Limitation: a thread cannot be stopped from outside, so a call past its limit goes
    /// on in the background (keeping the library loaded) until the plugin returns; its
    /// result is dropped. After [`MAX_OVERDUE_CALLS`] such calls are still running, calls
    /// are refused at once. `isolation = "process"` kills an overdue plugin instead.
    fn call_with_limit(
        &self,
        input: Vec<u8>,
        limit: Duration,
    ) -> Result<AnalyzerOutput, AnalyzerError> {
        let overdue = self.overdue.load(Ordering::Relaxed);
        if overdue >= MAX_OVERDUE_CALLS {
            return Err(AnalyzerError::Failed(format!(
                "not run: {overdue} earlier calls of this plugin are still running past the {} ms time limit; use isolation = \"process\" to have slow calls killed",
                limit.as_millis()
            )));
        }
        let state = Arc::new(AtomicU8::new(RUNNING));
        let (tx, rx) = mpsc::sync_channel(1);
        let worker = {
            let instance = Arc::clone(&self.instance);
            let state = Arc::clone(&state);
            let overdue = Arc::clone(&self.overdue);
            move || {
                let result = Self::call(&instance, &input);
                let finished_in_time = state
                    .compare_exchange(RUNNING, DONE, Ordering::AcqRel, Ordering::Acquire)
                    .is_ok();
                if finished_in_time {
                    let _ = tx.send(result);
                } else {
                    overdue.fetch_sub(1, Ordering::Relaxed);
                }
            }
        };
        std::thread::Builder::new()
            .name(format!("plugin-{}", self.manifest().name))
            .spawn(worker)
            .map_err(|e| AnalyzerError::Failed(format!("cannot start a worker thread: {e}")))?;
        match rx.recv_timeout(limit) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(AnalyzerError::Failed(
                "the plugin's worker thread ended without a result".to_string(),
            )),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let abandoned = state
                    .compare_exchange(RUNNING, ABANDONED, Ordering::AcqRel, Ordering::Acquire)
                    .is_ok();
                if abandoned {
                    self.overdue.fetch_add(1, Ordering::Relaxed);
                    Err(AnalyzerError::Failed(format!(
                        "time limit exceeded: no result after {} ms (timeout_ms); the call goes on in the background",
                        limit.as_millis()
                    )))
                } else {
                    // Finished just as the limit passed: the result is on its way.
                    rx.recv().unwrap_or_else(|_| {
                        Err(AnalyzerError::Failed(
                            "the plugin's worker thread ended without a result".to_string(),
                        ))
                    })
                }
            }
        }
    }
}

impl AnalyzerInstance for InProcessPlugin {
    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        let input = encode_input(self.manifest(), doc, prior).map_err(AnalyzerError::Failed)?;
        match self.timeout {
            None => Self::call(&self.instance, &input),
            Some(limit) => self.call_with_limit(input, limit),
        }
    }
}
