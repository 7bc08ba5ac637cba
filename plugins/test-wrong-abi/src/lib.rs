//! `test-wrong-abi`: a plugin whose table claims the next ABI version, as a plugin
//! built against a newer newslens-plugin would. A host must refuse it before calling
//! anything through the table: every function here panics if called.

use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, Options, Outputs,
};
use newslens_plugin::abi::{PluginTable, ABI_VERSION};

/// An analyzer that must never run.
pub struct Unreachable;

impl Analyzer for Unreachable {
    fn info() -> AnalyzerInfo {
        panic!("test-wrong-abi: the host called into a plugin of another ABI version")
    }
    fn create(_: Options) -> Result<Self, ConfigError> {
        panic!("test-wrong-abi: the host called into a plugin of another ABI version")
    }
    fn analyze(&self, _: &Document, _: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        panic!("test-wrong-abi: the host called into a plugin of another ABI version")
    }
}

static TABLE: PluginTable = {
    let mut table = newslens_plugin::sdk::table::<Unreachable>();
    table.abi_version = ABI_VERSION + 1;
    table
};

/// The entry point, with the wrong version.
#[unsafe(no_mangle)]
pub extern "C" fn newslens_plugin_entry() -> *const PluginTable {
    &TABLE
}
