//! Finding the source of a quotation in the text: the speaker's words and the cue.
//!
//! Works on tokens alone (capitalisation, the word tables, punctuation), in the order a
//! reader would look:
//!
//! 1. a speaker label at the start of the quoted words (`"PENCE: Well, …"`);
//! 2. after the closing mark: `…,” said X`, `…,” X said`, `…,” X, a …, said`,
//!    `…,” according to X`, `…” — X`; or a following sentence that is only an
//!    attribution (`….” Clinton said.`);
//! 3. before the opening mark: `X said: “`, `X: “`, `a banner reading: “`, and for partial
//!    quotes the subject of the nearest reporting verb (`It said the platform will “…”`,
//!    `Palantir, which has expressed “…”`, `the workers, who chanted “…”`), the agent of a
//!    passive one (`described in a press release as a “…”`), else the clause subject.
//!
//! What is left (a quotation standing alone after an attributed one) is settled by the
//! caller from the quotations around it.

use super::SpeakerType;
use super::lexicon::{LEXICON, Lexicon, VerbClass, Word, flag};
use crate::document::Document;
use crate::segment::TokenKind;
use crate::span::Span;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A noun phrase that names a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Np {
    /// The tokens of the whole phrase, `first..last`.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The tokens that name the source (the speaker span): a pronoun, a name, or the phrase.
    pub core: (usize, usize),
    /// What the phrase is.
    pub kind: NpKind,
    /// A role or affiliation given with it, as a span of text.
    pub desc: Option<Span>,
    /// For common nouns: the kind of source the head noun names.
    pub noun_type: Option<SpeakerType>,
    /// For common nouns: the head noun is in the tables (not guessed from a plural).
    pub head_known: bool,
    /// The relative pronoun that stands for the phrase as the subject of the reporting
    /// verb ("Sanders, who says …"): the words that name the source are that pronoun.
    pub rel: Option<usize>,
}

impl Np {
    /// The phrase `first..last`, all of it naming the source, with nothing more known.
    pub(crate) fn new(first: usize, last: usize, kind: NpKind) -> Np {
        Np {
            first,
            last,
            core: (first, last),
            kind,
            desc: None,
            noun_type: None,
            head_known: false,
            rel: None,
        }
    }
}

/// What kind of phrase names the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum NpKind {
    /// he, she, it, they, we, I.
    Pronoun,
    /// A capitalised name ("Alex Karp", "NHS England").
    Name,
    /// A common noun phrase ("the press release about the picket").
    Common,
}

/// How the source was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum How {
    /// A label in the quoted words, a reporting verb or phrase next to the quotation.
    Direct,
    /// The subject of a verb in the same clause (partial quotes).
    Clause,
}

/// A source found for one quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// The phrase.
    pub np: Np,
    /// The reporting verb or phrase, if any.
    pub cue: Option<Span>,
    /// How it was found.
    pub how: How,
}

/// The token ranges around one quotation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    /// Token of the opening mark (or of the first quoted word when the mark is missing).
    pub open_tok: usize,
    /// First token after the closing mark (or after the quoted words).
    pub after: usize,
    /// First token of the quoted words.
    pub content_first: usize,
    /// One past the last token of the quoted words.
    pub content_last: usize,
    /// Where the text before the quotation may start (clause or previous quotation).
    pub pre_floor: usize,
    /// Where the text after the quotation must end (sentence end or next quotation).
    pub post_ceil: usize,
    /// End of the paragraph's tokens.
    pub para_end: usize,
    /// The closing mark exists.
    pub closed: bool,
    /// `pre_floor` is the end of an earlier quotation in the same sentence, not a clause
    /// start.
    pub floor_after_quote: bool,
}

/// Token-level helpers over one document.
pub(crate) struct Toks<'a, 't> {
    /// The document.
    pub doc: &'a Document<'t>,
    lx: &'static Lexicon,
    /// Byte offsets of the quotation marks that were paired, sorted (when known).
    marks: Option<Vec<usize>>,
    /// Spans of the calendar words ("May") that the entities extractor found as a
    /// person's name ("said May" of Theresa May), sorted: names here, not times.
    calendar_names: Vec<Span>,
    /// Spans of the mentions of people the entities extractor found, sorted.
    people: Vec<Span>,
    /// Spans of the mentions of organisations the entities extractor found, sorted: a
    /// comma or "and" inside one ("Bear, Stearns and Co") does not end a phrase.
    org_names: Vec<Span>,
    /// Table index of each token, looked up once ([`UNSET`] until then).
    cache: Vec<Cell<u32>>,
    /// Answers worked out by a search of the whole text, kept so that a long document
    /// is searched once per word: [`Toks::sentence_case_only`] by word, and by name where
    /// names are written ([`Occurrence`]) and the fuller forms they are written in
    /// ([`super::resolve::TextForms`]).
    sentence_case: RefCell<rustc_hash::FxHashMap<&'t str, bool>>,
    occurrences: ByName<[Occurrence]>,
    forms: ByName<super::resolve::TextForms>,
}

/// Answers kept by name ([`Toks::kept`]).
type ByName<T> = RefCell<rustc_hash::FxHashMap<String, Rc<T>>>;

/// Where a name is written as whole words starting at a token: its byte offset, the
/// tokens `t0..t1` that hold it, and whether they end with it (else a possessive ending
/// follows).
pub(crate) type Occurrence = (usize, usize, usize, bool);

/// Texts from this many bytes keep the answers of whole-text searches (shorter ones are
/// searched again: that is cheaper than keeping them).
const LONG_TEXT: usize = 1 << 16;

/// A token whose table entry was not looked up yet.
const UNSET: u32 = u32::MAX - 1;

/// Longest noun phrase considered, in tokens.
/// Dashes as a text writes them between phrases: a spaced hyphen, em and en dashes, the
/// horizontal bar, a double hyphen.
pub(crate) const DASH_MARKS: [&str; 5] = ["-", "—", "–", "―", "--"];

const MAX_NP: usize = 14;

impl<'a, 't> Toks<'a, 't> {
    /// Helpers for `doc`, every quotation mark character taken as a mark.
    #[cfg(test)]
    pub fn new(doc: &'a Document<'t>) -> Self {
        Toks {
            doc,
            lx: &LEXICON,
            marks: None,
            calendar_names: Vec::new(),
            people: Vec::new(),
            org_names: Vec::new(),
            cache: vec![Cell::new(UNSET); doc.tokens.len()],
            sentence_case: Default::default(),
            occurrences: Default::default(),
            forms: Default::default(),
        }
    }

    /// Helpers for `doc` whose quotation marks are the sorted byte offsets `marks`: other
    /// mark characters are apostrophes, stray marks or nicknames. `people` are the spans
    /// of the mentions of people the entities extractor found, `organizations` those of
    /// organisations.
    pub fn with_marks(
        doc: &'a Document<'t>,
        marks: Vec<usize>,
        people: impl IntoIterator<Item = Span>,
        organizations: impl IntoIterator<Item = Span>,
    ) -> Self {
        let lx = &*LEXICON;
        let mut people: Vec<Span> = people.into_iter().collect();
        people.sort_unstable();
        let calendar_names: Vec<Span> = people
            .iter()
            .copied()
            .filter(|s| lx.entry(lx.find(s.slice(doc.text))).is(flag::TIME))
            .collect();
        let mut org_names: Vec<Span> = organizations.into_iter().collect();
        org_names.sort_unstable();
        Toks {
            doc,
            lx,
            marks: Some(marks),
            calendar_names,
            people,
            org_names,
            cache: vec![Cell::new(UNSET); doc.tokens.len()],
            sentence_case: Default::default(),
            occurrences: Default::default(),
            forms: Default::default(),
        }
    }

    /// Token `i` is a comma inside an organisation's name ("Bear, Stearns and Co").
    pub fn name_comma(&self, i: usize) -> bool {
        self.is(i, ",") && self.inside_org_name(i)
    }

    /// Token `i` is inside the name of an organisation, neither its first token nor its
    /// last.
    fn inside_org_name(&self, i: usize) -> bool {
        let t = self.doc.tokens[i].span;
        let k = self.org_names.partition_point(|s| s.start < t.start);
        k > 0 && self.org_names[k - 1].end > t.end
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    /// Text of token `i`.
    #[inline]
    pub fn t(&self, i: usize) -> &'t str {
        self.doc.token_text(i)
    }

    /// Table entry of the word `s` (not a token of the document).
    pub fn word(&self, s: &str) -> Word {
        self.lx.entry(self.lx.find(s))
    }

    /// Table entry of token `i`.
    #[inline]
    pub fn w(&self, i: usize) -> Word {
        let c = &self.cache[i];
        let mut idx = c.get();
        if idx == UNSET {
            idx = self.lx.find(self.t(i));
            c.set(idx);
        }
        let mut w = self.lx.entry(idx);
        if w.is(flag::TIME)
            && !self.calendar_names.is_empty()
            && self
                .calendar_names
                .binary_search(&self.doc.tokens[i].span)
                .is_ok()
        {
            w.flags &= !flag::TIME;
        }
        w
    }

