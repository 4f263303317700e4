"""Access: who was let into a place, or to people, and who was kept out.

"Journalists were barred from the site" and "journalists were given access to the site" cannot
both hold, nor "the Red Cross has been denied access to the detainees" and "Red Cross delegates
visited the detainees". An access is read where a clause keeps someone from a place ("barred
from", "blocked from reaching", "kept away from", "denied access to", "not allowed to enter"),
lets them in ("given access to", "allowed into", "permitted to visit"), or tells a visit made
by people who seek access (journalists, inspectors, lawyers, aid workers, the Red Cross:
`ACCESS_SEEKERS`): "inspectors visited the plant", "prisoners receive regular visits from the
Red Cross". Two accesses clash when one is granted and the other refused to the same people, to
the same place, at one time. A plan, a condition or a call ("must be given access") is none.
"""

from __future__ import annotations

from typing import Any

from ...lexicons import ACCESS_SEEKERS
from ..propositions import hypothetical, on_condition, planned
from .model import Access, Participant
from .reading import (
    _TENSES,
    _child,
    _passive,
    _pobj,
    _span,
    _when,
    is_negated,
    participant,
    same_thing,
)

# Verbs that keep someone from a place, with "from": "barred from the site", "prevented from
# reaching the town", "kept reporters away from the scene".
_KEEPING_OUT = frozenset(["bar", "ban", "block", "prevent", "stop", "keep", "exclude", "forbid", "turn"])
# Verbs that let someone in, or refuse it: "allowed into the camp", "not permitted to visit".
_LETTING = frozenset(["allow", "permit", "let"])
# Verbs of giving access ("were given access to", "gained access to") and of refusing it.
_GIVING = frozenset(["give", "grant", "gain", "get", "have", "obtain", "secure", "allow"])
_REFUSING = frozenset(["deny", "refuse"])
_ACCESS_NOUNS = frozenset(["access", "entry", "admission"])
# Deeds that reach a place: a visit made is access had.
_REACHING = frozenset(["visit", "enter", "reach", "access", "tour", "inspect"])
_VISIT_NOUNS = frozenset(["visit", "inspection"])
_GOING_IN = frozenset(["approach", "attend", "get", "go", "come", "return", "cross"])
# Words of a call or a demand: "must be given access", "called for access".
_MUST = frozenset(["must", "should"])


def access_of(token: Any, sentence: int) -> Access | None:
    """The access a verb or a noun of visiting tells, or None."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in _VISIT_NOUNS:
        return _visits(token, sentence)
    if token.pos_ not in ("VERB", "AUX") or hypothetical(token) or planned(token) or on_condition(token):
        return None
    if _called_for(token):
        return None
    lemma = token.lemma_.lower()
    found = _kept_out(token, lemma) or _given_or_refused(token, lemma) or _let_in(token, lemma) or _reached(token, lemma)
    if found is None:
        return None
    who, where, granted, word = found
    if who is None or where is None or who.pos_ not in ("NOUN", "PROPN") or where.pos_ not in ("NOUN", "PROPN"):
        return None
    if is_negated(token) and lemma not in _LETTING | _GIVING | _REFUSING:  # "were not barred", "did not visit": none read
        return None
    return _access(who, where, granted, word, token, sentence)


def _access(who: Any, where: Any, granted: bool, word: str, token: Any, sentence: int) -> Access | None:
    person, place = participant(who), participant(where)
    if person is None or place is None or _some_of(who):
        return None  # "most journalists were kept away", "a few reporters were allowed in": some of them
    turns = frozenset(t.lower_ for t in token.subtree if t.lower_ in _TURNS)
    earlier = frozenset(["had"]) if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children) else frozenset()
    held = _held_there(where)
    kinds = frozenset(c.lemma_.lower() for c in who.children if c.dep_ in ("amod", "compound", "advmod") and c.pos_ != "PROPN")
    kinds |= frozenset(g.lemma_.lower() for p in who.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
    years = frozenset(t.text for t in token.subtree if t.like_num and len(t.text) == 4 and t.text.isdigit())
    when = _when(token) | turns | earlier | years
    return Access(person, place, granted, word, _span(token), sentence, when, participant(held), kinds)


# Words that make people some of a group: "most journalists", "a few reporters".
_PARTS_OF = frozenset(["most", "some", "few", "several", "many", "two", "three", "dozen", "handful"])


def _some_of(who: Any) -> bool:
    return any(c.lower_ in _PARTS_OF or c.dep_ == "nummod" for c in who.children)


# Words that tell access at a turn of events ("allowed in after the rally ended", "no longer
# barred", "later let in"): a time of its own, never the one of an access told without it.
_TURNS = frozenset(
    ["after", "before", "until", "since", "once", "later", "now", "again", "longer", "initially", "first", "earlier"]
    + ["previously", "recently", "last", "ago", "yesterday", "year", "years", "month", "months", "week", "weeks"]
)


def _kept_out(verb: Any, lemma: str) -> tuple[Any, Any, bool, str] | None:
    """ "Were barred from the site", "blocked convoys from reaching the town", "kept reporters
    away from the scene", "turned away from the border"."""
    if lemma not in _KEEPING_OUT:
        return None
    away = next((c for c in verb.children if c.lower_ == "away" and c.dep_ in ("advmod", "prt")), None)
    if lemma == "turn" and away is None:
        return None
    source = _pobj(verb, "from") or (_pobj(away, "from") if away is not None else None)
    if source is None:
        source = _from_verb(verb)
    if source is None:
        return None
    who = _child(verb, "nsubjpass") if _passive(verb) else _child(verb, "dobj")
    agent = _child(verb, "agent")
    keeper = _child(agent, "pobj") if agent is not None else _child(verb, "nsubj")  # "prevented ... by the heat"
    if keeper is not None and keeper.lemma_.lower() in _FORCES:
        return None  # "rain stopped fans from reaching the stadium": no one refused them
    return who, _reached_thing(source), False, f"{verb.text.lower()} from"


