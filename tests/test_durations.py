"""Lengths of time told in two units (compare/facts/durations.py, quantities.in_one_unit), and
parts of a unit of time. Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.facts.quantities import find_quantities, in_one_unit

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Trading was halted for three quarters of an hour.", 0.75, "h"),
        ("The talks lasted half an hour.", 0.5, "h"),
        ("The strike lasted a month and a half.", 1.5, "mo"),
        ("The meeting went on for an hour and a half.", 1.5, "h"),
    ],
)
def test_a_part_of_a_unit_of_time(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text) if q.unit == unit] == [(value, unit)]


def test_a_months_rent_is_no_length_of_time() -> None:
    assert not [q for q in find_quantities("They pay half a month's rent.") if q.unit == "mo"]


def test_two_units_of_time_meet_in_the_smaller() -> None:
    (weeks,), (months,) = find_quantities("six weeks"), find_quantities("three months")
    a, b = in_one_unit(weeks, months)
    assert (a.unit, b.unit) == ("wk", "wk") and a.value == 6 and 12 < b.value < 14


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("The strike lasted six weeks.", {"strike", "walkout"}),
        ("The 48-hour strike ended on Tuesday.", {"strike", "walkout"}),
        ("The vote on the bill was delayed for 45 minutes after the opening bell.", {"vote", "bill"}),
        # an offset from an event is no length of what lasted
        ("The first ambulances arrived more than an hour after the crash.", None),
        ("Army units arrived within 20 minutes of the alert.", None),
    ],
)
def test_what_lasted_a_length_of_time(text: str, holders: set[str] | None) -> None:
    found = [set(d.holders) for d in claims.claims_of(text).durations]
    assert found == ([holders] if holders is not None else [])


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The strike lasted six weeks, the union said.",
            "The strike went on for about three months, the union said.",
            Verdict.CONTRADICT,
        ),
        ("The hostages were held for 48 hours.", "The hostages spent five days in captivity.", Verdict.CONTRADICT),
        ("The strike lasted six weeks.", "The strike went on for a month and a half.", Verdict.AGREE),
        ("The hostages were held for 48 hours.", "The hostages were held for two days.", Verdict.AGREE),
        ("Trading was suspended for 45 minutes.", "The exchange paused trading for three quarters of an hour.", Verdict.AGREE),
    ],
)
def test_one_length_in_two_units(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, signals=(("semantic", 0.8), ("cover", 0.8), ("idf", 0.6))).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The strike lasted six weeks.", "Talks to end the strike took three days."),  # two things lasted
        ("The siege lasted four days.", "The ceasefire during the siege lasted 12 hours."),
        ("The siege lasted four days.", "The siege was briefly lifted for six hours."),  # another deed's length
        ("The hostages were held for three days.", "One hostage was held for 12 hours before being freed."),  # one of them
        ("The strike lasted six weeks.", "A previous strike in 2019 lasted three months."),  # another one
        ("The road was closed for 12 hours.", "The road was closed for two days last year after a landslide."),  # another time
        ("The curfew lasted three days.", "The minister had said the curfew would last two weeks."),  # a length to come
        ("The outage lasted three hours.", "The company said the outage would be fixed within two days."),
        ("The navy detained the cargo ship for eleven days.", "The tanker was allowed to continue after six hours."),  # an offset
    ],
)
def test_lengths_of_two_things_in_two_units_do_not_contradict(a: str, b: str) -> None:
    assert judge(a, b, signals=(("semantic", 0.8),)).verdict is not Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one holder: two lengths of one strike
        ("The 48-hour strike by nurses ended on Tuesday.", "The three-day strike by nurses ended on Tuesday.", True),
        # two holders named: two strikes
        ("The 48-hour strike by nurses ended on Tuesday.", "The three-day strike by teachers ended on Wednesday.", False),
        ("The pilots' 24-hour strike grounded flights.", "The cabin crews' two-day strike grounded flights.", False),
    ],
)
def test_lengths_of_things_held_by_others_are_not_compared(a: str, b: str, clash: bool) -> None:
    assert (judge(a, b, signals=(("cover", 0.6), ("semantic", 0.8))).verdict is Verdict.CONTRADICT) == clash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one unit: still two strikes when held by others
        (
            "A 12-hour strike by cleaners at the Sable hospital ended at midnight.",
            "A 24-hour strike by porters at the Sable hospital ended at midnight.",
        ),
        (
            "A 24-hour strike by workers at the Sarn port ended on Monday.",
            "A two-day strike by workers at the Sarn airport ended on Monday.",
        ),
        ("The 48-hour strike by Orlen nurses ended on Tuesday.", "The three-day strike by Vesta nurses ended on Tuesday."),
    ],
)
def test_lengths_held_by_others_in_one_unit_are_not_compared(a: str, b: str) -> None:
    assert judge(a, b, signals=(("cover", 0.6), ("semantic", 0.8))).verdict is not Verdict.CONTRADICT


def test_a_length_told_with_an_article_is_read() -> None:
    a, b = "A 24-hour strike by Sarn dockers ended on Monday.", "A 48-hour strike by Sarn dockers ended on Monday."
    assert judge(a, b, signals=(("cover", 0.6), ("semantic", 0.8))).verdict is Verdict.CONTRADICT
