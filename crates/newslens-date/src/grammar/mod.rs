//! The grammar: at each trigger token, every pattern that can start there is tried and
//! the longest match wins (ties go to the pattern tried first). Each pattern resolves
//! its own value against the reference date, asking the clause's tense when the
//! direction is open ("Saturday", "November").
//!
//! Patterns live in submodules by kind: `calendar` (named and numeric dates, years,
//! quarters, seasons), `relative` (this/last/next …, today, a year ago), `quantity`
//! (durations), `clock` (times of day), `recurring` (sets) and `fuzzy` (now, recently,
//! the future).

mod calendar;
mod clock;
mod fuzzy;
mod quantity;
mod recurring;
mod relative;

use crate::lexicon::{Kw, Lex, Unit};
use crate::tense::{tense_around, Tense};
use crate::tokens::{Shape, Tok};
use crate::value;
use newslens_core::output::date::TimexType;
use newslens_core::CivilDate;

/// One temporal expression found: tokens `a..b`, its type and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// Whether the value names its year explicitly or by ordinal (an anchor for
    /// "a year earlier", "the quarter").
    pub anchor: bool,
}

impl Hit {
    fn new(a: usize, b: usize, kind: TimexType, value: impl Into<String>) -> Self {
        Hit {
            a,
            b,
            kind,
            value: value.into(),
            anchor: false,
        }
    }
}

/// What kinds of expressions to report.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Report fuzzy references (PAST_REF, PRESENT_REF, FUTURE_REF).
    pub include_fuzzy: bool,
    /// Report sets (every Tuesday, annually).
    pub include_sets: bool,
    /// Report durations.
    pub include_durations: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            include_fuzzy: true,
            include_sets: true,
            include_durations: true,
        }
    }
}

/// How many sentences back a mentioned day, month or quarter stays the one that
/// "a year earlier", "the following day" or "the period" refer to.
const ANCHOR_REACH: u32 = 8;

/// A calendar point recently mentioned, that "a year earlier" or "the same period"
/// refer back to.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    sentence: u32,
    year: i32,
    quarter: Option<u8>,
    /// The quarter is a fiscal one, numbered from the company's fiscal year ("the fiscal
    /// first quarter", "its fourth quarter ended Sept. 30"), so it may lie ahead of the
    /// calendar quarter of the same number.
    fiscal: bool,
}

/// Runs the grammar over one article's tokens.
pub struct Matcher<'a> {
    text: &'a str,
    lower: &'a str,
    toks: &'a [Tok],
    r: Option<CivilDate>,
    settings: Settings,
    anchor: Option<Anchor>,
    /// The day most recently mentioned (sentence, day), that "the previous Friday",
    /// "the following day" count from.
    last_day: Option<(u32, CivilDate)>,
    /// The month most recently mentioned (sentence, year, month), that "the following
    /// month" counts from.
    last_month: Option<(u32, i32, u8)>,
}

impl<'a> Matcher<'a> {
    /// A matcher over `toks` (classified from `text`, `lower`) with reference date `r`.
    pub fn new(
        text: &'a str,
        lower: &'a str,
        toks: &'a [Tok],
        r: Option<CivilDate>,
        settings: Settings,
    ) -> Self {
        Matcher {
            text,
            lower,
            toks,
            r,
            settings,
            anchor: None,
            last_day: None,
            last_month: None,
        }
    }

    /// Whether a mention in sentence `sentence` is still within reach of token `a`
    /// (this or the previous [`ANCHOR_REACH`] sentences).
    fn in_reach(&self, a: usize, sentence: u32) -> bool {
        self.toks[a].sentence.saturating_sub(sentence) <= ANCHOR_REACH
    }

