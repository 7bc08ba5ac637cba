//! Fuzz target: the text layer (paragraphs, sentences, tokens) and the byte →
//! code-point offset conversion on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    newslens_fuzz::check_text_layer(&String::from_utf8_lossy(data));
});