# What keeps people out without refusing them: the weather, a flood, a fire, the fighting.
_FORCES = frozenset(
    ["rain", "snow", "ice", "storm", "wind", "weather", "flood", "floodwater", "water", "mud", "landslide", "heat"]
    + ["fire", "smoke", "flame", "debris", "rubble", "fighting", "shelling", "violence", "clash", "danger", "risk"]
)


def _from_verb(verb: Any) -> Any | None:
    """The deed "from" governs when the parse takes it for a clause: "prevented from entering"."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return _child(prep, "pcomp") if prep is not None else None


def _reached_thing(source: Any) -> Any | None:
    """What a place phrase names: the place itself, or what the deed under "from" reaches
    ("from reaching the town": the town), or the places a part names ("most of the camps")."""
    if source.pos_ == "VERB":  # "from entering the site"; not "from filming the camp", "from leaving the town"
        if source.lemma_.lower() not in _REACHING | _GOING_IN:
            return None
        return _child(source, "dobj") or _pobj(source, "into") or _pobj(source, "to")
    if source.lower_ in _SOME and (whole := _pobj(source, "of")) is not None:
        return whole
    return source


_SOME = frozenset(["most", "some", "many", "all", "several", "parts", "part", "much", "any"])


def _held_there(place: Any) -> Any | None:
    """The people a place holds, told in its relative clause ("the camps where prisoners are
    held": the prisoners): access to the place is access to them."""
    clause = next((c for c in place.children if c.dep_ == "relcl" and c.lemma_.lower() in _HOLDING_VERBS), None)
    return _child(clause, "nsubjpass") if clause is not None else None


_HOLDING_VERBS = frozenset(["hold", "detain", "keep", "imprison", "jail", "house"])


def _given_or_refused(verb: Any, lemma: str) -> tuple[Any, Any, bool, str] | None:
    """ "Were given access to the prisoners", "gained access to the site", "were denied access
    to the plant", "refused lawyers access to their client"; "had no access to the camp"."""
    if lemma not in _GIVING and lemma not in _REFUSING:
        return None
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ACCESS_NOUNS), None)
    if noun is None:
        return None
    where = _pobj(noun, "to") or _pobj(verb, "to")
    if lemma in ("gain", "get", "have", "obtain", "secure"):
        who = _child(verb, "nsubj")
    elif _passive(verb):
        who = _child(verb, "nsubjpass") if noun.dep_ != "nsubjpass" else None
    else:
        who = _child(verb, "dative", "iobj")
    refused = lemma in _REFUSING or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or is_negated(verb)
    return who, where, not refused, f"{'not ' if is_negated(verb) else ''}{verb.text.lower()} {noun.text.lower()}"


