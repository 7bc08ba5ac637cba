//! Clustering candidate mentions into entities: full names first (the longest becomes the
//! canonical name), then surnames, first names and acronyms, then nominals ("the
//! president", "Kim’s advisor"), then pronouns (most recent compatible entity, outside
//! quotations, preferring the subject of the sentence).

use crate::context::Ctx;
use crate::describe::{appositive, firm_appositive};
use crate::detect::{
    head_index, is_bank_word, is_legal_form, possessive_role_kind, CandKind, Candidate, PronounKind,
};
use crate::lexicon::{is_office, lexicon, Gender};
use newslens_core::output::entities::{EntityKind, MentionKind};
use newslens_core::span::Span;
use std::collections::HashMap;

/// An entity under construction.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// What it is.
    pub kind: EntityKind,
    /// Whether the type rests on evidence.
    pub strong: bool,
    /// Gender, when known.
    pub gender: Gender,
    /// Tokens of the canonical name mention.
    pub name_tokens: (u32, u32),
    /// Bytes of the canonical name mention.
    pub name_span: Span,
    /// Description and the byte position where it was found.
    pub description: Option<(u32, Span)>,
    /// Mentions: bytes, kind, sentence, inside quotes.
    pub mentions: Vec<ClusterMention>,
}

/// One mention of a cluster.
#[derive(Debug, Clone, Copy)]
pub struct ClusterMention {
    /// Bytes.
    pub span: Span,
    /// How it refers.
    pub kind: MentionKind,
    /// Sentence index.
    pub sentence: u32,
    /// Inside quotation marks.
    pub in_quote: bool,
}

impl Cluster {
    fn new(c: &Candidate, kind: EntityKind, strong: bool, mention: MentionKind) -> Self {
        let mut cl = Cluster {
            kind,
            strong,
            gender: c.gender,
            name_tokens: c.tokens,
            name_span: c.span,
            description: None,
            mentions: Vec::new(),
        };
        cl.add(c, mention);
        cl
    }
    fn add(&mut self, c: &Candidate, kind: MentionKind) {
        self.mentions.push(ClusterMention {
            span: c.span,
            kind,
            sentence: c.sentence,
            in_quote: c.in_quote,
        });
        if let Some(t) = c.title {
            self.describe(c.span.start, t);
        }
        if self.gender == Gender::Unknown {
            self.gender = c.gender;
        }
    }
    fn describe(&mut self, at: u32, d: Span) {
        if self.description.is_none_or(|(p, _)| at < p) {
            self.description = Some((at, d));
        }
    }
    fn first_start(&self) -> u32 {
        self.mentions
            .iter()
            .map(|m| m.span.start)
            .min()
            .unwrap_or(0)
    }
}

fn name_words<'a, 'd: 'a>(
    ctx: &'a Ctx<'d>,
    toks: (u32, u32),
) -> impl Iterator<Item = &'d str> + 'a {
    (toks.0 as usize..toks.1 as usize)
        .filter(move |&k| ctx.is_name_word(k))
        .map(move |k| ctx.lower(k))
}

/// A name's head word ([`head_index`]: "government" for "Government of Bermuda").
fn name_head<'d>(ctx: &Ctx<'d>, toks: (u32, u32)) -> &'d str {
    ctx.lower(head_index(ctx, toks.0 as usize, toks.1 as usize))
}

fn last_word<'a>(ctx: &'a Ctx, toks: (u32, u32)) -> &'a str {
    ctx.lower(toks.1 as usize - 1)
}

/// A name's tokens without the legal forms that end it ("Toshin Steel Co Ltd" →
/// "Toshin Steel"); the whole name when it is nothing else.
fn without_legal_forms(ctx: &Ctx, toks: (u32, u32)) -> (u32, u32) {
    let mut end = toks.1;
    while end > toks.0 + 1
        && (is_legal_form(ctx.lower(end as usize - 1)) || ctx.text(end as usize - 1) == ".")
    {
        end -= 1;
    }
    (toks.0, end)
}

/// The word a full name is indexed by for clustering: its last word before any legal form.
fn key_word<'a>(ctx: &'a Ctx, toks: (u32, u32)) -> &'a str {
    last_word(ctx, without_legal_forms(ctx, toks))
}

fn phrase<'a>(ctx: &'a Ctx, span: Span) -> &'a str {
    &ctx.doc.lower_text()[span.range()]
}

/// Whether two token runs are the same words, ignoring case and the spacing between
/// them: "New York" and "New\nYork" (a name broken across lines) are one name.
fn same_words(ctx: &Ctx, a: (u32, u32), b: (u32, u32)) -> bool {
    a.1 - a.0 == b.1 - b.0
        && (a.0..a.1)
            .zip(b.0..b.1)
            .all(|(i, j)| ctx.lower(i as usize) == ctx.lower(j as usize))
}

/// Initials of the capitalized words of a name ("korean central news agency" → "kcna").
fn initials_match(ctx: &Ctx, toks: (u32, u32), acronym: &str) -> bool {
    let mut letters = acronym.chars().filter(|c| c.is_alphabetic());
    for k in toks.0 as usize..toks.1 as usize {
        if !ctx.is_cap(k) {
            continue;
        }
        let c = ctx.lower(k).chars().next();
        if c != letters.next() {
            return false;
        }
    }
    letters.next().is_none() && toks.1 - toks.0 >= 2
}

/// How many of `mentions` start before `at`, and where the first one starts (0 when
/// none). When `runs_sorted`, `mentions[..split]` and `mentions[split..]` are each in
/// text order and both answers come from bisection; otherwise from a scan.
fn prominence(
    mentions: &[ClusterMention],
    split: usize,
    runs_sorted: bool,
    at: u32,
) -> (usize, u32) {
    let starts = |ms: &[ClusterMention]| ms.first().map(|m| m.span.start);
    if runs_sorted {
        let (a, b) = mentions.split_at(split);
        let before =
            a.partition_point(|m| m.span.start < at) + b.partition_point(|m| m.span.start < at);
        let first = starts(a).into_iter().chain(starts(b)).min().unwrap_or(0);
        (before, first)
    } else {
        let before = mentions.iter().filter(|m| m.span.start < at).count();
        let first = mentions.iter().map(|m| m.span.start).min().unwrap_or(0);
        (before, first)
    }
}

/// From how many clusters on a name is compared through an index of the clusters'
/// names rather than with every cluster (a scan is cheaper for the few of most articles).
const INDEX_FROM: usize = 32;

