"""Propositions: what a clause says happened, with its polarity, for denials of any deed.

The claim frames of the `claims` package read deeds of a few families (attacks, killings, blame). Reports
deny and negate many other things: "denied that any soldiers had been taken prisoner" against
"forces captured four soldiers"; "denied reports that the islands had been discussed" against
"the leaders discussed the islands"; "At no point did its forces use drones" against "a drone
struck the depot". A proposition is a content verb with the nouns it is about and whether the
sentence asserts it, negates it, or reports it denied; two propositions clash when one
negates or denies what the other asserts: the same verb, a noun in common, and no two
different doers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..lexicons import (
    ACCUSE,
    AREA_NOUNS,
    CAPITALS,
    CLAIM_NOUNS,
    CLOCK_WORDS,
    COUNTRY_KEYS,
    DAY_WORDS,
    DENY,
    EMPTY_VERBS,
    GATHERINGS,
    GENERIC_PEOPLE,
    MONTH_NAMES,
    PARTS_OF_DAY,
    REFUSAL_VERBS,
    ROLE_WORDS,
    SAY,
    SITE_KINDS,
    SPEECH_ACTS,
    USE_VERBS,
    WEEKDAY_NAMES,
)
from .polarity import negative_noun, year_like
from .quantities import counted_kind

# Verbs that tell one deed in other words ("captured four soldiers" ~ "taken prisoner"; "quit"
# ~ "stepped down" ~ "resigned"; "freed" ~ "released"; "published its report" ~ "released its
# report"; "blew up the shell" ~ "detonated it"): each in one word for the deed. A verb with
# two senses ("release" prisoners or a report) keeps both, since the rules that compare two
# clauses also ask for one thing acted on.
_SAME_DEED = {
    "seize": "capture",
    "detain": "capture",
    "arrest": "capture",
    "apprehend": "capture",
    "confiscate": "capture",
    "impound": "capture",
    "inaugurate": "open",
    "quit": "resign",
    "step down": "resign",
    "free": "release",
    "publish": "release",
    "put out": "release",
    "blow up": "detonate",
    "pass": "approve",
    "adopt": "approve",
    "ratify": "approve",
    "ink": "sign",
    "pay out": "pay",
    "disburse": "pay",
    "tour": "visit",
    "call off": "cancel",
    "scrap": "cancel",
    "axe": "cancel",
    "put off": "postpone",
    "defer": "postpone",
    "prohibit": "ban",
    "outlaw": "ban",
    "shut": "close",
    "shut down": "close",
    "fix": "repair",
    "mend": "repair",
    "clinch": "win",
    "indict": "charge",
    "recruit": "hire",
    "construct": "build",
    "erect": "build",
    "raze": "demolish",
    "tear down": "demolish",
    "knock down": "demolish",
    "revoke": "repeal",
    "rescind": "repeal",
    "hike": "raise",
    "slash": "cut",
    "halt": "suspend",
    "pause": "suspend",
    "restart": "resume",
    "purchase": "buy",
    "lodge": "file",
    "submit": "file",
    "inoculate": "vaccinate",
    "immunize": "vaccinate",
    "immunise": "vaccinate",
    "hand over": "deliver",
    "unveil": "announce",
    "slap": "impose",  # "slapped a freeze on the accounts"
    "enact": "approve",
    "break down": "collapse",  # talks
    "alert": "warn",
    "notify": "warn",
    "pluck": "rescue",  # "a helicopter plucked the climbers from the ridge"
    "winch": "rescue",
    "wrap up": "end",  # "the summit wrapped up on Sunday"
    "touch down": "land",
    "depart": "leave",
    "commence": "begin",
    "kick off": "begin",
    "break out": "erupt",  # "a fire broke out" ~ "the blaze erupted"
    "flare up": "erupt",
    "participate": "join",  # "participated in the strike" ~ "joined the strike"
}
# "concluded" is "ended" of a gathering, or told of one ("the summit concluded"), not a finding
# ("investigators concluded that the fire was arson") nor a deal done ("concluded the purchase").
_ENDED = {"conclude": "end"}


def _ended(token: Any) -> bool:
    objects = [c for c in token.children if c.dep_ in ("dobj", "ccomp")]
    return all(c.dep_ == "dobj" and counted_kind(c.lemma_.lower()) in GATHERINGS for c in objects)


# Verbs that say the deed they govern was not done: "failed to publish its audit".
_NOT_DONE = frozenset(["fail", "neglect"])
# Nouns too general to show that two clauses are about one thing.
_TOO_GENERAL = GENERIC_PEOPLE | {"thing", "way", "part", "time", "day", "area", "side", "country", "official", "report"}
# Nouns of a time: a clause's words, but never another thing the deed was done to ("resigned
# on Thursday evening").
TIME_NOUNS = PARTS_OF_DAY | CLOCK_WORDS


@dataclass(frozen=True)
class Proposition:
    """A clause: its verb (lemma), its doer's lemma and side ("" when the clause names none or
    is passive), the nouns it is about, its polarity ("+", "not", "denied"; "accused": what
    someone is accused of; "if": a condition or a possibility), and its words."""

    verb: str
    agent: str
    agent_side: str
    things: frozenset[str]  # common nouns, in one word for a kind ("servicemen": soldier)
    names: frozenset[str]  # the names on them ("the Marren islands": marren)
    polarity: str
    span: str
    when: frozenset[str] = frozenset()  # its own date and time words ("on Monday": monday)
    absent: frozenset[str] = frozenset()  # a thing said not to exist, with its modifiers ("no joint statement")
    absent_text: str = ""  # that thing as written ("joint statement")
    core: frozenset[str] = frozenset()  # what it acts on: objects and passive subject, not places or times
    doer: frozenset[str] = frozenset()  # its doer's words with their modifiers ("vice president"), or the "by" agent's
    figures: frozenset[str] = frozenset()  # the numbers of its clause ("to 90 percent")
    where: frozenset[str] = frozenset()  # the places of its clause ("in Germany", "in the north")
    other_event: bool = False  # "a separate demonstration", "another raid", "an earlier strike"
    of_doer: bool = False  # told of its doer alone ("the chief executive resigned"): `things` are the doer's
    days: frozenset[tuple[int, int]] = frozenset()  # its own (month, day) dates ("on March 10")
    months: frozenset[int] = frozenset()  # the months it is dated to ("in early May": 5; `months_told`)
    planned: bool = False  # to come: "will be released", "is due to sail", "plans to resign"
    definite: bool = False  # what it acts on (its doer, for a deed told of its doer alone) is one known thing
    done: bool = False  # told in the past, as done: "handed over", "has hired", "were evacuated"
    person: tuple[str, ...] = ()  # its doer's personal name, lower case ("Dr Hana Sorel": hana, sorel)
    titled: bool = False  # that name carries a title or a word for a person ("Dr", "minister", "official")
    site: frozenset[str] = frozenset()  # the kinds of site its own phrases put it at ("at her home": home)
    doer_text: str = ""  # its doer as written ("militants from the Red Dawn Front")
    emphatic: bool = False  # the doer told as the one who did it, no other: "herself", "its own", "personally"
    order: frozenset[str] = frozenset()  # its place in a series, of what it is about or its doer ("the last train": last)
    written: str = ""  # its verb as written ("concluded")
    heads: frozenset[str] = frozenset()  # the head nouns of what it acts on ("the closing dinner of the summit": dinner)
    main: bool = False  # the clause is what the sentence tells (its root, a clause joined to it, what is said)
    in_years: frozenset[str] = frozenset()  # the years "in" or "during" date the deed to ("in the autumn of 2018")
    conditional: bool = False  # told on a condition: "will join the strike if ...", "if troops cross the border"
    habitual: bool = False  # told as done again and again: "meets on Mondays", "trains normally run every ten minutes"
    partners: frozenset[str] = frozenset()  # who it is done with: "negotiate with the nurses" (nurse)
    past: bool = False  # told in the past ("met", "did not meet")


def propositions(doc: Any) -> tuple[Proposition, ...]:
    """The propositions of every content verb of a parsed text that names at least one thing."""
    out = []
    for token in doc:
        p = _warning(token) or _proposition(token) or _left_undone(token)
        if p is not None:
            out.append(p)
    return tuple(out)


# Verbs (with the word before the gathering) that tell one was at a gathering ("walked out of
# the talks", "chaired the session") or stayed away ("boycotted the talks", "skipped the
# hearing"); not "spoke at" or "addressed", which may be done by video link.
_WAS_THERE = {"walk out": "of", "storm out": "of", "chair": "", "attend": "", "preside": "over"}
_WAS_THERE |= {"join": "", "take part": "in", "participate": "in"}
_STAYED_AWAY = {"boycott": "", "skip": "", "stay away": "from", "miss": ""}
# Verbs of taking part, whose negation tells one was not there ("did not join the talks"); not
# "did not chair the session", which says nothing of being there.
_TAKING_PART = frozenset(["attend", "join", "take part", "participate"])
# Who is sent to a gathering to take part for those who send them ("sent a delegation to the talks").
_DELEGATES = frozenset(["delegation", "delegate", "representative", "envoy", "team"])


def _attended(token: Any, lemma: str, polarity: str, part: bool, sent: Any | None) -> tuple[str, str, Any] | None:
    """ "attend", its polarity and the gathering, for a verb that tells someone was at one or
    stayed away from it: "walked out of the talks" was there; "did not attend" and "boycotted
    the talks" were not ("did not chair the session" says nothing of being there)."""
    particles = [c for c in token.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "away")]
    verb = "take part" if part else f"{lemma} {particles[0].lower_}" if particles else lemma
    if sent is not None:  # "sent a delegation to the talks": took part in them (`_sent_to`)
        verb, particles = "attend", []
    for table, told in ((_WAS_THERE, "+"), (_STAYED_AWAY, "not")):
        prep = table.get(verb, table.get(lemma))
        if prep is None or polarity not in ("+", "not") or polarity == "not" and told == "+" and verb not in _TAKING_PART:
            continue
        if verb == "attend" and sent is not None:
            events = [sent]
            prep = None
        elif prep:
            heads = [c for t in (token, *particles) for c in t.children if c.dep_ == "prep" and c.lower_ == prep]
            events = [g for c in heads for g in c.children if g.dep_ == "pobj"]
        else:
            events = [c for c in token.children if c.dep_ == "dobj"]
        event = next((e for e in events if counted_kind(e.lemma_.lower()) in GATHERINGS), None)
        if event is not None:
            there = (told == "+") == (polarity == "+")
            return "attend", "+" if there else "not", event
    return None


