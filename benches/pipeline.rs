//! Throughput of the whole pipeline (segmentation and every extractor), in MB/s.
fn main() {}
