//! Word lists and gazetteers: single words with classes (given names, organisation
//! suffixes, titles...) and multi-word names (organisations, places) matched over tokens.
//!
//! Matching works on token hashes (lowercase, folded), so a gazetteer name only matches
//! whole tokens ("NHS" never matches inside "NHS England"'s neighbour "NHSX", and
//! "Palantir" matches the "Palantir" of "Palantir’s"). The automaton is a hash trie over
//! token sequences: at each capitalised token it follows the longest path of known
//! prefixes, the token-level equivalent of Aho-Corasick's leftmost-longest search.

use super::features::{self, Sent, Tok, flag, key_hash, lower_hash, word_hash};
use crate::segment;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Bits of [`Tok::gaz`].
#[allow(missing_docs)]
pub(crate) mod bit {
    pub const CONNECTOR: u32 = 1;
    pub const ORG_SUFFIX: u32 = 1 << 1;
    pub const ORG_KEY: u32 = 1 << 2;
    pub const TITLE: u32 = 1 << 3;
    pub const GIVEN: u32 = 1 << 4;
    pub const DEMONYM: u32 = 1 << 5;
    pub const TIME: u32 = 1 << 6;
    pub const LOC_KEY: u32 = 1 << 7;
    pub const ROLE: u32 = 1 << 8;
    pub const FUNC: u32 = 1 << 9;
    pub const ROLE_MOD: u32 = 1 << 10;
    pub const DESCRIPTOR: u32 = 1 << 11;
    /// The first word of some gazetteer name.
    pub const PHRASE_START: u32 = 1 << 12;
    /// A geographic feature (River, Lake, Moor, Street): names with it are places.
    pub const LOC_HEAD: u32 = 1 << 13;
    /// The first word of some name the tagger was not trained with (a run-time entry:
    /// `data/organizations_more.tsv`, a user's gazetteer): no feature, so that such names
    /// change nothing but their own matches.
    pub const RUN_TIME_START: u32 = 1 << 14;
    /// Bits that make features of the token itself.
    pub const FEATURES: u32 = !RUN_TIME_START;
    /// Inside a known organisation name: begin, inside, last, unit.
    pub const ORG_B: u32 = 1 << 16;
    pub const ORG_I: u32 = 1 << 17;
    pub const ORG_L: u32 = 1 << 18;
    pub const ORG_U: u32 = 1 << 19;
    /// Inside a known place name.
    pub const LOC_B: u32 = 1 << 20;
    pub const LOC_I: u32 = 1 << 21;
    pub const LOC_L: u32 = 1 << 22;
    pub const LOC_U: u32 = 1 << 23;
    /// Classes that apply to words in lower case.
    pub const LOWER_CASE: u32 = CONNECTOR | FUNC | ROLE | ROLE_MOD | DESCRIPTOR;
    /// Bits that also make features of the neighbouring tokens.
    pub const CONTEXT: u32 = !(CONNECTOR | RUN_TIME_START);
}

/// Bits of [`Lexicon::common_filter`].
const COMMON_FILTER_BITS: usize = 8192;

/// The bit of a word in [`Lexicon::common_filter`].
#[inline]
fn common_bit(lower: u64) -> usize {
    (lower.wrapping_mul(0xA076_1D64_78BD_642F) >> 51) as usize
}

/// A hasher for keys that are already good hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = features::step(self.0, b as u64);
        }
    }
    #[inline]
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

/// A map keyed by precomputed hashes.
pub(crate) type HashMapU64<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// A read-only open-addressing table keyed by hashes, built from a map: faster and smaller
/// than a general map for the millions of lookups of tagging. Slots hold the low 32 bits
/// of the key (the slot comes from the high bits) next to the value, so a lookup reads
/// one cache line, and two keys are confused only if they agree on 32 bits and nearly on
/// the slot (about one lookup in 2^40).
#[derive(Clone, Debug, Default)]
pub(crate) struct FastMap<V> {
    /// (key's low 32 bits with the lowest set, value); 0 marks an empty slot.
    slots: Vec<(u32, V)>,
    shift: u32,
}

