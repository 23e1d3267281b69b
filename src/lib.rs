//! # newsfacts
//!
//! Reads news articles and emits structured JSON: tokens and sentences, the **quotes** and
//! who said them, the **figures** (money, percentages, counts, quantities), the **dates**
//! normalised to calendar values, and the **organisations**, people and places named.
//!
//! ```
//! use newsfacts::{Analyzer, Document, Options};
//! let analyzer = Analyzer::new(&Options::default()).unwrap();
//! let doc = Document::new("“We are ready,” she said on Monday.", None);
//! let found = analyzer.analyze(&doc);
//! assert_eq!(doc.sentences.len(), 1);
//! # let _ = found;
//! ```
//!
//! ## Output format (`newsfacts/1`)
//!
//! One JSON object per input article, one per line, in input order. Consumers should
//! ignore fields they do not know: later versions may add fields, never change these.
//!
//! ```json
//! {"schema": "newsfacts/1", "id": "story-1", "published": "2023-12-19",
//!  "stats": {"bytes": 2504, "chars": 2483, "paragraphs": 16, "sentences": 17, "tokens": 470, "words": 410},
//!  "quotes": [{"span": [1860, 1976], "text": "We are one of a few companies…", "kind": "direct",
//!              "speaker": {"span": [1978, 1980], "text": "he", "name": "Alex Karp", "type": "person"},
//!              "cue": {"span": [1981, 1985], "text": "said"}}],
//!  "figures": [{"span": [285, 300], "text": "up to £330 million", "kind": "money",
//!               "value": 330000000.0, "currency": "GBP", "approx": "up_to"}],
//!  "dates": [{"span": [28, 34], "text": "Monday", "type": "DATE", "value": "2023-12-18"}],
//!  "organizations": [{"name": "British Medical Association", "type": "union", "acronym": "BMA",
//!                     "mentions": [{"span": [856, 883], "text": "British Medical Association"}]}],
//!  "people": [], "places": [], "warnings": []}
//! ```
//!
//! - `span` is `[start, end]`, half-open, in Unicode code points by default (Python
//!   `text[start:end]` is `text`); `--offsets bytes` or `--offsets utf16` change the unit.
//!   Every item with a `span` also has `text`, the article text at that span.
//! - `published` is the reference date used: the input's, else `--published`, else a
//!   dateline at the start of the article; null when none is known.
//! - `stats` counts the decoded text: UTF-8 bytes, code points, paragraphs, sentences,
//!   tokens and words (word-like tokens).
//! - `quotes[]`: `kind` is direct, partial, scare or title; `speaker` (or null) has `span`,
//!   `text`, `name` (resolved within the article, or null), `type` (person, organization,
//!   group, document, unknown), and may have `description` and `organizations`; `cue` (or
//!   null) is the reporting verb or phrase. A description is named after what it refers
//!   to ("the company", "the mayor": the organisation or person the article gave that
//!   kind or role); a spokesperson's `name` is the organisation they speak for, while
//!   someone merely from one ("a GOP strategist") has `name` null and the organisation in
//!   `organizations`.
//! - `figures[]`: `kind` is money, percent, number or quantity; `value` is a number;
//!   money has `currency` (ISO 4217), quantities `unit`; optional `approx`, `range`
//!   (`{low, high}`), `points`, `counted`, `category`, `source`, `converted_from`.
//! - `dates[]`: TimeML TIMEX3 `type` (DATE, TIME, DURATION, SET) and `value`; optional
//!   `mod`; `resolved: false` when the value needed a reference date that was not known.
//! - `organizations[]`, `people[]`, `places[]`: one object per distinct entity: `name`,
//!   `mentions` (`[{span, text}]`), and where known `type`, `acronym` (an organisation's
//!   initials as the article writes them, else as the gazetteer knows them; not a word
//!   in capitals of a headline), `aliases`, `descriptions`, `roles` (including offices
//!   written as titles: "Archbishop") and, for people, `organizations` (the names of
//!   organisations the article ties them to).
//! - `warnings[]`: `{code, message}` and, when about a piece of text, `span` and `text`.
//!   Codes: `decoded` (input was not UTF-8), `mojibake`, `control_characters`,
//!   `bad_published`, `bad_id`.
//! - With `--tokens`: `"tokens": [[start, end, kind], ...]`, kind one of word, number,
//!   punct, symbol, url, email, handle, hashtag. With `--sentences`:
//!   `"sentences": [[start, end], ...]`.
//!
//! An article that cannot be processed yields `{"schema": "newsfacts/1", "id": ...,
//! "error": "message"}` in its place, so N articles in always make N lines out.
//!
//! The JSON Schema of the record is [`SCHEMA_JSON`] (`newsfacts schema` prints it).

#![deny(missing_docs)]

pub mod cli;
pub mod data;
pub mod dates;
pub mod document;
pub mod entities;
pub mod extract;
pub mod figures;
pub mod input;
pub mod pipeline;
pub mod quotes;
pub mod record;
pub mod segment;
pub mod span;
pub mod text;

pub use document::Document;
pub use extract::{Analysis, Analyzer, Extractor, Options};
pub use span::Span;

/// The JSON Schema (draft 2020-12) of an output record.
pub const SCHEMA_JSON: &str = include_str!("schema.json");
