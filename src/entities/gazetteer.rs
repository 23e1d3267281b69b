//! The built-in word lists and gazetteers (`src/entities/data/`), and users' gazetteer
//! files (`--gazetteer FILE`).

use super::lexicon::{Entry, Kind, Lexicon, Strict, bit, org_type};
use crate::data;
use anyhow::{Context, bail};
use std::path::Path;
use std::sync::LazyLock;

const CONNECTORS: &str = include_str!("data/connectors.txt");
const ORG_WORDS: &str = include_str!("data/org_words.tsv");
const TITLES: &str = include_str!("data/titles.txt");
const TIME_WORDS: &str = include_str!("data/time_words.txt");
const PLACE_WORDS: &str = include_str!("data/place_words.tsv");
const ROLES: &str = include_str!("data/roles.tsv");
const DESCRIPTORS: &str = include_str!("data/descriptors.tsv");
const FUNCTION_WORDS: &str = include_str!("data/function_words.txt");
const GIVEN_NAMES: &str = include_str!("data/given_names.tsv");
const DEMONYMS: &str = include_str!("data/demonyms.tsv");
const GROUPS: &str = include_str!("data/groups.txt");
const PLACES: &str = include_str!("data/places.tsv");
const ORGANIZATIONS: &str = include_str!("data/organizations.tsv");

/// The built-in lexicon (what the model was trained with).
pub(crate) static BUILTIN: LazyLock<Lexicon> = LazyLock::new(builtin);

/// Is this alias written in capitals ("BMA", "U.N.")?
pub(crate) fn is_acronym(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if !matches!(c, '.' | '&' | '-') && !c.is_ascii_digit() {
            return false;
        }
    }
    letters >= 2
}

/// How strictly a name may match: acronyms only in capitals; names marked with a leading
/// `~` in the tables are features only. A trailing disambiguator ("Labour Party
/// (Netherlands)") is dropped.
fn strictness(name: &str) -> (&str, Strict) {
    if let Some(i) = name.rfind(" (")
        && name.ends_with(')')
    {
        // A disambiguated name: one word alone ("i (newspaper)") is too ambiguous.
        let name = name[..i].trim().trim_start_matches('~');
        let words = name.split_whitespace().count();
        return (
            name,
            if words > 1 {
                Strict::Name
            } else {
                Strict::FeatureOnly
            },
        );
    }
    // "The Guardian" is mentioned as "Guardian" (names exclude "the").
    let name = match name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("~The "))
    {
        Some(rest) if name.starts_with('~') => return (rest.trim(), Strict::FeatureOnly),
        Some(rest) => rest.trim(),
        None => name,
    };
    if let Some(n) = name.strip_prefix('~') {
        (n.trim(), Strict::FeatureOnly)
    } else if is_acronym(name) {
        (name, Strict::Caps)
    } else {
        (name, Strict::Name)
    }
}

/// Adds an organisation with its aliases.
fn add_org(lex: &mut Lexicon, name: &str, aliases: &str, ty: Option<&'static str>, replace: bool) {
    let (name, strict) = strictness(name);
    let acronym = std::iter::once(name)
        .chain(
            aliases
                .split('|')
                .map(|a| a.trim().trim_start_matches('~').trim()),
        )
        .find(|a| is_acronym(a) && a.chars().filter(|c| c.is_alphabetic()).count() <= 8)
        .map(|a| a.to_string());
    let e = lex.add_entry(Entry {
        kind: Kind::Org,
        org_type: ty,
        acronym,
    });
    lex.add_phrase(name, e, strict, replace);
    for a in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
        let (a, strict) = strictness(a);
        lex.add_phrase(a, e, strict, replace);
    }
}

