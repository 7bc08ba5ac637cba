//! `newslens eval quote`: runs entities + quote over a gold set and prints the measures of
//! `../shared/eval/quotes/score.py` (the scoring itself lives in `newslens_quote::eval`).
//!
//! ```sh
//! newslens eval quote --polnear ../shared/data/quotes/polnear/dev [--split-parts] [--direct-only]
//! newslens eval quote --gold ../shared/gold/nk-denuclearization.quote.json --articles ../shared/articles
//! newslens eval quote --gold gold.jsonl --pred out.jsonl
//! ```

use crate::read::{parse_item, InputArg, InputWalker};
use anyhow::{bail, Context, Result};
use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::eval::score::{score, Mode, Report};
use newslens_quote::eval::{
    brat, parse_records, quotes_of_output, quotes_of_record, DocQuotes, EvalQuote,
};
use newslens_quote::{PartsMode, QuoteAnalyzer};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Options of `newslens eval quote`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A PolNeAR split folder (text/*.txt + attributions/*.ann; first annotator per article).
    #[arg(long, conflicts_with = "gold")]
    pub polnear: Option<PathBuf>,
    /// Gold in the contract output shape (.json or .jsonl).
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Articles for --gold (files, folders or .jsonl), analyzed here.
    #[arg(long, requires = "gold")]
    pub articles: Vec<PathBuf>,
    /// Score this output (.jsonl) instead of running the analyzers.
    #[arg(long, requires = "gold", conflicts_with = "articles")]
    pub pred: Option<PathBuf>,
    /// Keep only direct quotes on both sides.
    #[arg(long)]
    pub direct_only: bool,
    /// Score each piece of a discontinuous content as its own quote (and run the analyzer
    /// with parts = "split"; otherwise PolNeAR is scored with parts = "join").
    #[arg(long)]
    pub split_parts: bool,
    /// Print one JSON object instead of the text report.
    #[arg(long)]
    pub json: bool,
    /// Run the analyzer without its learned cue model (`learned_cues = false`).
    #[arg(long)]
    pub no_learned_cues: bool,
    /// Use this cue model file (written by `newslens train quote`) instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    pub cue_model: Option<PathBuf>,
    /// Override the learned cue model's threshold (a logit), for tuning on dev.
    #[arg(long, value_name = "LOGIT")]
    pub cue_threshold: Option<f32>,
}

/// Runs the evaluation and prints the report.
pub fn run(args: &Args) -> Result<()> {
    let mode = Mode {
        direct_only: args.direct_only,
        split_parts: args.split_parts,
    };
    let report = if let Some(dir) = &args.polnear {
        let parts = if args.split_parts {
            PartsMode::Split
        } else {
            PartsMode::Join
        };
        eval_polnear(dir, &Pipeline::new(parts, args)?, mode)?
    } else if let Some(gold) = &args.gold {
        let gold_raw =
            std::fs::read_to_string(gold).with_context(|| format!("reading {}", gold.display()))?;
        if let Some(pred) = &args.pred {
            let pred_raw = std::fs::read_to_string(pred)
                .with_context(|| format!("reading {}", pred.display()))?;
            newslens_quote::eval::score::score_texts(&gold_raw, &pred_raw, mode)
                .map_err(anyhow::Error::msg)?
        } else {
            if args.articles.is_empty() {
                bail!("--gold needs --articles (to analyze) or --pred (to score an output)");
            }
            // contract-shape gold follows the contract: one quote per contiguous span
            eval_gold(
                &gold_raw,
                &args.articles,
                &Pipeline::new(PartsMode::Split, args)?,
                mode,
            )?
        }
    } else {
        bail!("give --polnear DIR or --gold FILE");
    };
    if args.json {
        crate::outln!("{}", report.to_json())?;
    } else {
        crate::outln!("{}", report.to_text())?;
    }
    Ok(())
}

/// The analyzers, built once.
struct Pipeline {
    entities: EntitiesAnalyzer,
    quote: QuoteAnalyzer,
}

impl Pipeline {
    fn new(parts: PartsMode, args: &Args) -> Result<Self> {
        let mut quote = QuoteAnalyzer::new(parts, true);
        if args.no_learned_cues {
            quote = quote.without_cue_model();
        }
        if let Some(path) = &args.cue_model {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            let model = newslens_quote::cue_model::CueModel::from_bytes(&bytes)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            quote = quote.with_cue_model(model);
        }
        if let Some(th) = args.cue_threshold {
            quote = quote.with_cue_threshold(th);
        }
        Ok(Pipeline {
            entities: EntitiesAnalyzer::create(Options::empty("entities"))?,
            quote,
        })
    }
    fn quotes(&self, article: Article) -> Vec<EvalQuote> {
        let doc = Document::new(article);
        let ents = self.entities.entities(&doc);
        quotes_of_output(&self.quote.quotes(&doc, &ents))
    }
}

fn eval_polnear(dir: &Path, pipeline: &Pipeline, mode: Mode) -> Result<Report> {
    let mut gold = Vec::new();
    let mut pred: HashMap<String, DocQuotes> = HashMap::new();
    for (stem, text, quotes) in read_polnear(dir)? {
        gold.push((stem.clone(), quotes));
        pred.insert(
            stem.clone(),
            Some(pipeline.quotes(Article::new(stem, text))),
        );
    }
    Ok(score(&gold, &pred, mode))
}

/// The articles of a PolNeAR split folder in name order: (id, text, gold quotes of the
/// first annotator file in name order, as the converter takes them).
pub(crate) fn read_polnear(dir: &Path) -> Result<Vec<(String, String, Vec<EvalQuote>)>> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut anns: HashMap<String, Vec<String>> = HashMap::new();
    for e in
        std::fs::read_dir(&ann_dir).with_context(|| format!("reading {}", ann_dir.display()))?
    {
        let name = e?.file_name().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".ann") {
            let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a).to_string();
            anns.entry(article).or_default().push(name);
        }
    }
    let mut texts: Vec<String> = std::fs::read_dir(&text_dir)
        .with_context(|| format!("reading {}", text_dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    texts.sort();
    let mut out = Vec::new();
    for name in texts {
        let stem = name.trim_end_matches(".txt").to_string();
        let text = std::fs::read_to_string(text_dir.join(&name))?;
        // the first annotator file in name order, as the converter does
        let quotes = match anns.get_mut(&stem) {
            Some(files) => {
                files.sort();
                let ann = std::fs::read_to_string(ann_dir.join(&files[0]))?;
                brat::polnear_quotes(&text, &ann)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", files[0]))?
            }
            None => Vec::new(),
        };
        out.push((stem, text, quotes));
    }
    Ok(out)
}

fn eval_gold(
    gold_raw: &str,
    articles: &[PathBuf],
    pipeline: &Pipeline,
    mode: Mode,
) -> Result<Report> {
    let recs = parse_records(gold_raw).map_err(anyhow::Error::msg)?;
    let mut by_id: HashMap<String, Article> = HashMap::new();
    let walker = InputWalker::new(
        articles.iter().map(|p| InputArg::Path(p.clone())).collect(),
        crate::commands::run::DEFAULT_MAX_ARTICLE_BYTES,
    );
    for item in walker {
        let source = item.source.clone();
        let parsed = parse_item(item).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
        by_id.insert(parsed.article.id.clone(), parsed.article);
    }
    let mut gold = Vec::new();
    let mut pred: HashMap<String, DocQuotes> = HashMap::new();
    for (id, rec) in &recs {
        gold.push((id.clone(), quotes_of_record(rec).unwrap_or_default()));
        if let Some(article) = by_id.remove(id) {
            pred.insert(id.clone(), Some(pipeline.quotes(article)));
        }
    }
    Ok(score(&gold, &pred, mode))
}
