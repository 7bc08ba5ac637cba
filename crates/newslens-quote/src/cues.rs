//! The cue lexicon: verbs that report speech, writing, belief and knowledge (the
//! attribution cues PolNeAR annotates), each form with how its content follows.

use newslens_core::word_table::{FilteredTable, WordTable};
use std::sync::LazyLock;

/// How a cue verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// A clause, with or without "that": say, add, believe, find.
    Say,
    /// An addressee, then a clause: tell, assure, remind, inform.
    Tell,
    /// An infinitive ("to …"): want, plan, vow, urge.
    Want,
}

/// One form of a cue verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// How the content follows.
    pub class: CueClass,
    /// A present participle ("adding", "saying"): its subject is the clause's speaker.
    pub participle: bool,
    /// A strong speech verb (say, tell, add, write…), as opposed to belief/knowledge verbs
    /// that need a clear clause to count.
    pub speech: bool,
    /// Its content may be a noun-phrase object ("cited problems in the Middle East",
    /// "is promising lower taxes"): the speech and stance verbs, not belief verbs.
    pub object: bool,
    /// Its content may be a to-infinitive, right after the verb ("vowed to fight") or
    /// after its object ("urged Congress to act").
    pub infinitive: bool,
}

impl Cue {
    /// A speech cue taking a clause or an object ("according to", a reporting noun phrase).
    pub const SPEECH: Cue = Cue {
        class: CueClass::Say,
        participle: false,
        speech: true,
        object: true,
        infinitive: false,
    };
    /// A cue that only introduces a clause: no strong speech verb, no object, no infinitive
    /// (nominal and evidential cues).
    pub const CLAUSE_ONLY: Cue = Cue {
        class: CueClass::Say,
        participle: false,
        speech: false,
        object: false,
        infinitive: false,
    };
}

