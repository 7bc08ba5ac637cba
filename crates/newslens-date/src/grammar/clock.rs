//! Times of day: "3 p.m. EST", "10:35 a.m.", "7:15", "noon", "midnight Friday",
//! "5 p.m. EST, Nov. 6", "9 a.m. Tuesday". The day is the one named after the time
//! (also "3 p.m. on Tuesday") or right before it ("Tuesday at 3 p.m.", see
//! `Matcher::run`), else the reference date.

use super::{Hit, Matcher};
use crate::lexicon::{DayPart, Kw, Lex};
use crate::tokens::Shape;
use crate::value;
use newslens_core::output::date::TimexType;

impl Matcher<'_> {
    /// A time of day starting at token `i`.
    pub(super) fn clock(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if matches!(self.kw(j), Some(Kw::About | Kw::Approx)) {
            j += 1;
        }
        let (hour, minute, mut k) = self.clock_core(j)?;
        if matches!(self.lex(k), Lex::Zone) {
            k += 1;
        }
        // the day named after the time; a bare "midnight" in a clause about the past is
        // the one that opened the reference day, written as the day before's 24:00
        // ("Banks conceded shortly after midnight")
        let tonight = self.word(k) == "tonight"
            || (1..=2).any(|d| i >= d && matches!(self.word(i - d), "today" | "tonight"));
        let past_midnight = hour == 24 && !tonight && self.tense(i, k) == crate::tense::Tense::Past;
        let mut day = self
            .r
            .map(|r| value::day(if past_midnight { r.add_days(-1) } else { r }));
        let after = if self.punct(k, b',') { k + 1 } else { k };
        if let Some(h) = self.full_day_at(after) {
            day = Some(h.value);
            k = h.b;
        } else if let Some(h) = (self.word(k) == "on")
            .then(|| self.full_day_at(k + 1))
            .flatten()
        {
            // "3 p.m. EST on Tuesday": that day, which stays an expression of its own
            day = Some(h.value);
        } else if self.r.is_some() {
            // "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)": the
            // day named in or right after a parenthesis that restates the time
            if let Some(d) = self.day_in_parenthesis(k) {
                day = Some(d);
            }
        }
        let day = day.unwrap_or_else(|| "XXXX-XX-XX".to_string());
        let v = format!("{day}T{hour:02}:{minute:02}");
        Some(Hit::new(i, k, TimexType::Time, v))
    }

    /// hour, minute and the token after "3 p.m.", "10:35 a.m.", "3pm", "noon", "15:30 GMT".
    fn clock_core(&self, i: usize) -> Option<(u32, u32, usize)> {
        match self.kw(i) {
            Some(Kw::Noon) => return Some((12, 0, i + 1)),
            Some(Kw::Midnight) => return Some((24, 0, i + 1)),
            _ => {}
        }
        let t = self.tok(i)?;
        if t.shape != Shape::Number {
            return None;
        }
        let raw = self.lower_raw(i);
        let digits_end = raw
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(raw.len());
        let (num, suffix) = raw.split_at(digits_end);
        let (h, m) = match num.split_once(':') {
            Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
            None if num.len() <= 2 => (num.parse::<u32>().ok()?, 0),
            _ => return None,
        };
        if h > 24 || m > 59 {
            return None;
        }
        let mut j = i + 1;
        let half = match suffix {
            "am" | "a.m." => Some(false),
            "pm" | "p.m." => Some(true),
            "" => match self.kw(j) {
                Some(Kw::Am) => {
                    j += 1;
                    Some(false)
                }
                Some(Kw::Pm) => {
                    j += 1;
                    Some(true)
                }
                Some(Kw::OClock) => {
                    j += 1;
                    None
                }
                _ if num.contains(':') && matches!(self.lex(j), Lex::Zone) => None,
                // "4 in the morning", "9 in the evening"
                _ if self.word(j) == "in" && self.is(j + 1, Kw::The) => {
                    let Lex::DayPart(part, false) = self.lex(j + 2) else {
                        return None;
                    };
                    j += 3;
                    Some(match part {
                        DayPart::Morning => false,
                        DayPart::Afternoon | DayPart::Evening => true,
                        DayPart::Night => (6..12).contains(&h),
                    })
                }
                _ => return None,
            },
            _ => return None,
        };
        // "a.m" at a sentence end: the tokenizer may leave "a.m" + "."
        if half.is_some() && self.word(j - 1).len() == 1 && self.punct(j, b'.') {
            j += 1;
        }
        let h = match half {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        Some((h, m, j))
    }

    /// The day (YYYY-MM-DD) named inside the parenthesis opening at token `k`, or
    /// right after it closes.
    fn day_in_parenthesis(&self, k: usize) -> Option<String> {
        if !self.punct(k, b'(') {
            return None;
        }
        let close = (k + 1..k + 8).find(|&p| self.punct(p, b')'))?;
        (k + 1..=close + 1).find_map(|p| self.full_day_at(p).map(|h| h.value))
    }

    /// A date of one whole day (YYYY-MM-DD) starting exactly at token `p`.
    fn full_day_at(&self, p: usize) -> Option<Hit> {
        let h = self.calendar(p).or_else(|| self.relative(p))?;
        (h.kind == TimexType::Date && h.value.len() == 10 && h.a == p).then_some(h)
    }

    fn lower_raw(&self, i: usize) -> &str {
        self.word(i)
    }
}
