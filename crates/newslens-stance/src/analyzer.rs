//! The `stance` analyzer: the article's stance toward its title and every target, and,
//! when the quote analyzer ran, each speaker's.

use crate::features::VocabularyHits;
use crate::model::{Judgement, StanceModel};
use crate::profile::{ClaimProfile, TextProfile};
use crate::speakers::speaker_stances;
use crate::targets::parse_targets;
use newslens_core::output::stance::{StanceLabel, StanceOutput, TargetStance};
use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
};
use serde_json::json;

/// The analyzer's name in `analyzers.toml` and in the output.
pub const NAME: &str = "stance";

/// A configured target with its claim profiled once, at creation.
#[derive(Debug, Clone)]
struct Target {
    id: String,
    text: String,
    claim: ClaimProfile,
}

/// The stance analyzer.
#[derive(Debug, Clone)]
pub struct StanceAnalyzer {
    model: StanceModel,
    targets: Vec<Target>,
    max_evidence: usize,
    speakers: bool,
}

impl StanceAnalyzer {
    /// An analyzer with `model` and configured targets `(id, text, keywords)`.
    pub fn with_model(
        model: StanceModel,
        targets: &[newslens_core::StanceTarget],
        max_evidence: usize,
        speakers: bool,
    ) -> Self {
        let targets = targets
            .iter()
            .map(|t| Target {
                id: t.id.clone(),
                text: t.text.clone(),
                claim: model.claim(&t.text, &t.keywords),
            })
            .collect();
        StanceAnalyzer {
            model,
            targets,
            max_evidence,
            speakers,
        }
    }

    /// The model in use.
    pub fn model(&self) -> &StanceModel {
        &self.model
    }

    fn judge(
        &self,
        doc: &Document,
        body: &TextProfile,
        hits: &VocabularyHits,
        id: &str,
        text: &str,
        claim: &ClaimProfile,
    ) -> TargetStance {
        // A target with keywords is about what they name: an article that mentions none
        // of them is unrelated to it, whatever words it shares with the claim ("budget
        // cuts" in a story on a national budget, for a claim on library budget cuts).
        let j = if claim.mentioned_in(body) {
            self.model.judge_with(claim, body, hits)
        } else {
            Judgement::unrelated()
        };
        let mut evidence = Vec::new();
        if j.label != StanceLabel::Unrelated {
            let mut zone: Vec<usize> = j.zone.iter().copied().take(self.max_evidence).collect();
            zone.sort_unstable();
            evidence = zone
                .into_iter()
                .map(|s| doc.offset_span(body.segments[s].span))
                .collect();
        }
        TargetStance {
            id: id.to_string(),
            text: text.to_string(),
            label: j.label,
            probs: j.probs,
            relatedness: j.relatedness,
            evidence,
        }
    }
}

impl Analyzer for StanceAnalyzer {
    fn info() -> AnalyzerInfo {
        AnalyzerInfo::new(
            NAME,
            env!("CARGO_PKG_VERSION"),
            "Stance (agree/disagree/discuss/unrelated) toward the title and configured claims, per article and per speaker",
        )
        .uses_if_enabled(&["quote"])
        .option(OptionSpec::new(
            "targets",
            json!([]),
            "Claims to measure stance toward: a list of tables { id, text, keywords = [..] } (aliases = keywords); with keywords, an article that mentions none of them (every word of one) is unrelated",
        ))
        .option(OptionSpec::new(
            "model",
            "",
            "Path of a model file made by `newslens train stance` (read once at start); empty = the shipped model",
        ))
        .option(OptionSpec::new(
            "evidence",
            3,
            "How many best-matching sentences to give as evidence per related target (0-10)",
        ))
        .option(OptionSpec::new(
            "speakers",
            true,
            "Judge each quoted speaker's stance when the quote analyzer is enabled",
        ))
    }

    fn create(mut options: Options) -> Result<Self, ConfigError> {
        let targets = parse_targets(NAME, options.raw("targets"))?;
        let model = match options.string("model")?.filter(|p| !p.trim().is_empty()) {
            None => StanceModel::default_model(),
            // Creation is configuration: the user's model file is read once, here.
            Some(path) => {
                let bytes = std::fs::read(&path).map_err(|e| {
                    ConfigError::option(NAME, "model", format!("cannot read `{path}`: {e}"))
                })?;
                StanceModel::from_bytes(&bytes)
                    .map_err(|e| ConfigError::option(NAME, "model", format!("`{path}`: {e}")))?
            }
        };
        let max_evidence = options.u64_in("evidence", 3, 0..=10)? as usize;
        let speakers = options.bool("speakers", true)?;
        options.finish(Self::info().option_keys())?;
        Ok(StanceAnalyzer::with_model(
            model,
            &targets,
            max_evidence,
            speakers,
        ))
    }

    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        // Each token is looked up once, for the body and every speaker's quotes.
        let (body, words) = TextProfile::with_words(doc, self.model.lexicon(), self.model.idf());
        let article = doc.article();
        let mut out = StanceOutput::default();
        // Claims made for this article alone: the title and the article's own targets
        // (an article target replaces a configured one with the same id).
        let title = article.title.as_deref().filter(|t| !t.trim().is_empty());
        let title_claim = title.map(|t| self.model.claim(t, &[]));
        let own: Vec<ClaimProfile> = article
            .targets
            .iter()
            .map(|t| self.model.claim(&t.text, &t.keywords))
            .collect();
        let mut all: Vec<(&str, &str, &ClaimProfile)> =
            Vec::with_capacity(1 + self.targets.len() + own.len());
        if let (Some(t), Some(c)) = (title, &title_claim) {
            all.push(("title", t, c));
        }
        for t in &self.targets {
            if !article.targets.iter().any(|a| a.id == t.id) {
                all.push((&t.id, &t.text, &t.claim));
            }
        }
        for (t, c) in article.targets.iter().zip(&own) {
            if t.id != "title" || title.is_none() {
                all.push((&t.id, &t.text, c));
            }
        }
        let hits = self.model.vocabulary_hits(&body);
        out.targets.reserve_exact(all.len());
        for &(id, text, claim) in &all {
            out.targets
                .push(self.judge(doc, &body, &hits, id, text, claim));
        }
        if self.speakers {
            if let Some(quotes) = prior.get("quote").and_then(AnalyzerOutput::as_quote) {
                // A speaker's quotes are part of the article: where the article is
                // unrelated to a claim, so are they (the short-text model alone saw few
                // unrelated pairs and would call quotes on a port strike related to a claim
                // on library budget cuts).
                let pairs: Vec<(&str, &ClaimProfile)> = all
                    .iter()
                    .zip(&out.targets)
                    .filter(|(_, judged)| judged.label != StanceLabel::Unrelated)
                    .map(|(&(id, _, c), _)| (id, c))
                    .collect();
                out.speakers = speaker_stances(&self.model, doc, &words, quotes, &pairs);
            }
        }
        Ok(AnalyzerOutput::Stance(out))
    }
}
