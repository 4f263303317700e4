"""Operating statuses: whether a thing is open or closed, running or stopped, in use, cut off or
resumed, held or released, a motion passed or rejected, traffic moving over a crossing, standing
unharmed or wrecked, and the day and place each status is told for (`_status_of` and the
readers it calls).
"""

from __future__ import annotations

from typing import Any

from ...lexicons import (
    ACTIVITY_NOUNS,
    AREA_NOUNS,
    CHAMBER_SIDES,
    DAY_WORDS,
    EVENT_KINDS,
    GENERIC_PEOPLE,
    HOLDING_VERBS,
    IDLE,
    MARKET_CLOSE_VERBS,
    MONTH_NAMES,
    OPERATING,
    PERSON_WORDS,
    SITE_KINDS,
    WEEKDAY_NAMES,
)
from ..propositions import hypothetical, planned, stands_for, year_like
from .changes import _DOWN_WORDS, _UP_WORDS
from .model import Status
from .reading import (
    _by_agent,
    _child,
    _infinitive,
    _inherit,
    _kinds,
    _only_possible,
    _own_words,
    _places,
    _pobj,
    _prep_child,
    _span,
    _when,
    is_negated,
)


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
    stopped = _cancelled_service(token) or _stopped_work(token) or _made_to_stop(token)
    if word not in OPERATING and word not in IDLE and not stopped:
        return (
            _working(token, sentence)
            or _business_as_usual(token, sentence)
            or _on_the_grid(token, sentence)
            or _unaffected_service(token, sentence)
            or _traffic(token, sentence)
            or _held(token, sentence)
            or _voted(token, sentence)
            or _in_use(token, sentence)
            or _resumed(token, sentence)
            or _in_custody(token, sentence)
            or _released(token, sentence)
            or _cut_off(token, sentence)
            or _without_supply(token, sentence)
            or _damage(token, sentence)
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
    if _activity(holder) and (place := _where_work_goes_on(token)) is not None:
        holder = place  # "production was halted at the smelter": the smelter
    operating = word in OPERATING
    if _prefixed_non(token) or is_negated(token):
        operating = not operating
    if word == "shut" or token.lemma_ == "close":
        operating = is_negated(token)
    shown = f"non-{word}" if _prefixed_non(token) else f"not {word}" if is_negated(token) else word
    verb = token.head if token.dep_ in ("acomp", "oprd", "xcomp", "attr") else token  # "stayed open": stayed
    where = _places(token, verb, holder)
    when = _days(token)
    if any(_until_a_time(c) for t in (token, verb, verb.head) for c in t.children):
        when |= {"until"}  # "will keep operating until December": then no more
    lasting = verb.lemma_.lower() in ("stay", "remain") or any(c.lower_ == "still" for c in (*verb.children, *token.children))
    if lasting and "future" in when:
        when |= {"ongoing"}  # "will stay closed": closed now, and after
    line = _line_of(token) if stopped else ""
    return Status(
        holder.lemma_.lower(),
        operating,
        shown,
        _span(holder),
        sentence,
        where,
        _kinds(holder),
        when=when,
        lasting=lasting,
        line=line,
    )


def _made_to_stop(token: Any) -> bool:
    """ "The mine was forced to close", "was compelled to shut its doors": it closed."""
    return token.lemma_.lower() in _CLOSING and _infinitive(token) and token.head.lemma_.lower() in _COMPELLED


_UNTIL = frozenset(["until", "till"])
# (not `_TIME_NOUNS` below: a name set twice in a module is its last value everywhere)
_UNTIL_TIMES = frozenset(["end", "spring", "summer", "autumn", "winter", "midnight", "noon", "dawn", "weekend"])


def _until_a_time(prep: Any) -> bool:
    """ "until December", "till the end of June": a time it stops holding; not "until further
    notice" or "until further orders", which name none."""
    if prep.dep_ != "prep" or prep.lower_ not in _UNTIL:
        return False
    return any(g.dep_ == "pobj" and (g.lower_ in DAY_WORDS | _UNTIL_TIMES or year_like(g)) for g in prep.children)


def _until_an_event(child: Any) -> bool:
    """ "until the storm hit", "till the power failed", "until the fire": an event it stopped
    holding at (not a time: `_until_a_time`; not "until further notice")."""
    if child.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _UNTIL for c in child.children)
    if child.dep_ != "prep" or child.lower_ not in _UNTIL or _until_a_time(child):
        return False
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lower_ not in ("notice", "orders") for g in child.children)


