//! Per-document helpers shared by detection and clustering: token shape tests, the
//! "inside quotation marks" flags, and the lazily built set of words the document
//! writes in lower case (to tell "Over" at a sentence start from a name).

use crate::lexicon::KnownPeople;
use newslens_core::text::{Dateline, QuoteMark, Token, TokenKind};
use newslens_core::word_table::WordTable;
use newslens_core::Document;
use std::cell::{Cell, OnceCell};

/// A document with the per-token facts entity detection needs.
pub struct Ctx<'d> {
    /// The document.
    pub doc: &'d Document,
    /// For each token: whether it lies inside double quotation marks.
    pub in_quote: Vec<bool>,
    /// For each token: its sentence index (shared with the document:
    /// [`Document::token_sentences`]).
    pub sentence_of: &'d [u32],
    /// For each token: its [`Shape`] bits, computed once (detection and clustering ask
    /// for them several times per token).
    shapes: Vec<u8>,
    /// For each token: its lower-cased text, sliced once (detection asks for it several
    /// times per token).
    lowers: Vec<&'d str>,
    /// How many tokens are lower-case words (sizes the set below).
    lower_word_count: usize,
    /// The lower-case words, once [`Ctx::written_lower`] has been asked often enough.
    lower_words: OnceCell<WordTable<()>>,
    /// Questions to [`Ctx::written_lower`] answered by a scan so far.
    scans: Cell<u32>,
    /// Each paragraph's dateline, found once when first asked ([`Ctx::dateline`]).
    datelines: OnceCell<Vec<Option<Dateline>>>,
    /// The people the project names alone (the analyzer's `people` option).
    pub people: &'d KnownPeople,
}

/// Bits of a token's shape.
struct Shape;

impl Shape {
    /// A word or dotted abbreviation starting with an upper-case letter.
    const CAP: u8 = 1;
    /// A word starting with a lower-case letter.
    const LOWER_WORD: u8 = 2;
    /// All capitals with two to six letters ("DPRK", "U.N.").
    const ACRONYM: u8 = 4;
    /// A capitalized token of more than one character, or an acronym: a word that can
    /// stand for a name.
    const NAME_WORD: u8 = 8;

    /// The shape bits of token `tok` with text `text`; its case bits come from the
    /// tokenizer ([`Token::capitalized`], [`Token::lower_word`]).
    ///
    /// Inlined fast path for most tokens, a lower-case word or punctuation mark; the
    /// others pay for a call to [`Shape::of_other`].
    #[inline]
    fn of(tok: &Token, text: &str) -> u8 {
        if tok.lower_word {
            return Shape::LOWER_WORD;
        }
        match text.as_bytes().first() {
            None => 0,
            Some(b) if b.is_ascii_lowercase() => 0,
            Some(b) if b.is_ascii_punctuation() && *b != b'.' => 0,
            _ => Shape::of_other(tok, text),
        }
    }

    /// The shape bits of a token that is not a lower-case word and starts with neither
    /// an ASCII lower-case letter nor punctuation other than a period.
    #[inline(never)]
    fn of_other(tok: &Token, text: &str) -> u8 {
        let Some(first) = text.chars().next() else {
            return 0;
        };
        let mut bits = 0;
        if tok.capitalized {
            bits |= Shape::CAP;
        }
        // An acronym starts with a capital, a period or a digit: most tokens are not
        // scanned further.
        let may_be_acronym = first.is_uppercase() || first == '.' || first.is_ascii_digit();
        if may_be_acronym && is_acronym(text) {
            bits |= Shape::ACRONYM;
        }
        let long = text.len() > first.len_utf8();
        if bits & Shape::CAP != 0 && long || bits & Shape::ACRONYM != 0 {
            bits |= Shape::NAME_WORD;
        }
        bits
    }
}

