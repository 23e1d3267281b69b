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
const MORE_ORGANIZATIONS: &str = include_str!("data/organizations_more.tsv");
const MORE_PLACES: &str = include_str!("data/places_more.tsv");

/// The built-in lexicon's lookup tables in their frozen form, made from the tables above
/// by `cargo run --release --example build_lexicon` (a test checks that they agree).
const FROZEN: &[u8] = include_bytes!("data/lexicon.bin");

/// The built-in lexicon: loaded from its frozen form (fast), or built from the tables when
/// they changed since it was made.
pub(crate) static BUILTIN: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::from_frozen(FROZEN, fingerprint()).unwrap_or_else(from_tables));

/// The lexicon the tagger is trained with: the built-in one without the organisations of
/// `data/organizations_more.tsv`, which, like a user's `--gazetteer` file, add features and
/// direct matches at run time only. (Trained with them, the tagger leans on the
/// gazetteer for the training data's names and does worse on names it has not seen.)
pub(crate) static TRAINING: LazyLock<Lexicon> = LazyLock::new(|| build(false));

/// A hash of the tables the built-in lexicon is made from (and of the frozen format's
/// version): the frozen form is used only when it was made from the same tables.
pub(crate) fn fingerprint() -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x6e66_6c65_7801;
    for src in [
        CONNECTORS,
        ORG_WORDS,
        TITLES,
        TIME_WORDS,
        PLACE_WORDS,
        ROLES,
        DESCRIPTORS,
        FUNCTION_WORDS,
        GIVEN_NAMES,
        DEMONYMS,
        GROUPS,
        PLACES,
        ORGANIZATIONS,
        MORE_ORGANIZATIONS,
        MORE_PLACES,
    ] {
        let b = src.as_bytes();
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            let x = u64::from_le_bytes(c.try_into().expect("eight bytes"));
            h = (h ^ x).wrapping_mul(K).rotate_left(29);
        }
        for &x in chunks.remainder() {
            h = (h ^ x as u64).wrapping_mul(K).rotate_left(29);
        }
        h = (h ^ b.len() as u64).wrapping_mul(K).rotate_left(29);
    }
    super::features::fmix(h)
}

/// A person's gender, as far as a given name or an honorific tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
}

impl Gender {
    /// The other gender.
    pub(crate) fn other(self) -> Gender {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
        }
    }
}

/// Is `word` a given name in the given-name table, and of which gender: `Some(None)` for
/// a unisex name ("Jordan"), `Some(Some(Female))` for "Hillary", `None` for a word not in
/// the table. Read from the same table as the lexicon, but separately: the lexicon and
/// the tagger do not see genders.
pub(crate) fn given_name(word: &str) -> Option<Option<Gender>> {
    // A name listed twice with different genders is unisex.
    static GENDERS: LazyLock<rustc_hash::FxHashMap<&'static str, Option<Gender>>> =
        LazyLock::new(|| {
            let mut m = rustc_hash::FxHashMap::default();
            for row in data::table(GIVEN_NAMES) {
                let g = match row.get(1).copied() {
                    Some("m") => Some(Gender::Male),
                    Some("f") => Some(Gender::Female),
                    _ => None,
                };
                let e = m.entry(row[0]).or_insert(g);
                if *e != g {
                    *e = None;
                }
            }
            m
        });
    GENDERS.get(word).copied()
}

/// The organisation type a description's modifier and head noun tell together, where it
/// is not the head's alone ("advertising agency" a company, "news agency" media; from
/// `data/descriptor_compounds.tsv`; both words in lower case).
pub(crate) fn descriptor_compound_type(modifier: &str, head: &str) -> Option<&'static str> {
    type Compounds = rustc_hash::FxHashMap<(&'static str, &'static str), &'static str>;
    static COMPOUNDS: LazyLock<Compounds> = LazyLock::new(|| {
        data::table(include_str!("data/descriptor_compounds.tsv"))
            .filter_map(|row| {
                let ty = super::lexicon::org_type(row.get(2)?)?;
                Some(((row[0], row[1]), ty))
            })
            .collect()
    });
    COMPOUNDS.get(&(modifier, head)).copied()
}

/// A word list of `data/`, as a set built on first use.
type WordSet = LazyLock<rustc_hash::FxHashSet<&'static str>>;

