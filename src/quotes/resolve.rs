//! Who a speaker is: names, organisations and their mentions, for resolving "Karp",
//! "he" and "It" within one article.
//!
//! A [`Registry`] is the one interface the quotes extractor asks. It answers from the
//! entities extractor (`found.entities`: people and organisations with their mentions,
//! aliases and acronyms) when that found a match, and otherwise from the article itself:
//! the other places the name is written ("Karp" is "Alex Karp" where the article wrote the
//! full name), typed by the words around them ("US tech firm Palantir" is an organisation,
//! "Sen. Ted Cruz" a person, "British Medical Association" an organisation by its last
//! word). So resolution works without entities and gets better with them, with no change on
//! this side. The article is searched lazily (memmem for a name, a short backward walk for
//! the nearest name), so an article costs nothing until a speaker needs resolving.

use super::SpeakerType;
use super::attribute::{Occurrence, Toks};
use super::lexicon::flag;
use crate::entities::{Entities, Gender, given_name, given_name_gender};
use crate::record::Mention;
use crate::span::Span;
use memchr::memmem;
use std::rc::Rc;

/// One person or organisation known from the entities extractor (borrowed from its
/// output).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Known<'e> {
    /// The fullest name.
    pub name: &'e str,
    /// Person or organisation.
    pub kind: SpeakerType,
    /// Other names.
    pub aliases: &'e [String],
    /// The acronym, another name.
    pub acronym: Option<&'e str>,
    /// Where it is mentioned, in text order.
    pub mentions: &'e [Mention],
    /// For people: the roles the article gives them ("sporting director").
    pub roles: &'e [String],
    /// For people: the organisations the article ties them to.
    pub organizations: &'e [String],
    /// For organisations: their type, when known ("company", "sports", ...).
    pub org_kind: Option<&'static str>,
}

impl Known<'_> {
    /// Is `mention` a shorter form of this name: whole words at its start or end ("Karp"
    /// -> "Alex Karp", "Palantir" -> "Palantir Technologies")?
    fn shortens(&self, mention: &str) -> bool {
        shortens(self.name, mention, self.kind)
    }

    /// Is `mention` this entity's name or one of its aliases?
    fn named(&self, mention: &str) -> bool {
        self.name == mention
            || self.aliases.iter().any(|a| a == mention)
            || self.acronym == Some(mention)
    }

    /// Distance from `at` to the nearest mention, those before `at` first.
    fn distance(&self, at: usize) -> usize {
        let i = self.mentions.partition_point(|m| m.span.start < at);
        distance(
            i.checked_sub(1).map(|p| self.mentions[p].span.start),
            self.mentions.get(i).map(|m| m.span.start),
            at,
        )
    }
}

/// How `role` (words separated by spaces) fits a description of `words`, head noun last:
/// `None` when it ends in another noun, else whether the description has all its words
/// ("sporting director" fits "the Spurs sporting director"; "Republican nominee" does not
/// fit "the Democratic nominee").
pub(crate) fn role_match(role: &str, words: &[&str]) -> Option<bool> {
    let head = words.last()?;
    if !role
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(head))
    {
        return None;
    }
    Some(
        role.split(' ')
            .all(|w| words.iter().any(|d| d.eq_ignore_ascii_case(w))),
    )
}

/// Is `mention` whole words at the start or end of `name` (end only for people's first
/// names and surnames, start for organisations)?
fn shortens(name: &str, mention: &str, kind: SpeakerType) -> bool {
    if mention.is_empty() || mention.len() >= name.len() {
        return false;
    }
    let ends = name.ends_with(mention) && name[..name.len() - mention.len()].ends_with(' ');
    let starts = name.starts_with(mention) && name[mention.len()..].starts_with(' ');
    match kind {
        SpeakerType::Person => ends || starts,
        SpeakerType::Organization => starts,
        _ => false,
    }
}

/// The words that head the name `name`: its last word, and its last before "of" or "for"
/// if it has one ("Board" of "Australian Wheat Board", "Bank" of "Reserve Bank of
/// Australia", "Committee" of "House of Commons Finance Committee").
fn head_words(name: &str) -> (&str, Option<&str>) {
    let mut before_of = None;
    let mut last = "";
    for w in name.split_whitespace() {
        if before_of.is_none() && matches!(w, "of" | "for") {
            before_of = Some(last);
        }
        last = w;
    }
    (last, before_of)
}

/// A distance that ranks mentions before `at` (nearest first) above those after it.
fn distance(before: Option<usize>, after: Option<usize>, at: usize) -> usize {
    match (before, after) {
        (Some(b), _) => at - b,
        (None, Some(a)) => usize::MAX / 4 + (a - at),
        (None, None) => usize::MAX / 2,
    }
}

/// A name found in the article: its words, kind and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Named {
    /// The name.
    pub name: String,
    /// Person, organisation or unknown.
    pub kind: SpeakerType,
}

/// The mentions of an article's known entities by position: (start, end, entity), sorted,
/// with the running maximum of the ends, so that those overlapping a span are found
/// without a pass over all of them.
#[derive(Default)]
pub(crate) struct MentionIndex {
    by_start: Vec<(usize, usize, usize)>,
    max_end: Vec<usize>,
    /// The organisations by the words that head their names ([`head_words`], lower
    /// case), sorted: "the board" looks up the boards without a pass over all names.
    /// Made when first asked (few articles ask).
    heads: std::cell::OnceCell<Vec<(String, usize)>>,
}

