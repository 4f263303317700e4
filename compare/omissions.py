"""Statements with substance that have no counterpart in another source."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .models import Facts, Judgement, Omission, Statement

MIN_CONTENT_WORDS = 5  # a statement with no name, number or date needs this many content words


def has_substance(f: Facts) -> bool:
    """An entity, a number or a date, or a claim of some length."""
    if f.quantities or f.dates:
        return True
    plain = [t for t in f.tokens if not t.startswith("@")]
    return (bool(f.entities) and len(f.tokens) >= 3) or len(plain) >= MIN_CONTENT_WORDS


def omissions(
    statements: Sequence[Statement], facts: Sequence[Facts], judgements: Iterable[Judgement], source_ids: Sequence[str]
) -> tuple[Omission, ...]:
    """For each substantive statement, the other sources in which nothing is aligned with it."""
    by_id = {f.statement_id: f for f in facts}
    source_of = {s.id: s.source for s in statements}
    covered: dict[str, set[str]] = {}
    for j in judgements:
        covered.setdefault(j.a, set()).add(source_of[j.b])
        covered.setdefault(j.b, set()).add(source_of[j.a])
    out = []
    for s in statements:
        if not has_substance(by_id[s.id]):
            continue
        missing = tuple(src for src in source_ids if src != s.source and src not in covered.get(s.id, set()))
        if missing:
            out.append(Omission(s.id, missing))
    return tuple(out)
