//! `newslens train quote`: fits the quote analyzer's learned cue model on a PolNeAR split
//! (train) and writes `crates/newslens-quote/data/cue_model.bin`.
//!
//! ```sh
//! newslens train quote --polnear ../shared/data/quotes/polnear/train \
//!     --out crates/newslens-quote/data/cue_model.bin
//! ```

use crate::eval::quote::read_polnear;
use anyhow::{Context, Result};
use newslens_quote::train::{examples, score, train, TrainParams};
use std::path::PathBuf;

/// Arguments of `newslens train quote`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A PolNeAR split folder (text/*.txt + attributions/*.ann; first annotator per article).
    #[arg(long, value_name = "DIR")]
    pub polnear: PathBuf,
    /// Where to write the model file.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "crates/newslens-quote/data/cue_model.bin"
    )]
    pub out: PathBuf,
    /// Passes over the examples.
    #[arg(long, default_value_t = TrainParams::default().epochs)]
    pub epochs: usize,
    /// The logit above which a word is taken as a cue (written into the file).
    #[arg(long, default_value_t = TrainParams::default().threshold)]
    pub threshold: f32,
}

/// Trains and writes the model.
pub fn run(args: &Args) -> Result<()> {
    let mut data = Vec::new();
    let articles = read_polnear(&args.polnear)?;
    for (id, text, gold) in &articles {
        data.extend(examples(id, text, gold));
    }
    let positives = data.iter().filter(|e| e.cue).count();
    eprintln!(
        "{} articles, {} candidate words, {} inside gold cues",
        articles.len(),
        data.len(),
        positives
    );
    let params = TrainParams {
        epochs: args.epochs,
        threshold: args.threshold,
        ..TrainParams::default()
    };
    let model = train(&data, params);
    let (p, r, f) = score(&model, &data);
    eprintln!(
        "on the training words: P {p:.1} R {r:.1} F1 {f:.1} at logit {}",
        model.threshold
    );
    std::fs::write(&args.out, model.to_bytes())
        .with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!("wrote {}", args.out.display());
    Ok(())
}
