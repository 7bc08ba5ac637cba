//! Typed outputs on the plugin side. Outputs cross the boundary as their contract JSON;
//! for the outputs other analyzers build on, the SDK rebuilds the typed value so that a
//! plugin reads them exactly as a built-in does (`prior.require("entities")?.as_entities()`).
//!
//! Typed today: `entities` ([`EntitiesOutput`]) and `quote` ([`QuoteOutput`]), their
//! byte spans recomputed from the code points. Every other output arrives as
//! [`AnalyzerOutput::Custom`] JSON.

use newslens_core::output::entities::{Entity, EntityKind, EntityMention, Gender, MentionKind};
use newslens_core::output::quote::{Quote, QuoteKind, Speaker, SpeakerSummary};
use newslens_core::output::{EntitiesOutput, QuoteOutput};
use newslens_core::{AnalyzerOutput, Document, Span, TextSpan};
use serde::Deserialize;
use serde_json::Value;

/// The output of analyzer `name` from its JSON text: typed when the SDK knows its type
/// and the JSON fits the document, else [`AnalyzerOutput::Custom`]. Fails only on text
/// that is not JSON.
pub fn typed_output(
    name: &str,
    json: &str,
    doc: &Document,
    offsets: &mut ByteOffsets,
) -> Result<AnalyzerOutput, serde_json::Error> {
    let typed = match name {
        "entities" => serde_json::from_str::<EntitiesIn>(json)
            .ok()
            .and_then(|input| decode_entities(input, doc, offsets))
            .map(AnalyzerOutput::Entities),
        "quote" => serde_json::from_str::<QuoteOutputIn>(json)
            .ok()
            .and_then(|input| decode_quotes(input, doc, offsets))
            .map(AnalyzerOutput::Quote),
        _ => None,
    };
    match typed {
        Some(output) => Ok(output),
        None => serde_json::from_str::<Value>(json).map(AnalyzerOutput::Custom),
    }
}

/// Code point → byte offsets of a document's text, built on first use (none for ASCII).
#[derive(Debug, Default)]
pub struct ByteOffsets {
    table: Option<Vec<u32>>,
}

impl ByteOffsets {
    /// The byte offset of code point `cp` in `text`, if it lies within the text.
    pub fn byte(&mut self, text: &str, cp: usize) -> Option<usize> {
        if text.is_ascii() {
            return (cp <= text.len()).then_some(cp);
        }
        let table = self.table.get_or_insert_with(|| {
            text.char_indices()
                .map(|(b, _)| b as u32)
                .chain(std::iter::once(text.len() as u32))
                .collect()
        });
        table.get(cp).map(|b| *b as usize)
    }
}

#[derive(Deserialize)]
struct EntityIn {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    description: Option<String>,
    #[serde(default)]
    gender: Option<String>,
    mentions: Vec<MentionIn>,
}

#[derive(Deserialize)]
struct MentionIn {
    start: usize,
    end: usize,
    text: String,
    kind: String,
}

#[derive(Deserialize)]
struct EntitiesIn {
    entities: Vec<EntityIn>,
}

fn decode_entities(
    input: EntitiesIn,
    doc: &Document,
    offsets: &mut ByteOffsets,
) -> Option<EntitiesOutput> {
    let mut entities = Vec::with_capacity(input.entities.len());
    for e in input.entities {
        let kind = match e.kind.as_str() {
            "person" => EntityKind::Person,
            "organization" => EntityKind::Organization,
            "place" => EntityKind::Place,
            "group" => EntityKind::Group,
            _ => return None,
        };
        let gender = match e.gender.as_deref() {
            None => None,
            Some("male") => Some(Gender::Male),
            Some("female") => Some(Gender::Female),
            Some(_) => return None,
        };
        let mut mentions = Vec::with_capacity(e.mentions.len());
        for m in e.mentions {
            let kind = match m.kind.as_str() {
                "name" => MentionKind::Name,
                "partial" => MentionKind::Partial,
                "pronoun" => MentionKind::Pronoun,
                "nominal" => MentionKind::Nominal,
                _ => return None,
            };
            mentions.push(EntityMention {
                span: text_span(doc, offsets, m.start, m.end, m.text)?,
                kind,
            });
        }
        entities.push(Entity {
            name: e.name,
            kind,
            description: e.description,
            gender,
            mentions,
        });
    }
    Some(EntitiesOutput::new(entities))
}

/// A span from its code points and text, checked against the document.
fn text_span(
    doc: &Document,
    offsets: &mut ByteOffsets,
    start: usize,
    end: usize,
    text: String,
) -> Option<TextSpan> {
    let from = offsets.byte(doc.text(), start)?;
    let to = offsets.byte(doc.text(), end)?;
    if from > to || doc.text().get(from..to)? != text {
        return None;
    }
    Some(TextSpan {
        start,
        end,
        text,
        bytes: Span::new(from, to),
    })
}

#[derive(Deserialize)]
struct SpanIn {
    start: usize,
    end: usize,
    text: String,
}

#[derive(Deserialize)]
struct SpeakerIn {
    start: usize,
    end: usize,
    text: String,
    name: Option<String>,
    description: Option<String>,
}