/// The words an organisation's name is shortened to: its first word (after a bank's word
/// such as "Banque"; its second after a generic first word) and its last word before any
/// legal form, each when it is a
/// distinctive capitalized word ("Mobil" for "Mobil Corp", "Shearson" for "Shearson
/// Lehman Brothers", "Paribas" for "Banque Paribas", "Kodak" for "Eastman Kodak Co"), not
/// a generic one ("National", "First", "American", "Bank") nor a trade word ("Oil",
/// "Steel").
fn org_short_names<'d>(ctx: &Ctx<'d>, e: &Cluster) -> [Option<&'d str>; 2] {
    let (mut first, end) = (e.name_tokens.0 as usize, e.name_tokens.1 as usize);
    if e.kind != EntityKind::Organization || end - first < 2 {
        return [None, None];
    }
    // a bank's word first: the name after it ("Banque Paribas" → "Paribas")
    if is_bank_word(ctx.lower(first)) {
        first += 1;
    }
    let last = without_legal_forms(ctx, e.name_tokens).1 as usize - 1;
    let distinctive = |k: usize| {
        (ctx.is_name_word(k) && is_distinctive_org_word(ctx.lower(k))).then(|| ctx.lower(k))
    };
    [
        // (past a generic first word: "Convenience" for "National Convenience Stores")
        distinctive(first).or_else(|| (first + 1 < last).then(|| distinctive(first + 1)).flatten()),
        // (not a person's surname closing a name taken in with it: "Coffee Trade
        // Association Carlos Calmon")
        (last > first
            && ctx.text(last) != "."
            && lexicon().first_name(ctx.lower(last - 1)).is_none())
        .then(|| distinctive(last))
        .flatten(),
    ]
}

/// Whether the word `w` of an organisation's name tells it apart: at least three letters,
/// not a generic word, trade word, place, nationality or title.
fn is_distinctive_org_word(w: &str) -> bool {
    let lx = lexicon();
    let generic = matches!(
        w,
        "national"
            | "first"
            | "general"
            | "united"
            | "international"
            | "new"
            | "central"
            | "federal"
            | "royal"
            | "state"
            | "city"
            | "union"
            | "continental"
            | "imperial"
            | "standard"
            | "great"
            | "world"
            | "global"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "north"
            | "south"
            | "east"
            | "west"
            | "pacific"
            | "atlantic"
            | "mid"
            | "security"
            | "commercial"
            | "industrial"
    ) || lx.org_heads.contains(w)
        || lx.places.contains(w)
        || lx.demonyms.contains(w)
        || lx.titles.contains(w);
    w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !generic
}

/// Whether `w` is one of organisation `e`'s [`org_short_names`] (the name's words are
/// compared before the word lists are consulted: most lone words are none of them).
fn names_org_by_short_word(ctx: &Ctx, e: &Cluster, w: &str) -> bool {
    e.kind == EntityKind::Organization
        && (e.name_tokens.0..e.name_tokens.1).any(|k| ctx.lower(k as usize) == w)
        && org_short_names(ctx, e).contains(&Some(w))
}

/// The head word of organisation `e`'s name of two words or more when it is an
/// organisation's head ("commission" for "European Commission", "court" for "Supreme
/// Court of Canada"): "the Commission" said later names it.
/// A legislature's head word names only the house it opens ("House of
/// Representatives") or a place's ("U.S. Senate"): a lone "House" is not the "White
/// House", nor "Congress" the "American Pork Congress".
fn org_head_word<'d>(ctx: &Ctx<'d>, e: &Cluster) -> Option<&'d str> {
    let (a, b) = (e.name_tokens.0 as usize, e.name_tokens.1 as usize);
    if e.kind != EntityKind::Organization || b - a < 2 {
        return None;
    }
    let k = head_index(ctx, a, b);
    let head = ctx.lower(k);
    let lx = lexicon();
    let legislature = matches!(
        head,
        "house" | "congress" | "senate" | "parliament" | "assembly"
    );
    // ("AI" heads "Lumen AI" but alone names the technology)
    let ok = lx.org_heads.contains(head)
        && !is_legal_form(head)
        && head != "ai"
        && (!legislature || k == a || (a..k).all(|j| lx.places.contains(ctx.lower(j))));
    ok.then_some(head)
}

/// Whether the lone word `w` is organisation `e`'s [`org_head_word`] (the name's words
/// compared first, from the last, most often the head: most lone words are none of
/// them).
fn names_org_by_head_word(ctx: &Ctx, e: &Cluster, w: &str) -> bool {
    let (a, b) = (e.name_tokens.0 as usize, e.name_tokens.1 as usize);
    e.kind == EntityKind::Organization
        && b - a >= 2
        && (a..b).rev().any(|k| ctx.lower(k) == w)
        && org_head_word(ctx, e) == Some(w)
}

/// How well a lone word `w` names cluster `e`: 4 its one-word name, 3 a person's last
/// name word, 2 a person's first name word (or an Asian family name), an
/// organisation's short name or, for an `acronym`, the initials of an organisation or
/// place; 0 not at all.
fn join_score(ctx: &Ctx, e: &Cluster, w: &str, acronym: bool) -> u32 {
    let person = e.kind == EntityKind::Person;
    if e.name_tokens.1 - e.name_tokens.0 == 1 && phrase(ctx, e.name_span) == w {
        4
    } else if person && last_word(ctx, e.name_tokens) == w {
        3
    } else if (person && name_words(ctx, e.name_tokens).next() == Some(w))
        || (!person && acronym && initials_match(ctx, e.name_tokens, w))
        || names_org_by_short_word(ctx, e, w)
        || names_org_by_head_word(ctx, e, w)
    {
        2
    } else {
        0
    }
}

/// The clusters a lone word may join, by word: every word for which [`join_score`] can
/// be above 0 without the acronym rule, plus the clusters that are not people (which an
/// acronym may match by initials).
/// Built lazily, from INDEX_FROM clusters on; clusters only get appended while it is used.
#[derive(Default)]
struct JoinIndex<'d> {
    by_word: HashMap<&'d str, Vec<usize>>,
    not_people: Vec<usize>,
    indexed: usize,
}

