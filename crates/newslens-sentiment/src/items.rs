//! The units the rules score: words (and numbers) of the shared token layer, plus emoticons
//! re-assembled from punctuation tokens (":-)", "<3"), each with its clause and whether it
//! lies inside reported speech.

use crate::vocabulary::Vocabulary;
use newslens_core::text::{QuoteMark, Token, TokenKind};
use newslens_core::{Document, Span};

/// One scored unit of the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    /// Byte span (one token, or several for an emoticon).
    pub span: Span,
    /// Index of its (first) token.
    pub token: u32,
    /// Index of its sentence.
    pub sentence: u32,
    /// Clause number within the document: punctuation and quotation marks start a new one.
    pub clause: u32,
    /// Inside a quotation (reported speech).
    pub in_quote: bool,
    /// Valence after the rules (filled by the scorer).
    pub valence: f32,
    /// Row of the word in the target model's weights ([`crate::vocabulary::NO_ROW`] if none;
    /// filled by the scorer).
    pub model_row: u32,
    /// Rows of the word's side features in the target model (filled by the scorer).
    pub side_rows: [u32; 4],
}

impl Item {
    /// An item of token `token` (span `span`) in sentence `sentence` and clause `clause`,
    /// before the scorer fills its valence and model rows.
    fn unscored(span: Span, token: usize, sentence: usize, clause: u32, in_quote: bool) -> Self {
        Item {
            span,
            token: token as u32,
            sentence: sentence as u32,
            clause,
            in_quote,
            valence: 0.0,
            model_row: crate::vocabulary::NO_ROW,
            side_rows: [crate::vocabulary::NO_ROW; 4],
        }
    }
}

/// Minimum number of words inside quotation marks for the span to count as reported speech;
/// shorter quoted spans are scare quotes or titles and keep their full weight.
pub const MIN_QUOTE_WORDS: usize = 4;

/// Marks every token that lies inside a double-quoted span of at least
/// [`MIN_QUOTE_WORDS`] words. Quotes close at the end of a paragraph.
pub fn quoted_tokens(doc: &Document, out: &mut Vec<bool>) {
    let tokens = doc.tokens();
    out.clear();
    out.resize(tokens.len(), false);
    for paragraph in doc.paragraphs() {
        let sentences = &doc.sentences()[paragraph.sentences()];
        let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
            continue;
        };
        let range = first.first_token as usize..last.end_token as usize;
        let mut open: Option<usize> = None;
        for i in range.clone() {
            let TokenKind::Quote(mark) = tokens[i].kind else {
                continue;
            };
            let opening = match mark {
                QuoteMark::OpenDouble => true,
                QuoteMark::CloseDouble => false,
                // '' opening a quote (NYT style): at the paragraph start or after a space,
                // glued to the next word.
                QuoteMark::StraightDouble => open.is_none(),
                _ => continue,
            };
            let opening = opening
                || (open.is_none()
                    && mark == QuoteMark::CloseDouble
                    && (tokens[i].space_before || i == range.start)
                    && tokens.get(i + 1).is_some_and(|t| !t.space_before));
            if opening {
                open = Some(i);
            } else if let Some(start) = open.take() {
                mark_quote(tokens, start + 1, i, out);
            }
        }
        if let Some(start) = open {
            mark_quote(tokens, start + 1, range.end, out);
        }
    }
}

fn mark_quote(tokens: &[Token], from: usize, to: usize, out: &mut [bool]) {
    let words = tokens[from..to].iter().filter(|t| t.is_wordlike()).count();
    if words >= MIN_QUOTE_WORDS {
        out[from..to].iter_mut().for_each(|q| *q = true);
    }
}

/// The longest emoticon in bytes (":-)" and friends are far shorter).
const MAX_EMOTICON_BYTES: usize = 8;

/// Whether a punctuation token ends a clause (for negation scope).
fn is_clause_break(text: &str, token: &Token) -> bool {
    match token.kind {
        TokenKind::Quote(_) => true,
        TokenKind::Punct => matches!(
            &text[token.span.range()],
            "," | ";" | ":" | "(" | ")" | "—" | "–" | "--" | "-" | "[" | "]" | "…" | "..."
        ),
        _ => false,
    }
}

/// Builds the items of the whole document into `out` (cleared first).
pub fn build_items(doc: &Document, vocab: &Vocabulary, quoted: &[bool], out: &mut Vec<Item>) {
    out.clear();
    let tokens = doc.tokens();
    // At most one item per token; most tokens are items.
    out.reserve(tokens.len());
    let text = doc.text();
    let lower = doc.lower_text();
    let mut clause = 0u32;
    for (s, sentence) in doc.sentences().iter().enumerate() {
        clause += 1;
        let end = sentence.end_token as usize;
        let mut i = sentence.first_token as usize;
        while i < end {
            let token = &tokens[i];
            match token.kind {
                TokenKind::Word | TokenKind::DottedAbbreviation | TokenKind::Number => {
                    out.push(Item::unscored(token.span, i, s, clause, quoted[i]));
                    i += 1;
                }
                TokenKind::Clitic => i += 1,
                _ => {
                    // An emoticon: a whole white-space chunk of symbols (and letters) that
                    // is a lexicon entry, such as ":)", ":-(", ":D", "<3".
                    // The scan stops once the chunk is too long to be one, so text
                    // without spaces stays linear.
                    let mut j = i + 1;
                    let mut too_long = token.span.len() > MAX_EMOTICON_BYTES;
                    while j < end && !tokens[j].space_before && !too_long {
                        too_long = tokens[j].span.end() - token.span.start() > MAX_EMOTICON_BYTES;
                        j += 1;
                    }
                    let chunk = Span::new(token.span.start(), tokens[j - 1].span.end());
                    if token.space_before
                        && !too_long
                        && vocab.get(&lower[chunk.range()]).valence.is_some()
                    {
                        out.push(Item::unscored(chunk, i, s, clause, quoted[i]));
                        i = j;
                    } else {
                        if is_clause_break(text, token) {
                            clause += 1;
                        }
                        i += 1;
                    }
                }
            }
        }
    }
}