/// Speech verbs: (base, third person, past, participle, past participle).
const SPEECH: &[[&str; 5]] = &[
    ["say", "says", "said", "saying", "said"],
    ["add", "adds", "added", "adding", "added"],
    ["note", "notes", "noted", "noting", "noted"],
    ["argue", "argues", "argued", "arguing", "argued"],
    ["claim", "claims", "claimed", "claiming", "claimed"],
    ["warn", "warns", "warned", "warning", "warned"],
    ["insist", "insists", "insisted", "insisting", "insisted"],
    [
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        "suggested",
    ],
    [
        "explain",
        "explains",
        "explained",
        "explaining",
        "explained",
    ],
    ["state", "states", "stated", "stating", "stated"],
    ["declare", "declares", "declared", "declaring", "declared"],
    [
        "announce",
        "announces",
        "announced",
        "announcing",
        "announced",
    ],
    [
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "acknowledging",
        "acknowledged",
    ],
    ["admit", "admits", "admitted", "admitting", "admitted"],
    ["concede", "concedes", "conceded", "conceding", "conceded"],
    [
        "contend",
        "contends",
        "contended",
        "contending",
        "contended",
    ],
    [
        "maintain",
        "maintains",
        "maintained",
        "maintaining",
        "maintained",
    ],
    ["assert", "asserts", "asserted", "asserting", "asserted"],
    ["stress", "stresses", "stressed", "stressing", "stressed"],
    [
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        "emphasized",
    ],
    [
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
        "emphasised",
    ],
    ["observe", "observes", "observed", "observing", "observed"],
    ["remark", "remarks", "remarked", "remarking", "remarked"],
    ["reply", "replies", "replied", "replying", "replied"],
    [
        "respond",
        "responds",
        "responded",
        "responding",
        "responded",
    ],
    ["recall", "recalls", "recalled", "recalling", "recalled"],
    ["report", "reports", "reported", "reporting", "reported"],
    ["write", "writes", "wrote", "writing", "written"],
    ["tweet", "tweets", "tweeted", "tweeting", "tweeted"],
    ["post", "posts", "posted", "posting", "posted"],
    [
        "continue",
        "continues",
        "continued",
        "continuing",
        "continued",
    ],
    [
        "complain",
        "complains",
        "complained",
        "complaining",
        "complained",
    ],
    ["allege", "alleges", "alleged", "alleging", "alleged"],
    ["charge", "charges", "charged", "charging", "charged"],
    ["joke", "jokes", "joked", "joking", "joked"],
    ["boast", "boasts", "boasted", "boasting", "boasted"],
    ["brag", "brags", "bragged", "bragging", "bragged"],
    [
        "counter",
        "counters",
        "countered",
        "countering",
        "countered",
    ],
    [
        "caution",
        "cautions",
        "cautioned",
        "cautioning",
        "cautioned",
    ],
    [
        "confirm",
        "confirms",
        "confirmed",
        "confirming",
        "confirmed",
    ],
    ["deny", "denies", "denied", "denying", "denied"],
    ["agree", "agrees", "agreed", "agreeing", "agreed"],
    [
        "conclude",
        "concludes",
        "concluded",
        "concluding",
        "concluded",
    ],
    [
        "predict",
        "predicts",
        "predicted",
        "predicting",
        "predicted",
    ],
    [
        "estimate",
        "estimates",
        "estimated",
        "estimating",
        "estimated",
    ],
    ["reveal", "reveals", "revealed", "revealing", "revealed"],
    [
        "indicate",
        "indicates",
        "indicated",
        "indicating",
        "indicated",
    ],
    [
        "testify",
        "testifies",
        "testified",
        "testifying",
        "testified",
    ],
    [
        "proclaim",
        "proclaims",
        "proclaimed",
        "proclaiming",
        "proclaimed",
    ],
    ["ask", "asks", "asked", "asking", "asked"],
    ["wonder", "wonders", "wondered", "wondering", "wondered"],
    ["demand", "demands", "demanded", "demanding", "demanded"],
    ["answer", "answers", "answered", "answering", "answered"],
    ["repeat", "repeats", "repeated", "repeating", "repeated"],
    [
        "reiterate",
        "reiterates",
        "reiterated",
        "reiterating",
        "reiterated",
    ],
    ["quip", "quips", "quipped", "quipping", "quipped"],
    [
        "exclaim",
        "exclaims",
        "exclaimed",
        "exclaiming",
        "exclaimed",
    ],
    ["shout", "shouts", "shouted", "shouting", "shouted"],
    ["cry", "cries", "cried", "crying", "cried"],
    ["read", "reads", "read", "reading", "read"],
    [
        "mention",
        "mentions",
        "mentioned",
        "mentioning",
        "mentioned",
    ],
    ["hint", "hints", "hinted", "hinting", "hinted"],
    ["imply", "implies", "implied", "implying", "implied"],
    [
        "speculate",
        "speculates",
        "speculated",
        "speculating",
        "speculated",
    ],
    ["propose", "proposes", "proposed", "proposing", "proposed"],
    [
        "recommend",
        "recommends",
        "recommended",
        "recommending",
        "recommended",
    ],
    ["urge", "urges", "urged", "urging", "urged"],
    ["vow", "vows", "vowed", "vowing", "vowed"],
    ["pledge", "pledges", "pledged", "pledging", "pledged"],
    ["promise", "promises", "promised", "promising", "promised"],
    [
        "threaten",
        "threatens",
        "threatened",
        "threatening",
        "threatened",
    ],
    ["concur", "concurs", "concurred", "concurring", "concurred"],
    ["object", "objects", "objected", "objecting", "objected"],
    [
        "protest",
        "protests",
        "protested",
        "protesting",
        "protested",
    ],
    ["echo", "echoes", "echoed", "echoing", "echoed"],
    ["sing", "sings", "sang", "singing", "sung"],
    ["chant", "chants", "chanted", "chanting", "chanted"],
    ["yell", "yells", "yelled", "yelling", "yelled"],
    ["scream", "screams", "screamed", "screaming", "screamed"],
    ["scold", "scolds", "scolded", "scolding", "scolded"],
    [
        "comment",
        "comments",
        "commented",
        "commenting",
        "commented",
    ],
    [
        "whisper",
        "whispers",
        "whispered",
        "whispering",
        "whispered",
    ],
    ["tout", "touts", "touted", "touting", "touted"],
    ["chide", "chides", "chided", "chiding", "chided"],
    ["lament", "laments", "lamented", "lamenting", "lamented"],
    ["muse", "muses", "mused", "musing", "mused"],
    ["cite", "cites", "cited", "citing", "cited"],
    [
        "summarize",
        "summarizes",
        "summarized",
        "summarizing",
        "summarized",
    ],
];