# A status told to hold until an event ("until the storm hit"): the other side's opposite may
# come after it.
UNTIL_AN_EVENT = "until an event"


_CLOSING = frozenset(["close", "shut"])  # a place's work stopped by other verbs: `_stopped_work`


def _days(verb: Any) -> frozenset[str]:
    """The weekdays and months a status is said to hold on, and "future" when it is to come:
    "closed on Monday" and "open on Tuesday" both hold, as do "will reopen" and "closed"."""
    when = _when(verb)
    days = frozenset(w for w in when if w in WEEKDAY_NAMES or w in MONTH_NAMES)
    parts = frozenset(t.lower_ for t in _own_words(verb) if t.lower_ in _PARTS_OF_DAY)
    spans = frozenset(
        f"{t.lower_} {span.lower_}"
        for span in verb.children
        if span.lemma_.lower() in ("week", "weekend", "month")
        for t in span.children
        if t.lower_ in ("last", "this", "next")
    )  # "halted last week" is not "on Monday"
    return days | parts | spans | ({"future"} & when) | ({BACKGROUND_YEAR} if _of_a_past_year(verb) else set())


# A status told of a year gone by ("was suspended in 2019", "was closed last year"): background,
# compared only with another told of a year.
BACKGROUND_YEAR = "year gone by"


def _of_a_past_year(verb: Any) -> bool:
    """The clause dates itself to a year ("in 2019", "last year", "two years ago"), not from one
    ("closed since 2019" holds until now)."""
    clause = verb.head if verb.dep_ in ("acomp", "oprd", "attr", "xcomp") else verb  # "was open throughout 2019": was
    own = [*_own_words(clause), *(w for c in clause.children if c.dep_ == "npadvmod" for w in c.subtree)]  # "last year"
    for t in own:
        if year_like(t) and t.head.lower_ in ("in", "during", "throughout"):
            return True
        if t.lower_ == "year" and any(c.lower_ in ("last", "previous") for c in t.children):
            return True
        if t.lower_ == "ago" and any(w.lower_ in ("year", "years") for w in t.subtree):
            return True
    return False


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


# Things that are held as events are held: a vote, a summit, a match.
_HELD_EVENTS = frozenset(w for words in EVENT_KINDS.values() for w in words) | frozenset(
    ["vote", "election", "referendum", "ballot", "poll", "ceremony", "funeral", "vigil", "festival", "parade", "match"]
    + ["game", "race", "final", "tournament", "concert", "exhibition", "briefing", "service", "inquest", "consultation"]
)


def _held_one_person(noun: Any) -> bool:
    """Who is held captive: a person named, or people by a word for people, or any other noun
    that names no event ("the two kidnapped engineers are still being held")."""
    lemma = noun.lemma_.lower()
    if lemma in PERSON_WORDS or noun.pos_ == "PROPN" and noun.ent_type_ in ("", "PERSON"):
        return True
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and lemma not in _HELD_EVENTS


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
    if _held_for_a_span(verb):
        return None
    person = _inherit(verb, lambda t: _child(t, "nsubj", "nsubjpass"))  # "was detained and remained in custody"
    if person is None or not _held_one(person):
        return None
    held = not is_negated(verb)
    shown = f"{'not ' if not held else ''}in {token.lower_}"
    return Status(
        person.lemma_.lower(), held, shown, _span(person), sentence, _places(person), frozenset(), when=_days(verb), custody=True
    )


def _held_for_a_span(verb: Any) -> bool:
    """Custody told as a span gone by, in the past perfect ("had been held for three weeks",
    "had been in detention for a month"): over by the time told, so no clash with a release."""
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    spans = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for")
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _SPAN_NOUNS for p in spans for g in p.children)


_SPAN_NOUNS = frozenset(["hour", "day", "week", "month", "year", "night"])


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


# Verbs a place is, stays or is left without a supply by: "remained without power".
_LEFT_WITHOUT = frozenset(["be", "remain", "stay", "leave", "go", "spend", "sit"])


