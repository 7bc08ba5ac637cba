//! PolNeAR dev figures stay at or above their measured level (reads
//! `../shared/data/quotes/polnear/dev`; skips with a message when it is absent).

use newslens_core::{Analyzer, Article, Document, Options};
use newslens_entities::EntitiesAnalyzer;
use newslens_quote::eval::score::{score, Mode};
use newslens_quote::eval::{brat, quotes_of_output, DocQuotes};
use newslens_quote::{PartsMode, QuoteAnalyzer};
use std::collections::HashMap;
use std::path::PathBuf;

#[test]
fn polnear_dev_figures() {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/quotes/polnear/dev");
    let Ok(entries) = std::fs::read_dir(dir.join("text")) else {
        eprintln!("skipped: PolNeAR dev not found at {}", dir.display());
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    let mut anns: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    anns.sort();
    let ents = EntitiesAnalyzer::create(Options::empty("entities")).unwrap();
    let quote = QuoteAnalyzer::new(PartsMode::Join, true);
    let mut gold = Vec::new();
    let mut pred: HashMap<String, DocQuotes> = HashMap::new();
    for name in names.iter().filter(|n| n.ends_with(".txt")) {
        let stem = name.trim_end_matches(".txt");
        let text = std::fs::read_to_string(dir.join("text").join(name)).unwrap();
        let ann_name = anns
            .iter()
            .find(|a| a.rsplit_once('_').is_some_and(|(s, _)| s == stem));
        let Some(ann_name) = ann_name else { continue };
        let ann = std::fs::read_to_string(dir.join("attributions").join(ann_name)).unwrap();
        gold.push((stem.to_string(), brat::polnear_quotes(&text, &ann).unwrap()));
        let doc = Document::new(Article::new(stem, text));
        let e = ents.entities(&doc);
        pred.insert(
            stem.to_string(),
            Some(quotes_of_output(&quote.quotes(&doc, &e))),
        );
    }
    let all = score(&gold, &pred, Mode::default());
    let direct = score(
        &gold,
        &pred,
        Mode {
            direct_only: true,
            split_parts: false,
        },
    );
    eprintln!("{}\n{}", all.summary(), direct.summary());
    assert!(all.content_overlap.prf().2 >= 70.0, "{}", all.to_text());
    assert!(all.content_exact.prf().2 >= 58.0, "{}", all.to_text());
    assert!(
        all.attribution_acc().unwrap_or(0.0) >= 90.0,
        "{}",
        all.to_text()
    );
    assert!(
        direct.content_overlap.prf().2 >= 92.0,
        "{}",
        direct.to_text()
    );
}
