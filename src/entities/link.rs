//! Linking mentions into entities within an article: same names, gazetteer aliases,
//! acronyms ("British Medical Association (BMA)", initials), short forms ("Karp" after
//! "Alex Karp", "Palantir" after "Palantir Technologies"); then each entity's canonical
//! name, aliases, acronym, organisation type, descriptions ("US tech firm") and, for
//! people, roles ("chief executive") and the organisations they are tied to.

use super::features::fmix;
use super::features::{Tok, flag};
use super::gazetteer::{
    Honorific, club_role, given_name_gender, honorific, is_acronym, place_preposition,
    surname_first,
};
use super::lexicon::{Lexicon, bit};
use super::mentions::{M, name_surface, surface};
use super::model::Type;
use super::{Entities, Entity};
use crate::record::Mention;
use crate::span::Span;

/// What the people a short person mention may stand for depend on ([`people_named`]): its
/// word, and its honorific's gender and whether it goes before given names.
type NamedKey = (u64, Option<(Option<super::gazetteer::Gender>, bool)>);

/// Union-find over mention indices.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The earlier mention stays the root.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// What linking needs to know about a mention.
struct Info {
    surface: u64,
    entry: Option<u32>,
    /// For an organisation's name that the gazetteer knows without the legal forms after
    /// it, the entry of that name: it joins the entity's other names.
    core_entry: Option<u32>,
    span: Span,
    /// Number of tagging tokens.
    len: usize,
    acronym: bool,
    /// A stock ticker after a company's name ("Salomon Inc <SB>"): neither the company's
    /// name nor its acronym, nor (beside the name) what the gazetteer knows by those
    /// letters.
    ticker: bool,
    /// A person's surname after an honorific ("Mr Manuel"), with the gender it tells.
    titled: Option<Honorific>,
}

/// The text of a span with runs of white space made single spaces.
fn clean(s: &str) -> String {
    let b = s.as_bytes();
    let messy = b
        .iter()
        .enumerate()
        .any(|(i, &c)| c.is_ascii_whitespace() && (c != b' ' || b.get(i + 1) == Some(&b' ')));
    if !messy {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Does `acr` spell the initials of the words of `name` (with or without its small words:
/// "British Medical Association" -> BMA, "Bank of England" -> BoE or BE)? Allocates
/// nothing: the letters are compared as they are read.
pub(crate) fn initials_match<'a, I>(acr: &str, words: I) -> bool
where
    I: IntoIterator<Item = &'a str>,
    I::IntoIter: Clone,
{
    let words = words.into_iter();
    if let Some(m) = initials_match_ascii(acr.as_bytes(), words.clone()) {
        return m;
    }
    let letters = || {
        acr.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_uppercase)
    };
    if letters().nth(1).is_none() || words.clone().nth(1).is_none() {
        return false;
    }
    word_initials(words.clone(), true).eq(letters()) || word_initials(words, false).eq(letters())
}

/// [`initials_match`] for ASCII text (nearly all), `None` for other text.
fn initials_match_ascii<'a>(acr: &[u8], words: impl Iterator<Item = &'a str>) -> Option<bool> {
    let mut letters = [0u8; 16];
    let mut n = 0;
    for &c in acr {
        if !c.is_ascii() {
            return None;
        }
        if c.is_ascii_alphabetic() {
            *letters.get_mut(n)? = c.to_ascii_uppercase();
            n += 1;
        }
    }
    let letters = &letters[..n];
    // The initials with the small words (`all`) and without (`some`), compared as they
    // come: how many matched, or None after a mismatch.
    let (mut all, mut some) = (Some(0usize), Some(0usize));
    let mut words_seen = 0;
    for w in words {
        if !w.is_ascii() {
            return None;
        }
        words_seen += 1;
        let Some(first) = w.bytes().find(u8::is_ascii_alphanumeric) else {
            continue;
        };
        let first = first.to_ascii_uppercase();
        let next = |k: Option<usize>| k.filter(|&k| letters.get(k) == Some(&first)).map(|k| k + 1);
        all = next(all);
        if !SMALL_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)) {
            some = next(some);
        }
    }
    if n < 2 || words_seen < 2 {
        return Some(false);
    }
    Some(all == Some(n) || some == Some(n))
}

/// Words an acronym may leave out ("Bank of England" is BoE or BE).
const SMALL_WORDS: [&str; 12] = [
    "of", "the", "and", "for", "&", "a", "an", "in", "on", "at", "to", "de",
];

/// The words of a name's tagging tokens, possessive suffixes left out.
fn name_words<'a>(text: &'a str, toks: &'a [Tok]) -> impl Iterator<Item = &'a str> + Clone {
    toks.iter()
        .filter(|t| !t.has(flag::POSS))
        .map(|t| t.span().slice(text))
}

/// [`initials_match`] over the words of tagging tokens (possessive suffixes left out).
pub(crate) fn initials_of(acr: &str, text: &str, toks: &[Tok]) -> bool {
    initials_match(acr, name_words(text, toks))
}

/// Names (by their index in a list) by the first two letters an acronym of each must
/// start with ([`name_initials`]): only the names under an acronym's first two letters
/// can be spelled by it, so a text of thousands of acronyms and names looks at few.
#[derive(Default)]
pub(crate) struct ByInitial(Vec<(u64, usize)>);

impl ByInitial {
    /// Indexes names `0..`, given their initials in order.
    pub(crate) fn build(&mut self, initials: impl Iterator<Item = Initials>) {
        self.0.clear();
        for (n, [a, b]) in initials.enumerate() {
            self.0.extend(a.map(|k| (k, n)));
            self.0.extend(b.filter(|&k| Some(k) != a).map(|k| (k, n)));
        }
        self.0.sort_unstable();
    }

    /// The names an acronym may spell ([`initials_match`]), in order: those whose
    /// initials, with or without the small words, start with its first two letters.
    pub(crate) fn candidates(&self, acr: &str) -> impl Iterator<Item = usize> + '_ {
        let letters = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_uppercase);
        let range = match first_two(letters) {
            Some(k) => {
                let a = self.0.partition_point(|e| e.0 < k);
                a..a + self.0[a..].partition_point(|e| e.0 == k)
            }
            None => 0..0,
        };
        self.0[range].iter().map(|e| e.1)
    }
}

/// The first two characters of `cs` as one key, if it has two.
fn first_two(mut cs: impl Iterator<Item = char>) -> Option<u64> {
    let a = cs.next()?;
    let b = cs.next()?;
    Some((a as u64) << 32 | b as u64)
}

/// Builds the entities of a document from its mentions.
/// Buffers of [`link`], reused from one document to the next.
#[derive(Default)]
pub(crate) struct Scratch {
    info: Vec<Info>,
    sets: Vec<usize>,
    /// (key, mention): the first mention of each name and of each gazetteer entity.
    keys: Vec<(u64, usize)>,
    long_orgs: Vec<usize>,
    /// The gazetteer entries of `long_orgs`, sorted.
    long_org_entries: Vec<u32>,
    /// `long_orgs` by the lower-case hash of their first word: (hash, index in it).
    orgs_by_first: Vec<(u64, usize)>,
    /// The same by the first two words ([`first_two_words`]).
    orgs_by_first_two: Vec<(u64, usize)>,
    /// `long_orgs` by the surface of the word the company goes by
    /// ([`super::mentions::goes_by`], [`super::mentions::middle_name`]), for those that
    /// have one.
    orgs_by_word: Vec<(u64, usize)>,
    /// `long_orgs` by the first letters an acronym of them can start with.
    org_initials: ByInitial,
    /// Short organisation names that no long form fits ([`ShortKey`]): their other
    /// mentions need no search.
    no_long_form: std::cell::RefCell<rustc_hash::FxHashSet<ShortKey>>,
    /// For each acronym of the article (by surface), the `long_orgs` whose initials it
    /// spells (indices in it).
    spelled: rustc_hash::FxHashMap<u64, Vec<usize>>,
    /// For each set of mentions (by its root), the name of the company it holds without
    /// legal forms ([`company_core`]; 0 for none).
    root_core: std::cell::RefCell<Vec<u64>>,
    long_people: Vec<usize>,
    /// `long_people` by the lower-case hash of their last word, and of their first:
    /// (hash, index in it), in order.
    people_by_last: Vec<(u64, usize)>,
    people_by_first: Vec<(u64, usize)>,
    /// For each mention, its index in `long_people` (`usize::MAX` for none).
    long_person_of: Vec<usize>,
    /// The people a short mention may stand for ([`people_named`]), and their classes.
    named: (Vec<usize>, Vec<usize>),
    /// Those people by the short mention's word and honorific (what they depend on), as
    /// ranges of `named_store`: worked out once for each, so that thousands of mentions of
    /// one surname stay linear.
    named_memo: rustc_hash::FxHashMap<NamedKey, (usize, usize)>,
    named_store: Vec<usize>,
    /// For each of `long_people`, the index (in `long_people`) of the first that names the
    /// same person ([`same_person`]).
    person_class: Vec<usize>,
    /// The class of each spelling of a long name (by the hash of its words' lower-case
    /// forms), and for each of `long_people` whether it is its spelling's first.
    class_of_spelling: rustc_hash::FxHashMap<u64, usize>,
    first_spelling: Vec<bool>,
    /// For each mention, the long name a short person mention stands for, and whether
    /// two people share its word.
    short_of: Vec<(Option<usize>, bool)>,
    /// (group, mention), ordered by group then mention.
    members: Vec<(usize, usize)>,
    root_group: Vec<usize>,
    ent_of: Vec<usize>,
}

