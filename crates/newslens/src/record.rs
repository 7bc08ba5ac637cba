//! One output line: the contract's record for one article.

use newslens_core::AnalyzerOutput;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// An error recorded for an article: which analyzer (or `reader`) and what happened.
#[derive(Debug, Clone, Serialize)]
pub struct RecordError {
    /// The analyzer that failed, or `reader` when the article could not be read.
    pub analyzer: String,
    /// What went wrong.
    pub message: String,
}

/// The output record of one article (CONTRACT.md, "Output").
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    /// Article id.
    pub id: &'a str,
    /// Where it came from.
    pub source: &'a str,
    /// Headline.
    pub title: Option<&'a str>,
    /// Publication date as given.
    pub published: Option<&'a str>,
    /// The analyzed text, with `--include-text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
    /// Outputs by analyzer name, in run order.
    #[serde(serialize_with = "ordered_map")]
    pub analyzers: &'a [(String, AnalyzerOutput)],
    /// Errors of this article.
    pub errors: &'a [RecordError],
}

fn ordered_map<S: Serializer>(
    entries: &&[(String, AnalyzerOutput)],
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(entries.len()))?;
    for (name, output) in entries.iter() {
        map.serialize_entry(name, output)?;
    }
    map.end()
}

impl Record<'_> {
    /// Appends the record as one JSON line (with its newline) to `out`.
    pub fn write_line(&self, out: &mut Vec<u8>) {
        serde_json::to_writer(&mut *out, self).expect("records always serialize");
        out.push(b'\n');
    }
}
