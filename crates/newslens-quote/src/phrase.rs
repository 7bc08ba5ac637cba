//! Noun-phrase chunks around a cue: the subject to the left (across an appositive:
//! "Ken Gause, director of …, said"), the inverted subject to the right ("said Robert
//! Manning, a senior fellow …"), and the addressee of "told".

use crate::cues::cue;
use crate::text::Text;
use crate::words::{is_irregular_past, is_ly_adverb, words};
use newslens_entities::lexicon::{is_legal_form, lexicon};

/// How many tokens a parenthetical inside a name may take ("Sony (U.K.) Ltd").
const MAX_NAME_PARENTHETICAL: usize = 5;

/// A token range `[start, end)`.
pub type Range = (usize, usize);

/// Whether token `i` may sit inside a noun phrase.
pub fn np_word(t: &Text, i: usize) -> bool {
    if t.quoted(i) {
        return false;
    }
    if t.is_cap(i) {
        // a capitalized function word ("When", "While", "Now") is no name
        let l = t.lower(i);
        return !breaks_np(l)
            && !matches!(
                l,
                "but" | "and" | "or" | "so" | "yet" | "if" | "can" | "please"
            );
    }
    if t.is_clitic(i) {
        return true;
    }
    if t.is_punct(i, "&") || t.is_punct(i, "-") {
        return true;
    }
    if t.is_punct(i, ".") {
        // the period of "Mr." / "Sen." / an initial
        return i > 0
            && !t.space_before(i)
            && (newslens_core::text::is_abbreviation(t.text(i - 1))
                || t.text(i - 1).len() == 1 && t.is_cap(i - 1));
    }
    if t.is_number(i) {
        return true;
    }
    if !t.is_lower_word(i) {
        return false;
    }
    let l = t.lower(i);
    let w = words();
    // a nominative pronoun is a noun phrase of its own, never inside another ("told the
    // forum he was …")
    !matches!(l, "he" | "she" | "they" | "we" | "i")
        && !breaks_np(l)
        && (cue(l).is_none_or(|c| !c.speech) || w.noun_like_cues.contains(l))
        && !is_ly_adverb(l)
}

/// Whether word `l` ends a noun phrase (a conjunction, preposition, auxiliary… but not a
/// determiner).
pub(crate) fn breaks_np(l: &str) -> bool {
    let w = words();
    w.np_breakers.contains(l) && !w.determiners.contains(l)
}