/// A word list of `data/` as a function: is `word` (as written) one of its lines? The set
/// is built on first use.
macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) fn $name(word: &str) -> bool {
            static SET: WordSet =
                LazyLock::new(|| data::lines(include_str!(concat!("data/", $file))).collect());
            SET.contains(word)
        }
    };
}

/// A word list of `data/` matched in any case, as a function of a token's lower-case hash
/// ([`super::features::lower_hash`], which tokens carry): no string is made to look a word
/// up.
macro_rules! hashed_word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) fn $name(lower: u64) -> bool {
            static SET: LazyLock<rustc_hash::FxHashSet<u64>> = LazyLock::new(|| {
                data::lines(include_str!(concat!("data/", $file)))
                    .map(super::features::lower_hash)
                    .collect()
            });
            SET.contains(&lower)
        }
    };
}

static NOT_NAMES: WordSet =
    LazyLock::new(|| data::lines(include_str!("data/not_names.txt")).collect());

static MUSIC_GROUPS: WordSet =
    LazyLock::new(|| data::lines(include_str!("data/music_groups.txt")).collect());

word_list!(
    /// Is `word` (as written) the form of a state written before "of" and its place ("Kingdom"
    /// of "the Kingdom of Belgium": `data/polities.txt`)?
    polity,
    "polities.txt"
);

static NUMBERED_UNITS: LazyLock<rustc_hash::FxHashMap<&'static str, bool>> = LazyLock::new(|| {
    data::table(include_str!("data/numbered_units.tsv"))
        .map(|row| (row[0], row.get(1) == Some(&"place")))
        .collect()
});

/// Is `word` (as written) a word of the name of a body numbered by an ordinal, and does it
/// name a place ("Circuit" of "the 9th Circuit", "District" of "the 4th Congressional
/// District", a place: `data/numbered_units.tsv`)?
pub(crate) fn numbered_unit(word: &str) -> Option<bool> {
    NUMBERED_UNITS.get(word).copied()
}

word_list!(
    /// Is `word` (as written) a word that ends places' names and is a common surname too
    /// ("Church" of "Charlotte Church": `data/place_surnames.txt`)?
    place_surname,
    "place_surnames.txt"
);

word_list!(
    /// Is `word` (as written) a position only a club's or a side's player holds
    /// ("striker", "fly-half": `data/player_positions.txt`)?
    player_position,
    "player_positions.txt"
);

word_list!(
    /// Is `name` (as written) a place that is no sovereign state but fields national
    /// sides ("England", "Hong Kong": `data/national_sides.txt`)?
    national_side,
    "national_sides.txt"
);

word_list!(
    /// Is `word` (as written, without its period) a given name written short in firms'
    /// names ("Alex" of "Alex. Brown and Sons Inc": `data/given_abbreviations.txt`)?
    given_abbreviation,
    "given_abbreviations.txt"
);

word_list!(
    /// Is `word` (as written) one that, after "and" and a name, finishes a firm's name
    /// ("Co" of "Samuel Montagu and Co", "Sons": `data/partner_words.txt`)?
    partner_word,
    "partner_words.txt"
);

word_list!(
    /// Is `word` (as written) the last word of the name of a law, treaty, tax, policy or
    /// economic measure ("Act", "Treaty", "Product": `data/measure_heads.txt`)?
    measure_head,
    "measure_heads.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` one that labels the lines of tables in news
    /// copy ("backlog", "record", "sorghum": `data/table_labels.txt`)?
    table_label,
    "table_labels.txt"
);

word_list!(
    /// Is `word` (as written) a word of the name of a company's arm ("Finance", "Credit",
    /// "Research": `data/arm_words.txt`)?
    arm_word,
    "arm_words.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` a person who speaks for the firm they work at
    /// or with in financial news ("analyst", "economist": `data/market_analysts.txt`)?
    market_analyst,
    "market_analysts.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` an abbreviation of a unit, a scale or a table
    /// label in wire copy ("dlrs", "mths", "pct", "shr": `data/unit_abbreviations.txt`)?
    unit_abbreviation,
    "unit_abbreviations.txt"
);

hashed_word_list!(
    /// Is the word with lower-case hash `lower` a word of rank before a role ("Vice",
    /// "Deputy", "Assistant": `data/rank_words.txt`)?
    rank_word,
    "rank_words.txt"
);

