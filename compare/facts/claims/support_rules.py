"""The support rules: evidence that two statements make the same claim (the same frame, count,
status, cause, denial or deed), their table (`SUPPORT_RULES`), and the judgments built on them
that the matcher asks for: `same_event`, `slot_difference`, `other_sides`, `different_doers`,
`stances_of_two_holders`, `denial_of_other_things`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...lexicons import (
    CLAIM_NOUNS,
    COUNTRY_KEYS,
    DAY_WORDS,
    EVENT_KINDS,
    EVENT_NOUNS,
    EVIDENCE_NOUNS,
    GENERIC_CHARGES,
    GENERIC_PEOPLE,
    SIDE_NOUNS,
    STAGED_HARMS,
    VAGUE_COUNTS,
    WEEKDAY_NAMES,
)
from ..propositions import _MONTHS, _OTHER_ONE, Proposition, orders_apart, other_days
from ..quantities import counted_kind
from .access import one_access
from .conflict_rules import (
    _denied_side,
    _figure,
    _figures_clash,
    _one_axis,
    _one_holder,
    _participants_match,
    _same_aim_rule,
    _same_blame_rule,
    _same_place,
    _same_stance_rule,
    _same_timing_rule,
    counts_match,
)
from .deeds import _acted_on, _both_patients_match, _deed, _maybe_one_doer, _one_deed, _one_off_deeds, _same_patient
from .doer_rules import _a_doer, _named_apart, deed_doers_apart, doers_named_apart, event_doers_apart
from .hit import Hit, Rule
from .model import Claims, Count, Frame, Predication, Staging
from .reading import _people_word, same_kind, same_thing, side_of_word


def _same_frame_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same predicate family, same polarity and the same participants. Not a deed told
    only as what someone denies a part in ("its soldiers were not responsible for the strike on
    the market"): that statement's claim is the denial, not the strike."""
    for fx in (f for f in x.frames if f.family is not None and f.asserted and not _denied_part_in(f, x)):
        for fy in (
            f for f in y.frames if f.family == fx.family and f.speech == fx.speech and f.asserted and not _denied_part_in(f, y)
        ):
            if _participants_match(fx, fy) and _sides_agree(fx, fy) and not _doer_told_apart(fx, fy, x, y):
                yield Hit("frame", f"{fx.predicate} ~ {fy.predicate}: same participants", fx.span, fy.span)


def _doer_told_apart(fx: Frame, fy: Frame, x: Claims, y: Claims) -> bool:
    """One frame names the doer and the other does not, but its statement names another doer
    of the same kind of deed elsewhere, named apart ("Kestrian jets bombed the market" vs "the
    strike on the market was carried out by the Northern Front", read as a strike on the market
    and a strike by the Front): the doers differ, so the participants are not shown to be the
    same."""
    for have, lack, claims in ((fx, fy, y), (fy, fx, x)):
        if not _a_doer(have.agent) or lack.agent is not None:
            continue
        others = (f.agent for f in claims.frames if f.family == lack.family and _a_doer(f.agent))
        if any(_named_apart(have.agent, o) for o in others):  # type: ignore[arg-type]
            return True
    return False


def _denied_part_in(frame: Frame, claims: Claims) -> bool:
    """`frame` is the deed a denial of its statement is about ("denied any role in the
    bombing", "were not responsible for the strike"): its span lies in the denial's."""
    return any(
        d is not frame and d.family == "deny" and d.target == frame.predicate and frame.span in d.span for d in claims.frames
    )


def _sides_agree(x: Frame, y: Frame) -> bool:
    pairs = ((x.agent, y.agent), (x.speaker, y.speaker))
    return all(p is None or q is None or p.side is None or q.side is None or p.side == q.side for p, q in pairs)


