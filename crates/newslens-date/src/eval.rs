//! TempEval-3 Task A timex evaluation, as `../shared/eval/dates/score.py` computes it
//! (which reproduces the official toolkit): TimeML parsing and scoring, pure functions
//! on strings. The binary reads the files and prints.
//!
//! - gold: the TIMEX3 elements inside `<TEXT>` with a non-empty extent (the DCT is
//!   outside `<TEXT>` and never counted);
//! - pairing: gold and predicted mentions walked in text order, each gold timex taking
//!   the first not-yet-paired prediction overlapping it by a character;
//! - relaxed P/R/F1 over the pairs, strict over pairs with identical extents, value F1
//!   and type F1 = (pairs with the same value / type ÷ pairs) × relaxed F1; counts pooled.

use newslens_core::metrics::{f1, share as div};
use std::fmt;

/// One timex (gold or predicted) in code-point offsets of the plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// A parsed TimeML document: its DCT, its plain text and the TIMEX3s in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlDoc {
    /// The `value` of the DCT TIMEX3, if any.
    pub dct: Option<String>,
    /// The content of `<TEXT>` with every tag removed and character references decoded.
    pub text: String,
    /// The TIMEX3 elements inside `<TEXT>`, in document order.
    pub timexes: Vec<Timex>,
}

/// Parses a TimeML file's content the way `tml_to_articles.py` does.
pub fn parse_timeml(raw: &str) -> Result<TimemlDoc, String> {
    let dct = find_dct(raw);
    let open = find_text_open(raw).ok_or("no <TEXT> element")?;
    let close = raw[open..].find("</TEXT>").ok_or("no </TEXT>")? + open;
    let (text, elements) = strip_markup(&raw[open..close]);
    let timexes = elements
        .into_iter()
        .filter(|e| e.tag == "TIMEX3")
        .map(|e| Timex {
            start: e.start,
            end: e.end,
            kind: attr(&e.attrs, "type").unwrap_or_default(),
            value: attr(&e.attrs, "value").unwrap_or_default(),
        })
        .collect();
    Ok(TimemlDoc { dct, text, timexes })
}

fn find_text_open(raw: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = raw[from..].find("<TEXT") {
        let at = from + p;
        let rest = &raw[at + 5..];
        if rest.starts_with('>') {
            return Some(at + 6);
        }
        if rest.starts_with(|c: char| c.is_whitespace()) {
            return rest.find('>').map(|q| at + 5 + q + 1);
        }
        from = at + 5;
    }
    None
}

fn find_dct(raw: &str) -> Option<String> {
    if let (Some(a), Some(b)) = (raw.find("<DCT>"), raw.find("</DCT>")) {
        if a < b {
            let inner = &raw[a..b];
            if let Some(t) = inner.find("<TIMEX3") {
                let end = inner[t..].find('>')? + t;
                if let Some(v) = attr(&inner[t + 7..end], "value") {
                    return Some(v);
                }
            }
        }
    }
    // some files mark the DCT only by functionInDocument
    let mut from = 0;
    while let Some(p) = raw[from..].find("<TIMEX3") {
        let at = from + p;
        let end = raw[at..].find('>')? + at;
        let attrs = &raw[at + 7..end];
        if attr(attrs, "functionInDocument").as_deref() == Some("CREATION_TIME") {
            return attr(attrs, "value");
        }
        from = end;
    }
    None
}

