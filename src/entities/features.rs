//! Tagging tokens and their features.
//!
//! The tagger works on the document's tokens with one change: a possessive suffix is split
//! off ("Palantir’s" is tagged as "Palantir" + "’s"), so the name is the mention. Each token
//! is analysed once (hashes of its form, lowercase form, shape, prefixes and suffixes, and
//! gazetteer bits); features are then 64-bit hashes combining a template id with those
//! values, computed into a fixed array: tagging allocates nothing per token.
//!
//! Only *candidate* tokens are tagged: words with a capital letter, and connectors ("of",
//! "for", "&", "de") or numbers between such words. Every other token is outside any name
//! (`O`), which keeps the tagger fast and the model small; the same rule is applied in
//! training, so the model never learns to rely on it being otherwise.

use super::lexicon::{self, GazMatch, Lexicon};
use crate::document::Document;
use crate::segment::TokenKind;
use crate::span::Span;

/// Multiplier of the streaming hash.
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// One step of the streaming hash.
#[inline]
pub(crate) fn step(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Final avalanche (MurmurHash3's fmix64).
#[inline]
pub(crate) fn fmix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x
}

/// Seed of every string hash (so the empty string does not hash to 0).
const SEED: u64 = 0x51_7cc1_b727_220a;

/// Folds a character for hashing: apostrophes and dashes unified, digits to `0`.
#[inline]
fn fold(c: char) -> char {
    match c {
        c if c.is_ascii_digit() => '0',
        c => fold_keep(c),
    }
}

/// Folds a character for hashing: apostrophes and dashes unified, digits kept.
#[inline]
fn fold_keep(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' => '\'',
        '“' | '”' | '„' => '"',
        '‐' | '‑' | '–' | '—' => '-',
        c => c,
    }
}

/// The lowercase form of `c`, one character (the first of a multi-character mapping).
#[inline]
fn lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// One step of the string hash: eight bytes at a time.
#[inline]
fn chunk_step(h: u64, chunk: u64) -> u64 {
    (h ^ chunk).wrapping_mul(K).rotate_left(29)
}

/// Hashes a byte string eight bytes at a time, the last chunk padded with zeros.
#[derive(Clone, Copy)]
struct ByteHasher {
    h: u64,
    buf: u64,
    n: u32,
    len: u64,
}

impl ByteHasher {
    fn new() -> Self {
        ByteHasher {
            h: SEED,
            buf: 0,
            n: 0,
            len: 0,
        }
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        self.buf |= (b as u64) << (8 * self.n);
        self.n += 1;
        self.len += 1;
        if self.n == 8 {
            self.h = chunk_step(self.h, self.buf);
            self.buf = 0;
            self.n = 0;
        }
    }

    #[inline]
    fn char(&mut self, c: char) {
        let mut b = [0u8; 4];
        for &x in c.encode_utf8(&mut b).as_bytes() {
            self.byte(x);
        }
    }

    fn finish(self) -> u64 {
        let h = if self.n > 0 {
            chunk_step(self.h, self.buf)
        } else {
            self.h
        };
        fmix(h ^ self.len)
    }
}

/// Hash of the lowercase, folded form of `s`: what word lists and word features use.
pub(crate) fn lower_hash(s: &str) -> u64 {
    if s.is_ascii() {
        return ascii(s.as_bytes()).lower;
    }
    lower_hash_chars(s)
}

/// The hash of `s` a character at a time (for any text), each character mapped by `map`
/// first.
fn hash_chars(s: &str, map: impl Fn(char) -> char) -> u64 {
    let mut h = ByteHasher::new();
    for c in s.chars() {
        h.char(map(c));
    }
    h.finish()
}

/// [`lower_hash`] a character at a time (for any text).
fn lower_hash_chars(s: &str) -> u64 {
    hash_chars(s, |c| fold(lower_char(c)))
}

/// Hash of `s` as written (folded): the `word` of its token.
pub(crate) fn word_hash(s: &str) -> u64 {
    if s.is_ascii() {
        return ascii(s.as_bytes()).word;
    }
    word_hash_chars(s)
}

/// [`word_hash`] a character at a time (for any text).
fn word_hash_chars(s: &str) -> u64 {
    hash_chars(s, fold)
}

/// Hash of the lowercase form of `s` with its digits: what gazetteer names match on.
pub(crate) fn key_hash(s: &str) -> u64 {
    if s.is_ascii() {
        return ascii(s.as_bytes()).key;
    }
    key_hash_chars(s)
}

/// [`key_hash`] a character at a time (for any text).
fn key_hash_chars(s: &str) -> u64 {
    hash_chars(s, |c| fold_keep(lower_char(c)))
}

/// Per-byte masks of a chunk of ASCII text (each byte's high bit set where the byte is
/// in the class).
#[derive(Clone, Copy)]
struct Masks {
    upper: u64,
    lower: u64,
    digit: u64,
    period: u64,
    hyphen: u64,
}

const HI: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// High bits of the bytes of `x` (all below 0x80) that are at least `lo`.
#[inline]
const fn at_least(x: u64, lo: u8) -> u64 {
    x.wrapping_add(ONES * (0x80 - lo as u64)) & HI
}

/// High bits of the bytes of `x` (all below 0x80) equal to `b`.
#[inline]
const fn equal(x: u64, b: u8) -> u64 {
    let v = x ^ (ONES * b as u64);
    !(((v & !HI).wrapping_add(!HI)) | v) & HI
}

#[inline]
fn masks(x: u64) -> Masks {
    Masks {
        upper: at_least(x, b'A') & !at_least(x, b'Z' + 1),
        lower: at_least(x, b'a') & !at_least(x, b'z' + 1),
        digit: at_least(x, b'0') & !at_least(x, b'9' + 1),
        period: equal(x, b'.'),
        hyphen: equal(x, b'-'),
    }
}

