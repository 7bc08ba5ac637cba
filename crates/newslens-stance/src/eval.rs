//! Scoring stance predictions against gold, exactly as `shared/eval/stance/score.py` does:
//! the FNC-1 score (raw and % of the maximum), per-class precision/recall/F1, F1m and
//! accuracy for FNC-1 sets; accuracy and macro-F1 for Emergent and GWSD (GWSD `neutral`
//! is matched by `discuss` or `unrelated`). Pure functions over strings: no file I/O.

use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

const FNC_LABELS: [&str; 4] = ["agree", "disagree", "discuss", "unrelated"];

/// One gold item: an article id, the set it belongs to, the scored target, the label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldItem {
    /// Article id.
    pub id: String,
    /// Set name (`fnc1-dev`, `emergent-train`…).
    pub set: String,
    /// Target id whose label is scored.
    pub target: String,
    /// Gold label.
    pub label: String,
}

/// Predicted labels: article id → target id → label.
pub type Predictions = HashMap<String, HashMap<String, String>>;

/// Parses a gold file (JSON Lines of `{"id", "set", "target", "label", ...}`).
pub fn parse_gold(text: &str) -> Result<Vec<GoldItem>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("gold line {}: {e}", n + 1))?;
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        out.push(GoldItem {
            id: s("id").ok_or_else(|| format!("gold line {}: no id", n + 1))?,
            set: s("set").unwrap_or_else(|| "?".to_string()),
            target: s("target").unwrap_or_else(|| "title".to_string()),
            label: s("label").ok_or_else(|| format!("gold line {}: no label", n + 1))?,
        });
    }
    Ok(out)
}

/// Reads `analyzers.stance.targets[].label` from newslens output (JSON Lines); a later line
/// with the same id replaces an earlier one. Returns the predictions and the duplicate count.
pub fn parse_predictions(text: &str) -> Result<(Predictions, usize), String> {
    let mut preds = Predictions::new();
    let mut dup = 0;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("output line {}: {e}", n + 1))?;
        let id = v
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let mut labels = HashMap::new();
        if let Some(targets) = v
            .pointer("/analyzers/stance/targets")
            .and_then(Value::as_array)
        {
            for t in targets {
                if let Some(tid) = t.get("id").and_then(Value::as_str) {
                    let label = t.get("label").and_then(Value::as_str).unwrap_or("");
                    labels.insert(tid.to_string(), label.to_string());
                }
            }
        }
        if preds.insert(id, labels).is_some() {
            dup += 1;
        }
    }
    Ok((preds, dup))
}

/// Precision, recall, F1 and support of one class.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ClassFigures {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Gold items of the class.
    pub support: usize,
}

/// The figures of one scored set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Set name (joined with `+` when several).
    pub set: String,
    /// Gold items.
    pub n: usize,
    /// Gold items without a prediction.
    pub missing: usize,
    /// Predictions that are not a valid label.
    pub invalid: usize,
    /// `fnc1` or `3way`.
    pub kind: String,
    /// FNC-1 score, raw (FNC-1 sets only).
    pub fnc_score: Option<f64>,
    /// Maximum FNC-1 score of the gold set.
    pub fnc_max: Option<f64>,
    /// FNC-1 score as % of the maximum.
    pub fnc_percent: Option<f64>,
    /// Accuracy.
    pub accuracy: f64,
    /// Macro-F1 over the gold classes (F1m for FNC-1).
    pub macro_f1: f64,
    /// Gold classes (rows of the confusion matrix).
    pub labels: Vec<String>,
    /// Predicted columns of the confusion matrix.
    pub pred_labels: Vec<String>,
    /// Per-class figures, in `labels` order.
    pub per_class: Vec<ClassFigures>,
    /// Confusion counts, rows gold, columns predicted.
    pub confusion: Vec<Vec<usize>>,
    /// The one-line summary score.py prints last.
    pub summary: String,
}

/// Precision, recall and F1 of each class from a confusion matrix (rows gold, columns
/// predicted).
fn prf(conf: &[Vec<usize>], classes: usize) -> Vec<ClassFigures> {
    use newslens_core::metrics::{f1, share};
    (0..classes)
        .map(|c| {
            let tp = conf[c][c];
            let gold_n: usize = conf[c].iter().sum();
            let pred_n: usize = conf.iter().map(|row| row[c]).sum();
            let p = share(tp, pred_n);
            let r = share(tp, gold_n);
            ClassFigures {
                precision: p,
                recall: r,
                f1: f1(p, r),
                support: gold_n,
            }
        })
        .collect()
}

