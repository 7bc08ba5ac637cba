//! newslens-quote: the `quote` analyzer. Finds direct, indirect and mixed quotes with
//! their cue and speaker; resolves each speaker to a canonical name and description
//! through the `entities` analyzer (required); lists the article's speakers.
//!
//! The rules work on the shared text layer: quotation marks are paired per paragraph
//! ([`marks`]), cue verb groups found outside quotations ([`cues`]), and each
//! attribution frame built from a cue, its subject and its content ([`frames`]).
//! [`eval`] scores outputs against PolNeAR and contract-shape gold (pure functions).

mod coverage;
pub mod cue_model;
pub mod cues;
pub mod eval;
pub mod frames;
pub mod marks;
mod phrase;
mod speakers;
pub mod text;
pub mod train;
mod words;

use cue_model::CueModel;
use frames::{Frame, Piece};
use newslens_core::output::quote::{Content, Quote, QuoteKind, QuoteOutput, Speaker};
use newslens_core::output::EntitiesOutput;
use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
};
use std::borrow::Cow;
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
    /// Whether British-style single quotation marks quote ('…,' he said).
    single_marks: bool,
    /// The learned cue detector, when enabled.
    cue_model: Option<Cow<'static, CueModel>>,
    /// Its threshold (the model file's unless overridden).
    cue_threshold: f32,
}

impl QuoteAnalyzer {
    /// An analyzer with these settings and the shipped cue model (what `create` builds
    /// from options).
    pub fn new(parts: PartsMode, indirect: bool) -> Self {
        let model = CueModel::embedded();
        QuoteAnalyzer {
            parts,
            indirect,
            single_marks: false,
            cue_model: Some(Cow::Borrowed(model)),
            cue_threshold: model.threshold,
        }
    }

    /// Reading British-style single quotation marks as quotes ('…,' he said), in
    /// paragraphs without double marks; off by default, since American sources use them
    /// for headlines' partial quotes.
    pub fn with_single_marks(mut self, single_marks: bool) -> Self {
        self.single_marks = single_marks;
        self
    }

    /// Without the learned cue detector (rules and lexicon only).
    pub fn without_cue_model(mut self) -> Self {
        self.cue_model = None;
        self
    }

    /// With another learned cue model (its threshold too), e.g. one just trained.
    pub fn with_cue_model(mut self, model: CueModel) -> Self {
        self.cue_threshold = model.threshold;
        self.cue_model = Some(Cow::Owned(model));
        self
    }

    /// With another threshold (a logit) for the learned cue detector, for tuning.
    pub fn with_cue_threshold(mut self, threshold: f32) -> Self {
        self.cue_threshold = threshold;
        self
    }

    /// The quotes of `doc`, given the entities found in it.
    pub fn quotes(&self, doc: &Document, ents: &EntitiesOutput) -> QuoteOutput {
        let t = Text::with_marks(doc, self.single_marks);
        let mut frames = frames::frames(
            &t,
            self.cue_model.as_deref().map(|m| (m, self.cue_threshold)),
        );
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
    let model = CueModel::embedded();
    frames::frames(&Text::new(doc), Some((model, model.threshold)))
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
        .option(OptionSpec::new(
            "single_quotes",
            false,
            "also read British-style single quotation marks ('We are not out of the woods,' he said) in paragraphs without double ones; off for American sources, whose headlines quote in single marks",
        ))
        .option(OptionSpec::new(
            "learned_cues",
            true,
            "also take the cues the learned cue model finds beyond the cue lexicon (trained on PolNeAR train)",
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
        let single_marks = options.bool("single_quotes", false)?;
        let learned = options.bool("learned_cues", true)?;
        options.finish(Self::info().option_keys())?;
        let analyzer = QuoteAnalyzer::new(parts, indirect).with_single_marks(single_marks);
        Ok(if learned {
            analyzer
        } else {
            analyzer.without_cue_model()
        })
    }

    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        let ents = prior.require("entities")?.as_entities().ok_or_else(|| {
            AnalyzerError::Failed("the entities output has an unexpected type".into())
        })?;
        Ok(AnalyzerOutput::Quote(self.quotes(doc, ents)))
    }
}
