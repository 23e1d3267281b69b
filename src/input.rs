//! Reading articles: standard input, files, directories, gzip, plain text and JSON Lines.
//!
//! Reading is split in two so that it streams with bounded memory and parallelises well:
//! [`Reader`] yields raw [`Unit`]s (the bytes of one article, in input order) on one thread;
//! [`Unit::parse`] decodes and parses a unit into an [`Article`] on any worker thread.

use crate::record::Warning;
use crate::text;
use jiff::civil::Date;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How input is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// By file extension; on standard input, JSON Lines if the first non-blank byte is `{`.
    #[default]
    Auto,
    /// Each file (or standard input) is one plain-text article.
    Text,
    /// One JSON object per line, one article per object.
    JsonLines,
}

/// Input settings.
#[derive(Clone, Debug)]
pub struct InputOptions {
    /// Forced format, or auto.
    pub format: Format,
    /// The JSON field holding the text (a dotted path reaches into objects:
    /// `article.body`).
    pub text_field: String,
    /// The JSON field holding the article's id (`id` by default; a dotted path too).
    pub id_field: String,
    /// The JSON field holding the publication date; `None`: the first of
    /// [`PUBLISHED_FIELDS`] the article has.
    pub published_field: Option<String>,
    /// Largest article (or JSON line) accepted, in bytes.
    pub max_bytes: usize,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            format: Format::Auto,
            text_field: "text".into(),
            id_field: "id".into(),
            published_field: None,
            max_bytes: 64 << 20,
        }
    }
}

/// Where input comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file or a directory.
    Path(PathBuf),
}

/// The raw form of one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitFormat {
    /// The bytes are the article text.
    Text,
    /// The bytes are one JSON object.
    Json,
}

/// One article as read, not yet decoded; or why it could not be read.
#[derive(Debug)]
pub struct Unit {
    /// The file it came from ("stdin" for standard input).
    pub origin: Arc<str>,
    /// Its line number, for JSON Lines.
    pub line: Option<u64>,
    /// What the bytes are.
    pub format: UnitFormat,
    /// The bytes, or the reason there are none.
    pub data: Result<Vec<u8>, String>,
}

/// One article ready to be analysed.
#[derive(Debug)]
pub struct Article {
    /// Its identifier: the input's `id`, else `PATH` or `PATH:LINE`.
    pub id: String,
    /// The decoded text.
    pub text: String,
    /// Its publication date, if the input gave a valid one.
    pub published: Option<Date>,
    /// Problems met while reading it.
    pub warnings: Vec<Warning>,
}

/// An article that could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct Failed {
    /// Its identifier, as far as it is known.
    pub id: String,
    /// What went wrong, for people.
    pub error: String,
}

impl Unit {
    /// The identifier used when the input gives none.
    pub fn default_id(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{l}", self.origin),
            None => self.origin.to_string(),
        }
    }

    /// Size of the raw data in bytes.
    pub fn len(&self) -> usize {
        self.data.as_ref().map_or(0, Vec::len)
    }

    /// True when there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Decodes and parses the unit.
    pub fn parse(self, opts: &InputOptions) -> Result<Article, Failed> {
        let id = self.default_id();
        let bytes = match self.data {
            Ok(b) => b,
            Err(error) => return Err(Failed { id, error }),
        };
        let mut warnings = Vec::new();
        match self.format {
            UnitFormat::Text => {
                let text = text::decode(bytes, &mut warnings);
                Ok(Article {
                    id,
                    text,
                    published: None,
                    warnings,
                })
            }
            UnitFormat::Json => parse_json(&bytes, id, self.line.unwrap_or(0), opts, warnings),
        }
    }
}

