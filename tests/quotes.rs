//! Integration tests for the quotes extractor.
