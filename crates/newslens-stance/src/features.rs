//! The features of a (claim, text) pair, for both stages of the model.
//!
//! Every feature is a number a reader can interpret (a cosine, a share of the claim found,
//! a count of refuting words near a mention of the claim…). Each is computed twice, gated by
//! the kind of text: one copy is non-zero for articles, the other for short texts (a headline,
//! a single sentence, a speaker's quotes), so the model learns separate weights for both.

use crate::profile::{ClaimProfile, FlagCounts, TextProfile};
use crate::terms::{flag, fnv1a, pair_hash};
use crate::termtable::TermTable;

/// Sentences at the start of an article that count as its opening.
pub const LEAD_SEGMENTS: usize = 3;
/// Best-matching sentences that form the claim's "zone" (and the evidence).
pub const ZONE_SEGMENTS: usize = 3;
/// Words on each side of a claim-term mention searched for negation, doubt and polarity.
pub const MENTION_WINDOW: usize = 6;
/// A text with at most this many words and two segments counts as short.
pub const SHORT_WORDS: usize = 60;

/// Names of the relatedness (stage 1) base features, before gating.
pub const RELATED_BASE: &[&str] = &[
    "cos_body",
    "sqrt_cos_body",
    "cos_lead",
    "max_sentence_cos",
    "second_sentence_cos",
    "coverage",
    "coverage_lead",
    "coverage_best_sentence",
    "overlap",
    "bigram_coverage",
    "log_claim_terms",
    "log_text_words",
    "mentions_per_100_words",
    "log_shared_terms",
    "max_shared_weight",
    "prefix_coverage",
];

/// Names of the stance (stage 2) base features, before gating.
pub const STANCE_BASE: &[&str] = &[
    "cos_body",
    "cos_lead",
    "max_sentence_cos",
    "coverage",
    "bigram_coverage",
    "log_text_words",
    "body_refute",
    "body_hedge",
    "body_doubt",
    "body_affirm",
    "body_negation",
    "body_report",
    "body_questions",
    "body_quotes",
    "zone_refute",
    "zone_hedge",
    "zone_doubt",
    "zone_affirm",
    "zone_negation",
    "zone_report",
    "zone_questions",
    "zone_quotes",
    "lead_refute",
    "lead_hedge",
    "lead_doubt",
    "lead_affirm",
    "lead_negation",
    "near_negation",
    "near_refute",
    "near_hedge",
    "near_doubt",
    "near_positive",
    "near_negative",
    "body_polarity",
    "zone_polarity",
    "claim_polarity",
    "claim_x_zone_polarity",
    "claim_x_body_polarity",
    "claim_refute",
    "claim_hedge",
    "claim_doubt",
    "claim_negation",
    "claim_question",
    "claim_affirm",
    "claim_refute_x_zone_refute",
    "claim_refute_x_body_refute",
    "claim_negation_x_zone_negation",
    "claim_hedge_x_zone_hedge",
    "text_in_claim",
    "zone_colons",
    "prefix_coverage",
    "colon_attribution",
    "opening_hedge",
    "closing_report",
    "opening_questions",
];

/// The full (gated) feature names of a base list: `long:<name>`, `short:<name>`, `short`.
pub fn gated_names(base: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = base.iter().map(|n| format!("long:{n}")).collect();
    names.extend(base.iter().map(|n| format!("short:{n}")));
    names.push("short".to_string());
    names
}

/// Stems whose presence in a short text is a stage-2 feature of its own
/// (`short:word:<stem>`): the words of headlines and sentences that carry stance. A stem
/// may also be the first [`crate::profile::PREFIX_LEN`] bytes of longer stems (a word
/// family), matched against [`crate::profile::TextProfile::prefixes`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    stems: Vec<String>,
    index: TermTable<u32>,
}

impl Vocabulary {
    /// A vocabulary of `stems`, in feature order.
    pub fn new(stems: Vec<String>) -> Self {
        let index = stems
            .iter()
            .enumerate()
            .map(|(i, s)| (fnv1a(s.as_bytes()), i as u32))
            .collect();
        Vocabulary { stems, index }
    }
    /// The stems, in feature order.
    pub fn stems(&self) -> &[String] {
        &self.stems
    }
    /// Number of stems.
    pub fn len(&self) -> usize {
        self.stems.len()
    }
    /// Whether it has no stems.
    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }
    /// The feature index of stem hash `term`.
    pub fn get(&self, term: u64) -> Option<usize> {
        self.index.get(term).map(|i| i as usize)
    }
}

