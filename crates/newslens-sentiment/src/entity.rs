//! Entity-level sentiment: for each person and organisation of the shared entities layer,
//! the sentiment of the text around each of its mentions (names, surnames, pronouns),
//! weighted toward the mention's own clause and nearby words; text a person is quoted
//! saying counts little toward that person (it is what they say, not what is said of them).

use crate::aggregate::normalize;
use crate::items::Item;
use newslens_core::output::entities::{EntitiesOutput, EntityKind};
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
}

impl Default for TargetWindow {
    fn default() -> Self {
        TargetWindow {
            other_clause: 0.5,
            half_distance: 6.0,
            quote_to_speaker: 0.3,
            alpha: 15.0,
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
    /// Valence of the whole sentence (all items).
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

/// How many items on each side of a mention its evidence looks at. News sentences are far
/// shorter, so this changes nothing on real text; it keeps a sentence of a million words
/// (text without full stops) from costing a million steps per mention.
pub const MAX_CONTEXT_ITEMS: usize = 256;

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
    let (lo, hi) = context_range(sentence_items.len(), first, last);
    for (k, it) in sentence_items.iter().enumerate().take(hi).skip(lo) {
        if it.valence == 0.0 || (first..last).contains(&k) {
            continue;
        }
        let v = f64::from(it.valence);
        ev.sentence += v;
        let distance = if k < first { first - k } else { k + 1 - last };
        let mut w = window.half_distance / (window.half_distance + distance as f64 - 1.0);
        if it.clause == clause {
            ev.clause += v;
        } else {
            w *= window.other_clause;
        }
        if it.in_quote && !mention_in_quote {
            ev.speaker_quote += v;
            w *= window.quote_to_speaker;
        }
        ev.target += w * v;
        if v > 0.0 {
            ev.positive += w * v;
        } else {
            ev.negative += w * v;
        }
    }
    ev
}

/// The item indices around a mention at `first..last` that count as its context: at most
/// [`MAX_CONTEXT_ITEMS`] on each side, within the sentence's `len` items.
pub fn context_range(len: usize, first: usize, last: usize) -> (usize, usize) {
    (
        first.saturating_sub(MAX_CONTEXT_ITEMS),
        last.saturating_add(MAX_CONTEXT_ITEMS).min(len),
    )
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

/// One entity's sentiment before labelling: its name, score and mention spans (bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct EntityScore {
    /// Canonical name.
    pub name: String,
    /// Score in [−1, 1].
    pub score: f64,
    /// Every mention's byte span.
    pub mentions: Vec<Span>,
    /// The evidence of each mention, in the same order.
    pub evidence: Vec<MentionEvidence>,
}

/// Scores every person and organisation of `entities`. `sentence_of` maps a byte offset to
/// its sentence index.
pub fn score_entities(
    entities: &EntitiesOutput,
    items: &[Item],
    sentence_items: &[(usize, usize)],
    sentence_of: impl Fn(usize) -> usize,
    window: &TargetWindow,
) -> Vec<EntityScore> {
    let mut out = Vec::new();
    for entity in &entities.entities {
        if !is_target_kind(entity.kind) || entity.mentions.is_empty() {
            continue;
        }
        let mut evidence = Vec::with_capacity(entity.mentions.len());
        let mut total = 0.0;
        for mention in &entity.mentions {
            let span = mention.span.bytes;
            let ev = mention_evidence(
                items,
                sentence_items,
                sentence_of(span.start()),
                span,
                window,
            );
            total += ev.target;
            evidence.push(ev);
        }
        out.push(EntityScore {
            name: entity.name.clone(),
            score: normalize(total, window.alpha),
            mentions: entity.mentions.iter().map(|m| m.span.bytes).collect(),
            evidence,
        });
    }
    out
}
