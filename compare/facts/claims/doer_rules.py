"""Who did a deed: one deed told of two doers. Two services or two named people for a deed one
doer does (a rescue, an arrest: `_service_rule`, `_person_rule`); a government's forces and an
armed group, two services, two countries' forces for one attack (`_two_doers_rule`); and the
doers apart that make two statements no one claim, whether or not the deed is done once
(`doers_named_apart`, `deed_doers_apart`, read by the support rules).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...lexicons import (
    ATTACK,
    COUNTED_PEOPLE,
    DAY_WORDS,
    GENERIC_PEOPLE,
    SERVICES,
    STOPWORDS,
)
from ..propositions import TIME_NOUNS, Proposition
from .deeds import _acted_on, _both_patients_match, _deed_word, _kin, _means, _one_off_deeds, _two_occasions
from .hit import Hit
from .model import Claims, Participant
from .parser import common_words
from .reading import _COUNTRIES, side_of_word
from .stances import _joint, _name_core


def _person_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One deed done once to one known thing, told of two people named apart: "the winning goal
    was scored by Marco Ibsen" vs "Teodor Lund scored the winning goal"; "issued by Defence
    Minister Oleg Tamm" vs "President Ines Corda issued the ultimatum". Only names the parse
    shows to be people's (a title, or a first name no English word: not "the Red Hand"), only
    deeds one person does (`_ONE_DOER_DEEDS`: not "signed the treaty"), and not when either
    report names the other's person too."""
    for px, py in _one_off_deeds(x, y):
        if not (_a_person(px) and _a_person(py)) or set(px.person) & set(py.person):
            continue
        if px.verb not in _ONE_DOER_DEEDS or _two_occasions(px, py) or not _kin(px.core, py.core):
            continue
        if _named_things_apart(px, py):
            continue
        named_x, named_y = ({n.lower() for n in c.names} for c in (x, y))
        if set(px.person) & named_y or set(py.person) & named_x:
            continue  # "Lund scored; Ibsen had hit the post": both named in one report
        who_x, who_y = (" ".join(w.capitalize() for w in p.person) for p in (px, py))
        yield Hit("actor", f"{px.verb} ({_acted_on(px, py)}): by {who_x} vs by {who_y}", px.span, py.span)


# Deeds one person does to one thing, the only deeds the person rule reads: one scorer of the
# winning goal, one writer of the memo. Not deeds several do to one thing, each of them (a treaty
# signed by two leaders, a ruling welcomed by many), nor what passes down a chain of command or
# is done on another's behalf (issued, ordered, led), nor what two may find or shoot together.
_ONE_DOER_DEEDS = frozenset(
    ["score", "write", "author", "plant", "fly", "pilot", "perform", "draft", "compose", "drive", "steer", "stab"]
    + ["leak", "paint"]
)


def _a_person(p: Proposition) -> bool:
    """A doer the parse shows to be a person: a title, or two names the first of which is no
    English word ("Marco Ibsen"; not "Red Dawn")."""
    if not p.person or p.polarity != "+":
        return False
    return p.titled or len(p.person) >= 2 and p.person[0] not in common_words()


def _named_things_apart(x: Proposition, y: Proposition) -> bool:
    """Names on what the deed was done to, none in common (not the doers' own names)."""
    nx, ny = x.names - x.doer, y.names - y.doer
    return bool(nx and ny and not nx & ny)


def _named_apart(x: Participant, y: Participant) -> bool:
    """Two holders each named, by names with nothing in common (not a ministry against the
    country it may speak for: `_same_party` may not know, this must)."""
    if _joint(x) or _joint(y):
        return False
    if {_state_or_armed_group(x), _state_or_armed_group(y)} == {"state", "armed group"}:
        return True  # "government warplanes" vs "the Northern Liberation Front", of one country or not
    if x.side is not None and x.side == y.side:
        return False  # "Ruritania's own forces" / "Ruritanian troops": one side
    if x.side in _COUNTRIES and y.side in _COUNTRIES:
        return x.side != y.side
    core_x, core_y = _name_core(x, capitalised=True), _name_core(y, capitalised=True)
    return bool(core_x and core_y and not core_x & core_y)


# Words of a government's own side, and of the names armed groups give themselves ("the
# Northern Liberation Front", "the Popular Resistance Brigades").
_STATE_WORDS = frozenset(["government", "regime", "junta", "pro-government"])


_ARMED_GROUP_NAMES = frozenset(["front", "liberation", "movement", "militia", "brigades", "resistance", "insurgency"])


