"""Word-level differences inside an aligned pair, like `git diff --word-diff` for prose.

`word_diff(a, b)` splits both statements into words (punctuation apart) and lines them up
with difflib: runs both have, runs only one has, and runs one replaces with another. Offsets
point into each statement's text, so a renderer can emphasise exactly the words that differ.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_WORD = re.compile(r"[\w’'-]+|[^\w\s]")

WORD_DIFF_SHOWN = 0.5  # a word diff is shown for pairs whose words are at least this much the same
OPS = {"equal": "same", "delete": "only_a", "insert": "only_b", "replace": "replaced"}


@dataclass(frozen=True)
class DiffSpan:
    """One run of the alignment of two statements' words: `op` is same, only_a, only_b or
    replaced; `a` and `b` are (start, end) offsets into each text, None where that side has none."""

    op: str
    a: tuple[int, int] | None
    b: tuple[int, int] | None


def word_diff(a: str, b: str) -> tuple[DiffSpan, ...]:
    """The runs that turn statement `a` into statement `b`, compared case-blind."""
    wa, wb = list(_WORD.finditer(a)), list(_WORD.finditer(b))
    la, lb = [m.group(0).lower() for m in wa], [m.group(0).lower() for m in wb]
    if la == lb:  # the same words (difflib's one run, or none), without difflib's search
        return (DiffSpan("same", _span(wa, 0, len(wa)), _span(wb, 0, len(wb))),) if la else ()
    matcher = difflib.SequenceMatcher(a=la, b=lb, autojunk=False)
    return tuple(DiffSpan(OPS[op], _span(wa, i1, i2), _span(wb, j1, j2)) for op, i1, i2, j1, j2 in matcher.get_opcodes())


def _span(words: list[re.Match[str]], start: int, end: int) -> tuple[int, int] | None:
    return (words[start].start(), words[end - 1].end()) if end > start else None


def similarity(diff: tuple[DiffSpan, ...], a: str, b: str) -> float:
    """Share of both texts' characters that lie in runs both have."""
    same = sum((d.a[1] - d.a[0]) + (d.b[1] - d.b[0]) for d in diff if d.op == "same" and d.a and d.b)
    return same / max(1, len(a) + len(b))
