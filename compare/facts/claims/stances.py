"""Stances for or against a thing ("backed the plan", "called on the minister to resign", "voted
against the bill"), control of a place ("rebels took the airport"), and the holders of a
stance: who a pronoun speaks for, and whether two holders are one party (`_same_party`,
`_same_qualifiers`, `_joint`, `_name_core`), which the rules compare stances and roles by.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from ...lexicons import (
    CHANGE_VERBS,
    DAY_WORDS,
    DEED_NOUNS,
    GATHERINGS,
    HOLDING_VERBS,
    LOWER_VERBS,
    NOT_HELD,
    OPPOSE_PARTICLE_VERBS,
    OPPOSE_PREP_VERBS,
    OPPOSE_VERBS,
    RAISE_VERBS,
    REFUSAL_VERBS,
    SAY,
    SIDE_NOUNS,
    STANCE_NOUNS,
    SUPPORT_VERBS,
    TITLE_WORDS,
)
from ..polarity import claimed_or_denied, year_like
from ..propositions import a_body, noun_phrase, on_condition, speaker_named
from ..text import content_words, stem
from .model import Control, Participant, Stance
from .reading import (
    _COUNTRIES,
    _NAMING,
    _TENSES,
    _a_name,
    _by_agent,
    _child,
    _country_in,
    _infinitive,
    _inherit,
    _own_words,
    _pobj,
    _span,
    _when,
    _written,
    is_negated,
    participant,
    same_thing,
    side_of,
    side_of_word,
)

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
    if token.pos_ == "ADJ" or token.lemma_.lower() == "prepare" and token.tag_ == "VBN":
        return _open_to(token, sentence)
    if token.pos_ != "VERB" or claimed_or_denied(token):
        return None
    lemma = token.lemma_.lower()
    against = _stance_against(token) if lemma in _AGAINST_VERBS else None
    particle = next((c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ in ("down", "out")), None)
    rejects = particle is not None and (lemma, particle.lower_) in OPPOSE_PARTICLE_VERBS  # "voted down the merger"
    blames = lemma == "blame" and _pobj(token, "for") is not None  # "blamed the ministry for the disaster"
    attacked = _attacked(token, lemma)
    fought = _fought(token, lemma)
    joined = _ready_to_join(token, lemma)
    cleared = _cleared(token, lemma)
    read = against is not None or rejects or blames or attacked is not None or fought is not None or joined is not None
    read = read or cleared is not None
    if lemma not in _STANCE_LEMMAS and not read:
        return None
    thing = _child(token, "dobj") or _so_called(token) or _gerund(token)
    if fought is not None:  # "vowed to fight the closure"
        support, thing, word = False, fought, token.text.lower()
    elif joined is not None:  # "said it was ready to take part in a joint inquiry"
        support, thing, word = True, joined, f"{token.head.text.lower()} to {token.text.lower()}"
    elif cleared is not None:  # "the regulator cleared the takeover", "the court confirmed the sentence"
        support, thing, word = True, cleared, token.text.lower()
    elif attacked is not None:  # "tore into the rescue"
        support, thing, word = False, attacked, f"{token.text.lower()} {attacked.head.lower_}"
    elif blames:
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
    holder = _stance_holder(token) if joined is None else _speaker_of_pronoun(_child(token.head.head, "nsubj"), token.head.head)
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSAL_VERBS:
        support, word = not support, f"{token.head.text.lower()} to {token.text.lower()}"
    if thing is None and _child(token, "nsubjpass") is not None:  # "the bill was rejected by the senate"
        thing = _child(token, "nsubjpass")
    if is_negated(token) or (token.dep_ == "xcomp" and is_negated(token.head)):
        support, word = not support, f"not {word}"
    deed = thing.lemma_.lower() if thing is not None and thing.pos_ == "VERB" else ""
    thing = _proposed(_done_to(thing))
    if holder is None or thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    when = _when(token) | (_when(token.head) - _TENSES if token.dep_ == "xcomp" else frozenset())
    voiced = lemma in _SPOKEN or attacked is not None or blames or fought is not None or joined is not None
    voiced = voiced or rejects and lemma == "rule"  # "has ruled out talks": a position, as "rejected talks"
    voiced = voiced and not on_condition(token) and not (lemma in _DISPOSITIONS and _told_as_past(token))
    owner = _deed_owner(thing)
    about = participant(thing)
    if deed and about is not None:  # "opposed keeping the mines open": the mines, kept ("closing" is another deed)
        about = replace(about, words=about.words | {deed})
    purpose = _pobj(token, "for") if lemma in _GRANTING else None
    if purpose is not None and about is not None:  # "granted the permit for the march": a permit for the march
        about = replace(about, text=f"{about.text} for {' '.join(t.text for t in purpose.subtree)}")
    stance = Stance(participant(holder), about, support, word, _span(token), sentence, when, participant(owner))  # type: ignore[arg-type]
    voiced = voiced and not when - _TENSES and not _dated(token)
    return replace(stance, voiced=voiced, instance=lemma in _INSTANCES)


def _attacked(verb: Any, lemma: str) -> Any | None:
    """What "tore into", "hit out at", "lashed out at" is against ("hit at", "lashed at" need
    their "out": "waves lashed at the wall" is no stance)."""
    for word, prep in OPPOSE_PREP_VERBS:
        if word != lemma or word in ("hit", "lash") and not any(c.lower_ == "out" for c in verb.children):
            continue
        found = _pobj(verb, prep) or next(
            (_pobj(c, prep) for c in verb.children if c.lower_ == "out" and _pobj(c, prep) is not None), None
        )
        if found is not None:
            return found
    return None


# Stances that are a position taken or voiced, not a deed done on one day (a vote, a signature,
# a veto, a court's ruling): "said he would back the bill" and "tore into the bill" tell two
# positions at the time of the story (`Stance.voiced`).
_DEED_STANCES = frozenset(
    ["approve", "sign", "ratify", "uphold", "veto", "block", "overturn", "quash", "annul", "overrule", "grant"]
    + ["clear", "confirm"]
)
_SPOKEN = (SUPPORT_VERBS | OPPOSE_VERBS) - _DEED_STANCES
# Verbs of fighting a thing decided or proposed ("vowed to fight the closure", "will challenge the
# ruling in court"): against it. Not "fought the fire", "challenged the champion".
_FIGHTING = frozenset(["fight", "challenge", "contest"])
_FOUGHT = frozenset(
    ["bill", "law", "legislation", "plan", "proposal", "decision", "ruling", "verdict", "order", "measure", "reform"]
    + ["policy", "ban", "tax", "levy", "cut", "deal", "merger", "takeover", "closure", "sale", "expansion", "project"]
    + ["rule", "regulation", "extradition", "deportation", "eviction", "sentence", "fine", "expulsion", "sanction"]
    + ["budget", "bailout", "rescue", "treaty", "agreement", "amendment", "motion", "resolution", "scheme", "package"]
    + ["programme", "program", "hike", "increase", "reduction"]
)


# Verbs that grant or refuse one of many things of a kind (a permit, a loan, bail, asylum).
_INSTANCES = frozenset(["grant", "refuse", "deny", "issue"])
# Verbs that grant or refuse a thing asked for something ("granted the permit for the march").
_GRANTING = frozenset(["grant", "refuse", "deny", "approve", "reject", "issue"])


def _cleared(verb: Any, lemma: str) -> Any | None:
    """What "cleared" or "confirmed" lets stand, when it is a thing decided or proposed ("cleared
    the takeover", "confirmed the sentence"; not "cleared the road", "confirmed the report")."""
    if lemma not in ("clear", "confirm"):
        return None
    thing = _child(verb, "dobj") or (_child(verb, "nsubjpass") if verb.tag_ == "VBN" else None)
    allowed = _COURTS_RULE if lemma == "confirm" else _FOUGHT | _RULED  # "confirmed the sale" is news of it
    return thing if thing is not None and thing.lemma_.lower() in allowed else None


# What a court lets stand or sets aside, besides the things decided of `_FOUGHT`.
_RULED = frozenset(["conviction", "acquittal", "appointment", "nomination", "sentence", "ruling", "verdict", "fine"])
# What a court confirms as its decision ("confirmed the sentence"); "confirmed the appointment" is news.
_COURTS_RULE = frozenset(["conviction", "acquittal", "sentence", "ruling", "verdict", "fine"])


def _fought(verb: Any, lemma: str) -> Any | None:
    """What "fight", "challenge" or "contest" is against, when it is a thing decided or proposed."""
    if lemma not in _FIGHTING:
        return None
    thing = _child(verb, "dobj") or (_child(verb, "nsubjpass") if verb.tag_ == "VBN" else None)
    return thing if thing is not None and thing.lemma_.lower() in _FOUGHT else None


# Words that put a stance at a time of its own: "opposed the bill before the election", "when it
# was first proposed", "now backs it".
_AT_A_TIME = frozenset(
    ["before", "after", "since", "until", "during", "earlier", "previously", "initially", "originally", "once", "ago"]
    + ["last", "first", "when", "while", "now", "then", "formerly", "always", "long", "ever", "under", "previous", "past"]
)
# Positions held rather than voiced: told in the past ("opposed the bill", "used to support it",
# "had backed it") they may be positions given up.
_DISPOSITIONS = frozenset(["support", "back", "oppose", "favor", "favour"])


def _told_as_past(verb: Any) -> bool:
    """A verb told in the past, past perfect, or as what "used to" be."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "use":
        return True  # "used to support the plan"
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "did") for c in verb.children)


def _dated(verb: Any) -> bool:
    """A stance told with a time of its own: a date or a year, or a time word or phrase."""
    return any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in _AT_A_TIME or t.like_num and year_like(t)
        for t in verb.subtree
        if t.i != verb.i
    )


# Being ready to join a thing proposed is a stance for it ("said it was ready to take part in a
# joint inquiry", "willing to hold talks") against "rejected calls for a joint inquiry".
_READY = frozenset(["ready", "willing", "prepared", "open"])
_JOINING = frozenset(["join", "attend", "participate", "hold", "accept", "back", "support", "take"])


def _ready_to_join(verb: Any, lemma: str) -> Any | None:
    """What "ready to take part in", "willing to join", "prepared to hold" is for, or None."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _READY or verb.head.dep_ != "acomp" or lemma not in _JOINING:
        return None
    if is_negated(verb.head.head):
        return None  # "was not ready to join": no stance either way
    if lemma == "take":
        return _pobj(verb, "in") if any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) else None
    return _child(verb, "dobj") or _pobj(verb, "in")


