from __future__ import annotations

from datetime import date

import pytest

from compare.facts.dates import find_dates, parse_header_date

PUB = date(2020, 9, 25)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("They met on September 14.", date(2020, 9, 14), date(2020, 9, 14)),
        ("Drills ran from September 14 to September 25.", date(2020, 9, 14), date(2020, 9, 25)),
        ("Drills were planned for September 10-15.", date(2020, 9, 10), date(2020, 9, 15)),
        ("The vote took place on 9 August 2020.", date(2020, 8, 9), date(2020, 8, 9)),
        ("Strikes ended in late August.", date(2020, 8, 21), date(2020, 8, 31)),
        ("Withdrawals peaked in August 2020.", date(2020, 8, 1), date(2020, 8, 31)),
        ("The talks on Sept. 3 were short.", date(2020, 9, 3), date(2020, 9, 3)),
        ("He spoke yesterday.", date(2020, 9, 24), date(2020, 9, 24)),
        ("Protests began on Sunday.", date(2020, 9, 20), date(2020, 9, 20)),
        ("Prices rose last month.", date(2020, 8, 1), date(2020, 8, 31)),
        ("The treaty was signed on December 8, 1999.", date(1999, 12, 8), date(1999, 12, 8)),
        ("Report dated 2021-03-04.", date(2021, 3, 4), date(2021, 3, 4)),
    ],
)
def test_dates_resolved_against_publication(text: str, first: date, last: date) -> None:
    found = find_dates(text, PUB)
    assert len(found) == 1, found
    assert (found[0].first, found[0].last) == (first, last)


def test_a_december_date_in_a_january_report_is_last_year() -> None:
    (d,) = find_dates("The blast on December 28 killed two.", date(2021, 1, 5))
    assert d.first == date(2020, 12, 28)


@pytest.mark.parametrize("text", ["He may resign.", "A march on the capital.", "The 2020 Slavic Brotherhood drill."])
def test_words_that_only_look_like_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_header_date() -> None:
    assert parse_header_date("September 14, 2020, 6:00 EDT") == date(2020, 9, 14)
    assert parse_header_date("Lukashenka holds his own") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbian forces withdrew a day before they were scheduled to begin on September 9.", date(2020, 9, 8)),
        ("The vote took place on August 9; protests began two days later.", date(2020, 8, 11)),
        ("The ministry denied the report three days ago.", date(2020, 9, 22)),
        ("Talks resumed one week after the ceasefire of March 6.", date(2020, 3, 13)),
    ],
)
def test_relative_offsets(text: str, expected: date) -> None:
    rel = [d for d in find_dates(text, PUB) if any(w in d.text for w in ("before", "later", "ago", "after"))]
    assert [d.first for d in rel] == [expected]


def test_a_date_without_any_year_is_of_unknown_year() -> None:
    from compare.facts.dates import find_dates
    from compare.models import DateRef, Span

    (d,) = find_dates("The ferry sank on September 14.", None)
    ref = DateRef(Span(d.start, d.end, d.text), d.first, d.last, "")
    known = DateRef(Span(0, 1, "x"), date(2021, 9, 24), date(2021, 9, 24), "")
    assert not ref.year_known and known.year_known
    assert not ref.comparable(known) and ref.comparable(ref)
    assert ref.iso(ref.start) == "--09-14"
