//! TIMEX3 values: formatting calendar points at each granularity, and the calendar
//! arithmetic that resolves relative expressions against the reference date. Without a
//! reference date every function gives the underspecified form (`XXXX-XX-XX`, `XXXX-WXX`).

use crate::tense::Tense;
use newslens_core::CivilDate;

/// A day as `YYYY-MM-DD`.
pub fn day(d: CivilDate) -> String {
    d.to_string()
}

/// A year as `YYYY` (negative years are not expected in news).
pub fn year(y: i32) -> String {
    format!("{y:04}")
}

/// A month as `YYYY-MM`.
pub fn month(y: i32, m: u8) -> String {
    format!("{y:04}-{m:02}")
}

/// The ISO week holding `d`, as `YYYY-Www`.
pub fn week(d: CivilDate) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

/// The quarter (1-4) holding month `m`.
pub fn quarter_of(m: u8) -> u8 {
    (m - 1) / 3 + 1
}

/// A quarter as `YYYY-Qn`.
pub fn quarter(y: i32, q: u8) -> String {
    format!("{y:04}-Q{q}")
}

/// `r` moved by `n` months, keeping only year and month.
pub fn shift_month(y: i32, m: u8, n: i32) -> (i32, u8) {
    let total = y * 12 + i32::from(m) - 1 + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8)
}

/// `(year, quarter)` of the last quarter that ended before date `r`'s quarter.
pub fn last_ended_quarter(r: CivilDate) -> (i32, u8) {
    shift_quarter(r.year(), quarter_of(r.month()), -1)
}

/// `(year, quarter)` moved by `n` quarters.
pub fn shift_quarter(y: i32, q: u8, n: i32) -> (i32, u8) {
    let total = y * 4 + i32::from(q) - 1 + n;
    (total.div_euclid(4), (total.rem_euclid(4) + 1) as u8)
}

/// The date of weekday `wd` (ISO 1-7) near `r`, in the direction of `tense`: past →
/// the latest on or before `r`; future → the first on or after `r`; present/unknown →
/// past when `past_default`, else the nearest.
pub fn weekday_near(r: CivilDate, wd: u8, tense: Tense) -> CivilDate {
    let cur = i64::from(r.weekday().iso_number());
    let back = (cur - i64::from(wd)).rem_euclid(7);
    let fwd = (i64::from(wd) - cur).rem_euclid(7);
    match tense {
        Tense::Future => r.add_days(fwd),
        Tense::Present if back != 0 => r.add_days(fwd),
        _ => r.add_days(-back),
    }
}

/// The year of month `m` mentioned without a year near reference `r`: past → the
/// latest such month on or before `r`; future → the next on or after; else the nearest
/// one, leaning to the past ("worth $130 million in October" in January → the October
/// before; "in March" in October → this year's).
pub fn year_of_month(r: CivilDate, m: u8, tense: Tense) -> i32 {
    let ahead = i32::from(m) - i32::from(r.month());
    match tense {
        Tense::Past if ahead > 0 => r.year() - 1,
        Tense::Future if ahead < 0 => r.year() + 1,
        Tense::Past | Tense::Future => r.year(),
        _ if ahead > 6 => r.year() - 1,
        // news looks back more often than ahead: a month up to seven back is this year's
        _ if ahead < -7 => r.year() + 1,
        _ => r.year(),
    }
}

/// The year of a month-and-day mentioned without a year: the one in `tense`'s
/// direction, allowing a few days of slack; else the reference year unless the date is
/// more than half a year away. `tense` is asked only for a date more than two months
/// from the reference, the only ones whose year it can change (most dates in news are
/// near their article's, and the clause's tense costs a scan of its words).
pub fn year_of_day(r: CivilDate, m: u8, d: u8, tense: impl FnOnce() -> Tense) -> i32 {
    let this = CivilDate::new(r.year(), m, d.clamp(1, 28)).unwrap_or(r);
    let delta = this.days_since_epoch() - r.days_since_epoch();
    if (-60..=60).contains(&delta) {
        return r.year();
    }
    match tense() {
        Tense::Past if delta > 60 => r.year() - 1,
        Tense::Future if delta < -60 => r.year() + 1,
        Tense::Past | Tense::Future => r.year(),
        _ if delta > 240 => r.year() - 1,
        _ if delta < -240 => r.year() + 1,
        _ => r.year(),
    }
}

/// The year of a season mentioned without a year.
pub fn year_of_season(r: CivilDate, start_month: u8, tense: Tense) -> i32 {
    // Winter belongs to the year it starts in.
    let cur_start = match r.month() {
        12 => 12,
        1 | 2 => 12,
        m => (m / 3) * 3,
    };
    let cur_year = if r.month() <= 2 {
        r.year() - 1
    } else {
        r.year()
    };
    let s_key = |y: i32, m: u8| y * 12 + i32::from(m);
    let this = s_key(r.year(), start_month);
    let cur = s_key(cur_year, cur_start);
    match tense {
        Tense::Past if this > cur => r.year() - 1,
        Tense::Future if this < cur => r.year() + 1,
        _ => {
            if start_month == 12 && r.month() <= 2 {
                r.year() - 1
            } else {
                r.year()
            }
        }
    }
}
