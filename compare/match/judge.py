"""Verdicts on aligned pairs: agree, contradict (with a kind) or related, with evidence.

Every verdict rule lives here. `Judge` is a Protocol: any callable with the same signature
(a model-based judge, say) can replace `RuleJudge` without touching the callers. A judge sees
the candidate pairs of a comparison and a `Context` (every statement and its facts, each
source's publication date). The rule judge decides each pair, checking in order quantities
(hedged intervals that do not overlap), dates (same anchor, disjoint ranges), polarity (one
side denies what the other affirms; an analyst's estimate against an official denial is an
`assessment`) and framing (opposed evaluations of the same thing); then it reviews each
contradiction against the rest of the comparison: a figure the other source confirms
elsewhere is about something else, and a denial "as of this writing" in the earlier report
may be overtaken by events in the later one.
"""

from __future__ import annotations

import calendar
import difflib
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, Protocol

from ..facts.claims import (
    Claims,
    Count,
    ParserUnavailable,
    accesses_apart,
    claims_of_texts,
    conflicts,
    denial_of_other_things,
    different_doers,
    doers_apart,
    earlier_toll,
    negative_prefix,
    one_counted_thing,
    owners_apart,
    same_kind,
    side_of_word,
    slot_difference,
    stances_apart,
    stances_of_two_holders,
    statuses_apart,
    supports,
    votes_apart,
)
from ..facts.claims.referents import parse_key
from ..facts.claims_pool import PROCESSES_FROM, ParsePool, claims_in_processes, cores, take_warm_pool
from ..facts.conduct import conduct_of
from ..facts.distances import one_distance
from ..facts.durations import held_apart, one_length
from ..facts.entities import name_key
from ..facts.extract import claim_text
from ..facts.opposites import one_act, opposed, told_alike
from ..facts.propositions import (
    Proposition,
    as_kinds,
    conditions_apart,
    deeds_apart,
    habits_apart,
    one_deed,
    orders_apart,
    parts_apart,
)
from ..facts.quantities import (
    BOUND_BELOW,
    CURRENCIES,
    DURATION_UNITS,
    ESTIMATES_APART,
    QuantityShelf,
    both_people,
    bound_far_below,
    comparable,
    counted_kind,
    counts_people,
    estimates_apart,
    filed_under,
    in_one_unit,
    looked_up_by,
    overlaps,
)
from ..facts.sums import one_sum
from ..facts.tallies import tally
from ..facts.text import WORD, content_words, fold, stem
from ..facts.timing import MONTH_PATTERN, YEAR_WORD, hours_meet, hours_told, latest_apart, latest_told_apart, order_apart
from ..lexicons import (
    ACTOR_NOUNS,
    AMBIGUOUS_ANTONYMS,
    ANTONYMS,
    AS_OF_WRITING,
    CAPITALS,
    CLAIM_NOUNS,
    CONDITIONAL,
    COUNTRY_KEYS,
    DENY,
    FRAME_STANCES,
    INJURY_CATEGORIES,
    LOWER_VERBS,
    MONTH_NAMES,
    NUMBER_WORDS,
    OPPOSE_VERBS,
    OPPOSED_FRAMES,
    RAISE_VERBS,
    SPEECH_ACTS,
    STOPWORDS,
    SUPPORT_VERBS,
    TOTAL_VERB_FORMS,
    WEAK_DENIAL_WORDS,
    WEEKDAY_NAMES,
)
from ..models import Candidate, Certainty, DateRef, DeniedClaim, Evidence, Facts, Judgement, Quantity, Span, Statement, Verdict

_ENTITY = "@"
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")


@dataclass(frozen=True)
class Context:
    """What a judge may consult beyond the pair: the statements and facts of the comparison
    (for a check, the new report and the stored candidates) and each source's date."""

    statements: Mapping[str, Statement]
    facts: Mapping[str, Facts]
    published: Mapping[str, date | None]

    @cached_property
    def texts_by_source(self) -> dict[str, dict[str, str]]:
        """Each source's statements by their folded text (what 'the same sentence' means)."""
        out: dict[str, dict[str, str]] = {}
        for sid, st in self.statements.items():
            out.setdefault(st.source, {}).setdefault(same_text_key(st.text), sid)
        return out

    @cached_property
    def names(self) -> frozenset[str]:
        """Words written with a capital inside a sentence somewhere in the comparison: names,
        so that "Zelenskyy" is a name even where it opens a sentence and the parser misses it."""
        return frozenset(w for st in self.statements.values() for w in _INNER_CAPITAL.findall(st.text))

    @cached_property
    def by_source(self) -> dict[str, list[Facts]]:
        out: dict[str, list[Facts]] = {}
        for sid, f in self.facts.items():
            out.setdefault(self.statements[sid].source, []).append(f)
        return out

    @cached_property
    def _quantity_index(self) -> dict[tuple[str, str, str], list[int]]:
        """Positions in `by_source` of the statements holding a quantity, by source and key."""
        out: dict[tuple[str, str, str], list[int]] = {}
        for source, facts in self.by_source.items():
            for k, f in enumerate(facts):
                for key in dict.fromkeys(key for q in f.quantities for key in filed_under(q)):
                    out.setdefault((source, *key), []).append(k)
        return out

    def with_quantity_like(self, source: str, q: Quantity) -> list[Facts]:
        """The statements of `source` (in order) that may hold a quantity comparable with `q`:
        a report of 20,000 statements is not scanned for every contradicted figure."""
        found = sorted({k for key in looked_up_by(q) for k in self._quantity_index.get((source, *key), ())})
        facts = self.by_source.get(source, [])
        return [facts[k] for k in found]

    @cached_property
    def _quantity_shelves(self) -> dict[tuple[str, str, str], QuantityShelf]:
        """The quantities of `_quantity_index` by source and key, each with its position, on
        shelves that find them by interval."""
        out: dict[tuple[str, str, str], QuantityShelf] = {}
        for source, facts in self.by_source.items():
            for k, f in enumerate(facts):
                for q in f.quantities:
                    for key in filed_under(q):
                        out.setdefault((source, *key), QuantityShelf()).add(q, k)
        return out

    def with_quantity_meeting(self, source: str, q: Quantity) -> list[Facts]:
        """The statements of `source` (in order) that may hold a quantity comparable with `q`
        and overlapping it: those of `with_quantity_like` whose figures may meet `q`'s interval,
        found by bisection rather than by reading every figure filed under the same key."""
        shelves = self._quantity_shelves
        found = sorted({k for key in looked_up_by(q) if (s := shelves.get((source, *key))) for k in s.overlapping(q)})
        facts = self.by_source.get(source, [])
        return [facts[k] for k in found]


class Judge(Protocol):
    def __call__(self, candidates: Sequence[Candidate], context: Context) -> list[Judgement]: ...


@dataclass(frozen=True)
class JudgeConfig:
    framing_score: float = 0.18  # opposed frames count only on pairs this close
    polarity_score: float = 0.18
    claims: bool = True  # read claim frames from a dependency parse (when a parser is installed)
    paraphrase_cover: float = 0.0  # agreement without evidence: the shorter one's content in the other…
    paraphrase_idf: float = 0.2  # …the content both share, over both (lexical mode: see LEXICAL_JUDGE)…
    paraphrase_semantic: float = 0.0  # …and, in semantic mode, the embeddings' cosine
    subject_semantic: float = 0.0  # the same verb and subject: the cosine that makes it one claim
    verb_semantic: float = 1.01  # the same verb only: the cosine that makes it one claim (off in lexical mode)
    figure_semantic: float = 0.0  # a shared figure or date alone: the cosine that makes it one claim (semantic mode)
    # figures of one unit in conflict: the cosine under which the two statements are not shown to
    # count one thing ("three batches were produced" vs "pulled four batches"; semantic mode)
    figure_conflict_semantic: float = 0.0
    # a denied claim and a statement this close state one claim (semantic mode; see match/denied.py)
    denial_semantic: float = 1.01


# Lexical mode: a paraphrase must share at least this much of both statements' weighted
# content. Not the F1-best value: leave-one-pair-out F1 prefers no floor at all (agreement P
# 0.22 on seed + dev), which is agreement on shared words; 0.2 is the smallest floor with
# agreement precision above 0.6 on the seed (scripts/calibrate_judge.py --mode lexical).
LEXICAL_JUDGE = JudgeConfig()
# Semantic mode: how close two statements' embeddings must be to agree as a paraphrase of the
# whole claim, or with the same predicate and subject, or the same predicate only. Chosen
# leave-one-pair-out on the seed and dev gold by scripts/calibrate_judge.py over a grid with
# steps of 0.02 around 0.6 (paraphrase: 6 of 7 folds chose 0.64, agreement P 0.58 -> 0.66 at
# R 0.51 -> 0.48; same verb: 0.4-0.45 alike; the subject floor never mattered). A shared figure
# or date alone: 6 of 7 folds chose 0.5 over none (agreement P 0.661 -> 0.672 at R 0.477, session
# 14); on the invented pairs 10 of the 14 figure-only agreements under 0.5 were wrong. Figures
# in conflict: scripts/calibrate_figure_floor.py over seed, dev and invented (53 pairs), grid
# 0-0.4 in steps of 0.02: 52 of 53 folds chose 0.24 (contradictions 219/257 -> 219/252).
SEMANTIC_JUDGE = JudgeConfig(
    framing_score=0.32,
    polarity_score=0.32,
    paraphrase_idf=0.0,
    paraphrase_semantic=0.64,
    subject_semantic=0.4,
    verb_semantic=0.45,
    figure_semantic=0.5,
    figure_conflict_semantic=0.24,
    denial_semantic=0.5,
)


@dataclass(frozen=True)
class _Finding:
    verdict: Verdict
    kind: str | None
    reason: str
    evidence: tuple[Evidence, ...]
    confidence: float = 0.5  # see CONFIDENCE
    figure: bool = False  # evidence of one claim from a shared figure or date only (`JudgeConfig.figure_semantic`)


class RuleJudge:
    """The lexical rule judge."""

    def __init__(self, config: JudgeConfig | None = None) -> None:
        self.config = config or JudgeConfig()

    def __call__(self, candidates: Sequence[Candidate], context: Context) -> list[Judgement]:
        st, facts = context.statements, context.facts
        out = []
        for c in candidates:
            j = self.pair(st[c.a], facts[c.a], st[c.b], facts[c.b], c, names=context.names)
            out.append(_explain_time_frame(_supersede_quantity(_said_by_both(j, context), context), context))
        return out

    def reads_claims_of(self, candidates: Sequence[Candidate], context: Context) -> list[Statement]:
        """The statements whose claims judging `candidates` reads: those of the pairs that
        neither repeat each other word for word nor conflict on a figure or a date (the claim
        frames and the parsed names are asked for after those, see `_conflicts_and_evidence`)."""
        if not self.config.claims:
            return []
        st, facts = context.statements, context.facts
        wanted: dict[str, Statement] = {}
        for c in candidates:
            a, b = st[c.a], st[c.b]
            if c.a in wanted and c.b in wanted or same_text_key(a.text) == same_text_key(b.text):
                continue
            if not _dates(a, facts[c.a], b, facts[c.b])[0]:  # figures are read against the parsed counts
                wanted.update({c.a: a, c.b: b})
        return list(wanted.values())

    def pair(
        self, a: Statement, fa: Facts, b: Statement, fb: Facts, candidate: Candidate, names: frozenset[str] = frozenset()
    ) -> Judgement:
        """The verdict on one pair, from the two statements alone: a contradiction when a slot
        conflicts; an agreement only on evidence that they make the same claim; else related."""
        if same_text_key(a.text) == same_text_key(b.text):
            return _judgement(
                candidate,
                Verdict.AGREE,
                None,
                [_Finding(Verdict.AGREE, None, "the same sentence, word for word", (), CONFIDENCE["same-sentence"])],
            )
        conflicts, found = self._conflicts_and_evidence(a, fa, b, fb, candidate, names)
        if conflicts:
            return _judgement(candidate, Verdict.CONTRADICT, conflicts[0].kind, conflicts)
        blockers = [f for f in found if f.verdict is Verdict.RELATED]
        stance = any(f.verdict is Verdict.AGREE and f.kind in NEGATION_AWARE for f in found)
        if (
            _negation_in_dispute(fa, fb)
            and not stance
            and told_alike(claim_text(a), claim_text(b)) is None  # "did not attend" / "skipped": one side
        ):  # one denies what the other affirms: never the same claim
            blockers.append(
                _Finding(Verdict.RELATED, None, "one statement is negated and the other is not: not the same claim", ())
            )
        elif self.config.claims and not stance and _denial_against_claim(a, fa, b, fb):
            blockers.append(
                _Finding(Verdict.RELATED, None, "one statement is a denial and the other is not: not the same claim", ())
            )
        elif self.config.claims and (conditions := _conditions_apart(a, b)) is not None:
            reason = f"one tells it on a condition: '{conditions[0]}' vs '{conditions[1]}'"
            blockers.append(_Finding(Verdict.RELATED, None, reason, ()))
        elif self.config.claims and (habits := _habits_apart(a, b)) is not None:
            reason = f"one tells a habit, the other one occasion: '{habits[0]}' vs '{habits[1]}'"
            blockers.append(_Finding(Verdict.RELATED, None, reason, ()))
        elif self.config.claims and (ruled := _ruled_out_and_named(a, b)) is not None:
            blockers.append(
                _Finding(Verdict.RELATED, None, f"one rules out {ruled}, which the other names: not the same claim", ())
            )
        if blockers:
            return _judgement(candidate, Verdict.RELATED, None, blockers)
        agreements = self._agreements([f for f in found if f.verdict is Verdict.AGREE], candidate, a, fa, b, fb)
        if any(f.verdict is Verdict.AGREE for f in agreements):
            differs = (
                _slot_that_differs(a, fa, b, fb)
                or (_other_places(a, b) if self.config.claims else None)
                or _places_named_apart(a, b)
                or _years_apart(a, b)
                or _latest_apart(a, b)
            )
            agreements = agreements if differs is None else [differs]
            order = order_apart(claim_text(a), claim_text(b)) if differs is None else None
            if order is not None:
                clash = _order_clash(a, b, order)
                if clash.verdict is Verdict.CONTRADICT:
                    return _judgement(candidate, Verdict.CONTRADICT, clash.kind, [clash])
                agreements = [clash]
        if agreements and all(f.verdict is Verdict.RELATED for f in agreements):
            return _judgement(candidate, Verdict.RELATED, None, agreements)
        if agreements:
            return _judgement(candidate, Verdict.AGREE, None, agreements)
        return _judgement(candidate, Verdict.RELATED, None, [_Finding(Verdict.RELATED, None, _shared_words(a, fa, fb), ())])

    def _conflicts_and_evidence(
        self, a: Statement, fa: Facts, b: Statement, fb: Facts, candidate: Candidate, names: frozenset[str] = frozenset()
    ) -> tuple[list[_Finding], list[_Finding]]:
        """Conflicting slots, and the evidence for (AGREE) or against (RELATED) one claim."""
        conflicts: list[_Finding] = []
        found: list[_Finding] = []
        parsed = _claims_pair(a, b) if self.config.claims else None
        figures, kept = _quantities(a, fa, b, fb, parsed)
        far = dict(candidate.signals).get("semantic", 1.0) < self.config.figure_conflict_semantic
        conflicts += [] if far else figures
        found += kept + [_far_apart(f, candidate) for f in figures[:1] if far]
        dates, on_dates = _dates(a, fa, b, fb)
        conflicts += dates
        found += on_dates
        if not conflicts and self.config.claims:
            claim_conflicts, claim_support = _claims(a, b)
            conflicts += claim_conflicts
            found += claim_support
        if not conflicts and candidate.denied is not None:
            conflicts += _denied_claim(a, fa, b, fb, candidate.denied)
        if not conflicts:
            swapped = _one_word_swapped(a, b, names)
            conflicts += [f for f in swapped if f.verdict is Verdict.CONTRADICT]
            found += [f for f in swapped if f.verdict is Verdict.RELATED]
        stance = any(f.verdict is Verdict.AGREE and f.kind in NEGATION_AWARE for f in found)
        if (
            not conflicts
            and not stance
            and candidate.score >= self.config.polarity_score
            and _slot_that_differs(a, fa, b, fb) is None  # "did not close it on Monday" / "closed it on Thursday"
            and not self._denied_elsewhere(a, b)
            and not _another_one(a, b)  # "have not signed their own, separate agreement" / "signed the deal"
        ):
            conflicts += _polarity(
                a, fa, b, fb, parsed=self.config.claims
            )  # word cues yield to a parse showing one claim, or two
        if not conflicts and (candidate.score >= self.config.framing_score or one_conduct_judged_two_ways(a, fa, b, fb)):
            conflicts += _framing(a, fa, b, fb)
        if not conflicts and self.config.claims:
            conflicts += self._opposite_deed(a, fa, b, fb, candidate)
        if not conflicts:
            conflicts += _tally_clash(a, fa, b, fb)
        if not conflicts:
            conflicts += _conduct_clash(a, fa, b, fb)
        if not conflicts:
            conflicts += _latest_clash(a, b)
        return conflicts, found

    def _opposite_deed(self, a: Statement, fa: Facts, b: Statement, fb: Facts, candidate: Candidate) -> list[_Finding]:
        """One claim restated around a pair of opposite predicates ("the prime minister
        attended the summit in Castellan on Thursday" vs "the prime minister stayed away from
        Thursday's summit in Castellan"): the same participants, opposite deeds."""
        found = opposed(claim_text(a), claim_text(b), of_one_act=True)
        if found is None or not self._paraphrase(candidate, self.config.paraphrase_semantic) or not _shares_content(fa, fb):
            return []
        if reports_denial(a) or reports_denial(b):
            return []  # "denied the report, insisting the tanker had been granted leave": the denial rules read it
        if found[0].family == "condition" and any(_STATE_SINCE.search(claim_text(s)) for s in (a, b)):
            return []  # "was taken to hospital in a critical condition" / "is now stable": one after the other
        slots = _slot_difference(a, b)
        if found[0].family == "extent":
            if not _one_deed_told(a, b):
                return []  # "all the ministers attended" / "some of them spoke": two deeds, told of all and of some
            if slots is not None and set(re.findall(r"[a-z]+", slots)) & _PART_WORDS:
                slots = None  # "part of the village was evacuated": the part is the subject, the village the same
        if slots is not None or _slot_that_differs(a, fa, b, fb) or _other_places(a, b) or _another_one(a, b):
            return []  # other participants, figures, days, places, or "a separate bill"
        if _described_apart(claim_text(a), claim_text(b)) or not one_act(*found):
            return []  # "the primary schools" and "the secondary schools"; "the pay offer" and "the new rota"
        if found[0].family == "length" and not _one_length_told(claim_text(a), claim_text(b)):
            return []  # "a 48-hour strike last month" / "an indefinite strike on Friday"; "threatened a strike"
        lasted = found[0].family != "length" and _lasted(a, b)  # how long it lasts is what "length" compares
        if order_apart(claim_text(a), claim_text(b)) is not None or _months_apart(a, b) or lasted:
            return []  # "closed before the storm" / "reopened after it"; "postponed in May" / "went ahead in July"
        days_a, days_b = _weekdays_named(claim_text(a)), _weekdays_named(claim_text(b))
        if days_a and days_b and not days_a & days_b:
            return []  # "stable on Monday" / "critical on Sunday": two days
        x, y = found
        reason = f"opposite deeds ({x.family}): '{x.word}' vs '{y.word}', the rest restated"
        ev = _word_evidence(a, x.word) + _word_evidence(b, y.word)
        return [_Finding(Verdict.CONTRADICT, "negation", reason, ev, CONFIDENCE["polarity"])]

    def _denied_elsewhere(self, a: Statement, b: Statement) -> bool:
        """The parse shows the deed one statement denies done to something else in the other,
        or a rejection and a backing of one thing by two different holders, or two bodies'
        votes on one bill."""
        if not self.config.claims:
            return False
        ca, cb = claims_of_statement(a), claims_of_statement(b)
        if ca is None or cb is None:
            return False
        return denial_of_other_things(ca, cb) or stances_of_two_holders(ca, cb) or votes_apart(ca, cb)

    def _agreements(
        self, evidence: list[_Finding], candidate: Candidate, a: Statement, fa: Facts, b: Statement, fb: Facts
    ) -> list[_Finding]:
        """Evidence of one claim: a figure, a date or a claim frame; the same predicate when
        the statements are also close in meaning; or a paraphrase of the whole claim, unless a
        word of one has its opposite in the other (then a RELATED finding saying so)."""
        signals = dict(candidate.signals)
        semantic = "semantic" in signals  # weak evidence needs the meaning to be close as well
        # a figure or a date alone says one claim only of statements close in meaning ("three
        # districts" were hit / relief reached "all three districts")
        figure_floor = self.config.figure_semantic if semantic else 0.0
        strong = [
            f
            for f in evidence
            if f.kind not in ("subject", "verb")
            and (not f.figure or signals.get("semantic", 0.0) >= figure_floor and not _in_background(f, a, b))
        ]
        if strong:
            return strong
        for kind, floor in (("subject", self.config.subject_semantic), ("verb", self.config.verb_semantic)):
            weak = [f for f in evidence if f.kind == kind]
            if weak and semantic and self._paraphrase(candidate, floor):
                return weak
        if self._paraphrase(candidate, self.config.paraphrase_semantic) and _shares_content(fa, fb):
            slots = _slot_difference(a, b) if self.config.claims else None
            if slots is not None:  # "water trucking began on Tuesday" vs "water testing began on Tuesday"
                return [_Finding(Verdict.RELATED, None, f"worded alike, other participants: {slots}", ())]
            if self.config.claims and (occasions := _other_occasions(a, b)) is not None:
                reason = f"worded alike, told when other things happened: '{occasions[0]}' vs '{occasions[1]}'"
                return [_Finding(Verdict.RELATED, None, reason, ())]
            if (kinds := _kinds_told_apart(claim_text(a), claim_text(b))) is not None:  # "the first round" / "the second round"
                reason = f"worded alike, of two kinds of one thing: '{kinds[0]}' vs '{kinds[1]}'"
                return [_Finding(Verdict.RELATED, None, reason, _word_evidence(a, kinds[0]) + _word_evidence(b, kinds[1]))]
            opposed = (
                _opposed_words(a, b)
                or _opposed_predicates(a, b)
                or (_opposed_lemmas(a, b) if self.config.claims else None)
                or (_statuses_apart(a, b) if self.config.claims else None)
                or (_stances_apart(a, b) if self.config.claims else None)
                or (_accesses_apart(a, b) if self.config.claims else None)
                or (_deeds_apart(a, b) if self.config.claims else None)
                or _opposed_cues(a, fa, b, fb)
            )
            if opposed is not None:  # "state-owned" vs "private": restated words around one opposed pair
                x, y = opposed
                reason = f"opposite words: '{x}' vs '{y}': not shown to be one claim"
                return [_Finding(Verdict.RELATED, None, reason, _word_evidence(a, x) + _word_evidence(b, y))]
            closeness = dict(candidate.signals).get("semantic", dict(candidate.signals).get("idf", 0.5))
            return [_Finding(Verdict.AGREE, None, f"paraphrase: {_shared_words(a, fa, fb)}", (), min(0.9, closeness))]
        return []

    def _paraphrase(self, candidate: Candidate, semantic: float) -> bool:
        """The whole claim restated: each statement's content largely found in the other
        (coverage), and in semantic mode a sentence embedding at least `semantic` close."""
        signals = dict(candidate.signals)
        if "claims" in signals:  # linked by what its claims name, not by its wording: nothing says it is restated
            return False
        if signals.get("cover", 0.0) < self.config.paraphrase_cover or signals.get("idf", 0.0) < self.config.paraphrase_idf:
            return False
        return "semantic" not in signals or signals["semantic"] >= semantic


