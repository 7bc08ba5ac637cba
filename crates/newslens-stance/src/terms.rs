//! Terms: how a word of a claim or a text becomes a comparable unit.
//!
//! A word is ASCII-lower-cased, looked up in the word lists (stop word, refuting, hedging…),
//! then reduced by a light suffix-stripping stemmer that only ever shortens the word, so
//! every step works on slices of the document's lower-cased text without allocating.
//! Terms are compared by a 64-bit FNV-1a hash of their stem.

use crate::termtable::TermTable;

/// The FNV-1a hash of no bytes: where [`fnv1a`] starts.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET, bytes)
}

/// FNV-1a continued from `h` (the hash of the bytes before `bytes`): the hash of a word
/// is the hash of its prefix continued over the rest, so one pass over a word yields the
/// hashes of its prefixes too.
#[inline]
pub fn fnv1a_from(h: u64, bytes: &[u8]) -> u64 {
    let step = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    // Four bytes per turn of the loop: a word is hashed in about half the instructions.
    let mut chunks = bytes.chunks_exact(4);
    let mut h = h;
    for c in &mut chunks {
        h = step(step(step(step(h, c[0]), c[1]), c[2]), c[3]);
    }
    chunks.remainder().iter().fold(h, |h, &b| step(h, b))
}

