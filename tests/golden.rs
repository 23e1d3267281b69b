//! Golden outputs: the full record for the seed article and each sample-corpus article is
//! kept in `tests/golden/`, so any change in output shows up in review as a diff.
//!
//! After an intended change, regenerate them with
//! `NEWSFACTS_BLESS=1 cargo test --release --test integration golden` and review the diff.

use crate::util;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    util::root().join("tests/golden")
}

/// Runs the binary on `input` with `args`, compares the pretty record(s) with the golden file.
fn check(name: &str, input: &Path, args: &[&str]) {
    let out = util::bin()
        .arg(input)
        .args(args)
        .arg("--pretty")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Ids hold the path as given: make them independent of where the project lives.
    let root = util::root().display().to_string();
    let shared = util::shared().display().to_string();
    let got = String::from_utf8(out.stdout)
        .unwrap()
        .replace(&shared, "SHARED")
        .replace(&root, "ROOT");
    let path = golden_dir().join(format!("{name}.json"));
    if std::env::var_os("NEWSFACTS_BLESS").is_some() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no golden file {}; create it with NEWSFACTS_BLESS=1",
            path.display()
        )
    });
    if got != want {
        let first = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let show = |s: &str| {
            s.lines()
                .skip(first.saturating_sub(3))
                .take(8)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "{name}: output differs from {} at line {}.\n--- got:\n{}\n--- want:\n{}\nIf intended, rerun with NEWSFACTS_BLESS=1 and review the diff.",
            path.display(),
            first + 1,
            show(&got),
            show(&want)
        );
    }
}

#[test]
fn seed_article_with_published_date() {
    let seed = util::shared().join("seed/palantir-nhs-protest.txt");
    check("seed-published", &seed, &["--published", "2023-12-19"]);
}

#[test]
fn seed_article_without_date() {
    let seed = util::shared().join("seed/palantir-nhs-protest.txt");
    check("seed", &seed, &[]);
}

#[test]
fn sample_corpus() {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(util::root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    assert!(entries.len() >= 9);
    for path in entries {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        check(&format!("corpus-{name}"), &path, &[]);
    }
}