pub(crate) fn link(
    text: &str,
    toks: &[Tok],
    ms: &[M],
    lex: &Lexicon,
    sc: &mut Scratch,
    out: &mut Entities,
) {
    if ms.is_empty() {
        return;
    }
    let info = &mut sc.info;
    info.clear();
    info.extend(ms.iter().map(|m| {
        let t = &toks[m.start..m.end];
        let span = Span::new(t[0].start as usize, t[t.len() - 1].end as usize);
        let ticker = super::mentions::is_ticker(text, toks, m);
        Info {
            surface: name_surface(text, t),
            entry: m
                .entry
                .or_else(|| lex.lookup(t).map(|p| lex.phrases[p as usize].entry)),
            // (a known organisation's name with legal forms after it: "Eastman Kodak Co" of
            // "Eastman Kodak", which the article's "Kodak" names)
            core_entry: (m.ty == Type::Org && m.entry.is_none())
                .then(|| {
                    let legal = t.iter().rev().take_while(|x| x.gaz & bit::ORG_SUFFIX != 0);
                    let core = t.len() - legal.count();
                    (core > 0 && core < t.len()).then(|| lex.lookup(&t[..core]))?
                })
                .flatten()
                .map(|p| lex.phrases[p as usize].entry)
                .filter(|&e| lex.entries[e as usize].kind == super::lexicon::Kind::Org),
            span,
            len: t.len(),
            acronym: t.len() == 1
                && (is_acronym(span.slice(text))
                    || super::mentions::acronym_like(span.slice(text))),
            ticker,
            // (the honorific inside the mention, or right before a surname alone)
            titled: match (m.ty, t.len()) {
                (Type::Per, 2) => Some(&t[0]),
                (Type::Per, 1) if m.start > 0 => Some(&toks[m.start - 1]),
                _ => None,
            }
            .filter(|h| h.gaz & bit::TITLE != 0)
            .and_then(|h| honorific(h.span().slice(text)))
            .filter(|h| h.person_only),
        }
    }));
    let info = &sc.info;
    sc.sets.clear();
    sc.sets.extend(0..ms.len());
    let mut sets = Sets(std::mem::take(&mut sc.sets));
    // The people named in full, and which of them are one person.
    sc.long_people.clear();
    sc.long_people
        .extend((0..ms.len()).filter(|&j| ms[j].ty == Type::Per && info[j].len > 1));
    // (indexed by word: a document of thousands of names links in near linear time)
    let last_word = |j: usize| toks[super::mentions::last_name_token(text, toks, &ms[j])].lower;
    index_by(&mut sc.people_by_last, &sc.long_people, last_word);
    index_by(&mut sc.people_by_first, &sc.long_people, |j| {
        toks[ms[j].start].lower
    });
    sc.long_person_of.clear();
    sc.long_person_of.resize(ms.len(), usize::MAX);
    for (n, &j) in sc.long_people.iter().enumerate() {
        sc.long_person_of[j] = n;
    }
    sc.person_class.clear();
    sc.class_of_spelling.clear();
    sc.first_spelling.clear();
    for (n, &j) in sc.long_people.iter().enumerate() {
        // (an honorific and surname is whoever it is linked to: a class of its own; one
        // person's names end alike)
        if info[j].titled.is_some() {
            sc.person_class.push(n);
            sc.first_spelling.push(false);
            continue;
        }
        // A name spelled as an earlier one is that one's person: what comparing it with
        // the earlier names one by one finds. A new spelling is compared with the first
        // of each spelling only (the first that matches is always one), and with at most
        // MAX_NAMESAKES of them, so that a text of thousands of namesakes stays near
        // linear (no article names so many people of one surname).
        let spelling = toks[ms[j].start..ms[j].end]
            .iter()
            .fold(0x5370_656cu64, |h, t| {
                fmix(super::features::step(h, t.lower))
            });
        let class = match sc.class_of_spelling.get(&spelling) {
            Some(&c) => {
                sc.first_spelling.push(false);
                c
            }
            None => {
                let (longs, first, classes) =
                    (&sc.long_people, &sc.first_spelling, &sc.person_class);
                let c = bucket(&sc.people_by_last, last_word(j))
                    .iter()
                    .map(|&(_, k)| k)
                    .take_while(|&k| k < n)
                    .filter(|&k| first[k])
                    .take(MAX_NAMESAKES)
                    .find(|&k| same_person(text, toks, ms, longs[k], j))
                    .map_or(n, |k| classes[k]);
                sc.class_of_spelling.insert(spelling, c);
                sc.first_spelling.push(true);
                c
            }
        };
        sc.person_class.push(class);
    }
    // The long name each short person mention stands for, and whether two people share
    // its word: worked out once.
    sc.short_of.clear();
    sc.named_memo.clear();
    sc.named_store.clear();
    for i in 0..ms.len() {
        let target = if ms[i].ty == Type::Per && short(&info[i]) {
            let longs = Longs {
                of: &sc.long_people,
                class: &sc.person_class,
                by_last: &sc.people_by_last,
                by_first: &sc.people_by_first,
            };
            let honorific = info[i].titled.map(|h| (h.gender, h.given));
            let key = (toks[ms[i].end - 1].lower, honorific);
            let (a, b) = *sc.named_memo.entry(key).or_insert_with(|| {
                people_named(text, toks, ms, info, longs, i, &mut sc.named);
                let a = sc.named_store.len();
                sc.named_store.extend_from_slice(&sc.named.0);
                (a, sc.named_store.len())
            });
            short_target(toks, ms, info, longs, i, &sc.named_store[a..b])
        } else {
            (None, false)
        };
        sc.short_of.push(target);
    }
    // Same name, or names of the same gazetteer entity: sorted by key, each mention joins
    // the first with its key.
    sc.keys.clear();
    for (i, m) in ms.iter().enumerate() {
        let ty = (m.ty as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // A surname two people of the article share ("Lazar" of Marcel and of Gabriela
        // Lazar) does not make one entity of its mentions: each is linked on its own.
        if sc.short_of[i].1 {
            continue;
        }
        sc.keys.push((info[i].surface ^ ty, i));
        if let Some(e) = info[i].entry.or(info[i].core_entry) {
            sc.keys.push((fmix(e as u64 ^ ty ^ 0xE47), i));
        }
    }
    sc.keys.sort_unstable();
    for w in sc.keys.windows(2) {
        if w[0].0 == w[1].0 {
            sets.union(w[0].1, w[1].1);
        }
    }
    // A stock ticker is another name of the company right before it; so is one word in
    // brackets right after an organisation's name of more words, its initials or not
    // ("Tokyo Electric Power Co (TEPCO)", "the Federal Statistics Office (Destatis)"),
    // unless the gazetteer knows the name as another body, or the word as a news agency
    // ("(AP)").
    let bracketed = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.span().slice(text) == w);
    for i in 1..ms.len() {
        let j = i - 1;
        if ms[i].ty != Type::Org || ms[j].ty != Type::Org {
            continue;
        }
        let ticker = ms[j].end + 1 == ms[i].start && info[i].ticker;
        let other_name = info[j].len > 1
            && info[i].len == 1
            && ms[j].end + 1 == ms[i].start
            && bracketed(ms[j].end, "(")
            && bracketed(ms[i].end, ")")
            && info[i].entry.is_none_or(|e| {
                info[j].entry == Some(e)
                    || info[j].entry.is_none() && lex.entries[e as usize].org_type != Some("media")
            });
        if ticker || other_name {
            sets.union(j, i);
        }
    }
    sc.long_orgs.clear();
    sc.long_orgs
        .extend((0..ms.len()).filter(|&j| ms[j].ty == Type::Org && info[j].len > 1));
    index_by(&mut sc.orgs_by_first, &sc.long_orgs, |j| {
        toks[ms[j].start].lower
    });
    index_by(&mut sc.orgs_by_first_two, &sc.long_orgs, |j| {
        first_two_words(&toks[ms[j].start..])
    });
    sc.orgs_by_word.clear();
    for (n, &j) in sc.long_orgs.iter().enumerate() {
        let m = &ms[j];
        let word = super::mentions::goes_by(text, toks, m)
            .or_else(|| super::mentions::middle_name(text, toks, m));
        if let Some(t) = word {
            sc.orgs_by_word.push((surface(&toks[t..t + 1]), n));
        }
    }
    sc.orgs_by_word.sort_unstable();
    // The long names each acronym spells, worked out once for each acronym.
    sc.spelled.clear();
    sc.no_long_form.get_mut().clear();
    let mut indexed = false;
    for i in 0..ms.len() {
        let short = &info[i];
        if ms[i].ty != Type::Org || !short.acronym || short.len > 4 {
            continue;
        }
        if !indexed {
            sc.org_initials.build(
                sc.long_orgs
                    .iter()
                    .map(|&j| name_initials(text, &toks[ms[j].start..ms[j].end])),
            );
            indexed = true;
        }
        if sc.spelled.contains_key(&short.surface) {
            continue;
        }
        let acr = short.span.slice(text);
        let spelled = sc
            .org_initials
            .candidates(acr)
            .filter(|&n| {
                let m = &ms[sc.long_orgs[n]];
                initials_of(acr, text, &toks[m.start..m.end])
            })
            .collect();
        sc.spelled.insert(short.surface, spelled);
    }
    // (the company each set names so far: a short form joins no second one)
    {
        let mut rc = sc.root_core.borrow_mut();
        rc.clear();
        rc.resize(ms.len(), 0);
        for &j in &sc.long_orgs {
            let r = sets.find(j);
            if rc[r] == 0 {
                rc[r] = company_core(&toks[ms[j].start..ms[j].end]);
            }
        }
    }
    sc.long_org_entries.clear();
    sc.long_org_entries
        .extend(sc.long_orgs.iter().filter_map(|&j| info[j].entry));
    sc.long_org_entries.sort_unstable();
    let orgs = LongOrgs {
        of: &sc.long_orgs,
        by_first: &sc.orgs_by_first,
        by_first_two: &sc.orgs_by_first_two,
        by_word: &sc.orgs_by_word,
        spelled: &sc.spelled,
        no_long_form: &sc.no_long_form,
        root_core: &sc.root_core,
        lex,
        entries: &sc.long_org_entries,
    };
    for i in 0..ms.len() {
        match ms[i].ty {
            Type::Org => link_org(text, toks, ms, info, orgs, i, &mut sets),
            Type::Per => link_person(
                info,
                &sc.long_people,
                &sc.long_person_of,
                &sc.person_class,
                &sc.short_of,
                i,
                &mut sets,
            ),
            Type::Loc => {}
        }
    }
    the_keyword(text, toks, ms, info, &mut sets);
    the_short_form(toks, ms, info, &mut sets);
    club_short_forms(text, toks, ms, info, lex, &mut sets);
    // Entities, in order of first mention.
    sc.root_group.clear();
    sc.root_group.resize(ms.len(), usize::MAX);
    sc.members.clear();
    let mut groups = 0;
    for i in 0..ms.len() {
        let r = sets.find(i);
        if sc.root_group[r] == usize::MAX {
            sc.root_group[r] = groups;
            groups += 1;
        }
        sc.members.push((sc.root_group[r], i));
    }
    sc.sets = sets.0;
    sc.members.sort_unstable();
    // The entity of each mention: its index in its list.
    sc.ent_of.clear();
    sc.ent_of.resize(ms.len(), 0);
    let mut g = Vec::new();
    let mut k = 0;
    while k < sc.members.len() {
        let group = sc.members[k].0;
        g.clear();
        while k < sc.members.len() && sc.members[k].0 == group {
            g.push(sc.members[k].1);
            k += 1;
        }
        let ty = ms[g[0]].ty;
        let e = entity(text, toks, ms, info, &g, lex);
        let list = match ty {
            Type::Per => &mut out.people,
            Type::Org => &mut out.organizations,
            Type::Loc => &mut out.places,
        };
        for &m in &g {
            sc.ent_of[m] = list.len();
        }
        list.push(e);
    }
    describe(text, toks, ms, lex, &sc.ent_of, out);
}

