//! The learned document calibration: a three-class logistic regression over fourteen
//! bounded features of the rule pass (rule score, positive and negative mass, density of
//! sentiment words, strongest words, quotes, implicit negativity, length, questions…) that
//! gives the document's label and, blended with the rule score, its score. Trained on the
//! NYT editorial snippets (nyt-dev) by `newslens train sentiment-documents` ([`train`],
//! [`cross_validate`] for the out-of-fold figures); parameters ship as
//! `data/document_model.tsv`.

use crate::aggregate::{normalize, DocumentAggregation};
use crate::items::Item;
use newslens_core::output::sentiment::Polarity;
use newslens_core::output::SentimentLabel;

/// Number of document features.
pub const FEATURES: usize = 14;

/// Names of the features, in order (the data file names its rows by them).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "rule_score",
    "positive_mass",
    "negative_mass",
    "no_sentiment",
    "sentiment_density",
    "negative_share",
    "strongest_positive",
    "strongest_negative",
    "quote_share",
    "length",
    "emphasis",
    "question",
    "implicit_negativity",
];

/// The masses and counts of a document's rule pass that the calibration reads, gathered
/// sentence by sentence while the document is scored.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DocumentStats {
    /// Σ over sentences of (sentence weight × density scale × quote-weighted positive
    /// valence), as the document score sums sentences.
    pub positive: f64,
    /// The same for negative valence (≤ 0).
    pub negative: f64,
    /// Σ of the sentence weights.
    pub weight: f64,
    /// Number of items (words).
    pub items: usize,
    /// Items with a valence.
    pub valenced: usize,
    /// Items with a negative valence.
    pub negatives: usize,
    /// Items inside reported speech.
    pub quoted: usize,
    /// Items with the implicit negativity of a bare negation or "too".
    pub implicit_negativity: usize,
    /// Highest item valence (0 if none is positive).
    pub strongest_positive: f32,
    /// Lowest item valence (0 if none is negative).
    pub strongest_negative: f32,
}

impl DocumentStats {
    /// Adds a scored sentence's items, with the sentence's weight in the document, its
    /// density scale and the scorer's count of implicit negativity.
    pub fn add_sentence(
        &mut self,
        items: &[Item],
        quote_weight: f64,
        (weight, scale): (f64, f64),
        implicit_negativity: u32,
    ) {
        let (mut p, mut n) = (0.0f64, 0.0f64);
        for it in items {
            let w = if it.in_quote {
                self.quoted += 1;
                quote_weight
            } else {
                1.0
            };
            let v = it.valence;
            if v > 0.0 {
                p += w * f64::from(v);
                self.valenced += 1;
                self.strongest_positive = self.strongest_positive.max(v);
            } else if v < 0.0 {
                n += w * f64::from(v);
                self.valenced += 1;
                self.negatives += 1;
                self.strongest_negative = self.strongest_negative.min(v);
            }
        }
        self.positive += weight * p * scale;
        self.negative += weight * n * scale;
        self.weight += weight;
        self.items += items.len();
        self.implicit_negativity += implicit_negativity as usize;
    }
}

/// The features of a document from its rule pass (`stats`, the rule score, the
/// punctuation emphasis and the text), each bounded whatever the article's length: masses
/// are aggregated and normalized like the document score, shares are ratios, the length
/// is logarithmic and capped.
pub fn document_features(
    stats: &DocumentStats,
    aggregation: &DocumentAggregation,
    rule_score: f64,
    emphasis: f64,
    text: &str,
) -> [f64; FEATURES] {
    let s = stats;
    let length_scale = (s.weight / aggregation.reference_length)
        .max(1.0)
        .powf(aggregation.length_exponent);
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let question = memchr::memchr(b'?', text.as_bytes()).is_some();
    [
        1.0,
        rule_score,
        normalize(s.positive / length_scale, aggregation.alpha),
        normalize(s.negative / length_scale, aggregation.alpha),
        if s.valenced == 0 { 1.0 } else { 0.0 },
        ratio(s.valenced, s.items),
        if s.valenced == 0 {
            0.0
        } else {
            ratio(s.negatives, s.valenced) - 0.5
        },
        f64::from(s.strongest_positive) / 4.0,
        f64::from(s.strongest_negative) / 4.0,
        ratio(s.quoted, s.items),
        ((1.0 + s.items as f64).ln() / 101f64.ln()).min(1.0),
        emphasis.min(2.0) / 2.0,
        if question { 1.0 } else { 0.0 },
        ratio(s.implicit_negativity, s.items) * 4.0,
    ]
}

