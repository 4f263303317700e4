"""Floors on the sentence pairs of tests/data/sentence_pairs/ (scripts/sentence_pairs.py): pairs
of news sentences written from scratch for this measure, each clashing or compatible (the
second set also restating one claim, or making two). The first set was tuned on in session 16
(clashes found 19 -> 40 of 96), the second in session 17 (24 -> 37 of 80): the floors keep what
the rules gained and hold the false findings down. session17b.jsonl has no floor: written the
same way and never read, it measures wording nobody tuned on. session22.jsonl has no floor
either: 48 clashing pairs of six kinds (cause, status, date, negation, framing, quantity) by a
writer who never saw the code, read in session 22 (7 found when written, semantic; 8 if every
pair were linked): a measure of how narrow the readers still are. session23.jsonl (seven kinds,
by another writer who never saw the code) was measured when written and then read in session 23:
it has floors, below; so has session24.jsonl (seven kinds of saying no: a deed not done, a
refusal, none harmed, someone absent, a denial, a place shut, an attempt failed), read in
session 24. The sets named "b" (24b to 34b) have no floor: each written blind, by a helper that
never saw the code, for the kinds its session read, and measured by totals (session34b: opposite
qualities, votes, "X, not Y", hours, supplies; 7 of 36 clashes found at the end of session 34;
session35b: parts and wholes, "without", reasons, things of two sides, one deed in two words;
session36b: shares of one whole, a place at work as usual, who fired first, votes, who found or
rescued someone, the first and the last of a series: 7 of 36 at session 36's start, 9 at its end;
session37b: one deed in two words, a measure moved two ways, one holder's two stances, where one
thing came from, a warning given or not, being at a gathering or away: 5 of 36 at session 37's
start, 12 at its end; session40b: a pronoun for its speaker, a generic name, parts, refusals,
dismissals, a hedged toll: 16 of 36 at session 40's start, 17 at its end; session41b: the day
set for an event, a voiced stance, being ready to join or refusing, access, one act named
twice, opposite deeds: 8 of 36 at session 41's start, 11 at its end)."""

from __future__ import annotations

import importlib.util
from collections import Counter

from compare.match.settings import Settings

from .conftest import ROOT, parser_or_skip_module

parser_or_skip_module()

FOUND_AT_LEAST = 40  # of 96 clashing pairs, lexical mode (the same as semantic at session 16)
FALSE_AT_MOST = 2  # of 48 compatible pairs


def _script():
    spec = importlib.util.spec_from_file_location("sentence_pairs", ROOT / "scripts" / "sentence_pairs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _measured(name: str) -> tuple[dict[str, Counter], Counter]:
    """One set's tally per kind (lexical mode), and its total."""
    tally = _script().measure([ROOT / "tests" / "data" / "sentence_pairs" / name], Settings.lexical())
    total: Counter = Counter()
    for counts in tally.values():
        total.update(counts)
    return tally, total


def test_clashes_found_and_false_clashes_stay_within_their_floors() -> None:
    tally, total = _measured("session16.jsonl")
    assert total["found"] + total["missed"] == 96 and total["false"] + total["right"] == 48
    assert total["found"] >= FOUND_AT_LEAST, dict(tally)
    assert total["false"] <= FALSE_AT_MOST, dict(tally)


# The second set (session17.jsonl: ten kinds, each 8 clashing pairs, 8 restatements and 4
# different claims about one event), tuned on in session 17; lexical mode.
SECOND_FOUND_AT_LEAST = 37  # of 80 clashing pairs (24 when it was written)
SECOND_FALSE_AT_MOST = 5  # of 120 pairs that do not clash
SECOND_AGREED_AT_LEAST = 49  # of 80 restatements
SECOND_FALSE_AGREE_AT_MOST = 14  # of 40 different claims
SECOND_CLASHES_AGREED_AT_MOST = 12  # of the 80 clashing pairs, judged to agree (13 before session 18's place check)


def test_second_set_stays_within_its_floors() -> None:
    tally, total = _measured("session17.jsonl")
    assert total["found"] + total["missed"] == 80 and total["agreed"] + total["unagreed"] == 80
    assert total["found"] >= SECOND_FOUND_AT_LEAST, dict(tally)
    assert total["false"] <= SECOND_FALSE_AT_MOST, dict(tally)
    assert total["agreed"] >= SECOND_AGREED_AT_LEAST, dict(tally)
    assert total["false_agree"] <= SECOND_FALSE_AGREE_AT_MOST, dict(tally)
    assert total["clash_agreed"] <= SECOND_CLASHES_AGREED_AT_MOST, dict(tally)


# The session-23 set (session23.jsonl: seven kinds, each 8 clashing pairs, 4 restatements and
# 4 compatible claims, by a writer who never saw the code): 10 of 56 clashes found when written
# (semantic, at 2f3ff93), 19 with that session's readers before its misses were read, 24 after
# (semantic; 23 lexical). Floors in lexical mode, as above.
THIRD_FOUND_AT_LEAST = 23  # of 56 clashing pairs
THIRD_FALSE_AT_MOST = 3  # of 56 pairs that do not clash (restatements and compatible claims)
THIRD_FALSE_AGREE_AT_MOST = 2  # of 28 compatible claims judged to agree


def test_third_set_stays_within_its_floors() -> None:
    tally, total = _measured("session23.jsonl")
    assert total["found"] + total["missed"] == 56 and total["agreed"] + total["unagreed"] == 28
    assert total["found"] >= THIRD_FOUND_AT_LEAST, dict(tally)
    assert total["false"] <= THIRD_FALSE_AT_MOST, dict(tally)
    assert total["false_agree"] <= THIRD_FALSE_AGREE_AT_MOST, dict(tally)


# The session-24 set (session24.jsonl: seven kinds, each 8 clashing pairs, 4 restatements and
# 4 compatible claims, by a writer who never saw the code): 19 of 56 clashes found when written
# (semantic, at 76a6db4; 20 clashes judged to agree), 39 after that session's readers (opposite
# deeds, none told by "zero" and "without", claims called false, a gerund's winner). Lexical:
# 15 -> 20. Floors in lexical mode, as above.
FOURTH_FOUND_AT_LEAST = 20  # of 56 clashing pairs
FOURTH_FALSE_AT_MOST = 2  # of 56 pairs that do not clash
FOURTH_FALSE_AGREE_AT_MOST = 1  # of 28 compatible claims judged to agree
FOURTH_CLASHES_AGREED_AT_MOST = 3  # of the 56 clashing pairs, judged to agree


def test_fourth_set_stays_within_its_floors() -> None:
    tally, total = _measured("session24.jsonl")
    assert total["found"] + total["missed"] == 56 and total["agreed"] + total["unagreed"] == 28
    assert total["found"] >= FOURTH_FOUND_AT_LEAST, dict(tally)
    assert total["false"] <= FOURTH_FALSE_AT_MOST, dict(tally)
    assert total["false_agree"] <= FOURTH_FALSE_AGREE_AT_MOST, dict(tally)
    assert total["clash_agreed"] <= FOURTH_CLASHES_AGREED_AT_MOST, dict(tally)