impl MentionIndex {
    pub fn new(known: &[Known]) -> Self {
        let mut by_start: Vec<(usize, usize, usize)> = known
            .iter()
            .enumerate()
            .flat_map(|(k, e)| {
                e.mentions
                    .iter()
                    .map(move |m| (m.span.start, m.span.end, k))
            })
            .collect();
        by_start.sort_unstable();
        let max_end = by_start
            .iter()
            .scan(0, |max, e| {
                *max = e.1.max(*max);
                Some(*max)
            })
            .collect();
        MentionIndex {
            by_start,
            max_end,
            heads: std::cell::OnceCell::new(),
        }
    }

    /// The organisations (by index) of `known` (the entities the index was made from)
    /// whose names `word` heads.
    fn headed_by(&self, known: &[Known], word: &str) -> impl Iterator<Item = usize> + '_ {
        let heads = self.heads.get_or_init(|| {
            let mut heads: Vec<(String, usize)> = known
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == SpeakerType::Organization)
                .flat_map(|(k, e)| {
                    let (last, before_of) = head_words(e.name);
                    std::iter::once(last)
                        .chain(before_of.filter(|&w| w != last))
                        .map(move |w| (w.to_lowercase(), k))
                })
                .collect();
            heads.sort_unstable();
            heads
        });
        let word = word.to_lowercase();
        let a = heads.partition_point(|e| e.0 < word);
        heads[a..]
            .iter()
            .take_while(move |e| e.0 == word)
            .map(|e| e.1)
    }

    /// The mentions overlapping `span`, as (mention span, entity index).
    pub fn overlapping(&self, span: Span) -> impl Iterator<Item = (Span, usize)> + '_ {
        let p = self.by_start.partition_point(|e| e.0 < span.end);
        (0..p)
            .rev()
            .take_while(move |&i| self.max_end[i] > span.start)
            .map(|i| self.by_start[i])
            .filter(move |e| e.1 > span.start)
            .map(|e| (Span::new(e.0, e.1), e.2))
    }

    /// The first entity (in the order of the list) with a mention overlapping `span`.
    fn first_overlapping(&self, span: Span) -> Option<usize> {
        self.overlapping(span).map(|e| e.1).min()
    }
}

/// The people and organisations of one article.
pub(crate) struct Registry<'r, 'a, 't> {
    /// From the entities extractor.
    known: &'r [Known<'a>],
    /// Their mentions by position.
    index: &'r MentionIndex,
    tk: &'r Toks<'a, 't>,
    /// Quoted words (sorted): names inside quotations are not mentions of speakers.
    quoted: &'r [Span],
    /// The mentions of places the entities extractor found (sorted): no speakers.
    places: &'r [Span],
}

/// The fuller forms the article writes a name in ([`Registry::text_forms`]): those that
/// are people's and the others, each with its byte offset, sorted; and the kind of the
/// name as written alone.
pub(crate) type TextForms = (Vec<(usize, Named)>, Vec<(usize, Named)>, SpeakerType);

