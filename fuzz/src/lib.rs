//! Shared harness of the newslens fuzz targets: how fuzz bytes become an article, the
//! engines the targets run, and the checks every output must pass. A failed check
//! panics, which libFuzzer reports as a crash with the input that caused it.

use newslens::config::Config;
use newslens::engine::Engine;
use newslens::read::{parse_item, Format, InputItem, Parsed};
use newslens_core::{Article, Document, Published, StanceTarget};
use serde_json::Value;

/// Builds an engine running `names` (and what they require) with the built-in defaults,
/// plus one configured stance target so that configured claims are exercised too, and
/// quote's British single quotation marks on (a superset of the default's paths).
pub fn engine(names: &[&str]) -> Engine {
    let config = Config::parse(
        r#"
[analyzers.entities]
[analyzers.quote]
single_quotes = true
[analyzers.date]
[analyzers.sentiment]
[analyzers.stance]
targets = [{ id = "denuclearization", text = "North Korea will give up its nuclear weapons", keywords = ["denuclearization", "nuclear deal"] }]
"#,
        None,
    )
    .expect("the fuzz configuration is valid");
    let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    Engine::build(&config, Some(names.as_slice())).expect("the fuzz engine builds")
}

/// Turns fuzz bytes into an article. Byte 0 holds flags: bit 0 adds a `published` date
/// made from bytes 1..5 (bit 3 adds a time of day), bit 1 takes a title and bit 2 an
/// article-level stance target from the text's second and third `\u{1}`-separated parts.
/// The rest is the text, decoded lossily so that every input reaches the analyzers.
pub fn article_from_bytes(data: &[u8]) -> Option<Article> {
    let (&flags, mut rest) = data.split_first()?;
    let mut published = None;
    if flags & 1 != 0 && rest.len() >= 4 {
        let year = u16::from_le_bytes([rest[0], rest[1]]) % 10_000;
        let month = rest[2] % 13 + 1; // 13 is invalid on purpose: no date then
        let day = rest[3] % 32 + 1;
        let time = if flags & 8 != 0 {
            "T23:59:59+14:00"
        } else {
            ""
        };
        published = Published::parse(&format!("{year:04}-{month:02}-{day:02}{time}")).ok();
        rest = &rest[4..];
    }
    let decoded = String::from_utf8_lossy(rest);
    let mut parts = decoded.splitn(3, '\u{1}');
    let text = parts.next().unwrap_or_default().to_string();
    let title = parts.next().filter(|_| flags & 2 != 0).map(str::to_string);
    let target = parts.next().filter(|_| flags & 4 != 0);
    let mut article = Article::new("fuzz", text);
    article.source = "fuzz".to_string();
    article.title = title;
    article.published = published;
    if let Some(target) = target {
        article.targets.push(StanceTarget {
            id: "claim".to_string(),
            text: target.to_string(),
            keywords: target
                .split_whitespace()
                .take(2)
                .map(str::to_string)
                .collect(),
        });
    }
    Some(article)
}

/// Runs `article` through `engine` and checks the record: one JSON line that parses,
/// every span slicing the text at code points, no analyzer panic.
pub fn process_and_check(engine: &Engine, parsed: Result<Parsed, String>) -> Value {
    if let Ok(p) = &parsed {
        let doc = Document::new(p.article.clone());
        if let Err(e) = doc.layer().check(doc.text()) {
            panic!("text layer invariant broken: {e}");
        }
    }
    let processed = engine.process(parsed, "fuzz", "fuzz", true);
    let line = std::str::from_utf8(&processed.line).expect("records are UTF-8");
    assert!(line.ends_with('\n'), "a record is one whole line");
    assert_eq!(
        line.matches('\n').count(),
        1,
        "a record is exactly one line"
    );
    let record: Value = serde_json::from_str(line).expect("records are JSON");
    if let Some(errors) = record["errors"].as_array() {
        for e in errors {
            let message = e["message"].as_str().unwrap_or_default();
            assert!(!message.contains("panicked"), "analyzer panic: {e}");
        }
    }
    if let Err(e) = newslens::check::check_record_spans(&record) {
        panic!("span invariant broken: {e}");
    }
    record
}

/// The body of every analyzer target: turns `data` into an article (see
/// [`article_from_bytes`]), runs it through `engine` and checks the record, which must
/// hold the output of `analyzer` or an error.
pub fn analyze_and_check(engine: &Engine, analyzer: &str, data: &[u8]) {
    let Some(article) = article_from_bytes(data) else {
        return;
    };
    let parsed = Parsed {
        article,
        warnings: Vec::new(),
    };
    let record = process_and_check(engine, Ok(parsed));
    assert!(
        record["analyzers"].get(analyzer).is_some()
            || !record["errors"].as_array().is_some_and(|e| e.is_empty()),
        "no output and no error for {analyzer}"
    );
}

/// Parses `data` as one input item of `format` and checks the resulting record (an
/// article record or an error record).
pub fn read_and_check(engine: &Engine, format: Format, data: &[u8]) -> Value {
    let item = InputItem {
        source: "fuzz".to_string(),
        default_id: "fuzz".to_string(),
        format,
        bytes: Ok(data.to_vec()),
        input_len: data.len() as u64,
        unread: None,
    };
    process_and_check(engine, parse_item(item))
}

/// Checks the text layer and the offset conversion of `text`: the layer's invariants
/// ([`newslens_core::text::TextLayer::check`]), and at every token boundary the
/// code-point offset equals a direct count and never decreases.
pub fn check_text_layer(text: &str) {
    let doc = Document::new(Article::new("fuzz", text));
    if let Err(e) = doc.layer().check(doc.text()) {
        panic!("text layer invariant broken: {e}");
    }
    assert_eq!(doc.lower_text().len(), text.len());
    let mut boundaries: Vec<usize> = Vec::with_capacity(doc.tokens().len() * 2 + 1);
    for t in doc.tokens() {
        boundaries.push(t.span.start());
        boundaries.push(t.span.end());
    }
    boundaries.push(text.len());
    // Tokens are ordered and disjoint, so the boundaries are sorted: one walk counts.
    let mut chars = 0usize;
    let mut at = 0usize;
    let mut last = 0usize;
    for b in boundaries {
        chars += text[at..b].chars().count();
        at = b;
        let offset = doc.char_offset(b);
        assert_eq!(offset, chars, "char_offset({b})");
        assert!(offset >= last, "char_offset decreases at byte {b}");
        last = offset;
    }
    for s in doc.sentences() {
        let out = doc.out_span(s.span);
        assert_eq!(out.text, &text[s.span.range()]);
        assert_eq!(out.end - out.start, out.text.chars().count());
    }
}
