//! Token ranges claimed so far, with logarithmic "is this covered?" queries: a Fenwick
//! tree keeping, for each start token, the furthest end of a range starting there, and
//! answering prefix maxima. Replaces linear scans over every claimed range, which made
//! attribution quadratic in article length.

use crate::phrase::Range;

/// A growing set of half-open token ranges `(a, b)`.
#[derive(Debug, Clone)]
pub struct Coverage {
    /// Fenwick tree (1-based) of the maximum end over range starts.
    max_end: Vec<usize>,
}

impl Coverage {
    /// An empty set over a text of `len` tokens.
    pub fn new(len: usize) -> Self {
        Coverage {
            max_end: vec![0; len + 1],
        }
    }

    /// Adds the range `(a, b)`.
    pub fn insert(&mut self, (a, b): Range) {
        let mut i = a + 1;
        while i < self.max_end.len() {
            if self.max_end[i] < b {
                self.max_end[i] = b;
            }
            i += i & i.wrapping_neg();
        }
    }

    /// The furthest end of a range starting at or before token `k` (0 if none).
    fn reach(&self, k: usize) -> usize {
        let mut i = (k + 1).min(self.max_end.len() - 1);
        let mut best = 0;
        while i > 0 {
            best = best.max(self.max_end[i]);
            i -= i & i.wrapping_neg();
        }
        best
    }

    /// Whether one range holds the whole of `(s, e)`.
    pub fn contains(&self, (s, e): Range) -> bool {
        self.reach(s) >= e
    }

    /// Whether some range holds token `k`.
    pub fn covers(&self, k: usize) -> bool {
        self.reach(k) > k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_a_linear_scan() {
        let ranges: [Range; 5] = [(3, 6), (10, 12), (4, 5), (20, 30), (11, 15)];
        let mut cov = Coverage::new(40);
        for (n, &r) in ranges.iter().enumerate() {
            cov.insert(r);
            let seen = &ranges[..=n];
            for k in 0..40 {
                let covered = seen.iter().any(|&(a, b)| a <= k && k < b);
                assert_eq!(cov.covers(k), covered, "token {k}");
                for e in k + 1..42 {
                    let held = seen.iter().any(|&(a, b)| a <= k && e <= b);
                    assert_eq!(cov.contains((k, e)), held, "range {k}..{e}");
                }
            }
        }
    }

    #[test]
    fn empty_covers_nothing() {
        let cov = Coverage::new(0);
        assert!(!cov.covers(0));
        assert!(!cov.contains((0, 1)));
    }
}