impl<'r, 'a, 't> Registry<'r, 'a, 't> {
    /// The people and organisations of `entities`, for [`Registry::new`].
    pub fn known(entities: &Entities) -> Vec<Known<'_>> {
        let mut known = Vec::new();
        for (list, kind) in [
            (&entities.people, SpeakerType::Person),
            (&entities.organizations, SpeakerType::Organization),
        ] {
            for e in list {
                known.push(Known {
                    name: &e.name,
                    kind,
                    aliases: &e.aliases,
                    acronym: e.acronym.as_deref(),
                    mentions: &e.mentions,
                    roles: &e.roles,
                    organizations: &e.organizations,
                    org_kind: e.kind,
                });
            }
        }
        known
    }

    /// The registry of an article: what the entities extractor found (`known`, and the
    /// mentions of places, sorted), the article's tokens, and its quoted words (sorted).
    pub fn new(
        tk: &'r Toks<'a, 't>,
        known: &'r [Known<'a>],
        index: &'r MentionIndex,
        quoted: &'r [Span],
        places: &'r [Span],
    ) -> Self {
        Registry {
            known,
            index,
            tk,
            quoted,
            places,
        }
    }

    fn in_quote(&self, span: Span) -> bool {
        overlaps_any(self.quoted, span)
    }

    /// Does a mention of a place overlap `span`?
    pub fn place_at(&self, span: Span) -> bool {
        overlaps_any(self.places, span)
    }

    /// Who `mention` (the words of a speaker's name, at byte `at`) is: an entity with that
    /// name or a fuller one, else the fullest form the article writes it in ("Karp" ->
    /// "Alex Karp", the one written last before `at`), else the mention itself, typed by the
    /// words around its mentions.
    #[cfg(test)]
    pub fn lookup(&self, mention: &str, at: usize) -> Option<Named> {
        self.lookup_span(mention, Span::new(at, at + mention.len()))
    }

    /// [`Registry::lookup`] for the name written at `span`: an entity with a mention there
    /// comes first ("The Mayor" when the entities extractor says who that is).
    pub fn lookup_span(&self, mention: &str, span: Span) -> Option<Named> {
        let at = span.start;
        if let Some(k) = self.head_mention(span).map(|k| &self.known[k]) {
            return Some(Named {
                name: k.name.to_string(),
                kind: k.kind,
            });
        }
        let pick = |full: bool| {
            self.known
                .iter()
                .filter(|k| {
                    if full {
                        k.shortens(mention)
                    } else {
                        k.named(mention)
                    }
                })
                .min_by_key(|k| k.distance(at))
        };
        if let Some(k) = pick(true).or_else(|| pick(false)) {
            return Some(Named {
                name: k.name.to_string(),
                kind: k.kind,
            });
        }
        self.lookup_text(mention, at)
    }

    /// The entity of the entities extractor with a mention overlapping `span`.
    pub fn entity_at(&self, span: Span) -> Option<Named> {
        self.index
            .first_overlapping(span)
            .map(|k| &self.known[k])
            .map(|k| Named {
                name: k.name.to_string(),
                kind: k.kind,
            })
    }

    /// The entity a name phrase at `span` names: the first with a mention there, unless a
    /// person's name follows a role later in the phrase ("Work and Pensions Secretary
    /// Alan Johnson", where the tagger also read "Work" as a name; not "Ronald Glantz of
    /// Montgomery Securities" nor "Gary Lightbody and drummer Jonny Quinn", two people).
    fn head_mention(&self, span: Span) -> Option<usize> {
        let first = self.index.first_overlapping(span)?;
        let tk = self.tk;
        let (a, b) = (tk.doc.token_from(span.start), tk.doc.token_from(span.end));
        // (a first name that is surely a person's, joined by "and" to another: two people,
        // "Phil Berger and House Speaker Tim Moore", "Mr Magnier and Mr McManus")
        let first_person = self.index.overlapping(span).any(|(m, k)| {
            k == first && self.known[k].kind == SpeakerType::Person && {
                let t0 = tk.doc.token_from(m.start);
                let words = m.slice(tk.doc.text).split_whitespace().count();
                words > 1
                    || given_name(tk.t(t0)).is_some()
                    || t0 > 0 && tk.w(t0 - 1).is(flag::TITLE)
            }
        });
        let role_then_name = self
            .index
            .overlapping(span)
            .filter(|(m, k)| self.known[*k].kind == SpeakerType::Person && m.start > span.start)
            .filter_map(|(m, k)| {
                let p = tk.doc.token_from(m.start);
                (p > a
                    && p <= b
                    && tk.w(p - 1).is(flag::TITLE)
                    && !(a..p).any(|j| {
                        matches!(tk.t(j), "of" | "at" | "&")
                            || tk.t(j) == "and" && (first_person || !tk.cap(j + 1))
                    }))
                .then_some(k)
            })
            .next();
        Some(role_then_name.unwrap_or(first))
    }

    /// [`Registry::lookup`] in the article's own text.
    fn lookup_text(&self, mention: &str, at: usize) -> Option<Named> {
        if mention.is_empty() || self.tk.len() == 0 {
            return None;
        }
        let forms = self.text_forms(mention);
        let (people, others, own_kind) = &*forms;
        // The fullest form before `at`, else after (a person's fuller name beats an
        // organisation's; nearer beats further); else the kind of the bare mention.
        let nearest = |list: &[(usize, Named)]| {
            let k = list.partition_point(|(pos, _)| *pos < at);
            let i = if k > 0 { k - 1 } else { 0 };
            list.get(i).map(|(_, named)| named.clone())
        };
        if let Some(named) = nearest(people).or_else(|| nearest(others)) {
            return Some(named);
        }
        Some(Named {
            name: mention.to_string(),
            kind: *own_kind,
        })
    }

    /// The fuller forms the article writes `mention` in, outside quotations (each with
    /// where it is), and the kind of the mention as written alone; for a long article,
    /// worked out once (thousands of quotations of one source do not each search it).
    fn text_forms(&self, mention: &str) -> Rc<TextForms> {
        self.tk
            .forms_of(mention, || self.find_forms(mention))
            .unwrap_or_else(|| Rc::new(self.find_forms(mention)))
    }

    /// [`Registry::text_forms`], searched for.
    fn find_forms(&self, mention: &str) -> TextForms {
        let tk = self.tk;
        let text = tk.doc.text;
        let n = tk.len();
        let (mut people, mut others) = (Vec::new(), Vec::new());
        let mut own_kind = SpeakerType::Unknown;
        for (pos, t0, t1, bare) in self.occurrences(mention) {
            let mut a = t0;
            // (not back over a possessive: "Bank of Tokyo's Kimura" is Kimura)
            while a > 0
                && !tk.ends_possessive(a - 1)
                && (name_word(tk, a - 1) || a >= 2 && particle(tk, a - 1) && name_word(tk, a - 2))
                && !tk.w(a - 1).is(flag::TITLE)
                && !sentence_start(tk, a)
                && (!sentence_start(tk, a - 1) || name_start(tk, a - 1))
            {
                a -= 1;
            }
            let mut b = t1;
            while b < n
                && name_word(tk, b)
                && !tk.w(b).is(flag::TITLE)
                && bare
                && !sentence_start(tk, b)
            {
                b += 1;
            }
            let run = tk.span(a, b);
            if self.in_quote(run) {
                continue;
            }
            let titled = a > 0 && tk.w(a - 1).is(flag::TITLE);
            let kind = guess_kind(tk, a, a, b, titled);
            if a == t0 && b == t1 {
                if own_kind == SpeakerType::Unknown {
                    own_kind = kind;
                }
                continue;
            }
            let name = strip_possessive(run.slice(text)).to_string();
            if shortens(&name, mention, SpeakerType::Person) {
                let list = if kind == SpeakerType::Person {
                    &mut people
                } else {
                    &mut others
                };
                list.push((pos, Named { name, kind }));
            }
        }
        (people, others, own_kind)
    }

    /// The gender of the person `name`, written at tokens `at` (when known). From the
    /// mention itself: an honorific ("Mrs. Okafor"), else the given name of a mention of
    /// two words or more ("Maria Okafor"). Else from `name`: its given name, else the
    /// honorifics the article writes before its surname, when they agree; but a bare
    /// surname the article also writes with a given name or honorific of another gender
    /// (or a unisex one) may be that other person: `None` ("Tom Okafor and his sister
    /// Maria Okafor … Okafor said"). `None` when nothing tells.
    pub fn gender(&self, name: &str, at: Option<(usize, usize)>) -> Option<Gender> {
        let tk = self.tk;
        let mut bare = None;
        if let Some((a, b)) = at {
            // The name's words: the last run of name words ("Maria Okafor" of "Lagos’s
            // Maria Okafor", "Okafor’s" of "The Okafor’s campaign").
            let mut run: Option<(usize, usize)> = None;
            let mut start = None;
            for j in a..b {
                if name_word(tk, j) && !tk.w(j).is(flag::TITLE) && !tk.w(j).is(flag::DET) {
                    let s = *start.get_or_insert(j);
                    run = Some((s, j + 1));
                    if strip_possessive(tk.t(j)) != tk.t(j) {
                        start = None;
                    }
                } else {
                    start = None;
                }
            }
            let (a2, b2) = run?;
            if let Some(g) = (a..a2)
                .find_map(|j| honorific(tk.t(j)))
                .or_else(|| honorific_before(tk, a2))
            {
                return Some(g);
            }
            if b2 > a2 + 1 {
                // The given name: the first word before the surname that is one
                // ("Maria" in "Democrat Maria Okafor").
                return (a2..b2 - 1).find_map(|j| given_name(tk.t(j))).flatten();
            }
            bare = Some(strip_possessive(tk.t(a2)));
        }
        let g = self.name_gender(name)?;
        // A bare surname that the article also writes with a given name or honorific of
        // another gender may be that other person ("Tom Okafor … Maria Okafor … Okafor").
        if let Some(word) = bare {
            let mut mixed = false;
            self.each_surname(word, |t0| {
                if let Some(h) = introduced(tk, t0) {
                    mixed |= h != Some(g);
                }
            });
            if mixed {
                return None;
            }
        }
        Some(g)
    }

    /// Does an honorific in or right before tokens `a..b` tell a gender ("Mrs. Okafor",
    /// "Mr Blair")? (A given name tells less: "Beryl Sprinkel" is a man.)
    pub fn honorific_gender(&self, a: usize, b: usize) -> bool {
        let tk = self.tk;
        (a..b).any(|j| honorific(tk.t(j)).is_some()) || honorific_before(tk, a).is_some()
    }

    /// Who the person `name`, written at tokens `at`, is when a pronoun rules out gender
    /// `not`: `None` when that is their gender; for a bare surname two people of the
    /// article share, linked to the one the pronoun cannot be ("Bill Clinton … Hillary
    /// Clinton … Clinton noted … she"), the other one; else `name`.
    pub fn person_for<'n>(
        &self,
        name: &'n str,
        at: Option<(usize, usize)>,
        not: Gender,
    ) -> Option<&'n str>
    where
        'a: 'n,
    {
        match self.gender(name, at) {
            Some(g) if g == not => None,
            None if self.name_gender(name) == Some(not) => {
                Some(self.namesake(name, not.other()).unwrap_or(name))
            }
            _ => Some(name),
        }
    }

    /// The one person of the article other than `name` with the same surname and of
    /// gender `g`.
    fn namesake(&self, name: &str, g: Gender) -> Option<&'a str> {
        let surname = name.split_whitespace().next_back()?;
        let mut found = self.known.iter().filter(|k| {
            k.kind == SpeakerType::Person
                && k.name != name
                && k.name.split_whitespace().next_back() == Some(surname)
                && self.name_gender(k.name) == Some(g)
        });
        let one = found.next()?;
        found.next().is_none().then_some(one.name)
    }

    /// The gender of the person `name`: its given name, else the honorifics the article
    /// writes before its surname, when they agree.
    fn name_gender(&self, name: &str) -> Option<Gender> {
        let tk = self.tk;
        let mut words = name
            .split_whitespace()
            .filter(|w| !matches!(*w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV"));
        let first = words.next()?;
        let surname = words.next_back();
        if surname.is_some()
            && let Some(g) = given_name_gender(first)
        {
            return Some(g);
        }
        let mut found = None;
        let mut clash = false;
        self.each_surname(surname.unwrap_or(first), |t0| {
            match (found, honorific_before(tk, t0)) {
                (_, None) => {}
                (None, g) => found = g,
                (Some(f), Some(g)) => clash |= f != g,
            }
        });
        if clash { None } else { found }
    }

    /// Calls `f` with the first token of every place the article writes the word
    /// `surname` (as a whole word), in text order.
    fn each_surname(&self, surname: &str, mut f: impl FnMut(usize)) {
        for (_, t0, _, _) in self.occurrences(surname) {
            f(t0);
        }
    }

    /// Where the article writes `mention` as whole words starting at a token, in text
    /// order: its byte offset, the tokens `t0..t1` that hold it, and whether they end with
    /// it (else a possessive ending follows: "Palantir’s" holds "Palantir").
    fn occurrences<'m>(
        &self,
        mention: &'m str,
    ) -> impl Iterator<Item = Occurrence> + use<'m, 'r, 'a, 't> {
        let tk = self.tk;
        let scan = move || {
            let text = tk.doc.text;
            let n = tk.len();
            memmem::find_iter(text.as_bytes(), mention.as_bytes()).filter_map(move |pos| {
                if mention.is_empty()
                    || text[..pos]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                {
                    return None;
                }
                let t0 = tk.doc.token_from(pos);
                if t0 >= n || tk.doc.tokens[t0].span.start != pos {
                    return None;
                }
                // The token holding the end of the mention.
                let end = pos + mention.len();
                let mut t1 = t0;
                while t1 < n && tk.doc.tokens[t1].span.end < end {
                    t1 += 1;
                }
                if t1 >= n {
                    return None;
                }
                let rest = &text[end..tk.doc.tokens[t1].span.end];
                (rest.is_empty() || matches!(rest, "’s" | "'s" | "’" | "'")).then_some((
                    pos,
                    t0,
                    t1 + 1,
                    rest.is_empty(),
                ))
            })
        };
        // (a long text is searched once for each name: see Toks::occurrences_of)
        match tk.occurrences_of(mention, || scan().collect()) {
            Some(kept) => Occurrences::Kept(kept, 0),
            None => Occurrences::Found(scan()),
        }
    }

    /// The name of the entity that `fits` and is mentioned last before `at`, outside
    /// quoted words (names inside them are not mentions of a source).
    fn latest_before(&self, at: usize, fits: impl Fn(&Known) -> bool) -> Option<&'a str> {
        self.latest_among(at, self.known.iter().filter(|k| fits(k)))
    }

    /// Of `cands`, the one mentioned last before `at` (outside quotations).
    fn latest_among(
        &self,
        at: usize,
        cands: impl Iterator<Item = &'r Known<'a>>,
    ) -> Option<&'a str> {
        cands
            .filter_map(|k| {
                let i = k.mentions.partition_point(|m| m.span.start < at);
                let last = k.mentions[..i]
                    .iter()
                    .rev()
                    .find(|m| !self.in_quote(m.span))?;
                Some((last.span.start, k.name))
            })
            // (the first of equals, as the entities are listed)
            .fold(None, |best: Option<(usize, &'a str)>, c| match best {
                Some(b) if b.0 >= c.0 => Some(b),
                _ => Some(c),
            })
            .map(|(_, name)| name)
    }

    /// The organisation that is the subject of the sentence at `sent`: named first in it,
    /// after nothing but an article or a conjunction ("But the Home Office defended the
    /// measures."), or after its spokesman ("A spokesman for Exxon Corp said …").
    pub fn subject_organization(&self, sent: Span) -> Option<&'a str> {
        let tk = self.tk;
        // The words before the mention: articles and conjunctions, then perhaps one who
        // speaks for it and "for" ("A spokesman for the Home Office said …").
        // (or a description of it in lower case that ends in a noun for an organisation,
        // three words at most: "Environmental group Transport 2000 said …", "Dutch steel
        // firm LNM said …")
        let described = |p: usize, end: usize| {
            end > p
                && end - p <= 3
                && tk.w(end - 1).is(flag::ORG_DESC)
                && (p..end).all(|j| tk.lower(j) || j == p && tk.cap(j))
        };
        let opens = |m: Span| {
            let r = tk.doc.tokens_in(Span::new(sent.start, m.start));
            let mut p = r.start;
            while p < r.end && tk.w(p).is(flag::DET | flag::CONJ) {
                p += 1;
            }
            p == r.end || described(p, r.end) || tk.speaks_for_before(r.end) == Some(p)
        };
        self.known
            .iter()
            .filter(|k| k.kind == SpeakerType::Organization)
            .find(|k| {
                let i = k.mentions.partition_point(|m| m.span.start < sent.start);
                k.mentions
                    .get(i)
                    .is_some_and(|m| m.span.end <= sent.end && opens(m.span))
            })
            .map(|k| k.name)
    }

    /// The person a description ("the Spurs sporting director", words `words`, head noun
    /// last) refers to: the one mentioned last before `at` with a role ending in the same
    /// noun, all of whose words the description has ("sporting director", "director";
    /// not "deputy prime minister" for "the prime minister"), and who is not tied to
    /// organisations other than `orgs` (those the description names).
    pub fn person_in_role(&self, words: &[&str], orgs: &[String], at: usize) -> Option<&'a str> {
        self.latest_before(at, |k| {
            k.kind == SpeakerType::Person
                && k.roles.iter().any(|r| role_match(r, words) == Some(true))
                && (orgs.is_empty()
                    || k.organizations.is_empty()
                    || k.organizations.iter().any(|o| orgs.contains(o)))
        })
    }

    /// The organisation a description ("the company", "the club", head noun `head`)
    /// refers to: the one mentioned last before `at` of the type the noun suggests (a
    /// company may also be one of unknown type: most are); for a noun of no type, the one
    /// whose name it heads ("the board" after "the Australian Wheat Board", "the
    /// commission" after "the Royal Commission into ...").
    pub fn organization_before(&self, head: &str, at: usize) -> Option<&'a str> {
        let Some(want) = crate::entities::descriptor_type(head) else {
            let known = self.known;
            return self.latest_among(at, self.index.headed_by(known, head).map(|k| &known[k]));
        };
        self.latest_before(at, |k| {
            k.kind == SpeakerType::Organization
                && (k.org_kind == Some(want) || want == "company" && k.org_kind.is_none())
        })
    }

    /// The organisation of the type the noun says, known for certain ("a company
    /// spokesman": a company with a legal form, not any name of unknown type), that the
    /// article names most often before `at`, quotations included (the story's subject, not
    /// the exchange its shares trade on); of equals, the one named last.
    pub fn typed_organization_before(&self, head: &str, at: usize) -> Option<&'a str> {
        let want = crate::entities::descriptor_type(head)?;
        self.known
            .iter()
            .filter(|k| k.kind == SpeakerType::Organization && k.org_kind == Some(want))
            .filter_map(|k| {
                // (mentions inside quotations count too: a binary search, not a scan)
                let n = k.mentions.partition_point(|m| m.span.start < at);
                (n > 0).then(|| (n, k.mentions[n - 1].span.start, k.name))
            })
            .max_by_key(|&(n, last, _)| (n, last))
            .map(|(_, _, name)| name)
    }

    /// The nearest person or organisation named before byte `at` whose kind `fits`: an
    /// entity mention, else a capitalised name in the last few hundred words. A person of
    /// gender `not` is passed over ("he" is not "Maria Okafor").
    pub fn nearest_before(
        &self,
        at: usize,
        fits: impl Fn(SpeakerType) -> bool,
        not: Option<Gender>,
    ) -> Option<Named> {
        let mut cands: Vec<(usize, Span, &Known)> = Vec::new();
        for k in self.known {
            if !fits(k.kind) {
                continue;
            }
            let i = k.mentions.partition_point(|m| m.span.start < at);
            if let Some(m) = i.checked_sub(1).map(|i| k.mentions[i].span) {
                cands.push((m.start, m, k));
            }
        }
        cands.sort_by_key(|c| std::cmp::Reverse(c.0));
        for (_, m, k) in &cands {
            if let Some(not) = not
                && k.kind == SpeakerType::Person
            {
                let a = tk_at(self.tk, m.start);
                let b = tk_at(self.tk, m.end.saturating_sub(1)) + 1;
                match self.person_for(k.name, Some((a, b.max(a + 1))), not) {
                    None => continue,
                    Some(name) => {
                        return Some(Named {
                            name: name.to_string(),
                            kind: k.kind,
                        });
                    }
                }
            }
            return Some(Named {
                name: k.name.to_string(),
                kind: k.kind,
            });
        }
        if !cands.is_empty() {
            return None;
        }
        let tk = self.tk;
        let mut j = tk.doc.token_from(at);
        let lo = j.saturating_sub(400);
        while j > lo {
            j -= 1;
            if !name_word(tk, j) || sentence_start(tk, j) && !name_start(tk, j) {
                continue;
            }
            let b = j + 1;
            let mut a = j;
            while a > lo && (name_word(tk, a - 1) || particle(tk, a - 1)) && !sentence_start(tk, a)
            {
                a -= 1;
            }
            // Continue left of this run (j only ever decreases).
            j = a;
            while a < b && tk.w(a).is(flag::TITLE) {
                a += 1;
            }
            // A headline in capitals is no name ("BALDRIGE SAYS U.S. WANTS …").
            let shouting = b - a >= 3 && (a..b).all(|k| tk.t(k).chars().all(|c| !c.is_lowercase()));
            if a == b || shouting || self.in_quote(tk.span(a, b)) || !name_start(tk, a) {
                continue;
            }
            // The place of a dateline names no source ("PEKING, March 3 -"), nor does a
            // word of a headline in capitals ("COCOA MARKET FEARS DOWNTURN").
            if tk.dateline_end(a).is_some() || in_capitals_line(tk, a) {
                continue;
            }
            // A name the entities extractor found is of a kind that does not fit (else it
            // would be a candidate above): "the Lib Dems" is no "he", and the search stops
            // there (an unnamed source, "a Labour Party spokesman", is more likely than a
            // name further back).
            if self.index.first_overlapping(tk.span(a, b)).is_some() {
                return None;
            }
            // Nor is a place a source ("Asked if South Korea would drop its barriers, he
            // said"); the search goes on past it.
            if self.place_at(tk.span(a, b)) {
                continue;
            }
            let titled = a > 0 && tk.w(a - 1).is(flag::TITLE);
            let kind = guess_kind(tk, a, a, b, titled);
            if fits(kind) {
                let name = strip_possessive(tk.span(a, b).slice(tk.doc.text)).to_string();
                // Prefer the fullest form of that name in the article.
                let named = self.lookup_text(&name, at).unwrap_or(Named { name, kind });
                if not.is_some()
                    && kind == SpeakerType::Person
                    && self.gender(&named.name, Some((a, b))) == not
                {
                    continue;
                }
                return Some(named);
            }
        }
        None
    }

    /// Names of organisations mentioned inside `span`: entities, else capitalised names
    /// there that are not roles.
    pub fn organizations_in(&self, span: Span) -> Vec<String> {
        let mut out = self.known_organizations_in(span);
        if out.is_empty() && self.known.is_empty() {
            organizations_in_text(self.tk, span, &mut out);
        }
        out
    }

    /// Names of the organisations of the entities extractor mentioned inside `span`.
    pub fn known_organizations_in(&self, span: Span) -> Vec<String> {
        let mut inside: Vec<usize> = self
            .index
            .overlapping(span)
            .filter(|&(m, k)| span.contains(m) && self.known[k].kind == SpeakerType::Organization)
            .map(|(_, k)| k)
            .collect();
        inside.sort_unstable();
        let mut out: Vec<String> = Vec::new();
        for k in inside {
            let name = self.known[k].name;
            if !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
        out
    }
}

