//! Loading a plugin library in this process: the checks made before any call through
//! the table, the manifest, and instances that keep their library loaded.

use crate::abi::{
    EntryFn, PluginTable, RawResult, TableHeader, ABI_VERSION, ENTRY_SYMBOL, STATUS_CONFIG_ERROR,
    STATUS_ERROR, STATUS_OK, STATUS_PANIC, TABLE_SIZE,
};
use crate::error::PluginError;
use crate::wire::Manifest;
use libloading::Library;
use newslens_core::{AnalyzerError, ConfigError};
use serde::Deserialize;
use std::ffi::c_void;
use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::sync::Arc;

/// A loaded, checked plugin library. Shared (`Arc`) by every instance made from it, so
/// the library stays loaded while any of them lives.
pub struct PluginLibrary {
    path: PathBuf,
    table: PluginTable,
    manifest: Manifest,
    // Last field: dropped (unloaded) after everything above.
    _library: Library,
}

impl std::fmt::Debug for PluginLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluginLibrary")
            .field("path", &self.path)
            .field("manifest", &self.manifest)
            .finish_non_exhaustive()
    }
}

/// The package that probably builds `path` (`libmy_tagger.so` → `my-tagger`), for hints.
pub fn package_hint(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem.strip_prefix("lib").unwrap_or(&stem);
    stem.replace('_', "-")
}

/// Checks a table header against this host's ABI.
pub fn check_header(path: &Path, header: TableHeader) -> Result<(), PluginError> {
    let sdk = env!("CARGO_PKG_VERSION").to_string();
    if header.abi_version != ABI_VERSION {
        return Err(PluginError::AbiMismatch {
            path: path.to_path_buf(),
            plugin: header.abi_version,
            host: ABI_VERSION,
            sdk,
        });
    }
    if header.table_size != TABLE_SIZE {
        return Err(PluginError::TableSizeMismatch {
            path: path.to_path_buf(),
            abi: ABI_VERSION,
            plugin: header.table_size,
            host: TABLE_SIZE,
            sdk,
        });
    }
    Ok(())
}

impl PluginLibrary {
    /// Loads the library at `path`, checks its ABI version and table size, then reads
    /// and checks its manifest.
    pub fn open(path: &Path) -> Result<Arc<Self>, PluginError> {
        if !path.is_file() {
            return Err(PluginError::LibraryMissing {
                path: path.to_path_buf(),
                package: package_hint(path),
            });
        }
        // SAFETY: loading a library runs its initialisers; plugins are trusted code the
        // user named in analyzers.toml (use isolation = "process" to contain crashes).
        let library = unsafe { Library::new(path) }.map_err(|e| PluginError::OpenFailed {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        // SAFETY: the symbol, when present, has the documented EntryFn type.
        let entry: EntryFn = match unsafe { library.get::<EntryFn>(ENTRY_SYMBOL) } {
            Ok(symbol) => *symbol,
            Err(_) => {
                return Err(PluginError::NotAPlugin {
                    path: path.to_path_buf(),
                })
            }
        };
        // SAFETY: the entry function takes nothing and returns a pointer to a static table.
        let table_ptr = unsafe { entry() };
        if table_ptr.is_null() {
            return Err(PluginError::NotAPlugin {
                path: path.to_path_buf(),
            });
        }
        // SAFETY: every ABI version starts its table with this header.
        let header = unsafe { (table_ptr as *const TableHeader).read() };
        check_header(path, header)?;
        // SAFETY: version and size match this crate's table layout.
        let table = unsafe { table_ptr.read() };
        // SAFETY: the table was checked above.
        let result = unsafe { (table.manifest)() };
        let manifest = take(&table, result, |status, bytes| match status {
            STATUS_OK => Manifest::parse(bytes),
            STATUS_PANIC => Err(format!(
                "the plugin panicked: {}",
                String::from_utf8_lossy(bytes)
            )),
            _ => Err(String::from_utf8_lossy(bytes).into_owned()),
        });
        let manifest = manifest.map_err(|reason| PluginError::InvalidManifest {
            path: path.to_path_buf(),
            reason,
        })?;
        Ok(Arc::new(PluginLibrary {
            path: path.to_path_buf(),
            table,
            manifest,
            _library: library,
        }))
    }

    /// The library's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The checked manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Creates an analyzer from `options` (a JSON object).
    pub fn create(
        self: &Arc<Self>,
        options: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<PluginInstance, ConfigError> {
        let name = &self.manifest.name;
        let bytes = serde_json::to_vec(options).expect("a JSON map serializes");
        let mut handle: *mut c_void = std::ptr::null_mut();
        // SAFETY: the table was checked; the buffers live for the duration of the call.
        let result = unsafe { (self.table.create)(bytes.as_ptr(), bytes.len(), &mut handle) };
        take(&self.table, result, |status, body| match status {
            STATUS_OK => NonNull::new(handle)
                .map(|handle| PluginInstance {
                    handle,
                    library: Arc::clone(self),
                })
                .ok_or_else(|| ConfigError::analyzer(name, "the plugin created no instance")),
            STATUS_CONFIG_ERROR => {
                #[derive(Deserialize)]
                struct Body {
                    key: Option<String>,
                    message: String,
                }
                match serde_json::from_slice::<Body>(body) {
                    Ok(Body {
                        key: Some(key),
                        message,
                    }) => Err(ConfigError::option(name, &key, message)),
                    Ok(Body { key: None, message }) => Err(ConfigError::analyzer(name, message)),
                    Err(_) => Err(ConfigError::analyzer(name, String::from_utf8_lossy(body))),
                }
            }
            STATUS_PANIC => Err(ConfigError::analyzer(
                name,
                format!(
                    "the plugin panicked while creating the analyzer (check its options): {}",
                    String::from_utf8_lossy(body)
                ),
            )),
            other => Err(ConfigError::analyzer(
                name,
                format!(
                    "create failed (status {other}): {}",
                    String::from_utf8_lossy(body)
                ),
            )),
        })
    }
}

/// Hands a result's bytes to `f`, then gives the buffer back to the plugin to free
/// (even when `f` panics).
fn take<R>(table: &PluginTable, result: RawResult, f: impl FnOnce(u32, &[u8]) -> R) -> R {
    struct FreeOnDrop<'a> {
        table: &'a PluginTable,
        result: Option<RawResult>,
    }
    impl Drop for FreeOnDrop<'_> {
        fn drop(&mut self) {
            if let Some(result) = self.result.take() {
                // SAFETY: the buffer came from this plugin and is freed once.
                unsafe { (self.table.free_buffer)(result.buffer) };
            }
        }
    }
    let guard = FreeOnDrop {
        table,
        result: Some(result),
    };
    let result = guard.result.as_ref().expect("set above");
    // SAFETY: the plugin returned a live buffer of `len` bytes.
    let bytes = unsafe { result.buffer.as_slice() };
    f(result.status, bytes)
}

/// One analyzer created by a plugin. Holds its library loaded; destroyed through the
/// plugin's `destroy` when dropped.
pub struct PluginInstance {
    handle: NonNull<c_void>,
    library: Arc<PluginLibrary>,
}

// SAFETY: the ABI requires instances to be usable from several threads at once (the SDK
// only exports `Analyzer`s, which are `Send + Sync`).
unsafe impl Send for PluginInstance {}
// SAFETY: as above.
unsafe impl Sync for PluginInstance {}

impl PluginInstance {
    /// The library this instance came from.
    pub fn library(&self) -> &Arc<PluginLibrary> {
        &self.library
    }