/// Scores `preds` against `gold`; `target_override` replaces each gold line's target.
pub fn score(gold: &[GoldItem], preds: &Predictions, target_override: Option<&str>) -> Report {
    let sets: BTreeSet<&str> = gold.iter().map(|g| g.set.as_str()).collect();
    let name = sets.iter().copied().collect::<Vec<_>>().join("+");
    let valid = |l: &str| FNC_LABELS.contains(&l);
    let is_fnc = (gold.iter().all(|g| valid(&g.label))
        && gold.iter().any(|g| g.label == "unrelated"))
        || name.starts_with("fnc1");
    let is_gwsd = gold.iter().any(|g| g.label == "neutral");
    let (mut missing, mut invalid) = (0, 0);
    let pairs: Vec<(&str, Option<&str>)> = gold
        .iter()
        .map(|g| {
            let target = target_override.unwrap_or(&g.target);
            let p = preds
                .get(&g.id)
                .and_then(|m| m.get(target))
                .map(String::as_str);
            let p = match p {
                None => {
                    missing += 1;
                    None
                }
                Some(l) if !valid(l) => {
                    invalid += 1;
                    None
                }
                Some(l) => Some(l),
            };
            (g.label.as_str(), p)
        })
        .collect();
    let n = pairs.len();
    if is_fnc {
        let idx = |l: &str| FNC_LABELS.iter().position(|c| *c == l).unwrap_or(3);
        let mut conf = vec![vec![0usize; 4]; 4];
        let (mut got, mut best) = (0.0f64, 0.0f64);
        for &(gl, p) in &pairs {
            let p = p.unwrap_or("unrelated");
            conf[idx(gl)][idx(p)] += 1;
            best += if gl == "unrelated" { 0.25 } else { 1.0 };
            if (gl == "unrelated") == (p == "unrelated") {
                got += 0.25;
                if gl != "unrelated" && gl == p {
                    got += 0.75;
                }
            }
        }
        let per = prf(&conf, 4);
        let f1m = per.iter().map(|c| c.f1).sum::<f64>() / 4.0;
        let correct: usize = (0..4).map(|c| conf[c][c]).sum();
        let pct = if best > 0.0 { 100.0 * got / best } else { 0.0 };
        let labels: Vec<String> = FNC_LABELS.iter().map(|s| s.to_string()).collect();
        Report {
            summary: format!("stance {name}: FNC {pct:.2}% F1m {f1m:.3} ({n} pairs)"),
            set: name,
            n,
            missing,
            invalid,
            kind: "fnc1".to_string(),
            fnc_score: Some(got),
            fnc_max: Some(best),
            fnc_percent: Some(pct),
            accuracy: if n > 0 {
                correct as f64 / n as f64
            } else {
                0.0
            },
            macro_f1: f1m,
            pred_labels: labels.clone(),
            labels,
            per_class: per,
            confusion: conf,
        }
    } else {
        let classes: Vec<String> = if is_gwsd {
            vec!["agree".into(), "disagree".into(), "neutral".into()]
        } else {
            let s: BTreeSet<&str> = pairs.iter().map(|(g, _)| *g).collect();
            s.into_iter().map(str::to_string).collect()
        };
        let k = classes.len();
        let mut conf = vec![vec![0usize; k + 1]; k];
        for &(gl, p) in &pairs {
            let p = match p {
                Some("discuss") | Some("unrelated") if is_gwsd => Some("neutral"),
                other => other,
            };
            let col = p
                .and_then(|p| classes.iter().position(|c| c == p))
                .unwrap_or(k);
            if let Some(row) = classes.iter().position(|c| c == gl) {
                conf[row][col] += 1;
            }
        }
        let per = prf(&conf, k);
        let correct: usize = (0..k).map(|c| conf[c][c]).sum();
        let acc = if n > 0 {
            correct as f64 / n as f64
        } else {
            0.0
        };
        let f1m = if k > 0 {
            per.iter().map(|c| c.f1).sum::<f64>() / k as f64
        } else {
            0.0
        };
        let mut cols = classes.clone();
        cols.push("(other)".to_string());
        Report {
            summary: format!("stance {name}: acc {acc:.3} F1m {f1m:.3} ({n} pairs)"),
            set: name,
            n,
            missing,
            invalid,
            kind: "3way".to_string(),
            fnc_score: None,
            fnc_max: None,
            fnc_percent: None,
            accuracy: acc,
            macro_f1: f1m,
            labels: classes,
            pred_labels: cols,
            per_class: per,
            confusion: conf,
        }
    }
}

impl Report {
    /// The report as score.py prints it (its last line is the summary).
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "set {}: {} gold items, {} without a prediction, {} with an invalid label",
            self.set, self.n, self.missing, self.invalid
        );
        if let (Some(got), Some(max), Some(pct)) = (self.fnc_score, self.fnc_max, self.fnc_percent)
        {
            let _ = writeln!(s, "FNC score: {got:.2} of {max:.2} ({pct:.2}%)");
        }
        let _ = writeln!(s, "accuracy: {:.4}\n", self.accuracy);
        let _ = writeln!(
            s,
            "{:<10} {:>9} {:>9} {:>9} {:>9}",
            "class", "precision", "recall", "F1", "support"
        );
        for (c, m) in self.labels.iter().zip(&self.per_class) {
            let _ = writeln!(
                s,
                "{c:<10} {:>9.4} {:>9.4} {:>9.4} {:>9}",
                m.precision, m.recall, m.f1, m.support
            );
        }
        let _ = writeln!(s, "{:<10} {:>29.4}\n", "macro-F1", self.macro_f1);
        let _ = writeln!(s, "confusion (rows gold, columns predicted):");
        let mut head = format!("{:<10} ", "");
        head.push_str(
            &self
                .pred_labels
                .iter()
                .map(|c| format!("{c:>10}"))
                .collect::<Vec<_>>()
                .join(" "),
        );
        let _ = writeln!(s, "{head}");
        for (c, row) in self.labels.iter().zip(&self.confusion) {
            let cells: Vec<String> = row.iter().map(|v| format!("{v:>10}")).collect();
            let _ = writeln!(s, "{c:<10} {}", cells.join(" "));
        }
        let _ = writeln!(s, "\n{}", self.summary);
        s
    }
}

