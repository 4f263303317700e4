"""Read facts out of each statement: entities, quantities, dates, attribution, certainty,
negation and framing. `extract` works on one statement; `extract_all` also folds entity
spelling variants across every source so that one person has one key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..lexicons import (
    CERTAINTY_CUES,
    DAY_WORDS,
    FRAME_PHRASES,
    FRAMES,
    HONORIFICS,
    INSTITUTION_NOUNS,
    MODAL_VERBS,
    MONTH_NAMES,
    NEGATION_CUES,
    PRONOUN_OPENERS,
    REPORTING_VERBS,
    ROLE_WORDS,
    STOPWORDS,
    TITLE_WORDS,
    UNNAMED_AGENTS,
    WEEKDAY_NAMES,
)
from ..models import Certainty, DateRef, Entity, Facts, Source, Span, Statement
from ..read.segment import dateline_place
from .dates import find_dates
from .entities import fold_keys, mentions, name_key
from .quantities import find_quantities
from .text import WORD, CaseBlind, Gate, content_words, fold, runs, stem

_ENTITY_PREFIX = "@"
_CLAUSE_BREAK = re.compile(r"[.!?,;:–—()]|\s(?:but|while|whereas|although|though|yet(?!\s+to\b))\s", re.IGNORECASE)
_NEGATION_RX = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(c) for c in sorted(NEGATION_CUES, key=len, reverse=True)) + r")(?![\w])", re.IGNORECASE
)
_MAY_NEGATE = Gate(NEGATION_CUES)
# "Dismissed" denies only what is said: "dismissed the claims", "dismissed it as fiction"; "the
# council dismissed the harbour master" fires someone and denies nothing.
_DISMISSED_SAYING = re.compile(
    r"\b(?:as|claims?|accusations?|allegations?|reports?|suggestions?|charges?|ideas?|notion|criticism|concerns?|fears?|"
    r"speculation|rumou?rs?|warnings?|calls?|findings?|evidence|assertions?|statements?|assessments?|"
    r"videos?|photos?|photographs?|images?|footage|pictures?|documents?|recordings?)\b",
    re.IGNORECASE,
)


# "Was dismissed as manager", "dismissed him as head coach": a post someone is removed from.
_POSTS = ROLE_WORDS | frozenset(["manager", "coach", "executive", "editor", "officer", "treasurer", "captain", "president"])
_DISMISSED_AS_ROLE = re.compile(
    r"\s+(?:\w+\s+)?as\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(map(re.escape, _POSTS))) + r")\b", re.IGNORECASE
)


_AFTER_OBJECT = re.compile(
    r"\s(?:after|before|for|over|in|on|at|from|with|following|amid|during|because|when|following)\s", re.IGNORECASE
)


def negation_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The negation cues of a text (of text[start:end]), but for a dismissal of someone."""
    end = len(text) if end is None else end
    for cue in _NEGATION_RX.finditer(text, start, end):
        if _COMPARED.match(text, cue.end()):
            continue  # "no more than 300 people", "no later than Friday": a bound, not a negation
        if _NOT_UNTIL.match(text, cue.start()):
            continue  # "did not leave until 11 a.m.": it left then
        if cue.group(0).lower() == "yet to" and _SUPERLATIVE_BEFORE.search(text, max(0, cue.start() - 20), cue.start()):
            continue  # "the strongest yet to hit the coast"
        if cue.group(0).lower().startswith("dismiss"):
            clause = _CLAUSE_BREAK.search(text, cue.end())
            after = _AFTER_OBJECT.search(text, cue.end())  # its object, not what follows it ("after reports of…")
            end_of_object = min(clause.start() if clause else len(text), after.start() if after else len(text), cue.end() + 40)
            if not _DISMISSED_SAYING.search(text, cue.end(), end_of_object) or _DISMISSED_AS_ROLE.match(text, cue.end()):
                continue  # "dismissed the harbour master", "was dismissed as manager": fired
        yield cue


