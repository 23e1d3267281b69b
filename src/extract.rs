//! The extractors and the order they run in.
//!
//! Every extractor has the same shape: a value built once from [`Options`] (patterns and
//! dictionaries compiled, gazetteers loaded) that implements [`Extractor`], reading a
//! [`Document`] and what earlier extractors found. They run in this order, each seeing the
//! findings of those before it:
//!
//! 1. [`dates`](crate::dates): time expressions (figures must not take "seven years");
//! 2. [`figures`](crate::figures): money, percentages, counts and quantities;
//! 3. [`entities`](crate::entities): organisations, people and places;
//! 4. [`quotes`](crate::quotes): quotations and their speakers (resolved to entities).

use crate::document::Document;
use crate::{dates, entities, figures, quotes};
use std::path::PathBuf;

/// One extractor: built once, then run on any number of documents from any thread.
pub trait Extractor: Send + Sync {
    /// What it finds in one document.
    type Output: Default;

    /// Finds its items in `doc`, given what the extractors before it found.
    fn extract(&self, doc: &Document, found: &Analysis) -> Self::Output;
}

/// One of the extractors, for choosing which run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// Time expressions.
    Dates,
    /// Money, percentages, counts and quantities.
    Figures,
    /// Organisations, people and places.
    Entities,
    /// Quotations and speakers.
    Quotes,
}

/// Which extractors run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enabled {
    /// Run the dates extractor.
    pub dates: bool,
    /// Run the figures extractor.
    pub figures: bool,
    /// Run the entities extractor.
    pub entities: bool,
    /// Run the quotes extractor.
    pub quotes: bool,
}

impl Default for Enabled {
    fn default() -> Self {
        Enabled {
            dates: true,
            figures: true,
            entities: true,
            quotes: true,
        }
    }
}

impl Enabled {
    /// Only the listed extractors (none: segmentation only).
    pub fn only(kinds: &[Kind]) -> Self {
        Enabled {
            dates: kinds.contains(&Kind::Dates),
            figures: kinds.contains(&Kind::Figures),
            entities: kinds.contains(&Kind::Entities),
            quotes: kinds.contains(&Kind::Quotes),
        }
    }
}

/// Settings the extractors need.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Which extractors run (all by default). An extractor that does not run leaves its
    /// list empty; one that runs without another it reads (quotes without entities) does
    /// with less.
    pub enabled: Enabled,
    /// Extra gazetteer files (TSV: name, aliases, type) of organisations to recognise.
    pub gazetteers: Vec<PathBuf>,
    /// How to read all-numeric dates such as 2/11/2023.
    pub date_order: dates::DateOrder,
}

/// Everything found in one document.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Time expressions, and the dateline's date.
    pub dates: dates::Dates,
    /// Figures.
    pub figures: Vec<figures::Figure>,
    /// Organisations, people and places.
    pub entities: entities::Entities,
    /// Quotations.
    pub quotes: Vec<quotes::Quote>,
}

/// All extractors, ready to run.
pub struct Analyzer {
    enabled: Enabled,
    dates: dates::DateExtractor,
    figures: figures::FigureExtractor,
    entities: entities::EntityExtractor,
    quotes: quotes::QuoteExtractor,
}

impl Analyzer {
    /// Builds every extractor (compiles patterns, loads gazetteers).
    pub fn new(opts: &Options) -> anyhow::Result<Self> {
        Ok(Analyzer {
            enabled: opts.enabled,
            dates: dates::DateExtractor::new(opts),
            figures: figures::FigureExtractor::new(opts),
            entities: entities::EntityExtractor::new(opts)?,
            quotes: quotes::QuoteExtractor::new(opts),
        })
    }

    /// The extractors that run, in the order they run.
    pub fn stages(&self) -> impl Iterator<Item = Kind> + use<> {
        let on = self.enabled;
        [
            (on.dates, Kind::Dates),
            (on.figures, Kind::Figures),
            (on.entities, Kind::Entities),
            (on.quotes, Kind::Quotes),
        ]
        .into_iter()
        .filter_map(|(run, kind)| run.then_some(kind))
    }

    /// Runs one extractor over `doc`, adding its findings to `found` (which holds those of
    /// the extractors before it).
    pub fn run(&self, kind: Kind, doc: &Document, found: &mut Analysis) {
        match kind {
            Kind::Dates => found.dates = self.dates.extract(doc, found),
            Kind::Figures => found.figures = self.figures.extract(doc, found),
            Kind::Entities => found.entities = self.entities.extract(doc, found),
            Kind::Quotes => found.quotes = self.quotes.extract(doc, found),
        }
    }

    /// Runs every extractor over `doc`.
    pub fn analyze(&self, doc: &Document) -> Analysis {
        let mut found = Analysis::default();
        for kind in self.stages() {
            self.run(kind, doc, &mut found);
        }
        found
    }
}
