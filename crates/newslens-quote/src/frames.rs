//! Attribution frames: a cue with its speaker and content pieces. Found in four passes:
//! 1. cue verb groups outside quotation marks ("has demanded", "does not expect");
//! 2. each quoted region attached to the cue right after it ("“…,” said X", "“…,” X
//!    said") or right before it ("X said, “…”", "X continued: ¶ “…”");
//! 3. the remaining cues as indirect (or mixed) speech: the clause after the cue ("X said
//!    (that) …"), or before it ("…, X said."), or around it ("…, he said, …"), and
//!    "according to X";
//! 4. quoted regions left over continue the frame of the quote before them in the
//!    paragraph, or of an unclosed quotation of the previous paragraph.

use crate::coverage::Coverage;
use crate::cue_model::{self, CueModel};
use crate::cues::{cue, entry, Cue, CueClass, Entry, APPEAR_FORMS, CLAIM_NOUNS, SEEM_FORMS};
use crate::phrase::{addressee_end, np_left, np_right, np_word, subject_left, Range};
use crate::text::{Text, NONE};
use crate::words::{is_irregular_past, is_ly_adverb, words};

/// Who a frame's speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// A noun phrase of the text, with the appositive describing it if any.
    Phrase(Range, Option<Range>),
    /// Nobody named.
    Nobody,
}

/// A content piece: a token range, and whether it is a quoted region exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Tokens.
    pub range: Range,
    /// Whether it is a whole quoted region (direct).
    pub direct: bool,
}

/// One attribution.
#[derive(Debug, Clone)]
pub struct Frame {
    /// The cue's tokens.
    pub cue: Option<Range>,
    /// The speaker.
    pub who: Who,
    /// Content pieces in text order.
    pub pieces: Vec<Piece>,
}

/// A cue verb group found in the text.
#[derive(Debug, Clone, Copy)]
struct CueAt {
    /// First token of the group (auxiliaries, adverbs).
    start: usize,
    /// The verb token.
    verb: usize,
    /// One past the group ("according to" spans two tokens).
    end: usize,
    /// The verb's class.
    cue: Cue,
    /// Where the cue comes from, which decides how its source and content are found.
    kind: CueKind,
    /// For the cue of a main clause right after a comma ([`main_after_comma`]): the end
    /// of its subject before the comma, 0 for an inverted subject after it; [`NONE`]
    /// for other cues.
    main_after_comma: u32,
}

impl CueAt {
    /// Whether the cue is of kind `kind`.
    fn is(&self, kind: CueKind) -> bool {
        self.kind == kind
    }

    /// A cue of the one token `i`.
    fn one_token(i: usize, cue: Cue, kind: CueKind) -> Self {
        CueAt {
            start: i,
            verb: i,
            end: i + 1,
            cue,
            kind,
            main_after_comma: NONE,
        }
    }
}

/// The kinds of cue (a cue is of exactly one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    /// A verb of the cue lexicon (or a phrasal verb).
    Verb,
    /// "according to".
    According,
    /// Found by the learned model, not the lexicon.
    Learned,
    /// A sourceless evidential ("X seems to …", "X is expected to …"): the whole clause
    /// around it is the content.
    Raising,
    /// A noun cue after its possessor ("Trump's claim that …").
    Nominal,
}

/// The longest content clause, in tokens, taken before or after a cue.
const MAX_CLAUSE_TOKENS: usize = 150;

/// Finds every frame of the text; with a `learned` cue model and its threshold, also
/// from the cues it finds besides the lexicon's.
pub fn frames(t: &Text, learned: Option<(&CueModel, f32)>) -> Vec<Frame> {
    let lexicon = lexicon_entries(t);
    let mut cues = find_cues(t, &lexicon);
    if let Some((model, threshold)) = learned {
        add_learned_cues(t, &lexicon, model, threshold, &mut cues);
    }
    for c in cues.iter_mut() {
        c.main_after_comma = main_after_comma(t, c);
    }
    let cues = cues;
    let mut frames: Vec<Frame> = Vec::new();
    // frame of each cue, and of each region
    let mut cue_frame: Vec<Option<usize>> = vec![None; cues.len()];
    let mut region_frame: Vec<Option<usize>> = vec![None; t.regions.len()];
    // cue index by verb token, for lookups from regions
    let mut cue_by_token: Vec<u32> = vec![NONE; t.len()];
    for (ci, c) in cues.iter().enumerate() {
        for slot in &mut cue_by_token[c.start..c.end] {
            *slot = ci as u32;
        }
    }
    let mut cue_who: Vec<Who> = Vec::with_capacity(cues.len());
    for ci in 0..cues.len() {
        let c = cues[ci];
        let who = if c.is(CueKind::According) {
            match according_source(t, &c) {
                Some((np, appo)) => Who::Phrase(np, appo),
                None => Who::Nobody,
            }
        } else {
            speaker_of(t, &cues, ci, &cue_who)
        };
        cue_who.push(who);
    }
    // 2. direct quotes
    #[allow(clippy::needless_range_loop)] // `ri` indexes regions and their frames alike
    for ri in 0..t.regions.len() {
        if title_like(t, ri) {
            continue;
        }
        let after = || direct_after(t, ri, &cues, &cue_by_token);
        let before = || direct_before(t, ri, &cues, &cue_by_token).map(|ci| (ci, cue_who[ci]));
        let lead = clause_lead(t, ri);
        // a quotation ending with its own full stop, or starting mid-sentence, is
        // introduced before it if at all
        let (found, from_after) = if ends_sentence(t, ri) || lead.is_some() {
            match before() {
                Some(f) => (Some(f), false),
                // a paraphrase ending with a full quoted sentence is followed by a new
                // sentence, not by its attribution
                None if ends_sentence(t, ri) && lead.is_some() => (None, false),
                None => (after(), true),
            }
        } else {
            match after() {
                Some(f) => (Some(f), true),
                None => (before(), false),
            }
        };
        if let Some((ci, who)) = found {
            let fi = frame_for_cue(&mut frames, &mut cue_frame, ci, who, &cues);
            let piece = match lead {
                // "…, using the tax ''is a misguided approach,'' said Mr. Burman": the
                // quotation finishes a paraphrase
                Some(a) if from_after => Piece {
                    range: (a, t.regions[ri].last + 1),
                    direct: false,
                },
                _ => region_piece(t, ri),
            };
            frames[fi].pieces.push(piece);
            region_frame[ri] = Some(fi);
        }
    }
    // 2b. a speaker label opening a paragraph ("Pat Caddell: Democrat voters …",
    // "WALLACE: Let's start …")
    label_frames(t, &mut frames, &mut region_frame);
    // 3. indirect and mixed speech from the remaining cues
    // claimed: every attribution's content; owned: content, cues and speakers taken
    let mut claimed = Coverage::new(t.len());
    let mut owned = Coverage::new(t.len());
    for p in frames.iter().flat_map(|f| &f.pieces) {
        claimed.insert(p.range);
        owned.insert(p.range);
    }
    // (text order: processing finite verbs before participles was measured and lost
    // attribution accuracy on PolNeAR dev)
    let order: Vec<usize> = (0..cues.len()).collect();
    for (ci, c) in cues.iter().enumerate() {
        if cue_frame[ci].is_some() {
            owned.insert((c.start, c.end));
        }
    }
    for ci in order {
        if cue_frame[ci].is_some() {
            continue;
        }
        let c = cues[ci];
        // a cue inside the content of another attribution is part of that content;
        // an unused signature dash is just a dash
        if t.is_any_punct(c.verb) || claimed.contains((c.start, c.end)) {
            continue;
        }
        let who = if c.is(CueKind::According) {
            match according_source(t, &c) {
                Some((np, appo)) => Who::Phrase(np, appo),
                None => continue,
            }
        } else if c.is(CueKind::Raising) || c.is(CueKind::Nominal) {
            Who::Nobody
        } else {
            cue_who[ci]
        };
        // a learned cue without a speaker is more often a misreading than a sourceless
        // attribution; so is one whose "speaker" is a lone participle, the verb of a
        // clause ("…, raising hopes for a cheaper tool")
        let participle_speaker = matches!(who, Who::Phrase(np, _)
            if np.1 == np.0 + 1 && t.is_lower_word(np.0) && t.lower(np.0).ends_with("ing"));
        if c.is(CueKind::Learned) && (who == Who::Nobody || participle_speaker) {
            continue;
        }
        let mut who = who;
        let content = if c.is(CueKind::Raising) {
            raising_content(t, &c, &cues, &cue_by_token)
        } else if c.is(CueKind::Nominal) {
            nominal_content(t, &c, &cues, &cue_by_token).map(|(w, p)| {
                who = w;
                p
            })
        } else {
            indirect_content(t, &c, who, &cues, &cue_by_token, &region_frame)
        };
        let Some(pieces) = content else {
            continue;
        };
        // "issued the statement", "gave a speech": a learned cue's object naming the
        // medium, not what was said
        if c.is(CueKind::Learned) && names_medium(t, pieces[0].range) {
            continue;
        }
        // content stops before another attribution's content, cue or speaker; but a
        // clause before a trailing cue holds what it holds ("Secret Service protocol
        // called for …, sources said": the nested attribution is part of what was said)
        let (before, after): (Vec<Piece>, Vec<Piece>) = pieces.into_iter().partition(|p| {
            p.range.1 <= c.start
                && !c.is(CueKind::Learned)
                && (c.cue.speech || c.is(CueKind::According))
        });
        let mut pieces = before;
        pieces.extend(truncate_pieces(t, after, &owned, &frames));
        if pieces.is_empty() {
            continue;
        }
        owned.insert((c.start, c.end));
        for p in &pieces {
            for k in p.range.0..p.range.1 {
                let r = t.region_of[k];
                if r != NONE && region_frame[r as usize].is_none() {
                    region_frame[r as usize] = Some(frames.len());
                }
            }
        }
        for p in &pieces {
            claimed.insert(p.range);
            owned.insert(p.range);
        }
        cue_frame[ci] = Some(frames.len());
        frames.push(Frame {
            cue: Some((c.start, c.end)),
            who,
            pieces,
        });
    }
    // 3b. passives of stance verbs with their agent ("The nominee has been endorsed by
    // dozens of papers"): the subject is the content, the agent the speaker
    passive_frames(t, &lexicon, &mut claimed, &mut owned, &mut frames);
    // 4. leftover regions continue the quote before them
    for ri in 0..t.regions.len() {
        if region_frame[ri].is_some() {
            continue;
        }
        let r = t.regions[ri];
        // only a quotation opening its sentence continues another
        if clause_lead(t, ri).is_some() || title_like(t, ri) {
            continue;
        }
        // a quotation opening its paragraph, right after a paragraph whose attributed
        // quotation it continues (“A,” he said. ¶ “B.”)
        let opens_paragraph = r.open == t.paragraph_range(r.paragraph).0;
        // (past a title in between: “…,” Flynn said on “Fox and Friends.” “I mean, …”)
        // (at most two titles: the walk back stays bounded on a run of quoted names)
        let mut before = ri.checked_sub(1);
        for _ in 0..2 {
            match before.filter(|&p| {
                p > 0
                    && region_frame[p].is_none()
                    && t.regions[p].paragraph == r.paragraph
                    && names_title(t, p)
            }) {
                Some(p) => before = Some(p - 1),
                None => break,
            }
        }
        let prev = before.filter(|&p| {
            let pr = t.regions[p];
            let next_paragraph =
                pr.paragraph + 1 == r.paragraph && (r.continues || opens_paragraph);
            (pr.paragraph == r.paragraph || next_paragraph)
                && region_frame[p].is_some_and(|f| frames[f].pieces.iter().any(|x| x.direct))
        });
        if let Some(p) = prev {
            let fi = region_frame[p].unwrap_or_default();
            frames[fi].pieces.push(region_piece(t, ri));
            region_frame[ri] = Some(fi);
        }
    }
    frames
}

