//! Who a speaker is: names, organisations and their mentions, for resolving "Karp",
//! "he" and "It" within one article.
//!
//! A [`Registry`] is the one interface the quotes extractor asks. It is filled from the
//! entities extractor (`found.entities`: people and organisations with their mentions,
//! aliases and acronyms) when that found anything, and always completed by a scan of the
//! article's own capitalised name sequences, typed by the words around them ("US tech firm
//! Palantir" is an organisation, "Sen. Ted Cruz" a person, "British Medical Association"
//! an organisation by its last word). So resolution works without entities and gets better
//! with them, with no change on this side.

use super::SpeakerType;
use super::attribute::Toks;
use super::lexicon::flag;
use crate::entities::Entities;
use crate::span::Span;

/// One person or organisation the article names.
#[derive(Clone, Debug)]
pub(crate) struct Known {
    /// The fullest name.
    pub name: String,
    /// Person, organisation, or unknown (never group or document).
    pub kind: SpeakerType,
    /// Other names (acronyms, aliases).
    pub aliases: Vec<String>,
    /// Where it is mentioned, in text order.
    pub mentions: Vec<Span>,
    /// Comes from the entities extractor.
    pub from_entities: bool,
}

impl Known {
    /// Is `mention` a shorter form of this name: whole words at its start or end ("Karp"
    /// -> "Alex Karp", "Palantir" -> "Palantir Technologies")?
    fn shortens(&self, mention: &str) -> bool {
        let n = self.name.as_str();
        if mention.is_empty() || mention.len() >= n.len() {
            return false;
        }
        let ends = n.ends_with(mention) && n[..n.len() - mention.len()].ends_with(' ');
        let starts = n.starts_with(mention) && n[mention.len()..].starts_with(' ');
        match self.kind {
            SpeakerType::Person => ends || starts,
            SpeakerType::Organization => starts,
            _ => false,
        }
    }

    /// Is `mention` this entity's name or one of its aliases?
    fn named(&self, mention: &str) -> bool {
        self.name == mention || self.aliases.iter().any(|a| a == mention)
    }

    /// Distance from `at` to the nearest mention, those before `at` first.
    fn distance(&self, at: usize) -> usize {
        let i = self.mentions.partition_point(|m| m.start < at);
        match i.checked_sub(1) {
            Some(p) => at - self.mentions[p].start,
            None => self
                .mentions
                .get(i)
                .map_or(usize::MAX / 2, |m| usize::MAX / 4 + (m.start - at)),
        }
    }
}

/// The people and organisations of one article.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    /// Everything known, entities first.
    pub known: Vec<Known>,
}

impl Registry {
    /// The registry of an article: entities when the entities extractor found any, then the
    /// article's own name sequences.
    pub fn build(tk: &Toks, entities: &Entities, quoted: &[Span]) -> Registry {
        let mut reg = Registry::default();
        for (list, kind) in [
            (&entities.people, SpeakerType::Person),
            (&entities.organizations, SpeakerType::Organization),
        ] {
            for e in list {
                let mut aliases = e.aliases.clone();
                aliases.extend(e.acronym.clone());
                reg.known.push(Known {
                    name: e.name.clone(),
                    kind,
                    aliases,
                    mentions: e.mentions.iter().map(|m| m.span).collect(),
                    from_entities: true,
                });
            }
        }
        reg.scan(tk, quoted);
        reg
    }