/// Verbs of evaluation and stance whose object is the content ("criticized the plan",
/// "called for tariffs"): PolNeAR annotates them; found by counting how often each word
/// form is annotated as a cue in PolNeAR train (kept: annotated at least ~65% of the time).
const OBJECT: &[[&str; 5]] = &[
    ["decry", "decries", "decried", "decrying", "decried"],
    ["slam", "slams", "slammed", "slamming", "slammed"],
    ["blast", "blasts", "blasted", "blasting", "blasted"],
    ["defend", "defends", "defended", "defending", "defended"],
    [
        "condemn",
        "condemns",
        "condemned",
        "condemning",
        "condemned",
    ],
    ["rail", "rails", "railed", "railing", "railed"],
    ["praise", "praises", "praised", "praising", "praised"],
    [
        "dismiss",
        "dismisses",
        "dismissed",
        "dismissing",
        "dismissed",
    ],
    [
        "criticize",
        "criticizes",
        "criticized",
        "criticizing",
        "criticized",
    ],
    [
        "criticise",
        "criticises",
        "criticised",
        "criticising",
        "criticised",
    ],
    [
        "denounce",
        "denounces",
        "denounced",
        "denouncing",
        "denounced",
    ],
    ["reject", "rejects", "rejected", "rejecting", "rejected"],
    [
        "express",
        "expresses",
        "expressed",
        "expressing",
        "expressed",
    ],
    ["blame", "blames", "blamed", "blaming", "blamed"],
    ["accuse", "accuses", "accused", "accusing", "accused"],
    [
        "describe",
        "describes",
        "described",
        "describing",
        "described",
    ],
    ["endorse", "endorses", "endorsed", "endorsing", "endorsed"],
    ["mock", "mocks", "mocked", "mocking", "mocked"],
    [
        "portray",
        "portrays",
        "portrayed",
        "portraying",
        "portrayed",
    ],
    ["call", "calls", "called", "calling", "called"],
    ["thank", "thanks", "thanked", "thanking", "thanked"],
    ["plead", "pleads", "pleaded", "pleading", "pleaded"],
    ["order", "orders", "ordered", "ordering", "ordered"],
    [
        "question",
        "questions",
        "questioned",
        "questioning",
        "questioned",
    ],
    [
        "highlight",
        "highlights",
        "highlighted",
        "highlighting",
        "highlighted",
    ],
    ["invoke", "invokes", "invoked", "invoking", "invoked"],
    ["liken", "likens", "likened", "likening", "likened"],
    ["voice", "voices", "voiced", "voicing", "voiced"],
    ["refer", "refers", "referred", "referring", "referred"],
    ["attack", "attacks", "attacked", "attacking", "attacked"],
    [
        "applaud",
        "applauds",
        "applauded",
        "applauding",
        "applauded",
    ],
    [
        "lambast",
        "lambasts",
        "lambasted",
        "lambasting",
        "lambasted",
    ],
    ["oppose", "opposes", "opposed", "opposing", "opposed"],
    [
        "support",
        "supports",
        "supported",
        "supporting",
        "supported",
    ],
    ["back", "backs", "backed", "backing", "backed"],
];

/// Belief and knowledge verbs (PolNeAR annotates them as attribution cues).
const BELIEF: &[[&str; 5]] = &[
    ["believe", "believes", "believed", "believing", "believed"],
    ["think", "thinks", "thought", "thinking", "thought"],
    ["expect", "expects", "expected", "expecting", "expected"],
    ["hope", "hopes", "hoped", "hoping", "hoped"],
    ["fear", "fears", "feared", "fearing", "feared"],
    ["worry", "worries", "worried", "worrying", "worried"],
    ["know", "knows", "knew", "knowing", "known"],
    ["feel", "feels", "felt", "feeling", "felt"],
    ["doubt", "doubts", "doubted", "doubting", "doubted"],
    ["assume", "assumes", "assumed", "assuming", "assumed"],
    [
        "understand",
        "understands",
        "understood",
        "understanding",
        "understood",
    ],
    ["learn", "learns", "learned", "learning", "learned"],
    ["find", "finds", "found", "finding", "found"],
    ["show", "shows", "showed", "showing", "shown"],
    [
        "suspect",
        "suspects",
        "suspected",
        "suspecting",
        "suspected",
    ],
    ["realize", "realizes", "realized", "realizing", "realized"],
    [
        "recognize",
        "recognizes",
        "recognized",
        "recognizing",
        "recognized",
    ],
    ["guess", "guesses", "guessed", "guessing", "guessed"],
    ["reckon", "reckons", "reckoned", "reckoning", "reckoned"],
    ["hear", "hears", "heard", "hearing", "heard"],
    ["see", "sees", "saw", "seeing", "seen"],
    [
        "determine",
        "determines",
        "determined",
        "determining",
        "determined",
    ],
    [
        "discover",
        "discovers",
        "discovered",
        "discovering",
        "discovered",
    ],
    [
        "conclude",
        "concludes",
        "concluded",
        "concluding",
        "concluded",
    ],
    [
        "project",
        "projects",
        "projected",
        "projecting",
        "projected",
    ],
    [
        "forecast",
        "forecasts",
        "forecast",
        "forecasting",
        "forecast",
    ],
    ["worry", "worries", "worried", "worrying", "worried"],
    ["imagine", "imagines", "imagined", "imagining", "imagined"],
    [
        "remember",
        "remembers",
        "remembered",
        "remembering",
        "remembered",
    ],
    [
        "consider",
        "considers",
        "considered",
        "considering",
        "considered",
    ],
];

