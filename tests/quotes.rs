//! Integration tests for the quotes extractor.

use crate::util;
use serde_json::Value;

/// The quotes of one record.
fn quotes(rec: &Value) -> &Vec<Value> {
    rec["quotes"].as_array().expect("quotes is an array")
}

/// The quote whose text starts with `start`.
fn quote<'a>(rec: &'a Value, start: &str) -> &'a Value {
    quotes(rec)
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?} in {:#}", rec["quotes"]))
}

fn speaker_text(q: &Value) -> Option<&str> {
    q["speaker"]["text"].as_str()
}

fn speaker_name(q: &Value) -> Option<&str> {
    q["speaker"]["name"].as_str()
}

fn seed() -> (String, Value) {
    let path = util::shared().join("seed/palantir-nhs-protest.txt");
    let text = std::fs::read_to_string(path).expect("seed article");
    let rec = util::analyze(&text, &["--published", "2023-12-19"]);
    (text, rec)
}

#[test]
fn seed_article_has_all_ten_quotes_with_their_speakers() {
    let (text, rec) = seed();
    let qs = quotes(&rec);
    assert_eq!(qs.len(), 10, "{:#}", rec["quotes"]);
    // (start of the quoted words, speaker as written, who it is, kind of source)
    let want: &[(&str, &str, Option<&str>, &str)] = &[
        ("steadfast", "Palantir", Some("Palantir"), "organization"),
        ("blockade", "a press release", None, "document"),
        ("This Palantir deal", "Zara", Some("Zara"), "person"),
        (
            "Free, free Palestine",
            "The protesting health workers",
            Some("the protesting health workers"),
            "group",
        ),
        (
            "No Palantir in the NHS.",
            "They",
            Some("the protesting health workers"),
            "group",
        ),
        (
            "join up key information",
            "It",
            Some("NHS England"),
            "organization",
        ),
        (
            "tackle some of the big",
            "It",
            Some("NHS England"),
            "organization",
        ),
        (
            "systematic targeting",
            "the press release about the picket",
            Some("the press release about the picket"),
            "document",
        ),
        (
            "stands with Israel",
            "Alex Karp",
            Some("Alex Karp"),
            "person",
        ),
        ("We are one of a few", "he", Some("Alex Karp"), "person"),
    ];
    for &(start, spk, name, kind) in want {
        let q = quote(&rec, start);
        assert_eq!(speaker_text(q), Some(spk), "{start}");
        assert_eq!(speaker_name(q), name, "{start}");
        assert_eq!(q["speaker"]["type"], kind, "{start}");
        assert_eq!(
            util::char_slice(&text, &q["span"]),
            q["text"].as_str().unwrap()
        );
        assert_eq!(
            util::char_slice(&text, &q["speaker"]["span"]),
            speaker_text(q).unwrap()
        );
    }
    // Zara's role and affiliation.
    let zara = &quote(&rec, "This Palantir deal")["speaker"];
    assert!(
        zara["description"]
            .as_str()
            .unwrap()
            .contains("British Medical Association")
    );
    assert!(
        zara["organizations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o == "British Medical Association")
    );
    // Karp's role links his company.
    let karp = &quote(&rec, "stands with Israel")["speaker"];
    assert_eq!(karp["description"], "Palantir CEO and co-founder");
    assert_eq!(karp["organizations"][0], "Palantir");
    // Kinds and cues.
    assert_eq!(quote(&rec, "steadfast")["kind"], "scare");
    assert_eq!(quote(&rec, "blockade")["kind"], "scare");
    assert_eq!(quote(&rec, "This Palantir deal")["kind"], "direct");
    assert_eq!(quote(&rec, "join up key")["kind"], "partial");
    assert_eq!(quote(&rec, "This Palantir deal")["cue"]["text"], "said");
    assert_eq!(quote(&rec, "Free, free")["cue"]["text"], "chanted");
    assert_eq!(quote(&rec, "No Palantir")["cue"]["text"], "reading:");
    assert_eq!(quote(&rec, "blockade")["cue"]["text"], "described");
    // The whole quote, inside the marks.
    let zara_quote = quote(&rec, "This Palantir deal")["text"].as_str().unwrap();
    assert!(zara_quote.ends_with("real-terms pay cut,"), "{zara_quote}");
}

#[test]
fn seed_speaker_spans_match_the_gold() {
    let (_, rec) = seed();
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(util::shared().join("eval/seed.gold.jsonl")).unwrap(),
    )
    .unwrap();
    for g in gold["quotes"].as_array().unwrap() {
        let (gs, ge) = (
            g["span"][0].as_u64().unwrap(),
            g["span"][1].as_u64().unwrap(),
        );
        let q = quotes(&rec)
            .iter()
            .find(|q| {
                let (s, e) = (
                    q["span"][0].as_u64().unwrap(),
                    q["span"][1].as_u64().unwrap(),
                );
                s < ge && gs < e
            })
            .unwrap_or_else(|| panic!("gold quote {g} not found"));
        let sp = &q["speaker"]["span"];
        let (s, e) = (sp[0].as_u64().unwrap(), sp[1].as_u64().unwrap());
        let gsp = &g["speaker"];
        let (a, b) = (gsp[0].as_u64().unwrap(), gsp[1].as_u64().unwrap());
        assert!(s < b && a < e, "speaker of {g}: got {:#}", q["speaker"]);
    }
}

#[test]
fn offsets_are_code_points_with_multibyte_text() {
    let text = "Café owners in Zürich — 東京 too — met. “It costs 5 €, not £4,” said Zoë Müller, head of the café association.\n\nShe added: ‘We’ll see.’";
    let rec = util::analyze(text, &[]);
    let qs = quotes(&rec);
    assert_eq!(qs.len(), 2, "{:#}", rec["quotes"]);
    for q in qs {
        assert_eq!(
            util::char_slice(text, &q["span"]),
            q["text"].as_str().unwrap()
        );
        assert_eq!(
            util::char_slice(text, &q["speaker"]["span"]),
            speaker_text(q).unwrap()
        );
    }
    assert_eq!(qs[0]["text"], "It costs 5 €, not £4,");
    assert_eq!(speaker_name(&qs[0]), Some("Zoë Müller"));
    assert_eq!(speaker_name(&qs[1]), Some("Zoë Müller"));
    assert_eq!(qs[1]["text"], "We’ll see.");
    // UTF-16 offsets for JavaScript consumers slice the same words.
    let rec16 = util::analyze(text, &["--offsets", "utf16"]);
    let q = &quotes(&rec16)[0];
    let units: Vec<u16> = text.encode_utf16().collect();
    let (s, e) = (
        q["span"][0].as_u64().unwrap() as usize,
        q["span"][1].as_u64().unwrap() as usize,
    );
    assert_eq!(String::from_utf16(&units[s..e]).unwrap(), q["text"]);
}

