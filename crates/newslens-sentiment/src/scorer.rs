//! The VADER rules over the items of one sentence: lexicon valence, "no", ALL CAPS
//! emphasis, intensifiers and dampeners up to three words back, negation (within the
//! clause), "least", idioms and multi-word entries, and the contrast of "but"; then the
//! emphasis of exclamation and question marks.

use crate::items::Item;
use crate::rules::{self, CAPS_BOOST, EXCLAMATION_BOOST, NEGATION_SCALAR, QUESTION_BOOST};
use crate::vocabulary::{Vocabulary, WordInfo};
use newslens_core::Document;

/// Knobs of the rules (all have VADER's behaviour as one setting).
#[derive(Debug, Clone, Copy)]
pub struct RuleConfig {
    /// Negation and intensifiers act only within their clause (not across commas, dashes,
    /// quotation marks); VADER ignores punctuation.
    pub clause_scope: bool,
    /// Weight of the text before a contrast word (VADER 0.5).
    pub before_contrast: f32,
    /// Weight of the text after a contrast word (VADER 1.5; 1.0 scores better on every
    /// development set, the review sets it was chosen on and the held-out ones).
    pub after_contrast: f32,
    /// Valence of a negation with no sentiment word in its scope ("it does not work"); 0 is
    /// VADER, where a negation only flips the valence of a word after it.
    pub bare_negation: f32,
    /// Valence of "too" before a word without valence ("too small", "too late"); 0 is VADER.
    pub excess: f32,
}

impl Default for RuleConfig {
    fn default() -> Self {
        RuleConfig {
            clause_scope: true,
            before_contrast: 0.5,
            after_contrast: 1.0,
            bare_negation: -0.9,
            excess: -1.0,
        }
    }
}

/// A manner adverb ("sadly", "bravely"): it tells how the shifting happened ("ended
/// sadly", "fought bravely"), so a shifter does not reverse it.
fn is_manner_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// The score of one sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SentenceValence {
    /// Sum of item valences plus punctuation emphasis (VADER's `sum_s`).
    pub sum: f32,
    /// Punctuation emphasis magnitude added to `sum` in its direction.
    pub emphasis: f32,
    /// Number of items.
    pub items: u32,
    /// Number of items with a valence.
    pub sentiment_items: u32,
    /// Whether the first item is a contrast word ("But", "However"), as looked up.
    pub opens_with_contrast: bool,
    /// Number of items given the implicit negativity of a bare negation or "too".
    pub implicit_negativity: u32,
}

