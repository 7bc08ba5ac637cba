//! Output of the date analyzer (contract: `date`).

use crate::span::TextSpan;
use serde::Serialize;

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceSource {
    /// The article's `published` field.
    Published,
    /// The `default_reference` in the configuration.
    Config,
    /// Inferred from the text (dateline, latest explicit date).
    Text,
    /// No reference date: relative values stay underspecified.
    None,
}

/// The reference date relative expressions were resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateReference {
    /// `YYYY-MM-DD`, or null when there is none.
    pub date: Option<String>,
    /// Where it came from.
    pub from: ReferenceSource,
}

/// TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period (`2020-01-11`, `2020-W03`, `2019-02`).
    Date,
    /// A time of day (`2020-01-14T15:00`).
    Time,
    /// A length of time (`P2Y`).
    Duration,
    /// A recurrence (`XXXX-WXX-2`, `P1Y`).
    Set,
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    /// Where it is.
    #[serde(flatten)]
    pub span: TextSpan,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
}

/// All temporal expressions of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateOutput {
    /// The reference date used.
    pub reference: DateReference,
    /// Mentions in text order.
    pub mentions: Vec<DateMention>,
}