/// Flags of a token.
pub(crate) mod flag {
    /// Starts with an upper-case letter.
    pub const INIT_CAP: u32 = 1;
    /// Has letters, all upper case.
    pub const ALL_CAPS: u32 = 1 << 1;
    /// Has an upper-case letter somewhere.
    pub const HAS_UPPER: u32 = 1 << 2;
    /// Has a lower-case letter.
    pub const HAS_LOWER: u32 = 1 << 3;
    /// Has a digit.
    pub const HAS_DIGIT: u32 = 1 << 4;
    /// Has a period ("U.S.", "Co.").
    pub const HAS_PERIOD: u32 = 1 << 5;
    /// Has a hyphen.
    pub const HAS_HYPHEN: u32 = 1 << 6;
    /// A word token.
    pub const WORD: u32 = 1 << 7;
    /// Punctuation.
    pub const PUNCT: u32 = 1 << 8;
    /// A number.
    pub const NUMBER: u32 = 1 << 9;
    /// A possessive suffix split off a word ("’s").
    pub const POSS: u32 = 1 << 10;
    /// Tagged (see the module documentation).
    pub const CAND: u32 = 1 << 11;
    /// First word of its sentence (after opening quotes or brackets).
    pub const FIRST: u32 = 1 << 12;
    /// In a sentence without lower-case words (a headline, a dateline, a table).
    pub const CAPS_LINE: u32 = 1 << 13;
    /// A single letter followed by a period ("J.").
    pub const INITIAL: u32 = 1 << 14;
    /// An opening quote or bracket.
    pub const OPENER: u32 = 1 << 15;
}

/// One tagging token: a document token or a piece of one, analysed.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Tok {
    /// Where it starts (byte offset).
    pub start: u32,
    /// Where it ends.
    pub end: u32,
    /// Hash of the exact (folded) form.
    pub word: u64,
    /// Hash of the lowercase folded form.
    pub lower: u64,
    /// Hash of the lowercase form with digits (gazetteer names match on it).
    pub key: u64,
    /// Number of characters.
    pub chars: u32,
    /// [`flag`] bits.
    pub flags: u32,
    /// [`lexicon::bit`] bits: word lists and gazetteer matches.
    pub gaz: u32,
}

impl Tok {
    #[inline]
    pub(crate) fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }

    /// Where it is.
    #[inline]
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Its coarse shape.
    #[inline]
    pub(crate) fn short(&self) -> u64 {
        coarse_shape(self)
    }
}

/// A coarse shape from the flags (capitalised, in capitals, mixed, with digits, with a
/// period or hyphen; a number; punctuation): one-character tokens are themselves.
#[inline]
fn coarse_shape(t: &Tok) -> u64 {
    if t.chars == 1 {
        return t.lower;
    }
    const SHAPE: u32 = flag::INIT_CAP
        | flag::ALL_CAPS
        | flag::HAS_UPPER
        | flag::HAS_LOWER
        | flag::HAS_DIGIT
        | flag::HAS_PERIOD
        | flag::HAS_HYPHEN
        | flag::WORD
        | flag::NUMBER
        | flag::PUNCT
        | flag::POSS;
    ((t.flags & SHAPE) as u64 + 1).wrapping_mul(K)
}

/// The shape class of a character: `X`, `x`, `d`, or the (folded) character itself.
#[inline]
fn class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        fold(c)
    }
}

/// What the eight-bytes-at-a-time pass over ASCII text finds.
struct Ascii {
    lower: u64,
    word: u64,
    key: u64,
    /// The masks of all chunks, or-ed.
    any: Masks,
    /// The first byte is upper case.
    first_upper: bool,
}

/// Loads up to eight bytes, little-endian, zero-padded (with overlapping loads, not a
/// byte at a time).
#[inline(always)]
fn load(c: &[u8]) -> u64 {
    let n = c.len();
    if n >= 8 {
        u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
    } else if n >= 4 {
        let lo = u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as u64;
        let hi = u32::from_le_bytes([c[n - 4], c[n - 3], c[n - 2], c[n - 1]]) as u64;
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([c[0], c[1]]) as u64;
        let hi = u16::from_le_bytes([c[n - 2], c[n - 1]]) as u64;
        lo | hi << (8 * (n - 2))
    } else if n == 1 {
        c[0] as u64
    } else {
        0
    }
}

/// Hashes ASCII `bytes` (lowercase folded, as written folded, lowercase with digits), as
/// [`ByteHasher`] would, eight bytes at a time.
#[inline(always)]
fn ascii(bytes: &[u8]) -> Ascii {
    let (mut hl, mut hw) = (SEED, SEED);
    let (mut upper, mut lower, mut digit, mut period, mut hyphen) = (0u64, 0u64, 0u64, 0u64, 0u64);
    let mut first_upper = false;
    let mut i = 0;
    while i < bytes.len() {
        let x = load(&bytes[i..bytes.len().min(i + 8)]);
        let m = masks(x);
        if i == 0 {
            first_upper = m.upper & 0x80 != 0;
        }
        let digits = m.digit >> 7;
        let folded = (x & !(digits * 0xff)) | (digits * b'0' as u64);
        hl = chunk_step(hl, folded | (m.upper >> 2));
        hw = chunk_step(hw, folded);
        upper |= m.upper;
        lower |= m.lower;
        digit |= m.digit;
        period |= m.period;
        hyphen |= m.hyphen;
        i += 8;
    }
    let len = bytes.len() as u64;
    let lower_hash = fmix(hl ^ len);
    let word = if upper == 0 {
        lower_hash
    } else {
        fmix(hw ^ len)
    };
    let key = if digit == 0 {
        lower_hash
    } else {
        let mut hk = SEED;
        for c in bytes.chunks(8) {
            let x = load(c);
            hk = chunk_step(hk, x | (masks(x).upper >> 2));
        }
        fmix(hk ^ len)
    };
    Ascii {
        lower: lower_hash,
        word,
        key,
        any: Masks {
            upper,
            lower,
            digit,
            period,
            hyphen,
        },
        first_upper,
    }
}

