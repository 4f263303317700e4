"""A deed told as a habit ("the council meets on Mondays", "ferries usually sail at dawn") and
the same deed done once ("the council met on Thursday"): not one claim, never an agreement.
Sentences written for these tests (invented places and bodies)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.propositions import habits_apart  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402

RESTATED = (("cover", 0.95), ("idf", 0.95), ("semantic", 0.95))  # signals of a pair worded alike


def habits(text: str) -> list[tuple[str, bool]]:
    return [(p.verb, p.habitual) for p in claims.claims_of(text).propositions]


@pytest.mark.parametrize(
    ("text", "habitual"),
    [
        ("The Tarn parish council meets on Mondays.", True),
        ("The Tarn parish council meets every Monday.", True),
        ("Ferries to Oskel usually sail at dawn.", True),
        ("The Ledra board meets monthly.", True),
        ("The Tarn parish council met on Monday.", False),
        ("The Ledra summit opens on Tuesday.", False),  # one day to come
        ("The Ledra board will meet every month.", False),  # told with "will": not the present simple
    ],
)
def test_a_deed_in_the_present_simple_with_a_frequency_is_a_habit(text: str, habitual: bool) -> None:
    assert any(h for _, h in habits(text)) is habitual


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("The Tarn parish council meets on Mondays.", "The Tarn parish council met on Thursday.", True),
        ("The Ledra board meets monthly.", "The Ledra board met on Wednesday.", True),
        ("The Oskel market opens on Saturdays.", "The Oskel market opened on Sunday for the first time.", True),
        # two habits told alike; another body; a deed to come
        ("The Tarn parish council meets on Mondays.", "The Tarn parish council holds its meetings on Mondays.", False),
        ("The Tarn parish council meets on Mondays.", "The Ledra board met on Thursday.", False),
        ("The Tarn parish council meets on Mondays.", "The Tarn parish council will meet on Thursday.", False),
    ],
)
def test_a_habit_and_one_occasion_are_set_apart(a: str, b: str, apart: bool) -> None:
    found = habits_apart(claims.claims_of(a).propositions, claims.claims_of(b).propositions)
    assert (found is not None) is apart


def test_a_habit_and_one_occasion_told_alike_are_not_an_agreement() -> None:
    a, b = "The Tarn parish council meets on Mondays.", "The Tarn parish council met on Thursday."
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.RELATED
    assert judge(b, a, 0.9, RESTATED).verdict is Verdict.RELATED


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Kelso council, which usually meets on Mondays, met on Thursday.", "The Kelso council met on Thursday."),
        ("The Kelso council meets on Mondays and met again this Monday.", "The Kelso council met this Monday."),
    ],
)
def test_a_habit_told_beside_the_occasion_does_not_set_it_apart(a: str, b: str) -> None:
    assert habits_apart(claims.claims_of(a).propositions, claims.claims_of(b).propositions) is None


def test_every_member_is_no_habit() -> None:
    assert not any(h for _, h in habits("Every member of the Ledra board supports the plan."))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Marrow Bay ferries usually sail at dawn.", "The Marrow Bay ferries sailed at noon on Sunday."),
        ("The Kelso council usually meets on Mondays.", "The Kelso council did not meet on Monday."),
    ],
)
def test_a_habit_and_one_time_it_was_not_kept_do_not_clash(a: str, b: str) -> None:
    assert judge(a, b).verdict is not Verdict.CONTRADICT and judge(b, a).verdict is not Verdict.CONTRADICT


def test_a_habit_and_its_negation_clash() -> None:
    a, b = "The Kelso council meets on Mondays, the mayor said.", "The Kelso council does not meet on Mondays, the mayor said."
    assert judge(a, b).verdict is Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Ledra mayor holds a press conference every Friday.", "The Ledra mayor does not hold press conferences."),
        ("The Ledra committee meets monthly.", "The Ledra committee does not meet."),
    ],
)
def test_a_habit_and_a_general_negation_clash(a: str, b: str) -> None:
    assert judge(a, b).verdict is Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The Orsk pipeline usually carries 40,000 barrels a day.",
            "The Orsk pipeline carried 12,000 barrels on Tuesday.",
            Verdict.RELATED,
        ),
        (
            "The Tarn clinic typically treats 50 patients a day.",
            "The Tarn clinic treated 90 patients on Friday.",
            Verdict.RELATED,
        ),
        (
            "The Orsk pipeline usually carries 40,000 barrels a day.",
            "The Orsk pipeline usually carries 12,000 barrels a day.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_a_figure_done_as_a_rule_and_one_done_once_are_not_compared(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b).verdict is verdict
