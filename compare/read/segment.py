"""Split a `Source`'s paragraphs into `Statement`s: sentences a reader would quote.

Rules, in order, for a candidate boundary after ``.``, ``!`` or ``?`` (and closing quotes):
no boundary inside parentheses, after an abbreviation or an initial (``Mr.``, ``Messrs.``,
``Gen.``, ``U.S.``, ``i.e.``, ``Aug. 9``, ``J. Smith``), before a lower-case word, or inside a
short quotation; a parenthetical citation right after a boundary (``… agenda” (TASS,
September 14).``) stays with the sentence it supports.

We keep our own rules rather than pysbd or syntok: both are unmaintained since 2021–22 and
neither keeps a trailing ``(Source, date)`` citation with its sentence, and we need exact
offsets through the cleaning map anyway.
"""

from __future__ import annotations

import re

from ..lexicons import ABBREVIATIONS
from ..models import Source, Statement

# Abbreviations that may also end a sentence ("… in the U.S. The next …").
_MAYBE_FINAL = re.compile(r"^(?:[A-Za-z]\.){1,3}[A-Za-z]$")
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "yet",
        "a",
        "an",
        "there",
        "his",
        "her",
        "their",
        "our",
        "as",
        "after",
        "before",
        "when",
        "while",
        "if",
        "for",
        "with",
    ]
)
# A sentence ends before a space, the end, or a parenthesis glued to it that opens with a
# capital: text scraped from pages runs photo credits into the sentence ("… the van.(Police
# handout via AP) In this photo …").
_CANDIDATE = re.compile(r"[.!?]+[\"”’'»)\]]*(?=\s|$|\([A-Z])")
_CITATION_AFTER = re.compile(r"\s*\((?P<body>[^()]{2,160})\)\s*\.?(?=\s|$)")
_PAREN = re.compile(r"\((?P<body>[^()]{2,160})\)")
_MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(r"^(?:this|these|that|those|it|they|he|she|such|the same|both)\b", re.IGNORECASE)
_OPEN_QUOTES, _CLOSE_QUOTES = "“«", "”»"
MAX_QUOTE_SPAN = 300  # a quotation longer than this may be split into its sentences


def segment(source: Source) -> tuple[Statement, ...]:
    """All statements of a source, numbered from 1 in reading order."""
    out: list[Statement] = []
    previous, carried = "", False
    for p_index, para in enumerate(source.paragraphs):
        spans = sentence_spans(para.text)
        # A paragraph of one sentence (news copy writes one to a line) hands its sentence to the
        # next: "He denied all the charges" points back to it. A longer paragraph does not.
        previous = previous if carried else ""
        # ... unless it points back itself ("They said…" after "He denied…"): then it names no one
        carried = len(spans) == 1 and not _ANAPHOR.match(para.text[spans[0][0] : spans[0][1]])
        for start, end in spans:
            text = para.text[start:end]
            out.append(
                Statement(
                    id=f"{source.id}:{len(out) + 1}",
                    source=source.id,
                    index=len(out) + 1,
                    text=text,
                    start=para.offsets[start],
                    end=para.offsets[end - 1] + 1,
                    paragraph=p_index,
                    footnotes=tuple(n for pos, n in para.markers if start < pos <= end + 1),
                    inline_citations=tuple(inline_citations(text)),
                    context=previous if _ANAPHOR.match(text) else "",
                )
            )
            previous = text
    return tuple(out)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in a cleaned paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if end <= start or not _is_boundary(text, start, m.start(), end):
            continue
        cite = _CITATION_AFTER.match(text, end)
        if cite and is_citation(cite.group("body")):
            end = cite.end()
        spans.append((start, end))
        start = _skip_space(text, end)
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if any(c.isalnum() for c in text[s:e])]


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _is_boundary(text: str, start: int, punct: int, end: int) -> bool:
    nxt = text[_skip_space(text, end) : _skip_space(text, end) + 40]
    if not nxt:
        return True
    if text[start:punct].count("(") > text[start:punct].count(")"):
        return False
    if nxt[0].islower() or nxt[0] in ",;:":
        return False
    tail = re.search(r"[\w.'’-]*$", text[start:punct])  # always matches, maybe empty
    word = tail.group(0) if tail else ""
    if text[punct] == "." and not _ends_sentence_after(word, nxt):
        return False
    return not _inside_short_quote(text, start, end)


def _ends_sentence_after(word: str, nxt: str) -> bool:
    """Whether a period after `word` ends the sentence, given the text that follows."""
    bare = word.lower().replace(".", "").strip("'’")
    if bare in ABBREVIATIONS:
        return bool(re.match(r"(?:The|This|These|It|He|She|They|In|But)\b", nxt)) and bare in {"etc", "al", "inc", "ltd", "co"}
    if re.fullmatch(r"[A-Z]", word):  # an initial: "J. Smith"
        return False
    if _MAYBE_FINAL.match(word):  # U.S, i.e: a boundary only before a typical sentence opener
        first = re.match(r"[\w’']+", nxt)
        return first is not None and first.group(0).lower() in _SENTENCE_STARTERS
    return True


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """A curly quotation opened before `end` that closes soon after: keep it in one sentence."""
    seg = text[start:end]
    opened = sum(seg.count(q) for q in _OPEN_QUOTES) - sum(seg.count(q) for q in _CLOSE_QUOTES)
    if opened <= 0:
        return False
    close = min((i for i in (text.find(q, end) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    return close >= 0 and close - start <= MAX_QUOTE_SPAN


def is_citation(body: str) -> bool:
    """Whether a parenthetical reads as a source citation: '(TASS, September 14)', '(see EDM, …)'."""
    b = body.strip()
    if re.match(r"(?:see|cf\.?|via|source:)\s", b, re.IGNORECASE):
        return True
    if not _MONTH_DAY.search(b):
        return False
    first = b.split(",")[0].strip()
    return bool(first) and (first[0].isupper() or first[0].isdigit())


# The dateline that opens wire copy: the place in capitals, maybe its country, the day, the
# outlet, a dash ("PARNAU, Estravia, Oct 10 (Continental Press) -", "MOSCOW (AP) —",
# "WASHINGTON —"). It tells where, when and by whom the report was filed, not what happened:
# two reports filed on one day share its date whatever they say.
_DATELINE = re.compile(
    r"(?P<place>(?:[A-Z][A-Z'’.-]+\s+)*[A-Z][A-Z'’.-]+)"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
    r"(?:,\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?)?"
    r"(?:\s+\([^()]{1,60}\))?"
    r"\s*(?:-{1,2}|[–—])(?=\s)"
)


def dateline(text: str) -> str:
    """The dateline opening `text`, or ""."""
    m = _DATELINE.match(text)
    return m.group(0) if m else ""


def dateline_place(text: str) -> str:
    """The place of the dateline opening `text` ("PARNAU" of "PARNAU, Oct 10 (Continental
    Press) -"), or "": a word two reports filed from one town share, though not a claim."""
    m = _DATELINE.match(text)
    return m.group("place") if m else ""


def inline_citations(text: str) -> list[str]:
    """Citations in a statement, blanked from what it claims: parenthetical source citations,
    and the dateline of wire copy."""
    found = [m.group(0) for m in _PAREN.finditer(text) if is_citation(m.group("body"))]
    line = dateline(text)
    return [line, *(c for c in found if c not in line)] if line else found
