"""Predicates of opposite families (compare/facts/opposites.py) and the judge's use of them:
the same claim restated around a pair of opposite deeds is a contradiction, and never an
agreement, however alike the rest of the wording."""

from __future__ import annotations

import pytest

from compare.facts.opposites import one_act, opposed, sides, told_alike
from compare.models import Verdict

from .test_judge import HAS_PARSER, RESTATED, judge


@pytest.mark.parametrize(
    ("text", "family", "side"),
    [
        ("The envoy attended the signing in Marrow.", "presence", "there"),
        ("The envoy did not attend the signing in Marrow.", "presence", "away"),
        ("The envoy stayed away from the signing in Marrow.", "presence", "away"),
        ("The goalkeeper sat out the second leg with a knee strain.", "presence", "away"),
        ("Three unions boycotted the wage talks.", "presence", "away"),
        ("The senate ratified the water-sharing pact.", "approval", "yes"),
        ("The senate voted down the water-sharing pact.", "approval", "no"),
        ("The tribunal threw out the miners' appeal.", "approval", "no"),
        ("The board failed to ratify the merger.", "approval", "no"),
        ("Two unions refused to take part in the wage talks.", "presence", "away"),
        ("The envoy declined to attend the signing in Marrow.", "presence", "away"),
        ("A parcel bomb exploded at the Orna post office, killing the clerk.", "fate", "died"),
        ("Two unions refuse to take part in the wage talks.", "presence", "away"),
        ("The commander refused to surrender and died near Kolm.", "fate", "died"),  # a second clause: its own side
        ("The envoy declined to confirm that he attended the signing in Marrow.", "presence", "there"),  # a refusal to say
        ("The expedition turned back below the summit.", "outcome", "lost"),
        ("The probe failed to reach orbit.", "outcome", "lost"),
        ("Ferries sailed on their regular timetable.", "running", "running"),
        ("Trains operated normally on the coastal line.", "running", "running"),
        ("All flights were grounded on Monday.", "running", "halted"),
        ("The minister never set foot in the flooded district.", "presence", "away"),
        ("The minister didn't attend the hearing.", "presence", "away"),
        ("The minister cannot attend the hearing.", "presence", "away"),
        ("The minister visited the flooded district.", "presence", "there"),
        ("The water bill passed its second reading on Monday.", "approval", "yes"),
        ("The water bill was defeated in Monday's final vote.", "approval", "no"),
        ("Divers found the missing skipper alive on Friday.", "outcome", "won"),
        ("The launcher put two small satellites into orbit.", "outcome", "won"),
        ("The border post was sealed off after the shooting.", "running", "halted"),
        # who left a post by their own choice, and who was made to leave it
        ("The minister resigned on Monday.", "departure", "quit"),
        ("The coach stepped down after the defeat.", "departure", "quit"),
        ("She handed in her resignation on Friday.", "departure", "quit"),
        ("The minister was forced to resign.", "departure", "removed"),
        ("The board sacked the coach.", "departure", "removed"),
        ("The chief executive was dismissed on Friday.", "departure", "removed"),
        ("The general was relieved of his command.", "departure", "removed"),
        # a truce that held or was broken; a plane that landed safely or crashed
        ("The ceasefire was holding on Sunday.", "truce", "held"),
        ("The truce in Darna largely held overnight.", "truce", "held"),
        ("Fighting resumed on Sunday despite the ceasefire.", "truce", "broken"),
        ("The truce in Darna collapsed overnight.", "truce", "broken"),
        ("The plane landed safely in Orlo.", "landing", "safe"),
        ("The plane crashed on landing in Orlo.", "landing", "crashed"),
    ],
)
def test_each_word_tells_its_side(text: str, family: str, side: str) -> None:
    told = {(s.family, s.side) for s in sides(text)}
    assert (family, side) in told and not any(f == family and s != side for f, s in told), told