def _without_supply(token: Any, sentence: int) -> Status | None:
    """A supply lacking where it should run: "most of the city was still without tap water",
    "thousands of homes were left without power": not working (the place is its places)."""
    if token.lower_ != "without" or token.head.lemma_.lower() not in _LEFT_WITHOUT:
        return None
    verb, supply = token.head, _child(token, "pobj")
    if supply is None or supply.lemma_.lower() not in _SUPPLIES or is_negated(verb) or _only_possible(verb):
        return None
    subject = _child(verb, "nsubj", "nsubjpass")
    where = _places(verb, *(t for t in (subject,) if t is not None)) | _named_subject(subject)
    lasting = verb.lemma_.lower() in ("stay", "remain") or any(c.lower_ == "still" for c in verb.children)
    # the kind of a supply lacking ("tap water", "mains power") is the supply itself: no kind apart
    return Status(
        supply.lemma_.lower(),
        False,
        f"without {supply.lower_}",
        _span(supply),
        sentence,
        where,
        when=_days(verb),
        lasting=lasting,
    )


def _named_subject(subject: Any | None) -> frozenset[str]:
    """The name a subject is or is part of ("Vardenholm", "most of Vardenholm")."""
    if subject is None:
        return frozenset()
    if subject.pos_ == "PROPN":
        return frozenset([subject.lower_])
    return frozenset(
        g.lower_ for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.pos_ == "PROPN"
    )


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
    if place is holder and _activity(holder) and subject not in (None, holder) and subject.pos_ in ("NOUN", "PROPN"):
        place = subject  # "the airport resumed flights": the airport works again
    elif place is holder and _activity(holder):
        place = _where_work_goes_on(token) or holder  # "flights resumed at the airport": the airport
    holder = place
    where = _places(token, holder)
    return Status(holder.lemma_.lower(), True, token.lower_, _span(holder), sentence, where, _kinds(holder), when=_days(token))


def _where_work_goes_on(verb: Any) -> Any | None:
    """The place a clause of work going on or stopping tells after its verb: "production
    continued at the mill", "work resumed on the assembly line" (not "on Monday", "on
    schedule", "in parts of the mine": a time, a way, a part)."""
    for word in ("at", "in", "on"):
        place = _pobj(verb, word)
        if place is None or place.pos_ != "NOUN" or _a_time(place) or place.lemma_.lower() in _PARTS_OF_WAY | _PACES:
            continue
        if word == "at" or place.lemma_.lower() in _WORKPLACES | _LINES:
            return place
    return None


_PACES = frozenset(["rate", "capacity", "pace", "level", "speed", "scale", "basis"])  # "continued at a reduced rate"
_LINES = frozenset(["line", "site", "unit", "plant"])  # "continued on the remaining lines", "in the plant"
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
        runs_on = lemma in _RUNS_ON or holder.lower_ == "trading"  # "trading on the exchange": the exchange
        preps = ("of",) if lemma in _DOORS else ("at", "in", "of", *(("on",) if runs_on else ()))
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
        work = _child(token, "nsubj")
        holder: Any = _behind_doors(work)
        holder = (_where_work_goes_on(token) or holder) if holder is work else holder  # "production continued at the mill"
        until = {"until"} if any(_until_a_time(c) for c in token.children) else set()
        if any(_until_an_event(c) for c in token.children):
            until = {UNTIL_AN_EVENT}  # "continued until the storm hit", "until the fire"
        when = _days(token) | until
        where = _places(token, holder)
        return Status(holder.lemma_.lower(), True, token.text, _span(holder), sentence, where, _kinds(holder), when=when)
    if token.lemma_.lower() not in _WORKING_VERBS or token.pos_ != "VERB" or is_negated(token):
        return None
    run = _child(token, "dobj")
    if token.lemma_.lower() in _MOVING_VERBS and run is not None and run.lemma_.lower() not in _SCHEDULES:
        return None  # "volunteers ran the shelter": people at work, not a place
    going_on = token.dep_ == "xcomp" and token.head.lemma_.lower() in _GOING_ON
    still = token.tag_ == "VBG" and any(c.lower_ == "still" for c in token.children)  # "was still producing"
    normal = any(t.lower_ in _NORMAL_WAYS for c in token.children if c.dep_ in ("advmod", "prep", "dobj") for t in c.subtree)
    without = _pobj(token, "without")
    normal = normal or without is not None and without.lemma_.lower() in _BREAKS
    if (
        not (going_on or still or normal)
        or "future" in _when(token)
        or token.lemma_.lower() in _OUTPUT_VERBS
        and not (going_on or still)
    ):
        return None  # "the plant generated power" tells of output, not that it is still at work
    holder = _child(token, "nsubj") or (_child(token.head, "nsubj") if going_on else None)
    if holder is None or holder.pos_ not in ("NOUN", "PROPN") or holder.lemma_.lower() in GENERIC_PEOPLE:
        return None
    shown = f"{token.head.text} {token.text}" if going_on else f"still {token.text}" if still else f"{token.text} normally"
    where = _places(token, holder)
    line = "" if token.lemma_.lower() in _MOVING_VERBS else _line_of(token)  # "ran a full timetable" is all of it
    return Status(
        holder.lemma_.lower(), True, shown, _span(holder), sentence, where, _kinds(holder), when=_days(token), line=line
    )