def _open_to(adjective: Any, sentence: int) -> Stance | None:
    """Being open or ready for a thing proposed is a stance for it: "the union is open to talks
    with the airline", "said it was ready for talks" (against "ruled out talks")."""
    thing = _pobj(adjective, "to") or _pobj(adjective, "for")
    prep = thing.head.lower_ if thing is not None else ""
    if thing is not None and thing.lemma_.lower() in _IDEAS:
        thing = _pobj(thing, "of")  # "open to the idea of a merger": the merger
    passive = adjective.pos_ == "VERB" and _child(adjective, "auxpass") is not None  # the parse's "is prepared for"
    ready = adjective.lemma_.lower() in _READY or passive and adjective.lower_ == "prepared"
    if not ready or not (adjective.dep_ == "acomp" or passive) or thing is None:
        return None
    if thing.lemma_.lower() not in _OPEN_TO:
        return None  # "ready for winter", "open to the public", "open to criticism"
    verb = adjective if passive else adjective.head
    holder = _speaker_of_pronoun(_child(verb, "nsubjpass" if passive else "nsubj"), verb)
    if holder is None or on_condition(verb):
        return None
    support = not is_negated(verb)
    word = f"{'' if support else 'not '}{adjective.text.lower()} {prep}"
    if any(t.lower_ in _ONCE or year_like(t) for t in (*verb.subtree,)):
        return None  # "was once open to talks", "was open to a coalition in 2019": a stance of another time
    stance = Stance(participant(holder), participant(thing), support, word, _span(verb), sentence, _when(verb))  # type: ignore[arg-type]
    return replace(stance, voiced=not _when(verb) - _TENSES and not _dated(verb))


