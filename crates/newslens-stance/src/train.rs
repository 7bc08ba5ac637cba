//! Training: labelled (claim, text) pairs → a model file. Pure: callers read the files and
//! pass their contents; the same data and settings always give the same model.
//!
//! Pairs come from the FNC-1 CSV files ([`TrainingData::add_fnc1`]) or from any newslens
//! input + gold pair of JSON Lines files as written by `shared/eval/stance/to_articles.py`
//! ([`TrainingData::add_jsonl`]) — the format users label their own pairs in.

use crate::csv;
use crate::features::{
    extract, gated_names, stance_names, PairFeatures, Vocabulary, RELATED_BASE, SHORT_WORDS,
    STANCE_BASE,
};
use crate::idf::IdfTable;
use crate::logistic::{Logistic, TrainSettings};
use crate::model::{IdfFile, ModelFile, FORMAT, RELATED_CLASSES, STANCE_CLASSES};
use crate::profile::{ClaimProfile, TextProfile, PREFIX_LEN};
use crate::terms::{flag, stem, Lexicon};
use newslens_core::text::TokenKind;
use newslens_core::{Article, Document};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A gold label as training sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Supports the claim.
    Agree,
    /// Disputes the claim.
    Disagree,
    /// Reports the claim without taking a side.
    Discuss,
    /// Not about the claim.
    Unrelated,
    /// GWSD's neutral (no side, maybe not even about the claim): trains neither stage.
    Neutral,
}

impl Label {
    /// Parses a label, accepting Emergent's for/against/observing and GWSD's neutral.
    pub fn parse(s: &str) -> Option<Label> {
        Some(match s {
            "agree" | "for" => Label::Agree,
            "disagree" | "against" => Label::Disagree,
            "discuss" | "observing" => Label::Discuss,
            "unrelated" => Label::Unrelated,
            "neutral" => Label::Neutral,
            _ => return None,
        })
    }
    /// Stage-1 class (0 unrelated, 1 related), if this label trains stage 1.
    pub fn related_class(self) -> Option<usize> {
        match self {
            Label::Unrelated => Some(0),
            Label::Neutral => None,
            _ => Some(1),
        }
    }
    /// Stage-2 class (agree, disagree, discuss), if this label trains stage 2.
    pub fn stance_class(self) -> Option<usize> {
        match self {
            Label::Agree => Some(0),
            Label::Disagree => Some(1),
            Label::Discuss => Some(2),
            // GWSD's neutral sentences state facts without a side; as "discuss" they would
            // contradict Emergent's plain restatements labelled "agree" (and cost 0.004–0.008
            // macro-F1 on both in cross-validation), so they train neither stage.
            Label::Neutral => None,
            Label::Unrelated => None,
        }
    }
}

/// One labelled pair.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledPair {
    /// Set name (`fnc1-train`, `emergent-train`…).
    pub set: String,
    /// Pair id (the article id of the JSON Lines form).
    pub id: String,
    /// Group for cross-validation (claim id or body id): a group never crosses folds.
    pub group: String,
    /// The target id the label is for (`title` for FNC-1).
    pub target: String,
    /// The claim.
    pub claim: String,
    /// Keywords of the claim, if any.
    pub keywords: Vec<String>,
    /// Index of the text in [`TrainingData::texts`].
    pub text: usize,
    /// Gold label.
    pub label: Label,
    /// Made by [`TrainingData::add_synthetic_unrelated`], not read from data.
    pub synthetic: bool,
}

/// Texts and labelled pairs over them.
#[derive(Debug, Clone, Default)]
pub struct TrainingData {
    /// Distinct texts (article bodies, headlines, sentences).
    pub texts: Vec<String>,
    /// Labelled pairs.
    pub pairs: Vec<LabelledPair>,
}