def _business_as_usual(token: Any, sentence: int) -> Status | None:
    """Work going on as usual at a place keeps it open: "flights took off and landed normally
    at the airport", "traders were selling as usual at the market". Told after the verb
    ("the port normally handles ..." tells what it usually does, not what it did)."""
    if token.pos_ != "VERB":
        return None
    usual = any(
        c.i > token.i
        and (c.dep_ == "advmod" and c.lower_ == "normally" or c.dep_ == "prep" and c.lower_ == "as" and _as_usual(c))
        for c in token.children
    )
    if not usual or is_negated(token) or _only_possible(token) or "future" in _when(token):
        return None
    subject = _inherit(token, lambda t: _child(t, "nsubj", "nsubjpass"))  # "flights took off and landed normally"
    work = _child(token, "dobj")
    if not (subject is not None and _at_work(subject) or work is not None and _activity(work)):
        return None  # "the boy was breathing normally in the hospital", "spoke normally in court"
    place = next((g for w in ("at", "in") if (g := _pobj(token, w)) is not None and g.pos_ == "NOUN"), None)
    if place is None or _a_time(place) or place.lemma_.lower() in GENERIC_PEOPLE | PERSON_WORDS:
        return None
    shown = f"{token.text} {'normally' if any(c.lower_ == 'normally' for c in token.children) else 'as usual'}"
    return Status(place.lemma_.lower(), True, shown, _span(place), sentence, _places(place), _kinds(place), when=_days(token))


def _on_the_grid(token: Any, sentence: int) -> Status | None:
    """A plant or a town on the grid or cut from it: "the plant was disconnected from the
    grid" vs "remained connected to the grid"; "engineers reconnected the town to the mains".
    Only to or from a grid ("a company connected to the minister" tells no status)."""
    lemma = token.lemma_.lower()
    if lemma not in _CONNECTING or token.pos_ not in ("VERB", "ADJ"):
        return None
    grid = next((g for w in ("to", "from") if (g := _pobj(token, w)) is not None and g.lemma_.lower() in _GRIDS), None)
    if grid is None:
        return None
    holder = (_child(token, "dobj") if token.pos_ == "VERB" else None) or _status_holder(token)
    if holder is None or holder.pos_ not in ("NOUN", "PROPN"):
        return None
    operating = (not lemma.startswith("disconnect")) != is_negated(token)  # "remained disconnected": an adjective
    shown = f"{'not ' if is_negated(token) else ''}{token.text} {'to' if _pobj(token, 'to') == grid else 'from'} the {grid.text}"
    where = _places(token, holder)
    return Status(holder.lemma_.lower(), operating, shown, _span(holder), sentence, where, _kinds(holder), when=_days(token))


_CONNECTING = frozenset(["connect", "disconnect", "reconnect", "connected", "disconnected", "reconnected"])
_GRIDS = frozenset(["grid", "mains"])  # not "a network": "connected to an arms-smuggling network"


def _at_work(subject: Any) -> bool:
    """What does a place's business, or uses it as it is meant to be used: flights, ships,
    traders, pupils ("pupils attended lessons normally"), not anyone who happens to be there."""
    return _activity(subject) or subject.lemma_.lower() in _VEHICLES | _RUNNING | _TRADERS | _USERS


# Who does a market's or a port's business: "traders were selling as usual at the market".
_TRADERS = frozenset(["trader", "vendor", "shop", "shopkeeper", "stallholder", "stall", "business", "store", "merchant"])
# Who uses a place as it is meant to be used: a school's pupils, a station's passengers.
_USERS = frozenset(["pupil", "student", "passenger", "shopper", "customer", "worshipper", "commuter", "traveller", "visitor"])


def _as_usual(prep: Any) -> bool:
    return any(c.lower_ in ("usual", "normal") for c in prep.children)


