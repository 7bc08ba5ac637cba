//! `Document`: an article with its text layer and the byte → code-point offset map.
//! Built once per article; every analyzer reads it.

use crate::article::Article;
use crate::span::{OffsetSpan, Span, TextSpan};
use crate::text::{Paragraph, Sentence, TextLayer, Token};

/// Converts byte offsets to code-point offsets in O(1) amortized time.
/// For ASCII text the two coincide and nothing is stored.
#[derive(Debug, Clone, Default)]
struct OffsetMap {
    /// Code points before each 64-byte block; empty when the text is ASCII.
    block_starts: Vec<u32>,
}

const BLOCK: usize = 64;

impl OffsetMap {
    fn new(text: &str) -> Self {
        if text.is_ascii() {
            return OffsetMap::default();
        }
        let bytes = text.as_bytes();
        let mut block_starts = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0u32;
        for chunk in bytes.chunks(BLOCK) {
            block_starts.push(count);
            count += chunk.iter().filter(|b| (**b & 0xC0) != 0x80).count() as u32;
        }
        block_starts.push(count);
        OffsetMap { block_starts }
    }

    fn char_offset(&self, text: &str, byte: usize) -> usize {
        if self.block_starts.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let from = block * BLOCK;
        let within = text.as_bytes()[from..byte]
            .iter()
            .filter(|b| (**b & 0xC0) != 0x80)
            .count();
        self.block_starts[block] as usize + within
    }
}

/// An article ready for analysis: its text, its text layer and offset conversion.
#[derive(Debug, Clone)]
pub struct Document {
    article: Article,
    lower: String,
    layer: TextLayer,
    /// The sentence index of each token.
    token_sentences: Vec<u32>,
    offsets: OffsetMap,
}

impl Document {
    /// Builds the text layer of `article` (paragraphs, sentences, tokens) once.
    pub fn new(article: Article) -> Self {
        let layer = TextLayer::build(&article.text);
        let offsets = OffsetMap::new(&article.text);
        let lower = article.text.to_ascii_lowercase();
        // (the sentences partition the tokens in order: each one extends the table)
        let mut token_sentences = Vec::with_capacity(layer.tokens.len());
        for (si, s) in layer.sentences.iter().enumerate() {
            token_sentences.resize(s.end_token as usize, si as u32);
        }
        Document {
            article,
            lower,
            layer,
            token_sentences,
            offsets,
        }
    }

    /// The article (id, title, published date, targets, meta).
    pub fn article(&self) -> &Article {
        &self.article
    }
    /// Takes the article back (for the runner, once analysis is done).
    pub fn into_article(self) -> Article {
        self.article
    }
    /// The article text; every span indexes it.
    pub fn text(&self) -> &str {
        &self.article.text
    }
    /// The text with ASCII letters lower-cased: same length and byte offsets as
    /// [`Document::text`], for case-insensitive lookups without allocation.
    pub fn lower_text(&self) -> &str {
        &self.lower
    }
    /// Every token.
    pub fn tokens(&self) -> &[Token] {
        &self.layer.tokens
    }
    /// Every sentence.
    pub fn sentences(&self) -> &[Sentence] {
        &self.layer.sentences
    }
    /// Every paragraph.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.layer.paragraphs
    }
    /// The whole text layer.
    pub fn layer(&self) -> &TextLayer {
        &self.layer
    }
    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        &self.article.text[self.layer.tokens[i].span.range()]
    }
    /// The ASCII-lower-cased text of token `i`.
    pub fn token_lower(&self, i: usize) -> &str {
        &self.lower[self.layer.tokens[i].span.range()]
    }
    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &str {
        &self.article.text[span.range()]
    }
    /// The index of the token that starts at or after byte `byte`.
    pub fn token_at_or_after(&self, byte: usize) -> usize {
        self.layer
            .tokens
            .partition_point(|t| (t.span.start as usize) < byte)
    }
    /// The sentence index of every token: `token_sentences()[i]` is the sentence holding
    /// token `i`. Built once in [`Document::new`] for the analyzers' per-token lookups.
    pub fn token_sentences(&self) -> &[u32] {
        &self.token_sentences
    }
    /// The index of the sentence holding token `token` (the number of sentences for a
    /// token past the last, as [`Document::token_at_or_after`] may give).
    pub fn sentence_of_token(&self, token: usize) -> usize {
        self.token_sentences
            .get(token)
            .map_or(self.layer.sentences.len(), |&s| s as usize)
    }

    /// The token range of paragraph `paragraph`.
    pub fn paragraph_tokens(&self, paragraph: usize) -> std::ops::Range<usize> {
        let sentences = &self.layer.sentences[self.layer.paragraphs[paragraph].sentences()];
        match (sentences.first(), sentences.last()) {
            (Some(first), Some(last)) => first.first_token as usize..last.end_token as usize,
            _ => 0..0,
        }
    }
    /// The dateline opening paragraph `paragraph` ("SALVADOR, Feb 26 - …"), if it has one
    /// ([`crate::text::find_dateline`]).
    pub fn dateline(&self, paragraph: usize) -> Option<crate::text::Dateline> {
        let tokens = self.paragraph_tokens(paragraph);
        crate::text::find_dateline(self.text(), self.tokens(), tokens.start, tokens.end)
    }

    /// Converts a byte offset (on a char boundary) to a code-point offset.
    /// This is the one place where output coordinates are made.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.offsets.char_offset(&self.article.text, byte)
    }
    /// A span in output form: code-point offsets and its text.
    pub fn out_span(&self, span: Span) -> TextSpan {
        TextSpan {
            start: self.char_offset(span.start()),
            end: self.char_offset(span.end()),
            text: self.slice(span).to_string(),
            bytes: span,
        }
    }
    /// A span in output form without its text.
    pub fn offset_span(&self, span: Span) -> OffsetSpan {
        OffsetSpan {
            start: self.char_offset(span.start()),
            end: self.char_offset(span.end()),
            bytes: span,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_code_points() {
        let text = "Kim’s “advisor” said ".repeat(20) + "é end";
        let doc = Document::new(Article::new("t", text.clone()));
        for (cp, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(doc.char_offset(byte), cp);
        }
        assert_eq!(doc.char_offset(text.len()), text.chars().count());
        let end = text.len();
        let s = doc.out_span(Span::new(end - 3, end));
        assert_eq!(s.text, "end");
        assert_eq!(s.end, text.chars().count());
    }

    #[test]
    fn token_lookup() {
        let doc = Document::new(Article::new("t", "One. Two three."));
        assert_eq!(doc.tokens().len(), 5);
        assert_eq!(doc.sentences().len(), 2);
        assert_eq!(doc.sentence_of_token(3), 1);
        assert_eq!(doc.token_at_or_after(5), 2);
        assert_eq!(doc.token_lower(2), "two");
        assert_eq!(doc.token_sentences(), &[0, 0, 1, 1, 1]);
        let caps: Vec<bool> = doc.tokens().iter().map(|t| t.capitalized).collect();
        assert_eq!(caps, [true, false, true, false, false]);
        let lower: Vec<bool> = doc.tokens().iter().map(|t| t.lower_word).collect();
        assert_eq!(lower, [false, false, false, true, false]);
    }
}