def taking_part(token: Any) -> bool:
    """ "Took part in the talks", "to take part in the strike", "went on strike": the deed of
    joining, not "took part of the land" nor "took a part"."""
    lemma = token.lemma_.lower()
    if lemma == "go":  # "went on strike"; not "went on hunger strike", one's own
        strikes = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.lower_ == "strike"]
        return any(not any(m.lower_ == "hunger" for m in g.children) for g in strikes)
    if lemma != "take" or not any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "part" and not list(c.children) for c in token.children)


def _taken_part_in(token: Any) -> list[Any]:
    """What one takes part in: "took part in the strike", "participated in the talks", "went on
    strike"."""
    prep = "on" if token.lemma_.lower() == "go" else "in"
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]


def _sent_to(token: Any) -> Any | None:
    """The gathering a delegation is sent to ("will send a delegation to the summit"), or None."""
    sent = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _DELEGATES), None)
    if token.lemma_.lower() != "send" or sent is None:
        return None
    return next(
        (
            g
            for c in (*token.children, *sent.children)  # the parse may hang "to the summit" on the delegation
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj" and counted_kind(g.lemma_.lower()) in GATHERINGS
        ),
        None,
    )


def _topics(event: Any) -> frozenset[str]:
    """What a gathering is about, as a phrase of its own tells it ("the debate on pensions":
    pension). Not a word compounded with it: "the peace talks" and "the ceasefire talks" may be
    one."""
    about = [g for c in event.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "over") for g in c.children]
    about += [c for c in event.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in _WHICH_SITTING]
    return frozenset(t.lemma_.lower() for t in about if t.pos_ in ("NOUN", "ADJ"))


# Words that tell one sitting of a gathering from another ("the morning session", "the closing session").
_WHICH_SITTING = frozenset(PARTS_OF_DAY) | {"opening", "closing", "final", "first", "second", "third", "last", "plenary"}


def _partners(event: Any) -> frozenset[str]:
    """The names a gathering is held with or between ("talks with Dorn": dorn)."""
    return frozenset(
        g.lower_
        for c in event.children
        if c.dep_ == "prep" and c.lower_ in ("with", "between")
        for g in (t for t in c.subtree if t.pos_ == "PROPN")
    )


# Nouns of a warning, and the verbs that give or get one ("gave the campers a final warning",
# "villagers received no warning", "no alert was sent").
_WARNINGS = frozenset(["warning", "alert", "notice"])
_GIVING = frozenset(["give", "issue", "send", "sound", "broadcast"])
_GETTING = frozenset(["receive", "get", "have"])
# Places a deed done without warning is done to: not who went unwarned ("cleared the square").
_NOT_WARNED = frozenset(["square", "building", "street", "road", "area", "site", "compound", "gate", "door", "camp"])


def _warning(token: Any) -> Proposition | None:
    """A warning told as a noun, as the deed "warn": given ("officers gave the campers a final
    warning"), got ("residents received an alert"), or not ("without any warning", "received
    no warning", "no warning was given"). What it is about is who was warned, when it names
    them; its doer who gave it; its day that of the verb it hangs on."""
    told = _warning_told(token)
    if told is None:
        return None
    verb, polarity, warned, giver = told
    if planned(verb) or hypothetical(verb):
        return None
    core = frozenset(w for p in warned if p.pos_ in ("NOUN", "PROPN") for w in _who(p)) - GENERIC_PEOPLE  # "people": any
    about = frozenset(  # "a warning about heavy rain", "warned them of the danger": its topic
        g.lemma_.lower()
        for c in (*token.children, *verb.children)
        if c.dep_ == "prep" and c.lower_ in ("about", "of")
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    )
    when = frozenset(t.lower_ for t in own_words(verb) if t.lower_ in DAY_WORDS)
    agent = counted_kind(giver.lemma_.lower()) if giver is not None and giver.pos_ in ("NOUN", "PROPN") else ""
    side = _side(giver) if agent else ""
    things = core | {"warning"} | about
    where = frozenset(  # "opened fire on the crowd in Selm without warning"
        g.lower_
        for c in own_words(verb)
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for g in c.children
        if g.pos_ == "PROPN"
    )
    return Proposition(
        "warn", agent, side, things, frozenset(), polarity, _span(verb), when, core=core, definite=True, where=where
    )