def _same_count_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same counted thing with the same figure."""
    for cx in x.counts:
        for cy in (c for c in y.counts if counts_match(cx, c) and _same_figure(cx, c) and not _figures_clash(cx, c)):
            yield Hit("count", f"{cx.category}: {_figure(cx)} ~ {_figure(cy)}", cx.span, cy.span)


def _same_figure(x: Count, y: Count) -> bool:
    """The same figure, or a vague count ("dozens") and an exact one it holds ("40")."""
    if x.value == y.value:
        return True
    vague, exact = (x, y) if x.hedge in VAGUE_COUNTS else (y, x)
    return vague.hedge in VAGUE_COUNTS and not exact.hedge and vague.low <= exact.value <= vague.high


def _same_status_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One thing in one status in both; a thing in ruins is not one lightly damaged."""
    for sx in x.statuses:
        for sy in (
            s
            for s in y.statuses
            if _one_holder(s, sx) and _one_axis(s, sx) and s.operating == sx.operating and _same_place(sx, s)
        ):
            if sx.degree and sy.degree and sx.degree != sy.degree:
                continue
            days_x, days_y = (s.when & WEEKDAY_NAMES for s in (sx, sy))
            if days_x and days_y and not days_x & days_y:
                continue  # "the meeting was held on Monday" / "took place on Tuesday": two days
            yield Hit("status", f"{sx.holder}: {sx.word} ~ {sy.word}", sx.span, sy.span)


def _same_cause_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    for cx in x.causes:
        for cy in (c for c in y.causes if c.kind == cx.kind and (c.side is None or cx.side is None or c.side == cx.side)):
            yield Hit("cause", f"cause {cx.word} ~ {cy.word}", cx.span, cy.span)


def _same_predication_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same predicate with the same participants: verb, subject and one thing acted on
    alike, with the same polarity ("predicate"); or verb and subject alike while what they act
    on is worded differently ("subject"), or only the verb alike ("verb"): weaker, the judge
    asks the two statements to be close in meaning as well. None for doers on two sides."""
    if other_sides(x, y) is not None or doers_of_two_sides(x, y) is not None:
        return
    if any(p.verb == q.verb and other_days(p, q) is not None for p in x.propositions for q in y.propositions):
        return  # "surrendered it in May" / "surrendered the town in October": told of two times
    for px in x.predications:
        for py in y.predications:
            if px.verb != py.verb or px.negated != py.negated:
                continue
            if px.names and py.names and not px.names & py.names:
                continue  # "production from Millbrook will move" is not "production from Carver Falls"
            if orders_apart(px.order, py.order):
                continue  # "the opening session" is not "the closing session" (`_slots_apart`)
            if px.subject != py.subject:
                if counted_kind(px.subject) == counted_kind(py.subject) or same_kind(px.subject, py.subject):
                    yield Hit("verb", f"same predicate: {px.verb}", px.span, py.span)
            elif _things_apart(px, py):
                continue  # "carrying humanitarian aid to the town" vs "carrying weapons to the town"
            elif shared := px.objects & py.objects:
                what = ", ".join(sorted(shared))
                yield Hit("predicate", f"same predicate and participants: {px.subject} {px.verb} … {what}", px.span, py.span)
            elif _places_apart(px, py):
                continue  # "the fire started in the kitchen" vs "started in a bedroom": two claims
            else:
                yield Hit("subject", f"same predicate and subject: {px.subject} {px.verb}", px.span, py.span)


def _things_apart(px: Predication, py: Predication) -> bool:
    """Both name what the verb acts on directly (common nouns), with no word or kind in
    common: the same verb and subject done to two things. Not when one names an event or a
    deed: one event goes by many names ("carried out the attack" ~ "the bombing")."""
    if not px.direct or not py.direct or px.direct & py.direct:
        return False
    if any(_an_event(w) for w in px.direct | py.direct):
        return False
    return not any(counted_kind(a) == counted_kind(b) or same_kind(a, b) for a in px.direct for b in py.direct)


def _places_apart(px: Predication, py: Predication) -> bool:
    """Both tell where or from what the deed was done, in a phrase (nothing acted on directly),
    each by one thing named in the singular, and name nothing alike there: "the fire started in
    the kitchen" / "in a bedroom". Things in the plural may be one class told two ways ("return
    to their permanent bases" / "to their home garrisons")."""
    if px.direct or py.direct or not px.objects or not py.objects:
        return False
    if not (_one_place_each(px) and _one_place_each(py)) or px.names & py.names:
        return False  # "near the port of Harlow" ~ "near Harlow harbour": one place named alike
    return not any(counted_kind(a) == counted_kind(b) or same_kind(a, b) for a in px.objects for b in py.objects)


