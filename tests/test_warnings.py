"""A warning given, got or not ("without any warning", "received no warning", "gave the
campers a final warning") read as the deed "warn": sentences written for these tests
(invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def negations(a: str, b: str) -> list[str]:
    found = [
        *claims.conflicts(claims.claims_of(a), claims.claims_of(b)),
        *claims.conflicts(claims.claims_of(b), claims.claims_of(a)),
    ]
    return [c.reason for c in found if c.kind == "negation"]


def warnings(text: str) -> set[tuple[str, frozenset[str]]]:
    return {(p.polarity, p.core) for p in claims.claims_of(text).propositions if p.verb == "warn"}


@pytest.mark.parametrize(
    ("text", "polarity", "warned"),
    [
        ("Police dragged the campers out of their tents without any warning.", "not", {"camper"}),
        ("Riot police cleared the square without any warning.", "not", set()),  # whoever was there
        ("Officers gave the campers a final warning over loudspeakers.", "+", {"camper"}),
        ("Villagers in Osk received no warning before the dam burst.", "not", {"villager"}),
        ("The villagers had been alerted two hours before the dam burst.", "+", {"villager"}),
        ("No warning was given to the crew before the boarding.", "not", {"crew"}),
        ("The army said it had warned residents to leave.", "+", set()),  # residents, people: any who were there
        ("The strike on the market came without warning.", "not", set()),
    ],
)
def test_a_warning_given_got_or_not(text: str, polarity: str, warned: set[str]) -> None:
    assert (polarity, frozenset(warned)) in warnings(text)


def test_a_warning_that_something_will_happen_is_speech() -> None:
    assert not warnings("The minister warned that fuel prices would rise.")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Police dragged the campers out of their tents without any warning.",
            "Officers gave the campers a final warning over loudspeakers before moving in.",
        ),
        (
            "Residents of Dorn said the strike on the market came without warning.",
            "The army said it had warned residents to leave an hour before the strike on the market.",
        ),
        (
            "Villagers in Osk received no warning before the dam burst.",
            "The authorities said the villagers had been alerted two hours before the dam burst.",
        ),
    ],
)
def test_no_warning_and_a_warning_given_clash(a: str, b: str) -> None:
    assert any(r.startswith(("warned:", "not warn")) for r in negations(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a warning about something else, by another giver, to other people, on another day
        ("Police stormed the building without warning.", "The ministry issued a warning about heavy rain."),
        (
            "The mayor gave no warning before closing the bridge.",
            "The coastguard gave the ferry crews a warning before closing the port.",
        ),
        ("The sailors received no warning before the boarding.", "The navy warned the fishermen before the boarding."),
        ("Officers gave the campers a warning on Tuesday.", "Police raided the camp without warning on Friday."),
        ("The referee gave Lund a final warning.", "The referee sent off Dorr without warning."),
        ("Police opened fire without warning on the crowd in Selm.", "Police warned the crowd in Varna to disperse."),
    ],
)
def test_no_clash_between_warnings_of_other_things_givers_people_or_days(a: str, b: str) -> None:
    assert not [r for r in negations(a, b) if r.startswith(("warned:", "not warn"))]