@pytest.mark.parametrize(
    "text",
    [
        # words of a family in other senses
        "The closing ceremony drew a large crowd.",
        "Investigators concluded that the brakes had failed.",
        "The ferry reached the island at noon.",
        "The two leaders are close allies.",
        "During her tour of the region the minister met farmers.",  # a tour is no visit to one place
        "The two firms sealed a deal on Friday.",
        "The storm passed the coast overnight.",
        # a plan, a threat, a possibility; a contraction; a noun; a market's close
        "The opposition threatened to boycott the vote.",
        "The prime minister was expected to attend the summit.",
        "The firm won't complete the takeover this year.",
        "The president's veto surprised nobody.",
        "The ministry declined to comment on the report.",
        "Shares in Brask Foods closed higher on Friday.",
        "Bus services run by the council carried more riders.",
        "Hundreds of workers will lose their jobs.",
        # fired at something, dismissed a claim; a call to resign, a resignation refused
        "Police fired tear gas at the crowd.",
        "The minister dismissed the claims as baseless.",
        "The union called on Lisa Orr to resign on Monday.",
        "The truce talks were held in Cairo on Monday.",
    ],
)
def test_words_in_other_senses_tell_no_side(text: str) -> None:
    assert sides(text) == ()


def test_a_visit_put_off_tells_no_presence_but_a_schedule() -> None:
    assert [(s.family, s.side) for s in sides("The visit was postponed.")] == [("schedule", "off")]


def test_not_only_is_no_negation() -> None:
    assert [x.side for x in sides("The minister not only attended the summit but chaired it.")] == ["there"]


def test_one_side_told_in_two_ways_is_not_opposed() -> None:
    assert opposed("The mayor did not attend the launch.", "The mayor skipped the launch.") is None
    assert opposed("The bridge was closed on Sunday.", "The bridge was shut on Sunday.") is None
    # a text telling both sides is not one side against the other
    assert opposed("The council approved one bid and rejected another.", "The council rejected the bid.") is None


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (  # being at a gathering and staying away from it is read as attending it or not
            "Trade minister Ilsa Varn attended the port authority's annual meeting in Cobb on Monday.",
            "Trade minister Ilsa Varn stayed away from the port authority's annual meeting in Cobb on Monday.",
            "not attend (meeting) vs attend",
        ),
        (
            "The regional assembly ratified the river compact with Delmar on Thursday.",
            "The regional assembly voted down the river compact with Delmar on Thursday.",
            "opposite deeds",
        ),
        (
            "Rail services on the Orrin coast line ran as normal on Saturday despite the storm.",
            "Rail services on the Orrin coast line were halted on Saturday because of the storm.",
            "opposite deeds",
        ),
    ],
)
def test_one_claim_restated_around_opposite_deeds_contradicts(a: str, b: str, shown: str) -> None:
    j = judge(a, b, signals=RESTATED + (("semantic", 0.9),))
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "negation"), j.reasons
    assert any(shown in r for r in j.reasons), j.reasons
    assert len(j.evidence) == 2


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Finance Minister Olsen resigned after the audit, his office said.",
            "Finance Minister Olsen was dismissed after the audit.",
            True,
        ),
        ("The coach stepped down after the defeat.", "The club sacked the coach after the defeat.", True),
        ("Prime Minister Holm sacked Finance Minister Berg on Tuesday.", "Finance Minister Berg resigned on Tuesday.", True),
        ("The chief executive quit on Friday.", "The chief executive was forced to resign on Friday.", True),
        # someone else made to go; the one who sacked is not the one who left; a part of a group
        ("The coach stepped down after the defeat.", "The club sacked the assistant manager after the defeat.", False),
        ("Prime Minister Holm sacked Finance Minister Berg on Tuesday.", "Prime Minister Holm resigned on Tuesday.", False),
        ("Two of the ministers resigned on Friday.", "The ministers were dismissed on Friday.", False),
    ],
)
def test_leaving_a_post_by_choice_or_made_to(a: str, b: str, clash: bool) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.8),))
        assert (j.verdict is Verdict.CONTRADICT) is clash, j.reasons
        assert not clash or any("opposite deeds (departure)" in r for r in j.reasons), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # other days, other figures, another thing of its kind, a denial: not one claim
        (
            "The coastal road was closed on Monday as the storm hit.",
            "Buses ran as usual on the coastal road on Thursday, the operator said.",
        ),
        (
            "The planning board turned down the bid for 300 flats on the old dock.",
            "The planning board approved a bid for 40 townhouses on the old dock.",
        ),
        (
            "Dorran's primary schools were closed on Monday because of the snow.",
            "Dorran's secondary schools opened as normal on Monday despite the snow.",
        ),
        # two bodies, two things acted on, some of the doers only, or two named doers
        ("Lawmakers approved the fisheries bill on Tuesday.", "The president vetoed the fisheries bill on Tuesday."),
        (
            "Finance minister Ola Brask was absent from Tuesday's budget hearing in Carrow.",
            "Deputy minister Ivo Lenz appeared at Tuesday's budget hearing in Carrow in her place.",
        ),
        (
            "Striking bus drivers in Orrin accepted the pay offer on Friday.",
            "Striking bus drivers in Orrin rejected the proposed new rota on Friday.",
        ),
        (
            "The climbers reached the summit of Mount Vell on Tuesday.",
            "Two of the climbers turned back below the summit of Mount Vell on Tuesday.",
        ),
        (
            "The senate voted down the fisheries bill on Tuesday.",
            "On Tuesday the senate ratified a separate fisheries bill.",
        ),
        (
            "The ministry denied the report, insisting the tanker had been granted leave to dock at Pell.",
            "The ministry rejected the report about the tanker docking at Pell, a spokesman said.",
        ),
    ],
)
def test_opposite_deeds_of_other_occasions_do_not_contradict(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED + (("semantic", 0.9),))
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