/// The noun phrase ending at token `end - 1`, walking left (at most 12 tokens), with
/// "of" inside ("the head of the agency") and a proper name cut from an unrelated
/// lower-case word before it ("letter Trump" → "Trump").
pub fn np_left(t: &Text, end: usize, floor: usize) -> Option<Range> {
    if end <= floor {
        return None;
    }
    let last = end - 1;
    let w = words();
    if w.subject_pronouns.contains(t.lower(last)) && !t.quoted(last) {
        return Some((last, end));
    }
    // "Rep. Jim Jordan (R-Ohio)": a parenthetical after the name
    if t.is_punct(last, ")") {
        let open = (last.saturating_sub(8).max(floor)..last)
            .rev()
            .find(|&k| t.is_punct(k, "("))?;
        let np = np_left(t, open, floor)?;
        return Some((np.0, end));
    }
    if !np_word(t, last) || t.is_punct(last, "-") || t.is_punct(last, "&") || t.is_clitic(last) {
        return None;
    }
    if w.determiners.contains(t.lower(last)) {
        return None;
    }
    let mut start = last;
    while start > floor && end - start < 12 {
        let p = start - 1;
        if np_word(t, p) {
            start = p;
            continue;
        }
        // a parenthetical inside a name: "Sony (U.K.) Ltd", "Industrial Equity
        // (Pacific) Ltd"
        if t.is_punct(p, ")") && t.is_cap(start) {
            if let Some(open) = (p.saturating_sub(MAX_NAME_PARENTHETICAL).max(floor)..p)
                .rev()
                .find(|&k| t.is_punct(k, "("))
            {
                if open > floor && t.is_cap(open - 1) && end - open < 12 {
                    start = open - 1;
                    continue;
                }
            }
        }
        // a preposition between two noun-phrase words: "the head of the agency",
        // "a narrator in the Clinton ad"
        // ("an aide to the senator": "to" after a role)
        if (matches!(t.lower(p), "of" | "in" | "at" | "for" | "from")
            || t.lower(p) == "to" && p > floor && lexicon().role_nouns.contains(t.lower(p - 1)))
            && p > floor
            && np_word(t, p - 1)
            && !w.determiners.contains(t.lower(p - 1))
            && !w.prepositions.contains(t.lower(p - 1))
        {
            start = p;
            continue;
        }
        break;
    }
    // leading words that cannot open a noun phrase
    while start < last
        && (matches!(t.lower(start), "of" | "in" | "at" | "for" | "from")
            || t.is_clitic(start)
            || t.is_punct(start, "-")
            || t.is_punct(start, "&"))
    {
        start += 1;
    }
    // a proper name after an unrelated lower-case word: keep the name
    let lx = lexicon();
    if t.is_cap(last) {
        let mut k = last;
        // (a legal form or head in lower case belongs to the name: "Jacobs Engineering
        // group Inc", "J.C. Penney co Inc")
        while k > start
            && (t.is_cap(k - 1)
                || t.is_punct(k - 1, ".") && k >= 2 && t.is_cap(k - 2)
                || k >= 2
                    && t.is_cap(k - 2)
                    && (is_legal_form(t.lower(k - 1)) || lx.org_heads.contains(t.lower(k - 1))))
        {
            k -= 1;
        }
        if k > start {
            let before = t.lower(k - 1);
            let related = lx.titles.contains(before)
                || lx.title_modifiers.contains(before)
                || lx.demonyms.contains(before)
                || lx.role_nouns.contains(before)
                || w.determiners.contains(before)
                || t.is_clitic(k - 1)
                // ("a spokesman for Exxon Corp", "an aide to Secretary Lyng": the role
                // whose organisation or principal the name is)
                || k >= 2
                    && k - 1 > start
                    && matches!(before, "of" | "in" | "at" | "for" | "from" | "to")
                    && lx.role_nouns.contains(t.lower(k - 2))
                // (a parenthetical inside the name, taken above)
                || t.is_punct(k - 1, ")");
            if !related {
                start = k;
            }
        }
    }
    Some((start, end))
}

/// The subject of a cue whose verb group starts at `group_start`: the noun phrase right
/// before it, or the one before an appositive set off by commas. Returns the phrase and
/// the appositive's range when there is one.
pub fn subject_left(t: &Text, group_start: usize, floor: usize) -> Option<(Range, Option<Range>)> {
    if group_start <= floor {
        return None;
    }
    let p = group_start - 1;
    // "Rep. Stephen Lynch (D-Mass.) said": the parenthetical belongs to the subject
    if t.is_punct(p, ")") {
        let open = (p.saturating_sub(8).max(floor)..p)
            .rev()
            .find(|&k| t.is_punct(k, "("))?;
        let np = np_left(t, open, floor)?;
        return Some(((np.0, p + 1), None));
    }
    if t.is_punct(p, ",") {
        // "X, an appositive, said"; several segments: "Donna Rawlings, 59, of Ashton, Md.,
        // who watched …, said"
        let mut right = p; // the comma closing the current segment
        let mut description: Option<Range> = None;
        for _ in 0..4 {
            let limit = right.saturating_sub(30).max(floor);
            let mut k = right;
            let open = loop {
                if k <= limit {
                    break None;
                }
                k -= 1;
                if t.quoted(k) || t.is_sentence_end(k) && !t.is_punct(k, ".") {
                    break None;
                }
                if t.is_punct(k, ",") {
                    break Some(k);
                }
            };
            let k = open?;
            let seg = (k + 1, right);
            if seg.0 >= seg.1 {
                return None;
            }
            // a relative or participial clause ("who served as …", "dedicating the museum
            // on Saturday") is skipped, not a description
            let relative = matches!(t.lower(seg.0), "who" | "whose" | "which")
                || (t.is_lower_word(seg.0) && t.lower(seg.0).ends_with("ing"));
            let minor = is_minor_segment(t, seg);
            // after a capitalized name, any short description is an appositive
            // ("Megan Hester, senior associate for …, said"; "China, Pyongyang's only ally …,")
            // (not a coordinated clause: "… with Republicans, and the meeting
            // deteriorated from there, said …")
            let after_name = k > floor
                && t.is_cap(k - 1)
                && !matches!(t.lower(seg.0), "and" | "but" | "or" | "so" | "yet")
                && seg.1 - seg.0 <= 25
                && (t.is_lower_word(seg.0)
                    || matches!(t.lower(seg.0), "a" | "an" | "the")
                    || (seg.0 + 1 < seg.1 && t.is_clitic(seg.0 + 1)));
            // a name after a role ("His son, Michael Brown, said"; "The governor, Greg
            // Abbott, said")
            let name_after_role = k > floor
                && t.is_lower_word(k - 1)
                && (lexicon().role_nouns.contains(t.lower(k - 1))
                    || lexicon().titles.contains(t.lower(k - 1)))
                && seg.1 - seg.0 <= 5
                && (seg.0..seg.1).all(|x| t.is_cap(x) || t.is_punct(x, ".") || t.is_punct(x, "-"));
            if !relative && !minor && !after_name && !name_after_role && !looks_appositive(t, seg) {
                return None;
            }
            if !relative && !minor {
                description = description.or(Some(seg));
            }
            // the subject before this segment, if it is a noun phrase and not another segment
            if let Some(np) = np_left(t, k, floor) {
                let before_np = np.0.checked_sub(1);
                let more = before_np.is_some_and(|b| t.is_punct(b, ","))
                    && np.1 - np.0 <= 3
                    && is_minor_segment(t, np);
                // ", of Ashton," is a place segment, not the subject
                let of_place = np.0 >= 2
                    && matches!(t.lower(np.0 - 1), "of" | "from")
                    && t.is_punct(np.0 - 2, ",");
                if of_place {
                    right = np.0 - 2;
                    continue;
                }
                if !more {
                    return Some((np, description));
                }
            }
            right = k;
        }
        return None;
    }
    // "An aide who asked not to be identified said": the subject before the relative
    // clause (set off by commas, it is skipped above)
    // (looked for only after the word that ends such a request)
    if matches!(
        t.lower(group_start - 1),
        "identified" | "named" | "quoted" | "cited" | "used"
    ) {
        let who = (group_start.saturating_sub(8).max(floor)..group_start)
            .rev()
            .find(|&k| t.lower(k) == "who");
        if let Some(who) = who.filter(|&w| w + 2 < group_start) {
            if anonymity_request(t, who + 2, group_start) {
                return np_left(t, who, floor).map(|np| (np, None));
            }
        }
    }
    np_left(t, group_start, floor).map(|np| (np, None))
}

