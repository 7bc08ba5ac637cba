//! Sentence boundaries within one paragraph, decided on tokens.
//!
//! A sentence ends at `.`, `!`, `?`, `…` or a dotted abbreviation, together with the
//! closing quotation marks and brackets glued to it, when the next token can open a
//! sentence. Periods after abbreviations are judged by the abbreviation's class
//! ([`AbbreviationClass`]); a question or exclamation inside quotation marks followed by
//! an attribution ("“Why?” Lee asked.") does not end the sentence; a year glued to a
//! capitalized word ("2011The") does.

use super::abbreviations::{abbreviation_class_any_case, AbbreviationClass};
use super::token::{is_unspaced_terminal, QuoteMark, Token, TokenKind};
use super::Sentence;
use crate::span::Span;

/// Words that commonly open a sentence (function words, pronouns, sentence adverbs).
/// After an abbreviation that rarely ends a sentence ("Co.", "U.S."), a boundary is
/// placed only before one of these. Sorted, for binary search.
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "About",
    "After",
    "Again",
    "Ahead",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Despite",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Even",
    "Every",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Last",
    "Many",
    "Meanwhile",
    "More",
    "Most",
    "Mr",
    "Mrs",
    "Ms",
    "My",
    "Neither",
    "No",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Others",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Under",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Without",
    "Yet",
    "You",
    "Your",
];

/// Verbs of saying that follow a quotation in an attribution ("“Why?” Lee asked").
const SPEECH_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "answered",
    "argued",
    "asked",
    "asks",
    "conceded",
    "continued",
    "countered",
    "cried",
    "declared",
    "demanded",
    "exclaimed",
    "explained",
    "insisted",
    "joked",
    "laughed",
    "noted",
    "observed",
    "pleaded",
    "quipped",
    "recalled",
    "remarked",
    "replied",
    "replies",
    "responded",
    "said",
    "says",
    "shouted",
    "sighed",
    "snapped",
    "stated",
    "tells",
    "told",
    "wondered",
    "writes",
    "wrote",
    "yelled",
];

/// Months and weekdays written out: after "a.m." they continue the sentence.
const CALENDAR_WORDS: &[&str] = &[
    "April",
    "August",
    "December",
    "February",
    "Friday",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Monday",
    "November",
    "October",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

fn is_opener(word: &str) -> bool {
    SENTENCE_OPENERS.binary_search(&word).is_ok()
}

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
    t.kind == TokenKind::Punct && matches!(t.text(text), ")" | "]" | "}")
}

fn first_char(word: &str) -> Option<char> {
    word.chars().next()
}

/// A word that starts with a capital letter.
fn is_capitalized(word: &str) -> bool {
    first_char(word).is_some_and(char::is_uppercase)
}

/// A word written in capitals only ("EST", "GMT", "NATO"; also "A" and "I").
fn is_all_caps(word: &str) -> bool {
    word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether token `t` can be the first of a sentence.
fn starts_sentence(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote(
            QuoteMark::OpenDouble
            | QuoteMark::OpenSingle
            | QuoteMark::StraightDouble
            | QuoteMark::StraightSingle,
        ) => true,
        TokenKind::Number | TokenKind::Symbol => true,
        TokenKind::Word | TokenKind::DottedAbbreviation => {
            let word = t.text(text);
            match first_char(word) {
                Some(c) if c.is_uppercase() || !c.is_alphabetic() => true,
                // "eBay", "iPhone": a lower-case first letter with a capital after it
                Some(_) => word.chars().skip(1).any(char::is_uppercase),
                None => false,
            }
        }
        TokenKind::Punct => matches!(t.text(text), "(" | "[" | "…"),
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
        match next_sentence_start(text, tokens, first, i) {
            Some(end) => {
                push(tokens, start, end, paragraph, out);
                start = end;
                i = end;
            }
            None => i += 1,
        }
    }
    if start < n {
        push(tokens, start, n, paragraph, out);
    }
}

