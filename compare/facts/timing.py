"""When one event began or ended: the day and the hour two reports give for it.

"The blaze broke out on Tuesday afternoon" and "the fire started late on Monday" cannot both
hold: one fire, one start. A timing is read from a verb that starts or ends an event ("began",
"broke out", "struck", "ended", "launched the offensive") whose subject (or object, for
"launched") is one definite event ("the fire", "the quake", "the attack" — not "another fire",
"a second quake", nor a pronoun), with the day and hour its own words give: weekdays, month
days, clock times, parts of the day ("in the early hours", "shortly before midnight"); "about"
reaches as far as the time is finely told ("about 10 p.m." half an hour, "about 9:40" ten
minutes). A word for any event ("the tragedy", "the incident") begins as the event of the other
report does. A thing that fails once ("the roof gave way", "a section of the spillway burst",
"the ferry capsized", "a levee on the Selva river burst") has one failure, dated the same way.
A deed done once by or to a named person has one day too: "Mayor Ines Calder resigned on
Monday" and "Calder's resignation was handed in last Thursday"; "arrested Pavel Moor on 3 June"
and "Moor was taken into custody on 9 June"; "Alma Vesk died on Tuesday" and "on Saturday"; so
does the launch of a named craft ("launched Arden-2 at 5 a.m." and "Arden-2 lifted off at 9:30
p.m.").

Two timings clash when they are of one event (the same noun, or one kind of event: fire and
blaze, quake and earthquake) at the same phase, in no two different places, and their days
differ (the night of one day and the early hours of the next may be one time) or, on the same
day, their hours cannot meet. They support one claim when their day (and hour, where both give
one) is the same. A plan ("is scheduled to end on Friday"), a condition or a negation is not
a timing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..lexicons import (
    EVENT_KINDS,
    MONTH_NAMES,
    NUMBER_WORDS,
    PARTS_OF_DAY_HOURS,
    SCHEDULED_EVENTS,
    STOPWORDS,
    WEEKDAY_INDEX,
    WEEKDAY_NAMES,
)
from .exclusions import _pobj
from .propositions import hypothetical, month_days, on_condition, own_words, planned, stands_for, stranded_subject, told_past
from .text import content_words

# Verbs that start or end an event, by their lemma (and particle): the phase they tell.
_PHASE_VERBS = {
    "begin": "start",
    "start": "start",
    "commence": "start",
    "kick off": "start",
    "break out": "start",
    "erupt": "start",
    "strike": "start",
    "hit": "start",
    "occur": "start",
    "happen": "start",
    "unfold": "start",
    "open": "start",  # "the talks opened in Geneva" (its subject: "troops opened fire" names no event)
    "go ahead": "start",  # "the ceremony went ahead on Sunday": held
    "end": "end",
    "finish": "end",
    "conclude": "end",
    "wrap up": "end",
    "expire": "end",
    "lapse": "end",
    "break down": "failure",  # "the talks broke down" (an event: its end); "the dam broke" is "burst"
    # a thing that fails once: its failure is one event ("the roof gave way", "the ferry capsized")
    "collapse": "failure",
    "give way": "failure",
    "burst": "failure",
    "cave in": "failure",
    "come down": "failure",
    "capsize": "failure",
    "overturn": "failure",
    "derail": "failure",
}
# A start told by a verb and its phrase: "took effect", "came into force", "went into effect".
_STARTING_PHRASES = {
    "take": (("dobj", "effect"), ("dobj", "place")),  # "took place": happened
    "come": (("into", "force"),),
    "go": (("into", "effect"),),
    "enter": (("into", "force"),),
    "get": (("under", "way"),),  # "the hearing got under way"
}
# Verbs that tell when a thing was first seen or reported ("the fire was first reported at
# 11 p.m."): it began no later than that.
_SEEN_VERBS = frozenset(["report", "spot", "see", "notice", "detect", "hear", "sight", "observe", "feel"])
# What is seen of an event before it is known as one, and the event it is a sign of.
_SIGNS = {"smoke": "fire", "flame": "fire", "shaking": "quake"}
# The first of these seen, heard or landing is the first sign of an attack ("the first explosions
# were heard at 3:40 a.m."; "the first rounds landed at about 10:15"): there is one first.
_ATTACK_SIGNS = frozenset(["explosion", "blast", "round", "shell", "missile", "rocket", "shot", "gunfire", "bomb"])
_SIGNS |= dict.fromkeys(_ATTACK_SIGNS, "attack")
# Verbs of a missile or shell arriving ("the first shells fell on the market").
_LANDING = frozenset(["land", "hit", "strike", "fall", "explode", "rock", "shake", "slam", "impact"])
# Words that make "strike" an attack, not a walkout ("the missile strike", "the strike by the
# 40th Artillery Brigade").
_ARMED = frozenset(
    ["missile", "drone", "artillery", "rocket", "shell", "shelling", "military", "army", "brigade", "troops"]
    + ["warplane", "bomb", "bombing", "munition", "battalion", "regiment", "airstrike"]
)
# Verbs of the senses: what someone heard or saw at a time had begun by then, first or not
# ("residents heard the explosion at around 10 p.m."); a report says so only when "first".
_SENSED = frozenset(["spot", "see", "notice", "hear", "sight", "observe", "feel"])
PHASE_SHOWN = {
    "once": "took place",
    "start": "began",
    "end": "ended",
    "failure": "failed",
    "seen": "was first seen",
    "published": "was made public",
    "ongoing": "was still going on",
    "scheduled": "set for",
    "resumed": "set to resume",
}
# Verbs that make a decision or a statement public, and what they make public, by kind: one
# decision is announced once ("published its ruling at 3 p.m." vs "the ruling was announced at 10
# a.m."). "Made public" is read from "make" with "public".
_PUBLISHING = frozenset(["announce", "publish", "release", "issue", "post", "unveil", "read"])
_PUBLISHED = {
    "decision": "decision",
    "ruling": "decision",
    "verdict": "decision",
    "judgment": "decision",
    "judgement": "decision",
    "statement": "statement",
    "announcement": "statement",
    "result": "results",
    "report": "report",
    "findings": "report",
    "plan": "plan",
    "proposal": "plan",
}
# What a part of a thing is part of: "a section of the roof came down" is the roof failing.
_PART_NOUNS = frozenset(["section", "part", "portion", "stretch", "segment"])
# Verbs whose object is the event they start ("launched the offensive", "began the strike").
_STARTING_OBJECT = frozenset(["launch", "begin", "start"])
# Verbs (and particles) whose object, or passive subject, is the event they end ("firefighters
# put out the fire", "the blaze was extinguished by Saturday").
_ENDING_OBJECT = frozenset(["extinguish", "put out", "call off"])
# Verbs of an event still going on, with "still": "the fire was still burning on Sunday".
_GOING_ON = frozenset(["burn", "rage", "continue", "smoulder", "smolder", "go on"])
# Deeds done by or to a named person once, by the verb's lemma (and particle), with the role
# the person takes: "Varrow resigned on Monday" and "Varrow's resignation was submitted last
# Thursday" cannot both hold; nor "arrested Orla Benning on Wednesday" and "Benning was taken
# into custody on Sunday". Not "detained" (held first, arrested later), nor "killed" (a death
# is told by the day of the attack as often as by the day one died).
_ONCE_VERBS = {
    "resign": ("resignation", "nsubj"),
    "step down": ("resignation", "nsubj"),
    "quit": ("resignation", "nsubj"),  # with no object, or a post (`_once`): not "quit the party"
    "arrest": ("arrest", "dobj"),
    "take": ("arrest", "dobj"),  # "taken into custody" (`_into_custody`)
    "die": ("death", "nsubj"),
    "pass away": ("death", "nsubj"),
    # a named craft launched once: "launched its weather satellite, Kestrel-1", "the Kestrel-1
    # satellite lifted off" (not "launched the offensive": an event, below)
    "launch": ("launch", "dobj"),
    "lift off": ("launch", "nsubj"),
    "blast off": ("launch", "nsubj"),
}
# Verbs that hand in a resignation ("her resignation was submitted", "tendered his resignation").
_TENDER_VERBS = frozenset(["submit", "tender", "hand", "deliver", "announce"])
_AGAIN = frozenset(["again", "briefly", "first"])  # "arrested again": one of several
# Verbs that set an event for a day to come ("the vote is scheduled for Thursday", "called an
# election for 12 June", "declared a day of mourning for Friday"): its noun is their object, or
# their subject in the passive. "Call", "declare" and "set" only with "for" a day.
_SETTING_VERBS = frozenset(
    ["schedule", "set", "slate", "slat", "plan", "call", "declare"]
)  # "slat": the parse's lemma of "slated"
_SETTING_FOR = frozenset(["call", "declare", "set"])
# Verbs that hold an event ("will be held on Friday"; "a day of mourning will be observed") and
# that start one again ("talks are due to resume on Wednesday"): a day to come when told as to come.
_HOLDING = frozenset(["hold", "observe"])
_RESUMING = frozenset(["resume", "reconvene"])
_SCHEDULE_LEMMAS = frozenset(["vote", "lay", "bury", "inter"])  # "will vote", "laid to rest", "will be buried"
# Words a text must hold for the other schedules to be read before any parse: "is due on Friday",
# "go to the polls".
SCHEDULE_WORDS = frozenset(["due", "polls"])
# Words that make a day set for an event one given up: "originally scheduled for Thursday", "the
# vote, which had been set for May, was postponed".
_FORMER_PLAN = frozenset(["originally", "initially", "previously"])
_PUT_OFF = frozenset(["postpone", "delay", "reschedule", "defer", "cancel", "adjourn", "push", "bring", "move"])
PHASE_LEMMAS = frozenset(k.split()[0] for k in [*_PHASE_VERBS, *_ENDING_OBJECT, *_GOING_ON, *_ONCE_VERBS]) | (
    {"effect", "make"} | _SEEN_VERBS | _PUBLISHING | _TENDER_VERBS | _SETTING_VERBS | _HOLDING | _RESUMING | _SCHEDULE_LEMMAS
)
_NOT_ONE_EVENT = frozenset(
    ["another", "second", "third", "new", "separate", "earlier", "previous", "other", "later", "next", "first", "last", "latest"]
)
# Nouns of a failure that say nothing of what failed: "the collapse happened at 6:40 p.m." is
# the failure of the bridge, the roof or the stand of the other report.
_FAILURE_NOUNS = frozenset(["collapse", "cave-in"])
# Things a name is put on that fail once: "the Tessel Bridge", "the Ostra Dam".
_NAMED_THINGS = frozenset(["bridge", "dam", "tower", "building", "stadium", "levee", "tunnel", "viaduct", "mine"])
# Nouns that name the one event a report is about without saying what it was ("the tragedy
# unfolded at 10 p.m." is the crush, the fire or the quake of the other report): any kind.
_ANY_EVENT = frozenset(["incident", "tragedy", "disaster", "catastrophe"])
_OTHER_PARTS = ("acl", "csubj", "xcomp")  # besides the clauses `own_words` leaves out
# Words a failing thing's subject may be hung on by the parser ("cut off after a levee ... gave way").
_TIME_LINKS = frozenset(["after", "before", "when", "as"])
_PARTS_OF_DAY = PARTS_OF_DAY_HOURS  # the hours each part of the day names (lexicons)
_EARLY_HOURS = (0.0, 6.0)  # "in the early hours of Tuesday"
_LATE_NIGHT = frozenset(["night", "evening", "overnight", "midnight", "late"])
_EARLY_MORNING = frozenset(["dawn", "daybreak", "early", "overnight", "midnight"])
# "4:17", "4:17 a.m.", and "4.17am" (a point only before a.m. or p.m.: "4.17" alone is a figure)
_CLOCK = re.compile(r"\b(\d{1,2})(?:(?::|\.(?=\d{2}\s*[ap]\.?m\b))(\d{2}))?\s*([ap]\.?m\b\.?)?", re.IGNORECASE)
_TIME_WORDS = WEEKDAY_NAMES | frozenset(MONTH_NAMES) | frozenset(_PARTS_OF_DAY) | {"hours"}
_OCLOCK = re.compile(
    r"\b(" + "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 12) + r")\s+o'\s*clock\b", re.IGNORECASE
)  # "four o'clock": 4:00, its half of the day told as a clock time's is
# "seven in the evening", "6 in the morning": an hour and its half of the day, told in words.
_HOUR_OF_THE_DAY = re.compile(
    r"\b("
    + "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 12)
    + r"|1[0-2]|[1-9])\s+in\s+the\s+(morning|afternoon|evening)\b",
    re.IGNORECASE,
)


def _hour_of_the_day(m: re.Match[str]) -> str:
    """The hour as a clock time: "seven in the evening" -> "7 p.m." (the same length: offsets hold)."""
    number = m.group(1).lower()
    hour = int(number) if number.isdigit() else NUMBER_WORDS[number]
    clock = f"{hour} {'a.m.' if m.group(2).lower() == 'morning' else 'p.m.'}"
    return clock.ljust(len(m.group(0)))


_HEDGED = frozenset(["about", "around", "approximately", "roughly", "shortly", "just", "some", "nearly", "almost"])
_NEAR = frozenset(["shortly", "just", "soon", "right"])  # "shortly before", "just after"


@dataclass(frozen=True)
class Timing:
    """One event's start or end: its kind ("fire"), the names on it ("the Orchid attack":
    orchid), the phase, the weekdays (0 = Monday) and month days it is dated to, the hours it
    may have happened in (a 0-30 interval, None when no hour is given), the places of its
    clause, and its words."""

    event: str
    names: frozenset[str]
    phase: str
    weekdays: frozenset[int]
    days: frozenset[tuple[int, int]]
    hours: tuple[float, float] | None
    places: frozenset[str]
    span: str
    late: bool = False  # at the end of its day ("late on Monday", "Monday night")
    early: bool = False  # at the start of its day ("early on Tuesday", "at dawn")
    by: str = ""  # who saw or reported it, for a sighting ("residents first reported ...": resident)
    given: frozenset[str] = frozenset()  # the other names of the person a deed befalls ("Orla Benning": orla)
    # what tells one event to come from another of its kind: "the parliamentary election", "peace
    # talks", "the funeral of her driver", "talks with Orsk" (`_qualifiers`; scheduled events only)
    quals: frozenset[str] = frozenset()
    # the days of a plan its sentence tells was given up ("originally set for Thursday",
    # "postponed from Thursday"): weekdays and month days (scheduled events only)
    dropped: tuple[frozenset[int], frozenset[tuple[int, int]]] = (frozenset(), frozenset())
    past: bool = False  # the plan told in the past ("was scheduled for Thursday"): maybe one given up since
    moved: bool = False  # the day an event was moved to ("postponed to Friday")


def timings(doc: Any) -> tuple[Timing, ...]:
    """The timings of every verb of a parsed text that starts or ends one named event."""
    return tuple(t for token in doc if (t := _timing(token)) is not None)


def _timing(verb: Any) -> Timing | None:
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    particle = _particle(verb, lemma)
    deed = _once(verb, lemma, particle)
    if deed is not None:
        person, what = deed
        given = frozenset(c.lower_ for c in person.children if c.dep_ == "compound" and c.pos_ == "PROPN")
        made_known = _made_known(verb) if what == "resignation" else []  # "quit in a statement released at 6 p.m."
        found = _dated(verb, person, what, frozenset([person.lower_]), "once", made_known)
        return replace(found, given=given) if found is not None else None
    scheduled = _scheduled(verb, lemma, particle)
    if scheduled is not None:
        held, held_kind, held_phase = scheduled
        names = _event_names(held) if held.pos_ != "VERB" else _voters(held)
        found = _dated(verb, held, held_kind, names, "scheduled" if held_phase == "moved" else held_phase)
        if found is not None and held_phase == "moved":  # "postponed from Thursday to Friday": Friday
            found = _to_new_day(verb, found)
        if found is None:
            return None
        past = any(told_past(v) for v in _verb_chain(verb))
        past = past and held_phase != "moved"  # "was postponed to Friday": the day now set
        moved = held_phase == "moved"
        return replace(found, quals=_qualifiers(held), dropped=_dropped_days(verb.sent), past=past, moved=moved)
    seen = _first_seen(verb, lemma) or _first_sign(verb, lemma)
    published = _published(verb, lemma)
    event = seen if seen is not None else published if published is not None else _event_noun(verb, lemma, particle)
    if event is None and _walking_out(verb, lemma) and not _not_asserted(verb):
        return _dated(verb, verb, "walkout", _strikers(verb), "start")  # "dockworkers walked off the job at 6 a.m."
    if event is None or _not_asserted(verb):
        return None
    phase = "start" if lemma in _STARTING_OBJECT and event.dep_ == "dobj" or _starting_phrase(verb, lemma) else None
    phase = "end" if f"{lemma} {particle}".strip() in _ENDING_OBJECT else phase
    phase = "ongoing" if f"{lemma} {particle}".strip() in _GOING_ON and _still(verb) else phase
    phase = "seen" if seen is not None else "published" if published is not None else phase
    phase = phase or _PHASE_VERBS.get(f"{lemma} {particle}".strip())
    if lemma == "open" and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "the conference opened its doors", "the hearing opened old wounds"
    if phase == "failure" and _event_kind(event) is not None:
        phase = "end"  # "the talks collapsed", "negotiations broke down": an event that fails ends
    if phase == "start" and event.lemma_.lower() in _FAILURE_NOUNS and event.pos_ == "NOUN":
        phase = "failure"  # "the collapse happened at 6:40 p.m.": the failure of what the other report names
        failed = next(
            (g for c in event.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None
        )
        event = failed if failed is not None else event  # "the collapse of the stand": the stand failed
    kind = _PUBLISHED[event.lemma_.lower()] if published is not None else _event_kind(event, phase)
    went_ahead = lemma == "go" and particle == "ahead"
    if (kind is None or went_ahead) and phase == "start" and _took_place(verb, lemma, particle):
        one_day = _scheduled_kind(event)  # "the referendum took place on 19 March": held then, as "was held"
        if one_day in _ONE_DAY:
            found = _dated(verb, event, one_day, _event_names(event), phase)
            return replace(found, quals=_qualifiers(event), past=True) if found is not None else None
        if went_ahead:
            return None  # "the talks went ahead on Thursday": held that day, not begun (talks go on)
    if phase is None or kind is None:
        return None
    names = frozenset(c.lower_ for c in event.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    if phase == "published":  # "the council's plan" and "the union's plan" are two
        names |= frozenset(c.lemma_.lower() for c in event.children if c.dep_ == "poss" and c.pos_ != "PRON")
    found = _dated(verb, event, kind, names, phase)
    if found is not None and kind == "talks":  # "talks with the unions" and "talks with the employers"
        found = replace(found, quals=_qualifiers(event))
    return found


def _dated(verb: Any, event: Any, kind: str, names: frozenset[str], phase: str, more: Sequence[Any] = ()) -> Timing | None:
    """The timing the verb's own words (and `more`) give its event, if they give a day or an hour."""
    # "seen hovering at 21:40", "scheduled to take place on March 10": the day is the xcomp's
    skip = _OTHER_PARTS if phase not in ("seen", "scheduled") else tuple(d for d in _OTHER_PARTS if d != "xcomp")
    own = sorted({*own_words(verb, skip=skip), *more}, key=lambda t: t.i)
    own += [c for t in own if t.lower_ in WEEKDAY_NAMES for c in t.children if c.dep_ == "conj"]  # "on Friday and Saturday"
    words = {t.lower_ for t in own}
    weekdays = frozenset(WEEKDAY_INDEX[w] for w in words if w in WEEKDAY_NAMES)
    days = frozenset(month_days(own))
    hours = _hours(own)
    if not weekdays and not days and hours is None:
        return None
    late = bool(words & _LATE_NIGHT)
    early = bool(words & _EARLY_MORNING) or "hours" in words and "early" in words
    by = _observer(verb) if phase == "seen" else ""
    return Timing(kind, names, phase, weekdays, days, hours, _places(own), _span(verb, event, own), late, early, by)


