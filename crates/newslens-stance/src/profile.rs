//! Text profiles: what stance features need to know about a text (an article body, a
//! speaker's quotes, or a claim), computed in one pass over its tokens.

use crate::idf::IdfTable;
use crate::terms::{flag, pair_hash, Lexicon};
use crate::words::{TokenWord, TokenWords};
use newslens_core::text::{tokenize, Token, TokenKind};
use newslens_core::{Document, Span};
use std::ops::Range;

/// Texts of at most this many tokens (headlines, claims, quotes) get [`TextProfile::prefixes`].
pub const PREFIX_MAX_TOKENS: usize = 160;
/// Bytes of a stem kept for the loose prefix match.
pub const PREFIX_LEN: usize = 6;

/// One word of a profiled text.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    /// Hash of the stem, or 0 for a stop word.
    pub term: u64,
    /// IDF of the stem (0 for a stop word).
    pub idf: f32,
    /// Word-list flags (see [`crate::terms::flag`]).
    pub flags: u16,
    /// Index of the segment (sentence or quote) holding it.
    pub segment: u32,
}

/// A segment of a profiled text: a sentence of an article, or one quote of a speaker.
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    /// Byte span in the document.
    pub span: Span,
    /// Its words: `words[first..end]` of the profile.
    pub first_word: u32,
    /// One past its last word.
    pub end_word: u32,
    /// Sum of squared IDFs of its content words (its tf-idf norm squared, counting repeats).
    pub norm2: f32,
    /// Question marks in it.
    pub questions: u16,
    /// Quotation marks in it.
    pub quote_marks: u16,
    /// Colons in it (headline attribution: "Report: …").
    pub colons: u16,
    /// Words before its first colon (`u16::MAX` when it has none).
    pub words_before_colon: u16,
}

/// The profile of one text.
#[derive(Debug, Clone, Default)]
pub struct TextProfile {
    /// Every word, in text order.
    pub words: Vec<Word>,
    /// Every segment, in text order.
    pub segments: Vec<Segment>,
    /// Distinct stems with their tf-idf weight `(1 + ln tf) · idf`, sorted by hash.
    pub terms: Vec<(u64, f32)>,
    /// Euclidean norm of `terms`.
    pub norm: f32,
    /// Bit `t % 64` set for every stem hash `t` in `terms`: a quick "surely absent" test.
    pub term_mask: u64,
    /// For short texts only (at most [`PREFIX_MAX_TOKENS`] tokens; empty otherwise): the
    /// hashes of the stems cut to [`PREFIX_LEN`] bytes, in text order, repeats included — a
    /// loose match of word families the stemmer keeps apart (`castrated` / `castration`).
    /// Not sorted: a text's prefixes are matched against a claim's
    /// ([`ClaimProfile::prefixes`]) in one pass.
    pub prefixes: Vec<u64>,
    /// Totals that do not depend on the claim, computed once.
    pub summary: Summary,
}

/// Claim-independent totals of a profiled text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    /// Word-list counts over the whole text.
    pub counts: FlagCounts,
    /// Word-list counts over the opening segments ([`crate::features::LEAD_SEGMENTS`]).
    pub lead_counts: FlagCounts,
    /// Question marks.
    pub questions: f32,
    /// Quotation marks.
    pub quote_marks: f32,
    /// Sum of the IDFs of its content words.
    pub idf_mass: f32,
}

impl TextProfile {
    /// Profiles `segments` (token ranges, each with its byte span) of `doc`.
    pub fn build(
        doc: &Document,
        segments: impl IntoIterator<Item = (Range<usize>, Span)>,
        lexicon: &Lexicon,
        idf: &IdfTable,
    ) -> Self {
        TextProfile::from_tokens(doc.lower_text(), doc.tokens(), segments, lexicon, idf)
    }

    /// Profiles `segments` (token ranges with their byte spans) of a text given as its
    /// ASCII-lower-cased form and its tokens.
    pub fn from_tokens(
        lower: &str,
        tokens: &[Token],
        segments: impl IntoIterator<Item = (Range<usize>, Span)>,
        lexicon: &Lexicon,
        idf: &IdfTable,
    ) -> Self {
        let words = TokenWords::new(lower, tokens, lexicon, idf);
        TextProfile::from_words(lower, tokens, &words, segments, idf)
    }