    /// The span of tokens `a..b`.
    #[inline]
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(
            self.doc.tokens[a].span.start,
            self.doc.tokens[b - 1].span.end,
        )
    }

    #[inline]
    fn kind(&self, i: usize) -> TokenKind {
        self.doc.tokens[i].kind
    }

    /// Token `i` is a word starting with a capital.
    #[inline]
    pub fn cap(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Word && self.t(i).starts_with(|c: char| c.is_uppercase())
    }

    /// Token `i` is a word in lower case.
    #[inline]
    pub fn lower(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Word && self.t(i).starts_with(|c: char| c.is_lowercase())
    }

    /// Token `i` is exactly `s`.
    #[inline]
    pub fn is(&self, i: usize, s: &str) -> bool {
        i < self.len() && self.t(i) == s
    }

    /// Token `i` is one of the punctuation marks in `set`.
    #[inline]
    pub fn punct_in(&self, i: usize, set: &[&str]) -> bool {
        i < self.len() && self.kind(i) == TokenKind::Punct && set.contains(&self.t(i))
    }

    /// A nickname in quotation marks at token `i`, one or two capitalised words, before a
    /// capitalised word ("Cia" in Marcia "Cia" Price): the token after its closing mark.
    fn nickname_end(&self, i: usize, ceil: usize) -> Option<usize> {
        let mark = |j: usize| j < ceil && matches!(self.t(j), "\"" | "“" | "”" | "'" | "‘" | "’");
        if !mark(i) {
            return None;
        }
        let close = (i + 2..(i + 4).min(ceil)).find(|&j| mark(j))?;
        ((i + 1..close).all(|j| self.cap(j)) && close + 1 < ceil && self.cap(close + 1))
            .then_some(close + 1)
    }

    /// Token `i` is a quotation mark of a nickname inside a name (Marcia "Cia" Price).
    fn nickname_mark(&self, i: usize) -> bool {
        let ceil = (i + 5).min(self.len());
        self.nickname_end(i, ceil).is_some()
            || (i.saturating_sub(3)..i).any(|o| self.nickname_end(o, ceil) == Some(i + 1))
    }

    /// Token `i` is a quotation mark (not a possessive apostrophe: "Sanders’ campaign").
    #[inline]
    pub fn quote_mark(&self, i: usize) -> bool {
        if let Some(marks) = &self.marks {
            let at = self.doc.tokens[i].span.start;
            return self.kind(i) == TokenKind::Punct && marks.binary_search(&at).is_ok();
        }
        self.kind(i) == TokenKind::Punct
            && match self.t(i) {
                "\"" | "“" | "”" | "„" | "«" | "»" | "‹" | "›" | "‘" => true,
                "’" | "'" => !self.possessive_mark(i),
                _ => false,
            }
    }

    /// Does token `i` open a sentence, or follow an opening quotation mark, a colon or a
    /// dash (where any word is capitalised)?
    fn opens_sentence(&self, i: usize) -> bool {
        i == 0
            || self.quote_mark(i - 1)
            || self.punct_in(i - 1, &[":", "—", "–", "(", ".", "!", "?", "--", "_"])
            || self.dateline_end(
                self.doc
                    .sentence_at(self.doc.tokens[i].span.start)
                    .map_or(i, |s| self.doc.sentences[s].first),
            ) == Some(i)
            || self
                .doc
                .sentence_at(self.doc.tokens[i].span.start)
                .is_some_and(|s| self.doc.sentences[s].first == i)
    }

    /// The token after a dateline opening its line at `i` ("LONDON, March 3 - ",
    /// "WASHINGTON, Dec. 8 (UPI) -- "): a place in capitals, then only capitalised words,
    /// numbers and punctuation up to a dash.
    pub fn dateline_end(&self, i: usize) -> Option<usize> {
        let line_start = self.doc.text[..self.doc.tokens.get(i)?.span.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n')
            || i == 0;
        let t = self.t(i);
        if !line_start
            || t.len() < 2
            || !t.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
        {
            return None;
        }
        for j in i + 1..(i + 14).min(self.len()) {
            let t = self.t(j);
            if matches!(t, "-" | "--" | "—" | "–" | "_") {
                return Some(j + 1);
            }
            if self.lower(j) || self.quote_mark(j) {
                return None;
            }
        }
        None
    }

    /// Is token `i` a capitalised word opening its sentence that the article writes with a
    /// capital nowhere else ("Hours later, …", "Wait, …", "Perhaps …"): an ordinary word,
    /// not a name? Names are written again inside sentences ("Alex Karp", "Karp’s").
    pub fn sentence_case_only(&self, i: usize) -> bool {
        if !self.cap(i) || !self.opens_sentence(i) {
            return false;
        }
        let t = self.t(i);
        // Acronyms and initials are names ("CNN", "U.S.").
        if !t.chars().skip(1).any(char::is_lowercase) {
            return false;
        }
        // (token `i` opens its sentence, so the answer is the word's: worked out once in a
        // long text)
        let long = self.doc.text.len() >= LONG_TEXT;
        if long && let Some(&only) = self.sentence_case.borrow().get(t) {
            return only;
        }
        let text = self.doc.text;
        let only = memchr::memmem::find_iter(text.as_bytes(), t.as_bytes()).all(|pos| {
            let j = self.doc.token_from(pos);
            if j == i || j >= self.len() || self.doc.tokens[j].span.start != pos {
                return true;
            }
            let rest = &self.t(j)[t.len().min(self.t(j).len())..];
            let same = rest.is_empty() || matches!(rest, "’s" | "'s" | "’" | "'");
            !same || self.opens_sentence(j)
        });
        if long {
            self.sentence_case.borrow_mut().insert(t, only);
        }
        only
    }

    /// Where a long text writes `name` ([`Occurrence`]), found by `find` the first time it
    /// is asked for and kept; `None` for a short text (searching it again is cheaper).
    pub fn occurrences_of(
        &self,
        name: &str,
        find: impl FnOnce() -> Vec<Occurrence>,
    ) -> Option<Rc<[Occurrence]>> {
        self.kept(&self.occurrences, name, || find().into())
    }

    /// The fuller forms a long text writes `name` in ([`super::resolve::TextForms`]),
    /// found by `find` the first time and kept; `None` for a short text.
    pub fn forms_of(
        &self,
        name: &str,
        find: impl FnOnce() -> super::resolve::TextForms,
    ) -> Option<Rc<super::resolve::TextForms>> {
        self.kept(&self.forms, name, || Rc::new(find()))
    }

    /// The answer `map` keeps for `name` in a long text, worked out by `find` the first
    /// time; `None` for a short text (working it out again is cheaper than keeping it).
    fn kept<T: ?Sized>(
        &self,
        map: &ByName<T>,
        name: &str,
        find: impl FnOnce() -> Rc<T>,
    ) -> Option<Rc<T>> {
        if self.doc.text.len() < LONG_TEXT {
            return None;
        }
        if let Some(found) = map.borrow().get(name) {
            return Some(found.clone());
        }
        let found = find();
        map.borrow_mut().insert(name.to_string(), found.clone());
        Some(found)
    }

    /// The noun for one who speaks for a body when it, "for" and perhaps "the" come right
    /// before token `j` ("a spokesman for the BPI", "spokeswoman for Exxon"): its token.
    pub fn speaks_for_before(&self, j: usize) -> Option<usize> {
        let j = if j > 0 && self.t(j - 1).eq_ignore_ascii_case("the") {
            j - 1
        } else {
            j
        };
        (j > 1 && self.is(j - 1, "for") && self.w(j - 2).is(flag::SPEAKS_FOR)).then_some(j - 2)
    }

    /// Does token `i` end in a possessive "’s" or "'s" ("Tokyo’s")?
    pub fn ends_possessive(&self, i: usize) -> bool {
        let t = self.t(i);
        t.ends_with("’s") || t.ends_with("'s")
    }

    /// Is token `i` a possessive: a word in "’s", or a mark after a plural ("Sanders' ")?
    pub fn possessive(&self, i: usize) -> bool {
        self.ends_possessive(i) || self.possessive_mark(i)
    }

    /// A single mark glued to a word ending in s and followed by a word: a possessive.
    fn possessive_mark(&self, i: usize) -> bool {
        matches!(self.t(i), "’" | "'")
            && i > 0
            && i + 1 < self.len()
            && self.doc.tokens[i - 1].span.end == self.doc.tokens[i].span.start
            && self.t(i - 1).ends_with(['s', 'S', 'z'])
            && self.kind(i - 1) == TokenKind::Word
            && self.kind(i + 1) == TokenKind::Word
            && self.doc.tokens[i].span.end < self.doc.tokens[i + 1].span.start
    }

    /// A slash joining two numbers, with no space: "9/11 widow Terry Strada", "24/7".
    fn inner_slash(&self, i: usize) -> bool {
        let toks = &self.doc.tokens;
        self.t(i) == "/"
            && i > 0
            && i + 1 < self.len()
            && toks[i - 1].span.end == toks[i].span.start
            && toks[i].span.end == toks[i + 1].span.start
            && self.kind(i - 1) == TokenKind::Number
            && self.kind(i + 1) == TokenKind::Number
    }

    /// A lower-case word that looks like a verb form (`-ed`, `-ing`) by its ending.
    fn verb_like_ending(&self, i: usize) -> bool {
        if !self.lower(i) {
            return false;
        }
        let t = self.t(i);
        (t.len() > 4 && t.ends_with("ed") && !t.ends_with("eed"))
            || (t.len() > 5 && t.ends_with("ing"))
    }

    /// Is token `i` a verb (not a noun of the same spelling after a determiner)?
    pub fn verb_at(&self, i: usize, floor: usize) -> bool {
        let w = self.w(i);
        let capital_after_comma = w.is(flag::VERB)
            && i > floor
            && self.is(i - 1, ",")
            && self.cap(i)
            && !w.is(flag::NOUNISH);
        if !self.lower(i) && !capital_after_comma {
            return false;
        }
        // "the report", "Trump’s tweets": a noun after a determiner or a possessive.
        let nounish_before = i > floor && w.is(flag::NOUNISH) && {
            let p = self.w(i - 1);
            let prev = self.t(i - 1);
            let possessive = (prev.ends_with("’s") || prev.ends_with("'s"))
                && !self.pronoun_word(i - 1).is(flag::PRONOUN)
                && !matches!(
                    contraction_base(prev),
                    "that"
                        | "there"
                        | "what"
                        | "here"
                        | "let"
                        | "That"
                        | "There"
                        | "What"
                        | "Here"
                        | "Let"
                );
            p.is(flag::DET | flag::PREP) || possessive
        };
        // "a snappy retort", "the press release": a determiner and a word before.
        let noun_after_det = i > floor + 1
            && w.is(flag::NOUNISH)
            && self.w(i - 2).is(flag::DET)
            && self.lower(i - 1)
            && !self
                .w(i - 1)
                .is(flag::VERB | flag::OTHER_VERB | flag::AUX | flag::ADV);
        // Nothing is a verb right after an article or a possessive determiner.
        let article = i > floor && is_article(self.t(i - 1));
        // "the Oklahoma City bombing": an -ing word after a name that follows an article
        // ends that phrase (a reporting verb there still reports: "with the White House
        // saying").
        let after_named_modifier =
            i > floor && w.verb.is_none() && self.t(i).ends_with("ing") && self.cap(i - 1) && {
                let mut k = i - 1;
                while k > floor && i - k < 4 && self.cap(k - 1) {
                    k -= 1;
                }
                k > floor && is_article(self.t(k - 1))
            };
        if nounish_before || noun_after_det || article || after_named_modifier {
            return false;
        }
        // "AMF state secretary": a noun before a role is part of a compound.
        if w.is(flag::NOUNISH)
            && i + 1 < self.len()
            && self.lower(i + 1)
            && self.w(i + 1).is(flag::TITLE | flag::SPEAKER_NOUN)
        {
            return false;
        }
        if w.is(flag::NOUNISH) && !w.is(flag::AUX) {
            // "Trump tweets", "they hope", "he also notes"; not "press release", nor a
            // capitalised modifier after a determiner, adverbs between ("a heavily
            // Democratic state").
            let subject_before = i > floor && {
                let p = self.w(i - 1);
                let mut d = i - 1;
                while d > floor + 1 && self.lower(d - 1) && self.ly_adverb(d - 1) {
                    d -= 1;
                }
                (self.cap(i - 1)
                    && !p.is(flag::DET)
                    && !(d > floor
                        && (self.w(d - 1).is(flag::DET | flag::PREP)
                            && !self.w(d - 1).is(flag::PRONOUN)
                            || self.kind(d - 1) == TokenKind::Number)))
                    || p.is(flag::PRONOUN | flag::AUX | flag::ADV)
                    || self.ly_adverb(i - 1)
            };
            if !subject_before {
                return false;
            }
        }
        w.is(flag::VERB | flag::OTHER_VERB | flag::AUX)
            || self.verb_like_ending(i)
            || self.after_modal(i, floor)
    }

    /// Is token `i`, a word in lower case that is no function word, right after a modal or
    /// a negated "do" ("would indicate", "did not indicate", "won't ever say"): a verb
    /// whatever it is.
    fn after_modal(&self, i: usize, floor: usize) -> bool {
        const FUNCTION: u32 = flag::DET | flag::PREP | flag::CONJ | flag::PRONOUN | flag::ADV;
        if i <= floor || self.w(i).is(FUNCTION) || self.kind(i) != TokenKind::Word {
            return false;
        }
        let mut j = i - 1;
        let mut negated = false;
        while j > floor && (matches!(self.t(j), "not" | "never") || self.w(j).is(flag::ADV)) {
            negated |= matches!(self.t(j), "not" | "never");
            j -= 1;
        }
        let t = self.t(j);
        matches!(
            t,
            "will" | "would" | "can" | "could" | "may" | "might" | "shall" | "should" | "must"
        ) || negated && matches!(t, "do" | "does" | "did")
            || self.w(j).is(flag::AUX) && (t.ends_with("n't") || t.ends_with("n’t"))
    }

    /// The reporting verb at `i`, with its cue span (the particle included).
    pub fn reporting_verb(&self, i: usize, floor: usize) -> Option<(VerbClass, Span)> {
        let w = self.w(i);
        let class = w.verb?;
        if !self.verb_at(i, floor) {
            return None;
        }
        // "Those signing up will only be told …", "were asked": passive, the subject is
        // the one addressed.
        if addressee_verb(self.t(i)) || self.t(i) == "asked" {
            let mut b = i;
            while b > floor && self.skippable(b - 1) && !self.be_form(b - 1) {
                b -= 1;
            }
            if b > floor && self.be_form(b - 1) {
                return None;
            }
        }
        match w.particle {
            // "went on: “…”", "he went on", "went on to say", "went on about"; not "the
            // Senate goes on recess", "went on television", "went on to become".
            Some("on")
                if self.is(i + 1, "on")
                    && i + 2 < self.len()
                    && self.kind(i + 2) == TokenKind::Word
                    && !matches!(self.t(i + 2), "saying" | "about")
                    && !(self.is(i + 2, "to")
                        && i + 3 < self.len()
                        && self.w(i + 3).verb.is_some()) =>
            {
                None
            }
            Some(p) => self.is(i + 1, p).then(|| (class, self.span(i, i + 2))),
            None => Some((class, self.span(i, i + 1))),
        }
    }

    /// A form of "be", which makes a passive of the participle after it.
    /// Is the word at `v` a participle after a form of "be" (adverbs between, not before
    /// `floor`): "was called", "were broadly sought"; not "is calling"?
    fn after_be(&self, v: usize, floor: usize) -> bool {
        self.be_before(v, floor).is_some() && !self.t(v).ends_with("ing")
    }

    /// The form of "be" right before `v`, adverbs between, not before `floor`.
    fn be_before(&self, v: usize, floor: usize) -> Option<usize> {
        let mut j = v;
        while j > floor && self.skippable(j - 1) && !self.be_form(j - 1) {
            j -= 1;
        }
        (j > floor && self.be_form(j - 1)).then_some(j - 1)
    }

    fn be_form(&self, i: usize) -> bool {
        matches!(
            self.t(i),
            "be" | "been" | "being" | "is" | "are" | "was" | "were" | "am"
        )
    }

    /// A token that may stand between a source and its verb: an adverb or auxiliary.
    fn skippable(&self, i: usize) -> bool {
        let w = self.w(i);
        if self.cap(i) && !w.is(flag::ADV) {
            return false;
        }
        w.is(flag::ADV | flag::AUX)
            || self.adverb_outside_phrase(i)
            // "have long claimed" (not the name: "Long said")
            || self.lower(i) && self.t(i) == "long" && i > 0 && self.w(i - 1).is(flag::AUX)
    }

    /// Does token `i` look like an adverb by its ending ("-ly"), not being a noun of the
    /// lexicon ("family", "ally", "assembly")?
    fn ly_adverb(&self, i: usize) -> bool {
        let t = self.t(i);
        t.len() > 3 && t.ends_with("ly") && !self.w(i).is(flag::SPEAKER_NOUN)
    }

    /// Is token `i` a word that can sit inside a noun phrase?
    fn np_word(&self, i: usize) -> bool {
        match self.kind(i) {
            TokenKind::Word => {}
            TokenKind::Number | TokenKind::Handle => return true,
            TokenKind::Punct => return self.possessive_mark(i) || self.inner_slash(i),
            _ => return false,
        }
        let w = self.w(i);
        if self.cap(i) {
            // A capitalised function word is still one ("The", "But", "He"), unless it is a
            // name ("Will wrote").
            if w.is(flag::AUX) && !w.is(flag::CONJ | flag::LEAD | flag::PRONOUN) {
                return self.name_tok(i);
            }
            return !w.is(flag::CONJ | flag::LEAD | flag::AUX | flag::PRONOUN)
                || w.is(flag::TITLE | flag::ORG_WORD);
        }
        if w.is(flag::NOUNISH) && !w.is(flag::AUX | flag::PRONOUN | flag::DET | flag::PREP) {
            return true;
        }
        let function = flag::VERB
            | flag::OTHER_VERB
            | flag::AUX
            | flag::CONJ
            | flag::ADV
            | flag::PRONOUN
            | flag::PREP
            | flag::DET;
        // An adverb right after a determiner qualifies the noun that follows ("the first
        // minister", "the only witness").
        if w.is(flag::ADV)
            && !w.is(function & !flag::ADV)
            && i > 0
            && self.w(i - 1).is(flag::DET)
            && i + 1 < self.len()
            && self.kind(i + 1) == TokenKind::Word
        {
            return true;
        }
        !(w.is(function) || self.adverb_outside_phrase(i))
    }

    /// Is token `i` a word in -ly in lower case that is no part of a noun phrase? Not right
    /// after an article, where it belongs to the phrase: a noun ("The rally denounced") or
    /// the adverb of a modifier ("a strongly worded statement").
    fn adverb_outside_phrase(&self, i: usize) -> bool {
        self.lower(i) && self.ly_adverb(i) && !(i > 0 && is_article(self.t(i - 1)))
    }

    /// Is token `i` a small number word after a determiner, not before `floor` ("the two",
    /// "his three"): the two open one phrase.
    fn number_after_det(&self, i: usize, floor: usize) -> bool {
        i > floor && matches!(self.t(i), "two" | "three" | "four") && self.w(i - 1).is(flag::DET)
    }

    /// Is token `i`, read as a verb or an adverb, a noun that qualifies the role at `next`
    /// ("rally driver", "family spokesman")?
    fn qualifier(&self, i: usize, next: usize) -> bool {
        let w = self.w(i);
        let function = flag::AUX | flag::PREP | flag::DET | flag::CONJ | flag::PRONOUN | flag::ADV;
        self.lower(i)
            && (w.is(flag::OTHER_VERB) || self.t(i).ends_with("ly"))
            && !w.is(function | flag::VERB)
            && !self.verb_like_ending(i)
            && self.lower(next)
            && self.w(next).is(flag::TITLE)
    }

    /// A preposition that can join two parts of one noun phrase ("spokesman for the firm").
    pub fn np_prep(&self, i: usize) -> bool {
        matches!(
            self.t(i),
            "of" | "for" | "at" | "about" | "with" | "from" | "in" | "on"
        ) || self.close_to(i)
    }

    /// A preposition joining two parts of one noun phrase: one of [`Self::np_prep`], or
    /// "to" of "close to".
    fn prep_join(&self, i: usize) -> bool {
        self.np_prep(i) || i > 0 && self.is(i, "to") && self.close_to(i - 1)
    }

    /// "close" of "close to" or "familiar" of "familiar with" after a noun ("a source
    /// close to the Chancellor", "a person familiar with the talks"), which joins two
    /// parts of a phrase as a preposition does.
    fn close_to(&self, i: usize) -> bool {
        i > 0
            && match self.t(i) {
                "close" => self.is(i + 1, "to"),
                "familiar" => self.is(i + 1, "with"),
                _ => false,
            }
            && self.np_word(i - 1)
    }

    /// Is token `i` a name token: capitalised, not a function word, or an initial?
    fn name_tok(&self, i: usize) -> bool {
        if !self.cap(i) {
            return false;
        }
        let w = self.w(i);
        if w.is(flag::AUX) && !w.is(flag::DET | flag::CONJ | flag::PRONOUN) {
            // "which Will claims", "Will wrote": a name inside a sentence or before a verb.
            let inside = i > 0
                && !self.punct_in(i - 1, &[".", "!", "?", ":"])
                && !self.quote_mark(i - 1)
                && self
                    .doc
                    .sentence_at(self.doc.tokens[i].span.start)
                    .is_some_and(|s| self.doc.sentences[s].first < i);
            // (or the first name of a person the entities extractor found: "Will Davies")
            let start = self.doc.tokens[i].span.start;
            let person = self
                .people
                .binary_search_by(|s| s.start.cmp(&start))
                .is_ok();
            return inside
                || person
                || (i + 1 < self.len() && self.w(i + 1).is(flag::VERB) && self.lower(i + 1));
        }
        // ("All three will play": a quantifier, no name; "All Blacks" is one)
        if w.is(flag::QUANT) && !(i + 1 < self.len() && self.cap(i + 1)) {
            return false;
        }
        // ("Said Trump: “…”": a verb of saying opening the sentence before a name, not a
        // name; "Said argued" is Edward Said)
        if w.verb == Some(VerbClass::Speech)
            && inflected(self.t(i))
            && i + 1 < self.len()
            && self.cap(i + 1)
            && self.opens_sentence(i)
        {
            return false;
        }
        !w.is(flag::DET | flag::CONJ | flag::LEAD | flag::PRONOUN | flag::PREP | flag::AUX)
            || w.is(flag::TITLE)
    }

    /// A pronoun source at `i` (not a relative pronoun), also in a contraction ("It’s").
    fn pronoun(&self, i: usize) -> Option<Np> {
        let w = self.pronoun_word(i);
        if !w.is(flag::PRONOUN) || w.relative || self.impersonal(i) {
            return None;
        }
        Some(Np {
            noun_type: w.speaker,
            head_known: true,
            ..Np::new(i, i + 1, NpKind::Pronoun)
        })
    }

    /// Is token `i` the "it" of an impersonal passive of a reporting verb ("It is thought
    /// the overhaul could mean a “career average” salary", "it was widely reported")?
    pub fn impersonal(&self, i: usize) -> bool {
        if !matches!(self.t(i), "It" | "it") {
            return false;
        }
        let mut j = i + 1;
        while j < self.len() && self.skippable(j) && !self.be_form(j) {
            j += 1;
        }
        if j >= self.len() || !self.be_form(j) {
            return false;
        }
        j += 1;
        while j < self.len() && self.skippable(j) {
            j += 1;
        }
        j < self.len() && self.w(j).is(flag::IMPERSONAL)
    }

    /// The table entry of token `i` without a contraction ("It’s" -> "It").
    pub fn pronoun_word(&self, i: usize) -> Word {
        let t = self.t(i);
        let base = contraction_base(t);
        self.lx.get(base)
    }

    /// The noun phrase ending just before `end`, no further left than `floor`.
    pub fn np_left(&self, end: usize, floor: usize) -> Option<Np> {
        if end <= floor {
            return None;
        }
        if let Some(np) = self.pronoun(end - 1) {
            return Some(np);
        }
        let mut i = end;
        let mut joins = 0;
        while i > floor && end - i < MAX_NP {
            let k = i - 1;
            if self.is(k, ")") {
                // A party tag or short aside: "(D-N.C.)".
                let lo = k.saturating_sub(6).max(floor);
                match (lo..k).rev().find(|&j| self.is(j, "(")) {
                    Some(j) if j > floor && self.name_tok(j - 1) => {
                        i = j;
                        continue;
                    }
                    _ => break,
                }
            }
            if (self.possessive_mark(k) || self.name_comma(k)) && i < end {
                i = k;
                continue;
            }
            if !matches!(
                self.kind(k),
                TokenKind::Word | TokenKind::Number | TokenKind::Handle
            ) {
                if self.is(k, "&") && i < end && k > floor && self.cap(k - 1) {
                    i = k;
                    continue;
                }
                // A nickname in quotation marks inside a name: Marcia "Cia" Price.
                if i < end
                    && self.cap(i)
                    && let Some(open) = (k.saturating_sub(3)..k.saturating_sub(1))
                        .rev()
                        .find(|&o| o > floor && self.nickname_end(o, i + 1) == Some(i))
                    && self.cap(open - 1)
                {
                    i = open;
                    continue;
                }
                break;
            }
            let w = self.w(k);
            if w.is(flag::PREP) && !self.cap(k) {
                if joins < 2 && self.np_prep(k) && k > floor && self.np_word(k - 1) && i < end {
                    joins += 1;
                    i = k;
                    continue;
                }
                if joins < 2 && k > floor + 1 && self.close_to(k - 1) && i < end {
                    joins += 1;
                    i = k - 1;
                    continue;
                }
                break;
            }
            // A capitalised determiner inside a name ("CBS This Morning co-anchor Ana
            // Ruiz said") is part of it.
            if w.is(flag::DET)
                && self.cap(k)
                && k > floor
                && i < end
                && self.name_tok(k - 1)
                && self.name_tok(i)
                && !self.opens_sentence(k)
            {
                i = k;
                continue;
            }
            if w.is(flag::DET) {
                i = k;
                // ("the two write", "these three said")
                if self.number_after_det(k, floor) {
                    i = k - 1;
                }
                // A determiner opens the phrase, unless a joining preposition comes before.
                if joins < 2 && k > floor + 1 && self.prep_join(k - 1) && self.np_word(k - 2) {
                    joins += 1;
                    i = k - 1;
                    continue;
                }
                break;
            }
            if self.t(k) == "and" && i < end && k > floor {
                // "CEO and co-founder", "author and journalist": two roles joined;
                // "Security and Co-operation".
                let role = flag::TITLE | flag::SPEAKER_NOUN;
                let roles = self.w(k - 1).is(role) && self.w(i).is(role);
                let names = self.name_tok(k - 1) && self.name_tok(i);
                if roles || names {
                    i = k;
                    continue;
                }
                break;
            }
            if !(self.np_word(k) || i < end && self.qualifier(k, i)) {
                break;
            }
            // An honorific never part of a name ("Mr", "Mrs", "Ms") opens one: no name
            // before it is part of it ("In a speech to the Foreign Policy Centre Mr Straw
            // said"; but "Deputy Prime Minister Mr Prescott", "Labour's Mr Livingstone",
            // "Mr Magnier and Mr McManus", "a crestfallen Mr Lim" stay whole).
            if i < end
                && crate::entities::opens_name(self.t(k))
                && self.name_tok(i)
                && k > floor
                && self.name_tok(k - 1)
                && !self.w(k - 1).is(flag::TITLE | flag::SPEAKER_NOUN)
                && !self.ends_possessive(k - 1)
            {
                i = k;
                break;
            }
            if self.verb_like_ending(k)
                && !(k > floor && self.w(k - 1).is(flag::DET))
                && !(i < end
                    && (self.name_tok(i) || self.w(i).is(flag::TITLE | flag::SPEAKER_NOUN)))
            {
                break;
            }
            i = k;
        }
        // "Mr Blair, who last year denied …": a time is no source.
        if self.time_phrase(i, end) {
            return None;
        }
        self.analyse(i, end, Dir::Left)
    }

    /// Are the words `a..e` a time ("last year", "this week", "the past month")?
    fn time_phrase(&self, a: usize, e: usize) -> bool {
        const UNITS: &[&str] = &[
            "year", "years", "week", "weeks", "month", "months", "weekend", "decade",
        ];
        const BEFORE: &[&str] = &["last", "this", "next", "that", "the", "past", "previous"];
        e >= a + 2
            && UNITS.iter().any(|u| self.t(e - 1).eq_ignore_ascii_case(u))
            && (a..e - 1).all(|j| BEFORE.iter().any(|w| self.t(j).eq_ignore_ascii_case(w)))
    }

    /// The noun phrase starting at `start`, no further right than `ceil`.
    pub fn np_right(&self, start: usize, ceil: usize) -> Option<Np> {
        if start >= ceil {
            return None;
        }
        if let Some(np) = self.pronoun(start) {
            return Some(np);
        }
        // "…,” read one. “…,” tweeted another.
        if matches!(
            self.t(start),
            "one" | "another" | "others" | "some" | "many" | "both"
        ) && (start + 1 >= ceil || self.kind(start + 1) != TokenKind::Word)
        {
            return Some(Np {
                first: start,
                last: start + 1,
                core: (start, start + 1),
                kind: NpKind::Common,
                desc: None,
                noun_type: Some(if self.t(start) == "one" || self.t(start) == "another" {
                    SpeakerType::Unknown
                } else {
                    SpeakerType::Group
                }),
                head_known: false,
                rel: None,
            });
        }
        let mut i = start;
        let mut joins = 0;
        let mut seen_name = false;
        // Inside a prepositional phrase that a role after a name took.
        let mut role_pp = false;
        while i < ceil && i - start < MAX_NP {
            if self.is(i, "(") && i > start && self.name_tok(i - 1) {
                let hi = (i + 7).min(ceil);
                match (i + 1..hi).find(|&j| self.is(j, ")")) {
                    Some(j) => {
                        i = j + 1;
                        continue;
                    }
                    None => break,
                }
            }
            if self.possessive_mark(i) && i > start {
                seen_name = false;
                i += 1;
                continue;
            }
            if (self.inner_slash(i) || self.name_comma(i)) && i > start {
                i += 1;
                continue;
            }
            if !matches!(
                self.kind(i),
                TokenKind::Word | TokenKind::Number | TokenKind::Handle
            ) {
                if self.is(i, "&") && seen_name && i + 1 < ceil && self.cap(i + 1) {
                    i += 1;
                    continue;
                }
                // A nickname in quotation marks inside a name: Marcia "Cia" Price.
                if seen_name && let Some(after) = self.nickname_end(i, ceil) {
                    i = after;
                    continue;
                }
                break;
            }
            let w = self.w(i);
            if w.is(flag::DET) && !self.cap(i) || (w.is(flag::DET) && i == start) {
                // ("the two men", "his three sons")
                let number = i == start + 1 && self.number_after_det(i, start);
                if i == start || number || (i > start && self.prep_join(i - 1)) {
                    i += 1;
                    continue;
                }
                break;
            }
            if w.is(flag::PREP) && !self.cap(i) {
                let next_ok = i + 1 < ceil
                    && (self.w(i + 1).is(flag::DET) || self.np_word(i + 1))
                    && !self.w(i + 1).is(flag::TIME);
                // After a name, only "of"/"for"/"at" + a capitalised name joins; after a
                // role that follows a name, its "of" ("Real Madrid director of sport
                // Emilio Butragueno").
                let after_role = seen_name
                    && self.t(i) == "of"
                    && self.lower(i - 1)
                    && self.w(i - 1).is(flag::TITLE);
                let after_name_ok = !seen_name
                    || after_role
                    || (matches!(self.t(i), "of" | "for" | "at")
                        && (i + 1 < ceil && self.cap(i + 1)
                            || i + 2 < ceil && self.w(i + 1).is(flag::DET) && self.cap(i + 2)));
                if joins < 2 && self.prep_join(i) && i > start && next_ok && after_name_ok {
                    role_pp |= after_role;
                    joins += 1;
                    i += 1;
                    continue;
                }
                break;
            }
            if self.t(i) == "and" {
                // (inside an organisation's name: "Bear, Stearns and Co")
                if i > start && self.inside_org_name(i) {
                    i += 1;
                    continue;
                }
                let roles = i > start
                    && self.w(i - 1).is(flag::TITLE)
                    && i + 1 < ceil
                    && self.w(i + 1).is(flag::TITLE);
                // "media and PR strategist Glen Yearwood": a role and a name follow.
                let role_then_name = i > start
                    && !seen_name
                    && (i + 1..(i + 4).min(ceil)).any(|j| {
                        self.w(j).is(flag::TITLE | flag::SPEAKER_NOUN)
                            && j + 1 < ceil
                            && self.name_tok(j + 1)
                    });
                if roles || role_then_name {
                    i += 1;
                    continue;
                }
                break;
            }
            let qualifier = !seen_name && i + 1 < ceil && self.qualifier(i, i + 1);
            if !self.np_word(i) && !qualifier {
                break;
            }
            // "retired neurosurgeon Ben Carson": a participle before a noun and a name.
            let adjective = i + 1 < ceil
                && (self.name_tok(i + 1)
                    || self.w(i + 1).is(flag::TITLE | flag::SPEAKER_NOUN)
                    || i + 2 < ceil
                        && self.lower(i + 1)
                        && self.np_word(i + 1)
                        && !self.verb_like_ending(i + 1)
                        && self.name_tok(i + 2));
            // (a noun in -ing ending a prepositional phrase, "director of commercial
            // planning,", is no verb)
            let pp_noun = joins > 0
                && i > start
                && self.lower(i - 1)
                && self.np_word(i - 1)
                && !self.verb_like_ending(i - 1)
                && (i + 1 >= ceil || self.punct_in(i + 1, &[",", "."]));
            let noun = i > start && self.w(i - 1).is(flag::DET) || adjective || pp_noun;
            if self.verb_like_ending(i) && !noun {
                break;
            }
            // After a name, a lower-case word ends the phrase (unless it is a role, or
            // one of the first words of one, up to four words long: "White House press
            // secretary Josh Earnest", "the BBC's home affairs correspondent", "Tory
            // shadow local government secretary Caroline Spelman").
            let role_ahead = || {
                (i + 1..(i + 4).min(ceil))
                    .take_while(|&j| self.lower(j) && self.np_word(j))
                    .any(|j| self.w(j).is(flag::TITLE))
            };
            if seen_name
                && !role_pp
                && self.lower(i)
                && !w.is(flag::TITLE | flag::SPEAKER_NOUN)
                && !role_ahead()
            {
                break;
            }
            // A capitalised word opening a sentence before lower-case nouns is an adjective
            // or a modifier ("Wealthy nations", "Trump supporters"), not a name.
            let modifier = i == start
                && i + 2 < ceil
                && self.lower(i + 1)
                && self.np_word(i + 1)
                && !self.w(i + 1).is(flag::TITLE)
                && (self.verb_at(i + 2, start) && !self.w(i + 1).is(flag::NOUNISH)
                    || self.w(i + 2).is(flag::AUX))
                && self
                    .doc
                    .sentence_at(self.doc.tokens[i].span.start)
                    .is_some_and(|s| self.doc.sentences[s].first == i);
            if self.name_tok(i) && !modifier {
                seen_name = true;
                role_pp = false;
            }
            i += 1;
        }
        // Trailing prepositions and determiners are not part of it.
        while i > start && (self.w(i - 1).is(flag::PREP | flag::DET) && !self.cap(i - 1)) {
            i -= 1;
        }
        self.analyse(start, i, Dir::Right)
    }

    /// Finds the core of the tokens `a..b` (a candidate phrase) and checks it names a source.
    /// The person's name before "from", "at", "of" or "with" (and "the") right before
    /// the name ending at token `k`, within `a..k`: two name tokens or more, none a word
    /// of organisations' names, not ending with a title ("Nigel McCune" of "Nigel McCune
    /// from the Musicians' Union"; not "Bank" of "Bank of the West").
    fn name_before_affiliation(&self, a: usize, k: usize) -> Option<(usize, usize)> {
        // (back over an owner's name: "the Musicians' Union")
        let mut j = k;
        while j > a && (self.name_tok(j - 1) || self.possessive_mark(j - 1)) {
            j -= 1;
        }
        let k = j;
        if j > a && self.t(j - 1).eq_ignore_ascii_case("the") {
            j -= 1;
        }
        // ("of" straight before a name joins the two: "Ronald Glantz of Montgomery
        // Securities" is read as a whole)
        if j <= a + 2 || j == k && self.t(j - 1) == "of" {
            return None;
        }
        if !matches!(self.t(j - 1), "from" | "at" | "of" | "with") {
            return None;
        }
        let e = j - 1;
        let mut s = e;
        while s > a && self.name_tok(s - 1) {
            s -= 1;
        }
        while s < e && self.w(s).is(flag::TIME | flag::LEAD | flag::TITLE) {
            s += 1;
        }
        // (not a title, "U.K. Chancellor of the Exchequer", nor the end of a longer name,
        // "Science and Technology Directorate of the Department")
        let fragment = s > a && matches!(self.t(s - 1), "and" | "&" | "of" | "for");
        (e - s >= 2
            && !fragment
            && !self.w(e - 1).is(flag::TITLE)
            && (s..e).all(|x| !self.w(x).is(flag::ORG_WORD)))
        .then_some((s, e))
    }

    fn analyse(&self, mut a: usize, b: usize, dir: Dir) -> Option<Np> {
        // Leading connectives, time words and prepositions are not part of the phrase.
        while a < b {
            let w = self.w(a);
            if w.is(flag::LEAD | flag::TIME) && !w.is(flag::DET)
                || (w.is(flag::PREP) && !w.is(flag::DET))
            {
                a += 1;
            } else {
                break;
            }
        }
        if a >= b {
            return None;
        }
        if b - a == 1
            && let Some(np) = self.pronoun(a)
        {
            return Some(np);
        }
        // The name: the last run of name tokens before the end (or before a party tag or a
        // joined phrase, reading rightwards).
        let mut end = b;
        if self.is(end - 1, ")")
            && let Some(j) = (a..end).rev().find(|&j| self.is(j, "("))
        {
            end = j;
        }
        // A possessive in the phrase: the name is what it owns ("Bank of Tokyo's Kimura").
        let possessive = (a..end.saturating_sub(1)).any(|j| self.possessive(j));
        // (an organisation's name goes on across "of" to the possessive: "Bank of Tokyo's")
        let org_owner = possessive && (a..end).any(|j| self.w(j).is(flag::ORG_WORD));
        if dir == Dir::Right && !org_owner {
            // "White House press secretary Josh Earnest at the briefing": stop at a joining
            // preposition after a name.
            // (not inside an organisation's name: "the Bank of England cut rates")
            let org_name = |j: usize| {
                matches!(self.t(j), "of" | "for")
                    && j + 1 < end
                    && self.cap(j + 1)
                    && self.w(j - 1).is(flag::ORG_WORD)
            };
            if let Some(j) =
                (a + 1..end).find(|&j| self.np_prep(j) && self.name_tok(j - 1) && !org_name(j))
            {
                end = j;
            }
        }
        let mut k = end;
        let mut owner = None;
        while k > a {
            // Not back over a possessive: "Bank of Tokyo's Kimura" is Kimura, of the bank.
            // (but "Palantir's CEO", "the Trade Representative's Office" are one phrase)
            if k < end
                && self.ends_possessive(k - 1)
                && (k..end).any(|j| !self.w(j).is(flag::TITLE | flag::ORG_WORD))
            {
                owner = Some(self.span(a, k));
                break;
            }
            if self.name_tok(k - 1) || self.is_particle(k - 1, a) || self.name_comma(k - 1) {
                k -= 1;
            } else if let Some(j) = self.aside_in_name(k - 1, a) {
                // "Citicorp Investment Bank (Switzerland) AG"
                k = j;
            } else {
                break;
            }
        }
        // One name across "of", "for", "and" ("Organization for Security and
        // Co-operation in Europe", "Bank of England"), and "in"/"on" after an
        // organisation word ("Convention on Climate Change").
        let extend = |mut k: usize, wide: bool| {
            while k > a + 1 && self.name_tok(k - 2) && k < end {
                let c = self.t(k - 1);
                let joins = matches!(c, "of" | "for" | "and" | "&")
                    || wide && matches!(c, "in" | "on")
                    || self.name_comma(k - 1);
                if !joins {
                    break;
                }
                let mut left = k - 2;
                while left > a && (self.name_tok(left - 1) || self.name_comma(left - 1)) {
                    left -= 1;
                }
                k = left;
            }
            k
        };
        let widest = extend(k, true);
        k = if (widest..end).any(|j| self.w(j).is(flag::ORG_WORD)) {
            widest
        } else {
            extend(k, false)
        };
        // Leading time words inside the run ("Monday Clinton").
        while k < end && self.w(k).is(flag::TIME | flag::LEAD) {
            k += 1;
        }
        // "Nigel McCune from the Musicians' Union said": a person's name, then where they
        // are from; the person is the source (the organisation, inside the phrase, their
        // affiliation).
        if dir == Dir::Left
            && let Some(person) = self.name_before_affiliation(a, k)
        {
            let desc = self.description_before(a, person.0).or(owner);
            return Some(Np {
                first: a,
                last: b,
                core: person,
                kind: NpKind::Name,
                desc,
                noun_type: None,
                head_known: false,
                rel: None,
            });
        }
        // "critics in the US", "campaigners across Europe": people where a place is; the
        // people are the phrase's head, not the place (unlike "a spokesman for Palantir").
        let locative = k > a + 1 && k < end && {
            let p = if self.w(k - 1).is(flag::DET) {
                k - 2
            } else {
                k - 1
            };
            p > a
                && matches!(self.t(p), "in" | "across" | "around" | "throughout")
                && self.lower(p - 1)
                && self.w(p - 1).is(flag::SPEAKER_NOUN)
                && self.w(p - 1).speaker == Some(SpeakerType::Group)
        };
        // "the chairman of Barclays", "a lawyer for John Smith", "supporters of Donald
        // Trump": a person or group by their role of a name; they speak, the name is whom
        // they belong to (but one who speaks for a body lets it speak: "a spokesman for
        // the Home Office").
        let role_of = k > a + 1
            && k < end
            && {
                // (past an honorific: "the wife of Mr Brown")
                let mut k = k;
                while k > a + 2 && crate::entities::opens_name(self.t(k - 1)) {
                    k -= 1;
                }
                let p = if self.w(k - 1).is(flag::DET) {
                    k - 2
                } else {
                    k - 1
                };
                p > a && matches!(self.t(p), "of" | "for" | "at") && self.role_noun(a, p - 1)
                    || p > a + 1
                        && self.is(p, "to")
                        && self.close_to(p - 1)
                        && self.role_noun(a, p - 2)
            }
            && !self.person_after_name(k, end);
        if k < end && self.name_tok(k) && !locative && !role_of {
            // A run that is all titles ("President") is no name.
            let all_titles = end - k == 1 && self.w(k).is(flag::TITLE);
            if !all_titles {
                let desc = self.description_before(a, k).or(owner);
                return Some(Np {
                    first: a,
                    last: b,
                    core: (k, end),
                    kind: NpKind::Name,
                    desc,
                    noun_type: None,
                    head_known: false,
                    rel: None,
                });
            }
        }
        // A common noun phrase: its head is the last noun before a joining preposition.
        // (Any word there, capitalised too: "Votes" of "The Votes at 16 alliance" types
        // the phrase as a group. `head_of`, which the role rules read, takes only a word in
        // lower case; reading the head so here too moved 37 records on BBC, Reuters and
        // polnear, about half of them wrongly.)
        let mut head_end = b;
        if let Some(j) = (a + 1..b).find(|&j| self.np_prep(j)) {
            head_end = j;
        }
        let head = head_end - 1;
        let mut noun_type = None;
        if head > a {
            noun_type = self.lx.compound(self.t(head - 1), self.t(head));
        }
        let mut head_known = noun_type.is_some();
        if noun_type.is_none() {
            let w = self.w(head);
            head_known = w.is(flag::SPEAKER_NOUN | flag::TITLE);
            if w.is(flag::SPEAKER_NOUN) {
                noun_type = w.speaker;
            } else if w.is(flag::TITLE) {
                noun_type = Some(SpeakerType::Person);
            } else if self.lower(head) || self.cap(head) {
                let t = self.t(head);
                let plural = t.len() > 3 && t.ends_with('s') && !t.ends_with("ss");
                if plural && !w.is(flag::VERB | flag::OTHER_VERB) {
                    noun_type = Some(SpeakerType::Group);
                }
            }
        }
        if !matches!(self.kind(head), TokenKind::Word) || self.w(head).is(flag::TIME) {
            return None;
        }
        // Keep only the phrase from its determiner on ("an interview the spokesman": no).
        let start = (a..head)
            .rev()
            .find(|&j| self.w(j).is(flag::DET) && !(j > a && self.np_prep(j - 1)))
            .unwrap_or(a);
        // (and the determiner of a number: "the two men")
        let start = if self.number_after_det(start, a) {
            start - 1
        } else {
            start
        };
        Some(Np {
            noun_type,
            head_known,
            ..Np::new(start, b, NpKind::Common)
        })
    }

    /// Is token `h` (within a phrase from `a`) a lower-case noun for a person or group by
    /// their role ("chairman", "chief executive", "supporters"), not one who speaks for
    /// another ("spokesman")?
    pub fn role_noun(&self, a: usize, h: usize) -> bool {
        let w = self.w(h);
        if !self.lower(h) || w.is(flag::SPEAKS_FOR) {
            return false;
        }
        let people =
            |k: Option<SpeakerType>| matches!(k, Some(SpeakerType::Person | SpeakerType::Group));
        (h > a && people(self.lx.compound(self.t(h - 1), self.t(h))))
            || w.is(flag::SPEAKER_NOUN) && people(w.speaker)
            || w.is(flag::TITLE)
    }

    /// The head of the common noun phrase `a..b`: its last word before a joining
    /// preposition, in lower case ("chairman" of "chairman of the Commons committee", not
    /// "Votes" of "the Votes at 16 alliance"), else its last word.
    pub fn head_of(&self, a: usize, b: usize) -> usize {
        (a + 1..b)
            .find(|&j| self.np_prep(j))
            .filter(|&j| self.lower(j - 1))
            .unwrap_or(b)
            - 1
    }

    /// Does the run of name tokens `k..end` end with a person's name after another name
    /// ("Commons Oliver Heald" of "leader of the Commons Oliver Heald", "State Clinton"
    /// of "secretary of State Clinton"): a person found there, or a given name and
    /// surname?
    fn person_after_name(&self, k: usize, end: usize) -> bool {
        if end < k + 2 {
            return false;
        }
        let toks = &self.doc.tokens;
        let (from, to) = (toks[k + 1].span.start, toks[end - 1].span.end);
        let p = self.people.partition_point(|s| s.start < from);
        // (not after an honorific or title: "Mr Brown" is one name)
        let titled = |s: &Span| {
            let j = self.doc.token_from(s.start);
            j > 0 && (crate::entities::opens_name(self.t(j - 1)) || self.w(j - 1).is(flag::TITLE))
        };
        self.people[p..]
            .iter()
            .take_while(|s| s.start < to)
            .any(|s| s.end == to && !titled(s))
            || (k + 1..end - 1)
                .any(|j| crate::entities::given_name(self.t(j)).is_some() && self.name_tok(j + 1))
    }

    /// A bracketed name inside a name, closed at `close`: "(Switzerland)" in "Citicorp
    /// Investment Bank (Switzerland) AG". Returns where it opens.
    fn aside_in_name(&self, close: usize, floor: usize) -> Option<usize> {
        if !self.is(close, ")") || close + 1 >= self.len() || !self.name_tok(close + 1) {
            return None;
        }
        let open = (close.saturating_sub(4).max(floor)..close)
            .rev()
            .find(|&j| self.is(j, "("))?;
        let inside = (open + 1..close).all(|j| self.name_tok(j));
        (inside && open > floor && open + 1 < close && self.name_tok(open - 1)).then_some(open)
    }

    /// A lower-case particle inside a name ("Ludwig van Beethoven", "Omar al-Bashir").
    fn is_particle(&self, i: usize, floor: usize) -> bool {
        i > floor
            && matches!(
                self.t(i),
                "de" | "van" | "von" | "der" | "bin" | "al" | "da" | "del" | "la" | "le"
            )
            && self.name_tok(i - 1)
    }

    /// The role written before a name ("Palantir CEO and co-founder"), if any.
    fn description_before(&self, a: usize, k: usize) -> Option<Span> {
        let mut d = k;
        let mut role = false;
        while d > a {
            let j = d - 1;
            let w = self.w(j);
            let ok = self.name_tok(j)
                || w.is(flag::TITLE | flag::SPEAKER_NOUN | flag::ORG_DESC)
                || (self.t(j) == "and" && role)
                || (self.lower(j) && self.np_word(j) && role);
            if !ok {
                break;
            }
            if w.is(flag::TITLE | flag::SPEAKER_NOUN | flag::ORG_DESC) {
                role = true;
            }
            d = j;
        }
        // The description must end with a role right before the name.
        if d < k
            && role
            && self
                .w(k - 1)
                .is(flag::TITLE | flag::SPEAKER_NOUN | flag::ORG_DESC)
        {
            Some(self.span(d, k))
        } else {
            None
        }
    }

    /// An appositive after a name: ", a member of …" up to the next comma, full stop or
    /// quotation mark. Returns the span and the token after it.
    fn appositive(&self, comma: usize, ceil: usize) -> Option<(Span, usize)> {
        if !self.is(comma, ",") || comma + 1 >= ceil {
            return None;
        }
        let s = comma + 1;
        let w = self.w(s);
        let starts_ok = w.is(flag::DET | flag::TITLE | flag::SPEAKER_NOUN)
            || matches!(self.t(s), "who" | "whose")
            || (self.lower(s) && self.np_word(s));
        if !starts_ok {
            return None;
        }
        let mut e = s;
        while e < ceil && e - s < 40 {
            if self.punct_in(e, &[",", ".", ";", ":", "!", "?", "—", "–"]) || self.quote_mark(e)
            {
                break;
            }
            e += 1;
        }
        if e == s {
            return None;
        }
        Some((self.span(s, e), e))
    }
}

