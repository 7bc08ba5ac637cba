//! The learned target classifier: a multinomial logistic regression over the rule evidence
//! around a mention (weighted target valence, clause and sentence valence, quotes) and the
//! words near it (distance-weighted bag of words), trained on NewsMTSC train
//! (`newslens train sentiment`, or `train_target_model`). Parameters ship as a small TSV
//! (`data/target_model.tsv`).

use crate::entity::{MentionEvidence, TargetWindow};
use crate::items::Item;
use crate::lexicon::FxMap;

/// Number of dense (rule evidence) features.
pub const DENSE: usize = 8;

/// Prefixes of the features of the words beside a mention: one and two words to its
/// left, one and two to its right.
pub const SIDE_PREFIXES: [&[u8]; 4] = [b"<l>", b"<ll>", b"<r>", b"<rr>"];

/// A word feature as visited: an item of the document (its lower-case word) or a
/// composed key (`<l>said`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeatureRef<'a> {
    /// Item index into the scored document's items.
    Item(usize),
    /// The word of an item beside the mention: item index and side (into [`SIDE_PREFIXES`]).
    Side(usize, usize),
    /// A key, lower-case with ASCII apostrophes.
    Key(&'a [u8]),
}

/// The features of one mention: dense evidence and weighted words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MentionFeatures {
    /// Rule evidence, scaled to about unit range.
    pub dense: [f64; DENSE],
    /// Lower-case words (ASCII apostrophes) near the mention with their weights.
    pub words: Vec<(String, f64)>,
}

/// The dense features of a mention's evidence.
pub fn dense_features(ev: &MentionEvidence) -> [f64; DENSE] {
    [
        1.0,
        ev.target / 4.0,
        ev.clause / 4.0,
        ev.sentence / 4.0,
        ev.positive / 4.0,
        ev.negative / 4.0,
        ev.speaker_quote / 4.0,
        if ev.mention_in_quote { 1.0 } else { 0.0 },
    ]
}

/// Calls `f(index, weight)` for each item of the sentence within the window of the
/// mention at item indices `first..last` (relative to `sentence_items`), weighted like the
/// rule window.
pub fn for_each_context_word(
    sentence_items: &[Item],
    (first, last): (usize, usize),
    window: &TargetWindow,
    mut f: impl FnMut(usize, f64),
) {
    let half_distance = window.half_distance;
    let clause = sentence_items.get(first).map(|it| it.clause);
    let lo = first.saturating_sub(window.max_distance);
    let hi = (last + window.max_distance).min(sentence_items.len());
    for (k, it) in sentence_items.iter().enumerate().take(hi).skip(lo) {
        if (first..last).contains(&k) {
            continue;
        }
        let distance = if k < first { first - k } else { k + 1 - last };
        let mut w = half_distance / (half_distance + distance as f64 - 1.0);
        if Some(it.clause) != clause {
            w *= 0.5;
        }
        f(k, w);
    }
}

/// A word key with its row number in [`TargetModel::word_rows`].
pub type KeyRow<'a> = (&'a [u8], u32);

/// Multinomial logistic regression weights: per class (negative, neutral, positive).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TargetModel {
    /// Dense feature weights.
    pub dense: [[f64; DENSE]; 3],
    /// Word weights.
    pub words: FxMap<Box<[u8]>, [f64; 3]>,
    /// Context half-distance used in training.
    pub half_distance: f64,
    /// How much more probable than each polar class the neutral class must be to be the
    /// label ([`class_of`]); chosen by cross-validation in training.
    pub neutral_margin: f64,
}

/// The class (0 negative, 1 neutral, 2 positive) of probabilities `p`: the most probable
/// one, except that neutral must lead both polar classes by `neutral_margin`. Macro-F1
/// rewards the polar classes, which are the rarer ones in news, more than accuracy does.
pub fn class_of(p: [f64; 3], neutral_margin: f64) -> usize {
    let neutral = p[1] - neutral_margin;
    if p[0] >= neutral && p[0] >= p[2] {
        0
    } else if p[2] > neutral {
        2
    } else {
        1
    }
}

impl TargetModel {
    /// Adds the dense features' contribution to the class logits `z`.
    pub fn add_dense(&self, z: &mut [f64; 3], dense: &[f64; DENSE]) {
        for (c, zc) in z.iter_mut().enumerate() {
            *zc += self.dense[c]
                .iter()
                .zip(dense)
                .map(|(w, x)| w * x)
                .sum::<f64>();
        }
    }