#[test]
fn stray_marks_never_swallow_the_rest_of_the_article() {
    let text = "The minister said the plan was “final and walked out.\n\nUnions said they would strike on Monday.\n\n“We will not back down,” said Jo Reyes, a union official.\n\nShe is 5'4\" tall, and the ’90s are over.";
    let rec = util::analyze(text, &[]);
    let qs = quotes(&rec);
    // Nothing crosses a paragraph, and the later quotation is found whole.
    let q = quote(&rec, "We will not back down,");
    assert_eq!(speaker_text(q), Some("Jo Reyes"));
    for q in qs {
        assert!(!q["text"].as_str().unwrap().contains('\n'), "{q}");
        assert!(!q["text"].as_str().unwrap().contains("Unions said"), "{q}");
    }
}

#[test]
fn straight_marks_and_apostrophes_in_wire_copy() {
    let text = "\"We've heard all of this before,\" Mr. Greaves said. \"Three hundred million pounds is a lot of money.\"\n\nThe PSU's organiser said the union would \"watch the small print\" and that members' patience was 'wearing thin'.";
    let rec = util::analyze(text, &[]);
    let got: Vec<(&str, Option<&str>)> = quotes(&rec)
        .iter()
        .map(|q| (q["text"].as_str().unwrap(), speaker_text(q)))
        .collect();
    assert_eq!(
        got,
        vec![
            ("We've heard all of this before,", Some("Mr. Greaves")),
            (
                "Three hundred million pounds is a lot of money.",
                Some("Mr. Greaves")
            ),
            ("watch the small print", Some("The PSU's organiser")),
            ("wearing thin", Some("The PSU's organiser")),
        ]
    );
}

#[test]
fn quotes_without_a_reporting_verb() {
    let text = "“Inflation is coming down, but it is not yet beaten.” — Governor Helena Strand\n\nProtesters chanted “Hands off our hospitals” outside.\n\nMarchers carried a sign reading: “Save our NHS.”\n\nMs Strand: “We will take each decision as it comes.”";
    let rec = util::analyze(text, &[]);
    let strand = quote(&rec, "Inflation is coming down");
    assert_eq!(speaker_text(strand), Some("Governor Helena Strand"));
    assert_eq!(speaker_name(strand), Some("Helena Strand"));
    assert!(strand["cue"].is_null());
    let chant = quote(&rec, "Hands off");
    assert_eq!(speaker_text(chant), Some("Protesters"));
    assert_eq!(chant["cue"]["text"], "chanted");
    let sign = quote(&rec, "Save our NHS.");
    assert_eq!(speaker_text(sign), Some("Marchers"));
    assert_eq!(sign["cue"]["text"], "reading:");
    let colon = quote(&rec, "We will take each decision");
    assert_eq!(speaker_text(colon), Some("Ms Strand"));
    assert_eq!(speaker_name(colon), Some("Helena Strand"));
}

