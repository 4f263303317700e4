"""One thing put in place of another in a clause ("the convoy was carrying food, not weapons")
against a clause that puts the other there: sentences written for these tests (invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def conflicts(a: str, b: str) -> list[tuple[str, str]]:
    return [(c.kind, c.reason) for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


@pytest.mark.parametrize(
    ("text", "verb", "prep", "kept", "aside"),
    [
        ("The Tolva convoy was carrying food, not weapons, the charity said.", "carry", "", {"food"}, {"weapon"}),
        ("The victim of the Harl shooting was a journalist, not a soldier.", "be", "", {"journalist"}, {"soldier"}),
        (
            "The shells came from government positions, not rebel ones.",
            "come",
            "from",
            {"government", "position"},
            {"rebel", "position"},
        ),
        ("The Marn fire started in the basement, not the kitchen.", "start", "in", {"basement"}, {"kitchen"}),
    ],
)
def test_x_not_y_sets_y_aside_in_the_slot_x_fills(text: str, verb: str, prep: str, kept: set[str], aside: set[str]) -> None:
    (found,) = claims.claims_of(text).corrections
    assert (found.verb, found.prep, set(found.kept), set(found.aside)) == (verb, prep, kept, aside)


@pytest.mark.parametrize(
    "text",
    [
        "The Tolva convoy was carrying food, not just weapons.",  # both
        "The Tolva convoy was carrying food and weapons.",
        "Not a single shell hit the Marn depot.",
    ],
)
def test_no_thing_is_set_aside_without_a_contrast(text: str) -> None:
    assert claims.claims_of(text).corrections == ()


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "The Tolva convoy was carrying food, not weapons, the charity said.",
            "The Tolva convoy was carrying weapons, the army said.",
            True,
        ),
        (
            "The victim of the Harl shooting was a journalist, not a soldier.",
            "The victim of the Harl shooting was a soldier.",
            True,
        ),
        (
            "The shells came from government positions, not rebel ones.",
            "The shells came from rebel positions, the army said.",
            True,
        ),
        (
            "Police arrested the owner of the van, not the driver, on Friday.",
            "Police arrested the driver of the van on Friday.",
            True,
        ),
        ("The peace talks were held in Vienna, not Geneva.", "The peace talks were held in Geneva.", True),
        # the other clause holds what is kept, another thing, or is about another subject
        ("The Tolva convoy was carrying food, not weapons.", "The Tolva convoy was carrying food and medicine.", False),
        ("The Tolva convoy was carrying food, not weapons.", "The army said another convoy was carrying weapons.", False),
        ("The Tolva convoy was carrying food, not weapons.", "The Tolva militia was carrying weapons.", False),
        ("The shells came from government positions, not rebel ones.", "The rebels moved their positions overnight.", False),
        # other verbs, other prepositions
        ("The peace talks were held in Vienna, not Geneva.", "The delegates flew to Geneva.", False),
        ("The Marn fire started in the basement, not the kitchen.", "The Marn fire spread to the kitchen.", False),
    ],
)
def test_what_one_sets_aside_the_other_puts_in_its_slot(a: str, b: str, clash: bool) -> None:
    for x, y in ((a, b), (b, a)):
        found = [reason for kind, reason in conflicts(x, y) if kind == "negation" and ", not " in reason]
        assert bool(found) is clash, found


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a portion is what it is a portion of
        (
            "Lab tests showed the specks were fragments of glass from the ampoules.",
            "The maker said the specks were fragments of rubber, not glass.",
            True,
        ),
        (
            "Lab tests showed the specks were fragments of rubber.",
            "The maker said the specks were fragments of rubber, not glass.",
            False,
        ),
        (
            "Lab tests showed the specks were fragments of plastic.",
            "The maker said the specks were fragments of rubber, not glass.",
            False,
        ),
    ],
)
def test_a_portion_fills_its_slot_with_what_it_is_of(a: str, b: str, clash: bool) -> None:
    assert bool(conflicts(a, b)) is clash and bool(conflicts(b, a)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one known thing said to come out of two places
        (
            "The army said the shells were fired from rebel positions near Ostrov.",
            "The ministry said the shells were fired from army positions west of the town.",
            True,
        ),
        (
            "The avalanche broke away from the Grauhorn gully.",
            "The avalanche broke loose from the north face of the Weisskamm.",
            True,
        ),
        (
            "The union says the gas escaped from the old Dolna shaft.",
            "The company said the gas had leaked from a cracked seal.",
            True,
        ),
        # verbs of one family, and the words before the place each takes
        (
            "The leak originated in a corroded valve, engineers said.",
            "The company said the leak originated at a cracked pipe joint.",
            True,
        ),
        (
            "The fire originated in the kitchen of the hotel.",
            "Investigators said the fire originated in the hotel's laundry room.",
            True,
        ),
        # one place told more or less closely, a thing of many sources, a person's origin, two days
        ("The shells were fired from rebel positions near Ostrov.", "The shells were fired from positions near Ostrov.", False),
        ("The aid came from the United Nations.", "The aid came from Norway and Sweden.", False),
        ("The new minister came from a family of miners.", "The new minister came from the north.", False),
        ("The smoke came from the depot on Monday.", "The smoke came from the refinery on Tuesday.", False),
        # "came from" tells many kinds of source; a weapon is no place; two leaks; two years
        ("The call came from a mobile phone.", "The call came from a number in Varna.", False),
        ("The shot was fired from a window.", "The shot was fired from a rifle.", False),
        ("The Varna leak originated in a valve.", "The Orlin leak originated in a pipe.", False),
        ("The leak originated in a valve in 2019.", "The leak originated in a pipe in 2021.", False),
        # goods from two named places; a place said from within it; one place and its people's word
        ("The tainted flour was imported from Dorvia.", "The tainted flour came from Selvana.", True),
        ("The rockets were fired from inside Selvana.", "The rockets were fired from a rooftop in Selvana.", False),
        ("The shots were fired from inside the Tesk barracks.", "The shots were fired from a tower in the Tesk barracks.", False),
        ("The rice came from the Tarso region.", "The rice was imported from Dorvia.", False),  # a region, in a country or not
        ("The rockets were fired from Dorvian soil.", "The rockets were fired from inside Selvana.", True),
        ("The rockets were fired from Selvanian soil.", "The rockets were fired from inside Selvana.", False),
        ("The tainted flour came from Dorvia.", "The tainted flour was imported from mills in Dorvia.", False),
        ("The tainted flour came from a mill.", "The tainted flour came from a warehouse in Dorvia.", False),
        # a source that is a body or a person, something said, a country and its people's word,
        # a place near another
        ("The faulty valves came from Orrin Industries.", "The faulty valves came from a supplier in Kessia.", False),
        ("The alert came from the Ministry of Transport.", "The alert came from Professor Ilka Varn.", False),
        ("The proposal came from Selvana.", "The proposal came from Dorvia.", False),
        ("The steel came from Germany.", "The steel came from German mills.", False),
        ("The rockets were fired from Tarn.", "The rockets were fired from near the border.", False),
    ],
)
def test_one_thing_said_to_come_from_two_places(a: str, b: str, clash: bool) -> None:
    found = [kind for kind, _ in conflicts(a, b)] + [kind for kind, _ in conflicts(b, a)]
    assert ("place" in found) is clash, found