/// Does a span of `sorted` (spans that do not overlap one another) overlap `span`?
fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.end <= span.start);
    sorted.get(i).is_some_and(|s| s.overlaps(span))
}

/// Is token `i` on a line of two words or more in capitals (a wire headline, or a text
/// all in capitals)? Only [`LINE_READ`] bytes of the line either side are read (a long
/// text on one line is not read again for each name).
fn in_capitals_line(tk: &Toks, i: usize) -> bool {
    let text = tk.doc.text;
    let at = tk.doc.tokens[i].span.start;
    // (inward to character boundaries)
    let mut lo = at.saturating_sub(LINE_READ);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (at + LINE_READ).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let start = memchr::memrchr(b'\n', &text.as_bytes()[lo..at]).map_or(lo, |k| lo + k + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..hi]).map_or(hi, |k| at + k);
    let line = &text[start..end];
    !line.chars().any(char::is_lowercase) && line.split_whitespace().count() >= 2
}

/// How much of a line [`in_capitals_line`] reads either side of a word, in bytes.
const LINE_READ: usize = 200;

/// Where a name is written: kept from an earlier search of a long text, or being found.
enum Occurrences<I> {
    Kept(Rc<[Occurrence]>, usize),
    Found(I),
}

impl<I: Iterator<Item = Occurrence>> Iterator for Occurrences<I> {
    type Item = Occurrence;

