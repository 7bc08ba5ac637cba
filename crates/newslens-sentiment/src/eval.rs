//! Evaluation helpers, pure (strings in, figures out): reading gold and output lines, the
//! measures of `../shared/eval/sentiment/score.py` (Pearson r, Spearman rho, accuracy,
//! macro-F1 with the neutral band; F1m, accuracy and coverage for targets with its
//! entity-matching rule), and the oracle-target entities layer used to measure the
//! target-level rules apart from mention detection.