def test_what_is_acted_on_is_the_phrase_after_the_word() -> None:
    (x,) = sides("The union accepted the revised pay offer on Friday, ending the strike.")
    (y,) = sides("The union rejected the board's latest pay proposal in Sunday's ballot.")
    assert one_act(x, y)  # one offer, worded two ways: "pay" in common
    (z,) = sides("The union rejected the proposed night rota on Friday.")
    assert not one_act(x, z)
    (w,) = sides("The union agreed to testify.")  # an act told by its verb: nothing acted on to compare
    assert w.done_to == frozenset()


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
def test_opposite_deeds_are_never_a_paraphrase() -> None:
    j = judge(
        "The Kettle Bay ferry sailed on its regular timetable on Sunday.",
        "The Kettle Bay ferry was cancelled on Sunday.",
        signals=RESTATED + (("semantic", 0.9),),
    )
    assert j.verdict is not Verdict.AGREE, j.reasons


def test_one_side_told_by_a_negation_and_by_a_word() -> None:
    assert told_alike("The envoy did not attend the signing in Marrow.", "The envoy skipped the signing in Marrow.") is not None
    assert told_alike("The probe failed to reach orbit.", "The probe fell short of orbit.") is not None
    assert told_alike("The envoy did not attend the signing.", "The envoy attended the signing.") is None
    assert told_alike("The envoy did not attend the signing.", "The envoy skipped the banquet.") is None  # two things
    # the negation is about someone else: no restatement of one side
    assert told_alike("Quennel attended the summit, though Brask did not.", "Quennel and Brask attended the summit.") is None


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
def test_a_negation_and_a_word_of_one_side_may_restate_one_claim() -> None:
    j = judge(
        "Trade minister Ilsa Varn did not attend the port authority's annual meeting in Cobb on Monday.",
        "Trade minister Ilsa Varn skipped the port authority's annual meeting in Cobb on Monday.",
        signals=RESTATED + (("semantic", 0.9),),
    )
    assert j.verdict is Verdict.AGREE, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The pilot survived the crash and was taken to hospital.", "The pilot was killed in the crash, the airline said."),
        ("The hostage was found alive in a flat in Lorne.", "The hostage died in a flat in Lorne, police said."),
        (
            "The gunman was arrested unharmed at the station, police said.",
            "The gunman was shot dead at the station, police said.",
        ),
        ("The ferry Orla sank within minutes, survivors said.", "The ferry Orla stayed afloat for hours, survivors said."),
    ],
)
def test_one_person_survived_or_died(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED + (("semantic", 0.85),))
    assert j.verdict is Verdict.CONTRADICT, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # others than the one who survived: a passenger, some of the group, three others
        (
            "The driver survived the crash with minor injuries, police said.",
            "The driver's passenger was killed in the crash, police said.",
        ),
        ("Two of the climbers died on the descent from the summit.", "The climbers survived the storm on the summit."),
        ("Three passengers survived the crash of the small plane.", "The pilot was killed in the crash of the small plane."),
    ],
)
def test_others_survived_or_died(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED + (("semantic", 0.7),))
    assert j.verdict is Verdict.RELATED, j.reasons


