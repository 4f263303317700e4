"""The whole comparison: load → segment → extract → match (align + judge) → omissions → Report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import numpy as np

from .facts.claims import may_link
from .facts.claims_pool import cores_free
from .facts.extract import claim_text, extract_all
from .match import block
from .match.align import PairScores, idf_table
from .match.embed import embed_statements
from .match.groups import group_statements
from .match.judge import Context, Judge, read_claims_soon, same_text_key
from .match.omissions import account, omissions
from .match.repeats import repeats
from .match.settings import Settings
from .match.stage import match
from .models import Facts, Judgement, Report, Source, Statement, unique_id
from .read.load import load
from .read.segment import segment


def compare_paths(paths: Sequence[str | Path], settings: Settings | None = None, *, judge: Judge | None = None) -> Report:
    """Load the files and compare them; source ids come from the file names, made unique."""
    sources = []
    used: set[str] = set()
    for p in paths:
        src = load(p)
        sid = unique_id(src.id, used.__contains__)
        used.add(sid)
        sources.append(src if sid == src.id else replace(src, id=sid))
    return compare_sources(sources, settings, judge=judge)


def compare_sources(sources: Sequence[Source], settings: Settings | None = None, *, judge: Judge | None = None) -> Report:
    """Compare every pair of sources; statements, verdicts and omissions in one report.

    In semantic mode (`settings.encoder`) the aligner adds sentence-embedding similarity to
    its lexical signals, with the weights calibrated for that mode.
    """
    settings = settings or Settings.lexical()
    statements = tuple(s for src in sources for s in segment(src))
    if settings.judge.claims:
        read_claims_soon(_parse_first(statements, sources))
    facts = extract_all(statements, tuple(sources))
    idf = idf_table(facts)
    vectors = embed_statements(settings.encoder, statements, threads=cores_free) if settings.encoder else {}
    repeated = repeats(statements)  # aligned and accounted for once, as their first occurrence
    by_source: dict[str, list[Facts]] = {src.id: [] for src in sources}
    for st, f in zip(statements, facts):
        if st.id not in repeated:
            by_source[st.source].append(f)
    context = Context(
        statements={s.id: s for s in statements},
        facts={f.statement_id: f for f in facts},
        published={src.id: src.date for src in sources},
    )
    judgements: list[Judgement] = []
    coverage: dict[tuple[str, str], float] = {}
    for left, right in combinations([src.id for src in sources], 2):
        pair_vectors = _pair_vectors(vectors, by_source[left], by_source[right]) if vectors else None
        matched = match(
            by_source[left],
            by_source[right],
            [range(len(by_source[right]))],
            context=context,
            settings=settings,
            idf=idf,
            vectors=pair_vectors,
            judge=judge,
        )
        _record_coverage(coverage, by_source[left], by_source[right], right, left, matched.scores, context)
        judgements += matched.judgements
    judgements.sort(key=lambda j: (context.statements[j.a].index, -j.score))
    once = [st for st in statements if st.id not in repeated]
    omitted = omissions(once, facts, judgements, [s.id for s in sources], coverage=coverage, threshold=settings.align.coverage)
    return Report(
        sources=tuple(sources),
        statements=statements,
        facts=facts,
        judgements=tuple(judgements),
        omissions=omitted,
        mode=settings.mode,
        groups=group_statements(statements, facts, judgements),
        accounting=account(statements, facts, judgements, omitted, repeated),
    )


def _parse_first(statements: Sequence[Statement], sources: Sequence[Source]) -> Sequence[Statement]:
    """The statements whose claims are read while the comparison goes on: all of them when
    every pair of reports is short enough for every pair of statements to be scored; else
    those a conflict may be read from (the match stage parses what else the judge reads)."""
    sizes = Counter(st.source for st in statements)
    if all(block.exact(sizes[a.id], sizes[b.id]) for a, b in combinations(sources, 2)):
        return statements
    return [st for st in statements if may_link(claim_text(st))]


def _record_coverage(
    coverage: dict,
    left: Sequence[Facts],
    right: Sequence[Facts],
    right_id: str,
    left_id: str,
    scores: PairScores,
    context: Context,
) -> None:
    """Best score of each statement against the other source: what omissions are judged by.
    A counterpart that is another statement's copy, word for word, is that statement's and
    covers nothing else (an edited copy of a report with one sentence deleted: the deleted
    sentence's nearest neighbours all have their twins)."""
    if 0 in scores.shape:
        return
    skip_cols = np.array([_has_twin(f, left_id, context) for f in right], dtype=bool)
    skip_rows = np.array([_has_twin(f, right_id, context) for f in left], dtype=bool)
    by_row, by_col = scores.best(skip_rows, skip_cols)
    for i, f in enumerate(left):
        twin = _twin(f, right_id, context)
        coverage[(f.statement_id, right_id)] = 1.0 if twin else float(by_row[i])
    for j, f in enumerate(right):
        twin = _twin(f, left_id, context)
        coverage[(f.statement_id, left_id)] = 1.0 if twin else float(by_col[j])


def _twin(f: Facts, other: str, context: Context) -> str | None:
    """The statement of source `other` with this statement's text, word for word, if any."""
    return context.texts_by_source.get(other, {}).get(same_text_key(context.statements[f.statement_id].text))


def _has_twin(f: Facts, other: str, context: Context) -> bool:
    return _twin(f, other, context) is not None


def _pair_vectors(vectors: dict[str, np.ndarray], left: Sequence[Facts], right: Sequence[Facts]) -> tuple[np.ndarray, np.ndarray]:
    return (np.stack([vectors[f.statement_id] for f in left]), np.stack([vectors[f.statement_id] for f in right]))
