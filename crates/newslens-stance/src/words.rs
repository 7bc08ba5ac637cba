//! Token words: what each word token of a text is for stance (its stem's hash and IDF, its
//! word-list flags, its loose prefix), looked up once per text and shared by every profile
//! made of its tokens (the article body and each speaker's quotes).

use crate::idf::IdfTable;
use crate::profile::{PREFIX_LEN, PREFIX_MAX_TOKENS};
use crate::terms::{flag, fnv1a_from, stem_len, Lexicon, FNV_OFFSET};
use newslens_core::text::{Token, TokenKind};
use newslens_core::Document;

/// The stance view of one token (all zero for a token that is not a word).
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenWord {
    /// Hash of the stem, or 0 for a stop word.
    pub term: u64,
    /// IDF of the stem (0 for a stop word).
    pub idf: f32,
    /// Word-list flags (see [`crate::terms::flag`]).
    pub flags: u16,
    /// Hash of the stem cut to [`PREFIX_LEN`] bytes, for a content word of a short text
    /// (at most [`PREFIX_MAX_TOKENS`] tokens); `None` otherwise.
    pub prefix: Option<u64>,
}

/// Whether a token of this kind is a word of a profile (words, numbers, abbreviations).
pub fn is_word(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Word | TokenKind::Number | TokenKind::DottedAbbreviation
    )
}

/// [`TokenWord`]s of every token of a text, by token index.
#[derive(Debug, Clone, Default)]
pub struct TokenWords {
    words: Vec<TokenWord>,
    /// Whether the text is short enough for loose prefixes ([`PREFIX_MAX_TOKENS`]).
    want_prefixes: bool,
}

impl TokenWords {
    /// Looks up every token of `tokens` in a text given as its ASCII-lower-cased form.
    pub fn new(lower: &str, tokens: &[Token], lexicon: &Lexicon, idf: &IdfTable) -> Self {
        let mut words = TokenWords::with_capacity(tokens.len());
        words.extend(lower, tokens, lexicon, idf);
        words
    }

    /// No words yet, with room for a text of `n_tokens` tokens (the loose prefixes are
    /// looked up only if it has at most [`PREFIX_MAX_TOKENS`]).
    pub fn with_capacity(n_tokens: usize) -> Self {
        TokenWords {
            words: Vec::with_capacity(n_tokens),
            want_prefixes: n_tokens <= PREFIX_MAX_TOKENS,
        }
    }

    /// Number of tokens looked up.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no token was looked up.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Looks up the next tokens of the text.
    pub fn extend(&mut self, lower: &str, tokens: &[Token], lexicon: &Lexicon, idf: &IdfTable) {
        for token in tokens {
            self.push(lower, token, lexicon, idf);
        }
    }

    /// Looks up the next token of the text and returns its word.
    #[inline(always)]
    pub fn push(
        &mut self,
        lower: &str,
        token: &Token,
        lexicon: &Lexicon,
        idf: &IdfTable,
    ) -> &TokenWord {
        let word = self.lookup(lower, token, lexicon, idf);
        self.words.push(word);
        &self.words[self.words.len() - 1]
    }

    #[inline(always)]
    fn lookup(&self, lower: &str, token: &Token, lexicon: &Lexicon, idf: &IdfTable) -> TokenWord {
        if !is_word(token.kind) {
            return TokenWord::default();
        }
        // (as bytes: a slice of a `str` checks that it cuts on character boundaries)
        let b = &lower.as_bytes()[token.span.range()];
        // One FNV-1a pass over the word: the hashes of its stem and of the stem's
        // first PREFIX_LEN bytes are states along the way.
        let stem_len = stem_len(b);
        let cut = PREFIX_LEN.min(stem_len);
        let prefix = fnv1a_from(FNV_OFFSET, &b[..cut]);
        let term = fnv1a_from(prefix, &b[cut..stem_len]);
        let hash = fnv1a_from(term, &b[stem_len..]);
        let flags = lexicon.flags_hashed(hash, b);
        if flags & flag::STOP != 0 {
            return TokenWord {
                term: 0,
                idf: 0.0,
                flags,
                prefix: None,
            };
        }
        TokenWord {
            term,
            idf: idf.get(term),
            flags,
            prefix: self.want_prefixes.then_some(prefix),
        }
    }

    /// Looks up every token of `doc`.
    pub fn of_document(doc: &Document, lexicon: &Lexicon, idf: &IdfTable) -> Self {
        TokenWords::new(doc.lower_text(), doc.tokens(), lexicon, idf)
    }

    /// The word of token `i`.
    pub fn get(&self, i: usize) -> &TokenWord {
        &self.words[i]
    }

    /// The words of tokens `range`.
    pub fn slice(&self, range: std::ops::Range<usize>) -> &[TokenWord] {
        &self.words[range]
    }
}
