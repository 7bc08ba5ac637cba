//! The C ABI between a newslens host and a plugin library.
//!
//! No Rust type crosses the boundary. A plugin exports one symbol, [`ENTRY_SYMBOL`]: an
//! `extern "C" fn() -> *const PluginTable`. The table starts with its ABI version and its
//! size — these two `u32`s stay first in every version of the ABI, so a host can read
//! them from any plugin — followed by plain `extern "C"` function pointers. The host
//! checks both before it calls anything through the table.
//!
//! Data crosses as byte buffers holding UTF-8 JSON:
//! - host → plugin: a borrowed `(ptr, len)` pair, valid for the duration of the call;
//! - plugin → host: a [`RawBuffer`] the plugin allocated, inside a [`RawResult`]; the host
//!   hands it back to the plugin's `free_buffer` once read, so each side frees what it
//!   allocated (host and plugin may not share an allocator).
//!
//! Every function of the table catches panics and reports them as [`STATUS_PANIC`]: a
//! panic must never unwind across `extern "C"` (that aborts the process).

use std::ffi::c_void;

/// The ABI version this crate speaks. Raised on any incompatible change of the table,
/// the buffers or the JSON shapes in [`crate::wire`].
pub const ABI_VERSION: u32 = 1;

/// The name of the one symbol a plugin library exports (NUL-terminated for libloading).
pub const ENTRY_SYMBOL: &[u8] = b"newslens_plugin_entry\0";

/// The type of the entry symbol: returns a pointer to a table with static lifetime.
pub type EntryFn = unsafe extern "C" fn() -> *const PluginTable;

/// The call succeeded; the buffer holds the result (JSON), or nothing for `create`.
pub const STATUS_OK: u32 = 0;
/// The analyzer failed on this input; the buffer holds the message (UTF-8 text).
pub const STATUS_ERROR: u32 = 1;
/// `create` rejected the options; the buffer holds `{"key": …, "message": …}` (JSON).
pub const STATUS_CONFIG_ERROR: u32 = 2;
/// The plugin panicked; the buffer holds the panic message (UTF-8 text).
pub const STATUS_PANIC: u32 = 3;

/// Bytes allocated by the plugin (a `Vec<u8>` taken apart). Only the plugin's
/// `free_buffer` may release it.
#[repr(C)]
#[derive(Debug)]
pub struct RawBuffer {
    /// Start of the bytes (dangling but non-null when empty).
    pub ptr: *mut u8,
    /// Number of bytes.
    pub len: usize,
    /// Allocated capacity, needed to free it.
    pub cap: usize,
}

impl RawBuffer {
    /// Takes ownership of `bytes` (plugin side); release with [`RawBuffer::into_vec`].
    pub fn from_vec(bytes: Vec<u8>) -> Self {
        let mut bytes = std::mem::ManuallyDrop::new(bytes);
        RawBuffer {
            ptr: bytes.as_mut_ptr(),
            len: bytes.len(),
            cap: bytes.capacity(),
        }
    }

    /// Rebuilds the vector (plugin side, in `free_buffer`).
    ///
    /// # Safety
    /// The buffer must come from [`RawBuffer::from_vec`] in the same library and not
    /// have been freed yet.
    pub unsafe fn into_vec(self) -> Vec<u8> {
        // SAFETY: guaranteed by the caller: ptr/len/cap come from a Vec of this allocator.
        unsafe { Vec::from_raw_parts(self.ptr, self.len, self.cap) }
    }

    /// The bytes (host side, before handing the buffer back).
    ///
    /// # Safety
    /// The buffer must be live (not yet freed) and point to `len` initialised bytes.
    pub unsafe fn as_slice(&self) -> &[u8] {
        if self.len == 0 || self.ptr.is_null() {
            return &[];
        }
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

/// The result of a call through the table: a status and a buffer (see the `STATUS_*`
/// constants for what the buffer holds).
#[repr(C)]
#[derive(Debug)]
pub struct RawResult {
    /// One of [`STATUS_OK`], [`STATUS_ERROR`], [`STATUS_CONFIG_ERROR`], [`STATUS_PANIC`].
    pub status: u32,
    /// The payload, owned by the plugin.
    pub buffer: RawBuffer,
}

impl RawResult {
    /// A result with `status` and `bytes`.
    pub fn new(status: u32, bytes: Vec<u8>) -> Self {
        RawResult {
            status,
            buffer: RawBuffer::from_vec(bytes),
        }
    }
}

/// Returns the plugin's manifest (JSON, see [`crate::wire::Manifest`]).
pub type ManifestFn = unsafe extern "C" fn() -> RawResult;
/// Creates an analyzer from its options (a JSON object at `options`/`len`); on
/// success writes the instance handle to `instance_out`.
pub type CreateFn = unsafe extern "C" fn(
    options: *const u8,
    len: usize,
    instance_out: *mut *mut c_void,
) -> RawResult;
/// Analyzes one article (JSON input at `input`/`len`, see [`crate::wire`]) with the
/// instance; may be called from several threads at once.
pub type AnalyzeFn =
    unsafe extern "C" fn(instance: *const c_void, input: *const u8, len: usize) -> RawResult;
/// Frees a buffer the plugin returned.
pub type FreeBufferFn = unsafe extern "C" fn(buffer: RawBuffer);
/// Destroys an instance made by `create`.
pub type DestroyFn = unsafe extern "C" fn(instance: *mut c_void);

/// The function table a plugin exports through [`ENTRY_SYMBOL`].
///
/// Layout promise: `abi_version` and `table_size` are the first two fields in every
/// ABI version, so a host can always read them to refuse a plugin it cannot drive.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct PluginTable {
    /// [`ABI_VERSION`] of the SDK the plugin was built with.
    pub abi_version: u32,
    /// `size_of::<PluginTable>()` as the plugin saw it.
    pub table_size: u32,
    /// See [`ManifestFn`].
    pub manifest: ManifestFn,
    /// See [`CreateFn`].
    pub create: CreateFn,
    /// See [`AnalyzeFn`].
    pub analyze: AnalyzeFn,
    /// See [`FreeBufferFn`].
    pub free_buffer: FreeBufferFn,
    /// See [`DestroyFn`].
    pub destroy: DestroyFn,
}

/// The size of [`PluginTable`] as this crate lays it out.
pub const TABLE_SIZE: u32 = std::mem::size_of::<PluginTable>() as u32;

/// The first two fields of any version's table: all a host reads before checking them.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableHeader {
    /// The plugin's ABI version.
    pub abi_version: u32,
    /// The plugin's table size in bytes.
    pub table_size: u32,
}
