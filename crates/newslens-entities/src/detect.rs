//! Mention detection: capitalized name sequences (split from their titles and typed by
//! name lists, heads and the gazetteer), group nouns, pronouns, and nominal mentions
//! ("Kim’s advisor", "the president", "the ministry").

use std::borrow::Cow;

use crate::context::Ctx;
pub(crate) use crate::lexicon::is_legal_form;
use crate::lexicon::{is_kin_noun, is_office, lexicon, pronoun, Gender, Lexicon};
use newslens_core::output::entities::EntityKind;
use newslens_core::span::Span;
use newslens_core::text::{is_title_abbreviation, QuoteMark, TokenKind};

/// What a candidate mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandKind {
    /// A name of an entity of this kind; `strong` when typed by evidence (a title, the
    /// gazetteer, a first name, a head word), weak for a lone capitalized word.
    Name { kind: EntityKind, strong: bool },
    /// A capitalized single word of unknown type: kept only if it matches a known entity.
    Unknown,
    /// A generic group ("experts", "U.S. officials").
    Group,
    /// A pronoun.
    Pronoun(PronounKind),
    /// "X’s advisor": a role of the entity named by tokens `possessor`.
    PossessiveRole { possessor: (u32, u32) },
    /// "the president", "the ministry": head token `head`; `org` for organisations.
    Definite {
        head: u32,
        org: bool,
        /// Whether a place or nationality stands among the modifiers ("the Maine
        /// senator"): the place is a name of its own too.
        place_modifier: bool,
    },
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    /// "he", "she", "they": a person of this gender, or (plural) a group or organisation.
    Personal {
        /// The pronoun's gender (unknown for "they").
        gender: Gender,
        /// Whether it is plural.
        plural: bool,
    },
    /// "it" as the subject of a speech verb or an organisation's verb ("It said profits
    /// rose", "it reported a loss"): an organisation; in reported speech ("Bryson said it
    /// sold…") the speaker's name, which ends at byte `subject_end`, first.
    It {
        /// Where the word before the speech verb that introduces "it" ends, if one does.
        subject_end: Option<u32>,
        /// Whether that word is a lower-case word ("the group said it"): a subject that
        /// names no entity unless the entities layer resolved it ("the company").
        common_subject: bool,
    },
    /// "who" or "which" right after a name and a comma ("Baker, who said…"): the entity
    /// whose mention ends at byte `antecedent_end`, else, across an appositive ("Rita
    /// Das, chief economist at Meridian Bank, who said…"), at `across_end`; `person`
    /// for "who".
    Relative {
        /// Where the name before the comma ends.
        antecedent_end: u32,
        /// Where the name before the appositive ends, when there is one.
        across_end: Option<u32>,
        /// "who" (a person or group) rather than "which" (an organisation).
        person: bool,
    },
}

/// One candidate mention.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The mention's bytes.
    pub span: Span,
    /// Its tokens.
    pub tokens: (u32, u32),
    /// What it is.
    pub kind: CandKind,
    /// Gender suggested by a first name or title.
    pub gender: Gender,
    /// A description from a title before the name ("U.S. President").
    pub title: Option<Span>,
    /// Whether it lies inside quotation marks.
    pub in_quote: bool,
    /// Its sentence.
    pub sentence: u32,
}

/// Lower-case words that join the capitalized words of one name ("Bank of America",
/// "Ludwig van Beethoven").
fn is_connector(lower: &str) -> bool {
    matches!(
        lower,
        "&" | "de"
            | "del"
            | "der"
            | "di"
            | "du"
            | "for"
            | "la"
            | "of"
            | "van"
            | "von"
            | "da"
            | "dos"
            | "bin"
            | "ibn"
            | "bint"
            | "ben"
    )
}

/// Heads after which "of"/"for" continue an organisation or place name.
fn takes_of(lx: &Lexicon, lower: &str) -> bool {
    lx.org_heads.contains(lower)
        || lx.place_heads.contains(lower)
        || matches!(
            lower,
            "republic"
                | "university"
                | "bank"
                | "ministry"
                | "department"
                | "secretary"
                | "minister"
                | "institute"
                | "council"
                | "house"
                | "church"
                | "people’s"
                | "states"
                | "chamber"
                | "united"
                | "friends"
                | "association"
                | "school"
        )
}

/// Finds every candidate mention of the document, in text order.
pub fn detect(ctx: &Ctx) -> Vec<Candidate> {
    let lx = lexicon();
    let mut out = Vec::new();
    for (si, s) in ctx.doc.sentences().iter().enumerate() {
        let (first, end) = (s.first_token as usize, s.end_token as usize);
        let mut i = first;
        if let Some(place) = dateline_place(ctx, si) {
            out.push(Candidate {
                span: Span::new(
                    ctx.doc.tokens()[place.start].span.start(),
                    ctx.doc.tokens()[place.end - 1].span.end(),
                ),
                tokens: (place.start as u32, place.end as u32),
                kind: CandKind::Name {
                    kind: EntityKind::Place,
                    strong: true,
                },
                gender: Gender::Unknown,
                title: None,
                in_quote: ctx.in_quote[place.start],
                sentence: si as u32,
            });
            i = place.end;
        }
        while i < end {
            let lower = ctx.lower(i);
            // a possessive pronoun's role in apposition to a name ("Its chief executive,
            // Daniel Ek, wrote"): a mention of that person, like "the governor, Greg
            // Abbott,"
            if matches!(lower, "its" | "his" | "her" | "their") && i + 1 < end {
                if let Some(c) = definite(ctx, i, end, si).filter(|c| {
                    let after = c.tokens.1 as usize;
                    matches!(c.kind, CandKind::Definite { org: false, .. })
                        && after + 1 < end
                        && ctx.is_punct(after, ",")
                        && ctx.is_cap(after + 1)
                }) {
                    // (the pronoun stays its possessor's mention too)
                    out.push(c);
                }
            }
            if let Some(kind) = pronoun_at(ctx, i, lower, first, end) {
                if ctx.doc.tokens()[i].is_wordlike() {
                    let gender = match kind {
                        PronounKind::Personal { gender, .. } => gender,
                        _ => Gender::Unknown,
                    };
                    let mut c = single(ctx, i, si, CandKind::Pronoun(kind), gender);
                    // the mention is the pronoun without its contracted auxiliary
                    let cut = lower.len() - contraction_base(lower).len();
                    if cut > 0 {
                        c.span = Span::new(c.span.start(), c.span.end() - cut);
                    }
                    out.push(c);
                }
                i += 1;
                continue;
            }
            if lx.group_nouns.contains(lower) && ctx.doc.tokens()[i].is_wordlike() {
                out.push(group(ctx, first, i, si));
                i += 1;
                continue;
            }
            if lower == "the" && i + 1 < end {
                if let Some(c) = definite(ctx, i, end, si) {
                    i = match c.kind {
                        CandKind::Definite {
                            place_modifier: true,
                            ..
                        } => i + 1,
                        _ => c.tokens.1 as usize,
                    };
                    out.push(c);
                    continue;
                }
            }
            // a headline's verb, or a title-case preposition where a headline's name was
            // cut ("Sean Spicer Under Fire", "Support Behind Donald Trump"), or the "And"
            // between two of its people, opens no name
            if i > first
                && ctx.is_cap(i)
                && (ends_headline_name(ctx, i, end)
                    || ctx.is_cap(i - 1)
                        && (is_headline_function_word(ctx, i)
                            || joins_headline_people(ctx, i, end)
                            || follows_headline_people(ctx, i, end)))
            {
                i += 1;
                continue;
            }
            if ctx.is_cap(i) {
                let j = sequence_end(ctx, i, end);
                name_sequence(ctx, i, j, first, si, &mut out);
                i = j;
                continue;
            }
            i += 1;
        }
    }
    coordinate_people(ctx, &mut out);
    out
}

/// Makes a person of each lone word of unknown type joined by "and" or "or" to a
/// person's name with a gender (from a first name, a title or the list of public
/// figures: "Obama and O'Malley", "Hillary Clinton and Kaine"), when it has a name's
/// shape ([`name_shaped`]) and is neither the head of a longer name or title ("Economy
/// minister", "Undersecretary of State"), a family firm's word ("L. Luria and Son"), nor
/// a word of a firm's name in the article.
fn coordinate_people(ctx: &Ctx, out: &mut [Candidate]) {
    let is_person = |c: &Candidate| {
        matches!(
            c.kind,
            CandKind::Name {
                kind: EntityKind::Person,
                strong: true,
            }
        ) && c.gender != Gender::Unknown
    };
    let joined = |left: &Candidate, right: &Candidate| {
        left.sentence == right.sentence
            && left.tokens.1 + 1 == right.tokens.0
            && matches!(ctx.lower(left.tokens.1 as usize), "and" | "or")
    };
    let unknown_name = |c: &Candidate| {
        let k = c.tokens.0 as usize;
        let after = k + 1;
        c.kind == CandKind::Unknown
            && c.tokens.1 == c.tokens.0 + 1
            && (after >= ctx.doc.tokens().len()
                || !ctx.is_cap(after)
                    && ctx.lower(after) != "of"
                    && !lexicon().titles.contains(ctx.lower(after)))
            && !matches!(
                ctx.lower(k),
                "son" | "sons" | "brothers" | "nephew" | "daughters"
            )
            && name_shaped(ctx, k, ctx.lower(k))
    };
    let person = CandKind::Name {
        kind: EntityKind::Person,
        strong: false,
    };
    // a word of a firm's name ("Narragansett" after "Narragansett Capital Inc") is left
    // to join the firm
    let firm_word = |out: &[Candidate], c: &Candidate| {
        let word = ctx.lower(c.tokens.0 as usize);
        out.iter().any(|o| {
            matches!(
                o.kind,
                CandKind::Name {
                    kind: EntityKind::Organization,
                    ..
                }
            ) && o.tokens.1 > o.tokens.0 + 1
                && (o.tokens.0..o.tokens.1).any(|k| ctx.lower(k as usize) == word)
        })
    };
    // (a word made a person here is a weak name, no person to join another to, so one
    // pass over the joined pairs, either way round, is enough)
    let joins = |out: &[Candidate], named: usize, other: usize| {
        is_person(&out[named]) && unknown_name(&out[other]) && !firm_word(out, &out[other])
    };
    for i in 1..out.len() {
        if !joined(&out[i - 1], &out[i]) {
            continue;
        }
        if joins(out, i - 1, i) {
            out[i].kind = person;
        } else if joins(out, i, i - 1) {
            out[i - 1].kind = person;
        }
    }
}

