//! The per-document view the quote rules work on: tokens with their sentence, paragraph
//! and quoted region, and small token-shape tests answered from bits computed once per
//! token.

use crate::marks::{regions, Region};
use newslens_core::text::{Token, TokenKind};
use newslens_core::{Document, Span};

/// No region.
pub const NONE: u32 = u32::MAX;

/// How many sentence breaks after abbreviations [`Text::sentence_floor`] reaches back over.
const MAX_FLOOR_STEPS: usize = 3;

/// Bits of a token's shape, computed once per token by [`Text::new`] (the rules ask
/// for them many times per token).
struct Shape;

impl Shape {
    /// A word-like token (word, abbreviation, clitic) or a number.
    const WORD: u16 = 1;
    /// A word-like token (word, abbreviation, clitic).
    const WORDLIKE: u16 = 1 << 1;
    /// A word or abbreviation starting with a capital.
    const CAP: u16 = 1 << 2;
    /// A word starting with a lower-case letter.
    const LOWER_WORD: u16 = 1 << 3;
    /// A quotation mark.
    const MARK: u16 = 1 << 4;
    /// A clitic ("’s").
    const CLITIC: u16 = 1 << 5;
    /// A number.
    const NUMBER: u16 = 1 << 6;
    /// Punctuation or a symbol.
    const PUNCT_OR_SYMBOL: u16 = 1 << 7;
    /// Punctuation, or the horizontal bar "―".
    const ANY_PUNCT: u16 = 1 << 8;
    /// A final mark (". ! ? …").
    const FINAL_PUNCT: u16 = 1 << 9;
    /// A final mark that is not the period of an abbreviation or initial.
    const SENTENCE_END: u16 = 1 << 10;
    /// White space before the token.
    const SPACE_BEFORE: u16 = 1 << 11;
    /// A line break between the token before and this one.
    const LINE_BREAK_BEFORE: u16 = 1 << 12;

    /// The bits of `tok` with text `text` that depend on the token alone.
    #[inline]
    fn of(tok: &Token, text: &str) -> u16 {
        let mut bits = 0;
        if tok.space_before {
            bits |= Shape::SPACE_BEFORE;
        }
        match tok.kind {
            TokenKind::Word | TokenKind::DottedAbbreviation | TokenKind::Clitic => {
                bits |= Shape::WORD | Shape::WORDLIKE;
                if tok.kind == TokenKind::Clitic {
                    bits |= Shape::CLITIC;
                }
                // (the tokenizer already tested the first letter's case)
                if tok.capitalized {
                    bits |= Shape::CAP;
                }
                if tok.lower_word {
                    bits |= Shape::LOWER_WORD;
                }
            }
            TokenKind::Number => bits |= Shape::WORD | Shape::NUMBER,
            TokenKind::Quote(_) => bits |= Shape::MARK,
            TokenKind::Punct => {
                bits |= Shape::PUNCT_OR_SYMBOL | Shape::ANY_PUNCT;
                if matches!(text, "." | "!" | "?" | "…" | "...") {
                    bits |= Shape::FINAL_PUNCT;
                }
            }
            TokenKind::Symbol => {
                bits |= Shape::PUNCT_OR_SYMBOL;
                // (the tokenizer makes "―" a symbol or punctuation, never a word)
                if text == "―" {
                    bits |= Shape::ANY_PUNCT;
                }
            }
        }
        bits
    }
}

/// A document prepared for quote extraction.
pub struct Text<'d> {
    /// The document.
    pub doc: &'d Document,
    /// Its tokens.
    tokens: &'d [Token],
    /// Each token's lower-cased text (also the text of punctuation and symbols, which
    /// lower-casing leaves alone: the rules compare those through it).
    lowers: Vec<&'d str>,
    /// Each token's [`Shape`] bits.
    shapes: Vec<u16>,
    /// Quoted regions in text order.
    pub regions: Vec<Region>,
    /// For each token, the region holding it, or [`NONE`].
    pub region_of: Vec<u32>,
    /// For each token, its sentence (shared with the document:
    /// [`Document::token_sentences`]).
    pub sentence_of: &'d [u32],
    /// For each token index `i`, what comes before it (one more entry than tokens).
    before: Vec<Before>,
}

/// What comes before a token index, so that the rules look it up instead of scanning
/// back ([`Text::index_breaks`]).
#[derive(Debug, Clone, Copy)]
struct Before {
    /// How many word-like tokens come before it, so that counting the words of a range
    /// costs nothing.
    words: u32,
    /// How many quotation marks come before it.
    marks: u32,
    /// The last token before it that is an unquoted colon or semicolon, or [`NONE`].
    semicolon: u32,
    /// The token after the last break before it (a colon, semicolon, sentence end, or a
    /// token followed by a line break), or 0.
    break_after: u32,
}

impl<'d> Text<'d> {
    /// Prepares `doc` (double quotation marks only).
    pub fn new(doc: &'d Document) -> Self {
        Text::with_marks(doc, false)
    }

