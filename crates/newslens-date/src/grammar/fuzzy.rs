//! Fuzzy references: now, currently, these days → PRESENT_REF; recently, the past,
//! previously → PAST_REF; soon, the future → FUTURE_REF.

use super::{Hit, Matcher};
use crate::lexicon::{Kw, Lex};
use newslens_core::output::date::TimexType;

impl Matcher<'_> {
    /// A fuzzy reference starting at token `i`.
    pub(super) fn fuzzy(&self, i: usize) -> Option<Hit> {
        let present = "PRESENT_REF";
        let past = "PAST_REF";
        let future = "FUTURE_REF";
        let one = |v: &str| Some(Hit::new(i, i + 1, TimexType::Date, v));
        match self.kw(i)? {
            Kw::Now => one(present),
            Kw::Right if self.is(i + 1, Kw::Now) => {
                Some(Hit::new(i, i + 2, TimexType::Date, present))
            }
            Kw::More if self.is(i + 1, Kw::Recently) => {
                Some(Hit::new(i, i + 2, TimexType::Date, past))
            }
            Kw::Currently | Kw::Nowadays => one(present),
            Kw::Current => {
                // "current" before a noun phrase: the present (not "current account")
                if matches!(
                    self.word(i + 1),
                    "account" | "accounts" | "events" | "affairs"
                ) {
                    return None;
                }
                one(present)
            }
            Kw::Recently | Kw::Lately => one(past),
            // "future quarters"; a bare "future" is mostly an adjective of no date
            Kw::Future if matches!(self.lex(i + 1), Lex::Unit(_, true)) => {
                Some(Hit::new(i, i + 2, TimexType::Date, future))
            }
            Kw::These if matches!(self.lex(i + 1), Lex::Unit(crate::lexicon::Unit::Day, true)) => {
                Some(Hit::new(i, i + 2, TimexType::Date, present))
            }
            Kw::The => match self.kw(i + 1) {
                Some(Kw::Future) => Some(Hit::new(i, i + 2, TimexType::Date, future)),
                _ if matches!(
                    self.word(i + 1),
                    "near" | "distant" | "foreseeable" | "immediate"
                ) && self.is(i + 2, Kw::Future) =>
                {
                    Some(Hit::new(i, i + 3, TimexType::Date, future))
                }
                Some(Kw::Past) if !self.continues_noun(i + 2) => {
                    Some(Hit::new(i, i + 2, TimexType::Date, past))
                }
                _ if matches!(self.word(i + 1), "near" | "long" | "short")
                    && self.is(i + 2, Kw::Term) =>
                {
                    Some(Hit::new(i, i + 3, TimexType::Date, future))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether token `i` continues a noun phrase ("the past president").
    fn continues_noun(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.shape == crate::tokens::Shape::Word
                && !matches!(
                    self.word(i),
                    "and"
                        | "or"
                        | "but"
                        | ","
                        | "when"
                        | "that"
                        | "the"
                        | "as"
                        | "to"
                        | "in"
                        | "with"
                        | "is"
                        | "was"
                        | "has"
                        | "have"
                        | "had"
                        | "we"
                        | "i"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "this"
                        | "because"
                        | "there"
                        | "for"
                        | "on"
                        | "at"
                        | "by"
                        | "of"
                        | "are"
                        | "were"
                        | "be"
                        | "been"
                        | "said"
                        | "only"
                        | "than"
                )
                && t.sentence == self.toks[i - 1].sentence
        })
    }
}