def _unaffected_service(token: Any, sentence: int) -> Status | None:
    """ "Ferry services were unaffected", "flights were not affected": a service running as
    usual (of a building, "unaffected" tells no damage; of people, nothing of a status)."""
    if token.lower_ not in ("unaffected", "affected") or token.dep_ not in ("acomp", "ROOT", "conj"):
        return None
    if token.lower_ == "affected" and not is_negated(token):
        return None  # "services were affected": how, not said
    holder = _status_holder(token)
    if holder is None or not (holder.lemma_.lower() in _RUNNING or _activity(holder)):
        return None
    shown = "unaffected" if token.lower_ == "unaffected" else "not affected"
    where = _places(token, token.head if token.dep_ == "acomp" else token, holder)
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
    person = _child(token, "nsubjpass") if lemma == "hold" and passive else None
    if person is not None and _held_for_a_span(token):
        return None  # "had been held for three weeks": a time in custody that is over
    if person is not None and _held_one_person(person):  # "the hostages are still being held": in custody, not an event
        shown = f"{'not ' if is_negated(token) else ''}{token.text}"
        return Status(
            person.lemma_.lower(),
            not is_negated(token),
            shown,
            _span(person),
            sentence,
            _places(person),
            frozenset(),
            when=_days(token),
            custody=True,
        )
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
    return Status(
        event.lemma_.lower(),
        held,
        shown,
        _span(event),
        sentence,
        _places(token, event),
        _kinds(event),
        when=_days(token),
        event=True,
    )


# What a vote passes or rejects, and who votes: members of one legislature are named many ways
# ("Parliament passed", "lawmakers rejected"); a committee, or one of two chambers, is not the
# whole ("the committee approved the bill" and "the Senate rejected it" both hold).
_MOTIONS = frozenset(["bill", "measure", "motion", "law", "resolution", "amendment", "budget", "legislation", "ordinance"])
_PASS_VERBS = frozenset(["pass", "adopt", "approve", "ratify", "enact", "carry"])  # "the motion was carried"
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
    elif lemma == "pass" and _child(token, "dobj") is None and _child(token, "nsubjpass") is None and token.dep_ != "acl":
        passed, motion, body = True, _child(token, "nsubj"), None  # "the bill passed"
    elif lemma == "pass" and token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ == "NOUN":
        passed, motion, body = True, token.head, _by_agent(token)  # "The bill passed by 52 votes to 40.", parsed as a noun's
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
    chamber = next((c.lower_ for c in body.children if c.dep_ in ("amod", "compound") and c.lower_ in CHAMBER_SIDES), "")
    if chamber:
        return frozenset([f"{CHAMBER_SIDES[chamber]} {lemma}"])  # "the upper house" is not "the lower house"
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


def _prefixed_non(token: Any) -> bool:
    doc = token.doc
    before = doc[max(0, token.i - 2) : token.i].text.lower().replace(" ", "")
    return before in ("non-", "non", "not") or token.lower_.startswith("non")


_GOING_ON = frozenset(["continue", "remain", "keep"])
# Verbs of being made to do what was then done ("was forced to close", "was compelled to shut"):
# not a plan ("ordered to close" may not have been obeyed).
_COMPELLED = frozenset(["force", "compel", "oblige"])


