//! Multinomial logistic regression: the classifier of both stages, with its training.
//!
//! Inputs are standardized with the mean and scale stored in the model; training is
//! mini-batch Adam on the class-weighted cross-entropy with an L2 penalty, in a fixed,
//! seeded order, so the same data always gives the same weights.

use serde::{Deserialize, Serialize};

/// A trained multinomial logistic regression, readable in the model file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Logistic {
    /// Class names, in the order of `weights` and `bias`.
    pub classes: Vec<String>,
    /// Feature names, in input order.
    pub features: Vec<String>,
    /// Mean of each feature over the training set (subtracted first).
    pub mean: Vec<f32>,
    /// Scale of each feature (standard deviation; divided by second).
    pub scale: Vec<f32>,
    /// One weight row per class, one weight per (standardized) feature.
    pub weights: Vec<Vec<f32>>,
    /// One bias per class.
    pub bias: Vec<f32>,
    /// The weights with the standardization folded in (`w / scale`), for prediction.
    #[serde(skip)]
    folded: Vec<Vec<f32>>,
    /// The biases with the standardization folded in (`b − Σ w·mean/scale`).
    #[serde(skip)]
    folded_bias: Vec<f32>,
    /// Whether every folded weight is finite, so that a feature equal to 0 adds exactly
    /// nothing to a class score and may be skipped.
    #[serde(skip)]
    finite: bool,
}

/// Training settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainSettings {
    /// Passes over the data.
    pub epochs: usize,
    /// Examples per update.
    pub batch: usize,
    /// Adam step size.
    pub learning_rate: f32,
    /// L2 penalty on the weights (not the biases), per example.
    pub l2: f32,
    /// Seed of the example order.
    pub seed: u64,
    /// Features from this index on (0/1 indicator features) are not standardized
    /// (mean 0, scale 1), so the L2 penalty does not favour rare words.
    pub unscaled_from: usize,
    /// Iterate averaging (Polyak–Ruppert): the weights returned are the mean of the
    /// iterates after every step from this epoch on (`usize::MAX`: the last iterate).
    /// The last iterate of a stochastic optimizer depends on the example order; the mean
    /// hardly does.
    pub average_from: usize,
}

impl Default for TrainSettings {
    fn default() -> Self {
        TrainSettings {
            epochs: 30,
            batch: 64,
            learning_rate: 0.01,
            l2: 1e-4,
            seed: 0x5eed,
            unscaled_from: usize::MAX,
            average_from: usize::MAX,
        }
    }
}

impl Logistic {
    /// Folds the standardization into the weights, for fast prediction. Called by
    /// [`Logistic::check`] and [`Logistic::train`].
    fn fold(&mut self) {
        self.folded = self
            .weights
            .iter()
            .map(|row| row.iter().zip(&self.scale).map(|(w, s)| w / s).collect())
            .collect();
        self.folded_bias = self
            .folded
            .iter()
            .zip(&self.bias)
            .map(|(row, b)| b - row.iter().zip(&self.mean).map(|(w, m)| w * m).sum::<f32>())
            .collect();
        self.finite = self.folded.iter().flatten().all(|w| w.is_finite());
    }

    /// Class probabilities of the raw feature vector `x` (written into `out`).
    pub fn probs_into(&self, x: &[f32], out: &mut [f32]) {
        self.probs_sparse_into(x, &[], out);
    }

    /// Class probabilities of a row given as its leading dense features `dense`, and the
    /// indices (after the dense ones) of the remaining features that are 1 (`ones`; all
    /// others are 0).
    pub fn probs_sparse_into(&self, dense: &[f32], ones: &[u32], out: &mut [f32]) {
        self.probs_active_into(dense, 0..dense.len(), ones, out);
    }

