//! The `sentiment` analyzer: options, and the pass from a document to its sentence,
//! document and entity sentiment.

use crate::aggregate::{normalize, DocumentAggregation, Thresholds};
use crate::document_model::{document_features, DocumentModel, DocumentStats};
use crate::entity::MentionEvidence;
use crate::entity::{
    is_target_kind, mention_evidence, mention_position, rule_entity_score, TargetWindow,
};
use crate::items::{build_items, quoted_tokens, Item};
use crate::lexicon::with_ascii_apostrophes;
use crate::scorer::{punctuation_emphasis, score_sentence, RuleConfig};
use crate::target_model::{
    class_of, dense_features, for_each_context_word, softmax, FeatureRef, KeyRow, MentionFeatures,
    TargetModel, DENSE, SIDE_PREFIXES,
};
use crate::vocabulary::{Vocabulary, VocabularyConfig};
use newslens_core::output::entities::{Entity, EntityKind};
use newslens_core::output::sentiment::{
    EntitySentiment, Polarity, SentenceSentiment, SentimentOutput,
};
use newslens_core::output::EntitiesOutput;
use newslens_core::output::SentimentLabel;
use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
};
use newslens_core::{OffsetSpan, Span};
use std::sync::{Arc, LazyLock};

/// Default label thresholds of sentence and document scores (tuned for macro-F1 on the
/// NYT dev snippets; see README).
pub const DEFAULT_THRESHOLD: f64 = 0.05;
/// Default label threshold of entity scores (tuned for F1m on NewsMTSC train).
pub const DEFAULT_ENTITY_THRESHOLD: f64 = 0.05;

/// Every setting of the analyzer (the options of `analyzers.toml` and the fixed knobs).
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Which word lists are used.
    pub vocabulary: VocabularyConfig,
    /// Rule knobs.
    pub rules: RuleConfig,
    /// Document aggregation.
    pub aggregation: DocumentAggregation,
    /// Sentence and document label thresholds.
    pub thresholds: Thresholds,
    /// Entity label thresholds.
    pub entity_thresholds: Thresholds,
    /// Target window of entity-level sentiment.
    pub window: TargetWindow,
    /// Use the learned target model for entities (else the rule window alone).
    pub target_model: bool,
    /// Calibrate the document's score and label with the learned document model (else
    /// the rule score at `thresholds`).
    pub document_model: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            vocabulary: VocabularyConfig {
                news_lexicon: true,
                news_neutral: true,
                inflections: true,
                shifters: true,
            },
            rules: RuleConfig::default(),
            aggregation: DocumentAggregation::default(),
            thresholds: Thresholds {
                positive: DEFAULT_THRESHOLD,
                negative: DEFAULT_THRESHOLD,
            },
            entity_thresholds: Thresholds {
                positive: DEFAULT_ENTITY_THRESHOLD,
                negative: DEFAULT_ENTITY_THRESHOLD,
            },
            window: TargetWindow::default(),
            target_model: true,
            document_model: true,
        }
    }
}

/// Scale of the document calibration's context features: the mean over a document's
/// words of the target model's word weights (about ±0.2 for a word) times this is of the
/// order of the other features.
const CONTEXT_SCALE: f64 = 4.0;

/// The shipped target model (trained on NewsMTSC train; see `data/README.md`).
const TARGET_MODEL: &str = include_str!("../data/target_model.tsv");

/// The shipped document calibration (trained on nyt-dev; see `data/README.md`).
const DOCUMENT_MODEL: &str = include_str!("../data/document_model.tsv");

/// The shipped document calibration, parsed on first use (a unit test checks the file).
static SHIPPED_DOCUMENT_MODEL: LazyLock<Option<Arc<DocumentModel>>> =
    LazyLock::new(|| DocumentModel::parse(DOCUMENT_MODEL).ok().map(Arc::new));

