"""`Report` → the `compare-report/1` JSON document, or Markdown. Pure functions, no I/O."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..models import CHECK_STATUS, Facts, Judgement, Quantity, Report, Verdict
from . import jsonwrite
from .select import ALL, VERDICTS, Section
from .worddiff import WORD_DIFF_SHOWN, similarity, word_diff

if TYPE_CHECKING:
    from ..corpus.store import StoredSource

SCHEMA = "compare-report/1"


def to_dict(report: Report) -> dict[str, Any]:
    """The `compare-report/1` document (docs/schemas.md); extra fields are additions consumers may ignore."""
    return {
        "schema": SCHEMA,
        "mode": report.mode,
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "date": s.date.isoformat() if s.date else None,
                "byline": s.byline,
                "citations": len(s.citations),
            }
            for s in report.sources
        ],
        "statements": [
            {
                "id": s.id,
                "source": s.source,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                **_line_column(report, s.id),
                "footnotes": list(s.footnotes),
                **_facts(report.facts_of(s.id)),
            }
            for s in report.statements
        ],
        "alignments": [_alignment(report, j) for j in report.judgements],
        "omissions": [{"statement": o.statement, "missing_from": list(o.missing_from)} for o in report.omissions],
        "groups": [
            {
                "id": g.id,
                "topic": g.topic,
                "statements": list(g.statements),
                "sources": list(g.sources),
                "contradiction": g.contradiction,
                "positions": [
                    {"claim": p.claim, "sources": list(p.sources), "statements": list(p.statements)} for p in g.positions
                ],
            }
            for g in report.groups
        ],
        "accounting": {
            "statements": len(report.statements),
            "counts": report.accounting.counts(),
            "linked": list(report.accounting.linked),
            "omitted": list(report.accounting.omitted),
            "without_substance": list(report.accounting.without_substance),
            "near": list(report.accounting.near),
            "repeated": [{"statement": sid, "repeats": first} for sid, first in report.accounting.repeated],
        },
        "summary": report.summary(),
        **_baseline(report),
    }


def _baseline(report: Report) -> dict[str, Any]:
    """With `--baseline`: which file, how many entries, how many matched nothing."""
    if report.baseline is None:
        return {}
    held = report.summary()["baselined"]
    return {
        "baseline": {
            "path": report.baseline.path,
            "entries": report.baseline.entries,
            "baselined": held,
            "new": report.count(Verdict.CONTRADICT) - held,
            "unmatched": report.baseline.unmatched,
        }
    }


def baseline_fields(report: Report, j: Judgement) -> dict[str, Any]:
    """With `--baseline`, on a contradiction: its fingerprint, whether the baseline holds it,
    and the reason given there."""
    if report.baseline is None or j.verdict is not Verdict.CONTRADICT:
        return {}
    from ..baseline import fingerprint_of

    return {"fingerprint": fingerprint_of(report, j), "baselined": j.baselined, "dismissed": j.dismissed}


def _line_column(report: Report, sid: str) -> dict[str, int | None]:
    """1-based line and column of the statement's first character in its file (characters,
    not bytes), beside `start`/`end`; null when the text is not held (a stored statement)."""
    loc = report.location(sid)
    return {"line": loc.line if loc else None, "column": loc.column if loc else None}


def _alignment(report: Report, j: Judgement) -> dict[str, Any]:
    a, b = report.statement(j.a).text, report.statement(j.b).text
    return {
        "a": j.a,
        "b": j.b,
        "score": round(j.score, 4),
        "verdict": j.verdict.value,
        "kind": j.kind,
        "confidence": j.confidence,
        "reasons": list(j.reasons),
        "evidence": [{"statement": e.statement, "start": e.start, "end": e.end, "text": e.text} for e in j.evidence],
        "word_diff": [{"op": d.op, "a": list(d.a) if d.a else None, "b": list(d.b) if d.b else None} for d in word_diff(a, b)],
        **baseline_fields(report, j),
    }


def _facts(f: Facts) -> dict[str, Any]:
    return {
        "attribution": f.attribution,
        "certainty": {"level": f.certainty.name.lower(), "cue": f.certainty_cue},
        "entities": [{"text": e.surface, "key": e.key} for e in f.entities],
        "quantities": [_quantity(q) for q in f.quantities],
        "dates": [{"text": d.span.text, "start": d.iso(d.start), "end": d.iso(d.end)} for d in f.dates],
        "negations": [n.text for n in f.negations],
        "framing": [{"frame": label, "text": span.text} for label, span in f.framing],
    }


def _quantity(q: Quantity) -> dict[str, Any]:
    return {
        "text": q.span.text,
        "value": q.value,
        "unit": q.unit,
        "noun": q.noun,
        "hedge": q.hedge,
        "low": None if q.low == float("-inf") else q.low,
        "high": None if q.high == float("inf") else q.high,
        "low_open": q.low_open,
        "high_open": q.high_open,
    }


def to_json(report: Report) -> str:
    """The report as indented JSON, what `json.dumps(..., ensure_ascii=False, indent=2)` writes
    (by `jsonwrite.dumps`: faster, and never all its small strings at once)."""
    return jsonwrite.dumps(to_dict(report), end="\n")


def write_json(report: Report, fp: jsonwrite.SupportsWrite) -> None:
    """`to_json(report)` written to an open text file as it is made: the 80 MB text of two
    2 MB reports is never held whole (a fifth of the peak memory of such a comparison)."""
    jsonwrite.dump(to_dict(report), fp, end="\n")


# Markdown ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str) -> str:
    """Report text as inert Markdown: special characters escaped, control characters dropped."""
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text).replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(report: Report, show: frozenset[Section] = ALL) -> str:
    """A readable Markdown file: header, contradictions, agreements, related, omissions
    (the sections in `show`)."""
    lines = ["# Source comparison", ""]
    for s in report.sources:
        date = s.date.isoformat() if s.date else "undated"
        lines.append(f"- **{md_escape(s.id)}** — {md_escape(s.title or s.path)} ({date})")
    counts = report.summary()
    lines += ["", " · ".join(f"{k}: {v}" for k, v in counts.items()), ""]
    accounted = report.accounting.counts()
    lines += [
        f"{len(report.statements)} statements: "
        + " · ".join(f"{k.replace('_', ' ')}: {v}" for k, v in accounted.items() if v or k != "repeated"),
        "",
    ]
    for section, heading in (
        (Section.contradictions, "Contradictions"),
        (Section.agreements, "Agreements"),
        (Section.related, "Related"),
    ):
        js = [j for j in report.judgements if j.verdict is VERDICTS[section]]
        if js and section in show:
            lines += [f"## {heading} ({len(js)})", ""]
            for j in js:
                lines += _md_pair(report, j)
    if report.omissions and Section.omissions in show:
        lines += _md_omissions(report)
    return "\n".join(lines)


def _md_pair(report: Report, j: Judgement) -> list[str]:
    kind = f" · {j.kind}" if j.kind else ""
    held = " · baselined" if j.baselined else ""
    lines = [f"### {j.a} ↔ {j.b}{kind}{held} (score {j.score:.2f})", ""]
    for sid in (j.a, j.b):
        who = report.facts_of(sid).attribution
        lines.append(f"> **{sid}**{_md_where(report, sid)} ({md_escape(who)}): {md_escape(report.statement(sid).text)}")
        lines.append(">")
    lines.pop()
    note = [f"- in the baseline: {md_escape(j.dismissed) or 'no reason given'}"] if j.baselined else []
    return lines + [""] + [f"- {md_escape(r)}" for r in j.reasons] + note + _md_word_diff(report, j) + [""]


def _md_word_diff(report: Report, j: Judgement) -> list[str]:
    """For two statements that mostly share their words: the words that differ, struck out
    (only in the first) and in bold (only in the second)."""
    a, b = report.statement(j.a).text, report.statement(j.b).text
    diff = word_diff(a, b)
    if similarity(diff, a, b) < WORD_DIFF_SHOWN:
        return []
    parts = []
    for d in diff:
        if d.op == "same" and d.a:
            parts.append(md_escape(a[d.a[0] : d.a[1]]))
            continue
        if d.a:
            parts.append(f"~~{md_escape(a[d.a[0] : d.a[1]])}~~")
        if d.b:
            parts.append(f"**{md_escape(b[d.b[0] : d.b[1]])}**")
    return [f"- word diff: {' '.join(parts)}"]


def _md_omissions(report: Report) -> list[str]:
    lines = [f"## Only in one source ({len(report.omissions)})", ""]
    for o in report.omissions:
        missing = ", ".join(o.missing_from)
        text = md_escape(report.statement(o.statement).text)
        lines.append(f"- **{o.statement}**{_md_where(report, o.statement)} (not in {md_escape(missing)}): {text}")
    return lines + [""]


def _md_where(report: Report, sid: str) -> str:
    """' · path:line:col' of a statement, escaped; empty when unknown."""
    loc = report.location(sid)
    return f" · {md_escape(str(loc))}" if loc else ""


# Check report ----------------------------------------------------------------------------

CHECK_SCHEMA = "compare-check/1"
SOURCES_SCHEMA = "compare-sources/1"


def sources_to_dict(rows: Sequence[StoredSource], store_path: str) -> dict[str, Any]:
    """The `compare-sources/1` document: what a store holds, one object per stored source."""
    return {
        "schema": SOURCES_SCHEMA,
        "store": store_path,
        "sources": [
            {
                "id": r.id,
                "title": r.title,
                "date": r.date.isoformat() if r.date else None,
                "statements": r.statements,
                "paths": list(r.paths) or [r.path],
                "ingested_at": r.ingested_at,
            }
            for r in rows
        ],
    }


def check_to_dict(report: Report, store_path: str) -> dict[str, Any]:
    """The `compare-check/1` document (README): each statement of the new report with the
    stored statements that corroborate or contradict it."""

    def ref(j: Judgement, mine: str) -> dict[str, Any]:
        theirs = j.b if j.a == mine else j.a
        other = report.statement(theirs)
        return {
            "statement": theirs,
            "source": other.source,
            "text": other.text,
            "score": round(j.score, 4),
            "kind": j.kind,
            "reasons": list(j.reasons),
        }

    src = report.sources[0]
    subject = report.subject_statements()
    rows = []
    for s in subject:
        js = report.judgements_of(s.id)
        rows.append(
            {
                "id": s.id,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                **_line_column(report, s.id),
                "status": CHECK_STATUS[report.status_of(s.id)],
                "corroborated_by": [ref(j, s.id) for j in js if j.verdict is Verdict.AGREE],
                "contradicted_by": [ref(j, s.id) for j in js if j.verdict is Verdict.CONTRADICT],
                "related": [ref(j, s.id) for j in js if j.verdict is Verdict.RELATED],
            }
        )
    counts = Counter(r["status"] for r in rows)
    return {
        "schema": CHECK_SCHEMA,
        "mode": report.mode,
        "source": {"id": src.id, "path": src.path, "title": src.title, "date": src.date.isoformat() if src.date else None},
        "store": {"path": store_path, "sources_searched": report.searched, "candidates": len(report.statements) - len(subject)},
        "statements": rows,
        "summary": {k: counts.get(k, 0) for k in ("corroborated", "contradicted", "related", "new")},
    }
