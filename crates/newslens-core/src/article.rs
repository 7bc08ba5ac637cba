//! One news article as it reaches the analyzers, whatever file format it came from.

use crate::civil::Published;

/// A claim or topic to measure stance toward (configured per project or given per article).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StanceTarget {
    /// Stable identifier used as the key in the output (`title` is reserved for the headline).
    pub id: String,
    /// The claim text, e.g. "North Korea will give up its nuclear weapons".
    pub text: String,
    /// Extra words or phrases that mention the target ("denuclearization", "nuclear deal").
    pub keywords: Vec<String>,
}

/// An article: the text to analyze and what is known about it.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Identifier: given in the input, or the file path relative to the input root, or `stdin:<line>`.
    pub id: String,
    /// Where the article came from (a path, `stdin:<line>`), echoed in the output's `source`.
    pub source: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publication date (the reference date for relative expressions), when known.
    pub published: Option<Published>,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Publisher or outlet name as given in the input (`source` field of the JSON form).
    pub outlet: Option<String>,
    /// Authors, in byline order.
    pub authors: Vec<String>,
    /// Stance targets for this article alone (beside the configured ones).
    pub targets: Vec<StanceTarget>,
    /// Free-form metadata, carried through untouched.
    pub meta: serde_json::Map<String, serde_json::Value>,
    /// The article body. Every offset refers to this string.
    pub text: String,
}

impl Article {
    /// A bare article holding just an id and its text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let id = id.into();
        Article {
            source: id.clone(),
            id,
            text: text.into(),
            ..Article::default()
        }
    }
}
