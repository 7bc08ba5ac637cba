//! Inverse document frequencies of stems, learned from the training texts and shipped
//! in the model file as readable `stem → idf` pairs.

use crate::terms::fnv1a;
use crate::termtable::TermTable;

/// An IDF table keyed by stem hash, with the IDF of an unseen stem as default.
#[derive(Debug, Clone)]
pub struct IdfTable {
    map: TermTable<f32>,
    default: f32,
}

impl IdfTable {
    /// A table from `(stem, idf)` pairs; `default` is used for stems not listed.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, f32)>, default: f32) -> Self {
        let map = entries
            .into_iter()
            .map(|(stem, idf)| (fnv1a(stem.as_bytes()), idf))
            .collect();
        IdfTable { map, default }
    }

    /// The smoothed IDF `ln((1 + docs) / (1 + df)) + 1` for a document frequency `df`.
    pub fn smoothed(docs: usize, df: usize) -> f32 {
        (((1 + docs) as f64 / (1 + df) as f64).ln() + 1.0) as f32
    }

    /// The IDF of the stem with hash `term`.
    pub fn get(&self, term: u64) -> f32 {
        self.map.get(term).unwrap_or(self.default)
    }

    /// The IDF given to stems that are not in the table.
    pub fn default_idf(&self) -> f32 {
        self.default
    }

    /// Number of listed stems.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether no stem is listed.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}