/// The value of attribute `name` in an attribute string, entities decoded.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // attribute name
        while i < b.len() && !(b[i].is_ascii_alphabetic() || b[i] == b'_') {
            i += 1;
        }
        let ns = i;
        while i < b.len()
            && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.' | b':' | b'-'))
        {
            i += 1;
        }
        let key = &attrs[ns..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || b[i] != b'=' {
            continue;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || !(b[i] == b'"' || b[i] == b'\'') {
            continue;
        }
        let q = b[i];
        let vs = i + 1;
        let ve = attrs[vs..].find(q as char).map_or(b.len(), |p| vs + p);
        if key == name {
            return Some(decode_entities(&attrs[vs..ve]));
        }
        i = ve + 1;
    }
    None
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;`, `&#xNN;` decoded.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let tail = &rest[p..];
        match tail.find(';').map(|e| (entity(&tail[1..e]), e)) {
            Some((Some(c), e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

struct Element {
    tag: String,
    attrs: String,
    start: usize,
    end: usize,
}

/// Plain text of an XML fragment and its elements, offsets in code points.
fn strip_markup(fragment: &str) -> (String, Vec<Element>) {
    let mut out = String::with_capacity(fragment.len());
    let mut n = 0usize; // code points written
    let mut elements: Vec<Element> = Vec::new();
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut rest = fragment;
    loop {
        let next = rest.find(['<', '&']);
        let Some(p) = next else {
            out.push_str(rest);
            break;
        };
        n += rest[..p].chars().count();
        out.push_str(&rest[..p]);
        let tail = &rest[p..];
        if let Some(body) = tail.strip_prefix("<!--") {
            let e = body.find("-->").map_or(body.len(), |e| e + 3);
            rest = &body[e..];
            continue;
        }
        if let Some(body) = tail.strip_prefix("<![CDATA[") {
            let e = body.find("]]>").unwrap_or(body.len());
            n += body[..e].chars().count();
            out.push_str(&body[..e]);
            rest = &body[(e + 3).min(body.len())..];
            continue;
        }
        if tail.starts_with('&') {
            match tail
                .find(';')
                .and_then(|e| entity(&tail[1..e]).map(|c| (c, e)))
            {
                Some((c, e)) => {
                    out.push(c);
                    n += 1;
                    rest = &tail[e + 1..];
                }
                None => {
                    out.push('&');
                    n += 1;
                    rest = tail.strip_prefix('&').unwrap_or(tail);
                }
            }
            continue;
        }
        // a tag?
        let close = tail.starts_with("</");
        let name_start = if close { 2 } else { 1 };
        let name_ok = tail[name_start..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        let Some(gt) = tail.find('>').filter(|_| name_ok) else {
            out.push('<');
            n += 1;
            rest = &tail[1..];
            continue;
        };
        let inner = &tail[name_start..gt];
        let name_end = inner
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
            .unwrap_or(inner.len());
        let tag = &inner[..name_end];
        if close {
            if let Some(pos) = stack.iter().rposition(|(t, _)| t == tag) {
                let (_, idx) = stack.remove(pos);
                elements[idx].end = n;
            }
        } else {
            let self_closing = inner.ends_with('/');
            let attrs = inner[name_end..].trim_end_matches('/').to_string();
            elements.push(Element {
                tag: tag.to_string(),
                attrs,
                start: n,
                end: n,
            });
            if !self_closing {
                stack.push((tag.to_string(), elements.len() - 1));
            }
        }
        rest = &tail[gt + 1..];
    }
    (out, elements)
}

/// Counts pooled over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold timexes.
    pub gold: usize,
    /// Predicted timexes.
    pub pred: usize,
    /// Pairs (relaxed matches).
    pub relaxed: usize,
    /// Pairs with identical extents.
    pub strict: usize,
    /// Pairs with identical values.
    pub value: usize,
    /// Pairs with identical types.
    pub kind: usize,
}

impl Counts {
    /// Adds another document's counts.
    pub fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.relaxed += o.relaxed;
        self.strict += o.strict;
        self.value += o.value;
        self.kind += o.kind;
    }
}

/// One-to-one pairing in text order: each gold timex takes the first not-yet-paired
/// prediction overlapping it. Returns (gold index, prediction index) pairs.
pub fn align(gold: &[Timex], pred: &[Timex]) -> Vec<(usize, usize)> {
    let mut gi: Vec<usize> = (0..gold.len()).collect();
    gi.sort_by_key(|&i| (gold[i].start, gold[i].end));
    let mut pi: Vec<usize> = (0..pred.len()).collect();
    pi.sort_by_key(|&j| (pred[j].start, pred[j].end));
    let mut used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for i in gi {
        let g = &gold[i];
        for &j in &pi {
            let p = &pred[j];
            if p.start >= g.end {
                break;
            }
            if !used[j] && p.end > g.start {
                used[j] = true;
                pairs.push((i, j));
                break;
            }
        }
    }
    pairs
}

/// Scores one document. `text` is the plain text (to drop whitespace-only extents).
pub fn score_document(text: &str, gold: &[Timex], pred: &[Timex]) -> Counts {
    let (gold, pred) = scored_timexes(text, gold, pred);
    let pairs = align(&gold, &pred);
    let mut c = Counts {
        gold: gold.len(),
        pred: pred.len(),
        relaxed: pairs.len(),
        ..Counts::default()
    };
    for (i, j) in pairs {
        let (g, p) = (&gold[i], &pred[j]);
        c.strict += usize::from(g.start == p.start && g.end == p.end);
        c.value += usize::from(g.value == p.value);
        c.kind += usize::from(g.kind == p.kind);
    }
    c
}

/// The timexes the scorer counts: empty and whitespace-only extents dropped.
fn scored_timexes(text: &str, gold: &[Timex], pred: &[Timex]) -> (Vec<Timex>, Vec<Timex>) {
    let chars: Vec<char> = text.chars().collect();
    let non_blank = |t: &&Timex| {
        t.start < t.end
            && t.end <= chars.len()
            && chars[t.start..t.end].iter().any(|c| !c.is_whitespace())
    };
    (
        gold.iter().filter(non_blank).cloned().collect(),
        pred.iter().filter(non_blank).cloned().collect(),
    )
}

/// A paired gold and predicted timex whose values differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError {
    /// The gold timex's text.
    pub gold_text: String,
    /// The gold timex.
    pub gold: Timex,
    /// The predicted timex's text.
    pub pred_text: String,
    /// The predicted timex.
    pub pred: Timex,
}

impl ValueError {
    /// The category of the error: both types and value shapes with digits masked, e.g.
    /// `DATE 9999-WXX <- DATE 9999-W99` (a week the gold leaves unspecified where the
    /// prediction names it).
    pub fn category(&self) -> String {
        format!(
            "{} {} <- {} {}",
            self.gold.kind,
            value_shape(&self.gold.value),
            self.pred.kind,
            value_shape(&self.pred.value)
        )
    }
}

/// A value with its digits masked as `9` (`1989-W43` → `9999-W99`), the notation kept.
pub fn value_shape(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect()
}

/// The paired timexes of one document whose values differ, in text order.
pub fn value_errors(text: &str, gold: &[Timex], pred: &[Timex]) -> Vec<ValueError> {
    let (gold, pred) = scored_timexes(text, gold, pred);
    let chars: Vec<char> = text.chars().collect();
    let span = |t: &Timex| chars[t.start..t.end].iter().collect::<String>();
    align(&gold, &pred)
        .into_iter()
        .filter(|&(i, j)| gold[i].value != pred[j].value)
        .map(|(i, j)| ValueError {
            gold_text: span(&gold[i]),
            gold: gold[i].clone(),
            pred_text: span(&pred[j]),
            pred: pred[j].clone(),
        })
        .collect()
}

/// Value errors (each with its document id) grouped by [`ValueError::category`],
/// the largest group first, ties by category.
pub fn group_value_errors(
    errors: impl IntoIterator<Item = (String, ValueError)>,
) -> Vec<(String, Vec<(String, ValueError)>)> {
    let mut groups: std::collections::BTreeMap<String, Vec<(String, ValueError)>> =
        std::collections::BTreeMap::new();
    for (doc, e) in errors {
        groups.entry(e.category()).or_default().push((doc, e));
    }
    let mut out: Vec<_> = groups.into_iter().collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    out
}

/// Precision, recall and F1 in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Precision (%).
    pub p: f64,
    /// Recall (%).
    pub r: f64,
    /// F1 (%).
    pub f1: f64,
}

/// The TempEval-3 timex figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// The counts they come from.
    pub counts: Counts,
    /// Strict (exact extent) P/R/F1.
    pub strict: Prf,
    /// Relaxed (overlap) P/R/F1.
    pub relaxed: Prf,
    /// Value F1 (%).
    pub value_f1: f64,
    /// Type F1 (%).
    pub type_f1: f64,
}

