//! A tokenizer for news text: words with internal hyphens and apostrophes, dotted
//! abbreviations (U.S., a.m.), possessive clitics split off (Kim ’s), numbers with
//! decimals, thousands and unit suffixes (2.55, 1,000, 1.13bn, 1990s), quotation marks
//! of every kind, words glued to a preceding number ("2011The"), web and e-mail
//! addresses kept whole.
//!
//! The scanner reads the text in place by byte position (ASCII fast paths, no collected
//! char vector) and allocates nothing but the tokens it appends.

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
    /// ‘ or ‚ or a lone `
    OpenSingle,
    /// ’ standing alone
    CloseSingle,
    /// ' standing alone
    StraightSingle,
}

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (with internal hyphens, apostrophes, ampersands, digits), e.g. `re-elected`,
    /// `don’t`, `AT&T`; also a whole web or e-mail address (`https://example.org/a.pdf`,
    /// `example.gov/budget`, `tips@example.com`), without trailing punctuation.
    Word,
    /// A dotted abbreviation including its final period, e.g. `U.S.`, `a.m.`, `J.R.R.`,
    /// `Ph.D.`.
    DottedAbbreviation,
    /// A possessive or contracted clitic split from its word: `’s`, `'s`.
    Clitic,
    /// A number, possibly with decimals, separators and a letter suffix: `2.55`, `1.13bn`.
    Number,
    /// A quotation mark.
    Quote(QuoteMark),
    /// Sentence or clause punctuation: `. , ; : ! ? ( ) [ ] … — –`, runs like `...`, and
    /// the CJK, Arabic and Devanagari marks (`。 ！ ？ 、 ， ؟ ।`).
    Punct,
    /// Anything else: `$ % & / < > #` and other symbols; an emoji with its modifiers and
    /// zero-width-joined parts is one token.
    Symbol,
}

/// One token: its byte span, its kind, whether white space precedes it, and the case
/// of its first letter. Tokens never hold white space; separators (white space, control
/// characters, U+200B, U+FEFF) are skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the article text.
    pub span: Span,
    /// What kind of token it is.
    pub kind: TokenKind,
    /// Whether the token follows white space (or starts the paragraph).
    pub space_before: bool,
    /// Whether the token is a word or dotted abbreviation starting with an upper-case
    /// letter ("Senate", "U.S."). Set by the tokenizer, which has the first letter at
    /// hand, so that analyzers need not decode it again.
    pub capitalized: bool,
    /// Whether the token is a word starting with a lower-case letter ("said").
    pub lower_word: bool,
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

/// Reads the characters of a text by byte position, with a fast path for ASCII.
/// Positions are always on char boundaries; reading stops at `end`.
#[derive(Clone, Copy)]
struct Cursor<'t> {
    text: &'t str,
    end: usize,
}

impl Cursor<'_> {
    /// The character starting at byte `i`, or `None` at or past the end.
    #[inline]
    fn at(&self, i: usize) -> Option<char> {
        if i >= self.end {
            return None;
        }
        let b = self.text.as_bytes()[i];
        if b < 0x80 {
            Some(b as char)
        } else {
            self.text[i..self.end].chars().next()
        }
    }

    /// Whether the character at byte `i` satisfies `pred`.
    #[inline]
    fn is(&self, i: usize, pred: impl Fn(char) -> bool) -> bool {
        self.at(i).is_some_and(pred)
    }
}

/// ASCII letters and digits, by byte value (a table lookup in the hot loop).
static ASCII_WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

#[inline]
fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD_BYTES[b as usize]
}

/// Separators between tokens: white space, zero-width spaces, byte-order marks and
/// control characters.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{feff}' | '\u{200b}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_modifier(c)
}

/// Characters that attach to the one before: combining marks, variation selectors,
/// emoji skin-tone modifiers and the zero-width joiner.
fn is_modifier(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{fe20}'..='\u{fe2f}'
        | '\u{200d}'
        | '\u{1f3fb}'..='\u{1f3ff}'
        | '\u{e0100}'..='\u{e01ef}')
}

fn is_punct(c: char) -> bool {
    matches!(
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
    ) || is_unspaced_terminal(c)
        || matches!(c, '、' | '，' | '；' | '：' | '（' | '）')
}

