"""Frozen dataclasses that flow through the pipeline: load → segment → extract → align → judge."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from functools import cached_property


@dataclass(frozen=True)
class Citation:
    """A numbered footnote from the end of a report."""

    number: int
    text: str
    urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A cleaned paragraph of body text and, per character, its offset in the original text."""

    text: str
    offsets: tuple[int, ...]
    markers: tuple[tuple[int, int], ...] = ()  # (position in cleaned text, footnote number)


@dataclass(frozen=True)
class Source:
    """One report as loaded: original text, metadata, cleaned body paragraphs, footnotes."""

    id: str
    path: str
    text: str
    title: str
    date: date | None
    byline: str
    paragraphs: tuple[Paragraph, ...]
    citations: tuple[Citation, ...] = ()

    def position(self, offset: int) -> tuple[int, int] | None:
        """1-based line and column of a character offset in the original text, counting
        characters (code points; a tab is one) and CRLF, CR or LF as one line break; None
        when the text is not held (a stored source in a check)."""
        if not self.text:
            return None
        starts = self._line_starts
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        return (0, *(m.end() for m in _LINE_BREAK.finditer(self.text)))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Statement:
    """A sentence a reader would quote, with its span in the original text."""

    id: str
    source: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int
    footnotes: tuple[int, ...] = ()
    inline_citations: tuple[str, ...] = ()
    context: str = ""  # previous sentence, when this one opens with an anaphor ("This", "These")


@dataclass(frozen=True)
class Span:
    """A stretch of a statement's text that a fact was read from."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quantity:
    """A number with unit and hedge, as an interval [low, high] (open ends flagged)."""

    span: Span
    value: float
    unit: str  # canonical unit: "USD", "h", "people", "%", "per month", "" for a bare count
    low: float
    high: float
    low_open: bool
    high_open: bool
    hedge: str  # the hedge word(s) as written, "" when exact
    noun: str  # the counted noun or event, stemmed ("loan", "participant", "")

    def describe(self) -> str:
        """Human-readable interval, e.g. '<4 h' or '1.5e9 USD'."""
        unit = " years old" if self.unit == "age" else f" {self.unit}" if self.unit else ""
        if self.low == self.high:
            return f"={_fmt(self.value)}{unit}"
        if self.high == float("inf"):
            return f"{'>' if self.low_open else '≥'}{_fmt(self.low)}{unit}"
        if self.low <= 0:
            return f"{'<' if self.high_open else '≤'}{_fmt(self.high)}{unit}"
        lo = "(" if self.low_open else "["
        hi = ")" if self.high_open else "]"
        return f"{lo}{_fmt(self.low)}, {_fmt(self.high)}{hi}{unit}"


def _fmt(x: float) -> str:
    for scale, word in ((1e9, " billion"), (1e6, " million")):
        if abs(x) >= scale:
            return f"{x / scale:g}{word}"
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:.4g}"


def unique_id(wanted: str, taken: Callable[[str], bool]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`… the first that is not taken (two reports named alike)."""
    sid, n = wanted, 2
    while taken(sid):
        sid, n = f"{wanted}-{n}", n + 1
    return sid


UNKNOWN_YEAR = 4  # the year of a date whose year no text gives (a leap year, so February 29 fits)


@dataclass(frozen=True)
class DateRef:
    """A calendar date or range, resolved against the report's publication date."""

    span: Span
    start: date
    end: date
    anchor: str  # stemmed word the date attaches to ("meet", "exercis", "")

    @property
    def year_known(self) -> bool:
        return self.start.year > UNKNOWN_YEAR + 1  # "a day before January 1" of no year lands a year earlier

    def comparable(self, other: DateRef) -> bool:
        """Dates are compared only when both years are known, or both unknown."""
        return self.year_known == other.year_known

    def iso(self, day: date) -> str:
        """ISO 8601, with '--MM-DD' for a day of unknown year."""
        return day.isoformat() if self.year_known else f"--{day.month:02d}-{day.day:02d}"

    @property
    def precise(self) -> bool:
        """A day or a few days, not a month or a range ('September 10-15' holds many events)."""
        return (self.end - self.start).days <= 3


