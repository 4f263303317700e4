"""The whole comparison: load → segment → extract → align → judge → omissions → Report."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import combinations
from pathlib import Path

import numpy as np

from .facts.extract import claim_text, extract_all
from .facts.quantities import comparable, overlaps
from .match.align import DEFAULT, SEMANTIC, AlignConfig, align_groups, idf_table
from .match.embed import Encoder
from .match.groups import group_statements
from .match.judge import SEMANTIC_JUDGE, Judge, RuleJudge
from .match.omissions import omissions
from .models import Facts, Judgement, Report, Source, Statement, Verdict
from .read.load import load
from .read.segment import segment


def compare_paths(paths: Sequence[str | Path], **kwargs) -> Report:
    """Load the files and compare them; source ids come from the file names, made unique."""
    sources = []
    used: set[str] = set()
    for p in paths:
        src = load(p)
        sid, n = src.id, 2
        while sid in used:
            sid, n = f"{src.id}-{n}", n + 1
        used.add(sid)
        sources.append(src if sid == src.id else _renamed(src, sid))
    return compare_sources(sources, **kwargs)


def _renamed(src: Source, sid: str) -> Source:
    return replace(src, id=sid)


def compare_sources(
    sources: Sequence[Source],
    *,
    judge: Judge | None = None,
    align_config: AlignConfig | None = None,
    encoder: Encoder | None = None,
) -> Report:
    """Compare every pair of sources; statements, verdicts and omissions in one report.

    With an `encoder` (semantic mode) the aligner adds sentence-embedding similarity to its
    lexical signals, with the weights calibrated for that mode.
    """
    judge = judge or RuleJudge(SEMANTIC_JUDGE if encoder else None)
    align_config = align_config or (SEMANTIC if encoder else DEFAULT)
    statements = tuple(s for src in sources for s in segment(src))
    facts = extract_all(statements, tuple(sources))
    idf = idf_table(facts)
    vectors = embed_statements(encoder, statements) if encoder else {}
    by_source: dict[str, list[Facts]] = {src.id: [] for src in sources}
    for st, f in zip(statements, facts):
        by_source[st.source].append(f)
    st_by_id = {s.id: s for s in statements}
    f_by_id = {f.statement_id: f for f in facts}
    judgements: list[Judgement] = []
    coverage: dict[tuple[str, str], float] = {}
    for left, right in combinations([src.id for src in sources], 2):
        pair_vectors = _pair_vectors(vectors, by_source[left], by_source[right]) if vectors else None
        cands, scores = align_groups(
            by_source[left], by_source[right], [range(len(by_source[right]))], idf=idf, config=align_config, vectors=pair_vectors
        )
        _record_coverage(coverage, by_source[left], by_source[right], right, left, scores)
        for cand in cands:
            judgements.append(judge(st_by_id[cand.a], f_by_id[cand.a], st_by_id[cand.b], f_by_id[cand.b], cand))
    judgements = _supersede_quantities(judgements, facts, st_by_id)
    judgements = _explain_time_frames(judgements, st_by_id, {src.id: src for src in sources})
    judgements.sort(key=lambda j: (st_by_id[j.a].index, -j.score))
    return Report(
        sources=tuple(sources),
        statements=statements,
        facts=facts,
        judgements=tuple(judgements),
        omissions=omissions(
            statements, facts, judgements, [s.id for s in sources], coverage=coverage, threshold=align_config.coverage
        ),
        mode="semantic" if encoder else "lexical",
        groups=group_statements(statements, facts, judgements),
    )


def _record_coverage(
    coverage: dict, left: Sequence[Facts], right: Sequence[Facts], right_id: str, left_id: str, scores: np.ndarray
) -> None:
    """Best score of each statement against the other source: what omissions are judged by."""
    if scores.size == 0:
        return
    for i, f in enumerate(left):
        coverage[(f.statement_id, right_id)] = float(scores[i].max())
    for j, f in enumerate(right):
        coverage[(f.statement_id, left_id)] = float(scores[:, j].max())


def embed_statements(encoder: Encoder, statements: Sequence[Statement]) -> dict[str, np.ndarray]:
    """One embedding per statement, of its text without inline citations; a statement that
    opens with an anaphor ("This is a routine exercise") is embedded with the sentence it
    points back to, since that is what it talks about."""
    texts = [" ".join(f"{s.context} {claim_text(s)}".split()) for s in statements]
    matrix = encoder.encode(texts)
    return {s.id: matrix[i] for i, s in enumerate(statements)}


def embedding_matrix(encoder: Encoder, statements: Sequence[Statement]) -> np.ndarray:
    """`embed_statements` as one matrix, a row per statement in their order."""
    if not statements:
        return np.zeros((0, encoder.dim), np.float32)
    by_id = embed_statements(encoder, statements)
    return np.stack([by_id[s.id] for s in statements])


def _pair_vectors(vectors: dict[str, np.ndarray], left: Sequence[Facts], right: Sequence[Facts]):
    return (np.stack([vectors[f.statement_id] for f in left]), np.stack([vectors[f.statement_id] for f in right]))


_AS_OF = re.compile(
    r"\b(?:as of (?:this|the time of) writing|at the time of writing|as of (?:now|press time)|so far|has yet to|have yet to|not yet)\b",
    re.IGNORECASE,
)


def _explain_time_frames(
    judgements: list[Judgement], st_by_id: dict[str, Statement], sources: dict[str, Source]
) -> list[Judgement]:
    """A denial 'as of this writing' in a report published before the other one is not a
    contradiction: the later report may know what had not happened yet. Say so."""
    out = []
    for j in judgements:
        if j.verdict is Verdict.CONTRADICT and j.kind in ("negation", "assessment"):
            early, late = sorted((st_by_id[j.a], st_by_id[j.b]), key=lambda s: sources[s.source].date or date.max)
            d_early, d_late = sources[early.source].date, sources[late.source].date
            m = _AS_OF.search(early.text)
            if m and d_early and d_late and d_early < d_late:
                reason = (
                    f"time frame: {early.source} wrote '{m.group(0)}' on {d_early.isoformat()}, "
                    f"{late.source} on {d_late.isoformat()}; the later report may know more"
                )
                j = replace(j, verdict=Verdict.RELATED, kind=None, reasons=(reason,) + j.reasons)
        out.append(j)
    return out


def _supersede_quantities(judgements: list[Judgement], facts: Sequence[Facts], st_by_id: dict[str, Statement]) -> list[Judgement]:
    """A number that one statement of the other source confirms is not contradicted by another.

    "$1.5 billion state loan" agrees with "$1.5 billion loan"; the "$10 billion state loan"
    in another statement of that source is then a different loan, not a conflicting figure.
    """
    out = []
    for j in judgements:
        if j.verdict is Verdict.CONTRADICT and j.kind == "quantity":
            confirmed = _confirmed_elsewhere(j, facts, st_by_id)
            if confirmed:
                j = replace(j, verdict=Verdict.RELATED, kind=None, reasons=(confirmed,) + j.reasons)
        out.append(j)
    return out


def _confirmed_elsewhere(j: Judgement, facts: Sequence[Facts], st_by_id: dict[str, Statement]) -> str:
    f_by_id = {f.statement_id: f for f in facts}
    for mine, theirs in ((j.a, j.b), (j.b, j.a)):
        other_source = st_by_id[theirs].source
        for q in f_by_id[mine].quantities:
            if not any(comparable(q, t) and not overlaps(q, t) for t in f_by_id[theirs].quantities):
                continue
            for f in facts:
                if f.statement_id in (theirs, mine) or st_by_id[f.statement_id].source != other_source:
                    continue
                if any(comparable(q, t) and overlaps(q, t) for t in f.quantities):
                    return (
                        f"not compared: '{q.span.text}' is confirmed by {f.statement_id}, "
                        f"so the other figure is about something else"
                    )
    return ""
