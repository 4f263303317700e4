"""The conflict rules: each reads one part of two statements' claims and names the ways they
cannot both be true (a denial of an accusation, two counts of one thing apart, a place open and
closed on one day, ...), and the tables of them (`LINKING_RULES`, `CONFLICT_RULES`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from ...lexicons import (
    ACCIDENT_CAUSES,
    ACTIVITY_NOUNS,
    AREA_NOUNS,
    COMBATANTS,
    EVENT_ITSELF,
    EVENT_NOUNS,
    EXTERNAL_CAUSES,
    GENERIC_CHARGES,
    GENERIC_PEOPLE,
    HARM_ZERO,
    HEDGES,
    INJURY_CATEGORIES,
    MEASURE_WORDS,
    MONTH_NAMES,
    NATURAL_CAUSES,
    NONCOMBATANTS,
    STOPWORDS,
    THING_KINDS,
    VAGUE_COUNTS,
    WEEKDAY_INDEX,
    WEEKDAY_NAMES,
)
from ..exclusions import ruled_out
from ..measures import measure_clash
from ..naming import naming_clash
from ..propositions import Proposition, clashes, orders_apart, other_days, use_clash, warning_clash
from ..quantities import find_quantities, overlaps
from ..ranks import rank_clash
from ..text import stem
from ..timing import PHASE_SHOWN, hours_meet, hours_told, order_apart, same_timing, shown_event, timing_clash
from ..venues import venue_clash
from .access import access_clash, told_at_a_turn
from .causes import _FAILURES, _INCIDENTS, _UNSPECIFIC, UNNAMED_EFFECT
from .corrections import correction_clash, origin_clash
from .counts import _FOUND
from .deeds import (
    _acted_on,
    _both_patients_match,
    _deed,
    _kin,
    _means,
    _mentions_patient,
    _named_patient_matches,
    _one_deed,
    _one_off_deeds,
)
from .doer_rules import (
    _named_apart,
    _own_doer_rule,
    _person_rule,
    _service_rule,
    _two_doers_rule,
    services,
)
from .extract import _OF_ONE_DAY
from .hit import Hit, Rule
from .model import Cause, Change, Claims, Count, Frame, Participant, Reason, Result, Role, Stance, Status
from .qualities import quality_clash
from .reading import _TENSES, _name_words, _same_time, _two_firms, _two_names, same_kind, same_thing
from .stances import _same_party, _same_qualifiers, one_instance
from .status import _PARTS_OF_DAY, _RESTORED, _RUNNING, BACKGROUND_YEAR, UNTIL_AN_EVENT


def _denial_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x asserts side S did a deed; y reports S denying that deed (or any part in it)."""
    yield from _denials(x, y, anchored=False)


def _anchored_denial_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The denial rule for linking statements the aligner left apart: a denial that names no
    target must mention what the deed was done to (see `_mentions_patient`)."""
    yield from _denials(x, y, anchored=True)


def _denials(x: Claims, y: Claims, *, anchored: bool) -> Iterator[Hit]:
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
            yield Hit("negation", reason, deed.span, denial.span)


def _denied_side(denial: Frame) -> str | None:
    """Whose deed a denial denies: the side it names ("denied any Ruritanian role"), else the
    speaker's own ("Ruritania denied shelling the post")."""
    return denial.target_side or (denial.speaker.side if denial.speaker else None)


def _accusation_denial_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x reports side S accused of a deed; y reports S denying a deed of the same family."""
    yield from _accusations_denied(x, y, generic=False)


def _anchored_accusation_denial_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The accusation rule for linking: a denial that names no target must mention what the
    accused deed was done to, when the accusation names it."""
    yield from _accusations_denied(x, y, generic=False, anchored=True)


def _generic_denial_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x reports side S accused of a deed; y reports S denying "the accusation" without naming
    it. Which accusation is meant only the alignment of the two statements can tell."""
    yield from _accusations_denied(x, y, generic=True)


def _accusations_denied(x: Claims, y: Claims, *, generic: bool, anchored: bool = False) -> Iterator[Hit]:
    for acc in (f for f in x.frames if f.speech == "accuse" and f.asserted and f.agent and f.agent.side):
        for denial in (f for f in y.frames if f.speech == "deny" and f.asserted and f.speaker and f.speaker.side):
            if acc.agent.side != denial.speaker.side or not _same_charge(acc, denial, generic):  # type: ignore[union-attr]
                continue
            if anchored and denial.patient is None and not _mentions_accused_deed(x, acc, y):
                continue
            reason = f"{acc.agent.text} blamed vs denial of {denial.target} by {denial.speaker.text}"  # type: ignore[union-attr]
            yield Hit("negation", reason, acc.span, denial.span)


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


def _blame_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same deed done to the same thing, by a different side in each (or blamed on another side)."""
    for deed in (f for f in x.frames if _deed(f) and f.family != "perpetrate" and f.agent and f.agent.side):
        for other in y.frames:
            if other.agent is None or other.agent.side in (None, deed.agent.side) or not other.asserted:  # type: ignore[union-attr]
                continue
            by = f"{deed.predicate} by {deed.agent.text}"  # type: ignore[union-attr]
            if other.speech is None and other.family == deed.family and _both_patients_match(deed, other):
                yield Hit("negation", f"{by} vs {other.predicate} by {other.agent.text}", deed.span, other.span)
            elif other.speech == "accuse" and other.target_family == deed.family and _named_patient_matches(deed, other):
                yield Hit("negation", f"{by} vs blame on {other.agent.text}", deed.span, other.span)


def _negation_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same predicate with the same participants, asserted in x and negated in y."""
    for fx in (f for f in x.frames if f.asserted and f.speech is None):
        for fy in (f for f in y.frames if f.negated and f.speech is None and f.family == fx.family):
            if _participants_match(fx, fy) and fx.predicate == fy.predicate:
                yield Hit("negation", f"{fx.predicate} vs not {fy.predicate}", fx.span, fy.span)


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


def _reason_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One effect put down to two different things, neither given as one cause of several
    ("attributed the closures to falling orders" vs "put the closures down to energy costs")."""
    kinds = EXTERNAL_CAUSES | ACCIDENT_CAUSES  # an attack and an accident: the cause rules above compare those
    for rx in x.reasons:
        if _another_of_its_kind(rx.effect, x.text):
            continue  # "the second fire was caused by arson", "a separate fire": not the one the other tells of
        for ry in (r for r in y.reasons if _one_effect_told(rx, x, r, y) and not r.cause & rx.cause):
            if _another_of_its_kind(ry.effect, y.text):
                continue
            natural = bool(rx.cause & NATURAL_CAUSES) != bool(ry.cause & NATURAL_CAUSES)  # "an earthquake" vs "poor maintenance"
            # an attack and an accident: the cause rules compare them, when both texts give a cause ("arson
            # was behind the fire" gives a reason only)
            read = bool(x.causes and y.causes) or bool(rx.cause & EXTERNAL_CAUSES) == bool(ry.cause & EXTERNAL_CAUSES)
            if rx.cause & kinds and ry.cause & kinds and read and not natural or (rx.cause | ry.cause) & _UNSPECIFIC:
                continue  # "a technical glitch" names no cause a defective part is not
            effect = rx.effect if rx.effect != UNNAMED_EFFECT else ry.effect
            told = rx.told or ry.told
            what = f"why {told}" if told else f"cause of the {effect.split()[0]}"  # "why the handover was delayed"
            yield Hit("negation", f"{what}: {rx.shown} vs {ry.shown}", rx.span, ry.span)


def _another_of_its_kind(effect: str, text: str) -> bool:
    """The effect is told as one of several of its kind: "the first fire", "a second blaze", "a
    separate fire" (the effect by its head word)."""
    head = effect.split()[0]
    return (
        re.search(rf"\b(?:first|second|third|separate|another|other|earlier|later)\s+(?:[\w-]+\s+)?{re.escape(head)}", text, re.I)
        is not None
    )


