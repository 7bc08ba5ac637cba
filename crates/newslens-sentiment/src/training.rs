//! Set-level runs, pure (strings in, results out): scoring an analyzer on a dev set,
//! training the target model from NewsMTSC train and the document calibration from the
//! rated snippets. The binary reads the files.

use crate::analyzer::Settings;
use crate::document_model::{
    cross_validate, fold_of, train_model, DocExample, DocumentModel, DocumentTrainConfig,
};
use crate::eval::{self, oracle_entities, parse_gold, Figures, GoldItem, Prediction, Verdict};
use crate::target_model::{train, Example, TargetModel, TrainConfig};
use crate::SentimentAnalyzer;
use newslens_core::output::sentiment::Polarity;
use newslens_core::output::EntitiesOutput;
use newslens_core::output::SentimentLabel;
use newslens_core::{Article, Document, Span};
use std::collections::HashMap;

/// Parses contract input lines (`{"id", "text"}`) into documents.
pub fn parse_articles(jsonl: &str) -> Result<Vec<Document>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let v: serde_json::Value =
                serde_json::from_str(l).map_err(|e| format!("article line {}: {e}", n + 1))?;
            let id = v["id"].as_str().unwrap_or_default().to_string();
            let text = v["text"]
                .as_str()
                .ok_or_else(|| format!("article line {}: no text", n + 1))?;
            Ok(Document::new(Article::new(id, text)))
        })
        .collect()
}

/// Makes the entities layer of an article, given the document and the gold target spans
/// of the article (code points).
pub type EntitiesFor<'a> = dyn Fn(&Document, &[(usize, usize)]) -> EntitiesOutput + 'a;

/// Runs `analyzer` over a set's articles and scores it against the set's gold. On target
/// sets each gold target is handed to the analyzer as an entity with that one mention
/// (oracle targets, the setting of the peer baselines).
pub fn evaluate_set(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
) -> Result<Figures, String> {
    evaluate_set_with(analyzer, articles_jsonl, gold_jsonl, &|doc, spans| {
        oracle_entities(doc, spans)
    })
}

/// [`evaluate_set`] with the entities layer of each article made by `entities` (given the
/// document and the gold target spans of the article, in code points): the real entities
/// analyzer for end-to-end figures, or [`oracle_entities`].
pub fn evaluate_set_with(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
    entities: &EntitiesFor<'_>,
) -> Result<Figures, String> {
    let set = LabelledSet::parse(articles_jsonl, gold_jsonl)?;
    let mut predictions = HashMap::new();
    for (doc, layer) in set.docs.iter().zip(set.entity_layers(entities)) {
        predict(analyzer, doc, &layer, &mut predictions);
    }
    Ok(eval::score(&set.gold, &predictions, 0.2))
}

/// A set's articles and gold, each parsed once.
pub struct LabelledSet {
    /// The gold.
    pub gold: eval::Gold,
    /// The articles, in file order.
    pub docs: Vec<Document>,
}

impl LabelledSet {
    /// Parses a set's `articles.jsonl` and `gold.jsonl` texts.
    pub fn parse(articles_jsonl: &str, gold_jsonl: &str) -> Result<Self, String> {
        Ok(LabelledSet {
            gold: parse_gold(gold_jsonl)?,
            docs: parse_articles(articles_jsonl)?,
        })
    }

    /// The entities layer `entities` makes for each article (in order), given its gold
    /// target spans.
    fn entity_layers(&self, entities: &EntitiesFor<'_>) -> Vec<EntitiesOutput> {
        let targets = self.gold.targets_by_article();
        self.docs
            .iter()
            .map(|doc| {
                let id = doc.article().id.as_str();
                entities(doc, targets.get(id).map(Vec::as_slice).unwrap_or(&[]))
            })
            .collect()
    }
}

/// Runs `analyzer` on `doc` with the entities layer `layer` and files the prediction
/// under the article's id.
fn predict(
    analyzer: &SentimentAnalyzer,
    doc: &Document,
    layer: &EntitiesOutput,
    predictions: &mut HashMap<String, Option<Prediction>>,
) {
    let out = analyzer.analyze_with(doc, Some(layer));
    predictions.insert(
        doc.article().id.clone(),
        Some(eval::prediction_of_output(&out)),
    );
}

/// The training examples of a target set: the features of every gold target mention.
pub fn target_examples(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
) -> Result<Vec<Example>, String> {
    let set = LabelledSet::parse(articles_jsonl, gold_jsonl)?;
    Ok(examples_by_article(analyzer, &set)
        .into_iter()
        .map(|(example, _)| example)
        .collect())
}

