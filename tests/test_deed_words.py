"""One deed told with two verbs ("published" / "released", "blown up" / "detonated"), a deed
not done ("failed to hand over"), and a deed only named ("the deadline for paying"): sentences
written for these tests (invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402


def conflict_kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


def verbs(text: str) -> dict[str, str]:
    return {p.verb: p.polarity for p in claims.claims_of(text).propositions}


# a deed said not to be done, and the same deed told with another verb
DONE_AND_NOT = [
    (
        "The water board published its audit of the Ostmere reservoir on Monday.",
        "The water board did not release its audit of the Ostmere reservoir on Monday.",
    ),
    (
        "Sappers blew up the rusting mine under the Tarrow bridge.",
        "The rusting mine under the Tarrow bridge was never detonated.",
    ),
    (
        "Councillors in Brackley passed the parking levy on Wednesday.",
        "Councillors in Brackley did not approve the parking levy on Wednesday.",
    ),
    (
        "The festival organisers called off the Sunday parade in Lenham.",
        "The festival organisers have not cancelled the Sunday parade in Lenham.",
    ),
    (
        "The ferry operator shut down the Calder terminal on Friday.",
        "The ferry operator has not closed the Calder terminal, a spokesman said on Friday.",
    ),
    (
        "Mayor Ondine Farr toured the flooded Ketterby estate on Thursday.",
        "Mayor Ondine Farr did not visit the flooded Ketterby estate on Thursday.",
    ),
    (
        "The studio paid out the royalties owed to the Hollis estate in June.",
        "The studio has never paid the royalties owed to the Hollis estate.",
    ),
    (
        "Customs officers confiscated the smuggled parrots at the Dunholm crossing.",
        "Customs officers did not seize the smuggled parrots at the Dunholm crossing.",
    ),
    (
        "The regional museum purchased the Pellworth tapestry last spring.",
        "The regional museum failed to buy the Pellworth tapestry last spring.",
    ),
    (
        "The garrison handed over the captured radar to the inspectors.",
        "The garrison failed to deliver the captured radar to the inspectors.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DONE_AND_NOT)
def test_a_deed_done_and_the_same_deed_not_done_in_other_words_conflict(a: str, b: str) -> None:
    assert "negation" in conflict_kinds(a, b)
    assert "negation" in conflict_kinds(b, a)


# one verb of the table, but not one deed: another thing acted on, another deed, or a deed only named
NOT_ONE_DEED = [
    # "release" a report and "free" prisoners are two senses: the things acted on part them
    ("The army released the 40 detained fishermen on Sunday.", "The army did not publish its report on the detentions."),
    (
        "The water board published its audit of the Ostmere reservoir.",
        "The water board did not release its audit of the Kelby reservoir.",
    ),
    # a deed only named in a noun phrase is not told as done: both say it was not paid on time
    (
        "The studio failed to pay the royalties owed to the Hollis estate by the June deadline.",
        "The studio missed the June deadline for paying the Hollis estate its royalties.",
    ),
    # another thing acted on
    ("Sappers blew up the old railway bridge at Tarrow.", "The rusting mine under the Tarrow bridge was never detonated."),
]


@pytest.mark.parametrize(("a", "b"), NOT_ONE_DEED)
def test_no_conflict_between_two_deeds_or_a_deed_only_named(a: str, b: str) -> None:
    assert "negation" not in conflict_kinds(a, b)


def test_a_verb_of_the_table_is_read_as_its_deed() -> None:
    assert verbs("Sappers blew up the rusting mine.")["detonate"] == "+"
    assert verbs("The board published its audit.")["release"] == "+"


def test_failing_to_do_a_deed_is_not_doing_it() -> None:
    assert verbs("The museum failed to buy the tapestry.")["buy"] == "not"
    assert verbs("The clerk neglected to file the appeal.")["file"] == "not"


def test_a_deed_named_in_a_noun_phrase_is_not_told_as_done() -> None:
    assert verbs("The studio missed the deadline for paying the royalties.")["pay"] == "if"
    assert verbs("Police fined the driver for dumping the waste.")["dump"] == "+"


# an event named as an attack in one report and as an accident in the other
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Police described the explosion at the Corran ferry terminal as a terrorist attack.",
            "The explosion at the Corran ferry terminal was an accident, the port authority said.",
            True,
        ),
        (
            "Officials called the fire at the Renn warehouse an act of arson.",
            "The fire at the Renn warehouse was caused by faulty wiring, the fire service said.",
            True,
        ),
        # a label denied, hedged or loose is no label
        (
            "Police are treating the explosion at the Corran ferry terminal as a possible attack.",
            "The explosion at the Corran ferry terminal was an accident, the port authority said.",
            False,
        ),
        (
            "The minister called the leak at the Corran terminal an attack on national security.",
            "The leak at the Corran terminal was caused by a clerical error.",
            False,
        ),
        (
            "Investigators said the explosion at the Corran ferry terminal was not an accident.",
            "The explosion at the Corran ferry terminal was an accident, the port authority said.",
            False,
        ),
    ],
)
def test_an_event_named_an_attack_or_an_accident(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Orvel council published the audit of its pension fund on Tuesday.",
            "The Orvel council has yet to release the audit of its pension fund.",
        ),
        (
            "Brenco paid the overdue salaries of its 400 miners on Friday.",
            "Brenco's 400 miners are still waiting to be paid their overdue salaries.",
        ),
    ],
)
def test_a_deed_yet_to_be_done_is_not_done(a: str, b: str) -> None:
    assert "negation" in conflict_kinds(a, b)


def test_yet_to_keeps_its_clause() -> None:
    from compare.facts.extract import negation_focus

    focus, heads = negation_focus("Monitors toured Brezno on Sunday, but have yet to publish any findings.", ())
    assert "publish" in focus and heads == ["publish"]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a thing left in the state of a deed not done to it
        (
            "The harbour board published its dredging report on Monday.",
            "The harbour board's dredging report remains unpublished.",
            True,
        ),
        (
            "The contractor repaired the Orle footbridge in March.",
            "The Orle footbridge remains unrepaired, residents said.",
            True,
        ),
        ("Kestrel Mining paid the fine imposed by the regulator.", "The fine imposed on Kestrel Mining remains unpaid.", True),
        # another thing left undone
        ("The harbour board published its dredging report on Monday.", "The harbour board's budget remains unpublished.", False),
        # "un-" inside a noun phrase tells no state of the thing
        ("Army engineers detonated the shell near the school.", "An unexploded shell lay near the school for weeks.", False),
    ],
)
def test_a_thing_left_undone(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # people "held" are in custody; an event "held" took place
        (
            "The two kidnapped engineers were released on Tuesday, officials said.",
            "The two kidnapped engineers are still being held, officials said.",
            True,
        ),
        ("The Orvel summit was held on Tuesday.", "The Orvel summit was postponed, officials said.", True),
        ("The two kidnapped engineers were released on Tuesday.", "The Orvel summit was held on Tuesday.", False),
    ],
)
def test_people_held_are_in_custody(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


# one deed told by two verbs of one family, and the places of going read as where it happened
ONE_DEED_TWO_DAYS = [
    ("The summit of Baltic mayors ended on Friday.", "The summit of Baltic mayors concluded on Sunday."),
    ("The cargo plane touched down in Ulmen at 4 p.m.", "The cargo plane landed in Ulmen at 9 p.m."),
    ("The trial of the Harlan dockers commenced on 3 May.", "The trial of the Harlan dockers began on 9 May."),
    ("The first relief convoy reached Dorn on Tuesday.", "The first relief convoy arrived in Dorn on Thursday."),
    ("The trade delegation left Varna on Monday.", "The trade delegation departed from Varna on Wednesday."),
    ("The wage talks at the Pell mill collapsed on Thursday.", "The negotiations at the Pell mill broke down on Friday."),
    # a legislature by its names and by its members
    ("Parliament approved the Ostrava media law on Thursday.", "The National Assembly adopted the Ostrava media law on Friday."),
    ("Parliament approved the Ostrava media law on Thursday.", "Lawmakers passed the Ostrava media law on Friday."),
]


@pytest.mark.parametrize(("a", "b"), ONE_DEED_TWO_DAYS)
def test_one_deed_in_two_words_on_two_days_conflicts(a: str, b: str) -> None:
    assert "date" in conflict_kinds(a, b) and "date" in conflict_kinds(b, a)


NOT_ONE_GOING = [
    # another place, another one who went, another series item
    ("The relief convoy reached Dorn on Tuesday.", "The relief convoy reached Osk on Thursday."),
    ("The first relief convoy reached Dorn on Tuesday.", "The second relief convoy reached Dorn on Thursday."),
    # two chambers
    ("The Senate approved the Ostrava media law on Thursday.", "The House of Deputies approved the Ostrava media law on Friday."),
    # reaching no place, and a finding rather than an end
    ("The two unions reached an agreement on Tuesday.", "The two unions arrived in Dorn on Thursday."),
    ("Investigators concluded on Monday that the fire was arson.", "The inquiry into the fire ended on Friday."),
]


@pytest.mark.parametrize(("a", "b"), NOT_ONE_GOING)
def test_no_date_conflict_between_two_goings_or_a_finding(a: str, b: str) -> None:
    assert "date" not in conflict_kinds(a, b) and "date" not in conflict_kinds(b, a)


def test_a_place_reached_or_arrived_in_is_what_the_deed_is_about_and_the_one_who_went_its_doer() -> None:
    reached, arrived = (
        next(p for p in claims.claims_of(t).propositions if p.verb == "arrive")
        for t in ("The relief convoy reached Dorn on Tuesday.", "The relief convoy arrived in Dorn on Tuesday.")
    )
    assert reached.core == arrived.core == reached.where == arrived.where == {"dorn"}
    assert reached.agent == arrived.agent == "convoy"
    assert verbs("The two unions reached an agreement.") == {"reach": "+"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The summit of Baltic mayors ended on Friday.", "The summit of Baltic mayors concluded on Friday."),
        ("The trial of the Harlan dockers commenced on 3 May.", "The trial of the Harlan dockers began on 3 May."),
        ("The wage talks at the Pell mill collapsed on Thursday.", "The negotiations at the Pell mill broke down on Thursday."),
        ("Stockholm expelled two Vardanian diplomats on Monday.", "Sweden expelled two Vardanian diplomats on Monday."),
    ],
)
def test_one_claim_in_two_words_for_one_deed_or_state_agrees(a: str, b: str) -> None:
    j = judge(a, b, signals=(("semantic", 0.9), ("cover", 0.8), ("idf", 0.6)))
    assert j.verdict is Verdict.AGREE, j.reasons


def test_two_words_for_one_deed_of_other_kinds_stay_apart() -> None:
    j = judge("The summit ended on Friday.", "The summit started on Friday.", signals=(("semantic", 0.9), ("cover", 0.8)))
    assert j.verdict is not Verdict.AGREE, j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ministry closed the northern border crossing on Monday.",
            "The ministry closed the southern border crossing on Monday.",
        ),
        ("Police arrested the protest leaders in Lenham on Monday.", "Police arrested the union leaders in Lenham on Monday."),
        ("The army shelled the village of Dorn on Monday morning.", "The army shelled the town of Dorn on Monday morning."),
        ("The court fined the company heavily on Monday.", "The court fined the company lightly on Monday."),
    ],
)
def test_another_word_than_the_verb_swapped_is_no_deed_told_in_two_words(a: str, b: str) -> None:
    j = judge(a, b, signals=(("semantic", 0.9), ("cover", 0.8)))
    assert j.verdict is not Verdict.AGREE, j.reasons


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Records show the ferry's licence expired in March and was never renewed.",
            "The ferry's licence was renewed in January.",
            True,
        ),
        ("The convoy arrived at noon and was searched at the border.", "The convoy was never searched.", True),
        (
            "Records show the ferry's licence expired in March and was never renewed.",
            "The ferry's permit was renewed in January.",
            False,
        ),
        # the day of the verb it is joined to
        ("The ship arrived on Monday and was searched.", "The ship was not searched on Friday.", False),
    ],
)
def test_a_passive_verb_joined_to_an_intransitive_one_shares_its_subject(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash and ("negation" in conflict_kinds(b, a)) is clash


@pytest.mark.parametrize(
    ("text", "polarity", "gathering"),
    [
        ("The minister walked out of the budget talks on Thursday.", "+", "talk"),
        ("The minister chaired the Lisbon summit.", "+", "summit"),
        ("The minister boycotted the hearing.", "not", "hearing"),
        ("The minister stayed away from the hearing.", "not", "hearing"),
        ("The minister did not attend the hearing.", "not", "hearing"),
    ],
)
def test_being_at_a_gathering_or_away_from_it_is_attending_it_or_not(text: str, polarity: str, gathering: str) -> None:
    attended = [p for p in claims.claims_of(text).propositions if p.verb == "attend"]
    assert [(p.polarity, gathering in p.core) for p in attended] == [(polarity, True)]


def test_not_chairing_a_session_says_nothing_of_being_there() -> None:
    assert "attend" not in verbs("The minister did not chair the session.")


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "The minister walked out of the budget talks on Thursday.",
            "The minister did not attend the budget talks on Thursday.",
            True,
        ),
        ("The prime minister boycotted the ceremony.", "The prime minister chaired the ceremony.", True),
        # a speech may be given by video link; talks with others
        ("Krumm addressed the conference by video link.", "Krumm did not attend the conference.", False),
        ("Krumm boycotted the talks with Dorn.", "Krumm attended the talks with Selm.", False),
        # another day, another person, another gathering
        (
            "The minister walked out of the budget talks on Thursday.",
            "The minister did not attend the budget talks on Friday.",
            False,
        ),
        (
            "The minister walked out of the budget talks on Thursday.",
            "His deputy did not attend the budget talks on Thursday.",
            False,
        ),
        ("The minister walked out of the budget talks.", "The minister did not attend the summit.", False),
    ],
)
def test_at_a_gathering_and_away_from_it(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash and ("negation" in conflict_kinds(b, a)) is clash


def negation_reasons(a: str, b: str) -> list[str]:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    return [c.reason for c in (*claims.conflicts(ca, cb), *claims.conflicts(cb, ca)) if c.kind == "negation"]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a deed told of what underwent it, and the same deed done to it by someone
        ("No siren sounded in any of the four villages.", "The water board sounded the sirens in the four villages.", True),
        (
            "The floodgates at the Orsk dam did not open on Monday.",
            "Engineers opened the floodgates at the Orsk dam on Monday.",
            True,
        ),
        # two places, two doers of one kind
        ("No siren sounded in Orla.", "The siren in Brask sounded at noon.", False),
        ("The vice president did not resign.", "The president resigned.", False),
    ],
)
def test_a_deed_undergone_and_the_same_deed_done(a: str, b: str, clash: bool) -> None:
    assert bool(negation_reasons(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Investigators have ruled out that the depot was torched on Friday.",
            "Arsonists torched the depot on Friday, police said.",
            True,
        ),
        (
            "Engineers excluded any possibility that the Kell dam was breached by a blast.",
            "A blast breached the Kell dam on Monday.",
            True,
        ),
        (
            "Police ruled out the possibility that the Orsk bridge had been blown up.",
            "Saboteurs blew up the Orsk bridge in March.",
            True,
        ),
        # a ruling is no denial
        ("The court ruled that the Orsk bridge was blown up by saboteurs.", "Saboteurs blew up the Orsk bridge in March.", False),
    ],
)
def test_a_deed_ruled_out_and_the_same_deed_done(a: str, b: str, clash: bool) -> None:
    assert bool(negation_reasons(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police have not ruled out that the Orla ferry was sabotaged.", "The Orla ferry was sabotaged."),
        ("Investigators have yet to rule out that the Orla ferry was sabotaged.", "The Orla ferry was sabotaged."),
        ("Officials refused to rule out that the Tesk plant would close.", "The Tesk plant will close in June."),
        # verbs whose deed done to someone is another deed
        ("The driver did not stop.", "Police stopped the driver."),
        ("Coach Ivo Kall did not leave on Monday.", "His wife left Coach Ivo Kall on Monday."),
    ],
)
def test_a_ruling_out_left_open_or_another_sense_is_no_clash(a: str, b: str) -> None:
    assert not negation_reasons(a, b)
