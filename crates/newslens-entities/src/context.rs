//! Per-document helpers shared by detection and clustering: token shape tests, the
//! "inside quotation marks" flags, and the lazily built set of words the document
//! writes in lower case (to tell "Over" at a sentence start from a name).

use crate::lexicon::hash;
use newslens_core::text::{QuoteMark, TokenKind};
use newslens_core::Document;
use std::cell::OnceCell;

/// A document with the per-token facts entity detection needs.
pub struct Ctx<'d> {
    /// The document.
    pub doc: &'d Document,
    /// For each token: whether it lies inside double quotation marks.
    pub in_quote: Vec<bool>,
    /// For each token: its sentence index.
    pub sentence_of: Vec<u32>,
    lower_words: OnceCell<BorrowedSet<'d>>,
}

impl<'d> Ctx<'d> {
    /// Builds the per-token facts of `doc`.
    pub fn new(doc: &'d Document) -> Self {
        let n = doc.tokens().len();
        let mut sentence_of = vec![0u32; n];
        for (si, s) in doc.sentences().iter().enumerate() {
            for t in s.tokens() {
                sentence_of[t] = si as u32;
            }
        }
        Ctx {
            doc,
            in_quote: quote_flags(doc),
            sentence_of,
            lower_words: OnceCell::new(),
        }
    }

    /// The token's text.
    pub fn text(&self, i: usize) -> &'d str {
        self.doc.token_text(i)
    }
    /// The token's lower-cased text.
    pub fn lower(&self, i: usize) -> &'d str {
        self.doc.token_lower(i)
    }
    /// Whether token `i` is a word starting with an upper-case letter (or a dotted
    /// abbreviation such as "U.S.").
    pub fn is_cap(&self, i: usize) -> bool {
        let t = &self.doc.tokens()[i];
        match t.kind {
            TokenKind::Word | TokenKind::DottedAbbreviation => {
                self.text(i).chars().next().is_some_and(char::is_uppercase)
            }
            _ => false,
        }
    }
    /// Whether token `i` is a word starting with a lower-case letter.
    pub fn is_lower_word(&self, i: usize) -> bool {
        let t = &self.doc.tokens()[i];
        t.kind == TokenKind::Word && self.text(i).chars().next().is_some_and(char::is_lowercase)
    }
    /// Whether token `i` is all capitals with at least two letters ("DPRK", "U.N.").
    pub fn is_acronym(&self, i: usize) -> bool {
        let s = self.text(i);
        let letters = s.chars().filter(|c| c.is_alphabetic()).count();
        (2..=6).contains(&letters)
            && s.chars()
                .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
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
    /// Whether the document writes `lower` in lower case somewhere.
    pub fn written_lower(&self, lower: &str) -> bool {
        let words = self.lower_words.get_or_init(|| {
            BorrowedSet::new(
                (0..self.doc.tokens().len())
                    .filter(|&i| self.is_lower_word(i))
                    .map(|i| self.text(i)),
            )
        });
        words.contains(lower)
    }
}

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

/// A hash set of words borrowed from the document (no copies).
struct BorrowedSet<'d> {
    slots: Vec<Option<&'d str>>,
    mask: usize,
}

impl<'d> BorrowedSet<'d> {
    fn new(words: impl Iterator<Item = &'d str> + Clone) -> Self {
        let size = (words.clone().count() * 2).next_power_of_two().max(8);
        let mut slots = vec![None; size];
        let mask = size - 1;
        for w in words {
            let mut i = hash(w) & mask;
            while let Some(v) = slots[i] {
                if v == w {
                    break;
                }
                i = (i + 1) & mask;
            }
            slots[i] = Some(w);
        }
        BorrowedSet { slots, mask }
    }
    fn contains(&self, w: &str) -> bool {
        let mut i = hash(w) & self.mask;
        while let Some(v) = self.slots[i] {
            if v == w {
                return true;
            }
            i = (i + 1) & self.mask;
        }
        false
    }
}