    /// Profiles `segments` (token ranges with their byte spans) of a text given as its
    /// ASCII-lower-cased form, its tokens and their [`TokenWords`].
    pub fn from_words(
        lower: &str,
        tokens: &[Token],
        token_words: &TokenWords,
        segments: impl IntoIterator<Item = (Range<usize>, Span)>,
        idf: &IdfTable,
    ) -> Self {
        // Sized once for the text's tokens: a text has at most one word per token.
        let segments: Vec<(Range<usize>, Span)> = segments.into_iter().collect();
        let n_tokens: usize = segments.iter().map(|(r, _)| r.len()).sum();
        let mut b = Builder::new(lower, n_tokens, segments.len());
        for (range, span) in segments {
            b.start_segment(span);
            let range_words = token_words.slice(range.clone());
            for (token, tw) in tokens[range].iter().zip(range_words) {
                b.add(token, tw);
            }
            b.end_segment();
        }
        b.finish(idf)
    }

    /// Profiles the whole document, one segment per sentence.
    pub fn of_document(doc: &Document, lexicon: &Lexicon, idf: &IdfTable) -> Self {
        TextProfile::with_words(doc, lexicon, idf).0
    }

    /// Profiles the whole document, one segment per sentence, and returns it with the
    /// document's [`TokenWords`] (for profiles of parts of it: the speakers' quotes). Each
    /// token is looked up and added to the profile in the same pass.
    pub fn with_words(doc: &Document, lexicon: &Lexicon, idf: &IdfTable) -> (Self, TokenWords) {
        let (lower, tokens) = (doc.lower_text(), doc.tokens());
        let mut words = TokenWords::with_capacity(tokens.len());
        let mut b = Builder::new(lower, tokens.len(), doc.sentences().len());
        for s in doc.sentences() {
            // (the sentences cover the tokens in order; any token between them is looked up
            // all the same, so that the words stay indexed by token)
            words.extend(lower, &tokens[words.len()..s.tokens().start], lexicon, idf);
            b.start_segment(s.span);
            for token in &tokens[s.tokens()] {
                b.add(token, words.push(lower, token, lexicon, idf));
            }
            b.end_segment();
        }
        words.extend(lower, &tokens[words.len()..], lexicon, idf);
        (b.finish(idf), words)
    }

    /// The index of stem `term` in `terms`, if the text has it.
    pub fn term_index(&self, term: u64) -> Option<usize> {
        if self.term_mask & (1 << (term & 63)) == 0 {
            return None;
        }
        self.terms.binary_search_by_key(&term, |&(t, _)| t).ok()
    }

    /// The tf-idf weight of stem `term` in this text (0 when absent).
    pub fn weight(&self, term: u64) -> f32 {
        self.term_index(term).map_or(0.0, |i| self.terms[i].1)
    }

    /// How many words carry `mask` in `words`.
    pub fn count_flag(&self, words: Range<usize>, mask: u16) -> usize {
        self.words[words]
            .iter()
            .filter(|w| w.flags & mask != 0)
            .count()
    }

    /// The words of segment `i`.
    pub fn segment_words(&self, i: usize) -> Range<usize> {
        let s = &self.segments[i];
        s.first_word as usize..s.end_word as usize
    }
}

/// A profile being built, segment by segment and token by token.
struct Builder<'a> {
    /// The text, ASCII-lower-cased.
    lower: &'a [u8],
    p: TextProfile,
    /// The stem hash of every content word, to be sorted into `p.terms`.
    hashes: Vec<u64>,
    /// The segment being built.
    seg: Segment,
    /// Room for the prefixes, reserved at the first (for a short text only).
    n_tokens: usize,
}

impl<'a> Builder<'a> {
    /// A builder for a text of at most `n_tokens` tokens in `n_segments` segments.
    fn new(lower: &'a str, n_tokens: usize, n_segments: usize) -> Self {
        Builder {
            lower: lower.as_bytes(),
            p: TextProfile {
                words: Vec::with_capacity(n_tokens),
                segments: Vec::with_capacity(n_segments),
                ..TextProfile::default()
            },
            hashes: Vec::with_capacity(n_tokens),
            seg: Builder::segment(Span::new(0, 0), 0),
            n_tokens,
        }
    }

    fn segment(span: Span, first_word: u32) -> Segment {
        Segment {
            span,
            first_word,
            end_word: 0,
            norm2: 0.0,
            questions: 0,
            quote_marks: 0,
            colons: 0,
            words_before_colon: u16::MAX,
        }
    }

