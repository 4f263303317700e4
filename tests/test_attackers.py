"""How many carried out one attack (facts/claims/counts.py `_attackers_of`): "a lone gunman"
against "three attackers" is a dispute over the attack's doers. Sentences written for these
tests (invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import RESTATED, judge  # noqa: E402


def attackers(text: str) -> list[float]:
    return [c.value for c in claims.claims_of(text).counts if c.category == "attackers"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A lone gunman opened fire at the Marrow street fair.", [1.0]),
        ("The raid on the depot was carried out by a single attacker acting alone.", [1.0]),
        ("Four masked raiders stormed the Ostley jewellery shop.", [4.0]),
        ("The Ostley jewellery shop was robbed by two men on motorbikes.", [2.0]),
        ("Three assailants took part in the assault on the checkpoint.", [3.0]),
        # their fate, one of them, an article without "lone", a deed not done
        ("One gunman was shot dead by police.", []),
        ("A gunman surrendered to police at the fair.", []),
        ("A gunman opened fire at the Marrow street fair.", []),
        ("Two gunmen did not open fire, witnesses said.", []),
    ],
)
def test_the_doers_of_an_attack_are_counted(text: str, count: list[float]) -> None:
    assert attackers(text) == count


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "Police said the shooting at the Marrow street fair was carried out by a lone gunman acting alone.",
            "Three attackers took part in the shooting at the Marrow street fair, witnesses said.",
            Verdict.CONTRADICT,
        ),
        (
            "Two gunmen opened fire at the Marrow street fair.",
            "A lone gunman opened fire at the Marrow street fair.",
            Verdict.CONTRADICT,
        ),
        ("Two gunmen attacked the Ostley post office.", "The Ostley post office was attacked by two gunmen.", Verdict.AGREE),
        # two attacks, on two days in two towns
        (
            "Three gunmen stormed the Rosa hotel in Kettle on Monday.",
            "Two gunmen stormed a bank in Varrow on Tuesday.",
            Verdict.RELATED,
        ),
    ],
)
def test_one_attack_with_two_counts_of_doers(a: str, b: str, verdict: Verdict) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.8),))
        assert j.verdict is verdict, j.reasons
        assert verdict is not Verdict.CONTRADICT or j.reasons[0].startswith("attackers: ")


def test_an_attack_of_another_year_is_another_count() -> None:
    a = claims.claims_of("In 2019, three gunmen attacked the Halden mosque.")
    b = claims.claims_of("A lone gunman attacked the Halden mosque on Friday.")
    assert not [c for c in claims.conflicts(a, b) if c.reason.startswith("attackers")]
