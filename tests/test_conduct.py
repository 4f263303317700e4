"""How a gathering went, peacefully or with violence (facts/conduct.py), and the clash of the two
(judge `_conduct_clash`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.facts.conduct import conduct_of
from compare.models import Verdict

from .test_judge import RESTATED, judge


@pytest.mark.parametrize(
    ("text", "peaceful"),
    [
        ("The protest in Orlay was peaceful, police said.", True),
        ("The march through the capital passed off peacefully.", True),
        ("Thousands marched peacefully through Orlay on Sunday.", True),
        ("The demonstration ended without incident.", True),
        ("Pickets outside the mill stayed good-natured all day.", True),
        ("Protesters clashed with police outside parliament.", False),
        ("Sunday's rally turned violent when protesters smashed shop windows.", False),
        ("Violence erupted at the demonstration as police fired tear gas.", False),
        ("Fans rioted after the match, and the rally descended into chaos.", False),
    ],
)
def test_how_a_gathering_went(text: str, peaceful: bool) -> None:
    found = conduct_of(text)
    assert found is not None and found.peaceful is peaceful, found


@pytest.mark.parametrize(
    "text",
    [
        # no gathering; both ways; "largely peaceful" allows some violence
        "The talks were peaceful and constructive.",
        "Police said the protest was peaceful until some protesters threw bottles.",
        "The protest was largely peaceful, police said.",
        # violence denied, done to the gathering, or by counter-protesters
        "There were no clashes with police at the rally.",
        "Counter-protesters threw stones at the demonstrators.",
        "Police officers threw tear gas canisters at the crowd during the rally.",
    ],
)
def test_no_conduct_told(text: str) -> None:
    assert conduct_of(text) is None


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The protest was peaceful.", "Protesters clashed with police.", True),
        (
            "Sunday's rally in Orlay remained peaceful.",
            "Sunday's rally in Orlay turned violent when protesters smashed shop windows.",
            True,
        ),
        ("Thousands marched peacefully through Orlay on Sunday.", "Police clashed with protesters in Orlay on Sunday.", True),
        # two places, two days, violence against the peaceful gathering
        (
            "The protest in Orlay was peaceful, police said.",
            "Protesters clashed with police at a separate rally in Kessel.",
            False,
        ),
        ("The march on Saturday was peaceful.", "Protesters clashed with police on Sunday.", False),
        (
            "Demonstrators at the pipeline protest remained peaceful, organisers said.",
            "Counter-protesters at the pipeline site threw stones at the demonstrators, police said.",
            False,
        ),
    ],
)
def test_one_gathering_told_peaceful_and_violent(a: str, b: str, clash: bool) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.6),))
        assert (j.verdict is Verdict.CONTRADICT) is clash, j.reasons
        assert not clash or j.reasons[0].startswith("how the gathering went: "), j.reasons