    fn next(&mut self) -> Option<Occurrence> {
        match self {
            Occurrences::Kept(kept, k) => {
                let o = kept.get(*k).copied();
                *k += 1;
                o
            }
            Occurrences::Found(found) => found.next(),
        }
    }
}

/// Organisation names in a description without entities: capitalised sequences with "of",
/// "for", "a", "the" inside ("Health Workers for a Free Palestine"), not titles or roles,
/// not single adjectives ("Democratic").
pub(crate) fn organizations_in_text(tk: &Toks, span: Span, out: &mut Vec<String>) {
    let text = tk.doc.text;
    let r = tk.doc.tokens_in(span);
    let mut i = r.start;
    while i < r.end {
        if !tk.cap(i)
            || tk
                .w(i)
                .is(flag::TITLE | flag::DET | flag::CONJ | flag::LEAD)
        {
            i += 1;
            continue;
        }
        // A place after "in", "from", "near", "at" is not an affiliation.
        if i > r.start && matches!(tk.t(i - 1), "in" | "from" | "near" | "at" | "outside") {
            i += 1;
            while i < r.end && tk.cap(i) {
                i += 1;
            }
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < r.end && (tk.cap(j) || possessive_mark(tk, j)) {
                j += 1;
                continue;
            }
            // connectors between capitalised words
            let mut c = j;
            while c < r.end && matches!(tk.t(c), "of" | "for" | "a" | "the" | "and" | "&" | "de") {
                c += 1;
            }
            if c > j && c < r.end && tk.cap(c) && c - j <= 2 {
                j = c;
                continue;
            }
            break;
        }
        // Roles at the end are not part of the name ("Palantir CEO").
        let mut e = j;
        while e > i && tk.w(e - 1).is(flag::TITLE) {
            e -= 1;
        }
        if e > i {
            let name = strip_possessive(tk.span(i, e).slice(text));
            // One word is an organisation when it is an acronym or comes before a role
            // ("Palantir CEO"), not a place or an adjective ("Hoshikawa resident",
            // "Democratic").
            let acronym = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && name
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            let before_role = e < j && tk.w(e).is(flag::TITLE);
            let adjective = !(e - i != 1 || acronym || before_role || tk.w(i).is(flag::ORG_WORD));
            if !adjective && !name.is_empty() && !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
        i = j.max(i + 1);
    }
}

/// A possessive mark glued between two words ("Supporters’ Trust").
fn possessive_mark(tk: &Toks, i: usize) -> bool {
    matches!(tk.t(i), "’" | "'")
        && i > 0
        && i + 1 < tk.len()
        && tk.doc.tokens[i - 1].span.end == tk.doc.tokens[i].span.start
        && tk.cap(i + 1)
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s)
}

