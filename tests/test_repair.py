"""The parse repair: a subject a comma-set participle took is given back to its verb."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.claims import load_parser  # noqa: E402
from compare.facts.claims.repair import numbers_as_numbers, reattach_subjects  # noqa: E402


def _subjects(text: str) -> dict[str, str]:
    """Each subject word of the repaired parse, with its dependency and verb."""
    doc = reattach_subjects(load_parser()(text))
    return {t.text: f"{t.dep_} {t.head.text}" for t in doc if t.dep_ in ("nsubj", "nsubjpass")}


def test_a_subject_taken_by_a_participle_goes_back_to_the_verb() -> None:
    text = "Jan Petrak, wanted in connection with the fire, was detained on Sunday."
    before = {t.text: t.dep_ for t in load_parser()(text)}
    assert before["Petrak"] == "nsubj" and before["wanted"] == "advcl"  # the misparse this mends
    assert _subjects(text) == {"Petrak": "nsubjpass detained"}
    doc = reattach_subjects(load_parser()(text))
    assert next(t for t in doc if t.text == "wanted").dep_ == "acl"
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # parsed right already: left alone
        ("The suspect, arrested on Friday, was charged with murder.", {"suspect": "nsubjpass charged"}),
        (
            "Officials, speaking on condition of anonymity, said the plant was shut.",
            {"Officials": "nsubj said", "plant": "nsubjpass shut"},
        ),
        # a clause that is no participle set off by commas
        ("When the police arrived, the crowd dispersed.", {"police": "nsubj arrived", "crowd": "nsubj dispersed"}),
    ],
)
def test_other_parses_are_left_alone(text: str, subjects: dict[str, str]) -> None:
    assert _subjects(text) == subjects


def test_the_mended_subject_is_what_the_deed_was_done_to() -> None:
    a = "Police detained Jan Petrak on Thursday."
    b = "Jan Petrak, wanted in connection with the fire, was detained on Sunday."
    kinds = [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]
    assert "date" in kinds


def test_answers_read_on_the_parse_before_its_repair_are_dropped() -> None:
    """Rules memoize what they read of a word on its doc (`polarity.memo_of`); a repair that
    moves a word drops those answers, and nothing else the doc holds."""
    from compare.facts.polarity import claimed_or_denied, negated_here

    def read(text: str) -> object:
        doc = load_parser()(text)
        for token in doc:
            negated_here(token), claimed_or_denied(token)
        doc.user_data["someone else's"] = 1
        return doc

    mended = reattach_subjects(read("Jan Petrak, wanted in connection with the fire, was not detained on Sunday."))
    assert list(mended.user_data) == ["someone else's"]
    kept = reattach_subjects(read("The suspect, arrested on Friday, was not charged with murder."))
    assert any(isinstance(k, str) and k.startswith("compare.") for k in kept.user_data)
    assert negated_here(next(t for t in kept if t.text == "charged"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sixty people are still missing, the coastguard said on Tuesday.", 60),
        ("Sixty people are still missing after the ferry capsized.", 60),
    ],
)
def test_a_number_in_words_parsed_as_an_adjective_is_a_count(text: str, value: float) -> None:
    counts = claims.claims_of(text).counts
    assert [c.value for c in counts] == [value]


def test_an_ordinal_stays_an_adjective() -> None:
    doc = numbers_as_numbers(load_parser()("First responders reached the village at dawn."))
    assert doc[0].dep_ != "nummod"


def test_a_count_in_words_opening_a_sentence_meets_the_same_in_figures() -> None:
    a, b = claims.claims_of("Sixty people are still missing."), claims.claims_of("At least 45 people are missing.")
    assert "quantity" in [c.kind for c in claims.conflicts(a, b)]