/// A conjunction that opens an adverbial clause ("when", "because", "although").
fn subordinating(t: &str) -> bool {
    matches!(
        t,
        "while"
            | "although"
            | "though"
            | "because"
            | "after"
            | "before"
            | "when"
            | "since"
            | "until"
            | "unless"
            | "whereas"
    )
}

/// Verbs whose object is the person addressed ("told CBS News"), never the speaker.
/// Can phrase `np` after "by" (`by`) or "in" be the agent of a passive verb of saying: a
/// name, or a source noun ("by his friend", "in a press release"; after "in", only a
/// document)?
fn agent_np(np: &Np, by: bool) -> bool {
    match np.kind {
        NpKind::Common => {
            matches!(
                np.noun_type,
                Some(
                    SpeakerType::Document
                        | SpeakerType::Person
                        | SpeakerType::Group
                        | SpeakerType::Organization
                )
            ) && (by || np.noun_type == Some(SpeakerType::Document))
        }
        _ => by,
    }
}

/// Is a verb written in the past or the third person ("Said", "Stated", "Adds"), not its
/// base form, which also starts names ("Ask Jeeves", "State Rep. Rio Tilton")?
pub(crate) fn inflected(t: &str) -> bool {
    t.ends_with("ed") || t.ends_with('s') || matches!(t, "Said" | "Told" | "Wrote" | "Spoke")
}