fn parse_json(
    bytes: &[u8],
    default_id: String,
    line: u64,
    opts: &InputOptions,
    mut warnings: Vec<Warning>,
) -> Result<Article, Failed> {
    let fail = |id: String, error: String| Err(Failed { id, error });
    let s = text::decode_line(bytes, &mut warnings);
    let mut parsed = serde_json::from_str::<serde_json::Value>(&s);
    // Escapes of unpaired UTF-16 surrogates ("\ud83d" of an emoji cut in two, as
    // Python's json.dumps writes them) are no text: each becomes U+FFFD, with a warning,
    // rather than the article being lost.
    if parsed.is_err()
        && let Some((repaired, n)) = repair_surrogates(&s)
        && let Ok(v) = serde_json::from_str::<serde_json::Value>(&repaired)
    {
        warnings.push(Warning::new(
            "decoded",
            format!("replaced {n} unpaired UTF-16 surrogate escape(s) with U+FFFD"),
        ));
        parsed = Ok(v);
    }
    let mut obj = match parsed {
        Ok(serde_json::Value::Object(m)) => m,
        Ok(_) => {
            return fail(
                default_id,
                format!(
                    "line {line}: expected a JSON object with a \"{}\" field",
                    opts.text_field
                ),
            );
        }
        Err(e) => return fail(default_id, format!("line {line}: invalid JSON: {e}")),
    };
    let id = match take_field(&mut obj, &opts.id_field) {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => default_id,
        Some(serde_json::Value::String(_)) => default_id,
        Some(other) => {
            warnings.push(Warning::new(
                "bad_id",
                format!(
                    "\"{}\" should be a string or a number, not {other}; using the line position",
                    opts.id_field
                ),
            ));
            default_id
        }
    };
    let text = match take_field(&mut obj, &opts.text_field) {
        Some(serde_json::Value::String(t)) => t,
        Some(serde_json::Value::Null) | None => {
            let hint = if opts.text_field == "text" {
                " (choose another field with --text-field)"
            } else {
                ""
            };
            return fail(
                id,
                format!("line {line}: no \"{}\" field{hint}", opts.text_field),
            );
        }
        Some(other) => {
            let kind = match other {
                serde_json::Value::Bool(_) => "a boolean",
                serde_json::Value::Number(_) => "a number",
                serde_json::Value::Array(_) => "an array",
                _ => "an object",
            };
            return fail(
                id,
                format!(
                    "line {line}: \"{}\" must be a string, not {kind}",
                    opts.text_field
                ),
            );
        }
    };
    // A BOM inside the field is a character of the text the caller holds: it stays, so
    // that offsets slice that text exactly (a BOM before the bytes of a file is dropped
    // when decoding).
    let mut published = None;
    let named = opts.published_field.as_deref().map(|f| [f]);
    let fields: &[&str] = match &named {
        Some(one) => one,
        None => PUBLISHED_FIELDS,
    };
    for &name in fields {
        match take_field(&mut obj, name) {
            Some(serde_json::Value::String(p)) => {
                published = parse_date(&p);
                if published.is_none() {
                    warnings.push(Warning::new(
                        "bad_published",
                        format!("\"{name}\": {p:?} is not a date (ISO 8601, RFC 2822, Unix time or written out: \"19 December 2023\"); ignored"),
                    ));
                }
                break;
            }
            Some(serde_json::Value::Null) | None => {}
            Some(other) => {
                // (a Unix time)
                published = other.as_i64().and_then(epoch_date);
                if published.is_some() {
                    break;
                }
                warnings.push(Warning::new(
                    "bad_published",
                    format!(
                        "\"{name}\" should be a date string or a Unix time, not {other}; ignored"
                    ),
                ));
                break;
            }
        }
    }
    Ok(Article {
        id,
        text,
        published,
        warnings,
    })
}

/// The fields read for an article's publication date when none is named, in this order:
/// the names news datasets and scrapers use (news-please and CC-News write
/// `date_publish`, newspaper3k `publish_date`, schema.org `datePublished`, RSS `pubDate`).
pub const PUBLISHED_FIELDS: &[&str] = &[
    "published",
    "date",
    "publish_date",
    "date_publish",
    "published_at",
    "publishedAt",
    "datePublished",
    "pubDate",
    "pubdate",
];

/// The value of field `name`, taken out of `obj` (no copy of a long text): the key as
/// written if `obj` has it, else a dotted path into nested objects (`article.body`).
fn take_field(
    obj: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
) -> Option<serde_json::Value> {
    if let Some(v) = obj.remove(name) {
        return Some(v);
    }
    let (head, rest) = name.split_once('.')?;
    match obj.get_mut(head)? {
        serde_json::Value::Object(inner) => take_field(inner, rest),
        _ => None,
    }
}

