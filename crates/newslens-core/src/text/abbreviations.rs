//! Abbreviations that end with a period without ending a sentence.

/// Titles and honorifics: a period after them never ends a sentence ("Dr. Smith").
const TITLES: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Drs", "Fr", "Gen", "Gov", "Hon",
    "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Msgr", "Pres", "Prof", "Rep", "Reps", "Rev", "Sen",
    "Sens", "Sgt", "Sr", "Jr", "St", "Supt", "Mt", "Ft", "Pvt", "Sec", "Atty", "Insp",
];

/// Other abbreviations: usually not sentence-final, but may be ("Standard Oil Co.").
const OTHERS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "Nr", "vs", "etc",
    "approx", "est", "dept", "Dept", "Corp", "Inc", "Co", "Ltd", "Bros", "Assn", "Ave", "Blvd",
    "Rd", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "fig", "Fig", "pp", "vol", "Vol", "cf", "al",
    "ca", "mln", "bln", "pct", "Gov't", "Univ", "Inst",
];

/// Whether `word` (without its period) is a title such as `Dr` or `Sen`.
pub fn is_title_abbreviation(word: &str) -> bool {
    TITLES.contains(&word)
}

/// Whether `word` (without its period) is a known abbreviation of any kind.
pub fn is_abbreviation(word: &str) -> bool {
    is_title_abbreviation(word) || OTHERS.contains(&word)
}
