//! Evaluation of quote outputs, reproducing `../shared/eval/quotes/score.py` (content
//! exact and overlap F1, cue F1, speaker F1, attribution accuracy, by quote type;
//! direct-only and split-parts modes). Pure functions: callers read the files and pass
//! strings or parsed JSON.
//!
//! - [`brat`]: PolNeAR gold (`.txt` + brat `.ann`) → [`EvalQuote`]s, as
//!   `polnear_to_articles.py` converts it;
//! - [`score`]: the measures and the text report;
//! - this module: the quote shape both sides share, read from contract JSON records or
//!   from a [`QuoteOutput`].

pub mod brat;
pub mod score;

use newslens_core::output::quote::{QuoteKind, QuoteOutput};
use serde_json::Value;

/// A span in code points with its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text, when given (trimming and tokens use it).
    pub text: Option<String>,
}

/// A content: its extent and, for discontinuous ones, its pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalContent {
    /// The whole extent.
    pub span: EvalSpan,
    /// The pieces, when several.
    pub parts: Vec<EvalSpan>,
}

/// A speaker mention and its canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalSpeaker {
    /// The mention.
    pub span: EvalSpan,
    /// The canonical name, if any.
    pub name: Option<String>,
}

/// One quote as the scorer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalQuote {
    /// "direct", "indirect" or "mixed" when given.
    pub kind: Option<String>,
    /// The content.
    pub content: EvalContent,
    /// The cue.
    pub cue: Option<EvalSpan>,
    /// The speaker.
    pub speaker: Option<EvalSpeaker>,
}

/// One article's quotes, or `None` when the quote analyzer gave no output for it.
pub type DocQuotes = Option<Vec<EvalQuote>>;

fn span_of(v: &Value) -> Option<EvalSpan> {
    let o = v.as_object()?;
    Some(EvalSpan {
        start: o.get("start")?.as_u64()? as usize,
        end: o.get("end")?.as_u64()? as usize,
        text: o.get("text").and_then(Value::as_str).map(str::to_string),
    })
}

fn quote_of(v: &Value) -> Option<EvalQuote> {
    let content = v.get("content")?;
    let span = span_of(content)?;
    let parts = content
        .get("parts")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(span_of).collect())
        .unwrap_or_default();
    Some(EvalQuote {
        kind: v.get("type").and_then(Value::as_str).map(str::to_string),
        content: EvalContent { span, parts },
        cue: v.get("cue").and_then(span_of),
        speaker: v.get("speaker").and_then(|s| {
            Some(EvalSpeaker {
                span: span_of(s)?,
                name: s.get("name").and_then(Value::as_str).map(str::to_string),
            })
        }),
    })
}

/// The quotes of one contract record (`analyzers.quote.quotes`, or `quote.quotes`, or
/// `quotes`); `None` when the record's `analyzers` has no `quote` (the analyzer failed).
pub fn quotes_of_record(rec: &Value) -> DocQuotes {
    let list = if let Some(an) = rec.get("analyzers").filter(|a| a.is_object()) {
        an.get("quote")?.get("quotes")
    } else if let Some(q) = rec.get("quote").filter(|q| q.is_object()) {
        q.get("quotes")
    } else {
        rec.get("quotes")
    };
    Some(
        list.and_then(Value::as_array)
            .map(|a| a.iter().filter_map(quote_of).collect())
            .unwrap_or_default(),
    )
}

/// Parses a gold or prediction file's text: JSON Lines, or one JSON object, or a JSON
/// list of objects. Returns `(id, record)` pairs in file order.
pub fn parse_records(raw: &str) -> Result<Vec<(String, Value)>, String> {
    let mut recs: Vec<Value> = Vec::new();
    let lines: Result<Vec<Value>, _> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str::<Value>)
        .collect();
    match lines {
        Ok(v) => recs = v,
        Err(_) => match serde_json::from_str::<Value>(raw).map_err(|e| e.to_string())? {
            Value::Array(a) => recs.extend(a),
            other => recs.push(other),
        },
    }
    Ok(recs
        .into_iter()
        .map(|r| {
            let id = match r.get("id") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Null) | None => String::new(),
                Some(other) => other.to_string(),
            };
            (id, r)
        })
        .collect())
}

/// The quotes of a [`QuoteOutput`], in the scorer's shape.
pub fn quotes_of_output(out: &QuoteOutput) -> Vec<EvalQuote> {
    let span = |s: &newslens_core::TextSpan| EvalSpan {
        start: s.start,
        end: s.end,
        text: Some(s.text.clone()),
    };
    out.quotes
        .iter()
        .map(|q| EvalQuote {
            kind: Some(
                match q.kind {
                    QuoteKind::Direct => "direct",
                    QuoteKind::Indirect => "indirect",
                    QuoteKind::Mixed => "mixed",
                }
                .to_string(),
            ),
            content: EvalContent {
                span: span(&q.content.span),
                parts: q.content.parts.iter().map(span).collect(),
            },
            cue: q.cue.as_ref().map(span),
            speaker: q.speaker.as_ref().map(|s| EvalSpeaker {
                span: span(&s.span),
                name: s.name.clone(),
            }),
        })
        .collect()
}