# Parsed support that already reads the negation in it ("denied targeting civilians" ~ "only
# strikes military targets"; two denials of one deed; "remains shut" ~ "has not reopened"): a
# negation cue does not block it.
NEGATION_AWARE = frozenset(["aim", "denial", "staging", "status", "stance"])


# How strong each kind of evidence is, on a scale of 0 to 1 (a verdict takes its strongest
# finding's): a figure or a date that cannot both hold, or one word swapped in one sentence,
# leave little room; a parsed claim frame a little more; a denial read from negation cues or
# opposed evaluative words much more. Related pairs carry no verdict: 0.5.
CONFIDENCE = {
    "same-sentence": 1.0,
    "figure": 0.9,
    "swap": 0.85,
    "claim": 0.8,
    "bounds": 0.7,
    "same-date": 0.7,
    "name-swap": 0.75,
    "weak-claim": 0.6,
    "polarity": 0.6,
    "framing": 0.5,
}


def _judgement(c: Candidate, verdict: Verdict, kind: str | None, found: list[_Finding]) -> Judgement:
    reasons = tuple(dict.fromkeys(f.reason for f in found if f.verdict is verdict or verdict is Verdict.RELATED))
    evidence = tuple(e for f in found if f.verdict is verdict for e in f.evidence)
    strength = max((f.confidence for f in found if f.verdict is verdict), default=0.5)
    return Judgement(c.a, c.b, c.score, verdict, kind, reasons, evidence, round(strength, 2))


def _ev(s: Statement, span: Span) -> Evidence:
    return Evidence(s.id, span.start, span.end, span.text)


def _claims_pair(a: Statement, b: Statement) -> tuple[Claims, Claims] | None:
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    return None if ca is None or cb is None else (ca, cb)


def _quantities(a: Statement, fa: Facts, b: Statement, fb: Facts, parsed: tuple[Claims, Claims] | None = None):
    """Figures of one unit and counted thing in both: a conflict when they cannot both hold,
    agreement when they are the same. With the `parsed` claims, two figures the parse counts
    as different things are not compared (killed vs wounded, two sides' soldiers, a toll vs
    soldiers captured), nor a figure planned with one done."""
    conflicts: list[_Finding] = []
    agreements: list[_Finding] = []
    counts = None if parsed is None else (parsed[0].counts, parsed[1].counts)
    matched = _matched_figures(fa.quantities, fb.quantities)
    apart = parsed is not None and (_other_places(a, b) is not None or _another_one(a, b))
    wholes = (_parts_and_wholes(a, fa.quantities), _parts_and_wholes(b, fb.quantities))
    # a whole is no second figure of the deed ("2,000 of its 5,000 workers joined" vs "4,000 walked out")
    theirs = ([t for t in fb.quantities if t not in wholes[1][1]], [t for t in fa.quantities if t not in wholes[0][1]])
    one_whole = False  # the same whole told on both sides
    for qa_told in fa.quantities:
        for qb_told in fb.quantities:
            if _part_of_a_total(a, qa_told, wholes[0], b, qb_told, wholes[1]):
                continue
            if qa_told in wholes[0][1] and qb_told in wholes[1][1] and _same_figure(qa_told, qb_told):
                # one whole on both sides says nothing of the part: its shares may clash, when
                # they are shares of one thing, in one place, of one owner, told of one deed
                one_whole = True
                if qa_told.noun != qb_told.noun or apart or _other_owners(a, qa_told, b, qb_told):
                    continue
                if parsed is not None and not _one_verb(parsed) or not _told_alike_after(a, qa_told, b, qb_told):
                    continue  # "two-thirds of the 90 buses are old" vs "30 of the 90 buses are electric"
                if (shares := _shares_of_one_whole(a, qa_told, fa, b, qb_told, fb)) is not None:
                    (conflicts if shares.verdict is Verdict.CONTRADICT else agreements).append(shares)
                continue
            qa, qb = in_one_unit(qa_told, qb_told)  # "six weeks" and "three months" in weeks
            converted = qa.unit != qa_told.unit or qb.unit != qb_told.unit
            if converted and not _one_length(qa_told, qb_told, parsed):
                continue  # "the strike lasted six weeks" and "talks took three days": two things
            if qa.unit in DURATION_UNITS and _held_apart(qa_told, qb_told, parsed):
                continue  # "a 12-hour strike by cleaners" and "a 24-hour strike by porters": two strikes
            if apart and qa.unit in CURRENCIES and qa.value != qb.value:
                continue  # "$300 million in damage in Florida" vs "$100 million in Georgia": two sums
            if (qa in matched or qb in matched) and not _same_figure(qa, qb):
                continue  # "by 212 votes to 187" vs "212 voted for, 187 against": each figure meets its match only
            if _same_sum(qa, qb):  # "set aside $15 million" ~ "a $15 million fund"
                reason = f"both give '{qa.span.text}' ~ '{qb.span.text}'"
                ev = (_ev(a, qa.span), _ev(b, qb.span))
                agreements.append(_Finding(Verdict.AGREE, None, reason, ev, CONFIDENCE["figure"], figure=True))
                continue
            sum_kind = _figure_kind(a, qa, b, qb, parsed)
            if not (comparable(qa, qb) or _named_before(a, qa, qb) or _named_before(b, qb, qa) or sum_kind):
                continue
            if counts is not None and not _same_parsed_count(qa, qb, counts):
                continue
            if counts is not None and _toll_before_it_grew(qa, qb, counts):
                continue  # "the toll stood at 18 on Monday" vs "the number of dead rose to 31 on Tuesday"
            if _other_owners(a, qa, b, qb):  # "110 Volskayan prisoners" vs "110 Taravian prisoners": two groups
                continue
            if _of_a_year_apart(a, qa, b) or _of_a_year_apart(b, qb, a):  # "the worst since 2017, when a blaze burned ..."
                continue
            if _other_ends(a, qa, b, qb):  # "cut from 8 billion" vs "raised to 8 billion": one is where it starts
                continue
            if _total_and_part(a, qa, b, qb, counts):  # "employs 3,000 workers" vs "800 workers will lose their jobs"
                continue
            if _counts_speakers(a, qa) != _counts_speakers(b, qb):  # "several survivors said" vs "132 survivors were rescued"
                continue
            if _met_elsewhere(a, qa, b, qb, theirs[0]) or _met_elsewhere(b, qb, a, qa, theirs[1]):
                continue  # "asked for two more planes" vs "eleven aircraft, including two planes": the two meet
            ev = (_ev(a, qa.span), _ev(b, qb.span))
            what = f" {qa.noun.split(':')[-1]}" if qa.noun and qa.noun != "frequency" else ""
            what = what or (f" {sum_kind}" if sum_kind else "")
            plan = "" if overlaps(qa, qb) else _plan_and_deed(qa, qb, parsed)
            if plan:  # "had planned to deliver 50 aircraft" vs "handed over 38 jets"
                agreements.append(_Finding(Verdict.RELATED, None, plan, ev))
            elif _two_limits(qa, qb):
                reason = (
                    f"two different limits a {qa.noun}: '{qa.span.text}' ({describe(qa)}) vs '{qb.span.text}' ({describe(qb)})"
                )
                conflicts.append(_Finding(Verdict.CONTRADICT, "quantity", reason, ev, CONFIDENCE["bounds"]))
            elif _different_amounts(qa, qb):  # not compared, but no agreement either
                reason = f"different sums{what}: '{qa.span.text}' vs '{qb.span.text}' (more than {MONEY_FACTOR:g}x apart: not compared)"
                agreements.append(_Finding(Verdict.RELATED, None, reason, ev))
            elif _two_bounds(qa, qb):
                reason = (
                    f"two different figures{what}: '{qa.span.text}' ({describe(qa)}) vs '{qb.span.text}' ({describe(qb)}), "
                    "both bounds on one side: read as different tolls"
                )
                conflicts.append(_Finding(Verdict.CONTRADICT, "quantity", reason, ev, CONFIDENCE["bounds"]))
            elif overlaps(qa, qb) and bound_far_below(qa, qb):  # no agreement, and no clash either
                reason = (
                    f"figures{what} far apart: '{qa.span.text}' ({describe(qa)}) vs '{qb.span.text}' ({describe(qb)}), "
                    f"a lower bound more than {BOUND_BELOW:g}x below the other: not shown to be one figure"
                )
                agreements.append(_Finding(Verdict.RELATED, None, reason, ev))
            elif overlaps(qa, qb) and estimates_apart(qa, qb):  # disjoint ranges say it below
                reason = (
                    f"two estimates: '{qa.span.text}' ({describe(qa)}) vs '{qb.span.text}' ({describe(qb)}), "
                    f"more than {ESTIMATES_APART:g}x apart"
                )
                conflicts.append(_Finding(Verdict.CONTRADICT, "quantity", reason, ev, CONFIDENCE["figure"]))
            elif overlaps(qa, qb):
                agreements.append(
                    _Finding(
                        Verdict.AGREE,
                        None,
                        f"both give{what} '{qa.span.text}' ({describe(qa)}) ~ '{qb.span.text}' ({describe(qb)})",
                        ev,
                        CONFIDENCE["figure"],
                        figure=True,
                    )
                )
            else:
                conflicts.append(
                    _Finding(
                        Verdict.CONTRADICT,
                        "quantity",
                        f"{f'the {sum_kind}: ' if sum_kind else ''}'{qa.span.text}' ({describe(qa)}) vs '{qb.span.text}' ({describe(qb)})",
                        ev,
                        CONFIDENCE["figure"],
                    )
                )
    if not conflicts and not agreements and not one_whole:
        agreements += _one_figure_worded_apart(a, fa, b, fb, counts)
    return conflicts, agreements


