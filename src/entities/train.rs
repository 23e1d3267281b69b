//! Training the tagger: a structured averaged perceptron over BILOU tags, decoded with
//! Viterbi, on articles with gold name spans (the `conll-train` format of
//! `../shared/eval`: `{"id", "text"}` lines and `{"id", "orgs", "persons", "places"}` lines
//! with code point offsets).
//!
//! Training is deterministic: the same data and settings give the same bytes (a fixed-seed
//! shuffle, sorted feature ids, a fixed number of epochs, no parallelism).
//!
//! `cargo run --release --example train_tagger -- TRAIN.input.jsonl TRAIN.gold.jsonl`

use super::features::{self, MAX_FEATURES, Sent, Tok};
use super::gazetteer::TRAINING;
use super::lexicon::HashMapU64;
use super::model::{self, Model, NT, NW, Pos, TYPES, Type};
use super::tagger::{self, Tagged};
use crate::document::Document;
use crate::span::Span;
use anyhow::{Context, bail};
use std::collections::HashMap;
use std::path::Path;

/// One article with its gold names (byte spans).
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// Article id.
    pub id: String,
    /// Text.
    pub text: String,
    /// Gold names: byte span and type.
    pub names: Vec<(Span, Type)>,
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// Features seen fewer times are dropped.
    pub min_count: u32,
    /// Seed of the shuffle.
    pub seed: u64,
    /// Features whose largest weight (relative to the largest of all) is below this are
    /// dropped from the saved model.
    pub prune: f32,
    /// Perceptrons averaged (each with its own shuffle).
    pub models: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 15,
            min_count: 1,
            seed: 0x5eed,
            prune: 0.06,
            models: 4,
        }
    }
}

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

/// Reads an input file and its gold file.
pub fn read_corpus(input: &Path, gold: &Path) -> anyhow::Result<Vec<GoldDoc>> {
    let read = |p: &Path| {
        std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))
    };
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut order = Vec::new();
    for (i, line) in read(input)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{}, line {}", input.display(), i + 1))?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        order.push(id.clone());
        texts.insert(id, text);
    }
    let mut golds: HashMap<String, serde_json::Value> = HashMap::new();
    for (i, line) in read(gold)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{}, line {}", gold.display(), i + 1))?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        golds.insert(id, v);
    }
    let mut docs = Vec::new();
    for id in order {
        let text = texts.remove(&id).unwrap_or_default();
        let Some(g) = golds.get(&id) else {
            bail!("{}: no gold for article {id}", gold.display());
        };
        let map = char_to_byte(&text);
        let mut names = Vec::new();
        for (key, ty) in [
            ("persons", Type::Per),
            ("orgs", Type::Org),
            ("places", Type::Loc),
        ] {
            for sp in g[key].as_array().into_iter().flatten() {
                let s = sp[0].as_u64().unwrap_or(0) as usize;
                let e = sp[1].as_u64().unwrap_or(0) as usize;
                if s < e && e < map.len() {
                    names.push((Span::new(map[s], map[e]), ty));
                }
            }
        }
        names.sort_by_key(|n| n.0);
        docs.push(GoldDoc { id, text, names });
    }
    Ok(docs)
}

/// The training instances: runs of candidate tokens with features and gold tags.
struct Instances {
    /// Per token: range in `feats`.
    tok_feats: Vec<(u32, u32)>,
    /// Feature ids.
    feats: Vec<u32>,
    /// Gold tag per token.
    gold: Vec<u8>,
    /// Runs: token ranges.
    runs: Vec<(u32, u32)>,
}

/// Gold tags for the tokens of one run: each token takes the name it overlaps; tokens of
/// one name, consecutive in the run, form B I* L or U.
fn gold_tags(toks: &[Tok], a: usize, b: usize, names: &[(Span, Type)], out: &mut Vec<u8>) {
    let owner = |t: &Tok| -> Option<usize> {
        let k = names.partition_point(|n| n.0.end <= t.start as usize);
        (k < names.len() && names[k].0.overlaps(t.span())).then_some(k)
    };
    let own: Vec<Option<usize>> = (a..b).map(|i| owner(&toks[i])).collect();
    for (k, o) in own.iter().enumerate() {
        let tag = match o {
            None => 0,
            Some(n) => {
                let ty = names[*n].1;
                let prev = k > 0 && own[k - 1] == *o;
                let next = k + 1 < own.len() && own[k + 1] == *o;
                let pos = match (prev, next) {
                    (false, false) => Pos::U,
                    (false, true) => Pos::B,
                    (true, true) => Pos::I,
                    (true, false) => Pos::L,
                };
                model::tag(pos, ty)
            }
        };
        out.push(tag as u8);
    }
}

/// Tagging tokens of a document, built with the training lexicon
/// ([`super::gazetteer::TRAINING`]).
fn doc_tokens(text: &str) -> (Vec<Tok>, Vec<Sent>) {
    let doc = Document::with_wrap(text, None, crate::segment::Wrap::Training);
    let mut b = features::Built::default();
    features::build(&doc, &TRAINING, &mut b);
    (b.toks, b.sents)
}