/// How many tokens an appositive between a name and "who" may have ("Rita Das, chief
/// economist at Meridian Bank, who").
const MAX_APPOSITIVE: usize = 12;

/// The pronoun at token `i` (lower-cased `lower`) of the sentence `[first, end)`: a
/// personal pronoun, "it" before a speech verb or an organisation's verb, or
/// "who"/"which" after a comma.
fn pronoun_at(ctx: &Ctx, i: usize, lower: &str, first: usize, end: usize) -> Option<PronounKind> {
    if let Some((gender, plural)) = pronoun(contraction_base(lower)) {
        return Some(PronounKind::Personal { gender, plural });
    }
    match lower {
        "it" if speaks_next(ctx, i + 1, end) || acts_next(ctx, i + 1, end) => {
            let subject = reported_subject(ctx, i, first);
            Some(PronounKind::It {
                subject_end: subject.map(|k| ctx.doc.tokens()[k].span.end() as u32),
                common_subject: subject.is_some_and(|k| ctx.is_lower_word(k)),
            })
        }
        "who" | "which" if i >= first + 2 && ctx.is_punct(i - 1, ",") => {
            // the comma that opens an appositive, a few words back in the sentence
            let across = (first + 1..i - 1)
                .rev()
                .take(MAX_APPOSITIVE)
                .find(|&k| ctx.is_punct(k, ","));
            Some(PronounKind::Relative {
                antecedent_end: ctx.doc.tokens()[name_end(ctx, i - 2, first)].span.end() as u32,
                across_end: across.map(|k| ctx.doc.tokens()[k - 1].span.end() as u32),
                person: lower == "who",
            })
        }
        _ => None,
    }
}

/// A word without the contracted auxiliary the tokenizer leaves on it ("he'll", "she’d",
/// "they've" → "he", "she", "they"); other words unchanged.
fn contraction_base(lower: &str) -> &str {
    // only "he…", "she…" and "they…" matter: most tokens leave here
    if !(4..=9).contains(&lower.len()) || !matches!(lower.as_bytes()[0], b'h' | b's' | b't') {
        return lower;
    }
    for suffix in ["'ll", "’ll", "'d", "’d", "'ve", "’ve", "'re", "’re"] {
        if let Some(base) = lower.strip_suffix(suffix) {
            return base;
        }
    }
    lower
}

/// Whether a speech verb comes at token `j`, or after one adverb ("it also said", "it
/// previously reported"), before the sentence's `end`.
fn speaks_next(ctx: &Ctx, j: usize, end: usize) -> bool {
    let lx = lexicon();
    let speech = |k: usize| k < end && lx.speech_verbs.contains(ctx.lower(k));
    speech(j)
        || j < end && (ctx.lower(j) == "also" || ctx.lower(j).ends_with("ly")) && speech(j + 1)
}

/// The last token of the subject of the speech verb right before "it" at token `i`
/// ("Bryson said it", "the company also said earlier it"), within the sentence that
/// starts at `first`: the reported "it" is most often that speaker.
fn reported_subject(ctx: &Ctx, i: usize, first: usize) -> Option<usize> {
    let lx = lexicon();
    let mut k = i.checked_sub(1)?;
    // "said that it", "said earlier it"
    while k > first && matches!(ctx.lower(k), "that" | "earlier" | "today" | "yesterday") {
        k -= 1;
    }
    if k <= first || !lx.speech_verbs.contains(ctx.lower(k)) {
        return None;
    }
    k -= 1;
    // "Mobil also said it"
    while k > first && (ctx.lower(k) == "also" || ctx.lower(k).ends_with("ly")) {
        k -= 1;
    }
    Some(name_end(ctx, k, first))
}

/// How far back a bracketed name or ticker may open (`<Omnibus Computer Graphics Inc>`).
const MAX_BRACKETED: usize = 8;

/// The last token of the name that token `k` ends, stepping over the brackets of wire
/// copy: a name inside them ("<Versatile Corp> said", "(Ionic Inc), which") ends before
/// the closing bracket, a name before a bracketed ticker ("Siemens AG <SIEG.F>, which")
/// before the opening one; `k` itself otherwise. `first` is the sentence's first token.
fn name_end(ctx: &Ctx, k: usize, first: usize) -> usize {
    let open = if ctx.is_punct(k, ">") {
        "<"
    } else if ctx.is_punct(k, ")") {
        "("
    } else {
        return k;
    };
    let Some(o) = (first..k)
        .rev()
        .take(MAX_BRACKETED)
        .find(|&o| ctx.is_punct(o, open))
    else {
        return k;
    };
    if o > first && ctx.is_cap(o - 1) {
        o - 1
    } else {
        k.saturating_sub(1).max(o)
    }
}

/// How many auxiliaries, negations and adverbs may stand between "it" and its verb ("it
/// would not say", "it has also called").
const MAX_VERB_GAP: usize = 3;

/// Whether an organisation's verb ([`Lexicon::organisation_verbs`], or a speech verb)
/// comes at token `j`, after up to [`MAX_VERB_GAP`] auxiliaries, "not" or adverbs ("it
/// reported a loss", "it did not say", "It has also criticised"), before the sentence's
/// `end`.
fn acts_next(ctx: &Ctx, j: usize, end: usize) -> bool {
    let lx = lexicon();
    let mut k = j;
    while k < end && k < j + MAX_VERB_GAP && is_verb_gap(ctx.lower(k)) {
        k += 1;
    }
    k < end
        && ctx.is_lower_word(k)
        && (lx.organisation_verbs.contains(ctx.lower(k))
            || k > j && lx.speech_verbs.contains(ctx.lower(k)))
}

/// An auxiliary, "not" or an adverb between a subject and its verb.
fn is_verb_gap(lower: &str) -> bool {
    matches!(
        lower,
        "did"
            | "does"
            | "do"
            | "would"
            | "will"
            | "could"
            | "can"
            | "has"
            | "have"
            | "had"
            | "may"
            | "might"
            | "should"
            | "must"
            | "not"
            | "n't"
            | "also"
            | "first"
            | "still"
            | "now"
            | "then"
            | "later"
            | "earlier"
    ) || lower.len() > 4 && lower.ends_with("ly")
}

fn single(ctx: &Ctx, i: usize, si: usize, kind: CandKind, gender: Gender) -> Candidate {
    Candidate {
        span: ctx.doc.tokens()[i].span,
        tokens: (i as u32, i as u32 + 1),
        kind,
        gender,
        title: None,
        in_quote: ctx.in_quote[i],
        sentence: si as u32,
    }
}

/// A group noun with its capitalized or national modifiers ("North Korean officials").
fn group(ctx: &Ctx, first: usize, i: usize, si: usize) -> Candidate {
    let lx = lexicon();
    let mut start = i;
    while start > first {
        let p = start - 1;
        let l = ctx.lower(p);
        // (not a capitalized verb whose object the group is: "Telling farmers to switch
        // …"; "Banking sources" keeps its modifier)
        let verb_form = matches!(
            l,
            "telling"
                | "asking"
                | "helping"
                | "letting"
                | "making"
                | "forcing"
                | "paying"
                | "hiring"
                | "firing"
                | "urging"
                | "allowing"
                | "encouraging"
                | "persuading"
                | "convincing"
                | "giving"
                | "sending"
                | "keeping"
                | "blaming"
                | "protecting"
                | "punishing"
        );
        if (ctx.is_cap(p) && !lx.not_names.contains(l) && !verb_form)
            || lx.demonyms.contains(l)
            || matches!(
                l,
                "administration"
                    | "government"
                    | "military"
                    | "intelligence"
                    | "campaign"
                    | "senior"
                    | "top"
            )
        {
            start = p;
        } else {
            break;
        }
    }
    let toks = ctx.doc.tokens();
    Candidate {
        span: Span::new(toks[start].span.start(), toks[i].span.end()),
        tokens: (start as u32, i as u32 + 1),
        kind: CandKind::Group,
        gender: Gender::Unknown,
        title: None,
        in_quote: ctx.in_quote[i],
        sentence: si as u32,
    }
}

/// "the president", "the ministry", "the former senator": a definite role or
/// organisation noun not followed by a name or "of".
fn definite(ctx: &Ctx, i: usize, end: usize, si: usize) -> Option<Candidate> {
    let lx = lexicon();
    let mut j = i + 1;
    // a place or nationality before an office ("the Maine senator", "the Turkish president")
    let mut place_modifier = false;
    while j < end && j < i + 3 {
        let l = ctx.lower(j);
        // (a modifier that is a role itself heads the phrase when no word follows: "the
        // chief executive,")
        let head_here = lx.titles.contains(l)
            && lx.role_nouns.contains(l)
            && !(j + 1 < end && ctx.is_lower_word(j + 1));
        if lx.title_modifiers.contains(l) && ctx.is_lower_word(j) && !head_here {
            j += 1;
        } else if ctx.is_cap(j)
            && (lx.places.contains(l) || lx.demonyms.contains(l))
            && j + 1 < end
            && is_office(ctx.lower(j + 1))
            // (an organisation's role in apposition to a name: "The U.N. envoy, Martin
            // Lindqvist,")
            || names_known_thing(ctx, j)
                && j + 3 < end
                && ctx.is_lower_word(j + 1)
                && lx.titles.contains(ctx.lower(j + 1))
                && lx.role_nouns.contains(ctx.lower(j + 1))
                && ctx.is_punct(j + 2, ",")
                && ctx.is_cap(j + 3)
        {
            place_modifier = true;
            j += 1;
        } else if l == "veteran" && j + 1 < end && ctx.is_lower_word(j + 1) {
            j += 1;
        } else {
            break;
        }
    }
    if j >= end || !ctx.is_lower_word(j) && !ctx.is_cap(j) {
        return None;
    }
    let l = ctx.lower(j);
    // "the foreign exchange" is money, not a market
    if l == "exchange" && ctx.lower(j - 1) == "foreign" {
        return None;
    }
    let org = lx.org_nominals.contains(l);
    // (a relative is a role only in apposition to a name: "Her daughter, Denise Park,")
    let kin_in_apposition =
        is_kin_noun(l) && j + 2 < end && ctx.is_punct(j + 1, ",") && ctx.is_cap(j + 2);
    let role = lx.titles.contains(l) && lx.role_nouns.contains(l) || kin_in_apposition;
    if !org && !role {
        return None;
    }
    // followed by a name ("the president Donald Trump") or a complement ("of the bank");
    // a role's possessive is the role ("the president’s move"), unless a name follows
    // ("the President’s Export Council")
    if j + 1 < end
        && (ctx.is_cap(j + 1)
            || matches!(ctx.lower(j + 1), "of" | "for")
            || matches!(ctx.lower(j + 1), "’s" | "'s") && (org || j + 2 < end && ctx.is_cap(j + 2)))
    {
        return None;
    }
    // a capitalized head is a name ("the Senate"): let the name rules take it; not an
    // office's ("the President said")
    if ctx.is_cap(j) && !(role && is_office(l)) {
        return None;
    }
    // the head of a longer noun ("the bank holding company", "the fund manager", "the
    // exchange rate") is no mention of its own
    if j + 1 < end && ctx.is_lower_word(j + 1) && lx.compound_nouns.contains(ctx.lower(j + 1)) {
        return None;
    }
    let toks = ctx.doc.tokens();
    Some(Candidate {
        span: Span::new(toks[i].span.start(), toks[j].span.end()),
        tokens: (i as u32, j as u32 + 1),
        kind: CandKind::Definite {
            head: j as u32,
            org,
            place_modifier,
        },
        gender: Gender::Unknown,
        title: None,
        in_quote: ctx.in_quote[j],
        sentence: si as u32,
    })
}