/// Softmax of three logits.
fn softmax(z: [f64; 3]) -> [f64; 3] {
    crate::target_model::softmax(z)
}

/// Weight of the rule score in the calibrated score (the rest is P(positive) − P(negative)).
pub const DEFAULT_RULE_SHARE: f64 = 0.5;

/// The calibration's weights: per class (negative, neutral, positive), one weight per
/// feature; the neutral class's weights are zero (the reference class).
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentModel {
    /// Class weights.
    pub weights: [[f64; FEATURES]; 3],
    /// Weight of the rule score in the document score: `score = rule_share · rule score +
    /// (1 − rule_share) · (P(positive) − P(negative))`.
    pub rule_share: f64,
}

impl DocumentModel {
    /// Class probabilities of a document's features.
    pub fn probabilities(&self, x: &[f64; FEATURES]) -> [f64; 3] {
        softmax(std::array::from_fn(|c| {
            self.weights[c].iter().zip(x).map(|(w, x)| w * x).sum()
        }))
    }

    /// The calibrated polarity of a document's features (feature 1 is the rule score):
    /// the score blends the rule score with P(positive) − P(negative); the label is the
    /// most probable class, or neutral when the score points the other way.
    pub fn polarity(&self, x: &[f64; FEATURES]) -> Polarity {
        let p = self.probabilities(x);
        let score =
            (self.rule_share * x[1] + (1.0 - self.rule_share) * (p[2] - p[0])).clamp(-1.0, 1.0);
        let label = if p[0] >= p[1] && p[0] >= p[2] && score <= 0.0 {
            SentimentLabel::Negative
        } else if p[2] > p[1] && p[2] > p[0] && score >= 0.0 {
            SentimentLabel::Positive
        } else {
            SentimentLabel::Neutral
        };
        Polarity { score, label }
    }

    /// Parses the TSV form written by [`DocumentModel::to_tsv`] (`#` lines are comments).
    pub fn parse(tsv: &str) -> Result<Self, String> {
        let mut model = DocumentModel {
            weights: [[0.0; FEATURES]; 3],
            rule_share: DEFAULT_RULE_SHARE,
        };
        let mut seen = [false; FEATURES];
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let num = |i: usize| -> Result<f64, String> {
                fields
                    .get(i)
                    .and_then(|f| f.parse::<f64>().ok())
                    .ok_or_else(|| format!("document model line {}: bad number", n + 1))
            };
            match fields[0] {
                "rule_share" => model.rule_share = num(1)?,
                "feature" => {
                    let name = fields.get(1).copied().unwrap_or_default();
                    let i = FEATURE_NAMES
                        .iter()
                        .position(|f| *f == name)
                        .ok_or_else(|| {
                            format!("document model line {}: unknown feature `{name}`", n + 1)
                        })?;
                    for c in 0..3 {
                        model.weights[c][i] = num(2 + c)?;
                    }
                    seen[i] = true;
                }
                other => return Err(format!("document model line {}: unknown `{other}`", n + 1)),
            }
        }
        if let Some(i) = seen.iter().position(|s| !s) {
            return Err(format!(
                "document model: no weights for `{}`",
                FEATURE_NAMES[i]
            ));
        }
        Ok(model)
    }

    /// The TSV form: the header as `#` lines, `rule_share`, then one line per feature:
    /// `feature name w_negative w_neutral w_positive` (6 decimals).
    pub fn to_tsv(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n").replace("# \n", "#\n"));
        }
        out.push_str(&format!("rule_share\t{}\n", self.rule_share));
        for (i, name) in FEATURE_NAMES.iter().enumerate() {
            out.push_str(&format!(
                "feature\t{name}\t{:.6}\t{:.6}\t{:.6}\n",
                self.weights[0][i], self.weights[1][i], self.weights[2][i]
            ));
        }
        out
    }
}

