//! Property tests over the whole library: no input panics, and every span in a record
//! slices the text exactly (in code points, as consumers read it).

use newsfacts::record::{self, OutputOptions};
use newsfacts::{Analyzer, Document, Options};
use proptest::prelude::*;
use std::sync::LazyLock;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(|| Analyzer::new(&Options::default()).unwrap());

/// Text made of the pieces news is made of: words, names, numbers, currency, quote marks of
/// every kind, apostrophes, dashes, line breaks, multi-byte and odd characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("NHS England".to_string()),
        Just("Alex Karp".to_string()),
        Just("£330 million".to_string()),
        Just("($417m)".to_string()),
        Just("1,139".to_string()),
        Just("3.5%".to_string()),
        Just("per cent".to_string()),
        Just("on Monday".to_string()),
        Just("2 November 2023".to_string()),
        Just("seven years".to_string()),
        Just("Jan".to_string()),
        Just("River".to_string()),
        Just("Group PLC".to_string()),
        Just("Palantir".to_string()),
        Just("Karp".to_string()),
        Just("TAVRIN, Kardova".to_string()),
        Just("chief executive of".to_string()),
        Just("general manager".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("—".to_string()),
        Just("...".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("€".to_string()),
        Just("東京".to_string()),
        Just("😀".to_string()),
        Just("\u{0}".to_string()),
        Just("https://x.org/a".to_string()),
        Just("@user #tag".to_string()),
        // (race times, wire clocks, delivery months, portfolios, bands: the shapes of
        // newer rules, which read tokens on either side)
        Just("in 2:04:55".to_string()),
        Just("4:07.13".to_string()),
        Just("at 1400 gmt".to_string()),
        Just("the June contract".to_string()),
        Just("futures".to_string()),
        Just("1600 Pennsylvania Avenue".to_string()),
        Just("Work and Pensions Secretary".to_string()),
        Just("Led Zeppelin".to_string()),
        Just("the Finance and".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9]{1,6}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(prop_oneof![piece, Just(" ".to_string())], 0..80).prop_map(|v| v.concat())
}

fn check_spans(v: &serde_json::Value, chars: &[char]) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(span) = m.get("span") {
                let s = span[0].as_u64().unwrap() as usize;
                let e = span[1].as_u64().unwrap() as usize;
                assert!(s <= e && e <= chars.len(), "span {span} out of bounds");
                if let Some(t) = m.get("text") {
                    let got: String = chars[s..e].iter().collect();
                    assert_eq!(t.as_str().unwrap(), got);
                }
            }
            m.values().for_each(|x| check_spans(x, chars));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| check_spans(x, chars)),
        serde_json::Value::Number(n) => assert!(n.as_f64().is_some_and(f64::is_finite)),
        _ => {}
    }
}

fn analyze_and_check(text: &str, published: Option<jiff::civil::Date>) {
    let doc = Document::new(text, published);
    // Tokens are ordered, disjoint, inside their sentence, and on char boundaries.
    for w in doc.tokens.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    for s in &doc.sentences {
        for t in &doc.tokens[s.first..s.last] {
            assert!(s.span.contains(t.span));
        }
    }
    let found = ANALYZER.analyze(&doc);
    let mut warnings = Vec::new();
    newsfacts::text::check(text, &mut warnings);
    let mut buf = Vec::new();
    let opts = OutputOptions {
        tokens: true,
        sentences: true,
        ..OutputOptions::default()
    };
    record::write_record("p", published, &doc, &found, &warnings, &opts, &mut buf);
    let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    let chars: Vec<char> = text.chars().collect();
    check_spans(&v, &chars);
    for t in v["tokens"].as_array().unwrap() {
        assert!(t[1].as_u64() <= Some(chars.len() as u64));
    }
    // Figures never run from one sentence into the next, nor names and time expressions
    // across a blank line.
    let sentences: Vec<(u64, u64)> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s[0].as_u64().unwrap(), s[1].as_u64().unwrap()))
        .collect();
    for f in v["figures"].as_array().unwrap() {
        let (s, e) = (
            f["span"][0].as_u64().unwrap(),
            f["span"][1].as_u64().unwrap(),
        );
        assert!(
            sentences.iter().any(|&(a, b)| a <= s && e <= b),
            "{} crosses a sentence break in {text:?}",
            f["text"]
        );
    }
    let mut items: Vec<&serde_json::Value> = v["dates"].as_array().unwrap().iter().collect();
    for k in ["organizations", "people", "places"] {
        for e in v[k].as_array().unwrap() {
            items.extend(e["mentions"].as_array().unwrap());
        }
    }
    for it in items {
        let t = it["text"].as_str().unwrap();
        let inner: Vec<&str> = t.split('\n').collect();
        assert!(
            inner.len() < 3
                || inner[1..inner.len() - 1]
                    .iter()
                    .all(|l| !l.trim().is_empty()),
            "{t:?} crosses a blank line in {text:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn newsy_text_never_panics_and_spans_slice(text in newsy()) {
        analyze_and_check(&text, Some(jiff::civil::date(2023, 12, 19)));
    }

    #[test]
    fn any_text_never_panics_and_spans_slice(text in "\\PC{0,200}") {
        analyze_and_check(&text, None);
    }

    /// A publication date is read from any string without panicking, and a date read
    /// (of 1900 to 2100) is read again from its written-out form.
    #[test]
    fn any_published_string_parses_or_not(s in "(\\PC{0,30}|[0-9 ./,-]{0,20}|(Mon|Tue)?,? ?[0-9]{1,2} (Dec|May|June|Sept\\.) [0-9]{1,4})") {
        if let Some(d) = newsfacts::input::parse_date(&s).filter(|d| (1900..=2100).contains(&d.year())) {
            let written = format!("{} {} {}", d.day(), d.strftime("%B"), d.year());
            prop_assert_eq!(newsfacts::input::parse_date(&written), Some(d));
        }
    }
}
