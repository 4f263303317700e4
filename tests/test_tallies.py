"""How a vote went, unanimous or split, and the clash of the two about one vote: sentences
written for these tests (invented councils and boards)."""

from __future__ import annotations

import pytest

from compare.facts.tallies import tally
from compare.models import Verdict

from .test_judge import RESTATED, judge


@pytest.mark.parametrize(
    ("text", "unanimous", "words"),
    [
        ("The Hollin council voted unanimously for the ferry levy.", True, "unanimously"),
        ("The levy passed without dissent.", True, "without dissent"),
        ("All nine councillors voted for the levy.", True, "All nine councillors voted for"),
        ("The board backed the merger by a 9-0 vote.", True, "9-0 vote"),
        ("Two of the seven board members voted against the merger.", False, "Two of the seven board members voted against"),
        ("The levy passed the council by a 7-2 vote.", False, "by a 7-2 vote"),
        ("The assembly approved the bill by 88 votes to 12.", False, "by 88 votes to 12"),
        ("Three committee members abstained.", False, "Three committee members abstained"),
        ("The decision was not unanimous.", False, "not unanimous"),
        ("The assembly adopted the Harl resolution by consensus.", True, "by consensus"),
        ("The motion carried with no votes against.", True, "with no votes against"),
        ("Every member of the water panel voted in favour.", True, "Every member of the water panel voted in favour"),
        ("Seven of the nine trustees voted for the sale.", False, "Seven of the nine trustees voted for"),
        ("All nine of the trustees voted for the sale.", True, "All nine of the trustees voted for"),
        ("The Marn plan passed by a vote of 11 to 4.", False, "by a vote of 11 to 4"),
        ("The bill narrowly passed the lower house.", False, "narrowly passed"),
        ("The council backed the plan, with two members abstaining.", False, "with two members abstaining"),
        ("The measure drew 40 votes in favour and 12 against.", False, "40 votes in favour and 12 against"),
        ("Two judges voted no.", False, "Two judges voted no"),
    ],
)
def test_a_vote_is_told_unanimous_or_split(text: str, unanimous: bool, words: str) -> None:
    found = tally(text)
    assert found is not None and found.unanimous is unanimous and found.words == words


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on the levy on Tuesday.",  # says neither
        "The motion passed unanimously, with two abstentions.",  # says both
        "Hollin Rovers won 3-0 on Saturday.",  # a score is no vote
        "Two politically opposed parties share power in Hollin.",
        "Hollin Rovers narrowly won the derby.",
    ],
)
def test_no_tally_where_a_text_tells_neither_or_both(text: str) -> None:
    assert tally(text) is None


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The Hollin council voted unanimously for the ferry levy on Tuesday.",
            "Two Hollin councillors voted against the ferry levy on Tuesday.",
            Verdict.CONTRADICT,
        ),
        (
            "The board of Marrow Bank approved the dividend unanimously.",
            "The Marrow Bank board approved the dividend by a 5-2 vote.",
            Verdict.CONTRADICT,
        ),
        # two votes: another day, another one of its kind
        (
            "The Hollin council voted unanimously for the ferry levy on Tuesday.",
            "Two Hollin councillors voted against the ferry levy on Friday.",
            Verdict.RELATED,
        ),
        (
            "The Hollin council voted unanimously for the ferry levy.",
            "Two Hollin councillors voted against a separate ferry levy.",
            Verdict.RELATED,
        ),
    ],
)
def test_one_vote_told_unanimous_and_split_clashes(a: str, b: str, verdict: Verdict) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED)
        assert j.verdict is verdict, j.reasons
    if "5-2" in b:  # told by the tally alone (a vote "for" and one "against" is also a stance)
        assert "how the vote went: 'unanimously' vs 'by a 5-2 vote'" in judge(a, b, signals=RESTATED).reasons[0]
