//! The stance model: an IDF table and the two logistic regressions, loaded from a JSON
//! model file (the shipped `data/model.json`, or a user's retrained one).

use crate::features::{
    extract, extract_if, extract_with, gated_names, stance_names, PairFeatures, Vocabulary,
    VocabularyHits, RELATED_BASE,
};
use crate::idf::IdfTable;
use crate::logistic::Logistic;
use crate::profile::{ClaimProfile, TextProfile};
use crate::terms::Lexicon;
use newslens_core::output::stance::{StanceLabel, StanceProbs};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format tag every model file carries.
pub const FORMAT: &str = "newslens-stance-model/1";
/// Stage-1 classes.
pub const RELATED_CLASSES: [&str; 2] = ["unrelated", "related"];
/// Stage-2 classes.
pub const STANCE_CLASSES: [&str; 3] = ["agree", "disagree", "discuss"];

/// The model file, as stored (JSON).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// What the model was trained on and the figures it reached (free text).
    pub description: String,
    /// IDF of each stem.
    pub idf: IdfFile,
    /// Stems whose presence in a short text is a stage-2 feature.
    #[serde(default)]
    pub vocabulary: Vec<String>,
    /// Stage 1: related vs unrelated.
    pub relatedness: Logistic,
    /// Stage 2: agree / disagree / discuss, for related pairs.
    pub stance: Logistic,
}

/// The IDF part of the model file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IdfFile {
    /// Number of training texts the document frequencies were counted over.
    pub documents: usize,
    /// IDF of a stem not listed.
    pub default: f32,
    /// IDF per stem.
    #[serde(deserialize_with = "stems_in_one_build")]
    pub stems: BTreeMap<String, f32>,
}

/// Reads the `stems` object as a list of pairs and builds the map from it at once. The map is
/// the same as serde's own, entry by entry (a repeated stem keeps its last IDF), but written
/// from a `BTreeMap` the stems come in order, and 11,390 inserts one by one, each comparing
/// strings down the tree, were half the time of loading the model.
fn stems_in_one_build<'de, D>(deserializer: D) -> Result<BTreeMap<String, f32>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Pairs;
    impl<'de> serde::de::Visitor<'de> for Pairs {
        type Value = Vec<(String, f32)>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(0));
            while let Some(pair) = map.next_entry()? {
                pairs.push(pair);
            }
            Ok(pairs)
        }
    }
    // `collect` sorts stably (one pass over sorted input) and keeps the last of equal keys.
    Ok(deserializer.deserialize_map(Pairs)?.into_iter().collect())
}

/// A loaded model, ready to score pairs.
#[derive(Debug, Clone)]
pub struct StanceModel {
    file: ModelFile,
    idf: IdfTable,
    lexicon: Lexicon,
    vocabulary: Vocabulary,
}

/// The model's judgement of one (claim, text) pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The label: `unrelated` when relatedness < 0.5, else the best of agree/disagree/discuss.
    pub label: StanceLabel,
    /// P(label) for each label: P(unrelated) = 1 − relatedness, the others relatedness × P(stance).
    pub probs: StanceProbs,
    /// P(related) from stage 1.
    pub relatedness: f64,
    /// Segments of the text that best match the claim, best first.
    pub zone: Vec<usize>,
}

impl Judgement {
    /// Certainly unrelated: P(unrelated) = 1.
    pub fn unrelated() -> Self {
        Judgement {
            label: StanceLabel::Unrelated,
            probs: StanceProbs {
                agree: 0.0,
                disagree: 0.0,
                discuss: 0.0,
                unrelated: 1.0,
            },
            relatedness: 0.0,
            zone: Vec::new(),
        }
    }
}

/// The model shipped with the crate.
pub const DEFAULT_MODEL: &[u8] = include_bytes!("../data/model.json");