/// All capitals with two to six letters, besides periods and digits.
fn is_acronym(s: &str) -> bool {
    if s.is_ascii() {
        let mut letters = 0;
        for &b in s.as_bytes() {
            if b.is_ascii_uppercase() {
                letters += 1;
            } else if b != b'.' && !b.is_ascii_digit() {
                return false;
            }
        }
        return (2..=6).contains(&letters);
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && s.chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
}

impl<'d> Ctx<'d> {
    /// Builds the per-token facts of `doc`, with the people its project names alone.
    pub fn new(doc: &'d Document, people: &'d KnownPeople) -> Self {
        let tokens = doc.tokens();
        let sentence_of = doc.token_sentences();
        let text = doc.text();
        let shapes: Vec<u8> = tokens
            .iter()
            .map(|t| Shape::of(t, &text[t.span.range()]))
            .collect();
        let lower = doc.lower_text();
        let lowers: Vec<&str> = tokens.iter().map(|t| &lower[t.span.range()]).collect();
        let lower_word_count = shapes
            .iter()
            .filter(|&&s| s & Shape::LOWER_WORD != 0)
            .count();
        Ctx {
            doc,
            in_quote: quote_flags(doc),
            sentence_of,
            shapes,
            lowers,
            lower_word_count,
            lower_words: OnceCell::new(),
            scans: Cell::new(0),
            datelines: OnceCell::new(),
            people,
        }
    }

    /// The token's text.
    pub fn text(&self, i: usize) -> &'d str {
        self.doc.token_text(i)
    }
    /// The token's lower-cased text.
    pub fn lower(&self, i: usize) -> &'d str {
        self.lowers[i]
    }
    /// Whether token `i` is a word starting with an upper-case letter (or a dotted
    /// abbreviation such as "U.S.").
    pub fn is_cap(&self, i: usize) -> bool {
        self.shapes[i] & Shape::CAP != 0
    }
    /// Whether token `i` is a word starting with a lower-case letter.
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.shapes[i] & Shape::LOWER_WORD != 0
    }
    /// Whether token `i` is all capitals with at least two letters ("DPRK", "U.N.").
    pub fn is_acronym(&self, i: usize) -> bool {
        self.shapes[i] & Shape::ACRONYM != 0
    }
    /// Whether token `i` can stand for a name: capitalized and longer than one
    /// character, or an acronym.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.shapes[i] & Shape::NAME_WORD != 0
    }
    /// Whether token `i` is a possessive clitic ("’s").
    pub fn is_clitic(&self, i: usize) -> bool {
        self.doc.tokens()[i].kind == TokenKind::Clitic
    }
    /// Whether token `i` is punctuation with this text.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        let t = &self.doc.tokens()[i];
        matches!(t.kind, TokenKind::Punct | TokenKind::Symbol) && self.text(i) == p
    }
    /// Whether token `i` opens a sentence, or follows an opening quotation mark,
    /// bracket or dash that does.
    pub fn at_clause_start(&self, i: usize) -> bool {
        let s = &self.doc.sentences()[self.sentence_of[i] as usize];
        let mut j = i;
        while j > s.first_token as usize {
            let t = &self.doc.tokens()[j - 1];
            let opener = matches!(
                t.kind,
                TokenKind::Quote(
                    QuoteMark::OpenDouble | QuoteMark::StraightDouble | QuoteMark::OpenSingle
                )
            ) || (t.kind == TokenKind::Punct
                && matches!(self.text(j - 1), "(" | "[" | "—" | "--" | "-" | ":"));
            if !opener {
                return false;
            }
            j -= 1;
        }
        true
    }
    /// The dateline opening paragraph `paragraph` ([`Document::dateline`]), looked for
    /// once per paragraph: detection and clustering ask for it for every name of a
    /// paragraph's first sentence.
    pub fn dateline(&self, paragraph: usize) -> Option<&Dateline> {
        self.datelines
            .get_or_init(|| {
                (0..self.doc.paragraphs().len())
                    .map(|p| self.doc.dateline(p))
                    .collect()
            })
            .get(paragraph)?
            .as_ref()
    }

    /// Whether token `i` is where a sentence's subject starts: it opens its clause
    /// ([`Ctx::at_clause_start`]), or the story after a dateline opening its paragraph
    /// ("DENVER, April 1 - M.D.C. Holdings Inc said …").
    pub fn at_subject_start(&self, i: usize) -> bool {
        if self.at_clause_start(i) {
            return true;
        }
        let paragraph = self.doc.sentences()[self.sentence_of[i] as usize].paragraph as usize;
        i > 0 && self.dateline(paragraph).is_some_and(|d| d.body_start == i)
    }
    /// Whether the document writes `lower` in lower case somewhere.
    ///
    /// Most articles ask this once or twice: the first few questions are answered by a
    /// search of the text for the word, and only from the
    /// [`SCANS_BEFORE_SET`]th on is a hash set of the lower-case words built, which
    /// keeps long articles linear. (Building the set for every article cost 30 M
    /// instructions per 2,000 Reuters articles for about one question each.)
    pub fn written_lower(&self, lower: &str) -> bool {
        if let Some(words) = self.lower_words.get() {
            return words.contains(lower.as_bytes());
        }
        if self.scans.get() < SCANS_BEFORE_SET {
            self.scans.set(self.scans.get() + 1);
            return self.scan_lower(lower);
        }
        let words = self.lower_words.get_or_init(|| {
            let mut words = WordTable::with_capacity(self.lower_word_count);
            for i in (0..self.shapes.len()).filter(|&i| self.is_lower_word(i)) {
                words.insert_if_absent(self.text(i).as_bytes(), ());
            }
            words
        });
        words.contains(lower.as_bytes())
    }

    /// [`Ctx::written_lower`] by a search of the text for the word's bytes (memchr's
    /// vectorised `memmem`), each place found checked against the token starting there:
    /// cheaper than comparing every token's length (entities 184.1 M → 175.1 M
    /// instructions on 2,000 Reuters articles).
    fn scan_lower(&self, lower: &str) -> bool {
        if lower.is_empty() {
            return false;
        }
        let (text, tokens) = (self.doc.text().as_bytes(), self.doc.tokens());
        let finder = memchr::memmem::Finder::new(lower);
        let mut from = 0;
        while let Some(k) = finder.find(&text[from..]) {
            let at = from + k;
            let i = tokens.partition_point(|t| t.span.start() < at);
            if i < tokens.len()
                && tokens[i].span.start() == at
                && tokens[i].span.len() == lower.len()
                && self.shapes[i] & Shape::LOWER_WORD != 0
            {
                return true;
            }
            // (overlapping places too: the next search starts one byte on)
            from = at + 1;
        }
        false
    }
}