def _warning_told(token: Any) -> tuple[Any, str, list[Any], Any | None] | None:
    """The verb a warning hangs on, whether it came, who got it and who gave it."""
    head = token.head
    if (
        token.lower_ in _WARNINGS
        and token.dep_ in ("pobj", "pcomp")
        and head.lower_ == "without"
        and head.head.pos_ in ("VERB", "AUX")
    ):
        done_to = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in _NOT_WARNED]
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return head.head, "not", done_to, subject  # "sent Dorr off without warning"; "cleared the square": whoever was there
    if token.pos_ == "VERB" and _SAME_DEED.get(token.lemma_.lower(), token.lemma_.lower()) == "warn":
        if any(c.dep_ == "ccomp" for c in token.children):
            return None  # "warned that prices would rise": speech
        giver = next((c for c in token.children if c.dep_ == "nsubj"), None)
        warned = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return token, "not" if _negated(token) else "+", warned, giver  # "had warned residents to leave"
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _WARNINGS or token.dep_ not in ("dobj", "nsubjpass"):
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() not in _GIVING | _GETTING:
        return None
    polarity = "not" if negative_noun(token) or _negated(head) else "+"
    if head.lemma_.lower() in _GETTING:  # "villagers received no warning"
        giver = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children), None)
        return head, polarity, [c for c in head.children if c.dep_ == "nsubj"], giver
    to = [c for c in head.children if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"]
    warned = [c for c in to if c.pos_ != "ADP"] + [g for c in to for g in c.children if g.dep_ == "pobj"]
    return head, polarity, warned, next((c for c in head.children if c.dep_ == "nsubj"), None)  # "gave the campers a warning"


def _who(people: Any) -> Iterator[str]:
    """The words of a group of people and of what they are of ("residents of the northern
    district": resident, district, northern)."""
    for t in _of_phrase(people):
        yield counted_kind(t.lemma_.lower())
        yield from (c.lemma_.lower() for c in t.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN"))


# Verbs a thing "remains", "stays" or "is" in the state of: "the report remains unpublished".
_STATE_VERBS = frozenset(["remain", "stay", "be", "lie", "sit"])
# "un-" words that tell a deed left undone to a thing (not a state, "unemployed", nor the undoing
# of a deed, "unblocked"), by the deed.
_LEFT_UNDONE = {
    "unpublished": "publish",
    "unreleased": "release",
    "unpaid": "pay",
    "unrepaired": "repair",
    "unsigned": "sign",
    "unratified": "ratify",
    "unapproved": "approve",
    "unanswered": "answer",
    "undelivered": "deliver",
    "uncollected": "collect",
    "unclaimed": "claim",
    "unresolved": "resolve",
    "unsolved": "solve",
    "unbuilt": "build",
    "unfinished": "finish",
    "uncompleted": "complete",
    "uninvestigated": "investigate",
    "unprosecuted": "prosecute",
    "unpunished": "punish",
    "unexplained": "explain",
    "unimplemented": "implement",
    "unfilled": "fill",
    "unopened": "open",
}


def _things_named(nouns: list[Any]) -> tuple[frozenset[str], frozenset[str]]:
    """The common nouns of a clause's phrases, in one word for a kind, and the names on them
    ("the Marren islands": island; marren)."""
    things = frozenset(counted_kind(w) for t in nouns for w in _noun_words(t)) - _TOO_GENERAL
    names = frozenset(c.lower_ for t in nouns for c in t.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN")
    return things, names


def _left_undone(token: Any) -> Proposition | None:
    """A thing said to be in the state of a deed not done to it: "the inquiry report remains
    unpublished", "the fine was unpaid", "the bridge stays unrepaired": the deed, not done."""
    word = token.lower_
    if not word.startswith("un") or token.dep_ not in ("acomp", "oprd", "attr") or token.head.lemma_.lower() not in _STATE_VERBS:
        return None
    verb = _LEFT_UNDONE.get(word)
    subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    nouns = list(_phrase(subject))
    things, names = _things_named(nouns)
    core = frozenset(counted_kind(w) for t in _of_phrase(subject) for w in _noun_words(t) + [t.lemma_.lower()])
    if not things:
        return None
    when = frozenset(t.lower_ for t in own_words(token.head) if t.lower_ in DAY_WORDS)
    deed = _SAME_DEED.get(verb, verb)
    return Proposition(deed, "", "", things, names, "not", _span(token.head), when, core=core, definite=definite(subject))


def _proposition(token: Any) -> Proposition | None:
    talks = _in_talks(token)
    if token.pos_ != "VERB" and talks is None:
        return None
    lemma = token.lemma_.lower()
    taken = _taken_prisoner(token) or _taken_place(token)
    part, sent, asked = taking_part(token), _sent_to(token), _asked_for(token)
    if lemma in EMPTY_VERBS and not (taken or lemma in USE_VERBS or talks is not None or _to_safety(token) or part):
        return None
    if lemma in DENY:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None) or _shared_subject(token)
    agent = stands_for(token, subject)
    relative = agent is not subject  # "the bridge, which opened": the bridge's words, not the clause it heads
    if agent is None:
        agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    giver = _giver(token, lemma)
    if giver is not None:  # "Orth never received the generators from Wellspring": Wellspring delivered them
        agent, relative = giver, False
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children)
    governor = token.head.lemma_.lower()
    if (
        agent is None
        and subjectless
        and token.dep_ in ("xcomp", "pcomp", "ccomp")
        and (governor in DENY | REFUSAL_VERBS | _NOT_DONE)
        or agent is None
        and _ruled_out(token)
    ):
        agent = next((c for c in token.head.children if c.dep_ == "nsubj"), None)  # "the army denied shelling": the army's
    if agent is None and asked in ("+", "not"):  # "the union rejected calls to negotiate": the union's
        agent = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    agent = _doer_of(token, agent) if giver is None else agent
    shared = _shared_objects(token)  # "the shipment was intercepted and seized": seized too
    moved = _places_moved(token, lemma)  # "arrived in Dorn", "departed from Varna": the place gone to or from
    nouns = [n for t in (*_about(token), *shared, *moved) for n in _phrase(t)]
    things, names = _things_named(nouns)
    # a named passive subject or object is what the clause is about ("police arrested Karel Obst"),
    # but not the object of speech ("accused Tesmar of shelling the dam" is a charge)
    by_name = ("nsubjpass",) if lemma in SPEECH_ACTS else ("nsubjpass", "dobj")
    named = [n for c in token.children if c.dep_ in by_name and (n := stands_for(token, c)).pos_ == "PROPN"]
    named += [m for m in moved if m.pos_ == "PROPN" and m not in named]  # "arrived in Dorn": about Dorn
    if not things and named:  # "Lind, who was born in 1963", "police arrested Karel Obst": about Lind, Obst
        things = names = names | frozenset(t.lower_ for t in named)
    core_of_doer = False
    if not things and agent is not None and not _acts_on_something(token):
        things, names = _doer_words(agent, alone=relative)  # "the chief executive resigned": what it is about is who did it
        core_of_doer = True
    if not things:
        return None
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt" or _adverb_particle(token, c)), "")
    verb = f"{lemma} {particle}".strip()
    verb = "join" if part else verb  # "took part in the strike" ~ "joined the strike"
    verb = "negotiate" if verb == "sit down" and _partners_of(token, people=True) else verb  # "sit down with the nurses"
    verb = "capture" if taken else _SAME_DEED.get(verb, _SAME_DEED.get(lemma, verb))
    if lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in token.children):
        verb, things = "fire", things - {"fire"}  # "opened fire on the crowd": fired on it
    if verb in _ENDED and _ended(token):
        verb = _ENDED[verb]
    verb = "deliver" if giver is not None else verb
    verb = "talk" if talks is not None else verb
    verb = "arrive" if moved and verb == "reach" else verb
    verb = "rescue" if _to_safety(token) or lemma == "dig" and any(c.lower_ == "out" for c in token.children) else verb
    polarity = "denied" if _denied(token) else "not" if _negated(token) else "accused" if _accused(token) else "+"
    if polarity == "denied" and _negated(token):
        polarity = "+"  # "rejected reports that aid had not arrived": that it arrived
    if asked is not None and polarity == "+":  # "rejected calls to negotiate", "accepted an invitation to join"
        polarity = asked
    left_open = _ruled_out_gerund(token) is False  # "has not ruled out taking part": a possibility
    left_open = left_open or token.dep_ == "xcomp" and token.head.lemma_.lower() == "threaten"  # "threatened to boycott"
    if (
        polarity in ("+", "not")
        and left_open
        or polarity == "+"
        and (hypothetical(token) and not reported_future(token) or _named_deed(token))
    ):
        polarity = "if"  # "troops could cross"; not "said they would join the strike", a deed to come
    agent_word = counted_kind(agent.lemma_.lower()) if agent is not None and agent.pos_ in ("NOUN", "PROPN") else ""
    side = _side(agent) if agent is not None and sent is None else ""  # an envoy is not all its side
    dated = sorted(own_words(token, skip=("acl",)), key=lambda t: t.i)  # "results announced on Monday": the announcement's day
    when = frozenset(
        t.lower_
        for t in dated
        if (t.lower_ in DAY_WORDS | _NIGHT or t.ent_type_ in ("DATE", "TIME") and t.is_alpha and t.lower_ != "the")
        and not (t.lower_ in _MONTHS_AS_WORDS and not t.text[:1].isupper())  # "it may rain"
    )
    nothing = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "attr") and negative_noun(c)]
    words = sorted(
        (t for c in nothing for t in (c, *(m for m in c.children if m.dep_ in ("compound", "amod")))), key=lambda t: t.i
    )
    absent, absent_text = frozenset(t.lemma_.lower() for t in words), " ".join(t.text for t in words)
    own = list(own_words(token))
    when = when | frozenset(t.text for t in own if year_like(t))
    if not when and polarity == "+" and _passive_joined(token):  # "arrived on Monday and was searched": then
        when = frozenset(t.lower_ for t in own_words(token.head) if t.lower_ in DAY_WORDS)
    objects = [
        o
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass", "attr") and (o := stands_for(token, c)).pos_ in ("NOUN", "PROPN")
    ]
    objects += [token.head] if _described_by(token) else []
    objects += [m] if (m := among_those(token)) is not None else []  # "observers were among those arrested"
    objects += shared
    objects += [talks] if talks is not None else []  # "were in merger talks": the talks are what it is about
    objects += [  # "any of its sailors had been taken prisoner": the sailors
        g
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("PRON", "DET", "NUM")
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    objects += [m for m in moved if m not in objects]  # "arrived in Dorn" as "reached Dorn": about Dorn
    if part or lemma == "participate":  # "took part in the strike": about the strike
        objects, things = _taken_part_in(token), things - {"part"}
    attended = _attended(token, lemma, polarity, part, sent)
    if attended is not None:  # "walked out of the talks": was at them; "boycotted the talks": was not
        verb, polarity, event = attended
        objects, core_of_doer = [event], False
        things = things | {counted_kind(event.lemma_.lower())}
        names = names | _partners(event) | _topics(event)  # "the talks with Dorn", "the trade talks": which talks
    if polarity in ("+", "not") and _if_clause(token):
        polarity = "if"  # "will join the strike if wages are not raised": no deed told either way
    core = frozenset(counted_kind(w) for c in objects for t in _of_phrase(c) for w in _noun_words(t) + [t.lemma_.lower()])
    told_of = [agent] if core_of_doer and agent is not None else objects  # what the clause is about
    if core_of_doer:
        core = things
    elif not core and agent is not None and agent.pos_ == "NOUN" and not _acts_on_something(token):
        subject = counted_kind(agent.lemma_.lower())  # "generators failed at the hospital": about the generators
        if subject not in _TOO_GENERAL:
            things, core = things | {subject}, frozenset([subject])
            told_of = [agent]
    doer = frozenset(
        t.lemma_.lower()
        for t in (() if agent is None else _name_of(agent) if relative else agent.subtree)
        if t.dep_ not in ("det", "punct", "poss", "case", "relcl")
    )
    if sent is not None:  # "Norvan sent an envoy": the envoy went, not "the Norvan president"
        doer |= frozenset(c.lemma_.lower() for c in token.children if c.dep_ == "dobj")
    figures = frozenset(t.text for t in own if t.like_num and not year_like(t) and not _day_of_month(t) and not _clock_time(t))
    where = frozenset(
        g.lemma_.lower()
        for c in (*token.children, *(k for o in [*objects, *told_of] for k in o.children))
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "across")
        for g in c.children
        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in AREA_NOUNS) and g.lower_ not in _NOT_PLACES
    ) | frozenset(t.lemma_.lower() for t in moved)
    other = any(t.lower_ in _OTHER_EVENT for t in own)
    return Proposition(
        verb,
        agent_word,
        side,
        things,
        names,
        polarity,
        _span(token),
        when,
        absent,
        absent_text,
        core,
        doer,
        figures,
        where,
        other,
        core_of_doer,
        frozenset(month_days(dated)),
        months_told(dated),
        planned(token) or reported_future(token),
        any(definite(t) for t in told_of),
        _done(token),
        *_person_name(agent, token),
        _site(token),
        _doer_as_written(agent) if agent is not None else "",
        agent is not None and _emphatic(token, agent),
        order_of([*told_of, *([agent] if agent is not None else []), *_within_phrases(token)]),
        token.text,
        frozenset() if core_of_doer else frozenset(counted_kind(o.lemma_.lower()) for o in objects),
        _main_clause(token),
        _dated_years(token),
        _if_clause(token) or _marked_if(token),
        _told_as_habit(token),
        _partners_of(token) | (_partners_of(talks) if talks is not None else frozenset()),  # "in talks with the nurses"
        told_past(token),
    )


def _partners_of(verb: Any, *, people: bool = False) -> frozenset[str]:
    """Who a deed is done with: "negotiate with the nurses", "cooperated with investigators and
    the police" (investigator, police). With `people`, only words that may be people or a body
    (a name, a plural, a role, a body): not "sat down with a cup of tea"."""
    found = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    found += [k for g in found for k in g.children if k.dep_ == "conj"]
    found = [g for g in found if g.pos_ in ("NOUN", "PROPN")]
    if people:
        found = [g for g in found if g.pos_ == "PROPN" or g.tag_ == "NNS" or g.lemma_.lower() in _PEOPLE_WORDS]
    return frozenset(g.lemma_.lower() for g in found)


def told_past(verb: Any) -> bool:
    """Told in the past: "met", "did not meet", "was held", "had met"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" and not auxes or bool(auxes & {"did", "was", "were", "had"})


def _main_clause(token: Any) -> bool:
    """The clause is what its sentence tells: the root, a clause joined to it, or what a
    speaker is said to say ("the bridge opened in 2022, the agency said"); not a clause of
    background ("having founded the firm in 1998, Marsh stepped down")."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ == "ROOT":
        return True
    return node.dep_ == "ccomp" and node.head.dep_ == "ROOT" and node.head.lemma_.lower() in SPEECH_ACTS


# Nouns of a time a year may date ("in the autumn of 2018", "in May 2022", "at the end of 2019").
_TIMES_OF_A_YEAR = frozenset(
    ["spring", "summer", "autumn", "fall", "winter", "end", "start", "beginning", "middle", "half", "quarter", "year"]
)


def _dated_years(verb: Any) -> frozenset[str]:
    """The years "in" or "during" date the verb's deed to: "opened in May 2022", "began in the
    autumn of 2018"; not a year that names something ("in the 2019 floods"), nor one of a range
    ("the 2018-19 season")."""
    out = set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for time in (g for g in prep.children if g.dep_ == "pobj"):
            for t in time.subtree:
                if not year_like(t) or _in_a_range(t):
                    continue
                if t is time or t.dep_ not in ("compound", "amod", "nummod") or _time_noun(t.head):
                    out.add(t.text)
    return frozenset(out)


