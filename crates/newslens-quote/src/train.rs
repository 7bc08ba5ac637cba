//! Training the learned cue detector ([`crate::cue_model`]) from gold attributions (pure
//! functions: the `newslens train quote` command reads PolNeAR and writes the file).
//!
//! Every candidate word of an article ([`cue_model::is_candidate`]) is one example,
//! positive when it lies inside a gold cue span. The model is a logistic regression fit
//! by plain stochastic gradient descent in a fixed order (articles in the order given,
//! examples shuffled by a seeded generator), so the same data give the same bytes.

use crate::cue_model::{self, CueModel, BITS};
use crate::eval::EvalQuote;
use crate::frames::rule_cue_mask;
use crate::text::Text;
use newslens_core::{Article, Document};

/// One candidate word: its hashed features and whether it is a gold cue.
#[derive(Debug, Clone)]
pub struct Example {
    /// Hashed features ([`cue_model::Featurizer::features`]).
    pub features: Vec<u32>,
    /// Inside a gold cue span.
    pub cue: bool,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainParams {
    /// Passes over the examples.
    pub epochs: usize,
    /// The first pass's learning rate (divided by `1 + epoch` after).
    pub learning_rate: f32,
    /// L2 penalty per update.
    pub l2: f32,
    /// The logit threshold written into the model.
    pub threshold: f32,
    /// Seed of the example shuffle.
    pub seed: u64,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            epochs: 6,
            learning_rate: 0.1,
            l2: 1e-6,
            threshold: 0.3,
            seed: 17,
        }
    }
}

/// The examples of one article: `text` and its gold quotes (code-point offsets).
pub fn examples(id: &str, text: &str, gold: &[EvalQuote]) -> Vec<Example> {
    let doc = Document::new(Article::new(id, text));
    let t = Text::new(&doc);
    let rule = rule_cue_mask(&t);
    let mut cues: Vec<(usize, usize)> = gold
        .iter()
        .filter_map(|q| q.cue.as_ref().map(|c| (c.start, c.end)))
        .collect();
    cues.sort_unstable();
    let mut out = Vec::new();
    let mut featurizer = cue_model::Featurizer::new(&t);
    for (i, &rule_cue) in rule.iter().enumerate() {
        if !cue_model::is_candidate(&t, i) {
            continue;
        }
        let span = doc.out_span(t.span(i));
        // gold cues are few per article: a binary search for the last starting before
        let k = cues.partition_point(|c| c.0 < span.end);
        let cue = cues[..k].iter().rev().take(8).any(|c| c.1 > span.start);
        let lexicon = crate::cues::cue(t.lower(i));
        let feats = featurizer.features(i, rule_cue, lexicon);
        out.push(Example {
            features: feats.to_vec(),
            cue,
        });
    }
    out
}

/// Fits the model on `examples`.
pub fn train(examples: &[Example], params: TrainParams) -> CueModel {
    let mut w = vec![0.0f32; 1 << BITS];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = params.seed.max(1);
    for epoch in 0..params.epochs {
        // Fisher–Yates with xorshift64
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        let lr = params.learning_rate / (1.0 + epoch as f32);
        for &e in &order {
            let ex = &examples[e];
            let z: f32 = ex.features.iter().map(|&f| w[f as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = p - if ex.cue { 1.0 } else { 0.0 };
            for &f in &ex.features {
                let wf = &mut w[f as usize];
                *wf -= lr * (g + params.l2 * *wf);
            }
        }
    }
    CueModel::new(w, params.threshold).expect("the table has 1 << BITS weights")
}

/// Precision, recall and F1 (in %) of `model` at its threshold on `examples` (every
/// candidate word, the rules' cues included).
pub fn score(model: &CueModel, examples: &[Example]) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for ex in examples {
        let found = model.logit(&ex.features) > model.threshold;
        match (found, ex.cue) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            _ => {}
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fneg).max(1) as f64;
    let f = newslens_core::metrics::f1(p, r);
    (100.0 * p, 100.0 * r, 100.0 * f)
}