    /// The word keys with a row number each, and the rows of weights in that order.
    pub fn word_rows(&self) -> (Vec<KeyRow<'_>>, Vec<[f64; 3]>) {
        // Rows are numbered in the map's order: the numbers only link a word to its row.
        let keys: Vec<(&[u8], &[f64; 3])> = self.words.iter().map(|(k, w)| (&k[..], w)).collect();
        let rows = keys.iter().map(|(_, w)| **w).collect();
        let keys = keys
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (*k, i as u32))
            .collect();
        (keys, rows)
    }

    /// The class weights of a word key (zero when absent).
    pub fn word_weights(&self, key: &[u8]) -> [f64; 3] {
        self.words.get(key).copied().unwrap_or_default()
    }

    /// Adds one word feature (`key` lower-case, ASCII apostrophes) with weight `x` to `z`.
    pub fn add_word(&self, z: &mut [f64; 3], key: &[u8], x: f64) {
        if let Some(w) = self.words.get(key) {
            for c in 0..3 {
                z[c] += w[c] * x;
            }
        }
    }

    /// Class logits of collected features.
    pub fn logits(&self, features: &MentionFeatures) -> [f64; 3] {
        let mut z = [0.0; 3];
        self.add_dense(&mut z, &features.dense);
        for (w, x) in &features.words {
            self.add_word(&mut z, w.as_bytes(), *x);
        }
        z
    }

    /// Parses the TSV form written by [`TargetModel::to_tsv`].
    pub fn parse(tsv: &str) -> Result<Self, String> {
        let mut words = FxMap::default();
        let mut model = TargetModel::parse_with(tsv, |word, weights| {
            words.insert(word.as_bytes().into(), weights);
        })?;
        model.words = words;
        Ok(model)
    }

    /// Parses the TSV form written by [`TargetModel::to_tsv`], handing each word and its
    /// weights to `word` (in file order) instead of storing them: the model returned has no
    /// [`TargetModel::words`].
    pub fn parse_with<'a>(
        tsv: &'a str,
        mut word: impl FnMut(&'a str, [f64; 3]),
    ) -> Result<Self, String> {
        let mut model = TargetModel {
            half_distance: 6.0,
            ..TargetModel::default()
        };
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            // At most five fields are read: split into a fixed array, not a vector per line.
            let mut parts = [""; 5];
            let mut count = 0;
            let mut start = 0;
            for (i, &b) in line.as_bytes().iter().enumerate() {
                if b == b'\t' && count < parts.len() {
                    parts[count] = &line[start..i];
                    count += 1;
                    start = i + 1;
                }
            }
            if count < parts.len() {
                parts[count] = &line[start..];
                count += 1;
            }
            let fields = &parts[..count];
            let num = |i: usize| -> Result<f64, String> {
                fields
                    .get(i)
                    .and_then(|f| f.parse::<f64>().ok())
                    .ok_or_else(|| format!("target model line {}: bad number", n + 1))
            };
            match fields[0] {
                "half_distance" => model.half_distance = num(1)?,
                "neutral_margin" => model.neutral_margin = num(1)?,
                "dense" => {
                    let i = num(1)? as usize;
                    if i >= DENSE {
                        return Err(format!("target model line {}: bad index", n + 1));
                    }
                    for c in 0..3 {
                        model.dense[c][i] = num(2 + c)?;
                    }
                }
                "word" => {
                    let key = fields.get(1).ok_or("target model: word missing")?;
                    word(key, [num(2)?, num(3)?, num(4)?]);
                }
                other => return Err(format!("target model line {}: unknown `{other}`", n + 1)),
            }
        }
        Ok(model)
    }

    /// The TSV form: `half_distance`, `neutral_margin`, `dense i w_neg w_neu w_pos`, `word w w_neg w_neu w_pos`
    /// (words sorted, weights rounded to 4 decimals, near-zero words dropped).
    pub fn to_tsv(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("half_distance\t{}\n", self.half_distance));
        out.push_str(&format!("neutral_margin\t{}\n", self.neutral_margin));
        for i in 0..DENSE {
            out.push_str(&format!(
                "dense\t{i}\t{:.4}\t{:.4}\t{:.4}\n",
                self.dense[0][i], self.dense[1][i], self.dense[2][i]
            ));
        }
        let mut words: Vec<_> = self.words.iter().collect();
        words.sort_by(|a, b| a.0.cmp(b.0));
        for (word, w) in words {
            if w.iter().all(|x| x.abs() < 5e-4) {
                continue;
            }
            out.push_str(&format!(
                "word\t{}\t{:.4}\t{:.4}\t{:.4}\n",
                String::from_utf8_lossy(word),
                w[0],
                w[1],
                w[2]
            ));
        }
        out
    }
}

/// Softmax of logits.
pub fn softmax(z: [f64; 3]) -> [f64; 3] {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = z.map(|x| (x - m).exp());
    let s: f64 = e.iter().sum();
    e.map(|x| x / s)
}

/// One training example.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Its features.
    pub features: MentionFeatures,
    /// Gold class (0 negative, 1 neutral, 2 positive).
    pub label: usize,
}