# "not" (or "n't") and, in the same clause within a few words, "until": a time, not a negation.
_NOT_UNTIL = re.compile(r"(?:not|n['’]t)\s+(?:[\w'’-]+\s+){1,6}?(?:until|till)\b", re.IGNORECASE)
_COMPARED = re.compile(
    r"\s+(?:more|fewer|less|later|earlier|longer|sooner|greater|higher|lower|bigger|smaller)\s+than\b", re.IGNORECASE
)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:\w+est|first|last|only|best|worst|most|least)\s+$", re.IGNORECASE)
_NEGATED_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not|never|no longer)\b", re.IGNORECASE)
_VERBS = "|".join(REPORTING_VERBS)
_HONORIFIC_ALT = "|".join(HONORIFICS)
_NAME = rf"(?:(?:{_HONORIFIC_ALT})\.\s)?(?:[A-Z][\w’'.-]+\s){{0,4}}[A-Z][\w’'-]+"
_AGENTS = UNNAMED_AGENTS
# "has said", "had told": the auxiliary between a speaker and the reporting verb
_HAS = r"(?:(?:has|have|had)\s+)?"
_UNNAMED = rf"(?:(?i:the|an?|some|several|two|three|local|senior|western|russian|ukrainian|us|u\.s\.)\s+){{0,2}}(?:[a-z]+\s+)?(?i:{_AGENTS})"
_ATTRIBUTION = (
    re.compile(rf"(?i:\baccording to)\s+(?:the\s+)?(?P<who>{_NAME}|{_UNNAMED})"),
    re.compile(
        rf"(?P<who>{_NAME}),?(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?\s+(?:also\s+|further\s+|previously\s+|then\s+)?{_HAS}(?:{_VERBS})\b"
    ),
    re.compile(rf"(?P<who>{_UNNAMED})\s+{_HAS}(?:{_VERBS})\b"),
)
# What the last pattern cannot match without: an unnamed agent, then a reporting verb (in any
# case: a necessary condition). That pattern tries every position of the text; most texts with
# a reporting verb have no such pair, and are spared it.
_AGENT_SAYS = CaseBlind(rf"(?:{_AGENTS})\s+(?:{_VERBS})\b")
_HONORIFIC = re.compile(rf"^(?:{_HONORIFIC_ALT})\.\s+")
_INSTITUTION = INSTITUTION_NOUNS
_DETERMINER = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_PRONOUNS = PRONOUN_OPENERS


def extract_all(statements: tuple[Statement, ...], sources: tuple[Source, ...]) -> tuple[Facts, ...]:
    """Facts for every statement, with entity keys folded across all sources."""
    dates_by_source = {s.id: s.date for s in sources}
    common = lowercase_words(statements)
    seen: dict[tuple, Facts] = {}
    return fold_entities(
        [_extract_once(s, dates_by_source.get(s.source), common.get(s.source, frozenset()), seen) for s in statements]
    )


def lowercase_words(statements: Sequence[Statement]) -> dict[str, frozenset[str]]:
    """Per source, the words its report writes in lower case somewhere: a sentence that opens
    with one of them ("Police said…" in a report that also writes "riot police") opens with
    that word, not with a name. Per report, so that a report's facts do not depend on the
    reports it is compared with (the store keeps each report's facts)."""
    out: dict[str, set[str]] = {}
    for st in statements:
        out.setdefault(st.source, set()).update(_LOWER_WORD.findall(st.text))
    return {k: frozenset(v) for k, v in out.items()}


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")


def _extract_once(statement: Statement, published: date | None, common: frozenset[str], seen: dict[tuple, Facts]) -> Facts:
    """`extract`, once per text: a statement whose text, context and publication date are
    another's (a sentence both reports carry word for word, a repeated line) has its facts,
    under its own id."""
    key = (claim_text(statement), statement.context, published, common)
    known = seen.get(key)
    if known is None:
        known = seen[key] = extract(statement, published, common)
        return known
    return replace(known, statement_id=statement.id)


def fold_entities(facts: Sequence[Facts]) -> tuple[Facts, ...]:
    """The same facts with every spelling variant of a name rewritten to one canonical key."""
    keys = {t[1:] for f in facts for t in f.tokens + f.context_tokens if t.startswith(_ENTITY_PREFIX)}
    keys |= {w for f in facts for e in f.entities for w in e.key.split()}
    canon = fold_keys(keys)
    return tuple(_canonical(f, canon) for f in facts)


