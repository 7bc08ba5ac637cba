//! Calendar expressions: "July 26, 2011", "26 July 2011", "Sept. 30", "7/26/2011",
//! "2011-07-26", "Saturday", "Friday night", years, decades, centuries, quarters and
//! halves ("the third quarter", "third-quarter", "Q3", "fiscal 2019"), seasons
//! ("the winter of 1994", "last fall" is relative), spoken years ("nineteen ninety-six").

use super::{Hit, Matcher};
use crate::lexicon::{Holiday, Kw, Lex, Unit};
use crate::tense::Tense;
use crate::tokens::Shape;
use crate::value;
use newslens_core::output::date::TimexType;
use newslens_core::CivilDate;

impl Matcher<'_> {
    /// A calendar expression starting at token `i`.
    pub(super) fn calendar(&self, i: usize) -> Option<Hit> {
        // [the] (end|beginning|start|middle) of X: the value of X.
        let mut j = i;
        if self.is(j, Kw::The) {
            j += 1;
        }
        if matches!(
            self.kw(j),
            Some(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
        ) && self.is(j + 1, Kw::Of)
        {
            let inner = self
                .calendar(j + 2)
                .or_else(|| self.relative(j + 2))
                .filter(|h| h.kind == TimexType::Date)?;
            return Some(Hit { a: i, ..inner });
        }
        // early / late / mid / earlier / later before a calendar point.
        let mut k = i;
        let mut modified = false;
        if matches!(
            self.kw(k),
            Some(Kw::Early | Kw::Late | Kw::Mid | Kw::Earlier | Kw::Later)
        ) || (self.is(k, Kw::The)
            && matches!(self.kw(k + 1), Some(Kw::Mid | Kw::Early | Kw::Late)))
        {
            if self.is(k, Kw::The) {
                k += 1;
            }
            k += 1;
            if self.hyphen(k) {
                k += 1;
            }
            modified = true;
        }
        let core = self.calendar_core(k)?;
        if modified {
            if core.a != k {
                return None;
            }
            // "Earlier Sunday", "Late Monday": TimeBank tags the weekday alone
            if matches!(self.lex(k), Lex::Weekday(..)) && !self.is(i, Kw::Early) {
                return Some(core);
            }
            return Some(Hit { a: i, ..core });
        }
        Some(core)
    }

    fn calendar_core(&self, i: usize) -> Option<Hit> {
        match self.lex(i) {
            Lex::Month(m) => self.month_expr(i, m),
            Lex::Weekday(d, false) => self.weekday_expr(i, d),
            Lex::Season(_) => self.season_expr(i, i),
            Lex::Ordinal(_) | Lex::Unit(Unit::Second, false) => self.part_of_year(i, i, None),
            Lex::Number(n) if (10.0..=20.0).contains(&n) => self.spoken_year(i, i),
            Lex::Kw(Kw::Fiscal) => self.fiscal(i),
            Lex::Kw(Kw::The) => self.the_calendar(i),
            Lex::Holiday(h) => self.holiday(i, h),
            Lex::Other => {
                let t = self.tok(i)?;
                match t.shape {
                    Shape::Number => self.number_expr(i),
                    Shape::Punct => self.apostrophe_year(i, i),
                    Shape::Word => self.q_quarter(i),
                }
            }
            _ => None,
        }
    }

    /// "the 1990s", "the third quarter", "the 20th century", "the year 2000",
    /// "the winter of 1994", "the 1988 second quarter".
    fn the_calendar(&self, i: usize) -> Option<Hit> {
        let j = i + 1;
        if self.is(j, Kw::Fiscal) {
            return self.fiscal(j).map(|h| Hit { a: i, ..h });
        }
        if let Some((Unit::Year, false)) = self.unit(j) {
            if let Some(y) = self.year_at(j + 1) {
                return Some(Hit::new(i, j + 2, TimexType::Date, value::year(y)));
            }
            if matches!(self.lex(j + 1), Lex::Number(_)) {
                return self.spoken_year(j + 1, i);
            }
            return None;
        }
        let inner = match self.lex(j) {
            Lex::Season(_) => self.season_expr(j, i),
            Lex::DecadeWord(d) => {
                // "the nineties": the twentieth century's unless the reference says otherwise
                let century = self
                    .r
                    .map_or(19, |r| if r.year() >= 2030 { 20 } else { 19 });
                Some(Hit::new(i, j + 1, TimexType::Date, format!("{century}{d}")))
            }
            Lex::Kw(Kw::Last) if self.is(j + 1, Kw::Half) => {
                return self.part_of_year(j, i, None);
            }
            Lex::Ordinal(_) | Lex::Unit(Unit::Second, false) => {
                // part_of_year decides whether "the" belongs ("the third-quarter loss")
                return self.part_of_year(j, i, None);
            }
            Lex::Other => match self.tok(j)?.shape {
                Shape::Number => {
                    if let Some(y) = self.year_at(j) {
                        // the 1988 second quarter
                        if let Some(h) = self.part_of_year(j + 1, i, Some(y)) {
                            return Some(h);
                        }
                        if matches!(self.unit(j + 1), Some((Unit::Quarter, false)))
                            || self.is(j + 1, Kw::Period)
                        {
                            // "the 1988 period": the quarter under discussion, that year
                            // (the year itself after "the nine months")
                            let q = match self.anchor.filter(|an| self.in_reach(i, an.sentence)) {
                                Some(an) => an.quarter,
                                None => self.r.map(|r| value::last_ended_quarter(r).1),
                            };
                            let v = q.map_or_else(|| value::year(y), |q| value::quarter(y, q));
                            return Some(Hit::new(i, j + 2, TimexType::Date, v));
                        }
                        return None;
                    }
                    let h = self.number_expr(j)?;
                    if h.value.len() == 3 || self.century_word(h.b - 1) {
                        Some(h)
                    } else {
                        None
                    }
                }
                Shape::Punct => self.apostrophe_year(j, i),
                Shape::Word => None,
            },
            _ => None,
        }?;
        Some(Hit { a: i, ..inner })
    }

    fn century_word(&self, i: usize) -> bool {
        matches!(self.unit(i), Some((Unit::Century, _)))
    }

    /// A month name (capitalized; "May" and "March" need a number or a cue beside them),
    /// with the period of an abbreviation. Returns the month and the next token.
    pub(super) fn month_at(&self, i: usize) -> Option<(u8, usize)> {
        let Lex::Month(m) = self.lex(i) else {
            return None;
        };
        let t = self.tok(i)?;
        if !t.cap {
            return None;
        }
        let w = self.word(i);
        let full = (w.len() > 3 && w != "sept") || w == "may";
        let mut j = i + 1;
        let dotted = self.punct(j, b'.') && !self.toks[j].space_before;
        if !full && !dotted && w != "may" {
            // "Jan 5" without a period: accept only before a number.
            if self.tok(j).is_none_or(|n| n.shape != Shape::Number) {
                return None;
            }
        }
        if dotted && !full {
            j += 1;
        }
        Some((m, j))
    }

    fn day_at(&self, i: usize) -> Option<u8> {
        let t = self.tok(i)?;
        if t.shape != Shape::Number {
            return None;
        }
        let raw = self.raw(i);
        let d = if let Some(d) = self.int(i) {
            if raw.len() > 2 {
                return None;
            }
            d as u32
        } else {
            crate::lexicon::parse_digit_ordinal(raw)?
        };
        (1..=31).contains(&d).then_some(d as u8)
    }

    /// A four-digit year (1000-2199), or `'98`.
    pub(super) fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.shape == Shape::Number && t.len == 4 {
            let y = self.int(i)?;
            return (1000..=2199).contains(&y).then_some(y as i32);
        }
        None
    }

    fn month_expr(&self, i: usize, m: u8) -> Option<Hit> {
        let (m2, mut j) = self.month_at(i)?;
        debug_assert_eq!(m, m2);
        if let Some(d) = self.day_at(j) {
            j += 1;
            // , 2011 / 2011
            let (y, end) = if self.punct(j, b',') && self.year_at(j + 1).is_some() {
                (self.year_at(j + 1), j + 2)
            } else if let Some(y) = self.year_at(j) {
                (Some(y), j + 1)
            } else {
                (None, j)
            };
            let value = match (y, self.r) {
                (Some(y), _) => date_or_x(y, m, d),
                (None, Some(r)) => {
                    // TimeBank reads a month and day in the reference year unless
                    // that is more than eight months away; tense misleads here
                    // ("extended the offer to Nov. 16").
                    let tense = || self.tense(i, end);
                    date_or_x(value::year_of_day(r, m, d, tense), m, d)
                }
                (None, None) => format!("XXXX-{m:02}-{d:02}"),
            };
            return Some(Hit::new(i, end, TimexType::Date, value));
        }
        if let Some(y) = self.year_at(j) {
            return Some(Hit::new(i, j + 1, TimexType::Date, value::month(y, m)));
        }
        // "January nineteen ninety-seven" (broadcast transcripts)
        if let Some(h) = self.spoken_year(j, j) {
            return Some(Hit::new(
                i,
                h.b,
                TimexType::Date,
                format!("{}-{m:02}", h.value),
            ));
        }
        if self.punct(j, b',') && self.year_at(j + 1).is_some() {
            let y = self.year_at(j + 1)?;
            return Some(Hit::new(i, j + 2, TimexType::Date, value::month(y, m)));
        }
        if self.is(j, Kw::Of) {
            if let Some(y) = self.year_at(j + 1) {
                return Some(Hit::new(i, j + 2, TimexType::Date, value::month(y, m)));
            }
        }
        // "January this year": TimeBank tags "January" and "this year" apart; the
        // month takes the year named.
        if matches!(self.kw(j), Some(Kw::This | Kw::Last | Kw::Next))
            && matches!(self.unit(j + 1), Some((Unit::Year, false)))
        {
            let shift = match self.kw(j) {
                Some(Kw::Last) => -1,
                Some(Kw::Next) => 1,
                _ => 0,
            };
            let v = self.r.map_or_else(
                || format!("XXXX-{m:02}"),
                |r| value::month(r.year() + shift, m),
            );
            return Some(Hit::new(i, j, TimexType::Date, v));
        }
        // A bare month name: "May" and "March" need a cue before them.
        let w = self.word(i);
        if matches!(w, "may" | "march") && !self.month_cue_before(i) {
            return None;
        }
        // "so far this year through August": the year named in the clause
        let this_year_before = (i.saturating_sub(5)..i)
            .any(|k| self.is(k, Kw::This) && matches!(self.unit(k + 1), Some((Unit::Year, false))));
        let tense = match self.word(i.wrapping_sub(1)) {
            "by" | "until" | "till" | "through" | "upcoming" => Tense::Future,
            _ => self.tense(i, j),
        };
        let v = match self.r {
            Some(r) if this_year_before => value::month(r.year(), m),
            Some(r) => value::month(value::year_of_month(r, m, tense), m),
            None => format!("XXXX-{m:02}"),
        };
        Some(Hit::new(i, j, TimexType::Date, v))
    }

    fn month_cue_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        matches!(
            self.word(i - 1),
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "last"
                | "next"
                | "this"
                | "of"
                | "during"
                | "before"
                | "after"
                | "from"
                | "through"
                | "and"
                | "or"
                | "to"
                | "end"
                | "between"
        )
    }

    fn weekday_expr(&self, i: usize, d: u8) -> Option<Hit> {
        let t = self.tok(i)?;
        if !t.cap {
            return None;
        }
        let mut j = i + 1;
        // "Saturday, April 25[, 1998]": one expression, the date it names
        let after = if self.punct(j, b',') { j + 1 } else { j };
        if let Lex::Month(m) = self.lex(after) {
            if let Some(h) = self.month_expr(after, m) {
                if h.value.len() == 10 {
                    return Some(Hit { a: i, ..h });
                }
            }
        }
        let date = self.r.map(|r| value::weekday_near(r, d, self.tense(i, j)));
        let base = date.map_or_else(|| format!("XXXX-WXX-{d}"), value::day);
        if let Lex::DayPart(p, false) = self.lex(j) {
            j += 1;
            return Some(Hit::new(
                i,
                j,
                TimexType::Date,
                format!("{base}T{}", p.code()),
            ));
        }
        Some(Hit::new(i, j, TimexType::Date, base))
    }

    /// Season [of] [year]; `a` is where the expression starts ("the").
    fn season_expr(&self, i: usize, a: usize) -> Option<Hit> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        let mut j = i + 1;
        let spoken = if self.is(j, Kw::Of) {
            self.spoken_year(j + 1, j + 1)
        } else {
            None
        };
        let explicit = if let Some(h) = spoken {
            j = h.b;
            h.value.parse().ok()
        } else if self.is(j, Kw::Of) && self.year_at(j + 1).is_some() {
            j += 2;
            self.year_at(j - 1)
        } else if self.year_at(j).is_some() {
            j += 1;
            self.year_at(j - 1)
        } else {
            None
        };
        if explicit.is_none() {
            // "fall" and "spring" are verbs and nouns too: need "the"/"this" or a cue.
            let prev = if a > 0 { self.word(a - 1) } else { "" };
            let ok_before = a < i
                || matches!(
                    prev,
                    "in" | "since"
                        | "until"
                        | "by"
                        | "during"
                        | "this"
                        | "last"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "-"
                        | "through"
                );
            if !ok_before || matches!(self.word(j), "in" | "of" | "to" | "from" | "and") {
                return None;
            }
            if a < i && self.word(a) == "the" && matches!(self.word(j), "in" | "of") {
                return None;
            }
        }
        let v = match (explicit, self.r) {
            (Some(y), _) => format!("{}-{}", value::year(y), s.code()),
            (None, Some(r)) => {
                let y = value::year_of_season(r, s.start_month(), self.tense(a, j));
                format!("{}-{}", value::year(y), s.code())
            }
            (None, None) => format!("XXXX-{}", s.code()),
        };
        Some(Hit::new(a, j, TimexType::Date, v))
    }

    /// "third quarter", "third-quarter", "first half [of 1989]", "twentieth century";
    /// `a` is where the expression starts; `year` an explicit year before it.
    pub(super) fn part_of_year(&self, i: usize, a: usize, year: Option<i32>) -> Option<Hit> {
        let n = match self.lex(i) {
            Lex::Ordinal(n) => n,
            Lex::Unit(Unit::Second, false) => 2,
            // "the last half of 1989"
            Lex::Kw(Kw::Last) if self.is(i + 1, Kw::Half) => 2,
            _ => return None,
        };
        let mut j = i + 1;
        let mut a = a;
        if self.hyphen(j) {
            j += 1;
            // "the third-quarter loss": the determiner belongs to the noun
            if a < i && self.is(a, Kw::The) {
                a = if self.is(a + 1, Kw::Fiscal) { a + 1 } else { i };
            }
        }
        if self.is(j, Kw::Fiscal) {
            j += 1;
        }
        // "the first two quarters of 1990": the first half
        let two_quarters = n == 1
            && matches!(self.lex(j), Lex::Number(c) if c == 2.0)
            && matches!(self.unit(j + 1), Some((Unit::Quarter, true)));
        if two_quarters {
            j += 1;
        }
        let half = two_quarters || self.is(j, Kw::Half);
        let q = matches!(self.unit(j), Some((Unit::Quarter, false)));
        if matches!(self.unit(j), Some((Unit::Century, false))) {
            return Some(Hit::new(a, j + 1, TimexType::Date, format!("{:02}", n - 1)));
        }
        if !(half && n <= 2 || q && n <= 4) {
            return None;
        }
        j += 1;
        let mut year = year;
        if year.is_none() && self.is(j, Kw::Of) {
            if let Some(y) = self.year_at(j + 1) {
                year = Some(y);
                j += 2;
            } else if self.is(j + 1, Kw::Fiscal) && self.year_at(j + 2).is_some() {
                year = self.year_at(j + 2);
                j += 3;
            }
        }
        if year.is_none() {
            if let Some(y) = self.year_at(j) {
                // "the fourth quarter 1989"
                year = Some(y);
                j += 1;
            }
        }
        // "the last half" alone is relative ("of the '80s", "of the game")
        if year.is_none() && matches!(self.lex(i), Lex::Kw(Kw::Last)) {
            return None;
        }
        let code = if half {
            format!("H{n}")
        } else {
            format!("Q{n}")
        };
        let y = match year {
            Some(y) => value::year(y),
            None => self.year_of_part(n, half, a, j),
        };
        Some(Hit::new(a, j, TimexType::Date, format!("{y}-{code}")))
    }

    /// The year of quarter (or half) `n` named without one at tokens `a..j`: the
    /// reference year, or the year before when that part is still to come and the
    /// clause is not in the future ("profit fell in the third quarter", written in
    /// January); `XXXX` without a reference date.
    fn year_of_part(&self, n: u8, half: bool, a: usize, j: usize) -> String {
        let Some(r) = self.r else {
            return "XXXX".to_string();
        };
        let current = if half {
            (r.month() - 1) / 6 + 1
        } else {
            value::quarter_of(r.month())
        };
        let y = if n > current && self.tense(a, j) != Tense::Future {
            r.year() - 1
        } else {
            r.year()
        };
        value::year(y)
    }

    /// "Q3", "Q3 2019"; halves "H1 2021", "in H1." ("H2" alone before a word is more
    /// often hydrogen: "H2 production").
    fn q_quarter(&self, i: usize) -> Option<Hit> {
        let w = self.word(i).as_bytes();
        let half = match w {
            [b'q', b'1'..=b'4'] => false,
            [b'h', b'1' | b'2'] => true,
            _ => return None,
        };
        let n = w[1] - b'0';
        let year = self.year_at(i + 1);
        if half && year.is_none() && self.tok(i + 1).is_some_and(|t| t.shape == Shape::Word) {
            return None;
        }
        let (y, end) = match year {
            Some(y) => (value::year(y), i + 2),
            None => (self.year_of_part(n, half, i, i + 1), i + 1),
        };
        let code = if half { 'H' } else { 'Q' };
        Some(Hit::new(i, end, TimexType::Date, format!("{y}-{code}{n}")))
    }

    /// "fiscal 1989", "fiscal year 1990", "fiscal 1990 second quarter".
    fn fiscal(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if matches!(self.unit(j), Some((Unit::Year, false))) {
            j += 1;
        }
        if self.hyphen(j) {
            j += 1;
        }
        if let Some(y) = self.year_at(j) {
            if let Some(h) = self.part_of_year(j + 1, i, Some(y)) {
                return Some(h);
            }
            return Some(Hit::new(i, j + 1, TimexType::Date, value::year(y)));
        }
        // "fiscal first quarter"
        self.part_of_year(j, i, None)
    }

    /// Numbers: years, decades ("1990s"), numeric dates, "26 July 2011", "20th century".
    fn number_expr(&self, i: usize) -> Option<Hit> {
        let raw = self.raw(i);
        let t = self.tok(i)?;
        // money and other quantities are not years
        if i > 0
            && (self.punct(i - 1, b'$') || self.word(i - 1) == "no." || self.word(i - 1) == "#")
        {
            return None;
        }
        // 26 July 2011 / 26th July
        if let Some(d) = self.day_at(i) {
            if let Some((m, j)) = self.month_at(i + 1) {
                if self.word(i + 1) != "may" || self.year_at(j).is_some() {
                    return Some(match self.year_at(j) {
                        Some(y) => Hit::new(i, j + 1, TimexType::Date, date_or_x(y, m, d)),
                        None => {
                            let v = match self.r {
                                Some(r) => {
                                    let y = value::year_of_day(r, m, d, || Tense::Unknown);
                                    date_or_x(y, m, d)
                                }
                                None => format!("XXXX-{m:02}-{d:02}"),
                            };
                            Hit::new(i, j, TimexType::Date, v)
                        }
                    });
                }
            }
        }
        // 20th century
        if let Some(n) = crate::lexicon::parse_digit_ordinal(raw) {
            if matches!(self.unit(i + 1), Some((Unit::Century, false))) && (1..=30).contains(&n) {
                return Some(Hit::new(i, i + 2, TimexType::Date, format!("{:02}", n - 1)));
            }
            return None;
        }
        // 1990s
        if raw.len() == 5 && raw.ends_with('s') && raw[..4].bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = raw[..4].parse().ok()?;
            if (1000..=2190).contains(&y) && y % 10 == 0 {
                return Some(Hit::new(
                    i,
                    i + 1,
                    TimexType::Date,
                    format!("{:03}", y / 10),
                ));
            }
            return None;
        }
        // 7/26/2011, 7/26/87
        if raw.contains('/') {
            return self.slash_date(i, raw);
        }
        // 2011-07-26
        if t.len == 4 && self.hyphen(i + 1) && self.hyphen(i + 3) {
            if let (Some(y), Some(m), Some(d)) = (self.year_at(i), self.int(i + 2), self.int(i + 4))
            {
                if let Some(date) = CivilDate::new(y, m as u8, d as u8) {
                    return Some(Hit::new(i, i + 5, TimexType::Date, value::day(date)));
                }
            }
        }
        let y = self.year_at(i)?;
        if !(1900..=2099).contains(&y) && !self.year_cue_before(i) {
            return None;
        }
        let next = self.word(i + 1);
        if matches!(
            next,
            "%" | "percent" | "shares" | "people" | "tons" | "barrels" | "troops"
        ) || (self.hyphen(i + 1) && self.int(i + 2).is_some())
        {
            return None;
        }
        // the year between two separators of a bigger number: "1,990"
        if i > 0 && self.punct(i - 1, b',') && !self.toks[i].space_before {
            return None;
        }
        // 1988 second quarter
        if let Some(h) = self.part_of_year(i + 1, i, Some(y)) {
            return Some(h);
        }
        if let Some(Lex::Season(s)) = Some(self.lex(i + 1)) {
            return Some(Hit::new(
                i,
                i + 2,
                TimexType::Date,
                format!("{}-{}", value::year(y), s.code()),
            ));
        }
        Some(Hit::new(i, i + 1, TimexType::Date, value::year(y)))
    }

    fn year_cue_before(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.word(i - 1),
                "in" | "since" | "of" | "from" | "by" | "until" | "year" | "during" | "mid"
            )
    }

    fn slash_date(&self, i: usize, raw: &str) -> Option<Hit> {
        let mut parts = raw.split('/');
        let m: u8 = parts.next()?.parse().ok()?;
        let d: u8 = parts.next()?.parse().ok()?;
        let ys = parts.next()?;
        if parts.next().is_some() {
            return None;
        }
        let y: i32 = ys.parse().ok()?;
        let y = match ys.len() {
            2 if y > 30 => 1900 + y,
            2 => 2000 + y,
            4 => y,
            _ => return None,
        };
        let date = CivilDate::new(y, m, d)?;
        Some(Hit::new(i, i + 1, TimexType::Date, value::day(date)))
    }

    /// '87 (a year) or '90s (a decade); `a` is where the expression starts.
    fn apostrophe_year(&self, i: usize, a: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        let c = self.raw(i);
        if !(c == "'" || c == "’") {
            return None;
        }
        let n = self.tok(i + 1)?;
        if n.space_before || n.shape != Shape::Number {
            return None;
        }
        let raw = self.raw(i + 1);
        let _ = t;
        if raw.len() == 3 && raw.ends_with('s') && raw.as_bytes()[1] == b'0' {
            let d: i32 = raw[..2].parse().ok()?;
            let century = if d <= 20 { 200 } else { 190 };
            return Some(Hit::new(
                a,
                i + 2,
                TimexType::Date,
                format!("{:03}", century + d / 10),
            ));
        }
        if raw.len() == 2 && a == i {
            let y: i32 = raw.parse().ok()?;
            // only right after a month or a year cue
            if i > 0 && (matches!(self.lex(i - 1), Lex::Month(_)) || self.year_cue_before(i)) {
                let y = if y > 30 { 1900 + y } else { 2000 + y };
                return Some(Hit::new(a, i + 2, TimexType::Date, value::year(y)));
            }
        }
        None
    }

    /// "nineteen ninety-six", "nineteen eighty"; `a` is where the expression starts.
    fn spoken_year(&self, i: usize, a: usize) -> Option<Hit> {
        let Lex::Number(c) = self.lex(i) else {
            return None;
        };
        if let Lex::Kw(Kw::Thousand) = self.lex(i + 1) {
            // two thousand [and] [one]
            if c != 2.0 {
                return None;
            }
            let mut y = 2000;
            let mut j = i + 2;
            if let Lex::Number(u) = self.lex(j) {
                y += u as i32;
                j += 1;
            }
            if a == i {
                return None; // "two thousand" alone is usually a count
            }
            return Some(Hit::new(a, j, TimexType::Date, value::year(y)));
        }
        let Lex::Tens(t) = self.lex(i + 1) else {
            return None;
        };
        if !(10.0..=20.0).contains(&c) {
            return None;
        }
        let mut y = c as i32 * 100 + i32::from(t);
        let mut j = i + 2;
        if self.hyphen(j) {
            if let Lex::Number(u) = self.lex(j + 1) {
                if u < 10.0 {
                    y += u as i32;
                    j += 2;
                }
            }
        }
        Some(Hit::new(a, j, TimexType::Date, value::year(y)))
    }
}

