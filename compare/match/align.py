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


def align_groups(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    *,
    idf: dict[str, float],
    config: AlignConfig = DEFAULT,
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[tuple[Candidate, ...], np.ndarray]:
    """Like `align`, with `right` holding several sources: scores are computed once for all of
    them, and the competitive selection runs within each group of columns (one source each).
    Also returns the score matrix, from which callers read how well each statement is covered."""
    if not left or not right:
        return (), np.zeros((len(left), len(right)), dtype=np.float32)
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
    return tuple(sorted(out, key=lambda c: -c.score)), scores


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
