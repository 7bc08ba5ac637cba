//! The learned document calibration: a three-class logistic regression over sixteen
//! bounded features of the rule pass (rule score, positive and negative mass, density of
//! sentiment words, strongest words, quotes, implicit negativity, length, questions…, and
//! the mean weights the NewsMTSC-trained target model gives the document's words) and,
//! optionally, over the words themselves (a vocabulary of the training documents' words,
//! each with its own weights), that gives the document's label and, blended with the rule
//! score, its score. Trained on the NYT editorial snippets (nyt-dev) by `newslens train
//! sentiment-documents` ([`train_model`], [`cross_validate`] for the out-of-fold figures);
//! parameters ship as `data/document_model.tsv`.

use crate::aggregate::{normalize, DocumentAggregation};
use crate::items::Item;
use newslens_core::output::sentiment::Polarity;
use newslens_core::output::SentimentLabel;
use newslens_core::word_table::WordTable;
use std::collections::{BTreeMap, HashMap};

/// Number of document features.
pub const FEATURES: usize = 16;

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
    "context_polarity",
    "context_neutrality",
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
    context: [f64; 2],
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
        context[0],
        context[1],
    ]
}

/// Softmax of three logits.
fn softmax(z: [f64; 3]) -> [f64; 3] {
    crate::target_model::softmax(z)
}

/// Weight of the rule score in the calibrated score (the rest is P(positive) − P(negative)).
pub const DEFAULT_RULE_SHARE: f64 = 0.5;

/// The calibration's weights: per class (negative, neutral, positive), one weight per
/// feature, and the negative and positive weights of the words of its vocabulary; the
/// neutral class's weights are zero (the reference class).
#[derive(Debug, Clone)]
pub struct DocumentModel {
    /// Class weights of the features.
    pub weights: [[f64; FEATURES]; 3],
    /// Weight of the rule score in the document score: `score = rule_share · rule score +
    /// (1 − rule_share) · (P(positive) − P(negative))`.
    pub rule_share: f64,
    /// Word (lower-case, as the document's items read it) → its row of `word_weights`;
    /// a word adds its weights to the logits once per document, however often it occurs.
    words: WordTable<u32>,
    /// Negative and positive weights of each word, by row.
    word_weights: Vec<[f64; 2]>,
}

impl PartialEq for DocumentModel {
    fn eq(&self, other: &Self) -> bool {
        self.weights == other.weights
            && self.rule_share == other.rule_share
            && self.words().eq(other.words())
    }
}

impl DocumentModel {
    /// A model of feature `weights`, `rule_share` and word weights (negative, positive;
    /// kept in the order given, a later duplicate ignored).
    pub fn new<K: AsRef<[u8]>>(
        weights: [[f64; FEATURES]; 3],
        rule_share: f64,
        words: impl IntoIterator<Item = (K, [f64; 2])>,
    ) -> Self {
        let mut table = WordTable::with_capacity(0);
        let mut word_weights = Vec::new();
        for (word, w) in words {
            if table.insert_if_absent(word.as_ref(), word_weights.len() as u32) {
                word_weights.push(w);
            }
        }
        DocumentModel {
            weights,
            rule_share,
            words: table,
            word_weights,
        }
    }

    /// Number of words with weights.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The words and their negative and positive weights, in the model's order.
    pub fn words(&self) -> impl Iterator<Item = (&[u8], [f64; 2])> {
        self.words
            .iter()
            .map(|(k, &row)| (k, self.word_weights[row as usize]))
    }