impl TrainingData {
    /// Adds the FNC-1 pairs of `stances_csv` (Headline, Body ID, Stance) over the bodies of
    /// `bodies_csv` (Body ID, articleBody), leaving out the bodies in `exclude_bodies`
    /// (the dev split). Returns the number of pairs added.
    pub fn add_fnc1(
        &mut self,
        set: &str,
        bodies_csv: &str,
        stances_csv: &str,
        exclude_bodies: &HashSet<u32>,
    ) -> Result<usize, String> {
        let mut body_text = HashMap::new();
        for row in csv::parse(bodies_csv).into_iter().skip(1) {
            if row.len() < 2 {
                continue;
            }
            let id: u32 = row[0]
                .trim()
                .parse()
                .map_err(|_| format!("bodies: bad Body ID `{}`", row[0]))?;
            if !exclude_bodies.contains(&id) {
                self.texts.push(row[1].clone());
                body_text.insert(id, self.texts.len() - 1);
            }
        }
        let before = self.pairs.len();
        for (n, row) in csv::parse(stances_csv).into_iter().skip(1).enumerate() {
            if row.len() < 3 {
                continue;
            }
            let id: u32 = row[1]
                .trim()
                .parse()
                .map_err(|_| format!("stances row {n}: bad Body ID `{}`", row[1]))?;
            let Some(&text) = body_text.get(&id) else {
                if exclude_bodies.contains(&id) {
                    continue;
                }
                return Err(format!("stances row {n}: unknown Body ID {id}"));
            };
            let label = Label::parse(row[2].trim())
                .ok_or_else(|| format!("stances row {n}: unknown stance `{}`", row[2]))?;
            self.pairs.push(LabelledPair {
                set: set.to_string(),
                id: format!("{set}-{n:05}"),
                group: format!("body-{id}"),
                target: "title".to_string(),
                claim: row[0].clone(),
                keywords: Vec::new(),
                text,
                label,
                synthetic: false,
            });
        }
        Ok(self.pairs.len() - before)
    }

    /// Adds the pairs of a newslens input file (`articles`, JSON Lines) labelled by a gold
    /// file (`gold`, JSON Lines of `{"id", "target", "label", ...}`): the claim is the
    /// article's title for target `title`, else the text of the article's target with that id.
    /// The group is the gold line's `claim_id`, else `body_id`, else the pair's own id.
    pub fn add_jsonl(&mut self, articles: &str, gold: &str) -> Result<usize, String> {
        let mut by_id: HashMap<String, Value> = HashMap::new();
        for (n, line) in articles.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value =
                serde_json::from_str(line).map_err(|e| format!("articles line {}: {e}", n + 1))?;
            let id = v
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            by_id.insert(id, v);
        }
        let mut text_index: HashMap<String, usize> = HashMap::new();
        let before = self.pairs.len();
        for (n, line) in gold.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let g: Value =
                serde_json::from_str(line).map_err(|e| format!("gold line {}: {e}", n + 1))?;
            let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
            let id = s(&g, "id").ok_or_else(|| format!("gold line {}: no id", n + 1))?;
            let Some(label) = s(&g, "label").as_deref().and_then(Label::parse) else {
                return Err(format!("gold line {}: missing or unknown label", n + 1));
            };
            let article = by_id
                .get(&id)
                .ok_or_else(|| format!("gold line {}: no article with id `{id}`", n + 1))?;
            let target = s(&g, "target").unwrap_or_else(|| "title".to_string());
            let (claim, keywords) = if target == "title" {
                (s(article, "title").unwrap_or_default(), Vec::new())
            } else {
                let t = article
                    .get("targets")
                    .and_then(Value::as_array)
                    .and_then(|ts| ts.iter().find(|t| s(t, "id").as_deref() == Some(&target)))
                    .ok_or_else(|| format!("article `{id}` has no target `{target}`"))?;
                let kw = t
                    .get("keywords")
                    .or_else(|| t.get("aliases"))
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                (s(t, "text").unwrap_or_default(), kw)
            };
            let body = s(article, "text").unwrap_or_default();
            let text = *text_index.entry(body.clone()).or_insert_with(|| {
                self.texts.push(body);
                self.texts.len() - 1
            });
            let group = s(&g, "claim_id")
                .or_else(|| g.get("body_id").map(|b| format!("body-{b}")))
                .unwrap_or_else(|| id.clone());
            self.pairs.push(LabelledPair {
                set: s(&g, "set").unwrap_or_else(|| "pairs".to_string()),
                id,
                group,
                target,
                claim,
                keywords,
                text,
                label,
                synthetic: false,
            });
        }
        Ok(self.pairs.len() - before)
    }

    /// For a set without `unrelated` pairs (Emergent), adds one unrelated pair per pair: the
    /// same text with the claim of another group, chosen deterministically — how FNC-1 made
    /// its unrelated pairs. Returns the number added.
    pub fn add_synthetic_unrelated(&mut self, set: &str) -> usize {
        let idx: Vec<usize> = (0..self.pairs.len())
            .filter(|&i| self.pairs[i].set == set && self.pairs[i].label != Label::Unrelated)
            .collect();
        let n = idx.len();
        let mut added = Vec::new();
        for (k, &i) in idx.iter().enumerate() {
            // Walk from a fixed offset until a pair of another group is found.
            for step in 0..n {
                let j = idx[(k + n / 2 + 7 * step) % n];
                if self.pairs[j].group != self.pairs[i].group {
                    let mut p = self.pairs[i].clone();
                    p.claim = self.pairs[j].claim.clone();
                    p.keywords = self.pairs[j].keywords.clone();
                    p.label = Label::Unrelated;
                    p.id = format!("{}-unrelated", p.id);
                    p.synthetic = true;
                    added.push(p);
                    break;
                }
            }
        }
        let count = added.len();
        self.pairs.extend(added);
        count
    }
}