def test_the_fate_words_tell_their_side() -> None:
    assert [x.side for x in sides("The pilot survived the crash.")] == ["lived"]
    assert [x.side for x in sides("Two miners were found dead on Tuesday.")] == ["died"]
    assert "lived" in [x.side for x in sides("The boy was found alive under the rubble.")]  # and a search "won"
    # a passive's subject is whom it befell: its words are kept as the doer's
    assert sides("The pilot was killed in the crash.")[0].doer_words == frozenset({"pilot"})


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The missile was shot down by air defences over the city.",
            "The missile struck its target in the city, the defence ministry said.",
            Verdict.CONTRADICT,
        ),
        (
            "Both drones were intercepted before reaching Halsey, the army said.",
            "Both drones hit their targets in Halsey, the army said.",
            Verdict.CONTRADICT,
        ),
        # one side told two ways
        ("Air defences intercepted the missile over the city.", "The missile was shot down over the city.", Verdict.AGREE),
    ],
)
def test_a_missile_stopped_or_through(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, signals=RESTATED + (("semantic", 0.8),)).verdict is verdict


def test_intercepted_things_that_are_no_weapons_tell_a_side_only_beside_a_target() -> None:
    # "intercepted communications" tells the stopped side, but nothing in the other text is
    # the side that got through: not opposed
    assert opposed("Investigators intercepted communications of the cell.", "The cell planned the attack for months.") is None


def test_lives_lost_are_deaths_not_a_contest_lost() -> None:
    # "lost their lives" is no outcome lost; it tells who died
    assert [(x.family, x.side) for x in sides("Four firefighters lost their lives in the blaze.")] == [("fate", "died")]


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one attack, its doer named apart on each side: no agreement, a dispute over who did it
        (
            "Russian forces shelled the hospital in Orlivka.",
            "The shelling of the Orlivka hospital was carried out by Ukrainian troops, Moscow said.",
            Verdict.CONTRADICT,
        ),
        # a government's forces against an armed group by any name
        (
            "Government warplanes bombed the market in Dalto, a monitoring group said.",
            "The ministry said the strike on the Dalto market was carried out by the Eastern Liberation Front.",
            Verdict.CONTRADICT,
        ),
        (
            "Rebels shelled the hospital in Varn.",
            "The shelling of the Varn hospital was carried out by government troops.",
            Verdict.CONTRADICT,
        ),
        # a government's guns, an ambush, shots fired on a crowd by two services
        (
            "Government artillery shelled the village of Pell overnight, residents said.",
            "Fighters of the Black Ridge Front shelled Pell overnight, the army said.",
            Verdict.CONTRADICT,
        ),
        (
            "Rebel fighters ambushed the supply convoy near Ost.",
            "The supply convoy near Ost was ambushed by army soldiers.",
            Verdict.CONTRADICT,
        ),
        (
            "It was the army that fired on the marchers in Liss square.",
            "Riot police fired on the marchers in Liss square.",
            Verdict.CONTRADICT,
        ),
        # words for one kind of doer, one side named twice: the same claim
        ("Government troops shelled the village of Ardo.", "Regime forces shelled the village of Ardo.", Verdict.AGREE),
        ("Police shot the suspect outside the bank.", "The suspect was shot by officers outside the bank.", Verdict.AGREE),
        ("Gunmen attacked the bus on the highway.", "Militants carried out the attack on the bus on the highway.", Verdict.AGREE),
        (
            "Russian forces shelled the hospital in Orlivka.",
            "The shelling of the Orlivka hospital was carried out by the Russian army.",
            Verdict.AGREE,
        ),
    ],
)
def test_one_attack_told_with_two_doers(a: str, b: str, verdict: Verdict) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.85),))
        assert j.verdict is verdict, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The ceasefire was holding on Sunday.", "Fighting resumed on Sunday despite the ceasefire.", True),
        (
            "The truce in Darna largely held overnight, monitors said.",
            "The truce in Darna collapsed overnight as shelling resumed, monitors said.",
            True,
        ),
        ("The plane landed safely in Orlo.", "The plane crashed on landing in Orlo.", True),
        # a truce and fighting elsewhere; a car that crashed; another aircraft
        ("The ceasefire in Darna was holding on Sunday.", "Fighting erupted in Kessel on Sunday.", False),
        ("The plane landed safely in Orlo.", "A car crashed near Orlo airport.", False),
        ("The cargo jet crashed on landing.", "The passenger plane landed safely an hour later.", False),
    ],
)
def test_a_truce_held_or_broken_a_landing_safe_or_a_crash(a: str, b: str, clash: bool) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.8),))
        assert (j.verdict is Verdict.CONTRADICT) is clash, j.reasons


