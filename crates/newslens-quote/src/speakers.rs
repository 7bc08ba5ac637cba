//! Speakers: each frame's speaker phrase resolved through the entities analyzer to a
//! canonical name and description ("Gause", "He" → Ken Gause), a role introduced before
//! the name ("Kim’s advisor said … “…,” said Kim Kye Gwan") linked to it, and the
//! per-article speaker list.

use crate::frames::{Frame, Who};
use crate::text::Text;
use newslens_core::output::entities::{EntityKind, MentionKind};
use newslens_core::output::quote::SpeakerSummary;
use newslens_core::output::EntitiesOutput;
use newslens_core::Span;

/// A frame's speaker, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The mention's bytes.
    pub span: Span,
    /// Canonical name.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// The entity, if any.
    pub entity: Option<usize>,
}

/// Resolves the speaker of every frame (`None` when the frame names nobody).
pub fn resolve_all(t: &Text, frames: &[Frame], ents: &EntitiesOutput) -> Vec<Option<Resolved>> {
    let mut out: Vec<Option<Resolved>> = frames
        .iter()
        .map(|f| match f.who {
            Who::Phrase(np, appo) => Some(resolve_phrase(t, np, appo, ents)),
            Who::Nobody => None,
        })
        .collect();
    link_roles_to_names(t, frames, ents, &mut out);
    out
}

fn resolve_phrase(
    t: &Text,
    np: (usize, usize),
    appo: Option<(usize, usize)>,
    ents: &EntitiesOutput,
) -> Resolved {
    let span = t.range(np.0, np.1);
    let appo_text = appo.map(|a| clean(t.doc.slice(t.range(a.0, a.1))));
    let found = ents.mention_at(span).or_else(|| {
        // the name inside a longer phrase: "Republican nominee Donald Trump"
        ents.mentions_in(span)
            .iter()
            .rev()
            .find(|m| {
                let e = &ents.entities[m.entity];
                e.kind != EntityKind::Place || m.bytes.end == span.end
            })
            .copied()
    });
    if let Some(m) = found {
        let e = &ents.entities[m.entity];
        if e.kind == EntityKind::Group {
            return Resolved {
                span,
                name: None,
                description: appo_text,
                entity: Some(m.entity),
            };
        }
        return Resolved {
            span,
            name: Some(e.name.clone()),
            description: e.description.clone().or(appo_text),
            entity: Some(m.entity),
        };
    }
    // a capitalized phrase the entities analyzer did not keep is still a name
    let pronoun = np.1 - np.0 == 1
        && crate::words::words()
            .subject_pronouns
            .contains(t.lower(np.0));
    let all_caps = !pronoun && (np.0..np.1).all(|k| t.is_cap(k) || t.is_punct(k, "."));
    Resolved {
        span,
        name: all_caps.then(|| clean(t.doc.slice(span))),
        description: appo_text,
        entity: None,
    }
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Kim’s advisor said …" followed, within the next two paragraphs, by a quote of a named
/// person not yet quoted ("“…,” said Kim Kye Gwan"): news style introduces a speaker by
/// role, then by name. The role takes the name.
fn link_roles_to_names(
    t: &Text,
    frames: &[Frame],
    ents: &EntitiesOutput,
    out: &mut [Option<Resolved>],
) {
    let para_of = |f: &Frame| f.pieces.first().map_or(0, |p| t.paragraph_of(p.range.0));
    // frames in text order
    let mut order: Vec<usize> = (0..frames.len())
        .filter(|&i| !frames[i].pieces.is_empty())
        .collect();
    order.sort_by_key(|&i| {
        frames[i]
            .pieces
            .iter()
            .map(|p| p.range.0)
            .min()
            .unwrap_or(0)
    });
    for (oi, &i) in order.iter().enumerate() {
        let Some(r) = &out[i] else { continue };
        let Some(ei) = r.entity else { continue };
        let e = &ents.entities[ei];
        let role_only = e.kind == EntityKind::Person
            && e.mentions
                .iter()
                .all(|m| matches!(m.kind, MentionKind::Nominal | MentionKind::Pronoun));
        if !role_only {
            continue;
        }
        let possessor = ents
            .mentions_in(r.span)
            .iter()
            .find(|m| m.entity != ei)
            .map(|m| m.entity);
        let p = para_of(&frames[i]);
        let next = order[oi + 1..].iter().find_map(|&j| {
            if para_of(&frames[j]).saturating_sub(p) > 2 {
                return None;
            }
            let rj = out[j].as_ref()?;
            let ej = rj.entity?;
            let ent = &ents.entities[ej];
            let named = ent.kind == EntityKind::Person
                && ent.mentions.iter().any(|m| m.kind == MentionKind::Name)
                && Some(ej) != possessor
                && ej != ei;
            named.then_some(ej)
        });
        let Some(ej) = next else { continue };
        // not quoted before this role
        let quoted_before = order[..oi]
            .iter()
            .any(|&k| out[k].as_ref().is_some_and(|x| x.entity == Some(ej)));
        if quoted_before {
            continue;
        }
        let target = &ents.entities[ej];
        let (name, description) = (target.name.clone(), target.description.clone());
        for x in out.iter_mut().flatten() {
            if x.entity == Some(ei) {
                x.name = Some(name.clone());
                x.description = description.clone().or(x.description.take());
            }
        }
    }
}

/// The speaker list: one row per canonical name with its quote count, most quoted
/// first, then by first appearance.
pub fn summary(speakers: &[(usize, Option<&Resolved>)]) -> Vec<SpeakerSummary> {
    let mut rows: Vec<(SpeakerSummary, usize)> = Vec::new();
    for (order, r) in speakers {
        let Some(r) = r else { continue };
        let Some(name) = &r.name else { continue };
        match rows.iter_mut().find(|(s, _)| &s.name == name) {
            Some((s, _)) => {
                s.quotes += 1;
                if s.description.is_none() {
                    s.description.clone_from(&r.description);
                }
            }
            None => rows.push((
                SpeakerSummary {
                    name: name.clone(),
                    description: r.description.clone(),
                    quotes: 1,
                },
                *order,
            )),
        }
    }
    rows.sort_by(|a, b| b.0.quotes.cmp(&a.0.quotes).then(a.1.cmp(&b.1)));
    rows.into_iter().map(|(s, _)| s).collect()
}