/// The vocabulary stems a text has, looked up once per text and kept for every claim it is
/// compared with (only the claim's own words are then left out): empty unless the text is
/// short (see [`is_short`]), as the word features are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VocabularyHits {
    /// `(stem hash, feature index)` of the text's words in the vocabulary, distinct.
    words: Vec<(u64, u32)>,
    /// `(prefix hash, feature index)` of the text's word families in the vocabulary.
    prefixes: Vec<(u64, u32)>,
}

impl VocabularyHits {
    /// Looks up the words and word families of `text` in `vocabulary`.
    pub fn of(text: &TextProfile, vocabulary: &Vocabulary) -> Self {
        if !is_short(text) {
            return VocabularyHits::default();
        }
        let mut words: Vec<(u64, u32)> = text
            .words
            .iter()
            .filter_map(|w| Some((w.term, vocabulary.get(w.term)? as u32)))
            .collect();
        words.sort_unstable();
        words.dedup();
        // Word families: a stem's first PREFIX_LEN bytes (`debunk` for "debunked" and
        // "debunker", `fabric` for "fabricated" and "fabrication").
        let mut prefixes: Vec<(u64, u32)> = text
            .prefixes
            .iter()
            .filter_map(|&h| Some((h, vocabulary.get(h)? as u32)))
            .collect();
        // (a text's prefixes come in text order, repeats included)
        prefixes.sort_unstable();
        prefixes.dedup();
        VocabularyHits { words, prefixes }
    }
}

/// Whether `text` counts as short (at most [`SHORT_WORDS`] words in at most two segments):
/// a headline, a sentence, a speaker's quotes.
pub fn is_short(text: &TextProfile) -> bool {
    text.words.len() <= SHORT_WORDS && text.segments.len() <= 2
}

/// All stage-2 feature names: the gated base features, then one per vocabulary stem.
pub fn stance_names(vocabulary: &Vocabulary) -> Vec<String> {
    let mut names = gated_names(STANCE_BASE);
    names.extend(vocabulary.stems.iter().map(|s| format!("short:word:{s}")));
    names
}

/// The features of one pair, and what they point at.
#[derive(Debug, Clone, PartialEq)]
pub struct PairFeatures {
    /// Gated stage-1 features (see [`RELATED_BASE`]).
    pub related: Vec<f32>,
    /// Gated stage-2 features (see [`STANCE_BASE`]).
    pub stance: Vec<f32>,
    /// Stage-2 word features present (indices into the [`Vocabulary`]), sorted; each
    /// stands for a 1 after the gated features (see [`PairFeatures::stance_row`]).
    pub words: Vec<u32>,
    /// Segments that best match the claim, best first (at most [`ZONE_SEGMENTS`]).
    pub zone: Vec<usize>,
}

impl PairFeatures {
    /// Whether the text counts as short (the gated rows' last feature, `short`, is 1).
    pub fn is_short(&self) -> bool {
        self.stance.last().is_some_and(|v| *v > 0.0)
    }

    /// The entries of a gated row of `len` features that can be non-zero: the long half for
    /// an article, the short half and the `short` indicator for a short text.
    pub fn active(len: usize, short: bool) -> std::ops::Range<usize> {
        let half = len / 2;
        if short {
            half..len
        } else {
            0..half
        }
    }

    /// The full stage-2 row: gated features, then 0/1 per vocabulary stem.
    pub fn stance_row(&self, vocabulary: &Vocabulary) -> Vec<f32> {
        let mut row = self.stance.clone();
        let at = row.len();
        row.resize(at + vocabulary.len(), 0.0);
        for &i in &self.words {
            row[at + i as usize] = 1.0;
        }
        row
    }
}

fn gate(base: &[f32], short: bool) -> Vec<f32> {
    let mut v = vec![0.0; base.len() * 2 + 1];
    let offset = if short { base.len() } else { 0 };
    v[offset..offset + base.len()].copy_from_slice(base);
    v[base.len() * 2] = f32::from(u8::from(short));
    v
}

