//! Sentence-boundary evaluation: the gold-set format and the scorer.
//!
//! The gold format is documented at the top of `tests/data/sentences.gold.txt` (comment lines,
//! `=== id tags` document headers, one sentence per line or a verbatim `raw` body with `‖`
//! boundary marks). [`parse_gold`] turns it into texts with gold sentence and paragraph spans;
//! [`score`] runs the text layer over each text and counts boundaries. Pure functions: the
//! caller reads the file.

use super::TextLayer;
use crate::span::Span;

/// The character that marks a sentence boundary inside a `raw` gold document.
pub const BOUNDARY_MARK: char = '‖';

/// One gold document: the text the splitter sees and the gold segmentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDocument {
    /// The id from the `===` header.
    pub id: String,
    /// Whether the document is tagged `held-out` (written after tuning).
    pub held_out: bool,
    /// The text, as an article would hold it.
    pub text: String,
    /// Gold sentences (trimmed byte spans), in order.
    pub sentences: Vec<Span>,
    /// Gold paragraphs (trimmed byte spans), in order.
    pub paragraphs: Vec<Span>,
}

/// A gold file that does not follow the format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("gold line {line}: {message}")]
pub struct GoldError {
    /// 1-based line number in the gold file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parses a gold file (see the module documentation for the format).
pub fn parse_gold(input: &str) -> Result<Vec<GoldDocument>, GoldError> {
    let mut docs = Vec::new();
    let mut header: Option<(usize, &str)> = None;
    let mut body: Vec<&str> = Vec::new();
    for (index, line) in input.lines().enumerate() {
        if let Some(rest) = line.strip_prefix("===") {
            if let Some((at, h)) = header.take() {
                docs.push(parse_document(at, h, &body)?);
            }
            header = Some((index + 1, rest));
            body.clear();
        } else if header.is_some() {
            body.push(line);
        } else if !(line.trim().is_empty() || line.starts_with('#')) {
            return Err(GoldError {
                line: index + 1,
                message: "text before the first `=== id` header".into(),
            });
        }
    }
    if let Some((at, h)) = header {
        docs.push(parse_document(at, h, &body)?);
    }
    Ok(docs)
}

fn parse_document(line: usize, header: &str, body: &[&str]) -> Result<GoldDocument, GoldError> {
    let mut words = header.split_whitespace();
    let id = words.next().ok_or_else(|| GoldError {
        line,
        message: "a header needs an id: `=== id [raw] [lines] [held-out]`".into(),
    })?;
    let (mut raw, mut lines, mut held_out) = (false, false, false);
    for tag in words {
        match tag {
            "raw" => raw = true,
            "lines" => lines = true,
            "held-out" => held_out = true,
            other => {
                return Err(GoldError {
                    line,
                    message: format!("unknown tag `{other}` (expected raw, lines, held-out)"),
                })
            }
        }
    }
    let mut doc = if raw {
        parse_raw(body)
    } else {
        parse_sentence_lines(body, if lines { "\n" } else { "\n\n" })
    };
    if doc.sentences.is_empty() {
        return Err(GoldError {
            line,
            message: format!("document `{id}` has no sentences"),
        });
    }
    doc.id = id.to_string();
    doc.held_out = held_out;
    Ok(doc)
}

fn empty_doc() -> GoldDocument {
    GoldDocument {
        id: String::new(),
        held_out: false,
        text: String::new(),
        sentences: Vec::new(),
        paragraphs: Vec::new(),
    }
}

/// One sentence per line; blank lines end paragraphs; a leading `\` glues a sentence to
/// the previous one.
fn parse_sentence_lines(body: &[&str], paragraph_separator: &str) -> GoldDocument {
    let mut doc = empty_doc();
    let mut paragraph_start: Option<usize> = None;
    let close_paragraph = |doc: &mut GoldDocument, start: &mut Option<usize>| {
        if let Some(s) = start.take() {
            doc.paragraphs.push(Span::new(s, doc.text.len()));
        }
    };
    for line in body {
        if line.starts_with('#') {
            continue;
        }
        let line = line.trim();
        if line.is_empty() {
            close_paragraph(&mut doc, &mut paragraph_start);
            continue;
        }
        let (glued, sentence) = match line.strip_prefix('\\') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, line),
        };
        if paragraph_start.is_none() {
            if !doc.text.is_empty() {
                doc.text.push_str(paragraph_separator);
            }
            paragraph_start = Some(doc.text.len());
        } else if !glued {
            doc.text.push(' ');
        }
        let start = doc.text.len();
        doc.text.push_str(sentence);
        doc.sentences.push(Span::new(start, doc.text.len()));
    }
    close_paragraph(&mut doc, &mut paragraph_start);
    doc
}