fn builtin() -> Lexicon {
    let mut lex = Lexicon::default();
    for w in data::lines(CONNECTORS) {
        lex.add_word(w, bit::CONNECTOR);
    }
    for row in data::table(ORG_WORDS) {
        let b = match row.get(1).copied() {
            Some("suffix") => bit::ORG_SUFFIX,
            _ => bit::ORG_KEY,
        };
        lex.add_word(row[0], b);
        if let Some(t) = row.get(2).and_then(|t| org_type(t)) {
            lex.org_word_types
                .insert(super::features::lower_hash(row[0]), t);
        }
    }
    for row in data::table(DESCRIPTORS) {
        lex.add_word(row[0], bit::DESCRIPTOR);
        if let Some(t) = row.get(1).and_then(|t| org_type(t)) {
            lex.descriptor_types
                .insert(super::features::lower_hash(row[0]), t);
        }
    }
    for w in data::lines(TITLES) {
        lex.add_word(w, bit::TITLE);
    }
    for w in data::lines(TIME_WORDS) {
        lex.add_word(w, bit::TIME);
    }
    for row in data::table(PLACE_WORDS) {
        let b = match row.get(1).copied() {
            Some("feature") => bit::LOC_KEY | bit::LOC_HEAD,
            _ => bit::LOC_KEY,
        };
        lex.add_word(row[0], b);
    }
    for row in data::table(ROLES) {
        let b = match row.get(1).copied() {
            Some("head") => bit::ROLE,
            _ => bit::ROLE_MOD,
        };
        lex.add_word(row[0], b);
    }
    for w in data::lines(FUNCTION_WORDS) {
        lex.add_word(w, bit::FUNC);
    }
    for row in data::table(GIVEN_NAMES) {
        lex.add_word(row[0], bit::GIVEN);
    }
    for w in data::lines(GROUPS) {
        lex.add_word(w, bit::DEMONYM);
    }
    for row in data::table(DEMONYMS) {
        lex.add_word(row[0], bit::DEMONYM);
        if let Some(place) = row.get(1) {
            lex.demonyms
                .insert(super::features::lower_hash(row[0]), place);
        }
    }
    // Organisations first: on a name shared with a place ("Chelsea"), the organisation
    // keeps the phrase and the tagger's context decides.
    for row in data::table(ORGANIZATIONS) {
        let aliases = row.get(1).copied().unwrap_or("");
        let ty = row.get(2).and_then(|t| org_type(t));
        add_org(&mut lex, row[0], aliases, ty, false);
    }
    for row in data::table(PLACES) {
        let (name, strict) = strictness(row[0]);
        let e = lex.add_entry(Entry {
            kind: Kind::Place,
            org_type: None,
            acronym: None,
        });
        lex.add_phrase(name, e, strict, false);
        for a in row.get(1).copied().unwrap_or("").split('|') {
            let a = a.trim();
            if !a.is_empty() {
                let (a, strict) = strictness(a);
                lex.add_phrase(a, e, strict, false);
            }
        }
    }
    lex.freeze();
    lex
}

/// Adds the organisations of a user's gazetteer file (TSV: name, aliases separated by `|`,
/// type). Errors name the file and line.
pub(crate) fn add_file(lex: &mut Lexicon, path: &Path) -> anyhow::Result<()> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read gazetteer {}", path.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("gazetteer {}: not UTF-8 text", path.display()))?;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let at = || format!("gazetteer {}, line {}", path.display(), i + 1);
        if cols.len() > 3 {
            bail!(
                "{}: {} columns, expected at most 3 (name, aliases separated by |, type) separated by tabs",
                at(),
                cols.len()
            );
        }
        let name = cols[0];
        if name.is_empty() || name.chars().all(|c| !c.is_alphanumeric()) {
            bail!("{}: the name (first column) is empty", at());
        }
        let ty = match cols.get(2).copied().filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => Some(org_type(t).ok_or_else(|| {
                anyhow::anyhow!(
                    "{}: unknown organisation type {t:?} (expected one of {})",
                    at(),
                    super::lexicon::ORG_TYPES.join(", ")
                )
            })?),
        };
        add_org(lex, name, cols.get(1).copied().unwrap_or(""), ty, true);
    }
    lex.freeze();
    Ok(())
}