/// 3b. Frames of passive stance verbs with a "by" agent that names a source: "The
/// nominee has been endorsed by dozens of papers", "The registration issue was first
/// reported by The Washington Post", "His views were echoed by a number of tax
/// experts". The subject is the content and the agent the speaker; the cue is the verb
/// group (PolNeAR marks it with or without the "by" about as often). Not for verbs
/// taking an addressee ("was told by", "was asked by": their subject is the addressee),
/// nor an agent that names no source ("prices were supported by strong demand").
fn passive_frames(
    t: &Text,
    lexicon: &[Entry],
    claimed: &mut Coverage,
    owned: &mut Coverage,
    frames: &mut Vec<Frame>,
) {
    for (i, entry) in lexicon.iter().enumerate().skip(1) {
        let Some(c) = entry.cue else {
            continue;
        };
        if c.participle
            || !(c.object || c.speech)
            || c.class != CueClass::Say
            || t.quoted(i)
            || !t.is_lower_word(i)
            || matches!(t.lower(i), "called" | "asked" | "named" | "known" | "said")
        {
            continue;
        }
        let start = group_start(t, i);
        // a form of "be" in the verb group ("has been endorsed", "was first reported")
        if !(start + 1..=i).any(|k| after_be(t, k)) {
            continue;
        }
        let (s0, s1) = t.sentence_range(i);
        // "by" right after the verb, or after one adverb ("echoed widely by")
        let by = if i + 1 < s1 && t.lower(i + 1) == "by" {
            i + 1
        } else if i + 2 < s1 && is_ly_adverb(t.lower(i + 1)) && t.lower(i + 2) == "by" {
            i + 2
        } else {
            continue;
        };
        if start <= s0 || owned.covers(i) || claimed.covers(i) {
            continue;
        }
        let Some((agent, appo)) = np_right(t, by + 1, s1) else {
            continue;
        };
        // a quantity: "dozens of papers", "a number of tax experts", "some of his rivals"
        let (agent, appo) = match (appo, agent.1 < s1 && t.lower(agent.1) == "of") {
            (None, true) => match np_right(t, agent.1 + 1, s1) {
                Some((np, appo)) => ((agent.0, np.1), appo),
                None => (agent, appo),
            },
            _ => (agent, appo),
        };
        if !names_source(t, agent) {
            continue;
        }
        let floor = t.sentence_floor(i);
        let Some((subject, _)) = subject_left(t, start, floor) else {
            continue;
        };
        // (right before the verb group, or past a short aside: "Donald Trump,
        // meanwhile, is supported by …"; not the last name of a long subject)
        // (not the verb of an infinitive in a longer subject: "a plan to | challenge
        // Japan's presence …")
        let opens = subject.0 == s0 || t.lower(subject.0 - 1) != "to";
        // (a relative pronoun is no content: "Lumen AI, which is backed by Microsoft")
        let relative =
            subject.1 - subject.0 == 1 && matches!(t.lower(subject.0), "which" | "who" | "that");
        if !opens
            || relative
            || subject.0 < s0
            || start - subject.1 > 3
            || (subject.0..subject.1).any(|k| owned.covers(k) || t.quoted(k))
        {
            continue;
        }
        let agent_end = appo.map_or(agent.1, |a| a.1);
        if (by + 1..agent_end).any(|k| owned.covers(k)) {
            continue;
        }
        claimed.insert(subject);
        owned.insert(subject);
        owned.insert((start, agent_end));
        frames.push(Frame {
            cue: Some((start, i + 1)),
            who: Who::Phrase(agent, appo),
            pieces: vec![piece(t, subject)],
        });
    }
}

/// Whether noun phrase `np` names a source that can endorse, report or criticize: a
/// name, or a phrase of people, groups, organisations or publications ("far fewer
/// publications", "a number of tax experts", "the Human Rights Council").
fn names_source(t: &Text, np: Range) -> bool {
    let lx = newslens_entities::lexicon::lexicon();
    (np.0..np.1).any(|k| {
        let l = t.lower(k);
        (t.is_cap(k) && !words().determiners.contains(l))
            || lx.role_nouns.contains(l)
            || lx.group_nouns.contains(l)
            || lx.org_heads.contains(l)
            || lx.org_nominals.contains(l)
            || matches!(
                l,
                "people"
                    | "papers"
                    | "newspapers"
                    | "publications"
                    | "media"
                    | "outlets"
                    | "press"
                    | "polls"
                    | "members"
                    | "groups"
                    | "unions"
                    | "countries"
                    | "nations"
                    | "states"
                    | "governments"
                    | "colleagues"
                    | "others"
            )
    })
}

/// Words that open a paragraph before a colon without naming a source ("Correction:",
/// "Editor's Note:", "Update:").
fn is_label_word(l: &str) -> bool {
    matches!(
        l,
        "correction"
            | "corrections"
            | "clarification"
            | "update"
            | "updated"
            | "note"
            | "editor"
            | "editors"
            | "source"
            | "sources"
            | "online"
            | "previously"
            | "related"
            | "watch"
            | "video"
            | "photo"
            | "photos"
            | "read"
            | "also"
            | "exclusive"
            | "breaking"
            | "advertisement"
            | "caption"
            | "credit"
            | "credits"
            | "transcript"
            | "q"
            | "a"
            | "the"
            | "name"
            | "age"
            | "city"
            | "job"
            | "follow"
            | "contact"
            | "email"
            | "listen"
            | "see"
            | "more"
            | "from"
            | "here"
            | "why"
            | "what"
            | "how"
            | "who"
            | "when"
            | "where"
            | "total"
            | "abstract"
    )
}

/// The longest content, in tokens, after a speaker label.
const MAX_LABEL_CONTENT: usize = 400;

/// 2b. Frames of speaker labels: a paragraph (or a quotation opening one) that starts
/// with a short name and a colon, "Pat Caddell: Democrat Voters Worried …" or
/// "WALLACE: Let's start …"; the rest of the line is what the name said, the colon
/// its cue. Labels of another kind ("Correction:", "The Latest:") and tallies
/// ("Clinton: 547.") are no attributions.
fn label_frames(t: &Text, frames: &mut Vec<Frame>, region_frame: &mut [Option<usize>]) {
    for p in 0..t.doc.paragraphs().len() {
        let (p0, p1) = t.paragraph_range(p);
        let mut a = p0;
        // a quotation opening the paragraph: `"WALLACE: …`
        let opened =
            a < p1 && t.is_mark(a) && t.quoted(a) && t.regions[t.region_of[a] as usize].open == a;
        if opened {
            a += 1;
        }
        // the name: up to five capitalized words (with "of", "and", "at", "on", "to")
        let mut k = a;
        while k < p1 && k - a < 6 {
            let l = t.lower(k);
            let ok = t.is_cap(k)
                || (k > a && matches!(l, "of" | "and" | "at" | "on" | "to" | "&"))
                || (k > a && t.is_punct(k, ".") && !t.space_before(k))
                || (k > a && t.is_clitic(k));
            if !ok {
                break;
            }
            k += 1;
        }
        let colon = k;
        if colon == a
            || colon + 1 >= p1
            || !t.is_punct(colon, ":")
            || !t.is_cap(colon - 1)
            || t.is_clitic(colon - 1)
        {
            continue;
        }
        if is_label_word(t.lower(a))
            || is_label_word(t.lower(colon - 1))
            || (a..colon).any(|x| crate::cues::cue(t.lower(x)).is_some() && x > a)
        {
            continue;
        }
        // the content: to the end of the line
        let mut e = colon + 1;
        while e < p1 && e - colon <= MAX_LABEL_CONTENT {
            if e > colon + 1 && t.line_break_before(e) {
                break;
            }
            e += 1;
        }
        if e - colon > MAX_LABEL_CONTENT {
            continue;
        }
        let mut b = colon + 1;
        // (inside an opening quotation, the content stops before its closing mark)
        while e > b
            && (t.is_final_punct(e - 1)
                || (t.is_mark(e - 1) && (opened || t.region_of[e - 1] == NONE)))
        {
            e -= 1;
        }
        if opened {
            while b < e && t.is_mark(b) {
                b += 1;
            }
        }
        // past the headline, a label of more than two words is rather a section heading
        // ("Limited Tools to Fight Terrorism: The United Nations was set up …") than a
        // name heading a turn ("WALLACE:", "Carl Bialik:")
        if count_words(t, (b, e)) < 3 || t.is_number(b) || (p > 0 && count_words(t, (a, colon)) > 2)
        {
            continue;
        }
        // a quotation already attributed is not relabelled
        if (b..e).any(|x| t.region_of[x] != NONE && region_frame[t.region_of[x] as usize].is_some())
        {
            continue;
        }
        let content = piece(t, (b, e));
        let fi = frames.len();
        for x in b..e {
            let r = t.region_of[x];
            if r != NONE && region_frame[r as usize].is_none() {
                region_frame[r as usize] = Some(fi);
            }
        }
        frames.push(Frame {
            cue: Some((colon, colon + 1)),
            who: Who::Phrase((a, colon), None),
            pieces: vec![content],
        });
    }
}

/// Whether the content `r` opens with a noun phrase naming a medium of speech ("the
/// statement", "a new report", "his remarks") rather than a clause.
fn names_medium(t: &Text, r: Range) -> bool {
    let w = words();
    let mut k = r.0;
    while k < r.1 && k < r.0 + 3 && (w.determiners.contains(t.lower(k)) || !t.is_lower_word(k)) {
        k += 1;
    }
    // past one adjective ("a new report")
    for k in [k, k + 1] {
        if k < r.1
            && matches!(
                t.lower(k),
                "statement"
                    | "statements"
                    | "remarks"
                    | "comments"
                    | "comment"
                    | "speech"
                    | "report"
                    | "letter"
                    | "interview"
                    | "announcement"
                    | "message"
                    | "tweet"
                    | "tweets"
                    | "video"
                    | "release"
                    | "memo"
            )
        {
            return true;
        }
    }
    false
}

fn region_piece(t: &Text, ri: usize) -> Piece {
    let r = t.regions[ri];
    Piece {
        range: (r.open, r.last + 1),
        direct: true,
    }
}

fn frame_for_cue(
    frames: &mut Vec<Frame>,
    cue_frame: &mut [Option<usize>],
    ci: usize,
    who: Who,
    cues: &[CueAt],
) -> usize {
    if let Some(fi) = cue_frame[ci] {
        return fi;
    }
    let c = cues[ci];
    frames.push(Frame {
        cue: Some((c.start, c.end)),
        who,
        pieces: Vec::new(),
    });
    cue_frame[ci] = Some(frames.len() - 1);
    frames.len() - 1
}

/// For each token, whether the rules found a cue group holding it (the learned
/// model's input).
pub(crate) fn rule_cue_mask(t: &Text) -> Vec<bool> {
    let mut mask = vec![false; t.len()];
    for c in find_cues(t, &lexicon_entries(t)) {
        mask[c.start..c.end].fill(true);
    }
    mask
}

/// 1b. The cues the learned model finds among the words no rule cue holds: each a verb
/// group ending at the word, its content taken like a speech verb's ("is stressing the
/// need to …", "cited a report that …"). Passives are left out, as for the rules.
fn add_learned_cues(
    t: &Text,
    lexicon: &[Entry],
    model: &CueModel,
    threshold: f32,
    cues: &mut Vec<CueAt>,
) {
    let mut mask = vec![false; t.len()];
    for c in cues.iter() {
        mask[c.start..c.end].fill(true);
    }
    let mut found = Vec::new();
    let mut featurizer = cue_model::Featurizer::new(t);
    for i in 0..t.len() {
        if mask[i] || lexicon[i].function_word || !cue_model::candidate_shape(t, i) {
            continue;
        }
        let feats = featurizer.features(i, false, lexicon[i].cue);
        if model.logit(&feats) <= threshold {
            continue;
        }
        let start = group_start(t, i);
        let progressive = t.lower(i).ends_with("ing") && has_auxiliary(t, start, i);
        let passive = start < i && !progressive && after_be(t, i);
        if passive || (start..i).any(|k| mask[k]) {
            continue;
        }
        // "refuses to discuss …": an infinitive content; "spar over whether …",
        // "is raising questions about …": the preposition joins the cue
        let next = (i + 1 < t.len() && !t.quoted(i + 1)).then(|| t.lower(i + 1));
        let class = if next == Some("to") {
            CueClass::Want
        } else {
            CueClass::Say
        };
        let particle = matches!(
            next,
            Some("about" | "over" | "on" | "against" | "for" | "with" | "into")
        );
        found.push(CueAt {
            start,
            verb: i,
            end: if particle { i + 2 } else { i + 1 },
            cue: Cue {
                class,
                // "adding" reads as a clause of the sentence's speaker, "is adding" not
                participle: t.lower(i).ends_with("ing") && !progressive,
                ..Cue::SPEECH
            },
            kind: CueKind::Learned,
            main_after_comma: NONE,
        });
    }
    if !found.is_empty() {
        cues.extend(found);
        cues.sort_by_key(|c| c.start);
    }
}

/// Whether token `i` follows a form of "be" (a passive "was told", or a progressive
/// "is saying").
fn after_be(t: &Text, i: usize) -> bool {
    i > 0
        && matches!(
            t.lower(i - 1),
            "is" | "was" | "were" | "are" | "be" | "been" | "being" | "am"
        )
}

