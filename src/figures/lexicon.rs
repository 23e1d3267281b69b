//! The word tables of the figures extractor (`data/*`), loaded once into hash maps keyed by
//! normalised words (lower case, periods removed), plus the small lexer that splits tokens
//! into the pieces the grammar reads ("US$4.7bn" is `US`, `$`, `4.7`, `bn`).

use crate::data;

/// Hash maps for the short keys of the tables (FxHash: fast, and collision attacks do not
/// matter for compiled-in keys).
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub(crate) type FxSet<K> = rustc_hash::FxHashSet<K>;

// ---------------------------------------------------------------------------------------
// Pieces

/// What a piece is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PieceKind {
    /// ASCII digits, with inner `,` or `.` between digits: "1,139", "3.5", "12,34,567.89".
    Digits,
    /// Letters (with inner apostrophes and periods: "o'clock", "U.S").
    Alpha,
    /// Any other single character: "$", "%", "-", "(", "°".
    Sym,
}

/// A piece of a token, with byte offsets into the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: PieceKind,
    /// White space (or a token boundary) comes before it.
    pub gap: bool,
    /// Index of the token it comes from.
    pub tok: usize,
    /// Where its normalised text lies in the window's scratch string.
    pub norm: (u32, u32),
}

fn is_alpha(c: char) -> bool {
    c.is_alphabetic()
}

/// The end of the run of digits going on at byte `i` of `b`, with the thousands separators
/// and decimal points between digits ("1,139", "3.5").
fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        if b[i].is_ascii_digit() {
            i += 1;
        } else if (b[i] == b',' || b[i] == b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// Appends the pieces of one token: offsets made absolute, the gap on the first only.
struct Emit<'a> {
    out: &'a mut Vec<Piece>,
    base: usize,
    tok: usize,
    gap: bool,
}

impl<'a> Emit<'a> {
    fn new(out: &'a mut Vec<Piece>, base: usize, tok: usize, gap: bool) -> Self {
        Emit {
            out,
            base,
            tok,
            gap,
        }
    }

    /// The piece at bytes `start..end` of the token, of kind `kind`, normalised at `norm`.
    #[inline]
    fn piece(&mut self, start: usize, end: usize, kind: PieceKind, norm: (u32, u32)) {
        self.out.push(Piece {
            start: self.base + start,
            end: self.base + end,
            kind,
            gap: self.gap,
            tok: self.tok,
            norm,
        });
        self.gap = false;
    }
}

/// Splits `s` (which starts at byte `base` of the text) into pieces, appending them to `out`
/// and their normalised texts to `norms`.
pub(crate) fn lex(
    s: &str,
    base: usize,
    tok: usize,
    gap: bool,
    out: &mut Vec<Piece>,
    norms: &mut String,
) {
    if s.is_ascii() {
        lex_ascii(s, base, tok, gap, out, norms);
    } else {
        lex_chars(s, base, tok, gap, out, norms);
    }
}

/// [`lex`] for any text, character by character.
fn lex_chars(
    s: &str,
    base: usize,
    tok: usize,
    gap: bool,
    out: &mut Vec<Piece>,
    norms: &mut String,
) {
    let b = s.as_bytes();
    let mut emit = Emit::new(out, base, tok, gap);
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            i = digits_end(b, i + 1);
            kind = PieceKind::Digits;
        } else if is_alpha(c) {
            i += c.len_utf8();
            while let Some(d) = s[i..].chars().next() {
                let inner = matches!(d, '\'' | '’' | '.')
                    && s[i + d.len_utf8()..].chars().next().is_some_and(is_alpha);
                if is_alpha(d) || inner {
                    i += d.len_utf8();
                } else {
                    break;
                }
            }
            kind = PieceKind::Alpha;
        } else if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        } else {
            i += c.len_utf8();
            kind = PieceKind::Sym;
        }
        let n0 = norms.len() as u32;
        let piece = &s[start..i];
        match kind {
            PieceKind::Alpha => {
                for ch in piece.chars() {
                    match ch {
                        '.' => {}
                        '’' => norms.push('\''),
                        _ => norms.extend(ch.to_lowercase()),
                    }
                }
            }
            PieceKind::Sym if matches!(piece, "–" | "—" | "‑" | "‐" | "−") => {
                norms.push('-')
            }
            _ => norms.push_str(piece),
        }
        emit.piece(start, i, kind, (n0, norms.len() as u32));
    }
}

