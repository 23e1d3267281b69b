//! The tagger's model: feature weights in an open-addressing hash table, tag transitions,
//! and Viterbi decoding over BILOU tags.
//!
//! Tags: `O` (0), then for each type (person, organisation, place) `B`, `I`, `L`, `U`
//! (begin, inside, last, unit). Weights are stored relative to `O` (whose weight is then
//! always 0), quantised to `i16` with one scale for the whole model.
//!
//! Binary format (little-endian): magic `NFTAG001`, `u32` number of features, `u32` number
//! of tags (13), `f32` scale, `i32` transitions (13 × 13, from × to), then per feature,
//! sorted by key: `u64` key and 12 × `i16` weights (tags 1 to 12).

use std::ops::Add;

/// Number of tags.
pub const NT: usize = 13;
/// Weights stored per feature (every tag but `O`).
pub const NW: usize = NT - 1;
/// Magic bytes opening a model file.
pub const MAGIC: &[u8; 8] = b"NFTAG001";

/// Entity types of the tagger, in tag order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// A person.
    Per = 0,
    /// An organisation.
    Org = 1,
    /// A place.
    Loc = 2,
}

/// The types, by index.
pub const TYPES: [Type; 3] = [Type::Per, Type::Org, Type::Loc];

/// Position of a tag within a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// Outside.
    O,
    /// First of several tokens.
    B,
    /// Inside.
    I,
    /// Last of several tokens.
    L,
    /// A one-token name.
    U,
}

/// The tag for a position and type.
#[inline]
pub const fn tag(pos: Pos, ty: Type) -> usize {
    match pos {
        Pos::O => 0,
        Pos::B => 1 + 4 * ty as usize,
        Pos::I => 2 + 4 * ty as usize,
        Pos::L => 3 + 4 * ty as usize,
        Pos::U => 4 + 4 * ty as usize,
    }
}

/// The position and type of a tag (`None` for `O`).
#[inline]
pub const fn untag(t: usize) -> (Pos, Option<Type>) {
    if t == 0 || t >= NT {
        return (Pos::O, None);
    }
    let ty = TYPES[(t - 1) / 4];
    let pos = match (t - 1) % 4 {
        0 => Pos::B,
        1 => Pos::I,
        2 => Pos::L,
        _ => Pos::U,
    };
    (pos, Some(ty))
}

/// Can tag `b` follow tag `a`? (`O` stands for the outside of a run too.)
pub const fn allowed(a: usize, b: usize) -> bool {
    let (pa, ta) = untag(a);
    let (pb, tb) = untag(b);
    let open = matches!(pa, Pos::B | Pos::I);
    match pb {
        Pos::O | Pos::B | Pos::U => !open,
        Pos::I | Pos::L => {
            open && match (ta, tb) {
                (Some(x), Some(y)) => x as usize == y as usize,
                _ => false,
            }
        }
    }
}

/// Decodes the best tag sequence of one run of tokens with Viterbi. `emit[i][t]` is the
/// score of tag `t` at token `i`, `trans[a][b]` of `b` after `a`; the run starts and ends
/// after and before an `O`. Disallowed transitions must score `neg`. Writes `tags`.
pub fn viterbi<S>(
    emit: &[[S; NT]],
    trans: &[[S; NT]; NT],
    back: &mut Vec<[u8; NT]>,
    tags: &mut Vec<u8>,
) where
    S: Copy + PartialOrd + Add<Output = S>,
{
    tags.clear();
    let n = emit.len();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0; NT]);
    let mut cur = [emit[0][0]; NT];
    for t in 0..NT {
        cur[t] = trans[0][t] + emit[0][t];
    }
    for i in 1..n {
        let mut next = cur;
        for b in 0..NT {
            let mut best = cur[0] + trans[0][b];
            let mut arg = 0u8;
            for a in 1..NT {
                let s = cur[a] + trans[a][b];
                if s > best {
                    best = s;
                    arg = a as u8;
                }
            }
            next[b] = best + emit[i][b];
            back[i][b] = arg;
        }
        cur = next;
    }
    let mut best = cur[0] + trans[0][0];
    let mut arg = 0usize;
    for t in 1..NT {
        let s = cur[t] + trans[t][0];
        if s > best {
            best = s;
            arg = t;
        }
    }
    tags.resize(n, 0);
    tags[n - 1] = arg as u8;
    for i in (1..n).rev() {
        arg = back[i][arg] as usize;
        tags[i - 1] = arg as u8;
    }
}

/// Score of a disallowed transition, in model units.
const NEG: i32 = -(1 << 28);

#[derive(Clone, Copy, Default)]
#[repr(C)]
struct Slot {
    /// Low 32 bits of the key, with the lowest bit set (0 marks an empty slot).
    fp: u32,
    w: [i16; NW],
}

/// A loaded model.
pub struct Model {
    slots: Vec<Slot>,
    shift: u32,
    mask: usize,
    /// Transition scores, disallowed ones at a large negative value.
    pub trans: [[i32; NT]; NT],
    /// Weight units per unit of raw score.
    pub scale: f32,
    /// Number of features.
    pub features: usize,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("features", &self.features)
            .field("slots", &self.slots.len())
            .finish()
    }
}

