//! `test-not-a-plugin`: an ordinary shared library without the newslens entry symbol.

/// Some exported function, so the library is not empty.
#[unsafe(no_mangle)]
pub extern "C" fn not_a_newslens_plugin() -> i32 {
    42
}
