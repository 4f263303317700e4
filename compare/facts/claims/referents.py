"""What a statement's opening pronoun stands for, read from the sentence before it.

"The Tarvo dam sits on the river. It was seized by government troops in early May." says who
seized what only once "It" is the Tarvo dam. `resolve` finds the noun phrase the pronoun stands
for and gives the statement as read with it ("The Tarvo dam was seized by government troops in
early May."), which the claim readers then parse like any other text.

Only a pronoun that opens the statement as its subject is resolved, and only to a subject of
the sentence before it that fits: a person for "he" and "she", one thing that is not a person
for "it", a plural for "they"; the subject of the main clause first, one who speaks last
unless the pronoun speaks too ("Rebels said the dam was vital. It was seized ...": the dam,
not the rebels). Nothing is resolved when another noun there fits as well (the parse knows
no gender, and "the tanker collided with the ferry. It sank" may be either), nor an empty
"it" ("It is unclear whether ...", "It was the army that ...").
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from ...lexicons import (
    CAPITALS,
    COUNTED_PEOPLE,
    COUNTRY_KEYS,
    DAY_WORDS,
    GENERIC_PEOPLE,
    PERSON_WORDS,
    REFUSAL_VERBS,
    ROLE_WORDS,
    SPEECH_ACTS,
)
from ..propositions import ORGANISATION_WORDS, PERSON_TITLES, TIME_NOUNS, hypothetical, planned
from .model import Claims
from .parser import load_parser

_PRONOUNS = frozenset(["it", "he", "she", "they"])
_SUBJECT = frozenset(["nsubj", "nsubjpass"])
# Verbs whose "it" is often empty: "it seems", "it remains unclear", "it emerged that".
_EMPTY_IT_VERBS = frozenset(["be", "seem", "appear", "remain", "become", "look", "sound", "happen", "emerge", "matter"])
# Words for a person; of the role words only those that name one ("the press conference" and
# "the interior ministry" are none).
_ROLE_PARTS = frozenset(["prime", "foreign", "affairs", "defense", "defence", "interior", "press", "general", "opposition"])
_PEOPLE = PERSON_WORDS | COUNTED_PEOPLE | GENERIC_PEOPLE | (ROLE_WORDS - _ROLE_PARTS - {"minister's", "president's"})
# The words of a noun phrase kept before its head ("the main Tarvo dam", "Russia's plant").
_KEPT = frozenset(["det", "amod", "compound", "nummod", "poss", "case", "nmod"])


@dataclass(frozen=True)
class Resolved:
    """A statement read with its opening pronoun replaced (`pronoun`, as written) by the noun
    phrase it stands for (`referent`, as written in the sentence before, opening the
    sentence): `text`."""

    pronoun: str
    referent: str
    text: str


# Joins a statement's text and the sentence before it in one text to parse (`parse_key`): no
# statement holds it (reading drops control characters).
READING_SEP = "\x00"


def parse_key(text: str, context: str) -> str:
    """What to parse for a statement: its text, or its text and the sentence before it when it
    opens with a pronoun to resolve (`claims_of_texts` reads both readings of such a key)."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return f"{text}{READING_SEP}{context}" if first in _PRONOUNS and context.strip() else text


def resolve(text: str, context: str) -> Resolved | None:
    """The statement `text` read with its opening subject pronoun resolved against `context`
    (the sentence before it); None when it opens with none, or nothing there fits."""
    if parse_key(text, context) == text:
        return None
    nlp = load_parser()
    return resolve_parsed(nlp(text), nlp(context))


def resolve_parsed(doc: Any, context: Any) -> Resolved | None:
    """`resolve` of a parsed statement against the parsed sentence before it."""
    pronoun = next((t for t in doc if not t.is_space), None)
    if pronoun is None or pronoun.dep_ not in _SUBJECT or _empty_subject(pronoun):
        return None
    word = pronoun.lower_
    speaks = pronoun.head.lemma_.lower() in SPEECH_ACTS
    subjects = _subjects(context, speaks=speaks)
    head = next((s for s in subjects if _fits(word, s)), None)
    if word in ("he", "she"):  # a word for a person before a bare name ("Police said a tourist, Marren, ...")
        head = next((s for s in subjects if _person(s) and not _plural(s)), head)
    if head is None or _object_fits(word, head) or _another_fits(word, head, context, speaks):
        return None
    referent = _noun_phrase(head)
    if not referent or referent.lower() in _PRONOUNS:
        return None
    opening = referent[0].upper() + referent[1:]
    text, start = doc.text, pronoun.idx
    return Resolved(pronoun.text, opening, text[:start] + opening + text[start + len(pronoun.text) :])