pub(crate) fn addressee_verb(t: &str) -> bool {
    matches!(
        t,
        "told"
            | "tells"
            | "telling"
            | "assured"
            | "assures"
            | "assuring"
            | "reminded"
            | "reminds"
            | "reminding"
            | "informed"
            | "informing"
            | "emailed"
            | "texted"
    )
}

/// A day named without a date ("Thursday", "yesterday"): an adjunct, never a source.
fn day_word(t: &str) -> bool {
    matches!(
        t,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "today"
            | "yesterday"
            | "tonight"
    )
}

/// An article or possessive determiner: nothing right after one is a verb.
fn is_article(t: &str) -> bool {
    matches!(
        t,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "The"
            | "A"
            | "An"
    )
}

/// A word without a contracted ending ("It’s" -> "It", "they’re" -> "they").
pub(crate) fn contraction_base(t: &str) -> &str {
    for suffix in [
        "’s", "'s", "’re", "'re", "’m", "'m", "’ve", "'ve", "’d", "'d", "’ll", "'ll",
    ] {
        if let Some(b) = t.strip_suffix(suffix)
            && !b.is_empty()
        {
            return b;
        }
    }
    t
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Left,
    Right,
}

/// Finds sources for quotations.
pub(crate) struct Attributor<'a, 't> {
    /// Token helpers.
    pub tk: Toks<'a, 't>,
    /// [`Attributor::clause_subject`] of the ranges asked so far (pronouns look back over
    /// the same sentences).
    /// (a map: a long text asks about thousands of ranges)
    subjects: RefCell<rustc_hash::FxHashMap<(usize, usize), Option<Found>>>,
}

impl<'a, 't> Attributor<'a, 't> {
    /// An attributor over `doc`.
    pub fn new(
        doc: &'a Document<'t>,
        marks: Vec<usize>,
        people: impl IntoIterator<Item = Span>,
        organizations: impl IntoIterator<Item = Span>,
    ) -> Self {
        Attributor {
            tk: Toks::with_marks(doc, marks, people, organizations),
            subjects: RefCell::default(),
        }
    }

    /// The source of the quotation in `f`, from its own clause and neighbours.
    pub fn find(&self, f: &Frame) -> Option<Found> {
        if let Some(found) = self.label(f) {
            return Some(found);
        }
        if let Some(found) = self.after(f) {
            return Some(found);
        }
        self.before(f)
            .or_else(|| self.sentence_final(f))
            .or_else(|| self.opening_participle(f))
    }

    /// "Bemoaning the “phony system,” Trump accused …", "After saying her foot was “so
    /// swollen …,” she was …": a quotation in a participle phrase that opens the sentence
    /// belongs to the subject of the clause after it.
    fn opening_participle(&self, f: &Frame) -> Option<Found> {
        let tk = &self.tk;
        if !f.closed || f.after >= f.post_ceil {
            return None;
        }
        let si = tk.doc.sentence_at(tk.doc.tokens[f.open_tok].span.start)?;
        let mut a = tk.doc.sentences[si].first;
        // "After saying", "While insisting", "By calling": a preposition or conjunction
        // before the participle.
        if tk.w(a).is(flag::PREP | flag::CONJ) && !tk.w(a).is(flag::DET) {
            a += 1;
        }
        // A reporting verb: not "Walking into the office to chants of “Marco!”".
        let participle = a < f.open_tok && tk.t(a).ends_with("ing") && tk.w(a).verb.is_some();
        // The phrase runs on to the quotation, which ends it with a comma.
        if !participle || (a..f.open_tok).any(|j| tk.is(j, ",") || tk.quote_mark(j)) {
            return None;
        }
        let mut i = f.after;
        let comma_inside = f.content_last > f.content_first && tk.is(f.content_last - 1, ",");
        if tk.is(i, ",") {
            i += 1;
        } else if !comma_inside {
            return None;
        }
        let np = tk.np_right(i, f.post_ceil)?;
        let v = np.last;
        let finite = v < f.post_ceil
            && (tk.w(v).is(flag::VERB | flag::OTHER_VERB | flag::AUX) || tk.verb_like_ending(v))
            && !tk.t(v).ends_with("ing");
        (finite && (np.kind != NpKind::Common || np.head_known)).then(|| Found {
            np,
            cue: Some(tk.span(a, a + 1)),
            how: How::Clause,
        })
    }

    /// "A cashier who “steals a handful of $20s” is held accountable, Warren said.": a
    /// sentence ending in an attribution after a comma reports all of itself, the
    /// quotation inside it included.
    fn sentence_final(&self, f: &Frame) -> Option<Found> {
        let tk = &self.tk;
        if !f.closed {
            return None;
        }
        let ceil = f.post_ceil;
        // The end of the sentence, with no other quotation before it.
        let end = (f.after..ceil).find(|&j| tk.quote_mark(j) || tk.punct_in(j, &[".", "!", "?"]));
        let end = match end {
            Some(j) if tk.quote_mark(j) => return None,
            Some(j) => j,
            None => ceil,
        };
        self.final_attribution(f.after, end)
    }

    /// The attribution that finishes the sentence `from..end` (its closing punctuation
    /// left out): who the sentence reports ("The Reagan administration wants …, Deputy
    /// Secretary of State John Whitehead said.").
    pub fn reported_in(&self, from: usize, end: usize) -> Option<Found> {
        self.final_attribution(from, self.unpunctuated_end(from, end))
    }

    /// The end of the sentence `from..end` without its closing punctuation.
    fn unpunctuated_end(&self, from: usize, end: usize) -> usize {
        (from..end)
            .rev()
            .find(|&j| !self.tk.punct_in(j, &[".", "!", "?"]))
            .map_or(end, |j| j + 1)
    }

    /// The named source a sentence `from..end` ends by ("…, according to the Economist
    /// Intelligence Unit's Mr Hensel."), which [`Self::reported_in`] leaves out: one a
    /// "he" or "she" after it may stand for.
    pub fn according_to_in(&self, from: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        let stop = self.unpunctuated_end(from, end);
        let comma = (from..stop).rev().find(|&j| tk.is(j, ","))?;
        if comma + 3 >= stop
            || !tk.t(comma + 1).eq_ignore_ascii_case("according")
            || !tk.is(comma + 2, "to")
        {
            return None;
        }
        let found = self.attribution_at(comma + 1, stop, false)?;
        (found.np.kind == NpKind::Name).then_some(found)
    }

    /// The attribution that finishes the stretch `from..end` of a sentence after its last
    /// comma ("…, Warren said on Friday.", "…, Deputy Secretary of State John Whitehead
    /// said."); not "according to" a document.
    pub fn final_attribution(&self, from: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        let comma = (from..end).rev().find(|&j| tk.is(j, ","))?;
        if comma + 1 >= end {
            return None;
        }
        let found = self.attribution_at(comma + 1, end, false)?;
        // A verb of saying that finishes the sentence, but for a time or place after it
        // ("…, Warren said on Friday."); not "according to" a document ("the word
        // “birther” was mentioned 80 times, according to a review of transcripts").
        let cue = found.cue?;
        if tk
            .t(tk.doc.token_from(cue.start))
            .eq_ignore_ascii_case("according")
        {
            return None;
        }
        let last = tk.doc.token_from(cue.end).max(found.np.last);
        let verbless = (last..end)
            .all(|j| !tk.w(j).is(flag::VERB | flag::OTHER_VERB | flag::AUX) && !tk.quote_mark(j));
        (found.np.kind != NpKind::Common || found.np.head_known)
            .then_some(found)
            .filter(|_| verbless)
    }

    /// A speaker label at the start of the quoted words: "PENCE: Well, …".
    pub fn label(&self, f: &Frame) -> Option<Found> {
        let tk = &self.tk;
        // A label opens a transcript line, not words quoted inside a sentence ("the
        // protesters chanted “Chris Christie: Bad for New Jersey”").
        if f.open_tok > f.pre_floor && tk.kind(f.open_tok - 1) == TokenKind::Word {
            return None;
        }
        let a = f.content_first;
        let hi = (a + 5).min(f.content_last);
        let colon = (a + 1..hi).find(|&j| tk.is(j, ":"))?;
        if !(a..colon).all(|j| tk.name_tok(j)) {
            return None;
        }
        let all_caps = (a..colon).all(|j| {
            let t = tk.t(j);
            t.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        });
        if !(all_caps || colon - a >= 2) {
            return None;
        }
        // Headings are not speakers.
        if colon - a == 1 && tk.w(a).flags != 0 {
            return None;
        }
        Some(Found {
            np: Np {
                noun_type: Some(SpeakerType::Person),
                ..Np::new(a, colon, NpKind::Name)
            },
            cue: None,
            how: How::Direct,
        })
    }

    /// The source named by a transcript label (`label`: "PENCE").
    pub fn label_source(&self, label: Span) -> Found {
        let r = self.tk.doc.tokens_in(label);
        let (a, b) = (r.start, r.end.max(r.start + 1).min(self.tk.len()));
        Found {
            np: Np {
                noun_type: Some(SpeakerType::Person),
                ..Np::new(a, b, NpKind::Name)
            },
            cue: None,
            how: How::Direct,
        }
    }

    /// After the closing mark.
    fn after(&self, f: &Frame) -> Option<Found> {
        let tk = &self.tk;
        if !f.closed {
            return None;
        }
        // A quoted word inside a noun phrase, after its article and before its noun ("its
        // “over-hyped” business promise"): the common noun right after it is the rest of
        // that phrase, not a speaker (a pronoun or a name still is: 'an “instant decision”
        // she said').
        let inside_np = f.open_tok > 0
            && is_article(tk.t(f.open_tok - 1))
            && f.content_last > f.content_first
            && tk.kind(f.content_last - 1) == TokenKind::Word
            && f.after < f.post_ceil
            && tk.lower(f.after);
        let mut i = f.after;
        let ceil = f.post_ceil;
        let mut dash = false;
        while i < ceil && (tk.punct_in(i, &[",", "—", "–", "―", "-", "--"]) || tk.quote_mark(i))
        {
            dash |= !tk.is(i, ",") && !tk.quote_mark(i);
            i += 1;
        }
        if i >= ceil {
            return None;
        }
        let found = self.attribution_at(i, ceil, dash).filter(|found| {
            !(inside_np && found.np.first == f.after && found.np.kind == NpKind::Common)
        });
        if let Some(inner) = found {
            return Some(self.according_to_after(inner, ceil).unwrap_or(inner));
        }
        if let Some(found) = self.fragment_before_subject(f, i, ceil) {
            return Some(found);
        }
        if self.after_mark_quote(f, &["?", "!"]) {
            // “Never!” the crowd roared.
            return self.bare_verb_sentence(i, ceil);
        }
        if !self.after_mark_quote(f, &[","]) {
            return None;
        }
        self.comma_attribution(i, ceil)
    }

    /// "But, “barring new troubles,” BankAmerica said it expects a profit": words in lower
    /// case ending in a comma, then a name and its reporting verb with what it said: the
    /// quoted words are part of it.
    fn fragment_before_subject(&self, f: &Frame, i: usize, ceil: usize) -> Option<Found> {
        let tk = &self.tk;
        let comma = f.content_last > f.content_first && tk.is(f.content_last - 1, ",")
            || tk.is(f.after, ",");
        if !comma || f.content_first >= f.content_last || !tk.lower(f.content_first) {
            return None;
        }
        let np = tk
            .np_right(i, ceil)
            .filter(|np| np.first == i && matches!(np.kind, NpKind::Name | NpKind::Pronoun))?;
        let mut v = np.last;
        while v < ceil && tk.skippable(v) {
            v += 1;
        }
        if v >= ceil {
            return None;
        }
        // (what it said follows as a clause: "said it", "said that"; not "said yes",
        // "said:" or "wrote a blog")
        let clause = |j: usize| j < tk.len() && (tk.w(j).is(flag::PRONOUN) || tk.is(j, "that"));
        match tk.reporting_verb(v, i) {
            Some((VerbClass::Speech, cue))
                if !tk.t(v).ends_with("ing") && clause(tk.doc.token_from(cue.end)) =>
            {
                Some(Found {
                    np,
                    cue: Some(cue),
                    how: How::Clause,
                })
            }
            _ => None,
        }
    }

    /// "…,” Welch said, according to Vermont Edition.": the reporting clause is itself
    /// reported; the source is the one cited.
    fn according_to_after(&self, inner: Found, ceil: usize) -> Option<Found> {
        let tk = &self.tk;
        let cue = inner.cue?;
        let from = tk.doc.token_from(cue.end).max(inner.np.last);
        let hi = (from + 20).min(ceil);
        // "according to X", or ", reports X" ("…,” said Day, a director, reports USA
        // Today.").
        let (a, b) = (from..hi)
            .take_while(|&j| !tk.quote_mark(j) && !tk.punct_in(j, &[".", "!", "?", ";", ":"]))
            .find_map(|j| {
                if tk.is(j + 1, "to") && tk.t(j).eq_ignore_ascii_case("according") {
                    Some((j, j + 2))
                } else if j > from
                    && tk.is(j - 1, ",")
                    && matches!(tk.t(j), "reports" | "reported")
                    && tk.cap(j + 1)
                {
                    Some((j, j + 1))
                } else {
                    None
                }
            })?;
        let np = tk.np_right(b, ceil)?;
        (np.kind != NpKind::Pronoun).then(|| Found {
            np: self.with_appositive(np, ceil),
            cue: Some(tk.span(a, b)),
            how: How::Direct,
        })
    }

    /// A line `a..b` after a dash that names the source of the quotation before it
    /// ("Bernie Sanders.", "President Obama, tweeting after the speech.").
    pub fn dash_line(&self, a: usize, b: usize) -> Option<Found> {
        let found = self.attribution_at(a, b, true)?;
        (found.np.first == a && found.np.kind != NpKind::Pronoun).then_some(found)
    }

    /// Does the quotation open its sentence and end in one of `marks` (a comma: "“…,” she
    /// surmised"), which leaves the rest of the sentence to the attribution?
    pub fn after_mark_quote(&self, f: &Frame, marks: &[&str]) -> bool {
        f.open_tok == f.pre_floor
            && !f.floor_after_quote
            && f.content_last > f.content_first
            && self.tk.punct_in(f.content_last - 1, marks)
    }

    /// After a quotation ending in a comma, a subject and a verb in the past tense or the
    /// present (any verb: "an angry Hollande retaliated", "he surmised", "Beck questioned")
    /// or the inverted "said X" with a long phrase ("said one owner of a shop that …").
    fn comma_attribution(&self, i: usize, ceil: usize) -> Option<Found> {
        let tk = &self.tk;
        // Inverted, a reporting verb that also reads as a noun ("read the statement") or
        // any verb in -ed before a name ("remembered Roy Verley").
        let inverted = i + 1 < ceil
            && tk.lower(i)
            && (tk.w(i).verb == Some(VerbClass::Speech)
                && (tk.w(i + 1).is(flag::DET) || tk.cap(i + 1))
                || tk.t(i).ends_with("ed") && tk.verb_like_ending(i) && tk.name_tok(i + 1));
        let verb = tk
            .reporting_verb(i, i)
            .or_else(|| inverted.then(|| (VerbClass::Speech, tk.span(i, i + 1))));
        if let Some((VerbClass::Speech, cue)) = verb
            && !tk.t(i).ends_with("ing")
        {
            let np = tk.np_right(tk.doc.token_from(cue.end), ceil)?;
            return Some(Found {
                np: self.with_appositive(np, ceil),
                cue: Some(cue),
                how: How::Direct,
            });
        }
        let hi = (i + MAX_NP + 1).min(ceil);
        let v = (i + 1..hi).find(|&v| {
            tk.lower(v) && !tk.skippable(v) && (tk.verb_like_ending(v) || tk.w(v).verb.is_some())
                || !tk.np_word(v) && !tk.is(v, ",")
        })?;
        if !tk.lower(v) || tk.t(v).ends_with("ing") {
            return None;
        }
        let mut e = v;
        while e > i && tk.skippable(e - 1) {
            e -= 1;
        }
        let mut np = self.post_subject(i, e)?;
        if !(np.last == e && np.kind != NpKind::Common || np.head_known) {
            return None;
        }
        let mut cue = tk.span(v, v + 1);
        // A preposition after the phrase ("an aide to Agriculture Secretary Richard Lyng
        // said", "a banker at the … branch of Sumitomo Bank Ltd in Duesseldorf said"): the
        // reporting verb that ends the clause is the cue; for one who speaks for a body,
        // the body is part of the phrase ("a spokesman for Credit Lyonnais who declined to
        // be named said").
        if tk.w(v).is(flag::PREP) && !tk.w(v).is(flag::DET) {
            let hi = (v + 3 * MAX_NP).min(ceil);
            let verb = (v + 1..hi)
                .take_while(|&r| {
                    !tk.quote_mark(r) && !tk.punct_in(r, &[".", "!", "?", ";", ":", "—", "–"])
                })
                .find_map(|r| match tk.reporting_verb(r, i) {
                    Some((VerbClass::Speech, c))
                        if !tk.t(r).ends_with("ing")
                            && self.ends_attribution(r, tk.doc.token_from(c.end), ceil) =>
                    {
                        Some((r, c))
                    }
                    _ => None,
                });
            if let Some((r, c)) = verb {
                cue = c;
                if tk.t(v) == "for"
                    && np.kind == NpKind::Common
                    && tk.w(e - 1).is(flag::SPEAKS_FOR)
                    && let Some(whole) = tk.np_right(i, r).filter(|w| {
                        // (the name of the body, and all of it: not "one of the major
                        // Dutch roasters")
                        w.first == np.first
                            && w.kind == NpKind::Name
                            && w.core.1 == w.last
                            && (v + 1..w.core.0).all(|j| tk.w(j).is(flag::DET))
                    })
                {
                    np = whole;
                }
            }
        }
        Some(Found {
            np,
            cue: Some(cue),
            how: How::Direct,
        })
    }

    /// A reporting verb at `v` after a noun phrase that ends its clause ("…,” the letter
    /// reads."), where the table would read the word as a noun.
    fn loose_verb(&self, v: usize, floor: usize) -> Option<(VerbClass, Span)> {
        let tk = &self.tk;
        let w = tk.w(v);
        let class = w.verb?;
        if !w.is(flag::NOUNISH) || w.particle.is_some() || v <= floor || !tk.np_word(v - 1) {
            return None;
        }
        let next_ok = v + 1 >= tk.len()
            || tk.punct_in(v + 1, &[".", ",", "!", "?", ";"])
            || tk.quote_mark(v + 1);
        (next_ok && !tk.w(v - 1).is(flag::DET)).then(|| (class, tk.span(v, v + 1)))
    }

