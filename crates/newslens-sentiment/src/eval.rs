//! Evaluation helpers, pure (strings in, figures out): reading gold and output lines, the
//! measures of `../shared/eval/sentiment/score.py` (Pearson r, Spearman rho, accuracy,
//! macro-F1 with the neutral band; F1m, accuracy and coverage for targets with its
//! entity-matching rule), and the oracle-target entities layer used to measure the
//! target-level rules apart from mention detection.

use newslens_core::output::entities::{
    EntitiesOutput, Entity, EntityKind, EntityMention, MentionKind,
};
use newslens_core::output::SentimentLabel;
use newslens_core::{Document, Span, TextSpan};
use serde_json::Value;
use std::collections::HashMap;

/// The three labels in the scorer's order.
pub const LABELS: [&str; 3] = ["negative", "neutral", "positive"];

/// One gold item of a set.
#[derive(Debug, Clone, PartialEq)]
pub enum GoldItem {
    /// A document rated by humans: the mean rating on −4..4.
    Document {
        /// Article id.
        id: String,
        /// Mean human rating.
        mean: f64,
    },
    /// A target mention [from, to) (code points) with its gold label.
    Target {
        /// Article id.
        id: String,
        /// First code point.
        from: usize,
        /// One past the last code point.
        to: usize,
        /// Gold label index into [`LABELS`].
        label: usize,
    },
}

/// A gold file: its set name and items.
#[derive(Debug, Clone, PartialEq)]
pub struct Gold {
    /// The set's name (`nyt-dev`, `newsmtsc-rw-dev`…).
    pub set: String,
    /// The items, in file order.
    pub items: Vec<GoldItem>,
}

impl Gold {
    /// Whether the set is a target set.
    pub fn is_target_set(&self) -> bool {
        matches!(self.items.first(), Some(GoldItem::Target { .. }))
    }

    /// The gold target spans per article id (code points), for the oracle-target mode.
    pub fn targets_by_article(&self) -> HashMap<&str, Vec<(usize, usize)>> {
        let mut map: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for item in &self.items {
            if let GoldItem::Target { id, from, to, .. } = item {
                map.entry(id.as_str()).or_default().push((*from, *to));
            }
        }
        map
    }
}

/// Parses a `<set>.gold.jsonl` text.
pub fn parse_gold(text: &str) -> Result<Gold, String> {
    let mut set = String::new();
    let mut items = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("gold line {}: {e}", n + 1))?;
        let id = match &v["id"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if set.is_empty() {
            set = v["set"].as_str().unwrap_or_default().to_string();
        }
        match v["kind"].as_str() {
            Some("document") => items.push(GoldItem::Document {
                id,
                mean: v["mean"]
                    .as_f64()
                    .ok_or_else(|| format!("gold line {}: no mean", n + 1))?,
            }),
            Some("target") => items.push(GoldItem::Target {
                id,
                from: v["from"].as_u64().unwrap_or(0) as usize,
                to: v["to"].as_u64().unwrap_or(0) as usize,
                label: label_index(v["label"].as_str().unwrap_or_default())
                    .ok_or_else(|| format!("gold line {}: bad label", n + 1))?,
            }),
            _ => return Err(format!("gold line {}: unknown kind", n + 1)),
        }
    }
    if items.is_empty() {
        return Err("no gold items".into());
    }
    Ok(Gold { set, items })
}

fn label_index(label: &str) -> Option<usize> {
    match label {
        "negative" | "neg" => Some(0),
        "neutral" | "neu" => Some(1),
        "positive" | "pos" => Some(2),
        _ => None,
    }
}

/// A predicted score and label (as the scorer reads them: clamped, label checked).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    /// Score in [−1, 1].
    pub score: f64,
    /// Label index into [`LABELS`].
    pub label: usize,
}

/// One entity of a prediction: its verdict and mention spans (code points).
#[derive(Debug, Clone, PartialEq)]
pub struct PredictedEntity {
    /// Its verdict.
    pub verdict: Verdict,
    /// Mention spans.
    pub mentions: Vec<(usize, usize)>,
}

/// The sentiment section of one output line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prediction {
    /// The document verdict, if present.
    pub document: Option<Verdict>,
    /// The entities, in output order.
    pub entities: Vec<PredictedEntity>,
}