/// Whether the verb group `start..i` holds an auxiliary ("is", "has", "will").
fn has_auxiliary(t: &Text, start: usize, i: usize) -> bool {
    (start..i).any(|k| words().auxiliaries.contains(t.lower(k)) && !t.is_clitic(k))
}

/// Each token's lexicon entries ([`entry`]: its cue, whether it is a function word),
/// looked up once per document: for the word-like tokens outside quotation marks,
/// where cues and learned-cue candidates are looked for (empty elsewhere).
fn lexicon_entries(t: &Text) -> Vec<Entry> {
    (0..t.len())
        .map(|i| {
            if t.quoted(i) || !t.is_wordlike(i) {
                Entry::default()
            } else {
                entry(t.lower(i))
            }
        })
        .collect()
}

/// 1. Cue verb groups outside quotation marks (`lexicon`: each token's entry, from
///    [`lexicon_entries`]).
fn find_cues(t: &Text, lexicon: &[Entry]) -> Vec<CueAt> {
    let w = words();
    let mut out = Vec::new();
    let n = t.len();
    let headline = title_case_headline(t);
    let mut i = 0;
    while i < n {
        if t.quoted(i) || !(t.is_wordlike(i) || t.is_any_punct(i) || t.is_punct(i, "―")) {
            i += 1;
            continue;
        }
        // (a word that is no cue form nor one of the scan's other words starts nothing:
        // most words end here)
        if t.is_wordlike(i) && lexicon[i].cue.is_none() && !lexicon[i].scan {
            i += 1;
            continue;
        }
        let l = t.lower(i);
        // a signature after a quotation: "“…” ― Krystal Correa"
        if is_signature_dash(t, i) {
            out.push(CueAt::one_token(i, Cue::SPEECH, CueKind::Verb));
            i += 1;
            continue;
        }
        if l == "according" && i + 1 < n && t.lower(i + 1) == "to" {
            out.push(CueAt {
                start: i,
                verb: i,
                end: i + 2,
                cue: Cue::SPEECH,
                kind: CueKind::According,
                main_after_comma: NONE,
            });
            i += 2;
            continue;
        }
        // a phrasal cue ("called for", "pointed out"); a stranded particle ("who voted
        // against, said …") reports nothing
        let stranded = |k: usize| k >= n || (t.is_any_punct(k) && !t.is_mark(k));
        let particle = i + 1 < n
            && !t.quoted(i + 1)
            && crate::cues::phrasal(l, t.lower(i + 1))
            && !stranded(i + 2);
        // (punctuation is in no lexicon)
        let found = lexicon[i]
            .cue
            .or_else(|| particle.then(|| crate::cues::phrasal_only(l)).flatten());
        if nominal_cue(t, i, l).is_some() {
            out.push(CueAt::one_token(i, Cue::CLAUSE_ONLY, CueKind::Nominal));
            i += 1;
            continue;
        }
        match found {
            Some(c) if is_verb_here(t, i, l, c, i < headline) => {
                let start = group_start(t, i);
                // passives ("was told", "is expected") are left out; a progressive ("is
                // demanding", "was saying") is the subject's cue like any finite verb
                let progressive = c.participle && has_auxiliary(t, start, i);
                let passive = start < i && !progressive && after_be(t, i);
                if !passive {
                    let c = Cue {
                        speech: c.speech || particle,
                        participle: c.participle && !progressive,
                        ..c
                    };
                    out.push(CueAt {
                        start,
                        verb: i,
                        end: if particle { i + 2 } else { i + 1 },
                        cue: c,
                        kind: CueKind::Verb,
                        main_after_comma: NONE,
                    });
                } else if raising_passive(t, i, l) {
                    out.push(raising_cue(start, i));
                }
            }
            _ if raising_verb(t, i, l) => out.push(raising_cue(group_start(t, i), i)),
            _ => {}
        }
        i += 1;
    }
    let _ = w;
    out
}

/// A noun of saying and believing that takes a that-clause after its possessor
/// ([`CLAIM_NOUNS`]).
fn is_claim_noun(l: &str) -> bool {
    CLAIM_NOUNS.contains(&l)
}

/// "Trump's claim that …", "his earlier insistence that …": where the possessor of a
/// claim noun at `i` starts, when a that-clause follows the noun.
// (always inlined: the cue scan calls it on every word, and its first test answers
// almost all of them)
#[inline(always)]
fn nominal_cue(t: &Text, i: usize, l: &str) -> Option<usize> {
    if !(i > 0 && i + 2 < t.len() && t.span(i + 1).len() == 4 && t.lower(i + 1) == "that") {
        return None;
    }
    nominal_possessor(t, i, l)
}

/// [`nominal_cue`] past its first test (word `i` is followed by "that").
fn nominal_possessor(t: &Text, i: usize, l: &str) -> Option<usize> {
    if !is_claim_noun(l) || t.quoted(i + 1) || !t.is_lower_word(i) || !t.is_word(i + 2) {
        return None;
    }
    // past one modifier ("earlier", "repeated")
    let mut p = i - 1;
    if t.is_lower_word(p) && p > 0 && cue(t.lower(p)).is_none() && !is_possessive_word(t.lower(p)) {
        p -= 1;
    }
    if is_possessive_word(t.lower(p)) {
        return Some(p);
    }
    if t.is_clitic(p) && p > 0 {
        let floor = t.sentence_floor(i);
        let np = np_left(t, p, floor)?;
        return Some(np.0);
    }
    None
}

fn is_possessive_word(l: &str) -> bool {
    matches!(l, "his" | "her" | "their" | "its" | "our" | "my")
}

/// The speaker and content of a nominal cue: its possessor ("Trump's", "his") and the
/// that-clause after the noun.
fn nominal_content(
    t: &Text,
    c: &CueAt,
    cues: &[CueAt],
    cue_by_token: &[u32],
) -> Option<(Who, Vec<Piece>)> {
    // the possessor without a modifier between it and the noun
    let start = nominal_cue(t, c.verb, t.lower(c.verb))?;
    let mut pe = c.verb;
    if pe > start + 1 && !t.is_clitic(pe - 1) && !is_possessive_word(t.lower(pe - 1)) {
        pe -= 1;
    }
    let who = Who::Phrase((start, pe), None);
    let (_, s1) = t.sentence_range(c.verb);
    let end = clause_end(t, c.end, s1, usize::MAX);
    let (a, e) = clause_after(t, c.end, end, cues, cue_by_token)?;
    // the clause sits inside a noun phrase: it ends at the first comma ("Contrary to his
    // claim that people would learn nothing, there would be …")
    let e = (a..e)
        .find(|&k| t.is_punct(k, ",") && !t.quoted(k))
        .unwrap_or(e);
    (count_words(t, (a, e)) >= 3).then(|| (who, vec![piece(t, (a, e))]))
}

/// The end of a clause running from `from` to the sentence end `s1`, without the final
/// punctuation and unquoted quotation marks there (at most `max_trim` tokens of them).
fn clause_end(t: &Text, from: usize, s1: usize, max_trim: usize) -> usize {
    let mut end = s1;
    while end > from
        && s1 - end < max_trim
        && (t.is_final_punct(end - 1) || (t.is_mark(end - 1) && !t.quoted(end - 1)))
    {
        end -= 1;
    }
    end
}

/// Whether token `k` opens its sentence or a clause after a colon, dash or bracket.
fn opens_clause_at(t: &Text, k: usize) -> bool {
    let (s0, _) = t.sentence_range(k);
    k == s0 || t.after_break(k) == k || t.is_punct(k - 1, "(")
}

/// The source of "according to": a clause-opening "According to X, …" names it up to
/// the comma ("According to a 52-count civil complaint filed by the SEC and a
/// 15-count complaint by Vermont, …"); a trailing one, the noun phrase after it.
fn according_source(t: &Text, c: &CueAt) -> Option<(Range, Option<Range>)> {
    let (_, s1) = t.sentence_range(c.verb);
    if opens_clause_at(t, c.start) {
        let comma = (c.end..s1.min(c.end + 30)).find(|&k| t.is_punct(k, ",") && !t.quoted(k));
        if let Some(k) = comma.filter(|&k| k > c.end) {
            return Some(((c.end, k), None));
        }
    }
    // a trailing one runs to the sentence's end, past a participle or preposition
    // ("according to a study published on Wednesday in The Lancet.", "according to
    // figures from the statistics office.")
    let last = s1.saturating_sub(1);
    let to_end = c.end < last
        && last - c.end <= MAX_TRAILING_SOURCE
        && t.is_final_punct(last)
        && (c.end..last).all(|k| !t.is_any_punct(k) && !t.is_mark(k) && !t.quoted(k));
    if to_end {
        return Some(((c.end, last), None));
    }
    np_right(t, c.end, s1)
}

/// The most tokens a trailing "according to" source runs over to its sentence's end.
const MAX_TRAILING_SOURCE: usize = 12;

/// A sourceless evidential cue group `start..=i`.
fn raising_cue(start: usize, i: usize) -> CueAt {
    CueAt {
        start,
        verb: i,
        end: i + 1,
        cue: Cue::CLAUSE_ONLY,
        kind: CueKind::Raising,
        main_after_comma: NONE,
    }
}

/// Whether a to-infinitive ("to be shrinking") follows token `i`.
fn infinitive_after(t: &Text, i: usize) -> bool {
    i + 2 < t.len()
        && t.lower(i + 1) == "to"
        && !t.quoted(i + 1)
        && t.is_lower_word(i + 2)
        && !words().determiners.contains(t.lower(i + 2))
}

/// "seems to …", "appeared to …", "seemed unfazed": a raising verb after a subject.
fn raising_verb(t: &Text, i: usize, l: &str) -> bool {
    let seem = SEEM_FORMS.contains(&l);
    let appear = APPEAR_FORMS.contains(&l);
    if !(seem || appear) || t.quoted(i) || i == 0 || i + 1 >= t.len() {
        return false;
    }
    if infinitive_after(t, i) {
        return true;
    }
    // "seemed unfazed", "seems likely": an adjective, not "seems to the voters"
    let n = t.lower(i + 1);
    seem && t.is_lower_word(i + 1)
        && !t.quoted(i + 1)
        && !words().prepositions.contains(n)
        && !words().determiners.contains(n)
        && !matches!(n, "and" | "or" | "but" | "that")
}

/// "is expected to …", "are believed to …", "is considered to …": a passive of
/// expecting or believing with its clause, no source. ("were seen as …", "is
/// considered a …" were content in fewer than two in five cases on PolNeAR train.)
fn raising_passive(t: &Text, i: usize, l: &str) -> bool {
    matches!(
        l,
        "expected" | "believed" | "thought" | "rumored" | "projected" | "predicted" | "considered"
    ) && infinitive_after(t, i)
}

/// 3b. The content of an evidential: the clause from its subject ("the politician …
/// seemed to be shrinking in political stature"), or nothing without one.
fn raising_content(
    t: &Text,
    c: &CueAt,
    cues: &[CueAt],
    cue_by_token: &[u32],
) -> Option<Vec<Piece>> {
    let floor = t.sentence_floor(c.verb);
    let (np, _) = subject_left(t, subject_end(t, c.start, floor), floor)?;
    if matches!(t.lower(np.0), "it" | "there" | "this" | "that") && np.1 - np.0 == 1 {
        return None;
    }
    // the subject opens a clause, not a reduced relative ("the trial Trump is expected
    // to face")
    let opens = np.0 <= floor || matches!(t.lower(np.0), "who" | "which") || {
        let p = np.0 - 1;
        (t.is_any_punct(p) || t.is_mark(p))
            || matches!(
                t.lower(p),
                "that"
                    | "and"
                    | "but"
                    | "or"
                    | "because"
                    | "while"
                    | "although"
                    | "though"
                    | "if"
                    | "when"
                    | "since"
                    | "so"
                    | "as"
                    | "whether"
                    | "yet"
            )
    };
    if !opens {
        return None;
    }
    let (_, s1) = t.sentence_range(c.verb);
    let end = clause_end(t, c.end, s1, usize::MAX);
    let (_, e) = clause_after(t, c.end, end, cues, cue_by_token)?;
    (count_words(t, (np.0, e)) >= 4).then(|| vec![piece(t, (np.0, e))])
}

/// The end of the article's first paragraph when that is a headline in title case
/// ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting
/// Comments."), where capitalized cue words are verbs; else 0.
fn title_case_headline(t: &Text) -> usize {
    if t.doc.paragraphs().is_empty() {
        return 0;
    }
    let (p0, p1) = t.paragraph_range(0);
    if p1 - p0 > 40 {
        return 0;
    }
    let (mut long, mut caps) = (0, 0);
    for k in p0..p1 {
        if t.quoted(k) || !t.is_word(k) || t.text(k).chars().count() < 4 {
            continue;
        }
        long += 1;
        if t.is_cap(k) {
            caps += 1;
        }
    }
    if long >= 3 && caps * 5 >= long * 4 {
        p1
    } else {
        0
    }
}

