//! Paragraph boundaries: blank lines always; inside a block of lines, indented lines
//! (newswire style), bullet lines, all-caps headline lines, and either every line break
//! (text with one paragraph per line) or only short lines that end a sentence
//! (hard-wrapped text). Whether a block is hard-wrapped is read from its line breaks:
//! wrapped text breaks mid-sentence.

use crate::span::Span;

/// One non-blank line: its byte range (without the line break) and what it looks like.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    indented: bool,
    /// Width in characters, trailing white space excluded.
    width: usize,
}

impl Line {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Splits `text` into paragraph spans (trimmed, non-empty), in order.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut block: Vec<Line> = Vec::new();
    let mut pos = 0;
    loop {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let content = &text[pos..line_end];
        let content = content.strip_suffix('\r').unwrap_or(content);
        let trimmed_end = content.trim_end();
        if trimmed_end.trim_start().is_empty() {
            split_block(text, &block, &mut paragraphs);
            block.clear();
        } else {
            block.push(Line {
                start: pos,
                end: pos + content.len(),
                indented: content.starts_with([' ', '\t', '\u{3000}', '\u{a0}']),
                width: char_count(trimmed_end),
            });
        }
        if line_end >= text.len() {
            break;
        }
        pos = line_end + 1;
    }
    split_block(text, &block, &mut paragraphs);
    paragraphs
}

fn char_count(s: &str) -> usize {
    s.bytes().filter(|b| (b & 0xC0) != 0x80).count()
}

/// Whether a line ends as a paragraph may: sentence punctuation or a closing mark.
fn ends_like_paragraph(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')', '…'])
}

/// Whether a line starts with a lower-case letter (it continues a sentence).
fn starts_lower(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// A bullet item: "- ", "* ", "• ", "· ", "– ", "— ", or "1. " / "2) " before a capital.
fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
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

/// An all-caps headline line: at least three letters, none lower-case.
fn is_headline(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters += usize::from(c.is_alphabetic());
    }
    letters >= 3
}

/// Whether the break between two lines falls inside a sentence.
fn is_continuation(text: &str, prev: &Line, next: &Line) -> bool {
    let (p, n) = (prev.text(text), next.text(text));
    !(ends_like_paragraph(p) || is_headline(p)) || starts_lower(n)
}

/// Splits one block of consecutive non-blank lines into paragraphs.
fn split_block(text: &str, lines: &[Line], out: &mut Vec<Span>) {
    let Some(first) = lines.first() else { return };
    let any_indented = lines.iter().skip(1).any(|l| l.indented);
    let widest = lines.iter().map(|l| l.width).max().unwrap_or(0);
    let breaks = lines.len() - 1;
    let continuations = lines
        .windows(2)
        .filter(|w| is_continuation(text, &w[0], &w[1]))
        .count();
    let wrapped = continuations * 3 > breaks;
    let mut para_start = first.start;
    for pair in lines.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        let (prev_text, next_text) = (prev.text(text), next.text(text));
        let is_break = if is_bullet(next_text) {
            true
        } else if is_headline(prev_text) && next_text.chars().any(char::is_lowercase) {
            true
        } else if any_indented {
            next.indented
        } else if wrapped {
            ends_like_paragraph(prev_text)
                && prev.width * 10 < widest * 7
                && !starts_lower(next_text)
        } else {
            !starts_lower(next_text)
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
    fn empty_and_blank() {
        assert!(paras("").is_empty());
        assert!(paras(" \n\n \r\n").is_empty());
    }
}
