//! A read-only hash table for short words, for the lexicon lookup made on every token
//! ([`crate::cues::entry`]). Each key is packed into two integers and its length, so a
//! lookup hashes and compares machine words: no byte-wise hash, no string comparison.

/// The longest key, in bytes (the longest cue form or function word is shorter).
pub const MAX_KEY: usize = 16;

/// A key of at most [`MAX_KEY`] bytes packed into integers. With the length known,
/// the (possibly overlapping) first and last bytes read as integers determine it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
    /// The length in bytes; 0 marks an empty slot.
    len: u64,
}

impl Key {
    /// The key of `s`, if it is 1 to [`MAX_KEY`] bytes long.
    #[inline]
    fn of(s: &str) -> Option<Key> {
        let b = s.as_bytes();
        let n = b.len();
        let le8 = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().expect("8 bytes"));
        let le4 =
            |k: usize| u64::from(u32::from_le_bytes(b[k..k + 4].try_into().expect("4 bytes")));
        let (lo, hi) = match n {
            0 | 17.. => return None,
            8.. => (le8(0), le8(n - 8)),
            4.. => (le4(0) | le4(n - 4) << 32, 0),
            _ => (b.iter().rev().fold(0, |acc, &c| acc << 8 | u64::from(c)), 0),
        };
        Some(Key {
            lo,
            hi,
            len: n as u64,
        })
    }

    /// The slot to start probing at, in a table of `1 << (64 - shift)` slots.
    #[inline]
    fn slot(self, shift: u32) -> usize {
        let h = (self.lo ^ self.hi.rotate_left(29) ^ self.len).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> shift) as usize
    }
}

/// A read-only map from short words to values, open addressing, built once.
#[derive(Debug)]
pub struct WordTable<V> {
    keys: Vec<Key>,
    values: Vec<V>,
    /// `64 - log2(slots)`: a hash's top bits pick the slot.
    shift: u32,
}

impl<V: Copy + Default> WordTable<V> {
    /// A table of `entries`; a later duplicate key is ignored.
    ///
    /// Panics on an empty key or one longer than [`MAX_KEY`] bytes.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>) -> Self {
        let entries: Vec<(&str, V)> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(8);
        let shift = 64 - size.trailing_zeros();
        let empty = Key {
            lo: 0,
            hi: 0,
            len: 0,
        };
        let mut keys = vec![empty; size];
        let mut values = vec![V::default(); size];
        for (word, v) in entries {
            let key =
                Key::of(word).unwrap_or_else(|| panic!("{word:?}: keys are 1 to {MAX_KEY} bytes"));
            let mut i = key.slot(shift);
            while keys[i].len != 0 && keys[i] != key {
                i = (i + 1) & (size - 1);
            }
            if keys[i].len == 0 {
                keys[i] = key;
                values[i] = v;
            }
        }
        WordTable {
            keys,
            values,
            shift,
        }
    }

    /// The value of `word`, if present.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        let key = Key::of(word)?;
        let mask = self.keys.len() - 1;
        let mut i = key.slot(self.shift);
        loop {
            let k = self.keys[i];
            // (an empty slot's length, 0, is no key's)
            if k == key {
                return Some(self.values[i]);
            }
            if k.len == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_no_other() {
        let words = [
            "a",
            "of",
            "say",
            "said",
            "says",
            "saying",
            "acknowledging",
            "emphatically",
            "acknowledged",
            "sixteen-letters!",
        ];
        let table = WordTable::new(words.iter().enumerate().map(|(k, w)| (*w, k + 1)));
        for (k, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(k + 1), "{w}");
        }
        for w in [
            "",
            "b",
            "sa",
            "sai",
            "sayings",
            "acknowledginG",
            "seventeen-letters",
            "ñ",
        ] {
            assert_eq!(table.get(w), None, "{w}");
        }
    }

    #[test]
    fn first_duplicate_wins() {
        let table = WordTable::new([("worry", 1), ("worry", 2)]);
        assert_eq!(table.get("worry"), Some(1));
    }
}