    /// An attribution starting at token `i` (after a quotation): "said X", "X said",
    /// "X, a …, said", ", she said", "according to X", "— X".
    fn attribution_at(&self, i: usize, ceil: usize, dash: bool) -> Option<Found> {
        let tk = &self.tk;
        // said X
        if let Some((VerbClass::Speech, cue)) = tk.reporting_verb(i, i)
            && !tk.t(i).ends_with("ing")
            && !addressee_verb(tk.t(i))
        {
            let vend = tk.doc.token_from(cue.end);
            if let Some(np) = tk.np_right(vend, ceil) {
                let np = self.with_appositive(np, ceil);
                let after = match np.desc {
                    Some(d) if d.start > tk.span(np.first, np.last).end => tk.doc.token_from(d.end),
                    _ => np.last,
                };
                // "said a spokesman who …", "said Zara, a member …" — but not "told the
                // court it would" or "said the plan will".
                let clause_follows = after < ceil
                    && (tk.w(after).is(flag::AUX) && !tk.w(after).relative || tk.is(after, "that"));
                if !clause_follows {
                    return Some(Found {
                        np,
                        cue: Some(cue),
                        how: How::Direct,
                    });
                }
            }
            return None;
        }
        let hi = (i + 40).min(ceil);
        let mut seg = i;
        let mut parens = 0usize;
        let mut v = i;
        while v < hi {
            if tk.quote_mark(v) {
                break;
            }
            if tk.is(v, "(") {
                parens += 1;
            } else if tk.is(v, ")") {
                parens = parens.saturating_sub(1);
            }
            if parens > 0 || tk.is(v, ")") {
                v += 1;
                continue;
            }
            // A full stop glued to a word and followed by a comma ends an abbreviation
            // ("McConnell, R-Ky., said"), not the sentence.
            let abbreviation = tk.is(v, ".")
                && v > i
                && tk.doc.tokens[v - 1].span.end == tk.doc.tokens[v].span.start
                && tk.is(v + 1, ",");
            if tk.punct_in(v, &[".", "!", "?", ";", ":"]) && !abbreviation {
                break;
            }
            if tk.is(v, ",") && !tk.name_comma(v) {
                seg = v + 1;
                v += 1;
                continue;
            }
            // according to X (at the start of a clause)
            if v == seg && tk.t(v).eq_ignore_ascii_case("according") && tk.is(v + 1, "to") {
                let np = tk.np_right(v + 2, ceil)?;
                let np = self.with_appositive(np, ceil);
                return Some(Found {
                    np,
                    cue: Some(tk.span(v, v + 2)),
                    how: How::Direct,
                });
            }
            // "…” in the 2008 primary, said Ohio State professor Paul Beck."
            if v == seg
                && v > i
                && !tk.t(v).ends_with("ing")
                && !addressee_verb(tk.t(v))
                && self.subject_chunk(i, v).is_none()
                && let Some((VerbClass::Speech, cue)) = tk.reporting_verb(v, i)
                && let Some(np) = tk.np_right(tk.doc.token_from(cue.end), ceil)
                && np.kind != NpKind::Common
            {
                let np = self.with_appositive(np, ceil);
                return Some(Found {
                    np,
                    cue: Some(cue),
                    how: How::Direct,
                });
            }
            // Participles are not attributions: "…” Sanders had answering questions".
            let verb = tk
                .reporting_verb(v, i)
                .or_else(|| self.loose_verb(v, i))
                .filter(|_| !tk.t(v).ends_with("ing"));
            if let Some((class, cue)) = verb {
                // (not a passive: "Four movies have already been announced"; but "X was
                // quoted by Kyodo as saying", "X is reported as saying")
                let passive = tk.after_be(v, i) && tk.t(v) != "quoted" && !tk.is(v + 1, "as");
                let mut e = v;
                while e > i && tk.skippable(e - 1) {
                    e -= 1;
                }
                // (nor a future: "…” The two task forces will report back to the council.")
                let future = (e..v).any(|j| matches!(tk.t(j), "will" | "shall"));
                if class == VerbClass::Speech && !passive && !future {
                    // X said / X, a …, said ; else the clause just before: ", she said"
                    let coordinated =
                        matches!(tk.t(seg), "and" | "but" | "or" | "so" | "yet" | "while");
                    let np = self
                        .post_subject(i, e)
                        .or_else(|| self.unclosed_appositive(i, seg, e))
                        .or_else(|| {
                            (seg > i && !coordinated)
                                .then(|| self.post_subject(seg, e))
                                .flatten()
                        });
                    let vend = tk.doc.token_from(cue.end);
                    // "…,” Trump said: “…”: that attribution introduces the next one.
                    let introduces = tk.is(vend, ":") && vend + 1 >= ceil;
                    // "…” Some economists have predicted rates will drop.": a common noun
                    // phrase whose verb has a clause of its own says something new (a
                    // name's or pronoun's is taken as going on from the quotation).
                    let own_clause = |np: &Np| {
                        np.kind == NpKind::Common
                            && vend < ceil.min(tk.len())
                            && tk.lower(vend)
                            && tk.np_word(vend)
                            && !tk
                                .w(vend)
                                .is(flag::ADV | flag::TIME | flag::PREP | flag::CONJ)
                            && (vend + 1..(vend + 4).min(ceil))
                                .any(|j| tk.lower(j) && tk.w(j).is(flag::AUX))
                    };
                    if let Some(np) = np.filter(|np| {
                        !introduces && self.ends_attribution(v, vend, ceil) && !own_clause(np)
                    }) {
                        return Some(Found {
                            np,
                            cue: Some(cue),
                            how: How::Direct,
                        });
                    }
                }
                if v == seg || tk.w(v).is(flag::AUX) {
                    break;
                }
            } else if tk.w(v).is(flag::AUX) && v == i {
                // “…” is what he wanted
                break;
            }
            v += 1;
        }
        // — X (no verb), ending the sentence or paragraph
        if dash {
            let np = tk.np_right(i, ceil)?;
            if np.kind == NpKind::Pronoun {
                return None;
            }
            let np = self.with_appositive(np, ceil);
            let end = tk.doc.token_from(tk.span(np.first, np.last).end);
            let ends = end >= ceil || tk.punct_in(end, &[".", "!", ","]);
            if ends {
                return Some(Found {
                    np,
                    cue: None,
                    how: How::Direct,
                });
            }
        }
        None
    }

    /// "…,” Jeff Joseph, from the Consumer Electronics Association (CEA) told": a name
    /// from `i` to the only comma (before `seg`), then an appositive up to the verb at `e`
    /// whose closing comma is missing: the name, with the appositive as its description.
    fn unclosed_appositive(&self, i: usize, seg: usize, e: usize) -> Option<Np> {
        let tk = &self.tk;
        if seg < i + 2 || e <= seg || e - seg > 14 || !tk.is(seg - 1, ",") {
            return None;
        }
        if (i..seg - 1).any(|j| tk.is(j, ",")) {
            return None;
        }
        let name = tk
            .np_right(i, seg - 1)
            .filter(|np| np.kind == NpKind::Name && np.first == i && np.last == seg - 1)?;
        // (an article or possessive, a preposition, or a role: "Alois Rhiel, its minister
        // for economic affairs added", "Armando Falcon, OFHEO director said", "Howard
        // Archer, economist at Global Insight said")
        let role_of = (seg + 1..e).find(|&p| tk.np_prep(p)).is_some_and(|p| {
            tk.role_noun(seg, p - 1)
                && (seg..p).all(|j| {
                    (tk.lower(j) || j > seg && tk.cap(j))
                        && tk.kind(j) == TokenKind::Word
                        && !tk.w(j).is(flag::CONJ
                            | flag::DET
                            | flag::AUX
                            | flag::PRONOUN
                            | flag::PREP)
                        || j > seg && tk.is(j, "and")
                })
        });
        let opens = role_of
            || tk.w(seg).is(flag::DET) && !tk.w(seg).is(flag::PRONOUN)
            || matches!(
                tk.t(seg),
                "from" | "of" | "at" | "with" | "its" | "his" | "her" | "their" | "our"
            )
            || tk.lower(e - 1)
                && tk.w(e - 1).is(flag::TITLE | flag::SPEAKER_NOUN)
                && name.core == (i, seg - 1)
                && !tk.w(seg).is(flag::CONJ | flag::DET)
                && (seg..e).all(|j| {
                    matches!(tk.t(j), "and" | "of" | "at" | "for" | "the")
                        || tk.possessive(j)
                        || tk.np_word(j) && !tk.w(j).is(flag::CONJ)
                });
        opens.then(|| Np {
            desc: Some(tk.span(seg, e)),
            ..name
        })
    }

    /// After the reporting verb at `v` (ending at token `vend`), only what an attribution
    /// ends with may follow: punctuation, a quotation mark, a time, place or manner
    /// ("said on Friday", "said in a statement"), or for "told"/"asked" the person told.
    fn ends_attribution(&self, v: usize, vend: usize, ceil: usize) -> bool {
        let tk = &self.tk;
        if vend >= ceil || vend >= tk.len() {
            return true;
        }
        if tk.quote_mark(vend)
            || tk.punct_in(vend, &[",", ".", "!", "?", ";", ":", "—", "–", "(", ")"])
        {
            return true;
        }
        // (not a request: "asked residents to vote", "will ask residents to vote")
        if matches!(
            tk.t(v),
            "ask" | "asks" | "asked" | "tell" | "tells" | "told" | "urge" | "urges" | "urged"
        ) && self.request_after(vend, ceil)
        {
            return false;
        }
        if matches!(
            tk.t(v),
            "told" | "tells" | "asked" | "asks" | "assured" | "reminded"
        ) {
            return true;
        }
        // An object or a complement clause means the verb is not attributing the quotation:
        // "said yes", "said that …", "said the plan will …", "added it".
        let w = tk.w(vend);
        let t = tk.t(vend);
        if matches!(t, "last" | "this" | "next") {
            // "said last week", "said this month"
            return true;
        }
        let object = t == "that"
            || w.is(flag::DET | flag::PRONOUN | flag::AUX)
            || tk.pronoun_word(vend).is(flag::PRONOUN)
            || (contraction_base(t) != t
                && matches!(contraction_base(t), "there" | "here" | "There" | "Here"))
            || matches!(
                t,
                "yes"
                    | "no"
                    | "so"
                    | "what"
                    | "how"
                    | "why"
                    | "whether"
                    | "if"
                    | "nothing"
                    | "something"
                    | "none"
                    | "nobody"
                    | "everything"
                    | "everybody"
                    | "everyone"
                    | "anyone"
                    | "anything"
            )
            || tk.cap(vend) && !w.is(flag::TIME);
        !object
    }

    /// "asks residents to vote", "told staff to leave": after a verb of asking or telling
    /// (the caller's test), an object of up to three words in lower case, then "to" and a
    /// word in lower case that is no article or pronoun (a verb): a request, which
    /// attributes no quotation.
    fn request_after(&self, vend: usize, ceil: usize) -> bool {
        let tk = &self.tk;
        (vend + 1..(vend + 4).min(ceil)).any(|k| {
            tk.is(k, "to")
                && (vend..k).all(|j| tk.kind(j) == TokenKind::Word && tk.lower(j))
                && k + 1 < ceil
                && tk.kind(k + 1) == TokenKind::Word
                && tk.lower(k + 1)
                && !is_article(tk.t(k + 1))
                && !tk.w(k + 1).is(flag::PRONOUN | flag::DET)
        })
    }

    /// The source in `a..e` after a quotation and before its reporting verb: a subject
    /// chunk that does not open with a preposition or a conjunction ("…” without reporters
    /// asking", "…” and Trump says").
    fn post_subject(&self, a: usize, e: usize) -> Option<Np> {
        let tk = &self.tk;
        if a < e
            && (tk.w(a).is(flag::PREP | flag::CONJ) && !tk.w(a).is(flag::DET))
            && tk.t(a) != "as"
        {
            return None;
        }
        let ticker =
            |j: usize| tk.is(j, ">") && tk.is(j - 2, "<") && tk.kind(j - 1) == TokenKind::Word;
        self.subject_chunk(a, e).or_else(|| {
            // A wire's ticker after a company: "Chrysler Corp <C> said" is the company's;
            // "Chrysler Corp <C> treasurer Fred Zuckerman said" the phrase after it, with
            // the company as its description when it has none.
            if e >= a + 4 && ticker(e - 1) {
                return self.subject_chunk(a, e - 3);
            }
            let close = (a + 3..e).rev().find(|&j| ticker(j))?;
            let np = self.subject_chunk(close + 1, e)?;
            Some(Np {
                desc: np.desc.or(Some(tk.span(a, close - 2))),
                ..np
            })
        })
    }

    /// The source in the tokens `a..e` right before a reporting verb, with an appositive
    /// ("Zara, a member of …,") handled.
    fn subject_chunk(&self, a: usize, e: usize) -> Option<Np> {
        let tk = &self.tk;
        if e <= a {
            return None;
        }
        if tk.is(e - 1, ",") && !tk.name_comma(e - 1) {
            // X, APPOSITIVE, said
            let comma = (a..e - 1).find(|&j| tk.is(j, ",") && !tk.name_comma(j))?;
            let np = tk.np_left(comma, a)?;
            if np.first != a && !tk.w(a).is(flag::LEAD | flag::TIME | flag::PREP) {
                return None;
            }
            // ROLE, NAME, said: "Authenti-corp's CEO, Cynthia Musselman, told": the name is
            // the source, the role its description.
            if let Some(name) = self.name_after_role(&np, comma, e - 1) {
                return Some(name);
            }
            let desc = tk.appositive(comma, e).map(|(s, _)| s);
            return Some(Np {
                desc: desc.or(np.desc),
                ..np
            });
        }
        // X - APPOSITIVE - said: "Andrei Illarionov - then economic adviser to President
        // Vladimir Putin - told".
        const DASHES: [&str; 4] = ["-", "—", "–", "--"];
        if tk.punct_in(e - 1, &DASHES) {
            let dash = (a..e - 1).find(|&j| tk.punct_in(j, &DASHES))?;
            // "Laah Chong-gyu, executive director of Korea Development Bank - one of the
            // firm's creditors - said": the name before the comma.
            if let Some(comma) = (a..dash).find(|&j| tk.is(j, ",")) {
                let name = tk.np_right(a, comma).filter(|n| {
                    n.kind == NpKind::Name && n.first == a && n.last == comma && n.core.0 == a
                })?;
                return Some(Np {
                    desc: Some(tk.span(comma + 1, e - 1)),
                    ..name
                });
            }
            let np = tk.np_left(dash, a)?;
            // (a name all through: not "executive director of Korea Development Bank - one
            // of the firm's creditors - said")
            let name = np.kind == NpKind::Name && (np.first..np.core.0).all(|j| tk.cap(j));
            return (np.first == a && name && dash + 1 < e - 1).then(|| Np {
                desc: Some(tk.span(dash + 1, e - 1)),
                ..np
            });
        }
        let mut np = tk.np_left(e, a)?;
        // "Edward-Isaac Dovere and Gabriel Debenedetti wrote": coordinated names.
        if np.first > a + 1
            && tk.is(np.first - 1, "and")
            && np.kind == NpKind::Name
            && let Some(left) = tk.np_left(np.first - 1, a)
            && left.kind == NpKind::Name
        {
            np = Np {
                first: left.first,
                core: (left.core.0, np.core.1),
                desc: None,
                noun_type: Some(SpeakerType::Group),
                ..np
            };
        }
        // The phrase must fill the stretch (apart from leading connectives, "as …").
        let fills = |np: &Np| {
            !(a..np.first).any(|j| {
                !tk.w(j).is(flag::LEAD | flag::TIME | flag::PREP | flag::DET) && tk.t(j) != "as"
            })
        };
        if fills(&np) {
            return Some(np);
        }
        // "the Washington-based think-tank The Brookings Institution says": a description
        // (after an article) before a name that opens with its own "The".
        if np.kind == NpKind::Name
            && np.first > a + 1
            && np.first - a <= 6
            && is_article(tk.t(a))
            && tk.cap(np.first)
            && tk.w(np.first).is(flag::DET)
            && (a + 1..np.first).all(|j| tk.np_word(j) && !tk.w(j).is(flag::DET))
        {
            return Some(Np {
                desc: Some(tk.span(a, np.first)),
                ..np
            });
        }
        // "Katie Packer, who is chairman of X said": an unclosed relative clause.
        let comma = (a..e).find(|&j| tk.is(j, ",") && matches!(tk.t(j + 1), "who" | "whose"))?;
        let np = tk.np_left(comma, a)?;
        if !fills(&np) {
            return None;
        }
        let desc = tk.appositive(comma, e).map(|(s, _)| s);
        Some(Np {
            desc: desc.or(np.desc),
            ..np
        })
    }

    /// `role`, a comma, then a name that ends the attribution (at `ceil`, a comma, a full
    /// stop or a quotation mark): "said EEF chief economist, Steve Radley.". The name,
    /// described by the role.
    fn role_then_name(&self, role: &Np, ceil: usize) -> Option<Np> {
        let tk = &self.tk;
        let comma = role.last;
        if comma + 1 >= ceil || !tk.is(comma, ",") {
            return None;
        }
        let end = tk.np_right(comma + 1, ceil)?.last;
        let ends =
            end >= ceil || tk.quote_mark(end) || tk.punct_in(end, &[",", ".", ";", "!", "?"]);
        if !ends {
            return None;
        }
        self.name_after_role(role, comma, end)
    }

    /// A name in apposition after a role (`role`, then the name from `comma + 1` to `end`):
    /// the name, described by the role.
    fn name_after_role(&self, role: &Np, comma: usize, end: usize) -> Option<Np> {
        let tk = &self.tk;
        // A common noun phrase, or a name ending in a role noun that is someone's (with a
        // possessive: "Google's chief human resources executive") or in lower case ("RNID
        // technology director"); not a name with a title ("Representative Peter T. King,
        // Republican of New York,"), nor a name ("said Paul King, chief security architect
        // at Cisco").
        let possessive = || (role.first..comma).any(|j| tk.possessive(j));
        let is_role = role.kind == NpKind::Common
            || role.kind == NpKind::Name
                && tk.w(comma - 1).is(flag::TITLE | flag::SPEAKER_NOUN)
                && (tk.lower(comma - 1) || possessive());
        if !is_role || end <= comma + 1 {
            return None;
        }
        // (all of it a name, or titles and a name; "state Del. Marcia Price": a word or two
        // in lower case before a title)
        let name = tk.np_left(end, comma + 1)?;
        let modifiers = (name.first..name.core.0)
            .take_while(|&j| tk.lower(j))
            .count();
        let title = name.first + modifiers;
        let named = name.kind == NpKind::Name
            && name.first == comma + 1
            && (modifiers == 0
                || modifiers <= 2 && title < name.last && tk.w(title).is(flag::TITLE))
            && (title..name.core.0).all(|j| tk.cap(j) || tk.nickname_mark(j));
        // (the whole name when a nickname cut its core: Marcia "Cia" Price)
        let core_start = (title..name.core.0)
            .find(|&j| tk.nickname_mark(j))
            .map_or(name.core.0, |_| title);
        named.then(|| Np {
            desc: Some(tk.span(role.first, comma)),
            noun_type: name.noun_type.or(role.noun_type),
            core: (core_start, name.core.1),
            ..name
        })
    }

    /// Adds an appositive after `np` (", a member of …") as its description; a role
    /// followed by a name ("said RNID technology director, Guido Gybels.") gives the name,
    /// described by the role.
    fn with_appositive(&self, np: Np, ceil: usize) -> Np {
        if np.kind == NpKind::Pronoun {
            return np;
        }
        if let Some(name) = self.role_then_name(&np, ceil) {
            return name;
        }
        match self.tk.appositive(np.last, ceil) {
            Some((s, _)) => Np {
                desc: Some(s),
                ..np
            },
            None => np,
        }
    }

    /// Before the opening mark.
    fn before(&self, f: &Frame) -> Option<Found> {
        let tk = &self.tk;
        let floor = f.pre_floor;
        let end = f.open_tok;
        if end <= floor {
            return None;
        }
        let last = end - 1;
        // X: “…” / X said: “…” / a banner reading: “…”
        if tk.is(last, ":") {
            return self.colon_intro(floor, last);
        }
        self.before_open(f, floor, end)
    }

