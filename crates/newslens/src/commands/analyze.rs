//! `newslens analyze FILE`: one article, readable in a terminal.

use super::EngineArgs;
use crate::read::{parse_item, InputArg, InputWalker};
use anyhow::{anyhow, Result};
use newslens_core::output::quote::QuoteOutput;
use newslens_core::output::sentiment::SentimentOutput;
use newslens_core::output::stance::StanceOutput;
use newslens_core::output::DateOutput;
use newslens_core::{AnalyzerOutput, Document};
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `newslens analyze`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article (.txt, .md, .json, .html; the first line of a .jsonl).
    #[arg(value_name = "FILE")]
    pub file: String,
    /// The configuration and analyzer selection.
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Print the JSON record instead of the readable view.
    #[arg(long)]
    pub json: bool,
}

/// Shows one article.
pub fn main(args: Args) -> Result<ExitCode> {
    let (_, engine) = args.engine.engine()?;
    let mut walker = InputWalker::new(
        vec![InputArg::parse(&args.file)],
        super::run::DEFAULT_MAX_ARTICLE_BYTES,
    );
    let item = walker
        .next()
        .ok_or_else(|| anyhow!("{}: no article found", args.file))?;
    let (source, default_id) = (item.source.clone(), item.default_id.clone());
    let parsed = parse_item(item);
    if args.json {
        let processed = engine.process(parsed, &source, &default_id, false);
        std::io::stdout().write_all(&processed.line)?;
        return Ok(if processed.had_errors {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    let parsed = parsed.map_err(|e| anyhow!("{source}: {e}"))?;
    let doc = Document::new(parsed.article);
    let (outputs, errors, _) = engine.analyze(&doc);
    let mut out = String::new();
    let article = doc.article();
    out.push_str(&format!(
        "{}\n",
        article.title.as_deref().unwrap_or("(no title)")
    ));
    out.push_str(&format!(
        "id {} · published {} · {} paragraphs, {} sentences, {} words\n",
        article.id,
        article
            .published
            .as_ref()
            .map_or("unknown", |p| p.original.as_str()),
        doc.paragraphs().len(),
        doc.sentences().len(),
        doc.tokens().iter().filter(|t| t.is_wordlike()).count()
    ));
    for warning in &parsed.warnings {
        out.push_str(&format!("warning: {warning}\n"));
    }
    for (name, output) in outputs.iter() {
        out.push('\n');
        match output {
            AnalyzerOutput::Quote(q) => render_quotes(q, &mut out),
            AnalyzerOutput::Date(d) => render_dates(d, &mut out),
            AnalyzerOutput::Sentiment(s) => render_sentiment(s, &doc, &mut out),
            AnalyzerOutput::Stance(s) => render_stance(s, &mut out),
            AnalyzerOutput::Entities(e) => {
                out.push_str(&format!("ENTITIES ({})\n", e.entities.len()));
                for entity in &e.entities {
                    out.push_str(&format!(
                        "  {} [{}] {} mention{}{}\n",
                        entity.name,
                        serde_json::to_value(entity.kind)?.as_str().unwrap_or(""),
                        entity.mentions.len(),
                        if entity.mentions.len() == 1 { "" } else { "s" },
                        entity
                            .description
                            .as_ref()
                            .map(|d| format!(" — {d}"))
                            .unwrap_or_default()
                    ));
                }
            }
            AnalyzerOutput::Custom(value) => {
                out.push_str(&format!(
                    "{}\n{}\n",
                    name.to_uppercase(),
                    serde_json::to_string_pretty(value)?
                ));
            }
        }
    }
    if !errors.is_empty() {
        out.push_str("\nERRORS\n");
        for e in &errors {
            out.push_str(&format!("  {}: {}\n", e.analyzer, e.message));
        }
    }
    crate::out!("{out}")?;
    Ok(if errors.is_empty() && parsed.warnings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn shorten(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

fn render_quotes(q: &QuoteOutput, out: &mut String) {
    out.push_str(&format!("QUOTES ({})\n", q.quotes.len()));
    for quote in &q.quotes {
        let who = quote
            .speaker
            .as_ref()
            .map_or("(no speaker)".to_string(), |s| {
                let name = s.name.clone().unwrap_or_else(|| s.span.text.clone());
                if name != s.span.text {
                    format!("{name} (as “{}”)", s.span.text)
                } else {
                    name
                }
            });
        let cue = quote.cue.as_ref().map_or("", |c| c.text.as_str());
        let kind = serde_json::to_value(quote.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {who} — {cue} [{kind}]\n    {}\n",
            shorten(&quote.content.text, 110)
        ));
    }
    if !q.speakers.is_empty() {
        out.push_str("  speakers: ");
        let list: Vec<String> = q
            .speakers
            .iter()
            .map(|s| format!("{} ({})", s.name, s.quotes))
            .collect();
        out.push_str(&list.join(", "));
        out.push('\n');
    }
}

fn render_dates(d: &DateOutput, out: &mut String) {
    let from = serde_json::to_value(d.reference.from)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    out.push_str(&format!(
        "DATES ({}; reference {} from {from})\n",
        d.mentions.len(),
        d.reference.date.as_deref().unwrap_or("none")
    ));
    for m in &d.mentions {
        let kind = serde_json::to_value(m.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {:<28} {:<8} {}\n",
            shorten(&m.span.text, 28),
            kind,
            m.value
        ));
    }
}

fn render_sentiment(s: &SentimentOutput, doc: &Document, out: &mut String) {
    let label = |l| {
        serde_json::to_value(l)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    out.push_str(&format!(
        "SENTIMENT document {:+.2} {}\n",
        s.document.score,
        label(s.document.label)
    ));
    let mut sentences: Vec<_> = s.sentences.iter().collect();
    sentences.sort_by(|a, b| a.polarity.score.total_cmp(&b.polarity.score));
    for (what, sentence) in [
        ("most negative", sentences.first()),
        ("most positive", sentences.last()),
    ] {
        if let Some(sentence) = sentence {
            out.push_str(&format!(
                "  {what} {:+.2}: {}\n",
                sentence.polarity.score,
                shorten(doc.slice(sentence.span.bytes), 100)
            ));
        }
    }
    for entity in &s.entities {
        out.push_str(&format!(
            "  toward {:<28} {:+.2} {}\n",
            entity.name,
            entity.polarity.score,
            label(entity.polarity.label)
        ));
    }
}

fn render_stance(s: &StanceOutput, out: &mut String) {
    out.push_str("STANCE\n");
    let label = |l| {
        serde_json::to_value(l)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    for t in &s.targets {
        out.push_str(&format!(
            "  {}: “{}” → {} (agree {:.2} disagree {:.2} discuss {:.2} unrelated {:.2})\n",
            t.id,
            shorten(&t.text, 60),
            label(t.label),
            t.probs.agree,
            t.probs.disagree,
            t.probs.discuss,
            t.probs.unrelated
        ));
    }
    for sp in &s.speakers {
        out.push_str(&format!(
            "  {} on {}: {}\n",
            sp.name,
            sp.target,
            label(sp.label)
        ));
    }
}