/// "The Bank" after "the Bank of England", "the Commission" after "the European
/// Commission", "the Party" after "the Communist Party": an organisation word alone after
/// "the", linked to nothing but its other mentions, stands (with them) for the nearest name
/// before it that it heads: the same name before each of them ("the Bank" after the Bank of
/// England and again after the Federal Reserve Bank is neither).
fn the_keyword(text: &str, toks: &[Tok], ms: &[M], info: &[Info], sets: &mut Sets) {
    let keyword = |i: usize| {
        let t = &toks[ms[i].start];
        ms[i].ty == Type::Org
            && info[i].len == 1
            && ms[i].start > 0
            && t.gaz & bit::ORG_KEY != 0
            && t.has(flag::INIT_CAP)
            && is_the(&toks[ms[i].start - 1])
    };
    if !(0..ms.len()).any(keyword) {
        return;
    }
    // Which mentions are linked to others than such words already.
    let roots: Vec<usize> = (0..ms.len()).map(|i| sets.find(i)).collect();
    let mut alone = vec![true; ms.len()];
    for (i, &r) in roots.iter().enumerate() {
        alone[r] &= keyword(i);
    }
    // The name (its set) each set of such words stands for: `NONE` before any, `CLASH`
    // where its mentions would stand for different names or one has none before it.
    const NONE: usize = usize::MAX;
    const CLASH: usize = usize::MAX - 1;
    let mut target = vec![NONE; ms.len()];
    // The latest long name by its head: its last word, or its word before "of" or "for"
    // ("Bank of England", "Reserve Bank of Australia"; not "Senate" of "Senate Agriculture
    // Committee", a part of it).
    let mut latest: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
    for i in 0..ms.len() {
        if keyword(i) && alone[roots[i]] {
            let name = latest.get(&toks[ms[i].start].lower).map(|&j| roots[j]);
            let t = &mut target[roots[i]];
            *t = match (*t, name) {
                (NONE, Some(n)) => n,
                (t, Some(n)) if t == n => t,
                _ => CLASH,
            };
        }
        if ms[i].ty == Type::Org && info[i].len > 1 {
            if let Some(k) = (ms[i].start + 1..ms[i].end)
                .find(|&k| matches!(toks[k].span().slice(text), "of" | "for"))
            {
                latest.insert(toks[k - 1].lower, i);
            }
            latest.insert(toks[ms[i].end - 1].lower, i);
        }
    }
    for (r, &t) in target.iter().enumerate() {
        if t != NONE && t != CLASH {
            sets.union(t, r);
        }
    }
}

/// "the Superior Court" after "Santa Barbara County Superior Court", "the Finance
/// Ministry" after "the Japanese Finance Ministry": a name of several words with an
/// organisation word in it, after "the", that the gazetteer does not know and that no
/// other name is linked to, is the last words of the nearest longer name before it that
/// ends so.
fn the_short_form(toks: &[Tok], ms: &[M], info: &[Info], sets: &mut Sets) {
    let short = |i: usize| {
        let m = &ms[i];
        m.ty == Type::Org
            && info[i].len >= 2
            && info[i].entry.is_none()
            && m.start > 0
            && is_the(&toks[m.start - 1])
            && toks[m.start].has(flag::INIT_CAP)
            && toks[m.start..m.end]
                .iter()
                .any(|t| t.gaz & bit::ORG_KEY != 0)
    };
    if !(0..ms.len()).any(short) {
        return;
    }
    // Sets whose mentions are not all written alike, and the first mention of each.
    let mut surface_of: Vec<Option<u64>> = vec![None; ms.len()];
    let mut first = vec![usize::MAX; ms.len()];
    let mut mixed = vec![false; ms.len()];
    for (i, inf) in info.iter().enumerate() {
        let r = sets.find(i);
        first[r] = first[r].min(i);
        match surface_of[r] {
            None => surface_of[r] = Some(inf.surface),
            Some(s) => mixed[r] |= s != inf.surface,
        }
    }
    // The organisations by the lower-case hash of their last word, in order.
    let orgs: Vec<usize> = (0..ms.len()).filter(|&j| ms[j].ty == Type::Org).collect();
    let mut by_last = Vec::with_capacity(orgs.len());
    index_by(&mut by_last, &orgs, |j| toks[ms[j].end - 1].lower);
    for e in &mut by_last {
        e.1 = orgs[e.1];
    }
    // (a set whose short form was looked for: its other mentions, written alike, find the
    // same, so a text that repeats a name thousands of times looks once)
    let mut done = vec![false; ms.len()];
    for i in 0..ms.len() {
        let r = sets.find(i);
        if !short(i) || mixed[r] || done[r] {
            continue;
        }
        done[r] = true;
        // (a longer name the short one is written before is another: "the government-owned
        // Bank of Ceylon" before "the Central Bank of Ceylon"; the words before the short
        // form are capitalised modifiers, not "Quotations Department of the")
        let (n, words) = (info[i].len, &toks[ms[i].start..ms[i].end]);
        // (among the organisations ending in the same word, the nearest MAX_NAMESAKES)
        let ending = bucket(&by_last, toks[ms[i].end - 1].lower);
        let before = &ending[..ending.partition_point(|e| e.1 < first[r])];
        let long = before
            .iter()
            .rev()
            .take(MAX_NAMESAKES)
            .map(|e| e.1)
            .find(|&j| {
                ms[j].ty == Type::Org
                    && info[j].len > n
                    && toks[ms[j].start..ms[j].end - n]
                        .iter()
                        .all(|t| t.has(flag::HAS_UPPER) && t.gaz & bit::FUNC == 0)
                    && toks[ms[j].end - n..ms[j].end]
                        .iter()
                        .zip(words)
                        .all(|(a, b)| a.lower == b.lower)
            });
        if let Some(j) = long {
            sets.union(j, i);
        }
    }
}

