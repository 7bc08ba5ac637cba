//! The measures of `score.py`, computed the same way (same trimming, tokens, one-to-one
//! matching, rounding), and its text report.

use super::{DocQuotes, EvalQuote, EvalSpan};
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashMap};

/// Scoring modes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mode {
    /// Keep only direct quotes on both sides.
    pub direct_only: bool,
    /// Score each piece of a discontinuous content as a quote of its own.
    pub split_parts: bool,
}

const TYPES: [&str; 3] = ["direct", "indirect", "mixed"];
const OPEN_MARKS: [&str; 5] = ["“", "„", "‟", "«", "``"];
const CLOSE_MARKS: [&str; 2] = ["”", "»"];
const TOGGLE: [&str; 2] = ["\"", "''"];

/// Unicode punctuation (general category P*), plus the backtick and acute accent.
fn strippable(c: char) -> bool {
    if c.is_whitespace() || c == '`' || c == '´' {
        return true;
    }
    if c.is_ascii() {
        return matches!(
            c,
            '!' | '"'
                | '#'
                | '%'
                | '&'
                | '\''
                | '('
                | ')'
                | '*'
                | ','
                | '-'
                | '.'
                | '/'
                | ':'
                | ';'
                | '?'
                | '@'
                | '['
                | '\\'
                | ']'
                | '_'
                | '{'
                | '}'
        );
    }
    matches!(c,
        '\u{a1}' | '\u{a7}' | '\u{ab}' | '\u{b6}' | '\u{b7}' | '\u{bb}' | '\u{bf}' | '\u{37e}' | '\u{387}'
        | '\u{55a}'..='\u{55f}' | '\u{589}' | '\u{58a}' | '\u{5be}' | '\u{5c0}' | '\u{5c3}' | '\u{5c6}'
        | '\u{5f3}' | '\u{5f4}' | '\u{609}' | '\u{60a}' | '\u{60c}' | '\u{60d}' | '\u{61b}' | '\u{61e}' | '\u{61f}'
        | '\u{66a}'..='\u{66d}' | '\u{6d4}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}'
        | '\u{2045}'..='\u{2051}' | '\u{2053}'..='\u{205e}' | '\u{207d}' | '\u{207e}' | '\u{208d}' | '\u{208e}'
        | '\u{2308}'..='\u{230b}' | '\u{2329}' | '\u{232a}' | '\u{2768}'..='\u{2775}' | '\u{27c5}' | '\u{27c6}'
        | '\u{27e6}'..='\u{27ef}' | '\u{2983}'..='\u{2998}' | '\u{29d8}'..='\u{29db}' | '\u{29fc}' | '\u{29fd}'
        | '\u{2cf9}'..='\u{2cfc}' | '\u{2cfe}' | '\u{2cff}' | '\u{2e00}'..='\u{2e2e}' | '\u{2e30}'..='\u{2e4f}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301f}' | '\u{3030}' | '\u{303d}'
        | '\u{30a0}' | '\u{30fb}' | '\u{fe10}'..='\u{fe19}' | '\u{fe30}'..='\u{fe52}' | '\u{fe54}'..='\u{fe61}'
        | '\u{fe63}' | '\u{fe68}' | '\u{fe6a}' | '\u{fe6b}' | '\u{ff01}'..='\u{ff03}' | '\u{ff05}'..='\u{ff0a}'
        | '\u{ff0c}'..='\u{ff0f}' | '\u{ff1a}' | '\u{ff1b}' | '\u{ff1f}' | '\u{ff20}' | '\u{ff3b}'..='\u{ff3d}'
        | '\u{ff3f}' | '\u{ff5b}' | '\u{ff5d}' | '\u{ff5f}'..='\u{ff65}')
}

