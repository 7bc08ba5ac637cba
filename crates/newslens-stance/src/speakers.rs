//! Per-speaker stance: each quoted speaker's quotes, taken together as one short text,
//! judged against each target.

use crate::model::StanceModel;
use crate::profile::{ClaimProfile, TextProfile};
use crate::words::TokenWords;
use newslens_core::output::quote::QuoteOutput;
use newslens_core::output::stance::SpeakerStance;
use newslens_core::{Document, Span};

/// The stance of every speaker toward every target (`(id, claim)` pairs), for the pairs the
/// model finds related. Speakers in order of first quote; quotes without a speaker are skipped.
/// `words` are the document's [`TokenWords`] (looked up once for the body's profile).
pub fn speaker_stances(
    model: &StanceModel,
    doc: &Document,
    words: &TokenWords,
    quotes: &QuoteOutput,
    targets: &[(&str, &ClaimProfile)],
) -> Vec<SpeakerStance> {
    // Names borrowed from the quotes: a name is copied only into the stances reported.
    let mut speakers: Vec<(&str, Vec<Span>)> = Vec::with_capacity(quotes.quotes.len());
    for q in &quotes.quotes {
        let Some(sp) = &q.speaker else { continue };
        let name = sp.name.as_deref().unwrap_or(&sp.span.text);
        let span = q.content.bytes;
        match speakers.iter_mut().find(|(n, _)| *n == name) {
            Some((_, spans)) => spans.push(span),
            None => speakers.push((name, vec![span])),
        }
    }
    let mut out = Vec::with_capacity(speakers.len() * targets.len());
    for (name, spans) in speakers {
        let segments = spans.iter().map(|&s| {
            let first = doc.token_at_or_after(s.start());
            let end = doc.token_at_or_after(s.end()).max(first);
            (first..end, s)
        });
        let profile =
            TextProfile::from_words(doc.lower_text(), doc.tokens(), words, segments, model.idf());
        let hits = model.vocabulary_hits(&profile);
        for &(id, claim) in targets {
            // Only related pairs are reported: the stance of the others is not computed.
            if let Some(j) = model.judge_if_related(claim, &profile, &hits) {
                out.push(SpeakerStance {
                    name: name.to_string(),
                    target: id.to_string(),
                    label: j.label,
                    probs: j.probs,
                });
            }
        }
    }
    out
}
