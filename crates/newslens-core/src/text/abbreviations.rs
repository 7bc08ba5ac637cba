//! Abbreviations that end with a period, and how likely that period is to end a sentence.

/// What an abbreviation tells about the period after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbbreviationClass {
    /// A title or honorific before a name ("Dr.", "Sen.", "Gov."): never sentence-final.
    Title,
    /// Written before a number ("No. 2", "Vol. 3"): final only when no number follows.
    BeforeNumber,
    /// A month or weekday ("Jan. 14", "Sept."): final when a capitalized word follows.
    Month,
    /// A place, street or unit that often ends a sentence ("Calif.", "Ind.", "Ave.",
    /// "etc."): final when a sentence opener of any kind follows.
    OftenFinal,
    /// A company suffix or name suffix ("Inc.", "Co.", "Jr."): usually not final, so a
    /// boundary needs a clear sentence opener ("The", "He") after it.
    Suffix,
    /// "St.": "Saint" before a name, "Street" after one.
    Saint,
}

/// The class of `word` (without its period) as an abbreviation, if it is one.
pub fn abbreviation_class(word: &str) -> Option<AbbreviationClass> {
    use AbbreviationClass::*;
    Some(match word {
        "Adm" | "Amb" | "Brig" | "Capt" | "Cmdr" | "Col" | "Cpl" | "Dr" | "Drs" | "Fr" | "Gen"
        | "Gens" | "Gov" | "Govs" | "Hon" | "Lt" | "Maj" | "Messrs" | "Mr" | "Mrs" | "Ms"
        | "Msgr" | "Mme" | "Pres" | "Prof" | "Rep" | "Reps" | "Rev" | "Sen" | "Sens" | "Sgt"
        | "Supt" | "Mt" | "Ft" | "Pvt" | "Sec" | "Atty" | "Insp" | "Det" | "Cdr" | "Spc" | "vs"
        | "cf" | "approx" | "Ph" | "viz" => Title,
        "No" | "Nos" | "Nr" | "Art" | "Vol" | "Vols" | "pp" | "Fig" | "fig" | "Ch" | "ch"
        | "Tel" | "tel" | "ca" => BeforeNumber,
        "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov"
        | "Dec" | "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat"
        | "Sun" => Month,
        "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga" | "Ill"
        | "Ind" | "Kan" | "Kans" | "Ky" | "La" | "Md" | "Mass" | "Mich" | "Minn" | "Miss"
        | "Mo" | "Mont" | "Neb" | "Nebr" | "Nev" | "Okla" | "Ore" | "Pa" | "Penn" | "Tenn"
        | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wisc" | "Wyo" | "Ave" | "Blvd" | "Rd" | "Hwy"
        | "Sq" | "Pl" | "Ln" | "Dept" | "dept" | "etc" | "al" | "mln" | "bln" | "pct" | "est"
        | "Univ" | "Inst" | "Gov't" | "yr" | "yrs" | "hr" | "hrs" | "min" | "mins" | "sec"
        | "secs" | "lb" | "lbs" | "oz" | "ft" | "km" | "kg" | "mi" => OftenFinal,
        "Inc" | "Corp" | "Co" | "Cos" | "Ltd" | "Bros" | "Assn" | "Jr" | "Sr" | "Plc" | "Mfg"
        | "Intl" => Suffix,
        "St" | "Ste" => Saint,
        _ => return None,
    })
}

/// Like [`abbreviation_class`], but also reads a word in capitals as its capitalized form
/// ("ST" as "St", "MO" as "Mo"), as in all-caps datelines ("ST. LOUIS, MO., Oct 19").
pub fn abbreviation_class_any_case(word: &str) -> Option<AbbreviationClass> {
    if let Some(class) = abbreviation_class(word) {
        return Some(class);
    }
    let bytes = word.as_bytes();
    if bytes.len() < 2 || bytes.len() > 8 || !bytes.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[0] = bytes[0];
    for (b, src) in buf[1..].iter_mut().zip(&bytes[1..]) {
        *b = src.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()])
        .ok()
        .and_then(abbreviation_class)
}

/// Whether `word` (without its period) is a title such as `Dr` or `Sen`, or a name part
/// written with a period before or after a name (`St`, `Jr`, `Sr`).
pub fn is_title_abbreviation(word: &str) -> bool {
    matches!(abbreviation_class(word), Some(AbbreviationClass::Title))
        && !matches!(word, "vs" | "cf" | "approx" | "Ph" | "viz")
        || matches!(word, "St" | "Jr" | "Sr")
}

/// Whether `word` (without its period) is a known abbreviation of any kind.
pub fn is_abbreviation(word: &str) -> bool {
    abbreviation_class(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(abbreviation_class("Sen"), Some(AbbreviationClass::Title));
        assert_eq!(
            abbreviation_class("No"),
            Some(AbbreviationClass::BeforeNumber)
        );
        assert_eq!(abbreviation_class("Sept"), Some(AbbreviationClass::Month));
        assert_eq!(
            abbreviation_class("Ind"),
            Some(AbbreviationClass::OftenFinal)
        );
        assert_eq!(abbreviation_class("Inc"), Some(AbbreviationClass::Suffix));
        assert_eq!(abbreviation_class("Senate"), None);
        assert!(is_title_abbreviation("Dr") && is_title_abbreviation("St"));
        assert!(!is_title_abbreviation("Inc") && is_abbreviation("Inc"));
        assert_eq!(
            abbreviation_class_any_case("ST"),
            Some(AbbreviationClass::Saint)
        );
        assert_eq!(abbreviation_class_any_case("THE"), None);
    }
}
