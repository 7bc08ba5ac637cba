//! One table holding everything the rules know about a word — its valence, whether it
//! intensifies, dampens, negates or marks contrast, and the phrases it starts — so that each
//! token costs one hash lookup.

use crate::lexicon::{
    add_tsv_entries, builtin_tsvs, tail_word, with_ascii_apostrophes, MultiWordEntries, SEED,
};
use crate::rules;
use crate::target_model::SIDE_PREFIXES;

/// What the rules know about one lower-cased word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordInfo {
    /// Lexicon valence (−4…+4), if the word is a lexicon entry.
    pub valence: Option<f32>,
    /// Intensifier (+) or dampener (−) increment; 0 when neither.
    pub booster: f32,
    /// A negation word.
    pub negation: bool,
    /// A valence shifter ("reduce", "prevent", "undermine").
    pub shifter: bool,
    /// A verb of decrease that reverses the word before it ("deaths dropped").
    pub shifter_after: bool,
    /// A contrast conjunction ("but", "however").
    pub contrast: bool,
    /// Row of the word in the target model's word weights ([`NO_ROW`] if none).
    pub model_row: u32,
    /// Rows of the word's side features (`<l>word`, `<ll>word`, `<r>word`, `<rr>word`).
    pub side_rows: [u32; 4],
    /// Index into [`Vocabulary::phrases`] of the first phrase this word starts, if any.
    pub phrases: Option<(u32, u32)>,
}

/// The `model_row` of words the target model does not know.
pub const NO_ROW: u32 = u32::MAX;

impl Default for WordInfo {
    fn default() -> Self {
        WordInfo {
            valence: None,
            booster: 0.0,
            negation: false,
            shifter: false,
            shifter_after: false,
            contrast: false,
            model_row: NO_ROW,
            side_rows: [NO_ROW; 4],
            phrases: None,
        }
    }
}

/// A multi-word expression: its words after the first, and its valence.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// The words after the first, lower-case, ASCII apostrophes.
    pub rest: Vec<&'static str>,
    /// The valence the phrase carries (replacing its words').
    pub valence: f32,
    /// Whether the phrase is a two-word dampener/intensifier ("kind of") rather than a valence.
    pub booster: bool,
}

/// The word table.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    words: WordTable,
    phrases: Vec<Phrase>,
}

/// Which lists go into the table.
#[derive(Debug, Clone, Copy)]
pub struct VocabularyConfig {
    /// Add the news lexicon and news idioms.
    pub news_lexicon: bool,
    /// Treat [`rules::NEUTRAL_IN_NEWS`] words as valence-free.
    pub news_neutral: bool,
    /// Add regular inflections of lexicon entries ([`crate::lexicon::Lexicon::add_inflections`]).
    pub inflections: bool,
    /// Valence shifters and negating dampeners ([`rules::SHIFTERS`]).
    pub shifters: bool,
}

