"""docs/schemas.md documents what the JSON writers emit: every top-level key of each document
(and every key of each JSON Lines record) for a small report is named in its section. Invented
reports only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from compare.baseline import apply, load_baseline
from compare.baseline import to_dict as baseline_dict
from compare.corpus.check import check_source
from compare.corpus.ingest import ingest_paths
from compare.corpus.store import Store
from compare.output.export import check_to_dict, sources_to_dict, to_dict
from compare.output.flat import to_jsonl
from compare.read.load import parse

from .conftest import ROOT, report_of

DOC = ROOT / "docs" / "schemas.md"

HERON_A = """Heron count at Marsh Lake

Published 2019-06-02

Volunteers counted nearly 40 herons at Marsh Lake on Saturday. The survey began at dawn.
The lake's north shore was closed to walkers for the nesting season.
"""
HERON_B = """Marsh Lake survey

Published 2019-06-03

Volunteers counted more than 90 herons at Marsh Lake on Saturday. The survey began at dawn.
"""
HERON_C = """Birds of Marsh Lake

Published 2019-06-04

Volunteers counted about 60 herons at Marsh Lake on Saturday.
"""


def section(title: str) -> str:
    """The text of docs/schemas.md under the heading `## title`, up to the next one."""
    text = DOC.read_text(encoding="utf-8")
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert found, f"no section {title!r} in docs/schemas.md"
    return found.group(1)


def undocumented(keys: set[str], title: str) -> list[str]:
    body = section(title)
    return sorted(k for k in keys if f"`{k}`" not in body)


@pytest.fixture(scope="module")
def report():
    return report_of(HERON_A, HERON_B, HERON_C)


def test_the_readme_links_the_schemas_page_not_a_file_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/schemas.md)" in readme
    assert "../shared/DESIGN.md" not in readme


def test_every_top_level_key_of_a_report_is_documented(report, tmp_path: Path) -> None:
    doc = to_dict(report)
    assert doc["summary"]["contradict"] > 0 and doc["groups"]  # the small report exercises every part
    base = tmp_path / "base.json"
    base.write_text(json.dumps(baseline_dict(report)), encoding="utf-8")
    with_baseline = to_dict(apply(report, load_baseline(base)))
    keys = set(doc) | set(with_baseline)
    assert "baseline" in keys
    assert undocumented(keys, "compare-report/1") == []
    summary_keys = set(with_baseline["summary"])
    assert undocumented(summary_keys, "compare-report/1") == []


def test_every_key_of_every_json_lines_record_is_documented(report, tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    base.write_text(json.dumps(baseline_dict(report)), encoding="utf-8")
    records = [json.loads(line) for line in to_jsonl(apply(report, load_baseline(base))).splitlines()]
    assert {r["type"] for r in records} == {"summary", "alignment", "omission"}
    keys = {k for r in records for k in r}
    assert undocumented(keys, "JSON Lines records") == []


def test_every_top_level_key_of_a_baseline_and_its_entries_is_documented(report) -> None:
    doc = baseline_dict(report)
    (first, *_) = doc["contradictions"]
    keys = set(doc) | set(first) | {k for s in first["statements"] for k in s}
    assert undocumented(keys, "compare-baseline/1") == []


def test_every_top_level_key_of_a_check_and_a_sources_listing_is_documented(tmp_path: Path) -> None:
    stored = tmp_path / "herons.txt"
    stored.write_text(HERON_A, encoding="utf-8")
    with Store(tmp_path / "s.sqlite") as db:
        ingest_paths(db, [stored])
        checked = check_source(db, parse(HERON_B, path="new.txt", source_id="new"))
        listing = sources_to_dict(db.sources(), str(db.path))
    doc = check_to_dict(checked, str(tmp_path / "s.sqlite"))
    keys = set(doc) | set(doc["store"]) | {k for s in doc["statements"] for k in s}
    assert undocumented(keys, "compare-check/1") == []
    assert undocumented(set(listing) | set(listing["sources"][0]), "compare-sources/1") == []


def test_the_check_finds_an_undocumented_key() -> None:
    assert undocumented({"schema", "no_such_field"}, "compare-report/1") == ["no_such_field"]