/// `(start, end)` after trimming white space, punctuation and quotation marks from both
/// ends, using the span's text when it matches the offsets.
pub fn trimmed(s: &EvalSpan) -> (usize, usize) {
    let Some(t) = &s.text else {
        return (s.start, s.end);
    };
    let chars: Vec<char> = t.chars().collect();
    if chars.len() != s.end.saturating_sub(s.start) || s.end < s.start {
        return (s.start, s.end);
    }
    let (mut i, mut j) = (0, chars.len());
    while i < j && strippable(chars[i]) {
        i += 1;
    }
    while j > i && strippable(chars[j - 1]) {
        j -= 1;
    }
    if i == j {
        return (s.start, s.end);
    }
    (s.start + i, s.start + j)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The word tokens of a content (its parts when given), as code-point spans.
fn tokens(q: &EvalQuote) -> BTreeSet<(usize, usize)> {
    let mut out = BTreeSet::new();
    let pieces: Vec<&EvalSpan> = if q.content.parts.is_empty() {
        vec![&q.content.span]
    } else {
        q.content.parts.iter().collect()
    };
    for p in pieces {
        let Some(t) = &p.text else { continue };
        let mut start: Option<usize> = None;
        let mut n = 0;
        for (k, c) in t.chars().enumerate() {
            n = k + 1;
            match (is_word_char(c), start) {
                (true, None) => start = Some(k),
                (false, Some(s)) => {
                    out.insert((p.start + s, p.start + k));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.insert((p.start + s, p.start + n));
        }
    }
    out
}

/// direct / mixed / indirect from a content text alone (`score.py`'s `infer_type`).
pub fn infer_type(text: Option<&str>) -> &'static str {
    let Some(text) = text else {
        return "indirect";
    };
    let mut t = text.trim();
    while let Some(c) = t.chars().last() {
        if c.is_whitespace() || ",.?!;:…".contains(c) {
            t = &t[..t.len() - c.len_utf8()];
        } else {
            break;
        }
    }
    let all: Vec<&str> = OPEN_MARKS
        .iter()
        .chain(&CLOSE_MARKS)
        .chain(&TOGGLE)
        .copied()
        .collect();
    if !all.iter().any(|m| text.contains(m)) {
        return "indirect";
    }
    let starts = OPEN_MARKS.iter().chain(&TOGGLE).any(|m| t.starts_with(m));
    let ends = CLOSE_MARKS
        .iter()
        .chain(&TOGGLE)
        .any(|m| t.ends_with(m) || text.trim_end().ends_with(m));
    let n = t.chars().count();
    let inner: String = if n > 1 {
        t.chars().skip(1).take(n - 2).collect()
    } else {
        String::new()
    };
    if starts && ends && !CLOSE_MARKS.iter().any(|m| inner.contains(m)) {
        "direct"
    } else {
        "mixed"
    }
}

fn qtype(q: &EvalQuote) -> &'static str {
    match q.kind.as_deref() {
        Some("direct") => "direct",
        Some("indirect") => "indirect",
        Some("mixed") => "mixed",
        _ => infer_type(q.content.span.text.as_deref()),
    }
}

fn split_parts(quotes: Vec<EvalQuote>) -> Vec<EvalQuote> {
    let mut out = Vec::new();
    for q in quotes {
        if q.content.parts.is_empty() {
            out.push(q);
            continue;
        }
        let t = qtype(&q);
        for p in &q.content.parts {
            let mut c = q.clone();
            c.content.span = p.clone();
            c.content.parts = Vec::new();
            let k = if t == "mixed" {
                infer_type(p.text.as_deref())
            } else {
                t
            };
            c.kind = Some(k.to_string());
            out.push(c);
        }
    }
    out
}

fn norm_name(n: Option<&str>) -> Option<String> {
    let n = n?;
    if n.trim().is_empty() {
        return None;
    }
    Some(
        n.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    )
}

fn attributed(g: &EvalQuote, p: &EvalQuote) -> bool {
    let (Some(gs), ps) = (&g.speaker, &p.speaker) else {
        return p.speaker.is_none();
    };
    let Some(ps) = ps else { return false };
    if gs.span.start.max(ps.span.start) < gs.span.end.min(ps.span.end) {
        return true;
    }
    let gn = norm_name(gs.name.as_deref());
    gn.is_some() && gn == norm_name(ps.name.as_deref())
}

/// Precision, recall and F1 counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// True positives counted on the prediction side.
    pub tp_p: usize,
    /// True positives counted on the gold side.
    pub tp_r: usize,
    /// Predictions.
    pub n_pred: usize,
    /// Gold items.
    pub n_gold: usize,
}

