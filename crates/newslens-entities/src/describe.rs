//! Descriptions from appositives: "Ken Gause, director of the Adversary Analytics
//! Program at CNA, said" → "director of the Adversary Analytics Program at CNA".

use crate::context::Ctx;
use crate::lexicon::lexicon;
use newslens_core::span::Span;
use newslens_core::text::TokenKind;

/// Words that open a clause or list rather than an appositive.
const NOT_APPOSITIVE: &[&str] = &[
    "according",
    "added",
    "adding",
    "also",
    "and",
    "as",
    "because",
    "but",
    "continued",
    "for",
    "however",
    "if",
    "including",
    "is",
    "meanwhile",
    "nor",
    "or",
    "said",
    "says",
    "so",
    "that",
    "then",
    "though",
    "told",
    "warned",
    "was",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "wrote",
    "yet",
];

/// Where the sentence of the name ending at token `end` (exclusive) ends, when a comma
/// follows the name: the opening of an appositive.
fn comma_after_name(ctx: &Ctx, end: usize) -> Option<usize> {
    let sentence = &ctx.doc.sentences()[ctx.sentence_of[end.checked_sub(1)?] as usize];
    let sent_end = sentence.end_token as usize;
    (end < sent_end && ctx.is_punct(end, ",")).then_some(sent_end)
}

/// The appositive description after the name ending at token `end` (exclusive), if any.
pub fn appositive(ctx: &Ctx, end: usize) -> Option<Span> {
    let lx = lexicon();
    let sent_end = comma_after_name(ctx, end)?;
    if end + 1 >= sent_end {
        return None;
    }
    let mut k = end + 1;
    // an age: "Smith, 45, a lawyer"
    if ctx.doc.tokens()[k].kind == TokenKind::Number && k + 1 < sent_end && ctx.is_punct(k + 1, ",")
    {
        k += 2;
    }
    // (nothing after the age's comma: "Smith, 45," ends the sentence)
    if k >= sent_end {
        return None;
    }
    let start = k;
    let l0 = ctx.lower(start);
    if NOT_APPOSITIVE.contains(&l0) {
        return None;
    }
    let opener = matches!(l0, "a" | "an" | "the")
        || ctx.is_lower_word(start)
        || (ctx.is_cap(start) && lx.titles.contains(l0))
        || (ctx.is_cap(start) && start + 1 < sent_end && ctx.is_clitic(start + 1))
        || (ctx.is_cap(start)
            && start + 2 < sent_end
            && ctx.is_cap(start + 1)
            && ctx.is_clitic(start + 2));
    if !opener {
        return None;
    }
    let mut role = false;
    let mut j = start;
    while j < sent_end {
        let t = &ctx.doc.tokens()[j];
        // (an initial's period inside a name: "strategist at B. Riley Wealth")
        let initial = ctx.text(j) == "."
            && j > start
            && ctx.text(j - 1).len() == 1
            && ctx.is_cap(j - 1)
            && j + 1 < sent_end
            && ctx.is_cap(j + 1);
        if initial {
            j += 1;
            continue;
        }
        // (a campus after a university's comma: "at the University of California, Davis")
        if ctx.text(j) == "," {
            if let Some(after) = crate::detect::campus_end(ctx, start, j, sent_end) {
                j = after;
                continue;
            }
        }
        if t.is_quote()
            || (t.kind == TokenKind::Punct
                && matches!(
                    ctx.text(j),
                    "," | ";" | "." | ")" | "(" | "—" | "--" | ":" | "?" | "!"
                ))
        {
            break;
        }
        let l = ctx.lower(j);
        if j > start && ctx.is_lower_word(j) && lx.speech_verbs.contains(l) {
            return None; // "X, the group said" is a clause, not an appositive
        }
        if j < start + 7 && (lx.role_nouns.contains(l) || lx.titles.contains(l)) {
            role = true;
        }
        j += 1;
        if j - start > 20 {
            return None;
        }
    }
    if !role || j == start {
        return None;
    }
    // closed by a comma, a dash or the sentence end
    let closed = j >= sent_end
        || matches!(ctx.text(j), "," | "." | "—" | "--" | ";" | ")")
        || ctx.doc.tokens()[j].is_quote();
    if !closed {
        return None;
    }
    let toks = ctx.doc.tokens();
    Some(Span::new(toks[start].span.start(), toks[j - 1].span.end()))
}

/// Whether the name ending at token `end` (exclusive) is followed by an appositive that
/// calls it a firm: "Nova, the Canadian company that …", "El Paso Gas, a subsidiary of
/// Burlington Northern", "Little Folk Shop, a chain of discount stores". The noun must
/// close its phrase (a preposition, a relative word or punctuation after it), so that "X,
/// the company said" (a clause) and "X, a company founder" (a person) do not count.
pub fn firm_appositive(ctx: &Ctx, end: usize) -> bool {
    let Some(sent_end) = comma_after_name(ctx, end) else {
        return false;
    };
    if end + 2 >= sent_end {
        return false;
    }
    if !matches!(ctx.lower(end + 1), "a" | "an" | "the") {
        return false;
    }
    // up to four modifiers before the noun ("the Canadian", "a wholly owned")
    for k in end + 2..sent_end.min(end + 7) {
        let l = ctx.lower(k);
        if is_firm_noun(l) {
            let closes = k + 1 >= sent_end
                || matches!(ctx.text(k + 1), "," | "." | ";" | ")" | "—" | "--")
                || matches!(
                    ctx.lower(k + 1),
                    "of" | "that" | "which" | "whose" | "in" | "based" | "with" | "and"
                );
            return closes;
        }
        if ctx.doc.tokens()[k].kind == TokenKind::Punct && ctx.text(k) != "-" {
            return false;
        }
    }
    false
}

/// A noun that names a firm in an appositive.
fn is_firm_noun(lower: &str) -> bool {
    matches!(
        lower,
        "company"
            | "firm"
            | "subsidiary"
            | "unit"
            | "maker"
            | "concern"
            | "chain"
            | "corporation"
            | "conglomerate"
            | "retailer"
            | "insurer"
            | "utility"
            | "airline"
            | "bank"
            | "brokerage"
            | "manufacturer"
    )
}