/// Scores the items of one sentence in place (`items` is the sentence's slice), reusing
/// `infos` as scratch space, and returns the sentence's valence.
pub fn score_sentence(
    doc: &Document,
    vocab: &Vocabulary,
    config: &RuleConfig,
    sentence_text: &str,
    items: &mut [Item],
    infos: &mut Vec<WordInfo>,
) -> SentenceValence {
    let lower = doc.lower_text();
    let text = doc.text();
    let word = |it: &Item| &lower[it.span.range()];
    infos.clear();
    infos.extend(items.iter().map(|it| vocab.get(word(it))));
    let opens_with_contrast = infos.first().is_some_and(|info| info.contrast);
    let mut degree_words = false;
    for (item, info) in items.iter_mut().zip(infos.iter_mut()) {
        item.model_row = info.model_row;
        item.side_rows = info.side_rows;
        if info.valence.is_some() {
            degree_words |= info.booster != 0.0;
        }
    }
    let n = items.len();

    // Multi-word entries and idioms: the phrase's valence goes to its first word, the other
    // words fall silent; a two-word dampener ("kind of") becomes a booster on its last word.
    let mut i = 0;
    while i < n {
        if let Some(range) = infos[i].phrases {
            let matched = vocab.phrases(range).iter().find(|p| {
                i + p.rest.len() < n
                    && p.rest
                        .iter()
                        .enumerate()
                        .all(|(k, w)| crate::lexicon::is_key(word(&items[i + 1 + k]), w))
            });
            if let Some(p) = matched {
                let len = p.rest.len();
                if p.booster {
                    for info in &mut infos[i..=i + len] {
                        *info = WordInfo::default();
                    }
                    infos[i + len].booster = p.valence;
                } else {
                    infos[i] = WordInfo {
                        valence: Some(p.valence),
                        ..WordInfo::default()
                    };
                    for info in &mut infos[i + 1..=i + len] {
                        *info = WordInfo::default();
                    }
                }
                i += len + 1;
                continue;
            }
        }
        i += 1;
    }

    // A degree word that is also a lexicon word ("pretty", "severely") intensifies the word
    // after it when that word carries valence ("pretty good", "severely injured"), and
    // otherwise keeps its own valence ("pretty horses", "punished severely").
    if degree_words {
        for i in 0..n {
            if infos[i].booster != 0.0 && infos[i].valence.is_some() {
                if i + 1 < n && infos[i + 1].valence.is_some() && infos[i + 1].booster == 0.0 {
                    infos[i].valence = None;
                } else {
                    infos[i].booster = 0.0;
                }
            }
        }
    }

    // Whether some but not all items are in capitals: counted when a valence word first
    // needs it (many sentences have none).
    let mut caps_differ: Option<bool> = None;

    let mut sentiment_items = 0;
    let mut shifted_by: Vec<usize> = Vec::new();
    for i in 0..n {
        let info = infos[i];
        let Some(base) = info.valence else {
            items[i].valence = 0.0;
            continue;
        };
        if info.booster != 0.0 {
            // VADER: an intensifier that is also a lexicon word ("major") acts as intensifier.
            items[i].valence = 0.0;
            continue;
        }
        let mut valence = base;
        let w = word(&items[i]);
        if w == "like"
            && !(i > 0
                && rules::LIKE_VERB_CONTEXT
                    .iter()
                    .any(|c| crate::lexicon::is_key(word(&items[i - 1]), c)))
        {
            items[i].valence = 0.0;
            continue;
        }
        // "no" before a lexicon word negates it rather than counting itself.
        if w == "no" && i + 1 < n && infos[i + 1].valence.is_some() {
            valence = 0.0;
        }
        // Emoticons (":(", ":P") are not shifted by words before them (negation still applies).
        let emoticon = !w.as_bytes()[0].is_ascii_alphanumeric();
        let same_clause = |k: usize| same_clause_as(items, i - k - 1, i, config);
        let prev_word = |k: usize| {
            if i > k && same_clause(k) {
                Some(word(&items[i - k - 1]))
            } else {
                None
            }
        };
        if prev_word(0) == Some("no")
            || prev_word(1) == Some("no")
            || (prev_word(2) == Some("no") && matches!(prev_word(0), Some("or" | "nor")))
        {
            valence = base * NEGATION_SCALAR;
        }
        let cap_differential = *caps_differ.get_or_insert_with(|| cap_differential(text, items));
        if cap_differential && is_all_caps(&text[items[i].span.range()]) {
            valence += if valence > 0.0 {
                CAPS_BOOST
            } else {
                -CAPS_BOOST
            };
        }
        for k in 0..3 {
            if i <= k {
                break;
            }
            let j = i - k - 1;
            if !same_clause_as(items, j, i, config) {
                break;
            }
            let prev = infos[j];
            if prev.valence.is_none() && prev.booster != 0.0 {
                let sign = if valence < 0.0 { -1.0 } else { 1.0 };
                let mut s = prev.booster * sign;
                if cap_differential && is_all_caps(&text[items[j].span.range()]) {
                    s += CAPS_BOOST * if valence > 0.0 { 1.0 } else { -1.0 };
                }
                s *= [1.0, 0.95, 0.9][k];
                valence += s;
            }
            if (prev.shifter || prev.lifter && info.restriction)
                && !prev.negation
                && valence != 0.0
                && !emoticon
                && !rules::EXPLETIVES.contains(&w)
                && !is_manner_adverb(w)
            {
                valence *= NEGATION_SCALAR;
                shifted_by.push(j);
            }
            if prev.negation {
                let p1 = word(&items[i - 1]);
                let exception = match k {
                    1 => {
                        (word(&items[j]) == "never" && matches!(p1, "so" | "this"))
                            || (word(&items[j]) == "without" && p1 == "doubt")
                    }
                    2 => {
                        let p2 = word(&items[i - 2]);
                        (word(&items[j]) == "never"
                            && (matches!(p2, "so" | "this") || matches!(p1, "so" | "this")))
                            || (word(&items[j]) == "without" && (p2 == "doubt" || p1 == "doubt"))
                    }
                    _ => false,
                };
                if exception {
                    if word(&items[j]) == "never" {
                        valence *= 1.25;
                    }
                } else {
                    valence *= NEGATION_SCALAR;
                }
            }
        }
        // A verb of decrease after the word ("deaths dropped", "deaths have dropped").
        if valence != 0.0 && !emoticon {
            for k in 1..=2 {
                let j = i + k;
                if j >= n || !same_clause_as(items, i, j, config) {
                    break;
                }
                if infos[j].shifter_after {
                    valence *= NEGATION_SCALAR;
                    shifted_by.push(j);
                    break;
                }
                if infos[j].valence.is_some() || infos[j].negation {
                    break;
                }
            }
        }
        // "less than spectacular", "far from perfect", "anything but easy": negated.
        if i > 1 && same_clause(0) && same_clause(1) {
            let pair = (word(&items[i - 2]), word(&items[i - 1]));
            if matches!(
                pair,
                ("less", "than") | ("far", "from") | ("anything", "but")
            ) {
                valence *= NEGATION_SCALAR;
            }
        }
        // "least": negates unless "at least" / "very least".
        if i > 0 && word(&items[i - 1]) == "least" {
            let before = if i > 1 { word(&items[i - 2]) } else { "" };
            if before != "at" && before != "very" {
                valence *= NEGATION_SCALAR;
            }
        }
        items[i].valence = valence;
        if valence != 0.0 {
            sentiment_items += 1;
        }
    }

    // A shifter that acted on a word carries no valence of its own.
    for &j in &shifted_by {
        if infos[j].valence.is_some() {
            if items[j].valence != 0.0 {
                sentiment_items -= 1;
            }
            items[j].valence = 0.0;
        }
    }

    // Implicit negativity (Potts 2011, "On the negativity of negation"): a negation that
    // flipped no sentiment word ("it does not work", "never paid") and "too" before a word
    // of no valence ("too small", "too late") voice a negative judgement of their own.
    let mut implicit_negativity = 0;
    if config.bare_negation != 0.0 || config.excess != 0.0 {
        for i in 0..n {
            let info = &infos[i];
            let maybe_too = items[i].span.len() == 3;
            if !(info.negation || maybe_too) || info.valence.is_some() || items[i].valence != 0.0 {
                continue;
            }
            let w = word(&items[i]);
            let next =
                (i + 1 < n && same_clause_as(items, i, i + 1, config)).then(|| word(&items[i + 1]));
            let value = if info.negation {
                let judgement = !rules::NEGATIONS_WITHOUT_JUDGEMENT.contains(&w)
                    && !next.is_some_and(|x| rules::AFTER_NEGATION_WITHOUT_JUDGEMENT.contains(&x));
                if judgement && !scope_has_valence(items, i, 3, config) {
                    config.bare_negation
                } else {
                    0.0
                }
            } else if w == "too"
                && next.is_some_and(|x| x.as_bytes()[0].is_ascii_alphabetic())
                && !scope_has_valence(items, i, 1, config)
            {
                config.excess
            } else {
                0.0
            };
            if value != 0.0 {
                items[i].valence = value;
                sentiment_items += 1;
                implicit_negativity += 1;
            }
        }
    }

    // Contrast: the first "but" (or "however", "yet") halves what precedes it and
    // strengthens what follows.
    if let Some(c) = infos.iter().position(|info| info.contrast) {
        for it in &mut items[..c] {
            it.valence *= config.before_contrast;
        }
        for it in &mut items[c + 1..] {
            it.valence *= config.after_contrast;
        }
    }

    let mut sum: f32 = items.iter().map(|it| it.valence).sum();
    let emphasis = punctuation_emphasis(sentence_text);
    if sum != 0.0 {
        sum += emphasis.copysign(sum);
    }
    SentenceValence {
        sum,
        emphasis,
        items: n as u32,
        sentiment_items,
        opens_with_contrast,
        implicit_negativity,
    }
}

