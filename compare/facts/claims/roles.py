"""Roles one doer holds in one thing: who led, organised, ordered or mediated it, who was first
at the scene, and at whose request it was done (`_held_role`).
"""

from __future__ import annotations

from typing import Any

from ...lexicons import (
    ACTOR_NOUNS,
    CAPITALS,
    COUNTED_PEOPLE,
    EVENT_KINDS,
    GENERIC_PEOPLE,
    INQUIRY_WORDS,
    SERVICES,
    SIDE_NOUNS,
    SITE_KINDS,
)
from ..propositions import definite, noun_phrase, stands_for
from .model import Role
from .reading import (
    _TENSES,
    _by_agent,
    _child,
    _infinitive,
    _inherit,
    _is_actor_word,
    _pobj,
    _span,
    _when,
    _written,
    is_negated,
    participant,
    side_of,
)
from .stances import _infinitive_mark
from .status import _not_yet

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
    "provoke": "started",
    "instigate": "started",
    "start": "started",
}
# Verbs of an event's beginning: "the clashes began when riot police fired tear gas": whoever
# did what the "when" clause tells started it.
_STARTING = frozenset(["begin", "start", "erupt", "flare", "break"])
_MEETING_VERBS = frozenset(["meet", "convene", "gather", "sit"])  # "the council will meet at X's request"
_ARRIVING = frozenset(["arrive", "reach", "get", "come", "respond", "enter"])
_INQUIRIES = INQUIRY_WORDS


def _held_role(token: Any, sentence: int) -> Role | None:
    """A role only one doer holds: "the inquiry is led by the bureau", "the union organised the
    rally", "X were the first to reach the scene", "the session was convened at X's request"."""
    if token.lower_ in ("first", "opening") and (fired := _fired_first(token, sentence)) is not None:
        return fired
    if token.lemma_.lower() in ("start", "begin") and token.pos_ == "VERB" and (opened := _started_firing(token, sentence)):
        return opened
    if token.lemma_.lower() in ("return", "fire", "shoot") and token.pos_ == "VERB" and (back := _fired_back(token, sentence)):
        return back
    if token.lower_ == "provocation" and (unprovoked := _fired_unprovoked(token, sentence)) is not None:
        return unprovoked
    if token.lower_ == "first" and token.dep_ in ("attr", "acomp", "npadvmod", "advmod"):
        return _first_of(token, sentence)
    if token.lemma_.lower() == "request" and token.dep_ == "pobj" and token.head.lower_ == "at":
        return _requested(token, sentence)
    if token.lemma_.lower() in _STARTING and token.pos_ == "VERB" and (started := _started_when(token, sentence)):
        return started
    role = _ROLE_VERBS.get(token.lemma_.lower()) or _putting_out(token)
    if role is None or token.pos_ != "VERB" or is_negated(token) or _not_yet(token) or _infinitive(token):
        return None
    passive = _child(token, "nsubjpass") is not None
    thing = _child(token, "nsubjpass") if passive else _child(token, "dobj")
    doer = _by_agent(token) if passive else _inherit(token, _subject)
    kind = _role_thing(thing) if thing is not None and definite(thing) else None
    if kind is None or token.lemma_.lower() in ("call", "start") and kind not in EVENT_KINDS:
        return None  # "called the rally", "started the fire"; not "called a vote", "started work"
    if role == "started" and not _party(doer):
        return None  # "the fire was started by accident"
    return _role(role, kind, doer, token, sentence)