/// "the Cubs" beside "the Chicago Cubs", "Real" beside "Real Madrid", "United" beside
/// "Manchester United": a sports club's name the gazetteer knows, without the place it is
/// named for (first or last), is the club, where only one club of the article's goes by
/// that short name ("United" beside Manchester and Newcastle United is neither). So is the
/// place alone where it was read as an organisation ("Leeds have signed …", "Leeds
/// chairman Gerald Krasner" beside "Leeds United"), unless a preposition of place is
/// before it or a noun other than a club's role after it ("near Manchester", "the
/// Leicester band"), or another club of the article is named for it ("Manchester" beside
/// Manchester United and Manchester City).
fn club_short_forms(
    text: &str,
    toks: &[Tok],
    ms: &[M],
    info: &[Info],
    lex: &Lexicon,
    sets: &mut Sets,
) {
    let sports = |j: usize| {
        ms[j].ty == Type::Org
            && info[j].len > 1
            && info[j]
                .entry
                .is_some_and(|e| lex.entries[e as usize].org_type == Some("sports"))
    };
    if !(0..ms.len()).any(sports) {
        return;
    }
    let place = |t: &[Tok]| lex.names_kind(t, super::lexicon::Kind::Place);
    // (each short name with a long mention of its club: the name without its place, and
    // the place alone)
    let mut shorts: Vec<(u64, usize)> = Vec::new();
    let mut places: Vec<(u64, usize)> = Vec::new();
    for j in (0..ms.len()).filter(|&j| sports(j)) {
        let t = &toks[ms[j].start..ms[j].end];
        for k in 1..t.len().min(4) {
            if place(&t[..k]) {
                shorts.push((surface(&t[k..]), j));
                places.push((surface(&t[..k]), j));
            }
            if place(&t[t.len() - k..]) {
                shorts.push((surface(&t[..t.len() - k]), j));
                places.push((surface(&t[t.len() - k..]), j));
            }
        }
        // (and a plural last word, the club's nickname: "Lions" of "British and Irish
        // Lions", "Falcons" of "Newcastle Falcons")
        let last = &t[t.len() - 1];
        if t.len() > 1
            && last.has(flag::INIT_CAP)
            && crate::data::plural_shape(last.span().slice(text))
        {
            shorts.push((surface(std::slice::from_ref(last)), j));
        }
    }
    shorts.sort_unstable();
    places.sort_unstable();
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.has(flag::WORD) && !t.has(flag::POSS))
    };
    let lower = |t: &&Tok| !t.has(flag::HAS_UPPER);
    // (a place's name used as the club's: no preposition of place before it, and inside a
    // phrase, no word after it but a club's role: "Exeter had chances", "Leeds chairman
    // Gerald Krasner", not "the four-piece Leicester band")
    let as_club = |m: &M| {
        let before = m.start.checked_sub(1).and_then(word).filter(lower);
        let after = word(m.end).filter(lower);
        before.is_none_or(|t| !place_preposition(t.span().slice(text)))
            && (before.is_none() || after.is_none_or(|t| club_role(t.span().slice(text))))
    };
    // (places stand for clubs in sports reports: where two clubs or more are named)
    let club = |j: usize| {
        info[j].entry.filter(|&e| {
            ms[j].ty == Type::Org && lex.entries[e as usize].org_type == Some("sports")
        })
    };
    let mut named = (0..ms.len()).filter_map(club);
    let first_club = named.next();
    let report = named.any(|e| Some(e) != first_club);
    if !report {
        places.clear();
    }
    for i in 0..ms.len() {
        if ms[i].ty != Type::Org || info[i].len > 2 {
            continue;
        }
        let key = surface(&toks[ms[i].start..ms[i].end]);
        let clubs = match bucket(&shorts, key) {
            [] if as_club(&ms[i]) => bucket(&places, key),
            clubs => clubs,
        };
        let Some(&(_, j)) = clubs.first() else {
            continue;
        };
        let club = info[j].entry;
        // (the mention's own entry may be the place's)
        let own_fits = |own: u32| {
            Some(own) == club || lex.entries[own as usize].kind == super::lexicon::Kind::Place
        };
        if clubs.iter().all(|&(_, k)| info[k].entry == club) && info[i].entry.is_none_or(own_fits) {
            sets.union(j, i);
        }
    }
}

