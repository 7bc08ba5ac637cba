//! Set-level runs, pure (strings in, results out): scoring an analyzer on a dev set and
//! training the target model from NewsMTSC train. The binary reads the files.

use crate::eval::{self, oracle_entities, parse_gold, Figures, GoldItem};
use crate::target_model::{train, Example, TargetModel, TrainConfig};
use crate::SentimentAnalyzer;
use newslens_core::output::EntitiesOutput;
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
        out.push(Example {
            features: analyzer.mention_features(doc, scored, span),
            label: *label,
        });
    }
    Ok(out)
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

/// Trains the target model on a target set (NewsMTSC train).
pub fn train_target_model(
    analyzer: &SentimentAnalyzer,
    articles_jsonl: &str,
    gold_jsonl: &str,
    config: &TrainConfig,
) -> Result<TargetModel, String> {
    let examples = target_examples(analyzer, articles_jsonl, gold_jsonl)?;
    if examples.is_empty() {
        return Err("no target examples".into());
    }
    Ok(train(&examples, config, analyzer.half_distance()))
}