impl<V: Copy + Default> FastMap<V> {
    /// The table of `map`, at most half full.
    pub(crate) fn new(map: &HashMapU64<V>) -> Self {
        let size = (map.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u32, V::default()); size];
        let shift = 64 - size.trailing_zeros();
        // In key order, so that the table does not depend on the map's iteration order.
        let mut entries: Vec<(u64, V)> = map.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort_unstable_by_key(|e| e.0);
        for (k, v) in entries {
            let mut i = (k >> shift) as usize;
            while slots[i].0 != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = ((k as u32) | 1, v);
        }
        FastMap { slots, shift }
    }

    /// The value of key `k`.
    #[inline]
    pub(crate) fn get(&self, k: u64) -> Option<V> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let fp = (k as u32) | 1;
        let mut i = (k >> self.shift) as usize;
        loop {
            let (x, v) = self.slots[i];
            if x == fp {
                return Some(v);
            }
            if x == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

impl FastMap<u32> {
    /// Appends the table: its size, then a bitmap of the occupied slots, then their keys
    /// and values.
    fn write(&self, w: &mut Vec<u8>) {
        w.extend_from_slice(&(self.slots.len() as u32).to_le_bytes());
        for chunk in self.slots.chunks(64) {
            let mut bits = 0u64;
            for (i, &(k, _)) in chunk.iter().enumerate() {
                bits |= ((k != 0) as u64) << i;
            }
            w.extend_from_slice(&bits.to_le_bytes());
        }
        for &(k, v) in &self.slots {
            if k != 0 {
                w.extend_from_slice(&k.to_le_bytes());
                w.extend_from_slice(&v.to_le_bytes());
            }
        }
    }

    /// Reads what [`FastMap::write`] wrote.
    fn read(r: &mut Reader) -> Option<Self> {
        let size = r.u32()? as usize;
        if size == 0 {
            return Some(FastMap::default());
        }
        if !size.is_power_of_two() || size > 1 << 30 {
            return None;
        }
        let bitmap = r.bytes(size.div_ceil(64) * 8)?;
        let mut slots = vec![(0u32, 0u32); size];
        for (w, word) in bitmap.chunks_exact(8).enumerate() {
            let mut bits = u64::from_le_bytes(word.try_into().ok()?);
            while bits != 0 {
                let i = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let k = r.u32()?;
                if k & 1 == 0 {
                    return None;
                }
                *slots.get_mut(i)? = (k, r.u32()?);
            }
        }
        Some(FastMap {
            slots,
            shift: 64 - size.trailing_zeros(),
        })
    }
}

/// Reads a frozen lexicon.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let v = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(v)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.bytes(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.bytes(8)?.try_into().ok()?))
    }
}

/// A new lexicon id (never 0).
fn next_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Magic bytes opening a frozen lexicon.
const FROZEN_MAGIC: &[u8; 8] = b"NFLEX001";

/// An organisation type as a byte (0: none, else its index in [`ORG_TYPES`] + 1).
fn org_type_byte(t: Option<&str>) -> u8 {
    t.and_then(|t| ORG_TYPES.iter().position(|x| *x == t))
        .map_or(0, |i| i as u8 + 1)
}

fn org_type_of_byte(b: u8) -> Option<Option<&'static str>> {
    match b {
        0 => Some(None),
        b => ORG_TYPES.get(b as usize - 1).map(|t| Some(*t)),
    }
}

/// What a gazetteer name refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An organisation.
    Org,
    /// A place.
    Place,
    /// A country (a place that news also names for its government or team, which the
    /// tagger may read as an organisation).
    Country,
}

/// One gazetteer entity (an organisation, place or person) with its names.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Organisation or place.
    pub kind: Kind,
    /// Organisation type (company, government, union, ...).
    pub org_type: Option<&'static str>,
    /// The acronym, when one of its names is one.
    pub acronym: Option<String>,
}

