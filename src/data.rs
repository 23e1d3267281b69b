//! Reading the data tables compiled into the binary (`src/data/*`, via `include_str!`).
//!
//! Tables are UTF-8 text: one entry a line, `#` starts a comment line, blank lines are
//! ignored, columns are separated by tabs.

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

#[cfg(test)]
mod tests {
    #[test]
    fn comments_and_columns() {
        let src = "# comment\n\na\tb\n  c \n";
        assert_eq!(super::lines(src).collect::<Vec<_>>(), vec!["a\tb", "c"]);
        let rows: Vec<Vec<&str>> = super::table(src).collect();
        assert_eq!(rows, vec![vec!["a", "b"], vec!["c"]]);
    }
}
