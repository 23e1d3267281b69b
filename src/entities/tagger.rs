//! Running the model over a document's candidate tokens.

use super::features::{self, GroupKey, MAX_FEATURES, Sent, Tok, flag};
use super::model::{self, Model, NT, Pos, Type};

/// A name found by the tagger: tokens `start..end` of the tagging tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tagged {
    pub start: usize,
    pub end: usize,
    pub ty: Type,
}

/// Entries of the cache of group scores (direct-mapped).
const CACHE_SIZE: usize = 1 << 13;

/// The summed weights (tags 1 to 12) of one group of features ([`features::Group`]).
#[derive(Clone, Copy)]
struct Cached {
    key: GroupKey,
    sums: [i16; NT - 1],
}

impl Default for Cached {
    fn default() -> Self {
        Cached {
            // No group has tag 0: an empty entry.
            key: GroupKey {
                a: 0,
                b: 0,
                c: 0,
                tag: 0,
            },
            sums: [0; NT - 1],
        }
    }
}

/// Buffers reused from one document to the next, and a cache of the scores of groups of
/// features (exact sums, so tagging gives the same result with or without it): most
/// tokens share their word form, classes and neighbours with earlier ones.
#[derive(Default)]
pub(crate) struct Scratch {
    emit: Vec<[i32; NT]>,
    back: Vec<[u8; NT]>,
    tags: Vec<u8>,
    cache: Vec<Cached>,
    /// The same for the intrinsic features of word forms.
    own: Vec<Cached>,
    /// The features of a group being cached.
    feats: FeatBuf,
    /// The model the caches belong to.
    cache_model: usize,
}

/// A buffer of features (not zeroed for every group).
struct FeatBuf([u64; MAX_FEATURES]);

impl Default for FeatBuf {
    fn default() -> Self {
        FeatBuf([0; MAX_FEATURES])
    }
}

/// The cache slot of group `key`.
#[inline]
fn slot_of(key: &GroupKey) -> usize {
    let h = (key.a ^ key.b.rotate_left(21) ^ ((key.c as u64) << 32 | key.tag as u64))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - CACHE_SIZE.trailing_zeros())) as usize
}

/// Adds the scores of the features of group `key` (in slot `slot` of `cache`, listed by
/// `list` when not cached) to `acc`, and caches them.
#[inline]
fn add_group(
    cache: &mut [Cached],
    feats: &mut [u64; MAX_FEATURES],
    model: &Model,
    key: GroupKey,
    slot: usize,
    acc: &mut [i32; NT],
    list: impl FnOnce(&mut [u64; MAX_FEATURES]) -> usize,
) {
    let slot = &mut cache[slot];
    if slot.key == key {
        for (a, &s) in acc[1..].iter_mut().zip(&slot.sums) {
            *a += s as i32;
        }
        return;
    }
    let n = list(feats);
    let mut sums = [0i32; NT];
    model.add_all(&feats[..n], &mut sums);
    for (a, &s) in acc.iter_mut().zip(&sums) {
        *a += s;
    }
    // Sums that fit 16 bits (all, in practice) are kept.
    if sums.iter().all(|&s| i16::try_from(s).is_ok()) {
        let mut small = [0i16; NT - 1];
        for (d, &s) in small.iter_mut().zip(&sums[1..]) {
            *d = s as i16;
        }
        *slot = Cached { key, sums: small };
    }
}

/// Runs of candidate tokens in a sentence, as `(start, end)` token indices.
pub(crate) fn runs(toks: &[Tok], s: Sent) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = s.start;
    std::iter::from_fn(move || {
        while i < s.end && !toks[i].has(flag::CAND) {
            i += 1;
        }
        if i >= s.end {
            return None;
        }
        let a = i;
        while i < s.end && toks[i].has(flag::CAND) {
            i += 1;
        }
        Some((a, i))
    })
}

/// Turns the tags of tokens `a..` into names.
pub(crate) fn decode(tags: &[u8], a: usize, out: &mut Vec<Tagged>) {
    let mut open: Option<(usize, Type)> = None;
    for (k, &t) in tags.iter().enumerate() {
        let (pos, ty) = model::untag(t as usize);
        match (pos, ty) {
            (Pos::U, Some(ty)) => out.push(Tagged {
                start: a + k,
                end: a + k + 1,
                ty,
            }),
            (Pos::B, Some(ty)) => open = Some((a + k, ty)),
            (Pos::L, Some(ty)) => {
                if let Some((s, oty)) = open.take()
                    && oty == ty
                {
                    out.push(Tagged {
                        start: s,
                        end: a + k + 1,
                        ty,
                    });
                }
            }
            (Pos::I, _) => {}
            _ => open = None,
        }
    }
}