/// How a phrase may be matched directly in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strict {
    /// Any capitalised form.
    Name,
    /// Only written in capitals ("BMA", "NHS").
    Caps,
    /// A feature only: too ambiguous to be taken on its own ("Apple", "Labour").
    FeatureOnly,
}

/// A node of the phrase trie.
#[derive(Clone, Copy, Debug, Default)]
struct Node {
    /// Some longer phrase continues from here.
    prefix: bool,
    /// The phrase ending here: index into `Lexicon::phrases`.
    phrase: Option<u32>,
}

impl Node {
    /// The node in 32 bits: the top bit for `prefix`, the rest the phrase index + 1.
    fn pack(&self) -> u32 {
        (self.prefix as u32) << 31 | self.phrase.map_or(0, |p| p + 1)
    }

    fn unpack(x: u32) -> Node {
        Node {
            prefix: x >> 31 != 0,
            phrase: (x & 0x7fff_ffff).checked_sub(1),
        }
    }
}

/// A name in the trie.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    /// Index into `Lexicon::entries`.
    pub entry: u32,
    /// How strictly it matches.
    pub strict: Strict,
    /// The kinds of entity with this name (bits of [`kind_bit`]).
    pub kinds: u8,
    /// For a one-word name, the hash of the word as written ("LeT" is not "Let").
    pub exact: u64,
}

/// A bit of [`Phrase::kinds`]: a name the tagger was not trained with
/// ([`Lexicon::add_run_time_phrase`]).
pub(crate) const RUN_TIME: u8 = 8;

/// A bit for each kind of entity.
pub(crate) fn kind_bit(k: Kind) -> u8 {
    match k {
        Kind::Org => 2,
        Kind::Place | Kind::Country => 4,
    }
}

/// A direct gazetteer match.
#[derive(Clone, Copy, Debug)]
pub(crate) struct GazMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Index into `Lexicon::phrases`.
    pub phrase: u32,
}

/// Word lists and gazetteers, compiled.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Classes of words, for words with a capital.
    words: HashMapU64<u32>,
    /// Classes of words that apply in lower case too (connectors, function words, roles,
    /// descriptions): a small table for the many lower-case tokens.
    common: HashMapU64<u32>,
    trie: HashMapU64<Node>,
    /// The tables above, frozen for lookups ([`Lexicon::freeze`]); trie nodes packed
    /// ([`Node::pack`]).
    fast_words: FastMap<u32>,
    fast_common: FastMap<u32>,
    /// A one-probe Bloom filter of `common` (8,192 bits): most lower-case words are not
    /// in it, and the filter says so from the first-level cache.
    common_filter: Vec<u64>,
    fast_trie: FastMap<u32>,
    pub(crate) phrases: Vec<Phrase>,
    /// Every entity of the gazetteers.
    pub entries: Vec<Entry>,
    max_len: usize,
    /// Loaded from its frozen form ([`Lexicon::from_frozen`]): the tables above only, not
    /// the maps they were made from, so nothing can be added.
    read_only: bool,
    /// Identifies the tables' contents (a new id whenever they are made), for caches of
    /// lookups.
    id: u64,
    /// Organisation types suggested by words of names ("Party", "Ltd").
    pub(crate) org_word_types: HashMapU64<&'static str>,
    /// Organisation types suggested by the head of a description ("firm", "union").
    pub(crate) descriptor_types: HashMapU64<&'static str>,
}

/// Seed of phrase hashes.
const PHRASE_SEED: u64 = 0x7068_7261_7365;

#[inline]
fn phrase_step(h: u64, tok: u64) -> u64 {
    features::fmix(features::step(h, tok))
}

/// The organisation types of the schema.
pub const ORG_TYPES: &[&str] = &[
    "company",
    "government",
    "union",
    "party",
    "armed_group",
    "ngo",
    "media",
    "sports",
    "education",
    "other",
];