fn rd_u32(b: &[u8], at: &mut usize) -> Option<u32> {
    let v = u32::from_le_bytes(b.get(*at..*at + 4)?.try_into().ok()?);
    *at += 4;
    Some(v)
}

impl Model {
    /// Reads a model file.
    pub fn from_bytes(b: &[u8]) -> anyhow::Result<Model> {
        Self::parse(b).ok_or_else(|| anyhow::anyhow!("the tagger model is truncated or corrupt"))
    }

    fn parse(b: &[u8]) -> Option<Model> {
        if b.get(..8)? != MAGIC {
            return None;
        }
        let mut at = 8;
        let n = rd_u32(b, &mut at)? as usize;
        if rd_u32(b, &mut at)? as usize != NT {
            return None;
        }
        let scale = f32::from_bits(rd_u32(b, &mut at)?);
        let mut trans = [[0i32; NT]; NT];
        for (a, row) in trans.iter_mut().enumerate() {
            for (c, v) in row.iter_mut().enumerate() {
                let x = rd_u32(b, &mut at)? as i32;
                *v = if allowed(a, c) { x } else { NEG };
            }
        }
        let rec = 8 + 2 * NW;
        if b.len() != at + n * rec {
            return None;
        }
        // A table at most half full.
        let bits = (usize::BITS - (n * 2).max(16).leading_zeros()).min(40);
        let size = 1usize << bits;
        let mut slots = vec![Slot::default(); size];
        let mask = size - 1;
        let shift = 64 - bits;
        for r in b[at..].chunks_exact(rec) {
            let key = u64::from_le_bytes(r[..8].try_into().ok()?);
            let mut w = [0i16; NW];
            for (k, v) in w.iter_mut().enumerate() {
                *v = i16::from_le_bytes([r[8 + 2 * k], r[9 + 2 * k]]);
            }
            let fp = (key as u32) | 1;
            let mut i = (key >> shift) as usize;
            while slots[i].fp != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = Slot { fp, w };
        }
        Some(Model {
            slots,
            shift,
            mask,
            trans,
            scale,
            features: n,
        })
    }

    /// Adds the weights of feature `key` to `acc` (tags 1 to 12).
    #[inline]
    pub fn add(&self, key: u64, acc: &mut [i32; NT]) {
        let fp = (key as u32) | 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let s = &self.slots[i];
            if s.fp == fp {
                for k in 0..NW {
                    acc[k + 1] += s.w[k] as i32;
                }
                return;
            }
            if s.fp == 0 {
                return;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// Serialises a model: `weights` are (key, 12 raw weights relative to `O`), `trans` raw.
pub fn to_bytes(mut weights: Vec<(u64, [f32; NW])>, trans: &[[f32; NT]; NT]) -> Vec<u8> {
    weights.sort_by_key(|w| w.0);
    let mut max = 0f32;
    for (_, w) in &weights {
        for x in w {
            max = max.max(x.abs());
        }
    }
    let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
    let mut out = Vec::with_capacity(24 + NT * NT * 4 + weights.len() * (8 + 2 * NW));
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(weights.len() as u32).to_le_bytes());
    out.extend_from_slice(&(NT as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    for row in trans {
        for x in row {
            let v = (x * scale)
                .round()
                .clamp(-(1 << 27) as f32, (1 << 27) as f32) as i32;
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    for (k, w) in &weights {
        out.extend_from_slice(&k.to_le_bytes());
        for x in w {
            let v = (x * scale).round().clamp(-32767.0, 32767.0) as i16;
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for t in 0..NT {
            let (p, ty) = untag(t);
            match ty {
                Some(ty) => assert_eq!(tag(p, ty), t),
                None => assert_eq!(t, 0),
            }
        }
        let b = tag(Pos::B, Type::Org);
        let l = tag(Pos::L, Type::Org);
        assert!(allowed(0, b) && allowed(b, l) && allowed(l, 0));
        assert!(!allowed(0, l) && !allowed(b, 0) && !allowed(b, tag(Pos::L, Type::Per)));
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions prefer L at the first token, which cannot start a run.
        let mut emit = [[0f32; NT]; 2];
        emit[0][tag(Pos::L, Type::Org)] = 5.0;
        emit[1][tag(Pos::U, Type::Per)] = 1.0;
        let mut trans = [[0f32; NT]; NT];
        for (a, row) in trans.iter_mut().enumerate() {
            for (b, v) in row.iter_mut().enumerate() {
                if !allowed(a, b) {
                    *v = -1e9;
                }
            }
        }
        let (mut back, mut tags) = (Vec::new(), Vec::new());
        viterbi(&emit, &trans, &mut back, &mut tags);
        assert_eq!(tags, vec![0, tag(Pos::U, Type::Per) as u8]);
    }

    #[test]
    fn bytes_round_trip() {
        let mut w = [0f32; NW];
        w[3] = 2.0;
        let (a, b) = (0x9e37_79b9_7f4a_7c15u64, 0x6a09_e667_f3bc_c908u64);
        let bytes = to_bytes(vec![(a, w), (b, [0.5; NW])], &[[0.0; NT]; NT]);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.features, 2);
        let mut acc = [0i32; NT];
        m.add(a, &mut acc);
        assert_eq!(acc[4], 32000);
        let mut none = [0i32; NT];
        m.add(0xbb67_ae85_84ca_a73b, &mut none);
        assert_eq!(none, [0; NT]);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }
}
