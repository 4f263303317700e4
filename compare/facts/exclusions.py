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

from ..lexicons import ACCUSE, ATTACK, DAY_WORDS, DENY, EVENT_NOUNS, LIGHT, PERPETRATE, PERSON_WORDS, ROLE_WORDS
from .polarity import claimed_or_denied
from .propositions import hypothetical, planned, stands_for


@dataclass(frozen=True)
class Exclusion:
    """A thing or side a text rules out: `head`, its noun's lemma; `words`, that lemma with the
    nouns and names compounded into it ("snow load": snow, load); `names`, its proper nouns;
    `how` it is ruled out ("not", "denied", "ruled out", "cleared", "no role", "sound"); `shown`,
    as written."""

    head: str
    words: frozenset[str]
    names: frozenset[str]
    how: str
    shown: str
    span: str
    verb: str = ""  # for "X, not Y": the verb of the clause X and Y stand in ("wrenched")
    thing: str = ""  # and what that verb acts on ("the gate")
    nouns: frozenset[str] = frozenset()  # the nouns among `words` ("driver of the bus": driver, bus)
    event: str = ""  # the deed it had no part in ("was not behind the assault on the post": assault)
    event_thing: str = ""  # and what that deed was done to (post)


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
    verb: str = ""  # the deed's verb, for a doer ("brokered")
    thing: str = ""  # what the deed acts on ("the swap")
    active: bool = False  # a doer as the subject of an active verb ("Red Dawn bombed the station")
    nouns: frozenset[str] = frozenset()  # the nouns among `words`


def ruled_out(culprit: Culprit, exclusion: Exclusion) -> bool:
    """The exclusion rules out the culprit: the same thing or side, by its noun or its names.
    A thing said to be sound rules out only its failure; a word that names no thing of its own
    ("error", "failure", "one") needs another word in common ("pilot error" vs "not any mistake
    by the pilot")."""
    if exclusion.how == "sound":
        named = exclusion.head == culprit.head or exclusion.head in culprit.nouns  # "the failure of the dam" ~ "the dam held"
        return culprit.role == "failure" and named and not _other_part(culprit.words, exclusion.words)
    one_deed = exclusion.verb == culprit.verb or bool(culprit.thing) and exclusion.thing == culprit.thing
    if culprit.active and (exclusion.how != "not" or not one_deed) and not _no_part_in_that_attack(culprit, exclusion):
        return False  # whoever did one deed may have no part in another: only "X, not Y, did it" rules Y out
    if culprit.names & exclusion.names:
        return True
    heads = {_kind(culprit.head), _kind(exclusion.head)}
    extra_c, extra_e = culprit.nouns - {culprit.head} - culprit.names, exclusion.nouns - {exclusion.head} - exclusion.names
    if extra_c and extra_e and not extra_c & extra_e:
        return False  # "the driver of the lorry" is not "the driver of the bus"
    if len(heads) == 1 and not heads & _EMPTY_HEADS:
        return True
    shared = (culprit.words | {culprit.head}) & (exclusion.words | {exclusion.head}) - _EMPTY_HEADS - _FAULTS
    if len(heads) == 1:
        return bool(shared)
    if exclusion.head in shared:
        return True
    # "heavy snow" vs "not the snow load" (the load of snow); not "police" vs "not the police chief" (a person)
    return culprit.head in shared and exclusion.head not in PERSON_WORDS and exclusion.head not in ROLE_WORDS


def _no_part_in_that_attack(culprit: Culprit, exclusion: Exclusion) -> bool:
    """An attack done by the culprit ("gunmen of the militia stormed the police post") and one
    the exclusion says it had no part in ("the militia was not behind the assault on the post"),
    done to the same thing where both say what it was done to."""
    if culprit.verb not in ATTACK or exclusion.event not in ATTACK | EVENT_NOUNS:
        return False
    return not (culprit.thing and exclusion.event_thing) or culprit.thing == exclusion.event_thing


# Words that tell one part from another of its kind: "the left engine" is not "the right engine".
_SIDES = frozenset(
    ["left", "right", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "front", "rear"]
    + ["upper", "lower", "inner", "outer", "main", "spare", "first", "second", "third", "old", "new", "port", "starboard"]
)


def _other_part(a: frozenset[str], b: frozenset[str]) -> bool:
    sa, sb = a & _SIDES, b & _SIDES
    return bool(sa and sb and sa != sb)