/// Whether the capitalized token `j` (the callers test the capital) is a verb of a
/// title-case headline, which ends the name before it ("Lindsey Graham Says", "Ben
/// Carson Throws Support"): a headline verb ([`Lexicon::headline_verbs`]), or an
/// auxiliary in title case, not capitals ("Kris Kobach Was Found In Contempt"; not in
/// all-capital wire text) that no organisation's head follows ("Turkiye Is Bankasi").
fn ends_headline_name(ctx: &Ctx, j: usize, end: usize) -> bool {
    let lower = ctx.lower(j);
    let auxiliary = matches!(lower, "is" | "was" | "are" | "has" | "had");
    if !auxiliary {
        return lexicon().headline_verbs.contains(lower);
    }
    let title_case = second_letter_lower(ctx, j);
    let next = j + 1;
    let org_follows = next < end
        && ctx.is_cap(next)
        && (lexicon().org_heads.contains(ctx.lower(next))
            || is_bank_word(ctx.lower(next))
            || is_legal_form(ctx.lower(next)));
    title_case && !org_follows
}

/// Whether token `j` is a preposition, adverb or modal written in title case ("Under",
/// "After", "Just", "Would"), as headlines write them.
fn is_headline_function_word(ctx: &Ctx, j: usize) -> bool {
    // two to seven letters, the second in lower case: cheap tests before the word list
    (2..=7).contains(&ctx.text(j).len())
        && second_letter_lower(ctx, j)
        && matches!(
            ctx.lower(j),
            "under"
                | "after"
                | "with"
                | "for"
                | "to"
                | "on"
                | "in"
                | "at"
                | "by"
                | "over"
                | "behind"
                | "against"
                | "just"
                | "would"
                | "must"
                | "could"
                | "should"
                | "can"
                | "does"
                | "did"
                | "not"
                | "also"
        )
}

/// Whether token `j`'s second byte is a lower-case ASCII letter: a word in title case
/// ("Was"), not in capitals ("WAS").
fn second_letter_lower(ctx: &Ctx, j: usize) -> bool {
    ctx.text(j)
        .as_bytes()
        .get(1)
        .is_some_and(u8::is_ascii_lowercase)
}

/// The end of the capitalized sequence starting at `i` (connectors included when they
/// join an organisation or place name: "Bank of America", "People’s Republic of Korea"),
/// with a university's campus after a comma ("University of California, Davis").
fn sequence_end(ctx: &Ctx, i: usize, end: usize) -> usize {
    let j = run_end(ctx, i, end);
    campus_end(ctx, i, j, end).unwrap_or(j)
}

/// The end of a campus named after a comma when the run `i..j` is "University of" a
/// place: one or two capitalized words, then punctuation or a lower-case word
/// ("University of California, Davis said", "University of California, Los Angeles.").
pub(crate) fn campus_end(ctx: &Ctx, i: usize, j: usize, end: usize) -> Option<usize> {
    let of = (i + 1..j).rev().find(|&k| ctx.lower(k) == "of")?;
    let university = ctx.lower(of - 1) == "university";
    if !university || !lexicon().places.contains(ctx.lower(of + 1)) {
        return None;
    }
    if !(j + 1 < end && ctx.is_punct(j, ",") && ctx.is_cap(j + 1)) {
        return None;
    }
    let words = if j + 2 < end && ctx.is_cap(j + 2) {
        2
    } else {
        1
    };
    let after = j + 1 + words;
    let punct = |k: usize| {
        matches!(
            ctx.doc.tokens()[k].kind,
            TokenKind::Punct | TokenKind::Symbol | TokenKind::Quote(_)
        )
    };
    let closes = after >= end || punct(after) || ctx.is_lower_word(after);
    closes.then_some(after)
}

/// [`sequence_end`] without a campus.
fn run_end(ctx: &Ctx, i: usize, end: usize) -> usize {
    let lx = lexicon();
    let after_and = i > 0 && is_title_and(ctx, i - 1);
    let mut j = i + 1;
    loop {
        if j >= end {
            return j;
        }
        // an initial's or a title's period: "John F. Kennedy", "Sen. Warren"
        if j + 1 < end
            && ctx.is_punct(j, ".")
            && !ctx.doc.tokens()[j].space_before
            && ctx.is_cap(j - 1)
            && (ctx.text(j - 1).len() == 1 || is_title_abbreviation(ctx.text(j - 1)))
            && ctx.is_cap(j + 1)
        {
            j += 2;
            continue;
        }
        if ctx.is_cap(j) && !ctx.doc.tokens()[j].is_quote() {
            // a reporting verb of a title-case headline ends the name: "Lindsey Graham
            // Says", "Chris Christie Calls Hillary Clinton …"
            if ends_headline_name(ctx, j, end) {
                return j;
            }
            // a headline's "And" between people: "Clinton And Sanders Show …"
            if joins_headline_people(ctx, j, end) {
                return j;
            }
            // the second of them ends with its name words ("Sanders" in "Clinton And
            // Sanders Show Their Differences")
            if after_and && !is_known_name(lx, ctx.lower(j)) {
                return j;
            }
            // a preposition, adverb or modal in title case after a person's first name and
            // one more word is a headline's, not the name's ("Sean Spicer Under Fire
            // After …", "Donald Trump Just Threw …")
            // (or after any word, in a headline verb's object: "Throws Support Behind
            // Donald Trump")
            if is_headline_function_word(ctx, j)
                && (j >= i + 2 && lx.first_name(ctx.lower(i)).is_some()
                    || i > 0 && ctx.is_cap(i - 1) && ends_headline_name(ctx, i - 1, end))
            {
                return j;
            }
            // a new sentence-like break: "Trump Monday" is still one run; good enough
            j += 1;
            continue;
        }
        let l = ctx.lower(j);
        // "International Committee of the Red Cross", "Court of Appeals for the
        // 11th Circuit": "of the" after an organisation's head
        if matches!(l, "of" | "for") && j > i && j + 2 < end && ctx.lower(j + 1) == "the" {
            let next = if is_ordinal(ctx.text(j + 2)) {
                j + 3
            } else {
                j + 2
            };
            let head = ctx.lower(j - 1);
            // (not after a firm's legal form, "Trafalgar House Ltd of the U.K.", a
            // legislature, "told Congress of the plans", or a person's name, "Lawrence
            // Mills of the Federation"; not before a nationality, "Office of the Swiss",
            // or a possessive, "the Council of the Lloyd's market")
            let of_org = l == "of"
                && lx.org_heads.contains(head)
                && !is_legal_form(head)
                && !matches!(head, "congress" | "senate" | "house" | "parliament")
                && !(j == i + 2 && lx.first_name(ctx.lower(i)).is_some());
            let part_end = cap_run_end(ctx, next, end);
            let court_part =
                part_end > next && matches!(ctx.lower(part_end - 1), "circuit" | "district");
            let nationality = part_end == next + 1 && lx.demonyms.contains(ctx.lower(next));
            let possessive = part_end < end && ctx.is_clitic(part_end);
            let whole = !nationality && !possessive;
            if next < end && ctx.is_cap(next) && whole && (of_org || l == "for" && court_part) {
                j = next + 1;
                continue;
            }
        }
        if j + 1 < end && ctx.is_cap(j + 1) {
            let prev = ctx.lower(j - 1);
            // (not two firms named to the same head: "Rust Ventures and Orien Ventures",
            // "Hongkong Bank and Hang Seng Bank"; "Central Bank and Trust Co" is one)
            let two_firms = j >= i + 2
                && lx.org_heads.contains(prev)
                && ctx.lower(cap_run_end(ctx, j + 1, end) - 1) == prev;
            if l == "and"
                && ctx.is_cap(j - 1)
                && !is_legal_form(prev)
                && !two_firms
                && (run_ends_in_org(ctx, j + 1, end) || known_pair(ctx, j))
            {
                j += 2;
                continue;
            }
            if is_connector(l) && ctx.doc.tokens()[j].space_before {
                let ok = match l {
                    "of" | "for" => takes_of(lx, prev),
                    "&" => true,
                    _ => j > i && ctx.is_cap(j - 1) && !lx.titles.contains(prev),
                };
                if ok {
                    j += 2;
                    continue;
                }
            }
            // a plural possessive inside an organisation's name ("Halvik Dockworkers’
            // Union", "Workers' Party")
            if plural_possessive(ctx, j) && run_ends_in_org(ctx, j + 1, end) {
                j += 2;
                continue;
            }
            if ctx.is_clitic(j) && (prev == "people" || possessive_in_firm_name(ctx, j, end)) {
                j += 2;
                continue;
            }
        }
        return j;
    }
}

/// Whether the run `n0..b` is "Black" or "White" written as an adjective of people: before
/// a lower-case noun ("the first Black woman", "White residents") or a plural nationality
/// ("Black Americans"), not a surname before its verb ("Black said").
fn race_adjective(ctx: &Ctx, n0: usize, b: usize) -> bool {
    if !matches!(ctx.lower(n0), "black" | "white") || b - n0 > 2 {
        return false;
    }
    if b - n0 == 2 {
        let second = ctx.lower(n0 + 1);
        return second.ends_with("ans") || second.ends_with("ers");
    }
    let Some(next) = (b < ctx.doc.tokens().len()).then_some(b) else {
        return false;
    };
    let l = ctx.lower(next);
    ctx.is_lower_word(next)
        && !lexicon().speech_verbs.contains(l)
        && !is_function_word(l)
        && !l.ends_with("ed")
        && !matches!(l, "is" | "was" | "has" | "had" | "will" | "would" | "who")
}

