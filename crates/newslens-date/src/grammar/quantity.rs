//! Amounts of time: durations ("for three months" → P3M, "months" → PXM, "the past two
//! years" → P2Y, "two-year", "8-month-old") and points counted back or forward from
//! the reference date ("two years ago", "a year earlier", "10 days from now").

use super::{Hit, Matcher};
use crate::lexicon::{Kw, Lex, Unit};
use crate::tokens::Shape;
use crate::value;
use newslens_core::output::date::TimexType;
use newslens_core::CivilDate;

impl Matcher<'_> {
    /// An amount of time starting at token `i`.
    pub(super) fn quantity(&self, i: usize) -> Option<Hit> {
        let mut j = self.skip_approximator(i);
        let approx = j > i;
        // "about two weeks": TimeBank leaves "about"/"almost"/"around" out, except before
        // "ago"; it keeps "nearly", "at least", "up to", "more than", "less than".
        if approx
            && matches!(
                self.word(i),
                "about" | "around" | "almost" | "approximately" | "roughly"
            )
        {
            let inner = self.quantity(j)?;
            if inner.kind == TimexType::Date && self.ends_with_ago(inner.b) {
                return Some(Hit { a: i, ..inner });
            }
            return Some(inner);
        }
        let the = self.is(j, Kw::The);
        if the {
            j += 1;
        }
        let rel_word = self.word(j);
        if matches!(self.word(j), "latest" | "year") && !self.is(j + 1, Kw::Ago) {
            // "the latest nine months", "the year-earlier nine months"
            let mut k = j + 1;
            if self.word(j) == "year" {
                if !(self.hyphen(k) && matches!(self.kw(k + 1), Some(Kw::Earlier | Kw::Ago))) {
                    k = usize::MAX;
                } else {
                    k += 2;
                }
            }
            if k != usize::MAX && self.amount(k).is_some() {
                j = k;
            }
        }
        let rel = matches!(
            self.lex(j),
            Lex::Kw(Kw::Past | Kw::Last | Kw::Next | Kw::Coming | Kw::Previous | Kw::Following)
                | Lex::Ordinal(1)
        ) || (rel_word == "recent" && !the)
            || rel_word == "initial"
            || rel_word == "final";
        if rel {
            j += 1;
        }
        let (amount, mut after_qty, has_qty) = match self.amount(j) {
            Some((a, k)) => (a, k, true),
            None => (Some(1.0), j, false),
        };
        // "two to three weeks", "12 to 18 months": one expression, the lower amount
        if has_qty
            && matches!(self.word(after_qty), "to" | "or")
            && !self.is(after_qty + 1, Kw::A)
            && self.unit(after_qty + 1).is_none()
        {
            if let Some((_, k)) = self.amount(after_qty + 1) {
                if self.unit(k).is_some() {
                    after_qty = k;
                }
            }
        }
        j = after_qty;
        if matches!(
            self.kw(j),
            Some(Kw::More | Kw::Additional | Kw::Full | Kw::Whole)
        ) && has_qty
        {
            j += 1;
        }
        let hyphenated = has_qty && self.hyphen(j);
        if hyphenated {
            j += 1;
        }
        let (u, plural) = self.unit(j)?;
        j += 1;
        // "a minute and a half"
        let mut amount = amount;
        if has_qty
            && self.word(j) == "and"
            && self.is(j + 1, Kw::A)
            && self.is(j + 2, Kw::Half)
            && amount.is_some_and(|k| k.fract() == 0.0)
        {
            amount = amount.map(|k| k + 0.5);
            j += 3;
        }
        // "a year-earlier loss" is a date (see `relative`); "three-quarters", "a quarter of"
        // are fractions; "a second time" an ordinal; "52 years old" an age
        if (self.hyphen(j) && matches!(self.kw(j + 1), Some(Kw::Earlier | Kw::Ago)))
            || (u == Unit::Quarter && (self.is(j, Kw::Of) || hyphenated && plural))
            || (u == Unit::Second && j >= 2 && self.is(j - 2, Kw::A))
            || self.word(j) == "old"
        {
            return None;
        }
        if hyphenated {
            // ages ("6-year-old") are not temporal expressions in TimeML
            if self.hyphen(j) && self.word(j + 1) == "old" {
                return None;
            }
            if self.hyphen(j) && self.word(j + 1) == "long" {
                j += 2;
            }
            // "the two-week strike": the determiner belongs to the noun
            let a = if the && !rel { i + 1 } else { i };
            return Some(Hit::new(a, j, TimexType::Duration, u.duration(amount)));
        }
        // "their third day-long meeting", "a decades-long battle": a length of time (the
        // determiner belongs to the noun)
        if !has_qty && !rel && !approx && self.hyphen(j) && self.word(j + 1) == "long" {
            let a = if the { i + 1 } else { i };
            let amount = if plural { None } else { Some(1.0) };
            return Some(Hit::new(a, j + 2, TimexType::Duration, u.duration(amount)));
        }
        if !has_qty {
            if rel_word == "recent" {
                return Some(if u == Unit::Year {
                    Hit::new(i, j, TimexType::Date, "PAST_REF")
                } else {
                    Hit::new(i, j, TimexType::Duration, u.duration(None))
                });
            }
            if !(plural || the && rel) {
                return None;
            }
            if plural {
                // bare "years", "months", "the past few weeks" handled by amount()
                if !matches!(
                    u,
                    Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century
                ) || approx
                {
                    return None;
                }
                if the && !rel && !self.is(j, Kw::Ahead) {
                    return None;
                }
                if self.is(j, Kw::Ago) {
                    return Some(Hit::new(i, j + 1, TimexType::Date, "PAST_REF"));
                }
                if matches!(self.kw(j), Some(Kw::Ahead)) {
                    return Some(Hit::new(i, j + 1, TimexType::Duration, u.duration(None)));
                }
                return Some(Hit::new(i, j, TimexType::Duration, u.duration(None)));
            }
        }
        // counted from the reference date
        match self.kw(j) {
            Some(Kw::Ago) if !the && !rel => {
                return Some(self.counted(i, j + 1, amount, u, -1, false));
            }
            Some(Kw::Earlier | Kw::Before) if !the && !rel && has_qty => {
                if self.kw(j) == Some(Kw::Before)
                    && self.tok(j + 1).is_some_and(|t| t.shape == Shape::Word)
                {
                    // "two days before the vote": a duration
                    return Some(Hit::new(i, j, TimexType::Duration, u.duration(amount)));
                }
                return Some(self.counted(i, j + 1, amount, u, -1, true));
            }
            Some(Kw::Later) if !the && !rel && has_qty => {
                return Some(Hit::new(i, j, TimexType::Duration, u.duration(amount)));
            }
            Some(Kw::From) if self.word(j + 1) == "now" => {
                return Some(self.counted(i, j + 2, amount, u, 1, false));
            }
            Some(Kw::Ahead) => {
                return Some(Hit::new(i, j + 1, TimexType::Duration, u.duration(amount)));
            }
            _ => {}
        }
        if u == Unit::Weekend {
            return None;
        }
        Some(Hit::new(i, j, TimexType::Duration, u.duration(amount)))
    }

    fn ends_with_ago(&self, b: usize) -> bool {
        b > 0 && self.is(b - 1, Kw::Ago)
    }

    /// about / around / nearly / almost / more than / less than / at least / up to.
    fn skip_approximator(&self, i: usize) -> usize {
        match self.kw(i) {
            Some(Kw::About | Kw::Nearly | Kw::Approx) => i + 1,
            // "over a week" but not "over the past year"
            Some(Kw::Over) if !self.is(i + 1, Kw::The) => i + 1,
            Some(Kw::More | Kw::Less) if self.is(i + 1, Kw::Than) => i + 2,
            Some(Kw::At) if matches!(self.kw(i + 1), Some(Kw::Least | Kw::Most)) => i + 2,
            Some(Kw::Up) if self.is(i + 1, Kw::To) => i + 2,
            _ => i,
        }
    }

    /// A number of units: digits, number words ("twenty-five"), "a", "a few", "several",
    /// "a couple of". `None` inside means an unspecified amount.
    pub(super) fn amount(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.tok(i)?;
        if t.shape == Shape::Number {
            if t.num.is_finite() && t.num > 0.0 && t.num < 1000.0 {
                // "2 1/2 years"
                if self.raw(i + 1) == "1/2" && t.num.fract() == 0.0 {
                    return Some((Some(t.num + 0.5), i + 2));
                }
                return Some((Some(t.num), i + 1));
            }
            return None;
        }
        match t.lex {
            Lex::Number(n) => {
                if self.hyphen(i + 1) {
                    if let Lex::Number(_) = self.lex(i + 2) {
                        return None;
                    }
                }
                Some((Some(n), i + 1))
            }
            Lex::Tens(t) => {
                if self.hyphen(i + 1) {
                    if let Lex::Number(u) = self.lex(i + 2) {
                        if u < 10.0 {
                            return Some((Some(f64::from(t) + u), i + 3));
                        }
                    }
                }
                // "twenty four hours"
                if let Lex::Number(u) = self.lex(i + 1) {
                    if u < 10.0 {
                        return Some((Some(f64::from(t) + u), i + 2));
                    }
                }
                Some((Some(f64::from(t)), i + 1))
            }
            Lex::Kw(Kw::A) => match self.kw(i + 1) {
                Some(Kw::Few) => Some((None, i + 2)),
                Some(Kw::Couple) => Some((
                    Some(2.0),
                    if self.is(i + 2, Kw::Of) { i + 3 } else { i + 2 },
                )),
                _ if self.word(i + 1) == "dozen" => Some((Some(12.0), i + 2)),
                _ if self.word(i + 1) == "hundred" => Some((Some(100.0), i + 2)),
                _ => Some((Some(1.0), i + 1)),
            },
            Lex::Kw(Kw::Several | Kw::Few | Kw::Many) => Some((None, i + 1)),
            // "the next couple of years"
            Lex::Kw(Kw::Couple) if self.is(i + 1, Kw::Of) => Some((Some(2.0), i + 2)),
            Lex::Kw(Kw::Some) if matches!(self.unit(i + 1), Some((_, true))) => Some((None, i + 1)),
            _ => None,
        }
    }

    /// A point `amount` units before (`sign` -1) or after (+1) the reference date (or,
    /// with `from_anchor`, the quarter or year recently talked about).
    fn counted(
        &self,
        a: usize,
        b: usize,
        amount: Option<f64>,
        u: Unit,
        sign: i64,
        from_anchor: bool,
    ) -> Hit {
        let fuzzy = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        let (Some(n), Some(r)) = (amount, self.r) else {
            let v = if amount.is_none() {
                fuzzy.to_string()
            } else {
                undated(u)
            };
            return Hit::new(a, b, TimexType::Date, v);
        };
        if n.fract() != 0.0 {
            return Hit::new(a, b, TimexType::Date, fuzzy);
        }
        let k = n as i64 * sign;
        // "a year ago" / "a year earlier" in a sentence about quarters: that quarter
        if u == Unit::Year {
            if let Some(an) = self.anchor {
                let near = self.toks[a].sentence.saturating_sub(an.sentence);
                if near <= super::ANCHOR_REACH {
                    if let Some(q) = an.quarter {
                        return Hit::new(
                            a,
                            b,
                            TimexType::Date,
                            value::quarter(an.year + k as i32, q),
                        );
                    }
                    if from_anchor && near <= 1 {
                        return Hit::new(a, b, TimexType::Date, value::year(an.year + k as i32));
                    }
                }
            }
        }
        let v = match u {
            Unit::Year => value::year(r.year() + k as i32),
            Unit::Decade => value::year(r.year() + 10 * k as i32),
            Unit::Century => value::year(r.year() + 100 * k as i32),
            Unit::Quarter => {
                let (y, q) = value::shift_quarter(r.year(), value::quarter_of(r.month()), k as i32);
                value::quarter(y, q)
            }
            Unit::HalfYear => {
                let (y, m) = value::shift_month(r.year(), r.month(), 6 * k as i32);
                value::month(y, m)
            }
            Unit::Month => {
                let (y, m) = value::shift_month(r.year(), r.month(), k as i32);
                value::month(y, m)
            }
            Unit::Week => value::week(r.add_days(7 * k)),
            Unit::Weekend => value::week(r.add_days(7 * k)),
            Unit::Day => value::day(r.add_days(k)),
            Unit::Hour | Unit::Minute | Unit::Second => day_of(r),
        };
        Hit::new(a, b, TimexType::Date, v)
    }
}

fn day_of(r: CivilDate) -> String {
    value::day(r)
}

fn undated(u: Unit) -> String {
    match u {
        Unit::Year | Unit::Decade | Unit::Century => "XXXX",
        Unit::Quarter => "XXXX-QX",
        Unit::Month | Unit::HalfYear => "XXXX-XX",
        Unit::Week | Unit::Weekend => "XXXX-WXX",
        _ => "XXXX-XX-XX",
    }
    .to_string()
}