@dataclass(frozen=True)
class Entity:
    """A proper-name mention: surface form and a transliteration-folded key."""

    span: Span
    surface: str
    key: str


class Certainty(float, Enum):
    """Estimative language as a level (after ICD 203's scale of likelihood words)."""

    ASSERTED = 1.0
    ALMOST_CERTAIN = 0.95
    LIKELY = 0.7
    POSSIBLE = 0.45
    UNLIKELY = 0.2


@dataclass(frozen=True)
class Facts:
    """Everything read from one statement."""

    statement_id: str
    tokens: tuple[str, ...]  # normalized content words (stemmed, entities folded)
    entities: tuple[Entity, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateRef, ...]
    attribution: str  # "author" or the named speaker
    certainty: Certainty
    certainty_cue: str
    negations: tuple[Span, ...]
    framing: tuple[tuple[str, Span], ...] = field(default=())  # (frame label, cue span)
    negated_tokens: tuple[str, ...] = ()  # the focus of each negation: what the statement denies
    negation_heads: tuple[str, ...] = ()  # the head word of each negation's focus
    context_tokens: tuple[str, ...] = ()  # content words of the sentence an anaphor points back to


@dataclass(frozen=True)
class DeniedClaim:
    """What a reported denial in statement `denier` denies (`span`, its words there), found
    by meaning in the other statement of a pair (`closeness`: the cosine of the two);
    `negated`: the denied claim is itself negative ("reports that aid had not arrived");
    `words`: the lemmas of its nouns, verbs and adjectives; `by`: who denies it, as written."""

    denier: str
    span: str
    closeness: float
    negated: bool
    words: frozenset[str] = frozenset()
    by: str = ""


@dataclass(frozen=True)
class Candidate:
    """A scored pair of statements from two sources that may talk about the same thing;
    `denied`: one of them denies what the other states, read by meaning (`match/denied.py`)."""

    a: str
    b: str
    score: float
    signals: tuple[tuple[str, float], ...] = ()
    denied: DeniedClaim | None = None


class Verdict(str, Enum):
    AGREE = "agree"
    CONTRADICT = "contradict"
    RELATED = "related"


@dataclass(frozen=True)
class Evidence:
    """A span that a verdict rests on, in one statement."""

    statement: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Judgement:
    """The verdict on an aligned pair, with the spans and reasons behind it."""

    a: str
    b: str
    score: float
    verdict: Verdict
    kind: str | None
    reasons: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.0  # how strong the evidence for the verdict is (not the alignment score)
    baselined: bool = False  # a contradiction recorded in the baseline (`compare --baseline`)
    dismissed: str = ""  # the reason the baseline gives for it, when someone wrote one


@dataclass(frozen=True)
class Omission:
    statement: str
    missing_from: tuple[str, ...]


@dataclass(frozen=True)
class Position:
    """What some sources of a group claim: a quantity's interval, or a statement's text."""

    claim: str
    sources: tuple[str, ...]
    statements: tuple[str, ...]


@dataclass(frozen=True)
class Group:
    """Statements about the same thing across sources (alignments joined transitively)."""

    id: str
    topic: str
    statements: tuple[str, ...]
    sources: tuple[str, ...]
    contradiction: bool
    positions: tuple[Position, ...]


@dataclass(frozen=True)
class Accounting:
    """Where each statement of a comparison went; every statement is in exactly one group."""

    linked: tuple[str, ...] = ()  # in at least one alignment
    omitted: tuple[str, ...] = ()  # only in its source (an omission)
    without_substance: tuple[str, ...] = ()  # no name, number, date or claim of some length
    near: tuple[str, ...] = ()  # substantive, not linked, but close to a statement of every other source
    repeated: tuple[tuple[str, str], ...] = ()  # (statement, the earlier one of its report it repeats word for word)

    def counts(self) -> dict[str, int]:
        return {
            "linked": len(self.linked),
            "omitted": len(self.omitted),
            "without_substance": len(self.without_substance),
            "near": len(self.near),
            "repeated": len(self.repeated),
        }


