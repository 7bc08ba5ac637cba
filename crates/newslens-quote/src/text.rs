//! The per-document view the quote rules work on: tokens with their sentence, paragraph
//! and quoted region, and small token-shape tests.

use crate::marks::{regions, Region};
use newslens_core::text::TokenKind;
use newslens_core::{Document, Span};

/// No region.
pub const NONE: u32 = u32::MAX;

/// How many sentence breaks after abbreviations [`Text::sentence_floor`] reaches back over.
const MAX_FLOOR_STEPS: usize = 3;

/// A document prepared for quote extraction.
pub struct Text<'d> {
    /// The document.
    pub doc: &'d Document,
    /// Quoted regions in text order.
    pub regions: Vec<Region>,
    /// For each token, the region holding it, or [`NONE`].
    pub region_of: Vec<u32>,
    /// For each token, its sentence.
    pub sentence_of: Vec<u32>,
    /// For each token index `i`, how many word-like tokens come before it (one more
    /// entry than tokens), so that counting the words of a range costs nothing.
    words_before: Vec<u32>,
    /// For each token index `i`, how many quotation marks come before it.
    marks_before: Vec<u32>,
    /// For each token index `i`, the last token before it that is an unquoted colon or
    /// semicolon, or [`NONE`].
    semicolon_before: Vec<u32>,
    /// For each token index `i`, the token after the last break before it (a colon,
    /// semicolon, sentence end, or a token followed by a line break), or 0.
    break_after: Vec<u32>,
}

impl<'d> Text<'d> {
    /// Prepares `doc`.
    pub fn new(doc: &'d Document) -> Self {
        let mut region_of = Vec::new();
        let regions = regions(doc, &mut region_of);
        let mut sentence_of = vec![0u32; doc.tokens().len()];
        for (si, s) in doc.sentences().iter().enumerate() {
            for t in s.tokens() {
                sentence_of[t] = si as u32;
            }
        }
        let mut t = Text {
            doc,
            regions,
            region_of,
            sentence_of,
            words_before: Vec::new(),
            marks_before: Vec::new(),
            semicolon_before: Vec::new(),
            break_after: Vec::new(),
        };
        t.index_breaks();
        t
    }

    /// Fills the per-token prefix tables ([`Text::count_words`], [`Text::colon_before`],
    /// [`Text::after_break`]) in one pass: the rules look these up instead of scanning
    /// back, which kept them linear on long sentences.
    fn index_breaks(&mut self) {
        let n = self.len();
        let text = self.doc.text();
        let mut words = Vec::with_capacity(n + 1);
        let mut marks = Vec::with_capacity(n + 1);
        let mut m = 0u32;
        let mut semis = Vec::with_capacity(n + 1);
        let mut breaks = Vec::with_capacity(n + 1);
        let (mut w, mut semi, mut brk) = (0u32, NONE, 0u32);
        for k in 0..n {
            words.push(w);
            marks.push(m);
            semis.push(semi);
            breaks.push(brk);
            if self.is_word(k) {
                w += 1;
            }
            if self.is_mark(k) {
                m += 1;
            }
            let colon = self.is_punct(k, ":") || self.is_punct(k, ";");
            if colon && !self.quoted(k) {
                semi = k as u32;
            }
            let line_break =
                k + 1 < n && text[self.span(k).end()..self.span(k + 1).start()].contains('\n');
            if colon || self.is_sentence_end(k) || line_break {
                brk = k as u32 + 1;
            }
        }
        words.push(w);
        marks.push(m);
        semis.push(semi);
        breaks.push(brk);
        self.words_before = words;
        self.marks_before = marks;
        self.semicolon_before = semis;
        self.break_after = breaks;
    }

    /// The number of word-like tokens in `a..b` ([`Text::is_word`]).
    pub fn count_words(&self, a: usize, b: usize) -> usize {
        (self.words_before[b] - self.words_before[a]) as usize
    }

    /// Whether a quotation mark is among the tokens `a..b`.
    pub fn has_mark(&self, a: usize, b: usize) -> bool {
        self.marks_before[b] > self.marks_before[a]
    }

    /// The last unquoted colon or semicolon before token `i`, if any.
    pub fn colon_before(&self, i: usize) -> Option<usize> {
        let k = self.semicolon_before[i];
        (k != NONE).then_some(k as usize)
    }