    /// Prepares `doc`; with `single_marks`, British-style single quotation marks quote too.
    pub fn with_marks(doc: &'d Document, single_marks: bool) -> Self {
        let mut region_of = Vec::new();
        let regions = regions(doc, &mut region_of, single_marks);
        let tokens = doc.tokens();
        let sentence_of = doc.token_sentences();
        let lower = doc.lower_text();
        let lowers: Vec<&str> = tokens.iter().map(|tok| &lower[tok.span.range()]).collect();
        let bytes = lower.as_bytes();
        let mut prev_end = None;
        let shapes = tokens
            .iter()
            .zip(&lowers)
            .map(|(tok, s)| {
                // (`s` is the token's text where `Shape::of` reads it: punctuation)
                let mut shape = Shape::of(tok, s);
                if let Some(e) = prev_end.filter(|&e| e < tok.span.start()) {
                    // (the gap between two tokens is white space: a byte test is enough)
                    if bytes[e..tok.span.start()].contains(&b'\n') {
                        shape |= Shape::LINE_BREAK_BEFORE;
                    }
                }
                prev_end = Some(tok.span.end());
                shape
            })
            .collect();
        let mut t = Text {
            doc,
            tokens,
            lowers,
            shapes,
            regions,
            region_of,
            sentence_of,
            before: Vec::new(),
        };
        t.mark_sentence_ends();
        t.index_breaks();
        t
    }

    /// Sets [`Shape::SENTENCE_END`]: a final mark that is not the period of an
    /// abbreviation or initial ("Gov.", "F.").
    fn mark_sentence_ends(&mut self) {
        for i in 0..self.len() {
            if !self.has(i, Shape::FINAL_PUNCT) {
                continue;
            }
            if self.lowers[i] == "." && i > 0 && !self.has(i, Shape::SPACE_BEFORE) {
                let p = self.text(i - 1);
                if newslens_core::text::is_abbreviation(p)
                    || (p.chars().count() == 1 && self.is_cap(i - 1))
                {
                    continue;
                }
            }
            self.shapes[i] |= Shape::SENTENCE_END;
        }
    }

    /// Fills the per-token prefix tables ([`Text::count_words`], [`Text::colon_before`],
    /// [`Text::after_break`]) in one pass: the rules look these up instead of scanning
    /// back, which kept them linear on long sentences.
    fn index_breaks(&mut self) {
        let n = self.len();
        let mut before = Vec::with_capacity(n + 1);
        let mut b = Before {
            words: 0,
            marks: 0,
            semicolon: NONE,
            break_after: 0,
        };
        for k in 0..n {
            before.push(b);
            if self.is_word(k) {
                b.words += 1;
            }
            if self.is_mark(k) {
                b.marks += 1;
            }
            let colon = self.is_punct(k, ":") || self.is_punct(k, ";");
            if colon && !self.quoted(k) {
                b.semicolon = k as u32;
            }
            let line_break = k + 1 < n && self.line_break_before(k + 1);
            if colon || self.is_sentence_end(k) || line_break {
                b.break_after = k as u32 + 1;
            }
        }
        before.push(b);
        self.before = before;
    }

    /// Whether token `i` has any of the shape bits `bits`.
    #[inline]
    fn has(&self, i: usize, bits: u16) -> bool {
        self.shapes[i] & bits != 0
    }

    /// The number of word-like tokens in `a..b` ([`Text::is_word`]).
    #[inline]
    pub fn count_words(&self, a: usize, b: usize) -> usize {
        (self.before[b].words - self.before[a].words) as usize
    }

    /// Whether a quotation mark is among the tokens `a..b`.
    #[inline]
    pub fn has_mark(&self, a: usize, b: usize) -> bool {
        self.before[b].marks > self.before[a].marks
    }

    /// The last unquoted colon or semicolon before token `i`, if any.
    #[inline]
    pub fn colon_before(&self, i: usize) -> Option<usize> {
        let k = self.before[i].semicolon;
        (k != NONE).then_some(k as usize)
    }

