"""What one definite thing measures, as a report states it: "the offer is worth 4 percent",
"that offer was a 2 percent increase", "the fine was 2.5 million marks", "the package totals
$3 billion".

Two reports that give one thing two sizes that cannot both hold contradict each other: one
offer is not both 2 and 4 percent. A measure is read only from a figure that is the complement
of the thing's own verb ("be", "total", "amount to", "be worth") and of a thing named as one
("the offer", "the ministry's offer", "this deal"), never "an offer" or "a $10 billion loan"
(another offer, another loan may exist), nor of what changes from day to day (a rate, a price,
a level: "the rate was 5 percent" and "the rate is 3 percent" may both hold).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import Quantity
from .propositions import hypothetical
from .quantities import find_quantities, overlaps

# Verbs whose complement is what their subject measures.
_MEASURING = frozenset(["be", "total", "amount", "come", "stand"])
# Words that point at one thing ("the offer", "this deal", "its offer").
_ONE = frozenset(["the", "this", "that", "its", "their", "his", "her", "our"])
# Things whose size changes from day to day: two figures may be of two days.
_VARYING = frozenset(
    ["rate", "price", "level", "index", "inflation", "unemployment", "share", "stake", "temperature", "yield", "value"]
    + ["growth", "output", "production", "demand", "supply", "debt", "deficit", "balance", "total", "number", "figure"]
    + ["toll", "count", "turnout", "cost", "bill", "budget", "salary", "wage", "pay", "score", "margin", "majority"]
    + ["revenue", "profit", "loss", "sales", "earnings", "income", "population", "size", "height", "length", "distance"]
)
# Words that say which of several ("the first offer", "the final offer"), compared as part of the thing.
_WHICH = frozenset(["first", "second", "third", "last", "final", "latest", "new", "initial", "original", "revised", "previous"])


@dataclass(frozen=True)
class Measure:
    """A figure told of one thing: its lemma ("offer"), the figure, the words as written, and
    what tells which one it is (its owner's and its describing words: "union", "final")."""

    thing: str
    figure: Quantity
    span: str
    which: frozenset[str] = frozenset()


def measures(doc: Any) -> tuple[Measure, ...]:
    """The measures of a parsed text: each figure whose clause says what one thing measures."""
    out = []
    for q in find_quantities(doc.text):
        token = _token_at(doc, q.span.start)
        thing = _measured(token) if token is not None and q.unit else None  # a bare number measures nothing told
        if thing is not None:
            start = min(thing.left_edge.idx, q.span.start)
            end = max(q.span.end, thing.idx + len(thing.text))
            out.append(Measure(thing.lemma_.lower(), q, doc.text[start:end], _which(thing)))
    return tuple(out)


def _which(noun: Any) -> frozenset[str]:
    """The owner and the ordering words of a thing ("the union's final offer": union, final)."""
    owner = {c.lemma_.lower() for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")}
    return frozenset(owner | {c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _WHICH})


def _token_at(doc: Any, offset: int) -> Any | None:
    return next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)


def _measured(token: Any) -> Any | None:
    """The one thing whose measure the figure at `token` is, if its clause says so: the
    subject of "be", "total", "amount to" or "be worth" whose complement holds the figure."""
    node = token
    while node.head.i != node.i and node.dep_ in ("nummod", "compound", "quantmod", "pobj", "prep", "npadvmod", "amod", "nmod"):
        if node.dep_ == "prep" and node.lower_ not in ("to", "at"):
            return None  # "a fraction of the company's profit": the figure is another thing's
        node = node.head
    if node.pos_ == "ADJ" and node.lower_ != "worth":
        return None  # "300 metres tall", "40 metres wide": a dimension, not what it measures
    if node.dep_ in ("attr", "dobj", "npadvmod", "acomp") or node.lower_ == "worth":
        node = node.head  # "was a 3 percent raise", "totals $3 billion", "is worth 4 percent"
    if node.pos_ not in ("AUX", "VERB") or node.lemma_.lower() not in _MEASURING:
        return None
    if any(c.dep_ == "neg" for c in node.children) or hypothetical(node):
        return None  # "is not worth", "would be worth … if", "could total"
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in _VARYING:
        return None
    return subject if _one_thing(subject) else None


def _one_thing(noun: Any) -> bool:
    """ "the offer", "this deal", "the ministry's offer": one thing, named as known."""
    return any(c.dep_ == "det" and c.lower_ in _ONE or c.dep_ == "poss" for c in noun.children)


def measure_clash(x: Measure, y: Measure) -> bool:
    """One thing measured two ways that cannot both hold: the same unit, intervals apart."""
    if x.thing != y.thing or x.figure.unit != y.figure.unit or x.which and y.which and x.which != y.which:
        return False
    return not overlaps(x.figure, y.figure)
