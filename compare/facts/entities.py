"""Proper-name mentions and the folding of their spelling variants into one key.

Two steps, both general:
1. `name_key` transliterates to ASCII and maps letter groups that differ between Russian,
   Ukrainian and Belarusian romanizations onto one form (kh→h, g→h, y→i, ts→t, ou→ov,
   x→ks…), and demonyms onto their country (Russian→russia).
2. `fold_keys` joins keys across all sources when their consonant skeletons match, when one
   is a short extension of the other, or when they are close by edit similarity — so
   Lukashenko/Lukashenka, Kharkov/Kharkiv and Alexander/Alyaksandr meet without a hand list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from ..lexicons import NUMBER_WORDS, STOPWORDS, TITLE_WORDS
from ..models import Entity, Span
from .text import fold

_CONNECTORS = {"of", "for", "and", "the", "de", "von", "van", "al", "bin"}
_NAME_TOKEN = re.compile(r"[A-Z]{2,}(?:-\d+)?\b|[A-Z\u0400-\u042F][^\W\d_]*(?:['’][^\W\d_]+)?(?:-[A-Z\u0400-\u042F][^\W\d_]*)*")
# Word shapes that, at the start of a sentence, are ordinary words rather than names.
_COMMON_SHAPE = re.compile(r"(?:ing|ed|ly|ment|tion|ness|ity|ous|ive|ful)$")

_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("'s", ""),
    ("’s", ""),
    ("'", ""),
    ("-", ""),
    ("shch", "sh"),
    ("kh", "h"),
    ("zh", "z"),
    ("ch", "c"),
    ("ts", "t"),
    ("tz", "t"),
    ("ph", "f"),
    ("gh", "h"),
    ("g", "h"),
    ("ck", "k"),
    ("x", "ks"),
    ("q", "k"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
    ("ou", "ov"),
    ("ie", "i"),
    ("ii", "i"),
)


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """Spelling-insensitive key of one name word: 'Tsikhanouskaya' and 'Tikhanovskaya' → 'tihanovskaia'."""
    k = re.sub(r"[^a-z0-9'’-]", "", fold(word))
    k = re.sub(r"(?<=[a-z]{3})ians?$", "ia", k)  # Russian → russia, Belarusians → belarusia
    k = re.sub(r"(?<=[a-z]{4})(?:ese|ish)$", "", k)
    for a, b in _SKELETON_RULES:
        k = k.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", k)


def consonants(key: str) -> str:
    return key[0] + re.sub(r"[aeiou]", "", key[1:]) if key else ""


def mentions(text: str, common: frozenset[str] = frozenset()) -> tuple[Entity, ...]:
    """Runs of capitalized words (joined by 'of', 'for', …), titles and sentence openers dropped.

    `common`: words the report also writes in lower case ("police", "yields"); one of them
    opening a sentence on its own ("Police said…", "Yields rose…") is that word, not a name.
    A number word opening a sentence ("Fourteen fans were detained") is never a name."""
    out: list[Entity] = []
    toks = list(_NAME_TOKEN.finditer(text))
    run: list[re.Match[str]] = []
    for i, m in enumerate(toks):
        word = m.group(0)
        low = word.lower()
        starts_sentence = m.start() == 0 or _opens_sentence(text, m.start())
        ordinary = starts_sentence and (
            _COMMON_SHAPE.search(low) or text[m.end() : m.end() + 1] == "-" or _plain_opener(text, toks, i, low, common)
        )
        if low in TITLE_WORDS or low in STOPWORDS and not word.isupper() or ordinary:
            _flush(run, text, out)
            run = []
            continue
        if run and not _adjacent(text, run, m):
            _flush(run, text, out)
            run = []
        run.append(m)
    _flush(run, text, out)
    return tuple(out)


def _plain_opener(text: str, toks: list[re.Match[str]], i: int, low: str, common: frozenset[str]) -> bool:
    """A sentence opener that is a number word, or a word of `common` not followed by another
    capitalized word of the same name ("Police Chief…" stays for the title rule to read)."""
    if low in NUMBER_WORDS:
        return True
    if low not in common or toks[i].group(0).isupper():
        return False
    return i + 1 >= len(toks) or not _adjacent(text, [toks[i]], toks[i + 1])


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a sentence end (then only spaces) stands before `start`; walks back over the
    spaces instead of searching the whole prefix, which made long texts quadratic."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] in '.!?“"'


def _adjacent(text: str, run: list[re.Match[str]], cur: re.Match[str]) -> bool:
    """Whether `cur` continues the name in `run`: next word, or joined by 'of', 'for', 'and'…

    'and' joins only inside a longer name ("Organization for Security and Cooperation"),
    never two short names ("Putin and Lukashenko") or acronyms ("NATO and OSCE").
    """
    prev = run[-1]
    gap = text[prev.end() : cur.start()]
    if gap == " ":
        return True
    word = gap.strip().lower()
    if word not in _CONNECTORS or len(gap) >= 8 or prev.group(0).isupper() or cur.group(0).isupper():
        return False
    return word != "and" or len(run) >= 2


def _flush(run: list[re.Match[str]], text: str, out: list[Entity]) -> None:
    if not run:
        return
    start, end = run[0].start(), run[-1].end()
    surface = text[start:end]
    keys = [k for m in run for k in _part_keys(m.group(0))]
    out.append(Entity(Span(start, end, surface), surface, " ".join(k for k in keys if k)))


@lru_cache(maxsize=65536)
def _part_keys(word: str) -> tuple[str, ...]:
    """Keys of a name word's hyphenated parts: 'Russian-Belarusian' → ('russia', 'belarusia')."""
    return tuple(name_key(p) for p in re.split(r"-(?=[A-Z])", word))


def fold_keys(keys: Iterable[str]) -> dict[str, str]:
    """Map every word key to a canonical key shared by its spelling variants (union-find)."""
    uniq = sorted(set(keys))
    parent = {k: k for k in uniq}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    by_first: dict[str, list[str]] = {}
    for k in uniq:
        by_first.setdefault(k[:1], []).append(k)
    for group in by_first.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if same_name(a, b):
                    ra, rb = find(a), find(b)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return {k: find(k) for k in uniq}


def same_name(a: str, b: str) -> bool:
    """Whether two name keys are spellings of one name."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    short, long_ = sorted((a, b), key=len)
    ca, cb = consonants(a), consonants(b)
    if ca == cb and len(ca) >= 4:
        return True
    if len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    return min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 90
