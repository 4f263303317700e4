"""Calendar dates in English prose, resolved against a publication date.

Handles "September 14", "Sept. 14, 2020", "14 September", "September 10-15",
"from September 14 to September 25", "September 2-4", "in August 2020", "late August",
ISO dates, and a few relative forms ("yesterday", "on Tuesday", "last month").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..lexicons import MONTH_NAMES
from ..models import UNKNOWN_YEAR
from .text import CaseBlind, Gate

MONTHS = MONTH_NAMES

WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

_MONTH = r"(?P<{n}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:19|20)\d\d)"


def _g(tpl: str, name: str) -> str:
    return tpl.format(n=name)


_PATTERNS: tuple[tuple[str, CaseBlind], ...] = tuple(
    (kind, CaseBlind(rx))
    for kind, rx in (
        ("iso", r"\b" + _g(_YEAR, "y1") + r"-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)\b"),
        # from September 14 to September 25 / between ... and ...
        (
            "range2",
            r"\b(?:from|between)\s+"
            + _g(_MONTH, "m1")
            + r"\s+"
            + _g(_DAY, "d1")
            + r"(?:,?\s+"
            + _g(_YEAR, "y1")
            + r")?\s+(?:to|until|till|and|through)\s+"
            + _g(_MONTH, "m2")
            + r"\s+"
            + _g(_DAY, "d2")
            + r"(?:,?\s+"
            + _g(_YEAR, "y2")
            + r")?\b",
        ),
        # September 10-15 / from September 10 to 15
        (
            "range1",
            r"\b"
            + _g(_MONTH, "m1")
            + r"\s+"
            + _g(_DAY, "d1")
            + r"\s*(?:-|–|—|to|through)\s*"
            + _g(_DAY, "d2")
            + r"(?:,?\s+"
            + _g(_YEAR, "y1")
            + r")?\b",
        ),
        ("mdy", r"\b" + _g(_MONTH, "m1") + r"\s+" + _g(_DAY, "d1") + r"(?:,?\s+" + _g(_YEAR, "y1") + r")?\b"),
        ("dmy", r"\b" + _g(_DAY, "d1") + r"\s+" + _g(_MONTH, "m1") + r"(?:,?\s+" + _g(_YEAR, "y1") + r")?\b"),
        (
            "month",
            r"\b(?:(?P<part>early|mid|late|end of|beginning of)[\s-]+)?"
            + _g(_MONTH, "m1")
            + r"(?:\s+"
            + _g(_YEAR, "y1")
            + r")?\b",
        ),
        ("relday", r"\b(?P<rel>yesterday|today|the day before yesterday)\b"),
        ("weekday", r"\b(?:on|last)\s+(?P<wd>" + "|".join(WEEKDAYS) + r")\b"),
        ("relmonth", r"\b(?P<rm>last|this|next)\s+(?P<unit>month|year|week)\b"),
    )
)

# Words that are month abbreviations but usually something else when not next to a number.
_AMBIGUOUS_MONTH_WORDS = {"may", "march", "mar", "jun", "jan", "dec", "sept", "aug", "oct", "nov", "feb", "apr", "jul"}


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    first: date
    last: date


def parse_header_date(text: str) -> date | None:
    """The first full calendar date (with a year) in a header line."""
    for m in find_dates(text, None):
        if re.search(r"(?:19|20)\d\d", m.text):
            return m.first
    return None


_TRIGGER = Gate([*MONTHS, *WEEKDAYS, "yesterday", "today", "last", "this", "next", "ago"], digits=True)


_MONTH_GATE = Gate(MONTHS)
# What each pattern cannot match without: a month name, a digit, or its own words.
_NEEDS = {
    "iso": Gate((), digits=True),
    "range2": _MONTH_GATE,
    "range1": _MONTH_GATE,
    "mdy": _MONTH_GATE,
    "dmy": _MONTH_GATE,
    "month": _MONTH_GATE,
    "relday": Gate(["yesterday", "today"]),
    "weekday": Gate(["on", "last"]),
    "relmonth": Gate(["last", "this", "next"]),
}


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """Every date or date range in `text`, non-overlapping, leftmost-longest first."""
    if not _TRIGGER(text):  # cheap test first
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, rx in _PATTERNS:
        if not _NEEDS[kind](text):
            continue
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMatch(m.start(), m.end(), m.group(0), *resolved))
    found += _relative_spans(text, found, taken, published)
    return sorted(found, key=lambda d: d.start)


_OFFSET = CaseBlind(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>day|days|week|weeks)\s+(?P<dir>before|after|later|earlier|ago)\b"
)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _relative_spans(text: str, found: list[DateMatch], taken: list[tuple[int, int]], published: date | None) -> list[DateMatch]:
    """'a day before … September 9' → September 8; 'two days ago' → two days before publication.

    'before'/'after'/'later'/'earlier' count from the next date in the sentence (or, failing
    that, the previous one); 'ago' counts from the publication date."""
    out = []
    for m in _OFFSET.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        n = _COUNT.get(m.group("n").lower()) or int(m.group("n"))
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        direction = m.group("dir").lower()
        if direction == "ago":
            anchor = published
        else:
            after = [d for d in found if d.start >= m.end()]
            before = [d for d in found if d.end <= m.start()]
            ref = after[0] if after else (before[-1] if before else None)
            anchor = ref.first if ref else None
        if anchor is None or anchor.year == 1900:
            continue
        sign = 1 if direction in ("after", "later") else -1
        d = anchor + timedelta(days=sign * days)
        out.append(DateMatch(m.start(), m.end(), m.group(0), d, d))
    return out


def _resolve(kind: str, m: re.Match[str], published: date | None) -> tuple[date, date] | None:
    g = m.groupdict()
    try:
        if kind == "iso":
            d = date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
            return d, d
        if kind == "relday":
            return _relative_day(g["rel"].lower(), published)
        if kind == "weekday":
            return _weekday(g["wd"].lower(), published)
        if kind == "relmonth":
            return _relative_period(g["rm"].lower(), g["unit"].lower(), published)
        m1 = MONTHS[g["m1"].lower().rstrip(".")]
        if kind == "month":
            return _month(m, m1, g, published)
        y1 = _year(g.get("y1"), m1, int(g["d1"]), published)
        first = date(y1, m1, int(g["d1"]))
        if kind == "range1":
            return first, date(y1, m1, int(g["d2"]))
        if kind == "range2":
            m2 = MONTHS[g["m2"].lower().rstrip(".")]
            y2 = int(g["y2"]) if g.get("y2") else (y1 if m2 >= m1 else y1 + 1)
            return first, date(y2, m2, int(g["d2"]))
        return first, first
    except ValueError:
        return None


def _month(m: re.Match[str], month: int, g: dict[str, str | None], published: date | None):
    word = (g["m1"] or "").lower().rstrip(".")
    if word in _AMBIGUOUS_MONTH_WORDS and not g.get("y1") and not g.get("part"):
        return None
    if not g.get("y1") and len(word) < 3:
        return None
    year = _year(g.get("y1"), month, 1, published)
    last_day = calendar.monthrange(year, month)[1]
    part = (g.get("part") or "").lower()
    lo, hi = 1, last_day
    if part in ("early", "beginning of"):
        hi = 10
    elif part == "mid":
        lo, hi = 11, 20
    elif part in ("late", "end of"):
        lo = 21
    return date(year, month, lo), date(year, month, hi)


def _year(explicit: str | None, month: int, day: int, published: date | None) -> int:
    """An explicit year, else the year that puts the date closest before (or just after) publication.

    UNKNOWN_YEAR when there is neither: such a date is compared only with other dates of unknown
    year (a made-up year such as 1900 would contradict the same day in a report that gives its
    year; see `models.DateRef.year_known`)."""
    if explicit:
        return int(explicit)
    if published is None:
        return UNKNOWN_YEAR
    candidate = date(published.year, month, min(day, 28))
    if candidate - published > timedelta(days=60):
        return published.year - 1
    return published.year


def _relative_day(word: str, published: date | None):
    if published is None:
        return None
    back = {"today": 0, "yesterday": 1, "the day before yesterday": 2}[word]
    d = published - timedelta(days=back)
    return d, d


def _weekday(word: str, published: date | None):
    if published is None:
        return None
    delta = (published.weekday() - WEEKDAYS[word]) % 7 or 7
    d = published - timedelta(days=delta)
    return d, d


def _relative_period(which: str, unit: str, published: date | None):
    if published is None:
        return None
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        y = published.year + shift
        return date(y, 1, 1), date(y, 12, 31)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    idx = published.year * 12 + published.month - 1 + shift
    y, mo = divmod(idx, 12)
    return date(y, mo + 1, 1), date(y, mo + 1, calendar.monthrange(y, mo + 1)[1])
