//! The learned cue detector: a logistic regression over hashed features of a word and
//! its neighbours, deciding whether a word outside quotation marks is the cue of an
//! attribution. It finds the cues the hand-written lexicon misses (PolNeAR annotates
//! "is stressing", "decided", "cited", "shows" …), and their content is then read by
//! the same rules as for lexicon cues ([`crate::frames`]).
//!
//! Trained by `newslens train quote` on PolNeAR train ([`crate::train`]); the weights
//! ship in `data/cue_model.bin` (format in [`CueModel::from_bytes`]).

use crate::cues::Cue;
use crate::text::Text;
use crate::words::{is_ly_adverb, words};
use std::sync::LazyLock;

/// Number of hash bits: the weight table has `1 << BITS` entries.
pub const BITS: u32 = 16;

/// The file's first bytes.
const MAGIC: &[u8; 8] = b"NLQCUE01";

/// A trained cue model.
#[derive(Debug, Clone)]
pub struct CueModel {
    /// One weight per hashed feature.
    weights: Vec<f32>,
    /// The logit above which a word is taken as a cue.
    pub threshold: f32,
}

static EMBEDDED: LazyLock<CueModel> = LazyLock::new(|| {
    CueModel::from_bytes(include_bytes!("../data/cue_model.bin"))
        .expect("data/cue_model.bin is a cue model written by `newslens train quote`")
});

impl CueModel {
    /// The model shipped with the crate.
    pub fn embedded() -> &'static CueModel {
        &EMBEDDED
    }

    /// A model from its weights (`1 << BITS` of them) and threshold.
    pub fn new(weights: Vec<f32>, threshold: f32) -> Result<Self, String> {
        if weights.len() != 1 << BITS {
            return Err(format!(
                "{} weights, expected {}",
                weights.len(),
                1u32 << BITS
            ));
        }
        Ok(CueModel { weights, threshold })
    }

    /// Reads the file format: the 8 bytes `NLQCUE01`, the hash bits (u32 LE), the
    /// threshold (f32 LE), then `1 << bits` weights (f32 LE).
    pub fn from_bytes(b: &[u8]) -> Result<Self, String> {
        if b.len() < 16 || &b[..8] != MAGIC {
            return Err("not a cue model (bad magic)".into());
        }
        let word = |k: usize| [b[k], b[k + 1], b[k + 2], b[k + 3]];
        let bits = u32::from_le_bytes(word(8));
        if bits != BITS {
            return Err(format!("{bits} hash bits, expected {BITS}"));
        }
        let threshold = f32::from_le_bytes(word(12));
        let n = 1usize << BITS;
        if b.len() != 16 + 4 * n {
            return Err(format!("{} bytes, expected {}", b.len(), 16 + 4 * n));
        }
        let weights = (0..n)
            .map(|k| f32::from_le_bytes(word(16 + 4 * k)))
            .collect();
        CueModel::new(weights, threshold)
    }

    /// The file format of [`CueModel::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + 4 * self.weights.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&BITS.to_le_bytes());
        out.extend_from_slice(&self.threshold.to_le_bytes());
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// The logit of the hashed features `feats`.
    pub fn logit(&self, feats: &[u32]) -> f32 {
        feats.iter().map(|&f| self.weights[f as usize]).sum()
    }

    /// The weights (for training and inspection).
    pub fn weights(&self) -> &[f32] {
        &self.weights
    }
}

/// Whether token `i` may be a cue the model decides on: a lower-case word outside
/// quotation marks that is no function word (determiner, preposition, auxiliary,
/// conjunction, pronoun) and no "-ly" adverb.
#[inline]
pub fn is_candidate(t: &Text, i: usize) -> bool {
    if t.quoted(i) || !t.is_lower_word(i) {
        return false;
    }
    let l = t.lower(i);
    l.len() > 2 && !is_ly_adverb(l) && !words().non_cue_words.contains(l)
}

/// FNV-1a of a string (each feature string is hashed once, then combined).
const fn fnv(a: &str) -> u64 {
    let a = a.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut k = 0;
    while k < a.len() {
        h ^= a[k] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        k += 1;
    }
    h
}

/// The hashes of the fixed feature strings, computed at compile time.
struct Fixed;