/// Training settings of the whole model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainParams {
    /// Optimizer settings of stage 1.
    pub related: TrainSettings,
    /// Optimizer settings of stage 2.
    pub stance: TrainSettings,
    /// Stage-2 class weights are `(n / (k · n_class))^power` within each kind of text
    /// (0 = unweighted, 1 = balanced).
    pub class_weight_power: f32,
    /// Stems seen in fewer texts than this are left out of the IDF table (default IDF).
    pub min_df: usize,
    /// Word features: stems in short related texts of at least this many claims…
    pub vocabulary_min_df: usize,
    /// …at most this many of them (0 = no word features)…
    pub vocabulary_max: usize,
    /// …and only words on the stance word lists (topic words do not carry over to new
    /// claims: with every word, Emergent cross-validated macro-F1 falls from 0.70 to 0.66).
    pub vocabulary_cues_only: bool,
    /// Leave the 0/1 word features unstandardized (see [`TrainSettings::unscaled_from`]).
    pub unscaled_words: bool,
    /// Word families as word features too: the first [`PREFIX_LEN`] bytes of longer stems.
    pub vocabulary_prefixes: bool,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            related: TrainSettings {
                epochs: 12,
                ..TrainSettings::default()
            },
            stance: TrainSettings {
                epochs: 30,
                l2: 3e-4,
                average_from: 15,
                ..TrainSettings::default()
            },
            class_weight_power: 0.6,
            min_df: 2,
            vocabulary_min_df: 3,
            vocabulary_max: 5000,
            vocabulary_cues_only: false,
            unscaled_words: true,
            vocabulary_prefixes: true,
        }
    }
}

/// The distinct stems of a text, with its word and sentence counts.
struct TextStems {
    stems: Vec<String>,
    /// Stems of the words on a stance word list (refuting, hedging, negation…).
    cue_stems: Vec<String>,
    words: usize,
    sentences: usize,
}