/// Analyses the text of one token: its flags and hashes (the shape comes later, for the
/// tokens that need it). ASCII text, nearly all of it, is read eight bytes at a time.
fn analyse(text: &str, span: Span, kind: TokenKind) -> Tok {
    let bytes = text.as_bytes();
    let mut flags = 0u32;
    let (lower, word, key, chars, uppers, letters, first_upper);
    if text.is_ascii() {
        let a = ascii(bytes);
        lower = a.lower;
        word = a.word;
        key = a.key;
        chars = bytes.len() as u32;
        // Only whether there are capitals, small letters or both matters.
        uppers = (a.any.upper != 0) as u32;
        letters = uppers + (a.any.lower != 0) as u32;
        first_upper = a.first_upper;
        if a.any.digit != 0 {
            flags |= flag::HAS_DIGIT;
        }
        if a.any.period != 0 {
            flags |= flag::HAS_PERIOD;
        }
        if a.any.hyphen != 0 {
            flags |= flag::HAS_HYPHEN;
        }
    } else {
        let (mut hl, mut hw, mut hk) = (ByteHasher::new(), ByteHasher::new(), ByteHasher::new());
        let (mut n, mut up, mut let_) = (0u32, 0u32, 0u32);
        let mut first = false;
        for c in text.chars() {
            let cl = class(c);
            match cl {
                'X' => {
                    up += 1;
                    let_ += 1;
                    first |= n == 0;
                }
                'x' => let_ += 1,
                '.' => flags |= flag::HAS_PERIOD,
                '-' => flags |= flag::HAS_HYPHEN,
                _ => {}
            }
            if c.is_ascii_digit() {
                flags |= flag::HAS_DIGIT;
            }
            let l = lower_char(c);
            hl.char(fold(l));
            hw.char(fold(c));
            hk.char(fold_keep(l));
            n += 1;
        }
        lower = hl.finish();
        word = hw.finish();
        key = hk.finish();
        chars = n;
        uppers = up;
        letters = let_;
        first_upper = first;
    }
    if uppers > 0 {
        flags |= flag::HAS_UPPER;
    }
    if letters > uppers {
        flags |= flag::HAS_LOWER;
    }
    if first_upper {
        flags |= flag::INIT_CAP;
    }
    if letters > 0 && uppers == letters {
        flags |= flag::ALL_CAPS;
    }
    if chars == 2 && first_upper && text.ends_with('.') {
        flags |= flag::INITIAL;
    }
    flags |= match kind {
        TokenKind::Word => flag::WORD,
        TokenKind::Number => flag::NUMBER,
        TokenKind::Punct => flag::PUNCT,
        _ => 0,
    };
    if chars == 1 && matches!(text, "“" | "\"" | "‘" | "'" | "(" | "[" | "«") {
        flags |= flag::OPENER;
    }
    Tok {
        start: span.start as u32,
        end: span.end as u32,
        word,
        lower,
        key,
        chars,
        flags,
        gaz: 0,
    }
}

/// Entries of the [`WordCache`] (direct-mapped).
const WORD_CACHE_SIZE: usize = 1 << 13;

/// Longest token (bytes) the [`WordCache`] keeps.
const WORD_CACHE_MAX: usize = 16;

/// One analysed word form: its text (up to 16 bytes, zero-padded), length and kind, and
/// what [`analyse`] and [`Lexicon::classes`] give for it.
#[derive(Clone, Copy, Default)]
#[repr(align(64))]
struct CachedWord {
    /// The text's bytes (`a` the first eight), zero-padded.
    a: u64,
    b: u64,
    /// Length in bytes, then the token kind, then 1 (0 marks an empty entry).
    tag: u32,
    chars: u32,
    flags: u32,
    gaz: u32,
    word: u64,
    lower: u64,
    key: u64,
}

/// The analysis of recent word forms (most tokens of an article are words seen before),
/// kept from one document to the next. Entries hold the exact text they were made from,
/// so a token gets exactly what [`analyse`] and [`Lexicon::classes`] would give.
#[derive(Default)]
pub(crate) struct WordCache {
    slots: Vec<CachedWord>,
    /// The lexicon the classes come from ([`Lexicon::id`]).
    lex: u64,
}

impl WordCache {
    /// Empties the cache unless it holds the classes of `lex`.
    fn prepare(&mut self, lex: &Lexicon) {
        if self.lex != lex.id() || self.slots.len() != WORD_CACHE_SIZE {
            self.slots.clear();
            self.slots.resize(WORD_CACHE_SIZE, CachedWord::default());
            self.lex = lex.id();
        }
    }

    /// The analysed token at `span` of `text`, of kind `kind`, with its word classes
    /// (`gaz`).
    #[inline(always)]
    fn get(&mut self, lex: &Lexicon, text: &str, span: Span, kind: TokenKind) -> Tok {
        if self.lex != lex.id() || self.slots.len() != WORD_CACHE_SIZE {
            self.prepare(lex);
        }
        let n = span.len();
        if n > WORD_CACHE_MAX || n == 0 {
            return analysed(lex, text, span, kind);
        }
        let (a, b) = load_padded(text.as_bytes(), span.start, n);
        let tag = (n as u32) | (kind as u32) << 8 | 1 << 16;
        let h = (a ^ b.rotate_left(23) ^ tag as u64).wrapping_mul(K);
        let slot = &mut self.slots[(h >> (64 - WORD_CACHE_SIZE.trailing_zeros())) as usize];
        if slot.a == a && slot.b == b && slot.tag == tag {
            return Tok {
                start: span.start as u32,
                end: span.end as u32,
                word: slot.word,
                lower: slot.lower,
                key: slot.key,
                chars: slot.chars,
                flags: slot.flags,
                gaz: slot.gaz,
            };
        }
        let t = analysed(lex, text, span, kind);
        *slot = CachedWord {
            a,
            b,
            tag,
            chars: t.chars,
            flags: t.flags,
            gaz: t.gaz,
            word: t.word,
            lower: t.lower,
            key: t.key,
        };
        t
    }
}

/// [`analyse`] and [`Lexicon::classes`] of the token at `span` (out of line: the cache's
/// misses).
#[inline(never)]
fn analysed(lex: &Lexicon, text: &str, span: Span, kind: TokenKind) -> Tok {
    let mut t = analyse(span.slice(text), span, kind);
    t.gaz = lex.classes(&t);
    t
}

/// The `n` (1 to 16) bytes of `all` from `at`, zero-padded, as two little-endian words:
/// one load each (and a mask) where eight bytes can be read.
#[inline(always)]
fn load_padded(all: &[u8], at: usize, n: usize) -> (u64, u64) {
    let word = |from: usize, len: usize| -> u64 {
        match all.get(from..from + 8) {
            Some(w) => {
                let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
                x & (u64::MAX >> (64 - 8 * len))
            }
            None => load(&all[from..from + len]),
        }
    };
    if n > 8 {
        (word(at, 8), word(at + 8, n - 8))
    } else {
        (word(at, n), 0)
    }
}

