//! The valence lexicon: VADER's human-rated lexicon plus the project's news vocabulary,
//! looked up by the ASCII-lower-case token text without allocating.

use newslens_core::word_table::{tail_word, SEED};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// VADER 3.3.2's `vader_lexicon.txt`, compacted to `word<TAB>valence` (see `data/README.md`).
const VADER_LEXICON: &str = include_str!("../data/vader_lexicon.tsv");
/// The project's news-vocabulary lexicon (hand-written, see its header).
const NEWS_LEXICON: &str = include_str!("../data/news_lexicon.tsv");

/// The longest key the lookup normalizes on the stack; longer tokens are looked up as-is.
const MAX_KEY: usize = 48;

/// A small, fast, non-cryptographic hasher (FxHash) for the short keys of the lexicon.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
        }
        // The last 1–7 bytes as one zero-padded word: one multiply, not one per byte.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let word = tail_word(rest);
            self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
        }
    }
    fn write_usize(&mut self, i: usize) {
        self.hash = (self.hash.rotate_left(5) ^ i as u64).wrapping_mul(SEED);
    }
    fn write_u8(&mut self, i: u8) {
        self.hash = (self.hash.rotate_left(5) ^ u64::from(i)).wrapping_mul(SEED);
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map keyed by byte strings with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Multi-word entries as (first word, the words after it, valence).
pub type MultiWordEntries = Vec<(&'static str, Vec<&'static str>, f32)>;

/// The built-in lexicon files: VADER's, then (`with_news`) the news entries, which add or
/// override.
pub fn builtin_tsvs(with_news: bool) -> &'static [&'static str] {
    const BOTH: [&str; 2] = [VADER_LEXICON, NEWS_LEXICON];
    &BOTH[..1 + usize::from(with_news)]
}

/// The `(entry, valence)` lines of a lexicon file, in file order (comments, empty lines and
/// lines without a number skipped). An entry with spaces is a multi-word entry.
pub fn tsv_entries(tsv: &'static str) -> impl Iterator<Item = (&'static str, f32)> {
    tsv.lines().filter_map(|line| {
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        // The first two tab-separated fields.
        let tab = line.bytes().position(|b| b == b'\t')?;
        let (word, rest) = (&line[..tab], &line[tab + 1..]);
        let value = rest.split_once('\t').map_or(rest, |(value, _)| value);
        Some((word, value.trim().parse::<f32>().ok()?))
    })
}

/// Reads a lexicon file into `phrases` (a multi-word entry replaces an earlier one with the
/// same words) and `add_word(word, valence)` for the single-word entries, in file order.
pub fn add_tsv_entries(
    tsv: &'static str,
    phrases: &mut MultiWordEntries,
    mut add_word: impl FnMut(&'static str, f32),
) {
    for (word, value) in tsv_entries(tsv) {
        if word.contains(' ') {
            let mut parts = word.split(' ');
            let first = parts.next().unwrap_or_default();
            phrases.retain(|(f, r, _)| {
                !(*f == first && r.iter().copied().eq(word.split(' ').skip(1)))
            });
            phrases.push((first, parts.collect(), value));
        } else {
            add_word(word, value);
        }
    }
}

/// Calls `f` with the bytes of `word` where every `’` is replaced by `'`, on the stack.
pub fn with_ascii_apostrophes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let bytes = word.as_bytes();
    if !bytes.contains(&0xE2) || bytes.len() > MAX_KEY {
        return f(bytes);
    }
    let mut buf = [0u8; MAX_KEY];
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with("’".as_bytes()) {
            buf[n] = b'\'';
            i += 3;
        } else {
            buf[n] = bytes[i];
            i += 1;
        }
        n += 1;
    }
    f(&buf[..n])
}

/// Whether a lower-cased token equals `key` (lower-case, ASCII apostrophes only) once `’`
/// is read as `'`: a plain comparison, normalizing only a longer token (each `’` shrinks
/// by two bytes).
pub fn is_key(token: &str, key: &str) -> bool {
    token == key || (token.len() > key.len() && same_word(token, key))
}