word_list!(
    /// Is `word` (as written) a monarch's or pope's title ("King", "Pope":
    /// `data/monarch_titles.txt`)?
    monarch_title,
    "monarch_titles.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` a verb that follows a clause's subject
    /// ("said", "was": `data/clause_verbs.txt`)?
    clause_verb,
    "clause_verbs.txt"
);

word_list!(
    /// Is `word` (as written) an abbreviation of a US state that wire copy writes after a
    /// town and a comma ("Colo", "Okla.": `data/state_abbreviations.txt`)?
    state_abbreviation,
    "state_abbreviations.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` a word of ministers' portfolios ("Trade",
    /// "Affairs", "Homeland": `data/portfolios.txt`)?
    portfolio_word,
    "portfolios.txt"
);

word_list!(
    /// Is `word` (as written) a particle written in lower case inside people's names ("de",
    /// "van": `data/name_particles.txt`)?
    name_particle,
    "name_particles.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` one that makes a month's name after it the
    /// month ("in", "since", "late": `data/month_leads.txt`)?
    month_lead,
    "month_leads.txt"
);

word_list!(
    /// Is `word` (as written) a surname of a tradition that writes it first ("Kim" of Kim
    /// Yungmin, "Wang" of Wang Yan: `data/surname_first.txt`)?
    surname_first,
    "surname_first.txt"
);

/// The longest entry of `data/not_names.txt`, in bytes.
static NOT_NAMES_MAX: LazyLock<usize> =
    LazyLock::new(|| NOT_NAMES.iter().map(|w| w.len()).max().unwrap_or(0));

/// Is `text` a word that names nothing though the tagger may take it for a name ("PC",
/// "DVD", "GNP", "Oscar": `data/not_names.txt`)?
pub(crate) fn not_a_name(text: &str) -> bool {
    text.len() <= *NOT_NAMES_MAX && NOT_NAMES.contains(text)
}

/// When a noun of `data/work_nouns.tsv` says a title follows.
#[derive(Clone, Copy)]
enum WorkNoun {
    /// Always ("comedy", "tanker").
    Any,
    /// After a word of `data/work_openers.txt` ("the play", not "England play").
    Det,
    /// Only after this word ("aircraft carrier", not the airline "carrier").
    After(&'static str),
}

static WORK_NOUNS: LazyLock<rustc_hash::FxHashMap<&'static str, WorkNoun>> = LazyLock::new(|| {
    data::table(include_str!("data/work_nouns.tsv"))
        .map(|row| {
            let when = match row.get(1).copied() {
                Some("det") => WorkNoun::Det,
                Some(w) if w.starts_with("after ") => WorkNoun::After(&w[6..]),
                _ => WorkNoun::Any,
            };
            (row[0], when)
        })
        .collect()
});
static WORK_OPENERS: WordSet =
    LazyLock::new(|| data::lines(include_str!("data/work_openers.txt")).collect());

/// Does `noun` (lower case, as written) say that a title of a work, a product's or a
/// vessel's name follows, written after the word `before` (any case): "comedy", "album",
/// "tanker"; "play" and "show" only after a determiner or a modifier ("the play", not
/// "England play"); "carrier" only after "aircraft" (`data/work_nouns.tsv`,
/// `data/work_openers.txt`)?
pub(crate) fn work_noun(before: &str, noun: &str) -> bool {
    WORK_NOUNS.get(noun).is_some_and(|&when| match when {
        WorkNoun::Any => true,
        WorkNoun::Det => WORK_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(before)),
        WorkNoun::After(w) => w.eq_ignore_ascii_case(before),
    })
}

word_list!(
    /// Is `word` (as written, lower case) a noun that makes the name before it a disease's,
    /// a pathogen's or a malicious program's ("disease", "virus", "worm":
    /// `data/thing_nouns.txt`)?
    thing_noun,
    "thing_nouns.txt"
);

word_list!(
    /// Is `word` (as written) a prefix of ships' names ("USS", "HMS":
    /// `data/ship_prefixes.txt`)?
    ship_prefix,
    "ship_prefixes.txt"
);

word_list!(
    /// Is `word` (as written, lower case) a noun for a broadcast work after its title
    /// ("programme", "show": `data/programme_nouns.txt`)?
    programme_noun,
    "programme_nouns.txt"
);