/// The schema's name for an organisation type, if it is one.
pub fn org_type(s: &str) -> Option<&'static str> {
    let s = s.trim().to_ascii_lowercase();
    let s = match s.as_str() {
        "agency" | "govt" | "gov" | "intergovernmental" | "international" | "igo" | "court"
        | "military" | "police" | "legislature" => "government",
        "business" | "corporation" | "firm" | "bank" => "company",
        "trade_union" | "professional" | "professional_body" => "union",
        "armed group" | "militant" | "militia" => "armed_group",
        "charity" | "campaign" | "advocacy" | "religious" | "think_tank" => "ngo",
        "news" | "broadcaster" | "newspaper" => "media",
        "sport" | "club" | "team" => "sports",
        "university" | "school" => "education",
        other => other,
    };
    ORG_TYPES.iter().copied().find(|t| *t == s)
}

/// Token hashes of a name, as the tagger tokenizes it (possessives split).
pub(crate) fn name_tokens(name: &str) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    // Words of letters separated by single spaces tokenize as themselves (most names):
    // no need for the full tokenizer.
    let simple = name.is_ascii()
        && !name.is_empty()
        && name
            .split(' ')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()));
    if simple {
        for w in name.split(' ') {
            out.push((key_hash(w), lower_hash(w)));
        }
        return out;
    }
    for t in segment::tokenize(name) {
        let text = t.span.slice(name);
        if let Some(len) = features::possessive_len(text) {
            let (a, b) = text.split_at(text.len() - len);
            out.push((key_hash(a), lower_hash(a)));
            out.push((key_hash(b), lower_hash(b)));
        } else {
            out.push((key_hash(text), lower_hash(text)));
        }
    }
    out
}

impl Lexicon {
    /// Adds `bits` to a single word's classes.
    pub(crate) fn add_word(&mut self, word: &str, bits: u32) {
        debug_assert!(!self.read_only, "a frozen lexicon cannot grow");
        let h = lower_hash(word);
        *self.words.entry(h).or_default() |= bits;
        if bits & bit::LOWER_CASE != 0 {
            *self.common.entry(h).or_default() |= bits & bit::LOWER_CASE;
        }
    }

    /// The classes of a word.
    pub(crate) fn word_bits(&self, lower: u64) -> u32 {
        self.fast_words.get(lower).unwrap_or(0)
    }

    /// Adds an entity and returns its index.
    pub(crate) fn add_entry(&mut self, entry: Entry) -> u32 {
        self.entries.push(entry);
        (self.entries.len() - 1) as u32
    }

    /// Adds a name of entry `entry`. A name already present keeps its first entity (so
    /// earlier tables win) unless `replace`; a name of entities of different kinds
    /// ("Chelsea", the club and the district) stays a feature but is never matched alone.
    pub(crate) fn add_phrase(&mut self, name: &str, entry: u32, strict: Strict, replace: bool) {
        self.add_phrase_starting(name, entry, strict, replace, bit::PHRASE_START);
    }

    /// [`Self::add_phrase`] for a name the tagger was not trained with: its first word
    /// gets [`bit::RUN_TIME_START`], which makes no feature.
    pub(crate) fn add_run_time_phrase(
        &mut self,
        name: &str,
        entry: u32,
        strict: Strict,
        replace: bool,
    ) {
        self.add_phrase_starting(name, entry, strict, replace, bit::RUN_TIME_START);
    }

