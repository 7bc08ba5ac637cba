//! `keywords`: a newslens plugin that tags an article with topics and lists its most
//! frequent content words.
//!
//! Topics come from the options: each topic is a list of terms (a word, a phrase, or a
//! word ending in `*` for any word starting so). Every match is reported with its span
//! in code points, so a newsroom can check why an article got a tag.
//!
//! ```toml
//! [analyzers.keywords]
//! plugin = "target/release/libkeywords.so"
//! topics = { nuclear = ["nuclear", "warhead*", "denucleari*"], diplomacy = ["summit", "talks"] }
//! keywords = 10
//! ```

mod stopwords;
mod topics;

use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use topics::{TopicMatcher, TopicResult};

/// The keyword and topic tagger.
pub struct Keywords {
    topics: TopicMatcher,
    min_matches: usize,
    keywords: usize,
    min_length: usize,
    stopwords: HashSet<String>,
}

/// One frequent word.
#[derive(Debug, Serialize)]
struct Keyword {
    /// The word, lower-cased.
    term: String,
    /// How often it occurs.
    count: usize,
    /// Code point offset of its first occurrence.
    first: usize,
}

/// The output.
#[derive(Debug, Serialize)]
struct KeywordsOutput {
    topics: Vec<TopicResult>,
    keywords: Vec<Keyword>,
    words: usize,
}

impl Analyzer for Keywords {
    fn info() -> AnalyzerInfo {
        AnalyzerInfo::new(
            "keywords",
            env!("CARGO_PKG_VERSION"),
            "Topic tags from configured term lists, with every match, and the most frequent content words",
        )
        .option(OptionSpec::new(
            "topics",
            json!({}),
            "topic name -> list of terms: words, phrases, or `word*` for a prefix",
        ))
        .option(OptionSpec::new(
            "min_matches",
            1,
            "matches a topic needs to be reported",
        ))
        .option(OptionSpec::new(
            "keywords",
            10,
            "how many frequent words to list (0 for none)",
        ))
        .option(OptionSpec::new(
            "min_length",
            3,
            "shortest word (in characters) counted as a keyword",
        ))
        .option(OptionSpec::new(
            "case_sensitive",
            false,
            "match topic terms with their exact case",
        ))
        .option(OptionSpec::new(
            "stopwords",
            json!([]),
            "extra words never listed as keywords",
        ))
    }

    fn create(mut options: Options) -> Result<Self, ConfigError> {
        let info = Self::info();
        let case_sensitive = options.bool("case_sensitive", false)?;
        let topics = match options.raw("topics").cloned() {
            None => TopicMatcher::new(&[], case_sensitive),
            Some(Value::Object(map)) => {
                let mut lists = Vec::new();
                for (topic, terms) in map {
                    let terms: Option<Vec<String>> = terms.as_array().and_then(|items| {
                        items.iter().map(|t| t.as_str().map(str::to_string)).collect()
                    });
                    let terms = terms.filter(|t| !t.is_empty()).ok_or_else(|| {
                        ConfigError::option(
                            "keywords",
                            "topics",
                            format!("topic `{topic}` needs a non-empty list of terms, e.g. {topic} = [\"term\", \"prefix*\"]"),
                        )
                    })?;
                    lists.push((topic, terms));
                }
                TopicMatcher::new(&lists, case_sensitive)
            }
            Some(other) => {
                return Err(ConfigError::option(
                    "keywords",
                    "topics",
                    format!("expected a table of topic = [terms], found {other}"),
                ))
            }
        }
        .map_err(|message| ConfigError::option("keywords", "topics", message))?;
        let min_matches = options.u64_in("min_matches", 1, 1..=1_000_000)? as usize;
        let keywords = options.u64_in("keywords", 10, 0..=10_000)? as usize;
        let min_length = options.u64_in("min_length", 3, 1..=100)? as usize;
        let mut stopwords: HashSet<String> =
            stopwords::ENGLISH.iter().map(|s| s.to_string()).collect();
        stopwords.extend(
            options
                .string_list("stopwords")?
                .into_iter()
                .map(|s| s.to_lowercase()),
        );
        options.finish(info.option_keys())?;
        Ok(Keywords {
            topics,
            min_matches,
            keywords,
            min_length,
            stopwords,
        })
    }

    fn analyze(&self, doc: &Document, _prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        let mut topics = self.topics.find(doc);
        topics.retain(|t| t.count >= self.min_matches);
        let (keywords, words) = self.frequent_words(doc);
        let output = KeywordsOutput {
            topics,
            keywords,
            words,
        };
        serde_json::to_value(output)
            .map(AnalyzerOutput::Custom)
            .map_err(|e| AnalyzerError::Failed(e.to_string()))
    }
}

