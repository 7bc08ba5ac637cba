//! The temporal vocabulary: every word the grammar reacts to, with what it means.
//! Looked up once per word token (lower-cased, ASCII) in a table built on first use,
//! grouped by length, first and last byte; words not in it are [`Lex::Other`].

use std::collections::HashMap;
use std::sync::LazyLock;

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Weekend (two days).
    Weekend,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Quarter of a year.
    Quarter,
    /// Half of a year.
    HalfYear,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
}

impl Unit {
    /// "2 1/2 years" → `P2Y6M`, "5 1/2 hours" → `PT5H30M`: a whole amount and a half,
    /// the half in the next smaller unit (TimeML writes no decimal fractions).
    fn duration_and_a_half(self, k: f64) -> Option<String> {
        if k.fract() != 0.5 || !(1.0..1000.0).contains(&k) {
            return None;
        }
        let whole = k.trunc() as i64;
        Some(match self {
            Unit::Year => format!("P{whole}Y6M"),
            Unit::Day => format!("P{whole}DT12H"),
            Unit::Hour => format!("PT{whole}H30M"),
            Unit::Minute => format!("PT{whole}M30S"),
            _ => return None,
        })
    }

    /// The ISO 8601 duration for `n` of this unit (`n = None`: unspecified amount).
    pub fn duration(self, n: Option<f64>) -> String {
        if let Some(v) = n.and_then(|k| self.duration_and_a_half(k)) {
            return v;
        }
        let num = |k: f64| -> String {
            if k.fract() == 0.0 {
                format!("{}", k as i64)
            } else {
                format!("{k}")
            }
        };
        let amount = |mult: f64| n.map(|k| num(k * mult)).unwrap_or_else(|| "X".into());
        match self {
            Unit::Second => format!("PT{}S", amount(1.0)),
            Unit::Minute => format!("PT{}M", amount(1.0)),
            Unit::Hour => format!("PT{}H", amount(1.0)),
            Unit::Day => format!("P{}D", amount(1.0)),
            Unit::Weekend => format!("P{}D", amount(2.0)),
            Unit::Week => format!("P{}W", amount(1.0)),
            Unit::Month => format!("P{}M", amount(1.0)),
            Unit::Quarter => format!("P{}M", amount(3.0)),
            Unit::HalfYear => format!("P{}M", amount(6.0)),
            Unit::Year => format!("P{}Y", amount(1.0)),
            Unit::Decade => match n {
                Some(k) => format!("P{}Y", num(k * 10.0)),
                None => "PXE".into(),
            },
            Unit::Century => match n {
                Some(k) => format!("P{}Y", num(k * 100.0)),
                None => "PXC".into(),
            },
        }
    }

    /// Whether the unit is shorter than a day (durations become `PT…`, points become TIME).
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// A season of the year, with its TIMEX3 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    /// Spring (`SP`).
    Spring,
    /// Summer (`SU`).
    Summer,
    /// Fall / autumn (`FA`).
    Fall,
    /// Winter (`WI`).
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
    /// The month the season starts in (northern hemisphere).
    pub fn start_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A part of the day, with its TIMEX3 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayPart {
    /// Morning (`MO`).
    Morning,
    /// Afternoon (`AF`).
    Afternoon,
    /// Evening (`EV`).
    Evening,
    /// Night (`NI`).
    Night,
}

impl DayPart {
    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// A holiday, by how its date is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    /// The same day every year (month, day): Christmas, Halloween.
    Fixed(u8, u8),
    /// The n-th (1-5; 5 = last) weekday (ISO) of a month: Thanksgiving (4th Thursday of
    /// November), Memorial Day (last Monday of May), Labor Day (1st Monday of September).
    NthWeekday(u8, u8, u8),
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
    /// Easter Sunday (Gregorian computus).
    Easter,
    /// A word that names a holiday only before "Day" ("Independence Day").
    BeforeDay(u8, u8),
    /// "New" of "New Year's Day" / "New Year's Eve".
    NewYear,
}

/// Words with a grammatical role in temporal expressions (each variant is the word of the
/// same name, or the group of synonyms listed beside it in the table below).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kw {
    Today,
    Right,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Last,
    Next,
    This,
    That,
    These,
    Past,
    Coming,
    Previous,
    Following,
    Same,
    Current,
    Upcoming,
    Recent,
    Recently,
    Currently,
    Lately,
    Nowadays,
    Previously,
    Formerly,
    Soon,
    Future,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Ahead,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    The,
    A,
    Of,
    In,
    Every,
    Each,
    Per,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Quarterly,
    Hourly,
    Nightly,
    Fiscal,
    Noon,
    Midnight,
    Overnight,
    Am,
    Pm,
    OClock,
    About,
    Nearly,
    Approx,
    More,
    Less,
    Than,
    At,
    Least,
    Most,
    Over,
    Up,
    To,
    Several,
    Few,
    Many,
    Couple,
    Some,
    Half,
    Full,
    Additional,
    Another,
    Whole,
    Period,
    Term,
    Time,
    Times,
    Moment,
    Ended,
    And,
    Or,
    From,
    Since,
    Other,
    Once,
    Thousand,
    Hundred,
}

