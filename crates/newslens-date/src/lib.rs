//! newslens-date: the `date` analyzer. Finds every temporal expression in an article
//! (dates, times, durations, sets, fuzzy references), gives its TimeML TIMEX3 type and
//! value, and resolves relative ones ("on Saturday", "last week", "two years ago")
//! against the article's reference date.
//!
//! - [`DateAnalyzer`]: the analyzer (name `date`), built from its options;
//! - [`tag`]: the same on a bare text and reference date, for tools and tests;
//! - [`eval`]: TimeML parsing and TempEval-3 Task A scoring (pure functions on strings);
//! - [`timeml`]: export of a text with TIMEX3 tags added.
//!
//! How it works: the document's tokens are classified once against a small lexicon
//! ([`lexicon`]); only tokens that can start a temporal expression (a lexicon word or a
//! number) trigger the grammar ([`grammar`]), which tries its patterns there and keeps
//! the longest match. The clause's tense ([`tense`]) decides the direction of open
//! references.

mod analyzer;
pub mod eval;
pub mod grammar;
pub mod lexicon;
mod reference;
pub mod tense;
pub mod timeml;
pub mod tokens;
pub mod value;

pub use analyzer::DateAnalyzer;
pub use grammar::Settings;
pub use newslens_core::output::date::{
    DateMention, DateOutput, DateReference, ReferenceSource, TimexType,
};
pub use reference::tag;