def _canonical(f: Facts, canon: dict[str, str]) -> Facts:
    if not _renames(f, canon):
        return f

    def tok(t: str) -> str:
        return _ENTITY_PREFIX + canon.get(t[1:], t[1:]) if t.startswith(_ENTITY_PREFIX) else t

    return replace(
        f,
        tokens=tuple(tok(t) for t in f.tokens),
        context_tokens=tuple(tok(t) for t in f.context_tokens),
        negated_tokens=tuple(tok(t) for t in f.negated_tokens),
        negation_heads=tuple(tok(t) for t in f.negation_heads),
        entities=tuple(replace(e, key=" ".join(canon.get(w, w) for w in e.key.split())) for e in f.entities),
    )


def _renames(f: Facts, canon: dict[str, str]) -> bool:
    """Whether folding changes any entity key of `f` (most statements have none to change)."""
    for t in f.tokens + f.context_tokens + f.negated_tokens + f.negation_heads:
        if t.startswith(_ENTITY_PREFIX) and canon.get(t[1:], t[1:]) != t[1:]:
            return True
    return any(canon.get(w, w) != w for e in f.entities for w in e.key.split())


def extract(statement: Statement, published: date | None = None, common: frozenset[str] = frozenset()) -> Facts:
    """All facts of one statement; citations inside it are ignored (blanked, offsets kept).
    `common`: the words its report writes in lower case (see `lowercase_words`)."""
    text = claim_text(statement)
    entities, tokens = _names_and_tokens(text, common)
    place = dateline_place(statement.text)
    if place:  # blanked with its dateline, yet the town both reports were filed from links them
        at, words = _names_and_tokens(place, common)
        entities, tokens = at + entities, words + tokens
    dates = tuple(_date_refs(text, published))
    quantities = find_quantities(text, exclude=[(d.span.start, d.span.end) for d in dates])
    certainty, cue = certainty_of(text)
    focus, heads = negation_focus(text, entities)
    negations = tuple(Span(m.start(), m.end(), m.group(0)) for m in negation_cues(text)) if _MAY_NEGATE(text) else ()
    return Facts(
        statement_id=statement.id,
        tokens=tokens,
        entities=entities,
        quantities=quantities,
        dates=dates,
        attribution=attribution_of(text),
        certainty=certainty,
        certainty_cue=cue,
        negations=negations,
        framing=tuple(frames_of(text)),
        negated_tokens=tuple(focus),
        negation_heads=tuple(heads),
        context_tokens=_names_and_tokens(statement.context, common)[1] if statement.context else (),
    )


@lru_cache(maxsize=2)  # this statement and the one before: no reuse beyond that
def _names_and_tokens(text: str, common: frozenset[str] = frozenset()) -> tuple[tuple[Entity, ...], tuple[str, ...]]:
    """Name mentions and content tokens of a text, cached: a statement that opens with an
    anaphor carries the sentence before it as context, which was analysed just before."""
    entities = mentions(text, common)
    return entities, tuple(tokens_of(text, entities))


def claim_text(statement: Statement) -> str:
    """The statement with its inline citations blanked out, same length as the original."""
    text = statement.text
    for c in statement.inline_citations:
        i = text.find(c)
        if i >= 0:
            text = text[:i] + " " * len(c) + text[i + len(c) :]
    return text


def tokens_of(text: str, entities: tuple[Entity, ...]) -> list[str]:
    """Content words in order; words inside a name mention become '@key' tokens."""
    out: list[str] = []
    named = bytearray(len(text) + 1)
    for e in entities:  # spans may stick out of `text` when it is a clause of the statement
        a, b = max(0, e.span.start), min(len(text), e.span.end)
        if b > a:
            named[a:b] = b"\x01" * (b - a)
    for m in WORD.finditer(text):
        inside = named[m.start()]
        w = m.group(0)
        out.extend(_name_tokens(w) if inside else _word_tokens(w))
    return out