word_list!(
    /// Is `word` (as written) a news agency's name ("Reuter", "AFP":
    /// `data/wire_services.txt`)?
    wire_service,
    "wire_services.txt"
);

word_list!(
    /// Are `word` (as written) the initials of a technical term, a product or an honour
    /// that are also a company's ("GPRS", "PSP", "OBE", "PAL": `data/tech_terms.txt`)?
    tech_term,
    "tech_terms.txt"
);

word_list!(
    /// Is `word` (as written, lower case) a preposition of place, before a town ("over",
    /// "near": `data/place_prepositions.txt`)?
    place_preposition,
    "place_prepositions.txt"
);

word_list!(
    /// Is `word` (as written) a noun that names a treaty with the names before or after it
    /// ("Accord", "Treaty": `data/treaty_heads.txt`)?
    treaty_head,
    "treaty_heads.txt"
);

word_list!(
    /// Is `words` (as written) the opening of a body's name that reads as a treaty's, before
    /// the name of what it covers ("General Agreement on": `data/treaty_bodies.txt`)?
    treaty_body,
    "treaty_bodies.txt"
);

word_list!(
    /// Is `word` (as written) a word that ends the names of institutions and never a
    /// person's ("Hospital", "Foundation", "Hotel": `data/institution_words.txt`)?
    institution_word,
    "institution_words.txt"
);

word_list!(
    /// Is `word` (as written) a word that ends the names of buildings and grounds and never
    /// a person's ("Theatre", "Stadium", "Prison": `data/building_words.txt`)?
    building_word,
    "building_words.txt"
);

word_list!(
    /// Is `word` (as written) the adjective of a political party that opens its name and
    /// qualifies nouns alone ("Democratic", "Republican": `data/party_adjectives.txt`)?
    party_adjective,
    "party_adjectives.txt"
);

static INSTITUTION_COMPOUNDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| data::lines(include_str!("data/institution_compounds.txt")).collect());

/// Does `word` (eight letters or more) end in a word that ends one-word compounds naming
/// banks, newspapers and companies ("Handelsbank", "Boersenzeitung":
/// `data/institution_compounds.txt`), in any case?
pub(crate) fn institution_compound(word: &str) -> bool {
    word.len() >= 8
        && word.is_ascii()
        && INSTITUTION_COMPOUNDS
            .iter()
            .any(|s| word.len() > s.len() && word[word.len() - s.len()..].eq_ignore_ascii_case(s))
}

hashed_word_list!(
    /// Is the word of lower-case hash `lower` one that ends the names of grounds, arenas
    /// and airports, which are places ("Stadium", "Airport": `data/ground_words.txt`)?
    ground_word,
    "ground_words.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` a geographic word that opens place names
    /// even when it is a given name ("River", "Lake": `data/place_leads.txt`)?
    place_lead,
    "place_leads.txt"
);

word_list!(
    /// Is `word` (as written) a noun that ends the name of a law ("Act", "Bill":
    /// `data/law_heads.txt`)?
    law_head,
    "law_heads.txt"
);

word_list!(
    /// Is `word` (as written, lower case) a noun or verb after which "in" and a name give a
    /// work's title ("role", "starring": `data/work_roles.txt`)?
    work_role,
    "work_roles.txt"
);

word_list!(
    /// Is `word` (as written) a generational suffix or regnal number that ends a person's name
    /// ("Jr.", "III": `data/name_suffixes.txt`)?
    name_suffix,
    "name_suffixes.txt"
);

word_list!(
    /// Is `word` (as written, lower case) a noun that makes a company part of another
    /// ("unit", "subsidiary": `data/part_nouns.txt`)?
    part_noun,
    "part_nouns.txt"
);

word_list!(
    /// Is `word` (as written, lower case) a noun for someone who works somewhere, beyond the
    /// roles of `data/roles.tsv` ("expert", "trader": `data/staff_nouns.txt`)?
    staff_noun,
    "staff_nouns.txt"
);

word_list!(
    /// Is `word` (as written, lower case) a noun for a settlement or area ("town", "village":
    /// `data/settlement_nouns.txt`)?
    settlement_noun,
    "settlement_nouns.txt"
);

/// Is `name` (as written, on one line) a band or music group news names alone
/// ("Coldplay", "Franz Ferdinand": `data/music_groups.txt`)?
pub(crate) fn music_group(name: &str) -> bool {
    MUSIC_GROUPS.contains(name)
}