def _one_place_each(p: Predication) -> bool:
    """Every thing the clause's phrases name is a place or a source ("in the kitchen", "from
    the river"; not "by a private company", "with Peru"), written in the singular."""
    text = " ".join(w.strip(".,;:").lower() for w in p.span.split())
    return all(re.search(rf"\b(?:{_PLACE_WORDS})\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(o)}\b", text) for o in p.objects)


_PLACE_WORDS = "in|at|from|inside|outside|near|into|onto|beside"


_EVENT_WORDS = EVENT_NOUNS | frozenset(w for words in EVENT_KINDS.values() for w in words)


def _an_event(noun: str) -> bool:
    """A noun for an event or a deed: a kind of event, or a verb's noun in -ing ("killing")."""
    return noun in _EVENT_WORDS or noun.endswith("ing")


def slot_difference(x: Claims, y: Claims) -> str | None:
    """Why two statements worded alike make two claims: one verb with other names in its
    phrases ("left Dhangadhi" vs "left Nepalgunj"; "production from Millbrook" vs "from Carver
    Falls"), or with other doers of one thing ("water trucking began on Tuesday" vs "water
    testing began on Tuesday"), or doers of one kind on two named sides (`other_sides`).
    None when nothing shows it."""
    sides = other_sides(x, y) or event_doers_apart(x, y) or doers_of_two_sides(x, y)
    if sides is not None:
        return sides
    order_x, order_y = (_orders(c) for c in (x, y))
    if orders_apart(order_x, order_y):  # "chaired the opening session" / "the closing session was chaired"
        return f"the {', '.join(sorted(order_x))} vs the {', '.join(sorted(order_y))}"
    found = None
    for px in (p for p in x.predications if not p.embedded):
        for py in (p for p in y.predications if p.verb == px.verb and p.negated == px.negated and not p.embedded):
            difference = _roles_reversed(x, px, y, py) or _slots_apart(px, py)
            if difference and _one_side_two_ways(x, px, y, py):
                difference = None  # "Kestria recalled its ambassador" ~ "the Kestrian government recalled ..."
            if difference is None:
                return None  # one pair of clauses alike in every slot: nothing shows two claims
            found = found or difference
    return found or None


def other_sides(x: Claims, y: Claims) -> str | None:
    """Doers of one kind named for two sides, neither side named in the other statement
    ("Arvandi troops" vs "Beloski troops"; "Russian forces" vs "Ukrainian forces"): the two
    statements tell of different participants, however alike the rest of their words."""
    pairs = [
        (px, py)
        for px in x.propositions
        for py in y.propositions
        if px.agent and px.agent == py.agent and px.agent_side and py.agent_side
        if _named_side(px.agent_side, x) or _named_side(py.agent_side, y)
    ]
    if any(side_of_word(px.agent_side) == side_of_word(py.agent_side) for px, py in pairs):
        return None
    sides_x, sides_y = _sides_named(x), _sides_named(y)
    for px, py in pairs:
        if side_of_word(px.agent_side) not in sides_y and side_of_word(py.agent_side) not in sides_x:
            return f"{px.agent}: {px.agent_side} vs {py.agent_side}"
    return None


def _orders(claims: Claims) -> frozenset[str]:
    """The places in a series its clauses tell ("the closing session": last)."""
    return frozenset(w for p in claims.propositions for w in p.order) | frozenset(w for p in claims.predications for w in p.order)