/// `prefixes`: also the first [`PREFIX_LEN`] bytes of longer stems (word families).
fn stems_of(text: &str, lexicon: &Lexicon, prefixes: bool) -> TextStems {
    let doc = Document::new(Article::new("", text));
    let lower = doc.lower_text();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut cues: HashSet<&str> = HashSet::new();
    let mut words = 0;
    for t in doc.tokens() {
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::DottedAbbreviation
        ) {
            continue;
        }
        words += 1;
        let w = &lower[t.span.range()];
        let f = lexicon.flags(w);
        if f & flag::STOP == 0 {
            let st = stem(w);
            seen.insert(st);
            if f != 0 {
                cues.insert(st);
            }
            if prefixes && st.len() > PREFIX_LEN && st.is_char_boundary(PREFIX_LEN) {
                seen.insert(&st[..PREFIX_LEN]);
            }
        }
    }
    let mut stems: Vec<String> = seen.into_iter().map(str::to_string).collect();
    stems.sort_unstable();
    let mut cue_stems: Vec<String> = cues.into_iter().map(str::to_string).collect();
    cue_stems.sort_unstable();
    TextStems {
        stems,
        cue_stems,
        words,
        sentences: doc.sentences().len(),
    }
}

/// Chooses the word features: stems found in the short texts (headlines, sentences) of
/// labelled related pairs of at least `min_df` different groups (claims), the `max` most
/// widespread of them; with `cues_only`, only stems of words on the stance word lists; with
/// `prefixes`, also the first [`PREFIX_LEN`] bytes of longer stems (word families).
/// Uses no labels beyond related-or-not, so cross-validation may share it.
pub fn build_vocabulary(
    data: &TrainingData,
    lexicon: &Lexicon,
    min_df: usize,
    max: usize,
    cues_only: bool,
    prefixes: bool,
) -> Vec<String> {
    // Document frequency counted in groups (claims): a stem must be spread over many
    // claims, so topic words of one story do not become stance features.
    let mut short_stems: HashMap<usize, Vec<String>> = HashMap::new();
    let mut groups: HashMap<&str, HashSet<usize>> = HashMap::new();
    for p in data
        .pairs
        .iter()
        .filter(|p| !p.synthetic && p.label != Label::Unrelated)
    {
        groups.entry(p.group.as_str()).or_default().insert(p.text);
    }
    let mut df: HashMap<String, usize> = HashMap::new();
    let mut group_names: Vec<&&str> = groups.keys().collect();
    group_names.sort();
    for g in group_names {
        let mut in_group: HashSet<String> = HashSet::new();
        for &t in &groups[*g] {
            let stems = short_stems.entry(t).or_insert_with(|| {
                let st = stems_of(&data.texts[t], lexicon, prefixes);
                if st.words <= SHORT_WORDS && st.sentences <= 2 {
                    if cues_only {
                        st.cue_stems
                    } else {
                        st.stems
                    }
                } else {
                    Vec::new()
                }
            });
            for s in stems.iter() {
                if in_group.insert(s.clone()) {
                    *df.entry(s.clone()).or_insert(0) += 1;
                }
            }
        }
    }
    let mut list: Vec<(String, usize)> = df.into_iter().filter(|(_, n)| *n >= min_df).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list.truncate(max);
    list.into_iter().map(|(s, _)| s).collect()
}

/// Counts document frequencies over the texts and claims and turns them into an IDF table.
pub fn build_idf(data: &TrainingData, lexicon: &Lexicon, min_df: usize) -> IdfFile {
    let mut df: HashMap<String, usize> = HashMap::new();
    let claims: HashSet<&str> = data.pairs.iter().map(|p| p.claim.as_str()).collect();
    let mut claims: Vec<&str> = claims.into_iter().collect();
    claims.sort_unstable();
    let docs = data.texts.iter().map(String::as_str).chain(claims);
    let mut count = 0;
    for text in docs {
        count += 1;
        for st in stems_of(text, lexicon, false).stems {
            *df.entry(st).or_insert(0) += 1;
        }
    }
    let stems: BTreeMap<String, f32> = df
        .into_iter()
        .filter(|(_, n)| *n >= min_df)
        .map(|(s, n)| {
            let v = IdfTable::smoothed(count, n);
            (s, (v * 1000.0).round() / 1000.0)
        })
        .collect();
    IdfFile {
        documents: count,
        default: (IdfTable::smoothed(count, 1) * 1000.0).round() / 1000.0,
        stems,
    }
}

