//! Datelines: the place, date and agency that open a wire story's paragraph before the
//! story itself ("SALVADOR, Feb 26 - Showers …", "ST. LOUIS, Mo., Oct. 19, 2016 (Reuters)
//! — …", "HALVIK — …"). One recogniser for every analyzer: quote skips the dateline
//! when it reads what was said, entities types its place and starts a subject after it.

use std::ops::Range;

use super::{Token, TokenKind};
use crate::civil::month_of_name;

/// The most tokens a dateline takes ("ST. LOUIS, Mo., Oct. 19, 2016 (Reuters) —").
const MAX_DATELINE_TOKENS: usize = 16;

/// The most words of the place in capitals; more are rather a headline in capitals
/// ("SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE -").
const MAX_PLACE_WORDS: usize = 4;

/// A dateline found at the start of a paragraph, as token indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place in capitals ("KUALA LUMPUR", "ST. LOUIS"), with the periods inside it.
    pub place: Range<usize>,
    /// The first token of the story after the dateline: after its dash, or after the
    /// comma that closes its date ("LONDON, March 12, The …").
    pub body_start: usize,
}

/// The dateline opening the tokens `start..end` (a paragraph, or the part of it a rule
/// reads), if there is one with story text after it before `end`.
///
/// A dateline is a place of up to four words in capitals, then a comma, bracket or dash;
/// then optionally a region, a date and an agency (capitalized words, numbers, periods,
/// commas and brackets), ending at a dash ("PITTSBURGH, March 12 -", "SAN MATEO, Calif.
/// (Reuters) -"), or a place and a date ending at a comma ("LONDON, March 12, …"). A
/// label of wire copy in the place's stead ("NOTE -", "CORRECTION -") is no dateline. A
/// place in title case counts only when a date and a dash follow it ("New York, March 4
/// -"): "Officials, March 4, said" or "Smith - …" are no datelines.
pub fn find_dateline(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<Dateline> {
    let caps_word = |k: usize| is_word_in_capitals(text, &tokens[k]);
    let punct = |k: usize, p: &str| is_punct(text, &tokens[k], p);
    let dash = |k: usize| is_dash(text, &tokens[k]);
    if start >= end || !tokens[start].capitalized {
        return None;
    }
    // A place in capitals is the wire's usual form; a place written in title case ("New
    // York, march 4 -") counts only with a date and a dash after it.
    let in_capitals = caps_word(start);
    let place_word = |k: usize| {
        if in_capitals {
            caps_word(k)
        } else {
            tokens[k].capitalized && tokens[k].kind == TokenKind::Word
        }
    };
    let limit = end.min(start + MAX_DATELINE_TOKENS);
    let mut k = start;
    let mut place_words = 0;
    // (the periods of "ST. LOUIS" and the slash of "DALLAS/FORT WORTH" belong to it)
    let joiner = |k: usize| {
        k > start
            && !tokens[k].space_before
            && (punct(k, ".") || (punct(k, "/") && k + 1 < limit && place_word(k + 1)))
    };
    while k < limit && (place_word(k) || joiner(k)) {
        if is_word_or_number(&tokens[k]) {
            place_words += 1;
        }
        k += 1;
    }
    let place = start..k;
    if place_words == 1 && is_wire_label(tokens[start].text(text)) {
        return None;
    }
    let separator = |k: usize| {
        if in_capitals {
            punct(k, ",") || punct(k, "(") || dash(k)
        } else {
            punct(k, ",")
        }
    };
    if place_words > MAX_PLACE_WORDS || !(k < limit && separator(k)) {
        return None;
    }
    // `dated`: past a month and its day; `date_comma`: after a comma closing the date
    // ("March 12," or "March 12, 2016,")
    let mut dated = false;
    let mut date_comma = None;
    while k < limit {
        if dash(k) {
            return (k + 1 < end && (in_capitals || dated)).then_some(Dateline {
                place,
                body_start: k + 1,
            });
        }
        let tok = &tokens[k];
        let is_number = tok.kind == TokenKind::Number;
        // (a month may be in lower case: "SADDLE BROOK, N.J., march 11 -")
        let ok = tok.capitalized
            || is_month_word(text, tok)
            || is_number
            || punct(k, ",")
            || punct(k, ".")
            || punct(k, "(")
            || punct(k, ")");
        if !ok {
            break;
        }
        if is_number && is_month_word(text, &tokens[k - 1]) {
            dated = true;
        }
        if dated && punct(k, ",") && tokens[k - 1].kind == TokenKind::Number {
            date_comma = Some(k + 1);
        }
        k += 1;
    }
    date_comma
        .filter(|&body_start| body_start < end && in_capitals)
        .map(|body_start| Dateline { place, body_start })
}

/// Whether `tok` is a word in capitals of two letters or more ("HALVIK", "LOUIS", "U.S.").
fn is_word_in_capitals(text: &str, tok: &Token) -> bool {
    let word = tok.text(text);
    tok.capitalized && word.len() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether `word` is a label that wire copy puts in capitals before a dash, as a
/// dateline's place would be ("NOTE - Final div deferred …", "CORRECTION - …").
fn is_wire_label(word: &str) -> bool {
    const LABELS: [&str; 14] = [
        "NOTE",
        "NOTES",
        "CORRECTION",
        "CORRECTED",
        "UPDATE",
        "UPDATED",
        "ADVISORY",
        "BULLETIN",
        "URGENT",
        "FLASH",
        "REPEAT",
        "EDITORS",
        "SOURCE",
        "SOURCES",
    ];
    LABELS.contains(&word)
}

/// Whether `tok` is a word-like token or a number.
fn is_word_or_number(tok: &Token) -> bool {
    tok.is_wordlike() || tok.kind == TokenKind::Number
}

/// Whether `tok` is punctuation (or a symbol) with text `p`.
fn is_punct(text: &str, tok: &Token, p: &str) -> bool {
    matches!(tok.kind, TokenKind::Punct | TokenKind::Symbol) && tok.text(text) == p
}

/// Whether `tok` is a dash ("—", "–", "-", "--", "―").
fn is_dash(text: &str, tok: &Token) -> bool {
    ["—", "–", "-", "--", "―"]
        .iter()
        .any(|d| is_punct(text, tok, d))
}

/// Whether `tok` is a month's name or abbreviation ("March", "Oct.", "Sept").
fn is_month_word(text: &str, tok: &Token) -> bool {
    month_of_name(tok.text(text)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Document};

    /// The dateline of `text`'s first paragraph, as (place, story start) texts.
    fn dateline(text: &str) -> Option<(String, String)> {
        let doc = Document::new(Article::new("t", text));
        let end = doc.paragraphs()[0].sentences().end;
        let end = doc.sentences()[end - 1].end_token as usize;
        let d = find_dateline(doc.text(), doc.tokens(), 0, end)?;
        let place =
            doc.tokens()[d.place.start].span.start()..doc.tokens()[d.place.end - 1].span.end();
        Some((
            doc.text()[place].to_string(),
            doc.token_text(d.body_start).to_string(),
        ))
    }

    fn pair(place: &str, first: &str) -> Option<(String, String)> {
        Some((place.to_string(), first.to_string()))
    }

    #[test]
    fn wire_datelines() {
        assert_eq!(
            dateline("SALVADOR, Feb 26 - Showers continued throughout the week."),
            pair("SALVADOR", "Showers")
        );
        assert_eq!(
            dateline("HALVIK — Dockworkers walked out on Monday."),
            pair("HALVIK", "Dockworkers")
        );
        assert_eq!(
            dateline("KUALA LUMPUR, March 3 - Malaysia said it would cut output."),
            pair("KUALA LUMPUR", "Malaysia")
        );
        assert_eq!(
            dateline("SAN MATEO, Calif. (Reuters) - The company said profits rose."),
            pair("SAN MATEO", "The")
        );
        assert_eq!(
            dateline("LONDON, March 12, 2016, The bank raised its rates."),
            pair("LONDON", "The")
        );
        assert_eq!(
            dateline("SADDLE BROOK, N.J., march 11 - Michigan General Corp said it began."),
            pair("SADDLE BROOK", "Michigan")
        );
        assert_eq!(
            dateline("DALLAS/FORT WORTH AIRPORT, Texas, March 9 - Singer Co said it won."),
            pair("DALLAS/FORT WORTH AIRPORT", "Singer")
        );
        assert_eq!(
            dateline("New York, march 4 - Pacific Telesis Group chairman Donald Guinn said."),
            pair("New York", "Pacific")
        );
    }

    #[test]
    fn not_datelines() {
        // a headline in capitals
        assert_eq!(
            dateline("SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - a poll"),
            None
        );
        // an ordinary sentence
        assert_eq!(dateline("Showers continued throughout the week."), None);
        // capitals and a comma without a date or dash
        assert_eq!(dateline("NATO, the alliance, met on Monday."), None);
        // nothing after the dash
        assert_eq!(dateline("HALVIK —"), None);
        // a paragraph that is its place alone
        assert_eq!(dateline("HALVIK"), None);
        assert_eq!(dateline("New York"), None);
        // a title-case name without a date and dash
        assert_eq!(
            dateline("Eastman Kodak Co, best known for its film, said."),
            None
        );
        assert_eq!(
            dateline("Smith - the chairman - resigned on March 4."),
            None
        );
        // a label of wire copy
        assert_eq!(
            dateline("NOTE - Final div deferred for tax advantage."),
            None
        );
    }
}