def _let_in(verb: Any, lemma: str) -> tuple[Any, Any, bool, str] | None:
    """ "Were allowed into the camp", "were permitted to visit the detainees", "were not allowed
    to enter the plant"."""
    if lemma not in _LETTING:
        return None
    who = _child(verb, "nsubjpass") if _passive(verb) else _child(verb, "dobj")
    deed = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _REACHING), None)
    where = _reached_thing(deed) if deed is not None else _pobj(verb, "into") or _pobj(verb, "onto")
    negated = is_negated(verb)
    return who, where, not negated, f"{'not ' if negated else ''}{verb.text.lower()}"


def _reached(verb: Any, lemma: str) -> tuple[Any, Any, bool, str] | None:
    """A visit made by people who seek access: "inspectors visited the plant", "lawyers met
    their client" is not read (a meeting is no place reached)."""
    if lemma not in _REACHING or _passive(verb) or verb.dep_ in ("xcomp", "pcomp"):
        return None
    who = _child(verb, "nsubj")
    if who is None or not _seeker(who):
        return None
    return who, _child(verb, "dobj"), True, verb.text.lower()


def _visits(noun: Any, sentence: int) -> Access | None:
    """ "Prisoners receive regular visits from the Red Cross": the Red Cross reaches the
    prisoners; "inspectors paid a visit to the plant"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or is_negated(verb) or hypothetical(verb) or planned(verb):
        return None
    by = _pobj(noun, "from") or _pobj(noun, "by")
    if by is not None and verb.lemma_.lower() in ("receive", "get", "have"):
        where = _child(verb, "nsubj")
    else:
        by, where = _child(verb, "nsubj"), _pobj(noun, "to")
    if by is None or where is None or not _seeker(by) or where.pos_ not in ("NOUN", "PROPN"):
        return None
    return _access(by, where, True, f"{verb.text.lower()} {noun.text.lower()}", verb, sentence)


def _seeker(token: Any) -> bool:
    """People who seek access to a place or to people held (`ACCESS_SEEKERS`), by their head or
    a word compounded into it ("Red Cross delegates", "UN inspectors")."""
    words = {token.lemma_.lower(), token.lower_} | {c.lower_ for c in token.children if c.dep_ == "compound"}
    return bool(words & ACCESS_SEEKERS)


def _called_for(verb: Any) -> bool:
    """A call for access, not access had: "must be allowed in", "should be given access",
    "called for inspectors to be given access", "urged the army to let monitors in"."""
    if any(c.dep_ == "aux" and c.lower_ in _MUST for c in verb.children):
        return True
    return any(a.lemma_.lower() in _CALLS for a in verb.ancestors)


_CALLS = frozenset(["call", "urge", "ask", "demand", "request", "press", "seek", "want", "appeal", "insist"])


def access_clash(x: Access, y: Access) -> str | None:
    """Why two accesses cannot both hold: one granted and one refused to the same people, to the
    same place, at one time."""
    if not one_access(x, y, granted=False):
        return None
    return f"access of {x.who.text} to {x.where.text}: {x.word} vs {y.word}"


def told_at_a_turn(access: Access) -> bool:
    """Told at a time of its own: before ("had barred"), until, after or since something."""
    return "had" in access.when or bool(access.when & _TURNS)


def one_access(x: Access, y: Access, *, granted: bool = True) -> bool:
    """The same people and the same place at one time, let in or kept out alike (`granted`) or
    the other way round."""
    if (x.granted == y.granted) != granted or not _same_seekers(x.who, y.who) or not _same_place(x, y):
        return False
    if x.who_kinds and y.who_kinds and not x.who_kinds & y.who_kinds:
        return False  # "foreign journalists" and "local reporters"
    return x.when - _TENSES == y.when - _TENSES  # one time: the same days told, or none (nor a turn, nor "had")


def _same_place(x: Access, y: Access) -> bool:
    """One place, or a place and the people it holds ("the camps where prisoners are held" ~
    "the prisoners")."""
    if same_thing(x.where, y.where):
        return True
    return any(p is not None and same_thing(p, q) for p, q in ((x.held, y.where), (y.held, x.where)))


def _same_seekers(x: Participant, y: Participant) -> bool:
    """One group: the same head, or two words for it ("journalists" ~ "reporters", "the press")."""
    if same_thing(x, y):
        return True
    return any(x.lemma in group and y.lemma in group for group in _SEEKER_GROUPS)


_SEEKER_GROUPS = (
    frozenset(["journalist", "reporter", "press", "media", "correspondent", "crew"]),
    frozenset(["inspector", "monitor", "observer", "expert"]),
    frozenset(["lawyer", "attorney", "counsel", "defence", "defense"]),
    frozenset(["relative", "family", "families"]),
)
