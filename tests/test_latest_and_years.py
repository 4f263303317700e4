"""The latest of one thing is one occasion ("was last inspected in 2019" / "its most recent
inspection took place in 2021": a clash), and statements whose deeds are told in other years
do not restate one claim, also when the parse dates no deed on one side ("the last eruption
was in 1985"). Sentences written for these tests (invented places)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts.timing import latest_apart, latest_in_year  # noqa: E402
from compare.match.judge import SEMANTIC_JUDGE  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402

RESTATED = (("cover", 0.9), ("idf", 0.9), ("semantic", 0.9))


@pytest.mark.parametrize(
    ("text", "what", "year"),
    [
        ("The Orlen viaduct was last inspected in 2018.", "inspected", "2018"),
        ("Its most recent inspection, in 2022, found no faults.", "inspection", "2022"),
        ("In 2016, the dockers held their latest strike.", "strike", "2016"),
        # the deed of "the last time ...", and the noun after a verb that only carries it
        ("The last time the ministers met was in 2019.", "the ministers met", "2019"),
        ("The ferry crews last went on strike in 2015.", "went", "2015"),
    ],
)
def test_the_latest_of_a_thing_and_its_year(text: str, what: str, year: str) -> None:
    found = latest_in_year(text)
    assert found is not None and (found.what, found.when) == (what, year)


@pytest.mark.parametrize(
    "text",
    [
        "The viaduct was inspected last year, in 2018.",  # a span of time, not the latest of a thing
        "The viaduct was last inspected after the floods.",  # no year
        "The last time I checked, the viaduct was open.",  # no year of the deed
    ],
)
def test_no_latest_of_a_thing(text: str) -> None:
    assert latest_in_year(text) is None


def test_two_years_for_the_latest_of_one_thing() -> None:
    found = latest_apart("The viaduct was last inspected in 2018.", "Its most recent inspection was in 2021.")
    assert found is not None and (found[0].when, found[1].when) == ("2018", "2021")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The last time the two envoys met was in 2019.", "The two envoys last met in 2016."),
        ("The town of Persk last held elections in 2014.", "The last elections in the town of Persk were in 2010."),
    ],
)
def test_the_latest_told_as_the_last_time_or_after_a_light_verb(a: str, b: str) -> None:
    assert latest_apart(a, b) is not None and latest_apart(b, a) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Orlen viaduct was last inspected in 2018.", "The most recent inspection of the Orlen viaduct was in 2021."),
        ("The Tarrow geyser last erupted in 1994.", "The last eruption of the Tarrow geyser took place in 1989."),
        ("The province's last census was held in 2012.", "The most recent census was carried out in 2016, officials said."),
    ],
)
def test_the_latest_of_one_thing_in_two_years_is_a_clash(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED, config=SEMANTIC_JUDGE)
        assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "date"), j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mount Kessel last erupted in 1990.", "Mount Orr last erupted in 1985."),  # two mountains
        ("Her latest novel appeared in 2020.", "Her latest film came out in 2022."),  # two things
        ("The mayor last visited Tarn in 2018.", "The governor last visited Tarn in 2016."),  # two visitors
        ("The Pelt club last lifted the league title in 1998.", "The Pelt club last lifted the cup in 2004."),
        ("The Orvel dam was last inspected in 2019, and the Pelt dam in 2021.", "The Pelt dam was last inspected in 2021."),
    ],
)
def test_the_latest_of_two_things_is_no_clash(a: str, b: str) -> None:
    assert judge(a, b, signals=RESTATED, config=SEMANTIC_JUDGE).verdict is not Verdict.CONTRADICT


def test_the_latest_in_one_year_agrees() -> None:
    j = judge(
        "The Orlen viaduct was last inspected in 2018.",
        "The last inspection of the Orlen viaduct took place in 2018.",
        signals=RESTATED,
        config=SEMANTIC_JUDGE,
    )
    assert j.verdict is Verdict.AGREE


def test_a_deed_and_an_event_noun_in_other_years_are_not_one_claim() -> None:
    j = judge("The Varn dam burst in 1978.", "The collapse of the Varn dam was in 1981.", signals=RESTATED, config=SEMANTIC_JUDGE)
    assert j.verdict is not Verdict.AGREE


@pytest.mark.parametrize(
    ("text", "what", "when"),
    [
        # the one before a first: "the first strike since 2015" tells the one before was in 2015
        ("It was the first strike at the Orlen plant since 2015.", "strike", "2015"),
        ("It was the first summit of the two leaders since March.", "summit", "March"),
        # "previous", and a month in the clause after the words
        ("The previous census in the province took place in May.", "census", "May"),
        ("The viaduct was last inspected in September, the ministry said.", "inspected", "September"),
    ],
)
def test_the_one_before_a_first_and_months(text: str, what: str, when: str) -> None:
    found = latest_in_year(text)
    assert found is not None and (found.what, found.when) == (what, when)


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time since March that the index rose.",  # the clause after "time" tells what
        "The previous week, the ferry ran on time.",  # a span of time
        "The last flight left before the storm, and the airport may reopen in June.",  # a month of another clause
    ],
)
def test_no_one_before_or_latest(text: str) -> None:
    assert latest_in_year(text) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It was the first summit of the two leaders since March.", "The leaders' previous summit took place in June."),
        ("It was the first strike at the Orlen plant since 2015.", "The last strike at the Orlen plant was in 2019."),
        ("The last census in the province took place in May.", "The province's previous census was held in September."),
    ],
)
def test_the_one_before_told_at_two_times_is_a_clash(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "date"), j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one tells of the bank, the other not: no one thing shown, yet never one claim
        ("It was the first rate cut since 2019.", "The bank last cut rates in 2021."),
        ("It was the first strike at the Orlen plant since 2015.", "The last strike at the Marn colliery was in 2019."),
    ],
)
def test_the_latest_told_at_two_times_never_agrees(a: str, b: str) -> None:
    assert judge(a, b, signals=RESTATED).verdict is not Verdict.AGREE


def test_the_one_before_a_first_told_in_its_month_agrees() -> None:
    a = "The raid was the first on the village since January, residents said."
    assert judge(a, "The previous raid on the village was carried out in January.", signals=RESTATED).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("text", "what", "when"),
    [
        ("The summit was the first between the two presidents since January.", "summit", "January"),
        ("It was the first general election in Tarn since 2011.", "election", "2011"),
        ("It was the first flight from Orrin since March 2020.", "flight", "2020"),
    ],
)
def test_the_thing_a_first_tells_of(text: str, what: str, when: str) -> None:
    found = latest_in_year(text)
    assert found is not None and (found.what, found.when) == (what, when)


@pytest.mark.parametrize(
    "text",
    [
        "It was not the first strike at the Kamm plant since 2015.",  # denied
        "The previous mayor of Holm was elected in 2010.",  # a person, who may hold the post again
    ],
)
def test_no_one_before_when_denied_or_a_person(text: str) -> None:
    assert latest_in_year(text) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a plan and a deed done: two seasons
        (
            "The last match of the Tarr season will be played in May.",
            "The last match of the Tarr season was played in April last year.",
        ),
        ("The previous mayor of Holm was elected in 2010.", "The previous mayor of Holm was re-elected in 2014."),
    ],
)
def test_latest_of_two_seasons_or_of_a_person_is_no_clash(a: str, b: str) -> None:
    assert judge(a, b, signals=RESTATED).verdict is not Verdict.CONTRADICT
