//! newslens-stance: does an article — and does each person quoted in it — agree with,
//! dispute, merely discuss, or ignore a claim?
//!
//! A two-stage model over cheap, explainable features ([`features`]): stage 1 decides related
//! vs unrelated from tf-idf cosines and word/bigram overlap between the claim and the text
//! (whole, opening sentences, best-matching sentence); stage 2 decides agree / disagree /
//! discuss from refuting, hedging, doubt and affirming words, negation and polarity near the
//! claim's mentions, question marks and quotation marks. Both stages are multinomial logistic
//! regressions ([`logistic`]) trained by [`train`] and shipped in `data/model.json`.
//!
//! - [`StanceAnalyzer`]: the `stance` analyzer;
//! - [`StanceModel`]: a loaded model (`from_bytes`), usable directly on profiled texts;
//! - [`eval`]: scoring exactly as `shared/eval/stance/score.py`;
//! - [`train`]: training from labelled pairs (pure; callers read the files).

pub mod analyzer;
pub mod csv;
pub mod eval;
pub mod features;
pub mod idf;
pub mod logistic;
pub mod model;
pub mod profile;
pub mod speakers;
pub mod targets;
pub mod terms;
pub mod termtable;
pub mod train;
pub mod words;

pub use analyzer::StanceAnalyzer;
pub use model::StanceModel;
