"""What a report rules out, and what it puts an event down to: "a design flaw, and not the snow
load, brought the roof down", "investigators ruled out a cyberattack", "Norland played no role
in the talks", "the brakes were working normally"; against "the roof caved in under the weight
of heavy snow", "the blackout was caused by a cyberattack", "the swap was brokered by Norland",
"the bus crashed after its brakes failed".

A report that names a thing as what caused an event, or a side as who did it (a `Culprit`),
and another that rules that same thing or side out (an `Exclusion`) cannot both hold. A thing
said to be sound ("the dam had held", "the wells were clean") rules it out only as a failure:
"the levee failed" against "the levee held", not "floodwater poured over the levee" against
it. Only the parse is read here; the conflict rule is `conflict_rules._ruled_out_rule`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..lexicons import ACCUSE, DENY
from .polarity import claimed_or_denied
from .propositions import hypothetical, planned, stands_for


@dataclass(frozen=True)
class Exclusion:
    """A thing or side a text rules out: `head`, its noun's lemma; `words`, that lemma with the
    nouns and names compounded into it ("snow load": snow, load); `names`, its proper nouns;
    `how` it is ruled out ("not", "ruled out", "no role", "sound"); `shown`, as written."""

    head: str
    words: frozenset[str]
    names: frozenset[str]
    how: str
    shown: str
    span: str


@dataclass(frozen=True)
class Culprit:
    """A thing or side a text puts an event down to: the cause ("caused by a cyberattack",
    "because of driver error"), who did it ("brokered by Norland", "Red Dawn carried out the
    bombing"), or a thing that failed ("the brakes failed", "a ruptured pipeline")."""

    head: str
    words: frozenset[str]
    names: frozenset[str]
    role: str  # "cause", "doer" or "failure"
    shown: str
    span: str


def ruled_out(culprit: Culprit, exclusion: Exclusion) -> bool:
    """The exclusion rules out the culprit: the same thing or side, by its noun or its names.
    A thing said to be sound rules out only its failure; a word that names no thing of its own
    ("error", "failure", "one") needs another word in common ("pilot error" vs "not any mistake
    by the pilot")."""
    if exclusion.how == "sound":
        return culprit.role == "failure" and exclusion.head in culprit.words | {culprit.head}
    if culprit.names & exclusion.names:
        return True
    heads = {_kind(culprit.head), _kind(exclusion.head)}
    if len(heads) == 1 and not heads & _EMPTY_HEADS:
        return True
    shared = (culprit.words | {culprit.head}) & (exclusion.words | {exclusion.head}) - _EMPTY_HEADS
    return bool(shared) and (len(heads) == 1 or bool(shared & {culprit.head, exclusion.head}))


# Words that name a fault or a party without saying which one: they meet only with a word beside.
_EMPTY_HEADS = frozenset(
    ["fault", "one", "thing", "part", "side", "group", "people", "person", "cause", "reason", "problem", "issue", "factor"]
    + ["member", "unit", "force", "official", "authority", "party", "team", "work"]
)
# Names of a fault, in one word: "human error" ~ "a mistake by the crew".
_FAULTS = frozenset(["error", "mistake", "fault", "failure", "negligence", "blunder", "lapse"])


def _kind(lemma: str) -> str:
    return "fault" if lemma in _FAULTS else lemma


def exclusions(doc: Any) -> tuple[Exclusion, ...]:
    """Every thing or side the parsed text rules out. "Not X" rules X out only where X would be
    what the clause puts the event down to ("a militia, not Red Dawn, was behind the bombing");
    "the victims were civilians, not soldiers" rules no doer out."""
    slots = _culprit_slots(doc)
    found: dict[tuple[str, str], Exclusion] = {}
    for token in doc:
        contrasted = [(noun, "not", partner) for noun, partner in _contrasted(token)]
        for noun, how, partner in (*contrasted, *((n, h, n) for n, h in (*_ruled_out(token), *_no_part(token), *_sound(token)))):
            if how == "not" and _slot_of(partner, slots) is None and _slot_of(noun, slots) is None:
                continue
            item = _exclusion(noun, how, token)
            if item is not None:
                found.setdefault((item.head, item.how), item)
    return tuple(found.values())


def culprits(doc: Any) -> tuple[Culprit, ...]:
    """Every thing or side the parsed text puts an event down to, but those it says "not" of."""
    found: dict[tuple[str, str], Culprit] = {}
    for i, role in _culprit_slots(doc).items():
        noun = doc[i]
        if _excluded_here(noun) or claimed_or_denied(noun):
            continue
        noun = _named_head(noun)
        words, names = _words(noun)
        found.setdefault(
            (noun.lemma_.lower(), role), Culprit(noun.lemma_.lower(), words, names, role, _shown(noun), noun.sent.text)
        )
    return tuple(found.values())


def _culprit_slots(doc: Any) -> dict[int, str]:
    """The nouns (by index) in the slots that put an event down to something, with the slot's
    role; nouns conjoined to them too ("caused by the storm and poor maintenance")."""
    slots: dict[int, str] = {}
    for token in doc:
        for noun, role in (*_causes(token), *_doers(token), *_failures(token)):
            if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not noun.text.isalpha() or noun.lower_ in _PRONOUNS:
                continue
            for n in (noun, *_conjoined(noun)):
                slots.setdefault(n.i, role)
    return slots


def _conjoined(noun: Any) -> Iterator[Any]:
    for c in noun.children:
        if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN"):
            yield c
            yield from _conjoined(c)


def _slot_of(noun: Any, slots: dict[int, str]) -> str | None:
    """The role of the slot an excluded noun stands in: its own, or that of the phrase or clause
    it is contrasted with ("a militia, not Red Dawn": the militia's; "the cause was a flaw, and
    not the snow load": the flaw's)."""
    node = noun
    while node.i not in slots and node.dep_ in ("conj", "appos") and node.head != node:
        node = node.head
    if node.i in slots:
        return slots[node.i]
    if node.pos_ in ("VERB", "AUX"):
        return next((slots[c.i] for c in node.children if c.i in slots), None)
    if noun.head.lower_ == "of" and noun.head.head.lower_ == "instead":  # "X instead of Y": X's
        verb = noun.head.head.head
        return next((slots[c.i] for c in verb.children if c.i in slots), None)
    return None


# --- exclusions -------------------------------------------------------------------------------

# Words after "not" that make it no exclusion: "not only the army but also the police".
_NOT_EXCLUDING = frozenset(["only", "just", "merely", "simply", "least", "necessarily", "all", "every", "even", "yet"])


# What stands before a "not" that sets one thing against another ("X, not Y", "X and not Y");
# a "not" opening a clause is a quantifier ("not a single councillor voted against it").
_CONTRASTING = frozenset([",", "and", "but", "or", "-", "–", "—", "("])


def _zero(token: Any) -> bool:
    """ "not one", "not a single": none at all, no contrast."""
    words = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
    return bool(words) and (words[0] in ("one", "single") or words[:2] == ["a", "single"])


def _contrasted(token: Any) -> Iterator[tuple[Any, Any]]:
    """What "not", "rather than" or "instead of" sets aside, and the phrase it is set against:
    "a militia, not Red Dawn, was behind it", "engine failure, not pilot error", "and not the
    snow load", "blamed subsidence rather than the drains", "the crew instead of the pilot"."""
    lower = token.lower_
    if lower == "not" and token.dep_ == "neg" and token.head.pos_ in ("NOUN", "PROPN"):
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is None or nxt.lower_ in _NOT_EXCLUDING:
            return
        head = token.head
        after = [c for c in head.children if c.dep_ in ("appos", "conj") and c.i > token.i]
        if after:
            yield after[0], head
        elif head.i > token.i and token.i > 0 and token.nbor(-1).lower_ in _CONTRASTING and not _zero(token):
            yield head, head
    elif lower == "than" and token.i > 1 and token.nbor(-1).lower_ == "rather":
        after = token.doc[token.i + 1 : token.i + 7]
        noun = next((t for t in after if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"), None)
        before = [t for t in token.doc[max(0, token.i - 7) : token.i - 1] if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
        if noun is not None and before:
            yield noun, before[-1]
    elif lower == "of" and token.head.lower_ == "instead":
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            yield pobj, pobj


# Who may clear a thing of blame: tests and those who run them ("tests cleared the canteen food").
_CLEARERS = frozenset(
    ["test", "inspection", "investigation", "inquiry", "analysis", "finding", "check", "sample", "report", "review"]
    + ["inspector", "investigator", "expert", "engineer", "scientist", "laboratory", "lab", "examiner", "audit", "auditor"]
)


def _ruled_out(token: Any) -> Iterator[tuple[Any, str]]:
    """ "ruled out a cyberattack", "a cyberattack was ruled out", "tests cleared the canteen
    food", "cleared staff of any error"."""
    if token.pos_ != "VERB" or _not_asserted(token):
        return
    lemma = token.lemma_.lower()
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        noun = _child(token, "dobj", "nsubjpass")
        if noun is not None:
            yield noun, "ruled out"
    elif lemma in ("clear", "exonerate"):
        noun = _child(token, "dobj", "nsubjpass")
        doer = _child(token, "nsubj") or _by(token) or (_child(token.head, "nsubj") if token.dep_ == "advcl" else None)
        if noun is not None and (_prep(token, "of") is not None or doer is not None and doer.lemma_.lower() in _CLEARERS):
            yield noun, "ruled out"


# Nouns of a part in an event: "played no role", "had no hand in", "with no military involvement".
_PART_NOUNS = frozenset(["role", "part", "hand", "involvement", "involvment", "responsibility"])


def _no_part(token: Any) -> Iterator[tuple[Any, str]]:
    """ "Norland played no role in the talks", "the army had no part in it", "with no military
    involvement", "no insider was involved", "the police were not involved", "X had nothing to
    do with the attack", "bears no responsibility"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in _PART_NOUNS and _none_of(token):
        if token.dep_ == "dobj" and token.head.lemma_.lower() in ("play", "have", "take", "bear"):
            subject = _child(token.head, "nsubj")
            if subject is not None and not _not_asserted(token.head):
                yield stands_for(token.head, subject), "no role"
        for c in token.children:
            if (
                c.dep_ in ("amod", "compound", "poss")
                and c.pos_ in ("ADJ", "NOUN", "PROPN")
                and c.lower_ not in ("direct", "any")
            ):
                yield c, "no role"
    elif lemma == "involve" and token.pos_ == "VERB" and not hypothetical(token) and not planned(token):
        subject = _child(token, "nsubjpass")
        if subject is not None and (_has_neg(token) or _none_of(subject)):
            yield stands_for(token, subject), "no role"
    elif (
        lemma in ("happen", "occur") or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in token.children)
    ):
        subject = _child(token, "nsubj")
        if token.pos_ == "VERB" and subject is not None and _none_of(subject) and not hypothetical(token):
            yield subject, "no role"
    elif lemma == "have" and token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in token.children):
        subject = _child(token, "nsubj")
        if subject is not None and "to do with" in token.sent.text.lower():
            yield stands_for(token, subject), "no role"


# Words that say a thing was sound: "the track was intact", "the wells were clean".
_SOUND = frozenset(["intact", "undamaged", "clean", "sound", "uncontaminated", "functional", "unbroken", "normal", "fine"])
# Verbs of a thing doing its work, with how ("working normally"); and verbs of failing.
_WORKING = frozenset(["work", "function", "operate", "perform"])
_WELL = frozenset(["normally", "properly", "correctly", "fine", "well", "perfectly", "as"])
_FAILING_VERBS = frozenset(["fail", "break", "burst", "rupture", "collapse", "crack", "leak", "malfunction", "give"])


# Things that hold or give way under a load: "the dam held" says it did not fail; "the ceasefire
# held" tells how long an agreement lasted, which the status rules read.
_BEARING = frozenset(
    ["dam", "levee", "dyke", "dike", "embankment", "wall", "seawall", "barrier", "bridge", "roof", "floor", "ceiling"]
    + ["beam", "pillar", "support", "foundation", "rope", "cable", "chain", "anchor", "weld", "seal", "joint", "hull"]
    + ["door", "gate", "lock", "mooring", "bolt", "span", "girder", "truss", "scaffold", "scaffolding", "reservoir", "tank"]
)


def _sound(token: Any) -> Iterator[tuple[Any, str]]:
    """ "the track was found intact", "the brakes were working normally", "the dam had held",
    "the brakes did not fail", "the pipeline showed no sign of damage"."""
    if token.pos_ not in ("VERB", "AUX") or hypothetical(token) or planned(token) or claimed_or_denied(token):
        return
    subject = _subject(token, clause=False)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return
    if _said_sound(token, token.lemma_.lower(), subject.lemma_.lower()):
        yield subject, "sound"


def _said_sound(token: Any, lemma: str, subject: str) -> bool:
    if _has_neg(token):  # "the brakes did not fail", "the dyke did not give way"
        return lemma in _FAILING_VERBS and (lemma != "give" or _gave_way(token))
    if any(c.dep_ in ("acomp", "oprd", "attr") and c.lemma_.lower() in _SOUND for c in token.children):
        return True  # "was found intact", "were clean"
    if lemma in _WORKING:  # "were working normally"
        return any(c.dep_ == "advmod" and c.lower_ in _WELL for c in token.children)
    if lemma == "hold":  # "the dam held"; not "held talks", "held on"
        return subject in _BEARING and not any(_takes_object(c) for c in token.children)
    return lemma == "show" and any(c.dep_ == "dobj" and c.lemma_.lower() == "sign" and _none_of(c) for c in token.children)


def _subject(verb: Any, *, clause: bool = True) -> Any | None:
    """The verb's subject, also where the parse hung the clause elsewhere: "tests showed the
    wells were clean" (the wells as the object of "showed"); with `clause`, "after a rail
    cracked" (the verb as a clause on its noun, as "a report published on Monday" is)."""
    subject = _child(verb, "nsubj", "nsubjpass")
    if subject is None and verb.dep_ == "ccomp":
        subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None and clause and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i == verb.i - 1:
        subject = verb.head
    return stands_for(verb, subject)


def _takes_object(child: Any) -> bool:
    """ "held talks", "held on", "held up", "held to account": not a structure that held."""
    return (
        child.dep_ in ("dobj", "prt", "ccomp", "xcomp", "auxpass")
        or child.dep_ == "prep"
        and child.lower_ in ("to", "on", "onto")
    )


def _exclusion(noun: Any, how: str, token: Any) -> Exclusion | None:
    noun = _named_head(noun)
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ") or noun.lower_ in _PRONOUNS:
        return None
    words, names = _words(noun)
    return Exclusion(noun.lemma_.lower(), words, names, how, _shown(noun), token.sent.text)


# --- culprits ---------------------------------------------------------------------------------

# Verbs whose "by" names a cause ("was sparked by a cigarette") and whose subject is one ("a
# cigarette sparked the fire").
_CAUSING = frozenset(["cause", "trigger", "spark", "ignite", "provoke"])
_FIRES = frozenset(["fire", "blaze", "wildfire", "inferno"])
# Verbs whose object or "to" names the cause ("traced the outbreak to a well", "blamed it on the rain").
_TRACING = {"trace": "to", "attribute": "to", "put": "to", "blame": "on", "pin": "on"}
# Nouns of an incident's cause: "the cause of the crash was X", "X was the result of Y".
_CAUSE_NOUNS = frozenset(["cause", "reason", "source", "origin", "culprit"])
_RESULT_NOUNS = frozenset(["result", "consequence", "work", "fault", "doing"])
# Verbs whose subject says, thinks or judges: not the doer of the deed the sentence reports.
_NOT_DEEDS = (
    ACCUSE | DENY
    | frozenset(["say", "tell", "state", "claim", "announce", "declare", "report", "note", "add", "insist", "explain", "write"])
    | frozenset(["be", "have", "seem", "appear", "believe", "think", "know", "want", "hope", "expect", "fear", "call", "urge"])
    | frozenset(["criticise", "criticize", "condemn", "praise", "welcome", "warn", "ask", "demand", "suspect", "investigate"])
    | frozenset(["rule", "clear", "find", "conclude", "determine", "establish", "confirm", "show", "suggest", "point", "trace"])
    | frozenset(["attribute", "put", "pin", "play", "involve", "include", "need", "try", "refuse", "fail", "remain", "become"])
)  # fmt: skip


def _causes(token: Any) -> Iterator[tuple[Any, str]]:
    """ "caused by a cyberattack", "a cigarette sparked the fire", "because of driver error", "due
    to heavy rain", "stemmed from a leak", "traced the outbreak to a well", "the cause was X", "X
    was the result of Y", "X was behind the bombing", "under the weight of heavy snow", "pilot
    error led to the crash"."""
    if _not_asserted(token):
        return
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma in _CAUSING and _passive_like(token):
            yield _by(token), "cause"
        elif lemma in _CAUSING | {"lead", "result"} and _child(token, "nsubj") is not None and not _passive_like(token):
            if (
                lemma not in ("set", "touch", "bring", "start")
                or _particle(token) in ("off", "about")
                or lemma == "start"
                and _fire(token)
            ):
                yield _child(token, "nsubj"), "cause"
        elif lemma in ("stem", "originate", "arise", "result") and _prep(token, "from") is not None:
            yield _pobj(token, "from"), "cause"
        elif lemma == "blame" and any(
            t.dep_ == "prep" and t.lower_ == "for" for t in token.subtree
        ):  # "blamed subsidence for the cracks"
            yield _child(token, "dobj"), "cause"
        elif lemma in _TRACING and (lemma != "put" or _particle(token) == "down"):
            yield _pobj(token, _TRACING[lemma]) or _pobj(_child(token, "dobj", "nsubjpass"), _TRACING[lemma]), "cause"
    if lemma in ("because", "due") or lemma == "to" and token.head.lower_ == "due":
        yield _pobj(token, "of") or _pobj(token, "to") or _child(token, "pobj"), "cause"
    if lemma == "weight" and token.head.lower_ == "under":
        yield _pobj(token, "of"), "cause"
    if token.pos_ == "NOUN" and lemma in _CAUSE_NOUNS and token.dep_ == "nsubj" and token.head.lemma_.lower() == "be":
        yield _child(token.head, "attr"), "cause"
    if token.pos_ == "NOUN" and lemma in _RESULT_NOUNS and token.dep_ == "attr":
        yield _pobj(token, "of"), "doer" if lemma in ("work", "doing") else "cause"
    if token.lower_ == "behind" and token.dep_ == "prep" and token.head.lemma_.lower() == "be":
        yield _child(token.head, "nsubj"), "doer"
    if lemma == "responsible" and token.dep_ == "acomp" and not _has_neg(token.head):
        yield _child(token.head, "nsubj"), "doer"


def _doers(token: Any) -> Iterator[tuple[Any, str]]:
    """Who did the deed a clause reports: the subject of an active verb that acts on something
    ("Red Dawn bombed the station", "troops fired on the crowd"), the "by" of a passive one
    ("was brokered by Norland"); not of saying, judging or the like (`_NOT_DEEDS`), nor of a
    deed denied, planned or only possible."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in _NOT_DEEDS or _causing(token) or _gave_way(token) or _not_asserted(token):
        return
    if _passive_like(token):
        yield _by(token), "doer"
    elif any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in _AT for c in token.children):
        subject = _child(token, "nsubj")
        if subject is not None and not _none_of(subject):
            yield stands_for(token, subject), "doer"


# Prepositions of what a deed is done to ("fired on the crowd", "struck at the depot").
_AT = frozenset(["on", "at", "into", "against", "upon"])


def _causing(token: Any) -> bool:
    """A verb of causing: "caused", "sparked"; "set off", "brought about"; "started" a fire."""
    lemma = token.lemma_.lower()
    if lemma in ("set", "touch", "bring"):
        return _particle(token) in ("off", "about")
    if lemma == "start":
        started = _child(token, "nsubjpass")
        return _fire(token) or started is not None and started.lemma_.lower() in _FIRES
    return lemma in _CAUSING


_FAULTY = frozenset(
    ["broken", "ruptured", "faulty", "defective", "damaged", "contaminated", "corroded", "cracked", "worn", "burst"]
    + ["undercooked", "tainted", "leaking", "malfunctioning", "failed", "failing", "collapsed", "blocked", "overloaded"]
)


def _failures(token: Any) -> Iterator[tuple[Any, str]]:
    """A thing that failed: "the brakes failed", "the dam burst", "the dyke gave way", "a
    ruptured pipeline", "the failure of the dam", "an engine failure"."""
    lemma = token.lemma_.lower()
    if token.dep_ == "amod" and token.lower_ in _FAULTY and token.head.pos_ == "NOUN":
        yield token.head, "failure"
    elif token.pos_ == "VERB" and lemma in _FAILING_VERBS and not _has_neg(token) and not _not_asserted(token):
        if lemma != "give" or _gave_way(token):
            yield _subject(token), "failure"
    elif lemma == "failure" and token.pos_ == "NOUN":
        yield _pobj(token, "of") or next((c for c in token.children if c.dep_ == "compound"), None), "failure"


# --- parse helpers ----------------------------------------------------------------------------

_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "which", "who", "one"])


def _child(token: Any | None, *deps: str) -> Any | None:
    return None if token is None else next((c for c in token.children if c.dep_ in deps), None)


def _prep(token: Any | None, word: str) -> Any | None:
    return None if token is None else next((c for c in token.children if c.dep_ == "prep" and c.lower_ == word), None)


def _pobj(token: Any | None, word: str) -> Any | None:
    return _child(_prep(token, word), "pobj")


def _by(token: Any) -> Any | None:
    return _child(_child(token, "agent"), "pobj")


def _particle(token: Any) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "prt"), "")