_ONCE = frozenset(["once", "previously", "formerly", "earlier", "then"])
_IDEAS = frozenset(["idea", "prospect", "possibility", "notion"])


# What one may be open or ready to, as a stance: a meeting or a thing proposed ("open to talks",
# "ready for a ceasefire"); not "ready for winter", "open to the public".
_OPEN_TO = GATHERINGS | frozenset(
    ["talk", "dialogue", "deal", "agreement", "ceasefire", "truce", "compromise", "merger", "coalition", "settlement"]
    + ["inquiry", "investigation", "mediation", "cooperation", "partnership", "reform", "sale", "takeover", "exchange"]
)


def _gerund(verb: Any) -> Any | None:
    """A gerund the parse hangs on a stance verb as its complement: "opposed keeping them out"."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)


def _done_to(thing: Any | None) -> Any | None:
    """What a stance on a deed told as a gerund is about: "opposed keeping residents out" is
    about the residents, as "the decision to keep residents out" is."""
    if thing is None or thing.pos_ != "VERB" or thing.tag_ != "VBG":
        return thing
    return _child(thing, "dobj") or thing


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
    named = _written(sorted(noun_phrase(place), key=lambda t: t.i))
    when = frozenset(t.lower_ for t in _own_words(verb) if t.lower_ in DAY_WORDS or year_like(t))
    return Control(side, participant(place), token.text.lower(), _span(verb), sentence, named, when)  # type: ignore[arg-type]


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
    someone, and so is the party a speaker's pronoun owns ("Rieger said his party would back
    the bill": the party speaks through its leader); any other pronoun names nobody."""
    if holder is None:
        return None
    former = any(c.lower_ in _FORMER for c in holder.children)  # "his former party" speaks no more through him
    owner = _child(holder, "poss") if holder.lemma_.lower() in _SPOKEN_FOR and not former else None
    if owner is not None and owner.lower_ in ("his", "her", "their"):
        speaker = speaker_named(verb)
        return speaker if speaker is not None and _speaks_for_it(speaker, owner) else holder
    if holder.pos_ != "PRON":
        return holder
    speaker = speaker_named(verb) if holder.lower_ in ("he", "she", "they", "it") else None
    return speaker if speaker is not None and (holder.lower_ != "it" or a_body(speaker)) else None


