//! Speakers: each frame's speaker phrase resolved through the entities analyzer to a
//! canonical name and description ("Gause", "He" → Ken Gause), a role introduced before
//! the name ("Kim’s advisor said … “…,” said Kim Kye Gwan") linked to it, and the
//! per-article speaker list.

use crate::frames::{Frame, Who};
use crate::text::Text;
use newslens_core::output::entities::MentionRef;
use newslens_core::output::entities::{EntityKind, MentionKind};
use newslens_core::output::quote::SpeakerSummary;
use newslens_core::output::EntitiesOutput;
use newslens_core::Span;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

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

/// How many later quotes (within two paragraphs) a role-only speaker looks at for the
/// name it stands for, and how many earlier speakers a definite role looks back at.
const MAX_LINK_LOOKAHEAD: usize = 64;

/// Resolves the speaker of every frame (`None` when the frame names nobody).
pub fn resolve_all(t: &Text, frames: &[Frame], ents: &EntitiesOutput) -> Vec<Option<Resolved>> {
    let inside_caps = OnceCell::new();
    let mut out: Vec<Option<Resolved>> = frames
        .iter()
        .map(|f| match f.who {
            Who::Phrase(np, appo) => Some(resolve_phrase(t, np, appo, ents, &inside_caps)),
            Who::Nobody => None,
        })
        .collect();
    link_roles_to_names(t, frames, ents, &mut out);
    link_definite_roles(t, frames, &mut out);
    out
}

/// "… a Treasury spokesman said. The spokesman said …": a speaker "the <noun>" without a
/// name takes the name (and description) of the latest earlier speaker, at most two
/// paragraphs back, whose phrase ends in the same noun and has one.
fn link_definite_roles(t: &Text, frames: &[Frame], out: &mut [Option<Resolved>]) {
    let np_of = |i: usize| match frames[i].who {
        Who::Phrase(np, _) => Some(np),
        Who::Nobody => None,
    };
    let mut order: Vec<usize> = (0..frames.len()).filter(|&i| np_of(i).is_some()).collect();
    order.sort_by_key(|&i| np_of(i).map(|np| np.0));
    for (oi, &i) in order.iter().enumerate() {
        let Some(np) = np_of(i) else { continue };
        let unnamed = out[i].as_ref().is_some_and(|r| r.name.is_none());
        if !unnamed || np.1 - np.0 != 2 || t.lower(np.0) != "the" || !t.is_lower_word(np.0 + 1) {
            continue;
        }
        let head = t.lower(np.0 + 1);
        let p = t.paragraph_of(np.0);
        let antecedent = order[..oi]
            .iter()
            .rev()
            .filter_map(|&j| Some((j, np_of(j)?)))
            .take_while(|(_, n)| p - t.paragraph_of(n.0).min(p) <= 2)
            // (bounded: a run-on paragraph of frames sharing one speaker phrase must not
            // make each of them walk back over all the others)
            .take(MAX_LINK_LOOKAHEAD)
            .find(|&(j, n)| {
                n.1 - n.0 >= 2
                    && t.lower(n.1 - 1) == head
                    && out[j].as_ref().is_some_and(|r| r.name.is_some())
            });
        let Some((j, _)) = antecedent else { continue };
        let (name, description) = out[j]
            .as_ref()
            .map(|r| (r.name.clone(), r.description.clone()))
            .unwrap_or_default();
        if let Some(r) = out[i].as_mut() {
            r.name = name;
            r.description = description.or(r.description.take());
        }
    }
}

