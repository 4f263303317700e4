"""How far from what (compare/facts/distances.py), and two distances from one reference compared
by the judge. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402


def distances_of(text: str) -> list[tuple[str, str]]:
    return [(d.reference, d.figure.span.text) for d in claims.claims_of(text).distances]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ferry sank about 5 kilometres off the coast.", [("shore", "about 5 kilometres")]),
        ("The ferry went down 12 km from the shore.", [("shore", "12 km")]),
        ("The fishing boat capsized 20 km offshore.", [("shore", "20 km")]),
        ("The quarry blast was felt 20 kilometres away.", [("away", "20 kilometres")]),
        ("The plane crashed 30 miles north of the capital.", [("capital", "30 miles")]),
        ("The institute put the epicentre 40 km from Tesk.", [("tesk", "40 km")]),
        # a length that is no distance from anything
        ("The wreckage was scattered over 2 km.", []),
        ("A 3 km queue formed at the border.", []),
        ("The new bridge is 800 metres long.", []),
    ],
)
def test_how_far_from_what(text: str, found: list[tuple[str, str]]) -> None:
    assert distances_of(text) == found


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (
            "The ferry sank about 5 kilometres off the coast.",
            "The ferry went down 12 km from the shore.",
            "the distance from the coast: ",
        ),
        ("The quarry blast was felt 20 kilometres away.", "Residents 60 km away felt the quarry blast.", "the distance: "),
        (
            "The plane crashed 30 miles north of the capital.",
            "The plane came down 90 km north of the capital.",
            "the distance from the capital: ",
        ),
    ],
)
def test_two_distances_from_one_reference_contradict(a: str, b: str, shown: str) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=(("semantic", 0.8),))
        assert j.verdict is Verdict.CONTRADICT and j.kind == "quantity"
    assert judge(a, b, signals=(("semantic", 0.8),)).reasons[0].startswith(shown)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry sank 5 kilometres off the coast.", "The ferry had sailed 40 kilometres from the port of Ardo."),
        ("The quarry blast was felt 20 kilometres away.", "The quarry lies 3 km from the village."),
        ("The epicentre was 15 km from Tesk.", "The quake was felt 200 km from Orro."),
    ],
)
def test_distances_from_two_references_do_not_contradict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert judge(x, y, signals=(("semantic", 0.8),)).verdict is not Verdict.CONTRADICT


def test_one_distance_in_miles_and_kilometres_agrees() -> None:
    j = judge(
        "The plane crashed 30 miles north of the capital.",
        "The plane came down about 48 km north of the capital.",
        signals=(("semantic", 0.9),),
    )
    assert j.verdict is Verdict.AGREE