# Words that name a fault or a party without saying which one: they meet only with a word beside.
_EMPTY_HEADS = frozenset(
    ["fault", "one", "thing", "part", "side", "group", "people", "person", "cause", "reason", "problem", "issue", "factor"]
    + ["member", "unit", "force", "official", "authority", "party", "team", "work"]
)
# Names of a fault, in one word: "human error" ~ "a mistake by the crew".
_FAULTS = frozenset(["error", "mistake", "fault", "failure", "negligence", "blunder", "lapse"])


def _kind(lemma: str) -> str:
    return "fault" if lemma in _FAULTS else lemma


def culprits_and_exclusions(doc: Any) -> tuple[tuple[Culprit, ...], tuple[Exclusion, ...]]:
    """What the parsed text puts an event down to and what it rules out, from one pass over
    its culprit slots and one over what it rules out (each reading needs the other)."""
    slots = _culprit_slots(doc)
    excluded = list(_excluded(doc))
    return _culprits(doc, slots, excluded), _exclusions(slots, excluded)


def _exclusions(slots: dict[int, list[_Slot]], excluded: list[tuple[Any, str, Any, Any]]) -> tuple[Exclusion, ...]:
    """Every thing or side the text rules out. "Not X" rules X out only where X would be what
    the clause puts the event down to ("a militia, not Red Dawn, was behind the bombing"); "the
    victims were civilians, not soldiers" rules no doer out."""
    found: dict[tuple[str, str], Exclusion] = {}
    for noun, how, token, partner in excluded:
        verb = thing = ""
        if how == "not":
            slot = _slot_of(partner, slots) or _slot_of(noun, slots)
            if slot is None:
                continue
            verb, thing = slot.verb, slot.thing
        item = _exclusion(noun, how, token, verb, thing)
        if item is not None:
            found.setdefault((item.head, item.how), item)
    return tuple(found.values())


def _excluded(doc: Any) -> Iterator[tuple[Any, str, Any, Any]]:
    """Each noun ruled out, how, the word that rules it out, and the phrase a "not" sets it
    against; not in a question, nor "another" or "a second" one ("no other car was involved":
    the one the other report names may be)."""
    for token in doc:
        if _asked(token):
            continue
        found = [(noun, "not", partner) for noun, partner in _contrasted(token)]
        found += [
            (n, h, n) for n, h in (*_ruled_out(token), *_no_part(token), *_sound(token), *_no_fault(token), *_denied_cause(token))
        ]
        for noun, how, partner in found:
            if noun is not None and not _another(noun) and not _elsewhere(noun) and (how == "not" or not _elsewhere(token)):
                yield noun, how, token, partner


# Words that make a thing ruled out another one than any named: "no other car", "a second gunman".
_ANOTHER = frozenset(["other", "another", "second", "third", "further", "more", "additional", "separate", "else"])


def _another(noun: Any) -> bool:
    return any(c.dep_ in ("amod", "det", "advmod", "nummod") and c.lower_ in _ANOTHER for c in noun.children)


# Words that put a thing ruled out in another place or event: "the water in neighbouring Fell",
# "the food at a second school", "rain as the cause of a separate rockfall".
_ELSEWHERE = frozenset(["separate", "nearby", "neighbouring", "neighboring", "adjacent", "another", "second", "other"])


def _elsewhere(token: Any) -> bool:
    return any(t.lower_ in _ELSEWHERE or _time_frame(t) and t.i > token.i for t in token.subtree if t is not token)


# Prepositions that put what is ruled out in a span of time of its own: "ruled out strikes over
# Christmas", "no closures during the summer" (not "sabotage in the Monday blast").
_SPAN_PREPS = frozenset(["over", "during", "until", "till", "through", "throughout", "before"])
_TIME_WORDS = DAY_WORDS | frozenset(
    ["christmas", "easter", "summer", "winter", "spring", "autumn", "weekend", "holiday", "holidays", "season"]
)


def _time_frame(token: Any) -> bool:
    """A word of time governed by a preposition of a span: "over Christmas", "until March"."""
    return token.lower_ in _TIME_WORDS and token.dep_ == "pobj" and token.head.lower_ in _SPAN_PREPS


def _asked(token: Any) -> bool:
    """A question asks, it does not tell: "did the brakes fail?". The doc's questions are
    found once (a token's sentence is rebuilt at each `token.sent`)."""
    asked = token.doc.user_data.get(_QUESTIONS)
    if asked is None:
        asked = frozenset(i for s in token.doc.sents if s.text.rstrip().endswith("?") for i in range(s.start, s.end))
        token.doc.user_data[_QUESTIONS] = asked
    return token.i in asked