# What one quits in resigning ("quit his post"), not a party or a habit.
_POSTS = frozenset(["post", "job", "office", "role", "position", "government", "cabinet", "seat"])


def _quit_a_post(verb: Any) -> bool:
    """ "Quit his post", "quit as coach", "quit in a statement": a resignation; not "quit the
    party", "quit smoking", nor "quit at 6 p.m." (stopped work)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _POSTS for c in verb.children)
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(
        p.lower_ == "as" or p.lower_ == "in" and any(g.lemma_.lower() in _MADE_KNOWN_IN for g in p.children) for p in preps
    )


def _once(verb: Any, lemma: str, particle: str) -> tuple[Any, str] | None:
    """The named one a deed done once befalls, and the deed's kind, if the verb tells one,
    asserted and not "again": "Mayor Ellis Varrow resigned" (Varrow), "police arrested Orla
    Benning" (Benning), "Varrow's resignation was submitted" (Varrow), "the Kestrel-1 satellite
    lifted off" (Kestrel-1)."""
    said = f"{lemma} {particle}".strip() if f"{lemma} {particle}".strip() in _ONCE_VERBS else lemma
    if _not_asserted(verb) or any(c.lower_ in _AGAIN for c in verb.children):
        return None
    if said == "quit" and not _quit_a_post(verb):
        return None  # "quit the party", "quit smoking", "quit at 6 p.m. and went home"
    if said in _ONCE_VERBS and (said != "take" or _into_custody(verb)):
        kind, role = _ONCE_VERBS[said]
        roles = (role, "nsubjpass") if role == "dobj" else (role,)
        person = stands_for(verb, next((c for c in verb.children if c.dep_ in roles), None))
    elif lemma in _TENDER_VERBS:
        kind, person = "resignation", _resigning(verb)
    else:
        return None
    if person is not None and not _named(person):  # "the sculptor Ilse Marrow": the name in apposition
        named = ("appos", "compound") if kind == "launch" else ("appos",)  # "the Kestrel-1 satellite"
        person = next((c for c in person.children if c.dep_ in named and _named(c)), None)
    return (person, kind) if person is not None else None