/// Sentence-final marks of scripts that need no space after them (CJK full stops and
/// fullwidth marks, the Arabic question mark, the Devanagari danda).
pub(crate) fn is_unspaced_terminal(c: char) -> bool {
    matches!(c, '。' | '．' | '！' | '？' | '؟' | '।' | '॥')
}

/// Tokenizes `text[span]`, appending to `out`. Scans the text once, without allocating
/// anything but the tokens.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = Cursor {
        text,
        end: span.end(),
    };
    let mut i = span.start();
    let mut space_before = true;
    let bytes = text.as_bytes();
    while let Some(c) = s.at(i) {
        if c == ' ' {
            // the common case first: skip a run of spaces
            while i < s.end && bytes[i] == b' ' {
                i += 1;
            }
            space_before = true;
            continue;
        }
        if is_separator(c) {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let (end, kind, (capitalized, lower_word)) = next_token(s, i, c, space_before, out.last());
        out.push(Token {
            span: Span::new(i, end),
            kind,
            space_before,
            capitalized,
            lower_word,
        });
        space_before = false;
        i = end;
    }
}

/// The case flags ([`Token::capitalized`], [`Token::lower_word`]) of a token that is
/// neither a word nor a dotted abbreviation: both unset.
const NO_CASE: (bool, bool) = (false, false);

/// The token starting at byte `i` with character `c`: its end, its kind and its case
/// flags ([`Token::capitalized`], [`Token::lower_word`]).
fn next_token(
    s: Cursor,
    i: usize,
    c: char,
    space_before: bool,
    prev: Option<&Token>,
) -> (usize, TokenKind, (bool, bool)) {
    let after_c = i + c.len_utf8();
    let next = s.at(after_c);
    if c.is_alphabetic() {
        // (the case of the first letter, tested here once for every analyzer; an ASCII
        // letter is upper case below 'a')
        let (upper, lower) = if c.is_ascii() {
            (c < 'a', c >= 'a')
        } else {
            (c.is_uppercase(), c.is_lowercase())
        };
        if let Some(end) = dotted_abbreviation(s, i) {
            return (end, TokenKind::DottedAbbreviation, (upper, false));
        }
        let end = word_end(s, i);
        // Only a period, `@` or `:` glued to more address characters can start an address.
        let bytes = s.text.as_bytes();
        let glued_after =
            |k: usize| k < s.end && (bytes[k].is_ascii_alphanumeric() || bytes[k] == b'/');
        if matches!(s.at(end), Some('.' | '@' | ':')) && glued_after(end + 1) {
            if let Some(web_end) = web_address_end(s, i) {
                if web_end > end {
                    return (web_end, TokenKind::Word, (upper, lower));
                }
            }
        }
        return (end, TokenKind::Word, (upper, lower));
    }
    if c.is_ascii_digit() || (c == '.' && space_before && next.is_some_and(|d| d.is_ascii_digit()))
    {
        return (number_end(s, i), TokenKind::Number, NO_CASE);
    }
    if c.is_numeric() {
        let mut end = after_c;
        while let Some(d) = s.at(end).filter(|d| d.is_numeric()) {
            end += d.len_utf8();
        }
        return (end, TokenKind::Number, NO_CASE);
    }
    if is_apostrophe(c)
        && matches!(next, Some('s' | 'S'))
        && !s.is(after_c + 1, is_word_char)
        && !space_before
        && prev.is_some_and(|t| t.is_wordlike() && t.span.end() == i)
    {
        return (after_c + 1, TokenKind::Clitic, NO_CASE);
    }
    if let Some((mark, len)) = quote_mark(c, next) {
        return (i + len, TokenKind::Quote(mark), NO_CASE);
    }
    if (c == '.' || c == '-') && next == Some(c) {
        let mut end = i;
        while s.at(end) == Some(c) {
            end += 1;
        }
        return (end, TokenKind::Punct, NO_CASE);
    }
    if is_punct(c) {
        return (after_c, TokenKind::Punct, NO_CASE);
    }
    // A symbol, with the modifiers that attach to it; a zero-width joiner also pulls in
    // the next character (emoji sequences such as 👩‍🔬).
    let mut end = after_c;
    while let Some(m) = s.at(end).filter(|m| is_modifier(*m)) {
        end += m.len_utf8();
        if m == '\u{200d}' {
            if let Some(joined) = s.at(end).filter(|j| !is_separator(*j)) {
                end += joined.len_utf8();
            }
        }
    }
    (end, TokenKind::Symbol, NO_CASE)
}