/// What only the features of a tagged token need: its long shape, prefixes and suffixes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Detail {
    /// Hash of the shape with runs capped at four ("Xxxx", "XX", "dd,ddd").
    pub shape: u64,
    /// Hashes of the lowercase prefixes of 1 to 4 characters.
    pub pre: [u64; 4],
    /// Hashes of the lowercase suffixes of 1 to 4 characters.
    pub suf: [u64; 4],
}

/// The detail of a token's text.
pub(crate) fn detail(text: &str) -> Detail {
    let mut d = Detail::default();
    let mut shape = SEED;
    let mut low = SEED;
    let mut last = '\0';
    let mut run = 0u32;
    let mut n = 0usize;
    let mut ring = ['\0'; 4];
    for c in text.chars() {
        let cl = class(c);
        let l = fold(lower_char(c));
        low = step(low, l as u64);
        if n < 4 {
            d.pre[n] = low;
        }
        ring[n % 4] = l;
        if cl == last {
            run += 1;
        } else {
            run = 1;
            last = cl;
        }
        if run <= 4 {
            shape = step(shape, cl as u64);
        }
        n += 1;
    }
    // Prefixes shorter than 4 characters repeat the whole word.
    for k in n.min(4)..4 {
        d.pre[k] = if n == 0 { SEED } else { d.pre[n - 1] };
    }
    for p in &mut d.pre {
        *p = fmix(*p);
    }
    // Suffixes: the last k characters, hashed in reverse order.
    let mut h = SEED;
    for k in 0..4 {
        if k < n {
            h = step(h, ring[(n - 1 - k) % 4] as u64);
        }
        d.suf[k] = fmix(h);
    }
    d.shape = fmix(shape);
    d
}

/// The text a token is analysed as: itself, but "&amp;" left in scraped copy is an
/// ampersand ("Procter &amp; Gamble").
fn analysed_text(s: &str) -> &str {
    if s.len() == 5 && s.eq_ignore_ascii_case("&amp;") {
        "&"
    } else {
        s
    }
}

/// Length in bytes of a possessive suffix ending `word` ("’s", "'s", "'S"), if any.
pub(crate) fn possessive_len(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let n = b.len();
    if n < 3 || !matches!(b[n - 1], b's' | b'S') {
        return None;
    }
    let len = if b[n - 2] == b'\'' {
        2
    } else if n >= 5 && &b[n - 4..n - 1] == "’".as_bytes() {
        4
    } else {
        return None;
    };
    // Something word-like must remain.
    word[..n - len]
        .chars()
        .next_back()
        .filter(|c| c.is_alphanumeric() || *c == '.')
        .map(|_| len)
}

/// A sentence of tagging tokens: `toks[start..end]`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sent {
    pub start: usize,
    pub end: usize,
}

/// What [`build`] produces, with its working buffers, reused from one document to the
/// next.
#[derive(Default)]
pub(crate) struct Built {
    /// The tagging tokens.
    pub toks: Vec<Tok>,
    /// Their sentences.
    pub sents: Vec<Sent>,
    /// Gazetteer matches (leftmost longest), in order.
    pub found: Vec<GazMatch>,
    /// Sorted lowercase hashes of the capitalised words that the document also writes in
    /// lower case ("Health" when it also says "health").
    pub lower_seen: Vec<u64>,
    /// Indices of the capitalised candidate words.
    pub cands: Vec<usize>,
    /// Lowercase hashes of the lower-case words.
    lowers: Vec<u64>,
    /// Open-addressing set of the lowercase hashes of capitalised words.
    caps: Vec<u64>,
    /// Analysed word forms, kept from one document to the next.
    words: WordCache,
}

/// Builds the tagging tokens of `doc` (possessives split, analysed, word classes and
/// gazetteer bits set, candidates marked), sentence by sentence so that each sentence's
/// tokens stay in cache while they are worked on.
pub(crate) fn build(doc: &Document, lex: &Lexicon, b: &mut Built) {
    let Built {
        toks,
        sents,
        found,
        lower_seen,
        cands,
        lowers,
        caps,
        words: cache,
    } = b;
    let bytes = doc.text.as_bytes();
    cands.clear();
    toks.clear();
    sents.clear();
    found.clear();
    lowers.clear();
    caps.clear();
    let size = (doc.tokens.len() * 2).next_power_of_two().max(16);
    caps.resize(size, 0);
    let shift = 64 - size.trailing_zeros();
    toks.reserve(doc.tokens.len() + doc.tokens.len() / 32);
    // Pushes a token whose classes are set; returns (is a word, is a lower-case word).
    let mut push = |toks: &mut Vec<Tok>, t: Tok| -> (usize, usize) {
        let counts = (
            t.has(flag::WORD) as usize,
            (t.has(flag::WORD) && t.has(flag::HAS_LOWER) && !t.has(flag::HAS_UPPER)) as usize,
        );
        if t.has(flag::WORD) {
            if t.has(flag::HAS_UPPER) {
                let mut i = (t.lower >> shift) as usize;
                while caps[i] != 0 && caps[i] != t.lower {
                    i = (i + 1) & (size - 1);
                }
                caps[i] = t.lower;
            } else if t.has(flag::HAS_LOWER) {
                lowers.push(t.lower);
            }
        }
        toks.push(t);
        counts
    };
    // Sets a token's classes.
    let classed = |mut t: Tok| -> Tok {
        t.gaz = lex.classes(&t);
        t
    };
    for s in &doc.sentences {
        let start = toks.len();
        let (mut words, mut lower_words) = (0, 0);
        let mut add = |c: (usize, usize)| {
            words += c.0;
            lower_words += c.1;
        };
        for t in &doc.tokens[s.first..s.last] {
            // Possessives and apostrophes (tested on the bytes first), else the common case.
            let n = t.span.len();
            let last = if n > 0 { bytes[t.span.end - 1] } else { 0 };
            let maybe_poss = t.kind == TokenKind::Word && n >= 3 && matches!(last, b's' | b'S');
            let apostrophe = t.kind == TokenKind::Punct
                && (n == 1 && last == b'\''
                    || n == 3 && &bytes[t.span.start..t.span.end] == "’".as_bytes());
            let text = if maybe_poss || apostrophe {
                t.span.slice(doc.text)
            } else {
                ""
            };
            if maybe_poss && let Some(len) = possessive_len(text) {
                let cut = t.span.end - len;
                add(push(
                    toks,
                    cache.get(lex, doc.text, Span::new(t.span.start, cut), t.kind),
                ));
                let mut p = analyse(
                    &text[text.len() - len..],
                    Span::new(cut, t.span.end),
                    t.kind,
                );
                p.flags |= flag::POSS;
                p.flags &= !flag::INIT_CAP;
                add(push(toks, classed(p)));
            } else if apostrophe
                && toks.len() > start
                && toks[toks.len() - 1].end as usize == t.span.start
                && toks[toks.len() - 1].has(flag::WORD)
                && doc.text[..t.span.start].ends_with(['s', 'S'])
            {
                // The apostrophe of a plural possessive ("Resident Doctors’ Union").
                let mut p = analyse(text, t.span, t.kind);
                p.flags |= flag::POSS;
                add(push(toks, classed(p)));
                toks.last_mut().expect("just pushed").gaz |= lexicon::bit::CONNECTOR;
            } else if n == 5 && bytes[t.span.start] == b'&' && t.kind == TokenKind::Punct {
                let text = analysed_text(t.span.slice(doc.text));
                add(push(toks, classed(analyse(text, t.span, t.kind))));
            } else {
                add(push(toks, cache.get(lex, doc.text, t.span, t.kind)));
            }
        }
        let end = toks.len();
        if end > start {
            let s = Sent { start, end };
            sents.push(s);
            lex.mark(toks, s, found);
            mark_sentence(&mut toks[start..end], words, lower_words);
            cands.extend((start..end).filter(|&i| {
                let t = &toks[i];
                t.has(flag::CAND) && t.has(flag::WORD) && t.has(flag::HAS_UPPER)
            }));
        }
    }
    // Capitalised words also written in lower case.
    lower_seen.clear();
    for &h in lowers.iter() {
        let mut i = (h >> shift) as usize;
        while caps[i] != 0 {
            if caps[i] == h {
                lower_seen.push(h);
                // Found once is enough.
                caps[i] = u64::MAX;
                break;
            }
            i = (i + 1) & (size - 1);
        }
    }
    lower_seen.sort_unstable();
}

