"""How a vote went: all for it, or with votes against.

"The board voted unanimously for the increase" and "two of the seven board members voted
against the increase" cannot both hold, nor "the council approved the levy unanimously" and
"the levy passed by a 7-2 vote". A vote is unanimous when a text says so ("unanimously",
"without dissent", "no one voted against", "all nine councillors voted for"), split when it
gives votes against or abstentions ("three members voted against", "abstained", "by a 7-2
vote", "by 88 votes to 12", "was not unanimous"). Read from the words, in any report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicons import NUMBER_WORDS

_WORDS = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 20)
_COUNT = rf"(?:\d+|{_WORDS})"
_SOME = rf"(?:[1-9]\d*|{_WORDS})"  # a count of one or more
_UNANIMOUS = re.compile(
    r"\bunanimous(?:ly)?\b|\bwithout (?:a single )?(?:dissent|objection|a vote against)\b|"
    r"\b(?:no one|nobody|no member|none of the \w+) voted against\b|"
    rf"\ball (?:{_COUNT} )?(?:of (?:the|its) )?(?:[\w-]+ )?(?:members|councillors|councilors|lawmakers|deputies|judges|"
    r"directors|senators|ministers|delegates|shareholders|voters|governors) (?:present )?voted (?:for|in favou?r)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    rf"\b{_SOME} (?:of (?:the|its) (?:[\w'-]+ ){{0,3}})?(?:[\w-]+ ){{0,2}}(?:voted against|abstained|dissented)\b|"
    rf"\b(?:by|in) an? {_COUNT}\s*(?:-|–|to)\s*{_SOME} (?:vote|majority|margin|split)\b|"
    r"\b(?:passed|approved|adopted|carried|rejected) (?:by )?\d+\s*(?:-|–|to)\s*[1-9]\d*\b|"
    r"\bby \d+ votes? to [1-9]\d*\b|\b\d+ in favou?r(?:,| and| with) [1-9]\d* against\b|"
    r"\b(?:abstained|abstentions?|dissenting votes?|split vote)\b|\bnot unanimous(?:ly)?\b",
    re.IGNORECASE,
)
# None against ("by a 9-0 vote", "voted 9-0"): unanimous, not split; a score ("won 3-0") is no vote.
_NONE_AGAINST = re.compile(
    r"\b\d+\s*(?:-|–|to)\s*0 (?:vote|majority)\b|\bvoted \d+\s*(?:-|–|to)\s*0\b|\bby \d+ votes? to (?:0|none)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Tally:
    """A vote told unanimous or split, with the words that tell it."""

    unanimous: bool
    words: str


def tally(text: str) -> Tally | None:
    """How a text says a vote went, or None when it says neither way (or both)."""
    split = _SPLIT.search(text)
    if split is not None and split.group(0).lower().startswith("not "):
        return Tally(False, split.group(0))
    unanimous = _UNANIMOUS.search(text) or _NONE_AGAINST.search(text)
    if unanimous is not None and split is None:
        return Tally(True, unanimous.group(0))
    if split is not None and unanimous is None:
        return Tally(False, split.group(0))
    return None