def _time_noun(token: Any) -> bool:
    return token.lower_ in _TIMES_OF_A_YEAR or token.lower_ in MONTH_NAMES


def _in_a_range(token: Any) -> bool:
    """ "2018-19", "2018–2019", "2018/19": a year that opens or closes a range (the tokenizer
    splits off the dash; a year glued to more digits is no year token)."""
    doc = token.doc
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    before = doc[token.i - 1].text if token.i > 0 else ""
    return after in ("-", "–", "/") or before in ("-", "–", "/")


# Words that place a thing in a series, each in one word for its place: "the first train" and
# "the last train" are two trains, "the initial report" and "the first report" one. With them,
# words that tell one part of a thing from another of its kind by where it lies: "the east
# wing" and "the west wing", "the upper deck" and "the lower deck" are two.
_ORDER_WORDS = {
    "first": "first",
    "initial": "first",
    "opening": "first",
    "second": "second",
    "third": "third",
    "fourth": "fourth",
    "last": "last",
    "final": "last",
    "closing": "last",
    "east": "east",
    "eastern": "east",
    "west": "west",
    "western": "west",
    "north": "north",
    "northern": "north",
    "south": "south",
    "southern": "south",
    "upper": "upper",
    "lower": "lower",
    "front": "front",
    "rear": "rear",
    "inner": "inner",
    "outer": "outer",
}
# Prepositions whose object tells where or in which part a deed was done ("scored in the first
# half", "broke out on the lower deck"): its place in a series is the deed's too.
_WITHIN_PREPOSITIONS = frozenset(["in", "on", "at", "during", "inside", "into", "onto", "across", "through"])


# The axis each place of `_ORDER_WORDS` lies on: two places are apart only on one axis ("the
# first" and "the last"; "the north" and "the south"), not across two ("the north" and "the
# first week", "the eastern front" and "the front line in the east").
_AXES = {
    **dict.fromkeys(["first", "second", "third", "fourth", "last"], "series"),
    **dict.fromkeys(["east", "west", "north", "south"], "compass"),
    **dict.fromkeys(["upper", "lower"], "level"),
    **dict.fromkeys(["front", "rear"], "depth"),
    **dict.fromkeys(["inner", "outer"], "ring"),
}


def orders_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Places (`order_of`) on one axis that do not meet: two things, or two occasions."""
    shared = {_AXES[w] for w in x} & {_AXES[w] for w in y}
    return any(not {w for w in x if _AXES[w] == axis} & {w for w in y if _AXES[w] == axis} for axis in shared)


def _within_phrases(verb: Any) -> list[Any]:
    """The nouns the verb's prepositions of place or time take ("in the first half")."""
    return [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in _WITHIN_PREPOSITIONS for g in c.children if g.dep_ == "pobj"
    ]


def order_of(nouns: Sequence[Any]) -> frozenset[str]:
    """The places in a series the nouns are told in ("the final convoy", "the first of the
    trains"): a clause about the first and one about the last are about two things. Where a
    thing with a name lies ("the northern town of Hesk", "the southern Orla district") tells
    where it is, not which part of it."""
    out = set()
    for n in nouns:
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in n.children) or any(
            g.pos_ == "PROPN" for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        )
        for c in n.children:
            where_it_is = named and _AXES.get(_ORDER_WORDS.get(c.lower_, ""), "series") != "series"
            if c.dep_ in ("amod", "nummod", "compound") and c.lower_ in _ORDER_WORDS and not where_it_is:
                out.add(_ORDER_WORDS[c.lower_])
        if n.lower_ in _ORDER_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
            out.add(_ORDER_WORDS[n.lower_])  # "the first of the trains"
    return frozenset(out)


_REFLEXIVES = frozenset(["itself", "herself", "himself", "themselves"])


def _emphatic(verb: Any, agent: Any) -> bool:
    """The doer is told as the one who did it and no other: "ordered it herself", "the ministry
    itself had ordered", "the plant's own fire brigade", "personally awarded". Not a reflexive
    object ("defended itself")."""
    if any(c.dep_ in ("npadvmod", "appos") and c.lower_ in _REFLEXIVES for c in (*verb.children, *agent.children)):
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "personally" for c in verb.children) or any(
        c.dep_ == "amod" and c.lower_ == "own" for c in agent.children
    )


def speaker_named(verb: Any) -> Any | None:
    """The named subject of the verb of saying a clause is told under ("Lind said ...": Lind;
    "the union said it was ready to join the strike": the union)."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj", "aux", "acomp") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAY:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return speaker if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") else None


def a_body(noun: Any) -> bool:
    """A speaker "it" may stand for: a company, a union, a ministry, a country ("the union said
    it backed the deal"), not a person ("the minister said it was backed")."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ != "PERSON" and not any(c.lower_ in ROLE_WORDS for c in noun.children)
    return noun.ent_type_ != "PERSON" and not _a_role(noun) and noun.lemma_.lower() not in GENERIC_PEOPLE


def _a_role(noun: Any) -> bool:
    """A word for a person's role ("the minister"); "the opposition", a role word for names, is a body."""
    return noun.lower_ in ROLE_WORDS and noun.lower_ != "opposition"


def _doer_of(token: Any, agent: Any | None) -> Any | None:
    """Who a clause's doer is when the parse gives a pronoun or no subject: the subject of "ready
    to join" (of the verb "be" the adjective hangs on), and for "he", "she", "they" or "it" the
    speaker whose words the clause is ("the union said they would join": the union)."""
    found = agent
    if found is None and token.dep_ == "xcomp" and token.head.dep_ == "acomp":
        found = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if found is None or found.pos_ != "PRON":
        return found
    speaker = speaker_named(token) if found.lower_ in ("he", "she", "they", "it") else None
    return speaker if speaker is not None and _fits(found.lower_, speaker) else agent


# Head words of the names of bodies that speak ("the Hendra Front", "the Velmar Party").
_BODY_NAMES = frozenset(
    ["party", "front", "union", "alliance", "movement", "council", "group", "company", "league", "federation"]
    + ["association", "coalition", "bloc", "committee", "government", "ministry", "army", "corporation", "bank"]
)
_PEOPLE_WORDS = GENERIC_PEOPLE | ROLE_WORDS | _BODY_NAMES  # words that may name people or a body


# Speakers who speak for another, whom their pronouns name; words that tell a person's sex.
_SPEAKING_FOR = frozenset(["spokesman", "spokeswoman", "spokesperson", "aide", "lawyer", "attorney", "adviser", "advisor"])
_FEMALE = frozenset(["wife", "mother", "daughter", "woman", "sister", "widow", "ms", "ms.", "mrs", "mrs.", "spokeswoman"])
_MALE = frozenset(["husband", "father", "son", "man", "brother", "widower", "mr", "mr.", "spokesman"])


def _fits(pronoun: str, speaker: Any) -> bool:
    """The pronoun may stand for the speaker: "he" or "she" for a person, "it" for a body,
    "they" for many or a body ("the union said they would join"), never for one person."""
    if speaker.lemma_.lower() in _SPEAKING_FOR:
        return False  # "Brenn's spokesman said she would not attend": Brenn
    person = speaker.ent_type_ == "PERSON" or _a_role(speaker)
    if pronoun in ("he", "she"):
        other = _FEMALE if pronoun == "he" else _MALE
        return person and speaker.lemma_.lower() not in other and not any(c.lower_ in other for c in speaker.children)
    if pronoun == "it":
        return a_body(speaker)
    named_body = speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.lemma_.lower() in _BODY_NAMES  # "the Hendra Front"
    return speaker.tag_ in ("NNS", "NNPS") or not person and a_body(speaker) and (speaker.pos_ == "NOUN" or named_body)


def _shared_subject(verb: Any) -> Any | None:
    """The subject a verb joined by "and" shares with the verb before it ("soldiers stormed the
    prison and regained control": the soldiers regained it); not for a passive, whose subject
    is what it was done to."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass", "expl") for c in verb.children):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return stands_for(verb.head, subject) if subject is not None else None  # "troops, who stormed ... and retook it"


def _to_safety(verb: Any) -> bool:
    """A verb that takes people "to safety" ("led the children to safety", "a boat took the
    fishermen to safety"): a rescue, whatever the verb."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "safety" for g in c.children)
        for c in verb.children
    ) and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def noun_phrase(token: Any, *, preps: bool = False) -> Iterator[Any]:
    """A noun and its own modifiers (with `preps`, its prepositional phrases too: "production
    from Millbrook"), without the clauses hung on it."""
    yield token
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj", "neg") and (preps or child.dep_ != "prep"):
            yield from noun_phrase(child, preps=preps)


def written(tokens: Iterable[Any]) -> str:
    """Tokens as the text has them ("the fire's spread", not "the fire 's spread")."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _doer_as_written(noun: Any) -> str:
    """A doer with its own words, without the clauses on it ("the army" of "the army that fired")."""
    return written(sorted(noun_phrase(noun, preps=True), key=lambda t: t.i))


# Prepositions that put a deed at a site: "arrested at her home", "found inside a warehouse".
_AT_SITE = frozenset(["at", "in", "inside", "outside", "near"])


def _site(verb: Any) -> frozenset[str]:
    """The kinds of site (lexicons.SITE_KINDS) the verb's own phrases put its deed at, and those
    of a participle that tells how the thing was found ("was found dead in his flat")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl", "oprd") and c.tag_ in ("VBN", "VBG", "JJ"))]
    places = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _AT_SITE for g in c.children]
    return frozenset(kind for g in places if g.dep_ == "pobj" and g.pos_ == "NOUN" and (kind := _site_kind(g)))


