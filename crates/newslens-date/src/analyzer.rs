//! The `date` analyzer: options, creation, and the `Analyzer` implementation.

use crate::grammar::Settings;
use crate::reference;
use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, CivilDate, ConfigError, Document,
    OptionSpec, Options, Outputs,
};

/// Finds temporal expressions and normalizes them to TIMEX3 values.
#[derive(Debug, Clone)]
pub struct DateAnalyzer {
    default_reference: Option<CivilDate>,
    infer_reference: bool,
    settings: Settings,
}

impl DateAnalyzer {
    /// The analyzer with default options.
    pub fn with_defaults() -> Self {
        DateAnalyzer {
            default_reference: None,
            infer_reference: true,
            settings: Settings::default(),
        }
    }

    /// The analysis of one document (what `analyze` returns, typed).
    pub fn analyze_document(&self, doc: &Document) -> newslens_core::output::DateOutput {
        reference::analyze(
            doc,
            self.default_reference,
            self.infer_reference,
            self.settings,
        )
    }
}

impl Analyzer for DateAnalyzer {
    fn info() -> AnalyzerInfo {
        AnalyzerInfo::new(
            "date",
            env!("CARGO_PKG_VERSION"),
            "temporal expressions (TimeML TIMEX3 type and value) resolved against the article's date",
        )
        .option(OptionSpec::new(
            "default_reference",
            "",
            "reference date (YYYY-MM-DD) for articles without `published`; empty: none",
        ))
        .option(OptionSpec::new(
            "infer_reference",
            true,
            "without `published` or a default, infer the reference date from the text (dateline, latest full date)",
        ))
        .option(OptionSpec::new(
            "include_fuzzy",
            true,
            "report fuzzy references (now → PRESENT_REF, recently → PAST_REF, the future → FUTURE_REF)",
        ))
        .option(OptionSpec::new(
            "include_sets",
            true,
            "report sets (every Tuesday, annually)",
        ))
        .option(OptionSpec::new(
            "include_durations",
            true,
            "report durations (three months → P3M)",
        ))
    }

    fn create(mut options: Options) -> Result<Self, ConfigError> {
        let default_reference = match options.string("default_reference")? {
            None => None,
            Some(s) if s.trim().is_empty() => None,
            Some(s) => Some(CivilDate::parse_iso(s.trim()).ok_or_else(|| {
                ConfigError::option(
                    options.analyzer(),
                    "default_reference",
                    format!("`{s}` is not a date: use YYYY-MM-DD"),
                )
            })?),
        };
        let infer_reference = options.bool("infer_reference", true)?;
        let settings = Settings {
            include_fuzzy: options.bool("include_fuzzy", true)?,
            include_sets: options.bool("include_sets", true)?,
            include_durations: options.bool("include_durations", true)?,
        };
        let info = Self::info();
        options.finish(info.option_keys())?;
        Ok(DateAnalyzer {
            default_reference,
            infer_reference,
            settings,
        })
    }

    fn analyze(&self, doc: &Document, _prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        Ok(AnalyzerOutput::Date(self.analyze_document(doc)))
    }
}