/// The gender a capitalised honorific gives ("Mr." a man, "Mrs" a woman).
fn honorific(t: &str) -> Option<Gender> {
    if !t.starts_with(char::is_uppercase) {
        return None;
    }
    crate::entities::honorific(t)?.gender
}

/// The honorific written before the name that token `i` is part of: "Mrs." for "Okafor"
/// in "Mrs. Maria Okafor" (up to two name words between).
fn honorific_before(tk: &Toks, i: usize) -> Option<Gender> {
    let mut j = i;
    for _ in 0..3 {
        let p = j.checked_sub(1)?;
        if let Some(g) = honorific(tk.t(p)) {
            return Some(g);
        }
        // Not across a possessive: "Queen’s" in "Queen’s College’s Tom Reyes".
        if !name_word(tk, p) || tk.w(p).is(flag::TITLE) || strip_possessive(tk.t(p)) != tk.t(p) {
            return None;
        }
        j = p;
    }
    None
}

/// When the surname at token `i` is written with a given name or an honorific before it
/// ("Maria Okafor", "Mrs. Okafor"): the gender that tells (`None` for a unisex given
/// name such as "Jordan").
fn introduced(tk: &Toks, i: usize) -> Option<Option<Gender>> {
    if let Some(g) = honorific_before(tk, i) {
        return Some(Some(g));
    }
    // The given name: the first word of up to three before the surname that is one
    // ("Maria" in "Democrat Maria J. Okafor").
    let mut a = i;
    while a > 0
        && i - a < 3
        && name_word(tk, a - 1)
        && !tk.w(a - 1).is(flag::TITLE)
        && !sentence_start(tk, a)
    {
        a -= 1;
    }
    (a..i).find_map(|j| given_name(strip_possessive(tk.t(j))))
}