_QUESTIONS = "compare.questions"  # the doc's `user_data` key for the indexes of its tokens in questions


def _culprits(doc: Any, slots: dict[int, list[_Slot]], excluded: list[tuple[Any, str, Any, Any]]) -> tuple[Culprit, ...]:
    """Every thing or side the text puts an event down to, but those it rules out."""
    found: dict[tuple[str, str, str], Culprit] = {}
    # "ruled out a faulty detonator", "brake failure was ruled out": no culprit in what is ruled out
    ruled = {t.i for noun, *_ in excluded for t in _phrase_of(noun)}
    for i, held in slots.items():
        noun = doc[i]
        if i in ruled or _excluded_here(noun) or claimed_or_denied(noun) or _asked(noun):
            continue
        noun = _named_head(noun)
        words, names, nouns = _words(noun)
        for slot in held:
            item = Culprit(
                _head_word(noun),
                words,
                names,
                slot.role,
                _shown(noun),
                noun.sent.text,
                slot.verb,
                slot.thing,
                slot.active,
                nouns,
            )
            found.setdefault((item.head, item.role, item.verb), item)
    return tuple(found.values())


@dataclass(frozen=True)
class _Slot:
    """A place in a clause that names what an event is put down to: its role, the deed's verb
    and whether the noun is that verb's active subject."""

    role: str
    verb: str = ""
    active: bool = False
    thing: str = ""


def _culprit_slots(doc: Any) -> dict[int, list[_Slot]]:
    """The nouns (by index) in the slots that put an event down to something, with each slot
    they stand in; nouns conjoined to them too ("caused by the storm and poor maintenance")."""
    slots: dict[int, list[_Slot]] = {}
    for token in doc:
        found = [(n, _Slot(role)) for n, role in (*_causes(token), *_failures(token))]
        thing = _child(token, "dobj", "nsubjpass") or next(
            (_child(c, "pobj") for c in token.children if c.dep_ == "prep" and c.lower_ in _AT), None
        )  # "bombed the station", "fired on the crowd"
        what = thing.lemma_.lower() if thing is not None else ""
        found += [(n, _Slot("doer", token.lemma_.lower(), active, what)) for n, active in _doers(token)]
        if found and _of_another_time(token):
            continue  # "a previous inquiry blamed faulty signals for a 2015 crash"
        for noun, slot in found:
            if noun is None or not (_noun_like(noun) and noun.text.isalpha()) or noun.lower_ in _PRONOUNS:
                continue
            for n in (noun, *_conjoined(noun)):
                if slot not in slots.setdefault(n.i, []):
                    slots[n.i].append(slot)
    return slots


def _conjoined(noun: Any) -> Iterator[Any]:
    for c in noun.children:
        if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN"):
            yield c
            yield from _conjoined(c)


def _slot_of(noun: Any, slots: dict[int, list[_Slot]]) -> _Slot | None:
    """The role of the slot an excluded noun stands in: its own, or that of the phrase or clause
    it is contrasted with ("a militia, not Red Dawn": the militia's; "the cause was a flaw, and
    not the snow load": the flaw's)."""
    node = noun
    while node.i not in slots and node.dep_ in ("conj", "appos") and node.head != node:
        node = node.head
    if node.i in slots:
        return slots[node.i][0]
    if node.pos_ in ("VERB", "AUX"):
        return next((slots[c.i][0] for c in node.children if c.i in slots), None)
    if noun.head.lower_ == "of" and noun.head.head.lower_ == "instead":  # "X instead of Y": X's
        verb = noun.head.head.head
        return next((slots[c.i][0] for c in verb.children if c.i in slots), None)
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
# Things one clears away rather than of blame.
_OBSTACLES = frozenset(
    ["landslide", "debris", "rubble", "road", "snow", "ice", "wreckage", "way", "path", "backlog", "site", "area", "route"]
    + ["runway", "track", "line", "obstruction", "blockage", "mud", "floodwater", "tree", "building", "street"]
)
_CLEARERS = frozenset(
    ["test", "inspection", "investigation", "inquiry", "analysis", "finding", "check", "sample", "report", "review"]
    + ["inspector", "investigator", "expert", "engineer", "scientist", "laboratory", "lab", "examiner", "audit", "auditor"]
)