/// When a sentence ends with token `i`, the index of the first token of the next one.
fn next_sentence_start(text: &str, tokens: &[Token], first: usize, i: usize) -> Option<usize> {
    let t = &tokens[i];
    let word = match t.kind {
        TokenKind::Punct | TokenKind::DottedAbbreviation => t.text(text),
        TokenKind::Number => return glued_year(text, tokens, i),
        _ => return None,
    };
    let unspaced = word.chars().next().is_some_and(is_unspaced_terminal);
    let terminal = t.kind == TokenKind::DottedAbbreviation
        || matches!(word, "." | "!" | "?" | "…")
        || word.starts_with("..")
        || unspaced;
    if !terminal {
        return None;
    }
    // Closing quotation marks and brackets glued to the terminal belong to this sentence.
    let mut j = i + 1;
    let mut quoted = false;
    while let Some(closer) = tokens
        .get(j)
        .filter(|c| !c.space_before && (is_closer(c) || is_close_bracket(text, c)))
    {
        quoted |= closer.is_quote();
        j += 1;
    }
    let next = tokens.get(j)?; // the paragraph's end closes the sentence anyway
                               // Only quotation marks or punctuation left ("... in Singapore. “"): they stay here.
    let rest = &tokens[j..tokens.len().min(j + 3)];
    if rest.len() < 3
        && rest
            .iter()
            .all(|r| r.is_quote() || r.kind == TokenKind::Punct)
    {
        return None;
    }
    if unspaced {
        // "。" and its kin end the sentence whatever follows (no capitals in those scripts).
        return Some(j);
    }
    if !starts_sentence(text, next) || (quoted && attribution_follows(text, tokens, j)) {
        return None;
    }
    let ends = match t.kind {
        TokenKind::DottedAbbreviation => dotted_abbreviation_ends(text, tokens, i, next),
        _ if word == "." && i > first && tokens[i - 1].span.end == t.span.start => {
            period_after_word_ends(text, tokens, first, i - 1, next)
        }
        _ => true,
    };
    ends.then_some(j)
}

/// "July 26, 2011The Korean ...": a four-digit number glued to a capitalized word ends
/// the sentence (a caption run into the story).
fn glued_year(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let next = tokens.get(i + 1)?;
    let glued = !next.space_before
        && next.kind == TokenKind::Word
        && tokens[i].span.len() == 4
        && is_capitalized(next.text(text));
    glued.then_some(i + 1)
}

/// Whether a period right after the word `tokens[w]` ends the sentence, given the token
/// that would open the next one.
fn period_after_word_ends(
    text: &str,
    tokens: &[Token],
    first: usize,
    w: usize,
    next: &Token,
) -> bool {
    let prev = &tokens[w];
    let prev_word = prev.text(text);
    let next_word = next.text(text);
    let next_is_number = next.kind == TokenKind::Number;
    if !next.space_before && next.kind == TokenKind::Word && is_all_caps(next_word) {
        return false; // a ticker such as "<RTRS.L>", not a missing space
    }
    match abbreviation_class_any_case(prev_word) {
        Some(AbbreviationClass::Title) => false,
        Some(AbbreviationClass::BeforeNumber) => !next_is_number && is_opener(next_word),
        Some(AbbreviationClass::Month) => !next_is_number,
        Some(AbbreviationClass::OftenFinal) => true,
        Some(AbbreviationClass::Suffix) => is_opener(next_word) || next.is_quote(),
        Some(AbbreviationClass::Saint) => {
            // "Main St. Residents ..." (a street) against "in St. Louis" (a saint)
            w > first && tokens[w - 1].kind == TokenKind::Word && {
                let before = tokens[w - 1].text(text);
                is_capitalized(before) && !is_opener(before)
            }
        }
        None if prev.kind == TokenKind::Word
            && prev_word.chars().count() == 1
            && is_capitalized(prev_word) =>
        {
            // An initial ("John F. Kennedy") unless a lower-case word precedes it and a
            // clear opener follows ("vitamin C. The").
            w > first
                && tokens[w - 1].kind == TokenKind::Word
                && !is_capitalized(tokens[w - 1].text(text))
                && (is_opener(next_word) || next.is_quote())
        }
        None => true,
    }
}

/// Whether a dotted abbreviation (`U.S.`, `p.m.`, `D.C.`) ends the sentence.
fn dotted_abbreviation_ends(text: &str, tokens: &[Token], i: usize, next: &Token) -> bool {
    let word = tokens[i].text(text);
    let next_word = next.text(text);
    if !is_capitalized(word) {
        // "a.m.", "p.m.": a capitalized word that is not a time zone or a calendar word
        // opens a sentence; "e.g." and "i.e." never end one.
        return !matches!(word, "e.g." | "i.e." | "cf." | "viz.")
            && (next.is_quote()
                || (next.kind == TokenKind::Word
                    && is_capitalized(next_word)
                    && !(is_all_caps(next_word) && next_word.len() > 1)
                    && CALENDAR_WORDS.binary_search(&next_word).is_err()));
    }
    // "Washington, D.C. Neither ...": a place after a comma ends like a state name.
    let after_comma =
        i > 0 && tokens[i - 1].kind == TokenKind::Punct && { tokens[i - 1].text(text) == "," };
    let calendar_or_number =
        next.kind == TokenKind::Number || CALENDAR_WORDS.binary_search(&next_word).is_ok();
    (after_comma && !calendar_or_number) || is_opener(next_word) || next.is_quote()
}