# Nouns of the words a deed is made known in ("resigned in a statement released at 6 p.m.").
_MADE_KNOWN_IN = frozenset(["statement", "announcement", "letter", "address", "post"])


def _made_known(verb: Any) -> list[Any]:
    """The words of the clause that tells when a resignation was made known: "quit in a
    statement released shortly before midnight", "resigned, announcing his decision in a
    statement read out at 6 p.m." (the parse may hang "read out" on "resigned")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in _PUBLISHING]
    statements = [t for t in verb.subtree if t.lemma_.lower() in _MADE_KNOWN_IN and t.dep_ == "pobj" and t.head.lower_ == "in"]
    clauses += [c for n in statements for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in _PUBLISHING]
    timed = [words for c in clauses if _hours(words := [t for t in c.subtree if t.i > c.i]) is not None]
    return timed[0] if statements and len(timed) == 1 else []  # no statement, or the times of two


def _scheduled(verb: Any, lemma: str, particle: str) -> tuple[Any, str, str] | None:
    """The one event a verb sets for a day to come, its kind and "scheduled": "the funeral will be
    held on Friday", "the referendum is scheduled to take place on March 10", "declared a day of
    national mourning for Thursday", "talks are due to resume on Wednesday". An event held on a
    day told as past ("the hearing was held on Monday") began then: "start". Not a plan given up
    or moved ("originally set for Thursday", in a sentence that tells of a postponement), nor a
    negated or conditional one."""
    if any(c.dep_ == "neg" for c in verb.children) or hypothetical(verb) or on_condition(verb):
        return None
    if lemma in _MOVING:
        return _moved(verb, lemma, particle)
    if _given_up(verb):
        return None
    if any(a.lemma_.lower() in _WISHING for a in verb.ancestors):
        return None  # "officials hope the talks will resume on Wednesday": a wish, not a schedule
    said = f"{lemma} {particle}".strip()
    if lemma in _SETTING_VERBS:
        if lemma in _SETTING_FOR and _pobj(verb, "for") is None:
            return None  # "called the vote a sham", "set the terms"
        noun, phase = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None), "scheduled"
    elif lemma in _HOLDING and not particle:
        noun = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if noun is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            noun = verb.head  # "a referendum held on Sunday"
        phase = "scheduled" if planned(verb) else "start" if lemma == "hold" else ""  # one-day events only: below
    elif lemma in _RESUMING or _starting_phrase(verb, lemma) or _PHASE_VERBS.get(said) == "start":
        if not (planned(verb) or _present_simple(verb)) or verb.head.lemma_.lower() in _SETTING_VERBS:
            return None  # done: a start (`_event_noun`); "scheduled to take place": read on "scheduled"
        noun, phase = _subject_above(verb), "resumed" if lemma in _RESUMING else "scheduled"
    elif lemma == "be" and _due(verb):
        noun, phase = next((c for c in verb.children if c.dep_ == "nsubj"), None), "scheduled"  # "the vote is due on Friday"
    elif (planned(verb) or _present_simple(verb)) and (voting := _voting_or_burial(verb, lemma)) is not None:
        return voting
    else:
        return None
    event = _mourning(stands_for(verb, noun)) if noun is not None else None
    kind = _scheduled_kind(event) if event is not None and phase else None
    if kind is None or lemma == "observe" and kind != "mourning":
        return None
    if phase == "start" and kind not in _ONE_DAY:
        return None  # "the talks were held on Tuesday, their third day": a day of them, not their start
    return event, kind, phase


# Events of one day: held on a day, they began that day (talks, hearings and summits go on).
_ONE_DAY = frozenset(["funeral", "mourning", "vote", "election", "referendum", "runoff", "ceremony", "inauguration"])
# Words for the vote of a scheduled ballot that may stand for any one of them ("the vote is set
# for Sunday" ~ "the referendum will be held on Sunday").
_ANY_BALLOT = frozenset(["vote", "ballot", "poll"])
# A body's vote on a thing ("the senate will vote on the bill on Thursday") is "the vote on the
# bill", never a ballot of voters.
_MOTION = "motion"
_SHOWN_AS = {_MOTION: "vote", "ballot": "vote"}


def shown_event(timing: Timing) -> str:
    """The event's kind as a reason shows it ("the vote", for a body's vote or a ballot)."""
    return _SHOWN_AS.get(timing.event, timing.event)


# Who votes in an election, not a body voting on a thing.
_ELECTORATE = frozenset(["voter", "citizen", "people", "resident", "electorate", "elector", "public", "nation"])


def _qualifiers(event: Any) -> frozenset[str]:
    """What an event to come is told apart by: its describing words ("the parliamentary election",
    "peace talks", "the board meeting", "the shareholders' meeting") and what its phrases name
    ("the funeral of her driver", "for the pilot", "the hearing on the merger", "talks with Orsk");
    for a deed of voting, who votes and where ("citizens living abroad", "voters at home")."""
    if event.pos_ == "VERB":
        voters = _subject_above(event)
        on = {g.lemma_.lower() for c in event.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children}
        on -= {w.lower() for w in WEEKDAY_NAMES} | {m.lower() for m in MONTH_NAMES}  # "vote on Sunday" is a day
        return frozenset(on) | (_modifiers(voters) - _ELECTORATE if voters is not None else frozenset())
    if event.pos_ == "PROPN":
        return frozenset([event.lemma_.lower()])  # "Anton Merel will be buried": the funeral of Merel
    return _modifiers(event)


def _modifiers(noun: Any) -> frozenset[str]:
    """A noun's describing words, what its phrases name, and its clauses' words (`_qualifiers`)."""
    named = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.pos_ != "PRON"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _QUALIFYING_PREPS):
        named += [g for g in prep.children if g.dep_ == "pobj"]
    # "the funeral of the first victim", "the youngest victim's funeral", "for the three miners":
    # a thing told with its describing words is that one of its kind
    words: set[str] = set()
    for t in named:
        described = {f"{c.lower_} {t.lemma_.lower()}" for c in t.children if c.dep_ in ("amod", "nummod", "compound")}
        words |= described or {t.lemma_.lower()}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "acl"}
    words |= {g.lemma_.lower() for c in noun.children if c.dep_ == "acl" for g in c.children if g.dep_ == "advmod"}
    return frozenset(words - _SCHEDULE_GENERIC)


_QUALIFYING_PREPS = frozenset(["of", "for", "on", "with", "in", "over", "about", "at", "between", "into"])
# Words that describe any event to come, telling none apart ("the national day of mourning").
_SCHEDULE_GENERIC = frozenset(["national", "official", "planned", "long-awaited", "upcoming", "next", "first"])


def _present_simple(verb: Any) -> bool:
    """ "The summit opens on Tuesday", "talks resume on Wednesday": a start told in the present
    with a day is one to come, as reports tell a schedule."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _due(verb: Any) -> bool:
    """ "Is due on Friday": "due" with no verb to come after it ("is due to resume" is read on
    "resume")."""
    return any(c.dep_ == "acomp" and c.lower_ == "due" and not any(g.dep_ == "xcomp" for g in c.children) for c in verb.children)