/// Sentence, document and entity-level sentiment for news.
#[derive(Debug, Clone)]
pub struct SentimentAnalyzer {
    /// The word table and target model (shared between instances with the same lists).
    tables: Arc<Tables>,
    rules: RuleConfig,
    aggregation: DocumentAggregation,
    thresholds: Thresholds,
    entity_thresholds: Thresholds,
    window: TargetWindow,
    /// The learned document calibration (none: the rule score and thresholds).
    document_model: Option<Arc<DocumentModel>>,
    /// The target model's neutral margin ([`class_of`]), settable for training.
    neutral_margin: f64,
}

/// What an analyzer looks words up in: the word table and the target model.
#[derive(Debug)]
struct Tables {
    /// The target model's dense weights (its word weights are `model_rows`; its `words` map
    /// is left empty).
    target_model: Option<TargetModel>,
    /// The target model's word weights by row (rows recorded in the vocabulary).
    model_rows: Vec<[f64; 3]>,
    /// The row of the model's `<first>` feature.
    first_row: u32,
    vocab: Vocabulary,
}

/// A target model as read for inference: its dense weights, and its word weights by row
/// with the key of each row.
struct ModelRows<'a> {
    model: TargetModel,
    keys: Vec<KeyRow<'a>>,
    rows: Vec<[f64; 3]>,
}

impl<'a> ModelRows<'a> {
    /// Reads a target model file (rows numbered in file order).
    fn parse(tsv: &'a str) -> Result<Self, String> {
        let (mut keys, mut rows) = (Vec::new(), Vec::new());
        let model = TargetModel::parse_with(tsv, |word, weights| {
            keys.push((word.as_bytes(), rows.len() as u32));
            rows.push(weights);
        })?;
        Ok(ModelRows { model, keys, rows })
    }
}

impl Tables {
    fn build(vocabulary: VocabularyConfig, target_model: Option<ModelRows>) -> Self {
        let mut vocab = Vocabulary::new(vocabulary);
        let mut model_rows = Vec::new();
        let target_model = target_model.map(|parsed| {
            vocab.attach_model_rows(parsed.keys.into_iter());
            model_rows = parsed.rows;
            parsed.model
        });
        Tables {
            target_model,
            model_rows,
            first_row: vocab.get("<first>").model_row,
            vocab,
        }
    }

    /// The tables of the shipped lexicons and model with every list on (`news_lexicon`
    /// switching the news lists, as the option does).
    fn shipped(news_lexicon: bool, target_model: bool) -> Self {
        let config = VocabularyConfig {
            news_lexicon,
            news_neutral: news_lexicon,
            inflections: true,
            shifters: true,
        };
        // The shipped model is checked by a unit test; a broken file would disable it.
        let model = target_model
            .then(|| ModelRows::parse(TARGET_MODEL).ok())
            .flatten();
        Tables::build(config, model)
    }
}

/// The shipped tables for each `(news_lexicon, target_model)` choice, built on first use
/// and shared by every analyzer of the process (building one takes tens of milliseconds).
static SHIPPED_TABLES: [LazyLock<Arc<Tables>>; 4] = [
    LazyLock::new(|| Arc::new(Tables::shipped(false, false))),
    LazyLock::new(|| Arc::new(Tables::shipped(false, true))),
    LazyLock::new(|| Arc::new(Tables::shipped(true, false))),
    LazyLock::new(|| Arc::new(Tables::shipped(true, true))),
];

/// Everything scored for one document, before it is turned into the output.
#[derive(Debug, Clone, Default)]
pub struct Scored {
    /// Every item with its valence.
    pub items: Vec<Item>,
    /// Per sentence: the item index range.
    pub sentence_items: Vec<(usize, usize)>,
    /// Per sentence: the valence sum with punctuation emphasis (all items at full weight).
    pub sentence_sums: Vec<f64>,
    /// Per sentence: the valence with quoted items down-weighted (for the document),
    /// without punctuation emphasis.
    pub document_sums: Vec<f64>,
    /// Punctuation emphasis of the whole text (counted once, capped as VADER does).
    pub document_emphasis: f64,
    /// Masses and counts of the whole document, for the document calibration.
    pub stats: DocumentStats,
}

