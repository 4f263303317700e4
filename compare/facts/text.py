"""Word-level text normalization shared by extraction and alignment."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer
from anyascii import anyascii

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "almost",
        "also",
        "although",
        "am",
        "among",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "least",
        "less",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "neither",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "same",
        "shall",
        "she",
        "should",
        "since",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "thus",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "s",
        "t",
        "mr",
        "mrs",
        "ms",
        "messrs",
        "dr",
        "also",
        "said",
        "says",
        "say",
        "according",
        "its",
        "it's",
        "one",
        "two",
        "three",
        "still",
        "thus",
        "therefore",
        "indeed",
        "however",
        "nevertheless",
    ]
)

# Irregular forms a suffix stemmer cannot join with their lemma.
_IRREGULAR = {
    "met": "meet",
    "held": "hold",
    "said": "say",
    "told": "tell",
    "began": "begin",
    "begun": "begin",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "came": "come",
    "made": "make",
    "left": "leave",
    "kept": "keep",
    "sent": "send",
    "spent": "spend",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    "thought": "think",
    "brought": "bring",
    "fought": "fight",
    "won": "win",
    "lost": "lose",
    "led": "lead",
    "fled": "flee",
    "shot": "shoot",
    "struck": "strike",
    "hit": "hit",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "grew": "grow",
    "grown": "grow",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "forces": "force",
    "troops": "troop",
    "soldiers": "soldier",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "annually": "year",
    "annual": "year",
    "yearly": "year",
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "killed": "kill",
    "dead": "die",
    "died": "die",
    "deaths": "die",
    "death": "die",
}

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


def words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lemma-ish key for a lower-case word: irregular forms first, then Snowball."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
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