def _one_effect_told(rx: Reason, x: Claims, ry: Reason, y: Claims) -> bool:
    """One effect (`_one_effect`), or one told bare in a text that names where or what the
    other's is: "the wildfire that burned through the hills" ~ "the wildfire in the hills"."""
    if _one_effect(rx, ry):
        return True
    wx, wy = rx.effect.split(), ry.effect.split()
    if wx[0] != wy[0] or wx[0] == UNNAMED_EFFECT or bool(wx[1:]) == bool(wy[1:]):
        return False
    scope, bare = (wy[1:], x.nouns) if wy[1:] else (wx[1:], y.nouns)
    return set(scope) <= bare


def _one_effect(x: Reason, y: Reason) -> bool:
    """One effect, or an effect not named against the incident (a fire, a collapse); a
    failure of a thing and a breach of it ("failure levee" ~ "breach", "breach levee")."""
    if x.effect == y.effect:
        return True
    words_x, words_y = x.effect.split(), y.effect.split()
    if words_x[0] == words_y[0] != UNNAMED_EFFECT:
        # "the Kessling Valley freight derailment" ~ "the Kessling Valley accident"; "the
        # shortage" is not shown to be "the shortage of eggs"
        return bool(set(words_x[1:]) & set(words_y[1:]))
    if (
        words_x[0] in _FAILURES
        and words_y[0] in _FAILURES
        and (not words_x[1:] or not words_y[1:] or set(words_x[1:]) & set(words_y[1:]))
    ):
        return True
    head_x, head_y = x.effect.split()[0], y.effect.split()[0]
    unnamed = {head_x, head_y} & {UNNAMED_EFFECT}
    return bool(unnamed) and ({head_x, head_y} - unnamed) <= _INCIDENTS | {UNNAMED_EFFECT}


def _absence_rule(x: Claims, y: Claims) -> Iterator[Hit]:
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
            yield Hit("negation", f"no {px.absent_text} in one, a {px.absent_text} in the other", px.span, y.text)


def _names_phrase(text: str, phrase: str) -> bool:
    """The phrase, its words in that order (a plural ending allowed), or its head with the rest
    after "of", in the text: "joint statement", "records of 40,000 patients"; not "joint
    exercises … the statement said"."""
    words = [re.escape(w) + r"(?:e?s)?" for w in phrase.lower().split()]
    in_order = r"\b" + r"\s+".join(words) + r"\b"
    # the head first, its modifier after "of": "patient records" ~ "records of 40,000 patients"
    head_of = r"\b" + words[-1] + r"\s+of\s+(?:[\w,.-]+\s+){0,3}?" + r"\s+".join(words[:-1]) + r"\b"
    return any(re.search(rx, text.lower()) for rx in (in_order, head_of))


