"""One deed told twice: which clauses of two texts tell one deed done once (`_one_off_deeds`:
the same verb, or two words for one deed; not one that recurs, nor one to come), done to one
thing by no two doers (`_one_deed`), and what it was done to, as shown (`_acted_on`); whether two frames name one thing hit
(`_same_patient`, `_both_patients_match`) and a doer rather than a weapon (`_means`). The day,
hour, place and doer rules compare such pairs.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...lexicons import (
    ATTACK,
    CHAMBER_SIDES,
    DAY_WORDS,
    SITE_KINDS,
    SPEECH_ACTS,
    THING_KINDS,
    WEAPONS,
)
from ..propositions import TIME_NOUNS, Proposition, orders_apart
from .model import Claims, Frame, Participant
from .reading import same_thing, side_of_word

# Deeds done again and again (an attack on a town, a meeting): two days are two deeds.
_REPEATED_DEEDS = ATTACK | SPEECH_ACTS | frozenset(["meet", "visit", "talk", "fire", "kill", "injure", "wound", "die", "protest"])
_REPEATED_DEEDS |= {"inspect", "search", "raid", "patrol", "test"}  # "inspected in March", and again in June


def _two_occasions(x: Proposition, y: Proposition) -> bool:
    """Something shows two occasions: two days, places or figures, or another one."""
    for a, b in ((x.when, y.when), (x.where, y.where), (x.figures, y.figures)):
        if a and b and not a & b:
            return True
    return x.other_event or y.other_event


def _one_off_deeds(x: Claims, y: Claims) -> Iterator[tuple[Proposition, Proposition]]:
    """Pairs of clauses asserting one deed (the same verb, or two words for a rescue; not one
    that recurs, nor one to come, nor a habit: "ferries usually sail at dawn") done to one known
    thing ("the tanker", not "a suspect")."""
    for px in (p for p in x.propositions if p.polarity == "+" and not p.planned and p.definite and not p.habitual):
        if px.verb.split()[0] in _REPEATED_DEEDS:
            continue
        deed = _deed_word(px.verb)
        for py in (p for p in y.propositions if p.polarity == "+" and not p.planned and p.definite and not p.habitual):
            if _deed_word(py.verb) == deed:
                yield px, py


# Words for bringing someone out of danger, which say one deed whichever a report uses: "army
# engineers rescued the miners" and "the miners were brought out by volunteers"; "a helicopter
# winched the sailors to safety" (rescue, propositions) and "they were picked up by a trawler".
_RESCUE_WORDS = frozenset(["rescue", "save", "airlift", "bring out", "pull", "pull out", "pick up", "carry"])


def _deed_word(verb: str) -> str:
    """One word for a deed told in several: "rescue" for any of `_RESCUE_WORDS`."""
    return "rescue" if verb in _RESCUE_WORDS else verb


def _acted_on(x: Proposition, y: Proposition) -> str:
    return ", ".join(sorted(x.core & y.core or x.names & y.names or x.core)) or "it"


def _one_deed(x: Proposition, y: Proposition, *, places: bool = True) -> bool:
    """The same thing acted on (or the same doer, for a deed told of its doer alone), by no two
    doers, neither said to be another event; with `places`, in no two places."""
    if not (_kin(x.core, y.core) or x.of_doer and y.of_doer and x.names & y.names):
        return False
    names_x, names_y = x.names - DAY_WORDS, y.names - DAY_WORDS  # "on Thursday evening" names a day, not a thing
    if names_x and names_y and not names_x & names_y:
        return False  # "the Harlow fire" is not "the Dunmore fire"
    # what else each names besides the thing acted on, leaving out names and doers ("opened the
    # Rennick bridge to traffic" vs "the Rennick bridge was opened"; "seized by naval forces")
    named = x.names | y.names
    extra_x, extra_y = (_beside_site(p.things - p.core - p.doer - {p.agent} - named - TIME_NOUNS, p) for p in (x, y))
    if extra_x and extra_y and not extra_x & extra_y:
        return False  # "treated for burns" vs "treated for smoke inhalation": two treatments
    if places and x.where and y.where and not x.where & y.where or x.other_event or y.other_event:
        return False
    if orders_apart(x.order, y.order):
        return False  # "the first train" and "the last train"
    chambers_x, chambers_y = ({CHAMBER_SIDES[w] for w in p.doer if w in CHAMBER_SIDES} for p in (x, y))
    if chambers_x and chambers_y and not chambers_x & chambers_y:
        return False  # "passed by the lower house" and "approved by the upper house"
    if x.figures and y.figures and not x.figures & y.figures:
        return False
    if _someone(x) and y.agent or _someone(y) and x.agent:
        return False  # "He left Varna in March" may be told of another than "Queen Alma left Varna"
    return not (x.agent and y.agent and x.agent != y.agent and not _maybe_one_doer(x, y))


def _someone(p: Proposition) -> bool:
    """A deed told of "he" or "she" as written (a resolved reading names them: `referents`)."""
    return p.doer_text.lower() in ("he", "she")


def _beside_site(words: frozenset[str], p: Proposition) -> frozenset[str]:
    """Words of a clause other than those naming its site ("arrested at her home": house)."""
    return frozenset(w for w in words if SITE_KINDS.get(w) not in p.site)


def _maybe_one_doer(x: Proposition, y: Proposition) -> bool:
    """Two doers of one side, or two words for one kind of doer of no two sides ("commandos"
    and "Varnesian forces" may be one unit; "Ardonian troops" and "Belmoorian forces" are not;
    "rebels" and "rebel fighters" are one), neither named for a side the other is not."""
    sx, sy = side_of_word(x.agent_side), side_of_word(y.agent_side)  # "Moscow" and "Russian forces": one side
    if sx and sx == sy:
        return True
    kin = (
        _kin(frozenset([x.agent]), frozenset([y.agent])) or x.agent in y.doer or y.agent in x.doer
    )  # "rebels" ~ "rebel fighters"
    return kin and not (sx and sy and sx != sy)


def _kin(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Words in common, or words for one kind of thing (THING_KINDS) on both sides."""
    return bool(xs & ys) or any(xs & kind and ys & kind for kind in THING_KINDS)


def _same_patient(x: Frame, y: Frame) -> bool:
    """Both name what was hit and it is the same thing, or either leaves it unsaid."""
    if x.patient is None or y.patient is None:
        return True
    return same_thing(x.patient, y.patient)


def _named_patient_matches(deed: Frame, claim: Frame) -> bool:
    """When the denial or accusation names what was hit, the deed names the same thing."""
    if claim.patient is None:
        return True
    return deed.patient is not None and same_thing(deed.patient, claim.patient)


def _mentions_patient(text: Claims, deed: Frame) -> bool:
    """A denial that names no target ("denied any such attack") answers a deed done to a thing
    only when its own statement mentions that thing: "Berlin denied any such attack on the depot"
    answers "German troops shelled the depot", not "German troops struck a refinery"."""
    return deed.patient is None or bool(deed.patient.words & text.nouns) or deed.patient.lemma in text.nouns


def _both_patients_match(x: Frame, y: Frame) -> bool:
    return x.patient is not None and y.patient is not None and same_thing(x.patient, y.patient)


def _deed(frame: Frame) -> bool:
    return frame.asserted and frame.speech is None and frame.family in ("attack", "kill", "perpetrate")


def _means(p: Participant) -> bool:
    """A subject that names the means of an attack, not its doer: a weapon ("the missiles") or
    an attack of no side ("the shelling")."""
    return p.lemma in WEAPONS or (p.lemma in ATTACK and p.side is None)
