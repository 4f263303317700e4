"""Where one event took place, as a report puts it: "the summit will be held in Geneva", "the
talks took place in Doha", "the blaze broke out at a warehouse in Dunmore", "the plane crashed
near Dorvik".

One event happens in one place: "the ceasefire talks took place in Doha" and "the ceasefire
talks were held in Cairo" cannot both hold. A venue is read from a verb that tells an event
happening ("took place", "was held", "occurred", "broke out", "began"; "was in Madrid") whose
subject is one definite event ("the summit", "the ceasefire talks", "the band's last concert" —
not "a second blast", "another fire"), or from a verb of a thing failing once ("crashed", "sank",
"capsized", "derailed", "collapsed") whose subject is one definite thing ("the plane", "the
ferry"), with the names of the places its own phrases give: "in", "at", "near", "outside",
"off", "close to"; with "the town of X", "the capital, X". A name whose phrase calls it a
region ("in the Harlan province", "in the north of Arvia") or that names a country is wider than
a town and may hold it: such a venue says nothing against a town's. A negation, a condition or
a possibility is no venue; a plan is one ("will be held in Geneva"), compared only with another
plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..lexicons import CAPITALS, COUNTRY_KEYS, DAY_WORDS, EVENT_KINDS
from .polarity import claimed_or_denied
from .propositions import hypothetical, planned, stands_for

# Verbs (lemma and particle) that tell an event happening where it happened.
_HAPPENING = frozenset(["take place", "occur", "happen", "break out", "start", "begin", "erupt", "unfold", "open"])
# Verbs that start an event: where it began, not where all of it took place ("the talks began in
# Vienna" and "were held in Geneva" may both hold).
_STARTING = frozenset(["break out", "start", "begin", "erupt", "open"])
# Verbs of an event put on somewhere, in the passive ("the final was played in Tesk", "the summit
# will be hosted in Geneva"); "host" in the active takes the place as its subject ("Geneva will
# host the summit").
_PUT_ON = frozenset(["hold", "play", "stage", "host", "organise", "organize", "celebrate"])
# Verbs of an event moved elsewhere, in the passive, from one named place to another: its place
# is where it went ("the summit was moved from Lisk to Varno": Varno).
_MOVED = frozenset(["move", "relocate", "switch", "shift", "transfer"])
# Events besides EVENT_KINDS that are held somewhere once: each its own kind.
_GATHERINGS = frozenset(
    ["concert", "match", "game", "final", "race", "festival", "ceremony", "funeral", "parade", "vigil", "wedding"]
    + ["congress", "forum", "tournament", "show", "exhibition", "concert", "gala", "premiere", "debate", "auction"]
)
# Verbs of a thing that fails once, in one word for each failure ("went down" is a crash).
_FAILING = {
    "crash": "crash",
    "go down": "crash",
    "come down": "crash",
    "sink": "sinking",
    "capsize": "sinking",
    "derail": "derailment",
    "collapse": "collapse",
    "cave in": "collapse",
}
# Prepositions that put an event somewhere, and "close to" ("to" after "close").
# What a text must hold for a venue to be read from it, before any parse (`may_link`): the lemmas
# of the verbs of failing, and the words of "took place" and "was held".
VENUE_LEMMAS = frozenset(["crash", "sink", "capsize", "derail", "collapse"])
VENUE_WORDS = frozenset(["place", "held", "down"])
_LOCATIVE = frozenset(["in", "at", "near", "outside", "off", "inside", "within", "on"])
# Words that make a place a region rather than a town ("the Harlan province", "the north of
# Arvia", "the Kessel region").
_REGION_WORDS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "county", "district"]
    + ["province", "region", "state", "country", "oblast", "area", "coast", "territory", "department", "prefecture"]
)
# The last word of a name that calls it a site in a town ("Liberty Square", "Kessel Station"),
# or a sea or a stretch of land wider than one ("the Black Sea", "the Gulf of Arven").
_SITE_NAMES = frozenset(
    ["square", "street", "avenue", "road", "park", "plaza", "bridge", "station", "airport", "stadium", "hall"]
    + ["palace", "hotel", "centre", "center", "building", "tower", "house", "base", "camp", "port", "harbour", "market"]
    + ["ground", "arena", "field", "gardens", "theatre", "theater", "cathedral", "church", "mosque", "temple", "museum"]
    + ["university", "college", "school", "hospital", "prison", "barracks", "embassy", "ministry", "court", "club"]
)
# Sites that hold others: a street holds a museum, a complex a plant.
_AREA_SITES = frozenset(["street", "road", "avenue", "square", "complex", "estate", "park", "district", "quarter"])
_HOLIDAY_WORDS = frozenset(
    ["christmas", "easter", "eve", "day", "ramadan", "eid", "diwali", "hanukkah", "thanksgiving", "halloween", "passover"]
)
_WIDE_NAMES = frozenset(["sea", "ocean", "gulf", "bay", "strait", "channel", "river", "valley", "mountains", "desert"])
# Nouns of a town: the names on them are of towns ("the port city of Alvar", "the resort of Sochi").
_TOWN_WORDS = frozenset(["town", "city", "village", "resort", "port", "capital", "settlement", "suburb", "hamlet"])
_NOT_ONE = frozenset(["another", "second", "third", "new", "separate", "earlier", "previous", "other", "later", "next"])
_NOT_ONE |= frozenset(["first", "largest", "biggest", "smallest", "main", "latest", "fourth", "fifth"])
# Kinds of event named by any of their words as one ("the blaze" and "the fire"); every other
# event is its own word ("the hearing" and "the trial" are two).
_ONE_EVENT_BY_ANY_NAME = frozenset(["fire", "quake", "explosion", "accident", "storm", "flood", "leak", "crush", "outbreak"])
_SPREADING = frozenset(["unrest", "war", "siege", "outage", "curfew", "ban"])
_ONE = frozenset(["the", "this", "that", "its", "their", "his", "her", "our"])


# The places where a text puts what it tells: a place phrase's preposition.
@dataclass(frozen=True)
class Venue:
    """Where one event or one thing's failure took place: the event's kind ("talks"), or the
    failing thing's noun and its failure ("plane", "crash"), the names on it ("the Orchid
    summit": orchid), the places named, whether any of them is a region or a country, whether it
    is a plan, and the words as written."""

    event: str
    names: frozenset[str]
    places: frozenset[str]
    wide: bool
    plan: bool
    span: str
    word: str = ""  # the event's noun as written ("summit", "ceasefire talks")
    sites: frozenset[str] = frozenset()  # names of buildings and grounds ("at the Orrin plant": orrin)
    definite: bool = True  # "the fire", not "a fire": one known event, what a link may rest on
    where: str = ""  # the names as written ("Arden Stadium, Tesk")
    phase: str = ""  # "start" ("broke out", "began"), or "" (the whole event, or a failure)
    marks: frozenset[str] = frozenset()  # what tells which one it is ("men's", "quarter-", "ceasefire")
    when: frozenset[str] = frozenset()  # its own time words ("on Monday", "last year": monday, last, year)
    spots: frozenset[str] = frozenset()  # the common nouns of its place phrases ("at a warehouse": warehouse)


def venues(doc: Any) -> tuple[Venue, ...]:
    """The venues of a parsed text: each verb that tells one event happening, or one thing
    failing, in a named place. Not an event named with a place phrase on its noun ("the march in
    Arlo was cancelled"): the phrase may tell which event it is, not where it took place."""
    return tuple(v for token in doc if (v := _venue(token)) is not None)


def _venue(verb: Any) -> Venue | None:
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children) or hypothetical(verb):
        return None
    if claimed_or_denied(verb) or _reported(verb):
        return None  # "denied reports that the talks took place in Doha", "initial reports said"
    lemma = "stage" if verb.lower_ == "staged" else verb.lemma_.lower()  # the parse's "stag"
    phrases = _HAPPENING | _FAILING.keys()
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj") and f"{lemma} {c.lower_}" in phrases), "")
    said = f"{lemma} {particle}".strip()
    host = lemma == "host" and not any(c.dep_ == "nsubjpass" for c in verb.children)
    subject = _subject(verb, ("dobj",) if host else ("nsubj", "nsubjpass"))
    if subject is None or not (subject.pos_ == "NOUN" or subject.lemma_.lower() in _GATHERINGS) or not _one(subject):
        return None  # "the cup final", an adjective to the parse
    event = _event(subject, said, lemma, verb)
    if event is None:
        return None
    moved = _moved_to(verb) if lemma in _MOVED else None
    if lemma in _MOVED and moved is None:
        return None
    places, sites, wide, where = _host(verb) if host else _places(verb, extra=(moved,) if moved else (), moved=bool(moved))
    if not places and not sites:
        return None
    names = frozenset(c.lower_ for c in subject.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN")
    start, end = min(subject.left_edge.i, verb.i), max(t.i for t in verb.subtree if t.dep_ != "punct")
    word = " ".join(t.text for t in sorted([subject, *(c for c in subject.children if c.dep_ == "compound")], key=lambda t: t.i))
    word = f"{word} {_FAILING[said]}" if said in _FAILING else word  # "the plane crash"
    span = verb.doc[start : end + 1].text
    phase = "start" if said in _STARTING else ""
    own = [t for p in verb.children if p.dep_ in ("prep", "npadvmod", "advmod") for t in p.subtree]
    when = frozenset(t.lower_ for t in own if t.lower_ in _TIME_WORDS or t.like_num and len(t.text) == 4)
    spots = frozenset(
        t.lemma_.lower()
        for p in verb.children
        if p.dep_ == "prep" and _locative(p)
        for t in p.children
        if t.dep_ == "pobj" and t.pos_ == "NOUN" and not any(c.pos_ == "PROPN" for c in t.children)  # not "the Orrin plant"
    )
    definite = _one_definite(subject)
    return Venue(
        event, names, places, wide, planned(verb), span, word, sites, definite, where, phase, _marks(subject), when, spots
    )


_TIME_WORDS = DAY_WORDS | frozenset(["yesterday", "today", "tonight", "last", "next", "year", "week", "month", "weekend"])


def _marks(noun: Any) -> frozenset[str]:
    """The words that tell which event of its kind a noun names: its describing words and the
    owner or the word hyphened to it ("the men's final", "the quarter-final", "the ceasefire
    talks"), not its names nor "the"."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "PROPN"}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"}
    left = noun.i - 2
    if left >= 0 and noun.doc[noun.i - 1].text == "-":
        words.add(noun.doc[left].lower_)  # "quarter-final"
    return frozenset(words) - {"-"}


# Nouns of what others said, which a clause they hold is not told as so ("earlier reports said
# the plane crashed near Dorvik").
_HEARSAY = frozenset(["report", "rumour", "rumor", "claim", "account", "speculation", "suggestion"])


def _reported(verb: Any) -> bool:
    """The clause of a verb of saying whose subject is a report or a rumour ("initial reports
    said the plane crashed near Dorvik, but ..."), or that is set against one ("contrary to
    reports that ...")."""
    node = verb
    while node.dep_ in ("ccomp", "acl", "relcl", "advcl", "conj", "pcomp", "pobj", "prep") and node.head is not node:
        head = node.head
        if head.lemma_.lower() in _HEARSAY:
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _HEARSAY for c in head.children):
            return True
        node = head
    return False


def _subject(verb: Any, deps: tuple[str, ...]) -> Any | None:
    """The event the verb tells of: its subject (the noun a relative pronoun stands for, the
    subject of the verb it is joined to: "the ferry capsized and sank"), or its object for
    "host"."""
    found = next((c for c in verb.children if c.dep_ in deps), None)
    if found is None and verb.dep_ == "conj" and "nsubj" in deps:
        found = next((c for c in verb.head.children if c.dep_ in deps), None)
    if found is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        return verb.head  # "the talks, held in Doha,"
    return stands_for(verb, found)


def _host(verb: Any) -> tuple[frozenset[str], frozenset[str], bool, str]:
    """ "Geneva will host the summit": the place is the subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return frozenset(), frozenset(), False, ""
    tokens = sorted((t for t in (subject, *subject.children) if t.pos_ == "PROPN"), key=lambda t: t.i)
    names = {t.lower_ for t in tokens}
    wide = any(n in COUNTRY_KEYS or n in CAPITALS.values() for n in names)
    return frozenset(names), frozenset(), wide, " ".join(t.text for t in tokens)


def _event(subject: Any, said: str, lemma: str, verb: Any) -> str | None:
    """The event the verb tells happening: the kind of event its subject names, for a verb of
    happening, "be held" or "be" with a place; the thing and its failure, for a verb of failing."""
    if said in _FAILING:
        return f"{subject.lemma_.lower()} failure"  # "capsized" and "went down": one sinking
    held = lemma in _PUT_ON and (subject.dep_ == "nsubjpass" or lemma == "host" or verb.dep_ == "acl")
    held = held or lemma in _MOVED and subject.dep_ == "nsubjpass"  # "the final was moved to Tesk"
    being = lemma == "be" and any(c.dep_ == "prep" and c.lower_ in _LOCATIVE for c in verb.children)
    if not (said in _HAPPENING or held or being):
        return None
    word = subject.lemma_.lower() if subject.lemma_.lower() != "talk" else subject.lower_  # "the talks"
    if subject.i >= 2 and subject.doc[subject.i - 1].text == "-":
        return f"{subject.doc[subject.i - 2].lower_}-{word}"  # "the quarter-final" is no final
    kind = next((kind for kind, words in EVENT_KINDS.items() if word in words), word if word in _GATHERINGS else None)
    if kind is None or kind in _SPREADING:
        return None  # violence, riots: they spread from where they broke out
    return kind if kind in _ONE_EVENT_BY_ANY_NAME else word  # "the blaze" ~ "the fire"; "the hearing" is no trial


def _one(noun: Any) -> bool:
    """One event, known or first told: "the summit", "a fire"; not "another fire", "a second
    blast", "two fires", "fires"."""
    near = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)]
    if {c.lower_ for c in near} & _NOT_ONE or any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.tag_ != "NNS" or noun.lower_ == "talks"


