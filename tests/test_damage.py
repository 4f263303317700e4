"""A thing standing unharmed or wrecked (compare/facts/claims/status.py `_damage`), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def clash(a: str, b: str) -> list[str]:
    return [c.reason for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


CLASHES = [
    # reduced to rubble, against coming through structurally sound
    ("The old Tarn chapel was reduced to rubble by the storm.", "The Tarn chapel came through the storm structurally sound."),
    # destroyed by a verb with the thing as its object, against "remained intact"
    ("The blast destroyed the grain depot outside Vessa.", "The grain depot outside Vessa remained intact, the governor said."),
    # damaged, against "suffered no damage"
    ("Shelling badly damaged the water tower on Friday.", "The water tower suffered no damage on Friday, engineers said."),
    # lying in ruins, against undamaged
    ("The footbridge now lies in ruins.", "The footbridge is undamaged and open to walkers."),
    # swept away, against undamaged
    ("The Tamsin footbridge was swept away by the flood.", "The Tamsin footbridge was undamaged by the flood, engineers said."),
    # reduced to a shell, against escaping intact
    (
        "The tour coach parked on Mill Lane was reduced to a burnt-out shell.",
        "The tour coach parked on Mill Lane escaped the blaze intact.",
    ),
    # a machine unharmed; a church that stood untouched, told in a clause on it
    (
        "The main pump at the Arle station was wrecked by the water.",
        "The main pump at the Arle station came through the flood unharmed.",
    ),
    (
        "The old chapel in Orde was destroyed by the fire.",
        "Crews saved the old chapel, which stood untouched as the fire spread through Orde.",
    ),
    # a thing a deed left intact: the verb's object stands
    ("The storm destroyed the old Tarn chapel.", "The storm left the old Tarn chapel intact, the parish said."),
    # gutted by fire, against untouched
    ("The library was gutted by the fire.", "Firefighters said the library was untouched by the flames."),
]


@pytest.mark.parametrize(("a", "b"), CLASHES)
def test_a_thing_told_wrecked_and_unharmed_clashes(a: str, b: str) -> None:
    found = clash(a, b)
    assert any(r.startswith("status of") and "unharmed" in r and "damaged" in r for r in found), found
    assert clash(b, a), b


BOTH_HOLD = [
    # damaged and destroyed: one side
    ("The depot was badly damaged.", "The depot was destroyed."),
    # two things
    ("The fire station next to the school was destroyed.", "The school remained intact."),
    # two places
    ("The shelling damaged the hospital in Kerch.", "The hospital in Vessa was undamaged."),
    # two days: intact before it was destroyed
    ("The chapel was destroyed on Monday.", "On Sunday the chapel was still intact."),
    # a plan, a possibility, a negation
    ("The old school will be demolished next year.", "The old school is intact."),
    ("Officials said the chapel could be destroyed by the floods.", "The chapel is intact."),
    ("The depot was not destroyed, officials said.", "The depot was damaged."),
    # things counted: any four of many
    ("The army destroyed four tanks near Vessa.", "The tanks near Vessa are intact."),
    # words of other senses: charges levelled, people unharmed
    ("Prosecutors levelled charges at the mayor.", "The charges against the mayor remain intact."),
    ("The hikers were unharmed.", "The hikers' tent was destroyed."),
]


@pytest.mark.parametrize(("a", "b"), BOTH_HOLD)
def test_wrecked_and_unharmed_that_both_hold(a: str, b: str) -> None:
    assert not any("unharmed" in r for r in clash(a, b)), clash(a, b)


def test_a_thing_wrecked_twice_is_told_alike() -> None:
    found = claims.supports(
        claims.claims_of("The storm destroyed the Tarn chapel."), claims.claims_of("The Tarn chapel was razed.")
    )
    assert found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The blast destroyed the Halden ferry terminal overnight.",
            "The ferry terminal in Halden suffered only minor damage overnight.",
        ),
        ("Shelling razed the Orsk clinic on Sunday.", "The Orsk clinic was slightly damaged by shelling on Sunday."),
        ("The old Tarn chapel was reduced to rubble by the storm.", "The Tarn chapel took light damage in the storm."),
    ],
)
def test_a_thing_in_ruins_and_lightly_damaged_clashes(a: str, b: str) -> None:
    assert any(r.startswith("state of") for r in clash(a, b)), clash(a, b)
    assert any(r.startswith("state of") for r in clash(b, a)), clash(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shelling damaged the Orsk clinic on Sunday.", "The Orsk clinic was slightly damaged by shelling on Sunday."),
        ("Shelling razed the Orsk clinic on Sunday.", "The Orsk school was slightly damaged by shelling on Sunday."),
        ("Shelling razed the Orsk clinic.", "The Vessa clinic suffered minor damage."),
        ("Shelling destroyed the Orsk clinic on Sunday.", "The Orsk clinic was demolished on Sunday."),
    ],
)
def test_damage_told_of_no_one_thing_in_two_degrees_does_not_clash(a: str, b: str) -> None:
    assert not any(r.startswith("state of") for r in clash(a, b)), clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tarvik power station was shut down on Monday.", "The plant in Tarvik kept running on Monday."),
        ("The Orne pumping station was halted on Friday.", "The Orne facility was operating normally on Friday."),
        ("The Kessport refinery resumed operations on Wednesday.", "The facility in Kessport remained shut on Wednesday."),
        ("The Orla mine reopened on Monday.", "The colliery at Orla stayed closed on Monday."),
        ("The Dunmore airport was closed on Friday.", "The airfield at Dunmore kept operating normally on Friday."),
    ],
)
def test_a_plant_named_by_its_kind_or_as_a_station_is_one_holder(a: str, b: str) -> None:
    assert any(r.startswith("status of") for r in clash(a, b)), clash(a, b)


def test_a_station_that_is_no_plant_is_not_a_plant() -> None:
    found = clash("The Tarvik railway station was shut down on Monday.", "The plant in Tarvik kept running on Monday.")
    assert not any(r.startswith("status of") for r in found), found


@pytest.mark.parametrize(
    "other",
    [
        "The Kessport smelter remained shut on Wednesday.",
        "The facility in Orla remained shut on Wednesday.",
        "The bottling plant in Kessport remained shut on Wednesday.",  # says which plant
        "The plant remained shut on Wednesday.",  # says where neither is
        "The Kessport mine remained shut on Wednesday.",  # a mine is no plant
    ],
)
def test_two_sites_of_two_kinds_or_places_are_two_holders(other: str) -> None:
    found = clash("The Kessport refinery resumed operations on Wednesday.", other)
    assert not any(r.startswith("status of") for r in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Brenn dam burst on Tuesday night.", "The dam near Brenn held on Tuesday night, engineers said."),
        ("The Harlow levee was breached overnight.", "The Harlow levee held overnight, officials said."),
        ("The roof of the Kell arena caved in under the snow.", "The roof of the Kell arena remained intact under the snow."),
    ],
)
def test_a_structure_that_gave_way_and_one_that_stood_clash(a: str, b: str) -> None:
    found = clash(a, b)
    assert any(r.startswith("status of") for r in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Talks on the Harlow levee collapsed on Monday.", "The Harlow levee remained intact on Monday."),  # talks, no structure
        ("The Brenn dam burst on Tuesday night.", "The Orla dam held on Tuesday night."),
        ("The dam held by rebels burst on Tuesday.", "The dam held by rebels was intact on Monday."),
    ],
)
def test_giving_way_and_standing_that_both_hold(a: str, b: str) -> None:
    assert not any(r.startswith("status of") for r in clash(a, b)), clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The first blast destroyed the depot in Orla.", "The depot in Orla suffered only minor damage in the second blast."),
        ("The 2019 fire destroyed the Kell cathedral.", "The Kell cathedral was slightly damaged in the 2023 fire."),
    ],
)
def test_ruins_and_light_damage_of_two_blows_do_not_clash(a: str, b: str) -> None:
    assert not any(r.startswith("state of") for r in clash(a, b)), clash(a, b)


def test_barriers_held_in_part_tell_no_one_barrier() -> None:
    found = clash("The levees held in most places.", "The levee in Holm was breached.")
    assert not any(r.startswith("status of") for r in found), found