/// Links an organisation mention to an earlier (or, failing that, later) long form: an
/// acronym to the name it abbreviates, a first word to the name it starts.
fn link_org(
    text: &str,
    toks: &[Tok],
    ms: &[M],
    info: &[Info],
    longs: LongOrgs,
    i: usize,
    sets: &mut Sets,
) {
    let mi = &ms[i];
    let short = &info[i];
    if short.len > 4 {
        return;
    }
    // A headline's name before a stock ticker starts the company's name, whatever the
    // rest ("JIFFY LUBE <JLUB>" of "Jiffy Lube International Inc").
    let headline_ticker = toks[mi.start].has(flag::CAPS_LINE)
        && super::mentions::ticker_after(text, toks, mi.end).is_some();
    // (whether a long form fits depends only on these, not on where the mention is: a
    // name written thousands of times is searched for once when none fits)
    let key: ShortKey = (
        short.surface,
        toks[mi.start].lower,
        short.entry,
        [
            short.acronym,
            headline_ticker,
            toks[mi.start].has(flag::CAPS_LINE),
        ],
    );
    if longs.no_long_form.borrow().contains(&key) {
        return;
    }
    // The names that start with the same word, and those whose initials an acronym
    // spells ([`LongOrgs::spelled`]): no other can be its long form.
    let same_start = bucket(longs.by_first, toks[mi.start].lower);
    let spelled: &[usize] = if short.acronym {
        longs.spelled.get(&short.surface).map_or(&[], Vec::as_slice)
    } else {
        &[]
    };
    // Can long mention `j` be the long form? (`initials_match`: the acronym spells its
    // initials)
    let fits = |j: usize, initials_match: bool| -> bool {
        let mj = &ms[j];
        if j == i || info[j].len <= short.len {
            return false;
        }
        // Distinct known entities stay distinct ("NHS" is not "NHS England"); but an
        // acronym whose known meaning the article never names in full, beside a name of the
        // article it spells, is that name's ("CCC" beside "Commodity Credit Corporation" is
        // not the party the gazetteer knows by the letters).
        if short.entry.is_some()
            && info[j].entry.is_some()
            && short.entry != info[j].entry
            && !(short.acronym
                && initials_match
                && !info[i].ticker
                && short.entry.is_some_and(|e| {
                    longs.lex.entries[e as usize].kind == super::lexicon::Kind::Org
                        && longs.entries.binary_search(&e).is_err()
                }))
        {
            return false;
        }
        let long = &toks[mj.start..mj.end];
        // (but a known name with only a legal form after it is the same company, "McDonald's
        // Corp" of "McDonald's"; so is a known company's name before a few words of its own
        // and a legal form, the only name that starts so, "Moody's Investors Service Inc",
        // "Ford Motor Co", "Goldman Sachs and Co": tested only where the entry rule would
        // refuse the link; the long name is the longer, by the test above)
        let unknown_long = short.entry.is_some() && info[j].entry.is_none() && !short.acronym;
        let starts_alike = unknown_long && surface(&long[..short.len]) == short.surface;
        let legal_only = starts_alike
            && long[short.len..]
                .iter()
                .all(|t| t.gaz & bit::ORG_SUFFIX != 0);
        let known_company = starts_alike
            && short.entry.is_some_and(|e| {
                longs.lex.entries[e as usize].org_type == Some("company")
            })
            && legal_form_last(long)
            && long.len() <= short.len + 4
            && long[short.len..]
                .iter()
                .all(|t| t.has(flag::INIT_CAP) || matches!(t.span().slice(text), "and" | "&"))
            // (not a regional, financial or other arm, which the name alone does not mean:
            // "Volvo Finance North America Inc", "Schroders Asia Ltd", "Ford Motor Credit
            // Co", "Lufthansa Cargo AG", "Nomura Research Institute Ltd")
            && !long[short.len..].iter().any(|t| {
                t.gaz & (bit::LOC_U | bit::LOC_B) != 0
                    || super::gazetteer::arm_word(t.span().slice(text))
            })
            // (the short name itself, of two words or more, is in the list too)
            && same_start.iter().all(|&(_, n)| {
                let k = longs.of[n];
                k == i || info[k].surface == info[j].surface
            });
        if unknown_long && !known_company && !legal_only {
            return false;
        }
        // An acronym of the name's initials, or its first word(s), the rest being words
        // like "Technologies" or "Inc". A word in capitals is a first word in a headline
        // ("WOBURN" of "Woburn Five Cents Savings") or before a legal form, whatever else
        // the gazetteer knows by it ("CPC" of "CPC International Inc"); not otherwise
        // ("MSN" is not "MSN Messenger", nor "BBC" "BBC World Service"). (A longer short
        // form only before a legal form: "Douglas & Lomason" of "Douglas & Lomason Co".)
        let legal = legal_form_last(long);
        // (an acronym before words that end only companies' names is their first word
        // too, "SBC" of "SBC Communications"; unless the gazetteer knows it as a company or
        // a medium, of which such a name is a part, "BBC Radio", or by a name the article
        // writes, "EC" of "European Community" beside "EC Energy"; and only where no other
        // name starts with it, "NL" of "NL Industries Inc" beside "NL Chemicals")
        let company = || {
            long.len() > short.len
                && long[short.len..]
                    .iter()
                    .all(|t| super::gazetteer::company_word(t.span().slice(text)))
                && short.entry.is_none_or(|e| {
                    !matches!(
                        longs.lex.entries[e as usize].org_type,
                        Some("company" | "media")
                    ) && longs.entries.binary_search(&e).is_err()
                })
                && same_start
                    .iter()
                    .all(|&(_, n)| info[longs.of[n]].surface == info[j].surface)
        };
        let word_like = !short.acronym || legal || toks[mi.start].has(flag::CAPS_LINE) || company();
        // (a body's name without "of" and the place after it: "Reserve Bank" of "Reserve
        // Bank of Australia", "Royal Bank" of "Royal Bank of Scotland")
        let n = short.len;
        let without_place = !short.acronym
            && n >= 2
            && toks[mi.end - 1].gaz & bit::ORG_KEY != 0
            && long.len() > n + 1
            && long[n].span().slice(text) == "of"
            && long[n + 1..].iter().all(|t| t.has(flag::INIT_CAP))
            && surface(&long[..n]) == short.surface;
        known_company
            || without_place
            || headline_ticker && surface(&long[..short.len]) == short.surface
            || initials_match
            || word_like && {
                let n = short.len;
                // (its words, a possessive mark not counted: "Reader's Digest" has two)
                let words = long[..n.min(long.len())]
                    .iter()
                    .filter(|t| !t.has(flag::POSS))
                    .count();
                let rest = if words > 2 {
                    bit::ORG_SUFFIX
                } else {
                    bit::ORG_SUFFIX | bit::ORG_KEY
                };
                // (the first word first: most names do not start alike)
                long[0].lower == toks[mi.start].lower
                    && long[n..].iter().enumerate().all(|(k, t)| {
                        t.gaz & rest != 0
                            // ("Merrill Lynch and Co Inc", "Eli Lilly & Co")
                            || matches!(t.span().slice(text), "and" | "&")
                                && long
                                    .get(n + k + 1)
                                    .is_some_and(|x| x.gaz & bit::ORG_SUFFIX != 0)
                            || (n == 2 || words == 2)
                                && super::gazetteer::company_word(t.span().slice(text))
                            || words <= 2 && !t.has(flag::WORD)
                            || words <= 2 && !t.has(flag::HAS_UPPER) && !t.has(flag::HAS_LOWER)
                    })
                    && surface(&long[..n]) == short.surface
                    || n == 1
                        && surface(&long[..1]) == short.surface
                        && long[0].gaz & (bit::ORG_KEY | bit::DEMONYM | bit::LOC_KEY) == 0
                        // (a known long name only when it is a company's and no other long
                        // name of the article starts so: "Foster" of "Foster's Group", not
                        // "Virgin" between "Virgin Atlantic" and "Virgin Media", nor
                        // "Democratic" of "Democratic National Committee")
                        && info[j].entry.is_none_or(|e| {
                            longs.lex.entries[e as usize].org_type == Some("company")
                                && same_start
                                    .iter()
                                    .all(|&(_, x)| info[longs.of[x]].surface == info[j].surface)
                        })
                        && (short.entry.is_none() || short.acronym && legal)
                        && !long[1].has(flag::FIRST)
                        && long[1..]
                            .iter()
                            .all(|t| t.gaz & (bit::LOC_U | bit::LOC_B) == 0)
            }
    };
    // The nearest earlier long form, else the nearest later one: from the mention
    // outwards in each list (both in text order), the first that fits. (A short form of
    // two words or more fits only names that start with its words, and so with its first
    // two: those alone are tried, so that thousands of names that share a first word,
    // "General X Corp", are not each tried for each.)
    let starting = if short.len >= 2 {
        bucket(longs.by_first_two, first_two_words(&toks[mi.start..]))
    } else {
        same_start
    };
    let before = |n: usize| ms[longs.of[n]].start < mi.start;
    let in_spelled = |n: usize| spelled.binary_search(&n).is_ok();
    // (before it, a company's name with a legal form rather than another name that starts
    // alike: "Medizone" of "Medizone International Inc", not of "the Medizone Therapy"
    // nearer before it; after it, the nearest)
    let company_name = |j: usize| legal_form_last(&toks[ms[j].start..ms[j].end]);
    let best = [true, false].into_iter().find_map(|earlier| {
        let fit = |n: usize| fits(longs.of[n], in_spelled(n));
        let a = nearest_fitting(
            starting,
            |e| e.1,
            before,
            |n| fit(n) && (!earlier || company_name(longs.of[n])),
            earlier,
        )
        .or_else(|| nearest_fitting(starting, |e| e.1, before, fit, earlier));
        let b = nearest_fitting(
            spelled,
            |&n| n,
            before,
            |n| fits(longs.of[n], true),
            earlier,
        );
        match (a, b) {
            (Some(a), Some(b)) if earlier => Some(a.max(b)),
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    });
    // The word a company goes by, alone ("Kodak" of "Eastman Kodak Co"): the nearest
    // earlier company that goes by it, else the nearest later one.
    let best = best.or_else(|| {
        if short.len != 1 || short.acronym || short.entry.is_some() {
            return None;
        }
        let named = bucket(longs.by_word, short.surface);
        nearest_fitting(named, |e| e.1, before, |_| true, true)
            .or_else(|| nearest_fitting(named, |e| e.1, before, |_| true, false))
    });
    match best {
        Some(n) => {
            // (a short form that already stands for one company does not join another:
            // "Mobil" of "Mobil Corp" is not also "Mobil Chemical Co")
            let j = longs.of[n];
            let (ri, rj) = (sets.find(i), sets.find(j));
            let mut rc = longs.root_core.borrow_mut();
            let (ci, cj) = (rc[ri], rc[rj]);
            if ci == 0 || cj == 0 || ci == cj {
                sets.union(i, j);
                let r = sets.find(i);
                rc[r] = if ci != 0 { ci } else { cj };
            }
        }
        None => {
            longs.no_long_form.borrow_mut().insert(key);
        }
    }
}

/// A hash of the lower-case forms of the first two of `toks` (of the first alone when
/// there is one).
fn first_two_words(toks: &[Tok]) -> u64 {
    let second = toks.get(1).map_or(0, |t| t.lower);
    fmix(toks[0].lower ^ second.rotate_left(17))
}

/// Does the name `long` end in a legal form ("Inc", "plc")?
fn legal_form_last(long: &[Tok]) -> bool {
    long.last().is_some_and(|t| t.gaz & bit::ORG_SUFFIX != 0)
}

/// What decides which long forms fit a short organisation name in [`link_org`]: its
/// surface, first word, gazetteer entry, and whether it is an acronym, a headline's name
/// before a ticker and in a headline.
type ShortKey = (u64, u64, Option<u32>, [bool; 3]);

/// Of `list` (in text order; `n_of` gives each entry's position in the long names), the
/// entry nearest the mention that `fits`: the last of those `before` it if `earlier`, else
/// the first of the others.
fn nearest_fitting<T>(
    list: &[T],
    n_of: impl Fn(&T) -> usize,
    before: impl Fn(usize) -> bool,
    fits: impl Fn(usize) -> bool,
    earlier: bool,
) -> Option<usize> {
    let split = list.partition_point(|e| before(n_of(e)));
    let fit = |e: &&T| fits(n_of(e));
    if earlier {
        list[..split].iter().rev().find(fit).map(n_of)
    } else {
        list[split..].iter().find(fit).map(n_of)
    }
}

/// Links a one-word person mention ("Karp") to the nearest earlier full name ending (or
/// starting) with it, or failing that the nearest later one.
/// A one-word person mention, or a surname after an honorific: a short form of a name.
fn short(info: &Info) -> bool {
    info.len == 1 || info.titled.is_some()
}

/// The long person mentions of an article, each with its person ([`same_person`]).
#[derive(Clone, Copy)]
struct Longs<'a> {
    /// The mentions.
    of: &'a [usize],
    /// For each, the index in `of` of the first mention of its person.
    class: &'a [usize],
    /// `of` by the lower-case hash of the last word, and of the first ([`index_by`]).
    by_last: &'a [(u64, usize)],
    by_first: &'a [(u64, usize)],
}

fn link_person(
    info: &[Info],
    longs: &[usize],
    long_person_of: &[usize],
    class: &[usize],
    short_of: &[(Option<usize>, bool)],
    i: usize,
    sets: &mut Sets,
) {
    if let Some(j) = short_of[i].0 {
        sets.union(i, j);
    } else if !short(&info[i]) {
        // Another form of a long name: "Boone Pickens" after "T. Boone Pickens".
        if let Some(&n) = long_person_of.get(i).filter(|&&n| n != usize::MAX) {
            let first = longs[class[n]];
            if first != i && info[first].titled.is_none() && info[i].titled.is_none() {
                sets.union(i, first);
            }
        }
    }
}

/// The long name the short person mention `i` stands for (among those whose last word,
/// or for one word first word, it is: the nearest one before, else the first after;
/// when two people share the word, the one named first, as a second person of the same
/// surname is usually called by a fuller name), and whether two people share it.
fn short_target(
    toks: &[Tok],
    ms: &[M],
    info: &[Info],
    longs: Longs,
    i: usize,
    named: &[usize],
) -> (Option<usize>, bool) {
    let (mut people, mut first_before, mut last_before, mut after) = (0, None, None, None);
    for &j in named {
        people += 1;
        if ms[j].start < ms[i].start {
            first_before = first_before.or(Some(j));
            last_before = Some(j);
        } else if after.is_none() {
            after = Some(j);
        }
    }
    let shared = people > 1;
    let mut before = if shared { first_before } else { last_before };
    if before.is_none() && after.is_none() {
        // Only an honorific and surname names the person: "Catto" of "Lord Catto".
        let word = toks[ms[i].end - 1].lower;
        for &(_, n) in bucket(longs.by_last, word) {
            let j = longs.of[n];
            if j != i && info[j].titled.is_some() {
                if ms[j].start < ms[i].start {
                    before = Some(j);
                } else if after.is_none() {
                    after = Some(j);
                }
            }
        }
    }
    (before.or(after), shared)
}