def _one_definite(noun: Any) -> bool:
    """ "the summit", "the band's last concert", "this year's festival"; not "a blast", "another fire"."""
    near = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)]  # "The ceasefire talks"
    marks = {c.lower_ for c in near}
    definite = any(c.dep_ == "det" and c.lower_ in _ONE or c.dep_ == "poss" for c in near)
    return definite and not marks & _NOT_ONE and not any(c.dep_ == "nummod" for c in noun.children)


def _moved_to(verb: Any) -> Any | None:
    """The "to" phrase of an event moved "from" one named place "to" another, once, in a clause
    of its own ("the summit was moved from Lisk to Varno"); None for a move asked for
    ("demanded that the summit be moved to Varno"), one told without where it was ("moved to
    Sunday", "to BBC Two"), or a move made twice ("and then to Tesk")."""
    if verb.dep_ not in ("ROOT", "conj"):
        return None
    tos = [t for t in verb.subtree if t.lower_ == "to" and t.dep_ in ("prep", "conj")]
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    if len(tos) != 1 or len(froms) != 1 or not _named_pobj(froms[0]) or not _named_pobj(tos[0]):
        return None
    return tos[0]


def _named_pobj(prep: Any) -> bool:
    """The preposition's object is a name, or a noun with one ("Lisk", "the Orla stadium")."""
    return any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in g.children)) for g in prep.children)