/// `inside_caps` holds, once a speaker needs it, the capitalized words the text writes
/// inside a sentence (filled once per article, so that speakers do not each scan it).
fn resolve_phrase<'d>(
    t: &Text<'d>,
    np: (usize, usize),
    appo: Option<(usize, usize)>,
    ents: &EntitiesOutput,
    inside_caps: &OnceCell<HashSet<&'d str>>,
) -> Resolved {
    let span = t.range(np.0, np.1);
    let appo_text = appo.map(|a| clean(t.doc.slice(t.range(a.0, a.1))));
    // the phrase's own mention; else a person named inside it ("Republican nominee
    // Donald Trump", "Professor Mark Hale of Northbridge University"), not a possessor
    // ("Craxi's Socialist Party") or a pronoun ("one of his aides"), and first one whose
    // gender is known (a first name: "Goodyear chairman Robert E. Mercer", "Thomas McCrann
    // of Merrill Lynch"); else the longest mention inside, or the shortest around it
    let inside = ents.mentions_in(span);
    let named_person = |m: &&MentionRef| {
        let (e, mention) = ents.resolve(**m);
        let after = &t.doc.text()[m.bytes.end as usize..];
        e.kind == EntityKind::Person
            && mention.kind != MentionKind::Pronoun
            && !after.starts_with("'s")
            && !after.starts_with("’s")
    };
    let gendered = |m: &&MentionRef| ents.entities[m.entity].gender.is_some();
    // not a person a role is held toward ("an aide to Richard Lyng", "the wife of …"),
    // but for a spokesperson's principal ("a spokesman for the governor"); an
    // organisation there is the speaker's ("an economist at ABN Bank")
    let complement = role_complement(t, np);
    let speaks = |m: &MentionRef| match complement {
        Some((after, spokesperson)) if m.bytes.start >= after => {
            spokesperson || ents.entities[m.entity].kind != EntityKind::Person
        }
        _ => true,
    };
    // nor a possessor of a person noun ("Her daughter", "his lawyer"; "His office" is his)
    let lx = newslens_entities::lexicon::lexicon();
    let head = t.lower(np.1 - 1);
    let person_head = np.1 - np.0 >= 2
        && (lx.role_nouns.contains(head) && !speaks_for_principal(head)
            || newslens_entities::lexicon::is_kin_noun(head));
    let found = inside
        .iter()
        .find(|m| m.bytes == span)
        .or_else(|| {
            let mut people = inside.iter().filter(named_person).filter(|m| speaks(m));
            people.clone().find(gendered).or_else(|| people.next())
        })
        .copied()
        .or_else(|| ents.mention_at(span))
        .filter(|m| {
            let possessor = person_head
                && m.bytes != span
                && span.contains(m.bytes)
                && ents.resolve(*m).1.kind == MentionKind::Pronoun;
            speaks(m) && !possessor
        });
    if let Some(m) = found {
        let e = &ents.entities[m.entity];
        // a group, or a person known only by pronouns ("She is proposing …" opening an
        // article), has no name to give
        let unnamed = e.mentions.iter().all(|m| m.kind == MentionKind::Pronoun);
        if e.kind == EntityKind::Group || unnamed {
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
    // (not one word capitalized only because it opens the sentence, "Data on Thursday
    // showed …", "Brokers said …", unless the text capitalizes it elsewhere too, as a
    // name, or it is a singular word right before its verb: "Mikulic said")
    let sentence_opener = np.1 - np.0 == 1 && t.sentence_range(np.0).0 == np.0 && {
        let word = t.text(np.0);
        let before_verb = np.1 < t.len()
            && (crate::cues::cue(t.lower(np.1)).is_some()
                || crate::words::words().auxiliaries.contains(t.lower(np.1)))
            && !word.ends_with('s')
            && !word.ends_with("ly");
        // (a transcript's speaker in capitals, "WALLACE:", but not a table's "NOTES:")
        let in_capitals = word.len() >= 2
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && !matches!(word, "NOTE" | "NOTES");
        !before_verb
            && !in_capitals
            && !inside_caps
                .get_or_init(|| {
                    (0..t.len())
                        .filter(|&k| t.is_cap(k) && t.sentence_range(k).0 != k)
                        .map(|k| t.text(k))
                        .collect()
                })
                .contains(word)
    };
    let all_caps =
        !pronoun && !sentence_opener && (np.0..np.1).all(|k| t.is_cap(k) || t.is_punct(k, "."));
    Resolved {
        span,
        name: all_caps.then(|| clean(t.doc.slice(span))),
        description: appo_text,
        entity: None,
    }
}

/// Where a role's complement starts in the speaker phrase `np` ("an aide to | Richard
/// Lyng", "a spokesman for | Exxon Corp"): the byte after the preposition, and whether the
/// role is a spokesperson's, who speaks for the organisation named.
///
/// The complement is the name after the preposition, past a determiner or title words
/// ("an aide to Agriculture Secretary Richard Lyng"); a name after lower-case words is the
/// phrase's head ("minister of state for finance Thomas Hockin").
fn role_complement(t: &Text, np: (usize, usize)) -> Option<(u32, bool)> {
    let roles = &newslens_entities::lexicon::lexicon().role_nouns;
    let (k, spokesperson) = (np.0..np.1.saturating_sub(2)).find_map(|k| {
        let role = t.lower(k);
        (t.is_lower_word(k)
            && roles.contains(role)
            && matches!(t.lower(k + 1), "to" | "for" | "of" | "at" | "with" | "from"))
        .then(|| (k, speaks_for_principal(role)))
    })?;
    let lower_words_after = (k + 2..np.1).any(|x| t.is_lower_word(x) && t.lower(x) != "the");
    (!lower_words_after).then(|| (t.span(k + 1).end() as u32, spokesperson))
}

/// Whether a role noun speaks for the one it belongs to ("his spokesman", "the office of
/// Prime Minister Jacques Chirac", "Trump's campaign"), rather than being a person of its
/// own ("his lawyer", "an aide to …").
fn speaks_for_principal(role: &str) -> bool {
    role.starts_with("spokes")
        || matches!(
            role,
            "office" | "administration" | "government" | "regime" | "team" | "campaign"
        )
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
    let first_token = |f: &Frame| f.pieces.iter().map(|p| p.range.0).min().unwrap_or(0);
    // frames in text order
    let mut order: Vec<usize> = (0..frames.len())
        .filter(|&i| !frames[i].pieces.is_empty())
        .collect();
    order.sort_by_key(|&i| first_token(&frames[i]));
    // per entity, computed once: only roles and pronouns / has a name; its frames in
    // `out` order and the position in `order` of its first quote
    let role_only: Vec<bool> = ents
        .entities
        .iter()
        .map(|e| {
            e.kind == EntityKind::Person
                && e.mentions
                    .iter()
                    .all(|m| matches!(m.kind, MentionKind::Nominal | MentionKind::Pronoun))
        })
        .collect();
    let named_person: Vec<bool> = ents
        .entities
        .iter()
        .map(|e| {
            e.kind == EntityKind::Person && e.mentions.iter().any(|m| m.kind == MentionKind::Name)
        })
        .collect();
    let mut frames_of: Vec<Vec<usize>> = vec![Vec::new(); ents.entities.len()];
    for (i, r) in out.iter().enumerate() {
        if let Some(e) = r.as_ref().and_then(|r| r.entity) {
            frames_of[e].push(i);
        }
    }
    let mut first_quoted: Vec<usize> = vec![usize::MAX; ents.entities.len()];
    for (oi, &k) in order.iter().enumerate() {
        if let Some(e) = out[k].as_ref().and_then(|r| r.entity) {
            first_quoted[e] = first_quoted[e].min(oi);
        }
    }
    let mut linked_to: Vec<usize> = vec![usize::MAX; ents.entities.len()];
    for (oi, &i) in order.iter().enumerate() {
        let Some(r) = &out[i] else { continue };
        let Some(ei) = r.entity else { continue };
        if !role_only[ei] {
            continue;
        }
        let possessor = ents
            .mentions_in(r.span)
            .iter()
            .find(|m| m.entity != ei)
            .map(|m| m.entity);
        let p = para_of(&frames[i]);
        // frames are in order of their first token, whose paragraph is at most that of
        // their first piece: past two paragraphs on, no frame can qualify
        let next = order[oi + 1..]
            .iter()
            .take_while(|&&j| t.paragraph_of(first_token(&frames[j])) <= p + 2)
            .take(MAX_LINK_LOOKAHEAD)
            .find_map(|&j| {
                if para_of(&frames[j]).saturating_sub(p) > 2 {
                    return None;
                }
                let ej = out[j].as_ref()?.entity?;
                let named = named_person[ej] && Some(ej) != possessor && ej != ei;
                named.then_some(ej)
            });
        let Some(ej) = next else { continue };
        // not quoted before this role
        if first_quoted[ej] < oi {
            continue;
        }
        // (every frame of the role already carries this name)
        if linked_to[ei] == ej {
            continue;
        }
        linked_to[ei] = ej;
        let target = &ents.entities[ej];
        let (name, description) = (target.name.clone(), target.description.clone());
        for &k in &frames_of[ei] {
            if let Some(x) = out[k].as_mut() {
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
    let mut row_of: HashMap<&str, usize> = HashMap::new();
    for (order, r) in speakers {
        let Some(r) = r else { continue };
        let Some(name) = &r.name else { continue };
        match row_of.get(name.as_str()) {
            Some(&i) => {
                let s = &mut rows[i].0;
                s.quotes += 1;
                if s.description.is_none() {
                    s.description.clone_from(&r.description);
                }
            }
            None => {
                row_of.insert(name, rows.len());
                rows.push((
                    SpeakerSummary {
                        name: name.clone(),
                        description: r.description.clone(),
                        quotes: 1,
                    },
                    *order,
                ));
            }
        }
    }
    rows.sort_by(|a, b| b.0.quotes.cmp(&a.0.quotes).then(a.1.cmp(&b.1)));
    rows.into_iter().map(|(s, _)| s).collect()
}
