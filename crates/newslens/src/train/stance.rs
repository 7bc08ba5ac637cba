//! `newslens train stance`: trains the stance model on the standard sets and/or your own
//! labelled pairs, and writes the model file that `[analyzers.stance] model = "…"` reads.

use anyhow::{bail, Context, Result};
use newslens_stance::model::to_json;
use newslens_stance::train::{
    train, StandardFiles, TrainParams, TrainingData, STANDARD_DESCRIPTION,
};
use std::path::{Path, PathBuf};

/// Arguments of `newslens train stance`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The stance data folder (`shared/data/stance`): trains on FNC-1 train without the dev
    /// split, Emergent train and GWSD non-test.
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Your own labelled pairs: a newslens input file (JSON Lines, with `title` or `targets`)
    /// and a gold file of `{"id", "target", "label"}` lines; repeatable.
    #[arg(long, num_args = 2, value_names = ["ARTICLES", "GOLD"], action = clap::ArgAction::Append)]
    pub pairs: Vec<PathBuf>,
    /// Where to write the model file (JSON).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// Trains and writes the model.
pub fn run(args: &Args) -> Result<()> {
    if args.data.is_none() && args.pairs.is_empty() {
        bail!("give --data DIR (the standard sets) and/or --pairs ARTICLES GOLD");
    }
    let mut data = TrainingData::default();
    let mut description = String::new();
    if let Some(dir) = &args.data {
        let f = StandardFiles::read_contents(dir).map_err(anyhow::Error::msg)?;
        let files = StandardFiles::from_contents(&f);
        for line in data.add_standard(&files).map_err(anyhow::Error::msg)? {
            eprintln!("{line}");
        }
        description.push_str(STANDARD_DESCRIPTION);
    }
    for pair in args.pairs.chunks(2) {
        let n = data
            .add_jsonl(&read(&pair[0])?, &read(&pair[1])?)
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("in {} / {}", pair[0].display(), pair[1].display()))?;
        eprintln!("{}: {n} pairs", pair[1].display());
        description.push_str(&format!(" Pairs from {}: {n}.", pair[1].display()));
    }
    let start = std::time::Instant::now();
    let model = train(&data, &TrainParams::default(), description.trim());
    std::fs::write(&args.out, to_json(&model))
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "trained on {} pairs in {:.1}s -> {}",
        data.pairs.len(),
        start.elapsed().as_secs_f64(),
        args.out.display()
    );
    Ok(())
}
