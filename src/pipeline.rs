//! Running the extractors over a stream of articles: read on one thread, analyse batches in
//! parallel with rayon, write records in input order.
//!
//! Memory is bounded by the batch size, whatever the size of the corpus: at most a few
//! batches of raw input and one batch of output are held at once.

use crate::document::Document;
use crate::extract::{Analyzer, Options};
use crate::input::{InputOptions, Reader, Source, Unit};
use crate::record::{self, OutputOptions};
use crate::text;
use jiff::civil::Date;
use rayon::prelude::*;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Instant;

/// Articles per batch, at most.
const BATCH_ARTICLES: usize = 256;
/// Bytes of raw input per batch, at most (a larger article makes a batch of its own).
const BATCH_BYTES: usize = 8 << 20;

/// Everything a run needs, settled from the command line.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Inputs; standard input when empty.
    pub sources: Vec<Source>,
    /// How inputs are read.
    pub input: InputOptions,
    /// What records contain.
    pub output: OutputOptions,
    /// Indent the record when the run turns out to hold a single article.
    pub pretty_if_single: bool,
    /// Reference date for articles without one.
    pub published: Option<Date>,
    /// Extractor settings.
    pub extract: Options,
    /// Worker threads (all cores when `None`).
    pub threads: Option<usize>,
    /// Report progress on standard error.
    pub progress: bool,
}

/// What a run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Records written.
    pub articles: u64,
    /// Of which error records.
    pub failed: u64,
    /// Bytes of input read.
    pub bytes: u64,
    /// The output was closed before the end (as by `| head`).
    pub closed_early: bool,
}

/// One article in, one record out (appended to `buf`). Returns false for an error record.
pub fn process(
    unit: Unit,
    analyzer: &Analyzer,
    cfg: &Config,
    pretty: bool,
    buf: &mut Vec<u8>,
) -> bool {
    let article = match unit.parse(&cfg.input) {
        Ok(a) => a,
        Err(f) => {
            record::write_error(&f.id, &f.error, pretty, buf);
            return false;
        }
    };
    let start = buf.len();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut warnings = article.warnings;
        text::check(&article.text, &mut warnings);
        let doc = Document::new(&article.text, article.published.or(cfg.published));
        let found = analyzer.analyze(&doc);
        let published = doc.published.or(found.dates.dateline);
        let opts = OutputOptions {
            pretty,
            ..cfg.output
        };
        record::write_record(&article.id, published, &doc, &found, &warnings, &opts, buf);
    }));
    match outcome {
        Ok(()) => true,
        Err(payload) => {
            buf.truncate(start);
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let msg = format!(
                "internal error while analysing this article ({what}); please report it with the article"
            );
            record::write_error(&article.id, &msg, pretty, buf);
            false
        }
    }
}

struct Batch {
    units: Vec<Unit>,
    last: bool,
}

/// Reads every source, analyses every article and writes one record per article to `out`,
/// in input order.
pub fn run(cfg: &Config, out: &mut dyn Write) -> anyhow::Result<Summary> {
    let analyzer = Analyzer::new(&cfg.extract)?;
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = cfg.threads {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder.build()?;
    let reader = Reader::new(cfg.sources.clone(), cfg.input.clone());
    let (tx, rx) = mpsc::sync_channel::<Batch>(2);
    let mut summary = Summary::default();
    let started = Instant::now();

    std::thread::scope(|scope| -> anyhow::Result<()> {
        // Owned by this closure, so it is dropped (stopping the reader) whenever we return.
        let rx = rx;
        scope.spawn(move || {
            let mut units = Vec::new();
            let mut bytes = 0;
            let mut reader = reader.peekable();
            while let Some(u) = reader.next() {
                bytes += u.len();
                units.push(u);
                if units.len() >= BATCH_ARTICLES || bytes >= BATCH_BYTES {
                    let last = reader.peek().is_none();
                    if tx
                        .send(Batch {
                            units: std::mem::take(&mut units),
                            last,
                        })
                        .is_err()
                    {
                        return;
                    }
                    bytes = 0;
                }
            }
            if !units.is_empty() {
                let _ = tx.send(Batch { units, last: true });
            }
        });

        let mut first = true;
        for batch in rx.iter() {
            let pretty = cfg.output.pretty
                || (first && cfg.pretty_if_single && batch.last && batch.units.len() == 1);
            first = false;
            summary.bytes += batch.units.iter().map(|u| u.len() as u64).sum::<u64>();
            let outputs: Vec<(Vec<u8>, bool)> = pool.install(|| {
                batch
                    .units
                    .into_par_iter()
                    .map(|u| {
                        let mut buf = Vec::with_capacity(4096);
                        let ok = process(u, &analyzer, cfg, pretty, &mut buf);
                        (buf, ok)
                    })
                    .collect()
            });
            for (buf, ok) in outputs {
                if let Err(e) = out.write_all(&buf) {
                    if e.kind() == io::ErrorKind::BrokenPipe {
                        summary.closed_early = true;
                        return Ok(());
                    }
                    return Err(anyhow::anyhow!("cannot write output: {e}"));
                }
                summary.articles += 1;
                summary.failed += u64::from(!ok);
            }
            if cfg.progress {
                let secs = started.elapsed().as_secs_f64().max(1e-9);
                eprint!(
                    "\r{} articles, {} failed, {:.1} MB, {:.1} MB/s   ",
                    summary.articles,
                    summary.failed,
                    summary.bytes as f64 / 1e6,
                    summary.bytes as f64 / 1e6 / secs
                );
            }
        }
        Ok(())
    })?;
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => summary.closed_early = true,
        Err(e) => return Err(anyhow::anyhow!("cannot write output: {e}")),
        Ok(()) => {}
    }
    if cfg.progress {
        eprintln!();
    }
    Ok(summary)
}
