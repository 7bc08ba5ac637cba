//! The stance analyzer end to end on hand-written articles: options, target order,
//! output consistency, evidence offsets, and per-speaker stance from a quote output.

use newslens_core::output::quote::{Quote, QuoteKind, QuoteOutput, Speaker};
use newslens_core::output::stance::{StanceLabel, StanceOutput};
use newslens_core::{
    Analyzer, AnalyzerOutput, Article, Document, Options, Outputs, Span, StanceTarget, TextSpan,
};
use newslens_stance::StanceAnalyzer;
use serde_json::{json, Value};

const HOAX: &str = "Claims that a shark swam down a flooded highway in Houston are a hoax. \
The photo was doctored: the shark was photoshopped into the picture, experts said. \
The fake image has circulated after every major storm since 2011, and fact-checkers \
have debunked it each time. “There was no shark on the highway,” a police spokesman said.";

const CONFIRM: &str =
    "Officials confirmed on Monday that a shark swam down a flooded highway in Houston. \
The shark was seen by several drivers and filmed by a police officer. \
Wildlife officers later returned the shark to the sea, the city said.";

const UNRELATED: &str = "The central bank kept interest rates unchanged on Thursday. \
Inflation eased to 2.1% in March, and economists expect one cut before the end of the year.";

const CLAIM: &str = "A shark swam down a flooded highway in Houston";

fn options(value: Value) -> Options {
    let Value::Object(map) = value else {
        panic!("options must be a table")
    };
    Options::new("stance", map)
}

fn analyzer(targets: Value) -> StanceAnalyzer {
    StanceAnalyzer::create(options(json!({ "targets": targets }))).expect("valid options")
}

fn run(a: &StanceAnalyzer, article: Article, prior: &Outputs) -> StanceOutput {
    let doc = Document::new(article);
    match a.analyze(&doc, prior).expect("stance never fails") {
        AnalyzerOutput::Stance(s) => s,
        other => panic!("not a stance output: {other:?}"),
    }
}

fn shark_analyzer() -> StanceAnalyzer {
    analyzer(json!([{ "id": "shark", "text": CLAIM, "keywords": ["shark"] }]))
}

#[test]
fn option_errors_name_the_key_and_help() {
    for (value, key, expected) in [
        (json!({"target": []}), "target", "did you mean `targets`"),
        (
            json!({"targets": "x"}),
            "targets",
            "expected a list of tables",
        ),
        (json!({"evidence": 11}), "evidence", "out of range"),
        (json!({"speakers": "yes"}), "speakers", "true or false"),
        (
            json!({"model": "/nonexistent/stance-model.json"}),
            "model",
            "cannot read `/nonexistent/stance-model.json`",
        ),
    ] {
        let e = StanceAnalyzer::create(options(value.clone())).unwrap_err();
        assert_eq!(e.key.as_deref(), Some(key), "{value}: {e}");
        assert!(e.to_string().contains(expected), "{value}: {e}");
    }
}

#[test]
fn a_model_file_that_is_not_one_is_refused_at_creation() {
    let path =
        std::env::temp_dir().join(format!("newslens-stance-bad-{}.json", std::process::id()));
    std::fs::write(&path, "{\"format\": \"something else\"}").unwrap();
    let e = StanceAnalyzer::create(options(json!({"model": path.to_str().unwrap()}))).unwrap_err();
    let _ = std::fs::remove_file(&path);
    assert!(e.to_string().contains("not a stance model file"), "{e}");
}

#[test]
fn title_then_configured_then_article_targets() {
    let a = analyzer(json!([
        { "id": "shark", "text": CLAIM },
        { "id": "rates", "text": "The central bank will cut interest rates" },
    ]));
    let mut article = Article::new("a", CONFIRM);
    article.title = Some("Shark on the highway".into());
    article.targets = vec![
        StanceTarget {
            id: "rates".into(),
            text: "Interest rates will rise".into(),
            keywords: vec![],
        },
        StanceTarget {
            id: "own".into(),
            text: "Wildlife officers returned the shark to the sea".into(),
            keywords: vec![],
        },
    ];
    let out = run(&a, article, &Outputs::new());
    let ids: Vec<&str> = out.targets.iter().map(|t| t.id.as_str()).collect();
    // The article's own `rates` replaces the configured one.
    assert_eq!(ids, ["title", "shark", "rates", "own"]);
    assert_eq!(out.targets[2].text, "Interest rates will rise");
    assert_eq!(out.targets[0].text, "Shark on the highway");
}

