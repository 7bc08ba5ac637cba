//! Prints the forms the inflection step adds to the lexicon (word, valence), for review.
use newslens_sentiment::lexicon::Lexicon;
fn main() {
    let base = Lexicon::builtin(true);
    let mut full = base.clone();
    full.add_inflections();
    let mut added: Vec<(String, f32)> = full
        .entries()
        .filter(|(w, _)| base.get(std::str::from_utf8(w).unwrap_or("")).is_none())
        .map(|(w, v)| (String::from_utf8_lossy(w).into_owned(), v))
        .collect();
    added.sort_by(|a, b| a.0.cmp(&b.0));
    for (w, v) in added {
        println!("{w}\t{v}");
    }
}