    /// The first token after the last break before token `i`: a colon or semicolon, a
    /// sentence end ([`Text::is_sentence_end`]) or a line break (0 when there is none).
    pub fn after_break(&self, i: usize) -> usize {
        self.break_after[i] as usize
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.region_of.len()
    }
    /// Whether the text has no tokens.
    pub fn is_empty(&self) -> bool {
        self.region_of.is_empty()
    }
    /// Lower-cased token text.
    pub fn lower(&self, i: usize) -> &'d str {
        self.doc.token_lower(i)
    }
    /// Token text.
    pub fn text(&self, i: usize) -> &'d str {
        self.doc.token_text(i)
    }
    /// Token bytes.
    pub fn span(&self, i: usize) -> Span {
        self.doc.tokens()[i].span
    }
    /// Bytes from token `a` to token `b - 1`.
    pub fn range(&self, a: usize, b: usize) -> Span {
        Span::new(self.span(a).start(), self.span(b - 1).end())
    }
    /// Whether token `i` is inside quotation marks (or is one).
    pub fn quoted(&self, i: usize) -> bool {
        self.region_of[i] != NONE
    }
    /// The sentence's token range of token `i`.
    pub fn sentence_range(&self, i: usize) -> (usize, usize) {
        let s = &self.doc.sentences()[self.sentence_of[i] as usize];
        (s.first_token as usize, s.end_token as usize)
    }
    /// The start of token `i`'s sentence, reaching back over sentence breaks the splitter
    /// put after an abbreviation ("(R-S.C.) said", "Ashton, Md., who").
    pub fn sentence_floor(&self, i: usize) -> usize {
        let mut s0 = self.sentence_range(i).0;
        // (at most a few sentences back: a run of "U.S." sentences must not make every
        // cue walk to the paragraph start)
        let mut steps = 0;
        while steps < MAX_FLOOR_STEPS
            && s0 >= 2
            && self.text(s0 - 1) == "."
            && !self.doc.tokens()[s0 - 1].space_before
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
        s0
    }
    /// The paragraph index of token `i`.
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
    /// Whether token `i` is a word (or abbreviation) starting with a capital.
    pub fn is_cap(&self, i: usize) -> bool {
        let t = &self.doc.tokens()[i];
        matches!(t.kind, TokenKind::Word | TokenKind::DottedAbbreviation)
            && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// Whether token `i` is a word-like token (word, abbreviation, clitic or number).
    pub fn is_word(&self, i: usize) -> bool {
        let t = &self.doc.tokens()[i];
        t.is_wordlike() || t.kind == TokenKind::Number
    }
    /// Whether token `i` is a lower-case word.
    pub fn is_lower_word(&self, i: usize) -> bool {
        let t = &self.doc.tokens()[i];
        t.kind == TokenKind::Word && self.text(i).chars().next().is_some_and(char::is_lowercase)
    }
    /// Whether token `i` is punctuation (or a symbol) with text `p`.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        let t = &self.doc.tokens()[i];
        matches!(t.kind, TokenKind::Punct | TokenKind::Symbol) && self.text(i) == p
    }
    /// Whether token `i` is any punctuation.
    pub fn is_any_punct(&self, i: usize) -> bool {
        matches!(self.doc.tokens()[i].kind, TokenKind::Punct) || self.text(i) == "―"
    }
    /// Whether token `i` is a quotation mark.
    pub fn is_mark(&self, i: usize) -> bool {
        self.doc.tokens()[i].is_quote()
    }
    /// Whether token `i` ends a sentence (". ! ? …").
    pub fn is_final_punct(&self, i: usize) -> bool {
        self.is_any_punct(i) && matches!(self.text(i), "." | "!" | "?" | "…" | "...")
    }
    /// Whether token `i` ends a sentence: a final mark that is not the period of an
    /// abbreviation or initial ("Gov.", "F.").
    pub fn is_sentence_end(&self, i: usize) -> bool {
        if !self.is_final_punct(i) {
            return false;
        }
        if self.text(i) == "." && i > 0 && !self.doc.tokens()[i].space_before {
            let p = self.text(i - 1);
            if newslens_core::text::is_abbreviation(p)
                || (p.chars().count() == 1 && self.is_cap(i - 1))
            {
                return false;
            }
        }
        true
    }
    /// Whether token `i` is a clitic ("’s").
    pub fn is_clitic(&self, i: usize) -> bool {
        self.doc.tokens()[i].kind == TokenKind::Clitic
    }
}