    /// The negative and positive logits that `words` (lower-case) add: the sum of the
    /// weights of the distinct words of the vocabulary among them. Allocates once per call
    /// at most (the list of words found, to count each once), never per word.
    pub fn word_logits<'a>(&self, words: impl IntoIterator<Item = &'a [u8]>) -> [f64; 2] {
        if self.words.is_empty() {
            return [0.0; 2];
        }
        let mut found: Vec<u32> = Vec::new();
        for word in words {
            if let Some(&row) = self.words.get(word) {
                found.push(row);
            }
        }
        found.sort_unstable();
        found.dedup();
        let mut z = [0.0; 2];
        for &row in &found {
            let w = self.word_weights[row as usize];
            z[0] += w[0];
            z[1] += w[1];
        }
        z
    }

    /// Class probabilities of a document's features and word logits
    /// ([`DocumentModel::word_logits`]).
    pub fn probabilities(&self, x: &[f64; FEATURES], words: [f64; 2]) -> [f64; 3] {
        let z = |c: usize| -> f64 { self.weights[c].iter().zip(x).map(|(w, x)| w * x).sum() };
        softmax([z(0) + words[0], z(1), z(2) + words[1]])
    }

    /// The calibrated polarity of a document's features (feature 1 is the rule score) and
    /// word logits: the score blends the rule score with P(positive) − P(negative); the
    /// label is the most probable class, or neutral when the score points the other way.
    pub fn polarity(&self, x: &[f64; FEATURES], words: [f64; 2]) -> Polarity {
        let p = self.probabilities(x, words);
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

    /// The calibrated polarity of a training or evaluation example.
    pub fn example_polarity(&self, example: &DocExample) -> Polarity {
        let words = self.word_logits(example.words.iter().map(|w| w.as_bytes()));
        self.polarity(&example.features, words)
    }

    /// Parses the TSV form written by [`DocumentModel::to_tsv`] (`#` lines are comments).
    pub fn parse(tsv: &str) -> Result<Self, String> {
        let mut weights = [[0.0; FEATURES]; 3];
        let mut rule_share = DEFAULT_RULE_SHARE;
        let mut words: Vec<(&str, [f64; 2])> = Vec::new();
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
            let name = fields.get(1).copied().unwrap_or_default();
            match fields[0] {
                "rule_share" => rule_share = num(1)?,
                "feature" => {
                    let i = FEATURE_NAMES
                        .iter()
                        .position(|f| *f == name)
                        .ok_or_else(|| {
                            format!("document model line {}: unknown feature `{name}`", n + 1)
                        })?;
                    for (c, class) in weights.iter_mut().enumerate() {
                        class[i] = num(2 + c)?;
                    }
                    seen[i] = true;
                }
                "word" => words.push((name, [num(2)?, num(4)?])),
                other => return Err(format!("document model line {}: unknown `{other}`", n + 1)),
            }
        }
        if let Some(i) = seen.iter().position(|s| !s) {
            return Err(format!(
                "document model: no weights for `{}`",
                FEATURE_NAMES[i]
            ));
        }
        Ok(DocumentModel::new(weights, rule_share, words))
    }

    /// The TSV form: the header as `#` lines, `rule_share`, one line per feature:
    /// `feature name w_negative w_neutral w_positive` (6 decimals), then one line per word:
    /// `word word w_negative w_neutral w_positive`.
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
        for (word, w) in self.words() {
            out.push_str(&format!(
                "word\t{}\t{:.6}\t{:.6}\t{:.6}\n",
                String::from_utf8_lossy(word),
                w[0],
                0.0,
                w[1]
            ));
        }
        out
    }
}

/// Training settings of the document calibration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocumentTrainConfig {
    /// L2 penalty per example on every feature weight but the bias.
    pub l2: f64,
    /// Weight each class's examples inversely to its frequency (for macro-F1).
    pub balance: bool,
    /// Weight of the rule score in the calibrated score.
    pub rule_share: f64,
    /// Number of cross-validation folds.
    pub folds: usize,
    /// Least number of training documents a word must occur in to get weights (0: no
    /// word weights). The vocabulary is taken from the training documents only, so each
    /// cross-validation fold has its own.
    pub min_docs: usize,
    /// L2 penalty per example on the word weights.
    pub word_l2: f64,
}

