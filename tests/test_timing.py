"""When one event began or ended (compare/facts/timing.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.timing import clock_hours, hours_meet, hours_told, order_apart, same_timing, timing_clash  # noqa: E402
from compare.models import Verdict  # noqa: E402

from .test_judge import RESTATED, judge  # noqa: E402


def clash(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


def one_time(a: str, b: str) -> bool:
    ta, tb = claims.claims_of(a).timings, claims.claims_of(b).timings
    return any(same_timing(x, y) for x in ta for y in tb)


CLASHES = [
    # other weekdays for one fire's start, named two ways
    ("The blaze broke out on Sunday morning near the quarry.", "The fire started late on Saturday, a farmer said."),
    # other month days
    ("The outage began on Friday, June 6, the utility said.", "The blackout began on June 4, engineers said."),
    # the same day, hours that cannot meet (hedged by an hour)
    ("The quake struck at 11:47 a.m. on Friday, the agency said.", "The earthquake hit shortly before 2:15 p.m. on Friday."),
    # a part of the day against another
    ("The storm hit the coast on Sunday morning.", "The storm struck the coast on Sunday evening, forecasters said."),
    # the end of one strike
    ("The walkout ended on Tuesday evening.", "The strike ended on Thursday, the union said."),
    # an offensive launched, and begun
    ("Rebels launched the offensive on Monday.", "The offensive began on Wednesday, the army said."),
    # hedged hours that only touch (6:30-6:50 and 6:00-6:30) do not meet
    ("The Orvel Bridge came down at about 6:40 p.m. on Friday.", "The bridge collapsed at around 6:15 p.m. on Friday."),
    # a 24-hour clock
    ("The explosion occurred at 14:10 on Monday.", "The blast happened at 09:30 on Monday, witnesses said."),
    # a start told by a phrase: "took effect", "came into force", "went into effect"
    ("The truce took effect at midnight on Saturday.", "The ceasefire came into force at noon on Sunday, the mission said."),
    ("The curfew went into effect on Friday.", "The curfew began on Wednesday, police said."),
    # an end told by "expired"
    ("The grain deal expired on Monday.", "The grain agreement ended on Thursday, officials said."),
    # late one night and early the next morning, at hours hours apart
    ("The quake hit at 11:40 p.m. on Friday.", "The earthquake struck at 2:30 a.m. on Saturday, the agency said."),
    # a thing that fails once, told by two verbs, in part ("a section of"), hours apart
    (
        "The tunnel roof gave way shortly before 3 a.m. on Tuesday.",
        "A section of the roof came down at about 4:40 a.m. on Tuesday.",
    ),
    ("The old footbridge collapsed on Sunday morning.", "The old footbridge caved in on Friday, residents said."),
    ("The barge capsized at about 6:40 p.m. on Monday.", "The barge overturned shortly after 8 p.m. on Monday."),
    # a clock time in words
    ("The levee burst shortly before midnight on Saturday.", "The levee burst at around four o'clock on Sunday afternoon."),
    # "took place": when it happened
    ("The rally took place at 10 a.m. on Sunday.", "The rally began at 14:30 on Sunday."),
    # a leak; one mishap named as what it was and as an accident
    ("The leak started shortly before 10 p.m. on Saturday.", "The leak began at about 3 a.m. on Sunday."),
    ("The derailment happened at about 5:30 a.m.", "The accident occurred shortly after 7 a.m., officials said."),
    # the event named by what it was and by a word for any event; "about 9:40" is told to ten minutes
    ("The stampede began at around 9:40 p.m. near the east gate.", "The tragedy unfolded at about 10:15 p.m., witnesses said."),
    # a hedge elsewhere in the sentence does not widen the time
    ("The crush started at 9:40 p.m., shortly after the final whistle.", "The crush began at 10:20 p.m."),
    # a thing named by where it is; a subject the parser hangs on "after"
    ("A dam on the Orla river burst at about 4 a.m.", "The Orla dam burst late on Sunday evening, shortly after 9 p.m."),
    (
        "Shoppers fled after a footbridge over the Tamsin canal collapsed at about 6:20 p.m.",
        "The footbridge collapsed at 8:05 p.m., police said.",
    ),
    # "the talks" (lemma "talk"), and "opened" as a start
    ("The trade talks ended on Thursday without agreement.", "The trade talks ended on Saturday, diplomats said."),
    ("The negotiations began on Monday in Oslo.", "The talks opened in Oslo on Wednesday."),
    # a start told in a clause on the event's noun ("which", "that")
    ("The blaze, which broke out on Sunday afternoon, destroyed six homes.", "The fire started on Monday, residents said."),
    # talks that fail end ("collapsed", "broke down")
    ("The talks collapsed on Tuesday, the union said.", "The negotiations broke down on Thursday, diplomats said."),
    ("The strike that began on Tuesday has closed every school.", "The walkout began on Thursday, the union said."),
    # a collapse is the failure of what the other report says failed; a named bridge fails too
    ("The collapse happened at about 9:40 p.m. on Friday.", "The Orvel Bridge came down at around 6:15 on Friday evening."),
    ("The collapse of the roof happened on Saturday.", "The roof of the mall caved in on Sunday."),
    # a landslide is one event, named by either word
    ("The landslide struck the hamlet of Verre at 6:50 a.m. on Tuesday.", "The mudslide hit Verre at 9:30 a.m. on Tuesday."),
    # a plan made public once: "announced" and "made public"
    ("The port authority announced the expansion plan at 9 p.m. on Sunday.", "The expansion plan was made public on Tuesday."),
]


@pytest.mark.parametrize(("a", "b"), CLASHES)
def test_one_event_at_two_times_clashes(a: str, b: str) -> None:
    assert "date" in clash(a, b)
    assert "date" in clash(b, a)


COMPATIBLE = [
    # hedged hours that overlap: "about 10 p.m." (9:30-10:30) and "shortly after 10"
    ("The quake struck at about 10 p.m. on Monday.", "The earthquake hit shortly after 10 p.m. on Monday."),
    # the collapse of one thing and the failure of another
    ("The collapse of the stand happened on Saturday.", "The roof of the mall caved in on Sunday."),
    # the night of one day and the small hours of the next may be one time
    ("The fire broke out late on Monday.", "The blaze began in the early hours of Tuesday."),
    ("The offensive began on Sunday night.", "Troops launched the offensive early on Monday."),
    ("The blast happened at 11:50 p.m. on Friday.", "The explosion occurred at 12:05 a.m. on Saturday."),
    ("The quake struck on Friday night.", "The earthquake hit at 2:15 a.m. on Saturday."),
    # another event of the kind
    ("Another fire broke out on Friday.", "The fire began on Tuesday."),
    ("A second quake struck on Sunday.", "The quake struck on Friday."),
    # a start and an end
    ("The strike began on Monday.", "The strike ended on Wednesday."),
    # a plan, a possibility, a negation: not when it happened
    ("The stoppage is scheduled to end on Wednesday.", "The strike ended on Tuesday."),
    ("The talks could begin on Friday.", "The talks began on Monday."),
    ("The walkout is likely to end on Friday.", "The walkout ended on Tuesday."),
    ("The vote should begin on Thursday.", "The vote began on Monday, officials said."),
    ("The festival did not begin on Monday.", "The protest began on Tuesday."),
    # two places
    ("The protest began in Arden on Monday.", "The protest began in Belmoor on Tuesday."),
    # two named events of one kind
    ("The Harlow fire broke out on Monday.", "The Dunmore fire broke out on Thursday."),
    # a pronoun names no event
    ("It began on Monday, police said.", "The fire began on Thursday."),
    # "opened fire" names no event that began; an event that opened something did not begin then
    ("The summit opened its doors to reporters on Friday.", "The summit began on Wednesday."),
    ("Troops opened fire on the convoy on Monday.", "The fire broke out on Thursday."),
    # a clock time with no half of the day is not compared
    ("The quake struck at 2:15 on Friday.", "The earthquake hit at 11:47 on Friday."),
    # the same day and hour
    ("The storm struck on Sunday at 9 p.m.", "The storm hit the coast on Sunday evening."),
    # hedged hours that may meet: "shortly before 7" and "about 7"
    ("The bridge collapsed at about 7 p.m. on Monday.", "The bridge collapsed shortly before 7 p.m. on Monday."),
    # two things failing, or a part of something else, or of a counted set
    ("The dam burst on Monday.", "The levee burst on Friday."),
    ("A section of the road collapsed on Monday.", "The bridge collapsed on Friday."),
    ("A section of two roofs came down on Monday.", "The roof came down on Friday."),
    # "shortly after" a time that another time follows by little
    ("The barge capsized shortly after 8 p.m. on Monday.", "The barge overturned at about 8:30 p.m. on Monday."),
    # "take effect" needs its noun; "come into" needs "force"
    ("The truce took hold on Friday.", "The ceasefire took effect on Monday."),
    ("The ban came into view on Friday.", "The ban came into force on Monday."),
    # an accident and a leak: two events; "a crash" is any crash
    ("The accident happened at 5 a.m. on Monday.", "The leak began at 9 p.m. on Monday."),
    ("A crash happened at 5 a.m. on Monday.", "The accident occurred at 9 p.m. on Monday."),
    # a plan to take effect is no start
    ("The curfew is due to take effect on Friday.", "The curfew took effect on Monday."),
    # "about 10 p.m." reaches half an hour, "about 10:15" a quarter: times that may meet
    ("The incident happened at about 10 p.m.", "The fire broke out at 10:20 p.m."),
    ("The quake struck at about 10:15 p.m.", "The earthquake hit at 10:40 p.m."),
    ("The crush began at about 9:40 p.m.", "The crush started at 9:45 p.m."),
    # a word for any event begins; a thing that fails is another phase
    ("The disaster struck at 5 a.m.", "The levee burst at 9 p.m."),
    # "a dam" named by nothing is any dam; "a building in Harlow" is any of many
    ("A dam burst at 4 a.m.", "The dam burst at 9 p.m."),
    ("A building in Harlow collapsed on Monday.", "A building in Harlow collapsed on Friday."),
]


@pytest.mark.parametrize(("a", "b"), COMPATIBLE)
def test_compatible_times_do_not_clash(a: str, b: str) -> None:
    assert "date" not in clash(a, b)


def test_same_day_and_hour_supports_one_claim() -> None:
    assert one_time("The storm struck on Sunday at 9 p.m.", "The storm hit the coast on Sunday evening.")
    assert one_time("The blaze broke out on Tuesday afternoon.", "The fire started on Tuesday.")
    assert not one_time("The blaze broke out on Tuesday.", "The fire started on Wednesday.")


def test_reason_names_the_event_and_both_times() -> None:
    (x,) = claims.claims_of("The quake struck at 11:47 a.m. on Friday.").timings
    (y,) = claims.claims_of("The earthquake hit at 2:15 p.m. on Friday.").timings
    reason = timing_clash(x, y)
    assert reason is not None
    assert "the quake began" in reason and "11:47 a.m. on Friday" in reason and "2:15 p.m. on Friday" in reason


# --- naming a place's joining (compare/facts/naming.py) ---------------------------------------

NAMING_CLASHES = [
    ("Ardonia annexed the Kessa islands in 2019.", "The Kessa islands rejoined Ardonia in 2019 after a referendum."),
    ("The annexation of Kessa was condemned abroad.", "Kessa, which reunified with Ardonia in 2019, held a parade."),
    ("Ardonia annexed Kessa in 2019.", "The reunification of Kessa with Ardonia was celebrated on Monday."),
]


@pytest.mark.parametrize(("a", "b"), NAMING_CLASHES)
def test_one_act_named_two_ways_clashes(a: str, b: str) -> None:
    assert "naming" in clash(a, b)
    assert "naming" in clash(b, a)


NAMING_COMPATIBLE = [
    ("Ardonia annexed Kessa in 2019.", "Ardonia vowed to reunify with Kessa."),  # a vow
    ("Ardonia annexed Kessa in 2019.", "Varno rejoined Ardonia in 2019."),  # another place
    ("Ardonia annexed Kessa in 2014.", "Kessa rejoined Ardonia in 2019."),  # other years
    ("Ardonia did not annex Kessa.", "Kessa rejoined Ardonia."),  # a negation names no act
]


@pytest.mark.parametrize(("a", "b"), NAMING_COMPATIBLE)
def test_namings_that_do_not_clash(a: str, b: str) -> None:
    assert "naming" not in clash(a, b)


# --- the first sighting of a thing: one moment, whoever saw it, unless two observers are named --

FIRST_SIGHTINGS = [
    (
        "The first balloon was spotted drifting over the harbour at 20:10 on Friday.",
        "Port staff first reported balloons shortly after 22:00 on Friday.",
        True,
    ),
    (
        "The first balloons were seen over the harbour on Friday.",
        "Balloons were first reported over the harbour on Sunday.",
        True,
    ),
    # two observers, each may have seen them first
    ("Fishermen first reported balloons at 8 p.m. on Friday.", "Police first reported balloons at 10 p.m. on Friday.", False),
    # the same moment told two ways
    ("The first balloon was seen at about 8 p.m. on Friday.", "Balloons were first reported at 8:10 p.m. on Friday.", False),
]


@pytest.mark.parametrize(("a", "b", "clashes"), FIRST_SIGHTINGS)
def test_the_first_sighting_of_a_thing(a: str, b: str, clashes: bool) -> None:
    assert ("date" in clash(a, b)) is clashes
    assert ("date" in clash(b, a)) is clashes


# --- first seen, then begun (compare/facts/timing.py) ----------------------------------------

BEGUN_AFTER_SEEN = [
    ("The blaze broke out on Thursday afternoon.", "The fire was first reported shortly before midnight on Wednesday."),
    ("The fire started at 9 p.m., the brigade said.", "Residents first reported the fire at about 8 p.m."),
    ("The leak began on March 4.", "The leak was first detected on March 2, the operator said."),
    # the first thing seen of the event, or the first sign of one of its kind
    (
        "The blaze at the Kettering depot broke out at about 4 a.m.",
        "A guard first spotted smoke from the depot blaze at 2:10 a.m.",
    ),
    ("The bombardment of the port began on Sunday.", "The first explosions of the bombardment were heard on Friday night."),
    (
        "The fire at the Osterby mill started at 5 a.m. on Monday.",
        "Neighbours first reported flames at the Osterby mill at 3 a.m. on Monday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), BEGUN_AFTER_SEEN)
def test_an_event_cannot_begin_after_it_was_first_seen(a: str, b: str) -> None:
    assert "date" in clash(a, b)
    assert "date" in clash(b, a)


BEGUN_BEFORE_SEEN = [
    ("The blaze broke out on Wednesday afternoon.", "The fire was first reported shortly before midnight on Wednesday."),
    ("The fire broke out at about 2 a.m. on Thursday.", "The fire was first reported late on Wednesday."),
    ("The fire started at 7 p.m.", "A neighbour first spotted the fire at about 8 p.m."),
    ("The blaze broke out on Thursday afternoon.", "A fire was first reported on Wednesday."),  # a fire: another one
    # smoke seen later than the start; explosions are not a sign of a fire; smoke not seen "first"
    ("The fire started at 2 a.m.", "A guard first spotted smoke at 4 a.m."),
    ("The fire started at 5 a.m.", "Residents first heard explosions at 3 a.m."),
    ("The fire started at 5 a.m. on Monday.", "Residents reported smoke at 3 a.m. on Monday."),
    # the first thing seen of another event
    ("The fire began at 5 a.m.", "The first explosions of the attack were heard at 3 a.m."),
    ("The fire broke out at 11 p.m.", "Smoke from another fire was first seen at 9 p.m."),
]


@pytest.mark.parametrize(("a", "b"), BEGUN_BEFORE_SEEN)
def test_an_event_begun_before_it_was_first_seen_is_no_clash(a: str, b: str) -> None:
    assert "date" not in clash(a, b)


ONCE_CLASHES = [
    # a resignation told by the verb and by its noun
    ("Mayor Ines Calder resigned on Monday, her aides said.", "Calder's resignation was handed to the clerk last Thursday."),
    # an arrest, and being taken into custody
    ("Officers arrested the accountant Pavel Moor on 3 June.", "Court papers show Moor was taken into custody on 9 June."),
    # a death on two days, the person named in full and by surname
    ("Retired judge Alma Vesk died at her home on Tuesday.", "Vesk died on Saturday, her son told the local paper."),
    # a resignation tendered, against stepping down
    ("Director Emil Sorn tendered his resignation on Friday.", "Sorn stepped down on Wednesday morning, staff said."),
    # passing away is dying; the name in apposition to what the person is
    ("The poet Mara Lind died in Sorrel on 2 May.", "Relatives said Mara Lind passed away on 28 April."),
    # a named craft launched once, told by "launched" and by "lifted off"
    (
        "Velt Space launched its survey probe, Arden-2, shortly after 5 a.m. on Sunday.",
        "The Arden-2 probe lifted off at about 9:30 p.m. on Sunday, the agency said.",
    ),
    # a part of the day beside the weekday: when, not another thing done ("on Tuesday evening")
    ("The harbour master resigned on Tuesday evening, the port said.", "The harbour master quit on Friday morning."),
    # a quake told with its magnitude: the parse makes "magnitude" the subject
    ("The magnitude 6.2 earthquake struck at 4:10 a.m. on Monday.", "The quake hit the valley at 9:30 p.m. on Monday."),
]


@pytest.mark.parametrize(("a", "b"), ONCE_CLASHES)
def test_a_deed_done_once_on_two_days_clashes(a: str, b: str) -> None:
    assert "date" in clash(a, b)
    assert "date" in clash(b, a)


ONCE_BOTH_HOLD = [
    # two people of one surname
    ("Ahmed Karimi died in hospital on Monday.", "Hassan Karimi died on Tuesday, relatives said."),
    # arrested again: one arrest of several
    ("Police arrested Tomas Reyl on Friday.", "Reyl was arrested again on Sunday after breaching his bail."),
    # a resignation planned, and the day it took effect
    ("The minister said on Monday that she would resign.", "Minister Hana Prell resigned on Thursday."),
    # no name: any of many suspects
    ("Police arrested a suspect on Friday.", "A man was taken into custody on Sunday."),
    # the same day told two ways
    ("Lena Ostrova died on Monday, 4 March.", "Ostrova died on 4 March at the age of 81."),
    # two craft, and a launch of no named craft
    ("Velt Space launched the Arden-2 probe on Sunday.", "The Arden-3 probe lifted off on Tuesday."),
    ("The company launched a new phone on Monday.", "The company launched a new phone on Friday."),
    # a landslide and an avalanche of another day: a second one, said so
    ("The landslide hit the Verre road on Monday.", "A second landslide hit the Verre road on Thursday."),
    # the plans of two owners
    ("The council's plan was announced on Monday.", "The union's plan was made public on Friday."),
    # an aftershock is another quake
    ("The magnitude 6.1 earthquake struck on Monday at 3 a.m.", "A magnitude 4.2 aftershock hit on Tuesday."),
]


@pytest.mark.parametrize(("a", "b"), ONCE_BOTH_HOLD)
def test_deeds_that_may_both_hold(a: str, b: str) -> None:
    assert "date" not in clash(a, b)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Crews left the square close to midnight on Saturday.", (23.5, 24.5)),
        ("The first shots were heard shortly after midnight.", (0.0, 0.75)),
        ("The delegations met at noon.", (11.75, 12.25)),
        # an hour in words and its half of the day
        ("The convoy arrived at about seven in the evening.", (18.5, 19.5)),
        ("Shelling resumed at 6 in the morning.", (5.75, 6.25)),
    ],
)
def test_noon_and_midnight_are_clock_times(text: str, hours: tuple[float, float]) -> None:
    found = clock_hours(text)
    assert found is not None and found[0] == pytest.approx(hours)


def test_a_part_of_the_day_is_still_no_clock_time() -> None:
    assert clock_hours("The talks ended on Tuesday evening.") is None


@pytest.mark.parametrize(
    ("text", "hours", "written"),
    [
        ("The assembly adopted the bill on Thursday afternoon.", (12, 18.5), "afternoon"),
        ("The bill was approved shortly before midnight on Thursday.", (23.25, 24), "midnight"),
        ("The bill was approved at 4 p.m. on Thursday afternoon.", (15.75, 16.25), "4 p.m."),
        ("The patrol set out at sunrise.", (4, 8), "sunrise"),
        ("The patrol came back at nightfall.", (17, 22), "nightfall"),
    ],
)
def test_hours_told_by_a_clock_time_or_else_a_part_of_the_day(text: str, hours: tuple[float, float], written: str) -> None:
    found = hours_told(text)
    assert found is not None and found[0] == pytest.approx(hours) and found[1] == written
    assert hours_told("The bill was approved on Thursday.") is None


@pytest.mark.parametrize(
    ("x", "y", "meet"),
    [
        ((12, 18.5), (15.75, 16.25), True),
        ((23.25, 24), (12, 18.5), False),
        ((5, 12), (12, 18.5), False),  # hours that only touch do not meet
        ((20, 30), (1.75, 2.25), True),  # overnight runs into the small hours
        ((22.75, 23.25), (0.75, 1.25), False),
    ],
)
def test_hours_meet_across_midnight(x: tuple[float, float], y: tuple[float, float], meet: bool) -> None:
    assert hours_meet(x, y) is meet and hours_meet(y, x) is meet


@pytest.mark.parametrize(
    ("text", "hours", "written"),
    [
        # a point between hour and minutes before a.m. or p.m. ("4.17am" is 4:17, not 17:00)
        ("The tremor hit the valley at 4.17am on Sunday.", (4.03, 4.53), "4.17am"),
        ("The last train left Orla at 11.05 p.m.", (22.83, 23.33), "11.05 p.m."),
        # an hour in words is shown as written
        ("Power was back by six o'clock on Wednesday morning.", (5.75, 6.25), "six o'clock"),
        ("Shelling resumed at 6 in the morning.", (5.75, 6.25), "6 in the morning"),
    ],
)
def test_clock_times_as_written(text: str, hours: tuple[float, float], written: str) -> None:
    found = clock_hours(text)
    assert found is not None and found[0] == pytest.approx(hours, abs=0.01) and found[1] == written


def test_a_figure_with_a_point_is_no_clock_time() -> None:
    assert clock_hours("Prices in Orla rose 4.17 percent in May.") is None


def test_one_moment_told_with_a_point_is_no_other_hour() -> None:
    """ "4:17 a.m." and "4.17am" are one moment: no clash of hours."""
    assert "date" not in clash("The quake struck the valley at 4:17 a.m. local time.", "The tremor hit the valley at 4.17am.")


def test_late_at_night_and_after_dawn_next_day_do_not_meet() -> None:
    """A night ends before dawn: "late on Saturday night" and "shortly after dawn on Sunday" are
    two times of one collision; "the early hours of Sunday" may be the same night."""
    late = "The collision off Marn took place late on Saturday night, the coastguard said."
    assert "date" in clash("The collision between a tanker and a trawler off Marn happened shortly after dawn on Sunday.", late)
    assert "date" not in clash(
        "The collision between a tanker and a trawler off Marn happened in the early hours of Sunday.", late
    )


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (
            "Police arrested 14 people after the match.",
            "Police detained 14 people before the match.",
            ("after the match", "before the match"),
        ),
        (
            "The minister resigned ahead of the vote.",
            "She resigned following the vote on Tuesday.",
            ("ahead of the vote", "following the vote"),
        ),
        ("Residents fled before dawn.", "Residents fled after dawn on Sunday.", ("before dawn", "after dawn")),
        # one side of one thing, or two things: not apart
        ("Troops withdrew after the ceasefire.", "After the ceasefire, the troops withdrew.", None),
        ("He was arrested after the match.", "He had been warned before the trial.", None),
        # both sides told by one statement, or the thing told by a pronoun
        ("Turnout was high before and after the vote.", "Turnout fell after the vote.", None),
        ("Prices rose before the announcement and fell after it.", "Prices fell after the announcement.", None),
        # no thing after the word
        ("After all, the talks failed.", "The talks failed before the summit.", None),
        ("He was arrested the day after.", "He was arrested the following day.", None),
    ],
)
def test_one_deed_set_before_and_after_one_thing(a: str, b: str, apart: tuple[str, str] | None) -> None:
    assert order_apart(a, b) == apart


@pytest.mark.parametrize(
    ("text", "event", "phase"),
    [
        # the first of the shells, missiles or explosions is the first sign of an attack
        ("Residents of Harl heard the first explosions at about 3:40 a.m.", "attack", "seen"),
        ("The first rounds landed in the Tolva market at about 10:15 a.m.", "attack", "seen"),
        ("The first missiles struck the port shortly after 2 a.m.", "attack", "seen"),
        # the explosion: one event of its own, seen
        ("Residents of Harl heard the explosion at around 10 p.m. on Monday.", "explosion", "seen"),
        # a strike told of weapons or soldiers is an attack; of workers, a walkout
        ("The strike on the depot by the 40th Artillery Brigade took place at 08:40 on Saturday.", "attack", "start"),
        ("The air strike on the depot began at 08:40 on Saturday.", "attack", "start"),
        ("The dockworkers' strike began at 6 a.m. on Monday.", "walkout", "start"),
    ],
)
def test_the_first_sign_of_an_attack_and_a_strike_by_its_context(text: str, event: str, phase: str) -> None:
    assert [(t.event, t.phase) for t in claims.claims_of(text).timings] == [(event, phase)]


def test_an_attack_seen_before_it_began_clashes() -> None:
    a = "Residents of Harl heard the first explosions at about 3:40 a.m."
    assert clash(a, "The raid on Harl began at 5:20 a.m., the ministry said.") == ["date"]
    assert clash(a, "The raid on Harl began at 3:30 a.m., the ministry said.") == []
    # not the first: any explosion may come after the start
    assert clash("Residents of Harl heard explosions at about 3:40 a.m.", "The raid on Harl began at 5:20 a.m.") == []


@pytest.mark.parametrize(
    ("a", "b", "clashes"),
    [
        # a walkout's start told by the deed
        (
            "Dockworkers at Brenn walked off the job at 6 a.m. on Monday.",
            "More than 3,000 workers at Brenn walked out at 9 a.m. on Monday.",
            True,
        ),
        (
            "Nurses at the Harl clinic went on strike at 7 a.m. on Tuesday.",
            "The nurses' strike at the Harl clinic began at noon on Tuesday.",
            True,
        ),
        (
            "Bus drivers in Tolva downed tools at noon on Friday.",
            "The bus drivers in Tolva walked out at about noon on Friday.",
            False,
        ),
        # two trades, and leaving a meeting
        (
            "Nurses at the Harl clinic went on strike at 7 a.m. on Tuesday.",
            "Doctors at the Harl clinic walked out at noon on Tuesday.",
            False,
        ),
        ("Management walked out of the pay talks at 4 p.m. on Friday.", "The union's strike began at 6 a.m. on Friday.", False),
    ],
)
def test_a_walkout_told_by_the_deed_has_a_start(a: str, b: str, clashes: bool) -> None:
    assert ("date" in clash(a, b)) is clashes


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The hearing commenced on 4 March.", "The hearing got under way on 11 March."),
        ("The dock strike began on Monday.", "The dockers' walkout kicked off on Wednesday."),
        ("The summit wrapped up on Friday.", "The summit ended on Sunday."),
    ],
)
def test_more_verbs_that_start_or_end_an_event(a: str, b: str) -> None:
    assert clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The funeral will be held on Friday, the family said.", "The funeral is set for Saturday."),
        (
            "The government declared a day of national mourning for Thursday.",
            "A national day of mourning will be observed on Friday.",
        ),
        ("The president called an election for 12 June.", "The election will be held on 19 June, the commission said."),
        ("The summit will be held on Tuesday.", "The summit is scheduled for Wednesday."),
        ("Talks are due to resume on Wednesday.", "Talks will resume on Thursday, the mediator said."),
        ("The referendum is scheduled to take place on March 3.", "The referendum will be held on March 10."),
        ("Parliament will hold the vote on Thursday.", "The vote is planned for Friday."),
        ("The funeral of Anton Merel will take place on Monday.", "Merel's funeral is slated for Tuesday."),
        # a start told in the present with a day; "due on"; the vote told by voting; a burial
        ("The summit opens on Tuesday in Lisbon.", "The summit is scheduled to open on Wednesday."),
        ("The vote on the bill is due on Friday.", "The vote on the bill is due on Monday, aides said."),
        ("Voters will go to the polls on Sunday.", "The referendum is set for Saturday."),
        ("Anton Merel will be buried on Friday in his home village.", "The funeral of Anton Merel will be held on Saturday."),
    ],
)
def test_two_days_set_for_one_event_to_come_clash(a: str, b: str) -> None:
    assert "date" in clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a day set once and given up, or moved, and the other telling that old plan in the past
        ("The vote, originally scheduled for Thursday, will now be held on Friday.", "The vote was scheduled for Thursday."),
        ("The vote was postponed from Thursday to Friday.", "The vote was set for Thursday."),
        ("Officials postponed the vote to Friday, then to Monday.", "The vote will be held on Friday."),  # moved twice
        ("The vote, which had been set for May, will be held in June.", "The vote is scheduled for May."),
        ("The hearing was postponed, and will now be held on Tuesday.", "The hearing is set for Monday."),
        # two funerals, two hearings, two rounds, a meeting of many
        ("The funeral of Anton Merel will be held on Friday.", "The funeral of Ilse Varga will be held on Saturday."),
        ("The committee will hold a hearing on Tuesday.", "Another hearing is scheduled for Thursday."),
        ("The first round of the vote will be held on Sunday.", "The second round is scheduled for Sunday, May 20."),
        ("A meeting will be held on Monday.", "A meeting is planned for Friday."),
        # a condition, a negation, a thing that is no event
        ("The vote would be held on Thursday if enough members attend.", "The vote is set for Friday."),
        ("The vote will not be held on Thursday.", "The vote is set for Thursday."),
        ("The team called the vote a sham on Monday.", "The vote is scheduled for Friday."),
        ("The ministry set a deadline for Friday.", "The deadline was set for Thursday."),
        # a day to come and a day past are told at two times
        ("The vote was held on Friday.", "The vote will be held on Sunday."),
        ("Voters went to the polls on Sunday.", "The referendum is set for Saturday."),
        ("The summit opens on Tuesday.", "The summit closed on Wednesday."),
        # another person buried; a committee's vote for a plan is no ballot of voters
        ("Anton Merel will be buried on Friday.", "The funeral of Ilse Varga will be held on Saturday."),
        ("The committee will vote for the plan on Monday.", "The referendum is set for Sunday."),
    ],
)
def test_days_not_set_for_one_event_do_not_clash(a: str, b: str) -> None:
    assert "date" not in clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the day now set, after a move, against a day told as the plan now
        ("The vote, originally scheduled for Thursday, will now be held on Friday.", "The vote is set for Thursday."),
        ("The referendum has been postponed to March 21.", "The referendum will be held on March 14."),
        ("The funeral was moved to Saturday.", "The funeral will be held on Friday."),
        ("The hearing was pushed back to Monday.", "The hearing is scheduled for Wednesday."),
        ("The summit has been brought forward to Tuesday.", "The summit will open on Thursday."),
        ("The vote was postponed from Thursday to Friday.", "The vote will be held on Thursday."),
    ],
)
def test_the_day_an_event_is_moved_to_is_the_day_set(a: str, b: str) -> None:
    assert "date" in clash(a, b) and "date" in clash(b, a)


def test_the_day_an_event_is_moved_to_and_the_same_day_are_one_timing() -> None:
    assert one_time("The election was delayed to June 5.", "The election will be held on June 5.")
    assert not clash("The cart was pushed to the gate on Friday.", "The vote will be held on Thursday.")


def test_one_day_set_for_one_event_is_one_timing() -> None:
    assert one_time("The funeral will be held on Friday.", "The funeral is set for Friday, the family said.")
    assert one_time("The referendum is scheduled to take place on March 10.", "The referendum will be held on March 10.")


def test_an_event_held_on_a_day_told_as_past_began_then() -> None:
    assert "date" in clash("The referendum was held on Sunday.", "The referendum was held on Saturday, officials said.")
    # talks, summits and trials go on for days: held on one of them is no start
    assert "date" not in clash("The talks were held on Tuesday, their third day.", "The talks opened on Sunday.")
    assert "date" in clash("Voters went to the polls in a referendum held on Sunday.", "The referendum was held on Saturday.")


@pytest.mark.parametrize(
    ("a", "b", "clashes"),
    [
        # talks told with no article are the talks of the story
        ("Talks collapsed on Thursday, the union said.", "Negotiations broke down on Friday.", True),
        ("The strike began after talks on a new pay deal collapsed last Thursday.", "Negotiations broke down on Friday.", True),
        # new talks, another round: other talks
        ("Talks collapsed on Thursday.", "New talks broke down on Friday.", False),
        ("Talks began on Monday.", "Another round of talks began on Wednesday.", False),
    ],
)
def test_talks_with_no_article_are_the_talks_of_the_story(a: str, b: str, clashes: bool) -> None:
    assert ("date" in clash(a, b)) is clashes


@pytest.mark.parametrize(
    ("a", "b", "clashes"),
    [
        # a body's vote on a thing, and the vote on it; voters' ballot and the election
        (
            "Parliament will vote on the pension bill on Thursday.",
            "The vote on the pension bill is scheduled for Wednesday.",
            True,
        ),
        ("Lawmakers are due to vote on the bill on Friday.", "The vote on the bill will take place on Monday.", True),
        ("Ostrelians will vote in the referendum on Sunday.", "The referendum is set for Saturday.", True),
        # a body's vote is no ballot; two bodies, two votes; voters abroad and at home
        ("Parliament will vote on the budget on Thursday.", "The referendum is set for Sunday.", False),
        ("The committee will vote on the bill on Tuesday.", "The full Senate will vote on the bill on Thursday.", False),
        ("Citizens living abroad will vote on Friday.", "Voters at home will go to the polls on Sunday.", False),
        ("Shareholders will vote on the merger on Tuesday.", "The general election will be held on Sunday.", False),
    ],
)
def test_a_bodys_vote_and_a_ballot_of_voters(a: str, b: str, clashes: bool) -> None:
    assert ("date" in clash(a, b)) is clashes


@pytest.mark.parametrize(
    ("a", "b", "clashes"),
    [
        # the hour a resignation was made known, told by the statement it was made in
        (
            "Harbour Minister Ines Vold resigned on Monday, announcing her decision in a statement read out at 6 p.m.",
            "Ines Vold, the harbour minister, quit in a short written statement released shortly before midnight on Monday.",
            True,
        ),
        (
            "Mayor Ilse Dorn resigned in a statement posted at 9 a.m. on Friday.",
            "Mayor Ilse Dorn stepped down on Friday evening.",
            True,
        ),
        ("Mayor Ilse Dorn resigned on Friday in a statement released at noon.", "Mayor Ilse Dorn quit at noon on Friday.", False),
        # quitting a party is no resignation; a report's hour is not the resignation's
        (
            "Mayor Ilse Dorn resigned on Friday in a statement released at noon.",
            "Mayor Ilse Dorn quit the party at 4 p.m. on Friday.",
            False,
        ),
        (
            "Anna Kell resigned on Monday, hours after a report released at noon.",
            "Anna Kell resigned at 4 p.m. on Monday.",
            False,
        ),
    ],
)
def test_the_hour_a_resignation_was_made_known(a: str, b: str, clashes: bool) -> None:
    assert ("date" in clash(a, b)) is clashes


@pytest.mark.parametrize(
    ("a", "b", "clashes"),
    [
        # the old plan told in the past, of an event moved
        ("The Kort trial was postponed until March 3.", "The Kort trial had been due to begin on February 24.", False),
        ("The Orrin council vote was postponed to Friday.", "The Orrin council vote was scheduled for Thursday.", False),
        # another bill, another case
        ("The vote on the pension bill was moved to Friday.", "The vote on the budget bill will be held on Thursday.", False),
        (
            "The hearing into the Kort case was postponed to Friday.",
            "The hearing into the Lusk case will be held on Thursday.",
            False,
        ),
        ("The vote on the pension bill was moved to Friday.", "The vote on the bill will be held on Thursday.", True),
        # quitting for the day is no resignation; quitting as coach is one
        ("Ivo Kort quit at 6 p.m., went home and returned to work the next morning.", "Ivo Kort resigned at 9 p.m.", False),
        (
            "Anna Kell quit as chair of the Lusk board on Monday.",
            "Anna Kell resigned as chair of the Lusk board on Sunday.",
            True,
        ),
    ],
)
def test_moved_events_and_resignations_told_apart(a: str, b: str, clashes: bool) -> None:
    assert ("date" in clash(a, b)) is clashes


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "took place" and "went ahead" hold a one-day event then, as "was held" does
        ("The referendum in Sarn was held on 12 March.", "The referendum in Sarn took place on 19 March."),
        ("The memorial ceremony went ahead on Sunday.", "The memorial ceremony took place on Saturday."),
    ],
)
def test_an_event_held_told_as_taking_place_on_two_days_clashes(a: str, b: str) -> None:
    assert "date" in clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The referendum took place on 12 March.", "The referendum took place on 12 March, officials said."),
        # a talk or a summit goes on for days: held on one of them is not its start
        ("The summit took place on Tuesday in Varn.", "The summit in Varn was held on Thursday."),
        # not an event of one day named ("the plan went ahead")
        ("The plan went ahead on Monday.", "The plan took place on Friday."),
    ],
)
def test_taking_place_that_does_not_clash(a: str, b: str) -> None:
    assert "date" not in clash(a, b)


def test_one_date_word_before_two_dates_in_two_places_is_no_clash() -> None:
    a, b = "The referendum in Orla took place on 12 March.", "The referendum in Kesh took place on 19 March."
    assert judge(a, b, signals=RESTATED).verdict is not Verdict.CONTRADICT
