"""Score every cross-source pair of statements and keep those that talk about the same thing.

Signals, each in [0, 1]:
- `fuzzy`: rapidfuzz token-set ratio over normalized content words (``process.cdist``);
- `idf`: IDF-weighted overlap (Dice) of content words, so rare shared words count more;
- `entities`: IDF-weighted overlap of folded entity keys;
- `numbers`: a comparable quantity on both sides (same unit and counted noun);
- `dates`: overlapping dates on both sides.
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

    w_fuzzy: float = 0.15
    w_idf: float = 0.45
    w_entities: float = 0.15
    w_numbers: float = 0.15
    w_dates: float = 0.10
    context_weight: float = 0.5
    threshold: float = 0.24
    margin: float = 0.12


DEFAULT = AlignConfig()


def align(
    left: Sequence[Facts], right: Sequence[Facts], *, idf: dict[str, float], config: AlignConfig = DEFAULT
) -> tuple[Candidate, ...]:
    """Candidate pairs between two sources' statements, best first."""
    if not left or not right:
        return ()
    scores, parts = score_matrix(left, right, idf=idf, config=config)
    keep = _competitive(scores, config)
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


def score_matrix(left: Sequence[Facts], right: Sequence[Facts], *, idf: dict[str, float], config: AlignConfig = DEFAULT):
    """The combined score of every pair, and each signal's matrix."""
    texts_l = [" ".join(sorted(set(f.tokens))) for f in left]
    texts_r = [" ".join(sorted(set(f.tokens))) for f in right]
    fuzzy = process.cdist(texts_l, texts_r, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1) / 100.0
    bags_l = [_bag(f, config.context_weight) for f in left]
    bags_r = [_bag(f, config.context_weight) for f in right]
    idf_m = np.zeros((len(left), len(right)), dtype=np.float32)
    ent_m = np.zeros_like(idf_m)
    num_m = np.zeros_like(idf_m)
    date_m = np.zeros_like(idf_m)
    for i, (fl, bl) in enumerate(zip(left, bags_l)):
        for j, (fr, br) in enumerate(zip(right, bags_r)):
            idf_m[i, j] = _dice(bl, br, idf, entities=False)
            ent_m[i, j] = _dice(bl, br, idf, entities=True)
            num_m[i, j] = _numbers(fl, fr)
            date_m[i, j] = _dates(fl, fr)
    parts = {"fuzzy": fuzzy, "idf": idf_m, "entities": ent_m, "numbers": num_m, "dates": date_m}
    scores = (
        config.w_fuzzy * fuzzy
        + config.w_idf * idf_m
        + config.w_entities * ent_m
        + config.w_numbers * num_m
        + config.w_dates * date_m
    )
    return scores, parts


def _bag(f: Facts, context_weight: float) -> dict[str, float]:
    bag = {t: 1.0 for t in f.tokens}
    for t in f.context_tokens:
        bag.setdefault(t, context_weight)
    return bag


def _dice(a: dict[str, float], b: dict[str, float], idf: dict[str, float], *, entities: bool) -> float:
    def keep(t: str) -> bool:
        return t.startswith(_ENTITY) == entities

    wa = {t: w * idf.get(t, 1.0) for t, w in a.items() if keep(t)}
    wb = {t: w * idf.get(t, 1.0) for t, w in b.items() if keep(t)}
    total = sum(wa.values()) + sum(wb.values())
    if total <= 0:
        return 0.0
    shared = sum(min(wa[t], wb[t]) for t in wa.keys() & wb.keys())
    return 2 * shared / total


def _numbers(a: Facts, b: Facts) -> float:
    return 1.0 if any(comparable(x, y) for x in a.quantities for y in b.quantities) else 0.0


def _dates(a: Facts, b: Facts) -> float:
    return 1.0 if any(x.start <= y.end and y.start <= x.end for x in a.dates for y in b.dates) else 0.0


def _competitive(scores: np.ndarray, config: AlignConfig) -> np.ndarray:
    """Pairs over the threshold and within `margin` of the best score of both their statements."""
    best_row = scores.max(axis=1, keepdims=True)
    best_col = scores.max(axis=0, keepdims=True)
    return (scores >= config.threshold) & (scores >= best_row - config.margin) & (scores >= best_col - config.margin)