@lru_cache(maxsize=65536)
def _name_tokens(word: str) -> tuple[str, ...]:
    """The '@key' tokens of a word inside a name mention, cached: names recur."""
    keys = (name_key(part) for part in _NAME_PARTS.split(word))
    return tuple(_ENTITY_PREFIX + k for k in keys if k and k not in STOPWORDS)


_NAME_PARTS = re.compile(r"-(?=[A-Z])")


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    """content_words of one word, cached: the same words recur in every report."""
    return tuple(content_words(word))


def negation_focus(text: str, entities: tuple[Entity, ...]) -> tuple[list[str], list[str]]:
    """The focus of each negation, and its head: what a statement denies.

    For a negated copula or passive ("a base … was not considered") the focus is the two
    content words before the cue and the one after it, headed by the word just before the
    cue; otherwise ("has not traveled outside") the two content words after it, headed by
    the first, unless the clause opens with "not" ("but not the bridge"), which has no head.
    """
    out: list[str] = []
    heads: list[str] = []
    if not _MAY_NEGATE(text):
        return out, heads
    bounds = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    for s, e in zip(bounds, bounds[1:]):
        for cue in negation_cues(text, s, e):
            after = _plain_tokens(text[cue.end() : e], entities, cue.end())
            if _NEGATED_BE.search(text, max(s, cue.start() - 12), cue.end() + 1):
                before = _plain_tokens(text[s : cue.start()], entities, s)[-2:]
                out.extend(before + after[:1])
                heads.extend(before[-1:] or after[:1])
            else:
                out.extend(after[:2])
                if not _contrast_ellipsis(text, s, cue):
                    heads.extend(after[:1])
    return out, heads


def _contrast_ellipsis(text: str, clause_start: int, cue: re.Match[str]) -> bool:
    """ "…will fund the repairs, but not the bridge": a clause that opens with "not" denies no
    predicate of its own, only sets one thing against another; its first word is no head."""
    return cue.group(0).lower() == "not" and not text[clause_start : cue.start()].strip(" -–—\"'“”‘’")


def _plain_tokens(text: str, entities: tuple[Entity, ...], offset: int) -> list[str]:
    return [t for t in tokens_of(text, tuple(_shift(entities, offset))) if not t.startswith(_ENTITY_PREFIX)]


def _shift(entities: tuple[Entity, ...], offset: int):
    for e in entities:
        yield replace(e, span=Span(e.span.start - offset, e.span.end - offset, e.span.text))


