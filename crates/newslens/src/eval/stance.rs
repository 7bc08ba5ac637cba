//! `newslens eval stance`: the figures of `shared/eval/stance/score.py` for the stance
//! analyzer — FNC-1 dev split (held out from training), Emergent and GWSD (k-fold
//! cross-validation by claim, since both are in the training mix), or your own pairs.

use anyhow::{bail, Context, Result};
use newslens_stance::eval::{label_articles, parse_articles, parse_gold, score, Report};
use newslens_stance::train::{cross_validate, StandardFiles, TrainParams, TrainingData};
use newslens_stance::{StanceAnalyzer, StanceModel};
use std::path::{Path, PathBuf};

/// Arguments of `newslens eval stance`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The stance data folder (`shared/data/stance`).
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Which sets: fnc1-dev, emergent, gwsd (default: all three).
    #[arg(long = "set", value_name = "SET", value_parser = ["fnc1-dev", "emergent", "gwsd"])]
    pub sets: Vec<String>,
    /// A model file to evaluate instead of the shipped one (FNC-1 dev and --pairs).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Folds of the cross-validation by claim for Emergent and GWSD.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// Score the model as it is on Emergent/GWSD instead of cross-validating (these are
    /// training-set figures, not held out).
    #[arg(long)]
    pub no_cv: bool,
    /// Your own pairs: a newslens input file and its gold file (as score.py reads them).
    #[arg(long, num_args = 2, value_names = ["ARTICLES", "GOLD"])]
    pub pairs: Vec<PathBuf>,
    /// Print each report as one JSON object.
    #[arg(long)]
    pub json: bool,
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

fn print(report: &Report, note: &str, json: bool) -> std::io::Result<()> {
    if json {
        let mut v = serde_json::to_value(report).unwrap_or_default();
        v["note"] = serde_json::Value::from(note);
        crate::outln!("{v}")
    } else {
        crate::out!("({note})\n{}", report.to_text())
    }
}

fn analyzer(args: &Args) -> Result<StanceAnalyzer> {
    let model = match &args.model {
        None => StanceModel::default_model(),
        Some(p) => StanceModel::from_bytes(
            &std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
        )
        .map_err(anyhow::Error::msg)
        .with_context(|| format!("{}", p.display()))?,
    };
    Ok(StanceAnalyzer::with_model(model, &[], 3, false))
}

fn score_files(analyzer: &StanceAnalyzer, articles: &Path, gold: &Path) -> Result<Report> {
    let articles = parse_articles(&read(articles)?).map_err(anyhow::Error::msg)?;
    let gold = parse_gold(&read(gold)?).map_err(anyhow::Error::msg)?;
    let preds = label_articles(analyzer, articles).map_err(anyhow::Error::msg)?;
    Ok(score(&gold, &preds, None))
}

/// Runs the evaluations asked for.
pub fn run(args: &Args) -> Result<()> {
    if args.data.is_none() && args.pairs.is_empty() {
        bail!("give --data DIR (shared/data/stance) and/or --pairs ARTICLES GOLD");
    }
    let analyzer = analyzer(args)?;
    if let [articles, gold] = args.pairs.as_slice() {
        let r = score_files(&analyzer, articles, gold)?;
        print(&r, &format!("{}", gold.display()), args.json)?;
    }
    let Some(dir) = &args.data else {
        return Ok(());
    };
    let want = |s: &str| args.sets.is_empty() || args.sets.iter().any(|x| x == s);
    if want("fnc1-dev") {
        let r = score_files(
            &analyzer,
            &dir.join("fnc1/fnc1-dev.articles.jsonl"),
            &dir.join("fnc1/fnc1-dev.gold.jsonl"),
        )?;
        print(
            &r,
            "FNC-1 dev split: 337 bodies never seen in training",
            args.json,
        )?;
    }
    let claim_sets: Vec<(&str, &str)> = [("emergent", "emergent-train"), ("gwsd", "gwsd-train")]
        .into_iter()
        .filter(|(s, _)| want(s))
        .collect();
    if claim_sets.is_empty() {
        return Ok(());
    }
    if args.no_cv {
        for (sub, set) in &claim_sets {
            let r = score_files(
                &analyzer,
                &dir.join(format!("{sub}/{set}.articles.jsonl")),
                &dir.join(format!("{sub}/{set}.gold.jsonl")),
            )?;
            print(
                &r,
                "training-set figure: this set is in the training mix",
                args.json,
            )?;
        }
        return Ok(());
    }
    let f = StandardFiles::read_contents(dir).map_err(anyhow::Error::msg)?;
    let files = StandardFiles::from_contents(&f);
    let mut data = TrainingData::default();
    data.add_standard(&files).map_err(anyhow::Error::msg)?;
    let sets: Vec<&str> = claim_sets.iter().map(|(_, s)| *s).collect();
    let preds = cross_validate(&data, &TrainParams::default(), &sets, args.folds);
    for (sub, set) in &claim_sets {
        let gold = parse_gold(&read(&dir.join(format!("{sub}/{set}.gold.jsonl")))?)
            .map_err(anyhow::Error::msg)?;
        let r = score(&gold, &preds, None);
        let note = format!(
            "{}-fold cross-validation by claim: each pair labelled by a model trained without its claim's fold",
            args.folds
        );
        print(&r, &note, args.json)?;
    }
    Ok(())
}
