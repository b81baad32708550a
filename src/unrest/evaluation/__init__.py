"""Measuring the extractor: expectation files, public gold sets, scores. Not used at run time."""
