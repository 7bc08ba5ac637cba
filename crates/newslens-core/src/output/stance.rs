//! Output of the stance analyzer (contract: `stance`).

use crate::span::OffsetSpan;
use serde::Serialize;

/// A stance label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StanceLabel {
    /// Supports the claim.
    Agree,
    /// Disputes the claim.
    Disagree,
    /// Reports on the claim without taking a side.
    Discuss,
    /// Not about the claim.
    Unrelated,
}

/// Probability of each label (they sum to 1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StanceProbs {
    /// P(agree).
    pub agree: f64,
    /// P(disagree).
    pub disagree: f64,
    /// P(discuss).
    pub discuss: f64,
    /// P(unrelated).
    pub unrelated: f64,
}

/// The article's stance toward one target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetStance {
    /// Target id (`title` for the headline).
    pub id: String,
    /// The claim text.
    pub text: String,
    /// The most probable label.
    pub label: StanceLabel,
    /// Probabilities of every label.
    pub probs: StanceProbs,
    /// Probability that the article is about the target at all.
    pub relatedness: f64,
    /// Sentences that carry the stance.
    pub evidence: Vec<OffsetSpan>,
}

/// One speaker's stance toward one target, from their quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerStance {
    /// Canonical speaker name.
    pub name: String,
    /// Target id.
    pub target: String,
    /// The most probable label.
    pub label: StanceLabel,
    /// Probabilities of every label.
    pub probs: StanceProbs,
}

/// Stances of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct StanceOutput {
    /// One entry per target.
    pub targets: Vec<TargetStance>,
    /// One entry per (speaker, target) pair with a related quote.
    pub speakers: Vec<SpeakerStance>,
}