/// The hash of the ordered pair of terms `a b` (a bigram).
pub fn pair_hash(a: u64, b: u64) -> u64 {
    (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Reduces an ASCII-lower-cased word to its stem by stripping common English inflections
/// (plural `-s`/`-es`/`-ies`, `-ed`, `-ing`, `-ly`). Only ever returns a prefix of `word`.
pub fn stem(word: &str) -> &str {
    &word[..stem_len(word.as_bytes())]
}

/// The length in bytes of [`stem`]`(word)`, for the word's bytes (a slice of bytes needs
/// no check that it starts and ends on a character boundary).
///
/// Every rule strips a suffix, so each is tried only when the word ends in the suffix's
/// last byte; most words end in none of `s`, `'`, `g`, `d`, `y` and are their own stem.
#[inline(always)]
pub fn stem_len(word: &[u8]) -> usize {
    let b = word;
    let mut end = b.len();
    // (a doubled consonant is undone only after a cut)
    if !matches!(b.last(), Some(b's' | b'\'' | b'g' | b'd' | b'y')) {
        return end;
    }
    // A trailing possessive or apostrophe ("students'", "Kim’s" when not split off).
    match b.last() {
        Some(b's') if word.ends_with("’s".as_bytes()) => end -= "’s".len(),
        Some(b's') if word.ends_with(b"'s") => end -= 2,
        Some(b'\'') if end > 1 => end -= 1,
        _ => {}
    }
    let w = &b[..end];
    let ends = |s: &[u8]| w.len() >= s.len() && &w[w.len() - s.len()..] == s;
    let mut cut = 0;
    if w.last() == Some(&b's') {
        if w.len() > 4 && ends(b"sses") {
            cut = 2;
        } else if w.len() > 4 && ends(b"ies") {
            cut = 2; // studies -> studi
        } else if w.len() > 3 && !ends(b"ss") && !ends(b"us") && !ends(b"is") {
            cut = 1;
        }
    }
    let w = &w[..w.len() - cut];
    let ends = |s: &[u8]| w.len() >= s.len() && &w[w.len() - s.len()..] == s;
    let n = w.len();
    let cut = match w.last() {
        Some(b'g') if n > 5 && ends(b"ing") => 3,
        // killed -> kill; denied -> deni (as denies -> deni)
        Some(b'd') if n > 4 && (ends(b"ied") || (ends(b"ed") && !ends(b"eed"))) => 2,
        Some(b'y') if n > 5 && ends(b"ly") => 2,
        _ => 0,
    };
    let len = n - cut;
    // Undouble a final consonant pair left by -ed/-ing ("stopped" -> "stopp" -> "stop").
    if cut > 0 && len > 3 && b[len - 1] == b[len - 2] && !b"lsz".contains(&b[len - 1]) {
        len - 1
    } else {
        len
    }
}

/// Word-list memberships of one word, as bit flags.
pub mod flag {
    /// A function word, skipped in comparisons.
    pub const STOP: u16 = 1;
    /// Disputes or debunks ("hoax", "denied").
    pub const REFUTE: u16 = 1 << 1;
    /// Reports without vouching ("allegedly", "reportedly").
    pub const HEDGE: u16 = 1 << 2;
    /// Casts doubt ("skeptical", "exaggerated").
    pub const DOUBT: u16 = 1 << 3;
    /// Vouches ("confirmed", "proof").
    pub const AFFIRM: u16 = 1 << 4;
    /// Negates ("not", "never", "don't").
    pub const NEGATION: u16 = 1 << 5;
    /// Positive polarity.
    pub const POSITIVE: u16 = 1 << 6;
    /// Negative polarity.
    pub const NEGATIVE: u16 = 1 << 7;
    /// A verb or phrase of saying ("said", "according").
    pub const REPORT: u16 = 1 << 8;
}

const LISTS: &[(u16, &str)] = &[
    (flag::STOP, include_str!("../data/stopwords.txt")),
    (flag::REFUTE, include_str!("../data/refuting.txt")),
    (flag::HEDGE, include_str!("../data/hedging.txt")),
    (flag::DOUBT, include_str!("../data/doubt.txt")),
    (flag::AFFIRM, include_str!("../data/affirming.txt")),
    (flag::NEGATION, include_str!("../data/negation.txt")),
    (flag::POSITIVE, include_str!("../data/positive.txt")),
    (flag::NEGATIVE, include_str!("../data/negative.txt")),
    (flag::REPORT, include_str!("../data/report_verbs.txt")),
];

/// The word lists of `data/*.txt`, merged into one hash → flags table (one lookup per word).
#[derive(Debug, Clone)]
pub struct Lexicon {
    flags: TermTable<u16>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

impl Lexicon {
    /// Builds the table from the crate's word lists.
    pub fn new() -> Self {
        let mut flags = TermTable::default();
        for (f, list) in LISTS {
            for word in list.lines().map(str::trim) {
                if word.is_empty() || word.starts_with('#') {
                    continue;
                }
                *flags.entry(fnv1a(word.as_bytes())) |= *f;
            }
        }
        Lexicon { flags }
    }

    /// The flags of an ASCII-lower-cased word (0 when it is on no list).
    pub fn flags(&self, lower_word: &str) -> u16 {
        self.flags_hashed(fnv1a(lower_word.as_bytes()), lower_word.as_bytes())
    }

    /// The flags of an ASCII-lower-cased word (its bytes) whose [`fnv1a`] hash is `hash`.
    pub fn flags_hashed(&self, hash: u64, lower_word: &[u8]) -> u16 {
        let mut f = self.flags.get(hash).unwrap_or(0);
        let b = lower_word;
        // Both spellings end in `t`: one comparison for most words.
        if b.len() > 3
            && b.last() == Some(&b't')
            && (b.ends_with(b"n't") || b.ends_with("n’t".as_bytes()))
        {
            f |= flag::NEGATION;
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_share_inflections() {
        for (a, b) in [
            ("kills", "killed"),
            ("killing", "kill"),
            ("studies", "studies"),
            ("denies", "denied"),
            ("stopped", "stop"),
            ("claims", "claimed"),
            ("bodies", "bodies"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        for (word, expected) in [
            ("votes", "vote"),
            ("bus", "bus"),
            ("class", "class"),
            ("its", "its"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn lexicon_flags() {
        let lex = Lexicon::new();
        assert_ne!(lex.flags("hoax") & flag::REFUTE, 0);
        assert_ne!(lex.flags("reportedly") & flag::HEDGE, 0);
        assert_ne!(lex.flags("doesn’t") & flag::NEGATION, 0);
        assert_ne!(lex.flags("the") & flag::STOP, 0);
        assert_eq!(lex.flags("volcano"), 0);
    }
}