/// The features of every pair, with the IDF table and word lists given.
pub fn featurize(
    data: &TrainingData,
    idf: &IdfTable,
    lexicon: &Lexicon,
    vocabulary: &Vocabulary,
) -> Vec<PairFeatures> {
    let texts: Vec<TextProfile> = data
        .texts
        .iter()
        .map(|t| {
            let doc = Document::new(Article::new("", t.as_str()));
            TextProfile::of_document(&doc, lexicon, idf)
        })
        .collect();
    let mut claims: HashMap<(&str, &[String]), ClaimProfile> = HashMap::new();
    data.pairs
        .iter()
        .map(|p| {
            let claim = claims
                .entry((p.claim.as_str(), p.keywords.as_slice()))
                .or_insert_with(|| ClaimProfile::new(&p.claim, &p.keywords, lexicon, idf));
            extract(claim, &texts[p.text], vocabulary)
        })
        .collect()
}

/// Fits both stages on the pairs for which `include(i)` holds.
pub fn fit(
    vocabulary: &Vocabulary,
    features: &[PairFeatures],
    labels: &[Label],
    include: impl Fn(usize) -> bool,
    params: &TrainParams,
) -> (Logistic, Logistic) {
    let (mut rx, mut ry) = (Vec::new(), Vec::new());
    let (mut sx, mut sy, mut sr) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (f, l)) in features.iter().zip(labels).enumerate() {
        if !include(i) {
            continue;
        }
        if let Some(c) = l.related_class() {
            rx.push(f.related.clone());
            ry.push(c);
        }
        if let Some(c) = l.stance_class() {
            sx.push(f.stance_row(vocabulary));
            sy.push(c);
            sr.push(usize::from(f.stance.last().is_some_and(|v| *v > 0.0)));
        }
    }
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let rw = vec![1.0; rx.len()];
    let related = Logistic::train(
        gated_names(RELATED_BASE),
        strings(&RELATED_CLASSES),
        &rx,
        &ry,
        &rw,
        params.related,
    );
    // Class weights within each kind of text (articles, short texts): the two have very
    // different label mixes (FNC-1 bodies mostly discuss; headlines mostly agree).
    let mut counts = [[0usize; 3]; 2];
    for (&c, &r) in sy.iter().zip(&sr) {
        counts[r][c] += 1;
    }
    let cw: Vec<Vec<f32>> = counts
        .iter()
        .map(|row| {
            let n: usize = row.iter().sum();
            row.iter()
                .map(|&c| (n as f32 / (3.0 * c.max(1) as f32)).powf(params.class_weight_power))
                .collect()
        })
        .collect();
    let sw: Vec<f32> = sy.iter().zip(&sr).map(|(&c, &r)| cw[r][c]).collect();
    let mut settings = params.stance;
    if params.unscaled_words {
        settings.unscaled_from = gated_names(STANCE_BASE).len();
    }
    let stance = Logistic::train(
        stance_names(vocabulary),
        strings(&STANCE_CLASSES),
        &sx,
        &sy,
        &sw,
        settings,
    );
    (related, stance)
}

/// What training computes from the data before fitting: the IDF table, the vocabulary,
/// every pair's features and labels.
struct Prepared {
    /// The IDF table as the model file stores it.
    idf_file: IdfFile,
    /// The vocabulary's stems as the model file stores them.
    stems: Vec<String>,
    /// The vocabulary of the word features.
    vocabulary: Vocabulary,
    /// The features of every pair of the data, in order.
    features: Vec<PairFeatures>,
    /// The gold label of every pair, in order.
    labels: Vec<Label>,
}