/// The long person mentions (`longs`) that the short mention `i` may stand for: those
/// whose last word (or, for one word, first word: "Alex" of "Alex Karp") it is, at most
/// one for each person ("Dudley Taft" and "Dudley S. Taft" are one; "Mr Taft" is whoever
/// else is named Taft), and of the first two people only.
fn people_named(
    text: &str,
    toks: &[Tok],
    ms: &[M],
    info: &[Info],
    longs: Longs,
    i: usize,
    (out, seen): &mut (Vec<usize>, Vec<usize>),
) {
    out.clear();
    seen.clear();
    // The surname after an honorific must not tell another gender than the given name
    // ("Mrs Smith" is not John Smith).
    let titled = info[i].titled;
    let word = toks[ms[i].end - 1].lower;
    let candidate = |j: usize| {
        let mj = &ms[j];
        if info[j].titled.is_some() {
            return false;
        }
        // (the last word, or a given name after "Sir" or "Dame": "Dame Julie" of Julie
        // Andrews; the indexes hold only those)
        match titled {
            None => true,
            Some(h) => !h.gender.is_some_and(|g| {
                given_name_gender(toks[mj.start].span().slice(text)).is_some_and(|given| given != g)
            }),
        }
    };
    // Those whose last or first word it is, in order (merged from the two indexes).
    let (mut a, mut b) = (bucket(longs.by_last, word), bucket(longs.by_first, word));
    loop {
        let (n, last) = match (a.first(), b.first()) {
            (None, None) => break,
            (Some(x), Some(y)) if x.1 == y.1 => {
                (a, b) = (&a[1..], &b[1..]);
                (x.1, true)
            }
            (Some(x), Some(y)) if x.1 < y.1 => {
                a = &a[1..];
                (x.1, true)
            }
            (Some(x), None) => {
                a = &a[1..];
                (x.1, true)
            }
            (_, Some(y)) => {
                b = &b[1..];
                (y.1, false)
            }
        };
        let j = longs.of[n];
        // (a first word after an honorific only when it comes before given names, "Sir
        // Alex" of Alex Ferguson, or is a surname written first, "Mr Kim" of Kim Yungmin;
        // not "Mr Howard" of Howard Flight)
        if !candidate(j)
            || !last
                && titled.is_some_and(|h| !h.given)
                && toks[ms[j].start].gaz & bit::GIVEN != 0
                && !surname_first(toks[ms[j].start].span().slice(text))
        {
            continue;
        }
        // The first candidate of each person only; and two people at most, all that
        // [`short_target`] reads (whether the word is shared, and which comes first), so
        // that a text of thousands of namesakes stays near linear.
        let class = longs.class[n];
        if !seen.contains(&class) {
            seen.push(class);
            out.push(j);
            if out.len() == 2 {
                break;
            }
        }
    }
}

/// The positions of `of` keyed by `key`, sorted by key then position (into `out`).
fn index_by(out: &mut Vec<(u64, usize)>, of: &[usize], key: impl Fn(usize) -> u64) {
    out.clear();
    out.extend(of.iter().enumerate().map(|(n, &j)| (key(j), n)));
    out.sort_unstable();
}

/// The entries of an index ([`index_by`]) with key `key`, in order of position.
fn bucket(index: &[(u64, usize)], key: u64) -> &[(u64, usize)] {
    let a = index.partition_point(|e| e.0 < key);
    let b = a + index[a..].partition_point(|e| e.0 == key);
    &index[a..b]
}

/// The long organisation mentions of an article, indexed for [`link_org`].
#[derive(Clone, Copy)]
struct LongOrgs<'a> {
    of: &'a [usize],
    /// `of` by the lower-case hash of the first word ([`index_by`]).
    by_first: &'a [(u64, usize)],
    /// `of` by the first two words ([`first_two_words`]).
    by_first_two: &'a [(u64, usize)],
    /// `of` by the surface of the word the company goes by.
    by_word: &'a [(u64, usize)],
    /// For each acronym (by surface, sorted), the positions in `of` of the names whose
    /// initials it spells, in order.
    spelled: &'a rustc_hash::FxHashMap<u64, Vec<usize>>,
    /// The short names no long form fits, found so far ([`ShortKey`]).
    no_long_form: &'a std::cell::RefCell<rustc_hash::FxHashSet<ShortKey>>,
    /// The company each set of mentions names ([`Scratch::root_core`]).
    root_core: &'a std::cell::RefCell<Vec<u64>>,
    /// The gazetteers.
    lex: &'a Lexicon,
    /// The gazetteer entries of the long names, sorted.
    entries: &'a [u32],
}

/// For a company's full name, ending in a legal form, the surface of the name without the
/// legal forms ("Mobil" of "Mobil Corp", "Daiwa Securities" of "Daiwa Securities Co Ltd");
/// 0 for any other name (a short form of several words: "Computer Terminal").
fn company_core(toks: &[Tok]) -> u64 {
    let mut n = toks.len();
    if toks.last().is_none_or(|t| t.gaz & bit::ORG_SUFFIX == 0) {
        return 0;
    }
    while n > 1 && toks[n - 1].gaz & bit::ORG_SUFFIX != 0 {
        n -= 1;
    }
    surface(&toks[..n]).max(1)
}

/// The first two letters an acronym of a name must start with to spell its initials
/// ([`initials_match`]): those of its words' initials, and of its but small words'
/// initials (none for a name of fewer than two initials: no acronym spells it).
pub(crate) type Initials = [Option<u64>; 2];

/// The [`Initials`] of the name of tagging tokens `toks`.
pub(crate) fn name_initials(text: &str, toks: &[Tok]) -> Initials {
    initial_letters(name_words(text, toks))
}

fn initial_letters<'a>(words: impl Iterator<Item = &'a str> + Clone) -> Initials {
    [
        first_two(word_initials(words.clone(), false)),
        first_two(word_initials(words, true)),
    ]
}

/// The first letter or digit of each word, in capitals ("Al-Qaeda" is one word), the small
/// words left out if asked ([`initials_match`] reads both ways).
fn word_initials<'a>(
    words: impl Iterator<Item = &'a str>,
    skip_small: bool,
) -> impl Iterator<Item = char> {
    let small = |w: &str| SMALL_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s));
    words
        .filter(move |w| !(skip_small && small(w)))
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_uppercase)
}

/// The most spellings of long names sharing a last word that a new one is compared with.
const MAX_NAMESAKES: usize = 256;

/// Are the long person mentions `a` and `b` one person? They end alike, and begin alike
/// too ("Lewis E. Lehrman", "LEWIS LEHRMAN"), or one ends the other ("T. Boone Pickens",
/// "Boone Pickens").
fn same_person(text: &str, toks: &[Tok], ms: &[M], a: usize, b: usize) -> bool {
    let (ma, mb) = (&ms[a], &ms[b]);
    if toks[ma.end - 1].lower != toks[mb.end - 1].lower {
        return false;
    }
    let (ta, tb) = (&toks[ma.start..ma.end], &toks[mb.start..mb.end]);
    let (short, long) = if ta.len() <= tb.len() {
        (ta, tb)
    } else {
        (tb, ta)
    };
    // ("B O'Driscoll", "B. O'Driscoll" of Brian O'Driscoll: word for word, the same
    // words or an initial and a word it begins)
    let initialled = ta.len() == tb.len()
        && ta
            .iter()
            .zip(tb)
            .all(|(x, y)| x.lower == y.lower || initial_of(text, x, y) || initial_of(text, y, x));
    ta[0].lower == tb[0].lower
        || initialled
        || short
            .iter()
            .zip(&long[long.len() - short.len()..])
            .all(|(x, y)| x.lower == y.lower)
}

/// Is `x` an initial ("B", "B.") and `y` a word of more letters it begins ("Brian")?
fn initial_of(text: &str, x: &Tok, y: &Tok) -> bool {
    let xs = x.span().slice(text);
    let xs = xs.strip_suffix('.').unwrap_or(xs);
    let ys = y.span().slice(text);
    let mut chars = xs.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    c.is_uppercase() && y.chars > 1 && y.has(flag::INIT_CAP) && ys.starts_with(c)
}