/// Whether token `i` is a dash right after a closing quotation mark, followed by a name
/// that ends the paragraph: a signature.
fn is_signature_dash(t: &Text, i: usize) -> bool {
    // (the mark first: the scan asks about every token, and few follow a mark)
    if i == 0
        || !t.is_mark(i - 1)
        || !is_dash(t, i)
        || t.region_of[i - 1] == NONE
        || t.regions[t.region_of[i - 1] as usize].last != i - 1
    {
        return false;
    }
    // the name runs to the end of its line (or paragraph, or the next quotation)
    let (_, pend) = t.paragraph_range(t.paragraph_of(i));
    let mut end = i + 1;
    while end < pend && !t.is_mark(end) {
        if end > i + 1 && t.line_break_before(end) {
            break;
        }
        end += 1;
    }
    let rest = (i + 1, end);
    rest.1 > rest.0
        && rest.1 - rest.0 <= 8
        && t.is_cap(rest.0)
        && (rest.0..rest.1).all(|k| t.is_word(k) || t.is_any_punct(k))
}

/// Whether the cue form `l` at token `i` is used as a verb here: not after a determiner,
/// preposition or possessive ("the report", "his plans"), not an infinitive ("to say"),
/// and, for forms that are also common nouns ("state", "tweets", "remarks"), only after
/// a plausible subject or auxiliary.
fn is_verb_here(t: &Text, i: usize, l: &str, c: Cue, title_case: bool) -> bool {
    let w = words();
    let (s0, _) = t.sentence_range(i);
    if t.is_cap(i) && i != s0 && !title_case {
        return false;
    }
    let n = t.len();
    // a verb of intent opening the sentence before a capitalized word is a name's first
    // word ("Planned Parenthood, which joined the lawsuit, welcomed …")
    if i == s0
        && c.class == CueClass::Want
        && i + 1 < n
        && t.is_cap(i + 1)
        && !t.quoted(i + 1)
        && !is_time_word(t, i + 1)
    {
        return false;
    }
    if i > s0 {
        let p = t.lower(i - 1);
        // (a participle after a preposition is still a verb: "aside from saying")
        if w.noun_determiners.contains(p)
            || (w.prepositions.contains(p) && p != "by" && !c.participle)
            || t.is_clitic(i - 1)
        {
            return false;
        }
        // a number before a noun-like form: "Twenty-seven states"
        if w.noun_like_cues.contains(l)
            && (t.is_number(i - 1) || p.starts_with("twenty") || p.ends_with("-seven"))
        {
            return false;
        }
        if p == "to" && crate::cues::is_base_form(l) {
            return false;
        }
    }
    // "news reports say": a noun followed by the verb
    if i + 1 < n
        && !t.quoted(i + 1)
        && cue(t.lower(i + 1)).is_some()
        && !c.participle
        && w.noun_like_cues.contains(l)
    {
        return false;
    }
    // "the 10-year Treasury note rose to 4.49%": a noun, the subject of the verb after it
    if i + 1 < n && w.noun_like_cues.contains(l) && is_past_verb_of_change(t.lower(i + 1)) {
        return false;
    }
    // "a stream called Miracle Run", "his group, called the … Fund": a participle naming
    // what comes before, after a comma or in a noun phrase after a preposition
    if l == "called" && i > s0 + 1 && i + 1 < n && (t.is_cap(i + 1) || t.lower(i + 1) == "the") {
        let p = i - 1;
        // (after a comma only when a comma closes the name: ", called the … Fund, will")
        let closed = (i + 2..n.min(i + 9)).any(|k| t.is_punct(k, ","));
        let named = (t.is_punct(p, ",") && closed)
            || (t.is_lower_word(p)
                && (p.saturating_sub(4).max(s0)..p)
                    .rev()
                    .find(|&k| w.determiners.contains(t.lower(k)))
                    .is_some_and(|d| d > s0 && w.prepositions.contains(t.lower(d - 1))));
        if named {
            return false;
        }
    }
    if w.noun_like_cues.contains(l) {
        if i + 1 < n && (t.is_punct(i + 1, ",") || t.lower(i + 1) == "of") {
            return false;
        }
        if i == s0 {
            return false;
        }
        let p = t.lower(i - 1);
        // a noun after a quantifier ("many calls", "some state officials")
        if matches!(
            p,
            "many" | "several" | "few" | "some" | "both" | "all" | "most"
        ) {
            return false;
        }
        // a capitalized function word opening the sentence is no subject ("But state …")
        let cap_subject = t.is_cap(i - 1)
            && !(i - 1 == s0 && crate::phrase::breaks_np(p))
            && !name_modifies_noun(t, i - 1, s0);
        let subject_like = cap_subject
            || w.subject_pronouns.contains(p)
            || w.auxiliaries.contains(p)
            || w.group_adverbs.contains(p)
            || is_ly_adverb(p)
            || (t.is_lower_word(i - 1)
                && p.ends_with('s')
                && !w.noun_like_cues.contains(p)
                && !p.ends_with("ss"));
        if !subject_like {
            return false;
        }
    }
    true
}

/// The first token of the verb group ending at token `i`: auxiliaries and negation
/// before it ("has demanded", "does not expect").
fn group_start(t: &Text, i: usize) -> usize {
    let w = words();
    let (s0, _) = t.sentence_range(i);
    let mut start = i;
    while start > s0 {
        let p = t.lower(start - 1);
        if (w.auxiliaries.contains(p)
            || w.group_adverbs.contains(p)
            || p == "n't"
            || (is_ly_adverb(p) && t.is_lower_word(start - 1)))
            && !t.quoted(start - 1)
            && !t.is_clitic(start - 1)
        {
            start -= 1;
        } else {
            break;
        }
    }
    // adverbs before the verb belong to the cue as PolNeAR marks it ("also said",
    // "repeatedly warned"), but not sentence adverbs or a lone "then"
    while start < i
        && matches!(
            t.lower(start),
            "however" | "nonetheless" | "then" | "indeed" | "still"
        )
    {
        start += 1;
    }
    start
}

/// Where the subject of a verb group starting at `start` ends: before adverbs that sit
/// between them ("X also said", "X actually believes").
fn subject_end(t: &Text, start: usize, s0: usize) -> usize {
    let w = words();
    let mut e = start;
    loop {
        let before = e;
        while e > s0
            && !t.quoted(e - 1)
            && t.is_lower_word(e - 1)
            && (w.group_adverbs.contains(t.lower(e - 1)) || is_ly_adverb(t.lower(e - 1)))
        {
            e -= 1;
        }
        // a time expression between subject and verb: "The Times on Saturday wrote",
        // "Wells Fargo just this month announced"
        let mut k = e;
        while k > s0 && !t.quoted(k - 1) && is_time_word(t, k - 1) {
            k -= 1;
        }
        // "who in 2010 said": the preposition of the time expression
        if k < e && k > s0 + 1 && matches!(t.lower(k - 1), "in" | "on" | "at" | "during" | "since")
        {
            k -= 1;
        }
        if k < e
            && k > s0
            && (t.is_cap(k)
                || matches!(
                    t.lower(k),
                    "on" | "last"
                        | "this"
                        | "just"
                        | "earlier"
                        | "later"
                        | "in"
                        | "at"
                        | "during"
                        | "since"
                ))
        {
            e = k;
        }
        if e == before {
            return e;
        }
    }
}

/// Days, months, and the words of short time expressions ("on Saturday", "this month").
fn is_time_word(t: &Text, k: usize) -> bool {
    let l = t.lower(k);
    is_day_word(l)
        // (not "may", the verb)
        || (is_full_month(l) && l != "may")
        || matches!(
            l,
            "on"
                | "last"
                | "this"
                | "next"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "earlier"
                | "later"
                | "just"
                | "recently"
        )
        || t.is_number(k)
}

/// The subject of the sentence's main clause: the noun phrase at its start, or after a
/// leading adverbial set off by a comma ("On Thursday, however, Trump spoke …").
fn clause_subject(t: &Text, s0: usize, limit: usize) -> Option<(Range, Option<Range>)> {
    let mut starts = vec![s0];
    let mut k = s0;
    while k < limit && k < s0 + 14 && starts.len() < 4 {
        if t.is_punct(k, ",") && !t.quoted(k) {
            starts.push(k + 1);
        }
        k += 1;
    }
    for &st in starts.iter().rev().chain(std::iter::once(&s0)) {
        if st >= limit {
            continue;
        }
        // skip discourse words ("But", "However", "And")
        let mut a = st;
        while a < limit
            && matches!(
                t.lower(a),
                "but" | "and" | "however" | "so" | "yet" | "then" | "still" | "also" | "meanwhile"
            )
        {
            a += 1;
        }
        if let Some((np, appo)) = np_right(t, a, limit) {
            // a phrase run on into its verb and object ("The central bank kept its
            // rate …"): cut before the verb
            let (np, appo) = match verb_inside(t, np) {
                Some(v) if appo.is_none() => ((np.0, v), None),
                _ => (np, appo),
            };
            // (past a time adverbial: "A federal judge on Friday temporarily blocked …")
            let after = time_adverbial_end(t, appo.map_or(np.1, |x| x.1 + 1).min(limit), limit);
            let next_is_verb = after < limit
                && t.is_lower_word(after)
                && !words().prepositions.contains(t.lower(after))
                && !words().determiners.contains(t.lower(after));
            let head_ok = t.is_cap(np.1 - 1)
                || words().subject_pronouns.contains(t.lower(np.0))
                || np.1 - np.0 >= 2;
            if next_is_verb && head_ok && !matches!(t.lower(np.0), "it" | "there" | "this" | "that")
            {
                return Some((np, appo));
            }
        }
    }
    None
}

/// The first word of the noun-phrase chunk `np` (past its first token) that reads
/// as a finite verb rather than a noun: a past tense ("kept", "posted"), or a word
/// right before an article or possessive ("holds its rate"), after a word that is no
/// determiner ("The central bank kept its …" → "kept").
fn verb_inside(t: &Text, np: Range) -> Option<usize> {
    let w = words();
    (np.0 + 1..np.1).find(|&k| {
        let l = t.lower(k);
        t.is_lower_word(k)
            && !w.determiners.contains(t.lower(k - 1))
            && !w.determiners.contains(l)
            && (is_past_tense(l)
                || (k + 1 < np.1
                    && matches!(
                        t.lower(k + 1),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
                    )))
    })
}

/// Whether `l` reads as a past tense: a regular one in "-ed", or a frequent irregular
/// one of news reports ("kept", "held", "rose").
fn is_past_tense(l: &str) -> bool {
    (l.len() > 4
        && l.ends_with("ed")
        && !l.ends_with("eed")
        && !matches!(l, "hundred" | "hatred" | "kindred"))
        || is_irregular_past(l)
        || matches!(
            l,
            "took"
                | "gave"
                | "left"
                | "lost"
                | "met"
                | "rose"
                | "fell"
                | "ran"
                | "began"
                | "became"
                | "grew"
                | "spent"
                | "struck"
                | "got"
                | "went"
                | "came"
                | "saw"
                | "chose"
                | "drew"
                | "flew"
                | "wore"
                | "broke"
                | "sought"
                | "stood"
                | "swore"
                | "threw"
                | "wrote"
                | "spoke"
        )
}

