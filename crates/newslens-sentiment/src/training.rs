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
    let gold = parse_gold(gold_jsonl)?;
    let docs = parse_articles(articles_jsonl)?;
    let targets = gold.targets_by_article();
    let mut predictions = HashMap::new();
    for doc in &docs {
        let id = doc.article().id.as_str();
        let spans = targets.get(id).map(Vec::as_slice).unwrap_or(&[]);
        let out = analyzer.analyze_with(doc, Some(&entities(doc, spans)));
        predictions.insert(id.to_string(), Some(eval::prediction_of_output(&out)));
    }
    Ok(eval::score(&gold, &predictions, 0.2))
}

/// The training examples of a target set: the features of every gold target mention.
pub fn target_examples(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
) -> Result<Vec<Example>, String> {
    Ok(
        folded_target_examples(analyzer, articles_jsonl, gold_jsonl, 1)?
            .into_iter()
            .map(|(example, _)| example)
            .collect(),
    )
}

/// [`target_examples`] with the cross-validation fold of each (`folds` folds, by the
/// article's text, so that the targets of one sentence share a fold).
pub fn folded_target_examples(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
    folds: usize,
) -> Result<Vec<(Example, usize)>, String> {
    let gold = parse_gold(gold_jsonl)?;
    let docs = parse_articles(articles_jsonl)?;
    let by_id: HashMap<&str, &Document> =
        docs.iter().map(|d| (d.article().id.as_str(), d)).collect();
    let mut scored_cache: HashMap<&str, crate::analyzer::Scored> = HashMap::new();
    let mut out = Vec::new();
    for item in &gold.items {
        let GoldItem::Target {
            id,
            from,
            to,
            label,
        } = item
        else {
            continue;
        };
        let Some(doc) = by_id.get(id.as_str()) else {
            continue;
        };
        let text = doc.text();
        let byte_of = |cp: usize| text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b);
        let span = Span::new(byte_of(*from), byte_of(*to).max(byte_of(*from)));
        let scored = scored_cache
            .entry(id.as_str())
            .or_insert_with(|| analyzer.score(doc));
        out.push((
            Example {
                features: analyzer.mention_features(doc, scored, span),
                label: *label,
            },
            fold_of(text, folds),
        ));
    }
    Ok(out)
}

/// How many folds [`train_target_model`] cross-validates the neutral margin with.
pub const MARGIN_FOLDS: usize = 10;

/// The neutral margins tried: 0.00 to 0.20 in steps of 0.01.
pub fn neutral_margins() -> impl Iterator<Item = f64> {
    (0..=20).map(|i| f64::from(i) / 100.0)
}

/// End-to-end out-of-fold macro-F1 of each neutral margin ([`neutral_margins`]) on a
/// target set: for each fold a model is trained on the other folds' `examples`; the
/// held-out articles are then analyzed with it, with their entities layer from
/// `entities` (the real entities analyzer: the margin labels the mean over an entity's
/// mentions, as in a run), once per margin, and every target is scored as the eval does.
/// Returns (margin, macro-F1) pairs in the order tried.
#[allow(clippy::too_many_arguments)]
pub fn cross_validate_margin(
    articles_jsonl: &str,
    gold_jsonl: &str,
    examples: &[(Example, usize)],
    folds: usize,
    config: &TrainConfig,
    half_distance: f64,
    entities: &EntitiesFor<'_>,
) -> Result<Vec<(f64, f64)>, String> {
    let gold = parse_gold(gold_jsonl)?;
    let docs = parse_articles(articles_jsonl)?;
    let targets = gold.targets_by_article();
    let layers: Vec<EntitiesOutput> = docs
        .iter()
        .map(|doc| {
            let id = doc.article().id.as_str();
            entities(doc, targets.get(id).map(Vec::as_slice).unwrap_or(&[]))
        })
        .collect();
    let margins: Vec<f64> = neutral_margins().collect();
    let mut predictions: Vec<HashMap<String, Option<Prediction>>> =
        vec![HashMap::new(); margins.len()];
    for fold in 0..folds {
        let training: Vec<Example> = examples
            .iter()
            .filter(|(_, f)| *f != fold)
            .map(|(e, _)| e.clone())
            .collect();
        let model = train(&training, config, half_distance);
        let mut analyzer =
            SentimentAnalyzer::with_target_model(Settings::default(), &model.to_tsv(""))?;
        for (doc, layer) in docs.iter().zip(&layers) {
            if fold_of(doc.text(), folds) != fold {
                continue;
            }
            for (margin, by_id) in margins.iter().zip(&mut predictions) {
                analyzer.set_neutral_margin(*margin);
                let out = analyzer.analyze_with(doc, Some(layer));
                by_id.insert(
                    doc.article().id.clone(),
                    Some(eval::prediction_of_output(&out)),
                );
            }
        }
    }
    Ok(margins
        .iter()
        .zip(&predictions)
        .map(|(margin, by_id)| (*margin, eval::score(&gold, by_id, 0.2).macro_f1))
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
/// [`cross_validate_margin`] with the entities layer of `entities`; returns the model and the out-of-fold macro-F1 of each
/// margin tried.
pub fn train_target_model(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
    config: &TrainConfig,
    entities: &EntitiesFor<'_>,
) -> Result<(TargetModel, Vec<(f64, f64)>), String> {
    let folded = folded_target_examples(analyzer, articles_jsonl, gold_jsonl, MARGIN_FOLDS)?;
    if folded.is_empty() {
        return Err("no target examples".into());
    }
    let figures = cross_validate_margin(
        articles_jsonl,
        gold_jsonl,
        &folded,
        MARGIN_FOLDS,
        config,
        analyzer.half_distance(),
        entities,
    )?;
    let examples: Vec<Example> = folded.into_iter().map(|(e, _)| e).collect();
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