/// (start of the quoted words, speaker as written, who that is)
type Expected = (&'static str, &'static str, Option<&'static str>);

/// Golden expectations on the sample corpus: every quotation of three articles, with the
/// speaker as written and who that is.
#[test]
fn golden_sample_corpus() {
    let golden: &[(&str, &[Expected])] = &[
        (
            "01-resident-doctors-strike.txt",
            &[
                (
                    "a real-terms pay cut",
                    "Dr. Amara Okafor",
                    Some("Amara Okafor"),
                ),
                (
                    "We didn’t want to be here,",
                    "Dr. Okafor",
                    Some("Amara Okafor"),
                ),
                (
                    "But the department’s position",
                    "Dr. Okafor",
                    Some("Amara Okafor"),
                ),
                ("I’ve got colleagues leaving", "she", Some("Amara Okafor")),
                (
                    "We don’t accept the union’s figures.",
                    "A DHSC spokesperson",
                    // The spokesperson speaks for the department the acronym names.
                    Some("Department of Health and Social Care"),
                ),
                (
                    "reckless",
                    "Health Secretary Martin Ellery",
                    Some("Martin Ellery"),
                ),
                ("reopen a settled deal", "he", Some("Martin Ellery")),
                ("My door is open,", "he", Some("Martin Ellery")),
                ("But I won’t negotiate", "he", Some("Martin Ellery")),
                ("full confidence", "A No. 10 spokesperson", None),
                (
                    "Nobody becomes a doctor",
                    "Dr. Okafor",
                    Some("Amara Okafor"),
                ),
                (
                    "Give us a credible offer",
                    "Dr. Okafor",
                    Some("Amara Okafor"),
                ),
            ],
        ),
        (
            "02-council-cloud-contract.txt",
            &[
                (
                    "This is a once-in-a-generation upgrade,",
                    "Councillor Priya Natarajan",
                    Some("Priya Natarajan"),
                ),
                (
                    "Residents should see the difference",
                    "Councillor Priya Natarajan",
                    Some("Priya Natarajan"),
                ),
                (
                    "between 80 and 120",
                    "Chief Executive Dana Whitfield",
                    Some("Dana Whitfield"),
                ),
                ("We're hiring engineers now", "she", Some("Dana Whitfield")),
                // "the company" is the company the article named last.
                ("Halcyon is proud", "the company", Some("Halcyon Systems")),
                (
                    "Every system we migrate",
                    "the company",
                    Some("Halcyon Systems"),
                ),
                (
                    "We've heard all of this before,",
                    "Mr. Greaves",
                    Some("Tom Greaves"),
                ),
                (
                    "Three hundred and thirty million",
                    "Mr. Greaves",
                    Some("Tom Greaves"),
                ),
                (
                    "watch the small print very closely",
                    "Kevin Doyle",
                    Some("Kevin Doyle"),
                ),
            ],
        ),
        (
            "04-bank-of-westmarch-rate-cut.txt",
            &[
                (
                    "Inflation is coming down",
                    "Governor Helena Strand",
                    Some("Helena Strand"),
                ),
                (
                    "gradually and carefully",
                    "Ms Strand",
                    Some("Helena Strand"),
                ),
                ("not on autopilot", "Ms Strand", Some("Helena Strand")),
                ("We will take each decision", "she", Some("Helena Strand")),
                (
                    "The BoW has turned a corner,",
                    "Dr. Marcus Feld",
                    Some("Marcus Feld"),
                ),
                ("We'd pencil in", "Dr. Marcus Feld", Some("Marcus Feld")),
            ],
        ),
    ];
    for (file, want) in golden {
        let text = std::fs::read_to_string(util::root().join("corpus").join(file)).unwrap();
        let rec = util::analyze(&text, &[]);
        // Quotations without a speaker are terms ("so-called “digital transformation”").
        let got: Vec<(String, String, Option<String>)> = quotes(&rec)
            .iter()
            .filter(|q| !q["speaker"].is_null())
            .map(|q| {
                (
                    q["text"].as_str().unwrap().to_string(),
                    speaker_text(q).unwrap().to_string(),
                    speaker_name(q).map(str::to_string),
                )
            })
            .collect();
        assert_eq!(got.len(), want.len(), "{file}: {got:#?}");
        for (g, w) in got.iter().zip(want.iter()) {
            assert!(g.0.starts_with(w.0), "{file}: {g:?} vs {w:?}");
            assert_eq!(g.1, w.1, "{file}: {g:?}");
            assert_eq!(g.2.as_deref(), w.2, "{file}: {g:?}");
        }
        for q in quotes(&rec) {
            if q["speaker"].is_null() {
                assert!(
                    matches!(q["kind"].as_str(), Some("scare" | "title")),
                    "{file}: {q}"
                );
            }
        }
    }
}

#[test]
fn people_of_organisations_are_the_source() {
    // A name after an organisation's possessive, a bracketed name inside a name, a role
    // then the name in apposition.
    let text = "“We can have access,” said Bank of Tokyo’s Kimura.\n\nPeter Barrett of Citicorp \
                Investment Bank (Switzerland) AG said: “The warrants give investors a chance.”\n\n\
                “It works,” the firm’s chief executive, John Smith, told the BBC.";
    let rec = util::analyze(text, &[]);
    let q = quote(&rec, "We can have access");
    assert_eq!(speaker_text(q), Some("Kimura"));
    assert_eq!(q["speaker"]["type"], "person");
    assert_eq!(q["speaker"]["organizations"][0], "Bank of Tokyo");
    let q = quote(&rec, "The warrants");
    assert_eq!(speaker_name(q), Some("Peter Barrett"));
    assert_eq!(q["speaker"]["type"], "person");
    let q = quote(&rec, "It works");
    assert_eq!(speaker_text(q), Some("John Smith"));
    assert_eq!(q["speaker"]["description"], "the firm’s chief executive");
}

#[test]
fn a_document_and_its_owner() {
    // The statement is the source (a document of Mr Crosby's); "It" goes on with it; "He"
    // after "Tuttle's article" is Tuttle.
    let text = "Lynton Crosby helped John Howard win four elections. Mr Crosby's statement \
                said: \"The party has been making an impact.\" It added: \"Labour will want to \
                distract attention.\"\n\nIan Tuttle wrote about it. Tuttle's article also \
                attacked Chris Christie. He calls the endorsement \"a transparent display\".";
    let rec = util::analyze(text, &[]);
    let q = quote(&rec, "The party");
    assert_eq!(speaker_text(q), Some("Mr Crosby's statement"));
    assert_eq!(q["speaker"]["type"], "document");
    assert_eq!(speaker_name(q), Some("Lynton Crosby"));
    let q = quote(&rec, "Labour will");
    assert_eq!(speaker_text(q), Some("It"));
    assert_eq!(q["speaker"]["type"], "document");
    let q = quote(&rec, "a transparent display");
    assert_eq!(speaker_name(q), Some("Ian Tuttle"));
}

/// Asserts the speaker's words and name of the quotation of `text` starting `start`.
fn assert_speaker(text: &str, start: &str, want: (Option<&str>, Option<&str>)) {
    let (spoken, name, _) = speaker_of(text, start);
    assert_eq!((spoken.as_deref(), name.as_deref()), want, "{text}");
}

/// Asserts that the speaker of the quotation starting `start` in `text` is resolved to
/// none of the names `not`.
fn assert_not_named(text: &str, start: &str, not: &[&str]) {
    let (_, name, _) = speaker_of(text, start);
    assert!(
        name.as_deref().is_none_or(|n| !not.contains(&n)),
        "{text}: {name:?}"
    );
}

/// The speaker of the quotation starting `start` in `text` (analysed whole, without a
/// date): as written, who that is, and the kind of source.
fn speaker_of(text: &str, start: &str) -> (Option<String>, Option<String>, String) {
    let rec = util::analyze(text, &[]);
    let q = quote(&rec, start);
    (
        speaker_text(q).map(str::to_string),
        speaker_name(q).map(str::to_string),
        q["speaker"]["type"].as_str().unwrap_or("").to_string(),
    )
}

#[test]
fn a_title_after_the_is_the_person_given_it() {
    // "the Treasury Secretary" is the person the article gave that title, not the
    // organisation the title names; with no such person, the title itself.
    let (text, name, _) = speaker_of(
        "Ada Quill, the Treasury Secretary, met the leaders. “We will not give up,” the \
         Treasury Secretary said.",
        "We will not give up",
    );
    assert_eq!(text.as_deref(), Some("Treasury Secretary"));
    assert_eq!(name.as_deref(), Some("Ada Quill"));
    let (_, name, kind) = speaker_of(
        "The leaders met on Monday. “We will not give up,” the Treasury Secretary said.",
        "We will not give up",
    );
    assert_eq!(name.as_deref(), Some("the Treasury Secretary"));
    assert_eq!(kind, "person");
}

#[test]
fn a_description_is_no_antecedent_of_a_pronoun() {
    // "the French star" describes the person named before it: "he" is that person.
    let (text, name, _) = speaker_of(
        "Marcel Desailly joined the club in 1998. The French star said the move was right. \
         “Now everyone knows about Chelsea,” he said.",
        "Now everyone knows",
    );
    assert_eq!(text.as_deref(), Some("he"));
    assert_eq!(name.as_deref(), Some("Marcel Desailly"));
}

#[test]
fn a_persons_age_stands_for_the_person_the_story_is_about() {
    // "the 20-year-old": the subject of the sentence before, not the last name in it.
    let (text, name, kind) = speaker_of(
        "Ivo Minar beat Arnaud Clement in the final. \
         “For me, this was a big success,” said the 20-year-old.",
        "For me",
    );
    assert_eq!(text.as_deref(), Some("the 20-year-old"));
    assert_eq!(name.as_deref(), Some("Ivo Minar"));
    assert_eq!(kind, "person");
    // With no one named before, the description itself, a person's.
    let (_, name, kind) = speaker_of("“We deserved it,” said the 30-year-old.", "We deserved it");
    assert_eq!(name.as_deref(), Some("the 30-year-old"));
    assert_eq!(kind, "person");
    // The age before a noun for a person is the same description; after someone's
    // possessive it is another person.
    assert_speaker(
        "Orla Brannick opened the festival on Friday. She praised the volunteers. \
         “It was a long road,” the 52-year-old director said.",
        "It was a long road",
        (Some("the 52-year-old director"), Some("Orla Brannick")),
    );
    assert_not_named(
        "Orla Brannick opened the festival on Friday. \
         “It was a long road,” Brannick's 24-year-old son said.",
        "It was a long road",
        &["Orla Brannick"],
    );
    // More than three sentences on, the source of the last quotation before (here a
    // description of them too).
    assert_speaker(
        "Tobias Wrenfield signed for the club in May. \
         “The fans here are special,” the striker told a local paper. “I feel at home.” \
         The club lost 2-0 on Saturday, its third defeat in a row.\n\n\
         “We have to do better,” added the 27-year-old.",
        "We have to do better",
        (Some("the 27-year-old"), Some("Tobias Wrenfield")),
    );
}

#[test]
fn a_title_stands_for_the_person_who_holds_it_not_the_last_subject() {
    // "The archbishop" is the one named with that title, though another person is the
    // subject of the sentence before.
    assert_speaker(
        "Archbishop Ambrose Telford called for the release. Foreign Secretary Owen Pell told \
         MPs that the four would be freed. The archbishop added: “What is happening to \
         those left behind?”",
        "What is happening",
        (Some("The archbishop"), Some("Ambrose Telford")),
    );
}

#[test]
fn a_body_is_the_one_whose_name_its_noun_heads() {
    // "the board" after "the Westmarch Wheat Board", "the chamber" after "the Westmarch
    // Chamber of Mines": nouns of no type name the body they head.
    assert_speaker(
        "The Westmarch Wheat Board cut its forecast. \
         “Customers want better grain,” the board said.",
        "Customers want",
        (Some("the board"), Some("Westmarch Wheat Board")),
    );
    assert_speaker(
        "The Westmarch Chamber of Mines called for lower rates. \
         “Banks must act,” the chamber said.",
        "Banks must act",
        (Some("the chamber"), Some("Westmarch Chamber of Mines")),
    );
}

#[test]
fn a_man_from_a_place_is_the_person_of_the_story() {
    // "the Waterford man" after the athlete named before; "a man" stays a man.
    assert_speaker(
        "Ciaran Dunleavy was due to walk in Athens. \
         “I was in a lot of pain,” says the Waterford man.",
        "I was in a lot of pain",
        (Some("the Waterford man"), Some("Ciaran Dunleavy")),
    );
    assert_not_named(
        "Ciaran Dunleavy was due to walk in Athens. “It was a disgrace,” said a man nearby.",
        "It was a disgrace",
        &["Ciaran Dunleavy"],
    );
}

#[test]
fn a_surname_in_ly_is_no_adverb() {
    // "Specifically, …" opens a sentence as an adverb; "Former captain Brightly, who …,
    // says" is a name, the subject the description after it stands for.
    assert_speaker(
        "Nell Brightly left the club in 2004. The club has changed. It has a new owner. \
         It has a new coach. Former captain Brightly, who now plays in Qatar, says there is \
         no comparison. “Mentally they are much stronger,” the 36-year-old said.",
        "Mentally",
        (Some("the 36-year-old"), Some("Nell Brightly")),
    );
}

#[test]
fn a_state_after_a_city_is_no_speaker() {
    // "A woman in Worcester, Massachusetts, told": the woman speaks, not the state.
    let (text, _, kind) = speaker_of(
        "A woman in Worcester, Massachusetts, told reporters: “He is too nice.”",
        "He is too nice",
    );
    assert_eq!(text.as_deref(), Some("A woman"));
    assert_eq!(kind, "person");
}

#[test]
fn an_impersonal_it_and_a_quantifier_are_no_sources() {
    // "It is thought …", "it was widely reported …": nobody is quoted; "All three" is no
    // one's name.
    for (text, start) in [
        (
            "The Cabinet Office is reviewing the scheme. It is thought the overhaul could mean \
             pensions based on a “career average” salary.",
            "career",
        ),
        (
            "It was widely reported that the deal would “change everything” for the town.",
            "change",
        ),
        (
            "All three will play “diverse, unpredictable and non-commercial” songs on the show.",
            "diverse",
        ),
        (
            "Controversial new UK casinos will be banned from using American tricks to ensure \
             they are “socially responsible”, it has been suggested.",
            "socially",
        ),
    ] {
        assert_speaker(text, start, (None, None));
    }
    // An organisation's "it" still speaks.
    assert_speaker(
        "NHS England said on Monday it had signed the deal. It said the platform would “join \
         up key information”.",
        "join",
        (Some("It"), Some("NHS England")),
    );
}

#[test]
fn a_passive_agent_after_the_quotation_is_the_source() {
    assert_speaker(
        "Cyril Fletcher has died aged 91. Fletcher was described as a “consummate \
         professional” by his friend and fellow broadcaster Michael Pointon.",
        "consummate",
        (Some("Michael Pointon"), Some("Michael Pointon")),
    );
    let (spoken, _, kind) = speaker_of(
        "The plan was described as “a disaster” by Labour on Monday.",
        "a disaster",
    );
    assert_eq!(
        (spoken.as_deref(), kind.as_str()),
        (Some("Labour"), "organization")
    );
}

#[test]
fn a_title_may_be_a_number() {
    // "her new documentary “13th”", "DuVernay’s “13th”": a work's title; a quoted count
    // is not one.
    for (text, start) in [
        (
            "The director makes this clear in her new documentary “13th.” It debuts soon.",
            "13th",
        ),
        (
            "DuVernay’s “13th” documents how black life has changed.",
            "13th",
        ),
    ] {
        let rec = util::analyze(text, &[]);
        assert_eq!(quote(&rec, start)["kind"], "title", "{text}");
    }
    let rec = util::analyze(
        "Police counted “3,210 shooting victims” this year, the paper said.",
        &[],
    );
    assert_ne!(quote(&rec, "3,210")["kind"], "title");
}

#[test]
fn a_clause_subject_after_a_dateline_keeps_its_whole_name() {
    // "…, adding" goes with the subject of the clause, past the dateline; an
    // organisation's name runs on across "of".
    assert_speaker(
        "LONDON, March 3 - The Bank of England cut rates on Tuesday, adding: “We see no \
         inflation risk.”",
        "We see",
        (Some("Bank of England"), Some("Bank of England")),
    );
}

#[test]
fn a_pronoun_stands_for_whom_the_sentence_before_reports() {
    // "…, X said." finishes the sentence: "he" in the next is X, not a name in the
    // subject ("The Reagan administration"); and a name after a role is the head of the
    // phrase, whatever the tagger made of a word before the role ("Work").
    for (text, start, want) in [
        (
            "The Reagan administration wants to encourage trade, Deputy Secretary of State \
             John Whitehead said.\n    “It seems to me that more trade is better than less \
             trade,” he told a forum.",
            "It seems",
            "John Whitehead",
        ),
        (
            "“We will act,” Work and Pensions Secretary Alan Johnson has warned.",
            "We will",
            "Alan Johnson",
        ),
    ] {
        let (_, name, _) = speaker_of(text, start);
        assert_eq!(name.as_deref(), Some(want), "{text}");
    }
    // Two people joined by "and": the first.
    let (_, name, _) = speaker_of(
        "“We can only wonder,” said Senate leader Phil Berger and House Speaker Tim Moore.",
        "We can",
    );
    assert_eq!(name.as_deref(), Some("Phil Berger"));
}

#[test]
fn a_verb_of_saying_opening_the_sentence_is_no_part_of_the_name() {
    assert_speaker(
        "Said Trump: “We will win.”",
        "We will",
        (Some("Trump"), Some("Trump")),
    );
    assert_speaker(
        "Rates rose.\n    Said David Gluskin, vice-president of Nesbitt Thomson Bongard Inc, \
         “When rates settle, we buy.”",
        "When rates",
        (Some("David Gluskin"), Some("David Gluskin")),
    );
    // Nor a name's first word in its base form ("Ask Jeeves", "State Rep. Rio Tilton").
    let (spoken, _, _) = speaker_of("State Rep. Rio Tilton said it was “99.9” percent.", "99.9");
    assert_eq!(spoken.as_deref(), Some("State Rep. Rio Tilton"));
    // A surname alike is still one.
    assert_speaker(
        "Edward Said wrote: “Culture matters.” Said added: “It does.”",
        "It does",
        (Some("Said"), Some("Edward Said")),
    );
}

#[test]
fn thousands_of_quotations_in_one_sentence_take_linear_time() {
    // Each pronoun looks back over the sources of its sentence; with 20,000 quotations in
    // one sentence that look back was quadratic (30 s here). It is bounded now: well under
    // a second in a release build.
    let mut text = String::from("Ann Lee spoke first");
    for i in 0..10_000 {
        text.push_str(&format!(
            ", and he said “word {i}” and she added “thing {i}”"
        ));
    }
    text.push('.');
    let started = std::time::Instant::now();
    let rec = util::analyze(&text, &[]);
    let took = started.elapsed();
    let qs = quotes(&rec);
    assert_eq!(qs.len(), 20_000);
    assert!(
        qs.iter().all(|q| speaker_text(q).is_some()),
        "every quotation has its pronoun as speaker"
    );
    assert_eq!(speaker_name(&qs[1]), Some("Ann Lee"), "{:#}", qs[1]);
    assert!(took.as_secs() < 10, "took {took:?}");
}

#[test]
fn a_relational_noun_before_a_name_is_its_role() {
    // "counterpart", "compatriot", "namesake": the person named after it is the subject
    // whom a later "he" stands for, not the one named in the sentence before.
    for role in [
        "Bayern counterpart",
        "Wenger's Bayern counterpart",
        "his compatriot",
    ] {
        let text = format!(
            "Arsene Wenger was upset. But {role} Felix Magath was in no mood to celebrate. \
             He said: “I am far from happy.”"
        );
        assert_speaker(&text, "I am far", (Some("He"), Some("Felix Magath")));
    }
}

#[test]
fn a_person_from_an_organisation_is_the_source() {
    // "Name from/at/of the Organisation said": the person speaks, for the organisation.
    assert_speaker(
        "Nigel McCune from the Musicians’ Union said British musicians are “disadvantaged”.",
        "disadvantaged",
        (Some("Nigel McCune"), Some("Nigel McCune")),
    );
    // A title before "of the" is no such person: the name after it speaks.
    let (_, name, _) = speaker_of(
        "“It has worked well,” U.K. Chancellor of the Exchequer Nigel Lawson said.",
        "It has worked",
    );
    assert_eq!(name.as_deref(), Some("Nigel Lawson"));
}

#[test]
fn an_organisation_the_entities_found_is_no_he() {
    // With no person named, "he" looks back over capitalised names; one the entities
    // extractor found as an organisation ("the Lib Dems") is no "he", and an unnamed
    // source is more likely than a name further back.
    assert_speaker(
        "The Lib Dems are asking the watchdog to stop the calls. The BBC News website was \
         told the party avoided those lists. “When we ask, that is not marketing,” he said.",
        "When we ask",
        (Some("he"), None),
    );
}

#[test]
fn a_demonym_after_the_is_the_person_of_the_story() {
    let text = "Andy Roddick lost to Guillermo Coria in Rome. \
                “It is tough,” said the American. “They came out and beat us.”";
    for start in ["It is tough", "They came out"] {
        let (_, name, _) = speaker_of(text, start);
        assert_eq!(name.as_deref(), Some("Andy Roddick"), "{start}");
    }
    let (_, name, _) = speaker_of(
        "Martin Jol watched. “We had the initiative,” the Dutchman said.",
        "We had",
    );
    assert_eq!(name.as_deref(), Some("Martin Jol"));
    // With an age or a modifier between "the" and the demonym.
    let (_, name, _) = speaker_of(
        "Arsene Wenger signed a new deal. The 55-year-old Frenchman told the website: \
         “My intention has always been clear.”",
        "My intention",
    );
    assert_eq!(name.as_deref(), Some("Arsene Wenger"));
    // Not a people ("the French"), nor a demonym before a word for a thing, nor after a
    // possessive ("the machine's European launch").
    let (_, name, _) = speaker_of(
        "Ken Kutaragi spoke. The machine's European launch was put back “a few months”.",
        "a few months",
    );
    assert_ne!(name.as_deref(), Some("Ken Kutaragi"));
    let (_, name, _) = speaker_of(
        "Jacques Chirac spoke. The French said the plan was “unworkable”.",
        "unworkable",
    );
    assert_ne!(name.as_deref(), Some("Jacques Chirac"));
}

#[test]
fn a_description_by_a_word_for_a_person_is_the_person_before() {
    assert_speaker(
        "Richard Dunne is ready to commit his future to Manchester City. \
         The defender said: “Hopefully something will be sorted out.”",
        "Hopefully",
        (Some("The defender"), Some("Richard Dunne")),
    );
    // With no one named before, the description stays the name.
    let (_, name, _) = speaker_of("The defender said: “We will win.”", "We will");
    assert_eq!(name.as_deref(), Some("the defender"));
}

#[test]
fn a_name_in_apposition_after_a_role_is_the_source() {
    // After an exclamation the attribution is a sentence of its own, opening with the role.
    assert_speaker(
        "Dana Scott spoke. “This is a big year!” Scott’s niece, Marcia Price, said.",
        "This is a big",
        (Some("Marcia Price"), Some("Marcia Price")),
    );
    // A word in lower case before the name's title ("state Sen."), a title the sentence
    // splitter must not end a sentence at ("Del."), a nickname in quotation marks and a
    // party label in brackets.
    for (text, spoken) in [
        (
            "“We are ready,” his aide, state Sen. Marcia Price, said.",
            "Sen. Marcia Price",
        ),
        (
            "“We are ready!” his aide, state Del. Marcia Price (D-Newport News), shouted \
             to the crowd.",
            "Del. Marcia Price",
        ),
        (
            "“We are ready!” his aide, Del. Marcia “Cia” Price, shouted to the crowd.",
            "Del. Marcia “Cia” Price",
        ),
    ] {
        let (got, _, _) = speaker_of(text, "We are ready");
        assert_eq!(got.as_deref(), Some(spoken), "{text}");
    }
}

#[test]
fn a_subject_with_an_appositive_between_dashes_is_the_clause_source() {
    // The quotation in a later clause of the sentence, and the pronoun of the next one.
    assert_speaker(
        "Jason Sims — a teacher from Mount Pleasant — says he voted for Rubio, and that the \
         endorsement was “a big deal.”",
        "a big deal",
        (Some("Jason Sims"), Some("Jason Sims")),
    );
    assert_speaker(
        "Carson made no choice. “I will predict the winner,” he said.\n\nGovernor Chris \
         Christie – a Dallas Cowboys fan – gave a one word answer. “Denver,” he answered.",
        "Denver",
        (Some("he"), Some("Chris Christie")),
    );
}

#[test]
fn a_second_verb_takes_the_subject_of_the_first() {
    // The first verb is known by its irregular past ("upheld"), or by the modal or negated
    // "do" before it ("did not indicate"), not by a passive verb inside its object ("were
    // sought").
    assert_speaker(
        "Stephanie Villalba lost. The tribunal upheld Ms Villalba's claim on some issues, but \
         said it found no evidence of “laddish culture” at the bank.",
        "laddish",
        (Some("The tribunal"), Some("the tribunal")),
    );
    assert_speaker(
        "Robin Leigh-Pemberton spoke. He did not indicate what levels were wanted by the \
         nations, and noted that “we are more effective if we leave the markets guessing.”",
        "we are more effective",
        (Some("He"), Some("Robin Leigh-Pemberton")),
    );
}

#[test]
fn an_opening_adverbial_holds_its_place_and_state_and_an_aside_its_participle() {
    assert_speaker(
        "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him \
         “a total stiff.”",
        "a total stiff",
        (Some("Trump"), Some("Trump")),
    );
    // Not a name after the place: "London, Johnson, the mayor,".
    assert_speaker(
        "Speaking in London, Johnson, the mayor, called it “a total disaster.”",
        "a total disaster",
        (Some("Johnson"), Some("Johnson")),
    );
    // "released by the campaign" in an aside is no verb of the clause; "issued by the
    // Treasury" in the subject leaves the statement the source.
    assert_speaker(
        "Corey Lewandowski, in a statement released by the campaign on Thursday, said he \
         “appreciates the professionalism” of the attorney.",
        "appreciates",
        (Some("Corey Lewandowski"), Some("Corey Lewandowski")),
    );
    assert_speaker(
        "A statement issued by the Treasury said “the announcement makes no difference.”",
        "the announcement",
        (Some("A statement"), None),
    );
}

#[test]
fn a_frame_verb_in_the_passive_has_its_agent_as_the_source() {
    // "was called … by": the agent, never the subject; none without an agent.
    assert_speaker(
        "Johnny Depp starred. He was called the “fifth child of the group” by the film's \
         director Marc Forster.",
        "fifth child",
        (Some("Marc Forster"), Some("Marc Forster")),
    );
    assert_speaker(
        "The new strategy is called “Improving Opportunity”.",
        "Improving",
        (None, None),
    );
    // The people of a place ("campaigners in the US"), not the place; not a gerund ("by
    // depriving shareholders").
    assert_speaker(
        "MTV has been criticised for “incessant sleaze” by campaigners in the US.",
        "incessant",
        (Some("campaigners in the US"), None),
    );
    // A passive verb right before "by", whatever comes before it.
    assert_speaker(
        "Taken was a sapphire bought for their daughters described by Sharon as “one of \
         the only pure sapphires”.",
        "one of the only",
        (Some("Sharon"), Some("Sharon")),
    );
    let (spoken, _, _) = speaker_of(
        "The directors are accused of breaching their duties by depriving MCI shareholders \
         “of maximum value”.",
        "of maximum",
    );
    assert_ne!(spoken.as_deref(), Some("depriving MCI shareholders"));
}

#[test]
fn a_common_phrase_saying_something_new_after_a_quotation_is_not_its_source() {
    let text = "“Rate rises have helped,” said EEF chief economist, Steve Radley. “However, \
                the Bank should stand ready to cut rates.” Some economists have predicted \
                rates will drop later in the year.";
    assert_speaker(
        text,
        "However",
        (Some("Steve Radley"), Some("Steve Radley")),
    );
    // A name going on with a clause of its own is still taken as the quotation's source.
    assert_speaker(
        "“Some of these people are accused of serious crimes.” Daniel Sandford said \
         ministers may try other steps.",
        "Some of these",
        (Some("Daniel Sandford"), Some("Daniel Sandford")),
    );
}

#[test]
fn a_described_name_opening_with_the_is_the_source() {
    assert_speaker(
        "“Estimates vary,” the Washington-based think-tank The Brookings Institution says in \
         its Iraq Index.",
        "Estimates vary",
        (
            Some("Brookings Institution"),
            Some("The Brookings Institution"),
        ),
    );
}

#[test]
fn a_dash_and_a_name_head_a_quotation_and_a_smile_reports_one() {
    let text = "Dyer scored late.\n\n - Bolton boss Sam Allardyce “I am bitterly \
                disappointed with the result. “We were poor.”\n\n - Newcastle boss Graeme \
                Souness “We deserved the win.”";
    for (start, who) in [
        ("I am bitterly", "Sam Allardyce"),
        ("We were poor", "Sam Allardyce"),
        ("We deserved", "Graeme Souness"),
    ] {
        assert_speaker(text, start, (Some(who), Some(who)));
    }
    assert_speaker(
        "“You can call it a peace dividend,” smiles one broker.",
        "You can call",
        (Some("one broker"), None),
    );
}

#[test]
fn a_title_after_its_party_is_the_person_just_reported() {
    // "the Conservative leader" is the one whose words the sentence before reported, not
    // that sentence's subject.
    assert_speaker(
        "Tony Blair has failed to tackle the problems facing Britain, Michael Howard has \
         said.\n\n“Britain is heading in the wrong direction,” the Conservative leader said.",
        "Britain is heading",
        (Some("the Conservative leader"), Some("Michael Howard")),
    );
    // Not someone's: "Mr Sigarchi's lawyer" is not Mr Sigarchi; nor staff ("the White
    // House aide").
    for (text, start) in [
        (
            "Arash Sigarchi was jailed on Monday. Mr Sigarchi's lawyer called the verdict \
             “illegal and incompetent”.",
            "illegal",
        ),
        (
            "Ronald Reagan imposed the tariffs on Monday. “It was not done to appease \
             Congress,” the White House aide said.",
            "It was not",
        ),
    ] {
        assert_not_named(text, start, &["Arash Sigarchi", "Ronald Reagan"]);
    }
}

#[test]
fn a_name_with_its_role_before_the_verb_and_no_closing_comma_is_the_source() {
    assert_speaker(
        "Katrina Bull, a prospective parliamentary candidate said Mr Blair had shown he \
         could rouse the party: “He was superb.”",
        "He was superb",
        (Some("Katrina Bull"), Some("Katrina Bull")),
    );
    // After the verb, a role ending in a noun in -ing ("of commercial planning").
    assert_speaker(
        "“It is a difficult one to make,” said BA director of commercial planning, Robert \
         Boyle.",
        "It is a difficult",
        (Some("Robert Boyle"), Some("Robert Boyle")),
    );
    // ... also with a relative clause after the role.
    assert_speaker(
        "Rory O'Neill, editor of Hazards magazine, which conducted the research, said: \
         “Giving reps more rights is vital.”",
        "Giving reps",
        (Some("Rory O'Neill"), Some("Rory O'Neill")),
    );
    // Not the topic of an aside ("Clinton, a top aide said, “…”"), nor a name after a
    // preposition ("Commenting on Funaro, a foreign banker told").
    for (text, start) in [
        (
            "Hillary Clinton spoke. Clinton, a top aide said, “is very confident.”",
            "is very",
        ),
        (
            "Dilson Funaro spoke. Commenting on Funaro, a foreign banker told Reuters, \
             “They see his removal as a precondition.”",
            "They see",
        ),
    ] {
        assert_not_named(text, start, &["Hillary Clinton", "Dilson Funaro"]);
    }
}

#[test]
fn the_place_of_a_dateline_and_a_headline_name_no_source() {
    assert_speaker(
        "CHINA PAPER WARNS ON CREDIT\nPEKING, March 3 - A Chinese newspaper said the country\n\
         must be careful.\n    It said: “Credit must be used wisely.”",
        "Credit must",
        (Some("It"), None),
    );
}

#[test]
fn a_pronoun_for_a_spokesperson_is_their_organisation() {
    // As "A Labour Party spokesman said" is the party's word, so is the "he" after it, when
    // no name fits; "she" does not stand for a spokesman.
    let text = "A Labour Party spokesman told the BBC News website the party avoided those \
                lists. “When we ask, that is not marketing,” he said.";
    assert_speaker(text, "When we ask", (Some("he"), Some("Labour Party")));
    let (_, name, _) = speaker_of(&text.replace(" he said", " she said"), "When we ask");
    assert_eq!(name, None);
}

#[test]
fn one_long_line_of_repeated_names_takes_linear_time() {
    // A name written thousands of times on one line, with a pronoun after each: the look
    // back read the whole line for each name, and each mention searched all the others
    // for a long form (18 s here for 40,000); now well under a second.
    let text: String = (0..40_000)
        .map(|i| format!("Acme Corp rose {i} points. “Fine,” he said. "))
        .collect();
    let started = std::time::Instant::now();
    let rec = util::analyze(&text, &[]);
    let took = started.elapsed();
    let qs = quotes(&rec);
    assert_eq!(qs.len(), 40_000);
    assert!(qs.iter().all(|q| speaker_text(q) == Some("he")));
    assert!(took.as_secs() < 8, "took {took:?}");
}

#[test]
fn a_time_before_a_verb_is_no_source() {
    // "who last year denied …": the time is not the subject of the relative clause's verb.
    let text = "Tony Blair spoke. Mr Blair, who last year denied the plan, said abortion was a \
                “difficult issue”. “However much I dislike the idea, it is legal.”";
    for start in ["difficult issue", "However much"] {
        let (_, name, _) = speaker_of(text, start);
        assert_eq!(name.as_deref(), Some("Tony Blair"), "{start}");
    }
}

#[test]
fn a_place_is_no_he_or_she() {
    // The subject of the clause before "he" is a country: no antecedent of "he".
    assert_not_named(
        "Trade talks resumed in Geneva.\n    Asked if South Korea would drop its barriers, \
         he said “yes, I think so.”",
        "yes, I think so",
        &["South Korea"],
    );
    // A given name and a place word after a role noun is a person, and the source.
    assert_speaker(
        "“We will appeal,” Yukos spokesman Mike Lake told Agence France Presse. \
         “It is a stolen product,” he added.",
        "It is a stolen product",
        (Some("he"), Some("Mike Lake")),
    );
}

#[test]
fn a_pronoun_after_an_unnamed_source_is_that_source() {
    // "he" continues the unnamed official of the sentence before: no name further back.
    assert_speaker(
        "Former Chelsea striker Adrian Mutu is to begin talks with Juventus. “Mutu will be \
         in our club's main stand,” said a Juventus official, who declined to be named. \
         “Then he will meet some important people of the club,” he added.",
        "Then he will meet",
        (Some("he"), None),
    );
    // Not in the same sentence as that source ("Clinton, a top aide said, … she has told").
    assert_speaker(
        "Hillary Clinton spoke on Monday. Clinton, a top aide said, “is very confident,” and \
         she has often told friends that “I only lost one debate.”",
        "I only lost one debate",
        (Some("she"), Some("Hillary Clinton")),
    );
}

#[test]
fn a_reporting_clause_between_two_quotations_is_the_nearer_source() {
    // The quotation after "Lord Moynihan said the policy would …" is his, not that of the
    // earlier quotation of the paragraph; a verb of several senses ("snapped up") is no
    // reporting clause.
    let text = "The plans would help tackle “the fastest growing rate of obesity”, Mr Davis \
                said. Lord Moynihan said the policy would empower local clubs. “We aim to \
                shift the emphasis.”";
    assert_speaker(
        text,
        "We aim to shift",
        (Some("Lord Moynihan"), Some("Moynihan")),
    );
    let text = "Gervais said: “It is great.” The film rights to Flanimals have already been \
                snapped up. “A film will happen over the next three years.”";
    assert_not_named(text, "A film will happen", &["Flanimals"]);
}

#[test]
fn an_honorific_opens_the_speakers_name() {
    // No name before "Mr" is part of the speaker's; the organisation before it stays one.
    let text = "Jack Straw spoke on Monday. In a speech to the Foreign Policy Centre Mr Straw \
                said of the Tory leader: “He is clever.”";
    assert_speaker(text, "He is clever", (Some("Mr Straw"), Some("Jack Straw")));
    let rec = util::analyze(text, &[]);
    let orgs: Vec<&str> = rec["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(orgs, ["Foreign Policy Centre"]);
    // "Labour's Mr Livingstone, who says": the possessor stays in the phrase.
    assert_speaker(
        "Labour's Mr Livingstone, who says he is “standing by” his remarks, spoke.",
        "standing by",
        (Some("Mr Livingstone"), Some("Livingstone")),
    );
}

#[test]
fn nouns_that_are_also_verbs_of_saying_and_relative_clauses_with_commas() {
    // "their hardcore brand of rock": a noun, not the cue.
    let rec = util::analyze(
        "The members of Korn, who are known for their hardcore brand of rock, said they \
         hoped Welch “finds the happiness he is looking for”.",
        &[],
    );
    let q = quote(&rec, "finds the happiness");
    assert_eq!(q["cue"]["text"].as_str(), Some("said"), "{q:#}");
    // "a book called “…”" in title case is a title, whoever wrote it.
    let rec = util::analyze(
        "Donald Trump's eldest daughter has built her personal brand around this cause, \
         writing a book called “Women Who Work” and leading the charge.",
        &[],
    );
    assert_eq!(
        quote(&rec, "Women Who Work")["kind"].as_str(),
        Some("title")
    );
    // A relative clause with an apposition of its own: its antecedent speaks.
    assert_speaker(
        "Mr. Slinker, whose latest start-up, Paradata, uses big data to help firms find \
         suppliers, said Mr. Trump was a candidate: “He's a start-up kind of guy.”",
        "He's a start-up",
        (Some("Mr. Slinker"), Some("Slinker")),
    );
}

#[test]
fn a_possessed_noun_for_words_before_a_colon_gives_the_source() {
    // "His message to the chancellor was:", "Clinton's response was:": the possessor.
    assert_speaker(
        "Tony Blair spoke on Monday. His message to the chancellor was: “Stay in your lane.”",
        "Stay in your lane",
        (Some("His"), Some("Tony Blair")),
    );
    assert_speaker(
        "Huma Abedin emailed Hillary Clinton about the deaths. Clinton’s response was: “Is \
         he from Wisconsin?”",
        "Is he from Wisconsin",
        (Some("Clinton’s"), Some("Hillary Clinton")),
    );
}

#[test]
fn an_inverted_attribution_ending_its_sentence_introduces_the_next_quotation() {
    // "…, says John Smith, the chief economist at the bank." then a quotation alone.
    assert_speaker(
        "Manufacturing is recovering, says John Smith, the chief economist at the bank. \
         “It is a real recovery.”",
        "It is a real recovery",
        (Some("John Smith"), Some("John Smith")),
    );
}

#[test]
fn thousands_of_quotations_of_one_source_take_linear_time() {
    // 20,000 quotations of "X", a name the entities extractor does not know, each looked
    // up in the text for a fuller form (25 s here); and of "X" after "Ann X" (6 s); and
    // 20,000 quotations with no source in one paragraph, each looking back over all the
    // ones before (5 s). Each well under a second now.
    for text in [
        "“The plan is fine,” said X, ".repeat(20_000),
        "“The plan is fine,” said Ann X. “It is,” X said. ".repeat(10_000),
    ] {
        let started = std::time::Instant::now();
        let rec = util::analyze(&text, &[]);
        let took = started.elapsed();
        let qs = quotes(&rec);
        assert_eq!(qs.len(), 20_000);
        assert!(qs.iter().all(|q| speaker_name(q).is_some()), "{:#}", qs[1]);
        assert!(took.as_secs() < 8, "took {took:?}");
    }
    let text = "“Start of it.” Then. ".repeat(20_000);
    let started = std::time::Instant::now();
    let rec = util::analyze(&text, &[]);
    let took = started.elapsed();
    assert_eq!(quotes(&rec).len(), 20_000);
    assert!(took.as_secs() < 8, "took {took:?}");
    // One sentence of 60,000 quotations and the attribution at its end, each looking
    // ahead to it (20 s); 60,000 empty pairs of marks before one quotation, each asking
    // the clause before it whether a comma comes before each of its words (15 s).
    for (text, n) in [
        (format!("{}he said.", "\"a\" ".repeat(60_000)), 60_000),
        (format!("{}\"x\" ", "\"\" ".repeat(60_000)), 1),
    ] {
        let started = std::time::Instant::now();
        let rec = util::analyze(&text, &[]);
        let took = started.elapsed();
        assert_eq!(quotes(&rec).len(), n);
        assert!(took.as_secs() < 8, "took {took:?}");
    }
}
