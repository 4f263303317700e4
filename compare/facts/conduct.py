"""How a gathering went: peacefully or with violence, as a report tells it ("the march passed off
peacefully", "the rally remained peaceful" against "protesters clashed with police", "the
demonstration turned violent", "protesters threw stones").

Two reports that tell one protest one way and the other dispute how it went, however few words
they share. A text that tells both ("peaceful until some protesters threw bottles") tells
neither; "largely peaceful" allows some violence and tells neither either. Read from the words
of any report: the gathering must be named (a protest, march, rally, demonstration, vigil,
protesters, marchers, demonstrators, a crowd, pickets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GATHERING = re.compile(
    r"\b(?:protest(?:s|ers?|ed)?|march(?:es|ers|ed)?|rall(?:y|ies)|demonstrat(?:ion|ions|ors?)|vigil|sit-in|crowds?|pickets?)\b",
    re.IGNORECASE,
)
_PEACEFUL = re.compile(
    r"(?<!largely )(?<!mostly )(?<!broadly )(?<!overwhelmingly )(?<!generally )(?<!relatively )"
    r"\b(?:(?:was|were|remained|stayed|is|are) peaceful|passed off (?:peacefully|without (?:incident|trouble))|"
    r"ended (?:peacefully|without (?:incident|trouble|violence))|(?:a|the) peaceful (?:protest|march|rally|demonstration|vigil|sit-in)|"
    r"(?:marched|gathered|protested|demonstrated|rallied) peacefully|without (?:any )?(?:violence|clashes)|"
    r"(?:was|were|remained|stayed) (?:good-natured|orderly|well[- ]behaved)|behaved (?:impeccably|well|peacefully))\b",
    re.IGNORECASE,
)
_VIOLENT = re.compile(
    r"\b(?:clash(?:ed|es)? (?:with|between) (?:police|officers|security forces|riot police|troops|protesters|demonstrators)|"
    r"turned violent|"
    r"violence (?:erupted|broke out)|riot(?:ed|ing)|thr(?:ew|own|owing) (?:stones|rocks|bottles|bricks|petrol bombs|molotov cocktails|fireworks|missiles)|"
    r"smash(?:ed|ing) (?:shop |store )?windows|set fire to|torched|looted|attacked (?:police|officers)|brawl(?:ed|ing)|"
    r"descended into (?:disorder|chaos|violence))\b",
    re.IGNORECASE,
)


# "there were no clashes with police", "did not riot", "without anyone throwing stones": no
# violence told.
_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|without|nor|n't)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# Violence done to the gathering, not by it ("counter-protesters threw stones at the
# demonstrators"): the gathering's own conduct is not told.
_AT_THE_GATHERING = re.compile(
    r"\s+(?:at|on|against|toward|towards)\s+(?:the\s+)?(?:peaceful\s+)?(?:demonstrators|protesters|marchers|crowds?|participants)\b",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"\bcounter-?(?:protesters|demonstrators)\b[^,;.]*$", re.IGNORECASE)


def _by_the_gathering(text: str, m: re.Match[str]) -> bool:
    """A violent deed told of the gathering: not denied ("no clashes with police"), not done to
    it, not by counter-protesters."""
    before = text[: m.start()]
    return not (_DENIED_BEFORE.search(before) or _AT_THE_GATHERING.match(text, m.end()) or _COUNTER.search(before))


@dataclass(frozen=True)
class Conduct:
    """How a gathering went in one text: `peaceful`, told by `word`."""

    peaceful: bool
    word: str


def conduct_of(text: str) -> Conduct | None:
    """The one way a text tells a gathering went, or None (no gathering, no word, or both ways)."""
    if not _GATHERING.search(text):
        return None
    calm = _PEACEFUL.search(text)
    violent = next((m for m in _VIOLENT.finditer(text) if _by_the_gathering(text, m)), None)
    if (calm is None) == (violent is None):
        return None
    found = calm or violent
    assert found is not None
    return Conduct(calm is not None, found.group(0))