def _places(verb: Any, extra: tuple[Any, ...] = (), moved: bool = False) -> tuple[frozenset[str], frozenset[str], bool, str]:
    """The names of towns and of sites the verb's own place phrases give, and whether one of
    them is a region, a country or a sea ("off the Greek coast", "in the north" too). A name on
    a building or a ground ("at the Orrin plant", "at Putin's residence") is a site, which may
    stand in any town; so is a name with "the" ("the Kremlin", "the Scandinavian Star"). A place
    phrase inside another phrase of the verb counts ("crashed into a hillside outside Dorvik").
    A holiday is no place ("on Christmas Eve"). `near`: every place phrase is "near", "outside",
    "off" or "close to" one (two towns may be near one spot). `moved`: only where the event was
    moved "to" counts, as a place it is in."""
    towns: set[str] = set()
    sites: set[str] = set()
    written: list[str] = []
    wide = False
    near = True
    close = [g for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("close", "near") for g in c.children]
    for prep in extra if moved else [*verb.children, *close, *extra]:  # "went down close to Drenford"
        if prep.dep_ not in ("prep", "conj") or not moved and prep.dep_ != "prep":
            continue
        for noun in (g for g in prep.subtree if g.dep_ == "pobj" and (_locative(g.head) or moved and g.head.i == prep.i)):
            tokens = [t for t in (noun, *noun.children) if t.pos_ == "PROPN" and t.lower_ not in DAY_WORDS and t.dep_ != "poss"]
            tokens += [t for c in noun.children if c.dep_ == "appos" for t in c.subtree if t.pos_ == "PROPN"]
            if {t.lower_ for t in tokens} & _HOLIDAY_WORDS:
                continue  # "on Christmas Eve", "on Independence Day"
            names = {t.lower_ for t in tokens}
            near = near and not (names and _exact(noun.head))
            written += [" ".join(t.text for t in sorted(tokens, key=lambda t: t.i))] if tokens else []
            site = noun.pos_ == "NOUN" and noun.lemma_.lower() not in _TOWN_WORDS and noun.lemma_.lower() not in _REGION_WORDS
            site = site or noun.pos_ == "PROPN" and (noun.lower_ in _SITE_NAMES or any(c.lower_ == "the" for c in noun.children))
            (sites if site else towns).update(names)
            region = noun.lemma_.lower() in _REGION_WORDS or any(c.lemma_.lower() in _REGION_WORDS for c in noun.children)
            region = region or noun.lower_ in _WIDE_NAMES or len(names) == 1 and noun.pos_ == "PROPN" and noun.tag_ == "NNPS"
            wide = wide or region or any(n in COUNTRY_KEYS or n in CAPITALS.values() for n in names)
    return frozenset(towns), frozenset(sites), wide or near, ", ".join(written)


