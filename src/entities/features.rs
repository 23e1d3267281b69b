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
        '’' | '‘' | '`' | 'ʼ' => '\'',
        '“' | '”' | '„' => '"',
        '‐' | '‑' | '–' | '—' => '-',
        c => c,
    }
}

/// The lowercase folded form of `c`, one character (the first of a multi-character
/// lowercase mapping).
#[inline]
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Hash of the lowercase, folded form of `s`: what gazetteer entries and word features use.
pub(crate) fn lower_hash(s: &str) -> u64 {
    let mut h = SEED;
    for c in s.chars() {
        h = step(h, fold(lower(c)) as u64);
    }
    fmix(h)
}

/// Hash of `s` as written (folded): the `word` of its token.
pub(crate) fn word_hash(s: &str) -> u64 {
    let mut h = SEED;
    for c in s.chars() {
        h = step(h, fold(c) as u64);
    }
    fmix(h)
}

/// Hash of the lowercase form of `s` with its digits: what gazetteer names match on.
pub(crate) fn key_hash(s: &str) -> u64 {
    let mut h = SEED;
    for c in s.chars() {
        h = step(h, fold_keep(lower(c)) as u64);
    }
    fmix(h)
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
    /// Where it is.
    pub span: Span,
    /// Hash of the exact (folded) form.
    pub word: u64,
    /// Hash of the lowercase folded form.
    pub lower: u64,
    /// Hash of the lowercase form with digits (gazetteer names match on it).
    pub key: u64,
    /// Hash of the shape with runs capped at four ("Xxxx", "XX", "dd,ddd").
    pub shape: u64,
    /// Hash of the shape with runs collapsed ("Xx", "X", "d,d").
    pub short: u64,
    /// Hashes of the lowercase prefixes of 1 to 4 characters.
    pub pre: [u64; 4],
    /// Hashes of the lowercase suffixes of 1 to 4 characters.
    pub suf: [u64; 4],
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
}

/// Class of a character for shapes: `X`, `x`, `d`, or the (folded) character itself.
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

/// Analyses the text of one token, cheaply: flags, lowercase hash and short shape, which
/// every token needs (as a neighbour). [`complete`] adds the rest for candidates.
fn analyse(text: &str, span: Span, kind: TokenKind) -> Tok {
    let mut low = SEED;
    let mut key = SEED;
    let mut short = SEED;
    let mut last = '\0';
    let mut n = 0u32;
    let mut letters = 0u32;
    let mut uppers = 0u32;
    let mut flags = 0u32;
    let mut note = |c: char, cl: char, flags: &mut u32| {
        match cl {
            'X' => {
                letters += 1;
                uppers += 1;
                *flags |= flag::HAS_UPPER;
            }
            'x' => {
                letters += 1;
                *flags |= flag::HAS_LOWER;
            }
            'd' => *flags |= flag::HAS_DIGIT,
            '.' => *flags |= flag::HAS_PERIOD,
            '-' => *flags |= flag::HAS_HYPHEN,
            _ => {}
        }
        let _ = c;
    };
    if text.is_ascii() {
        for &b in text.as_bytes() {
            let c = b as char;
            let (l, cl) = match b {
                b'A'..=b'Z' => ((b | 0x20) as char, 'X'),
                b'a'..=b'z' => (c, 'x'),
                b'0'..=b'9' => ('0', 'd'),
                b'`' => ('\'', '\''),
                _ => (c, c),
            };
            low = step(low, l as u64);
            key = step(key, if cl == 'd' { c } else { l } as u64);
            note(c, cl, &mut flags);
            if n == 0 && cl == 'X' {
                flags |= flag::INIT_CAP;
            }
            if cl != last {
                short = step(short, cl as u64);
                last = cl;
            }
            n += 1;
        }
    } else {
        for c in text.chars() {
            let cl = class(c);
            let lc = lower(c);
            low = step(low, fold(lc) as u64);
            key = step(key, fold_keep(lc) as u64);
            note(c, cl, &mut flags);
            if n == 0 && cl == 'X' {
                flags |= flag::INIT_CAP;
            }
            if cl != last {
                short = step(short, cl as u64);
                last = cl;
            }
            n += 1;
        }
    }
    if letters > 0 && uppers == letters {
        flags |= flag::ALL_CAPS;
    }
    if n == 2 && flags & flag::INIT_CAP != 0 && text.ends_with('.') {
        flags |= flag::INITIAL;
    }
    flags |= match kind {
        TokenKind::Word => flag::WORD,
        TokenKind::Number => flag::NUMBER,
        TokenKind::Punct => flag::PUNCT,
        _ => 0,
    };
    if matches!(text, "“" | "\"" | "‘" | "'" | "(" | "[" | "«") {
        flags |= flag::OPENER;
    }
    Tok {
        span,
        lower: fmix(low),
        key: fmix(key),
        short: fmix(short),
        chars: n,
        flags,
        ..Tok::default()
    }
}