    /// As [`Logistic::probs_sparse_into`], for a row whose dense features outside `active`
    /// are all 0 (a gated row: only one kind's half is set, see
    /// [`crate::features::PairFeatures::active`]). The zeros are skipped; every score is
    /// the same sum in the same order without its zero terms, so the result is identical.
    pub fn probs_active_into(
        &self,
        dense: &[f32],
        active: std::ops::Range<usize>,
        ones: &[u32],
        out: &mut [f32],
    ) {
        debug_assert!(dense.len() <= self.features.len());
        debug_assert!(dense[..active.start].iter().all(|x| *x == 0.0));
        debug_assert!(dense[active.end..].iter().all(|x| *x == 0.0));
        // A non-finite weight times 0 is not 0: then every feature is summed.
        let active = if self.finite { active } else { 0..dense.len() };
        for (k, o) in out.iter_mut().enumerate() {
            let row = &self.folded[k];
            let mut z = self.folded_bias[k];
            for (w, x) in row[active.clone()].iter().zip(&dense[active.clone()]) {
                z += w * x;
            }
            for &i in ones {
                z += row[dense.len() + i as usize];
            }
            *o = z;
        }
        softmax(out);
    }

    /// Class probabilities of the raw feature vector `x`.
    pub fn probs(&self, x: &[f32]) -> Vec<f32> {
        let mut out = vec![0.0; self.classes.len()];
        self.probs_into(x, &mut out);
        out
    }

    /// Checks the model's shape against the features the code computes.
    pub fn check(
        &mut self,
        what: &str,
        features: &[String],
        classes: &[&str],
    ) -> Result<(), String> {
        if self.features != features {
            return Err(format!(
                "{what}: the model's features differ from this version's ({} vs {}); retrain the model",
                self.features.len(),
                features.len()
            ));
        }
        if self.classes != classes {
            return Err(format!(
                "{what}: classes must be {classes:?}, found {:?}",
                self.classes
            ));
        }
        let d = features.len();
        let ok = self.mean.len() == d
            && self.scale.len() == d
            && self.scale.iter().all(|s| *s > 0.0)
            && self.bias.len() == classes.len()
            && self.weights.len() == classes.len()
            && self.weights.iter().all(|r| r.len() == d);
        if ok {
            self.fold();
            Ok(())
        } else {
            Err(format!("{what}: inconsistent weight shapes"))
        }
    }

