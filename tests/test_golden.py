"""Whole-report golden files. On a change, the test prints a unified diff of the JSON; if the
change is intended, regenerate with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`
and review the diff in the commit."""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import replace
from pathlib import Path

from compare.output.export import to_dict, to_markdown

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"


def _portable(doc: dict) -> dict:
    """Paths relative to the project root, so the golden file is the same on every machine."""
    for s in doc["sources"]:
        s["path"] = Path(s["path"]).resolve().relative_to(ROOT).as_posix()
    return doc


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        raise AssertionError(f"golden/{name} is missing: create it with UPDATE_GOLDEN=1 and review it before committing")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), f"golden/{name}", "actual", n=2))
        raise AssertionError(f"{name} changed (UPDATE_GOLDEN=1 to accept):\n{diff[:20000]}")


def test_seed_report_json(seed_report) -> None:
    doc = _portable(to_dict(seed_report))
    check("seed-report.json", json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def test_seed_report_markdown(seed_report) -> None:
    """With each source's path relative to the project root (positions show `path:line:col`)."""
    portable = replace(
        seed_report,
        sources=tuple(replace(s, path=Path(s.path).resolve().relative_to(ROOT).as_posix()) for s in seed_report.sources),
    )
    check("seed-report.md", to_markdown(portable))


def test_json_schema_shape(seed_report) -> None:
    doc = to_dict(seed_report)
    assert doc["schema"] == "compare-report/1"
    assert [s["id"] for s in doc["sources"]] == ["isw", "jamestown"]
    assert set(doc) >= {"schema", "sources", "statements", "alignments", "omissions", "summary"}
    st = doc["statements"][0]
    assert set(st) >= {"id", "source", "text", "start", "end"}
    al = doc["alignments"][0]
    assert set(al) >= {"a", "b", "score", "verdict", "kind", "reasons"}
    assert set(doc["summary"]) == {"agree", "contradict", "related", "omissions"}
    assert doc["summary"]["contradict"] == sum(a["verdict"] == "contradict" for a in doc["alignments"])


def test_a_missing_golden_file_fails(tmp_path, monkeypatch) -> None:
    import pytest

    from . import test_golden

    monkeypatch.setattr(test_golden, "GOLDEN", tmp_path)
    monkeypatch.delenv("UPDATE_GOLDEN", raising=False)
    with pytest.raises(AssertionError, match="is missing"):
        check("new.json", "{}")
    assert not (tmp_path / "new.json").exists()