    /// Adds the capitalised name sequences of the article that no entity covers (outside
    /// the quoted words `quoted`, sorted).
    fn scan(&mut self, tk: &Toks, quoted: &[Span]) {
        let n = tk.len();
        let covered: Vec<Span> = self
            .known
            .iter()
            .flat_map(|k| k.mentions.iter().copied())
            .collect();
        let mut i = 0;
        while i < n {
            if !name_start(tk, i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n
                && (name_word(tk, j) || particle(tk, j) && j + 1 < n && name_word(tk, j + 1))
            {
                j += 1;
            }
            let run = tk.span(i, j);
            let q = quoted.partition_point(|s| s.end <= run.start);
            let in_quote = quoted.get(q).is_some_and(|s| s.overlaps(run));
            if in_quote || covered.iter().any(|c| c.overlaps(run)) {
                i = j;
                continue;
            }
            // Titles split a run: "Palantir CEO Alex Karp" is an organisation (before a
            // role) and a person (after one); "Sen. Ted Cruz" a person.
            let mut a = i;
            while a < j {
                if tk.w(a).is(flag::TITLE) {
                    a += 1;
                    continue;
                }
                let mut b = a;
                while b < j && !tk.w(b).is(flag::TITLE) {
                    b += 1;
                }
                let titled = a > i || (i > 0 && tk.w(i - 1).is(flag::TITLE));
                let before_role = b < j && !titled;
                let kind = if before_role {
                    SpeakerType::Organization
                } else {
                    guess_kind(tk, i, a, b, titled)
                };
                self.add_name(tk, a, b, kind);
                a = b;
            }
            i = j;
        }
        // A one-word name that ends a person's name is that person ("Karp").
        let persons: Vec<(usize, String)> = self
            .known
            .iter()
            .enumerate()
            .filter(|(_, k)| k.kind == SpeakerType::Person && k.name.contains(' '))
            .map(|(i, k)| (i, k.name.clone()))
            .collect();
        for k in self.known.iter_mut() {
            if k.kind == SpeakerType::Unknown
                && !k.name.contains(' ')
                && persons
                    .iter()
                    .any(|(_, p)| p.ends_with(&format!(" {}", k.name)))
            {
                k.kind = SpeakerType::Person;
            }
        }
    }

    /// Records a mention of the name in tokens `a..b`.
    fn add_name(&mut self, tk: &Toks, a: usize, b: usize, kind: SpeakerType) {
        let name_span = tk.span(a, b);
        let name = strip_possessive(name_span.slice(tk.doc.text));
        if name.is_empty() {
            return;
        }
        let mention = Span::new(name_span.start, name_span.start + name.len());
        match self
            .known
            .iter_mut()
            .find(|k| !k.from_entities && k.name == name)
        {
            Some(k) => {
                k.mentions.push(mention);
                if k.kind == SpeakerType::Unknown {
                    k.kind = kind;
                }
            }
            None => self.known.push(Known {
                name: name.to_string(),
                kind,
                aliases: Vec::new(),
                mentions: vec![mention],
                from_entities: false,
            }),
        }
    }

    /// The entity a speaker's name refers to: the fuller name it shortens ("Karp" -> "Alex
    /// Karp"), else the entity of that exact name or alias; among several, entities from the
    /// entities extractor first, then the one mentioned last before `at`.
    pub fn lookup(&self, mention: &str, at: usize) -> Option<&Known> {
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
                .min_by_key(|k| (!k.from_entities, k.distance(at)))
        };
        pick(true).or_else(|| pick(false))
    }

    /// Names of organisations mentioned inside `span`.
    pub fn organizations_in(&self, span: Span) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for k in &self.known {
            if k.kind == SpeakerType::Organization
                && k.mentions.iter().any(|m| span.contains(*m))
                && !out.contains(&k.name)
            {
                out.push(k.name.clone());
            }
        }
        out
    }
}

/// A name of an organisation in a description that the registry does not type: a
/// capitalised sequence with "of", "for", "a", "the" inside ("Health Workers for a Free
/// Palestine"), not a title or role.
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
        let mut j = i + 1;
        loop {
            if j < r.end && tk.cap(j) {
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
            let single = e - i == 1;
            let adjective = single
                && (name.ends_with("ic")
                    || name.ends_with("an")
                    || name.ends_with("ish")
                    || name.ends_with("ese"));
            if !adjective && !name.is_empty() && !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
        i = j.max(i + 1);
    }
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s)
}

/// Can token `i` start a name (a capitalised word that is not a function word)?
fn name_start(tk: &Toks, i: usize) -> bool {
    if !tk.cap(i) {
        return false;
    }
    let w = tk.w(i);
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
    tk.cap(i) && !tk.w(i).is(flag::TIME) && !tk.w(i).is(flag::CONJ | flag::DET | flag::PRONOUN)
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
    if desc_org || org_word || acronym || (a..j).any(|k| tk.is(k, "of") || tk.is(k, "for")) {
        return SpeakerType::Organization;
    }
    if titled || desc_person {
        return SpeakerType::Person;
    }
    if (2..=4).contains(&words) {
        return SpeakerType::Person;
    }
    SpeakerType::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn fallback_names_and_kinds() {
        let text = "Palantir CEO Alex Karp met Sen. Ted Cruz at the British Medical Association. \
                    Karp said US tech firm Palantir would help. Cruz agreed.";
        let doc = Document::new(text, None);
        let tk = Toks::new(&doc);
        let reg = Registry::build(&tk, &Entities::default(), &[]);
        let karp = reg.lookup("Karp", text.len()).unwrap();
        assert_eq!(karp.name, "Alex Karp");
        assert_eq!(karp.kind, SpeakerType::Person);
        let cruz = reg.lookup("Cruz", text.len()).unwrap();
        assert_eq!(cruz.name, "Ted Cruz");
        let bma = reg.lookup("British Medical Association", 0).unwrap();
        assert_eq!(bma.kind, SpeakerType::Organization);
        let p = reg.lookup("Palantir", text.len()).unwrap();
        assert_eq!(p.kind, SpeakerType::Organization);
    }
}