_CERTAINTY_LEVEL = {cue: level for cue, level in CERTAINTY_CUES}
_CERTAINTY_RX = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in sorted(_CERTAINTY_LEVEL, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_MODALS = MODAL_VERBS


def certainty_of(text: str) -> tuple[Certainty, str]:
    """The estimative level of a statement: the first adverbial cue, else the first modal."""
    found = [m for m in _CERTAINTY_RX.finditer(text) if not _is_month(m, text)] if _MAY_BE_CERTAIN(text) else []
    if not found:
        return Certainty.ASSERTED, ""
    m = min(found, key=lambda m: (m.group(0).lower() in _MODALS, m.start()))
    return _CERTAINTY_LEVEL[m.group(0).lower()], m.group(0)


_BEFORE_DAY = re.compile(r"\s+\d")


def _is_month(m: re.Match[str], text: str) -> bool:
    """'May' the month, not the modal: English capitalizes the modal only at the start of a
    sentence, and the month is what comes before a day or year ("May 4", "May 2021")."""
    if m.group(0) != "May":
        return False
    return m.start() > 0 or bool(_BEFORE_DAY.match(text, m.end()))


_MAY_ATTRIBUTE = Gate([*REPORTING_VERBS, "according"])
_MAY_BE_CERTAIN = Gate(_CERTAINTY_LEVEL)
_MAY_FRAME = Gate(p for phrases in FRAME_PHRASES.values() for p in phrases)


def attribution_of(text: str) -> str:
    """Who asserts the statement: a named speaker, an unnamed source, or 'author'."""
    if not _MAY_ATTRIBUTE(text):  # cheap test first: most statements have no reporting verb
        return "author"
    for rx in _ATTRIBUTION:
        if rx is _ATTRIBUTION[-1] and _AGENT_SAYS.search(text) is None:
            continue
        for m in rx.finditer(text):
            who = _clean_speaker(m.group("who"))
            if who:
                return who
    return "author"


def _clean_speaker(who: str) -> str:
    """'Kremlin spokesperson Dmitry Peskov' → 'Dmitry Peskov'; 'The ministry' → 'ministry'."""
    who = _HONORIFIC.sub("", who.strip())
    words = who.split()
    if len(words) > 1 and re.search(r"['’]s$", words[0]):  # "Ukraine's General Staff" → "General Staff"
        words = words[1:]
        who = " ".join(words)
    if not words:
        return ""
    if words[-1][0].islower() or (len(words) == 1 and re.fullmatch(_AGENTS, words[0], re.IGNORECASE)):
        # an unnamed source: "the ministry", "Local officials", "Witnesses"
        who = _DETERMINER.sub("", who).lower()
    elif _INSTITUTION.search(words[-1]):  # "the Defense Ministry"
        who = _DETERMINER.sub("", who)
    else:  # a person: drop "Kremlin spokesperson", "Governor", "Prime Minister" before the name
        while len(words) > 1 and (words[0].lower() in TITLE_WORDS or words[1].lower() in TITLE_WORDS):
            words = words[1:]
        who = " ".join(words)
    if not who or who.split()[0].capitalize() in _PRONOUNS or who.lower() in STOPWORDS or who.lower() in DAY_WORDS:
        return ""  # "Ostria on Monday declared …": a day is no speaker
    return who


_FRAME_OF_STEM: dict[str, tuple[str, ...]] = {}
for _frame, _stems in FRAMES.items():
    for _st in _stems:
        _FRAME_OF_STEM[_st] = _FRAME_OF_STEM.get(_st, ()) + (_frame,)
_FRAME_PHRASE_RX = {
    frame: re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)
    for frame, phrases in FRAME_PHRASES.items()
}


@lru_cache(maxsize=65536)
def _frames_of_word(word: str) -> tuple[str, ...]:
    return _FRAME_OF_STEM.get(stem(fold(word)), ())


# First parts of hyphenated frame stems ('step-up'): a text holding one may hold the stem.
_HYPHEN_HEADS = frozenset(st.split("-")[0] for st in _FRAME_OF_STEM if "-" in st)


def _may_have_frame_words(text: str) -> bool:
    """Cheap test before the word-by-word pass: some word of the text stems to a frame cue.
    Non-ASCII text is always passed on, since folding may turn a word into a cue."""
    if not text.isascii():
        return True
    return any(_frames_of_word(r) or r in _HYPHEN_HEADS for r in runs(text))


def frames_of(text: str) -> list[tuple[str, Span]]:
    """Evaluative cues in the statement and the frame class each belongs to."""
    out: list[tuple[str, Span]] = []
    for m in WORD.finditer(text) if _may_have_frame_words(text) else ():
        for frame in _frames_of_word(m.group(0)):
            out.append((frame, Span(m.start(), m.end(), m.group(0))))
    for frame, rx in _FRAME_PHRASE_RX.items() if _MAY_FRAME(text) else ():
        for m in rx.finditer(text):
            out.append((frame, Span(m.start(), m.end(), m.group(0))))
    return sorted(out, key=lambda x: x[1].start)


def _date_refs(text: str, published: date | None) -> list[DateRef]:
    out = []
    for d in find_dates(text, published):
        out.append(DateRef(Span(d.start, d.end, d.text), d.first, d.last, _anchor(text, d.start, d.end)))
    return out


_NOT_ANCHORS = frozenset(["earli", "late", "mid", "begin", "end"]) | {stem(w) for w in (*WEEKDAY_NAMES, *MONTH_NAMES)}


def _anchor(text: str, start: int, end: int) -> str:
    """The content word a date attaches to: nearest before it (within 4 words), else after."""
    before = [w for w in content_words(text[max(0, start - 60) : start])][-4:]
    before = [w for w in before if w not in _NOT_ANCHORS]  # "reported on Tuesday, March 11": report
    if before:
        return before[-1]
    after = content_words(text[end : end + 40])
    return after[0] if after else ""