# Pronouns resolved inside their own sentence, each with the form `_fits` knows it by.
_WITHIN = {"it": "it", "he": "he", "she": "she", "they": "they", "him": "he", "her": "she", "them": "they"}
# The slots of the words a pronoun inside the sentence may stand for: subjects, objects, owners.
_ANTECEDENT = frozenset(["nsubj", "nsubjpass", "dobj", "poss"])
_PRONOUN_SLOTS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "dative"])


def resolve_within(doc: Any) -> str | None:
    """The statement read with each pronoun inside it that one noun before it in its sentence
    fits replaced by that noun phrase: "The bill passed, although Senator Marn voted against
    it" as "... voted against the bill"; "a parcel bomb went off in Tessa Marlow's office,
    injuring her" as "... injuring Tessa Marlow". Candidates are subjects, objects and owners before the
    pronoun (not the subject of the pronoun's own verb: "Marn voted for her" is not Marn),
    one person and its apposition counting once; a pronoun two candidates fit is left alone,
    as is an empty "it", a possessive and an opening pronoun (`resolve_parsed` reads those
    against the sentence before). The statement so read, or None when nothing is resolved."""
    swaps = [(p, _phrase_within(head)) for p in doc if (head := _within_referent(p)) is not None]
    swaps = [(p, words) for p, words in swaps if words and words.lower() not in _WITHIN]
    if not swaps:
        return None
    text = str(doc.text)
    for p, words in sorted(swaps, key=lambda s: -s[0].idx):
        text = text[: p.idx] + words + text[p.idx + len(p.text) :]
    return text


def _phrase_within(head: Any) -> str:
    """The noun phrase a pronoun inside the sentence is read as: as written, its opening word
    in lower case unless it is a name; "the men" for "two men" (its figure counted once)."""
    if any(c.dep_ == "nummod" for c in head.children):
        return f"the {head.text}"
    words = _noun_phrase(head)
    opening = head.doc[head.sent.start]
    if words.split()[:1] in (["The"], [opening.text if opening.pos_ != "PROPN" else "The"]):
        words = words[0].lower() + words[1:]  # "The bill passed ...": "the bill", not a name
    return words


def _within_referent(pronoun: Any) -> Any | None:
    """The one noun before `pronoun` in its sentence that it may stand for (see `resolve_within`)."""
    form = _WITHIN.get(pronoun.lower_)
    if form is None or pronoun.tag_ != "PRP" or pronoun.dep_ not in _PRONOUN_SLOTS or pronoun.i == pronoun.sent.start:
        return None
    if pronoun.dep_ in _SUBJECT and (_empty_subject(pronoun) or _right_after_a_noun(pronoun)):
        return None
    if not _told_as_done(pronoun):
        return None
    bound = _own_subjects(pronoun)
    found = {
        _apposed(t).i: _apposed(t)
        for t in pronoun.doc[pronoun.sent.start : pronoun.i]
        if t.dep_ in _ANTECEDENT and t.pos_ in ("NOUN", "PROPN") and t.i not in bound and _fits(form, t) and not _a_time(t)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _told_as_done(pronoun: Any) -> bool:
    """The pronoun's clause, and each clause it hangs under, told as fact: none negated,
    refused, a condition, a question or a possibility ("declined to confirm that she had signed
    it", "would veto the bill if lawmakers passed it"). Read with its noun, such a clause would
    be a claim the statement does not make."""
    node = pronoun.head
    while True:
        if any(c.dep_ == "neg" for c in node.children) or node.lemma_.lower() in REFUSAL_VERBS:
            return False
        if hypothetical(node) or planned(node) or any(c.dep_ == "mark" and c.lower_ in _NOT_TOLD for c in node.children):
            return False
        if node.head is node or node.dep_ not in _UNDER:
            return True
        node = node.head


_NOT_TOLD = frozenset(["whether", "if", "unless"])
_UNDER = frozenset(["ccomp", "xcomp", "advcl", "conj", "relcl", "pcomp", "acl"])


def _right_after_a_noun(pronoun: Any) -> bool:
    """A subject pronoun right after a noun ("told reporters they had not been paid"): a noun
    phrase in its place would run into that noun, and the parser would read one phrase."""
    before = pronoun.doc[pronoun.i - 1]
    return before.pos_ in ("NOUN", "PROPN", "PRON")


def _own_subjects(pronoun: Any) -> set[int]:
    """The subjects (and their appositions) of the verb a pronoun object or prepositional
    object hangs on, or of the verb that one is joined to when it has none of its own
    ("arrested two men and questioned them"): a pronoun there is not one of them."""
    if pronoun.dep_ in _SUBJECT:
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECT]
    return {t.i for s in subjects for t in (s, *(c for c in s.children if c.dep_ == "appos"))}