impl StanceModel {
    /// Parses and checks a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        let file: ModelFile =
            serde_json::from_slice(bytes).map_err(|e| format!("not a stance model file: {e}"))?;
        StanceModel::from_file(file)
    }

    /// The model shipped with the crate.
    pub fn default_model() -> Self {
        StanceModel::from_bytes(DEFAULT_MODEL).expect("the shipped model is valid")
    }

    /// Checks a parsed model file and prepares it for use.
    pub fn from_file(mut file: ModelFile) -> Result<Self, String> {
        if file.format != FORMAT {
            return Err(format!(
                "model format `{}`, expected `{FORMAT}`",
                file.format
            ));
        }
        file.relatedness
            .check("relatedness", &gated_names(RELATED_BASE), &RELATED_CLASSES)?;
        let vocabulary = Vocabulary::new(file.vocabulary.clone());
        file.stance
            .check("stance", &stance_names(&vocabulary), &STANCE_CLASSES)?;
        let idf = IdfTable::new(
            file.idf.stems.iter().map(|(s, v)| (s.as_str(), *v)),
            file.idf.default,
        );
        Ok(StanceModel {
            file,
            idf,
            lexicon: Lexicon::new(),
            vocabulary,
        })
    }

    /// The model file (weights, IDF, description).
    pub fn file(&self) -> &ModelFile {
        &self.file
    }

    /// The model file as pretty JSON.
    pub fn to_json(&self) -> String {
        to_json(&self.file)
    }

    /// The IDF table.
    pub fn idf(&self) -> &IdfTable {
        &self.idf
    }

    /// The word lists.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The stems of the stage-2 word features.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Profiles a claim with its keywords.
    pub fn claim(&self, text: &str, keywords: &[String]) -> ClaimProfile {
        ClaimProfile::new(text, keywords, &self.lexicon, &self.idf)
    }

    /// Judges `text`'s stance toward `claim`.
    pub fn judge(&self, claim: &ClaimProfile, text: &TextProfile) -> Judgement {
        self.judge_features(extract(claim, text, &self.vocabulary))
    }

    /// The vocabulary stems of `text`, for judging it against several claims
    /// ([`StanceModel::judge_with`]).
    pub fn vocabulary_hits(&self, text: &TextProfile) -> VocabularyHits {
        VocabularyHits::of(text, &self.vocabulary)
    }

    /// Judges `text`'s stance toward `claim`, with the text's vocabulary stems `hits`
    /// (from [`StanceModel::vocabulary_hits`]); the same judgement as [`StanceModel::judge`].
    pub fn judge_with(
        &self,
        claim: &ClaimProfile,
        text: &TextProfile,
        hits: &VocabularyHits,
    ) -> Judgement {
        self.judge_features(extract_with(claim, text, hits))
    }

    /// Judges a pair from its features.
    pub fn judge_features(&self, f: PairFeatures) -> Judgement {
        let r = self.relatedness_probs(&f.related);
        self.judge_stance(r, f)
    }

    /// Judges `text`'s stance toward `claim` (with the text's vocabulary stems `hits`) if the
    /// model finds them related; `None` when the judgement would be `unrelated`, found from
    /// the stage-1 features alone (the stage-2 ones are not computed).
    pub fn judge_if_related(
        &self,
        claim: &ClaimProfile,
        text: &TextProfile,
        hits: &VocabularyHits,
    ) -> Option<Judgement> {
        let mut r = [0.0f32; 2];
        let f = extract_if(claim, text, hits, |related| {
            r = self.relatedness_probs(related);
            // Exactly the pairs `judge_stance` does not label unrelated.
            !is_unrelated(f64::from(r[1]))
        })?;
        Some(self.judge_stance(r, f))
    }

    /// Stage 1: P(unrelated), P(related) from a pair's gated stage-1 features.
    fn relatedness_probs(&self, related: &[f32]) -> [f32; 2] {
        // Only the half of a gated row for this kind of text is set.
        let short = related.last().is_some_and(|v| *v > 0.0);
        let mut r = [0.0f32; 2];
        let active = PairFeatures::active(related.len(), short);
        self.file
            .relatedness
            .probs_active_into(related, active, &[], &mut r);
        r
    }

    /// Stage 2 and the judgement, given the pair's stage-1 probabilities `r`.
    fn judge_stance(&self, r: [f32; 2], f: PairFeatures) -> Judgement {
        let short = f.is_short();
        let mut s = [0.0f32; 3];
        let stance = PairFeatures::active(f.stance.len(), short);
        self.file
            .stance
            .probs_active_into(&f.stance, stance, &f.words, &mut s);
        let rel = f64::from(r[1]);
        let probs = StanceProbs {
            agree: rel * f64::from(s[0]),
            disagree: rel * f64::from(s[1]),
            discuss: rel * f64::from(s[2]),
            unrelated: 1.0 - rel,
        };
        let label = if is_unrelated(rel) {
            StanceLabel::Unrelated
        } else if s[0] >= s[1] && s[0] >= s[2] {
            StanceLabel::Agree
        } else if s[1] >= s[2] {
            StanceLabel::Disagree
        } else {
            StanceLabel::Discuss
        };
        Judgement {
            label,
            probs,
            relatedness: rel,
            zone: f.zone,
        }
    }
}

/// Whether a pair with P(related) `relatedness` is labelled unrelated (below 0.5).
fn is_unrelated(relatedness: f64) -> bool {
    relatedness < 0.5
}

/// Serializes a model file as JSON, one weight row per line for readability.
pub fn to_json(file: &ModelFile) -> String {
    serde_json::to_string_pretty(file).expect("model files serialize")
}
