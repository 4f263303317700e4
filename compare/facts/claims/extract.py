"""Claims of a text: `claims_of` reads every family of claims from one parse into a `Claims`,
`claims_of_texts` does it for many texts in batches, and `may_link` / `has_conflict_claims`
tell cheaply whether a text can hold claims a rule reads at all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from ...lexicons import (
    ACCUSE,
    ATTACK,
    BECOME_VERBS,
    CASUALTY,
    CAUSE_VERBS,
    CHANGE_VERBS,
    DAY_WORDS,
    DENY,
    DOWNING,
    DOWNING_VERBS,
    DRIFT_VERBS,
    EMPTY_VERBS,
    FAKE_ADJECTIVES,
    FAKE_EVIDENCE_ADJECTIVES,
    FAKE_NOUNS,
    FAKE_VERBS,
    FAKE_WITH_OBJECT,
    IDLE,
    KILLING,
    LOWER_VERBS,
    MARKET_CLOSE_VERBS,
    MONTH_NAMES,
    NEGATIVE_WORDS,
    OPERATING,
    OPPOSE_VERBS,
    PERPETRATE,
    RAISE_VERBS,
    REFUSAL_VERBS,
    RESULT_VERBS,
    SAY,
    STANCE_NOUNS,
    STOPWORDS,
    SUPPORT_VERBS,
    UNCHANGED_WORDS,
    USE_VERBS,
    WEEKDAY_NAMES,
)
from ..denials import denials as denials_of
from ..distances import distances as distances_of
from ..durations import durations as durations_of
from ..exclusions import culprits_and_exclusions
from ..measures import measures as measures_of
from ..naming import NAMING_LEMMAS, namings
from ..polarity import asserted_words, claimed_or_denied, negated_words
from ..propositions import hypothetical, noun_phrase, order_of, propositions
from ..ranks import ranks as ranks_of
from ..sums import sums as sums_of
from ..timing import PHASE_LEMMAS, SCHEDULE_WORDS, timings
from ..venues import VENUE_LEMMAS, VENUE_WORDS
from ..venues import venues as venues_of
from .access import access_of
from .causes import _aim_of, _cause_named, _cause_of, _mutual_blame, _reason_of, _reason_told, reason_because
from .changes import _change_of
from .corrections import corrections, fillers
from .counts import (
    _ARREST_VERBS,
    _CROWD_VERBS,
    _ESTIMATED,
    _UNHARMED,
    _aboard_of,
    _all_came_through,
    _attackers_of,
    _count_of,
    _toll_of,
    _unharmed_of,
)
from .fakes import _staging_of
from .model import (
    Aim,
    Cause,
    Change,
    Claims,
    Control,
    Count,
    Frame,
    Predication,
    Reason,
    Rebuttal,
    Result,
    Role,
    Ruling,
    Staging,
    Stance,
    Status,
    TalksEnd,
)
from .outcomes import _result_of, _ruling_of, _talks_end
from .owners import owned
from .parser import load_parser
from .qualities import quality_of
from .reading import _child, _frame_for, _span, _when, is_negated, participant
from .referents import READING_SEP, both_readings, resolve_parsed, resolve_within
from .repair import numbers_as_numbers, reattach_subjects
from .roles import _ROLE_VERBS, _held_role
from .stances import _control_of, _stance_of
from .status import (
    _CALLED_OFF,
    _CUSTODY,
    _FAIL_VERBS,
    _IN_USE,
    _PASS_VERBS,
    _RESUME_VERBS,
    _RUINS,
    _UNHARMED_THING,
    _WORKING_VERBS,
    _WRECKING,
    _status_of,
)

# Lemmas a frame, a count or a cause is read from (`_frame_for`, `_count_of`, `_cause_of`), and
# the word forms a status is (`_status_of`), or a cause by "because of" / "due to".
_LEMMA_CUES = (
    ATTACK
    | KILLING
    | DENY
    | ACCUSE
    | PERPETRATE
    | frozenset(CASUALTY)
    | CAUSE_VERBS
    | RESULT_VERBS
    | USE_VERBS
    | frozenset(DOWNING)
    | DOWNING_VERBS
    | {"responsible", "trade"}
    | FAKE_VERBS
    | FAKE_WITH_OBJECT
    | FAKE_NOUNS
    | FAKE_ADJECTIVES
    | SUPPORT_VERBS
    | OPPOSE_VERBS
    | RAISE_VERBS
    | LOWER_VERBS
    | CHANGE_VERBS
    | {"vote", "blow", "convict", "acquit"}
    | REFUSAL_VERBS
    | frozenset(STANCE_NOUNS)
    | BECOME_VERBS
    | MARKET_CLOSE_VERBS
    | DRIFT_VERBS
    | PHASE_LEMMAS
    | NAMING_LEMMAS
    | _CALLED_OFF
    | _WORKING_VERBS
    | _RESUME_VERBS
    | frozenset(_ROLE_VERBS)
    | {"treat", "hospitalise", "hospitalize"}
    | _CROWD_VERBS
    | _PASS_VERBS
    | _FAIL_VERBS
    | {"request", "release", "free"}
    | frozenset(_ESTIMATED)
    | _ARREST_VERBS
    | {"extinguish"}
    | _WRECKING
    | {"sweep"}
    | VENUE_LEMMAS
)
_WORD_CUES = (
    OPERATING
    | IDLE
    | frozenset(CASUALTY)
    | frozenset(["because", "due", "ahead", "unaffected", "affected"])
    | FAKE_EVIDENCE_ADJECTIVES
    | UNCHANGED_WORDS
    | {"guilty", "innocent", "first"}
    | frozenset(_UNHARMED)
    | _CUSTODY
    | _IN_USE
    | _UNHARMED_THING
    | _RUINS
    | {"sound", "damage"}
    | NEGATIVE_WORDS  # a negated or denied clause (`propositions.py`)
    | {"talks", "negotiations", "discussions"}  # "was in talks": a clause a denial may meet
    | VENUE_WORDS
    | SCHEDULE_WORDS
    | {"not", "didn", "doesn", "don", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn", "won", "wouldn", "couldn"}
)
# Inflected forms that do not begin with their lemma's stem.
_IRREGULAR = {
    "die": ("die", "died", "dies", "dying"),
    "shoot": ("shoot", "shot"),
    "strike": ("strik", "struck"),
    "blow": ("blow", "blew"),
    "rise": ("ris", "rose"),
    "fall": ("fall", "fell"),
    "grow": ("grow", "grew"),
    "shrink": ("shrink", "shrank", "shrunk"),
    "begin": ("begin", "began", "begun"),
    "break": ("break", "broke"),
    "lead": ("lead", "led"),
    "bring": ("bring", "brought"),
    "withdraw": ("withdraw", "withdrew"),
    "give": ("giv", "gave"),
    "come": ("com", "came"),
    "sink": ("sink", "sank", "sunk"),
}


def _stems(lemma: str) -> tuple[str, ...]:
    """What every inflected form of a lemma begins with ("deny": "den-ied", "stage": "stag-ing")."""
    return _IRREGULAR.get(lemma) or ((lemma[:-1],) if lemma.endswith(("e", "y")) else (lemma,))


_STEMS = frozenset(s.lower() for lemma in _LEMMA_CUES for s in _stems(lemma))
_OPENING = min(map(len, _STEMS))  # stems are filed under their first letters
_STEMS_BY_OPENING: dict[str, tuple[str, ...]] = {}
for _stem in sorted(_STEMS):
    _STEMS_BY_OPENING[_stem[:_OPENING]] = (*_STEMS_BY_OPENING.get(_stem[:_OPENING], ()), _stem)
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=65536)  # asked of every statement when the parse starts, the claims are wanted and looked at
def may_link(text: str) -> bool:
    """Whether a text may hold a frame, a count, a cause or a status, the only claims a
    conflict is read from, judged from its words before any parse: False only when none of
    its words begins like a form of a lemma they come from. A conservative test (any word
    starting "strik", "den", "kill"… passes); what it saves is the parse of the rest."""
    for word in _WORD.findall(text.lower()):
        if word in _WORD_CUES:
            return True
        stems = _STEMS_BY_OPENING.get(word[:_OPENING])
        if stems is not None and word.startswith(stems):
            return True
    return False


def has_conflict_claims(claims: Claims) -> bool:
    """Whether any conflict rule can speak about this text (each needs a frame, a count, a
    cause, a status, an aim, a mutual blame, a claim of faking or a clause on both sides; a
    predication alone only supports)."""
    if claims.parts - {"text", "predications", "propositions", "fillers"}:
        return True
    return any(p.polarity in ("not", "denied") for p in claims.propositions)


BATCH_SIZE = 256


def claims_of_texts(texts: Iterable[str]) -> list[Claims]:
    """`claims_of` for many texts, parsed in batches (several times faster than one by one). A
    text that is a `referents.parse_key` (a statement and the sentence before it) is read both
    as written and with its opening pronoun resolved (`referents.both_readings`); a text with
    a pronoun that a noun before it in its sentence stands for, with that one resolved too
    (`referents.resolve_within`)."""
    nlp = load_parser()
    own = [k.split(READING_SEP, 1) for k in texts]
    docs = list(nlp.pipe((o[0] for o in own), batch_size=BATCH_SIZE))
    out = [claims_of(doc) for doc in docs]
    anaphoric = [k for k, o in enumerate(own) if len(o) == 2]
    contexts = nlp.pipe((own[k][1] for k in anaphoric), batch_size=BATCH_SIZE)
    for k, context in zip(anaphoric, contexts):
        reading = resolve_parsed(docs[k], context)  # the statement's own parse, read once
        if reading is not None:
            out[k] = both_readings(out[k], claims_of(reading.text), reading)
    within = [(k, r) for k, doc in enumerate(docs) if (r := resolve_within(doc)) is not None]
    for (k, _), doc in zip(within, nlp.pipe((r for _, r in within), batch_size=BATCH_SIZE)):
        out[k] = both_readings(out[k], claims_of(doc), None)
    return out


def claims_of(doc_or_text: Any) -> Claims:
    """Read the claims of a text (or of an already parsed spaCy Doc)."""
    doc = numbers_as_numbers(reattach_subjects(load_parser()(doc_or_text) if isinstance(doc_or_text, str) else doc_or_text))
    frames: list[Frame] = []
    counts: list[Count] = []
    causes: list[Cause] = []
    statuses: list[Status] = []
    predications: list[Predication] = []
    aims: list[Aim] = []
    mutual: list[tuple[str, str]] = []
    stagings: list[Staging] = []
    stances: list[Stance] = []
    changes: list[Change] = []
    rulings: list[Ruling] = []
    results: list[Result] = []
    talks: list[TalksEnd] = []
    controls: list[Control] = []
    reasons: list[Reason] = []
    roles: list[Role] = []
    rebuttals: list[Rebuttal] = []
    for index, sent in enumerate(doc.sents):
        for token in sent:
            _collect(rebuttals, _rebuttal_of(token))
            _collect(stances, _stance_of(token, index))
            _collect(rulings, _ruling_of(token, index))
            _collect(results, _result_of(token, index))
            _collect(talks, _talks_end(token, index))
            _collect(changes, _change_of(token, index))
            _collect(aims, _aim_of(token, index))
            _collect(mutual, _mutual_blame(token))
            _collect(stagings, _staging_of(token, index))
            _collect(frames, _frame_for(token, index))
            _collect(counts, _with_days(_count_of(token, index), token))
            _collect(counts, _with_days(_toll_of(token, index), token))
            _collect(counts, _with_days(_aboard_of(token, index), token))
            _collect(counts, _with_days(_attackers_of(token, index), token))
            counts.extend(_unharmed_of(token, index))
            counts.extend(_all_came_through(token, index))
            _collect(causes, _cause_of(token, index))
            _collect(statuses, _status_of(token, index))
            _collect(controls, _control_of(token, index))
            _collect(
                reasons,
                _reason_of(token, index)
                or _cause_named(token, index)
                or _reason_told(token, index)
                or reason_because(token, index),
            )
            _collect(roles, _held_role(token, index))
            _collect(predications, _predication_of(token))
    names = frozenset(t.text for t in doc if t.pos_ == "PROPN")
    nouns = frozenset(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN"))
    common = frozenset(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "ADJ") and t.text.islower())
    return Claims(
        doc.text,
        tuple(frames),
        tuple(counts),
        tuple(causes),
        tuple(statuses),
        tuple(predications),
        names,
        nouns,
        common,
        tuple(aims),
        tuple(mutual),
        tuple(dict.fromkeys(stagings)),  # "were staged forgeries": the verb and the noun tell one claim
        tuple(stances),
        tuple(changes),
        tuple(rulings),
        tuple(results),
        tuple(talks),
        propositions(doc),
        tuple(controls),
        tuple(reasons),
        negated_words(doc),
        asserted_words(doc),
        timings(doc),
        namings(doc),
        tuple(roles),
        _places_named(doc),
        denials_of(doc),
        measures_of(doc),
        tuple(rebuttals),
        ranks_of(doc),
        sums_of(doc),
        venues_of(doc),
        distances_of(doc),
        durations_of(doc),
        *culprits_and_exclusions(doc),
        background=_background(doc),
        occasions=_occasions(doc),
        qualities=tuple(
            q for index, sent in enumerate(doc.sents) for token in sent if (q := quality_of(token, index)) is not None
        ),
        corrections=corrections(doc),
        fillers=fillers(doc),
        owned=owned(doc),
        accesses=tuple(a for index, sent in enumerate(doc.sents) for token in sent if (a := access_of(token, index)) is not None),
    )


def _occasions(doc: Any) -> tuple[tuple[str, frozenset[str]], ...]:
    """The "when" clauses of a text ("began when riot police fired tear gas"): what happened
    at the time the claim is told of, with the lemmas of its content words."""
    found = []
    for token in doc:
        if token.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children):
            words = sorted(token.subtree, key=lambda t: t.i)
            content = frozenset(
                t.lemma_.lower()
                for t in words
                if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and t.lemma_.lower() not in STOPWORDS
            )
            found.append((doc[words[0].i : words[-1].i + 1].text, content))
    return tuple(found)


# Conjunctions that open a clause telling what came before or around the claim, not the claim.
_BACKGROUND_MARKS = frozenset(["after", "before", "since", "until", "following"])


def _background(doc: Any) -> tuple[str, ...]:
    """The clauses a sentence hangs on a noun or a time to tell background: "the wildfire, which
    has burned 3,000 hectares", "three swimmers pulled from the sea", "... after two lorries
    collided". A figure only in them is not what the sentence claims. Not an infinitive ("a
    plan to cut 600 jobs" is the plan's content)."""
    found = []
    for token in doc:
        participle = token.dep_ == "acl" and token.tag_ in ("VBN", "VBG")
        after = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in token.children)
        if token.dep_ == "relcl" or participle or after:
            words = sorted(token.subtree, key=lambda t: t.i)
            found.append(doc[words[0].i : words[-1].i + 1].text)
    return tuple(found)


