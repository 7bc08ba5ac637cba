//! A read-mostly hash table keyed by term hashes: the word lists, the IDF table and the
//! vocabulary are each looked up once per word of every text.
//!
//! The keys already are 64-bit hashes (FNV-1a), so one multiplication spreads them over
//! the slots (FNV-1a's top bits alone hardly depend on a word's last byte) and a lookup is
//! a load and a comparison or two (linear probing in a table at most half full); a general
//! hash map costs about twice that per word.

/// The multiplier (2⁶⁴ / golden ratio) that spreads a key's bits into the top ones.
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// A hash table from term hashes (`u64`) to small `Copy` values.
#[derive(Debug, Clone, PartialEq)]
pub struct TermTable<V> {
    /// Per slot: its key, or 0 when empty.
    keys: Vec<u64>,
    /// Per slot: its value (`V::default()` when empty).
    values: Vec<V>,
    /// `64 - log2(keys.len())`: the top bits of a key times [`SPREAD`] pick its first slot.
    shift: u32,
    /// Number of keys.
    len: usize,
    /// The value of key 0, which cannot mark a slot (0 marks an empty one).
    zero: Option<V>,
}

impl<V: Copy + Default> Default for TermTable<V> {
    fn default() -> Self {
        TermTable::with_capacity(0)
    }
}

impl<V: Copy + Default> TermTable<V> {
    /// An empty table with room for `n` keys before it grows.
    pub fn with_capacity(n: usize) -> Self {
        let size = (2 * n).next_power_of_two().max(16);
        TermTable {
            keys: vec![0; size],
            values: vec![V::default(); size],
            shift: 64 - size.trailing_zeros(),
            len: 0,
            zero: None,
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.len + usize::from(self.zero.is_some())
    }

    /// Whether the table has no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The slot holding `key` (not 0), or the empty slot where it would go.
    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        let mask = self.keys.len() - 1;
        let mut i = (key.wrapping_mul(SPREAD) >> self.shift) as usize;
        loop {
            let k = self.keys[i];
            if k == key || k == 0 {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `key`, if present.
    #[inline(always)]
    pub fn get(&self, key: u64) -> Option<V> {
        if key == 0 {
            return self.zero;
        }
        let i = self.slot(key);
        (self.keys[i] != 0).then(|| self.values[i])
    }

    /// The value of `key`, added as `V::default()` if absent.
    pub fn entry(&mut self, key: u64) -> &mut V {
        if key == 0 {
            return self.zero.get_or_insert_with(V::default);
        }
        let mut i = self.slot(key);
        if self.keys[i] == 0 {
            if 2 * (self.len + 1) > self.keys.len() {
                self.grow();
                i = self.slot(key);
            }
            self.keys[i] = key;
            self.len += 1;
        }
        &mut self.values[i]
    }

    /// Sets the value of `key` (replacing any earlier one).
    pub fn insert(&mut self, key: u64, value: V) {
        *self.entry(key) = value;
    }

    /// Doubles the slots and places every key again.
    fn grow(&mut self) {
        let mut bigger = TermTable::with_capacity(self.keys.len());
        for (&k, &v) in self.keys.iter().zip(&self.values) {
            if k != 0 {
                let i = bigger.slot(k);
                bigger.keys[i] = k;
                bigger.values[i] = v;
            }
        }
        bigger.len = self.len;
        bigger.zero = self.zero;
        *self = bigger;
    }
}

impl<V: Copy + Default> FromIterator<(u64, V)> for TermTable<V> {
    /// A table of the pairs; of a repeated key, the last value is kept.
    fn from_iter<I: IntoIterator<Item = (u64, V)>>(pairs: I) -> Self {
        let pairs = pairs.into_iter();
        let mut table = TermTable::with_capacity(pairs.size_hint().0);
        for (k, v) in pairs {
            table.insert(k, v);
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::fnv1a;

    #[test]
    fn finds_what_was_put_in() {
        let mut t: TermTable<u32> = TermTable::default();
        for i in 0..1000u32 {
            t.insert(fnv1a(format!("w{i}").as_bytes()), i);
        }
        t.insert(0, 7);
        *t.entry(fnv1a(b"w3")) |= 1 << 20;
        assert_eq!(t.len(), 1001);
        assert_eq!(t.get(fnv1a(b"w999")), Some(999));
        assert_eq!(t.get(fnv1a(b"w3")), Some(3 | 1 << 20));
        assert_eq!(t.get(0), Some(7));
        assert_eq!(t.get(fnv1a(b"absent")), None);
        let collected: TermTable<u32> = [(5, 1), (6, 2), (5, 3)].into_iter().collect();
        assert_eq!((collected.get(5), collected.len()), (Some(3), 2));
    }
}
