"""What a rule finds: a `Hit` of a kind, with its reason and the spans of the two texts it
reads; a `Rule` reads two texts' claims and yields its hits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .model import Claims


@dataclass(frozen=True)
class Hit:
    """A clash or a support one rule finds between two texts' claims."""

    kind: str
    reason: str
    x_span: str
    y_span: str


Rule = Callable[[Claims, Claims], Iterator[Hit]]