# Prepositions that put a thing somewhere ("in Alvar", "near the town of Halsey", "off Kerros").
_LOCATIVE = frozenset(["in", "at", "near", "off", "outside", "inside", "within", "on"])


def _places_named(doc: Any) -> frozenset[str]:
    """The names a text puts what it tells in: the proper nouns of its locative phrases, with
    what a place word names ("the island of Kerros", "the port city of Alvar"), not days."""
    found: set[str] = set()
    for token in doc:
        if token.dep_ != "pobj" or token.head.lower_ not in _LOCATIVE and not _close_to(token.head):
            continue
        named = [*noun_phrase(token, preps=True), *(g for c in token.children if c.dep_ == "appos" for g in c.subtree)]
        found.update(t.lower_ for t in named if t.pos_ == "PROPN" and t.lower_ not in DAY_WORDS)
    return frozenset(found)


def _close_to(prep: Any) -> bool:
    """ "close to Drenford": "to" after "close"."""
    return prep.lower_ == "to" and prep.head.lower_ == "close"


def _predication_of(token: Any) -> Predication | None:
    """A content verb whose subject is a noun or a name (a pronoun names nothing to compare)."""
    if token.pos_ != "VERB" or token.lemma_.lower() in EMPTY_VERBS or claimed_or_denied(token):
        return None  # what a claim holds or a denial denies is not asserted
    subject = _subject_of(token)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    objects = frozenset(
        t.lemma_.lower() for t in _arguments(token) if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() != subject.lemma_.lower()
    )
    if not objects:
        return None
    negated = any(c.dep_ == "neg" for c in token.children)
    phrases = [subject, *_arguments(token)]
    names = frozenset(t.lower_ for p in phrases for t in noun_phrase(p, preps=True) if t.pos_ == "PROPN")
    embedded, passive = token.dep_ in ("relcl", "acl", "advcl"), subject.dep_ == "nsubjpass"
    direct = frozenset(  # the words of each direct object's phrase: "a state of emergency" ~ "an emergency regime"
        w.lemma_.lower()
        for c in token.children
        if c.dep_ == "dobj" and c.pos_ == "NOUN"
        for t in (c, *c.conjuncts)
        for w in noun_phrase(t, preps=True)
        if w.pos_ in ("NOUN", "ADJ", "PROPN")
    )
    verb, subj = token.lemma_.lower(), subject.lemma_.lower()
    order = order_of(phrases)
    return Predication(verb, subj, objects, negated, _span(token), names, embedded, passive, direct, order)


