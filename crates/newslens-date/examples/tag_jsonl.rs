//! Tags a JSON Lines file of articles (the contract's input form: `id`, `text`,
//! optional `published`) and writes contract output lines (`id`, `analyzers.date`).
//!
//! ```sh
//! python3 ../shared/eval/dates/tml_to_articles.py ../shared/data/dates/tbaq/TimeBank > tb.jsonl
//! cargo run --release -p newslens-date --example tag_jsonl -- tb.jsonl > tb.out.jsonl
//! python3 ../shared/eval/dates/score.py --gold ../shared/data/dates/tbaq/TimeBank --pred tb.out.jsonl
//! ```

use newslens_core::{Analyzer, Article, Document, Options, Published};
use newslens_date::DateAnalyzer;
use std::io::{BufRead, BufWriter, Write};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: tag_jsonl ARTICLES.jsonl");
    let file = std::fs::File::open(&path).expect("cannot open the articles file");
    let analyzer = DateAnalyzer::create(Options::empty("date")).expect("default options");
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("read error");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("not JSON");
        let id = v["id"].as_str().unwrap_or("").to_string();
        let mut article = Article::new(id.clone(), v["text"].as_str().unwrap_or(""));
        article.published = v["published"]
            .as_str()
            .and_then(|p| Published::parse(p).ok());
        let doc = Document::new(article);
        let date = analyzer.analyze_document(&doc);
        let record = serde_json::json!({"id": id, "analyzers": {"date": date}});
        writeln!(out, "{record}").expect("write error");
    }
}
