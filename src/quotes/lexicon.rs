//! The word tables of the quotes extractor, loaded once from `data/`.
//!
//! Every word maps to one [`Word`]: a set of flags (what the word can be) and, for reporting
//! verbs, how the verb behaves. Lookups are case-insensitive and never allocate: a word is
//! lower-cased into a stack buffer when it has capitals.

use super::SpeakerType;
use std::sync::LazyLock;

/// How a reporting verb relates a source to a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbClass {
    /// Introduces speech; inverts after a quote ("said Zara").
    Speech,
    /// Frames a partial quote; its subject is the source ("called it “crazy”").
    Frame,
    /// Usually passive ("described as a “blockade”"): the source is the agent.
    Passive,
}

/// Flags: what a word can be.
pub(crate) mod flag {
    /// A reporting verb form.
    pub const VERB: u32 = 1;
    /// Another common verb form.
    pub const OTHER_VERB: u32 = 1 << 1;
    /// A determiner: starts a noun phrase.
    pub const DET: u32 = 1 << 2;
    /// A preposition.
    pub const PREP: u32 = 1 << 3;
    /// A conjunction or subordinator.
    pub const CONJ: u32 = 1 << 4;
    /// An auxiliary or copula.
    pub const AUX: u32 = 1 << 5;
    /// An adverb that may stand between a source and its verb.
    pub const ADV: u32 = 1 << 6;
    /// A sentence connective ("However").
    pub const LEAD: u32 = 1 << 7;
    /// A day, month or time word.
    pub const TIME: u32 = 1 << 8;
    /// A pronoun that can be a source.
    pub const PRONOUN: u32 = 1 << 9;
    /// A title or role written before a name.
    pub const TITLE: u32 = 1 << 10;
    /// A word that makes a name an organisation.
    pub const ORG_WORD: u32 = 1 << 11;
    /// A noun before a name that makes it an organisation ("firm").
    pub const ORG_DESC: u32 = 1 << 12;
    /// The head noun of a source ("spokesman", "statement").
    pub const SPEAKER_NOUN: u32 = 1 << 13;
    /// A word announcing a quoted term ("so-called").
    pub const SCARE_CUE: u32 = 1 << 14;
    /// A word announcing a title ("film").
    pub const TITLE_CUE: u32 = 1 << 15;
    /// A thing that carries words ("banner").
    pub const HOLDER: u32 = 1 << 16;
    /// A noun that is also a verb form ("report", "release"): a verb only after a name or
    /// pronoun.
    pub const NOUNISH: u32 = 1 << 17;
    /// A noun for something said ("claim", "remarks").
    pub const SPEECH_NOUN: u32 = 1 << 18;
    /// A word that names something with a quoted term ("so-called").
    pub const NAMING_CUE: u32 = 1 << 19;
    /// A source noun whose words are its organisation's ("spokesperson"), unlike a person
    /// merely from it ("strategist", "official").
    pub const SPEAKS_FOR: u32 = 1 << 20;
    /// A noun that describes someone or something rather than a role they speak in
    /// ("sprinter", "cardinal", "computer giant"): "the sprinter" is most likely the
    /// person named just before.
    pub const EPITHET: u32 = 1 << 21;
    /// A participle that makes an impersonal passive after "it is" ("It is thought that
    /// …", "it was reported"): no source.
    pub const IMPERSONAL: u32 = 1 << 22;
    /// A quantifier that opens a noun phrase without being a determiner of the tables
    /// ("All three will play"; "they all said" keeps its subject).
    pub const QUANT: u32 = 1 << 23;
}

/// What the tables say about one word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Word {
    /// [`flag`] bits.
    pub flags: u32,
    /// For reporting verbs: the class.
    pub verb: Option<VerbClass>,
    /// For phrasal reporting verbs ("pointed out"): the particle that must follow.
    pub particle: Option<&'static str>,
    /// For pronouns and speaker nouns: the kind of source.
    pub speaker: Option<SpeakerType>,
    /// For pronouns: refers to the writer or reader ("I", "we", "you").
    pub first_person: bool,
    /// For pronouns: a relative pronoun ("who").
    pub relative: bool,
    /// For possessive determiners ("his"): the kind of their owner.
    pub possessive: Option<SpeakerType>,
}

impl Word {
    /// True when any of `bits` is set.
    #[inline]
    pub fn is(&self, bits: u32) -> bool {
        self.flags & bits != 0
    }
}

