//! newslens-core: the document model shared by every part of newslens.
//!
//! - [`Article`]: one input article (text and metadata);
//! - [`Document`]: the article with its text layer (paragraphs, sentences, tokens) and
//!   the byte → code-point offset map, built once per article;
//! - [`Analyzer`]: the trait every analyzer implements, with [`AnalyzerInfo`] and
//!   validated [`Options`];
//! - [`output`]: the typed outputs in the shapes of the output contract;
//! - [`word_table`]: the hash table from words to values the analyzers' lexicons share.
//!
//! This crate does no I/O and knows nothing of files, threads or plugins.

pub mod analyzer;
pub mod article;
pub mod civil;
pub mod document;
pub mod error;
pub mod metrics;
pub mod options;
pub mod output;
pub mod span;
pub mod text;
pub mod word_table;

pub use analyzer::{Analyzer, AnalyzerFactory, AnalyzerInfo, AnalyzerInstance, Outputs};
pub use article::{Article, StanceTarget};
pub use civil::{CivilDate, Published, TimeOfDay, Weekday};
pub use document::Document;
pub use error::{AnalyzerError, ConfigError};
pub use options::{OptionSpec, Options};
pub use output::AnalyzerOutput;
pub use span::{OffsetSpan, Span, TextSpan};
pub use word_table::{FilteredTable, WordSet, WordTable};
