//! Throughput of the whole pipeline (segmentation, every extractor, JSON output) and of
//! segmentation alone, in MB/s, on short articles (the sample corpus, one at a time) and
//! on one long article (the sample corpus joined, repeated to about 250 KB); and each
//! extractor alone on already segmented short articles, in tokens per second (the entity
//! tagger's speed is the `extractor/entities` line).
//!
//! `cargo bench` (add `-- --quick` for a fast look).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsfacts::extract::{Enabled, Kind};
use newsfacts::record::{self, OutputOptions};
use newsfacts::{Analyzer, Document, Options};
use std::hint::black_box;

fn corpus_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let mut texts = Vec::new();
    for p in paths {
        let body = std::fs::read_to_string(&p).unwrap();
        if p.extension().is_some_and(|e| e == "jsonl") {
            for line in body.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                texts.push(v["text"].as_str().unwrap().to_string());
            }
        } else {
            texts.push(body);
        }
    }
    texts
}

fn whole(analyzer: &Analyzer, text: &str, buf: &mut Vec<u8>) {
    buf.clear();
    let doc = Document::new(text, Some(jiff::civil::date(2024, 3, 14)));
    let found = analyzer.analyze(&doc);
    record::write_record(
        "bench",
        doc.published,
        &doc,
        &found,
        &[],
        &OutputOptions::default(),
        buf,
    );
}

fn bench(c: &mut Criterion) {
    let analyzer = Analyzer::new(&Options::default()).unwrap();
    let short = corpus_texts();
    let short_bytes: usize = short.iter().map(String::len).sum();
    let joined = short.join("\n\n");
    let long = joined.repeat((250_000 / joined.len()).max(1));

    let mut g = c.benchmark_group("pipeline");
    let mut buf = Vec::new();
    g.throughput(Throughput::Bytes(short_bytes as u64));
    g.bench_function("short articles", |b| {
        b.iter(|| {
            for t in &short {
                whole(&analyzer, black_box(t), &mut buf);
            }
        })
    });
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("long article", |b| {
        b.iter(|| whole(&analyzer, black_box(&long), &mut buf))
    });
    g.finish();

    let mut g = c.benchmark_group("segmentation");
    g.throughput(Throughput::Bytes(short_bytes as u64));
    g.bench_function("short articles", |b| {
        b.iter(|| {
            for t in &short {
                black_box(Document::new(black_box(t), None));
            }
        })
    });
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("long article", |b| {
        b.iter(|| black_box(Document::new(black_box(&long), None)))
    });
    g.finish();

    // Each extractor alone, over documents segmented beforehand.
    let docs: Vec<Document> = short.iter().map(|t| Document::new(t, None)).collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let mut g = c.benchmark_group("extractor");
    g.throughput(Throughput::Elements(tokens as u64));
    for kind in [Kind::Dates, Kind::Figures, Kind::Entities, Kind::Quotes] {
        let only = Analyzer::new(&Options {
            enabled: Enabled::only(&[kind]),
            ..Options::default()
        })
        .unwrap();
        let name = format!("{kind:?}").to_lowercase();
        g.bench_function(name, |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(only.analyze(black_box(d)));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