def _gave_way(token: Any) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "way" for c in token.children)


def _fire(token: Any) -> bool:
    """ "started the fire": a cause only of a fire (a chair starts a meeting)."""
    obj = _child(token, "dobj")
    return obj is not None and obj.lemma_.lower() in _FIRES


def _passive_like(token: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in token.children) or (
        token.tag_ == "VBN" and token.dep_ == "acl"
    )


def _has_neg(token: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)


def _none_of(noun: Any) -> bool:
    """ "no role", "no insider", "not any part", "none of its units"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or noun.lower_ in ("none", "nothing")


def _not_asserted(token: Any) -> bool:
    """A clause negated, only possible, planned, or held by a claim noun or a denial."""
    return _has_neg(token) or hypothetical(token) or planned(token) or claimed_or_denied(token)


def _excluded_here(noun: Any) -> bool:
    """The noun stands after "not" ("a militia, not Red Dawn"): ruled out, not named."""
    return any(c.dep_ == "neg" and c.i < noun.i for c in noun.children) or (
        noun.dep_ in ("appos", "conj") and any(c.dep_ == "neg" and c.i < noun.i for c in noun.head.children)
    )


def _named_head(noun: Any) -> Any:
    """The noun of a phrase that leads with a group word ("a group of skiers": skiers)."""
    if noun.lemma_.lower() in ("group", "band", "gang", "pair", "team", "unit") and _pobj(noun, "of") is not None:
        return _pobj(noun, "of")
    return noun


def _words(noun: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The noun's lemma and the nouns, names and adjectives of its phrase, and its names;
    a "by" or "of" inside it too ("a mistake by the pilot", "the failure of the dam")."""
    inner = [
        noun,
        *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss", "appos") and not _excluded_here(c)),
    ]
    inner += [g for c in inner[1:] if c.dep_ == "appos" for g in c.children if g.dep_ == "compound"]
    for word in ("by", "of", "from"):
        obj = _pobj(noun, word)
        if obj is not None:
            inner += [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
    words = frozenset(t.lemma_.lower() for t in inner if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in _PRONOUNS)
    names = frozenset(t.lower_ for t in inner if t.pos_ == "PROPN")
    return words, names


def _shown(noun: Any) -> str:
    """The noun with its own modifiers, as written, without a leading article."""
    tokens = [t for t in _phrase(noun) if abs(t.i - noun.i) < 6 and not t.is_space]
    tokens.sort(key=lambda t: t.i)
    if tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    return " ".join(t.text for t in tokens) or noun.text


def _phrase(token: Any) -> Iterator[Any]:
    yield token
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj", "neg", "advcl"):
            yield from _phrase(child)
