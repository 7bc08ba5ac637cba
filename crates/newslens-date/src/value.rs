//! TIMEX3 values: formatting calendar points at each granularity, and the calendar
//! arithmetic that resolves relative expressions against the reference date. Without a
//! reference date every function gives the underspecified form (`XXXX-XX-XX`, `XXXX-WXX`).

use crate::tense::Tense;
use newslens_core::CivilDate;

/// A day as `YYYY-MM-DD` (as `CivilDate` displays it).
pub fn day(d: CivilDate) -> String {
    let mut v = year(d.year());
    v.push('-');
    push_padded(&mut v, u32::from(d.month()), 2);
    v.push('-');
    push_padded(&mut v, u32::from(d.day()), 2);
    v
}

/// A day as `YYYY-MM-DD`, or `XXXX-XX-XX` when there is none (no reference date).
pub fn day_or_unknown(d: Option<CivilDate>) -> String {
    d.map_or_else(|| "XXXX-XX-XX".to_string(), day)
}

/// A year as `YYYY` (negative years are not expected in news).
pub fn year(y: i32) -> String {
    match u32::try_from(y) {
        Ok(y) => {
            let mut v = String::with_capacity(16);
            push_padded(&mut v, y, 4);
            v
        }
        Err(_) => format!("{y:04}"),
    }
}

/// A month as `YYYY-MM`.
pub fn month(y: i32, m: u8) -> String {
    let mut v = year(y);
    v.push('-');
    push_padded(&mut v, u32::from(m), 2);
    v
}

/// Appends `n` in decimal, zero-padded to `width` digits: what `format!("{n:0width$}")`
/// writes, without the formatting machinery (a value is made for every candidate match,
/// and formatting cost more than finding the match).
fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut len = 0;
    let mut rest = n;
    loop {
        digits[len] = b'0' + (rest % 10) as u8;
        rest /= 10;
        len += 1;
        if rest == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_as_format_writes_them() {
        for y in [-12, 0, 7, 99, 999, 1988, 2020, 12345] {
            assert_eq!(year(y), format!("{y:04}"));
            for m in [1u8, 9, 12, 123] {
                assert_eq!(month(y, m), format!("{y:04}-{m:02}"));
            }
        }
        for (y, m, d) in [(1, 1, 1), (1988, 2, 29), (2020, 12, 31), (987, 10, 5)] {
            if let Some(date) = CivilDate::new(y, m, d) {
                assert_eq!(day(date), date.to_string());
            }
        }
    }
}
