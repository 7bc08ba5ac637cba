//! Output of the sentiment analyzer (contract: `sentiment`).

use super::SentimentLabel;
use crate::span::OffsetSpan;
use serde::Serialize;

/// A score in [-1, 1] with its label.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Polarity {
    /// Score in [-1, 1].
    pub score: f64,
    /// Label from the documented thresholds.
    pub label: SentimentLabel,
}

/// Sentiment of one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceSentiment {
    /// The sentence.
    #[serde(flatten)]
    pub span: OffsetSpan,
    /// Its polarity.
    #[serde(flatten)]
    pub polarity: Polarity,
}

/// Sentiment expressed toward one person or organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntitySentiment {
    /// Canonical name.
    pub name: String,
    /// Polarity toward it.
    #[serde(flatten)]
    pub polarity: Polarity,
    /// Every mention of it.
    pub mentions: Vec<OffsetSpan>,
}

/// Sentiment of an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentimentOutput {
    /// The whole article.
    pub document: Polarity,
    /// Each sentence.
    pub sentences: Vec<SentenceSentiment>,
    /// Each person and organisation.
    pub entities: Vec<EntitySentiment>,
}
