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
    frequent = _Frequent([t for t, js in postings.items() if len(js) > common], postings, idf, len(targets))
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for start in range(0, len(queries), QUERY_BLOCK):
        found = _block_by_terms(queries, range(start, min(start + QUERY_BLOCK, len(queries))), rare, frequent, idf, len(targets))
        if found is not None:
            rows.append(found[0])
            cols.append(found[1])
    empty = np.zeros(0, dtype=np.int64)
    return (np.concatenate(rows), np.concatenate(cols)) if rows else (empty, empty)


class _Frequent:
    """The terms held by too many targets to be looked up: which targets hold each (one row of
    a boolean matrix per term) and its IDF."""

    def __init__(self, terms: list[str], postings: dict[str, list[int]], idf: dict[str, float], width: int) -> None:
        self.index = {t: k for k, t in enumerate(terms)}
        self.member = np.zeros((len(terms), width), dtype=bool)
        for k, t in enumerate(terms):
            self.member[k, postings[t]] = True
        self.idf = np.array([idf.get(t, 1.0) for t in terms], dtype=np.float64)


def _block_by_terms(
    queries: Sequence[Facts],
    block: range,
    rare: dict[str, np.ndarray],
    frequent: _Frequent,
    idf: dict[str, float],
    width: int,
) -> tuple[np.ndarray, np.ndarray] | None:
    """`_by_terms` for one block of queries: the pool from rare terms' postings, ranked by the
    mass of every shared term.

    Every pair's mass is the same sum, added in the same order, as one pair at a time: the
    rare terms' by `np.bincount` in the query's order of terms, then the frequent terms'
    term after term in the order the query's set of terms gives."""
    ids: list[int] = []
    lists: list[np.ndarray] = []
    weights: list[float] = []
    for i in block:
        terms = sorted((t for t in set(queries[i].tokens) if t in rare), key=lambda t: (len(rare[t]), t))
        for t in terms[:RARE_TERMS]:
            ids.append(i - block.start)
            lists.append(rare[t])
            weights.append(idf.get(t, 1.0))
    if not lists:
        return None
    lengths = np.array([len(x) for x in lists], dtype=np.int64)
    cells = np.repeat(np.array(ids, dtype=np.int64), lengths) * width + np.concatenate(lists)
    keys, inverse = _unique_runs(cells)
    mass = np.bincount(inverse, weights=np.repeat(np.array(weights, dtype=np.float64), lengths), minlength=len(keys))
    r, c = keys // width, keys % width
    _add_frequent(mass, r, c, [queries[i] for i in block], frequent)
    return _top_per_row(r + block.start, c, mass, CANDIDATES)


def _unique_runs(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`np.unique(cells, return_inverse=True)` for cells made of sorted runs (each posting
    list is sorted, and the queries come in order): a stable sort merges runs in about
    linear time, where `np.unique` sorts from scratch."""
    perm = np.argsort(cells, kind="stable")
    ordered = cells[perm]
    first = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    inverse = np.empty(len(cells), dtype=np.int64)
    inverse[perm] = np.cumsum(first) - 1
    return ordered[first], inverse


def _add_frequent(mass: np.ndarray, r: np.ndarray, c: np.ndarray, queries: Sequence[Facts], frequent: _Frequent) -> None:
    """Add to each pooled pair (query `r`, target `c`) the IDF of every frequent term the two
    share, in the order the query first uses them (one position of that order at a time, over
    the pairs whose query has a term at that position). The order must not be a set's: float
    sums in an order that changes with the string hash seed rank near-ties differently from run
    to run."""
    order = [[frequent.index[t] for t in dict.fromkeys(f.tokens) if t in frequent.index] for f in queries]
    depth = np.array([len(terms) for terms in order], dtype=np.int64)
    if not depth.any():
        return
    table = np.full((len(order), int(depth.max())), -1, dtype=np.int64)
    for k, terms in enumerate(order):
        table[k, : len(terms)] = terms
    # pairs by their query's count of frequent terms, most first (a radix sort of 16-bit counts)
    deepest = np.argsort((-depth[r]).astype(np.int16 if depth.max() < 2**15 else np.int64), kind="stable")
    reach = np.searchsorted(-depth[r][deepest], -np.arange(table.shape[1]), side="left")
    rows, cells, sums = r[deepest] * table.shape[1], c[deepest], mass[deepest]
    width = frequent.member.shape[1]
    member = frequent.member.ravel()
    for p in range(table.shape[1]):
        n = reach[p]  # the pairs whose query has a p-th frequent term: a prefix
        term = table.ravel()[rows[:n] + p]
        sums[:n] += frequent.idf[term] * member[term * width + cells[:n]]
    mass[deepest] = sums


def _top_per_row(r: np.ndarray, c: np.ndarray, mass: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's k heaviest columns (ties: the lower column). The pairs come sorted by row,
    then column, so a stable sort by mass, then by row, leaves ties in column order (what
    `np.lexsort((-mass, r))` does; the rows of one block of queries, as 16-bit offsets, are
    sorted by radix in linear time)."""
    if not len(r):
        return r, c
    offset = r - r[0]
    if offset[-1] >= 2**15:  # not one block of queries
        order = np.lexsort((-mass, r))
    else:
        order = np.argsort(-mass, kind="stable")
        order = order[np.argsort(offset.astype(np.int16)[order], kind="stable")]
    r, c = r[order], c[order]
    index = np.arange(len(r))
    opens = np.ones(len(r), dtype=bool)
    np.not_equal(r[1:], r[:-1], out=opens[1:])
    starts = np.maximum.accumulate(np.where(opens, index, 0))  # where each pair's row begins
    keep = (index - starts) < k
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