/// [`lex`] for ASCII text: the same pieces, byte by byte.
fn lex_ascii(
    s: &str,
    base: usize,
    tok: usize,
    gap: bool,
    out: &mut Vec<Piece>,
    norms: &mut String,
) {
    let b = s.as_bytes();
    let mut emit = Emit::new(out, base, tok, gap);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let kind;
        i += 1;
        if c.is_ascii_digit() {
            i = digits_end(b, i);
            kind = PieceKind::Digits;
        } else if c.is_ascii_alphabetic() {
            while i < b.len() {
                let d = b[i];
                let inner =
                    matches!(d, b'\'' | b'.') && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
                if d.is_ascii_alphabetic() || inner {
                    i += 1;
                } else {
                    break;
                }
            }
            kind = PieceKind::Alpha;
        } else if matches!(c, b' ' | b'\t'..=b'\r') {
            continue;
        } else {
            kind = PieceKind::Sym;
        }
        let n0 = norms.len() as u32;
        let piece = &s[start..i];
        if kind == PieceKind::Alpha {
            norms.extend(
                piece
                    .bytes()
                    .filter(|&x| x != b'.')
                    .map(|x| char::from(x.to_ascii_lowercase())),
            );
        } else {
            norms.push_str(piece);
        }
        emit.piece(start, i, kind, (n0, norms.len() as u32));
    }
}

/// The normalised pieces of a table form: "km / h" -> ["km", "/", "h"].
fn form_pieces(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut norms = String::new();
    let mut pieces = Vec::new();
    for w in form.split_whitespace() {
        lex(w, 0, 0, true, &mut pieces, &mut norms);
    }
    for p in &pieces {
        out.push(norms[p.norm.0 as usize..p.norm.1 as usize].to_string());
    }
    out
}

/// Multi-word table entries, keyed by their first piece; longest first.
pub(crate) struct Phrases<T> {
    map: FxMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            map: FxMap::default(),
        }
    }
}

impl<T> Phrases<T> {
    fn add(&mut self, form: &str, value: T) {
        let mut ps = form_pieces(form);
        if ps.is_empty() {
            return;
        }
        let first = ps.remove(0);
        let v = self.map.entry(first).or_default();
        v.push((ps, value));
        v.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
    }

    /// Entries whose first piece is `first`.
    #[inline]
    pub fn get(&self, first: &str) -> &[(Vec<String>, T)] {
        self.map.get(first).map_or(&[], Vec::as_slice)
    }

    /// The value of the entry written exactly `form` (a phrase as text: "crew members").
    pub fn whole(&self, form: &str) -> Option<&T> {
        let pieces = form_pieces(form);
        let (first, rest) = pieces.split_first()?;
        self.get(first)
            .iter()
            .find(|(r, _)| r == rest)
            .map(|(_, v)| v)
    }

    /// True when some entry starts with `first`.
    #[inline]
    pub fn starts(&self, first: &str) -> bool {
        self.map.contains_key(first)
    }
}

// ---------------------------------------------------------------------------------------
// Tables

/// How a currency form is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CurKind {
    Symbol,
    Dollar,
    Prefix,
    /// An ISO code; `true` when it may be written in lower case.
    Code(bool),
    Word,
    Weak,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Currency {
    /// The ISO code (for a name several countries use, the most common one's).
    pub iso: &'static str,
    /// For a name several countries use, all their codes, separated by `|` (else "").
    pub shared: &'static str,
    pub kind: CurKind,
    /// Value of one unit in the currency (0.01 for cents).
    pub factor: f64,
}

/// Number word classes (see `data/number_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumClass {
    Unit,
    Ten,
    Hundred,
    Scale,
    Fraction,
    Half,
    Dozen,
    Vague,
    Some,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    pub unit: &'static str,
    /// Only straight after the digits ("5m").
    pub attached: bool,
    /// Only written exactly so ("MW", "g").
    pub case: Option<&'static str>,
    /// Only in a sentence about the weather or temperatures ("minus 20C", "Highs 82-96F";
    /// not "Insat 1C"): `data/temperature_words.txt`.
    pub weather: bool,
}

