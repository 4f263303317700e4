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
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .models import Candidate, Facts
from .quantities import comparable

_ENTITY = "@"


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
)


def align(
    left: Sequence[Facts],
    right: Sequence[Facts],
    *,
    idf: dict[str, float],
    config: AlignConfig = DEFAULT,
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[Candidate, ...]:
    """Candidate pairs between two sources' statements, best first.

    `vectors`, in semantic mode, holds the sentence embeddings of `left` and `right` (rows in
    the same order, L2-normalized).
    """
    if not left or not right:
        return ()
    scores, parts = score_matrix(left, right, idf=idf, config=config, vectors=vectors)
    keep = _inherit_anaphors(_competitive(scores, config), scores, left, right, config.threshold)
    out = [
        Candidate(
            left[i].statement_id,
            right[j].statement_id,
            round(float(scores[i, j]), 4),
            tuple((name, round(float(m[i, j]), 4)) for name, m in parts.items()),
        )
        for i, j in zip(*np.nonzero(keep))
    ]
    return tuple(sorted(out, key=lambda c: -c.score))


def idf_table(facts: Sequence[Facts]) -> dict[str, float]:
    """Inverse document frequency of each token, one statement being one document."""
    df = Counter(t for f in facts for t in set(f.tokens))
    n = max(1, len(facts))
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
    fuzzy = process.cdist(texts_l, texts_r, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1) / 100.0
    bags_l = [_bag(f, config.context_weight) for f in left]
    bags_r = [_bag(f, config.context_weight) for f in right]
    idf_m = np.zeros((len(left), len(right)), dtype=np.float32)
    cover_m = np.zeros_like(idf_m)
    ent_m = np.zeros_like(idf_m)
    num_m = np.zeros_like(idf_m)
    date_m = np.zeros_like(idf_m)
    for i, (fl, bl) in enumerate(zip(left, bags_l)):
        for j, (fr, br) in enumerate(zip(right, bags_r)):
            idf_m[i, j], cover_m[i, j] = _overlap(bl, br, idf, entities=False)
            ent_m[i, j] = _overlap(bl, br, idf, entities=True)[0]
            num_m[i, j] = _numbers(fl, fr)
            date_m[i, j] = _dates(fl, fr)
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


def _overlap(a: dict[str, float], b: dict[str, float], idf: dict[str, float], *, entities: bool) -> tuple[float, float]:
    """IDF-weighted Dice and containment (overlap over the lighter side) of two bags of words."""
    wa = {t: w * idf.get(t, 1.0) for t, w in a.items() if t.startswith(_ENTITY) == entities}
    wb = {t: w * idf.get(t, 1.0) for t, w in b.items() if t.startswith(_ENTITY) == entities}
    sa, sb = sum(wa.values()), sum(wb.values())
    if sa <= 0 or sb <= 0:
        return 0.0, 0.0
    shared = sum(min(wa[t], wb[t]) for t in wa.keys() & wb.keys())
    return 2 * shared / (sa + sb), shared / min(sa, sb)


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
                precise = (x.end - x.start).days <= 3 and (y.end - y.start).days <= 3
                best = max(best, 1.0 if precise else 0.3)
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