impl SentimentAnalyzer {
    /// The analyzer with default options.
    pub fn with_defaults() -> Self {
        // Default options are always valid.
        Self::create(Options::empty("sentiment")).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The analyzer with explicit settings (for tuning and tests).
    pub fn new(settings: Settings) -> Self {
        let v = settings.vocabulary;
        let tables = if v.inflections && v.shifters && v.news_neutral == v.news_lexicon {
            let index = 2 * usize::from(v.news_lexicon) + usize::from(settings.target_model);
            Arc::clone(&SHIPPED_TABLES[index])
        } else {
            let model = settings
                .target_model
                .then(|| ModelRows::parse(TARGET_MODEL).ok())
                .flatten();
            Arc::new(Tables::build(v, model))
        };
        SentimentAnalyzer::with_tables(settings, tables)
    }

    fn with_tables(settings: Settings, tables: Arc<Tables>) -> Self {
        let document_model = if settings.document_model {
            SHIPPED_DOCUMENT_MODEL.clone()
        } else {
            None
        };
        SentimentAnalyzer {
            document_model,
            neutral_margin: tables
                .target_model
                .as_ref()
                .map_or(0.0, |m| m.neutral_margin),
            tables,
            rules: settings.rules,
            aggregation: settings.aggregation,
            thresholds: settings.thresholds,
            entity_thresholds: settings.entity_thresholds,
            window: settings.window,
        }
    }

    /// The analyzer with a target model given as TSV text instead of the shipped one.
    pub fn with_target_model(settings: Settings, tsv: &str) -> Result<Self, String> {
        let tables = Tables::build(settings.vocabulary, Some(ModelRows::parse(tsv)?));
        Ok(SentimentAnalyzer::with_tables(settings, Arc::new(tables)))
    }

    /// Labels entities with this neutral margin instead of the target model's (for
    /// choosing the margin in training).
    pub fn set_neutral_margin(&mut self, margin: f64) {
        self.neutral_margin = margin;
    }

    /// The analyzer with a document calibration given as TSV text instead of the shipped
    /// one (for training and tests).
    pub fn with_document_model(settings: Settings, tsv: &str) -> Result<Self, String> {
        let model = DocumentModel::parse(tsv)?;
        let mut analyzer = SentimentAnalyzer::new(settings);
        analyzer.document_model = Some(Arc::new(model));
        Ok(analyzer)
    }

    /// The context half-distance of the target window (recorded in trained models).
    pub fn half_distance(&self) -> f64 {
        self.window.half_distance
    }

    /// Scores the items and sentences of `doc`.
    pub fn score(&self, doc: &Document) -> Scored {
        let mut quoted = Vec::new();
        quoted_tokens(doc, &mut quoted);
        let mut scored = Scored::default();
        build_items(doc, &self.tables.vocab, &quoted, &mut scored.items);
        let mut infos = Vec::new();
        let mut lo = 0;
        let text = doc.text();
        scored.document_emphasis = f64::from(punctuation_emphasis(text));
        for (s, sentence) in doc.sentences().iter().enumerate() {
            // Items are in sentence order: this sentence's run starts at `lo`.
            let hi = lo
                + scored.items[lo..]
                    .iter()
                    .take_while(|it| it.sentence as usize == s)
                    .count();
            let v = score_sentence(
                doc,
                &self.tables.vocab,
                &self.rules,
                &text[sentence.span.range()],
                &mut scored.items[lo..hi],
                &mut infos,
            );
            let quoted_sum: f64 = scored.items[lo..hi]
                .iter()
                .map(|it| {
                    let w = if it.in_quote {
                        self.aggregation.quote_weight
                    } else {
                        1.0
                    };
                    w * f64::from(it.valence)
                })
                .sum();
            // Density, not count: long sentences are scaled down (see `sentence_scale`).
            let scale = self.aggregation.sentence_scale(hi - lo);
            let document_sum = quoted_sum * scale;
            scored.stats.add_sentence(
                &scored.items[lo..hi],
                self.aggregation.quote_weight,
                (self.aggregation.sentence_weight(s), scale),
                v.implicit_negativity,
            );
            // A sentence opening with "But"/"However" contrasts with the one before: that
            // one weighs less in the document, as within a sentence.
            if v.opens_with_contrast {
                if let Some(previous) = scored.document_sums.last_mut() {
                    *previous *= f64::from(self.rules.before_contrast);
                }
            }
            scored.sentence_items.push((lo, hi));
            let emphasis = if v.sum == 0.0 {
                0.0
            } else {
                f64::from(v.emphasis).copysign(f64::from(v.sum))
            };
            scored
                .sentence_sums
                .push((f64::from(v.sum) - emphasis) * scale + emphasis);
            scored.document_sums.push(document_sum);
            lo = hi;
        }
        scored
    }

    /// The learned-model features of the mention at byte span `mention` of a scored
    /// document, collected (for training; inference visits them without allocating).
    pub fn mention_features(
        &self,
        doc: &Document,
        scored: &Scored,
        mention: Span,
    ) -> MentionFeatures {
        let mut words = Vec::new();
        let lower = doc.lower_text();
        let dense = self.visit_mention(doc, scored, mention, &mut |feature, x| {
            let key = match feature {
                FeatureRef::Item(i) => {
                    with_ascii_apostrophes(&lower[scored.items[i].span.range()], |k| {
                        String::from_utf8_lossy(k).into_owned()
                    })
                }
                FeatureRef::Side(i, side) => {
                    with_ascii_apostrophes(&lower[scored.items[i].span.range()], |k| {
                        let mut key = SIDE_PREFIXES[side].to_vec();
                        key.extend_from_slice(k);
                        String::from_utf8_lossy(&key).into_owned()
                    })
                }
                FeatureRef::Key(k) => String::from_utf8_lossy(k).into_owned(),
            };
            words.push((key, x))
        });
        MentionFeatures { dense, words }
    }

    /// Computes the dense features of a mention and calls `visit(key, weight)` for each of
    /// its word features: the context words (distance-weighted) and the words right beside
    /// the mention by side (`<l>`, `<ll>`, `<r>`, `<rr>` prefixes: its role, as in
    /// "X criticized" against "criticized X"), and `<first>` when it opens the sentence.
    /// Keys are lower-case with ASCII apostrophes.
    pub fn visit_mention(
        &self,
        doc: &Document,
        scored: &Scored,
        mention: Span,
        visit: &mut dyn FnMut(FeatureRef, f64),
    ) -> [f64; DENSE] {
        if scored.sentence_items.is_empty() {
            return dense_features(&MentionEvidence::default());
        }
        let sentence = doc.sentence_of_token(doc.token_at_or_after(mention.start()));
        let sentence = sentence.min(scored.sentence_items.len() - 1);
        let ev = mention_evidence(
            &scored.items,
            &scored.sentence_items,
            sentence,
            mention,
            &self.window,
        );
        let (items, first, last) =
            mention_position(&scored.items, &scored.sentence_items, sentence, mention);
        let offset = scored.sentence_items[sentence].0;
        for_each_context_word(items, (first, last), &self.window, |k, x| {
            visit(FeatureRef::Item(offset + k), x)
        });
        for (side, k) in [first.wrapping_sub(1), first.wrapping_sub(2), last, last + 1]
            .into_iter()
            .enumerate()
        {
            if k < items.len() {
                visit(FeatureRef::Side(offset + k, side), 1.0);
            }
        }
        if first == 0 {
            visit(FeatureRef::Key(b"<first>"), 1.0);
        }
        dense_features(&ev)
    }

    /// The sentiment toward each person and organisation of the entities layer.
    fn entity_sentiments(
        &self,
        doc: &Document,
        scored: &Scored,
        entities: &EntitiesOutput,
    ) -> Vec<EntitySentiment> {
        // (an agency named only in a dateline's credit, "BRUSSELS (Reuters) -", is no
        // target: the sentence after the credit is not about it)
        let text = doc.text();
        let targets: Vec<&Entity> = entities
            .entities
            .iter()
            .filter(|e| {
                is_target_kind(e.kind)
                    && !e.mentions.is_empty()
                    && !e
                        .mentions
                        .iter()
                        .all(|m| is_dateline_credit(text, m.span.bytes))
            })
            .collect();
        let polarities: Vec<Polarity> = match &self.tables.target_model {
            Some(model) => self.model_polarities(model, doc, scored, &targets),
            None => {
                let mut spans = Vec::new();
                targets
                    .iter()
                    .map(|entity| {
                        spans.clear();
                        spans.extend(entity.mentions.iter().map(|m| m.span.bytes));
                        let score = rule_entity_score(
                            &spans,
                            &scored.items,
                            &scored.sentence_items,
                            |byte| doc.sentence_of_token(doc.token_at_or_after(byte)),
                            &self.window,
                        );
                        Polarity {
                            score,
                            label: self.entity_thresholds.label(score),
                        }
                    })
                    .collect()
            }
        };
        // (an organisation named only as where a person works, "a cardiologist at Johns
        // Hopkins University who was not involved", takes no sentiment from that
        // person's sentence)
        let polarities = targets.iter().zip(polarities).map(|(entity, polarity)| {
            let affiliation_only = entity.kind == EntityKind::Organization
                && entity
                    .mentions
                    .iter()
                    .all(|m| is_affiliation(text, m.span.bytes));
            if affiliation_only {
                Polarity {
                    score: 0.0,
                    label: self.entity_thresholds.label(0.0),
                }
            } else {
                polarity
            }
        });
        targets
            .iter()
            .zip(polarities)
            .map(|(entity, polarity)| EntitySentiment {
                name: entity.name.clone(),
                polarity,
                mentions: entity
                    .mentions
                    .iter()
                    .map(|m| OffsetSpan {
                        start: m.span.start,
                        end: m.span.end,
                        bytes: m.span.bytes,
                    })
                    .collect(),
            })
            .collect()
    }

    /// The learned polarity toward each entity: class probabilities averaged over its
    /// mentions; score = P(positive) − P(negative), label by [`class_of`] (the most
    /// probable class, neutral only by the model's margin).
    ///
    /// Mentions are read in text order (whatever entity they belong to), with a cursor
    /// over tokens and sentences instead of a search per mention, so that the cost stays
    /// linear and memory is read forward even in very long articles.
    fn model_polarities(
        &self,
        model: &TargetModel,
        doc: &Document,
        scored: &Scored,
        targets: &[&Entity],
    ) -> Vec<Polarity> {
        // Every mention's byte span; its index (slot) numbers mentions entity by entity.
        let spans: Vec<Span> = targets
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.span.bytes))
            .collect();
        // (start byte, slot), in text order.
        let mut order: Vec<(u32, u32)> = spans
            .iter()
            .enumerate()
            .map(|(slot, span)| (span.start, slot as u32))
            .collect();
        order.sort_unstable();
        let mut probabilities = vec![[0.0; 3]; spans.len()];
        let tokens = doc.tokens();
        let sentences = doc.sentences();
        let (mut token, mut sentence) = (0, 0);
        for &(start, slot) in &order {
            // The first token at or after the mention, and its sentence.
            while token < tokens.len() && tokens[token].span.start < start {
                token += 1;
            }
            while sentence < sentences.len() && (sentences[sentence].end_token as usize) <= token {
                sentence += 1;
            }
            probabilities[slot as usize] =
                softmax(self.mention_logits(model, scored, sentence, spans[slot as usize]));
        }
        let mut slot = 0;
        targets
            .iter()
            .map(|entity| {
                let n = entity.mentions.len();
                let mut p = [0.0; 3];
                for q in &probabilities[slot..slot + n] {
                    for (acc, q) in p.iter_mut().zip(q) {
                        *acc += q / n as f64;
                    }
                }
                slot += n;
                let label = match class_of(p, self.neutral_margin) {
                    0 => SentimentLabel::Negative,
                    2 => SentimentLabel::Positive,
                    _ => SentimentLabel::Neutral,
                };
                Polarity {
                    score: (p[2] - p[0]).clamp(-1.0, 1.0),
                    label,
                }
            })
            .collect()
    }

    /// The target model's class logits for the mention at byte span `mention` in sentence
    /// `sentence`: the features of [`SentimentAnalyzer::visit_mention`] (same values, same
    /// order of summation), computed in one pass over the window with the model rows the
    /// scorer recorded on each item, without allocating.
    fn mention_logits(
        &self,
        model: &TargetModel,
        scored: &Scored,
        sentence: usize,
        mention: Span,
    ) -> [f64; 3] {
        let mut z = [0.0; 3];
        if scored.sentence_items.is_empty() {
            model.add_dense(&mut z, &dense_features(&MentionEvidence::default()));
            return z;
        }
        let sentence = sentence.min(scored.sentence_items.len() - 1);
        let (items, first, last) =
            mention_position(&scored.items, &scored.sentence_items, sentence, mention);
        let window = &self.window;
        let anchor = items.get(first.min(items.len().saturating_sub(1)));
        let (evidence_clause, mention_in_quote) =
            anchor.map_or((0, false), |it| (it.clause, it.in_quote));
        let context_clause = items.get(first).map(|it| it.clause);
        let mut ev = MentionEvidence {
            mention_in_quote,
            ..MentionEvidence::default()
        };
        let lo = first.saturating_sub(window.max_distance);
        let hi = (last + window.max_distance).min(items.len());
        let add_row = |z: &mut [f64; 3], row: u32, x: f64| {
            if let Some(w) = self.tables.model_rows.get(row as usize) {
                for (zc, wc) in z.iter_mut().zip(w) {
                    *zc += wc * x;
                }
            }
        };
        for (k, it) in items.iter().enumerate().take(hi).skip(lo) {
            if (first..last).contains(&k) {
                continue;
            }
            let distance = if k < first { first - k } else { k + 1 - last };
            let near = window.half_distance / (window.half_distance + distance as f64 - 1.0);
            // The word feature (see `for_each_context_word`).
            let x = if Some(it.clause) != context_clause {
                near * 0.5
            } else {
                near
            };
            add_row(&mut z, it.model_row, x);
            // The rule evidence (see `mention_evidence`).
            if it.valence != 0.0 {
                ev.add(
                    f64::from(it.valence),
                    near,
                    it.clause == evidence_clause,
                    it.in_quote && !mention_in_quote,
                    window,
                );
            }
        }
        for (side, k) in [first.wrapping_sub(1), first.wrapping_sub(2), last, last + 1]
            .into_iter()
            .enumerate()
        {
            if let Some(it) = items.get(k) {
                add_row(&mut z, it.side_rows[side], 1.0);
            }
        }
        if first == 0 {
            add_row(&mut z, self.tables.first_row, 1.0);
        }
        model.add_dense(&mut z, &dense_features(&ev));
        z
    }

    /// The document score: quote-weighted sentence valences aggregated and
    /// normalized (see [`DocumentAggregation`]).
    pub fn document_score(&self, scored: &Scored) -> f64 {
        self.aggregation.score(
            scored
                .document_sums
                .iter()
                .enumerate()
                .map(|(i, &v)| (self.aggregation.sentence_weight(i), v)),
            scored.document_emphasis,
        )
    }

    /// The features of the document calibration for a scored document (see
    /// [`document_features`]).
    pub fn document_features(
        &self,
        doc: &Document,
        scored: &Scored,
    ) -> [f64; crate::document_model::FEATURES] {
        let (mut polarity, mut neutrality, mut n) = (0.0, 0.0, 0usize);
        for it in &scored.items {
            if let Some(w) = self.tables.model_rows.get(it.model_row as usize) {
                polarity += w[2] - w[0];
                neutrality += w[1] - 0.5 * (w[0] + w[2]);
                n += 1;
            }
        }
        let scale = CONTEXT_SCALE / (n.max(1) as f64);
        document_features(
            &scored.stats,
            &self.aggregation,
            self.document_score(scored),
            scored.document_emphasis,
            doc.text(),
            [polarity * scale, neutrality * scale],
        )
    }

    /// The words the document calibration reads: the lower-case text of every item of
    /// the scored document (words, numbers, emoticons), in order.
    pub fn document_words<'a>(
        doc: &'a Document,
        scored: &'a Scored,
    ) -> impl Iterator<Item = &'a str> + 'a {
        let lower = doc.lower_text();
        scored.items.iter().map(move |it| &lower[it.span.range()])
    }

    /// The document's polarity: calibrated by the document model when there is one, else
    /// the rule score labelled at the thresholds.
    pub fn document_polarity(&self, doc: &Document, scored: &Scored) -> Polarity {
        match &self.document_model {
            Some(model) => {
                let words = model.word_logits(Self::document_words(doc, scored).map(str::as_bytes));
                model.polarity(&self.document_features(doc, scored), words)
            }
            None => {
                let score = self.document_score(scored);
                Polarity {
                    score,
                    label: self.thresholds.label(score),
                }
            }
        }
    }

    /// The full output for `doc`, with `entities` the shared entities layer (if any).
    pub fn analyze_with(
        &self,
        doc: &Document,
        entities: Option<&EntitiesOutput>,
    ) -> SentimentOutput {
        let scored = self.score(doc);
        let sentences = doc
            .sentences()
            .iter()
            .zip(&scored.sentence_sums)
            .map(|(sentence, &sum)| {
                let score = normalize(sum, self.aggregation.alpha);
                SentenceSentiment {
                    span: doc.offset_span(sentence.span),
                    polarity: Polarity {
                        score,
                        label: self.thresholds.label(score),
                    },
                }
            })
            .collect();
        let document = self.document_polarity(doc, &scored);
        let entities = entities
            .map(|ents| self.entity_sentiments(doc, &scored, ents))
            .unwrap_or_default();
        SentimentOutput {
            document,
            sentences,
            entities,
        }
    }
}

