"""Who says what, across three reports: a group reads as the claim it is about, is joined by
verdicts on more than a name, and never holds two different loans. Invented reports only."""

from __future__ import annotations

import pytest

from compare.match.groups import different_things, lenders, topic
from compare.models import Report
from compare.output.render import render_report, render_to_text

from .conftest import ROOT, find, report_of

A = (
    "Loans for Veldra\n\nRussia will lend Veldra $1.5 billion to cover its gas debt, the finance ministry said. "
    "China lent Veldra $500 million in March for a new railway. "
    "President Anton Marek said the country would repay both loans by 2030."
)
B = (
    "Veldra secures credit\n\nMoscow agreed to lend Veldra $1.5 billion to cover its gas debt. "
    "The railway loan of $500 million from China was signed in March. "
    "Turkey lent Veldra $500 million in June for a power plant."
)
C = (
    "Veldra and its creditors\n\nBeijing provided Veldra a $500 million loan in March for the railway. "
    "Russia will lend Veldra $2 billion for a new port, according to Reuters. "
    "President Anton Marek visited Moscow in April."
)


@pytest.fixture(scope="module")
def loans() -> Report:
    return report_of(A, B, C)


def _group_of(report: Report, snippet: str) -> tuple[str, ...]:
    sid = find(report, snippet)
    return next((g.statements for g in report.groups if sid in g.statements), ())


def test_each_loan_is_its_own_group(loans: Report) -> None:
    russian = _group_of(loans, "Russia will lend Veldra $1.5 billion")
    chinese = _group_of(loans, "China lent Veldra $500 million")
    assert set(russian) == {find(loans, "Russia will lend Veldra $1.5 billion"), find(loans, "Moscow agreed")}
    assert set(chinese) == {find(loans, "China lent"), find(loans, "The railway loan"), find(loans, "Beijing provided")}
    # another amount, another lender: never in a group with either loan
    assert find(loans, "$2 billion") not in russian + chinese
    assert find(loans, "Turkey lent") not in russian + chinese


def test_one_loan_told_at_two_sizes_is_one_group_with_a_contradiction() -> None:
    c = C.replace("for a new port", "for its gas debt")  # one lender, one borrower, one end: one loan
    report = report_of(A, B, c)
    russian = _group_of(report, "Russia will lend Veldra $1.5 billion")
    assert find(report, "$2 billion") in russian
    (group,) = [g for g in report.groups if find(report, "$2 billion") in g.statements]
    assert group.contradiction


def test_no_group_rests_on_a_shared_name(loans: Report) -> None:
    assert _group_of(loans, "President Anton Marek visited") == ()


def test_group_labels_read_as_claims(loans: Report) -> None:
    topics = {g.topic for g in loans.groups}
    assert topics == {
        "Moscow agreed to lend Veldra $1.5 billion to cover its gas debt",
        "China lent Veldra $500 million in March for a new railway",
    }


def test_who_says_what_in_the_terminal(loans: Report) -> None:
    text = render_to_text(render_report(loans), width=80)
    block = text.split("Who says what (2 groups)")[1].split("Only in")[0]
    assert "• China lent Veldra $500 million in March for a new railway\n" in block
    assert "    a, b, c: $500 million (500 million USD)\n" in block


def test_the_readme_example_is_what_the_program_prints(loans: Report) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("  ```\n  • Moscow agreed") + 6
    example = [line[2:] for line in readme[start : readme.index("  ```", start)].splitlines()]
    printed = render_to_text(render_report(loans), width=100).splitlines()
    at = printed.index(example[0])
    assert [line.rstrip() for line in printed[at : at + len(example)]] == example


def test_a_topic_drops_attribution_citation_and_quotes_and_stops_at_the_clause() -> None:
    report = report_of(
        "According to the mayor, “the bridge over the Tams will reopen on Friday,” officials wrote (Radio Tams, May 3).",
        "The bridge over the Tams will reopen on Friday, which ends a month of detours.",
    )
    assert topic(report.statements) == "The bridge over the Tams will reopen on Friday"


def test_lenders_and_different_loans() -> None:
    report = report_of(
        "Moscow lent Veldra $500 million. Russia’s $500 million loan was signed in May.",
        "The $500 million loan from China was signed in May.",
    )
    ids = [s.id for s in report.statements]
    st = {s.id: s for s in report.statements}
    assert [lenders(report.facts_of(i), st[i]) for i in ids] == [{"russia"}, {"russia"}, {"china"}]
    a, b = ids[0], ids[2]
    assert different_things(report.facts_of(a), report.facts_of(b), st[a], st[b])
    assert not different_things(report.facts_of(ids[0]), report.facts_of(ids[1]), st[ids[0]], st[ids[1]])
