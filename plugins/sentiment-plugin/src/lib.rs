//! `sentiment-plugin`: the built-in sentiment analyzer (crate `newslens-sentiment`),
//! unchanged, exported as a plugin through the same SDK as any custom analyzer. It
//! shows that the ABI carries a real analyzer with requirements (`entities` arrives
//! typed) and options: `tests/e2e/plugin_proof.rs` checks that its output equals the
//! built-in's on the example articles, and `benches/boundary.rs` measures the boundary.
//!
//! ```toml
//! [analyzers.entities]
//! [analyzers.sentiment]
//! plugin = "target/release/libsentiment_plugin.so"
//! ```

newslens_plugin::export_analyzer!(newslens_sentiment::SentimentAnalyzer);