/// Sets the sentence-level flags and marks candidates.
fn mark_sentence(toks: &mut [Tok], words: usize, lowers: usize) {
    let caps_line = words >= 2 && lowers == 0;
    let mut first = true;
    let mut any = false;
    for t in toks.iter_mut() {
        if caps_line {
            t.flags |= flag::CAPS_LINE;
        }
        if first && t.has(flag::WORD | flag::NUMBER) {
            t.flags |= flag::FIRST;
            first = false;
        }
        // Capitalised words, but not function words in title case ("The", "He"): those
        // never start or end a name, and join names only as connectors (below). Unless
        // they may be names too ("May", "Will"), or are in capitals ("IS", "WHO").
        let function = t.gaz & lexicon::bit::FUNC != 0
            && t.gaz & (lexicon::bit::GIVEN | lexicon::bit::TIME) == 0
            && (!t.has(flag::ALL_CAPS) || t.chars == 1);
        if t.has(flag::HAS_UPPER) && t.has(flag::WORD) && !t.has(flag::POSS) && !function {
            t.flags |= flag::CAND;
            any = true;
        }
    }
    if !any {
        return;
    }
    // Connectors and numbers between capitalised words (at most two in a row).
    let n = toks.len();
    let cap = |t: &Tok| t.has(flag::CAND);
    let mut i = 0;
    while i < n {
        if cap(&toks[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && j < i + 2 && !cap(&toks[j]) && joins(&toks[j]) {
            j += 1;
        }
        if j > i && i > 0 && j < n && cap(&toks[i - 1]) && cap(&toks[j]) {
            for t in &mut toks[i..j] {
                t.flags |= flag::CAND;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    // Numbers and possessives right after a capitalised word ("Schalke 04" is rare, but
    // "Reuters’s" happens), and numbers right before one ("1860 Munich").
    for i in 0..n {
        if toks[i].has(flag::CAND) {
            continue;
        }
        let before = i > 0 && toks[i - 1].has(flag::CAND) && toks[i - 1].has(flag::HAS_UPPER);
        let after = i + 1 < n && toks[i + 1].has(flag::CAND) && toks[i + 1].has(flag::WORD);
        if toks[i].has(flag::NUMBER) && (before || after) && !toks[i].has(flag::PUNCT) {
            toks[i].flags |= flag::CAND;
        }
    }
}

/// Can this token join two capitalised words into one name?
#[inline]
fn joins(t: &Tok) -> bool {
    t.gaz & lexicon::bit::CONNECTOR != 0
}

/// Feature templates. Each feature is `fmix(value ^ TEMPLATE_SALT[template])`.
#[allow(missing_docs)]
pub(crate) mod tpl {
    pub const BIAS: u64 = 1;
    pub const WORD: u64 = 2;
    pub const LOWER: u64 = 3;
    pub const SHAPE: u64 = 4;
    pub const SHORT: u64 = 5;
    pub const PRE: u64 = 6; // +0..3
    pub const SUF: u64 = 10; // +0..3
    pub const LOW_M2: u64 = 14;
    pub const LOW_M1: u64 = 15;
    pub const LOW_P1: u64 = 16;
    pub const LOW_P2: u64 = 17;
    pub const SH_M2: u64 = 18;
    pub const SH_M1: u64 = 19;
    pub const SH_P1: u64 = 20;
    pub const SH_P2: u64 = 21;
    pub const BI_M1: u64 = 22;
    pub const BI_P1: u64 = 23;
    pub const SH3: u64 = 24;
    pub const FIRST_SH: u64 = 25;
    pub const CAPS_LOW: u64 = 26;
    pub const GAZ: u64 = 27;
    pub const GAZ_M1: u64 = 28;
    pub const GAZ_P1: u64 = 29;
    pub const FLAGS: u64 = 30;
    pub const CAPS_M1: u64 = 31;
    pub const CAPS_P1: u64 = 32;
    pub const GAZ_LOW: u64 = 33;
    pub const LEN: u64 = 34;
}

/// Most features one token can have.
pub(crate) const MAX_FEATURES: usize = 96;

#[inline]
fn f(template: u64, value: u64) -> u64 {
    fmix(value ^ template.wrapping_mul(0xD6E8_FEB8_6659_FD93))
}

#[inline]
fn pair(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(17) ^ b.wrapping_mul(K))
}

/// Sentinel values for words outside the sentence.
const BOS: u64 = 0xB0;
const EOS: u64 = 0xE0;

/// Collects features into a fixed array.
struct Out<'a> {
    buf: &'a mut [u64; MAX_FEATURES],
    n: usize,
}

impl Out<'_> {
    #[inline]
    fn push(&mut self, x: u64) {
        if self.n < MAX_FEATURES {
            self.buf[self.n] = x;
            self.n += 1;
        }
    }
}

/// The features of a token that depend on its text alone (so their weights can be summed
/// once per word form and cached); writes them from `out[at]`, returns the new count.
pub(crate) fn intrinsic(t: &Tok, text: &str, out: &mut [u64; MAX_FEATURES], at: usize) -> usize {
    // (of the text the token was analysed as, so that the features agree with the word
    // the tagger's caches know it by)
    let d = detail(analysed_text(t.span().slice(text)));
    let mut o = Out { buf: out, n: at };
    o.push(f(tpl::BIAS, 0));
    o.push(f(tpl::LOWER, t.lower));
    o.push(f(tpl::SHAPE, d.shape));
    o.push(f(tpl::SHORT, t.short()));
    for k in 0..4 {
        o.push(f(tpl::PRE + k as u64, d.pre[k]));
        o.push(f(tpl::SUF + k as u64, d.suf[k]));
    }
    o.push(f(tpl::LEN, t.chars.min(12) as u64));
    o.n
}

/// The features of token `i` of `sent` that depend on its context (and its gazetteer
/// bits); writes them from `out[at]`, returns the new count.
pub(crate) fn contextual(
    toks: &[Tok],
    sent: Sent,
    i: usize,
    out: &mut [u64; MAX_FEATURES],
    at: usize,
) -> usize {
    let mut o = Out { buf: out, n: at };
    let t = &toks[i];
    let get = |j: isize| near(toks, sent, i, j);
    let low = |j: isize| get(j).map_or(edge(j), |x| x.lower);
    let sh = |j: isize| get(j).map_or(edge(j), |x| x.short());
    let caps = t.has(flag::CAPS_LINE);

    if !caps {
        o.push(f(tpl::WORD, t.word));
    }
    o.push(f(tpl::LOW_M2, low(-2)));
    o.push(f(tpl::LOW_M1, low(-1)));
    o.push(f(tpl::LOW_P1, low(1)));
    o.push(f(tpl::LOW_P2, low(2)));
    o.push(f(tpl::SH_M2, sh(-2)));
    o.push(f(tpl::SH_M1, sh(-1)));
    o.push(f(tpl::SH_P1, sh(1)));
    o.push(f(tpl::SH_P2, sh(2)));
    o.push(f(tpl::BI_M1, pair(low(-1), t.lower)));
    o.push(f(tpl::BI_P1, pair(t.lower, low(1))));
    o.push(f(tpl::SH3, pair(pair(sh(-1), t.short()), sh(1))));
    let fl =
        t.flags & (flag::FIRST | flag::CAPS_LINE | flag::INITIAL | flag::POSS | flag::ALL_CAPS);
    o.push(f(tpl::FLAGS, fl as u64));
    if t.has(flag::FIRST) {
        o.push(f(tpl::FIRST_SH, pair(t.short(), t.lower)));
    }
    if caps {
        o.push(f(tpl::CAPS_LOW, t.lower));
        o.push(f(tpl::CAPS_M1, low(-1)));
        o.push(f(tpl::CAPS_P1, low(1)));
    }
    for b in bits(t.gaz & lexicon::bit::FEATURES) {
        o.push(f(tpl::GAZ, b));
        o.push(f(tpl::GAZ_LOW, pair(b, t.short())));
    }
    if let Some(p) = get(-1) {
        for b in bits(p.gaz & lexicon::bit::CONTEXT) {
            o.push(f(tpl::GAZ_M1, b));
        }
    }
    if let Some(p) = get(1) {
        for b in bits(p.gaz & lexicon::bit::CONTEXT) {
            o.push(f(tpl::GAZ_P1, b));
        }
    }
    o.n
}

/// The features of a token, in groups whose weights the tagger sums once per distinct
/// value of what they depend on ([`Group`]); [`features`] lists the same features (a test
/// checks that the groups add up to them).
///
/// - [`Group::Own`]: the intrinsic features, which depend on the word form (`word`) and
///   its coarse shape;
/// - [`Group::Gaz`]: its word classes and gazetteer bits, with its shape;
/// - [`Group::Near`]: what a neighbour 1 or 2 tokens away contributes: its lowercase form,
///   shape and (next to it) classes;
/// - the rest ([`direct_features`]: the word, flags, bigrams...) is looked up for every
///   token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    /// The token's intrinsic features.
    Own = 1,
    /// Its classes and gazetteer bits.
    Gaz = 2,
    /// A neighbour's (the offset -2, -1, +1 or +2 is part of the key).
    Near = 3,
}

/// What one group of features of a token depends on: equal keys, equal features.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct GroupKey {
    pub a: u64,
    pub b: u64,
    pub c: u32,
    /// The group (low byte) and small parameters above it.
    pub tag: u32,
}