/// The token at or after byte `at`.
fn tk_at(tk: &Toks, at: usize) -> usize {
    tk.doc.token_from(at).min(tk.len().saturating_sub(1))
}

/// Is token `i` the first of its sentence?
fn sentence_start(tk: &Toks, i: usize) -> bool {
    let at = tk.doc.tokens[i].span.start;
    tk.doc
        .sentence_at(at)
        .is_some_and(|s| tk.doc.sentences[s].first == i)
}

/// Can token `i` start a name (a capitalised word that is not a function word)?
fn name_start(tk: &Toks, i: usize) -> bool {
    if !tk.cap(i) {
        return false;
    }
    let w = tk.w(i);
    // ("Said Trump: “…”": a verb of saying, not a given name)
    if w.verb == Some(super::lexicon::VerbClass::Speech) && super::attribute::inflected(tk.t(i)) {
        return false;
    }
    !w.is(flag::DET
        | flag::CONJ
        | flag::LEAD
        | flag::PRONOUN
        | flag::PREP
        | flag::AUX
        | flag::TIME
        | flag::ADV)
        || w.is(flag::TITLE)
}

fn name_word(tk: &Toks, i: usize) -> bool {
    tk.cap(i)
        && !tk
            .w(i)
            .is(flag::TIME | flag::CONJ | flag::DET | flag::PRONOUN)
}