/// Counts the IDF table and the vocabulary over `data` and extracts every pair's features.
fn prepare(data: &TrainingData, params: &TrainParams) -> Prepared {
    let lexicon = Lexicon::new();
    let idf_file = build_idf(data, &lexicon, params.min_df);
    let idf = IdfTable::new(
        idf_file.stems.iter().map(|(s, v)| (s.as_str(), *v)),
        idf_file.default,
    );
    let stems = build_vocabulary(
        data,
        &lexicon,
        params.vocabulary_min_df,
        params.vocabulary_max,
        params.vocabulary_cues_only,
        params.vocabulary_prefixes,
    );
    let vocabulary = Vocabulary::new(stems.clone());
    let features = featurize(data, &idf, &lexicon, &vocabulary);
    let labels = data.pairs.iter().map(|p| p.label).collect();
    Prepared {
        idf_file,
        stems,
        vocabulary,
        features,
        labels,
    }
}

/// Trains a complete model file on `data`.
pub fn train(data: &TrainingData, params: &TrainParams, description: &str) -> ModelFile {
    let Prepared {
        idf_file,
        stems,
        vocabulary,
        features,
        labels,
    } = prepare(data, params);
    let (relatedness, stance) = fit(&vocabulary, &features, &labels, |_| true, params);
    ModelFile {
        format: FORMAT.to_string(),
        description: description.to_string(),
        idf: idf_file,
        vocabulary: stems,
        relatedness,
        stance,
    }
}

/// The cross-validation fold of a group: a stable hash of its name modulo `folds`.
pub fn fold_of(group: &str, folds: usize) -> usize {
    salted_fold_of("", group, folds)
}

/// The fold of a group under another partition: the hash of `salt` + its name. The empty
/// salt is [`fold_of`], the standard partition; others measure how much a figure owes to it.
pub fn salted_fold_of(salt: &str, group: &str, folds: usize) -> usize {
    let mut key = Vec::with_capacity(salt.len() + group.len());
    key.extend_from_slice(salt.as_bytes());
    key.extend_from_slice(group.as_bytes());
    (crate::terms::fnv1a(&key) % folds as u64) as usize
}

/// Cross-validation by group: for each of `folds` folds, trains on every pair except the
/// pairs of `sets` whose group falls in the fold, and labels those held-out pairs. Returns
/// the held-out predictions (article id → target id → label) of every pair of `sets`.
/// The IDF table is counted once over all texts (it uses no labels).
pub fn cross_validate(
    data: &TrainingData,
    params: &TrainParams,
    sets: &[&str],
    folds: usize,
) -> crate::eval::Predictions {
    cross_validate_salted(data, params, sets, folds, "")
}

/// [`cross_validate`] over the partition of [`salted_fold_of`] with `salt`.
pub fn cross_validate_salted(
    data: &TrainingData,
    params: &TrainParams,
    sets: &[&str],
    folds: usize,
    salt: &str,
) -> crate::eval::Predictions {
    let Prepared {
        idf_file,
        stems,
        vocabulary,
        features,
        labels,
    } = prepare(data, params);
    let held = |i: usize, f: usize| {
        let p = &data.pairs[i];
        sets.contains(&p.set.as_str()) && salted_fold_of(salt, &p.group, folds) == f
    };
    let mut preds = crate::eval::Predictions::new();
    for f in 0..folds {
        let (relatedness, stance) = fit(&vocabulary, &features, &labels, |i| !held(i, f), params);
        let model = crate::model::StanceModel::from_file(ModelFile {
            format: FORMAT.to_string(),
            description: String::new(),
            idf: idf_file.clone(),
            vocabulary: stems.clone(),
            relatedness,
            stance,
        })
        .expect("a freshly trained model is consistent");
        for (i, p) in data.pairs.iter().enumerate() {
            if held(i, f) && !p.synthetic {
                let j = model.judge_features(features[i].clone());
                let label = crate::eval::label_name(j.label).to_string();
                preds
                    .entry(p.id.clone())
                    .or_default()
                    .insert(p.target.clone(), label);
            }
        }
    }
    preds
}