/// How many [`Ctx::written_lower`] questions are answered by scanning before the set
/// is built. On 2,000 Reuters articles, with the text search of [`Ctx::scan_lower`], 16
/// costs 4.8 M instructions fewer than 8 (32 saves 1.9 M more, but on the 1 MB article
/// of `bench --linear` its 32 searches cost half as much again as building the set).
const SCANS_BEFORE_SET: u32 = 16;

/// Marks the tokens inside double quotation marks, pairing marks within each paragraph.
fn quote_flags(doc: &Document) -> Vec<bool> {
    let tokens = doc.tokens();
    let mut flags = vec![false; tokens.len()];
    for p in doc.paragraphs() {
        let sents = &doc.sentences()[p.sentences()];
        let (Some(first), Some(last)) = (sents.first(), sents.last()) else {
            continue;
        };
        let mut open = false;
        for (i, flag) in flags
            .iter_mut()
            .enumerate()
            .take(last.end_token as usize)
            .skip(first.first_token as usize)
        {
            match tokens[i].kind {
                TokenKind::Quote(QuoteMark::OpenDouble) => open = true,
                TokenKind::Quote(QuoteMark::CloseDouble) => {
                    open = false;
                    continue;
                }
                TokenKind::Quote(QuoteMark::StraightDouble) => {
                    open = !open;
                    if !open {
                        continue;
                    }
                }
                _ => {}
            }
            *flag = open;
        }
    }
    flags
}