# What lies between a part and its whole: "2,000 of the plant's 5,000 workers", "two of its
# seven plants", "three out of the 12 crew members".
_PART_OF = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|all|those)\s+)?(?:[A-Za-z][\w-]*['’]s?\s+)?$", re.IGNORECASE
)


def _parts_and_wholes(st: Statement, quantities: Sequence[Quantity]) -> tuple[set[Quantity], set[Quantity]]:
    """The figures that are a part of a whole told right after them, and those wholes ("About
    2,000 of the plant's 5,000 workers joined": 2,000 and 5,000; "nearly half of its 5,000
    workers": 5,000)."""
    pairs = [(part, q) for q in quantities for part in quantities if _part_of(st, part, q)]
    shared = {q for q in quantities if _share_of(st, q) is not None}
    return {p for p, _ in pairs}, {w for _, w in pairs} | shared


def _part_of(st: Statement, part: Quantity, whole: Quantity) -> bool:
    """A part told right before its whole ("2,000 of the 5,000 workers"), or a whole opening a
    clause and the part right after it ("Of the plant's 5,000 workers, about 2,000 joined")."""
    if part.span.end <= whole.span.start:
        return _PART_OF.fullmatch(st.text[part.span.end : whole.span.start]) is not None
    return (
        _WHOLE_FIRST.search(st.text[: whole.span.start]) is not None
        and _PART_AFTER.fullmatch(st.text[whole.span.end : part.span.start]) is not None
    )


_WHOLE_FIRST = re.compile(
    r"(?:^|[,;:(]\s*)(?:out\s+of|of)\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?:[A-Za-z][\w-]*['’]s?\s+)?$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3},\s*(?:[a-z]+\s+)?", re.IGNORECASE)  # " workers, " / " staff, only "


# A share of a whole told in words before it: "nearly half of the plant's 5,000 workers", "two-
# thirds of its 90 buses", "the majority of the 300 delegates".
_SHARE_OF = re.compile(
    r"\b(?:(?P<hedge>nearly|almost|about|around|roughly|some|more than|over|less than|under)\s+)?"
    r"(?P<share>(?:a|one)\s+(?:half|third|quarter|fifth|tenth)|half|two[- ]thirds|three[- ]quarters|most|(?:the|a)\s+majority)"
    + _PART_OF.pattern,  # what lies between a part and its whole
    re.IGNORECASE,
)
_SHARES = {"half": 1 / 2, "third": 1 / 3, "thirds": 2 / 3, "quarter": 1 / 4, "quarters": 3 / 4, "fifth": 1 / 5, "tenth": 1 / 10}
_SHARE_SLACK = 0.05  # "half" is read as 45-55 percent of the whole


def _told_alike_after(a: Statement, qa: Quantity, b: Statement, qb: Quantity) -> bool:
    """A word in common in what each statement tells of its whole, after it ("were empty",
    "joined the strike"), besides the whole's own noun and names."""
    after = [
        set(content_words(re.sub(r"\b[A-Z][\w'’-]*", " ", st.text[q.span.end :]))) - set(content_words(q.noun))
        for st, q in ((a, qa), (b, qb))
    ]  # names left out: "the 90 buses in Orvella are old" / "... in Orvella are electric"
    return bool(after[0] & after[1])


def _one_verb(parsed: tuple[Claims, Claims]) -> bool:
    """No two deeds told by two verbs ("joined the strike" in both; "were empty": no deed)."""
    x, y = ({p.verb for p in c.propositions} for c in parsed)
    return not (x and y) or bool(x & y)


def _part_told_apart(st: Statement, facts: Facts, whole: Quantity, other: Statement, theirs: Facts) -> bool:
    """The part one statement tells of a whole is a figure the other tells too, apart from its
    own part of that whole: the other tells of two groups."""
    mine = [p for p in facts.quantities if _part_of(st, p, whole)]
    return any(
        _same_figure(p, t) and not any(_part_of(other, t, w) for w in theirs.quantities) for p in mine for t in theirs.quantities
    )


def _share_of(st: Statement, whole: Quantity) -> tuple[str, float, float] | None:
    """The share of `whole` a statement tells in words right before it, as written and as the
    lowest and highest fraction it allows ("nearly half": 0.40-0.50; "most": above 0.5)."""
    m = _SHARE_OF.search(st.text[: whole.span.start])
    if m is None:
        return None
    share = m.group("share").lower()
    hedge = (m.group("hedge") or "").lower()
    if share.endswith(("most", "majority")):
        return m.group(0).split(" of")[0], 0.5, 1.0
    v = _SHARES[re.split(r"[\s-]", share)[-1]]
    low, high = {
        "nearly": (v - 2 * _SHARE_SLACK, v),
        "almost": (v - 2 * _SHARE_SLACK, v),
        "more than": (v, 1.0),  # "more than half": any share above it
        "over": (v, 1.0),
        "less than": (0.0, v),
        "under": (0.0, v),
    }.get(hedge, (v - _SHARE_SLACK, v + _SHARE_SLACK))
    return f"{hedge} {share}".strip(), low, high


def _shares_of_one_whole(a: Statement, qa: Quantity, fa: Facts, b: Statement, qb: Quantity, fb: Facts) -> _Finding | None:
    """One whole on both sides ("of the plant's 5,000 workers"), of which each tells one share:
    a conflict when they cannot meet ("nearly half of" vs "about 700 of", 14 percent), else
    evidence of one figure ("half of the 40 passengers" ~ "twenty of the 40"). None when a
    statement tells no share of it, or several ("five of the seven judges backed it, while
    two dissented")."""
    told = []
    for st, q, facts in ((a, qa, fa), (b, qb, fb)):
        share = _share_of(st, q)
        parts = [p for p in facts.quantities if _part_of(st, p, q) and not (share and p.unit == "%")]  # "half": 50 %
        if share is not None and not parts:
            told.append(share)
        elif share is None and len(parts) == 1 and q.value > 0:
            part = parts[0]
            whole = 100.0 if part.unit == "%" else q.value  # "40 percent of its 6,000 staff"
            told.append((part.span.text, part.low / whole, part.high / whole))
        else:
            return None
    (xa, la, ha), (xb, lb, hb) = told
    if _part_told_apart(a, fa, qa, b, fb) or _part_told_apart(b, fb, qb, a, fa):
        return None  # "two of the seven judges dissented" vs "five of the seven backed it, while two dissented"
    ev = (_ev(a, qa.span), _ev(b, qb.span))
    shares = f"'{xa}' ({la:.0%}-{ha:.0%}) vs '{xb}' ({lb:.0%}-{hb:.0%})"
    if la <= hb and lb <= ha:
        reason = f"shares of one whole ({qa.span.text}) that meet: {shares.replace(' vs ', ' ~ ')}"
        return _Finding(Verdict.AGREE, None, reason, ev, CONFIDENCE["figure"], figure=True)
    return _Finding(Verdict.CONTRADICT, "quantity", f"shares of one whole ({qa.span.text}): {shares}", ev, CONFIDENCE["figure"])


def _part_of_a_total(
    a: Statement,
    qa: Quantity,
    seen_a: tuple[set[Quantity], set[Quantity]],
    b: Statement,
    qb: Quantity,
    seen_b: tuple[set[Quantity], set[Quantity]],
) -> bool:
    """One figure is a part told with its whole and the other a total: the part may be any
    share of it ("2,000 of its 5,000 workers joined" vs "the plant employs 5,000")."""
    return (qa in seen_a[0] and (qb in seen_b[1] or _held(b, qb))) or (qb in seen_b[0] and (qa in seen_a[1] or _held(a, qa)))


def _one_figure_worded_apart(
    a: Statement, fa: Facts, b: Statement, fb: Facts, counts: tuple[Sequence[Count], Sequence[Count]] | None
) -> list[_Finding]:
    """The very same figure told with other words for what it counts: a measure whose unit
    says what it is ("almost 20 hours" ~ "nearly 20 hours"; "300 basis points" ~ "three
    percentage points"), or people named two ways ("around 30,000 passengers" ~ "some 30,000
    travellers"). Evidence of one claim only where no figure pair was compared at all, and,
    like any figure, only between statements close in meaning (`JudgeConfig.figure_semantic`).
    Not a zero or a one (any two statements may hold "one"), not a figure the parse counts
    as two things ("40 arrested" vs "40 injured")."""
    for qa_told in fa.quantities:
        for qb_told in fb.quantities:
            qa, qb = in_one_unit(qa_told, qb_told)
            if not _same_figure(qa, qb) or qa.value in (0.0, 1.0):
                continue
            if _compound(qa_told) and _compound(qb_told):
                continue  # "two-year bonds" on both sides: a thing named alike, not a figure told
            ca, cb = (None, None) if counts is None else (_count_for(qa, counts[0]), _count_for(qb, counts[1]))
            if ca is not None and cb is not None and not one_counted_thing(ca, cb):
                continue
            # who is counted, not what befell them ("132 people had been rescued": people)
            na, nb = (
                c.noun if c is not None and c.noun else _people_after(st, q_told) or q.noun
                for c, q, q_told, st in ((ca, qa, qa_told, a), (cb, qb, qb_told, b))
            )
            if qa.unit in ("", "%") and not (na and nb and (comparable(qa, qb) or both_people(na, nb))):
                continue  # "3-0" and "a 3-0 win", "6 percent" of a rate and of the jobless: what it counts is not said
            if _other_owners(a, qa, b, qb) or _other_ends(a, qa, b, qb):
                continue
            reason = f"both give the figure '{qa.span.text}' ~ '{qb.span.text}'"
            ev = (_ev(a, qa.span), _ev(b, qb.span))
            return [_Finding(Verdict.AGREE, None, reason, ev, CONFIDENCE["figure"], figure=True)]
    return []


_NEXT_WORDS = re.compile(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


def _people_after(st: Statement, q: Quantity) -> str:
    """The word for people right after a figure, or after one word that describes them ("86
    people had been pulled out", "86 trapped miners"), as a stem; "" when there is none."""
    m = _NEXT_WORDS.match(st.text, q.span.end)
    words = [stem(w.lower()) for w in (m.groups() if m else ()) if w]
    return next((w for w in words if counts_people(w)), "")


def _compound(q: Quantity) -> bool:
    """A figure written into a word that names a thing ("two-year bonds", "a 52-year-old")."""
    return "-" in q.span.text and " " not in q.span.text.strip()


MONEY_FACTOR = 3.0

# A figure followed, within its noun phrase, by a verb of saying: it counts who said something.
_SPEAKERS_AFTER = re.compile(
    r"^(?:\s+(?!(?:and|but|or|as|while|which|who|that|then|was|were|is|are|be|been|being|had|have|has)\b)[a-z'’-]+){1,3}?\s+"
    r"(?:said|say|says|told|tell|tells|recalled|recall|described|describe|reported|claimed|insisted|added)\b",
    re.IGNORECASE,
)


def _counts_speakers(st: Statement, q: Quantity) -> bool:
    """The figure counts the people who said something ("several survivors said there were
    not enough life jackets", "two witnesses told reporters"), not what happened."""
    return _SPEAKERS_AFTER.match(st.text[q.span.end :]) is not None


def _far_apart(conflict: _Finding, candidate: Candidate) -> _Finding:
    """Figures in conflict in two statements far apart in meaning ("the three batches were
    produced at the plant" vs "health chiefs pulled four batches of the vaccine"; "would last
    three years" vs "in the past two years"): one unit is not one counted thing, so no verdict."""
    closeness = dict(candidate.signals).get("semantic", 0.0)
    reason = f"figures not compared, statements far apart in meaning (closeness {closeness:.2f}): {conflict.reason}"
    return _Finding(Verdict.RELATED, None, reason, conflict.evidence)


def _plan_and_deed(qa: Quantity, qb: Quantity, parsed: tuple[Claims, Claims] | None) -> str:
    """Why two figures are not compared when one is what was planned, expected or is to come
    and the other what was done ("had planned to deliver 50 aircraft" vs "handed over 38
    jets"; "will hire 2,000" vs "hired 1,200"): both can hold. "" when not so."""
    if parsed is None:
        return ""
    ya, yb = _planned_figure(parsed[0], qa), _planned_figure(parsed[1], qb)
    if {ya, yb} == {"habit", "done"}:  # "usually carries 40,000 barrels a day" vs "carried 12,000 on Tuesday"
        habit, done = (qa, qb) if ya == "habit" else (qb, qa)
        return f"not compared: '{habit.span.text}' is what is done as a rule, '{done.span.text}' what was done once"
    if {ya, yb} != {"planned", "done"}:
        return ""
    plan, done = (qa, qb) if ya == "planned" else (qb, qa)
    return f"not compared: '{plan.span.text}' is what was asked for, planned or is to come, '{done.span.text}' what was done"


def _planned_figure(claims: Claims, q: Quantity) -> str:
    """ "planned" when the clauses that hold q's number are all planned or to come, "done" when
    all are told in the past, "habit" when all are told as done again and again ("usually
    carries 40,000 barrels a day"), "" otherwise (no clause, both kinds, or neither)."""
    words = {w.strip("$€£¥~≈(),") for w in q.span.text.split()}
    kinds = {
        "planned" if p.planned or p.verb in _ASKING else "done" if p.done else "habit" if p.habitual else ""
        for p in claims.propositions
        if p.figures & words
    }
    return next(iter(kinds)) if len(kinds) == 1 else ""


# Verbs of asking for or putting forward a figure: what is asked ("demanded a ransom of $4
# million", "offered 6 percent") is not what was paid or agreed.
_ASKING = frozenset(["demand", "ask", "seek", "request", "offer", "propose", "bid"])


def _met_elsewhere(st: Statement, q: Quantity, them: Statement, other: Quantity, theirs: Sequence[Quantity]) -> bool:
    """The other statement gives a figure of q's kind that q meets, beside the one it does not:
    it tells two figures of one thing (a part and the whole, two speakers' figures: "volumes
    fell 12%, but the union says the real fall was closer to 3%"), and q is one of them. The
    same figure in the same unit meets q whatever noun the reader gave it ("fell 12% last year");
    not where a change starts and where another ends ("cut from 8 billion" vs "raised to 8 billion")."""
    return any(
        t is not other and (_same_figure(q, t) or comparable(q, t) and overlaps(q, t)) and not _other_ends(st, q, them, t)
        for t in theirs
    )


def _read_as(items: Sequence[Any], q: Quantity) -> Any | None:
    """The parsed sum, distance or duration that holds figure `q` (the parse reads the claim
    text, so the figure is found by its words)."""
    return next((x for x in items if x.figure.span.text == q.span.text), None)


def _held_apart(qa: Quantity, qb: Quantity, parsed: tuple[Claims, Claims] | None) -> bool:
    """Two lengths of time of things held by others ("the 12-hour strike by cleaners" / "the
    24-hour strike by porters"; "the postal workers' strike" / "the bank workers' strike")."""
    if parsed is None:
        return False
    da, db = _read_as(parsed[0].durations, qa), _read_as(parsed[1].durations, qb)
    return da is not None and db is not None and held_apart(da, db)


def _one_length(qa: Quantity, qb: Quantity, parsed: tuple[Claims, Claims] | None) -> bool:
    """Two lengths of time the parse shows to be how long one thing lasted (`durations.py`)."""
    if parsed is None:
        return False
    da, db = _read_as(parsed[0].durations, qa), _read_as(parsed[1].durations, qb)
    return da is not None and db is not None and one_length(da, db)


def _figure_kind(a: Statement, qa: Quantity, b: Statement, qb: Quantity, parsed: tuple[Claims, Claims] | None) -> str:
    """What the parse reads two figures with no counted noun as, when it is one thing: the sort
    of sum ("was fined $2 million" and "a $5 million penalty": fine; "will cost $12 million" and
    "estimated the bill at $40 million": cost), or a distance from one reference ("5 kilometres
    off the coast", "12 km from the shore"); told in no two years; else "" (sums told in two
    places or of another one, "in a separate attack", are not compared at all: `_quantities`)."""
    if parsed is None or _other_years(a, b):
        return ""
    sa, sb = _read_as(parsed[0].sums, qa), _read_as(parsed[1].sums, qb)
    if sa is not None and sb is not None and one_sum(sa, sb):
        return str(sa.kind)
    da, db = _read_as(parsed[0].distances, qa), _read_as(parsed[1].distances, qb)
    if da is not None and db is not None and one_distance(da, db) and qa.unit == qb.unit:
        return f"distance from {da.shown}" if da.shown else "distance"
    return ""


def _matched_figures(xs: Sequence[Quantity], ys: Sequence[Quantity]) -> set[Quantity]:
    """Figures that have the same figure on the other side, when every figure of both does: two
    statements giving the same tally in another order ("by 212 votes to 187" vs "212 voted
    for and 187 against") are not read as 212 against 187."""
    if len(xs) < 2 or len(xs) != len(ys):
        return set()
    same = {x for x in xs if any(_same_figure(x, y) for y in ys)} | {y for y in ys if any(_same_figure(x, y) for x in xs)}
    return same if len(same) == len(xs) + len(ys) else set()


def _same_figure(x: Quantity, y: Quantity) -> bool:
    return x.value == y.value and x.unit == y.unit


_OWNER_WORDS = re.compile(r"\s+((?:[A-Z][\w’'-]*\s+){1,3})[a-z]")


def _owner_words(st: Statement, q: Quantity) -> str:
    """The names between a figure and its noun ("110 Volskayan prisoners": Volskayan)."""
    m = _OWNER_WORDS.match(st.text, q.span.end)
    return m.group(1).strip() if m else ""


def _owners(st: Statement, q: Quantity) -> frozenset[str]:
    return frozenset(name_key(w) for w in _owner_words(st, q).split())


def _other_owners(a: Statement, qa: Quantity, b: Statement, qb: Quantity) -> bool:
    """Figures of people or things each named as someone else's, none in common."""
    oa, ob = _owners(a, qa), _owners(b, qb)
    return bool(oa and ob and not oa & ob)


def _other_ends(a: Statement, qa: Quantity, b: Statement, qb: Quantity) -> bool:
    """One figure is where a change starts ("from 8 billion") and the other where one ends ("to
    8 billion"): the same number says different things, and two numbers can both hold."""
    ends = {_end_of_change(a, qa), _end_of_change(b, qb)}
    return ends == {"from", "to"}


def _named_before(st: Statement, q: Quantity, other: Quantity) -> bool:
    """A figure with no noun of its own counts the other figure's noun when its clause names
    that noun before it ("cargo volumes fell 14 percent" ~ "9 percent less cargo"; "the
    compensation will total $3.5 million" ~ "$2 million in compensation"; "put turnout at 48
    percent" ~ "turnout was 61 percent"). Not a toll of harm: the parse counts those."""
    if q.noun or not other.noun or q.unit != other.unit or ":" in other.noun or other.noun in _TIME_NOUNS:
        return False
    clause = _CLAUSE_BREAK.split(st.text[: q.span.start])[-1]  # "inflation eased as wages rose 5 percent": wages
    if clause.rstrip().endswith(","):
        return False  # "a toll-free hotline, 1190": a number set beside a noun names it
    words = clause.split()
    opening = clause == st.text[: len(clause)]  # the clause opens the sentence: its first word may be capitalized
    plain = " ".join(w for k, w in enumerate(words) if not w[:1].isupper() or (k == 0 and opening))  # "the ... Teachers' Union"
    return other.noun.split()[-1] in {counted_kind(w) for w in content_words(plain)}  # "cubic metr": metr


# Where the clause of a figure begins: a word that opens a clause with a subject of its own
# ("inflation eased as wages rose 5 percent"; "low in the capital, where the party won 61
# percent"). Not "which" or "who": a relative clause tells of the noun before it ("the port,
# which handled 9 percent less cargo").
_CLAUSE_BREAK = re.compile(r"[.;:]|\b(?:as|while|whereas|where|when|because|but|though|although)\b", re.IGNORECASE)
# Nouns of time a figure's noun reader may take from "a year", "last week": what a figure is
# per, not what it counts.
_TIME_NOUNS = frozenset(["year", "month", "week", "day", "hour", "minut", "decad", "time"])


_YEAR_BEFORE_WHEN = re.compile(r"\b((?:1[89]|20)\d\d),?\s*$")


def _of_a_year_apart(st: Statement, q: Quantity, other: Statement) -> bool:
    """A figure told of an earlier occasion the sentence names by its year ("the largest fire
    since 2017, when a blaze burned 6,000 hectares"), a year the other statement does not name:
    a figure of that occasion, not of the event both tell."""
    claims = claims_of_statement(st)
    if claims is None:
        return False
    for clause in claims.background:
        start = st.text.find(clause)
        if not clause.lower().startswith("when ") or not start <= q.span.start < start + len(clause):
            continue
        year = _YEAR_BEFORE_WHEN.search(st.text[:start])
        if year and year.group(1) not in other.text:
            return True
    return False


def _total_and_part(
    a: Statement, qa: Quantity, b: Statement, qb: Quantity, counts: tuple[Sequence[Count], Sequence[Count]] | None
) -> bool:
    """One figure is a total (`_held`) and the other the number an event touched (`_touched`):
    the part may be any share of the whole, so the two are not compared. A total told with a
    verb `_held` does not know ("controls 52 seats", "handled 15 million") is still compared."""
    ca, cb = counts if counts is not None else ((), ())
    return (_held(a, qa) and not _held(b, qb) and _touched(b, qb, cb)) or (
        _held(b, qb) and not _held(a, qa) and _touched(a, qa, ca)
    )


def _held(st: Statement, q: Quantity) -> bool:
    """A figure of how many a thing has or can take, told by a verb of TOTAL_VERB_FORMS right
    before it ("the plant employs 3,000 workers", "which houses some 1,200", "can carry 600") or
    after its noun ("3,000 people are employed there", "90 people work at the quarry", "12,000
    people live in the town"), or the whole a clause opens with ("Of the 52 miners, 14 ...",
    "Out of 300 homes"). Never a length of time or a share ("served 12 years", "has 38 percent
    support"), nor what "has" says of some of a thing ("has 40 branches that will close")."""
    if q.unit in DURATION_UNITS or q.unit == "%":
        return False
    before = _VERB_BEFORE.search(st.text, max(0, q.span.start - 40), q.span.start)
    if before and (before.group("modal") or (before.group("verb") or "").lower() in TOTAL_VERB_FORMS):
        return not _SOME_OF_THEM.match(st.text, q.span.end)
    if _PARTITIVE.search(st.text, max(0, q.span.start - 20), q.span.start):
        return True
    after = _PASSIVE_AFTER.match(st.text, q.span.end)
    if after is None:
        return False
    return bool(after.group("lives")) or (after.group("verb") or "").lower() in TOTAL_VERB_FORMS


def _touched(st: Statement, q: Quantity, counts: Sequence[Count]) -> bool:
    """A figure of the people or things an event touched: a count the parse reads (killed,
    trapped, evacuated, escaped, arrested ...), a noun of harm, or a fate told after it ("800
    workers will lose their jobs", "3,000 refugees had fled", "25,000 were inside when ...")."""
    if _count_for(q, counts) is not None or q.noun.startswith("casualty") or q.noun in _EVENT_NOUNS:
        return True
    return bool(_FATE_AFTER.match(st.text, q.span.end))


_EVENT_NOUNS = frozenset(["detain", "evacu", "surviv", "escap", "rescu", "trap", "strand", "injur", "kill"])
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<modal>can|could)\s+(?:carry|hold|take|seat|accommodate|house)|(?P<verb>[a-z]+))\s+$", re.IGNORECASE
)
_SOME_OF_THEM = re.compile(r"(?:\s+[a-z-]+){0,2}\s+(?:that|which|who)\b", re.IGNORECASE)
_PARTITIVE = re.compile(r"(?:^|[,;:(]\s*)(?:out\s+of|of)\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}\s+(?:(?:are|were|is|was)\s+(?P<verb>[a-z]+)|(?P<lives>work|live)s?\s+(?:at|in|for|on)\b)",
    re.IGNORECASE,
)
_FATE_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,5}?\s+(?:(?:will|would|could|may|might|had|have|has|were|was|are|is)\s+)?(?:be\s+|been\s+)?"
    r"(?:lose|lost|losing|flee|fled|fleeing|leave|left|escape|escaped|die|died|evacuated|rescued|injured|hurt|killed|"
    r"trapped|freed|released|moved|treated|inside|affected|laid|stranded|displaced|missing)\b",
    re.IGNORECASE,
)


