"""Claims that something was faked: staged harms, fabricated evidence or an attack that never
happened, with who is said to have faked it (`_staging_of`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...lexicons import (
    ATTACK,
    EVENT_NOUNS,
    EVIDENCE_NOUNS,
    FAKE_ADJECTIVES,
    FAKE_EVIDENCE_ADJECTIVES,
    FAKE_NOUNS,
    FAKE_VERBS,
    FAKE_WITH_OBJECT,
    MAKING_VERBS,
    STAGED_HARMS,
)
from .model import Staging
from .reading import (
    _accusation_over,
    _agent_token,
    _by_agent,
    _child,
    _denial_scope,
    _hearsay,
    _inherit,
    _patient_token,
    _span,
    is_negated,
    participant,
)

# What can be said to be faked: harms to people, evidence of them, and attacks or incidents
# (a "staged explosion" is a claim of a false flag).
_FAKEABLE = STAGED_HARMS | EVIDENCE_NOUNS | ATTACK | EVENT_NOUNS


def _staging_of(token: Any, sentence: int) -> Staging | None:
    """A claim that something was faked, read from a verb ("faked the videos", "staged the
    deaths"), a noun ("the videos were forgeries") or an adjective ("the footage is fake",
    "fake videos"). None when it is negated or denied ("denied that the videos were fake")."""
    found = _faked_by_verb(token) or _faked_by_word(token)
    if found is None:
        return None
    head, thing, faker = found
    if is_negated(head) or _denial_scope(head) or _hearsay(head):
        return None
    who = participant(faker)
    what = thing.lemma_.lower() if thing is not None else ""
    things = frozenset([what, *_of_objects(thing)]) if thing is not None else frozenset()
    return Staging(who.side if who else None, who.text if who else "", what, _span(head), sentence, things)


def _of_objects(noun: Any) -> Iterator[str]:
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        yield from (c.lemma_.lower() for c in prep.children if c.dep_ == "pobj")


# spaCy's lemma of "staged" is sometimes "stag".
_FAKE_WITH_OBJECT_LEMMAS = FAKE_WITH_OBJECT | {"stag"}


def _faked_by_verb(token: Any) -> tuple[Any, Any | None, Any | None] | None:
    """(the verb, what was faked, who faked it) for a verb of faking."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or (lemma not in FAKE_VERBS and lemma not in _FAKE_WITH_OBJECT_LEMMAS):
        return None
    thing = _inherit(token, _patient_token)
    if lemma not in FAKE_VERBS and (thing is None or thing.lemma_.lower() not in STAGED_HARMS | EVIDENCE_NOUNS):
        return None
    if thing is None and token.tag_ == "VBN" and _by_agent(token) is None:  # "called the pictures fabricated"
        return token, _child(token, "nsubj") or (_child(token.head, "dobj") if token.dep_ == "oprd" else None), None
    return token, thing, _accused_of(token) or _inherit(token, _agent_token)


def _faked_by_word(token: Any) -> tuple[Any, Any | None, Any | None] | None:
    """(the clause's head, what was faked, who faked it) for a noun or adjective of faking."""
    lemma, word = token.lemma_.lower(), token.lower_
    if token.dep_ in ("attr", "oprd", "acomp") and (lemma in FAKE_NOUNS or word in FAKE_ADJECTIVES):
        deps = ("dobj", "nsubjpass") if token.dep_ == "oprd" else ("nsubj", "nsubjpass")  # "called the images a hoax"
        return token.head, _child(token.head, *deps), None
    if token.dep_ != "amod" or token.head.lemma_.lower() in FAKE_NOUNS:
        return None  # "staged forgeries": the noun speaks for both
    noun = token.head
    fake = word in FAKE_ADJECTIVES or (word in FAKE_EVIDENCE_ADJECTIVES and noun.lemma_.lower() in EVIDENCE_NOUNS)
    if not fake or noun.lemma_.lower() not in _FAKEABLE:
        return None
    maker = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in MAKING_VERBS else None
    return (maker or noun), noun, (_inherit(maker, _agent_token) if maker is not None else None)


def _accused_of(token: Any) -> Any | None:
    """Whom an accusation charges with the deed under its "of" ("accused Ruritania of staging it")."""
    accusation = _accusation_over(token)
    return _child(accusation, "dobj") if accusation is not None else None
