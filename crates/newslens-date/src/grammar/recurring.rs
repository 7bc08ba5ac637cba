//! Sets (recurring times): "every Tuesday", "each year", "every two weeks", "daily",
//! "annually", "Tuesdays", "Tuesday nights", "$5 a year", "twice a month".

use super::{Hit, Matcher};
use crate::lexicon::{Kw, Lex, Unit};
use crate::tokens::Shape;
use newslens_core::output::date::TimexType;

impl Matcher<'_> {
    /// A set starting at token `i`.
    pub(super) fn recurring(&self, i: usize) -> Option<Hit> {
        match self.lex(i) {
            Lex::Kw(Kw::Every | Kw::Each) => self.every(i),
            Lex::Kw(Kw::Daily) => Some(Hit::new(i, i + 1, TimexType::Set, "P1D")),
            Lex::Kw(Kw::Nightly) => Some(Hit::new(i, i + 1, TimexType::Set, "P1D")),
            Lex::Kw(Kw::Weekly) => Some(Hit::new(i, i + 1, TimexType::Set, "P1W")),
            Lex::Kw(Kw::Monthly) => Some(Hit::new(i, i + 1, TimexType::Set, "P1M")),
            Lex::Kw(Kw::Hourly) => Some(Hit::new(i, i + 1, TimexType::Set, "PT1H")),
            Lex::Kw(Kw::Yearly) if self.word(i) != "annual" => {
                Some(Hit::new(i, i + 1, TimexType::Set, "P1Y"))
            }
            Lex::Weekday(d, true) if self.toks[i].cap => {
                Some(Hit::new(i, i + 1, TimexType::Set, format!("XXXX-WXX-{d}")))
            }
            Lex::Weekday(d, false) if self.toks[i].cap => match self.lex(i + 1) {
                Lex::DayPart(p, true) => Some(Hit::new(
                    i,
                    i + 2,
                    TimexType::Set,
                    format!("XXXX-WXX-{d}T{}", p.code()),
                )),
                _ => None,
            },
            Lex::Kw(Kw::A | Kw::Per) => self.per_unit(i),
            _ => None,
        }
    }

    fn every(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if self.is(j, Kw::Other) {
            j += 1;
        }
        let (amount, k) = match self.amount(j) {
            Some((a, k)) if !self.is(j, Kw::A) => (a, k),
            _ => (Some(1.0), j),
        };
        j = k;
        match self.lex(j) {
            Lex::Unit(u, _) => Some(Hit::new(i, j + 1, TimexType::Set, u.duration(amount))),
            Lex::Weekday(d, _) => Some(Hit::new(i, j + 1, TimexType::Set, format!("XXXX-WXX-{d}"))),
            Lex::Month(m) if self.toks[j].cap => {
                Some(Hit::new(i, j + 1, TimexType::Set, format!("XXXX-{m:02}")))
            }
            Lex::DayPart(p, false) => Some(Hit::new(
                i,
                j + 1,
                TimexType::Set,
                format!("XXXX-XX-XXT{}", p.code()),
            )),
            _ => None,
        }
    }

    /// "a year" / "per month" after an amount: "$5 a year", "twice a month", "three
    /// shifts a week".
    fn per_unit(&self, i: usize) -> Option<Hit> {
        let Some((u, false)) = self.unit(i + 1) else {
            return None;
        };
        if matches!(u, Unit::Weekend | Unit::Decade | Unit::Century) {
            return None;
        }
        let per = self.is(i, Kw::Per);
        let after_amount = (1..=3).any(|back| {
            i >= back && {
                let t = &self.toks[i - back];
                t.sentence == self.toks[i].sentence
                    && (t.shape == Shape::Number
                        || matches!(self.lex(i - back), Lex::Number(_))
                        || matches!(
                            self.word(i - back),
                            "twice" | "once" | "times" | "%" | "percent"
                        ))
            }
        });
        if !(per || after_amount) {
            return None;
        }
        Some(Hit::new(i, i + 2, TimexType::Set, u.duration(Some(1.0))))
    }
}
