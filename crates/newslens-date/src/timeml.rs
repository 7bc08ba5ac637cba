//! TimeML export: the article text with a TIMEX3 tag around every mention, for users of
//! TimeML tools. The text between tags is byte-identical to the input (not
//! XML-escaped), so stripping the tags gives the article back exactly.

use newslens_core::output::date::{DateMention, TimexType};
use std::fmt::Write;

fn type_name(kind: TimexType) -> &'static str {
    match kind {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Escapes an attribute value.
fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// `text` with `<TIMEX3 tid="tN" type=".." value="..">…</TIMEX3>` around each mention
/// (mentions in text order, non-overlapping, byte spans into `text`; `tid`s count from 1).
pub fn to_timeml(text: &str, mentions: &[DateMention]) -> String {
    let mut out = String::with_capacity(text.len() + mentions.len() * 64);
    let mut at = 0usize;
    for (n, m) in mentions.iter().enumerate() {
        let (s, e) = (m.span.bytes.start(), m.span.bytes.end());
        if s < at || e > text.len() {
            continue; // overlapping or out of range: leave untagged
        }
        out.push_str(&text[at..s]);
        let _ = write!(
            out,
            "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\">",
            n + 1,
            type_name(m.kind),
            escape_attr(&m.value)
        );
        out.push_str(&text[s..e]);
        out.push_str("</TIMEX3>");
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// A whole TimeML document: `<DCT>` with the reference date (when known) and `<TEXT>`
/// holding [`to_timeml`]'s output.
pub fn to_timeml_document(text: &str, reference: Option<&str>, mentions: &[DateMention]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    if let Some(r) = reference {
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{0}\" functionInDocument=\"CREATION_TIME\">{0}</TIMEX3></DCT>",
            escape_attr(r)
        );
    }
    out.push_str("<TEXT>");
    out.push_str(&to_timeml(text, mentions));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::parse_timeml;

    #[test]
    fn tags_round_trip_through_the_parser() {
        let text = "Kim’s statement came on Saturday, two years after the summit in February.";
        let out = crate::tag(text, Some("2020-01-14"));
        let doc = to_timeml_document(text, Some("2020-01-14"), &out.mentions);
        let parsed = parse_timeml(&doc).unwrap();
        assert_eq!(parsed.text, text);
        assert_eq!(parsed.dct.as_deref(), Some("2020-01-14"));
        let spans: Vec<(usize, usize, String)> = out
            .mentions
            .iter()
            .map(|m| (m.span.start, m.span.end, m.value.clone()))
            .collect();
        let back: Vec<(usize, usize, String)> = parsed
            .timexes
            .iter()
            .map(|t| (t.start, t.end, t.value.clone()))
            .collect();
        assert_eq!(spans, back);
        assert!(to_timeml(text, &out.mentions)
            .contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-01-11\">Saturday</TIMEX3>"));
    }
}