def _ruled_out(token: Any) -> Iterator[tuple[Any, str]]:
    """ "ruled out a cyberattack", "a cyberattack was ruled out", "tests cleared the canteen
    food", "cleared staff of any error"."""
    if token.pos_ != "VERB" or _not_asserted(token) or _not_done(token):
        return
    lemma = token.lemma_.lower()
    if lemma in ("exclude", "discount", "eliminate") and _pobj(token, "from") is None:
        noun = _child(token, "dobj", "nsubjpass")  # "investigators excluded sabotage"; not "excluded from the talks"
        if noun is not None:
            yield noun, "ruled out"
    elif lemma == "dismiss" and (cause := _pobj(token, "as")) is not None and cause.lemma_.lower() in _FACTOR_NOUNS:
        noun = _child(token, "dobj", "nsubjpass")  # "dismissed the storm as a cause"
        if noun is not None:
            yield noun, "ruled out"
    elif lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        noun = _child(token, "dobj", "nsubjpass")
        if noun is not None:
            yield _whose_part(noun), "ruled out"
    elif lemma in ("clear", "exonerate"):
        noun = _child(token, "dobj", "nsubjpass")
        doer = _child(token, "nsubj") or _by(token) or (_child(token.head, "nsubj") if token.dep_ == "advcl" else None)
        blame = _pobj(token, "of") or _pobj(noun, "of")
        if _prep(token, "for") is not None or noun is None:
            return  # "cleared the site for reopening"
        of_blame = blame is not None and blame.lemma_.lower() in _BLAME
        # a test or an inspector clears a suspect or a source, not an obstacle ("cleared the landslide")
        by_tests = (
            blame is None and doer is not None and doer.lemma_.lower() in _CLEARERS and noun.lemma_.lower() not in _OBSTACLES
        )
        if of_blame or by_tests:
            yield noun, "cleared"


# Nouns of a part in an event a ruling-out names the party of: "ruled out the involvement of
# Red Dawn", "ruled out any link to Red Dawn", "ruled out the army's role".
_LINK_NOUNS = frozenset(["involvement", "role", "part", "hand", "responsibility", "link", "connection"])  # cf. _PART_NOUNS


def _whose_part(noun: Any) -> Any:
    """The party a ruled-out part belongs to, or the noun itself."""
    if noun.lemma_.lower() not in _LINK_NOUNS:
        return noun
    party = _pobj(noun, "of") or _pobj(noun, "to") or _pobj(noun, "with") or _child(noun, "poss")
    return party if party is not None else noun


# What one is cleared of: "cleared staff of any error" (not "cleared the rail of debris").
_BLAME = frozenset(
    ["error", "mistake", "fault", "blame", "wrongdoing", "negligence", "responsibility", "involvement", "misconduct"]
    + ["role", "part", "hand", "link"]
    + ["charge", "suspicion", "liability", "culpability"]
)
# Words a ruling-out hangs on when it is not done: "refused to rule out", "too early to rule out".
_UNDONE = frozenset(
    ["refuse", "decline", "fail", "try", "want", "seek", "hope", "early", "soon", "hard", "able", "unable", "impossible"]
    + ["difficult", "premature", "need", "wish", "plan", "possible", "willing", "unwilling", "reluctant", "ask", "urge"]
)


def _not_done(verb: Any) -> bool:
    return verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and verb.head.lemma_.lower() in _UNDONE


_EVIDENCE = frozenset(["evidence", "sign", "trace", "indication", "suggestion"])
# Words after "not the" that leave a cause standing: "not the only factor", "not the main cause".
_ONE_OF = frozenset(["only", "sole", "main", "chief", "principal", "single", "just", "primary", "biggest", "major"])
_FACTOR_NOUNS = frozenset(["cause", "reason", "factor", "culprit", "source", "trigger"])


