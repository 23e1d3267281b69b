//! Running the model over a document's candidate tokens.

use super::features::{self, MAX_FEATURES, Sent, Tok, flag};
use super::model::{self, Model, NT, Pos, Type};

/// A name found by the tagger: tokens `start..end` of the tagging tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tagged {
    pub start: usize,
    pub end: usize,
    pub ty: Type,
}

/// Entries of the cache of intrinsic scores (direct-mapped by word hash).
const CACHE_SIZE: usize = 1 << 12;

/// The summed weights of a word form's intrinsic features.
#[derive(Clone, Copy, Default)]
struct Cached {
    word: u64,
    sums: [i32; NT],
}

/// Buffers reused from one document to the next, and a cache of the scores of the
/// intrinsic features of word forms (exact sums, so tagging gives the same result with or
/// without it).
#[derive(Default)]
pub(crate) struct Scratch {
    emit: Vec<[i32; NT]>,
    back: Vec<[u8; NT]>,
    tags: Vec<u8>,
    cache: Vec<Cached>,
    /// The model the cache belongs to.
    cache_model: usize,
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

/// Tags every sentence; appends the names found to `out`.
pub(crate) fn tag(
    model: &Model,
    text: &str,
    toks: &[Tok],
    sents: &[Sent],
    sc: &mut Scratch,
    out: &mut Vec<Tagged>,
) {
    let mut feats = [0u64; MAX_FEATURES];
    let id = model as *const Model as usize;
    if sc.cache_model != id || sc.cache.len() != CACHE_SIZE {
        sc.cache.clear();
        sc.cache.resize(CACHE_SIZE, Cached::default());
        sc.cache_model = id;
    }
    for &s in sents {
        for (a, b) in runs(toks, s) {
            sc.emit.clear();
            for i in a..b {
                let t = &toks[i];
                let slot = &mut sc.cache[(t.word >> 52) as usize & (CACHE_SIZE - 1)];
                let mut acc = if slot.word == t.word && t.word != 0 {
                    slot.sums
                } else {
                    let n = features::intrinsic(t, text, &mut feats, 0);
                    let mut acc = [0i32; NT];
                    model.add_all(&feats[..n], &mut acc);
                    *slot = Cached {
                        word: t.word,
                        sums: acc,
                    };
                    acc
                };
                let n = features::contextual(toks, s, i, &mut feats, 0);
                model.add_all(&feats[..n], &mut acc);
                sc.emit.push(acc);
            }
            model::viterbi(&sc.emit, &model.trans, &mut sc.back, &mut sc.tags);
            decode(&sc.tags, a, out);
        }
    }
}