    /// Every expression, in text order, non-overlapping.
    pub fn run(mut self, out: &mut Vec<Hit>) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !self.is_trigger(i) {
                i += 1;
                continue;
            }
            match self.best_at(i) {
                Some(mut hit) => {
                    // "the next year or so"
                    if self.is(hit.b, Kw::Or) && self.word(hit.b + 1) == "so" {
                        hit.b += 2;
                    }
                    i = hit.b.max(i + 1);
                    if self.quoted_title(&hit) {
                        continue;
                    }
                    // "February this year": the month carries the year; TimeBank tags
                    // the month alone and not the year phrase after it
                    if (hit.a..hit.b).any(|k| matches!(self.lex(k), Lex::Month(_)))
                        && matches!(self.kw(i), Some(Kw::This | Kw::Last | Kw::Next))
                        && matches!(self.unit(i + 1), Some((Unit::Year, false)))
                    {
                        i += 2;
                    }
                    self.date_time_from_day_before(&mut hit, out.last());
                    self.note_anchor(&hit);
                    let listed = self.listed_days(&hit);
                    if let Some(last) = listed.last() {
                        i = last.b;
                    }
                    if self.keep(&hit) {
                        out.push(hit);
                        out.extend(listed);
                    }
                }
                None => i += 1,
            }
        }
    }

    /// "Tuesday at 3 p.m.", "on Oct. 2 at noon": a time of day right after a whole day
    /// and "at" is on that day (the clock grammar dates a time by the day after it, else
    /// by the reference date).
    fn date_time_from_day_before(&self, hit: &mut Hit, previous: Option<&Hit>) {
        let Some(day) = previous else { return };
        if hit.kind != TimexType::Time
            || hit.a == 0
            || day.b + 1 != hit.a
            || self.word(hit.a - 1) != "at"
            || day.kind != TimexType::Date
            || day.value.len() != 10
            || hit.value.len() < 11
            || hit.value.as_bytes()[10] != b'T'
        {
            return;
        }
        // dated by default: the reference day (or none), not one the text named
        if hit.value.starts_with(&value::day_or_unknown(self.r)) {
            hit.value.replace_range(..10, &day.value);
        }
    }

    /// "April 24 and 25", "March 3, 4 and 5", "Jan. 5-6": the days listed after a named
    /// day of a month share its month and year, and each is a date of its own (as TimeML
    /// tags them). The list must end with "and", "or" or a hyphen, climb day by day, and
    /// not run into a noun ("April 24 and 25 people"). Empty when there is no such list
    /// (no allocation then).
    fn listed_days(&self, hit: &Hit) -> Vec<Hit> {
        let v = hit.value.as_str();
        let named_day = hit.kind == TimexType::Date
            && v.len() == 10
            && self.int(hit.b - 1).is_some_and(|d| (1..=31).contains(&d))
            && (hit.a..hit.b).any(|k| matches!(self.lex(k), Lex::Month(_)));
        if !named_day {
            return Vec::new();
        }
        let mut last = self.int(hit.b - 1).unwrap_or(0);
        let mut days = [0usize; 8];
        let mut count = 0;
        let mut k = hit.b;
        let closed = loop {
            let final_sep = self.is(k, Kw::And) || self.is(k, Kw::Or) || self.hyphen(k);
            if !(final_sep || self.punct(k, b',')) || count == days.len() {
                break false;
            }
            match self.int(k + 1) {
                Some(d) if d > last && d <= 31 && self.raw(k + 1).len() <= 2 => last = d,
                _ => break false,
            }
            days[count] = k + 1;
            count += 1;
            k += 2;
            if final_sep {
                break true;
            }
        };
        let noun_after = self.plain_word(k) && !self.toks[k].cap && !self.is_function_word(k);
        if !closed || noun_after || self.punct(k, b'%') || self.unit(k).is_some() {
            return Vec::new();
        }
        let listed: Vec<Hit> = days[..count]
            .iter()
            .map(|&d| {
                let value = format!("{}-{:02}", &v[..7], self.int(d).unwrap_or(0));
                Hit::new(d, d + 1, TimexType::Date, value)
            })
            .collect();
        // ("April 30 and 31" names no day)
        if listed
            .iter()
            .any(|h| CivilDate::parse_iso(&h.value).is_none())
        {
            return Vec::new();
        }
        listed
    }

    /// Whether token `i` is a function word that may follow a date ("in", "at", "when").
    fn is_function_word(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            "in" | "at"
                | "on"
                | "for"
                | "to"
                | "when"
                | "the"
                | "with"
                | "during"
                | "before"
                | "after"
                | "of"
                | "as"
                | "respectively"
                | "while"
                | "because"
                | "but"
                | "and"
                | "or"
                | "from"
                | "until"
                | "by"
                | "that"
                | "this"
                | "next"
                | "last"
        )
    }

    /// A programme's or a work's title in quotation marks, its time unit capitalized:
    /// ABC's "This Week", CBS's "60 Minutes" (a quoted "This week we won" is no title).
    fn quoted_title(&self, hit: &Hit) -> bool {
        let opens = hit.a > 0 && {
            let q = &self.toks[hit.a - 1];
            let c = &self.text[q.start as usize..q.end as usize];
            matches!(c, "\"" | "“" | "‘" | "``" | "''" | "'")
                && (hit.a < 2 || q.space_before || self.toks[hit.a - 2].shape == Shape::Punct)
                && !self.toks[hit.a].space_before
        };
        opens
            && (hit.a..hit.b).all(|k| self.toks[k].shape != Shape::Word || self.toks[k].cap)
            && (hit.a..hit.b).any(|k| self.toks[k].cap && self.unit(k).is_some())
    }

    fn keep(&self, hit: &Hit) -> bool {
        let fuzzy = hit.value.ends_with("_REF");
        (self.settings.include_fuzzy || !fuzzy)
            && (self.settings.include_sets || hit.kind != TimexType::Set)
            && (self.settings.include_durations || hit.kind != TimexType::Duration)
    }

    fn is_trigger(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.shape {
            Shape::Number => true,
            Shape::Word => match t.lex {
                // "Q3", "H1"
                Lex::Other => {
                    t.len == 2 && matches!(self.lower.as_bytes()[t.start as usize], b'q' | b'h')
                }
                Lex::Kw(k) if needs_next(k) => {
                    !self.plain_word(i + 1) || read_by_spelling(self.word(i + 1))
                }
                Lex::Kw(k) => starts_pattern(k),
                // only ever read after the word that starts the expression
                Lex::DayPart(..) | Lex::Zone | Lex::DecadeWord(_) => false,
                _ => true,
            },
            Shape::Punct => {
                let c = self.text.as_bytes()[t.start as usize];
                c == b'\'' || c == 0xE2 // ' or ’ before a two-digit year
            }
        }
    }

    /// Whether token `i` is a word the lexicon gives no meaning ("company", "U.S.").
    fn plain_word(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.shape == Shape::Word && t.lex == Lex::Other)
    }

    fn best_at(&mut self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut consider = |h: Option<Hit>| {
            if let Some(h) = h {
                if best.as_ref().is_none_or(|b| h.b > b.b) {
                    best = Some(h);
                }
            }
        };
        consider(self.recurring(i));
        consider(self.clock(i));
        // "the 1988 period" looks back from the period talked about
        consider(self.calendar(i).map(|h| Hit {
            anchor: !self.is(h.b - 1, Kw::Period),
            ..h
        }));
        let relative = self.relative(i).map(|h| {
            // "the latest quarter" anchors; "the year-ago quarter" looks back from one
            let quarter = h.value.len() == 7 && h.value.as_bytes()[5] == b'Q';
            // ("this year's third quarter" names the quarter itself and anchors)
            let looks_back = (h.a..h.b).any(|k| {
                matches!(self.unit(k), Some((Unit::Year, _)))
                    && !(k > 0 && matches!(self.kw(k - 1), Some(Kw::This | Kw::Next)))
            });
            Hit {
                anchor: quarter && !looks_back,
                ..h
            }
        });
        consider(relative);
        consider(self.quantity(i));
        consider(self.fuzzy(i));
        best
    }

    fn note_anchor(&mut self, hit: &Hit) {
        let sentence = self.toks[hit.a].sentence;
        if matches!(hit.kind, TimexType::Date | TimexType::Time) {
            let v = hit.value.as_bytes();
            let digits = |r: std::ops::Range<usize>| v[r].iter().all(u8::is_ascii_digit);
            if v.len() >= 7 && digits(0..4) && v[4] == b'-' && digits(5..7) {
                let y: i32 = hit.value[..4].parse().unwrap_or(0);
                let m: u8 = hit.value[5..7].parse().unwrap_or(0);
                if (1..=12).contains(&m) {
                    self.last_month = Some((sentence, y, m));
                }
                if v.len() >= 10 {
                    if let Some(d) = CivilDate::parse_iso(&hit.value[..10]) {
                        self.last_day = Some((sentence, d));
                    }
                }
            }
        }
        if hit.kind == TimexType::Duration {
            // "for the nine months", "the six months ended Aug. 12", "the year ended
            // Sept. 30": the period now talked about is (most of) a year, so "a year
            // earlier" that follows is that year, not a quarter
            let months = matches!(hit.value.as_str(), "P6M" | "P9M" | "P1Y");
            let the = self.is(hit.a, Kw::The)
                || hit.a > 0 && self.is(hit.a - 1, Kw::The)
                || hit.a > 1 && self.is(hit.a - 2, Kw::The);
            if months && the {
                if let Some(r) = self.r {
                    let year = self
                        .anchor
                        .filter(|an| sentence.saturating_sub(an.sentence) <= 2)
                        .map_or(r.year(), |an| an.year);
                    self.anchor = Some(Anchor {
                        sentence,
                        year,
                        quarter: None,
                        fiscal: false,
                    });
                }
            }
            return;
        }
        if hit.kind != TimexType::Date || !hit.anchor {
            return;
        }
        let v = hit.value.as_bytes();
        if v.len() >= 4 && v[..4].iter().all(u8::is_ascii_digit) {
            // "the quarter ended Sept. 30": the day describes the quarter talked about
            if v.len() == 10
                && hit.a > 0
                && matches!(self.word(hit.a - 1), "ended" | "ending")
                && self
                    .anchor
                    .is_some_and(|an| an.quarter.is_some() && an.sentence == sentence)
            {
                return;
            }
            let year = hit.value[..4].parse().unwrap_or(0);
            let quarter = if v.len() == 7 && v[5] == b'Q' {
                Some(v[6] - b'0')
            } else {
                None
            };
            let fiscal = quarter.is_some_and(|q| self.fiscal_quarter(hit, year, q));
            self.anchor = Some(Anchor {
                sentence,
                year,
                quarter,
                fiscal,
            });
        }
    }

    /// Whether quarter `q` of `year`, named by `hit`, is a fiscal quarter: called so
    /// ("fiscal second-quarter"), said to end on a day outside the calendar quarter of
    /// that number ("its fourth quarter ended June 30"), or reported on in the past
    /// before the calendar quarter of that number is over ("reported a decline in
    /// fourth-quarter earnings" on Nov. 2).
    fn fiscal_quarter(&self, hit: &Hit, year: i32, q: u8) -> bool {
        let start = hit.a.saturating_sub(1);
        if (start..hit.b).any(|k| self.is(k, Kw::Fiscal)) {
            return true;
        }
        if let Some((y, cq)) = self.quarter_ended(hit.b) {
            return (y, cq) != (year, q);
        }
        let Some(r) = self.r else {
            return false;
        };
        let named = (hit.a..hit.b).any(|k| matches!(self.lex(k), Lex::Ordinal(_)));
        let last_ended = value::last_ended_quarter(r);
        named && (year, q) > last_ended && self.tense(hit.a, hit.b) == Tense::Past
    }

    // ----- token helpers -----

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::Other, |t| t.lex)
    }

    fn kw(&self, i: usize) -> Option<Kw> {
        match self.lex(i) {
            Lex::Kw(k) => Some(k),
            _ => None,
        }
    }

    fn is(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| &self.lower[t.start as usize..t.end as usize])
    }

    fn raw(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| &self.text[t.start as usize..t.end as usize])
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(self.text, c))
    }

    /// Token `i` is a hyphen joining two parts of one word ("third-quarter").
    fn hyphen(&self, i: usize) -> bool {
        self.punct(i, b'-')
            && !self.toks[i].space_before
            && self.toks.get(i + 1).is_some_and(|t| !t.space_before)
    }

    /// A whole number written with digits only.
    fn int(&self, i: usize) -> Option<i64> {
        let t = self.toks.get(i)?;
        if t.shape != Shape::Number || !t.num.is_finite() || t.num.fract() != 0.0 {
            return None;
        }
        if !self.raw(i).bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(t.num as i64)
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit(u, p) => Some((u, p)),
            _ => None,
        }
    }

    fn tense(&self, a: usize, b: usize) -> Tense {
        tense_around(self.toks, self.lower, a, b)
    }
}