/// Completes the analysis of a token that will be tagged: exact form, long shape,
/// prefixes and suffixes.
fn complete(t: &mut Tok, text: &str) {
    let mut word = SEED;
    let mut shape = SEED;
    let mut low = SEED;
    let mut last = '\0';
    let mut run = 0u32;
    let mut n = 0usize;
    let mut ring = ['\0'; 4];
    for c in text.chars() {
        let cl = class(c);
        let l = fold(lower(c));
        word = step(word, fold(c) as u64);
        low = step(low, l as u64);
        if n < 4 {
            t.pre[n] = low;
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
        t.pre[k] = if n == 0 { SEED } else { t.pre[n - 1] };
    }
    for p in &mut t.pre {
        *p = fmix(*p);
    }
    // Suffixes: the last k characters, hashed in reverse order.
    let mut h = SEED;
    for k in 0..4 {
        if k < n {
            h = step(h, ring[(n - 1 - k) % 4] as u64);
        }
        t.suf[k] = fmix(h);
    }
    t.word = fmix(word);
    t.shape = fmix(shape);
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

/// Builds the tagging tokens of `doc` (possessives split, analysed, gazetteer bits set,
/// candidates marked) into `toks`, their sentences into `sents`, and the gazetteer matches
/// into `found`.
pub(crate) fn build(
    doc: &Document,
    lex: &Lexicon,
    toks: &mut Vec<Tok>,
    sents: &mut Vec<Sent>,
    found: &mut Vec<GazMatch>,
) {
    toks.clear();
    sents.clear();
    toks.reserve(doc.tokens.len() + doc.tokens.len() / 32);
    for s in &doc.sentences {
        let start = toks.len();
        for t in &doc.tokens[s.first..s.last] {
            let text = t.span.slice(doc.text);
            if t.kind == TokenKind::Word
                && let Some(len) = possessive_len(text)
            {
                let cut = t.span.end - len;
                toks.push(analyse(
                    &text[..text.len() - len],
                    Span::new(t.span.start, cut),
                    t.kind,
                ));
                let mut p = analyse(
                    &text[text.len() - len..],
                    Span::new(cut, t.span.end),
                    t.kind,
                );
                p.flags |= flag::POSS;
                p.flags &= !flag::INIT_CAP;
                toks.push(p);
            } else {
                toks.push(analyse(text, t.span, t.kind));
            }
        }
        let end = toks.len();
        if end > start {
            sents.push(Sent { start, end });
        }
    }
    lex.mark(toks, sents, found);
    for s in sents.iter() {
        mark_sentence(&mut toks[s.start..s.end]);
    }
    for t in toks.iter_mut() {
        if t.has(flag::CAND) {
            complete(t, t.span.slice(doc.text));
        }
    }
}

/// Sets the sentence-level flags and marks candidates.
fn mark_sentence(toks: &mut [Tok]) {
    let mut words = 0;
    let mut lowers = 0;
    for t in toks.iter() {
        if t.has(flag::WORD) {
            words += 1;
            if t.has(flag::HAS_LOWER) && !t.has(flag::HAS_UPPER) {
                lowers += 1;
            }
        }
    }
    let caps_line = words >= 2 && lowers == 0;
    let mut first = true;
    for t in toks.iter_mut() {
        if caps_line {
            t.flags |= flag::CAPS_LINE;
        }
        if first && t.has(flag::WORD | flag::NUMBER) {
            t.flags |= flag::FIRST;
            first = false;
        }
        if t.has(flag::HAS_UPPER) && t.has(flag::WORD) && !t.has(flag::POSS) {
            t.flags |= flag::CAND;
        }
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
        let after = i + 1 < n && toks[i + 1].has(flag::HAS_UPPER) && toks[i + 1].has(flag::WORD);
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
pub(crate) fn intrinsic(t: &Tok, out: &mut [u64; MAX_FEATURES], at: usize) -> usize {
    let mut o = Out { buf: out, n: at };
    o.push(f(tpl::BIAS, 0));
    o.push(f(tpl::LOWER, t.lower));
    o.push(f(tpl::SHAPE, t.shape));
    o.push(f(tpl::SHORT, t.short));
    for k in 0..4 {
        o.push(f(tpl::PRE + k as u64, t.pre[k]));
        o.push(f(tpl::SUF + k as u64, t.suf[k]));
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
    let get = |j: isize| -> Option<&Tok> {
        let k = i as isize + j;
        if k < sent.start as isize || k >= sent.end as isize {
            None
        } else {
            Some(&toks[k as usize])
        }
    };
    let low = |j: isize| get(j).map_or(if j < 0 { BOS } else { EOS }, |x| x.lower);
    let sh = |j: isize| get(j).map_or(if j < 0 { BOS } else { EOS }, |x| x.short);
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
    o.push(f(tpl::SH3, pair(pair(sh(-1), t.short), sh(1))));
    let fl =
        t.flags & (flag::FIRST | flag::CAPS_LINE | flag::INITIAL | flag::POSS | flag::ALL_CAPS);
    o.push(f(tpl::FLAGS, fl as u64));
    if t.has(flag::FIRST) {
        o.push(f(tpl::FIRST_SH, pair(t.short, t.lower)));
    }
    if caps {
        o.push(f(tpl::CAPS_LOW, t.lower));
        o.push(f(tpl::CAPS_M1, low(-1)));
        o.push(f(tpl::CAPS_P1, low(1)));
    }
    let mut g = t.gaz;
    while g != 0 {
        let b = g.trailing_zeros() as u64;
        g &= g - 1;
        o.push(f(tpl::GAZ, b));
        o.push(f(tpl::GAZ_LOW, pair(b, t.short)));
    }
    if let Some(p) = get(-1) {
        let mut g = p.gaz & lexicon::bit::CONTEXT;
        while g != 0 {
            let b = g.trailing_zeros() as u64;
            g &= g - 1;
            o.push(f(tpl::GAZ_M1, b));
        }
    }
    if let Some(p) = get(1) {
        let mut g = p.gaz & lexicon::bit::CONTEXT;
        while g != 0 {
            let b = g.trailing_zeros() as u64;
            g &= g - 1;
            o.push(f(tpl::GAZ_P1, b));
        }
    }
    o.n
}

/// Every feature of token `i` of `sent`; returns how many.
pub(crate) fn features(toks: &[Tok], sent: Sent, i: usize, out: &mut [u64; MAX_FEATURES]) -> usize {
    let n = intrinsic(&toks[i], out, 0);
    contextual(toks, sent, i, out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(a.shape, b.shape);
        assert_ne!(a.lower, b.lower);
        assert!(a.has(flag::INIT_CAP) && !a.has(flag::ALL_CAPS));
        let c = analyse("BMA", Span::new(0, 3), TokenKind::Word);
        assert!(c.has(flag::ALL_CAPS));
        let e = analyse("Zürich", Span::new(0, 7), TokenKind::Word);
        assert_eq!(e.chars, 6);
        assert_eq!(
            e.short,
            analyse("Paris", Span::new(0, 5), TokenKind::Word).short
        );
        // The ASCII fast path and the general path agree.
        let a = analyse("Ab-9", Span::new(0, 4), TokenKind::Word);
        let b = analyse("Ab-9é", Span::new(0, 6), TokenKind::Word);
        let c = analyse("AB-9É", Span::new(0, 6), TokenKind::Word);
        assert_eq!(b.lower, c.lower);
        assert_ne!(a.lower, b.lower);
        assert_eq!(lower_hash("Ab-9"), a.lower);
        assert_eq!(key_hash("Ab-9"), a.key);
        assert_eq!(key_hash("AB-9É"), c.key);
        assert_ne!(key_hash("Ab-8"), a.key);
        let mut w = analyse("LeT", Span::new(0, 3), TokenKind::Word);
        complete(&mut w, "LeT");
        assert_eq!(w.word, word_hash("LeT"));
        assert_ne!(w.word, word_hash("Let"));
        let mut x = analyse("Karp", Span::new(0, 4), TokenKind::Word);
        complete(&mut x, "Karp");
        let mut y = analyse("Kar", Span::new(0, 3), TokenKind::Word);
        complete(&mut y, "Kar");
        assert_eq!(x.pre[2], y.pre[2]);
        assert_eq!(y.pre[3], y.pre[2]);
        assert_ne!(x.suf[0], y.suf[0]);
    }
}
