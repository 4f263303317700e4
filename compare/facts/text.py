"""Word-level text normalization shared by extraction and alignment."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import snowballstemmer
from anyascii import anyascii

from ..lexicons import IRREGULAR_FORMS, STOPWORDS

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """ASCII transliteration (Cyrillic, accents, curly quotes) in lower case."""
    return anyascii(text).lower()


_RUN = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4)  # shared by the gates of the statement being read
def runs(text: str) -> frozenset[str]:
    """The lower-case alphanumeric runs of `text` ('post-election' → post, election)."""
    return frozenset(_RUN.findall(text.lower()))


class Gate:
    """A cheap necessary condition for a family of patterns, tested before them.

    A text can match a word-bounded phrase only if it holds the phrase's first alphanumeric
    run as a run of its own; testing that against the text's set of runs (computed once per
    text and shared by every extractor) costs far less than scanning the text with a large
    case-insensitive alternation, which is what the extractors spent most of their time on.
    """

    def __init__(self, phrases: Iterable[str], digits: bool = False) -> None:
        self.words = frozenset(m.group(0) for p in phrases if (m := _RUN.search(p.lower())))
        self.digits = digits

    def __call__(self, text: str) -> bool:
        if self.digits and _DIGIT.search(text):
            return True
        return not self.words.isdisjoint(runs(text))


class CaseBlind:
    """A case-insensitive pattern that scans ASCII text several times faster, with the same
    matches.

    Python's `re` has no fast path for an alternation of words under IGNORECASE ("january|
    february|…" is tried letter by letter at every position). Over ASCII text, the same pattern
    without the flag, run on the text in lower case, matches at exactly the same places, since
    lowering an ASCII text changes no length, no word boundary and nothing but A-Z; each match
    found so is then made on the text itself by the case-insensitive pattern, anchored there,
    so that callers get the same match objects. Only for a pattern that this holds for (no
    upper-case letter or class range over letters, no inline flags, no escape that names a
    character by its code or a class by an upper-case letter: see `_lowercase_only`); any other
    pattern, and any text with non-ASCII characters, is scanned as it is.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags | re.IGNORECASE)
        self._lower = re.compile(pattern, flags & ~re.IGNORECASE) if _lowercase_only(pattern) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)`."""
        low = ascii_lower(text) if self._lower is not None else None
        if low is None or self._lower is None:
            return self.pattern.finditer(text)
        match = self.pattern.match
        return iter([match(text, m.start()) for m in self._lower.finditer(low)])  # type: ignore[misc]

    def search(self, text: str) -> re.Match[str] | None:
        """`self.pattern.search(text)`."""
        low = ascii_lower(text) if self._lower is not None else None
        if low is None or self._lower is None:
            return self.pattern.search(text)
        found = self._lower.search(low)
        return None if found is None else self.pattern.match(text, found.start())


@lru_cache(maxsize=4)  # shared by the patterns of the statement being read
def ascii_lower(text: str) -> str | None:
    """The text in lower case when it is all ASCII (the same length, letter for letter), else None."""
    return text.lower() if text.isascii() else None


_GROUP_NAME = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)")


def _lowercase_only(pattern: str) -> bool:
    """Whether `pattern` matches ASCII text in lower case, without IGNORECASE, exactly where it
    matches the text itself with it: every letter it names is a lower-case ASCII one (or has
    no case at all), every range in a class runs over digits or over lower-case letters only,
    and it sets no flags inline."""
    text = _GROUP_NAME.sub("", pattern)
    in_class = False
    k = 0
    while k < len(text):
        c = text[k]
        if c == "\\":
            nxt = text[k + 1 : k + 2]
            if nxt.isdigit() or nxt in ("x", "u", "U", "N", "g") or nxt.isupper():
                return False  # a character by its code, a back-reference, \S, \W, \B…
            k += 2
            continue
        if c == "(" and text[k + 1 : k + 2] == "?" and text[k + 2 : k + 3] not in (":", "=", "!", "<"):
            return False  # inline flags
        if c.isascii() and c.isupper() or not c.isascii() and not c.lower() == c == c.upper():
            return False
        if c == "[" and not in_class:
            in_class = True
            k += 2 if text[k + 1 : k + 2] == "^" else 1
            if text[k : k + 1] == "]":
                k += 1  # a leading "]" is a member
            continue
        if c == "]" and in_class:
            in_class = False
        elif in_class and c == "-" and text[k - 1] != "[" and text[k + 1 : k + 2] not in ("]", ""):
            low, high = text[k - 1], text[k + 1]
            if not (low.isdigit() and high.isdigit() or "a" <= low <= high <= "z") or text[k - 2 : k - 1] == "\\":
                return False  # a range over upper-case letters, or from an escape
        k += 1
    return True


@lru_cache(maxsize=65536)  # Snowball in pure Python is the costly part of extraction; words repeat
def stem(word: str) -> str:
    """Lemma-ish key for a lower-case word: irregular forms first, then Snowball."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[w]
    return _STEMMER.stemWord(w)


def content_words(text: str) -> list[str]:
    """Stemmed content words of a text, in order, stopwords and bare numbers dropped."""
    out = []
    for m in WORD.finditer(fold(text)):
        w = m.group(0)
        if w in STOPWORDS or w.isdigit() or len(w) < 2:
            continue
        out.append(stem(w))
    return out