impl Vocabulary {
    /// Builds the table from the built-in lexicons and rule lists.
    pub fn new(config: VocabularyConfig) -> Self {
        // Room for the lexicon, its inflections and the rule and model words.
        let mut words = WordTable::with_capacity(96 * 1024);
        let mut lexicon_phrases: MultiWordEntries = Vec::new();
        for tsv in builtin_tsvs(config.news_lexicon) {
            add_tsv_entries(tsv, &mut lexicon_phrases, |word, valence| {
                // VADER's numeric slang ("86", "143", "187") is a number in news text.
                let numeric = word.bytes().all(|b| b.is_ascii_digit());
                words.entry(word.as_bytes()).valence = (!numeric).then_some(valence);
            });
        }
        // The lexicon's entries are the table's first entries; the forms come after.
        let entry_count = words.len();
        if config.inflections {
            // The entries' keys, copied: the forms are added to the table they come from.
            let keys = words.keys.clone();
            let entries: Vec<(&str, f32)> = words
                .entries
                .iter()
                .filter_map(|e| {
                    let key = &keys[e.start as usize..(e.start + e.len) as usize];
                    Some((std::str::from_utf8(key).ok()?, e.info.valence?))
                })
                .collect();
            // As `Lexicon::add_inflections`: a form that is no entry takes the valence of
            // the first entry (in byte order) that yields it…
            crate::inflection::for_each_inflection(&entries, |form, valence| {
                words.insert_if_absent(form.as_bytes(), Some(valence));
            });
            // …unless it is an excluded form (an entry of that spelling stays).
            for form in crate::inflection::EXCLUDED_FORMS {
                if let Some(i) = words
                    .index_of(form.as_bytes())
                    .filter(|&i| i >= entry_count)
                {
                    *words.info_mut(i) = WordInfo::default();
                }
            }
        }
        if config.news_neutral {
            for word in rules::NEUTRAL_IN_NEWS {
                words.entry(word.as_bytes()).valence = None;
            }
        }
        for (word, value) in rules::BOOSTERS {
            words.entry(word.as_bytes()).booster = *value;
        }
        for word in rules::NEGATIONS {
            words.entry(word.as_bytes()).negation = true;
        }
        if config.shifters {
            for word in rules::SHIFTERS {
                words.entry(word.as_bytes()).shifter = true;
            }
            for word in rules::SHIFTERS_AFTER {
                words.entry(word.as_bytes()).shifter_after = true;
            }
            for word in rules::NEGATING_DAMPENERS {
                let info = words.entry(word.as_bytes());
                info.booster = 0.0;
                info.negation = true;
            }
        }
        for word in rules::CONTRAST_AFTER {
            words.entry(word.as_bytes()).contrast = true;
        }
        // Phrases: multi-word lexicon entries, idioms, two-word boosters; grouped by first word.
        let mut phrases: Vec<(&'static str, Phrase)> = Vec::new();
        for (first, rest, valence) in lexicon_phrases {
            phrases.push((
                first,
                Phrase {
                    rest,
                    valence,
                    booster: false,
                },
            ));
        }
        let idioms = if config.news_lexicon {
            rules::IDIOMS
        } else {
            &rules::IDIOMS[..rules::VADER_IDIOM_COUNT]
        };
        for (words_of, valence) in idioms {
            phrases.push((
                words_of[0],
                Phrase {
                    rest: words_of[1..].to_vec(),
                    valence: *valence,
                    booster: false,
                },
            ));
        }
        for (a, b, value) in rules::BOOSTER_BIGRAMS {
            phrases.push((
                a,
                Phrase {
                    rest: vec![*b],
                    valence: *value,
                    booster: true,
                },
            ));
        }
        // Longest phrases first within each first word, so the longest match wins.
        phrases.sort_by(|a, b| a.0.cmp(b.0).then(b.1.rest.len().cmp(&a.1.rest.len())));
        let mut table = Vec::with_capacity(phrases.len());
        let mut i = 0;
        while i < phrases.len() {
            let first = phrases[i].0;
            let start = table.len() as u32;
            while i < phrases.len() && phrases[i].0 == first {
                table.push(phrases[i].1.clone());
                i += 1;
            }
            words.entry(first.as_bytes()).phrases = Some((start, table.len() as u32));
        }
        Vocabulary {
            words,
            phrases: table,
        }
    }

    /// Records the row of each target-model word (keys lower-case, ASCII apostrophes), so
    /// that the one lookup per token also finds its model weights.
    pub fn attach_model_rows<'a>(&mut self, keys: impl Iterator<Item = (&'a [u8], u32)>) {
        for (key, row) in keys {
            let side = SIDE_PREFIXES
                .iter()
                .enumerate()
                .find(|(_, p)| key.starts_with(p) && key.len() > p.len());
            match side {
                Some((j, prefix)) => {
                    let word = &key[prefix.len()..];
                    self.words.entry(word).side_rows[j] = row;
                }
                None => self.words.entry(key).model_row = row,
            }
        }
    }

    /// What is known of a lower-cased token (apostrophes `’` read as `'`).
    #[inline]
    pub fn get(&self, lower: &str) -> WordInfo {
        let bytes = lower.as_bytes();
        // Most tokens are plain ASCII words without an apostrophe: one lookup as they are
        // (no `’` to normalize, no `n't` to find). Most are also at most eight bytes long,
        // tested as one number, the one their lookup starts from.
        if bytes.len() <= 8 {
            let head = head_of(bytes);
            if is_plain(head) {
                return self
                    .words
                    .get_with_head(head, bytes)
                    .copied()
                    .unwrap_or_default();
            }
        } else if bytes.iter().all(|&b| b != b'\'' && b.is_ascii()) {
            return self.words.get(bytes).copied().unwrap_or_default();
        }
        let mut info = with_ascii_apostrophes(lower, |key| {
            self.words.get(key).copied().unwrap_or_default()
        });
        if !info.negation && has_nt(lower) {
            info.negation = true;
        }
        info
    }

    /// The phrases of a [`WordInfo::phrases`] range.
    pub fn phrases(&self, range: (u32, u32)) -> &[Phrase] {
        &self.phrases[range.0 as usize..range.1 as usize]
    }
}