def _exact(prep: Any) -> bool:
    """A preposition that puts it in the place, not near it ("in", "at", "on", "inside"; "of"
    after one of them: "in the town of Kesh"; "to" after a verb of moving: "moved to Varno")."""
    if prep.lower_ == "of":
        return prep.head.dep_ == "pobj" and _exact(prep.head.head)
    moved = prep.head.lemma_.lower() in _MOVED or prep.head.dep_ == "pobj" and prep.head.head.lower_ == "from"
    return prep.lower_ in ("in", "at", "on", "inside", "within") or prep.lower_ == "to" and moved


def _locative(prep: Any) -> bool:
    """A preposition that puts something somewhere: "in", "at", "near", "outside", "off", "close to"."""
    if prep.lower_ == "of":  # "the town of Kesh", "in the harbour of Tosca"
        head = prep.head
        return head.lemma_.lower() in _TOWN_WORDS or head.dep_ == "pobj" and _locative(head.head)
    return prep.lower_ in _LOCATIVE or _close_to(prep)


def _close_to(prep: Any) -> bool:
    return prep.lower_ == "to" and prep.head.lower_ == "close"


def _one_kind(x: str, y: str) -> bool:
    """One event: the same kind, or a crash and a vehicle's failure ("the crash happened near
    Halsey" ~ "the plane went down")."""
    return x == y or {x.split()[-1], y.split()[-1]} == {"accident", "failure"}


def venue_clash(x: Venue, y: Venue) -> bool:
    """One event put in two places: the same event, no two names on it, both done or both
    planned, neither put in a region or a country, and two towns or two sites named with none
    in common (a site and a town may be one place: "at the Orrin plant" and "in Brackenford"),
    in each put in the place, not near it; not of two occasions, at two kinds of spot, or told
    apart by their describing words; a start only against a start ("began in Vienna" and "was
    held in Geneva" may both hold)."""
    if not _one_kind(x.event, y.event) or x.plan != y.plan or x.phase != y.phase or x.wide or y.wide:
        return False
    if x.names and y.names and not x.names & y.names or x.marks and y.marks and not x.marks & y.marks:
        return False  # "the Orchid summit" and "the Lotus summit"; "the men's final" and "the women's final"
    if x.when and y.when and not x.when & y.when or x.spots and y.spots and not x.spots & y.spots:
        return False  # "last year" and "on Monday"; "at a warehouse" and "at a school"
    if (x.places | x.sites) & (y.places | y.sites):
        return False  # one name in common: "Wembley Stadium" and "the Arena in Wembley"
    return bool(x.places and y.places or x.sites and y.sites and not (x.sites | y.sites) & _AREA_SITES)