/// Rounds like Python's `round(x, 2)`.
fn round2(x: f64) -> f64 {
    format!("{x:.2}").parse().unwrap_or(x)
}

impl Prf {
    fn add(&mut self, tp_p: usize, n_pred: usize, tp_r: usize, n_gold: usize) {
        self.tp_p += tp_p;
        self.n_pred += n_pred;
        self.tp_r += tp_r;
        self.n_gold += n_gold;
    }
    /// (P, R, F1) in percent, rounded to two decimals.
    pub fn prf(&self) -> (f64, f64, f64) {
        let (p, r, f) = if self.n_pred == 0 && self.n_gold == 0 {
            (100.0, 100.0, 100.0)
        } else {
            let p = if self.n_pred > 0 {
                100.0 * self.tp_p as f64 / self.n_pred as f64
            } else {
                0.0
            };
            let r = if self.n_gold > 0 {
                100.0 * self.tp_r as f64 / self.n_gold as f64
            } else {
                0.0
            };
            (p, r, newslens_core::metrics::f1(p, r))
        };
        (round2(p), round2(r), round2(f))
    }
}

/// Counts by quote type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypeCounts {
    /// Gold quotes of the type.
    pub gold: usize,
    /// Gold quotes of the type matched exactly / by overlap / attributed right.
    pub gold_exact: usize,
    /// See `gold_exact`.
    pub gold_overlap: usize,
    /// See `gold_exact`.
    pub gold_att_ok: usize,
    /// Predicted quotes of the type.
    pub pred: usize,
    /// Predicted quotes of the type matched exactly / by overlap.
    pub pred_exact: usize,
    /// See `pred_exact`.
    pub pred_overlap: usize,
}

/// Every measure of one scoring run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Content spans equal after trimming.
    pub content_exact: Prf,
    /// Content token Jaccard ≥ 0.5, one-to-one.
    pub content_overlap: Prf,
    /// Distinct cue spans per article.
    pub cue_exact: Prf,
    /// Distinct speaker spans per article.
    pub speaker_exact: Prf,
    /// Overlap-matched and correctly attributed.
    pub attribution_f1: Prf,
    /// Correctly attributed among overlap-matched contents.
    pub att_ok: usize,
    /// Overlap-matched contents.
    pub att_n: usize,
    /// Counts by type, in the order direct, indirect, mixed.
    pub by_type: [TypeCounts; 3],
    /// Gold documents.
    pub docs: usize,
    /// Gold documents absent from the predictions.
    pub pred_docs_missing: usize,
    /// Predicted documents without a quote output.
    pub pred_quote_failed: usize,
    /// Predicted documents not in the gold.
    pub pred_docs_not_in_gold: usize,
    /// The mode scored.
    pub mode: Mode,
}

