//! From sentence valences to scores and labels: VADER's alpha normalization, the document
//! aggregation (quote-, position- and length-weighted) and the label thresholds.

use newslens_core::output::SentimentLabel;

/// VADER's normalization of a valence sum to (−1, 1): `x / sqrt(x² + alpha)`.
pub fn normalize(sum: f64, alpha: f64) -> f64 {
    if sum == 0.0 {
        return 0.0;
    }
    (sum / (sum * sum + alpha).sqrt()).clamp(-1.0, 1.0)
}

/// Score thresholds of the labels: positive at `score >= positive`, negative at
/// `score <= -negative`, neutral between.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// Lowest positive score.
    pub positive: f64,
    /// Magnitude of the highest negative score.
    pub negative: f64,
}

impl Thresholds {
    /// The label of `score`.
    pub fn label(&self, score: f64) -> SentimentLabel {
        if score >= self.positive {
            SentimentLabel::Positive
        } else if score <= -self.negative {
            SentimentLabel::Negative
        } else {
            SentimentLabel::Neutral
        }
    }
}

/// How sentence valences combine into the document's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocumentAggregation {
    /// Weight of items inside quotations (reported speech) in the document score.
    pub quote_weight: f64,
    /// Extra weight of the lead (the first sentence), as in the inverted pyramid.
    pub lead_weight: f64,
    /// Beyond `reference_length` sentences the sum is divided by
    /// (total weight / reference_length)^`length_exponent`: 0 sums (VADER on the whole text),
    /// 1 averages, 0.5 scales like the spread of a sum of independent sentences, so a long
    /// article does not saturate at ±1 for its length alone.
    pub length_exponent: f64,
    /// Number of sentences up to which the sentence valences are summed as VADER sums a
    /// short text.
    pub reference_length: f64,
    /// Normalization constant (VADER's 15).
    pub alpha: f64,
    /// A sentence of more than `word_reference` words has its valence sum multiplied by
    /// (word_reference / words)^`word_exponent`: the sum of n word valences spreads like
    /// √n, and readers rate a sentence by its density of sentiment, not its count of
    /// sentiment words (0 = VADER's plain sum).
    pub word_exponent: f64,
    /// Number of words up to which a sentence's valences are summed as VADER sums them.
    pub word_reference: f64,
}

impl Default for DocumentAggregation {
    fn default() -> Self {
        DocumentAggregation {
            quote_weight: 0.5,
            lead_weight: 0.0,
            length_exponent: 0.5,
            reference_length: 4.0,
            alpha: 15.0,
            word_exponent: 0.5,
            word_reference: 5.0,
        }
    }
}

impl DocumentAggregation {
    /// The weight of sentence `index` (0 = lead).
    pub fn sentence_weight(&self, index: usize) -> f64 {
        if index == 0 {
            1.0 + self.lead_weight
        } else {
            1.0
        }
    }

    /// The factor on the valence sum of a sentence of `words` words (items).
    pub fn sentence_scale(&self, words: usize) -> f64 {
        let n = words as f64;
        if self.word_exponent == 0.0 || n <= self.word_reference {
            1.0
        } else {
            (self.word_reference / n).powf(self.word_exponent)
        }
    }

    /// The document score from (sentence weight, quote-weighted sentence valence) pairs and
    /// the punctuation emphasis of the whole text (added in the direction of the sum, as
    /// VADER adds it).
    pub fn score(&self, sentences: impl Iterator<Item = (f64, f64)>, emphasis: f64) -> f64 {
        let (mut sum, mut weight) = (0.0, 0.0);
        for (w, valence) in sentences {
            sum += w * valence;
            weight += w;
        }
        if weight == 0.0 {
            return 0.0;
        }
        let scale = (weight / self.reference_length)
            .max(1.0)
            .powf(self.length_exponent);
        let sum = sum / scale;
        if sum == 0.0 {
            return 0.0;
        }
        normalize(sum + emphasis.copysign(sum), self.alpha)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_matches_vader() {
        // VADER: compound of a sum of 1.9 ("good") is 0.4404.
        assert!((normalize(1.9, 15.0) - 0.4404).abs() < 1e-4);
        assert_eq!(normalize(0.0, 15.0), 0.0);
        assert!(normalize(1e9, 15.0) <= 1.0);
    }

    #[test]
    fn thresholds() {
        let t = Thresholds {
            positive: 0.1,
            negative: 0.2,
        };
        for (score, label) in [
            (0.1, SentimentLabel::Positive),
            (0.05, SentimentLabel::Neutral),
            (-0.19, SentimentLabel::Neutral),
            (-0.2, SentimentLabel::Negative),
        ] {
            assert_eq!(t.label(score), label, "{score}");
        }
    }

    #[test]
    fn long_sentences_are_scaled_by_density() {
        let agg = DocumentAggregation::default();
        assert_eq!(agg.sentence_scale(3), 1.0);
        assert_eq!(agg.sentence_scale(5), 1.0);
        assert!((agg.sentence_scale(20) - 0.5).abs() < 1e-12);
        let vader = DocumentAggregation {
            word_exponent: 0.0,
            ..agg
        };
        assert_eq!(vader.sentence_scale(200), 1.0);
    }

    #[test]
    fn one_sentence_is_vader() {
        let agg = DocumentAggregation::default();
        assert!((agg.score([(1.0, 1.9)].into_iter(), 0.0) - normalize(1.9, 15.0)).abs() < 1e-12);
    }
}
