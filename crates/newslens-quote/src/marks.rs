//! Quotation-mark pairing, per paragraph, with recovery from stray and unbalanced marks.
//! Handles curly (“ ”), straight ("), guillemets (« »), and the NYT style where `''`
//! both opens and closes (and ``` `` ``` opens). Single quotes, which double as
//! apostrophes, quote only when asked (British sources), in a paragraph without double
//! marks ('We are not out of the woods,' he said), and only where their shape leaves no
//! doubt (see [`single_regions`]). A quotation still open at the end of a paragraph runs
//! to its end; if the next paragraph opens with a mark, that quotation continues there.

use newslens_core::text::{QuoteMark, TokenKind};
use newslens_core::{Document, Span};

/// One quoted region of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or the paragraph's last token when unclosed.
    pub last: usize,
    /// Whether a closing mark ends it.
    pub closed: bool,
    /// Bytes from the opening mark to the closing mark (or paragraph end).
    pub span: Span,
    /// Paragraph index.
    pub paragraph: usize,
    /// Whether it continues an unclosed quotation of the previous paragraph.
    pub continues: bool,
}

/// How a mark behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Opens or closes; `Some` when spacing tells which.
    Toggle(Option<bool>),
}

fn role(doc: &Document, i: usize) -> Option<Role> {
    let toks = doc.tokens();
    let TokenKind::Quote(mark) = toks[i].kind else {
        return None;
    };
    let glued_next = toks.get(i + 1).is_some_and(|n| !n.space_before);
    let hint = match (toks[i].space_before, glued_next) {
        (true, true) => Some(true),
        (false, false) => Some(false),
        _ => None,
    };
    Some(match mark {
        QuoteMark::OpenDouble => Role::Open,
        QuoteMark::CloseDouble if doc.token_text(i) == "''" => Role::Toggle(hint),
        QuoteMark::CloseDouble => Role::Close,
        QuoteMark::StraightDouble => Role::Toggle(hint),
        _ => return None,
    })
}

/// Whether mark `i` stands where an opener does: after a space (or at the start), glued
/// to a capitalized word.
fn opener_shaped(doc: &Document, i: usize) -> bool {
    let toks = doc.tokens();
    (i == 0 || toks[i].space_before)
        && toks
            .get(i + 1)
            .is_some_and(|n| !n.space_before && n.kind == TokenKind::Word && n.capitalized)
}

/// The single-quoted regions (opening and closing mark) among tokens `first..end`: an
/// opener (‘ or ') after a space, a bracket or a dash, glued to a word; its closer (’ or
/// ') glued to what it closes, either after a punctuation mark (`,' he said`, `vigilant.'`)
/// or after a word and before a punctuation mark or the paragraph's end (`called it 'a
/// missed opportunity'.`). An apostrophe has neither shape where it can close a region
/// (`don't`, `the senators' votes`), and nothing pairs across an opener-shaped mark.
fn single_regions(doc: &Document, first: usize, end: usize) -> Vec<(usize, usize)> {
    let toks = doc.tokens();
    let single = |i: usize| match toks[i].kind {
        TokenKind::Quote(QuoteMark::OpenSingle | QuoteMark::StraightSingle) => Some(true),
        TokenKind::Quote(QuoteMark::CloseSingle) => Some(false),
        _ => None,
    };
    let is_punct = |i: usize| matches!(toks[i].kind, TokenKind::Punct);
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in first..end {
        let Some(can_open) = single(i) else {
            continue;
        };
        let glued_word_next = toks
            .get(i + 1)
            .is_some_and(|n| !n.space_before && n.kind == TokenKind::Word);
        let after_break = i == first
            || toks[i].space_before
            || matches!(doc.token_text(i - 1), "(" | "[" | "—" | "–" | "-" | ":");
        let opener = can_open && after_break && glued_word_next;
        if let Some(o) = open {
            let glued = !toks[i].space_before && i > o + 1;
            let after_punct = glued && is_punct(i - 1) && doc.token_text(i - 1) != "'";
            let before_punct_or_end = i + 1 >= end || is_punct(i + 1) && !toks[i + 1].space_before;
            let after_word = glued && toks[i - 1].kind == TokenKind::Word;
            if after_punct || after_word && before_punct_or_end {
                out.push((o, i));
                open = None;
                continue;
            }
        }
        if opener {
            open = Some(i);
        }
    }
    out
}