/// The scores of the tags of token `i` of sentence `s`: the weights of its features
/// ([`features::features`]), summed by group through the caches.
fn emission(
    model: &Model,
    text: &str,
    toks: &[Tok],
    s: Sent,
    i: usize,
    sc: &mut Scratch,
) -> [i32; NT] {
    let mut acc = [0i32; NT];
    if features::contextual_count(toks, s, i) > MAX_FEATURES {
        // More contextual features than are kept (never seen in practice): the first
        // MAX_FEATURES count.
        let mut feats = [0u64; MAX_FEATURES];
        let n = features::intrinsic(&toks[i], text, &mut feats, 0);
        model.add_all(&feats[..n], &mut acc);
        let n = features::contextual(toks, s, i, &mut feats, 0);
        model.add_all(&feats[..n], &mut acc);
        return acc;
    }
    let t = &toks[i];
    let own = features::own_key(t);
    let keys = [
        features::gaz_key(t),
        features::near_key(toks, s, i, -2),
        features::near_key(toks, s, i, -1),
        features::near_key(toks, s, i, 1),
        features::near_key(toks, s, i, 2),
    ];
    // Every slot is read before any is compared, so that the reads (often cache misses)
    // overlap.
    let own_slot = slot_of(&own);
    let slots = keys.map(|k| slot_of(&k));
    let mut touch = sc.own[own_slot].key.tag;
    for &j in &slots {
        touch ^= sc.cache[j].key.tag;
    }
    std::hint::black_box(touch);
    add_group(
        &mut sc.own,
        &mut sc.feats.0,
        model,
        own,
        own_slot,
        &mut acc,
        |f| features::intrinsic(t, text, f, 0),
    );
    add_group(
        &mut sc.cache,
        &mut sc.feats.0,
        model,
        keys[0],
        slots[0],
        &mut acc,
        |f| features::gaz_features(keys[0], f),
    );
    for k in 1..5 {
        add_group(
            &mut sc.cache,
            &mut sc.feats.0,
            model,
            keys[k],
            slots[k],
            &mut acc,
            |f| features::near_features(keys[k], f),
        );
    }
    let (direct, n) = features::direct_features(toks, s, i);
    model.add_all(&direct[..n], &mut acc);
    acc
}

/// Tags every sentence; appends the names found to `out`.
pub(crate) fn tag(
    model: &Model,
    text: &str,
    toks: &[Tok],
    sents: &[Sent],
    sc: &mut Scratch,
    out: &mut Vec<Tagged>,
) {
    sc.prepare(model);
    for &s in sents {
        for (a, b) in runs(toks, s) {
            sc.emit.clear();
            for i in a..b {
                let e = emission(model, text, toks, s, i, sc);
                sc.emit.push(e);
            }
            model::viterbi_i32(&sc.emit, &model.trans, &mut sc.back, &mut sc.tags);
            decode(&sc.tags, a, out);
        }
    }
}

impl Scratch {
    /// Empties the caches unless they were filled with `model`.
    fn prepare(&mut self, model: &Model) {
        let id = model as *const Model as usize;
        if self.cache_model != id || self.cache.len() != CACHE_SIZE || self.own.len() != CACHE_SIZE
        {
            for c in [&mut self.cache, &mut self.own] {
                c.clear();
                c.resize(CACHE_SIZE, Cached::default());
            }
            self.cache_model = id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::entities::gazetteer::BUILTIN;

    const TEXT: &str = "BMA SAYS NHS ENGLAND WILL PAY\n\nThe British Medical Association’s \
        chair, Dr Zara Ellery, met Palantir Technologies in Leeds on Monday. “We won’t,” \
        said Alex Karp of Palantir. Karp’s firm, a US tech company, and the Resident \
        Doctors’ Union (RDU) of New York & Co. said 1860 Munich and Schalke 04 agreed. \
        J. R. R. Tolkien wrote to O'Brien, Goldman Sachs & Co. Inc and the U.N. on 3 May.";

    /// The features of a token, as the tagger sums them (groups and direct ones).
    fn grouped(toks: &[Tok], text: &str, s: Sent, i: usize) -> Vec<u64> {
        let mut out = Vec::new();
        let mut f = [0u64; MAX_FEATURES];
        let n = features::intrinsic(&toks[i], text, &mut f, 0);
        out.extend_from_slice(&f[..n]);
        let n = features::gaz_features(features::gaz_key(&toks[i]), &mut f);
        out.extend_from_slice(&f[..n]);
        for d in [-2, -1, 1, 2] {
            let n = features::near_features(features::near_key(toks, s, i, d), &mut f);
            out.extend_from_slice(&f[..n]);
        }
        let (direct, n) = features::direct_features(toks, s, i);
        out.extend_from_slice(&direct[..n]);
        out.sort_unstable();
        out
    }

    #[test]
    fn the_groups_hold_every_feature_once() {
        let doc = Document::new(TEXT, None);
        let mut b = features::Built::default();
        features::build(&doc, &BUILTIN, &mut b);
        let mut checked = 0;
        for &s in &b.sents {
            for i in s.start..s.end {
                let mut f = [0u64; MAX_FEATURES];
                let n = features::features(&b.toks, TEXT, s, i, &mut f);
                assert!(n < MAX_FEATURES);
                assert_eq!(n, 13 + features::contextual_count(&b.toks, s, i));
                let mut want = f[..n].to_vec();
                want.sort_unstable();
                assert_eq!(grouped(&b.toks, TEXT, s, i), want, "token {i}");
                checked += 1;
            }
        }
        assert!(checked > 50);
    }

    #[test]
    fn cached_scores_are_exact() {
        // Each candidate's scores: with cold caches, warm ones, and from its full list of
        // features.
        let doc = Document::new(TEXT, None);
        let mut b = features::Built::default();
        features::build(&doc, &BUILTIN, &mut b);
        let model = &*crate::entities::MODEL;
        let mut warm = Scratch::default();
        warm.prepare(model);
        let mut checked = 0;
        for _ in 0..2 {
            for &s in &b.sents {
                for (a, e) in runs(&b.toks, s) {
                    for i in a..e {
                        let mut cold = Scratch::default();
                        cold.prepare(model);
                        let got = emission(model, TEXT, &b.toks, s, i, &mut cold);
                        assert_eq!(got, emission(model, TEXT, &b.toks, s, i, &mut warm));
                        let mut f = [0u64; MAX_FEATURES];
                        let n = features::features(&b.toks, TEXT, s, i, &mut f);
                        let mut want = [0i32; NT];
                        model.add_all(&f[..n], &mut want);
                        assert_eq!(got, want, "token {i}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 40);
    }
}
