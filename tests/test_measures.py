"""What one definite thing measures (compare/facts/measures.py), and the clash of two sizes of
one thing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def clash(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


def measured(text: str) -> list[tuple[str, str]]:
    return [(m.thing, m.figure.span.text) for m in claims.claims_of(text).measures]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The union's offer was a 3 percent raise over two years.", [("offer", "3 percent")]),
        ("The government's latest offer is worth 5 percent, the union said.", [("offer", "5 percent")]),
        ("The rescue package totals $3 billion.", [("package", "$3 billion")]),
        ("The settlement amounts to $40 million, lawyers said.", [("settlement", "$40 million")]),
        # another one of its kind, or one not named as known
        ("An offer was worth 3 percent.", []),
        ("The bank granted a $1.5 billion loan.", []),
        # what changes from day to day
        ("The interest rate was 5 percent.", []),
        # a negation says what it is not
        ("The offer is not worth 4 percent.", []),
    ],
)
def test_what_a_thing_measures(text: str, found: list[tuple[str, str]]) -> None:
    assert measured(text) == found


def test_one_thing_with_two_sizes_clashes() -> None:
    a, b = "The union's offer was a 3 percent raise.", "The offer is worth 6 percent, the minister said."
    assert "quantity" in clash(a, b) and "quantity" in clash(b, a)
    (c,) = [c for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b)) if c.kind == "quantity"]
    assert "the offer" in c.reason and "3 percent" in c.reason and "6 percent" in c.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The offer was worth 3 percent.", "The offer amounts to 3 percent over two years."),  # the same size
        ("The offer was worth 3 percent.", "The package totals $3 billion."),  # two things
        ("The offer was worth about 3 percent.", "The offer was worth 3.2 percent."),  # hedged: may meet
        # a dimension, not what the thing measures; a figure of another thing; two owners, two of one kind
        ("The tower is 300 metres tall.", "The tower is 40 metres wide."),
        ("The fine was a fraction of the company's $2 billion profit.", "The fine was $50 million."),
        ("Kestrel's fine was 2 million euros.", "Ardon's fine was 5 million euros."),
        ("The union's first offer was a 2 percent raise.", "The union's final offer was a 4 percent raise."),
        # a size on a condition; a size that changes from year to year
        ("The offer would be worth 4 percent if the union agreed.", "The offer is worth 2 percent."),
        ("The company's revenue was $3 billion last year.", "The company's revenue was $4 billion in 2023."),
    ],
)
def test_no_clash_of_sizes(a: str, b: str) -> None:
    assert "quantity" not in clash(a, b)