/// The key of token `t`'s intrinsic features.
#[inline]
pub(crate) fn own_key(t: &Tok) -> GroupKey {
    GroupKey {
        a: t.word,
        b: t.short(),
        c: 0,
        tag: Group::Own as u32,
    }
}

/// The features of token `i` of `sent` outside the groups: the word (or, in a line of
/// capitals, its lowercase form), the flags, the first word's shape, the bigrams with the
/// neighbours and the trigram of shapes. Returns them and how many there are.
#[inline]
pub(crate) fn direct_features(toks: &[Tok], sent: Sent, i: usize) -> ([u64; 6], usize) {
    let t = &toks[i];
    let get = |j: isize| near(toks, sent, i, j);
    let low = |j: isize| get(j).map_or(edge(j), |x| x.lower);
    let sh = |j: isize| get(j).map_or(edge(j), |x| x.short());
    let short = t.short();
    let fl =
        t.flags & (flag::FIRST | flag::CAPS_LINE | flag::INITIAL | flag::POSS | flag::ALL_CAPS);
    let mut out = [
        if t.has(flag::CAPS_LINE) {
            f(tpl::CAPS_LOW, t.lower)
        } else {
            f(tpl::WORD, t.word)
        },
        f(tpl::FLAGS, fl as u64),
        f(tpl::BI_M1, pair(low(-1), t.lower)),
        f(tpl::BI_P1, pair(t.lower, low(1))),
        f(tpl::SH3, pair(pair(sh(-1), short), sh(1))),
        0,
    ];
    if t.has(flag::FIRST) {
        out[5] = f(tpl::FIRST_SH, pair(short, t.lower));
        (out, 6)
    } else {
        (out, 5)
    }
}