    /// Trains on rows `x` with labels `y` (class indices) and per-example weights `w`.
    pub fn train(
        features: Vec<String>,
        classes: Vec<String>,
        x: &[Vec<f32>],
        y: &[usize],
        w: &[f32],
        settings: TrainSettings,
    ) -> Logistic {
        let d = features.len();
        let k = classes.len();
        let n = x.len();
        let mut mean = vec![0.0f64; d];
        for row in x {
            for j in 0..d {
                mean[j] += f64::from(row[j]);
            }
        }
        mean.iter_mut().for_each(|m| *m /= n.max(1) as f64);
        let mut var = vec![0.0f64; d];
        for row in x {
            for j in 0..d {
                let e = f64::from(row[j]) - mean[j];
                var[j] += e * e;
            }
        }
        let mean: Vec<f32> = mean
            .iter()
            .enumerate()
            .map(|(j, m)| {
                if j < settings.unscaled_from {
                    *m as f32
                } else {
                    0.0
                }
            })
            .collect();
        let scale: Vec<f32> = var
            .iter()
            .enumerate()
            .map(|(j, v)| {
                let s = (v / n.max(1) as f64).sqrt() as f32;
                if j >= settings.unscaled_from {
                    1.0
                } else if s > 1e-6 {
                    s
                } else {
                    1.0
                }
            })
            .collect();
        let xs: Vec<Vec<f32>> = x
            .iter()
            .map(|row| (0..d).map(|j| (row[j] - mean[j]) / scale[j]).collect())
            .collect();
        let wsum: f32 = w.iter().sum::<f32>().max(1e-6);
        let norm_w: Vec<f32> = w.iter().map(|v| v * n as f32 / wsum).collect();

        // Parameters: k rows of d weights then k biases, flattened.
        let p = k * d + k;
        let mut theta = vec![0.0f32; p];
        let mut m1 = vec![0.0f32; p];
        let mut m2 = vec![0.0f32; p];
        let mut grad = vec![0.0f32; p];
        let (b1, b2, eps) = (0.9f32, 0.999f32, 1e-8f32);
        let mut step = 0i32;
        let mut order: Vec<usize> = (0..n).collect();
        let mut rng = settings.seed | 1;
        let mut logits = vec![0.0f32; k];
        let mut sum = vec![
            0.0f64;
            if settings.average_from < settings.epochs {
                p
            } else {
                0
            }
        ];
        let mut averaged = 0u32;
        for epoch in 0..settings.epochs {
            // Fisher–Yates with xorshift64: deterministic order per epoch.
            for i in (1..n).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let lr = settings.learning_rate / (1.0 + epoch as f32 * 0.1);
            for batch in order.chunks(settings.batch.max(1)) {
                grad.iter_mut().for_each(|g| *g = 0.0);
                for &i in batch {
                    let row = &xs[i];
                    for c in 0..k {
                        let wrow = &theta[c * d..(c + 1) * d];
                        logits[c] = theta[k * d + c]
                            + wrow.iter().zip(row).map(|(a, b)| a * b).sum::<f32>();
                    }
                    softmax(&mut logits);
                    for c in 0..k {
                        let e = (logits[c] - f32::from(u8::from(c == y[i]))) * norm_w[i];
                        if e == 0.0 {
                            continue;
                        }
                        let g = &mut grad[c * d..(c + 1) * d];
                        for (gj, xj) in g.iter_mut().zip(row) {
                            *gj += e * xj;
                        }
                        grad[k * d + c] += e;
                    }
                }
                let bn = batch.len() as f32;
                step += 1;
                let c1 = 1.0 - b1.powi(step);
                let c2 = 1.0 - b2.powi(step);
                for j in 0..p {
                    let mut g = grad[j] / bn;
                    if j < k * d {
                        g += settings.l2 * theta[j];
                    }
                    m1[j] = b1 * m1[j] + (1.0 - b1) * g;
                    m2[j] = b2 * m2[j] + (1.0 - b2) * g * g;
                    theta[j] -= lr * (m1[j] / c1) / ((m2[j] / c2).sqrt() + eps);
                }
                if epoch >= settings.average_from {
                    for (a, t) in sum.iter_mut().zip(&theta) {
                        *a += f64::from(*t);
                    }
                    averaged += 1;
                }
            }
        }
        if averaged > 0 {
            for (t, a) in theta.iter_mut().zip(&sum) {
                *t = (*a / f64::from(averaged)) as f32;
            }
        }
        let weights = (0..k).map(|c| theta[c * d..(c + 1) * d].to_vec()).collect();
        let bias = theta[k * d..].to_vec();
        let mut model = Logistic {
            classes,
            features,
            mean,
            scale,
            weights,
            bias,
            folded: Vec::new(),
            folded_bias: Vec::new(),
            finite: false,
        };
        model.fold();
        model
    }
}

/// In-place softmax.
pub fn softmax(z: &mut [f32]) {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in z.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in z.iter_mut() {
        *v /= sum;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_rule_deterministically() {
        // Class = which of two features is larger.
        let mut x = Vec::new();
        let mut y = Vec::new();
        let mut s = 7u64;
        for _ in 0..400 {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let a = ((s >> 33) % 1000) as f32 / 1000.0;
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let b = ((s >> 33) % 1000) as f32 / 1000.0;
            x.push(vec![a, b]);
            y.push(usize::from(b > a));
        }
        let w = vec![1.0; x.len()];
        let names = vec!["a".to_string(), "b".to_string()];
        let classes = vec!["first".to_string(), "second".to_string()];
        let settings = TrainSettings::default();
        let m = Logistic::train(names.clone(), classes.clone(), &x, &y, &w, settings);
        let again = Logistic::train(names, classes, &x, &y, &w, settings);
        assert_eq!(m, again);
        let correct = x
            .iter()
            .zip(&y)
            .filter(|(r, &c)| {
                let p = m.probs(r);
                usize::from(p[1] > p[0]) == c
            })
            .count();
        assert!(correct >= 380, "{correct}/400");
    }
}