/// A hash map with FxHash: the tables are looked up for many tokens, and SipHash's
/// protection against collision attacks is not needed for fixed, compiled-in keys.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// The loaded tables.
pub(crate) struct Lexicon {
    /// Word -> index into `entries`.
    index: FxMap<&'static str, u32>,
    entries: Vec<Word>,
    /// Two-word speaker nouns ("press release"): first word -> second words.
    compounds: FxMap<&'static str, Vec<(&'static str, SpeakerType)>>,
}

fn speaker_type(s: &str) -> Option<SpeakerType> {
    Some(match s {
        "person" => SpeakerType::Person,
        "group" => SpeakerType::Group,
        "organization" => SpeakerType::Organization,
        "document" => SpeakerType::Document,
        _ => return None,
    })
}

impl Lexicon {
    fn load() -> Self {
        use crate::data::{lines, table};
        let mut words: FxMap<&'static str, Word> = FxMap::default();
        let mut compounds: FxMap<&'static str, Vec<(&'static str, SpeakerType)>> = FxMap::default();
        for row in table(include_str!("data/verbs.tsv")) {
            let (Some(lemma), Some(class), Some(forms)) = (row.first(), row.get(1), row.get(2))
            else {
                continue;
            };
            let class = match *class {
                "speech" => VerbClass::Speech,
                "passive" => VerbClass::Passive,
                _ => VerbClass::Frame,
            };
            let particle = lemma.split_once(' ').map(|(_, p)| p);
            for form in forms.split_whitespace() {
                let w = words.entry(form).or_default();
                w.flags |= flag::VERB;
                // The first class listed wins (speech before frame).
                if w.verb.is_none() {
                    w.verb = Some(class);
                    w.particle = particle;
                }
            }
        }
        for form in lines(include_str!("data/verbs_common.txt")) {
            words.entry(form).or_default().flags |= flag::OTHER_VERB;
        }
        for row in table(include_str!("data/function_words.txt")) {
            let (Some(w), Some(class)) = (row.first(), row.get(1)) else {
                continue;
            };
            let bit = match *class {
                "det" => flag::DET,
                "prep" => flag::PREP,
                "conj" => flag::CONJ,
                "aux" => flag::AUX,
                "adv" => flag::ADV,
                "lead" => flag::LEAD,
                "time" => flag::TIME,
                "quant" => flag::QUANT,
                _ => 0,
            };
            words.entry(w).or_default().flags |= bit;
        }
        for row in table(include_str!("data/pronouns.tsv")) {
            let (Some(w), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let e = words.entry(w).or_default();
            if *kind != "possessive" {
                e.flags |= flag::PRONOUN;
            }
            match *kind {
                "possessive" => e.possessive = speaker_type(row.get(2).copied().unwrap_or("")),
                "first" => {
                    e.first_person = true;
                    e.speaker = Some(if *w == "we" {
                        SpeakerType::Group
                    } else {
                        SpeakerType::Person
                    });
                }
                "relative" => e.relative = true,
                k => e.speaker = speaker_type(k),
            }
        }
        for w in lines(include_str!("data/titles.txt")) {
            words.entry(w).or_default().flags |= flag::TITLE;
        }
        for w in lines(include_str!("data/impersonal.txt")) {
            words.entry(w).or_default().flags |= flag::IMPERSONAL;
        }
        for w in lines(include_str!("data/org_words.txt")) {
            words.entry(w).or_default().flags |= flag::ORG_WORD;
        }
        for w in lines(include_str!("data/org_descriptors.txt")) {
            words.entry(w).or_default().flags |= flag::ORG_DESC;
        }
        let nouns = table(include_str!("data/speaker_nouns.tsv"))
            .map(|row| (row, 0))
            .chain(table(include_str!("data/people_nouns.tsv")).map(|row| (row, flag::EPITHET)));
        for (row, epithet) in nouns {
            let (Some(noun), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let Some(kind) = speaker_type(kind) else {
                continue;
            };
            if let Some((first, second)) = noun.split_once(' ') {
                compounds.entry(first).or_default().push((second, kind));
            } else {
                let e = words.entry(noun).or_default();
                e.flags |= flag::SPEAKER_NOUN | flag::NOUNISH;
                e.flags |= epithet;
                if row.get(2) == Some(&"for") {
                    e.flags |= flag::SPEAKS_FOR;
                }
                if e.speaker.is_none() || !e.is(flag::PRONOUN) {
                    e.speaker = Some(kind);
                }
            }
        }
        for w in lines(include_str!("data/noun_verbs.txt")) {
            words.entry(w).or_default().flags |= flag::NOUNISH;
        }
        for row in table(include_str!("data/cues.txt")) {
            let (Some(w), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let bit = match *kind {
                "scare" => flag::SCARE_CUE,
                "naming" => flag::NAMING_CUE,
                "title" => flag::TITLE_CUE,
                "holder" => flag::HOLDER,
                "speech" => flag::SPEECH_NOUN,
                _ => 0,
            };
            words.entry(w).or_default().flags |= bit;
        }
        let mut index = FxMap::default();
        let mut entries = Vec::with_capacity(words.len());
        for (w, e) in words {
            index.insert(w, entries.len() as u32);
            entries.push(e);
        }
        Lexicon {
            index,
            entries,
            compounds,
        }
    }

    /// What the tables say about `word` (any case).
    pub fn get(&self, word: &str) -> Word {
        self.entry(self.find(word))
    }

    /// The index of `word` (any case) in the tables, or [`Lexicon::NONE`].
    pub fn find(&self, word: &str) -> u32 {
        let mut buf = [0u8; 32];
        match lower(word, &mut buf) {
            Some(w) => self.index.get(w).copied().unwrap_or(Self::NONE),
            None => Self::NONE,
        }
    }

    /// The entry at `index` (from [`Lexicon::find`]); the empty entry for [`Lexicon::NONE`].
    #[inline]
    pub fn entry(&self, index: u32) -> Word {
        self.entries
            .get(index as usize)
            .copied()
            .unwrap_or_default()
    }

    /// No entry.
    pub const NONE: u32 = u32::MAX;

    /// The kind of source named by the two-word noun `first second` ("press release").
    pub fn compound(&self, first: &str, second: &str) -> Option<SpeakerType> {
        let mut buf = [0u8; 32];
        let f = lower(first, &mut buf)?;
        let list = self.compounds.get(f)?;
        list.iter()
            .find(|(s, _)| s.eq_ignore_ascii_case(second))
            .map(|&(_, k)| k)
    }
}

/// `word` in lower case, in `buf` when it has to change; None when it is too long.
fn lower<'a>(word: &'a str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(word);
    }
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).ok()
}

