"""A place told closed, and an event told held there at the same time, cannot both hold ("the
Orla concert hall has been shut since the fire" / "last night's concert went ahead at the
Orla concert hall"). Sentences written for these tests (invented places)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tessin concert hall has been shut since the flood.", "Last night's concert went ahead at the Tessin concert hall."),
        ("The Marl stadium remains closed.", "The derby was held at the Marl stadium on Sunday."),
        ("The Tessin Arena will stay closed until further notice.", "Saturday's final will be played at the Tessin Arena."),
    ],
)
def test_an_event_held_at_a_closed_place_is_a_clash(a: str, b: str) -> None:
    assert "negation" in kinds(a, b)
    assert "negation" in kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Schools in Tessin were closed on Friday.", "The festival went ahead in Tessin on Friday."),  # a town, not the school
        ("Roads around the Marl stadium were closed on Sunday.", "The derby was held at the Marl stadium on Sunday."),
        ("The car park at the Marl stadium was shut.", "The derby was held at the Marl stadium."),
        ("The Marl stadium was closed on Monday.", "The derby was held at the Marl stadium on Friday."),  # two days
        ("The Marl stadium was closed in 2019 for repairs.", "The derby was held at the Marl stadium on Sunday."),
        ("The Marl stadium will close next year.", "The derby was held at the Marl stadium on Sunday."),  # later
        ("The Marl stadium was closed on Monday.", "The final will be played at the Marl stadium."),  # then, not to come
    ],
)
def test_a_closed_place_and_an_event_elsewhere_or_at_another_time_is_no_clash(a: str, b: str) -> None:
    assert "negation" not in kinds(a, b)