# Deeds that are the event to come: voters voting ("will vote on Sunday", "go to the polls on
# Sunday": the vote) and a person buried ("will be buried on Friday", "laid to rest": the funeral).
_BURYING = frozenset(["bury", "inter"])


def _voters(verb: Any) -> frozenset[str]:
    """Who votes, as a name of the vote: "the committee", "the full Senate" (two bodies, two votes)."""
    voters = _subject_above(verb)
    return frozenset([voters.lemma_.lower()]) if voters is not None and not _an_electorate(voters) else frozenset()


def _an_electorate(voters: Any) -> bool:
    """Who votes in an election: voters, citizens, residents, a people named by their country
    ("Ostrelians will vote on Sunday", "Ostrel votes on Sunday"); not a body that votes on a
    thing (parliament, a committee, shareholders, union members)."""
    lemma = voters.lemma_.lower()
    if lemma in _BODIES or any(c.lemma_.lower() in _BODIES for c in voters.children if c.dep_ == "compound"):
        return False
    return lemma in _ELECTORATE or voters.pos_ == "PROPN" or voters.ent_type_ in ("NORP", "GPE")


_BODIES = frozenset(
    ["parliament", "senate", "house", "assembly", "committee", "council", "board", "cabinet", "lawmaker", "legislator"]
    + ["mp", "senator", "deputy", "shareholder", "member", "union", "worker", "staff", "judge", "jury", "court", "party"]
)


def _voting_or_burial(verb: Any, lemma: str) -> tuple[Any, str, str] | None:
    """A vote told by the deed of voting, or a funeral by the burial of a named person, to come."""
    voters = _subject_above(verb)
    by_electorate = voters is not None and _an_electorate(voters)
    if (
        lemma == "vote"
        and voters is not None
        and not any(c.dep_ == "dobj" or c.lower_ in ("for", "against") for c in verb.children)
    ):
        # "residents will vote on the plan on Sunday": a ballot; "parliament will vote on the bill
        # on Thursday": that body's vote on the bill, never a referendum
        return verb, "ballot" if by_electorate else "motion", "scheduled"
    to = _pobj(verb, "to")
    if lemma == "go" and to is not None and to.lower_ == "polls" and by_electorate:
        return verb, "ballot", "scheduled"
    laid = lemma == "lay" and to is not None and to.lower_ == "rest"
    if lemma in _BURYING or laid:
        person = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return (person, "funeral", "scheduled") if person is not None and person.pos_ == "PROPN" else None
    return None


# Verbs of wishing or asking: what they govern is not yet set for a day.
_WISHING = frozenset(["hope", "want", "wish", "ask", "demand", "urge", "propose", "call", "seek", "prefer", "suggest"])


def _given_up(verb: Any) -> bool:
    """A day set once and given up: "originally scheduled", "had been set for May", or any day
    told in a sentence that postpones, cancels or moves something, but for the day told as the
    one now set ("the vote, originally set for Thursday, will now be held on Friday")."""
    if _told_as_former(verb):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return False
    return any(t.lemma_.lower() in _PUT_OFF and t.pos_ == "VERB" or t.lower_ in _FORMER_PLAN for t in verb.sent)


# Verbs that move an event to another day ("postponed to March 21", "pushed back to Monday",
# "brought forward to Tuesday", "adjourned until Monday"): the day it is now set for.
_MOVING = frozenset(["postpone", "delay", "reschedule", "defer", "adjourn", "move", "push", "bring", "put"])
_MOVING_PARTICLES = {"push": "back", "bring": "forward", "put": "off"}


def _moved(verb: Any, lemma: str, particle: str) -> tuple[Any, str, str] | None:
    """The event a verb moves to a day named after "to" or "until", its kind and "moved"."""
    if (
        lemma in _MOVING_PARTICLES
        and particle != _MOVING_PARTICLES[lemma]
        and not any(c.lower_ == _MOVING_PARTICLES[lemma] for c in verb.children)
    ):
        return None  # "moved to Friday" needs no particle; "pushed the cart to the gate" is no postponement
    if _new_day(verb) is None:
        return None
    noun = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    event = _mourning(stands_for(verb, noun)) if noun is not None else None
    kind = _scheduled_kind(event) if event is not None else None
    return (event, kind, "moved") if kind is not None else None


def _dropped_days(sentence: Any) -> tuple[frozenset[int], frozenset[tuple[int, int]]]:
    """The days of the plans a sentence tells were given up: those of a verb told as a former
    plan ("originally scheduled for Thursday", "had been set for May 3") and those an event is
    moved from ("postponed from Thursday")."""
    words: list[Any] = []
    for verb in (t for t in sentence if t.pos_ in ("VERB", "AUX")):
        if _told_as_former(verb):
            words += own_words(verb)
        elif verb.lemma_.lower() in _MOVING:
            words += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree]
    words = sorted(set(words), key=lambda t: t.i)
    return frozenset(WEEKDAY_INDEX[t.lower_] for t in words if t.lower_ in WEEKDAY_NAMES), frozenset(month_days(words))


def _told_as_former(verb: Any) -> bool:
    """A plan told as one that was: "had been set for May", "originally scheduled for Thursday"."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") or c.lower_ in _FORMER_PLAN for c in verb.children)


def _verb_chain(verb: Any) -> list[Any]:
    """The verb and the words it completes: "had been due to begin": begin, due, been."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _told_as_given_up(x: Timing, y: Timing) -> bool:
    """y's day, told in the past, is one x tells was given up ("the vote, originally set for
    Thursday, will now be held on Friday" vs "the vote was scheduled for Thursday"): the other
    tells the old plan ("the vote will be held on Thursday" is no old plan)."""
    weekdays, days = x.dropped
    if x.moved and y.past:
        return True  # "was postponed until March 3" vs "had been due to begin on February 24": the old plan
    return y.past and bool(y.weekdays and y.weekdays <= weekdays or y.days and y.days <= days)


def _to_new_day(verb: Any, found: Timing) -> Timing | None:
    """A moved event's timing with only the day it is moved to."""
    prep = _new_day(verb)
    if prep is None:
        return None
    words = sorted(prep.subtree, key=lambda t: t.i)
    weekdays = frozenset(WEEKDAY_INDEX[t.lower_] for t in words if t.lower_ in WEEKDAY_NAMES)
    return replace(found, weekdays=weekdays, days=frozenset(month_days(words)), hours=None)