impl Default for DocumentTrainConfig {
    fn default() -> Self {
        DocumentTrainConfig {
            l2: 0.01,
            balance: true,
            rule_share: DEFAULT_RULE_SHARE,
            folds: 10,
            min_docs: 0,
            word_l2: 0.01,
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

/// One training example: the document's features, its distinct lower-case words (sorted)
/// and its gold class (0 negative, 1 neutral, 2 positive).
#[derive(Debug, Clone, PartialEq)]
pub struct DocExample {
    /// The rule pass's features ([`document_features`]).
    pub features: [f64; FEATURES],
    /// The distinct words of the document, sorted.
    pub words: Vec<String>,
    /// Gold class.
    pub class: usize,
}

impl DocExample {
    /// An example of `features`, the document's `words` (any order, repeats allowed) and
    /// gold `class`.
    pub fn new<'a>(
        features: [f64; FEATURES],
        words: impl IntoIterator<Item = &'a str>,
        class: usize,
    ) -> Self {
        let mut words: Vec<String> = words.into_iter().map(str::to_string).collect();
        words.sort_unstable();
        words.dedup();
        DocExample {
            features,
            words,
            class,
        }
    }
}

/// The vocabulary of a training set: the words that occur in at least `min_docs` of the
/// examples (none when `min_docs` is 0), in byte order.
pub fn vocabulary<'a>(examples: &[&'a DocExample], min_docs: usize) -> Vec<&'a str> {
    if min_docs == 0 {
        return Vec::new();
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in examples {
        for w in &e.words {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, c)| c >= min_docs)
        .map(|(w, _)| w)
        .collect()
}

/// Fits the calibration on `examples` with `config`: the vocabulary of the examples'
/// words ([`vocabulary`]), then the logistic regression ([`train`]).
pub fn train_model(examples: &[&DocExample], config: &DocumentTrainConfig) -> DocumentModel {
    let mut counts = [0usize; 3];
    for e in examples {
        counts[e.class] += 1;
    }
    let class_weight = std::array::from_fn(|c| {
        if config.balance && counts[c] > 0 {
            examples.len() as f64 / (3.0 * counts[c] as f64)
        } else {
            1.0
        }
    });
    let vocab = vocabulary(examples, config.min_docs);
    let mut model = train(examples, &vocab, (config.l2, config.word_l2), class_weight);
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
        let train_set: Vec<&DocExample> = examples
            .iter()
            .zip(folds)
            .filter(|(_, &g)| g != f)
            .map(|(e, _)| e)
            .chain(extra)
            .collect();
        let model = train_model(&train_set, config);
        for (i, e) in examples.iter().enumerate() {
            if folds[i] == f {
                out[i] = model.example_polarity(e);
            }
        }
    }
    out
}

/// The examples in the sparse form the solver reads: features, vocabulary rows of the
/// words, class and class weight.
struct Rows<'a> {
    examples: &'a [&'a DocExample],
    words: Vec<Vec<u32>>,
    class_weight: [f64; 3],
}

impl Rows<'_> {
    /// The negative and positive logits of example `i` under `theta` (per class `d`
    /// parameters: the features, then the words).
    fn logits(&self, theta: &[f64], d: usize, i: usize) -> [f64; 2] {
        let x = &self.examples[i].features;
        std::array::from_fn(|a| {
            let t = &theta[a * d..(a + 1) * d];
            dot(&t[..FEATURES], x)
                + self.words[i]
                    .iter()
                    .map(|&j| t[FEATURES + j as usize])
                    .sum::<f64>()
        })
    }

    /// Adds `g[a] · x_i` to `out`'s class-`a` block, for both classes.
    fn add_scaled(&self, out: &mut [f64], d: usize, i: usize, g: [f64; 2]) {
        let x = &self.examples[i].features;
        for (a, ga) in g.into_iter().enumerate() {
            let o = &mut out[a * d..(a + 1) * d];
            for (o, x) in o[..FEATURES].iter_mut().zip(x) {
                *o += ga * x;
            }
            for &j in &self.words[i] {
                o[FEATURES + j as usize] += ga;
            }
        }
    }
}

