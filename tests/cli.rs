//! The command line end to end: inputs, output contract, errors, ordering, pipes.

use crate::util::{self, records, run};
use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

fn tmpdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn stdin_text_is_one_article() {
    let out = run(
        &["--compact"],
        "Health workers protested on Monday.\n\nIt said “no”.".as_bytes(),
    );
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["schema"], "newsfacts/1");
    assert_eq!(r["id"], "stdin");
    assert_eq!(r["published"], serde_json::Value::Null);
    assert_eq!(r["stats"]["paragraphs"], 2);
    assert_eq!(r["stats"]["sentences"], 2);
    for key in [
        "quotes",
        "figures",
        "dates",
        "organizations",
        "people",
        "places",
        "warnings",
    ] {
        assert!(r[key].is_array(), "{key}");
    }
    assert!(r.get("tokens").is_none() && r.get("sentences").is_none());
}

#[test]
fn stdin_jsonl_is_detected_and_ordered() {
    let mut input = String::from("\n  ");
    for i in 0..300 {
        input.push_str(&format!(
            "{{\"id\": \"a{i}\", \"text\": \"Article number {i}.\"}}\n"
        ));
    }
    let out = run(&["-j", "2"], input.as_bytes());
    assert!(out.status.success());
    let ids: Vec<String> = records(&out)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let want: Vec<String> = (0..300).map(|i| format!("a{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn a_bom_inside_a_json_text_is_kept_so_offsets_slice_it() {
    // The caller slices its own text field with the offsets: nothing may be dropped from it.
    let text = "\u{feff}NHS England paid £5m on Monday.";
    let line = serde_json::json!({"id": "b", "text": text}).to_string();
    let out = run(&["--jsonl"], line.as_bytes());
    assert!(out.status.success());
    let r = &records(&out)[0];
    let chars: Vec<char> = text.chars().collect();
    let mut checked = 0;
    for item in r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .chain(r["dates"].as_array().unwrap())
        .chain(r["organizations"][0]["mentions"].as_array().unwrap())
    {
        let (s, e) = (
            item["span"][0].as_u64().unwrap(),
            item["span"][1].as_u64().unwrap(),
        );
        let got: String = chars[s as usize..e as usize].iter().collect();
        assert_eq!(got, item["text"].as_str().unwrap());
        checked += 1;
    }
    assert_eq!(checked, 3);
}

#[test]
fn forced_formats() {
    // A text starting with "{" read as text, and JSON read as JSON.
    let out = run(&["--text"], b"{not json} but prose.");
    assert_eq!(records(&out)[0]["stats"]["words"], 4);
    let out = run(
        &["--jsonl", "--text-field", "body"],
        br#"{"body": "x y", "id": 3}"#,
    );
    let r = &records(&out)[0];
    assert_eq!(
        (r["id"].as_str(), r["stats"]["words"].as_u64()),
        (Some("3"), Some(2))
    );
}

#[test]
fn named_and_nested_fields() {
    // A scraper's record: the text, id and date under their own names, nested.
    let line = br#"{"doc": {"body": "He left on Monday.", "key": "k1"}, "crawl": {"ts": "2023-12-19"}, "date": "2001-01-01"}"#;
    let out = run(
        &[
            "--text-field",
            "doc.body",
            "--id-field",
            "doc.key",
            "--published-field",
            "crawl.ts",
        ],
        line,
    );
    let r = &records(&out)[0];
    assert_eq!(
        (r["id"].as_str(), r["published"].as_str()),
        (Some("k1"), Some("2023-12-19"))
    );
    assert_eq!(r["dates"][0]["value"], "2023-12-18");
    // Without --published-field, a date field of another common name is read.
    let out = run(
        &[],
        br#"{"text": "He left on Monday.", "date_publish": "2023-12-19"}"#,
    );
    assert_eq!(records(&out)[0]["dates"][0]["value"], "2023-12-18");
}

#[test]
fn files_directories_and_gzip() {
    let dir = tmpdir();
    let d = dir.path();
    std::fs::create_dir_all(d.join("sub/deeper")).unwrap();
    std::fs::create_dir_all(d.join(".hidden")).unwrap();
    std::fs::write(d.join("b.txt"), "Second file.").unwrap();
    std::fs::write(
        d.join("a.jsonl"),
        "{\"text\": \"one\"}\n\n{\"id\": \"named\", \"text\": \"two\"}\n",
    )
    .unwrap();
    std::fs::write(d.join("sub/c.md"), "Markdown file.").unwrap();
    std::fs::write(d.join("notes.csv"), "ignored").unwrap();
    std::fs::write(d.join(".hidden/x.txt"), "ignored").unwrap();
    let gz = std::fs::File::create(d.join("sub/deeper/z.jsonl.gz")).unwrap();
    let mut enc = flate2::write::GzEncoder::new(gz, flate2::Compression::default());
    enc.write_all(b"{\"text\": \"zipped \xc2\xa3330\"}\n")
        .unwrap();
    enc.finish().unwrap();

    let out = util::bin().arg(d).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    let ids: Vec<String> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let p = |s: &str| d.join(s).display().to_string();
    assert_eq!(
        ids,
        vec![
            format!("{}:1", p("a.jsonl")),
            "named".to_string(),
            p("b.txt"),
            p("sub/c.md"),
            format!("{}:1", p("sub/deeper/z.jsonl.gz")),
        ]
    );
    assert_eq!(recs[4]["stats"]["chars"], 11);
}

#[test]
fn non_utf8_is_decoded_with_a_warning() {
    let dir = tmpdir();
    let f = dir.path().join("latin.txt");
    std::fs::write(
        &f,
        b"Le caf\xe9 co\xfbte \xa35, a d\xe9clar\xe9 le g\xe9rant.",
    )
    .unwrap();
    let out = util::bin().arg(&f).arg("--compact").output().unwrap();
    let r = &records(&out)[0];
    assert_eq!(r["warnings"][0]["code"], "decoded");
    assert_eq!(r["stats"]["chars"], 38);
}

#[test]
fn mojibake_is_flagged_with_its_span() {
    let text = "°®Âþµº contacted Palantir for comment.";
    let r = util::analyze(text, &[]);
    let w = &r["warnings"][0];
    assert_eq!(w["code"], "mojibake");
    assert_eq!(w["text"], "°®Âþµº");
    assert_eq!(util::char_slice(text, &w["span"]), "°®Âþµº");
}

#[test]
fn bad_lines_become_error_records_and_the_run_goes_on() {
    let input = "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n{\"id\": \"broken\", \"text\": \n{\"id\": \"notext\"}\n[1]\n{\"id\": \"ok2\", \"text\": \"Also fine \\u0000 with NUL.\"}\n";
    let out = run(&[], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 5, "N articles in, N lines out");
    assert_eq!(recs[0]["id"], "ok1");
    assert_eq!(recs[1]["id"], "stdin:2");
    assert!(
        recs[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 2: invalid JSON")
    );
    assert_eq!(recs[2]["id"], "notext");
    assert!(
        recs[2]["error"]
            .as_str()
            .unwrap()
            .contains("no \"text\" field")
    );
    assert!(
        recs[3]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 4: expected a JSON object")
    );
    assert_eq!(recs[4]["id"], "ok2");
    assert!(recs[4].get("error").is_none());
    assert_eq!(recs[4]["warnings"][0]["code"], "control_characters");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 of 5 articles"), "{stderr}");
}

#[test]
fn missing_file_is_an_error_record() {
    let out = util::bin().arg("/no/such/file.txt").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let r = &records(&out)[0];
    assert_eq!(r["id"], "/no/such/file.txt");
    assert!(
        r["error"]
            .as_str()
            .unwrap()
            .starts_with("cannot open /no/such/file.txt")
    );
}

#[test]
fn empty_inputs() {
    // Empty text on stdin is one empty article; an empty JSON Lines file is no article.
    let out = run(&["--compact"], b"");
    let r = &records(&out)[0];
    assert_eq!(r["stats"]["bytes"], 0);
    let dir = tmpdir();
    let f = dir.path().join("empty.jsonl");
    std::fs::write(&f, "\n\n").unwrap();
    let out = util::bin().arg(&f).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn oversized_articles_are_refused_not_loaded() {
    let big = format!(
        "{{\"text\": \"{}\"}}\n{{\"id\": \"small\", \"text\": \"ok\"}}\n",
        "a".repeat(5000)
    );
    let out = run(&["--max-bytes", "1000"], big.as_bytes());
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert!(recs[0]["error"].as_str().unwrap().contains("--max-bytes"));
    assert_eq!(recs[1]["id"], "small");
}

#[test]
fn published_from_input_or_flag() {
    let input = "{\"id\": \"a\", \"text\": \"x\", \"published\": \"2020-05-01T08:00:00Z\"}\n{\"id\": \"b\", \"text\": \"y\"}\n";
    let recs = records(&run(&["--published", "2023-12-19"], input.as_bytes()));
    assert_eq!(recs[0]["published"], "2020-05-01");
    assert_eq!(recs[1]["published"], "2023-12-19");
    let recs = records(&run(&["--published", "19 December 2023"], b"x"));
    assert_eq!(recs[0]["published"], "2023-12-19");
    let out = run(&["--published", "12/11/2023"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use YYYY-MM-DD"));
}

#[test]
fn offsets_in_three_units() {
    let text = "£5 😀 “ok” here";
    let get = |unit: &str| {
        let r = util::analyze(text, &["--tokens", "--offsets", unit]);
        let toks = r["tokens"].as_array().unwrap().clone();
        let here = toks.last().unwrap().clone();
        (here[0].as_u64().unwrap(), here[1].as_u64().unwrap())
    };
    let b = text.find("here").unwrap() as u64;
    assert_eq!(get("bytes"), (b, b + 4));
    assert_eq!(get("chars"), (10, 14));
    assert_eq!(get("utf16"), (11, 15));
}

#[test]
fn tokens_and_sentences_slice_the_text() {
    let text = "Mr. Karp said: “We stand with Israel.” The U.S. firm’s shares rose 3.5% to $417m.\nSee https://example.org or write to a@b.co #tech";
    let r = util::analyze(text, &["--tokens", "--sentences"]);
    let toks: Vec<(String, String)> = r["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                util::char_slice(text, t),
                t[2].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for want in [
        ("Mr.", "word"),
        ("3.5%", "number"),
        ("$417m", "number"),
        ("firm’s", "word"),
        ("https://example.org", "url"),
        ("a@b.co", "email"),
        ("#tech", "hashtag"),
    ] {
        assert!(
            toks.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?} in {toks:?}"
        );
    }
    let sents: Vec<String> = r["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| util::char_slice(text, s))
        .collect();
    assert_eq!(sents[0], "Mr. Karp said: “We stand with Israel.”");
    assert_eq!(sents[1], "The U.S. firm’s shares rose 3.5% to $417m.");
}

#[test]
fn pretty_output() {
    let out = run(&["--pretty"], b"One article.");
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("{\n  \"schema\": \"newsfacts/1\""), "{s}");
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["id"], "stdin");
}

#[test]
fn thread_counts_give_identical_bytes() {
    let corpus = util::root().join("corpus");
    let one = util::bin().arg(&corpus).args(["-j", "1"]).output().unwrap();
    let many = util::bin().arg(&corpus).args(["-j", "4"]).output().unwrap();
    assert!(one.status.success());
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, many.stdout);
}

#[test]
fn closed_pipe_ends_quietly() {
    let mut input = String::new();
    for i in 0..20_000 {
        input.push_str(&format!(
            "{{\"id\": \"{i}\", \"text\": \"Shares rose 3% on Monday, the company said.\"}}\n"
        ));
    }
    let mut child = util::bin()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("\"id\":\"0\""));
    // stdout is dropped here: the pipe is closed early, as by `| head -1`.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn schema_command_prints_the_schema() {
    let out = util::bin().arg("schema").output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "newsfacts/1 record");
}

#[test]
fn output_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(newsfacts::SCHEMA_JSON).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let mut args = vec![util::root().join("corpus").display().to_string()];
    args.push(
        util::shared()
            .join("seed/palantir-nhs-protest.txt")
            .display()
            .to_string(),
    );
    args.extend(["--tokens".into(), "--sentences".into()]);
    let out = util::bin().args(&args).output().unwrap();
    let mut recs = records(&out);
    recs.extend(records(&run(&[], b"{\"text\": 1}\n")));
    assert!(recs.len() > 10);
    for r in &recs {
        let errors: Vec<String> = validator
            .iter_errors(r)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "record {} does not match the schema: {errors:?}",
            r["id"]
        );
    }
}