/// Whether the lone word at `n0` is joined by "and" or "or" to an organisation's name:
/// one ending in a legal form, a known organisation or an acronym ("Morgan Stanley and Lazard advised Kestrel", "Lazard or IBM").
fn coordinated_with_org(ctx: &Ctx, n0: usize) -> bool {
    let lx = lexicon();
    let is_org = |a: usize, b: usize| {
        // (not a head word alone, which "and" may continue: "Nippon Telegraph and
        // Telephone", "Energy and Commerce")
        is_legal_form(ctx.lower(b - 1))
            || b - a == 1 && ctx.is_acronym(a)
            || lx.orgs.contains(&gazetteer_phrase(ctx, a, b))
    };
    let end = ctx.doc.sentences()[ctx.sentence_of[n0] as usize].end_token as usize;
    // (a name of letters only, and a whole one: not the first of a firm's several names,
    // "Goldman, Sachs", "Kidder, Peabody", nor a rating, "AA and A-minus")
    let word = ctx.text(n0);
    let next = n0 + 1;
    let whole = next < end
        && (ctx.is_lower_word(next) || ctx.is_punct(next, "."))
        && !matches!(ctx.lower(next), "and" | "or")
        && !ctx.is_clitic(next);
    if word.len() < 4 || !word.bytes().all(|b| b.is_ascii_alphabetic()) || !whole {
        return false;
    }
    let joined = |k: usize| matches!(ctx.lower(k), "and" | "or");
    let before = n0 >= 2 && joined(n0 - 1) && ctx.is_cap(n0 - 2) && {
        let b = n0 - 1;
        let mut a = b - 1;
        while a > 0 && b - a < 5 && ctx.is_cap(a - 1) {
            a -= 1;
        }
        is_org(a, b)
    };
    before
        || n0 + 2 < end && joined(n0 + 1) && ctx.is_cap(n0 + 2) && {
            let b = cap_run_end(ctx, n0 + 2, end);
            b - (n0 + 2) <= 5 && is_org(n0 + 2, b)
        }
}

/// Whether the name `n0..b` of two words or more names a product's model: "models"
/// follows, right after it or after "and" and another name ("Nordlys City and Nordlys
/// Trail models", "Ford Taurus models" are not entities; a maker's name alone is:
/// "Hyundai models").
fn names_a_model(ctx: &Ctx, n0: usize, b: usize) -> bool {
    if b - n0 < 2 {
        return false;
    }
    let n = ctx.doc.tokens().len();
    let is_models = |k: usize| k < n && matches!(ctx.lower(k), "model" | "models");
    is_models(b)
        || b + 1 < n
            && matches!(ctx.lower(b), "and" | "or")
            && ctx.is_cap(b + 1)
            && is_models(cap_run_end(ctx, b + 1, n))
}

/// Whether the name at `n0` follows the lower-case noun of an organisation that it names
/// ("the group Privacy First", "the nonprofit Public Health Watch", "the start-up Lumen").
fn named_by_org_noun(ctx: &Ctx, n0: usize) -> bool {
    n0 > 0
        && ctx.is_lower_word(n0 - 1)
        && matches!(
            ctx.lower(n0 - 1),
            "group"
                | "nonprofit"
                | "charity"
                | "coalition"
                | "organization"
                | "organisation"
                | "start-up"
                | "startup"
                | "lobby"
                | "watchdog"
                | "firm"
                | "company"
        )
}

/// Whether `text` is an ordinal written in digits ("11th", "2nd").
fn is_ordinal(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&text[digits..], "st" | "nd" | "rd" | "th")
}

/// Whether the words around the "and" at `j` name a known organisation ("S and P").
/// (Rare: only capitalized words joined by "and" get here, so the key is built.)
fn known_pair(ctx: &Ctx, j: usize) -> bool {
    let key = [ctx.lower(j - 1), " and ", ctx.lower(j + 1)].concat();
    lexicon().orgs.contains(&key)
}

/// Whether token `j` is a title-case "And" between two people's names in a headline
/// ("Clinton And Sanders Show …", "Hillary Clinton And Bernie Sanders"): a first or last
/// name on either side, and no organisation's head ending the run after it ("Johnson And
/// Johnson Co" stays one firm).
fn joins_headline_people(ctx: &Ctx, j: usize, end: usize) -> bool {
    if !is_title_and(ctx, j) {
        return false;
    }
    let lx = lexicon();
    j > 0
        && j + 1 < end
        && ctx.is_cap(j - 1)
        && ctx.is_cap(j + 1)
        && is_known_name(lx, ctx.lower(j - 1))
        && is_known_name(lx, ctx.lower(j + 1))
        && !run_ends_in_org(ctx, j + 1, end)
        && !known_pair(ctx, j)
}

/// Whether token `j` is "And" in title case (its length first: the test runs on every
/// capitalized word of a run).
#[inline]
fn is_title_and(ctx: &Ctx, j: usize) -> bool {
    ctx.doc.tokens()[j].span.len() == 3 && ctx.text(j) == "And"
}

/// Whether token `i` is the word after the second of two people a headline's "And" joins
/// (its verb: "Visit" in "Obama And Biden Visit Ohio Plant").
fn follows_headline_people(ctx: &Ctx, i: usize, end: usize) -> bool {
    // the "And" first, a few capitalized words back (no word-list probe before it is found)
    let Some(and) = (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| ctx.is_cap(k))
        .find(|&k| is_title_and(ctx, k))
    else {
        return false;
    };
    let lx = lexicon();
    and + 1 < i
        && (and + 1..i).all(|k| is_known_name(lx, ctx.lower(k)))
        && joins_headline_people(ctx, and, end)
}

/// Whether a lower-cased word is a known first name, frequent surname or public figure
/// named alone (not [`Ctx::is_name_word`], which asks about a token's shape).
fn is_known_name(lx: &Lexicon, lower: &str) -> bool {
    lx.first_name(lower).is_some() || lx.is_last_name(lower) || lx.public_figure(lower).is_some()
}

/// The head of the name at tokens `[a, b)`: the word before its first "of" or "for"
/// ("Public Service Co of New Mexico", "Government of Bermuda"), else its last word.
pub(crate) fn head_index(ctx: &Ctx, a: usize, b: usize) -> usize {
    (a + 1..b)
        .find(|&k| matches!(ctx.lower(k), "of" | "for"))
        .map_or(b - 1, |k| k - 1)
}

/// Whether the capitalized run starting at `i` ends in an organisation head
/// ("Exchange Commission" in "Securities and Exchange Commission").
fn run_ends_in_org(ctx: &Ctx, i: usize, end: usize) -> bool {
    let j = cap_run_end(ctx, i, end);
    j > i && lexicon().org_heads.contains(ctx.lower(j - 1))
}

/// The end of the capitalized run starting at `i`, through a possessive that joins a
/// firm's name ("Poor's Corp" in "Standard and Poor's Corp").
fn cap_run_end(ctx: &Ctx, i: usize, end: usize) -> usize {
    let mut j = i;
    while j < end && ctx.is_cap(j) {
        j += 1;
        if possessive_in_firm_name(ctx, j, end) {
            j += 1;
        }
    }
    j
}

/// Whether token `j` is the apostrophe of a plural possessive: glued to a capitalized
/// word ending in "s" ("Dockworkers’").
fn plural_possessive(ctx: &Ctx, j: usize) -> bool {
    j > 0
        && matches!(ctx.text(j), "’" | "'")
        && !ctx.doc.tokens()[j].space_before
        && ctx.is_cap(j - 1)
        && ctx.lower(j - 1).ends_with('s')
}

/// Whether the possessive at `j` belongs to a firm's name: it follows a capitalized word
/// that is no place ("Moody's", "McDonald's", not "Japan's") and the capitalized run after
/// it ends in a legal form ("Moody's Investors Service Inc", "Poor's Corp").
fn possessive_in_firm_name(ctx: &Ctx, j: usize, end: usize) -> bool {
    if j + 1 >= end || j == 0 || !ctx.is_clitic(j) || !ctx.is_cap(j + 1) {
        return false;
    }
    let lx = lexicon();
    let before = ctx.lower(j - 1);
    if lx.places.contains(before) || lx.demonyms.contains(before) {
        return false;
    }
    let mut k = j + 1;
    while k < end && ctx.is_cap(k) {
        k += 1;
    }
    is_legal_form(ctx.lower(k - 1))
}

