"""Score every cross-source pair of statements and keep those that talk about the same thing.

Signals, each in [0, 1]:
- `fuzzy`: rapidfuzz token-set ratio over normalized content words (``process.cdist``);
- `idf`: IDF-weighted overlap (Dice) of content words, so rare shared words count more;
- `cover`: the same weighted overlap over the shorter statement's weight (containment),
  so a short statement restated inside a long one still scores;
- `entities`: IDF-weighted overlap of folded entity keys;
- `numbers`: a comparable quantity on both sides (same unit and counted noun), 1 when the
  values are within a factor of 1.5 of each other, 0.25 when they are far apart;
- `dates`: overlapping dates on both sides, 1 for the same day, 0.3 when only months overlap;
- `semantic` (semantic mode only): cosine similarity of sentence embeddings, clipped at 0.
A statement that opens with an anaphor ("This is a routine exercise") borrows the words of
the sentence before it at half weight. Pairs are kept when their combined score clears the
threshold and is close to the best score of both statements (competitive linking), so a
statement may link to several counterparts, but not to every loosely related one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from ..facts.quantities import comparable
from ..models import Candidate, Facts
from . import block

_ENTITY = "@"
_PARALLEL_PAIRS = 20_000


@dataclass(frozen=True)
class AlignConfig:
    """Weights and cut-offs; the defaults are calibrated on the gold in `alignments/`."""

    w_fuzzy: float = 0.1
    w_idf: float = 0.3
    w_cover: float = 0.3
    w_entities: float = 0.1
    w_numbers: float = 0.1
    w_dates: float = 0.1
    w_semantic: float = 0.0
    context_weight: float = 0.5
    threshold: float = 0.16
    margin: float = 0.04
    coverage: float = float("inf")  # a statement whose best score against a source reaches this is not omitted from it
    both_sides: bool = True  # near-best for both statements (True) or for either (False)
    # the closeness in meaning at which two statements that alone in their reports use one name
    # are linked whatever their score (`stage._named_once_candidates`; semantic mode only)
    named_once: float = 0.5


DEFAULT = AlignConfig()
# Semantic mode: the same signals plus embedding similarity, calibrated separately.
SEMANTIC = AlignConfig(
    w_fuzzy=0.2,
    w_idf=0.1,
    w_cover=0.2,
    w_entities=0.0,
    w_numbers=0.2,
    w_dates=0.0,
    w_semantic=0.3,
    threshold=0.32,
    margin=0.12,
    both_sides=True,
    coverage=0.28,  # the largest value with a false-omission rate <= 0.10 on the calibrate half
)


@dataclass(frozen=True)
class PairScores:
    """The alignment score of every pair considered: rows are `left`, columns `right`.

    Small comparisons consider every pair (`matrix` holds them all); long ones only the
    candidates `block.candidate_pairs` retrieves (`rows`, `cols`, `values`), any other pair
    counting as 0."""

    shape: tuple[int, int]
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    matrix: np.ndarray | None = None

    @classmethod
    def dense(cls, matrix: np.ndarray) -> PairScores:
        rows, cols = np.indices(matrix.shape).reshape(2, -1)
        return cls((matrix.shape[0], matrix.shape[1]), rows, cols, matrix.ravel(), matrix)

    def at(self, i: int, j: int) -> float:
        """The score of one pair (0 for a pair that was not considered)."""
        if self.matrix is not None:
            return float(self.matrix[i, j])
        k = _find_pair(self.rows, self.cols, self.shape[1], i, j)
        return 0.0 if k is None else float(self.values[k])

    def best(self, skip_rows: np.ndarray, skip_cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each row's and each column's best score, leaving out the rows and columns flagged."""
        if self.matrix is not None:
            free = self.matrix.copy()
            free[:, skip_cols] = 0.0
            free[skip_rows, :] = 0.0
            return free.max(axis=1), free.max(axis=0)
        values = np.where(skip_rows[self.rows] | skip_cols[self.cols], 0.0, self.values)
        by_row = np.zeros(self.shape[0], dtype=np.float32)
        by_col = np.zeros(self.shape[1], dtype=np.float32)
        np.maximum.at(by_row, self.rows, values)
        np.maximum.at(by_col, self.cols, values)
        return by_row, by_col


