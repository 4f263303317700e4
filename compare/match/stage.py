"""The match stage every command runs: candidate pairs between statements, then verdicts.

`compare` (two or more reports), `check` (a new report against stored sources) and `eval`
all go through `match`, so one pair of statements gets one verdict whichever command asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..models import Facts, Judgement
from .align import align_groups
from .judge import Context, Judge, RuleJudge
from .settings import Settings


@dataclass(frozen=True)
class Matched:
    """The verdicts on the kept pairs, and the alignment score of every pair considered (rows:
    `left`, columns: `right`), from which omissions read how close a statement came."""

    judgements: tuple[Judgement, ...]
    scores: np.ndarray


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
    verdicts = (judge or RuleJudge(settings.judge))(candidates, context)
    return Matched(tuple(verdicts), scores)