/// Training settings of the document calibration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocumentTrainConfig {
    /// L2 penalty per example on every weight but the bias.
    pub l2: f64,
    /// Weight each class's examples inversely to its frequency (for macro-F1).
    pub balance: bool,
    /// Weight of the rule score in the calibrated score.
    pub rule_share: f64,
    /// Number of cross-validation folds.
    pub folds: usize,
}

impl Default for DocumentTrainConfig {
    fn default() -> Self {
        DocumentTrainConfig {
            l2: 0.01,
            balance: true,
            rule_share: DEFAULT_RULE_SHARE,
            folds: 10,
        }
    }
}

/// The fold of a text in deterministic k-fold cross-validation: FNV-1a of the text with
/// white space collapsed and case folded, so that duplicate texts share a fold.
pub fn fold_of(text: &str, folds: usize) -> usize {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut mix = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            mix(b' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                mix(b);
            }
        }
    }
    (h % folds.max(1) as u64) as usize
}

/// Fits the calibration on `examples` (features and gold class) with `config`.
pub fn train_model(examples: &[DocExample], config: &DocumentTrainConfig) -> DocumentModel {
    let mut counts = [0usize; 3];
    for (_, y) in examples {
        counts[*y] += 1;
    }
    let class_weight = std::array::from_fn(|c| {
        if config.balance && counts[c] > 0 {
            examples.len() as f64 / (3.0 * counts[c] as f64)
        } else {
            1.0
        }
    });
    let mut model = train(examples, config.l2, class_weight);
    model.rule_share = config.rule_share;
    model
}

/// Out-of-fold polarities: for each fold, a model trained on the other folds (and on
/// `extra`, examples of other sets) labels the fold's examples (`folds[i]` is example i's
/// fold).
pub fn cross_validate(
    examples: &[DocExample],
    folds: &[usize],
    extra: &[DocExample],
    config: &DocumentTrainConfig,
) -> Vec<Polarity> {
    let mut out = vec![
        Polarity {
            score: 0.0,
            label: SentimentLabel::Neutral
        };
        examples.len()
    ];
    for f in 0..config.folds {
        let train_set: Vec<DocExample> = examples
            .iter()
            .zip(folds)
            .filter(|(_, &g)| g != f)
            .map(|(e, _)| *e)
            .chain(extra.iter().copied())
            .collect();
        let model = train_model(&train_set, config);
        for (i, (x, _)) in examples.iter().enumerate() {
            if folds[i] == f {
                out[i] = model.polarity(x);
            }
        }
    }
    out
}

/// One training example: features and gold class (0 negative, 1 neutral, 2 positive).
pub type DocExample = ([f64; FEATURES], usize);