def _state_or_armed_group(p: Participant) -> str:
    """ "state" for a government's forces ("government warplanes", "regime troops"), "armed
    group" for rebels by any name ("insurgents", "the Northern Liberation Front"), else ""."""
    words = frozenset(w.lower() for w in p.text.split()) | {p.lemma}
    return _state_or_armed(words, frozenset(w.lower() for w in p.entity.split()))


def _state_or_armed(words: frozenset[str], names: frozenset[str], side: str = "") -> str:
    """ "state" or "armed group" for a doer's words, its names and the side its name gives
    (an armed group's own name first: "the Government Liberation Front"), or ""."""
    if services(words) == {"rebels"} or names & _ARMED_GROUP_NAMES or side == "rebel":
        return "armed group"
    return "state" if words & _STATE_WORDS or side == "government" else ""


_EVENT_DEEDS = frozenset(["attack", "kill", "perpetrate"])


def event_doers_apart(x: Claims, y: Claims) -> str | None:
    """One attack told with two doers: each statement names who did a deed of one family to a
    thing both name ("Kestrian jets bombed the market" vs "the strike on the market was carried
    out by the Northern Front"; a frame may hold the doer and another the thing), and the
    doers are named apart (two countries, or names with nothing in common: `_named_apart`;
    "police" and "officers", "rebels" and "insurgents" are no two doers). None when nothing
    shows it."""
    for family, ax, ay, _ in _event_doers(x, y):
        return f"the same {family}, other doers: {ax.text} vs {ay.text}"
    return None


def _event_doers(x: Claims, y: Claims) -> Iterator[tuple[str, Participant, Participant, Participant]]:
    """(family, doer in x, doer in y, the thing both tell it was done to) for `event_doers_apart`;
    none when the two tell their deeds on other days ("raided the office on Monday" vs "on
    Tuesday": two raids)."""
    if _other_days_told(x, y):
        return
    for family in sorted(_EVENT_DEEDS):
        fxs = [f for f in x.frames if f.family == family and f.asserted and f.speech is None]
        fys = [f for f in y.frames if f.family == family and f.asserted and f.speech is None]
        things = [fx.patient for fx in fxs for fy in fys if _both_patients_match(fx, fy)] + [
            f.patient
            for fs, other in ((fxs, y), (fys, x))
            for f in fs
            if f.patient is not None and f.patient.lemma in other.nouns | other.common
        ]
        thing = next((t for t in things if t is not None), None)
        if thing is None:
            continue
        for ax in (f.agent for f in fxs if f.agent is not None and _a_doer(f.agent)):
            for ay in (f.agent for f in fys if f.agent is not None and _a_doer(f.agent)):
                if _named_apart(ax, ay) or _two_services(ax, ay):  # not "police" and "officers"
                    yield family, ax, ay, thing


def _other_days_told(x: Claims, y: Claims) -> bool:
    """Both statements date their clauses to days, and no day is on both sides."""
    days_x, days_y = (frozenset(w for p in c.propositions for w in p.when if w in DAY_WORDS) for c in (x, y))
    return bool(days_x and days_y and not days_x & days_y)


def _two_services(x: Participant, y: Participant) -> bool:
    """Doers of two services ("the army" and "riot police"; not "the military" and "navy
    divers")."""
    sx, sy = (services(frozenset(w.lower() for w in p.text.split()) | {p.lemma}) for p in (x, y))
    return bool(sx and sy and not sx & sy)


