//! Reading the data tables compiled into the binary (`src/data/*`, via `include_str!`).
//!
//! Tables are UTF-8 text: one entry a line, `#` starts a comment line, blank lines are
//! ignored, columns are separated by tabs. Lists that several extractors read live here too.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// The entries of a one-column list, trimmed.
pub fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The rows of a tab-separated table, each cell trimmed.
pub fn table(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Closed-class words and words that end a phrase (`data/closed_words.txt`); `w` in lower
/// case.
pub fn closed_word(w: &str) -> bool {
    static CLOSED: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| lines(include_str!("data/closed_words.txt")).collect());
    CLOSED.contains(w)
}

/// Is `w` (in lower case) shaped like a plural noun: longer than three letters, ending in
/// "s" but not "ss", "us" or "is" ("workers", "directors"; not "press", "campus", "crisis")?
/// A possessive ("worker's") is not.
pub fn plural_shape(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
}

/// After a month, is a number spelled out a count of the word after it ("In March two
/// companies merged"), not the month's day ("on April eight all its notes", "last December
/// nine as part of")? Only where the month stands alone, at the start of its sentence
/// (`before` None) or after "in", "last", "early" (`data/month_alone_leads.txt`), and
/// before a word in lower case that could be counted. Both words in any case.
pub fn counts_after_month(before: Option<&str>, after: &str) -> bool {
    static LEADS: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| lines(include_str!("data/month_alone_leads.txt")).collect());
    let alone = before.is_none_or(|b| LEADS.iter().any(|w| w.eq_ignore_ascii_case(b)));
    alone
        && !after.is_empty()
        && after.bytes().all(|b| b.is_ascii_lowercase())
        && !closed_word(after)
}

#[cfg(test)]
mod tests {
    #[test]
    fn plural_shapes() {
        for w in ["workers", "directors", "talks"] {
            assert!(super::plural_shape(w), "{w}");
        }
        for w in [
            "press",
            "campus",
            "crisis",
            "bus",
            "worker's",
            "worker’s",
            "talk",
        ] {
            assert!(!super::plural_shape(w), "{w}");
        }
    }

    #[test]
    fn counts_after_a_month() {
        use super::counts_after_month as counts;
        assert!(counts(Some("In"), "companies"));
        assert!(counts(None, "men"));
        assert!(!counts(Some("on"), "all"));
        assert!(!counts(Some("in"), "the"));
        assert!(!counts(Some("last"), "Companies"));
        assert!(!counts(Some("in"), ""));
    }

    #[test]
    fn comments_and_columns() {
        let src = "# comment\n\na\tb\n  c \n";
        assert_eq!(super::lines(src).collect::<Vec<_>>(), vec!["a\tb", "c"]);
        let rows: Vec<Vec<&str>> = super::table(src).collect();
        assert_eq!(rows, vec![vec!["a", "b"], vec!["c"]]);
    }
}