/// The first words of the bands' names after any "The", up to the first character that is
/// no letter or digit ("Franz", "AC" of "AC/DC", "Who" of "The Who").
/// (by their lower-case hashes, [`super::features::lower_hash`], which tokens carry)
static MUSIC_GROUP_HEADS: LazyLock<rustc_hash::FxHashSet<u64>> = LazyLock::new(|| {
    MUSIC_GROUPS
        .iter()
        .map(|n| n.strip_prefix("The ").unwrap_or(n))
        .map(|n| n.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(n))
        .filter(|h| !h.is_empty())
        .map(super::features::lower_hash)
        .collect()
});

/// Can a band's name start with a word of lower-case hash `lower`, after any "The"? (A
/// quick test before the name itself is looked up.)
pub(crate) fn music_group_head(lower: u64) -> bool {
    MUSIC_GROUP_HEADS.contains(&lower)
}

static VENUES: WordSet = LazyLock::new(|| data::lines(include_str!("data/venues.txt")).collect());

/// Is `name` (as written, on one line) a venue news names alone ("Murrayfield", "Old
/// Trafford": `data/venues.txt`)?
pub(crate) fn venue(name: &str) -> bool {
    VENUES.contains(name)
}

/// The first words of the venues of more than one word, by their lower-case hashes
/// ([`super::features::lower_hash`], which tokens carry).
static VENUE_HEADS: LazyLock<rustc_hash::FxHashSet<u64>> = LazyLock::new(|| {
    VENUES
        .iter()
        .filter_map(|n| n.split_once(' '))
        .map(|(h, _)| super::features::lower_hash(h))
        .collect()
});

/// Can a venue's name of more than one word start with a word of lower-case hash `lower`?
/// (A quick test before the name itself is looked up.)
pub(crate) fn venue_head(lower: u64) -> bool {
    VENUE_HEADS.contains(&lower)
}

word_list!(
    /// Does `word` (as written) end the names of administrative areas ("County", "Province":
    /// `data/admin_units.txt`)?
    admin_unit,
    "admin_units.txt"
);

word_list!(
    /// Is `word` (as written) an ordinary word that opens sentences with its capital
    /// ("Through", "Veteran": `data/openers.txt`)?
    opener,
    "openers.txt"
);

hashed_word_list!(
    /// Is the word of lower-case hash `lower` a title that is also the role of the person
    /// named after it ("Archbishop", "Rabbi": `data/title_roles.txt`)?
    title_role,
    "title_roles.txt"
);

/// Is `word` (as written, lower case) a role held in a club or a company rather than under
/// a person ("manager", "chairman": `data/club_roles.txt`), players' positions included
/// ("striker": `data/player_positions.txt`)? (One set of both lists: a word is looked up
/// once.)
pub(crate) fn club_role(word: &str) -> bool {
    static SET: WordSet = LazyLock::new(|| {
        data::lines(include_str!("data/club_roles.txt"))
            .chain(data::lines(include_str!("data/player_positions.txt")))
            .collect()
    });
    SET.contains(word)
}

word_list!(
    /// Is `word` (as written) the last word of a body's name that its remit may follow
    /// after "on" or "for" ("Commission" of "Commission on Presidential Debates":
    /// `data/remit_heads.txt`)?
    remit_head,
    "remit_heads.txt"
);

word_list!(
    /// Is `word` (as written, lower case) a word that qualifies a role in a club or company
    /// ("general" of "general manager", "chief" of "chief executive":
    /// `data/club_role_qualifiers.txt`)?
    club_role_qualifier,
    "club_role_qualifiers.txt"
);

word_list!(
    /// Does `word` (as written, lower case) report a match result ("beat", "drew", "lost":
    /// `data/result_verbs.txt`)?
    result_verb,
    "result_verbs.txt"
);

word_list!(
    /// Does `word` (as written) end companies' names and not people's or places' ("Industries",
    /// "Trust", "Financial": `data/company_words.txt`)?
    company_word,
    "company_words.txt"
);

/// An honorific ("Mr", "Mrs.", "Lady"): the gender it tells, and whether it is only ever
/// written before a person's name (`data/honorifics.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Honorific {
    pub gender: Option<Gender>,
    pub person_only: bool,
    /// Never part of the name itself ("Mrs" of "Mrs Jones").
    pub apart: bool,
    /// Also written before a given name alone ("Sir Alex"); else only before a surname.
    pub given: bool,
}

