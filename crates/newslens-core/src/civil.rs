//! Calendar arithmetic on proleptic Gregorian dates, and ISO 8601 parsing of the
//! `published` field. Small on purpose: the date analyzer needs weekdays, ISO weeks
//! and day arithmetic, nothing more.

use std::fmt;

/// A calendar date (proleptic Gregorian), always valid once constructed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Day of the week, Monday first (ISO 8601 numbering 1..=7 via [`Weekday::iso_number`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// All weekdays, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// ISO number: Monday = 1 … Sunday = 7.
    pub fn iso_number(self) -> u8 {
        self as u8 + 1
    }
}

/// Whether `year` is a leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// English month names, then their abbreviations, with the month (1-12) each stands for.
const MONTH_NAMES: [(&str, u8); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month (1-12) that an English month name or abbreviation stands for, in any case
/// and with or without the abbreviation's period ("March" → 3, "oct." → 10, "Sept" → 9).
pub fn month_of_name(word: &str) -> Option<u8> {
    let word = word.strip_suffix('.').unwrap_or(word);
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    MONTH_NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, month)| month)
}

/// The month (1-12) of a full English month name, in any case ("may" → 5; "Sept" and
/// other abbreviations → `None`).
pub fn month_of_full_name(word: &str) -> Option<u8> {
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    MONTH_NAMES[..12]
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, month)| month)
}

/// Number of days in `month` (1-12) of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A date, or `None` when the month or day is out of range.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1-12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1-31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (y + i64::from(m <= 2)) as i32;
        CivilDate {
            year,
            month: m,
            day: d,
        }
    }

    /// This date moved by `days` (may be negative).
    pub fn add_days(self, days: i64) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// This date moved by `months`, the day clamped to the target month's length.
    pub fn add_months(self, months: i32) -> Self {
        let total = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        CivilDate { year, month, day }
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        let idx = (self.days_since_epoch() + 3).rem_euclid(7) as usize;
        Weekday::ALL[idx]
    }

    /// The ISO 8601 week-numbering year and week (1-53).
    pub fn iso_week(self) -> (i32, u8) {
        let wd = i64::from(self.weekday().iso_number());
        // The Thursday of this week decides the year.
        let thursday = self.add_days(4 - wd);
        let jan1 = CivilDate::new(thursday.year, 1, 1).expect("January 1st exists");
        let week = (thursday.days_since_epoch() - jan1.days_since_epoch()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = parse_digits(&b[0..4])? as i32;
        let month = parse_digits(&b[5..7])? as u8;
        let day = parse_digits(&b[8..10])? as u8;
        CivilDate::new(year, month, day)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn parse_digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0')))
}

/// A time of day with an optional UTC offset, as given in a `published` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOfDay {
    /// Hour, 0-23.
    pub hour: u8,
    /// Minute, 0-59.
    pub minute: u8,
    /// Second, 0-60 (leap second allowed).
    pub second: u8,
    /// Offset from UTC in minutes, when the source gave one (`Z` is 0).
    pub utc_offset_minutes: Option<i16>,
}

/// The publication date of an article: a date, optionally with a time and offset.
/// Keeps the original string so output echoes exactly what came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The calendar date.
    pub date: CivilDate,
    /// The time of day, when given.
    pub time: Option<TimeOfDay>,
    /// The string as it was given.
    pub original: String,
}

impl Published {
    /// Parses an ISO 8601 date or date-time: `2020-01-14`, `2020-01-14T15:02`,
    /// `2020-01-14T15:02:20`, with optional fraction and `Z` or `±HH:MM` offset;
    /// a space may stand for the `T`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let trimmed = s.trim();
        let bad = || {
            format!("`{trimmed}` is not an ISO 8601 date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])")
        };
        if trimmed.len() < 10 || !trimmed.is_char_boundary(10) {
            return Err(bad());
        }
        let date = CivilDate::parse_iso(&trimmed[..10]).ok_or_else(bad)?;
        let rest = &trimmed[10..];
        if rest.is_empty() {
            return Ok(Published {
                date,
                time: None,
                original: trimmed.to_string(),
            });
        }
        let rest = rest
            .strip_prefix('T')
            .or_else(|| rest.strip_prefix(' '))
            .ok_or_else(bad)?;
        let time = parse_time(rest).ok_or_else(bad)?;
        Ok(Published {
            date,
            time: Some(time),
            original: trimmed.to_string(),
        })
    }
}

fn parse_time(s: &str) -> Option<TimeOfDay> {
    let b = s.as_bytes();
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    let hour = parse_digits(&b[0..2])? as u8;
    let minute = parse_digits(&b[3..5])? as u8;
    let mut i = 5;
    let mut second = 0u8;
    if b.len() >= 8 && b[5] == b':' {
        second = parse_digits(&b[6..8])? as u8;
        i = 8;
        if i < b.len() && (b[i] == b'.' || b[i] == b',') {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return None;
            }
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let utc_offset_minutes = match &b[i..] {
        [] => None,
        [b'Z'] | [b'z'] => Some(0),
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let digits: Vec<u8> = rest.iter().copied().filter(|c| *c != b':').collect();
            if digits.len() != 4 && digits.len() != 2 {
                return None;
            }
            let h = parse_digits(&digits[0..2])? as i16;
            let m = if digits.len() == 4 {
                parse_digits(&digits[2..4])? as i16
            } else {
                0
            };
            if h > 23 || m > 59 {
                return None;
            }
            let total = h * 60 + m;
            Some(if *sign == b'-' { -total } else { total })
        }
        _ => return None,
    };
    Some(TimeOfDay {
        hour,
        minute,
        second,
        utc_offset_minutes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_of_name("March"), Some(3));
        assert_eq!(month_of_name("oct."), Some(10));
        assert_eq!(month_of_name("SEPT"), Some(9));
        assert_eq!(month_of_name("Mayor"), None);
        assert_eq!(month_of_full_name("may"), Some(5));
        assert_eq!(month_of_full_name("Sept"), None);
    }

    #[test]
    fn weekday_and_iso_week() {
        let d = CivilDate::new(2020, 1, 14).unwrap();
        assert_eq!(d.weekday(), Weekday::Tuesday);
        assert_eq!(d.iso_week(), (2020, 3));
        assert_eq!(CivilDate::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(CivilDate::new(2018, 12, 31).unwrap().iso_week(), (2019, 1));
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for days in [-800_000i64, -1, 0, 1, 18_275, 2_000_000] {
            let d = CivilDate::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days);
        }
        let d = CivilDate::new(2020, 1, 31).unwrap();
        assert_eq!(d.add_months(1).to_string(), "2020-02-29");
        assert_eq!(d.add_months(-13).to_string(), "2018-12-31");
        assert_eq!(d.add_days(-20).to_string(), "2020-01-11");
    }

    #[test]
    fn parses_published_forms() {
        let p = Published::parse("1987-02-26T15:02:20").unwrap();
        assert_eq!(p.date.to_string(), "1987-02-26");
        assert_eq!(p.time.unwrap().hour, 15);
        let p = Published::parse("2020-01-14T08:00:00.123+05:30").unwrap();
        assert_eq!(p.time.unwrap().utc_offset_minutes, Some(330));
        assert!(Published::parse("2020-01-14Z").is_err());
        assert!(Published::parse("2020-02-30").is_err());
        assert!(Published::parse("yesterday").is_err());
        assert!(Published::parse("2020-01-14 25:00").is_err());
    }
}