/// The speaker of cue `ci`: the subject to its left, else the inverted subject to its
/// right (after a comma or a quotation), else, for a participle or a coordinated verb
/// ("…, adding", "but suggested"), the speaker of the cue before it in the sentence or
/// the subject of the sentence's main clause.
fn speaker_of(t: &Text, cues: &[CueAt], ci: usize, earlier: &[Who]) -> Who {
    let c = cues[ci];
    let (s0, s1) = t.sentence_range(c.verb);
    let prev_tok = if c.start > s0 {
        Some(c.start - 1)
    } else {
        None
    };
    let after_comma_or_quote =
        prev_tok.is_some_and(|p| t.is_punct(p, ",") || t.is_mark(p) || t.is_punct(p, ":"));
    let coordinated = prev_tok.is_some_and(|p| matches!(t.lower(p), "but" | "and" | "or"));
    // "The agency quoted Wallis as saying …", "cited a government official saying …": the
    // one quoted speaks
    if c.cue.participle {
        if let Some(np) =
            quoted_as_saying(t, c.start, s0).or_else(|| with_absolute(t, c.start, c.end, s0))
        {
            return Who::Phrase(np, None);
        }
    }
    if c.cue.participle || coordinated {
        let sent = t.sentence_of[c.verb];
        let prev = (0..ci).rev().take(4).find_map(|k| {
            let ks = t.sentence_of[cues[k].verb];
            // the same sentence, or the one just before when this one starts with a quote
            let near = ks == sent || (ks + 1 == sent && region_near(t, s0));
            // (not a cue whose "subject" is an earlier cue's object: "accused rebel forces
            // of violating a truce agreed in March and said …", "said Computer Associates
            // would continue …, but noted")
            let object = |np: Range| (k.saturating_sub(4)..k).any(|j| cues[j].end == np.0);
            match earlier[k] {
                w @ Who::Phrase(np, _) if near && !object(np) => Some(w),
                _ => None,
            }
        });
        if let Some(w) = prev {
            return w;
        }
        if let Some((np, appo)) = clause_subject(t, s0, c.start) {
            return Who::Phrase(np, appo);
        }
        if c.cue.participle {
            return Who::Nobody;
        }
    }
    let floor = t.sentence_floor(c.verb);
    // "X, a description, said": the subject before the appositive comes first
    if prev_tok.is_some_and(|p| t.is_punct(p, ",")) {
        if let Some((np, appo)) = subject_left(t, c.start, floor) {
            return Who::Phrase(np, appo);
        }
    }
    // inverted: "…,” said X" / "…, says X" (X ends the clause)
    if after_comma_or_quote || c.start == s0 {
        if let Some((np, appo)) = np_right(t, c.end, s1) {
            let l = t.lower(np.0);
            // "said one GOP source in the room", "said a person familiar with the talks"
            // (after a speech verb: "…, endorsed Senator Ted Cruz of Texas" names its object)
            let tail = (c.cue.speech && c.is(CueKind::Verb) && !c.cue.participle)
                .then(|| inverted_tail(t, np, appo, s1))
                .flatten();
            let (np, appo) = match tail {
                Some(e) => ((np.0, e), None),
                None => (np, appo),
            };
            let end = appo.map_or(np.1, |a| a.1);
            let closes = end >= s1 || t.is_any_punct(end) || t.is_mark(end);
            // a name, or a short noun phrase ("said the official")
            let shape = t.is_cap(np.0) || words().subject_pronouns.contains(l) || np.1 - np.0 <= 4;
            if closes
                && shape
                && (l != "that" && !words().determiners.contains(l) || np.1 - np.0 > 1)
            {
                return Who::Phrase(np, appo);
            }
        }
    }
    if let Some((np, appo)) = subject_left(t, subject_end(t, c.start, floor), floor) {
        return Who::Phrase(np, appo);
    }
    Who::Nobody
}

/// The end of a short phrase closing the sentence after an inverted subject `np`
/// (without an appositive): a prepositional phrase or "familiar with …" ("said one GOP
/// source in the room", "said a person familiar with the matter"); `None` when there is
/// none.
fn inverted_tail(t: &Text, np: Range, appo: Option<Range>, s1: usize) -> Option<usize> {
    // (a phrase opening lower-case, a generic source: names take their "of" phrase
    // themselves)
    if appo.is_some() || np.1 >= s1 || !t.is_lower_word(np.1) || !t.is_lower_word(np.0) {
        return None;
    }
    // a person or a source ("one GOP source", "a person familiar", "officials")
    let lx = newslens_entities::lexicon::lexicon();
    let person = (np.0..np.1).any(|k| {
        let l = t.lower(k);
        lx.role_nouns.contains(l)
            || lx.group_nouns.contains(l)
            || matches!(
                l,
                "source" | "person" | "people" | "insider" | "participant"
            )
    });
    if !person {
        return None;
    }
    let w = words();
    let l = t.lower(np.1);
    if !(matches!(l, "familiar" | "close" | "involved" | "briefed")
        || (w.prepositions.contains(l)
            && !matches!(l, "of" | "to" | "that" | "as" | "than" | "like")))
    {
        return None;
    }
    let mut e = np.1 + 1;
    while e < s1 && e < np.1 + 7 && !t.is_any_punct(e) && !t.quoted(e) {
        let x = t.lower(e);
        if !(np_word(t, e) || w.determiners.contains(x) || w.prepositions.contains(x))
            || w.auxiliaries.contains(x)
            || cue(x).is_some_and(|c| c.speech && !matches!(x, "talks" | "matter"))
        {
            return None;
        }
        e += 1;
    }
    // closing the sentence (not at the period of an abbreviation: "misgivings about Mrs.
    // Clinton")
    let closes = e >= s1 || (t.is_final_punct(e) && !np_word(t, e));
    (closes && e > np.1 + 1).then_some(e)
}

/// The object of "quoted" / "cited" before a participle cue at `start` ("quoted Wallis
/// as saying", "citing a government official saying"), within the sentence from `s0`.
fn quoted_as_saying(t: &Text, start: usize, s0: usize) -> Option<Range> {
    let end = if start > s0 && t.lower(start - 1) == "as" {
        start - 1
    } else {
        start
    };
    // the verb at most eight words back, a noun phrase between it and the participle
    np_after_word(t, end, 8, s0, |w| {
        matches!(
            w,
            "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing"
        )
    })
}

/// The unquoted noun phrase between the nearest word that `is_word` accepts, at most
/// `reach` tokens back from `end` (not before `s0`), and `end`: "quoted [Wallis] as
/// saying", "with [organizers] saying".
fn np_after_word(
    t: &Text,
    end: usize,
    reach: usize,
    s0: usize,
    is_word: impl Fn(&str) -> bool,
) -> Option<Range> {
    let word = (end.saturating_sub(reach).max(s0)..end)
        .rev()
        .find(|&v| is_word(t.lower(v)))?;
    let np = (word + 1, end);
    (np.0 < np.1 && (np.0..np.1).all(|k| np_word(t, k) && !t.quoted(k))).then_some(np)
}

/// The subject of an absolute "with" phrase before a participle cue at `start` ("they
/// clashed, with the Vermont senator accusing his rival …", "with organizers saying"):
/// the noun phrase between "with" (at most six words back) and the participle.
///
/// Not when the "participle" is a noun or an adjective of the phrase itself: before a
/// punctuation mark ("with its debt offering, but …"), or before a lower-case word that
/// a preposition or relative pronoun follows ("with cash deposit reporting requirements
/// at …", "patients with life threatening diseases who …").
fn with_absolute(t: &Text, start: usize, end: usize, s0: usize) -> Option<Range> {
    let np = np_after_word(t, start, 6, s0, |w| w == "with")?;
    let (_, s1) = t.sentence_range(start);
    if end >= s1 || t.is_any_punct(end) {
        return None;
    }
    let w = words();
    let next = t.lower(end);
    let noun_then_preposition = t.is_lower_word(end)
        && !w.determiners.contains(next)
        && !w.subject_pronouns.contains(next)
        && !w.prepositions.contains(next)
        && end + 1 < s1
        && (w.prepositions.contains(t.lower(end + 1))
            || matches!(t.lower(end + 1), "who" | "which"));
    (!noun_then_preposition).then_some(np)
}

/// Whether a quoted region reaches from before token `s0` to at most one token past it.
/// Regions are disjoint and in text order, so the last one opening by `s0 + 1` is the
/// one reaching furthest.
fn region_near(t: &Text, s0: usize) -> bool {
    let n = t.regions.partition_point(|r| r.open <= s0 + 1);
    n > 0 && t.regions[n - 1].last + 1 >= s0
}

/// The start of the text leading into region `ri` within its sentence ("the tax
/// ''is a misguided approach''"), or `None` when the region opens its sentence (after
/// at most a dash, bracket or colon).
fn clause_lead(t: &Text, ri: usize) -> Option<usize> {
    let r = t.regions[ri];
    let (s0, _) = t.sentence_range(r.open);
    // after a colon, semicolon or full stop; a line break ends what came before too
    let a = t.after_break(r.open).max(s0);
    let lead = t.count_words(a, r.open) > 0;
    lead.then_some(a)
}

/// Whether region `ri` is a title or name in quotation marks ("Morning Joe", “Face the
/// Nation,”, “American Skin (41 Shots)”): two to six words, all capitalized but for small
/// words and numbers, no sentence end.
fn title_like(t: &Text, ri: usize) -> bool {
    let r = t.regions[ri];
    let inner = (r.open + 1, r.last);
    let words: Vec<usize> = (inner.0..inner.1)
        .filter(|&k| t.is_word(k) && !t.is_clitic(k))
        .collect();
    if words.len() < 2 || words.len() > 6 {
        return false;
    }
    if (inner.0..inner.1).any(|k| {
        t.is_final_punct(k) && t.text(k) != "." || t.is_punct(k, "?") || t.is_punct(k, "!")
    }) {
        return false;
    }
    if inner.1 > inner.0 && t.is_punct(inner.1 - 1, ".") {
        return false;
    }
    words
        .iter()
        .all(|&k| t.is_cap(k) || t.is_number(k) || title_small_word(t.lower(k)))
        && t.is_cap(words[0])
}

/// The small words a title keeps in lower case ("Fox and Friends", "Meet the Press").
fn title_small_word(l: &str) -> bool {
    matches!(
        l,
        "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at" | "with"
    )
}

/// Whether region `ri` holds only a title's words, even with a full stop inside its
/// closing mark (“Fox and Friends.”).
fn names_title(t: &Text, ri: usize) -> bool {
    let r = t.regions[ri];
    let inner = (r.open + 1, r.last);
    let mut n = 0;
    for k in inner.0..inner.1 {
        if t.is_word(k) && !t.is_clitic(k) {
            n += 1;
            if !(t.is_cap(k) || title_small_word(t.lower(k))) || n > 6 {
                return false;
            }
        } else if !(t.is_punct(k, ".") && k + 1 == inner.1 || t.is_punct(k, ",")) {
            return false;
        }
    }
    n >= 1 && t.is_cap(inner.0)
}

/// Whether region `ri` ends with a full stop inside its closing mark.
fn ends_sentence(t: &Text, ri: usize) -> bool {
    let r = t.regions[ri];
    r.closed && r.last > r.open + 1 && t.is_punct(r.last - 1, ".")
}

/// 2a. A cue right after region `ri`: "“…,” said X", "“…,” X said", "“…” X, a …, said".
fn direct_after(t: &Text, ri: usize, cues: &[CueAt], cue_by_token: &[u32]) -> Option<(usize, Who)> {
    let r = t.regions[ri];
    if !r.closed {
        return None;
    }
    let (_, pend) = t.paragraph_range(r.paragraph);
    let mut k = r.last + 1;
    let comma_after = k < pend && t.is_punct(k, ",");
    if comma_after {
        k += 1;
    }
    if k >= pend || t.quoted(k) {
        return None;
    }
    let (s0, s1) = t.sentence_range(k);
    let ceil = s1.max(k + 1);
    // inverted: the cue comes first ("“…,” said X"); not after a bare quoted phrase
    // inside a clause, which is the subject of the verb after it ("the advertisement
    // “unmistakably and wrongfully” suggests that …")
    let phrase_in_clause = !comma_after
        && r.last > r.open + 1
        && t.is_word(r.last - 1)
        && r.open > t.sentence_range(r.open).0
        && t.is_word(r.open - 1);
    let ci = cue_by_token[k];
    if ci != NONE && !phrase_in_clause {
        let c = cues[ci as usize];
        if c.start == k
            && !c.is(CueKind::According)
            && !c.is(CueKind::Raising)
            && !c.is(CueKind::Nominal)
        {
            if c.cue.participle {
                return None; // "…,” adding, “…”": belongs to the next quote
            }
            // "“…,” he said" reads left; "“…,” said X" right
            if let Some((np, appo)) = np_right(t, c.end, ceil) {
                return Some((ci as usize, Who::Phrase(np, appo)));
            }
            return Some((ci as usize, Who::Nobody));
        }
    }
    // the subject comes first: find a cue within the next 16 tokens of this sentence
    // whose subject starts at k (or after a few words of the noun phrase)
    let floor = k;
    let sentence = t.sentence_of[k];
    let _ = s0;
    for (j, &ci) in cue_by_token
        .iter()
        .enumerate()
        .take(ceil.min(k + 40))
        .skip(k)
    {
        if t.quoted(j) || t.sentence_of[j] != sentence {
            break;
        }
        if ci == NONE {
            continue;
        }
        let c = cues[ci as usize];
        if c.start != j
            || c.is(CueKind::According)
            || c.cue.participle
            || c.is(CueKind::Raising)
            || c.is(CueKind::Nominal)
        {
            return None;
        }
        let (np, appo) = subject_left(t, subject_end(t, c.start, floor), floor)?;
        let gap_ok = (floor..np.0).all(|x| np_word(t, x)) && np.0 - floor <= 6;
        if !gap_ok {
            return None;
        }
        return Some((ci as usize, Who::Phrase(np, appo)));
    }
    None
}

