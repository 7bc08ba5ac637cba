//! The built-in analyzers, by name. The order here is the tie-break when several
//! analyzers could run next, and the order `newslens init` lists them in.

use newslens_core::AnalyzerFactory;

/// Every built-in analyzer.
pub fn builtins() -> Vec<AnalyzerFactory> {
    vec![
        AnalyzerFactory::of::<newslens_entities::EntitiesAnalyzer>(),
        AnalyzerFactory::of::<newslens_quote::QuoteAnalyzer>(),
        AnalyzerFactory::of::<newslens_date::DateAnalyzer>(),
        AnalyzerFactory::of::<newslens_sentiment::SentimentAnalyzer>(),
        AnalyzerFactory::of::<newslens_stance::StanceAnalyzer>(),
    ]
}

/// The built-in named `name`, if there is one.
pub fn builtin(name: &str) -> Option<AnalyzerFactory> {
    builtins().into_iter().find(|f| (f.info)().name == name)
}
