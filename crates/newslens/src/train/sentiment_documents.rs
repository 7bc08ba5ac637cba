//! `newslens train sentiment-documents`: fits the sentiment analyzer's document
//! calibration on rated snippet sets (default nyt-dev) and writes it as TSV (the shipped
//! file is `crates/newslens-sentiment/data/document_model.tsv`). Prints the out-of-fold
//! figures of every training set (k-fold cross-validation, duplicate texts in one fold)
//! and the figures of the other sets, which it never trains on. Deterministic.

use anyhow::{Context, Result};
use newslens_core::output::sentiment::Polarity;
use newslens_sentiment::analyzer::Settings;
use newslens_sentiment::document_model::{DocumentModel, DocumentTrainConfig};
use newslens_sentiment::training::{
    cross_validated_figures, document_figures, document_set, train_document_model, DocumentSet,
};
use newslens_sentiment::SentimentAnalyzer;
use std::path::PathBuf;

/// Arguments of `newslens train sentiment-documents`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder holding the `<set>.articles.jsonl` / `.gold.jsonl` snippet sets.
    #[arg(long, default_value = "../shared/data/sentiment/articles")]
    pub data: PathBuf,
    /// Where to write the model.
    #[arg(
        long,
        default_value = "crates/newslens-sentiment/data/document_model.tsv"
    )]
    pub out: PathBuf,
    /// Sets to train on (their figures are out-of-fold).
    #[arg(long, value_delimiter = ',', default_value = "nyt-dev")]
    pub train: Vec<String>,
    /// Sets only evaluated (held out).
    #[arg(long, value_delimiter = ',', default_value = "tweets,movie,amazon")]
    pub eval: Vec<String>,
    /// L2 penalty per example (the shipped model's is the default).
    #[arg(long)]
    pub l2: Option<f64>,
    /// Do not weight classes inversely to their frequency.
    #[arg(long)]
    pub unbalanced: bool,
    /// Least number of training documents a word needs to get weights (0: no word
    /// weights; the shipped model's is the default).
    #[arg(long)]
    pub min_docs: Option<usize>,
    /// L2 penalty per example on the word weights (the shipped model's is the default).
    #[arg(long)]
    pub word_l2: Option<f64>,
}

/// Runs the training.
pub fn run(args: &Args) -> Result<()> {
    let mut config = DocumentTrainConfig::default();
    if let Some(l2) = args.l2 {
        config.l2 = l2;
    }
    config.balance &= !args.unbalanced;
    if let Some(k) = args.min_docs {
        config.min_docs = k;
    }
    if let Some(l2) = args.word_l2 {
        config.word_l2 = l2;
    }
    let settings = Settings {
        document_model: false,
        ..Settings::default()
    };
    let rules = SentimentAnalyzer::new(settings);
    let load = |set: &str| -> Result<DocumentSet> {
        let read = |kind: &str| {
            let path = args.data.join(format!("{set}.{kind}.jsonl"));
            std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))
        };
        document_set(&rules, &read("articles")?, &read("gold")?, config.folds)
            .map_err(|e| anyhow::anyhow!(e))
    };
    let train_sets = args
        .train
        .iter()
        .map(|s| load(s))
        .collect::<Result<Vec<_>>>()?;
    let eval_sets = args
        .eval
        .iter()
        .filter(|s| !s.is_empty() && !args.train.contains(s))
        .map(|s| load(s))
        .collect::<Result<Vec<_>>>()?;
    let mut figures = Vec::new();
    let mut report = |line: String| -> Result<()> {
        crate::outln!("{line}")?;
        figures.push(line);
        Ok(())
    };
    report("rules alone (document_model = false):".into())?;
    for set in train_sets.iter().chain(&eval_sets) {
        let polarities: Vec<_> = set
            .examples
            .iter()
            .map(|e| Polarity {
                score: e.features[1],
                label: settings.thresholds.label(e.features[1]),
            })
            .collect();
        report(format!(
            "  {}",
            document_figures(set, &polarities).summary()
        ))?;
    }
    report(format!(
        "calibrated, out-of-fold ({}-fold cross-validation of each training set, the other \
         training sets in every fold's training data):",
        config.folds
    ))?;
    let refs: Vec<&DocumentSet> = train_sets.iter().collect();
    for index in 0..refs.len() {
        let figures = cross_validated_figures(&refs, index, &config);
        report(format!("  {}", figures.summary()))?;
    }
    let draft = train_document_model(&refs, &config).to_tsv("");
    // Figures of the file as written (weights rounded).
    let model = DocumentModel::parse(&draft).map_err(|e| anyhow::anyhow!(e))?;
    let score = |set: &DocumentSet| {
        let polarities: Vec<_> = set
            .examples
            .iter()
            .map(|e| model.example_polarity(e))
            .collect();
        document_figures(set, &polarities).summary()
    };
    report("calibrated, the model trained on all the training sets:".into())?;
    for set in &train_sets {
        report(format!("  {} (trained on: in-sample)", score(set)))?;
    }
    for set in &eval_sets {
        report(format!("  {} (held out)", score(set)))?;
    }
    let header = format!(
        "newslens sentiment document calibration: three-class logistic regression over the\n\
         rule pass's document features (context_polarity and context_neutrality: the mean over\n\
         the document's words of the target model's word weights, positive minus negative and\n\
         neutral minus the mean of the others, times 4) and, when min_docs > 0, over the words\n\
         of at least min_docs training documents (a word counts once per document), written\n\
         by `newslens train sentiment-documents --train {}` (deterministic: Newton's method,\n\
         each step solved by conjugate gradients; folds by a hash of the text; the vocabulary\n\
         of each fold's model is taken from its training documents only).\n\
         {config:?}\n\
         score = rule_share * rule score + (1 - rule_share) * (P(positive) - P(negative));\n\
         label = the most probable class, neutral when the score points the other way.\n\
         Weights per feature (and word): negative, neutral (reference, 0), positive.\n\
         Figures (neutral band 0.2):\n{}",
        args.train.join(","),
        figures.join("\n")
    );
    std::fs::write(&args.out, model.to_tsv(&header))
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    crate::outln!("wrote {}", args.out.display())?;
    Ok(())
}
