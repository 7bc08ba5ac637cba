//! Regular English inflection and derivation, used once at creation to extend the lexicon
//! to forms its raters did not list ("astonished" is rated, "astonishing" is not).

/// Generated forms left out because their common sense differs from the rated word's
/// ("fine" → "fines", "mean" → "means", "interest" → "interested").
pub const EXCLUDED_FORMS: &[&str] = &[
    "fines",
    "fined",
    "means",
    "meaning",
    "meanings",
    "funds",
    "freed",
    "lies",
    "lying",
    "likes",
    "liking",
    "liked",
    "kinds",
    "sounds",
    "sounded",
    "cools",
    "cooling",
    "cooled",
    "charges",
    "charging",
    "wells",
    "prettys",
    "matters",
    "mattered",
    "supports",
    "lots",
    "fairs",
    "fairly",
    "justly",
    "hardly",
    "shares",
    "sharing",
    "shared",
    "rights",
    "partys",
    "parties",
    "natures",
    "drives",
    "driving",
    "powers",
    "powered",
    "classes",
    "plays",
    "playing",
    "played",
    "ranks",
    "ranking",
    "ranked",
    "stocks",
    "bonds",
    "savings",
    "securities",
    "forces",
    "forced",
    "pretty",
    "prettier",
    "cheers",
    "cheering",
    "marks",
    "interests",
    "interested",
    "interesting",
    "gains",
    "leads",
    "leading",
    "charms",
    "numbers",
    "checks",
    "checked",
    "checking",
    "according",
    "accorded",
    "units",
    "justices",
    "forces",
    "hands",
    "likely",
    "likelier",
    "handed",
    "contents",
    "tanks",
    "clouds",
];

/// The forms to derive from a rated word: the word itself and, for a participle, its
/// sibling ("astonished" ↔ "astonishing"). Bases are never guessed by stripping suffixes
/// ("hated" would give "hat").
pub fn bases(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if let Some(stem) = word.strip_suffix("ed").filter(|s| s.len() >= 4) {
        out.push(format!("{stem}ing"));
    } else if let Some(stem) = word.strip_suffix("ing").filter(|s| s.len() >= 4) {
        out.push(format!("{stem}ed"));
    }
    out
}

/// Regular forms of a base (participles only for words that are not participles already;
/// no "-er", which makes agent nouns: "player", "charger"): plural/3rd person, past, present participle, adverb,
/// comparative and superlative, "-ness".
pub fn forms(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let bytes = base.as_bytes();
    let Some(&last) = bytes.last() else {
        return out;
    };
    let vowel = |c: u8| b"aeiou".contains(&c);
    if last == b'e' {
        let stem = &base[..base.len() - 1];
        out.extend([
            format!("{base}s"),
            format!("{base}d"),
            format!("{stem}ing"),
            format!("{base}ly"),
            format!("{base}st"),
            format!("{base}ness"),
        ]);
    } else if last == b'y' && bytes.len() >= 2 && !vowel(bytes[bytes.len() - 2]) {
        let stem = &base[..base.len() - 1];
        out.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{base}ing"),
            format!("{stem}ily"),
            format!("{stem}ier"),
            format!("{stem}iest"),
            format!("{stem}iness"),
        ]);
    } else {
        let plural = if base.ends_with('s')
            || base.ends_with("sh")
            || base.ends_with("ch")
            || base.ends_with('x')
            || base.ends_with('z')
        {
            format!("{base}es")
        } else {
            format!("{base}s")
        };
        out.extend([
            plural,
            format!("{base}ed"),
            format!("{base}ing"),
            format!("{base}ly"),
            format!("{base}est"),
            format!("{base}ness"),
        ]);
        // consonant-vowel-consonant: "stop" → "stopped", "stopping"
        let n = bytes.len();
        if n >= 3
            && !vowel(last)
            && vowel(bytes[n - 2])
            && !vowel(bytes[n - 3])
            && !b"wxy".contains(&last)
        {
            out.push(format!("{base}{}ed", last as char));
            out.push(format!("{base}{}ing", last as char));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_and_forms() {
        assert!(bases("astonished").contains(&"astonishing".to_string()));
        assert!(!bases("hated").contains(&"hat".to_string()));
        assert!(forms("lovely").contains(&"loveliest".to_string()));
        assert!(forms("dazzle").contains(&"dazzles".to_string()));
        assert!(forms("stop").contains(&"stopped".to_string()));
        assert!(!forms("play").contains(&"player".to_string()));
    }
}