/// Whether some pattern can start at keyword `k`. The keywords listed here are only
/// ever read inside an expression begun by another word ("two days *ago*", "the end *of*
/// May", "more *than* a year"), so the common ones ("of", "in", "and", "to") cost no
/// pattern attempts.
fn starts_pattern(k: Kw) -> bool {
    !matches!(
        k,
        Kw::Same
            | Kw::Previously
            | Kw::Formerly
            | Kw::Soon
            | Kw::Ago
            | Kw::Before
            | Kw::After
            | Kw::Ahead
            | Kw::Of
            | Kw::In
            | Kw::Quarterly
            | Kw::Overnight
            | Kw::Am
            | Kw::Pm
            | Kw::OClock
            | Kw::Than
            | Kw::Least
            | Kw::Most
            | Kw::To
            | Kw::Half
            | Kw::Full
            | Kw::Additional
            | Kw::Another
            | Kw::Whole
            | Kw::Period
            | Kw::Term
            | Kw::Time
            | Kw::Times
            | Kw::Moment
            | Kw::Ended
            | Kw::And
            | Kw::Or
            | Kw::From
            | Kw::Since
            | Kw::Other
            | Kw::Once
            | Kw::Thousand
            | Kw::Hundred
    )
}

/// Whether the patterns that start at keyword `k` all read a temporal word right after
/// it ("the third quarter", "a year", "that day", "last week", "more than", "at least"):
/// before a word the lexicon gives no meaning ("the company", "at home") none of them
/// matches, unless [`read_by_spelling`] says so. Keywords that are expressions by
/// themselves ("now", "today", "daily", "current") or whose patterns read such a word
/// later ("early Q3", "fiscal first quarter") are not listed.
fn needs_next(k: Kw) -> bool {
    matches!(
        k,
        Kw::The
            | Kw::A
            | Kw::At
            | Kw::More
            | Kw::Less
            | Kw::Up
            | Kw::Over
            | Kw::About
            | Kw::Nearly
            | Kw::Approx
            | Kw::Some
            | Kw::Several
            | Kw::Few
            | Kw::Many
            | Kw::Couple
            | Kw::That
            | Kw::This
            | Kw::These
            | Kw::Last
            | Kw::Next
            | Kw::Past
            | Kw::Coming
            | Kw::Previous
            | Kw::Following
            | Kw::Upcoming
            | Kw::End
            | Kw::Beginning
            | Kw::Start
            | Kw::Middle
            | Kw::Every
            | Kw::Each
            | Kw::Per
            | Kw::Right
            | Kw::Future
    )
}

/// The words of no lexicon meaning that the patterns read by their spelling after an
/// opening keyword ("the latest quarter", "the comparable period", "the near future",
/// "the long term").
fn read_by_spelling(word: &str) -> bool {
    matches!(
        word,
        "latest"
            | "comparable"
            | "corresponding"
            | "initial"
            | "final"
            | "near"
            | "distant"
            | "foreseeable"
            | "immediate"
            | "long"
            | "short"
    )
}

/// Finds all expressions in `toks`.
pub fn find(
    text: &str,
    lower: &str,
    toks: &[Tok],
    r: Option<CivilDate>,
    settings: Settings,
    out: &mut Vec<Hit>,
) {
    Matcher::new(text, lower, toks, r, settings).run(out);
}
