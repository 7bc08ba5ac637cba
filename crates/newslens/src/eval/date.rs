//! `newslens eval date --timeml DIR...`: runs the date analyzer on TimeML files (each
//! file's DCT as the reference date) and prints the TempEval-3 Task A timex figures
//! per folder and pooled. `--export DIR` also writes each document back as TimeML with
//! the analyzer's TIMEX3 tags; `--pred-out FILE` writes contract JSON Lines for
//! `../shared/eval/dates/score.py`; `--value-errors` lists the paired mentions whose value
//! differs from the gold, grouped by the shape of both values.

use anyhow::{bail, Context, Result};
use newslens_core::{Analyzer, Article, Document, Options, Published};
use newslens_date::eval::{
    group_value_errors, parse_timeml, score_document, value_errors, Counts, Scores, Timex,
    ValueError,
};
use newslens_date::{timeml, DateAnalyzer};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Options of `newslens eval date`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folders of gold TimeML `.tml` files (several are scored apart and pooled).
    #[arg(long, required = true, num_args = 1..)]
    pub timeml: Vec<PathBuf>,
    /// Write each document as TimeML with the predicted TIMEX3 tags into this folder.
    #[arg(long)]
    pub export: Option<PathBuf>,
    /// Write the predictions as contract JSON Lines (for score.py).
    #[arg(long)]
    pub pred_out: Option<PathBuf>,
    /// After the figures, list the value errors (paired mentions whose value differs from
    /// the gold) grouped by category: the gold and predicted type and value shape with
    /// digits masked (`DATE 9999-WXX <- DATE 9999-W99`), largest group first.
    #[arg(long)]
    pub value_errors: bool,
}

/// Prints the grouped value errors, one group header then one line per error.
fn print_value_errors(errors: Vec<(String, ValueError)>) -> std::io::Result<()> {
    let total = errors.len();
    let groups = group_value_errors(errors);
    crate::outln!("\nvalue errors: {total} in {} categories", groups.len())?;
    for (category, entries) in groups {
        crate::outln!("\n[{}] {category}", entries.len())?;
        for (doc, e) in entries {
            crate::outln!(
                "  {doc}\t{}-{}\tgold {:?} {}\tpred {:?} {}",
                e.gold.start,
                e.gold.end,
                e.gold_text,
                e.gold.value,
                e.pred_text,
                e.pred.value
            )?;
        }
    }
    Ok(())
}

fn tml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".tml") || name.ends_with(".tml.TE3input")
        })
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no .tml files in {}", dir.display());
    }
    Ok(files)
}

fn doc_id(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = name.as_str();
    for suffix in [".TE3input", ".tml", ".xml"] {
        id = id.strip_suffix(suffix).unwrap_or(id);
    }
    id.to_string()
}

/// Runs the evaluation and prints the figures.
pub fn run(args: &Args) -> Result<()> {
    let analyzer = DateAnalyzer::create(Options::empty("date"))?;
    if let Some(dir) = &args.export {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    }
    let mut pred_out = match &args.pred_out {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => None,
    };
    let mut pooled = Counts::default();
    let mut all_value_errors = Vec::new();
    let mut docs = 0;
    for dir in &args.timeml {
        let mut counts = Counts::default();
        let files = tml_files(dir)?;
        for path in &files {
            let raw = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let gold =
                parse_timeml(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let id = doc_id(path);
            let mut article = Article::new(id.clone(), gold.text.clone());
            article.published = gold.dct.as_deref().and_then(|d| Published::parse(d).ok());
            let doc = Document::new(article);
            let out = analyzer.analyze_document(&doc);
            let pred: Vec<Timex> = out
                .mentions
                .iter()
                .map(|m| Timex {
                    start: m.span.start,
                    end: m.span.end,
                    kind: serde_json::to_value(m.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    value: m.value.clone(),
                })
                .collect();
            counts.add(score_document(&gold.text, &gold.timexes, &pred));
            if args.value_errors {
                all_value_errors.extend(
                    value_errors(&gold.text, &gold.timexes, &pred)
                        .into_iter()
                        .map(|e| (id.clone(), e)),
                );
            }
            if let Some(dir) = &args.export {
                let tml =
                    timeml::to_timeml_document(doc.text(), gold.dct.as_deref(), &out.mentions);
                let target = dir.join(format!("{id}.tml"));
                std::fs::write(&target, tml)
                    .with_context(|| format!("cannot write {}", target.display()))?;
            }
            if let Some(w) = pred_out.as_mut() {
                let record = serde_json::json!({"id": id, "analyzers": {"date": out}});
                writeln!(w, "{record}")?;
            }
        }
        docs += files.len();
        pooled.add(counts);
        crate::outln!(
            "{}: {} ({} docs)",
            dir.display(),
            Scores::from_counts(counts),
            files.len()
        )?;
    }
    if args.timeml.len() > 1 {
        crate::outln!("pooled: {} ({docs} docs)", Scores::from_counts(pooled))?;
    }
    if args.value_errors {
        print_value_errors(all_value_errors)?;
    }
    if let Some(mut w) = pred_out {
        w.flush()?;
    }
    Ok(())
}