/// 2b. A cue right before region `ri`: "X said, “…”", "X told reporters: “…”",
/// "adding, “…”", or "X continued:" ending the previous paragraph.
fn direct_before(t: &Text, ri: usize, cues: &[CueAt], cue_by_token: &[u32]) -> Option<usize> {
    let r = t.regions[ri];
    if r.open == 0 {
        return None;
    }
    let (pstart, _) = t.paragraph_range(r.paragraph);
    let mut k = r.open;
    let floor = if r.open == pstart {
        // "X continued:" at the end of the previous paragraph
        if r.paragraph == 0 || !t.is_punct(r.open - 1, ":") {
            return None;
        }
        t.paragraph_range(r.paragraph - 1).0
    } else {
        pstart
    };
    // the punctuation between cue and quote
    let punct = k > floor && (t.is_punct(k - 1, ",") || t.is_punct(k - 1, ":"));
    if punct {
        k -= 1;
    }
    // without punctuation ("said “…”") the cue touches a quotation that ends the sentence
    if !punct {
        let after = r.last + 1;
        let (_, s1) = t.sentence_range(r.last);
        let sentence_final = !r.closed
            || after >= s1
            || (t.is_final_punct(after) && after + 1 >= t.sentence_range(after).1);
        let capital = (r.open + 1..=r.last)
            .find(|&x| t.is_word(x))
            .is_some_and(|x| t.is_cap(x));
        if !sentence_final || !capital {
            return None;
        }
    }
    // the cue, possibly followed by its addressee ("told reporters") or a short adverbial
    for back in 1..=11 {
        if k < floor + back {
            break;
        }
        let j = k - back;
        if t.quoted(j) || t.is_final_punct(j) {
            break;
        }
        let ci = cue_by_token[j];
        if ci == NONE {
            continue;
        }
        let c = cues[ci as usize];
        if c.cue.class == CueClass::Want
            || (c.is(CueKind::According) && !punct)
            || c.is(CueKind::Raising)
            || c.is(CueKind::Nominal)
        {
            return None;
        }
        // only an addressee or adverbial may stand between the cue and the quote
        let between = (c.end, k);
        if between.1 > between.0 && !punct {
            return None;
        }
        if between.1 > between.0 {
            let w = words();
            let ok = if c.cue.class == CueClass::Tell {
                (between.0..between.1).all(|x| !t.is_any_punct(x) || t.is_punct(x, ","))
            } else {
                // only an adverbial or addressee: "said in a statement:", "said Monday,",
                // "shouted to the crowd", not a clause ("said it would “…”")
                between.1 - between.0 <= 10
                    && (between.0..between.1).all(|x| {
                        let l = t.lower(x);
                        t.is_punct(x, ",")
                            || t.is_cap(x)
                            || t.is_number(x)
                            || w.time_words.contains(l)
                            || w.prepositions.contains(l)
                            || w.determiners.contains(l)
                            || t.is_clitic(x)
                            || is_ly_adverb(l)
                    })
                    && !(between.0..between.1).any(|x| t.lower(x) == "that")
            };
            if !ok {
                return None;
            }
        }
        return Some(ci as usize);
    }
    None
}

/// 3. The content of an indirect cue: after it, before it, or around it.
fn indirect_content(
    t: &Text,
    c: &CueAt,
    who: Who,
    cues: &[CueAt],
    cue_by_token: &[u32],
    region_frame: &[Option<usize>],
) -> Option<Vec<Piece>> {
    let (s0, s1) = t.sentence_range(c.verb);
    // the clause's end: sentence end without final punctuation
    let end = clause_end(t, c.end, s1, 8);
    let speaker_right = matches!(who, Who::Phrase(np, _) if np.0 >= c.end);
    let after_start = match who {
        Who::Phrase(np, appo) if np.0 >= c.end => appo.map_or(np.1, |a| a.1),
        _ => c.end,
    };
    // content after the cue
    let mut a = after_start;
    let mut infinitive = false;
    if c.is(CueKind::According) {
        // "According to X, …": content after the comma that closes the source
        if opens_clause_at(t, c.start) {
            if a < end && t.is_punct(a, ",") {
                a += 1;
            }
        } else {
            a = end; // ", according to X." : content before
        }
    } else if !speaker_right {
        match c.cue.class {
            CueClass::Tell => a = addressee_end(t, a, end),
            CueClass::Want => {
                if !(a < end && t.lower(a) == "to") {
                    return None;
                }
            }
            CueClass::Say => {}
        }
        // "vowed to fight", "urged Congress to act": the infinitive is the content
        // "tells his supporters at a Michigan rally to …": past a short place or time
        // phrase after the addressee
        if c.cue.class == CueClass::Tell && c.cue.infinitive && !infinitive_at(t, a, end) {
            let w = words();
            if a < end && w.prepositions.contains(t.lower(a)) && t.lower(a) != "to" {
                if let Some(k) = (a + 1..end.min(a + 7)).find(|&k| t.lower(k) == "to") {
                    if infinitive_at(t, k, end)
                        && (a + 1..k).all(|x| np_word(t, x) || w.determiners.contains(t.lower(x)))
                    {
                        a = k;
                    }
                }
            }
        }
        // (past a time adverbial: "vowed last month to take …")
        if c.cue.infinitive && !infinitive_at(t, a, end) {
            let ta = time_adverbial_end(t, a, end);
            if ta > a && infinitive_at(t, ta, end) {
                a = ta;
            }
        }
        infinitive = c.cue.class != CueClass::Want && c.cue.infinitive && infinitive_at(t, a, end);
        if !infinitive {
            a = skip_to_that(t, a, end);
        }
    }
    if a < end && t.is_punct(a, ",") && !speaker_right && !c.is(CueKind::According) {
        a += 1;
    }
    // a quotation inside the clause runs to its closing mark, past sentence ends inside it
    let after = clause_after(t, a, end, cues, cue_by_token).map(|(x, y)| {
        let last = t.region_of[y - 1];
        if last != NONE {
            let r = t.regions[last as usize];
            (x, y.max(r.last + 1))
        } else {
            (x, y)
        }
    });
    // ", he said" after the cue's comma is another attribution, not a clause ("Those
    // discussions are continuing, he said.")
    if after.is_some_and(|r| crate::phrase::anonymity_request(t, r.0, r.1)) {
        return None;
    }
    let after = after.filter(|r| {
        !(r.0 > 0
            && t.is_punct(r.0 - 1, ",")
            && r.0 + 1 < r.1
            && words().subject_pronouns.contains(t.lower(r.0))
            && cue(t.lower(r.0 + 1)).is_some_and(|x| x.speech))
    });
    // a clause cannot open with a preposition, a subordinator or an auxiliary ("said in a
    // June report", "wrote in 2014", "complained about his mic")
    let after_any = after;
    let after = after
        .filter(|r| c.is(CueKind::According) || infinitive || opens_clause(t, r.0, c.cue.class));
    let after_words = after.map_or(0, |r| count_words(t, r));
    // content before the cue: "…, X said." / "…, said X." / "…, he said, …"
    let subject_start = match who {
        Who::Phrase(np, _) if np.1 <= c.start => np.0,
        _ => c.start,
    };
    let before = clause_before(t, subject_start, s0, region_frame, 3);
    let mut pieces = Vec::new();
    if let Some(b) = before {
        // "…, he said, …" with content on both sides: a comma right after the cue (the
        // second part may open with its verb or a conjunction: "Acts of protest, he
        // said, are …", "… was a juggernaut, Mr. Clarke said, until it went bankrupt"),
        // but not with another cue (", he said, adding …")
        let any_words = after_any.map_or(0, |r| count_words(t, r));
        let next_cue = after_any.is_some_and(|r| {
            let l = t.lower(r.0);
            l == "according"
                || cue(l).is_some_and(|x| x.participle)
                || (cue_by_token[r.0] != NONE && cues[cue_by_token[r.0] as usize].start == r.0)
        });
        let around = !speaker_right
            && !c.is(CueKind::According)
            && !next_cue
            && t.is_punct(subject_start.saturating_sub(1), ",")
            && any_words >= 3
            && c.end < t.len()
            && t.is_punct(c.end, ",");
        if !around && (after_words == 0 || speaker_right || c.is(CueKind::According) || next_cue) {
            pieces.push(piece(t, b));
            if let Some(r) = after.filter(|_| after_words >= 2 && !next_cue) {
                pieces.push(piece(t, r));
            }
            return Some(pieces);
        }
        if around {
            let after = after_any;
            // "…, which, Tompkins said, is …": the relative clause starts the content
            let b0 = (b.0..b.1)
                .rev()
                .find(|&k| {
                    k > b.0 && t.is_punct(k - 1, ",") && matches!(t.lower(k), "which" | "who")
                })
                .unwrap_or(b.0);
            pieces.push(piece(t, (b0, b.1)));
            if let Some(r) = after {
                pieces.push(piece(t, r));
            }
            return Some(pieces);
        }
    }
    // "The museum, Mr. Obama said, would make …": a short subject before the cue, the
    // rest of its clause after it
    if before.is_none()
        && c.cue.speech
        && c.end < t.len()
        && t.is_punct(c.end, ",")
        && !speaker_right
    {
        let short = clause_before(t, subject_start, s0, region_frame, 1)
            .filter(|b| b.1 - b.0 <= 6 && t.is_punct(b.1, ","));
        let rest = after_any.filter(|r| {
            let l = t.lower(r.0);
            count_words(t, *r) >= 2
                && t.is_lower_word(r.0)
                && (words().auxiliaries.contains(l) || cue(l).is_none())
                && !words().prepositions.contains(l)
                && !words().determiners.contains(l)
        });
        if let (Some(b), Some(r)) = (short, rest) {
            pieces.push(piece(t, b));
            pieces.push(piece(t, r));
            return Some(pieces);
        }
    }
    // (one word is enough for the name a stance verb takes: "has endorsed Trump")
    let name_object = |r: &Range| {
        after_words == 1
            && c.cue.object
            && c.cue.class == CueClass::Say
            && (t.is_cap(r.0)
                || matches!(t.lower(r.0), "him" | "her" | "them" | "it" | "us" | "me"))
    };
    let r = after.filter(|r| after_words >= 2 || name_object(r))?;
    // (nor a time alone: "Banks conceded shortly after midnight")
    if argues_in_court(t, c.verb, r) || is_time_only(t, r) {
        return None;
    }
    if !c.cue.speech && !c.cue.object && !c.is(CueKind::According) && !clear_clause(t, r) {
        return None;
    }
    let r = if c.is(CueKind::According) {
        r
    } else {
        object_end(t, r, c.cue.object)
    };
    pieces.push(piece(t, r));
    Some(pieces)
}

/// Whether the content `r` is only a time: an optional "shortly", "just" or "soon" and a
/// preposition before a time adverbial ("shortly after midnight", "on Friday", "in
/// March").
fn is_time_only(t: &Text, r: Range) -> bool {
    let mut k = r.0;
    if matches!(t.lower(k), "shortly" | "just" | "soon" | "late" | "early") {
        k += 1;
    }
    if k < r.1
        && matches!(
            t.lower(k),
            "after" | "before" | "at" | "on" | "in" | "by" | "until"
        )
    {
        k += 1;
    }
    k < r.1 && {
        let l = t.lower(k);
        let one_word = is_day_word(l) || matches!(l, "midnight" | "noon" | "dawn" | "dusk");
        let e = if one_word && k + 1 == r.1 {
            r.1
        } else {
            time_adverbial_end(t, k, r.1)
        };
        e == r.1
    }
}

/// Whether `l` is a past verb of change or state ("rose", "fell", "was"), which a
/// cue's noun reading ("the note", "the report") takes as its verb.
fn is_past_verb_of_change(l: &str) -> bool {
    matches!(
        l,
        "rose"
            | "fell"
            | "grew"
            | "sank"
            | "slid"
            | "jumped"
            | "climbed"
            | "dropped"
            | "gained"
            | "lost"
            | "rallied"
            | "slipped"
            | "tumbled"
            | "surged"
            | "edged"
            | "eased"
            | "declined"
            | "advanced"
            | "ended"
            | "closed"
            | "traded"
            | "stood"
            | "remained"
            | "was"
            | "were"
    )
}

