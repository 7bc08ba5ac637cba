//! The one hash table from words to values that the analyzers' lexicons share.
//!
//! [`WordTable`] is built by insertion (and may be changed while it is built), takes keys
//! of any length (single words or multi-word phrases) and is read on every token, so a
//! lookup costs one hash of 8-byte words, usually one probe, and a comparison of the key's
//! first eight bytes as one number. [`WordSet`] is a set of words on top of it, with a
//! cheap prefilter for the small closed word lists most tokens are not in.

/// The multiplier of the FxHash-style mixing in [`hash_key`].
pub const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// An open-addressing hash table from byte strings (usually lower-case words) to `V`.
///
/// The keys live in one buffer (no allocation per word); each slot holds its entry's hash
/// tag and index; entries keep their insertion order ([`WordTable::iter`]).
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    /// Per slot: 0 when empty, else the hash's low 32 bits above the entry index plus one.
    slots: Vec<u64>,
    /// `64 - log2(slots.len())`: a hash's top bits pick its first slot.
    shift: u32,
    entries: Vec<Entry<V>>,
    /// The keys' bytes, one after the other.
    keys: Vec<u8>,
}

/// One key of a [`WordTable`] and its value.
#[derive(Debug, Clone)]
struct Entry<V> {
    /// The key's first (up to) eight bytes, zero-padded, little-endian ([`head_of`]).
    head: u64,
    /// Where the key starts in [`WordTable::keys`].
    start: u32,
    /// The key's length.
    len: u32,
    value: V,
}

/// The 1–7 bytes of `rest` as a little-endian word padded with zeros, read in two
/// overlapping loads (of four bytes, or of single bytes for 1–3) instead of byte by byte.
#[inline]
pub fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let low = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let high = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        // The loads overlap on equal bytes, so OR-ing them rebuilds the word exactly.
        u64::from(low) | (u64::from(high) << (8 * (n - 4)))
    } else {
        u64::from(rest[0])
            | (u64::from(rest[n / 2]) << (8 * (n / 2)))
            | (u64::from(rest[n - 1]) << (8 * (n - 1)))
    }
}

/// The first (up to) eight bytes of `key` as a zero-padded little-endian number: the
/// number a lookup starts from ([`WordTable::get_with_head`]).
#[inline]
pub fn head_of(key: &[u8]) -> u64 {
    match key.len() {
        0 => 0,
        1..=7 => tail_word(key),
        _ => u64::from_le_bytes([
            key[0], key[1], key[2], key[3], key[4], key[5], key[6], key[7],
        ]),
    }
}

/// FxHash-style mixing of the key's 8-byte words (`head`, its [`head_of`], being the first).
#[inline]
pub fn hash_key(head: u64, key: &[u8]) -> u64 {
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(SEED);
    let mut h = mix(0, head);
    if key.len() > 8 {
        let mut chunks = key[8..].chunks_exact(8);
        for chunk in &mut chunks {
            h = mix(h, u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            h = mix(h, tail_word(rest));
        }
    }
    h
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable::with_capacity(0)
    }
}

impl<V> WordTable<V> {
    /// An empty table with room for `n` keys before it grows.
    pub fn with_capacity(n: usize) -> Self {
        let size = (2 * n).next_power_of_two().max(16);
        WordTable {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            entries: Vec::with_capacity(n),
            keys: Vec::with_capacity(8 * n),
        }
    }

    /// A table of `entries`; a later duplicate of a key is ignored.
    pub fn from_entries<K: AsRef<[u8]>>(entries: impl IntoIterator<Item = (K, V)>) -> Self {
        let entries = entries.into_iter();
        let mut table = WordTable::with_capacity(entries.size_hint().0);
        for (key, value) in entries {
            table.insert_if_absent(key.as_ref(), value);
        }
        table
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table has no key.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys and values, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.entries.iter().map(|e| (self.key(e), &e.value))
    }

    /// The bytes of entry `e`'s key.
    fn key(&self, e: &Entry<V>) -> &[u8] {
        &self.keys[e.start as usize..(e.start + e.len) as usize]
    }