/// Fits the logistic regression by Newton's method with an L2 penalty `l2` (per example)
/// on every weight but the bias; `class_weight` weighs the examples of each class.
/// Deterministic (no randomness; examples summed in order).
pub fn train(examples: &[DocExample], l2: f64, class_weight: [f64; 3]) -> DocumentModel {
    // Parameters: the negative and positive classes' weights (neutral fixed at zero).
    const P: usize = 2 * FEATURES;
    let mut theta = [0.0f64; P];
    let n = examples.len().max(1) as f64;
    for _ in 0..50 {
        let mut grad = [0.0f64; P];
        let mut hess = vec![[0.0f64; P]; P];
        for (x, y) in examples {
            let z = [dot(&theta[..FEATURES], x), 0.0, dot(&theta[FEATURES..], x)];
            let p = softmax(z);
            let cw = class_weight[*y];
            let q = [p[0], p[2]];
            let t = [(*y == 0) as u8 as f64, (*y == 2) as u8 as f64];
            for a in 0..2 {
                let g = cw * (q[a] - t[a]);
                for i in 0..FEATURES {
                    grad[a * FEATURES + i] += g * x[i];
                }
                for b in 0..2 {
                    let h = cw * (if a == b { q[a] } else { 0.0 } - q[a] * q[b]);
                    for i in 0..FEATURES {
                        let hx = h * x[i];
                        for j in 0..FEATURES {
                            hess[a * FEATURES + i][b * FEATURES + j] += hx * x[j];
                        }
                    }
                }
            }
        }
        for k in 0..P {
            if k % FEATURES != 0 {
                grad[k] += l2 * n * theta[k];
                hess[k][k] += l2 * n;
            }
            hess[k][k] += 1e-9 * n;
        }
        let step = solve(hess, grad);
        let mut change = 0.0f64;
        for k in 0..P {
            theta[k] -= step[k];
            change = change.max(step[k].abs());
        }
        if change < 1e-10 {
            break;
        }
    }
    let mut weights = [[0.0; FEATURES]; 3];
    weights[0].copy_from_slice(&theta[..FEATURES]);
    weights[2].copy_from_slice(&theta[FEATURES..]);
    DocumentModel {
        weights,
        rule_share: DEFAULT_RULE_SHARE,
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

/// Solves `a · x = b` by Gaussian elimination with partial pivoting.
fn solve<const P: usize>(mut a: Vec<[f64; P]>, mut b: [f64; P]) -> [f64; P] {
    for col in 0..P {
        let pivot = (col..P)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let d = a[col][col];
        if d.abs() < 1e-300 {
            continue;
        }
        for row in col + 1..P {
            let f = a[row][col] / d;
            if f == 0.0 {
                continue;
            }
            let pivot_row = a[col];
            for (x, p) in a[row][col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; P];
    for row in (0..P).rev() {
        let s: f64 = (row + 1..P).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-300 {
            0.0
        } else {
            (b[row] - s) / a[row][row]
        };
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_never_contradicts_the_score() {
        // A model sure of "positive" whatever the features.
        let mut weights = [[0.0; FEATURES]; 3];
        weights[2][0] = 5.0;
        let model = DocumentModel {
            weights,
            rule_share: 0.5,
        };
        let mut x = [0.0; FEATURES];
        x[0] = 1.0;
        x[1] = 0.3;
        let p = model.polarity(&x);
        assert_eq!(p.label, SentimentLabel::Positive);
        assert!(p.score > 0.3, "{p:?}");
        // A strongly negative rule score pulls the blended score below zero: neutral.
        x[1] = -1.0;
        let p = model.polarity(&x);
        assert!(p.score < 0.0, "{p:?}");
        assert_eq!(p.label, SentimentLabel::Neutral);
    }

    #[test]
    fn newton_fits_a_separable_rule() {
        // The class follows the sign of the rule score, with a neutral band around zero.
        let examples: Vec<DocExample> = (-20..=20)
            .map(|i| {
                let mut x = [0.0; FEATURES];
                x[0] = 1.0;
                x[1] = f64::from(i) / 20.0;
                (
                    x,
                    if i <= -5 {
                        0
                    } else if i >= 5 {
                        2
                    } else {
                        1
                    },
                )
            })
            .collect();
        let model = train(&examples, 1e-4, [1.0; 3]);
        let right = examples
            .iter()
            .filter(|(x, y)| {
                let p = model.probabilities(x);
                let best = (0..3).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(1);
                best == *y
            })
            .count();
        assert!(right >= 39, "{right} of 41");
        assert_eq!(
            DocumentModel::parse(&model.to_tsv("t")).map(|m| m.rule_share),
            Ok(0.5)
        );
    }
}