/// Whether "argue" takes a courtroom object, which reports no speech: "argued the case
/// before the Supreme Court", "who argued school desegregation cases across the South".
/// (Not a clause whose subject that noun is: "argued the case was weak".)
fn argues_in_court(t: &Text, verb: usize, r: Range) -> bool {
    t.lower(verb).starts_with("argu")
        && (r.0..r.1.min(r.0 + 4)).any(|k| {
            matches!(
                t.lower(k),
                "case" | "cases" | "appeal" | "appeals" | "motion" | "motions" | "merits"
            ) && !(k + 1 < r.1 && words().auxiliaries.contains(t.lower(k + 1)))
        })
        && !(r.0..r.1.min(r.0 + 4)).any(|k| t.lower(k) == "that")
}

/// An object or infinitive content ends before a participial clause after a comma, or
/// before a verb phrase coordinated with the cue's: they say what the speaker did
/// besides ("is questioning the integrity of the voting system, encouraging his
/// supporters to …", "chastised Clinton for use of the server but did not recommend
/// …"). Only for cues that take an object (`takes_object`) or an infinitive; a clause
/// content keeps both (after "said that …" the participle is as often part of what was
/// said).
fn object_end(t: &Text, r: Range, takes_object: bool) -> Range {
    let infinitive = t.lower(r.0) == "to";
    if !infinitive && (!takes_object || clear_clause(t, r)) {
        return r;
    }
    let w = words();
    // a finite verb before token `k` makes the content a clause after all ("said the 12
    // banks provided …, representing …", "estimated a further 233,600 tonnes will have
    // been loaded, comprising …")
    // (each found once, so that the cut stays linear in the content's length)
    let first_finite = (r.0 + 1..r.1).find(|&j| {
        let l = t.lower(j);
        t.is_lower_word(j)
            && !t.quoted(j)
            && !w.determiners.contains(t.lower(j - 1))
            && (w.auxiliaries.contains(l) || is_past_tense(l))
    });
    let finite_before = |k: usize| !infinitive && first_finite.is_some_and(|j| j < k);
    let first_relative =
        (r.0..r.1).find(|&j| matches!(t.lower(j), "who" | "which" | "that") && !t.quoted(j));
    let cut = (r.0 + 2..r.1).find(|&k| {
        if t.quoted(k) || !t.is_lower_word(k) {
            return false;
        }
        let l = t.lower(k);
        if t.is_punct(k - 1, ",") && is_participle_clause_word(l) {
            // (not a participle set off inside the phrase: "the new microprocessor,
            // measuring one centimeter square, is …")
            let embedded = (k + 1..r.1.min(k + 25)).any(|j| {
                j + 1 < r.1
                    && t.is_punct(j, ",")
                    && (w.auxiliaries.contains(t.lower(j + 1)) || is_past_tense(t.lower(j + 1)))
            });
            return !embedded && !finite_before(k);
        }
        // "outlined his plan and vowed …", "signaled willingness to change it but has
        // been met with …": a verb phrase coordinated with the cue's, opening with an
        // auxiliary (past adverbs: "but also had to …")
        // (not inside a relative clause: "the businessman who lacks experience and has
        // attacked …")
        if matches!(l, "and" | "but" | "yet") && first_relative.is_none_or(|j| j >= k) {
            let mut v = k + 1;
            while v < r.1 && v < k + 3 && w.group_adverbs.contains(t.lower(v)) {
                v += 1;
            }
            return v < r.1
                && !t.quoted(v)
                && !t.is_clitic(v)
                && w.auxiliaries.contains(t.lower(v))
                && !finite_before(k);
        }
        false
    });
    match cut {
        Some(k) => {
            let mut e = k;
            while e > r.0 && t.is_punct(e - 1, ",") {
                e -= 1;
            }
            if count_words(t, (r.0, e)) >= 1 {
                (r.0, e)
            } else {
                r
            }
        }
        _ => r,
    }
}

/// Whether `l`, right after a comma, opens a participial clause ("encouraging",
/// "using"): a word in "-ing" that is no preposition or noun ("including", "during",
/// "something", "funding").
fn is_participle_clause_word(l: &str) -> bool {
    l.len() > 5
        && l.ends_with("ing")
        && !matches!(
            l,
            "including"
                | "according"
                | "during"
                | "regarding"
                | "concerning"
                | "following"
                | "something"
                | "nothing"
                | "anything"
                | "everything"
                | "morning"
                | "evening"
                | "meeting"
                | "building"
                | "funding"
                | "spending"
                | "ruling"
                | "hearing"
                | "briefing"
                | "warning"
                | "string"
                | "spring"
                | "mounting"
                | "growing"
                | "rising"
                | "falling"
                | "increasing"
                | "declining"
                | "existing"
                | "remaining"
                | "leading"
                | "outstanding"
                | "ongoing"
                | "pending"
        )
}

/// Cuts each piece before the first token owned by another attribution (its content,
/// cue or speaker) and before the comma leading to it; drops pieces left with fewer
/// than two words.
fn truncate_pieces(
    t: &Text,
    pieces: Vec<Piece>,
    owned_ranges: &Coverage,
    frames: &[Frame],
) -> Vec<Piece> {
    let owned = |k: usize| owned_ranges.covers(k) && !frames.is_empty();
    pieces
        .into_iter()
        .filter_map(|p| {
            let first_owned = (p.range.0..p.range.1).find(|&k| owned(k));
            match first_owned {
                None => Some(p),
                Some(k) if k == p.range.0 => None,
                Some(k) => {
                    let mut e = k;
                    // back over the subject words and the comma before them
                    if let Some(c) = (p.range.0..e).rev().find(|&x| t.is_punct(x, ",")) {
                        if e - c <= 6 {
                            e = c;
                        }
                    }
                    let r = (p.range.0, e);
                    (count_words(t, r) >= 2).then(|| piece(t, r))
                }
            }
        })
        .collect()
}

/// Whether a to-infinitive starts at `a` ("to fight", not "to the voters"). (After an
/// object, PolNeAR takes the object into the content: "urged Congress to act".)
fn infinitive_at(t: &Text, a: usize, end: usize) -> bool {
    // a negated infinitive: "vowed not to raise taxes", "urged lawmakers not to delay it"
    let a = if a + 1 < end && t.lower(a) == "not" && t.lower(a + 1) == "to" {
        a + 1
    } else {
        a
    };
    // (the verb may open a quotation: to “go to your place and vote”)
    let v = if a + 2 < end && t.is_mark(a + 1) {
        a + 2
    } else {
        a + 1
    };
    v < end
        && t.lower(a) == "to"
        && !t.quoted(a)
        && t.is_lower_word(v)
        && !words().determiners.contains(t.lower(v))
        && !matches!(
            t.lower(v),
            "him" | "her" | "them" | "me" | "us" | "you" | "it" | "this" | "that"
        )
}

/// Whether a content may start at token `a`: not with a preposition (but "to" for an
/// infinitive), a subordinator or an auxiliary.
fn opens_clause(t: &Text, a: usize, class: CueClass) -> bool {
    let l = t.lower(a);
    let w = words();
    if l == "to" {
        return class == CueClass::Want;
    }
    // a particle: "showed up at the debate", "found out"
    if matches!(l, "up" | "off" | "out" | "down") {
        return false;
    }
    if w.prepositions.contains(l) && !matches!(l, "like" | "than") {
        return false;
    }
    if matches!(
        l,
        "when"
            | "while"
            | "after"
            | "before"
            | "because"
            | "since"
            | "until"
            | "although"
            | "though"
            | "unless"
            | "as"
            | "so"
            | "and"
            | "but"
            | "or"
            | "then"
    ) {
        return false;
    }
    !w.auxiliaries.contains(l) || t.is_clitic(a)
}

fn piece(t: &Text, r: Range) -> Piece {
    let direct = r.1 > r.0 && t.is_mark(r.0) && t.region_of[r.0] != NONE && {
        let reg = t.regions[t.region_of[r.0] as usize];
        reg.open == r.0 && reg.last + 1 == r.1
    };
    Piece { range: r, direct }
}

fn count_words(t: &Text, r: Range) -> usize {
    t.count_words(r.0, r.1)
}

/// Skips a short adverbial after the cue when a "that" follows ("said in a statement
/// that", "said on Tuesday that"), or time words ("said Monday").
fn skip_to_that(t: &Text, a: usize, end: usize) -> usize {
    let w = words();
    let mut k = a;
    while k < end && k < a + 10 {
        let l = t.lower(k);
        if l == "that" && !t.quoted(k) {
            return k;
        }
        // a short quoted name on the way: told “Morning Joe” on Friday that
        let short_quote = t.quoted(k) && {
            let r = t.regions[t.region_of[k] as usize];
            r.closed && r.last - r.open <= 5
        };
        if !(w.time_words.contains(l)
            || short_quote
            || w.determiners.contains(l)
            || (k > a && t.is_lower_word(k) && np_word(t, k) && cue(l).is_none())
            || t.is_cap(k)
            || t.is_punct(k, ",")
            || t.is_number(k)
            || w.prepositions.contains(l)
            || t.is_clitic(k))
        {
            break;
        }
        k += 1;
    }
    // only a time adverbial (not names) before a that-less clause: "said Monday the …",
    // "said on Friday it would …", "said last week the …"; before a comma, which may
    // close an opening phrase ("In a post on Sunday night, Beck …"), days alone
    let e = time_adverbial_end(t, a, end);
    if e < end && t.is_punct(e, ",") {
        let mut j = a;
        while j < end && is_day_word(t.lower(j)) {
            j += 1;
        }
        // (with its part of the day: "said Friday afternoon, as they …")
        if j > a && j < end && matches!(t.lower(j), "morning" | "afternoon" | "evening" | "night") {
            j += 1;
        }
        j
    } else {
        e
    }
}

/// Whether the capitalized run ending at token `last` modifies a noun after it rather
/// than being its subject: a possessive stands before it, or a determiner and an adjective
/// ("Blige’s upcoming Apple Music show", "the new Netflix show": not "Apple Music shows").
fn name_modifies_noun(t: &Text, last: usize, s0: usize) -> bool {
    let mut k = last;
    while k > s0 && t.is_cap(k - 1) && last - k < 6 {
        k -= 1;
    }
    if k == s0 {
        return false;
    }
    let before = k - 1;
    if t.is_clitic(before) {
        return true;
    }
    before > s0
        && t.is_lower_word(before)
        && !words().non_cue_words.contains(t.lower(before))
        && cue(t.lower(before)).is_none()
        && (t.is_clitic(before - 1) || words().determiners.contains(t.lower(before - 1)))
}

