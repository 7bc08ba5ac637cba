//! The learned document calibration: a linear regression from the rule score, positive and
//! negative mass, and a bag of words to the human rating (scaled to [−1, 1]), trained by
//! `newslens train sentiment` on development sets. Parameters ship as a small TSV
//! (`data/document_model.tsv`).

use crate::aggregate::normalize;
use crate::items::Item;
use crate::lexicon::{with_ascii_apostrophes, FxMap};

/// Number of dense features.
pub const DOC_DENSE: usize = 4;

/// The rule-side features of a document: bias, rule score, normalized positive and
/// negative valence mass (quote-weighted items).
pub fn document_dense(rule_score: f64, items: &[Item], quote_weight: f64) -> [f64; DOC_DENSE] {
    let (mut pos, mut neg) = (0.0, 0.0);
    for it in items {
        let w = if it.in_quote { quote_weight } else { 1.0 };
        let v = f64::from(it.valence) * w;
        if v > 0.0 {
            pos += v;
        } else {
            neg += v;
        }
    }
    [1.0, rule_score, normalize(pos, 15.0), normalize(neg, 15.0)]
}

/// The weight each word of a document gets in the bag of words: 1/sqrt(number of words),
/// quoted words times `quote_weight`.
pub fn word_weight(items: usize) -> f64 {
    1.0 / (items.max(1) as f64).sqrt()
}

/// Linear regression weights.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentModel {
    /// Dense feature weights.
    pub dense: [f64; DOC_DENSE],
    /// Word weights (lower-case, ASCII apostrophes).
    pub words: FxMap<Box<[u8]>, f64>,
}

impl DocumentModel {
    /// The calibrated score of a document (clamped to [−1, 1]).
    pub fn predict(
        &self,
        dense: &[f64; DOC_DENSE],
        lower: &str,
        items: &[Item],
        quote_weight: f64,
    ) -> f64 {
        let mut y: f64 = self.dense.iter().zip(dense).map(|(w, x)| w * x).sum();
        let base = word_weight(items.len());
        for it in items {
            let q = if it.in_quote { quote_weight } else { 1.0 };
            if let Some(w) =
                with_ascii_apostrophes(&lower[it.span.range()], |k| self.words.get(k).copied())
            {
                y += w * base * q;
            }
        }
        y.clamp(-1.0, 1.0)
    }

    /// Parses the TSV form written by [`DocumentModel::to_tsv`].
    pub fn parse(tsv: &str) -> Result<Self, String> {
        let mut model = DocumentModel::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let bad = || format!("document model line {}: malformed", n + 1);
            match fields.as_slice() {
                ["dense", i, w] => {
                    let i: usize = i.parse().map_err(|_| bad())?;
                    *model.dense.get_mut(i).ok_or_else(bad)? = w.parse().map_err(|_| bad())?;
                }
                ["word", word, w] => {
                    model
                        .words
                        .insert(word.as_bytes().into(), w.parse().map_err(|_| bad())?);
                }
                _ => return Err(bad()),
            }
        }
        Ok(model)
    }

    /// The TSV form (words sorted, 4 decimals, near-zero weights dropped).
    pub fn to_tsv(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        for (i, w) in self.dense.iter().enumerate() {
            out.push_str(&format!("dense\t{i}\t{w:.4}\n"));
        }
        let mut words: Vec<_> = self.words.iter().filter(|(_, w)| w.abs() >= 5e-4).collect();
        words.sort_by(|a, b| a.0.cmp(b.0));
        for (word, w) in words {
            out.push_str(&format!(
                "word\t{}\t{w:.4}\n",
                String::from_utf8_lossy(word)
            ));
        }
        out
    }
}

/// One training document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocExample {
    /// Dense features.
    pub dense: [f64; DOC_DENSE],
    /// Words with their weights.
    pub words: Vec<(String, f64)>,
    /// Target in [−1, 1].
    pub target: f64,
}

/// Training knobs of the regression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocTrainConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// AdaGrad learning rate.
    pub learning_rate: f64,
    /// L2 penalty on word weights (per update).
    pub l2: f64,
    /// Minimum number of documents a word must occur in.
    pub min_count: usize,
}

impl Default for DocTrainConfig {
    fn default() -> Self {
        DocTrainConfig {
            epochs: 10,
            learning_rate: 0.02,
            l2: 1e-4,
            min_count: 3,
        }
    }
}

/// Fits the regression (squared loss, AdaGrad, examples in the given order: deterministic).
pub fn train_documents(examples: &[DocExample], config: &DocTrainConfig) -> DocumentModel {
    let mut counts: FxMap<&str, usize> = FxMap::default();
    for ex in examples {
        for (w, _) in &ex.words {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut dense = [0.0; DOC_DENSE];
    let mut dense_g = [1e-8; DOC_DENSE];
    let mut words: FxMap<&str, (f64, f64)> = FxMap::default();
    for _ in 0..config.epochs {
        for ex in examples {
            let mut y: f64 = dense.iter().zip(&ex.dense).map(|(w, x)| w * x).sum();
            for (w, x) in &ex.words {
                if counts[w.as_str()] >= config.min_count {
                    y += words.get(w.as_str()).map_or(0.0, |e| e.0) * x;
                }
            }
            let g = y - ex.target;
            for i in 0..DOC_DENSE {
                let gi = g * ex.dense[i];
                dense_g[i] += gi * gi;
                dense[i] -= config.learning_rate * gi / dense_g[i].sqrt();
            }
            for (w, x) in &ex.words {
                if counts[w.as_str()] < config.min_count {
                    continue;
                }
                let e = words.entry(w.as_str()).or_insert((0.0, 1e-8));
                let gi = g * x + config.l2 * e.0;
                e.1 += gi * gi;
                e.0 -= config.learning_rate * gi / e.1.sqrt();
            }
        }
    }
    DocumentModel {
        dense,
        words: words
            .into_iter()
            .map(|(w, (x, _))| (w.as_bytes().into(), x))
            .collect(),
    }
}
