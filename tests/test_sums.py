"""What a sum of money is, as its clause tells (compare/facts/sums.py), and the comparison of two
sums of one sort by the judge. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.sums import one_sum  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402


def sums_of(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.figure.span.text) for s in claims.claims_of(text).sums]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The company was fined $2 million for the leak.", [("fine", "$2 million")]),
        ("The regulator imposed a $5 million penalty on the company.", [("fine", "$5 million")]),
        ("The kidnappers demanded a ransom of $4 million.", [("ransom", "$4 million")]),
        ("The repairs will cost about $12 million.", [("cost", "about $12 million")]),
        ("The council estimated the repair bill at $40 million.", [("cost", "$40 million")]),
        ("The stolen jewels were worth £2m, police said.", [("value", "£2m")]),
        ("The jewels taken in the raid were valued at £6m.", [("value", "£6m")]),
        ("The storm caused about $300 million in damage.", [("damage", "about $300 million")]),
        ("Police offered a $50,000 reward for information.", [("reward", "$50,000")]),
        ("The driver was released on $20,000 bail.", [("bail", "$20,000")]),
        # money taken from its owner or its purpose, by any name for the taking
        ("The court found the former mayor embezzled about $3 million.", [("sum taken", "about $3 million")]),
        ("The treasurer siphoned off 48 million crowns, the panel said.", [("sum taken", "48 million crowns")]),
        ("The clerk stole 40,000 euros from the fund.", [("sum taken", "40,000 euros")]),
        # what a verb of moving money moves is not said: a payment may be any sum
        ("The city paid $1 million to restore its systems.", []),
        ("The hospital lost $8 million of its budget.", []),
        ("The company reported profits of $40 million.", []),
        # a possibility is not a sum told
        ("The company could face a fine of $10 million.", []),
    ],
)
def test_what_a_sum_is(text: str, found: list[tuple[str, str]]) -> None:
    assert sums_of(text) == found


def one_sort(a: str, b: str) -> bool:
    (x,) = claims.claims_of(a).sums
    (y,) = claims.claims_of(b).sums
    return one_sum(x, y)


def test_a_fine_told_by_its_verb_and_by_its_noun_is_one_sort_of_sum() -> None:
    assert one_sort(
        "Russia will lend Veldra $1.5 billion to cover its gas debt.", "Russia will lend Veldra $2 billion for its gas debt."
    )
    assert one_sort(
        "The company was fined $2 million for the leak.",
        "The regulator imposed a $5 million penalty on the company over the leak.",
    )
    assert one_sort(
        "The club was fined 50,000 euros over the crowd trouble.", "UEFA fined the club 80,000 euros for the crowd trouble."
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two holders, two ends, two sorts
        ("The company was fined $2 million for the leak.", "Its rival was fined $5 million for the same leak."),
        ("The club was fined 50,000 euros over the crowd trouble.", "The club's coach was fined 10,000 euros for his remarks."),
        ("The company was fined $2 million for the leak.", "The company was fined $5 million for safety breaches."),
        ("The repairs will cost about $12 million.", "The new bridge will cost $30 million."),
        ("The painting was valued at $2 million.", "The frame alone is worth $5,000."),
        ("The storm caused about $300 million in damage.", "The storm will cost insurers $300 million."),
        ("Russia will lend Veldra $1.5 billion to cover its gas debt.", "Russia will lend Veldra $2 billion for a new port."),
    ],
)
def test_sums_of_two_holders_ends_or_sorts_are_not_one(a: str, b: str) -> None:
    assert not one_sort(a, b)


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (
            "The company was fined $2 million for the leak, the regulator said.",
            "The regulator imposed a $5 million penalty on the company over the leak.",
            "the fine",
        ),
        (
            "The stolen jewels were worth £2m, police said.",
            "Police said the jewels taken in the raid were valued at £6m.",
            "the value",
        ),
        (
            "Police offered a reward of $10,000 for information on the killing.",
            "A $25,000 reward has been offered for information about the killing.",
            "the reward",
        ),
    ],
)
def test_two_sizes_of_one_sum_contradict(a: str, b: str, shown: str) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=(("semantic", 0.8),))
        assert j.verdict is Verdict.CONTRADICT and j.kind == "quantity"
        assert j.reasons[0].startswith(f"{shown}: ")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The company was fined $2 million for the leak.", "Its rival was fined $5 million for the same leak."),
        ("The repairs will cost about $12 million, the council said.", "The new bridge will cost $30 million."),
        # two places, another one: two sums, whatever they are
        (
            "The storm caused an estimated $300 million in damage in Florida.",
            "In Georgia, the storm caused $100 million in damage.",
        ),
        (
            "The hackers demanded a ransom of $4 million.",
            "In a separate attack last year, the same group demanded a $10 million ransom.",
        ),
        # two holders or setters named apart; two times; a rate, a share, a part, a total, a forecast
        ("The FA fined Arsenal £50,000 for the brawl.", "Chelsea were fined £20,000 for the brawl."),
        ("French regulators fined Veltrane €2 million.", "German regulators fined Veltrane €3 million."),
        ("China lent Arvia $2 billion.", "The IMF lent Arvia $3 billion."),
        ("The museum valued the painting at $5 million.", "Insurers valued the painting at $3 million."),
        ("Veltrane was fined $2 million in 2019.", "Veltrane was fined $5 million on Tuesday."),
        ("The strike cost the airline $40 million a day.", "The strike cost the airline $100 million."),
        ("The jets, worth $80 million each, were delivered.", "The jets were worth $160 million."),
        (
            "The company was fined $2 million in March and a further $1 million in June.",
            "The company was fined $3 million in total.",
        ),
        ("Veltrane, which was fined $5 million last year, denied wrongdoing.", "Veltrane was fined $2 million for the leak."),
        ("The stadium was originally expected to cost $200 million.", "The stadium cost $350 million."),
        # sums more than three times apart are not compared
        ("The repairs will cost about $12 million.", "The council estimated the repair bill at $40 million."),
    ],
)
def test_sums_of_two_things_do_not_contradict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert judge(x, y, signals=(("semantic", 0.8),)).verdict is not Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The court found the former mayor embezzled about $3 million.",
            "The former mayor siphoned off $7 million, the court found.",
        ),
        (
            "The panel found that the treasurer diverted roughly 31 million crowns.",
            "The treasurer stole about 48 million crowns.",
        ),
        # the years of the period it went on for date no other sum
        (
            "The mayor embezzled about $3 million from 2010 to 2014, prosecutors said.",
            "The mayor stole roughly $8 million from the city, the court heard.",
        ),
        (
            "The court said the official siphoned off about 9 million dollars between 2015 and 2019.",
            "The judges found the official had diverted roughly 5 million dollars from the roads budget.",
        ),
    ],
)
def test_two_sizes_of_a_sum_taken_contradict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=(("semantic", 0.8),))
        assert j.verdict is Verdict.CONTRADICT and j.reasons[0].startswith("the sum taken: "), j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The kidnappers demanded a ransom of $4 million.", "The family paid a ransom of $2 million."),
        ("The company offered a 3 percent pay rise.", "Workers accepted a 5 percent pay rise."),
        ("Prosecutors sought a sentence of 12 years.", "The judge sentenced him to eight years."),
    ],
)
def test_a_figure_asked_for_is_not_compared_with_one_paid_or_given(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=(("semantic", 0.8),))
        assert j.verdict is Verdict.RELATED and "is what was asked for" in j.reasons[0], j.reasons


def test_one_sum_told_twice_agrees() -> None:
    j = judge(
        "The storm caused about $300 million in damage.",
        "Damage from the storm was estimated at $300 million.",
        signals=(("semantic", 0.9),),
    )
    assert j.verdict is Verdict.AGREE