/// Verbs that take an addressee before their clause.
const TELL: &[[&str; 5]] = &[
    ["tell", "tells", "told", "telling", "told"],
    ["assure", "assures", "assured", "assuring", "assured"],
    ["remind", "reminds", "reminded", "reminding", "reminded"],
    ["inform", "informs", "informed", "informing", "informed"],
    ["advise", "advises", "advised", "advising", "advised"],
    [
        "convince",
        "convinces",
        "convinced",
        "convincing",
        "convinced",
    ],
    ["notify", "notifies", "notified", "notifying", "notified"],
    [
        "persuade",
        "persuades",
        "persuaded",
        "persuading",
        "persuaded",
    ],
];

/// Verbs whose content is an infinitive.
const WANT: &[[&str; 5]] = &[
    ["want", "wants", "wanted", "wanting", "wanted"],
    ["plan", "plans", "planned", "planning", "planned"],
    ["intend", "intends", "intended", "intending", "intended"],
    ["refuse", "refuses", "refused", "refusing", "refused"],
    ["decline", "declines", "declined", "declining", "declined"],
    ["seek", "seeks", "sought", "seeking", "sought"],
    ["aim", "aims", "aimed", "aiming", "aimed"],
    ["offer", "offers", "offered", "offering", "offered"],
];

/// Verbs outside the want-type list whose content may be a to-infinitive, right after
/// the verb or after an addressee ("vowed to", "agreed to", "urged Congress to", "told
/// him to"): the verbs PolNeAR train most often annotates with an infinitive content.
const INFINITIVE: &[&str] = &[
    "vow", "pledge", "promise", "agree", "threaten", "propose", "hope", "expect", "claim", "urge",
    "ask", "warn", "tell", "remind", "advise", "convince", "persuade", "demand", "order", "call",
];

/// Speech and belief verbs whose noun-phrase object PolNeAR annotates as the content
/// ("cited problems in the Middle East", "is proposing marquee projects", "polls show a
/// close contest"): those whose object readings were content in at least about three
/// in five cases on PolNeAR train.
const SPEECH_OBJECT: &[&str] = &[
    "cite", "propose", "mention", "reveal", "estimate", "promise", "demand", "urge", "lament",
    "chant", "proclaim", "show",
];

/// Which verbs are speech verbs in the strict sense (the rest need a clear complement).
const STRONG: &[&str] = &[
    "say",
    "add",
    "tell",
    "write",
    "tweet",
    "note",
    "argue",
    "claim",
    "warn",
    "insist",
    "explain",
    "state",
    "declare",
    "announce",
    "acknowledge",
    "admit",
    "continue",
    "reply",
    "respond",
    "ask",
    "suggest",
    "recall",
    "report",
    "contend",
    "maintain",
    "assert",
    "stress",
    "emphasize",
    "observe",
    "remark",
    "concede",
    "complain",
    "predict",
    "quip",
    "joke",
    "exclaim",
    "counter",
    "caution",
    "answer",
    "reiterate",
    "repeat",
    "echo",
];

/// A word's entries in the lexicons consulted for every token, found with one lookup.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// Its cue-lexicon entry ([`cue`]).
    pub cue: Option<Cue>,
    /// A function word, which no learned cue can be (the quote word lists'
    /// `non_cue_words`).
    pub function_word: bool,
    /// A word the cue scan tests for more than its cue entry ("according", the claim
    /// nouns, the raising verbs, the phrasal verbs' forms): the scan passes over a word
    /// with neither.
    pub scan: bool,
}

