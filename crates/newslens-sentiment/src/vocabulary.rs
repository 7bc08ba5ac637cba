//! One table holding everything the rules know about a word — its valence, whether it
//! intensifies, dampens, negates or marks contrast, and the phrases it starts — so that each
//! token costs one hash lookup.

use crate::lexicon::{add_tsv_entries, builtin_tsvs, with_ascii_apostrophes, MultiWordEntries};
use crate::rules;
use crate::target_model::SIDE_PREFIXES;
use newslens_core::word_table::{head_of, WordTable};

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
    /// A verb that reverses a restriction after it ("lifted sanctions").
    pub lifter: bool,
    /// A restriction ("sanctions", "ban"), which a lifter reverses.
    pub restriction: bool,
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
            lifter: false,
            restriction: false,
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
    words: WordTable<WordInfo>,
    phrases: Vec<Phrase>,
}

/// Which lists go into the table.
#[derive(Debug, Clone, Copy)]
pub struct VocabularyConfig {
    /// Add the news lexicon and news idioms.
    pub news_lexicon: bool,
    /// Treat [`rules::NEUTRAL_IN_NEWS`] words as valence-free.
    pub news_neutral: bool,
    /// Add regular inflections of lexicon entries ([`crate::inflection`]).
    pub inflections: bool,
    /// Valence shifters and negating dampeners ([`rules::SHIFTERS`]).
    pub shifters: bool,
}

impl Vocabulary {
    /// Builds the table from the built-in lexicons and rule lists.
    pub fn new(config: VocabularyConfig) -> Self {
        // Room for the lexicon, its inflections and the rule and model words.
        let mut words = WordTable::<WordInfo>::with_capacity(96 * 1024);
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
            // The valenced entries' keys, copied into one buffer: the forms are added to the
            // table they come from.
            let mut keys = Vec::new();
            let mut valenced = Vec::new();
            for (key, info) in words.iter() {
                if let Some(valence) = info.valence {
                    valenced.push((keys.len(), keys.len() + key.len(), valence));
                    keys.extend_from_slice(key);
                }
            }
            let entries: Vec<(&str, f32)> = valenced
                .iter()
                .filter_map(|&(start, end, valence)| {
                    Some((std::str::from_utf8(&keys[start..end]).ok()?, valence))
                })
                .collect();
            // A form that is no entry takes the valence of
            // the first entry (in byte order) that yields it…
            crate::inflection::for_each_inflection(&entries, |form, valence| {
                words.insert_with(form.as_bytes(), || WordInfo {
                    valence: Some(valence),
                    ..WordInfo::default()
                });
            });
            // …unless it is an excluded form (an entry of that spelling stays).
            for form in crate::inflection::EXCLUDED_FORMS {
                if let Some(i) = words
                    .index_of(form.as_bytes())
                    .filter(|&i| i >= entry_count)
                {
                    *words.value_mut(i) = WordInfo::default();
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
            for word in rules::LIFTERS {
                words.entry(word.as_bytes()).lifter = true;
            }
            for word in rules::RESTRICTIONS {
                words.entry(word.as_bytes()).restriction = true;
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

    /// Every word of the table that carries a valence, with it (lexicon entries and
    /// their inflected forms), in no particular order.
    pub fn valences(&self) -> impl Iterator<Item = (&[u8], f32)> + '_ {
        self.words
            .iter()
            .filter_map(|(word, info)| Some((word, info.valence?)))
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

/// Whether the (up to) eight bytes of `head` are ASCII without an apostrophe: no byte has
/// its high bit, and none equals `'` (no zero byte in `head` xor eight apostrophes).
#[inline]
fn is_plain(head: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let apostrophes = head ^ (ONES * u64::from(b'\''));
    head & HIGH == 0 && apostrophes.wrapping_sub(ONES) & !apostrophes & HIGH == 0
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
        // The plain reference model of the table (`lexicon::reference::Lexicon`, maps
        // and nothing clever) must give every word the same valence.
        for news in [false, true] {
            let v = Vocabulary::new(VocabularyConfig {
                news_lexicon: news,
                news_neutral: false,
                inflections: true,
                shifters: false,
            });
            let mut lexicon = crate::lexicon::reference::Lexicon::builtin(news);
            lexicon.add_inflections();
            let mut valenced = 0;
            for (word, valence) in lexicon.entries() {
                let numeric = word.iter().all(u8::is_ascii_digit);
                let expected = (!numeric).then_some(valence);
                valenced += usize::from(!numeric);
                assert_eq!(v.words.get(word).and_then(|i| i.valence), expected);
            }
            let in_table = v.words.iter().filter(|(_, info)| info.valence.is_some());
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