/// The contents of the standard training files under `shared/data/stance` (read by the
/// caller): FNC-1 train without the dev bodies, Emergent train and GWSD non-test.
#[derive(Debug, Clone, Copy)]
pub struct StandardFiles<'a> {
    /// `fnc1/train_bodies.csv`.
    pub fnc1_bodies: &'a str,
    /// `fnc1/train_stances.csv`.
    pub fnc1_stances: &'a str,
    /// `fnc1/dev_body_ids.txt`: the dev split's body ids, left out of training.
    pub fnc1_dev_body_ids: &'a str,
    /// `emergent/emergent-train.articles.jsonl`.
    pub emergent_articles: &'a str,
    /// `emergent/emergent-train.gold.jsonl`.
    pub emergent_gold: &'a str,
    /// `gwsd/gwsd-train.articles.jsonl`.
    pub gwsd_articles: &'a str,
    /// `gwsd/gwsd-train.gold.jsonl`.
    pub gwsd_gold: &'a str,
}

impl<'a> StandardFiles<'a> {
    /// The files' contents in [`STANDARD_PATHS`] order (as [`StandardFiles::read_contents`]
    /// returns them).
    pub fn from_contents(contents: &'a [String; 7]) -> Self {
        let [fnc1_bodies, fnc1_stances, fnc1_dev_body_ids, emergent_articles, emergent_gold, gwsd_articles, gwsd_gold] =
            contents;
        StandardFiles {
            fnc1_bodies,
            fnc1_stances,
            fnc1_dev_body_ids,
            emergent_articles,
            emergent_gold,
            gwsd_articles,
            gwsd_gold,
        }
    }

    /// Reads the standard files from the data folder (`shared/data/stance`), in
    /// [`STANDARD_PATHS`] order; the error names the file that could not be read.
    pub fn read_contents(dir: &std::path::Path) -> Result<[String; 7], String> {
        let mut contents: [String; 7] = Default::default();
        for (slot, path) in contents.iter_mut().zip(STANDARD_PATHS) {
            let full = dir.join(path);
            *slot = std::fs::read_to_string(&full)
                .map_err(|e| format!("cannot read {}: {e}", full.display()))?;
        }
        Ok(contents)
    }
}

/// The standard sets' paths relative to the data folder, in [`StandardFiles`] order.
pub const STANDARD_PATHS: [&str; 7] = [
    "fnc1/train_bodies.csv",
    "fnc1/train_stances.csv",
    "fnc1/dev_body_ids.txt",
    "emergent/emergent-train.articles.jsonl",
    "emergent/emergent-train.gold.jsonl",
    "gwsd/gwsd-train.articles.jsonl",
    "gwsd/gwsd-train.gold.jsonl",
];

impl TrainingData {
    /// Adds the standard training mix: FNC-1 train pairs except the dev split's bodies,
    /// Emergent train with as many synthetic unrelated pairs, and GWSD non-test.
    /// Returns one line per set saying how many pairs it gave.
    pub fn add_standard(&mut self, files: &StandardFiles) -> Result<Vec<String>, String> {
        let dev: HashSet<u32> = files
            .fnc1_dev_body_ids
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect();
        let mut log = Vec::new();
        let n = self.add_fnc1("fnc1-train", files.fnc1_bodies, files.fnc1_stances, &dev)?;
        log.push(format!(
            "fnc1-train: {n} pairs ({} dev bodies left out)",
            dev.len()
        ));
        let n = self.add_jsonl(files.emergent_articles, files.emergent_gold)?;
        let s = self.add_synthetic_unrelated("emergent-train");
        log.push(format!(
            "emergent-train: {n} pairs (+{s} synthetic unrelated)"
        ));
        let n = self.add_jsonl(files.gwsd_articles, files.gwsd_gold)?;
        log.push(format!("gwsd-train: {n} pairs"));
        Ok(log)
    }
}

/// The standard description written into a model trained on the standard mix.
pub const STANDARD_DESCRIPTION: &str = "Trained by `newslens train stance` on FNC-1 train without the dev split's 337 bodies (40,350 pairs), Emergent train (2,071 pairs + as many synthetic unrelated pairs) and GWSD non-test (1,850 labelled sentences; neutral ones train neither stage).";