impl<'d> JoinIndex<'d> {
    /// Indexes cluster `ei`.
    fn add(&mut self, ctx: &Ctx<'d>, ei: usize, e: &Cluster) {
        let lower = ctx.doc.lower_text();
        if e.name_tokens.1 - e.name_tokens.0 == 1 {
            self.by_word
                .entry(&lower[e.name_span.range()])
                .or_default()
                .push(ei);
        }
        if e.kind == EntityKind::Person {
            self.by_word
                .entry(ctx.lower(e.name_tokens.1 as usize - 1))
                .or_default()
                .push(ei);
            if let Some(first) = name_words(ctx, e.name_tokens).next() {
                self.by_word.entry(first).or_default().push(ei);
            }
        } else {
            let [first, last] = org_short_names(ctx, e);
            for short in first.into_iter().chain(last.filter(|&l| Some(l) != first)) {
                self.by_word.entry(short).or_default().push(ei);
            }
            if let Some(head) = org_head_word(ctx, e) {
                self.by_word.entry(head).or_default().push(ei);
            }
            self.not_people.push(ei);
        }
    }

    /// The clusters that word `w` may join, in cluster order, into `out` (all of them
    /// while they are few).
    fn candidates(
        &mut self,
        ctx: &Ctx<'d>,
        clusters: &[Cluster],
        w: &str,
        acronym: bool,
        out: &mut Vec<usize>,
    ) {
        out.clear();
        if clusters.len() < INDEX_FROM {
            out.extend(0..clusters.len());
            return;
        }
        while self.indexed < clusters.len() {
            self.add(ctx, self.indexed, &clusters[self.indexed]);
            self.indexed += 1;
        }
        if let Some(list) = self.by_word.get(w) {
            out.extend_from_slice(list);
        }
        if acronym {
            out.extend_from_slice(&self.not_people);
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// Builds the entity clusters from the candidates (text order).
pub fn cluster(ctx: &Ctx, cands: &[Candidate]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // 1. full names of two words or more. `same_entity` needs the same last word before
    // any legal form ([`key_word`]), so the clusters are indexed by every key word their
    // names have had, and a name is compared only with the clusters sharing its key word
    // (in cluster order, so the first match is the one a scan of every cluster finds).
    // Below INDEX_FROM clusters a scan is cheaper than the index, which is then built
    // from the clusters' current names.
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut indexed = false;
    let mut sharing: Vec<usize> = Vec::new();
    for c in cands {
        let CandKind::Name { kind, strong } = c.kind else {
            continue;
        };
        if c.tokens.1 - c.tokens.0 < 2 {
            continue;
        }
        // Same words imply the same last word, so the last word is the one key needed.
        let key = key_word(ctx, c.tokens);
        sharing.clear();
        if clusters.len() < INDEX_FROM {
            sharing.extend(0..clusters.len());
        } else {
            if !indexed {
                for (ei, e) in clusters.iter().enumerate() {
                    by_key
                        .entry(key_word(ctx, e.name_tokens))
                        .or_default()
                        .push(ei);
                }
                indexed = true;
            }
            sharing.extend(by_key.get(key).into_iter().flatten());
            sharing.sort_unstable();
            sharing.dedup();
        }
        let found = sharing
            .iter()
            .copied()
            .find(|&ei| same_entity(ctx, &clusters[ei], c, kind));
        let mut index = |ei: usize| {
            if indexed {
                by_key.entry(key).or_default().push(ei);
            }
        };
        match found {
            Some(ei) => {
                let e = &mut clusters[ei];
                let longer = (c.tokens.1 - c.tokens.0) > (e.name_tokens.1 - e.name_tokens.0);
                if longer {
                    e.name_tokens = c.tokens;
                    e.name_span = c.span;
                    index(ei);
                }
                if strong && !e.strong {
                    e.kind = kind;
                    e.strong = true;
                }
                e.add(c, MentionKind::Name);
            }
            None => {
                index(clusters.len());
                clusters.push(Cluster::new(c, kind, strong, MentionKind::Name));
            }
        }
    }
    // 2. single words: surnames, first names, acronyms, or entities of their own.
    // A word can only join a cluster it names (see `join_score`), so the clusters are
    // indexed by those words, and a candidate scores only the clusters of its word (and,
    // for an acronym, the clusters that are not people) instead of every cluster: the
    // cost stays linear in the article. Names and kinds do not change in this step.
    let mut index = JoinIndex::default();
    let mut scored: Vec<usize> = Vec::new();
    // With the name candidates (those of steps 1 and 2) in text order, each cluster's
    // mentions form two runs in text order (those of step 1, then those added here),
    // searched by bisection for prominence. Other candidates may start earlier than the
    // name before them (a group reaching back over "Mr. Diaz officials") and do not count.
    let in_text_order = cands
        .iter()
        .filter(|c| matches!(c.kind, CandKind::Name { .. } | CandKind::Unknown))
        .map(|c| c.span.start)
        .is_sorted();
    let mut step1_mentions: Vec<usize> = clusters.iter().map(|e| e.mentions.len()).collect();
    for c in cands {
        let (kind, strong) = match c.kind {
            CandKind::Name { kind, strong } if c.tokens.1 - c.tokens.0 == 1 => (Some(kind), strong),
            CandKind::Unknown => (None, false),
            _ => continue,
        };
        let w = ctx.lower(c.tokens.0 as usize);
        let acronym = ctx.is_acronym(c.tokens.0 as usize);
        index.candidates(ctx, &clusters, w, acronym, &mut scored);
        let mut best: Option<(u32, usize, usize)> = None; // (score, mentions before, -first)
        let mut best_index = 0;
        for &ei in &scored {
            let e = &clusters[ei];
            let score = join_score(ctx, e, w, acronym);
            if score == 0 {
                continue;
            }
            // a lone word typed as a place or organisation does not become a person's
            // surname, nor a person's name by its title ("Mr. Ford") an organisation's
            if let Some(k) = kind {
                if strong && k != e.kind && (k != EntityKind::Person || score == 2) {
                    continue;
                }
            }
            // prominence: mentions before this one; ties go to the entity named first
            let (before, first) =
                prominence(&e.mentions, step1_mentions[ei], in_text_order, c.span.start);
            let key = (score, before, usize::MAX - first as usize);
            if best.is_none_or(|b| key > b) {
                best = Some(key);
                best_index = ei;
            }
        }
        match (best, kind) {
            (Some((score, _, _)), _) => {
                let ei = best_index;
                let mk = if score == 4 {
                    MentionKind::Name
                } else {
                    MentionKind::Partial
                };
                clusters[ei].add(c, mk);
            }
            (None, Some(kind)) => {
                clusters.push(Cluster::new(c, kind, strong, MentionKind::Name));
                step1_mentions.push(0);
            }
            (None, None) => {}
        }
    }
    // 3. groups, by their text
    let mut by_words = WordsIndex::default();
    let is_group = |e: &Cluster| e.kind == EntityKind::Group;
    for c in cands.iter().filter(|c| c.kind == CandKind::Group) {
        match by_words.find(ctx, &clusters, c.tokens, is_group) {
            Some(ei) => clusters[ei].add(c, MentionKind::Name),
            None => clusters.push(Cluster::new(c, EntityKind::Group, true, MentionKind::Name)),
        }
    }
    // 4. nominals
    let mut titles = TitleIndex::default();
    let mut named: Option<NamedSpans> = None;
    for c in cands {
        match c.kind {
            CandKind::PossessiveRole { .. } => {
                let kind = possessive_role_kind(ctx.lower(c.tokens.1 as usize - 1));
                let named = (kind == EntityKind::Person)
                    .then(|| {
                        let spans = named.get_or_insert_with(|| NamedSpans::new(&clusters));
                        person_in_apposition(ctx, spans, c.tokens)
                    })
                    .flatten();
                match named.or_else(|| {
                    by_words.find(ctx, &clusters, c.tokens, |e| {
                        e.kind == kind && e.mentions[0].kind == MentionKind::Nominal
                    })
                }) {
                    Some(ei) => {
                        clusters[ei].add(c, MentionKind::Nominal);
                        if named.is_some() {
                            clusters[ei].describe(c.span.start, c.span);
                        }
                    }
                    None => {
                        let mut cl = Cluster::new(c, kind, true, MentionKind::Nominal);
                        cl.describe(c.span.start, c.span);
                        clusters.push(cl);
                    }
                }
            }
            CandKind::Definite { head, org, .. } => {
                // a role in apposition to a name is that person ("The governor, Greg
                // Abbott, said", "Greg Abbott, the governor, said")
                if !org {
                    let spans = named.get_or_insert_with(|| NamedSpans::new(&clusters));
                    if let Some(ei) = person_in_apposition(ctx, spans, c.tokens) {
                        clusters[ei].add(c, MentionKind::Nominal);
                        clusters[ei].describe(c.span.start, c.span);
                        continue;
                    }
                }
                let head_word = ctx.lower(head as usize);
                let target =
                    definite_target(ctx, &clusters, &mut titles, c.span.start, head_word, org);
                match target {
                    Some(ei) => clusters[ei].add(c, MentionKind::Nominal),
                    None if org => match by_words.find(ctx, &clusters, c.tokens, is_group) {
                        Some(ei) => clusters[ei].add(c, MentionKind::Nominal),
                        None => clusters.push(Cluster::new(
                            c,
                            EntityKind::Group,
                            true,
                            MentionKind::Nominal,
                        )),
                    },
                    // an office holder named with the title only later ("the president
                    // … President Obama"), else, named by no title, a person of its own
                    None if is_office(head_word) => {
                        match titled_person(ctx, &clusters, &mut titles, head_word).or_else(|| {
                            by_words.find(ctx, &clusters, c.tokens, |e| {
                                e.kind == EntityKind::Person
                                    && e.mentions[0].kind == MentionKind::Nominal
                            })
                        }) {
                            Some(ei) => clusters[ei].add(c, MentionKind::Nominal),
                            None => clusters.push(Cluster::new(
                                c,
                                EntityKind::Person,
                                true,
                                MentionKind::Nominal,
                            )),
                        }
                    }
                    None => {}
                }
            }
            _ => {}
        }
    }
    // 5. appositive descriptions of people; a name typed a person by its context alone
    // that an appositive calls a firm is an organisation ("Nova, the Canadian company
    // that …")
    for e in clusters.iter_mut() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let firm = !e.strong
            && e.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Name | MentionKind::Partial)
                    && !m.in_quote
                    && firm_appositive(ctx, ctx.doc.token_at_or_after(m.span.end()))
            });
        if firm {
            e.kind = EntityKind::Organization;
            e.gender = Gender::Unknown;
            continue;
        }
        for k in 0..e.mentions.len() {
            let m = e.mentions[k];
            if m.kind != MentionKind::Name || m.in_quote {
                continue;
            }
            let end = ctx.doc.token_at_or_after(m.span.end());
            if let Some(d) = appositive(ctx, end) {
                e.describe(m.span.start, d);
                break;
            }
        }
    }
    for e in clusters.iter_mut() {
        e.mentions
            .sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    }
    // 6. pronouns
    resolve_pronouns(ctx, cands, &mut clusters);
    clusters.sort_by_key(|e| e.first_start());
    clusters
}

