"""Baselines of reviewed contradictions, as semgrep and ruff keep them for findings.

`compare baseline A B -o FILE` records the contradictions a comparison holds now (a
`compare-baseline/1` document, docs/schemas.md); a person fills in each entry's `dismissed`
with the reason it is not a real conflict. `compare A B --baseline FILE` then fails only on
contradictions the file does not hold. Every entry counts, with or without a reason.

An entry is found again by its **fingerprint**, built from what does not move when the
reports are edited elsewhere: the contradiction's kind, and for each of the two statements
its source's id, the words of its conflicting spans and its content words (lower-cased word
tokens, function words left out, as sets), the two statements in a fixed order, so swapping
A and B matches too. Statement numbers, reasons and scores are not part of it.

When no fingerprint matches exactly, an entry still matches a contradiction of the same kind
between the same two sources whose conflicting spans have the same words, side by side, and
whose statements each share at least 80% of their content words with the recorded ones
(Jaccard ≥ `FUZZY_JACCARD`): a typo fixed or a word added inside a statement keeps its
entry, while a changed figure, date or name (a conflicting span) never matches. Each entry
matches at most one contradiction, exact matches first.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import BaselineUse, Judgement, Report, Verdict

SCHEMA = "compare-baseline/1"
FUZZY_JACCARD = 0.8

# Part of the fingerprint: a fixed list, so that a new release's word lists do not change it.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "about",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "since",
        "until",
        "as",
        "than",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "it's",
        "they",
        "them",
        "their",
        "he",
        "him",
        "his",
        "she",
        "her",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "also",
        "just",
        "only",
        "very",
        "said",
        "says",
        "say",
    ]
)
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes folded to ')."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in _FUNCTION_WORDS)


@dataclass(frozen=True)
class Side:
    """One statement of a recorded contradiction: its source, text and conflicting spans."""

    source: str
    text: str
    spans: tuple[str, ...] = ()
    statement: str = ""  # its id when recorded (informative only: ids move)

    @property
    def span_words(self) -> frozenset[str]:
        return frozenset(w for s in self.spans for w in words(s))

    @property
    def content(self) -> frozenset[str]:
        return content_words(self.text)

    def key(self) -> tuple[str, list[str], list[str]]:
        return (self.source, sorted(self.span_words), sorted(self.content))


@dataclass(frozen=True)
class Entry:
    """A contradiction recorded in a baseline, and why it was dismissed."""

    fingerprint: str
    kind: str
    a: Side
    b: Side
    reason: str = ""
    dismissed: str = ""


@dataclass(frozen=True)
class Baseline:
    path: str
    entries: tuple[Entry, ...]


def fingerprint(kind: str, a: Side, b: Side) -> str:
    """A stable id for a contradiction (module docstring); the same for (a, b) and (b, a)."""
    canonical = json.dumps([kind, sorted([a.key(), b.key()])], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


def _side(report: Report, j: Judgement, sid: str) -> Side:
    st = report.statement(sid)
    spans = tuple(dict.fromkeys(e.text for e in j.evidence if e.statement == sid))
    return Side(st.source, st.text, spans, sid)


def entry_of(report: Report, j: Judgement, dismissed: str = "") -> Entry:
    a, b = _side(report, j, j.a), _side(report, j, j.b)
    kind = j.kind or ""
    return Entry(fingerprint(kind, a, b), kind, a, b, j.reasons[0] if j.reasons else "", dismissed)


def contradictions(report: Report) -> list[Judgement]:
    return [j for j in report.judgements if j.verdict is Verdict.CONTRADICT]


# -- matching ---------------------------------------------------------------------------------


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / len(x | y) if x | y else 1.0


def _near(entry: Entry, found: Entry) -> float:
    """How well `found` matches `entry` when their fingerprints differ: the smaller of the two
    sides' content-word Jaccard, when kind, sources and conflicting words agree; else 0."""
    if entry.kind != found.kind:
        return 0.0
    best = 0.0
    for x, y in ((found.a, found.b), (found.b, found.a)):
        pairs = ((entry.a, x), (entry.b, y))
        if all(e.source == f.source and e.span_words == f.span_words for e, f in pairs):
            best = max(best, min(_jaccard(e.content, f.content) for e, f in pairs))
    return best


def match(entries: Sequence[Entry], found: Sequence[Entry]) -> dict[int, int]:
    """{index in `found`: index in `entries`}: exact fingerprints first, then near matches
    (≥ FUZZY_JACCARD), best first; one entry per contradiction and one contradiction per entry."""
    by_print: dict[str, list[int]] = {}
    for k, e in enumerate(entries):
        by_print.setdefault(e.fingerprint, []).append(k)
    out: dict[int, int] = {}
    for i, f in enumerate(found):
        free = [k for k in by_print.get(f.fingerprint, []) if k not in out.values()]
        if free:
            out[i] = free[0]
    scored = sorted(
        ((_near(e, f), i, k) for i, f in enumerate(found) if i not in out for k, e in enumerate(entries)),
        key=lambda t: -t[0],
    )
    for score, i, k in scored:
        if score >= FUZZY_JACCARD and i not in out and k not in out.values():
            out[i] = k
    return out


