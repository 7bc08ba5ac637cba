//! Prints the forms the inflection step adds to the lexicon (word, valence), for review.
use newslens_sentiment::vocabulary::{Vocabulary, VocabularyConfig};
fn main() {
    let config = |inflections| VocabularyConfig {
        news_lexicon: true,
        news_neutral: false,
        inflections,
        shifters: false,
    };
    let base = Vocabulary::new(config(false));
    let full = Vocabulary::new(config(true));
    let mut added: Vec<(String, f32)> = full
        .valences()
        .map(|(w, v)| (String::from_utf8_lossy(w).into_owned(), v))
        .filter(|(w, _)| base.get(w).valence.is_none())
        .collect();
    added.sort_by(|a, b| a.0.cmp(&b.0));
    for (w, v) in added {
        println!("{w}\t{v}");
    }
}
