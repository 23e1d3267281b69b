//! Integration tests for the entities extractor.

use crate::util;
use newsfacts::entities::{EntityExtractor, MODEL_BYTES, train};
use newsfacts::{Analysis, Document, Extractor, Options};
use proptest::prelude::*;
use serde_json::Value;

fn entity<'a>(list: &'a Value, name: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {list}"))
}

fn mention_count(e: &Value) -> usize {
    e["mentions"].as_array().unwrap().len()
}

#[test]
fn seed_article() {
    let path = util::shared().join("seed/palantir-nhs-protest.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: no {}", path.display());
        return;
    };
    let r = util::analyze(&text, &["--published", "2023-12-19"]);
    let orgs = &r["organizations"];
    let mut names: Vec<&str> = orgs
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            "British Medical Association",
            "Hamas",
            "Health Workers for a Free Palestine",
            "NHS",
            "NHS England",
            "Palantir"
        ]
    );
    let palantir = entity(orgs, "Palantir");
    assert_eq!(mention_count(palantir), 7);
    // One of them inside the banner's quotation.
    let banner = text.find("No Palantir in the NHS").unwrap();
    let banner_chars = text[..banner].chars().count() as u64 + 3;
    assert!(
        palantir["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["span"][0] == banner_chars)
    );
    assert_eq!(palantir["type"], "company");
    assert_eq!(palantir["descriptions"][0], "US tech firm");
    assert_eq!(mention_count(entity(orgs, "NHS England")), 4);
    assert_eq!(mention_count(entity(orgs, "NHS")), 6);
    assert_eq!(
        mention_count(entity(orgs, "Health Workers for a Free Palestine")),
        2
    );
    let bma = entity(orgs, "British Medical Association");
    assert_eq!(bma["acronym"], "BMA");
    assert_eq!(bma["type"], "union");
    assert_eq!(entity(orgs, "Hamas")["type"], "armed_group");
    // Possessives: "Palantir’s office" has the mention "Palantir".
    for e in orgs.as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let t = m["text"].as_str().unwrap();
            assert!(!t.ends_with("’s") && !t.contains('Â'), "{t}");
        }
    }
    let people = &r["people"];
    let mut pnames: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    pnames.sort();
    assert_eq!(pnames, vec!["Alex Karp", "Zara"]);
    let karp = entity(people, "Alex Karp");
    assert_eq!(karp["roles"], serde_json::json!(["CEO", "co-founder"]));
    assert_eq!(karp["organizations"], serde_json::json!(["Palantir"]));
    let places = &r["places"];
    for p in ["London", "Israel", "Gaza", "Tel Aviv"] {
        entity(places, p);
    }
    // Every mention slices the text.
    let mut found = Vec::new();
    util::spans_with_text(&r, "", &mut found);
    for (path, span, t) in found {
        assert_eq!(util::char_slice(&text, &span), t, "{path}");
    }
}

#[test]
fn gazetteer_option() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("watch.tsv");
    std::fs::write(
        &good,
        "# my watch list\nGrimsby Harbour Trust\tGHT\tngo\nOrvane Dynamics\tOrvane\tcompany\n",
    )
    .unwrap();
    let text = "Orvane Dynamics and the Grimsby Harbour Trust signed. The GHT welcomed it.";
    let r = util::analyze(text, &["--gazetteer", good.to_str().unwrap()]);
    let ght = entity(&r["organizations"], "Grimsby Harbour Trust");
    assert_eq!(ght["type"], "ngo");
    assert_eq!(ght["acronym"], "GHT");
    assert_eq!(mention_count(ght), 2);
    assert_eq!(
        entity(&r["organizations"], "Orvane Dynamics")["type"],
        "company"
    );

    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "Fine Org\t\tcompany\n\tno name\tcompany\n").unwrap();
    let out = util::run(&["--gazetteer", bad.to_str().unwrap()], b"text");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.tsv, line 2"), "{err}");
    let missing = dir.path().join("missing.tsv");
    let out = util::run(&["--gazetteer", missing.to_str().unwrap()], b"text");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.tsv"));
}

/// The committed model is what the training command produces from the training data
/// (byte for byte: training is deterministic).
#[test]
fn retraining_reproduces_the_embedded_model() {
    let dir = util::shared().join("eval");
    let (input, gold) = (
        dir.join("conll-train.input.jsonl"),
        dir.join("conll-train.gold.jsonl"),
    );
    if !input.exists() {
        eprintln!("skipped: no {}", input.display());
        return;
    }
    let docs = train::read_corpus(&input, &gold).unwrap();
    let bytes = train::train(&docs, &train::TrainConfig::default(), |_| {});
    assert!(
        bytes == MODEL_BYTES,
        "retraining gave a different model ({} bytes, embedded {}): run \
         `cargo run --release --example train_tagger -- {} {}` and commit the model",
        bytes.len(),
        MODEL_BYTES.len(),
        input.display(),
        gold.display()
    );
}