/// Nouns of saying and believing that take a that-clause after their possessor
/// ("Trump's claim that …", "his insistence that …").
pub const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "suggestion",
    "warning",
    "warnings",
    "insistence",
    "argument",
    "belief",
    "promise",
    "promises",
    "pledge",
    "contention",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "assurance",
    "assurances",
    "statement",
    "remark",
    "remarks",
    "comments",
    "admission",
    "prediction",
    "threat",
    "charge",
    "charges",
    "complaint",
    "complaints",
    "conclusion",
    "acknowledgment",
    "announcement",
    "declaration",
];

/// Raising verbs read as sourceless evidentials ("seems to …", "appeared to …").
pub const SEEM_FORMS: [&str; 3] = ["seem", "seems", "seemed"];
/// See [`SEEM_FORMS`].
pub const APPEAR_FORMS: [&str; 3] = ["appear", "appears", "appeared"];

/// The words besides the cue forms and the phrasal verbs that the cue scan tests:
/// "according" (to), the claim nouns, the raising verbs.
const SCAN_WORDS: [&[&str]; 4] = [&["according"], CLAIM_NOUNS, &SEEM_FORMS, &APPEAR_FORMS];

/// Every word the cue scan tests for more than its cue entry: [`SCAN_WORDS`] and the
/// phrasal verbs' forms.
fn scan_forms() -> impl Iterator<Item = &'static str> {
    SCAN_WORDS
        .iter()
        .flat_map(|l| l.iter())
        .copied()
        .chain(phrasal_forms().map(|(w, _)| w))
}

/// The cue forms with their entries, and the function words.
static ENTRIES: LazyLock<WordTable<Entry>> = LazyLock::new(|| {
    let mut entries = WordTable::default();
    let groups: [(&[[&str; 5]], CueClass, bool, bool); 5] = [
        (TELL, CueClass::Tell, true, true),
        (SPEECH, CueClass::Say, false, false),
        (OBJECT, CueClass::Say, true, true),
        (BELIEF, CueClass::Say, false, false),
        (WANT, CueClass::Want, false, true),
    ];
    for (list, class, strong, object) in groups {
        for forms in list {
            let speech = strong || STRONG.contains(&forms[0]);
            let infinitive = INFINITIVE.contains(&forms[0]);
            let object = object || SPEECH_OBJECT.contains(&forms[0]);
            for (k, f) in forms.iter().enumerate() {
                let cue = Cue {
                    class,
                    participle: k == 3,
                    speech,
                    object,
                    infinitive,
                };
                // (a form listed twice keeps its first entry)
                entries.insert_if_absent(
                    f.as_bytes(),
                    Entry {
                        cue: Some(cue),
                        function_word: false,
                        scan: false,
                    },
                );
            }
        }
    }
    for w in crate::words::non_cue_words() {
        entries.entry(w.as_bytes()).function_word = true;
    }
    for w in scan_forms() {
        entries.entry(w.as_bytes()).scan = true;
    }
    entries
});

/// Verbs that report with a particle ("called for", "pointed out", "talked about"): the
/// base form and the particles it takes; the cue spans verb and particle, the content
/// follows the particle. From the most frequent two-word cues of PolNeAR train.
const PHRASAL: &[(&str, &[&str])] = &[
    ("call", &["for", "on"]),
    ("refer", &["to"]),
    ("talk", &["about"]),
    ("ask", &["about", "for"]),
    ("point", &["out", "to"]),
    ("focus", &["on"]),
    ("respond", &["to"]),
    ("speak", &["about", "out", "of"]),
    ("comment", &["on"]),
    ("worry", &["about"]),
    ("rail", &["against"]),
    ("warn", &["of", "against", "about"]),
    ("push", &["for"]),
    ("advocate", &["for"]),
    ("argue", &["for", "against"]),
    ("vote", &["for", "against"]),
    ("lay", &["out"]),
    ("say", &["of", "about"]),
    ("complain", &["about"]),
    ("testify", &["about"]),
    ("write", &["about", "of"]),
    ("think", &["about", "of"]),
    ("joke", &["about"]),
];

/// Forms of the phrasal verbs not in the main lists.
const PHRASAL_FORMS: &[[&str; 5]] = &[
    ["talk", "talks", "talked", "talking", "talked"],
    ["point", "points", "pointed", "pointing", "pointed"],
    ["focus", "focuses", "focused", "focusing", "focused"],
    ["speak", "speaks", "spoke", "speaking", "spoken"],
    ["push", "pushes", "pushed", "pushing", "pushed"],
    [
        "advocate",
        "advocates",
        "advocated",
        "advocating",
        "advocated",
    ],
    ["vote", "votes", "voted", "voting", "voted"],
    ["lay", "lays", "laid", "laying", "laid"],
];