/// Is `word` an honorific that opens a person's name and is never part of it, nor of any
/// other name before it ("Mr", "Mrs", "Ms": not "Sir", "Lord")? No name runs across one
/// ("the Foreign Policy Centre Mr Straw").
pub(crate) fn opens_name(word: &str) -> bool {
    honorific(word).is_some_and(|h| h.person_only && h.apart && !h.given)
}

/// The honorific `word` is, written as in the table, with or without a final period
/// ("Mr", "Mrs.", "Señora"; not "MX", a team's initials); `None` for other words.
pub(crate) fn honorific(word: &str) -> Option<Honorific> {
    static TABLE: LazyLock<rustc_hash::FxHashMap<&'static str, Honorific>> = LazyLock::new(|| {
        data::table(include_str!("data/honorifics.tsv"))
            .map(|row| {
                let gender = match row.get(1).copied() {
                    Some("m") => Some(Gender::Male),
                    Some("f") => Some(Gender::Female),
                    _ => None,
                };
                let person_only = row.get(2) == Some(&"only");
                let flags = |f: &str| row.get(3).is_some_and(|l| l.split(',').any(|x| x == f));
                let (apart, given) = (flags("apart"), flags("given"));
                (
                    row[0],
                    Honorific {
                        gender,
                        person_only,
                        apart,
                        given,
                    },
                )
            })
            .collect()
    });
    TABLE.get(word.strip_suffix('.').unwrap_or(word)).copied()
}

/// Is `word` (as written) a demonym of `data/demonyms.tsv` ("American", "Russian",
/// "Briton")? After "the" it stands for a person of the story ("said the American").
pub(crate) fn demonym(word: &str) -> bool {
    static DEMONYM_WORDS: WordSet =
        LazyLock::new(|| data::table(DEMONYMS).map(|row| row[0]).collect());
    DEMONYM_WORDS.contains(word)
}

/// The gender of a given name ("Hillary" female, "Marco" male); `None` for a unisex name
/// or a word not in the table.
pub(crate) fn given_name_gender(word: &str) -> Option<Gender> {
    given_name(word).flatten()
}

