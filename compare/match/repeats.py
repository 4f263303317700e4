"""Statements a report repeats word for word (photo captions printed under every picture, a
lede restated at the end): the first occurrence speaks for the later ones, which are neither
aligned nor omitted, so that one sentence makes one row of the report, however often it is
printed."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Statement
from .judge import same_text_key


def repeats(statements: Sequence[Statement]) -> dict[str, str]:
    """Each statement that repeats an earlier one of its own report, mapped to that first one."""
    first: dict[tuple[str, str], str] = {}
    out: dict[str, str] = {}
    for st in statements:
        key = (st.source, same_text_key(st.text))
        if key in first:
            out[st.id] = first[key]
        else:
            first[key] = st.id
    return out