/// Scores predictions against gold. `gold` lists the gold documents in order (their
/// quotes); `pred` maps ids to predicted quotes (`None`: the analyzer failed there).
pub fn score(
    gold: &[(String, Vec<EvalQuote>)],
    pred: &HashMap<String, DocQuotes>,
    mode: Mode,
) -> Report {
    let mut r = Report {
        mode,
        ..Report::default()
    };
    let gold_ids: BTreeSet<&str> = gold.iter().map(|(id, _)| id.as_str()).collect();
    r.pred_docs_not_in_gold = pred
        .keys()
        .filter(|k| !gold_ids.contains(k.as_str()))
        .count();
    let type_index = |t: &str| TYPES.iter().position(|x| *x == t).unwrap_or(1);
    for (id, gq) in gold {
        r.docs += 1;
        let pq: Vec<EvalQuote> = match pred.get(id) {
            None => {
                r.pred_docs_missing += 1;
                Vec::new()
            }
            Some(None) => {
                r.pred_quote_failed += 1;
                Vec::new()
            }
            Some(Some(q)) => q.clone(),
        };
        let mut gq: Vec<EvalQuote> = gq.clone();
        let mut pq = pq;
        if mode.split_parts {
            gq = split_parts(gq);
            pq = split_parts(pq);
        }
        if mode.direct_only {
            gq.retain(|q| qtype(q) == "direct");
            pq.retain(|q| qtype(q) == "direct");
        }
        let gt: Vec<usize> = gq.iter().map(|q| type_index(qtype(q))).collect();
        let pt: Vec<usize> = pq.iter().map(|q| type_index(qtype(q))).collect();
        for &t in &gt {
            r.by_type[t].gold += 1;
        }
        for &t in &pt {
            r.by_type[t].pred += 1;
        }
        // exact, one-to-one in order
        let mut pkeys: HashMap<(usize, usize), std::collections::VecDeque<usize>> = HashMap::new();
        for (j, q) in pq.iter().enumerate() {
            pkeys
                .entry(trimmed(&q.content.span))
                .or_default()
                .push_back(j);
        }
        let mut ex = 0;
        for (i, q) in gq.iter().enumerate() {
            if let Some(j) = pkeys
                .get_mut(&trimmed(&q.content.span))
                .and_then(|l| l.pop_front())
            {
                ex += 1;
                r.by_type[gt[i]].gold_exact += 1;
                r.by_type[pt[j]].pred_exact += 1;
            }
        }
        r.content_exact.add(ex, pq.len(), ex, gq.len());
        // overlap, greedy one-to-one by Jaccard
        let gtok: Vec<BTreeSet<(usize, usize)>> = gq.iter().map(tokens).collect();
        let ptok: Vec<BTreeSet<(usize, usize)>> = pq.iter().map(tokens).collect();
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (i, a) in gtok.iter().enumerate() {
            if a.is_empty() {
                continue;
            }
            for (j, b) in ptok.iter().enumerate() {
                if b.is_empty() {
                    continue;
                }
                let inter = a.intersection(b).count();
                if inter > 0 {
                    let union = a.len() + b.len() - inter;
                    let jac = inter as f64 / union as f64;
                    if jac >= 0.5 {
                        pairs.push((-jac, i, j));
                    }
                }
            }
        }
        pairs.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let (mut gu, mut pu) = (vec![false; gq.len()], vec![false; pq.len()]);
        let mut matched = Vec::new();
        for &(_, i, j) in &pairs {
            if !gu[i] && !pu[j] {
                gu[i] = true;
                pu[j] = true;
                matched.push((i, j));
            }
        }
        let mut ok = 0;
        for &(i, j) in &matched {
            r.by_type[gt[i]].gold_overlap += 1;
            r.by_type[pt[j]].pred_overlap += 1;
            if attributed(&gq[i], &pq[j]) {
                ok += 1;
                r.by_type[gt[i]].gold_att_ok += 1;
            }
        }
        r.att_ok += ok;
        r.att_n += matched.len();
        r.content_overlap
            .add(matched.len(), pq.len(), matched.len(), gq.len());
        r.attribution_f1.add(ok, pq.len(), ok, gq.len());
        // distinct cue and speaker spans
        let set = |qs: &[EvalQuote], cue: bool| -> BTreeSet<(usize, usize)> {
            qs.iter()
                .filter_map(|q| {
                    if cue {
                        q.cue.as_ref()
                    } else {
                        q.speaker.as_ref().map(|s| &s.span)
                    }
                })
                .map(trimmed)
                .collect()
        };
        for (cue, prf) in [(true, &mut r.cue_exact), (false, &mut r.speaker_exact)] {
            let (gs, ps) = (set(&gq, cue), set(&pq, cue));
            let inter = gs.intersection(&ps).count();
            prf.add(inter, ps.len(), inter, gs.len());
        }
    }
    r
}

fn fmt1(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".to_string(), |v| format!("{v:.1}"))
}

fn pct(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| round2(100.0 * a as f64 / b as f64))
}

impl Report {
    /// Attribution accuracy in percent (None when nothing matched).
    pub fn attribution_acc(&self) -> Option<f64> {
        pct(self.att_ok, self.att_n)
    }