/// Reads the verdict of a document or entity node the way `score.py` does.
fn verdict(node: &Value) -> Verdict {
    let score = match node.get("score") {
        Some(Value::Number(n)) => n.as_f64().filter(|x| x.is_finite()).unwrap_or(0.0),
        _ => 0.0,
    }
    .clamp(-1.0, 1.0);
    let label = match node.get("label") {
        None | Some(Value::Null) => {
            if score >= 0.05 {
                2
            } else if score <= -0.05 {
                0
            } else {
                1
            }
        }
        Some(Value::String(s)) => label_index(s).unwrap_or(1),
        Some(_) => 1,
    };
    Verdict { score, label }
}

/// Parses contract output lines into predictions by article id (first line of an id wins;
/// a line without `analyzers.sentiment` gives no prediction).
pub fn parse_output(text: &str) -> Result<HashMap<String, Option<Prediction>>, String> {
    let mut out = HashMap::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("output line {}: {e}", n + 1))?;
        let id = match &v["id"] {
            Value::String(s) => s.clone(),
            Value::Null => return Err(format!("output line {}: no id", n + 1)),
            other => other.to_string(),
        };
        if out.contains_key(&id) {
            continue;
        }
        out.insert(id, v["analyzers"].get("sentiment").map(prediction_of));
    }
    Ok(out)
}