/// The name and partial-name mentions of people, by where they start and where they end
/// (built once per document, so that finding the name beside a role costs a binary
/// search, not a pass over every mention).
struct NamedSpans {
    /// (start, end, cluster), sorted.
    by_start: Vec<(u32, u32, usize)>,
    /// (end, cluster), sorted.
    by_end: Vec<(u32, usize)>,
}

impl NamedSpans {
    fn new(clusters: &[Cluster]) -> Self {
        let mut by_start = Vec::new();
        for (ei, e) in clusters.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            for m in &e.mentions {
                if matches!(m.kind, MentionKind::Name | MentionKind::Partial) {
                    by_start.push((m.span.start, m.span.end() as u32, ei));
                }
            }
        }
        by_start.sort_unstable();
        let mut by_end: Vec<(u32, usize)> = by_start.iter().map(|&(_, e, c)| (e, c)).collect();
        by_end.sort_unstable();
        NamedSpans { by_start, by_end }
    }

    /// The cluster and end of a person's name starting at byte `start`.
    fn starting_at(&self, start: u32) -> Option<(usize, u32)> {
        let i = self.by_start.partition_point(|&(s, _, _)| s < start);
        self.by_start
            .get(i)
            .filter(|&&(s, _, _)| s == start)
            .map(|&(_, end, ei)| (ei, end))
    }

    /// The cluster of a person's name ending at byte `end`.
    fn ending_at(&self, end: u32) -> Option<usize> {
        let i = self.by_end.partition_point(|&(e, _)| e < end);
        self.by_end
            .get(i)
            .filter(|&&(e, _)| e == end)
            .map(|&(_, ei)| ei)
    }
}

