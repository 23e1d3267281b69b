//! Quotations, who said them, and the reporting cue.
//!
//! Three steps, each in its own file:
//!
//! 1. [`marks`]: find the quotation marks (memchr) and pair them, paragraph by paragraph;
//! 2. [`attribute`]: find the source's words and the cue around each quotation, from
//!    tokens, capitalisation and the word tables in `data/` (reporting verbs, source
//!    nouns, pronouns, titles); quotations with no source of their own take the one of
//!    the quotation they continue;
//! 3. [`resolve`]: say who the source is ("he" -> "Alex Karp", "It" -> "NHS England"),
//!    through a registry filled from the entities extractor and the article's own names.

mod attribute;
mod lexicon;
mod marks;
mod resolve;

use crate::document::Document;
use crate::entities::Gender;
use crate::extract::{Analysis, Extractor, Options};
use crate::record::Mention;
use crate::segment::Sentence;
use crate::span::Span;
use attribute::{Attributor, Found, Frame, How, Np, NpKind};
use lexicon::{VerbClass, flag};
use marks::Pair;
use resolve::Registry;
use serde::Serialize;

/// What kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quoted statement.
    Direct,
    /// Quoted words inside reported speech.
    Partial,
    /// A quoted term ("described as a “blockade”").
    Scare,
    /// A title of a work.
    Title,
}

/// What kind of source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A group of people.
    Group,
    /// A document: a statement, a press release, a report.
    Document,
    /// Not known.
    Unknown,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// The words that name the source, as written ("he", "Zara").
    pub span: Span,
    /// The text at `span`.
    pub text: String,
    /// Who that is, resolved within the article ("Alex Karp"), if known.
    pub name: Option<String>,
    /// person, organization, group, document or unknown.
    #[serde(rename = "type")]
    pub kind: SpeakerType,
    /// Role or affiliation given with the attribution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Names of organisations (from `organizations`) the speaker is tied to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<String>,
}

/// One quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, inside the marks.
    pub span: Span,
    /// The text at `span`.
    pub text: String,
    /// direct, partial, scare or title.
    pub kind: QuoteKind,
    /// The source, if found.
    pub speaker: Option<Speaker>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Mention>,
}

/// Finds quotations.
pub struct QuoteExtractor {}

impl QuoteExtractor {
    /// Compiles the patterns.
    pub fn new(_opts: &Options) -> Self {
        // Load the word tables now rather than inside the first article.
        let _ = &*lexicon::LEXICON;
        QuoteExtractor {}
    }
}

impl Extractor for QuoteExtractor {
    type Output = Vec<Quote>;

    fn extract(&self, doc: &Document, found: &Analysis) -> Vec<Quote> {
        let mut pairs = marks::pairs(doc);
        marks::transcript_lines(doc, &mut pairs);
        if pairs.is_empty() {
            return Vec::new();
        }
        Article::new(doc, found, pairs).run()
    }
}

/// Where [`Article::person_before`] looks for the person a description stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Before {
    /// The sources and subjects of the sentences before.
    Near,
    /// Those, and who an attribution finishing one reports (for a title).
    Reported,
    /// Those, failing which the source of the last quotation.
    LastSource,
}

/// A source found for one quotation, before resolution.
#[derive(Clone, Copy, Debug)]
struct Source {
    found: Found,
    /// Inherited from another quotation (continuation).
    inherited: bool,
}

/// One article being processed.
struct Article<'a, 't> {
    doc: &'a Document<'t>,
    at: Attributor<'a, 't>,
    pairs: Vec<Pair>,
    frames: Vec<Frame>,
    sources: Vec<Option<Source>>,
    /// People and organisations from the entities extractor.
    known: Vec<resolve::Known<'a>>,
    /// The quoted words, sorted.
    quoted: Vec<Span>,
    /// [`Article::resolve`] of the phrases resolved so far, by phrase and depth (pronouns
    /// look back over the same sources); filled once the sources are final.
    resolved: rustc_hash::FxHashMap<(Np, u8), (Option<String>, SpeakerType)>,
    /// The mentions of `known` by position.
    mentions: resolve::MentionIndex,
    /// The final sources' phrases by position: (start, quotation), sorted.
    speakers: Vec<(usize, usize)>,
    /// The opening marks' tokens are in text order (so [`Article::first_frame_in`] may
    /// search them).
    frames_in_order: bool,
    /// The places the entities extractor found: their mentions, sorted.
    places: Vec<Span>,
}