def _apposed(noun: Any) -> Any:
    """A noun in apposition stands for the noun it is set beside ("the driver, Omar Vell")."""
    return noun.head if noun.dep_ == "appos" else noun


def _a_time(noun: Any) -> bool:
    """A day, a part of one or a span of time ("on Tuesday", "that night", "last week")."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in DAY_WORDS | TIME_NOUNS | _SPANS


_SPANS = frozenset(["today", "yesterday", "tonight", "week", "month", "year", "day", "weekend"])


def both_readings(written: Claims, resolved: Claims, reading: Resolved | None) -> Claims:
    """The claims of a statement read both as written and with its pronoun resolved: a rule
    that finds a conflict or a match on either reading finds it (the referent found may be
    another word for the thing the other report names: "the crossing" for "the ferry"). An
    opening pronoun's `reading` is kept (spans may open with its referent); pronouns inside
    the sentence (None) leave the written statement's, whose items come first. An item read
    alike on both readings but for its span is kept once ("31 passengers" is one count)."""
    first, second = (resolved, written) if reading is not None else (written, resolved)
    parts: dict[str, Any] = {}
    for f in fields(Claims):
        mine, theirs = getattr(first, f.name), getattr(second, f.name)
        if isinstance(mine, tuple):
            known = {_unspanned(x) for x in mine}
            parts[f.name] = mine + tuple(x for x in theirs if _unspanned(x) not in known)
        elif isinstance(mine, frozenset):
            parts[f.name] = mine | theirs
        else:
            parts[f.name] = mine
    parts["referent"] = (reading.pronoun, reading.referent) if reading is not None else written.referent
    return Claims(**parts)


def _unspanned(item: Any) -> Any:
    """An item of claims without the words it was read from (its `span`), to tell two readings
    of one item."""
    if is_dataclass(item) and isinstance(getattr(item, "span", None), str):
        return replace(item, span="")  # type: ignore[type-var]
    return item


def _object_fits(pronoun: str, subject: Any) -> bool:
    """The subject's verb did something to one the pronoun fits as well: "Police arrested two
    men. They were released on Sunday." or "The coastguard stopped the trawler. It was carrying
    11 crew." may be about either; left unresolved."""
    return any(c.dep_ == "dobj" and _fits(pronoun, c) and not _mass(c) for c in subject.head.children)