    /// The source introducing a quotation with a colon at `colon`: "Caddell continued:",
    /// "Trump:", "a banner reading:", "The Clinton Foundation describes itself this way:".
    fn colon_intro(&self, floor: usize, last: usize) -> Option<Found> {
        let tk = &self.tk;
        {
            // "Transcript as follows:", "The statement reads as follows:": the verb before
            // "as", else the phrase.
            if last >= floor + 3 && tk.is(last - 1, "follows") && tk.is(last - 2, "as") {
                if let Some(found) = self.verb_subject(floor, last - 2) {
                    return Some(found);
                }
                if let Some(np) = tk.np_left(last - 2, floor)
                    && np.kind != NpKind::Pronoun
                {
                    return Some(Found {
                        np,
                        cue: Some(tk.span(last - 2, last)),
                        how: How::Direct,
                    });
                }
            }
            // "as the heckler yelled: “…”": the verb before the colon first.
            if let Some(found) = self.verb_subject(floor, last + 1) {
                return Some(found);
            }
            // A name (or a phrase naming a source) right before the colon, else the subject;
            // not the person told or the object of a preposition ("told Fox News:", "a
            // message to Trump:").
            let np = tk.np_left(last, floor);
            let object = np.is_some_and(|np| {
                np.first > floor
                    && (tk.w(np.first - 1).is(flag::PREP) && tk.lower(np.first - 1)
                        || addressee_verb(tk.t(np.first - 1)))
            });
            let named = np.filter(|np| {
                !object
                    && (np.kind != NpKind::Common
                        || np.head_known
                            && matches!(
                                np.noun_type,
                                Some(
                                    SpeakerType::Person
                                        | SpeakerType::Group
                                        | SpeakerType::Organization
                                )
                            ))
            });
            if let Some(np) = named {
                return Some(Found {
                    np,
                    cue: None,
                    how: How::Direct,
                });
            }
            if let Some(found) = self.possessor(floor, last, true) {
                return Some(found);
            }
            // "According to Frank Brown, …, the trend has one upside:"
            if let Some(found) = self.according_opening(floor, last) {
                return Some(found);
            }
            if let Some(found) = self.clause_subject(floor, last) {
                return Some(found);
            }
            // "she has learned her lesson:", "the freeze on pay rates:": the object of a
            // verb or a preposition is not the source (an author or agent is: "a report by
            // Ann Holt:", "a letter from the union:", "according to the paper:").
            let verb_object = np.is_some_and(|np| {
                if np.first <= floor {
                    return false;
                }
                let p = np.first - 1;
                let agent = matches!(tk.t(p), "by" | "from")
                    || tk.is(p, "to") && p > 0 && tk.t(p - 1).eq_ignore_ascii_case("according");
                tk.lower(p) && !agent && (tk.verb_at(p, floor) || tk.w(p).is(flag::PREP))
            });
            if let Some(np) = np
                && verb_object
            {
                // "The rally had one message:": what carries words speaks for the subject.
                let head = tk.w(np.last - 1);
                let v = np.first - 1;
                if head.is(flag::HOLDER | flag::SPEECH_NOUN) && tk.verb_at(v, floor) {
                    return self.subject_of(v, floor).map(|np| Found {
                        np,
                        cue: None,
                        how: How::Direct,
                    });
                }
                return None;
            }
            // Nor is the complement of a verb's object pronoun ("A footnote in the report
            // makes that clear:", "he put it bluntly:"): the verb's subject is.
            if let Some(np) = np
                && np.kind == NpKind::Common
                && np.first > floor + 1
                && matches!(tk.t(np.first - 1), "that" | "it" | "this" | "them")
                && tk.verb_at(np.first - 2, floor)
            {
                return self.subject_of(np.first - 2, floor).map(|np| Found {
                    np,
                    cue: None,
                    how: How::Direct,
                });
            }
            // Nor is what a form of "be" says of the subject ("some of them are even
            // sadder:", "the answer was simple:"): its subject is ("some of them").
            if let Some(np) = np
                && np.kind == NpKind::Common
                && !np.head_known
                && !tk.t(np.first).ends_with("ing")
                && let Some(be) = tk.be_before(np.first, floor)
            {
                return self.subject_of(be, floor).map(|np| Found {
                    np,
                    cue: None,
                    how: How::Direct,
                });
            }
            np.map(|np| Found {
                np,
                cue: None,
                how: How::Direct,
            })
        }
    }

    /// "According to X, …" opening the sentence `floor..end`: X is the source of
    /// everything in it.
    fn according_opening(&self, floor: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        let mut a = floor;
        while a < end && tk.w(a).is(flag::LEAD) {
            a += 1;
        }
        if a + 2 < end && tk.t(a).eq_ignore_ascii_case("according") && tk.is(a + 1, "to") {
            let comma = (a + 2..end).find(|&c| tk.is(c, ",")).unwrap_or(end);
            let np = tk.np_right(a + 2, comma)?;
            return Some(Found {
                np,
                cue: Some(tk.span(a, a + 2)),
                how: How::Direct,
            });
        }
        None
    }

    /// Before an opening mark that is not after a colon.
    fn before_open(&self, f: &Frame, floor: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        // "- Bolton boss Sam Allardyce “I am bitterly disappointed …”": a dash and a name
        // heading the quotation (as reports of matches give the managers' words).
        if end > floor + 2
            && tk.punct_in(floor, &DASH_MARKS)
            && let Some(np) = tk.np_right(floor + 1, end)
            && np.kind == NpKind::Name
            && np.first == floor + 1
            && np.last == end
        {
            return Some(Found {
                np,
                cue: None,
                how: How::Direct,
            });
        }
        if let Some(found) = self.according_opening(floor, end) {
            return Some(found);
        }
        // "…, according to Gartner analyst Carolina Milanesi, is “seldom strong”"
        if let Some(c) = (floor..end.saturating_sub(2)).rev().find(|&c| {
            tk.is(c, ",") && tk.t(c + 1).eq_ignore_ascii_case("according") && tk.is(c + 2, "to")
        }) {
            let close = (c + 3..end).find(|&j| tk.is(j, ",")).unwrap_or(end);
            if let Some(np) = tk.np_right(c + 3, close)
                && np.kind != NpKind::Pronoun
            {
                return Some(Found {
                    np,
                    cue: Some(tk.span(c + 1, c + 3)),
                    how: How::Direct,
                });
            }
        }
        let verb = self.verb_subject(floor, end);
        if let Some(found) = self.possessor(floor, end, false) {
            // A reporting verb before the possessor governs it: "Frazier said that Rubio’s
            // claim … is “…”".
            let verb_first = verb.is_some_and(|v| {
                v.cue
                    .is_some_and(|c| c.start < tk.span(found.np.first, found.np.last).start)
            });
            if !verb_first {
                return Some(found);
            }
        }
        if verb.is_some() {
            return verb;
        }
        // After an earlier quotation of the same sentence the subject is further back: the
        // caller takes that quotation's source.
        if f.floor_after_quote {
            return None;
        }
        let start = self.clause_start(floor, end).min(end);
        // "McConnell says that …, but instead Obama is giving them “…”": a clause with no
        // reporting verb of its own inside the complement of an earlier one ("says that")
        // is that verb's subject's.
        for v in floor..start {
            if tk.quote_mark(v) {
                break;
            }
            if let Some(found) = self.verb_at(v, floor, end)
                && found.how == How::Direct
                && found
                    .cue
                    .is_some_and(|c| tk.is(tk.doc.token_from(c.end), "that"))
            {
                return Some(found);
            }
        }
        self.clause_subject(start, end)
            .or_else(|| self.clause_subject(floor, end))
    }

    /// "Trump’s claim that there have been “…”": the possessor of a speech noun just
    /// before the quotation; before a colon (`colon`), also with a phrase and a form of
    /// "be" between ("His message to the chancellor was: “…”", "Her reply was simple:").
    fn possessor(&self, floor: usize, end: usize, colon: bool) -> Option<Found> {
        let tk = &self.tk;
        let lo = end.saturating_sub(12).max(floor);
        for n in (lo..end).rev() {
            if !tk.w(n).is(flag::SPEECH_NOUN) || n == 0 || n <= floor {
                continue;
            }
            // "Trump’s claim", "his confusing argument", "her claim"
            let mut p = n - 1;
            for _ in 0..2 {
                let t = tk.t(p);
                let owner = t.ends_with("’s") || t.ends_with("'s") || tk.w(p).possessive.is_some();
                if owner || p <= floor || tk.w(p).is(flag::DET) || !tk.np_word(p) {
                    break;
                }
                p -= 1;
            }
            let t = tk.t(p);
            let poss = (t.ends_with("’s") || t.ends_with("'s") || t.ends_with("s’")) && tk.cap(p);
            let pron = tk.w(p).possessive;
            if !poss && pron.is_none() {
                continue;
            }
            // "claim that …", "claim of", "claim as", or nothing between the noun and the
            // quotation.
            let ok = n + 1 == end
                || tk.is(n + 1, "that")
                || (n + 1..end).all(|j| matches!(tk.t(j), "of" | "as" | ","))
                || colon
                    && end - n <= 8
                    && (n + 1..end)
                        .all(|j| !tk.quote_mark(j) && (tk.be_form(j) || !tk.verb_at(j, floor)));
            if !ok {
                continue;
            }
            let np = Np {
                noun_type: if poss { None } else { pron },
                ..Np::new(p, p + 1, if poss { NpKind::Name } else { NpKind::Pronoun })
            };
            return Some(Found {
                np,
                cue: Some(tk.span(n, n + 1)),
                how: if colon { How::Direct } else { How::Clause },
            });
        }
        None
    }

    /// The source from the reporting verbs before `end` (not before `floor`): the verb that
    /// introduces the quotation ("X said, “"), else the first verb of the sentence with a
    /// subject ("The Post reports that … “…”").
    fn verb_subject(&self, floor: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        // The verb that introduces the quotation: "said, “", "said that “", "said:",
        // "saying during the debate last week, “" (only adjuncts between).
        let mut j = end;
        while j > floor && (tk.punct_in(j - 1, &[",", ":"]) || tk.is(j - 1, "that")) {
            j -= 1;
        }
        if j < end && j > floor {
            let lo = j.saturating_sub(10).max(floor);
            let mut v = j;
            while v > lo {
                v -= 1;
                if tk.quote_mark(v) || tk.punct_in(v, &[".", "!", "?", ";", ":", ","]) {
                    break;
                }
                if let Some(found) = self.verb_at(v, floor, end) {
                    if found.how == How::Direct {
                        return Some(found);
                    }
                    break;
                }
                if tk.verb_at(v, floor) && !tk.w(v).is(flag::ADV) {
                    break;
                }
            }
        }
        let start = self.clause_start(floor, end);
        // "As White House press secretary Josh Earnest explained, …"
        let mut a = floor;
        while a < start && tk.w(a).is(flag::LEAD) {
            a += 1;
        }
        if a < start && tk.t(a).eq_ignore_ascii_case("as") {
            for v in a + 1..start {
                if tk.is(v, ",") {
                    break;
                }
                // "As Blumenthal spoke, the NRA was …": while, not what was said.
                if matches!(tk.t(v), "spoke" | "speaks" | "spoken" | "speaking") {
                    break;
                }
                if let Some(found) = self.verb_at(v, a + 1, end)
                    && found.how == How::Direct
                {
                    return Some(found);
                }
            }
        }
        let mut relative: Option<Found> = None;
        // (a comma seen between `start` and `v`, kept as `v` goes)
        let mut comma_before = false;
        for v in start..end {
            if tk.quote_mark(v) {
                break;
            }
            comma_before |= v > start && tk.is(v - 1, ",");
            // "X, in a statement released by the campaign, said": a participle after a noun
            // and before its agent, in an aside, is no verb of the clause (unlike "A
            // statement issued by the Treasury said", where the subject is the phrase).
            let reduced_relative = comma_before
                && tk.lower(v)
                && tk.t(v).ends_with("ed")
                && tk.is(v + 1, "by")
                && tk.np_word(v - 1)
                && !tk.w(v - 1).is(flag::AUX)
                && tk.w(v).verb != Some(VerbClass::Passive);
            if reduced_relative {
                continue;
            }
            if let Some(found) = self.verb_at(v, floor, end) {
                // A verb of a relative clause ("Republicans who agree that …, with McCain
                // calling it “…”") gives way to a later verb of the clause itself.
                let mut j = v;
                while j > floor && tk.skippable(j - 1) {
                    j -= 1;
                }
                if j > floor && tk.w(j - 1).relative && tk.lower(j - 1) && relative.is_none() {
                    relative = Some(found);
                    continue;
                }
                // "what Trump called “…”": a free relative inside someone else's clause.
                let free_relative = found.np.first > floor
                    && found.np.kind == NpKind::Pronoun
                    && tk.t(found.np.first - 1).eq_ignore_ascii_case("what");
                if free_relative
                    && let Some(outer) = self.clause_subject(floor, found.np.first - 1)
                    && outer.np.kind != NpKind::Common
                {
                    return Some(outer);
                }
                return Some(found);
            }
        }
        relative
    }

    /// Where the clause holding token `end` starts: after the last ", and" / ", but" /
    /// ";" / dash before it, and after an opening adverbial ("In a statement announcing the
    /// pick, …").
    pub fn clause_start(&self, floor: usize, end: usize) -> usize {
        let tk = &self.tk;
        let mut start = floor;
        let mut j = end;
        while j > floor + 1 {
            j -= 1;
            let subordinator =
                matches!(tk.t(j), "and" | "but" | "or" | "so" | "yet") || subordinating(tk.t(j));
            let boundary = tk.punct_in(j, &[";", "—", "–"])
                || subordinator && (tk.is(j - 1, ",") || j >= floor + 2 && tk.is(j - 2, ","));
            if boundary {
                start = j + 1;
                break;
            }
        }
        // Opening connectives and adverbials, each up to its comma ("But on Thursday, in
        // the Trump release announcing his role, Manafort described …").
        for _ in 0..3 {
            while start < end && tk.w(start).is(flag::LEAD) && !tk.w(start).is(flag::DET) {
                start += 1;
            }
            if start >= end || !self.adverbial_start(start) {
                break;
            }
            // "Recently she announced …, in capitals, “…”": a lone adverb, then the subject.
            if start + 1 < end
                && tk.t(start).len() > 5
                && tk.t(start).ends_with("ly")
                && tk.w(start).is(flag::ADV)
                && (tk.w(start + 1).is(flag::PRONOUN) || tk.cap(start + 1))
            {
                start += 1;
                continue;
            }
            match (start..end).find(|&c| tk.is(c, ",")) {
                Some(c) => start = c + 1,
                None => break,
            }
            if let Some(after) = self.state_after_place(start, end) {
                start = after;
            }
        }
        start
    }

    /// "At a summit in Hilton Head, S.C., Rubio offered", "Speaking in Salem, New
    /// Hampshire, Trump went after Bush": after an adverbial that ends in a place and its
    /// comma (`start` is just after it), the state or country of the place, up to its own
    /// comma, is still the adverbial: the token after that comma.
    fn state_after_place(&self, start: usize, end: usize) -> Option<usize> {
        let tk = &self.tk;
        let c = (start..end.min(start + 4)).find(|&c| tk.is(c, ","))?;
        if c == start || !(start..c).all(|j| tk.cap(j) || tk.is(j, ".")) {
            return None;
        }
        if tk.t(start).ends_with('.') || tk.is(start + 1, ".") {
            return Some(c + 1);
        }
        // In full, after a place the adverbial names ("in Salem"), before a subject in
        // capitals ("Trump", "He"; not "London, Johnson, the mayor, said").
        let mut p = start.checked_sub(1).filter(|&p| tk.is(p, ","))?;
        while p > 0 && tk.cap(p - 1) && !tk.is(p - 1, ",") {
            p -= 1;
        }
        let place = p + 1 < start
            && p > 0
            && matches!(tk.t(p - 1), "in" | "at" | "near" | "from" | "outside");
        let subject = c + 1 < end
            && (tk.cap(c + 1) || tk.w(c + 1).is(flag::PRONOUN))
            && !tk.w(c + 1).is(flag::DET);
        (place && subject).then_some(c + 1)
    }

    /// Does token `i` open an adverbial phrase or clause ("In a statement", "When asked",
    /// "Speaking to reporters")?
    fn adverbial_start(&self, i: usize) -> bool {
        let tk = &self.tk;
        let w = tk.w(i);
        let t = tk.t(i);
        ((w.is(flag::PREP) && !w.is(flag::DET))
            || matches!(
                t,
                "As" | "When"
                    | "While"
                    | "After"
                    | "Before"
                    | "If"
                    | "Because"
                    | "Although"
                    | "Since"
                    | "Until"
                    | "Though"
                    | "Once"
                    | "as"
                    | "when"
                    | "while"
            )
            || tk.verb_like_ending(i)
            || (tk.cap(i) && t.ends_with("ing") && t.len() > 5)
            || t.eq_ignore_ascii_case("asked")
            || (w.is(flag::ADV) && !w.is(flag::AUX)))
            && !t.eq_ignore_ascii_case("according")
    }

    /// The source of the reporting verb (or holder) at `v`, if it is one and has one.
    fn verb_at(&self, v: usize, floor: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        let w = tk.w(v);
        let holder_verb = v + 1 < end
            && (matches!(
                tk.t(v + 1),
                "reading" | "read" | "reads" | "saying" | "says" | "said"
            ) || tk.t(v + 1).ends_with("ing") && tk.w(v + 1).verb == Some(VerbClass::Speech));
        if w.is(flag::HOLDER) && !tk.cap(v) && holder_verb {
            // a banner reading: “…” — whoever holds it.
            let cue_end = if tk.is(v + 2, ":") { v + 3 } else { v + 2 };
            // "One message read “…”": the holder speaks when it is the subject; "They
            // held a banner reading: “…”": its holder does.
            let own = tk.np_left(v + 1, floor).filter(|np| {
                (floor..np.first).all(|j| tk.w(j).is(flag::LEAD)) && !tk.is(v + 1, "reading")
            });
            let np = match own {
                Some(np) => np,
                None => self.clause_subject(floor, v)?.np,
            };
            return Some(Found {
                np,
                cue: Some(tk.span(v + 1, cue_end)),
                how: How::Direct,
            });
        }
        let (class, cue) = tk.reporting_verb(v, floor)?;
        if matches!(tk.t(v), "reading" | "read" | "reads") {
            return None;
        }
        // "…, it has been suggested": no source, and none further back either.
        if w.is(flag::IMPERSONAL) {
            let mut j = v;
            while j > floor && tk.skippable(j - 1) {
                j -= 1;
            }
            if j > floor && tk.impersonal(j - 1) {
                return None;
            }
        }
        // "was called a “liar” by the governor", "is called “regenerative medicine”": a
        // frame verb in the passive (after a form of "be") has its agent as the source,
        // never its subject.
        let be_passive = class == VerbClass::Frame && tk.after_be(v, floor) && tk.lower(v);
        if be_passive || class == VerbClass::Passive && self.passive(v, floor) {
            // described in a press release as a “…”: the agent; or after the quotation
            // ("was described as a “consummate professional” by his friend Michael
            // Pointon").
            return self
                .agent(v, end)
                .or_else(|| self.agent_after(end))
                .map(|np| Found {
                    np,
                    cue: Some(cue),
                    how: How::Direct,
                });
        }
        let how = if class == VerbClass::Speech {
            How::Direct
        } else {
            How::Clause
        };
        self.subject_of(v, floor).map(|np| Found {
            np,
            cue: Some(cue),
            how,
        })
    }

    /// Is the verb at `v` a passive participle ("was described", ", described")?
    fn passive(&self, v: usize, floor: usize) -> bool {
        let tk = &self.tk;
        let t = tk.t(v);
        if !(t.ends_with("ed") || t.ends_with("en")) {
            return false;
        }
        let mut j = v;
        while j > floor && tk.skippable(j - 1) && !tk.w(j - 1).is(flag::AUX) {
            j -= 1;
        }
        if j == floor || tk.is(v + 1, "by") {
            // (with its agent: "a sapphire … described by Sharon as")
            return true;
        }
        tk.be_form(j - 1)
            || matches!(tk.t(j - 1), "," | "as" | "widely")
            || (tk.np_word(j - 1)
                && !tk.cap(j - 1)
                && !tk.w(j - 1).is(flag::PRONOUN)
                && tk.w(j - 1).speaker.is_none()
                && !tk.is(v + 1, "it")
                && !tk.is(v + 1, "him")
                && !tk.is(v + 1, "her")
                && !tk.is(v + 1, "them")
                && !(v + 1 < tk.len() && tk.w(v + 1).is(flag::DET)))
    }

