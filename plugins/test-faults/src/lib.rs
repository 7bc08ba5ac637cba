//! `test-faults`: a plugin for testing the host. It echoes what it received, and
//! misbehaves as its `fault` option says, on the articles whose text contains
//! `trigger` (every article when `trigger` is empty):
//!
//! | fault | what happens |
//! |---|---|
//! | `none` | `{"id": …, "chars": N, "received": [names of prior outputs]}` |
//! | `panic-in-create` | panics while being created |
//! | `panic-in-analyze` | panics |
//! | `error` | returns an `AnalyzerError` |
//! | `invalid-json` | returns bytes that are not JSON |
//! | `not-an-object` | returns a JSON array |
//! | `sleep` | sleeps `sleep_ms`, then answers |
//! | `print` | prints to standard output, then answers |
//! | `abort` | aborts the process |
//! | `segfault` | writes through a null pointer |

use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
};
use newslens_plugin::abi::{AnalyzeFn, PluginTable, RawResult, STATUS_OK};
use serde_json::json;
use std::time::Duration;

const FAULTS: [&str; 10] = [
    "none",
    "panic-in-create",
    "panic-in-analyze",
    "error",
    "invalid-json",
    "not-an-object",
    "sleep",
    "print",
    "abort",
    "segfault",
];

/// The misbehaving analyzer.
pub struct Faults {
    fault: String,
    trigger: String,
    sleep: Duration,
}

impl Faults {
    fn triggered(&self, doc: &Document) -> bool {
        self.trigger.is_empty() || doc.text().contains(&self.trigger)
    }
}

impl Analyzer for Faults {
    fn info() -> AnalyzerInfo {
        AnalyzerInfo::new("test-faults", "0.1.0", "Misbehaves on demand, for tests")
            .uses_if_enabled(&["keywords"])
            .option(OptionSpec::new(
                "fault",
                "none",
                "which fault: see the crate docs",
            ))
            .option(OptionSpec::new(
                "trigger",
                "",
                "misbehave only on articles containing this text",
            ))
            .option(OptionSpec::new("sleep_ms", 1000, "how long `sleep` sleeps"))
    }

    fn create(mut options: Options) -> Result<Self, ConfigError> {
        let fault = options.choice("fault", "none", &FAULTS)?;
        let trigger = options.string("trigger")?.unwrap_or_default();
        let sleep = Duration::from_millis(options.u64_in("sleep_ms", 1000, 0..=600_000)?);
        options.finish(Self::info().option_keys())?;
        if fault == "panic-in-create" {
            panic!("test-faults: panic in create, as configured");
        }
        Ok(Faults {
            fault,
            trigger,
            sleep,
        })
    }

    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        if self.triggered(doc) {
            match self.fault.as_str() {
                "panic-in-analyze" => panic!("test-faults: panic in analyze, as configured"),
                "error" => {
                    return Err(AnalyzerError::Failed(
                        "test-faults: error, as configured".into(),
                    ))
                }
                "not-an-object" => return Ok(AnalyzerOutput::Custom(json!([1, 2, 3]))),
                "sleep" => std::thread::sleep(self.sleep),
                "print" => println!("test-faults: a plugin printing to standard output"),
                "abort" => std::process::abort(),
                "segfault" => {
                    // SAFETY: none; this is the fault being tested.
                    unsafe { std::ptr::null_mut::<u8>().write_volatile(1) };
                }
                _ => {}
            }
        }
        let received: Vec<&str> = prior.iter().map(|(name, _)| name).collect();
        Ok(AnalyzerOutput::Custom(json!({
            "id": doc.article().id,
            "chars": doc.text().chars().count(),
            "received": received,
        })))
    }
}

/// The SDK's analyze function for [`Faults`].
const SDK_ANALYZE: AnalyzeFn = newslens_plugin::sdk::table::<Faults>().analyze;

/// The SDK's analyze, except that `invalid-json` replaces a good output with broken bytes.
unsafe extern "C" fn analyze(
    instance: *const std::ffi::c_void,
    input: *const u8,
    len: usize,
) -> RawResult {
    // SAFETY: forwarded as received from the host.
    let result = unsafe { SDK_ANALYZE(instance, input, len) };
    // SAFETY: the host passes a live handle made by this table's create.
    let faults = unsafe { newslens_plugin::sdk::instance_ref::<Faults>(instance) };
    if result.status != STATUS_OK || faults.fault != "invalid-json" {
        return result;
    }
    // SAFETY: the host passes a live input buffer of `len` bytes.
    let bytes = unsafe { std::slice::from_raw_parts(input, len) };
    let triggered = newslens_plugin::wire::decode_input(bytes)
        .map(|(doc, _)| faults.triggered(&doc))
        .unwrap_or(true);
    if !triggered {
        return result;
    }
    // SAFETY: the buffer was made by this library and is dropped once.
    drop(unsafe { result.buffer.into_vec() });
    RawResult::new(STATUS_OK, b"{\"broken\": ".to_vec())
}

static TABLE: PluginTable = {
    let mut table = newslens_plugin::sdk::table::<Faults>();
    table.analyze = analyze;
    table
};

/// The newslens plugin entry point (hand-written to wrap `analyze`).
#[unsafe(no_mangle)]
pub extern "C" fn newslens_plugin_entry() -> *const PluginTable {
    &TABLE
}
