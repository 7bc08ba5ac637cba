//! PolNeAR gold: one article's `.txt` and brat `.ann` → quotes, as
//! `polnear_to_articles.py` converts them (every relation with a content; discontinuous
//! spans keep their full extent and list their pieces; type from the quotation marks).

use super::{EvalContent, EvalQuote, EvalSpan, EvalSpeaker};
use std::collections::HashMap;

const OPEN_MARKS: [&str; 5] = ["“", "„", "‟", "«", "``"];
const CLOSE_MARKS: [&str; 2] = ["”", "»"];
const TRAIL_PUNCT: &str = ",.?!;:…";

fn mark_at(text: &[char], i: usize) -> Option<String> {
    for m in ["''", "``"] {
        let mc: Vec<char> = m.chars().collect();
        if i + 2 <= text.len() && text[i..i + 2] == mc[..] {
            return Some(m.to_string());
        }
    }
    text.get(i)
        .filter(|c| "“”„‟«»\"".contains(**c))
        .map(|c| c.to_string())
}

fn mark_ending_at(text: &[char], j: usize) -> Option<String> {
    for m in ["''", "``"] {
        let mc: Vec<char> = m.chars().collect();
        if j >= 2 && text[j - 2..j] == mc[..] {
            return Some(m.to_string());
        }
    }
    (j >= 1 && "“”„‟«»\"".contains(text[j - 1])).then(|| text[j - 1].to_string())
}

fn classify_piece(text: &[char], start: usize, end: usize) -> &'static str {
    let (mut s, mut e) = (start, end);
    if let Some(m) = mark_ending_at(text, s) {
        if !CLOSE_MARKS.contains(&m.as_str()) {
            s -= m.chars().count();
        }
    }
    let mut k = e;
    while k < text.len() && TRAIL_PUNCT.contains(text[k]) {
        k += 1;
    }
    if let Some(m) = mark_at(text, k) {
        if !OPEN_MARKS.contains(&m.as_str()) {
            e = k + m.chars().count();
        }
    }
    let seg = &text[s..e.min(text.len())];
    let mut marks: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < seg.len() {
        if let Some(m) = mark_at(seg, i) {
            let n = m.chars().count();
            marks.push((i, m));
            i += n;
        } else {
            i += 1;
        }
    }
    if marks.is_empty() {
        return "indirect";
    }
    let mut outside: Vec<char> = Vec::new();
    let mut open = false;
    let mut last = 0;
    for (pos, m) in &marks {
        if !open {
            if CLOSE_MARKS.contains(&m.as_str()) {
                last = pos + m.chars().count();
                continue;
            }
            outside.extend_from_slice(&seg[last.min(*pos)..*pos]);
            open = true;
        } else {
            if OPEN_MARKS.contains(&m.as_str()) {
                continue;
            }
            open = false;
            last = pos + m.chars().count();
        }
    }
    if !open {
        outside.extend_from_slice(&seg[last.min(seg.len())..]);
    }
    if outside
        .iter()
        .all(|c| c.is_whitespace() || !c.is_alphanumeric())
    {
        "direct"
    } else {
        "mixed"
    }
}

fn classify(text: &[char], pieces: &[(usize, usize)]) -> &'static str {
    let kinds: Vec<&str> = pieces
        .iter()
        .map(|&(s, e)| classify_piece(text, s, e))
        .collect();
    if kinds.iter().all(|k| *k == "direct") {
        "direct"
    } else if kinds.iter().any(|k| *k == "direct" || *k == "mixed") {
        "mixed"
    } else {
        "indirect"
    }
}

fn make_span(text: &[char], pieces: &[(usize, usize)]) -> (EvalSpan, Vec<EvalSpan>) {
    let mut p: Vec<(usize, usize)> = pieces.to_vec();
    p.sort_unstable();
    p.dedup();
    let start = p[0].0;
    let end = p.iter().map(|x| x.1).max().unwrap_or(start);
    let sub = |s: usize, e: usize| EvalSpan {
        start: s,
        end: e,
        text: Some(text[s..e].iter().collect()),
    };
    let parts = if p.len() > 1 {
        p.iter().map(|&(s, e)| sub(s, e)).collect()
    } else {
        Vec::new()
    };
    (sub(start, end), parts)
}