/// `ln(1 + x)`, without the library call when `x` is 0 (most counts): `ln_1p(±0) = ±0`.
fn log1p(x: f32) -> f32 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

fn rate(count: f32, words: f32) -> f32 {
    log1p(100.0 * count / words.max(1.0))
}

/// Computes the features of `claim` against `text`. Linear in the text's length.
pub fn extract(claim: &ClaimProfile, text: &TextProfile, vocabulary: &Vocabulary) -> PairFeatures {
    extract_with(claim, text, &VocabularyHits::of(text, vocabulary))
}

/// As [`extract`], with the text's vocabulary stems already looked up (`hits`), for a text
/// compared with several claims.
pub fn extract_with(
    claim: &ClaimProfile,
    text: &TextProfile,
    hits: &VocabularyHits,
) -> PairFeatures {
    extract_if(claim, text, hits, |_| true).expect("every pair is kept")
}

/// As [`extract_with`], if `keep` accepts the pair's gated stage-1 features; `None` (without
/// computing the stage-2 features) if not: for pairs whose stance matters only when they are
/// related.
pub fn extract_if(
    claim: &ClaimProfile,
    text: &TextProfile,
    hits: &VocabularyHits,
    keep: impl FnOnce(&[f32]) -> bool,
) -> Option<PairFeatures> {
    let cterms = &claim.text.terms;
    let cnorm = claim.text.norm.max(1e-6);
    let n_words = text.words.len() as f32;
    let short = is_short(text);

    // Claim terms against the whole text.
    let mut dot = 0.0f32;
    let mut mass = 0.0f32;
    let mut found_mass = 0.0f32;
    let mut found = 0usize;
    let mut max_shared = 0.0f32;
    for &(t, w) in cterms {
        let tw = text.weight(t);
        dot += w * tw;
        mass += w;
        if tw > 0.0 {
            found_mass += w;
            found += 1;
            max_shared = max_shared.max(w);
        }
    }
    // Loose match of word families, for short texts (both sides have prefixes).
    let cprefixes = &claim.prefixes;
    let prefix_coverage = if cprefixes.is_empty() || text.prefixes.is_empty() {
        0.0
    } else {
        let mut found = vec![false; cprefixes.len()];
        for &p in &text.prefixes {
            if let Some(k) = claim.prefix_index(p) {
                found[k] = true;
            }
        }
        found.iter().filter(|f| **f).count() as f32 / cprefixes.len() as f32
    };
    let cos_body = if text.norm > 0.0 {
        dot / (cnorm * text.norm)
    } else {
        0.0
    };
    let coverage = if mass > 0.0 { found_mass / mass } else { 0.0 };
    let overlap = if cterms.is_empty() {
        0.0
    } else {
        found as f32 / cterms.len() as f32
    };

    // One pass over the words: per-segment dot products, mentions, claim terms in the lead,
    // the claim's bigrams found (two consecutive content words of a segment, both the
    // claim's: the text's bigrams need not be collected, sorted and searched).
    let mut seg_dot = vec![0.0f32; text.segments.len()];
    let mut mentions: Vec<usize> = Vec::with_capacity(text.words.len());
    let mut lead_found = vec![false; cterms.len()];
    let cbigrams = &claim.bigrams;
    let mut bigram_found = vec![false; cbigrams.len()];
    // The previous content word: its segment, its term and whether the claim has it.
    let mut prev = (u32::MAX, 0u64, false);
    for (i, w) in text.words.iter().enumerate() {
        if w.term == 0 {
            continue;
        }
        let k = claim.text.term_index(w.term);
        if k.is_some() && prev.2 && prev.0 == w.segment {
            if let Ok(b) = cbigrams.binary_search(&pair_hash(prev.1, w.term)) {
                bigram_found[b] = true;
            }
        }
        prev = (w.segment, w.term, k.is_some());
        if let Some(k) = k {
            seg_dot[w.segment as usize] += w.idf * cterms[k].1;
            mentions.push(i);
            if (w.segment as usize) < LEAD_SEGMENTS {
                lead_found[k] = true;
            }
        }
    }
    let bigram_coverage = if cbigrams.is_empty() {
        0.0
    } else {
        bigram_found.iter().filter(|f| **f).count() as f32 / cbigrams.len() as f32
    };
    let seg_cos = |s: usize| {
        let n = text.segments[s].norm2.sqrt();
        if n > 0.0 {
            seg_dot[s] / (n * cnorm)
        } else {
            0.0
        }
    };
    // Best segments by cosine (a partial selection, no full sort).
    let mut zone: Vec<(f32, usize)> = Vec::with_capacity(ZONE_SEGMENTS + 1);
    for (s, &d) in seg_dot.iter().enumerate() {
        if d <= 0.0 {
            continue;
        }
        let c = seg_cos(s);
        if zone.len() < ZONE_SEGMENTS || c > zone[zone.len() - 1].0 {
            let at = zone.partition_point(|&(z, _)| z >= c);
            zone.insert(at, (c, s));
            zone.truncate(ZONE_SEGMENTS);
        }
    }
    let max_cos = zone.first().map_or(0.0, |z| z.0);
    let second_cos = zone.get(1).map_or(0.0, |z| z.0);
    let lead = LEAD_SEGMENTS.min(text.segments.len());
    let lead_norm: f32 = text.segments[..lead]
        .iter()
        .map(|s| s.norm2)
        .sum::<f32>()
        .sqrt();
    let lead_dot: f32 = seg_dot[..lead].iter().sum();
    let cos_lead = if lead_norm > 0.0 {
        lead_dot / (lead_norm * cnorm)
    } else {
        0.0
    };
    let lead_mass: f32 = cterms
        .iter()
        .zip(&lead_found)
        .filter(|(_, f)| **f)
        .map(|((_, w), _)| *w)
        .sum();
    let coverage_lead = if mass > 0.0 { lead_mass / mass } else { 0.0 };
    let coverage_best = match zone.first() {
        Some(&(_, s)) => {
            let mut seen = vec![false; cterms.len()];
            for w in &text.words[text.segment_words(s)] {
                if let Some(k) = claim.text.term_index(w.term) {
                    seen[k] = true;
                }
            }
            let m: f32 = cterms
                .iter()
                .zip(&seen)
                .filter(|(_, f)| **f)
                .map(|((_, w), _)| *w)
                .sum();
            if mass > 0.0 {
                m / mass
            } else {
                0.0
            }
        }
        None => 0.0,
    };
    let log_text_words = n_words.ln_1p();
    let related = [
        cos_body,
        cos_body.sqrt(),
        cos_lead,
        max_cos,
        second_cos,
        coverage,
        coverage_lead,
        coverage_best,
        overlap,
        bigram_coverage,
        (cterms.len() as f32).ln_1p(),
        log_text_words,
        rate(mentions.len() as f32, n_words),
        (found as f32).ln_1p(),
        max_shared,
        prefix_coverage,
    ];
    let related_row = gate(&related, short);
    if !keep(&related_row) {
        return None;
    }

    // Stance cues: whole text, best-matching zone, opening, and around mentions.
    let body = &text.summary.counts;
    let mut zone_counts = FlagCounts::default();
    let (mut zone_q, mut zone_quotes) = (0.0f32, 0.0f32);
    for &(_, s) in &zone {
        for w in &text.words[text.segment_words(s)] {
            zone_counts.add(w.flags);
        }
        zone_q += f32::from(text.segments[s].questions);
        zone_quotes += f32::from(text.segments[s].quote_marks);
    }
    let lead_counts = &text.summary.lead_counts;
    let (questions, quotes) = (text.summary.questions, text.summary.quote_marks);

    let mut near = [0.0f32; 6];
    let masks = [
        flag::NEGATION,
        flag::REFUTE,
        flag::HEDGE,
        flag::DOUBT,
        flag::POSITIVE,
        flag::NEGATIVE,
    ];
    for &m in &mentions {
        let seg = text.words[m].segment;
        let from = m.saturating_sub(MENTION_WINDOW);
        let to = (m + MENTION_WINDOW + 1).min(text.words.len());
        let mut any = 0u16;
        for w in &text.words[from..to] {
            if w.segment == seg {
                any |= w.flags;
            }
        }
        for (n, mask) in near.iter_mut().zip(masks) {
            if any & mask != 0 {
                *n += 1.0;
            }
        }
    }
    if !mentions.is_empty() {
        for n in &mut near {
            *n /= mentions.len() as f32;
        }
    }
    // The share of the text's content (idf mass) that the claim also has: a restatement
    // is near 1, a text that adds attribution or comment is lower.
    let text_mass = text.summary.idf_mass;
    let text_in_claim = if text_mass > 0.0 {
        mentions.iter().map(|&i| text.words[i].idf).sum::<f32>() / text_mass
    } else {
        0.0
    };
    let zone_colons: f32 = zone
        .iter()
        .map(|&(_, s)| f32::from(text.segments[s].colons))
        .sum();
    // Headline attribution and hedging at the edges of the text ("Congressman: …",
    // "Reportedly, …", "…, report says"); questions in the opening sentence.
    let first = text.segments.first();
    let colon_attribution = first.map_or(0.0, |s| {
        f32::from(u8::from((1..=4).contains(&s.words_before_colon)))
    });
    const EDGE: usize = 3;
    let edge_flags = flag::HEDGE | flag::REPORT | flag::DOUBT;
    let opening_hedge = text.words[..EDGE.min(text.words.len())]
        .iter()
        .filter(|w| w.flags & edge_flags != 0)
        .count() as f32;
    let closing_report = text.words[text.words.len().saturating_sub(EDGE)..]
        .iter()
        .filter(|w| w.flags & edge_flags != 0)
        .count() as f32;
    let opening_questions = first.map_or(0.0, |s| f32::from(s.questions.min(1)));
    let c = &claim.flag_counts;
    let present = |x: f32| f32::from(u8::from(x > 0.0));
    let log = log1p;
    let claim_pol = c.polarity();
    let stance = [
        cos_body,
        cos_lead,
        max_cos,
        coverage,
        bigram_coverage,
        log_text_words,
        rate(body.refute, n_words),
        rate(body.hedge, n_words),
        rate(body.doubt, n_words),
        rate(body.affirm, n_words),
        rate(body.negation, n_words),
        rate(body.report, n_words),
        rate(questions, n_words),
        rate(quotes, n_words),
        log(zone_counts.refute),
        log(zone_counts.hedge),
        log(zone_counts.doubt),
        log(zone_counts.affirm),
        log(zone_counts.negation),
        log(zone_counts.report),
        log(zone_q),
        log(zone_quotes),
        log(lead_counts.refute),
        log(lead_counts.hedge),
        log(lead_counts.doubt),
        log(lead_counts.affirm),
        log(lead_counts.negation),
        near[0],
        near[1],
        near[2],
        near[3],
        near[4],
        near[5],
        body.polarity(),
        zone_counts.polarity(),
        claim_pol,
        claim_pol * zone_counts.polarity(),
        claim_pol * body.polarity(),
        present(c.refute),
        present(c.hedge),
        present(c.doubt),
        present(c.negation),
        present(claim.questions as f32),
        present(c.affirm),
        present(c.refute) * log(zone_counts.refute),
        present(c.refute) * rate(body.refute, n_words),
        present(c.negation) * log(zone_counts.negation),
        present(c.hedge) * log(zone_counts.hedge),
        text_in_claim,
        log(zone_colons),
        prefix_coverage,
        colon_attribution,
        opening_hedge,
        closing_report,
        opening_questions,
    ];
    debug_assert_eq!(related.len(), RELATED_BASE.len());
    debug_assert_eq!(stance.len(), STANCE_BASE.len());
    // Words of the claim itself say what the text is about, not its stance; nor do word
    // families the claim has too.
    let mut words: Vec<u32> = hits
        .words
        .iter()
        .filter(|&&(t, _)| claim.text.term_index(t).is_none())
        .map(|&(_, i)| i)
        .collect();
    words.extend(
        hits.prefixes
            .iter()
            .filter(|&&(h, _)| claim.prefix_index(h).is_none())
            .map(|&(_, i)| i),
    );
    words.sort_unstable();
    words.dedup();
    Some(PairFeatures {
        related: related_row,
        stance: gate(&stance, short),
        words,
        zone: zone.into_iter().map(|(_, s)| s).collect(),
    })
}