def _site_kind(noun: Any) -> str:
    """The kind of site a noun names, or the noun compounded into it ("a hotel room": hotel);
    a police station is no train station."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    if noun.lemma_.lower() == "station" and "police" in words:
        return "police station"
    return SITE_KINDS.get(noun.lemma_.lower()) or next((SITE_KINDS[w] for w in words if w in SITE_KINDS), "")


# Words that make a name a person's ("Dr Hana Sorel", "Defence Minister Oleg Tamm", "finance
# official Karin Dahl", "Oleg Tamm, the defence minister").
PERSON_TITLES = frozenset(
    ["dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "prof", "professor", "president", "minister"]
    + ["premier", "chancellor", "mayor", "governor", "senator", "judge", "captain", "colonel", "general", "lieutenant"]
    + ["sergeant", "commander", "admiral", "inspector", "detective", "officer", "official", "spokesman", "spokeswoman"]
    + ["coach", "striker", "midfielder", "defender", "goalkeeper", "manager", "director", "secretary", "ambassador"]
    + ["chairman", "chairwoman", "chief", "deputy", "surgeon", "doctor", "nurse", "pilot", "driver", "engineer"]
    + ["archbishop", "bishop", "father", "rev", "reverend", "imam", "rabbi", "king", "queen", "prince", "princess"]
)
# Words that make a name an organisation's ("Kestrel Logistics", "the Red Dawn Front").
ORGANISATION_WORDS = frozenset(
    ["group", "front", "party", "union", "ministry", "council", "company", "inc", "ltd", "bank", "army", "force", "forces"]
    + ["brigade", "police", "corporation", "corp", "airlines", "airways", "logistics", "holdings", "institute", "university"]
    + ["hospital", "club", "fc", "united", "agency", "authority", "committee", "commission", "court", "service", "news"]
    + ["foundation", "trust", "fund", "association", "federation", "league", "movement", "alliance", "brotherhood"]
    + ["guard", "guards", "battalion", "regiment", "government", "state", "republic", "kingdom", "city", "county"]
    + ["parliament", "assembly", "congress", "senate", "legislature", "cabinet", "duma", "department", "embassy", "navy"]
)


_TOGETHER = frozenset(["with", "alongside"])  # a deed done with another: "planted the bomb with his brother"


def one_deed(verb: str) -> str:
    """The word for the deed a verb lemma tells ("arrest", "detain" -> "capture"), as a
    proposition's `verb` holds it."""
    return _SAME_DEED.get(verb, verb)


def _person_name(agent: Any, verb: Any) -> tuple[tuple[str, ...], bool]:
    """A doer's personal name (its proper nouns but the titles) and whether a title or a word for
    a person marks it as one; nothing for a name with a word of an organisation, or for two
    doers joined ("Ibsen and Lund")."""
    if agent is None or agent.pos_ != "PROPN" or agent.dep_ == "conj" or any(c.dep_ == "conj" for c in agent.children):
        return (), False
    if verb.dep_ in ("relcl", "acl", "advcl") or any(c.dep_ == "prep" and c.lower_ in _TOGETHER for c in verb.children):
        return (), False  # "Lund, who scored in last season's final"; "planted the bomb with his brother"
    chain = sorted([agent, *(c for c in agent.children if c.dep_ == "compound" and c.pos_ == "PROPN")], key=lambda t: t.i)
    if any(t.lower_ in ORGANISATION_WORDS for t in chain) or _a_state(chain):
        return (), False
    marks = [c for c in agent.children if c.dep_ in ("compound", "amod", "appos", "nmod")]
    marks += [g for c in marks if c.dep_ == "appos" for g in c.children if g.dep_ in ("compound", "amod")]
    titled = any(t.lower_.rstrip(".") in PERSON_TITLES for t in [*chain, *marks])
    name = tuple(t.lower_ for t in chain if t.lower_.rstrip(".") not in PERSON_TITLES)
    return (name, titled) if name else ((), False)


def _a_state(chain: list[Any]) -> bool:
    """A name that is a country or the capital standing for it ("Ukraine", "Kiev", "the
    Kremlin", "the United States"): a state, no person, whatever the tagger makes of it."""
    name = " ".join(t.lower_ for t in chain)
    return name in CAPITALS or name in COUNTRY_KEYS


_DEFINITE = frozenset(["the", "this", "that", "these", "those"])


def definite(noun: Any) -> bool:
    """ "the tanker", "its chief executive", "Ana Brel", "the Harlow fire": one known thing."""
    if noun.pos_ == "PROPN":
        return True
    return any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "compound" and c.pos_ == "PROPN"
        for c in noun.children
    )


_WILL = frozenset(["will", "shall", "'ll", "wo"])
_PLAN_HEADS = frozenset(["schedule", "expect", "plan", "due", "set", "intend", "go", "aim", "hope", "want", "likely"])


def planned(token: Any) -> bool:
    """A deed to come: "will be released", "is due to sail", "plans to resign"."""
    if any(c.dep_ == "aux" and c.lower_ in _WILL for c in token.children):
        return True
    if token.dep_ == "pcomp" and token.head.lower_ == "to":  # "set to begin", parsed through "to"
        return True
    return token.dep_ in ("xcomp", "ccomp", "acl") and token.head.lemma_.lower() in _PLAN_HEADS


_PERFECT = frozenset(["has", "have", "had", "'s", "'ve", "'d"])
_WAS = frozenset(["was", "were"])


def _done(token: Any) -> bool:
    """A verb told in the past: "handed over", "has hired", "were evacuated" (not "would cut",
    "will hire", "planned to deliver")."""
    if planned(token) or hypothetical(token) or reported_future(token):
        return False
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and not _done(token.head):
        return False  # "would close three plants and cut 2,400 jobs": the first verb's "would" holds for both
    auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if token.tag_ == "VBD":
        return not auxes - _WAS  # "did not deliver" has its "did" apart; "would" is not past
    return token.tag_ == "VBN" and bool(auxes & (_PERFECT | _WAS))


def month_days(own: list[Any]) -> Iterator[tuple[int, int]]:
    """(month, day) for each "March 4" or "4 March" among the words (in their order)."""
    for i, t in enumerate(own):
        month = MONTH_NAMES.get(t.lower_.rstrip("."))
        if month is None or t.lower_ == "may" and t.pos_ != "PROPN":
            continue
        for near in own[max(0, i - 1) : i + 2]:
            if near != t and near.like_num and near.text.isdigit() and 1 <= int(near.text) <= 31:
                yield month, int(near.text)


def _day_of_month(token: Any) -> bool:
    """The day of a date ("May 3", "3 May"), not a figure."""
    doc = token.doc
    near = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
    return token.text.isdigit() and any(t.lower_.rstrip(".") in MONTH_NAMES for t in near)


def _clock_time(token: Any) -> bool:
    """The hour of a clock time ("at 4 a.m.", "06:30", "six o'clock"), not a figure."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return ":" in token.text or after is not None and after.lower_ in CLOCK_WORDS


def other_days(x: Proposition, y: Proposition) -> tuple[str, str] | None:
    """The days two clauses are dated to, as told ("on Monday", "in May"), when they cannot be
    one day: other weekdays, dates of a month or months (not years: a deed done to one thing
    in 2019 may be done again in 2021; `_origin_year_rule` reads those done once in a life). A
    night on either side may run into the next day: not compared then."""
    if (x.when | y.when) & _NIGHT or _habitual(x.span) or _habitual(y.span):
        return None  # a night may run into the next day; "opens every Tuesday" is no one day
    wx, wy = x.when & WEEKDAY_NAMES, y.when & WEEKDAY_NAMES
    if wx and wy and not wx & wy:
        return f"on {min(wx).capitalize()}", f"on {min(wy).capitalize()}"
    if x.days and y.days and not x.days & y.days:
        return f"on {_date_text(min(x.days))}", f"on {_date_text(min(y.days))}"
    mx, my = x.months, y.months
    yx, yy = (frozenset(w for w in p.when if w.isdigit() and len(w) == 4) for p in (x, y))
    if len(mx) == 1 and len(my) == 1 and mx != my and not (yx and yy and yx != yy):  # "in early May" vs "in late June"
        return f"in {_MONTHS[min(mx)]}", f"in {_MONTHS[min(my)]}"
    return None


_DAYS_RX = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_HABITUAL = re.compile(rf"\b(?:every|each)\s+(?:{_DAYS_RX})\b|\b(?:on\s+)?(?:{_DAYS_RX})s\b", re.IGNORECASE)


# Words that tell a deed is done again and again ("usually sail at dawn", "meets monthly").
_OFTEN = frozenset(
    ["usually", "normally", "regularly", "often", "typically", "generally", "routinely", "always", "frequently"]
    + ["daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "sometimes"]
)


_TIME_NOUNS = frozenset(["day", "week", "month", "year", "morning", "evening", "night", "hour", "minute", "time", "weekend"])
_TIME_NOUNS |= frozenset(["spring", "summer", "autumn", "fall", "winter", "season"])
_TIME_NOUNS |= frozenset(w.lower() for w in WEEKDAY_NAMES)


def _told_as_habit(verb: Any) -> bool:
    """A deed told in the present simple as one done again and again: "the council meets on
    Mondays", "ferries usually sail at dawn", "trains run every ten minutes", "the board meets
    monthly"; not "the summit opens on Tuesday" (one day to come)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    do_support = auxes in (["does"], ["do"])  # "does not meet on Mondays"
    if not (verb.tag_ in ("VBZ", "VBP") and not auxes or verb.tag_ == "VB" and do_support):
        return False
    own = list(own_words(verb))
    if any(t.lower_ in _OFTEN for t in own):
        return True
    if any(t.lower_ in ("every", "each") and t.head.lemma_.lower() in _TIME_NOUNS for t in own):
        return True  # "every Tuesday", "every ten minutes", "each year"; not "every member"
    return _HABITUAL.search(" ".join(t.text for t in own)) is not None  # "on Mondays"


def deeds_apart(xs: Sequence[Proposition], ys: Sequence[Proposition]) -> tuple[str, str] | None:
    """One deed told as done in one and as not done in the other, whoever is said to do it
    ("Tam said they would boycott the vote" vs "Tam took part in the vote"): never one claim
    restated, though a doer named two ways may make it no clash. The two verbs as written."""
    for x, y in ((x, y) for x in xs for y in ys):
        for no, yes in ((x, y), (y, x)):
            if no.polarity in ("not", "denied") and yes.polarity == "+" and clashes(_anyone(no), _anyone(yes)) is not None:
                return x.written, y.written
    return None