/// Splits one capitalized sequence `[a, b)` into title and name, types it, and pushes
/// its candidates (and a possessive role after it).
fn name_sequence(ctx: &Ctx, a: usize, b: usize, first: usize, si: usize, out: &mut Vec<Candidate>) {
    let lx = lexicon();
    let toks = ctx.doc.tokens();
    let mut a = a;
    // leading words that are never names ("The", "But"), unless a title or the start of
    // a known name ("New York", "New Zealand")
    // (the known prefix at `a` is looked up once and kept for the split below)
    let prefix_at = |a: usize| if a < b { known_prefix(ctx, a, b) } else { None };
    let mut prefix = prefix_at(a);
    // (an adjective or acronym that opens an organisation's name stays: "International
    // Monetary Fund", "National Security Council", "Congressional Budget Office", "Public Service Co", "AM
    // International Inc", whose "AM" is no "a.m.")
    let org_name = b - a >= 2 && {
        // the head: the word before "of" ("Public Service Co of New Mexico"), or the last
        let head = head_index(ctx, a, b);
        let h = ctx.lower(head);
        head > a && (lx.org_heads.contains(h) || is_legal_form(h))
    };
    while a < b
        && prefix.is_none()
        && lx.not_names.contains(ctx.lower(a))
        && !lx.titles.contains(ctx.lower(a))
        && !(org_name
            && a + 1 < b
            && ctx.is_cap(a)
            && (is_org_adjective(ctx.lower(a)) || ctx.is_acronym(a)))
    {
        a += 1;
        prefix = prefix_at(a);
    }
    // a known place or organisation opening the run is a name of its own ("New York
    // May" in a price table), unless the run goes on to a head word of a longer name
    // ("New York Stock Exchange", "Hong Kong Bank")
    if let Some(k) = prefix {
        if k < b && !ends_in_head(lx, ctx.lower(b - 1)) {
            name_sequence(ctx, a, k, first, si, out);
            name_sequence(ctx, k, b, first, si, out);
            return;
        }
    }
    let b = without_trailing_non_names(ctx, a, b);
    if a >= b {
        return;
    }
    // group nouns written with a capital ("Democrats")
    if b - a == 1 && lx.group_nouns.contains(ctx.lower(a)) {
        out.push(group(ctx, first, a, si));
        return;
    }
    // the last title inside the sequence splits title from name
    let mut name_start = a;
    let mut has_title = false;
    let mut gender = Gender::Unknown;
    // an organisation's name may hold a title word ("Justice Department", "Executive
    // Commission", "General Motors Corp"), as may a known name ("Major League Soccer")
    let org_name = lx.org_heads.contains(ctx.lower(b - 1)) || prefix == Some(b);
    for k in a..b.saturating_sub(1) {
        let l = ctx.lower(k);
        if lx.titles.contains(l) && !org_name && !adjective_not_title(ctx, k) {
            // "Secretary of State Mike Pompeo": the title runs through its complement
            name_start = if k + 3 < b && matches!(ctx.lower(k + 1), "of" | "for") {
                k + 3
            } else if ctx.is_punct(k + 1, ".") {
                k + 2
            } else {
                k + 1
            };
            has_title = true;
            let g = lx.title_gender(l.trim_end_matches('.'));
            if g != Gender::Unknown {
                gender = g;
            }
        }
    }
    // a name whose first name comes after some other capitalized words
    // ("State Mike Pompeo" after "Secretary of"): start at the first name
    if has_title && b - name_start >= 3 && lx.first_name(ctx.lower(name_start)).is_none() {
        if let Some(k) = (name_start + 1..b - 1).find(|&k| lx.first_name(ctx.lower(k)).is_some()) {
            name_start = k;
        }
    }
    // a name after a capitalized word that is no name ("Exchequer Nigel Lawson" after
    // "Chancellor of the"): start at the first name
    if !has_title
        && b - a >= 3
        && lx.first_name(ctx.lower(a)).is_none()
        && !lx.is_last_name(ctx.lower(a))
        && lx.first_name(ctx.lower(a + 1)).is_some()
        && !ends_in_head(lx, ctx.lower(b - 1))
    {
        name_start = a + 1;
    }
    // a lower-case title right before the sequence ("leader Kim Jong Un")
    let mut desc_end = if has_title { Some(name_start) } else { None };
    if !has_title && a > first && lx.titles.contains(ctx.lower(a - 1)) && ctx.is_lower_word(a - 1) {
        has_title = true;
        desc_end = Some(a);
        let g = lx.title_gender(ctx.lower(a - 1));
        if g != Gender::Unknown {
            gender = g;
        }
    }
    let n0 = name_start;
    if n0 >= b {
        return;
    }
    let mut n0 = n0;
    // a sentence-initial common word is not part of the name ("Asked Trump")
    if !has_title && ctx.at_clause_start(n0) {
        let l = ctx.lower(n0);
        let known = lx.first_name(l).is_some() || lx.places.contains(l) || lx.orgs.contains(l);
        if !known && (lx.speech_verbs.contains(l) || ctx.written_lower(l)) {
            n0 += 1;
            if n0 >= b {
                return;
            }
        }
    }
    let span = Span::new(toks[n0].span.start(), toks[b - 1].span.end());
    let phrase = gazetteer_phrase(ctx, n0, b);
    let kind = classify(ctx, n0, b, &phrase, has_title, &mut gender);
    let Some(kind) = kind else {
        return;
    };
    // a title describes a person, not a place it precedes ("chief UK economist")
    let place = matches!(
        kind,
        CandKind::Name {
            kind: EntityKind::Place,
            ..
        }
    );
    let title = desc_end
        .filter(|_| !place)
        .and_then(|e| title_description(ctx, first, a, e));
    out.push(Candidate {
        span,
        tokens: (n0 as u32, b as u32),
        kind,
        gender,
        title,
        in_quote: ctx.in_quote[n0],
        sentence: si as u32,
    });
    // "Kim’s advisor", "Trump’s campaign manager"
    let end = ctx.doc.sentences()[si].end_token as usize;
    if b + 1 < end && ctx.is_clitic(b) && matches!(kind, CandKind::Name { .. } | CandKind::Unknown)
    {
        // modifiers before the role noun ("Trump’s former campaign manager"), not a
        // phrase that goes on past the possessed noun ("Reagan’s role in government")
        let mut j = b + 1;
        while j < end
            && j < b + 4
            && ctx.is_lower_word(j)
            && !lx.role_nouns.contains(ctx.lower(j))
            && !is_function_word(ctx.lower(j))
        {
            j += 1;
        }
        // the role noun, possibly a compound ("campaign manager")
        while j + 1 < end
            && lx.role_nouns.contains(ctx.lower(j))
            && lx.role_nouns.contains(ctx.lower(j + 1))
        {
            j += 1;
        }
        if j < end
            && ctx.is_lower_word(j)
            && lx.role_nouns.contains(ctx.lower(j))
            && !(j + 1 < end && ctx.is_cap(j + 1))
        {
            out.push(Candidate {
                span: Span::new(toks[n0].span.start(), toks[j].span.end()),
                tokens: (n0 as u32, j as u32 + 1),
                kind: CandKind::PossessiveRole {
                    possessor: (n0 as u32, b as u32),
                },
                gender: Gender::Unknown,
                title: None,
                in_quote: ctx.in_quote[n0],
                sentence: si as u32,
            });
        }
    }
}

/// A preposition, article or conjunction: no modifier of a noun after it.
fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "of"
            | "to"
            | "for"
            | "on"
            | "at"
            | "with"
            | "by"
            | "from"
            | "and"
            | "or"
            | "the"
            | "a"
            | "an"
            | "that"
            | "as"
            | "into"
            | "over"
            | "about"
    )
}

/// The kind of entity a possessive role names: an organisation for a government or a
/// campaign ("Obama’s administration", "Trump’s campaign"), a group for a plural or a
/// team ("Kim’s advisers", "Reagan’s team"), else a person ("Kim’s advisor").
pub(crate) fn possessive_role_kind(role: &str) -> EntityKind {
    match role {
        "regime" | "administration" | "government" | "office" | "campaign" => {
            EntityKind::Organization
        }
        "team" | "lawyers" | "attorneys" | "aides" | "advisers" | "advisors" | "spokesmen" => {
            EntityKind::Group
        }
        _ => EntityKind::Person,
    }
}

/// The lower-cased text of tokens `[a, b)` as the word lists spell it: a name broken
/// over a line ("West\nGermany" in hard-wrapped wire copy) has its white space made
/// single spaces (copied only then). (Clustering's `phrase` compares raw slices of two
/// mentions with each other, not with a word list.)
fn gazetteer_phrase<'d>(ctx: &Ctx<'d>, a: usize, b: usize) -> Cow<'d, str> {
    let toks = ctx.doc.tokens();
    let span = Span::new(toks[a].span.start(), toks[b - 1].span.end());
    let raw = &ctx.doc.lower_text()[span.range()];
    if !raw.bytes().any(|c| c.is_ascii_whitespace() && c != b' ') && !raw.contains("  ") {
        return Cow::Borrowed(raw);
    }
    Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The end of the longest known multi-word place or organisation (gazetteer entry)
/// that tokens `[a, b)` begin with; or of a known place written as an abbreviation and
/// followed only by words the text also writes in lower case ("U.S. Officials", "U.S.
/// Has": wire copy capitalizes the word after an abbreviation's period).
fn known_prefix(ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let lx = lexicon();
    let known = (a + 2..=b.min(a + MAX_KNOWN_TOKENS)).rev().find(|&k| {
        let p = gazetteer_phrase(ctx, a, k);
        lx.places.contains(&p) || lx.orgs.contains(&p)
    });
    if known.is_some() || b - a < 2 {
        return known;
    }
    let abbreviated_place = ctx.text(a).ends_with('.') && lx.places.contains(ctx.lower(a));
    let common_words = || {
        (a + 1..b).all(|k| {
            let l = ctx.lower(k);
            lx.not_names.contains(l) || ctx.written_lower(l)
        })
    };
    (abbreviated_place && !ends_in_head(lx, ctx.lower(b - 1)) && common_words()).then_some(a + 1)
}

/// The most tokens a gazetteer place or organisation spans (five words, each possibly
/// with a clitic: "Democratic People's Republic of Korea").
const MAX_KNOWN_TOKENS: usize = 10;

/// Whether `lower` ends names of organisations, places or other named things.
fn ends_in_head(lx: &Lexicon, lower: &str) -> bool {
    lx.org_heads.contains(lower) || lx.place_heads.contains(lower) || lx.other_heads.contains(lower)
}

/// Whether `lower` is an adjective that opens organisations' names ("International
/// Monetary Fund", "Federal Trade Commission", "Public Service Co"), though alone it is
/// no name.
fn is_org_adjective(lower: &str) -> bool {
    matches!(
        lower,
        "international"
            | "national"
            | "federal"
            | "state"
            | "public"
            | "global"
            | "foreign"
            | "private"
            | "local"
            | "domestic"
            | "economic"
            | "social"
            | "political"
            | "military"
            | "congressional"
            | "government"
    )
}

/// Words that end a capitalized run without being part of the name before them:
/// months and currencies in wire copy's tables ("Pay May 12", "6.28 billion U.S. Dlrs").
fn is_trailing_non_name(lower: &str) -> bool {
    matches!(
        lower,
        "jan"
            | "jan."
            | "feb"
            | "feb."
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "aug"
            | "aug."
            | "sept"
            | "sept."
            | "sep"
            | "oct"
            | "oct."
            | "nov"
            | "nov."
            | "dec"
            | "dec."
            | "dlr"
            | "dlrs"
            | "dollar"
            | "dollars"
            | "currency"
            | "currencies"
            | "mths"
            | "qtr"
    )
}

/// `b`, moved back over the month and currency words that end the run `[a, b)`, unless
/// the word before is a first name or a title ("Theresa May", "Mrs. May").
fn without_trailing_non_names(ctx: &Ctx, a: usize, b: usize) -> usize {
    let lx = lexicon();
    let mut b = b;
    while b - a >= 2 && is_trailing_non_name(ctx.lower(b - 1)) {
        let before = ctx.lower(b - 2);
        if lx.first_name(before).is_some() || lx.titles.contains(before) || ctx.is_punct(b - 2, ".")
        {
            break;
        }
        b -= 1;
    }
    b
}