impl<'a, 't> Article<'a, 't> {
    fn new(doc: &'a Document<'t>, found: &'a Analysis, pairs: Vec<Pair>) -> Self {
        let mut marks: Vec<usize> = Vec::with_capacity(pairs.len() * 2);
        for p in &pairs {
            if !p.open.is_empty() {
                marks.push(p.open.start);
            }
            if let Some(c) = p.close {
                marks.push(c.start);
            }
        }
        marks.sort_unstable();
        let people = found
            .entities
            .people
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.span));
        let organizations = found
            .entities
            .organizations
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.span));
        let at = Attributor::new(doc, marks, people, organizations);
        let frames = frames(doc, &pairs);
        let quoted = pairs.iter().map(|p| p.content).collect();
        let known = Registry::known(&found.entities);
        Article {
            doc,
            at,
            sources: vec![None; pairs.len()],
            pairs,
            frames,
            mentions: resolve::MentionIndex::new(&known),
            known,
            quoted,
            resolved: Default::default(),
            speakers: Vec::new(),
            frames_in_order: false,
            places: {
                let mut p: Vec<Span> = found
                    .entities
                    .places
                    .iter()
                    .flat_map(|e| e.mentions.iter().map(|m| m.span))
                    .collect();
                p.sort_unstable();
                p
            },
        }
    }

    fn run(mut self) -> Vec<Quote> {
        let n = self.pairs.len();
        for i in 0..n {
            let f = self.frames[i];
            if let Some(label) = self.pairs[i].label {
                self.sources[i] = Some(Source {
                    found: self.at.label_source(label),
                    inherited: false,
                });
                continue;
            }
            let mut s = self.at.find(&f).filter(|s| !self.dateline(s));
            if s.is_none() {
                s = self.next_sentence(i).or_else(|| self.dash_paragraph(i));
            }
            // “A,” X said, explaining …, “B”: B keeps X, found between the two.
            // A relative pronoun of its own ("…,” said Weaver, who said there are “…”)
            // stays.
            let from_before = s.is_some_and(|s| s.np.last <= f.open_tok && s.np.rel.is_none());
            // “A,” Cruz said as the heckler yelled: “B”: a later subject with a finite
            // reporting verb of its own keeps B.
            let tk = &self.at.tk;
            let own_verb = |s: &Found, prev: &Found| {
                let verb = |c: Span| tk.w(self.doc.token_from(c.start)).verb.is_some();
                s.how == How::Direct
                    && s.np.first >= prev.np.last
                    && s.cue.is_some_and(|c| {
                        let t = c.slice(self.doc.text);
                        !t.ends_with("ing")
                            && verb(c)
                            && prev.cue.is_some_and(|p| p.end <= c.start && verb(p))
                    })
            };
            if (s.is_none() || from_before)
                && i > 0
                && let Some(prev) = self.sources[i - 1]
                && !s.is_some_and(|s| own_verb(&s, &prev.found))
                && !prev.inherited
                && self.pairs[i - 1].para == self.pairs[i].para
                && prev.found.np.first >= self.frames[i - 1].after
                && prev.found.np.last <= f.open_tok
                && self.same_sentence(i - 1, i)
                && self.at.clause_start(self.frames[i - 1].after, f.open_tok) <= prev.found.np.first
            {
                s = Some(prev.found);
            }
            self.sources[i] = s.map(|found| Source {
                found,
                inherited: false,
            });
        }
        // (the last quotation before this one that has a source: a paragraph of thousands
        // of quotations is not searched back once for each)
        let mut last_sourced = None;
        for i in 0..n {
            if i > 0 && self.sources[i - 1].is_some() {
                last_sourced = Some(i - 1);
            }
            // A source found only as the clause subject gives way to the attribution that
            // ends the sentence: "Guns are “…” and “…,” Howard Dean proclaimed."
            if self.sources[i].is_some_and(|s| s.found.how == How::Clause)
                && let Some(end) = self.sentence_end(i)
            {
                self.sources[i] = Some(end);
            }
            if self.sources[i].is_none() {
                self.sources[i] = self
                    .sentence_end(i)
                    .or_else(|| self.inherit(i, last_sourced));
                if let Some(s) = self.sources[i]
                    && let Some(np) = self.nearer_mention(i, &s.found.np)
                {
                    self.sources[i] = Some(Source {
                        found: Found {
                            np,
                            cue: None,
                            how: s.found.how,
                        },
                        inherited: true,
                    });
                }
            }
        }
        self.fill_back();
        self.fill_forward();
        // "A woman in Worcester, Massachusetts, told reporters": a place after a role
        // phrase and its comma is no name of the source; the phrase is the source.
        for j in 0..self.sources.len() {
            if let Some(src) = self.sources[j]
                && let Some(np) = self.place_not_speaker(&src.found.np)
            {
                self.sources[j] = Some(Source {
                    found: Found { np, ..src.found },
                    ..src
                });
            }
        }
        // The sources are final: index them for the pronouns' look back.
        self.speakers = (0..self.pairs.len())
            .filter_map(|j| {
                let src = self.sources[j]?;
                Some((
                    self.at
                        .tk
                        .span(src.found.np.core.0, src.found.np.core.1)
                        .start,
                    j,
                ))
            })
            .collect();
        self.speakers.sort_unstable();
        self.frames_in_order = self.frames.is_sorted_by_key(|f| f.open_tok);
        let mut out = Vec::with_capacity(self.pairs.len());
        for i in 0..self.pairs.len() {
            out.push(self.quote(i));
        }
        out
    }

    /// `….” Clinton said.`: the sentence right after the quotation is only an attribution.
    fn next_sentence(&self, i: usize) -> Option<Found> {
        let f = &self.frames[i];
        if !f.closed || f.after < f.post_ceil || f.after >= f.para_end {
            return None;
        }
        let doc = self.doc;
        let si = doc.sentence_at(doc.tokens[f.after].span.start)?;
        let s = doc.sentences[si];
        if s.first != f.after || s.paragraph != self.pairs[i].para {
            return None;
        }
        let mut end = s.last;
        // A sentence cut after an abbreviation the segmenter did not know ("state Del.
        // Marcia Price shouted") goes on in the next one.
        let tk = &self.at.tk;
        let mut k = si;
        while k + 1 < doc.sentences.len()
            && doc.sentences[k + 1].paragraph == s.paragraph
            && k < si + 2
            && {
                let last = tk.t(doc.sentences[k].last - 1);
                last.len() <= 5
                    && last.ends_with('.')
                    && last.starts_with(|c: char| c.is_uppercase())
            }
        {
            k += 1;
            end = doc.sentences[k].last;
        }
        // A sentence that goes on to a quotation of its own introduces that one
        // (“….” He added, “…”).
        if let Some(next) = self.frames.get(i + 1)
            && next.open_tok < end
        {
            return None;
        }
        self.at.attribution_sentence(s.first, end).or_else(|| {
            // “Who paid?” Okafor questioned.: any verb after a question or exclamation
            // that opens its sentence.
            self.at
                .after_mark_quote(f, &["?", "!"])
                .then(|| self.at.bare_verb_sentence(s.first, end))
                .flatten()
        })
    }

    /// `“….”` making up its paragraph, then a paragraph `— Bernie Sanders.` or `-President
    /// Obama, tweeting after the speech.`: that name.
    fn dash_paragraph(&self, i: usize) -> Option<Found> {
        let p = &self.pairs[i];
        if !self.alone_in_paragraph(i) || p.para + 1 >= self.doc.paragraphs.len() {
            return None;
        }
        let tk = &self.at.tk;
        let next = self.doc.tokens_in(self.doc.paragraphs[p.para + 1]);
        if next.len() < 2 || !tk.punct_in(next.start, &attribute::DASH_MARKS) {
            return None;
        }
        self.at.dash_line(next.start + 1, next.end)
    }

    /// Does quotation `i` make up its paragraph (closed, opening it, followed by nothing but
    /// punctuation)?
    fn alone_in_paragraph(&self, i: usize) -> bool {
        let f = &self.frames[i];
        let p = &self.pairs[i];
        let tk = &self.at.tk;
        f.closed
            && f.open_tok == self.para_first_token(p.para)
            && self.pairs.get(i + 1).is_none_or(|n| n.para != p.para)
            && (f.after..f.para_end).all(|j| tk.punct_in(j, &[".", ","]) || tk.quote_mark(j))
    }

    /// A statement making up its paragraph, with no source before it, then a paragraph
    /// opening with a quotation attributed after its closing mark (“….”\n\n“…,” Viguerie
    /// notes.): the two are one speaker's.
    fn fill_forward(&mut self) {
        for i in (0..self.pairs.len().saturating_sub(1)).rev() {
            let next = &self.pairs[i + 1];
            if self.sources[i].is_some()
                || next.para != self.pairs[i].para + 1
                || !self.alone_in_paragraph(i)
                || !self.statement(i)
            {
                continue;
            }
            let f = &self.frames[i + 1];
            if f.open_tok == self.para_first_token(next.para)
                && let Some(s) = self.sources[i + 1]
                && s.found.np.first >= f.after
                && s.found.np.last <= f.para_end
            {
                self.sources[i] = Some(Source {
                    found: s.found,
                    inherited: true,
                });
            }
        }
    }

    /// A quotation that takes its source from an earlier one but follows a sentence about
    /// the same speaker ("Roloson supports Clinton. “I'm a college graduate …”", "He then
    /// had a question. “Who’s going to pay for it?”"): that nearer mention.
    fn nearer_mention(&self, i: usize, src: &Np) -> Option<Np> {
        let doc = self.doc;
        let tk = &self.at.tk;
        let f = &self.frames[i];
        if f.open_tok == 0 || src.first >= f.open_tok {
            return None;
        }
        let last = f.open_tok - 1;
        if !tk.punct_in(last, &[".", "!", "?"]) {
            return None;
        }
        let si = doc.sentence_at(doc.tokens[last].span.start)?;
        let sent = doc.sentences[si];
        let para = self.pairs[i].para;
        if sent.paragraph + 1 < para || sent.first <= src.first {
            return None;
        }
        if self.pairs.iter().any(|p| p.content.overlaps(sent.span)) {
            return None;
        }
        let cand = self.at.clause_subject(sent.first, sent.last)?.np;
        let same = match (cand.kind, src.kind) {
            (NpKind::Name, NpKind::Name) => {
                let a = tk.t(cand.core.1 - 1);
                let b = tk.t(src.core.1 - 1);
                attribute::contraction_base(a) == attribute::contraction_base(b)
            }
            (NpKind::Pronoun, NpKind::Name | NpKind::Pronoun) => {
                let w = tk.pronoun_word(cand.core.0);
                let person = matches!(
                    attribute::contraction_base(tk.t(cand.core.0))
                        .to_ascii_lowercase()
                        .as_str(),
                    "he" | "she"
                );
                let src_person =
                    src.kind == NpKind::Name || tk.pronoun_word(src.core.0).speaker == w.speaker;
                person && src_person && !w.first_person
            }
            _ => false,
        };
        same.then_some(cand)
    }

    /// Do quotations `a` and `b` start in the same sentence (no full stop between them
    /// outside quoted words)?
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        let tk = &self.at.tk;
        let from = self.frames[a].after;
        let to = self.frames[b].open_tok;
        !(from..to).any(|j| tk.punct_in(j, &[".", "!", "?"]))
    }

    /// `“A” and “B,” he said.`: a later quotation of the same sentence attributed after its
    /// closing mark gives its source to the earlier ones.
    fn sentence_end(&self, i: usize) -> Option<Source> {
        let doc = self.doc;
        let si = doc.sentence_at(self.pairs[i].content.start)?;
        let end = doc.sentences[si].span.end;
        // (a sentence of thousands of quotations is not searched to its end once for each:
        // the attribution that ends it is within the next hundred)
        let last = self.pairs.len().min(i + 101);
        for j in i + 1..last {
            let p = &self.pairs[j];
            if p.para != self.pairs[i].para || p.open.start >= end {
                break;
            }
            if let Some(s) = self.sources[j]
                && !s.inherited
                && s.found.np.first >= self.frames[j].after
            {
                return Some(Source {
                    found: s.found,
                    inherited: true,
                });
            }
        }
        None
    }

    /// The source of the quotation before, when this one continues it: the previous piece
    /// of a multi-paragraph quotation, an earlier quotation in the same paragraph, or, for a
    /// quotation that opens its paragraph, the last source in the previous paragraph.
    /// The sentence before quotation `i`, in its paragraph, when the quotation opens its
    /// own sentence.
    fn sentence_before(&self, i: usize) -> Option<Sentence> {
        let (f, p) = (&self.frames[i], &self.pairs[i]);
        if f.open_tok != f.pre_floor {
            return None;
        }
        let si = self.doc.sentence_at(p.open.start)?.checked_sub(1)?;
        let prev = self.doc.sentences[si];
        (prev.paragraph == p.para).then_some(prev)
    }

    /// The source quotation `i`, without one of its own, takes from the quotations and
    /// sentences around it; `last_sourced` is the last quotation before it that has one.
    fn inherit(&self, i: usize, last_sourced: Option<usize>) -> Option<Source> {
        let p = &self.pairs[i];
        let prev = i.checked_sub(1).map(|j| (j, &self.pairs[j]));
        let inherit = |j: usize| {
            self.sources[j].map(|s| Source {
                found: s.found,
                inherited: true,
            })
        };
        if let Some((j, _)) = prev
            && p.continues
        {
            return inherit(j);
        }
        let f = &self.frames[i];
        // An earlier quotation of this paragraph with a source; but a reporting clause in
        // the sentence between them, right before this one, is nearer ("Some users said
        // … “click through” …. Cory Doctorow said that Google should not be penalised.
        // “Of course …”").
        if let Some(j) = last_sourced.filter(|&j| self.pairs[j].para == p.para) {
            if let Some(prev) = self.sentence_before(i)
                && prev.span.start >= self.pairs[j].content.end
                && let Some(found) = self.at.intro_clause(prev.first, prev.last)
                // (a plain verb of saying, not one of several senses: "the rights have been
                // snapped up", "defended the decision to attack")
                && found.cue.is_some_and(|c| {
                    let cue = c.slice(self.doc.text);
                    PLAIN_SAYING.iter().any(|w| w.eq_ignore_ascii_case(cue))
                })
            {
                return Some(Source {
                    found,
                    inherited: true,
                });
            }
            return inherit(j);
        }
        // A quotation opening a sentence after "…, Schiff said.": that source.
        if let Some(prev) = self.sentence_before(i) {
            // (the quoted words are sorted and apart: the last to start before the
            // sentence ends is the one that may reach into it)
            let k = self.quoted[..i].partition_point(|c| c.start < prev.span.end);
            let quoted = k > 0 && self.quoted[k - 1].overlaps(prev.span);
            // (a story's subject speaks a statement, not a term)
            let statement = self.statement(i);
            if !quoted
                && let Some(found) = self.at.intro_clause(prev.first, prev.last).or_else(|| {
                    statement
                        .then(|| self.narrative_speaker(prev.first, prev.last))
                        .flatten()
                })
            {
                return Some(Source {
                    found,
                    inherited: true,
                });
            }
        }
        let para_first = self.para_first_token(p.para);
        let opens_paragraph =
            f.open_tok == para_first || f.pre_floor == f.open_tok && self.pre_is_empty(i);
        if !opens_paragraph || p.para == 0 {
            return None;
        }
        // The previous paragraph: its last quotation's source, or the reporting clause that
        // introduces this one ("Caddell continued:").
        let prev_para = p.para - 1;
        let last_quote = last_sourced.filter(|&j| self.pairs[j].para >= prev_para);
        let intro = self.intro(prev_para);
        match (last_quote, intro) {
            (Some(j), Some((pos, found))) => {
                let qpos = self.pairs[j].content.start;
                if pos > qpos {
                    Some(Source {
                        found,
                        inherited: true,
                    })
                } else {
                    inherit(j)
                }
            }
            (Some(j), None) => inherit(j),
            (None, Some((_, found))) => Some(Source {
                found,
                inherited: true,
            }),
            (None, None) => self.narrative_paragraph_before(i).map(|found| Source {
                found,
                inherited: true,
            }),
        }
    }

    /// A statement opening its paragraph after a paragraph of narration about one person
    /// ("Viguerie is upbeat about Cruz’s chances.\n\n“Not only can Ted Cruz win …”"): that
    /// person, when the paragraph before quotes nobody.
    fn narrative_paragraph_before(&self, i: usize) -> Option<Found> {
        let p = &self.pairs[i];
        let prev_para = p.para.checked_sub(1)?;
        if i > 0 && self.pairs[i - 1].para >= prev_para || !self.statement(i) {
            return None;
        }
        let doc = self.doc;
        let toks = doc.tokens_in(doc.paragraphs[prev_para]);
        let last = toks.end.checked_sub(1).filter(|&l| l >= toks.start)?;
        if !self.at.tk.punct_in(last, &["."]) {
            return None;
        }
        let si = doc.sentence_at(doc.tokens[last].span.start)?;
        let sent = doc.sentences[si];
        // (a short paragraph: a long one's last sentence is seldom what the next is about)
        let first = doc.sentence_at(doc.tokens[toks.start].span.start)?;
        if si > first + 1 {
            return None;
        }
        self.narrative_speaker(sent.first.max(toks.start), sent.last)
    }

    /// Is quotation `i` a statement rather than a term (four words or more)? ("“Web radio,”
    /// a technology that …" is no one's statement.)
    fn statement(&self, i: usize) -> bool {
        self.pairs[i]
            .content
            .slice(self.doc.text)
            .split_whitespace()
            .nth(3)
            .is_some()
    }

    /// The person a narrative sentence `a..b` is about ([`Attributor::narrative_subject`]):
    /// "he" or "she", or a name the entities extractor found as a person's ("Campbell
    /// signalled …", not "Playbook reported …" nor "Nobody knows …").
    fn narrative_speaker(&self, a: usize, b: usize) -> Option<Found> {
        let found = self.at.narrative_subject(a, b)?;
        if found.np.kind == NpKind::Name && !self.known_as(&found.np, SpeakerType::Person) {
            return None;
        }
        Some(found)
    }

    /// Does phrase `np` overlap a mention of an entity of `kind` the entities extractor
    /// found?
    fn known_as(&self, np: &Np, kind: SpeakerType) -> bool {
        let span = self.at.tk.span(np.first, np.last);
        self.mentions
            .overlapping(span)
            .any(|(_, k)| self.known[k].kind == kind)
    }

    /// For a name given with a role phrase before it ([`Np::desc`]) that the entities
    /// extractor found only as a place, right after another place that ends the phrase
    /// (a city and its state), the role phrase as the source.
    fn place_not_speaker(&self, np: &Np) -> Option<Np> {
        let desc = np.desc?;
        if np.kind != NpKind::Name
            || self.known_as(np, SpeakerType::Person)
            || self.known_as(np, SpeakerType::Organization)
        {
            return None;
        }
        // (a city and its state or country: both places, one on each side of the comma)
        let span = self.at.tk.span(np.core.0, np.core.1);
        let before = Span::new(desc.end.saturating_sub(1), desc.end);
        if !self.registry().place_at(span) || !self.registry().place_at(before) {
            return None;
        }
        // (the phrase up to its preposition: "A woman" of "A woman in Worcester")
        let tk = &self.at.tk;
        let r = self.doc.tokens_in(desc);
        let end = (r.start..r.end)
            .find(|&j| tk.w(j).is(flag::PREP) && !tk.cap(j))
            .unwrap_or(r.end);
        tk.np_right(r.start, end)
            .filter(|p| p.kind == NpKind::Common && p.first == r.start)
    }

    /// Is source `s` the place of a dateline ("WASHINGTON, Dec. 8 (UPI) -- “…”"): a name in
    /// capitals opening its line and followed by a comma, and no organisation's? (The clause
    /// after a dateline may also have its subject taken for the place: "WASHINGTON, March 13
    /// - President Reagan told …".)
    fn dateline(&self, s: &Found) -> bool {
        let tk = &self.at.tk;
        let start = tk.span(s.np.first, s.np.first + 1).start;
        let line_start = self.doc.text[..start]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| c == '\n');
        // (not an organisation's initials: "UKIP, …")
        line_start
            && !self.known_as(&s.np, SpeakerType::Organization)
            && tk.is(s.np.last, ",")
            && (s.np.first..s.np.last).all(|j| {
                let t = tk.t(j);
                t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
            })
    }

    /// Nothing but white space between the paragraph start and the opening mark.
    fn pre_is_empty(&self, i: usize) -> bool {
        let p = &self.pairs[i];
        let para = self.doc.paragraphs[p.para];
        self.doc.text[para.start..p.open.start].trim().is_empty()
    }

    fn para_first_token(&self, para: usize) -> usize {
        self.doc.token_from(self.doc.paragraphs[para].start)
    }

    /// The last reporting clause of paragraph `para` outside quotations ("He then listed
    /// the qualities:", "Schoen elaborated in an editorial that …"), with its position.
    fn intro(&self, para: usize) -> Option<(usize, Found)> {
        let doc = self.doc;
        let span = doc.paragraphs[para];
        let toks = doc.tokens_in(span);
        if toks.is_empty() {
            return None;
        }
        // The last sentence of the paragraph, after any quotation in it.
        let si = doc.sentence_at(doc.tokens[toks.end - 1].span.start)?;
        let mut floor = doc.sentences[si].first.max(toks.start);
        for (j, p) in self.pairs.iter().enumerate() {
            if p.para == para {
                floor = floor.max(self.frames[j].after);
            }
        }
        let end = toks.end;
        if floor >= end {
            return None;
        }
        let found = self.at.intro_clause(floor, end)?;
        Some((doc.tokens[found.np.first].span.start, found))
    }

    /// Multi-paragraph quotations attributed only at the end take that source for their
    /// earlier pieces.
    fn fill_back(&mut self) {
        let n = self.pairs.len();
        let mut i = n;
        while i > 0 {
            i -= 1;
            if !self.pairs[i].continues {
                continue;
            }
            let Some(s) = self.sources[i] else { continue };
            if s.inherited {
                continue;
            }
            let mut j = i;
            while j > 0 && self.pairs[j].continues {
                j -= 1;
                if self.sources[j].is_none() {
                    self.sources[j] = Some(Source {
                        found: s.found,
                        inherited: true,
                    });
                }
            }
        }
    }

    fn registry(&self) -> Registry<'_, 'a, 't> {
        Registry::new(
            &self.at.tk,
            &self.known,
            &self.mentions,
            &self.quoted,
            &self.places,
        )
    }

    /// Builds the output item of quotation `i`.
    fn quote(&mut self, i: usize) -> Quote {
        let text = self.doc.text;
        let p = self.pairs[i];
        let source = self.sources[i];
        let (kind, term) = self.kind(i, source.as_ref());
        let (speaker, cue) = match (term, source) {
            (true, _) | (_, None) => (None, None),
            (_, Some(s)) => {
                let speaker = self.speaker(&s.found);
                let cue = if s.inherited {
                    None
                } else {
                    s.found.cue.map(|c| Mention::new(c, text))
                };
                (Some(speaker), cue)
            }
        };
        Quote {
            span: p.content,
            text: p.content.slice(text).to_string(),
            kind,
            speaker,
            cue,
        }
    }

    /// direct, partial, scare or title.
    /// The kind of quotation `i`, and whether its words are a term that no one is quoted as
    /// saying ("so-called “closed” primaries", titles), so it has no speaker.
    fn kind(&self, i: usize, source: Option<&Source>) -> (QuoteKind, bool) {
        let tk = &self.at.tk;
        let f = &self.frames[i];
        let p = &self.pairs[i];
        let words = p
            .content
            .slice(self.doc.text)
            .split_whitespace()
            .take(12)
            .count();
        // The words right before the opening mark.
        let before = |k: usize| {
            f.open_tok
                .checked_sub(k)
                .filter(|&j| j >= f.pre_floor)
                .map(|j| tk.w(j))
        };
        let cue_before = |bits: u32| (1..=3).any(|k| before(k).is_some_and(|w| w.is(bits)));
        // "so-called “closed” primaries", "known as the “Gang of Eight”": a name for
        // something, said by no one; "the phrase “Islamic terrorism”": a term, still used
        // by the clause's source.
        let cue = |bits: u32| {
            before(1).is_some_and(|w| w.is(bits))
                || cue_before(bits) && before(1).is_some_and(|w| w.is(flag::DET))
        };
        if words <= 6 && cue(flag::NAMING_CUE) {
            return (QuoteKind::Scare, true);
        }
        // One letter or digit is a label, said by no one ("the “A” and “B” shares").
        let mut chars = p.content.slice(self.doc.text).trim().chars();
        if chars.next().is_some_and(char::is_alphanumeric) && chars.next().is_none() {
            return (QuoteKind::Scare, true);
        }
        if words <= 4 && cue(flag::SCARE_CUE) {
            return (QuoteKind::Scare, source.is_none());
        }
        // Most words capitalised, not counting the small words titles keep in lower case
        // (articles, prepositions, conjunctions: "State of the Union", "Guardians of the
        // Galaxy").
        let minor = |w: &str| {
            w.starts_with(|ch: char| ch.is_lowercase())
                && tk.word(w).is(flag::DET | flag::PREP | flag::CONJ)
        };
        let title_case = words <= 10 && {
            let c = p.content.slice(self.doc.text);
            let (mut caps, mut counted) = (0, 0);
            for w in c.split_whitespace() {
                if w.starts_with(|ch: char| ch.is_uppercase() || ch.is_numeric()) {
                    caps += 1;
                    counted += 1;
                } else if !minor(w) {
                    counted += 1;
                }
            }
            // (or a number: "her new documentary “13th”", "the film “2012”")
            caps * 2 > counted && c.starts_with(|ch: char| ch.is_uppercase() || ch.is_numeric())
        };
        let direct_src = source.is_some_and(|s| s.found.how == How::Direct && !s.inherited);
        // "the film “Apollo 13”", "NBC’s “Nightly News”", "on “Face the Nation”"
        let possessive_before = f.open_tok > f.pre_floor && {
            let t = tk.t(f.open_tok - 1);
            tk.cap(f.open_tok - 1) && (t.ends_with("’s") || t.ends_with("'s"))
        };
        let show_before = f.open_tok > f.pre_floor && tk.is(f.open_tok - 1, "on");
        // "his “Keepin’ It Real” radio program": a noun for a work right after the mark.
        let work_after = f.closed
            && (f.after..(f.after + 2).min(f.post_ceil)).any(|j| tk.w(j).is(flag::TITLE_CUE));
        let titled = cue_before(flag::TITLE_CUE) || possessive_before || show_before || work_after;
        // A source's own words rarely follow a possessive name in title case: "told
        // MSNBC’s “Morning Joe” that …" names the show the source spoke on.
        // ("a book called “Women Who Work”" too)
        // (after "titled", "entitled", a title cue itself, the first test holds)
        let naming = f.open_tok > f.pre_floor
            && ["called", "named"]
                .iter()
                .any(|w| tk.t(f.open_tok - 1).eq_ignore_ascii_case(w));
        let work_before = before(1).is_some_and(|w| w.is(flag::TITLE_CUE))
            || naming && before(2).is_some_and(|w| w.is(flag::TITLE_CUE));
        if words <= 10 && title_case && titled && (!direct_src || possessive_before || work_before)
        {
            return (QuoteKind::Title, true);
        }
        // A paragraph of its own, quoted, in title case: a heading ("'All Bets Are Off.'"
        // between two paragraphs), said by no one.
        if words <= 10 && title_case && !p.continues && heading_paragraph(self.doc, p) {
            return (QuoteKind::Title, true);
        }
        let embedded = f.open_tok > f.pre_floor
            && !tk.punct_in(f.open_tok - 1, &[":", ","])
            && !tk.quote_mark(f.open_tok - 1);
        let starts_upper = p
            .content
            .slice(self.doc.text)
            .starts_with(|c: char| c.is_uppercase());
        let kind = match source {
            None => {
                // Without a source, a few words are a term rather than a statement.
                if words <= 3 && embedded
                    || !embedded && words <= 6 && !sentence_like(p.content.slice(self.doc.text))
                {
                    QuoteKind::Scare
                } else if embedded && !starts_upper {
                    QuoteKind::Partial
                } else {
                    QuoteKind::Direct
                }
            }
            Some(s) => {
                let framed = !s.inherited
                    && s.found.cue.is_some_and(|c| {
                        let w = tk.w(self.doc.token_from(c.start));
                        matches!(
                            w.verb,
                            Some(lexicon::VerbClass::Passive | lexicon::VerbClass::Frame)
                        )
                    });
                if embedded && words <= 3 && framed {
                    QuoteKind::Scare
                } else if embedded && (!starts_upper || words <= 3) {
                    QuoteKind::Partial
                } else {
                    QuoteKind::Direct
                }
            }
        };
        (kind, false)
    }

    /// The speaker of a source: its words, who it is, its kind and role.
    fn speaker(&mut self, found: &Found) -> Speaker {
        let text = self.doc.text;
        let np = found.np;
        let mut span = match np.rel {
            Some(r) => self.at.tk.span(r, r + 1),
            None => self.at.tk.span(np.core.0, np.core.1),
        };
        if np.kind == NpKind::Pronoun && np.rel.is_none() {
            // "It’s" -> "It"
            let base = attribute::contraction_base(span.slice(text));
            span.end = span.start + base.len();
        }
        let (name, kind) = self.resolve(&np, 0);
        let description = np.desc.map(|d| one_line(d.slice(text)));
        let mut organizations = Vec::new();
        // The organisations of a person or group: in the description ("Zara, a member of
        // the BMA"), else the known ones in the phrase itself ("a GOP strategist").
        if matches!(kind, SpeakerType::Person | SpeakerType::Group) {
            if let Some(d) = np.desc {
                let reg = self.registry();
                organizations = reg.organizations_in(d);
                if organizations.is_empty() {
                    resolve::organizations_in_text(&self.at.tk, d, &mut organizations);
                }
            } else if np.kind == NpKind::Common {
                let core = self.at.tk.span(np.core.0, np.core.1);
                organizations = self.registry().known_organizations_in(core);
            }
        }
        Speaker {
            span,
            text: span.slice(text).to_string(),
            name,
            kind,
            description,
            organizations,
        }
    }

    /// Who the phrase `np` names (on one line), and its kind. Only called once the
    /// sources are final (the answers are remembered).
    fn resolve(&mut self, np: &Np, depth: u8) -> (Option<String>, SpeakerType) {
        if let Some((name, kind)) = self.resolved.get(&(*np, depth)) {
            return (name.clone(), *kind);
        }
        let (name, kind) = self.resolve_np(np, depth);
        let name = name.map(|n| one_line(&n));
        self.resolved.insert((*np, depth), (name.clone(), kind));
        (name, kind)
    }

    fn resolve_np(&mut self, np: &Np, depth: u8) -> (Option<String>, SpeakerType) {
        let text = self.doc.text;
        let span = self.at.tk.span(np.core.0, np.core.1);
        match np.kind {
            NpKind::Name => {
                let words = name_words(&self.at.tk, np);
                let at = span.start;
                let guess = self.guess_name_kind(np);
                let reg = self.registry();
                // "the Treasury Secretary said": a title in capitals after "the" is the
                // person given it earlier, not the organisation it names (unless the title
                // is in an entity's name: "the Scottish Executive", "the Hollywood
                // Reporter").
                let tk = &self.at.tk;
                let h = np.core.1 - 1;
                let head = tk.w(h);
                let titled = np.core.0 > 0
                    && tk.t(np.core.0 - 1).eq_ignore_ascii_case("the")
                    && head.is(flag::SPEAKER_NOUN)
                    && head.speaker == Some(SpeakerType::Person)
                    && reg.entity_at(tk.span(h, h + 1)).is_none();
                if titled {
                    let orgs = reg.known_organizations_in(span);
                    let title: Vec<&str> = (np.core.0..np.core.1).map(|j| tk.t(j)).collect();
                    if let Some(person) = reg.person_in_role(&title, &orgs, at) {
                        return (Some(person.to_string()), SpeakerType::Person);
                    }
                }
                // "said the American", "the Russian revealed": a demonym after "the" is a
                // person of the story, the one named last before it (else the phrase).
                if !titled
                    && np.core.1 - np.core.0 == 1
                    && the_before(tk, np.core.0)
                    && one_person_demonym(tk, np.core.0)
                    && reg.entity_at(span).is_none()
                {
                    let person = (depth <= 2)
                        .then(|| self.person_before(span.start, depth, Before::LastSource))
                        .flatten();
                    let name = person.unwrap_or_else(|| format!("the {}", one_line(&words)));
                    return (Some(name), SpeakerType::Person);
                }
                let reg = self.registry();
                let found = reg.lookup_span(&words, span);
                match found {
                    // (a title no one was given: the title itself, a person's)
                    _ if titled && found.as_ref().is_none_or(|k| k.kind != SpeakerType::Person) => {
                        (
                            Some(format!("the {}", one_line(&words))),
                            SpeakerType::Person,
                        )
                    }
                    Some(k) => {
                        let kind = if k.kind == SpeakerType::Unknown {
                            guess
                        } else {
                            k.kind
                        };
                        (Some(one_line(&k.name)), kind)
                    }
                    None => (Some(one_line(&words)), guess),
                }
            }
            NpKind::Common => {
                // An entity the phrase names is who that is ("the Rove ad" is Karl Rove's,
                // "a DHSC spokesperson" speaks for the department), but a document stays a
                // document ("Mr Crosby's statement"), and a person or group merely from an
                // organisation or with a person is not them ("a GOP strategist", "a Cruz
                // adviser": its organisations say so); unless the entity is the phrase
                // itself, head noun included ("the Mayor"). The head is the last word
                // before a joining preposition ("chairman" of "the chairman of Barclays").
                let tk = &self.at.tk;
                let h = tk.head_of(np.core.0, np.core.1);
                let head = tk.w(h);
                // (but a person's name opening the phrase, before a role of something, is
                // the person: "Dr Mike Watts head of exploration")
                let named_first = h + 1 < np.core.1
                    && h >= np.core.0 + 2
                    && (np.core.0..h).all(|j| tk.cap(j))
                    && self
                        .registry()
                        .entity_at(tk.span(np.core.0, h))
                        .is_some_and(|k| k.kind == SpeakerType::Person);
                let member = !named_first
                    && matches!(np.noun_type, Some(SpeakerType::Person | SpeakerType::Group))
                    && head.is(flag::SPEAKER_NOUN)
                    && !head.is(flag::SPEAKS_FOR)
                    && self
                        .registry()
                        .entity_at(self.at.tk.span(h, h + 1))
                        .is_none();
                // (one who speaks for a person is not that person: "Tony Blair's official
                // spokesman")
                let for_person =
                    |kind: SpeakerType| head.is(flag::SPEAKS_FOR) && kind == SpeakerType::Person;
                if !member
                    && let Some(k) = self.registry().entity_at(span)
                    && !for_person(k.kind)
                {
                    let kind = match np.noun_type {
                        Some(SpeakerType::Document) => SpeakerType::Document,
                        _ => k.kind,
                    };
                    return (Some(k.name), kind);
                }
                let tk = &self.at.tk;
                // "the 30-year-old", "the 47-year-old director": a person by their age, the
                // one the story is about (not "the 47-year-old's lawyer", nor a spokesman,
                // who speaks for another).
                let t = span.slice(text);
                let first = tk.t(np.core.0);
                let the = first.eq_ignore_ascii_case("the");
                // (a possessive after the head is its complement's: "one person with
                // knowledge of the governor's dilemma" is not definite)
                let definite = the || (np.core.0..h).any(|j| tk.ends_possessive(j));
                // (someone's relation is not that person: "Brannick's son", "the wife of
                // John Smith")
                let person_at = |j: usize| {
                    self.registry()
                        .entity_at(tk.span(j, j + 1))
                        .is_some_and(|k| k.kind == SpeakerType::Person)
                };
                let persons = !the
                    && (np.core.0..np.core.1).any(|j| tk.ends_possessive(j) && person_at(j))
                    || (h + 1..np.core.1).any(|j| tk.cap(j) && person_at(j));
                let tk = &self.at.tk;
                // (a description with "the" may also stand for the source of the last
                // quotation; one with a possessive only looks at the sentences before)
                let look = if the {
                    Before::LastSource
                } else {
                    Before::Near
                };
                let year_old = |j: usize| tk.t(j).ends_with("-year-old");
                let age = year_old(h)
                    || the
                        && np.noun_type == Some(SpeakerType::Person)
                        && !head.is(flag::SPEAKS_FOR)
                        && (np.core.0..h).any(|j| year_old(j) && !tk.ends_possessive(j));
                let kind = if age {
                    SpeakerType::Person
                } else {
                    np.noun_type.unwrap_or(SpeakerType::Unknown)
                };
                if age
                    && definite
                    && !persons
                    && depth <= 2
                    && let Some(person) = self.person_before(span.start, depth, look)
                {
                    return (Some(person), kind);
                }
                let tk = &self.at.tk;
                // "the company added": the organisation of that kind mentioned last (not
                // "the government", a country's, which articles seldom name).
                if definite
                    && kind == SpeakerType::Organization
                    && np.core.1 - np.core.0 <= 2
                    && !matches!(tk.t(np.core.1 - 1), "government" | "administration")
                    && let Some(org) = self
                        .registry()
                        .organization_before(tk.t(np.core.1 - 1), span.start)
                {
                    return (Some(org.to_string()), kind);
                }
                // "But the Home Office defended the measures. A spokesman said:": one who
                // speaks for a body the phrase does not name speaks for the subject of the
                // sentence before, in its paragraph.
                if head.is(flag::SPEAKS_FOR)
                    && np.core.1 - np.core.0 == 2
                    && let Some(si) = self.doc.sentence_at(span.start)
                    && let Some(prev) = si.checked_sub(1).map(|p| self.doc.sentences[p])
                    && prev.paragraph == self.doc.sentences[si].paragraph
                    && let Some(org) = self.registry().subject_organization(prev.span)
                {
                    return (Some(org.to_string()), SpeakerType::Organization);
                }
                // "a company spokesman said": the company of the article named last whose
                // type is known, as for "the company said".
                if head.is(flag::SPEAKS_FOR)
                    && np.core.1 - np.core.0 == 3
                    && !tk.cap(np.core.0 + 1)
                    && let Some(org) = self
                        .registry()
                        .typed_organization_before(tk.t(np.core.0 + 1), span.start)
                {
                    return (Some(org.to_string()), SpeakerType::Organization);
                }
                // The description's words, head noun last (only a definite one is read; so
                // is the outlet's own, "said our correspondent").
                let ours = first.eq_ignore_ascii_case("our");
                let words: Vec<&str> = if definite || ours {
                    (np.core.0..np.core.1).map(|j| tk.t(j)).collect()
                } else {
                    Vec::new()
                };
                // "the Spurs sporting director": the person given that role earlier.
                if (definite || ours) && kind == SpeakerType::Person {
                    let reg = self.registry();
                    let orgs = reg.known_organizations_in(span);
                    if let Some(person) = reg.person_in_role(&words, &orgs, span.start) {
                        return (Some(person.to_string()), kind);
                    }
                }
                // So is a definite description by a word for a person, failing a person
                // given that role ("the sprinter", "the veteran defender"), or by a title
                // after the party or body it leads ("the Lib Dem leader asked" after
                // "Charles Kennedy has said"; not a spokesman, who speaks for a body).
                // (with "the", not someone's: "Mr Sigarchi's lawyer" is not Mr Sigarchi)
                let titled_by_body = head.is(flag::TITLE)
                    && !head.is(flag::SPEAKS_FOR)
                    // (nor staff: "The White House aide" is seldom the one named before)
                    && !matches!(tk.t(h), "aide" | "adviser" | "advisor" | "official")
                    && first.eq_ignore_ascii_case("the")
                    && np.core.1 - np.core.0 >= 3
                    && (np.core.0 + 1..np.core.1 - 1).all(|j| tk.cap(j));
                // ("the Waterford man", "the Glasgow woman": a person of the story by where
                // they are from)
                let from_place = the
                    && matches!(tk.t(h), "man" | "woman")
                    && (np.core.0 + 1..h).any(|j| tk.cap(j));
                if definite
                    && !persons
                    && depth <= 2
                    && (head.is(flag::EPITHET) || titled_by_body || from_place)
                    && np.noun_type == Some(SpeakerType::Person)
                    && let Some(person) = self.person_before(
                        span.start,
                        depth,
                        if titled_by_body {
                            Before::Reported
                        } else {
                            look
                        },
                    )
                    && !(titled_by_body && self.other_role(&person, &words))
                {
                    return (Some(person), kind);
                }
                let name = definite.then(|| {
                    let t = one_line(t);
                    match t.strip_prefix("The ") {
                        Some(rest) => format!("the {rest}"),
                        None => t,
                    }
                });
                (name, kind)
            }
            NpKind::Pronoun => {
                let w = self.at.tk.pronoun_word(np.core.0);
                let own = w.speaker.or(w.possessive).unwrap_or(SpeakerType::Unknown);
                if w.first_person || depth > 2 {
                    return (None, own);
                }
                match self.antecedent(np, depth) {
                    Some((name, kind)) => (Some(name), kind),
                    None => (None, own),
                }
            }
        }
    }

    /// The kind of a name from its own words and role.
    fn guess_name_kind(&self, np: &Np) -> SpeakerType {
        let tk = &self.at.tk;
        if let Some(t) = np.noun_type {
            return t;
        }
        let (a, b) = np.core;
        if (a..b).any(|j| tk.w(j).is(flag::ORG_WORD)) {
            return SpeakerType::Organization;
        }
        // A capitalised common noun ("Analysts said", "Officials said").
        if b - a == 1
            && let Some(t) = tk.w(a).speaker
            && tk.w(a).is(flag::SPEAKER_NOUN)
        {
            return t;
        }
        let letters = |j: usize| tk.t(j).chars().filter(|c| c.is_alphabetic()).count();
        if b - a == 1
            && letters(a) >= 2
            && tk
                .t(a)
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        {
            return SpeakerType::Organization;
        }
        if let Some(d) = np.desc {
            // The first role noun of the description decides: "a member of …" is a
            // person, "US tech firm" an organisation.
            for j in self.doc.tokens_in(d) {
                let w = tk.w(j);
                if tk.cap(j) && !w.is(flag::TITLE) {
                    continue;
                }
                if w.is(flag::ORG_DESC) {
                    return SpeakerType::Organization;
                }
                if w.is(flag::TITLE) || w.speaker == Some(SpeakerType::Person) {
                    return SpeakerType::Person;
                }
            }
        }
        if (a..b).any(|j| tk.w(j).is(flag::TITLE)) || b - a >= 2 {
            return SpeakerType::Person;
        }
        SpeakerType::Person
    }

    /// What a pronoun refers to: the nearest earlier source or sentence subject of a
    /// fitting kind (he/she: a person; it: an organisation or document; they: a group or
    /// organisation), else the nearest fitting name.
    fn antecedent(&mut self, np: &Np, depth: u8) -> Option<(String, SpeakerType)> {
        let doc = self.doc;
        let tk_pron = attribute::contraction_base(self.at.tk.t(np.core.0)).to_ascii_lowercase();
        let fits = |k: SpeakerType| match tk_pron.as_str() {
            "he" | "she" | "his" | "her" => k == SpeakerType::Person,
            "it" | "its" => matches!(k, SpeakerType::Organization | SpeakerType::Document),
            "they" | "their" => matches!(k, SpeakerType::Group | SpeakerType::Organization),
            _ => false,
        };
        let person = matches!(tk_pron.as_str(), "he" | "she" | "his" | "her");
        let they = matches!(tk_pron.as_str(), "they" | "their");
        // "he" is not a woman nor "she" a man: the gender a candidate must not have.
        let not = pronoun_gender(&tk_pron).map(Gender::other);
        let has_people = self.known.iter().any(|k| k.kind == SpeakerType::Person);
        let at = doc.tokens[np.core.0].span.start;
        let si = doc.sentence_at(at)?;
        let lo = si.saturating_sub(8);
        let mut spoken_for: Option<(String, SpeakerType)> = None;
        // The nearest candidate, when it is passed over only for the gender its given
        // name suggests ("Beryl Sprinkel, chairman of the council, said … “…,” he told").
        let mut against_name: Option<(String, SpeakerType)> = None;
        let mut looked = false;
        for s in (lo..=si).rev() {
            let sent = doc.sentences[s];
            // Sources of quotations whose speaker is in this sentence, last first.
            let mut cands = self.sources_in(sent.span, at, false);
            let sources = cands.len();
            // The sentence subject.
            let mut end = sent.last;
            if let Some(j) = self.first_frame_in(sent.first, sent.last) {
                end = end.min(self.frames[j].open_tok);
            }
            let first = sent.first.max(self.outside_quote(sent.first));
            // Who the sentence reports, when an attribution finishes it ("The Reagan
            // administration wants …, Deputy Secretary of State John Whitehead said.",
            // "…, according to Mike Osborne of Kleinwort Grieveson."), then its subject.
            if first < end {
                let reported = self.at.reported_in(first, end);
                // (a person a sentence is "according to", for "he" or "she")
                let according = person
                    .then(|| self.at.according_to_in(first, end))
                    .flatten();
                let subject = self.at.clause_subject(first, end);
                // The subject of a verb of saying in a last clause joined by a conjunction
                // after a comma is nearer than the first clause's ("The future was in
                // question, but Villa chairman Doug Ellis said he was happy. “…,” he
                // told"). (Only a conjunction after a comma: `clause_start`, which also
                // cuts at semicolons, dashes and subordinators, moved eleven quotations
                // of eight records on BBC and polnear-train, about half of them wrongly.)
                let tk = &self.at.tk;
                let joined = (first + 2..end)
                    .rev()
                    .find(|&j| tk.is(j - 1, ",") && tk.w(j).is(flag::CONJ) && !tk.w(j).relative)
                    .and_then(|j| self.at.clause_subject(j, end))
                    .filter(|f| {
                        f.np.last < tk.len()
                            && matches!(
                                tk.reporting_verb(f.np.last, f.np.first),
                                Some((VerbClass::Speech, _))
                            )
                    });
                for f in [reported, according, joined, subject].into_iter().flatten() {
                    if doc.tokens[f.np.core.0].span.start < at
                        && !self.inside_quote(doc.tokens[f.np.core.0].span.start)
                        && !cands.contains(&f.np)
                    {
                        cands.push(f.np);
                    }
                }
            }
            for (ci, c) in cands.into_iter().enumerate() {
                if c.core == np.core {
                    continue;
                }
                let nearest = !looked;
                looked = true;
                // A capitalised word opening its sentence and written so nowhere else
                // ("Typically, …") is no person, unless the entities extractor says so.
                if person
                    && c.kind == NpKind::Name
                    && c.core.1 - c.core.0 == 1
                    && self.at.tk.sentence_case_only(c.core.0)
                    && self
                        .registry()
                        .entity_at(self.at.tk.span(c.core.0, c.core.1))
                        .is_none()
                {
                    continue;
                }
                // "Asked if South Korea would drop its barriers, he said": a place is no
                // "he" or "she" (one a role phrase describes is: "Yukos spokesman Mike Lake").
                if person
                    && c.kind == NpKind::Name
                    && c.desc.is_none()
                    && self
                        .registry()
                        .place_at(self.at.tk.span(c.core.0, c.core.1))
                    && !self.known_as(&c, SpeakerType::Person)
                {
                    continue;
                }
                let (mut name, mut kind) = self.resolve(&c, depth + 1);
                // People described in the plural are a group, which "they" may be ("MCI's
                // directors have backed Verizon. They are accused of …").
                // A description ("the French star", "the computer giant", "the band")
                // that names no one the article names is no antecedent of a pronoun: most
                // likely it describes the one named before it, whom the search goes on to.
                // (people described in the plural are the group "they" stands for: "MCI's
                // directors have backed Verizon. They are accused of …")
                let plural_people = they
                    && kind == SpeakerType::Group
                    && crate::data::plural_shape(self.at.tk.t(c.core.1 - 1));
                if c.kind == NpKind::Common
                    && self.at.tk.w(c.core.1 - 1).is(flag::EPITHET)
                    && !plural_people
                    && !self.known.iter().any(|k| name.as_deref() == Some(k.name))
                {
                    continue;
                }
                // The owner of a document or thing ("Tuttle's article ... He calls"), when
                // the phrase itself does not fit the pronoun.
                if !fits(kind)
                    && c.kind == NpKind::Common
                    && let Some(p) = (c.core.0..c.core.1).find(|&j| self.at.tk.ends_possessive(j))
                    && let Some(k) = self.registry().entity_at(self.at.tk.span(c.core.0, p + 1))
                    && fits(k.kind)
                {
                    (name, kind) = (Some(k.name), k.kind);
                }
                // "A Labour Party spokesman told … “…,” he said": one who speaks for an
                // organisation stands for it, as when named as the source ("he" or "she"
                // as the word says: not "she" for a spokesman); the nearest such is kept
                // for when no name fits.
                // (or given as the organisation a spokesperson speaks for: "A spokesman for
                // the BPI said the chart was due “…”. “…,” he said")
                let tk = &self.at.tk;
                let speaker_noun = if c.kind == NpKind::Common {
                    Some(c.core.1 - 1)
                } else {
                    tk.speaks_for_before(c.core.0)
                };
                let spokesperson = person
                    && kind == SpeakerType::Organization
                    && speaker_noun.is_some_and(|n| {
                        tk.w(n).is(flag::SPEAKS_FOR)
                            && not.is_none_or(|g| noun_gender(tk.t(n)) != Some(g))
                    });
                if spokesperson && spoken_for.is_none() {
                    spoken_for = name.clone().map(|n| (n, kind));
                }
                // "he" and "she" are people the entities extractor found, when it found
                // any, or names with a title: not "Kent County Republican" or a place.
                let titled =
                    (c.core.0.saturating_sub(1)..c.core.1).any(|j| tk.w(j).is(flag::TITLE));
                if person
                    && c.kind == NpKind::Name
                    && has_people
                    && !titled
                    && !self
                        .known
                        .iter()
                        .any(|k| k.kind == SpeakerType::Person && name.as_deref() == Some(k.name))
                {
                    continue;
                }
                // "“…,” one CBT crush trader said. “…,” he added": the pronoun is that
                // unnamed source, whom no name further back stands for.
                // (or, in the sentence before, the subject of a reporting verb: "A Chinese
                // journalist said conditions are not ripe. “…,” he said."; not of one that
                // has a person addressed, who may be the pronoun: "A reporter asked
                // Sanders how he felt. He replied: “…”")
                let says = ci < sources
                    || s + 1 == si
                        && c.last < tk.len()
                        && matches!(
                            tk.reporting_verb(c.last, c.first),
                            Some((VerbClass::Speech, _))
                        )
                        && !attribute::addressee_verb(tk.t(c.last))
                        && !matches!(tk.t(c.last), "asked" | "asks" | "questioned");
                if name.is_none()
                    && person
                    && s < si
                    && says
                    && c.kind == NpKind::Common
                    && ["a", "an", "one", "another"]
                        .iter()
                        .any(|w| tk.t(c.core.0).eq_ignore_ascii_case(w))
                    && kind == SpeakerType::Person
                    && !spokesperson
                    && not.is_none_or(|g| noun_gender(tk.t(c.core.1 - 1)) != Some(g))
                {
                    return None;
                }
                if let Some(name) = name
                    && fits(kind)
                {
                    // A person of the other gender is passed over: by the pronoun a
                    // pronoun source is ("she said" before "he added"), else by an
                    // honorific or given name ("Mrs. Okafor", "Maria Okafor").
                    if let Some(not) = not {
                        if c.kind == NpKind::Pronoun {
                            if pronoun_gender(self.at.tk.t(c.core.0)) == Some(not) {
                                continue;
                            }
                        } else {
                            match self.registry().person_for(&name, Some(c.core), not) {
                                None => {
                                    // (the nearest, by a given name's gender only: kept
                                    // for when no one else fits)
                                    if nearest
                                        && c.kind == NpKind::Name
                                        && !self.registry().honorific_gender(c.core.0, c.core.1)
                                    {
                                        against_name.get_or_insert((name, kind));
                                    }
                                    continue;
                                }
                                Some(person) => return Some((person.to_string(), kind)),
                            }
                        }
                    }
                    return Some((name, kind));
                }
            }
        }
        // The nearest fitting name, else the organisation of the nearest spokesperson,
        // else a source whose given name alone spoke against the pronoun.
        self.registry()
            .nearest_before(at, fits, not)
            .map(|k| (k.name, k.kind))
            .or(spoken_for)
            .or(against_name)
    }

    /// Has `person` a role of the article ending in the same noun as the description
    /// `words` but not written with all its words ("Republican nominee" for "the
    /// Democratic nominee")?
    fn other_role(&self, person: &str, words: &[&str]) -> bool {
        self.known.iter().filter(|k| k.name == person).any(|k| {
            k.roles
                .iter()
                .any(|r| resolve::role_match(r, words) == Some(false))
        })
    }

    /// The person a description at byte `at` ("the 30-year-old") refers to: in the
    /// nearest sentence before it (or its own, up to it; at most three back) that has
    /// one, the source of a quotation or the subject that is a person the article names,
    /// or "he" or "she" standing for one ("Minar, ranked 158th, was forced to pull out …
    /// “For me, this was a big success,” said the 20-year-old.").
    /// With [`Before::Reported`] (a title), also who an attribution finishing a sentence
    /// reports. With [`Before::LastSource`], failing those, the source of the last
    /// quotation before it in its paragraph or the one before, when that is such a person
    /// ("… the defender told the paper. “…” Last October, … ¶ “…,” added the 30-year-old.").
    fn person_before(&mut self, at: usize, depth: u8, look: Before) -> Option<String> {
        let doc = self.doc;
        let si = doc.sentence_at(at)?;
        let until = doc.token_from(at);
        for s in (si.saturating_sub(3)..=si).rev() {
            let sent = doc.sentences[s];
            // The sources of its quotations, last first, then (for a title: who it reports
            // when an attribution finishes it, "…, Michael Howard has said.") its subject.
            let mut cands = self.sources_in(sent.span, at, true);
            let first = sent.first.max(self.outside_quote(sent.first));
            let end = sent.last.min(until);
            if look == Before::Reported
                && first < end
                && let Some(found) = self.at.reported_in(first, end)
            {
                cands.push(found.np);
            }
            if first < end
                && let Some(found) = self.at.clause_subject(first, end)
            {
                cands.push(found.np);
            }
            for np in cands {
                if let Some(name) = self.known_person(&np, depth, false) {
                    return Some(name);
                }
            }
        }
        if look != Before::LastSource {
            return None;
        }
        let para = doc.sentences[si].paragraph;
        let from = doc.paragraphs[para.saturating_sub(1)].start;
        // (whatever its phrase: "the defender" may stand for a person named before)
        let last = *self.sources_in(Span::new(from, at), at, true).first()?;
        self.known_person(&last, depth, true)
    }

    /// The person the article names that `np` (a name, or a pronoun standing for one; or
    /// any phrase if `any`) refers to, if it is one.
    fn known_person(&mut self, np: &Np, depth: u8, any: bool) -> Option<String> {
        if !any && !matches!(np.kind, NpKind::Name | NpKind::Pronoun) {
            return None;
        }
        let (name, kind) = self.resolve(np, depth + 1);
        let name = name.filter(|_| kind == SpeakerType::Person)?;
        self.known.iter().any(|k| k.name == name).then_some(name)
    }

    /// The phrases of the sources whose words lie in `sent` and start before byte `at`,
    /// each once, that of the last quotation first; `inherited` ones too if asked.
    /// Only the [`SOURCES_LOOKED_BACK`] phrases nearest before `at` are taken.
    fn sources_in(&self, sent: Span, at: usize, inherited: bool) -> Vec<Np> {
        let b = self.speakers.partition_point(|e| e.0 < at.min(sent.end));
        let a = self
            .speakers
            .partition_point(|e| e.0 < sent.start)
            .max(b.saturating_sub(SOURCES_LOOKED_BACK));
        let mut js: Vec<usize> = self.speakers[a..b]
            .iter()
            .map(|e| e.1)
            .filter(|&j| {
                let src = self.sources[j].expect("indexed sources exist");
                let sp = self.at.tk.span(src.found.np.core.0, src.found.np.core.1);
                sent.contains(sp) && (inherited || !src.inherited)
            })
            .collect();
        js.sort_unstable_by(|x, y| y.cmp(x));
        let mut out: Vec<Np> = Vec::with_capacity(js.len());
        // (a set rather than a search of the list: a sentence may hold thousands)
        let mut seen: rustc_hash::FxHashSet<Np> = rustc_hash::FxHashSet::default();
        for j in js {
            let np = self.sources[j].expect("indexed sources exist").found.np;
            if seen.insert(np) {
                out.push(np);
            }
        }
        out
    }

    /// The first quotation whose opening mark's token lies in `first..last`.
    fn first_frame_in(&self, first: usize, last: usize) -> Option<usize> {
        if !self.frames_in_order {
            return self
                .frames
                .iter()
                .position(|f| f.open_tok >= first && f.open_tok < last);
        }
        let j = self.frames.partition_point(|f| f.open_tok < first);
        (j < self.frames.len() && self.frames[j].open_tok < last).then_some(j)
    }

    /// Is byte `at` inside quoted words?
    fn inside_quote(&self, at: usize) -> bool {
        let i = self.pairs.partition_point(|p| p.content.start <= at);
        i > 0 && self.pairs[i - 1].content.end > at
    }

    /// The first token at or after `tok` that is not inside quoted words.
    fn outside_quote(&self, tok: usize) -> usize {
        let at = self.doc.tokens[tok].span.start;
        let i = self.pairs.partition_point(|p| p.content.start <= at);
        if i > 0 && self.pairs[i - 1].content.end > at {
            self.frames[i - 1].after
        } else {
            tok
        }
    }
}