    /// The summary line, as `score.py` prints it.
    pub fn summary(&self) -> String {
        format!(
            "quotes: content exact F1 {} overlap F1 {} cue F1 {} speaker F1 {} attribution acc {} ({} docs)",
            fmt1(Some(self.content_exact.prf().2)),
            fmt1(Some(self.content_overlap.prf().2)),
            fmt1(Some(self.cue_exact.prf().2)),
            fmt1(Some(self.speaker_exact.prf().2)),
            fmt1(self.attribution_acc()),
            self.docs
        )
    }

    /// The per-type row: (exact P, R, F1), (overlap P, R, F1), attribution accuracy.
    #[allow(clippy::type_complexity)]
    fn type_row(&self, t: usize) -> ([Option<f64>; 3], [Option<f64>; 3], Option<f64>) {
        let c = self.by_type[t];
        let raw = |a: usize, b: usize| (b > 0).then(|| 100.0 * a as f64 / b as f64);
        let row = |gm: usize, pm: usize| {
            let r = raw(gm, c.gold);
            let p = raw(pm, c.pred);
            let f = match (p, r) {
                (Some(p), Some(r)) => Some(round2(newslens_core::metrics::f1(p, r))),
                _ => None,
            };
            [p.map(round2), r.map(round2), f]
        };
        (
            row(c.gold_exact, c.pred_exact),
            row(c.gold_overlap, c.pred_overlap),
            pct(c.gold_att_ok, c.gold_overlap),
        )
    }

    /// The text report, line for line as `score.py` prints it.
    pub fn to_text(&self) -> String {
        let mut out = Vec::new();
        out.push(format!(
            "docs {} (pred missing {}, quote analyzer failed {}, pred docs not in gold {}){}{}",
            self.docs,
            self.pred_docs_missing,
            self.pred_quote_failed,
            self.pred_docs_not_in_gold,
            if self.mode.direct_only {
                "  [direct only]"
            } else {
                ""
            },
            if self.mode.split_parts {
                "  [discontinuous contents split into parts]"
            } else {
                ""
            }
        ));
        out.push(format!(
            "{:<18}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}",
            "measure", "P", "R", "F1", "tp", "pred", "gold"
        ));
        for (name, m) in [
            ("content_exact", &self.content_exact),
            ("content_overlap", &self.content_overlap),
            ("cue_exact", &self.cue_exact),
            ("speaker_exact", &self.speaker_exact),
            ("attribution_f1", &self.attribution_f1),
        ] {
            let (p, r, f) = m.prf();
            out.push(format!(
                "{name:<18}{p:>7.1}{r:>7.1}{f:>7.1}{:>7}{:>7}{:>7}",
                m.tp_r, m.n_pred, m.n_gold
            ));
        }
        out.push(format!(
            "attribution acc {} ({}/{} overlap-matched contents)",
            fmt1(self.attribution_acc()),
            self.att_ok,
            self.att_n
        ));
        out.push("by type (R by gold type, P by predicted type):".to_string());
        out.push(format!(
            "{:<10}{:>6}{:>6}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}",
            "type", "gold", "pred", "exP", "exR", "exF1", "ovP", "ovR", "ovF1", "attr"
        ));
        for (t, name) in TYPES.iter().enumerate() {
            let (e, o, a) = self.type_row(t);
            let c = self.by_type[t];
            out.push(format!(
                "{:<10}{:>6}{:>6}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}",
                name,
                c.gold,
                c.pred,
                fmt1(e[0]),
                fmt1(e[1]),
                fmt1(e[2]),
                fmt1(o[0]),
                fmt1(o[1]),
                fmt1(o[2]),
                fmt1(a)
            ));
        }
        out.push(self.summary());
        out.join("\n")
    }