/// A verbatim body with `‖` boundary marks; paragraphs start after blank lines, at
/// indented lines and at bullet lines.
fn parse_raw(body: &[&str]) -> GoldDocument {
    let mut doc = empty_doc();
    let last = body
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(0, |i| i + 1);
    let mut starts: Vec<usize> = Vec::new(); // sentence starts (may hold duplicates)
    let mut paragraph_starts: Vec<usize> = Vec::new();
    let mut pending_mark = false;
    let mut previous_blank = true;
    for (n, line) in body[..last].iter().enumerate() {
        if n > 0 {
            doc.text.push('\n');
        }
        let blank = line.replace(BOUNDARY_MARK, "").trim().is_empty();
        let trimmed = line.trim_start();
        let opens_paragraph = !blank
            && (previous_blank
                || trimmed.len() < line.len()
                || ["- ", "* ", "• "].iter().any(|b| trimmed.starts_with(b)));
        let mut first_content = true;
        for c in line.chars() {
            if c == BOUNDARY_MARK {
                pending_mark = true;
                continue;
            }
            if !c.is_whitespace() {
                if first_content && opens_paragraph {
                    paragraph_starts.push(doc.text.len());
                    starts.push(doc.text.len());
                }
                if pending_mark {
                    starts.push(doc.text.len());
                    pending_mark = false;
                }
                first_content = false;
            }
            doc.text.push(c);
        }
        previous_blank = blank;
    }
    starts.sort_unstable();
    starts.dedup();
    doc.sentences = spans_from_starts(&doc.text, &starts, &paragraph_starts);
    doc.paragraphs = spans_from_starts(&doc.text, &paragraph_starts, &[]);
    doc
}

/// Trimmed spans from each start to the next start (or paragraph start, or the end).
fn spans_from_starts(text: &str, starts: &[usize], stops: &[usize]) -> Vec<Span> {
    starts
        .iter()
        .enumerate()
        .map(|(k, &start)| {
            let next_start = starts.get(k + 1).copied().unwrap_or(text.len());
            let next_stop = stops
                .iter()
                .copied()
                .find(|&p| p > start)
                .unwrap_or(text.len());
            let end = next_start.min(next_stop);
            Span::new(start, start + text[start..end].trim_end().len())
        })
        .collect()
}

/// Boundary counts with precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BoundaryCounts {
    /// Boundaries in the gold set.
    pub gold: usize,
    /// Boundaries the splitter placed.
    pub predicted: usize,
    /// Boundaries in both.
    pub correct: usize,
}

impl BoundaryCounts {
    /// correct / predicted (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    /// correct / gold (1 when the gold has none).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        crate::metrics::f1(self.precision(), self.recall())
    }
    /// Adds another set of counts to this one.
    pub fn add(&mut self, other: BoundaryCounts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
}

impl std::fmt::Display for BoundaryCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P {:.4} R {:.4} F1 {:.4} (gold {}, predicted {}, correct {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.gold,
            self.predicted,
            self.correct
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Whether a boundary is missing from the prediction or spurious in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundaryErrorKind {
    /// In the gold set, not predicted.
    Missed,
    /// Predicted, not in the gold set.
    Spurious,
}

/// One wrong boundary, with some context for reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundaryError {
    /// The document id.
    pub document: String,
    /// Sentence or paragraph boundary.
    pub level: Level,
    /// Missed or spurious.
    pub kind: BoundaryErrorKind,
    /// Byte offset of the boundary (the start of the next sentence or paragraph).
    pub byte: usize,
    /// Text around the boundary, with `‖` at the boundary and `⏎` for line breaks.
    pub context: String,
}

/// What a boundary separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Sentences.
    Sentence,
    /// Paragraphs.
    Paragraph,
}

/// The result of scoring a set of gold documents.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Documents scored.
    pub documents: usize,
    /// Gold paragraphs in them.
    pub gold_paragraphs: usize,
    /// Gold sentences in them.
    pub gold_sentences: usize,
    /// Sentence boundaries (starts of sentences other than the first of a document and
    /// not right after a blank line).
    pub sentences: BoundaryCounts,
    /// Paragraph boundaries counted the same way.
    pub paragraphs: BoundaryCounts,
    /// Every wrong boundary.
    pub errors: Vec<BoundaryError>,
}

impl Evaluation {
    /// The figures as printed by `newslens eval sentences`: counts, then sentence and
    /// paragraph boundary precision, recall and F1, under the heading `name`.
    pub fn summary(&self, name: &str) -> String {
        format!(
            "{name}: {} documents, {} paragraphs, {} sentences\n  sentence boundaries:  {}\n  paragraph boundaries: {}",
            self.documents, self.gold_paragraphs, self.gold_sentences, self.sentences, self.paragraphs
        )
    }
}