#[cfg(test)]
mod tests {
    use super::*;

    /// A few hand-written pairs in the newslens input + gold form.
    fn tiny() -> TrainingData {
        let claims = [
            ("c1", "A shark swam down a flooded highway"),
            ("c2", "The mayor will resign next week"),
        ];
        let texts = [
            (
                "c1",
                "agree",
                "A shark swam down the flooded highway, officials confirmed.",
            ),
            (
                "c1",
                "disagree",
                "The highway shark photo is a hoax and was doctored.",
            ),
            (
                "c1",
                "discuss",
                "A shark reportedly swam down a highway, according to posts.",
            ),
            (
                "c2",
                "agree",
                "The mayor confirmed she will resign next week.",
            ),
            (
                "c2",
                "disagree",
                "The mayor denied reports she will resign; the rumor is false.",
            ),
            (
                "c2",
                "discuss",
                "The mayor may resign next week, sources claim.",
            ),
        ];
        let mut articles = String::new();
        let mut gold = String::new();
        for (i, (claim, label, text)) in texts.iter().enumerate() {
            let claim_text = claims.iter().find(|c| c.0 == *claim).unwrap().1;
            articles.push_str(
                &serde_json::json!({"id": format!("p{i}"), "text": text,
                    "targets": [{"id": "claim", "text": claim_text}]})
                .to_string(),
            );
            articles.push('\n');
            gold.push_str(
                &serde_json::json!({"id": format!("p{i}"), "set": "tiny", "target": "claim",
                    "label": label, "claim_id": claim})
                .to_string(),
            );
            gold.push('\n');
        }
        let mut data = TrainingData::default();
        assert_eq!(data.add_jsonl(&articles, &gold).unwrap(), 6);
        assert_eq!(data.add_synthetic_unrelated("tiny"), 6);
        data
    }

    #[test]
    fn training_is_deterministic_and_loads_back() {
        let data = tiny();
        let params = TrainParams {
            vocabulary_min_df: 1,
            ..TrainParams::default()
        };
        let a = crate::model::to_json(&train(&data, &params, "tiny"));
        let b = crate::model::to_json(&train(&data, &params, "tiny"));
        assert_eq!(a, b);
        let model = crate::StanceModel::from_bytes(a.as_bytes()).unwrap();
        assert!(!model.vocabulary().is_empty());
        // Synthetic unrelated pairs pair a text with the other claim.
        let synthetic: Vec<&LabelledPair> = data.pairs.iter().filter(|p| p.synthetic).collect();
        assert!(synthetic
            .iter()
            .all(|p| p.label == Label::Unrelated && !data.texts[p.text].is_empty()));
        assert!(synthetic.iter().all(|p| {
            let own = data
                .pairs
                .iter()
                .find(|o| !o.synthetic && o.text == p.text)
                .unwrap();
            own.claim != p.claim
        }));
    }

    #[test]
    fn bad_rows_are_reported() {
        let mut data = TrainingData::default();
        let e = data
            .add_jsonl(
                "{\"id\": \"a\", \"text\": \"x\"}",
                "{\"id\": \"a\", \"label\": \"maybe\"}",
            )
            .unwrap_err();
        assert!(e.contains("unknown label"), "{e}");
        let e = data
            .add_jsonl(
                "{\"id\": \"a\", \"text\": \"x\"}",
                "{\"id\": \"b\", \"label\": \"agree\"}",
            )
            .unwrap_err();
        assert!(e.contains("no article with id `b`"), "{e}");
        let e = data
            .add_fnc1(
                "f",
                "Body ID,articleBody\n1,text\n",
                "Headline,Body ID,Stance\nh,2,agree\n",
                &HashSet::new(),
            )
            .unwrap_err();
        assert!(e.contains("unknown Body ID 2"), "{e}");
    }
}