def _started_when(verb: Any, sentence: int) -> Role | None:
    """ "The clashes began when riot police fired tear gas", "violence erupted when protesters
    stormed the gate": the doer of the "when" clause started the event (an event by its kind;
    "broke out" with its particle)."""
    if verb.lemma_.lower() == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    event = _subject(verb)
    kind = _role_thing(event) if event is not None else None
    if kind != "unrest" or is_negated(verb):
        return None  # who started violence is disputed; "the protest began when the speeches ended" tells a time
    clause = next(
        (c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)),
        None,
    )
    if clause is None or is_negated(clause):
        return None
    doer = _by_agent(clause) if _child(clause, "nsubjpass") is not None else _child(clause, "nsubj")
    if doer is not None and doer.lemma_.lower() in _SOME_OF and (members := _pobj(doer, "of")) is not None:
        doer = members  # "groups of protesters hurled stones": the protesters
    if not _party(doer):
        return None  # "the clashes began when the match ended": a time, not a doer
    return _role("started", kind, doer, verb, sentence)


def _party(doer: Any | None) -> bool:
    """Someone who may start a fight or a fire: a name, or a word for people or a side."""
    if doer is None or doer.lemma_.lower() in _PLACES:
        return False  # "the Dunmere farmhouse" is where shots came from, not a side
    return doer.pos_ == "PROPN" or doer.lemma_.lower() in _PARTIES or side_of(doer) is not None  # "Beloski units"


# Who may start violence: people and the sides, forces and bodies of a fight.
_PARTIES = (
    COUNTED_PEOPLE
    | SIDE_NOUNS
    | ACTOR_NOUNS
    | frozenset(SERVICES)
    | frozenset(["gunman", "mob", "crowd", "youth", "fan", "guard", "fighter", "sniper", "smuggler", "unit", "force"])
)
# Places a named side may be read from by its name ("the Dunmere farmhouse"), which are no side.
_PLACES = frozenset(SITE_KINDS) | frozenset(
    ["farmhouse", "building", "village", "town", "city", "hill", "ridge", "tower", "roof", "window", "compound", "bridge"]
)
_SOME_OF = frozenset(["group", "member", "dozen", "hundred", "thousand", "band", "number", "handful", "some", "several"])


def _role(role: str, kind: str, doer: Any | None, verb: Any, sentence: int) -> Role | None:
    """A role held by one named doer (not a pronoun, not several: "X and Y led")."""
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or doer.lemma_.lower() in GENERIC_PEOPLE:
        return None
    if any(c.dep_ in ("conj", "cc") for c in doer.children):
        return None
    who = _written(sorted((t for t in noun_phrase(doer) if t.dep_ != "case" or t.head != doer), key=lambda t: t.i))
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
    role = "first to arrive" if lemma in _ARRIVING else "first to fire" if _firing(verb) else f"first to {lemma}"
    place = _child(verb, "dobj")
    kind = "" if lemma in _ARRIVING or place is None or _firing(verb) else (_role_thing(place) or "")
    head = first.head
    return _role(role, kind, _subject(head), head, sentence)


_SHOTS = frozenset(["shot", "round", "salvo", "volley", "shell"])
_POSITIONS = frozenset(["position", "side", "line", "trench", "territory", "direction", "post"])


def _firing(verb: Any) -> bool:
    """ "fired", "shot", "opened fire"."""
    lemma = verb.lemma_.lower()
    return lemma in ("fire", "shoot") or lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)


def _fired_first(first: Any, sentence: int) -> Role | None:
    """Who fired first, the question of every border clash: "Beloski units opened fire first",
    "rebels fired the first shots", "the first shots were fired by police" or "from Arvandi
    positions"."""
    verb = first.head
    if first.dep_ in ("amod", "compound") and verb.lemma_.lower() in _SHOTS:  # "the opening shots": a compound
        shots, verb = verb, verb.head  # "the first shots were fired": the shots' verb
        if shots.dep_ == "nsubj" and verb.lemma_.lower() == "come":
            return _shots_from(verb, sentence)  # "the first shots came from the Varnian side"
    elif first.dep_ != "advmod" or first.lower_ != "first":
        return None
    elif verb.pos_ == "ADP":
        verb = verb.head  # "opened fire first near the river", "first" hung on "near"
    if verb.pos_ != "VERB" or not _firing(verb) or is_negated(verb):
        return None
    doer = _subject(verb)
    if _child(verb, "nsubjpass") is not None:
        doer = _by_agent(verb) or _side_from(verb)
    if not _party(doer):
        return None
    return _role("first to fire", "", doer, verb, sentence)