/// The key of token `t`'s class group.
#[inline]
pub(crate) fn gaz_key(t: &Tok) -> GroupKey {
    GroupKey {
        a: t.short(),
        b: 0,
        c: t.gaz & lexicon::bit::FEATURES,
        tag: Group::Gaz as u32,
    }
}

/// The class group of key `k`.
pub(crate) fn gaz_features(k: GroupKey, out: &mut [u64; MAX_FEATURES]) -> usize {
    let mut o = Out { buf: out, n: 0 };
    for b in bits(k.c) {
        o.push(f(tpl::GAZ, b));
        o.push(f(tpl::GAZ_LOW, pair(b, k.a)));
    }
    o.n
}

/// The positions of the set bits of `g`, lowest first.
#[inline]
fn bits(mut g: u32) -> impl Iterator<Item = u64> {
    std::iter::from_fn(move || {
        (g != 0).then(|| {
            let b = g.trailing_zeros() as u64;
            g &= g - 1;
            b
        })
    })
}

/// The token `d` places from token `i` of `sent`, if the sentence has one there.
#[inline]
fn near(toks: &[Tok], sent: Sent, i: usize, d: isize) -> Option<&Tok> {
    let k = i as isize + d;
    (k >= sent.start as isize && k < sent.end as isize).then(|| &toks[k as usize])
}

/// What stands for a neighbour `d` places away beyond the sentence's edge.
#[inline]
fn edge(d: isize) -> u64 {
    if d < 0 { BOS } else { EOS }
}

/// The key of what the token `d` places from token `i` of `sent` (`d` in -2, -1, 1, 2)
/// contributes to `i`'s features.
#[inline]
pub(crate) fn near_key(toks: &[Tok], sent: Sent, i: usize, d: isize) -> GroupKey {
    let caps = toks[i].has(flag::CAPS_LINE);
    let (low, sh, ctx) = match near(toks, sent, i, d) {
        None => (edge(d), edge(d), 0),
        Some(t) => {
            let ctx = if d.abs() == 1 {
                t.gaz & lexicon::bit::CONTEXT
            } else {
                0
            };
            (t.lower, t.short(), ctx)
        }
    };
    GroupKey {
        a: low,
        b: sh,
        c: ctx,
        tag: Group::Near as u32 | ((d + 2) as u32) << 8 | (caps as u32) << 12,
    }
}

/// The neighbour group of key `k`.
pub(crate) fn near_features(k: GroupKey, out: &mut [u64; MAX_FEATURES]) -> usize {
    let mut o = Out { buf: out, n: 0 };
    let caps = k.tag >> 12 & 1 != 0;
    let (low, sh) = (k.a, k.b);
    match (k.tag >> 8 & 15) as isize - 2 {
        -2 => {
            o.push(f(tpl::LOW_M2, low));
            o.push(f(tpl::SH_M2, sh));
        }
        d @ (-1 | 1) => {
            let (lo_t, sh_t, caps_t, gaz_t) = if d < 0 {
                (tpl::LOW_M1, tpl::SH_M1, tpl::CAPS_M1, tpl::GAZ_M1)
            } else {
                (tpl::LOW_P1, tpl::SH_P1, tpl::CAPS_P1, tpl::GAZ_P1)
            };
            o.push(f(lo_t, low));
            o.push(f(sh_t, sh));
            if caps {
                o.push(f(caps_t, low));
            }
            for b in bits(k.c) {
                o.push(f(gaz_t, b));
            }
        }
        _ => {
            o.push(f(tpl::LOW_P2, low));
            o.push(f(tpl::SH_P2, sh));
        }
    }
    o.n
}

/// How many contextual features token `i` of `sent` has ([`contextual`] keeps at most
/// [`MAX_FEATURES`]).
pub(crate) fn contextual_count(toks: &[Tok], sent: Sent, i: usize) -> usize {
    let t = &toks[i];
    let caps = t.has(flag::CAPS_LINE) as usize;
    let ctx = |k: usize| (toks[k].gaz & lexicon::bit::CONTEXT).count_ones() as usize;
    (1 - caps)
        + 11
        + 1
        + t.has(flag::FIRST) as usize
        + 3 * caps
        + 2 * (t.gaz & lexicon::bit::FEATURES).count_ones() as usize
        + if i > sent.start { ctx(i - 1) } else { 0 }
        + if i + 1 < sent.end { ctx(i + 1) } else { 0 }
}