/// Whether items `i` and `j` are in one clause (always, without clause scope).
fn same_clause_as(items: &[Item], i: usize, j: usize, config: &RuleConfig) -> bool {
    !config.clause_scope || items[i].clause == items[j].clause
}

/// Whether one of the `len` items after item `i`, within its clause, has a valence.
fn scope_has_valence(items: &[Item], i: usize, len: usize, config: &RuleConfig) -> bool {
    (i + 1..items.len().min(i + 1 + len))
        .take_while(|&j| same_clause_as(items, i, j, config))
        .any(|j| items[j].valence != 0.0)
}

/// VADER's emphasis of exclamation marks (0.292 each, at most 4) and of question marks
/// (0.18 each for 2 or 3, 0.96 for more).
pub fn punctuation_emphasis(text: &str) -> f32 {
    // The marks are rare: a vectorized search for either, counting what it finds.
    let (mut exclamations, mut questions) = (0usize, 0usize);
    let bytes = text.as_bytes();
    for i in memchr::memchr2_iter(b'!', b'?', bytes) {
        if bytes[i] == b'!' {
            exclamations += 1;
        } else {
            questions += 1;
        }
    }
    let exclamations = exclamations.min(4);
    let question_boost = match questions {
        0 | 1 => 0.0,
        2 | 3 => questions as f32 * QUESTION_BOOST,
        _ => 0.96,
    };
    exclamations as f32 * EXCLAMATION_BOOST + question_boost
}

/// VADER's cap differential: some but not all items of the sentence are in capitals.
fn cap_differential(text: &str, items: &[Item]) -> bool {
    let caps_count = items
        .iter()
        .filter(|it| is_all_caps(&text[it.span.range()]))
        .count();
    caps_count > 0 && caps_count < items.len()
}

/// Whether a word is in capitals: it has a cased letter and no lower-case one.
#[inline]
pub fn is_all_caps(word: &str) -> bool {
    // ASCII fast path: stops at the first lower-case letter (most words' first byte).
    let mut upper = false;
    for &b in word.as_bytes() {
        if b >= 0x80 {
            return is_all_caps_unicode(word);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        upper |= b.is_ascii_uppercase();
    }
    upper
}

/// [`is_all_caps`] for words with non-ASCII letters.
fn is_all_caps_unicode(word: &str) -> bool {
    let mut upper = false;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper |= c.is_uppercase();
    }
    upper
}