/// Fits the logistic regression over the features and the words of `vocab` (sorted) by
/// Newton's method, each step solved by conjugate gradients (preconditioned by the
/// Hessian's diagonal) and shortened until the objective decreases. L2 penalties per
/// example: `l2.0` on every feature weight but the bias, `l2.1` on the word weights;
/// `class_weight` weighs the examples of each class. Deterministic (no randomness;
/// examples summed in order).
pub fn train(
    examples: &[&DocExample],
    vocab: &[&str],
    l2: (f64, f64),
    class_weight: [f64; 3],
) -> DocumentModel {
    let index: HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, w)| (*w, i as u32))
        .collect();
    let rows = Rows {
        examples,
        words: examples
            .iter()
            .map(|e| {
                e.words
                    .iter()
                    .filter_map(|w| index.get(w.as_str()).copied())
                    .collect()
            })
            .collect(),
        class_weight,
    };
    // Parameters: the negative and positive classes' weights (neutral fixed at zero), each
    // block the features then the words.
    let d = FEATURES + vocab.len();
    let n = examples.len().max(1) as f64;
    let penalty: Vec<f64> = (0..2 * d)
        .map(|k| match k % d {
            0 => 0.0,
            j if j < FEATURES => l2.0 * n,
            _ => l2.1 * n,
        })
        .collect();
    let objective = |theta: &[f64]| -> f64 {
        let mut loss = 0.0;
        for (i, e) in examples.iter().enumerate() {
            let z = rows.logits(theta, d, i);
            let p = softmax([z[0], 0.0, z[1]]);
            let y = e.class;
            loss -= rows.class_weight[y] * p[y].max(1e-300).ln();
        }
        loss + 0.5
            * theta
                .iter()
                .zip(&penalty)
                .map(|(t, r)| r * t * t)
                .sum::<f64>()
    };
    let damping = 1e-9 * n;
    let mut theta = vec![0.0f64; 2 * d];
    let mut value = objective(&theta);
    for _ in 0..50 {
        // Gradient, the per-example curvature and the Hessian's diagonal.
        let mut grad: Vec<f64> = theta.iter().zip(&penalty).map(|(t, r)| r * t).collect();
        let mut curvature = Vec::with_capacity(examples.len());
        let mut diag: Vec<f64> = penalty.iter().map(|r| r + damping).collect();
        for (i, e) in examples.iter().enumerate() {
            let z = rows.logits(&theta, d, i);
            let p = softmax([z[0], 0.0, z[1]]);
            let y = e.class;
            let cw = rows.class_weight[y];
            let q = [p[0], p[2]];
            let t = [(y == 0) as u8 as f64, (y == 2) as u8 as f64];
            rows.add_scaled(&mut grad, d, i, [cw * (q[0] - t[0]), cw * (q[1] - t[1])]);
            let h = [
                [cw * q[0] * (1.0 - q[0]), -cw * q[0] * q[1]],
                [-cw * q[0] * q[1], cw * q[1] * (1.0 - q[1])],
            ];
            let x = &e.features;
            for a in 0..2 {
                let o = &mut diag[a * d..(a + 1) * d];
                for (o, x) in o[..FEATURES].iter_mut().zip(x) {
                    *o += h[a][a] * x * x;
                }
                for &j in &rows.words[i] {
                    o[FEATURES + j as usize] += h[a][a];
                }
            }
            curvature.push(h);
        }
        let hessian_times = |v: &[f64]| -> Vec<f64> {
            let mut out: Vec<f64> = v
                .iter()
                .zip(&penalty)
                .map(|(v, r)| (r + damping) * v)
                .collect();
            for (i, h) in curvature.iter().enumerate() {
                let u = rows.logits(v, d, i);
                let w = [
                    h[0][0] * u[0] + h[0][1] * u[1],
                    h[1][0] * u[0] + h[1][1] * u[1],
                ];
                rows.add_scaled(&mut out, d, i, w);
            }
            out
        };
        let step = conjugate_gradient(&hessian_times, &grad, &diag);
        // Shorten the step until the objective decreases (a full step almost always does).
        let mut scale = 1.0;
        let mut next: Vec<f64>;
        loop {
            next = theta
                .iter()
                .zip(&step)
                .map(|(t, s)| t - scale * s)
                .collect();
            let v = objective(&next);
            if v <= value || scale < 1e-6 {
                value = v;
                break;
            }
            scale *= 0.5;
        }
        let change = step.iter().fold(0.0f64, |m, s| m.max((scale * s).abs()));
        theta = next;
        if change < 1e-10 {
            break;
        }
    }
    let mut weights = [[0.0; FEATURES]; 3];
    weights[0].copy_from_slice(&theta[..FEATURES]);
    weights[2].copy_from_slice(&theta[d..d + FEATURES]);
    let words = vocab
        .iter()
        .enumerate()
        .map(|(j, w)| (*w, [theta[FEATURES + j], theta[d + FEATURES + j]]));
    DocumentModel::new(weights, DEFAULT_RULE_SHARE, words)
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