#[test]
fn outputs_are_consistent() {
    let a = shark_analyzer();
    for text in [HOAX, CONFIRM, UNRELATED] {
        let doc_text = text.to_string();
        let out = run(&a, Article::new("a", text), &Outputs::new());
        let t = &out.targets[0];
        let p = t.probs;
        let sum = p.agree + p.disagree + p.discuss + p.unrelated;
        assert!((sum - 1.0).abs() < 1e-6, "{sum}");
        assert!((p.unrelated - (1.0 - t.relatedness)).abs() < 1e-9);
        assert_eq!(t.label == StanceLabel::Unrelated, t.relatedness < 0.5);
        assert_eq!(t.evidence.is_empty(), t.label == StanceLabel::Unrelated);
        assert!(t.evidence.len() <= 3);
        let chars: Vec<char> = doc_text.chars().collect();
        for e in &t.evidence {
            // Code-point offsets that cover a whole sentence mentioning the claim.
            let s: String = chars[e.start..e.end].iter().collect();
            assert_eq!(s, &doc_text[e.bytes.range()]);
            assert!(s.to_lowercase().contains("shark"), "{s}");
        }
    }
}

#[test]
fn stance_follows_the_text() {
    let a = shark_analyzer();
    let hoax = run(&a, Article::new("a", HOAX), &Outputs::new()).targets[0].clone();
    let confirm = run(&a, Article::new("b", CONFIRM), &Outputs::new()).targets[0].clone();
    let unrelated = run(&a, Article::new("c", UNRELATED), &Outputs::new()).targets[0].clone();
    assert_eq!(unrelated.label, StanceLabel::Unrelated, "{unrelated:?}");
    assert_ne!(hoax.label, StanceLabel::Unrelated, "{hoax:?}");
    assert_ne!(confirm.label, StanceLabel::Unrelated, "{confirm:?}");
    assert_eq!(hoax.label, StanceLabel::Disagree, "{hoax:?}");
    assert!(
        hoax.probs.disagree / hoax.relatedness > confirm.probs.disagree / confirm.relatedness,
        "{hoax:?} {confirm:?}"
    );
}

fn quote(doc: &Document, content: &str, speaker: &str, name: &str) -> Quote {
    let text = doc.text();
    let span = |needle: &str| {
        let start = text.find(needle).expect("fixture text holds the needle");
        let s = Span::new(start, start + needle.len());
        let o = doc.out_span(s);
        TextSpan {
            start: o.start,
            end: o.end,
            text: o.text,
            bytes: s,
        }
    };
    Quote {
        kind: QuoteKind::Direct,
        content: span(content).into(),
        cue: None,
        speaker: Some(Speaker {
            span: span(speaker),
            name: Some(name.to_string()),
            description: None,
        }),
    }
}