def _new_day(verb: Any) -> Any | None:
    """The phrase naming the day an event is moved to: "to Friday", "until March 21"; None when
    it is moved twice ("to Friday, then to Monday")."""
    heads = (verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod")))
    found = [
        prep
        for t in heads
        for prep in t.children
        if prep.dep_ == "prep"
        and prep.lower_ in ("to", "until", "till")
        and any(w.lower_ in WEEKDAY_NAMES or w.lower_.rstrip(".") in MONTH_NAMES for w in prep.subtree)
    ]
    again = any(t.lower_ in ("then", "again") for t in verb.subtree)
    return found[0] if len(found) == 1 and not again else None


def _subject_above(verb: Any) -> Any | None:
    """The subject of a verb, or of the verbs it completes ("talks are due to resume": talks)."""
    token = verb
    for _ in range(3):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or token.dep_ not in ("xcomp", "acomp") or token.head is token:
            return subject
        token = token.head
    return None


def _mourning(noun: Any) -> Any:
    """ "A day of mourning": the mourning; any other noun itself."""
    if noun.lemma_.lower() != "day":
        return noun
    return _pobj(noun, "of") or noun


def _scheduled_kind(noun: Any) -> str | None:
    """The kind of a one-off event a noun names, when it is one event: a vote, a funeral, a day
    of mourning (`SCHEDULED_EVENTS`), or a meeting or talks named as one ("the summit", "the
    Geneva talks"; not "a meeting", "the second round")."""
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nummod" for c in noun.children):
        return None
    if {c.lower_ for c in noun.children} & _NOT_ONE_EVENT:
        return None
    lemma = noun.lemma_.lower()
    kind = next((k for k, words in SCHEDULED_EVENTS.items() if lemma in words), None)
    if noun.tag_ == "NNS" and _event_kind(noun) != "talks":
        return None  # "elections were held in 12 regions", "the hearings will be held on Monday and Tuesday": many
    if kind is not None:
        return lemma if kind in ("vote", "ceremony") and lemma not in _ANY_BALLOT else kind  # an election is no runoff
    kind = _event_kind(noun)
    if kind == "talks" and (_one_definite(noun) or _the_talks(noun)):
        return kind
    return lemma if kind == "meeting" and _one_definite(noun) else None  # a hearing is no trial, a summit no session


def _event_names(event: Any) -> frozenset[str]:
    """The names on an event: "the Geneva summit", "Vesk's funeral", "the funeral of Alma Vesk";
    the person buried ("Alma Vesk will be buried")."""
    names = {c.lower_ for c in event.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
    if event.pos_ == "PROPN":
        names.add(event.lower_)
    names |= {c.lemma_.lower() for c in event.children if c.dep_ == "poss" and c.pos_ == "PROPN"}
    for prep in ("of", "for"):
        whose = _pobj(event, prep)
        if whose is not None and whose.pos_ == "PROPN":
            names.add(whose.lower_)
    return frozenset(names)


def _resigning(verb: Any) -> Any | None:
    """Who hands in the resignation a verb of handing in names: its owner ("Varrow's resignation
    was submitted"), or the verb's subject ("Sorn tendered his resignation")."""
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "resignation"), None)
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ != "PRON" else next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _into_custody(verb: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "custody" for g in c.children) for c in verb.children)


def _named(person: Any) -> bool:
    """A person's name: a proper noun, or a capitalised word the parse took for a common noun
    anywhere but at the start of its sentence."""
    return person.pos_ == "PROPN" or person.pos_ == "NOUN" and person.is_title and not person.is_sent_start


def _observer(verb: Any) -> str:
    """Who saw or reported it ("residents first reported smoke": resident; "by a guard": guard)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    return subject.lemma_.lower() if subject is not None and subject.pos_ in ("NOUN", "PROPN") else ""


def _published(verb: Any, lemma: str) -> Any | None:
    """The one definite decision, statement or report a verb makes public ("announced its
    decision", "the ruling was published", "the decision was made public"), if it names one."""
    public = next((c for c in verb.children if c.lower_ == "public" and c.dep_ in ("oprd", "acomp", "ccomp")), None)
    if lemma not in _PUBLISHING and not (lemma == "make" and public is not None):
        return None
    if lemma == "read" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and public is not None:
        thing = next((c for c in public.children if c.dep_ == "nsubj"), None)  # "made its decision public"
    if thing is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        thing = verb.head  # "the statement released at 6 p.m."
    if thing is None or thing.pos_ != "NOUN" or thing.lemma_.lower() not in _PUBLISHED:
        return None
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some", "no") for c in thing.children)
    marks = {c.lower_ for c in thing.children}
    return thing if definite and not marks & _NOT_ONE_EVENT and not any(c.dep_ == "nummod" for c in thing.children) else None


def _particle(verb: Any, lemma: str) -> str:
    """The word that makes a phrase of the verb: "broke out", "came down", "gave way"."""
    for child in verb.children:
        phrase = f"{lemma} {child.lower_}"
        if child.dep_ == "prt" or child.dep_ in ("advmod", "dobj") and (phrase in _PHASE_VERBS or phrase in _ONCE_VERBS):
            return child.lower_
    return ""


def _span(verb: Any, event: Any, own: list[Any]) -> str:
    """The words from the event's noun phrase to the last word of its time, as written."""
    timed = [t.i for t in own if t.lower_ in _TIME_WORDS or t.like_num or t.lower_ in ("a.m.", "p.m.", "am", "pm")]
    while event.head.i not in (verb.i, event.i) and any(a.i == verb.i for a in event.ancestors):
        event = event.head  # "smoke from the blaze was first seen": from "smoke"
    start = min(event.left_edge.i, verb.i, *timed)
    end = max([verb.i, event.i, *timed])
    return str(verb.doc[start : end + 1].text).strip()  # a blanked dateline parses as spaces


def _took_place(verb: Any, lemma: str, particle: str) -> bool:
    """ "took place", "went ahead": an event held."""
    return (
        lemma == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
        or (lemma == "go" and particle == "ahead")
    )


def _starting_phrase(verb: Any, lemma: str) -> bool:
    """ "took effect", "came into force", "went into effect", "entered into force"."""
    if lemma not in _STARTING_PHRASES:
        return False
    for dep, noun in _STARTING_PHRASES[lemma]:
        if dep == "dobj" and any(c.dep_ == "dobj" and c.lower_ == noun for c in verb.children):
            return True
        if any(
            c.dep_ == "prep" and c.lower_ == dep and any(g.dep_ == "pobj" and g.lower_ == noun for g in c.children)
            for c in verb.children
        ):
            return True
    return False


def _event_noun(verb: Any, lemma: str, particle: str) -> Any | None:
    """The one definite event the verb starts or ends, if it names one."""
    said = f"{lemma} {particle}".strip()
    phrase = said in _PHASE_VERBS or _starting_phrase(verb, lemma) or said in _GOING_ON and _still(verb)
    deps: tuple[str, ...] = ("nsubj",) if phrase else ()
    if lemma in _STARTING_OBJECT:
        deps += ("dobj",)
    if said in _ENDING_OBJECT:
        deps += ("dobj", "nsubjpass")
    noun = stands_for(verb, next((c for c in verb.children if c.dep_ in deps), None))  # "the fire, which began"
    if noun is not None and noun.lemma_.lower() == "magnitude":
        return _measured(verb, noun)
    failure = _PHASE_VERBS.get(f"{lemma} {particle}".strip()) == "failure"
    if noun is None and failure and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        noun = verb.head  # "The barge overturned at 8 p.m." parsed as a noun the verb describes
    if noun is None and failure:
        noun = stranded_subject(verb, frozenset(["pobj"]), _TIME_LINKS)  # "after a levee ... gave way"
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    whole = _whole_of(noun) if failure else None
    if whole is not None:
        return whole  # "a section of roof came down": the roof failed, in part
    one = _one_definite(noun) or failure and _named_place(noun) and not {c.lower_ for c in noun.children} & _NOT_ONE_EVENT
    one = one or _the_talks(noun)
    return noun if one and not any(c.dep_ == "nummod" for c in noun.children) else None


def _the_talks(noun: Any) -> bool:
    """ "Talks collapsed on Thursday", "negotiations broke down on Friday": talks told with no
    article are the talks of the story (not "another round of talks", "new talks")."""
    plural = noun.tag_ == "NNS" and _event_kind(noun) == "talks"
    return plural and not any(c.dep_ == "det" or c.lower_ in _NOT_ONE_EVENT for c in noun.children)


def _measured(verb: Any, magnitude: Any) -> Any | None:
    """ "The magnitude 5.8 tremor struck": the parse makes "magnitude" the subject, and the quake
    its apposition or a second subject; one event when "magnitude" is definite."""
    others = [*magnitude.children, *(c for c in verb.children if c.dep_ == "nsubj" and c.i != magnitude.i)]
    event = next((t for t in others if t.dep_ in ("appos", "nsubj") and _event_kind(t) is not None), None)
    return event if event is not None and _one_definite(magnitude) else None


def _named_place(noun: Any) -> bool:
    """A thing named by what named thing it is on or over ("a levee on the Selva river", "a
    bridge over the Tamsin"): one thing, as "the levee" is ("a building in Harlow" is any of
    many)."""
    return any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in g.children))
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "across", "over")  # "a building in Harlow" is any of many
        for g in p.children
    )


def _still(verb: Any) -> bool:
    return any(c.lower_ == "still" for c in verb.children)


def _first_seen(verb: Any, lemma: str) -> Any | None:
    """The one definite event "first reported", "first spotted" ("the fire was first reported
    shortly before midnight", "a neighbour first spotted the blaze"); or the first thing seen of
    it ("first spotted smoke from the Sorrel blaze", "the first explosions of the attack were
    heard"), or the first sign of an event of its kind ("first reported flames"): there is one
    first sighting, whoever saw it."""
    if lemma not in _SEEN_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if noun is None or noun.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in noun.children):
        return None
    first = any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children)
    first_thing = any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children)
    if not (first or first_thing or lemma in _SENSED):
        return None
    if _one_definite(noun):
        return noun
    if not (first or first_thing):
        return None
    events = [t for t in noun.subtree if t.i != noun.i and _event_kind(t) is not None]
    if any({c.lower_ for c in t.children} & _NOT_ONE_EVENT for t in events):
        return None  # "smoke from another fire": not this one
    inner = next((t for t in events if _one_definite(t)), None)
    if inner is not None:
        return inner
    if _event_kind(noun) is not None and noun.lemma_.lower() not in _ATTACK_SIGNS:
        return None  # "a fire": another one
    return noun  # "first reported drones"; "the first explosions": the first sign of an attack