impl Scores {
    /// The figures of pooled counts.
    pub fn from_counts(c: Counts) -> Self {
        let prf = |k: usize| {
            let (p, r) = (div(k, c.pred), div(k, c.gold));
            Prf {
                p: 100.0 * p,
                r: 100.0 * r,
                f1: 100.0 * f1(p, r),
            }
        };
        let relaxed = prf(c.relaxed);
        Scores {
            counts: c,
            strict: prf(c.strict),
            relaxed,
            value_f1: div(c.value, c.relaxed) * relaxed.f1,
            type_f1: div(c.kind, c.relaxed) * relaxed.f1,
        }
    }
}

impl fmt::Display for Scores {
    /// The summary line `score.py` prints last (without the document count).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "strict F1 {:.2} relaxed F1 {:.2} value F1 {:.2} type F1 {:.2}",
            self.strict.f1, self.relaxed.f1, self.value_f1, self.type_f1
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(start: usize, end: usize, value: &str) -> Timex {
        Timex {
            start,
            end,
            kind: "DATE".into(),
            value: value.into(),
        }
    }

    #[test]
    fn parses_text_dct_and_timexes() {
        let raw = r#"<?xml version="1.0"?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> A&amp;B <EVENT eid="e1">said</EVENT> &#233;t&#xE9;<!-- c --> <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>.</TEXT></TimeML>"#;
        let d = parse_timeml(raw).unwrap();
        assert_eq!(d.dct.as_deref(), Some("1998-01-08"));
        assert_eq!(d.text, "On Wednesday A&B said été two years.");
        assert_eq!(d.timexes.len(), 2);
        let w = &d.timexes[0];
        let chars: Vec<char> = d.text.chars().collect();
        assert_eq!(
            chars[w.start..w.end].iter().collect::<String>(),
            "Wednesday"
        );
        let y = &d.timexes[1];
        assert_eq!(
            chars[y.start..y.end].iter().collect::<String>(),
            "two years"
        );
        assert_eq!((y.kind.as_str(), y.value.as_str()), ("DURATION", "P2Y"));
    }

