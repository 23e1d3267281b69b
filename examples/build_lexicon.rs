//! Writes `src/entities/data/lexicon.bin`, the frozen form of the entity word lists and
//! gazetteers (`src/entities/data/*.tsv`, `*.txt`), which the binary loads at start-up
//! instead of building the tables. Run it after editing those files:
//!
//! ```sh
//! cargo run --release --example build_lexicon
//! ```
//!
//! Until it is run, the tables are built at start-up (slower, same results) and a test
//! fails as a reminder.

fn main() -> anyhow::Result<()> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "src/entities/data/lexicon.bin".to_string());
    let bytes = newsfacts::entities::frozen_lexicon();
    std::fs::write(&out, &bytes)?;
    eprintln!("wrote {out} ({} bytes)", bytes.len());
    Ok(())
}
