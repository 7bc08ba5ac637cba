//! Invariants of the text layer, checked on the gold set, the sample article (when
//! `../shared` is present), hand-picked hostile strings and fixed-seed random strings:
//!
//! - tokens lie on char boundaries, are non-empty, in order, never overlap and never hold
//!   white space; every character that is not a separator lies in a token;
//! - sentences are non-empty, in order, never overlap, cover every token exactly once and
//!   span exactly their tokens;
//! - paragraphs are trimmed, in order, never overlap, and hold their sentences;
//! - nothing panics, whatever the UTF-8.

use newslens_core::text::eval::parse_gold;
use newslens_core::text::TextLayer;
use newslens_core::{Article, Document};
use std::path::Path;

/// Characters the tokenizer treats as separators (see `token.rs`).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// Checks every invariant of the layer built from `text`; `what` names the input.
fn check(text: &str, what: &str) {
    let layer = TextLayer::build(text);
    let on_boundary = |b: u32| text.is_char_boundary(b as usize);

    // Tokens.
    let mut covered = vec![false; text.len()];
    let mut prev_end = 0;
    for (i, t) in layer.tokens.iter().enumerate() {
        let s = t.span;
        assert!(s.start < s.end, "{what}: empty token {i}");
        assert!(s.end() <= text.len(), "{what}: token {i} past the end");
        assert!(
            on_boundary(s.start) && on_boundary(s.end),
            "{what}: token {i} off char boundaries"
        );
        assert!(
            s.start >= prev_end,
            "{what}: token {i} overlaps or is out of order"
        );
        prev_end = s.end;
        let tok = &text[s.range()];
        assert!(
            !tok.chars().any(char::is_whitespace),
            "{what}: token {i} {tok:?} holds white space"
        );
        covered[s.range()].iter_mut().for_each(|c| *c = true);
    }
    for (b, c) in text.char_indices() {
        assert!(
            is_separator(c) || covered[b],
            "{what}: char {c:?} at byte {b} lies in no token"
        );
    }

    // Sentences: a partition of the tokens, in order.
    let mut next_token = 0u32;
    let mut prev_end = 0;
    for (k, s) in layer.sentences.iter().enumerate() {
        assert_eq!(
            s.first_token, next_token,
            "{what}: sentence {k} skips tokens"
        );
        assert!(s.first_token < s.end_token, "{what}: empty sentence {k}");
        next_token = s.end_token;
        let first = layer.tokens[s.first_token as usize].span;
        let last = layer.tokens[s.end_token as usize - 1].span;
        assert_eq!(
            (s.span.start, s.span.end),
            (first.start, last.end),
            "{what}: sentence {k} does not span its tokens"
        );
        assert!(s.span.start >= prev_end, "{what}: sentence {k} overlaps");
        prev_end = s.span.end;
        let p = layer
            .paragraphs
            .get(s.paragraph as usize)
            .unwrap_or_else(|| panic!("{what}: sentence {k} names a missing paragraph"));
        assert!(
            p.span.contains(s.span),
            "{what}: sentence {k} leaves its paragraph"
        );
        assert!(
            p.sentences().contains(&k),
            "{what}: paragraph does not list sentence {k}"
        );
    }
    assert_eq!(
        next_token as usize,
        layer.tokens.len(),
        "{what}: tokens after the last sentence"
    );

    // Paragraphs: trimmed, in order, their sentence ranges contiguous.
    let mut next_sentence = 0u32;
    let mut prev_end = 0;
    for (k, p) in layer.paragraphs.iter().enumerate() {
        assert!(
            on_boundary(p.span.start) && on_boundary(p.span.end),
            "{what}: paragraph {k} off char boundaries"
        );
        assert!(p.span.start >= prev_end, "{what}: paragraph {k} overlaps");
        prev_end = p.span.end;
        let body = &text[p.span.range()];
        assert!(
            !body.is_empty() && body.trim() == body,
            "{what}: paragraph {k} is empty or untrimmed"
        );
        assert_eq!(
            p.first_sentence, next_sentence,
            "{what}: paragraph {k} skips sentences"
        );
        assert!(
            p.first_sentence < p.end_sentence,
            "{what}: paragraph {k} has no sentence"
        );
        next_sentence = p.end_sentence;
    }
    assert_eq!(next_sentence as usize, layer.sentences.len());

    // The document's offset conversion accepts every span the layer made.
    let doc = Document::new(Article::new("t", text.to_string()));
    for s in doc.sentences() {
        let out = doc.out_span(s.span);
        assert_eq!(out.text, &text[s.span.range()]);
    }
}

#[test]
fn invariants_hold_on_the_gold_set() {
    let docs = parse_gold(include_str!("data/sentences.gold.txt")).unwrap();
    for doc in &docs {
        check(&doc.text, &doc.id);
    }
}

