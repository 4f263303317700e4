"""The match stage every command runs: candidate pairs between statements, then verdicts.

`compare` (two or more reports), `check` (a new report against stored sources) and `eval`
all go through `match`, so one pair of statements gets one verdict whichever command asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from ..facts.claims import LINKING_RULES, conflicts, has_conflict_claims, may_link, same_event
from ..facts.extract import claim_text
from ..models import Candidate, Facts, Judgement, Statement
from .align import PairScores, align_groups, score_pairs
from .denied import denial_links, with_denials
from .judge import (
    Context,
    Judge,
    RuleJudge,
    claims_of_statement,
    evaluated_words,
    one_conduct_judged_two_ways,
    read_claims,
    same_text_key,
    stance_of,
)
from .settings import Settings


@dataclass(frozen=True)
class Matched:
    """The verdicts on the kept pairs, and the alignment score of every pair considered (rows:
    `left`, columns: `right`), from which omissions read how close a statement came."""

    judgements: tuple[Judgement, ...]
    scores: PairScores


def match(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    *,
    context: Context,
    settings: Settings,
    idf: dict[str, float],
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
    judge: Judge | None = None,
) -> Matched:
    """Align `left` with `right` (whose columns fall in `groups`, one group per source), then
    judge every kept pair with `judge` (default: the rule judge configured by `settings`)."""
    candidates, scores = align_groups(left, right, groups, idf=idf, config=settings.align, vectors=vectors)
    rule_judge = RuleJudge(settings.judge)
    if settings.judge.claims:
        statements = [context.statements[f.statement_id] for f in (*left, *right)]
        if scores.matrix is None:  # a long comparison: parse only what is read (see `claims_wanted`)
            statements = claims_wanted(statements, candidates, context, judge or rule_judge)
        read_claims(statements)
        candidates += _claim_candidates(left, right, groups, candidates, context, scores)
        if settings.encoder is not None and vectors is not None:
            floor = settings.judge.denial_semantic
            links = denial_links(left, right, groups, context.statements, vectors, settings.encoder, floor)
            candidates = with_denials(candidates, links, _scores_of(links, left, right, scores))
    candidates += _framing_candidates(left, right, groups, candidates, context, scores)
    if vectors is not None:
        candidates += _named_once_candidates(left, right, groups, candidates, vectors, idf, settings)
    verdicts = (judge or rule_judge)(candidates, context)
    return Matched(tuple(j for j in verdicts if not _copy_taken(j, context)), scores)


def _scores_of(
    pairs: Iterable[tuple[str, str]], left: Sequence[Facts], right: Sequence[Facts], scores: PairScores
) -> dict[tuple[str, str], float]:
    rows = {f.statement_id: i for i, f in enumerate(left)}
    cols = {f.statement_id: j for j, f in enumerate(right)}
    return {(a, b): scores.at(rows[a], cols[b]) for a, b in pairs}


def _copy_taken(j: Judgement, context: Context) -> bool:
    """A statement that the other report has word for word belongs to that copy: a link from it
    to any other statement says nothing its copy does not (an edited copy of a report with a
    sentence deleted: the deleted sentence must not hang on its neighbour's copy, or it would
    not be reported missing). Even a contradiction: the report with both says both."""
    st = context.statements
    for mine, theirs in ((j.a, j.b), (j.b, j.a)):
        twin = context.texts_by_source.get(st[mine].source, {}).get(same_text_key(st[theirs].text))
        if twin is not None and twin != mine:
            return True
    return False


def claims_wanted(
    statements: Sequence[Statement], candidates: Sequence[Candidate], context: Context, judge: Judge
) -> list[Statement]:
    """The statements whose claims a long comparison reads: those a conflict may be read from
    (`may_link`: the claim candidates are looked for among them) and those the judge reads
    (every statement of a candidate pair for a judge other than the rule judge)."""
    wanted = {st.id: st for st in statements if may_link(claim_text(st))}
    if isinstance(judge, RuleJudge):
        read = judge.reads_claims_of(candidates, context)
    else:
        read = [context.statements[x] for c in candidates for x in (c.a, c.b)]
    wanted.update((st.id, st) for st in read)
    return list(wanted.values())


def _claim_candidates(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    known: Sequence[Candidate],
    context: Context,
    scores: PairScores,
) -> tuple[Candidate, ...]:
    """Pairs the aligner left out whose claims conflict under a rule that names what both are
    about (the same deed and its denial, the same counted thing, the same place): "German
    troops shelled the depot" and "Berlin denied any such attack" share few words, but they are
    about one event. Needs the parser; without it there are none. In a long comparison only
    the statements that `may_link` are parsed and looked at."""
    statements = [context.statements[f.statement_id] for f in (*left, *right)]
    if scores.matrix is None:
        statements = [st for st in statements if may_link(claim_text(st))]
    claims = {st.id: claims_of_statement(st) for st in statements}
    # a statement with conflict claims, or a clause a negated or denied clause may meet
    linkable = {k for k, c in claims.items() if c is not None and (has_conflict_claims(c) or c.propositions)}
    have = {(c.a, c.b) for c in known}
    out = []
    rows = np.array([f.statement_id in linkable for f in left], dtype=bool)
    cols = np.array([f.statement_id in linkable for f in right], dtype=bool)
    for i, j in _considered(scores, groups, rows, cols):
        fa, fb = left[i], right[j]
        ca, cb = claims[fa.statement_id], claims[fb.statement_id]
        if ca is None or cb is None or (fa.statement_id, fb.statement_id) in have:
            continue
        if conflicts(ca, cb, rules=LINKING_RULES) or same_event(ca, cb):
            out.append(Candidate(fa.statement_id, fb.statement_id, round(scores.at(i, j), 4), (("claims", 1.0),)))
    return tuple(out)


def _framing_candidates(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    known: Sequence[Candidate],
    context: Context,
    scores: PairScores,
) -> tuple[Candidate, ...]:
    """Pairs the aligner left out that judge one conduct two ways (`one_conduct_judged_two_ways`:
    "a chaotic and poorly coordinated evacuation" and "an evacuation she described as
    textbook"): evaluations share few words besides the thing they evaluate. Each statement
    keeps only its best-scored such pair."""
    have = {(c.a, c.b) for c in known}
    stanced = [
        [
            (k, f, st, evaluated_words(st, f))
            for k, f in enumerate(side)
            if stance_of(f) is not None and (st := context.statements[f.statement_id])
        ]
        for side in (left, right)
    ]
    found = []
    for group in groups:
        members = set(group)
        for i, fa, a, wa in stanced[0]:
            for j, fb, b, _ in (x for x in stanced[1] if x[0] in members and wa & x[3]):  # a word in common first: cheap
                if (fa.statement_id, fb.statement_id) not in have and one_conduct_judged_two_ways(a, fa, b, fb):
                    found.append((scores.at(i, j), fa.statement_id, fb.statement_id))
    best: dict[str, float] = {}
    for score, x, y in found:
        best[x], best[y] = max(best.get(x, score), score), max(best.get(y, score), score)
    return tuple(Candidate(x, y, round(score, 4), (("framing", 1.0),)) for score, x, y in found if best[x] == score == best[y])


def _named_once_candidates(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    known: Sequence[Candidate],
    vectors: tuple[np.ndarray, np.ndarray],
    idf: dict[str, float],
    settings: Settings,
) -> tuple[Candidate, ...]:
    """Pairs the aligner left out that share a name each report names in that one statement
    only ("the Tollard footbridge gave way" / "brought down the Tollard span"), when they are
    close in meaning as well: a report names a bridge, a school or a suspect where it tells
    of it, so the one statement of each that names it tells of the same thing."""
    have = {(c.a, c.b) for c in known}
    once_left = _named_once(left)
    found: list[tuple[int, int]] = []
    for group in groups:
        cols = list(group)
        once_right = _named_once([right[j] for j in cols])
        for name, i in once_left.items():
            k = once_right.get(name)
            if k is None:
                continue
            j = cols[k]
            pair = (left[i].statement_id, right[j].statement_id)
            if pair not in have and float(vectors[0][i] @ vectors[1][j]) >= settings.align.named_once:
                have.add(pair)
                found.append((i, j))
    if not found:
        return ()
    rows, cols_ = (np.array(x, dtype=np.int64) for x in zip(*found))
    total, parts = score_pairs(left, right, rows, cols_, idf=idf, config=settings.align, vectors=vectors)
    return tuple(
        Candidate(
            left[i].statement_id,
            right[j].statement_id,
            round(float(total[k]), 4),
            (*((name, round(float(m[k]), 4)) for name, m in parts.items()), ("named once", 1.0)),
        )
        for k, (i, j) in enumerate(found)
    )


def _named_once(facts: Sequence[Facts]) -> dict[str, int]:
    """Each name that exactly one statement of `facts` uses -> that statement's index."""
    where: dict[str, list[int]] = {}
    for k, f in enumerate(facts):
        for name in {t for t in f.tokens if t.startswith("@")}:
            where.setdefault(name, []).append(k)
    return {name: ks[0] for name, ks in where.items() if len(ks) == 1}


def _considered(
    scores: PairScores, groups: Sequence[Sequence[int]], rows: np.ndarray, cols: np.ndarray
) -> Iterator[tuple[int, int]]:
    """The pairs the aligner scored, group by group, row by row: every pair of a small
    comparison, the retrieved candidates of a long one (a conflict between two statements
    that share nothing retrieval looks at goes unseen there); only those whose row and
    column are marked in `rows` and `cols`."""
    n, m = scores.shape
    if scores.matrix is not None:
        for group in groups:
            for i in range(n):
                if rows[i]:
                    yield from ((i, j) for j in group if cols[j])
        return
    for group in groups:
        member = np.zeros(m, dtype=bool)
        member[list(group)] = True
        keep = member[scores.cols] & rows[scores.rows] & cols[scores.cols]
        yield from zip(scores.rows[keep].tolist(), scores.cols[keep].tolist())
