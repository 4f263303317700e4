"""Mends misparses of the small English model that every reader of the parse would trip on.

A subject followed by a participle set off by commas ("Karel Obst, wanted over the shooting,
was taken into custody on Friday") is sometimes parsed as the subject of the participle read
as a verb of its own ("Obst wanted"), and the main verb is left without a subject: nothing
then says who was taken into custody. When a verb has no subject and a clause before it, set
off by commas, holds one, the subject is moved to the verb and the clause hangs from the
subject, as the parse of "The suspect, arrested on Friday, was charged" has it.
"""

from __future__ import annotations

from typing import Any

from ...lexicons import NUMBER_WORDS
from ..polarity import forget_answers

_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"])
_BEFORE_VERB = frozenset(["aux", "auxpass", "neg", "advmod"])  # "..., has not yet been found"


def reattach_subjects(doc: Any) -> Any:
    """The parsed text, with subjects taken by a comma-set participle given back to the verb."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
            subject = _set_off_subject(doc, clause, verb)
            if subject is not None:
                subject.head, subject.dep_ = verb, "nsubjpass" if _passive(verb) else "nsubj"
                clause.head, clause.dep_ = subject, "acl"
                forget_answers(doc)  # read on the parse as it was
                break
    return doc


def _set_off_subject(doc: Any, clause: Any, verb: Any) -> Any | None:
    """The noun subject of `clause` standing right before it with a comma between them, when a
    comma also closes the clause before `verb`, and nothing else of the clause comes first."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return None
    end = max(t.i for t in subject.subtree if not t.is_punct) + 1
    if end >= clause.i or doc[end].text != ",":
        return None
    if any(t.i < subject.i for t in clause.subtree if t not in subject.subtree):
        return None
    last = max(t.i for t in clause.subtree)
    between = doc[last + 1 : verb.i]
    closed = any(t.text == "," for t in between)
    return subject if closed and all(t.is_punct or t.dep_ in _BEFORE_VERB for t in between) else None


def _passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def numbers_as_numbers(doc: Any) -> Any:
    """The parsed text, with a number in words tagged an adjective of its noun ("Sixty people
    are still missing": "Sixty" as "amod", often at the start of a sentence) read as the
    number it is, as "Twelve people are still missing" is parsed. Not an ordinal ("First
    responders"), which is no count."""
    changed = False
    for token in doc:
        if (
            token.dep_ == "amod"
            and token.lower_ in NUMBER_WORDS
            and token.head.pos_ in ("NOUN", "PROPN")
            and token.i < token.head.i
        ):
            token.dep_, token.pos_, token.tag_ = "nummod", "NUM", "CD"
            changed = True
    if changed:
        forget_answers(doc)
    return doc
