//! Golden test: the project's sample article (VOA) against its hand-made gold — all 15
//! quotes found, with the right cue, speaker mention and canonical name.

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::eval::score::{score, Mode};
use newslens_quote::eval::{parse_records, quotes_of_output, quotes_of_record, DocQuotes};
use newslens_quote::{PartsMode, QuoteAnalyzer};
use std::collections::HashMap;

const ARTICLE: &str = include_str!("fixtures/nk-denuclearization.txt");
const GOLD: &str = include_str!("fixtures/nk-denuclearization.quote.json");

/// The article body after its front matter (the gold's offsets refer to it).
fn body() -> &'static str {
    let rest = ARTICLE.strip_prefix("---\n").expect("front matter");
    rest.split_once("\n---\n").expect("front matter end").1
}

#[test]
fn all_fifteen_quotes_with_speakers_and_names() {
    let doc = Document::new(Article::new("nk-denuclearization", body()));
    let ents = EntitiesAnalyzer::create(Options::empty("entities"))
        .unwrap()
        .entities(&doc);
    let out = QuoteAnalyzer::new(PartsMode::Split, true).quotes(&doc, &ents);

    let recs = parse_records(GOLD).unwrap();
    let gold_quotes = quotes_of_record(&recs[0].1).unwrap();
    assert_eq!(gold_quotes.len(), 15);
    let pred = quotes_of_output(&out);
    let mut preds: HashMap<String, DocQuotes> = HashMap::new();
    preds.insert(recs[0].0.clone(), Some(pred.clone()));
    let report = score(
        &[(recs[0].0.clone(), gold_quotes.clone())],
        &preds,
        Mode::default(),
    );
    assert_eq!(
        report.summary(),
        "quotes: content exact F1 100.0 overlap F1 100.0 cue F1 100.0 speaker F1 100.0 attribution acc 100.0 (1 docs)",
        "{}",
        report.to_text()
    );

    // every gold quote: same content, cue and speaker mention, and the gold's canonical name
    for g in &gold_quotes {
        let p = pred
            .iter()
            .find(|p| {
                p.content.span.start == g.content.span.start
                    && p.content.span.end == g.content.span.end
            })
            .unwrap_or_else(|| panic!("missing {:?}", g.content.span.text));
        assert_eq!(p.kind, g.kind, "{:?}", g.content.span.text);
        assert_eq!(
            p.cue.as_ref().map(|c| (c.start, c.end)),
            g.cue.as_ref().map(|c| (c.start, c.end))
        );
        let (gs, ps) = (g.speaker.as_ref().unwrap(), p.speaker.as_ref().unwrap());
        assert_eq!((ps.span.start, ps.span.end), (gs.span.start, gs.span.end));
        if gs.name.is_some() {
            assert_eq!(ps.name, gs.name, "speaker of {:?}", g.content.span.text);
        }
    }

    // the speaker list: names and counts as in the gold
    let gold_speakers: Vec<(String, u64)> = recs[0].1["analyzers"]["quote"]["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["quotes"].as_u64().unwrap(),
            )
        })
        .collect();
    let ours: Vec<(String, u64)> = out
        .speakers
        .iter()
        .map(|s| (s.name.clone(), s.quotes as u64))
        .collect();
    assert_eq!(ours, gold_speakers);
}
