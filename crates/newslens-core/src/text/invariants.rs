//! The invariants of a [`TextLayer`], checked in one linear pass. Tests, property tests
//! and fuzz targets call [`TextLayer::check`]; a violation names the first broken rule.

use super::TextLayer;
use crate::span::Span;

impl TextLayer {
    /// Checks that the layer is well formed for `text`:
    /// - every token, sentence and paragraph span is non-empty, inside the text and on
    ///   char boundaries;
    /// - tokens, sentences and paragraphs are each in text order and never overlap;
    /// - sentences cover every token exactly once (their token ranges are contiguous and
    ///   run from 0 to the token count), each sentence's span runs from its first token's
    ///   start to its last token's end;
    /// - paragraphs cover every sentence exactly once, each sentence lies inside its
    ///   paragraph and names it.
    ///
    /// Returns the first violation found.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let spans_ok = |what: &str, i: usize, span: Span| -> Result<(), String> {
            if span.start > span.end || span.end() > text.len() {
                return Err(format!(
                    "{what} {i}: span {span:?} outside 0..{}",
                    text.len()
                ));
            }
            if span.is_empty() {
                return Err(format!("{what} {i}: empty span {span:?}"));
            }
            if !text.is_char_boundary(span.start()) || !text.is_char_boundary(span.end()) {
                return Err(format!("{what} {i}: span {span:?} not on char boundaries"));
            }
            Ok(())
        };
        let ordered = |what: &str, i: usize, prev: Option<Span>, span: Span| match prev {
            Some(p) if p.end > span.start => Err(format!(
                "{what} {i}: span {span:?} overlaps or precedes the previous one {p:?}"
            )),
            _ => Ok(()),
        };

        let mut prev = None;
        for (i, token) in self.tokens.iter().enumerate() {
            spans_ok("token", i, token.span)?;
            ordered("token", i, prev, token.span)?;
            prev = Some(token.span);
        }

        let mut prev = None;
        let mut next_token = 0usize;
        for (i, sentence) in self.sentences.iter().enumerate() {
            spans_ok("sentence", i, sentence.span)?;
            ordered("sentence", i, prev, sentence.span)?;
            prev = Some(sentence.span);
            let tokens = sentence.tokens();
            if tokens.start != next_token || tokens.end <= tokens.start {
                return Err(format!(
                    "sentence {i}: tokens {tokens:?} do not continue from token {next_token}"
                ));
            }
            if tokens.end > self.tokens.len() {
                return Err(format!(
                    "sentence {i}: tokens {tokens:?} past the {} tokens",
                    self.tokens.len()
                ));
            }
            let first = self.tokens[tokens.start].span;
            let last = self.tokens[tokens.end - 1].span;
            if sentence.span != Span::new(first.start(), last.end()) {
                return Err(format!(
                    "sentence {i}: span {:?} is not its tokens' extent {}..{}",
                    sentence.span, first.start, last.end
                ));
            }
            next_token = tokens.end;
        }
        if next_token != self.tokens.len() {
            return Err(format!(
                "sentences cover {next_token} of {} tokens",
                self.tokens.len()
            ));
        }

        let mut prev = None;
        let mut next_sentence = 0usize;
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            spans_ok("paragraph", i, paragraph.span)?;
            ordered("paragraph", i, prev, paragraph.span)?;
            prev = Some(paragraph.span);
            let sentences = paragraph.sentences();
            if sentences.start != next_sentence || sentences.end <= sentences.start {
                return Err(format!(
                    "paragraph {i}: sentences {sentences:?} do not continue from sentence {next_sentence}"
                ));
            }
            if sentences.end > self.sentences.len() {
                return Err(format!(
                    "paragraph {i}: sentences {sentences:?} past the {} sentences",
                    self.sentences.len()
                ));
            }
            for s in sentences.clone() {
                let sentence = &self.sentences[s];
                if sentence.paragraph as usize != i {
                    return Err(format!(
                        "sentence {s} names paragraph {} but lies in paragraph {i}",
                        sentence.paragraph
                    ));
                }
                if !paragraph.span.contains(sentence.span) {
                    return Err(format!(
                        "sentence {s} {:?} is not inside its paragraph {i} {:?}",
                        sentence.span, paragraph.span
                    ));
                }
            }
            next_sentence = sentences.end;
        }
        if next_sentence != self.sentences.len() {
            return Err(format!(
                "paragraphs cover {next_sentence} of {} sentences",
                self.sentences.len()
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_real_layer_passes_and_a_broken_one_fails() {
        let text = "Kim said “no.” Then he left.\n\nA second paragraph, U.S. style.";
        let mut layer = TextLayer::build(text);
        layer.check(text).unwrap();
        layer.sentences[0].span.end += 1;
        assert!(layer.check(text).unwrap_err().contains("sentence 0"));
        let mut layer = TextLayer::build(text);
        layer.tokens.swap(0, 1);
        assert!(layer.check(text).unwrap_err().contains("token 1"));
        let mut layer = TextLayer::build(text);
        layer.paragraphs.pop();
        assert!(layer.check(text).unwrap_err().contains("paragraphs cover"));
    }
}
