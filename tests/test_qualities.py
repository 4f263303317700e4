"""What a thing is said to be, and opposite qualities of one thing ("the protesters were armed"
vs "unarmed protesters"): sentences written for these tests (invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.claims.qualities import negative_prefix  # noqa: E402
from compare.match.judge import RuleJudge  # noqa: E402
from compare.models import Candidate, Statement, Verdict  # noqa: E402


def conflict_kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


def qualities(text: str) -> list[tuple[str, str, bool]]:
    return [(q.thing.lemma, q.word, q.said) for q in claims.claims_of(text).qualities]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Witnesses said the marchers in Tolva were unarmed.", [("marcher", "unarmed", True)]),
        ("Engineers found the Harl dam to be unstable.", [("dam", "unstable", True)]),
        ("The landing at Coldra airfield was authorised by the port authority.", [("landing", "authorised", True)]),
        ("The electoral board declared the Vesk ballots invalid.", [("ballot", "invalid", True)]),
        ("The coast road remains impassable.", [("road", "impassable", True)]),
        ("Guards fired on unarmed marchers.", [("marcher", "unarmed", False)]),
    ],
)
def test_a_quality_is_read_where_a_clause_says_it_or_an_adjective_tells_it(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert set(found) <= set(qualities(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Harl dam is not unstable, engineers said.",  # negated
        "The Harl dam could become unstable after more rain.",  # a possibility
        "Many people in Tolva were unemployed.",  # which people, the clause does not say
        "The Vesk ballot was expected to pass easily.",  # a participle that opens another clause
    ],
)
def test_no_quality_is_read_from_a_negation_a_possibility_or_an_unknown_thing(text: str) -> None:
    assert [w for _, w, said in qualities(text) if said] == []


@pytest.mark.parametrize(
    ("word", "other", "prefix"),
    [
        ("armed", "unarmed", "un"),
        ("valid", "invalid", "in"),
        ("legal", "illegal", "il"),
        ("regular", "irregular", "ir"),
        ("possible", "impossible", "im"),
        ("honest", "dishonest", "dis"),
        ("violent", "non-violent", "non-"),
        # words that only look negated
        ("valuable", "invaluable", None),
        ("covered", "uncovered", None),
        ("formed", "informed", None),
        ("armed", "armed", None),
    ],
)
def test_a_negative_prefix_makes_an_opposite(word: str, other: str, prefix: str | None) -> None:
    assert negative_prefix(word, other) == prefix


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # opposite qualities of one thing
        ("Witnesses said the marchers in Tolva were unarmed.", "Police said the marchers in Tolva were armed.", True),
        ("Guards fired on unarmed marchers in Tolva.", "The marchers in Tolva were armed, the governor said.", True),
        ("Inspectors found the Harl dam to be stable.", "Engineers said the Harl dam was unstable.", True),
        (
            "The landing at Coldra was authorised by the port authority.",
            "The port authority said the landing at Coldra was unauthorised.",
            True,
        ),
        ("The electoral board declared the Vesk ballots invalid.", "The Vesk ballots were valid, the court said.", True),
        ("The ferry crossing was dangerous, survivors said.", "The ferry crossing was safe, the operator said.", True),
        ("The Marn strike was legal, the union said.", "Managers called it an illegal strike at Marn.", True),
        # one deed done well and badly
        ("The evacuation was poorly organised, residents said.", "Officials said the evacuation had been well organised.", True),
        ("Survivors said the camp was badly run.", "The camp was well run, the charity said.", True),
        (
            "The emergency services were well prepared, the mayor said.",
            "The emergency services were unprepared, residents said.",
            True,
        ),
        # two things, two kinds of one thing, two times, two adjectives on nouns
        ("The north dam is unstable, engineers said.", "The south dam is stable, engineers said.", False),
        ("The marchers were unarmed, witnesses said.", "The soldiers were armed with rifles.", False),
        ("The Harl bridge was unsafe in 2019, an audit found.", "The Harl bridge is safe, officials said.", False),
        ("Armed police guarded the embassy in Tolva.", "Unarmed police patrolled the market in Tolva.", False),
        # no opposite: the same quality, or a word that only looks negated; a deed done well and a deed told bare
        ("The evacuation was well organised, officials said.", "The evacuation was organised by the army.", False),
        ("The nearby school was damaged as well.", "The nearby school was badly damaged.", False),
        ("The rescue was badly prepared, critics said.", "The rescue was unprepared, critics said.", False),
        ("The Harl dam is unstable.", "Engineers said the Harl dam was unstable.", False),
        ("The plot against the mayor was uncovered on Monday.", "The plot against the mayor was covered in the press.", False),
    ],
)
def test_opposite_qualities_of_one_thing_clash(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash
    assert ("negation" in conflict_kinds(b, a)) is clash


def judge(a: str, b: str, semantic: float) -> Verdict:
    sa, sb = Statement("a:1", "a", 1, a, 0, len(a), 0), Statement("b:1", "b", 1, b, 0, len(b), 0)
    from compare.facts.extract import extract
    from compare.match.judge import SEMANTIC_JUDGE

    signals = (("semantic", semantic), ("cover", 0.5), ("idf", 0.5))
    return RuleJudge(SEMANTIC_JUDGE).pair(sa, extract(sa), sb, extract(sb), Candidate("a:1", "b:1", 0.6, signals)).verdict


def test_words_restated_around_a_word_and_its_negation_do_not_agree() -> None:
    a = "Armed police guarded the embassy in Tolva on Sunday."
    assert judge(a, "Unarmed police guarded the embassy in Tolva on Sunday.", 0.9) is not Verdict.AGREE
    assert judge(a, "Police carrying weapons guarded the embassy in Tolva on Sunday.", 0.9) is Verdict.AGREE


def test_a_negated_word_restates_its_prefixed_form() -> None:
    a = "The mumps outbreak in Hollin was traced to an unvaccinated student who came back from a trip abroad."
    b = "A student who had not been vaccinated brought mumps back to Hollin from a trip abroad, sparking the outbreak."
    assert judge(a, b, 0.85) is Verdict.AGREE