/// The quotes of one PolNeAR article: `text` is the `.txt` content, `ann` the first
/// annotator's `.ann`. Relations without a content are dropped; spans outside the text
/// are an error. Quotes come sorted by content offsets.
pub fn polnear_quotes(text: &str, ann: &str) -> Result<Vec<EvalQuote>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tbs: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    let mut events: Vec<HashMap<String, Vec<&str>>> = Vec::new();
    for line in ann.lines() {
        let line = line.trim_end_matches('\r');
        let cols: Vec<&str> = line.split('\t').collect();
        let id = cols[0];
        let is = |p: char| {
            id.starts_with(p) && id.len() > 1 && id[1..].chars().all(|c| c.is_ascii_digit())
        };
        if is('T') && cols.len() >= 3 {
            let Some((_, off)) = cols[1].split_once(' ') else {
                continue;
            };
            let mut pieces = Vec::new();
            let mut bad = false;
            for part in off.split(';') {
                let nums: Vec<&str> = part.split_whitespace().collect();
                match (
                    nums.first().and_then(|s| s.parse().ok()),
                    nums.get(1).and_then(|s| s.parse().ok()),
                ) {
                    (Some(s), Some(e)) if nums.len() == 2 => pieces.push((s, e)),
                    _ => bad = true,
                }
            }
            if bad {
                continue;
            }
            for &(s, e) in &pieces {
                if s > e || e > chars.len() {
                    return Err(format!("{id}: span {s}-{e} outside the text"));
                }
            }
            tbs.insert(id, pieces);
        } else if is('E') && cols.len() >= 2 {
            let mut roles: HashMap<String, Vec<&str>> = HashMap::new();
            for a in cols[1].split_whitespace().skip(1) {
                let Some((role, tid)) = a.split_once(':') else {
                    continue;
                };
                let role = role
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .to_string();
                roles.entry(role).or_default().push(tid);
            }
            events.push(roles);
        }
    }
    let mut quotes = Vec::new();
    for roles in &events {
        let pieces_of = |role: &str| -> Vec<(usize, usize)> {
            roles
                .get(role)
                .map(|ids| {
                    ids.iter()
                        .filter_map(|t| tbs.get(t))
                        .flatten()
                        .copied()
                        .collect()
                })
                .unwrap_or_default()
        };
        let (content, cue, source) = (pieces_of("Content"), pieces_of("Cue"), pieces_of("Source"));
        if content.is_empty() {
            continue;
        }
        let (span, parts) = make_span(&chars, &content);
        let kind = classify(&chars, &content);
        let cue = (!cue.is_empty()).then(|| make_span(&chars, &cue).0);
        let speaker = (!source.is_empty()).then(|| EvalSpeaker {
            span: make_span(&chars, &source).0,
            name: None,
        });
        quotes.push(EvalQuote {
            kind: Some(kind.to_string()),
            content: EvalContent { span, parts },
            cue,
            speaker,
        });
    }
    quotes.sort_by_key(|q| (q.content.span.start, q.content.span.end));
    Ok(quotes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_become_quotes() {
        let text = "“It was clear,” said Ann Lee. “No doubt.” Bob thinks it will rain.";
        let ann = "T1\tContent 0 15;30 41\t“It was clear,” “No doubt.”\n\
                   T2\tCue 16 20\tsaid\nT3\tSource 21 28\tAnn Lee\n\
                   T4\tSource 42 45\tBob\nT5\tCue 46 52\tthinks\nT6\tContent 53 65\tit will rain\n\
                   E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n\
                   E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n";
        let q = polnear_quotes(text, ann).unwrap();
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].kind.as_deref(), Some("direct"));
        assert_eq!(q[0].content.parts.len(), 2);
        assert_eq!(q[0].content.span.end, 41);
        assert_eq!(q[1].kind.as_deref(), Some("indirect"));
        assert_eq!(
            q[1].speaker.as_ref().unwrap().span.text.as_deref(),
            Some("Bob")
        );
        assert!(polnear_quotes("short", "T1\tContent 0 99\tx\n").is_err());
    }
}
