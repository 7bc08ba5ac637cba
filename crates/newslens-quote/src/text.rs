//! The per-document view the quote rules work on: tokens with their sentence, paragraph
//! and quoted region, and small token-shape tests.

use crate::marks::{regions, Region};
use newslens_core::text::TokenKind;
use newslens_core::{Document, Span};

/// No region.
pub const NONE: u32 = u32::MAX;

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
        Text {
            doc,
            regions,
            region_of,
            sentence_of,
        }
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
        while s0 >= 2 && self.text(s0 - 1) == "." && !self.doc.tokens()[s0 - 1].space_before {
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
