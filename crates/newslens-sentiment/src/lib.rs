//! newslens-sentiment: how positive or negative a news article is, sentence by sentence,
//! as a whole, and toward each person and organisation it mentions.
//!
//! A lexicon-and-rules core in the VADER tradition (Hutto & Gilbert 2014) working on the
//! shared token layer — valence lexicon, negation, intensifiers and dampeners, "but"
//! contrast, ALL CAPS, exclamation marks, idioms — adapted to news: a news-vocabulary
//! lexicon, clause-scoped negation, and reported speech down-weighted in the document
//! score. See `README.md` for the aggregation, thresholds, figures and limits.

pub mod aggregate;
pub mod analyzer;
pub mod document_model;
pub mod entity;
pub mod eval;
pub mod inflection;
pub mod items;
pub mod lexicon;
pub mod rules;
pub mod scorer;
pub mod target_model;
pub mod training;
pub mod vocabulary;

pub use analyzer::SentimentAnalyzer;
