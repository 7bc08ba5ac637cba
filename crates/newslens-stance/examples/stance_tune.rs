//! Development harness: for each variant of the training settings given on the command
//! line, the Emergent and GWSD 5-fold cross-validated macro-F1 and the FNC-1 dev figures of
//! a model trained on the standard mix (never on FNC-1 dev).
//!
//! ```sh
//! cargo run --release -p newslens-stance --example stance_tune -- DATA_DIR [VARIANT...]
//! ```
//!
//! A variant is a comma-separated list of `key=value` (`default` for none): `l2`, `rl2`
//! (L2 of stage 2 / stage 1), `ep`, `rep` (epochs), `avg`, `ravg` (first averaged epoch),
//! `lr`, `seed`, `cw` (class-weight power), `vmax`, `vdf` (vocabulary size and minimum
//! claim count), `pfx` (0/1: word families in the vocabulary). The Emergent figure is given for the standard partition of the claims
//! into folds and, with `SALTS=a,b,c`, for other partitions too, with the mean: a
//! difference smaller than the spread between partitions is not a finding. `NO_FNC=1` skips FNC-1 dev; `ERRORS=FILE` writes the Emergent pairs
//! the first variant gets wrong (standard partition).

use newslens_stance::eval::{label_articles, parse_articles, parse_gold, score, Report};
use newslens_stance::train::{
    cross_validate_salted, train, StandardFiles, TrainParams, TrainingData,
};
use newslens_stance::{StanceAnalyzer, StanceModel};
use std::path::PathBuf;

fn variant(spec: &str) -> TrainParams {
    let mut p = TrainParams::default();
    for kv in spec.split(',').filter(|s| !s.is_empty() && *s != "default") {
        let (k, v) = kv.split_once('=').expect("key=value");
        let f: f32 = v.parse().expect("a number");
        match k {
            "l2" => p.stance.l2 = f,
            "rl2" => p.related.l2 = f,
            "ep" => p.stance.epochs = f as usize,
            "rep" => p.related.epochs = f as usize,
            "avg" => p.stance.average_from = f as usize,
            "ravg" => p.related.average_from = f as usize,
            "lr" => p.stance.learning_rate = f,
            "seed" => p.stance.seed = f as u64,
            "cw" => p.class_weight_power = f,
            "vmax" => p.vocabulary_max = f as usize,
            "vdf" => p.vocabulary_min_df = f as usize,
            "pfx" => p.vocabulary_prefixes = f > 0.0,
            _ => panic!("unknown key {k}"),
        }
    }
    p
}

fn per_class(r: &Report) -> String {
    r.per_class
        .iter()
        .map(|c| format!("{:.3}", c.f1))
        .collect::<Vec<_>>()
        .join("/")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("DATA_DIR"));
    let mut specs: Vec<String> = args.collect();
    if specs.is_empty() {
        specs.push("default".into());
    }
    let salts: Vec<String> = std::env::var("SALTS")
        .map(|s| s.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let read = |p: &str| std::fs::read_to_string(dir.join(p)).unwrap();
    let f = StandardFiles::read_contents(&dir).unwrap();
    let files = StandardFiles::from_contents(&f);
    let mut data = TrainingData::default();
    data.add_standard(&files).unwrap();
    let em_gold = parse_gold(&f[4]).unwrap();
    let gw_gold = parse_gold(&f[6]).unwrap();
    let dev_articles = read("fnc1/fnc1-dev.articles.jsonl");
    let dev_gold = parse_gold(&read("fnc1/fnc1-dev.gold.jsonl")).unwrap();
    let sets = ["emergent-train", "gwsd-train"];
    for (n, spec) in specs.iter().enumerate() {
        let params = variant(spec);
        let preds = cross_validate_salted(&data, &params, &sets, 5, "");
        let em = score(&em_gold, &preds, None);
        let gw = score(&gw_gold, &preds, None);
        if let (0, Ok(path)) = (n, std::env::var("ERRORS")) {
            let mut out = String::new();
            for p in data.pairs.iter().filter(|p| p.set == "emergent-train") {
                let got = preds
                    .get(&p.id)
                    .and_then(|t| t.get(&p.target))
                    .map_or("-", String::as_str);
                let gold = format!("{:?}", p.label).to_lowercase();
                if got != gold && !p.synthetic {
                    out.push_str(&format!(
                        "{gold}\t{got}\t{}\t{}\n",
                        data.texts[p.text], p.claim
                    ));
                }
            }
            std::fs::write(path, out).unwrap();
        }
        let mut others = Vec::new();
        for salt in &salts {
            let preds = cross_validate_salted(&data, &params, &sets, 5, salt);
            others.push(score(&em_gold, &preds, None).macro_f1);
        }
        let spread = if others.is_empty() {
            String::new()
        } else {
            let all: Vec<f64> = std::iter::once(em.macro_f1).chain(others).collect();
            let mean = all.iter().sum::<f64>() / all.len() as f64;
            let list: Vec<String> = all.iter().map(|v| format!("{v:.4}")).collect();
            format!(" [{}] mean {mean:.4}", list.join(" "))
        };
        let fnc = if std::env::var("NO_FNC").is_ok() {
            String::new()
        } else {
            let model = StanceModel::from_file(train(&data, &params, "")).unwrap();
            let analyzer = StanceAnalyzer::with_model(model, &[], 3, false);
            let preds = label_articles(&analyzer, parse_articles(&dev_articles).unwrap()).unwrap();
            let r = score(&dev_gold, &preds, None);
            format!(
                " | fnc {:.2} F1m {:.3} dis {:.3}",
                r.fnc_percent.unwrap_or(0.0),
                r.macro_f1,
                r.per_class[1].f1
            )
        };
        println!(
            "{spec:<28} em {:.4} ({}) acc {:.3}{spread} | gwsd {:.3}{fnc}",
            em.macro_f1,
            per_class(&em),
            em.accuracy,
            gw.macro_f1
        );
    }
}