impl Matcher<'_> {
    /// "Thanksgiving [Day]", "Christmas [Day|Eve]", "Easter [Sunday]", "Election Day",
    /// "Independence Day", "New Year's Day", with an optional year after it; without one,
    /// the occurrence in the clause's direction.
    fn holiday(&self, i: usize, h: Holiday) -> Option<Hit> {
        if !self.toks[i].cap {
            return None;
        }
        let day_after = |k: usize| self.word(k) == "day" && self.toks[k].cap;
        let mut j = i + 1;
        let mut h = h;
        let mut eve = false;
        match h {
            Holiday::BeforeDay(m, d) => {
                if !day_after(j) {
                    return None;
                }
                h = Holiday::Fixed(m, d);
                j += 1;
            }
            Holiday::Election | Holiday::NthWeekday(..) if self.word(i) != "thanksgiving" => {
                if !day_after(j) {
                    return None;
                }
                j += 1;
            }
            Holiday::NewYear => {
                // New Year's Day / New Year's Eve
                if !(self.word(j) == "year" && self.word(j + 1).ends_with('s')) {
                    return None;
                }
                j += 2;
                match self.word(j) {
                    "day" => h = Holiday::Fixed(1, 1),
                    "eve" => h = Holiday::Fixed(12, 31),
                    _ => return None,
                }
                j += 1;
            }
            _ => {
                if day_after(j) || (self.word(j) == "sunday" && h == Holiday::Easter) {
                    j += 1;
                } else if self.word(j) == "eve" {
                    eve = true;
                    j += 1;
                }
            }
        }
        let explicit = self.year_at(j);
        if explicit.is_some() {
            j += 1;
        }
        let date_in = |y: i32| -> Option<CivilDate> {
            let d = holiday_date(h, y)?;
            Some(if eve { d.add_days(-1) } else { d })
        };
        let v = match (explicit, self.r) {
            (Some(y), _) => value::day(date_in(y)?),
            (None, Some(r)) => {
                let this = date_in(r.year())?;
                let d = match self.tense(i, j) {
                    Tense::Past if this > r => date_in(r.year() - 1)?,
                    Tense::Future if this < r => date_in(r.year() + 1)?,
                    _ => this,
                };
                value::day(d)
            }
            (None, None) => match h {
                Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                _ => "XXXX-XX-XX".to_string(),
            },
        };
        Some(Hit::new(i, j, TimexType::Date, v))
    }
}

