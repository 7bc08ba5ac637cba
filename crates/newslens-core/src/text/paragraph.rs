//! Paragraph boundaries: blank lines, indented lines (newswire style), and line breaks
//! in text that is not hard-wrapped.

use crate::span::Span;

/// Lines of one block (text between blank lines): byte span of each line's content.
fn block_lines(text: &str, start: usize, end: usize) -> Vec<(usize, usize, bool)> {
    let mut lines = Vec::new();
    let mut pos = start;
    for line in text[start..end].split_inclusive('\n') {
        let line_end = pos + line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indented = content.starts_with([' ', '\t']);
        lines.push((pos, pos + content.len(), indented));
        pos = line_end;
    }
    lines
}

fn ends_like_paragraph(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')'])
}

/// Splits `text` into paragraph spans (trimmed, non-empty), in order.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        // Find the end of this block: a line that is empty or only white space.
        let mut block_end = pos;
        let mut line_start = pos;
        loop {
            let line_end = text[line_start..]
                .find('\n')
                .map_or(bytes.len(), |i| line_start + i);
            let is_blank = text[line_start..line_end].trim().is_empty();
            if is_blank && line_start > pos {
                break;
            }
            block_end = line_end;
            if line_end >= bytes.len() {
                break;
            }
            line_start = line_end + 1;
            if is_blank {
                // leading blank lines: skip them
                pos = line_start;
            }
        }
        if block_end > pos {
            split_block(text, pos, block_end, &mut paragraphs);
        }
        pos = (block_end + 1).max(line_start);
        if block_end >= bytes.len() {
            break;
        }
    }
    paragraphs
}

fn split_block(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let lines = block_lines(text, start, end);
    let any_indented = lines.iter().skip(1).any(|l| l.2);
    let widest = lines
        .iter()
        .map(|l| text[l.0..l.1].chars().count())
        .max()
        .unwrap_or(0);
    let hard_wrapped = lines.len() >= 3 && widest <= 90;
    let mut para_start = lines[0].0;
    for pair in lines.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        let prev_text = &text[prev.0..prev.1];
        let is_break = if any_indented {
            next.2
        } else if hard_wrapped {
            ends_like_paragraph(prev_text) && prev_text.chars().count() * 10 < widest * 7
        } else {
            true
        };
        if is_break {
            push_trimmed(text, para_start, prev.1, out);
            para_start = next.0;
        }
    }
    push_trimmed(text, para_start, lines[lines.len() - 1].1, out);
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