    fn start_segment(&mut self, span: Span) {
        self.seg = Builder::segment(span, self.p.words.len() as u32);
    }

    /// Adds a token of the current segment, with its [`TokenWord`].
    #[inline(always)]
    fn add(&mut self, token: &Token, tw: &TokenWord) {
        let p = &mut self.p;
        let seg = &mut self.seg;
        match token.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::DottedAbbreviation => {
                if let Some(prefix) = tw.prefix {
                    if p.prefixes.capacity() == 0 {
                        p.prefixes.reserve_exact(self.n_tokens);
                    }
                    p.prefixes.push(prefix);
                }
                let (term, w) = (tw.term, tw.idf);
                if term != 0 {
                    seg.norm2 += w * w;
                    self.hashes.push(term);
                }
                let segment = p.segments.len() as u32;
                p.summary.counts.add(tw.flags);
                if (segment as usize) < crate::features::LEAD_SEGMENTS {
                    p.summary.lead_counts.add(tw.flags);
                }
                p.words.push(Word {
                    term,
                    idf: w,
                    flags: tw.flags,
                    segment,
                });
            }
            TokenKind::Punct => match self.lower[token.span.start()] {
                b'?' => seg.questions += 1,
                b':' => {
                    if seg.colons == 0 {
                        seg.words_before_colon =
                            (p.words.len() as u32 - seg.first_word).min(u16::MAX as u32 - 1) as u16;
                    }
                    seg.colons += 1
                }
                _ => {}
            },
            TokenKind::Quote(_) => seg.quote_marks += 1,
            _ => {}
        }
    }

    fn end_segment(&mut self) {
        self.seg.end_word = self.p.words.len() as u32;
        self.p.segments.push(self.seg);
    }

    /// The profile, its terms weighted by `idf`.
    fn finish(self, idf: &IdfTable) -> TextProfile {
        let (mut p, mut hashes) = (self.p, self.hashes);
        hashes.sort_unstable();
        // At most one term per content word.
        p.terms.reserve_exact(hashes.len());
        let mut norm2 = 0.0f32;
        let mut i = 0;
        while i < hashes.len() {
            let mut j = i + 1;
            while j < hashes.len() && hashes[j] == hashes[i] {
                j += 1;
            }
            // ln 1 = 0: a stem seen once weighs its IDF (most stems; no logarithm needed).
            let tf = j - i;
            let damping = if tf == 1 { 1.0 } else { 1.0 + (tf as f32).ln() };
            let weight = damping * idf.get(hashes[i]);
            norm2 += weight * weight;
            p.terms.push((hashes[i], weight));
            p.term_mask |= 1 << (hashes[i] & 63);
            i = j;
        }
        p.norm = norm2.sqrt();
        // (the word-list counts were added word by word: sums of ones, exact in any order)
        p.summary.questions = p.segments.iter().map(|s| f32::from(s.questions)).sum();
        p.summary.quote_marks = p.segments.iter().map(|s| f32::from(s.quote_marks)).sum();
        p.summary.idf_mass = p.words.iter().map(|w| w.idf).sum();
        p
    }
}

/// A claim (target) ready for comparison: its profile plus its distinct terms in order.
#[derive(Debug, Clone)]
pub struct ClaimProfile {
    /// The claim's own profile (one segment for the claim, one per keyword).
    pub text: TextProfile,
    /// Counts of each flag over the claim's own words (not its keywords).
    pub flag_counts: FlagCounts,
    /// Question marks in the claim.
    pub questions: usize,
    /// Number of words of the claim proper.
    pub words: usize,
    /// Distinct bigrams ([`pair_hash`]) of consecutive content words within a segment (the
    /// claim or one keyword), sorted. A text's bigrams are not collected: they are matched
    /// against these in the pass over its words ([`crate::features`]).
    pub bigrams: Vec<u64>,
    /// The distinct prefixes of the claim's stems ([`TextProfile::prefixes`]), sorted.
    pub prefixes: Vec<u64>,
    /// Bit `p % 64` set for every hash `p` in `prefixes`: a quick "surely absent" test.
    pub prefix_mask: u64,
}

/// Counts of the stance-relevant word lists over some words.
#[derive(Debug, Clone, Copy, Default)]
pub struct FlagCounts {
    /// Refuting words.
    pub refute: f32,
    /// Hedging words.
    pub hedge: f32,
    /// Doubt words.
    pub doubt: f32,
    /// Affirming words.
    pub affirm: f32,
    /// Negators.
    pub negation: f32,
    /// Positive words.
    pub positive: f32,
    /// Negative words.
    pub negative: f32,
    /// Verbs of saying.
    pub report: f32,
}

