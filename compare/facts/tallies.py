"""How a vote went: all for it, or with votes against.

"The board voted unanimously for the increase" and "two of the seven board members voted
against the increase" cannot both hold, nor "the council approved the levy unanimously" and
"the levy passed by a 7-2 vote". A vote is unanimous when a text says so ("unanimously", "by
consensus", "without dissent", "with no votes against", "no one voted against", "every member
voted in favour", "by a 9-0 vote"), split when it gives votes against or abstentions ("three
members voted against", "abstained", "with two members abstaining", "by a 7-2 vote", "by a vote
of 11 to 4", "40 in favour and 12 against", "narrowly passed", "was not unanimous"); "seven of
the nine trustees voted for it" is split, "nine of the nine" all. Read from the words, in any
report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicons import NUMBER_WORDS

_WORDS = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 20)
_COUNT = rf"(?:\d+|{_WORDS})"
_SOME = rf"(?:[1-9]\d*|{_WORDS})"  # a count of one or more
_VOTERS = (
    r"(?:members|councillors|councilors|lawmakers|legislators|deputies|judges|directors|senators|ministers|delegates|"
    r"shareholders|voters|governors|MPs|representatives|commissioners|trustees|states|countries|nations)"
)
_UNANIMOUS = re.compile(
    r"\bunanimous(?:ly)?\b|\bby (?:acclamation|consensus)\b|"
    r"\bwith(?:out)? (?:a single|any|no) (?:votes? against|dissent(?:ing votes?)?|objections?|opposition|no votes?)\b|"
    r"\bwithout (?:dissent|objection|opposition|a vote against)\b|\bno (?:votes? against|dissenting votes?|one opposed)\b|"
    r"\b(?:no one|nobody|no member|none of the \w+) voted (?:against|no)\b|"
    rf"\b(?:all|every|each) (?:one )?(?:{_COUNT} )?(?:of (?:the|its) )?(?:[\w-]+ ){{0,2}}{_VOTERS}? ?(?:present )?"
    r"(?:voted|cast (?:their|its) votes?) (?:for|in favou?r|yes)\b|\bwith the (?:support|backing) of (?:all|every)\b|"
    r"\b(?:every|each) (?:single )?(?:member|one)(?: of (?:the|its) (?:[\w'-]+ ){0,3})? ?(?:present )?voted (?:for|in favou?r|yes)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    rf"\b{_SOME} (?:of (?:the|its) (?:[\w'-]+ ){{0,3}})?(?:[\w-]+ ){{0,2}}(?:voted (?:against|no)|abstained|dissented)\b|"
    rf"\b(?:by|in) an? {_COUNT}\s*(?:-|–|to)\s*{_SOME} (?:vote|majority|margin|split|decision)\b|"
    rf"\bby a (?:vote|margin|tally) of {_COUNT}\s*(?:-|–|to)\s*{_SOME}\b|"
    r"\b(?:passed|approved|adopted|carried|rejected|voted|backed) (?:by )?\d+\s*(?:-|–|to)\s*[1-9]\d*\b|"
    r"\bby \d+ votes? to [1-9]\d*\b|"
    rf"\b{_COUNT} (?:votes? )?(?:in favou?r|for)(?:,| and| with| to| against)? {_SOME} (?:against|opposed)\b|"
    rf"\bwith {_SOME} (?:[\w-]+ )?(?:voting against|against|dissenting|opposed|abstaining|abstentions?)\b|"
    r"\b(?:abstained|abstentions?|dissenting votes?|split vote|divided vote)\b|\bnot unanimous(?:ly)?\b|"
    r"\bnarrow(?:ly)? (?:majority|passed|approved|adopted|backed|rejected|carried)\b",
    re.IGNORECASE,
)
# None against ("by a 9-0 vote", "voted 9-0"): unanimous, not split; a score ("won 3-0") is no vote.
_NONE_AGAINST = re.compile(
    r"\b\d+\s*(?:-|–|to)\s*0 (?:vote|majority|decision)\b|\bvoted \d+\s*(?:-|–|to)\s*0\b|\bby \d+ votes? to (?:0|none)\b|"
    r"\bby a (?:vote|tally) of \d+\s*(?:-|–|to)\s*0\b",
    re.IGNORECASE,
)
# "Seven of the nine members voted for it": split when fewer than all, unanimous when all.
_SOME_OF_ALL = re.compile(
    rf"\b({_COUNT}) of (?:the|its) ({_COUNT}) (?:[\w-]+ ){{0,2}}{_VOTERS}? ?(?:present )?(?:voted|cast (?:their|its) votes?) (?:for|in favou?r)\b",
    re.IGNORECASE,
)


def _some_of_all(text: str) -> tuple[bool, str] | None:
    """Whether "N of the M members voted for it" is all of them, and its words."""
    m = _SOME_OF_ALL.search(text)
    if m is None:
        return None
    some, of = (int(w) if w.isdigit() else NUMBER_WORDS[w.lower()] for w in m.groups())
    return some >= of, m.group(0)


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
    share = _some_of_all(text)
    if share is not None and split is None:
        return Tally(*share)
    unanimous = _UNANIMOUS.search(text) or _NONE_AGAINST.search(text)
    if unanimous is not None and split is None:
        return Tally(True, unanimous.group(0))
    if split is not None and unanimous is None:
        return Tally(False, split.group(0))
    return None