def _end_of_change(st: Statement, q: Quantity) -> str:
    words = st.text[: q.span.start].split()
    return words[-1].lower() if words and words[-1].lower() in ("from", "to") else ""


def _other_groups(a: Statement, fa: Facts, b: Statement, fb: Facts) -> tuple[Quantity, Quantity] | None:
    """Comparable figures on both sides, each of a group named as someone else's."""
    pairs = [(x, y) for x in fa.quantities for y in fb.quantities if comparable(x, y)]
    found = [(x, y) for x, y in pairs if _other_owners(a, x, b, y)]
    return found[0] if found and len(found) == len(pairs) else None


def _same_sum(a: Quantity, b: Quantity) -> bool:
    """One sum of money, named by what it is in one statement only: the same amount in the
    same currency is evidence of one claim (it is never compared for a conflict: a sum with no
    noun may be any sum)."""
    return a.unit == b.unit and a.unit in CURRENCIES and bool(a.noun) != bool(b.noun) and a.value == b.value > 0


def _same_parsed_count(qa: Quantity, qb: Quantity, counts: tuple[Sequence[Count], Sequence[Count]]) -> bool:
    """Whether the parse lets two figures count one thing: both read as counts of the same
    thing, or neither read as a count of harm (then the figures' own nouns decide); one read as
    a count of harm and the other not even named as one are two things."""
    held_a, held_b = _counts_holding(qa, counts[0]), _counts_holding(qb, counts[1])
    if held_a and held_b:  # "three gunmen stormed the hotel": a crowd and the attackers, each compared
        return any(one_counted_thing(x, y) for x in held_a for y in held_b)
    ca, cb = _count_for(qa, counts[0]), _count_for(qb, counts[1])
    if ca is None and cb is None:
        return True
    other, parsed = (qb, ca) if ca is not None else (qa, cb)
    if parsed is not None and (parsed.years or parsed.part):
        return False  # "the 2017 outbreak killed 200", "in Achham alone": a scope the other figure is not shown to share
    if parsed is not None and parsed.category in _PLIGHTS:
        return True  # "18 miners were trapped" and "17 miners remain underground": the figures' nouns decide
    return other.noun.startswith("casualty") or other.value == 0


# Counts of people by where they are stuck or got out: a figure of the same people told
# without the word is the same count ("trapped" ~ "remain underground", "escaped" ~ "at large",
# "evacuated" ~ "the number of evacuees").
_PLIGHTS = frozenset(["trapped", "stranded", "escaped", "rescued", "evacuated"])


def _toll_before_it_grew(qa: Quantity, qb: Quantity, counts: tuple[Sequence[Count], Sequence[Count]]) -> bool:
    """The two figures are a toll said to have grown to one of them and the lower count of
    another day (`earlier_toll`): the claims' count rule leaves them, and so do the figures."""
    return any(earlier_toll(x, y) for x in _counts_holding(qa, counts[0]) for y in _counts_holding(qb, counts[1]))


def _counts_holding(q: Quantity, counts: Sequence[Count]) -> list[Count]:
    """The parsed counts that hold figure `q`: those with its value."""
    return [c for c in counts if c.value == q.value or (c.hedge == "no" and q.high == 0)]


def _count_for(q: Quantity, counts: Sequence[Count]) -> Count | None:
    """The parsed count that holds figure `q`: the one count with its value."""
    found = _counts_holding(q, counts)
    return found[0] if len(found) == 1 else None


def _two_bounds(a: Quantity, b: Quantity) -> bool:
    """'more than 20' and 'more than 107' (or 'up to 5' and 'up to 9') of the same thing: the
    intervals overlap, but an analyst reads two different figures, not one agreed figure."""
    lower = a.high == float("inf") and b.high == float("inf") and a.low > 0 and b.low > 0
    upper = a.low <= 0 and b.low <= 0 and a.high != float("inf") and b.high != float("inf") and bool(a.hedge and b.hedge)
    return (lower or upper) and a.value != b.value


# Periods a sum may be allowed in: "no more than 500 crowns a week" (the figure's noun).
_RATE_PERIODS = frozenset(["hour", "day", "week", "month", "year"])


def _two_limits(a: Quantity, b: Quantity) -> bool:
    """Two caps on one sum a period ("may withdraw no more than 2,000 crowns a week" vs "can
    take out no more than 500 crowns a week"): one rule, however far apart, so compared."""
    if a.unit != b.unit or a.noun != b.noun or a.noun not in _RATE_PERIODS or a.value == b.value:
        return False
    return all(q.hedge and q.low <= 0 < q.high != float("inf") for q in (a, b))


def _different_amounts(a: Quantity, b: Quantity) -> bool:
    """Two sums of money more than 3x apart ("$2 billion" vs "$7 billion" loans; "about $180
    million" vs "about $3.4 million") are far more often two different sums than one disputed
    figure, so they are not compared; a hedge does not bring them closer."""
    if a.unit not in CURRENCIES or a.value <= 0 or b.value <= 0:
        return False
    lo, hi = sorted((a.value, b.value))
    return hi > MONEY_FACTOR * lo


def describe(q: Quantity) -> str:
    """Short interval for a reason line: '<4 h', '>4 h', '≈250', '=1.5 billion USD'."""
    text = q.describe()
    if q.hedge and q.low > 0 and q.high_open and q.high != float("inf"):
        return "<" + text.split(", ")[1].replace(")", "", 1).strip()
    return text.lstrip("=")


_DAY_NUMBER = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?!\d)")


def _day_range(d: DateRef) -> bool:
    """A range written with its first and last day ('from September 14 to September 25',
    'September 14-25'), not a month or a week, whose days the text leaves open."""
    return d.start != d.end and len(_DAY_NUMBER.findall(d.span.text)) >= 2


def _dates(a: Statement, fa: Facts, b: Statement, fb: Facts):
    conflicts, agreements = [], []
    for da in fa.dates:
        for db in (d for d in fb.dates if d.comparable(da)):
            ev = (_ev(a, da.span), _ev(b, db.span))
            if _day_range(da) and _day_range(db) and da.anchor == db.anchor and (da.start, da.end) != (db.start, db.end):
                reason = f"different ranges: '{da.span.text}' ({da.iso(da.start)} to {da.iso(da.end)}) vs '{db.span.text}' ({db.iso(db.start)} to {db.iso(db.end)})"
                conflicts.append(_Finding(Verdict.CONTRADICT, "date", reason, ev, CONFIDENCE["figure"]))
            elif da.start <= db.end and db.start <= da.end:
                if da.anchor and da.anchor == db.anchor or da.precise and db.precise:
                    agreements.append(
                        _Finding(
                            Verdict.AGREE,
                            None,
                            f"same date: '{da.span.text}' ~ '{db.span.text}'",
                            ev,
                            CONFIDENCE["same-date"],
                            figure=True,
                        )
                    )
            elif da.anchor and da.anchor == db.anchor and not (_told_again(a) or _told_again(b)) and not _other_places(a, b):
                conflicts.append(
                    _Finding(
                        Verdict.CONTRADICT,
                        "date",
                        f"'{da.anchor}' on '{da.span.text}' ({da.iso(da.start)}) vs '{db.span.text}' ({db.iso(db.start)})",
                        ev,
                        CONFIDENCE["figure"],
                    )
                )
    return conflicts, agreements


# Words that tell a deed done once more, or a second thing of one kind: "the panel met again on
# 16 June", "a second smuggler was detained on 9 June". Two days are then two deeds.
_AGAIN = re.compile(r"\b(?:again|once more|anew|a second|another|a further|for the (?:second|third) time)\b", re.IGNORECASE)


def _told_again(st: Statement) -> bool:
    return bool(_AGAIN.search(claim_text(st)))


_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
SWAP_SHARE = 0.85  # the share of words two statements must have in common to be one sentence restated


def _one_word_swapped(a: Statement, b: Statement, names: frozenset[str] = frozenset()) -> list[_Finding]:
    """One sentence restated with a word or a name swapped: an antonym ('increased' vs
    'decreased') says the opposite; another name in the same place ('Smith said' vs 'Jones
    said') gives the claim to someone else. Only for near-identical sentences (a copy or a
    restatement), where the swapped word is the whole difference."""
    ta, tb = _TOKEN.findall(claim_text(a)), _TOKEN.findall(claim_text(b))
    matcher = difflib.SequenceMatcher(a=[t.lower() for t in ta], b=[t.lower() for t in tb], autojunk=False)
    opcodes = matcher.get_opcodes()
    one_change = sum(op != "equal" for op, *_ in opcodes) == 1 and min(len(ta), len(tb)) >= 6
    if matcher.ratio() < SWAP_SHARE and not one_change:
        return []
    for op, i1, i2, j1, j2 in opcodes:
        negation = _negation_added(ta[i1:i2], tb[j1:j2]) if op != "equal" else None
        if negation is not None:
            reason = f"the same sentence with a negation: '{negation}' in {b.id if j2 > j1 else a.id}"
            ev = _evidence_of(b, negation) if j2 > j1 else _evidence_of(a, negation)
            return [_Finding(Verdict.CONTRADICT, "negation", reason, ev, CONFIDENCE["swap"])]
        if op == "replace" and max(i2 - i1, j2 - j1) <= 3 and (i2 - i1, j2 - j1) != (1, 1):
            names_a, names_b = ta[i1:i2], tb[j1:j2]  # a name of several words: 'Ann Lee' vs 'Tom Ward'
            if (
                all(_names(a, w, first=i1 + k == 0, known=names) for k, w in enumerate(names_a))
                and all(_names(b, w, first=j1 + k == 0, known=names) for k, w in enumerate(names_b))
                and not _one_state(" ".join(names_a), " ".join(names_b))
            ):
                x, y = " ".join(names_a), " ".join(names_b)
                if _a_place_there(ta, i1) and _a_place_there(tb, j1):
                    return [_another_place(x, y, _evidence_of(a, x) + _evidence_of(b, y))]
                reason = f"the same sentence about someone else: '{x}' vs '{y}'"
                return [
                    _Finding(
                        Verdict.CONTRADICT, "negation", reason, _evidence_of(a, x) + _evidence_of(b, y), CONFIDENCE["name-swap"]
                    )
                ]
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        x, y = ta[i1], tb[j1]
        ev = _evidence_of(a, x) + _evidence_of(b, y)
        if x.lower() in MONTH_NAMES and y.lower() in MONTH_NAMES or x.lower() in WEEKDAY_NAMES and y.lower() in WEEKDAY_NAMES:
            return [
                _Finding(
                    Verdict.CONTRADICT, "date", f"another day or month in one sentence: '{x}' vs '{y}'", ev, CONFIDENCE["swap"]
                )
            ]
        if _number(x) is not None and _number(y) is not None and _number(x) != _number(y):
            x, y = _whole_number(ta, i1), _whole_number(tb, j1)  # "2,000" vs "2,100", not "000" vs "100"
            ev = _evidence_of(a, x) + _evidence_of(b, y)
            return [
                _Finding(
                    Verdict.CONTRADICT, "quantity", f"another number in one sentence: '{x}' vs '{y}'", ev, CONFIDENCE["swap"]
                )
            ]
        if y.lower() in ANTONYMS.get(x.lower(), ()):
            return [
                _Finding(
                    Verdict.CONTRADICT, "negation", f"opposite words in one sentence: '{x}' vs '{y}'", ev, CONFIDENCE["swap"]
                )
            ]
        if _names(a, x, first=i1 == 0, known=names) and _names(b, y, first=j1 == 0, known=names) and not _one_state(x, y):
            if _a_place_there(ta, i1) and _a_place_there(tb, j1):
                return [_another_place(x, y, ev)]
            return [
                _Finding(
                    Verdict.CONTRADICT,
                    "negation",
                    f"the same sentence about someone else: '{x}' vs '{y}'",
                    ev,
                    CONFIDENCE["name-swap"],
                )
            ]
        if _one_state(x, y) and i1 == j1 == 0:  # the state that acts ("Stockholm expelled"), not a place ("across Kyiv")
            return [_Finding(Verdict.AGREE, None, f"the same sentence, '{x}' ~ '{y}': one state", ev, CONFIDENCE["swap"])]
        if (deed := _one_deed_in_two_words(a, b, x, y)) is not None:
            return [_Finding(Verdict.AGREE, None, f"the same sentence, '{x}' ~ '{y}': {deed}", ev, CONFIDENCE["swap"])]
        if x.lower() not in STOPWORDS and y.lower() not in STOPWORDS and x.isalpha() and y.isalpha():
            return [_Finding(Verdict.RELATED, None, f"the same sentence but for '{x}' vs '{y}': not shown to be one claim", ev)]
    return []


# Prepositions before a name that make it where something happened, not who did it, nor where
# one journey began or went ("sailed from Varn" / "from Ostin" is a clash).
_AT_PLACE = frozenset(["in", "at", "near", "outside", "inside", "around", "across"])


def _a_place_there(tokens: Sequence[str], k: int) -> bool:
    """The name at `tokens[k]` follows a preposition of place ("killed two people in Varn")."""
    return k > 0 and tokens[k - 1].lower() in _AT_PLACE


def _another_place(x: str, y: str, ev: tuple[Evidence, ...]) -> _Finding:
    """One sentence told of two places ("the storm killed two people in Varn" / "in Ostin"):
    a deed may happen in both, so no clash, and no one claim either."""
    return _Finding(Verdict.RELATED, None, f"the same sentence about another place: '{x}' vs '{y}'", ev)


def _other_figures(fa: Facts, fb: Facts) -> tuple[Quantity, Quantity] | None:
    """Figures of one unit on both sides ("8 percent" and "12 percent", "212 votes" and "199")
    none of which overlaps: whatever they count, the two do not restate one claim. Sums of
    money far apart are sums of two things (`_different_amounts`), not a clash of figures."""
    converted = [in_one_unit(x, y) for x in fa.quantities for y in fb.quantities]  # "a day" and "two weeks"
    for unit in sorted({x.unit for x, y in converted if x.unit == y.unit}):
        pairs = [(x, y) for x, y in converted if x.unit == y.unit == unit]
        if any(overlaps(x, y) or x.value == y.value for x, y in pairs):
            continue
        clash = [(x, y) for x, y in pairs if not _different_amounts(x, y)]
        if clash:
            return clash[0]
    return None


_VAGUE_TOLLS = frozenset(["dozens", "hundreds", "thousands", "scores", "several", "many", "some"])  # told without a figure