def _anyone(p: Proposition) -> Proposition:
    """The proposition told of no doer in particular."""
    return replace(p, agent="", doer=frozenset(), agent_side="", of_doer=False, habitual=False)


def habits_apart(xs: Sequence[Proposition], ys: Sequence[Proposition]) -> tuple[str, str] | None:
    """One deed told as a habit in one ("the council meets on Mondays") and as done once in the
    other ("the council met on Thursday"): not one claim, though both may hold. The two
    clauses, or None."""
    for x, y in ((x, y) for x in xs for y in ys):
        for habit, once in ((x, y), (y, x)):
            if not habit.habitual or once.habitual or not once.done or habit.polarity != "+" or once.polarity != "+":
                continue
            own = xs if habit is x else ys
            if not habit.main or any(p.verb == habit.verb and not p.habitual for p in own):
                continue  # "the council, which usually meets on Mondays, met on Thursday": the once is told too
            bare = replace(habit, polarity="not", when=frozenset(), figures=frozenset(), habitual=False)
            if clashes(bare, replace(once, figures=frozenset())):
                return (habit.span, once.span) if habit is x else (once.span, habit.span)
    return None


def _habitual(text: str) -> bool:
    """A deed told as done on a weekday each week ("opens every Tuesday", "meets on Mondays")."""
    return _HABITUAL.search(text) is not None


def months_told(own: list[Any]) -> frozenset[int]:
    """The months a clause is dated to: "in March", "during May", "on March 4", "in early June";
    not "by March", "before May", "since April", nor a name ("sold to June Harlow")."""
    out = set()
    for t in own:
        month = MONTH_NAMES.get(t.lower_.rstrip("."))
        if month is None or not t.text[:1].isupper():
            continue
        prep = t.head if t.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("in", "during", "on") or any(c.like_num for c in t.children):
            out.add(month)
    return frozenset(out)


_NIGHT = frozenset(["night", "overnight", "midnight", "tonight"])
_MONTHS_AS_WORDS = frozenset(["march", "may"])  # a month only with a capital ("the march on the capital")
_MONTHS = {number: name.capitalize() for name, number in MONTH_NAMES.items() if len(name) > 4 or name in ("may", "june", "july")}


def _date_text(day: tuple[int, int]) -> str:
    return f"{_MONTHS.get(day[0], day[0])} {day[1]}"


_PARTICLES = frozenset(["down", "up", "out", "off", "back", "over"])


def _adverb_particle(verb: Any, child: Any) -> bool:
    """A particle the parser read as an adverb, right after its verb ("stepped down last week")."""
    return child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in _PARTICLES


# Words that make a clause another occurrence of its deed ("a separate demonstration", "was
# arrested again on Sunday").
_OTHER_EVENT = frozenset(["separate", "another", "earlier", "previous", "other", "different", "again"])


def _of_phrase(token: Any) -> Iterator[Any]:
    """A noun and the nouns of its "of" phrases: what it is ("the status of the islands"), not
    where it is ("a checkpoint near the hospital")."""
    yield token
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in prep.children:
            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                yield from _of_phrase(g)


def _acts_on_something(verb: Any) -> bool:
    """The verb has an object, a passive subject, a complement or a clause under it: not a
    deed told of its doer alone ("resigned", "stepped down", "arrived")."""
    return any(c.dep_ in ("dobj", "nsubjpass", "attr", "acomp", "oprd", "xcomp", "ccomp", "dative") for c in verb.children)


# Verbs of going to or from a place, by the word a proposition holds, with the words before a
# place that the verb's object would otherwise name: the place is what the deed is about, and
# where it happened ("the convoy reached Dorn" ~ "the convoy arrived in Dorn"; "the delegation
# left Varna" ~ "departed from Varna"); the one who went is its doer.
_MOTION = {"reach": (), "arrive": ("in", "at"), "leave": ("from",)}
_PLACE_NOUNS = (
    AREA_NOUNS
    | frozenset(SITE_KINDS)
    | frozenset(["city", "town", "village", "port", "harbour", "harbor", "border", "coast", "camp", "base", "island"])
)


def _places_moved(token: Any, lemma: str) -> list[Any]:
    """The places a verb of going names as its object or after its place words ("reached Dorn",
    "left the capital", "arrived in Dorn", "departed from Varna"); none for "reached an
    agreement", "left the party"."""
    preps = _MOTION.get(_SAME_DEED.get(lemma, lemma))
    if preps is None:
        return []
    heads = [c for c in token.children if c.dep_ == "dobj"]
    heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    return [h for h in heads if (h.pos_ == "PROPN" or h.lemma_.lower() in _PLACE_NOUNS) and h.lower_ not in _NOT_PLACES]


def _doer_words(agent: Any, *, alone: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """A doer's common nouns and its names, for a deed told of its doer alone: ("executive",
    "chief"), ("kell", "martin"); `alone`: only the noun and the words on it."""
    if agent.pos_ not in ("NOUN", "PROPN"):
        return frozenset(), frozenset()
    words = _name_of(agent) if alone else agent.subtree
    words = [t for t in words if t.dep_ not in ("det", "punct", "poss", "case", "relcl", "appos") or t.i == agent.i]
    near = [t for t in words if agent.i in (t.i, t.head.i, t.head.head.i)]
    nouns = frozenset(counted_kind(t.lemma_.lower()) for t in near if t.pos_ == "NOUN") - _TOO_GENERAL
    names = frozenset(t.lower_ for t in near if t.pos_ == "PROPN" or t.text[:1].isupper() and not t.is_sent_start)
    return nouns | names, names


def _name_of(noun: Any) -> list[Any]:
    """A noun with the words compounded into it and describing it ("the Kessel road bridge")."""
    return [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))]


# Places a side takes and holds, beside `_PLACE_NOUNS`: "the army took the dam" seized it.
_HELD_PLACES = _PLACE_NOUNS | frozenset(
    ["dam", "plant", "bridge", "airfield", "hill", "ridge", "territory", "stronghold", "outpost", "compound", "refinery"]
)


def _taken_place(token: Any) -> bool:
    """ "The army took the dam", "rebels took over the airport": captured; not "took the bus",
    "took part", "took place", "took the bridge into town", "took it back" (retaken), nor a
    place named only by name ("took Lena home")."""
    if token.lemma_.lower() != "take" or any(c.dep_ == "prt" and c.lower_ != "over" for c in token.children):
        return False
    if any(c.lower_ == "back" or c.dep_ == "prep" and c.lower_ in ("into", "to", "across", "through") for c in token.children):
        return False  # "took the bridge back" retook it; "took the bridge into town" crossed it
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _HELD_PLACES for c in token.children)


def _taken_prisoner(token: Any) -> bool:
    """ "Taken prisoner", "taken hostage", "taken into custody": captured."""
    if token.lemma_.lower() != "take":
        return False
    into = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in ("prisoner", "captive", "hostage") for c in token.children) or any(
        g.lemma_.lower() == "custody" for g in into
    )


def stands_for(verb: Any, word: Any) -> Any:
    """The noun a relative pronoun stands for: "which" in "the bridge, which opened in 1974" and
    "that" in "the plant that they built" are the bridge and the plant; any other word itself."""
    if word is not None and verb.dep_ == "relcl" and word.lower_ in _RELATIVE and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
        if head.dep_ == "appos" and head.head.dep_ == "attr" and any(c.dep_ == "neg" for c in head.head.children):
            return head.head  # "it was Mayor Rieck, not the provincial government, who ordered it": Rieck
        return head
    return word


_RELATIVE = frozenset(["which", "that", "who", "whom"])


