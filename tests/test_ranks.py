"""Where one thing stands in a run of its kind (compare/facts/ranks.py), on sentences written
for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def clash(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # one attack, two places in this year's run
        (
            "It was the fourth raid on the country's grain terminals this year, the ministry said.",
            "The strike was the second raid on grain terminals this year.",
            "quantity",
        ),
        (
            "The outage was the 3rd blackout this month in the capital.",
            "It was the fifth blackout this month, residents said.",
            "quantity",
        ),
        # the worst since two years: told of the thing, or of its subject
        (
            "The storm is the worst in the region since 2004, forecasters said.",
            "It was the worst storm in the province since 2011.",
            "date",
        ),
        ("The blaze was the largest fire in the park since 1998.", "It is the biggest fire in the park since 2006.", "date"),
    ],
)
def test_one_thing_ranked_two_ways(a: str, b: str, kind: str) -> None:
    assert kind in clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same rank
        ("It was the fourth raid on grain terminals this year.", "The strike was the fourth raid on grain terminals this year."),
        ("The storm is the worst since 2004.", "It was the worst storm in the province since 2004."),
        # no span of time: a run of a night, of a war, of one town
        ("The second raid came at dawn.", "The fourth raid came at dusk."),
        # other spans: this year, this month
        ("It was the second raid this year.", "It was the fourth raid this month."),
        # two measures: the deadliest is not the strongest
        ("The quake was the deadliest since 1999.", "The quake was the strongest since 2011."),
        # two things
        ("It was the third flood this year.", "It was the fifth storm this year."),
    ],
)
def test_ranks_that_can_both_hold(a: str, b: str) -> None:
    assert not {"quantity", "date"} & set(clash(a, b))