def _fired_back(verb: Any, sentence: int) -> Role | None:
    """Who fired in reply, so not first: "police returned fire", "the guards fired back", "shot
    back", "fired in self-defence" (the doer of a relative clause: "police, who returned fire")."""
    lemma = verb.lemma_.lower()
    returned = lemma == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
    back = lemma in ("fire", "shoot") and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)
    defence = lemma in ("fire", "shoot") and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.lower_ in ("self-defence", "self-defense", "defence", "defense") for g in c.subtree)
        for c in verb.children
    )
    if not (returned or back or defence) or is_negated(verb):
        return None
    doer = _subject(verb)
    return _role("returned fire", "", doer, verb, sentence) if _party(doer) else None


def _fired_unprovoked(provocation: Any, sentence: int) -> Role | None:
    """ "Soldiers opened fire without provocation": they fired first."""
    without = provocation.head
    verb = without.head
    if without.lower_ != "without" or provocation.dep_ != "pobj" or verb.pos_ != "VERB" or not _firing(verb):
        return None
    doer = _subject(verb)
    return _role("first to fire", "", doer, verb, sentence) if _party(doer) and not is_negated(verb) else None


def _side_from(verb: Any) -> Any | None:
    """The side shots came or were fired from: "from Arvandi positions" (Arvandi), "from the
    Varnian side", "from rebel lines"; not a place ("from the farmhouse")."""
    doer = _pobj(verb, "from")
    if doer is None:
        return None
    if doer.lemma_.lower() in _POSITIONS:
        named = next((c for c in doer.children if c.dep_ in ("compound", "amod") and _named(c)), None)
        return None if named is None else named if named.pos_ == "PROPN" else doer
    return doer if doer.lemma_.lower() in _PARTIES else None


def _subject(verb: Any) -> Any | None:
    """The verb's subject, the noun a relative pronoun stands for ("it was Tessel troops who
    opened fire first": troops)."""
    return stands_for(verb, _child(verb, "nsubj"))


def _shots_from(verb: Any, sentence: int) -> Role | None:
    """Whose side the first shots came from: "came from the Varnian side", "from rebel positions"."""
    doer = _side_from(verb)
    return _role("first to fire", "", doer, verb, sentence) if _party(doer) else None


# What is started when the shooting starts: "started the shooting", "began firing".
_SHOOTING = frozenset(["shooting", "firing", "gunfire", "shootout"])


def _started_firing(verb: Any, sentence: int) -> Role | None:
    """Who started the shooting ("protesters started the shooting", "it was police who started
    shooting"): the first to fire."""
    thing = _child(verb, "dobj")
    shooting = thing is not None and thing.lower_ in _SHOOTING
    shooting = shooting or any(c.dep_ == "xcomp" and _firing(c) for c in verb.children)
    if not shooting or is_negated(verb):
        return None
    doer = _subject(verb)
    return _role("first to fire", "", doer, verb, sentence) if _party(doer) else None


def _named(token: Any) -> bool:
    return _is_actor_word(token) or token.lower_ in CAPITALS


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
    return _role("first to arrive", "", _subject(head), head, sentence)


def _requested(request: Any, sentence: int) -> Role | None:
    """ "will hold an emergency meeting at Kestria's request": the meeting, requested by Kestria."""
    verb = request.head.head
    requester = _child(request, "poss") or _pobj(request, "of")
    thing = _child(verb, "dobj", "nsubjpass") if verb.pos_ in ("VERB", "AUX") else None
    kind = _role_thing(thing) if thing is not None else "meeting" if verb.lemma_.lower() in _MEETING_VERBS else None
    if kind is None:
        return None
    return _role("requested", kind, requester, verb, sentence)
