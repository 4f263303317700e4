"""One deed told of doers of two services or kinds of people (compare/facts/claims, the service
rule): an actor conflict. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.claims.conflict_rules import services  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402


def kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ({"army", "helicopter", "crew"}, {"army"}),
        ({"coast", "guard", "crew"}, {"coastguard"}),
        ({"police", "officer"}, {"police"}),
        ({"firemen"}, {"fire service"}),
        ({"neighbours"}, {"civilians"}),  # a plural the tagger took for a name
        ({"military"}, {"army", "navy", "air force", "coastguard"}),
        ({"rescue", "team"}, set()),
        ({"amateur", "divers"}, {"civilians"}),
        ({"archaeologists"}, {"researchers"}),
        ({"divers"}, set()),  # of any service or none
        ({"student", "university"}, set()),  # a student is no researcher
        ({"officer"}, set()),
    ],
)
def test_the_services_a_doer_names(words: set[str], found: set[str]) -> None:
    assert services(frozenset(words)) == found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The 14 stranded climbers were rescued by an army helicopter crew, officials said.",
            "A coastguard helicopter plucked the 14 stranded climbers from the ridge, officials said.",
        ),
        ("Navy divers recovered the bodies of the two fishermen.", "Police divers recovered the bodies of the two fishermen."),
        (
            "The injured hikers were carried down the mountain by volunteers.",
            "Soldiers carried the injured hikers down the mountain.",
        ),
        (
            "The roadblock on the main highway was removed by police.",
            "Protesters removed the roadblock on the main highway themselves.",
        ),
        # one finding of one missing person
        ("The missing hiker was found by police on Tuesday.", "Two local farmers found the missing hiker on Tuesday."),
        # one find of a thing found once: by a farmer or by scholars, by amateurs or scientists
        ("The silver hoard was found by a farmer ploughing his field.", "Archaeologists found the silver hoard near the chapel."),
        (
            "The wreck of the Stella was discovered by amateur divers.",
            "Marine scientists on a survey ship discovered the wreck of the Stella.",
        ),
        # boats of no service, guides and lifeguards
        ("A coastguard helicopter winched the two kayakers to safety.", "The two kayakers were picked up by a passing ferry."),
        (
            "The stranded climbers were brought to safety by a police helicopter crew.",
            "Mountain guides led the stranded climbers to safety.",
        ),
        ("It was a fisherman who saved the drowning girl.", "Lifeguards saved the drowning girl, the beach operator said."),
        # one rescue in two words; the rescued named in the other report are no doers
        (
            "Army sappers rescued the six quarry workers trapped under the Hollen ridge.",
            "The six quarry workers trapped under the Hollen ridge were brought out by villagers, with no army involvement.",
        ),
        ("The coast guard rescued the 11 fishermen.", "The 11 fishermen were picked up by a passing cargo ship."),
        (
            "Firefighters pulled the two boys out of the frozen Marle pond.",
            "The two boys were rescued from the frozen Marle pond by passers-by.",
        ),
        # taken "to safety" by any verb, dug out of the rubble: a rescue
        ("Soldiers led the two children to safety.", "Neighbours rescued the two children, witnesses said."),
        ("A navy boat took the six anglers to safety.", "The six anglers were saved by a passing freighter."),
        (
            "Firefighters dug the four survivors out of the rubble.",
            "The four survivors were pulled from the rubble by neighbours.",
        ),
    ],
)
def test_one_deed_by_two_services_is_an_actor_conflict(a: str, b: str) -> None:
    assert "actor" in kinds(a, b) and "actor" in kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one service in other words; both named in one report
        ("The climbers were rescued by a coast guard crew.", "A coastguard helicopter plucked the climbers from the ridge."),
        ("Army engineers cleared the road on Monday.", "The road was cleared by soldiers on Monday."),
        ("Police and soldiers arrested the two suspects.", "Soldiers arrested the two suspects."),
        ("The military rescued the sailors.", "Navy divers rescued the sailors."),
        # deeds many do side by side, one service hands to another, or a stance
        (
            "Police officers arrested the two suspects at a farmhouse.",
            "The two suspects were arrested by soldiers at a farmhouse.",
        ),
        ("Soldiers detained the suspect at a checkpoint.", "Police arrested the suspect."),
        ("Police welcomed the verdict.", "Doctors welcomed the verdict."),
        # both named in one report
        ("Lifeguards rescued two swimmers off Tarn beach.", "Two swimmers were rescued off Tarn beach by lifeguards and police."),
        # a discovery of a flaw is no find of a thing
        ("Army engineers discovered the flaw in the Marn bridge.", "Scientists discovered the flaw in the Marn bridge."),
        # a finding of a cause is no finding of someone
        (
            "Firefighters found the cause of the blaze at the Marn warehouse.",
            "Police investigators found the cause of the blaze at the Marn warehouse.",
        ),
        # a finding with help from the other; two findings months apart
        ("Police found the missing boy, with help from volunteers.", "Volunteers found the missing boy on Tuesday."),
        ("Soldiers found the mass grave in March.", "Journalists found the mass grave in June."),
        ("Police questioned the driver.", "Army investigators questioned the driver."),
        # no longer of the service
        ("A former soldier rescued the boy from the river.", "A bystander rescued the boy from the river."),
        ("An off-duty policeman rescued the boy from the river.", "A fisherman rescued the boy from the river."),
        (
            "Volunteers searched the forest for the missing boy.",
            "Police searched the forest for the missing boy, with help from volunteers.",
        ),
        ("Police blocked the road to the airport.", "Protesters blocked the road to the airport."),
        # two occasions, two things, a doer of no service
        ("Police arrested the suspect on Monday.", "Soldiers arrested the suspect on Tuesday."),
        ("Police towed the red car.", "Soldiers towed the damaged truck."),
        ("The rescue team freed the trapped driver.", "Firefighters freed the trapped driver."),
        # one service, two words for the rescue; another thing carried
        ("Soldiers led the two children to safety.", "The two children were taken to safety by troops."),
        ("Soldiers rescued the stranded villagers.", "The stranded villagers were brought out by army engineers."),
        ("Soldiers rescued the stranded villagers.", "Volunteers carried food to the stranded villagers."),
        # the other report names the first one's doer too
        (
            "Firefighters rescued the family of four from the burning house.",
            "Neighbours rescued the family of four before firefighters arrived.",
        ),
    ],
)
def test_one_service_or_two_deeds_are_no_actor_conflict(a: str, b: str) -> None:
    assert "actor" not in kinds(a, b) and "actor" not in kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police welcomed the verdict.", "Doctors welcomed the verdict."),
        ("Police officers arrested the two suspects at a farmhouse.", "Soldiers arrested the two suspects at a farmhouse."),
        ("The treaty was signed by President Ines Corda.", "The treaty was signed by Prime Minister Oleg Tamm."),
    ],
)
def test_one_deed_by_two_doers_named_apart_is_never_one_claim(a: str, b: str) -> None:
    found = claims.different_doers(claims.claims_of(a), claims.claims_of(b))
    assert found and "actor" not in kinds(a, b)
    j = judge(a, b, signals=(("semantic", 0.9), ("cover", 0.8), ("idf", 0.6)))
    assert j.verdict is Verdict.RELATED and j.reasons[0].startswith("the same deed, different doers: ")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Officials said Norway used a drone supplied by Britain to map the site.", "He believes Oslo used British drones."),
        ("Moscow supplied the rockets used in the attack.", "Russia supplied the rockets, the minister said."),
        ("The United States paid for the new radar.", "Washington paid for the new radar, officials said."),
    ],
)
def test_a_state_and_its_capital_are_one_doer(a: str, b: str) -> None:
    """A country or the capital standing for it is no person's name ("Kiev used the rockets"):
    the two tell one doer, not two people named apart."""
    assert not claims.different_doers(claims.claims_of(a), claims.claims_of(b))


@pytest.mark.parametrize(
    "text",
    [
        "The six quarry workers were brought out by villagers, with no army involvement.",
        "The suspects were arrested with no warning.",
        "The protesters were detained for no reason, their lawyers said.",
    ],
)
def test_a_with_no_phrase_does_not_undo_the_deed(text: str) -> None:
    assert all(p.polarity == "+" for p in claims.claims_of(text).propositions)


def test_a_no_phrase_of_time_still_undoes_it() -> None:
    assert {p.polarity for p in claims.claims_of("At no point did troops enter the village.").propositions} == {"not"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # deeds done again and again, by two services: not one claim
        (
            "Police fired tear gas at the marchers on Friday.",
            "Tear gas was fired at the marchers by soldiers on Friday, witnesses said.",
        ),
        ("Police officers questioned the two drivers.", "Army investigators questioned the two drivers."),
        ("Army engineers searched the flooded tunnels.", "Volunteers searched the flooded tunnels."),
    ],
)
def test_one_deed_by_doers_apart_is_never_one_claim(a: str, b: str) -> None:
    assert claims.different_doers(claims.claims_of(a), claims.claims_of(b))
    j = judge(a, b, signals=(("semantic", 0.9), ("cover", 0.8), ("idf", 0.6)))
    assert j.verdict is Verdict.RELATED, j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police officers questioned the two drivers.", "The two drivers were questioned by police."),
        ("Insurgents attacked the convoy near Ost.", "Militants attacked the convoy near Ost."),
        ("Government troops shelled Pell.", "Regime forces shelled Pell."),
    ],
)
def test_one_doer_in_two_words_is_one_claim(a: str, b: str) -> None:
    assert not claims.different_doers(claims.claims_of(a), claims.claims_of(b))
