//! Integration tests for the entities extractor.
