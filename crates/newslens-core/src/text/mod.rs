//! The text layer: paragraphs, sentences and tokens, computed once per article and
//! shared by every analyzer. All offsets here are bytes into the article text.
//!
//! [`TextLayer::build`] splits paragraphs ([`split_paragraphs`]), tokenizes each
//! ([`tokenize`]) and groups its tokens into sentences ([`split_sentences`]), in one
//! linear pass without per-token allocation. [`eval`] scores the sentence and paragraph
//! boundaries against the hand-written gold set in `tests/data/sentences.gold.txt`.

mod abbreviations;
mod dateline;
pub mod eval;
mod invariants;
mod paragraph;
mod sentence;
mod token;

pub use abbreviations::{
    abbreviation_class, abbreviation_class_any_case, is_abbreviation, is_title_abbreviation,
    AbbreviationClass,
};
pub use dateline::{find_dateline, Dateline};
pub use paragraph::split_paragraphs;
pub use sentence::split_sentences;
pub use token::{tokenize, QuoteMark, Token, TokenKind};

use crate::span::Span;

/// A paragraph: a block of text separated from the next by a blank line, an indented
/// line, a bullet line, an all-caps headline line, or a line break (in text that is not
/// hard-wrapped; in hard-wrapped text, a short line that ends a sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's text, trimmed of surrounding white space.
    pub span: Span,
    /// Index of its first sentence.
    pub first_sentence: u32,
    /// One past the index of its last sentence.
    pub end_sentence: u32,
}

/// A sentence: a span within one paragraph and the tokens it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's text, from its first to its last token.
    pub span: Span,
    /// Index of its first token.
    pub first_token: u32,
    /// One past the index of its last token.
    pub end_token: u32,
    /// Index of the paragraph it belongs to.
    pub paragraph: u32,
}

impl Sentence {
    /// The token indices of this sentence.
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first_token as usize..self.end_token as usize
    }
}

impl Paragraph {
    /// The sentence indices of this paragraph.
    pub fn sentences(&self) -> std::ops::Range<usize> {
        self.first_sentence as usize..self.end_sentence as usize
    }
}

/// Paragraphs, sentences and tokens of one text.
#[derive(Debug, Clone, Default)]
pub struct TextLayer {
    /// Every token, in text order.
    pub tokens: Vec<Token>,
    /// Every sentence, in text order; sentences never cross paragraphs.
    pub sentences: Vec<Sentence>,
    /// Every paragraph, in text order.
    pub paragraphs: Vec<Paragraph>,
}

impl TextLayer {
    /// Builds the layer: paragraphs first, then tokens and sentences inside each.
    pub fn build(text: &str) -> Self {
        // News text averages about six bytes a token and 130 a sentence.
        let mut layer = TextLayer {
            tokens: Vec::with_capacity(text.len() / 5 + 8),
            sentences: Vec::with_capacity(text.len() / 100 + 2),
            paragraphs: Vec::new(),
        };
        for para_span in split_paragraphs(text) {
            let first_token = layer.tokens.len();
            tokenize(text, para_span, &mut layer.tokens);
            let first_sentence = layer.sentences.len() as u32;
            let paragraph = layer.paragraphs.len() as u32;
            split_sentences(
                text,
                &layer.tokens,
                first_token,
                paragraph,
                &mut layer.sentences,
            );
            if layer.sentences.len() as u32 == first_sentence {
                continue; // a paragraph without tokens (only possible for odd white space)
            }
            layer.paragraphs.push(Paragraph {
                span: para_span,
                first_sentence,
                end_sentence: layer.sentences.len() as u32,
            });
        }
        layer
    }
}
