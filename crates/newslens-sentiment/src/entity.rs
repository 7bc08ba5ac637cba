//! Entity-level sentiment: for each person and organisation of the shared entities layer,
//! the sentiment of the text around each of its mentions (names, surnames, pronouns),
//! weighted toward the mention's own clause and nearby words; text a person is quoted
//! saying counts little toward that person (it is what they say, not what is said of them).

use crate::aggregate::normalize;
use crate::items::Item;
use newslens_core::output::entities::EntityKind;
use newslens_core::Span;

/// Weights of the target window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TargetWindow {
    /// Weight of words in another clause of the mention's sentence.
    pub other_clause: f64,
    /// Distance (in words) at which a word's weight halves.
    pub half_distance: f64,
    /// Weight of quoted words toward a mention outside the quotation (its likely speaker).
    pub quote_to_speaker: f64,
    /// Normalization constant of the entity's summed valence.
    pub alpha: f64,
    /// Words farther than this from the mention are not read (bounds the work per mention
    /// in very long sentences such as tables).
    pub max_distance: usize,
}

impl Default for TargetWindow {
    fn default() -> Self {
        TargetWindow {
            other_clause: 0.5,
            half_distance: 6.0,
            quote_to_speaker: 0.3,
            alpha: 15.0,
            max_distance: 40,
        }
    }
}

/// The sentiment evidence around one mention.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MentionEvidence {
    /// Weighted valence toward the mention.
    pub target: f64,
    /// Valence of the mention's own clause (unweighted by distance).
    pub clause: f64,
    /// Valence of the sentence within the window (all items up to `max_distance` away).
    pub sentence: f64,
    /// Valence of quoted words of the sentence when the mention is outside the quote.
    pub speaker_quote: f64,
    /// Positive and negative weighted mass toward the mention.
    pub positive: f64,
    /// Negative weighted mass (≤ 0).
    pub negative: f64,
    /// Whether the mention itself is inside a quotation.
    pub mention_in_quote: bool,
}

impl MentionEvidence {
    /// Adds one valenced item of the window: `weight` is its distance weight, `same_clause`
    /// whether it is in the mention's clause, `quoted_to_speaker` whether it is quoted while
    /// the mention is not (a quote's words count little toward its speaker).
    #[inline]
    pub fn add(
        &mut self,
        valence: f64,
        weight: f64,
        same_clause: bool,
        quoted_to_speaker: bool,
        window: &TargetWindow,
    ) {
        let mut w = weight;
        self.sentence += valence;
        if same_clause {
            self.clause += valence;
        } else {
            w *= window.other_clause;
        }
        if quoted_to_speaker {
            self.speaker_quote += valence;
            w *= window.quote_to_speaker;
        }
        self.target += w * valence;
        if valence > 0.0 {
            self.positive += w * valence;
        } else {
            self.negative += w * valence;
        }
    }
}

/// Whether an entity of this kind gets a sentiment (people and organisations).
pub fn is_target_kind(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Person | EntityKind::Organization)
}

/// The evidence around the mention at byte span `mention`, given every item of the
/// document (in text order, valences scored) and the index range of items per sentence.
pub fn mention_evidence(
    items: &[Item],
    sentence_items: &[(usize, usize)],
    sentence: usize,
    mention: Span,
    window: &TargetWindow,
) -> MentionEvidence {
    let (sentence_items, first, last) = mention_position(items, sentence_items, sentence, mention);
    let anchor = sentence_items.get(first.min(sentence_items.len().saturating_sub(1)));
    let (clause, mention_in_quote) = anchor.map_or((0, false), |it| (it.clause, it.in_quote));
    let mut ev = MentionEvidence {
        mention_in_quote,
        ..MentionEvidence::default()
    };
    let lo = first.saturating_sub(window.max_distance);
    let hi = (last + window.max_distance).min(sentence_items.len());
    for (k, it) in sentence_items.iter().enumerate().take(hi).skip(lo) {
        if it.valence == 0.0 || (first..last).contains(&k) {
            continue;
        }
        let distance = if k < first { first - k } else { k + 1 - last };
        let weight = window.half_distance / (window.half_distance + distance as f64 - 1.0);
        ev.add(
            f64::from(it.valence),
            weight,
            it.clause == clause,
            it.in_quote && !mention_in_quote,
            window,
        );
    }
    ev
}

/// The items of the mention's sentence and the index range of the mention's own items in
/// it (empty, at the mention's position, when the mention holds no item).
pub fn mention_position<'a>(
    items: &'a [Item],
    sentence_items: &[(usize, usize)],
    sentence: usize,
    mention: Span,
) -> (&'a [Item], usize, usize) {
    let (lo, hi) = sentence_items[sentence];
    let sentence_items = &items[lo..hi];
    let first = sentence_items.partition_point(|it| it.span.end <= mention.start);
    let last = sentence_items.partition_point(|it| it.span.start < mention.end);
    (sentence_items, first, last.max(first))
}

/// The rule score toward an entity: the weighted valences around all its mentions
/// (byte spans), summed and normalized. `sentence_of` maps a byte offset to its sentence.
pub fn rule_entity_score(
    mentions: &[Span],
    items: &[Item],
    sentence_items: &[(usize, usize)],
    sentence_of: impl Fn(usize) -> usize,
    window: &TargetWindow,
) -> f64 {
    if sentence_items.is_empty() {
        return 0.0;
    }
    let total: f64 = mentions
        .iter()
        .map(|m| {
            let sentence = sentence_of(m.start()).min(sentence_items.len() - 1);
            mention_evidence(items, sentence_items, sentence, *m, window).target
        })
        .sum();
    normalize(total, window.alpha)
}