    /// Calls the plugin's `analyze` on an encoded input; on success hands the output
    /// bytes to `on_output` (before they are freed). A failure or panic in the plugin
    /// becomes an [`AnalyzerError`].
    pub fn analyze<R>(
        &self,
        input: &[u8],
        on_output: impl FnOnce(&[u8]) -> Result<R, String>,
    ) -> Result<R, AnalyzerError> {
        let lib = &*self.library;
        // SAFETY: the handle is live (destroyed only on drop) and the table was checked.
        let result =
            unsafe { (lib.table.analyze)(self.handle.as_ptr(), input.as_ptr(), input.len()) };
        take(&lib.table, result, |status, bytes| match status {
            STATUS_OK => on_output(bytes),
            STATUS_ERROR => Err(String::from_utf8_lossy(bytes).into_owned()),
            STATUS_PANIC => Err(format!(
                "the plugin panicked on this article: {}",
                String::from_utf8_lossy(bytes)
            )),
            other => Err(format!(
                "the plugin returned unknown status {other}: {}",
                String::from_utf8_lossy(bytes)
            )),
        })
        .map_err(AnalyzerError::Failed)
    }
}

impl Drop for PluginInstance {
    fn drop(&mut self) {
        // SAFETY: the handle came from this library's create and is destroyed once,
        // while the library (held by self.library) is still loaded.
        unsafe { (self.library.table.destroy)(self.handle.as_ptr()) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_checks_version_then_size() {
        let path = Path::new("/p/libx.so");
        let header = |abi_version, table_size| TableHeader {
            abi_version,
            table_size,
        };
        assert!(check_header(path, header(ABI_VERSION, TABLE_SIZE)).is_ok());
        let err = check_header(path, header(ABI_VERSION + 1, TABLE_SIZE + 8)).unwrap_err();
        assert!(matches!(err, PluginError::AbiMismatch { .. }), "{err}");
        let err = check_header(path, header(ABI_VERSION, TABLE_SIZE - 8)).unwrap_err();
        assert!(
            matches!(err, PluginError::TableSizeMismatch { .. }),
            "{err}"
        );
        let message = err.to_string();
        assert!(
            message.contains(&format!("{} bytes", TABLE_SIZE - 8)),
            "{message}"
        );
        assert!(
            message.contains("rebuild it against newslens-plugin"),
            "{message}"
        );
    }

    #[test]
    fn package_hints_follow_cargo_naming() {
        for (file, package) in [
            ("target/release/libmy_tagger.so", "my-tagger"),
            ("libkeywords.dylib", "keywords"),
            ("my_tagger.dll", "my-tagger"),
        ] {
            assert_eq!(package_hint(Path::new(file)), package, "{file}");
        }
    }
}