/// `U.S.`, `a.m.`, `J.R.R.`, `Ph.D.`: at least two pieces of one or two letters, each
/// followed by a period, at least one of them a single letter, and no letter after.
#[inline]
fn dotted_abbreviation(s: Cursor, start: usize) -> Option<usize> {
    // Fast rejection of ordinary ASCII words: no period after the first one or two letters.
    let bytes = &s.text.as_bytes()[start..s.end];
    let b1 = bytes.get(1).copied().unwrap_or(b' ');
    let b2 = bytes.get(2).copied().unwrap_or(b' ');
    if b1 != b'.' && b1 < 0x80 && (b2 != b'.' && b2 < 0x80 || !b1.is_ascii_alphabetic()) {
        return None;
    }
    dotted_abbreviation_slow(s, start)
}

#[inline(never)]
fn dotted_abbreviation_slow(s: Cursor, start: usize) -> Option<usize> {
    let mut i = start;
    let mut pieces = 0;
    let mut single = false;
    // At most eight pieces ("J.R.R.", "U.S.S.R."): keeps the scan short on odd input.
    while pieces < 8 {
        let mut letters = 0;
        let mut j = i;
        while let Some(c) = s.at(j).filter(|c| c.is_alphabetic()) {
            letters += 1;
            j += c.len_utf8();
            if letters > 2 {
                break;
            }
        }
        if letters == 0 || letters > 2 || s.at(j) != Some('.') {
            break;
        }
        pieces += 1;
        single |= letters == 1;
        i = j + 1;
    }
    (pieces >= 2 && single && !s.is(i, is_word_char)).then_some(i)
}

/// The end of a word starting at `start`: letters and digits, with internal hyphens,
/// ampersands and apostrophes joining letter runs ("re-elected", "AT&T", "don’t"), but
/// leaving a possessive `’s` for the clitic rule and a dotted abbreviation after a hyphen
/// ("D-N.M.") apart.
fn word_end(s: Cursor, start: usize) -> usize {
    let bytes = s.text.as_bytes();
    let mut i = start;
    loop {
        loop {
            i += bytes[i..s.end]
                .iter()
                .position(|&b| !is_ascii_word_byte(b))
                .unwrap_or(s.end - i);
            match s.at(i) {
                Some(c) if !c.is_ascii() && is_word_char(c) => i += c.len_utf8(),
                _ => break,
            }
        }
        let Some(c) = s.at(i) else { return i };
        let j = i + c.len_utf8();
        let Some(next) = s.at(j) else { return i };
        if matches!(c, '-' | '‐' | '&') && is_word_char(next) {
            if c != '&' && dotted_abbreviation(s, j).is_some() {
                return i;
            }
            i = j;
            continue;
        }
        if is_apostrophe(c) && next.is_alphabetic() {
            let possessive = matches!(next, 's' | 'S') && !s.is(j + 1, is_word_char);
            if possessive {
                return i;
            }
            i = j;
            continue;
        }
        return i;
    }
}

/// Top-level domains accepted in addresses written without a scheme ("example.com");
/// every two-letter country code is accepted too.
const DOMAIN_SUFFIXES: &[&str] = &[
    "app", "biz", "com", "dev", "edu", "gov", "info", "int", "mil", "museum", "name", "net",
    "news", "online", "org", "pro", "site", "tech",
];

/// The longest web or e-mail address kept as one token, in bytes.
const MAX_ADDRESS_LEN: usize = 512;

/// The end of a web or e-mail address starting at `start` ("https://example.org/a.pdf",
/// "www.example.com", "tips@example.com", "example.gov/budget"), without trailing
/// punctuation; `None` when the text there is not one.
fn web_address_end(s: Cursor, start: usize) -> Option<usize> {
    let bytes = s.text.as_bytes();
    let mut j = start;
    while j < s.end && bytes[j].is_ascii_graphic() && !matches!(bytes[j], b'"' | b'<' | b'>' | b'`')
    {
        j += 1;
        if j - start > MAX_ADDRESS_LEN {
            return None; // keeps the scan linear on long runs without spaces
        }
    }
    let run =
        s.text[start..j].trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', ')', ']', '}']);
    let lower_starts = |p: &str| run.len() > p.len() && run[..p.len()].eq_ignore_ascii_case(p);
    if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") {
        return Some(start + run.len());
    }
    if let Some(at) = run.find('@') {
        let (local, domain) = (&run[..at], &run[at + 1..]);
        return (!local.is_empty() && is_domain(domain) && !domain.contains('/'))
            .then_some(start + run.len());
    }
    is_domain(run).then_some(start + run.len())
}