/// One entity from a group of linked mentions.
fn entity(text: &str, toks: &[Tok], ms: &[M], info: &[Info], g: &[usize], lex: &Lexicon) -> Entity {
    // The fullest form: most tokens, then not all in capitals, then first.
    let caps = |k: usize| {
        toks[ms[k].start..ms[k].end]
            .iter()
            .all(|t| !t.has(flag::HAS_LOWER))
    };
    // (a person's name with a given name, not an initial: "Brian O'Driscoll", not "B
    // O'Driscoll")
    let initial = |k: usize| {
        let t = &toks[ms[k].start];
        ms[k].ty == Type::Per && (t.chars == 1 || t.has(flag::INITIAL))
    };
    let best = *g
        .iter()
        .max_by_key(|&&k| {
            (
                !info[k].ticker,
                info[k].len,
                info[k].titled.is_none(),
                !initial(k),
                !info[k].acronym,
                !caps(k),
                std::cmp::Reverse(k),
            )
        })
        .unwrap_or(&g[0]);
    let name = clean(info[best].span.slice(text));
    let mut aliases: Vec<String> = Vec::new();
    let mut acronym: Option<String> = None;
    // Surface forms already listed (the name's first): case and spacing do not count.
    let mut seen: [u64; 8] = [info[best].surface; 8];
    let mut n_seen = 1;
    let mut more: Vec<u64> = Vec::new();
    // (a word in capitals is no acronym in a line of capitals, a headline's "SEARS", nor
    // where the entity's other names write it otherwise, "BANKAMERICA" of "BankAmerica
    // Corp": decided once for each form, so that an entity of thousands of mentions is
    // not read again for each)
    let written_otherwise = |w: &Tok| {
        g.iter().any(|&j| {
            toks[ms[j].start..ms[j].end]
                .iter()
                .any(|t| t.lower == w.lower && t.word != w.word)
        })
    };
    let mut refused: Vec<u64> = Vec::new();
    for &k in g {
        let w = &toks[ms[k].start];
        if info[k].acronym
            && !info[k].ticker
            && acronym.is_none()
            && ms[k].ty == Type::Org
            && !w.has(flag::CAPS_LINE)
            && !refused.contains(&w.word)
        {
            if written_otherwise(w) {
                refused.push(w.word);
            } else {
                acronym = Some(info[k].span.slice(text).to_string());
            }
        }
        let sf = info[k].surface;
        if seen[..n_seen].contains(&sf) || more.contains(&sf) {
            continue;
        }
        if n_seen < seen.len() {
            seen[n_seen] = sf;
            n_seen += 1;
        } else {
            more.push(sf);
        }
        aliases.push(clean(info[k].span.slice(text)));
    }
    // The gazetteer's entity: known from a name, or from an acronym when the article
    // spells nothing out ("NSO" defined in the article as another body's initials does
    // not make it the NSO of the gazetteer).
    let spelled = g.iter().any(|&k| !info[k].acronym);
    let named = g.iter().any(|&k| !info[k].ticker);
    let entry = g
        .iter()
        .filter(|&&k| !spelled || !info[k].acronym)
        .filter(|&&k| !named || !info[k].ticker)
        .filter_map(|&k| info[k].entry)
        .map(|e| &lex.entries[e as usize])
        .find(|e| super::mentions::kind_type(e.kind) == ms[best].ty);
    if ms[best].ty == Type::Org && acronym.is_none() {
        acronym = entry.and_then(|e| e.acronym.clone());
    }
    let mut kind = None;
    if ms[best].ty == Type::Org {
        kind = entry.and_then(|e| e.org_type).or_else(|| {
            // From the words of the name: "Labour Party", "Acme Ltd", "Bank of England".
            let t = &toks[ms[best].start..ms[best].end];
            t.iter()
                .rev()
                .chain(t.iter().take(1))
                .find_map(|w| lex.org_word_types.get(&w.lower).copied())
        });
    }
    Entity {
        name,
        kind,
        acronym,
        aliases,
        mentions: g
            .iter()
            .map(|&k| Mention::new(info[k].span, text))
            .collect(),
        descriptions: Vec::new(),
        roles: Vec::new(),
        organizations: Vec::new(),
    }
}