/// Whether two lower-cased words are equal once `’` is read as `'`.
pub fn same_word(a: &str, b: &str) -> bool {
    with_ascii_apostrophes(a, |x| with_ascii_apostrophes(b, |y| x == y))
}

/// The plain model of the word table that [`crate::vocabulary::Vocabulary`] builds in
/// place: the lexicon files and their inflections in maps, nothing clever. Tests check the
/// table against it.
#[cfg(test)]
pub(crate) mod reference {
    use super::*;

    /// Word → valence (−4…+4), single words and multi-word phrases apart.
    #[derive(Debug, Clone)]
    pub struct Lexicon {
        words: FxMap<Box<[u8]>, f32>,
        /// Multi-word entries ("fed up", "can't stand").
        phrases: MultiWordEntries,
    }

    impl Lexicon {
        /// The built-in lexicon: VADER's, then the news entries (which add or override).
        pub fn builtin(with_news: bool) -> Self {
            let mut lexicon = Lexicon {
                words: FxMap::default(),
                phrases: Vec::new(),
            };
            for tsv in builtin_tsvs(with_news) {
                lexicon.add_tsv(tsv);
            }
            lexicon
        }

        /// Adds regular inflections and derivations of every entry that is not an entry itself
        /// ("astonished" → "astonishing", "lovely" → "loveliest", "dazzle" → "dazzles"), with the
        /// entry's valence. Where several entries yield one form, the first entry in byte order
        /// wins. Forms that are common words of another meaning are left out.
        pub fn add_inflections(&mut self) {
            let entries: Vec<(&str, f32)> = self
                .words
                .iter()
                .filter_map(|(k, v)| Some((std::str::from_utf8(k).ok()?, *v)))
                .collect();
            let mut added: FxMap<Box<[u8]>, f32> = FxMap::default();
            crate::inflection::for_each_inflection(&entries, |form, valence| {
                if !self.words.contains_key(form.as_bytes()) {
                    added.entry(form.as_bytes().into()).or_insert(valence);
                }
            });
            for form in crate::inflection::EXCLUDED_FORMS {
                added.remove(form.as_bytes());
            }
            self.words.extend(added);
        }

        fn add_tsv(&mut self, tsv: &'static str) {
            let words = &mut self.words;
            add_tsv_entries(tsv, &mut self.phrases, |word, value| {
                words.insert(word.as_bytes().into(), value);
            });
        }

        /// The valence of a lower-cased token, with typographic apostrophes (’) read as `'`.
        pub fn get(&self, lower: &str) -> Option<f32> {
            with_ascii_apostrophes(lower, |key| self.words.get(key).copied())
        }

        /// Every single-word entry with its valence.
        pub fn entries(&self) -> impl Iterator<Item = (&[u8], f32)> + '_ {
            self.words.iter().map(|(k, v)| (&k[..], *v))
        }

        /// The multi-word entries.
        pub fn phrases(&self) -> &[(&'static str, Vec<&'static str>, f32)] {
            &self.phrases
        }
    }
}

#[cfg(test)]
mod tests {
    use super::reference::Lexicon;
    use super::*;

    #[test]
    fn lookups() {
        let lex = Lexicon::builtin(true);
        for (word, expected) in [
            ("good", Some(1.9)),
            ("plunged", Some(-1.6)),
            ("crisis", Some(-3.1)),
            ("can't", None),
            ("table", None),
        ] {
            assert_eq!(lex.get(word), expected, "{word}");
        }
        assert!(lex
            .phrases()
            .iter()
            .any(|(f, r, _)| *f == "fed" && r == &["up"]));
        assert!(Lexicon::builtin(false).get("plunged").is_none());
    }

    #[test]
    fn apostrophes_are_normalized() {
        assert!(same_word("don’t", "don't"));
        assert!(!same_word("don’t", "dont"));
        with_ascii_apostrophes("isn’t’", |k| assert_eq!(k, b"isn't'"));
        assert!(is_key("don’t", "don't"));
        assert!(is_key("don't", "don't"));
        assert!(!is_key("don’t", "dont"));
        assert!(!is_key("do", "don't"));
    }
}