/// The frozen form of the built-in lexicon, made from the tables (what
/// `src/entities/data/lexicon.bin` must hold).
pub fn frozen_from_tables() -> Vec<u8> {
    from_tables().to_frozen(fingerprint())
}

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
        // A disambiguated name: one word alone ("i (newspaper)") is too ambiguous, and so
        // is one marked so ("~The Australian (newspaper)").
        let marked = name.starts_with('~');
        let name = name[..i].trim().trim_start_matches('~');
        let words = name.split_whitespace().count();
        return (
            name,
            if words > 1 && !marked {
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
fn add_org(lex: &mut Lexicon, name: &str, aliases: &str, ty: Option<&'static str>, how: Add) {
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
    let mut add = |n: &str, strict: Strict| match how {
        Add::Trained => lex.add_phrase(n, e, strict, false),
        Add::Replace => lex.add_run_time_phrase(n, e, strict, true),
        Add::RunTime => lex.add_run_time_phrase(n, e, strict, false),
    };
    add(name, strict);
    for a in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
        let (a, strict) = strictness(a);
        add(a, strict);
    }
}

/// Adds a place of a row of `places.tsv` (name, aliases separated by `|`, kind): trained
/// with, or matched at run time only (`places_more.tsv`).
fn add_place(lex: &mut Lexicon, row: &[&str], how: Add) {
    let e = lex.add_entry(Entry {
        kind: if row.get(2) == Some(&"country") {
            Kind::Country
        } else {
            Kind::Place
        },
        org_type: None,
        acronym: None,
    });
    let aliases = row.get(1).copied().unwrap_or("").split('|').map(str::trim);
    for n in std::iter::once(row[0]).chain(aliases) {
        if n.is_empty() {
            continue;
        }
        let (n, strict) = strictness(n);
        match how {
            Add::RunTime => lex.add_run_time_phrase(n, e, strict, false),
            _ => lex.add_phrase(n, e, strict, false),
        }
    }
}

/// How [`add_org`] and [`add_place`] add an entity's names.
#[derive(Clone, Copy)]
enum Add {
    /// A name of the tables the tagger was trained with (an earlier one keeps its name).
    Trained,
    /// A name of a user's gazetteer, which takes the name from the built-in entity; not
    /// trained with, so no feature of its own (see [`bit::RUN_TIME_START`]).
    Replace,
    /// A name of `data/organizations_more.tsv` or `data/places_more.tsv`: not trained with.
    RunTime,
}

/// The built-in lexicon, made from the tables (with the maps it is made from, so that
/// users' gazetteers can be added to it).
pub(crate) fn from_tables() -> Lexicon {
    build(true)
}

/// The lexicon made from the tables, with or without `data/organizations_more.tsv`.
fn build(more: bool) -> Lexicon {
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
    }
    // Organisations first: on a name shared with a place ("Chelsea"), the organisation
    // keeps the phrase and the tagger's context decides.
    for row in data::table(ORGANIZATIONS) {
        let aliases = row.get(1).copied().unwrap_or("");
        let ty = row.get(2).and_then(|t| org_type(t));
        add_org(&mut lex, row[0], aliases, ty, Add::Trained);
    }
    for row in data::table(PLACES) {
        add_place(&mut lex, &row, Add::Trained);
    }
    // Last, so that the names the tagger was trained with keep their readings.
    if more {
        for row in data::table(MORE_ORGANIZATIONS) {
            let aliases = row.get(1).copied().unwrap_or("");
            let ty = row.get(2).and_then(|t| org_type(t));
            add_org(&mut lex, row[0], aliases, ty, Add::RunTime);
        }
        for row in data::table(MORE_PLACES) {
            add_place(&mut lex, &row, Add::RunTime);
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
        add_org(
            lex,
            name,
            cols.get(1).copied().unwrap_or(""),
            ty,
            Add::Replace,
        );
    }
    lex.freeze();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_give_gender_and_scope() {
        let h = |w| honorific(w).map(|h| (h.gender, h.person_only));
        assert_eq!(h("Mr."), Some((Some(Gender::Male), true)));
        assert_eq!(h("Dame"), Some((Some(Gender::Female), true)));
        assert_eq!(h("Mx"), Some((None, true)));
        assert_eq!(h("Señora"), Some((Some(Gender::Female), false)));
        assert_eq!(h("Prince"), Some((Some(Gender::Male), false)));
        // As written only: "MX Onda" is a team, "mr" a typo or a word.
        assert_eq!(h("MX"), None);
        assert_eq!(h("mr"), None);
        assert_eq!(h("Senator"), None);
        // Which are never part of the name.
        let apart = |w| honorific(w).is_some_and(|h| h.apart);
        assert!(apart("Mrs.") && apart("Sir") && apart("Señora"));
        assert!(!apart("Lord") && !apart("Lady") && !apart("King"));
        let given = |w| honorific(w).is_some_and(|h| h.given);
        assert!(given("Sir") && given("Dame") && !given("Mr") && !given("Mrs."));
    }

    #[test]
    fn the_embedded_lexicon_matches_the_tables() {
        let fresh = frozen_from_tables();
        assert!(
            fresh == FROZEN,
            "the tables changed since src/entities/data/lexicon.bin was made ({} bytes, \
             embedded {}): run `cargo run --release --example build_lexicon` and commit it",
            fresh.len(),
            FROZEN.len()
        );
        // It loads, and gives back the same bytes.
        let lex = Lexicon::from_frozen(FROZEN, fingerprint()).expect("the frozen lexicon loads");
        assert!(lex.to_frozen(fingerprint()) == FROZEN);
        assert!(Lexicon::from_frozen(FROZEN, fingerprint() ^ 1).is_none());
        for cut in [0, 7, 100, FROZEN.len() / 2, FROZEN.len() - 1] {
            assert!(Lexicon::from_frozen(&FROZEN[..cut], fingerprint()).is_none());
        }
    }

    #[test]
    fn the_loaded_lexicon_answers_as_the_built_one() {
        use crate::document::Document;
        use crate::entities::features::{self, Built};
        let built = from_tables();
        let text = "The British Medical Association (BMA) met Palantir Technologies and \
                    NHS England in Zürich, Quebec City and Leeds; Alex said the UN agreed.";
        let doc = Document::new(text, None);
        let (mut a, mut b) = (Built::default(), Built::default());
        features::build(&doc, &built, &mut a);
        features::build(&doc, &BUILTIN, &mut b);
        assert!(!a.found.is_empty());
        assert_eq!(a.found.len(), b.found.len());
        for (x, y) in a.toks.iter().zip(&b.toks) {
            assert_eq!(x.gaz, y.gaz);
        }
        for (x, y) in a.found.iter().zip(&b.found) {
            assert_eq!((x.start, x.end), (y.start, y.end));
            let (p, q) = (
                &built.phrases[x.phrase as usize],
                &BUILTIN.phrases[y.phrase as usize],
            );
            assert_eq!(
                (p.entry, p.strict, p.kinds, p.exact),
                (q.entry, q.strict, q.kinds, q.exact)
            );
        }
    }

    /// The organisations of `data/organizations_more.tsv` are matched at run time and make
    /// the features of their own matches only: the training lexicon lacks them, and every
    /// other token's features are what the tagger was trained with.
    #[test]
    fn names_not_trained_with_change_only_their_own_matches() {
        use crate::document::Document;
        use crate::entities::features::{self, Built, MAX_FEATURES};
        // (three names of the run-time table: one that opens the sentence, an acronym
        // written in capitals, and the same acronym in title case that must not match;
        // and a word that opens a run-time name, "Kidder" of "Kidder Peabody", alone)
        let text = "Shearson Lehman Brothers hired Jim Kidder. MBIA rose. Avg shrs fell, \
                    Kerr Putney said.";
        let doc = Document::new(text, None);
        let (mut run, mut train) = (Built::default(), Built::default());
        features::build(&doc, &BUILTIN, &mut run);
        features::build(&doc, &TRAINING, &mut train);
        let word = |b: &Built, i: usize| b.toks[i].span().slice(text).to_string();
        let matched: Vec<String> = run
            .found
            .iter()
            .map(|g| {
                let (a, b) = (run.toks[g.start].span(), run.toks[g.end - 1].span());
                text[a.start..b.end].to_string()
            })
            .collect();
        assert!(
            matched.contains(&"Shearson Lehman Brothers".to_string()),
            "{matched:?}"
        );
        assert!(matched.contains(&"MBIA".to_string()), "{matched:?}");
        // (the training lexicon knows "Lehman Brothers" only)
        assert!(
            train.found.iter().all(|g| (g.start, g.end) == (1, 3)),
            "{:?}",
            train.found
        );
        // Features: the same for every token outside the two matches.
        let (mut f, mut g) = ([0u64; MAX_FEATURES], [0u64; MAX_FEATURES]);
        let mut differ = Vec::new();
        for s in &run.sents {
            for i in s.start..s.end {
                let n = features::features(&run.toks, text, *s, i, &mut f);
                let m = features::features(&train.toks, text, *s, i, &mut g);
                if f[..n] != g[..m] {
                    differ.push(word(&run, i));
                }
            }
        }
        assert!(!differ.is_empty());
        for w in &differ {
            assert!(
                [
                    "Shearson", "Lehman", "Brothers", "hired", "MBIA", "rose", "."
                ]
                .contains(&w.as_str()),
                "{w} changed: {differ:?}"
            );
        }
    }

    /// So are the places of `data/places_more.tsv`.
    #[test]
    fn places_not_trained_with_are_matched_at_run_time() {
        use crate::document::Document;
        use crate::entities::features::{self, Built};
        let text = "Floods hit Pahang and Terengganu, officials in Kyiv Oblast said.";
        let doc = Document::new(text, None);
        let (mut run, mut train) = (Built::default(), Built::default());
        features::build(&doc, &BUILTIN, &mut run);
        features::build(&doc, &TRAINING, &mut train);
        let matched = |b: &Built| -> Vec<String> {
            b.found
                .iter()
                .map(|g| {
                    let (a, e) = (b.toks[g.start].span(), b.toks[g.end - 1].span());
                    text[a.start..e.end].to_string()
                })
                .collect()
        };
        assert_eq!(
            matched(&run),
            vec!["Pahang", "Terengganu", "Kyiv Oblast"],
            "built-in"
        );
        // (the training lexicon knows only the city of "Kyiv")
        assert_eq!(matched(&train), vec!["Kyiv"], "training");
    }
}
