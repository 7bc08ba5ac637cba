//! Throughput of the stance analyzer with five configured targets (and the article title),
//! on a folder of articles (`.txt`, optionally with a `---` front-matter block giving the
//! title), in MB of article text per CPU-second:
//!
//! ```sh
//! cargo run --release -p newslens-stance --example stance_bench -- ../shared/data/corpus/reuters21578
//! ```

use newslens_core::{Analyzer, Article, Document, Outputs, StanceTarget};
use newslens_stance::{StanceAnalyzer, StanceModel};
use std::path::PathBuf;
use std::time::Instant;

/// CPU time of this process (user + system), from /proc/self/stat (Linux; 10 ms ticks),
/// so that other work on a shared machine does not count.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// An article from a file's content: front matter (`title: …`) then the text.
fn article(content: &str) -> Article {
    let mut a = Article::new("bench", content);
    if let Some(rest) = content.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            a.text = rest[end + 5..].to_string();
            a.title = rest[..end]
                .lines()
                .find_map(|l| l.strip_prefix("title: "))
                .map(|v| v.trim_matches('"').to_string());
        }
    }
    a
}

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: stance_bench DIR");
        std::process::exit(2);
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let articles: Vec<Article> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|c| article(&c))
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;

    let targets: Vec<StanceTarget> = [
        (
            "oil",
            "OPEC will cut oil production to lift crude prices",
            &["opec", "crude oil"][..],
        ),
        (
            "rates",
            "The Federal Reserve will raise interest rates",
            &["fed", "interest rates"],
        ),
        (
            "trade",
            "Japan and the United States are heading for a trade war",
            &["tariffs", "trade war"],
        ),
        (
            "debt",
            "Brazil will default on its foreign debt",
            &["debt moratorium"],
        ),
        (
            "merger",
            "The merger will be blocked by regulators",
            &["antitrust", "takeover"],
        ),
    ]
    .into_iter()
    .map(|(id, text, kw)| StanceTarget {
        id: id.into(),
        text: text.into(),
        keywords: kw.iter().map(|k| k.to_string()).collect(),
    })
    .collect();
    let analyzer = StanceAnalyzer::with_model(StanceModel::default_model(), &targets, 3, true);

    let measure = |label: &str, docs: &[Document]| {
        let (t, c) = (Instant::now(), cpu_seconds());
        let mut related = 0usize;
        for d in docs {
            let out = analyzer
                .analyze(d, &Outputs::new())
                .expect("stance never fails");
            let out = out.as_stance().expect("a stance output");
            related += out.targets.iter().filter(|t| t.relatedness >= 0.5).count();
        }
        let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - c);
        println!(
            "{label}: {} articles, {mb:.1} MB: {:.1} MB/s per CPU-second ({:.1} MB/s wall); {related} related pairs",
            docs.len(),
            mb / cpu.max(1e-3),
            mb / secs
        );
    };
    let untitled: Vec<Document> = articles
        .iter()
        .map(|a| {
            Document::new(Article {
                title: None,
                ..a.clone()
            })
        })
        .collect();
    measure("stance, 5 configured targets", &untitled);
    drop(untitled);
    let titled: Vec<Document> = articles.iter().cloned().map(Document::new).collect();
    measure("stance, 5 configured targets + title", &titled);
    drop(titled);

    let (t, c) = (Instant::now(), cpu_seconds());
    for a in &articles {
        let d = Document::new(a.clone());
        analyzer
            .analyze(&d, &Outputs::new())
            .expect("stance never fails");
    }
    let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - c);
    println!(
        "Document::new + stance (5 targets + title): {:.1} MB/s per CPU-second ({:.1} MB/s wall)",
        mb / cpu.max(1e-3),
        mb / secs
    );
}
