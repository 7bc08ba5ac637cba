//! A tokenizer for news text: words with internal hyphens and apostrophes, dotted
//! abbreviations (U.S., a.m.), possessive clitics split off (Kim ’s), numbers with
//! decimals, thousands and unit suffixes (2.55, 1,000, 1.13bn, 1990s), quotation marks
//! of every kind, and words glued to a preceding number ("2011The").

use crate::span::Span;

/// What a quotation-mark token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteMark {
    /// “ or « or ``
    OpenDouble,
    /// ” or » or ''
    CloseDouble,
    /// " (direction from context)
    StraightDouble,
    /// ‘
    OpenSingle,
    /// ’ standing alone
    CloseSingle,
    /// ' standing alone
    StraightSingle,
}

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (with internal hyphens, apostrophes, digits), e.g. `re-elected`, `don’t`.
    Word,
    /// A dotted abbreviation including its final period, e.g. `U.S.`, `a.m.`.
    DottedAbbreviation,
    /// A possessive or contracted clitic split from its word: `’s`, `'s`.
    Clitic,
    /// A number, possibly with decimals, separators and a letter suffix: `2.55`, `1.13bn`.
    Number,
    /// A quotation mark.
    Quote(QuoteMark),
    /// Sentence or clause punctuation: `. , ; : ! ? ( ) [ ] … — –` and runs like `...`.
    Punct,
    /// Anything else: `$ % & / < > #` and other symbols.
    Symbol,
}

/// One token: its byte span, its kind, and whether white space precedes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the article text.
    pub span: Span,
    /// What kind of token it is.
    pub kind: TokenKind,
    /// Whether the token follows white space (or starts the paragraph).
    pub space_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }
    /// Whether the token is a word-like token (word, abbreviation or clitic).
    pub fn is_wordlike(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::DottedAbbreviation | TokenKind::Clitic
        )
    }
    /// Whether this is a quotation mark.
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::Quote(_))
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{200d}' | '\u{fe0f}')
}

/// Tokenizes `text[span]`, appending to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let base = span.start();
    let slice = &text[span.range()];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| -> Option<char> { chars.get(i).map(|c| c.1) };
    let byte = |i: usize| -> usize { chars.get(i).map_or(slice.len(), |c| c.0) };
    let mut i = 0;
    let mut space_before = true;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' {
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            // Dotted abbreviation: (letter .){2,} or single-letter initial sequences.
            if let Some(end) = dotted_abbreviation(&chars, i) {
                i = end;
                kind = TokenKind::DottedAbbreviation;
            } else {
                i = word_end(&chars, i);
                kind = TokenKind::Word;
            }
        } else if c.is_ascii_digit()
            || (c == '.' && at(i + 1).is_some_and(|d| d.is_ascii_digit()) && space_before)
        {
            i = number_end(&chars, i);
            kind = TokenKind::Number;
        } else if is_apostrophe(c)
            && at(i + 1).is_some_and(|s| s == 's' || s == 'S')
            && !at(i + 2).is_some_and(is_word_char)
            && !space_before
            && out
                .last()
                .is_some_and(|t: &Token| t.is_wordlike() && t.span.end() == base + byte(i))
        {
            i += 2;
            kind = TokenKind::Clitic;
        } else if let Some((mark, len)) = quote_mark(&chars, i, space_before) {
            i += len;
            kind = TokenKind::Quote(mark);
        } else if c == '.' && at(i + 1) == Some('.') {
            while at(i) == Some('.') {
                i += 1;
            }
            kind = TokenKind::Punct;
        } else if c == '-' && at(i + 1) == Some('-') {
            while at(i) == Some('-') {
                i += 1;
            }
            kind = TokenKind::Punct;
        } else if matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '…'
                | '—'
                | '–'
                | '-'
        ) {
            i += 1;
            kind = TokenKind::Punct;
        } else {
            i += 1;
            while at(i).is_some_and(is_combining) {
                i += 1;
            }
            kind = TokenKind::Symbol;
        }
        out.push(Token {
            span: Span::new(base + byte(start), base + byte(i)),
            kind,
            space_before,
        });
        space_before = false;
    }
}

/// `U.S.`, `a.m.`, `N.Y.`: single letters each followed by a period, at least two.
fn dotted_abbreviation(chars: &[(usize, char)], start: usize) -> Option<usize> {
    let mut i = start;
    let mut count = 0;
    while i + 1 < chars.len() && chars[i].1.is_alphabetic() && chars[i + 1].1 == '.' {
        // the letter must stand alone (no letter right before it inside the run)
        count += 1;
        i += 2;
        if !chars.get(i).is_some_and(|c| c.1.is_alphabetic()) {
            break;
        }
        if chars.get(i + 1).is_some_and(|c| c.1.is_alphabetic()) {
            // "U.Sedio": the next piece is a longer word; stop before it
            break;
        }
    }
    if count >= 2 {
        Some(i)
    } else {
        None
    }
}

