//! newslens-quote: the `quote` analyzer. Finds direct, indirect and mixed quotes with
//! their cue and speaker; resolves each speaker to a canonical name and description
//! through the `entities` analyzer (required); lists the article's speakers.
//!
//! The rules work on the shared text layer: quotation marks are paired per paragraph
//! ([`marks`]), cue verb groups found outside quotations ([`cues`]), and each
//! attribution frame built from a cue, its subject and its content ([`frames`]).
//! [`eval`] scores outputs against PolNeAR and contract-shape gold (pure functions).

pub mod cues;
pub mod eval;
pub mod frames;
pub mod marks;
mod phrase;
mod speakers;
pub mod text;
mod words;

use frames::{Frame, Piece};
use newslens_core::output::quote::{Content, Quote, QuoteKind, QuoteOutput, Speaker};
use newslens_core::output::EntitiesOutput;
use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
};
use text::Text;

/// How the pieces of one attribution ("“A,” he said, “B.”") are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartsMode {
    /// One quote per contiguous piece (the contract's convention).
    Split,
    /// One quote per attribution, its pieces in `content.parts` (PolNeAR's convention).
    Join,
}

/// The `quote` analyzer.
#[derive(Debug, Clone)]
pub struct QuoteAnalyzer {
    parts: PartsMode,
    indirect: bool,
}

impl QuoteAnalyzer {
    /// An analyzer with these settings (what `create` builds from options).
    pub fn new(parts: PartsMode, indirect: bool) -> Self {
        QuoteAnalyzer { parts, indirect }
    }

    /// The quotes of `doc`, given the entities found in it.
    pub fn quotes(&self, doc: &Document, ents: &EntitiesOutput) -> QuoteOutput {
        let t = Text::new(doc);
        let mut frames = frames::frames(&t);
        if !self.indirect {
            for f in &mut frames {
                f.pieces.retain(|p| p.direct);
            }
        }
        let resolved = speakers::resolve_all(&t, &frames, ents);
        let mut quotes: Vec<(Quote, usize)> = Vec::new();
        for (fi, f) in frames.iter().enumerate() {
            if f.pieces.is_empty() {
                continue;
            }
            let cue = f.cue.map(|c| doc.out_span(t.range(c.0, c.1)));
            let speaker = resolved[fi].as_ref().map(|r| Speaker {
                span: doc.out_span(r.span),
                name: r.name.clone(),
                description: r.description.clone(),
            });
            let mut pieces: Vec<Piece> = f.pieces.clone();
            pieces.sort_by_key(|p| p.range.0);
            pieces.dedup_by_key(|p| p.range);
            match self.parts {
                PartsMode::Split => {
                    for p in &pieces {
                        let content = Content {
                            span: doc.out_span(t.range(p.range.0, p.range.1)),
                            parts: Vec::new(),
                        };
                        quotes.push((
                            Quote {
                                kind: kind_of(&t, std::slice::from_ref(p)),
                                content,
                                cue: cue.clone(),
                                speaker: speaker.clone(),
                            },
                            fi,
                        ));
                    }
                }
                PartsMode::Join => {
                    let first = pieces[0].range.0;
                    let last = pieces[pieces.len() - 1].range.1;
                    let parts = if pieces.len() > 1 {
                        pieces
                            .iter()
                            .map(|p| doc.out_span(t.range(p.range.0, p.range.1)))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    quotes.push((
                        Quote {
                            kind: kind_of(&t, &pieces),
                            content: Content {
                                span: doc.out_span(t.range(first, last)),
                                parts,
                            },
                            cue,
                            speaker,
                        },
                        fi,
                    ));
                }
            }
        }
        quotes.sort_by_key(|(q, _)| (q.content.span.start, q.content.span.end));
        let order: Vec<(usize, Option<&speakers::Resolved>)> = quotes
            .iter()
            .enumerate()
            .map(|(i, (_, fi))| (i, resolved[*fi].as_ref()))
            .collect();
        let speakers = speakers::summary(&order);
        QuoteOutput {
            quotes: quotes.into_iter().map(|(q, _)| q).collect(),
            speakers,
        }
    }
}

/// Direct when every piece is a whole quotation, mixed when a piece holds a quotation
/// mark, else indirect.
fn kind_of(t: &Text, pieces: &[Piece]) -> QuoteKind {
    if pieces.iter().all(|p| p.direct) {
        QuoteKind::Direct
    } else if pieces
        .iter()
        .any(|p| p.direct || (p.range.0..p.range.1).any(|k| t.is_mark(k)))
    {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// The frames of `doc`, for inspection and tests.
pub fn debug_frames(doc: &Document) -> Vec<Frame> {
    frames::frames(&Text::new(doc))
}

impl Analyzer for QuoteAnalyzer {
    fn info() -> AnalyzerInfo {
        AnalyzerInfo::new(
            "quote",
            env!("CARGO_PKG_VERSION"),
            "direct, indirect and mixed quotes with cue, speaker, canonical name and description",
        )
        .requires(&["entities"])
        .option(OptionSpec::new(
            "parts",
            "split",
            "\"split\": one quote per contiguous span (“A,” he said, “B.” gives two); \"join\": one quote per attribution with its pieces in content.parts (PolNeAR style)",
        ))
        .option(OptionSpec::new(
            "indirect",
            true,
            "report indirect and mixed quotes (paraphrases) besides direct ones",
        ))
    }

    fn create(mut options: Options) -> Result<Self, ConfigError> {
        let parts = match options
            .choice("parts", "split", &["split", "join"])?
            .as_str()
        {
            "join" => PartsMode::Join,
            _ => PartsMode::Split,
        };
        let indirect = options.bool("indirect", true)?;
        options.finish(Self::info().option_keys())?;
        Ok(QuoteAnalyzer::new(parts, indirect))
    }

    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        let ents = prior.require("entities")?.as_entities().ok_or_else(|| {
            AnalyzerError::Failed("the entities output has an unexpected type".into())
        })?;
        Ok(AnalyzerOutput::Quote(self.quotes(doc, ents)))
    }
}