@pytest.mark.parametrize(
    ("text", "family", "side"),
    [
        ("The summit in Harlow has been postponed until next year.", "schedule", "off"),
        ("The summit in Harlow will go ahead next week as planned.", "schedule", "ahead"),
        ("Twelve miners were trapped underground after the collapse.", "trapped", "in"),
        ("All the miners escaped from the pit.", "trapped", "out"),
        ("The road to the airport remained blocked on Tuesday.", "running", "halted"),
        ("The road to the airport reopened on Tuesday.", "running", "running"),
    ],
)
def test_events_put_off_people_trapped_roads_blocked(text: str, family: str, side: str) -> None:
    assert (family, side) in [(s.family, s.side) for s in sides(text)]


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The summit in Harlow has been postponed until next year, diplomats said.",
            "The summit in Harlow will go ahead next week as planned, diplomats said.",
        ),
        (
            "The road to the airport remained blocked by protesters on Tuesday.",
            "Police cleared the protesters and the road to the airport reopened on Tuesday.",
        ),
    ],
)
def test_an_event_put_off_or_held_and_a_road_blocked_or_open_contradict(a: str, b: str) -> None:
    assert judge(a, b, signals=RESTATED + (("semantic", 0.9),)).verdict is Verdict.CONTRADICT


def test_trapped_and_escaped_are_never_one_claim() -> None:
    a = "Twelve miners were trapped underground after the collapse at the Dorn pit, officials said."
    b = "All the miners escaped unhurt from the Dorn pit, officials said."
    assert judge(a, b, signals=RESTATED + (("semantic", 0.9),)).verdict is not Verdict.AGREE


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (  # one group, one place: trapped or out
            "Twelve miners were trapped underground after the collapse at the Dorn pit, officials said.",
            "All the miners escaped from the Dorn pit, officials said.",
            Verdict.CONTRADICT,
        ),
        (  # two groups
            "The rebel leader escaped from the siege of Dorn, the army said.",
            "Civilians were trapped in Dorn, the army said.",
            Verdict.RELATED,
        ),
        (  # a state that lasted, and the deed that ended it
            "The miners were trapped for two days, officials said.",
            "The miners escaped on the third day, officials said.",
            Verdict.RELATED,
        ),
        (  # a schedule is told as the plan now
            "The Harlow summit will be postponed, diplomats said.",
            "The Harlow summit would go ahead as planned, diplomats said.",
            Verdict.CONTRADICT,
        ),
        (  # two months
            "The vote on the Harlow dam was postponed in May.",
            "The vote on the Harlow dam went ahead in July, and the plan was approved.",
            Verdict.RELATED,
        ),
    ],
)
def test_trapped_and_put_off_told_of_one_group_and_one_time(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, signals=RESTATED + (("semantic", 0.9),)).verdict is verdict


