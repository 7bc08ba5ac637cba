//! The rules on hand-written sentences: each row compares two texts' document scores or
//! checks one score's sign. The scores are the rules' alone (the learned document
//! calibration is off; `tests/document_model.rs` tests it).

use newslens_core::{Article, Document};
use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::SentimentAnalyzer;

fn rules_only() -> Settings {
    Settings {
        document_model: false,
        ..Settings::default()
    }
}

fn score(text: &str) -> f64 {
    let analyzer = SentimentAnalyzer::new(rules_only());
    analyzer
        .analyze_with(&Document::new(Article::new("t", text)), None)
        .document
        .score
}

#[test]
fn signs() {
    for (text, sign) in [
        ("The book was good.", 1),
        ("The book was not good.", -1),
        ("The book wasn’t good.", -1),
        ("Stocks plunged amid the crisis.", -1),
        ("Negotiators hailed a breakthrough in the talks.", 1),
        ("The new program reduced poverty in the region.", 1),
        ("The measure could undermine trust in the courts.", -1),
        ("Its courthouses hardly inspire confidence.", -1),
        ("The company is in the red again.", -1),
        ("Leaders like him rarely travel.", 0),
        ("I like this phone.", 1),
        ("Great show :)", 1),
        ("The committee met on Tuesday.", 0),
        ("Stop talking shit.", -1),
        ("Just cut the bullshit.", -1),
        ("Pretty horses at the fair.", 1),
        ("The service was pretty bad.", -1),
        ("Her two pregnancies ended sadly.", -1),
        ("The number of deaths dropped from 9 to 4.", 1),
        ("Consumer confidence fell in May.", -1),
        ("Tensions have eased.", 1),
        ("There were 86 of them in 1986.", 0),
        ("The stars were less than spectacular.", -1),
        ("The plan is far from perfect.", -1),
        ("That underestimates the intelligence of voters.", -1),
        // a lifter reverses a restriction only
        ("The government lifted sanctions on the country.", 1),
        ("The council repealed the ban on protests.", 1),
        ("The government imposed sanctions on the country.", -1),
        ("The news lifted hopes of a deal.", 1),
        // averting a harm is good news
        ("Congress averted a government shutdown.", 1),
    ] {
        let s = score(text);
        assert_eq!(
            (s > 0.0) as i32 - (s < 0.0) as i32,
            sign,
            "{text}: score {s}"
        );
    }
}

#[test]
fn intensity() {
    for (stronger, weaker) in [
        ("The plan is very good.", "The plan is good."),
        (
            "The plan is GOOD, they said.",
            "The plan is good, they said.",
        ),
        ("The plan is good!", "The plan is good."),
        ("The plan is good.", "The plan is somewhat good."),
        ("The plan is pretty good.", "The plan is good."),
    ] {
        assert!(
            score(stronger) > score(weaker),
            "{stronger} ({}) should beat {weaker} ({})",
            score(stronger),
            score(weaker)
        );
    }
}

#[test]
fn but_shifts_weight_to_the_second_clause() {
    assert!(score("The acting was good, but the plot was awful.") < 0.0);
    assert!(score("The acting was awful, but the plot was good.") > 0.0);
}

#[test]
fn negation_stays_in_its_clause() {
    // "not" governs "easy", not "welcome" after the comma.
    assert!(score("It was not easy, but a welcome change.") > 0.0);
}

#[test]
fn reported_speech_counts_less_in_the_document() {
    let quoted = score("“This is a disgrace and a total disaster for the city,” the mayor said.");
    let stated = score("This is a disgrace and a total disaster for the city, the mayor said.");
    assert!(
        quoted < 0.0 && stated < quoted,
        "quoted {quoted}, stated {stated}"
    );
}

#[test]
fn a_negation_that_flips_nothing_voices_a_judgement() {
    // "work", "pay", "high" and "long" carry no valence: the denial or the excess is the
    // criticism.
    for text in [
        "The new ticketing system does not work.",
        "The city never paid the contractors.",
        "Prices at the market are too high.",
        "The hearing took too long.",
    ] {
        assert!(score(text) < 0.0, "{text}: score {}", score(text));
    }
    // No judgement: "not only", "can't wait", a negation inside another clause's scope.
    for text in [
        "Not only the city but also the county signed the deal.",
        "I can't wait for the weekend.",
        "The council met without the mayor.",
    ] {
        assert_eq!(score(text), 0.0, "{text}");
    }
}

#[test]
fn a_negation_that_flips_a_word_counts_once() {
    let mut vader_like = rules_only();
    vader_like.rules.bare_negation = 0.0;
    vader_like.rules.excess = 0.0;
    let vader_like = SentimentAnalyzer::new(vader_like);
    for text in ["The plan is not good.", "The food was too good to last."] {
        let doc = Document::new(Article::new("t", text));
        let plain = vader_like.analyze_with(&doc, None).document.score;
        assert_eq!(score(text), plain, "{text}");
    }
}