/// `json` with every escape of an unpaired UTF-16 surrogate (`\ud800` not followed by a
/// low surrogate's escape, or a low surrogate's escape alone) replaced by `\ufffd`, and
/// how many were replaced; `None` when there are none. Other bytes, escaped backslashes
/// (`\\ud800` is text) and surrogate pairs are left as they are.
fn repair_surrogates(json: &str) -> Option<(String, usize)> {
    let b = json.as_bytes();
    // The code unit of the escape `\uXXXX` at `i`, if one is there.
    let unit = |i: usize| -> Option<u16> {
        let e = b.get(i..i + 6)?;
        if e[0] != b'\\' || e[1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&e[2..]).ok()?, 16).ok()
    };
    let mut out: Option<String> = None;
    let (mut n, mut copied, mut i) = (0, 0, 0);
    while let Some(k) = b.get(i..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        let at = i + k;
        i = at + 2;
        let lone = match unit(at) {
            Some(0xD800..=0xDBFF) => {
                if matches!(unit(at + 6), Some(0xDC00..=0xDFFF)) {
                    i = at + 12;
                    false
                } else {
                    true
                }
            }
            Some(0xDC00..=0xDFFF) => true,
            Some(_) => {
                i = at + 6;
                false
            }
            None => false,
        };
        if lone {
            let o = out.get_or_insert_with(|| String::with_capacity(json.len()));
            o.push_str(&json[copied..at]);
            o.push_str("\\ufffd");
            copied = at + 6;
            i = at + 6;
            n += 1;
        }
    }
    let mut o = out?;
    o.push_str(&json[copied..]);
    Some((o, n))
}

/// Parses a publication date: an ISO 8601 date ("2023-12-19", also "2023/12/19",
/// "2023.12.19" and "20231219") or date-time ("2023-12-19T10:00:00Z", "2023-12-19
/// 10:00:00+01:00"; the date as written is kept), an RFC 2822 date-time ("Tue, 19 Dec 2023
/// 10:00:00 +0000"), a Unix time in seconds or milliseconds (UTC), or a date written out
/// ("December 19, 2023", "19 Dec 2023", "19/12/2023" when unambiguous).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    let b = s.as_bytes();
    if b.len() == 10 && matches!(b[4], b'/' | b'.') && b[7] == b[4] {
        return s.replace(b[4] as char, "-").parse().ok();
    }
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        return Date::new(
            s[..4].parse().ok()?,
            s[4..6].parse().ok()?,
            s[6..].parse().ok()?,
        )
        .ok();
    }
    if s.len() > 10 && s.is_char_boundary(10) && matches!(s.as_bytes()[10], b'T' | b't' | b' ') {
        if let Ok(d) = s[..10].parse::<Date>() {
            // Check the rest is a time, not junk.
            let rest = &s[11..];
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                return Some(d);
            }
        }
    }
    if let Ok(z) = jiff::fmt::rfc2822::parse(s) {
        return Some(z.date());
    }
    if b.iter().all(u8::is_ascii_digit) {
        return epoch_date(s.parse().ok()?);
    }
    crate::dates::parse_written(s)
}

/// The UTC date of a Unix time in seconds, or in milliseconds when it is too large for
/// seconds (from 1973 to 2286 either way).
fn epoch_date(n: i64) -> Option<Date> {
    let secs = match n {
        100_000_000..=9_999_999_999 => n,
        100_000_000_000..=9_999_999_999_999 => n / 1000,
        _ => return None,
    };
    let ts = jiff::Timestamp::from_second(secs).ok()?;
    Some(jiff::tz::Offset::UTC.to_datetime(ts).date())
}