    fn add_phrase_starting(
        &mut self,
        name: &str,
        entry: u32,
        strict: Strict,
        replace: bool,
        start: u32,
    ) {
        debug_assert!(!self.read_only, "a frozen lexicon cannot grow");
        let toks = name_tokens(name);
        if toks.is_empty() || toks.len() > 12 {
            return;
        }
        let kind = self.entries[entry as usize].kind;
        *self.words.entry(toks[0].1).or_default() |= start;
        let mut h = PHRASE_SEED;
        for (i, (t, _)) in toks.iter().enumerate() {
            h = phrase_step(h, *t);
            let node = self.trie.entry(h).or_default();
            if i + 1 < toks.len() {
                node.prefix = true;
                continue;
            }
            match node.phrase {
                None => {
                    let run_time = if start == bit::RUN_TIME_START {
                        RUN_TIME
                    } else {
                        0
                    };
                    self.phrases.push(Phrase {
                        entry,
                        strict,
                        kinds: kind_bit(kind) | run_time,
                        exact: word_hash(name.trim()),
                    });
                    node.phrase = Some((self.phrases.len() - 1) as u32);
                }
                Some(p) => {
                    let ph = &mut self.phrases[p as usize];
                    if replace {
                        ph.entry = entry;
                        ph.strict = strict;
                        ph.kinds = kind_bit(kind);
                        ph.exact = word_hash(name.trim());
                    } else if start == bit::RUN_TIME_START {
                        // (a name the tagger was trained with keeps its reading)
                    } else if ph.kinds & kind_bit(kind) == 0 {
                        ph.kinds |= kind_bit(kind);
                        ph.strict = Strict::FeatureOnly;
                    }
                }
            }
        }
        self.max_len = self.max_len.max(toks.len());
    }

    /// The phrase of exactly these tokens, if known.
    pub(crate) fn lookup(&self, toks: &[Tok]) -> Option<u32> {
        // (no phrase is longer: a long run of names is not hashed again for each lookup)
        if toks.len() > self.max_len {
            return None;
        }
        let mut h = PHRASE_SEED;
        for t in toks {
            h = phrase_step(h, t.key);
        }
        self.fast_trie.get(h).and_then(|n| Node::unpack(n).phrase)
    }

    /// Do exactly these tokens make a name the gazetteer knows for an entity of `kind`
    /// (maybe also for one of another kind: "Amazon", a place and a company)?
    pub(crate) fn names_kind(&self, toks: &[Tok], kind: Kind) -> bool {
        self.lookup(toks)
            .is_some_and(|p| self.phrases[p as usize].kinds & kind_bit(kind) != 0)
    }

    /// Makes the lookup tables for what was added: call after adding words and phrases.
    pub(crate) fn freeze(&mut self) {
        self.id = next_id();
        self.fast_words = FastMap::new(&self.words);
        self.fast_common = FastMap::new(&self.common);
        self.common_filter = vec![0u64; COMMON_FILTER_BITS / 64];
        for &k in self.common.keys() {
            let b = common_bit(k);
            self.common_filter[b >> 6] |= 1 << (b & 63);
        }
        let packed: HashMapU64<u32> = self.trie.iter().map(|(&k, n)| (k, n.pack())).collect();
        self.fast_trie = FastMap::new(&packed);
    }

    /// The lookup tables (not the maps they were made from) in a compact binary form,
    /// stamped with `fingerprint` (of the sources they were made from). Deterministic: the
    /// same lexicon gives the same bytes.
    pub(crate) fn to_frozen(&self, fingerprint: u64) -> Vec<u8> {
        let mut w = Vec::new();
        w.extend_from_slice(FROZEN_MAGIC);
        w.extend_from_slice(&fingerprint.to_le_bytes());
        w.extend_from_slice(&(self.max_len as u32).to_le_bytes());
        self.fast_words.write(&mut w);
        self.fast_common.write(&mut w);
        self.fast_trie.write(&mut w);
        w.extend_from_slice(&(self.common_filter.len() as u32).to_le_bytes());
        for x in &self.common_filter {
            w.extend_from_slice(&x.to_le_bytes());
        }
        w.extend_from_slice(&(self.phrases.len() as u32).to_le_bytes());
        for p in &self.phrases {
            w.extend_from_slice(&p.entry.to_le_bytes());
            w.push(match p.strict {
                Strict::Name => 0,
                Strict::Caps => 1,
                Strict::FeatureOnly => 2,
            });
            w.push(p.kinds);
            w.extend_from_slice(&p.exact.to_le_bytes());
        }
        w.extend_from_slice(&(self.entries.len() as u32).to_le_bytes());
        for e in &self.entries {
            w.push(match e.kind {
                Kind::Org => 0,
                Kind::Place => 1,
                Kind::Country => 2,
            });
            w.push(org_type_byte(e.org_type));
            match &e.acronym {
                None => w.push(0),
                Some(a) => {
                    w.push(1);
                    w.extend_from_slice(&(a.len() as u32).to_le_bytes());
                    w.extend_from_slice(a.as_bytes());
                }
            }
        }
        for map in [&self.org_word_types, &self.descriptor_types] {
            let mut kv: Vec<(u64, u8)> = map
                .iter()
                .map(|(&k, &v)| (k, org_type_byte(Some(v))))
                .collect();
            kv.sort_unstable();
            w.extend_from_slice(&(kv.len() as u32).to_le_bytes());
            for (k, v) in kv {
                w.extend_from_slice(&k.to_le_bytes());
                w.push(v);
            }
        }
        w
    }