impl Keywords {
    /// The most frequent content words (count, then first occurrence) and the word count.
    fn frequent_words(&self, doc: &Document) -> (Vec<Keyword>, usize) {
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut words = 0;
        for (i, token) in doc.tokens().iter().enumerate() {
            if token.kind != newslens_core::text::TokenKind::Word {
                continue;
            }
            words += 1;
            let lower = doc.token_lower(i);
            if lower.chars().count() < self.min_length
                || lower.chars().all(|c| c.is_ascii_digit())
                || self.stopwords.contains(lower)
            {
                continue;
            }
            counts.entry(lower).or_insert((0, i)).0 += 1;
        }
        let mut ranked: Vec<(&str, usize, usize)> = counts
            .into_iter()
            .map(|(w, (c, first))| (w, c, first))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        ranked.truncate(self.keywords);
        let keywords = ranked
            .into_iter()
            .map(|(term, count, first)| Keyword {
                term: term.to_string(),
                count,
                first: doc.char_offset(doc.tokens()[first].span.start()),
            })
            .collect();
        (keywords, words)
    }
}

newslens_plugin::export_analyzer!(Keywords);

#[cfg(test)]
mod tests {
    use super::*;
    use newslens_core::Article;

    fn keywords(options: Value) -> Result<Keywords, ConfigError> {
        Keywords::create(Options::new(
            "keywords",
            options.as_object().unwrap().clone(),
        ))
    }

    fn run(options: Value, text: &str) -> Value {
        let k = keywords(options).unwrap();
        let doc = Document::new(Article::new("t", text));
        match Analyzer::analyze(&k, &doc, &Outputs::new()).unwrap() {
            AnalyzerOutput::Custom(v) => v,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn topics_report_every_match_in_code_points() {
        let text = "Kim’s nuclear warheads: the nuclear talks stalled. Sanctions stay.";
        let out = run(
            json!({"topics": {"nuclear": ["nuclear", "warhead*"], "diplomacy": ["nuclear talks", "summit"],
                              "economy": ["sanction*"]}}),
            text,
        );
        let chars: Vec<char> = text.chars().collect();
        let topics = out["topics"].as_array().unwrap();
        let names: Vec<&str> = topics.iter().map(|t| t["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["nuclear", "diplomacy", "economy"]);
        assert_eq!(topics[0]["count"], 3);
        for topic in topics {
            for m in topic["matches"].as_array().unwrap() {
                let (s, e) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                let piece: String = chars[s..e].iter().collect();
                assert_eq!(piece, m["text"].as_str().unwrap());
            }
        }
        assert_eq!(topics[1]["matches"][0]["text"], "nuclear talks");
        assert_eq!(topics[2]["matches"][0]["text"], "Sanctions");
        assert_eq!(
            topics[0]["terms"],
            json!([{"term": "nuclear", "count": 2}, {"term": "warhead*", "count": 1}])
        );
    }

    #[test]
    fn case_and_thresholds() {
        let text = "Apple sells apples. An apple a day.";
        let sensitive = run(
            json!({"topics": {"company": ["Apple"]}, "case_sensitive": true}),
            text,
        );
        assert_eq!(sensitive["topics"][0]["count"], 1);
        let insensitive = run(json!({"topics": {"company": ["Apple"]}}), text);
        assert_eq!(insensitive["topics"][0]["count"], 2);
        let strict = run(
            json!({"topics": {"company": ["Apple"]}, "min_matches": 3}),
            text,
        );
        assert_eq!(strict["topics"], json!([]));
    }

    #[test]
    fn keywords_skip_stopwords_and_rank_by_count() {
        let out = run(
            json!({"keywords": 2, "stopwords": ["Talks"]}),
            "The talks on sanctions. Sanctions hurt. The sanctions talks and Kim, Kim.",
        );
        assert_eq!(
            out["keywords"],
            json!([{"term": "sanctions", "count": 3, "first": 13}, {"term": "kim", "count": 2, "first": 64}])
        );
        assert_eq!(out["words"], 12);
    }

    #[test]
    fn bad_options_name_the_key() {
        let cases = [
            (json!({"topics": ["a"]}), "topics"),
            (json!({"topics": {"a": []}}), "topics"),
            (json!({"topics": {"a": [1]}}), "topics"),
            (json!({"topics": {"a": ["*"]}}), "topics"),
            (json!({"keywords": -1}), "keywords"),
            (json!({"topic": {}}), "topic"),
        ];
        for (options, key) in cases {
            let err = keywords(options.clone())
                .err()
                .unwrap_or_else(|| panic!("{options} accepted"));
            assert_eq!(err.key.as_deref(), Some(key), "{err}");
        }
        let err = keywords(json!({"topic": {}})).err().unwrap();
        assert!(err.message.contains("did you mean `topics`"), "{err}");
    }
}
