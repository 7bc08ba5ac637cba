//! Property tests of the text layer on generated news-like text (words, abbreviations,
//! quotes, numbers, every kind of line break and white space, right-to-left and
//! combining characters, emoji with joiners, control characters, any `char`):
//!
//! - the layer's invariants hold ([`TextLayer::check`]): sentence spans lie within their
//!   paragraphs, in order, without overlap, and cover every token exactly once;
//! - every output span (`Document::out_span`) satisfies `start <= end <= length` in
//!   code points and its text equals that slice of the text.

use newslens_core::{Article, Document, Span};
use proptest::prelude::*;

/// One piece of generated text.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "Kim",
        "said",
        "the",
        "U.S.",
        "Mr.",
        "Dr.",
        "Jan.",
        "p.m.",
        "$1.13bn",
        "2011",
        "3.5%",
        "Pyongyang",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "‘",
        "«",
        "»",
        "(",
        ")",
        "[",
        "]",
        ".",
        "...",
        "…",
        "?",
        "!",
        ",",
        ";",
        ":",
        "—",
        "-",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "   ",
        "\u{a0}",
        "\u{2028}",
        "\u{2029}",
        "\u{85}",
        "\u{0}",
        "\u{7}",
        "\u{1b}",
        "\u{feff}",
        "\u{200b}",
        "\u{200d}",
        "\u{200f}",
        "\u{202e}",
        "é",
        "e\u{301}",
        "مرحبا",
        "שלום",
        "👩\u{200d}👩\u{200d}👧",
        "🇰🇵",
        "東京",
        "A.",
        "B",
        "He",
        "she",
        "--",
        "* ",
        "# ",
        "1.",
        "WASHINGTON —",
        "By Jane Doe",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        8 => fixed,
        1 => any::<char>().prop_map(String::from),
        1 => "[A-Za-z]{1,12}",
    ]
}

/// Generated text: up to `max` pieces joined.
fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..max).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn layer_invariants_hold(text in text(120)) {
        let doc = Document::new(Article::new("p", text.clone()));
        if let Err(e) = doc.layer().check(&text) {
            return Err(TestCaseError::fail(format!("{e} in {text:?}")));
        }
    }

    #[test]
    fn output_spans_slice_the_text(text in text(120)) {
        let doc = Document::new(Article::new("p", text.clone()));
        let chars: Vec<char> = text.chars().collect();
        let spans = doc.tokens().iter().map(|t| t.span)
            .chain(doc.sentences().iter().map(|s| s.span))
            .chain(doc.paragraphs().iter().map(|p| p.span))
            .chain([Span::new(0, text.len())]);
        for span in spans {
            let out = doc.out_span(span);
            prop_assert!(out.start <= out.end && out.end <= chars.len(),
                "{span:?} → {}..{} outside 0..{}", out.start, out.end, chars.len());
            let slice: String = chars[out.start..out.end].iter().collect();
            prop_assert_eq!(&slice, &out.text);
            let offsets = doc.offset_span(span);
            prop_assert_eq!((offsets.start, offsets.end), (out.start, out.end));
        }
    }
}
