"""What tells two claims apart or makes them one, read from the parse: the kind of thing a
measure is of ("bread prices" / "milk prices"), where a deed was done ("started in the
kitchen" / "in a bedroom"), who did a deed one side denies ("police did not fire" / "soldiers
opened fire"), a body's spokesman speaking for it, what runs on a line, a toll that fell, a
measure that grew ("an economy that grew 0.8 percent").
Sentences written for these tests (invented places and bodies)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402

RESTATED = (("cover", 0.95), ("idf", 0.95), ("semantic", 0.95))  # signals of a pair worded alike


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Bread prices rose in March.", "Milk prices fell in March.", Verdict.RELATED),
        ("Sales of electric cars rose last year.", "Sales of diesel cars fell last year.", Verdict.RELATED),
        ("Bread prices rose in March, the office said.", "Bread prices fell in March, the office said.", Verdict.CONTRADICT),
        ("Sales of electric cars rose last year.", "Sales of electric cars fell last year.", Verdict.CONTRADICT),
        ("The length of the exercises was doubled.", "The length of the joint exercises was cut.", Verdict.CONTRADICT),
    ],
)
def test_a_measure_of_another_kind_of_thing_is_another_measure(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b).verdict is verdict
    assert judge(b, a).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Investigators said the fire started in the kitchen.", "Investigators said the fire started in a bedroom."),
        ("The protest began at the university.", "The protest began at the railway station."),
    ],
)
def test_a_deed_done_in_two_places_is_no_agreement(a: str, b: str) -> None:
    assert judge(a, b, 0.9, RESTATED).verdict is not Verdict.AGREE
    assert judge(b, a, 0.9, RESTATED).verdict is not Verdict.AGREE


def test_a_deed_done_in_one_place_told_alike_still_agrees() -> None:
    a, b = "Investigators said the fire started in the kitchen.", "The fire started in the kitchen, investigators said."
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "Harlow Foods confirmed on Monday that it was in talks to buy the Brenna dairy group.",
            "A Harlow Foods spokesman denied that the company was in talks to buy Brenna.",
            Verdict.CONTRADICT,
        ),
        (
            "The Ostin ministry confirmed that it was in talks with the teachers.",
            "The ministry denied that it was in talks with the nurses.",
            Verdict.RELATED,
        ),
    ],
)
def test_a_body_denying_what_it_was_said_to_do(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, 0.6).verdict is verdict


def test_opening_fire_is_firing() -> None:
    read = [(p.verb, p.agent, p.polarity) for p in claims.claims_of("Soldiers opened fire on the crowd.").propositions]
    assert ("fire", "soldier", "+") in read


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "Soldiers opened fire on the crowd, witnesses said.",
            "Police did not fire on the crowd, the ministry said.",
            Verdict.RELATED,
        ),
        (
            "Soldiers opened fire on the crowd, witnesses said.",
            "The army said its soldiers did not fire on the crowd.",
            Verdict.CONTRADICT,
        ),
        (
            "Police officers opened fire on the crowd.",
            "The police did not fire on the crowd, the ministry said.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_a_deed_denied_of_another_doer_is_no_denial_of_it(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, 0.6).verdict is verdict


def test_trams_run_on_the_tram_line() -> None:
    a = "The Ostrava tram line remained shut on Tuesday morning while engineers checked the wires."
    b = "Trams on the Ostrava line were back in service overnight and ran normally on Tuesday morning."
    assert judge(a, b).verdict is Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The number of people missing fell to 12 on Friday.", "missing", 12),
        ("The death toll dropped to 14 after officials recounted.", "killed", 14),
    ],
)
def test_a_toll_that_fell_is_still_a_toll(text: str, category: str, value: int) -> None:
    assert [(c.category, c.value) for c in claims.claims_of(text).counts] == [(category, value)]


def test_an_economy_that_grew_is_a_change_of_the_economy() -> None:
    found = [(c.thing.lemma, c.direction, c.size) for c in claims.claims_of("It hit an economy that grew 0.8 percent.").changes]
    assert found == [("economy", "up", "0.8 percent")]


def test_trams_on_another_line_do_not_run_on_it() -> None:
    a, b = "The Ostin tram line remained shut on Tuesday.", "Trams on the Kelby line were running normally on Tuesday."
    assert judge(a, b).verdict is not Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The value of Varn's currency fell on Monday.", "The value of the Varn currency rose on Monday."),
        ("Sales of the company's cars fell in May.", "Sales of Harlow Motors cars rose in May."),
    ],
)
def test_owners_told_two_ways_are_no_two_kinds(a: str, b: str) -> None:
    assert judge(a, b).verdict is Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Militants attacked the convoy on Monday.", "The rebels did not attack the convoy on Monday, their spokesman said."),
        ("The ministry banned the march.", "The government did not ban the march, officials said."),
    ],
)
def test_a_deed_denied_by_another_word_for_its_doer_still_clashes(a: str, b: str) -> None:
    assert judge(a, b, 0.6).verdict is Verdict.CONTRADICT


def test_a_depot_is_no_line_trams_run_on() -> None:
    a, b = "The Ostin tram depot was closed to visitors on Sunday.", "Trams in Ostin ran normally on Sunday."
    assert judge(a, b).verdict is not Verdict.CONTRADICT


def test_one_place_named_two_ways_is_no_two_places() -> None:
    a, b = "The ferry sank near the port of Harlow on Sunday.", "The ferry sank near Harlow harbour on Sunday."
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The storm killed two people in Varn on Sunday.", "The storm killed two people in Ostin on Sunday."),
        ("The minister arrived in Harlow on Monday.", "The minister arrived in Varn on Monday."),
    ],
)
def test_one_sentence_told_of_two_places_is_no_clash(a: str, b: str) -> None:
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.RELATED


def test_one_journey_from_two_places_clashes() -> None:
    a, b = "The ship sailed from Varn on Monday with 300 passengers.", "The ship sailed from Ostin on Monday with 300 passengers."
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.CONTRADICT
