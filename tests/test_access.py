"""Access: people let into a place or kept out of it (compare/facts/claims/access.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


def supported(a: str, b: str) -> bool:
    return any(s.kind == "access" for s in claims.supports(claims.claims_of(a), claims.claims_of(b)))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Journalists were barred from the courthouse.", "Journalists were given access to the courthouse."),
        ("Reporters were barred from the site of the blast.", "Reporters were allowed into the site of the blast, police said."),
        ("Red Cross delegates have been denied access to the detainees.", "Red Cross delegates have visited the detainees."),
        ("Inspectors were not allowed to enter the reactor hall on Tuesday.", "Inspectors entered the reactor hall on Tuesday."),
        ("Monitors were denied entry to the valley.", "The monitors gained access to the valley, the mission said."),
        ("Police prevented lawyers from entering the station.", "Lawyers were permitted to visit the station."),
        ("The detainees have received regular visits from Red Cross staff.", "The Red Cross has had no access to the detainees."),
        # a place and the people it holds; a part of the places
        ("Guards barred monitors from most of the camps where the detainees are held.", "Monitors have visited the detainees."),
    ],
)
def test_let_in_and_kept_out_clash(a: str, b: str) -> None:
    assert "negation" in kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # other people, another place
        ("Journalists were barred from the courthouse.", "Inspectors were given access to the courthouse."),
        ("Journalists were barred from the courthouse.", "Journalists were given access to the crash site."),
        ("Guards barred monitors from the camps where the recruits are trained.", "Monitors have visited the detainees."),
        # a call, a plan, a turn of events, another day
        ("Inspectors must be given access to the plant, the agency said.", "Inspectors were barred from the plant."),
        ("Inspectors will visit the plant next week.", "Inspectors were barred from the plant."),
        (
            "Protesters were allowed into the square after the rally ended.",
            "Police prevented protesters from reaching the square.",
        ),
        ("Journalists were barred from the site on Monday.", "Journalists were given access to the site on Thursday."),
        # some of them, other kinds of them; an earlier time told by "had"
        ("Most journalists were kept away from the courthouse.", "Reporters were allowed into the courthouse."),
        ("Foreign journalists were barred from the hall.", "Local reporters were allowed into the hall."),
        ("The ministry had blocked reporters from the site.", "Reporters were allowed into the site."),
        ("Inspectors visited the plant last year.", "Inspectors have been denied access to the plant."),
        # kept out by the weather or the fighting, not refused; a call for access
        ("Floodwaters kept rescuers from reaching the village.", "Rescuers were allowed into the village."),
        ("The agency called for inspectors to be given access to the site.", "Inspectors were barred from the site."),
        # not access: a fire reaching a town; a minister's visit; a ban on publishing
        ("The fire reached the town on Monday.", "Firefighters were blocked from reaching the town."),
        ("The minister visited the site on Monday.", "Journalists were barred from the site."),
        ("The court barred the newspaper from publishing the names.", "The newspaper was allowed to publish the report."),
    ],
)
def test_access_of_other_people_places_or_times_does_not_clash(a: str, b: str) -> None:
    assert "negation" not in kinds(a, b)


def test_one_access_told_twice_supports() -> None:
    assert supported("Reporters were kept away from the scene.", "Journalists were barred from the scene.")
    assert supported("Inspectors were given access to the plant.", "Inspectors visited the plant.")
    assert not supported("Inspectors were given access to the plant.", "Journalists were barred from the plant.")


def test_access_reads_who_where_and_which_way() -> None:
    (access,) = claims.claims_of("Aid workers were blocked from reaching the village.").accesses
    assert (access.who.lemma, access.where.lemma, access.granted) == ("worker", "village", False)
    (access,) = claims.claims_of("The lawyers were refused access to their client.").accesses
    assert (access.who.lemma, access.where.lemma, access.granted) == ("lawyer", "client", False)
