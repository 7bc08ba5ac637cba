//! The analyzer's view of the text layer: the document's tokens, hyphenated words split
//! into their parts ("third-quarter" → third - quarter, "mid-1996" → mid - 1996), each
//! classified once against the lexicon. One vector per article; nothing per token is
//! allocated.

use crate::lexicon::{self, Lex};
use newslens_core::text::TokenKind;
use newslens_core::Document;

/// The coarse shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Letters.
    Word,
    /// Starts with a digit.
    Number,
    /// Punctuation or a symbol.
    Punct,
}

/// One classified token.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Byte offset of its first byte.
    pub start: u32,
    /// Byte offset one past its end.
    pub end: u32,
    /// Lexicon entry (for words).
    pub lex: Lex,
    /// Shape.
    pub shape: Shape,
    /// Value of a plain digit number (`NaN` otherwise).
    pub num: f64,
    /// Length in bytes (capped at 255).
    pub len: u8,
    /// Whether white space precedes it.
    pub space_before: bool,
    /// Whether it starts with an upper-case letter.
    pub cap: bool,
    /// Index of its sentence.
    pub sentence: u32,
}

impl Tok {
    /// Whether the token is the single punctuation byte `c`.
    pub fn is_punct(&self, text: &str, c: u8) -> bool {
        self.shape == Shape::Punct
            && self.end == self.start + 1
            && text.as_bytes()[self.start as usize] == c
    }
}

/// Classifies the tokens of `doc` into `out` (cleared first).
pub fn classify(doc: &Document, out: &mut Vec<Tok>) {
    out.clear();
    let text = doc.text();
    let lower = doc.lower_text();
    let tokens = doc.tokens();
    // hyphenated words add tokens: room for them spares the vector's regrowth and copies
    // (6 M instructions on 2,000 Reuters articles)
    out.reserve(tokens.len() + tokens.len() / 4);
    for (si, sentence) in doc.sentences().iter().enumerate() {
        for t in &tokens[sentence.tokens()] {
            let (s, e) = (t.span.start(), t.span.end());
            let shape = match t.kind {
                TokenKind::Number => Shape::Number,
                TokenKind::Word | TokenKind::DottedAbbreviation | TokenKind::Clitic => Shape::Word,
                _ => Shape::Punct,
            };
            let tok = make(text, lower, s, e, shape, t.space_before, si as u32);
            // no lexicon word holds a hyphen: only words it does not know are searched
            // for one (spares the scan of "the", "of", "in" …: 2.3 M instructions)
            if t.kind == TokenKind::Word
                && tok.lex == Lex::Other
                && has_hyphen(&lower.as_bytes()[s..e])
            {
                split_hyphenated(text, lower, s, e, t.space_before, si as u32, out);
                continue;
            }
            out.push(tok);
        }
    }
}

/// Whether a word holds a hyphen. Words are short: a plain byte loop costs less than
/// the `memchr` call that `contains` makes (9 M instructions on 2,000 Reuters articles).
#[allow(clippy::manual_contains)]
fn has_hyphen(word: &[u8]) -> bool {
    word.iter().any(|&b| b == b'-')
}

fn make(
    text: &str,
    lower: &str,
    s: usize,
    e: usize,
    shape: Shape,
    space: bool,
    sentence: u32,
) -> Tok {
    let (lex, num) = match shape {
        Shape::Word => (lexicon::lookup_bytes(&lower.as_bytes()[s..e]), f64::NAN),
        Shape::Number => (
            Lex::Other,
            lexicon::parse_number(&lower[s..e]).unwrap_or(f64::NAN),
        ),
        Shape::Punct => (Lex::Other, f64::NAN),
    };
    Tok {
        start: s as u32,
        end: e as u32,
        lex,
        shape,
        num,
        len: (e - s).min(255) as u8,
        space_before: space,
        cap: text.as_bytes()[s].is_ascii_uppercase(),
        sentence,
    }
}

fn split_hyphenated(
    text: &str,
    lower: &str,
    s: usize,
    e: usize,
    space: bool,
    sentence: u32,
    out: &mut Vec<Tok>,
) {
    let mut piece_start = s;
    let mut first = true;
    let bytes = lower.as_bytes();
    let mut i = s;
    while i <= e {
        if i == e || bytes[i] == b'-' {
            if i > piece_start {
                let shape = if bytes[piece_start].is_ascii_digit() {
                    Shape::Number
                } else {
                    Shape::Word
                };
                out.push(make(
                    text,
                    lower,
                    piece_start,
                    i,
                    shape,
                    first && space,
                    sentence,
                ));
                first = false;
            }
            if i < e {
                out.push(make(text, lower, i, i + 1, Shape::Punct, false, sentence));
                first = false;
            }
            piece_start = i + 1;
        }
        i += 1;
    }
}