def _stopped_work(verb: Any) -> bool:
    """A place's work stopped, in any tense: "the plant has stopped production", "the mill
    halts its shifts", "ceased operations", "has stopped operating", "stopped producing trucks"
    (one line of its work, as "halted trading in Orlen shares": `_line_of`); "police stopped the
    car" is no status, nor "stopped paying its staff"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STOPPING:
        return False
    work = _child(verb, "dobj")
    if work is not None:
        return _activity(work)
    doing = _child(verb, "xcomp")
    return doing is not None and _work_of_a_place(doing)


def _work_of_a_place(token: Any) -> bool:
    """A gerund of a place's work: "has stopped operating", "stopped producing trucks" (one line
    of its work, `_line_of`)."""
    if token.tag_ != "VBG":
        return False
    return _activity(token) or token.lemma_.lower() in _WORKING_VERBS | _PROCESSING


def _line_of(verb: Any) -> str:
    """What a place's work told is done to, when the statement names it: "stopped producing
    trucks" (truck), "was still producing cars" (car): one line of its work, which may stop
    while others go on."""
    work = _child(verb, "dobj")
    if verb.lemma_.lower() in _STOPPING and work is not None and _activity(work):
        return _line_named(work) or _line_named(verb)  # "halted trading in Orlen shares": share
    doing = _child(verb, "xcomp") if verb.lemma_.lower() in _STOPPING else verb
    thing = _child(doing, "dobj") if doing is not None else None
    return thing.lemma_.lower() if thing is not None and thing.pos_ == "NOUN" else ""


def _line_named(work: Any) -> str:
    """The one line of a place's work a phrase names, not all of it: "trading in Orlen shares"
    (share), "trading with Volskaya" (volskaya), "production of diesel engines" (engine); not a
    place ("operations in the city")."""
    for prep in (c for c in work.children if c.dep_ == "prep" and c.lower_ in ("in", "with", "of")):
        what = _child(prep, "pobj")
        if what is not None and (prep.lower_ == "with" or what.pos_ == "NOUN" and what.lemma_.lower() not in _WHERE_NOUNS):
            return what.lemma_.lower()
    return ""


_WHERE_NOUNS = AREA_NOUNS | frozenset(SITE_KINDS) | frozenset(["city", "town", "village", "country", "region", "plant"])


_PROCESSING = frozenset(["process", "refine", "manufacture", "assemble"])


_STOPPING = frozenset(["stop", "halt", "suspend", "cease", "pause"])


def _status_holder(token: Any) -> Any | None:
    """The thing a status word describes: the noun it modifies, the object of its verb
    ("police closed the port", "staff still operate the plant"), or the subject of its clause."""
    if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    if _infinitive(token):  # "continued to operate" is a status; "plans to open the port" is none yet
        if token.head.lemma_.lower() in _COMPELLED and not is_negated(token.head):  # "the hospital was forced to shut down"
            thing, subject = _child(token, "dobj"), _child(token.head, "nsubjpass")
            own_work = thing is not None and (_activity(thing) or thing.lemma_.lower() in _DOORS)  # "to suspend operations"
            return subject if thing is None or own_work and subject is not None else thing
        return _child(token, "dobj") or _child(token.head, "nsubj") if token.head.lemma_.lower() in _GOING_ON else None
    if token.pos_ == "VERB" and (thing := _child(token, "dobj")) is not None:
        if thing.lemma_.lower() in _SCHEDULES:  # "the railway was running a full timetable": the railway
            return _inherit(token, lambda t: _child(t, "nsubj"))
        if _activity(thing):  # "the plant halted production", "was running its shifts": the plant
            place = _behind_doors(thing)  # "it suspended operations at the refinery": the refinery
            place = place if place is not thing else _pobj(token, "at")
            return place if place is not None else _workplace_of(_inherit(token, lambda t: _child(t, "nsubj")), token)
        return thing
    if token.dep_ in ("acomp", "ROOT", "conj", "attr") or token.pos_ == "VERB":
        held = token.dep_ in ("advcl", "xcomp", "oprd") and token.head.lemma_.lower() in HOLDING_VERBS  # "stayed shut"
        kept = _child(token.head, "dobj") if held and token.dep_ in ("oprd", "xcomp") else None
        if kept is not None and kept.i < token.i:
            return kept  # "the authority kept the port closed": the port
        head = token.head if token.dep_ == "acomp" or held else token
        found = _inherit(head, lambda t: _child(t, "nsubj", "nsubjpass"))
        for aux in (c for c in head.children if found is None and c.dep_ in ("aux", "auxpass")):
            found = _child(aux, "nsubj", "nsubjpass")  # "the offices remained sealed off": a parse may hang them on "remained"
        return found
    return None


# Places whose work stops and goes on: a firm that halts its operations halts the one of them
# its sentence names ("TamPetro said it had suspended operations ... when the refinery would
# restart": the refinery).
_WORKPLACES = frozenset(
    ["plant", "refinery", "factory", "mine", "colliery", "mill", "smelter", "port", "terminal", "airport", "shipyard"]
    + ["facility", "works", "warehouse", "depot", "quarry", "pipeline"]
)


def _in_an_aside(token: Any) -> bool:
    """In a phrase of cause or time ("because of a strike at the port", "after a fire at a rival's
    refinery"): not the place the clause is about."""
    return any(a.lower_ in _ASIDES for a in token.ancestors)


_ASIDES = frozenset(["because", "after", "before", "following", "amid", "despite", "due", "like", "unlike", "than"])


def _workplace_of(subject: Any | None, verb: Any) -> Any | None:
    """The workplace whose work a firm's clause stops or goes on with: the subject itself, unless
    it names no place (a firm, "it") and its sentence names one workplace, once."""
    if subject is None or subject.lemma_.lower() in _WORKPLACES or subject.pos_ not in ("PRON", "PROPN"):
        return subject
    places = [
        t
        for t in verb.sent
        if t.pos_ == "NOUN" and t.lemma_.lower() in _WORKPLACES and t.dep_ != "compound" and not _in_an_aside(t)
    ]
    return places[0] if len({t.lemma_.lower() for t in places}) == 1 else subject


# A thing's state after a blow, against its standing unharmed: "the chapel was reduced to
# rubble" vs "came through the tremor structurally sound"; "the depot was destroyed" vs "the
# depot is intact". Destroyed and damaged are one side (a thing destroyed is damaged).
_WRECKING = frozenset(["destroy", "raze", "demolish", "obliterate", "gut", "damage", "wreck", "topple"])  # not "levelled charges"
_UNHARMED_THING = frozenset(["intact", "undamaged", "unscathed", "untouched", "unharmed"])  # of people: `_damage` leaves them
_RUINS = frozenset(["rubble", "ruins", "ruin", "ashes", "shell"])  # "reduced to rubble", "to a burnt-out shell", "lay in ruins"
# Verbs of a structure giving way by itself, and structures that do ("the dam burst", "the
# roof collapsed"; not "talks collapsed"); a barrier that "held" stood.
_GIVING_WAY = frozenset(["collapse", "burst", "breach", "cave"])
_STRUCTURES = frozenset(
    ["dam", "levee", "dyke", "dike", "embankment", "barrier", "seawall", "wall", "bridge", "building", "roof", "tower"]
    + ["house", "home", "tunnel", "shaft", "pier", "ceiling", "stand", "school", "hospital", "church", "mosque", "stadium"]
    + ["hotel", "factory", "warehouse", "mall", "block", "span", "overpass", "flyover"]
)
_BARRIERS = frozenset(["dam", "levee", "dyke", "dike", "embankment", "barrier", "seawall", "wall", "defence", "defense"])
# Verbs a thing stands unharmed by: those that hold a state ("remained intact"; "left the
# bridge intact", "kept it intact": their object) and those of coming through ("came through
# structurally sound", "escaped the fire intact").
_STANDING_VERBS = HOLDING_VERBS | {"appear", "seem", "look", "stand", "survive", "emerge", "come", "escape"}


def _damage(token: Any, sentence: int) -> Status | None:
    """A thing wrecked ("was destroyed", "the quake razed the chapel", "reduced to rubble",
    "lies in ruins") or standing unharmed ("remained intact", "came through structurally
    sound", "suffered no damage"); not people ("unharmed" counts the hurt), nor a thing of
    several ("destroyed four tanks"), nor a possibility ("could be destroyed")."""
    found = _wrecked(token) or _standing(token)
    if found is None:
        return None
    holder, intact, verb, shown = found
    if holder is None or holder.pos_ not in ("NOUN", "PROPN") or holder.lemma_.lower() in GENERIC_PEOPLE:
        return None
    if _child(holder, "nummod") is not None or _only_possible(verb):
        return None
    return Status(
        holder.lemma_.lower(),
        intact,
        shown,
        _span(holder),
        sentence,
        _places(verb, holder),
        _kinds(holder),
        when=_days(verb),
        damage=True,
        degree=_degree(token, intact),
    )


# Verbs that leave nothing standing: a thing destroyed was not "slightly damaged".
_RUINING = frozenset(["destroy", "raze", "demolish", "obliterate", "gut", "wreck", "flatten"])
# Words that make damage light: "slightly damaged", "suffered only minor damage".
_LIGHTLY = frozenset(["slightly", "lightly", "superficially", "minimally", "marginally"])
_LIGHT = frozenset(["minor", "slight", "light", "superficial", "minimal", "limited", "cosmetic"])


def _degree(token: Any, intact: bool) -> str:
    """How badly the thing was hit, as the words tell: "ruined" or "light" (or "")."""
    if intact:
        return ""
    if token.lower_ in _RUINS or token.lemma_.lower() in _RUINING or token.lower_ == "gutted" or token.lower_ == "swept":
        return "ruined"
    if token.lemma_.lower() == "damage" and any(c.dep_ == "advmod" and c.lower_ in _LIGHTLY for c in token.children):
        return "light"
    return "light" if token.lemma_.lower() == "damage" and any(c.lower_ in _LIGHT for c in token.children) else ""


def _wrecked(token: Any) -> tuple[Any, bool, Any, str] | None:
    """A thing destroyed or damaged by a verb ("the blast destroyed the depot", "was gutted";
    "was not damaged" stands unharmed, "was not destroyed" may be damaged), or left in ruins
    ("was reduced to rubble", "lies in ruins"): the thing, its state, the verb, the words."""
    lemma = "gut" if token.lower_ == "gutted" else token.lemma_.lower()  # the parse's lemma of "gutted": "gutte"
    swept = lemma == "sweep" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in token.children)
    if token.pos_ == "VERB" and lemma in _GIVING_WAY and not is_negated(token) and _child(token, "dobj") is None:
        holder = _child(token, "nsubj", "nsubjpass")  # "the dam burst", "the roof caved in", "the levee was breached"
        if holder is not None and holder.lemma_.lower() in _STRUCTURES:
            return holder, False, token, token.lower_
        return None
    if token.pos_ == "VERB" and (lemma in _WRECKING or swept):
        if is_negated(token):
            return None if lemma != "damage" else (_child(token, "nsubjpass", "dobj"), True, token, f"not {token.lower_}")
        holder = _child(token, "nsubjpass", "dobj") if token.dep_ != "amod" else token.head
        if holder is None and lemma == "topple":
            holder = _child(token, "nsubj")  # "the statue toppled"
        return holder, False, token, "swept away" if swept else token.lower_
    if token.lower_ not in _RUINS:
        return None
    to = token.dep_ == "pobj" and token.head.lower_ == "to"
    reduced = token.head if token.dep_ in ("advcl", "xcomp") else token.head.head if to else None  # "rubble" may parse as a verb
    if reduced is not None and reduced.lemma_.lower() == "reduce" and not is_negated(reduced):
        return _child(reduced, "nsubjpass", "dobj"), False, reduced, f"reduced to {token.lower_}"
    lying = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else None
    if lying is not None and lying.lemma_.lower() in ("lie", "lay", "be", "remain") and not is_negated(lying):
        return _child(lying, "nsubj"), False, lying, f"in {token.lower_}"
    return None