/// Verbs that say someone spoke and nothing else (`data/plain_saying.txt`): a reporting
/// clause with one of these in the sentence before a quotation that has no attribution of
/// its own is its source.
static PLAIN_SAYING: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::data::lines(include_str!("data/plain_saying.txt")).collect()
});

/// How many of a sentence's source phrases before a pronoun are looked back over: far
/// more than a sentence of news has, and a bound on the work of the look back when a
/// text puts thousands of quotations in one sentence (otherwise each pronoun would go
/// over all of them: quadratic).
const SOURCES_LOOKED_BACK: usize = 64;

/// The gender a noun for a person gives ("spokeswoman", "chairman"), if any.
fn noun_gender(t: &str) -> Option<Gender> {
    let ends = |s: &str| {
        t.len() >= s.len() && t.as_bytes()[t.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
    };
    if ends("woman") || ends("women") {
        Some(Gender::Female)
    } else if ends("man") || ends("men") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender of a third-person pronoun ("She’s" a woman).
fn pronoun_gender(t: &str) -> Option<Gender> {
    let t = attribute::contraction_base(t);
    let is = |w: &[&str]| w.iter().any(|w| t.eq_ignore_ascii_case(w));
    if is(&["he", "his", "him"]) {
        Some(Gender::Male)
    } else if is(&["she", "her", "hers"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// What a word in lower case must not be to modify or head a noun phrase: a verb, a
/// preposition, a conjunction, a determiner, a connective or an adverb.
const NOT_MODIFIER: u32 =
    flag::VERB | flag::OTHER_VERB | flag::PREP | flag::CONJ | flag::DET | flag::LEAD | flag::ADV;

/// Is "the" before token `k`, with at most an age or a few lower-case modifiers between
/// ("the 55-year-old Frenchman", "the veteran American")?
fn the_before(tk: &attribute::Toks, k: usize) -> bool {
    let lo = k.saturating_sub(7);
    let mut j = k;
    while j > lo {
        j -= 1;
        let t = tk.t(j);
        if t.eq_ignore_ascii_case("the") {
            return true;
        }
        // (not a possessive: "the machine's European launch")
        let modifier = t == "-"
            || t.starts_with(|c: char| c.is_ascii_digit())
            || tk.lower(j) && !t.contains(['\'', '’']) && !tk.w(j).is(NOT_MODIFIER);
        if !modifier {
            return false;
        }
    }
    false
}

/// Is token `i` a demonym that names one person ("the American", "the Dutchman", "the
/// European cross-country champion"): not a plural or a people ("the Saudis", "the
/// French", "the Swiss"), nor an adjective before a word for a thing ("the Armenian term")?
fn one_person_demonym(tk: &attribute::Toks, i: usize) -> bool {
    let t = tk.t(i);
    if !crate::entities::demonym(t) || t.ends_with(['s', 'h']) || t.ends_with("ese") {
        return false;
    }
    // (before a noun, it is an adjective: the nouns after it must lead to a person's)
    let person_noun = |j: usize| {
        tk.w(j).is(flag::SPEAKER_NOUN | flag::TITLE) && tk.w(j).speaker != Some(SpeakerType::Group)
    };
    let noun = |j: usize| j < tk.len() && tk.lower(j) && !tk.w(j).is(NOT_MODIFIER);
    !noun(i + 1)
        || (i + 1..(i + 4).min(tk.len()))
            .take_while(|&j| noun(j))
            .any(person_noun)
}

/// Is the quotation `p` a paragraph of its own, not an exclamation or a question: nothing
/// before its opening mark in the paragraph, and after its closing mark nothing but a
/// full stop?
fn heading_paragraph(doc: &Document, p: &Pair) -> bool {
    let (Some(close), Some(para)) = (p.close, doc.paragraphs.get(p.para)) else {
        return false;
    };
    let text = doc.text;
    !p.open.is_empty()
        && !text[p.content.start..close.start]
            .trim_end()
            .ends_with(['!', '?'])
        && text[para.start..p.open.start].trim().is_empty()
        && matches!(text[close.end..para.end.max(close.end)].trim(), "" | ".")
}

/// `s` with every run of white space (line breaks of wrapped text) as one space.
fn one_line(s: &str) -> String {
    let b = s.as_bytes();
    let single = if s.is_ascii() {
        // Without a character search or a substring search.
        !b.iter().enumerate().any(|(i, &c)| {
            (c as char).is_whitespace() && (c != b' ' || b.get(i + 1) == Some(&b' '))
        })
    } else {
        !s.contains(|c: char| c.is_whitespace() && c != ' ') && !s.contains("  ")
    };
    if single {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Does `words` read as a statement: a capital, several words and a full stop, question
/// or exclamation mark at the end?
fn sentence_like(words: &str) -> bool {
    words.starts_with(|c: char| c.is_uppercase())
        && words
            .trim_end_matches(['"', '”', '’', '\'', ' '])
            .ends_with(['.', '!', '?', '…'])
        && words.split_whitespace().nth(2).is_some()
}

/// The words of a name as one string, without titles or a possessive ending; an all-caps
/// label ("PENCE") in title case.
fn name_words(tk: &attribute::Toks, np: &Np) -> String {
    let (mut a, b) = np.core;
    // Titles and what comes before them are not the name: "Health Secretary Martin
    // Ellery" is Martin Ellery, "U.S. District Judge Patricia Lomax" Patricia Lomax.
    if let Some(t) = (a..b.saturating_sub(1))
        .rev()
        .find(|&j| tk.w(j).is(flag::TITLE))
        && tk.cap(t + 1)
        && !tk.w(t + 1).is(flag::TITLE | flag::PREP)
    {
        a = t + 1;
    }
    while a + 1 < b && tk.w(a).is(flag::TITLE) {
        a += 1;
    }
    let s = tk.span(a, b).slice(tk.doc.text);
    let s = s
        .strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    if letters > 3
        && caps == letters
        && b - a >= 1
        && !s.contains('.')
        && np.noun_type == Some(SpeakerType::Person)
    {
        // PENCE -> Pence
        let mut out = String::with_capacity(s.len());
        let mut start = true;
        for c in s.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = !c.is_alphabetic();
        }
        return out;
    }
    s.to_string()
}

/// The token frames of every pair.
fn frames(doc: &Document, pairs: &[Pair]) -> Vec<Frame> {
    let mut out: Vec<Frame> = Vec::with_capacity(pairs.len());
    let ntok = doc.tokens.len();
    for (i, p) in pairs.iter().enumerate() {
        let para = doc.paragraphs[p.para];
        let para_first = doc.token_from(para.start);
        let para_end = doc.token_from(para.end);
        let open_tok = doc.token_from(p.open.start).min(ntok);
        let content = doc.tokens_in(p.content);
        let after = match p.close {
            Some(c) => doc.token_from(c.end),
            None => content.end,
        }
        .min(ntok);
        let mut pre_floor = para_first;
        if let Some(si) = doc.sentence_at(p.open.start) {
            pre_floor = pre_floor.max(doc.sentences[si].first);
        }
        let mut floor_after_quote = false;
        // A title or nickname before ("on MSNBC’s “Morning Joe,” calling it") does not
        // end the clause.
        let title_like = i > 0 && {
            let c = pairs[i - 1].content.slice(doc.text);
            let words = c.split_whitespace().take(8).count();
            words <= 6
                && c.split_whitespace()
                    .all(|w| w.starts_with(|ch: char| ch.is_uppercase() || !ch.is_alphabetic()))
        };
        if let Some(prev) = out.last()
            && pairs[i - 1].para == p.para
            && prev.after > pre_floor
        {
            pre_floor = prev.after;
            floor_after_quote = !title_like;
        }
        pre_floor = pre_floor.min(open_tok);
        let mut post_ceil = para_end;
        if p.close.is_some()
            && let Some(si) = doc.sentence_at(p.close.map_or(0, |c| c.start))
        {
            post_ceil = post_ceil.min(doc.sentences[si].last);
        }
        if after < para_end && attribute::DASH_MARKS.contains(&doc.token_text(after)) {
            // “…” — Commissioner X: the attribution after a dash may follow a full stop.
            post_ceil = para_end;
        }
        if let Some(next) = pairs.get(i + 1)
            && next.para == p.para
        {
            post_ceil = post_ceil.min(doc.token_from(next.open.start));
        }
        post_ceil = post_ceil.max(after);
        out.push(Frame {
            open_tok,
            after,
            content_first: content.start,
            content_last: content.end,
            pre_floor,
            post_ceil,
            para_end,
            closed: p.close.is_some(),
            floor_after_quote,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{Entities, Entity};
    use proptest::prelude::*;

    fn quotes_with(text: &str, found: &Analysis) -> Vec<Quote> {
        let doc = Document::new(text, None);
        QuoteExtractor::new(&Options::default()).extract(&doc, found)
    }

    fn quotes(text: &str) -> Vec<Quote> {
        quotes_with(text, &Analysis::default())
    }

    /// The quotations of `text` when the entities extractor found these people and
    /// organisations.
    /// The quotations of `text` given these entities (their spans checked).
    fn quotes_among(text: &str, people: Vec<Entity>, organizations: Vec<Entity>) -> Vec<Quote> {
        let found = Analysis {
            entities: Entities {
                organizations,
                people,
                places: Vec::new(),
            },
            ..Analysis::default()
        };
        let qs = quotes_with(text, &found);
        check_spans(text, &qs);
        qs
    }

    /// The name of the speaker of the quotation `words` among `qs`.
    fn speaker_name(qs: &[Quote], words: &str) -> Option<String> {
        let q = qs.iter().find(|x| x.text == words).expect(words);
        q.speaker.as_ref().and_then(|s| s.name.clone())
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.text).collect()
    }

    /// Every item slices the text it came from.
    fn check_spans(text: &str, qs: &[Quote]) {
        for q in qs {
            assert_eq!(q.span.slice(text), q.text);
            if let Some(s) = &q.speaker {
                assert_eq!(s.span.slice(text), s.text);
            }
            if let Some(c) = &q.cue {
                assert_eq!(c.span.slice(text), c.text);
            }
        }
    }

    #[test]
    fn pairing_table() {
        let cases: &[(&str, &[&str])] = &[
            // Curly and straight double marks.
            ("“We are ready,” she said.", &["We are ready,"]),
            ("\"We are ready,\" she said.", &["We are ready,"]),
            // British single marks with apostrophes inside and around.
            (
                "A spokesman said: ‘We don’t accept the union’s figures.’",
                &["We don’t accept the union’s figures."],
            ),
            (
                "She said: 'It's the workers' union, not ours.' Then she left.",
                &["It's the workers' union, not ours."],
            ),
            // Apostrophes alone are no quotations.
            (
                "Don’t panic: it’s the ’90s and Palantir’s office is shut.",
                &[],
            ),
            ("He is 6'2\" tall and she's 5'10\".", &[]),
            // A mark typed twice is one mark; two between spaces are an empty quotation.
            (
                "It will pay an \"\"unfair\" sum. \"It is not,\"\" he said. She said \"\" and left.",
                &["unfair", "It is not,"],
            ),
            // A single mark before "s" and no letter is an apostrophe, whatever its shape
            // ("National Review‘s", a name dropped before "'s").
            (
                "Deacon stole 's thunder in the women's 200m. 'We won,' she said.",
                &["We won,"],
            ),
            (
                "It is a return to National Review‘s founding “aristocratic conservatism,” \
                 which has been ‘obscured by a mask.’",
                &["aristocratic conservatism,", "obscured by a mask."],
            ),
            // Wire copy with `"` for every apostrophe, after a plural too.
            (
                "They said the EC\"s paymasters would object to member states\" plans.\n\
                 Delors\" plans, by linking a country\"s dues to its output, would add cash. \
                 \"We don\"t want it,\" one said.",
                &["We don\"t want it,"],
            ),
            // A straight double mark opening in mid-sentence inside a quotation, when the
            // next mark closes a statement: a stray, not a quotation inside it (its own
            // closing mark single, or missing: "… so-called "triple witching days.""); a
            // nested quotation closed after a word stays inside the outer one.
            (
                "\"The plan that this \"pay as you go' scheme should start has been agreed,\" \
                 said Ann Vole. \"It is a question of how,\" she added.",
                &[
                    "The plan that this \"pay as you go' scheme should start has been agreed,",
                    "It is a question of how,",
                ],
            ),
            (
                "He said: \"Prices rise on so-called \"witching days.\" Then he left.",
                &["Prices rise on so-called \"witching days."],
            ),
            (
                "She said: \"He was the \"Father of the House\" and as such took an interest in me.",
                &["He was the \"Father of the House\" and as such took an interest in me."],
            ),
            // A quotation whose closing mark is missing, then narration that introduces
            // the next one with a colon: the first ends with the sentence before the
            // narration.
            (
                "Ann Vole said: \"His speech shows he has no vision for the country. \
                 Asked about the rally, Ms Vole said: \"He may pose with his family.\"",
                &[
                    "His speech shows he has no vision for the country.",
                    "He may pose with his family.",
                ],
            ),
            // Guillemets and German marks.
            (
                "Il a dit « Nous sommes prêts » hier.",
                &["Nous sommes prêts"],
            ),
            ("Er sagte: „Wir sind bereit“.", &["Wir sind bereit"]),
            // Two single marks standing for a double one.
            ("''We will,'' he said.", &["We will,"]),
            // Nested quotations belong to the outer one.
            (
                "“He told me ‘no way’ twice,” she said.",
                &["He told me ‘no way’ twice,"],
            ),
            (
                "\"PENCE: It is an episode of “Shark Tank.” Yes.\"",
                &["PENCE: It is an episode of “Shark Tank.” Yes."],
            ),
            // The same curly marks nested: the outer quotation, when marks close both.
            (
                "“I would rather live in what he calls “hell” than here,” she said.",
                &["I would rather live in what he calls “hell” than here,"],
            ),
            // ... else the first opening mark was stray.
            (
                "He said “we will go on. Then “fine” was the answer.",
                &["fine"],
            ),
            // An opening mark after a sentence inside a quotation that nothing closes
            // twice: the closing mark before it is missing.
            (
                "Gatland said: \"We will be doing so. \"I'm very happy,\" he added. Dawson left.",
                &["We will be doing so.", "I'm very happy,"],
            ),
            (
                "Gatland said: “We will. “I am happy.” Dawson left.",
                &["We will.", "I am happy."],
            ),
            // ... unless later marks close both: a quotation inside one.
            (
                "“He said so. “Go home,” he told them,” she said.",
                &["He said so. “Go home,” he told them,"],
            ),
            // A closing mark written the wrong way round.
            ("He called them “rapists“ while speaking.", &["rapists"]),
            // Multi-byte text inside and around.
            (
                "“Ça coûte 5 € — ou £4,” a dit Zoë Müller à 東京.",
                &["Ça coûte 5 € — ou £4,"],
            ),
            // Marks inside markup are not quotations.
            (
                "<tweet author=\"someone\" id=\"12\">Hello there</tweet>",
                &[],
            ),
            // A stray opening mark is closed by the end of its paragraph, never later.
            (
                "He said “we will fight on and on.\n\nThe next paragraph is “fine”.",
                &["we will fight on and on.", "fine"],
            ),
            // Transcript stage directions are not quotations.
            ("\"(CROSSTALK.)\"", &[]),
            // A nickname inside a name is not a quotation.
            ("Rep. Robert C. \"Bobby\" Scott spoke.", &[]),
        ];
        for (text, want) in cases {
            let got = texts(text);
            assert_eq!(got, *want, "{text}");
            check_spans(text, &quotes(text));
        }
    }

    #[test]
    fn a_narrative_sentence_gives_its_person_to_the_statement_after_it() {
        // Also after an opening participle phrase; not to a quoted term.
        let text = "Writing in the Courier, Ada Quill outlined her plan. “As our manifesto \
            shows, we are ready.”\n\nOn Monday, Ada Quill will launch a service. “Web radio,” a \
            technology for listeners, is its heart.";
        let people = vec![named(text, "Ada Quill")];
        let qs = quotes_among(text, people, Vec::new());
        assert_eq!(
            speaker_name(&qs, "As our manifesto shows, we are ready.").as_deref(),
            Some("Ada Quill")
        );
        assert_eq!(speaker_name(&qs, "Web radio,"), None);
    }

    #[test]
    fn a_player_described_by_club_and_position_is_the_person_named_before() {
        // "the Liverpool player", "the Gloucester fly-half": the person the story is about,
        // not the club's place.
        let text = "Steve Finnan believes Ireland can qualify. The versatile Finnan is \
            confident. “There is a chance,” said the Liverpool player.\n\nSimon Amor was \
            delighted with his award. “It is an honour,” said the Gloucester fly-half.";
        let people = vec![
            entity(text, "Steve Finnan", &["Steve Finnan", "Finnan"], None),
            named(text, "Simon Amor"),
        ];
        let places = vec![named(text, "Gloucester")];
        let found = Analysis {
            entities: Entities {
                organizations: Vec::new(),
                people,
                places,
            },
            ..Analysis::default()
        };
        let qs = quotes_with(text, &found);
        check_spans(text, &qs);
        for (words, who, said) in [
            ("There is a chance,", "Steve Finnan", "the Liverpool player"),
            ("It is an honour,", "Simon Amor", "the Gloucester fly-half"),
        ] {
            let q = qs.iter().find(|q| q.text == words).expect(words);
            let s = q.speaker.as_ref().expect(words);
            assert_eq!((s.text.as_str(), s.name.as_deref()), (said, Some(who)));
        }
    }

    #[test]
    fn a_month_that_names_a_person_is_the_speaker() {
        // "May" after "said" and before "wrote" is Theresa May, as the entities extractor
        // found; the month of "In May" is no mention and no source.
        let text = "Theresa May is prime minister. “We will leave,” said May. “It is time,” \
            May wrote. In May, the party met. “Go,” Dan Rees said.";
        let mut may = named(text, "Theresa May");
        for s in ["said May", "May wrote"] {
            let at = text.find(s).unwrap() + s.find("May").unwrap();
            may.mentions.push(Mention::new(Span::new(at, at + 3), text));
        }
        let people = vec![may, named(text, "Dan Rees")];
        let qs = quotes_among(text, people, Vec::new());
        for words in ["We will leave,", "It is time,"] {
            let q = qs.iter().find(|q| q.text == words).unwrap();
            let s = q.speaker.as_ref().unwrap();
            assert_eq!(
                (s.text.as_str(), s.name.as_deref()),
                ("May", Some("Theresa May"))
            );
            assert!(q.cue.is_some(), "{q:?}");
        }
    }

    #[test]
    fn a_quotation_missing_its_closing_mark_goes_on_with_its_speaker() {
        // The words after the second opening mark are the same speaker's, and the narrative
        // after the last closing mark is no quotation.
        let text = "Coach Warren Gatland told the paper: \"We have not offered a contract. \"I'm happy with him.\" Dawson played a vital part last year.\n\n\"Rugby is my priority,\" he said.";
        let people = vec![named(text, "Warren Gatland"), named(text, "Dawson")];
        let qs = quotes_among(text, people, Vec::new());
        let got: Vec<&str> = qs.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "We have not offered a contract.",
                "I'm happy with him.",
                "Rugby is my priority,"
            ]
        );
        assert_eq!(
            speaker_name(&qs, "I'm happy with him.").as_deref(),
            Some("Warren Gatland")
        );
        assert_eq!(
            speaker_name(&qs, "Rugby is my priority,").as_deref(),
            Some("Dawson")
        );
    }

    #[test]
    fn a_role_with_its_of_phrase_before_a_name_is_the_subject() {
        // "Real Madrid director of sport Emilio Butragueno" is one phrase, the subject the
        // next "he" goes back to (not the speaker of the sentence before).
        let text = "Astiazaran added: \"We thought about it.\" Real Madrid director of sport Emilio Butragueno praised the fans. \"I would like to thank them,\" he said.";
        let people = vec![
            entity(text, "Jose Luis Astiazaran", &["Astiazaran"], None),
            named(text, "Emilio Butragueno"),
        ];
        let orgs = vec![entity(
            text,
            "Real Madrid",
            &["Real Madrid"],
            Some("sports"),
        )];
        let qs = quotes_among(text, people, orgs);
        assert_eq!(
            speaker_name(&qs, "I would like to thank them,").as_deref(),
            Some("Emilio Butragueno")
        );
    }

    #[test]
    fn multi_paragraph_quotations() {
        // Opening mark on each paragraph, closing only at the end: one piece a paragraph,
        // each with the speaker given at the end.
        let text = "Officials were blunt.\n\n“We have not been paid for months.\n\n“We will stay here until we are,” said Maria Lopez, a nurse.";
        let qs = quotes(text);
        let got: Vec<&str> = qs.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "We have not been paid for months.",
                "We will stay here until we are,"
            ]
        );
        for q in &qs {
            assert_eq!(q.speaker.as_ref().unwrap().text, "Maria Lopez");
        }
        // A closing mark without its opening one, after a paragraph left open.
        let text = "He said: “The first part.\n\nThe second part,” and left.";
        assert_eq!(texts(text), vec!["The first part.", "The second part,"]);
    }

    #[test]
    fn headline_single_quotes_are_not_repeated() {
        let text = "Trump: ‘I’m the Worst Thing for Them’\n\nTrump said on Monday: “I’m the worst thing that ever happened to them.”";
        assert_eq!(
            texts(text),
            vec!["I’m the worst thing that ever happened to them."]
        );
    }

    /// (text, quoted words, speaker words, speaker name, type, cue, kind)
    type Case = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        SpeakerType,
        Option<&'static str>,
        QuoteKind,
    );

    #[test]
    fn attribution_table() {
        use QuoteKind::*;
        use SpeakerType::*;
        let cases: &[Case] = &[
            // After the quotation.
            (
                "“We are ready,” said Zara, a member of the union.",
                "We are ready,",
                Some("Zara"),
                Some("Zara"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "“We are ready,” Zara Okoye said on Monday.",
                "We are ready,",
                Some("Zara Okoye"),
                Some("Zara Okoye"),
                Person,
                Some("said"),
                Direct,
            ),
            // A word read as an adverb that qualifies a role ("rally driver").
            (
                "“We use the latest kit,” said rally driver Dev Hawkes.",
                "We use the latest kit,",
                Some("Dev Hawkes"),
                Some("Dev Hawkes"),
                Person,
                Some("said"),
                Direct,
            ),
            // A capitalised determiner inside the name of a show before a role.
            (
                "“It was the first time,” Halverton This Morning co-anchor Ana Ruiz said.",
                "It was the first time,",
                Some("Ana Ruiz"),
                Some("Ana Ruiz"),
                Person,
                Some("said"),
                Direct,
            ),
            // A nickname in quotation marks inside the name.
            (
                "\"This is a big year,\" Marcia \"Cia\" Price said.",
                "This is a big year,",
                Some("Price"),
                Some("Price"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "\"It works,\" the company said in a statement.",
                "It works,",
                Some("the company"),
                Some("the company"),
                Organization,
                Some("said"),
                Direct,
            ),
            (
                "“Nobody takes this lightly,” CCA general secretary Maria Costa told Newswire.",
                "Nobody takes this lightly,",
                Some("Maria Costa"),
                Some("Maria Costa"),
                Person,
                Some("told"),
                Direct,
            ),
            (
                "“It is over,” Sen. Ted Cruz (R-Texas) said.",
                "It is over,",
                Some("Sen. Ted Cruz"),
                Some("Ted Cruz"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // A day between the subject and its verb; the person told is no source.
                "Mara Lind later Thursday told Newswire: “Both sides are meeting next week.”",
                "Both sides are meeting next week.",
                Some("Mara Lind"),
                Some("Mara Lind"),
                Person,
                Some("told"),
                Direct,
            ),
            (
                // A stray comma between a name with its role and the verb.
                "Chairman of the committee Ann Okoro MP, said: “The policy is alarming.”",
                "The policy is alarming.",
                Some("Ann Okoro MP"),
                Some("Ann Okoro MP"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "Mr Okoro last week said the party had reached a “collective view” on it.",
                "collective view",
                Some("Mr Okoro"),
                Some("Okoro"),
                Person,
                Some("said"),
                Partial,
            ),
            (
                // A relative clause without commas between the subject and its verb.
                "A city official who spoke on condition of anonymity to discuss the talks \
                 said Wednesday, “Certainly there are discussions.”",
                "Certainly there are discussions.",
                Some("A city official"),
                None,
                Person,
                Some("said"),
                Direct,
            ),
            (
                // A name after "speaking to" is the one spoken to.
                "A second source speaking to Newswire said, “The inquiry is widening.”",
                "The inquiry is widening.",
                Some("A second source"),
                None,
                Person,
                Some("said"),
                Direct,
            ),
            (
                // A participle after a reporting clause goes with that clause.
                "Okoro left before the vote ended, Dana Reyes said, adding, “He was not \
                 interested.”",
                "He was not interested.",
                Some("Dana Reyes"),
                Some("Dana Reyes"),
                Person,
                Some("adding"),
                Direct,
            ),
            (
                // A list of verbs: the first one, before the comma, has the subject.
                "When I asked the senators if they would ever back Tom Park, they looked \
                 into the camera, frowned and said, “We will back nobody.”",
                "We will back nobody.",
                Some("they"),
                None,
                Group,
                Some("said"),
                Direct,
            ),
            (
                // A later subject with a reporting verb of its own.
                "“Someone here is having a bad day,” Dana Lee said as the heckler yelled: \
                 “Go home!”",
                "Go home!",
                Some("the heckler"),
                Some("the heckler"),
                Unknown,
                Some("yelled"),
                Direct,
            ),
            (
                // The object before a colon is no source; the earlier attribution is.
                "Dana Okoro said the plan was a “fatal mistake” and that the party has \
                 learned its lesson: “They are ready for a longer fight.”",
                "They are ready for a longer fight.",
                Some("Dana Okoro"),
                Some("Dana Okoro"),
                Person,
                None,
                Direct,
            ),
            (
                // A role in a named body, then the name.
                "The head of the Farmers Union, Ann Holt, said: “Prices are too low.”",
                "Prices are too low.",
                Some("Ann Holt"),
                Some("Ann Holt"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "“Ready?” Hannity pressed.",
                "Ready?",
                Some("Hannity"),
                Some("Hannity"),
                Person,
                Some("pressed"),
                Direct,
            ),
            (
                "“Inflation is not yet beaten.” — Governor Helena Strand",
                "Inflation is not yet beaten.",
                Some("Governor Helena Strand"),
                Some("Helena Strand"),
                Person,
                None,
                Direct,
            ),
            (
                "Turnout was a “record”, according to the electoral commission.",
                "record",
                Some("the electoral commission"),
                Some("the electoral commission"),
                Organization,
                Some("according to"),
                Partial,
            ),
            // Before the quotation.
            (
                "Chief Superintendent Rachel Booth said: “Our officers worked through the night.”",
                "Our officers worked through the night.",
                Some("Chief Superintendent Rachel Booth"),
                Some("Rachel Booth"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "Trump: “I am the best.”",
                "I am the best.",
                Some("Trump"),
                Some("Trump"),
                Person,
                None,
                Direct,
            ),
            (
                "They held a banner reading: “No cuts in the NHS.”",
                "No cuts in the NHS.",
                Some("They"),
                None,
                Group,
                Some("reading:"),
                Direct,
            ),
            (
                "The nurses, who chanted “Pay us now” for an hour, went home.",
                "Pay us now",
                Some("The nurses"),
                Some("the nurses"),
                Group,
                Some("chanted"),
                Partial,
            ),
            // The relative pronoun is the verb's subject and its antecedent no subject: its
            // words, the antecedent's name.
            (
                "Contrast that with Senator Müller, who says the pact is “a disaster.”",
                "a disaster.",
                Some("who"),
                Some("Müller"),
                Person,
                Some("says"),
                Partial,
            ),
            // After a quotation that opens its sentence and ends in a comma, any verb
            // attributes it, and "said" any phrase.
            (
                "“Þetta gengur ekki,” an angry Jón Müller retaliated.",
                "Þetta gengur ekki,",
                Some("Jón Müller"),
                Some("Jón Müller"),
                Person,
                Some("retaliated"),
                Direct,
            ),
            // After a question or exclamation, a subject and any verb in -ed that end the
            // sentence, whether or not it goes on in the same one.
            (
                "Tom Reyes left early. “Who paid for this?” Okafor questioned.",
                "Who paid for this?",
                Some("Okafor"),
                Some("Okafor"),
                Person,
                Some("questioned"),
                Direct,
            ),
            (
                "“Not again!” the crowd roared.",
                "Not again!",
                Some("the crowd"),
                Some("the crowd"),
                Group,
                Some("roared"),
                Direct,
            ),
            (
                "\"We were all deceived,\" said one owner of a shop that sells hats.",
                "We were all deceived,",
                Some("one owner of a shop"),
                None,
                Person,
                Some("said"),
                Direct,
            ),
            // A quotation making up its paragraph, then a dash and a name.
            (
                "“We will win this fight.”\n\n— Zoë Nowak.\n\nShe spoke on Monday.",
                "We will win this fight.",
                Some("Zoë Nowak"),
                Some("Zoë Nowak"),
                Person,
                None,
                Direct,
            ),
            (
                "\"Great speech. She is ready.\"\n\n-President Obama, tweeting after it.\n\nNews.",
                "Great speech. She is ready.",
                Some("President Obama"),
                Some("Obama"),
                Person,
                None,
                Direct,
            ),
            // After a fronted phrase with no comma, the subject is the name before the verb,
            // and "he" is that person, not the descriptive subject before.
            (
                "The star witness is Mr Sólyom. During the hearing on Tuesday Mr Dvořák denied it. “I was not told,” he told the court.",
                "I was not told,",
                Some("he"),
                Some("Dvořák"),
                Person,
                Some("told"),
                Direct,
            ),
            // A name, its role, an aside between dashes, then the verb.
            (
                "Jo Dickey, the chief executive of Ora Media — the firm that owns the show — told me, “We are a provider.”",
                "We are a provider.",
                Some("Jo Dickey"),
                Some("Jo Dickey"),
                Person,
                Some("told"),
                Direct,
            ),
            // A reported attribution: the source cited.
            (
                "“It is time to vote,” Welch said on Monday, according to Radio Østfold.",
                "It is time to vote,",
                Some("Radio Østfold"),
                Some("Radio Østfold"),
                Organization,
                Some("according to"),
                Direct,
            ),
            // A reporting verb that reads as a noun ("claims", "quotes") after the subject.
            (
                "The new ad claims “Jeb is the one you can trust.”",
                "Jeb is the one you can trust.",
                Some("The new ad"),
                Some("the new ad"),
                Document,
                None,
                Direct,
            ),
            // A participle opening the phrase before a noun and a name.
            (
                "\"I am not going to say it,\" said retired neurosurgeon Ben Çarşı.",
                "I am not going to say it,",
                Some("Ben Çarşı"),
                Some("Ben Çarşı"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "\"We were all deceived,\" read the statement, which was signed by the board.",
                "We were all deceived,",
                Some("the statement"),
                Some("the statement"),
                Document,
                Some("read"),
                Direct,
            ),
            (
                "“We got it wrong, again and again,” remembered Roy Verley, a former spokesman.",
                "We got it wrong, again and again,",
                Some("Roy Verley"),
                Some("Roy Verley"),
                Person,
                Some("remembered"),
                Direct,
            ),
            (
                "“This is the message,” said Kristen Dał, a director of the group, reports USA Today.",
                "This is the message,",
                Some("USA Today"),
                Some("USA Today"),
                Person,
                Some("reports"),
                Direct,
            ),
            (
                "Transcript as follows:\n\n“Tonight we arrived in Cleveland.”",
                "Tonight we arrived in Cleveland.",
                Some("Transcript"),
                Some("Transcript"),
                Document,
                None,
                Direct,
            ),
            // A clause with no reporting verb inside the complement of an earlier one.
            (
                "Señor Ruiz says that people want a leader, but instead Obama is giving them “lectures.”",
                "lectures.",
                Some("Señor Ruiz"),
                Some("Señor Ruiz"),
                Person,
                Some("says"),
                Partial,
            ),
            // An age or a place after a preposition in the appositive is not the source.
            (
                "Cory Jamès, 22, of Flint, Mich., said he had hoped for a “surprise,” in vain.",
                "surprise,",
                Some("Cory Jamès"),
                Some("Cory Jamès"),
                Person,
                Some("said"),
                Partial,
            ),
            // The person told is not the source.
            (
                "Piotr Nowak, who was on the slate, told Radio Zet, “I like the plan.”",
                "I like the plan.",
                Some("Piotr Nowak"),
                Some("Piotr Nowak"),
                Person,
                Some("told"),
                Direct,
            ),
            (
                "Ewa Lis later told Radio Zet: “We will see.”",
                "We will see.",
                Some("Ewa Lis"),
                Some("Ewa Lis"),
                Person,
                Some("told"),
                Direct,
            ),
            // A repeated reporting verb has the first one's subject.
            (
                "Mayor Løkke said the plan was drawn up by the council and said, “Who do you trust?”",
                "Who do you trust?",
                Some("Mayor Løkke"),
                Some("Løkke"),
                Person,
                Some("said"),
                Direct,
            ),
            // A capitalised opener written so nowhere else is no name ("Hours later, …").
            (
                "Hours later, Zoë Adams returned the favour, telling reporters, “We are friends.”",
                "We are friends.",
                Some("Zoë Adams"),
                Some("Zoë Adams"),
                Person,
                Some("telling"),
                Direct,
            ),
            (
                "Shortly after the vote ended, the union sent out a note saying “we won.”",
                "we won.",
                Some("the union"),
                Some("the union"),
                Organization,
                Some("saying"),
                Partial,
            ),
            (
                "“It is normal,” said Ana Weaver, who said there are “no secrets in politics.”",
                "no secrets in politics.",
                Some("who"),
                Some("Ana Weaver"),
                Person,
                Some("said"),
                Partial,
            ),
            // A capitalised preposition opens an adverbial, not a name.
            (
                "Across Asia, policymakers have been startled by the “isolationist” plans.",
                "isolationist",
                Some("policymakers"),
                None,
                Group,
                None,
                Partial,
            ),
            // A relative clause between the source and its verb is not the source.
            (
                "Dana Weiß, who runs the clinic, said: “We are full.”",
                "We are full.",
                Some("Dana Weiß"),
                Some("Dana Weiß"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "It said the platform will “join up key information” soon.",
                "join up key information",
                Some("It"),
                None,
                Organization,
                Some("said"),
                Partial,
            ),
            (
                "The picket, described in a press release as a “blockade”, went on.",
                "blockade",
                Some("a press release"),
                None,
                Document,
                Some("described"),
                Scare,
            ),
            (
                "Politifact seized on Trump’s claim that there were “thousands of shootings” there.",
                "thousands of shootings",
                Some("Trump’s"),
                Some("Trump"),
                Person,
                Some("claim"),
                Partial,
            ),
            // Inside the quotation: a transcript label.
            (
                "\"PENCE: Well, look, that is not true.\"",
                "PENCE: Well, look, that is not true.",
                Some("PENCE"),
                Some("Pence"),
                Person,
                None,
                Direct,
            ),
            // A quoted word between an article and the rest of its noun phrase: the noun
            // after it is no speaker (a pronoun there still is).
            (
                "The committee has called for a “substantial” cut in interest rates charged by banks.",
                "substantial",
                Some("The committee"),
                Some("the committee"),
                Organization,
                Some("called"),
                Scare,
            ),
            (
                "She retired in 1963, an “instant decision” she said.",
                "instant decision",
                Some("she"),
                None,
                Person,
                Some("said"),
                Partial,
            ),
            // A hyphen with spaces around it sets off an aside as a dash does; the object
            // of a preposition before such an aside is no subject.
            (
                "On Thursday, Lord Bingham - a senior law lord - said the rules were \
                 “incompatible with the convention”.",
                "incompatible with the convention",
                Some("Lord Bingham"),
                Some("Bingham"),
                Person,
                Some("said"),
                Partial,
            ),
            (
                "Eyskens made clear he believed the countries involved in the accord -- the \
                 U.S. and Japan -- had agreed “tentative” ranges.",
                "tentative",
                Some("Eyskens"),
                Some("Eyskens"),
                Person,
                None,
                Partial,
            ),
            // A wire's ticker after a company in the subject after the quotation.
            (
                "\"We believe the market has upside,\" Chrysler Corp <C> treasurer Fred \
                 Zuckerman said.",
                "We believe the market has upside,",
                Some("Fred Zuckerman"),
                Some("Fred Zuckerman"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "\"We believe it,\" Chrysler Corp <C> said.",
                "We believe it,",
                Some("Chrysler Corp"),
                Some("Chrysler Corp"),
                Organization,
                Some("said"),
                Direct,
            ),
            // A request after a closed quotation attributes nothing: "The ballot will ask
            // residents to vote" is no speaker (but "he told reporters" is).
            (
                "“Everyone wants the vote to be fair.” The ballot will ask residents to vote \
                 on the scheme.",
                "Everyone wants the vote to be fair.",
                None,
                None,
                Unknown,
                None,
                Direct,
            ),
            (
                "“We will win.” He told reporters on Monday.",
                "We will win.",
                Some("He"),
                None,
                Person,
                Some("told"),
                Direct,
            ),
            // Terms and titles have no speaker.
            (
                "They won the so-called “closed” primaries.",
                "closed",
                None,
                None,
                Unknown,
                None,
                Scare,
            ),
            (
                // A second verb of the subject, after an object ending in a name and -ing.
                "Col. Lawrence Wilkerson started it when he brought up the Oklahoma City \
                 bombing and later said, “It’s not just Muslims.”",
                "It’s not just Muslims.",
                Some("he"),
                Some("Lawrence Wilkerson"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "She starred in the film “Apollo 13” in 1995.",
                "Apollo 13",
                None,
                None,
                Unknown,
                None,
                Title,
            ),
            (
                // A show after a possessive name, even with a speaker right before it.
                "Senator Ada Quill told RTÉ’s “Morning Ireland” that the €2bn plan was dead.",
                "Morning Ireland",
                None,
                None,
                Unknown,
                None,
                Title,
            ),
            (
                // A number pair with a slash inside the source's description.
                "Families were angry.\n\n“The rationale does not hold up,” said 9/11 widow \
                 Terry Strada.",
                "The rationale does not hold up,",
                Some("Terry Strada"),
                Some("Terry Strada"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // A sentence ending in an attribution reports the quotation inside it.
                "Banks were fined. A cashier who “steals a handful of €20 notes” is held \
                 accountable, Warren said.",
                "steals a handful of €20 notes",
                Some("Warren"),
                Some("Warren"),
                Person,
                Some("said"),
                Partial,
            ),
            (
                // A quotation in a participle phrase opening the sentence.
                "Bemoaning the “rigged system,” Senator Ada Quill accused the moderator.",
                "rigged system,",
                Some("Senator Ada Quill"),
                Some("Ada Quill"),
                Person,
                Some("Bemoaning"),
                Partial,
            ),
            (
                // "goes on" with an object is no verb of saying: the source is Rubio.
                "Sen. Marco Rubio said that once the Senate goes on recess, “I intend to \
                 campaign.”",
                "I intend to campaign.",
                Some("Sen. Marco Rubio"),
                Some("Marco Rubio"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // "went on to" a verb of saying is one; "went on to become" is not.
                "Ada Quill went on to say the plan was “a disgrace”. Ada Quill went on to \
                 become the party’s “enforcer”.",
                "a disgrace",
                Some("Ada Quill"),
                Some("Ada Quill"),
                Person,
                Some("went on"),
                Partial,
            ),
            (
                "Ada Quill went on to say the plan was “a disgrace”. Ada Quill went on to \
                 become the party’s “enforcer”.",
                "enforcer",
                Some("Ada Quill"),
                Some("Ada Quill"),
                Person,
                None,
                Partial,
            ),
            (
                // A quoted term in a clause without a reporting verb has its subject as
                // source only when the subject's head noun names a source (a person,
                // group, organisation or text): "a bookmaker", not "its potential".
                "A bookmaker called the odds “laughable”.",
                "laughable",
                Some("A bookmaker"),
                None,
                Person,
                Some("called"),
                Scare,
            ),
            (
                "Its potential has not yet been exploited to create an online “commons” \
                 for debate.",
                "commons",
                None,
                None,
                Unknown,
                None,
                Scare,
            ),
            (
                // A role with the body it serves, then the name between commas.
                "Responding to the speech, chief secretary to the Treasury, Ada Quill, said: \
                 “This was more talk.”",
                "This was more talk.",
                Some("Ada Quill"),
                Some("Ada Quill"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // A name and a colon inside words quoted mid-sentence is no speaker label.
                "Holding signs, the protesters chanted “Ada Quill: Bad for Kelby” outside.",
                "Ada Quill: Bad for Kelby",
                Some("the protesters"),
                Some("the protesters"),
                Group,
                Some("chanted"),
                Direct,
            ),
            (
                // A state after the place of an opening adverbial is still the adverbial.
                "At a summit in Hilton Head, S.C., Senator Ada Quill offered a defense of \
                 the “Gang of Eight” bill.",
                "Gang of Eight",
                Some("Senator Ada Quill"),
                Some("Ada Quill"),
                Person,
                None,
                Partial,
            ),
            (
                // "As X spoke, …" says when, not who: the clause's own subject.
                "As Senator Ada Quill spoke, the Kelby Rifle Association was whipping \
                 lawmakers against “any and all gun control.”",
                "any and all gun control.",
                Some("Kelby Rifle Association"),
                Some("Kelby Rifle Association"),
                Organization,
                None,
                Partial,
            ),
            (
                // After the verb, a role, a comma and the name that ends the attribution.
                "“There are no technical reasons,” said RNID technology director, Guido Gybels.",
                "There are no technical reasons,",
                Some("Guido Gybels"),
                Some("Guido Gybels"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // Not a name followed by its role.
                "“It is not just about firewalls,” said Paul King, chief security architect at Cisco.",
                "It is not just about firewalls,",
                Some("Paul King"),
                Some("Paul King"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // Before the verb, a name and its role without the closing comma.
                "“We are encouraged,” Armando Falcon, OFHEO director said.",
                "We are encouraged,",
                Some("Armando Falcon"),
                Some("Armando Falcon"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "“It is our wish,” Alois Rhiel, its minister for economic affairs added.",
                "It is our wish,",
                Some("Alois Rhiel"),
                Some("Alois Rhiel"),
                Person,
                Some("added"),
                Direct,
            ),
            (
                // An appositive between dashes.
                "“We used to see hustlers do this,” Andrei Illarionov - then economic adviser \
                 to President Vladimir Putin - told a news conference.",
                "We used to see hustlers do this,",
                Some("Andrei Illarionov"),
                Some("Andrei Illarionov"),
                Person,
                Some("told"),
                Direct,
            ),
            (
                // A name, its role and an appositive between dashes: the name, not the
                // role's organisation.
                "“LG Card needs no more aid,” Laah Chong-gyu, executive director of Korea \
                 Development Bank - one of the firm's creditors - said.",
                "LG Card needs no more aid,",
                Some("Laah Chong-gyu"),
                Some("Laah Chong-gyu"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // Not a new clause after "and".
                "Officials studied a federal “supermax” prison in Colorado, and a former defense \
                 official said talks were held.",
                "supermax",
                Some("Officials"),
                Some("Officials"),
                Group,
                None,
                Partial,
            ),
            (
                // A noun for a work right after the closing mark.
                "Callers to his “Straight Talk Tonight” radio programme were angry.",
                "Straight Talk Tonight",
                None,
                None,
                Unknown,
                None,
                Title,
            ),
            (
                // A role, then the name in apposition: the name is the source.
                "“It works,” Authenti-corp’s CEO, Cynthia Musselman, told the BBC.",
                "It works,",
                Some("Cynthia Musselman"),
                Some("Cynthia Musselman"),
                Person,
                Some("told"),
                Direct,
            ),
            (
                // Two roles, or a field and a role, joined before the name.
                "“It will work,” according to media and PR strategist Glen Yearwood.",
                "It will work,",
                Some("Glen Yearwood"),
                Some("Glen Yearwood"),
                Person,
                Some("according to"),
                Direct,
            ),
            (
                "“It was great,” author and journalist John Smith said.",
                "It was great,",
                Some("John Smith"),
                Some("John Smith"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                "“It works,” the White House spokesman, Josh Earnest, said.",
                "It works,",
                Some("Josh Earnest"),
                Some("Josh Earnest"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // "Even" opens the clause; the subject of ", saying" is the main clause's.
                "Even a top strategist said the party will have to choose whose side it is on, saying, “Soon.”",
                "Soon.",
                Some("a top strategist"),
                None,
                Person,
                Some("saying"),
                Direct,
            ),
            (
                // "with X chanting": X's words, not the sentence subject's.
                "Orlando was on their minds, with many marchers and spectators chanting “We are Orlando.”",
                "We are Orlando.",
                Some("many marchers and spectators"),
                None,
                Group,
                Some("chanting"),
                Partial,
            ),
            (
                // A lone adverb opens the sentence; the adverbial after the verb is no
                // clause opener.
                "Recently she announced on her page, in capital letters, “I am leaving.”",
                "I am leaving.",
                Some("she"),
                None,
                Person,
                Some("announced"),
                Direct,
            ),
            (
                // A title keeps small words in lower case; a show after a possessive
                // name is no one's words.
                "Trump told CNN’s “State of the Union” that he would win.",
                "State of the Union",
                None,
                None,
                Person,
                None,
                Title,
            ),
            (
                // A work named right after its noun, even in a reported sentence.
                "She said the film “Guardians of the Galaxy” was great.",
                "Guardians of the Galaxy",
                None,
                None,
                Person,
                None,
                Title,
            ),
            (
                // A person's name, then where they are from: the person speaks.
                "Nigel McCune from the Musicians’ Union said they are “disadvantaged” now.",
                "disadvantaged",
                Some("Nigel McCune"),
                Some("Nigel McCune"),
                Person,
                Some("said"),
                Partial,
            ),
            (
                "“It is a stretch,” Jeffrey Lewis of the James Martin Center for \
                 Nonproliferation Studies wrote.",
                "It is a stretch,",
                Some("Jeffrey Lewis"),
                Some("Jeffrey Lewis"),
                Person,
                Some("wrote"),
                Direct,
            ),
            (
                // A quoted paragraph of its own in title case is a heading, said by no
                // one (not the person of the next paragraph).
                "The mines closed, he said.\n\n‘Coal Isn’t the Villain.’\n\nIt was raining when Mr. Clarke spoke.",
                "Coal Isn’t the Villain.",
                None,
                None,
                Person,
                None,
                Title,
            ),
            (
                // But an exclamation alone is still said, and wrapped wire copy is no
                // heading.
                "Clinton watched the vote.\n\n“Yes, We Did It!”\n\nShe cheered.",
                "Yes, We Did It!",
                None,
                None,
                Unknown,
                None,
                Direct,
            ),
            (
                "SAN FRANCISCO, Feb 26 - Microsoft Corp said it obtained a\nfederal court order \
                 to seize a shipment of over 15,000\nunauthorized copies of its MS-DOS operating \
                 system labeled\n\"Falcon MS-DOS\".\n    Federal marshals made the seizure in San \
                 Francisco on Feb\n17, the company said.",
                "Falcon MS-DOS",
                Some("Microsoft Corp"),
                Some("Microsoft Corp"),
                Organization,
                Some("said"),
                Partial,
            ),
            (
                // An appositive whose closing comma is missing.
                "“It is about digital,” Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC.",
                "It is about digital,",
                Some("Jeff Joseph"),
                Some("Jeff Joseph"),
                Person,
                Some("told"),
                Direct,
            ),
            (
                // Quoted words in lower case before the subject and verb of what they
                // are part of.
                "But, “barring new troubles in developing countries,” BankAmerica said it expects a profit in 1987.",
                "barring new troubles in developing countries,",
                Some("BankAmerica"),
                Some("BankAmerica"),
                Person,
                Some("said"),
                Direct,
            ),
            (
                // What a form of "be" says of the subject before a colon is not the source;
                // the subject is.
                "And some of the letters are even sadder: “Today our son was five days old.”",
                "Today our son was five days old.",
                Some("the letters"),
                Some("the letters"),
                Document,
                None,
                Direct,
            ),
            (
                // A passive is no attribution ("… have been announced"), but "was quoted
                // as saying", "is reported as saying" are.
                "“There are people who want it,” he said. “Maybe they travel.” Four films have already been announced for the console.",
                "Maybe they travel.",
                Some("he"),
                None,
                Person,
                None,
                Direct,
            ),
            (
                "“We must discuss the debt,” Ann Vole, president of the federation, was quoted as saying.",
                "We must discuss the debt,",
                Some("Ann Vole"),
                Some("Ann Vole"),
                Person,
                Some("quoted"),
                Direct,
            ),
            (
                "“They will go to war,” Mr Kapor is reported as saying.",
                "They will go to war,",
                Some("Mr Kapor"),
                Some("Kapor"),
                Person,
                Some("reported"),
                Direct,
            ),
            (
                // A preposition after the source: the verb that ends the clause is the
                // cue; the body one speaks for is part of the phrase.
                "“Supplies are ample,” an aide to Agriculture Secretary Ann Vole said.",
                "Supplies are ample,",
                Some("an aide"),
                None,
                Person,
                Some("said"),
                Direct,
            ),
            (
                "“Talks will start soon,” a spokesman for Hallam Bank who declined to be named said.",
                "Talks will start soon,",
                Some("Hallam Bank"),
                Some("Hallam Bank"),
                Organization,
                Some("said"),
                Direct,
            ),
            (
                // An organisation's person, and a bracketed name inside a name.
                "“We can have access,” said Bank of Tokyo’s Kimura.",
                "We can have access,",
                Some("Kimura"),
                Some("Kimura"),
                Person,
                Some("said"),
                Direct,
            ),
        ];
        for &(text, words, spk, name, kind, cue, qkind) in cases {
            let qs = quotes(text);
            check_spans(text, &qs);
            let q = qs
                .iter()
                .find(|q| q.text == words)
                .unwrap_or_else(|| panic!("no quotation {words:?} in {text:?}: {qs:?}"));
            assert_eq!(q.kind, qkind, "{text}");
            assert_eq!(q.speaker.as_ref().map(|s| s.text.as_str()), spk, "{text}");
            if let Some(s) = &q.speaker {
                assert_eq!(s.name.as_deref(), name, "{text}");
                assert_eq!(s.kind, kind, "{text}");
            }
            assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), cue, "{text}");
        }
    }

    #[test]
    fn split_quotations_and_continuations() {
        let text = "“We didn’t want to be here,” Dr. Amara Okafor said outside the hospital. “But nothing has moved.”\n\n“It is the same story every week,” she added.\n\n“We will be back on Monday.”";
        let qs = quotes(text);
        check_spans(text, &qs);
        let spk: Vec<(&str, Option<&str>)> = qs
            .iter()
            .map(|q| {
                let s = q.speaker.as_ref().unwrap();
                (s.text.as_str(), s.name.as_deref())
            })
            .collect();
        assert_eq!(
            spk,
            vec![
                ("Dr. Amara Okafor", Some("Amara Okafor")),
                ("Dr. Amara Okafor", Some("Amara Okafor")),
                ("she", Some("Amara Okafor")),
                ("she", Some("Amara Okafor")),
            ]
        );
        // Cues only where the verb is.
        assert_eq!(qs[0].cue.as_ref().unwrap().text, "said");
        assert!(qs[1].cue.is_none());
    }

    #[test]
    fn speakers_in_the_next_or_previous_sentence() {
        // A sentence that is only an attribution, after the quotation.
        let qs = quotes("“Would it be negotiable?” Hannity pressed.");
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "Hannity");
        // The reporting clause of the previous sentence.
        let qs =
            quotes("Congress must act quickly, Schiff said. “The other factor is the appearance.”");
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "Schiff");
        // The subject of the clause's first verb, for a reporting verb joined to it by
        // "but" (not the subject of a verb inside the clause).
        let qs = quotes(
            "Mr Okafor wants the schools to become free but conceded this was ambitious. \
             “We make do.”",
        );
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "Mr Okafor");
        // A reporting verb, its clause and a comma before "and" and a second reporting
        // verb: the first verb's subject, not the reported clause's.
        let qs = quotes(
            "Ms Okafor said the transfer was expected, and told reporters: “We will go on.”",
        );
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "Ms Okafor");
        // A passive "told" in the next sentence names the one addressed, not the speaker:
        // the quotation goes on from the one before.
        let qs = quotes(
            "“There is a need for advice,” said Minister Hazel Blears. “The service makes \
             users aware.” Those signing up will only be told about serious threats.",
        );
        assert_eq!(
            qs[1].speaker.as_ref().unwrap().name.as_deref(),
            Some("Hazel Blears")
        );
        // Whoever is told ("telling reporters:") is never the speaker, even when the words
        // name people.
        let qs = quotes(
            "Okafor and his aides have had choice words for moderators, telling reporters: \
             “I am not okay with them.”",
        );
        let s = qs[0].speaker.as_ref();
        assert_ne!(s.map(|s| s.text.as_str()), Some("researchers"));
        // The subject of a narrative sentence before, after its opening conjunction.
        let qs = quotes(
            "Ann Okoro won the prize. And she will not commit to an opinion of Hollywood \
             yet. “I am just in the middle of it, living day to day.”",
        );
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "she");
        // A colon ending the previous paragraph.
        let qs = quotes("Caddell continued:\n\n“The health issue is a partisan issue.”");
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "Caddell");
    }

    #[test]
    fn unnamed_sources_of_the_wire_are_people_or_groups() {
        for (text, kind) in [
            (
                "“Banks are finding it difficult,” said one banker.",
                SpeakerType::Person,
            ),
            (
                "“It is a sort of compromise,” one delegate said.",
                SpeakerType::Person,
            ),
            (
                "“It is a sort of compromise,” a Western diplomat said.",
                SpeakerType::Person,
            ),
            (
                "“There is no need for action,” dealers said.",
                SpeakerType::Group,
            ),
            (
                "“He is trying,” said a Wall Street arbitrageur.",
                SpeakerType::Person,
            ),
            (
                "“Measures are urgent,” the communique said.",
                SpeakerType::Document,
            ),
        ] {
            let qs = quotes(text);
            assert_eq!(qs[0].speaker.as_ref().unwrap().kind, kind, "{text}");
        }
        // A role before a name is its description.
        let qs = quotes("“We agree,” said Tory co-chairman Liam Fox.");
        let s = qs[0].speaker.as_ref().unwrap();
        assert_eq!(
            (s.text.as_str(), s.description.as_deref()),
            ("Liam Fox", Some("Tory co-chairman"))
        );
    }

    #[test]
    fn a_name_with_mangled_letters_still_speaks() {
        // "François" as UTF-8 read twice as Latin-1, with a control character inside.
        let qs =
            quotes("\"We are ready,\" French President FranÃ\u{83}Â§ois Hollande said Friday.");
        let s = qs[0].speaker.as_ref().unwrap();
        assert_eq!(s.text, "French President FranÃ\u{83}Â§ois Hollande");
    }

    #[test]
    fn an_ordinal_after_the_article_is_part_of_the_speaker() {
        // "first" is an adverb elsewhere ("she first said"), an adjective after "the".
        let qs = quotes("The first minister said drinking was fine \"once in a while\".");
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "The first minister");
        let qs = quotes("In reply, the first minister said: “My comments were distorted.”");
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "the first minister");
    }

    #[test]
    fn the_place_of_a_dateline_does_not_speak() {
        let qs = quotes(
            "Senate debate goes on.\n\nWASHINGTON, Dec. 8 (UPI) -- “We will not yield.”\n\nThe \
             senator spoke on Monday.",
        );
        assert!(qs[0].speaker.is_none(), "{:?}", qs[0].speaker);
        let qs = quotes(
            "WASHINGTON, March 13 - President Reagan told supporters his resolve is solid, \
             adding, “There will be no tax rate increase.”",
        );
        assert!(
            qs[0]
                .speaker
                .as_ref()
                .is_none_or(|s| s.text != "WASHINGTON"),
            "{:?}",
            qs[0].speaker
        );
        let qs = quotes("LONDON, March 3 - The ruling Conservatives have “ended the boom”.");
        assert!(
            qs[0].speaker.as_ref().is_none_or(|s| s.text != "LONDON"),
            "{:?}",
            qs[0].speaker
        );
    }

    #[test]
    fn a_quotation_after_a_sentence_about_a_person_is_theirs() {
        let text = "Fostering Network director Robert Tapsfield criticised the system. \
            “There is just no logic to it.”\n\nThe report appeared on Monday. “It is late.”";
        let people = vec![named(text, "Robert Tapsfield")];
        let qs = quotes_among(text, people, Vec::new());
        assert_eq!(
            qs[0].speaker.as_ref().and_then(|s| s.name.as_deref()),
            Some("Robert Tapsfield")
        );
        // Not after a sentence about something else, nor a name that is no person's.
        assert!(qs[1].speaker.is_none(), "{:?}", qs[1].speaker);
        let qs = quotes("Playbook passed the torch to a new team. “I think we have it.”");
        assert!(qs[0].speaker.is_none(), "{:?}", qs[0].speaker);
        // An adverb between the subject and its verb.
        let text = "Jamie Costin was hurt.\n\nHe then progressed to crutches for six weeks. \
            \"Walking without the crutches seemed like real progress.\"";
        let people = vec![named(text, "Jamie Costin")];
        let qs = quotes_among(text, people, Vec::new());
        assert_eq!(
            speaker_name(
                &qs,
                "Walking without the crutches seemed like real progress."
            ),
            Some("Jamie Costin".to_string())
        );
    }

    #[test]
    fn a_statement_paragraph_between_narration_and_attribution_is_theirs() {
        let speaker = |qs: &[Quote], i: usize| qs[i].speaker.as_ref().map(|s| s.text.clone());
        // The short paragraph before is about one person, and nobody is quoted in it.
        let text = "Viguerie is upbeat about Cruz’s chances, because he sees Cruz as a uniter.\n\n\
            “Not only can Ted Cruz win in November, he’s the one with the best chance.”\n\n\
            A rally followed.";
        let people = vec![entity(text, "Richard Viguerie", &["Viguerie"], None)];
        let qs = quotes_among(text, people, Vec::new());
        assert_eq!(speaker(&qs, 0).as_deref(), Some("Viguerie"));
        assert_eq!(
            qs[0].speaker.as_ref().unwrap().name.as_deref(),
            Some("Richard Viguerie")
        );
        // Not after a long paragraph, whose last sentence need not be what follows is about.
        let text = "The family held office for decades. Prescott was a senator. His son George \
            worked his way up.\n\n“I would use the word old-school for all of them.”";
        let people = vec![named(text, "George")];
        assert_eq!(speaker(&quotes_among(text, people, Vec::new()), 0), None);
        let short = &text[text.find("His son").unwrap()..];
        let people = vec![entity(short, "George", &["George"], None)];
        assert_eq!(
            speaker(&quotes_among(short, people, Vec::new()), 0).as_deref(),
            Some("George")
        );
        // The next paragraph opens with a quotation attributed after it.
        let text = "The talks resumed on Monday.\n\n“The union is not serious about our \
            discussions.”\n\n“We will break off the talks,” Jacques Schoufour said.";
        let qs = quotes(text);
        assert_eq!(speaker(&qs, 0).as_deref(), Some("Jacques Schoufour"));
        // Not a term, nor a quotation that shares its paragraph with narration.
        for text in [
            "The talks resumed.\n\n“Serious.”\n\n“We will break off the talks,” Schoufour said.",
            "The talks resumed.\n\n“We are not serious,” it read, unsigned.\n\n\
             “We will break off the talks,” Schoufour said.",
        ] {
            assert_ne!(
                speaker(&quotes(text), 0).as_deref(),
                Some("Schoufour"),
                "{text}"
            );
        }
    }

    #[test]
    fn pronouns_and_short_names_resolve() {
        let text = "Palantir CEO and co-founder Alex Karp spoke on Monday. NHS England said it would decide.\n\n“We are one of a few companies to stand up,” he said.\n\nIt said the data will “stay in the NHS”.\n\n“We are proud,” Karp added.";
        let qs = quotes(text);
        let names: Vec<(&str, Option<&str>, SpeakerType)> = qs
            .iter()
            .map(|q| {
                let s = q.speaker.as_ref().unwrap();
                (s.text.as_str(), s.name.as_deref(), s.kind)
            })
            .collect();
        assert_eq!(
            names,
            vec![
                ("he", Some("Alex Karp"), SpeakerType::Person),
                ("It", Some("NHS England"), SpeakerType::Organization),
                ("Karp", Some("Alex Karp"), SpeakerType::Person),
            ]
        );
    }

    #[test]
    fn a_speaker_in_a_joined_clause_is_nearest() {
        // The subject of a verb of saying after ", but" is nearer to "he" than the first
        // clause's subject and the person named in the sentence before; a subject of any
        // other verb there is not taken ("Villa were not interested").
        let text = "Club boss Dave Orley signed a new deal on Thursday.\n\nOrley’s future was in question, but chairman Doug Ellison said he was happy. “His record is excellent,” he told the club’s website.\n\nOrley said he tried to re-sign him, but Villa were not interested. “I’m after three new players,” he said.";
        let names: Vec<Option<String>> = quotes(text)
            .iter()
            .map(|q| q.speaker.as_ref().and_then(|s| s.name.clone()))
            .collect();
        assert_eq!(
            names,
            vec![
                Some("Doug Ellison".to_string()),
                Some("Dave Orley".to_string())
            ]
        );
    }

    #[test]
    fn they_may_be_people_described_in_the_plural() {
        // Not the organisation named before them ("Qwest", "Verizon").
        let text = "Qwest said it would bid again. MCI’s directors have backed Verizon. They \
                    are accused of depriving shareholders “of maximum value”.";
        let q = &quotes(text)[0];
        let s = q.speaker.as_ref().expect("a speaker");
        assert_eq!(
            (s.text.as_str(), s.name.as_deref()),
            ("They", Some("MCI’s directors"))
        );
        assert_eq!(s.kind, SpeakerType::Group);
    }

    #[test]
    fn roles_and_affiliations() {
        let text = "“This deal is bad,” said Zara, a member of the British Medical Association trade union and Health Workers for a Free Palestine.";
        let q = &quotes(text)[0];
        let s = q.speaker.as_ref().unwrap();
        assert_eq!(s.text, "Zara");
        assert_eq!(s.kind, SpeakerType::Person);
        assert_eq!(
            s.description.as_deref(),
            Some(
                "a member of the British Medical Association trade union and Health Workers for a Free Palestine"
            )
        );
        assert_eq!(
            s.organizations,
            vec![
                "British Medical Association".to_string(),
                "Health Workers for a Free Palestine".to_string()
            ]
        );
        let text = "White House press secretary Josh Earnest said: “We disagree.”";
        let s = quotes(text)[0].speaker.clone().unwrap();
        assert_eq!(s.text, "Josh Earnest");
        assert_eq!(
            s.description.as_deref(),
            Some("White House press secretary")
        );
        assert_eq!(s.organizations, vec!["White House".to_string()]);
    }

    #[test]
    fn transcript_lines_without_marks() {
        let text = "A transcript.\n\nTAPPER: Do you think he is a healer?\n\nFALLIN: Well, I think the nation needs to work together.\n\nTAPPER: Thank you, Governor.\n\nUPDATE: This story was updated.";
        let qs = quotes(text);
        check_spans(text, &qs);
        let got: Vec<(&str, &str)> = qs
            .iter()
            .map(|q| (q.speaker.as_ref().unwrap().text.as_str(), q.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("TAPPER", "Do you think he is a healer?"),
                ("FALLIN", "Well, I think the nation needs to work together."),
                ("TAPPER", "Thank you, Governor."),
            ]
        );
        // One labelled paragraph is a heading, not a transcript.
        assert!(quotes("NOTE: This is not a transcript at all.\n\nBody.").is_empty());
    }

    /// An entity of the entities extractor written in `text` only as `name`, of no type.
    fn named(text: &str, name: &str) -> Entity {
        entity(text, name, &[name], None)
    }

    /// The words and the name of quotation `q`'s source.
    #[track_caller]
    fn source(q: &Quote) -> (&str, Option<&str>) {
        let s = q.speaker.as_ref().expect("a source");
        (s.text.as_str(), s.name.as_deref())
    }

    /// An entity of the entities extractor, with its mentions found in `text`.
    fn entity(text: &str, name: &str, forms: &[&str], kind: Option<&'static str>) -> Entity {
        let mut mentions = Vec::new();
        for f in forms {
            let mut from = 0;
            while let Some(i) = text[from..].find(f) {
                let s = Span::new(from + i, from + i + f.len());
                mentions.push(Mention::new(s, text));
                from = s.end;
            }
        }
        mentions.sort_by_key(|m| m.span.start);
        Entity {
            name: name.to_string(),
            kind,
            acronym: None,
            aliases: forms
                .iter()
                .filter(|f| **f != name)
                .map(|f| f.to_string())
                .collect(),
            mentions,
            descriptions: Vec::new(),
            roles: Vec::new(),
            organizations: Vec::new(),
        }
    }

    #[test]
    fn a_spokesman_speaks_for_the_subject_of_the_sentence_before() {
        let text = "Critics want the men freed. But the Home Office defended the measures. A \
                    spokesman said: “These men cannot be tried.” A spokesman for Exxon Corp \
                    said talks had ended. “We are disappointed,” the spokesman added.";
        let orgs = vec![
            entity(text, "Home Office", &["Home Office"], Some("government")),
            entity(text, "Exxon Corp", &["Exxon Corp"], Some("company")),
        ];
        let qs = quotes_among(text, Vec::new(), orgs);
        let names: Vec<Option<&str>> = qs
            .iter()
            .map(|q| q.speaker.as_ref().and_then(|s| s.name.as_deref()))
            .collect();
        assert_eq!(names, [Some("Home Office"), Some("Exxon Corp")]);
        // "a company spokesman": the company named most often before, of a known type
        // (not the exchange its shares trade on).
        let text = "Chrysler Corp will not raise its offer for Electrospace Systems Inc. \
                    Chrysler agreed to buy it. Its shares closed on the NYSE. “We have no \
                    intention of raising it,” a company spokeswoman said.";
        let orgs = vec![
            entity(
                text,
                "Chrysler Corp",
                &["Chrysler Corp", "Chrysler"],
                Some("company"),
            ),
            entity(
                text,
                "Electrospace Systems Inc",
                &["Electrospace Systems Inc"],
                Some("company"),
            ),
            entity(text, "NYSE", &["NYSE"], Some("company")),
        ];
        let qs = quotes_among(text, Vec::new(), orgs);
        assert_eq!(
            qs[0].speaker.as_ref().unwrap().name.as_deref(),
            Some("Chrysler Corp")
        );
        // Also after a description of the body in lower case.
        let text = "Environmental group Greenline said the freeze sent the wrong message. \
                    “We are concerned,” said a spokesman.";
        let orgs = vec![named(text, "Greenline")];
        let qs = quotes_among(text, Vec::new(), orgs);
        assert_eq!(
            qs[0].speaker.as_ref().unwrap().name.as_deref(),
            Some("Greenline")
        );
        // Not when the sentence before opens with something else.
        let text = "Critics said the Home Office erred. “We will appeal,” a spokesman said.";
        let orgs = vec![entity(
            text,
            "Home Office",
            &["Home Office"],
            Some("government"),
        )];
        let qs = quotes_among(text, Vec::new(), orgs);
        assert_eq!(qs[0].speaker.as_ref().unwrap().name, None);
    }

    #[test]
    fn a_pronoun_after_a_spokesperson_for_an_organisation_is_the_organisation() {
        // The quotation before gives the organisation as its source ("a spokesman for the
        // Guild said … “…”"), in an article that names people too.
        let text = "Kelly Marsh topped the chart. A spokesman for the Phonographic Guild said \
                    the chart was due “within the year”. “Work is going on,” he said.";
        let people = vec![named(text, "Kelly Marsh")];
        let orgs = vec![named(text, "Phonographic Guild")];
        let qs = quotes_among(text, people, orgs);
        assert_eq!(source(&qs[1]), ("he", Some("Phonographic Guild")));
        // Not when the pronoun is of the other gender.
        let text = &text.replace("A spokesman", "A spokeswoman");
        let people = vec![named(text, "Kelly Marsh")];
        let orgs = vec![named(text, "Phonographic Guild")];
        let qs = quotes_among(text, people, orgs);
        assert_ne!(
            qs[1].speaker.as_ref().unwrap().name.as_deref(),
            Some("Phonographic Guild")
        );
    }

    #[test]
    fn he_or_she_may_be_the_person_a_sentence_is_according_to() {
        let text = "“We would look at it,” a spokesman told the BBC. Bond markets may resist, \
                    according to Mike Osborne of Kleinwort Grieveson. “It would be suicidal,” \
                    he added.";
        let people = vec![named(text, "Mike Osborne")];
        let orgs = vec![named(text, "Kleinwort Grieveson")];
        let qs = quotes_among(text, people, orgs);
        assert_eq!(source(&qs[1]), ("he", Some("Mike Osborne")));
    }

    #[test]
    fn a_given_name_alone_does_not_keep_the_nearest_source_from_a_pronoun() {
        let text = "Beryl Sprinkel, chairman of the council, said growth was needed. \
                    “Stronger demand is needed,” he told the conference.";
        let people = vec![named(text, "Beryl Sprinkel")];
        let qs = quotes_among(text, people, Vec::new());
        assert_eq!(source(&qs[0]), ("he", Some("Beryl Sprinkel")));
        // An honorific does.
        let text = "Mrs. Beryl Sprinkel, chairman of the council, said growth was needed. \
                    “Stronger demand is needed,” he told the conference.";
        let people = vec![named(text, "Beryl Sprinkel")];
        let qs = quotes_among(text, people, Vec::new());
        assert_eq!(qs[0].speaker.as_ref().unwrap().name, None);
    }

    #[test]
    fn he_and_she_are_people() {
        // A capitalised word opening its sentence and written so nowhere else is no one.
        let text = "Zoë Adams runs the shelter. Hopes are high there. “We are full,” she said.";
        let qs = quotes(text);
        let s = qs[0].speaker.as_ref().unwrap();
        assert_eq!(s.text, "she");
        assert_eq!(s.name.as_deref(), Some("Zoë Adams"));
        // With people from the entities extractor, a name that is none of them is passed
        // over.
        let text = "Ana Kovač runs the office. Kent County Republican volunteers met there. “We will win,” she said.";
        let people = vec![named(text, "Ana Kovač")];
        let qs = quotes_among(text, people, Vec::new());
        let s = qs[0].speaker.as_ref().unwrap();
        assert_eq!(s.text, "she");
        assert_eq!(s.name.as_deref(), Some("Ana Kovač"));
    }

    #[test]
    fn he_and_she_agree_in_gender() {
        // (text, the speaker's name): "he" passes over a woman and "she" a man, known by
        // a given name, an honorific or the pronoun of an earlier source; a unisex or
        // unknown given name stays a candidate.
        let rows = [
            (
                "Maria Okafor thanked Daniel Brennan for coming. “It was worth it,” he said.",
                "Daniel Brennan",
            ),
            (
                "Daniel Brennan introduced Maria Okafor to the board. “We have work to do,” she said.",
                "Maria Okafor",
            ),
            (
                "Mrs. Okafor greeted Mr. Brennan at the door. “Welcome back,” he said.",
                "Brennan",
            ),
            (
                "Tom Reyes met Maria Okafor at noon. “We are ready,” she said. “So are we,” he added.",
                "Tom Reyes",
            ),
            (
                "Jordan Ellis thanked Tom Reyes for coming. “It was worth it,” she said.",
                "Jordan Ellis",
            ),
        ];
        for (text, name) in rows {
            let qs = quotes(text);
            let s = qs.last().and_then(|q| q.speaker.as_ref()).unwrap();
            assert_eq!(s.name.as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn entities_are_used_when_present() {
        // The entities extractor knows "The Mayor" is Jane Q. Public and "the Authority" is
        // the Port Authority of Kelby; the text alone could not say so.
        let text = "The Mayor met the Authority on Monday. The Authority said it would study the plan.\n\n“We will not wait,” the Mayor said.\n\nIt said the plan was “far too costly for us”.";
        let people = vec![entity(
            text,
            "Jane Q. Public",
            &["The Mayor", "the Mayor"],
            None,
        )];
        let orgs = vec![entity(
            text,
            "Port Authority of Kelby",
            &["the Authority", "The Authority", "Port Authority of Kelby"],
            Some("government"),
        )];
        let qs = quotes_among(text, people, orgs);
        let q = qs.iter().find(|q| q.text == "We will not wait,").unwrap();
        let s = q.speaker.as_ref().unwrap();
        assert_eq!(s.text, "the Mayor");
        assert_eq!(s.name.as_deref(), Some("Jane Q. Public"));
        assert_eq!(s.kind, SpeakerType::Person);
        // Without entities the name is the phrase itself.
        let plain = quotes(text);
        let p = plain
            .iter()
            .find(|q| q.text == "We will not wait,")
            .unwrap();
        assert_eq!(
            p.speaker.as_ref().unwrap().name.as_deref(),
            Some("the Mayor")
        );
        // "It" resolves to the organisation the entities name.
        let q = qs
            .iter()
            .find(|q| q.text == "far too costly for us")
            .unwrap();
        let s = q.speaker.as_ref().unwrap();
        assert_eq!(s.text, "It");
        assert_eq!(s.name.as_deref(), Some("Port Authority of Kelby"));
        assert_eq!(s.kind, SpeakerType::Organization);
    }

    #[test]
    fn he_after_an_unnamed_reporter_of_speech_is_that_reporter() {
        // "One analyst said …" before "“…,” he said": the pronoun is the unnamed analyst,
        // not a person named further back; but one asked may be the pronoun.
        let text = "Tom Reed, the minister, spoke on Monday. “Prices will rise,” Reed said.\n\nOne analyst said conditions were not ripe. “Reform is slow,” he said.\n\nA reporter asked Reed how he felt. He replied: “Fine, thank you.”";
        let people = vec![entity(text, "Tom Reed", &["Tom Reed", "Reed"], None)];
        let qs = quotes_among(text, people, Vec::new());
        check_spans(text, &qs);
        assert_eq!(
            speaker_name(&qs, "Prices will rise,").as_deref(),
            Some("Tom Reed")
        );
        assert_eq!(speaker_name(&qs, "Reform is slow,"), None);
        assert_eq!(
            speaker_name(&qs, "Fine, thank you.").as_deref(),
            Some("Tom Reed")
        );
    }

    #[test]
    fn a_comma_or_and_inside_an_organisations_name_does_not_end_the_phrase() {
        // "Harlow, Penn and Co" is one firm's name: its comma and "and" neither end the
        // phrase of the person from it nor make the firm the speaker.
        let text = "Shares fell.\n\n“Sellers panicked,” Ann Vole of Harlow, Penn and Co said.\n\nTed Marsh of Harlow, Penn and Co was emphatic. “It was not the futures traders.”\n\nLiz Crane of Dunmore and Pryce said the drop would not last. “Buyers will be back,” she said.\n\n“We cannot comment,” Harlow, Penn and Co said.";
        let people = vec![
            named(text, "Ann Vole"),
            named(text, "Ted Marsh"),
            named(text, "Liz Crane"),
        ];
        let orgs = vec![
            entity(
                text,
                "Harlow, Penn and Co",
                &["Harlow, Penn and Co"],
                Some("company"),
            ),
            entity(
                text,
                "Dunmore and Pryce",
                &["Dunmore and Pryce"],
                Some("company"),
            ),
        ];
        let qs = quotes_among(text, people, orgs);
        check_spans(text, &qs);
        assert_eq!(
            speaker_name(&qs, "Sellers panicked,").as_deref(),
            Some("Ann Vole")
        );
        assert_eq!(
            speaker_name(&qs, "It was not the futures traders.").as_deref(),
            Some("Ted Marsh")
        );
        assert_eq!(
            speaker_name(&qs, "Buyers will be back,").as_deref(),
            Some("Liz Crane")
        );
        let firm = qs.iter().find(|q| q.text == "We cannot comment,").unwrap();
        let firm = firm.speaker.as_ref().unwrap();
        assert_eq!(firm.text, "Harlow, Penn and Co");
        assert_eq!(firm.name.as_deref(), Some("Harlow, Penn and Co"));
    }

    #[test]
    fn people_from_an_organisation_are_not_it() {
        // A spokesperson speaks for the organisation (not for a person: "Ted Cruz’s
        // spokesman" is who that is); a strategist or an adviser is only from it (or with a
        // person), and the organisation is their affiliation.
        let text = "Ted Cruz met the Acme Party on Monday.\n\n“We will win,” said an Acme Party spokeswoman.\n\n“We will lose,” said a top Acme Party strategist.\n\n“Not yet,” said a senior Cruz adviser.\n\n“Later,” said the Acme Party group.\n\n“Soon,” Ted Cruz’s spokesman said.";
        let people = vec![entity(text, "Ted Cruz", &["Ted Cruz", "Cruz"], None)];
        let orgs = vec![entity(text, "Acme Party", &["Acme Party"], Some("party"))];
        let qs = quotes_among(text, people, orgs);
        let speaker = |q: &str| {
            let q = qs.iter().find(|x| x.text == q).expect(q);
            let s = q.speaker.as_ref().expect("a speaker");
            (s.name.clone(), s.kind, s.organizations.clone())
        };
        assert_eq!(
            speaker("We will win,"),
            (Some("Acme Party".into()), SpeakerType::Organization, vec![])
        );
        assert_eq!(
            speaker("We will lose,"),
            (None, SpeakerType::Person, vec!["Acme Party".to_string()])
        );
        assert_eq!(speaker("Not yet,").0, None);
        assert_eq!(speaker("Not yet,").1, SpeakerType::Person);
        assert_eq!(
            speaker("Later,"),
            (Some("Acme Party".into()), SpeakerType::Organization, vec![])
        );
        // One who speaks for a person is not that person.
        assert_eq!(speaker("Soon,").0.as_deref(), Some("Ted Cruz’s spokesman"));
    }

    #[test]
    fn a_given_name_that_is_an_auxiliary_opens_a_name() {
        // "Will Davies said" right after a quotation: "Will" is the given name of a person
        // the entities extractor found, not the auxiliary.
        let text = "“We won,” Mark Hughes said.\n\n“It was close,” Will Davies said.";
        let people = vec![named(text, "Mark Hughes"), named(text, "Will Davies")];
        let qs = quotes_among(text, people, vec![]);
        assert_eq!(
            speaker_name(&qs, "It was close,").as_deref(),
            Some("Will Davies")
        );
    }

    #[test]
    fn a_noun_in_ly_is_no_adverb() {
        // "family", "ally", "daily" end like adverbs but head a source phrase; an adverb
        // between the source and its verb is still passed over.
        let text = "“We are devastated,” the family said.\n\n“He lied,” a close ally of the président told reporters.\n\n“No,” the daily said.\n\n“Yes,” Zoë Adeyemi really said.";
        let qs = quotes_among(text, vec![named(text, "Zoë Adeyemi")], vec![]);
        for (q, who) in [
            ("We are devastated,", "the family"),
            ("He lied,", "a close ally of the président"),
            ("No,", "the daily"),
            ("Yes,", "Zoë Adeyemi"),
        ] {
            let q = qs.iter().find(|x| x.text == q).expect(q);
            let s = q.speaker.as_ref().expect("a speaker");
            assert_eq!(s.text, who);
        }
    }

    #[test]
    fn a_noun_after_a_modifier_and_its_determiner_is_no_verb() {
        // "state" after "a heavily Democratic": a noun, so no one speaks in the sentence
        // before the quotation ("Democratic" was its subject); an adverb before a verb
        // after a subject still passes.
        let qs = quotes("It happened in a heavily Democratic state.\n\n“We need someone.”");
        assert!(qs[0].speaker.is_none(), "{:?}", qs[0].speaker);
        let qs = quotes("In a statement, Trump quickly notes: “We need someone.”");
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "Trump");
    }

    #[test]
    fn a_complement_or_a_noun_of_speech_is_no_source() {
        // Before a colon, the complement of a verb's object pronoun is not the source; the
        // verb's subject is.
        let qs = quotes("A footnote in the report makes that clear: “These do not apply.”");
        assert_eq!(
            qs[0].speaker.as_ref().unwrap().text,
            "A footnote in the report"
        );
        // "chant" after a determiner and an adjective is a noun, with no subject.
        let qs = quotes(
            "A mix of supporters and activists joined in a thunderous chant of “Feel the \
             Bern!”",
        );
        assert!(
            qs[0]
                .speaker
                .as_ref()
                .is_none_or(|s| s.text != "a thunderous")
        );
        let qs = quotes("The crowd chants “Lock her up!”");
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "The crowd");
    }

    #[test]
    fn adverbs_between_a_source_and_its_verb() {
        // "afterwards", and "long" after an auxiliary, stand between the source and its
        // verb; "Long" is still a surname.
        for (text, who) in [
            (
                "Edwards, who left in the fourth eviction, afterwards said: “I am so happy.”",
                "Edwards",
            ),
            (
                "Internet providers have long claimed they are mere “conduits”.",
                "Internet providers",
            ),
            (
                "Dennis Long said: “I have great respect for them.”",
                "Dennis Long",
            ),
        ] {
            let qs = quotes(text);
            assert_eq!(qs[0].speaker.as_ref().unwrap().text, who, "{text}");
        }
        // "otherwise" is no source of a passive frame verb.
        let qs = quotes("Places that are otherwise labeled the “forgotten America.”");
        assert!(qs[0].speaker.as_ref().is_none_or(|s| s.text != "otherwise"));
    }

    #[test]
    fn a_word_in_ly_after_an_article_is_a_noun() {
        // "rally" after "the" heads the source, as "family" does; it is no adverb between
        // a source and its verb.
        for (text, who) in [
            (
                "The rally denounced the call for “a total and complete shutdown.”",
                "The rally",
            ),
            (
                "In a strongly worded statement terming it “urgent”, they met.",
                "a strongly worded statement",
            ),
        ] {
            let qs = quotes(text);
            assert_eq!(qs[0].speaker.as_ref().unwrap().text, who, "{text}");
        }
    }

    #[test]
    fn a_number_after_a_determiner_is_part_of_the_source() {
        for (text, who) in [
            (
                "“You seem to have picked a new standard,” the two write.",
                "the two",
            ),
            ("“No,” two officials said.", "two officials"),
            ("“No,” the two men said.", "the two men"),
            ("“No,” said his two sons.", "his two sons"),
            ("“No,” said the three officials.", "the three officials"),
        ] {
            let qs = quotes(text);
            assert_eq!(qs[0].speaker.as_ref().unwrap().text, who, "{text}");
        }
    }

    #[test]
    fn a_letter_in_quotation_marks_is_a_label() {
        // Share classes, ratings, quotas: no one says "A".
        let qs = quotes("Li said the issue of new “B” shares will give the group control.");
        assert_eq!(qs[0].kind, QuoteKind::Scare);
        assert!(qs[0].speaker.is_none());
    }

    #[test]
    fn a_future_after_a_quotation_is_no_attribution() {
        // "will report" opens a new statement; the quotation stays with the one before.
        let qs = quotes(
            "“We are the leading federation,” said Diack. “It is our duty to keep the sport \
             clean.” The two task forces will report back to the council.",
        );
        assert_eq!(qs[1].speaker.as_ref().unwrap().text, "Diack");
        let qs = quotes("“The allowances are generous.” BT will begin the service in May.");
        assert!(qs[0].speaker.as_ref().is_none_or(|s| s.text != "BT"));
    }

    #[test]
    fn an_aside_in_brackets_has_no_verb_of_the_clause() {
        // "(pun intended)" before "and repeat": the subject is that of the verb before the
        // aside, not "pun".
        let qs = quotes(
            "All Tories have to do is stick to their guns (pun intended) and repeat, 10,000 \
             times, “Peace Through Strength.”",
        );
        assert_eq!(qs[0].speaker.as_ref().unwrap().text, "All Tories");
        let qs = quotes("Voters stick to their guns (pun intended) and repeat “Peace.”");
        assert!(qs[0].speaker.as_ref().is_none_or(|s| s.text != "pun"));
    }

    #[test]
    fn a_role_of_a_name_speaks_not_the_name() {
        // "the chairman of Acme Bank", "a lawyer for John Smith": the person in the role
        // speaks, the name is whom they belong to; a name before the role ("Howard Archer,
        // economist at …") is the speaker, its closing comma missing or not.
        let text = "John Smith was charged.\n\n“We will not back down,” the chairman of Acme Bank said.\n\n“No comment,” a lawyer for John Smith said.\n\n“He is innocent,” the wife of John Smith said.\n\n“Rates will rise,” Howard Archer, economist at Acme Bank said.\n\n“Sales are strong,” Theodore Brophy, chairman and chief executive of Acme Bank said.\n\nAccording to Frank Brown, global advisory leader at Acme Bank, the trend has one upside: “Risk is spread.”\n\n“Costs fell,” Dr Mike Watts head of exploration said.\n\n“We agree,” said a spokeswoman for Acme Bank.\n\n“Vote no,” Shadow leader of the Commons Oliver Heald said.\n\n“Maybe,” a source close to the Chancellor said.\n\n“He is tired,” said friends of Mr Heald.\n\n“Talks failed,” a person familiar with the matter said.\n\n“Prices fell,” Zoë Adeyemi, chief UK economist at Acme Bank said.";
        let people = vec![
            entity(text, "John Smith", &["John Smith"], None),
            named(text, "Howard Archer"),
            named(text, "Theodore Brophy"),
            named(text, "Frank Brown"),
            named(text, "Mike Watts"),
            named(text, "Oliver Heald"),
            named(text, "Zoë Adeyemi"),
        ];
        let orgs = vec![
            entity(text, "Acme Bank", &["Acme Bank"], Some("company")),
            entity(text, "Commons", &["Commons"], Some("government")),
        ];
        let qs = quotes_among(text, people, orgs);
        let speaker = |q: &str| {
            let q = qs.iter().find(|x| x.text == q).expect(q);
            let s = q.speaker.as_ref().expect("a speaker");
            (
                s.text.clone(),
                s.name.clone(),
                s.kind,
                s.organizations.clone(),
            )
        };
        assert_eq!(
            speaker("We will not back down,"),
            (
                "the chairman of Acme Bank".to_string(),
                Some("the chairman of Acme Bank".into()),
                SpeakerType::Person,
                vec!["Acme Bank".to_string()]
            )
        );
        assert_eq!(
            speaker("No comment,"),
            (
                "a lawyer for John Smith".to_string(),
                None,
                SpeakerType::Person,
                vec![]
            )
        );
        // (not John Smith, nor the person named before the description)
        assert_eq!(
            speaker("He is innocent,").1.as_deref(),
            Some("the wife of John Smith")
        );
        for (q, who) in [
            ("Rates will rise,", "Howard Archer"),
            ("Sales are strong,", "Theodore Brophy"),
            ("Risk is spread.", "Frank Brown"),
            ("Costs fell,", "Mike Watts"),
            ("Vote no,", "Oliver Heald"),
            ("Prices fell,", "Zoë Adeyemi"),
        ] {
            assert_eq!(speaker(q).1.as_deref(), Some(who), "{q}");
        }
        // "close to", "familiar with" join the phrase as a preposition does.
        for (q, text, kind) in [
            (
                "Maybe,",
                "a source close to the Chancellor",
                SpeakerType::Person,
            ),
            ("He is tired,", "friends of Mr Heald", SpeakerType::Group),
            (
                "Talks failed,",
                "a person familiar with the matter",
                SpeakerType::Person,
            ),
        ] {
            let got = speaker(q);
            assert_eq!((got.0.as_str(), got.1, got.2), (text, None, kind), "{q}");
        }
        // One who speaks for a body lets it speak.
        assert_eq!(speaker("We agree,").1.as_deref(), Some("Acme Bank"));
        assert_eq!(speaker("Rates will rise,").3, vec!["Acme Bank".to_string()]);
    }

    #[test]
    fn descriptions_resolve_to_the_person_in_that_role() {
        let text = "Spurs sporting director Frank Arnesen met deputy prime minister John Prescott.\n\n“We will see,” the Spurs sporting director said.\n\n“Not now,” the prime minister said.";
        let mut arnesen = named(text, "Frank Arnesen");
        arnesen.roles = vec!["sporting director".into()];
        let mut prescott = named(text, "John Prescott");
        prescott.roles = vec!["deputy prime minister".into()];
        let orgs = vec![entity(
            text,
            "Tottenham Hotspur",
            &["Spurs"],
            Some("sports"),
        )];
        let qs = quotes_among(text, vec![arnesen, prescott], orgs);
        let name = |q: &str| speaker_name(&qs, q);
        assert_eq!(name("We will see,").as_deref(), Some("Frank Arnesen"));
        // A deputy prime minister is not "the prime minister".
        assert_eq!(name("Not now,").as_deref(), Some("the prime minister"));
        // The outlet's own correspondent, named earlier in that role.
        let text = "The talks stalled, said BBC labour correspondent Dana Whitcombe.\n\nA deal is “still possible”, our correspondent added.";
        let mut whitcombe = named(text, "Dana Whitcombe");
        whitcombe.roles = vec!["correspondent".into()];
        let qs = quotes_among(text, vec![whitcombe], Vec::new());
        assert_eq!(
            speaker_name(&qs, "still possible").as_deref(),
            Some("Dana Whitcombe")
        );
    }

    #[test]
    fn descriptions_resolve_to_the_organisation_of_that_kind() {
        let text = "Acme Widgets met the Kestrel Rovers on Monday.\n\n“We grew,” the company said.\n\n“We lost,” the club said.\n\n“We will tax it,” the government said.";
        let orgs = vec![
            entity(text, "Acme Widgets", &["Acme Widgets"], Some("company")),
            entity(text, "Kestrel Rovers", &["Kestrel Rovers"], Some("sports")),
        ];
        let qs = quotes_among(text, Vec::new(), orgs);
        let name = |q: &str| speaker_name(&qs, q);
        assert_eq!(name("We grew,").as_deref(), Some("Acme Widgets"));
        assert_eq!(name("We lost,").as_deref(), Some("Kestrel Rovers"));
        // A country's government is seldom named: the description stays.
        assert_eq!(name("We will tax it,").as_deref(), Some("the government"));
    }

    #[test]
    fn entity_names_resolve_short_forms_and_organisations() {
        let text = "Acme Widgets chief Robert Smith spoke. “We will grow,” Smith said. “Prices will fall,” said Jo Bloggs, an analyst at Kestrel Partners.";
        let people = vec![
            entity(text, "Robert Smith", &["Robert Smith", "Smith"], None),
            named(text, "Jo Bloggs"),
        ];
        let orgs = vec![entity(
            text,
            "Kestrel Partners LLP",
            &["Kestrel Partners"],
            Some("company"),
        )];
        let qs = quotes_among(text, people, orgs);
        let smith = qs[0].speaker.as_ref().unwrap();
        assert_eq!(
            (smith.text.as_str(), smith.name.as_deref()),
            ("Smith", Some("Robert Smith"))
        );
        let jo = qs[1].speaker.as_ref().unwrap();
        assert_eq!(jo.name.as_deref(), Some("Jo Bloggs"));
        assert_eq!(jo.organizations, vec!["Kestrel Partners LLP".to_string()]);
    }

    #[test]
    fn a_shared_surname_goes_to_the_namesake_a_pronoun_fits() {
        // The entities link the bare "Okafor" to Bill Okafor; "she" is Maria Okafor.
        let text = "Maria Okafor founded the firm. Bill Okafor ran it for years. In her \
                    memoir, Okafor noted the clot. “I could not walk,” she said.";
        let people = vec![
            named(text, "Maria Okafor"),
            entity(text, "Bill Okafor", &["Bill Okafor", "Okafor"], None),
        ];
        let qs = quotes_among(text, people, Vec::new());
        assert_eq!(source(&qs[0]), ("she", Some("Maria Okafor")));
    }

    /// Pieces of text that make quotation marks meet in every arrangement.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "’",
            "«",
            "»",
            "„",
            "‹",
            "›",
            "''",
            " ",
            "\n",
            "\n\n",
            "said",
            "he",
            "Zoë",
            "Müller",
            "£5",
            "€",
            "東京",
            ",",
            ".",
            ":",
            "—",
            "(",
            ")",
            "s",
            "don’t",
            "We",
            "are",
            "<a href=\"x\">",
            "PENCE:",
            "according to",
            "the",
            "It",
            "\u{a0}",
            "!",
            "?",
            "said Zara,",
            "a member of",
            "reading:",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn no_arrangement_of_marks_breaks_it(parts in prop::collection::vec(piece(), 0..60)) {
            let text: String = parts.concat();
            let qs = quotes(&text);
            let mut last_end = 0;
            for q in &qs {
                prop_assert!(q.span.start >= last_end, "overlap or out of order: {:?}", qs);
                prop_assert!(q.span.start < q.span.end);
                prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
                prop_assert_eq!(q.span.slice(&text), q.text.as_str());
                if let Some(s) = &q.speaker {
                    prop_assert_eq!(s.span.slice(&text), s.text.as_str());
                }
                if let Some(c) = &q.cue {
                    prop_assert_eq!(c.span.slice(&text), c.text.as_str());
                }
                last_end = q.span.end;
            }
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
            let qs = quotes(&text);
            for q in &qs {
                prop_assert_eq!(q.span.slice(&text), q.text.as_str());
            }
        }
    }
}