/// The tables, loaded on first use.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case() {
        let lx = &*LEXICON;
        assert_eq!(lx.get("said").verb, Some(VerbClass::Speech));
        assert_eq!(lx.get("Said").verb, Some(VerbClass::Speech));
        assert_eq!(lx.get("described").verb, Some(VerbClass::Passive));
        assert_eq!(lx.get("called").verb, Some(VerbClass::Frame));
        assert_eq!(lx.get("pointed").particle, Some("out"));
        assert!(lx.get("The").is(flag::DET));
        assert_eq!(lx.get("He").speaker, Some(SpeakerType::Person));
        assert!(lx.get("who").relative);
        assert_eq!(lx.get("spokesman").speaker, Some(SpeakerType::Person));
        assert!(!lx.get("spokesman").is(flag::EPITHET));
        // Descriptive nouns ("the neurosurgeon", "the tech giant"), of every kind.
        assert_eq!(lx.get("neurosurgeon").speaker, Some(SpeakerType::Person));
        assert!(
            lx.get("neurosurgeon")
                .is(flag::EPITHET | flag::SPEAKER_NOUN)
        );
        assert_eq!(lx.get("jury").speaker, Some(SpeakerType::Group));
        assert_eq!(lx.get("publisher").speaker, Some(SpeakerType::Organization));
        assert_eq!(lx.get("affidavit").speaker, Some(SpeakerType::Document));
        assert_eq!(lx.compound("press", "Release"), Some(SpeakerType::Document));
        assert!(lx.get("Association").is(flag::ORG_WORD));
        assert!(lx.get("so-called").is(flag::NAMING_CUE));
        assert!(lx.get("phrase").is(flag::SCARE_CUE));
        // Non-ASCII and long words are simply unknown.
        assert_eq!(lx.get("Zürich").flags, 0);
        assert_eq!(lx.get(&"x".repeat(40)).flags, 0);
    }
}