def _denied_cause(token: Any) -> Iterator[tuple[Any, str]]:
    """A cause or a doer said not to be one: "campers did not cause the fire", "arson was not
    the cause", "speeding was not a factor", "Red Dawn was not behind the attack", "the crew
    were not responsible", "the driver was not to blame", "found no evidence of sabotage";
    not "was not the only factor"."""
    if token.pos_ not in ("VERB", "AUX") or hypothetical(token) or planned(token) or claimed_or_denied(token):
        return
    lemma = token.lemma_.lower()
    evidence = next((c for c in token.children if c.dep_ in ("dobj", "attr", "nsubj") and c.lemma_.lower() in _EVIDENCE), None)
    if evidence is not None and _none_of(evidence) and not _has_neg(token):
        yield _pobj(evidence, "of"), "denied"  # "found no evidence of sabotage", "there was no sign of arson"
        return
    blame = next((c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() == "blame"), None)
    if not _has_neg(token) and not (blame is not None and _has_neg(blame)):  # "was not to blame": "not" on "blame"
        return
    subject = _child(token, "nsubj")
    if subject is None:
        return
    if _causing(token) or lemma in ("lead", "result"):  # "campers did not cause the fire"
        yield subject, "denied"
    elif lemma == "be":
        said = _child(token, "attr")
        if said is not None and said.lemma_.lower() in _FACTOR_NOUNS and not any(c.lower_ in _ONE_OF for c in said.children):
            yield subject, "denied"  # "arson was not the cause"
        elif said is not None and subject.lemma_.lower() in _CAUSE_NOUNS:
            yield said, "denied"  # "the cause was not arson"
        elif _prep(token, "behind") is not None or any(c.dep_ == "acomp" and c.lower_ == "responsible" for c in token.children):
            yield subject, "denied"  # "was not behind the attack", "were not responsible for it"
        elif blame is not None:
            yield subject, "denied"  # "the driver was not to blame"
        elif any(c.dep_ == "ccomp" and _causing(c) and _what_did(c) for c in token.children):
            yield subject, "denied"  # "a fallen tree was not what triggered the power cut"