/// Reads at most `cap` bytes of one line (without its `\n` or `\r\n`) into `buf`, consuming
/// the whole line. Returns the number of bytes consumed (0 at the end) and whether the line
/// was longer than `cap`.
fn read_line_capped(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(usize, bool)> {
    buf.clear();
    let mut consumed = 0;
    let mut over = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = cap.saturating_sub(buf.len());
        if take > room + usize::from(done) {
            over = true;
        }
        buf.extend_from_slice(&chunk[..take.min(room + usize::from(done))]);
        r.consume(take);
        consumed += take;
        if done {
            break;
        }
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    if buf.len() > cap {
        buf.truncate(cap);
        over = true;
    }
    Ok((consumed, over))
}

/// Reads a whole article, up to `cap` bytes.
fn read_capped(r: &mut dyn Read, cap: usize) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    r.take(cap as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read: {e}"))?;
    if buf.len() > cap {
        return Err(format!(
            "article is larger than the limit of {cap} bytes (raise it with --max-bytes)"
        ));
    }
    Ok(buf)
}

/// The format a file's name implies, looking through a `.gz` suffix.
fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "txt" | "md" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" | "jsonlines" => Some(Format::JsonLines),
        _ => None,
    }
}

fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Reads the first bytes of `r` until a non-blank byte, returning them with the format they
/// suggest; the bytes must be put back in front of the rest.
fn sniff(r: &mut dyn Read) -> io::Result<(Vec<u8>, Format)> {
    let mut head = Vec::new();
    let mut byte = [0u8; 4096];
    loop {
        let n = match r.read(&mut byte) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok((head, Format::Text));
        }
        head.extend_from_slice(&byte[..n]);
        let body = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&head);
        if let Some(&b) = body.iter().find(|b| !b.is_ascii_whitespace()) {
            let f = if b == b'{' {
                Format::JsonLines
            } else {
                Format::Text
            };
            return Ok((head, f));
        }
    }
}

struct OpenLines {
    origin: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line: u64,
}

/// Yields the raw units of every source, in order: directories are walked in sorted order,
/// files are read whole (text) or line by line (JSON Lines).
pub struct Reader {
    pending: VecDeque<Source>,
    current: Option<OpenLines>,
    opts: InputOptions,
    line_buf: Vec<u8>,
}

impl Reader {
    /// A reader over `sources` (standard input when empty).
    pub fn new(sources: Vec<Source>, opts: InputOptions) -> Self {
        let pending = if sources.is_empty() {
            VecDeque::from([Source::Stdin])
        } else {
            sources.into()
        };
        Reader {
            pending,
            current: None,
            opts,
            line_buf: Vec::new(),
        }
    }

    fn unit(
        origin: Arc<str>,
        line: Option<u64>,
        format: UnitFormat,
        data: Result<Vec<u8>, String>,
    ) -> Unit {
        Unit {
            origin,
            line,
            format,
            data,
        }
    }

    fn next_line(&mut self) -> Option<Unit> {
        let open = self.current.as_mut()?;
        loop {
            match read_line_capped(&mut *open.reader, &mut self.line_buf, self.opts.max_bytes) {
                Ok((0, _)) => {
                    self.current = None;
                    return None;
                }
                Ok((_, over)) => {
                    open.line += 1;
                    if over {
                        let err = format!(
                            "line {}: longer than the limit of {} bytes (raise it with --max-bytes)",
                            open.line, self.opts.max_bytes
                        );
                        return Some(Self::unit(
                            open.origin.clone(),
                            Some(open.line),
                            UnitFormat::Json,
                            Err(err),
                        ));
                    }
                    if self.line_buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let data = std::mem::take(&mut self.line_buf);
                    return Some(Self::unit(
                        open.origin.clone(),
                        Some(open.line),
                        UnitFormat::Json,
                        Ok(data),
                    ));
                }
                Err(e) => {
                    let line = open.line + 1;
                    let origin = open.origin.clone();
                    self.current = None;
                    return Some(Self::unit(
                        origin,
                        Some(line),
                        UnitFormat::Json,
                        Err(format!("line {line}: cannot read: {e}")),
                    ));
                }
            }
        }
    }

    /// Opens a file (decompressing `.gz`), returning its reader.
    fn open(path: &Path) -> Result<Box<dyn Read + Send>, String> {
        let f = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        if is_gzip(path) {
            Ok(Box::new(flate2::read::MultiGzDecoder::new(
                BufReader::with_capacity(1 << 16, f),
            )))
        } else {
            Ok(Box::new(f))
        }
    }