/// Where a category word stands relative to the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Before,
    After,
    /// After, and for a bare number only after an auxiliary or when it is a plain count
    /// ("20 people held", "four were held", "41 held"; not "the 53.2 billion held on
    /// Tuesday", "one new share for every three held").
    AfterPeople,
    Both,
}

/// Classes of `data/not_figures.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotFig {
    Time,
    Month,
    Clock,
    Label,
    /// A label only when nothing but punctuation or a preposition follows the number
    /// ("round one of the Open", not "round three Greek islands").
    Round,
    Street,
}

/// Flags of a word that can begin a figure.
pub(crate) const NUMERIC: u8 = 1;
pub(crate) const LEADS: u8 = 2;

/// Every table.
pub(crate) struct Lexicon {
    pub currencies: Phrases<Currency>,
    /// Scale words: multiplier as (mantissa, power of ten), and whether it is an
    /// abbreviation written straight after digits.
    pub scales: FxMap<String, ((f64, i32), bool)>,
    /// Abbreviations that are a scale only with a currency ("$5mm"; "62mm" is millimetres).
    pub money_scales: FxSet<String>,
    pub numbers: FxMap<String, (f64, NumClass)>,
    pub qualifiers: Phrases<&'static str>,
    pub units: Phrases<Unit>,
    pub people: Phrases<Option<&'static str>>,
    /// Nouns of `people` whose category holds only right after the number
    /// (`data/people.tsv`, "bare").
    pub bare_people: FxSet<&'static str>,
    pub categories: Phrases<(&'static str, Side)>,
    pub not_figures: FxMap<String, NotFig>,
    /// Words that may begin a figure: NUMERIC (a number word) or LEADS (a qualifier,
    /// currency or sign before one).
    pub starts: FxMap<String, u8>,
    /// The same, for ASCII words of up to 16 letters packed into an integer ([`pack`]).
    pub starts_packed: FxMap<u128, u8>,
    /// Bit `n` of `start_lengths[pair_index(a, b)]` is set when some start word of `n`
    /// letters begins with letters `a`, `b` ([`Lexicon::may_start`]): most words are ruled out
    /// without hashing.
    pub start_lengths: Box<[u32; 26 * 27]>,
    /// The words naming the countries of shared currency names (`data/currency_places.tsv`,
    /// any case, longest first), and the code of each pattern.
    places: aho_corasick::AhoCorasick,
    place_codes: Vec<&'static str>,
    /// Words of change before an amount (`data/change_verbs.txt`).
    pub changes: FxSet<&'static str>,
    /// Labels of the lines of an earnings statement (`data/statement_labels.txt`).
    pub statement_labels: FxSet<&'static str>,
    /// Words naming a race or its runners after a distance ("400m hurdles"):
    /// `data/race_words.txt`.
    pub race_words: FxSet<&'static str>,
    /// Verbs that read as plurals but are never counted ("five includes"):
    /// `data/verbs_not_counted.txt`.
    pub verbs_not_counted: FxSet<&'static str>,
    /// Words of a sentence about temperatures, where "20C" is a temperature:
    /// `data/temperature_words.txt`.
    pub temperature_words: FxSet<&'static str>,
    /// Words of a sentence that make "pounds" money (`true`) or weight (`false`):
    /// `data/pound_context.tsv`.
    pub pound_context: FxMap<&'static str, bool>,
}

impl Lexicon {
    /// The code `c` stands for at byte offset `at` of an article `text`: for a name several
    /// countries use, the code of the country named nearest before it (else first after
    /// it) among those of the name. `places` keeps the countries found so far, so that the
    /// text is read once for all the article's amounts, and only as far as they need.
    pub(crate) fn currency_code(
        &self,
        c: &Currency,
        text: &str,
        places: &mut Places,
        at: usize,
    ) -> &'static str {
        if c.shared.is_empty() {
            return c.iso;
        }
        let of_name = |code: &str| c.shared.split('|').any(|x| x == code);
        // Read on until a country of the name after `at`, or the end.
        let b = text.as_bytes();
        let alnum = |i: usize| b[i].is_ascii_alphanumeric();
        while !places.done
            && !places.found[places.found.partition_point(|p| p.0 < at)..]
                .iter()
                .any(|p| of_name(p.1))
        {
            let input = aho_corasick::Input::new(text).range(places.next..);
            match self.places.find(input) {
                None => places.done = true,
                Some(m) => {
                    places.next = m.end();
                    // Whole words only ("Oman", not "woman").
                    let whole = !(m.start() > 0 && alnum(m.start() - 1)
                        || m.end() < b.len() && alnum(m.end()));
                    if whole {
                        let code = self.place_codes[m.pattern().as_usize()];
                        places.found.push((m.start(), code));
                    }
                }
            }
        }
        let found = &places.found;
        let split = found.partition_point(|p| p.0 < at);
        let before = found[..split].iter().rev().find(|p| of_name(p.1));
        let after = || found[split..].iter().find(|p| of_name(p.1));
        before.or_else(after).map_or(c.iso, |p| p.1)
    }
}

