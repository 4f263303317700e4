"""Whole comparisons of invented report pairs (tests/data/invented/, written for these tests) in
five genres the seed and dev pairs do not cover: a warehouse blast, a dam breach, a budget vote,
a bribery trial, a fuel protest. Each pair was written with divergences an analyst would want
flagged; the test names them by a snippet of each side and the verdict (and kind) expected.
Lexical mode, so no model is needed and the verdicts come from the rules alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.match.settings import Mode, resolve_settings
from compare.models import Report, Verdict
from compare.pipeline import compare_paths

from .conftest import find

DATA = Path(__file__).parent / "data" / "invented"
_REPORTS: dict[str, Report] = {}


def report(name: str) -> Report:
    if name not in _REPORTS:
        _REPORTS[name] = compare_paths([DATA / f"{name}-a.txt", DATA / f"{name}-b.txt"], resolve_settings(Mode.lexical))
    return _REPORTS[name]


EXPECTED = [
    ("warehouse", "killing at least 14 people", "At least 22 people were killed", Verdict.CONTRADICT, "quantity"),
    ("warehouse", "six people reported missing", "More than 30 people are still missing", Verdict.CONTRADICT, "quantity"),
    ("warehouse", "was closed on Wednesday", "remained open on Wednesday", Verdict.CONTRADICT, "negation"),
    ("dam", "destroyed by Marovian artillery fire", "because of years of poor maintenance", Verdict.CONTRADICT, "negation"),
    ("dam", "destroyed by Marovian artillery fire", "accused Karsk of blowing up the dam", Verdict.CONTRADICT, "negation"),
    ("dam", "At least nine people drowned", "No one was killed", Verdict.CONTRADICT, "negation"),
    ("dam", "evacuated the hospital in Lesno", "continued to operate normally", Verdict.CONTRADICT, "negation"),
    ("dam", "rebuild the dam within a year", "rebuilt within two years", Verdict.CONTRADICT, "quantity"),
    ("budget", "raises defence spending by 8 percent", "will rise by 12 percent", Verdict.RELATED, None),
    ("budget", "voted against the bill", "supported the bill", Verdict.CONTRADICT, "negation"),
    ("budget", "raised its key interest rate", "left its key rate unchanged", Verdict.CONTRADICT, "negation"),
    ("budget", "expected to sign the budget", "will veto the budget", Verdict.CONTRADICT, "negation"),
    # one pay offer told two ways (strike called off after 10 percent, strike on after 5 percent
    # was offered): a rise and a raise are one thing counted
    ("budget", "a 10 percent pay rise", "a 5 percent raise", Verdict.CONTRADICT, "quantity"),
    ("trial", "seven years in prison", "five years in prison", Verdict.CONTRADICT, "quantity"),
    ("trial", "one count of money laundering", "acquitted him of money laundering", Verdict.CONTRADICT, "negation"),
    ("protest", "police arrested 14 people", "40 people were detained", Verdict.CONTRADICT, "quantity"),
    ("protest", "Officers used tear gas", "Police did not use tear gas", Verdict.CONTRADICT, "negation"),
    ("protest", "Ilse Brandt resigned on Friday", "was sacked by the prime minister", Verdict.RELATED, None),
]


@pytest.mark.parametrize(("name", "a", "b", "verdict", "kind"), EXPECTED)
def test_a_divergence_written_into_an_invented_pair_is_found(
    name: str, a: str, b: str, verdict: Verdict, kind: str | None
) -> None:
    r = report(name)
    pair = (find(r, a), find(r, b))
    (j,) = [j for j in r.judgements if (j.a, j.b) == pair]
    assert (j.verdict, j.kind) == (verdict, kind), j.reasons


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.stem)
def test_an_invented_report_against_itself_has_no_contradiction(path: Path) -> None:
    r = compare_paths([path, path], resolve_settings(Mode.lexical))
    assert not [j.reasons for j in r.judgements if j.verdict is Verdict.CONTRADICT]
