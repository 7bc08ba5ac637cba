//! Topic term matching over the document's tokens: words, phrases and `prefix*` words,
//! looked up by their first word so each token costs one hash lookup (plus the few
//! prefix terms).

use newslens_core::{Article, Document};
use serde::Serialize;
use std::collections::HashMap;

/// One configured term, split into the document tokenizer's words.
#[derive(Debug)]
struct Term {
    /// The words to match, lower-cased unless matching is case-sensitive.
    words: Vec<String>,
    /// Whether the last word is a prefix (`warhead*`).
    prefix: bool,
    /// Index of its topic.
    topic: usize,
    /// Index of the term within its topic.
    index: usize,
}

/// Matches every topic's terms against a document.
#[derive(Debug)]
pub struct TopicMatcher {
    names: Vec<String>,
    /// The terms as written, per topic (for the output).
    written: Vec<Vec<String>>,
    terms: Vec<Term>,
    /// Terms by their first word (whole-word first words only).
    by_first_word: HashMap<String, Vec<usize>>,
    /// Terms whose first word is a prefix (checked on every word).
    prefix_first: Vec<usize>,
    case_sensitive: bool,
}

/// How often one term matched.
#[derive(Debug, Serialize)]
pub struct TermCount {
    /// The term as configured.
    pub term: String,
    /// Its matches.
    pub count: usize,
}

/// One match of a term.
#[derive(Debug, Serialize)]
pub struct TermMatch {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The matched text.
    pub text: String,
    /// The term as configured.
    pub term: String,
}

/// A topic found in the document.
#[derive(Debug, Serialize)]
pub struct TopicResult {
    /// The topic's name.
    pub name: String,
    /// Its number of matches.
    pub count: usize,
    /// Matches per term (terms that matched, in configured order).
    pub terms: Vec<TermCount>,
    /// Every match, in text order.
    pub matches: Vec<TermMatch>,
}

impl TopicMatcher {
    /// Builds the matcher from `(topic, terms)` lists.
    pub fn new(topics: &[(String, Vec<String>)], case_sensitive: bool) -> Result<Self, String> {
        let mut matcher = TopicMatcher {
            names: Vec::new(),
            written: Vec::new(),
            terms: Vec::new(),
            by_first_word: HashMap::new(),
            prefix_first: Vec::new(),
            case_sensitive,
        };
        for (topic, (name, terms)) in topics.iter().enumerate() {
            matcher.names.push(name.clone());
            matcher.written.push(terms.clone());
            for (index, written) in terms.iter().enumerate() {
                let trimmed = written.trim();
                let (body, prefix) = match trimmed.strip_suffix('*') {
                    Some(body) => (body, true),
                    None => (trimmed, false),
                };
                let words = matcher.split(body);
                if words.is_empty() {
                    return Err(format!(
                        "term `{written}` of topic `{name}` has no words to match"
                    ));
                }
                let id = matcher.terms.len();
                if prefix && words.len() == 1 {
                    matcher.prefix_first.push(id);
                } else {
                    matcher
                        .by_first_word
                        .entry(words[0].clone())
                        .or_default()
                        .push(id);
                }
                matcher.terms.push(Term {
                    words,
                    prefix,
                    topic,
                    index,
                });
            }
        }
        Ok(matcher)
    }

    /// Splits a term into words with the same tokenizer as the articles.
    fn split(&self, term: &str) -> Vec<String> {
        let doc = Document::new(Article::new("term", term));
        (0..doc.tokens().len())
            .map(|i| self.fold(doc.token_text(i)))
            .collect()
    }

    fn fold(&self, word: &str) -> String {
        if self.case_sensitive {
            word.to_string()
        } else {
            word.to_lowercase()
        }
    }

    /// The token text used for matching (lower-cased unless case-sensitive).
    fn token<'d>(&self, doc: &'d Document, i: usize) -> &'d str {
        if self.case_sensitive {
            doc.token_text(i)
        } else {
            doc.token_lower(i)
        }
    }

    /// Whether `term` matches the tokens starting at `start`; returns its end token.
    fn match_at(&self, doc: &Document, term: &Term, start: usize) -> Option<usize> {
        let end = start + term.words.len();
        if end > doc.tokens().len() {
            return None;
        }
        let last = term.words.len() - 1;
        for (k, word) in term.words.iter().enumerate() {
            let token = self.token(doc, start + k);
            let ok = if k == last && term.prefix {
                token.starts_with(word.as_str())
            } else {
                token == word
            };
            if !ok {
                return None;
            }
        }
        Some(end)
    }

    /// Finds every topic's matches; topics with matches, most matches first.
    pub fn find(&self, doc: &Document) -> Vec<TopicResult> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let mut per_topic: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); self.names.len()];
        // Longest match per topic at the current position: (topic, end, term index).
        let mut best: Vec<(usize, usize, usize)> = Vec::new();
        for start in 0..doc.tokens().len() {
            best.clear();
            let first = self.token(doc, start);
            let candidates = self
                .by_first_word
                .get(first)
                .into_iter()
                .flatten()
                .chain(&self.prefix_first);
            for &id in candidates {
                let term = &self.terms[id];
                let Some(end) = self.match_at(doc, term, start) else {
                    continue;
                };
                match best.iter_mut().find(|(topic, _, _)| *topic == term.topic) {
                    Some(slot) if end > slot.1 => *slot = (term.topic, end, term.index),
                    Some(_) => {}
                    None => best.push((term.topic, end, term.index)),
                }
            }
            for &(topic, end, index) in &best {
                per_topic[topic].push((start, end, index));
            }
        }
        let mut results: Vec<TopicResult> = per_topic
            .into_iter()
            .enumerate()
            .filter(|(_, found)| !found.is_empty())
            .map(|(topic, found)| self.result(doc, topic, &found))
            .collect();
        results.sort_by_key(|r| std::cmp::Reverse(r.count));
        results
    }

    fn result(&self, doc: &Document, topic: usize, found: &[(usize, usize, usize)]) -> TopicResult {
        let written = &self.written[topic];
        let mut counts = vec![0usize; written.len()];
        let matches = found
            .iter()
            .map(|&(start, end, index)| {
                counts[index] += 1;
                let tokens = doc.tokens();
                let span = tokens[start].span.cover(tokens[end - 1].span);
                let out = doc.out_span(span);
                TermMatch {
                    start: out.start,
                    end: out.end,
                    text: out.text,
                    term: written[index].clone(),
                }
            })
            .collect();
        TopicResult {
            name: self.names[topic].clone(),
            count: found.len(),
            terms: written
                .iter()
                .zip(counts)
                .filter(|(_, c)| *c > 0)
                .map(|(t, count)| TermCount {
                    term: t.clone(),
                    count,
                })
                .collect(),
            matches,
        }
    }
}