def _described_by(verb: Any) -> bool:
    """A past participle that describes the noun it hangs on, which is what it was done to:
    "the charity, established in 1992"; "a bridge built in 1974"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    own_clause = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")  # "claims that it had collapsed": a clause
    return not any(c.dep_ in own_clause for c in verb.children)


def among_those(verb: Any) -> Any | None:
    """The people a participle after "among those" was done to: "two observers were among
    those arrested" (the subject of "were among"), or None."""
    those = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or those.lower_ != "those" or those.dep_ != "pobj":
        return None
    among = those.head
    if among.lower_ != "among" or among.head.lemma_ != "be":
        return None
    return next((c for c in among.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _about(verb: Any) -> Iterator[Any]:
    """The nouns a clause is about: its passive subject, objects and prepositional objects."""
    if _described_by(verb):
        yield verb.head
    if (member := among_those(verb)) is not None:
        yield member
    for child in verb.children:
        noun = stands_for(verb, child) if child.dep_ in ("nsubjpass", "dobj") else child
        if child.dep_ in ("nsubjpass", "dobj", "attr", "dative") and noun.pos_ in ("NOUN", "PROPN"):
            yield noun
        elif child.dep_ in ("nsubjpass", "dobj") and child.pos_ in ("PRON", "DET", "NUM"):  # "any of its sailors"
            yield from (
                g for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            )
        elif child.dep_ in ("prep", "agent"):
            yield from (g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))


def _phrase(token: Any) -> Iterator[Any]:
    """A noun and the nouns of its prepositional phrases ("the status of the islands")."""
    yield token
    for child in token.children:
        if child.dep_ == "prep":
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    yield from _phrase(g)


def _noun_words(token: Any) -> list[str]:
    """A common noun and the common nouns compounded into it; names are kept apart."""
    words = [token.lemma_.lower()] if token.pos_ == "NOUN" else []
    words += [c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return [w for w in words if w not in ("prisoner", "captive", "hostage")]


# Nouns of asking someone to do a deed ("calls to negotiate", "an invitation to join the talks"),
# and the verbs that turn the asking down or take it up.
_ASKED_NOUNS = frozenset(
    ["call", "demand", "request", "appeal", "plea", "invitation", "ultimatum"]
)  # not an offer: the offerer's deed
_TURNING_DOWN = frozenset(["reject", "dismiss", "refuse", "decline", "spurn", "rebuff", "ignore", "resist", "defy"])
_TAKING_UP = frozenset(["accept", "heed", "answer"])


def _asked_for(token: Any) -> str | None:
    """A deed someone is asked to do: not done when the asking is turned down ("rejected calls
    to negotiate", "turned down an invitation to join the talks": "not"), to come when taken up
    ("accepted an invitation to join": "+"), else not told either way ("renewed calls to
    negotiate": "if"). None for a deed not asked for."""
    asking = token.head
    if token.dep_ == "advcl" and asking.pos_ == "NOUN":
        pass  # "ignored calls for him to step down"
    elif token.dep_ == "advcl" and token.i > 0 and token.doc[token.i - 1].lower_ == "to":
        # the parse may hang "to negotiate" on the verb: "renewed calls to negotiate", "ignored
        # calls for Pell to step down"
        asked = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i and c.lemma_.lower() in _ASKED_NOUNS]
        asking = asked[-1] if asked else asking
    elif token.dep_ not in ("acl", "relcl", "xcomp"):
        return None
    if asking.lemma_.lower() not in _ASKED_NOUNS or asking.pos_ != "NOUN":
        return None
    verb = asking.head if asking.dep_ in ("dobj", "nsubjpass") else None
    if verb is None:
        return "if"
    lemma = verb.lemma_.lower()
    down = lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    if lemma in _TURNING_DOWN or down:
        return "if" if _negated(verb) else "not"  # "did not reject calls to resign": no deed told either
    return "+" if lemma in _TAKING_UP and not _negated(verb) else "if"


def _ruled_out_gerund(token: Any) -> bool | None:
    """For a gerund "ruled out" governs ("have ruled out taking part in the talks"), True; False
    when it is left open ("have not ruled out taking part", "refused to rule out joining"); None
    for any other verb. (When the parse makes it the complement, "ruled out joining" is read as
    a denial: `_denied`.)"""
    head = token.head
    if token.tag_ != "VBG" or token.dep_ not in ("xcomp", "advcl", "dobj") or token.i < head.i:
        return None
    if any(c.dep_ == "mark" for c in token.children):
        return None  # "ruled out the motion after hearing the witnesses"
    if head.lemma_.lower() != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return None
    return not _ruling_out_left_open(head)


def _ruled_out(token: Any) -> bool:
    return token.dep_ != "xcomp" and _ruled_out_gerund(token) is True


def _negated(token: Any) -> bool:
    """Negated by "not"/"never", a negative subject or object ("no troops crossed"), or a
    negative adverbial ("at no point", "at no time")."""
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in REFUSAL_VERBS | _NOT_DONE:
        return not _negated(head)  # "refused to resign", "failed to publish its audit"; not "has never failed to publish"
    if _ruled_out(token):
        return True  # "ruled out taking part in the talks"
    if token.dep_ == "xcomp" and head.lemma_.lower() == "wait" and any(c.lower_ == "still" for c in head.children):
        return True  # "are still waiting to be paid" (not "waited to interview him until Monday")
    if (
        token.dep_ == "xcomp"
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
    ):
        return True  # "has yet to release the audit", "is yet to be signed" (not "the strongest yet to hit")
    if _not_until(token):
        return False  # "the ferry did not leave until 11 a.m.": it left, at 11 a.m.
    for c in token.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and negative_noun(c):
            return True
        if c.dep_ == "prep" and c.lower_ not in _NOT_NEGATING and any(g.dep_ == "pobj" and negative_noun(g) for g in c.children):
            return True
    return False


# Prepositions whose "no" phrase tells how a deed was done, not that it was not: "brought out
# with no military involvement", "arrested for no reason" (but "at no point did troops enter").
_NOT_NEGATING = frozenset(["with", "for"])


# Verbs of getting a thing, whose "from" phrase names who handed it over.
_GETTING = frozenset(["receive", "get", "obtain"])


def _giver(token: Any, lemma: str) -> Any | None:
    """Who delivered what the verb's subject got, when it says so: "the town never received the
    generators from Wellspring" tells Wellspring's delivery, with the town on the receiving end
    (one deed seen from its other end, so "Wellspring delivered 50 generators to the town"
    meets it)."""
    if lemma not in _GETTING or not any(c.dep_ == "dobj" for c in token.children):
        return None
    source = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((g for g in source.children if g.dep_ == "pobj"), None) if source is not None else None


def _not_until(token: Any) -> bool:
    """ "Not … until" a time: the deed done then, not undone ("did not leave until 11 a.m.",
    "would not reopen until June", "did not finish until its crews arrived")."""
    return any(c.dep_ == "neg" for c in token.children) and any(
        c.dep_ in ("prep", "mark", "advcl")
        and c.lower_ in ("until", "till")
        or c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in ("until", "till") for g in c.children)
        for c in token.children
    )


def _denied(token: Any) -> bool:
    """The clause is what a denial denies: "denied that troops crossed", "rejected claims
    that workers had gone unpaid", "dismissed reports that the islands had been discussed",
    "ruled out the possibility that the bridge was sabotaged"."""
    head = token.head
    if token.dep_ in ("ccomp", "xcomp") and _ruling_out(head):
        return True
    if token.dep_ in ("acl", "ccomp", "relcl") and head.lemma_.lower() in CLAIM_NOUNS:
        return head.dep_ == "dobj" and _ruling_out(head.head)
    if token.dep_ in ("acl", "ccomp") and head.lemma_.lower() == "possibility" and head.dep_ == "dobj":
        verb = head.head  # "excluded any possibility that", "ruled out the possibility that"
        return _ruling_out(verb) or verb.lemma_.lower() == "exclude" and _ruling_out_left_open(verb) is False
    return False


def _ruling_out_left_open(verb: Any) -> bool:
    """ "have not ruled out", "could not rule out", "refused to rule out", "have yet to rule out"."""
    if _negated(verb):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.lower() in _NOT_DONE | REFUSAL_VERBS or any(c.lower_ == "yet" for c in head.children)
    )


def _ruling_out(verb: Any) -> bool:
    """A verb of denial, or "ruled out" / "excluded" ("ruled out that the bridge was blown up",
    "excluded any possibility that the dam was breached"); not "the court ruled that"."""
    lemma = verb.lemma_.lower()
    if _ruling_out_left_open(verb):
        return False  # "have not ruled out that ...", "refused to rule out": left open
    return lemma in DENY or lemma == "rule" and any(c.lower_ == "out" for c in verb.children)


_CONDITIONS = frozenset(["if", "unless", "whether", "lest"])
_MAYBE = frozenset(["could", "might", "may", "would", "should"])


def stranded_subject(verb: Any, deps: frozenset[str], heads: frozenset[str]) -> Any | None:
    """The subject of a clause that has none, which the small parser hung on the word before:
    the noun whose phrase ends just before the clause, attached by one of `deps` to a word in
    `heads` ("cut off after a levee on the river gave way": "levee", object of "after"; "logs
    that prove its soldiers were not responsible": "soldiers", object of "prove")."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    token = verb.doc[verb.i - 1]
    while token.right_edge.i == verb.i - 1 and token.head.i != token.i:
        if token.dep_ in deps and token.pos_ in ("NOUN", "PROPN") and token.head.lemma_.lower() in heads:
            return token
        token = token.head
    return None


def hypothetical(token: Any) -> bool:
    """A condition or a possibility, not something said to have happened: "if the protests
    cross red lines", "troops could cross the border"."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS or c.dep_ == "aux" and c.lower_ in _MAYBE for c in token.children)


_IF = frozenset(["if", "unless"])  # not "whether or not wages are frozen": no condition


def _if_clause(token: Any) -> bool:
    """A verb told on a condition of an "if" or "unless" clause of its own (not "even if", "as
    if": no condition)."""
    return any(c.dep_ == "advcl" and _marked_if(c) for c in token.children)


_ASKING_WHETHER = frozenset(["ask", "wonder", "question", "check", "know", "see", "decide", "doubt"])


def _marked_if(clause: Any) -> bool:
    """A clause opened by "if" or "unless" as a condition: not "even if", "as if", nor "asked
    if" (whether)."""
    if clause.dep_ != "advcl" or clause.head.lemma_.lower() in _ASKING_WHETHER:
        return False  # "asked if the union would join": whether it would
    for mark in (m for m in clause.children if m.dep_ == "mark" and m.lower_ in _IF):
        before = mark.doc[mark.i - 1].lower_ if mark.i > 0 else ""
        if before not in ("even", "as"):
            return True
    return False


def on_condition(token: Any) -> bool:
    """A verb told on a condition of a clause of its own: "if the weather clears, the ceremony
    will be held on Sunday", "would back the bill if it were amended", "unless ...". (A verb
    inside the "if" clause is `hypothetical`.)"""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children) for c in token.children
    )


def _named_deed(token: Any) -> bool:
    """A deed named inside a noun phrase, not told as done: "missed the cutoff for releasing the
    review", "plans for building a dam" (a verb's own "for", as in "arrested for shooting a
    guard", is not one)."""
    return token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN"


def reported_future(token: Any) -> bool:
    """ "said the port would reopen": "would" under a verb of saying is the future of then, not a
    condition ("would reopen if the storm passed" is one)."""
    auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
    marked = any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children)
    return token.dep_ == "ccomp" and auxes & _MAYBE == {"would"} and not marked