/// The date of holiday `h` in year `y`.
fn holiday_date(h: Holiday, y: i32) -> Option<CivilDate> {
    match h {
        Holiday::Fixed(m, d) | Holiday::BeforeDay(m, d) => CivilDate::new(y, m, d),
        Holiday::NthWeekday(m, wd, n) => nth_weekday(y, m, wd, n),
        Holiday::Election => nth_weekday(y, 11, 1, 1).map(|d| d.add_days(1)),
        Holiday::Easter => easter(y),
        Holiday::NewYear => CivilDate::new(y, 1, 1),
    }
}

/// The `n`-th (5 = last) ISO weekday `wd` of month `m`.
fn nth_weekday(y: i32, m: u8, wd: u8, n: u8) -> Option<CivilDate> {
    if n == 5 {
        let last = CivilDate::new(y, m, newslens_core::civil::days_in_month(y, m))?;
        let back = (i64::from(last.weekday().iso_number()) - i64::from(wd)).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let first = CivilDate::new(y, m, 1)?;
    let fwd = (i64::from(wd) - i64::from(first.weekday().iso_number())).rem_euclid(7);
    Some(first.add_days(fwd + 7 * (i64::from(n) - 1)))
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<CivilDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    CivilDate::new(y, month as u8, day as u8)
}

fn date_or_x(y: i32, m: u8, d: u8) -> String {
    match CivilDate::new(y, m, d) {
        Some(date) => value::day(date),
        None => format!("{}-{m:02}-{d:02}", value::year(y)),
    }
}
