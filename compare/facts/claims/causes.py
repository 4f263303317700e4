"""Causes and reasons: the cause a text gives for damage (shelling, an accident, a natural cause:
`_cause_of`), what an attack was aimed at (`_aim_of`), two sides blaming each other
(`_mutual_blame`), and the reason named for an incident ("the fire was caused by a faulty
cable": `_reason_of`, `_reason_told`, `_cause_named`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ...lexicons import (
    ACCIDENT_CAUSES,
    ACCUSE,
    ACTOR_NOUNS,
    ATTACK,
    CAUSE_VERBS,
    CIVILIAN_MARKS,
    CIVILIAN_TARGETS,
    EVENT_ITSELF,
    EVENT_KINDS,
    EXCLUSIVE,
    EXTERNAL_CAUSES,
    FAULT_WORDS,
    GENERIC_PEOPLE,
    MILITARY_MARKS,
    MILITARY_TARGETS,
    PERSON_WORDS,
    RESULT_VERBS,
    SIDED_DEEDS,
)
from ..propositions import noun_phrase, one_deed
from .model import Aim, Cause, Reason
from .reading import (
    _by_agent,
    _child,
    _conjuncts,
    _denial_scope,
    _deny_head,
    _gunfire,
    _infinitive,
    _inherit,
    _only_possible,
    _phrase_text,
    _pobj,
    _prep_child,
    _span,
    _speaker_token,
    family_of,
    is_negated,
    participant,
    side_of,
)


def _cause_of(token: Any, sentence: int) -> Cause | None:
    """A cause given by "by X" under a cause verb, or by "because of X" / "due to X" (which the
    parser hangs either on "of"/"to" or on "because"/"due" itself)."""
    lemma = token.lemma_.lower()
    obj = None
    event = _labelled_event(token)
    if event is not None:  # "the blast was a terrorist attack", "described the blast as an accident"
        return _cause_from(token, sentence, _effect_words(event))
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


# Nouns of an event that a report may name as an attack or as an accident.
_LABELLED_EVENTS = EVENT_ITSELF | frozenset(["crash", "collapse", "derailment", "sinking", "outage", "blackout", "leak", "spill"])
# Verbs that name what something was: "described the blast as an accident", "called it an attack".
_NAMING_VERBS = frozenset(["describe", "call", "brand", "label", "term", "classify", "characterize", "characterise"])
# What makes an attack label a claim of one ("a terrorist attack", "a deliberate attack"), and
# what makes a label hedged ("a possible attack") or loose ("the deadliest road accident", "the
# third accident this year", "an attack on national security").
_ATTACK_MARKS = frozenset(
    ["terrorist", "terror", "deliberate", "targeted", "militant", "armed", "missile", "drone", "rocket", "bomb"]
)
_HEDGED = frozenset(["possible", "potential", "suspected", "apparent", "alleged", "likely", "probable"])


def _a_person(noun: Any) -> bool:
    """A person named or a word for people ("the driver lost control, causing the crash": how it
    happened, not what caused it)."""
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in PERSON_WORDS


def _plain_label(label: Any) -> bool:
    """A label that claims what the event was: not hedged ("a possible attack"), not one of a
    series or a superlative ("the third accident this year", "the deadliest road accident"), an
    attack said to be one ("a terrorist attack", not "an attack on national security")."""
    mods = [c for c in label.children if c.dep_ in ("amod", "compound", "nummod", "advmod")]
    words = {c.lower_ for c in mods}
    if words & _HEDGED or any(c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "second", "third", "latest") for c in mods):
        return False
    lemma = label.lemma_.lower()
    if lemma == "attack":
        return bool(words & _ATTACK_MARKS)
    if lemma == "accident":
        return not any(c.dep_ == "compound" for c in mods) and not any(c.dep_ == "prep" for c in label.children)
    return True


def _labelled_event(label: Any) -> Any | None:
    """The event a noun names as what it was, when it is one: "the explosion was a terrorist
    attack" (a predicate noun), "police described the explosion as a terrorist attack", "called
    the crash an accident" (what a verb of naming names it). Not under a negation ("was not an
    accident": the cause rules read no cause from it)."""
    if label.pos_ != "NOUN" or not _plain_label(label):
        return None
    head = label.head
    if label.dep_ == "attr" and head.lemma_.lower() == "be" and not is_negated(head):
        event = _child(head, "nsubj")
    elif label.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _NAMING_VERBS and not is_negated(head.head):
        event = _child(head.head, "dobj", "nsubjpass")
    elif label.dep_ == "oprd" and head.lemma_.lower() in _NAMING_VERBS and not is_negated(head):
        event = _child(head, "dobj", "nsubjpass")
    else:
        return None
    return event if event is not None and event.lemma_.lower() in _LABELLED_EVENTS else None


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
    raids"): the family of the deed blamed ("attack", or "" when none is named) and the span."""
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


