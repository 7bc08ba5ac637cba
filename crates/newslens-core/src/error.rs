//! Errors an analyzer reports: at creation (a bad option) or on one article.

use thiserror::Error;

/// A configuration problem found while creating an analyzer. Names the analyzer and,
/// where it applies, the option key, and says how to fix it.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("analyzer `{analyzer}`{}: {message}", key.as_ref().map(|k| format!(", option `{k}`")).unwrap_or_default())]
pub struct ConfigError {
    /// The analyzer being created.
    pub analyzer: String,
    /// The offending option, if the error is about one.
    pub key: Option<String>,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl ConfigError {
    /// An error about option `key` of `analyzer`.
    pub fn option(analyzer: &str, key: &str, message: impl Into<String>) -> Self {
        ConfigError {
            analyzer: analyzer.to_string(),
            key: Some(key.to_string()),
            message: message.into(),
        }
    }
    /// An error about `analyzer` as a whole.
    pub fn analyzer(analyzer: &str, message: impl Into<String>) -> Self {
        ConfigError {
            analyzer: analyzer.to_string(),
            key: None,
            message: message.into(),
        }
    }
}

/// A failure of one analyzer on one article. The runner records it in the article's
/// `errors` and goes on.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum AnalyzerError {
    /// The analyzer could not process this article.
    #[error("{0}")]
    Failed(String),
    /// An analyzer this one requires has no output for this article.
    #[error("required analyzer `{0}` has no output for this article")]
    MissingInput(String),
}