/// Whether the title word at `k` is an adjective of a name rather than a title: "General"
/// before anything but a first or last name ("General Motors Corp", "General Agreement
/// on Tariffs and Trade"; not "General Manuel Noriega").
fn adjective_not_title(ctx: &Ctx, k: usize) -> bool {
    let lx = lexicon();
    if ctx.lower(k) != "general" || !ctx.is_cap(k) {
        return false;
    }
    let next = k + 1;
    next >= ctx.doc.tokens().len()
        || !ctx.is_cap(next)
        || !(lx.first_name(ctx.lower(next)).is_some() || lx.is_last_name(ctx.lower(next)))
}

/// Whether token `n0` is where wire copy's tables put a label rather than a name: the
/// first word of a line, or a word after a colon or a dateline's dash ("NOTE: Cash
/// flow", "- Sales 3.65").
fn is_table_label(ctx: &Ctx, n0: usize) -> bool {
    let start = ctx.doc.tokens()[n0].span.start();
    ctx.doc.text()[..start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n')
        || n0 > 0
            && [":", "-", "—", "--"]
                .iter()
                .any(|p| ctx.is_punct(n0 - 1, p))
}

/// Whether the lone capitalized word `n0` (lower-cased `phrase`) is a person's surname
/// used alone ("criticized Cruz", "voted for Sanders"): a frequent surname inside a
/// sentence that the text never writes in lower case, and none of the look-alikes of wire
/// copy: a compass word ("West"), a word opening a line or following a colon or dash
/// (table labels: "Sales 258.7 mln"), an abbreviation ("Greenwich, Conn.,"), a firm's
/// possessive ("Moody's Investors"), a word before a comma and a capital ("Goldman,
/// Sachs").
fn bare_surname(ctx: &Ctx, n0: usize, phrase: &str) -> bool {
    let lx = lexicon();
    if !lx.is_last_name(phrase) || is_compass(phrase) || ctx.at_clause_start(n0) {
        return false;
    }
    let toks = ctx.doc.tokens();
    if is_table_label(ctx, n0) {
        return false;
    }
    let next = n0 + 1;
    if next + 1 < toks.len() {
        let abbreviation = !toks[next].space_before
            && ctx.is_punct(next, ".")
            && (ctx.is_punct(next + 1, ",") || ctx.is_lower_word(next + 1));
        let firm = !toks[next].space_before && ctx.is_clitic(next) && ctx.is_cap(next + 1);
        // the first of a firm's names ("Goldman, Sachs and Co") or a place's state
        // ("WILTON, Conn, March 2")
        let joined = ctx.is_punct(next, ",") && ctx.is_cap(next + 1);
        if abbreviation || firm || joined {
            return false;
        }
    }
    !ctx.written_lower(phrase)
}

/// Whether the lone capitalized word `n0` (lower-cased `phrase`), in no list of names, is
/// a person's name by what surrounds it (NewsMTSC's bare surnames: "Trump", "Putin",
/// "Pelosi"): a possessive before a lower-case word ("Schumer’s withdrawal"), the
/// modifier of a politician's entourage ("the Trump administration", "the Assad
/// regime"), or, inside a sentence, the subject of an auxiliary, an adverb or a verb in
/// the past ("Kobach has", "Issa dismissed", "Clinton also said"); a relative "who" or an
/// age after a comma, wherever it stands ("Rove, who served", "Lauten, 41, lives"). At a
/// sentence's start,
/// where common nouns are capitalized too ("Profit was", "Turnover rose"), the possessive
/// or a subject whose sentence goes on with "he", "his", "she" or "her" is needed
/// ("Gillum has faced controversy over his refusal"). Never a word the text writes in
/// lower case, a compass word, a title, or a table label (a word opening a line or after
/// a colon or dash).
fn kind_by_context(ctx: &Ctx, n0: usize, phrase: &str) -> Option<EntityKind> {
    let toks = ctx.doc.tokens();
    let si = ctx.sentence_of[n0] as usize;
    let end = ctx.doc.sentences()[si].end_token as usize;
    let next = n0 + 1;
    if next >= end {
        return None;
    }
    if is_table_label(ctx, n0) {
        return None;
    }
    // the word before: not a determiner or modifier, whose noun this would be ("the
    // Community is", "the first MD-11 is", "A weakening Dollar was", "The 12-nation
    // Community also charged"); not the second of two names joined ("Standard and
    // Poor's"); a period before ("Ltd. Payment is due") makes a sentence's start, which
    // the splitter took for an abbreviation's
    let before = if n0 > 0 { ctx.lower(n0 - 1) } else { "" };
    let joined = matches!(before, "and" | "&") && n0 > 1 && ctx.is_cap(n0 - 2);
    if joined || matches!(before, "a" | "an" | "its" | "their" | "our") {
        return None;
    }
    // a counted modifier ("the 12-nation Community") is a noun's too, but not an age
    // ("the 76-year-old Abdul-Mahdi"); the tokenizer splits it as "12", "-", "nation"
    let counted = n0 > 2
        && ctx.is_lower_word(n0 - 1)
        && !before.ends_with("old")
        && ctx.is_punct(n0 - 2, "-")
        && !toks[n0 - 1].space_before
        && ctx.text(n0 - 3).bytes().all(|b| b.is_ascii_digit());
    let modified = before == "the"
        || counted
        || n0 > 0 && ctx.is_lower_word(n0 - 1) && (before.ends_with("ing") || before == "first");
    let locative = matches!(before, "in" | "at" | "near" | "into" | "across" | "outside")
        || before == "of" && n0 > 1 && is_place_noun(ctx.lower(n0 - 2));
    // a possessive; a firm's when what follows is what firms have ("Aiwa's machine",
    // "Alberston's common stock", "Snap's stock")
    let possessive = !modified
        && ctx.is_clitic(next)
        && !toks[next].space_before
        && next + 1 < end
        && ctx.is_lower_word(next + 1);
    let firm_possessive =
        possessive && (next + 1..end.min(next + 4)).any(|k| is_business_noun(ctx.lower(k)));
    let possessive = possessive && !firm_possessive;
    let initial = ctx.at_clause_start(n0)
        || n0 > 0
            && (before == "."
                || matches!(
                    toks[n0 - 1].kind,
                    TokenKind::Quote(
                        QuoteMark::OpenDouble | QuoteMark::StraightDouble | QuoteMark::OpenSingle
                    )
                ));
    // a relative "who" or an age after a comma ("Rove, who served", "Lauten, 41, lives")
    // says person wherever the word stands, the sentence's start too
    let described = ctx.is_punct(next, ",") && next + 1 < end && {
        let after = next + 1;
        ctx.lower(after) == "who"
            || is_age(ctx, after) && after + 1 < end && ctx.is_punct(after + 1, ",")
    };
    let evidence = possessive || described && !modified || {
        let l = ctx.lower(next);
        let entourage = !initial && is_entourage(l);
        let verb = !modified
            && !locative
            && ctx.is_lower_word(next)
            && (is_verb_gap(l) && !matches!(l, "first" | "now") && !is_ly_noun(l)
                || is_copula(l)
                || is_past_tense_shape(l));
        entourage
            || verb
                && (!initial
                    || (next + 1..end)
                        .any(|k| matches!(ctx.lower(k), "he" | "his" | "him" | "she" | "her")))
    };
    if !(evidence || firm_possessive) {
        return None;
    }
    if !name_shaped(ctx, n0, phrase) {
        return None;
    }
    named_otherwise(ctx, n0).or(Some(if firm_possessive {
        EntityKind::Organization
    } else {
        EntityKind::Person
    }))
}

/// Whether the lone capitalized word `n0` (lower-cased `phrase`) has a person's name's
/// shape: letters (hyphens too, "Ocasio-Cortez", and an apostrophe after a one-letter
/// prefix, "O'Connor", "D’Amico"; not a party tag or a rating: "R-Idaho", "A-rated"), not
/// a plural ("Americans", "Socialists", "CMOs"; surnames apart: "Sanders"), an "-ing"
/// form ("Watching"), a compass word, title, group noun, head word or brand
/// ("DatagraphiX"), nor a word the text also writes in lower case.
fn name_shaped(ctx: &Ctx, n0: usize, phrase: &str) -> bool {
    let lx = lexicon();
    let word = ctx.text(n0);
    // "O'Connor", "D’Amico": the apostrophe, second, is the only character allowed
    // that is no letter or hyphen
    let mut first = word.chars();
    let prefixed = matches!(
        (first.next(), first.next(), first.next()),
        (Some('O' | 'D'), Some('\'' | '’'), Some(c)) if c.is_uppercase()
    );
    let shaped = word.chars().count() >= 3
        && word
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_alphabetic() || c == '-' || i == 1 && prefixed)
        && word.as_bytes().get(1) != Some(&b'-')
        && !word
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
        && !phrase.ends_with("ing")
        && !(phrase.ends_with('s') && !phrase.ends_with("ss") && !lx.is_last_name(phrase))
        && !is_compass(phrase)
        && !lx.titles.contains(phrase)
        && !lx.group_nouns.contains(phrase)
        && !lx.org_heads.contains(phrase)
        && !lx.place_heads.contains(phrase)
        && !is_brand_shape(word);
    shaped && !ctx.written_lower(phrase)
}

/// Whether token `k` is a number that reads as a person's age (1 to 119, no decimals).
fn is_age(ctx: &Ctx, k: usize) -> bool {
    let text = ctx.text(k);
    ctx.doc.tokens()[k].kind == TokenKind::Number
        && text.len() <= 3
        && text.parse::<u32>().is_ok_and(|n| (1..120).contains(&n))
}

/// A word shaped like a past tense ("dismissed", "agreed"), not a noun in "-eed"
/// ("oilseed", "need", "speed").
fn is_past_tense_shape(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ed")
        && (!lower.ends_with("eed")
            || matches!(lower, "agreed" | "freed" | "decreed" | "guaranteed"))
}