fn particle(tk: &Toks, i: usize) -> bool {
    matches!(
        tk.t(i),
        "de" | "van" | "von" | "der" | "bin" | "al" | "da" | "del" | "of"
    )
}

/// The kind of the name in tokens `a..j` (run starting at `i`, titles before `a`).
fn guess_kind(tk: &Toks, i: usize, a: usize, j: usize, titled: bool) -> SpeakerType {
    let words = j - a;
    let org_word = (a..j).any(|k| tk.w(k).is(flag::ORG_WORD));
    let acronym = words == 1 && {
        let t = tk.t(a);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    let before = i.checked_sub(1);
    let desc_org = before.is_some_and(|b| tk.w(b).is(flag::ORG_DESC) && !tk.cap(b));
    let desc_person = before.is_some_and(|b| {
        let w = tk.w(b);
        !tk.cap(b)
            && (w.is(flag::TITLE)
                || w.speaker == Some(SpeakerType::Person) && w.is(flag::SPEAKER_NOUN))
    });
    let role_after = j < tk.len() && tk.w(j).is(flag::TITLE);
    if desc_org
        || org_word
        || acronym
        || (a..j).any(|k| tk.is(k, "of") || tk.is(k, "for"))
        || role_after && !titled
    {
        return SpeakerType::Organization;
    }
    if titled || desc_person || (2..=4).contains(&words) {
        return SpeakerType::Person;
    }
    SpeakerType::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn names_from_the_text() {
        let text = "Palantir CEO Alex Karp met Sen. Ted Cruz at the British Medical Association. \
                    Karp said US tech firm Palantir would help. Cruz agreed.";
        let doc = Document::new(text, None);
        let tk = Toks::new(&doc);
        let none = MentionIndex::default();
        let reg = Registry::new(&tk, &[], &none, &[], &[]);
        let karp = reg.lookup("Karp", text.len()).unwrap();
        assert_eq!(karp.name, "Alex Karp");
        assert_eq!(karp.kind, SpeakerType::Person);
        let cruz = reg.lookup("Cruz", text.len()).unwrap();
        assert_eq!(cruz.name, "Ted Cruz");
        let bma = reg.lookup("British Medical Association", 0).unwrap();
        assert_eq!(bma.kind, SpeakerType::Organization);
        let p = reg.lookup("Palantir", text.len()).unwrap();
        assert_eq!(p.kind, SpeakerType::Organization);
        let near = reg
            .nearest_before(text.len(), |k| k == SpeakerType::Person, None)
            .unwrap();
        assert_eq!(near.name, "Ted Cruz");
    }

    #[test]
    fn names_in_quotations_are_not_mentions() {
        let text = "Palantir said “No Palantir here.” Palantir left.";
        let doc = Document::new(text, None);
        let tk = Toks::new(&doc);
        let q = text.find("No").unwrap();
        let quoted = [Span::new(q, q + "No Palantir here.".len())];
        let none = MentionIndex::default();
        let reg = Registry::new(&tk, &[], &none, &quoted, &[]);
        assert_eq!(reg.lookup("Palantir", text.len()).unwrap().name, "Palantir");
    }
}
