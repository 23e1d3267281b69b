//! Integration tests for the figures extractor.