/// The named person a role at `tokens` (possessive or definite) stands in apposition to: "John
/// Podesta, Clinton's campaign chairman, said" or "Clinton's campaign chairman, John
/// Podesta, said". The appositive must close with a comma that opens no list ("X,
/// Y's aide, and Z" names three people) or end the sentence.
fn person_in_apposition(ctx: &Ctx, named: &NamedSpans, tokens: (u32, u32)) -> Option<usize> {
    let toks = ctx.doc.tokens();
    let closes = |k: usize| {
        k >= toks.len()
            || ctx.is_punct(k, ".")
            || ctx.is_punct(k, ",")
                && !(k + 1 < toks.len() && matches!(ctx.lower(k + 1), "and" | "or"))
    };
    let (a, b) = (tokens.0 as usize, tokens.1 as usize);
    // the name after first: in "Purolator's chairman, Nicholas F. Brady, Emery's
    // chairman, John C. Emery, said" each role goes with the name after it
    if b + 1 < toks.len() && ctx.is_punct(b, ",") {
        if let Some((ei, end)) = named.starting_at(toks[b + 1].span.start) {
            if closes(ctx.doc.token_at_or_after(end as usize)) {
                return Some(ei);
            }
        }
    }
    if a >= 2 && ctx.is_punct(a - 1, ",") && closes(b) {
        return named.ending_at(toks[a - 2].span.end() as u32);
    }
    None
}

/// Whether candidate `c` (two words or more) names the same entity as cluster `e`.
fn same_entity(ctx: &Ctx, e: &Cluster, c: &Candidate, kind: EntityKind) -> bool {
    if e.mentions[0].kind == MentionKind::Nominal || e.kind == EntityKind::Group {
        return false;
    }
    if same_words(ctx, e.name_tokens, c.tokens) {
        return true;
    }
    // a firm with and without its legal form ("Toshin Steel Co Ltd", "Toshin Steel")
    if kind == EntityKind::Organization && e.kind == EntityKind::Organization {
        return same_words(
            ctx,
            without_legal_forms(ctx, e.name_tokens),
            without_legal_forms(ctx, c.tokens),
        );
    }
    if kind != EntityKind::Person || e.kind != EntityKind::Person {
        return false;
    }
    if last_word(ctx, e.name_tokens) != last_word(ctx, c.tokens) {
        return false;
    }
    let mut a = name_words(ctx, e.name_tokens);
    let mut b = name_words(ctx, c.tokens);
    // same first name, or one name's words all inside the other's
    if a.next() == b.next() {
        return true;
    }
    let inside = |x: (u32, u32), y: (u32, u32)| {
        name_words(ctx, x).all(|w| name_words(ctx, y).any(|v| v == w))
    };
    inside(e.name_tokens, c.tokens) || inside(c.tokens, e.name_tokens)
}

/// How many sentences back a generic organisation noun ("the company") looks for the
/// subject it stands for.
const SUBJECT_REACH: u32 = 3;

/// The entity a definite description refers to: the most recently mentioned person whose
/// description holds the role word, or organisation whose name holds the head word. A
/// generic organisation noun ("the company", "the firm") prefers the organisation most
/// recently mentioned as a subject in the last [`SUBJECT_REACH`] sentences: "M.D.C.
/// Holdings Inc said it sold its unit … to Parker and Parsley Petroleum Co. The company
/// said …" is M.D.C. Holdings, the story's actor, not the buyer named last; with no
/// subject that recent, the organisation first named as a subject (the story's firm,
/// not the data provider or agency named last).
fn definite_target<'d>(
    ctx: &Ctx<'d>,
    clusters: &[Cluster],
    titles: &mut TitleIndex<'d>,
    before: u32,
    head: &str,
    org: bool,
) -> Option<usize> {
    let generic_org = matches!(
        head,
        "company" | "firm" | "group" | "organization" | "organisation"
    );
    let mut best: Option<(u32, usize)> = None;
    let mut best_subject: Option<(u32, usize)> = None;
    // (the organisation first named as a subject: the story's actor, when none acted in
    // the last sentences)
    let mut first_subject: Option<(u32, usize)> = None;
    let sentence = ctx.sentence_of[ctx.doc.token_at_or_after(before as usize)];
    // a role's candidates are its title's holders; an organisation noun's, every
    // organisation whose name holds it
    let (holders, every) = if org {
        (&[][..], 0..clusters.len())
    } else {
        (titles.holders(ctx, clusters, head), 0..0)
    };
    for ei in holders.iter().copied().chain(every) {
        let e = &clusters[ei];
        // (a company or firm is no public body: "The agency said …" after the U.S.
        // Consumer Product Safety Commission does not make it "the company")
        let public_body = || is_public_body_head(name_head(ctx, e.name_tokens));
        let fits = !org
            || e.kind == EntityKind::Organization
                && (generic_org && !(matches!(head, "company" | "firm") && public_body())
                    || if head == "government" {
                        // (the word must be the name's head: "the government" is the
                        // "Government of Bermuda", not the "Government National
                        // Mortgage Association")
                        name_head(ctx, e.name_tokens) == head
                    } else {
                        name_words(ctx, e.name_tokens)
                            .any(|w| w == head || w.strip_suffix('s') == Some(head))
                            // ("the agency": a public body by another head word, "the
                            // U.S. Consumer Product Safety Commission")
                            || head == "agency" && public_body()
                    });
        if !fits {
            continue;
        }
        let last = e
            .mentions
            .iter()
            .map(|m| m.span.start)
            .filter(|&s| s < before)
            .max();
        if let Some(last) = last {
            if best.is_none_or(|b| last > b.0) {
                best = Some((last, ei));
            }
        }
        if generic_org {
            let subjects = e.mentions.iter().filter(|m| {
                m.span.start < before
                    && ctx.at_subject_start(ctx.doc.token_at_or_after(m.span.start as usize))
            });
            let (mut first, mut recent) = (None::<&ClusterMention>, None::<&ClusterMention>);
            for m in subjects {
                if first.is_none_or(|f| m.span.start < f.span.start) {
                    first = Some(m);
                }
                if m.sentence + SUBJECT_REACH >= sentence
                    && recent.is_none_or(|r| m.span.start > r.span.start)
                {
                    recent = Some(m);
                }
            }
            if let Some(s) = recent.map(|m| m.span.start) {
                if best_subject.is_none_or(|b| s > b.0) {
                    best_subject = Some((s, ei));
                }
            }
            if let Some(s) = first.map(|m| m.span.start) {
                if first_subject.is_none_or(|b| s < b.0) {
                    first_subject = Some((s, ei));
                }
            }
        }
    }
    best_subject.or(first_subject).or(best).map(|b| b.1)
}

