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

/// Calls `add(form, valence)` for every form derived from the rated `entries` (word,
/// valence), entry by entry in byte order of the words, bases then forms in the order of
/// [`for_each_base`] and [`for_each_form`]: the caller keeps the first valence it is given
/// for a form that is not an entry. Entries shorter than four bytes or with other bytes than
/// ASCII lower-case letters yield nothing; forms of three bytes or fewer are skipped.
/// [`EXCLUDED_FORMS`] are not filtered here: the caller drops them at the end.
pub fn for_each_inflection(entries: &[(&str, f32)], mut add: impl FnMut(&str, f32)) {
    // Sorted by the first eight bytes as a big-endian number (zero-padded: the order of
    // the words' bytes), then by the whole word: few string comparisons.
    let mut sorted: Vec<(u64, &str, f32)> = entries
        .iter()
        .filter(|(word, _)| word.len() >= 4 && word.bytes().all(|b| b.is_ascii_lowercase()))
        .map(|&(word, valence)| {
            let mut head = [0u8; 8];
            let n = word.len().min(8);
            head[..n].copy_from_slice(&word.as_bytes()[..n]);
            (u64::from_be_bytes(head), word, valence)
        })
        .collect();
    sorted.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let (mut base_buf, mut form_buf) = (String::new(), String::new());
    for &(_, word, valence) in &sorted {
        for_each_base(word, &mut base_buf, |base| {
            for_each_form(base, &mut form_buf, |form| {
                if form.len() > 3 {
                    add(form, valence);
                }
            });
        });
    }
}

/// The forms to derive from a rated word: the word itself and, for a participle, its
/// sibling ("astonished" ↔ "astonishing"). Bases are never guessed by stripping suffixes
/// ("hated" would give "hat").
pub fn bases(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_base(word, &mut String::new(), |base| out.push(base.to_string()));
    out
}

/// Calls `f` with each base of `word` (see [`bases`]), composed in `buf`.
pub fn for_each_base(word: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    f(word);
    let sibling = if let Some(stem) = word.strip_suffix("ed").filter(|s| s.len() >= 4) {
        Some((stem, "ing"))
    } else {
        word.strip_suffix("ing")
            .filter(|s| s.len() >= 4)
            .map(|stem| (stem, "ed"))
    };
    if let Some((stem, suffix)) = sibling {
        buf.clear();
        buf.push_str(stem);
        buf.push_str(suffix);
        f(buf);
    }
}

/// Regular forms of a base (participles only for words that are not participles already;
/// no "-er", which makes agent nouns: "player", "charger"): plural/3rd person, past, present participle, adverb,
/// comparative and superlative, "-ness".
pub fn forms(base: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_form(base, &mut String::new(), |form| out.push(form.to_string()));
    out
}

/// Calls `f` with each form of `base` (see [`forms`]; the base itself first), each
/// composed in the reused buffer `buf`: no allocation per form.
pub fn for_each_form(base: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    let mut emit = |stem: &str, suffix: &str| {
        buf.clear();
        buf.push_str(stem);
        buf.push_str(suffix);
        f(buf);
    };
    emit(base, "");
    let bytes = base.as_bytes();
    let Some(&last) = bytes.last() else {
        return;
    };
    let vowel = |c: u8| b"aeiou".contains(&c);
    if last == b'e' {
        let stem = &base[..base.len() - 1];
        emit(base, "s");
        emit(base, "d");
        emit(stem, "ing");
        emit(base, "ly");
        emit(base, "st");
        emit(base, "ness");
    } else if last == b'y' && bytes.len() >= 2 && !vowel(bytes[bytes.len() - 2]) {
        let stem = &base[..base.len() - 1];
        for suffix in ["ies", "ied"] {
            emit(stem, suffix);
        }
        emit(base, "ing");
        for suffix in ["ily", "ier", "iest", "iness"] {
            emit(stem, suffix);
        }
    } else {
        let sibilant = base.ends_with('s')
            || base.ends_with("sh")
            || base.ends_with("ch")
            || base.ends_with('x')
            || base.ends_with('z');
        emit(base, if sibilant { "es" } else { "s" });
        for suffix in ["ed", "ing", "ly", "est", "ness"] {
            emit(base, suffix);
        }
        // consonant-vowel-consonant: "stop" → "stopped", "stopping"
        let n = bytes.len();
        if n >= 3
            && !vowel(last)
            && vowel(bytes[n - 2])
            && !vowel(bytes[n - 3])
            && !b"wxy".contains(&last)
        {
            let doubled = [last];
            let doubled = std::str::from_utf8(&doubled).unwrap_or_default();
            for suffix in ["ed", "ing"] {
                buf.clear();
                buf.push_str(base);
                buf.push_str(doubled);
                buf.push_str(suffix);
                f(buf);
            }
        }
    }
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