    /// Loads a lexicon written by [`Lexicon::to_frozen`] if it carries `fingerprint`
    /// (`None` if not, or if the bytes are not a frozen lexicon). The result is read-only.
    pub(crate) fn from_frozen(b: &[u8], fingerprint: u64) -> Option<Lexicon> {
        let mut r = Reader { b, at: 0 };
        if r.bytes(8)? != FROZEN_MAGIC || r.u64()? != fingerprint {
            return None;
        }
        let max_len = r.u32()? as usize;
        let fast_words = FastMap::read(&mut r)?;
        let fast_common = FastMap::read(&mut r)?;
        let fast_trie = FastMap::read(&mut r)?;
        let n = r.u32()? as usize;
        if n != COMMON_FILTER_BITS / 64 {
            return None;
        }
        let common_filter = (0..n).map(|_| r.u64()).collect::<Option<Vec<u64>>>()?;
        let n = r.u32()? as usize;
        let mut phrases = Vec::with_capacity(n.min(b.len()));
        for _ in 0..n {
            let entry = r.u32()?;
            let strict = match r.u8()? {
                0 => Strict::Name,
                1 => Strict::Caps,
                2 => Strict::FeatureOnly,
                _ => return None,
            };
            let kinds = r.u8()?;
            let exact = r.u64()?;
            phrases.push(Phrase {
                entry,
                strict,
                kinds,
                exact,
            });
        }
        let n = r.u32()? as usize;
        let mut entries = Vec::with_capacity(n.min(b.len()));
        for _ in 0..n {
            let kind = match r.u8()? {
                0 => Kind::Org,
                1 => Kind::Place,
                2 => Kind::Country,
                _ => return None,
            };
            let org_type = org_type_of_byte(r.u8()?)?;
            let acronym = match r.u8()? {
                0 => None,
                1 => {
                    let len = r.u32()? as usize;
                    Some(std::str::from_utf8(r.bytes(len)?).ok()?.to_string())
                }
                _ => return None,
            };
            entries.push(Entry {
                kind,
                org_type,
                acronym,
            });
        }
        // Every index in range, so that lookups cannot fail.
        if phrases.iter().any(|p| p.entry as usize >= entries.len())
            || fast_trie.slots.iter().any(|&(_, v)| {
                Node::unpack(v)
                    .phrase
                    .is_some_and(|p| p as usize >= phrases.len())
            })
        {
            return None;
        }
        let mut types = [HashMapU64::default(), HashMapU64::default()];
        for map in &mut types {
            let n = r.u32()? as usize;
            for _ in 0..n {
                let k = r.u64()?;
                map.insert(k, org_type_of_byte(r.u8()?)??);
            }
        }
        if r.at != b.len() {
            return None;
        }
        let [org_word_types, descriptor_types] = types;
        Some(Lexicon {
            fast_words,
            fast_common,
            common_filter,
            fast_trie,
            phrases,
            entries,
            max_len,
            org_word_types,
            descriptor_types,
            read_only: true,
            id: next_id(),
            ..Lexicon::default()
        })
    }

