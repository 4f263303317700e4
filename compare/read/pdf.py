"""Repairs for text pasted from a PDF: running headers and footers, words hyphenated across lines.

Both work without a dictionary: a word split at a line end is rejoined when the document
itself (or the month names) knows the joined word, or when the split cuts a lower-case word
into fragments; a hyphen is kept when the document writes the hyphenated form, when the
second part starts with a capital ('pro-Russian'), or when the first part is a capitalised
word or a common compound head ('Russian-backed', 'well-known')."""

from __future__ import annotations

import calendar
import re
from collections import Counter

_PAGE_LINE = re.compile(
    r"^[ \t\f]*(?:page[ \t]+\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?|[-–—]?[ \t]*\d{1,4}[ \t]*[-–—]?|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t\f]*$",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")  # every line, blank ones too (with its line break)
MAX_RUNNING = 80  # a running header or footer is a short line


def mask_running_lines(text: str) -> str:
    """The text with page-number lines ('Page 2 of 3', '- 4 -', '7') and short lines repeated at
    page breaks (a running header) blanked out with spaces, so that offsets stay the same.
    Only a line that stands apart (a blank line, or the start or end of the text, on one side)
    counts: inside a paragraph, a '12' or a repeated word is text, not page furniture."""
    lines = list(_LINE.finditer(text))
    apart = [m for i, m in enumerate(lines) if m.group(0).strip() and _stands_apart(lines, i)]
    repeated = Counter(key for m in apart if (key := _running_key(m.group(0))))
    spans = [
        (m.start(), m.start() + len(m.group(0).rstrip("\r\n")))
        for m in apart
        if _PAGE_LINE.match(m.group(0)) or repeated.get(_running_key(m.group(0)), 0) >= 2
    ]
    if not spans:
        return text
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], " " * (end - start)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _stands_apart(lines: list[re.Match[str]], i: int) -> bool:
    before = i == 0 or not lines[i - 1].group(0).strip()
    after = i == len(lines) - 1 or not lines[i + 1].group(0).strip()
    return before or after


def _running_key(line: str) -> str:
    """What repeats of a running header share: digits (page numbers) and spacing folded; ''
    for a line that cannot be one (long, no letters, or ending like a sentence)."""
    bare = " ".join(line.split())
    if not 3 <= len(bare) <= MAX_RUNNING or bare[-1] in '.!?:;,"”’' or not re.search(r"[A-Za-z]{2}", bare):
        return ""
    return re.sub(r"\d+", "#", bare.lower())


_MONTHS = frozenset(calendar.month_name[i].lower() for i in range(1, 13))
_COMPOUND_HEADS = frozenset(
    [
        "well",
        "self",
        "so",
        "non",
        "anti",
        "pro",
        "ex",
        "co",
        "long",
        "short",
        "high",
        "low",
        "full",
        "half",
        "all",
        "cross",
        "far",
        "first",
        "second",
        "third",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "hundred",
        "state",
        "left",
        "right",
        "post",
        "pre",
        "mid",
        "multi",
        "semi",
    ]
)


def vocabulary(text: str) -> frozenset[str]:
    """Lower-case words and hyphenated compounds the document writes whole on one line."""
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))


def join_hyphen(left: str, right: str, vocab: frozenset[str]) -> bool:
    """Whether 'left-' at a line end and 'right' on the next line are one word split by hyphenation."""
    joined, compound = (left + right).lower(), f"{left}-{right}".lower()
    if compound in vocab:
        return False
    if joined in vocab or joined in _MONTHS:
        return True
    if right[:1].isupper() or left[:1].isupper() or left.lower() in _COMPOUND_HEADS:
        return False
    return left.islower() and right.islower()