def _shared_objects(token: Any) -> list[Any]:
    """What a verb joined to another acts on when it names nothing itself: "was boarded and
    seized", "intercepted and seized the shipment" (the parse gives the thing to one verb)."""
    if token.dep_ != "conj" or any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in token.children):
        return []
    shared = [c for c in token.head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    if not shared and _passive_joined(token):
        # "the licence expired and was never renewed": the licence, the subject of a verb acting on nothing
        shared = [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return shared


def _passive_joined(token: Any) -> bool:
    """A passive verb with no subject of its own joined to a verb that acts on nothing ("expired
    and was never renewed", "arrived on Monday and was searched")."""
    if token.dep_ != "conj" or any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in token.children):
        return False
    return any(c.dep_ == "auxpass" for c in token.children) and not _acts_on_something(token.head)


def _accused(token: Any) -> bool:
    """The clause is what someone is accused of ("accused Ruritania of shelling the dam"): the
    accuser's claim, neither asserted nor denied by the report."""
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in ACCUSE:
        return True
    # "reports that troops shelled it" (a noun); "state television reported" (a verb) asserts it
    return token.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS and head.dep_ != "dobj"


def _side(token: Any) -> str:
    """The name before a doer ("Arvandi forces": arvandi), or the doer's own name."""
    if token.pos_ == "PROPN":
        return token.lower_
    names = [c for c in token.lefts if c.dep_ in ("compound", "amod", "poss") and c.text[:1].isupper()]
    return names[0].lower_ if names else ""


def _span(token: Any) -> str:
    """The clause's words, without the clauses under it."""
    words = sorted(own_words(token), key=lambda t: t.i)
    return " ".join(t.text for t in words[:16])


def own_words(token: Any, skip: tuple[str, ...] = ()) -> Iterator[Any]:
    """A verb's words without the clauses under it (and without the subtrees `skip` names)."""
    yield token
    for child in token.children:
        if child.dep_ not in ("relcl", "advcl", "ccomp", "parataxis", "conj") and child.dep_ not in skip:
            yield from own_words(child, skip)


def clashes(x: Proposition, y: Proposition) -> str | None:
    """Why x (negated or denied) and y (asserted) cannot both hold, or None: the same verb,
    a noun in common, and no two different doers."""
    if x.polarity not in ("not", "denied") or y.polarity != "+" or not _same_verb(x.verb, y.verb) or x.verb == "warn":
        return None  # warnings: `warning_clash`
    if x.habitual != y.habitual and (y if x.habitual else x).past:
        return None  # "the council meets on Mondays" vs "did not meet on Monday": a habit and one time
    if x.partners and y.partners and not x.partners & y.partners:
        return None  # "negotiate with the nurses" vs "negotiate with the doctors"
    shared = x.things & y.things & x.core & y.core  # what both act on, not a place beside it
    if not shared or x.names and y.names and not x.names & y.names:
        return None  # "the Marren islands" are not "the Tolva islands"
    if parts_apart(x, y):
        return None  # "did not attend the closing dinner of the summit" vs "attended its morning session"
    named_alike = x.agent in as_kinds(y.doer) or y.agent in as_kinds(
        x.doer
    )  # "the aid agency Harrow" is "Harrow"; "relief supplies" aid
    if _undergone(x, y) or _undergone(y, x):
        pass  # "no siren sounded" vs "the operator sounded the sirens": the siren is what was sounded
    elif x.agent and y.agent and x.agent != y.agent and not (x.agent_side and x.agent_side == y.agent_side or named_alike):
        return None
    if x.of_doer and y.of_doer and x.names & y.names:
        pass  # "Martin Kell, the bank's chief executive" is "bank boss Martin Kell"
    elif _undergone(x, y) or _undergone(y, x):
        pass
    elif x.doer and y.doer and not _one_doer(x.doer, y.doer) and not (x.agent_side and x.agent_side == y.agent_side):
        return None  # "the president" is not "the vice president" ("aid" is "relief")
    if not _same_occasion(x, y):
        return None
    said = "denied" if x.polarity == "denied" else "not"
    return f"{said} {x.verb} ({', '.join(sorted(shared))}) vs {y.verb}"


def conditions_apart(xs: Sequence[Proposition], ys: Sequence[Proposition]) -> tuple[str, str] | None:
    """One deed told on a condition in one ("will boycott the vote unless the law is changed",
    "if troops cross the border") and as done, to come or not done in the other: not one claim,
    though both may hold. The two clauses, or None. (A deed told as a possibility, "troops could
    cross", is not set apart: reports hedge one claim in many ways.)"""
    for x, y in ((x, y) for x in xs for y in ys):
        for told, plain in ((x, y), (y, x)):
            if (
                told.polarity == "if"
                and told.conditional
                and plain.polarity in ("+", "not")
                and clashes(replace(told, polarity="not"), replace(plain, polarity="+")) is not None
            ):
                return (told.span, plain.span) if told is x else (plain.span, told.span)
    return None


def parts_apart(x: Proposition, y: Proposition) -> bool:
    """Two parts of one thing acted on: each deed's object has its own head, and the two share
    only what they are parts of ("the closing dinner of the summit" vs "the morning session of
    the summit"). Not a thing named two ways ("the order" vs "the decree"), nor a part and its
    whole: whether a deed done to the whole is done to the part depends on the deed ("left the
    ship" is leaving its bridge too; "attended the summit" is not attending its dinner)."""
    if not x.heads or not y.heads or x.heads & (y.heads | y.core) or y.heads & x.core:
        return False
    if not (x.heads <= PART_NOUNS and y.heads <= PART_NOUNS):
        return False  # "refused to sign the text of the treaty" vs "signed its final version": one thing
    return bool((x.core & y.core) - x.heads - y.heads)


# Nouns for a part of a thing or of an event ("the closing dinner of the summit", "the west
# wing of the hospital", "the second page of the contract"): two of them of one thing are two.
# Only nouns no two of which name one part ("the entrance" may be "the gate", "the final day"
# "the closing session", "the ground floor" "the lobby"), nor one a part of another.
PART_NOUNS = frozenset(
    ["session", "dinner", "lunch", "half", "wing", "roof", "platform", "tower", "hull"]
    + ["page", "chapter", "paragraph", "annex"]
)


# Verbs told of a thing alone or of one who does it to the thing, in one sense ("the siren
# sounded" / "staff sounded the siren"); not "the driver did not stop" / "police stopped the
# driver", "did not leave" / "his wife left him".
_UNDERGONE = frozenset(
    ["sound", "ring", "open", "close", "reopen", "sink", "capsize", "explode", "detonate", "collapse", "burst", "derail"]
)


def _undergone(x: Proposition, y: Proposition) -> bool:
    """x tells a deed of its subject alone and y does it to that subject: "the siren sounded"
    and "the operator sounded the siren", "the gates opened" and "guards opened the gates"."""
    return x.of_doer and not y.of_doer and x.agent != "" and x.agent in y.core and x.verb in _UNDERGONE


# Verbs of putting a weapon or a means to use: "fired tear gas" used it, "launched drones" too.
_PUT_TO_USE = USE_VERBS | frozenset(["fire", "launch", "throw", "drop"])


_TALKS = frozenset(["talk", "negotiation", "discussion"])


def _in_talks(token: Any) -> Any | None:
    """The talks of "was in advanced talks to combine with X", "the two companies were in
    merger talks": a clause about them though its verb is "be"."""
    if token.lemma_.lower() != "be":
        return None
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in _TALKS
        ),
        None,
    )


# Words that make a doer another person or thing than the bare noun: the vice president is not the
# president, a former minister not the minister.
_OTHER_ONE = frozenset(["vice", "deputy", "former", "acting", "assistant", "junior", "ex", "another", "second", "other"])
_OTHER_ONE |= {"interim", "outgoing", "caretaker"}


def _one_doer(x: frozenset[str], y: frozenset[str]) -> bool:
    """The same doer, or one told with a word more that does not make it another ("the backup
    generators" ~ "the generators"; not "the vice president" ~ "the president")."""
    kx, ky = as_kinds(x), as_kinds(y)
    return kx == ky or (kx < ky or ky < kx) and not (kx ^ ky) & _OTHER_ONE


def as_kinds(words: frozenset[str]) -> frozenset[str]:
    """Words with each counted kind under one name ("relief": aid)."""
    return frozenset(counted_kind(w) for w in words)


def _same_verb(x: str, y: str) -> bool:
    """One deed: the same verb, or two verbs of using a means ("denied that tear gas had been
    used" vs "officers fired tear gas"), whose objects `clashes` still compares."""
    return x == y or x in _PUT_TO_USE and y in _PUT_TO_USE


# Words of a time that name only its unit: "last year" and "this year" are two times.
_TIME_UNITS = frozenset(["year", "years", "week", "weeks", "month", "months", "day", "days", "weekend", "time"])


def _same_occasion(x: Proposition, y: Proposition) -> bool:
    """Nothing shows two occasions: no two different days or years, amounts or places, and
    neither says it is another event ("a separate demonstration")."""
    when_x, when_y = x.when - _TIME_UNITS, y.when - _TIME_UNITS  # "last year" and "this year" share only "year"
    for a, b in ((when_x, when_y), (x.figures, y.figures), (x.where, y.where)):
        if a and b and not a & b:
            return False
    if orders_apart(x.order, y.order):
        return False
    return not (x.other_event or y.other_event)


_LAW_ENFORCERS = frozenset(["police", "officer", "policeman", "policewoman", "constable", "trooper"])


def warning_clash(x: Proposition, y: Proposition) -> str | None:
    """ "stormed the camp without any warning" vs "gave the campers a final warning": x says no
    warning came, y that one did, on no two occasions, to no two sets of people named apart."""
    if x.verb != "warn" or y.verb != "warn" or x.polarity not in ("not", "denied") or y.polarity != "+":
        return None
    if x.core - y.core and y.core - x.core or not _same_occasion(x, y):
        return None  # "residents of the northern district" are not "residents of the southern district"
    givers = {x.agent, y.agent}
    if (
        "" not in givers
        and len(givers) == 2
        and not givers <= _LAW_ENFORCERS
        and not (x.agent_side and x.agent_side == y.agent_side)
    ):
        return None  # "the mayor gave no warning" and "police warned the drivers"; "police" and "officers" may be one
    about_x, about_y = (p.things - p.core - {"warning"} for p in (x, y))
    if about_x and about_y and not about_x & about_y or (about_x or about_y) and not x.core & y.core:
        return None  # "a warning about heavy rain" is not one of the raid
    return f"warned: '{x.span}' vs '{y.span}'"


def use_clash(x: Proposition, y: Proposition) -> str | None:
    """ "did not use drones" vs "a drone struck the depot": what one says was not used acts in
    the other (the same side's, when both name one)."""
    if (
        x.polarity not in ("not", "denied")
        or y.polarity != "+"
        or x.verb not in USE_VERBS
        or not y.agent
        or y.agent not in x.things
    ):
        return None
    if x.agent_side and y.agent_side and x.agent_side != y.agent_side or not _same_occasion(x, y):
        return None
    return f"not {x.verb} ({y.agent}) vs {y.agent} {y.verb}"


_NOT_PLACES = frozenset(MONTH_NAMES) | WEEKDAY_NAMES  # "in March", "on Monday": times, not places