@pytest.mark.parametrize(
    ("text", "family", "side"),
    [
        ("The grass fire near Welby was brought under control by dusk.", "spread", "stopped"),
        ("The grass fire near Welby had been contained by dusk.", "spread", "stopped"),
        ("Crews put out the grass fire near Welby.", "spread", "stopped"),
        ("The grass fire near Welby was still raging at dusk.", "spread", "going"),
        ("The grass fire near Welby continued to spread at dusk.", "spread", "going"),
        ("The grass fire near Welby was not yet under control at dusk.", "spread", "going"),  # the negation turns it
        ("The cyclist is in a stable condition in hospital.", "condition", "stable"),
        ("The cyclist was critically injured in the crash.", "condition", "critical"),
        ("The old mill chimney collapsed in the gale.", "standing", "fell"),
        ("The old mill chimney was still standing after the gale.", "standing", "stood"),
        ("The courier was charged with fraud.", "charge", "charged"),
        ("The courier was released without charge.", "charge", "cleared"),
        ("The courier has not been charged.", "charge", "cleared"),
        ("The bodies of the two hikers were recovered on Sunday.", "fate", "died"),
        ("All the cavers were brought to the surface by noon.", "trapped", "out"),
    ],
)
def test_fires_conditions_structures_charges_and_the_dead_tell_their_side(text: str, family: str, side: str) -> None:
    assert (family, side) in [(s.family, s.side) for s in sides(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry put out a statement on Friday.",  # a statement put out is no fire
        "The box contained three rifles.",  # what a thing holds
        "The grass fire near Welby was 60 percent contained at dusk.",  # partly held back: no side
        "The report described a body of evidence on the mill's safety.",
        "Police charged at the crowd outside the mill.",  # ran at, not a charge of a crime
        "A body of volunteers rescued the crew.",  # a group
        "The body of the van was crushed.",  # a vehicle's
        "The body of the Harlan bus was crushed.",
        "Two clerks were charged with checking the ballots.",  # given a task
    ],
)
def test_those_words_in_other_senses_tell_no_side(text: str) -> None:
    assert not [s for s in sides(text) if s.family in ("spread", "fate", "charge")]


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # the first family of one act is read: the crew's fate and the passengers' is no one act
        (
            "The ferry Lorn sank off Kett Point and the bodies of two crew members were found.",
            "The ferry Lorn stayed afloat off Kett Point and its passengers survived.",
            True,
        ),
        # a fire, and what else spreads
        ("The blaze at the Orm depot was contained on Friday.", "The fire at the Orm depot was still raging on Friday.", True),
        (
            "The damage to the Orm depot was contained on Friday.",
            "Rumours about the Orm depot continued to spread on Friday.",
            False,
        ),
    ],
)
def test_opposite_deeds_of_one_act_and_one_thing(a: str, b: str, clash: bool) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.85),))
        assert (j.verdict is Verdict.CONTRADICT) is clash, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The grass fire near Welby was under control by dusk.", "The grass fire near Welby was still raging at dusk.", True),
        ("The courier was released without charge on Monday.", "The courier was charged with fraud on Monday.", True),
        ("The old mill chimney collapsed in the gale.", "The old mill chimney remained standing in the gale.", True),
        # another day, another structure, someone else
        ("The cyclist was in a stable condition on Friday.", "The cyclist was in a critical condition on Thursday.", False),
        ("The old mill chimney collapsed in the gale.", "The new mill chimney remained standing in the gale.", False),
        ("The cyclist is in a stable condition.", "The pedestrian is in a critical condition.", False),
        # a state now, after another
        ("The cyclist was taken to hospital in a critical condition.", "The cyclist is now in a stable condition.", False),
    ],
)
def test_a_fire_stopped_or_going_a_structure_fallen_or_standing_charged_or_let_go(a: str, b: str, clash: bool) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.85),))
        assert (j.verdict is Verdict.CONTRADICT) is clash, j.reasons


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The flood cut off the entire valley.", "whole"),
        ("Every ferry to Skarn was cancelled.", "whole"),
        ("All 40 stalls in the market burned down.", "whole"),
        ("The storm completely destroyed the pier.", "whole"),
        ("Parts of the valley were cut off by the flood.", "part"),
        ("About a third of the ferries to Skarn were cancelled.", "part"),
        ("The storm partly destroyed the pier.", "part"),
        ("Not all of the ferries to Skarn were cancelled.", "part"),  # the negation turns it
    ],
)
def test_a_deed_done_to_all_of_a_thing_or_to_part_of_it(text: str, side: str) -> None:
    assert ("extent", side) in [(s.family, s.side) for s in sides(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ferries to Skarn sail every morning.",  # a habit
        "The raid was part of a wider sweep, police said.",  # what a thing belongs to
        "Nearly all the ferries to Skarn were cancelled.",  # not all
        "Virtually the entire fleet was grounded.",
        "Some reports said the pier was destroyed.",  # who said it, not part of a thing
        "The two brothers farmed the valley all their lives.",
        "Some 40 stalls in the market burned down.",  # about forty
        "On the whole, the ferries to Skarn ran well.",
        "Residents took part in the clean-up.",
    ],
)
def test_words_of_all_or_part_in_other_senses_tell_no_extent(text: str) -> None:
    assert not [s for s in sides(text) if s.family == "extent"]


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The flood cut off the entire valley on Sunday.", "Parts of the valley were cut off by the flood on Sunday.", True),
        ("Every ferry to Skarn was cancelled on Monday.", "Some ferries to Skarn were cancelled on Monday.", True),
        ("The storm completely destroyed the pier.", "The storm partly destroyed the pier.", True),
        # two deeds, a second thing of the kind, another day
        ("All the delegates voted for the plan.", "Some of the delegates spoke against the plan.", False),
        ("The storm destroyed the whole pier at Skarn.", "The storm destroyed part of another pier at Skarn.", False),
        ("Every ferry to Skarn was cancelled on Monday.", "Some ferries to Skarn were cancelled on Tuesday.", False),
    ],
)
def test_all_of_a_thing_against_part_of_it(a: str, b: str, clash: bool) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED + (("semantic", 0.85),))
        assert (j.verdict is Verdict.CONTRADICT) is clash, j.reasons


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The union said the strike will last 72 hours.", "set"),
        ("The 48-hour strike began at dawn.", "set"),
        ("The council said the stadium would be closed for three days.", "set"),
        ("The union leader said the strike was indefinite.", "open"),
        ("The stadium will stay closed until further notice.", "open"),
        ("The truce has no time limit, the mediators said.", "open"),
    ],
)
def test_a_set_length_or_none(text: str, side: str) -> None:
    assert [(s.family, s.side) for s in sides(text) if s.family == "length"] == [("length", side)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks went on late into the night.",
        "Rescuers searched the rubble for three days.",  # how long a deed went on, not a length set for it
        "The union has not said how long the strike will last.",
    ],
)
def test_no_length_told(text: str) -> None:
    assert not [s for s in sides(text) if s.family == "length"]


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The union said the strike will last 72 hours.", "The union leader said the strike was indefinite."),
        ("The ceasefire will last 30 days, the mediators said.", "The ceasefire has no time limit, the mediators said."),
        (
            "The stadium will stay closed until further notice, the council said.",
            "The council said the stadium would be closed for three days.",
        ),
    ],
)
def test_a_set_length_and_none_of_one_thing_contradict(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED + (("semantic", 0.9),))
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "negation"), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The strike at the port will last 72 hours.", "The strike at the airport is indefinite."),
        ("The strike will last 72 hours, the union said.", "The minister said the talks would continue indefinitely."),
        (
            "The museum will be closed for two weeks for repairs.",
            "The museum's east wing will remain closed until further notice.",
        ),
    ],
)
def test_lengths_of_other_things_do_not_contradict(a: str, b: str) -> None:
    assert judge(a, b, signals=RESTATED + (("semantic", 0.9),)).verdict is not Verdict.CONTRADICT