# Nouns of a part in an event: "played no role", "had no hand in", "with no military involvement".
_PART_NOUNS = frozenset(["role", "part", "hand", "involvement", "involvment", "responsibility", "bearing"])


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
    elif lemma == "part" and token.dep_ == "attr" and token.head.lemma_.lower() == "be" and _has_neg(token.head):
        subject = _child(token.head, "nsubj")  # "Red Dawn was not part of the bombing"
        if subject is not None and _prep(token, "of") is not None and not hypothetical(token.head):
            yield stands_for(token.head, subject), "no role"
    elif lemma == "involve" and token.pos_ == "VERB" and not hypothetical(token) and not planned(token):
        subject = _child(token, "nsubjpass")
        if subject is not None and (_has_neg(token) or _none_of(subject)):
            yield stands_for(token, subject), "no role"
    elif lemma == "have" and token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in token.children):
        subject = _child(token, "nsubj")
        if subject is not None and "to do with" in token.sent.text.lower():
            yield stands_for(token, subject), "no role"
            held = next((t for t in token.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"), None)
            if held is not None:  # "the blast had nothing to do with the gas main"
                yield held, "no role"


# Words that say a thing was sound: "the track was intact", "the wells were clean".
_SOUND = frozenset(["intact", "undamaged", "clean", "sound", "uncontaminated", "functional", "unbroken", "normal", "fine"])
# Verbs of a thing doing its work, with how ("working normally"); and verbs of failing.
_WORKING = frozenset(["work", "function", "operate", "perform"])
_WELL = frozenset(["normally", "properly", "correctly", "fine", "well", "perfectly", "as"])
_FAILING_VERBS = frozenset(
    ["fail", "break", "burst", "rupture", "collapse", "crack", "leak", "malfunction", "give", "breach", "snap", "corrode"]
)


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
    if token.pos_ == "ADJ" and token.dep_ in ("ccomp", "oprd", "xcomp") and token.lower_ in _SOUND:
        found = _child(token, "nsubj")  # "inspectors found the valve intact"
        if found is not None and found.pos_ in ("NOUN", "PROPN") and not _has_neg(token.head) and not _at_another_time(token):
            yield found, "sound"
        return
    if token.pos_ not in ("VERB", "AUX") or hypothetical(token) or planned(token) or claimed_or_denied(token):
        return
    if _at_another_time(token):
        return
    wrong_with = _nothing_wrong_with(token)
    if wrong_with is not None:
        yield wrong_with, "sound"
        return
    subject = _subject(token, clause=False)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return
    if _said_sound(token, token.lemma_.lower(), subject.lemma_.lower()):
        yield subject, "sound"


def _claims_the_deed(verb: Any) -> bool:
    """ "claimed responsibility for the attack", "claimed credit for the bombing"."""
    owned = _child(verb, "dobj")
    held = owned is not None and owned.lemma_.lower() in ("responsibility", "credit")
    return held and (_prep(verb, "for") is not None or _prep(owned, "for") is not None)


def _what_did(verb: Any) -> bool:
    """ "what triggered the power cut": a clause whose subject is "what"."""
    subject = _child(verb, "nsubj")
    return subject is not None and subject.lower_ == "what"


def _no_fault(token: Any) -> Iterator[tuple[Any, str]]:
    """ "there was no leak in the tank", "found no cracks in the hull": the tank, the hull."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in _FAULT_NOUNS and _none_of(token) and not _at_another_time(token):
        thing = _pobj(token, "in")
        if thing is not None:
            yield thing, "sound"


def _nothing_wrong_with(token: Any) -> Any | None:
    """ "there was nothing wrong with the brakes", "nothing was wrong with the pump": the brakes,
    the pump."""
    if token.lemma_.lower() != "be" or _has_neg(token):
        return None
    nothing = next((c for c in token.children if c.dep_ in ("nsubj", "attr") and c.lower_ == "nothing"), None)
    if nothing is None:
        return None
    wrong = next((t for t in (*nothing.children, *token.children) if t.lower_ == "wrong"), None)
    if wrong is None:
        return None
    return next(
        (
            g
            for w in (wrong, nothing, token)
            for p in w.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children
            if g.dep_ == "pobj"
        ),
        None,
    )


# Words that put a state at another time than the event: "intact earlier this month", "working
# normally since the repairs", "clean in a previous test".
_OTHER_TIMES = frozenset(["earlier", "previous", "previously", "since", "last", "ago", "before", "until", "prior", "formerly"])


def _of_another_time(token: Any) -> bool:
    """A culprit told of an earlier event: "a previous inquiry", "a 2015 crash", "years ago"."""
    words = token.sent if token.pos_ not in ("VERB", "AUX") else token.subtree
    return any(t.lower_ in ("previous", "previously", "earlier", "ago", "formerly", "prior") or _a_year(t) for t in words)


def _a_year(t: Any) -> bool:
    return t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 < int(t.text) < 2100


def _at_another_time(verb: Any) -> bool:
    """A state told of another time: a word for it ("earlier", "since the repairs", a year), or
    the past perfect of a clause of its own ("the rail had been found sound": before the event
    the report tells; not "found the brakes had been working", said from after it)."""
    if any(t.lower_ in _OTHER_TIMES or t.like_num and len(t.text) == 4 for t in verb.subtree):
        return True
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return "had" in auxiliaries and "been" in auxiliaries and verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj")


def _said_sound(token: Any, lemma: str, subject: str) -> bool:
    if _has_neg(token):  # "the brakes did not fail", "the dyke did not give way", "were not damaged"
        if any(c.dep_ == "acomp" and c.lower_ in _FAULTY for c in token.children):
            return True  # "the brakes were not faulty"
        return lemma in _FAILING_VERBS | {"damage"} and (lemma != "give" or _gave_way(token))
    if any(c.dep_ in ("acomp", "oprd", "attr") and c.lemma_.lower() in _SOUND for c in token.children):
        return True  # "was found intact", "were clean"
    order = _pobj(token, "in")
    if order is not None and order.lemma_.lower() == "order" and any(c.lower_ in ("working", "good") for c in order.children):
        return True  # "the brakes were in good working order"
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
    if subject is None and verb.dep_ == "xcomp" and verb.head is not verb:  # "found to be working properly"
        head = verb.head
        subject = _child(head, "nsubj", "nsubjpass") or (_child(head.head, "nsubjpass") if head.dep_ == "conj" else None)
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


def _exclusion(noun: Any, how: str, token: Any, verb: str, thing: str) -> Exclusion | None:
    noun = _named_head(noun)
    if not (_noun_like(noun) or noun.pos_ == "ADJ") or noun.lower_ in _PRONOUNS:
        return None
    words, names, nouns = _words(noun)
    event, event_thing = _event_of(token) if how in ("no role", "denied") else ("", "")
    return Exclusion(_head_word(noun), words, names, how, _shown(noun), token.sent.text, verb, thing, nouns, event, event_thing)


def _event_of(token: Any) -> tuple[str, str]:
    """The deed a part is denied in, and what it was done to: "no role in the raid", "not
    involved in the attack on the depot", "not behind the assault on the post", "not part of
    the bombing"."""
    for word in ("in", "behind", "of", "for"):
        deed = _pobj(token, word) or (_pobj(token.head, word) if token.pos_ == "NOUN" else None)
        if deed is not None and deed.pos_ == "NOUN":
            target = _pobj(deed, "on") or _pobj(deed, "of") or _pobj(deed, "against")
            return deed.lemma_.lower(), "" if target is None else target.lemma_.lower()
    return "", ""


# --- culprits ---------------------------------------------------------------------------------

# Verbs whose "by" names a cause ("was sparked by a cigarette") and whose subject is one ("a
# cigarette sparked the fire").
_CAUSING = frozenset(["cause", "trigger", "spark", "ignite", "provoke"])
_FIRES = frozenset(["fire", "blaze", "wildfire", "inferno"])
# Verbs whose object or "to" names the cause ("traced the outbreak to a well", "blamed it on the rain").
_TRACING = {"trace": "to", "attribute": "to", "put": "to", "blame": "on", "pin": "on", "link": "to"}
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
        if (lemma in _CAUSING or _causing(token)) and _passive_like(token):  # "set off by", "was started by"
            yield _by(token), "cause"
        elif (
            (lemma in _CAUSING | {"lead", "result"} or _causing(token))
            and _child(token, "nsubj") is not None
            and not _passive_like(token)
        ):
            if (
                lemma not in ("set", "touch", "bring", "start")
                or _particle(token) in ("off", "about")
                or lemma == "start"
                and _fire(token)
            ):
                yield stands_for(token, _child(token, "nsubj")), "cause"  # "a pylon ... that caused the blackout"
        elif lemma in ("stem", "originate", "arise", "result") and _prep(token, "from") is not None:
            yield _pobj(token, "from"), "cause"
        elif lemma == "blame" and any(
            t.dep_ == "prep" and t.lower_ == "for" for t in token.subtree
        ):  # "blamed subsidence for the cracks", "the firm was blamed for the outbreak"
            yield _child(token, "dobj", "nsubjpass"), "cause"
        elif lemma in _TRACING and (lemma != "put" or _particle(token) == "down"):
            yield _pobj(token, _TRACING[lemma]) or _pobj(_child(token, "dobj", "nsubjpass"), _TRACING[lemma]), "cause"
    if lemma in ("because", "due") or lemma == "to" and token.head.lower_ == "due":
        yield _pobj(token, "of") or _pobj(token, "to") or _child(token, "pobj"), "cause"
    if lemma == "weight" and token.head.lower_ == "under":
        yield _pobj(token, "of"), "cause"
    named = token.pos_ == "NOUN" and lemma in _CAUSE_NOUNS and token.dep_ == "nsubj" and token.head.lemma_.lower() == "be"
    if named and not _not_asserted(token.head):  # "the cause was not arson": ruled out, not named
        yield _child(token.head, "attr"), "cause"
    elif named and _has_neg(token.head):  # "the cause was not arson but faulty wiring": the wiring
        said = _child(token.head, "attr")
        if said is not None and any(c.dep_ == "cc" and c.lower_ == "but" for c in said.children):
            yield _child(said, "conj"), "cause"
    if token.pos_ == "NOUN" and lemma in _RESULT_NOUNS and token.dep_ == "attr":
        yield _pobj(token, "of"), "doer" if lemma in ("work", "doing") else "cause"
    if token.lower_ == "behind" and token.dep_ == "prep" and token.head.lemma_.lower() == "be":
        yield _child(token.head, "nsubj"), "doer"
    if lemma == "responsible" and token.dep_ == "acomp" and not _has_neg(token.head):
        yield _child(token.head, "nsubj"), "doer"
    if lemma == "claim" and token.pos_ == "VERB" and not _not_asserted(token) and _claims_the_deed(token):
        yield stands_for(token, _child(token, "nsubj")), "doer"  # "the Iron Sparrow group claimed responsibility for the blast"


def _doers(token: Any) -> Iterator[tuple[Any, bool]]:
    """Who did the deed a clause reports: the subject of an active verb that acts on something
    ("Red Dawn bombed the station", "troops fired on the crowd"), the "by" of a passive one
    ("was brokered by Norland"); not of saying, judging or the like (`_NOT_DEEDS`), nor of a
    deed denied, planned or only possible."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in _NOT_DEEDS or _causing(token) or _gave_way(token) or _not_asserted(token):
        return
    if _passive_like(token):
        yield _by(token), False
    elif any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in _AT and _thing(c) for c in token.children):
        subject = _child(token, "nsubj")
        done_to = _child(token, "dobj")
        if done_to is not None and _none_of(done_to):
            return  # "had broken no rules": no deed done
        if subject is not None and not _none_of(subject):
            yield stands_for(token, subject), not _deed_done(token)


def _deed_done(verb: Any) -> bool:
    """A verb whose object is the deed itself ("carried out the bombing", "staged the raid"):
    its subject is named as the one who did that deed, as the "by" of a passive is."""
    lemma = verb.lemma_.lower()
    if lemma not in PERPETRATE | LIGHT or lemma == "carry" and _particle(verb) != "out":
        return False
    deed = _child(verb, "dobj")
    return deed is not None and deed.lemma_.lower() in ATTACK | EVENT_NOUNS


def _thing(prep: Any) -> bool:
    """ "fired on the crowd", not "struck on Monday"."""
    obj = _child(prep, "pobj")
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME")


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


# Nouns of a fault that name the faulty thing with "in": "a crack in the hull".
_FAULT_NOUNS = frozenset(
    ["fault", "leak", "crack", "breach", "defect", "flaw", "rupture", "failure", "malfunction", "blockage", "blowout"]
)


def _failures(token: Any) -> Iterator[tuple[Any, str]]:
    """A thing that failed: "the brakes failed", "the dam burst", "the dyke gave way", "a
    ruptured pipeline", "the failure of the dam", "an engine failure"."""
    lemma = token.lemma_.lower()
    if token.dep_ == "amod" and token.lower_ in _FAULTY and token.head.pos_ == "NOUN":
        yield token.head, "failure"
    elif token.dep_ == "acomp" and token.lower_ in _FAULTY and not _has_neg(token.head) and not _not_asserted(token.head):
        yield _subject(token.head, clause=False), "failure"  # "its brakes were faulty"
    elif token.pos_ == "VERB" and lemma in _FAILING_VERBS and not _has_neg(token) and not _not_asserted(token):
        if lemma == "fail" and _child(token, "xcomp") is not None:
            return  # "the pilot failed to lower the gear": no part failed
        if lemma not in ("give", "burst", "leak") and _child(token, "dobj") is not None:
            return  # "broke the rules", "breached the levee": a deed done to something (not "gave way",
            # "burst its banks", "leaked oil", whose object is what came out)
        if lemma != "give" or _gave_way(token):
            yield _subject(token), "failure"
    elif lemma == "failure" and token.pos_ == "NOUN":
        yield _pobj(token, "of") or next((c for c in token.children if c.dep_ == "compound"), None), "failure"
    if lemma in _FAULT_NOUNS and token.pos_ == "NOUN" and not _none_of(token):
        yield _pobj(token, "in"), "failure"  # "a fault in the dam", "a leak in the gas main"


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
    """ "started the fire", "the fire was started": a cause only of a fire (a chair starts a meeting)."""
    obj = _child(token, "dobj", "nsubjpass")
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


def _gerund(token: Any) -> bool:
    """A verb form that names an act where a noun would stand: "caused by speeding"."""
    return token.tag_ == "VBG" and token.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "attr", "conj")


def _noun_like(token: Any) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or _gerund(token)


def _head_word(token: Any) -> str:
    """The word a noun is matched by: its lemma, or a gerund as written ("speeding", as the
    other report's noun "speeding" reads)."""
    return token.lower_ if _gerund(token) else token.lemma_.lower()


def _phrase_of(noun: Any) -> list[Any]:
    """A noun and the words of its own phrase (compounds, modifiers, possessors)."""
    return [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss"))]


def _named_head(noun: Any) -> Any:
    """The noun of a phrase that leads with a group word ("a group of skiers": skiers)."""
    if noun.lemma_.lower() in ("group", "band", "gang", "pair", "team", "unit") and _pobj(noun, "of") is not None:
        return _pobj(noun, "of")
    return noun


def _words(noun: Any) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
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
    words = frozenset(
        _head_word(t) for t in inner if (t.pos_ in ("NOUN", "PROPN", "ADJ") or _gerund(t)) and t.lower_ not in _PRONOUNS
    )
    names = frozenset(t.lower_ for t in inner if t.pos_ == "PROPN")
    nouns = frozenset(t.lemma_.lower() for t in inner if t.pos_ == "NOUN" and t.dep_ != "poss")  # not "the dam's pump"
    return words, names, nouns


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
