"""`Report` → flat records: CSV for spreadsheets, JSON Lines for scripts. Pure functions, no I/O.

Both give one record per alignment, then one per omission, in report order. JSON Lines opens
with one record of type "summary" (schema, mode, sources and the full report's counts).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..models import Judgement, Omission, Report
from .export import SCHEMA, baseline_fields
from .select import ALL, Section, judgements

_PAIR_COLUMNS = ("a", "b", "a_source", "b_source", "a_text", "b_text")
# Columns added later go at the end, so that a sheet read by column position keeps working.
CSV_COLUMNS = (
    "type",
    *_PAIR_COLUMNS,
    "verdict",
    "kind",
    "confidence",
    "score",
    "reasons",
    "missing_from",
    "a_at",
    "b_at",
    "fingerprint",
    "baselined",
    "dismissed",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(report: Report, show: frozenset[Section] = ALL) -> str:
    """A header row, then one row per shown alignment and per omission (when shown)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for record in records(report, show):
        writer.writerow([_cell(record.get(c)) for c in CSV_COLUMNS])
    return buf.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list | tuple):
        value = " | ".join(str(v) for v in value)
    return defuse(str(value))


def to_jsonl(report: Report, show: frozenset[Section] = ALL) -> str:
    """A "summary" record, then one record per shown alignment and omission, one JSON object a line."""
    lines = [_summary(report)] + records(report, show)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines)


def _summary(report: Report) -> dict[str, Any]:
    return {
        "type": "summary",
        "schema": SCHEMA,
        "mode": report.mode,
        "sources": [s.id for s in report.sources],
        **report.summary(),
    }


def records(report: Report, show: frozenset[Section] = ALL) -> list[dict[str, Any]]:
    """The alignments shown, then the omissions when shown, as flat dictionaries."""
    out = [_alignment(report, j) for j in judgements(report, show)]
    if Section.omissions in show:
        out += [_omission(report, o) for o in report.omissions]
    return out


def _alignment(report: Report, j: Judgement) -> dict[str, Any]:
    a, b = report.statement(j.a), report.statement(j.b)
    return {
        "type": "alignment",
        "a": j.a,
        "b": j.b,
        "a_source": a.source,
        "b_source": b.source,
        "a_text": a.text,
        "b_text": b.text,
        "verdict": j.verdict.value,
        "kind": j.kind,
        "confidence": j.confidence,
        "score": round(j.score, 4),
        "reasons": list(j.reasons),
        "a_at": _at(report, j.a),
        "b_at": _at(report, j.b),
        **baseline_fields(report, j),
    }


def _omission(report: Report, o: Omission) -> dict[str, Any]:
    st = report.statement(o.statement)
    return {
        "type": "omission",
        "a": o.statement,
        "a_source": st.source,
        "a_text": st.text,
        "missing_from": list(o.missing_from),
        "a_at": _at(report, o.statement),
    }


def _at(report: Report, sid: str) -> str | None:
    """Where the statement starts in its file, 'path:line:column' (None when the text is not held)."""
    loc = report.location(sid)
    return str(loc) if loc is not None else None
