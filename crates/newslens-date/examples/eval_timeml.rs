//! Scores the date analyzer on folders of TimeML files (TempEval-3 Task A timex
//! figures, the way `../shared/eval/dates/score.py` computes them), each file's DCT
//! as the reference date; prints per folder and pooled.
//!
//! ```sh
//! cargo run --release -p newslens-date --example eval_timeml -- \
//!     ../shared/data/dates/tbaq/TimeBank ../shared/data/dates/tbaq/AQUAINT
//! ```

use newslens_core::{Article, Document, Published};
use newslens_date::eval::{parse_timeml, score_document, Counts, Scores, Timex};
use newslens_date::DateAnalyzer;

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: eval_timeml DIR [DIR ...]");
        std::process::exit(2);
    }
    let analyzer = DateAnalyzer::with_defaults();
    let mut pooled = Counts::default();
    let mut docs = 0;
    for dir in &dirs {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("cannot read folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".tml"))
            .collect();
        files.sort();
        let mut counts = Counts::default();
        for path in &files {
            let raw = std::fs::read_to_string(path).expect("cannot read file");
            let gold = parse_timeml(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut article = Article::new(path.display().to_string(), gold.text.clone());
            article.published = gold.dct.as_deref().and_then(|d| Published::parse(d).ok());
            let doc = Document::new(article);
            let out = analyzer.analyze_document(&doc);
            let pred: Vec<Timex> = out
                .mentions
                .iter()
                .map(|m| Timex {
                    start: m.span.start,
                    end: m.span.end,
                    kind: format!("{:?}", m.kind).to_uppercase(),
                    value: m.value.clone(),
                })
                .collect();
            counts.add(score_document(&gold.text, &gold.timexes, &pred));
        }
        docs += files.len();
        pooled.add(counts);
        println!(
            "{dir}: {} ({} docs)",
            Scores::from_counts(counts),
            files.len()
        );
    }
    if dirs.len() > 1 {
        println!("pooled: {} ({docs} docs)", Scores::from_counts(pooled));
    }
}