/// Pairs the marks of every paragraph into regions, in text order. `region_of` gets, for
/// each token, the index of the region holding it (marks included). With `single_marks`,
/// British-style single quotation marks quote too (see [`single_regions`]).
pub fn regions(doc: &Document, region_of: &mut Vec<u32>, single_marks: bool) -> Vec<Region> {
    let toks = doc.tokens();
    region_of.clear();
    region_of.resize(toks.len(), u32::MAX);
    let mut out: Vec<Region> = Vec::new();
    let mut prev_unclosed = false;
    for (pi, p) in doc.paragraphs().iter().enumerate() {
        let sents = &doc.sentences()[p.sentences()];
        let (first, end) = (
            sents[0].first_token as usize,
            sents[sents.len() - 1].end_token as usize,
        );
        let mut open: Option<usize> = None;
        let mut unclosed_here = false;
        let push = |out: &mut Vec<Region>, o: usize, last: usize, closed: bool| {
            out.push(Region {
                open: o,
                last,
                closed,
                span: Span::new(toks[o].span.start(), toks[last].span.end()),
                paragraph: pi,
                continues: prev_unclosed && o == first,
            });
        };
        let (mut has_double, mut has_single) = (false, false);
        for (i, tok) in (first..end).zip(&toks[first..end]) {
            if !tok.is_quote() {
                continue;
            }
            let Some(r) = role(doc, i) else {
                has_single = true;
                continue;
            };
            has_double = true;
            let opens = match (open.is_some(), r) {
                (false, Role::Open) => true,
                // a closing mark used as an opener (” at a word's start: ”Mr. Trump …”)
                (false, Role::Close) if opener_shaped(doc, i) => true,
                (false, Role::Close) => continue, // stray closing mark
                (false, Role::Toggle(hint)) => {
                    if hint == Some(false) {
                        continue; // a closing-looking mark with nothing open
                    }
                    true
                }
                (true, Role::Close) => false,
                (true, Role::Open) => true, // the earlier opener was stray: restart
                (true, Role::Toggle(hint)) => {
                    hint == Some(true) && i > first && {
                        // an opener-looking mark right after a closer-looking one is rare;
                        // treat it as a restart only when the open region is long
                        let o = open.unwrap_or(i);
                        i - o > 60
                    }
                }
            };
            if opens {
                open = Some(i);
            } else if let Some(o) = open.take() {
                push(&mut out, o, i, true);
            }
        }
        if let Some(o) = open {
            if o + 1 < end {
                push(&mut out, o, end - 1, false);
                unclosed_here = true;
            }
        }
        // British style: single marks quote where the paragraph has no double ones; not
        // at the end of a one-sentence paragraph, where they are a headline's (American
        // headlines quote in single marks: "Obama Says Museum Will Tell of 'Suffering and
        // Delight.'")
        if single_marks && has_single && !has_double {
            let headline_like = sents.len() == 1;
            for (o, c) in single_regions(doc, first, end) {
                let ends_paragraph = (c + 1..end).all(|k| toks[k].kind == TokenKind::Punct);
                if !(headline_like && ends_paragraph) {
                    push(&mut out, o, c, true);
                }
            }
        }
        prev_unclosed = unclosed_here;
    }
    for (ri, r) in out.iter().enumerate() {
        for slot in &mut region_of[r.open..=r.last] {
            *slot = ri as u32;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use newslens_core::Article;

    fn texts(text: &str) -> Vec<String> {
        let doc = Document::new(Article::new("t", text));
        let mut of = Vec::new();
        regions(&doc, &mut of, true)
            .iter()
            .map(|r| {
                format!(
                    "{}{}",
                    &text[r.span.range()],
                    if r.continues { " [cont]" } else { "" }
                )
            })
            .collect()
    }

    #[test]
    fn pairs_marks_of_every_style() {
        let rows: &[(&str, &[&str])] = &[
            ("“Yes,” he said. “No.”", &["“Yes,”", "“No.”"]),
            ("\"Yes,\" he said, \"no.\"", &["\"Yes,\"", "\"no.\""]),
            (
                "''We may see wage gains,'' he wrote.",
                &["''We may see wage gains,''"],
            ),
            ("``Fine,'' she said.", &["``Fine,''"]),
            // the stray opener at the end of the sample's Trump paragraph
            (
                "“I was really tough,” Trump told supporters. “",
                &["“I was really tough,”"],
            ),
            // a stray closer
            ("He left” and “came back.”", &["“came back.”"]),
            // a closing mark used as the opener
            (
                "”Mr. Trump embodies racism.” ― Sonya Herridge",
                &["”Mr. Trump embodies racism.”"],
            ),
            // nested single quotes stay inside
            (
                "“He said ‘no’ twice,” she said.",
                &["“He said ‘no’ twice,”"],
            ),
        ];
        for (text, want) in rows {
            assert_eq!(texts(text), *want, "{text}");
        }
    }

    #[test]
    fn single_marks_quote_in_british_style_only_where_their_shape_is_clear() {
        let rows: &[(&str, &[&str])] = &[
            (
                "'We are not out of the woods,' he said. 'Not yet.'",
                &["'We are not out of the woods,'", "'Not yet.'"],
            ),
            (
                "‘I’m staying,’ he told the BBC. She called it ‘a disgrace’.",
                &["‘I’m staying,’", "‘a disgrace’"],
            ),
            // apostrophes: contractions, plural possessives, abbreviated years
            (
                "The senators' votes didn't count in the '90s. Teachers' pay rose.",
                &[],
            ),
            // a partial quote closing before a word is no closer: "'crazy system' during"
            (
                "He calls it a 'crazy system' during stops. Then he left.",
                &[],
            ),
            // a one-sentence paragraph ending in the quote is a headline's
            ("Obama Says the Trends Are 'Terrifying.'", &[]),
            // double marks in the paragraph: single ones stay inside
            (
                "“He said ‘no’ twice,” she said.",
                &["“He said ‘no’ twice,”"],
            ),
        ];
        for (text, want) in rows {
            assert_eq!(texts(text), *want, "{text}");
        }
    }

    #[test]
    fn multi_paragraph_quotes() {
        let got = texts("Cruz continued:\n\n“First part.\n\n“Second part.”\n\nThen.");
        assert_eq!(got, ["“First part.", "“Second part.” [cont]"]);
    }
}
