//! Entity-level sentiment on hand-built entities layers (the shape the shared entities
//! analyzer produces): every mention is listed, pronouns included, and the sentiment is
//! read from the text around each mention.

use newslens_core::output::entities::{
    EntitiesOutput, Entity, EntityKind, EntityMention, MentionKind,
};
use newslens_core::output::SentimentLabel;
use newslens_core::{Analyzer, AnalyzerError, AnalyzerOutput, Article, Document, Outputs, Span};
use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::SentimentAnalyzer;

fn entity(doc: &Document, name: &str, kind: EntityKind, mentions: &[(&str, usize)]) -> Entity {
    // mentions: (text, occurrence index) located in the document text
    let text = doc.text();
    let mentions = mentions
        .iter()
        .map(|(m, nth)| {
            let start = text.match_indices(m).nth(*nth).expect("mention in text").0;
            EntityMention {
                span: doc.out_span(Span::new(start, start + m.len())),
                kind: if m.chars().next().is_some_and(char::is_lowercase) || *m == "He" {
                    MentionKind::Pronoun
                } else {
                    MentionKind::Name
                },
            }
        })
        .collect();
    Entity {
        name: name.to_string(),
        kind,
        description: None,
        gender: None,
        mentions,
    }
}

const TEXT: &str = "Critics praised Maria Lopez for her brilliant, generous leadership. \
    He said the scandal-plagued Acme Corp had failed its workers and deceived regulators. \
    “It is a disgrace,” said Tom Reed, a union official. The weather was mild.";

fn layer(doc: &Document) -> EntitiesOutput {
    EntitiesOutput::new(vec![
        entity(
            doc,
            "Maria Lopez",
            EntityKind::Person,
            &[("Maria Lopez", 0), ("her", 0)],
        ),
        entity(
            doc,
            "Acme Corp",
            EntityKind::Organization,
            &[("Acme Corp", 0)],
        ),
        entity(doc, "Tom Reed", EntityKind::Person, &[("Tom Reed", 0)]),
        entity(doc, "Paris", EntityKind::Place, &[("mild", 0)]),
    ])
}

fn run(settings: Settings) -> (Document, Vec<(String, f64, SentimentLabel, usize)>) {
    let doc = Document::new(Article::new("t", TEXT));
    let analyzer = SentimentAnalyzer::new(settings);
    let out = analyzer.analyze_with(&doc, Some(&layer(&doc)));
    let rows = out
        .entities
        .iter()
        .map(|e| {
            (
                e.name.clone(),
                e.polarity.score,
                e.polarity.label,
                e.mentions.len(),
            )
        })
        .collect();
    (doc, rows)
}

#[test]
fn rule_window_reads_each_entitys_clause() {
    let (_, rows) = run(Settings {
        target_model: false,
        ..Settings::default()
    });
    let names: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        names,
        ["Maria Lopez", "Acme Corp", "Tom Reed"],
        "places are left out"
    );
    let by = |n: &str| rows.iter().find(|r| r.0 == n).expect(n);
    assert!(by("Maria Lopez").1 > 0.2, "{:?}", by("Maria Lopez"));
    assert_eq!(by("Maria Lopez").3, 2, "pronoun mention kept");
    assert!(by("Acme Corp").1 < -0.2, "{:?}", by("Acme Corp"));
    // Tom Reed speaks the harsh words: they count little toward him.
    assert!(
        by("Tom Reed").1.abs() < by("Acme Corp").1.abs(),
        "{:?}",
        by("Tom Reed")
    );
}

#[test]
fn learned_model_agrees_on_clear_cases() {
    let (_, rows) = run(Settings::default());
    let by = |n: &str| rows.iter().find(|r| r.0 == n).expect(n);
    assert_eq!(
        by("Maria Lopez").2,
        SentimentLabel::Positive,
        "{:?}",
        by("Maria Lopez")
    );
    assert_eq!(
        by("Acme Corp").2,
        SentimentLabel::Negative,
        "{:?}",
        by("Acme Corp")
    );
    for row in &rows {
        assert!((-1.0..=1.0).contains(&row.1));
    }
}

#[test]
fn mentions_are_code_points() {
    let doc = Document::new(Article::new("t", TEXT));
    let out = SentimentAnalyzer::with_defaults().analyze_with(&doc, Some(&layer(&doc)));
    let chars: Vec<char> = TEXT.chars().collect();
    for e in &out.entities {
        for m in &e.mentions {
            let s: String = chars[m.start..m.end].iter().collect();
            assert!(e.name.contains(&s) || s == "her", "{s} for {}", e.name);
        }
    }
}