def _mass(noun: Any) -> bool:
    """A bare singular common noun, a mass of something rather than one thing ("the dam
    supplies power", "the plant makes steel"): no "it" stands for it after that sentence."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


# Prepositions through which a deed meets another thing ("collided with", "the crew of",
# "crashed into"); not those of a place or a time ("agreed in Doha").
_WITH_OF = frozenset(["with", "of", "into", "against", "onto"])


def _another_fits(pronoun: str, head: Any, context: Any, speaks: bool) -> bool:
    """Another noun the pronoun may stand for: a person beside the one chosen for "he" or "she"
    (the parse knows no gender: "the minister met his counterpart, Greta Lind. She ..."), or a
    thing it fits that the chosen subject's verb reaches through a preposition ("the tanker
    collided with the ferry. It sank ...", "rescued the crew of the barge") or that is the
    subject of another clause beside it ("after the dam burst, the canal flooded ..."; one who
    speaks, for a pronoun that speaks: "It added ...")."""
    chosen = {t.i for t in head.subtree}
    if pronoun in ("he", "she"):
        people = [t for t in context if t.i not in chosen and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
        return any(_person(t) or _bare_name(t) and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") for t in people)
    verb = head.head
    near = [*verb.children, *(p for c in verb.children if c.dep_ == "dobj" for p in c.children)]
    preps = [p for p in near if p.dep_ == "prep" and p.lower_ in _WITH_OF]  # "collided with", "the crew of"
    reached = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    others = [t for t in context if t.dep_ in _SUBJECT and t.i not in chosen and _speaker(t) is speaks and t.head is not verb]
    return any(t.i not in chosen and t.pos_ in ("NOUN", "PROPN") and _fits(pronoun, t) for t in [*reached, *others])


def _empty_subject(pronoun: Any) -> bool:
    """ "It is unclear whether ...", "It was the army that ...", "It was the third attack":
    an "it" of a copula or of a verb of seeming tells nothing of a thing named before."""
    if pronoun.lower_ not in ("it", "they"):
        return False
    verb = pronoun.head
    if pronoun.lower_ == "they":
        return verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children)
    return verb.lemma_.lower() in _EMPTY_IT_VERBS or any(c.dep_ in ("ccomp", "csubj") and _clause_of_it(c) for c in verb.children)


def _clause_of_it(clause: Any) -> bool:
    """ "it is thought that ...", "it was decided to ...": the clause is the subject."""
    return any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in clause.children) and any(
        c.dep_ == "auxpass" for c in clause.head.children
    )


def _subjects(doc: Any, *, speaks: bool) -> list[Any]:
    """The subjects of a sentence, the main clause's first, then in reading order; a speaker
    ("the ministry said the truce ...") last, unless the pronoun speaks too ("It added ...")."""
    found = [t for t in doc if t.dep_ in _SUBJECT and t.pos_ in ("NOUN", "PROPN")]
    return sorted(found, key=lambda t: (not speaks and _speaker(t), t.head.dep_ != "ROOT", t.i))


def _speaker(subject: Any) -> bool:
    verb = subject.head
    return verb.lemma_.lower() in SPEECH_ACTS and any(c.dep_ == "ccomp" for c in verb.children)


def _fits(pronoun: str, noun: Any) -> bool:
    if pronoun == "they":
        return _plural(noun)
    if _plural(noun):
        return False
    if pronoun in ("he", "she"):
        return _person(noun) or _bare_name(noun)
    return not _person(noun) and (noun.pos_ == "NOUN" or _named_thing(noun))


def _name(noun: Any) -> list[Any]:
    """A proper noun with the proper nouns compounded to it ("Ilse Marren")."""
    return [t for t in noun.subtree if t.pos_ == "PROPN" and (t is noun or t.dep_ in ("compound", "flat"))]


def _person(noun: Any) -> bool:
    """A word for a person ("the mayor"), a name with a title or a word for a person beside it
    ("Minister Elena Varga", "a Tarsian citizen, Ilse Marren") or a name of two words that
    is no organisation or state (the parse runs without a tagger of names)."""
    if noun.lemma_.lower() in _PEOPLE:
        return True
    marks = [c for c in noun.children if c.dep_ in ("compound", "appos", "amod")]
    if any(c.lemma_.lower() in _PEOPLE or c.lower_.rstrip(".") in PERSON_TITLES for c in marks):
        return True
    name = _name(noun)
    return noun.pos_ == "PROPN" and len(name) >= 2 and not _institution(name) and not _the(noun)


def _bare_name(noun: Any) -> bool:
    """One proper noun that is no organisation, state or acronym ("Marren"): a person, or a thing."""
    return noun.pos_ == "PROPN" and not noun.text.isupper() and not _institution(_name(noun)) and not _the(noun)


def _the(noun: Any) -> bool:
    """A name with "the" before it ("the Santa Lumi", "the Kremlin") is no person's."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _named_thing(noun: Any) -> bool:
    """A name of an organisation or a state ("Halvard Holdings", "Ukraine"), or one with a
    word for a thing beside it ("the ferry Ostra")."""
    name = _name(noun)
    things = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return _institution(name) or _the(noun) or any(c.lemma_.lower() not in _PEOPLE for c in things)


def _plural(noun: Any) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _institution(name: list[Any]) -> bool:
    words = [t.lower_ for t in name]
    return any(w in ORGANISATION_WORDS for w in words) or " ".join(words) in CAPITALS or " ".join(words) in COUNTRY_KEYS


def _noun_phrase(head: Any) -> str:
    """The noun phrase as written from its first kept modifier to its head ("the Tarvo dam";
    a person by name: "a Tarsian citizen, Ilse Marren" is "Ilse Marren"); an indefinite
    article becomes "the": the thing is the one named before."""
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None and head.pos_ == "NOUN" and head.lemma_.lower() in _PEOPLE:
        head = name
    kept = [c for c in head.lefts if c.dep_ in _KEPT]
    start = min((c.left_edge.i for c in kept), default=head.i)
    after = [c for c in head.children if c.dep_ == "conj" or c.dep_ == "prep" and c.lower_ == "of"]
    end = max([head.i, *(c.right_edge.i for c in after)])  # "Marren and her son", "the mayor of Lindqvist"
    words = head.doc[start : end + 1]
    if any(t.is_punct and t.text not in ("'s", "’s", "-") for t in words):
        words = head.doc[head.i : head.i + 1]
    text = words.text
    first = words[0].lower_
    if first in ("a", "an"):
        text = "the" + text[len(words[0].text) :]
    return text
