"""How far from what, as a clause tells a distance: "sank about 5 kilometres off the coast",
"went down 12 km from the shore", "was felt 20 kilometres away", "crashed 30 miles north of the
capital".

A length alone says nothing of what it measures ("5 km" of road, of queue, of coast), so two
lengths are not compared by their figures alone. A distance is a length the parse hangs on a
word of place ("off", "from", "away", "north of"): the distance of what the clause tells from
what that word points at, its reference: the noun or the name after it ("the coast", "Tesk"),
or nothing said ("away": from where it happened). Two distances of one reference (the coast
and the shore are one) may be compared as one figure; lengths of anything else stay as they
were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import Quantity
from .quantities import find_quantities
from .sums import figure_head

# Units of length (canonical, as `find_quantities` gives them: miles are read as km).
_LENGTHS = frozenset(["km", "m", "mi"])
# Words a distance hangs on: prepositions of place and adverbs of direction.
_FROM = frozenset(["off", "from", "away", "north", "south", "east", "west", "northeast", "northwest", "southeast"])
_FROM |= frozenset(["southwest", "offshore", "inland", "outside", "beyond", "short", "downstream", "upstream"])
# Nouns of one reference: the line where land meets sea.
_SHORE = frozenset(["coast", "shore", "coastline", "beach", "land", "mainland"])


@dataclass(frozen=True)
class Distance:
    """A length told as how far something was from something: the figure, its reference
    ("coast"; "away" when none is named), and the words as written."""

    figure: Quantity
    reference: str
    span: str
    shown: str = ""  # the reference as written ("the coast", "Tesk"), "" for "away"


def distances(doc: Any) -> tuple[Distance, ...]:
    """The distances of a parsed text: each length hung on a word of place."""
    out = []
    for q in find_quantities(doc.text):
        if q.unit not in _LENGTHS:
            continue
        token = figure_head(doc, q)
        word = _place_word(token) if token is not None and token.dep_ in ("npadvmod", "dobj") else None
        reference, shown = _reference(word) if word is not None else ("", "")
        if token is not None and word is not None and reference:
            end = max(t.i for t in word.subtree)
            out.append(Distance(q, reference, doc[token.left_edge.i : end + 1].text, shown))
    return tuple(out)


def _place_word(token: Any) -> Any | None:
    """The word of place a length hangs on: its head ("5 km off the coast", "20 km away"), or
    the "from" / "off" of its head ("went down 12 km from the shore")."""
    if token.head.lower_.split("-")[0] in _FROM:
        return token.head
    return next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ in ("from", "off")), None)


def _reference(word: Any) -> tuple[str, str]:
    """What the word of place points at: its object or the object of its "of" / "from" ("off the
    coast", "north of the capital", "from Tesk"), in one word for the shore; "away" alone."""
    objects = [c for c in word.children if c.dep_ == "pobj"]
    objects += [
        g for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children if g.dep_ == "pobj"
    ]
    if not objects:
        return {"away": ("away", ""), "offshore": ("shore", "the shore")}.get(word.lower_, ("", ""))
    noun = objects[0]
    names = sorted((t for t in (*noun.children, noun) if t.pos_ == "PROPN" and t.dep_ in ("compound", "pobj")), key=lambda t: t.i)
    if names:
        return " ".join(t.lower_ for t in names), " ".join(t.text for t in names)
    lemma = noun.lemma_.lower()
    return ("shore" if lemma in _SHORE else lemma), f"the {noun.text}"


def one_distance(x: Distance, y: Distance) -> bool:
    """Two distances from one reference."""
    return x.reference == y.reference