impl Analyzer for SentimentAnalyzer {
    fn info() -> AnalyzerInfo {
        AnalyzerInfo::new(
            "sentiment",
            env!("CARGO_PKG_VERSION"),
            "Sentence, document and entity-level sentiment (VADER-style lexicon and rules for news)",
        )
        .requires(&["entities"])
        .option(OptionSpec::new(
            "quote_weight",
            0.5,
            "weight of quoted speech in the document score (0 ignores quotes, 1 counts them fully)",
        ))
        .option(OptionSpec::new(
            "lead_weight",
            0.0,
            "extra weight of the first sentence in the document score",
        ))
        .option(OptionSpec::new(
            "news_lexicon",
            true,
            "add the news vocabulary and idioms to the VADER lexicon",
        ))
        .option(OptionSpec::new(
            "target_model",
            true,
            "entity sentiment from the learned target model (false: the rule window alone)",
        ))
        .option(OptionSpec::new(
            "document_model",
            true,
            "document score and label calibrated by the learned document model (false: the rules alone, labelled at `threshold`)",
        ))
        .option(OptionSpec::new(
            "threshold",
            DEFAULT_THRESHOLD,
            "score magnitude from which sentences and documents are labelled positive/negative",
        ))
        .option(OptionSpec::new(
            "entity_threshold",
            DEFAULT_ENTITY_THRESHOLD,
            "score magnitude from which entities are labelled positive/negative",
        ))
    }