/// Training knobs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// Initial learning rate (AdaGrad).
    pub learning_rate: f64,
    /// L2 penalty per example on word weights.
    pub l2: f64,
    /// Words seen fewer times than this are not features.
    pub min_count: usize,
    /// Weight classes inversely to their frequency (for macro-F1).
    pub balance: bool,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 30,
            learning_rate: 0.1,
            l2: 1e-4,
            min_count: 3,
            balance: true,
        }
    }
}

/// Fits the model by AdaGrad on the examples in their given order (deterministic).
pub fn train(examples: &[Example], config: &TrainConfig, half_distance: f64) -> TargetModel {
    let mut counts: FxMap<&str, usize> = FxMap::default();
    for ex in examples {
        for (w, _) in &ex.features.words {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut class_counts = [0usize; 3];
    for ex in examples {
        class_counts[ex.label] += 1;
    }
    let class_weight: [f64; 3] = std::array::from_fn(|c| {
        if config.balance && class_counts[c] > 0 {
            examples.len() as f64 / (3.0 * class_counts[c] as f64)
        } else {
            1.0
        }
    });
    let mut dense = [[0.0; DENSE]; 3];
    let mut dense_g = [[1e-8; DENSE]; 3];
    let mut words: FxMap<&str, ([f64; 3], [f64; 3])> = FxMap::default();
    for _ in 0..config.epochs {
        for ex in examples {
            let mut z = [0.0; 3];
            for c in 0..3 {
                z[c] = dense[c]
                    .iter()
                    .zip(&ex.features.dense)
                    .map(|(w, x)| w * x)
                    .sum();
                for (w, x) in &ex.features.words {
                    if counts[w.as_str()] >= config.min_count {
                        z[c] += words.get(w.as_str()).map_or(0.0, |e| e.0[c]) * x;
                    }
                }
            }
            let p = softmax(z);
            let cw = class_weight[ex.label];
            for c in 0..3 {
                let g = cw * (p[c] - if c == ex.label { 1.0 } else { 0.0 });
                for i in 0..DENSE {
                    let gi = g * ex.features.dense[i];
                    dense_g[c][i] += gi * gi;
                    dense[c][i] -= config.learning_rate * gi / dense_g[c][i].sqrt();
                }
                for (w, x) in &ex.features.words {
                    if counts[w.as_str()] < config.min_count {
                        continue;
                    }
                    let e = words.entry(w.as_str()).or_insert(([0.0; 3], [1e-8; 3]));
                    let gi = g * x + config.l2 * e.0[c];
                    e.1[c] += gi * gi;
                    e.0[c] -= config.learning_rate * gi / e.1[c].sqrt();
                }
            }
        }
    }
    TargetModel {
        dense,
        words: words
            .into_iter()
            .map(|(w, (weights, _))| (w.as_bytes().into(), weights))
            .collect(),
        half_distance,
        neutral_margin: 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_needs_its_margin_over_both_polar_classes() {
        // the most probable class without a margin
        assert_eq!(class_of([0.3, 0.4, 0.3], 0.0), 1);
        assert_eq!(class_of([0.5, 0.3, 0.2], 0.0), 0);
        assert_eq!(class_of([0.2, 0.3, 0.5], 0.0), 2);
        // a neutral lead smaller than the margin goes to the larger polar class
        assert_eq!(class_of([0.25, 0.4, 0.35], 0.06), 2);
        assert_eq!(class_of([0.35, 0.4, 0.25], 0.06), 0);
        assert_eq!(class_of([0.25, 0.5, 0.25], 0.06), 1);
    }

    #[test]
    fn the_margin_survives_a_round_trip_and_defaults_to_zero() {
        let model = TargetModel {
            neutral_margin: 0.07,
            ..TargetModel::default()
        };
        let parsed = TargetModel::parse(&model.to_tsv("test")).unwrap();
        assert_eq!(parsed.neutral_margin, 0.07);
        assert_eq!(
            TargetModel::parse("half_distance\t6\n")
                .unwrap()
                .neutral_margin,
            0.0
        );
        let shipped = TargetModel::parse(include_str!("../data/target_model.tsv")).unwrap();
        assert!((0.0..=0.2).contains(&shipped.neutral_margin));
    }

    #[test]
    fn parse_with_visits_every_word() {
        let shipped = include_str!("../data/target_model.tsv");
        let model = TargetModel::parse(shipped).expect("shipped model");
        let mut seen = 0;
        let head = TargetModel::parse_with(shipped, |word, weights| {
            assert_eq!(model.words[word.as_bytes()], weights);
            seen += 1;
        })
        .expect("shipped model");
        assert_eq!(seen, model.words.len());
        assert_eq!(
            (head.dense, head.half_distance),
            (model.dense, model.half_distance)
        );
        assert!(head.words.is_empty());
    }
}
