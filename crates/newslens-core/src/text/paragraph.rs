//! Paragraph boundaries: blank lines always; inside a block of lines, indented lines
//! (newswire style), bullet lines, all-caps headline lines, and either every line break
//! (text with one paragraph per line) or only short lines that end a sentence
//! (hard-wrapped text). Whether a block is hard-wrapped is read from its line breaks:
//! wrapped text breaks mid-sentence.

use crate::span::Span;

/// One non-blank line: its byte range (without the line break) and what it looks like,
/// computed once.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    indented: bool,
    /// Width in bytes, trailing white space excluded (only compared between lines).
    width: usize,
    /// Ends with sentence punctuation or a closing mark.
    ends_like_paragraph: bool,
    /// Starts with a lower-case letter.
    starts_lower: bool,
    /// Holds a lower-case letter.
    has_lower: bool,
    /// An all-caps headline: at least three letters, none lower-case.
    headline: bool,
    /// A bullet item.
    bullet: bool,
    /// A byline ("By Maya Lindqvist and Tom Harper").
    byline: bool,
}

impl Line {
    /// The line holding `content` (starting at byte `start`), or `None` when it is blank.
    fn new(start: usize, content: &str) -> Option<Line> {
        let trimmed_end = content.trim_end();
        let trimmed = trimmed_end.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let (has_lower, letters) = letters_and_lower(trimmed);
        Some(Line {
            start,
            end: start + content.len(),
            indented: content.starts_with([' ', '\t', '\u{3000}', '\u{a0}']),
            width: trimmed_end.len(),
            ends_like_paragraph: trimmed_end
                .ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')', '…']),
            starts_lower: trimmed.chars().next().is_some_and(char::is_lowercase),
            has_lower,
            headline: !has_lower && letters >= 3,
            bullet: is_bullet(trimmed),
            byline: is_byline(trimmed),
        })
    }

    /// Whether the break after this line and before `next` falls inside a sentence.
    fn continues_into(&self, next: &Line) -> bool {
        !(self.ends_like_paragraph || self.headline || self.byline) || next.starts_lower
    }
}

/// Splits `text` into paragraph spans (trimmed, non-empty), in order.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut block: Vec<Line> = Vec::new();
    let mut pos = 0;
    loop {
        let line_end = memchr_newline(text, pos);
        let content = &text[pos..line_end];
        let content = content.strip_suffix('\r').unwrap_or(content);
        match Line::new(pos, content) {
            Some(line) => block.push(line),
            None => {
                split_block(text, &block, &mut paragraphs);
                block.clear();
            }
        }
        if line_end >= text.len() {
            break;
        }
        pos = line_end + 1;
    }
    split_block(text, &block, &mut paragraphs);
    paragraphs
}

/// The position of the next `\n` at or after `from`, or the end of the text.
fn memchr_newline(text: &str, from: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[from..]).map_or(text.len(), |i| from + i)
}

/// Whether a line holds a lower-case letter, and how many letters it has (counting stops
/// at the first lower-case one).
fn letters_and_lower(line: &str) -> (bool, usize) {
    let mut letters = 0;
    for &b in line.as_bytes() {
        if b.is_ascii_lowercase() {
            return (true, letters);
        }
        letters += usize::from(b.is_ascii_uppercase());
    }
    if line.is_ascii() {
        return (false, letters);
    }
    let mut letters = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return (true, letters);
        }
        letters += usize::from(c.is_alphabetic());
    }
    (false, letters)
}

/// A byline: "By" and one to six capitalized names, joined by "and" or commas.
fn is_byline(line: &str) -> bool {
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    let mut count = 0;
    for word in rest.split_whitespace() {
        count += 1;
        let word = word.trim_end_matches(',');
        let name_or_and =
            matches!(word, "and" | "AND") || word.chars().next().is_some_and(char::is_uppercase);
        if count > 6 || !name_or_and {
            return false;
        }
    }
    count > 0
}