def _walking_out(verb: Any, lemma: str) -> bool:
    """Workers starting a strike told by the deed: "walked out", "walked off the job", "went on
    strike", "downed tools"; not "walked out of the meeting" (leaving talks)."""
    children = list(verb.children)
    if lemma == "walk":
        out = any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in children)
        left_talks = any(c.dep_ == "prep" and c.lower_ == "of" for c in children) or any(
            g.dep_ == "prep" and g.lower_ == "of" for c in children if c.lower_ == "out" for g in c.children
        )
        off_job = any(c.dep_ == "prep" and c.lower_ == "off" and any(g.lower_ == "job" for g in c.children) for c in children)
        return (out and not left_talks) or off_job
    if lemma == "go":
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "strike" for g in c.children) for c in children)
    return lemma == "down" and any(c.dep_ == "dobj" and c.lower_ == "tools" for c in children)


# Words for those on strike that say no trade: "workers walked out" may be the dockworkers.
_ANY_WORKERS = frozenset(["worker", "employee", "staff", "member", "people", "union", "man", "woman", "thousand", "hundred"])


def _strikers(verb: Any) -> frozenset[str]:
    """Who walked out, by trade ("nurses", "dockworkers"): two trades are two walkouts."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in _ANY_WORKERS:
        return frozenset()
    return frozenset([subject.lemma_.lower()])


def _compounded(noun: Any, word: str) -> bool:
    return any(c.dep_ in ("compound", "amod") and c.lower_ == word for c in noun.children)


def _first_sign(verb: Any, lemma: str) -> Any | None:
    """The first missiles, shells or explosions landing ("the first rounds landed at about
    10:15", "the first explosions rocked the port"): the first sign of an attack, seen."""
    if lemma not in _LANDING:
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.lemma_.lower() not in _ATTACK_SIGNS:
        return None
    return noun if any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children) else None


