//! Output of the entities analyzer: people, organisations, places and groups, each with
//! every mention in the article (names, surnames, pronouns, titles), plus lookups from a
//! text position to the entity mentioned there, for the analyzers that build on it.

use crate::span::{Span, TextSpan};
use serde::Serialize;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, agency, party, country acting as an actor…
    Organization,
    /// A place.
    Place,
    /// A generic or group source: "experts", "officials".
    Group,
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// The full name.
    Name,
    /// A part of the name (surname, first name, acronym).
    Partial,
    /// A pronoun.
    Pronoun,
    /// A title or description ("the president", "Kim's advisor").
    Nominal,
}

/// The gender of a person, as names, titles and pronouns suggest it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityMention {
    /// Where it is.
    #[serde(flatten)]
    pub span: TextSpan,
    /// How it refers.
    pub kind: MentionKind,
}

/// One entity of the article with all its mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Canonical name: the longest name used in the article ("Ken Gause").
    pub name: String,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// A description from an appositive or title ("director of … at CNA"), if any.
    pub description: Option<String>,
    /// The person's gender when names, titles or pronouns tell it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Every mention, in text order.
    pub mentions: Vec<EntityMention>,
}

/// A mention located by its byte span: which entity, which of its mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionRef {
    /// The mention's byte span.
    pub bytes: Span,
    /// Index into [`EntitiesOutput::entities`].
    pub entity: usize,
    /// Index into that entity's `mentions`.
    pub mention: usize,
}

/// The entities of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct EntitiesOutput {
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// Every mention sorted by byte start (then longest first), for position lookups.
    #[serde(skip)]
    by_position: Vec<MentionRef>,
}

impl EntitiesOutput {
    /// The output for `entities`, with the position index built.
    pub fn new(entities: Vec<Entity>) -> Self {
        let mut by_position: Vec<MentionRef> = entities
            .iter()
            .enumerate()
            .flat_map(|(e, ent)| {
                ent.mentions
                    .iter()
                    .enumerate()
                    .map(move |(m, men)| MentionRef {
                        bytes: men.span.bytes,
                        entity: e,
                        mention: m,
                    })
            })
            .collect();
        by_position.sort_by_key(|r| (r.bytes.start, std::cmp::Reverse(r.bytes.end)));
        EntitiesOutput {
            entities,
            by_position,
        }
    }

    /// Every mention in text order (outer mentions before the ones nested in them).
    pub fn mentions(&self) -> &[MentionRef] {
        &self.by_position
    }

    /// The mentions lying inside `bytes`, in text order.
    pub fn mentions_in(&self, bytes: Span) -> &[MentionRef] {
        let from = self
            .by_position
            .partition_point(|r| r.bytes.start < bytes.start);
        let to = self
            .by_position
            .partition_point(|r| r.bytes.start < bytes.end);
        let slice = &self.by_position[from..to.max(from)];
        // mentions starting inside but running past the end are rare; trim them off the tail
        let keep = slice
            .iter()
            .rposition(|r| r.bytes.end <= bytes.end)
            .map_or(0, |i| i + 1);
        &slice[..keep]
    }

    /// The mention best matching `bytes`: one with exactly that span, else the longest
    /// mention inside it, else the shortest mention covering it.
    pub fn mention_at(&self, bytes: Span) -> Option<MentionRef> {
        let inside = self.mentions_in(bytes);
        if let Some(exact) = inside.iter().find(|r| r.bytes == bytes) {
            return Some(*exact);
        }
        if let Some(longest) = inside
            .iter()
            .filter(|r| bytes.contains(r.bytes))
            .max_by_key(|r| (r.bytes.len(), std::cmp::Reverse(r.bytes.start)))
        {
            return Some(*longest);
        }
        let before = self
            .by_position
            .partition_point(|r| r.bytes.start <= bytes.start);
        self.by_position[..before]
            .iter()
            .rev()
            .take(16)
            .filter(|r| r.bytes.contains(bytes))
            .min_by_key(|r| r.bytes.len())
            .copied()
    }

    /// The entity mentioned at `bytes` (see [`EntitiesOutput::mention_at`]).
    pub fn entity_at(&self, bytes: Span) -> Option<&Entity> {
        self.mention_at(bytes).map(|r| &self.entities[r.entity])
    }

    /// The entity and mention a [`MentionRef`] points to.
    pub fn resolve(&self, r: MentionRef) -> (&Entity, &EntityMention) {
        let e = &self.entities[r.entity];
        (e, &e.mentions[r.mention])
    }

    /// The entity named `name` (canonical name, exact), if any.
    pub fn by_name(&self, name: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(start: usize, end: usize, kind: MentionKind) -> EntityMention {
        EntityMention {
            span: TextSpan {
                start,
                end,
                text: String::new(),
                bytes: Span::new(start, end),
            },
            kind,
        }
    }

    fn entity(name: &str, mentions: Vec<EntityMention>) -> Entity {
        Entity {
            name: name.into(),
            kind: EntityKind::Person,
            description: None,
            gender: None,
            mentions,
        }
    }

    #[test]
    fn position_lookups() {
        let out = EntitiesOutput::new(vec![
            entity(
                "Kim Jong Un",
                vec![
                    mention(0, 11, MentionKind::Name),
                    mention(40, 43, MentionKind::Partial),
                ],
            ),
            entity("Kim Kye Gwan", vec![mention(40, 53, MentionKind::Nominal)]),
        ]);
        // exact
        assert_eq!(
            out.entity_at(Span::new(40, 53)).unwrap().name,
            "Kim Kye Gwan"
        );
        assert_eq!(
            out.entity_at(Span::new(40, 43)).unwrap().name,
            "Kim Jong Un"
        );
        // longest inside
        assert_eq!(
            out.entity_at(Span::new(39, 60)).unwrap().name,
            "Kim Kye Gwan"
        );
        // covering
        assert_eq!(out.entity_at(Span::new(2, 5)).unwrap().name, "Kim Jong Un");
        assert!(out.entity_at(Span::new(20, 30)).is_none());
        assert_eq!(out.mentions_in(Span::new(30, 60)).len(), 2);
    }
}
