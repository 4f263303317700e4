"""Word-level text normalization shared by extraction and alignment."""

from __future__ import annotations

import re
from collections.abc import Iterable
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