#[test]
fn every_span_slices_the_text_on_the_corpus() {
    let out = util::bin()
        .arg(util::root().join("corpus"))
        .output()
        .unwrap();
    let recs = records(&out);
    // Texts of the corpus, read back in the same order.
    let mut texts = Vec::new();
    for r in &recs {
        let id = r["id"].as_str().unwrap();
        let text = if let Some((path, line)) = id.rsplit_once(".jsonl:") {
            let body = std::fs::read_to_string(format!("{path}.jsonl")).unwrap();
            let l: usize = line.parse().unwrap();
            let v: serde_json::Value =
                serde_json::from_str(body.lines().nth(l - 1).unwrap()).unwrap();
            v["text"].as_str().unwrap().to_string()
        } else if std::path::Path::new(id).exists() {
            std::fs::read_to_string(id).unwrap()
        } else {
            // An id given in the JSON: find its line.
            let body = std::fs::read_to_string(util::root().join("corpus/wire.jsonl")).unwrap();
            body.lines()
                .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
                .find(|v| v["id"].to_string().trim_matches('"') == id)
                .map(|v| v["text"].as_str().unwrap().to_string())
                .unwrap()
        };
        texts.push(text);
    }
    for (r, text) in recs.iter().zip(&texts) {
        let mut found = Vec::new();
        util::spans_with_text(r, "", &mut found);
        for (path, span, t) in found {
            assert_eq!(util::char_slice(text, &span), t, "{} {path}", r["id"]);
        }
    }
}

#[test]
fn pretty_by_default_only_for_one_article_on_a_terminal() {
    // `script` gives the command a terminal for stdout; skip where it is missing.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("script(1) not available: skipped");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_newsfacts");
    let on_tty = |input: &str| {
        let cmd = format!("printf '{input}' | {bin}");
        let out = std::process::Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(on_tty("One article.").starts_with("{\r\n  \"schema\""));
    let two = on_tty(r#"{"text": "a"}\n{"text": "b"}\n"#);
    assert_eq!(two.lines().count(), 2, "{two}");
    // Not a terminal: compact.
    let out = run(&[], b"One article.");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn extract_chooses_extractors() {
    let out = run(
        &["--extract", "none", "--compact"],
        b"It cost \xc2\xa35m on 2 November.",
    );
    assert!(out.status.success());
    let r = &records(&out)[0];
    assert_eq!(r["figures"], serde_json::json!([]));
    assert_eq!(r["dates"], serde_json::json!([]));
    assert_eq!(r["stats"]["sentences"], 1);
    let out = run(&["--extract", "dates,nonsense"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("use dates, figures, entities, quotes or none")
    );
}
