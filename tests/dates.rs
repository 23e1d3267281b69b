//! Integration tests for the dates extractor.