/// Whether the clause `a..end` after a cue asks for anonymity, which quotes nothing: "who
/// asked not to be identified", "declined to be named", "asked that his name not be used".
pub fn anonymity_request(t: &Text, a: usize, end: usize) -> bool {
    let at = |k: usize| if k < end { t.lower(k) } else { "" };
    let k = if at(a) == "not" { a + 1 } else { a };
    if at(k) == "to" && at(k + 1) == "be" {
        return matches!(at(k + 2), "identified" | "named" | "quoted" | "cited");
    }
    let k = if at(a) == "that" { a + 1 } else { a };
    matches!(at(k), "his" | "her" | "their" | "its")
        && matches!(at(k + 1), "name" | "names")
        && (k + 2..end.min(k + 5)).any(|x| t.lower(x) == "not")
}

/// A short segment set off by commas that is no description: an age ("59"), a party
/// and state ("R-Ky."), a place ("of Ashton", "Md.").
fn is_minor_segment(t: &Text, r: Range) -> bool {
    let n = r.1 - r.0;
    if n == 1 && t.is_number(r.0) {
        return true;
    }
    if t.lower(r.0) == "of" && n <= 4 && (r.0 + 1..r.1).all(|k| t.is_cap(k) || t.is_punct(k, ".")) {
        return true;
    }
    n <= 4
        && (r.0..r.1).all(|k| t.is_cap(k) || t.is_punct(k, ".") || t.is_punct(k, "-"))
        && t.text(r.0).len() <= 6
}

/// Whether `r` reads as an appositive description ("a senior fellow at …",
/// "director of …", "45").
fn looks_appositive(t: &Text, r: Range) -> bool {
    let first = t.lower(r.0);
    let lx = lexicon();
    if matches!(
        first,
        "who" | "which" | "that" | "and" | "but" | "he" | "she" | "they" | "it" | "we" | "i"
    ) {
        return false;
    }
    let has_role = (r.0..r.1.min(r.0 + 8)).any(|k| {
        let l = t.lower(k);
        lx.role_nouns.contains(l)
            || lx.titles.contains(l)
            || lx.org_heads.contains(l)
            || matches!(
                l,
                "democrat"
                    | "republican"
                    | "independent"
                    | "member"
                    | "resident"
                    | "native"
                    | "owner"
                    | "veteran"
            )
    });
    let det = matches!(first, "a" | "an" | "the") || t.is_lower_word(r.0);
    (has_role && (det || t.is_cap(r.0))) || (r.1 - r.0 == 1 && t.is_number(r.0))
}

