//! Trains the entity tagger and writes `src/entities/data/tagger.bin`.
//!
//! ```sh
//! cargo run --release --example train_tagger -- \
//!     ../shared/eval/conll-train.input.jsonl ../shared/eval/conll-train.gold.jsonl
//! ```
//!
//! Options: `--out FILE` (default `src/entities/data/tagger.bin`), `--dev INPUT GOLD`
//! (print the tagger's exact-span scores on a development set; repeatable), `--epochs N`,
//! `--min-count N`, `--prune X`, `--seed N`, `--models N`.

use newsfacts::entities::model::Model;
use newsfacts::entities::train::{self, TrainConfig};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut out = PathBuf::from("src/entities/data/tagger.bin");
    let mut dev: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut cfg = TrainConfig::default();
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{a} needs a value"))
        };
        match a.as_str() {
            "--out" => out = val()?.into(),
            "--dev" => {
                let i = val()?;
                let g = val()?;
                dev.push((i.into(), g.into()));
            }
            "--epochs" => cfg.epochs = val()?.parse()?,
            "--min-count" => cfg.min_count = val()?.parse()?,
            "--prune" => cfg.prune = val()?.parse()?,
            "--seed" => cfg.seed = val()?.parse()?,
            "--models" => cfg.models = val()?.parse()?,
            _ if a.starts_with("--") => anyhow::bail!("unknown option {a}"),
            _ => files.push(PathBuf::from(a)),
        }
    }
    let [input, gold] = files.as_slice() else {
        anyhow::bail!(
            "usage: train_tagger TRAIN.input.jsonl TRAIN.gold.jsonl [--out FILE] [--dev INPUT GOLD]"
        );
    };
    let started = Instant::now();
    let docs = train::read_corpus(input, gold)?;
    let bytes = train::train(&docs, &cfg, |m| eprintln!("{m}"));
    std::fs::write(&out, &bytes)?;
    eprintln!(
        "wrote {} ({} bytes) in {:.1} s",
        out.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    let model = Model::from_bytes(&bytes)?;
    for (i, g) in dev {
        let docs = train::read_corpus(&i, &g)?;
        let t = Instant::now();
        let s = train::evaluate(&model, &docs);
        eprintln!(
            "{} (tagger alone, {:.2} s):",
            i.display(),
            t.elapsed().as_secs_f64()
        );
        for (name, p) in ["PER", "ORG", "LOC"].iter().zip(s) {
            eprintln!("  {name} {p}");
        }
    }
    Ok(())
}