    /// Starts reading one stream: a text unit now, or JSON lines from now on.
    fn start(
        &mut self,
        origin: Arc<str>,
        mut r: Box<dyn Read + Send>,
        format: Format,
    ) -> Option<Unit> {
        let (head, format) = match format {
            Format::Auto => match sniff(&mut r) {
                Ok((head, f)) => (head, f),
                Err(e) => {
                    return Some(Self::unit(
                        origin.clone(),
                        None,
                        UnitFormat::Text,
                        Err(format!("cannot read: {e}")),
                    ));
                }
            },
            f => (Vec::new(), f),
        };
        let chained: Box<dyn Read + Send> = Box::new(io::Cursor::new(head).chain(r));
        match format {
            Format::JsonLines => {
                self.current = Some(OpenLines {
                    origin,
                    reader: Box::new(BufReader::with_capacity(1 << 16, chained)),
                    line: 0,
                });
                None
            }
            _ => {
                let mut r = chained;
                let data = read_capped(&mut r, self.opts.max_bytes);
                Some(Self::unit(origin, None, UnitFormat::Text, data))
            }
        }
    }

    /// Expands a directory into its article files, sorted, in front of the queue.
    fn walk(&mut self, dir: &Path) -> Option<Unit> {
        let mut found = Vec::new();
        let mut first_error = None;
        let walker = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0 || !e.file_name().to_str().is_some_and(|n| n.starts_with('.'))
            });
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() && format_of(e.path()).is_some() => {
                    found.push(Source::Path(e.into_path()));
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e
                        .path()
                        .map_or_else(|| dir.display().to_string(), |p| p.display().to_string());
                    first_error.get_or_insert_with(|| (path, e.to_string()));
                }
            }
        }
        for s in found.into_iter().rev() {
            self.pending.push_front(s);
        }
        first_error.map(|(path, err)| {
            Self::unit(
                path.into(),
                None,
                UnitFormat::Text,
                Err(format!("cannot read directory entry: {err}")),
            )
        })
    }
}