#[derive(Deserialize)]
struct QuoteIn {
    #[serde(rename = "type")]
    kind: String,
    content: SpanIn,
    cue: Option<SpanIn>,
    speaker: Option<SpeakerIn>,
}

#[derive(Deserialize)]
struct SpeakerSummaryIn {
    name: String,
    description: Option<String>,
    quotes: usize,
}

#[derive(Deserialize)]
struct QuoteOutputIn {
    quotes: Vec<QuoteIn>,
    speakers: Vec<SpeakerSummaryIn>,
}

fn decode_quotes(
    input: QuoteOutputIn,
    doc: &Document,
    offsets: &mut ByteOffsets,
) -> Option<QuoteOutput> {
    let mut span = |s: SpanIn| text_span(doc, offsets, s.start, s.end, s.text);
    let mut quotes = Vec::with_capacity(input.quotes.len());
    for q in input.quotes {
        let kind = match q.kind.as_str() {
            "direct" => QuoteKind::Direct,
            "indirect" => QuoteKind::Indirect,
            "mixed" => QuoteKind::Mixed,
            _ => return None,
        };
        let content = span(q.content)?;
        let cue = match q.cue {
            Some(c) => Some(span(c)?),
            None => None,
        };
        let speaker = match q.speaker {
            Some(s) => Some(Speaker {
                span: span(SpanIn {
                    start: s.start,
                    end: s.end,
                    text: s.text,
                })?,
                name: s.name,
                description: s.description,
            }),
            None => None,
        };
        quotes.push(Quote {
            kind,
            content: content.into(),
            cue,
            speaker,
        });
    }
    let speakers = input
        .speakers
        .into_iter()
        .map(|s| SpeakerSummary {
            name: s.name,
            description: s.description,
            quotes: s.quotes,
        })
        .collect();
    Some(QuoteOutput { quotes, speakers })
}

#[cfg(test)]
mod tests {
    use super::*;
    use newslens_core::Article;

    #[test]
    fn entities_round_trip_through_json() {
        let doc = Document::new(Article::new(
            "t",
            "“Kim” met Ken Gause. He said Gause’s view holds.",
        ));
        let span = |text: &str, nth: usize| {
            let start = doc.text().match_indices(text).nth(nth).unwrap().0;
            doc.out_span(Span::new(start, start + text.len()))
        };
        let original = EntitiesOutput::new(vec![
            Entity {
                name: "Kim".into(),
                kind: EntityKind::Person,
                description: None,
                gender: None,
                mentions: vec![EntityMention {
                    span: span("Kim", 0),
                    kind: MentionKind::Name,
                }],
            },
            Entity {
                name: "Ken Gause".into(),
                kind: EntityKind::Person,
                description: Some("an analyst".into()),
                gender: Some(Gender::Male),
                mentions: vec![
                    EntityMention {
                        span: span("Ken Gause", 0),
                        kind: MentionKind::Name,
                    },
                    EntityMention {
                        span: span("He", 0),
                        kind: MentionKind::Pronoun,
                    },
                    EntityMention {
                        span: span("Gause", 1),
                        kind: MentionKind::Partial,
                    },
                ],
            },
        ]);
        let json = serde_json::to_value(&original).unwrap();
        let typed = |v: &Value| {
            typed_output(
                "entities",
                &v.to_string(),
                &doc,
                &mut ByteOffsets::default(),
            )
            .unwrap()
        };
        assert_eq!(typed(&json), AnalyzerOutput::Entities(original));

        // JSON that does not fit the text stays as JSON.
        let mut wrong = json;
        wrong["entities"][0]["mentions"][0]["start"] = 2.into();
        assert_eq!(typed(&wrong), AnalyzerOutput::Custom(wrong.clone()));
        assert!(typed_output("x", "{oops", &doc, &mut ByteOffsets::default()).is_err());
    }

    #[test]
    fn quotes_round_trip_through_json() {
        let doc = Document::new(Article::new(
            "t",
            "“We’re close,” said Ken Gause. He added that talks go on.",
        ));
        let span = |text: &str| {
            let start = doc.text().find(text).unwrap();
            doc.out_span(Span::new(start, start + text.len()))
        };
        let original = QuoteOutput {
            quotes: vec![
                Quote {
                    kind: QuoteKind::Direct,
                    content: span("“We’re close,”").into(),
                    cue: Some(span("said")),
                    speaker: Some(Speaker {
                        span: span("Ken Gause"),
                        name: Some("Ken Gause".into()),
                        description: None,
                    }),
                },
                Quote {
                    kind: QuoteKind::Indirect,
                    content: span("that talks go on").into(),
                    cue: Some(span("added")),
                    speaker: None,
                },
            ],
            speakers: vec![SpeakerSummary {
                name: "Ken Gause".into(),
                description: Some("an analyst".into()),
                quotes: 1,
            }],
        };
        let json = serde_json::to_string(&original).unwrap();
        let back = typed_output("quote", &json, &doc, &mut ByteOffsets::default()).unwrap();
        assert_eq!(back, AnalyzerOutput::Quote(original));
    }
}