/// Whether `l` names a day ("friday", "yesterday").
fn is_day_word(l: &str) -> bool {
    matches!(
        l,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

/// The end of a short time adverbial starting at token `a` (before `end`): a day with
/// an optional "on", "late" or "early" and part of the day ("Monday", "on Friday",
/// "late on Tuesday", "on Friday night"), a month and day ("on March 3"), or
/// "last" / "this" / "earlier this" and a period ("last week", "earlier this month");
/// `a` when none starts there.
fn time_adverbial_end(t: &Text, a: usize, end: usize) -> usize {
    let at = |k: usize| {
        if k < end && !t.quoted(k) {
            t.lower(k)
        } else {
            ""
        }
    };
    let mut k = a;
    if matches!(at(k), "late" | "early" | "earlier" | "later") {
        k += 1;
    }
    let head = if at(k) == "on" { k + 1 } else { k };
    let l = at(head);
    let mut e = if is_day_word(l) {
        head + 1
    } else if is_month(l) && head + 1 < end && t.is_number(head + 1) && t.is_cap(head) {
        head + 2
    } else if head == k && matches!(l, "last" | "this" | "next") {
        let p = at(head + 1);
        if matches!(
            p,
            "week" | "month" | "year" | "weekend" | "night" | "quarter"
        ) || is_day_word(p)
        {
            head + 2
        } else if is_month(p) && t.is_cap(head + 1) {
            // "last February 28"
            if head + 2 < end && t.is_number(head + 2) {
                head + 3
            } else {
                head + 2
            }
        } else {
            return a;
        }
    } else {
        return a;
    };
    // a part of the day: "on Friday night"
    if matches!(at(e), "morning" | "afternoon" | "evening" | "night") {
        e += 1;
    }
    // no adverbial but a subject ("saying this year will …"), nor one closing a reduced
    // relative ("Figures reported on Sunday now suggest …")
    let w = words();
    if e < end && (w.auxiliaries.contains(at(e)) || w.group_adverbs.contains(at(e))) {
        return a;
    }
    e
}

/// Where a content running from `a` ends at the "and" or "but" at token `k`, before a
/// noun phrase whose own cue is at `ne` ("…, and Democrats accused …"): at `k`; nowhere
/// when "and" joins the content's subject ("said the United States and its allies will
/// seek new sanctions", "said it and Sunter intend to") or a name's words ("the Food and
/// Drug Administration"), unless that name speaks after a comma ("…, S and P said": the
/// comma).
fn coordinated_attribution_cut(
    t: &Text,
    a: usize,
    k: usize,
    end: usize,
    ne: usize,
) -> Option<usize> {
    if t.is_cap(k - 1) && t.is_cap(k + 1) {
        let name_start = (a + 1..k).rev().take_while(|&j| t.is_cap(j)).last()?;
        let speaks_after_comma = name_start > a + 1
            && t.is_punct(name_start - 1, ",")
            && cue(t.lower(ne)).is_some_and(|c| c.speech);
        return speaks_after_comma.then(|| name_start - 1);
    }
    let joins_subject = t.lower(k) == "and"
        && np_right(t, a, end).is_some_and(|((_, subject_end), _)| subject_end == k);
    (!joins_subject).then_some(k)
}

/// The clause from `a` up to `end`, cut before a following attribution (", adding",
/// ", according to", "but suggested", ", he said").
fn clause_after(
    t: &Text,
    a: usize,
    end: usize,
    cues: &[CueAt],
    cue_by_token: &[u32],
) -> Option<Range> {
    // the cue group starting at token k, if one does
    let cue_at = |k: usize| {
        let ci = cue_by_token[k];
        (ci != NONE && cues[ci as usize].start == k).then(|| cues[ci as usize])
    };
    if a >= end {
        return None;
    }
    let w = words();
    // a clause longer than MAX_CLAUSE_TOKENS is no clause (and scanning a run-on
    // "sentence" to its end for every cue in it would cost its length squared)
    let mut e = end;
    let scan_end = end.min(a + MAX_CLAUSE_TOKENS + 1);
    for k in a + 1..scan_end {
        let l = t.lower(k);
        // a comma, also inside a closing quotation mark ("…,” but pledged)
        let prev_comma =
            t.is_punct(k - 1, ",") || (k >= 2 && t.is_mark(k - 1) && t.is_punct(k - 2, ","));
        if t.quoted(k) {
            continue;
        }
        // ", adding" / ", according to" / ", saying"
        if prev_comma
            && (l == "according"
                || cue(l).is_some_and(|c| c.participle)
                || cue_at(k).is_some_and(|c| c.cue.participle))
        {
            e = k - 1;
            break;
        }
        // a semicolon, or ", but" / ", while" / ", although": a new clause
        if t.is_punct(k, ";")
            || (prev_comma && matches!(l, "but" | "while" | "although" | "though" | "whereas"))
        {
            e = k;
            break;
        }
        // "and Democrats accused …": a coordinated clause with its own attribution
        if matches!(l, "and" | "but") && k + 1 < end {
            let own_cue = np_right(t, k + 1, end)
                .map(|((_, ne), _)| ne)
                .filter(|&ne| {
                    ne < end
                        && ne > k + 1
                        && (cue(t.lower(ne)).is_some() || cue_at(ne).is_some())
                        && !t.quoted(ne)
                        && t.is_lower_word(ne)
                });
            if let Some(cut) = own_cue.and_then(|ne| coordinated_attribution_cut(t, a, k, end, ne))
            {
                e = cut;
                break;
            }
        }
        // "but suggested" / "and added": a coordinated cue
        if matches!(l, "but" | "and")
            && k + 1 < end
            && cue(t.lower(k + 1)).is_some_and(|c| c.speech)
            && !t.quoted(k + 1)
        {
            e = k;
            break;
        }
        // ", he said" in the middle: a new attribution (the caller handles it)
        if prev_comma
            && k + 1 < end
            && w.subject_pronouns.contains(l)
            && cue(t.lower(k + 1)).is_some_and(|c| c.speech)
        {
            e = k - 1;
            break;
        }
        // ", said …": a speech verb right after a comma whose subject stands before
        // this clause ("Brooks, who voted against it, said …": the relative clause ends
        // at the comma) or right after it ("…, said Smith."): the main clause's cue
        if t.is_punct(k - 1, ",")
            && cue_at(k)
                .is_some_and(|c| c.main_after_comma != NONE && c.main_after_comma as usize <= a)
        {
            e = k - 1;
            break;
        }
        // ", the campaign has appeared to …": a new clause with its own cue
        if prev_comma
            && t.is_punct(k - 1, ",")
            && !matches!(
                l,
                "which" | "who" | "whom" | "whose" | "that" | "where" | "when"
            )
            && !w.subject_pronouns.contains(l)
        {
            if let Some(((_, ne), None)) = np_right(t, k, end) {
                if ne < end
                    && ne > k
                    && ne - k <= 8
                    && cue_at(ne).is_some_and(|c| !c.cue.participle && !c.is(CueKind::According))
                {
                    e = k - 1;
                    break;
                }
            }
        }
        // ", which …" to the end: a non-restrictive relative clause adds the writer's
        // detail ("… from her bout with pneumonia, which forced her to leave"; not
        // "the plan, which was announced Monday, would cost billions")
        if prev_comma && t.is_punct(k - 1, ",") && l == "which" {
            let embedded = (k + 1..end.min(k + 25)).any(|j| {
                j + 1 < end && t.is_punct(j, ",") && {
                    let n = t.lower(j + 1);
                    w.auxiliaries.contains(n)
                        || (t.is_lower_word(j + 1)
                            && !w.prepositions.contains(n)
                            && !w.determiners.contains(n)
                            && !matches!(n, "and" | "but" | "or" | "which" | "who" | "as"))
                }
            });
            if !embedded {
                e = k - 1;
                break;
            }
        }
        // a parenthesis opens an aside
        if t.is_punct(k, "(") {
            e = k;
            break;
        }
        // a colon or a dash introduces something else
        if t.is_punct(k, ":") || t.is_punct(k, "―") || t.is_punct(k, "—") || t.is_punct(k, "--")
        {
            e = k;
            break;
        }
        // a full stop before a new quotation the sentence splitter missed (NYT '')
        if t.is_final_punct(k)
            && k + 1 < end
            && t.region_of[k + 1] != NONE
            && t.regions[t.region_of[k + 1] as usize].open == k + 1
        {
            e = k;
            break;
        }
    }
    if e - a > MAX_CLAUSE_TOKENS {
        return None;
    }
    while e > a && (t.is_punct(e - 1, ",") || t.is_punct(e - 1, ";") || t.is_punct(e - 1, "—")) {
        e -= 1;
    }
    (e > a).then_some((a, e))
}

/// The longest relative or participial clause or appositive, in tokens,
/// [`main_after_comma`] looks back over.
const MAX_RELATIVE_TOKENS: usize = 30;

/// Whether cue `c`, right after a comma, reads as the cue of a main clause rather
/// than part of the clause before the comma: a finite speech verb (not "known as",
/// "supported by", "said to be") whose subject stands before that clause, a relative
/// or participial clause or an appositive opening with a lower-case word ("Council
/// member Alan Brooks, who voted against it, said …": the end of "Brooks"), or closes
/// the sentence after it ("…, said Robert Manning.": 0). [`NONE`] otherwise. A clause
/// from a token at or after the returned one ends at the comma ([`clause_after`]).
fn main_after_comma(t: &Text, c: &CueAt) -> u32 {
    let k = c.start;
    if k == 0
        || !t.is_punct(k - 1, ",")
        || !c.is(CueKind::Verb)
        || !c.cue.speech
        || c.cue.participle
    {
        return NONE;
    }
    let (_, s1) = t.sentence_range(c.verb);
    let end = clause_end(t, c.end, s1, 8);
    if c.end < end && matches!(t.lower(c.end), "to" | "as" | "by") {
        return NONE;
    }
    // inverted: a short phrase closing the sentence
    let inverted = np_right(t, c.end, end).is_some_and(|(np, appo)| {
        let e = appo.map_or(np.1, |x| x.1);
        np.1 - np.0 <= 6 && (e >= end || inverted_tail(t, np, appo, end).is_some_and(|x| x >= end))
    });
    if inverted {
        return 0;
    }
    // the subject before a relative or participial clause or an appositive ("Brooks, who
    // voted against it, said", "The company, reporting a loss, said", "Kasich, a
    // Republican who has refused to endorse him, said"): a clause opening with a
    // lower-case word, not any phrase before a comma ("NEW YORK, March 2 - X announced
    // …, said")
    let floor = t.sentence_floor(k);
    let Some((np, _)) = subject_left(t, k, floor) else {
        return NONE;
    };
    // (the clause ending at the cue's comma: from the comma before it)
    let opener = (np.1..k - 1)
        .rev()
        .take(MAX_RELATIVE_TOKENS)
        .find(|&j| t.is_punct(j, ",") && !t.quoted(j))
        .map(|j| j + 1);
    if opener.is_some_and(|o| o < k - 1 && t.is_lower_word(o)) {
        np.1 as u32
    } else {
        NONE
    }
}

/// The clause before a trailing attribution: from the sentence start (or after a colon or
/// a dash) to the comma before the subject.
fn clause_before(
    t: &Text,
    subject_start: usize,
    s0: usize,
    region_frame: &[Option<usize>],
    min_words: usize,
) -> Option<Range> {
    if subject_start <= s0 + 1 {
        return None;
    }
    let mut e = subject_start;
    if !(t.is_punct(e - 1, ",") || t.is_punct(e - 1, "—")) {
        return None;
    }
    e -= 1;
    // a quotation already attributed (direct) ends right here: not ours
    if t.quoted(e - 1)
        && t.region_of[e - 1] != NONE
        && region_frame[t.region_of[e - 1] as usize].is_some()
    {
        return None;
    }
    let mut a = t.colon_before(e).filter(|&k| k >= s0).map_or(s0, |k| k + 1);
    if e - a > MAX_CLAUSE_TOKENS {
        return None;
    }
    // "HALVIK — Dockworkers …, union officials said": the dateline is not what was said
    if a == s0 {
        a = dateline_end(t, a, e);
    }
    // a leading discourse word or short framing phrase is not part of what was said
    // ("However, …", "As for complexity, …", "Details aside, …")
    if a < e
        && matches!(
            t.lower(a),
            "however"
                | "but"
                | "and"
                | "still"
                | "meanwhile"
                | "instead"
                | "indeed"
                | "also"
                | "so"
                | "yet"
                | "moreover"
                | "overall"
                | "now"
                | "furthermore"
                | "additionally"
        )
    {
        a += 1;
        if a < e && t.is_punct(a, ",") {
            a += 1;
        }
    }
    if let Some(c) = (a..e.min(a + 5)).find(|&k| t.is_punct(k, ",") && !t.quoted(k)) {
        let lead = t.lower(a);
        if lead == "as" || (c > a && t.lower(c - 1) == "aside") {
            a = c + 1;
        }
    }
    (e > a && count_words(t, (a, e)) >= min_words).then_some((a, e))
}

/// Whether token `k` is a dash.
fn is_dash(t: &Text, k: usize) -> bool {
    ["—", "–", "-", "--", "―"].iter().any(|d| t.is_punct(k, d))
}

/// Where the text after a dateline opening the paragraph at token `a` starts (before
/// `end`), or `a` when there is none ([`newslens_core::text::find_dateline`]).
fn dateline_end(t: &Text, a: usize, end: usize) -> usize {
    if t.paragraph_range(t.paragraph_of(a)).0 != a {
        return a;
    }
    newslens_core::text::find_dateline(t.doc.text(), t.doc.tokens(), a, end)
        .map_or(a, |d| d.body_start)
}

/// Whether `l` is a month's name or its abbreviation ("march", "oct").
fn is_month(l: &str) -> bool {
    newslens_core::civil::month_of_name(l).is_some()
}

/// Whether `l` is a month's full name ("january", "may").
fn is_full_month(l: &str) -> bool {
    newslens_core::civil::month_of_full_name(l).is_some()
}

/// Whether a belief/knowledge verb's complement reads as a clause ("that …", or a
/// subject followed by a verb-like word), not an object ("found the keys").
fn clear_clause(t: &Text, r: Range) -> bool {
    let first = t.lower(r.0);
    if matches!(
        first,
        "that" | "whether" | "if" | "how" | "why" | "what" | "to"
    ) {
        return true;
    }
    let w = words();
    if w.subject_pronouns.contains(first) && first != "one" {
        return true;
    }
    // a short noun phrase then an auxiliary/verb or an infinitive: "Clinton will win",
    // "the economy is", "Trump to offer"
    (r.0 + 1..r.1.min(r.0 + 6))
        .any(|k| (w.auxiliaries.contains(t.lower(k)) || t.lower(k) == "to") && !t.is_clitic(k))
}