    /// The main numbers as JSON (for `--json`).
    pub fn to_json(&self) -> Value {
        let prf = |m: &Prf| {
            let (p, r, f) = m.prf();
            json!({"P": p, "R": r, "F1": f, "tp": m.tp_r, "pred": m.n_pred, "gold": m.n_gold})
        };
        let mut by_type = serde_json::Map::new();
        for (t, name) in TYPES.iter().enumerate() {
            let (e, o, a) = self.type_row(t);
            let c = self.by_type[t];
            by_type.insert(
                name.to_string(),
                json!({"gold": c.gold, "pred": c.pred,
                       "exact": {"P": e[0], "R": e[1], "F1": e[2]},
                       "overlap": {"P": o[0], "R": o[1], "F1": o[2]},
                       "attribution_acc": a}),
            );
        }
        json!({
            "content_exact": prf(&self.content_exact),
            "content_overlap": prf(&self.content_overlap),
            "cue_exact": prf(&self.cue_exact),
            "speaker_exact": prf(&self.speaker_exact),
            "attribution_f1": prf(&self.attribution_f1),
            "attribution": {"acc": self.attribution_acc(), "correct": self.att_ok, "matched": self.att_n},
            "by_type": by_type,
            "docs": self.docs,
            "pred_docs_missing": self.pred_docs_missing,
            "pred_quote_failed": self.pred_quote_failed,
            "pred_docs_not_in_gold": self.pred_docs_not_in_gold,
            "direct_only": self.mode.direct_only,
            "split_parts": self.mode.split_parts,
            "summary": self.summary(),
        })
    }
}

/// Scores two contract-shape files' texts (gold, prediction): the gold's ids in order;
/// the last record of a repeated id wins, as in `score.py`.
pub fn score_texts(gold_raw: &str, pred_raw: &str, mode: Mode) -> Result<Report, String> {
    let gold_recs = super::parse_records(gold_raw)?;
    let pred_recs = super::parse_records(pred_raw)?;
    let mut order: Vec<String> = Vec::new();
    let mut gold_map: HashMap<String, Vec<EvalQuote>> = HashMap::new();
    for (id, rec) in &gold_recs {
        if !gold_map.contains_key(id) {
            order.push(id.clone());
        }
        gold_map.insert(id.clone(), super::quotes_of_record(rec).unwrap_or_default());
    }
    let gold: Vec<(String, Vec<EvalQuote>)> = order
        .into_iter()
        .map(|id| {
            let q = gold_map.remove(&id).unwrap_or_default();
            (id, q)
        })
        .collect();
    let pred: HashMap<String, DocQuotes> = pred_recs
        .iter()
        .map(|(id, rec)| (id.clone(), super::quotes_of_record(rec)))
        .collect();
    Ok(score(&gold, &pred, mode))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, text: &str) -> EvalSpan {
        EvalSpan {
            start,
            end: start + text.chars().count(),
            text: Some(text.to_string()),
        }
    }

    #[test]
    fn trimming_and_types() {
        assert_eq!(trimmed(&span(10, "“Yes,”")), (11, 14));
        assert_eq!(trimmed(&span(0, "“,”")), (0, 3));
        assert_eq!(trimmed(&span(0, "$5 ")), (0, 2)); // "$" is a symbol, not punctuation
        assert_eq!(infer_type(Some("“Yes,” ")), "direct");
        assert_eq!(infer_type(Some("he was “fine” today")), "mixed");
        assert_eq!(infer_type(Some("he was fine")), "indirect");
        assert_eq!(infer_type(Some("''Yes,''")), "direct");
    }

    #[test]
    fn perfect_and_empty() {
        let gold = r#"{"id": "a", "analyzers": {"quote": {"quotes": [{"type": "direct", "content": {"start": 0, "end": 6, "text": "“Yes,”"}, "cue": {"start": 7, "end": 11, "text": "said"}, "speaker": {"start": 12, "end": 14, "text": "he", "name": null}}]}}}"#;
        let r = score_texts(gold, gold, Mode::default()).unwrap();
        assert!(r.summary().starts_with("quotes: content exact F1 100.0 overlap F1 100.0 cue F1 100.0 speaker F1 100.0 attribution acc 100.0"));
        let none = r#"{"id": "a", "analyzers": {}}"#;
        let r = score_texts(gold, none, Mode::default()).unwrap();
        assert_eq!(r.pred_quote_failed, 1);
        assert_eq!(r.content_overlap.prf(), (0.0, 0.0, 0.0));
    }
}