/// Whether an organisation's head word names a public body, which "the agency" can stand
/// for and "the company" cannot.
fn is_public_body_head(head: &str) -> bool {
    matches!(
        head,
        "agency"
            | "commission"
            | "administration"
            | "bureau"
            | "department"
            | "office"
            | "authority"
            | "service"
            | "board"
            | "ministry"
    )
}

/// Clusters filed under keys, in cluster order, for lookups that would otherwise pass
/// over every cluster once per mention (quadratic in a long article). Clusters only get
/// appended while a table is in use, and the facts a key is made of (name, description,
/// kind) no longer change: [`ClusterTable::catch_up`] files the clusters appended since
/// its last call.
struct ClusterTable<K> {
    by_key: HashMap<K, Vec<usize>>,
    filed: usize,
}

impl<K> Default for ClusterTable<K> {
    fn default() -> Self {
        ClusterTable {
            by_key: HashMap::new(),
            filed: 0,
        }
    }
}

impl<K: std::hash::Hash + Eq> ClusterTable<K> {
    /// Files each cluster appended since the last call under the keys `keys_of` gives
    /// it (once per key).
    fn catch_up(&mut self, clusters: &[Cluster], mut keys_of: impl FnMut(&Cluster, &mut Vec<K>)) {
        let mut keys = Vec::new();
        for (ei, e) in clusters.iter().enumerate().skip(self.filed) {
            keys.clear();
            keys_of(e, &mut keys);
            for key in keys.drain(..) {
                let list = self.by_key.entry(key).or_default();
                if list.last() != Some(&ei) {
                    list.push(ei);
                }
            }
        }
        self.filed = clusters.len();
    }

    /// The clusters filed under `key`, in cluster order.
    fn get<Q>(&self, key: &Q) -> &[usize]
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        self.by_key.get(key).map_or(&[], Vec::as_slice)
    }
}

/// The people who carry each title word in their description ("President Trump", "Sen.
/// Warren" under "senator" too), so that a role noun ("the president") finds its
/// holders without a pass over every cluster.
#[derive(Default)]
struct TitleIndex<'d>(ClusterTable<&'d str>);

impl<'d> TitleIndex<'d> {
    /// The people of `clusters` carrying the title `head`, in cluster order.
    fn holders(&mut self, ctx: &Ctx<'d>, clusters: &[Cluster], head: &str) -> &[usize] {
        self.0.catch_up(clusters, |e, keys| {
            let Some((_, d)) = e.description.filter(|_| e.kind == EntityKind::Person) else {
                return;
            };
            let description: &'d str = &ctx.doc.lower_text()[d.range()];
            for w in description.split(|c: char| !c.is_alphanumeric()) {
                keys.extend([w, expand_title(w)]);
            }
        });
        self.0.get(head)
    }
}

/// From how many clusters on [`WordsIndex`] builds its table: below, a pass over them
/// costs less than hashing them (measured on 5 KB articles, where a table from 32
/// clusters on cost 6 % more).
const WORDS_INDEX_FROM: usize = 128;

/// The clusters by the words of their name (first and last word, lower case, and the
/// number of words), so that a group or a nominal finds the cluster of the same words
/// without a pass over every cluster (from [`WORDS_INDEX_FROM`] clusters on).
#[derive(Default)]
struct WordsIndex<'d>(ClusterTable<(&'d str, &'d str, u32)>);

impl<'d> WordsIndex<'d> {
    fn key(ctx: &Ctx<'d>, tokens: (u32, u32)) -> (&'d str, &'d str, u32) {
        (
            ctx.lower(tokens.0 as usize),
            ctx.lower(tokens.1 as usize - 1),
            tokens.1 - tokens.0,
        )
    }

    /// The first cluster named by the same words as `tokens` ([`same_words`]) for which
    /// `fits` holds.
    fn find(
        &mut self,
        ctx: &Ctx<'d>,
        clusters: &[Cluster],
        tokens: (u32, u32),
        fits: impl Fn(&Cluster) -> bool,
    ) -> Option<usize> {
        let same = |e: &Cluster| fits(e) && same_words(ctx, e.name_tokens, tokens);
        // while they are few, a pass is cheaper than the table
        if clusters.len() < WORDS_INDEX_FROM {
            return clusters.iter().position(same);
        }
        self.0
            .catch_up(clusters, |e, keys| keys.push(Self::key(ctx, e.name_tokens)));
        self.0
            .get(&Self::key(ctx, tokens))
            .iter()
            .copied()
            .find(|&ei| same(&clusters[ei]))
    }
}

/// The first person of the article who carries the title `head` ([`TitleIndex`]).
fn titled_person<'d>(
    ctx: &Ctx<'d>,
    clusters: &[Cluster],
    titles: &mut TitleIndex<'d>,
    head: &str,
) -> Option<usize> {
    titles
        .holders(ctx, clusters, head)
        .iter()
        .copied()
        .min_by_key(|&ei| clusters[ei].first_start())
}

/// The slot of an unnamed person's he/she in [`resolve_pronouns`]: by gender (male,
/// female) and by whether the pronoun is quoted.
fn pronoun_slot(gender: Gender, quoted: bool) -> usize {
    usize::from(gender == Gender::Female) + 2 * usize::from(quoted)
}

/// Whether a pronoun of this kind can refer to cluster `e`.
fn compatible(e: &Cluster, pronoun: PronounKind) -> bool {
    match pronoun {
        PronounKind::Personal { plural: true, .. } => {
            matches!(e.kind, EntityKind::Group | EntityKind::Organization)
        }
        PronounKind::Personal { gender, .. } => {
            e.kind == EntityKind::Person && (e.gender == Gender::Unknown || e.gender == gender)
        }
        PronounKind::It { .. } => e.kind == EntityKind::Organization,
        PronounKind::Relative { person: true, .. } => {
            matches!(e.kind, EntityKind::Person | EntityKind::Group)
        }
        PronounKind::Relative { person: false, .. } => e.kind == EntityKind::Organization,
    }
}

