"""Which pairs of statements the aligner scores when two reports are long: candidates by
retrieval instead of every pair.

Why: scoring every pair costs n·m in time and memory (two 2 MB reports hold some 20,000
statements each: 400 million pairs, 6 GB of score matrices). Up to `EXACT_PAIRS` pairs every
pair is scored, as before (a news report has a few hundred statements at most); past that,
each statement is scored against

- the `CANDIDATES` statements of the other side that share the largest IDF-weighted mass of
  words and names with it, among those holding one of its `RARE_TERMS` rarest terms (a term in
  more than `COMMON_SHARE` of the other side's statements, or in more than `LOOKUP_POSTINGS`
  of them, is not looked up, but still counts in the ranking), in both directions, as the
  store's full-text retrieval does for `check`;
- in semantic mode, its `NEIGHBOURS` nearest statements by embedding, found block by block
  so that no n×m matrix is ever held;
- the statement after each candidate when that one opens with an anaphor (it may inherit
  the link, see `align._inherit_anaphors`).

A pair outside these scores as if it were zero: it can be neither linked nor the best
counterpart of a statement. A statement keeps at most `LINKS_PER_STATEMENT` links (its best),
so that look-alike sentences do not link each to dozens of others. Cost and memory grow with
n·k, not n·m.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..models import Facts

EXACT_PAIRS = 250_000  # pairs up to which every pair is scored (500 × 500 statements)
CANDIDATES = 20  # statements of the other side per statement, by shared rare terms…
RARE_TERMS = 16  # …looked up by this many of its rarest terms
COMMON_SHARE = 0.05  # a term in more than 5% of the other side's statements is not looked up…
COMMON_FLOOR = 50  # …unless that side is small,
LOOKUP_POSTINGS = 500  # nor one in more than this many (what keeps the cost linear)
NEIGHBOURS = 10  # semantic mode: nearest statements of the other side by embedding
LINKS_PER_STATEMENT = 8  # links kept per statement and other source, the best ones (past EXACT_PAIRS only)
QUERY_BLOCK = 1024  # statements whose candidates are gathered at once (bounds memory)


def exact(n: int, m: int) -> bool:
    """Whether every pair of an n × m comparison is scored."""
    return n * m <= EXACT_PAIRS


def candidate_pairs(
    left: Sequence[Facts], right: Sequence[Facts], *, idf: dict[str, float], vectors: tuple[np.ndarray, np.ndarray] | None
) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of the pairs to score, sorted by row then column, each once."""
    found = [_by_terms(left, right, idf), _by_terms(right, left, idf)[::-1]]
    if vectors is not None:
        found += [_nearest(vectors[0], vectors[1]), _nearest(vectors[1], vectors[0])[::-1]]
    rows = np.concatenate([f[0] for f in found])
    cols = np.concatenate([f[1] for f in found])
    rows, cols = _with_anaphors(rows, cols, left, right)
    keys = np.unique(rows.astype(np.int64) * max(1, len(right)) + cols)
    return keys // max(1, len(right)), keys % max(1, len(right))


def _by_terms(queries: Sequence[Facts], targets: Sequence[Facts], idf: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """For each query, the `CANDIDATES` targets it shares the largest IDF mass of terms with,
    among the targets that hold one of its `RARE_TERMS` rarest terms. The mass counts every
    shared term, common ones too: among fifty statements that name one town, the one that also
    shares "shelling began … lasted … hours" comes first."""
    postings: dict[str, list[int]] = {}
    for j, f in enumerate(targets):
        for t in set(f.tokens):
            postings.setdefault(t, []).append(j)
    common = max(COMMON_FLOOR, min(LOOKUP_POSTINGS, COMMON_SHARE * len(targets)))
    rare = {t: np.array(js, dtype=np.int64) for t, js in postings.items() if len(js) <= common}
    frequent = {t: np.zeros(len(targets), dtype=bool) for t, js in postings.items() if len(js) > common}
    for t, member in frequent.items():
        member[postings[t]] = True
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for start in range(0, len(queries), QUERY_BLOCK):
        found = _block_by_terms(queries, range(start, min(start + QUERY_BLOCK, len(queries))), rare, frequent, idf, len(targets))
        if found is not None:
            rows.append(found[0])
            cols.append(found[1])
    empty = np.zeros(0, dtype=np.int64)
    return (np.concatenate(rows), np.concatenate(cols)) if rows else (empty, empty)


def _block_by_terms(
    queries: Sequence[Facts],
    block: range,
    rare: dict[str, np.ndarray],
    frequent: dict[str, np.ndarray],
    idf: dict[str, float],
    width: int,
) -> tuple[np.ndarray, np.ndarray] | None:
    """`_by_terms` for one block of queries: the pool from rare terms' postings, ranked by the
    mass of every shared term."""
    qi: list[np.ndarray] = []
    tj: list[np.ndarray] = []
    w: list[np.ndarray] = []
    for i in block:
        terms = sorted((t for t in set(queries[i].tokens) if t in rare), key=lambda t: (len(rare[t]), t))
        for t in terms[:RARE_TERMS]:
            qi.append(np.full(len(rare[t]), i, dtype=np.int64))
            tj.append(rare[t])
            w.append(np.full(len(rare[t]), idf.get(t, 1.0)))
    if not qi:
        return None
    keys, inverse = np.unique(np.concatenate(qi) * width + np.concatenate(tj), return_inverse=True)
    mass = np.bincount(inverse, weights=np.concatenate(w), minlength=len(keys))
    r, c = keys // width, keys % width
    bounds = np.searchsorted(r, np.arange(block.start, block.stop + 1))
    for i in block:
        lo, hi = bounds[i - block.start], bounds[i - block.start + 1]
        for t in set(queries[i].tokens) if hi > lo else ():
            if t in frequent:
                mass[lo:hi] += idf.get(t, 1.0) * frequent[t][c[lo:hi]]
    return _top_per_row(r, c, mass, CANDIDATES)


def _top_per_row(r: np.ndarray, c: np.ndarray, mass: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's k heaviest columns (ties: the lower column)."""
    order = np.lexsort((c, -mass, r))
    r, c = r[order], c[order]
    starts = np.searchsorted(r, r, side="left")
    keep = (np.arange(len(r)) - starts) < k
    return r[keep], c[keep]


def _nearest(queries: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each query row, the `NEIGHBOURS` target rows of highest cosine (rows are normalized),
    one block of queries at a time."""
    k = min(NEIGHBOURS, len(targets))
    if k == 0 or not len(queries):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rows, cols = [], []
    for start in range(0, len(queries), QUERY_BLOCK):
        sims = queries[start : start + QUERY_BLOCK] @ targets.T
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        rows.append(np.repeat(np.arange(start, start + len(sims)), k))
        cols.append(top.ravel())
    return np.concatenate(rows).astype(np.int64), np.concatenate(cols).astype(np.int64)


def _with_anaphors(
    rows: np.ndarray, cols: np.ndarray, left: Sequence[Facts], right: Sequence[Facts]
) -> tuple[np.ndarray, np.ndarray]:
    """Add the pair with the next statement of either side when that statement opens with an
    anaphor: `align._inherit_anaphors` reads those scores."""
    anaphor_l = np.array([bool(f.context_tokens) for f in left] + [False])
    anaphor_r = np.array([bool(f.context_tokens) for f in right] + [False])
    down = anaphor_r[cols + 1]
    across = anaphor_l[rows + 1]
    return (
        np.concatenate([rows, rows[down], rows[across] + 1]),
        np.concatenate([cols, cols[down] + 1, cols[across]]),
    )
