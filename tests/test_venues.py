"""Where one event took place (compare/facts/venues.py), and one event put in two places.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def venues_of(text: str) -> list[tuple[str, list[str], list[str], bool, bool]]:
    return [(v.event, sorted(v.places), sorted(v.sites), v.wide, v.plan) for v in claims.claims_of(text).venues]


def kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ceasefire talks took place in Doha.", [("talks", ["doha"], [], False, False)]),
        ("The summit will be held in Geneva next month.", [("summit", ["geneva"], [], False, True)]),
        ("The plane went down in a field at Harlan on Sunday.", [("plane failure", ["harlan"], [], False, False)]),
        ("The blaze started at the Orrin plant.", [("fire", [], ["orrin"], False, False)]),
        ("The blast occurred at a crowded market in the southern town of Kesh.", [("explosion", ["kesh"], [], False, False)]),
        # near a place is not in it: wide; a storm or shelling hits many places
        ("The plane went down outside Harlan on Sunday.", [("plane failure", ["harlan"], [], True, False)]),
        ("The hurricane struck a fishing village near Arlo.", []),
        ("The shelling hit a hospital in Arlo.", []),
        ("The band's last concert was in Madrid.", [("concert", ["madrid"], [], False, False)]),
        ("Geneva will host the summit next month.", [("summit", ["geneva"], [], False, True)]),
        ("The talks, held in Doha, ended without agreement.", [("talks", ["doha"], [], False, False)]),
        ("The ferry capsized and sank near Port Ellis.", [("ferry failure", ["ellis", "port"], [], True, False)]),
        ("The plane crashed into a hillside in Dorvik.", [("plane failure", ["dorvik"], [], False, False)]),
        ("The plane came down close to Drenford.", [("plane failure", ["drenford"], [], True, False)]),
        ("The cup final was played at the Arden Stadium in Tesk.", [("final", ["tesk"], ["arden", "stadium"], False, False)]),
        # a place phrase on the event's noun may tell which event it is
        ("The explosion at a fireworks factory in Kesh killed 12 people.", []),
        ("The march in Arlo was cancelled.", []),
        # a region, a country, a coast may hold a town
        ("The quake occurred in Vessa in the north of the country.", [("quake", ["vessa"], [], True, False)]),
        ("The cargo ship sank off the coast of Mallin.", [("ship failure", ["mallin"], [], True, False)]),
        # not one definite event; not told as happening; not where
        ("A second blast hit a bus station in Orro.", []),
        ("Another fire broke out in Dunmore.", []),
        ("The summit could be held in Geneva.", []),
        ("The talks did not take place in Doha.", []),
        ("The fire spread to homes in Kilbride.", []),
    ],
)
def test_where_one_event_took_place(text: str, found: list[tuple[str, list[str], list[str], bool, bool]]) -> None:
    assert venues_of(text) == found


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (
            "The ceasefire talks took place in Doha.",
            "The ceasefire talks were held in Cairo.",
            "the ceasefire talks: in Doha vs in Cairo",
        ),
        ("The summit will be held in Geneva.", "The summit will take place in Vienna.", "the summit: in Geneva vs in Vienna"),
        (
            "The plane crashed in a field at Dorvik on Sunday.",
            "The plane went down in Harlan on Sunday.",
            "the plane crash: in Dorvik vs in Harlan",
        ),
        (
            "The fire broke out at the Orrin plant.",
            "The fire started at the Kessel depot.",
            "the fire: in Orrin vs in Kessel",
        ),
        ("The crash happened in Halsey.", "The plane went down in Drenford.", "the crash: in Halsey vs in Drenford"),
    ],
)
def test_one_event_in_two_places_conflicts(a: str, b: str, shown: str) -> None:
    found = claims.conflicts(claims.claims_of(a), claims.claims_of(b))
    assert [c.reason for c in found if c.kind == "place"] == [shown]
    assert "place" in kinds(b, a)


def test_an_event_first_told_in_two_places_conflicts_only_when_linked() -> None:
    a, b = (
        "A fire broke out at a warehouse in Dunmore late on Tuesday.",
        "A blaze erupted at a warehouse in Kilbride late on Tuesday.",
    )
    assert "place" in kinds(a, b)
    linking = claims.conflicts(claims.claims_of(a), claims.claims_of(b), rules=claims.LINKING_RULES)
    assert not [c for c in linking if c.kind == "place"]  # two fires a report tells of may be two fires


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # near one town, near another; reported, denied, corrected; two kinds of event; holidays
        ("The plane crashed near Dorvik.", "The plane went down outside Harlan."),
        ("Officials denied reports that the talks took place in Doha.", "The talks took place in Cairo."),
        ("Initial reports said the plane crashed in Dorvik, but it came down in Harlan.", "The plane came down in Harlan."),
        ("The quarter-final was played in Tesk.", "The final was played in Orro."),
        ("The men's final was played in Tesk.", "The women's final was held in Orro."),
        ("The hearing was held in Brooklyn.", "The trial took place in Manhattan."),
        ("The talks began in Vienna.", "The talks were held in Geneva."),
        ("The fire broke out on Christmas Eve.", "The fire broke out in Dunmore."),
        ("The talks took place in the Kremlin.", "The talks took place in Moscow."),
        ("The explosion took place on Rivoli Street.", "The explosion took place at the Louvre Museum."),
        ("The ceasefire talks took place in Doha last year.", "The ceasefire talks took place in Cairo on Monday."),
        ("A fire broke out at a warehouse in Dunmore.", "A fire broke out at a school in Kilbride."),
        ("The talks took place in Doha.", "The talks were held in Doha, at the Sheraton hotel."),  # one town
        ("The fire broke out at the Orrin plant.", "The fire broke out in Brackenford."),  # a site may be in the town
        ("The talks were held in Istanbul.", "The talks took place in Turkey."),  # a country holds the town
        ("The quake struck near Vessa.", "The quake struck in the north of the country."),
        ("The protest took place in Liberty Square.", "The protest took place in the capital, Tarsa."),
        ("The summit was held in Sochi.", "The next summit will be held in Minsk."),  # another one, a plan
        ("The summit was held in Sochi.", "The summit will be held in Minsk."),
        ("The Orchid summit took place in Varna.", "The Lotus summit took place in Brelo."),  # two named events
    ],
)
def test_one_place_or_two_events_do_not_conflict(a: str, b: str) -> None:
    assert "place" not in kinds(a, b) and "place" not in kinds(b, a)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The summit was moved from Lisk to Varno.", [("summit", ["varno"], [], False, False)]),
        ("The cup final was switched from the Karsino stadium to the Orla stadium.", [("final", [], ["orla"], False, False)]),
        ("The injured were moved from Lisk to a hospital in Tarnic.", []),  # people, not an event
        ("The match was moved to Sunday.", []),  # a day, not a place
        ("The match was moved to BBC Two.", []),  # from nowhere told: a channel, a judge, a day
        ("Delegates demanded that the summit be moved from Lisk to Varno.", []),  # asked for
        ("The summit was moved from Lisk to Varno and then to Tesk.", []),  # moved twice
    ],
)
def test_an_event_moved_is_where_it_went(text: str, found: list[tuple[str, list[str], list[str], bool, bool]]) -> None:
    assert venues_of(text) == found


def test_an_event_moved_away_from_where_the_other_puts_it_conflicts() -> None:
    a, b = "The trade talks were relocated from Doha to Cairo.", "The trade talks were held in Doha on Monday."
    assert kinds(a, b) == ["place"]
    assert kinds("The summit was moved to Varno.", "The summit was held in Varno.") == []