# What a person speaks for: "his party", "their government".
_SPOKEN_FOR = frozenset(
    ["party", "government", "side", "group", "administration", "faction", "movement", "bloc", "coalition", "country"]
)


_FORMER = frozenset(["former", "old", "ex", "ex-", "previous", "new", "rival"])
# Words that set a speaker's own view against their party's ("though she personally opposes it").
_CONTRAST = frozenset(["though", "although", "despite", "but", "while", "whereas", "personally"])


def _speaks_for_it(speaker: Any, owner: Any) -> bool:
    """The party a possessive pronoun owns is the speaker's: no other person named before the
    pronoun ("Asked about Lusk, Penn said her party ..."), and no view of the speaker's own set
    against it in the sentence ("... though she personally opposes it")."""
    sent = owner.sent
    if any(t.lower_ in _CONTRAST for t in sent):
        return False
    names = {t.lemma_.lower() for t in sent if t.pos_ == "PROPN" and t.i < owner.i and t.dep_ != "compound"}
    return names <= {speaker.lemma_.lower()}


def one_instance(x: Participant, y: Participant) -> bool:
    """One thing granted or refused, not two of a kind ("the permit" ~ "the permit"; not "a
    loan to Ferro Lines" and "a loan to Orsk Steel", nor "asylum to 300 refugees"): both told
    as the one thing, with the same words after their heads and no figure."""
    definite = all(p.text.split()[0].lower() in _DEFINITE for p in (x, y) if p.text.split())
    figures = any(ch.isdigit() for p in (x, y) for ch in p.text)
    return definite and not figures and _after_head(x) == _after_head(y)


_DEFINITE = frozenset(["the", "his", "her", "its", "their", "this", "that"])


def _same_qualifiers(x: Participant, y: Participant) -> bool:
    """Two phrases for one thing do not qualify it apart: "the revised budget" is not "the
    budget"'s first draft, "the second offer" not "the first offer"."""
    return not _qualifiers(x) ^ _qualifiers(y) and not _compounded_apart(x, y) and not _attached_apart(x, y)


def _attached_apart(x: Participant, y: Participant) -> bool:
    """One head told of two other things: "the permit for the march" and "a permit for the
    counter-protest" are two permits ("the permit" and "the permit for the march" may be one)."""
    extra_x, extra_y = (_after_head(p) for p in (x, y))
    return bool(extra_x) and bool(extra_y) and not extra_x & extra_y


def _after_head(p: Participant) -> frozenset[str]:
    """The content words told after a phrase's head: what it is of or for ("the permit for the
    march": march), not its owner or its version before it ("the board's latest offer")."""
    words = content_words(p.text)
    head = stem(p.lemma)
    return frozenset(words[words.index(head) + 1 :]) if head in words else frozenset()


def _compounded_apart(x: Participant, y: Participant) -> bool:
    """One head named by two different compounds: "the media bill" and "the broadcasting
    licence bill" are two bills ("the fisheries bill" and "the bill" may be one)."""
    kinds_x, kinds_y = x.words - {x.lemma}, y.words - {y.lemma}
    if not kinds_x or not kinds_y or kinds_x & kinds_y:
        return False
    joined_x = {"".join(p) for p in itertools.permutations(sorted(kinds_x)[:3])}  # "health care" ~ "healthcare"
    joined_y = {"".join(p) for p in itertools.permutations(sorted(kinds_y)[:3])}
    return not any(u.startswith(v) or v.startswith(u) for u in joined_x for v in joined_y)  # "rail" ~ "railway"


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
    "separate": "other",
    "another": "other",
    "other": "other",
    "different": "other",
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


def _name_core(p: Participant, *, capitalised: bool = False) -> set[str]:
    """The words of a participant's name that tell it apart: without titles, and without its
    head unless the head is all there is ("the Green Party": green; "Mr. Lind": lind); with
    `capitalised`, only words written as names."""
    words = {w.lower().strip(".") for w in p.entity.split() if not capitalised or w[:1].isupper()} - TITLE_WORDS
    return (words - {p.lemma}) or words