    /// The agent of a passive verb: "by X" or "in a press release" before `end`.
    fn agent(&self, v: usize, end: usize) -> Option<Np> {
        let tk = &self.tk;
        let mut j = v + 1;
        while j < end {
            // (not "by depriving shareholders": a gerund is how, not who)
            let gerund = tk.lower(j + 1) && tk.t(j + 1).ends_with("ing");
            if (tk.is(j, "by") || tk.is(j, "in")) && !gerund {
                if let Some(np) = tk.np_right(j + 1, end) {
                    if agent_np(&np, tk.is(j, "by")) {
                        // Only up to "as": "described in a press release as a".
                        return Some(np);
                    }
                }
            }
            if tk.is(j, "as") {
                break;
            }
            j += 1;
        }
        None
    }

    /// The agent right after the quotation that opens at `open`: "“…” by X".
    fn agent_after(&self, open: usize) -> Option<Np> {
        let tk = &self.tk;
        if !tk.quote_mark(open) {
            return None;
        }
        let close = (open + 1..(open + 60).min(tk.len())).find(|&j| tk.quote_mark(j))?;
        let by = close + 1;
        if !tk.is(by, "by") {
            return None;
        }
        let ceil = (by + 1..(by + 16).min(tk.len()))
            .find(|&j| tk.punct_in(j, &[".", ",", ";", ":", "!", "?"]) || tk.quote_mark(j))
            .unwrap_or((by + 16).min(tk.len()));
        let np = tk.np_right(by + 1, ceil)?;
        agent_np(&np, true).then_some(np)
    }

    /// A name opening its clause (from `floor`) and a comma right before `role`, a noun
    /// phrase ending in a role ("Katrina Bull, a prospective parliamentary candidate"): the
    /// name, described by the role. Not "Thus, the researchers", "Commenting on Funaro, a
    /// banker", "A Department for Media, Culture and Sport spokeswoman".
    fn name_before_role(&self, role: &Np, floor: usize) -> Option<Np> {
        let tk = &self.tk;
        if role.kind != NpKind::Common
            || role.first <= floor + 1
            || !tk.is(role.first - 1, ",")
            || !tk
                .w(tk.head_of(role.first, role.last))
                .is(flag::TITLE | flag::SPEAKER_NOUN)
        {
            return None;
        }
        let name = tk.np_left(role.first - 1, floor)?;
        let after_prep = name.first > 0
            && tk.lower(name.first - 1)
            && (tk.w(name.first - 1).is(flag::PREP) || tk.np_prep(name.first - 1));
        let fits = name.kind == NpKind::Name
            && !tk.w(name.first).is(flag::DET)
            && !(name.core.1 - name.core.0 == 1 && tk.sentence_case_only(name.core.0))
            && (floor..name.first).all(|i| {
                tk.w(i).is(flag::LEAD) && !tk.w(i).is(flag::PREP) || i > floor && tk.is(i, ",")
            })
            && (name.first..name.core.0).all(|j| tk.cap(j))
            && !after_prep;
        fits.then(|| Np {
            desc: Some(tk.span(role.first, role.last)),
            ..name
        })
    }

    /// The subject of the verb at `v`.
    fn subject_of(&self, v: usize, floor: usize) -> Option<Np> {
        self.subject_of_depth(v, floor, 0)
    }

    fn subject_of_depth(&self, v: usize, floor: usize, depth: u8) -> Option<Np> {
        let tk = &self.tk;
        let mut j = v;
        loop {
            while j > floor && tk.skippable(j - 1) {
                j -= 1;
            }
            // "Bolton and Gorka both denounced", "…, all said"
            if j > floor + 1 && matches!(tk.t(j - 1), "both" | "all" | "each") {
                j -= 1;
                continue;
            }
            // "Lind later Thursday told", "Okafor on Monday said": a day between the
            // subject and its verb (not after an object: "the groups who wrote to her on
            // Thursday say").
            // "Mr Howard last week said" likewise.
            let day = if j > floor + 1 && day_word(tk.t(j - 1)) {
                Some(j - 1)
            } else if j > floor + 2
                && matches!(tk.t(j - 1), "week" | "month" | "year")
                && matches!(tk.t(j - 2), "last" | "this")
            {
                Some(j - 2)
            } else {
                None
            };
            if let Some(mut d) = day {
                if d > floor + 1 && (tk.is(d - 1, "on") || tk.is(d - 1, "earlier")) {
                    d -= 1;
                }
                let object = tk.np_left(d, floor).is_some_and(|np| {
                    np.first > floor
                        && (tk.w(np.first - 1).is(flag::PREP) && tk.lower(np.first - 1)
                            || tk.verb_at(np.first - 1, floor))
                });
                if !object {
                    j = d;
                    continue;
                }
            }
            // "The State Department less than two weeks ago said"
            if j > floor + 1 && tk.is(j - 1, "ago") {
                let mut k = j - 1;
                while k > floor
                    && (tk.kind(k - 1) == TokenKind::Number
                        || tk.w(k - 1).is(flag::DET | flag::TIME)
                        || matches!(
                            tk.t(k - 1),
                            "than"
                                | "less"
                                | "more"
                                | "about"
                                | "just"
                                | "only"
                                | "nearly"
                                | "weeks"
                                | "week"
                                | "days"
                                | "day"
                                | "months"
                                | "month"
                                | "years"
                                | "year"
                                | "hours"
                                | "hour"
                                | "minutes"
                        ))
                {
                    k -= 1;
                }
                if k < j - 1 {
                    j = k;
                    continue;
                }
            }
            break;
        }
        if j <= floor {
            return None;
        }
        let k = j - 1;
        let t = tk.t(k);
        let w = tk.w(k);
        if tk.t(v).ends_with("ing") && t == "," && k > floor + 1 && depth < 3 {
            // "Okoro left early, Nefzi said, adding, “…”": the participle goes with the
            // reporting clause right before it, not with the sentence it reports on.
            if let Some((VerbClass::Speech, _)) = tk.reporting_verb(k - 1, floor)
                && !tk.t(k - 1).ends_with("ing")
                && let Some(np) = self.subject_of_depth(k - 1, floor, depth + 1)
            {
                return Some(np);
            }
        }
        if tk.t(v).ends_with("ing") && (t == "," || w.is(flag::PREP | flag::CONJ) && !w.relative) {
            // "…, arguing that": the subject of the main clause.
            return self.clause_subject(floor, k).map(|f| f.np);
        }
        // (a hyphen with a space on each side stands for a dash: "The band - whose LP
        // … - thanked")
        let spaced_hyphen = t == "-"
            && k > 0
            && tk.doc.tokens[k - 1].span.end < tk.doc.tokens[k].span.start
            && tk.doc.tokens[k].span.end < tk.doc.tokens[k + 1].span.start;
        if matches!(t, "—" | "--" | "–") || spaced_hyphen {
            // "Gingrich — mentioned by Newsmax as … — told Bill O’Reilly"
            let lo = k.saturating_sub(40).max(floor);
            // (a participle goes with its main clause: "He struggles with a task - bragging
            // - conceding that"; and the object of a preposition is no subject: "the
            // countries involved in the accord - the U.S., Japan … - had agreed")
            let opening = (lo..k).rev().find(|&j| tk.is(j, t));
            if let Some(d) = opening
                && tk.t(v).ends_with("ing")
            {
                return self.clause_subject(floor, d).map(|f| f.np);
            }
            if let Some(d) = opening
                && let Some(np) = tk.np_left(d, floor)
                && !(np.first > floor
                    && tk.w(np.first - 1).is(flag::PREP)
                    && tk.lower(np.first - 1))
            {
                // "John Dickey, the chief executive of Ora Media — … — told": the name,
                // with the role as its description.
                if np.kind != NpKind::Pronoun
                    && np.first > floor + 1
                    && tk.is(np.first - 1, ",")
                    && let Some(name) = tk.np_left(np.first - 1, floor)
                    && name.kind == NpKind::Name
                    && !tk.is(np.first, "and")
                {
                    return Some(Np {
                        desc: Some(tk.span(np.first, np.last)),
                        ..name
                    });
                }
                return Some(np);
            }
        }
        if t == ","
            && !tk.t(v).ends_with("ing")
            && tk.w(v).verb == Some(VerbClass::Speech)
            && !addressee_verb(tk.t(v))
            && let Some(np) = tk.np_right(v + 1, tk.len())
            && np.kind != NpKind::Common
        {
            // "The paradox of Nancy, says Carl Anthony, historian at …, is that": inverted.
            let np = self.with_appositive(np, tk.len());
            let after = match np.desc {
                Some(d) => tk.doc.token_from(d.end),
                None => np.last,
            };
            // (or the sentence ends: "Manufacturing is recovering, says John Smith, the
            // bank's chief economist.")
            if tk.is(after, ",") || after >= tk.len() || tk.punct_in(after, &[".", "!", "?"]) {
                return Some(np);
            }
        }
        if t == "," {
            // X, who …, said / X, a member of …, said / Sanders, meanwhile, who …, said
            let lo = k.saturating_sub(40).max(floor);
            // "Mr. Slinker, whose latest start-up, Paradata, uses big data …, said": a
            // relative clause with commas of its own names no source inside; its
            // antecedent is the source.
            if let Some(rc) =
                (lo..k).find(|&j| tk.is(j, ",") && matches!(tk.t(j + 1), "who" | "whose"))
                && (rc + 1..k).filter(|&j| tk.is(j, ",")).count() >= 2
                && !(rc..k).any(|j| tk.quote_mark(j))
                && let Some(np) = tk.np_left(rc, floor)
                && np.kind == NpKind::Name
            {
                return Some(np);
            }
            let mut tries = 0;
            let mut c = k;
            while tries < 4 {
                let Some(comma) = (lo..c).rev().find(|&j| tk.is(j, ",")) else {
                    break;
                };
                // "Cory James, 22, of Flint, Mich., said": a place after a preposition or
                // an age is part of the appositive, not the source.
                let after_prep = |np: &Np| {
                    np.first > floor && tk.w(np.first - 1).is(flag::PREP) && tk.lower(np.first - 1)
                };
                let aside = |np: &Np| {
                    after_prep(np)
                        || (np.core.0..np.core.1).all(|j| tk.kind(j) == TokenKind::Number)
                };
                // "Chief secretary to the Treasury, George Osborne, said": a role with the
                // body it serves, then the name.
                // (not a place: "a woman in Worcester, Massachusetts, told him")
                if let Some(np) = tk.np_left(comma, floor).filter(after_prep)
                    && matches!(tk.t(np.first - 1), "to" | "of" | "for" | "at")
                    && let Some(role) = tk.np_left(np.first - 1, floor)
                    && role.kind == NpKind::Common
                    && tk.w(role.last - 1).is(flag::SPEAKER_NOUN | flag::TITLE)
                    && let Some(name) = tk.np_right(comma + 1, k)
                    && name.kind == NpKind::Name
                    && name.first == comma + 1
                    && name.last == k
                {
                    return Some(Np {
                        desc: Some(tk.span(role.first, np.last)),
                        ..name
                    });
                }
                if let Some(np) = tk.np_left(comma, floor).filter(|np| !aside(np)) {
                    // "The housing minister, Claire Adeyemi, said": the name, with the
                    // role as its description; also a role in a named body ("the head of
                    // the Farmers Union, Ann Holt, said").
                    let role = np.kind == NpKind::Common
                        || np.kind == NpKind::Name && (np.first..np.core.0).any(|j| tk.np_prep(j));
                    if role
                        && let Some(name) = tk.np_right(comma + 1, k)
                        && name.kind == NpKind::Name
                        && !(name.first..name.core.0)
                            .any(|j| tk.np_prep(j) || tk.w(j).is(flag::DET))
                        && name.last == k
                    {
                        return Some(Np {
                            desc: Some(tk.span(np.first, np.last)),
                            ..name
                        });
                    }
                    // "Rory O'Neill, editor of Hazards magazine, which conducted the
                    // research, said": the name before the role.
                    if let Some(name) = self.name_before_role(&np, floor) {
                        return Some(name);
                    }
                    let desc = tk.appositive(comma, k).map(|(s, _)| s);
                    return Some(Np {
                        desc: desc.or(np.desc),
                        ..np
                    });
                }
                c = comma;
                tries += 1;
            }
            // "Chairman of the committee Peter Ainsworth MP, said:": a stray comma after a
            // name that is the whole clause before it, a role aside (no verb, no other comma).
            if tries == 0
                && !(floor..k).any(|q| tk.is(q, ",") || tk.quote_mark(q) || tk.verb_at(q, floor))
                && let Some(np) = tk.np_left(k, floor)
                && np.kind == NpKind::Name
            {
                return Some(np);
            }
            return None;
        }
        if w.relative {
            // the antecedent: "Palantir, which has expressed". When the antecedent is not
            // its own clause's subject ("Contrast that with Sanders, who says …"), "who" or
            // "that" is the words that name the source (the name is the antecedent's); a
            // subject ("The workers, who chanted …") and "which" stay the phrase.
            let mut a = k;
            if a > floor && tk.is(a - 1, ",") {
                a -= 1;
            }
            let np = tk.np_left(a, floor)?;
            let subject = (self.clause_start(floor, np.first)..np.first)
                .all(|j| tk.w(j).is(flag::LEAD | flag::CONJ) || tk.is(j, ","));
            let rel = (matches!(t, "who" | "that") && !subject).then_some(k);
            return Some(Np { rel, ..np });
        }
        if matches!(t, "and" | "but" | "or") && depth < 3 {
            // a second verb of the same subject: "tweeted … and encouraged"; the same
            // reporting verb before it first ("De Blasio said the move was made by … and
            // said")
            let lo = k.saturating_sub(30).max(floor);
            if tk.w(v).verb == Some(VerbClass::Speech)
                && let Some(p) = (lo..k)
                    .rev()
                    .take_while(|&p| !tk.quote_mark(p))
                    .find(|&p| tk.t(p) == tk.t(v))
            {
                return self.subject_of_depth(p, floor, depth + 1);
            }
            // The first verb of the clause, whose subject opens it, with no comma or
            // subordinate clause between ("Negroponte wants the laptops to become common
            // but conceded", "The minister did not specify which … but said"), not a verb
            // of a clause inside it ("Wilkerson started it when he brought up … and said").
            let cs = self.clause_start(floor, k);
            let finite = |q: usize| {
                tk.verb_at(q, floor) && !tk.w(q).is(flag::AUX) && !(q > floor && tk.is(q - 1, "to"))
            };
            if !(cs..k).any(|q| tk.quote_mark(q))
                && let Some(q) = (cs..k).find(|&q| finite(q))
                && !(q..k).any(|c| {
                    tk.is(c, ",") || subordinating(tk.t(c)) || matches!(tk.t(c), "if" | "as")
                })
                && self.opens_with_subject(q, floor)
            {
                return self.subject_of_depth(q, floor, depth + 1);
            }
            // A reporting verb and its clause, a comma, then a second reporting verb: "Oakley
            // said the transfer was expected, and told reporters": the first verb's subject,
            // not that of the reported clause.
            if tk.w(v).verb == Some(VerbClass::Speech)
                && k > cs + 1
                && tk.is(k - 1, ",")
                && !(cs..k).any(|q| tk.quote_mark(q))
                && let Some(q) = (cs..k).find(|&q| finite(q))
                && tk.w(q).verb == Some(VerbClass::Speech)
                && !(q..k - 1).any(|c| {
                    tk.is(c, ",") || subordinating(tk.t(c)) || matches!(tk.t(c), "if" | "as")
                })
                && self.opens_with_subject(q, floor)
            {
                return self.subject_of_depth(q, floor, depth + 1);
            }
            let mut p = k;
            // (a passive participle is the verb of a clause inside: "He did not indicate
            // what levels were sought by the nations, and noted")
            let mut passive = None;
            while p > floor {
                p -= 1;
                if tk.quote_mark(p) {
                    break;
                }
                // (an aside in brackets has no verb of the clause: "stick to their guns
                // (pun intended) and repeat")
                if tk.is(p, ")")
                    && let Some(o) = (lo..p).rev().find(|&o| tk.is(o, "(") || tk.is(o, ")"))
                    && tk.is(o, "(")
                {
                    p = o;
                    continue;
                }
                if tk.verb_at(p, floor) && !tk.w(p).is(flag::AUX) {
                    if tk.after_be(p, floor) {
                        passive = passive.or(Some(p));
                        continue;
                    }
                    // "she looked into the camera, shook her head and said": a list of
                    // verbs; the first of them, before the comma, has the subject.
                    let mut b = p;
                    while b > floor && tk.skippable(b - 1) {
                        b -= 1;
                    }
                    if b > floor + 1
                        && tk.is(b - 1, ",")
                        && let Some(q) = (lo..b - 1)
                            .rev()
                            .take_while(|&q| {
                                !tk.quote_mark(q)
                                    && !tk.punct_in(q, &[",", ".", "!", "?", ";", ":", "—", "–"])
                            })
                            .find(|&q| tk.verb_at(q, floor) && !tk.w(q).is(flag::AUX))
                        && self.opens_with_subject(q, floor)
                    {
                        return self.subject_of_depth(q, floor, depth + 1);
                    }
                    return self.subject_of_depth(p, floor, depth + 1);
                }
            }
            return passive.and_then(|p| self.subject_of_depth(p, floor, depth + 1));
        }
        if let Some(np) = tk.pronoun(k) {
            return Some(np);
        }
        if let Some(np) = self.relative_subject(j, floor) {
            return Some(np);
        }
        let np = tk.np_left(j, floor)?;
        // "Katrina Bull, a prospective parliamentary candidate said", "Brent Bozell, PTC
        // president and conservative activist said": a name opening the clause, then its
        // role with the closing comma missing.
        // (not "Clinton, a top aide said, “…”", the aside of an attribution; but a bare
        // role is no such aside: "Theodore Brophy, chairman of GTE said, “…”")
        if (!tk.is(v + 1, ",") || !tk.w(np.first).is(flag::DET))
            && let Some(name) = self.name_before_role(&np, floor)
        {
            return Some(name);
        }
        // "Sanders started out their ninth debate saying", "his campaign sent out a press
        // release saying": an -ing verb after an object speaks for the clause subject.
        // "…, with many marchers and spectators chanting": theirs (all of the joined
        // phrase), whoever the sentence is about.
        let agent_like = np.kind == NpKind::Name
            || matches!(
                np.noun_type,
                Some(SpeakerType::Person | SpeakerType::Group | SpeakerType::Organization)
            );
        if tk.t(v).ends_with("ing") && agent_like {
            let mut p = np.first;
            while p > floor + 1
                && np.first - p < 6
                && tk.lower(p - 1)
                && (tk.np_word(p - 1) || tk.w(p - 1).is(flag::DET) || tk.is(p - 1, "and"))
            {
                p -= 1;
            }
            if p > floor && tk.is(p - 1, "with") {
                if p == np.first {
                    return Some(np);
                }
                return Some(Np {
                    noun_type: np.noun_type,
                    head_known: np.head_known,
                    ..Np::new(p, np.last, NpKind::Common)
                });
            }
        }
        let object = np.first > floor
            && (tk.verb_at(np.first - 1, floor)
                || tk.w(np.first - 1).is(flag::PREP)
                || tk.is(np.first - 1, "out")
                || tk.is(np.first - 1, "up"));
        let name_object = np.kind == NpKind::Name
            && np.first > floor
            && tk.w(np.first - 1).is(flag::PREP)
            && !matches!(tk.t(np.first - 1), "with" | "by");
        if tk.t(v).ends_with("ing")
            && (np.kind == NpKind::Common && (!np.head_known || object) || name_object)
            && let Some(f) = self.clause_subject(floor, np.first)
            && (f.np.kind != NpKind::Common || f.np.head_known)
            && f.np.first < np.first
        {
            return Some(f.np);
        }
        // "Protesters marching through the streets chanted": a phrase with an unknown head
        // right before the verb may be a modifier; the clause subject is the source.
        if np.kind == NpKind::Common
            && !np.head_known
            && np.first > floor
            && (tk.w(np.first - 1).is(flag::PREP) || tk.verb_like_ending(np.first - 1))
            && let Some(f) = self.clause_subject(floor, np.first)
            && f.np.kind == NpKind::Name
        {
            return Some(f.np);
        }
        // "Another source speaking to Newswire said", "an aide close to Lind said": a name
        // after a preposition that hangs on a participle or adjective is its object; the
        // phrase that word modifies is the source.
        let hangs = np.first > floor + 1 && {
            let h = np.first - 2;
            tk.lower(h) && (tk.verb_like_ending(h) || tk.np_word(h) && !tk.w(h).is(flag::NOUNISH))
        };
        if name_object
            && hangs
            && matches!(
                tk.t(np.first - 1),
                "to" | "near" | "beside" | "behind" | "alongside" | "toward" | "towards"
            )
            && let Some(f) = self.clause_subject(floor, np.first)
            && (f.np.kind != NpKind::Common || f.np.head_known)
            && f.np.first < np.first
        {
            return Some(f.np);
        }
        Some(np)
    }

