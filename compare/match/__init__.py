"""Matching statements across sources: align (candidate pairs), judge (verdicts), omissions and groups."""
