//! Relative expressions resolved against the reference date: today, yesterday,
//! tomorrow, tonight; this/last/next/past/coming/previous/following + week, month,
//! year, quarter, weekend, weekday, month name, season or part of the day
//! ("this week" → 2020-W03, "last fall", "next month", "this morning"); "the quarter",
//! "the year-ago period", "that year"; with early/late/earlier/later before them.

use super::{Hit, Matcher};
use crate::lexicon::{DayPart, Kw, Lex, Unit};
use crate::tense::Tense;
use crate::value;
use newslens_core::output::date::TimexType;
use newslens_core::CivilDate;

/// The direction word before a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    This,
    Last,
    Next,
    The,
    That,
}

impl Matcher<'_> {
    /// A relative expression starting at token `i`.
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if matches!(
            self.kw(j),
            Some(Kw::Early | Kw::Late | Kw::Earlier | Kw::Later | Kw::Mid)
        ) {
            j += 1;
            if self.hyphen(j) {
                j += 1;
            }
        }
        if j == i {
            if let Some(h) = self
                .year_earlier(i)
                .or_else(|| self.year_end(i))
                .or_else(|| self.day_beyond(i))
            {
                return Some(h);
            }
        }
        // "mid-afternoon yesterday", "in mid afternoon": the part of that day (or today)
        if j > i && self.is(i, Kw::Mid) {
            if let Lex::DayPart(p, false) = self.lex(j) {
                let mut b = j + 1;
                let mut day = self.r.map(value::day);
                if let Some(d) = self.day_word(b).filter(|d| d.value.len() == 10) {
                    day = Some(d.value);
                    b = d.b;
                }
                let day = day.unwrap_or_else(|| "XXXX-XX-XX".to_string());
                return Some(Hit::new(
                    i,
                    b,
                    TimexType::Time,
                    format!("{day}T{}", p.code()),
                ));
            }
        }
        if let Some(h) = self.day_word(j) {
            // "later today", "earlier yesterday": TimeBank keeps "late yesterday" whole only
            let keep = j == i || self.is(i, Kw::Late) && self.is(j, Kw::Yesterday);
            return Some(if keep { Hit { a: i, ..h } } else { h });
        }
        let h = self.directed(j)?;
        if j > i && h.kind == TimexType::Duration {
            return None;
        }
        if let Some(h) = self.week_of(&h) {
            return Some(Hit { a: i, ..h });
        }
        // TimeBank leaves "earlier"/"later" out of "this week" (but keeps "early")
        if j > i && h.value.contains("-W") && !self.is(i, Kw::Early) {
            return Some(h);
        }
        Some(Hit { a: i, ..h })
    }

    /// "year-earlier" / "year-ago" as an adjective ("a year-earlier loss"): the
    /// quarter or year talked about, a year before.
    fn year_earlier(&self, i: usize) -> Option<Hit> {
        if !(matches!(self.unit(i), Some((Unit::Year, false)))
            && self.hyphen(i + 1)
            && matches!(self.kw(i + 2), Some(Kw::Earlier | Kw::Ago)))
        {
            return None;
        }
        let r = self.r?;
        let v = match self.report_quarter(i) {
            Some((y, q)) => value::quarter(y - 1, q),
            None => value::year(r.year() - 1),
        };
        Some(Hit::new(i, i + 3, TimexType::Date, v))
    }

    /// "by year-end", "at year end", "by year's end": the end of this year, or of the last
    /// one when the clause talks about the past ("since year-end"); the value is the
    /// year, as for "the end of the year".
    fn year_end(&self, i: usize) -> Option<Hit> {
        if !matches!(self.unit(i), Some((Unit::Year, false))) {
            return None;
        }
        let end = if self.hyphen(i + 1) || self.word(i + 1) == "'s" || self.word(i + 1) == "’s" {
            i + 2
        } else {
            i + 1
        };
        if !self.is(end, Kw::End) || self.hyphen(end + 1) {
            return None;
        }
        let v = match self.r {
            Some(r) => {
                let past =
                    i > 0 && self.word(i - 1) == "since" || self.tense(i, end + 1) == Tense::Past;
                value::year(if past { r.year() - 1 } else { r.year() })
            }
            None => "XXXX".to_string(),
        };
        Some(Hit::new(i, end + 1, TimexType::Date, v))
    }

    /// "the day after tomorrow", "the day before yesterday": two days from the
    /// reference date.
    fn day_beyond(&self, i: usize) -> Option<Hit> {
        if !(self.is(i, Kw::The) && matches!(self.unit(i + 1), Some((Unit::Day, false)))) {
            return None;
        }
        let shift = match (self.word(i + 2), self.kw(i + 3)?) {
            ("after", Kw::Tomorrow) => 2,
            ("before", Kw::Yesterday) => -2,
            _ => return None,
        };
        let v = value::day_or_unknown(self.r.map(|r| r.add_days(shift)));
        Some(Hit::new(i, i + 4, TimexType::Date, v))
    }

    /// today / yesterday / tomorrow / tonight [morning|afternoon|evening|night].
    fn day_word(&self, i: usize) -> Option<Hit> {
        let k = self.kw(i)?;
        let shift = match k {
            Kw::Today => 0,
            Kw::Yesterday => -1,
            Kw::Tomorrow => 1,
            Kw::Tonight => {
                let v = value::day_or_unknown(self.r);
                return Some(Hit::new(i, i + 1, TimexType::Time, format!("{v}TNI")));
            }
            _ => return None,
        };
        let base = value::day_or_unknown(self.r.map(|r| r.add_days(shift)));
        if let Lex::DayPart(p, false) = self.lex(i + 1) {
            return Some(Hit::new(
                i,
                i + 2,
                TimexType::Time,
                format!("{base}T{}", p.code()),
            ));
        }
        Some(Hit::new(i, i + 1, TimexType::Date, base))
    }

    /// [the] this|last|next|past|… + unit / weekday / month / season / part of day.
    fn directed(&self, i: usize) -> Option<Hit> {
        // "rates fell following Wednesday's cut": the preposition (after), not "the
        // following Wednesday"; the weekday is matched on its own
        if self.is(i, Kw::Following)
            && !(i > 0 && self.is(i - 1, Kw::The))
            && matches!(self.word(i + 2), "'s" | "’s")
        {
            return None;
        }
        let mut j = i;
        let mut dir = match self.kw(j)? {
            Kw::This | Kw::Current | Kw::These => Dir::This,
            Kw::Last | Kw::Past | Kw::Previous => Dir::Last,
            Kw::Next | Kw::Coming | Kw::Following | Kw::Upcoming => Dir::Next,
            Kw::The => Dir::The,
            Kw::That => Dir::That,
            _ => return None,
        };
        j += 1;
        // "the previous Friday", "the following month", "the next day": counted from the
        // time talked about, not from the reference date ("last Friday", "next month")
        let anaphoric = self.anaphoric_at(i);
        if dir == Dir::The {
            match self.kw(j) {
                Some(Kw::Last | Kw::Past | Kw::Previous) => {
                    dir = Dir::Last;
                    j += 1;
                }
                Some(Kw::Next | Kw::Coming | Kw::Following | Kw::Upcoming) => {
                    dir = Dir::Next;
                    j += 1;
                }
                Some(Kw::Current) => {
                    dir = Dir::This;
                    j += 1;
                }
                Some(Kw::Same) => {
                    dir = Dir::That;
                    j += 1;
                }
                _ => {}
            }
        }
        // "this past spring"
        if dir == Dir::This && matches!(self.kw(j), Some(Kw::Past)) {
            dir = Dir::Last;
            j += 1;
        }
        let latest = matches!(self.word(j), "latest" | "recent");
        if latest && matches!(dir, Dir::The | Dir::This) {
            j += 1;
        }
        // "the comparable year-ago quarter", "the corresponding period last year"
        if dir == Dir::The && matches!(self.word(j), "comparable" | "corresponding") {
            j += 1;
        }
        // year-ago / year-earlier + quarter / period
        let year_ago = matches!(self.unit(j), Some((Unit::Year, false)))
            && self.hyphen(j + 1)
            && matches!(self.kw(j + 2), Some(Kw::Ago | Kw::Earlier));
        if year_ago {
            j += 3;
        }
        if year_ago
            || (matches!(dir, Dir::This | Dir::Last | Dir::Next)
                && matches!(self.unit(j), Some((Unit::Year, false)))
                && self.word(j + 1).ends_with('s')
                && self.word(j + 1).len() == 2)
        {
            // "the year-ago third quarter", "this year's third quarter"
            let k = if year_ago { j } else { j + 2 };
            let shift = match (year_ago, dir) {
                (true, _) | (false, Dir::Last) => -1,
                (false, Dir::Next) => 1,
                _ => 0,
            };
            // "last year's quarter", "this year's period": the quarter talked about
            let bare =
                matches!(self.unit(k), Some((Unit::Quarter, false))) || self.is(k, Kw::Period);
            if let (Some(r), false, true) = (self.r, year_ago, bare) {
                let (y, q) = self
                    .anchor_quarter(i)
                    .unwrap_or_else(|| value::last_ended_quarter(r));
                return Some(Hit::new(
                    i,
                    k + 1,
                    TimexType::Date,
                    value::quarter(y + shift, q),
                ));
            }
            if let (Some(r), Some(h)) = (self.r, self.part_of_year(k, i, None)) {
                let base = self.anchor_quarter(i).map_or(r.year(), |(y, _)| y);
                let base = if year_ago { base } else { r.year() };
                let code = &h.value[h.value.len() - 2..];
                return Some(Hit::new(
                    i,
                    h.b,
                    TimexType::Date,
                    format!("{}-{code}", value::year(base + shift)),
                ));
            }
        }
        let fiscal = self.is(j, Kw::Fiscal);
        if fiscal {
            j += 1;
            if self.hyphen(j) {
                j += 1;
            }
        }
        let full = self.is(j, Kw::Full) && dir == Dir::The;
        if full {
            j += 1;
        }
        let r = self.r;
        let t = i; // start for tense lookups
        match self.lex(j) {
            Lex::Unit(u, false) => {
                let end = j + 1;
                if year_ago && !matches!(u, Unit::Quarter) && self.word(j) != "period" {
                    return None;
                }
                let h = self.unit_value(i, end, dir, u, year_ago || latest)?;
                Some(self.a_year_back(h))
            }
            Lex::Kw(Kw::Period) if dir == Dir::The || latest || year_ago => {
                let h = self.unit_value(i, j + 1, dir, Unit::Quarter, year_ago || latest)?;
                Some(self.a_year_back(h))
            }
            Lex::Weekday(d, false) if self.toks[j].cap && dir != Dir::The => {
                let from = self.last_day_near(i).filter(|_| anaphoric);
                let date = r.map(|r| {
                    let base = from.unwrap_or(r);
                    match dir {
                        Dir::Last => value::weekday_near(base.add_days(-1), d, Tense::Past),
                        Dir::Next => value::weekday_near(base.add_days(1), d, Tense::Future),
                        _ => value::weekday_near(r, d, self.tense(t, j + 1)),
                    }
                });
                let v = date.map_or_else(|| format!("XXXX-WXX-{d}"), value::day);
                if let Lex::DayPart(p, false) = self.lex(j + 1) {
                    return Some(Hit::new(
                        i,
                        j + 2,
                        TimexType::Date,
                        format!("{v}T{}", p.code()),
                    ));
                }
                Some(Hit::new(i, j + 1, TimexType::Date, v))
            }
            Lex::Month(m) if dir != Dir::The && dir != Dir::That => {
                let (_, end) = self.month_at(j)?;
                if self
                    .tok(end)
                    .is_some_and(|t| t.shape == crate::tokens::Shape::Number)
                {
                    return None; // "last Oct. 23": the date itself is the expression
                }
                let v = r.map_or_else(
                    || format!("XXXX-{m:02}"),
                    |r| {
                        let y = match dir {
                            Dir::Last if m >= r.month() => r.year() - 1,
                            Dir::Next if m <= r.month() => r.year() + 1,
                            _ => r.year(),
                        };
                        value::month(y, m)
                    },
                );
                Some(Hit::new(i, end, TimexType::Date, v))
            }
            Lex::Season(s) if dir != Dir::The || self.is(j + 1, Kw::Of) => {
                if dir == Dir::The {
                    return None;
                }
                let v = r.map_or_else(
                    || format!("XXXX-{}", s.code()),
                    |r| {
                        let tense = match dir {
                            Dir::Last => Tense::Past,
                            Dir::Next => Tense::Future,
                            _ => Tense::Unknown,
                        };
                        let mut y = value::year_of_season(r, s.start_month(), tense);
                        if dir == Dir::Last && y == r.year() && s.start_month() <= r.month() {
                            // the current season is "this", not "last"
                            let cur = value::year_of_season(r, s.start_month(), Tense::Unknown);
                            if cur == y && in_season(r, s.start_month()) {
                                y -= 1;
                            }
                        }
                        format!("{}-{}", value::year(y), s.code())
                    },
                );
                Some(Hit::new(i, j + 1, TimexType::Date, v))
            }
            // "the next morning", "the following evening": the day after the one talked about
            Lex::DayPart(p, false) if anaphoric && dir == Dir::Next => {
                let d = self.last_day_near(i).or(r)?.add_days(1);
                // typed like "Tuesday morning": a day with a part of it
                Some(Hit::new(
                    i,
                    j + 1,
                    TimexType::Date,
                    format!("{}T{}", value::day(d), p.code()),
                ))
            }
            Lex::DayPart(p, false)
                if matches!(dir, Dir::This | Dir::Last)
                    || dir == Dir::The && p != DayPart::Night =>
            {
                let shift = if dir == Dir::Last { -1 } else { 0 };
                if dir == Dir::Last && p != DayPart::Night {
                    return None;
                }
                let v = value::day_or_unknown(r.map(|r| r.add_days(shift)));
                Some(Hit::new(
                    i,
                    j + 1,
                    TimexType::Time,
                    format!("{v}T{}", p.code()),
                ))
            }
            Lex::Kw(Kw::Future) if dir == Dir::The => None,
            _ => None,
        }
    }

    /// The value of `dir` + unit `u`, tokens `a..end`.
    fn unit_value(&self, a: usize, end: usize, dir: Dir, u: Unit, latest: bool) -> Option<Hit> {
        let shift = match dir {
            Dir::Last => -1,
            Dir::Next => 1,
            _ => 0,
        };
        let prev = if a > 0 { self.word(a - 1) } else { "" };
        // "the past year", "the last month": TimeBank reads the period itself (like
        // "last year") rather than a length of time.
        let Some(r) = self.r else {
            let v = match u {
                Unit::Year => "XXXX".to_string(),
                Unit::Month => "XXXX-XX".to_string(),
                Unit::Week => "XXXX-WXX".to_string(),
                Unit::Weekend => "XXXX-WXX-WE".to_string(),
                Unit::Day => "XXXX-XX-XX".to_string(),
                Unit::Quarter => "XXXX-QX".to_string(),
                _ => return None,
            };
            return Some(Hit::new(a, end, TimexType::Date, v));
        };
        if u == Unit::Year && dir == Dir::The && matches!(self.word(end), "ended" | "ending") {
            // "the year ended March 31": a fiscal year, a length of time
            return Some(Hit::new(a, end, TimexType::Duration, "P1Y"));
        }
        let v = match u {
            Unit::Year if dir == Dir::Last && self.compares_figures(a, end) => {
                // "compared with a loss of $3 million last year", "from last year's $1.55
                // billion" in a report on a quarter: that quarter a year before
                match self.report_quarter(a) {
                    Some((y, q)) => value::quarter(y - 1, q),
                    None => value::year(r.year() - 1),
                }
            }
            Unit::Year => {
                let anchored = self
                    .anchor
                    .filter(|an| self.toks[a].sentence.saturating_sub(an.sentence) <= 3);
                let y = if dir == Dir::That {
                    self.anchor.map_or(r.year(), |an| an.year)
                } else if matches!(
                    self.kw(a + usize::from(self.is(a, Kw::The))),
                    Some(Kw::Following | Kw::Previous)
                ) && anchored.is_some()
                {
                    anchored.map_or(r.year(), |an| an.year) + shift
                } else if latest {
                    r.year() - 1
                } else {
                    r.year() + shift
                };
                value::year(y)
            }
            Unit::Month => {
                let (y, m) = match self.last_month_near(a).filter(|_| self.anaphoric_at(a)) {
                    Some((y, m)) => value::shift_month(y, m, shift),
                    None => value::shift_month(r.year(), r.month(), shift),
                };
                value::month(y, m)
            }
            Unit::Week => value::week(r.add_days(7 * i64::from(shift))),
            Unit::Weekend => {
                let base = match (dir, self.tense(a, end)) {
                    (Dir::Last, _) | (Dir::The, Tense::Past) => last_weekend(r),
                    (Dir::Next, _) | (Dir::The, Tense::Future) => next_weekend(r),
                    (Dir::This, _) => next_weekend(r.add_days(-2)),
                    _ => last_weekend(r.add_days(1)),
                };
                format!("{}-WE", value::week(base))
            }
            Unit::Day => {
                if dir == Dir::The && !matches!(prev, "on" | "that") {
                    return None;
                }
                // "that day", "the same day": the day just talked about, like "the
                // next day"
                let from = self
                    .last_day_near(a)
                    .filter(|_| dir == Dir::That || self.anaphoric_at(a))
                    .unwrap_or(r);
                value::day(from.add_days(i64::from(shift)))
            }
            Unit::Quarter => {
                let cur = value::quarter_of(r.month());
                let ended = self.quarter_ended(end);
                let fiscal = self.fiscal_anchor(a);
                let (y, q) = if let Some(yq) = ended.filter(|_| dir == Dir::The && fiscal.is_none())
                {
                    yq
                } else if dir == Dir::The || latest || dir == Dir::That {
                    let last_ended = value::last_ended_quarter(r);
                    match self.anchor_quarter(a) {
                        // "the latest quarter" has ended, whatever else was talked about
                        // ("a fourth-quarter charge"), unless it is a fiscal quarter
                        Some(yq) if latest && fiscal.is_none() && !has_ended(yq, last_ended) => {
                            last_ended
                        }
                        Some(yq) => yq,
                        None => last_ended,
                    }
                } else {
                    value::shift_quarter(r.year(), cur, shift)
                };
                let (y, q) = if self.word(a + 1) == "year" || self.word(a + 2) == "year" {
                    (y - 1, q)
                } else {
                    (y, q)
                };
                value::quarter(y, q)
            }
            Unit::Decade => {
                let d = r.year() / 10 + shift;
                format!("{d:03}")
            }
            Unit::Century => {
                let c = r.year() / 100 + shift;
                format!("{c:02}")
            }
            _ => return None,
        };
        Some(Hit::new(a, end, TimexType::Date, v))
    }

    /// "the week of March 6": the ISO week holding the day named after "of".
    fn week_of(&self, h: &Hit) -> Option<Hit> {
        if h.b != h.a + 2 || !self.is(h.a, Kw::The) || !h.value.contains("-W") {
            return None;
        }
        if !matches!(self.unit(h.a + 1), Some((Unit::Week, false))) || !self.is(h.b, Kw::Of) {
            return None;
        }
        let day = self.calendar(h.b + 1).filter(|d| d.value.len() == 10)?;
        let date = CivilDate::parse_iso(&day.value)?;
        Some(Hit::new(h.a, day.b, TimexType::Date, value::week(date)))
    }

    /// "the quarter a year ago", "the corresponding period last year": the quarter one
    /// year before, the trailing words in the extent.
    fn a_year_back(&self, h: Hit) -> Hit {
        let quarter = h.value.len() == 7 && h.value.as_bytes()[5] == b'Q';
        if !quarter || !self.is(h.a, Kw::The) {
            return h;
        }
        let b = h.b;
        let year = |k: usize| matches!(self.unit(k), Some((Unit::Year, false)));
        let end = if self.is(b, Kw::A)
            && year(b + 1)
            && matches!(self.kw(b + 2), Some(Kw::Ago | Kw::Earlier))
        {
            b + 3
        } else if self.is(b, Kw::Last) && year(b + 1) {
            b + 2
        } else {
            return h;
        };
        let y: i32 = h.value[..4].parse().unwrap_or(0);
        let value = format!("{}{}", value::year(y - 1), &h.value[4..]);
        Hit { b: end, value, ..h }
    }

    /// "[the quarter] ended Sept. 30": the three months up to that day, named by the
    /// calendar quarter holding their middle.
    pub(super) fn quarter_ended(&self, i: usize) -> Option<(i32, u8)> {
        if !matches!(self.word(i), "ended" | "ending" | "ends") {
            return None;
        }
        let h = self.calendar(i + 1).filter(|h| h.value.len() == 10)?;
        let d = CivilDate::parse_iso(&h.value)?.add_days(-45);
        Some((d.year(), value::quarter_of(d.month())))
    }

    /// The quarter a report is about, as "a year earlier" sees it: the quarter last
    /// talked about within eight sentences, unless a longer period ("the nine months")
    /// was talked about since.
    fn report_quarter(&self, a: usize) -> Option<(i32, u8)> {
        let an = self.anchor?;
        self.in_reach(a, an.sentence).then_some(())?;
        an.quarter.map(|q| (an.year, q))
    }

    /// Whether "last year" at `a..end` closes a comparison of figures: "… from $21.4
    /// million last year", "44 cents a share last year", "from last year's $1.55 billion".
    fn compares_figures(&self, a: usize, end: usize) -> bool {
        let figure = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.shape == crate::tokens::Shape::Number)
                || matches!(
                    self.word(k),
                    "million" | "billion" | "cents" | "share" | "%" | "percent"
                )
        };
        (a > 0 && figure(a - 1))
            || (self.word(end) == "'s" && (self.punct(end + 1, b'$') || figure(end + 1)))
    }

    /// Whether the expression at `a` counts from the time talked about: "[the] previous",
    /// "[the] following", "the next".
    fn anaphoric_at(&self, a: usize) -> bool {
        matches!(self.kw(a), Some(Kw::Previous | Kw::Following))
            || self.is(a, Kw::The)
                && matches!(
                    self.kw(a + 1),
                    Some(Kw::Previous | Kw::Following | Kw::Next)
                )
    }

    /// The day mentioned last, in this or the previous eight sentences.
    fn last_day_near(&self, a: usize) -> Option<CivilDate> {
        let (s, d) = self.last_day?;
        self.in_reach(a, s).then_some(d)
    }

    /// The month mentioned last, in this or the previous eight sentences.
    fn last_month_near(&self, a: usize) -> Option<(i32, u8)> {
        let (s, y, m) = self.last_month?;
        self.in_reach(a, s).then_some((y, m))
    }

    /// The quarter most recently mentioned in this or the previous two sentences, when
    /// it is a fiscal quarter.
    fn fiscal_anchor(&self, a: usize) -> Option<(i32, u8)> {
        self.anchor
            .filter(|an| an.fiscal)
            .and_then(|_| self.anchor_quarter(a))
    }

    /// The quarter most recently mentioned in this or the previous two sentences.
    fn anchor_quarter(&self, a: usize) -> Option<(i32, u8)> {
        let an = self.anchor?;
        let s = self.toks[a].sentence;
        (s.saturating_sub(an.sentence) <= 2).then_some(())?;
        an.quarter.map(|q| (an.year, q))
    }
}

/// Whether quarter `yq` is `last_ended` or before it.
fn has_ended(yq: (i32, u8), last_ended: (i32, u8)) -> bool {
    yq <= last_ended
}

fn in_season(r: CivilDate, start: u8) -> bool {
    let m = r.month();
    match start {
        12 => m == 12 || m <= 2,
        s => (s..s + 3).contains(&m),
    }
}

/// The Saturday of the last weekend strictly before `r` (yesterday's when `r` is a Sunday).
fn last_weekend(r: CivilDate) -> CivilDate {
    let wd = i64::from(r.weekday().iso_number());
    let back = (wd - 6).rem_euclid(7);
    r.add_days(-if back == 0 { 7 } else { back })
}

/// The Saturday of the first weekend on or after `r`.
fn next_weekend(r: CivilDate) -> CivilDate {
    let wd = i64::from(r.weekday().iso_number());
    r.add_days((6 - wd).rem_euclid(7))
}