/// Runs [`TextLayer::build`] on each document and compares its boundaries with the gold.
pub fn score<'d>(documents: impl IntoIterator<Item = &'d GoldDocument>) -> Evaluation {
    let mut eval = Evaluation::default();
    for doc in documents {
        let layer = TextLayer::build(&doc.text);
        eval.documents += 1;
        eval.gold_paragraphs += doc.paragraphs.len();
        eval.gold_sentences += doc.sentences.len();
        let predicted: Vec<Span> = layer.sentences.iter().map(|s| s.span).collect();
        let predicted_paragraphs: Vec<Span> = layer.paragraphs.iter().map(|p| p.span).collect();
        let sentences = compare(doc, Level::Sentence, &doc.sentences, &predicted, &mut eval);
        eval.sentences.add(sentences);
        let paragraphs = compare(
            doc,
            Level::Paragraph,
            &doc.paragraphs,
            &predicted_paragraphs,
            &mut eval,
        );
        eval.paragraphs.add(paragraphs);
    }
    eval
}

/// The counted boundaries of a segmentation: starts after the first, not after a blank line.
fn boundaries(text: &str, spans: &[Span]) -> Vec<usize> {
    spans
        .iter()
        .skip(1)
        .map(|s| s.start())
        .filter(|&start| {
            let before = &text[..start];
            let gap = &before[before.trim_end().len()..];
            gap.matches('\n').count() < 2
        })
        .collect()
}

fn compare(
    doc: &GoldDocument,
    level: Level,
    gold: &[Span],
    predicted: &[Span],
    eval: &mut Evaluation,
) -> BoundaryCounts {
    let gold = boundaries(&doc.text, gold);
    let predicted = boundaries(&doc.text, predicted);
    // Both lists are sorted (spans come in text order), so lookups are binary searches.
    let correct = gold
        .iter()
        .filter(|b| predicted.binary_search(b).is_ok())
        .count();
    let mut report = |byte: usize, kind| {
        eval.errors.push(BoundaryError {
            document: doc.id.clone(),
            level,
            kind,
            byte,
            context: context(&doc.text, byte),
        })
    };
    for &b in gold.iter().filter(|b| predicted.binary_search(b).is_err()) {
        report(b, BoundaryErrorKind::Missed);
    }
    for &b in predicted.iter().filter(|b| gold.binary_search(b).is_err()) {
        report(b, BoundaryErrorKind::Spurious);
    }
    BoundaryCounts {
        gold: gold.len(),
        predicted: predicted.len(),
        correct,
    }
}

fn context(text: &str, byte: usize) -> String {
    let before: String = {
        let mut chars: Vec<char> = text[..byte].chars().rev().take(40).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let after: String = text[byte..].chars().take(40).collect();
    format!("{before}{BOUNDARY_MARK}{after}").replace('\n', "⏎")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = "# a comment\n\
        === one\n\
        First sentence.\n\
        Second one.\n\
        \\Glued.\n\
        \n\
        New paragraph.\n\
        === two raw held-out\n\
        CITY, Jan 2 - A wrapped\n\
        line.‖ Another\n\
        \x20   Indented paragraph.\n";

    #[test]
    fn parses_both_modes() {
        let docs = parse_gold(GOLD).unwrap();
        assert_eq!(docs.len(), 2);
        let one = &docs[0];
        assert_eq!(
            one.text,
            "First sentence. Second one.Glued.\n\nNew paragraph."
        );
        let sents: Vec<&str> = one.sentences.iter().map(|s| &one.text[s.range()]).collect();
        assert_eq!(
            sents,
            ["First sentence.", "Second one.", "Glued.", "New paragraph."]
        );
        assert_eq!(one.paragraphs.len(), 2);
        let two = &docs[1];
        assert!(two.held_out);
        assert_eq!(
            two.text,
            "CITY, Jan 2 - A wrapped\nline. Another\n    Indented paragraph."
        );
        let sents: Vec<&str> = two.sentences.iter().map(|s| &two.text[s.range()]).collect();
        assert_eq!(
            sents,
            [
                "CITY, Jan 2 - A wrapped\nline.",
                "Another",
                "Indented paragraph."
            ]
        );
        assert_eq!(two.paragraphs.len(), 2);
    }

    #[test]
    fn scores_boundaries() {
        let docs = parse_gold(GOLD).unwrap();
        let eval = score(&docs[..1]);
        // "Second", "Glued" count; "New paragraph" follows a blank line.
        assert_eq!(eval.sentences.gold, 2);
        assert_eq!(eval.sentences.correct, 2);
        assert_eq!(eval.sentences.f1(), 1.0);
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(parse_gold("text\n").unwrap_err().line, 1);
        assert!(parse_gold("=== x bogus\nA.\n").is_err());
        assert!(parse_gold("=== x\n\n").is_err());
    }
}
