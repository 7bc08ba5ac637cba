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
use crate::words::is_ly_adverb;
use std::sync::LazyLock;

/// Number of hash bits: the weight table has `1 << BITS` entries.
pub const BITS: u32 = 16;

/// The file's first bytes.
const MAGIC: &[u8; 8] = b"NLQCUE01";

/// A trained cue model.
#[derive(Debug, Clone)]
pub struct CueModel {
    /// One weight per hashed feature (a fixed size: a slot indexes it unchecked).
    weights: Box<[f32; 1 << BITS]>,
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
        let n = weights.len();
        let weights = weights
            .into_boxed_slice()
            .try_into()
            .map_err(|_| format!("{n} weights, expected {}", 1u32 << BITS))?;
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
        for w in self.weights.iter() {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// The logit of the hashed features `feats`.
    pub fn logit(&self, feats: &[u32]) -> f32 {
        // (slots are below `1 << BITS`: the mask only spares the bounds checks)
        feats
            .iter()
            .map(|&f| self.weights[f as usize & ((1 << BITS) - 1)])
            .sum()
    }

    /// The weights (for training and inspection).
    pub fn weights(&self) -> &[f32] {
        &self.weights[..]
    }
}

/// Whether token `i` may be a cue the model decides on: a lower-case word outside
/// quotation marks that is no function word (determiner, preposition, auxiliary,
/// conjunction, pronoun) and no "-ly" adverb.
#[inline]
pub fn is_candidate(t: &Text, i: usize) -> bool {
    candidate_shape(t, i) && !crate::cues::entry(t.lower(i)).function_word
}

/// [`is_candidate`] but for the function-word test, which the caller makes with the
/// token's lexicon entry ([`crate::cues::entry`]) when it has it.
#[inline]
pub(crate) fn candidate_shape(t: &Text, i: usize) -> bool {
    if t.quoted(i) || !t.is_lower_word(i) {
        return false;
    }
    let l = t.lower(i);
    l.len() > 2 && !is_ly_adverb(l)
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
const fn slot(template: u64, a: u64, b: u64) -> u32 {
    let mut x = a ^ b.rotate_left(31) ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    (x as u32) & ((1 << BITS) - 1)
}

/// The slots of the features over fixed strings only, computed at compile time.
struct FixedSlots;

impl FixedSlots {
    /// The bias feature.
    const BIAS: u32 = slot(0, 0, 0);
    /// The lexicon class ("none", "speech", "belief") by whether the rules took the word.
    const LEXICON_RULE: [[u32; 2]; 3] = [
        [
            slot(10, Fixed::NOT_IN_LEXICON, 0),
            slot(10, Fixed::NOT_IN_LEXICON, 1),
        ],
        [slot(10, Fixed::SPEECH, 0), slot(10, Fixed::SPEECH, 1)],
        [slot(10, Fixed::BELIEF, 0), slot(10, Fixed::BELIEF, 1)],
    ];
    /// The position in the sentence by whether the sentence holds a quotation mark.
    const POSITION_QUOTE: [[u32; 2]; 4] = [
        [slot(14, Fixed::POS_0, 0), slot(14, Fixed::POS_0, 1)],
        [slot(14, Fixed::POS_1_3, 0), slot(14, Fixed::POS_1_3, 1)],
        [slot(14, Fixed::POS_4_9, 0), slot(14, Fixed::POS_4_9, 1)],
        [slot(14, Fixed::POS_10, 0), slot(14, Fixed::POS_10, 1)],
    ];
}

/// How many features a candidate has.
pub const FEATURES: usize = 16;

/// The features of the candidates of one text. Each token's hash as a neighbour is
/// computed once, when a candidate first asks for it: a word sits next to several
/// candidates.
pub struct Featurizer<'a, 'd> {
    t: &'a Text<'d>,
    /// Each token's hash as a neighbour ([`Featurizer::neighbour`]), 0 until computed.
    hashes: Vec<u64>,
}

impl<'a, 'd> Featurizer<'a, 'd> {
    /// The featurizer of `t`.
    pub fn new(t: &'a Text<'d>) -> Self {
        Featurizer {
            t,
            hashes: vec![0; t.len()],
        }
    }

    /// The hash of token `k` as the features see it: lower-cased, or a class for
    /// tokens that are no words ("<q>" a quotation mark, "<cap>" a capitalized word,
    /// "<num>", the punctuation itself).
    #[inline]
    fn hash(&mut self, k: usize) -> u64 {
        let h = self.hashes[k];
        if h != 0 {
            return h;
        }
        let t = self.t;
        let h = if t.is_mark(k) {
            Fixed::MARK
        } else if t.is_cap(k) {
            Fixed::CAP
        } else if t.is_number(k) {
            Fixed::NUMBER
        } else {
            fnv(t.lower(k))
        };
        self.hashes[k] = h;
        h
    }

    /// The hash of token `k` when `inside` (a neighbour in the candidate's sentence),
    /// else "<s>".
    #[inline]
    fn neighbour(&mut self, k: usize, inside: bool) -> u64 {
        if inside {
            self.hash(k)
        } else {
            Fixed::OUTSIDE
        }
    }

    /// The hashed features of candidate `i` ([`is_candidate`]). `rule` tells whether
    /// the hand-written rules found a cue at `i`; `lexicon` is the cue lexicon's entry
    /// for its word ([`crate::cues::cue`]).
    pub fn features(&mut self, i: usize, rule: bool, lexicon: Option<Cue>) -> [u32; FEATURES] {
        let t = self.t;
        let (s0, s1) = t.sentence_range(i);
        let l = t.lower(i);
        // (the candidate is in its sentence: `s0 <= i < s1`)
        let p1 = self.neighbour(i.wrapping_sub(1), i > s0);
        let p2 = self.neighbour(i.wrapping_sub(2), i > s0 + 1);
        let n1 = self.neighbour(i + 1, i + 1 < s1);
        let n2 = self.neighbour(i + 2, i + 2 < s1);
        let suffix = |k: usize| l.get(l.len().saturating_sub(k)..).unwrap_or(l);
        let (lexicon, lexicon_row) = match lexicon {
            None => (Fixed::NOT_IN_LEXICON, 0),
            Some(c) if c.speech => (Fixed::SPEECH, 1),
            Some(_) => (Fixed::BELIEF, 2),
        };
        let pos_row = match i - s0 {
            0 => 0,
            1..=3 => 1,
            4..=9 => 2,
            _ => 3,
        };
        let quote_in_sentence = t.has_mark(s0, s1);
        // (a candidate is a lower-case word: its hash as a neighbour is its word's)
        let (l, s3, s2) = (self.hash(i), fnv(suffix(3)), fnv(suffix(2)));
        let q = u64::from(quote_in_sentence);
        [
            FixedSlots::BIAS,
            slot(1, l, 0),
            slot(2, s3, 0),
            slot(3, s2, 0),
            slot(4, p1, 0),
            slot(5, n1, 0),
            slot(6, p2, 0),
            slot(7, n2, 0),
            slot(8, p1, l),
            slot(9, l, n1),
            FixedSlots::LEXICON_RULE[lexicon_row][usize::from(rule)],
            slot(11, lexicon, n1),
            slot(12, s3, n1),
            slot(13, p1, s3),
            FixedSlots::POSITION_QUOTE[pos_row][usize::from(quote_in_sentence)],
            slot(15, l, q),
        ]
    }
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
