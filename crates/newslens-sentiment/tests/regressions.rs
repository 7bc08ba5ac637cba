//! Regressions found by fuzzing and hostile input: inputs that once made the sentiment
//! analyzer quadratic in the length of a sentence. Each must finish well within a
//! generous bound (minutes before the fix, well under a second after it in release).

use newslens_core::output::entities::{
    EntitiesOutput, Entity, EntityKind, EntityMention, MentionKind,
};
use newslens_core::{Article, Document, Span};
use newslens_sentiment::SentimentAnalyzer;
use std::time::{Duration, Instant};

/// Far above the linear cost even in a debug build on a busy machine, far below the
/// quadratic one.
const BOUND: Duration = Duration::from_secs(90);

/// Text without spaces: every punctuation token used to scan to the end of its
/// white-space chunk (the whole text) looking for an emoticon.
#[test]
fn text_without_spaces_is_linear() {
    let text = "said“Kim”.U.S.Jan.5,2020—".repeat(8_000);
    let doc = Document::new(Article::new("nospace", text));
    let analyzer = SentimentAnalyzer::with_defaults();
    let started = Instant::now();
    let output = analyzer.analyze_with(&doc, None);
    assert!(started.elapsed() < BOUND, "took {:?}", started.elapsed());
    assert!(!output.sentences.is_empty());
}

/// One sentence of 40,000 words mentioning a person 4,000 times: each mention used to
/// weigh every word of the sentence (rule window and learned model alike).
#[test]
fn many_mentions_in_one_huge_sentence_are_linear() {
    let text = "Kim met the good and bad officials on a fine day and ".repeat(4_000);
    let doc = Document::new(Article::new("huge", text.clone()));
    let mentions: Vec<EntityMention> = text
        .match_indices("Kim")
        .map(|(at, _)| EntityMention {
            span: doc.out_span(Span::new(at, at + 3)),
            kind: MentionKind::Partial,
        })
        .collect();
    let entities = EntitiesOutput::new(vec![Entity {
        name: "Kim".to_string(),
        kind: EntityKind::Person,
        description: None,
        gender: None,
        mentions,
    }]);
    let analyzer = SentimentAnalyzer::with_defaults();
    let started = Instant::now();
    let output = analyzer.analyze_with(&doc, Some(&entities));
    assert!(started.elapsed() < BOUND, "took {:?}", started.elapsed());
    assert_eq!(output.entities.len(), 1);
    assert_eq!(output.entities[0].mentions.len(), 4_000);
}