/// The prediction held by a `sentiment` output section.
pub fn prediction_of(section: &Value) -> Prediction {
    let document = section
        .get("document")
        .filter(|d| !d.is_null())
        .map(verdict);
    let entities = section["entities"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|e| PredictedEntity {
                    verdict: verdict(e),
                    mentions: e["mentions"]
                        .as_array()
                        .map(|ms| {
                            ms.iter()
                                .filter_map(|m| {
                                    Some((
                                        m["start"].as_u64()? as usize,
                                        m["end"].as_u64()? as usize,
                                    ))
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    Prediction { document, entities }
}

/// An entities layer holding one person per gold target span (code points), each with that
/// one mention: the oracle-target setting of the peer baselines, measuring target-level
/// sentiment apart from mention detection.
pub fn oracle_entities(doc: &Document, spans: &[(usize, usize)]) -> EntitiesOutput {
    let text = doc.text();
    let byte_of = |cp: usize| text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b);
    let entities = spans
        .iter()
        .map(|&(from, to)| {
            let bytes = Span::new(byte_of(from), byte_of(to).max(byte_of(from)));
            let mention = text[bytes.range()].to_string();
            Entity {
                name: mention.clone(),
                kind: EntityKind::Person,
                description: None,
                gender: None,
                mentions: vec![EntityMention {
                    span: TextSpan {
                        start: from,
                        end: to,
                        text: mention,
                        bytes,
                    },
                    kind: MentionKind::Name,
                }],
            }
        })
        .collect();
    EntitiesOutput::new(entities)
}

/// The prediction held by a typed output (no JSON round trip).
pub fn prediction_of_output(output: &newslens_core::output::SentimentOutput) -> Prediction {
    let verdict = |p: &newslens_core::output::sentiment::Polarity| Verdict {
        score: p.score.clamp(-1.0, 1.0),
        label: match p.label {
            SentimentLabel::Negative => 0,
            SentimentLabel::Neutral => 1,
            SentimentLabel::Positive => 2,
        },
    };
    Prediction {
        document: Some(verdict(&output.document)),
        entities: output
            .entities
            .iter()
            .map(|e| PredictedEntity {
                verdict: verdict(&e.polarity),
                mentions: e.mentions.iter().map(|m| (m.start, m.end)).collect(),
            })
            .collect(),
    }
}

/// Pearson correlation (NaN when undefined).
pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len();
    if n < 2 {
        return f64::NAN;
    }
    let mx = x.iter().sum::<f64>() / n as f64;
    let my = y.iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    if sxx > 0.0 && syy > 0.0 {
        sxy / (sxx * syy).sqrt()
    } else {
        f64::NAN
    }
}

/// Average ranks (1-based, ties share their mean rank).
pub fn average_ranks(v: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by(|&a, &b| v[a].total_cmp(&v[b]));
    let mut ranks = vec![0.0; v.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && v[order[j + 1]] == v[order[i]] {
            j += 1;
        }
        for &k in &order[i..=j] {
            ranks[k] = (i + j) as f64 / 2.0 + 1.0;
        }
        i = j + 1;
    }
    ranks
}

/// Spearman rho: Pearson on average ranks.
pub fn spearman(x: &[f64], y: &[f64]) -> f64 {
    pearson(&average_ranks(x), &average_ranks(y))
}

/// Three-class accuracy and macro-F1 of predicted against gold label indices.
pub fn accuracy_macro_f1(gold: &[usize], pred: &[usize]) -> (f64, f64) {
    let n = gold.len().max(1) as f64;
    let correct = gold.iter().zip(pred).filter(|(g, p)| g == p).count() as f64;
    let mut f1_sum = 0.0;
    for c in 0..3 {
        let tp = gold
            .iter()
            .zip(pred)
            .filter(|&(&g, &p)| g == c && p == c)
            .count() as f64;
        let fp = gold
            .iter()
            .zip(pred)
            .filter(|&(&g, &p)| g != c && p == c)
            .count() as f64;
        let fneg = gold
            .iter()
            .zip(pred)
            .filter(|&(&g, &p)| g == c && p != c)
            .count() as f64;
        let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let recall = if tp + fneg > 0.0 {
            tp / (tp + fneg)
        } else {
            0.0
        };
        f1_sum += newslens_core::metrics::f1(precision, recall);
    }
    (correct / n, f1_sum / 3.0)
}

/// The gold label of a human mean with the neutral band (`score.py --band`, 0.2).
pub fn bucket(mean: f64, band: f64) -> usize {
    if mean >= band {
        2
    } else if mean <= -band {
        0
    } else {
        1
    }
}

/// The entity whose mention best overlaps [lo, hi): largest overlap, then closest extent,
/// then first listed (`score.py`'s `pick_entity`).
pub fn pick_entity(entities: &[PredictedEntity], lo: usize, hi: usize) -> Option<&PredictedEntity> {
    let mut best: Option<(&PredictedEntity, (i64, i64, usize))> = None;
    for (rank, entity) in entities.iter().enumerate() {
        for &(s, e) in &entity.mentions {
            let overlap = hi.min(e) as i64 - lo.max(s) as i64;
            if overlap <= 0 {
                continue;
            }
            let key = (
                -overlap,
                (s as i64 - lo as i64).abs() + (e as i64 - hi as i64).abs(),
                rank,
            );
            if best.as_ref().is_none_or(|(_, k)| key < *k) {
                best = Some((entity, key));
            }
        }
    }
    best.map(|(e, _)| e)
}

/// The figures of one set.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// The set's name.
    pub set: String,
    /// Number of gold items.
    pub items: usize,
    /// Gold items whose article has no sentiment prediction.
    pub missing: usize,
    /// Pearson r (document sets: score vs human mean; target sets: score vs −1/0/1).
    pub pearson: f64,
    /// Spearman rho (document sets).
    pub spearman: f64,
    /// Accuracy.
    pub accuracy: f64,
    /// Macro-F1 over the three classes (F1m on target sets).
    pub macro_f1: f64,
    /// Share of targets with an overlapping entity (target sets).
    pub coverage: f64,
    /// Whether this is a target set.
    pub targets: bool,
}

impl Figures {
    /// The one-line summary `score.py` prints.
    pub fn summary(&self) -> String {
        if self.targets {
            format!(
                "sentiment {}: F1m {:.3} acc {:.3} coverage {:.3} ({} items)",
                self.set, self.macro_f1, self.accuracy, self.coverage, self.items
            )
        } else {
            format!(
                "sentiment {}: r {:.3} rho {:.3} acc {:.3} macroF1 {:.3} ({} items)",
                self.set, self.pearson, self.spearman, self.accuracy, self.macro_f1, self.items
            )
        }
    }
}

/// Scores predictions against gold as `score.py` does (`band`: neutral band, 0.2).
pub fn score(gold: &Gold, predictions: &HashMap<String, Option<Prediction>>, band: f64) -> Figures {
    let (mut gs, mut ps, mut gl, mut pl) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut missing, mut covered) = (0, 0);
    for item in &gold.items {
        match item {
            GoldItem::Document { id, mean } => {
                let v = match predictions.get(id).and_then(|p| p.as_ref()?.document) {
                    Some(v) => v,
                    None => {
                        missing += 1;
                        Verdict {
                            score: 0.0,
                            label: 1,
                        }
                    }
                };
                gs.push(*mean);
                ps.push(v.score);
                gl.push(bucket(*mean, band));
                pl.push(v.label);
            }
            GoldItem::Target {
                id,
                from,
                to,
                label,
            } => {
                let prediction = predictions.get(id).and_then(|p| p.as_ref());
                if prediction.is_none() {
                    missing += 1;
                }
                let v = match prediction.and_then(|p| pick_entity(&p.entities, *from, *to)) {
                    Some(e) => {
                        covered += 1;
                        e.verdict
                    }
                    None => Verdict {
                        score: 0.0,
                        label: 1,
                    },
                };
                gs.push(*label as f64 - 1.0);
                ps.push(v.score);
                gl.push(*label);
                pl.push(v.label);
            }
        }
    }
    let (accuracy, macro_f1) = accuracy_macro_f1(&gl, &pl);
    let targets = gold.is_target_set();
    Figures {
        set: gold.set.clone(),
        items: gold.items.len(),
        missing,
        pearson: pearson(&ps, &gs),
        spearman: if targets {
            f64::NAN
        } else {
            spearman(&ps, &gs)
        },
        accuracy,
        macro_f1,
        coverage: covered as f64 / gold.items.len().max(1) as f64,
        targets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correlations() {
        let x = [1.0, 2.0, 3.0, 4.0];
        assert!((pearson(&x, &[2.0, 4.0, 6.0, 8.0]) - 1.0).abs() < 1e-12);
        assert!((pearson(&x, &[8.0, 6.0, 4.0, 2.0]) + 1.0).abs() < 1e-12);
        assert_eq!(average_ranks(&[3.0, 1.0, 3.0, 2.0]), [3.5, 1.0, 3.5, 2.0]);
        assert!((spearman(&x, &[1.0, 10.0, 100.0, 1000.0]) - 1.0).abs() < 1e-12);
        assert!(pearson(&x, &[1.0; 4]).is_nan());
    }

    #[test]
    fn macro_f1_by_hand() {
        // gold: neg neg neu pos; pred: neg neu neu neg
        let (acc, f1) = accuracy_macro_f1(&[0, 0, 1, 2], &[0, 1, 1, 0]);
        assert!((acc - 0.5).abs() < 1e-12);
        // neg P 1/2 R 1/2 F 0.5; neu P 1/2 R 1 F 2/3; pos F 0
        assert!((f1 - (0.5 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
    }

    #[test]
    fn entity_matching_rule() {
        let e = |label, mentions: Vec<(usize, usize)>| PredictedEntity {
            verdict: Verdict { score: 0.0, label },
            mentions,
        };
        let ents = vec![
            e(0, vec![(0, 10)]),
            e(2, vec![(4, 8)]),
            e(1, vec![(20, 25)]),
        ];
        // [4, 8): both overlap by 4; the second is closest in extent.
        assert_eq!(pick_entity(&ents, 4, 8).map(|p| p.verdict.label), Some(2));
        // [2, 9): the first overlaps 7, the second 4.
        assert_eq!(pick_entity(&ents, 2, 9).map(|p| p.verdict.label), Some(0));
        assert!(pick_entity(&ents, 12, 18).is_none());
    }

    #[test]
    fn scores_a_small_set() {
        let gold = parse_gold(
            "{\"set\":\"s\",\"kind\":\"document\",\"id\":\"a\",\"mean\":2.0,\"label\":\"positive\"}\n\
             {\"set\":\"s\",\"kind\":\"document\",\"id\":\"b\",\"mean\":-1.0,\"label\":\"negative\"}\n\
             {\"set\":\"s\",\"kind\":\"document\",\"id\":\"c\",\"mean\":0.1,\"label\":\"neutral\"}\n",
        )
        .expect("gold");
        let out = parse_output(
            "{\"id\":\"a\",\"analyzers\":{\"sentiment\":{\"document\":{\"score\":0.5,\"label\":\"positive\"}}}}\n\
             {\"id\":\"b\",\"analyzers\":{\"sentiment\":{\"document\":{\"score\":-0.2,\"label\":\"negative\"}}}}\n\
             {\"id\":\"b\",\"analyzers\":{}}\n",
        )
        .expect("output");
        let f = score(&gold, &out, 0.2);
        assert_eq!(f.missing, 1);
        assert!((f.accuracy - 1.0).abs() < 1e-12);
        assert!(f.pearson > 0.9);
        assert_eq!(
            f.summary(),
            "sentiment s: r 0.996 rho 1.000 acc 1.000 macroF1 1.000 (3 items)"
        );
    }
}
