"""Where one thing stands in a run of its kind, as a report states it: "the third attack on
power stations this year" (two came before it this year), "the worst flood in the region since
2009" (none as bad since 2009).

Two reports that rank one thing two ways within one span of time contradict each other: an
attack is not both the second and the third this year, and a flood that is the worst since 2009
is not the worst since 2014 (the 2014 one, or one after it, would have been as bad). A rank is
read only with the span it holds in ("this year", "since 2009", "in a decade"): "the second
attack" alone may count attacks of a night, of a war or of one town.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .polarity import year_like

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# Superlatives told two ways: "the largest fire" is "the biggest fire".
_SAME_MEASURE = {"large": "big", "great": "big", "severe": "bad", "serious": "bad"}
# Spans of time a count runs in: "this year", "this month", "so far this year".
_SPANS = frozenset(["year", "month", "week", "season", "decade", "century"])


@dataclass(frozen=True)
class Rank:
    """One thing's place in a run: the noun ("attack"), the ordinal (3) or superlative ("big",
    with `since`, the year it is the first of its size since), the span of time it runs in
    (`within`: "this year"), and its words as written (`span`)."""

    thing: str
    within: str
    span: str
    ordinal: int = 0
    superlative: str = ""
    since: str = ""
    said: str = ""  # the rank word as written ("worst")


def ranks(doc: Any) -> tuple[Rank, ...]:
    """The ranks a parsed text states, each with the span of time it holds in."""
    return tuple(r for token in doc if (r := _rank(token)) is not None)


def _rank(token: Any) -> Rank | None:
    noun = _ranked(token)
    if noun is None:
        return None
    phrase = _clause_words(noun) if token.dep_ == "amod" else sorted({token.head, *_own(token.head)}, key=lambda t: t.i)
    if token.lower_ in _ORDINALS or _numbered_ordinal(token):
        span = _span_of_time(phrase)
        if not span:
            return None
        value = _ORDINALS.get(token.lower_) or int(token.text[:-2])
        return Rank(noun.lemma_.lower(), span, _text(noun, phrase), ordinal=value)
    if token.tag_ == "JJS":
        since = _since_year(phrase)
        if not since:
            return None
        measure = token.lemma_.lower()
        same = _SAME_MEASURE.get(measure, measure)
        return Rank(noun.lemma_.lower(), "since", _text(noun, phrase), superlative=same, since=since, said=token.lower_)
    return None


def _ranked(token: Any) -> Any | None:
    """The noun a rank word ranks: the one it describes ("the third attack"), or the subject
    it is said of ("the flood is the worst in the region since 2009")."""
    if token.dep_ == "amod" and token.head.pos_ == "NOUN":
        return token.head
    if token.tag_ == "JJS" and token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and subject.pos_ == "NOUN" else None
    return None


def _numbered_ordinal(token: Any) -> bool:
    """ "3rd", "21st": a number with its ordinal ending."""
    text = token.lower_
    return len(text) > 2 and text[:-2].isdigit() and text[-2:] in ("st", "nd", "rd", "th")


def _clause_words(noun: Any) -> list[Any]:
    """The words of the noun's phrase and of the clause it is the subject or complement of
    ("It was the third attack this year": the attack's clause), without other clauses."""
    head = noun.head if noun.dep_ in ("attr", "nsubj", "nsubjpass") else noun
    out = [head, *_own(head)]
    return sorted(set(out), key=lambda t: t.i)


def _own(token: Any) -> Iterator[Any]:
    for child in token.children:
        if child.dep_ in ("relcl", "advcl", "ccomp", "parataxis", "conj"):
            continue
        yield child
        yield from _own(child)


def _span_of_time(words: list[Any]) -> str:
    """ "this year", "so far this month", "in a decade": the span a count runs in ("" if none)."""
    for t in words:
        if t.lemma_.lower() in _SPANS and any(c.lower_ in ("this", "a", "the") for c in t.children):
            return f"this {t.lemma_.lower()}" if any(c.lower_ == "this" for c in t.children) else t.lemma_.lower()
    since = _since_year(words)
    return f"since {since}" if since else ""


def _since_year(words: list[Any]) -> str:
    """The year of "since 2009" among the words ("" if none)."""
    for t in words:
        if t.lower_ == "since":
            year = next((g for g in t.children if g.dep_ == "pobj" and year_like(g)), None)
            if year is not None:
                return year.text
    return ""


def _text(noun: Any, words: list[Any]) -> str:
    """The noun's phrase, and the span of time when it lies outside it."""
    doc = noun.doc
    own = doc[noun.left_edge.i : noun.right_edge.i + 1].text
    when = [t for t in words if t.i > noun.right_edge.i and (t.lemma_.lower() in _SPANS or t.lower_ == "since")]
    if not when:
        return own
    tail = (
        doc[when[0].left_edge.i : when[0].right_edge.i + 1]
        if when[0].lower_ == "since"
        else doc[when[0].left_edge.i : when[0].i + 1]
    )
    return f"{own} … {tail.text}"


def rank_clash(x: Rank, y: Rank) -> str | None:
    """Why two ranks of one kind of thing cannot both hold, or None."""
    if x.thing != y.thing:
        return None
    if x.ordinal and y.ordinal and x.within == y.within and x.ordinal != y.ordinal:
        return f"which {x.thing} {x.within}: '{x.span}' vs '{y.span}'"
    if x.superlative and x.superlative == y.superlative and x.since != y.since:
        return f"the {x.said} {x.thing} since when: '{x.span}' vs '{y.span}'"
    return None
