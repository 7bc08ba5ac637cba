//! Precision, recall and F1: the one definition every evaluation command uses.

/// `part / whole`, or 0 when `whole` is 0 (a precision with nothing predicted, a recall
/// with nothing to find).
pub fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The harmonic mean of a precision and a recall (in the same unit, fractions or
/// percentages), or 0 when both are 0.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_f1() {
        assert_eq!(share(3, 4), 0.75);
        assert_eq!(share(0, 0), 0.0);
        assert_eq!(f1(0.5, 1.0), 2.0 / 3.0);
        assert_eq!(f1(0.0, 0.0), 0.0);
        assert_eq!(f1(50.0, 100.0), 200.0 / 3.0);
    }
}