def _other_counts(a: Statement, b: Statement) -> tuple[Count, Count] | None:
    """Counts of one category on both sides, none of which meets one on the other ("23 people
    were injured" vs "only one guest was injured"): whoever each counts, the two do not restate
    one claim."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return None
    for category in sorted({c.category for c in ca.counts} & {c.category for c in cb.counts}):
        pairs = [(x, y) for x in ca.counts if x.category == category for y in cb.counts if y.category == category]
        if not any(x.low <= y.high and y.low <= x.high for x, y in pairs):
            return pairs[0]
    return None


_LOOSE_COUNTS = frozenset(["affected", "casualties"])


def _one_figure_two_counts(a: Statement, b: Statement) -> tuple[Count, Count] | None:
    """The same figure counting two things ("police arrested 40 protesters" vs "40 protesters
    were injured"): no count of one side is one counted thing with a count of the other, and
    a figure both give is counted under two categories."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None or not ca.counts or not cb.counts:
        return None
    if any(one_counted_thing(x, y) for x in ca.counts for y in cb.counts):
        return None
    for x in ca.counts:
        for y in cb.counts:
            if (
                x.value != y.value
                or x.category == y.category
                or x.hedge == "no"
                or y.hedge == "no"
                or {x.category, y.category} & _LOOSE_COUNTS
            ):
                continue
            if x.category in INJURY_CATEGORIES and y.category in INJURY_CATEGORIES:
                continue
            return x, y
    return None


def _other_causes(a: Statement, b: Statement) -> tuple[str, str] | None:
    """Each statement puts its event down to a cause or a failure that the other does not name
    ("a broken rail as the cause of the derailment" vs "derailed because of driver error"):
    two accounts of why, however alike the rest of the words."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return None
    # things, not parties: "blamed Kestria" and "shelling by the Kestrian armed forces" are one side's
    xs, ys = ([c for c in claims.culprits if c.role in ("cause", "failure") and not c.names] for claims in (ca, cb))
    if not xs or not ys:
        return None
    named_a, named_b = ca.nouns | ca.common, cb.nouns | cb.common
    kinds_y = [as_kinds(y.words) for y in ys]
    if any(x.head in named_b or as_kinds(x.words) & k for x in xs for k in kinds_y) or any(y.head in named_a for y in ys):
        return None
    return xs[0].shown, ys[0].shown


def _other_days(fa: Facts, fb: Facts) -> tuple[DateRef, DateRef] | None:
    """Days on both sides, or months or years on both sides ("resigned in 2019" vs "in 2021"),
    none of which meets one on the other: whatever happened then, the two statements do not
    restate one claim."""
    pairs = [(x, y) for x in fa.dates for y in fb.dates if y.comparable(x) and x.precise == y.precise]
    if not pairs or any(x.start <= y.end and y.start <= x.end for x, y in pairs):
        return None
    return pairs[0]


def _slot_that_differs(a: Statement, fa: Facts, b: Statement, fb: Facts) -> _Finding | None:
    """A slot the two statements fill differently, which undoes evidence of one claim: other
    figures ("raised the fee by 8 percent" vs "by 15 percent"), figures of other groups
    ("released 110 Belmoorian prisoners" vs "110 Ardonian prisoners were handed over"), other
    dates ("met on May 3" vs "met on May 9"), deeds on other weekdays ("chaired a meeting on
    Wednesday" vs "visited the hospital on Thursday")."""
    if (figures := _other_figures(fa, fb)) is not None:
        qa, qb = figures
        reason = f"other figures: '{qa.span.text}' vs '{qb.span.text}': not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, (_ev(a, qa.span), _ev(b, qb.span)))
    if (counts := _other_counts(a, b)) is not None:
        ca, cb = counts
        told = [
            (c.hedge if c.hedge in _VAGUE_TOLLS else f"{c.hedge} {c.value:g}".strip()) + (f" {c.noun}" if c.noun else "")
            for c in (ca, cb)
        ]
        reason = f"other counts of the {ca.category}: {told[0]} vs {told[1]}: not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, ())
    if (two := _one_figure_two_counts(a, b)) is not None:
        ca, cb = two
        reason = f"one figure, two counts: {ca.value:g} {ca.category} vs {cb.value:g} {cb.category}: not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, ())
    if (causes := _other_causes(a, b)) is not None:
        reason = f"other causes: '{causes[0]}' vs '{causes[1]}': not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, ())
    if (groups := _other_groups(a, fa, b, fb)) is not None:
        qa, qb = groups
        reason = f"figures of other groups: '{qa.span.text} {_owner_words(a, qa)}' vs '{qb.span.text} {_owner_words(b, qb)}'"
        return _Finding(Verdict.RELATED, None, reason, (_ev(a, qa.span), _ev(b, qb.span)))
    if (days := _other_days(fa, fb)) is not None:
        da, db = days
        reason = f"other dates: '{da.span.text}' vs '{db.span.text}': not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, (_ev(a, da.span), _ev(b, db.span)))
    if (hours := _other_hours(a, b)) is not None:
        reason = f"other times of day: {hours}: not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, ())
    if (weekdays := _other_weekdays(a, b)) is not None:
        wa, wb = weekdays
        reason = f"other days: '{wa}' vs '{wb}': not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, _word_evidence(a, wa) + _word_evidence(b, wb))
    if (years := _other_years(a, b)) is not None:
        ya, yb = years
        reason = f"other years: '{ya}' vs '{yb}': not shown to be one claim"
        return _Finding(Verdict.RELATED, None, reason, _word_evidence(a, ya) + _word_evidence(b, yb))
    return _things_of_two_sides(a, b)


def _things_of_two_sides(a: Statement, b: Statement) -> _Finding | None:
    """One noun, each statement's of another side ("Lorvan artillery positions" vs "Kestrian
    firing positions", `owners.py`)."""
    parsed_a, parsed_b = claims_of_statement(a), claims_of_statement(b)
    if parsed_a is None or parsed_b is None or (owners := owners_apart(parsed_a, parsed_b)) is None:
        return None
    oa, ob = owners
    reason = f"things of two sides: '{oa.shown}' vs '{ob.shown}': not shown to be one claim"
    return _Finding(Verdict.RELATED, None, reason, _word_evidence(a, oa.shown) + _word_evidence(b, ob.shown))


def _other_places(a: Statement, b: Statement) -> _Finding | None:
    """Places named on both sides, none of which the other statement names at all ("derailed
    near the town of Halsey" vs "came off the tracks close to Drenford"): restated words about
    two places are not shown to be one claim."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None or not ca.places or not cb.places or ca.places & cb.places:
        return None
    ta, tb = claim_text(a).lower(), claim_text(b).lower()
    if any(re.search(rf"\b{re.escape(w)}\b", tb) for w in ca.places) or any(
        re.search(rf"\b{re.escape(w)}\b", ta) for w in cb.places
    ):
        return None
    x, y = (", ".join(sorted(w.capitalize() for w in c.places)) for c in (ca, cb))
    evidence = tuple(e for w in sorted(ca.places) for e in _word_evidence(a, w)) + tuple(
        e for w in sorted(cb.places) for e in _word_evidence(b, w)
    )
    return _Finding(Verdict.RELATED, None, f"other places: {x} vs {y}: not shown to be one claim", evidence)


def _other_hours(a: Statement, b: Statement) -> str | None:
    """Hours on both sides that cannot meet ("seen at 21:40" vs "reported shortly after 23:00";
    "shortly before midnight" vs "on Thursday afternoon"), even hedged: restated words about
    two moments are not one claim."""
    ca, cb = hours_told(claim_text(a)), hours_told(claim_text(b))
    if ca is None or cb is None:
        return None
    return None if hours_meet(ca[0], cb[0]) else f"'{ca[1]}' vs '{cb[1]}'"


def _other_weekdays(a: Statement, b: Statement) -> tuple[str, str] | None:
    """Weekdays on which each statement's deeds happened, none in common ("chaired a meeting on
    Wednesday" vs "visited the hospital on Thursday"): in the week a report covers, two
    weekdays are two days, whatever happened on them. The day something was said, declared or
    denied is not when it happened, and is left out."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return None
    wa, wb = _deed_weekdays(ca), _deed_weekdays(cb)
    if not wa or not wb or wa & wb:
        return None
    return min(wa).capitalize(), min(wb).capitalize()


def _deed_weekdays(claims: Claims) -> frozenset[str]:
    """The weekdays of its deeds and of the statuses it tells ("homes were without power on
    Monday" vs "power was restored on Thursday"), and the day a thing is set for ("declared a
    day of mourning for Thursday" vs "the day of mourning will be observed on Friday": the day
    of the mourning, though the declaring is speech)."""
    deeds = (w for p in claims.propositions if p.verb.split()[0] not in SPEECH_ACTS for w in p.when)
    statuses = (w for s in claims.statuses for w in s.when)
    set_for = (m.group(1).lower() for m in _SET_FOR.finditer(claims.text))
    return frozenset(w for w in (*deeds, *statuses, *set_for) if w in WEEKDAY_NAMES)


# "for Thursday", "for next Monday": the day something is set for (not "for Thursday's vote",
# whose day is the vote's, told with it)
_SET_FOR = re.compile(
    r"\bfor\s+(?:(?:next|this|the\s+coming)\s+)?([A-Za-z]+day)\b(?!['’]s|\s+(?:morning|afternoon|evening|night)['’]s)",
    re.IGNORECASE,
)


def _other_years(a: Statement, b: Statement) -> tuple[str, str] | None:
    """Years in which one deed of both statements happened, none in common ("resigned in 2019" vs
    "resigned in 2021"): a deed told of two years is not shown to be one claim (a deed may
    recur, so the years are no conflict either). Not when both date a deed to one weekday."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None or _weekdays_named(ca.text) & _weekdays_named(cb.text):
        return None  # "named chief executive on Monday" in both: one deed, whatever else they date
    ya, yb = _deed_years(ca), _deed_years(cb)
    apart = [(min(ya[v]), min(yb[v])) for v in ya.keys() & yb.keys() if not ya[v] & yb[v]]
    return min(apart) if apart else None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _years_apart(a: Statement, b: Statement) -> _Finding | None:
    """The deeds of each statement are told in years, and the two share none ("construction
    began in the autumn of 2018" vs "the bridge opened in May 2022"): whatever the words in
    common, what each tells happened in other years, so the two do not restate one claim. The
    year something was said is left out, as in `_other_years`. For agreement only: a claim may
    be denied beside a year of background ("founded in 1990, it has never paid a dividend")."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None or _weekdays_named(ca.text) & _weekdays_named(cb.text):
        return None  # "appointed chairman on Tuesday" in both: one deed, whatever else they date
    ya, yb = (_years_of_deeds(c) or _years_of_events(c) for c in (ca, cb))
    if not ya or not yb or ya & yb:
        return None
    reason = f"other years: '{min(ya)}' vs '{min(yb)}': not shown to be one claim"
    return _Finding(Verdict.RELATED, None, reason, _word_evidence(a, min(ya)) + _word_evidence(b, min(yb)))


# Verbs that tell when an event named by a noun happened ("the last eruption was in 1985", "the
# inspection took place in 2019", "the collapse came in 1981").
_EVENT_IN_VERBS = frozenset(["be", "take", "come", "happen", "occur"])


def _years_of_events(claims: Claims) -> frozenset[str]:
    """The years "in" which an event a noun names happened, for a statement whose parse dates no
    deed: not a year of background ("founded in 1998") nor the year it was said."""
    return frozenset(
        y for f in claims.fillers if f.verb in _EVENT_IN_VERBS and f.prep == "in" for y in f.words if YEAR_WORD.fullmatch(y)
    )


def _years_of_deeds(claims: Claims) -> frozenset[str]:
    """The years "in" or "during" date the deeds its sentences tell to (`Proposition.in_years`):
    not a deed of background ("Ruiz, who joined the bank in 2011, was appointed chairman";
    "having founded the firm in 1998, Marsh stepped down"), nor the year it was said."""
    told = (p for p in claims.propositions if p.main and p.verb.split()[0] not in SPEECH_ACTS)
    return frozenset(y for p in told for y in p.in_years)


def _weekdays_named(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if w in WEEKDAY_NAMES)


def _deed_years(claims: Claims) -> dict[str, frozenset[str]]:
    """The years each deed (by its verb) is told in."""
    out: dict[str, frozenset[str]] = {}
    for p in claims.propositions:
        years = frozenset(w for w in p.when if _YEAR.fullmatch(w))
        if years and p.verb.split()[0] not in SPEECH_ACTS:
            out[p.verb] = out.get(p.verb, frozenset()) | years
    return out


def _opposed_words(a: Statement, b: Statement) -> tuple[str, str] | None:
    """A content word of one statement whose opposite (a lexicon pair, or the word with a
    negative prefix) is in the other, neither having both."""
    plain = STOPWORDS | AMBIGUOUS_ANTONYMS
    wa = {t.lower() for t in _TOKEN.findall(claim_text(a))} - plain
    wb = {t.lower() for t in _TOKEN.findall(claim_text(b))} - plain
    for x in sorted(wa - wb):
        for y in sorted(ANTONYMS.get(x, frozenset()) & (wb - wa)):
            return x, y
    ta, tb = claim_text(a), claim_text(b)
    for x, y in ((x, y) for x in sorted(wa - wb) for y in sorted(wb - wa)):
        if negative_prefix(x, y) and not _negated_word(ta, x) or negative_prefix(y, x) and not _negated_word(tb, y):
            return x, y  # "armed" vs "unarmed"; not "had not been vaccinated" vs "unvaccinated"
    return None


def _negated_word(text: str, word: str) -> bool:
    """The word is told negated: "not", "never" or "n't" up to two words before it."""
    return (
        re.search(
            rf"\b(?:not|never|no)\s+(?:\w+\s+){{0,2}}{re.escape(word)}\b|n't\s+(?:\w+\s+){{0,2}}{re.escape(word)}\b",
            text,
            re.IGNORECASE,
        )
        is not None
    )


_WORD_PAIRS = re.compile(r"(?=\b([\w'-]+)\s+([\w-]+)\b)")
# Words that tell kinds of one thing apart, each set of one axis: "the primary schools" are
# not "the secondary schools", "the morning session" not "the evening session".
_KINDS_APART = (
    frozenset(["primary", "secondary", "tertiary"]),
    frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]),
    frozenset(["upper", "lower"]),
    frozenset(["inner", "outer"]),
    frozenset(["domestic", "international", "foreign"]),
    frozenset(["public", "private"]),
    frozenset(["junior", "senior"]),
    frozenset(["men's", "women's", "boys'", "girls'"]),
    frozenset(["morning", "afternoon", "evening", "night", "overnight"]),
    frozenset(["opening", "closing"]),
    frozenset(["first", "second", "third", "fourth", "final"]),
    frozenset(["passenger", "freight", "cargo"]),
    frozenset(["local", "regional", "national"]),
    frozenset(["civil", "military"]),
    frozenset(["old", "new"]),
    frozenset(["northbound", "southbound", "eastbound", "westbound"]),
    frozenset(["government-held", "rebel-held", "government-controlled", "rebel-controlled"]),
)


def _described_apart(a: str, b: str) -> bool:
    """A word both statements use, told of two kinds of it ("Pellam's primary schools" vs
    "Pellam's secondary schools"; "the morning session" vs "the evening session")."""
    return _kinds_told_apart(a, b) is not None


def _kinds_told_apart(a: str, b: str) -> tuple[str, str] | None:
    """The two phrases of `_described_apart` ("first round", "second round"), or None."""

    def described(text: str) -> set[tuple[str, str, str]]:  # (kind word, thing, the thing as written)
        pairs = ((m.group(1).lower(), m.group(2).lower()) for m in _WORD_PAIRS.finditer(text))
        return {(k, _SIDE_WORDS.get(w, w), w) for k, w in pairs}

    da, db = described(a), described(b)
    for kinds in _KINDS_APART:
        for word in sorted({w for k, w, _ in da if k in kinds} & {w for k, w, _ in db if k in kinds}):
            told_a = {_KIND_WORDS.get(k, k): f"{k} {s}" for k, w, s in da if k in kinds and w == word}
            told_b = {_KIND_WORDS.get(k, k): f"{k} {s}" for k, w, s in db if k in kinds and w == word}
            if not told_a.keys() & told_b.keys():  # "the north wing" / "the south wing"; not when both name both
                return min(told_a.values()), min(told_b.values())
    return None


# Words for a side of something ("the northbound carriageway" is the northbound side).
_SIDE_WORDS = {"carriageway": "side", "flank": "side"}
_KIND_WORDS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}  # one side, two words


# Nouns of a place that a name before them tells apart from another of its kind.
_PLACE_KINDS = frozenset(
    ["district", "neighbourhood", "neighborhood", "quarter", "suburb", "street", "avenue", "road", "square", "village"]
    + ["camp", "base", "hospital", "school", "station", "bridge", "airport", "port", "market", "prison", "mine"]
)
_NAMED_PLACE = re.compile(r"\b([A-Z][\w'’-]+)\s+(" + "|".join(sorted(_PLACE_KINDS)) + r")\b")


def _places_named_apart(a: Statement, b: Statement) -> _Finding | None:
    found = _named_apart(claim_text(a), claim_text(b))
    return None if found is None else _Finding(Verdict.RELATED, None, f"other places: '{found[0]}' vs '{found[1]}'", ())


def _named_apart(a: str, b: str) -> tuple[str, str] | None:
    """One kind of place named two ways, neither statement naming the other's ("an apartment
    building in the Northgate district" vs "an apartment block in the Riverside district"):
    two places, however alike the rest of the words."""

    def named(text: str) -> set[tuple[str, str]]:  # (kind, name); "Bajhang's district" is "Bajhang district"
        found = ((m.group(2), re.sub(r"['’]s$", "", m.group(1))) for m in _NAMED_PLACE.finditer(text))
        return {(kind, name) for kind, name in found if name.lower() not in STOPWORDS}

    named_a, named_b = named(a), named(b)
    for kind, x in sorted(named_a):
        others = [y for k, y in named_b if k == kind and y != x]
        if others and (kind, x) not in named_b and not any((kind, y) in named_a for y in others):
            return f"{x} {kind}", f"{others[0]} {kind}"
    return None


