"""Statements' facts as a store keeps them: JSON, and the terms of a full-text index.

The text analysis behind retrieval lives here, not in the store: which words and entity keys a
statement is found by, the consonant skeleton of each entity key (so Lukashenko finds
Lukashenka), and how a token becomes one index term. The store receives `Encoded` statements
and treats their terms as opaque.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..models import Facts
from .entities import consonants
from .serialize import facts_from_dict, facts_to_dict

SKELETON_PREFIX = "zz"  # marks a consonant skeleton, so it never collides with a word


@dataclass(frozen=True)
class Encoded:
    """One statement's facts as the store keeps them: JSON, and the terms of the full-text
    index. Made by `encode`, which ingest workers run so the writing process only writes."""

    facts_json: str
    terms: tuple[str, ...]


def encode(facts: Sequence[Facts]) -> tuple[Encoded, ...]:
    return tuple(Encoded(json.dumps(facts_to_dict(f)), tuple(index_terms(f))) for f in facts)


def decode(facts_json: str, statement_id: str) -> Facts:
    """The facts `encode` stored; raises ValueError when the JSON is not what it wrote."""
    try:
        return facts_from_dict(json.loads(facts_json), statement_id)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from None


def index_terms(f: Facts) -> list[str]:
    """What the full-text index holds for a statement: its words, its entity keys, and each
    key's consonant skeleton (so Lukashenko finds Lukashenka)."""
    terms: dict[str, None] = {}
    for t in f.tokens:
        for v in _terms_of_token(t):
            terms.setdefault(v, None)
    return list(terms)


@lru_cache(maxsize=65536)
def _terms_of_token(token: str) -> tuple[str, ...]:
    """A token's index terms: a word is itself; an entity key ("@" marker) is itself and its
    consonant skeleton."""
    variants = [token[1:], SKELETON_PREFIX + consonants(token[1:])] if token.startswith("@") else [token]
    return tuple(v for v in map(term_of, variants) if v)


@lru_cache(maxsize=65536)
def term_of(token: str) -> str:
    """A token as one FTS5 term: the unicode61 tokenizer would split 'post-elect' in two."""
    v = "".join(ch for ch in token.lstrip("@") if ch.isalnum()).lower()
    return v if v.isascii() else ""