/// Descriptions of organisations and roles of people, from the words around mentions:
/// "US tech firm Palantir", "the BMA trade union", "Palantir, a US tech firm,"; "Palantir
/// CEO and co-founder Alex Karp", "Alex Karp, Palantir's chief executive,", "Zara, a member
/// of the British Medical Association".
fn describe(
    text: &str,
    toks: &[Tok],
    ms: &[M],
    lex: &Lexicon,
    ent_of: &[usize],
    out: &mut Entities,
) {
    // The mention covering token `i`, if any (mentions are in order and do not overlap).
    let mention_at = |i: usize| {
        let k = ms.partition_point(|m| m.start <= i);
        k.checked_sub(1).filter(|&k| ms[k].end > i)
    };
    let word = |t: &Tok| t.has(flag::WORD);
    let lower_word = |t: &Tok| word(t) && !t.has(flag::HAS_UPPER);
    // The organisation type of the description of tokens `k..=j` (head `j`): its
    // modifier's and head's together where they tell one ("advertising agency" a company,
    // "news agency" media), else its head's.
    let type_of = |k: usize, j: usize| {
        let slice = |t: &Tok| t.span().slice(text);
        (k < j)
            .then(|| {
                super::gazetteer::descriptor_compound_type(slice(&toks[j - 1]), slice(&toks[j]))
            })
            .flatten()
            .or_else(|| lex.descriptor_types.get(&toks[j].lower).copied())
    };
    for (mi, m) in ms.iter().enumerate() {
        if toks[m.start].has(flag::CAPS_LINE) {
            continue;
        }
        match m.ty {
            Type::Org => {
                let mut found: Vec<(String, Option<&'static str>)> = Vec::new();
                // Before: "US tech firm Palantir".
                if m.start > 0 {
                    let j = m.start - 1;
                    if lower_word(&toks[j]) && toks[j].gaz & bit::DESCRIPTOR != 0 {
                        let mut k = j;
                        // (within the sentence)
                        while k > 0 && j - k < 4 && !toks[k].has(flag::FIRST) {
                            let p = &toks[k - 1];
                            let in_place = mention_at(k - 1).is_some_and(|x| ms[x].ty == Type::Loc);
                            let fits = |q: usize| {
                                let t = &toks[q];
                                let place = mention_at(q).is_some_and(|x| ms[x].ty == Type::Loc);
                                (lower_word(t) && t.gaz & bit::FUNC == 0)
                                    || place
                                    || t.gaz & bit::DEMONYM != 0
                            };
                            // (a possessive only with its owner, a place or a common noun:
                            // "Japan's top car maker", "the world's biggest retailer"; not
                            // "Labour's advertising agency TBWA")
                            let ok = if p.has(flag::POSS) {
                                k >= 2 && fits(k - 2)
                            } else {
                                fits(k - 1)
                            };
                            // (a sentence's first word, capitalised only for that, opens
                            // it: "Oil firm Yukos", "Ratings agency Moody's")
                            let opening = p.has(flag::FIRST)
                                && p.has(flag::INIT_CAP)
                                && word(p)
                                && !p.has(flag::ALL_CAPS)
                                && p.gaz & (bit::FUNC | bit::GIVEN) == 0
                                && mention_at(k - 1).is_none();
                            if opening {
                                k -= 1;
                                break;
                            }
                            if !ok || p.has(flag::FIRST) && !in_place && p.has(flag::INIT_CAP) {
                                break;
                            }
                            k -= 1;
                        }
                        // (not a possessive whose owner was left out)
                        if toks[k].has(flag::POSS) {
                            k += 1;
                        }
                        let s = Span::new(toks[k].start as usize, toks[j].end as usize);
                        found.push((clean(s.slice(text)), type_of(k, j)));
                    }
                }
                // After: "the BMA trade union", "NHS England public health service".
                let n = toks.len();
                if m.end < n && lower_word(&toks[m.end]) && !toks[m.end].has(flag::POSS) {
                    let mut last = None;
                    let mut k = m.end;
                    while k < n
                        && k < m.end + 4
                        && lower_word(&toks[k])
                        && toks[k].gaz & bit::FUNC == 0
                    {
                        if toks[k].gaz & bit::DESCRIPTOR != 0 {
                            last = Some(k);
                        }
                        k += 1;
                    }
                    if let Some(j) = last {
                        let s = Span::new(toks[m.end].start as usize, toks[j].end as usize);
                        found.push((clean(s.slice(text)), type_of(m.end, j)));
                    }
                }
                // Apposition: "Palantir, a US tech firm,".
                if let Some(d) = apposition(toks, m.end, |t| t.gaz & bit::DESCRIPTOR != 0) {
                    let j = d.1 - 1;
                    let s = Span::new(toks[d.0].start as usize, toks[j].end as usize);
                    found.push((clean(s.slice(text)), type_of(d.0, j)));
                }
                if found.is_empty() {
                    continue;
                }
                {
                    let ent = &mut out.organizations[ent_of[mi]];
                    for (d, ty) in found {
                        if ent.kind.is_none() {
                            ent.kind = ty.filter(|t| *t != "other");
                        }
                        if !ent.descriptions.contains(&d) {
                            ent.descriptions.push(d);
                        }
                    }
                }
            }
            Type::Per => {
                let mut roles: Vec<String> = Vec::new();
                let mut orgs: Vec<usize> = Vec::new();
                // Before: "Palantir CEO and co-founder Alex Karp", "Prime Minister X"
                // (and "Federal Reserve chairman Mr Greenspan": past an honorific).
                let start = if super::mentions::after_honorific(text, toks, m.start) {
                    m.start - 1
                } else {
                    m.start
                };
                if start > 0 && toks[start - 1].gaz & bit::ROLE != 0 {
                    let j = start - 1;
                    let mut k = j;
                    while k > 0 && j - k < 6 {
                        let p = &toks[k - 1];
                        let role = p.has(flag::WORD) && p.gaz & (bit::ROLE | bit::ROLE_MOD) != 0;
                        let joint = p.gaz & bit::CONNECTOR != 0
                            && p.chars <= 3
                            && k >= 2
                            && toks[k - 2].gaz & bit::ROLE != 0;
                        if role || joint {
                            k -= 1;
                        } else {
                            break;
                        }
                    }
                    split_roles(text, &toks[k..=j], &mut roles);
                    if k > 0
                        && let Some(x) = mention_at(k - 1)
                        && ms[x].ty == Type::Org
                        && ms[x].end == k
                    {
                        orgs.push(x);
                    }
                }
                // A religious office written as a title: "Archbishop Desmond Tutu".
                if start > 0
                    && toks[start - 1].has(flag::INIT_CAP)
                    && super::gazetteer::title_role(toks[start - 1].lower)
                {
                    roles.push(clean(toks[start - 1].span().slice(text)));
                }
                // Apposition: "Alex Karp, Palantir's chief executive," / "Zara, a member of
                // the BMA".
                let n = toks.len();
                if m.end + 2 < n && toks[m.end].lower == comma() {
                    let mut k = m.end + 1;
                    if is_det(&toks[k]) {
                        k += 1;
                        // "James Baker, the Treasury Secretary,": an organisation's name
                        // before the role, which closes the apposition (not "Yasuhiro
                        // Nakasone, a Treasury spokesman said").
                        let role_end = |from: usize| {
                            let mut r = from;
                            while r < n && toks[r].gaz & (bit::ROLE | bit::ROLE_MOD) != 0 {
                                r += 1;
                            }
                            (r > from && toks[r - 1].gaz & bit::ROLE != 0).then_some(r)
                        };
                        if is_the(&toks[k - 1])
                            && let Some(x) = mention_at(k)
                            && ms[x].ty == Type::Org
                            && ms[x].start == k
                            && role_end(ms[x].end).is_some_and(|r| r == n || !word(&toks[r]))
                        {
                            orgs.push(x);
                            k = ms[x].end;
                        }
                    } else if let Some(x) = mention_at(k)
                        && ms[x].ty == Type::Org
                        && ms[x].start == k
                        && ms[x].end < n
                        && toks[ms[x].end].has(flag::POSS)
                    {
                        orgs.push(x);
                        k = ms[x].end + 1;
                    }
                    let a = k;
                    while k < n && k < a + 5 && toks[k].gaz & (bit::ROLE | bit::ROLE_MOD) != 0 {
                        k += 1;
                    }
                    // (after a determiner, a role before a verb such as "said" is the
                    // subject of a new clause, "Condoleezza Rice, the prime minister said",
                    // not the name's)
                    let closes = !is_det(&toks[m.end + 1])
                        || k >= n
                        || !super::gazetteer::clause_verb(toks[k].lower);
                    if k > a && toks[k - 1].gaz & bit::ROLE != 0 && closes {
                        split_roles(text, &toks[a..k], &mut roles);
                        // "... of / at / for Palantir"
                        if k + 1 < n && toks[k].gaz & bit::FUNC != 0 && toks[k].chars <= 3 {
                            let mut q = k + 1;
                            if is_det(&toks[q]) {
                                q += 1;
                            }
                            while let Some(x) =
                                mention_at(q).filter(|&x| ms[x].start == q && ms[x].ty == Type::Org)
                            {
                                orgs.push(x);
                                q = ms[x].end;
                                // "... trade union and Health Workers for a Free Palestine"
                                while q < n && lower_word(&toks[q]) && toks[q].gaz & bit::FUNC == 0
                                {
                                    q += 1;
                                }
                                if q < n && toks[q].gaz & bit::CONNECTOR != 0 && toks[q].chars <= 3
                                {
                                    q += 1;
                                } else {
                                    break;
                                }
                            }
                        }
                    }
                }
                if roles.is_empty() && orgs.is_empty() {
                    continue;
                }
                let org_names: Vec<String> = orgs
                    .iter()
                    .map(|&x| out.organizations[ent_of[x]].name.clone())
                    .collect();
                {
                    let ent = &mut out.people[ent_of[mi]];
                    for r in roles {
                        if !ent.roles.contains(&r) {
                            ent.roles.push(r);
                        }
                    }
                    for o in org_names {
                        if !ent.organizations.contains(&o) {
                            ent.organizations.push(o);
                        }
                    }
                }
            }
            Type::Loc => {}
        }
    }
}

fn comma() -> u64 {
    use std::sync::LazyLock;
    static C: LazyLock<u64> = LazyLock::new(|| super::features::lower_hash(","));
    *C
}

fn is_the(t: &Tok) -> bool {
    use std::sync::LazyLock;
    static THE: LazyLock<u64> = LazyLock::new(|| super::features::lower_hash("the"));
    t.lower == *THE
}

fn is_det(t: &Tok) -> bool {
    use std::sync::LazyLock;
    static D: LazyLock<[u64; 3]> = LazyLock::new(|| {
        let h = super::features::lower_hash;
        [h("a"), h("an"), h("the")]
    });
    D.contains(&t.lower)
}

/// Splits "CEO and co-founder" into its roles.
fn split_roles(text: &str, toks: &[Tok], out: &mut Vec<String>) {
    let mut start: Option<usize> = None;
    let mut end = 0;
    let flush = |start: &mut Option<usize>, end: usize, out: &mut Vec<String>| {
        if let Some(s) = start.take() {
            let r = clean(&text[s..end]);
            if !r.is_empty() && !out.contains(&r) {
                out.push(r);
            }
        }
    };
    for t in toks {
        if t.gaz & (bit::ROLE | bit::ROLE_MOD) != 0 {
            if start.is_none() {
                start = Some(t.start as usize);
            }
            end = t.end as usize;
        } else {
            flush(&mut start, end, out);
        }
    }
    flush(&mut start, end, out);
}

/// An apposition after a name: ", a US tech firm," returns the token range of the
/// description without the article, when its last word passes `head`.
fn apposition(toks: &[Tok], at: usize, head: impl Fn(&Tok) -> bool) -> Option<(usize, usize)> {
    let n = toks.len();
    if at + 2 >= n || toks[at].lower != comma() || !is_det(&toks[at + 1]) {
        return None;
    }
    let a = at + 2;
    let mut k = a;
    let mut last = None;
    while k < n && k < a + 5 {
        let t = &toks[k];
        let ok = t.has(flag::WORD) && t.gaz & bit::FUNC == 0 || t.has(flag::POSS);
        if !ok {
            break;
        }
        if head(t) && !t.has(flag::HAS_UPPER) {
            last = Some(k);
        }
        k += 1;
    }
    let j = last?;
    // The description ends there: punctuation or a relative clause follows.
    let after = toks.get(j + 1)?;
    if after.has(flag::PUNCT) || after.gaz & bit::FUNC != 0 {
        Some((a, j + 1))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials() {
        let cases: &[(&str, &str, bool)] = &[
            ("BMA", "British Medical Association", true),
            ("BoE", "Bank of England", true),
            ("BE", "Bank of England", true),
            ("U.N.", "United Nations", true),
            (
                "UNHCR",
                "United Nations High Commissioner for Refugees",
                true,
            ),
            ("CND", "Campaign for Nuclear Disarmament", true),
            ("NHS", "NHS England", false),
            ("BMA", "British Medical", false),
            ("B", "Bank", false),
            ("AQ", "Al-Qaeda Quorum", true),
            ("TFL", "The Freight Line", true),
            ("FL", "The Freight Line", true),
            ("STRASSE", "Süd Tor Reise Amt", false),
            ("ÉDF", "électricité de France", true),
            ("BM", "(British) Museum", true),
        ];
        for (acr, name, want) in cases {
            let words: Vec<&str> = name.split(' ').collect();
            assert_eq!(
                initials_match(acr, words.iter().copied()),
                *want,
                "{acr} {name}"
            );
        }
    }

    /// The straightforward definition [`initials_match`] must agree with.
    fn initials_reference(acr: &str, words: &[&str]) -> bool {
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_uppercase)
            .collect();
        if letters.len() < 2 || words.len() < 2 {
            return false;
        }
        let small = |w: &str| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "of" | "the" | "and" | "for" | "&" | "a" | "an" | "in" | "on" | "at" | "to" | "de"
            )
        };
        let firsts = |skip_small: bool| -> Vec<char> {
            words
                .iter()
                .filter(|w| !(skip_small && small(w)))
                .flat_map(|w| {
                    w.split(['-', '/'])
                        .filter_map(|p| p.chars().find(|c| c.is_alphanumeric()))
                        .take(1)
                })
                .flat_map(char::to_uppercase)
                .collect()
        };
        firsts(true) == letters || firsts(false) == letters
    }

    proptest::proptest! {
        #[test]
        fn initials_agree_with_the_reference(
            acr in "[A-Za-zß.&É0-9-]{0,6}",
            words in proptest::collection::vec(
                "(of|OF|The|and|&|de|-|/|[A-Za-zßé(-]{1,3}[a-z/-]{0,3})",
                0..5,
            ),
            derive in 0..3u8,
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            // Often, the acronym is made from the words (with or without small words).
            let acr = match derive {
                0 => acr,
                k => words
                    .iter()
                    .filter(|w| k == 1 || !matches!(**w, "of" | "OF" | "The" | "and" | "&" | "de"))
                    .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
                    .collect(),
            };
            let matches = initials_match(&acr, words.iter().copied());
            proptest::prop_assert_eq!(matches, initials_reference(&acr, &words));
            // The index by initials never hides a name an acronym spells.
            let mut index = ByInitial::default();
            index.build(std::iter::once(initial_letters(words.iter().copied())));
            if matches {
                proptest::prop_assert!(index.candidates(&acr).any(|n| n == 0));
            }
        }
    }

    #[test]
    fn names_by_their_initials() {
        let names = [
            "British Medical Association",
            "Bank of England",
            "The Freight Line",
            "électricité de France",
            "Museum",
            "Bank",
        ];
        let mut index = ByInitial::default();
        index.build(names.iter().map(|n| initial_letters(n.split(' '))));
        let found = |acr: &str| index.candidates(acr).collect::<Vec<_>>();
        assert_eq!(found("BMA"), [0]);
        assert_eq!(found("BoE"), [1]);
        assert_eq!(found("BE"), [1]);
        assert_eq!(found("TFL"), [2]);
        assert_eq!(found("FL"), [2]);
        assert_eq!(found("ÉDF"), [3]);
        assert_eq!(found("ÉF"), [3]);
        // One letter, or names of one word: nothing to spell.
        assert!(found("B").is_empty());
        assert!(found("MU").is_empty());
        assert!(found("XYZ").is_empty());
    }

    #[test]
    fn cleaning_names() {
        assert_eq!(
            clean("National\nConvention \t Assembly"),
            "National Convention Assembly"
        );
    }
}