def _tally_clash(a: Statement, fa: Facts, b: Statement, fb: Facts) -> list[_Finding]:
    """One vote told unanimous in one statement and with votes against in the other ("the
    board voted unanimously for the increase" vs "two of the seven board members voted against
    the increase"): about one vote when the two share what voted or what was voted on, and no
    slot (a day, a figure) or another one of the kind parts them."""
    ta, tb = tally(claim_text(a)), tally(claim_text(b))
    if ta is None or tb is None or ta.unanimous == tb.unanimous or not _shares_content(fa, fb):
        return []
    if _slot_that_differs(a, fa, b, fb) is not None or _another_one(a, b):
        return []
    reason = f"how the vote went: '{ta.words}' vs '{tb.words}'"
    return [
        _Finding(
            Verdict.CONTRADICT,
            "quantity",
            reason,
            _word_evidence(a, ta.words) + _word_evidence(b, tb.words),
            CONFIDENCE["polarity"],
        )
    ]


def _another_one(a: Statement, b: Statement) -> bool:
    """A clause of either tells of another thing of its kind ("the separate broadcasting bill",
    "another raid", "a smaller project")."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    return any(p.other_event for c in (ca, cb) if c is not None for p in c.propositions)


# Words telling a state as it is now or became later: the state before it may have been another.
_STATE_SINCE = re.compile(r"\b(?:now|since|later|no longer|improved|worsened|deteriorated|taken to hospital)\b", re.IGNORECASE)


def _one_deed_told(a: Statement, b: Statement) -> bool:
    """The two statements tell one deed: a word each affirms that is no thing it names (a verb)
    is in both ("the fire destroyed the whole mill" / "the mill was partly destroyed")."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return False
    verbs_a, verbs_b = (c.asserted - c.nouns - c.common for c in (ca, cb))  # what it affirms, but its things
    return bool(verbs_a & verbs_b)


# The words of a part of a thing, which a parse makes the subject or object in its place.
_PART_WORDS = frozenset(["part", "parts", "third", "thirds", "quarter", "quarters", "fifth", "half", "most", "some", "all"])


def _opposed_predicates(a: Statement, b: Statement) -> tuple[str, str] | None:
    """Words of one family of opposites telling one side in one statement and the other side
    in the other ("attended" vs "stayed away"; "ratified" vs "voted down"; see `opposites`)."""
    found = opposed(claim_text(a), claim_text(b))
    return None if found is None else (found[0].word, found[1].word)


def _opposed_cues(a: Statement, fa: Facts, b: Statement, fb: Facts) -> tuple[str, str] | None:
    """The first cue of each of two opposed stances ("warned" vs "thanked"): words restated
    around them do not make one claim (an offer on a condition is no stance: `opposed_stances`)."""
    if not opposed_stances(a, fa, b, fb):
        return None
    return fa.framing[0][1].text, fb.framing[0][1].text


def _opposed_lemmas(a: Statement, b: Statement) -> tuple[str, str] | None:
    """A verb of one direction or stance in one statement and of the opposite one in the other,
    neither having both ("will cut deliveries" vs "will raise its deliveries"; "defended the
    police response" vs "criticised the policing"): read from the parse's lemmas, any tense."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return None
    told_a, told_b = (c.asserted | (_AGAINST_WORDS if _AGAINST.search(claim_text(s)) else set()) for c, s in ((ca, a), (cb, b)))
    for one, other in _OPPOSED_LEMMAS:
        for x, y in ((one, other), (other, one)):
            in_a, in_b = told_a & x, told_b & y
            if in_a and in_b and not told_a & y and not told_b & x:
                return min(in_a), min(in_b)
    return None


# Being against a thing told with "against" after a verb of taking a side ("voted against the
# bill", "came out against the ban"): opposition, as "opposed" tells it.
_AGAINST = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|c(?:a|o)me(?:s)? out|coming out|campaign(?:s|ed|ing)?|spoke|speak(?:s|ing)?|argu(?:e|es|ed|ing)|"
    r"ruled?|rules|ruling|side[sd]?|siding)\s+against\b",
    re.IGNORECASE,
)
_AGAINST_WORDS = {"against"}


# Verbs that move a thing up against those that move it down; verbs of being for a thing against
# those of being against it. Words with other common senses ("gain", "lose", "ease") are left out.
_OPPOSED_LEMMAS = (
    (RAISE_VERBS - {"gain", "extend", "jump", "rally"}, LOWER_VERBS - {"lose", "ease", "slide", "slip", "sink"}),
    (SUPPORT_VERBS - {"sign", "use"}, OPPOSE_VERBS | _AGAINST_WORDS),
)


_NEGATORS = frozenset(["not", "never", "no"])
_CONTRACTED = {"won't": "will", "can't": "can", "shan't": "shall"}


def _negation_added(x: list[str], y: list[str]) -> str | None:
    """The negation one side adds to an otherwise identical sentence: 'not' or 'never' put in
    ("was not to blame" vs "was to blame"), or a verb contracted with it ("wasn't" vs "was")."""
    if not x or not y:
        added = x or y
        return " ".join(added) if all(w.lower() in _NEGATORS for w in added) else None
    if len(x) == len(y) == 1:
        for neg, plain in ((x[0], y[0]), (y[0], x[0])):
            low = neg.lower().replace("’", "'")
            if low.endswith("n't") and _CONTRACTED.get(low, low[:-3]) == plain.lower():
                return neg
    return None


def _whole_number(tokens: Sequence[str], i: int) -> str:
    """The number token `i` is a piece of, as written: "2,000" from "2" "," "000"."""

    def joined(sep: str, after: str) -> bool:  # "2,000" or "3.5", not "gates 4, 5 and 6"
        return after.isdigit() and (sep == "." or sep == "," and len(after) == 3)

    lo = hi = i
    while lo >= 2 and tokens[lo - 2].isdigit() and joined(tokens[lo - 1], tokens[lo]):
        lo -= 2
    while hi + 2 < len(tokens) and joined(tokens[hi + 1], tokens[hi + 2]):
        hi += 2
    return "".join(tokens[lo : hi + 1])


def _number(word: str) -> float | None:
    """A token that is a number: digits ('1,200', '3.5') or a small number word ('two')."""
    digits = word.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    n = NUMBER_WORDS.get(word.lower())
    return float(n) if n is not None else None


def _one_state(x: str, y: str) -> bool:
    """Two names of one state: a country and its capital standing for it ("Stockholm expelled
    two diplomats" and "Sweden expelled ..."); not a demonym ("British", "Japanese police")."""
    named = all(w[:1].isupper() and (w.lower() in CAPITALS or COUNTRY_KEYS.get(w.lower()) == w.lower()) for w in (x, y))
    return named and side_of_word(x) == side_of_word(y)


# A refusal in either word ("declined to sign" ~ "refused to sign"); "declined" alone may be a fall.
_REFUSING = re.compile(r"(?:refus|declin)(?:e|es|ed|ing)$", re.IGNORECASE)


def _one_deed_in_two_words(a: Statement, b: Statement, x: str, y: str) -> str | None:
    """The deed two verbs of one sentence restated both tell ("the summit ended" and "the
    summit concluded": end), as the clauses they head read it."""
    if all(re.search(rf"\b{re.escape(w)}\s+to\b", st.text) and _REFUSING.match(w) for w, st in ((x, a), (y, b))):
        return "refuse"  # "declined to sign" and "refused to sign"
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return None
    verbs_x = {p.verb for p in ca.propositions if p.written == x}
    verbs_y = {p.verb for p in cb.propositions if p.written == y}
    return min(verbs_x & verbs_y, default=None)


def _names(st: Statement, word: str, *, first: bool, known: frozenset[str] = frozenset()) -> bool:
    """Whether `word` is a proper name in the statement: by the parser when there is one, else
    by its capital letter anywhere but at the start of the sentence; and a word the reports
    write with a capital inside a sentence (`known`) is a name wherever it stands."""
    if not word[:1].isupper() or word.lower() in STOPWORDS or word.lower() in MONTH_NAMES or word.lower() in WEEKDAY_NAMES:
        return False
    if word in known:
        return True
    claims = claims_of_statement(st)
    return word in claims.names if claims is not None else not first


def _months_apart(a: Statement, b: Statement) -> bool:
    """Both name months, none in common ("postponed in May" / "went ahead in July")."""
    ma, mb = ({w.lower() for w in _TOKEN.findall(claim_text(s)) if w[:1].isupper()} & _MONTHS for s in (a, b))
    return bool(ma and mb and not ma & mb)


_MONTHS = frozenset(calendar.month_name[i].lower() for i in range(1, 13))  # written whole and capitalised: not "may"


def _one_length_told(x: str, y: str) -> bool:
    """Two statements on how long one strike, truce or closure lasts that tell it at one time
    (the same weekdays, months, years and spans such as "last month", or none), of the whole of
    one thing ("the library" / "the library's west wing": two), and as a fact or a plan, not a
    threat or a call ("the union threatened a 48-hour strike")."""
    times_x, times_y = (frozenset(m.group(0).lower() for m in _TIMES_TOLD.finditer(t)) for t in (x, y))
    parts_x, parts_y = (frozenset(w.lower() for w in _TOKEN.findall(t)) & _PARTS_OF_A_PLACE for t in (x, y))
    return times_x == times_y and parts_x == parts_y and not _CALLED_FOR.search(x) and not _CALLED_FOR.search(y)


_TIMES_TOLD = re.compile(
    r"\b(?:(?:last|next|this|previous) (?:week|month|year|spring|summer|autumn|winter|season)|(?:1[89]|20)\d\d|"
    r"(?-i:" + MONTH_PATTERN + r")|[A-Z][a-z]+day|yesterday|today|tonight)\b"
)
_PARTS_OF_A_PLACE = frozenset(["wing", "floor", "section", "block", "unit", "terminal", "hall", "building", "annex"])
_CALLED_FOR = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?|call(?:ed|s|ing)? for|demand(?:ed|s|ing)?|propos(?:ed|es|ing)|vot(?:ed|es|ing) for|"
    r"urg(?:ed|es|ing)|consider(?:ed|s|ing)?|mull(?:ed|s|ing)?)\b",
    re.IGNORECASE,
)


def _lasted(a: Statement, b: Statement) -> bool:
    """One tells how long a state lasted ("were trapped for two days"): a state that ended,
    which the other's opposite deed may have ended ("escaped on the third day")."""
    return any(_LASTED.search(claim_text(s)) for s in (a, b))


