"""The attribute ruler's matching, done by looking patterns up by value instead of trying each.

spaCy's English pipeline maps tags to parts of speech with an `AttributeRuler`: some 180
one- and two-token patterns ("TAG is VBZ", "LOWER is 'gets' and TAG is VBZ", "DEP in aux,
auxpass"). Its `Matcher` tries every pattern at every token, which is a quarter of the whole
parse. Every pattern of the shipped models opens with a token that names a value (an equal
tag, lower-case form or dependency, or a list of them), so the patterns that can start at a
token are found by looking its tag, form and dependency up in a table: the same matches, in
the same order, several times faster.

`install(nlp)` replaces the ruler's `match` method when every pattern is of the supported
kind (no operators, only TAG, LOWER, DEP and IS_SPACE, with equality, IN, NOT_IN or REGEX);
otherwise it leaves the ruler as it is. The rest of the component (setting the attributes) is
spaCy's own. Self-contained: the standard library and spaCy only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# The token attributes a pattern may test, in the order of the rows `_columns` reads.
ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_INDEXED = ("TAG", "LOWER", "DEP", "IS_SPACE")  # attributes whose values open an index entry

_Check = Callable[[list[Any]], bool]
_Pattern = tuple[int, int, tuple[_Check | None, ...]]  # rule number, its match id, one check per token


class Unsupported(Exception):
    """A pattern the fast matcher does not handle: the ruler is left as spaCy made it."""


def install(nlp: Any) -> bool:
    """Give the pipeline's attribute ruler the fast `match`; False (nothing changed) when it has
    none or one of its patterns is of a kind not handled here."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        fast = FastMatch(ruler)
    except Unsupported:
        return False
    ruler.match = fast
    return True


class FastMatch:
    """`AttributeRuler.match` for one ruler: `[(rule number, match id, start, end)]`, sorted.

    Tokens are read as rows of hashes (`Doc.to_array`), and the patterns' strings are hashed
    once here, so that no string is made per token."""

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.index: dict[tuple[int, Any], list[_Pattern]] = {}
        self.others: list[_Pattern] = []
        for number, rule in enumerate(ruler.patterns):
            match_id = self.strings[str(number)]
            for tokens in rule["patterns"]:
                self._add(number, match_id, tokens)

    def _add(self, number: int, match_id: int, tokens: list[dict[str, Any]]) -> None:
        if not tokens or any(not isinstance(spec, dict) for spec in tokens):
            raise Unsupported("empty pattern")
        key = _index_key(tokens[0])
        first = {name: value for name, value in tokens[0].items() if key is None or name != ATTRS[key[0]]}
        checks = tuple(self._check(spec) for spec in (first, *tokens[1:]))
        pattern = (number, match_id, checks)
        if key is None:
            self.others.append(pattern)
            return
        column, values = key
        for value in values:
            self.index.setdefault((column, self._value(column, value)), []).append(pattern)

    def _value(self, column: int, value: Any) -> Any:
        """What `Doc.to_array` holds for `value` in `column`: a string's hash, a flag's 0 or 1."""
        if ATTRS[column] == "IS_SPACE":
            if not isinstance(value, bool):
                raise Unsupported(f"IS_SPACE {value!r}")
            return int(value)
        if not isinstance(value, str):
            raise Unsupported(f"{ATTRS[column]} {value!r}")
        return self.strings.add(value)

    def _check(self, spec: dict[str, Any]) -> _Check | None:
        tests = [self._test(ATTRS.index(_known(name)), value) for name, value in spec.items()]
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]
        return lambda token: all(test(token) for test in tests)

    def _test(self, column: int, value: Any) -> _Check:
        """One attribute's test, as spaCy's Matcher applies it."""
        if not isinstance(value, dict):
            wanted = self._value(column, value)
            return lambda token: token[column] == wanted
        if len(value) != 1:
            raise Unsupported(f"predicate {value!r}")
        ((kind, argument),) = value.items()
        if kind in ("IN", "NOT_IN") and isinstance(argument, (list, tuple)):
            members = frozenset(self._value(column, v) for v in argument)
            if kind == "IN":
                return lambda token: token[column] in members
            return lambda token: token[column] not in members
        if kind == "REGEX" and isinstance(argument, str) and ATTRS[column] != "IS_SPACE":
            return self._regex(column, re.compile(argument))
        raise Unsupported(f"predicate {kind}")

    def _regex(self, column: int, pattern: re.Pattern[str]) -> _Check:
        """A regular expression over a string attribute, its answer kept per string."""
        known: dict[int, bool] = {}

        def test(token: list[Any]) -> bool:
            h = token[column]
            if h not in known:
                known[h] = pattern.search(self.strings[h]) is not None
            return known[h]

        return test

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        tokens = doc.to_array(list(ATTRS)).tolist()
        index, others = self.index, self.others
        found: set[tuple[int, int, int, int]] = set()
        for start, (tag, lower, dep, space) in enumerate(tokens):
            for key in ((0, tag), (1, lower), (2, dep), (3, space)):
                for pattern in index.get(key, ()):
                    _try(pattern, tokens, start, found)
            for pattern in others:
                _try(pattern, tokens, start, found)
        return sorted(found)


def _try(pattern: _Pattern, tokens: list[list[Any]], start: int, found: set[tuple[int, int, int, int]]) -> None:
    number, match_id, checks = pattern
    end = start + len(checks)
    if end > len(tokens):
        return
    for k, check in enumerate(checks):
        if check is not None and not check(tokens[start + k]):
            return
    found.add((number, match_id, start, end))


def _known(name: str) -> str:
    if name not in ATTRS:
        raise Unsupported(f"attribute {name}")
    return name


def _index_key(spec: dict[str, Any]) -> tuple[int, tuple[Any, ...]] | None:
    """The column and values under which a pattern opening with `spec` is filed: an attribute
    it asks to equal one value or one of a list (tags before forms before dependencies)."""
    for name in _INDEXED:
        value = spec.get(name)
        if isinstance(value, (str, bool)):
            return ATTRS.index(name), (value,)
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], (list, tuple)):
            return ATTRS.index(name), tuple(value["IN"])
    return None