impl Iterator for Reader {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if self.current.is_some() {
                if let Some(u) = self.next_line() {
                    return Some(u);
                }
                continue;
            }
            let source = self.pending.pop_front()?;
            let unit = match source {
                Source::Stdin => {
                    let stdin: Box<dyn Read + Send> = Box::new(io::stdin());
                    self.start("stdin".into(), stdin, self.opts.format)
                }
                Source::Path(p) if p.is_dir() => self.walk(&p),
                Source::Path(p) => {
                    let origin: Arc<str> = p.display().to_string().into();
                    match Self::open(&p) {
                        Ok(r) => {
                            let format = match self.opts.format {
                                Format::Auto => format_of(&p).unwrap_or(Format::Auto),
                                f => f,
                            };
                            self.start(origin, r, format)
                        }
                        Err(e) => Some(Self::unit(origin, None, UnitFormat::Text, Err(e))),
                    }
                }
            };
            if unit.is_some() {
                return unit;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_unit(line: &str) -> Unit {
        Unit {
            origin: "f.jsonl".into(),
            line: Some(3),
            format: UnitFormat::Json,
            data: Ok(line.as_bytes().to_vec()),
        }
    }

    #[test]
    fn named_and_nested_fields() {
        let opts = InputOptions {
            text_field: "article.body".into(),
            id_field: "meta.id".into(),
            ..InputOptions::default()
        };
        let a = json_unit(
            r#"{"meta": {"id": 12}, "article": {"body": "£5 “ok”", "title": "T"}, "date_publish": "2023-12-19 10:00:00"}"#,
        )
        .parse(&opts)
        .unwrap();
        assert_eq!((a.id.as_str(), a.text.as_str()), ("12", "£5 “ok”"));
        assert_eq!(a.published, Some(jiff::civil::date(2023, 12, 19)));
        // A key with a dot in it, as written, comes before the path.
        let a = json_unit(r#"{"article.body": "flat", "article": {"body": "nested"}}"#)
            .parse(&opts)
            .unwrap();
        assert_eq!(a.text, "flat");
        // A path that ends at no string is the usual error.
        let e = json_unit(r#"{"article": "not an object"}"#)
            .parse(&opts)
            .unwrap_err();
        assert!(e.error.contains("no \"article.body\" field"), "{}", e.error);
        // The common names of a publication date, in order; or the one named.
        let opts = InputOptions::default();
        for f in PUBLISHED_FIELDS {
            let line = format!(r#"{{"text": "x", "{f}": "2021-03-04"}}"#);
            let a = json_unit(&line).parse(&opts).unwrap();
            assert_eq!(a.published, Some(jiff::civil::date(2021, 3, 4)), "{f}");
        }
        let line =
            r#"{"text": "x", "pubDate": "Tue, 19 Dec 2023 10:00:00 +0000", "date": "2020-01-02"}"#;
        assert_eq!(
            json_unit(line).parse(&opts).unwrap().published,
            Some(jiff::civil::date(2020, 1, 2))
        );
        let opts = InputOptions {
            published_field: Some("crawled.at".into()),
            ..InputOptions::default()
        };
        let line = r#"{"text": "x", "date": "2020-01-02", "crawled": {"at": 1700000000}}"#;
        assert_eq!(
            json_unit(line).parse(&opts).unwrap().published,
            Some(jiff::civil::date(2023, 11, 14))
        );
    }

    #[test]
    fn unpaired_surrogates_are_replaced() {
        let r = |s: &str| repair_surrogates(s);
        // A high surrogate alone, before text, before another escape, at the end.
        assert_eq!(
            r(r#"{"text": "a \ud83d b"}"#),
            Some((r#"{"text": "a \ufffd b"}"#.to_string(), 1))
        );
        assert_eq!(
            r(r#""\ud83d\u0041\udc00""#),
            Some((r#""\ufffd\u0041\ufffd""#.to_string(), 2))
        );
        assert_eq!(
            r(r#""£ “x” \uD800""#),
            Some((r#""£ “x” \ufffd""#.to_string(), 1))
        );
        // Pairs, escaped backslashes, other escapes and plain text are left alone.
        assert_eq!(r(r#""\ud83d\ude00 \\ud800 \u00e9 \n""#), None);
        assert_eq!(r(r#""\ud83d\\ude00""#).map(|x| x.1), Some(1));
        assert_eq!(r("\\"), None);
        assert_eq!(r(r#""\ud8""#), None);
        // An article with one is read, with a warning; it is not lost.
        let a = json_unit(r#"{"id": "s", "text": "Smile \ud83d please, \ud83d\ude00 Bob said."}"#)
            .parse(&InputOptions::default())
            .unwrap();
        assert_eq!(a.text, "Smile \u{fffd} please, \u{1f600} Bob said.");
        assert!(a.warnings.iter().any(|w| w.message.contains("1 unpaired")));
        // Other invalid JSON is still an error.
        assert!(
            json_unit(r#"{"text": "\ud83d" "#)
                .parse(&InputOptions::default())
                .is_err()
        );
    }

    proptest::proptest! {
        /// Any sequence of UTF-16 code units written as escapes reads as the text that
        /// decoding them lossily gives (each unpaired surrogate one U+FFFD).
        #[test]
        fn any_code_units_read_as_lossy_utf16(units in proptest::collection::vec(
            proptest::prop_oneof![0xD7F0u16..0xE010, proptest::num::u16::ANY], 0..24)
        ) {
            let mut json = String::from("\"");
            for u in &units {
                json.push_str(&format!("\\u{u:04x}"));
            }
            json.push('"');
            let fixed = repair_surrogates(&json).map_or(json, |r| r.0);
            let read: String = serde_json::from_str(&fixed).unwrap();
            proptest::prop_assert_eq!(read, String::from_utf16_lossy(&units));
        }
    }

    #[test]
    fn json_articles() {
        let opts = InputOptions::default();
        let a = json_unit(
            r#"{"id": 7, "text": "£5 “ok”", "published": "2023-12-19T10:00:00Z", "extra": [1]}"#,
        )
        .parse(&opts)
        .unwrap();
        assert_eq!((a.id.as_str(), a.text.as_str()), ("7", "£5 “ok”"));
        assert_eq!(a.published, Some(jiff::civil::date(2023, 12, 19)));
        let a = json_unit(r#"{"text": "x", "date": "2020-01-02"}"#)
            .parse(&opts)
            .unwrap();
        assert_eq!(a.id, "f.jsonl:3");
        assert_eq!(a.published, Some(jiff::civil::date(2020, 1, 2)));
        let a = json_unit(r#"{"text": "x", "published": "last week"}"#)
            .parse(&opts)
            .unwrap();
        assert_eq!(a.published, None);
        assert_eq!(a.warnings[0].code, "bad_published");
        // A Unix time as a number (seconds or milliseconds, UTC).
        let a = json_unit(r#"{"text": "x", "published": 1702980000}"#)
            .parse(&opts)
            .unwrap();
        assert_eq!(a.published, Some(jiff::civil::date(2023, 12, 19)));
        assert!(a.warnings.is_empty());
        let a = json_unit(r#"{"text": "x", "published": 7}"#)
            .parse(&opts)
            .unwrap();
        assert_eq!(a.published, None);
        assert_eq!(a.warnings[0].code, "bad_published");
    }

    #[test]
    fn json_errors() {
        let opts = InputOptions::default();
        let cases = [
            (r#"{"text": "unterminated"#, "line 3: invalid JSON"),
            (r#"[1, 2]"#, "line 3: expected a JSON object"),
            (
                r#"{"id": "a", "body": "x"}"#,
                "line 3: no \"text\" field (choose another field with --text-field)",
            ),
            (
                r#"{"id": "a", "text": 5}"#,
                "line 3: \"text\" must be a string, not a number",
            ),
        ];
        for (line, want) in cases {
            let e = json_unit(line).parse(&opts).unwrap_err();
            assert!(e.error.starts_with(want), "{line}: {}", e.error);
        }
        let e = json_unit(r#"{"id": "a", "text": 5}"#)
            .parse(&opts)
            .unwrap_err();
        assert_eq!(e.id, "a");
        let opts = InputOptions {
            text_field: "body".into(),
            ..InputOptions::default()
        };
        assert_eq!(
            json_unit(r#"{"body": "x"}"#).parse(&opts).unwrap().text,
            "x"
        );
    }

    #[test]
    fn dates() {
        for (s, want) in [
            ("2023-12-19", Some((2023, 12, 19))),
            ("2023-12-19T23:30:00-05:00", Some((2023, 12, 19))),
            ("2023-12-19 10:00", Some((2023, 12, 19))),
            ("Tue, 19 Dec 2023 10:00:00 +0000", Some((2023, 12, 19))),
            ("2023/12/19", Some((2023, 12, 19))),
            ("20231219", Some((2023, 12, 19))),
            ("December 19, 2023", Some((2023, 12, 19))),
            ("Tue, 19 Dec. 2023", Some((2023, 12, 19))),
            ("19/12/2023", Some((2023, 12, 19))),
            ("1702980000", Some((2023, 12, 19))),
            ("1702980000123", Some((2023, 12, 19))),
            ("2023-13-01", None),
            ("2023/13/01", None),
            ("2023-12-19junk", None),
            ("yesterday", None),
            ("Monday", None),
            ("May 2023", None),
            ("12/11/2023", None),
            ("42", None),
        ] {
            assert_eq!(
                parse_date(s),
                want.map(|(y, m, d)| jiff::civil::date(y, m, d)),
                "{s}"
            );
        }
    }

    #[test]
    fn capped_lines() {
        let data = b"short\r\nexactly10!\nthis line is too long\nlast";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            let (n, over) = read_line_capped(&mut r, &mut buf, 10).unwrap();
            if n == 0 {
                break;
            }
            got.push((String::from_utf8(buf.clone()).unwrap(), over));
        }
        assert_eq!(
            got,
            vec![
                ("short".into(), false),
                ("exactly10!".into(), false),
                ("this line ".into(), true),
                ("last".into(), false)
            ]
        );
    }

    #[test]
    fn formats_by_name() {
        assert_eq!(format_of(Path::new("a/b.txt")), Some(Format::Text));
        assert_eq!(format_of(Path::new("b.JSONL.gz")), Some(Format::JsonLines));
        assert_eq!(format_of(Path::new("b.ndjson")), Some(Format::JsonLines));
        assert_eq!(format_of(Path::new("b.csv")), None);
    }
}