def _sided_deed(subject: Any | None) -> Any | None:
    """A subject that is a side's deed ("Ruritania's actions", "Freedonian shelling"), if it is one."""
    if subject is None or subject.lemma_.lower() not in EXTERNAL_CAUSES | SIDED_DEEDS:
        return None
    return subject if side_of(subject) is not None else None


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
        return _reason_as_result(token, lemma, sentence) or _reason_as_origin(token, lemma, sentence)
    started_from = lemma == "start" and _pobj(token, "from") is not None and _child(token, "nsubj") is not None
    if (
        token.pos_ == "VERB"
        and (lemma in _ORIGIN_VERBS | _HAPPENING or started_from)
        and not is_negated(token)
        and not _only_possible(token)
    ):
        return _reason_as_origin(token, lemma, sentence)
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
        effect = _child(token, "dobj", "nsubjpass")  # "the outbreak was traced to a contaminated well"
        to = [c for h in (token, effect) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
        cause = _child(to[0], "pobj") if to else None
    elif lemma == "cause" and _child(token, "nsubjpass") is not None:
        effect, cause = _child(token, "nsubjpass"), _by_agent(token)
    elif lemma == "cause" and token.dep_ == "advcl" and token.tag_ == "VBG" and _child(token, "nsubj") is None:
        # "heavy rain overwhelmed the drains, causing the flooding"; not a person's deed ("the driver lost
        # control, causing the crash": how it happened, not a cause set against another)
        subject = _child(token.head, "nsubj")
        effect, cause = _child(token, "dobj"), subject if subject is not None and not _a_person(subject) else None
    elif lemma == "cause" and _child(token, "dobj") is None and _child(token, "ccomp", "xcomp") is not None:
        return _reason(None, _child(token, "nsubj"), token, sentence)  # "speed caused the train to derail"
    elif lemma == "cause":
        effect, cause = _child(token, "dobj"), _child(token, "nsubj")
    elif lemma == "blame":  # "blamed overcrowding for the disaster", "blamed the collapse on erosion"
        thing = _child(token, "dobj", "nsubjpass")  # "the outage was blamed on a software update"
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


# Verbs whose "from" names what an effect came from ("the leak stemmed from a faulty valve"), and verbs of an event's happening, whose "because" names why.
_ORIGIN_VERBS = frozenset(["stem", "originate", "arise"])  # not "came from": often a place ("came from the kitchen")
_HAPPENING = frozenset(["happen", "occur"])
# Things a fire starts from ("started from a campfire"), not where it started ("from the
# kitchen", "from a ridge above the town").
_FIRE_SOURCES = frozenset(
    ["campfire", "bonfire", "cigarette", "heater", "cable", "wire", "wiring", "candle", "barbecue", "lightning"]
    + ["spark", "stove", "cooker", "appliance", "battery", "charger", "generator", "exhaust", "firework", "flare"]
    + ["grill", "fryer", "boiler", "transformer", "socket", "plug", "lamp", "match", "lighter", "short-circuit"]
    + ["fault", "line", "pylon", "chimney", "ember", "embers"]
)


def _reason_as_origin(token: Any, lemma: str, sentence: int) -> Reason | None:
    """ "The leak stemmed from a faulty valve", "the outbreak originated from tainted shellfish", "the
    fire started from a campfire", "the
    collapse was due to corroded cables", "arson was behind the fire", "the crash happened
    because the driver fell asleep" (the cause the subject of the clause after "because")."""
    subject = _most_of(_child(token, "nsubj"))
    if lemma == "start":  # "the fire started from a campfire"; not "the season started from a low base"
        fire = subject is not None and subject.lemma_.lower() in _INCIDENTS | EVENT_KINDS["fire"]
        source = _pobj(token, "from")
        a_source = source is not None and source.lemma_.lower() in _FIRE_SOURCES  # not "from the kitchen"
        return _reason(subject, source, token, sentence) if fire and a_source else None
    if lemma in _ORIGIN_VERBS:
        return _reason(subject, _pobj(token, "from"), token, sentence) if subject is not None and subject.pos_ == "NOUN" else None
    if lemma == "be":
        behind = _prep_child(token, "behind")
        if behind is not None and subject is not None:  # "arson was behind the fire": the cause is the subject
            effect = _child(behind, "pobj")
            return _reason(effect, subject, token, sentence) if effect is not None and effect.pos_ == "NOUN" else None
    if subject is None or subject.pos_ != "NOUN":
        return None
    cause = _because(token)
    return _reason(subject, cause, token, sentence) if cause is not None else None


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
    if cause is None or cause.pos_ != "NOUN" and cause.tag_ != "VBG" or side_of(cause) is not None:
        return None  # a side as the cause is blame, read by the blame rules
    if cause.lemma_.lower() in ACTOR_NOUNS or cause.lemma_.lower() in GENERIC_PEOPLE or _partly(token, cause):
        return None
    of = _pobj(cause, "of")  # "a build-up of pressure" ~ "excess pressure"
    named = [c for c in cause.children if c.dep_ in ("compound", "amod")] + ([of] if of is not None and of.pos_ == "NOUN" else [])
    words = frozenset([cause.lemma_.lower(), *(c.lemma_.lower() for c in named)])
    shown = _phrase_text(noun_phrase(cause))
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
        by = _child(token, "agent")
        cause = _child(by, "pobj", "pcomp") if by is not None else None  # "set off by blasting at a quarry"
        return _reason(_child(token, "nsubjpass"), cause, token, sentence)
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


def reason_because(token: Any, sentence: int) -> Reason | None:
    """A deed put down to what a party did, told as a clause: "the handover was delayed because
    the rebels demanded changes" (effect: the handover's delay; cause: the rebels). Two reports
    that put one deed down to two parties ("... because government officials submitted an
    incomplete list") blame it on different sides. Only a party as the clause's subject (a
    group, a side, a person: not "because the pitch was frozen", which another report may word
    as "because heavy rain had flooded the ground"); not one reason of several ("because X and
    because Y"), nor a deed negated or only possible, nor a failure (`_reason_told`), nor a
    negated clause."""
    if token.pos_ != "VERB" or is_negated(token) or _only_possible(token) or token.lemma_.lower() in _FAILING:
        return None
    clauses = [c for c in token.children if c.dep_ == "advcl" and any(m.lower_ == "because" for m in c.children)]
    thing = _child(token, "nsubjpass", "nsubj")
    if len(clauses) != 1 or is_negated(clauses[0]) or thing is None or thing.pos_ != "NOUN":
        return None
    clause = clauses[0]
    doer = _child(clause, "nsubj", "nsubjpass")
    if doer is None or _child(clause, "conj") is not None or not _a_party(doer):
        return None  # no party, or two reasons ("because the pitch was frozen and the lights had failed")
    words = frozenset([doer.lemma_.lower(), *(c.lemma_.lower() for c in doer.children if c.dep_ in ("compound", "amod"))])
    particle = _child(token, "prt")
    deed = one_deed(token.lemma_.lower() + (f" {particle.lower_}" if particle is not None else ""))  # "called off": cancel
    effect = f"{deed.replace(' ', '-')} {thing.lemma_.lower()}"
    shown = clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text  # "because the rebels demanded …"
    told = token.doc[thing.left_edge.i : token.i + 1 + (particle is not None and particle.i == token.i + 1)].text
    told = told if thing.left_edge.pos_ == "PROPN" else told[:1].lower() + told[1:]  # "why the handover was delayed"
    return Reason(effect, words, shown, _span(token), sentence, told)


def _a_party(noun: Any) -> bool:
    """A noun for a party that can be blamed: a name, a side, a group or a person."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "PROPN" or lemma in ACTOR_NOUNS or lemma in PERSON_WORDS or side_of(noun) is not None


def _because(verb: Any) -> Any | None:
    """The noun of "because of X", "due to X", or the subject of "because X rose"."""
    due = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due"]  # "the collapse was due to …"
    for prep in (c for h in (verb, *due) for c in h.children if c.dep_ == "prep" and c.lower_ in ("because", "due", "to")):
        if prep.lower_ == "to" and prep.head.lower_ != "due":
            continue
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


def _partly(verb: Any, cause: Any) -> bool:
    """ "partly to", "also blamed", "among the causes", "was partly due to": one cause of several."""
    near = [*verb.children, *cause.children, *(g for c in verb.children if c.lower_ == "due" for g in c.children)]
    return any(c.lower_ in _PARTLY for c in near) or "in part" in verb.sent.text.lower()