/// What a word means to the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Lex {
    /// Not temporal.
    #[default]
    Other,
    /// A month name (1-12), full or abbreviated.
    Month(u8),
    /// A weekday (ISO 1-7), possibly plural ("Tuesdays").
    Weekday(u8, bool),
    /// A unit, and whether the word is plural.
    Unit(Unit, bool),
    /// A cardinal number word.
    Number(f64),
    /// An ordinal number word ("third").
    Ordinal(u8),
    /// A season.
    Season(Season),
    /// A part of the day.
    DayPart(DayPart, bool),
    /// A time-zone abbreviation.
    Zone,
    /// A keyword.
    Kw(Kw),
    /// A tens word that combines with a unit word ("twenty-one", "ninety-six").
    Tens(u8),
    /// A decade word ("nineties" → 9).
    DecadeWord(u8),
    /// A holiday name.
    Holiday(Holiday),
}

/// The entry for a lower-cased word (`Lex::Other` when it has none).
pub fn lookup(word: &str) -> Lex {
    lookup_bytes(word.as_bytes())
}

/// The entry for the bytes of a lower-cased word: [`lookup`] for a token's bytes, which
/// spares the char-boundary checks of slicing the text as a `str`.
pub fn lookup_bytes(word: &[u8]) -> Lex {
    if word.len() > 15 || word.is_empty() {
        return Lex::Other;
    }
    let index = &*INDEX;
    let k = filter_key(word);
    let group = usize::from(index.starts[k])..usize::from(index.starts[k + 1]);
    index.words[group]
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(Lex::Other, |&(_, lex)| lex)
}

/// A 14-bit key of a word: its length, first and last byte. Most words of running
/// text share no key with a lexicon word, and the rest share it with one or two.
fn filter_key(b: &[u8]) -> usize {
    (b.len().min(15) << 10) | ((usize::from(b[0]) & 31) << 5) | (usize::from(b[b.len() - 1]) & 31)
}

/// How many values [`filter_key`] takes.
const KEYS: usize = 1 << 14;

/// The lexicon grouped by [`filter_key`]: the words of key `k` are
/// `words[starts[k]..starts[k + 1]]`, so a lookup compares a word with the few of its
/// group instead of hashing it.
struct Index {
    starts: Vec<u16>,
    words: Vec<(&'static [u8], Lex)>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut words: Vec<(&'static [u8], Lex)> = words()
        .into_iter()
        .map(|(w, lex)| (w.as_bytes(), lex))
        .collect();
    words.sort_by_key(|&(w, _)| (filter_key(w), w));
    let mut starts = vec![0u16; KEYS + 1];
    for &(w, _) in &words {
        starts[filter_key(w) + 1] += 1;
    }
    for k in 0..KEYS {
        starts[k + 1] += starts[k];
    }
    Index { starts, words }
});