/// Links each pronoun outside quotations to its entity: "who"/"which" after a comma to
/// the name before the comma, the others to the most recent compatible entity
/// ([`most_recent`]).
///
/// A "he" or "she" (any case form) in the article's first sentence with no person named
/// before it, as in an excerpt that starts after the name ("He also donated $50,000 to
/// …"), is a person of its own, named by the pronoun: one per gender, holding the later
/// such pronouns of that gender before any person is named. (Later in an article, such
/// a pronoun mostly stands for an unnamed role: "a company spokesman said. He said …")
/// Quoted he/she are linked to nothing, but an opening one is such a person too, apart
/// from the unquoted one (“He is not afraid,” he said: the one spoken of and the speaker).
/// Only people the pronoun could stand for count as named before it: of its gender or
/// of none known, for an unquoted pronoun named outside quotes, and named by a name,
/// not by an office alone ("the president").
fn resolve_pronouns(ctx: &Ctx, cands: &[Candidate], clusters: &mut Vec<Cluster>) {
    // where the first person a he/she could stand for is named, by the slots of
    // `unnamed` below: pronouns before it have no antecedent. For an unquoted pronoun
    // only unquoted names count (“Donald Trump just got nuked,” he said).
    // An office named by its role alone ("the president") names no one: a quoted
    // pronoun after it still opens the article.
    let mut first_person = [u32::MAX; 4];
    for e in clusters
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.mentions[0].kind != MentionKind::Nominal)
    {
        for gender in [Gender::Male, Gender::Female] {
            if e.gender != Gender::Unknown && e.gender != gender {
                continue;
            }
            for quoted in [false, true] {
                if let Some(m) = e.mentions.iter().find(|m| quoted || !m.in_quote) {
                    let first = &mut first_person[pronoun_slot(gender, quoted)];
                    *first = (*first).min(m.span.start);
                }
            }
        }
    }
    // the clusters of unnamed people, by gender (male, female) and by whether they are
    // named inside a quotation (the person spoken of) or outside it (often the speaker)
    let mut unnamed: [Option<usize>; 4] = [None; 4];
    // (start, end, cluster, sentence) of every mention outside quotes, in text order
    let mut timeline: Vec<(u32, u32, usize, u32)> = clusters
        .iter()
        .enumerate()
        .flat_map(|(ei, e)| {
            e.mentions
                .iter()
                .filter(|m| !m.in_quote)
                .map(move |m| (m.span.start, m.span.end, ei, m.sentence))
        })
        .collect();
    timeline.sort_by_key(|t| (t.0, std::cmp::Reverse(t.1)));
    // resolved pronouns, in text order: antecedents for later pronouns
    let mut resolved: Vec<(u32, u32, usize, u32)> = Vec::new();
    let mut added: Vec<(usize, Candidate)> = Vec::new();
    for c in cands {
        let CandKind::Pronoun(pronoun) = c.kind else {
            continue;
        };
        if c.in_quote && !matches!(pronoun, PronounKind::Personal { plural: false, .. }) {
            continue;
        }
        let pos = timeline.partition_point(|t| t.0 < c.span.start);
        // the compatible mention of this sentence that ends at byte `end`
        let ending_at = |end: u32| {
            timeline[..pos]
                .iter()
                .rev()
                .take_while(|t| t.3 == c.sentence)
                .find(|t| t.1 == end && compatible(&clusters[t.2], pronoun))
                .map(|t| t.2)
        };
        let pick = if c.in_quote {
            // a quoted he/she is never linked: only an opening one is a person (below)
            None
        } else if let PronounKind::Relative {
            antecedent_end,
            across_end,
            ..
        } = pronoun
        {
            // the name right before the comma, else the one before an appositive
            ending_at(antecedent_end).or_else(|| across_end.and_then(ending_at))
        } else if let PronounKind::It {
            subject_end: Some(end),
            common_subject,
        } = pronoun
        {
            // "Mobil said it …": the speaker when it is an organisation; a group's or a
            // common noun's "it" ("the group said it sold") is no entity; after a person
            // or a place (often a firm typed as one: "Satellite Auction said it") the
            // most recent organisation
            let subject = MergeBack::new(&timeline[..pos], &resolved)
                .take_while(|t| t.3 == c.sentence)
                .find(|t| t.1 == end)
                .map(|t| t.2);
            match subject.map(|ei| clusters[ei].kind) {
                Some(EntityKind::Organization) => subject,
                Some(EntityKind::Group) => None,
                None if common_subject => None,
                _ => most_recent(
                    ctx,
                    c,
                    pronoun,
                    MergeBack::new(&timeline[..pos], &resolved),
                    clusters,
                ),
            }
        } else {
            most_recent(
                ctx,
                c,
                pronoun,
                MergeBack::new(&timeline[..pos], &resolved),
                clusters,
            )
        };
        if let Some(ei) = pick {
            if let PronounKind::Personal {
                gender,
                plural: false,
            } = pronoun
            {
                if clusters[ei].gender == Gender::Unknown {
                    clusters[ei].gender = gender;
                }
            }
            resolved.push((c.span.start, c.span.end, ei, c.sentence));
            added.push((ei, c.clone()));
        } else if let PronounKind::Personal {
            gender: gender @ (Gender::Male | Gender::Female),
            plural: false,
        } = pronoun
        {
            let slot = pronoun_slot(gender, c.in_quote);
            if c.span.start < first_person[slot] {
                match unnamed[slot] {
                    Some(ei) => added.push((ei, c.clone())),
                    None if c.sentence == 0 => {
                        let mut e =
                            Cluster::new(c, EntityKind::Person, false, MentionKind::Pronoun);
                        e.gender = gender;
                        unnamed[slot] = Some(clusters.len());
                        clusters.push(e);
                    }
                    None => {}
                }
            }
        }
    }
    for (ei, c) in added {
        clusters[ei].add(&c, MentionKind::Pronoun);
    }
    for e in clusters.iter_mut() {
        e.mentions
            .sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    }
}