/// An open-addressing hash table from words to [`WordInfo`], built once and then only read:
/// the keys live in one buffer (no allocation per word), and each slot holds its entry's
/// hash tag and index, so that a lookup costs one hash of 8-byte words, usually one probe and
/// a comparison of the key's first eight bytes as one number.
#[derive(Debug, Clone)]
struct WordTable {
    /// Per slot: 0 when empty, else the hash's low 32 bits above the entry index plus one.
    slots: Vec<u64>,
    /// `64 - log2(slots.len())`: a hash's top bits pick its first slot.
    shift: u32,
    entries: Vec<Entry>,
    /// The keys' bytes, one after the other.
    keys: Vec<u8>,
}

/// One word of a [`WordTable`].
#[derive(Debug, Clone)]
struct Entry {
    /// The key's first (up to) eight bytes, zero-padded, little-endian.
    head: u64,
    /// Where the key starts in [`WordTable::keys`].
    start: u32,
    /// The key's length.
    len: u32,
    info: WordInfo,
}

/// The first (up to) eight bytes of `key` as a zero-padded little-endian number.
#[inline]
fn head_of(key: &[u8]) -> u64 {
    match key.len() {
        0 => 0,
        1..=7 => tail_word(key),
        _ => u64::from_le_bytes([
            key[0], key[1], key[2], key[3], key[4], key[5], key[6], key[7],
        ]),
    }
}

/// Whether the (up to) eight bytes of `head` are ASCII without an apostrophe: no byte has
/// its high bit, and none equals `'` (no zero byte in `head` xor eight apostrophes).
#[inline]
fn is_plain(head: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let apostrophes = head ^ (ONES * u64::from(b'\''));
    head & HIGH == 0 && apostrophes.wrapping_sub(ONES) & !apostrophes & HIGH == 0
}