    /// The first token after the last break before token `i`: a colon or semicolon, a
    /// sentence end ([`Text::is_sentence_end`]) or a line break (0 when there is none).
    #[inline]
    pub fn after_break(&self, i: usize) -> usize {
        self.before[i].break_after as usize
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.region_of.len()
    }
    /// Whether the text has no tokens.
    pub fn is_empty(&self) -> bool {
        self.region_of.is_empty()
    }
    /// Lower-cased token text.
    #[inline]
    pub fn lower(&self, i: usize) -> &'d str {
        self.lowers[i]
    }
    /// Token text.
    #[inline]
    pub fn text(&self, i: usize) -> &'d str {
        &self.doc.text()[self.span(i).range()]
    }
    /// Token bytes.
    #[inline]
    pub fn span(&self, i: usize) -> Span {
        self.tokens[i].span
    }
    /// Bytes from token `a` to token `b - 1`.
    #[inline]
    pub fn range(&self, a: usize, b: usize) -> Span {
        Span::new(self.span(a).start(), self.span(b - 1).end())
    }
    /// Whether token `i` is inside quotation marks (or is one).
    #[inline]
    pub fn quoted(&self, i: usize) -> bool {
        self.region_of[i] != NONE
    }
    /// The sentence's token range of token `i`.
    #[inline]
    pub fn sentence_range(&self, i: usize) -> (usize, usize) {
        let s = &self.doc.sentences()[self.sentence_of[i] as usize];
        (s.first_token as usize, s.end_token as usize)
    }
    /// The start of token `i`'s sentence, reaching back over sentence breaks the splitter
    /// put after an abbreviation ("(R-S.C.) said", "Ashton, Md., who"), and after the
    /// paragraph's dateline.
    pub fn sentence_floor(&self, i: usize) -> usize {
        let mut s0 = self.sentence_range(i).0;
        // (at most a few sentences back: a run of "U.S." sentences must not make every
        // cue walk to the paragraph start)
        let mut steps = 0;
        while steps < MAX_FLOOR_STEPS
            && s0 >= 2
            && self.text(s0 - 1) == "."
            && !self.space_before(s0 - 1)
        {
            steps += 1;
            let p = self.text(s0 - 2);
            let short = p.chars().count() <= 3 && self.is_cap(s0 - 2);
            if !(short || newslens_core::text::is_abbreviation(p))
                || self.paragraph_of(s0 - 2) != self.paragraph_of(i)
            {
                break;
            }
            s0 = self.sentence_range(s0 - 2).0;
        }
        // a dateline opening the paragraph is no part of a phrase after it ("LONDON,
        // March 2 - The Bank of England said": not "March 2 - The Bank of England")
        let p = self.paragraph_of(i);
        if self.paragraph_range(p).0 == s0 {
            if let Some(d) = self.doc.dateline(p) {
                if d.body_start <= i {
                    s0 = d.body_start;
                }
            }
        }
        s0
    }
    /// The paragraph index of token `i`.
    #[inline]
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.doc.sentences()[self.sentence_of[i] as usize].paragraph as usize
    }
    /// The paragraph's token range.
    pub fn paragraph_range(&self, p: usize) -> (usize, usize) {
        let para = &self.doc.paragraphs()[p];
        let sents = &self.doc.sentences()[para.sentences()];
        (
            sents[0].first_token as usize,
            sents[sents.len() - 1].end_token as usize,
        )
    }
    /// Whether white space (or the paragraph start) precedes token `i`.
    #[inline]
    pub fn space_before(&self, i: usize) -> bool {
        self.has(i, Shape::SPACE_BEFORE)
    }
    /// Whether a line break separates token `i` from the token before it.
    #[inline]
    pub fn line_break_before(&self, i: usize) -> bool {
        self.has(i, Shape::LINE_BREAK_BEFORE)
    }
    /// Whether token `i` is a word (or abbreviation) starting with a capital.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.has(i, Shape::CAP)
    }
    /// Whether token `i` is a word-like token (word, abbreviation, clitic or number).
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.has(i, Shape::WORD)
    }
    /// Whether token `i` is a word, abbreviation or clitic (no number).
    #[inline]
    pub fn is_wordlike(&self, i: usize) -> bool {
        self.has(i, Shape::WORDLIKE)
    }
    /// Whether token `i` is a number.
    #[inline]
    pub fn is_number(&self, i: usize) -> bool {
        self.has(i, Shape::NUMBER)
    }
    /// Whether token `i` is a lower-case word.
    #[inline]
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.has(i, Shape::LOWER_WORD)
    }
    /// Whether token `i` is punctuation (or a symbol) with text `p` (which holds no letter).
    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        // (lower-casing leaves punctuation and symbols as written)
        self.has(i, Shape::PUNCT_OR_SYMBOL) && self.lowers[i] == p
    }
    /// Whether token `i` is any punctuation.
    #[inline]
    pub fn is_any_punct(&self, i: usize) -> bool {
        self.has(i, Shape::ANY_PUNCT)
    }
    /// Whether token `i` is a quotation mark.
    #[inline]
    pub fn is_mark(&self, i: usize) -> bool {
        self.has(i, Shape::MARK)
    }
    /// Whether token `i` ends a sentence (". ! ? …").
    #[inline]
    pub fn is_final_punct(&self, i: usize) -> bool {
        self.has(i, Shape::FINAL_PUNCT)
    }
    /// Whether token `i` ends a sentence: a final mark that is not the period of an
    /// abbreviation or initial ("Gov.", "F.").
    #[inline]
    pub fn is_sentence_end(&self, i: usize) -> bool {
        self.has(i, Shape::SENTENCE_END)
    }
    /// Whether token `i` is a clitic ("’s").
    #[inline]
    pub fn is_clitic(&self, i: usize) -> bool {
        self.has(i, Shape::CLITIC)
    }
}
