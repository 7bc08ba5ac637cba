//! Which way a relative expression points: the tense and cue words of its clause.
//! "issued the statement on Saturday" → past (the Saturday before the reference date);
//! "the upcoming election in November" → future; "since the summit in February" → past.

use crate::tokens::{Shape, Tok};

/// The time a clause talks about, relative to the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Before the reference date.
    Past,
    /// At the reference date (present tense).
    Present,
    /// After the reference date.
    Future,
    /// No cue found.
    Unknown,
}

/// How far (in tokens) to look for a cue on each side.
const WINDOW: usize = 14;

/// The tense of the clause around tokens `a..b` (same sentence), from the nearest cue:
/// modal and auxiliary verbs, past-tense forms, and direction words ("since", "upcoming").
pub fn tense_around(toks: &[Tok], lower: &str, a: usize, b: usize) -> Tense {
    let sentence = toks[a].sentence;
    // Left side first: the governing verb usually precedes the expression in news prose.
    let mut best: Option<(usize, Tense)> = None;
    let mut i = a;
    let mut dist = 0;
    // "On Tuesday, the league plans to …": a fronted expression belongs to the clause after
    // its comma
    let mut fronted = false;
    loop {
        if i == 0 || toks[i - 1].sentence != sentence {
            fronted = dist <= 2;
            break;
        }
        if dist >= WINDOW {
            break;
        }
        i -= 1;
        dist += 1;
        if matches!(word(toks, lower, i), "but" | ";") {
            break;
        }
        if let Some(t) = cue(toks, lower, i) {
            // "Until Thursday, they had not called him a suspect": a fronted "until"
            // phrase takes its direction from the clause after it
            let opens = i == 0 || toks[i - 1].sentence != sentence;
            if opens && word(toks, lower, i) == "until" {
                fronted = true;
                break;
            }
            best = Some((dist, t));
            break;
        }
    }
    // "as early as Tuesday", "as soon as Monday": a time still to come
    if a >= 3
        && word(toks, lower, a - 3) == "as"
        && matches!(word(toks, lower, a - 2), "early" | "soon")
        && word(toks, lower, a - 1) == "as"
    {
        return Tense::Future;
    }
    // "Friday's purchases", "Wednesday's ruling": a weekday naming a reported event;
    // a scheduled one in a clause about the future is to come ("will face Nashville in
    // Saturday's final")
    if possessive(toks, lower, b)
        && !matches!(best, Some((1..=2, Tense::Future)))
        && !(matches!(best, Some((_, Tense::Future))) && scheduled_event_after(toks, lower, b))
    {
        return Tense::Past;
    }
    let mut j = b;
    let mut dist_r = 0;
    while j < toks.len() && dist_r < WINDOW {
        let skip_comma = fronted && j == b && word(toks, lower, j) == ",";
        if toks[j].sentence != sentence || (clause_boundary(toks, lower, j) && !skip_comma) {
            break;
        }
        dist_r += 1;
        if best.is_some_and(|(d, _)| dist_r + 2 >= d) {
            break;
        }
        if let Some(t) = cue(toks, lower, j) {
            return t;
        }
        j += 1;
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// Whether the word after the possessive `'s` that follows token `b - 1` names an event
/// that is held on a day ("Saturday's final", "Tuesday's vote"), not a fact reported
/// ("Friday's figures").
fn scheduled_event_after(toks: &[Tok], lower: &str, b: usize) -> bool {
    let after_mark = toks[b - 1].end as usize + 2;
    let next = toks[b..]
        .iter()
        .take(3)
        .find(|t| t.start as usize >= after_mark)
        .map(|t| &lower[t.start as usize..t.end as usize]);
    matches!(
        next,
        Some(
            "final"
                | "game"
                | "match"
                | "race"
                | "vote"
                | "election"
                | "meeting"
                | "summit"
                | "hearing"
                | "debate"
                | "deadline"
                | "primary"
                | "referendum"
                | "auction"
                | "launch"
                | "opening"
                | "ceremony"
                | "parade"
                | "rally"
                | "talks"
        )
    )
}

/// Whether the expression ending at token `b` (exclusive) is followed by a possessive `'s`.
fn possessive(toks: &[Tok], lower: &str, b: usize) -> bool {
    let Some(last) = b.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    let rest = &lower.as_bytes()[last.end as usize..];
    let after = if rest.starts_with(b"'s") {
        &rest[2..]
    } else if rest.starts_with("’s".as_bytes()) {
        &rest[4..]
    } else {
        return false;
    };
    after.first().is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// A comma, semicolon or conjunction that starts another clause after the expression.
fn clause_boundary(toks: &[Tok], lower: &str, i: usize) -> bool {
    let t = toks[i];
    let w = &lower[t.start as usize..t.end as usize];
    // "the National Abortion and Reproductive Rights Action League": inside a name
    if w == "and" && i > 0 && toks[i - 1].cap && toks.get(i + 1).is_some_and(|n| n.cap) {
        return false;
    }
    matches!(
        w,
        "," | ";"
            | ":"
            | "and"
            | "but"
            | "while"
            | "which"
            | "who"
            | "when"
            | "after"
            | "before"
            | "as"
            | "because"
            | "although"
            | "though"
            | "whereas"
            | "("
            | "--"
    )
}

/// The word of token `i`, lower-cased ("" outside the text).
fn word<'a>(toks: &[Tok], lower: &'a str, i: usize) -> &'a str {
    toks.get(i)
        .map_or("", |t| &lower[t.start as usize..t.end as usize])
}

/// Words after an auxiliary that make the clause point forward ("is expected to").
fn is_future_word(w: &str) -> bool {
    matches!(
        w,
        "expected"
            | "scheduled"
            | "due"
            | "set"
            | "to"
            | "going"
            | "planning"
            | "slated"
            | "likely"
            | "poised"
            | "about"
    )
}

fn cue(toks: &[Tok], lower: &str, i: usize) -> Option<Tense> {
    let t = cue_word(toks, lower, i)?;
    if t == Tense::Past && i > 0 {
        let prev = word(toks, lower, i - 1);
        let w = word(toks, lower, i);
        // "a still unspecified date": a participle used as an adjective is no cue
        if w.ends_with("ed")
            && matches!(
                prev,
                "a" | "an" | "the" | "still" | "its" | "his" | "their" | "very" | "newly"
            )
        {
            return None;
        }
        // "is heard", "are expected": present passive
        if matches!(prev, "is" | "are" | "am") {
            return Some(Tense::Present);
        }
    }
    if t == Tense::Past && i > 0 {
        // a participle after "will be", "to be", "be": the auxiliary decides
        let prev = word(toks, lower, i - 1);
        let prev2 = if i > 1 { word(toks, lower, i - 2) } else { "" };
        let w = word(toks, lower, i);
        if !matches!(w, "was" | "were" | "had" | "did" | "has" | "have" | "been") {
            if prev == "be" || prev2 == "be" {
                return if matches!(prev2, "will" | "to" | "would" | "shall")
                    || matches!(word(toks, lower, i.saturating_sub(3)), "will" | "to")
                {
                    Some(Tense::Future)
                } else {
                    None
                };
            }
            if prev == "to" || matches!(prev, "will" | "would" | "shall" | "'ll") {
                return Some(Tense::Future);
            }
        }
    }
    // "agreed to buy the line in February", "decided to admit them in March": an intention
    // points forward from the time it was stated
    if t == Tense::Past && word(toks, lower, i + 1) == "to" && is_intention(word(toks, lower, i)) {
        return Some(Tense::Future);
    }
    if t == Tense::Present && i > 1 && word(toks, lower, i - 1) == "to" {
        // "had been due to expire Friday": the auxiliary before "to" decides
        for k in (i.saturating_sub(5)..i - 1).rev() {
            match word(toks, lower, k) {
                "had" | "was" | "were" => return Some(Tense::Past),
                "will" | "is" | "are" => return Some(Tense::Future),
                _ => {}
            }
        }
    }
    if matches!(t, Tense::Past | Tense::Present) {
        let w = word(toks, lower, i);
        if matches!(w, "was" | "were" | "is" | "are") && is_future_word(word(toks, lower, i + 1)) {
            return Some(Tense::Future);
        }
    }
    Some(t)
}

/// Past forms of verbs of intention, which point forward before "to".
fn is_intention(w: &str) -> bool {
    matches!(
        w,
        "agreed"
            | "decided"
            | "voted"
            | "promised"
            | "pledged"
            | "vowed"
            | "threatened"
            | "offered"
            | "proposed"
            | "intended"
            | "hoped"
            | "wanted"
            | "prepared"
            | "sought"
            | "asked"
            | "urged"
    )
}

fn cue_word(toks: &[Tok], lower: &str, i: usize) -> Option<Tense> {
    let t = toks[i];
    if t.shape != Shape::Word {
        return None;
    }
    let w = &lower[t.start as usize..t.end as usize];
    let next = toks
        .get(i + 1)
        .map(|n| &lower[n.start as usize..n.end as usize])
        .unwrap_or("");
    match w {
        "will" | "shall" | "won't" | "wo" | "upcoming" | "coming" | "scheduled" | "slated"
        | "expected" | "expects" | "expect" | "planning" | "intends" | "until" | "would"
        | "tomorrow" | "forthcoming" | "await" | "awaiting" | "aims" | "hopes" | "may"
        | "might" | "must" | "should" | "effective" => Some(Tense::Future),
        // "next to the embassy" is a place
        "next" if next != "to" => Some(Tense::Future),
        // nouns as often as verbs: only before "to" ("plans to", "set to", "due to"), or
        // with their object ("planned a demonstration on Saturday")
        "plans" | "planned" | "plan" | "set" | "due" if next == "to" || next == "for" => {
            Some(Tense::Future)
        }
        "plans" | "planned" | "plan" if next == "a" || next == "an" => Some(Tense::Future),
        // "delays could ripple into April": "could" before a plain verb points forward
        // (not "could not", "could have", "could be located Wednesday": past abilities,
        // counterfactuals and passives that read both ways)
        "could" if !matches!(next, "not" | "n't" | "have" | "never" | "only" | "be" | "") => {
            Some(Tense::Future)
        }
        "going" if next == "to" => Some(Tense::Future),
        // "square positions ahead of the weekend": before it comes
        "ahead" if next == "of" => Some(Tense::Future),
        "is" | "are" | "am" => Some(Tense::Present),
        // present-tense scheduling verbs: "the offer expires Friday", "talks resume Monday"
        "expires" | "expire" | "ends" | "begins" | "begin" | "starts" | "opens" | "closes"
        | "resume" | "resumes" | "meets" | "meet" | "arrives" | "arrive" | "leaves" | "visits"
        | "convenes" | "convene" | "vote" | "votes" | "travels" | "heads" | "returns" | "kicks" => {
            Some(Tense::Present)
        }
        "was" | "were" | "had" | "did" | "since" | "ago" | "last" | "yesterday" | "earlier"
        | "has" | "have" | "been" => Some(Tense::Past),
        _ if w.ends_with("'ll") || w.ends_with("’ll") => Some(Tense::Future),
        _ if is_irregular_past(w) => Some(Tense::Past),
        _ if w.len() >= 5 && w.ends_with("ed") && !t.cap => Some(Tense::Past),
        _ => None,
    }
}

fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "met"
            | "went"
            | "came"
            | "made"
            | "took"
            | "gave"
            | "began"
            | "held"
            | "left"
            | "saw"
            | "won"
            | "lost"
            | "fell"
            | "rose"
            | "sold"
            | "bought"
            | "paid"
            | "led"
            | "got"
            | "became"
            | "ran"
            | "found"
            | "thought"
            | "brought"
            | "spoke"
            | "broke"
            | "wrote"
            | "struck"
            | "shot"
            | "hit"
            | "fled"
            | "flew"
            | "sent"
            | "spent"
            | "kept"
            | "felt"
            | "meant"
            | "heard"
            | "knew"
            | "grew"
            | "drew"
            | "threw"
            | "stood"
            | "understood"
            | "sought"
            | "fought"
            | "caught"
            | "taught"
            | "built"
            | "dealt"
            | "lent"
            | "rang"
            | "sang"
            | "sank"
            | "swore"
            | "wore"
            | "tore"
            | "chose"
            | "froze"
            | "woke"
            | "rode"
            | "drove"
            | "ate"
            | "forgot"
            | "overtook"
            | "undertook"
            | "withdrew"
            | "arose"
            | "beat"
            | "bid"
            | "cut"
            | "quit"
            | "slid"
            | "split"
            | "spread"
            | "shut"
            | "hung"
            | "swung"
            | "stuck"
            | "struck down"
    )
}