/// A bullet item: "- ", "* ", "• ", "· ", "– ", "— ", or "1. " / "2) " before a capital.
fn is_bullet(t: &str) -> bool {
    if ["- ", "* ", "• ", "· ", "– ", "— ", "▪ ", "◦ "]
        .iter()
        .any(|b| t.starts_with(b))
    {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    (1..=2).contains(&digits)
        && (rest.starts_with(". ") || rest.starts_with(") "))
        && rest[2..].chars().next().is_some_and(char::is_uppercase)
}

/// Splits one block of consecutive non-blank lines into paragraphs.
fn split_block(text: &str, lines: &[Line], out: &mut Vec<Span>) {
    let Some(first) = lines.first() else { return };
    let any_indented = lines.iter().skip(1).any(|l| l.indented);
    let widest = lines.iter().map(|l| l.width).max().unwrap_or(0);
    let breaks = lines.len() - 1;
    let continuations = lines
        .windows(2)
        .filter(|w| w[0].continues_into(&w[1]))
        .count();
    // Hard-wrapped text breaks mid-sentence and most of its lines run near the wrap
    // width; lists of short lines (menus, captions, ads) do neither.
    let long_lines = lines.iter().filter(|l| l.width * 10 >= widest * 6).count();
    let wrapped = continuations * 3 > breaks && long_lines * 2 >= lines.len() && widest >= 30;
    let mut para_start = first.start;
    for pair in lines.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        let is_break = if next.bullet || prev.byline || (prev.headline && next.has_lower) {
            true
        } else if any_indented {
            next.indented
        } else if wrapped {
            prev.ends_like_paragraph && prev.width * 10 < widest * 7 && !next.starts_lower
        } else {
            !next.starts_lower
        };
        if is_break {
            push_trimmed(text, para_start, prev.end, out);
            para_start = next.start;
        }
    }
    push_trimmed(text, para_start, lines[lines.len() - 1].end, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        split_paragraphs(text)
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn one_line_per_paragraph() {
        assert_eq!(
            paras("First one.\nSecond one.\n"),
            ["First one.", "Second one."]
        );
    }

    #[test]
    fn blank_lines_and_indentation() {
        let text = "A line that wraps\nonto the next.\n    An indented one\nwraps too.\n\nLast.";
        assert_eq!(
            paras(text),
            [
                "A line that wraps\nonto the next.",
                "An indented one\nwraps too.",
                "Last."
            ]
        );
    }

    #[test]
    fn wrapped_lines_bullets_and_headlines() {
        let rows: &[(&str, usize)] = &[
            // two hard-wrapped lines of one paragraph
            (
                "The krona firmed after the decision. It\nhas gained 5% this year.",
                1,
            ),
            // one paragraph per line
            (
                "No one was hurt.\nCrews left at 6 p.m.\nThe bridge reopened.",
                3,
            ),
            ("FIRE CLOSES BRIDGE\nA fire closed the bridge.", 2),
            ("Rules include:\n- A ban.\n- A fee.", 3),
            ("Steps:\n1. Wash.\n2. Dry.", 3),
            ("By Jane Doe\nWASHINGTON, May 5 - The Senate passed it.", 2),
            ("By the way, he\nsaid it twice.", 1),
            ("Ads\nGreek Marriage\nExample.com\nFind Your Match Today With Photos, Email and Chat\nStart Download", 5),
            (
                "CLEVELAND, Feb 26 - Standard Oil Co and BP North America\n\
                 Inc said they plan to form a venture to manage the money\n\
                 market activities of both companies.\n\
                 \x20   BP North America is a subsidiary of British Petroleum.",
                2,
            ),
        ];
        for (text, count) in rows {
            assert_eq!(paras(text).len(), *count, "{text:?}: {:?}", paras(text));
        }
    }

    #[test]
    fn empty_and_blank() {
        assert!(paras("").is_empty());
        assert!(paras(" \n\n \r\n").is_empty());
    }
}