def doers_of_two_sides(x: Claims, y: Claims) -> str | None:
    """One verb whose doers are of two named sides, both named in both statements ("the Arvandi
    patrol boat rammed a Beloski fishing vessel" vs "the Beloski fishing vessel rammed an Arvandi
    patrol boat"): two deeds, or one told with its roles reversed; never one claim."""
    named_x, named_y = _sides_named(x), _sides_named(y)
    found, shared = None, set()
    for px in (p for p in x.propositions if p.doer):
        sx = {side for w in px.doer if (side := side_of_word(w)) in named_x and _side_word(w)}
        for py in (p for p in y.propositions if p.verb == px.verb and p.doer and sx):
            sy = {side for w in py.doer if (side := side_of_word(w)) in named_y and _side_word(w)}
            if sx & sy:
                shared.add(px.verb)  # "Russia expelled the ambassador, and Ukraine the consul" ~ "Russia expelled ..."
            elif sy and found is None:
                found = (px.verb, f"{px.verb}: {px.doer_text or px.agent} vs {py.doer_text or py.agent}")
    return found[1] if found is not None and found[0] not in shared else None


def _side_word(word: str) -> bool:
    """A country's word or a people's ("Russian", "Arvandi", "Ondrelian", "Sarvish"; not a short
    word ending in "i"), not a person's name ("Oleg")."""
    return side_of_word(word) in COUNTRY_KEYS.values() or _people_word(word) and len(word) > 5


def _sides_named(claims: Claims) -> set[str]:
    """The side of every capitalized word of a text: a side named anywhere in a statement may
    be a participant of its claim ("Lorvan forces came under fire from Kestrian guns")."""
    return {side_of_word(w) for w in re.findall(r"[A-Z][\w'’-]+", claims.text)}


def _named_side(side: str, claims: Claims) -> bool:
    """A side that is a name ("Arvandi") or a country's word ("Russian"), not only capitalized
    (a word opening a sentence, "Police officers", or a name the tagger took for a noun there:
    one of the two sides must be a name)."""
    return side in {n.lower() for n in claims.names} or _side_word(side)


def _one_side_two_ways(x: Claims, px: Predication, y: Claims, py: Predication) -> bool:
    """One doer named by its name in one statement and by a word for a side's body in the other,
    whose side that statement names ("Kestria" and "the Kestrian government"; "Ruritania" and
    "the Ruritanian army")."""
    for p, q, q_claims in ((px, py, y), (py, px, x)):
        if p.subject in p.names and q.subject in SIDE_NOUNS | _SIDE_BODIES and side_of_word(p.subject) in _sides_named(q_claims):
            return True
    return False


# Bodies that act for a side besides SIDE_NOUNS: "the Kestrian government", "the foreign ministry".
_SIDE_BODIES = frozenset(["ministry", "cabinet", "parliament", "authority", "authorities", "forces", "force", "navy"])


def _roles_reversed(x: Claims, px: Predication, y: Claims, py: Predication) -> str | None:
    """Two named doers of one verb, each named in the other statement as what it is done to
    or whose it is ("Valdoria summoned the Tarsenian ambassador" vs "Tarsenia summoned
    Valdoria's chargé"): two deeds, one in reply to the other."""
    if px.passive or py.passive or px.subject not in px.names or py.subject not in py.names:
        return None
    sx, sy = side_of_word(px.subject), side_of_word(py.subject)
    if sx == sy or sx not in _sides_named(y) or sy not in _sides_named(x):
        return None
    if _RECIPROCAL.search(x.text) or _RECIPROCAL.search(y.text):
        return None  # "Italy agreed with France" ~ "France agreed with Italy": one deed of both
    return f"{px.verb}: {px.subject} vs {py.subject}"


_RECIPROCAL = re.compile(r"\b(?:with|and)\s+(?:the\s+)?[A-Z]")


