"""How a report names a place's joining another state: "annexed" against "reunified" or
"rejoined" — one act, named as illegitimate in one report and legitimate in the other
("occupied" and "liberated" are left to the framing cues: an occupation and a later liberation
are two events). The place is the name the act is about: the object of "annexed the Berezan peninsula",
the subject of "Berezan reunified with Volskaya", the "of" of "the annexation of Berezan".
Two namings clash when they name one place, one as illegitimate and one as legitimate, in no
two different years ("occupied in 2022" and "liberated in 2023" are two events).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .entities import name_key
from .polarity import year_like

# Verbs and nouns that name the taking of a place, by how they judge it.
_ILLEGITIMATE = frozenset(["annex", "annexation"])
_LEGITIMATE = frozenset(["reunify", "reunite", "rejoin", "reunification", "accession"])
NAMING_LEMMAS = _ILLEGITIMATE | _LEGITIMATE
_NOT_DONE = frozenset(["to", "will", "would", "could", "might", "may", "should"])
# Verbs whose subject is the place that joins ("Berezan reunified with Volskaya").
_PLACE_JOINS = frozenset(["reunify", "reunite", "rejoin"])


@dataclass(frozen=True)
class Naming:
    """One act on a place and how it is named: the place's name keys, True for a legitimate
    name, the word, the years its clause gives, and its words."""

    places: frozenset[str]
    legitimate: bool
    word: str
    years: frozenset[str]
    span: str


def namings(doc: Any) -> tuple[Naming, ...]:
    """The namings of every word of a parsed text that names a named place's joining."""
    return tuple(n for token in doc if (n := _naming(token)) is not None)


def _naming(token: Any) -> Naming | None:
    lemma = token.lemma_.lower()
    if lemma not in _ILLEGITIMATE and lemma not in _LEGITIMATE:
        return None
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in token.children):
        return None  # "did not annex", "vowed to reunify", "could annex": not an act named
    place = _place(token, lemma)
    if place is None:
        return None
    names = frozenset(name_key(t.text) for t in place.subtree if t.pos_ == "PROPN" and t.dep_ != "poss")
    if not names:
        return None
    years = frozenset(t.text for t in token.subtree if year_like(t))
    start = min(token.i, place.left_edge.i)
    end = max(token.i, place.i)
    return Naming(names, lemma in _LEGITIMATE, token.text, years, str(token.doc[start : end + 1].text))


def _place(token: Any, lemma: str) -> Any | None:
    """The place the act is about."""
    if token.pos_ == "NOUN":  # "the annexation of Berezan"
        return next(
            (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None
        )
    if token.pos_ != "VERB":
        return None
    if lemma in _PLACE_JOINS:
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PRON" and token.dep_ == "relcl":
            return token.head  # "Berezan, which reunified with Volskaya"
        if subject is not None:
            return subject
    return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)


def naming_clash(x: Naming, y: Naming) -> str | None:
    """Why two namings of one act on one place cannot both stand, or None."""
    if x.legitimate == y.legitimate or not x.places & y.places:
        return None
    if x.years and y.years and not x.years & y.years:
        return None
    judged = ("legitimate" if n.legitimate else "illegitimate" for n in (x, y))
    return f"the same act named two ways: '{x.span}' ({next(judged)}) vs '{y.span}' ({next(judged)})"
