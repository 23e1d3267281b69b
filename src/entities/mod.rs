//! Organisations, people and places: tagged, matched against gazetteers and linked within
//! the article.
//!
//! 1. The document's tokens become tagging tokens (possessives split off), analysed once
//!    ([`features`]) and matched against word lists and gazetteers ([`lexicon`]).
//! 2. An averaged-perceptron sequence tagger over BILOU tags ([`model`], trained by
//!    [`train`]) tags the capitalised runs.
//! 3. Gazetteer matches and the tagger's names are reconciled, then mentions are linked
//!    into entities within the article.

mod features;
mod gazetteer;
mod lexicon;
mod link;
mod mentions;
pub mod model;
mod tagger;
pub mod train;

use crate::document::Document;
use crate::extract::{Analysis, Extractor, Options};
use crate::record::Mention;
pub(crate) use gazetteer::{Gender, demonym, given_name, given_name_gender, honorific, opens_name};
use lexicon::Lexicon;
use model::Model;
use serde::Serialize;
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::LazyLock;

/// The trained model, as committed (`examples/train_tagger.rs` writes it).
pub const MODEL_BYTES: &[u8] = include_bytes!("data/tagger.bin");

/// The embedded model, loaded once.
pub static MODEL: LazyLock<Model> =
    LazyLock::new(|| Model::from_bytes(MODEL_BYTES).expect("the embedded tagger model loads"));

/// The frozen form of the built-in word lists and gazetteers, made from the tables in
/// `src/entities/data/` (`examples/build_lexicon.rs` writes it to
/// `src/entities/data/lexicon.bin`).
#[doc(hidden)]
pub fn frozen_lexicon() -> Vec<u8> {
    gazetteer::frozen_from_tables()
}

/// One distinct entity and its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Canonical name: the fullest form.
    pub name: String,
    /// For organisations: company, government, union, party, armed_group, ngo, media,
    /// sports, education, other.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The acronym, when known ("BMA").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Other names it goes by in the article.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Descriptions the article gives ("US tech firm").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub descriptions: Vec<String>,
    /// Roles, for people ("chief executive").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// For people: names of the organisations (entities in `organizations`) the article
    /// ties them to ("Palantir" for "Palantir CEO Alex Karp").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<String>,
}

/// The entities of one document.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    /// Organisations.
    pub organizations: Vec<Entity>,
    /// People.
    pub people: Vec<Entity>,
    /// Places.
    pub places: Vec<Entity>,
}

/// Finds entities.
pub struct EntityExtractor {
    lex: Cow<'static, Lexicon>,
    model: &'static Model,
}

impl EntityExtractor {
    /// Loads the model and gazetteers.
    pub fn new(opts: &Options) -> anyhow::Result<Self> {
        let lex = if opts.gazetteers.is_empty() {
            Cow::Borrowed(&*gazetteer::BUILTIN)
        } else {
            let mut lex = gazetteer::from_tables();
            for p in &opts.gazetteers {
                gazetteer::add_file(&mut lex, p)?;
            }
            Cow::Owned(lex)
        };
        Ok(EntityExtractor { lex, model: &MODEL })
    }
}

#[derive(Default)]
struct Scratch {
    built: features::Built,
    tagged: Vec<tagger::Tagged>,
    mentions: Vec<mentions::M>,
    tagger: tagger::Scratch,
    link: link::Scratch,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Extractor for EntityExtractor {
    type Output = Entities;

    fn extract(&self, doc: &Document, _found: &Analysis) -> Entities {
        // Token offsets are kept in 32 bits.
        if doc.text.len() >= u32::MAX as usize {
            return Entities::default();
        }
        SCRATCH.with(|sc| {
            let sc = &mut *sc.borrow_mut();
            features::build(doc, &self.lex, &mut sc.built);
            let b = &sc.built;
            sc.tagged.clear();
            tagger::tag(
                self.model,
                doc.text,
                &b.toks,
                &b.sents,
                &mut sc.tagger,
                &mut sc.tagged,
            );
            mentions::resolve(doc.text, b, &sc.tagged, &self.lex, &mut sc.mentions);
            let mut out = Entities::default();
            link::link(
                doc.text,
                &b.toks,
                &sc.mentions,
                &self.lex,
                &mut sc.link,
                &mut out,
            );
            out
        })
    }
}

/// The type of organisation a description's head noun suggests ("firm" a company, "club"
/// sports, "union" a union), from the built-in gazetteer's descriptors.
pub(crate) fn descriptor_type(word: &str) -> Option<&'static str> {
    gazetteer::BUILTIN
        .descriptor_types
        .get(&features::lower_hash(word))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Entities {
        let ex = EntityExtractor::new(&Options::default()).unwrap();
        let doc = Document::new(text, None);
        ex.extract(&doc, &Analysis::default())
    }

    fn names(list: &[Entity]) -> Vec<(&str, usize)> {
        list.iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect()
    }

    /// The names of the entities of `list`, in order.
    fn name_list(list: &[Entity]) -> Vec<&str> {
        list.iter().map(|e| e.name.as_str()).collect()
    }

    /// The names of every entity of `e`: organisations, people, places.
    fn all_names(e: &Entities) -> Vec<&str> {
        [&e.organizations, &e.people, &e.places]
            .iter()
            .flat_map(|l| l.iter().map(|x| x.name.as_str()))
            .collect()
    }

    /// The texts of all mentions of people, organisations and places.
    fn all_mentions(e: &Entities) -> Vec<&str> {
        [&e.people, &e.organizations, &e.places]
            .iter()
            .flat_map(|l| {
                l.iter()
                    .flat_map(|x| x.mentions.iter().map(|m| m.text.as_str()))
            })
            .collect()
    }

    /// Asserts that `list` has no entity (naming those it has).
    #[track_caller]
    fn none(list: &[Entity]) {
        assert!(list.is_empty(), "{:?}", names(list));
    }

    /// Asserts that no entity of `list` has one of `absent` as its name.
    #[track_caller]
    fn none_named(list: &[Entity], absent: &[&str]) {
        assert!(
            list.iter().all(|x| !absent.contains(&x.name.as_str())),
            "one of {absent:?} in {:?}",
            names(list)
        );
    }

    /// Asserts that no name of `list` contains `part`.
    #[track_caller]
    fn none_contains(list: &[Entity], part: &str) {
        assert!(
            list.iter().all(|x| !x.name.contains(part)),
            "{part:?} in {:?}",
            names(list)
        );
    }