def _standing(token: Any) -> tuple[Any, bool, Any, str] | None:
    """A thing said to stand unharmed ("the intact depot", "remained intact", "came through the
    storm structurally sound", "suffered no damage")."""
    word = token.lower_
    sound = word == "sound" and any(c.lower_ == "structurally" for c in token.children)
    if word in _UNHARMED_THING or sound:
        shown = "structurally sound" if sound else word
        if token.dep_ == "amod":
            return token.head, True, token.head, shown
        verb = token.head if token.dep_ in ("acomp", "oprd", "advcl", "xcomp", "attr", "advmod") else token
        if verb.lemma_.lower() not in _STANDING_VERBS and verb is not token:
            return None
        intact = not is_negated(verb)
        held = verb.lemma_.lower() in ("leave", "keep") and _child(verb, "dobj") is not None
        holder = _child(verb, "dobj") if held else stands_for(verb, _child(verb, "nsubj", "nsubjpass"))  # "which stood untouched"
        return holder, intact, verb, shown if intact else f"not {shown}"
    if token.pos_ == "VERB" and token.lemma_.lower() == "hold" and not _child(token, "dobj", "nsubjpass", "ccomp", "xcomp"):
        # "the dam held", "the flood defences held firm"; the parser may read "the dam near
        # Brenn held on Tuesday" as a participle on "dam" (but not "the dam held by rebels")
        by = any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in token.children)
        holder = token.head if token.dep_ == "acl" and not by else _child(token, "nsubj")
        particle = _child(token, "prt") is not None  # "held out", "held up": not standing
        one = holder is not None and holder.tag_ != "NNS"  # "the levees held in most places": some of them
        if holder is not None and one and holder.lemma_.lower() in _BARRIERS and not particle and not is_negated(token):
            return holder, True, token, token.lower_
    if token.lemma_.lower() == "damage" and token.pos_ == "NOUN" and any(c.lower_ == "no" for c in token.children):
        verb = token.head  # "suffered no damage", "sustained no damage"
        if verb.lemma_.lower() in ("suffer", "sustain", "take", "receive") and token.dep_ == "dobj":
            return _child(verb, "nsubj"), True, verb, "no damage"
    light = [c for c in token.children if c.dep_ == "amod" and c.lower_ in _LIGHT]
    if token.lemma_.lower() == "damage" and token.pos_ == "NOUN" and light and token.dep_ == "dobj":
        verb = token.head  # "suffered only minor damage": hit, lightly
        if verb.lemma_.lower() in ("suffer", "sustain", "take", "receive") and not is_negated(verb):
            return _child(verb, "nsubj"), False, verb, f"{light[0].lower_} damage"
    return None
