//! Sentence boundaries within one paragraph, decided on tokens.

use super::abbreviations::{is_abbreviation, is_title_abbreviation};
use super::token::{QuoteMark, Token, TokenKind};
use super::Sentence;
use crate::span::Span;

/// Words that commonly open a sentence; after an ambiguous abbreviation ("Co.", "U.S.")
/// a boundary is placed only before one of these.
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Mr",
    "Mrs",
    "Ms",
    "On",
    "One",
    "Our",
    "She",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "We",
    "When",
    "While",
    "With",
    "Yet",
    "You",
];

fn is_closer(t: &Token) -> bool {
    matches!(
        t.kind,
        TokenKind::Quote(
            QuoteMark::CloseDouble
                | QuoteMark::CloseSingle
                | QuoteMark::StraightDouble
                | QuoteMark::StraightSingle
        )
    )
}

fn is_close_bracket(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text(text), ")" | "]")
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote(
            QuoteMark::OpenDouble
            | QuoteMark::OpenSingle
            | QuoteMark::StraightDouble
            | QuoteMark::StraightSingle,
        ) => true,
        TokenKind::Number => true,
        TokenKind::Word | TokenKind::DottedAbbreviation => t
            .text(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
        TokenKind::Punct => matches!(t.text(text), "(" | "[" | "—" | "-" | "--" | "…"),
        TokenKind::Symbol => true,
        _ => false,
    }
}

/// Splits the tokens `tokens[first..]` (one paragraph) into sentences, appending them.
pub fn split_sentences(
    text: &str,
    tokens: &[Token],
    first: usize,
    paragraph: u32,
    out: &mut Vec<Sentence>,
) {
    let n = tokens.len();
    let mut start = first;
    let mut i = first;
    while i < n {
        let t = &tokens[i];
        let mut boundary_after: Option<usize> = None;
        let word = t.text(text);
        let terminal = match t.kind {
            TokenKind::Punct => {
                matches!(word, "." | "!" | "?" | "…" | "...") || word.starts_with("..")
            }
            TokenKind::DottedAbbreviation => true,
            _ => false,
        };
        if terminal {
            // absorb closing quotes and brackets
            let mut j = i + 1;
            while j < n
                && (is_closer(&tokens[j]) || is_close_bracket(text, &tokens[j]))
                && !tokens[j].space_before
            {
                j += 1;
            }
            // a straight quote after a space opens the next quotation
            let next = tokens.get(j);
            let is_boundary = match next {
                None => false, // paragraph end closes the sentence anyway
                Some(nt) if !starts_sentence(text, nt) => false,
                Some(nt) => {
                    let next_word = nt.text(text);
                    if t.kind == TokenKind::DottedAbbreviation {
                        SENTENCE_OPENERS.contains(&next_word) || nt.is_quote()
                    } else if word == "." && i > first {
                        let prev = &tokens[i - 1];
                        let prev_word = prev.text(text);
                        let glued = prev.span.end == t.span.start;
                        if glued && is_title_abbreviation(prev_word) {
                            false
                        } else if glued
                            && prev.kind == TokenKind::Word
                            && prev_word.chars().count() == 1
                            && prev_word.chars().all(char::is_uppercase)
                        {
                            // an initial: "John F. Kennedy"
                            false
                        } else if glued
                            && matches!(prev_word, "No" | "Nos" | "Nr")
                            && nt.kind == TokenKind::Number
                        {
                            false
                        } else if glued && is_abbreviation(prev_word) {
                            SENTENCE_OPENERS.contains(&next_word) || nt.is_quote()
                        } else {
                            true
                        }
                    } else {
                        true
                    }
                }
            };
            if is_boundary {
                boundary_after = Some(j);
            }
        } else if t.kind == TokenKind::Number
            && i + 1 < n
            && !tokens[i + 1].space_before
            && tokens[i + 1].kind == TokenKind::Word
            && tokens[i + 1]
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && word.len() == 4
        {
            // "July 26, 2011The Korean": a year glued to the next sentence
            boundary_after = Some(i + 1);
        }
        if let Some(end) = boundary_after {
            push(tokens, start, end, paragraph, out);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < n {
        push(tokens, start, n, paragraph, out);
    }
}

fn push(tokens: &[Token], start: usize, end: usize, paragraph: u32, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span {
            start: tokens[start].span.start,
            end: tokens[end - 1].span.end,
        },
        first_token: start as u32,
        end_token: end as u32,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use crate::text::TextLayer;

    fn sentences(text: &str) -> Vec<&str> {
        let layer = TextLayer::build(text);
        layer
            .sentences
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    #[test]
    fn news_sentences() {
        assert_eq!(
            sentences("Dr. Smith met Sen. Jones in the U.S. Capitol. They talked."),
            [
                "Dr. Smith met Sen. Jones in the U.S. Capitol.",
                "They talked."
            ]
        );
        assert_eq!(
            sentences("“It was clear,” said Robert Manning. “No bearing.” He left."),
            [
                "“It was clear,” said Robert Manning.",
                "“No bearing.”",
                "He left."
            ]
        );
        assert_eq!(
            sentences("in New York, July 26, 2011The Korean agency spoke."),
            ["in New York, July 26, 2011", "The Korean agency spoke."]
        );
        assert_eq!(
            sentences(
                "Shares rose 2.55 pct to $1.13bn. John F. Kennedy airport is No. 2 on the list."
            ),
            [
                "Shares rose 2.55 pct to $1.13bn.",
                "John F. Kennedy airport is No. 2 on the list."
            ]
        );
        assert_eq!(sentences("“Why?” he asked."), ["“Why?” he asked."]);
    }
}