    /// The slot holding `key` (head `head`), or the empty slot where it would go:
    /// `((slot, entry index), hash)`.
    #[inline(always)]
    fn find_hashed(&self, head: u64, key: &[u8]) -> ((usize, Option<usize>), u64) {
        let h = hash_key(head, key);
        let tag = h & 0xffff_ffff;
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return ((i, None), h);
            }
            if slot >> 32 == tag {
                let index = (slot & 0xffff_ffff) as usize - 1;
                let e = &self.entries[index];
                if e.head == head
                    && e.len as usize == key.len()
                    && (key.len() <= 8
                        || self.keys[e.start as usize + 8..e.start as usize + key.len()]
                            == key[8..])
                {
                    return ((i, Some(index)), h);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `key`, if present.
    #[inline(always)]
    pub fn get(&self, key: &[u8]) -> Option<&V> {
        self.get_with_head(head_of(key), key)
    }

    /// [`WordTable::get`] with the key's [`head_of`] already computed (a caller that tests
    /// the head, say for plain ASCII, need not compute it twice).
    ///
    /// Always inlined: the lookup made on every token costs a call more otherwise (8 M
    /// instructions per 2,000 Reuters articles in sentiment alone).
    #[inline(always)]
    pub fn get_with_head(&self, head: u64, key: &[u8]) -> Option<&V> {
        let ((_, index), _) = self.find_hashed(head, key);
        index.map(|i| &self.entries[i].value)
    }

    /// Whether `key` is present.
    #[inline]
    pub fn contains(&self, key: &[u8]) -> bool {
        self.get(key).is_some()
    }

    /// The index of `key`'s entry (its rank in insertion order), if present.
    pub fn index_of(&self, key: &[u8]) -> Option<usize> {
        let ((_, index), _) = self.find_hashed(head_of(key), key);
        index
    }

    /// The value of entry `i` ([`WordTable::index_of`]), to change.
    pub fn value_mut(&mut self, i: usize) -> &mut V {
        &mut self.entries[i].value
    }

    /// The value of `key`, added as `V::default()` if absent.
    pub fn entry(&mut self, key: &[u8]) -> &mut V
    where
        V: Default,
    {
        let head = head_of(key);
        let index = match self.find_hashed(head, key) {
            ((_, Some(index)), _) => index,
            ((slot, None), h) => self.insert_at(slot, h, head, key, V::default()),
        };
        &mut self.entries[index].value
    }

    /// Adds `key` with `value` unless it is present; returns whether it was added.
    pub fn insert_if_absent(&mut self, key: &[u8], value: V) -> bool {
        self.insert_with(key, || value)
    }

    /// Adds `key` with the value `make` returns unless it is present (`make` is only
    /// called then); returns whether it was added.
    pub fn insert_with(&mut self, key: &[u8], make: impl FnOnce() -> V) -> bool {
        let head = head_of(key);
        match self.find_hashed(head, key) {
            ((slot, None), h) => {
                self.insert_at(slot, h, head, key, make());
                true
            }
            _ => false,
        }
    }

    /// Adds `key` (hash `h`, head `head`) at the empty `slot` found for it; returns its
    /// entry index.
    fn insert_at(&mut self, slot: usize, h: u64, head: u64, key: &[u8], value: V) -> usize {
        let index = self.entries.len();
        let start = u32::try_from(self.keys.len()).expect("keys fit in 4 GiB");
        self.slots[slot] = (h << 32) | (index as u64 + 1);
        self.entries.push(Entry {
            head,
            start,
            len: key.len() as u32,
            value,
        });
        self.keys.extend_from_slice(key);
        if 2 * self.entries.len() > self.slots.len() {
            self.grow();
        }
        index
    }

    /// Doubles the slots and places every entry again.
    fn grow(&mut self) {
        let size = 2 * self.slots.len();
        self.slots = vec![0; size];
        self.shift = 64 - size.trailing_zeros();
        let mask = size - 1;
        for (index, e) in self.entries.iter().enumerate() {
            let h = hash_key(e.head, self.key(e));
            let mut i = (h >> self.shift) as usize;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = (h << 32) | (index as u64 + 1);
        }
    }
}

/// Words of a [`WordSet`]'s signature bit set (1,024 bits).
const SIGNATURE_WORDS: usize = 16;

/// The bit of `key` in a [`WordSet`]'s signature set: a mix of its length, first and last
/// byte.
#[inline]
fn signature(key: &[u8]) -> usize {
    let (first, last) = match (key.first(), key.last()) {
        (Some(&f), Some(&l)) => (f as usize, l as usize),
        _ => (0, 0),
    };
    (first.wrapping_mul(31) ^ last.wrapping_mul(7) ^ key.len().wrapping_mul(151))
        % (SIGNATURE_WORDS * 64)
}

/// A [`WordTable`] behind a prefilter, for the small closed lists (titles, prepositions,
/// place names) that most tokens are not in: a key is first checked against a bit set of
/// the (length, first byte, last byte) signatures of the keys, which turns most absent
/// words away for a few instructions, before it is hashed.
#[derive(Debug, Clone)]
pub struct FilteredTable<V> {
    table: WordTable<V>,
    signatures: [u64; SIGNATURE_WORDS],
}

impl<V> FilteredTable<V> {
    /// A table of `entries`; a later duplicate of a key is ignored.
    pub fn from_entries<K: AsRef<[u8]>>(entries: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut signatures = [0u64; SIGNATURE_WORDS];
        let table = WordTable::from_entries(entries.into_iter().inspect(|(key, _)| {
            let bit = signature(key.as_ref());
            signatures[bit / 64] |= 1 << (bit % 64);
        }));
        FilteredTable { table, signatures }
    }

    /// The value of `key`, if present.
    ///
    /// Inlined: the signature test that turns most words away costs fewer instructions
    /// than a call; only the words it lets through pay for a call to the probe.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<&V> {
        let bit = signature(key);
        if self.signatures[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.probe(key)
    }

    /// The value of `key`, looked up in the table.
    #[inline(never)]
    fn probe(&self, key: &[u8]) -> Option<&V> {
        self.table.get(key)
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the table has no key.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}

/// A set of lower-case words or phrases: a [`FilteredTable`] without values.
#[derive(Debug, Clone)]
pub struct WordSet(FilteredTable<()>);

impl WordSet {
    /// A set of `words`.
    pub fn new<K: AsRef<[u8]>>(words: impl IntoIterator<Item = K>) -> Self {
        WordSet(FilteredTable::from_entries(
            words.into_iter().map(|w| (w, ())),
        ))
    }

    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word.as_bytes()).is_some()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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
            "seventeen-letters",
            "north korea",
            "democratic people's republic of korea",
        ];
        let table = WordTable::from_entries(words.iter().enumerate().map(|(k, w)| (*w, k + 1)));
        assert_eq!(table.len(), words.len());
        for (k, w) in words.iter().enumerate() {
            assert_eq!(table.get(w.as_bytes()), Some(&(k + 1)), "{w}");
            assert_eq!(table.index_of(w.as_bytes()), Some(k), "{w}");
        }
        for w in [
            "",
            "b",
            "sa",
            "sai",
            "sayings",
            "acknowledginG",
            "seventeen-letterz",
            "north",
            "north koreas",
            "ñ",
        ] {
            assert_eq!(table.get(w.as_bytes()), None, "{w}");
        }
    }