def _slots_apart(px: Predication, py: Predication) -> str | None:
    if px.passive != py.passive:
        return ""  # "the plants in Millbrook would be shut" vs "Veltrane is shutting plants": roles apart, no slot to compare
    names_x, names_y = px.names - DAY_WORDS, py.names - DAY_WORDS
    only_x, only_y = _names_not_in(names_x, names_y), _names_not_in(names_y, names_x)
    if names_x and names_y and only_x and only_y:
        return f"{px.verb}: {', '.join(sorted(only_x))} vs {', '.join(sorted(only_y))}"
    kinds_differ = counted_kind(px.subject) != counted_kind(py.subject) and not same_kind(px.subject, py.subject)
    # two doers by names, one a plural of a name of the other ("the Liberals", "the Liberal
    # Party"); not "the Green Party's leader", a doer by a common noun
    by_names = px.subject in names_x and py.subject in names_y
    named_alike = by_names and (_named_in(py.subject, names_x) or _named_in(px.subject, names_y))
    kinds_differ = kinds_differ and not named_alike and not _alternation(px, py) and not _alternation(py, px)
    if kinds_differ and px.objects & py.objects and not {px.subject, py.subject} & GENERIC_PEOPLE:
        return f"{px.verb}: {px.subject} vs {py.subject}"
    if _things_apart(px, py):
        return f"{px.verb}: {', '.join(sorted(px.direct))} vs {', '.join(sorted(py.direct))}"
    if not kinds_differ and _places_apart(px, py):
        return f"{px.verb}: {', '.join(sorted(px.objects))} vs {', '.join(sorted(py.objects))}"
    return None


def _alternation(x: Predication, y: Predication) -> bool:
    """x's direct object is y's subject and y has none: one deed told with and without its doer
    ("guards opened the gates" / "the gates opened"; "staff sounded the sirens" / "sirens
    sounded")."""
    return bool(x.direct) and not y.direct and y.subject in x.direct


def _names_not_in(names: frozenset[str], others: frozenset[str]) -> frozenset[str]:
    """The names of one side the other does not give (`_named_in`)."""
    return frozenset(n for n in names if not _named_in(n, others))


def _named_in(name: str, names: frozenset[str]) -> bool:
    """The name is one of `names`, a plural of a name giving it ("the Liberals" gives "the
    Liberal Party")."""
    return name.removesuffix("s") in {n.removesuffix("s") for n in names}


def _same_denial_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """Both report one side's denial of the same thing: the same side denies, and the two
    statements share at least two content nouns besides names and claim words ("denied any
    part in the deaths of villagers" ~ "denies that its soldiers shot villagers, … faking the
    deaths")."""
    shared = _content_nouns(x) & _content_nouns(y)
    if len(shared) < 2:
        return
    for dx in (f for f in x.frames if f.speech == "deny" and f.asserted and _denied_side(f)):
        for dy in (f for f in y.frames if f.speech == "deny" and f.asserted and _denied_side(f) == _denied_side(dx)):
            who = f"{dx.speaker.text} ~ {dy.speaker.text}" if dx.speaker and dy.speaker else str(_denied_side(dx))
            yield Hit("denial", f"both report one side's denial ({who}) about {', '.join(sorted(shared))}", dx.span, dy.span)
            return


def _content_nouns(c: Claims) -> frozenset[str]:
    return frozenset(n for n in c.common if n not in CLAIM_NOUNS and n not in GENERIC_CHARGES and n not in _VAGUE_NOUNS)


# Nouns and adjectives too common in any report to show what two denials are about.
_VAGUE_NOUNS = frozenset(["any", "other", "such", "statement", "report", "official", "time", "way", "part", "thing", "day"])


