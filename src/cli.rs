//! The command line: flags parsed once into a [`Config`], then the run.

use crate::dates::DateOrder;
use crate::extract::{Enabled, Kind, Options};
use crate::input::{self, Format, InputOptions, Source};
use crate::pipeline::{self, Config};
use crate::record::OutputOptions;
use crate::span::OffsetUnit;
use clap::{Parser, Subcommand};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status: every article was processed.
pub const EXIT_OK: u8 = 0;
/// Exit status: the run finished, but some articles yielded error records.
pub const EXIT_ARTICLE_ERRORS: u8 = 1;
/// Exit status: bad command line, unreadable gazetteer, or output that could not be written.
pub const EXIT_FATAL: u8 = 2;

const AFTER_HELP: &str = "\
Input: with no PATH (or with -), standard input is read: plain text is one article, and
text whose first non-blank character is '{' is JSON Lines (one article per line). Files
ending .txt/.md are one article each, .jsonl/.ndjson one article per line, and .gz files
are decompressed. Directories are walked recursively in sorted order.

Output: one JSON object per article on standard output, in input order (see
`newsfacts schema`). Exit status: 0 all articles processed, 1 some articles yielded error
records, 2 usage or fatal error.

Examples:
  cat story.txt | newsfacts
  newsfacts corpus/ > facts.jsonl
  newsfacts articles.jsonl.gz --published 2023-12-19 -j 8 | jq '.quotes[].text'";

/// Extract quotes, figures, dates and organisations from news articles as JSON Lines.
#[derive(Debug, Parser)]
#[command(name = "newsfacts", version, about, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// Files or directories to read ("-" or nothing: standard input).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Read every input as JSON Lines.
    #[arg(long, conflicts_with = "text")]
    pub jsonl: bool,

    /// Read every input as one plain-text article.
    #[arg(long)]
    pub text: bool,

    /// JSON field holding the article text (a dotted path reaches into objects:
    /// article.body).
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_field: String,

    /// JSON field holding the article id (a dotted path too).
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_field: String,

    /// JSON field holding the publication date (default: the first present of published,
    /// date, publish_date, date_publish, published_at, publishedAt, datePublished, pubDate,
    /// pubdate).
    #[arg(long, value_name = "NAME")]
    pub published_field: Option<String>,

    /// Reference date (YYYY-MM-DD) for articles that give none.
    #[arg(long, value_name = "DATE", value_parser = parse_published)]
    pub published: Option<jiff::civil::Date>,

    /// Unit of the offsets in spans.
    #[arg(long, value_enum, default_value = "chars")]
    pub offsets: OffsetUnit,

    /// Add the tokens: [start, end, kind].
    #[arg(long)]
    pub tokens: bool,

    /// Add the sentences: [start, end].
    #[arg(long)]
    pub sentences: bool,

    /// Indent the JSON (the default for a single article on a terminal).
    #[arg(long, conflicts_with = "compact")]
    pub pretty: bool,

    /// One line per record, even on a terminal.
    #[arg(long)]
    pub compact: bool,

    /// Worker threads (default: all cores).
    #[arg(short = 'j', long = "threads", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Extra organisations to recognise: a TSV file of name, aliases (separated by |), type.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,

    /// Run only these extractors, comma-separated (`none`: segmentation only).
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = parse_kind)]
    pub extract: Option<Vec<Option<Kind>>>,

    /// How to read all-numeric dates like 2/11/2023.
    #[arg(long, value_enum, default_value = "auto")]
    pub date_order: DateOrder,

    /// Largest article (or JSON line) accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    pub max_bytes: usize,

    /// Show progress on standard error.
    #[arg(long)]
    pub progress: bool,

    #[allow(missing_docs)]
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the JSON Schema of the output record.
    Schema,
}

fn parse_kind(s: &str) -> Result<Option<Kind>, String> {
    use clap::ValueEnum;
    match s {
        "none" => Ok(None),
        _ => Kind::from_str(s, true).map(Some).map_err(|_| {
            format!("{s:?} is not an extractor: use dates, figures, entities, quotes or none")
        }),
    }
}

fn parse_published(s: &str) -> Result<jiff::civil::Date, String> {
    input::parse_date(s).ok_or_else(|| {
        format!("{s:?} is not a date: use YYYY-MM-DD, e.g. 2023-12-19 (or 19 December 2023)")
    })
}

impl Args {
    /// Settles the flags into a run configuration.
    pub fn config(&self) -> Config {
        let format = if self.jsonl {
            Format::JsonLines
        } else if self.text {
            Format::Text
        } else {
            Format::Auto
        };
        let sources = self
            .paths
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::Path(p.clone())
                }
            })
            .collect();
        Config {
            sources,
            input: InputOptions {
                format,
                text_field: self.text_field.clone(),
                id_field: self.id_field.clone(),
                published_field: self.published_field.clone(),
                max_bytes: self.max_bytes,
            },
            output: OutputOptions {
                offsets: self.offsets,
                tokens: self.tokens,
                sentences: self.sentences,
                pretty: self.pretty,
            },
            pretty_if_single: !self.compact && !self.pretty && io::stdout().is_terminal(),
            published: self.published,
            extract: Options {
                enabled: self
                    .extract
                    .as_ref()
                    .map_or_else(Enabled::default, |kinds| {
                        Enabled::only(&kinds.iter().flatten().copied().collect::<Vec<_>>())
                    }),
                gazetteers: self.gazetteer.clone(),
                date_order: self.date_order,
            },
            threads: self.threads.map(usize::from),
            progress: self.progress,
        }
    }
}

/// Runs the command line; returns the exit status.
pub fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(Command::Schema) = args.command {
        let mut out = io::stdout().lock();
        let _ = out.write_all(crate::SCHEMA_JSON.as_bytes());
        return ExitCode::from(EXIT_OK);
    }
    let cfg = args.config();
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    match pipeline::run(&cfg, &mut out) {
        Ok(summary) if summary.failed > 0 && !summary.closed_early => {
            eprintln!(
                "newsfacts: {} of {} articles could not be processed (see their \"error\" records)",
                summary.failed, summary.articles
            );
            ExitCode::from(EXIT_ARTICLE_ERRORS)
        }
        Ok(_) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("newsfacts: {e:#}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}
