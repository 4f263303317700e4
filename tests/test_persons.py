"""One deed one person does, told of two people named apart (compare/facts/claims, the person
rule): an actor conflict. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


def people(text: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(p.person, p.titled) for p in claims.claims_of(text).propositions if p.person]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The winning goal was scored by Marco Ibsen.", [(("marco", "ibsen"), False)]),
        ("Dr Hana Sorel led the surgical team.", [(("hana", "sorel"), True)]),
        ("The ultimatum was issued by Defence Minister Oleg Tamm.", [(("oleg", "tamm"), True)]),
        # an organisation's name, two doers joined
        ("Kestrel Logistics hired the drivers.", []),
        ("Marco Ibsen and Teodor Lund scored the goals.", []),
    ],
)
def test_the_name_of_a_doer_who_is_a_person(text: str, found: list[tuple[tuple[str, ...], bool]]) -> None:
    assert people(text) == found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The winning goal was scored by Marco Ibsen in the 89th minute.",
            "Teodor Lund scored the winning goal in the 89th minute.",
        ),
        (
            "Captain Joe Rand was flying the plane when it crashed.",
            "The plane was flown by First Officer Lena Marsh when it crashed.",
        ),
        ("Dr Hana Sorel led the surgical team.", "The surgical team was led by Dr Viktor Amsel."),
        ("The bomb was planted by Ilya Strand, prosecutors said.", "Prosecutors said Marek Dolan planted the bomb."),
    ],
)
def test_one_deed_by_two_people_is_an_actor_conflict(a: str, b: str) -> None:
    assert "actor" in kinds(a, b) and "actor" in kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one person by full name and by surname
        ("The winning goal was scored by Marco Ibsen.", "Ibsen scored the winning goal."),
        # a deed several do, each of them; one done on another's behalf or down a chain of command
        ("The ultimatum was issued by President Ines Corda.", "Foreign Minister Oleg Tamm issued the ultimatum on her behalf."),
        ("The bomb was planted by Ahmed Karim.", "Yusuf Haddad planted the bomb with his brother, prosecutors said."),
        (
            "The winning goal was scored by Marco Ibsen.",
            "Teodor Lund, who scored the winning goal in last season's final, was on the bench.",
        ),
        ("The treaty was signed by President Ines Corda.", "Prime Minister Oleg Tamm also signed the treaty."),
        # not shown to be a person: "Red" is an English word; an organisation
        ("The Red Hand planted the bomb, police said.", "The bomb was planted by Ilya Strand."),
        ("The plane was flown by Captain Joe Rand.", "Aerolink flew the plane."),
        # two deeds, two occasions
        ("The surgical team was led by Dr Hana Sorel.", "Dr Viktor Amsel assisted the surgical team."),
        ("Marco Ibsen scored the winning goal on Saturday.", "Teodor Lund scored the winning goal on Wednesday."),
        # the other report names the person too
        ("Marco Ibsen scored the winning goal after Teodor Lund hit the post.", "Teodor Lund scored the winning goal."),
    ],
)
def test_one_person_or_two_deeds_are_no_actor_conflict(a: str, b: str) -> None:
    assert "actor" not in kinds(a, b) and "actor" not in kinds(b, a)