/// FxHash-style mixing of the key's 8-byte words (`head` being the first).
#[inline]
fn hash_key(head: u64, key: &[u8]) -> u64 {
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(SEED);
    let mut h = mix(0, head);
    if key.len() > 8 {
        let mut chunks = key[8..].chunks_exact(8);
        for chunk in &mut chunks {
            h = mix(h, u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            h = mix(h, tail_word(rest));
        }
    }
    h
}

impl WordTable {
    /// An empty table with room for `n` words before it grows.
    fn with_capacity(n: usize) -> Self {
        let size = (2 * n).next_power_of_two().max(16);
        WordTable {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            entries: Vec::with_capacity(n),
            keys: Vec::with_capacity(8 * n),
        }
    }

    /// Number of words.
    fn len(&self) -> usize {
        self.entries.len()
    }

    /// The slot holding `key`, or the empty slot where it would go: `(slot, entry index)`.
    #[inline]
    fn find(&self, key: &[u8]) -> (usize, Option<usize>) {
        self.find_hashed(head_of(key), key).0
    }

    /// [`WordTable::find`] with the key's [`head_of`] computed.
    #[inline(always)]
    fn find_with_head(&self, head: u64, key: &[u8]) -> (usize, Option<usize>) {
        self.find_hashed(head, key).0
    }

    /// [`WordTable::find_with_head`], also returning the key's hash.
    #[inline(always)]
    fn find_hashed(&self, head: u64, key: &[u8]) -> ((usize, Option<usize>), u64) {
        let h = hash_key(head, key);
        let tag = h & 0xffff_ffff;
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return ((i, None), h);
            }
            if slot >> 32 == tag {
                let index = (slot & 0xffff_ffff) as usize - 1;
                let e = &self.entries[index];
                if e.head == head
                    && e.len as usize == key.len()
                    && (key.len() <= 8
                        || self.keys[e.start as usize + 8..e.start as usize + key.len()]
                            == key[8..])
                {
                    return ((i, Some(index)), h);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// What is recorded for `key`.
    #[inline]
    fn get(&self, key: &[u8]) -> Option<&WordInfo> {
        self.find(key).1.map(|i| &self.entries[i].info)
    }

    /// [`WordTable::get`] with the key's [`head_of`] computed.
    #[inline]
    fn get_with_head(&self, head: u64, key: &[u8]) -> Option<&WordInfo> {
        self.find_with_head(head, key)
            .1
            .map(|i| &self.entries[i].info)
    }

    /// The index of `key`'s entry.
    fn index_of(&self, key: &[u8]) -> Option<usize> {
        self.find(key).1
    }

    /// What is recorded for entry `i`, to change.
    fn info_mut(&mut self, i: usize) -> &mut WordInfo {
        &mut self.entries[i].info
    }

    /// What is recorded for `key`, added as [`WordInfo::default`] if absent.
    fn entry(&mut self, key: &[u8]) -> &mut WordInfo {
        let head = head_of(key);
        let index = match self.find_hashed(head, key) {
            ((_, Some(index)), _) => index,
            ((slot, None), h) => self.insert_at(slot, h, head, key, WordInfo::default()),
        };
        &mut self.entries[index].info
    }

    /// Adds `key` with `valence` unless it is present.
    fn insert_if_absent(&mut self, key: &[u8], valence: Option<f32>) {
        let head = head_of(key);
        if let ((slot, None), h) = self.find_hashed(head, key) {
            let info = WordInfo {
                valence,
                ..WordInfo::default()
            };
            self.insert_at(slot, h, head, key, info);
        }
    }

    /// Adds `key` (hash `h`, head `head`) at the empty `slot` found for it; returns its
    /// entry index.
    fn insert_at(&mut self, slot: usize, h: u64, head: u64, key: &[u8], info: WordInfo) -> usize {
        let index = self.entries.len();
        self.slots[slot] = (h << 32) | (index as u64 + 1);
        self.entries.push(Entry {
            head,
            start: self.keys.len() as u32,
            len: key.len() as u32,
            info,
        });
        self.keys.extend_from_slice(key);
        if 2 * self.entries.len() > self.slots.len() {
            self.grow();
        }
        index
    }

    /// Doubles the slots and places every entry again.
    fn grow(&mut self) {
        let size = 2 * self.slots.len();
        self.slots = vec![0; size];
        self.shift = 64 - size.trailing_zeros();
        let mask = size - 1;
        for (index, e) in self.entries.iter().enumerate() {
            let key = &self.keys[e.start as usize..(e.start + e.len) as usize];
            let h = hash_key(e.head, key);
            let mut i = (h >> self.shift) as usize;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = (h << 32) | (index as u64 + 1);
        }
    }
}

/// Whether a word holds the negating clitic `n't` (or `n’t`).
fn has_nt(lower: &str) -> bool {
    let b = lower.as_bytes();
    b.windows(3).any(|w| w == b"n't") || b.windows(5).any(|w| w == "n’t".as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        Vocabulary::new(VocabularyConfig {
            news_lexicon: true,
            news_neutral: true,
            inflections: true,
            shifters: true,
        })
    }

    #[test]
    fn same_valences_as_the_lexicon() {
        // `Lexicon` with its inflections is the reference the table is built like.
        for news in [false, true] {
            let v = Vocabulary::new(VocabularyConfig {
                news_lexicon: news,
                news_neutral: false,
                inflections: true,
                shifters: false,
            });
            let mut lexicon = crate::lexicon::Lexicon::builtin(news);
            lexicon.add_inflections();
            let mut valenced = 0;
            for (word, valence) in lexicon.entries() {
                let numeric = word.iter().all(u8::is_ascii_digit);
                let expected = (!numeric).then_some(valence);
                valenced += usize::from(!numeric);
                assert_eq!(v.words.get(word).and_then(|i| i.valence), expected);
            }
            let in_table = v.words.entries.iter().filter(|e| e.info.valence.is_some());
            assert_eq!(in_table.count(), valenced);
        }
    }

    #[test]
    fn plain_heads() {
        for (word, plain) in [
            ("", true),
            ("a", true),
            ("abcdefgh", true),
            ("don't", false),
            ("'", false),
            ("caf\u{e9}", false),
            ("’", false),
        ] {
            assert_eq!(is_plain(head_of(word.as_bytes())), plain, "{word}");
        }
    }

    #[test]
    fn word_info() {
        let v = vocab();
        assert_eq!(v.get("good").valence, Some(1.9));
        assert!(v.get("very").booster > 0.0);
        assert!(v.get("slightly").booster < 0.0);
        assert!(v.get("not").negation);
        assert!(v.get("wouldn’t").negation);
        assert!(v.get("but").contrast);
        assert_eq!(v.get("party").valence, None);
        let kind = v.get("kind").phrases.expect("kind of");
        assert!(v
            .phrases(kind)
            .iter()
            .any(|p| p.booster && p.rest == ["of"]));
    }
}