def apply(report: Report, baseline: Baseline) -> Report:
    """The report with each contradiction the baseline holds marked `baselined` (and given its
    `dismissed` reason); the report's `baseline` says which file and how many entries matched."""
    judged = contradictions(report)
    matched = match(baseline.entries, [entry_of(report, j) for j in judged])
    marks = {(judged[i].a, judged[i].b): baseline.entries[k] for i, k in matched.items()}
    out = []
    for j in report.judgements:
        e = marks.get((j.a, j.b)) if j.verdict is Verdict.CONTRADICT else None
        out.append(replace(j, baselined=True, dismissed=e.dismissed) if e is not None else j)
    use = BaselineUse(baseline.path, len(baseline.entries), len(baseline.entries) - len(matched))
    return replace(report, judgements=tuple(out), baseline=use)


def fingerprint_of(report: Report, j: Judgement) -> str:
    return entry_of(report, j).fingerprint


# -- the file ---------------------------------------------------------------------------------


def to_dict(report: Report, previous: Baseline | None = None, version: str = "") -> dict[str, Any]:
    """The `compare-baseline/1` document of the report's contradictions; reasons already given
    in `previous` (the file being re-recorded) are kept for the entries that still match."""
    found = [entry_of(report, j) for j in contradictions(report)]
    if previous is not None:
        kept = match(previous.entries, found)
        found = [replace(f, dismissed=previous.entries[kept[i]].dismissed) if i in kept else f for i, f in enumerate(found)]
    return {
        "schema": SCHEMA,
        "generator": f"compare {version}".strip(),
        "mode": report.mode,
        "sources": [{"id": s.id, "path": s.path} for s in report.sources],
        "contradictions": [_entry_dict(e) for e in found],
    }


def _entry_dict(e: Entry) -> dict[str, Any]:
    return {
        "fingerprint": e.fingerprint,
        "kind": e.kind,
        "sources": [e.a.source, e.b.source],
        "statements": [{"id": s.statement, "source": s.source, "text": s.text, "spans": list(s.spans)} for s in (e.a, e.b)],
        "reason": e.reason,
        "dismissed": e.dismissed,
    }


def to_json(report: Report, previous: Baseline | None = None, version: str = "") -> str:
    return json.dumps(to_dict(report, previous, version), ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: Path) -> Baseline:
    """Read and check a baseline file; InputError (one line) when it is missing, unreadable,
    not JSON or not a `compare-baseline/1` document."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(name, "no such baseline file (record one with `compare baseline A B -o FILE`)") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a baseline file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read the baseline file ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"not a JSON baseline file ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    schema = doc.get("schema") if isinstance(doc, dict) else None
    if schema != SCHEMA:
        found = f"schema {schema!r}" if schema is not None else "no schema"
        raise InputError(name, f"not a {SCHEMA} baseline file ({found})")
    items = doc.get("contradictions")
    if not isinstance(items, list):
        raise InputError(name, "'contradictions' must be a list")
    return Baseline(name, tuple(_entry(name, k, item) for k, item in enumerate(items, 1)))


def _entry(name: str, k: int, item: object) -> Entry:
    def bad(problem: str) -> InputError:
        return InputError(name, f"contradiction {k}: {problem}")

    if not isinstance(item, dict):
        raise bad("must be an object")
    statements = item.get("statements")
    if not isinstance(statements, list) or len(statements) != 2:
        raise bad("'statements' must be a list of two statements")
    sides = [_side_of(s, bad) for s in statements]
    kind, printed, dismissed = item.get("kind", ""), item.get("fingerprint"), item.get("dismissed", "")
    if not isinstance(kind, str) or not isinstance(dismissed, str):
        raise bad("'kind' and 'dismissed' must be strings")
    if printed is None:
        printed = fingerprint(kind, *sides)
    if not isinstance(printed, str):
        raise bad("'fingerprint' must be a string")
    reason = item.get("reason", "")
    return Entry(printed, kind, sides[0], sides[1], reason if isinstance(reason, str) else "", dismissed)


def _side_of(item: object, bad: Any) -> Side:
    if not isinstance(item, dict) or not isinstance(item.get("source"), str) or not isinstance(item.get("text"), str):
        raise bad("each statement needs a 'source' and a 'text' (strings)")
    spans = item.get("spans", [])
    if not isinstance(spans, list) or not all(isinstance(s, str) for s in spans):
        raise bad("'spans' must be a list of strings")
    sid = item.get("id", "")
    return Side(item["source"], item["text"], tuple(spans), sid if isinstance(sid, str) else "")


def new_contradictions(report: Report) -> list[Judgement]:
    """The contradictions the report's baseline does not hold."""
    return [j for j in contradictions(report) if not j.baselined]


def describe(j: Judgement) -> str:
    """A contradiction in one line: ids, kind and first reason (for stderr in CI logs)."""
    reason = f": {j.reasons[0]}" if j.reasons else ""
    return f"{j.a} ↔ {j.b} ({j.kind or 'contradiction'}){reason}"