/// Solves `A · x = b` for a symmetric positive definite `A` given as its product with a
/// vector, by conjugate gradients preconditioned by `A`'s diagonal `diag`, to a residual
/// of 1e-12 of `b`'s (or at most 1,000 iterations).
fn conjugate_gradient(a: &dyn Fn(&[f64]) -> Vec<f64>, b: &[f64], diag: &[f64]) -> Vec<f64> {
    let norm = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>().sqrt();
    let target = 1e-12 * norm(b);
    let mut x = vec![0.0; b.len()];
    let mut r = b.to_vec();
    let precondition = |r: &[f64]| -> Vec<f64> {
        r.iter()
            .zip(diag)
            .map(|(r, d)| if *d > 0.0 { r / d } else { *r })
            .collect()
    };
    let mut z = precondition(&r);
    let mut p = z.clone();
    let mut rz = dot(&r, &z);
    for _ in 0..1000 {
        if norm(&r) <= target {
            break;
        }
        let ap = a(&p);
        let pap = dot(&p, &ap);
        if pap <= 0.0 {
            break;
        }
        let alpha = rz / pap;
        for k in 0..x.len() {
            x[k] += alpha * p[k];
            r[k] -= alpha * ap[k];
        }
        z = precondition(&r);
        let next = dot(&r, &z);
        let beta = next / rz;
        rz = next;
        for k in 0..p.len() {
            p[k] = z[k] + beta * p[k];
        }
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
        let model = DocumentModel::new(weights, 0.5, std::iter::empty::<(&str, [f64; 2])>());
        let mut x = [0.0; FEATURES];
        x[0] = 1.0;
        x[1] = 0.3;
        let p = model.polarity(&x, [0.0; 2]);
        assert_eq!(p.label, SentimentLabel::Positive);
        assert!(p.score > 0.3, "{p:?}");
        // A strongly negative rule score pulls the blended score below zero: neutral.
        x[1] = -1.0;
        let p = model.polarity(&x, [0.0; 2]);
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
                let class = if i <= -5 {
                    0
                } else if i >= 5 {
                    2
                } else {
                    1
                };
                DocExample::new(x, [], class)
            })
            .collect();
        let refs: Vec<&DocExample> = examples.iter().collect();
        let model = train(&refs, &[], (1e-4, 1e-4), [1.0; 3]);
        let right = examples
            .iter()
            .filter(|e| {
                let p = model.probabilities(&e.features, [0.0; 2]);
                let best = (0..3).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(1);
                best == e.class
            })
            .count();
        assert!(right >= 39, "{right} of 41");
        assert_eq!(
            DocumentModel::parse(&model.to_tsv("t")).map(|m| m.rule_share),
            Ok(0.5)
        );
    }

    #[test]
    fn words_carry_the_class_the_features_do_not() {
        // Same features everywhere; the word "bad" marks negatives, "good" positives.
        let mut x = [0.0; FEATURES];
        x[0] = 1.0;
        let examples: Vec<DocExample> = (0..30)
            .map(|i| match i % 3 {
                0 => DocExample::new(x, ["it", "was", "bad"], 0),
                1 => DocExample::new(x, ["it", "was"], 1),
                _ => DocExample::new(x, ["good", "it", "was", "good"], 2),
            })
            .collect();
        let refs: Vec<&DocExample> = examples.iter().collect();
        let vocab = vocabulary(&refs, 10);
        assert_eq!(vocab, ["bad", "good", "it", "was"]);
        let model = train(&refs, &vocab, (0.01, 0.01), [1.0; 3]);
        for e in &examples {
            let label = model.example_polarity(e).label;
            assert_eq!(label as usize, e.class, "{e:?}");
        }
        // Repeats count once; the written form reads back.
        assert_eq!(
            model.word_logits([&b"good"[..]]),
            model.word_logits([&b"good"[..], b"good", b"unknown"])
        );
        let tsv = model.to_tsv("t");
        let back = DocumentModel::parse(&tsv).expect("parses");
        assert_eq!(back.word_count(), 4);
        assert_eq!(back.to_tsv("t"), tsv);
    }
}