    fn create(mut options: Options) -> Result<Self, ConfigError> {
        let quote_weight = options.f64_in("quote_weight", 0.5, 0.0..=1.0)?;
        let lead_weight = options.f64_in("lead_weight", 0.0, 0.0..=10.0)?;
        let news_lexicon = options.bool("news_lexicon", true)?;
        let target_model = options.bool("target_model", true)?;
        let document_model = options.bool("document_model", true)?;
        let threshold = options.f64_in("threshold", DEFAULT_THRESHOLD, 0.0..=1.0)?;
        let entity_threshold =
            options.f64_in("entity_threshold", DEFAULT_ENTITY_THRESHOLD, 0.0..=1.0)?;
        options.finish(Self::info().option_keys())?;
        let mut settings = Settings::default();
        settings.vocabulary.news_lexicon = news_lexicon;
        settings.vocabulary.news_neutral = news_lexicon;
        settings.target_model = target_model;
        settings.document_model = document_model;
        settings.aggregation.quote_weight = quote_weight;
        settings.aggregation.lead_weight = lead_weight;
        settings.thresholds = Thresholds {
            positive: threshold,
            negative: threshold,
        };
        settings.entity_thresholds = Thresholds {
            positive: entity_threshold,
            negative: entity_threshold,
        };
        Ok(SentimentAnalyzer::new(settings))
    }

    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        let entities = prior.require("entities")?.as_entities().ok_or_else(|| {
            AnalyzerError::Failed("the `entities` output is not an entities layer".into())
        })?;
        Ok(AnalyzerOutput::Sentiment(
            self.analyze_with(doc, Some(entities)),
        ))
    }
}

