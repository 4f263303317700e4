"""Statements with substance that have no counterpart in another source."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..facts.quantities import comparable
from ..facts.timing import clock_hours
from ..models import Accounting, Facts, Judgement, Omission, Statement

MIN_CONTENT_WORDS = 5  # a statement with no name, number or date needs this many content words


def has_substance(f: Facts, text: str = "") -> bool:
    """An entity, a number, a date or a time of day ("had dispersed by 19:30"), or a claim of
    some length. An entity may be named in the sentence a pronoun points back to: "He denied
    all the charges" after a sentence about Weiss."""
    if f.quantities or f.dates or (text and clock_hours(text) is not None):
        return True
    plain = [t for t in f.tokens if not t.startswith("@")]
    named = bool(f.entities) or any(t.startswith("@") for t in f.context_tokens)
    return (named and len(f.tokens) >= 3) or len(plain) >= MIN_CONTENT_WORDS


def account(
    statements: Sequence[Statement],
    facts: Sequence[Facts],
    judgements: Iterable[Judgement],
    omitted: Sequence[Omission],
    repeated: dict[str, str] | None = None,
) -> Accounting:
    """Every statement in one group: linked, omitted, without substance, near a statement of
    the other source(s) without being linked (the aligner saw a counterpart too close to call
    it missing, but not close enough to call it the same), or a word-for-word repeat of an
    earlier statement of its report (`repeated`: statement -> the one it repeats)."""
    repeated = repeated or {}
    linked = {x for j in judgements for x in (j.a, j.b)}
    gone = {o.statement for o in omitted}
    texts = {s.id: s.text for s in statements}
    substantive = {f.statement_id for f in facts if has_substance(f, texts.get(f.statement_id, ""))}
    groups: dict[str, list[str]] = {"linked": [], "omitted": [], "without_substance": [], "near": []}
    for s in (s for s in statements if s.id not in repeated):
        key = (
            "linked" if s.id in linked else "omitted" if s.id in gone else "near" if s.id in substantive else "without_substance"
        )
        groups[key].append(s.id)
    again = tuple((s.id, repeated[s.id]) for s in statements if s.id in repeated)
    return Accounting(**{k: tuple(v) for k, v in groups.items()}, repeated=again)


def _unmatched_figures(f: Facts, others: list, *, linked: bool) -> bool:
    """A statement near (but not linked to) the other source still counts as omitted there when
    it gives figures that source never gives ("a debt of some $350 million" beside a mention of
    the same visit): the figure is what the other source leaves out."""
    if linked or not f.quantities:
        return False
    return not any(comparable(q, o) for q in f.quantities for o in others)


def omissions(
    statements: Sequence[Statement],
    facts: Sequence[Facts],
    judgements: Iterable[Judgement],
    source_ids: Sequence[str],
    *,
    coverage: dict[tuple[str, str], float] | None = None,
    threshold: float = float("inf"),
) -> tuple[Omission, ...]:
    """For each substantive statement, the other sources in which nothing is aligned with it and
    nothing comes close (its best score against that source stays under `threshold`)."""
    by_id = {f.statement_id: f for f in facts}
    source_of = {s.id: s.source for s in statements}
    covered: dict[str, set[str]] = {}
    for j in judgements:
        covered.setdefault(j.a, set()).add(source_of[j.b])
        covered.setdefault(j.b, set()).add(source_of[j.a])
    quantities: dict[str, list] = {src: [] for src in source_ids}
    for st in statements:
        quantities[st.source].extend(by_id[st.id].quantities)
    near = coverage or {}
    out = []
    for s in statements:
        f = by_id[s.id]
        if not has_substance(f, s.text):
            continue
        missing = tuple(
            src
            for src in source_ids
            if src != s.source
            and (
                (src not in covered.get(s.id, set()) and near.get((s.id, src), 0.0) < threshold)
                or _unmatched_figures(f, quantities[src], linked=src in covered.get(s.id, set()))
            )
        )
        if missing:
            out.append(Omission(s.id, missing))
    return tuple(out)