/// Every feature of token `i` of `sent`; returns how many.
pub(crate) fn features(
    toks: &[Tok],
    text: &str,
    sent: Sent,
    i: usize,
    out: &mut [u64; MAX_FEATURES],
) -> usize {
    let n = intrinsic(&toks[i], text, out, 0);
    contextual(toks, sent, i, out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_ampersand_has_the_features_of_an_ampersand() {
        // The tagger caches a word's own features by its word hash: "&amp;" is analysed as
        // "&", so its features must be those of "&" (else the output of an article would
        // depend on the articles the same thread read before it).
        let feats = |text: &str, at: usize, len: usize| {
            let t = analyse(
                analysed_text(&text[at..at + len]),
                Span::new(at, at + len),
                TokenKind::Punct,
            );
            let mut out = [0u64; MAX_FEATURES];
            let n = intrinsic(&t, text, &mut out, 0);
            (own_key(&t), out[..n].to_vec())
        };
        assert_eq!(
            feats("Procter & Gamble", 8, 1),
            feats("Procter &amp; Gamble", 8, 5)
        );
        assert_eq!(
            feats("Procter & Gamble", 8, 1),
            feats("PROCTER &AMP; GAMBLE", 8, 5)
        );
    }

    #[test]
    fn the_word_cache_gives_what_analysis_gives() {
        let lex = &*super::super::gazetteer::BUILTIN;
        let mut other = super::super::gazetteer::from_tables();
        other.add_word("Quillfeather", lexicon::bit::GIVEN);
        other.freeze();
        let mut cache = WordCache::default();
        let words = [
            "Palantir",
            "palantir",
            "PALANTIR",
            "Zürich",
            "’s",
            "of",
            "&",
            "(",
            "1,139",
            "£330",
            "Internationalisation",
            "co-founder",
            "Quillfeather",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
            "x",
        ];
        for round in 0..3 {
            for l in [lex, &other, lex] {
                for w in words {
                    for kind in [TokenKind::Word, TokenKind::Punct, TokenKind::Number] {
                        let span = Span::new(round, round + w.len());
                        // The word at the end of the text, and followed by more.
                        let text = match round {
                            1 => format!(" {w}"),
                            _ => format!("{:1$}{w} and more words", "", round),
                        };
                        let got = cache.get(l, &text, span, kind);
                        let mut want = analyse(w, span, kind);
                        want.gaz = l.classes(&want);
                        assert_eq!(
                            (got.start, got.end, got.word, got.lower, got.key),
                            (want.start, want.end, want.word, want.lower, want.key),
                            "{w}"
                        );
                        assert_eq!(
                            (got.chars, got.flags, got.gaz),
                            (want.chars, want.flags, want.gaz),
                            "{w}"
                        );
                    }
                }
            }
        }
        let q = |l: &Lexicon, c: &mut WordCache| {
            c.get(l, "Quillfeather", Span::new(0, 12), TokenKind::Word)
                .gaz
        };
        assert_ne!(q(lex, &mut cache), q(&other, &mut cache));
    }

    #[test]
    fn possessives() {
        assert_eq!(possessive_len("Palantir’s"), Some(4));
        assert_eq!(possessive_len("RAVANELLI'S"), Some(2));
        assert_eq!(possessive_len("it's"), Some(2));
        assert_eq!(possessive_len("’s"), None);
        assert_eq!(possessive_len("Paris"), None);
        assert_eq!(possessive_len("Jones'"), None);
    }

    #[test]
    fn hashes_fold_case_digits_and_apostrophes() {
        assert_eq!(lower_hash("Palantir"), lower_hash("PALANTIR"));
        assert_eq!(lower_hash("don’t"), lower_hash("don't"));
        assert_eq!(lower_hash("1996"), lower_hash("2023"));
        assert_ne!(lower_hash("NHS"), lower_hash("NHS England"));
        let a = analyse("Karp", Span::new(0, 4), TokenKind::Word);
        let b = analyse("Zara", Span::new(0, 4), TokenKind::Word);
        assert_eq!(detail("Karp").shape, detail("Zara").shape);
        let (z, p) = (
            analyse("Zürich", Span::new(0, 7), TokenKind::Word),
            analyse("Paris", Span::new(0, 5), TokenKind::Word),
        );
        assert_eq!(coarse_shape(&z), coarse_shape(&p));
        let caps = analyse("BMA", Span::new(0, 3), TokenKind::Word);
        assert_ne!(coarse_shape(&z), coarse_shape(&caps));
        assert_ne!(a.lower, b.lower);
        assert!(a.has(flag::INIT_CAP) && !a.has(flag::ALL_CAPS) && a.has(flag::HAS_LOWER));
        let c = analyse("BMA", Span::new(0, 3), TokenKind::Word);
        assert!(c.has(flag::ALL_CAPS) && !c.has(flag::HAS_LOWER));
        assert_eq!(analyse("Zürich", Span::new(0, 7), TokenKind::Word).chars, 6);
        // The eight-bytes-at-a-time path (ASCII) and the general path agree.
        let b = analyse("Ab-9é", Span::new(0, 6), TokenKind::Word);
        let c = analyse("AB-9É", Span::new(0, 6), TokenKind::Word);
        assert_eq!(b.lower, c.lower);
        assert_ne!(key_hash("Ab-8"), key_hash("Ab-9"));
        assert_eq!(key_hash("AB-9É"), c.key);
        for w in [
            "Ab-9",
            "LeT",
            "U.S.",
            "co-founder",
            "1,139",
            "3.5%",
            "Palantir",
            "PALANTIR",
            "Internationalisation",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            "x",
            "&",
            "'s",
            "Schleswig-Holstein",
            "zz9-Plural-Z-Alpha",
            "A.G.",
            "~`|{}",
            "Zürich-1",
        ] {
            let t = analyse(w, Span::new(0, w.len()), TokenKind::Word);
            assert_eq!(t.lower, lower_hash_chars(w), "{w}");
            assert_eq!(t.word, word_hash_chars(w), "{w}");
            assert_eq!(t.key, key_hash_chars(w), "{w}");
            let upper = w.chars().any(char::is_uppercase);
            let lower = w.chars().any(char::is_lowercase);
            assert_eq!(t.has(flag::HAS_UPPER), upper, "{w}");
            assert_eq!(t.has(flag::HAS_LOWER), lower, "{w}");
            assert_eq!(
                t.has(flag::HAS_DIGIT),
                w.chars().any(|c| c.is_ascii_digit()),
                "{w}"
            );
            assert_eq!(t.has(flag::HAS_PERIOD), w.contains('.'), "{w}");
            assert_eq!(t.has(flag::HAS_HYPHEN), w.contains('-'), "{w}");
            assert_eq!(t.has(flag::ALL_CAPS), upper && !lower, "{w}");
            assert_eq!(
                t.has(flag::INIT_CAP),
                w.starts_with(char::is_uppercase),
                "{w}"
            );
        }
        let w = analyse("LeT", Span::new(0, 3), TokenKind::Word);
        assert_ne!(w.word, word_hash("Let"));
        assert_eq!(w.lower, lower_hash("Let"));
        let (x, y) = (detail("Karp"), detail("Kar"));
        assert_eq!(x.pre[2], y.pre[2]);
        assert_eq!(y.pre[3], y.pre[2]);
        assert_ne!(x.suf[0], y.suf[0]);
    }
}