#[test]
fn invariants_hold_on_the_sample_article() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/articles/nk-denuclearization.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => check(&text, "sample article"),
        Err(_) => println!("SKIP: {} not found", path.display()),
    }
}

#[test]
fn invariants_hold_on_hostile_strings() {
    let long_word = "a".repeat(100_000);
    let long_dots = ".".repeat(100_000);
    let long_caps_dotted = "AB.".repeat(40_000);
    let long_lower_dotted = "ab.".repeat(40_000);
    let long_initials = "A.".repeat(50_000);
    let long_numbers = "1,".repeat(50_000);
    let long_emoji = "👩‍🔬".repeat(20_000);
    let long_quotes = "“‘\"'’”".repeat(20_000);
    let long_url = format!("https://example.org/{}", "x/".repeat(50_000));
    let long_mixed = "x.Y?z!".repeat(20_000);
    let cases: &[&str] = &[
        "",
        " ",
        "\n\n\n",
        "\0",
        "\0\0 a\0b",
        "\u{1}\u{2}\u{7f}\u{85}\u{9f}",
        "\u{feff}\u{200b}",
        "e\u{301}\u{302}\u{303}",
        "\u{301}leading combining mark.",
        "👨‍👩‍👧‍👦 family. 👍🏽 ok!",
        "\u{200d}\u{200d}",
        "שלום עולם. مرحبا بالعالم. Hello.",
        "\u{202e}reversed\u{202c}. Next.",
        "\"",
        "“",
        "’",
        "'s",
        "’s’s’s",
        "...",
        "…",
        "?!?!",
        "U.S.",
        "A.",
        "Mr.",
        "2011The",
        "a.b.c.d.e.f.g.h.i.j.k.l.",
        "\r\n\r\n  \r\n",
        "\t\tIndented\n\t\tlines\n",
        "- \n- \n",
        "1. \n",
        "日本語の文。次の文。",
        "\u{3000}全角スペース\u{3000}です。",
        "tips@@example..com",
        "http://",
        "www.",
        "@",
        ".5",
        "$",
        "<>",
        &long_word,
        &long_dots,
        &long_caps_dotted,
        &long_lower_dotted,
        &long_initials,
        &long_numbers,
        &long_emoji,
        &long_quotes,
        &long_url,
        &long_mixed,
    ];
    for (n, text) in cases.iter().enumerate() {
        check(text, &format!("hostile case {n}"));
    }
}

/// A small fixed-seed generator (xorshift64*), so the random cases are the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces that random texts are made of: news-like fragments and hostile characters.
const PIECES: &[&str] = &[
    "The",
    "said",
    "Kim",
    "’s",
    "'s",
    "U.S.",
    "a.m.",
    "Dr.",
    "Jan.",
    "No.",
    "2",
    "1,000",
    "2.55",
    "$1.13bn",
    "76%",
    ".125",
    "2011",
    "Inc.",
    "Co.",
    "St.",
    "J.R.R.",
    "F.",
    " ",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\n    ",
    "\t",
    "\r\n",
    ".",
    ".",
    ",",
    "?",
    "!",
    ";",
    ":",
    "...",
    "…",
    "—",
    "-",
    "(",
    ")",
    "[",
    "]",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "`",
    "``",
    "''",
    "«",
    "»",
    "\0",
    "\u{7}",
    "\u{301}",
    "\u{200d}",
    "\u{200b}",
    "\u{feff}",
    "\u{fe0f}",
    "👩",
    "🔬",
    "🏽",
    "ש",
    "ل",
    "中",
    "é",
    "ß",
    "İ",
    "ǅ",
    "www.example.com",
    "http://x.org/a.pdf",
    "a@b.io",
    "@",
    "/",
    "<",
    ">",
    "&",
    "#",
    "- ",
    "* ",
    "• ",
    "1. ",
    "A",
    "b",
    "Z",
];

#[test]
fn invariants_hold_on_random_strings() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..3000 {
        let len = rng.below(60) + 1;
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(PIECES[rng.below(PIECES.len())]);
        }
        check(&text, &format!("random case {case}: {text:?}"));
    }
    // Random code points (valid scalar values), including controls and unassigned ones.
    for case in 0..1000 {
        let len = rng.below(40) + 1;
        let text: String = (0..len)
            .filter_map(|_| {
                let cp = match rng.below(4) {
                    0 => rng.below(0x80) as u32,
                    1 => rng.below(0x800) as u32,
                    2 => rng.below(0x10000) as u32,
                    _ => rng.below(0x11_0000) as u32,
                };
                char::from_u32(cp)
            })
            .collect();
        check(&text, &format!("random code points {case}: {text:?}"));
    }
}