    #[test]
    fn pairing_is_one_to_one_in_text_order() {
        // "Sunday night" gold; "Sunday" + "night" predicted: the first pairs, the second is spurious
        let gold = vec![t(0, 12, "a")];
        let pred = vec![t(0, 6, "a"), t(7, 12, "b")];
        assert_eq!(align(&gold, &pred), vec![(0, 0)]);
        // one prediction over two gold timexes pairs with the first only
        let gold = vec![t(0, 12, "a"), t(16, 20, "b")];
        let pred = vec![t(0, 20, "a")];
        assert_eq!(align(&gold, &pred), vec![(0, 0)]);
    }

    #[test]
    fn value_errors_are_listed_and_grouped_by_shape() {
        let text = "last week and this week and Friday";
        let gold = vec![
            t(0, 9, "1989-WXX"),
            t(14, 23, "1989-WXX"),
            t(28, 34, "1989-10-27"),
        ];
        let pred = vec![
            t(0, 9, "1989-W43"),
            t(14, 23, "1989-W44"),
            t(28, 34, "1989-10-27"),
        ];
        let errors = value_errors(text, &gold, &pred);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].gold_text, "last week");
        assert_eq!(errors[0].category(), "DATE 9999-WXX <- DATE 9999-W99");
        let groups = group_value_errors(errors.into_iter().map(|e| ("d".to_string(), e)));
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].1.len(), 2);
    }

    #[test]
    fn scores_follow_the_definitions() {
        let text = "x".repeat(40);
        let gold = vec![t(0, 5, "a"), t(10, 15, "b"), t(20, 25, "c")];
        let pred = vec![t(0, 5, "a"), t(11, 15, "z"), t(30, 35, "d")];
        let c = score_document(&text, &gold, &pred);
        assert_eq!(
            (c.gold, c.pred, c.relaxed, c.strict, c.value),
            (3, 3, 2, 1, 1)
        );
        let s = Scores::from_counts(c);
        assert!((s.relaxed.f1 - 66.666_666).abs() < 1e-3);
        assert!((s.strict.f1 - 33.333_333).abs() < 1e-3);
        assert!((s.value_f1 - 33.333_333).abs() < 1e-3);
    }
}