_LASTED = re.compile(
    r"\bfor (?:(?:about|nearly|almost|more than|over|some) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many) "
    r"(?:hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def _each_names_its_own(x: str, y: str) -> bool:
    """Each statement names something the other does not ("Mount Kessel" / "Mount Orr",
    "Kessel last erupted" / "Orr last erupted"), by its capitalised words that are no stop
    words ("The", "In") nor months (what is compared)."""
    cx, cy = ({w for w in re.findall(r"\b[A-Z][\w-]*", t) if w.lower() not in STOPWORDS | _MONTHS} for t in (x, y))
    return bool(cx - cy) and bool(cy - cx)


def _latest_clash(a: Statement, b: Statement) -> list[_Finding]:
    """The latest of one thing told in two years ("was last inspected in 2019" / "passed its
    most recent inspection in 2021"): one occasion cannot have been in both. Not of things
    named apart ("Mount Kessel last erupted in 1990" / "Mount Orr last erupted in 1985")."""
    found = latest_apart(claim_text(a), claim_text(b))
    if found is None or _each_names_its_own(claim_text(a), claim_text(b)):
        return []
    x, y = found
    reason = f"the latest '{x.what}' / '{y.what}': in {x.when} vs in {y.when}"
    ev = _word_evidence(a, x.when) + _word_evidence(b, y.when)
    return [_Finding(Verdict.CONTRADICT, "date", reason, ev, CONFIDENCE["figure"])]


def _latest_apart(a: Statement, b: Statement) -> _Finding | None:
    """The latest of things of one name told at two times ("the first rate cut since 2019" /
    "the bank last cut rates in 2021"): not one claim, even where `_latest_clash` cannot tell
    one thing. For agreement only."""
    found = latest_told_apart(claim_text(a), claim_text(b))
    if found is None:
        return None
    x, y = found
    reason = f"the latest '{x.what}' / '{y.what}' told at other times: {x.when} vs {y.when}"
    return _Finding(Verdict.RELATED, None, reason, _word_evidence(a, x.when) + _word_evidence(b, y.when))


def _conduct_clash(a: Statement, fa: Facts, b: Statement, fb: Facts) -> list[_Finding]:
    """One gathering told as peaceful in one and violent in the other ("the rally remained
    peaceful" vs "the rally turned violent when protesters smashed shop windows"), unless the
    two name other places, days or figures, or another one ("a separate march")."""
    x, y = conduct_of(claim_text(a)), conduct_of(claim_text(b))
    if x is None or y is None or x.peaceful == y.peaceful:
        return []
    if _slot_that_differs(a, fa, b, fb) is not None or _other_places(a, b) is not None or _another_one(a, b):
        return []
    days_a, days_b = _weekdays_named(a.text), _weekdays_named(b.text)
    if days_a and days_b and not days_a & days_b:
        return []  # "the march on Saturday" and "clashed with police on Sunday": two days
    reason = f"how the gathering went: '{x.word}' vs '{y.word}'"
    return [
        _Finding(
            Verdict.CONTRADICT, "negation", reason, _word_evidence(a, x.word) + _word_evidence(b, y.word), CONFIDENCE["polarity"]
        )
    ]


def _order_clash(a: Statement, b: Statement, order: tuple[str, str]) -> _Finding:
    """Two statements taken for one claim, one set before one thing and the other after it:
    a clash of dates when both assert one deed ("police arrested 14 people after the match" /
    "detained 14 people before the match"); else two statements about two times ("shops
    closed before the storm" / "reopened after the storm"; "evacuated 300 residents before
    the storm hit" / "after the storm, 300 residents were without power")."""
    shown = f"'{order[0]}' vs '{order[1]}'"
    if _one_deed_word(a, b):  # not a frame or a figure alone: "after the attack" is a frame of its own
        ev = _evidence_of(a, order[0]) + _evidence_of(b, order[1])
        reason = f"one deed, told at two sides of one thing: {shown}"
        return _Finding(Verdict.CONTRADICT, "date", reason, ev, CONFIDENCE["same-date"])
    return _Finding(Verdict.RELATED, None, f"told at two sides of one thing ({shown}): two times, not one claim", ())


def _one_deed_word(a: Statement, b: Statement) -> bool:
    """Both assert a deed by one word: a verb or adjective lemma the parse reads as a claim on
    both sides ("the minister resigned" ~ "the minister resigned"; not "closed" ~ "reopened")."""
    pair = _claims_pair(a, b)
    if pair is None:
        return False
    x, y = ({one_deed(w) for w in c.asserted - c.nouns} for c in pair)
    return bool(x & y)


def _word_evidence(st: Statement, word: str) -> tuple[Evidence, ...]:
    """Where a word (any case, whole) is in a statement."""
    m = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", st.text, re.IGNORECASE)
    return (Evidence(st.id, m.start(), m.end(), m.group()),) if m else ()


def _evidence_of(st: Statement, word: str) -> tuple[Evidence, ...]:
    k = st.text.find(word)
    return (Evidence(st.id, k, k + len(word), word),) if k >= 0 else ()


def _polarity(a: Statement, fa: Facts, b: Statement, fb: Facts, *, parsed: bool = False) -> list[_Finding]:
    """One side denies (the focus of its negation) what the other affirms. With the parser
    (`parsed`), one of the words in common must be what the parse negates in one and a claim
    of its own in the other."""
    out = []
    for neg_s, neg_f, aff_s, aff_f in ((a, fa, b, fb), (b, fb, a, fa)):
        if not _negated(neg_f):
            continue  # "rejected reports that aid had not arrived" denies nothing the other affirms
        affirmed = set(aff_f.tokens) - (set(aff_f.negated_tokens) if _negated(aff_f) else set())
        denied = [
            t
            for t in dict.fromkeys(neg_f.negated_tokens)
            if t in affirmed and t not in WEAK_DENIAL_WORDS and not t.startswith(_ENTITY)
        ]
        # one shared word is enough only when it is what the negation is about ("nobody was
        # arrested" vs "police arrested dozens"), not a word beside it ("released a statement")
        if not denied or (len(denied) < 2 and denied[0] not in _heads(neg_f)):
            continue
        if parsed and not any(_parse_denies(neg_s, aff_s, t) for t in denied):
            continue
        if parsed and len(denied) < 2 and _other_participants(neg_s, neg_f, aff_s, aff_f, denied[0]):
            continue  # "the embassy has not been closed" vs "the consulate was closed"
        if parsed and _other_parts_acted_on(neg_s, aff_s, denied):
            continue  # "did not attend the closing dinner of the summit" vs "attended its morning session"
        if parsed and len(denied) < 2 and _counted_none(neg_s, denied[0]):
            continue  # "they saw no officers injured": a toll of none, which the counts compare
        if parsed and len(denied) < 2 and _not_done_to(neg_s, aff_s, denied[0]):
            continue  # "denied that observers had been detained" vs "observers watched the trial"
        if parsed and _warnings_read(neg_s, aff_s, denied):
            continue  # the parse read both warnings, and `warning_clash` tells whether they meet
        if parsed and _conditions_apart(neg_s, aff_s) is not None:
            continue  # "will not join the strike unless talks fail" vs "will join the strike"
        if parsed and _habit_and_one_time(aff_s, neg_s, denied):
            continue  # "the council usually meets on Mondays" vs "did not meet on Monday"
        if parsed and _other_partners(neg_s, aff_s, denied):
            continue  # "signed with the Hawks" vs "did not sign with the Owls"
        if parsed and _other_doers(neg_s, aff_s, denied):
            continue  # "soldiers opened fire on the crowd" vs "police did not fire on the crowd"
        if parsed and _kinds_told_apart(claim_text(neg_s), claim_text(aff_s)) is not None:
            continue  # "no siren sounded in the south of the town" vs "sirens sounded in the north of it"
        if _idiom_on_one_side(neg_s.text, aff_s.text, denied):
            continue  # "the gates did not open" vs "guards opened fire at the gates"
        cue = neg_f.negations[0] if neg_f.negations else None
        if not parsed and len(denied) < 2 and all(n.text.lower() == "without" for n in neg_f.negations):
            continue  # "places without military value": a thing lacked, not a claim denied (the parse tells which)
        kind = _polarity_kind(neg_f, aff_f)
        who_n, who_a = _who(neg_f), _who(aff_f)
        words = ", ".join(surface_words(neg_s.text, denied)) or ", ".join(denied)
        reason = f"{who_n} denies what {who_a} affirms ({words}): '{cue.text if cue else 'not'}' in {neg_s.id}"
        ev = (_ev(neg_s, cue),) if cue else ()
        out.append(_Finding(Verdict.CONTRADICT, kind, reason, ev, CONFIDENCE["polarity"]))
        break
    return out


# Verbs whose meaning an object after them changes ("opened fire" opens nothing, "took place"
# takes nothing): the verb's forms, the objects, and the words it is denied by.
_IDIOMS = (
    (r"open(?:s|ed|ing)?", r"fire", ("open",)),
    (r"(?:take|takes|took|taken|taking)", r"place", ("take", "took")),
    (r"(?:take|takes|took|taken|taking)", r"part", ("take", "took")),
    (r"(?:give|gives|gave|given|giving)", r"way", ("give", "gave")),
    (r"(?:make|makes|made|making)", r"sure", ("make", "made")),
    (r"(?:hold|holds|held|holding)", r"fire", ("hold", "held")),
)


def _idiom_on_one_side(x: str, y: str, denied: list[str]) -> bool:
    """A word in common is the verb of an idiom in one statement only ("opened fire" / "did
    not open"): not one deed."""
    for forms, objects, words in _IDIOMS:
        if not any(w.startswith(words) for w in denied):
            continue
        idiom = re.compile(rf"\b{forms}\s+(?:(?:its|their|his|her|our)\s+)?(?:{objects})\b", re.IGNORECASE)
        if bool(idiom.search(x)) != bool(idiom.search(y)):
            return True
    return False


def _parse_denies(neg: Statement, aff: Statement, token: str) -> bool:
    """The parse agrees that `token` is what one statement's negation is about and that the
    other asserts it as a claim of its own ("nobody was arrested" ~ "police arrested dozens";
    not "found no violations" ~ "received complaints of violations"). True without a parse."""
    cn, ca = claims_of_statement(neg), claims_of_statement(aff)
    if cn is None or ca is None:
        return True

    def words(lemmas: frozenset[str]) -> set[str]:
        return {w for lemma in lemmas for w in content_words(lemma)}

    return token in words(cn.denied) and token in words(ca.asserted)


_WARNING_STEMS = frozenset(["warn", "alert", "notic"])


def _warnings_read(neg: Statement, aff: Statement, denied: list[str]) -> bool:
    """What the negation denies is a warning, and the parse reads a warning on both sides
    ("residents of the southern district received no warning" vs "the army warned residents
    of the northern district"): whether they meet is for the warnings to say."""
    if not _WARNING_STEMS & set(denied):
        return False
    cn, ca = claims_of_statement(neg), claims_of_statement(aff)
    return cn is not None and ca is not None and all(any(p.verb == "warn" for p in c.propositions) for c in (cn, ca))


def _counted_none(neg: Statement, token: str) -> bool:
    """The parse reads the negation about `token` as a count of none of it ("no officers
    injured", "nobody was detained"): whether that clashes with the other statement is for the
    counts to say, by category ("no officers injured" denies nothing "officers gave campers a
    final warning" affirms)."""
    claims = claims_of_statement(neg)
    return claims is not None and any(c.value == 0 and token in content_words(c.noun) for c in claims.counts if c.noun)


def _not_done_to(neg: Statement, aff: Statement, token: str) -> bool:
    """The one word in common is what a denied or negated deed was done to on one side, and
    on the other side nothing is done to it and it is no deed: there it does something, or
    only stands by ("denied that observers had been detained" vs "two observers were among
    those who watched the trial"; "no soldiers were hurt" vs "soldiers handed out leaflets")."""
    cn, ca = claims_of_statement(neg), claims_of_statement(aff)
    if cn is None or ca is None:
        return False

    def has(lemmas: frozenset[str]) -> bool:
        return any(token in content_words(w) for w in lemmas)

    if not any(p.polarity in ("not", "denied") and has(p.core) and not has(p.doer) for p in cn.propositions):
        return False
    if not (ca.propositions or ca.culprits):
        return False  # nothing parsed on the other side: the cue decides
    # done to it, or the deed itself ("suffered no damage" vs "was badly damaged")
    return not any(p.polarity != "not" and (has(p.core) or has(p.things) or has(frozenset([p.verb]))) for p in ca.propositions)


def _other_participants(neg: Statement, fn: Facts, aff: Statement, fa: Facts, token: str) -> bool:
    """The verb is all the two statements have in common, and the parse names other things it
    is done to or by on each side ("the embassy has not been closed" vs "the consulate in the
    north was closed"): the negation denies nothing the other statement affirms. False when
    either side names none ("nobody was arrested" vs "police arrested dozens"), or when they
    share another word: one doer and a thing named two ways is one claim ("the president has
    not signed the bill" vs "the president signed the legislation")."""
    if set(fn.tokens) & set(fa.tokens) - {token}:
        return False
    cn, ca = claims_of_statement(neg), claims_of_statement(aff)
    if cn is None or ca is None:
        return False
    pn = [p for p in cn.propositions if p.polarity == "not" and token in content_words(p.verb)]
    pa = [p for p in ca.propositions if p.polarity == "+" and token in content_words(p.verb)]
    return bool(pn and pa) and all(
        p.core and q.core and not p.core & q.core and not any(same_kind(x, y) for x in p.core for y in q.core)
        for p in pn
        for q in pa
    )


def _other_parts_acted_on(neg: Statement, aff: Statement, denied: Sequence[str]) -> bool:
    """The negated deed and the deed affirmed are done to two parts of one thing, as the parse
    reads each deed's objects (`parts_apart`: "did not attend the closing dinner of the summit"
    vs "attended the morning session of the summit"), or told of two places in a series or two
    parts told apart by where they lie ("did not score in the first half" vs "scored in the
    second half"): the negation denies nothing the other affirms."""
    cn, ca = claims_of_statement(neg), claims_of_statement(aff)
    if cn is None or ca is None:
        return False
    words = set(denied)
    pn = [p for p in cn.propositions if p.polarity == "not" and words.intersection(content_words(p.verb))]
    pa = [p for p in ca.propositions if p.polarity == "+" and words.intersection(content_words(p.verb))]
    return bool(pn and pa) and all(parts_apart(p, q) or orders_apart(p.order, q.order) for p in pn for q in pa)


# A body named by a common noun ("the company", "the ministry"): a denial's subject that only
# points back at a body named before, not what the denial is about.
_BODY_STEMS = frozenset(stem(w) for w in ACTOR_NOUNS - {"official", "mayor", "minister"})


def _heads(f: Facts) -> set[str]:
    """What each negation is about: its head word, or, when that is a light verb ("did not use
    tear gas", "did not make a statement"), the word of its focus after it; after a body named
    by a common noun ("the company"), that word too."""
    out: set[str] = set()
    focus = list(f.negated_tokens)
    for head in f.negation_heads:
        after = focus[focus.index(head) + 1 :] if head in focus else []
        if head not in WEAK_DENIAL_WORDS:
            out.add(head)
            if head not in _BODY_STEMS:  # "denied that the company was in talks": the talks too
                continue
        out.update(t for t in after[:1] if t not in WEAK_DENIAL_WORDS)
    return out


def _negation_in_dispute(fa: Facts, fb: Facts) -> bool:
    """One statement is negated and the other is not, and the negation is about something the
    other statement says: "has not left the capital since May, but met the envoy on Monday"
    can still agree with "met the envoy on Monday", since the other says nothing of leaving."""
    negated_a, negated_b = _negated(fa), _negated(fb)
    if negated_a == negated_b:
        return False
    neg, other = (fa, fb) if negated_a else (fb, fa)
    focus = set(neg.negated_tokens) | set(neg.negation_heads)
    return not focus or bool(focus & set(other.tokens))


def _denial_against_claim(a: Statement, fa: Facts, b: Statement, fb: Facts) -> bool:
    """One statement reports a denial and the other states a claim with no negation at all:
    the denial may be of that claim, so the two are never one claim ("the warden denied that
    officers fired tear gas" vs "guards used tear gas"). A denial told as a negation ("said it
    was not involved") may restate the denial."""
    da, db = reports_denial(a), reports_denial(b)
    return da != db and not (fb.negations if da else fa.negations)


# Exclusions another report may tell in words no reading here knows ("cleared of charges" ~
# "acquitted"; "undamaged" ~ "survived without a scratch"): they block no agreement.
_SAID_ALIKE = frozenset(["cleared", "sound"])


def _ruled_out_and_named(a: Statement, b: Statement) -> str | None:
    """What one statement rules out ("traders, not soldiers, were killed", "the dam held") and
    the other names without ruling it out: never one claim, whatever else the two share."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return None
    for x, y, other in ((ca, cb, b), (cb, ca, a)):
        ruled_y = {e.head for e in y.exclusions}
        for e in (e for e in x.exclusions if e.how not in _SAID_ALIKE):
            if e.how == "no role" and reports_denial(other):
                continue  # "Kelvan had nothing to do with the fire" / "Kelvan denied any role": one denial
            if e.head in y.nouns and e.head not in ruled_y:
                return f"'{e.shown}'"
    return None


def reports_denial(st: Statement) -> bool:
    """The statement reports a denial ("the police chief denied that officers fired live
    rounds", "Black Lantern denied any involvement"), not a denial it rejects."""
    claims = claims_of_statement(st)
    if claims is None:
        return False
    return any(
        f.speech == "deny" and f.asserted and not f.negated and (f.predicate == "deny" or f.target in CLAIM_NOUNS)
        for f in claims.frames
    )  # "dismissed reports that", "rejected the accusation"; not "dismissed the harbour master"


_DENIAL_CUES = tuple(sorted(w[:-1] if w.endswith(("e", "y")) else w for w in DENY))  # "den-ied", "refut-es"


def _denied_claim(a: Statement, fa: Facts, b: Statement, fb: Facts, denied: DeniedClaim) -> list[_Finding]:
    """One statement denies what the other states (found by meaning, `match/denied.py`): a
    contradiction when the other states it with the polarity the denial denies ("rejected
    reports that aid had not arrived" against "no aid arrived", not against "aid arrived"),
    read from what the other's negations are about."""
    denier, other, f_other = (a, b, fb) if denied.denier == a.id else (b, a, fa)
    if _said_by(f_other, denied.by):
        return []  # what the denier says instead ("Delmont said it had cut overtime")
    claims = claims_of_statement(other)
    # negative about what the denial is about: "the curve was flagged … a limit that was never
    # imposed" does not say no warning was given
    said_not = bool(claims.denied & denied.words) if claims is not None else _negated(f_other)
    if said_not != denied.negated:
        return []
    reason = f"one report denies what the other states: '{denied.span}' (closeness {denied.closeness:.2f})"
    evidence = _evidence_of(denier, denied.span) + (Evidence(other.id, 0, len(other.text), other.text),)
    return [_Finding(Verdict.CONTRADICT, "negation", reason, evidence, CONFIDENCE["polarity"])]


def _said_by(f: Facts, who: str) -> bool:
    """The statement is attributed to `who` ("police" in "Police said …" for "Police denied …")."""
    speaker = set(re.findall(r"[\w'-]+", f.attribution.lower()))
    return f.attribution != "author" and bool(speaker) and speaker <= set(re.findall(r"[\w'-]+", who.lower()))


def _negated(f: Facts) -> bool:
    """A negation cue, unless it is a denial of a negated clause ("rejected reports that aid had
    not reached the valley" affirms that it did)."""
    words = [n.text.lower() for n in f.negations]
    denials = [w for w in words if w.startswith(_DENIAL_CUES)]
    return bool(words) and not (len(words) == 2 and len(denials) == 1)


def _polarity_kind(neg: Facts, aff: Facts) -> str:
    """'assessment' when an author's estimate meets an attributed statement, else 'negation'."""
    for x, y in ((neg, aff), (aff, neg)):
        if x.attribution == "author" and x.certainty is not Certainty.ASSERTED and y.attribution != "author":
            return "assessment"
    return "negation"


def _who(f: Facts) -> str:
    if f.attribution != "author":
        return f.attribution
    if f.certainty is not Certainty.ASSERTED:
        return f"the author ('{f.certainty_cue}')"
    return "the author"


def stance_of(facts: Facts) -> str | None:
    """The one frame all of a statement's evaluative cues belong to (praise and reassurance
    are one stance, disapproval and threat another: FRAME_STANCES); None for none or a mix."""
    stances = {FRAME_STANCES.get(label, label) for label, _ in facts.framing}
    return next(iter(stances)) if len(stances) == 1 else None


def opposed_stances(a: Statement, fa: Facts, b: Statement, fb: Facts) -> bool:
    """Each statement takes one clear stance, the two are opposites (escalation vs routine,
    threat vs reassurance…), and neither is an offer or a threat on a condition."""
    stance, other = stance_of(fa), stance_of(fb)
    if stance is None or other is None or OPPOSED_FRAMES[stance] != other:
        return False
    return not (CONDITIONAL.search(claim_text(a)) or CONDITIONAL.search(claim_text(b)))


_NEAR_CUE = 5  # words either side of an evaluative cue that may name what it evaluates
_WORD_RX = re.compile(r"[A-Za-z][A-Za-z'-]*")  # letters only, unlike text.WORD: a figure is no thing judged
# Words that say who evaluates, not what is evaluated: verbs of saying, and people named by
# what they are ("officials praised …", "residents were warned …").
_TELLING = frozenset(
    stem(w)
    for w in (
        *("say", "said", "says", "describe", "described", "call", "called", "told", "tell"),
        *("official", "officials", "resident", "residents", "people", "police", "officer", "officers", "authorities"),
        *("minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "government", "critics", "expert", "experts"),
    )
)


def evaluated_words(statement: Statement, facts: Facts) -> frozenset[str]:
    """Stems of the common words near a statement's evaluative cues: what it evaluates ("a
    chaotic and poorly coordinated evacuation": evacuation). Names are left out (a stance on
    one thing by the same person is not a stance on the same thing)."""
    text = claim_text(statement)
    words = list(_WORD_RX.finditer(text))
    at_cue = [k for k, m in enumerate(words) if any(m.start() <= sp.start < m.end() for _, sp in facts.framing)]
    named = [(e.span.start, e.span.end) for e in facts.entities]
    near = {
        stem(fold(m.group(0).lower()))
        for k, m in enumerate(words)
        if any(abs(k - c) <= _NEAR_CUE for c in at_cue)
        and m.group(0).lower() not in STOPWORDS
        and not (k > 0 and m.group(0)[:1].isupper())
        and not any(start <= m.start() < end for start, end in named)
    }
    return frozenset(near - _TELLING - {stem(fold(sp.text.lower())) for _, sp in facts.framing})


# Stances on conduct (with approval and disapproval, FRAME_STANCES): the words of the other
# frames also tell plain facts ("extended the exercise", "fishing legally").
_CONDUCT_STANCES = frozenset(["reassurance", "threat"])


def one_conduct_judged_two_ways(a: Statement, fa: Facts, b: Statement, fb: Facts) -> bool:
    """Praise or reassurance in one, criticism or threat in the other, of a thing both name
    near their cues ("a chaotic evacuation" and "an evacuation she called textbook"): a stance
    on the same conduct, however few other words the two share."""
    if stance_of(fa) not in _CONDUCT_STANCES or not opposed_stances(a, fa, b, fb):
        return False
    return bool(evaluated_words(a, fa) & evaluated_words(b, fb))


def _framing(a: Statement, fa: Facts, b: Statement, fb: Facts) -> list[_Finding]:
    """Opposed evaluations: each statement's cues all belong to one stance, and the two are
    opposites (escalation vs routine, threat vs reassurance…). A statement that mixes frames
    has no clear stance and is not flagged."""
    if not opposed_stances(a, fa, b, fb) or _described_apart(claim_text(a), claim_text(b)):
        return []  # "won the first leg" / "lost the second leg": two things judged
    stance, other_stance = stance_of(fa), stance_of(fb)
    label, span_a = next((lab, s) for lab, s in fa.framing if FRAME_STANCES.get(lab, lab) == stance)
    other, span_b = next((lab, s) for lab, s in fb.framing if FRAME_STANCES.get(lab, lab) == other_stance)
    if _contest_words_only(span_a.text, span_b.text) and _results_told(a, b):
        return []  # "lost the mayoral race" / "her party won a majority": who won what is the result rule's
    reason = f"framing: '{span_a.text}' ({label}) vs '{span_b.text}' ({other})"
    return [_Finding(Verdict.CONTRADICT, "framing", reason, (_ev(a, span_a), _ev(b, span_b)), CONFIDENCE["framing"])]


_CONTEST_CUES = frozenset(["won", "win", "wins", "winning", "lost", "lose", "loses", "losing"])


def _contest_words_only(x: str, y: str) -> bool:
    return x.lower() in _CONTEST_CUES and y.lower() in _CONTEST_CUES


def _results_told(a: Statement, b: Statement) -> bool:
    """Either statement reads as a contest won or lost (`claims.results`)."""
    return any(c is not None and c.results for c in (claims_of_statement(a), claims_of_statement(b)))


PARAPHRASE_MIN_SHARED = 2


def _shares_content(fa: Facts, fb: Facts) -> bool:
    """A restatement says some of the same things in its own words: at least two content words
    or names in common. Embeddings alone put "He denied the charges" close to "The court found
    him guilty"; one word ("evacuated") is a topic, not a claim; a sentence borrowed by an
    anaphor is context, not what the statement says. A statement that opens with an anaphor
    ("He was the brother of…") is embedded with the sentence it points back to, so its
    closeness is partly that sentence's: its own words must share one more."""
    anaphor = bool(fa.context_tokens or fb.context_tokens)
    return len(set(fa.tokens) & set(fb.tokens)) >= PARAPHRASE_MIN_SHARED + anaphor


def _shared_words(a: Statement, fa: Facts, fb: Facts) -> str:
    """The words both statements use, as written in the first ("shared: Slavic Brotherhood, exercise")."""
    other = set(fb.tokens) | set(fb.context_tokens)
    shared = [t for t in dict.fromkeys(fa.tokens) if t in other]
    words = surface_words(claim_text(a), shared)
    return "shared: " + ", ".join(words[:8]) if words else "related by meaning (no shared words)"


def surface_words(text: str, tokens: list[str]) -> list[str]:
    """The words of `text` whose normalized token is in `tokens`, in reading order, each once."""
    wanted = set(tokens)
    out: dict[str, None] = {}
    for w, keys in _words_with_keys(text):
        if not keys.isdisjoint(wanted):
            out.setdefault(w.rstrip("’'s") if w.endswith(("’s", "'s")) else w, None)
    return list(out)


@lru_cache(maxsize=4096)
def _words_with_keys(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each word of a statement with the tokens it can stand for (as a name and as a word)."""
    return tuple((m.group(0), frozenset({"@" + name_key(m.group(0)), *content_words(m.group(0))})) for m in WORD.finditer(text))


# Review of a pair's verdict against the rest of the comparison -----------------------------


def same_text_key(text: str) -> str:
    """A statement's text folded for an identity test: case, spacing, quote and dash styles, and
    a list marker before it (a report's key points often restate its sentences as bullets)."""
    return _LIST_MARKER.sub("", " ".join(text.translate(_FOLD).lower().split()))


_LIST_MARKER = re.compile(r"^(?:[-•*·]|\d{1,2}[.)])\s+")


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


SAID_BY_BOTH = "not between the reports"  # how the reason of a contradiction one report states twice opens


def _said_by_both(j: Judgement, context: Context) -> Judgement:
    """A contradiction between two statements is not one between two reports when a report
    states both claims: the other statement appears in it too, word for word (a report
    compared with itself or with an edited copy, wire copy reused by two outlets)."""
    if j.verdict is not Verdict.CONTRADICT:
        return j
    st = context.statements
    for mine, theirs in ((j.a, j.b), (j.b, j.a)):
        twin = context.texts_by_source.get(st[mine].source, {}).get(same_text_key(st[theirs].text))
        if twin is not None and twin != mine:
            reason = f"{SAID_BY_BOTH}: {st[mine].source} says both ({mine} and {twin}, which reads as {theirs})"
            return replace(j, verdict=Verdict.RELATED, kind=None, reasons=(reason,) + j.reasons)
    return j


def _explain_time_frame(j: Judgement, context: Context) -> Judgement:
    """A denial 'as of this writing' in a report published before the other one is not a
    contradiction: the later report may know what had not happened yet. Say so."""
    if j.verdict is not Verdict.CONTRADICT or j.kind not in ("negation", "assessment"):
        return j
    st = context.statements
    early, late = sorted((st[j.a], st[j.b]), key=lambda s: context.published.get(s.source) or date.max)
    d_early, d_late = context.published.get(early.source), context.published.get(late.source)
    m = AS_OF_WRITING.search(early.text)
    if not (m and d_early and d_late and d_early < d_late):
        return j
    reason = (
        f"time frame: {early.source} wrote '{m.group(0)}' on {d_early.isoformat()}, "
        f"{late.source} on {d_late.isoformat()}; the later report may know more"
    )
    return replace(j, verdict=Verdict.RELATED, kind=None, reasons=(reason,) + j.reasons)


def _supersede_quantity(j: Judgement, context: Context) -> Judgement:
    """A number that one statement of the other source confirms is not contradicted by another.

    "$1.5 billion state loan" agrees with "$1.5 billion loan"; the "$10 billion state loan"
    in another statement of that source is then a different loan, not a conflicting figure.
    (In a check the other source's statements are the stored candidates.)
    """
    if j.verdict is not Verdict.CONTRADICT or j.kind != "quantity":
        return j
    confirmed = _confirmed_elsewhere(j, context)
    return replace(j, verdict=Verdict.RELATED, kind=None, reasons=(confirmed,) + j.reasons) if confirmed else j


def _confirmed_elsewhere(j: Judgement, context: Context) -> str:
    """Why every pair of figures in conflict is about two things: one of each pair is confirmed
    by another statement of the other source; "" when a pair is left ("17 miners" vs
    "Eighteen miners" stays in conflict, whatever confirms the depth beside it)."""
    facts = context.facts
    fa, fb = facts[j.a].quantities, facts[j.b].quantities
    apart = [(x, y) for x in fa for y in fb if comparable(x, y) and not overlaps(x, y)]
    reasons = [_confirmation(x, j.a, j.b, context) or _confirmation(y, j.b, j.a, context) for x, y in apart]
    return reasons[0] if reasons and all(reasons) else ""


def _confirmation(q: Quantity, mine: str, theirs: str, context: Context) -> str:
    """The figure `q` of `mine` confirmed by a statement of `theirs`'s source other than the two."""
    for f in context.with_quantity_meeting(context.statements[theirs].source, q):
        if f.statement_id in (theirs, mine):
            continue
        if any(comparable(q, t) and overlaps(q, t) and _near(q, t) for t in f.quantities):
            return f"not compared: '{q.span.text}' is confirmed by {f.statement_id}, so the other figure is about something else"
    return ""


def _near(a: Quantity, b: Quantity) -> bool:
    """Figures that can confirm each other: an open bound ("at least five") meets "about 300"
    soldiers, which do not confirm it; within 1.5x of each other they do."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi <= 1.5 * lo


_CLAIMS: dict[str, Claims | None] = {}  # by statement text; the parse is the costly part
_CLAIMS_HELD = 20_000


def claims_of_statement(st: Statement) -> Claims | None:
    """The claim frames of a statement (without its inline citations); None without a parser.
    A statement that opens with a pronoun is read with it resolved as well (`referents`)."""
    key = _parse_key(st)
    if key not in _CLAIMS:
        read_claims([st])
    return _CLAIMS[key]


def _parse_key(st: Statement) -> str:
    """What is parsed for a statement, and its claims held by: its text, or its text and the
    sentence before it (`referents.parse_key`)."""
    return parse_key(claim_text(st), st.context)


_PENDING: list[threading.Thread] = []


@dataclass
class _Background:
    """A long comparison's parse under way in worker processes: the texts queued, the
    statements asked for (see `_remember`), and what waits for their claims."""

    pool: ParsePool
    texts: list[str]
    statements: list[Statement]
    claims: Callable[[], list[Claims]]


_BACKGROUND: list[_Background] = []


def read_claims_soon(statements: Sequence[Statement]) -> None:
    """Start parsing the statements in the background (importing spaCy takes about a second):
    the comparison extracts facts and embeds statements meanwhile, and `read_claims` waits for
    it. Past `PROCESSES_FROM` texts, or when the command started a parse worker at once
    (`warm_parser`), in a worker process (`ParsePool`), which `read_claims` then also gives
    the rest of the parse; else in a thread (NumPy releases the interpreter lock)."""
    _finish_background()
    texts = _unparsed(statements)
    warm = take_warm_pool()
    if warm is not None or len(texts) > PROCESSES_FROM:
        pool = warm or ParsePool()
        _BACKGROUND.append(_Background(pool, texts, list(statements), pool.parse(texts)))
        return
    thread = threading.Thread(target=_read_claims_now, args=(list(statements),), daemon=True)
    _PENDING.append(thread)
    thread.start()


def read_claims(statements: Sequence[Statement]) -> None:
    """Parse the statements not parsed yet, in one batch (after any parse started earlier)."""
    while _PENDING:
        _PENDING.pop().join()
    warm = None if _BACKGROUND else take_warm_pool()
    if warm is not None:  # `check`: nothing parsed in the background, a worker ready
        _BACKGROUND.append(_Background(warm, [], [], warm.parse([])))
    if _BACKGROUND:
        _finish_background(statements)
        return
    _read_claims_now(statements, workers=cores())  # the comparison waits: every core parses


def _finish_background(statements: Sequence[Statement] = ()) -> None:
    """Wait for the parse started by `read_claims_soon`, with `statements` (whose texts are
    not parsed yet, nor queued) queued behind it on the same workers, all of them parsing
    now; then stop the workers. The texts and their claims are remembered as if the
    background parse had been waited for first and the rest parsed afterwards."""
    while _BACKGROUND:
        job = _BACKGROUND.pop()
        held = _held_after(job.texts, job.statements)
        rest = list(dict.fromkeys(t for t in map(_parse_key, statements) if t not in held))
        waiting = job.pool.parse(rest)
        if statements:
            job.pool.hurry()
        try:
            _remember(job.texts, _parsed(job.claims, len(job.texts)), job.statements)
            if rest:
                _remember(rest, _parsed(waiting, len(rest)), statements)
        except BaseException:
            job.pool.close(now=True)
            raise
        job.pool.close()


def _parsed(claims: Callable[[], list[Claims]], count: int) -> list[Claims | None]:
    try:
        return list(claims())
    except ParserUnavailable:
        return [None] * count


def _held_after(texts: Sequence[str], keep: Sequence[Statement]) -> set[str]:
    """The texts whose claims are held once `_remember(texts, ..., keep)` has run."""
    if len(_CLAIMS) + len(texts) > _CLAIMS_HELD:
        return {t for t in map(_parse_key, keep) if t in _CLAIMS} | set(texts)
    return set(_CLAIMS) | set(texts)


def _unparsed(statements: Sequence[Statement]) -> list[str]:
    return list(dict.fromkeys(t for t in map(_parse_key, statements) if t not in _CLAIMS))


def _remember(texts: Sequence[str], found: Sequence[Claims | None], keep: Sequence[Statement] = ()) -> None:
    """Hold the claims read; past `_CLAIMS_HELD` forget the others first, but for those of the
    statements `keep` (asked for now, and parsed earlier: see `read_claims_soon`)."""
    if len(_CLAIMS) + len(texts) > _CLAIMS_HELD:
        kept = {t: _CLAIMS[t] for t in map(_parse_key, keep) if t in _CLAIMS}
        _CLAIMS.clear()
        _CLAIMS.update(kept)
    _CLAIMS.update(zip(texts, found))


def _read_claims_now(statements: Sequence[Statement], workers: int | None = None) -> None:
    texts = _unparsed(statements)
    if not texts:
        return
    try:
        if len(texts) > PROCESSES_FROM:
            found: list[Claims | None] = list(claims_in_processes(texts, workers))
        else:
            found = list(claims_of_texts(texts))
    except ParserUnavailable:
        found = [None] * len(texts)
    _remember(texts, found, statements)


def _in_background(finding: _Finding, a: Statement, b: Statement) -> bool:
    """A shared figure or date told on both sides only in a clause of background ("the wildfire,
    which has burned 3,000 hectares" vs "the wildfire, which has scorched some three thousand
    hectares, was ignited by lightning"): what each sentence claims is elsewhere, so the figure
    does not show one claim."""
    told = [
        (e.text, claims.background)
        for e in finding.evidence
        if (claims := claims_of_statement(a if e.statement == a.id else b)) is not None
    ]
    hits = [any(text in clause for clause in clauses) for text, clauses in told]
    # on both sides: "the fire, which killed 12 people" still restates "12 people died in the
    # fire" (on one side only, as many true agreements on the invented pairs were lost as false)
    return bool(hits) and all(hits)


def _other_occasions(a: Statement, b: Statement) -> tuple[str, str] | None:
    """Both tell their claim "when" something happened, and the two clauses share no content
    word ("the riot began when inmates set fire to mattresses" vs "when prisoners attacked two
    guards"): a paraphrase of the rest is not one claim."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None or not ca.occasions or not cb.occasions:
        return None
    if any(x[1] & y[1] for x in ca.occasions for y in cb.occasions):
        return None
    return ca.occasions[0][0], cb.occasions[0][0]


def _statuses_apart(a: Statement, b: Statement) -> tuple[str, str] | None:
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    return None if ca is None or cb is None else statuses_apart(ca, cb)


def _stances_apart(a: Statement, b: Statement) -> tuple[str, str] | None:
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    return None if ca is None or cb is None else stances_apart(ca, cb)


def _conditions_apart(a: Statement, b: Statement) -> tuple[str, str] | None:
    return _propositions_apart(a, b, conditions_apart)


def _propositions_apart(a: Statement, b: Statement, rule: Callable[..., tuple[str, str] | None]) -> tuple[str, str] | None:
    """A rule over the two statements' propositions (`conditions_apart`, `habits_apart`, ...)."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    return None if ca is None or cb is None else rule(ca.propositions, cb.propositions)


def _of_words(p: Proposition, words: Sequence[str]) -> bool:
    """The proposition's verb is one of the words (as read, or as written)."""
    return p.verb in words or p.written.lower() in words


def _other_partners(neg: Statement, aff: Statement, words: Sequence[str]) -> bool:
    """The deed denied and the deed affirmed are done with other partners on each side ("did
    not sign with the Owls" vs "signed with the Hawks"), as the parse reads every such clause."""
    pn, pa = _denied_and_done(neg, aff, words)
    return bool(pn and pa) and all(p.partners and q.partners and not p.partners & q.partners for p in pn for q in pa)


def _denied_and_done(neg: Statement, aff: Statement, words: Sequence[str]) -> tuple[list[Proposition], list[Proposition]]:
    """The clauses of `words` one statement negates or denies, and those the other asserts."""
    cn, ca = claims_of_statement(neg), claims_of_statement(aff)
    if cn is None or ca is None:
        return [], []
    pn = [p for p in cn.propositions if p.polarity in ("not", "denied") and _of_words(p, words)]
    pa = [p for p in ca.propositions if p.polarity == "+" and _of_words(p, words)]
    return pn, pa


def _other_doers(neg: Statement, aff: Statement, words: Sequence[str]) -> bool:
    """The deed denied and the deed affirmed have doers apart (`doers_apart`: two services, two
    countries, a state's forces and an armed group, two named people: "police did not fire on
    the crowd" vs "soldiers opened fire on it"), as the parse reads every such clause: the
    negation is about another doer's deed ("militants attacked" vs "the rebels did not attack"
    may be one)."""
    pn, pa = _denied_and_done(neg, aff, words)
    return bool(pn and pa) and all(doers_apart(p, q) for p in pn for q in pa)


def _habit_and_one_time(habit: Statement, once: Statement, words: Sequence[str]) -> bool:
    """One of the words is a deed one statement tells as a habit ("usually meets on Mondays")
    and the other as not done once, in the past ("did not meet on Monday"): both may hold."""
    ch, co = claims_of_statement(habit), claims_of_statement(once)
    if ch is None or co is None:
        return False
    verbs = {p.verb for p in ch.propositions if p.habitual and _of_words(p, words)}
    return any(p.verb in verbs and p.past and not p.habitual for p in co.propositions)


def _deeds_apart(a: Statement, b: Statement) -> tuple[str, str] | None:
    return _propositions_apart(a, b, deeds_apart)


def _habits_apart(a: Statement, b: Statement) -> tuple[str, str] | None:
    return _propositions_apart(a, b, habits_apart)


def _accesses_apart(a: Statement, b: Statement) -> tuple[str, str] | None:
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    return None if ca is None or cb is None else accesses_apart(ca, cb)


def _slot_difference(a: Statement, b: Statement) -> str | None:
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    return None if ca is None or cb is None else slot_difference(ca, cb)


def _claims(a: Statement, b: Statement) -> tuple[list[_Finding], list[_Finding]]:
    """Conflicts and support read from the two statements' claim frames (the package facts/claims)."""
    ca, cb = claims_of_statement(a), claims_of_statement(b)
    if ca is None or cb is None:
        return [], []
    found = [
        _Finding(Verdict.CONTRADICT, c.kind, c.reason, _spans(a, b, c.a_span, c.b_span), CONFIDENCE["claim"])
        for c in conflicts(ca, cb)
    ]
    support = [
        _Finding(
            Verdict.AGREE,
            s.kind,
            s.reason,
            _spans(a, b, s.a_span, s.b_span),
            CONFIDENCE["weak-claim" if s.kind in ("subject", "verb") else "claim"],
        )
        for s in supports(ca, cb)
    ]
    support += [
        _Finding(Verdict.RELATED, None, f"the same deed, different doers: {reason}", ()) for reason in different_doers(ca, cb)
    ]
    return found, support


def _spans(a: Statement, b: Statement, a_span: str, b_span: str) -> tuple[Evidence, ...]:
    """Where each span stands in its statement. A clause read from the parse joins its tokens
    with spaces ("the port authority 's annual meeting"): the text may hold none between them
    (`_words_found`)."""
    out = []
    for st, span in ((a, a_span), (b, b_span)):
        claims = _CLAIMS.get(_parse_key(st)) if span else None
        if claims is not None and claims.referent and span.startswith(claims.referent[1]):
            span = claims.referent[0] + span[len(claims.referent[1]) :]  # the clause as written: "It was seized"
        k = st.text.find(span) if span else -1
        if k >= 0:
            out.append(Evidence(st.id, k, k + len(span), span))
        elif span and (m := _words_found(span.split(), st.text)) is not None:
            out.append(Evidence(st.id, m.start(), m.end(), m.group()))
    return tuple(out)


def _words_found(words: list[str], text: str) -> re.Match[str] | None:
    """The span's words in the text with any spacing between them; or, for a clause read
    without the clauses under it ("captured the dam in May and ."), its longest opening
    of two words or more that the text holds."""
    for end in range(len(words), 1, -1):
        if end < len(words) and words[end - 1].lower() in _JOINING:
            continue  # not "captured the dam in May and"
        m = re.search(r"\s*".join(re.escape(t) for t in words[:end]), text)
        if m is not None:
            return m
    return None


_JOINING = frozenset(["and", "or", "but", "that", "which", "who", "after", "before", "when", "while", ",", "as"])