/// The countries of shared currency names an article names, read so far
/// ([`Lexicon::currency_code`]).
#[derive(Debug, Default)]
pub(crate) struct Places {
    /// (byte offset, currency code), in order.
    found: Vec<(usize, &'static str)>,
    /// Where reading goes on.
    next: usize,
    /// The whole text was read.
    done: bool,
}

/// The category column of `data/people.tsv` for a noun that counts no people at all
/// ("public bodies").
pub(crate) const NOT_PEOPLE: &str = "-";

/// Packs up to 16 ASCII bytes into an integer key; None when longer.
#[inline]
pub(crate) fn pack(bytes: &[u8]) -> Option<u128> {
    if bytes.len() > 16 {
        return None;
    }
    let mut k = 0u128;
    for &b in bytes {
        k = (k << 8) | u128::from(b);
    }
    Some(k)
}

/// Index in [`Lexicon::start_lengths`] of a word's first two lower-case letters.
#[inline]
fn pair_index(first: u8, second: Option<u8>) -> usize {
    let a = usize::from(first - b'a');
    let b = second.map_or(26, |c| usize::from(c - b'a'));
    a * 27 + b
}

impl Lexicon {
    /// Could a start word have `n` letters beginning with lower-case letters `first` and
    /// `second` (none for a one-letter word)?
    #[inline]
    pub fn may_start(&self, first: u8, second: Option<u8>, n: usize) -> bool {
        self.start_lengths[pair_index(first, second)] & (1 << n) != 0
    }
}

fn pow10(m: f64) -> (f64, i32) {
    let mut e = 0;
    let mut v = m;
    while v >= 10.0 && v % 10.0 == 0.0 {
        v /= 10.0;
        e += 1;
    }
    (v, e)
}

impl Lexicon {
    pub fn load() -> Self {
        let (mut words, mut place_codes) = (Vec::new(), Vec::new());
        for row in data::table(include_str!("data/currency_places.tsv")) {
            let (Some(&iso), Some(names)) = (row.first(), row.get(1)) else {
                continue;
            };
            for name in names.split('|') {
                words.push(name);
                place_codes.push(iso);
            }
        }
        // Leftmost longest, so that "sri lankan" wins over "sri lanka".
        let places = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&words)
            .expect("currency_places.tsv makes an automaton");
        let mut lx = Lexicon {
            currencies: Phrases::default(),
            scales: FxMap::default(),
            money_scales: FxSet::default(),
            numbers: FxMap::default(),
            qualifiers: Phrases::default(),
            units: Phrases::default(),
            people: Phrases::default(),
            bare_people: FxSet::default(),
            categories: Phrases::default(),
            not_figures: FxMap::default(),
            starts: FxMap::default(),
            starts_packed: FxMap::default(),
            start_lengths: Box::new([0; 26 * 27]),
            places,
            place_codes,
            changes: data::lines(include_str!("data/change_verbs.txt")).collect(),
            statement_labels: data::lines(include_str!("data/statement_labels.txt")).collect(),
            race_words: data::lines(include_str!("data/race_words.txt")).collect(),
            verbs_not_counted: data::lines(include_str!("data/verbs_not_counted.txt")).collect(),
            temperature_words: data::lines(include_str!("data/temperature_words.txt")).collect(),
            pound_context: data::table(include_str!("data/pound_context.tsv"))
                .filter_map(|row| Some((*row.first()?, *row.get(1)? == "money")))
                .collect(),
        };
        for row in data::table(include_str!("data/currencies.tsv")) {
            let (Some(&form), Some(&iso)) = (row.first(), row.get(1)) else {
                continue;
            };
            let last = row.get(3).copied().unwrap_or("");
            let kind = match row.get(2).copied().unwrap_or("code") {
                "symbol" => CurKind::Symbol,
                "dollar" => CurKind::Dollar,
                "prefix" => CurKind::Prefix,
                "word" => CurKind::Word,
                "weak" => CurKind::Weak,
                _ => CurKind::Code(last == "any"),
            };
            let factor = last.parse().unwrap_or(1.0);
            let (iso, shared) = match iso.split_once('|') {
                Some((first, _)) => (first, iso),
                None => (iso, ""),
            };
            lx.currencies.add(
                form,
                Currency {
                    iso,
                    shared,
                    kind,
                    factor,
                },
            );
            if matches!(kind, CurKind::Dollar | CurKind::Prefix | CurKind::Code(_)) {
                let first = form_pieces(form).remove(0);
                *lx.starts.entry(first).or_default() |= LEADS;
            }
        }
        for row in data::table(include_str!("data/scales.tsv")) {
            if let (Some(&form), Some(m)) = (row.first(), row.get(1).and_then(|m| m.parse().ok())) {
                let short = matches!(row.get(2), Some(&"short" | &"money"));
                if row.get(2) == Some(&"money") {
                    lx.money_scales.insert(form.to_string());
                }
                lx.scales.insert(form.to_string(), (pow10(m), short));
            }
        }
        for row in data::table(include_str!("data/number_words.tsv")) {
            let (Some(&form), Some(v)) = (row.first(), row.get(1).and_then(|v| v.parse().ok()))
            else {
                continue;
            };
            let class = match row.get(2).copied().unwrap_or("") {
                "unit" => NumClass::Unit,
                "ten" => NumClass::Ten,
                "hundred" => NumClass::Hundred,
                "scale" => NumClass::Scale,
                "fraction" => NumClass::Fraction,
                "half" => NumClass::Half,
                "dozen" => NumClass::Dozen,
                "vague" => NumClass::Vague,
                _ => NumClass::Some,
            };
            lx.numbers.insert(form.to_string(), (v, class));
            // "few" begins figures only after a number word or "a"; fractions can be the
            // number ("a quarter of a percentage point") but lead as well.
            let flag = match class {
                NumClass::Some => LEADS,
                NumClass::Fraction => LEADS | NUMERIC,
                _ => NUMERIC,
            };
            *lx.starts.entry(form.to_string()).or_default() |= flag;
        }
        for row in data::table(include_str!("data/qualifiers.tsv")) {
            if let (Some(&form), Some(&approx)) = (row.first(), row.get(1)) {
                lx.qualifiers.add(form, approx);
                let first = form_pieces(form).remove(0);
                *lx.starts.entry(first).or_default() |= LEADS;
            }
        }
        for w in [
            "a", "an", "between", "minus", "negative", "percent", "percents", "per",
        ] {
            *lx.starts.entry(w.to_string()).or_default() |= LEADS;
        }
        for row in data::table(include_str!("data/units.tsv")) {
            if let (Some(&form), Some(&unit)) = (row.first(), row.get(1)) {
                let flags = row.get(2).copied().unwrap_or("");
                let u = Unit {
                    unit,
                    attached: flags.split(',').any(|f| f == "attached"),
                    case: flags.split(',').any(|f| f == "case").then_some(form),
                    weather: flags.split(',').any(|f| f == "weather"),
                };
                lx.units.add(form, u);
            }
        }
        for row in data::table(include_str!("data/people.tsv")) {
            if let Some(&form) = row.first() {
                lx.people
                    .add(form, row.get(1).copied().filter(|c| !c.is_empty()));
                if row.get(2) == Some(&"bare") {
                    lx.bare_people.insert(form);
                }
            }
        }
        for row in data::table(include_str!("data/categories.tsv")) {
            if let (Some(&form), Some(&cat)) = (row.first(), row.get(1)) {
                let side = match row.get(2).copied().unwrap_or("both") {
                    "before" => Side::Before,
                    "after" => Side::After,
                    "after_people" => Side::AfterPeople,
                    _ => Side::Both,
                };
                lx.categories.add(form, (cat, side));
            }
        }
        for row in data::table(include_str!("data/not_figures.tsv")) {
            if let (Some(&form), Some(&class)) = (row.first(), row.get(1)) {
                let c = match class {
                    "time" => NotFig::Time,
                    "month" => NotFig::Month,
                    "clock" => NotFig::Clock,
                    "label" => NotFig::Label,
                    "round" => NotFig::Round,
                    _ => NotFig::Street,
                };
                lx.not_figures.entry(form.to_string()).or_insert(c);
            }
        }
        for (w, &f) in &lx.starts {
            if let Some(k) = pack(w.as_bytes()).filter(|_| w.is_ascii()) {
                lx.starts_packed.insert(k, f);
                // Only words of letters can match a token's letters.
                let b = w.as_bytes();
                if b.iter().all(u8::is_ascii_lowercase) {
                    lx.start_lengths[pair_index(b[0], b.get(1).copied())] |= 1 << w.len();
                }
            }
        }
        lx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(s: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut norms = String::new();
        lex(s, 0, 0, true, &mut out, &mut norms);
        out.iter()
            .map(|p| {
                (
                    s[p.start..p.end].to_string(),
                    norms[p.norm.0 as usize..p.norm.1 as usize].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn lexing_tokens_into_pieces() {
        let raw = |s: &str| pieces(s).into_iter().map(|p| p.0).collect::<Vec<_>>();
        assert_eq!(raw("US$4.7bn"), ["US", "$", "4.7", "bn"]);
        assert_eq!(raw("RM50,000"), ["RM", "50,000"]);
        assert_eq!(raw("$8-billion"), ["$", "8", "-", "billion"]);
        assert_eq!(raw("12,34,567.89"), ["12,34,567.89"]);
        assert_eq!(raw("3.5%"), ["3.5", "%"]);
        assert_eq!(raw("1,139."), ["1,139", "."]);
        assert_eq!(raw("£330\u{a0}m"), ["£", "330", "m"]);
        assert_eq!(raw("20°C."), ["20", "°", "C", "."]);
        let n = pieces("U.S. o’clock €5");
        let norms: Vec<&str> = n.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(norms, ["us", ".", "o'clock", "€", "5"]);
    }

    type Lexed = Vec<(usize, usize, PieceKind, bool, usize, String)>;

    fn lexed(
        f: fn(&str, usize, usize, bool, &mut Vec<Piece>, &mut String),
        s: &str,
        gap: bool,
    ) -> Lexed {
        let mut out = Vec::new();
        let mut norms = String::from("x");
        f(s, 7, 3, gap, &mut out, &mut norms);
        out.iter()
            .map(|p| {
                let norm = norms[p.norm.0 as usize..p.norm.1 as usize].to_string();
                (p.start, p.end, p.kind, p.gap, p.tok, norm)
            })
            .collect()
    }

    #[test]
    fn ascii_fast_path_table() {
        for s in [
            "U.S. o'clock",
            "$4.7bn.",
            "a.b. 1,2,3 .5 x'",
            "a\x0bb\tc",
            "--3.-",
        ] {
            assert_eq!(
                lexed(lex_ascii, s, true),
                lexed(lex_chars, s, true),
                "{s:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_fast_path_matches(s in "[a-zA-Z0-9.,'$% \t\x0b-]{0,24}", gap: bool) {
            proptest::prop_assert_eq!(lexed(lex_ascii, &s, gap), lexed(lex_chars, &s, gap));
        }
    }

    #[test]
    fn tables_load() {
        let lx = Lexicon::load();
        assert!(
            lx.currencies
                .get("dollars")
                .iter()
                .any(|c| c.1.iso == "USD")
        );
        assert!(lx.currencies.get("hong").iter().any(|c| c.1.iso == "HKD"));
        assert_eq!(lx.scales["bn"].0, (1.0, 9));
        assert_eq!(lx.scales["crore"].0, (1.0, 7));
        assert_eq!(lx.numbers["twenty"], (20.0, NumClass::Ten));
        assert!(lx.qualifiers.get("up").iter().any(|q| q.1 == "up_to"));
        assert!(lx.units.get("km").iter().any(|u| u.1.unit == "km/h"));
        assert_eq!(lx.starts.get("between"), Some(&LEADS));
        assert_eq!(lx.starts.get("seven"), Some(&NUMERIC));
        assert_eq!(lx.not_figures.get("october"), Some(&NotFig::Month));
    }
}