/// Whether the byte span `span` of `text` names where a person works: after "at", "of" or
/// "from" (and "the") following a job ("an analyst at Bernstein", "a cardiologist at
/// Johns Hopkins University", "professor of economics at the University of Sydney").
fn is_affiliation(text: &str, span: Span) -> bool {
    let before = text[..span.start()].trim_end();
    let before = match before.strip_suffix("the") {
        Some(rest) if rest.ends_with(char::is_whitespace) => rest.trim_end(),
        _ => before,
    };
    let Some((rest, preposition)) = before.rsplit_once(char::is_whitespace) else {
        return false;
    };
    if !matches!(preposition, "at" | "of" | "from") {
        return false;
    }
    let job = rest
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let ends_with = |suffix: &str| {
        job.get(job.len().saturating_sub(suffix.len())..)
            .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
    };
    JOBS.iter().any(|j| j.eq_ignore_ascii_case(job))
        || job.len() >= 7 && (ends_with("ologist") || ends_with("ician"))
}

/// Jobs whose holder's employer [`is_affiliation`] recognises.
const JOBS: &[&str] = &[
    "analyst",
    "economist",
    "strategist",
    "professor",
    "researcher",
    "scientist",
    "fellow",
    "director",
    "executive",
    "official",
    "officer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "attorney",
    "partner",
    "manager",
    "trader",
    "banker",
    "consultant",
    "lecturer",
    "engineer",
    "physician",
    "doctor",
    "chairman",
    "chairwoman",
];

/// Whether the byte span `span` of `text` is a dateline's credit: a name in parentheses
/// followed by a dash ("(Reuters) -", "(AP) —").
fn is_dateline_credit(text: &str, span: Span) -> bool {
    let (start, end) = (span.start(), span.end());
    let before = text[..start].ends_with('(');
    let after = text[end..].strip_prefix(')').map(str::trim_start);
    before && after.is_some_and(|rest| rest.starts_with(['-', '—', '–']))
}