@dataclass(frozen=True)
class BaselineUse:
    """The baseline a comparison was held against (`compare --baseline FILE`)."""

    path: str
    entries: int  # contradictions the file records
    unmatched: int  # entries no contradiction of this comparison matched (gone, or changed too much)


@dataclass(frozen=True)
class Location:
    """A statement's first character in its report file: the path as given, line and column (1-based)."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Report:
    """A comparison, ready to render or export: of two or more reports (`compare`), or of one
    new report against stored sources (`check`: `subject` is the new report's id, the other
    sources are the stored ones that had candidates, `searched` how many stored sources the
    search covered)."""

    sources: tuple[Source, ...]
    statements: tuple[Statement, ...]
    facts: tuple[Facts, ...]
    judgements: tuple[Judgement, ...]
    omissions: tuple[Omission, ...]
    mode: str = "lexical"
    groups: tuple[Group, ...] = ()
    subject: str | None = None
    searched: int = 0
    accounting: Accounting = field(default_factory=Accounting)
    baseline: BaselineUse | None = None

    def statement(self, sid: str) -> Statement:
        return self._statements[sid]

    def facts_of(self, sid: str) -> Facts:
        return self._facts[sid]

    def location(self, sid: str) -> Location | None:
        """Where a statement starts in its report file; None when the text is not held."""
        st = self._statements[sid]
        src = self._sources.get(st.source)
        at = src.position(st.start) if src is not None else None
        return Location(src.path, *at) if src is not None and at is not None else None

    @cached_property
    def _sources(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def _statements(self) -> dict[str, Statement]:
        return {s.id: s for s in self.statements}

    @cached_property
    def _facts(self) -> dict[str, Facts]:
        return {f.statement_id: f for f in self.facts}

    def count(self, verdict: Verdict) -> int:
        return sum(1 for j in self.judgements if j.verdict is verdict)

    def with_min_confidence(self, floor: float) -> Report:
        """Verdicts (other than related) weaker than `floor` become related, with the reason;
        the pairs stay linked, so every statement is still accounted for."""
        out = []
        for j in self.judgements:
            if j.verdict is not Verdict.RELATED and j.confidence < floor:
                note = f"{j.verdict.value} with confidence {j.confidence:.2f}, under --min-confidence {floor:.2f}"
                j = replace(j, verdict=Verdict.RELATED, kind=None, reasons=(note, *j.reasons))
            out.append(j)
        return replace(self, judgements=tuple(out))

    def summary(self) -> dict[str, int]:
        """The counts; with a baseline, also how many contradictions it holds ("baselined")."""
        counts = {
            "agree": self.count(Verdict.AGREE),
            "contradict": self.count(Verdict.CONTRADICT),
            "related": self.count(Verdict.RELATED),
            "omissions": len(self.omissions),
        }
        if self.baseline is not None:
            counts["baselined"] = sum(1 for j in self.judgements if j.verdict is Verdict.CONTRADICT and j.baselined)
        return counts

    # -- a check: each statement of the subject report against the stored ones -------------

    def subject_statements(self) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.source == self.subject)

    def judgements_of(self, sid: str) -> tuple[Judgement, ...]:
        """The verdicts on pairs that hold `sid`, best score first."""
        return tuple(sorted((j for j in self.judgements if sid in (j.a, j.b)), key=lambda j: -j.score))

    def status_of(self, sid: str) -> Verdict | None:
        """The strongest verdict on the statement: a contradiction outweighs an agreement,
        which outweighs a related pair; None when nothing was linked (new)."""
        found = {j.verdict for j in self.judgements if sid in (j.a, j.b)}
        return next((v for v in (Verdict.CONTRADICT, Verdict.AGREE, Verdict.RELATED) if v in found), None)


# What a check calls each verdict on a statement of the new report (`compare-check/1`).
CHECK_STATUS = {Verdict.CONTRADICT: "contradicted", Verdict.AGREE: "corroborated", Verdict.RELATED: "related", None: "new"}
