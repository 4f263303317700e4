"""One deed told with and without its doer ("guards opened the gates" / "the gates opened"),
and words in common that are not one deed: a verb in an idiom on one side ("opened fire" /
"did not open"), or the deed told of two parts of a place ("in the north of the town" / "in
the south of it"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.models import Verdict  # noqa: E402

from .test_judge import RESTATED, judge  # noqa: E402

CLOSE = RESTATED + (("semantic", 0.9),)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Guards opened the border gates at dawn on Monday.", "The border gates opened at dawn on Monday."),
        ("Civil defence staff sounded the sirens in all four villages.", "Sirens sounded in all four villages, residents said."),
    ],
)
def test_one_deed_told_with_and_without_its_doer_agrees(a: str, b: str) -> None:
    assert judge(a, b, signals=CLOSE).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Guards opened the border gates at dawn on Monday.", "The border gates did not open on Monday."),
        ("Civil defence staff sounded the sirens in all four villages.", "No siren sounded in any of the four villages."),
    ],
)
def test_one_deed_told_with_its_doer_and_denied_without_contradicts(a: str, b: str) -> None:
    assert judge(a, b, signals=CLOSE).verdict is Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Guards opened fire at the gates on Monday.", "The gates did not open on Monday."),
        ("Soldiers opened fire near the gates of the base on Monday.", "The gates of the base did not open on Monday."),
        ("The handover of the prisoners took place on Friday.", "The army did not take the prisoners to the border on Friday."),
        ("Staff sounded the sirens in the north of the town.", "No siren sounded in the south of the town."),
    ],
)
def test_a_denial_of_another_deed_does_not_contradict(a: str, b: str) -> None:
    assert judge(a, b, signals=CLOSE).verdict is not Verdict.CONTRADICT


def test_an_idiom_with_its_owner_word_is_still_an_idiom() -> None:
    a, b = "The army held its fire in Tesk on Monday.", "The army did not hold talks in Tesk on Monday."
    assert judge(a, b, signals=CLOSE).verdict is not Verdict.CONTRADICT