    fn find<'a>(list: &'a [Entity], name: &str) -> &'a Entity {
        list.iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name:?} in {:?}", names(list)))
    }

    #[test]
    fn the_model_loads() {
        assert!(MODEL.features > 10_000, "{:?}", *MODEL);
    }

    #[test]
    fn tagger_finds_the_three_types() {
        let e = run("Angela Merkel met executives of Siemens AG in Berlin on Tuesday.");
        assert_eq!(names(&e.people), vec![("Angela Merkel", 1)]);
        assert_eq!(names(&e.organizations), vec![("Siemens AG", 1)]);
        assert_eq!(names(&e.places), vec![("Berlin", 1)]);
    }

    #[test]
    fn linking_table() {
        // (text, type list, entity name, mention texts, acronym)
        type Case<'a> = (&'a str, &'a str, &'a str, &'a [&'a str], Option<&'a str>);
        let cases: &[Case] = &[
            // An acronym defined in brackets.
            (
                "The Federation of Small Traders (FST) said on Monday that the FST would appeal.",
                "org",
                "Federation of Small Traders",
                &["Federation of Small Traders", "FST", "FST"],
                Some("FST"),
            ),
            // A name of several words short of its legal form, and an ampersand that
            // makes a company of two surnames.
            (
                "Auto parts maker Douglas & Lomason Co said on Monday it would buy a plant. Douglas & Lomason shares rose.",
                "org",
                "Douglas & Lomason Co",
                &["Douglas & Lomason Co", "Douglas & Lomason"],
                None,
            ),
            // A headline word in capitals, and an acronym before a legal form, whatever
            // else the gazetteer knows by it, are first words of the company's name.
            (
                "CPC TO SELL UNIT\nCPC International Inc said on Monday it would sell the unit. CPC shares rose.",
                "org",
                "CPC International Inc",
                &["CPC", "CPC International Inc", "CPC"],
                Some("CPC"),
            ),
            // A stock ticker after a company's name is another name of it, not an
            // acronym.
            (
                "Harwick Mills Inc <HWM> said on Monday it would close a plant. Harwick shares fell.",
                "org",
                "Harwick Mills Inc",
                &["Harwick Mills Inc", "HWM", "Harwick"],
                None,
            ),
            // ... also where wire copy wraps the line between them.
            (
                "The plant was sold to Harwick Mills Inc\n<HWM> on Monday.",
                "org",
                "Harwick Mills Inc",
                &["Harwick Mills Inc", "HWM"],
                None,
            ),
            // A headline's name before a ticker is as long as the company's name it
            // starts, whatever the tagger found inside it.
            (
                "JIFFY STEEL OF OHIO <JSO> RAISES DIVIDEND\nDAYTON, Ohio, March 3 - Jiffy Steel of Ohio Inc said it raised its dividend.",
                "org",
                "Jiffy Steel of Ohio Inc",
                &["JIFFY STEEL OF OHIO", "JSO", "Jiffy Steel of Ohio Inc"],
                None,
            ),
            // A name does not end in the closing mark of single quotation marks.
            (
                "I very much doubt that 'Angels' was even the best song. Listened to Angels on Radio 1.",
                "org",
                "Angels",
                &["Angels", "Angels"],
                None,
            ),
            // An initialism matched to its expansion, and known from the gazetteer.
            (
                "Doctors at the British Medical Association voted. A BMA spokeswoman said the vote was close.",
                "org",
                "British Medical Association",
                &["British Medical Association", "BMA"],
                Some("BMA"),
            ),
            // A known name ending in a possessive, which the tagger split in two, and the
            // legal form after it ("Standard" + "Poor's Corp" before).
            (
                "The bonds were rated AA by Standard and Poor’s Corp, which said the outlook was stable.",
                "org",
                "Standard and Poor’s Corp",
                &["Standard and Poor’s Corp"],
                None,
            ),
            // Initials after a known name are a mention of their own, even when they read
            // as a legal form (SpA).
            (
                "The official Saudi Press Agency SPA said the talks would go on.",
                "org",
                "Saudi Press Agency",
                &["Saudi Press Agency", "SPA"],
                Some("SPA"),
            ),
            // An ampersand written as its HTML entity is one.
            (
                "Shares of Procter &amp; Gamble rose on Monday.",
                "org",
                "Procter &amp; Gamble",
                &["Procter &amp; Gamble"],
                Some("P&G"),
            ),
            // A former name of a government is one of its aliases.
            (
                "But the Scottish Executive has insisted the minister was speaking about adults.",
                "org",
                "Scottish Executive",
                &["Scottish Executive"],
                None,
            ),
            // The acronym is reported even when the article only spells the name out.
            (
                "Members of the British Medical Association will strike.",
                "org",
                "British Medical Association",
                &["British Medical Association"],
                Some("BMA"),
            ),
            // A short form after the long one, and a possessive with curly apostrophe.
            (
                "Palantir Technologies won the £330\u{a0}million contract. Critics of Palantir’s record protested, and Palantir declined to comment.",
                "org",
                "Palantir Technologies",
                &["Palantir Technologies", "Palantir", "Palantir"],
                None,
            ),
            // A surname after the full name.
            (
                "Alex Karp wrote to shareholders. In the letter, Karp said the firm “stands with Israel”.",
                "per",
                "Alex Karp",
                &["Alex Karp", "Karp"],
                None,
            ),
            // A definition the tagger only half saw: the name goes back as far as the
            // initials do, and a plural possessive stays inside the name.
            (
                "The Harbour Pilots’ Guild (HPG) met on Monday. The HPG voted to strike.",
                "org",
                "Harbour Pilots’ Guild",
                &["Harbour Pilots’ Guild", "HPG", "HPG"],
                Some("HPG"),
            ),
            // A mixed-case initialism after its expansion.
            (
                "The Bank of Westmarch cut rates. Later, the BoW said more cuts may follow.",
                "org",
                "Bank of Westmarch",
                &["Bank of Westmarch", "BoW"],
                Some("BoW"),
            ),
            // A company's first word stands for it, even where the tagger saw a person.
            (
                "Quorvane Analytics Ltd won the €20m contract. Quorvane said the system would go live in May, and Quorvane staff will run it.",
                "org",
                "Quorvane Analytics Ltd",
                &["Quorvane Analytics Ltd", "Quorvane", "Quorvane"],
                None,
            ),
            // A possessive before an opening bracket or quote is not part of the name.
            (
                "Analysts welcomed the Bank of Westmarch's (BoW) decision to hold rates.",
                "org",
                "Bank of Westmarch",
                &["Bank of Westmarch", "BoW"],
                Some("BoW"),
            ),
            (
                "Shares rose after Quorvane Ltd's \"Cloud First\" plan was approved.",
                "org",
                "Quorvane Ltd",
                &["Quorvane Ltd"],
                None,
            ),
            // A partnership named for its partners is one organisation.
            (
                "Robert Gale, an analyst at Brenner, Walsh & Co., said the deal was fair.",
                "org",
                "Brenner, Walsh & Co.",
                &["Brenner, Walsh & Co."],
                None,
            ),
            // ... but not a list of organisations.
            (
                "Shares of Unilever, Procter & Gamble and Nestle rose on Monday.",
                "org",
                "Procter & Gamble",
                &["Procter & Gamble"],
                Some("P&G"),
            ),
            // Two organisations joined by a slash are one.
            (
                "Support for the KDU/KSU alliance rose to 41 percent in the poll.",
                "org",
                "KDU/KSU",
                &["KDU/KSU"],
                None,
            ),
            // Possessives: the mention excludes the "’s".
            (
                "Maria Ferreira’s transfer to Westmarch City was confirmed. Ferreira's agent said little.",
                "per",
                "Maria Ferreira",
                &["Maria Ferreira", "Ferreira"],
                None,
            ),
            // A word in capitals in a headline is no acronym, nor one the name writes
            // otherwise; an acronym in mixed case is one.
            (
                "TREASURY SAYS RATES STEADY\nThe Treasury said rates would stay steady, and \
                 the Treasury added more.",
                "org",
                "Treasury",
                &["TREASURY", "Treasury", "Treasury"],
                None,
            ),
            (
                "The Ministry of Defence (MoD) said so. The MoD agreed.",
                "org",
                "Ministry of Defence",
                &["Ministry of Defence", "MoD", "MoD"],
                Some("MoD"),
            ),
            // A shorter form of the full name.
            (
                "Investor Dudley S. Taft bid again. Dudley Taft said Taft would wait.",
                "per",
                "Dudley S. Taft",
                &["Dudley S. Taft", "Dudley Taft", "Taft"],
                None,
            ),
        ];
        for (text, ty, name, mentions, acronym) in cases {
            let e = run(text);
            let list = match *ty {
                "org" => &e.organizations,
                "per" => &e.people,
                _ => &e.places,
            };
            let ent = find(list, name);
            let got: Vec<&str> = ent.mentions.iter().map(|m| m.text.as_str()).collect();
            assert_eq!(&got, mentions, "{text}");
            assert_eq!(ent.acronym.as_deref(), *acronym, "{text}");
            for m in &ent.mentions {
                assert_eq!(m.span.slice(text), m.text);
            }
        }
    }

    #[test]
    fn distinct_entities_stay_distinct() {
        let e = run(
            "NHS England said the NHS would not share data. NHS England later repeated that the NHS was not involved.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![("NHS England", 2), ("NHS", 2)]
        );
        let e = run("Hillary Clinton and Bill Clinton arrived. Later Bill Clinton spoke.");
        assert_eq!(
            names(&e.people),
            vec![("Hillary Clinton", 1), ("Bill Clinton", 2)]
        );
        // A surname two people share does not join them: the bare surname goes to the
        // one named first; "Mrs" does not join a man's name.
        let e = run(
            "Marcel Lazar was jailed. Lazar hacked accounts. His wife, Gabriela Lazar, \
             wrote to the court. Lazar said little. John Smith and Mrs Smith came.",
        );
        let people = names(&e.people);
        assert!(people.contains(&("Marcel Lazar", 3)), "{people:?}");
        assert!(people.contains(&("Gabriela Lazar", 1)), "{people:?}");
        assert!(people.contains(&("John Smith", 1)), "{people:?}");
    }

    #[test]
    fn common_abbreviations_are_no_names() {
        let e = run(
            "Sony sold more PCs and DVD players with HD screens and RFID tags; the GNP rose and Libor fell.",
        );
        assert_eq!(names(&e.organizations), vec![("Sony", 1)]);
        assert!(e.people.is_empty() && e.places.is_empty());
        // Nor are the words of a legal notice in capitals, nor "NGOs".
        let e = run(
            "Aid groups said so.\n\nCOPYRIGHT 1998 BY ACME DATA. NO PORTION OF THE MATERIALS \
            CONTAINED\nHEREIN MAY BE USED WITHOUT ATTRIBUTION.\n\nNGOs said so too.",
        );
        let all = all_names(&e);
        assert!(
            !all.contains(&"HEREIN") && !all.contains(&"NGOs"),
            "{all:?}"
        );
        // Awards and products named alone; a given name among them still names a person
        // after a title or beside a verb of saying.
        let e = run("The film won an Oscar nomination and two Oscars, and Xbox sales rose.");
        assert!(all_names(&e).is_empty(), "{:?}", all_names(&e));
        let e = run("Commander Oscar told reporters the rebels would fight on.");
        assert_eq!(names(&e.people), vec![("Oscar", 1)]);
        // Nor a language ("Hebrew University" is a longer name).
        let e = run(
            "Mr Fischer, who speaks fluent Hebrew, spent weeks learning Hindi; Veritas is \
             Latin for truth. He taught at the Hebrew University of Jerusalem.",
        );
        for language in ["Hebrew", "Hindi", "Latin"] {
            for kind in [&e.people, &e.places, &e.organizations] {
                none_named(kind, &[language]);
            }
        }
        find(&e.organizations, "Hebrew University of Jerusalem");
        // Nor a program, a device or a technical standard.
        let e = run(
            "Internet Explorer users and owners of a Mac Mini with Bluetooth can now shop at \
             Tesco.",
        );
        assert_eq!(all_names(&e), vec!["Tesco"], "{:?}", all_names(&e));
        let e = run("Merck withdrew Vioxx in 2004. Firefox gained users as Tetris fans played on.");
        assert_eq!(all_names(&e), vec!["Merck"], "{:?}", all_names(&e));
        let e = run(
            "Sony backs Blu-ray against HD-DVD. Wimax can boost data rates, and MSN \
             Messenger users chat.",
        );
        assert_eq!(all_names(&e), vec!["Sony"], "{:?}", all_names(&e));
        // Nor a section label of news copy.
        let e = run("Hillary Clinton leads in a poll.\n\nABSTRACT.\n\nClinton has 52 percent.");
        assert_eq!(
            all_names(&e),
            vec!["Hillary Clinton"],
            "{:?}",
            all_names(&e)
        );
        // Nor a religion or an ideology; a surname that is also one stays a name.
        let e = run(
            "The rabbis said Judaism and Christianity share roots. After the fall of Communism, \
             Zionism and Marxism were debated. Rafiqul Islam agreed.",
        );
        assert_eq!(all_names(&e), vec!["Rafiqul Islam"], "{:?}", all_names(&e));
        // Nor a government's consultation or policy paper.
        let e = run(
            "The Home Office will publish a White Paper on ID cards in March, after a Green \
             Paper last year.",
        );
        assert_eq!(all_names(&e), vec!["Home Office"], "{:?}", all_names(&e));
        // Nor a term of finance or trade written in capitals.
        let e = run(
            "The PSBR fell as LDC debt, FRN issues, CMOs and ADRs rose and LNG prices held, \
             Barclays said. Rebates were 43 European Currency Units (Ecus) a tonne.",
        );
        assert_eq!(all_names(&e), vec!["Barclays"], "{:?}", all_names(&e));
        // Nor a capitalised adjective alone, nor the wire's mark of a story going on.
        let e = run("Hilton Hotels Corp won approval from Federal court to sue.\n\nMORE");
        assert_eq!(
            all_names(&e),
            vec!["Hilton Hotels Corp"],
            "{:?}",
            all_names(&e)
        );
        // Nor a grade of crude oil.
        let e = run(
            "West Texas Intermediate rose 50 cents, Bonny Light 40 cents and Arab Heavy 20 \
             cents, Exxon said.",
        );
        assert_eq!(all_names(&e), vec!["Exxon"], "{:?}", all_names(&e));
        // Nor is the word of a numbered road.
        let e = run("Traffic was heavy on Interstate 95 and Route 66. The crash closed Highway 1.");
        assert!(all_names(&e).is_empty(), "{:?}", all_names(&e));
        // Nor are the Internet, the Holocaust or the Academy Awards, nor a legislator's
        // party and state.
        let e = run(
            "Sen. Trent Lott, R-Miss., said Internet firms won an Academy Award. Rep. Jane \
             Doe (D-Calif.) spoke of the Holocaust.",
        );
        assert_eq!(
            all_names(&e),
            vec!["Trent Lott", "Jane Doe"],
            "{:?}",
            all_names(&e)
        );
        // Nor the initials of a technical term, a product or an honour, unless the
        // article writes them as a company's ("Philippine Airlines Ltd (PAL)", a ticker).
        let e = run(
            "Sony's PSP plays UMD discs over digital terrestrial television (DTT) and GPRS. \
             Philippine Airlines Ltd (PAL) said PAL would grow. Anacomp Inc <AAC> said AAC \
             fell.",
        );
        let all = all_names(&e);
        for gone in ["PSP", "UMD", "DTT", "GPRS"] {
            assert!(!all.contains(&gone), "{gone}: {all:?}");
        }
        let pal = find(&e.organizations, "Philippine Airlines Ltd");
        assert_eq!(pal.acronym.as_deref(), Some("PAL"), "{pal:?}");
        find(&e.organizations, "Anacomp Inc");
        // Nor the spelled-out term, nor its initials after it; nor common initials
        // ("DJ", "AGM", "QC"), unless they are a ticker or an organisation's of the
        // article ("Georgia-Pacific Corp <GP>", "the Clinton Global Initiative ... CGI").
        let e = run(
            "A super PAC backs him; the PAC spent $2m. BT sells Asymmetric Digital \
             Subscriber Line (ADSL) lines. The DJ spoke at the \
             AGM with Smith QC. Georgia-Pacific Corp <GP> said GP gained. She helped the \
             Clinton Global Initiative; the CGI event opens today.",
        );
        let all = all_names(&e);
        for gone in [
            "PAC",
            "Asymmetric Digital Subscriber Line",
            "ADSL",
            "DJ",
            "AGM",
            "QC",
        ] {
            assert!(!all.contains(&gone), "{gone}: {all:?}");
        }
        assert_eq!(
            find(&e.organizations, "Georgia-Pacific Corp")
                .mentions
                .len(),
            3
        );
        assert_eq!(
            find(&e.organizations, "Clinton Global Initiative")
                .mentions
                .len(),
            2
        );
        // Nor the abbreviation opening a place's name left alone ("St." of "St.
        // Louis-based"); the whole name stays a place.
        let e = run("St. Louis-based Mercantile Bancorp Inc. rose. He moved to St. Louis.");
        assert_eq!(
            all_names(&e),
            vec!["Mercantile Bancorp Inc.", "St. Louis"],
            "{:?}",
            all_names(&e)
        );
    }

    #[test]
    fn names_end_with_their_sentence() {
        // A headline without a full stop ends at the blank line: "Sideways" and "Road" are
        // no place "Sideways Road".
        let e = run("Critics laud comedy Sideways\n\nRoad trip comedy Sideways won again.");
        assert!(e.places.is_empty(), "{:?}", e.places);
    }

    #[test]
    fn a_company_named_after_people_is_a_company_when_shortened() {
        let e = run(
            "Harwell Dunmore Corp said it won the order. Harwell Dunmore shares rose, and \
             Mr Harwell Dunmore, its founder, was pleased.",
        );
        let company = find(&e.organizations, "Harwell Dunmore Corp");
        assert!(
            company.mentions.iter().any(|m| m.text == "Harwell Dunmore"),
            "{:?}",
            company.mentions
        );
        // After an honorific, the person (the honorific is no part of the name).
        find(&e.people, "Harwell Dunmore");
    }

    #[test]
    fn two_organisations_joined_by_and_are_two() {
        let e = run(
            "Rumours say China Construction Bank and Bank of China will list. It lent money to \
             Harwell National Bank and Dunmore National Bank. Procter and Gamble and the \
             Department of Trade and Industry agreed.",
        );
        for n in [
            "China Construction Bank",
            "Bank of China",
            "Harwell National Bank",
            "Dunmore National Bank",
            "Procter and Gamble",
            "Department of Trade and Industry",
        ] {
            find(&e.organizations, n);
        }
    }

    #[test]
    fn the_sides_of_a_match_result_are_teams() {
        let e = run("Arlby lost 3-2 to Carrow on Saturday. Japan beat Syria 2-1 in the Asian Cup.");
        for n in ["Arlby", "Carrow"] {
            find(&e.organizations, n);
        }
        // National sides stay their countries.
        find(&e.places, "Japan");
        find(&e.places, "Syria");
        // A person on either side: a game between people.
        let e = run("Next he meets Juan Chela, after the Argentine beat Potito Starace 6-1 7-6.");
        none(&e.organizations);
    }

    #[test]
    fn awards_and_products_are_not_people() {
        // An award written as a thing ("her second Oscar") is nobody ...
        let e = run(
            "Imelda Vance won her second Oscar for the role. Oscar voters liked the film, \
             and the Oscar went to Vance.",
        );
        none_named(&e.people, &["Oscar"]);
        find(&e.people, "Imelda Vance");
        // ... but a person named before a noun ("a Dorrit supporter") is still a person,
        // and one who speaks is one.
        let e = run("Ms Ng, a Dorrit supporter, was there. Dorrit said the vote was close.");
        find(&e.people, "Dorrit");
        let e = run("Tomas gave his first Horvath interview. Horvath said it went well.");
        find(&e.people, "Horvath");
    }

    #[test]
    fn adverbs_opening_a_sentence_are_no_names() {
        let e = run(
            "The company reported a profit. Additionally, the board approved the sale. Domestically, sales rose. Kelly, the chairman, said so. Sadly, it fell. Molly, his aide, agreed.",
        );
        assert_eq!(names(&e.people), vec![("Kelly", 1), ("Molly", 1)]);
        assert!(e.organizations.is_empty() && e.places.is_empty());
    }

    #[test]
    fn common_words_opening_a_sentence_are_no_names() {
        // "Music" opens a sentence and is written in lower case elsewhere: the word, not a
        // name. When the article writes names in lower case too, case says nothing.
        let e = run(
            "Napster offers rented music to go\n\nMusic downloading, for those that have rejected the idea of paying, is growing. Napster said music fans want it.",
        );
        none_named(&e.people, &["Music"]);
        let e = run(
            "Napster offers rented music to go in venezuela\n\nMusic downloading, for those that have rejected the idea of paying, is growing. Napster said music fans in Venezuela want it.",
        );
        assert!(e.people.iter().any(|p| p.name == "Music"), "{e:?}");
        // A place the gazetteer marks as a common word too is such a word here, and is no
        // sign of an article in lower case.
        let e = run("Mobile phones are booming. Sales of mobile handsets rose in Europe.");
        assert_eq!(names(&e.places), vec![("Europe", 1)], "{e:?}");
        // So is a word of a headline in capitals written in lower case in the story.
        let e = run(
            "HALVERTON MILLS SETS TWO-FOR-ONE STOCK SPLIT\nHalverton Mills Inc said its board \
             approved the split.",
        );
        assert!(e.places.is_empty(), "{e:?}");
    }

    #[test]
    fn company_names_with_a_bracketed_word() {
        let e = run(
            "Cheung Kong (Holdings) Ltd said it would buy the firm. Industrial Equity \
             (Pacific) Ltd, a Hong Kong investment firm, agreed. Its (main) Ltd unit said no.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![
                ("Cheung Kong (Holdings) Ltd", 1),
                ("Industrial Equity (Pacific) Ltd", 1)
            ]
        );
        // A club's town letter in a results table; not a known name in brackets.
        let e = run("Borac 1 Mladost (L) 2\nVodafone (UK) said it would grow.");
        find(&e.organizations, "Mladost (L)");
        find(&e.organizations, "Vodafone");
        find(&e.places, "UK");
    }

    #[test]
    fn an_honorific_and_surname_is_the_named_person() {
        // Whether the tagger keeps the honorific in the mention or not.
        for text in [
            "He met BBC's Trevor Manuel. Mr Manuel said growth was strong; Mr Manuel left.",
            "Finance minister Trevor Manuel spoke. Mr Manuel said growth was strong.",
        ] {
            let e = run(text);
            assert_eq!(names(&e.people).len(), 1, "{text}: {:?}", names(&e.people));
            assert_eq!(e.people[0].name, "Trevor Manuel");
        }
    }

    #[test]
    fn a_name_read_as_an_organisation_whose_surname_stands_alone_is_a_person() {
        let e = run(
            "Jonathan Edwards believes Phillips Idowu can take gold. Idowu landed 17.30m in \
             Sheffield. Edwards himself kept Idowu off top spot.",
        );
        let p = find(&e.people, "Phillips Idowu");
        assert_eq!(p.mentions.len(), 3, "{p:?}");
        // Not a name opening its sentence, nor one whose first word the gazetteer knows.
        let e = run(
            "If Steam works, Valve wins. Steam said so. Steam grew. Honeywell Bull said it \
             grew. Bull said so. Bull rose.",
        );
        none_named(&e.people, &["If Steam", "Honeywell Bull"]);
    }

    #[test]
    fn a_company_name_goes_on_over_and_and_a_company_word() {
        let e = run(
            "It agreed to be acquired by Glendale Federal Savings and Loan, the fifth largest. \
             It bought the unit of Minnesota Mining and Manufacturing. Ms. Mills cooperated \
             with the Justice Department and Congress.",
        );
        find(&e.organizations, "Glendale Federal Savings and Loan");
        find(&e.organizations, "Minnesota Mining and Manufacturing");
        find(&e.organizations, "Congress");
        none_named(&e.people, &["Loan"]);
    }

    #[test]
    fn a_body_named_for_its_remit_is_one_name() {
        let e = run(
            "The Commission on Presidential Debates said on Friday it would meet. The Kessling \
             Institute for Advanced Russian and Baltic Studies said profits fell. The Tressby \
             Commission on Monday said it agreed. He plays on the Dunmore Party for Jim Harwell.",
        );
        find(&e.organizations, "Commission on Presidential Debates");
        find(
            &e.organizations,
            "Kessling Institute for Advanced Russian and Baltic Studies",
        );
        // Not over a day or a person.
        find(&e.organizations, "Tressby Commission");
        find(&e.organizations, "Dunmore Party");
        find(&e.people, "Jim Harwell");
    }

    #[test]
    fn a_company_of_a_place_with_its_legal_form_is_one_name() {
        let e = run(
            "General Motors of Canada Ltd said it would cut output. Tressby AG of West \
             Germany said sales rose.",
        );
        find(&e.organizations, "General Motors of Canada Ltd");
        // (without a legal form after the place, the place only says where)
        find(&e.organizations, "Tressby AG");
        find(&e.places, "West Germany");
    }

    #[test]
    fn a_word_listed_between_companies_is_a_company() {
        let e = run(
            "Handset makers such as Samsung, Sendo and Siemens have cut prices. Franz \
             Ferdinand, Travis and Snow Patrol will play.",
        );
        find(&e.organizations, "Sendo");
        // (not a given name)
        find(&e.people, "Travis");
        // ... also last in the list, after two ...
        let e = run("Handsets from Samsung, Nokia and Sendo were cut.");
        find(&e.organizations, "Sendo");
        // ... but not in a bill of bands, where singers go by one name.
        let e = run("The bill includes Girls Aloud, Akon and Kaiser Chiefs this year.");
        find(&e.people, "Akon");
        // Nor a word of a person's full name in the article.
        let e = run("Toyota, Suzuki and Ford said sales rose. Ichiro Suzuki said he agreed.");
        find(&e.people, "Ichiro Suzuki");
        none_named(&e.organizations, &["Suzuki"]);
        // A place the gazetteer also knows as a company, among companies.
        let e = run("Web portals such as Google, Yahoo, Ebay and Amazon gathered links.");
        find(&e.organizations, "Amazon");
        none(&e.places);
    }

    #[test]
    fn a_given_name_heading_a_company_with_a_legal_form_is_its_short_name() {
        let e = run(
            "Gordon Halverton Corp said it would cut 200 jobs. Gordon said profits fell 3 pct \
             in the quarter.",
        );
        assert_eq!(names(&e.organizations), vec![("Gordon Halverton Corp", 2)]);
        none(&e.people);
        // Not when a person in the article has the name.
        let e = run(
            "Gordon Halverton Corp said it would cut 200 jobs. Gordon said profits fell. \
             Analyst Ian Gordon said the cuts were overdue.",
        );
        assert_eq!(names(&e.people), vec![("Ian Gordon", 2)]);
        // So does one before words that end only companies' names ...
        let e =
            run("Lewis Brothers International led the bond issue. Lewis said demand was strong.");
        assert_eq!(
            names(&e.organizations),
            vec![("Lewis Brothers International", 2)]
        );
        // ... but not one before a surname ("Halverton").
        let e = run(
            "She raised money for the Steve Halverton Trust this year. Steve will run the \
             marathon in April.",
        );
        find(&e.people, "Steve");
    }

    #[test]
    fn a_long_name_takes_in_the_names_read_inside_it_elsewhere() {
        let e = run(
            "Scientists from the University of the Highlands and Islands and Dundee studied \
             the storms. The research institute is part of the University of the Highlands \
             and Islands (UHI) network.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![("University of the Highlands and Islands", 3)]
        );
        assert_eq!(names(&e.places), vec![("Dundee", 1)]);
        // A company's name without its legal form is a form of it, and takes in the names
        // read inside it, the first one too.
        let e = run(
            "Wyrough and Loser Inc said it would buy the unit. The deal gives Wyrough and \
             Loser a larger share of the market.",
        );
        assert_eq!(names(&e.organizations), vec![("Wyrough and Loser Inc", 2)]);
        none(&e.people);
        let e = run(
            "Tressby Forest Products Ltd said sales rose. Tressby Forest Products expects \
             more growth.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![("Tressby Forest Products Ltd", 2)]
        );
        none(&e.places);
        // A name of two words takes in a word read alone inside it.
        let e = run(
            "The Sunday Times reported the deal. A Times spokesman said the Sunday Times stood \
             by it.",
        );
        assert_eq!(find(&e.organizations, "Sunday Times").mentions.len(), 2);
        // A title the tagger left out is the first word of a company's name.
        let e = run(
            "General Cinema Corp said it would buy the chain. As announced, General Cinema will \
             own 60 pct.",
        );
        assert_eq!(names(&e.organizations), vec![("General Cinema Corp", 2)]);
    }

    #[test]
    fn names_in_a_treaty_are_no_places() {
        let e = run(
            "Ministers met under the Louvre Accord on Monday. It breaches the Treaty of Rome \
             and the European Convention on Human Rights, officials in Paris said.",
        );
        assert_eq!(names(&e.places), vec![("Paris", 1)]);
        none(&e.organizations);
        // A body named as a treaty is an organisation, named in full.
        let e = run(
            "Officials of the 92-nation General Agreement on Tariffs and Trade said the talks \
             would resume in Geneva.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![("General Agreement on Tariffs and Trade", 1)]
        );
    }

    #[test]
    fn a_name_before_its_country_after_a_preposition_is_a_town() {
        let e = run(
            "The plane exploded over Kessbury, Scotland. Kessbury mourned on Monday. \
             Opposition came from Tressco, Austria's biggest bank. Tressco said no.",
        );
        assert_eq!(find(&e.places, "Kessbury").mentions.len(), 2);
        // (not before the country's possessive)
        find(&e.organizations, "Tressco");
        // Nor a word of a person's full name in the article.
        let e = run("He was born in Kessbury, Scotland. Alan Kessbury said he would stay.");
        find(&e.people, "Alan Kessbury");
    }

    #[test]
    fn a_name_right_after_near_is_a_place() {
        let e = run(
            "The festival is held at Balado near Tarrowby in July. Tarrowby sold out. A plant \
             will rise near Quellport, and a jet crashed near El Varrino.",
        );
        assert_eq!(find(&e.places, "Tarrowby").mentions.len(), 2);
        find(&e.places, "Quellport");
        find(&e.places, "El Varrino");
        // Not before a possessive or a noun, nor a person's name.
        let e = run(
            "A jogger saw his car near Slepian's house. Slepian said so. Prices rose to near \
             OPEC levels. He stood near John Smith.",
        );
        find(&e.people, "Slepian");
        find(&e.organizations, "OPEC");
        find(&e.people, "John Smith");
    }

    #[test]
    fn a_surname_alone_keeps_its_particle() {
        let e = run(
            "Prosecutor Carla del Ponte met them on Monday. Later, del Ponte said the talks \
             went well. Joost van der Westhuizen agreed, van der Westhuizen said.",
        );
        let p = find(&e.people, "Carla del Ponte");
        let texts: Vec<&str> = p.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, vec!["Carla del Ponte", "del Ponte"]);
        let p = find(&e.people, "Joost van der Westhuizen");
        assert_eq!(p.mentions[1].text, "van der Westhuizen");
    }

    #[test]
    fn a_patronymic_particle_joins_one_person() {
        // Two people the tagger reads on each side of "bin"/"ibn"; a given name that
        // was a namesake's short form; a title's name before the particle.
        let e = run(
            "Crown Prince Mohammed bin Salman met Sheikh Mohammed bin Rashid Al Maktoum \
             in Riyadh. Defence Minister Prince Sultan ibn Abdulaziz and Prince Abdullah \
             bin Abdul Aziz were there.",
        );
        let people = name_list(&e.people);
        for full in [
            "Mohammed bin Salman",
            "Mohammed bin Rashid Al Maktoum",
            "Prince Abdullah bin Abdul Aziz",
        ] {
            assert!(people.contains(&full), "{full} in {people:?}");
        }
        assert!(
            people.iter().any(|p| p.ends_with("Sultan ibn Abdulaziz")),
            "{people:?}"
        );
        assert!(!people.contains(&"Abdul Aziz"), "{people:?}");
        // So do particles in lower case ("ten" is also a number).
        let e = run("Manchester United manager Erik ten Hag met Gerard de Nooijer.");
        let people = name_list(&e.people);
        assert_eq!(people, vec!["Erik ten Hag", "Gerard de Nooijer"]);
        // (not a place after them)
        let e = run("Credit Foncier de France lent money.");
        assert_eq!(name_list(&e.places), vec!["France"]);
    }

    #[test]
    fn a_possessive_opening_a_quoted_title_is_nobody() {
        let e = run(
            "Readers of \"Marla's Ashes\" will know the story. He starred in “Dorrit’s List”, \
             which won. The author, Frank Kessler, said he was pleased.",
        );
        assert_eq!(names(&e.people), vec![("Frank Kessler", 1)]);
        // A quoted possessive before a word in lower case is a person's.
        let e = run("He said \"Dorrit's plan\" would fail, and Dorrit agreed.");
        find(&e.people, "Dorrit");
    }

    #[test]
    fn a_news_agency_alone_is_an_organisation() {
        let e = run("Output rose, a Reuter survey shows.\nREUTER");
        let r = find(&e.organizations, "Reuter");
        assert_eq!(r.mentions.len(), 2, "{r:?}");
        none(&e.people);
        // Not a person's surname.
        let e = run("Stefan Reuter played. Reuter scored twice.");
        let p = find(&e.people, "Stefan Reuter");
        assert_eq!(p.mentions.len(), 2, "{p:?}");
    }

    #[test]
    fn a_company_name_may_hold_a_possessive() {
        let e = run(
            "The acquisition of Boatmen's Bancshares Inc. by NationsBank Corp. could spark \
             mergers. Boatmen's shares rose.",
        );
        let b = find(&e.organizations, "Boatmen's Bancshares Inc.");
        let texts: Vec<&str> = b.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Boatmen's Bancshares Inc.", "Boatmen's"]);
        none(&e.people);
        // Its short name takes in the words of the name after the mark.
        let e = run(
            "Fireman's Fund Corp said so. Fireman's Fund had been a unit of Reader's Digest \
             Association Inc. The price was not disclosed, Reader's Digest said.",
        );
        let f = find(&e.organizations, "Fireman's Fund Corp");
        let texts: Vec<&str> = f.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Fireman's Fund Corp", "Fireman's Fund"]);
        // The possessive mark is no word of the short name: two words, then words of a
        // company's name and a legal form ("Association Inc").
        let r = find(&e.organizations, "Reader's Digest Association Inc.");
        assert_eq!(r.mentions.len(), 2, "{r:?}");
        none(&e.people);
        // Not after a place, a company or a person the gazetteer or the article knows.
        let e = run(
            "Britain's Tate and Lyle Plc said so. Chrysler's American Motors Corp unit rose. \
             Carl Icahn spoke. Icahn's Trans World Airlines Inc rose.",
        );
        find(&e.organizations, "Tate and Lyle Plc");
        find(&e.organizations, "American Motors Corp");
        find(&e.organizations, "Trans World Airlines Inc");
        find(&e.places, "Britain");
    }

    #[test]
    fn a_person_after_a_body_is_apart_from_it() {
        let e = run(
            "Chairman of the Environmental Audit Committee Peter Ainsworth MP said so. It \
             cited Supreme Court Justice Sonia Sotomayor on Monday. It built the County \
             Justice Information System.",
        );
        find(&e.organizations, "Environmental Audit Committee");
        find(&e.people, "Peter Ainsworth");
        find(&e.organizations, "Supreme Court");
        find(&e.people, "Sonia Sotomayor");
        // (a title is no given name)
        none_contains(&e.people, "Information");
    }

    #[test]
    fn the_x_of_y_is_one_body() {
        let e = run(
            "The forums were run by the League of Women Voters until 1988. A study for the \
             Council of Mortgage Lenders was cited by the University of Zurich and Gordon \
             Hanley.",
        );
        find(&e.organizations, "League of Women Voters");
        find(&e.organizations, "Council of Mortgage Lenders");
        // Not past "and".
        find(&e.organizations, "University of Zurich");
        find(&e.people, "Gordon Hanley");
    }

    #[test]
    fn a_town_before_a_players_position_is_its_club() {
        let e = run(
            "The goals came from Norwich striker Keith Oldham and Sunderland forward Niall \
             Quarry. England striker Alan Shearley watched with Wales fly-half Neil Jenson.",
        );
        find(&e.organizations, "Norwich");
        find(&e.organizations, "Sunderland");
        // A national side's name stays the place.
        find(&e.places, "England");
        find(&e.places, "Wales");
        assert_eq!(e.people.len(), 4, "{:?}", names(&e.people));
    }

    #[test]
    fn the_telephone_company_of_the_1980s_is_known_whole() {
        // After a number the tagger split it ("Telegraph Co" alone).
        let e = run(
            "In 1986 American Telephone and Telegraph Co said it formed a sales force. ATT said so.",
        );
        let att = find(&e.organizations, "American Telephone and Telegraph Co");
        assert_eq!(att.kind, Some("company"));
        assert_eq!(att.mentions.len(), 2);
    }

    #[test]
    fn a_union_and_a_carmaker_of_the_2000s_are_known() {
        let e = run("Amicus said its members at MG Rover would vote on Friday.");
        assert_eq!(find(&e.organizations, "Amicus").kind, Some("union"));
        assert_eq!(find(&e.organizations, "MG Rover").kind, Some("company"));
        assert!(e.people.is_empty(), "{:?}", names(&e.people));
    }

    #[test]
    fn a_modified_description_makes_a_place_name_a_firm() {
        for (text, name, kind) in [
            (
                "Public relations firm Brunswick withdrew from the bid.",
                "Brunswick",
                "company",
            ),
            (
                "He may return to former club Southampton.",
                "Southampton",
                "sports",
            ),
            (
                "The poll was carried out by security firm RSA.",
                "RSA",
                "company",
            ),
        ] {
            let e = run(text);
            assert_eq!(find(&e.organizations, name).kind, Some(kind), "{text}");
            assert!(e.places.is_empty(), "{text}");
        }
        // Not a description that is an adjective, nor one after a name.
        for (text, place) in [
            ("Prices held as firm Chicago wheat futures rose.", "Chicago"),
            (
                "He told the Al-Rai al-Aam newspaper Moscow would answer.",
                "Moscow",
            ),
        ] {
            find(&run(text).places, place);
        }
    }

    #[test]
    fn a_unit_in_a_capitals_headline_ends_no_name() {
        let e = run(
            "CANTREX UNIT BUYS STORES\n\nTORONTO, March 2 - Cantrex Inc said its unit bought \
             stores.",
        );
        assert!(
            all_mentions(&e).contains(&"CANTREX"),
            "{:?}",
            all_mentions(&e)
        );
        assert!(!all_mentions(&e).iter().any(|m| m.contains("UNIT")));
        // Nor is what is left a name when the article writes it in lower case.
        let e = run("ACME FORMS NEW UNIT\n\nBOSTON, March 2 - Acme Corp formed a new unit.");
        assert!(
            !all_mentions(&e).iter().any(|m| m.starts_with("NEW")),
            "{:?}",
            all_mentions(&e)
        );
    }

    #[test]
    fn a_given_name_of_a_person_of_the_article_is_no_place() {
        let e = run(
            "Gavin Henson kicked the goal. \"I looked at Gavin, and he gave me the nod,\" \
             said Thomas.",
        );
        assert_eq!(find(&e.people, "Gavin Henson").mentions.len(), 2);
        assert!(e.places.is_empty(), "{:?}", names(&e.places));
    }

    #[test]
    fn a_party_adjective_is_no_short_form_of_the_party() {
        let e = run(
            "The Democratic National Committee met. Jim Clyburn, a Democratic congressman, \
             said the Democratic primary was close.",
        );
        let all = all_mentions(&e);
        assert_eq!(
            all,
            vec!["Jim Clyburn", "Democratic National Committee"],
            "{all:?}"
        );
        // A company's first word still is ("Acme" of "Acme Widgets Corp").
        let e = run("Acme Widgets Corp said sales rose. Acme shares fell.");
        assert_eq!(
            find(&e.organizations, "Acme Widgets Corp").mentions.len(),
            2
        );
    }

    #[test]
    fn a_possessive_suffix_ends_a_name_the_article_writes_without_it() {
        let e = run(
            "Carrier said it would move. Three days after Carrier's Feb. 10 announcement, \
             he spoke. The Republican Party met; these principles are not the Republican \
             Party's.",
        );
        let all = all_mentions(&e);
        assert!(!all.iter().any(|m| m.ends_with("'s")), "{all:?}");
        assert_eq!(find(&e.organizations, "Carrier").mentions.len(), 2);
        assert_eq!(find(&e.organizations, "Republican Party").mentions.len(), 2);
        // A name the gazetteer knows with it, or written only with it, keeps it.
        let e = run("We ate at McDonald's. They won at St Mary's on Saturday.");
        let all = all_mentions(&e);
        assert!(
            all.contains(&"McDonald's") && all.contains(&"St Mary's"),
            "{all:?}"
        );
    }

    #[test]
    fn national_sides_are_known_by_their_nicknames() {
        let e = run(
            "Bafana Bafana beat the Azzurri in Durban. The All Blacks face the Springboks \
             next week, and the Wallabies rested Gregan.",
        );
        for side in [
            "Bafana Bafana",
            "Azzurri",
            "All Blacks",
            "Springboks",
            "Wallabies",
        ] {
            assert_eq!(find(&e.organizations, side).kind, Some("sports"), "{side}");
        }
        assert!(e.people.iter().all(|p| p.name != "Bafana Bafana"));
    }

    #[test]
    fn groupings_and_bodies_of_states_are_known() {
        let e = run(
            "Britain holds the presidency of the Group of Eight (G8) this year. The G20 and \
             the Brics nations will meet in June.",
        );
        let g8 = find(&e.organizations, "Group of Eight");
        assert_eq!(g8.kind, Some("government"));
        assert_eq!(g8.mentions.len(), 2);
        assert_eq!(find(&e.organizations, "G20").kind, Some("government"));
        assert_eq!(find(&e.organizations, "Brics").kind, Some("government"));
        // "the House" the tagger finds is a legislature (a name the gazetteer marks too
        // ambiguous to match alone).
        let e = run("House Speaker Paul Ryan said the House would vote on Friday.");
        assert_eq!(find(&e.organizations, "House").kind, Some("government"));
        // Written with British spellings too.
        let e = run(
            "Members of the Organisation of Petroleum Exporting Countries (OPEC) met. The \
             Organisation for Economic Cooperation and Development (OECD) agreed.",
        );
        let opec = find(
            &e.organizations,
            "Organisation of Petroleum Exporting Countries",
        );
        assert_eq!(opec.kind, Some("government"));
        let oecd = find(
            &e.organizations,
            "Organisation for Economic Cooperation and Development",
        );
        assert_eq!(oecd.kind, Some("government"));
    }

    #[test]
    fn a_court_named_by_its_short_title_is_an_organisation() {
        let e = run(
            "Lawyers for the singer told the High Court on Monday that the ruling at \
             Manchester Crown Court was wrong. The High Court will rule next week.",
        );
        assert_eq!(find(&e.organizations, "High Court").mentions.len(), 2);
        find(&e.organizations, "Manchester Crown Court");
        none_contains(&e.places, "Court");
    }

    #[test]
    fn an_acronym_means_the_article_s_name_it_spells_over_another_known_meaning() {
        // The gazetteer knows "FSA" as the Food Standards Agency's; the article names an
        // army it spells and never the agency.
        let e = run(
            "Fighters of the Free Syrian Army crossed the border on Monday. The FSA said \
             it held the town.",
        );
        let fsa = find(&e.organizations, "Free Syrian Army");
        assert_eq!(fsa.mentions.len(), 2, "{:?}", names(&e.organizations));
        // With its known meaning named in full too, the acronym keeps it.
        let e = run(
            "The Food Standards Agency warned shops. The Free Syrian Army crossed the \
             border. The FSA said the warning stood.",
        );
        assert_eq!(find(&e.organizations, "Free Syrian Army").mentions.len(), 1);
        assert_eq!(
            find(&e.organizations, "Food Standards Agency")
                .mentions
                .len(),
            2
        );
        // A state's abbreviation and a ticker are no company's acronym.
        let e = run("Norwest Corp of Charlotte, N.C., said profit rose. Boeing Co <BA> rose.");
        assert_eq!(find(&e.organizations, "Norwest Corp").mentions.len(), 1);
    }

    #[test]
    fn a_known_name_keeps_its_calendar_word_and_follows_an_opening_the() {
        // "Sunday" of a name the gazetteer knows with it is no date; "The" opening the
        // sentence does not hide a known name after it from the gazetteer.
        let e = run(
            "The Sunday Telegraph reported the deal. He told the Sunday Times it was \
             wrong. The Tories said nothing.",
        );
        find(&e.organizations, "Sunday Telegraph");
        find(&e.organizations, "Sunday Times");
        find(&e.organizations, "Tories");
        none_named(&e.organizations, &["Times", "Telegraph"]);
    }

    #[test]
    fn a_word_of_rank_before_a_role_is_the_roles() {
        let e = run(
            "Federal Reserve Board Vice Chairman Manuel Johnson spoke. Assistant Treasury \
             Secretary David Mulford and Deputy State Department spokesman Tom Jones agreed.",
        );
        find(&e.organizations, "Federal Reserve Board");
        find(&e.organizations, "Treasury");
        find(&e.organizations, "State Department");
        for rank in ["Vice", "Assistant", "Deputy"] {
            none_contains(&e.organizations, rank);
        }
    }

    #[test]
    fn a_place_and_a_portfolio_before_a_role_are_no_organisation() {
        let e = run("U.S. Trade Representative Clayton Yeutter said the talks failed.");
        find(&e.places, "U.S.");
        none(&e.organizations);
        // (not a word that also keys bodies' names)
        let e = run("The New Hampshire Union Leader endorsed him on Monday.");
        none(&e.places);
    }

    #[test]
    fn an_acronym_the_article_defines_means_its_name() {
        // The gazetteer knows "PA" as a news agency's and "LSE" as a school's; the article
        // says what it means by them.
        let e = run(
            "The Palestinian Authority (PA) said it would act. Israel shared information \
             with the PA on Monday. The London Stock Exchange (LSE) rose, the LSE said.",
        );
        let pa = find(&e.organizations, "Palestinian Authority");
        assert_eq!(pa.mentions.len(), 3, "{:?}", names(&e.organizations));
        assert_eq!(
            find(&e.organizations, "London Stock Exchange")
                .mentions
                .len(),
            3
        );
        none_named(&e.organizations, &["PA", "LSE"]);
        // Without the definition the gazetteer's reading stands.
        let e = run("Israel shared information with the PA on Monday, the PA said.");
        assert_eq!(find(&e.organizations, "PA").kind, Some("media"));
    }

    #[test]
    fn a_person_after_a_ministers_portfolio_is_apart_from_it() {
        let e = run(
            "The rigs were idle, Minister of State for Energy Alick Buchanan-Smith said. \
             Turkish Minister of Industry and Trade Cahit Aral said exports would rise. \
             Secretary of Defense Caspar Weinberger said talks failed. Antonio Seixas is \
             Director for External Debt Management at the bank.",
        );
        for person in ["Alick Buchanan-Smith", "Cahit Aral", "Caspar Weinberger"] {
            find(&e.people, person);
        }
        for portfolio in ["Energy", "Industry", "Trade", "Defense"] {
            find(&e.organizations, portfolio);
        }
        none_named(&e.places, &["Industry"]);
        // (after another title, and words written in lower case are no person's)
        none_contains(&e.people, "Management");
        // A portfolio the tagger read before the title is the organisation, all its words.
        let e = run(
            "The agency may go, Work and Pensions Secretary Alan Johnson has warned. \
             Culture, Media and Sport Secretary Tessa Jowell agreed.",
        );
        find(&e.organizations, "Work and Pensions");
        find(&e.organizations, "Culture, Media and Sport");
        assert_eq!(names(&e.people), [("Alan Johnson", 1), ("Tessa Jowell", 1)]);
    }

    #[test]
    fn a_person_of_a_firm_is_apart_from_it() {
        let e = run(
            "Sales may double, Shigeki Matsumoto of Nikko Securities Co Ltd said. Matsumoto, \
             who manages Nikko's investments, agreed. Philip Braverman of Irving Trust \
             Securities Inc said banks will buy. General Motors of Canada Ltd said sales fell.",
        );
        find(&e.people, "Shigeki Matsumoto");
        find(&e.people, "Philip Braverman");
        find(&e.organizations, "Nikko Securities Co Ltd");
        find(&e.organizations, "Irving Trust Securities Inc");
        // (a company's name with a place after "of" stays whole)
        find(&e.organizations, "General Motors of Canada Ltd");
    }

    #[test]
    fn numbered_channels_are_whole_names_and_a_slash_lists_media() {
        let e = run(
            "Radio 1 said the show would go on. Chris Hawkins, host of BBC 6 Music's chart \
             show, agreed, and the film airs on BBC Two/Sky One next week. Readers of \
             NME/Radio One voted. The CDU/CSU won the vote.",
        );
        for name in [
            "Radio 1",
            "BBC 6 Music",
            "BBC Two",
            "Sky One",
            "NME",
            "CDU/CSU",
        ] {
            find(&e.organizations, name);
        }
        // (one station, by two of its names)
        let r1 = find(&e.organizations, "Radio 1");
        assert_eq!(r1.mentions.len(), 2, "{r1:?}");
        let all = all_names(&e);
        assert!(
            all.iter().all(|n| *n != "Music" && *n != "Radio"),
            "{all:?}"
        );
    }

    #[test]
    fn a_laws_word_alone_is_no_person() {
        for text in [
            "The government will push through its ID cards Bill next year.",
            "Critics of the Gambling Bill were loud. Ms Jowell will speak when the Bill is \
             debated, and the Bill may change.",
        ] {
            let e = run(text);
            assert!(
                e.people.iter().all(|p| p.name != "Bill"),
                "{text}: {:?}",
                names(&e.people)
            );
        }
        // (a person: after a sentence's first word, after "her husband", or named in full;
        // a name in a list of given names stays)
        for (text, name) in [
            (
                "When Bill was governor, we went to every inauguration.",
                "Bill",
            ),
            ("Her husband Bill has stuck to fundraising.", "Bill"),
            (
                "Bill Gates spoke. Critics of the Gambling Bill agreed, Bill said.",
                "Bill Gates",
            ),
        ] {
            let e = run(text);
            let p = find(&e.people, name);
            assert!(
                p.mentions
                    .iter()
                    .all(|m| m.text == "Bill" || m.text == name),
                "{text}"
            );
        }
        let e = run("Bill Gates spoke. Critics of the Gambling Bill agreed, Bill said.");
        assert_eq!(
            find(&e.people, "Bill Gates").mentions.len(),
            2,
            "{:?}",
            e.people
        );
        let e = run("For years the Bill, Hillary and Chelsea Clinton Foundation grew.");
        assert!(all_names(&e).contains(&"Bill"), "{:?}", all_names(&e));
    }

    #[test]
    fn sides_of_result_lines_are_teams() {
        let e = run(
            "Results of rugby union matches on Saturday:\nSale 31 Wasps 33\nCurrie 45 \
             Heriot's F.P. 5\nJed-Forest 17 Watsonians 54\nLondon Irish 27 Bristol 28\n\
             Australia 24 New Zealand 18\n",
        );
        for team in [
            "Wasps",
            "Currie",
            "Heriot's F.P.",
            "Jed-Forest",
            "London Irish",
        ] {
            find(&e.organizations, team);
        }
        // (national sides stay places; no side is a person)
        find(&e.places, "New Zealand");
        none(&e.people);
        // (not a headline's words, months, nor a table's labels)
        let e = run("REUTER WORLD NEWS HIGHLIGHTS 0900 GMT APRIL 7\nShr 55 Revs 120\n");
        none(&e.organizations);
    }

    #[test]
    fn a_monarchs_regnal_number_is_part_of_the_name() {
        let e =
            run("1930 - Belgian King Baudouin I born. Pedro I of Brazil ruled. Tom said I would.");
        find(&e.people, "Baudouin I");
        find(&e.people, "Pedro I");
        // (not a pronoun after a name)
        find(&e.people, "Tom");
        let e = run("Queen Elizabeth II opened the bridge. He sailed on the Queen Elizabeth 2.");
        find(&e.people, "Queen Elizabeth II");
        assert_eq!(e.people.len(), 1, "{:?}", names(&e.people));
    }

    #[test]
    fn a_role_before_a_verb_starts_a_new_clause() {
        let e = run(
            "Echoing Condoleezza Rice, the prime minister said policy had changed. Alex Karp, \
             Palantir's chief executive, spoke. Louise Christian, the lawyer representing \
             them, said so.",
        );
        assert!(
            find(&e.people, "Condoleezza Rice").roles.is_empty(),
            "{:?}",
            e.people
        );
        assert_eq!(find(&e.people, "Alex Karp").roles, ["chief executive"]);
        assert_eq!(find(&e.people, "Louise Christian").roles, ["lawyer"]);
    }

    #[test]
    fn a_state_after_a_town_is_a_place() {
        let e = run(
            "It put Key Savings of Englewood, Colo, into receivership. Its plant in Shawnee, \
             Okla, closed. The firm was formed in Palm Beach Gardens, Fla., in 2012. Miss \
             Smith spoke.",
        );
        for place in [
            "Englewood",
            "Colo",
            "Shawnee",
            "Okla",
            "Palm Beach Gardens",
            "Fla.",
        ] {
            find(&e.places, place);
        }
        // (only after a town and a comma: "Miss Smith" stays a person)
        none_named(&e.places, &["Miss"]);
        none_named(&e.people, &["Colo", "Okla"]);
    }

    #[test]
    fn a_legal_form_alone_is_no_person() {
        let e = run("Dart Group Corp said it offered to buy Supermarkets General Corp for cash.");
        none(&e.people);
        none(&e.places);
    }

    #[test]
    fn sentence_adverbs_are_no_names() {
        let e = run(
            "Therefore, Hall said, RSI will act. Rather, Citibank said it complied. \
             Interestingly Blocher agreed. Initially Visual Radio was free.",
        );
        let all = all_names(&e);
        for word in ["Therefore", "Rather", "Interestingly", "Initially"] {
            assert!(all.iter().all(|n| !n.contains(word)), "{word}: {all:?}");
        }
        find(&e.organizations, "Citibank");
        // (a common word opening the text after a dateline)
        let e = run(
            "WASHINGTON, Feb 26 - Sugar imports subject to the sugar import quota fell, the \
             USDA said.",
        );
        assert!(
            all_names(&e).iter().all(|n| *n != "Sugar"),
            "{:?}",
            all_names(&e)
        );
    }

    #[test]
    fn a_known_place_in_a_list_of_places_is_a_place() {
        let e = run(
            "At five other airports--Dallas-Fort Worth, Boston, Denver, Newark and \
             Philadelphia--Dole said she would grant slots.",
        );
        find(&e.places, "Denver");
        none_named(&e.people, &["Denver"]);
        // Nor is one read as an organisation (the gazetteer knows it as a place only),
        // nor an unknown one between two places.
        let e = run(
            "He visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, \
             Dorset and Torbay this week.",
        );
        find(&e.places, "Liverpool");
        find(&e.places, "Basingstoke");
        assert!(e.organizations.is_empty(), "{:?}", names(&e.organizations));
        // Not a club among clubs.
        let e = run("Arsenal, Chelsea, Liverpool and Everton all won on Saturday.");
        find(&e.organizations, "Liverpool");
    }

    #[test]
    fn a_known_name_with_a_legal_form_joins_the_names_it_goes_by() {
        let e = run(
            "General Motors Corp said sales fell. GM blamed prices. Moody's Investors \
             Service Inc cut its rating; Moody's said so.",
        );
        assert_eq!(
            find(&e.organizations, "General Motors Corp").mentions.len(),
            2
        );
        assert_eq!(
            find(&e.organizations, "Moody's Investors Service Inc")
                .mentions
                .len(),
            2
        );
    }

    #[test]
    fn a_first_word_joins_a_known_company() {
        let e = run(
            "Salomon Brothers said it would sell. Salomon added that prices rose. The \
             Democratic National Committee met; Democratic leaders spoke.",
        );
        assert_eq!(find(&e.organizations, "Salomon Brothers").mentions.len(), 2);
        // (not a party's adjective to its committee)
        assert_eq!(
            find(&e.organizations, "Democratic National Committee")
                .mentions
                .len(),
            1
        );
    }

    #[test]
    fn a_programme_after_its_broadcaster_is_no_name() {
        let e = run(
            "She told BBC One's Breakfast with Frost programme that it worked, and the BBC's \
             Newsnight programme agreed. Sony's Columbia and TriStar film units grew.",
        );
        let all = all_names(&e);
        for gone in ["Breakfast", "Frost", "Newsnight"] {
            assert!(all.iter().all(|n| !n.contains(gone)), "{gone}: {all:?}");
        }
        find(&e.organizations, "BBC One");
        find(&e.organizations, "TriStar");
    }

    #[test]
    fn laws_and_bills_are_no_names() {
        let e = run(
            "MPs backed the Mental Capacity Bill on Monday. Critics of the Terrorism Bill \
             cited the Clean Air Act and the U.K. Companies Act. Bill Jones of the Buffalo \
             Bills said the Treasury Bills were safe.",
        );
        let all = all_mentions(&e);
        for law in [
            "Capacity",
            "Terrorism",
            "Clean Air",
            "Companies",
            "Treasury",
        ] {
            assert!(all.iter().all(|m| !m.contains(law)), "{law}: {all:?}");
        }
        find(&e.people, "Bill Jones");
        find(&e.organizations, "Buffalo Bills");
    }

    #[test]
    fn titles_of_works_and_products_are_no_names() {
        for (text, gone) in [
            (
                "Critics laud comedy Sideways\n\nRoad trip comedy Sideways won again. Sideways \
                 took $70m.",
                "Sideways",
            ),
            (
                "Staunton won for the abortion drama Vera Drake at the Baftas. Vera is a \
                 backstreet abortionist.",
                "Vera",
            ),
            (
                "Sales of the cholesterol drug Crestor fell by 5%.",
                "Crestor",
            ),
            (
                "The authorities banned the play The Vagina Monologues in Kampala.",
                "Vagina",
            ),
            (
                "Her hit single “Hey Ya” aside, his latest album Innocent Man sold well.",
                "Innocent",
            ),
            (
                // A work after "role in", "starring in".
                "Clive Owen won for his supporting role in Closer. Closer opened in May.",
                "Closer",
            ),
            (
                // In apposition.
                "The buzz over the new impotence drug, Viagra, has prompted many women to \
                 wonder. Even Viagra was discovered by accident. Doctors want to know whether \
                 Viagra works on women.",
                "Viagra",
            ),
            // Vessels, after their noun or a ship's prefix.
            (
                "The tanker Exxon Valdez ran aground in Alaska in 1989.",
                "Valdez",
            ),
            (
                "Jets left the aircraft carrier Enterprise. The Enterprise sailed on.",
                "Enterprise",
            ),
            (
                "Iraq says the missile hit the Cypriot supertanker Pivot on fire.",
                "Pivot",
            ),
            (
                "The USS Cole was bombed in Aden. Seventeen died on the Cole.",
                "Cole",
            ),
            ("The wreck of the RMS Titanic lies 3,800m down.", "Titanic"),
            // Diseases, pathogens and malicious programs, before their noun.
            (
                "The Zika virus spread. Zika is carried by mosquitoes.",
                "Zika",
            ),
            ("He has Alzheimer’s disease.", "Alzheimer"),
            (
                "The Cabir worm infects phones. Cabir spreads by Bluetooth.",
                "Cabir",
            ),
            // A code name.
            (
                "Windows, codenamed Longhorn, is late. Longhorn is due in 2006.",
                "Longhorn",
            ),
        ] {
            let e = run(text);
            let all = all_mentions(&e);
            assert!(all.iter().all(|m| !m.contains(gone)), "{text}: {all:?}");
        }
        // An airline is a carrier too, a company's name can open with a ship's prefix, and
        // to ship is to send.
        let e = run(
            "The carrier Delta raised fares. The USS Chemicals division of USX and RMS              International Inc. were sold. Microsoft will ship Windows 95 in August.",
        );
        find(&e.organizations, "Delta");
        find(&e.organizations, "USS Chemicals");
        find(&e.organizations, "RMS International Inc.");
        find(&e.organizations, "Microsoft");
        // A person who speaks keeps the name.
        let e = run("Parkinson’s disease is common. Mr Parkinson said he would retire.");
        find(&e.people, "Parkinson");
        // A verb or an adjective is no such noun; a person named in full keeps a one-word
        // name's other mentions.
        let e = run(
            "England play Italy in Rome on Saturday, and a single EU market opens. She won \
             an epic New York Marathon.",
        );
        find(&e.places, "Italy");
        find(&e.organizations, "EU");
        find(&e.organizations, "New York Marathon");
        // Nor a company's name.
        let e = run(
            "It was colestipol, a drug Upjohn Co has sold since 1977. He blasted the hit Disney \
             film Frozen. Trump is painting Republicans into a corner.",
        );
        find(&e.organizations, "Upjohn Co");
        find(&e.organizations, "Disney");
        find(&e.organizations, "Republicans");
        // After "role in", not a place, a word before a noun, nor a person's name.
        let e = run(
            "Romney's performance in North Florida was weak. Congress wants a role in Gulf \
             policy. She had a role in Mike Nichols' film.",
        );
        find(&e.places, "North Florida");
        find(&e.people, "Mike Nichols");
        let e = run(
            "Foxx plays Ray Charles in the biopic Ray. Ray Charles said little; Ray said he was proud.",
        );
        find(&e.people, "Ray Charles");
        // Not a person in apposition to a role "of" a work.
        let e = run("The director of the film, Vinod Pande, says the movie is not offensive.");
        find(&e.people, "Vinod Pande");
    }

    #[test]
    fn the_organisation_word_alone_is_the_name_before() {
        let e = run(
            "The Bank of England said it had provided help. This brings the Bank's total help \
             today to 461 mln stg. The European Commission proposed a ban. The Commission said \
             it would act. The Communist Party met. The Party said growth was strong.",
        );
        for (name, n) in [
            ("Bank of England", 2),
            ("European Commission", 2),
            ("Communist Party", 2),
        ] {
            assert_eq!(
                find(&e.organizations, name).mentions.len(),
                n,
                "{:?}",
                e.organizations
            );
        }
        // Its word before "of", each time (and the name without "of" and its place).
        let e = run(
            "The Reserve Bank of Westmarch lifted rates. Shortly after the Bank made its \
             decision, growth fell. The Bank said inflation was high, said Ivo Pell, Governor \
             of the Reserve Bank.",
        );
        assert_eq!(
            find(&e.organizations, "Reserve Bank of Westmarch")
                .mentions
                .len(),
            4,
            "{:?}",
            e.organizations
        );
        // Not a name that comes later, nor one it does not head, nor two names.
        let e = run(
            "The Bank of England cut rates. The Bank said so. The Federal Reserve Bank of \
             Tolland held rates. The Bank said it would wait.",
        );
        assert_eq!(
            find(&e.organizations, "Bank of England").mentions.len(),
            1,
            "{:?}",
            e.organizations
        );
        for text in [
            "The Commission met on Monday. Later, the European Commission said it would act.",
            "The Senate Agriculture Committee met. The Senate voted on Friday.",
        ] {
            let e = run(text);
            assert_eq!(e.organizations.len(), 2, "{text}: {:?}", e.organizations);
        }
    }

    #[test]
    fn the_last_words_of_a_name_are_the_name_before() {
        let e = run(
            "The Westmarch County Superior Court will rule on Monday. Costs to the Superior \
             Court rose. The Japanese Finance Ministry said prices fell. The Finance Ministry \
             later said exports rose. The U.K. Ministry of Agriculture said it would act. The \
             Ministry of Agriculture said on Friday that it had acted.",
        );
        for (name, n) in [
            ("Westmarch County Superior Court", 2),
            ("Japanese Finance Ministry", 2),
            ("U.K. Ministry of Agriculture", 2),
        ] {
            assert_eq!(
                find(&e.organizations, name).mentions.len(),
                n,
                "{:?}",
                e.organizations
            );
        }
        // Not a name written first, nor one after lower-case words.
        for text in [
            "The government-owned Bank of Westmarch lends to farmers. Sandaratne was head of \
             research at the Central Bank of Westmarch until January. He said the Bank of \
             Westmarch would grow.",
            "The Quotations Department of the Stock Exchange said so. Brokers at the Stock \
             Exchange agreed.",
        ] {
            let e = run(text);
            assert_eq!(e.organizations.len(), 2, "{text}: {:?}", e.organizations);
        }
    }

    #[test]
    fn laws_treaties_and_taxes_are_no_organisations() {
        let e = run(
            "The Westmarch Growers Association sued under the Freedom of Information Act. \
             Members of the International Natural Rubber Agreement (INRA) met in Geneva; INRA \
             prices fell. Dues are linked to Gross National Product and to Value Added Tax \
             (VAT) returns. The National Commission on Dairy Policy will report.",
        );
        let names = name_list(&e.organizations);
        assert_eq!(
            names,
            [
                "Westmarch Growers Association",
                "National Commission on Dairy Policy"
            ]
        );
        // Nor people: a plan named for its author or a currency.
        let e = run(
            "Brazil froze prices under the Cruzado Plan. Europe was rebuilt with Marshall Plan \
             aid, Mr Baker said.",
        );
        assert_eq!(name_list(&e.people), ["Baker"]);
        assert!(e.organizations.is_empty(), "{:?}", e.organizations);
    }

    #[test]
    fn the_name_after_band_or_group_is_an_organisation() {
        let e = run(
            "Chart-topping pop band Busted have confirmed a break. Shares in engineering group \
             Jarvis rose. The survey was done for the advocacy group America's Voice. The \
             other teams in group C. were weak.",
        );
        let names = name_list(&e.organizations);
        assert_eq!(names, ["Busted", "Jarvis", "America's Voice"]);
        assert!(e.places.is_empty(), "{:?}", e.places);
        // Not after a determiner, nor a name's own word.
        let e = run(
            "John Smith sang. The band Smith joined in 2001 split. Jacobs Engineering group \
             Inc said so.",
        );
        none_named(&e.organizations, &["Smith", "Inc"]);
        find(&e.people, "John Smith");
    }

    #[test]
    fn a_company_name_after_mr_is_a_surname() {
        let e = run(
            "Michael R. Bloomberg founded Bloomberg, the data firm. Mr. Bloomberg said he was \
             proud. Mr Boeing said so.",
        );
        assert_eq!(find(&e.people, "Michael R. Bloomberg").mentions.len(), 2);
        find(&e.people, "Boeing");
        find(&e.organizations, "Bloomberg");
        // Not a company's name with a legal form.
        find(
            &run("Mr. Rooter Corp said so.").organizations,
            "Rooter Corp",
        );
    }

    #[test]
    fn a_final_period_does_not_make_another_name() {
        let e = run(
            "Fi-Tek Corp will buy Westmarch Voice Systems Inc for stock. It will change its \
             name to Westmarch Voice Systems Inc.  Cargill U.K. Ltd said it sold Cargill U.K. \
             shares.",
        );
        assert_eq!(
            find(&e.organizations, "Westmarch Voice Systems Inc")
                .mentions
                .len(),
            2,
            "{:?}",
            e.organizations
        );
        // (an initialism keeps its period: "Cargill U.K." is the short form of the company)
        assert_eq!(find(&e.organizations, "Cargill U.K. Ltd").mentions.len(), 2);
    }

    #[test]
    fn a_word_ending_a_title_is_no_person() {
        let e = run(
            "The acclaimed PC title Call of Duty has been updated. The hits include It's Now \
             or Never at number 27, and the comedy Diary of a Mad Black Woman stars Kimberly \
             Elise.",
        );
        let people = name_list(&e.people);
        assert_eq!(people, ["Kimberly Elise"]);
        // Not after a name or a sentence's first word, nor a possessor or a word of a full
        // name of the article.
        for (text, name) in [
            ("Officers of Korth said so.", "Korth"),
            ("Ms James likened it to Hitler's Germany.", "Hitler"),
            (
                "Elian Gonzalez is six. Marchers demanded Freedom for Elian, in Miami.",
                "Elian Gonzalez",
            ),
        ] {
            let e = run(text);
            assert!(
                e.people.iter().any(|p| p.name == name),
                "{text}: {:?}",
                e.people
            );
        }
    }

    #[test]
    fn an_ordinal_starts_the_name_of_a_numbered_body() {
        let e = run(
            "The case went to the 7th U.S. Circuit Court of Appeals in Chicago. The 8th \
             Circuit ruled, and the 3rd Infantry Division moved north. She won the 6th \
             Congressional District GOP primary. He finished 2nd in the race.",
        );
        let orgs = name_list(&e.organizations);
        for name in [
            "7th U.S. Circuit Court of Appeals",
            "8th Circuit",
            "3rd Infantry Division",
        ] {
            assert!(orgs.contains(&name), "{name}: {orgs:?}");
        }
        find(&e.places, "6th Congressional District");
    }

    #[test]
    fn a_team_sheet_of_initials_and_surnames_lists_people() {
        // A bare initial and the words after it are one person's name, in a list of them
        // (an article "A", a pronoun "I", a company's name "Lloyd" or "Henderson" too).
        let text = "Brian Dowd returns for Kelso.\n\nKelso: M Blair (Leith), A Henderson \
            (Ayr), I Fullarton (Perth), S Di Rollo (Leith), N Lloyd (Ayr), B Dowd (Leith), \
            R de Marigny (Parma), M van der Westhuizen (Ayr).";
        let e = run(text);
        let people = name_list(&e.people);
        for name in [
            "M Blair",
            "A Henderson",
            "I Fullarton",
            "S Di Rollo",
            "N Lloyd",
            "R de Marigny",
            "M van der Westhuizen",
        ] {
            assert!(people.contains(&name), "{name}: {people:?}");
        }
        none_contains(&e.organizations, "Henderson");
        none_contains(&e.organizations, "Marigny");
        none_contains(&e.organizations, "Lloyd");
        // "B Dowd" is Brian Dowd, named in full first.
        assert_eq!(find(&e.people, "Brian Dowd").mentions.len(), 2);
        // Not a lone initial and name in prose.
        let e = run("A Henderson spokesman said the firm, Henderson Group, would reply.");
        none(&e.people);
    }

    #[test]
    fn an_initial_and_surname_is_the_person_named_in_full() {
        let e = run(
            "Later B. O'Driscoll was injured. Brian O'Driscoll had scored twice, \
            S. Jones once. Stephen Jones kicked and Rhys Williams ran, but R. Jones fell.",
        );
        assert_eq!(
            names(&e.people),
            [
                ("Brian O'Driscoll", 2),
                ("Stephen Jones", 2),
                ("Rhys Williams", 1),
                ("R. Jones", 1)
            ]
        );
    }

    #[test]
    fn a_line_up_of_surnames_lists_people() {
        // The report names most of them in full; the line-up's other names are people too
        // (not the club in brackets).
        let text = "Jerzy Dudek saved well. Steve Finnan and Jamie Carragher defended, and \
            Igor Biscan came on for Djimi Traore.\n\nDudek, Finnan, Carragher, Hyypia, Traore \
            (Biscan 67), Kewell (Wexford).";
        let e = run(text);
        let people = name_list(&e.people);
        for name in ["Igor Biscan", "Hyypia", "Djimi Traore"] {
            assert!(people.contains(&name), "{name}: {people:?}");
        }
        assert!(!people.contains(&"Wexford"), "{people:?}");
        // A list of brands or towns the tagger took partly for people is left alone.
        let e = run(
            "It handles Frigidaire, Tappan, Kelvinator, Gibson, Vesta and \
            White-Westinghouse lines.",
        );
        assert!(!name_list(&e.people).contains(&"White-Westinghouse"));
    }

    #[test]
    fn the_month_is_no_short_form_of_a_person() {
        let text = "Theresa May spoke. Talks resume in May. She met Angela Merkel on 5 May \
            and on 6th May. By late May the deal was done. April and May were wet. May said \
            she would go. “No,” said May. In the May 2017 election, May won.";
        let e = run(text);
        let may = find(&e.people, "Theresa May");
        let starts: Vec<usize> = may.mentions.iter().map(|m| m.span.start).collect();
        let at = |s: &str| text.find(s).unwrap();
        let want = [0, at("May said"), at("said May") + 5, at("May won")];
        assert_eq!(starts, want, "{:?}", may.mentions);
    }

    #[test]
    fn a_month_after_a_given_name_is_a_surname() {
        let e = run("Brian May and Roger Taylor met. “Good,” Theresa May said.");
        assert_eq!(find(&e.people, "Theresa May").mentions.len(), 1);
        assert_eq!(find(&e.people, "Brian May").mentions.len(), 1);
        // Not before a number: a date.
        let e = run("Obama met Theresa May 5 at noon.");
        none_named(&e.people, &["Theresa May"]);
    }

    #[test]
    fn a_preposition_opening_the_sentence_is_not_part_of_the_place() {
        // The tagger reads "Across Wales," as a name; the place is "Wales", one entity
        // with its other mentions (not a person who takes them over).
        let e = run(
            "Thousands were on strike in Wales on Friday. Across Wales, pickets were \
                     held by striking civil servants in Cardiff and Bangor. Services in Wales \
                     were hit.",
        );
        none(&e.people);
        assert_eq!(
            names(&e.places),
            [("Wales", 3), ("Cardiff", 1), ("Bangor", 1)]
        );
        let e = run("Across Asia, policymakers have been startled by the candidate.");
        none(&e.people);
        assert_eq!(names(&e.places), [("Asia", 1)]);
        let e = run("Along Tyneside, pickets were held by striking workers.");
        assert_eq!(names(&e.places), [("Tyneside", 1)]);
    }

    #[test]
    fn a_company_named_with_and_before_its_legal_form_is_one() {
        let e =
            run("Northern Telephone and Telegraph Co said profits rose. The company will expand.");
        assert_eq!(
            names(&e.organizations),
            [("Northern Telephone and Telegraph Co", 1)]
        );
        let e = run("Shares of Dunmore Tire and Rubber Co fell on Monday.");
        assert_eq!(names(&e.organizations), [("Dunmore Tire and Rubber Co", 1)]);
        // Two companies: the first ends as companies' names do, or is written alone too.
        let e = run("Rockwell International and Hallam Nuclear Inc agreed to merge.");
        assert_eq!(
            names(&e.organizations),
            [("Rockwell International", 1), ("Hallam Nuclear Inc", 1)]
        );
        // ("International" ends companies' names, not people's)
        let e = run("The award went to King Hallam International for its design.");
        none(&e.people);
        let e = run("Kowa Trading Corp and Meiji Steel Corp agreed to merge.");
        assert_eq!(
            names(&e.organizations),
            [("Kowa Trading Corp", 1), ("Meiji Steel Corp", 1)]
        );
        // After "the", a word that heads bodies' names ends one body's name too; not in the
        // plural, nor when the second has initials of its own.
        let e = run("But the Finance and Planning Ministry officials said no funds were left.");
        assert_eq!(
            names(&e.organizations),
            [("Finance and Planning Ministry", 1)]
        );
        let e =
            run("Data come through the Reuter Monitor and Composite Information Service (CIS).");
        none_contains(&e.organizations, "Monitor and");
    }

    #[test]
    fn a_company_goes_by_the_surname_after_its_initials() {
        // "Hutton" of "E.F. Hutton Group Inc" is the company, one entity with it; not
        // after a place's initials or without a legal form.
        let e = run("F.W. Hallworth Co said sales rose. Hallworth said it would open stores.");
        none(&e.people);
        assert_eq!(names(&e.organizations), [("F.W. Hallworth Co", 2)]);
        let e = run("E.F. Dunmore Group Inc said it would sell. Dunmore said the unit was sold.");
        assert_eq!(names(&e.organizations), [("E.F. Dunmore Group Inc", 2)]);
        // A given name after initials is a surname too; a person of the article who has it
        // keeps it.
        let e = run("K.L. Grace Co said profits rose. Grace said it would expand.");
        assert_eq!(names(&e.organizations), [("K.L. Grace Co", 2)]);
        let e = run(
            "K.L. Grace Co said profits rose. Its chairman, Peter Grace, spoke. Grace \
                     said it would expand.",
        );
        assert_eq!(names(&e.people), [("Peter Grace", 2)]);
        // So is the word after a founder's given name ("John Labatt Ltd"); not a person of
        // a firm read as one name with it.
        let e = run("John Hallworth Ltd said profits rose. Hallworth said it would expand.");
        none(&e.people);
        assert_eq!(names(&e.organizations), [("John Hallworth Ltd", 2)]);
        // A letter alone is an initial ("K Mart Corp").
        let e = run("Shares of P Hallworth Associates Ltd rose. Hallworth is a network.");
        none(&e.people);
        // The middle word of a company's name of three, read alone as a person's, is the
        // company ("Kodak" of "Eastman Kodak Co"); a place's is not ("Boston").
        let e = run(
            "Hallam Kodwick Co reported profits. Kodwick said sales rose. Analysts \
                     said Kodwick would gain.",
        );
        none(&e.people);
        assert_eq!(names(&e.organizations), [("Hallam Kodwick Co", 3)]);
        let e = run("First Boston Corp led the issue. Boston is a city.");
        assert_eq!(names(&e.places), [("Boston", 1)]);
    }

    #[test]
    fn an_acronym_before_company_words_is_the_company() {
        // "SBC" is the Southern Baptist Convention to the gazetteer; here the company.
        let e = run("SBC Communications said profits rose. SBC said it would hire.");
        assert_eq!(names(&e.organizations), [("SBC Communications", 2)]);
        assert_eq!(e.organizations[0].kind, Some("company"));
        // Not a part of a known medium, nor a unit beside its parent.
        let e = run("BBC Radio said so. The BBC said it would not.");
        assert_eq!(names(&e.organizations), [("BBC Radio", 1), ("BBC", 1)]);
        let e = run("NL Industries Inc said NL Chemicals would be sold. NL said so.");
        assert_eq!(
            names(&e.organizations),
            [("NL Industries Inc", 2), ("NL Chemicals", 1)]
        );
    }

    #[test]
    fn a_name_with_an_ampersand_keeps_its_letters() {
        // Not "&T." at the end of a sentence: "AT" is written together with the rest.
        let e = run(
            "SBC bought its parent AT&T.\n\nAT&T said so. Rival M&S. Marks & Spencer (M&S) fell.",
        );
        let orgs = name_list(&e.organizations);
        assert!(orgs.contains(&"AT&T"), "{orgs:?}");
        assert_eq!(find(&e.organizations, "AT&T").mentions.len(), 2);
        assert!(orgs.iter().all(|o| !o.ends_with('.')), "{orgs:?}");
    }

    #[test]
    fn a_short_form_goes_back_to_the_company_with_its_legal_form() {
        // Not to a product or unit named alike that is nearer before it.
        let e = run(
            "Medizone International Inc said it holds a patent for the Medizone \
            Therapy. Medizone said the patent covers the treatment.",
        );
        assert_eq!(
            names(&e.organizations),
            [("Medizone International Inc", 2), ("Medizone Therapy", 1)]
        );
        // Two words before words that end companies' names ("Brothers", "Mines").
        let e = run("Shearson Lehman Brothers Inc said so. Later Shearson Lehman said no.");
        assert_eq!(
            names(&e.organizations),
            [("Shearson Lehman Brothers Inc", 2)]
        );
    }

    #[test]
    fn a_word_in_brackets_after_a_body_is_its_other_name() {
        // Whether or not it spells the initials, and whatever the gazetteer calls it.
        for (text, name) in [
            (
                "France's National Statistics Institute (INSEE) said GDP grew. INSEE added more.",
                "National Statistics Institute",
            ),
            (
                "Tokyo Electric Power Co (TEPCO) said so. TEPCO added more.",
                "Tokyo Electric Power Co",
            ),
        ] {
            let e = run(text);
            assert_eq!(find(&e.organizations, name).mentions.len(), 3, "{text}");
            assert_eq!(e.organizations.len(), 1, "{:?}", names(&e.organizations));
        }
        // Not a news agency.
        let e = run("Acme Widgets Corp (AP) said.");
        assert_eq!(e.organizations.len(), 2, "{:?}", names(&e.organizations));
    }

    #[test]
    fn a_club_named_like_a_person_is_the_club_where_its_staff_are_named() {
        // No other club of the gazetteer in the text, but "as Chelsea manager".
        let e = run(
            "Chelsea clinch cup. Riise volleyed Liverpool ahead. It gave Mourinho his \
            first silverware as Chelsea manager. Chelsea began to dominate midfield.",
        );
        assert_eq!(find(&e.organizations, "Chelsea").mentions.len(), 3);
        // A person of that given name stays a person.
        let e = run("Chelsea Clinton spoke. Chelsea said the manager was right.");
        assert_eq!(names(&e.people), [("Chelsea Clinton", 2)]);
    }

    #[test]
    fn a_short_form_joins_one_company_only() {
        // "Westmarch" stands for one company; the other, named in full, stays apart.
        let e = run(
            "Westmarch Corp said it would expand. Westmarch said the plant would open in \
             1988. Its Westmarch Chemical Co unit was pleased. Westmarch added that sales rose.",
        );
        assert_eq!(e.organizations.len(), 2, "{:?}", e.organizations);
        assert_eq!(find(&e.organizations, "Westmarch Corp").mentions.len(), 3);
    }

    #[test]
    fn a_clubs_name_without_its_place_is_the_club() {
        let e = run(
            "Nomar Garciaparra joined the Chicago Cubs. The Cubs won 5-2. Reyes left Real \
             Madrid in May, and Real lost.",
        );
        assert_eq!(find(&e.organizations, "Chicago Cubs").mentions.len(), 2);
        assert_eq!(find(&e.organizations, "Real Madrid").mentions.len(), 2);
        // Not where two clubs of the article go by it.
        let e = run("Manchester United beat Newcastle United 2-0, and United were better.");
        assert_eq!(
            find(&e.organizations, "Manchester United").mentions.len(),
            1
        );
        assert_eq!(find(&e.organizations, "Newcastle United").mentions.len(), 1);
        // A club's plural last word is its nickname, before the full name or after it;
        // not where two clubs of the article share it.
        let e = run(
            "Dallaglio eyes Lions place\n\nLawrence Dallaglio hopes to tour with the British \
             and Irish Lions. The Lions coach said so.",
        );
        assert_eq!(
            find(&e.organizations, "British and Irish Lions")
                .mentions
                .len(),
            3,
            "{:?}",
            e.organizations
        );
        let e = run("The British and Irish Lions met the Detroit Lions, and the Lions won.");
        assert_eq!(
            find(&e.organizations, "British and Irish Lions")
                .mentions
                .len(),
            1
        );
    }

    #[test]
    fn a_demonym_after_the_opening_a_sentence_is_no_newspaper() {
        // "The Australian" names a newspaper; opening a sentence before a word in lower
        // case it is the adjective, or a person so described.
        for text in [
            "The deficit rose. The Australian government said the economy was strong.",
            "She won in three sets. The Australian was not to be denied.",
        ] {
            let e = run(text);
            assert!(
                e.organizations.iter().all(|o| o.kind != Some("media")),
                "{text}: {:?}",
                e.organizations
            );
        }
        // Inside a sentence, before a word for a newspaper, or a party's plural name.
        let e = run(
            "Ivo Pell was quoted by The Australian as saying so. The Australian newspaper \
             agreed. The Tories said nothing.",
        );
        assert_eq!(find(&e.organizations, "The Australian").mentions.len(), 2);
        find(&e.organizations, "Tories");
    }

    #[test]
    fn a_clubs_place_alone_is_the_club_in_a_sports_report() {
        // "Leeds have …", "Leeds chairman …" beside "Leeds United", where two clubs are named.
        let e = run(
            "Leeds United sold the striker to Everton on Friday. Outgoing Leeds chairman \
             Gerald Kessler said the deal was done. Leeds have also sold their ground.",
        );
        assert_eq!(find(&e.organizations, "Leeds United").mentions.len(), 3);
        // Not after a preposition of place, nor beside one club only, nor where two clubs
        // are named for the place.
        for (text, club) in [
            (
                "Leeds United sold the striker to Everton on Friday. He trained near Leeds.",
                "Leeds United",
            ),
            (
                "Cleveland raised $5m for the convention, which may use the Cleveland Browns \
                 stadium. Cleveland has spent more.",
                "Cleveland Browns",
            ),
            (
                "Manchester United beat Manchester City 2-0 and Everton lost. Manchester were \
                 happy.",
                "Manchester United",
            ),
        ] {
            let e = run(text);
            assert_eq!(find(&e.organizations, club).mentions.len(), 1, "{text}");
        }
    }

    #[test]
    fn a_place_word_that_is_a_surname_after_a_given_name_stays_a_person() {
        let e = run("Geoff Marsh scored 50 runs for Australia.");
        find(&e.people, "Geoff Marsh");
        let e = run("In that election, Edward Heath lost and failed to build a coalition.");
        find(&e.people, "Edward Heath");
        // Or listed beside a person though the tagger took it for a place.
        let e = run("Chelsea's John Terry and Wayne Bridge are also out, leaving the coach short.");
        find(&e.people, "Wayne Bridge");
        // Other place words still make places.
        let e = run("Police found the body near Hartwith Moor.");
        find(&e.places, "Hartwith Moor");
        // A given name opening the name is no place word ("Dale", "Glen", "Lane"), unless
        // it opens places too ("River") or comes after "the".
        let e = run(
            "Rain will come this week, according to Dale Mohler, a meteorologist. Glen \
             Johnson played at right back. They walked along the River Lagan. Homes were \
             flooded as River Aldwater burst its banks.",
        );
        find(&e.people, "Dale Mohler");
        find(&e.people, "Glen Johnson");
        find(&e.places, "River Lagan");
        find(&e.places, "River Aldwater");
    }

    #[test]
    fn a_ground_or_airport_is_one_place() {
        // Whatever the tagger made of it: nothing, a company in it, its last word alone.
        for (text, place) in [
            (
                "They won at the Olympic Stadium on Sunday.",
                "Olympic Stadium",
            ),
            (
                "Arsenal moved to the Emirates Stadium in 2006.",
                "Emirates Stadium",
            ),
            (
                "Fans packed the National Indoor Arena.",
                "National Indoor Arena",
            ),
            (
                "Flights left Los Angeles International Airport.",
                "Los Angeles International Airport",
            ),
            ("Outside Wembley Stadium, fans gathered.", "Wembley Stadium"),
            (
                "Sydney\u{2019}s Olympic Stadium is full.",
                "Olympic Stadium",
            ),
            // Known venues of more than one word, found or not.
            (
                "Fans packed into Melbourne Cricket Ground on Saturday.",
                "Melbourne Cricket Ground",
            ),
            ("The final is at the Stade de France.", "Stade de France"),
        ] {
            let e = run(text);
            find(&e.places, place);
            assert!(
                e.organizations.is_empty() || text.starts_with("Arsenal"),
                "{text}"
            );
        }
        // Not a company named after one.
        let e = run("The Manchester Airport Group said profits rose.");
        find(&e.organizations, "Manchester Airport Group");
        assert!(e.places.iter().all(|p| p.name != "Manchester Airport"));
    }

    #[test]
    fn a_possessor_of_a_person_is_their_team_or_firm() {
        let e = run("Coleraine's Stephen Bucks and Bernstein's Sandi Sweeney spoke.");
        find(&e.organizations, "Coleraine");
        find(&e.organizations, "Bernstein");
        // Not a person of the article.
        let e = run("Barack Obama spoke. Obama's Eric Holder agreed.");
        assert_eq!(find(&e.people, "Barack Obama").mentions.len(), 2);
    }

    #[test]
    fn a_judge_title_is_no_part_of_the_name() {
        let e = run(
            "Justice Antonin Scalia dissented, and Chief Justice John Roberts agreed. Later \
             Justice Scalia said more.",
        );
        assert_eq!(
            names(&e.people),
            [("Antonin Scalia", 2), ("John Roberts", 1)]
        );
    }

    #[test]
    fn new_inside_a_sentence_is_part_of_the_name() {
        let e = run("The film-maker will meet executives from New Line Cinema this week.");
        find(&e.organizations, "New Line Cinema");
        // Not before a name the gazetteer knows: "New Labour" is Labour.
        let e = run("Voters turned away from New Labour, and Labour lost.");
        find(&e.organizations, "Labour");
        // Not an adjective opening a sentence.
        let e = run("New Palantir contracts were signed. Palantir said so.");
        find(&e.organizations, "Palantir");
    }

    #[test]
    fn a_possessive_before_a_title_is_no_part_of_the_name() {
        let e = run("He criticised quiz shows like the BBC's They Think It's All Over on Monday.");
        let bbc = find(&e.organizations, "BBC");
        assert!(bbc.mentions.iter().all(|m| m.text == "BBC"), "{bbc:?}");
    }

    #[test]
    fn a_state_by_its_form_is_one_place() {
        let e = run(
            "ZURICH, April 9 - The Kingdom of Belgium is launching 100 mln Swiss francs of notes.",
        );
        find(&e.places, "Kingdom of Belgium");
        none_named(&e.organizations, &["Kingdom"]);
    }

    #[test]
    fn a_company_named_for_two_is_one() {
        let e =
            run("CLEVELAND, March 11 - Lamson and Sessions Co said it has decided to sell a unit.");
        find(&e.organizations, "Lamson and Sessions Co");
        // Two known names stay two.
        let e = run("Shares of Ford and Chrysler Corp fell on Monday.");
        find(&e.organizations, "Ford");
    }

    #[test]
    fn plural_weekdays_are_no_names() {
        let e = run("Ras Kwame hosts on Wednesdays and Rob Da Bank on Saturdays.");
        let all = name_list(&e.people);
        assert!(!all.iter().any(|n| n.ends_with("days")), "{all:?}");
    }

    #[test]
    fn an_honorific_stands_before_a_surname() {
        // "Mr Howard" is another Howard than Howard Flight; "Sir Alex" is Alex Ferguson.
        let e = run(
            "Sacked MP Howard Flight's local association met. Howard Flight said he was sorry. \
             At a news conference, Mr Howard insisted he had played by the rules.",
        );
        let flight = find(&e.people, "Howard Flight");
        assert!(
            flight.mentions.iter().all(|m| m.text != "Howard"),
            "{flight:?}"
        );
        let e = run("Sir Alex Ferguson spoke. Sir Alex said his side would win.");
        assert_eq!(find(&e.people, "Alex Ferguson").mentions.len(), 2);
        // A surname written first ("Kim" is also a given name elsewhere).
        let e = run(
            "\"Demand will fall,\" said Kim Yungmin, an equity strategist at Dongwon. \
             \"They have been stalling,\" said Mr Kim.",
        );
        assert_eq!(
            find(&e.people, "Kim Yungmin").mentions.len(),
            2,
            "{:?}",
            e.people
        );
    }

    #[test]
    fn an_honorific_is_not_part_of_the_name() {
        // However the tagger reads the words around it.
        for (text, name) in [
            (
                "The judge threw out the suit by Mrs. Jones, a former Arkansas state employee.",
                "Jones",
            ),
            (
                "The story is told by Siegel, Ms. Wertheimer and Ms. Taylor.",
                "Taylor",
            ),
            (
                "Sir Alex Ferguson said his side would win.",
                "Alex Ferguson",
            ),
            // Malaysia's conferred titles, as "Sir".
            (
                "Datuk Hon Choon Kim (BN-Seremban) asked about the water supply.",
                "Hon Choon Kim",
            ),
            (
                "The committee was led by Datuk Mahbud Hashim (BN-Sabak Bernam).",
                "Mahbud Hashim",
            ),
        ] {
            let e = run(text);
            let p = find(&e.people, name);
            assert!(p.mentions.iter().all(|m| m.text == name), "{text}: {p:?}");
        }
        // A company named so keeps it.
        let e = run(
            "Mr. Rooter Corp said it rescinded a recent agreement. Since then, Mr. Rooter \
             said, it discovered additional information.",
        );
        assert!(e.people.is_empty(), "{:?}", e.people);
        // A full name is the person's whom the honorific names, whatever the tagger made
        // of it.
        let e = run(
            "The minister faced a question from Liberal Democrat constitutional affairs \
             spokesman David Heath. Mr Heath said the judgement was damning.",
        );
        assert_eq!(
            find(&e.people, "David Heath").mentions.len(),
            2,
            "{:?}",
            e.people
        );
        // A role before it is still the person's.
        let e = run("On Friday, Federal Reserve chairman Mr Greenspan spoke in London.");
        let p = find(&e.people, "Greenspan");
        assert_eq!(
            (p.roles.clone(), p.organizations.clone()),
            (
                vec!["chairman".to_string()],
                vec!["Federal Reserve".to_string()]
            )
        );
    }

    #[test]
    fn descriptions_and_roles() {
        let e = run(
            "Staff protested outside the office of US tech firm Palantir. Palantir CEO and co-founder Alex Karp declined to comment.",
        );
        let p = find(&e.organizations, "Palantir");
        assert_eq!(p.descriptions, vec!["US tech firm"]);
        assert_eq!(p.kind, Some("company"));
        let k = find(&e.people, "Alex Karp");
        assert_eq!(k.roles, vec!["CEO", "co-founder"]);
        assert_eq!(k.organizations, vec!["Palantir"]);
        let e = run("“We will win,” said Alex Karp, Palantir’s chief executive, on Tuesday.");
        let k = find(&e.people, "Alex Karp");
        assert_eq!(k.roles, vec!["chief executive"]);
        assert_eq!(k.organizations, vec!["Palantir"]);
        // An organisation's name between "the" and the role of an apposition; not in a
        // clause after the name ("…, a Treasury spokesman said").
        let e = run("James Baker, the Treasury Secretary, met them on Monday.");
        let k = find(&e.people, "James Baker");
        assert_eq!(k.roles, vec!["Secretary"]);
        assert_eq!(k.organizations, vec!["Treasury"]);
        let e = run("It will host Prime Minister Yasuhiro Nakasone, a Treasury spokesman said.");
        let k = find(&e.people, "Yasuhiro Nakasone");
        assert!(k.organizations.is_empty(), "{:?}", k.organizations);
        // A religious office written as a title is a role too (not an honorific).
        let e = run("Archbishop Ambrose Telford and Mr Owen Pell led the service.");
        assert_eq!(find(&e.people, "Ambrose Telford").roles, vec!["Archbishop"]);
        assert!(find(&e.people, "Owen Pell").roles.is_empty());
        // A possessive only with its owner ("Japan's", "farmers'", not "Labour's"), and
        // not across the end of a sentence (a headline's last words).
        let e = run(
            "Shares fall on job cuts\n\nJapan's top car maker Toyota grew. So did the \
             farmers' union NFU. Labour's advertising agency TBWA was blamed.",
        );
        let d = |name: &str| find(&e.organizations, name).descriptions.clone();
        assert_eq!(d("Toyota"), vec!["Japan's top car maker"]);
        assert_eq!(d("NFU"), vec!["farmers' union"]);
        assert_eq!(d("TBWA"), vec!["advertising agency"]);
        // ... and its modifier may tell the type ("agency" alone is a government's).
        let ty = |name: &str| find(&e.organizations, name).kind;
        assert_eq!(ty("TBWA"), Some("company"));
        let e = run("The state news agency Tanjug said so. The space agency Roscosmos agreed.");
        assert_eq!(find(&e.organizations, "Tanjug").kind, Some("media"));
        assert_eq!(find(&e.organizations, "Roscosmos").kind, Some("government"));
        let e = run("Firm hit by job cuts\n\nUS phone company Qwest will cut 500 jobs.");
        assert_eq!(
            find(&e.organizations, "Qwest").descriptions,
            vec!["US phone company"]
        );
        // A sentence's first word, capitalised only for that, is part of it.
        let e = run("Oil firm Yukos said so. Ratings agency Moody's cut its outlook.");
        let d = |name: &str| find(&e.organizations, name).descriptions.clone();
        assert_eq!(d("Yukos"), vec!["Oil firm"]);
        assert_eq!(d("Moody's"), vec!["Ratings agency"]);
    }

    #[test]
    fn overlapping_repairs_do_not_panic() {
        // Legal suffixes after commas next to other names (", LP." and ", Inc").
        for text in [
            "NEW YORK - Harwell, Dunmore and Pike\nInc said its Harwell Growth Partners II,\nLP. fund closed.",
            "Quill, Ink & Co, Inc, Ltd. and Brands, Inc said so.",
            "Foo's, Inc's & AMP; Bar Ltd, LLC's, Co.",
        ] {
            let e = run(text);
            for list in [&e.organizations, &e.people, &e.places] {
                for ent in list {
                    for m in &ent.mentions {
                        assert_eq!(m.span.slice(text), m.text);
                    }
                }
            }
        }
    }

    #[test]
    fn known_venues_are_places() {
        let e = run(
            "The game is played at Murrayfield. Liverpool lost at Anfield, and Real Madrid \
             won at the Bernabeu.",
        );
        for venue in ["Murrayfield", "Anfield", "Bernabeu"] {
            find(&e.places, venue);
        }
        none(&e.people);
    }

    #[test]
    fn institutions_and_buildings_named_for_people_are_no_people() {
        let e = run(
            "She was treated at the Princess Grace Hospital. The show opened at the Prince \
             Edward Theatre, and the Ruben Berta Foundation paid.",
        );
        find(&e.organizations, "Princess Grace Hospital");
        find(&e.organizations, "Ruben Berta Foundation");
        find(&e.places, "Prince Edward Theatre");
        none(&e.people);
        // A bank named for a person or a place.
        for (text, bank) in [
            (
                "Saudi lenders including Riyad Bank and Al Rajhi joined the loan.",
                "Riyad Bank",
            ),
            ("He said Irving Bank would buy it.", "Irving Bank"),
        ] {
            let e = run(text);
            find(&e.organizations, bank);
            none(&e.people);
        }
        // So is a compound of a bank, newspaper or company, unless a person's surname.
        let e = run(
            "Kommerzialbank said loans rose, the Boersenzeitung reported. Dana Milbank \
             wrote it; Milbank said so.",
        );
        find(&e.organizations, "Kommerzialbank");
        find(&e.organizations, "Boersenzeitung");
        assert_eq!(find(&e.people, "Dana Milbank").mentions.len(), 2);
        // A person listed beside people keeps a surname that ends institutions' names.
        let e = run("The leaders were Ross McFarlane, Domingo Hospital (Spain), Seve Ballesteros.");
        find(&e.people, "Domingo Hospital");
    }

    #[test]
    fn known_bands_are_organisations() {
        let e = run(
            "Franz Ferdinand won the Mercury prize on Tuesday, beating Snow Patrol and \
             Scissor Sisters. Franz Ferdinand's album sold well.",
        );
        assert_eq!(find(&e.organizations, "Franz Ferdinand").mentions.len(), 2);
        find(&e.organizations, "Snow Patrol");
        find(&e.organizations, "Scissor Sisters");
        none_contains(&e.people, "Ferdinand");
        // Not after a title.
        let e = run("Archduke Franz Ferdinand was shot in Sarajevo in 1914.");
        none_contains(&e.organizations, "Ferdinand");
        // Found where the tagger saw nothing, with "The" when the name has it; not inside
        // a longer name ("Abba Gold", an album).
        let e = run(
            "Rock band U2's latest album sold well. In addition to Green Day, songs by The \
             Streets charted. The Abba Gold album charted too.",
        );
        for band in ["U2", "Green Day", "The Streets"] {
            find(&e.organizations, band);
        }
        none_contains(&e.organizations, "Abba");
        // A name the tagger read inside a band's gives way to the band's whole name.
        let e = run(
            "The top five includes Led Zeppelin, Maroon 5 and Queens of the Stone Age; \
             Destiny's Child came next.",
        );
        for band in [
            "Led Zeppelin",
            "Maroon 5",
            "Queens of the Stone Age",
            "Destiny's Child",
        ] {
            find(&e.organizations, band);
        }
        none_contains(&e.places, "Zeppelin");
        none_contains(&e.people, "Destiny");
    }

    #[test]
    fn the_town_of_a_name_makes_it_a_place() {
        let e = run(
            "Rebels attacked the town of Soweida on Monday. Soweida residents fled. The \
             village of Hardon was flooded, and Hardon's mayor spoke.",
        );
        assert_eq!(find(&e.places, "Soweida").mentions.len(), 2);
        assert_eq!(find(&e.places, "Hardon").mentions.len(), 2);
        none(&e.people);
        // Both of two joined by "and".
        let e =
            run("They came to work in the mining towns of Kessbury and Tressford on the island.");
        find(&e.places, "Tressford");
    }

    #[test]
    fn geographic_words_make_places() {
        let e = run("Water levels on the River Tallow rose overnight near Brackmoor Fell.");
        none(&e.people);
        find(&e.places, "River Tallow");
        // The word of an administrative area ends a place's name.
        let e = run(
            "It drilled wells in its Tuscarawas and Harrison County, Ohio area and in \
                     Vermillion Parish, Louisiana.",
        );
        none(&e.people);
        find(&e.places, "Harrison County");
        find(&e.places, "Vermillion Parish");
    }

    #[test]
    fn an_honorific_makes_a_person() {
        // Names the tagger may read as organisations: an honorific settles it.
        let e =
            run("It has the power to bar him but Mr Livingstone said: “No.” Lady Arden agreed.");
        let orgs = names(&e.organizations);
        assert!(orgs.is_empty(), "{orgs:?}");
        for n in ["Livingstone", "Arden"] {
            assert!(
                e.people.iter().any(|p| p.name.ends_with(n)),
                "{n}: {:?}",
                names(&e.people)
            );
        }
    }

    #[test]
    fn a_firm_named_for_two_people_with_a_comma_is_one_firm() {
        let e = run(
            "The offering was led by Goldman, Sachs and Co and Dillon, Read and Co. \
             Lenders included Citicorp, J.P. Morgan and Co. and Chemical Bank. On Thursday, \
             Bear Stearns said it agreed.",
        );
        let orgs = name_list(&e.organizations);
        for o in [
            "Goldman, Sachs and Co",
            "Dillon, Read and Co.",
            "Citicorp",
            "J.P. Morgan and Co.",
        ] {
            assert!(orgs.contains(&o), "{o}: {orgs:?}");
        }
        assert!(!orgs.iter().any(|o| o.starts_with("Thursday")), "{orgs:?}");
    }

    #[test]
    fn a_remit_of_two_parts_is_one_name() {
        let e = run(
            "Members of the National Association of Broadcast Employees and Technicians \
             struck. The Alabama Bureau of Tourism and Travel paid. The Ministry of Defence \
             and Nato agreed. The University of Chicago and John Smith said. The banks are \
             First National Bank of Schiller Park and Merchants and Manufacturers State Bank.",
        );
        let orgs = name_list(&e.organizations);
        for o in [
            "National Association of Broadcast Employees and Technicians",
            "Alabama Bureau of Tourism and Travel",
            "Ministry of Defence",
            "Nato",
            "University of Chicago",
            "First National Bank of Schiller Park",
        ] {
            assert!(orgs.contains(&o), "{o}: {orgs:?}");
        }
        find(&e.people, "John Smith");
        none(&e.places);
    }

    #[test]
    fn first_level_divisions_are_places() {
        // Names the tagger has not seen, which it read as people or organisations.
        let e = run(
            "Rains hit the provinces of La Pampa, Entre Rios and Misiones. Growers in \
             Iringa, Ruvuma and Rukwa said the harvest was late. Officials in Phrae, \
             Chainat and Rayong agreed.",
        );
        none(&e.organizations);
        none(&e.people);
        for p in [
            "La Pampa",
            "Entre Rios",
            "Misiones",
            "Iringa",
            "Ruvuma",
            "Rukwa",
            "Phrae",
            "Chainat",
            "Rayong",
        ] {
            find(&e.places, p);
        }
    }

    #[test]
    fn a_country_is_a_place() {
        // Even after a party named for it, whose first word the tagger would carry over.
        let e = run("The UK Independence Party (UKIP) met. UKIP said the UK public wanted a vote.");
        assert_eq!(names(&e.organizations), vec![("UK Independence Party", 3)]);
        find(&e.places, "UK");
        // A country that acts is still the place (CoNLL's convention); so is a state's
        // abbreviation in a dateline, in capitals.
        let e = run("Germany said it would not pay. Michael Jordan said he would play on.");
        find(&e.places, "Germany");
        find(&e.people, "Michael Jordan");
        let e = run("The Philippines said it would repay its debt.");
        none(&e.organizations);
        find(&e.places, "The Philippines");
        let e = run("CHICAGO, ILL., March 3 - Sears Roebuck said it would buy the firm.");
        assert_eq!(names(&e.organizations), vec![("Sears Roebuck", 1)]);
        find(&e.places, "ILL.");
    }

    #[test]
    fn a_name_that_ends_the_text() {
        // Rules that look at the words after a name must stop at the end of the text.
        for text in [
            "Laszlo Sebesvari left Tavrin",
            "Tavrin",
            "He met Tavrin general",
        ] {
            let e = run(text);
            assert!(
                e.people.len() + e.organizations.len() + e.places.len() >= 1,
                "{text}"
            );
        }
    }

    #[test]
    fn typing_table() {
        // (text, where the mention starts (the first occurrence of this text), type of the
        // mention there: "org", "per" or "loc")
        let cases: &[(&str, &str, &str)] = &[
            // A dateline is a place, even when the city's team is the story.
            (
                "SOCCER - LEADERS HELD AT HOME.\nHALVERTON 1996-08-22\nHalverton drew 1-1 with Tressby on Saturday. Halverton remain top of the table.",
                "HALVERTON",
                "loc",
            ),
            // ... also with the date on a line of its own.
            (
                "Tressby Group raises dividend.\nTRESSBY, Pa.\n1996-08-28\nTressby Group Inc said on Wednesday it raised its quarterly dividend. Tressby shares rose.",
                "TRESSBY",
                "loc",
            ),
            // ... or with the day after a comma.
            (
                "TRESSBY, March 3 - Tressby Corp said on Tuesday it would cut 200 jobs. Tressby shares fell 3 percent.",
                "TRESSBY",
                "loc",
            ),
            // ... or in title case before the day.
            (
                "TRESSBY GOLD SAYS STOCK RISE DUE TO DRILLING\nTressby, March 11 - Tressby Gold Mines Ltd said its shares rose.",
                "Tressby, March",
                "loc",
            ),
            // ... and with a region between: both are places.
            (
                "TRESSBY GOLD SAYS SHARES ROSE\nHALVERTON, Del., March 11 - Tressby Gold Mines Ltd said its shares rose.",
                "Del.,",
                "loc",
            ),
            // ... and capitals the tagger left out at the start of its line are part of
            // the place.
            (
                "HALVERTON MILLS SEES PROFIT\nSURFERS PARADISE, Australia, March 24 - Halverton Mills Ltd said profit rose.",
                "SURFERS PARADISE",
                "loc",
            ),
            // ... and a one-word name in the story that the votes would make a person is
            // the place ...
            (
                "Troops take town.\nKARDOVA, Tajikistan 1996-08-30\nGovernment troops took Kardova after driving out rebels. He said his troops took Kardova without casualties. Kardova, 200 km (120 miles) east of the capital, was in ruins. Kardova is now inhabited only by a few old men.",
                "Kardova is",
                "loc",
            ),
            // ... unless a person in the story has it as a surname.
            (
                "Mayor defends budget.\nKARDOVA, Tajikistan 1996-08-30\nMayor Ivan Kardova defended the budget on Friday. Kardova said the town had no money. Kardova is now in his third term.",
                "Kardova is",
                "per",
            ),
            // ... and its namesakes in the story stay what they were.
            (
                "KESSLING (AP) _ Kessling beat Dunmore 2-0 on Sunday. Kessling lead the league by three points.",
                "Kessling",
                "org",
            ),
            // A role held in a company, after a word that qualifies roles and before a
            // name, makes the one-word name before it the company ...
            (
                "Cofinec said Tavrin acting manager Laszlo Sebesvari had resigned and will be leaving Tavrin.",
                "Tavrin",
                "org",
            ),
            // ... not after a word that ties the role to a person's cause.
            (
                "Reed met Kestova campaign manager Peter Knight on Friday. Kestova said he would debate.",
                "Kestova",
                "per",
            ),
            // ... and so does the role before "of".
            (
                "Laszlo Sebesvari will remain as chief executive officer of Kestova until May. Kestova said profits fell.",
                "Kestova",
                "org",
            ),
            // An apposition after a name's possessive that describes organisations makes
            // a company ...
            (
                "Tressby, Canada's state-owned oil company, said it will drill two wells. Tressby estimates reserves of 70 mln barrels, Tressby said.",
                "Tressby",
                "org",
            ),
            // ... not one that describes people.
            (
                "Tressby, Canada's finance minister, said he would cut taxes. Tressby expects growth, Tressby said.",
                "Tressby",
                "per",
            ),
            // A legal form ends a company's name, whatever the words before it.
            (
                "Andrew Harvey Ltd said on Monday it had sold its stake to Jim Walter Corp for 5 mln stg.",
                "Jim Walter Corp",
                "org",
            ),
            // A word that ends only companies' names makes a company of a name the
            // tagger read as a place or a person.
            (
                "Prices firmed, said Ian Dobbs, a trader at Kelmar Financial.",
                "Kelmar Financial",
                "org",
            ),
            // ... and a given name before it alone is the company's short form, unless a
            // person of that name is in the article.
            (
                "Hollis Petroleum said it found oil in the new field. Output will start next year, Hollis said.",
                "Hollis said",
                "org",
            ),
            // A stock ticker makes a company of the name before it (in capitals only).
            (
                "Shares of Lucy Grant <LGR> rose on Monday.",
                "Lucy Grant",
                "org",
            ),
            (
                "Shares of Lucy Grant <lgr> rose on Monday.",
                "Lucy Grant",
                "per",
            ),
            // A club the gazetteer knows whose name is also a given name is the club in an
            // article that names another club ...
            (
                "Everton were held at home, and Chelsea dropped two points on Saturday.",
                "Chelsea",
                "org",
            ),
            // ... unless a person of the article has the name.
            (
                "Chelsea Clinton and Everton fans met. Chelsea dropped two points.",
                "Chelsea dropped",
                "per",
            ),
            // An apposition whose head describes organisations makes one of the name.
            (
                "Prices rose, said an analyst at Quarvex, an umbrella organization for software makers.",
                "Quarvex",
                "org",
            ),
            (
                "Shares of Delvane, a drug maker based in Ohio, rose.",
                "Delvane",
                "org",
            ),
            // (also before a relative pronoun)
            (
                "The figures were released by Vexlo, a firm that tracks donations.",
                "Vexlo",
                "org",
            ),
            // (not a phrase of "of", nor a person's description)
            (
                "Halbrook, a company spokesman, said it. Storms hit Tessby, a group of villages.",
                "Halbrook",
                "per",
            ),
            // A name defined by its acronym in brackets is no person's.
            (
                "Grain merchant Kelvor Rand Midland (KRM) said profits rose. KRM shares fell.",
                "Kelvor Rand Midland",
                "org",
            ),
            // A member's seat is a place, with a second name after "and".
            (
                "Ann Roe, the Labour MP for Halverton and Tressby North, said it.",
                "Halverton and Tressby North",
                "loc",
            ),
            // ... and so is one before "by-election" (not a party's name).
            (
                "He spoke during last September's Hartlepool by-election campaign.",
                "Hartlepool",
                "loc",
            ),
            ("The Labour by-election candidate lost.", "Labour", "org"),
            // A legal form grown into a one-word name makes a company.
            (
                "Keswickcorp said on Monday it would raise its prime rate.",
                "Keswickcorp",
                "org",
            ),
            // An ampersand between two given names joins two people, not a company.
            (
                "Gross tweeted that he would tell Jim & Sarah about the vote.",
                "Jim & Sarah",
                "per",
            ),
            // A role held in a club or company, then a name: the one-word name before it
            // is the club's, for the whole document.
            (
                "Chelsea lost to Arsenal on Saturday. Chelsea said it was unlucky. Chelsea manager Jose Mourinho was angry.",
                "Chelsea",
                "org",
            ),
            // An honorific makes a person of what the tagger took for a place.
            (
                "London mayor Ken Livingstone has again refused to retract an insult.\n\nLabour's Mr Livingstone, who says he is standing by his remarks, spoke on Monday.",
                "Livingstone, who",
                "per",
            ),
            // A description of an organisation before a one-word name types it for the
            // whole document.
            (
                "Yukos said on Monday it would appeal. Yukos said the sale was illegal. The oil firm Yukos has been forced to sell its main unit.",
                "Yukos",
                "org",
            ),
            // ... or in apposition after it, or called so.
            (
                "He is to launch his own party, Veritas, on Wednesday. Veritas will stand in every seat.",
                "Veritas will",
                "org",
            ),
            (
                "Mr Smith founded a small company called Arnwood. Arnwood now employs 40.",
                "Arnwood now",
                "org",
            ),
            // A name the gazetteer knows only as an organisation keeps its type.
            (
                "UNITED NATIONS (AP) _ The United Nations said on Friday it would send aid.",
                "UNITED NATIONS",
                "org",
            ),
            // "The" with its capital inside a sentence belongs to the name.
            (
                "The mayor told The Westbury Gazette that the plan was dead.",
                "The Westbury Gazette",
                "org",
            ),
            // ... and "THE" before a name on a line of its own (a heading).
            (
                "PRESS DIGEST - Westmark - Aug 22.\nTHE CLARION\n- The council approved a new budget for schools.",
                "THE CLARION",
                "org",
            ),
            // A month that is a person's given name stays in the name.
            (
                "Jan Kowalczyk won the final in straight sets, and Kowalczyk thanked the crowd.",
                "Jan Kowalczyk",
                "per",
            ),
            // After "in" or "at", a known place is the place, not its team.
            (
                "Leeds beat Hull 2-0 on Saturday and Leeds stay top. Two fans were arrested at Leeds after the match.",
                "Leeds after",
                "loc",
            ),
        ];
        for (text, mention, ty) in cases {
            let e = run(text);
            let at = text.find(mention).unwrap();
            let found: Vec<(usize, &str)> = [
                ("org", &e.organizations),
                ("per", &e.people),
                ("loc", &e.places),
            ]
            .into_iter()
            .flat_map(|(t, list)| {
                list.iter()
                    .flat_map(move |x| x.mentions.iter().map(move |m| (m.span.start, t)))
            })
            .filter(|(m, _)| *m == at)
            .collect();
            assert!(
                !found.is_empty() && found.iter().all(|(_, t)| t == ty),
                "{mention:?} should be {ty}, got {found:?} in {text:?}"
            );
        }
    }

    #[test]
    fn where_someone_with_a_role_works_is_an_organisation() {
        let e = run("Jane Roe, an economist at Quervan, said so.");
        assert_eq!(names(&e.organizations), vec![("Quervan", 1)]);
        let e =
            run("The former director of religious publishing at Brindell, Cahill wrote a book.");
        assert_eq!(names(&e.organizations), vec![("Brindell", 1)]);
        // Staff beyond the roles of the tagger's lists.
        let e = run("Malcolm Seagrave, security expert at Brindell, said so.");
        assert_eq!(names(&e.organizations), vec![("Brindell", 1)]);
        // Not a place someone was at.
        let e = run("He met the director at Heathrow.");
        none(&e.organizations);
    }

    #[test]
    fn a_partnership_does_not_take_in_the_place_before_it() {
        let e =
            run("Analysts at Donaldson, Lufkin & Jenrette said so. In Paris, Dupont & Co said so.");
        assert_eq!(
            names(&e.organizations),
            vec![("Donaldson, Lufkin & Jenrette", 1), ("Dupont & Co", 1)]
        );
        assert_eq!(names(&e.places), vec![("Paris", 1)]);
    }

    #[test]
    fn a_name_and_co_is_one_firm() {
        // The tagger reads the name before "and" as a person's and "Co Ltd" (or
        // "Partners of Boston") as a name of its own: one firm, up to its legal forms.
        let e = run(
            "Bullion bankers Harold Penwick and Co Ltd said prices would rise. Shares were \
             sold by Ivo Brandt and Co., L.P. last week. The designers Greta Holm and \
             Partners of Boston won.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![
                ("Harold Penwick and Co Ltd", 1),
                ("Ivo Brandt and Co., L.P.", 1),
                ("Greta Holm and Partners", 1)
            ]
        );
        assert!(e.people.is_empty(), "{:?}", names(&e.people));
        assert_eq!(names(&e.places), vec![("Boston", 1)]);
    }

    #[test]
    fn a_firm_named_for_a_person_keeps_the_given_name() {
        // The tagger reads the given name as a person's and the rest as a company.
        let e = run(
            "Analysts said Mark IV Industries Inc would bid again. It was sold through Alex. \
             Quarrington and Sons Inc.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![
                ("Mark IV Industries Inc", 1),
                ("Alex. Quarrington and Sons Inc.", 1)
            ]
        );
        assert!(e.people.is_empty(), "{:?}", names(&e.people));
        // Not a name without a legal form, nor a sentence's end.
        let e = run("He dined at the Clinton White House. Ms Finger said so. Wanadoo Ltd agreed.");
        find(&e.organizations, "White House");
        find(&e.organizations, "Wanadoo Ltd");
        find(&e.people, "Finger");
    }

    #[test]
    fn a_part_of_a_company_and_its_parent_are_companies() {
        let e = run("The book was published by Hyperion, a unit of Walt Disney Co., last year.");
        assert_eq!(
            names(&e.organizations),
            vec![("Hyperion", 1), ("Walt Disney Co.", 1)]
        );
        let e = run("Qorvane Labs bought Zentrix, a spinoff of Idealab, in May.");
        assert_eq!(
            names(&e.organizations),
            vec![("Qorvane Labs", 1), ("Zentrix", 1), ("Idealab", 1)]
        );
        // Not a definite phrase after a person's name, nor a geographic arm.
        let e = run(
            "Analyst Mark Boyar said so. According to Boyar, the licensing division \
            of Playboy is worth more.",
        );
        assert_eq!(names(&e.people), vec![("Mark Boyar", 2)]);
        let e = run("It sits on the northeast arm of Great Slave Lake.");
        assert_eq!(names(&e.places), vec![("Great Slave Lake", 1)]);
    }

    #[test]
    fn ordinary_words_opening_a_sentence_are_not_names() {
        let e = run(
            "The racing tycoons bought in. Through their holding company they own 28.9% \
            of the club. Much of the collection will be sold. Veteran actor Morgan Freeman won.",
        );
        let all = all_names(&e);
        assert_eq!(all, vec!["Morgan Freeman"]);
        // Nor at the start of a longer name.
        let e = run("Often Pipex and other suppliers get warnings. Then Roddick served.");
        let all = all_names(&e);
        assert!(
            all.contains(&"Pipex") && all.contains(&"Roddick"),
            "{all:?}"
        );
        assert!(
            !all.iter()
                .any(|n| n.starts_with("Often") || n.starts_with("Then"))
        );
        // Nor is a verb giving an order.
        let e = run("Take the M25 or the A1 instead. Click here to vote. Imagine the scene.");
        assert!(all_names(&e).is_empty(), "{:?}", all_names(&e));
        // Nor a sentence adverb before its comma or a name.
        let e = run("Anyway, I managed another run. Eventually Asimo walked. Sadly, it fell.");
        assert_eq!(all_names(&e), vec!["Asimo"], "{:?}", all_names(&e));
        // Nor a title's plural: the people who hold it.
        let e =
            run("Rabbis said the vote was wrong. Judges ruled on Monday. Imams called for calm.");
        assert!(all_names(&e).is_empty(), "{:?}", all_names(&e));
        // A word that says what a company is, at the start of the sentence, is no word of
        // its name.
        let e = run(
            "Rival Sony has said it will launch. Retailer Marks & Spencer said profits \
             rose. Ailing EuroDisney said so.",
        );
        let all = all_names(&e);
        for name in ["Sony", "Marks & Spencer", "EuroDisney"] {
            assert!(all.contains(&name), "{all:?}");
        }
        // Not where the word is a name: before a legal form, or inside a sentence.
        let e = run("Fewer Inc said profits rose. Analysts at Fewer Inc agreed.");
        assert_eq!(names(&e.organizations), vec![("Fewer Inc", 2)]);
        // Before a comma too ("Likewise, …"), unless a person of the article has the word
        // in a full name.
        let e = run(
            "Prices rose. Likewise, wages rose. Altogether, costs fell. Further, rents \
             fell. He read a book by Edward Said on the talks. Said, a scholar, spoke.",
        );
        assert_eq!(all_names(&e), vec!["Edward Said"]);
    }

    #[test]
    fn people_the_tagger_reads_as_other_things() {
        // A president's name before "Administration" is the president (as "the Reagan
        // administration"); a name after a title is a person's; a given name and a place
        // word, after a role noun or before a verb of saying, is a person's.
        let e = run(
            "The Reagan Administration opposed the plan, and the Federal Aviation \
             Administration agreed. South Korean Trade Minister Rha Woong Bae said so. \
             Yukos spokesman Mike Lake told reporters. They sailed on Wolf Lake.",
        );
        let people: Vec<&str> = e.people.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(people, ["Reagan", "Rha Woong Bae", "Mike Lake"]);
        find(&e.organizations, "Federal Aviation Administration");
        find(&e.places, "Wolf Lake");
    }

    #[test]
    fn a_known_name_with_a_legal_form_is_the_same_company() {
        // The gazetteer knows "Boeing" and "McDonald's": with "Co" or "Corp" after them the
        // article names the same company, one entity under the fullest name.
        let e = run(
            "Boeing Co said orders rose. Shares of McDonald's Corp fell. Boeing and \
             McDonald's both said so.",
        );
        assert_eq!(
            names(&e.organizations),
            vec![("Boeing Co", 2), ("McDonald's Corp", 2)]
        );
        // So with a few words of its own before the legal form, when no other name starts
        // so; not a regional or financial arm.
        let e = run("Ford Motor Co said sales rose. Ford said so.");
        assert_eq!(names(&e.organizations), vec![("Ford Motor Co", 2)]);
        // (a known name of two words or more too)
        let e = run("Moody's Investors Service Inc cut its rating. Moody's said so.");
        assert_eq!(
            names(&e.organizations),
            vec![("Moody's Investors Service Inc", 2)]
        );
        // A name the gazetteer does not know before "and Co" and a legal form too.
        let e = run("Morgan Grenfell and Co Ltd advised it. Morgan Grenfell said so.");
        assert_eq!(
            names(&e.organizations),
            vec![("Morgan Grenfell and Co Ltd", 2)]
        );
        let e = run("Volvo Finance North America Inc said so. Volvo said so.");
        assert_eq!(
            names(&e.organizations).len(),
            2,
            "{:?}",
            names(&e.organizations)
        );
    }

    #[test]
    fn an_analysts_firm_is_an_organisation() {
        // After "analyst with" / "economist at", the firm, with a partner after "and"; not
        // the person a president is replaced "with".
        let e = run(
            "Jeffrey Canin, computer analyst with Hambrecht and Quist, said so. The firm \
             replaced him as president with Stephen Fischer.",
        );
        find(&e.organizations, "Hambrecht and Quist");
        let people: Vec<&str> = e.people.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(people, ["Jeffrey Canin", "Stephen Fischer"]);
    }

    #[test]
    fn wire_copy_abbreviations_are_no_names() {
        // Units, scales and table labels of wire copy: no word of a name; one opening a
        // name is cut off it.
        let e = run(
            "Reserves fell to 7.15 billion N.Z. Dlrs in January.\n    Nine Mths\n    \
             Shr 21 cts vs 42 cts\n    Shr Royal Dutch Petroleum Co rose.",
        );
        let all = all_names(&e);
        assert!(
            !all.iter().any(|n| n.contains("Dlrs") || n.contains("Mths")),
            "{all:?}"
        );
        assert!(all.contains(&"Royal Dutch Petroleum Co"), "{all:?}");
    }

    #[test]
    fn a_firm_named_after_its_partners_is_one_organisation() {
        let e = run(
            "Donaldson, Lufkin and Jenrette Securities Corp said it would buy the \
            shares from Acme Inc.",
        );
        find(
            &e.organizations,
            "Donaldson, Lufkin and Jenrette Securities Corp",
        );
        none(&e.people);
        // Not an adverb opening the sentence, nor a list of firms.
        let e = run(
            "Separately, Lufkin Inc said so. Jenrette, United Technologies Corp and \
            others agreed.",
        );
        let orgs = name_list(&e.organizations);
        assert!(
            !orgs.iter().any(|o| o.starts_with("Separately")),
            "{orgs:?}"
        );
        assert!(!orgs.iter().any(|o| o.starts_with("Jenrette")), "{orgs:?}");
    }

    #[test]
    fn a_table_line_label_is_no_name() {
        // (a wire service's earnings table, as Reuters sends it)
        let text = "ACME INC <ACM> 2ND QTR NET\n    CHICAGO, March 3 -\n    Shr 28 cts vs 35 \
            cts\n    Net 2,374,000 vs 2,987,000\n    Sales 35.2 mln vs 34 mln\n    Backlog 36.8 mln \
            vs 33.9 mln\n    Qtly div 10 cts vs 10 cts prior\n    Pay April 15\n    Record March 31";
        let e = run(text);
        let all = all_names(&e);
        for label in ["Backlog", "Pay", "Record", "Shr", "Net", "Sales"] {
            assert!(!all.contains(&label), "{label}: {all:?}");
        }
        assert_eq!(all, ["ACME INC", "CHICAGO"]);
    }

    #[test]
    fn initials_of_a_term_are_not_a_name() {
        for text in [
            "Exports of liquefied natural gas (LNG) rose in May. LNG prices fell.",
            "Firms that practise corporate social responsibility (CSR) do better. Critics of CSR disagree.",
            "Minority ethnic led (Mel) production companies face barriers, a study says.",
        ] {
            let e = run(text);
            assert!(
                e.organizations.is_empty() && e.people.is_empty(),
                "{text:?}: {:?} {:?}",
                names(&e.organizations),
                names(&e.people)
            );
        }
        // Organisations keep theirs: written as a name, or ending in a word that names one.
        let e = run("The British Medical Association (BMA) voted. The BMA said so.");
        assert_eq!(
            names(&e.organizations),
            vec![("British Medical Association", 3)]
        );
        let e = run("Loans from the multilateral investment guarantee agency (MIGA) grew.");
        assert_eq!(names(&e.organizations), vec![("MIGA", 1)]);
    }

    #[test]
    fn a_name_has_one_type_in_an_article() {
        // The tagger reads one "Marvex" as a company and the other as a person; the
        // article's name is one entity.
        let e = run(
            "Shares of Zentrova rose on Monday. Analysts said Zentrova would recover. \
            The deal gives Zentrova a lead over Marvex, and Marvex said it would respond.",
        );
        let all = all_names(&e);
        assert_eq!(all.iter().filter(|n| **n == "Marvex").count(), 1, "{all:?}");
        assert!(names(&e.organizations).contains(&("Marvex", 2)));
    }

    #[test]
    fn an_organisations_first_word_is_its_short_name() {
        // The tagger reads the bare word as a person; it opens a name that is surely an
        // organisation's ("Savings", "Semiconductor"), so it is that organisation.
        for (text, org, short) in [
            (
                "Shares of Pellbury Savings rose. Pellbury said it would expand, and \
                Pellbury said profits rose.",
                "Pellbury Savings",
                "Pellbury",
            ),
            (
                "Quorvex Semiconductor cut prices on Monday. Quorvex said demand was weak \
                and Quorvex expects a loss.",
                "Quorvex Semiconductor",
                "Quorvex",
            ),
        ] {
            let e = run(text);
            none(&e.people);
            let o = find(&e.organizations, org);
            let texts: Vec<&str> = o.mentions.iter().map(|m| m.text.as_str()).collect();
            assert_eq!(texts, [org, short, short]);
        }
        // The surname of a person named in full stays the person's.
        let e = run(
            "Shares of Pellbury Savings rose. Trader Dana Pellbury said she bought more, \
            and Pellbury said prices rose.",
        );
        assert_eq!(names(&e.people), vec![("Dana Pellbury", 2)]);
        assert_eq!(names(&e.organizations), vec![("Pellbury Savings", 1)]);
    }

    #[test]
    fn a_city_and_its_country_are_two_places() {
        let e = run("Flooding closed schools in San Jose, Costa Rica, on Monday.");
        assert_eq!(names(&e.places), vec![("San Jose", 1), ("Costa Rica", 1)]);
    }

    #[test]
    fn a_common_word_opening_a_quotation_is_no_name() {
        let e =
            run("The minister said: “Murder is the most serious of crimes.” The murder rate rose.");
        none(&e.people);
        // Capitalised elsewhere only inside a name of another kind.
        let e = run(
            "A court had found for the music industry. Music industry bosses in Norway \
             welcomed the ruling, as did Sony Music and Universal Music.",
        );
        none(&e.people);
        // A word quoted alone is a title: “Building” the journal stays.
        let e = run(
            "One protester told construction journal “Building” earlier this year that \
             building work must stop.",
        );
        find(&e.organizations, "Building");
    }

    #[test]
    fn a_word_opening_a_headline_and_never_written_again_is_no_person() {
        let e = run(
            "Choose hope over fear - Kennedy\n\nVoters will have a clear choice, said \
             Charles Kennedy.",
        );
        assert_eq!(names(&e.people), vec![("Charles Kennedy", 2)]);
        // A name the story writes again, even inside a longer one, stays.
        let e = run("Kilroy launches his new party\n\nRobert Kilroy-Silk has launched a party.");
        find(&e.people, "Kilroy");
    }

    #[test]
    fn an_epithet_before_a_surname_opening_a_headline_is_no_first_name() {
        for epithet in ["Angry", "Dogged", "Singer", "Teenager"] {
            let e = run(&format!(
                "{epithet} Pendleton rejects criticism\n\nTennis star Lucy Pendleton has \
                 rejected criticism of her form. Pendleton said she was fine."
            ));
            assert_eq!(names(&e.people), vec![("Lucy Pendleton", 3)], "{epithet}");
        }
        // A first name the story writes again, or one no full name shares, stays.
        let e = run("Zadie Quarrell wins title\n\nZadie Quarrell beat Tom Quarrell on Sunday.");
        find(&e.people, "Zadie Quarrell");
        let e = run("Delighted Quarrell wins title\n\nQuarrell won on Sunday.");
        find(&e.people, "Delighted Quarrell");
    }

    #[test]
    fn initials_and_a_surname_beside_a_person_or_a_role_are_a_person() {
        let e = run(
            "The list includes Mary Whitby and PJ Harrowgate. “It is cheap,” said KP \
             Mallard, a fund manager with Escorts.",
        );
        find(&e.people, "PJ Harrowgate");
        find(&e.people, "KP Mallard");
        let e = run("The deal was signed by chairman KQ Dalberg on Monday.");
        find(&e.people, "KQ Dalberg");
        // Initials that also open a known company's name ("JP Morgan") are a person's too.
        // (and written again before another name: not alone)
        let e = run(
            "The club is owned by the tycoons JP Harrowfield and John Magnier. JP Morgan \
             advised them.",
        );
        find(&e.people, "JP Harrowfield");
        // Firms so named, an apposition and two things of one kind stay.
        let e = run(
            "Ratings are by JD Power and ING Direct. A spokesman for DLF Builders, Dr \
             Vancheshwar, told the BBC. A patch fixes Windows Courier and MSN Courier.",
        );
        for name in ["JD Power", "DLF Builders", "MSN Courier"] {
            find(&e.organizations, name);
        }
    }

    #[test]
    fn a_known_company_named_like_a_person_is_the_company() {
        let e = run(
            "The bonds were priced at par, said lead manager Morgan Stanley. It has also \
             gone after auditors Grant Thornton.",
        );
        none(&e.people);
        find(&e.organizations, "Morgan Stanley");
        find(&e.organizations, "Grant Thornton");
        // A title before the name, or a role after it, keeps the person.
        for text in [
            "Georgia Rep. John Lewis spoke on Monday.",
            "The civil rights leader John Lewis, a Democratic congressman, spoke.",
        ] {
            let e = run(text);
            find(&e.people, "John Lewis");
            none(&e.organizations);
        }
    }

    #[test]
    fn a_known_company_named_for_a_person_goes_by_the_surname() {
        let e = run("Analysts at Grant Thornton agreed; Thornton said more.");
        assert_eq!(names(&e.organizations), vec![("Grant Thornton", 2)]);
        none(&e.people);
        // Unless a person of the article has the surname.
        let e = run(
            "Analysts at Grant Thornton agreed. The actor Billy Bob Thornton disagreed; \
             Thornton laughed.",
        );
        assert_eq!(names(&e.organizations), vec![("Grant Thornton", 1)]);
        assert_eq!(names(&e.people), vec![("Billy Bob Thornton", 2)]);
    }

    #[test]
    fn a_lone_word_after_the_is_no_person() {
        for text in [
            "To most readers, the Bible is a confusing hodgepodge.",
            "Trading on the Bourse was quiet on Monday.",
        ] {
            let e = run(text);
            assert!(e.people.is_empty(), "{text}: {:?}", names(&e.people));
        }
        // A name before the noun it modifies, a family, a person's surname: people.
        let e = run(
            "Barack Obama spoke. The Obama administration and the Clintons met, and the \
             Obama of old was back.",
        );
        assert_eq!(find(&e.people, "Barack Obama").mentions.len(), 3);
        find(&e.people, "Clintons");
    }

    #[test]
    fn known_organisations_listed_together_are_each_one() {
        let e = run(
            "The deal was advised by Deutsche Bank Securities and Goldman Sachs Asset \
            Management. Officials of the Bank of Japan, Federal Reserve Board and Bank of \
            England met.",
        );
        let mut orgs = names(&e.organizations);
        orgs.sort_unstable();
        assert_eq!(
            orgs,
            vec![
                ("Bank of England", 1),
                ("Bank of Japan", 1),
                ("Deutsche Bank Securities", 1),
                ("Federal Reserve Board", 1),
                ("Goldman Sachs Asset Management", 1)
            ]
        );
        // Not a company named with "and" ("Procter and Gamble", "Marks & Spencer").
        let e = run("Shares of Procter and Gamble and Marks & Spencer rose.");
        let mut orgs = names(&e.organizations);
        orgs.sort_unstable();
        assert_eq!(
            orgs,
            vec![("Marks & Spencer", 1), ("Procter and Gamble", 1)]
        );
    }

    #[test]
    fn a_title_case_headline_does_not_stretch_names() {
        let e = run(
            "Clinton Hid Past Health Problems From Public, Former White House Doctor \
            Says.\n\nHillary Clinton’s former doctor spoke on Monday. Clinton had a clot in \
            2003, the White House said.",
        );
        let all = all_names(&e);
        assert!(
            !all.iter()
                .any(|n| n.contains("Hid") || n.contains("Former")),
            "{all:?}"
        );
        assert_eq!(find(&e.people, "Hillary Clinton").mentions.len(), 3);
        assert_eq!(find(&e.organizations, "White House").mentions.len(), 2);
        // A surname the story writes only in a full name; words it writes in lower case.
        let e = run(
            "Clinton Wades In On The Minimum Wage Again\n\nHillary Clinton backed a \
            higher minimum wage on Monday.",
        );
        let all = all_names(&e);
        assert_eq!(all, vec!["Hillary Clinton"]);
        assert_eq!(find(&e.people, "Hillary Clinton").mentions.len(), 2);
        // Given names and names of places are not left out.
        let e = run(
            "Maria Lopez Fires Bristol City Into Cup Final\n\nLopez scored twice \
            for City on Saturday. Bristol will celebrate.",
        );
        assert!(
            e.people.iter().any(|p| p.name == "Maria Lopez"),
            "{:?}",
            names(&e.people)
        );
        assert!(
            all_names(&e).contains(&"Bristol City"),
            "{:?}",
            all_names(&e)
        );
    }

    #[test]
    fn generational_suffixes_belong_to_the_name() {
        let e = run(
            "Martin Luther King Jr. spoke in Memphis. Frederick S. Moseley III, its \
            chairman, agreed. King was shot in 1968.",
        );
        assert_eq!(find(&e.people, "Martin Luther King Jr.").mentions.len(), 2);
        assert_eq!(
            find(&e.people, "Frederick S. Moseley III").mentions.len(),
            1
        );
        // Not a word after the name's line, nor a number that is no numeral.
        let e = run("They met Joseph Grimes\nII. Agenda. Then John Smith IIV left.");
        none_contains(&e.people, "II");
    }

    #[test]
    fn a_country_is_no_persons_name() {
        let places = |text: &str| {
            let e = run(text);
            none_contains(&e.people, "Germany");
            e.places.iter().map(|p| p.name.clone()).collect::<Vec<_>>()
        };
        let p = places("The bank worked with Nazi Germany, Singer said.");
        assert_eq!(p, vec!["Nazi Germany"]);
        // A person whose surname is a country's name stays one.
        let e = run(
            "The show was hosted by musician Jools Holland. Holland said the band was \
            ready.",
        );
        assert_eq!(find(&e.people, "Jools Holland").mentions.len(), 2);
    }

    #[test]
    fn mojibake_is_not_a_name() {
        let e = run("°®Âþµº contacted Palantir for comment.");
        none_contains(&e.organizations, "Â");
    }

    #[test]
    fn user_gazetteer_adds_organisations() {
        let dir = std::env::temp_dir().join(format!("nf-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("watch.tsv");
        std::fs::write(
            &good,
            "# watch list\nQuillfeather Analytics\tQuillfeather|QFA\tcompany\n",
        )
        .unwrap();
        let ex = EntityExtractor::new(&Options {
            gazetteers: vec![good.clone()],
            ..Options::default()
        })
        .unwrap();
        let text = "The council hired Quillfeather Analytics. A QFA spokesman declined to comment.";
        let doc = Document::new(text, None);
        let e = ex.extract(&doc, &Analysis::default());
        let q = find(&e.organizations, "Quillfeather Analytics");
        assert_eq!(q.kind, Some("company"));
        assert_eq!(q.acronym.as_deref(), Some("QFA"));
        assert_eq!(q.mentions.len(), 2);
        let bad = dir.join("bad.tsv");
        std::fs::write(&bad, "Good Org\t\tcompany\nBad Org\t\tspaceship\n").unwrap();
        let err = EntityExtractor::new(&Options {
            gazetteers: vec![bad],
            ..Options::default()
        })
        .err()
        .unwrap()
        .to_string();
        assert!(
            err.contains("bad.tsv, line 2") && err.contains("spaceship"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