/// Parses newslens input articles (JSON Lines, the contract's input form) into articles:
/// id, title and targets (with `keywords` or `aliases`) and text; other fields are ignored.
pub fn parse_articles(text: &str) -> Result<Vec<newslens_core::Article>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("articles line {}: {e}", n + 1))?;
        let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let mut a = newslens_core::Article::new(
            s(&v, "id").unwrap_or_else(|| format!("line:{}", n + 1)),
            s(&v, "text").unwrap_or_default(),
        );
        a.title = s(&v, "title");
        for t in v
            .get("targets")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let keywords = t
                .get("keywords")
                .or_else(|| t.get("aliases"))
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            a.targets.push(newslens_core::StanceTarget {
                id: s(t, "id").unwrap_or_default(),
                text: s(t, "text").unwrap_or_default(),
                keywords,
            });
        }
        out.push(a);
    }
    Ok(out)
}

/// Runs `analyzer` on `articles` (no prior outputs) and collects every target's label.
pub fn label_articles(
    analyzer: &crate::StanceAnalyzer,
    articles: Vec<newslens_core::Article>,
) -> Result<Predictions, String> {
    use newslens_core::{Analyzer, Document, Outputs};
    let mut preds = Predictions::new();
    for a in articles {
        let id = a.id.clone();
        let doc = Document::new(a);
        let out = analyzer
            .analyze(&doc, &Outputs::new())
            .map_err(|e| format!("{id}: {e}"))?;
        let labels = out
            .as_stance()
            .map(|s| {
                s.targets
                    .iter()
                    .map(|t| (t.id.clone(), label_name(t.label).to_string()))
                    .collect()
            })
            .unwrap_or_default();
        preds.insert(id, labels);
    }
    Ok(preds)
}

/// The contract name of a label.
pub fn label_name(label: newslens_core::output::stance::StanceLabel) -> &'static str {
    use newslens_core::output::stance::StanceLabel::*;
    match label {
        Agree => "agree",
        Disagree => "disagree",
        Discuss => "discuss",
        Unrelated => "unrelated",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(rows: &[(&str, &str)], set: &str) -> Vec<GoldItem> {
        rows.iter()
            .map(|(id, l)| GoldItem {
                id: id.to_string(),
                set: set.to_string(),
                target: "title".to_string(),
                label: l.to_string(),
            })
            .collect()
    }

    fn preds(rows: &[(&str, &str)]) -> Predictions {
        rows.iter()
            .map(|(id, l)| {
                let mut m = HashMap::new();
                m.insert("title".to_string(), l.to_string());
                (id.to_string(), m)
            })
            .collect()
    }

    #[test]
    fn fnc_score_rules() {
        // agree→agree 1.0; discuss→agree 0.25; unrelated→unrelated 0.25; disagree→unrelated 0;
        // unrelated→discuss 0; missing agree counts as unrelated: 0. Max = 1+1+0.25+1+0.25+1.
        let g = gold(
            &[
                ("a", "agree"),
                ("b", "discuss"),
                ("c", "unrelated"),
                ("d", "disagree"),
                ("e", "unrelated"),
                ("f", "agree"),
            ],
            "fnc1-dev",
        );
        let p = preds(&[
            ("a", "agree"),
            ("b", "agree"),
            ("c", "unrelated"),
            ("d", "unrelated"),
            ("e", "discuss"),
        ]);
        let r = score(&g, &p, None);
        assert_eq!(r.fnc_score, Some(1.5));
        assert_eq!(r.fnc_max, Some(4.5));
        assert_eq!(r.missing, 1);
        assert!((r.accuracy - 2.0 / 6.0).abs() < 1e-12);
        assert!(r.summary.starts_with("stance fnc1-dev: FNC 33.33% F1m"));
    }

    #[test]
    fn gwsd_neutral_matches_discuss_and_unrelated() {
        let g: Vec<GoldItem> = gold(
            &[
                ("a", "neutral"),
                ("b", "neutral"),
                ("c", "agree"),
                ("d", "disagree"),
            ],
            "gwsd-train",
        );
        let p = preds(&[
            ("a", "discuss"),
            ("b", "unrelated"),
            ("c", "unrelated"),
            ("d", "bogus"),
        ]);
        let r = score(&g, &p, None);
        assert_eq!(r.kind, "3way");
        assert_eq!(r.accuracy, 0.5);
        assert_eq!(r.invalid, 1);
        assert_eq!(r.confusion[0], vec![0, 0, 1, 0]);
        assert_eq!(r.confusion[1], vec![0, 0, 0, 1]);
    }
}