/// A brand's shape: a capital letter after a lower-case one well inside the word
/// ("DatagraphiX"), where a surname has one only after its prefix ("McConnell",
/// "DeSantis", "MacArthur").
fn is_brand_shape(word: &str) -> bool {
    let mut prev_lower = false;
    for (i, c) in word.chars().enumerate() {
        if c.is_uppercase() && prev_lower && i >= 4 {
            return true;
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// A common noun of a place, before "of" and its name ("the forestry town of Kawerau").
fn is_place_noun(lower: &str) -> bool {
    matches!(
        lower,
        "town"
            | "city"
            | "village"
            | "state"
            | "province"
            | "region"
            | "port"
            | "island"
            | "county"
            | "district"
    )
}

/// What a firm has or makes, after a possessive ("Citgo's posted price", "Gurantee's
/// subordinated debt"): a possessive before it is no sign of a person.
fn is_business_noun(lower: &str) -> bool {
    matches!(
        lower,
        "stock"
            | "shares"
            | "debt"
            | "price"
            | "prices"
            | "earnings"
            | "revenue"
            | "revenues"
            | "sales"
            | "profit"
            | "profits"
            | "unit"
            | "units"
            | "subsidiary"
            | "plant"
            | "plants"
            | "stockholders"
            | "shareholders"
            | "assets"
            | "products"
            | "machine"
            | "bonds"
            | "operations"
            | "dividend"
            | "credit"
            | "access"
            | "technology"
            | "agreement"
    )
}

/// Words in "-ly" that are no adverb after a name ("Handelsblatt daily", "Monday
/// early", "Shell supply").
fn is_ly_noun(lower: &str) -> bool {
    matches!(
        lower,
        "daily"
            | "weekly"
            | "monthly"
            | "quarterly"
            | "yearly"
            | "early"
            | "only"
            | "supply"
            | "family"
            | "assembly"
            | "italy"
            | "ally"
            | "rally"
    )
}

/// Whether the article names the lone word at `n0` elsewhere as a place or an
/// organisation: after "in" or "near" ("in Baden-Wuerttemberg"), or inside a longer
/// name whose last word is an organisation's or a place's head or a legal form
/// ("Citgo Petrleum Corp", "Seneca Resources Corp", "United Airlines", "the Aegean
/// Sea", "European Community"). Only scanned for the few words the context rule would
/// take.
fn named_otherwise(ctx: &Ctx, n0: usize) -> Option<EntityKind> {
    let lx = lexicon();
    let toks = ctx.doc.tokens();
    let word = ctx.text(n0);
    let org_head = |i: usize| {
        let l = ctx.lower(i);
        lx.org_heads.contains(l) || is_legal_form(l)
    };
    (0..toks.len()).find_map(|k| {
        if k == n0 || ctx.text(k) != word {
            return None;
        }
        if k > 0 && matches!(ctx.lower(k - 1), "in" | "near") && !ctx.is_clitic(k + 1) {
            return Some(EntityKind::Place);
        }
        // an organisation's initials in brackets ("American Stock Exchange (Amex)")
        if k > 1 && ctx.is_punct(k - 1, "(") && org_head(k - 2) {
            return Some(EntityKind::Organization);
        }
        // the capitalized run around it, a hyphen or a possessive inside it
        // ("Chesebrough-Pond's Inc"): up to two words before, four tokens after
        let mut first = k;
        while first > 0 && first + 2 > k && ctx.is_cap(first - 1) {
            first -= 1;
        }
        let mut last = k;
        while last + 2 < toks.len() && last < k + 4 {
            if ctx.is_cap(last + 1) {
                last += 1;
            } else if (ctx.is_punct(last + 1, "-") || ctx.is_clitic(last + 1))
                && !toks[last + 1].space_before
                && ctx.is_cap(last + 2)
            {
                last += 2;
            } else {
                break;
            }
        }
        if last == first {
            return None;
        }
        // its head, or the whole run a known organisation or place ("European
        // Community")
        if org_head(last) {
            return Some(EntityKind::Organization);
        }
        if lx.place_heads.contains(ctx.lower(last)) {
            return Some(EntityKind::Place);
        }
        let span = toks[first].span.start()..toks[last].span.end();
        let run = &ctx.doc.lower_text()[span];
        if lx.orgs.contains(run) {
            Some(EntityKind::Organization)
        } else if lx.places.contains(run) {
            Some(EntityKind::Place)
        } else {
            None
        }
    })
}

/// A noun for a politician's entourage, whose modifier is a person ("the Trump
/// administration", "the Assad regime").
fn is_entourage(lower: &str) -> bool {
    matches!(
        lower,
        "administration"
            | "regime"
            | "campaign"
            | "presidency"
            | "family"
            | "supporters"
            | "loyalists"
            | "allies"
            | "aides"
            | "camp"
    )
}

/// A form of "be" after a subject.
fn is_copula(lower: &str) -> bool {
    matches!(lower, "is" | "was")
}

/// Compass words that make a region of a known place ("West Germany", "Northern Iraq").
fn is_compass(lower: &str) -> bool {
    matches!(
        lower,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "upper"
            | "lower"
    )
}

/// Head words that name an institution on their own when written with a capital inside
/// a sentence ("the Treasury said", "the Exchange said"); legal forms ("Corp", "Ltd") and
/// broad heads ("Oil", "Capital") do not.
fn is_institution(lower: &str) -> bool {
    matches!(
        lower,
        "agency"
            | "army"
            | "bank"
            | "board"
            | "bureau"
            | "cabinet"
            | "commission"
            | "committee"
            | "congress"
            | "council"
            | "court"
            | "department"
            | "exchange"
            | "fund"
            | "kremlin"
            | "ministry"
            | "navy"
            | "parliament"
            | "pentagon"
            | "senate"
            | "treasury"
    )
}

/// The place of the dateline opening sentence `si`, when it opens its paragraph with one
/// ("KUALA LUMPUR, March 3 -", "ST. LOUIS, Mo. -", "HALVIK —"; the core text layer's
/// [`newslens_core::text::find_dateline`]). It is one place name, whatever its words
/// ("NEW YORK", whose "NEW" would otherwise be taken for a common word).
fn dateline_place(ctx: &Ctx, si: usize) -> Option<std::ops::Range<usize>> {
    let sentence = &ctx.doc.sentences()[si];
    let paragraph = &ctx.doc.paragraphs()[sentence.paragraph as usize];
    if paragraph.first_sentence as usize != si {
        return None;
    }
    ctx.dateline(sentence.paragraph as usize)
        .map(|d| d.place.clone())
}

/// Whether tokens `[n0, b)` stand between a dateline's place and its story, outside
/// brackets: the state or country of the place ("MO" in "ST. LOUIS, MO., March 5 -",
/// "Texas" in "HOUSTON, Texas -"), not the agency ("(Reuters)") nor a misspelt month
/// before its day ("Narch 3").
fn in_dateline_region(ctx: &Ctx, n0: usize, b: usize) -> bool {
    let sentence = &ctx.doc.sentences()[ctx.sentence_of[n0] as usize];
    let paragraph = &ctx.doc.paragraphs()[sentence.paragraph as usize];
    paragraph.first_sentence == ctx.sentence_of[n0]
        && n0 > 0
        && ctx.text(n0 - 1) != "("
        && !(b < ctx.doc.tokens().len()
            && ctx.doc.tokens()[b].kind == newslens_core::text::TokenKind::Number)
        && ctx
            .dateline(sentence.paragraph as usize)
            .is_some_and(|d| d.place.end <= n0 && b < d.body_start)
}

/// Whether a lower-cased word is an honorific ("Mr.", "Dr", "Sir"): a title that tells a
/// person, not a role.
fn is_honorific(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs" | "ms" | "dr" | "miss" | "sir" | "mr." | "mrs." | "ms." | "dr."
    )
}

/// Whether a lower-cased word is a bank's word that opens a firm's name ("Banque
/// Nationale de Paris", "Banco Central").
pub(crate) fn is_bank_word(lower: &str) -> bool {
    matches!(lower, "banque" | "banco" | "banca" | "bankhaus")
}

/// Whether `[n0, b)` is a wire service's sign-off: one all-capital word that is the
/// whole last paragraph of an article of several ("REUTER").
fn is_sign_off(ctx: &Ctx, n0: usize, b: usize) -> bool {
    let paragraphs = ctx.doc.paragraphs();
    let toks = ctx.doc.tokens();
    b - n0 == 1
        && paragraphs.len() > 1
        && paragraphs.last().is_some_and(|p| {
            p.span.start() == toks[n0].span.start() && p.span.end() == toks[n0].span.end()
        })
        && !ctx.text(n0).chars().any(char::is_lowercase)
}

/// The type of the name `[n0, b)` (lower-cased `phrase`), or `None` when it is not an
/// entity (a demonym, an event, a month).
fn classify(
    ctx: &Ctx,
    n0: usize,
    b: usize,
    phrase: &str,
    has_title: bool,
    gender: &mut Gender,
) -> Option<CandKind> {
    let lx = lexicon();
    let strong = |kind| Some(CandKind::Name { kind, strong: true });
    // what is left of a title's complement ("Minister of Industry" → "of Industry") or a
    // sign-off
    if matches!(ctx.lower(n0), "of" | "and" | "for" | "&") || is_sign_off(ctx, n0, b) {
        return None;
    }
    if lx.places.contains(phrase) || in_dateline_region(ctx, n0, b) {
        return strong(EntityKind::Place);
    }
    if lx.orgs.contains(phrase) {
        return strong(EntityKind::Organization);
    }
    if lx.demonyms.contains(phrase) {
        return None;
    }
    let len = b - n0;
    if race_adjective(ctx, n0, b) || names_a_model(ctx, n0, b) {
        return None;
    }
    let last = ctx.lower(b - 1);
    if len >= 2 && lx.places.contains(last) && (n0..b - 1).all(|k| is_compass(ctx.lower(k))) {
        return strong(EntityKind::Place);
    }
    // share classes and bond series: "Class A", "Series B"
    if len == 2 && matches!(ctx.lower(n0), "class" | "series") && ctx.text(n0 + 1).len() == 1 {
        return None;
    }
    let head_idx = head_index(ctx, n0, b);
    let head = ctx.lower(head_idx).trim_end_matches('.');
    let first_gender = lx.first_name(ctx.lower(n0));
    // a title after another title ("Vice President", "Director General", "Chief
    // Inspector" cut from the name after them) is a role, not a person's name; after an
    // honorific it is a surname ("Dr. King")
    if len == 1 && lx.titles.contains(phrase) && n0 > 0 {
        let before = ctx.lower(n0 - 1);
        let connector = matches!(before, "the" | "and" | "of" | "a" | "an");
        if !is_honorific(before)
            && !connector
            && (lx.titles.contains(before) || lx.title_modifiers.contains(before))
        {
            return Some(CandKind::Unknown);
        }
    }
    // a title before an organisation's name is a description, not a person's title
    // ("lead manager Nomura International Ltd", "the Justice Department")
    if has_title && !lx.org_heads.contains(last) && !lx.org_heads.contains(head) {
        if let Some(g) = first_gender {
            if *gender == Gender::Unknown {
                *gender = g;
            }
        }
        return strong(EntityKind::Person);
    }
    if lx.other_heads.contains(head) {
        return None;
    }
    // a legal form anywhere in the run ("NV Philips Gloeilampenfabrieken", "N.V. Bekaert
    // S.A.") or a bank's word first ("Banque Nationale de Paris"): a firm
    // (the Norwegian and Danish "AS", in capitals only: "as" is a word)
    let nordic_form = len > 1 && matches!(ctx.text(b - 1), "AS" | "A/S");
    if len > 1
        && ((n0..b).any(|k| is_legal_form(ctx.lower(k)))
            || nordic_form
            || is_bank_word(ctx.lower(n0)))
    {
        return strong(EntityKind::Organization);
    }
    if len > 1 || ctx.is_lower_word(b.saturating_sub(1)) {
        if lx.org_heads.contains(head) || lx.org_heads.contains(ctx.lower(head_idx)) {
            return strong(EntityKind::Organization);
        }
        if lx.place_heads.contains(head) {
            return strong(EntityKind::Place);
        }
    }
    if len == 1 {
        // ("AI" alone is the technology: "an AI firm")
        if ctx.is_acronym(n0) && phrase != "ai" {
            return strong(EntityKind::Organization);
        }
        // "the Treasury said", "the Commission": an institution named by its head word;
        // other organisation heads alone ("Corp" after "Standard and Poor's") are no
        // person, whatever verb follows
        if lx.org_heads.contains(phrase) {
            if is_institution(phrase) && !ctx.at_clause_start(n0) {
                return Some(CandKind::Name {
                    kind: EntityKind::Organization,
                    strong: false,
                });
            }
            return Some(CandKind::Unknown);
        }
        // a public figure named alone ("Trump", "Putin", "Pelosi"), or one of the
        // project's people (the `people` option), wherever it stands,
        // unless the text writes the word in lower case too ("a trump card") or a comma
        // and a capital that is no person's name follow it, as after the first of a
        // firm's names or a town's ("Ryan, Beck and Co", "Clinton, Tenn.")
        let known = |w: &str| lx.public_figure(w).or_else(|| ctx.people.get(w));
        if let Some(g) = known(phrase) {
            let after = n0 + 2;
            let joined = after < ctx.doc.tokens().len()
                && ctx.is_punct(n0 + 1, ",")
                && ctx.is_cap(after)
                && known(ctx.lower(after)).is_none()
                && lx.first_name(ctx.lower(after)).is_none();
            if !joined && !ctx.written_lower(phrase) {
                if *gender == Gender::Unknown {
                    *gender = g;
                }
                return strong(EntityKind::Person);
            }
        }
        let next = n0 + 1;
        let end = ctx.doc.sentences()[ctx.sentence_of[n0] as usize].end_token as usize;
        let speaks = next < end && lx.speech_verbs.contains(ctx.lower(next));
        let spoken = n0 > 0
            && matches!(
                ctx.lower(n0 - 1),
                "said" | "says" | "told" | "added" | "according"
            );
        let to = n0 > 1 && ctx.lower(n0 - 1) == "to" && ctx.lower(n0 - 2) == "according";
        if (speaks || spoken || to) && !ctx.at_clause_start(n0)
            || speaks && !ctx.written_lower(phrase)
        {
            return Some(CandKind::Name {
                kind: EntityKind::Person,
                strong: false,
            });
        }
        // (a surname after a job's "of" or "at" is a firm's: "an analyst at Bernstein")
        if bare_surname(ctx, n0, phrase) {
            let kind = if affiliation(ctx, n0, b) {
                EntityKind::Organization
            } else {
                EntityKind::Person
            };
            return Some(CandKind::Name {
                kind,
                strong: false,
            });
        }
        if let Some(kind) = kind_by_context(ctx, n0, phrase) {
            return Some(CandKind::Name {
                kind,
                strong: false,
            });
        }
        if coordinated_with_org(ctx, n0) {
            return Some(CandKind::Name {
                kind: EntityKind::Organization,
                strong: false,
            });
        }
        return Some(CandKind::Unknown);
    }
    // (a place that is also a first name stays a place: "a Florida Republican", "the
    // Virginia Democrat")
    if (n0..b).any(|k| lx.demonyms.contains(ctx.lower(k)) && !ctx.is_acronym(k))
        && (first_gender.is_none() || lx.places.contains(ctx.lower(n0)))
    {
        return None;
    }
    // "San Bernardino", "Fort Worth", "Lake Tahoe", "Santa Fe" (whose "Santa" is a
    // first name too): a place; "USS Cole": a ship, "Hurricane Idalia", "Tropical
    // Storm Nicole": a storm, none of the kinds reported
    match ctx.lower(n0) {
        "san" | "santa" | "los" | "las" | "fort" | "port" | "mount" | "lake" => {
            return Some(CandKind::Name {
                kind: EntityKind::Place,
                strong: false,
            })
        }
        "uss" | "hms" | "hurricane" | "typhoon" | "cyclone" => return None,
        "tropical" if len >= 3 && matches!(ctx.lower(n0 + 1), "storm" | "depression") => {
            return None
        }
        _ => {}
    }
    // (after a job's "of"/"at", or after the noun of an organisation in apposition: "the
    // Vienna-based group Privacy First", "the nonprofit Public Health Watch")
    if affiliation(ctx, n0, b) || first_gender.is_none() && named_by_org_noun(ctx, n0) {
        return Some(CandKind::Name {
            kind: EntityKind::Organization,
            strong: false,
        });
    }
    if let Some(g) = first_gender {
        *gender = g;
        return strong(EntityKind::Person);
    }
    // common words in title case, each written in lower case elsewhere in the article: a
    // section heading ("Little Relief for Refugees:", "Limited Tools"), not a name
    if (n0..b).all(|k| ctx.written_lower(ctx.lower(k))) {
        return None;
    }
    if lx.is_last_name(ctx.lower(b - 1)) || len <= 3 {
        return Some(CandKind::Name {
            kind: EntityKind::Person,
            strong: false,
        });
    }
    Some(CandKind::Name {
        kind: EntityKind::Organization,
        strong: false,
    })
}

/// Whether the name at `n0..b` is where a job is held: after "of" or "at" (and "the")
/// following a job ("an official of the United Mine Workers", "an analyst at Bernstein",
/// "chief executive officer of Union Camp"), and not a possessor ("a member of John
/// Smith's team") or a family ("members of the Hunt family").
fn affiliation(ctx: &Ctx, n0: usize, b: usize) -> bool {
    let p = if n0 > 0 && ctx.lower(n0 - 1) == "the" {
        n0 - 1
    } else {
        n0
    };
    p >= 2
        && matches!(ctx.lower(p - 1), "of" | "at")
        && ctx.is_lower_word(p - 2)
        && matches!(
            ctx.lower(p - 2),
            "official"
                | "officials"
                | "officer"
                | "executive"
                | "executives"
                | "director"
                | "chairman"
                | "chairwoman"
                | "president"
                | "head"
                | "member"
                | "members"
                | "analyst"
                | "analysts"
                | "economist"
                | "economists"
                | "strategist"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "representative"
                | "representatives"
                | "manager"
                | "employee"
                | "employees"
                | "researcher"
                | "professor"
                | "trader"
                | "traders"
                | "banker"
                | "partner"
                | "founder"
        )
        && !(b < ctx.doc.tokens().len()
            && (ctx.is_clitic(b) || matches!(ctx.lower(b), "family" | "families" | "clan")))
}

/// Whether the lower-case word `p` is a title's domain between a known place,
/// nationality, organisation or acronym and the title at `title` ("EU antitrust chief
/// Margrethe Vestager", "Chinese commerce minister").
fn domain_before_title(ctx: &Ctx, first: usize, p: usize, title: usize) -> bool {
    let lx = lexicon();
    let q = p.wrapping_sub(1);
    let l = ctx.lower(p);
    // (not a verb or pronoun before a title of the name: "the White House said
    // President Reagan", "Reuters its chairman")
    p > first
        && ctx.is_lower_word(p)
        && ctx.is_lower_word(title)
        && !is_function_word(l)
        && !l.ends_with("ed")
        && !matches!(
            l,
            "said"
                | "says"
                | "told"
                | "tells"
                | "since"
                | "without"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
        )
        && (lx.titles.contains(ctx.lower(title)) || lx.title_modifiers.contains(ctx.lower(title)))
        && names_known_thing(ctx, q)
}

/// Whether token `k` is a capitalized place, nationality, known organisation or acronym
/// ("EU", "Chinese", "U.S.").
fn names_known_thing(ctx: &Ctx, k: usize) -> bool {
    let lx = lexicon();
    let l = ctx.lower(k);
    ctx.is_cap(k)
        && (lx.places.contains(l)
            || lx.demonyms.contains(l)
            || lx.orgs.contains(l)
            || ctx.is_acronym(k))
}

/// The description given by the title words before a name: from the leftmost title,
/// modifier, nationality or capitalized word before `desc_end`, e.g. "U.S. President",
/// "North Korean leader". Honorifics alone ("Mr.") give none.
fn title_description(ctx: &Ctx, first: usize, a: usize, desc_end: usize) -> Option<Span> {
    let lx = lexicon();
    let mut start = desc_end;
    while start > first {
        let p = start - 1;
        let l = ctx.lower(p);
        let known_cap = names_known_thing(ctx, p)
            || ctx.is_cap(p)
                && (lx.org_heads.contains(l)
                    || (p + 1 == start && p + 1 < desc_end && ctx.is_cap(p + 1)));
        let ok = (lx.titles.contains(l) && !matches!(l, "and" | "of"))
            || (lx.title_modifiers.contains(l) && !matches!(l, "and" | "the"))
            || lx.demonyms.contains(l)
            || known_cap
            || (p >= a && ctx.is_cap(p))
            || (ctx.is_clitic(p) && p > first && ctx.is_cap(p - 1))
            || (ctx.is_punct(p, ".") && p > first && is_title_abbreviation(ctx.text(p - 1)))
            || domain_before_title(ctx, first, p, start);
        if !ok {
            break;
        }
        start = p;
    }
    // no leading connectors
    while start < desc_end && matches!(ctx.lower(start), "the" | "of" | "and" | "a" | "an") {
        start += 1;
    }
    if start >= desc_end {
        return None;
    }
    if is_honorific(ctx.lower(start))
        && (desc_end - start == 1 || (desc_end - start == 2 && ctx.is_punct(start + 1, ".")))
    {
        return None;
    }
    let toks = ctx.doc.tokens();
    Some(Span::new(
        toks[start].span.start(),
        toks[desc_end - 1].span.end(),
    ))
}