    /// Is the verb at `q` the first thing after its subject, and that subject the first
    /// thing after a comma or the clause start ("…, he looked": yes; "…, making it clear
    /// that security trumped": no)?
    fn opens_with_subject(&self, q: usize, floor: usize) -> bool {
        let tk = &self.tk;
        let mut e = q;
        while e > floor && tk.skippable(e - 1) {
            e -= 1;
        }
        let seg = match (floor..e).rev().find(|&c| tk.is(c, ",")) {
            Some(c) => c + 1,
            None => self.clause_start(floor, e),
        };
        let Some(np) = tk.np_left(e, seg) else {
            return false;
        };
        (seg..np.first).all(|i| tk.w(i).is(flag::LEAD))
    }

    /// "An official who spoke on condition of anonymity to discuss the talks said": a
    /// relative clause with no commas between a subject and its verb (ending at `j`); the
    /// subject is the phrase before "who" or "which", when it opens its clause.
    fn relative_subject(&self, j: usize, floor: usize) -> Option<Np> {
        let tk = &self.tk;
        let lo = j.saturating_sub(20).max(floor + 1);
        let r = (lo..j)
            .rev()
            .take_while(|&r| {
                !tk.quote_mark(r) && !tk.punct_in(r, &[",", ".", "!", "?", ";", ":", "—", "–"])
            })
            .find(|&r| matches!(tk.t(r), "who" | "which"))?;
        // The relative clause has a verb of its own.
        if !(r + 1..j).any(|v| tk.verb_at(v, r + 1)) {
            return None;
        }
        let np = tk.np_left(r, floor)?;
        let source = np.kind == NpKind::Name || np.kind == NpKind::Common && np.head_known;
        let opens = np.first == floor
            || (self.clause_start(floor, np.first)..np.first)
                .all(|i| tk.w(i).is(flag::LEAD | flag::CONJ | flag::TIME) || tk.is(i, ","));
        (source && opens).then_some(np)
    }

    /// The subject of the clause the quotation sits in: its first noun phrase, when a verb
    /// follows it.
    pub fn clause_subject(&self, floor: usize, end: usize) -> Option<Found> {
        if let Some(&found) = self.subjects.borrow().get(&(floor, end)) {
            return found;
        }
        let found = self.find_clause_subject(floor, end);
        self.subjects.borrow_mut().insert((floor, end), found);
        found
    }

    /// [`Attributor::clause_subject`], not remembered.
    fn find_clause_subject(&self, floor: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        // (past a dateline: "LONDON, March 3 - The Bank of England cut rates, adding …")
        let mut i = tk.dateline_end(floor).filter(|&e| e < end).unwrap_or(floor);
        // Skip connectives and an opening adverbial ("In a letter to shareholders, …").
        while i < end && (tk.w(i).is(flag::LEAD | flag::CONJ) && !tk.w(i).relative || tk.is(i, ","))
        {
            i += 1;
        }
        if i >= end {
            return None;
        }
        // Opening adverbials, each up to its comma ("On July 6, 2015, Sanders made …").
        for _ in 0..3 {
            let opener = self.adverbial_start(i) || tk.w(i).is(flag::CONJ) && !tk.w(i).relative;
            if !opener {
                break;
            }
            let Some(comma) = (i..end).find(|&j| tk.is(j, ",")) else {
                // "During his time on the stand Mr Sullivan repeatedly told …", "During the
                // case on Tuesday Mr Ebbers denied …": no comma, up to a name before a verb.
                if tk.w(i).is(flag::PREP)
                    && let Some(np) = (i + 2..end.min(i + 16))
                        .filter(|&j| tk.cap(j) && !tk.cap(j - 1) && tk.name_tok(j))
                        .find_map(|j| {
                            let np = tk.np_right(j, end).filter(|np| {
                                np.kind == NpKind::Name && np.core.0 >= j && np.last < end
                            })?;
                            let mut after = np.last;
                            while after < end && tk.skippable(after) {
                                after += 1;
                            }
                            (after < end && tk.lower(after) && tk.verb_at(after, j)).then_some(np)
                        })
                {
                    i = np.core.0;
                    break;
                }
                // "at one point the crowd loudly reprised …": a short phrase, no comma.
                if tk.w(i).is(flag::PREP)
                    && let Some(pp) = tk.np_right(i + 1, end)
                    && pp.last < end
                    && pp.last - i <= 4
                {
                    i = pp.last;
                    break;
                }
                return None;
            };
            i = self.state_after_place(comma + 1, end).unwrap_or(comma + 1);
            // "On July 6, 2015, …": a number or time right after is part of the adverbial.
            while i < end
                && (tk.kind(i) == TokenKind::Number || tk.w(i).is(flag::TIME))
                && (i + 1..end.min(i + 3)).any(|j| tk.is(j, ","))
            {
                i = (i + 1..end).find(|&j| tk.is(j, ","))? + 1;
            }
        }
        if i >= end {
            return None;
        }
        let mut np = tk.np_right(i, end)?;
        // A capitalised word opening the sentence and written so nowhere else is no name
        // but an opener up to its comma ("Hours later, Trump …", "Loyalty, he noted, …",
        // "Shortly after the call ended, …"): the subject comes after it. A word before a
        // verb or a longer phrase is still the subject ("Respondents are …", "Hundreds of
        // demonstrators").
        if np.kind == NpKind::Name
            && np.core == (i, i + 1)
            && np.last == i + 1
            && i + 1 < end
            && !tk.verb_at(i + 1, i)
            && !tk.np_prep(i + 1)
            && !(tk.t(i).ends_with("ly") && tk.is(i + 1, ","))
        {
            let comma = (i + 1..end).find(|&c| tk.is(c, ","));
            let adverbial = tk.w(i + 1).is(flag::PREP);
            let opener =
                comma.filter(|&c| adverbial || c <= i + 3 && !(i + 1..c).any(|j| tk.verb_at(j, i)));
            if let Some(c) = opener
                && tk.sentence_case_only(i)
            {
                i = c + 1;
                np = tk.np_right(i, end)?;
            }
        }
        let mut after_np = np.last;
        while after_np < end && tk.skippable(after_np) {
            after_np += 1;
        }
        if np.kind == NpKind::Common && !np.head_known && tk.is(after_np, ",") {
            let _ = np.last;
            // "This week, Clinton said", "Hours later, Trump": a leading time phrase.
            i = after_np + 1;
            np = tk.np_right(i, end)?;
        }
        if np.first != i && np.kind != NpKind::Name {
            return None;
        }
        // "Skyline's chief operating officer, Henrik Dahl, said": the name.
        if np.kind == NpKind::Common
            && tk.is(np.last, ",")
            && let Some(name) = tk.np_right(np.last + 1, end)
            && name.kind == NpKind::Name
            && tk.is(name.last, ",")
        {
            let role = tk.span(np.first, np.last);
            np = Np {
                desc: Some(role),
                ..name
            };
            let mut after = name.last + 1;
            while after < end && tk.is(after, ",") {
                after += 1;
            }
            let _ = after;
            return Some(Found {
                np,
                cue: None,
                how: How::Clause,
            });
        }
        // "The ad claims “…”", "The photo quotes …": a reporting verb read as the head
        // noun of the phrase, with the quotation or its object right after.
        if np.kind == NpKind::Common
            && np.last - np.first >= 2
            && np.last <= end
            && tk.lower(np.last - 1)
            && tk.t(np.last - 1).ends_with('s')
            && tk.w(np.last - 1).verb.is_some()
            && (np.last == end
                || tk.quote_mark(np.last)
                || tk.w(np.last).is(flag::DET)
                || matches!(tk.t(np.last), "that" | "to"))
            && let Some(head) = tk.analyse(np.first, np.last - 1, Dir::Right)
            && head.kind == NpKind::Common
        {
            np = head;
        }
        let mut after = np.last;
        while after < end && tk.skippable(after) {
            after += 1;
        }
        // "Jason Sims — a teacher from Mount Pleasant — says …": a name's appositive between
        // dashes.
        // (true dashes only: with a spaced hyphen and the bar too, 15 BBC and polnear
        // quotations changed, several to the wrong person, "he" given to Gerry Conlon for
        // Tony Blair)
        const DASHES: [&str; 3] = ["—", "–", "--"];
        if np.kind == NpKind::Name
            && tk.punct_in(after, &DASHES)
            && let Some(close) = (after + 2..end.min(after + 14))
                .take_while(|&j| !tk.punct_in(j, &[".", "!", "?", ";", ":"]) && !tk.quote_mark(j))
                .find(|&j| tk.punct_in(j, &DASHES))
        {
            np.desc = np.desc.or(Some(tk.span(after + 1, close)));
            after = close + 1;
            while after < end && tk.skippable(after) {
                after += 1;
            }
        }
        // A verb, or a word in -s after a singular subject ("The ad targets").
        let third_person = after < end && tk.lower(after) && {
            let t = tk.t(after);
            let head = tk.t(np.last - 1);
            t.len() > 3
                && t.ends_with('s')
                && !t.ends_with("ss")
                && !head.ends_with('s')
                && tk.w(after).flags & (flag::PREP | flag::DET | flag::CONJ | flag::PRONOUN) == 0
        };
        // An auxiliary skipped on the way is a verb too ("NHS England has previously …").
        let aux_seen = (np.last..after).any(|j| tk.w(j).is(flag::AUX) && tk.lower(j));
        let verb_follows = aux_seen || after < end && (tk.verb_at(after, i) || third_person);
        // A single capitalised adverb is no name ("Specifically, …", "First, …"); a word in
        // -ly is one when it opens the phrase and the article writes it with a capital only
        // there (not "Former Chelsea captain Desailly, who …, says").
        let adverb = np.kind == NpKind::Name && np.core.1 - np.core.0 == 1 && {
            let t = tk.t(np.core.0);
            (t.ends_with("ly")
                && t.len() > 4
                && tk.is(after, ",")
                && np.first == np.core.0
                && tk.sentence_case_only(np.core.0))
                || tk.w(np.core.0).is(flag::ADV | flag::LEAD)
        };
        if adverb {
            return None;
        }
        // Nor is a one-word name after a determiner before a noun: it modifies the noun
        // ("The Reagan administration wants …"; not "The Bank of England cut rates").
        if np.kind == NpKind::Name
            && np.first < np.core.0
            && np.core.1 - np.core.0 == 1
            && tk.w(np.first).is(flag::DET)
            && !verb_follows
            && after < end
            && tk.lower(after)
            && !tk.w(after).is(flag::PREP | flag::CONJ | flag::ADV)
            // (a word in -s may be its verb: "the Daily News focuses on …")
            && !tk.t(after).ends_with('s')
        {
            return None;
        }
        // Nor is a capitalised word opening the sentence, written so nowhere else, before a
        // word that is no verb: it begins a common phrase ("Controversial new UK casinos
        // will be banned").
        if np.kind == NpKind::Name
            && np.core == (i, i + 1)
            && !verb_follows
            && after < end
            && tk.lower(after)
            && !tk.w(after).is(flag::PREP | flag::CONJ)
            && tk.sentence_case_only(i)
        {
            return None;
        }
        let ok = match np.kind {
            NpKind::Pronoun => {
                verb_follows
                    || after < end
                        && tk.lower(after)
                        && !tk.w(after).is(flag::PREP | flag::CONJ | flag::DET)
            }
            // "Alex Karp the company, which …": a verb, a missing verb before an object, or
            // an adjunct and then a verb ("Sanders on Saturday criticized").
            NpKind::Name => {
                verb_follows
                    || after < end && tk.lower(after) && !tk.w(after).is(flag::PREP | flag::CONJ)
                    || tk.is(after, ",")
                    || after < end
                        && tk.w(after).is(flag::PREP)
                        && (after + 1..(after + 5).min(end))
                            .any(|j| tk.verb_at(j, i) && !tk.w(j).is(flag::AUX))
            }
            NpKind::Common => verb_follows && np.head_known,
        };
        if !ok {
            return None;
        }
        // "The protesting health workers, who chanted": the phrase is the subject.
        Some(Found {
            np,
            cue: None,
            how: How::Clause,
        })
    }

    /// The reporting clause of a sentence `floor..end` that introduces the quotation after
    /// it ("Caddell continued:", "Schoen elaborated in an editorial that …").
    pub fn intro_clause(&self, floor: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        if end > floor && tk.is(end - 1, ":") {
            return self.colon_intro(floor, end - 1);
        }
        for v in floor..end {
            if tk.quote_mark(v) {
                return None;
            }
            if let Some((VerbClass::Speech, cue)) = tk.reporting_verb(v, floor)
                && let Some(np) = self.subject_of(v, floor)
            {
                return Some(Found {
                    np,
                    cue: Some(cue),
                    how: How::Direct,
                });
            }
        }
        if tk.is(end - 1, ":") {
            return self.colon_intro(floor, end - 1);
        }
        None
    }

    /// Who a narrative sentence `floor..end` is about, when it opens with a name or
    /// "he"/"she" followed by its verb ("Campbell signalled his intent to move abroad.",
    /// "He finished with a personal appeal."): a quotation that follows it alone is
    /// theirs (when the name is a person's: the caller checks).
    pub fn narrative_subject(&self, floor: usize, end: usize) -> Option<Found> {
        let tk = &self.tk;
        if (floor..end).any(|j| tk.quote_mark(j)) {
            return None;
        }
        // After an opening participle or prepositional phrase up to its comma ("Writing in
        // the Guardian, Mr Brown outlined …").
        let mut floor = floor;
        let opener = tk.t(floor).ends_with("ing") || tk.w(floor).is(flag::PREP);
        if opener && let Some(c) = (floor + 1..end.min(floor + 12)).find(|&j| tk.is(j, ",")) {
            floor = c + 1;
        }
        // (after a conjunction opening the sentence: "And she won't commit to an opinion
        // yet.")
        if floor + 1 < end && matches!(tk.t(floor), "And" | "But" | "Yet" | "So") {
            floor += 1;
        }
        let np = tk.np_right(floor, end)?;
        let person = match np.kind {
            NpKind::Name => true,
            NpKind::Pronoun => ["he", "she"]
                .iter()
                .any(|p| tk.t(np.first).eq_ignore_ascii_case(p)),
            _ => false,
        };
        // (an adverb may stand before the verb: "He then progressed to crutches")
        let mut v = np.last;
        if v + 1 < end && tk.w(v).is(flag::ADV) && tk.lower(v) {
            v += 1;
        }
        let verb = v < end
            && (tk.w(v).is(flag::VERB | flag::OTHER_VERB | flag::AUX) || tk.verb_like_ending(v));
        (np.first == floor && person && verb).then_some(Found {
            np,
            cue: None,
            how: How::Clause,
        })
    }

    /// The attribution in a short sentence `a..b` that follows a quotation and consists of
    /// nothing else (“….” Clinton said.).
    pub fn attribution_sentence(&self, a: usize, b: usize) -> Option<Found> {
        let tk = &self.tk;
        if b <= a {
            return None;
        }
        let found = self.attribution_at(a, b, false)?;
        // The attribution opens the sentence: "Hannity pressed.", "McDonough wrote in a
        // September 16 email to …", "Said Trump: …", "His niece, Marcia Price, said." —
        // not a later clause of it.
        let cue = found.cue?;
        let verb = tk.doc.token_from(cue.start);
        let opens = found.np.first == a
            || verb == a
            || found
                .np
                .desc
                .is_some_and(|d| tk.doc.token_from(d.start) == a)
            || (a..found.np.first.min(verb)).all(|j| tk.w(j).is(flag::LEAD));
        opens.then_some(found)
    }

    /// A sentence `a..b` of nothing but a subject and a verb in -ed (and an adverb) after
    /// a quoted question or exclamation: it tells how that was said, whatever the verb
    /// (“Who paid?” Okafor questioned. “Never!” the crowd roared loudly.).
    pub fn bare_verb_sentence(&self, a: usize, b: usize) -> Option<Found> {
        let tk = &self.tk;
        if b < a + 3 || !tk.punct_in(b - 1, &[".", "!"]) {
            return None;
        }
        let mut v = b - 2;
        if v > a + 1 && tk.skippable(v) {
            v -= 1;
        }
        let w = tk.w(v);
        if !tk.verb_like_ending(v)
            || !tk.t(v).ends_with("ed")
            || w.is(flag::OTHER_VERB | flag::AUX)
            || w.verb == Some(VerbClass::Passive)
        {
            return None;
        }
        let np = self.subject_chunk(a, v)?;
        (np.first == a && np.last == v && (np.kind != NpKind::Common || np.head_known)).then(|| {
            Found {
                np,
                cue: Some(tk.span(v, v + 1)),
                how: How::Direct,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np_text(doc: &Document, tk: &Toks, np: &Np) -> String {
        tk.span(np.core.0, np.core.1).slice(doc.text).to_string()
    }

    #[test]
    fn noun_phrases_left() {
        let cases: &[(&str, &str)] = &[
            (
                "the press release about the picket said",
                "the press release about the picket",
            ),
            (
                "White House press secretary Josh Earnest said",
                "Josh Earnest",
            ),
            ("Palantir CEO and co-founder Alex Karp said", "Alex Karp"),
            ("On Monday Clinton said", "Clinton"),
            (
                "a source familiar with the matter said",
                "a source familiar with the matter",
            ),
            (
                "the protesting health workers said",
                "the protesting health workers",
            ),
            ("he said", "he"),
            ("Rep. Gwen Moore (D-Wis.) said", "Rep. Gwen Moore"),
            ("the ad’s narrator said", "the ad’s narrator"),
        ];
        for (text, want) in cases {
            let doc = Document::new(text, None);
            let tk = Toks::new(&doc);
            let verb = (0..tk.len()).rev().find(|&i| tk.t(i) == "said").unwrap();
            let np = tk.np_left(verb, 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(np_text(&doc, &tk, &np), *want, "{text}");
        }
    }

    #[test]
    fn noun_phrases_right() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("said Zara, a member of the union.", "Zara", None),
            (
                "said White House press secretary Josh Earnest at a briefing",
                "Josh Earnest",
                Some("White House press secretary"),
            ),
            ("said the report", "the report", None),
            ("said one questioner", "one questioner", None),
            (
                "said Rep. G.K. Butterfield (D-N.C.), head of it",
                "Rep. G.K. Butterfield",
                None,
            ),
            (
                "said a spokesman for the company",
                "a spokesman for the company",
                None,
            ),
            (
                "said the BBC's home affairs correspondent Daniel Sandford",
                "Daniel Sandford",
                Some("BBC's home affairs correspondent"),
            ),
            (
                "said Tory shadow local government secretary Caroline Spelman",
                "Caroline Spelman",
                Some("Tory shadow local government secretary"),
            ),
        ];
        for (text, want, desc) in cases {
            let doc = Document::new(text, None);
            let tk = Toks::new(&doc);
            let np = tk.np_right(1, tk.len()).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(np_text(&doc, &tk, &np), *want, "{text}");
            assert_eq!(np.desc.map(|d| d.slice(text)), *desc, "{text}");
        }
    }
}