def same_event(a: Claims, b: Claims) -> bool:
    """Both tell of one event by what they name of it: an attack on the same thing ("shelled
    the prison" ~ "the strike on the prison"), or a count of the same people or things in the
    same category ("30 inmates were killed" ~ "killing 41 prisoners" is not; "30 killed" ~
    "the strike killed 41 inmates" is), or blame for it put on the side said to have caused it
    ("blamed Ruritania for the blackout" ~ "fires started by Ruritanian shelling"), or one
    deed done once to one thing at one time or by one doer (`_same_one_off_deed_rule`). Evidence
    for linking two statements, not for a verdict."""
    for fx in (f for f in a.frames if f.family == "attack" and f.patient is not None):
        if any(f.family == "attack" and _both_patients_match(fx, f) for f in b.frames):
            return True
    if any(True for _ in _same_blame_rule(a, b)) or any(True for _ in _same_blame_rule(b, a)):
        return True
    if any(x.side == y.side and not (x.civilian and y.civilian) for x in a.aims for y in b.aims):
        return True  # a stance on the aim meets a claim about it (two harms to civilians are two events)
    if any(True for _ in _mutual_blame_rule(a, b)) or any(True for _ in _mutual_blame_rule(b, a)):
        return True
    if any(_same_deed(fx, fy) and not _anyone(fx) for fx in a.frames for fy in b.frames):
        return True
    if a.stagings and b.stagings:
        return True  # two claims that it was faked, by one side or two: one event's counter-story
    if any(True for _ in _same_one_off_deed_rule(a, b)):
        return True  # "Rebels captured the dam in May" ~ "the dam was seized by rebel fighters in early May"
    if any(x.kind == y.kind == "external" and x.side is not None and x.side == y.side for x in a.causes for y in b.causes):
        return True
    return any(counts_match(cx, cy) for cx in a.counts for cy in b.counts)


def _same_deed(x: Frame, y: Frame) -> bool:
    """One deed told twice: done by the same side to the same (named) thing ("Ruritanian agents
    carried out the bombing" ~ "declared Ruritanian spies responsible for the bombing")."""
    if not (_deed(x) and _deed(y)) or x.agent is None or y.agent is None:
        return False
    if x.agent.side is None or x.agent.side != y.agent.side:
        return False
    return _both_patients_match(x, y) or _names_deed(x, y) or _names_deed(y, x)


def _anyone(deed: Frame) -> bool:
    """A deed done to people in general ("killed civilians"): told of many events, it names none."""
    return deed.patient is not None and deed.patient.lemma in GENERIC_PEOPLE


def _names_deed(x: Frame, y: Frame) -> bool:
    """x's object is y itself ("responsible for the bombing" ~ "the bombing by Ruritanian agents")."""
    return x.patient is not None and x.patient.lemma == y.predicate