fn instances(docs: &[GoldDoc], min_count: u32) -> (Instances, Vec<u64>) {
    // First pass: raw feature hashes.
    let mut raw: Vec<u64> = Vec::new();
    let mut tok_feats = Vec::new();
    let mut gold = Vec::new();
    let mut runs = Vec::new();
    let mut buf = [0u64; MAX_FEATURES];
    for d in docs {
        let (toks, sents) = doc_tokens(&d.text);
        for &s in &sents {
            for (a, b) in tagger::runs(&toks, s) {
                let first = tok_feats.len() as u32;
                for i in a..b {
                    let n = features::features(&toks, &d.text, s, i, &mut buf);
                    let start = raw.len() as u32;
                    raw.extend_from_slice(&buf[..n]);
                    tok_feats.push((start, raw.len() as u32));
                }
                gold_tags(&toks, a, b, &d.names, &mut gold);
                runs.push((first, tok_feats.len() as u32));
            }
        }
    }
    let mut counts: HashMapU64<u32> = HashMapU64::default();
    for &f in &raw {
        *counts.entry(f).or_default() += 1;
    }
    let mut keys: Vec<u64> = counts
        .iter()
        .filter(|(_, c)| **c >= min_count)
        .map(|(k, _)| *k)
        .collect();
    keys.sort_unstable();
    let ids: HashMapU64<u32> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (*k, i as u32))
        .collect();
    let mut feats = Vec::with_capacity(raw.len());
    let mut new_tok_feats = Vec::with_capacity(tok_feats.len());
    for &(s, e) in &tok_feats {
        let start = feats.len() as u32;
        for &f in &raw[s as usize..e as usize] {
            if let Some(&id) = ids.get(&f) {
                feats.push(id);
            }
        }
        new_tok_feats.push((start, feats.len() as u32));
    }
    (
        Instances {
            tok_feats: new_tok_feats,
            feats,
            gold,
            runs,
        },
        keys,
    )
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// One averaged perceptron's weights (per feature, all 13 tags) and transitions.
struct Averaged {
    w: Vec<[f32; NT]>,
    t: [[f32; NT]; NT],
}

/// Trains one structured averaged perceptron, shuffling with `seed`.
fn perceptron(
    inst: &Instances,
    nf: usize,
    epochs: usize,
    seed: u64,
    log: &mut impl FnMut(&str),
) -> Averaged {
    let mut w = vec![[0f32; NT]; nf];
    let mut u = vec![[0f64; NT]; nf];
    let mut tw = [[0f32; NT]; NT];
    let mut tu = [[0f64; NT]; NT];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = (0..inst.runs.len()).collect();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let (mut emit, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    let mut trans = [[0f32; NT]; NT];
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut errors = 0usize;
        for &r in &order {
            let (a, b) = inst.runs[r];
            let (a, b) = (a as usize, b as usize);
            emit.clear();
            for t in a..b {
                let (s, e) = inst.tok_feats[t];
                let mut acc = [0f32; NT];
                for &f in &inst.feats[s as usize..e as usize] {
                    let wf = &w[f as usize];
                    for k in 0..NT {
                        acc[k] += wf[k];
                    }
                }
                emit.push(acc);
            }
            for x in 0..NT {
                for y in 0..NT {
                    trans[x][y] = if model::allowed(x, y) {
                        tw[x][y]
                    } else {
                        -1e30
                    };
                }
            }
            model::viterbi(&emit, &trans, &mut back, &mut pred);
            let gold = &inst.gold[a..b];
            if pred.as_slice() != gold {
                errors += 1;
                for (k, t) in (a..b).enumerate() {
                    let (g, p) = (gold[k] as usize, pred[k] as usize);
                    if g == p {
                        continue;
                    }
                    let (s, e) = inst.tok_feats[t];
                    for &f in &inst.feats[s as usize..e as usize] {
                        let f = f as usize;
                        w[f][g] += 1.0;
                        w[f][p] -= 1.0;
                        u[f][g] += c;
                        u[f][p] -= c;
                    }
                }
                let n = b - a;
                for k in 0..=n {
                    let gp = if k == 0 { 0 } else { gold[k - 1] as usize };
                    let gn = if k == n { 0 } else { gold[k] as usize };
                    let pp = if k == 0 { 0 } else { pred[k - 1] as usize };
                    let pn = if k == n { 0 } else { pred[k] as usize };
                    if (gp, gn) != (pp, pn) {
                        tw[gp][gn] += 1.0;
                        tu[gp][gn] += c;
                        tw[pp][pn] -= 1.0;
                        tu[pp][pn] -= c;
                    }
                }
            }
            c += 1.0;
        }
        log(&format!(
            "seed {seed}, epoch {}: {} of {} runs wrong",
            epoch + 1,
            errors,
            order.len()
        ));
    }
    let avg = w
        .iter()
        .zip(&u)
        .map(|(w, u)| {
            let mut a = [0f32; NT];
            for k in 0..NT {
                a[k] = (w[k] as f64 - u[k] / c) as f32;
            }
            a
        })
        .collect();
    let mut t = [[0f32; NT]; NT];
    for x in 0..NT {
        for y in 0..NT {
            t[x][y] = (tw[x][y] as f64 - tu[x][y] / c) as f32;
        }
    }
    Averaged { w: avg, t }
}