    /// Identifies the contents of the lookup tables: two lexicons with the same id answer
    /// every lookup alike.
    #[inline]
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The word-list classes of a token.
    #[inline]
    pub(crate) fn classes(&self, t: &Tok) -> u32 {
        if t.has(flag::HAS_UPPER) {
            self.word_bits(t.lower)
        } else if t.has(flag::WORD | flag::POSS) || (t.chars == 1 && t.has(flag::PUNCT)) {
            // Lower-case words, and one-character punctuation ("&" joins names).
            let b = common_bit(t.lower);
            if self.common_filter[b >> 6] & (1 << (b & 63)) == 0 {
                return 0;
            }
            self.fast_common.get(t.lower).unwrap_or(0)
        } else {
            0
        }
    }

    /// Sets the match bits of gazetteer names in the tokens of sentence `s`, and appends
    /// the matches (leftmost longest) to `found`.
    pub(crate) fn mark(&self, toks: &mut [Tok], s: Sent, found: &mut Vec<GazMatch>) {
        let mut extra = Vec::new();
        {
            let mut i = s.start;
            while i < s.end {
                let t = &toks[i];
                let may_start = if t.has(flag::HAS_UPPER) {
                    t.gaz & (bit::PHRASE_START | bit::RUN_TIME_START) != 0
                } else {
                    t.has(flag::HAS_DIGIT)
                };
                if !may_start {
                    i += 1;
                    continue;
                }
                let i_start = i;
                let mut h = PHRASE_SEED;
                let mut best: Option<(usize, u32)> = None;
                let mut poss: Option<(usize, u32)> = None;
                let lim = s.end.min(i + self.max_len);
                for (j, tj) in toks.iter().enumerate().take(lim).skip(i) {
                    h = phrase_step(h, tj.key);
                    let Some(node) = self.fast_trie.get(h).map(Node::unpack) else {
                        break;
                    };
                    if let Some(p) = node.phrase {
                        // The last token of a name is a word with a capital or a digit.
                        if tj.has(flag::HAS_UPPER) || tj.has(flag::HAS_DIGIT) {
                            best = Some((j + 1, p));
                        } else if tj.has(flag::POSS) && j > i && toks[j - 1].has(flag::HAS_UPPER) {
                            poss = Some((j + 1, p));
                        }
                    }
                    if !node.prefix {
                        break;
                    }
                }
                match best {
                    Some((end, p)) => {
                        let ph = &self.phrases[p as usize];
                        // (a name not trained with makes features only where it may match:
                        // an acronym in capitals, not "Avg" of "AVG")
                        let quiet = ph.kinds & RUN_TIME != 0
                            && ph.strict != Strict::Name
                            && (ph.strict == Strict::FeatureOnly
                                || toks[i..end].iter().any(|t| t.has(flag::HAS_LOWER)));
                        let kinds = if quiet { 0 } else { ph.kinds };
                        for (kb, (b, m, l, u)) in [
                            (2u8, (bit::ORG_B, bit::ORG_I, bit::ORG_L, bit::ORG_U)),
                            (4, (bit::LOC_B, bit::LOC_I, bit::LOC_L, bit::LOC_U)),
                        ] {
                            if kinds & kb == 0 {
                                continue;
                            }
                            if end == i + 1 {
                                toks[i].gaz |= u;
                            } else {
                                toks[i].gaz |= b;
                                for t in &mut toks[i + 1..end - 1] {
                                    t.gaz |= m;
                                }
                                toks[end - 1].gaz |= l;
                            }
                        }
                        found.push(GazMatch {
                            start: i,
                            end,
                            phrase: p,
                        });
                        i = end;
                    }
                    None => i += 1,
                }
                // A longer name ending in a possessive ("Standard and Poor's", where the
                // tagger sees "Standard" and "Poor's Corp") is a match, kept apart: the
                // tagger's features are the matches above.
                if let Some((end, phrase)) = poss
                    && end > best.map_or(0, |b| b.0)
                {
                    extra.push(GazMatch {
                        start: i_start,
                        end,
                        phrase,
                    });
                }
            }
        }
        for g in extra {
            // In place of the matches it overlaps.
            let from = found.partition_point(|m| m.end <= g.start);
            let to = found.partition_point(|m| m.start < g.end);
            found.splice(from..to.max(from), [g]);
        }
    }
}