#[test]
fn requires_the_entities_layer() {
    let doc = Document::new(Article::new("t", TEXT));
    let analyzer = SentimentAnalyzer::with_defaults();
    let err = analyzer.analyze(&doc, &Outputs::new()).unwrap_err();
    assert_eq!(err, AnalyzerError::MissingInput("entities".into()));
    let mut prior = Outputs::new();
    prior.insert("entities", AnalyzerOutput::Entities(layer(&doc)));
    let out = analyzer.analyze(&doc, &prior).expect("analyzes");
    let out = out.as_sentiment().expect("sentiment output");
    assert_eq!(out.entities.len(), 3);
    assert_eq!(out.sentences.len(), 4);
}

/// The model's entity polarity (computed in one pass over the mentions in text order) is
/// the mean of the class probabilities of each mention's collected features (the
/// training path), whatever order the entities and their mentions are listed in.
#[test]
fn model_polarity_matches_the_collected_features() {
    use newslens_sentiment::target_model::{softmax, TargetModel};
    let model = TargetModel::parse(include_str!("../data/target_model.tsv")).expect("model");
    let doc = Document::new(Article::new("t", TEXT));
    let mut layer = layer(&doc);
    // Entities listed against text order, one with mentions out of order.
    layer.entities.reverse();
    layer.entities[3].mentions.reverse();
    let analyzer = SentimentAnalyzer::with_defaults();
    let out = analyzer.analyze_with(&doc, Some(&layer));
    let scored = analyzer.score(&doc);
    let targets: Vec<&Entity> = layer
        .entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
        .collect();
    assert_eq!(out.entities.len(), targets.len());
    for (entity, got) in targets.iter().zip(&out.entities) {
        assert_eq!(entity.name, got.name);
        let mut p = [0.0; 3];
        for m in &entity.mentions {
            let features = analyzer.mention_features(&doc, &scored, m.span.bytes);
            let q = softmax(model.logits(&features));
            for c in 0..3 {
                p[c] += q[c] / entity.mentions.len() as f64;
            }
        }
        let expected = p[2] - p[0];
        assert!(
            (got.polarity.score - expected).abs() < 1e-9,
            "{}: {} against {expected}",
            entity.name,
            got.polarity.score
        );
    }
}

/// An agency named only in a dateline's credit is no target: the story's first sentence
/// is not about Reuters.
#[test]
fn a_dateline_credit_is_no_target() {
    let text = "BRUSSELS (Reuters) - Regulators fined Apple for abusing its dominant position, \
a damaging blow. Reuters reported the figures later.";
    let doc = Document::new(Article::new("t", text));
    let credit_only = EntitiesOutput::new(vec![
        entity(&doc, "Reuters", EntityKind::Organization, &[("Reuters", 0)]),
        entity(&doc, "Apple", EntityKind::Organization, &[("Apple", 0)]),
    ]);
    let out = SentimentAnalyzer::with_defaults().analyze_with(&doc, Some(&credit_only));
    let names: Vec<&str> = out.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Apple"]);
    // named in the text as well, it stays a target
    let also_in_text = EntitiesOutput::new(vec![entity(
        &doc,
        "Reuters",
        EntityKind::Organization,
        &[("Reuters", 0), ("Reuters", 1)],
    )]);
    let out = SentimentAnalyzer::with_defaults().analyze_with(&doc, Some(&also_in_text));
    assert_eq!(out.entities.len(), 1);
}

/// An organisation named only as where a quoted expert works takes no sentiment from the
/// expert's sentence.
#[test]
fn an_experts_employer_is_neutral() {
    let text = "The study cannot prove that walking lowers the risk of a deadly disease, \
warned Paul Whitfield, a cardiologist at Johns Hopkins University. Johns Hopkins University \
hailed the awful failure.";
    let doc = Document::new(Article::new("t", text));
    let label_of = |mentions: &[(&str, usize)]| {
        let entities = EntitiesOutput::new(vec![entity(
            &doc,
            "Johns Hopkins University",
            EntityKind::Organization,
            mentions,
        )]);
        let out = SentimentAnalyzer::with_defaults().analyze_with(&doc, Some(&entities));
        (
            out.entities[0].polarity.label,
            out.entities[0].polarity.score,
        )
    };
    assert_eq!(
        label_of(&[("Johns Hopkins University", 0)]),
        (SentimentLabel::Neutral, 0.0)
    );
    // named elsewhere too, it is a target like any other
    let (_, score) = label_of(&[
        ("Johns Hopkins University", 0),
        ("Johns Hopkins University", 1),
    ]);
    assert_ne!(score, 0.0);
}
