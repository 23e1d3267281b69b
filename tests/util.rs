//! Helpers shared by the integration tests.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the project root (evaluation data, read-only).
pub fn shared() -> PathBuf {
    root().join("..").join("shared")
}

/// The built binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
}

/// Runs the binary with `args`, feeding `stdin`.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newsfacts");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait newsfacts");
    writer.join().unwrap();
    out
}

/// The JSON records printed on standard output.
pub fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// Runs the binary on one text and returns its single record.
pub fn analyze(text: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["--text", "--compact"];
    args.extend_from_slice(extra);
    let out = run(&args, text.as_bytes());
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut recs = records(&out);
    assert_eq!(recs.len(), 1);
    recs.remove(0)
}

/// Code-point slice of `text`, as Python would take it.
pub fn char_slice(text: &str, span: &serde_json::Value) -> String {
    let s = span[0].as_u64().unwrap() as usize;
    let e = span[1].as_u64().unwrap() as usize;
    text.chars().skip(s).take(e - s).collect()
}

/// Every `{span, text}` object anywhere in a record, with the path to it.
pub fn spans_with_text(
    v: &serde_json::Value,
    path: &str,
    out: &mut Vec<(String, serde_json::Value, String)>,
) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(span), Some(serde_json::Value::String(t))) = (m.get("span"), m.get("text"))
            {
                out.push((path.to_string(), span.clone(), t.clone()));
            }
            for (k, x) in m {
                spans_with_text(x, &format!("{path}.{k}"), out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                spans_with_text(x, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}