impl Fixed {
    /// "<s>": outside the sentence.
    const OUTSIDE: u64 = fnv("<s>");
    /// "<q>": a quotation mark.
    const MARK: u64 = fnv("<q>");
    /// "<cap>": a capitalized word.
    const CAP: u64 = fnv("<cap>");
    /// "<num>": a number.
    const NUMBER: u64 = fnv("<num>");
    /// The lexicon feature: "none", "speech", "belief".
    const NOT_IN_LEXICON: u64 = fnv("none");
    const SPEECH: u64 = fnv("speech");
    const BELIEF: u64 = fnv("belief");
    /// The position feature: "0", "1-3", "4-9", "10+" words into the sentence.
    const POS_0: u64 = fnv("0");
    const POS_1_3: u64 = fnv("1-3");
    const POS_4_9: u64 = fnv("4-9");
    const POS_10: u64 = fnv("10+");
}

/// The table slot of feature `template` over the string hashes `a` and `b`
/// (a multiply–xorshift mix).
fn slot(template: u64, a: u64, b: u64) -> u32 {
    let mut x = a ^ b.rotate_left(31) ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    (x as u32) & ((1 << BITS) - 1)
}

/// The hash of a neighbour word as the features see it: lower-cased, or a class for
/// tokens that are no words ("<q>" a quotation mark, "<cap>" a capitalized word,
/// "<num>", the punctuation itself), "<s>" outside the sentence.
fn neighbour(t: &Text, k: Option<usize>, s0: usize, s1: usize) -> u64 {
    let Some(k) = k.filter(|&k| k >= s0 && k < s1) else {
        return Fixed::OUTSIDE;
    };
    if t.is_mark(k) {
        return Fixed::MARK;
    }
    if t.is_cap(k) {
        return Fixed::CAP;
    }
    if t.is_number(k) {
        return Fixed::NUMBER;
    }
    fnv(t.lower(k))
}

/// How many features a candidate has.
pub const FEATURES: usize = 16;

/// The hashed features of candidate `i`. `rule` tells whether the hand-written rules
/// found a cue at `i`; `lexicon` is the cue lexicon's entry for its word
/// ([`crate::cues::cue`]).
pub fn features(t: &Text, i: usize, rule: bool, lexicon: Option<Cue>) -> [u32; FEATURES] {
    let (s0, s1) = t.sentence_range(i);
    let l = t.lower(i);
    let p1 = neighbour(t, i.checked_sub(1), s0, s1);
    let p2 = neighbour(t, i.checked_sub(2), s0, s1);
    let n1 = neighbour(t, Some(i + 1), s0, s1);
    let n2 = neighbour(t, Some(i + 2), s0, s1);
    let suffix = |k: usize| l.get(l.len().saturating_sub(k)..).unwrap_or(l);
    let lexicon = match lexicon {
        None => Fixed::NOT_IN_LEXICON,
        Some(c) if c.speech => Fixed::SPEECH,
        Some(_) => Fixed::BELIEF,
    };
    let pos = match i - s0 {
        0 => Fixed::POS_0,
        1..=3 => Fixed::POS_1_3,
        4..=9 => Fixed::POS_4_9,
        _ => Fixed::POS_10,
    };
    let quote_in_sentence = t.has_mark(s0, s1);
    let (l, s3, s2) = (fnv(l), fnv(suffix(3)), fnv(suffix(2)));
    let q = u64::from(quote_in_sentence);
    [
        slot(0, 0, 0),
        slot(1, l, 0),
        slot(2, s3, 0),
        slot(3, s2, 0),
        slot(4, p1, 0),
        slot(5, n1, 0),
        slot(6, p2, 0),
        slot(7, n2, 0),
        slot(8, p1, l),
        slot(9, l, n1),
        slot(10, lexicon, u64::from(rule)),
        slot(11, lexicon, n1),
        slot(12, s3, n1),
        slot(13, p1, s3),
        slot(14, pos, q),
        slot(15, l, q),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip() {
        let mut w = vec![0.0f32; 1 << BITS];
        w[7] = 1.5;
        let m = CueModel::new(w, 0.25).unwrap();
        let back = CueModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.weights()[7], 1.5);
        assert_eq!(back.threshold, 0.25);
        assert!(CueModel::from_bytes(b"nonsense").is_err());
    }

    #[test]
    fn embedded_model_loads() {
        assert_eq!(CueModel::embedded().weights().len(), 1 << BITS);
    }
}