    #[test]
    fn first_duplicate_wins() {
        let table = WordTable::from_entries([("worry", 1), ("worry", 2)]);
        assert_eq!(table.get(b"worry"), Some(&1));
        assert_eq!(table.len(), 1);
    }

    #[test]
    fn grows_and_keeps_insertion_order() {
        let mut table = WordTable::default();
        for i in 0..1000 {
            *table.entry(format!("w{i}").as_bytes()) = i;
        }
        assert!(!table.insert_if_absent(b"w7", 0));
        assert!(table.insert_if_absent(b"w1000", 1000));
        *table.entry(b"w3") += 10_000;
        assert!((0..=1000).all(|i| {
            let expected = if i == 3 { 10_003 } else { i };
            table.get(format!("w{i}").as_bytes()) == Some(&expected)
        }));
        assert_eq!(table.get(b"w1001"), None);
        let keys: Vec<String> = table
            .iter()
            .map(|(k, _)| String::from_utf8(k.to_vec()).unwrap())
            .collect();
        assert_eq!(keys.len(), 1001);
        assert!(keys.iter().enumerate().all(|(i, k)| *k == format!("w{i}")));
        let i = table.index_of(b"w5").expect("w5");
        *table.value_mut(i) = 0;
        assert_eq!(table.get(b"w5"), Some(&0));
    }

    #[test]
    fn heads_and_tail_words() {
        let bytes = *b"abcdefgh";
        for n in 1..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(padded), "{n}");
            assert_eq!(head_of(&bytes[..n]), u64::from_le_bytes(padded), "{n}");
        }
        assert_eq!(head_of(b""), 0);
        assert_eq!(head_of(b"abcdefghij"), u64::from_le_bytes(bytes));
    }

    #[test]
    fn word_sets() {
        let set = WordSet::new(["north korea", "council", "a"]);
        assert!(set.contains("north korea") && set.contains("council") && set.contains("a"));
        assert!(!set.contains("north") && !set.contains("") && !set.contains("councils"));
        assert_eq!(set.len(), 3);
        let t = FilteredTable::from_entries((0..1000).map(|i| (format!("w{i}"), i)));
        assert!((0..1000).all(|i| t.get(format!("w{i}").as_bytes()) == Some(&i)));
        assert_eq!(t.get(b"w1000"), None);
    }
}
