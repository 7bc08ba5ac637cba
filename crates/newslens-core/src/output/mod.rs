//! The typed outputs of the built-in analyzers, in the shapes of the output contract.
//! Analyzers return these; only the runner and the plugin ABI serialize them.

pub mod date;
pub mod entities;
pub mod quote;
pub mod sentiment;
pub mod stance;

pub use date::DateOutput;
pub use entities::EntitiesOutput;
pub use quote::QuoteOutput;
pub use sentiment::SentimentOutput;
pub use stance::StanceOutput;

use serde::Serialize;

/// The output of one analyzer on one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum AnalyzerOutput {
    /// Temporal expressions.
    Date(DateOutput),
    /// People, organisations and places with their mentions.
    Entities(EntitiesOutput),
    /// Quotes and speakers.
    Quote(QuoteOutput),
    /// Document, sentence and entity sentiment.
    Sentiment(SentimentOutput),
    /// Stance toward claims and targets.
    Stance(StanceOutput),
    /// Any other analyzer's output (plugins), as JSON.
    Custom(serde_json::Value),
}

macro_rules! typed_accessor {
    ($fn_name:ident, $variant:ident, $ty:ty) => {
        impl AnalyzerOutput {
            #[doc = concat!("This output as a `", stringify!($ty), "`, if it is one.")]
            pub fn $fn_name(&self) -> Option<&$ty> {
                match self {
                    AnalyzerOutput::$variant(o) => Some(o),
                    _ => None,
                }
            }
        }
    };
}

typed_accessor!(as_date, Date, DateOutput);
typed_accessor!(as_entities, Entities, EntitiesOutput);
typed_accessor!(as_quote, Quote, QuoteOutput);
typed_accessor!(as_sentiment, Sentiment, SentimentOutput);
typed_accessor!(as_stance, Stance, StanceOutput);

/// A three-way polarity label shared by sentiment outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SentimentLabel {
    /// Score below the negative threshold.
    Negative,
    /// Score between the thresholds.
    Neutral,
    /// Score above the positive threshold.
    Positive,
}