/// The features of every gold target mention of `set`, with the index of its article in
/// `set.docs`.
fn examples_by_article(analyzer: &SentimentAnalyzer, set: &LabelledSet) -> Vec<(Example, usize)> {
    let by_id: HashMap<&str, usize> = set
        .docs
        .iter()
        .enumerate()
        .map(|(k, d)| (d.article().id.as_str(), k))
        .collect();
    let mut scored_cache: HashMap<usize, crate::analyzer::Scored> = HashMap::new();
    let mut out = Vec::new();
    for item in &set.gold.items {
        let GoldItem::Target {
            id,
            from,
            to,
            label,
        } = item
        else {
            continue;
        };
        let Some(&k) = by_id.get(id.as_str()) else {
            continue;
        };
        let doc = &set.docs[k];
        let text = doc.text();
        let byte_of = |cp: usize| text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b);
        let span = Span::new(byte_of(*from), byte_of(*to).max(byte_of(*from)));
        let scored = scored_cache.entry(k).or_insert_with(|| analyzer.score(doc));
        out.push((
            Example {
                features: analyzer.mention_features(doc, scored, span),
                label: *label,
            },
            k,
        ));
    }
    out
}

/// How many folds [`train_target_model`] cross-validates the neutral margin with.
pub const MARGIN_FOLDS: usize = 10;

/// The neutral margins tried: 0.00 to 0.20 in steps of 0.01.
pub fn neutral_margins() -> impl Iterator<Item = f64> {
    (0..=20).map(|i| f64::from(i) / 100.0)
}

/// End-to-end out-of-fold macro-F1 of each neutral margin ([`neutral_margins`]) on a
/// target set, its articles in `folds` folds by their text (the targets of one sentence
/// share a fold): for each fold a model is trained on the other folds' `examples` (each
/// with its article's index, [`examples_by_article`]); the held-out articles are then
/// analyzed with it, with their entities layer from `entities` (the real entities
/// analyzer: the margin labels the mean over an entity's mentions, as in a run), once per
/// margin, and every target is scored as the eval does. Returns (margin, macro-F1) pairs
/// in the order tried.
pub fn cross_validate_margin(
    set: &LabelledSet,
    examples: &[(Example, usize)],
    folds: usize,
    config: &TrainConfig,
    half_distance: f64,
    entities: &EntitiesFor<'_>,
) -> Result<Vec<(f64, f64)>, String> {
    let fold_of_article: Vec<usize> = set.docs.iter().map(|d| fold_of(d.text(), folds)).collect();
    let layers = set.entity_layers(entities);
    let margins: Vec<f64> = neutral_margins().collect();
    let mut predictions: Vec<HashMap<String, Option<Prediction>>> =
        vec![HashMap::new(); margins.len()];
    for fold in 0..folds {
        let training: Vec<Example> = examples
            .iter()
            .filter(|(_, k)| fold_of_article[*k] != fold)
            .map(|(e, _)| e.clone())
            .collect();
        let model = train(&training, config, half_distance);
        let mut analyzer =
            SentimentAnalyzer::with_target_model(Settings::default(), &model.to_tsv(""))?;
        for (k, (doc, layer)) in set.docs.iter().zip(&layers).enumerate() {
            if fold_of_article[k] != fold {
                continue;
            }
            for (margin, by_id) in margins.iter().zip(&mut predictions) {
                analyzer.set_neutral_margin(*margin);
                predict(&analyzer, doc, layer, by_id);
            }
        }
    }
    Ok(margins
        .iter()
        .zip(&predictions)
        .map(|(margin, by_id)| (*margin, eval::score(&set.gold, by_id, 0.2).macro_f1))
        .collect())
}

/// The margin of the best macro-F1 (the smallest such margin on a tie).
pub fn best_margin(figures: &[(f64, f64)]) -> (f64, f64) {
    figures
        .iter()
        .copied()
        .fold((0.0, f64::NEG_INFINITY), |best, (m, f1)| {
            if f1 > best.1 {
                (m, f1)
            } else {
                best
            }
        })
}

/// The training settings of the shipped model (chosen on NewsMTSC rw/mt dev).
pub fn shipped_train_config() -> TrainConfig {
    TrainConfig {
        epochs: 10,
        learning_rate: 0.02,
        l2: 1e-4,
        min_count: 3,
        balance: false,
    }
}