/// Every word with its entry (a later insertion of a word replaces an earlier one).
fn words() -> HashMap<&'static str, Lex> {
    let mut t: HashMap<&'static str, Lex> = HashMap::with_capacity(400);
    let months: [(&[&str], u8); 12] = [
        (&["january", "jan"], 1),
        (&["february", "feb"], 2),
        (&["march", "mar"], 3),
        (&["april", "apr"], 4),
        (&["may"], 5),
        (&["june", "jun"], 6),
        (&["july", "jul"], 7),
        (&["august", "aug"], 8),
        (&["september", "sept", "sep"], 9),
        (&["october", "oct"], 10),
        (&["november", "nov"], 11),
        (&["december", "dec"], 12),
    ];
    for (words, m) in months {
        for w in words {
            t.insert(*w, Lex::Month(m));
        }
    }
    let weekdays: [(&str, &str, u8); 7] = [
        ("monday", "mondays", 1),
        ("tuesday", "tuesdays", 2),
        ("wednesday", "wednesdays", 3),
        ("thursday", "thursdays", 4),
        ("friday", "fridays", 5),
        ("saturday", "saturdays", 6),
        ("sunday", "sundays", 7),
    ];
    for (one, many, d) in weekdays {
        t.insert(one, Lex::Weekday(d, false));
        t.insert(many, Lex::Weekday(d, true));
    }
    let units: [(&str, &str, Unit); 11] = [
        ("second", "seconds", Unit::Second),
        ("minute", "minutes", Unit::Minute),
        ("hour", "hours", Unit::Hour),
        ("day", "days", Unit::Day),
        ("weekend", "weekends", Unit::Weekend),
        ("week", "weeks", Unit::Week),
        ("month", "months", Unit::Month),
        ("quarter", "quarters", Unit::Quarter),
        ("year", "years", Unit::Year),
        ("decade", "decades", Unit::Decade),
        ("century", "centuries", Unit::Century),
    ];
    for (one, many, u) in units {
        t.insert(one, Lex::Unit(u, false));
        t.insert(many, Lex::Unit(u, true));
    }
    t.insert("yr", Lex::Unit(Unit::Year, false));
    t.insert("yrs", Lex::Unit(Unit::Year, true));
    t.insert("hrs", Lex::Unit(Unit::Hour, true));
    t.insert("mins", Lex::Unit(Unit::Minute, true));
    let numbers: [(&str, f64); 20] = [
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("dozen", 12.0),
    ];
    for (w, n) in numbers {
        t.insert(w, Lex::Number(n));
    }
    let tens: [(&str, u8); 8] = [
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ];
    for (w, n) in tens {
        t.insert(w, Lex::Tens(n));
    }
    for (w, d) in [
        ("twenties", 2),
        ("thirties", 3),
        ("forties", 4),
        ("fifties", 5),
        ("sixties", 6),
        ("seventies", 7),
        ("eighties", 8),
        ("nineties", 9),
    ] {
        t.insert(w, Lex::DecadeWord(d));
    }
    for (w, h) in [
        ("christmas", Holiday::Fixed(12, 25)),
        ("halloween", Holiday::Fixed(10, 31)),
        ("thanksgiving", Holiday::NthWeekday(11, 4, 4)),
        ("easter", Holiday::Easter),
        ("election", Holiday::Election),
        ("independence", Holiday::BeforeDay(7, 4)),
        ("valentine's", Holiday::BeforeDay(2, 14)),
        ("memorial", Holiday::NthWeekday(5, 1, 5)),
        ("labor", Holiday::NthWeekday(9, 1, 1)),
        ("new", Holiday::NewYear),
    ] {
        t.insert(w, Lex::Holiday(h));
    }
    let ordinals: [(&str, u8); 12] = [
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
    ];
    for (w, n) in ordinals {
        // "second" stays a unit; the grammar reads it as an ordinal before "quarter"/"half".
        t.entry(w).or_insert(Lex::Ordinal(n));
    }
    for (w, s) in [
        ("spring", Season::Spring),
        ("summer", Season::Summer),
        ("fall", Season::Fall),
        ("autumn", Season::Fall),
        ("winter", Season::Winter),
    ] {
        t.insert(w, Lex::Season(s));
    }
    for (w, p, plural) in [
        ("morning", DayPart::Morning, false),
        ("mornings", DayPart::Morning, true),
        ("afternoon", DayPart::Afternoon, false),
        ("afternoons", DayPart::Afternoon, true),
        ("evening", DayPart::Evening, false),
        ("evenings", DayPart::Evening, true),
        ("night", DayPart::Night, false),
        ("nights", DayPart::Night, true),
    ] {
        t.insert(w, Lex::DayPart(p, plural));
    }
    for w in [
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "bst", "cet",
    ] {
        t.insert(w, Lex::Zone);
    }
    use Kw::*;
    let kws: &[(&str, Kw)] = &[
        ("today", Today),
        ("yesterday", Yesterday),
        ("tomorrow", Tomorrow),
        ("tonight", Tonight),
        ("now", Now),
        ("right", Right),
        ("last", Last),
        ("next", Next),
        ("this", This),
        ("that", That),
        ("these", These),
        ("past", Past),
        ("coming", Coming),
        ("previous", Previous),
        ("prior", Previous),
        ("following", Following),
        ("same", Same),
        ("current", Current),
        ("upcoming", Upcoming),
        ("recent", Recent),
        ("recently", Recently),
        ("currently", Currently),
        ("lately", Lately),
        ("nowadays", Nowadays),
        ("previously", Previously),
        ("formerly", Formerly),
        ("soon", Soon),
        ("future", Future),
        ("ago", Ago),
        ("earlier", Earlier),
        ("later", Later),
        ("before", Before),
        ("after", After),
        ("ahead", Ahead),
        ("early", Early),
        ("late", Late),
        ("mid", Mid),
        ("middle", Middle),
        ("end", End),
        ("beginning", Beginning),
        ("start", Start),
        ("the", The),
        ("a", A),
        ("an", A),
        ("of", Of),
        ("in", In),
        ("every", Every),
        ("each", Each),
        ("per", Per),
        ("daily", Daily),
        ("weekly", Weekly),
        ("monthly", Monthly),
        ("yearly", Yearly),
        ("annually", Yearly),
        ("annual", Yearly),
        ("quarterly", Quarterly),
        ("hourly", Hourly),
        ("nightly", Nightly),
        ("fiscal", Fiscal),
        ("noon", Noon),
        ("midday", Noon),
        ("midnight", Midnight),
        ("overnight", Overnight),
        ("am", Am),
        ("a.m.", Am),
        ("pm", Pm),
        ("p.m.", Pm),
        ("o'clock", OClock),
        ("about", About),
        ("around", About),
        ("nearly", Nearly),
        ("almost", Nearly),
        ("approximately", Approx),
        ("roughly", Approx),
        ("some", Some),
        ("more", More),
        ("less", Less),
        ("fewer", Less),
        ("than", Than),
        ("at", At),
        ("least", Least),
        ("most", Most),
        ("over", Over),
        ("up", Up),
        ("to", To),
        ("several", Several),
        ("few", Few),
        ("many", Many),
        ("couple", Couple),
        ("half", Half),
        ("full", Full),
        ("additional", Additional),
        ("extra", Additional),
        ("another", Another),
        ("whole", Whole),
        ("entire", Whole),
        ("period", Period),
        ("term", Term),
        ("time", Time),
        ("times", Times),
        ("moment", Moment),
        ("ended", Ended),
        ("ending", Ended),
        ("and", And),
        ("or", Or),
        ("from", From),
        ("since", Since),
        ("other", Other),
        ("once", Once),
        ("thousand", Thousand),
        ("hundred", Hundred),
    ];
    for (w, k) in kws {
        t.insert(w, Lex::Kw(*k));
    }
    t
}

/// The value of a number written with digits (`1,000`, `2.5`), if it is one.
pub fn parse_number(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() {
        return None;
    }
    let mut v = 0.0f64;
    let mut frac = 0.0f64;
    let mut scale = 0.1f64;
    let mut in_frac = false;
    for &c in b {
        match c {
            b'0'..=b'9' if in_frac => {
                frac += f64::from(c - b'0') * scale;
                scale /= 10.0;
            }
            b'0'..=b'9' => v = v * 10.0 + f64::from(c - b'0'),
            b',' if !in_frac => {}
            b'.' if !in_frac => in_frac = true,
            _ => return None,
        }
    }
    Some(v + frac)
}

/// The day number of an ordinal written with digits (`26th`, `1st`), if it is one.
pub fn parse_digit_ordinal(s: &str) -> Option<u32> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tokens::classify` looks for a hyphen only in words the lexicon does not know.
    #[test]
    fn no_word_holds_a_hyphen() {
        assert!(words().keys().all(|w| !w.contains('-')));
    }
}
