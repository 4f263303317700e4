"""Whose thing a clause names: "fired from Lorvan artillery positions" names Lorvan's positions,
"traced the rounds back to Kestrian firing positions" Kestria's.

Two reports that restate one sentence around the same noun, each owned by another side ("the
shells were fired from Russian army positions" / "radar traced the shells back to Ukrainian
army positions"), do not make one claim, however alike the rest of their words: two
countries, or two sides both reports name (a part and its whole, "a Scottish trawler" and "a
British trawler", are no two sides). Only the
things a clause acts on or names a place by are read (an object, a preposition's object, a
passive subject), not who acts or speaks: "Russian officials said" and "Ukrainian officials
said" may tell one claim, and the doer rules compare doers.
"""

from __future__ import annotations

import re
from typing import Any

from ...lexicons import COUNTRY_KEYS, DEMONYM_ENDING
from ..propositions import noun_phrase
from .model import Claims, Owned
from .reading import _phrase_text, side_of_word

# Slots of a thing acted on or a place named, not of a doer or a speaker.
_THING_SLOTS = frozenset(["dobj", "pobj", "nsubjpass", "attr"])
# Prepositions whose object is a source or a doer ("according to Kestrian officials", "by Lorvan forces").
_NOT_THINGS = frozenset(["according", "by"])


def owned(doc: Any) -> tuple[Owned, ...]:
    """Each thing a clause acts on or names, with the side a name or demonym in its phrase gives it."""
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or token.dep_ not in _THING_SLOTS or _source_or_doer(token):
            continue
        sides = {side_of_word(w.text) for w in _owner_words(token)}
        found += [Owned(token.lemma_.lower(), side, _phrase_text(noun_phrase(token))) for side in sorted(sides)]
    return tuple(found)


def _owner_words(noun: Any) -> list[Any]:
    """The words of a side in a noun's phrase or its compounds' ("Northern army positions",
    "Lorvan artillery positions", "Ukraine's positions"): a demonym or a capitalised adjective
    inside the sentence, a name tagged as a people, or a country. Not a company's or a town's
    name ("the Torvane smelter", "Tesk's Riverside district")."""
    near = [c for c in noun.children if c.dep_ in _OWNING]
    near += [g for c in near if c.dep_ == "compound" for g in c.children if g.dep_ in _OWNING]
    return [w for w in near if _side_word(w)]


_OWNING = frozenset(["amod", "compound", "poss"])


def _side_word(word: Any) -> bool:
    """A capitalised adjective inside the sentence ("Northern", "Kestrian"), or a name with a
    demonym's shape ("Lorvan") or of a country ("Ukraine's")."""
    if word.pos_ == "ADJ":
        return word.text[:1].isupper() and (word.i > word.sent.start or bool(DEMONYM_ENDING.search(word.lower_)))
    return word.pos_ == "PROPN" and (bool(DEMONYM_ENDING.search(word.lower_)) or word.lower_ in COUNTRY_KEYS)


def _source_or_doer(noun: Any) -> bool:
    """ "according to Kestrian officials", "by Lorvan forces": a source or a doer, not a thing."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in _NOT_THINGS or prep.dep_ == "agent" or prep.head.lower_ in _NOT_THINGS


def owners_apart(x: Claims, y: Claims) -> tuple[Owned, Owned] | None:
    """A thing each text names as another side's, neither naming it as the other's: "Lorvan
    artillery positions" / "Kestrian firing positions". Two countries, or two sides each text
    names somewhere: not a part of a whole ("a Scottish trawler" is "a British trawler", "Kurdish
    villages" may be "Iraqi villages", "a Coptic church" is "a Christian church")."""
    named_x, named_y = _sides_named(x.text), _sides_named(y.text)
    for ox in x.owned:
        sides_x = {o.side for o in x.owned if o.noun == ox.noun}
        for oy in (o for o in y.owned if o.noun == ox.noun):
            sides_y = {o.side for o in y.owned if o.noun == oy.noun}
            if sides_x & sides_y:
                continue
            countries = ox.side in _COUNTRY_SIDES and oy.side in _COUNTRY_SIDES
            if countries or {ox.side, oy.side} <= named_x & named_y:
                return ox, oy
    return None


_COUNTRY_SIDES = frozenset(COUNTRY_KEYS.values())
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _sides_named(text: str) -> frozenset[str]:
    """The sides a text's capitalised words name ("Kestria's", "Kestrian": kestr)."""
    return frozenset(side_of_word(w) for w in _CAPITALISED.findall(text))