impl FlagCounts {
    /// Counts over `words`.
    pub fn of(words: &[Word]) -> Self {
        let mut c = FlagCounts::default();
        for w in words {
            c.add(w.flags);
        }
        c
    }
    /// Adds one word's flags.
    pub fn add(&mut self, f: u16) {
        // Most words are on no counted list: adding eight zeros would change nothing.
        if f & !flag::STOP == 0 {
            return;
        }
        let bit = |m: u16| f32::from(u8::from(f & m != 0));
        self.refute += bit(flag::REFUTE);
        self.hedge += bit(flag::HEDGE);
        self.doubt += bit(flag::DOUBT);
        self.affirm += bit(flag::AFFIRM);
        self.negation += bit(flag::NEGATION);
        self.positive += bit(flag::POSITIVE);
        self.negative += bit(flag::NEGATIVE);
        self.report += bit(flag::REPORT);
    }
    /// Polarity in [-1, 1]: (positive − negative) / (positive + negative + 1).
    pub fn polarity(&self) -> f32 {
        (self.positive - self.negative) / (self.positive + self.negative + 1.0)
    }
}

impl ClaimProfile {
    /// The index of prefix hash `prefix` in [`ClaimProfile::prefixes`], if the claim has it.
    pub fn prefix_index(&self, prefix: u64) -> Option<usize> {
        if self.prefix_mask & (1 << (prefix & 63)) == 0 {
            return None;
        }
        self.prefixes.binary_search(&prefix).ok()
    }

    /// Whether `text` mentions the claim's target by one of its keywords: every content word
    /// of at least one keyword occurs in it. True for a claim without keywords.
    pub fn mentioned_in(&self, text: &TextProfile) -> bool {
        let keywords = 1..self.text.segments.len();
        keywords.is_empty()
            || keywords.into_iter().any(|k| {
                let mut terms = self.text.words[self.text.segment_words(k)]
                    .iter()
                    .filter(|w| w.term != 0)
                    .peekable();
                terms.peek().is_some() && terms.all(|w| text.weight(w.term) > 0.0)
            })
    }

    /// Profiles a claim `text` with its extra `keywords` (aliases that also mention it).
    pub fn new(text: &str, keywords: &[String], lexicon: &Lexicon, idf: &IdfTable) -> Self {
        let mut full = String::with_capacity(text.len() + 16 * keywords.len());
        full.push_str(text);
        for k in keywords {
            full.push_str("\n\n");
            full.push_str(k);
        }
        // The claim proper is one segment whatever its punctuation; each keyword another.
        // Tokenized directly: a claim needs no sentences, paragraphs or offset map.
        // A token takes at least one byte.
        let mut tokens = Vec::with_capacity(full.len());
        let mut segments = Vec::with_capacity(1 + keywords.len());
        let mut start = 0;
        for part in std::iter::once(text).chain(keywords.iter().map(String::as_str)) {
            let span = Span::new(start, start + part.len());
            let first = tokens.len();
            tokenize(&full, span, &mut tokens);
            segments.push((first..tokens.len(), span));
            start += part.len() + 2;
        }
        let lower = full.to_ascii_lowercase();
        let profile = TextProfile::from_tokens(&lower, &tokens, segments, lexicon, idf);
        let own = profile.segment_words(0);
        let mut bigrams = Vec::with_capacity(profile.words.len());
        let mut prev: Option<&Word> = None;
        for w in profile.words.iter().filter(|w| w.term != 0) {
            if let Some(p) = prev.filter(|p| p.segment == w.segment) {
                bigrams.push(pair_hash(p.term, w.term));
            }
            prev = Some(w);
        }
        bigrams.sort_unstable();
        bigrams.dedup();
        let mut prefixes = profile.prefixes.clone();
        prefixes.sort_unstable();
        prefixes.dedup();
        ClaimProfile {
            bigrams,
            prefix_mask: prefixes.iter().fold(0, |m, p| m | 1 << (p & 63)),
            prefixes,
            flag_counts: FlagCounts::of(&profile.words[own.clone()]),
            questions: usize::from(profile.segments[0].questions),
            words: own.len(),
            text: profile,
        }
    }
}