def _control_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One place held by one side in x and by another in y ("remained in full control of the
    post" vs "captured the post")."""
    for cx in x.controls:
        for cy in (c for c in y.controls if c.holder != cx.holder and _one_place(cx.place, c.place)):
            if cx.when and cy.when and not cx.when & cy.when:
                continue  # "took control in 2019" vs "regained control on Monday": two times
            reason = f"{cx.named or cx.place.text}: held by {cx.holder} ({cx.word}) vs by {cy.holder} ({cy.word})"
            yield Hit("negation", reason, cx.span, cy.span)


def _one_place(x: Participant, y: Participant) -> bool:
    """The same place: one kind of place, and the same name where both give one."""
    names_x, names_y = ({w.lower() for w in p.entity.split()} for p in (x, y))
    return same_thing(x, y) and (not names_x or not names_y or bool(names_x & names_y))


def _proposition_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """A clause negated or denied in x and asserted in y: "denied that soldiers had been taken
    prisoner" vs "captured four soldiers"; "did not use drones" vs "a drone struck"."""
    for px in (p for p in x.propositions if p.polarity in ("not", "denied")):
        for py in (p for p in y.propositions if p.polarity == "+"):
            reason = clashes(px, py) or use_clash(px, py) or warning_clash(px, py)
            if reason is not None:
                yield Hit("negation", reason, px.span, py.span)


def _deed_day_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One deed done to one thing, by no two different doers, dated to two days: "boarded the
    tanker on Tuesday, March 11" vs "boarded the vessel late on Monday, March 10" is read only
    for pairs already aligned (not a linking rule); deeds that recur are left out."""
    for px, py in _one_off_deeds(x, y):
        if not _one_deed(px, py):
            continue
        days = other_days(px, py)
        if days is not None:
            yield Hit("date", f"{px.verb} ({_acted_on(px, py)}): {days[0]} vs {days[1]}", px.span, py.span)
        elif (hours := _hours_apart(px, py)) is not None:
            yield Hit("date", f"{px.verb} ({_acted_on(px, py)}): {hours[0]} vs {hours[1]}", px.span, py.span)


def _hours_apart(x: Proposition, y: Proposition) -> tuple[str, str] | None:
    """The hours two clauses of one day tell, when they cannot meet ("seized the tanker at about
    4 a.m." vs "at around 2 p.m."; "approved the budget shortly before midnight" vs "on Thursday
    afternoon"). Not across two weekdays (a night may run into the next day) or two dates."""
    wx, wy = x.when & WEEKDAY_NAMES, y.when & WEEKDAY_NAMES
    if wx and wy and wx != wy or x.days and y.days and x.days != y.days:
        return None
    hx, hy = hours_told(x.span), hours_told(y.span)
    if hx is None or hy is None or hours_meet(hx[0], hy[0]):
        return None
    return hx[1], hy[1]


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


def _origin_year_rule(x: Claims, y: Claims) -> Iterator[Hit]:
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
                yield Hit("date", shown, px.span, py.span)


def _one_thing(x: Proposition, y: Proposition) -> bool:
    """One deed done to one thing, each side's words for it holding none the other's lacks
    on both sides ("the north bridge" and "the south bridge" are two)."""
    if not _one_deed(x, y):
        return False
    wx, wy = (p.core | (p.doer if p.of_doer else frozenset()) for p in (x, y))
    return not (wx - wy and wy - wx)


def _deed_place_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One deed done to one known thing, by no two different doers, put in two named places:
    "the suspect was arrested in Vienna" vs "police arrested the suspect in Munich"; or at two
    kinds of site: "Mara Voss was arrested at her home" vs "was detained at a train station"."""
    for px, py in _one_off_deeds(x, y):
        if px.where and py.where and not px.where & py.where and _one_deed(px, py, places=False):
            where_x, where_y = (", ".join(sorted(w.capitalize() for w in p.where)) for p in (px, py))
            yield Hit("place", f"{px.verb} ({_acted_on(px, py)}): in {where_x} vs in {where_y}", px.span, py.span)
        elif px.site and py.site and not px.site & py.site and _one_deed(px, py):
            site_x, site_y = (" / ".join(sorted(p.site)) for p in (px, py))  # "arrested at her home" vs "at a train station"
            yield Hit("place", f"{px.verb} ({_acted_on(px, py)}): at a {site_x} vs at a {site_y}", px.span, py.span)


def _venue_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One known event put in two places: "the ceasefire talks took place in Doha" vs "were held
    in Cairo"; "the plane crashed near Dorvik" vs "went down outside Harlan". A rule that names
    what both are about: two statements it finds are linked."""
    yield from _venues_apart(x, y, definite=True)


def _ruled_out_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """What x puts an event down to, y rules out: "the blackout was caused by a cyberattack" vs
    "the operator ruled out any cyberattack"; "the swap was brokered by Norland" vs "Norland
    played no role"; "the bus crashed after its brakes failed" vs "the brakes were working
    normally". Not when x rules the same thing out too, or y also names it: each then tells
    both. A rule that names what both are about: two statements it finds are linked ("the bus
    left the road after its brakes failed" vs "the brakes of the coach that crashed were in good
    working order" share few words)."""
    for cx in x.culprits:
        if any(ruled_out(cx, e) for e in x.exclusions):
            continue
        for ey in (e for e in y.exclusions if ruled_out(cx, e)):
            if any(ruled_out(c, ey) for c in y.culprits):
                continue
            what = "who did it" if cx.role == "doer" else "what failed" if cx.role == "failure" else "the cause"
            reason = f"{what}: '{cx.shown}' vs ruled out ({ey.how}): '{ey.shown}'"
            yield Hit("actor" if cx.role == "doer" else "cause", reason, cx.span, ey.span)
            break


def _first_told_venue_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same, for an event told as "a fire", "a blast" on either side: read only for pairs
    already linked ("a fire broke out at a warehouse in Dunmore" vs "in Kilbride"), never a
    link by itself (two fires a report tells of are two fires)."""
    yield from _venues_apart(x, y, definite=False)


def _venues_apart(x: Claims, y: Claims, *, definite: bool) -> Iterator[Hit]:
    for vx in x.venues:
        for vy in (v for v in y.venues if venue_clash(vx, v) and (vx.definite and v.definite) == definite):
            yield Hit("place", f"the {vx.word or vx.event}: in {vx.where} vs in {vy.where}", vx.span, vy.span)


_LEAVING = frozenset(["withdraw", "leave", "pull out", "pull back", "retreat", "depart"])
_STAYING = frozenset(["remain", "stay"])


def _presence_rule(x: Claims, y: Claims) -> Iterator[Hit]:
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
            yield Hit("negation", f"{px.agent}: {px.verb} ({shown}) vs {py.verb} ({shown})", px.span, py.span)


def _timing_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One event's start or end put on other days or hours: "the blaze broke out on Tuesday
    afternoon" vs "the fire started late on Monday"."""
    yield from _clashing("date", x.timings, y.timings, timing_clash)


def _naming_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One place's joining named illegitimate in one and legitimate in the other: "annexed the
    Berezan peninsula" vs "Berezan, which reunified with Volskaya"."""
    yield from _clashing("naming", x.namings, y.namings, naming_clash)


def _quality_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One thing said to be of opposite qualities: "the dam was stable" vs "the dam was unstable";
    "police fired on unarmed protesters" vs "the protesters were armed" (`qualities.py`)."""
    yield from _clashing("negation", x.qualities, y.qualities, quality_clash)


def _correction_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One thing x puts in place of another in a clause's slot, the other y puts there: "the
    fragments were rubber, not glass" vs "the fragments were glass" (`corrections.py`)."""
    yield from _clashing("negation", x.corrections, y.fillers, correction_clash)


def _access_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same people let into a place in one and kept out of it in the other ("journalists
    were barred from the site" vs "were given access to the site"; `access.py`)."""
    yield from _clashing("negation", x.accesses, y.accesses, access_clash)


def _origin_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One known thing said to come, or be fired, from two places (`corrections.origin_clash`)."""
    yield from _clashing("place", x.fillers, y.fillers, origin_clash)


def _clashing(kind: str, xs: Iterable[Any], ys: Sequence[Any], clash: Callable[[Any, Any], str | None]) -> Iterator[Hit]:
    """A hit of `kind` for each pair of x's and y's items that `clash` gives a reason for."""
    for ix in xs:
        for iy in ys:
            reason = clash(ix, iy)
            if reason is not None:
                yield Hit(kind, reason, ix.span, iy.span)


def _same_timing_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    for tx in x.timings:
        for ty in (t for t in y.timings if same_timing(tx, t)):
            yield Hit(
                "timing",
                f"the {shown_event(tx)} {PHASE_SHOWN[tx.phase]} at one time: '{tx.span}' ~ '{ty.span}'",
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
    # a count "by" a day is a running total: "by Saturday police had arrested 60" holds Friday's
    one_day = not (x.days and y.days) or bool(x.days & y.days) or x.category not in _OF_ONE_DAY or x.grown or y.grown
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
    if "civilian" in (nx, ny) and {nx, ny} - {"civilian"} <= _CIVILIAN_PEOPLE:
        return True  # "no civilians were killed" and "two women and a child were killed"
    return nx == ny or not nx or not ny or (nx in _ANY_PEOPLE and ny in _ANY_PEOPLE)


# People a report counts among civilians unless it says otherwise.
_CIVILIAN_PEOPLE = frozenset(["woman", "child", "man", "girl", "boy", "baby", "teenager", "villager", "passenger"])


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


def _quantity_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """Two figures for the same counted thing that cannot both hold.

    Two lower bounds with different numbers ("more than 20" vs "more than 107") are read as two
    different tolls, as an analyst reads them, even though the intervals overlap."""
    for cx in x.counts:
        for cy in (c for c in y.counts if counts_match(cx, c)):
            if _figures_clash(cx, cy) and not earlier_toll(cx, cy):
                kind = "negation" if "no" in (cx.hedge, cy.hedge) else "quantity"
                yield Hit(kind, f"{cx.category}: {_figure(cx)} vs {_figure(cy)}", cx.span, cy.span)


def earlier_toll(x: Count, y: Count) -> bool:
    """One of two counts is a running toll (said to have grown to its figure, or told "by" a
    day) and the two are told of other days, the later one at least as high: the toll grew
    ("three miners died on Monday" vs "by Wednesday the toll had risen to nine"). A later toll
    that is lower is compared ("by Monday 40 had died" vs "on Wednesday officials said 25"),
    and so are undated tolls ("the toll rose to 40" vs "the storm killed 12"). When the days
    cannot be put in order, the running toll must be the higher."""
    dx, dy = x.days or x.said_on, y.days or y.said_on
    if not (x.grown or y.grown) or not (dx and dy) or dx & dy:
        return False
    order = _day_order(dx, dy)
    if order is None:
        grown, other = (y, x) if y.grown else (x, y)
        return x.grown != y.grown and other.high < grown.low
    earlier, later = (x, y) if order < 0 else (y, x)
    return later.low >= earlier.high


def _day_order(x: frozenset[str], y: frozenset[str]) -> int | None:
    """-1 when the one weekday (or month) x names comes before y's, 1 when after, None when
    either names more than one or none, or the order is in doubt. Two weekdays of a report lie
    within a few days of each other: Sunday comes before Monday, Saturday before Monday;
    Monday and Friday may be either way round."""
    wx, wy = ([WEEKDAY_INDEX[d] for d in days if d in WEEKDAY_INDEX] for days in (x, y))
    if len(wx) == 1 and len(wy) == 1 and wx != wy:
        ahead = (wy[0] - wx[0]) % 7  # days from x's weekday on to y's
        return -1 if ahead <= 2 else 1 if ahead >= 5 else None  # three or four days apart: either way round
    mx, my = ({MONTH_NAMES[m] for m in days if m in MONTH_NAMES} for days in (x, y))
    if not wx and not wy and len(mx) == 1 and len(my) == 1 and mx != my:
        return -1 if min(mx) < min(my) else 1
    return None


def _part_count_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """More of some people than of all: "killed at least 12 fishermen" vs "seven people lost
    their lives" (the fishermen are among the people, so the people number at least 12)."""
    for cx in x.counts:
        for cy in (c for c in y.counts if _among(cx, c) and c.high < cx.low):
            reason = (
                f"{cx.category}: {_figure(cx)} ({cx.noun}) vs {_figure(cy)} ({cy.noun or 'all told'}): fewer in all than of some"
            )
            yield Hit("quantity", reason, cx.span, cy.span)


def _victims_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One toll of harm, its figure the same, its people civilians in one and fighters in the
    other ("killing 12 civilians" vs "killing 12 militants"): who the victims were. Not when
    either tells of another event ("a separate strike") or the two name other places."""
    if any(p.other_event for p in (*x.propositions, *y.propositions)) or _places_apart(x.places, y.places):
        return
    for cx in (c for c in x.counts if c.category in INJURY_CATEGORIES | {"killed"} and c.value > 1 and not c.part):
        for cy in (c for c in y.counts if c.category == cx.category and c.value == cx.value and not c.part):
            kinds = (_victims(cx.noun), _victims(cy.noun))
            if None in kinds or kinds[0] == kinds[1] or not counts_match(replace(cx, noun=""), replace(cy, noun="")):
                continue
            reason = f"who the {_figure(cx)} {cx.category} were: {cx.noun} vs {cy.noun}"
            yield Hit("actor", reason, cx.span, cy.span)


def _victims(noun: str) -> str | None:
    kind = noun.split(":")[-1]
    return "civilians" if kind in NONCOMBATANTS else "fighters" if kind in COMBATANTS else None


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


_HARMS = INJURY_CATEGORIES | {"killed", "casualties"}


def _harm_zero_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """ "No one was hurt" rules out any death or injury, whatever the category."""
    for zero in (c for c in x.counts if c.hedge == "no" and c.category in HARM_ZERO):
        for harm in (c for c in y.counts if c.low >= 1 and c.category in _HARMS):
            if harm.category != zero.category and _same_counted(zero, harm):
                yield Hit("negation", f"no one {zero.category} vs {_figure(harm)} {harm.category}", zero.span, harm.span)


def _nobody_held_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """ "No one has been arrested" against a person held ("a 41-year-old man was in police
    custody"): someone was."""
    for zero in (c for c in x.counts if c.hedge == "no" and c.category == "arrested"):
        for held in (s for s in y.statuses if s.custody and s.operating):
            yield Hit("negation", f"no one arrested vs {held.holder} {held.word}", zero.span, held.span)


# Words that set a thing apart from another of its kind.
_ANOTHER = frozenset(["separate", "other", "different"])


def _same_place(x: Status, y: Status) -> bool:
    """Not two named places (schools closed in Brenmoor and schools open in Calder both hold),
    nor two kinds of one thing (the coastal road closed, the ring road open), nor two days, nor
    what is and what will be ("closed" and "will reopen"; "will stay closed" is both)."""
    if ("future" in x.when) != ("future" in y.when) and "ongoing" not in x.when | y.when:
        return False
    if (BACKGROUND_YEAR in x.when) != (BACKGROUND_YEAR in y.when):
        return False  # "was suspended in 2019" and "is operating normally"
    parts_x, parts_y = x.when & _PARTS_OF_DAY, y.when & _PARTS_OF_DAY
    if parts_x and parts_y and not parts_x & parts_y:
        return False  # "on Friday morning" and "on Friday evening"
    if bool(x.kinds & _ANOTHER) != bool(y.kinds & _ANOTHER):
        return False  # "the fisheries bill" and "a separate fisheries bill"
    days_x, days_y = x.when - {"future", "ongoing"} - _PARTS_OF_DAY, y.when - {"future", "ongoing"} - _PARTS_OF_DAY
    if x.kinds and y.kinds and not x.kinds & y.kinds or days_x and days_y and not days_x & days_y:
        return False
    return not (x.places and y.places) or bool(x.places & y.places)


def _role_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One role in one thing held by two doers ("the inquiry is led by the security bureau" vs
    "the company's engineers are leading the inquiry"; "organised by the youth wing" vs "by the
    farmers' union"; the first to arrive)."""
    for rx in x.roles:
        for ry in (r for r in y.roles if _same_role(rx, r) and _same_time(rx.when, r.when)):
            if _one_party(rx.doer, ry.doer):
                continue  # "rebels" and "insurgents": one force by two names (not "Ostrian troops", "Varnian soldiers")
            what = f" the {rx.thing or ry.thing}" if rx.thing or ry.thing else ""
            role = rx.role if rx.role == ry.role else "first to fire"  # one started it by firing first
            what = f" in{what}" if role == "first to fire" and what else what
            yield Hit("actor", f"{role}{what}: {rx.who} vs {ry.who}", rx.span, ry.span)


def _replied_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One doer told as the one who fired first, or started the fighting, and as one who only
    fired back ("the guards shot first" vs "the villagers attacked the guards, who then fired in
    self-defence"; "police fired the first shots" vs "police returned fire")."""
    for rx in (r for r in x.roles if r.role in ("first to fire", "started")):
        for ry in (r for r in y.roles if r.role == "returned fire" and _same_time(rx.when, r.when)):
            days_x, days_y = (frozenset(re.findall(r"[a-z]+", r.span.lower())) & WEEKDAY_NAMES for r in (rx, ry))
            if days_x and days_y and not days_x & days_y:
                continue  # "returned fire on Monday", "fired first on Tuesday": two exchanges
            if _one_party(rx.doer, ry.doer):
                yield Hit("actor", f"first to fire: {rx.who} vs {ry.who} returned fire", rx.span, ry.span)


def _one_party(x: Participant, y: Participant) -> bool:
    """One party by one name or two ("rebels" and "insurgents"), not two named apart ("Ostrian
    troops" and "Varnian soldiers")."""
    return (_same_party(x, y) or _one_service(x, y)) and not _named_apart(x, y)


def _one_service(x: Participant, y: Participant) -> bool:
    sx, sy = (services(p.words | {p.lemma}) for p in (x, y))
    return bool(sx & sy)


def _same_role(x: Role, y: Role) -> bool:
    """One role in one thing; starting a fight and firing first in it are one ("the clash began
    when protesters fired on the police" vs "police fired the opening shots")."""
    if {x.role, y.role} == {"started", "first to fire"}:
        return (x.thing or y.thing) in ("", "unrest")
    if "returned fire" in (x.role, y.role):
        return False  # one who fired in reply is told against one who fired first (`_replied_rule`)
    return x.role == y.role and (x.thing == y.thing or x.role.startswith("first") and not (x.thing and y.thing))


def _status_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same place said to be in use in one and out of use in the other (the reason in x, y order);
    a bill passed and rejected, unless one body's stances on it already clash (`_stance_rule`)."""
    for sx in x.statuses:
        clashing = (
            s
            for s in y.statuses
            if s.operating != sx.operating and _one_holder(s, sx) and _one_axis(s, sx) and _lines_meet(sx, s)
        )
        for sy in (s for s in clashing if _same_place(sx, s)):
            if sx.vote and next(_stance_rule(x, y), None) is not None:
                continue
            if {sx.word, sy.word} & {"cut"} and {sx.word, sy.word} & _RESTORED:
                continue  # "power was cut" and then "restored": one after the other
            if order_apart(x.text, y.text) is not None:
                continue  # "shops closed before the storm" and "reopened after the storm": two times
            if any("until" in s.when and "future" in t.when for s, t in ((sx, sy), (sy, sx))):
                continue  # "will keep operating until December" and "will be shut": then, after
            if any(UNTIL_AN_EVENT in s.when for s in (sx, sy)):
                continue  # "production continued until the storm hit" and "was halted after the storm"
            yes, no = (
                ("held", "not held")
                if sx.event
                else ("passed", "not passed")
                if sx.vote
                else ("in custody", "released")
                if sx.custody
                else ("unharmed", "damaged")
                if sx.damage
                else ("operating", "not operating")
            )
            said = [f"{yes if s.operating else no} ({s.word})" for s in (sx, sy)]
            yield Hit("negation", f"status of {sx.holder}: {said[0]} vs {said[1]}", sx.span, sy.span)


def _closed_venue_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """A place told closed in x, and an event told held there in y ("the Orla concert hall has
    been shut since the fire" vs "last night's concert went ahead at the Orla concert hall"):
    the very place, by the words x gives it (`_held_at`), at one time (`_closed_then`); only a
    closing of all of it, told as fact (`_NOT_ALL_CLOSED`)."""
    if _NOT_ALL_CLOSED.search(x.text) or order_apart(x.text, y.text) is not None:
        return  # "closed to cars", "briefly closed", "it is not true that it closed"; "closed after the match"
    for sx in x.statuses:
        if sx.operating or sx.event or sx.vote or sx.custody or sx.damage or not _held_at(sx, y.text):
            continue
        for sy in (s for s in y.statuses if s.event and s.operating):
            if _closed_then(sx, x.text, sy.when, "future" in sy.when):
                reason = f"{sx.holder} closed ({sx.word}) vs {sy.holder} held there ({sy.word})"
                yield Hit("negation", reason, sx.span, sy.span)
                return
        for v in (v for v in y.venues if not v.phase and _closed_then(sx, x.text, v.when, v.plan)):
            yield Hit("negation", f"{sx.holder} closed ({sx.word}) vs the {v.word} held there", sx.span, v.span)
            return


# A closing that is not of the whole place for all of a time, or not told as fact: "closed to
# cars", "closed for the festival", "closed at midnight", "briefly closed", "the north stand was
# closed", "closed since the fire, reopened on Friday", "it is not true that it was closed".
_NOT_ALL_CLOSED = re.compile(
    r"\b(?:closed|shut)\s+(?:to|for|at|early|its\s+doors)\b|\b(?:nearly|briefly|partly|partially|part\s+of|reopen\w*"
    r"|not|never|claim\w*|den(?:y|ied|ies)|disput\w*|rumou?r\w*|alleg\w*|usually|normally|stand|wing|section)\b",
    re.IGNORECASE,
)


def _closed_then(closed: Status, text: str, when: frozenset[str], planned: bool) -> bool:
    """A place's closing and an event held there at one time: the closing lasting ("will stay
    closed until further notice", "has been shut since the fire", "remains closed"), or on the
    same day, or neither told when; both done or both to come. Not a closing in a past year."""
    if BACKGROUND_YEAR in closed.when:
        return False
    if "ongoing" in closed.when or closed.lasting or _SINCE.search(text):
        return True
    days, other = (w - {"future", "ongoing"} for w in (closed.when, when))
    return ("future" in closed.when) == planned and (bool(days & other) if days or other else True)


_SINCE = re.compile(r"\b(?:since|until\s+further\s+notice|indefinitely)\b", re.IGNORECASE)  # a closing that lasts


def _held_at(place: Status, text: str) -> bool:
    """`text` tells of something "at", "in" or "inside" the place a status is of, by the words
    the status gives it, a name among them ("the Orla concert hall" ~ "at the Orla concert
    hall"; not "schools in Varno" ~ "in Varno", "roads around the Orla hall", "in front of the
    Orla hall", "in the Orla hall's garden", "the Varno sports hall" ~ "in Varno town hall")."""
    own = {w.lower() for w in re.findall(r"[\w'’-]+", place.span)}
    names = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", place.span)} - STOPWORDS
    if not names:
        return False
    pattern = rf"(?<!instead of )(?<!rather than )\b(?:at|in|inside)\s+(?:the\s+)?((?:[\w'’-]+\s+){{0,3}}){re.escape(place.holder)}s?\b(?!['’])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        words = {w.lower() for w in m.group(1).split()} - {"the"}
        after = re.match(r"\s+([a-z]+)", text[m.end() :])
        if words & names and words <= own and (after is None or after.group(1) in STOPWORDS):
            return True
    return False


def _ruin_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One thing left in ruins in one and lightly damaged in the other ("the blast destroyed
    the depot" vs "the depot suffered only minor damage"): both say it was hit, not how alike.
    Not when the two tell of other times ("the 2019 fire" vs "Monday's fire") or of other
    blows in a series ("the first blast" vs "the second blast")."""
    if _years_told(x.text) != _years_told(y.text) or _orders_apart(x, y):
        return
    for sx in (s for s in x.statuses if s.damage and s.degree):
        for sy in (s for s in y.statuses if s.damage and s.degree and s.degree != sx.degree):
            if (
                _one_holder(sx, sy)
                and _same_place(sx, sy)
                and _same_time(sx.when, sy.when)
                and order_apart(x.text, y.text) is None
            ):
                yield Hit("negation", f"state of {sx.holder}: {sx.word} vs {sy.word}", sx.span, sy.span)


def _years_told(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b(?:19|20)\d\d\b", text))


def _orders_apart(x: Claims, y: Claims) -> bool:
    """The clauses of the two tell places in one series, or parts on one axis, that do not meet."""
    order_x, order_y = (frozenset(w for p in c.propositions for w in p.order) for c in (x, y))
    return orders_apart(order_x, order_y)


def _rebuttal_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x says the evidence contradicts a side's denials (or its account); y reports that side
    denying something, of what the denials are said to be about when x says: "contradicts
    Ardonia's denials" vs "Ardonia's spokesman denied any Ardonian involvement"."""
    for r in x.rebuttals:
        for f in y.frames:
            if not f.asserted or f.speech != "deny" or f.speaker is None or f.speaker.side != r.side:
                continue
            if r.about and not r.about & ({w.lower() for w in _WORDS.findall(f.span.lower())} | {f.target or ""}):
                continue  # "denials of involvement in the blast" vs a denial of cutting gas supplies
            yield Hit("negation", f"{r.span} vs {f.speaker.text}: {f.predicate}", r.span, f.span)


def _rank_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One thing ranked two ways in one span of time ("the third attack this year" vs "the second
    attack this year"; "the worst flood since 2009" vs "the worst flood since 2014")."""
    yield from _clashing("quantity", (r for r in x.ranks if r.ordinal), y.ranks, rank_clash)
    yield from _clashing("date", (r for r in x.ranks if r.superlative), y.ranks, rank_clash)


def _measure_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One thing given two sizes that cannot both hold ("the offer was a 2 percent increase" vs
    "the ministry's offer is worth 4 percent")."""
    for mx in x.measures:
        for my in (m for m in y.measures if measure_clash(mx, m)):
            reason = f"the {mx.thing}: '{mx.figure.span.text}' ({mx.figure.describe()}) vs '{my.figure.span.text}' ({my.figure.describe()})"
            yield Hit("quantity", reason, mx.span, my.span)


def _part_in_use_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """A thing out of use in x while a part of it is in use in y ("the N12 remains closed in
    both directions" vs "one lane of the N12 reopened on Friday"): if the whole is shut, so is
    every part. The other way round both may hold (one terminal closed, the airport open)."""
    for whole in (s for s in x.statuses if not s.operating and not (s.event or s.vote or s.custody or s.damage or s.line)):
        for part in (s for s in y.statuses if s.operating and not (s.event or s.vote or s.custody or s.damage)):
            if _part_of(part, whole) and _same_place(whole, part):
                reason = f"status of {whole.holder}: not operating ({whole.word}) vs its {part.holder} operating ({part.word})"
                yield Hit("negation", reason, whole.span, part.span)


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


def _lasting_status_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """A status said to last on one day ("the highway remained closed on Monday") against the
    opposite change a day to three before ("was reopened on Sunday"): had it changed, it
    would not have remained so."""
    for sx in (s for s in x.statuses if s.lasting and not (s.event or s.vote or s.custody or s.damage)):
        for sy in (s for s in y.statuses if s.operating != sx.operating and s.word in _BECAME and not s.lasting):
            if not _one_holder(sx, sy) or sx.places and sy.places and not sx.places & sy.places:
                continue
            if sx.kinds and sy.kinds and not sx.kinds & sy.kinds:
                continue
            later, earlier = _weekday_of(sx.when), _weekday_of(sy.when)
            if later is None or earlier is None or not 1 <= (later - earlier) % 7 <= 3:
                continue
            reason = f"status of {sx.holder}: {sx.word} still on {calendar.day_name[later]} vs {sy.word} on {calendar.day_name[earlier]}"
            yield Hit("negation", reason, sx.span, sy.span)


def _weekday_of(when: frozenset[str]) -> int | None:
    days = [WEEKDAY_INDEX[w] for w in when if w in WEEKDAY_INDEX]
    return days[0] if len(days) == 1 and "future" not in when else None


_WORDS = re.compile(r"[a-z][a-z'-]*")


def _lines_meet(x: Status, y: Status) -> bool:
    """A place told at work and idle on one line: "stopped producing trucks" tells nothing of
    the plant at work making cars, or at work at all; "kept generating electricity" is the
    plant at work."""
    idle, at_work = (y, x) if x.operating else (x, y)
    return not idle.line or idle.line == at_work.line


def statuses_apart(x: Claims, y: Claims) -> tuple[str, str] | None:
    """One thing told in use in one statement and not in the other, on whatever days ("the
    factory stopped producing cars in May" vs "was still producing cars in June"): the words of
    each, else None. Two days may part them as a conflict (`_status_rule`), never make them one
    claim."""
    for sx in x.statuses:
        for sy in y.statuses:
            one_sort = sx.event == sy.event and sx.vote == sy.vote and _one_axis(sx, sy)
            if sx.operating != sy.operating and one_sort and _one_holder(sx, sy):
                return sx.word, sy.word
    return None


def votes_apart(x: Claims, y: Claims) -> bool:
    """Votes on one bill by two bodies ("passed by the lower house" vs "the upper house
    rejected the bill"): two votes, whose outcomes may differ."""
    return any(
        sx.vote and sy.vote and _one_holder(sx, sy) and sx.places and sy.places and not sx.places & sy.places
        for sx in x.statuses
        for sy in y.statuses
    )


def _one_axis(x: Status, y: Status) -> bool:
    """Statuses of one sort: a person held or freed, a thing unharmed or wrecked, a place in
    use or not (a wrecked hospital told against an open one is left to the reader)."""
    return x.custody == y.custody and x.damage == y.damage


def _one_holder(x: Status, y: Status) -> bool:
    """One thing whose status is told, by one name or two for its kind ("the road" ~ "the highway"),
    by what is done in or under it ("work under the contract" ~ "the contract"), or by what runs
    on it ("the metro" ~ "metro trains", "the ferry line" ~ "ferry services")."""
    if x.holder == y.holder or same_kind(x.holder, y.holder) or _one_word_in_number(x.holder, y.holder):
        return True
    if _a_plant(x, y):
        return True  # "the Tarvik power station" ~ "the plant in Tarvik" (where each is, `_same_place` tells)
    if any(b.holder in ACTIVITY_NOUNS and a.holder in _WORDS.findall(b.span.lower()) for a, b in ((x, y), (y, x))):
        return True  # "work under the contract" ~ "the contract", "classes at the school" ~ "the school"
    if x.holder in _SUPPLIED and y.holder in _SUPPLIED and x.kinds & y.kinds - _NOT_A_KIND:
        return True  # "internet access was cut" ~ "internet services operated": one supply, two words for it
    if any(b.holder in _SUPPLIED and a.holder in b.kinds for a, b in ((x, y), (y, x))):
        return True  # "without water" ~ "the water supply was restored"
    if any(b.holder in _RUNNING and a.holder in b.kinds | b.places for a, b in ((x, y), (y, x))):
        return True  # "metro trains" ~ "the metro"
    return any(_runs_on(b, a) for a, b in ((x, y), (y, x)))


_ROUTES = frozenset(["line", "route", "network", "service", "link", "branch"])


def _runs_on(vehicles: Status, line: Status) -> bool:
    """What runs on a line of its kind, the names of both alike: "trams on the Ostin line" ~
    "the Ostin tram line" (not "trams on the Kelby line")."""
    kind = vehicles.holder if vehicles.holder in _RUNNING else vehicles.holder.removesuffix("s")
    if kind not in _RUNNING or kind not in line.kinds or line.holder not in _ROUTES:
        return False  # "the tram depot" is no line trams run on
    names = [set(re.findall(r"\b[A-Z][\w-]+", s.span)) - {"The", "A", "An"} for s in (vehicles, line)]
    return not (names[0] and names[1] and not names[0] & names[1])


def _a_plant(x: Status, y: Status) -> bool:
    """An industrial site by its general name alone on one side ("the plant in Tarvik", "the
    facility"; not "the bottling plant", which says which) and by that or by its own on the
    other ("the Tarvik refinery", "a power station"; not a railway or police station), both
    told where they are: one site, when the two places meet (`_same_place`)."""
    if not (x.places and y.places):
        return False
    return any(
        a.holder in _PLANTS and _by_its_kind_alone(a) and (b.holder in _PLANTS or _an_industrial_site(b))
        for a, b in ((x, y), (y, x))
    )


def _by_its_kind_alone(status: Status) -> bool:
    """No word before the holder's noun says which of its kind it is, but a name ("the
    Tarvik plant"): not "the bottling plant", "a chemical plant"."""
    before = re.split(rf"\b{re.escape(status.holder)}\b", status.span, maxsplit=1, flags=re.IGNORECASE)[0]
    return not status.kinds and all(w.lower() in _DETERMINERS or w[:1].isupper() for w in re.findall(r"[A-Za-z][\w'-]*", before))


_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "this", "that"])


def _an_industrial_site(status: Status) -> bool:
    return status.holder in _INDUSTRIAL_SITES or status.holder == "station" and bool(status.kinds & _PLANT_STATIONS)


_PLANTS = frozenset(["plant", "facility"])
_INDUSTRIAL_SITES = frozenset(["refinery", "smelter", "factory", "mill", "reactor", "foundry", "distillery", "brewery"])
_PLANT_STATIONS = frozenset(
    ["power", "pumping", "compressor", "nuclear", "generating", "treatment", "desalination", "hydroelectric", "coal"]
)


# Words for what a network supplies, named by what it carries ("internet access", "water
# supply", "mobile services"): two of them with one such word are one supply.
_SUPPLIED = frozenset(["access", "service", "supply", "connection", "coverage", "connectivity"])
_NOT_A_KIND = frozenset(["other", "full", "normal", "some", "all", "local", "public", "essential", "basic", "regular"])


def _one_word_in_number(a: str, b: str) -> bool:
    """One noun, singular and plural: the parse takes "Trams" opening a sentence for a name and
    leaves it unlemmatized ("trams" ~ "tram", "ferries" ~ "ferry", "buses" ~ "bus")."""
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es") or short.endswith("y") and long == short[:-1] + "ies"


def _stance_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One holder for a thing in one and against it in the other (the reason in x, y order)."""
    for sx in x.stances:
        for sy in (s for s in y.stances if s.support != sx.support and _one_stance_subject(sx, s)):
            reason = f"stance of {sx.holder.text} on {sx.thing.text}: {sx.word} vs {sy.word}"
            yield Hit("negation", reason, sx.span, sy.span)


def stances_apart(x: Claims, y: Claims) -> tuple[str, str] | None:
    """One holder for a thing in one and against it in the other, at whatever times ("said she
    would veto the budget" vs "signed the budget"): the two words, or None. Not one claim, though
    a change of mind may make both true."""
    for sx in x.stances:
        for sy in y.stances:
            if sx.support != sy.support and _one_stance_subject(sx, sy, any_time=True):
                return sx.word, sy.word
    return None


def accesses_apart(x: Claims, y: Claims) -> tuple[str, str] | None:
    """The same people let into a place in one and kept out of it in the other, at whatever
    times ("barred from the site on Monday" vs "given access to the site on Thursday"): the two
    words, or None. Not one claim, though both may be true."""
    for ax in (a for a in x.accesses if not told_at_a_turn(a)):  # "which had blocked reporters", "barred until Friday"
        for ay in (a for a in y.accesses if not told_at_a_turn(a)):
            if ax.granted != ay.granted and access_clash(ax, replace(ay, when=ax.when)) is not None:
                return ax.word, ay.word
    return None


def _one_stance_subject(x: Stance, y: Stance, *, any_time: bool = False) -> bool:
    """One holder's stance on one thing at one time (for a clash, or for the same stance twice)."""
    one_time = any_time or _same_time(x.when, y.when) or _both_voiced(x, y)
    if not one_time or not _same_party(x.holder, y.holder):
        return False
    if (x.instance or y.instance) and not one_instance(x.thing, y.thing):
        return False  # "granted a loan to Ferro Lines" / "refused a loan to Orsk Steel"
    if same_thing(x.thing, y.thing):
        return _same_qualifiers(x.thing, y.thing)
    # a stance on someone's deed and one on that someone ("backed the ministry's handling" ~ "blamed the
    # ministry"), or on the deed named from its doer ("defended the police response" ~ "criticised the policing")
    owners = ((x.owner, y.thing), (x.thing, y.owner), (x.owner, y.owner))
    return any(same_thing(p, q) or stem(p.lemma) == stem(q.lemma) for p, q in owners if p and q)


def _both_voiced(x: Stance, y: Stance) -> bool:
    """Two positions voiced, whatever their tenses ("said he would back the bill" vs "tore into
    the bill"; "was ready to join the inquiry" vs "rejected calls for an inquiry"): the holder's
    position at the time of the story. Not a vote or a veto (a deed of one day), nor a stance
    dated or on a condition (`Stance.voiced`)."""
    return x.voiced and y.voiced


def _change_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One thing moved one way in one and another way, or not at all, in the other ("raised
    rates" vs "left rates unchanged"; "doubled the length" vs "did not change the length")."""
    for cx in x.changes:
        clashing = (
            c
            for c in y.changes
            if _directions_clash(cx.direction, c.direction) and _same_measure(cx, c) and not _measured_against(cx, c)
        )
        for cy in (c for c in clashing if _same_time(cx.when, c.when)):
            if _both_ways(x, cy) or _both_ways(y, cx):
                continue  # "prices rose before the announcement and fell after it" vs "prices fell after it"
            yield Hit("negation", f"{cx.what}: {cx.word} vs {cy.word}", cx.span, cy.span)


def _both_ways(claims: Claims, other: Change) -> bool:
    """`claims` also moves the thing `other` moves the way `other` does: a text telling both
    ways (two times, two clauses) denies neither."""
    return any(c.direction == other.direction and _same_measure(c, other) for c in claims.changes)


def _change_size_rule(x: Claims, y: Claims) -> Iterator[Hit]:
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
                    yield Hit("quantity", reason, cx.span, cy.span)
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
    if (
        not (same_thing(x.thing, y.thing) or _one_reading(x, y))
        or _others_against_one(x.what, y.what)
        or _others_against_one(y.what, x.what)
    ):
        return False  # "other bank shares" are not "the bank's shares" (but may be "the country's bank shares")
    if _two_names(x.thing, y.thing) or _two_firms(x.thing, y.thing):
        return False  # "the KMX-30 index" is not "the Tarvo-50 index", "Halden Foods" not "Berra Foods"
    kinds_x, kinds_y = _kinds(x), _kinds(y)
    if kinds_x and kinds_y and not _kin(kinds_x, kinds_y):
        return False  # "defence spending" is not "health spending"; "oil prices" is "Brent crude"
    if _of_kinds_apart(x.what, y.what):
        return False  # "sales of electric cars" are not "sales of diesel cars"
    groups_x, groups_y = _group_told(x), _group_told(y)
    if groups_x and groups_y and not groups_x & groups_y:
        return False  # "support fell among pensioners" is not support among young voters
    return (
        not x.of or not y.of or bool((x.of | _name_words(x.thing)) & (y.of | _name_words(y.thing)))
    )  # "shares in Volkar Systems" ~ "Volkar's shares"


# Words for what a measurement reads, of one thing named beside them: "methane levels" ~
# "methane readings" ~ "methane concentrations".
_READINGS = frozenset(["level", "reading", "concentration"])


def _kinds(change: Change) -> frozenset[str]:
    """The words that say what kind of thing is measured ("defence" spending). A name that opens
    the sentence may be a common word the parse took for one ("Bread prices rose"): its word
    counts as a kind when nothing else does, so "Bread prices" is not "milk prices"."""
    kinds = change.thing.words - {change.thing.lemma}
    if kinds:
        return kinds - _ANY_KIND
    opening = change.thing.entity and change.span.startswith(change.thing.entity)
    if opening and " " not in change.thing.entity:
        return frozenset([change.thing.entity.lower()])
    return _words_before_head(change)


# Words before a measure that say which one of its kind is meant, not what kind it is: "the
# main index" is "the benchmark index".
_ANY_KIND = frozenset(["main", "benchmark", "key"])
_COUNT_WORDS = frozenset(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "several", "many", "few"])


def _words_before_head(change: Change) -> frozenset[str]:
    """The words before a measure's head that the parse hung on it as no noun ("the technology
    index" read with an adjective; "Nitrate levels" read as a name at the sentence's start):
    what kind of measure it is, as `_kinds` reads it."""
    words = [w.strip(".,;:'\"") for w in change.what.split()]
    head = next((k for k, w in enumerate(words) if w.lower().startswith(change.thing.lemma)), 0)
    kinds: set[str] = set()
    for k in range(head - 1, -1, -1):  # the words right before the head: "the technology index"
        word = words[k]
        if not word.isalpha() or word.lower() in STOPWORDS | _COUNT_WORDS or not (word.islower() or k == 0):
            break
        kinds.add(word.lower())
    return frozenset(kinds - _ANY_KIND)


_LEADING_WORDS = _DETERMINERS | frozenset(["his", "her", "all", "some", "these", "those"])


def _of_kinds_apart(x: str, y: str) -> bool:
    """Both measure something "of" one kind of thing, each with a word of its own in front of
    it ("sales of electric cars" / "sales of diesel cars"): two measures. One plain and one
    qualified ("the length of the exercises" / "of the joint exercises") may be one, as may
    two owners told two ways ("of Varn's currency" / "of the Varn currency"): names and
    possessives say whose, not which kind."""
    parts = [w.split(" of ", 1) for w in (x, y)]
    if any(len(p) < 2 for p in parts):
        return False
    words = [[t.strip(".,;:'\"") for t in p[1].split()] for p in parts]
    if not all(words) or words[0][-1].lower() != words[1][-1].lower():
        return False
    own = [{w for w in ws[:-1] if w.islower() and w not in _LEADING_WORDS and not w.endswith(("'s", "’s"))} for ws in words]
    return bool(own[0]) and bool(own[1]) and not own[0] & own[1]


def _group_told(change: Change) -> frozenset[str]:
    """The group a measure is told of ("rose among young voters": young, voters), if any."""
    words = change.span.lower().split()
    if "among" not in words:
        return frozenset()
    told: set[str] = set()
    for word in words[words.index("among") + 1 : words.index("among") + 5]:
        word = re.sub(r"['’]s?$", "", word)  # "the city's residents", told "city 's residents"
        if not word:
            continue
        if not word.isalpha() or word in _AFTER_A_GROUP:
            break
        if word not in _LEADING_WORDS:
            told.add(word.removesuffix("s"))
    return frozenset(told)


# Words that end the group told after "among" ("among pensioners in the north", "last year").
_AFTER_A_GROUP = frozenset(["in", "on", "at", "by", "since", "after", "before", "during", "last", "this", "over", "from"])
_AFTER_A_GROUP |= frozenset(["to", "for", "according", "and", "than", "while", "as", "but", "who", "that", "which"])


def _one_reading(x: Change, y: Change) -> bool:
    kinds_x, kinds_y = x.thing.words - {x.thing.lemma}, y.thing.words - {y.thing.lemma}
    return {x.thing.lemma, y.thing.lemma} <= _READINGS and bool(kinds_x & kinds_y)


_OTHERS = frozenset(["other", "another", "rival", "remaining"])


def _others_against_one(x: str, y: str) -> bool:
    """x names others ("other bank shares") and y one owner's ("the bank's shares", "its shares")."""
    words = x.lower().split()
    one = re.search(r"(?:'s|’s)\b|\b(?:its|his|her|their)\b", y.lower())
    return bool(_OTHERS & set(words)) and not _OTHERS & set(y.lower().split()) and one is not None


def _rate_of(x: Change, y: Change) -> bool:
    """x moves a rate, pace or level of what y moves itself ("the rate of spread increased" ~
    "the spread slowed")."""
    return x.thing.lemma in MEASURE_WORDS and y.thing.lemma in x.of


def _ruling_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """Guilty of a charge in one, not guilty of it in the other, for one defendant (or one
    left to a pronoun): "found guilty of money laundering" vs "acquitted him of money laundering"."""
    for rx in x.rulings:
        for ry in (r for r in y.rulings if r.guilty != rx.guilty and r.charges & rx.charges and _same_time(r.when, rx.when)):
            if _one_defendant(rx.defendant, ry.defendant):
                charge = " ".join(sorted(rx.charges & ry.charges))
                yield Hit("negation", f"ruling on {charge}: {rx.word} vs {ry.word}", rx.span, ry.span)


def _result_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One contest's winner in x its loser in y: "Ardwick United beat Selby Rovers" vs
    "Ardwick United lost to Selby Rovers"; "Rask won re-election" vs "Brisk unseated mayor
    Rask"."""
    for rx in x.results:
        for ry in (r for r in y.results if _one_contest(rx, r)):
            if (
                rx.winner is not None
                and ry.loser is not None
                and _same_party(rx.winner, ry.loser)
                and _one_kind(rx.winner, ry.loser)
            ):
                yield Hit("negation", f"{rx.winner.text}: won ('{rx.word}') vs lost ('{ry.word}')", rx.span, ry.span)
            if _two_winners(rx, ry):
                reason = f"two winners of {' '.join(sorted(rx.won_outright))}: {rx.winner.text} vs {ry.winner.text}"  # type: ignore[union-attr]
                yield Hit("negation", reason, rx.span, ry.span)


def _two_winners(x: Result, y: Result) -> bool:
    """One contest told won outright by two named winners ("Mayor Dunne won the election" vs
    "Challenger Rees won the election"): the same contest, in the same words, and winners
    that share no name."""
    if not x.won_outright or x.won_outright != y.won_outright or x.winner is None or y.winner is None:
        return False
    if not x.winner.entity or not y.winner.entity:
        return False
    return not _same_party(x.winner, y.winner)


def _one_kind(x: Participant, y: Participant) -> bool:
    """Not a named person or body against a thing of theirs ("Mira Quennel" and "Mira Quennel's
    party"): where one's head is one of its names, so is the other's."""
    named_x, named_y = (p.lemma in {w.lower() for w in p.entity.split()} for p in (x, y))
    return named_x == named_y or not (x.entity and y.entity)


def _talks_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """Talks between the same parties ended in a deal in x and without one in y: "talks
    between the ministry and the union ended in agreement" vs "negotiations broke down"."""
    for tx in (t for t in x.talks if t.agreed):
        for ty in (t for t in y.talks if not t.agreed and _same_time(tx.when, t.when)):
            if tx.parties and ty.parties and len(tx.parties & ty.parties) >= min(2, len(tx.parties), len(ty.parties)):
                who = ", ".join(sorted(tx.parties & ty.parties))
                yield Hit("negation", f"talks ({who}): a deal ('{tx.word}') vs none ('{ty.word}')", tx.span, ty.span)
            elif not (tx.parties and ty.parties) and tx.when - _TENSES and ty.when - _TENSES:
                # "the talks ended without agreement on Friday" vs "the two sides reached a deal on
                # Friday": talks named by no party are the talks of the other, on the day both give
                yield Hit("negation", f"talks: a deal ('{tx.word}') vs none ('{ty.word}')", tx.span, ty.span)


def _one_contest(x: Result, y: Result) -> bool:
    """Nothing shows two contests: the same contest where both name one (an election, a
    re-election and a race are one), at one time."""

    def kinds(words: frozenset[str]) -> frozenset[str]:  # "the race for mayor" is the mayoral election
        return frozenset("election" if "election" in w or w == "race" else w for w in words)

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


def _same_stance_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    for sx in x.stances:
        for sy in (s for s in y.stances if s.support == sx.support and _one_stance_subject(sx, s)):
            yield Hit("stance", f"{sx.holder.text} {sx.word} ~ {sy.word} {sy.thing.text}", sx.span, sy.span)


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


def _cause_kind_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """Damage put down to an attack in one and to an accident in the other, neither mentioning
    the other kind (the reason in x, y order)."""
    if {c.kind for c in x.causes} & {c.kind for c in y.causes}:
        return
    shown = {"external": "attack", "accident": "accident"}
    for cx in x.causes:
        for cy in (c for c in y.causes if c.kind != cx.kind and _same_effect(cx, c)):
            reason = f"cause: {cx.word} ({shown[cx.kind]}) vs {cy.word} ({shown[cy.kind]})"
            yield Hit("negation", reason, cx.span, cy.span)


def _cause_side_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """Damage put down to an attack by one side in x and by another in y."""
    for cx in (c for c in x.causes if c.kind == "external" and c.side):
        for cy in (c for c in y.causes if c.kind == "external" and c.side and c.side != cx.side and _same_effect(cx, c)):
            yield Hit("negation", f"cause: {cx.span} vs {cy.span}", cx.span, cy.span)


def _blamed_for_event(x: Claims) -> Iterator[Frame]:
    """Accusations that put an event on a side, named generically ("blamed Ruritania for the
    incident") or not at all ("blamed Ruritania")."""
    for f in x.frames:
        blamed = f.speech == "accuse" and f.asserted and f.agent and f.agent.side and not f.agent.private
        if blamed and (f.target is None or f.target in EVENT_NOUNS):
            yield f


def _blame_cause_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x blames side S for the event; y says a side other than S caused it."""
    for acc in _blamed_for_event(x):
        for cause in (c for c in y.causes if c.kind == "external" and c.side and c.side != acc.agent.side):  # type: ignore[union-attr]
            yield Hit("negation", f"blame on {acc.agent.text} vs cause: {cause.span}", acc.span, cause.span)  # type: ignore[union-attr]


def _same_blame_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x blames side S for the event; y says S caused it."""
    for acc in _blamed_for_event(x):
        for cause in (c for c in y.causes if c.kind == "external" and c.side == acc.agent.side):  # type: ignore[union-attr]
            yield Hit("cause", f"blame on {acc.agent.text} ~ cause: {cause.span}", acc.span, cause.span)  # type: ignore[union-attr]


def _aim_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One side's attacks said to be aimed at civilians in x, at military targets only in y."""
    for ax in (a for a in x.aims if a.civilian):
        for ay in (a for a in y.aims if not a.civilian and a.side == ax.side):
            reason = f"aim of attacks by {ax.who}: civilians vs military targets only ({ay.who})"
            yield Hit("negation", reason, ax.span, ay.span)


def _same_aim_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    for ax in x.aims:
        for ay in (a for a in y.aims if a.civilian == ax.civilian and a.side == ax.side):
            what = "civilians" if ax.civilian else "military targets only"
            yield Hit("aim", f"aim of attacks by {ax.who} ~ {ay.who}: {what}", ax.span, ay.span)


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
    _closed_venue_rule,
    _ruin_rule,
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
    _replied_rule,
    _venue_rule,
    _access_rule,
)
LINKING_RULES: tuple[Rule, ...] = (_anchored_denial_rule, _anchored_accusation_denial_rule, *_SHARED_RULES, _ruled_out_rule)
CONFLICT_RULES: tuple[Rule, ...] = (
    _denial_rule,
    _accusation_denial_rule,
    *_SHARED_RULES,
    _generic_denial_rule,
    _victims_rule,
    _deed_day_rule,
    _origin_year_rule,
    _rank_rule,
    _deed_place_rule,
    _presence_rule,
    _service_rule,
    _first_told_venue_rule,
    _person_rule,
    _own_doer_rule,
    _ruled_out_rule,
    _two_doers_rule,
    _quality_rule,
    _correction_rule,
    _origin_rule,
)