/// The antecedent of personal pronoun or "it" `c` among the `earlier` mentions (walked
/// back from it): in its own sentence the first compatible mention, else in the nearest
/// of the three previous sentences that has one, the first; a mention of the pronoun's
/// gender wins over one of another gender. A mention that can be its sentence's actor
/// wins over a possessor or the object of a preposition ("President Reagan's nominee,
/// Robert Gates, withdrew his name": Gates), and such a mention in the pronoun's own
/// clause ([`clause_start`]) wins over the sentence's others ("Baker was in the room as
/// Reagan made his comments": Reagan).
fn most_recent(
    ctx: &Ctx,
    c: &Candidate,
    pronoun: PronounKind,
    earlier: MergeBack,
    clusters: &[Cluster],
) -> Option<usize> {
    let gender = match pronoun {
        PronounKind::Personal { gender, .. } => gender,
        _ => Gender::Unknown,
    };
    let mut sentence: Option<u32> = None;
    // the first compatible mention of the sentence; the same among those that can be
    // its actor (no possessor, "Reagan's nominee, Robert Gates, withdrew his name", and
    // no object of a preposition); and among the actors of the pronoun's own clause
    // ("Baker was in the room as Reagan made his comments")
    let (mut any, mut actor, mut mate) = (Pick::default(), Pick::default(), Pick::default());
    let it = matches!(pronoun, PronounKind::It { .. });
    let text = ctx.doc.text();
    let clause = clause_start(ctx, c.span.start as usize);
    for (start, end, ei, s) in earlier {
        if c.sentence.saturating_sub(s) > 3 {
            break;
        }
        if let Some(cur) = sentence {
            if s != cur {
                break;
            }
        }
        if !compatible(&clusters[ei], pronoun) {
            continue;
        }
        // "In a filing with the Securities and Exchange Commission, the group said it
        // sold …": an organisation after such a preposition is not what acts
        if it && after_preposition(text, start as usize) {
            continue;
        }
        sentence = Some(s);
        let of_gender = clusters[ei].gender == gender && gender != Gender::Unknown;
        any.note(ei, of_gender);
        if !it && !is_possessor(ctx, end as usize) && !after_preposition(text, start as usize) {
            actor.note(ei, of_gender);
            if s == c.sentence && start as usize >= clause {
                mate.note(ei, of_gender);
            }
        }
    }
    let pick = |p: Pick| p.get(clusters, gender);
    pick(mate).or_else(|| pick(actor)).or_else(|| pick(any))
}

/// The antecedent [`most_recent`] picks among some of the mentions it walks (back from
/// the pronoun, so the last noted is the sentence's first): the first of them, unless
/// it is of another gender than the pronoun and one of the pronoun's gender is there.
#[derive(Default, Clone, Copy)]
struct Pick {
    first: Option<usize>,
    first_of_gender: Option<usize>,
}

impl Pick {
    fn note(&mut self, ei: usize, of_gender: bool) {
        self.first = Some(ei);
        if of_gender {
            self.first_of_gender = Some(ei);
        }
    }

    fn get(self, clusters: &[Cluster], gender: Gender) -> Option<usize> {
        match (self.first_of_gender, self.first) {
            (Some(x), Some(first)) if clusters[first].gender != gender => Some(x),
            (_, first) => first,
        }
    }
}

/// How far back (bytes) [`clause_start`] looks for the word that opens the clause.
const CLAUSE_REACH: usize = 300;

/// Where the clause holding byte `at` starts (a byte offset): at the last subordinating
/// conjunction ("as", "when", "because", "but"…) before it in its sentence, or after a
/// semicolon; else 0. A comma between such a conjunction and `at` closes a clause put
/// first ("when appointed Treasury Secretary, he decided"): the clause starts after it.
/// Looks back over the tokens of the last [`CLAUSE_REACH`] bytes, not past a period.
fn clause_start(ctx: &Ctx, at: usize) -> usize {
    let toks = ctx.doc.tokens();
    let reach = at.saturating_sub(CLAUSE_REACH);
    let mut comma: Option<usize> = None;
    for k in (0..ctx.doc.token_at_or_after(at)).rev() {
        let t = &toks[k];
        let word = ctx.text(k);
        if t.span.start() < reach || word.contains(['.', '!', '?']) {
            break;
        }
        let after = || toks.get(k + 1).map_or(at, |n| n.span.start());
        match word {
            ";" => return after(),
            "," => {
                comma.get_or_insert_with(after);
            }
            "as" | "when" | "while" | "because" | "although" | "though" | "after" | "before"
            | "since" | "until" | "unless" | "whereas" | "but" => {
                return comma.unwrap_or(t.span.start());
            }
            _ => {}
        }
    }
    0
}

/// Whether the mention ending at byte `end` owns what follows ("Reagan's", "bankers'
/// meeting"): a clitic, or an apostrophe before a space, right after it.
fn is_possessor(ctx: &Ctx, end: usize) -> bool {
    let toks = ctx.doc.tokens();
    let k = ctx.doc.token_at_or_after(end);
    k < toks.len()
        && !toks[k].space_before
        && (ctx.is_clitic(k)
            || ctx.text(k) == "'" && toks.get(k + 1).is_some_and(|n| n.space_before))
}

/// Whether the mention at byte `start` of `text` follows "with", "to", "from", "by" or
/// "against" (and "the"): the object of a preposition, not a sentence's actor.
fn after_preposition(text: &str, start: usize) -> bool {
    let mut before = text[..start].trim_end();
    for _ in 0..2 {
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if word.eq_ignore_ascii_case("the") {
            before = before[..before.len() - word.len()].trim_end();
            continue;
        }
        return matches!(word, "with" | "to" | "from" | "by" | "against");
    }
    false
}

/// Walks two text-ordered mention lists backwards, as one list.
struct MergeBack<'a> {
    a: &'a [(u32, u32, usize, u32)],
    b: &'a [(u32, u32, usize, u32)],
}

impl<'a> MergeBack<'a> {
    fn new(a: &'a [(u32, u32, usize, u32)], b: &'a [(u32, u32, usize, u32)]) -> Self {
        MergeBack { a, b }
    }
}

impl Iterator for MergeBack<'_> {
    type Item = (u32, u32, usize, u32);
    fn next(&mut self) -> Option<Self::Item> {
        let take_a = match (self.a.last(), self.b.last()) {
            (Some(x), Some(y)) => x.0 >= y.0,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return None,
        };
        let slot = if take_a { &mut self.a } else { &mut self.b };
        let (last, rest) = slot.split_last()?;
        *slot = rest;
        Some(*last)
    }
}

/// The full word of an abbreviated title ("sen" → "senator").
fn expand_title(w: &str) -> &str {
    match w {
        "sen" | "sens" => "senator",
        "rep" | "reps" => "congressman",
        "gov" => "governor",
        "gen" => "general",
        "pres" => "president",
        "prof" => "professor",
        "adm" => "admiral",
        "col" => "colonel",
        "capt" => "captain",
        "amb" => "ambassador",
        _ => w,
    }
}
