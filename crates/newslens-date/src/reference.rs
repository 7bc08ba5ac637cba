//! The reference date: the article's `published`, else the configured default, else
//! one inferred from the text (a dateline date near the start, else the latest full
//! date mentioned), else none (values stay underspecified).

use crate::grammar::{self, Hit, Settings};
use crate::tokens::{self, Tok};
use newslens_core::output::date::{DateMention, DateOutput, DateReference, ReferenceSource};
use newslens_core::{Article, CivilDate, Document, Published};

/// How far into the text (bytes) a full date counts as the dateline.
const DATELINE_BYTES: u32 = 300;

/// Picks the reference date for `doc`.
pub(crate) fn choose(
    doc: &Document,
    toks: &[Tok],
    default: Option<CivilDate>,
    infer: bool,
    settings: Settings,
) -> (Option<CivilDate>, ReferenceSource) {
    if let Some(p) = &doc.article().published {
        return (Some(p.date), ReferenceSource::Published);
    }
    if let Some(d) = default {
        return (Some(d), ReferenceSource::Config);
    }
    if infer {
        if let Some(d) = infer_from_text(doc.text(), doc.lower_text(), toks, settings) {
            return (Some(d), ReferenceSource::Text);
        }
    }
    (None, ReferenceSource::None)
}

/// A full date near the start of the text (a dateline), else the latest full date.
fn infer_from_text(text: &str, lower: &str, toks: &[Tok], settings: Settings) -> Option<CivilDate> {
    let mut hits = Vec::new();
    grammar::find(text, lower, toks, None, settings, &mut hits);
    let full = |h: &Hit| {
        if h.kind != crate::TimexType::Date {
            return None;
        }
        CivilDate::parse_iso(&h.value)
    };
    let dateline = hits.iter().find(|h| toks[h.a].start < DATELINE_BYTES);
    if let Some(d) = dateline.and_then(full) {
        return Some(d);
    }
    let latest = hits.iter().filter_map(full).max();
    // "WASHINGTON, Feb 26 -": a dateline without its year takes the latest year named
    if let Some(h) = dateline.filter(|h| h.value.starts_with("XXXX-") && h.value.len() == 10) {
        let year = hits
            .iter()
            .filter(|h| h.kind == crate::TimexType::Date)
            .filter_map(|h| h.value.get(..4).and_then(|y| y.parse::<i32>().ok()))
            .max();
        if let Some(y) = year {
            let m = h.value[5..7].parse().ok()?;
            let d = h.value[8..10].parse().ok()?;
            return CivilDate::new(y, m, d).or(latest);
        }
    }
    latest
}

/// Runs the whole analysis on a prepared document.
pub(crate) fn analyze(
    doc: &Document,
    default: Option<CivilDate>,
    infer: bool,
    settings: Settings,
) -> DateOutput {
    let mut toks = Vec::new();
    tokens::classify(doc, &mut toks);
    let (reference, from) = choose(doc, &toks, default, infer, settings);
    let mut hits = Vec::new();
    grammar::find(
        doc.text(),
        doc.lower_text(),
        &toks,
        reference,
        settings,
        &mut hits,
    );
    let mentions = hits
        .into_iter()
        .map(|h| {
            let span =
                newslens_core::Span::new(toks[h.a].start as usize, toks[h.b - 1].end as usize);
            DateMention {
                span: doc.out_span(span),
                kind: h.kind,
                value: h.value,
            }
        })
        .collect();
    DateOutput {
        reference: DateReference {
            date: reference.map(|d| d.to_string()),
            from,
        },
        mentions,
    }
}

/// Tags `text` with reference date `published` (`YYYY-MM-DD` or a date-time; `None`:
/// inferred from the text), with default settings. For tools and tests.
pub fn tag(text: &str, published: Option<&str>) -> DateOutput {
    let mut article = Article::new("text", text);
    article.published = published.and_then(|p| Published::parse(p).ok());
    let doc = Document::new(article);
    analyze(&doc, None, true, Settings::default())
}
