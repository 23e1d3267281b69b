//! Integration tests: one crate, one module per area.

mod util;

mod cli;
mod dates;
mod entities;
mod figures;
mod golden;
mod props;
mod quotes;