def _two_doers_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One attack on one known thing ("the market", "the Orlivka hospital") told as done by
    two doers named apart ("Russian forces shelled the hospital" vs "the shelling of the
    hospital was carried out by Ukrainian troops"): who did it is in dispute."""
    for family, ax, ay, thing in _event_doers(x, y):
        if thing.entity or thing.text.lower().startswith("the "):
            yield Hit("actor", f"the {family} on {thing.text}: by {ax.text} vs by {ay.text}", ax.text, ay.text)
            return


def _own_doer_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One deed done to one thing, told in x as done by its doer and no other ("the prefect said
    she ordered the evacuation herself", "put out by the plant's own fire brigade", "the
    minister personally awarded the contract") and in y by another doer, whom x does not name
    at all: who did it is in dispute. Only deeds one doer does to one known thing
    (`_ONE_HAND_DEEDS`: not "thanked the firefighters", "visited the village", "signed the
    decree"). Not when the doers share a word ("the ministry itself" / "ministry officials"),
    nor of people anyone may be ("officials", "people")."""
    for px in (p for p in x.propositions if p.polarity == "+" and p.emphatic and not p.planned and p.verb in _ONE_HAND_DEEDS):
        for py in (p for p in y.propositions if p.polarity == "+" and p.doer and not p.planned):
            if not _kin_deeds(px.verb, py.verb) or not _kin(px.core, py.core) or _two_occasions(px, py):
                continue
            if not (px.definite or py.definite or px.when & py.when - TIME_NOUNS):
                continue  # "ordered rolling cuts": which cuts, neither says, nor when
            own, other = _doer_words(px), _doer_words(py)
            if not other or _kin(own, other) or other & x.nouns or own & y.nouns or _one_side(px, py):
                continue  # one doer ("Russia's own forces" / "Moscow's troops"), or x names the other too
            shown = f"by {_OBJECT_CASE.get(px.doer_text.lower(), px.doer_text)} alone vs by {py.doer_text}"
            yield Hit("actor", f"{px.verb} ({_acted_on(px, py)}): {shown}", px.span, py.span)


_OBJECT_CASE = {"she": "her", "he": "him", "they": "them", "we": "us", "i": "me"}


def _one_side(x: Proposition, y: Proposition) -> bool:
    """Doers of one country or side ("Ruritania's own forces" / "Ruritanian troops")."""
    return bool(x.agent_side) and side_of_word(x.agent_side) == side_of_word(y.agent_side)


def _doer_words(p: Proposition) -> frozenset[str]:
    """The words naming a clause's doer, none of anyone at all ("officials", "people")."""
    words = frozenset(w for w in p.doer if w.isalpha()) - STOPWORDS  # "the plant's own brigade": brigade
    return frozenset() if words <= GENERIC_PEOPLE else words


def _a_doer(p: Participant | None) -> bool:
    """Who did a deed: a participant, not a weapon of no side ("the missiles"; "government
    artillery" has one)."""
    return p is not None and (not _means(p) or p.side is not None or bool(_state_or_armed_group(p)))


def doers_named_apart(x: Claims, y: Claims) -> list[str]:
    """One deed done to one known thing, told of two services or two people named apart, for
    any deed: never one claim, whether or not the deed is one a single doer does (the service
    and person rules speak of those)."""
    out = []
    for px, py in _one_off_deeds(x, y):
        if _two_occasions(px, py) or not _kin(px.core, py.core) or _named_things_apart(px, py):
            continue
        sx, sy = services(px.doer), services(py.doer)
        people = _a_person(px) and _a_person(py) and not set(px.person) & set(py.person)
        if sx and sy and not sx & sy or people:
            shown = [
                " ".join(w.capitalize() for w in p.person) if people else " / ".join(sorted(s)) for p, s in ((px, sx), (py, sy))
            ]
            out.append(f"{px.verb} ({_acted_on(px, py)}) by {shown[0]} vs by {shown[1]}")
    return out


def deed_doers_apart(x: Claims, y: Claims) -> list[str]:
    """One deed (the same verb, two words for a rescue, or two attacks) told with doers apart
    ("government artillery shelled Osk" vs "militants of the Red Dawn Front shelled Osk";
    "soldiers carried the villagers out" vs "volunteers brought the villagers out"), whether
    or not the deed is done once: the two do not make one claim. Doers are apart when they are
    two services, two countries, a government's forces and an armed group, or two named
    people; "police" and "officers", "rebels" and "insurgents" are not."""
    out = []
    for px in (p for p in x.propositions if p.polarity == "+" and p.doer):
        for py in (p for p in y.propositions if p.polarity == "+" and p.doer):
            if not _kin_deeds(px.verb, py.verb) or not (_of_doer(px) and _of_doer(py) or _kin(px.core, py.core)):
                continue
            if doers_apart(px, py):
                out.append(f"{px.verb} by {px.doer_text} vs by {py.doer_text}")
    return out


def _of_doer(p: Proposition) -> bool:
    """A deed told of its doer alone ("police fired on the crowd": about the police)."""
    return p.of_doer or p.core <= p.doer


def _kin_deeds(x: str, y: str) -> bool:
    """The same deed in one word ("rescue", "bring out"), or two attacks ("shell", "strike")."""
    return _deed_word(x) == _deed_word(y) or x.split()[0] in ATTACK and y.split()[0] in ATTACK


def doers_apart(x: Proposition, y: Proposition) -> bool:
    """Two doers no one deed is told of twice: two services, two countries, a state's forces and
    an armed group, two named people."""
    sx, sy = services(x.doer), services(y.doer)
    if sx and sy and not sx & sy:
        return True
    kx, ky = (_state_or_armed(p.doer, p.doer, p.agent_side) for p in (x, y))
    if {kx, ky} == {"state", "armed group"}:
        return True
    cx, cy = (side_of_word(p.agent_side) for p in (x, y))
    if cx in _COUNTRIES and cy in _COUNTRIES and cx != cy:
        return True
    return bool(x.person and y.person and not set(x.person) & set(y.person))


def _service_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One rescue or recovery of one known thing, told of doers of two services or kinds of
    people: "the climbers were rescued by an army helicopter crew" vs "a coastguard helicopter
    plucked the climbers"; "navy divers recovered the bodies" vs "police divers"; not "police and
    soldiers carried them out" (both), "the military" against the navy, nor "a former soldier"."""
    for px, py in _one_off_deeds(x, y):
        sx, sy = services(px.doer), services(py.doer)
        if not sx or not sy or sx & sy or not _kin(px.core, py.core) or px.names and py.names and not px.names & py.names:
            continue
        if (
            _deed_word(px.verb) not in _RESCUES
            or px.verb in _FINDING
            and not px.core & _FOUND
            or _two_occasions(px, py)
            or sx & _other_services(y, py)
            or sy & _other_services(x, px)
        ):
            continue  # "searched the forest"; "police searched it, with help from volunteers"
        who_x, who_y = (" / ".join(sorted(s)) for s in (sx, sy))
        yield Hit("actor", f"{px.verb} ({_acted_on(px, py)}): by {who_x} vs by {who_y}", px.span, py.span)


def _other_services(claims: Claims, deed: Proposition) -> frozenset[str]:
    """The services a statement names besides its doer's, leaving out the rescued ("the 11
    fishermen") and those it rules out ("with no army involvement")."""
    ruled_out = frozenset().union(*(e.words for e in claims.exclusions))
    return services(claims.nouns - deed.core - ruled_out)


# Deeds one crew does to one thing at one time, the only deeds the service rule reads: a rescue,
# a recovery, a body carried out. Not what many do side by side (a search, a cordon), what one
# service hands to another (held by soldiers, arrested by police), nor any stance (welcomed,
# praised).
_RESCUES = frozenset(
    ["rescue", "save", "recover", "carry", "remove", "defuse", "extinguish", "airlift", "pull", "haul", "drag"]
    + ["dismantle", "retrieve", "find", "locate", "discover"]  # "the missing hiker was found by police" vs "by two farmers"
)
# A finding is one deed only of someone missing or what is left of them, or of a thing found
# once and kept (a hoard, a wreck, a bomb): not "found the cause", "discovered a flaw".
_FINDING = frozenset(["find", "locate", "discover"])
_FOUND = COUNTED_PEOPLE | frozenset(
    ["body", "remains", "wreckage", "wreck", "hiker", "climber", "boy", "girl", "skier"]
    + ["hoard", "coin", "treasure", "skeleton", "fossil", "manuscript", "painting", "bomb", "device", "cache"]
)

# Deeds one doer does to one thing at one time, whose doer a report may stress as the only one:
# an order given, a contract awarded, a fire put out ("put out" is read as "release"), a place
# retaken, a rescue, a deal brokered. Not a stance or a visit, which many may make.
_ONE_HAND_DEEDS = _RESCUES | frozenset(
    ["order", "award", "extinguish", "release", "regain", "retake", "recapture", "capture", "broker", "secure", "negotiate"]
)


# Words that make a doer no member of its service: "a former soldier", "an off-duty nurse".
_NOT_SERVING = frozenset(["former", "retired", "off", "duty", "ex", "veteran", "exsoldier"])


def services(words: frozenset[str]) -> frozenset[str]:
    """The services a doer's words name ("army helicopter crew": army; "coast guard": coastguard)."""
    if words & _NOT_SERVING or any(w.startswith(("ex-", "off-")) for w in words):
        return frozenset()  # "a former soldier", "an off-duty policeman"
    singular = {w[:-1] if w.endswith("s") else w[:-3] + "man" if w.endswith("men") else w for w in words}
    found = [SERVICES[w] for w in words | singular if w in SERVICES]  # "Neighbours" opening a sentence is a name
    found += [kinds for key, kinds in _SERVICE_PHRASES if key <= words]
    return frozenset().union(*found) if found else frozenset()


# The services named in more than one word ("coast guard", "cargo ship"), by their words.
_SERVICE_PHRASES = tuple((frozenset(key.split()), kinds) for key, kinds in SERVICES.items() if " " in key)