/// `host.tld` or `host.tld/path`: labels of ASCII letters, digits and hyphens, at least
/// two, the last a known or two-letter lower-case suffix.
fn is_domain(address: &str) -> bool {
    let host = address.split('/').next().unwrap_or("");
    let mut labels = 0;
    let mut last = "";
    for label in host.split('.') {
        if label.is_empty()
            || !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && (last.len() == 2 || DOMAIN_SUFFIXES.contains(&last))
}

/// The end of a number starting at `start`: digits with internal `.,:/` before digits,
/// then a lower-case suffix (`bn`, `s`, `th`, `pm`) but not a capitalized word.
fn number_end(s: Cursor, start: usize) -> usize {
    let mut i = start;
    if s.at(i) == Some('.') {
        i += 1;
    }
    loop {
        while s.is(i, |c| c.is_ascii_digit()) {
            i += 1;
        }
        if matches!(s.at(i), Some('.' | ',' | ':' | '/')) && s.is(i + 1, |c| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        break;
    }
    // Lower-case unit suffix: 1.13bn, 1990s, 3pm, 2nd; a capital starts a new word.
    let suffix_start = i;
    while let Some(c) = s.at(i).filter(|c| c.is_lowercase()) {
        i += c.len_utf8();
    }
    if i > suffix_start && s.is(i, char::is_alphabetic) {
        return suffix_start; // "2011thE": not a suffix
    }
    i
}

/// A quotation mark starting with `c` (followed by `next`), with its length in bytes.
fn quote_mark(c: char, next: Option<char>) -> Option<(QuoteMark, usize)> {
    Some(match c {
        '“' | '«' | '„' | '「' | '『' => (QuoteMark::OpenDouble, c.len_utf8()),
        '”' | '»' | '」' | '』' => (QuoteMark::CloseDouble, c.len_utf8()),
        '"' => (QuoteMark::StraightDouble, 1),
        '‘' | '‚' => (QuoteMark::OpenSingle, c.len_utf8()),
        '`' if next == Some('`') => (QuoteMark::OpenDouble, 2),
        '`' => (QuoteMark::OpenSingle, 1),
        '\'' if next == Some('\'') => (QuoteMark::CloseDouble, 2),
        '’' => (QuoteMark::CloseSingle, c.len_utf8()),
        '\'' => (QuoteMark::StraightSingle, 1),
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

    #[test]
    fn addresses_abbreviations_and_symbols() {
        let rows: &[(&str, &[&str])] = &[
            (
                "at https://www.example.org/r/2024/water.pdf.",
                &["at", "https://www.example.org/r/2024/water.pdf", "."],
            ),
            (
                "see harbor.k12.example.us/lead,",
                &["see", "harbor.k12.example.us/lead", ","],
            ),
            ("mail tips@example.com.", &["mail", "tips@example.com", "."]),
            ("comment.The", &["comment", ".", "The"]),
            ("a Ph.D. student", &["a", "Ph.D.", "student"]),
            ("J.R.R. Tolkien", &["J.R.R.", "Tolkien"]),
            ("D-N.M., said", &["D", "-", "N.M.", ",", "said"]),
            ("AT&T and S&P", &["AT&T", "and", "S&P"]),
            ("<RTRS.L> said", &["<", "RTRS", ".", "L", ">", "said"]),
            ("👩‍🔬 ok", &["👩‍🔬", "ok"]),
            ("a\0b\u{7}c", &["a", "b", "c"]),
            ("O’Brien’s", &["O’Brien", "’s"]),
            ("‘Go.’", &["‘", "Go", ".", "’"]),
        ];
        for (text, expected) in rows {
            assert_eq!(&toks(text), expected, "{text:?}");
        }
    }
}