def _one_definite(noun: Any) -> bool:
    """A noun with a definite article or an owner, not "another", "a second" or "the first"."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some", "no") for c in noun.children)
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    return (definite or named) and not {c.lower_ for c in noun.children} & _NOT_ONE_EVENT


def _whole_of(noun: Any) -> Any | None:
    """The thing a part is part of ("a section of the spillway": the spillway)."""
    if noun.lemma_.lower() not in _PART_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) if of is not None else None
    return whole if whole is not None and not any(c.dep_ == "nummod" for c in whole.children) else None


def _event_kind(noun: Any, phase: str | None = None) -> str | None:
    """The kind of event a noun names; for a failure, the thing that failed ("roof")."""
    lemma = noun.lemma_.lower()
    if phase == "failure":  # "the Tessel Bridge came down": a bridge, named
        return lemma if noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and lemma in _NAMED_THINGS else None
    if lemma in _ANY_EVENT:
        return "incident"
    if phase == "seen" and lemma in _SIGNS and (lemma not in _ATTACK_SIGNS or _compounded(noun, "first")):
        return _SIGNS[lemma]  # "the first explosions": an attack's; "the explosion": one of its own
    if phase == "seen" and not any(lemma in words for words in EVENT_KINDS.values()):
        return lemma if noun.pos_ == "NOUN" else None  # the first sighting of a thing: "drone"
    if lemma == "strike" and (
        _compounded(noun, "air") or any(t.lemma_.lower() in _ARMED or t.lower_ in _ARMED for t in noun.doc)
    ):
        return "attack"  # "the strike took place at 08:40", told of an artillery brigade
    for kind, words in EVENT_KINDS.items():
        if lemma in words:
            return kind
    if lemma == "talk" and noun.lower_ == "talks":
        return "talks"  # the parse lemmatizes "the talks" to "talk", which alone is a lecture
    if lemma in ("cut", "failure") and any(c.dep_ == "compound" and c.lower_ == "power" for c in noun.children):
        return "outage"  # "the power cut", "the power failure"
    return None


def _not_asserted(verb: Any) -> bool:
    """Negated, conditional, possible, future or planned: not when it happened."""
    return any(c.dep_ == "neg" for c in verb.children) or hypothetical(verb) or planned(verb)


def _hours(own: list[Any]) -> tuple[float, float] | None:
    """The hours the words allow: a clock time ("at 11:47 a.m.", "at 14:15"), widened when
    hedged ("about", "shortly before"), else a part of the day ("in the afternoon"). A clock
    time of 12 or less with neither a.m. nor p.m. takes its half of the day from a part-of-day
    word, or gives no hour."""
    words = {t.lower_ for t in own}
    parts = [_PARTS_OF_DAY[w] for w in words if w in _PARTS_OF_DAY]
    found = _clock_time(" ".join(t.text for t in own), words, parts)
    if found is not None:
        return found[0]
    if "hours" in words and "early" in words:
        return _EARLY_HOURS
    if not parts:
        return None
    return min(lo for lo, _ in parts), max(hi for _, hi in parts)


def hours_told(text: str) -> tuple[tuple[float, float], str] | None:
    """The hours a clause allows by its clock time, or else by its part of the day ("on Thursday
    afternoon": 12 to 18:30), with the words that tell them; None when it tells no hour."""
    found = clock_hours(text)
    if found is not None:
        return found
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    parts = [w for w in words if w in _PARTS_OF_DAY]
    if not parts:
        return None
    return (min(_PARTS_OF_DAY[w][0] for w in parts), max(_PARTS_OF_DAY[w][1] for w in parts)), parts[0]


def hours_meet(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Two spans of hours of one day meet, a night running past midnight into the next
    morning ("overnight" meets "at 2 a.m."); spans that only touch do not."""
    return any(x[0] < y[1] + shift and y[0] + shift < x[1] for shift in (-24.0, 0.0, 24.0))


def clock_hours(text: str) -> tuple[tuple[float, float], str] | None:
    """The hours a statement's clock time allows ("at 21:40", "shortly after 11 p.m."), and
    the time as written; None when it gives none (a part of the day is not a clock time)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    found = _clock_time(text, words, [_PARTS_OF_DAY[w] for w in words if w in _PARTS_OF_DAY]) or _noon_or_midnight(text)
    if found is None or found[1] in text:
        return found
    # told in words ("six o'clock", "seven in the evening"): shown as written
    written = next((m.group(0) for rx in (_OCLOCK, _HOUR_OF_THE_DAY) if (m := rx.search(text))), found[1])
    return found[0], written


_NOON_OR_MIDNIGHT = re.compile(r"\b(midnight|noon|midday)\b", re.IGNORECASE)


def _noon_or_midnight(text: str) -> tuple[tuple[float, float], str] | None:
    """ "At midnight", "close to midnight", "shortly after noon": clock times told in a word
    (midnight as the end of its day, but the start of the next after "after")."""
    m = _NOON_OR_MIDNIGHT.search(text)
    if m is None:
        return None
    before = set(re.findall(r"[a-z]+", text[: m.start()].lower())[-3:])
    word = m.group(1).lower()
    value = 12.0 if word != "midnight" else 0.0 if "after" in before else 24.0
    return _hedged(value, before | ({"about"} if "close" in before else set())), m.group(0)


def _clock_time(text: str, words: set[str], parts: list[tuple[float, float]]) -> tuple[tuple[float, float], str] | None:
    text = _OCLOCK.sub(lambda m: f"{NUMBER_WORDS[m.group(1).lower()]}:00", text)
    text = _HOUR_OF_THE_DAY.sub(_hour_of_the_day, text)
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        half = (m.group(3) or "").lower().replace(".", "")
        if m.group(2) is None and not half or hour > 24 or minute > 59:
            continue  # a bare number is not a time
        if half == "pm" and hour < 12 or not half and hour < 12 and parts and min(lo for lo, _ in parts) >= 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        elif not half and hour <= 12 and not parts and not m.group(1).startswith("0"):
            return None  # "at 2:15": morning or afternoon, not told ("09:30" is a 24-hour clock)
        return _hedged(hour + minute / 60, set(re.findall(r"[a-z]+", text[: m.start()].lower())[-3:])), m.group(0).strip()
    return None


def _hedged(value: float, words: set[str]) -> tuple[float, float]:
    """The hours a clock time allows as hedged: "shortly before 3" is 2:15 to 3, "shortly after
    8" 8 to 8:45, "about 4:40" 4:30 to 4:50 (`_hedge_width`); as written, within a quarter of an
    hour."""
    near = words & _NEAR
    if near and "before" in words and "after" not in words:
        return value - 0.75, value
    if near and "after" in words and "before" not in words:
        return value, value + 0.75
    slack = _hedge_width(value) if words & _HEDGED else 0.25
    return value - slack, value + slack


def _hedge_width(value: float) -> float:
    """How far "about" reaches, by how finely the time is told, as one reads a rounded figure:
    "about 10 p.m." half an hour either way, "about 10:15" a quarter, "about 9:40" ten minutes."""
    minute = round(value % 1 * 60)
    return 0.5 if minute % 30 == 0 else 0.25 if minute % 15 == 0 else 1 / 6


def _places(own: list[Any]) -> frozenset[str]:
    """Names of where the clause places it ("in Brackenford", "at the Orrin plant")."""
    return frozenset(
        g.lower_
        for t in own
        if t.dep_ == "prep" and t.lower_ in ("in", "at", "near")
        for g in t.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.lower_ not in WEEKDAY_NAMES and g.lower_ not in MONTH_NAMES
    )


def one_event(x: Timing, y: Timing) -> bool:
    """One event at one phase: the same kind, no two different names, no two different places;
    a first sighting by no two different observers (each may have seen it first)."""
    if x.by and y.by and x.by != y.by or x.given and y.given and not x.given & y.given:
        return False  # two observers; two people of one surname ("Ahmed Karimi", "Hassan Karimi")
    any_event = x.phase == "start" and "incident" in (x.event, y.event)
    any_failure = x.phase == "failure" and bool({x.event, y.event} & _FAILURE_NOUNS)
    generic = [t for t in (x, y) if t.event in _ANY_BALLOT]
    any_ballot = bool(generic) and {x.event, y.event} <= _BALLOTS and not any(t.quals for t in generic)
    motion = {x.event, y.event} == {_MOTION, "vote"}  # "the senate will vote on the bill" ~ "the vote on the bill"
    if x.phase != y.phase or x.event != y.event and not (any_event or any_failure or any_ballot or motion):
        return False
    if x.quals and y.quals and not _quals_meet(x.quals, y.quals):
        return False  # "the parliamentary election" and "the presidential election"
    if x.names and y.names and not x.names & y.names:
        return False
    return not (x.places and y.places and not x.places & y.places)


_BALLOTS = _ANY_BALLOT | frozenset(["election", "referendum", "runoff", "run-off", "plebiscite"])


def _quals_meet(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two sets of describing words that may tell one event: a word in common, or one thing
    told with and without its own describing word ("the bill" ~ "the pension bill"; not "the
    pension bill" ~ "the budget bill")."""
    return bool(x & y) or any(a.split()[-1] == b.split()[-1] and (" " not in a or " " not in b) for a in x for b in y)


def timing_clash(x: Timing, y: Timing) -> str | None:
    """Why two timings of one event cannot both hold, or None."""
    if {x.phase, y.phase} == {"start", "seen"}:
        return _begun_after_seen(x, y) if x.phase == "start" else _begun_after_seen(y, x)
    if {x.phase, y.phase} == {"end", "ongoing"}:
        return _going_on_after_end(x, y) if x.phase == "end" else _going_on_after_end(y, x)
    if x.phase == "ongoing":
        return None  # still going on on two days: both hold
    if not one_event(x, y) or _told_as_given_up(x, y) or _told_as_given_up(y, x):
        return None
    event = y.event if x.event in _FAILURE_NOUNS else x.event
    what = f"the {_SHOWN_AS.get(event, event)} {PHASE_SHOWN[x.phase]}"
    if x.days and y.days and not x.days & y.days:
        return f"{what}: '{x.span}' vs '{y.span}' (other days)"
    if x.weekdays and y.weekdays and not x.weekdays & y.weekdays:
        around = _around_midnight(x, y)
        if around is None:
            return f"{what}: '{x.span}' vs '{y.span}' (other days)"
        return None if around else f"{what}: '{x.span}' vs '{y.span}' (other hours, either side of midnight)"
    same_day = bool(x.weekdays & y.weekdays or x.days & y.days)
    undated = not (x.weekdays or x.days) or not (y.weekdays or y.days)  # one event, one start: the same day
    if (same_day or undated) and x.hours and y.hours and (x.hours[1] <= y.hours[0] or y.hours[1] <= x.hours[0]):
        return f"{what}: '{x.span}' vs '{y.span}' (other hours)"  # hours that only touch do not meet: "about 6:40", "around 6:15"
    return None


def _going_on_after_end(end: Timing, going: Timing) -> str | None:
    """An event said to go on after it was said to end: "the fire was still burning on Sunday
    morning" vs "firefighters had put out the fire by Saturday afternoon" (a day to three later,
    or later hours of the same day)."""
    if not one_event(end, replace(going, phase="end")):
        return None
    what = f"the {end.event} went on after it ended: '{going.span}' vs '{end.span}'"
    if len(end.weekdays) == 1 and len(going.weekdays) == 1:
        (de,), (dg,) = end.weekdays, going.weekdays
        if de != dg:
            return what if 1 <= (dg - de) % 7 <= 3 else None
        return what if end.hours and going.hours and going.hours[0] > end.hours[1] else None
    return None


def _begun_after_seen(start: Timing, seen: Timing) -> str | None:
    """An event said to begin after it was first seen or reported: a day later (one to three
    weekdays on, in the week a report covers), or later the same day; not around midnight
    ("late on Monday" and "early on Tuesday" may be one time)."""
    if not one_event(start, replace(seen, phase="start")):
        return None
    what = f"the {start.event} began after it was seen: '{start.span}' vs '{seen.span}'"
    if start.days and seen.days:
        return what if min(start.days) > max(seen.days) else None
    if len(start.weekdays) == 1 and len(seen.weekdays) == 1:
        (ds,), (dr,) = start.weekdays, seen.weekdays
        if ds != dr:
            later = 1 <= (ds - dr) % 7 <= 3
            return what if later and _around_midnight(seen, start) is not True else None  # False: hours that cannot meet
    same_day = bool(start.weekdays & seen.weekdays or start.days & seen.days)
    undated = not (start.weekdays or start.days or seen.weekdays or seen.days)
    if (same_day or undated) and start.hours and seen.hours and start.hours[0] > seen.hours[1]:
        return what
    return None


def same_timing(x: Timing, y: Timing) -> bool:
    """One event's start (or end) on the same day, at hours that meet where both give one."""
    if not one_event(x, y) or timing_clash(x, y) is not None:
        return False
    return bool(x.weekdays & y.weekdays or x.days & y.days)


def _around_midnight(x: Timing, y: Timing) -> bool | None:
    """Two weekdays one apart, late in the earlier and early in the later, or said to be late
    or early without an hour that rules it out ("late on Sunday" and "early on Monday"): one
    time, perhaps (True); but not when both give hours that cannot meet across midnight
    ("at 11:47 on Friday night" and "at 2:15 early on Saturday": False). None: other days."""
    for a, b in ((x, y), (y, x)):
        if len(a.weekdays) == 1 and len(b.weekdays) == 1:
            (da,), (db,) = a.weekdays, b.weekdays
            if (db - da) % 7 != 1:
                continue
            if a.hours and b.hours:  # the later day's hours, counted from the earlier day's midnight
                if a.hours[1] >= 21 and b.hours[1] <= 8:
                    return a.hours[0] < b.hours[1] + 24 and b.hours[0] + 24 < a.hours[1]  # touching is not meeting
                continue
            late = a.hours is None or a.hours[1] >= 21
            early = b.hours is None or b.hours[1] <= 8
            if late and early and (a.late or b.early):
                return True
    return None


# "before the match" / "after the match": one deed put on two sides of one thing. "Ahead of"
# and "prior to" say before; "following" says after only as a preposition ("the following
# day" is no anchor: a time word alone is left out below).
_ORDER = re.compile(
    r"\b(?P<word>before|after|prior\s+to|ahead\s+of|following)\s+(?P<what>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    re.IGNORECASE,
)
_ORDER_SIDE = {"before": "before", "prior to": "before", "ahead of": "before", "after": "after", "following": "after"}
# Words after "before" / "after" that name no thing the deed is set against.
_NO_ANCHOR = frozenset(["all", "that", "this", "which", "it", "them", "him", "her", "day", "days", "week", "weeks", "year"])
_NO_ANCHOR_STEMS = frozenset(w for word in _NO_ANCHOR for w in content_words(word))


# "before and after the vote"; "rose before the announcement and fell after it": both sides
_BOTH_SIDES = re.compile(
    r"\b(?:before|after)\s+(?:and|or)\s+(?:before|after)\b|\b(?:before|after)\s+(?:it|that|this|them)\b", re.IGNORECASE
)


def orders(text: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Each "before X" / "after X" of a text: (side, the content words of X, the words as written)."""
    out = []
    for m in _ORDER.finditer(text):
        words = frozenset(content_words(m.group("what"))) - _NO_ANCHOR_STEMS
        if words and m.group("what").split()[0].lower() not in _NO_ANCHOR:
            shown = m.group(0).split()
            while shown[-1].lower() in STOPWORDS:  # "following the vote on": no "on"
                shown.pop()
            out.append((_ORDER_SIDE[" ".join(m.group("word").lower().split())], words, " ".join(shown)))
    return tuple(out)


def order_apart(a: str, b: str) -> tuple[str, str] | None:
    """One statement sets its deed before something, the other after the same thing ("police
    arrested 14 people after the match" / "before the match"): the two phrases, or None. Not
    when either sets things on both sides of it ("before and after the vote")."""
    if _BOTH_SIDES.search(a) or _BOTH_SIDES.search(b):
        return None
    xa, xb = orders(a), orders(b)
    for side, words, shown in xa:
        for other, words_b, shown_b in xb:
            if side == other or not words & words_b:
                continue
            both = [o for o in (*xa, *xb) if o[1] & words]
            if {o[0] for o in both if o in xa} == {side} and {o[0] for o in both if o in xb} == {other}:
                return shown, shown_b
    return None


# "Last inspected in 2019", "its most recent inspection, in 2021", "the latest census (2011)":
# the latest of one thing is one occasion. Not a span of time ("last year", "last Monday").
_LATEST = re.compile(
    r"\b(?:last|latest|previous|most\s+recent(?:ly)?)\s+(?P<what>[a-z]+)(?:\s+(?P<next>[a-z]+))?\b", re.IGNORECASE
)
MONTH_PATTERN = "|".join(calendar.month_name[1:])  # written whole and capitalised: not "may"
# "The first strike at the plant since 2015", "the first summit of the two leaders since
# March", "the summit was the first between them since March": the one before it was then. Not
# "the first time since ..." (the clause after it tells what), nor a span ("since the war
# began"), nor "not the first".
_FIRST_SINCE = re.compile(
    r"\b(?:(?P<subject>[a-z]+)\s+(?:was|is|were|are|marked)\s+the\s+)?first\s+(?P<words>[^,.;]{0,80}?)\bsince\s+"
    r"(?:(?P<month>(?-i:" + MONTH_PATTERN + r"))\b(?:\s+(?P<year>(?:1[89]|20)\d\d)\b)?|(?P<only_year>(?:1[89]|20)\d\d)\b)",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"[^,.;]{0,60}?\b(?:in|since|on|during)\s+(?:early\s+|mid-?|late\s+)?(" + MONTH_PATTERN + r")\b")
YEAR_WORD = re.compile(r"(?<![\w,.-])(?:1[89]|20)\d\d(?![\w-]|,\d)")
_SPANS_AFTER_LAST = frozenset(
    ["week", "weekend", "month", "year", "night", "time", "season", "decade", "century", "summer", "winter"]
    + ["spring", "autumn", "fall", "minute", "hour", "day", "morning", "evening", "afternoon", "one", "two", "few"]
)


@dataclass(frozen=True)
class Latest:
    """The latest of one thing and when a statement gives it (a year, else a month): `what` is
    the word after "last" ("inspected", "eruption"), `keys` the first five letters of it and of
    the word after it, which a verb and its noun share ("inspect-ed", "inspect-ion"; "the most
    recent safety inspection" / "the latest inspection report")."""

    what: str
    keys: frozenset[str]
    when: str


def latest_in_year(text: str) -> Latest | None:
    """The thing a statement tells the latest of, with the year it gives for it: the first year
    after the words, else the last before them, else a month named in the clause after them
    ("the previous summit took place in June"); the one before a first ("the first strike
    since 2015"). None when it tells none."""
    for first in _FIRST_SINCE.finditer(text):
        found = _the_one_before(text, first)
        if found is not None:
            return found
    for m in _LATEST.finditer(text):
        what = m.group("what").lower()
        if what in _PEOPLE_AFTER_LAST:
            continue  # "the previous mayor was elected in 2010": a person, who may be elected again
        told = _LAST_TIME.match(text, m.end("what")) if what == "time" else None
        light = _AFTER_LIGHT_VERB.match(text, m.end("what")) if what in _LIGHT_VERBS else None
        if told is None and (what in STOPWORDS or what in _SPANS_AFTER_LAST or what in WEEKDAY_NAMES or what in MONTH_NAMES):
            continue
        after = YEAR_WORD.search(text, m.end())
        before = list(YEAR_WORD.finditer(text, 0, m.start()))
        month = _MONTH_AFTER.match(text, m.end("what"))
        year = after.group(0) if after else before[-1].group(0) if before else month.group(1) if month else None
        if year is None:
            continue
        if told is not None:  # "the last time the two leaders met was in 2019": what they did
            words = re.findall(r"[a-z]+", told.group(1).lower())
        elif light is not None:  # "last went on strike in 2016": the strike
            words = [light.group(1).lower()]
        else:
            words = [what, (m.group("next") or "").lower()]
        keys = frozenset(_key(w) for w in words if len(w) >= 3 and w not in STOPWORDS)
        if keys:
            return Latest(told.group(1) if told is not None else what, keys, year)
    return None


def _the_one_before(text: str, first: re.Match[str]) -> Latest | None:
    """The thing a "first ... since" tells of, by the words right after "first" up to a word
    that is no part of its name ("the first general election since 2015": general, election),
    else by the subject of "was the first" ("the summit was the first between them since
    March"); and the time the one before it was."""
    if _NOT_BEFORE.search(text, 0, first.start("words") - len("first ")):
        return None  # "it was not the first strike since 2015"
    words: list[str] = []
    for word in re.findall(r"[A-Za-z-]+", first.group("words")):
        if word.lower() in STOPWORDS or len(words) == 3:
            break
        words.append(word.lower())
    if not words and first.group("subject"):
        words = [first.group("subject").lower()]
    if not words or words[-1] in _SPANS_AFTER_LAST or words[-1] in STOPWORDS:
        return None  # "the first time since March that ...", "the first in a decade"
    when = first.group("year") or first.group("month") or first.group("only_year")
    return Latest(words[-1], frozenset(_key(w) for w in words), when)


# Words for a person after "last" or "previous": someone holds a post again ("the previous
# mayor was elected in 2010" and re-elected in 2014).
_PEOPLE_AFTER_LAST = frozenset(
    ["mayor", "president", "owner", "coach", "manager", "captain", "leader", "chairman", "governor", "minister"]
    + ["director", "head", "chief", "editor", "ambassador", "champion", "winner", "holder", "occupant", "tenant"]
)


# Verbs that only carry the noun of the deed after them: "last went on strike", "last staged a
# walkout", "last held elections".
_LIGHT_VERBS = frozenset(["went", "staged", "held", "had", "saw", "made", "took", "hosted", "suffered", "faced"])
_AFTER_LIGHT_VERB = re.compile(r"(?:\s+(?:on|a|an|the|its|their|his|her|general|national|local))*\s+([a-z]+)", re.IGNORECASE)
# "The last time the two leaders met was in 2019": the clause after "time", up to the "was" of
# its year.
_LAST_TIME = re.compile(
    r"\s+([^,.;]+?)\s+(?:was|were|had been)\s+(?:back\s+)?(?:in|during)\s+(?:[a-z]+\s+)?(?:1[89]|20)\d\d\b", re.IGNORECASE
)


def latest_apart(x: str, y: str) -> tuple[Latest, Latest] | None:
    """Two statements that give the latest of one thing ("the bridge was last inspected in
    2019" / "its most recent inspection took place in 2021") different years: they cannot both
    hold. One thing: all that one of them tells of it, the other tells as well (not "the mayor"
    / "the governor last visited Tarn", "the league title" / "the cup"), and neither gives the
    other's year ("the Pelt bridge in 2019, the Orvel bridge in 2021")."""
    found = latest_told_apart(x, y)
    if found is None:
        return None
    wx, wy = _told_of_it(x), _told_of_it(y)
    return found if wx and wy and (wx <= wy or wy <= wx) else None


def latest_told_apart(x: str, y: str) -> tuple[Latest, Latest] | None:
    """Two statements that give the latest of things of one name at two times, whether or not
    they tell of one thing ("the first rate cut since 2019" / "the bank last cut rates in
    2021"): they do not restate one claim."""
    lx, ly = latest_in_year(x), latest_in_year(y)
    if lx is None or ly is None or not lx.keys & ly.keys or lx.when == ly.when:
        return None
    if lx.when.isdigit() != ly.when.isdigit() or lx.when in y or ly.when in x:
        return None  # a year and a month, or each names the other's
    if bool(_PLAN_WORDS.search(x)) != bool(_PLAN_WORDS.search(y)):
        return None  # "the last match will be played in May" / "was played in April": two seasons
    if not lx.when.isdigit() and (_YEAR_SPAN.search(x) or _YEAR_SPAN.search(y)):
        return None  # months of "last year" and of this one
    return lx, ly


_PLAN_WORDS = re.compile(r"\b(?:will|shall|(?:is|are) (?:due|set|scheduled|expected) to)\b", re.IGNORECASE)
_YEAR_SPAN = re.compile(
    r"\b(?:(?:last|next|this|the previous|the following) (?:year|season)|a year (?:ago|earlier|later))\b", re.IGNORECASE
)


# Words that tell when or that a latest thing happened, not what it was: "was held", "took place",
# "was carried out", "came", "passed" (an inspection), the words for the latest, and speech.
_WHEN_WORDS = frozenset(
    ["last", "latest", "previous", "first", "since", "most", "recent", "recently", "held", "took", "take", "place"]
    + ["carried", "out", "came", "come", "happened", "happen", "occurred", "occur", "passed", "pass", "said", "say"]
    + ["says", "told", "added", "accord"]
)


def _key(word: str) -> str:
    """A word by its first five letters, a plural by its singular's ("rates", "rate": rate)."""
    return (word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)[:5]


_SAID_AFTER = re.compile(r",\s*(?:(?:[\w'’-]+\s+){1,6}(?:said|says|told|added)\b|according\s+to\b)[^,]*$")
_OWNER = re.compile(r"\b[a-z]+['’]s\b")


def _told_of_it(text: str) -> frozenset[str]:
    """The content words of a statement by their first five letters ("inspected", "inspection":
    inspe), without years and months, the words that only tell when or that it happened, who said so
    (", officials said") and an owner ("the country's last census": the census)."""
    told = _OWNER.sub(" ", _SAID_AFTER.sub("", text.lower()))
    words = (w for w in re.findall(r"[a-z]+", told) if w not in STOPWORDS and w not in _WHEN_WORDS and w not in MONTH_NAMES)
    return frozenset(_key(w) for w in words if len(w) > 2)