/// The noun phrase starting at `start`, walking right (an inverted subject: "said
/// Robert Manning"), and the appositive after it ("…, a senior fellow at the Atlantic
/// Council"), if any.
pub fn np_right(t: &Text, start: usize, ceil: usize) -> Option<(Range, Option<Range>)> {
    if start >= ceil {
        return None;
    }
    let w = words();
    let l = t.lower(start);
    if w.subject_pronouns.contains(l) && !t.quoted(start) && l != "that" {
        // a quantifier before a noun is its determiner: "said one Republican strategist",
        // "said some analysts"
        let quantifies = matches!(l, "one" | "some" | "many" | "most" | "few" | "both")
            && start + 1 < ceil
            && np_word(t, start + 1)
            && !t.is_number(start + 1);
        if !quantifies {
            return Some(((start, start + 1), None));
        }
    }
    let mut end = chunk_right(t, start, ceil)?;
    // a passive participle keeps its agent: "a copy seen by the Harbor Post", "a report
    // released by the ministry"
    if end < ceil
        && end - start >= 2
        && t.lower(end) == "by"
        && !t.quoted(end)
        && t.is_lower_word(end - 1)
        && is_participle(t.lower(end - 1))
        && !w.determiners.contains(t.lower(end - 2))
    {
        if let Some(e) = chunk_right(t, end + 1, ceil) {
            end = e;
        }
    }
    // appositive: ", a senior fellow at the Atlantic Council" up to the next comma/end
    let mut appo = None;
    if end + 1 < ceil && t.is_punct(end, ",") {
        let mut k = end + 1;
        while k < ceil && !t.is_any_punct(k) && !t.quoted(k) && k - end < 25 {
            k += 1;
        }
        let r = (end + 1, k);
        if r.0 < r.1 && looks_appositive(t, r) {
            appo = Some(r);
        }
    }
    Some(((start, end), appo))
}

/// The end of the noun-phrase chunk starting at `start` (at most 12 tokens), for
/// [`np_right`]: a name ends at its first lower-case word, a phrase opened by a
/// determiner runs on ("the top British medical journal"); trailing determiners are left
/// out.
fn chunk_right(t: &Text, start: usize, ceil: usize) -> Option<usize> {
    if start >= ceil || !np_word(t, start) || t.is_clitic(start) {
        return None;
    }
    let w = words();
    let mut end = start + 1;
    let mut seen_cap = t.is_cap(start) && !w.determiners.contains(t.lower(start));
    let name_first = seen_cap;
    while end < ceil && end - start < 12 && np_word(t, end) {
        // a name ends at the first lower-case word after it ("Clinton reached")
        if seen_cap && t.is_lower_word(end) && !matches!(t.lower(end), "of" | "de" | "van" | "von")
        {
            break;
        }
        seen_cap |= name_first && t.is_cap(end);
        end += 1;
    }
    // trailing determiners are not part of it
    while end > start + 1 && w.determiners.contains(t.lower(end - 1)) {
        end -= 1;
    }
    Some(end)
}

/// Whether `l` reads as a past participle ("seen", "released", "written", "made").
fn is_participle(l: &str) -> bool {
    (l.len() > 4 && (l.ends_with("ed") || l.ends_with("en") || l.ends_with("wn")))
        || is_irregular_past(l)
        || matches!(
            l,
            "done" | "set" | "put" | "cut" | "found" | "read" | "heard" | "run" | "seen"
        )
}

/// The addressee after "told" (a pronoun, a noun phrase, or a name), returning where
/// the content may start after it.
pub fn addressee_end(t: &Text, start: usize, ceil: usize) -> usize {
    if start >= ceil {
        return start;
    }
    let l = t.lower(start);
    if matches!(
        l,
        "him" | "her" | "them" | "me" | "us" | "you" | "reporters" | "journalists"
    ) {
        return start + 1;
    }
    match np_right(t, start, ceil) {
        Some(((_, e), _)) if e - start <= 6 => e,
        _ => start,
    }
}