def align_groups(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    *,
    idf: dict[str, float],
    config: AlignConfig = DEFAULT,
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[tuple[Candidate, ...], PairScores]:
    """Like `align`, with `right` holding several sources: scores are computed once for all of
    them, and the competitive selection runs within each group of columns (one source each).
    Also returns the scores, from which callers read how well each statement is covered.

    Every pair is scored up to `block.EXACT_PAIRS`; past that, only retrieved candidates."""
    if not left or not right:
        return (), PairScores.dense(np.zeros((len(left), len(right)), dtype=np.float32))
    if not block.exact(len(left), len(right)):
        return _align_sparse(left, right, groups, idf=idf, config=config, vectors=vectors)
    scores, parts = score_matrix(left, right, idf=idf, config=config, vectors=vectors)
    out = []
    for cols in groups:
        cols = list(cols)
        sub = scores[:, cols]
        keep = _inherit_anaphors(_competitive(sub, config), sub, left, [right[j] for j in cols], config.threshold)
        for i, k in zip(*np.nonzero(keep)):
            j = cols[k]
            out.append(
                Candidate(
                    left[i].statement_id,
                    right[j].statement_id,
                    round(float(scores[i, j]), 4),
                    tuple((name, round(float(m[i, j]), 4)) for name, m in parts.items()),
                )
            )
    return tuple(sorted(out, key=lambda c: -c.score)), PairScores.dense(scores)


def _align_sparse(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    *,
    idf: dict[str, float],
    config: AlignConfig,
    vectors: tuple[np.ndarray, np.ndarray] | None,
) -> tuple[tuple[Candidate, ...], PairScores]:
    """`align_groups` over the retrieved candidate pairs only: the same signals, the same
    competitive selection and anaphor inheritance, with every other pair counting as 0."""
    rows, cols = block.candidate_pairs(left, right, idf=idf, vectors=vectors)
    scores, parts = score_pairs(left, right, rows, cols, idf=idf, config=config, vectors=vectors)
    group_of = np.zeros(len(right), dtype=np.int64)
    nxt = np.full(len(right) + 1, -1, dtype=np.int64)  # the next column of the same group
    for g, members in enumerate(groups):
        members = list(members)
        group_of[members] = g
        nxt[members[:-1]] = members[1:]
    keep = _competitive_pairs(rows, group_of[cols], cols, scores, len(left), len(groups), config)
    keep &= _among_best(rows * len(groups) + group_of[cols], scores, keep) & _among_best(cols, scores, keep)
    keep = _inherit_pairs(keep, rows, cols, scores, left, right, nxt, config.threshold)
    out = [
        Candidate(
            left[rows[k]].statement_id,
            right[cols[k]].statement_id,
            round(float(scores[k]), 4),
            tuple((name, round(float(m[k]), 4)) for name, m in parts.items()),
        )
        for k in np.nonzero(keep)[0]
    ]
    return tuple(sorted(out, key=lambda c: -c.score)), PairScores((len(left), len(right)), rows, cols, scores)


def _competitive_pairs(
    rows: np.ndarray, groups: np.ndarray, cols: np.ndarray, scores: np.ndarray, n: int, n_groups: int, config: AlignConfig
) -> np.ndarray:
    """`_competitive` over listed pairs: a row's best is taken within each group of columns."""
    best_row = np.full(n * max(1, n_groups), -np.inf, dtype=np.float32)
    np.maximum.at(best_row, rows * n_groups + groups, scores)
    best_col = np.full(int(cols.max()) + 1 if len(cols) else 0, -np.inf, dtype=np.float32)
    np.maximum.at(best_col, cols, scores)
    near_row = scores >= best_row[rows * n_groups + groups] - config.margin
    near_col = scores >= best_col[cols] - config.margin
    near = (near_row & near_col) if config.both_sides else (near_row | near_col)
    return (scores >= config.threshold) & near


def _among_best(ids: np.ndarray, scores: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Kept pairs among the `block.LINKS_PER_STATEMENT` best of their statement (`ids`: the
    pairs' rows, by group of columns, or their columns): in a long report of look-alike sentences, near-best ties would
    otherwise link each statement to dozens of others (and the JSON report to hundreds of MB)."""
    k = np.nonzero(keep)[0]
    order = k[np.lexsort((-scores[k], ids[k]))]
    ranked = ids[order]
    rank = np.arange(len(order)) - np.searchsorted(ranked, ranked, side="left")
    out = np.zeros(len(keep), dtype=bool)
    out[order[rank < block.LINKS_PER_STATEMENT]] = True
    return out


def _inherit_pairs(
    keep: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
    scores: np.ndarray,
    left: Sequence[Facts],
    right: Sequence[Facts],
    nxt: np.ndarray,
    threshold: float,
) -> np.ndarray:
    """`_inherit_anaphors` over listed pairs (`nxt`: the next column of the same group)."""
    out = keep.copy()
    for k in np.nonzero(keep)[0]:
        i, j = int(rows[k]), int(cols[k])
        for pair, anaphor in (((i, int(nxt[j])), nxt[j] >= 0 and right[nxt[j]].context_tokens),
                              ((i + 1, j), i + 1 < len(left) and left[i + 1].context_tokens)):  # fmt: skip
            m = _find_pair(rows, cols, len(right), *pair) if anaphor else None
            if m is not None and scores[m] >= threshold:
                out[m] = True
    return out


def _find_pair(rows: np.ndarray, cols: np.ndarray, width: int, i: int, j: int) -> int | None:
    """Where pair (i, j) is listed; pairs are listed by row, then column (`block.candidate_pairs`)."""
    lo, hi = int(np.searchsorted(rows, i, side="left")), int(np.searchsorted(rows, i, side="right"))
    k = lo + int(np.searchsorted(cols[lo:hi], j))
    return k if k < hi and cols[k] == j else None


def idf_table(facts: Sequence[Facts]) -> dict[str, float]:
    """Inverse document frequency of each token, one statement being one document."""
    return idf_values(Counter(t for f in facts for t in set(f.tokens)), len(facts))


def idf_values(df: Mapping[str, int], n: int) -> dict[str, float]:
    """IDF from document frequencies over `n` statements (the one formula, for a comparison
    and for a check against the store)."""
    n = max(1, n)
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def score_matrix(
    left: Sequence[Facts],
    right: Sequence[Facts],
    *,
    idf: dict[str, float],
    config: AlignConfig = DEFAULT,
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
):
    """The combined score of every pair, and each signal's matrix."""
    texts_l = [" ".join(sorted(set(f.tokens))) for f in left]
    texts_r = [" ".join(sorted(set(f.tokens))) for f in right]
    workers = -1 if len(texts_l) * len(texts_r) >= _PARALLEL_PAIRS else 1  # threads pay off on large matrices only
    fuzzy = process.cdist(texts_l, texts_r, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=workers) / 100.0
    bags_l = [_bag(f, config.context_weight) for f in left]
    bags_r = [_bag(f, config.context_weight) for f in right]
    idf_m, cover_m = _overlap_matrices(bags_l, bags_r, idf, entities=False)
    ent_m, _ = _overlap_matrices(bags_l, bags_r, idf, entities=True)
    num_m = np.zeros_like(idf_m)
    date_m = np.zeros_like(idf_m)
    with_q = [j for j, f in enumerate(right) if f.quantities]
    with_d = [j for j, f in enumerate(right) if f.dates]
    for i, fl in enumerate(left):
        for j in with_q if fl.quantities else ():
            num_m[i, j] = _numbers(fl, right[j])
        for j in with_d if fl.dates else ():
            date_m[i, j] = _dates(fl, right[j])
    parts = {"fuzzy": fuzzy, "idf": idf_m, "cover": cover_m, "entities": ent_m, "numbers": num_m, "dates": date_m}
    if vectors is not None:
        parts["semantic"] = np.clip(vectors[0] @ vectors[1].T, 0.0, 1.0).astype(np.float32)
    return combine(parts, config), parts


def score_pairs(
    left: Sequence[Facts],
    right: Sequence[Facts],
    rows: np.ndarray,
    cols: np.ndarray,
    *,
    idf: dict[str, float],
    config: AlignConfig = DEFAULT,
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """`score_matrix` for the listed pairs only (row `rows[k]`, column `cols[k]`): the combined
    score of each, and each signal, as vectors."""
    texts_l = [" ".join(sorted(set(f.tokens))) for f in left]
    texts_r = [" ".join(sorted(set(f.tokens))) for f in right]
    fuzzy = _fuzzy_pairs(texts_l, texts_r, rows, cols)
    bags_l = [_bag(f, config.context_weight) for f in left]
    bags_r = [_bag(f, config.context_weight) for f in right]
    lo = min((w for b in (*bags_l, *bags_r) for w in b.values()), default=1.0)
    idf_v, cover_v = _overlap_pairs(bags_l, bags_r, rows, cols, idf, lo, entities=False)
    ent_v, _ = _overlap_pairs(bags_l, bags_r, rows, cols, idf, lo, entities=True)
    num_v = np.zeros(len(rows), dtype=np.float32)
    date_v = np.zeros(len(rows), dtype=np.float32)
    with_q = np.array([bool(f.quantities) for f in left]), np.array([bool(f.quantities) for f in right])
    for k in np.flatnonzero(with_q[0][rows] & with_q[1][cols]).tolist():
        num_v[k] = _numbers(left[rows[k]], right[cols[k]])
    with_d = np.array([bool(f.dates) for f in left]), np.array([bool(f.dates) for f in right])
    for k in np.flatnonzero(with_d[0][rows] & with_d[1][cols]).tolist():
        date_v[k] = _dates(left[rows[k]], right[cols[k]])
    parts = {"fuzzy": fuzzy, "idf": idf_v, "cover": cover_v, "entities": ent_v, "numbers": num_v, "dates": date_v}
    if vectors is not None:
        sims = np.concatenate(
            [
                np.einsum("ij,ij->i", vectors[0][rows[s : s + 65536]], vectors[1][cols[s : s + 65536]])
                for s in range(0, len(rows), 65536)
            ]
            or [np.zeros(0, dtype=np.float32)]
        )
        parts["semantic"] = np.clip(sims, 0.0, 1.0).astype(np.float32)
    return combine(parts, config), parts


def _fuzzy_pairs(texts_l: Sequence[str], texts_r: Sequence[str], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """rapidfuzz's token-set ratio of each listed pair, as `fuzz.token_set_ratio` gives it one
    pair at a time (`process.cpdist`: pair by pair in C, in chunks that bound memory)."""
    out = np.zeros(len(rows), dtype=np.float32)
    workers = -1 if len(rows) >= _PARALLEL_PAIRS else 1
    for s in range(0, len(rows), _PAIR_CHUNK):
        a = [texts_l[i] for i in rows[s : s + _PAIR_CHUNK].tolist()]
        b = [texts_r[j] for j in cols[s : s + _PAIR_CHUNK].tolist()]
        out[s : s + len(a)] = process.cpdist(a, b, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=workers)
    return out / 100.0


_PAIR_CHUNK = 131_072  # pairs scored at once by the vectorized signals (bounds memory)


@dataclass(frozen=True)
class _Bags:
    """The bags of one side as flat arrays: statement k's terms (vocabulary ids) are
    `term[start[k] : start[k + 1]]`, each with its IDF and whether it is there at full weight;
    `mass[k]` is the bag's IDF-weighted mass, summed as `_overlap_pairs` always did."""

    start: np.ndarray
    term: np.ndarray
    idf: np.ndarray
    full: np.ndarray
    mass: np.ndarray


def _flat_bags(bags: Sequence[dict[str, float]], vocab: dict[str, int], idf: dict[str, float], entities: bool) -> _Bags:
    starts, terms, idfs, fulls, masses = [0], [], [], [], []
    for bag in bags:
        products = []
        for t, w in bag.items():
            if t.startswith(_ENTITY) == entities:
                v = idf.get(t, 1.0)
                products.append(w * v)
                terms.append(vocab.setdefault(t, len(vocab)))
                idfs.append(v)
                fulls.append(w >= 1.0)
        masses.append(sum(products))
        starts.append(len(terms))
    return _Bags(
        np.array(starts, dtype=np.int64),
        np.array(terms, dtype=np.int64),
        np.array(idfs, dtype=np.float64),
        np.array(fulls, dtype=bool),
        np.array(masses, dtype=np.float64),
    )


def _overlap_pairs(
    left: Sequence[dict[str, float]],
    right: Sequence[dict[str, float]],
    rows: np.ndarray,
    cols: np.ndarray,
    idf: dict[str, float],
    lo: float,
    *,
    entities: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """`_overlap_matrices` for the listed pairs: a word shared at full weight on both sides
    counts its IDF, one shared at a lower weight on either side `lo` times its IDF.

    Vectorized: each pair's left terms are looked up among its right statement's terms
    (sorted (statement, term) keys), and the shared ones summed per pair with `np.bincount`."""
    vocab: dict[str, int] = {}
    a, b = _flat_bags(left, vocab, idf, entities), _flat_bags(right, vocab, idf, entities)
    width = max(1, len(vocab))
    keys_b = np.repeat(np.arange(len(right), dtype=np.int64), np.diff(b.start)) * width + b.term
    by_key = np.argsort(keys_b, kind="stable")
    keys_b, full_b = keys_b[by_key], b.full[by_key]
    dice = np.zeros(len(rows), dtype=np.float32)
    cover = np.zeros(len(rows), dtype=np.float32)
    for s in range(0, len(rows), _PAIR_CHUNK):
        r, c = rows[s : s + _PAIR_CHUNK], cols[s : s + _PAIR_CHUNK]
        shared = _shared_mass(a, keys_b, full_b, r, c, width, lo)
        ma, mb = a.mass[r], b.mass[c]
        ok = (ma > 0) & (mb > 0)
        dice[s : s + len(r)][ok] = 2 * shared[ok] / (ma[ok] + mb[ok])
        cover[s : s + len(r)][ok] = shared[ok] / np.minimum(ma[ok], mb[ok])
    return dice, cover


def _shared_mass(
    a: _Bags, keys_b: np.ndarray, full_b: np.ndarray, r: np.ndarray, c: np.ndarray, width: int, lo: float
) -> np.ndarray:
    """For each pair (left `r[k]`, right `c[k]`), the IDF mass of the terms the two share
    (`keys_b`: right statement × width + term, sorted; `full_b`: at full weight there)."""
    counts = a.start[r + 1] - a.start[r]
    pair = np.repeat(np.arange(len(r), dtype=np.int64), counts)
    at = np.arange(len(pair), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(a.start[r], counts)
    want = c[pair] * width + a.term[at]
    found = np.minimum(np.searchsorted(keys_b, want), max(0, len(keys_b) - 1))
    hit = keys_b[found] == want if len(keys_b) else np.zeros(len(want), dtype=bool)
    at, found = at[hit], found[hit]
    value = np.where(a.full[at] & full_b[found], a.idf[at], lo * a.idf[at])
    return np.bincount(pair[hit], weights=value, minlength=len(r))


def combine(parts: dict[str, np.ndarray], config: AlignConfig) -> np.ndarray:
    """The weighted sum of the signal matrices."""
    return sum(getattr(config, f"w_{name}") * m for name, m in parts.items())


def _bag(f: Facts, context_weight: float) -> dict[str, float]:
    bag = {t: 1.0 for t in f.tokens}
    for t in f.context_tokens:
        bag.setdefault(t, context_weight)
    return bag


def _overlap_matrices(
    left: Sequence[dict[str, float]], right: Sequence[dict[str, float]], idf: dict[str, float], *, entities: bool
) -> tuple[np.ndarray, np.ndarray]:
    """IDF-weighted Dice and containment (overlap over the lighter side) of every pair of bags.

    A bag weighs a word 1 (in the statement) or `context_weight` (only in the sentence an
    anaphor points to). min(wa, wb) over shared words is computed as matrix products over two
    indicator layers (weight >= the lower level, weight >= 1), so no Python loop runs per pair.
    """
    vocab = {
        t: k for k, t in enumerate(dict.fromkeys(t for b in (*left, *right) for t in b if t.startswith(_ENTITY) == entities))
    }
    if not vocab:
        z = np.zeros((len(left), len(right)), dtype=np.float32)
        return z, z.copy()
    weights = np.array([idf.get(t, 1.0) for t in vocab], dtype=np.float32)
    low_l, full_l, mass_l = _layers(left, vocab, weights)
    low_r, full_r, mass_r = _layers(right, vocab, weights)
    levels = sorted({w for b in (*left, *right) for w in b.values()})
    lo = levels[0] if levels else 1.0
    shared = lo * ((low_l * weights) @ low_r.T) + (1.0 - lo) * ((full_l * weights) @ full_r.T)
    total = mass_l[:, None] + mass_r[None, :]
    smaller = np.minimum(mass_l[:, None], mass_r[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where((mass_l[:, None] > 0) & (mass_r[None, :] > 0), 2 * shared / total, 0.0)
        cover = np.where(smaller > 0, shared / smaller, 0.0)
    return dice.astype(np.float32), cover.astype(np.float32)


def _layers(bags: Sequence[dict[str, float]], vocab: dict[str, int], weights: np.ndarray):
    """Indicator matrices (present at any weight, present at full weight) and each bag's mass."""
    low = np.zeros((len(bags), len(vocab)), dtype=np.float32)
    full = np.zeros_like(low)
    for i, bag in enumerate(bags):
        for t, w in bag.items():
            k = vocab.get(t)
            if k is not None:
                low[i, k] = 1.0
                if w >= 1.0:
                    full[i, k] = 1.0
    mass = np.zeros(len(bags), dtype=np.float32)
    for i, bag in enumerate(bags):
        mass[i] = sum(w * weights[vocab[t]] for t, w in bag.items() if t in vocab)
    return low, full, mass


def _numbers(a: Facts, b: Facts) -> float:
    best = 0.0
    for x in a.quantities:
        for y in b.quantities:
            if comparable(x, y):
                lo, hi = sorted((abs(x.value), abs(y.value)))
                best = max(best, 1.0 if hi <= 1.5 * lo else 0.25)
    return best


def _dates(a: Facts, b: Facts) -> float:
    best = 0.0
    for x in a.dates:
        for y in b.dates:
            if x.start <= y.end and y.start <= x.end:
                best = max(best, 1.0 if x.precise and y.precise else 0.3)
    return best


def _inherit_anaphors(
    keep: np.ndarray, scores: np.ndarray, left: Sequence[Facts], right: Sequence[Facts], threshold: float
) -> np.ndarray:
    """A statement that opens with an anaphor ("This is a routine exercise") talks about what
    the sentence before it talks about: it joins that sentence's links when its own score
    with the counterpart clears the threshold."""
    out = keep.copy()
    for i, j in zip(*np.nonzero(keep)):
        if j + 1 < len(right) and right[j + 1].context_tokens and scores[i, j + 1] >= threshold:
            out[i, j + 1] = True
        if i + 1 < len(left) and left[i + 1].context_tokens and scores[i + 1, j] >= threshold:
            out[i + 1, j] = True
    return out


def _competitive(scores: np.ndarray, config: AlignConfig) -> np.ndarray:
    """Pairs over the threshold and within `margin` of the best score of their statements."""
    best_row = scores.max(axis=1, keepdims=True)
    best_col = scores.max(axis=0, keepdims=True)
    near_row = scores >= best_row - config.margin
    near_col = scores >= best_col - config.margin
    near = (near_row & near_col) if config.both_sides else (near_row | near_col)
    return (scores >= config.threshold) & near