def _mutual_blame_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x says the sides blame each other; y reports one side blaming another for such a deed."""
    for family, span in x.mutual:
        for acc in y.frames:
            if acc.speech != "accuse" or not acc.asserted or acc.agent is None or acc.agent.side is None:
                continue
            if family and acc.target_family and family != acc.target_family:
                continue
            yield Hit("blame", f"the sides blame each other ~ {acc.agent.text} blamed", span, acc.span)


def _one_faker(x: Staging, y: Staging) -> bool:
    """Two claims of faking that do not name two different fakers."""
    return x.side is None or y.side is None or x.side == y.side


def _same_fake(x: Staging, y: Staging) -> bool:
    """What both say was faked is one thing, or of one kind: harms ("the deaths" ~ "videos of
    the killings") or evidence ("the footage" ~ "the photos"). Faked evidence and a faked
    massacre are two claims."""
    if x.things & y.things:
        return True
    return any(x.things & kind and y.things & kind for kind in (STAGED_HARMS, EVIDENCE_NOUNS))


def _staging_words(x: Staging, y: Staging) -> str:
    what = x.thing if x.thing == y.thing else f"{x.thing or 'it'} ~ {y.thing or 'it'}"
    who = x.who or y.who
    return f"{what}, by {who}" if who else what


def _same_staging_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """Both tell the claim that the event or its evidence was faked, by the same side or an unnamed one."""
    for sx in x.stagings:
        for sy in (s for s in y.stagings if _one_faker(sx, s) and _same_fake(sx, s)):
            yield Hit("staging", f"both tell the claim that it was faked ({_staging_words(sx, sy)})", sx.span, sy.span)


def _same_charge_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """x accuses a side of a deed that y reports (or accuses it of too): the same side, the
    same kind of deed, done to the same thing when both say ("accused Ruritania of shelling
    the dam" ~ "Ruritanian troops shelled the dam")."""
    for fx in (f for f in x.frames if f.charged):
        for fy in (f for f in y.frames if (_deed(f) or f.charged) and f.family == fx.family):
            if fx.agent is None or fy.agent is None or fx.agent.side is None or fy.agent.side != fx.agent.side:
                continue
            if _same_patient(fx, fy):
                reason = f"{fx.predicate} ~ {fy.predicate}: charged to {fx.agent.text} ~ by {fy.agent.text}"
                yield Hit("blame", reason, fx.span, fy.span)


def _same_deed_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    for fx in x.frames:
        for fy in (f for f in y.frames if _same_deed(fx, f)):
            who = f"{fx.agent.text} ~ {fy.agent.text}" if fx.agent and fy.agent else ""
            yield Hit("deed", f"{fx.predicate} ~ {fy.predicate}: the same deed by {who}", fx.span, fy.span)


def _same_one_off_deed_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """One deed done once to one known thing (`deeds._one_off_deeds`), by no two doers, told as
    the claim (not in a clause of background), its doer told on both sides or on neither: with
    its time and the time alike ("Rebels captured the dam in May" ~ "the dam was seized by
    rebel fighters in early May"), or with its doer and the doer alike (weaker, "subject":
    the statements must be close in meaning as well); not a deed told of its doer alone ("the
    bridge, which opened in 1974" ~ "since the bridge opened"), whose doer is all it is about."""
    for px, py in _one_off_deeds(x, y):
        if not _one_deed(px, py) or _in_background(px, x) or _in_background(py, y) or _another_told(px, py):
            continue
        if bool(px.agent) != bool(py.agent):
            continue  # "Dr Pell performed the surgery on Tuesday" tells who; "it was performed on Tuesday" not
        when = _one_time(px, py)
        doers = px.agent and py.agent and (px.agent == py.agent or _maybe_one_doer(px, py) and bool(px.agent_side))
        if when:
            yield Hit("deed", f"{px.verb} ({_acted_on(px, py)}): {when} in both", px.span, py.span)
        elif doers and not (_of_doer(px) or _of_doer(py)):  # weaker: the judge asks for closeness as well
            told = f"by {px.doer_text or px.agent} ~ {py.doer_text or py.agent}"
            yield Hit("subject", f"{px.verb} ({_acted_on(px, py)}): {told}", px.span, py.span)


def _another_told(x: Proposition, y: Proposition) -> bool:
    """One clause has a word that makes its participant another one ("the assistant coach",
    "a second protest leader", "the former owner") the other has not, or two doers, one told
    as someone's ("Dr Pell's colleague" and "Dr Pell")."""
    wx, wy = ({w.lower() for w in p.span.split()} & _OTHER_ONE for p in (x, y))
    owned = any(mark in p.doer_text for p in (x, y) for mark in ("'s", "’s"))  # "Dr Pell's colleague" is not Dr Pell
    return wx != wy or owned and x.agent != y.agent


def _in_background(p: Proposition, claims: Claims) -> bool:
    """A clause that describes or sets a scene ("the man arrested on Monday was ...", "after the
    station flooded", "ruled out the possibility that the dam was breached"): not the claim."""
    span = "".join(p.span.split())
    return any(span in "".join(b.split()) for b in claims.background)


def _of_doer(p: Proposition) -> bool:
    """A deed about its doer alone ("the boat sank", "the bridge opened")."""
    return p.of_doer or bool(p.agent) and p.agent in p.core


def _one_time(x: Proposition, y: Proposition) -> str:
    """The time both clauses tell, as a word, when they tell one: a weekday, a date or a month
    in common, and none apart (`propositions.other_days`)."""
    if other_days(x, y) is not None:
        return ""
    days = x.days & y.days
    if days:
        month, day = min(days)
        return f"{day}/{month}"
    common = x.when & y.when & WEEKDAY_NAMES or frozenset(_MONTHS[m].lower() for m in x.months & y.months)
    return min(common).capitalize() if common else ""


def different_doers(a: Claims, b: Claims) -> tuple[str, ...]:
    """Reasons a and b name different doers of the same deed: the same predicate done to the
    same thing by actors of two sides ("the Freedonian army committed the crimes" vs "crimes
    committed by Ruritania"), by two services or two people named apart. Not a contradiction (both may have done it: two armies may each
    hold drills on the border), but never one claim either."""
    out = []
    for fx in (f for f in a.frames if f.family in ("attack", "kill", "perpetrate") and f.speech is None):
        for fy in (f for f in b.frames if f.predicate == fx.predicate and f.speech is None):
            if fx.agent is None or fy.agent is None or None in (fx.agent.side, fy.agent.side):
                continue
            if fx.agent.side != fy.agent.side and _both_patients_match(fx, fy):
                out.append(f"{fx.predicate} ({fx.patient.lemma if fx.patient else ''}) by {fx.agent.text} vs by {fy.agent.text}")
    for sx in a.stagings:
        for sy in (s for s in b.stagings if not _one_faker(sx, s)):
            out.append(f"faked ({sx.thing or 'it'}) by {sx.who} vs ({sy.thing or 'it'}) by {sy.who}")
    out += doers_named_apart(a, b)  # "police welcomed the verdict" vs "doctors welcomed the verdict"
    out += deed_doers_apart(a, b)  # "government artillery shelled Osk" vs "militants shelled Osk"
    return tuple(dict.fromkeys(out))


def stances_of_two_holders(a: Claims, b: Claims) -> bool:
    """Stances on one thing held by two different holders ("the Green Party backed the bill" vs
    "the Liberal Party rejected the bill"): a rejection there denies nothing the other says."""
    return any(same_thing(sx.thing, sy.thing) and _named_apart(sx.holder, sy.holder) for sx in a.stances for sy in b.stances)


def denial_of_other_things(a: Claims, b: Claims) -> bool:
    """What one statement denies doing is done, in the other, to something else: "denies
    killing civilians" vs "killing government officials". The words of the deed meet; the
    claims do not, so a negation cue between them is no contradiction."""
    pairs = [
        (d, f)
        for x, y in ((a, b), (b, a))
        for d in x.frames
        if d.speech == "deny" and d.patient is not None and d.target
        for f in y.frames
        if f.speech is None and f.predicate == d.target and f.patient is not None
    ]
    return bool(pairs) and not any(same_thing(d.patient, f.patient) for d, f in pairs)  # type: ignore[arg-type]


def _same_access_rule(x: Claims, y: Claims) -> Iterator[Hit]:
    """The same people let into, or kept out of, the same place in both ("reporters were kept away
    from the scene" ~ "journalists were barred from the scene")."""
    for ax in x.accesses:
        for ay in (a for a in y.accesses if one_access(ax, a)):
            yield Hit("access", f"access of {ax.who.text} to {ax.where.text}: {ax.word} ~ {ay.word}", ax.span, ay.span)


SUPPORT_RULES: tuple[Rule, ...] = (
    _same_denial_rule,
    _same_frame_rule,
    _same_count_rule,
    _same_status_rule,
    _same_cause_rule,
    _same_blame_rule,
    _same_aim_rule,
    _same_deed_rule,
    _mutual_blame_rule,
    _same_charge_rule,
    _same_staging_rule,
    _same_predication_rule,
    _same_stance_rule,
    _same_timing_rule,
    _same_one_off_deed_rule,
    _same_access_rule,
)