/// Trains the target model on a target set (NewsMTSC train), its neutral margin chosen by
/// [`cross_validate_margin`] with the entities layer of `entities`; returns the model and
/// the out-of-fold macro-F1 of each margin tried.
pub fn train_target_model(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
    config: &TrainConfig,
    entities: &EntitiesFor<'_>,
) -> Result<(TargetModel, Vec<(f64, f64)>), String> {
    let set = LabelledSet::parse(articles_jsonl, gold_jsonl)?;
    let by_article = examples_by_article(analyzer, &set);
    if by_article.is_empty() {
        return Err("no target examples".into());
    }
    let figures = cross_validate_margin(
        &set,
        &by_article,
        MARGIN_FOLDS,
        config,
        analyzer.half_distance(),
        entities,
    )?;
    let examples: Vec<Example> = by_article.into_iter().map(|(e, _)| e).collect();
    let mut model = train(&examples, config, analyzer.half_distance());
    model.neutral_margin = best_margin(&figures).0;
    Ok((model, figures))
}

/// The documents of a rated snippet set as calibration examples (in file order), with the
/// cross-validation fold of each (`folds` folds; duplicate texts share a fold).
pub struct DocumentSet {
    /// Gold of the set.
    pub gold: eval::Gold,
    /// Article ids, in file order.
    pub ids: Vec<String>,
    /// Features and gold class (neutral band 0.2) of each article.
    pub examples: Vec<DocExample>,
    /// Fold of each article.
    pub folds: Vec<usize>,
}

/// Reads a document set's articles and gold into calibration examples, the features
/// computed by `analyzer` (articles without a gold rating are skipped).
pub fn document_set(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
    folds: usize,
) -> Result<DocumentSet, String> {
    let gold = parse_gold(gold_jsonl)?;
    let means: HashMap<&str, f64> = gold
        .items
        .iter()
        .filter_map(|g| match g {
            GoldItem::Document { id, mean } => Some((id.as_str(), *mean)),
            GoldItem::Target { .. } => None,
        })
        .collect();
    if means.is_empty() {
        return Err(format!("{}: not a document set", gold.set));
    }
    let (mut ids, mut examples, mut fold) = (Vec::new(), Vec::new(), Vec::new());
    for doc in parse_articles(articles_jsonl)? {
        let Some(&mean) = means.get(doc.article().id.as_str()) else {
            continue;
        };
        let scored = analyzer.score(&doc);
        examples.push(DocExample::new(
            analyzer.document_features(&doc, &scored),
            SentimentAnalyzer::document_words(&doc, &scored),
            eval::bucket(mean, 0.2),
        ));
        fold.push(fold_of(doc.text(), folds));
        ids.push(doc.article().id.clone());
    }
    Ok(DocumentSet {
        gold,
        ids,
        examples,
        folds: fold,
    })
}

/// The figures of document polarities (one per article of `set`, in order).
pub fn document_figures(set: &DocumentSet, polarities: &[Polarity]) -> Figures {
    let predictions: HashMap<String, Option<Prediction>> = set
        .ids
        .iter()
        .zip(polarities)
        .map(|(id, p)| {
            let label = match p.label {
                SentimentLabel::Negative => 0,
                SentimentLabel::Neutral => 1,
                SentimentLabel::Positive => 2,
            };
            let document = Some(Verdict {
                score: p.score,
                label,
            });
            let prediction = Prediction {
                document,
                entities: Vec::new(),
            };
            (id.clone(), Some(prediction))
        })
        .collect();
    eval::score(&set.gold, &predictions, 0.2)
}

/// The out-of-fold polarities of the documents of `sets[index]`: each fold labelled by a
/// model trained on the set's other folds and on every other set of `sets` in full.
pub fn cross_validate_polarities(
    sets: &[&DocumentSet],
    index: usize,
    config: &DocumentTrainConfig,
) -> Vec<Polarity> {
    let set = sets[index];
    let others: Vec<DocExample> = sets
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != index)
        .flat_map(|(_, s)| s.examples.iter().cloned())
        .collect();
    cross_validate(&set.examples, &set.folds, &others, config)
}

/// The out-of-fold figures of the calibration on `sets[index]` (see
/// [`cross_validate_polarities`]).
pub fn cross_validated_figures(
    sets: &[&DocumentSet],
    index: usize,
    config: &DocumentTrainConfig,
) -> Figures {
    document_figures(sets[index], &cross_validate_polarities(sets, index, config))
}

/// Trains the document calibration on the examples of `sets` (in order).
pub fn train_document_model(sets: &[&DocumentSet], config: &DocumentTrainConfig) -> DocumentModel {
    let examples: Vec<&DocExample> = sets.iter().flat_map(|s| &s.examples).collect();
    train_model(&examples, config)
}