fn check(ex: &EntityExtractor, text: &str) -> Result<(), TestCaseError> {
    let doc = Document::new(text, None);
    let e = ex.extract(&doc, &Analysis::default());
    for list in [&e.organizations, &e.people, &e.places] {
        for ent in list {
            prop_assert!(!ent.name.is_empty());
            prop_assert!(!ent.mentions.is_empty());
            for m in &ent.mentions {
                prop_assert!(m.span.end <= text.len() && m.span.start < m.span.end);
                prop_assert!(text.is_char_boundary(m.span.start));
                prop_assert!(text.is_char_boundary(m.span.end));
                prop_assert_eq!(m.span.slice(text), m.text.as_str());
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(std::env::var("NF_PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(500)))]

    #[test]
    fn never_panics_and_spans_slice(
        words in prop::collection::vec(
            prop::sample::select(vec![
                "Palantir", "Palantir’s", "NHS", "England", "the", "of", "for", "a", "&", "AMP",
                ";", ",", ".", "(", ")", "“", "”", "'s", "Inc", "Mr", "Alex", "Karp", "£330",
                "3.5%", "Zürich", "BMA", "British", "Medical", "Association", "\u{a0}", "\n",
                "°®Âþµº", "Goto.com", "WORLDSOURCES", "INC", "São", "Paulo", "日本", "–", "’",
                "X", "said", "1,139", "Co.", "FC", "de", "van", "Free", "Palestine", "LP",
                "Ltd", "II", "Inc.", "NEW", "YORK", "Merrill", "Lynch", "Moody's", "The",
                "Health", "health", "Workers", "(", "BMA", ")", "Mr", "Karp’s", "\u{200b}",
            ]),
            0..60,
        ),
        junk in "\\PC{0,30}",
    ) {
        let ex = EntityExtractor::new(&Options::default()).unwrap();
        let text = words.join(" ");
        check(&ex, &text)?;
        check(&ex, &format!("{junk} {text} {junk}"))?;
        check(&ex, &junk)?;
    }
}

#[test]
fn thousands_of_companies_sharing_a_first_word_take_near_linear_time() {
    // 20,000 companies "General X Corp", each also named "General X": every other
    // occurrence of a name was found by walking all the names with its first word, and the
    // linker tried every long name with that first word for each short one (about 6 s
    // here); well under a second now.
    const SYLLABLES: [&str; 12] = [
        "ka", "lo", "ter", "bel", "mun", "sa", "dor", "pi", "zo", "rek", "vin", "tal",
    ];
    let name = |mut i: usize| {
        let mut s = String::new();
        for _ in 0..5 {
            s.push_str(SYLLABLES[i % 12]);
            i /= 12;
        }
        let mut c = s.chars();
        let first = c.next().unwrap().to_ascii_uppercase();
        format!("{first}{}", c.as_str())
    };
    let text: String = (0..20_000)
        .map(|i| {
            let n = name(i);
            format!("General {n} Corp said sales rose. General {n} expects more. ")
        })
        .collect();
    let started = std::time::Instant::now();
    let r = util::analyze(&text, &["--max-bytes", "10000000"]);
    let took = started.elapsed();
    let orgs = r["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), 20_000);
    assert!(orgs.iter().all(|o| mention_count(o) == 2), "{}", orgs[0]);
    assert!(took.as_secs() < 4, "took {took:?}");
}

#[test]
fn an_entity_of_thousands_of_mentions_in_capitals_takes_linear_time() {
    // 40,000 "the TREASURY" before one "The Treasury": whether the word in capitals is an
    // acronym was decided by reading all the entity's mentions for each of them (about 9 s
    // here); once for the word now.
    let mut text = "Later the TREASURY agreed. ".repeat(40_000);
    text.push_str("The Treasury said so.");
    let started = std::time::Instant::now();
    let r = util::analyze(&text, &["--max-bytes", "10000000"]);
    let took = started.elapsed();
    let orgs = r["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), 1, "{}", orgs[0]);
    assert!(orgs[0]["acronym"].is_null(), "{}", orgs[0]["acronym"]);
    assert!(took.as_secs() < 4, "took {took:?}");
}

#[test]
fn thousands_of_mentions_of_one_surname_take_linear_time() {
    // 20,000 "Frank Brown" and as many "Mr Brown": the people a short mention may stand
    // for were worked out for each short mention, reading every full mention of the name
    // and the gender of its given name (about 9 s here); once for the word and honorific
    // now.
    let text = "Frank Brown spoke. Mr Brown agreed. ".repeat(20_000);
    let started = std::time::Instant::now();
    let r = util::analyze(&text, &["--max-bytes", "10000000"]);
    let took = started.elapsed();
    let people = r["people"].as_array().unwrap();
    assert_eq!(people.len(), 1, "{}", people[0]);
    assert_eq!(mention_count(&people[0]), 40_000);
    assert!(took.as_secs() < 3, "took {took:?}");
}