/// Each form of the phrasal verbs of [`PHRASAL`] with the particles it takes.
fn phrasal_forms() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    PHRASAL.iter().flat_map(|&(base, particles)| {
        let forms = SPEECH
            .iter()
            .chain(OBJECT)
            .chain(BELIEF)
            .chain(TELL)
            .chain(WANT)
            .chain(PHRASAL_FORMS)
            .find(|f| f[0] == base);
        forms
            .into_iter()
            .flat_map(move |forms| forms.iter().map(move |f| (*f, particles)))
    })
}

static PHRASAL_TABLE: LazyLock<FilteredTable<&'static [&'static str]>> =
    LazyLock::new(|| FilteredTable::from_entries(phrasal_forms()));

/// The particle that makes `lower` a two-word cue when `next` follows it ("called" +
/// "for"), if it does.
#[inline]
pub fn phrasal(lower: &str, next: &str) -> bool {
    // (the particle test first: it answers most words without a table lookup)
    is_particle(next)
        && PHRASAL_TABLE
            .get(lower.as_bytes())
            .is_some_and(|ps| ps.contains(&next))
}

/// Whether `next` is one of the particles of [`PHRASAL`] (a test checks the two agree).
fn is_particle(next: &str) -> bool {
    matches!(
        next,
        "for" | "on" | "to" | "about" | "out" | "of" | "against"
    )
}

/// A cue form of a phrasal verb missing from the main lists ("talked", "pointing").
pub fn phrasal_only(lower: &str) -> Option<Cue> {
    PHRASAL_FORMS.iter().find_map(|forms| {
        forms.iter().position(|f| *f == lower).map(|k| Cue {
            participle: k == 3,
            ..Cue::SPEECH
        })
    })
}

/// The length in bytes of the shortest cue form ("say", "ask"; a test checks it).
const SHORTEST_FORM: usize = 3;

/// The cue for a lower-case word form, if it is one.
pub fn cue(lower: &str) -> Option<Cue> {
    entry(lower).cue
}

/// The lexicon entries of a lower-case word.
#[inline]
pub fn entry(lower: &str) -> Entry {
    // (the length test first: it answers the shortest and most frequent words, "a",
    // "of", "to", without a table lookup; none of them is a cue, and function words
    // that short are no candidates of the cue model either)
    if lower.len() < SHORTEST_FORM {
        return Entry::default();
    }
    ENTRIES.get(lower.as_bytes()).copied().unwrap_or_default()
}

/// Whether a cue form is a past tense or participle that may be passive ("was told").
pub fn is_base_form(lower: &str) -> bool {
    SPEECH
        .iter()
        .chain(OBJECT)
        .chain(BELIEF)
        .chain(TELL)
        .chain(WANT)
        .any(|f| f[0] == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(cue("said").map(|c| c.class), Some(CueClass::Say));
        assert_eq!(cue("told").map(|c| c.class), Some(CueClass::Tell));
        assert!(cue("adding").is_some_and(|c| c.participle && c.speech));
        assert!(cue("believes").is_some_and(|c| !c.speech));
        assert_eq!(cue("wants").map(|c| c.class), Some(CueClass::Want));
        assert!(cue("table").is_none());
        assert!(is_base_form("say") && !is_base_form("said"));
    }

    #[test]
    fn shortest_form() {
        let forms = SPEECH
            .iter()
            .chain(OBJECT)
            .chain(BELIEF)
            .chain(TELL)
            .chain(WANT);
        let shortest = forms.flatten().map(|f| f.len()).min();
        assert_eq!(shortest, Some(SHORTEST_FORM));
    }

    #[test]
    fn particles_listed() {
        for (_, particles) in PHRASAL {
            assert!(particles.iter().all(|p| is_particle(p)), "{particles:?}");
        }
        assert!(phrasal("called", "for") && !phrasal("called", "the"));
    }

    #[test]
    fn scan_words_flagged() {
        // (the cue scan passes over a word whose entry has no cue and no scan flag)
        for w in scan_forms() {
            assert!(entry(w).scan, "{w}");
        }
        assert!(!entry("table").scan && !entry("believes").scan);
    }
}
