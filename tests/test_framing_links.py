"""Opposed stances on one thing, linked by the thing they judge (match/stage.py
`_framing_candidates`, judge.py `stance_of` / `evaluated_words`): evaluations share few words
besides what they evaluate. Sentences written for these tests (lexical mode: no model needed)."""

from __future__ import annotations

import pytest

from compare.facts.extract import frames_of
from compare.match.judge import one_conduct_judged_two_ways
from compare.models import Verdict

from .conftest import judgement, report_of

LINKED = [
    # praise against disapproval of one evacuation, by different people
    (
        "Parents described a chaotic and badly run evacuation of the school.",
        "The education minister praised teachers for an evacuation she called textbook.",
    ),
    # a verdict on a decision: "a belated capitulation" against "welcomed ... as well-timed"
    (
        "Several bankers called the rate cut a belated capitulation to the markets.",
        "Traders in the capital welcomed the rate cut as bold and well-timed.",
    ),
    # reassurance against threat about the same strikes
    (
        "The governor warned the striking dockers that they faced dismissal.",
        "The governor thanked the striking dockers for their restraint.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LINKED)
def test_opposed_stances_on_one_thing_contradict(a: str, b: str) -> None:
    j = judgement(report_of(a, b), a[:20], b[:20])
    assert j is not None and (j.verdict, j.kind) == (Verdict.CONTRADICT, "framing"), j
    assert "framing:" in j.reasons[0]


NOT_LINKED = [
    # the same stance twice
    ("Parents praised the calm evacuation of the school.", "The minister called the evacuation textbook."),
    # opposed stances on two things: nothing judged is shared
    ("Parents described a chaotic evacuation of the school.", "The minister praised the new curriculum as exemplary."),
    # people named by what they are evaluate; they are not what is evaluated
    ("Officials praised the evacuation of the hospital.", "Officials warned residents to stay away from the river."),
    ("Residents welcomed the new bridge.", "Residents were warned of flooding on Monday."),
    # words that share a cue's stem: "negligible", "Admiral", "textbooks"
    ("The damage to the harbour was negligible.", "Admiral Hale praised the harbour crews on Monday."),
    # a shared word far from both cues is not what they judge
    (
        "Critics of the plan, drawn up in the harbour office during the long winter, spoke on Monday at the harbour.",
        "The harbour master was praised by the mayor for his exemplary handling of the storm on Friday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NOT_LINKED)
def test_no_framing_link(a: str, b: str) -> None:
    j = judgement(report_of(a, b), a[:20], b[:20])
    assert j is None or j.verdict is not Verdict.CONTRADICT, j


def test_approval_and_disapproval_cues() -> None:
    assert {f for f, _ in frames_of("Relatives called the rescue chaotic and the response botched.")} == {"disapproval"}
    assert {f for f, _ in frames_of("She hailed the exemplary and prudent response.")} == {"approval"}
    # "critical" (a condition) is no criticism
    assert frames_of("Two patients remain in critical condition.") == []
    assert {f for f, _ in frames_of("Critics say the law is a mistake.")} == {"disapproval"}
    for plain in (
        "The damage was negligible.",
        "Admiral Hale toured the port.",
        "New textbooks arrived.",
        "The storm caused chaos.",
    ):
        assert frames_of(plain) == [], plain


def test_only_stances_on_conduct_link_by_a_shared_word() -> None:
    """The words of other frames also tell plain facts ("extended", "regular" describe the
    drills): a word shared near them does not make a link of its own (the aligner may still
    link the two, and the judge then reads their framing)."""
    report = report_of("The army extended the drills near the border by a week.", "The drills near the border are regular.")
    (a, b) = report.statements
    assert not one_conduct_judged_two_ways(a, report.facts_of(a.id), b, report.facts_of(b.id))
    report = report_of("Parents described a chaotic evacuation of the school.", "The minister praised the evacuation.")
    (a, b) = report.statements
    assert one_conduct_judged_two_ways(a, report.facts_of(a.id), b, report.facts_of(b.id))


def test_conduct_told_as_orderly_or_violent() -> None:
    """ "A peaceful march" and "a violent mob" judge one crowd's conduct; "peace talks" and "an
    order" hold the stems of "peaceful" and "orderly" and judge nothing, nor do violence and
    peace that are no crowd's conduct ("a peaceful settlement", "without a violent crackdown")."""
    assert {f for f, _ in frames_of("Hundreds joined an orderly and peaceful march to the port.")} == {"approval"}
    assert {f for f, _ in frames_of("The students protested peacefully outside the ministry.")} == {"approval"}
    assert {f for f, _ in frames_of("A violent mob rampaged through the market on Friday.")} == {"disapproval"}
    assert {f for f, _ in frames_of("The rescue was handled recklessly, and the inquiry was bungled.")} == {"disapproval"}
    for plain in (
        "Peace talks resumed in Varn on Monday.",
        "The court issued an order on Tuesday.",
        "Both sides said they wanted a peaceful settlement of the dispute.",
        "The governor hopes to end the strikes without a violent crackdown.",
    ):
        assert frames_of(plain) == [], plain
    a = "Thousands joined a peaceful march through the old town of Selm on Saturday."
    b = "A violent mob marched through the old town of Selm on Saturday, the police said."
    j = judgement(report_of(a, b), a[:20], b[:20])
    assert j is not None and (j.verdict, j.kind) == (Verdict.CONTRADICT, "framing"), j