/// Whether the tokens from `j` are an attribution: up to five name-like tokens, a verb of
/// saying, and the end of the clause within four tokens ("Castellano asked.", "Assistant
/// U.S. Attorney Karen Liu said in her statement."), unlike a new sentence that goes on
/// after its verb ("Osei said the union would meet ...").
fn attribution_follows(text: &str, tokens: &[Token], j: usize) -> bool {
    for (k, t) in tokens.iter().enumerate().skip(j).take(6) {
        let word = t.text(text);
        if SPEECH_VERBS.binary_search(&word).is_ok() {
            let names = k - j;
            return names > 0 && clause_ends_soon(text, &tokens[k + 1..]);
        }
        let name_like = (t.kind == TokenKind::Word && is_capitalized(word) && !is_opener(word))
            || t.kind == TokenKind::DottedAbbreviation
            || (t.kind == TokenKind::Punct && word == "." && !t.space_before);
        if !name_like {
            return false;
        }
    }
    false
}

/// Whether the clause ends (punctuation, a quotation mark or the paragraph's end) within
/// the first four of `rest`, after words only.
fn clause_ends_soon(text: &str, rest: &[Token]) -> bool {
    for t in rest.iter().take(4) {
        match t.kind {
            TokenKind::Punct | TokenKind::Quote(_) => return t.text(text) != "(",
            TokenKind::Word | TokenKind::DottedAbbreviation | TokenKind::Number => {}
            _ => return false,
        }
    }
    rest.len() < 4
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
mod word_list_tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [SENTENCE_OPENERS, SPEECH_VERBS, CALENDAR_WORDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
    }
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

    #[test]
    fn boundary_rows() {
        // (text, number of sentences)
        let rows: &[(&str, usize)] = &[
            ("“How many?” Castellano asked. “Too many.”", 2),
            ("“Why?” Osei said the union would meet.", 2),
            ("Talks are in Washington, D.C. Neither side spoke.", 2),
            ("They met at 10 a.m. Thursday in Rome.", 1),
            ("It ended after 11 p.m. Officials were tense.", 2),
            ("It runs at 9 a.m. EST daily.", 1),
            ("It closed at 11:45 a.m. A crowd formed.", 2),
            ("Plants in Fort Wayne, Ind. Terms were not disclosed.", 2),
            ("He lives in St. Louis now.", 1),
            ("They met on Main St. Residents cheered.", 2),
            ("The No. 2 pick and Sen. Cruz and Gov. Park.", 1),
            ("Shares of Acme Co. Chairman John Smith said no.", 1),
            ("It sold Acme Co. The deal closed.", 2),
            ("The meeting is Jan. 14 at noon.", 1),
            ("It closed in Jan. The firm said so.", 2),
            ("The question — who pays? — stalled it.", 1),
            ("It was a reprieve... Nothing more.", 2),
            ("The ruling... was a surprise.", 1),
            ("He said, ‘Don’t go.’ I went anyway.", 2),
            ("Officials declined to comment.The commission met.", 2),
            ("LAKE SUCCESS, N.Y. March 3 - The firm said.", 1),
            ("ST. LOUIS, March 18 - Qtly div 27.5 cts", 1),
            ("Reuters Holdings Plc <RTRS.L> said it rose.", 1),
            ("He met Singapore officials. “", 1),
            ("Sales rose 2.55 pct. eBay said nothing.", 2),
            ("He takes vitamin C. The doctor agrees.", 2),
            ("日本語の文。次の文です。", 2),
            ("「行く」と言った。彼は行った。", 2),
            ("هل أنت بخير؟ نعم.", 2),
        ];
        for (text, count) in rows {
            assert_eq!(
                sentences(text).len(),
                *count,
                "{text:?}: {:?}",
                sentences(text)
            );
        }
    }
}