def _subject_of(verb: Any) -> Any | None:
    """The verb's own subject, or the subject of the verb it is conjoined with."""
    for head in (verb, verb.head if verb.dep_ == "conj" else None):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


def _arguments(verb: Any) -> Iterator[Any]:
    """Objects and prepositional objects of a verb ("return to their bases" -> base)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd", "dative"):
            yield child
        elif child.dep_ in ("prep", "agent"):
            yield from (g for g in child.children if g.dep_ == "pobj")


# Counts of what happens on a day: two days' crowds or arrests are two counts. A toll is not:
# "at least 47 killed on Tuesday" and "the toll stood at 29 on Wednesday" cannot both hold.
_OF_ONE_DAY = frozenset(["crowd", "arrested", "attackers"])


def _with_days(count: Count | None, token: Any) -> Count | None:
    """A count with the weekdays and months its clause names (or the day it was said on); a
    count told "by" a day ("by Tuesday evening 31 people had died") is a running toll, as one
    said to have grown to its figure is: a lower count of another day may be an earlier one."""
    if count is None:
        return None
    verb = token if token.pos_ in ("VERB", "AUX") or token.head is token else token.head
    days = _days_of(verb)
    if not days and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAY:
        # "on Monday officials said 18 people had died": the toll as of Monday, for telling a
        # toll from its growth (`earlier_toll`); not the day of a crowd or of arrests
        said = _days_of(verb.head)
        return replace(count, said_on=said) if said else count
    if not days:
        return count
    return replace(count, days=days, grown=count.grown or _by_a_day(verb))


def _days_of(verb: Any) -> frozenset[str]:
    return frozenset(w for w in _when(verb) if w in WEEKDAY_NAMES or w in MONTH_NAMES)


def _by_a_day(verb: Any) -> bool:
    """ "By Tuesday evening", "by 4 March": the clause tells where a figure stood by then."""
    for by in (c for c in verb.children if c.lower_ == "by" and c.dep_ in ("prep", "agent")):
        if any(t.lower_ in WEEKDAY_NAMES or t.lower_ in MONTH_NAMES for t in by.subtree):
            return True
    return False


def _collect(into: list[Any], item: Any | None) -> None:
    if item is not None:
        into.append(item)


# Verbs of evidence going against what was said ("contradicts", "disproves"); "refute",
# "reject" and "deny" are a side's own denials (`DENY`), read as frames.
_REBUTTING = frozenset(["contradict", "disprove", "belie", "debunk"])
# What of a side's is contradicted: its denials, or its account of what happened.
_REBUTTED = frozenset(["denial", "claim", "account", "version", "assertion", "narrative", "story"])


def _rebuttal_of(token: Any) -> Rebuttal | None:
    """ "What the inspectors found contradicts Ardonia's denials", "satellite images contradict
    Moscow's account": evidence against a side's word (the side named as its owner)."""
    if token.lemma_.lower() not in _REBUTTING or is_negated(token) or hypothetical(token):
        return None  # "would contradict … if confirmed" says nothing yet
    said = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _REBUTTED), None)
    owner = _child(said, "poss") if said is not None else None
    side = participant(owner).side if owner is not None else None  # type: ignore[union-attr]
    if said is None or side is None:
        return None
    about = frozenset(
        t.lemma_.lower() for p in said.children if p.dep_ == "prep" for t in p.subtree if t.pos_ in ("NOUN", "VERB")
    )
    start, end = min(token.i, said.left_edge.i), max(token.i, said.right_edge.i)
    return Rebuttal(side, said.lemma_.lower(), token.doc[start : end + 1].text, about)
