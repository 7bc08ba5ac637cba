//! newslens-plugin: custom analyzers in their own libraries.
//!
//! - **For plugin authors** (the SDK): implement [`newslens_core::Analyzer`] as the
//!   built-ins do, build a `cdylib`, and export it with one line:
//!   `newslens_plugin::export_analyzer!(MyAnalyzer);`
//! - **For the runner** (the host): [`PluginSpec::from_config`] reads a plugin's table
//!   from `analyzers.toml`, [`PluginSpec::load`] loads it in this process or in child
//!   processes, and hands back an [`newslens_core::AnalyzerInstance`]. [`load_plugin`]
//!   is the short form for in-process use; [`run_plugin_host`] is the child side.
//!
//! The boundary ([`abi`]) is a versioned `#[repr(C)]` table of `extern "C"` functions
//! passing JSON in byte buffers ([`wire`]); no Rust type crosses it, every exported
//! function catches panics, and each side frees what it allocated.

pub mod abi;
pub mod bench;
pub mod build;
pub mod config;
pub mod error;
pub mod host_main;
pub mod in_process;
pub mod library;
pub mod process;
pub mod protocol;
pub mod scaffold;
pub mod sdk;
pub mod typed;
pub mod wire;

pub use config::{
    library_file_name, load_plugin, resolve_library_path, Isolation, LoadedPlugin, PluginSpec,
    HOST_KEYS,
};
pub use error::PluginError;
pub use host_main::{plugin_host_main, run_plugin_host};
pub use process::{HostCommand, ProcessPlugin};
pub use scaffold::{new_plugin, Scaffold, SdkSource};

/// Exports analyzer type `$analyzer` (an implementation of `newslens_core::Analyzer`)
/// as this library's newslens plugin. Write it once, at the crate root of a `cdylib`:
///
/// ```ignore
/// newslens_plugin::export_analyzer!(MyAnalyzer);
/// ```
#[macro_export]
macro_rules! export_analyzer {
    ($analyzer:ty) => {
        /// The newslens plugin entry point: the function table of this library.
        #[unsafe(no_mangle)]
        pub extern "C" fn newslens_plugin_entry() -> *const $crate::abi::PluginTable {
            static TABLE: $crate::abi::PluginTable = $crate::sdk::table::<$analyzer>();
            &TABLE
        }
    };
}
