//! Throughput of the sentiment analyzer on a folder of `.txt` articles (front matter
//! skipped), one thread: MB/s of article text for `analyze` alone (the text layer is
//! built beforehand, as the runner shares it between analyzers), and with the text layer.
//! The entity path is exercised with a stand-in entities layer (every capitalized word
//! inside a sentence is a person mention, grouped by text), since the real one is another
//! analyzer's.
//!
//! cargo run --release -p newslens-sentiment --example bench -- ../shared/data/corpus/reuters21578
use newslens_core::output::entities::{
    EntitiesOutput, Entity, EntityKind, EntityMention, MentionKind,
};
use newslens_core::text::TokenKind;
use newslens_core::{Article, Document};
use newslens_sentiment::SentimentAnalyzer;
use std::collections::HashMap;
use std::time::Instant;

fn body(content: &str) -> &str {
    if let Some(rest) = content.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            return &rest[end + 5..];
        }
    }
    content
}

fn stand_in_entities(doc: &Document) -> EntitiesOutput {
    let mut by_name: HashMap<String, Vec<EntityMention>> = HashMap::new();
    for sentence in doc.sentences() {
        for i in sentence.tokens().skip(1) {
            let t = doc.tokens()[i];
            let text = doc.token_text(i);
            if t.kind == TokenKind::Word
                && text.chars().next().is_some_and(char::is_uppercase)
                && text.chars().any(char::is_lowercase)
            {
                by_name
                    .entry(text.to_string())
                    .or_default()
                    .push(EntityMention {
                        span: doc.out_span(t.span),
                        kind: MentionKind::Name,
                    });
            }
        }
    }
    let mut entities: Vec<Entity> = by_name
        .into_iter()
        .map(|(name, mentions)| Entity {
            name,
            kind: EntityKind::Person,
            description: None,
            gender: None,
            mentions,
        })
        .collect();
    entities.sort_by(|a, b| a.name.cmp(&b.name));
    EntitiesOutput::new(entities)
}

/// Nanoseconds this thread has spent on a CPU (Linux), so figures hold on a busy machine.
fn cpu_ns() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .unwrap_or(f64::NAN)
}

fn main() {
    let dir = std::env::args().nth(1).expect("corpus folder");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("read corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| body(&std::fs::read_to_string(p).expect("read article")).to_string())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let analyzer = SentimentAnalyzer::with_defaults();

    let start = Instant::now();
    let docs: Vec<Document> = texts
        .iter()
        .map(|t| Document::new(Article::new("b", t.clone())))
        .collect();
    let layer = start.elapsed().as_secs_f64();
    let entities: Vec<EntitiesOutput> = docs.iter().map(stand_in_entities).collect();
    let empty = EntitiesOutput::default();

    for round in 0..2 {
        let (start, cpu) = (Instant::now(), cpu_ns());
        let mut checksum = 0.0;
        for doc in &docs {
            checksum += analyzer.analyze_with(doc, Some(&empty)).document.score;
        }
        let (plain, plain_cpu) = (start.elapsed().as_secs_f64(), (cpu_ns() - cpu) / 1e9);
        let (start, cpu) = (Instant::now(), cpu_ns());
        let mut mentions = 0;
        for (doc, ents) in docs.iter().zip(&entities) {
            let out = analyzer.analyze_with(doc, Some(ents));
            mentions += out.entities.iter().map(|e| e.mentions.len()).sum::<usize>();
        }
        let (ents, ents_cpu) = (start.elapsed().as_secs_f64(), (cpu_ns() - cpu) / 1e9);
        println!(
            "round {round}: {} articles, {mb:.1} MB. MB/s per core (CPU time; wall clock in brackets): \
             sentiment {:.1} [{:.1}] without entities, {:.1} [{:.1}] with {mentions} entity mentions; \
             text layer {:.1} (wall)  [checksum {checksum:.3}]",
            docs.len(),
            mb / plain_cpu,
            mb / plain,
            mb / ents_cpu,
            mb / ents,
            mb / layer,
        );
    }
}
