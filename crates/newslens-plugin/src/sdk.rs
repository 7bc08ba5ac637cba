//! The plugin side: generic `extern "C"` functions that drive any [`Analyzer`] through
//! the table, each behind a panic guard. Plugin authors use [`crate::export_analyzer!`],
//! which builds the table with [`table`] and exports it.

use crate::abi::{
    PluginTable, RawBuffer, RawResult, ABI_VERSION, STATUS_CONFIG_ERROR, STATUS_ERROR, STATUS_OK,
    STATUS_PANIC, TABLE_SIZE,
};
use crate::wire::{decode_input, Manifest};
use newslens_core::{Analyzer, Options};
use serde_json::{json, Value};
use std::any::Any;
use std::ffi::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The function table for analyzer type `A` (what [`crate::export_analyzer!`] exports).
pub const fn table<A: Analyzer>() -> PluginTable {
    PluginTable {
        abi_version: ABI_VERSION,
        table_size: TABLE_SIZE,
        manifest: manifest::<A>,
        create: create::<A>,
        analyze: analyze::<A>,
        free_buffer,
        destroy: destroy::<A>,
    }
}

/// The message of a caught panic.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

/// Runs `f`, turning a panic into a [`STATUS_PANIC`] result.
fn guarded(f: impl FnOnce() -> RawResult) -> RawResult {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => RawResult::new(STATUS_PANIC, panic_message(&*payload).into_bytes()),
    }
}

/// The manifest of `A`.
unsafe extern "C" fn manifest<A: Analyzer>() -> RawResult {
    guarded(|| {
        let manifest = Manifest::from_info(&A::info());
        match serde_json::to_vec(&manifest) {
            Ok(bytes) => RawResult::new(STATUS_OK, bytes),
            Err(e) => RawResult::new(STATUS_ERROR, e.to_string().into_bytes()),
        }
    })
}

/// Creates an `A` from a JSON object of options.
unsafe extern "C" fn create<A: Analyzer>(
    options: *const u8,
    len: usize,
    instance_out: *mut *mut c_void,
) -> RawResult {
    guarded(|| {
        // SAFETY: the host passes a live buffer of `len` bytes for the duration of the call.
        let bytes = unsafe { borrowed(options, len) };
        let info = A::info();
        let config_error = |key: Option<&str>, message: &str| {
            let body = json!({"key": key, "message": message});
            RawResult::new(STATUS_CONFIG_ERROR, body.to_string().into_bytes())
        };
        let map = match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return config_error(None, "options must be a table"),
            Err(e) => return config_error(None, &format!("options are not valid JSON: {e}")),
        };
        match A::create(Options::new(&info.name, map)) {
            Ok(analyzer) => {
                let handle = Box::into_raw(Box::new(analyzer)) as *mut c_void;
                // SAFETY: the host passes a valid pointer to write the handle to.
                unsafe { instance_out.write(handle) };
                RawResult::new(STATUS_OK, Vec::new())
            }
            Err(e) => config_error(e.key.as_deref(), &e.message),
        }
    })
}

/// Borrows the instance behind a handle made by this SDK's `create` for `A`.
///
/// # Safety
/// `handle` must come from the `create` of the table built by [`table::<A>`] and not be
/// destroyed yet. (For test plugins that wrap the SDK's functions.)
pub unsafe fn instance_ref<'a, A: Analyzer>(handle: *const c_void) -> &'a A {
    // SAFETY: guaranteed by the caller: the handle is a live `Box<A>`.
    unsafe { &*(handle as *const A) }
}

/// Analyzes one article: decode the input, run `A`, encode its output.
unsafe extern "C" fn analyze<A: Analyzer>(
    instance: *const c_void,
    input: *const u8,
    len: usize,
) -> RawResult {
    guarded(|| {
        // SAFETY: the host passes a live handle from `create` and a live input buffer.
        let (analyzer, bytes) = unsafe { (instance_ref::<A>(instance), borrowed(input, len)) };
        let (doc, prior) = match decode_input(bytes) {
            Ok(decoded) => decoded,
            Err(e) => return RawResult::new(STATUS_ERROR, e.into_bytes()),
        };
        match analyzer.analyze(&doc, &prior) {
            Ok(output) => match serde_json::to_vec(&output) {
                Ok(bytes) => RawResult::new(STATUS_OK, bytes),
                Err(e) => RawResult::new(
                    STATUS_ERROR,
                    format!("cannot serialize the output: {e}").into_bytes(),
                ),
            },
            Err(e) => RawResult::new(STATUS_ERROR, e.to_string().into_bytes()),
        }
    })
}

/// Frees a buffer this library returned.
unsafe extern "C" fn free_buffer(buffer: RawBuffer) {
    // Dropping a Vec<u8> cannot panic, but stay on the safe side of the boundary.
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the host hands back, once, a buffer this library made with from_vec.
        drop(unsafe { buffer.into_vec() });
    }));
}

/// Destroys an instance made by `create`.
unsafe extern "C" fn destroy<A: Analyzer>(instance: *mut c_void) {
    if instance.is_null() {
        return;
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the host destroys each handle from `create` exactly once.
        drop(unsafe { Box::from_raw(instance as *mut A) });
    }));
    if let Err(payload) = result {
        eprintln!(
            "newslens plugin `{}`: panic while dropping the analyzer: {}",
            A::info().name,
            panic_message(&*payload)
        );
    }
}

/// A borrowed byte slice from a pointer and a length (empty when null).
unsafe fn borrowed<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if ptr.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}