/// The end of a word starting at `start`: letters and digits, with internal hyphens,
/// apostrophes and periods joining letter runs ("re-elected", "don’t", "amazon.com"),
/// but leaving a possessive `’s` and a glued capitalized word after a period apart.
fn word_end(chars: &[(usize, char)], start: usize) -> usize {
    let n = chars.len();
    let mut i = start;
    loop {
        while i < n && is_word_char(chars[i].1) {
            i += 1;
        }
        if i + 1 >= n {
            return i;
        }
        let (c, next) = (chars[i].1, chars[i + 1].1);
        let after = chars.get(i + 2).map(|c| c.1);
        if (c == '-' || c == '‐' || c == '&') && is_word_char(next) {
            i += 1;
            continue;
        }
        if is_apostrophe(c) && next.is_alphabetic() {
            // keep "don’t", "O’Brien"; leave "Kim’s" for the clitic rule
            let possessive = (next == 's' || next == 'S') && !after.is_some_and(is_word_char);
            if possessive {
                return i;
            }
            i += 1;
            continue;
        }
        if c == '.' && next.is_lowercase() && i > start && chars[i - 1].1.is_lowercase() {
            // "amazon.com", "e.g" style joins: lower.lower without a space
            let mut j = i + 1;
            while j < n && chars[j].1.is_lowercase() {
                j += 1;
            }
            if j - (i + 1) >= 2
                && !(j < n && chars[j].1 == '.' && j + 1 < n && chars[j + 1].1.is_whitespace())
            {
                i += 1;
                continue;
            }
        }
        return i;
    }
}

/// The end of a number starting at `start`: digits with internal `.,:/` before digits,
/// then a lower-case suffix (`bn`, `s`, `th`, `pm`) but not a capitalized word.
fn number_end(chars: &[(usize, char)], start: usize) -> usize {
    let n = chars.len();
    let mut i = start;
    if chars[i].1 == '.' {
        i += 1;
    }
    loop {
        while i < n && chars[i].1.is_ascii_digit() {
            i += 1;
        }
        if i + 1 < n
            && matches!(chars[i].1, '.' | ',' | ':' | '/')
            && chars[i + 1].1.is_ascii_digit()
        {
            i += 1;
            continue;
        }
        break;
    }
    // Lower-case unit suffix: 1.13bn, 1990s, 3pm, 2nd; a capital starts a new word.
    let suffix_start = i;
    while i < n && chars[i].1.is_alphabetic() && chars[i].1.is_lowercase() {
        i += 1;
    }
    if i > suffix_start && i < n && chars[i].1.is_alphabetic() {
        return suffix_start; // "2011thE" - not a suffix
    }
    i
}

/// A quotation mark at `i`, with its length in chars.
fn quote_mark(chars: &[(usize, char)], i: usize, space_before: bool) -> Option<(QuoteMark, usize)> {
    let c = chars[i].1;
    let next = chars.get(i + 1).map(|c| c.1);
    Some(match c {
        '“' | '«' | '„' => (QuoteMark::OpenDouble, 1),
        '”' | '»' => (QuoteMark::CloseDouble, 1),
        '"' => (QuoteMark::StraightDouble, 1),
        '‘' => (QuoteMark::OpenSingle, 1),
        '`' if next == Some('`') => (QuoteMark::OpenDouble, 2),
        '\'' if next == Some('\'') => (QuoteMark::CloseDouble, 2),
        '’' => (QuoteMark::CloseSingle, 1),
        '\'' => {
            let _ = space_before;
            (QuoteMark::StraightSingle, 1)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn news_tokens() {
        assert_eq!(toks("Kim’s U.S. trip"), ["Kim", "’s", "U.S.", "trip"]);
        assert_eq!(
            toks("$1.13bn, up 76%"),
            ["$", "1.13bn", ",", "up", "76", "%"]
        );
        assert_eq!(
            toks("July 26, 2011The Korean"),
            ["July", "26", ",", "2011", "The", "Korean"]
        );
        assert_eq!(toks("don’t re-elected"), ["don’t", "re-elected"]);
        assert_eq!(
            toks("“Yes,” he said."),
            ["“", "Yes", ",", "”", "he", "said", "."]
        );
        assert_eq!(toks("at 3 p.m. EST"), ["at", "3", "p.m.", "EST"]);
        assert_eq!(
            toks("the 1990s and .125 dlrs"),
            ["the", "1990s", "and", ".125", "dlrs"]
        );
        assert_eq!(toks("Wait... no"), ["Wait", "...", "no"]);
    }
}