#[test]
fn each_speaker_gets_a_stance_from_their_quotes() {
    const TEXT: &str = "The shark video split the city. \
“The shark on the highway is a hoax, a fake photo that was doctored years ago,” said Ann Lee, a fact-checker. \
“I saw the shark swim down the flooded highway myself,” said Bo Chan, a driver. \
“Rates will stay where they are,” said Cy Diaz, an economist.";
    let doc = Document::new(Article::new("q", TEXT));
    let quotes = QuoteOutput {
        quotes: vec![
            quote(
                &doc,
                "“The shark on the highway is a hoax, a fake photo that was doctored years ago,”",
                "Ann Lee",
                "Ann Lee",
            ),
            quote(
                &doc,
                "“I saw the shark swim down the flooded highway myself,”",
                "Bo Chan",
                "Bo Chan",
            ),
            quote(
                &doc,
                "“Rates will stay where they are,”",
                "Cy Diaz",
                "Cy Diaz",
            ),
        ],
        speakers: vec![],
    };
    let mut prior = Outputs::new();
    prior.insert("quote", AnalyzerOutput::Quote(quotes));
    let a = shark_analyzer();
    let out = run(&a, doc.article().clone(), &prior);
    let find = |name: &str| out.speakers.iter().find(|s| s.name == name);
    let ann = find("Ann Lee").expect("Ann Lee's quote is about the shark");
    let bo = find("Bo Chan").expect("Bo Chan's quote is about the shark");
    assert!(
        find("Cy Diaz").is_none(),
        "the economist says nothing about the shark: {out:?}"
    );
    assert_eq!(ann.target, "shark");
    assert_eq!(ann.label, StanceLabel::Disagree, "{ann:?}");
    assert_ne!(bo.label, StanceLabel::Disagree, "{bo:?}");
    assert!(ann.probs.disagree > bo.probs.disagree);

    // Without quote output, or with speakers = false, there are no speaker entries.
    assert!(run(&a, doc.article().clone(), &Outputs::new())
        .speakers
        .is_empty());
    let quiet = StanceAnalyzer::create(options(json!({
        "targets": [{ "id": "shark", "text": CLAIM }], "speakers": false
    })))
    .unwrap();
    assert!(run(&quiet, doc.article().clone(), &prior)
        .speakers
        .is_empty());
}

#[test]
fn speakers_of_an_article_unrelated_to_a_claim_get_no_stance_on_it() {
    const TEXT: &str =
        "Dockworkers at the port returned to work on Tuesday after a nine-day strike. \
“We got what we came for,” said Mara Jensen, who leads the union. \
“Our members held the line, and the port authority finally listened,” Jensen said.";
    let doc = Document::new(Article::new("port", TEXT));
    let quotes = QuoteOutput {
        quotes: vec![
            quote(
                &doc,
                "“We got what we came for,”",
                "Mara Jensen",
                "Mara Jensen",
            ),
            quote(
                &doc,
                "“Our members held the line, and the port authority finally listened,”",
                "Jensen",
                "Mara Jensen",
            ),
        ],
        speakers: vec![],
    };
    let mut prior = Outputs::new();
    prior.insert("quote", AnalyzerOutput::Quote(quotes));
    let a = analyzer(json!([
        { "id": "library-cuts", "text": "The library budget cuts are justified",
          "keywords": ["library", "budget"] },
        { "id": "strike", "text": "The port strike ended after the union won a raise",
          "keywords": ["strike"] },
    ]));
    let out = run(&a, doc.article().clone(), &prior);
    assert_eq!(out.targets[0].label, StanceLabel::Unrelated, "{out:?}");
    assert!(
        out.speakers.iter().all(|s| s.target != "library-cuts"),
        "{:?}",
        out.speakers
    );
    assert!(
        out.speakers.iter().any(|s| s.target == "strike"),
        "{:?}",
        out.speakers
    );
}

#[test]
fn a_target_with_keywords_is_unrelated_to_articles_that_name_none() {
    const BUDGET: &str = "The chancellor's budget cuts income taxes and trims spending. \
Analysts said the budget cuts were justified by the deficit, and markets rallied.";
    const LIBRARY: &str = "The council approved library budget cuts on Tuesday. \
The mayor said the library budget cuts were justified by the deficit.";
    let claim = "The library budget cuts are justified";
    let gated = analyzer(json!([
        { "id": "library", "text": claim, "keywords": ["library budget", "library cuts"] }
    ]));
    let open = analyzer(json!([{ "id": "library", "text": claim }]));
    let judge = |a: &StanceAnalyzer, text: &str| {
        run(a, Article::new("b", text), &Outputs::new()).targets[0].clone()
    };
    // Without keywords the shared words "budget cuts … justified" make the national budget
    // story related; with them it names the target nowhere and is unrelated.
    assert_ne!(judge(&open, BUDGET).label, StanceLabel::Unrelated);
    let national = judge(&gated, BUDGET);
    assert_eq!(national.label, StanceLabel::Unrelated, "{national:?}");
    assert_eq!(national.probs.unrelated, 1.0);
    assert!(national.evidence.is_empty());
    assert_ne!(judge(&gated, LIBRARY).label, StanceLabel::Unrelated);
}
