//! Output of the entities analyzer: people, organisations and places, each with every
//! mention in the article (names, surnames, pronouns, titles).

use crate::span::TextSpan;
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
    /// Every mention, in text order.
    pub mentions: Vec<EntityMention>,
}

/// The entities of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct EntitiesOutput {
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
}