/// Trains a model on `docs`; returns the model file's bytes. `cfg.models` perceptrons,
/// each shuffling the data differently, are trained and their weights averaged: a model
/// that depends less on the order of the data.
pub fn train(docs: &[GoldDoc], cfg: &TrainConfig, mut log: impl FnMut(&str)) -> Vec<u8> {
    let (inst, keys) = instances(docs, cfg.min_count);
    log(&format!(
        "{} runs, {} tokens, {} features",
        inst.runs.len(),
        inst.gold.len(),
        keys.len()
    ));
    let nf = keys.len();
    let n = cfg.models.max(1);
    let mut sum = Averaged {
        w: vec![[0f32; NT]; nf],
        t: [[0f32; NT]; NT],
    };
    for m in 0..n {
        let one = perceptron(
            &inst,
            nf,
            cfg.epochs,
            cfg.seed.wrapping_add(m as u64),
            &mut log,
        );
        for (s, w) in sum.w.iter_mut().zip(&one.w) {
            for k in 0..NT {
                s[k] += w[k] / n as f32;
            }
        }
        for x in 0..NT {
            for y in 0..NT {
                sum.t[x][y] += one.t[x][y] / n as f32;
            }
        }
    }
    // Weights relative to O.
    let mut weights = Vec::with_capacity(nf);
    let mut max = 0f32;
    for (i, a) in sum.w.iter().enumerate() {
        let mut rel = [0f32; NW];
        let mut any = 0f32;
        for k in 0..NW {
            rel[k] = a[k + 1] - a[0];
            any = any.max(rel[k].abs());
        }
        max = max.max(any);
        weights.push((keys[i], rel, any));
    }
    let cut = max * cfg.prune;
    let weights: Vec<(u64, [f32; NW])> = weights
        .into_iter()
        .filter(|w| w.2 > cut && w.2 > 0.0)
        .map(|w| (w.0, w.1))
        .collect();
    log(&format!("{} features kept", weights.len()));
    model::to_bytes(weights, &sum.t)
}

/// Precision, recall and F1 counts of one type.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prf {
    /// Correct.
    pub tp: usize,
    /// Gold names.
    pub gold: usize,
    /// Predicted names.
    pub pred: usize,
}

impl Prf {
    /// F1.
    pub fn f1(&self) -> f64 {
        let p = self.tp as f64 / self.pred.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl std::fmt::Display for Prf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.tp as f64 / self.pred.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        write!(
            f,
            "P {p:.4} R {r:.4} F1 {:.4} ({}/{}/{})",
            self.f1(),
            self.tp,
            self.gold,
            self.pred
        )
    }
}

fn trim(text: &str, s: Span) -> Span {
    const EDGE: &[char] = &[
        ' ', '\t', '\r', '\n', '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', ',', '.', ';',
        ':', '!', '?', '(', ')', '[', ']', '{', '}', '—', '–', '-',
    ];
    let t = s.slice(text);
    let a = t.len() - t.trim_start_matches(EDGE).len();
    let b = t.trim_end_matches(EDGE).len();
    if a >= b {
        return Span::new(s.start, s.start);
    }
    Span::new(s.start + a, s.start + b)
}

/// Exact-span scores of the tagger alone (no gazetteer matches, no linking) per type.
pub fn evaluate(model: &Model, docs: &[GoldDoc]) -> [Prf; 3] {
    let mut out = [Prf::default(); 3];
    let mut sc = tagger::Scratch::default();
    let mut found = Vec::new();
    for d in docs {
        let (toks, sents) = doc_tokens(&d.text);
        found.clear();
        tagger::tag(model, &d.text, &toks, &sents, &mut sc, &mut found);
        for ty in TYPES {
            let mut gold: Vec<Span> = d
                .names
                .iter()
                .filter(|n| n.1 == ty)
                .map(|n| trim(&d.text, n.0))
                .collect();
            let pred: Vec<Span> = found
                .iter()
                .filter(|m: &&Tagged| m.ty == ty)
                .map(|m| {
                    trim(
                        &d.text,
                        Span::new(toks[m.start].start as usize, toks[m.end - 1].end as usize),
                    )
                })
                .collect();
            let o = &mut out[ty as usize];
            o.gold += gold.len();
            o.pred += pred.len();
            gold.sort();
            for p in pred {
                if let Ok(k) = gold.binary_search(&p) {
                    gold.remove(k);
                    o.tp += 1;
                }
            }
        }
    }
    out
}
