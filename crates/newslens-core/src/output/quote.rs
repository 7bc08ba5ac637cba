//! Output of the quote analyzer (contract: `quote`).

use crate::span::TextSpan;
use serde::Serialize;

/// How the content is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Verbatim, inside quotation marks.
    Direct,
    /// Paraphrase without quotation marks.
    Indirect,
    /// Paraphrase containing a quoted fragment.
    Mixed,
}

/// The speaker mention of one attribution and who it resolves to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The mention in this attribution (may be a pronoun or a surname).
    #[serde(flatten)]
    pub span: TextSpan,
    /// Canonical full name resolved within the article, when known.
    pub name: Option<String>,
    /// Description from an appositive or title, when known.
    pub description: Option<String>,
}

/// What was said: one contiguous span, or (when the analyzer joins the pieces of one
/// attribution, as PolNeAR does) the extent from the first piece to the last with the
/// pieces in `parts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Content {
    /// The whole extent.
    #[serde(flatten)]
    pub span: TextSpan,
    /// The pieces, when there are several.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<TextSpan>,
}

impl From<TextSpan> for Content {
    /// A content of one contiguous span.
    fn from(span: TextSpan) -> Self {
        Content {
            span,
            parts: Vec::new(),
        }
    }
}

impl std::ops::Deref for Content {
    type Target = TextSpan;
    /// The whole extent (so `quote.content.text` reads as for a plain span).
    fn deref(&self) -> &TextSpan {
        &self.span
    }
}

/// One quote: content, cue and speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Direct, indirect or mixed.
    #[serde(rename = "type")]
    pub kind: QuoteKind,
    /// What was said (direct contents include their quotation marks).
    pub content: Content,
    /// The reporting verb or phrase as written, if any.
    pub cue: Option<TextSpan>,
    /// Who said it, if the text says.
    pub speaker: Option<Speaker>,
}

/// One speaker of the article and how many quotes they have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpeakerSummary {
    /// Canonical name.
    pub name: String,
    /// Description, if any.
    pub description: Option<String>,
    /// Number of quotes attributed.
    pub quotes: usize,
}

/// The quotes of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct QuoteOutput {
    /// Quotes in text order of their content.
    pub quotes: Vec<Quote>,
    /// Speakers by number of quotes (then first appearance).
    pub speakers: Vec<SpeakerSummary>,
}
