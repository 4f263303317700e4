"""What a report rules out and what it puts an event down to (compare/facts/exclusions.py), and
a cause, a doer or a failure named in one report and ruled out in the other. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def ruled_out_of(text: str) -> list[tuple[str, str]]:
    return sorted((e.head, e.how) for e in claims.claims_of(text).exclusions)


def culprits_of(text: str) -> list[tuple[str, str]]:
    return sorted((c.head, c.role) for c in claims.claims_of(text).culprits)


def kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b)) if c.kind in ("actor", "cause")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Firefighters said a faulty heater, not arson, started the blaze at the Dunlow depot.", [("arson", "not")]),
        ("The surveyors blamed subsidence rather than the new drains for the cracks.", [("drain", "not")]),
        ("Detectives ruled out foul play in the death of the Brennock farmer.", [("play", "ruled out")]),
        ("A gas explosion was ruled out by the fire service.", [("explosion", "ruled out")]),
        ("Laboratory tests cleared the bottled water sold in Marrow.", [("water", "cleared")]),
        ("The Ostvik coastguard played no part in the rescue, the harbour master said.", [("coastguard", "no role")]),
        ("The crew were lifted off the rig with no naval involvement.", [("naval", "no role")]),
        ("Police said no lorry was involved in the crash on the Arden road.", [("lorry", "no role")]),
        # another one than any the other report names; a ruling-out not made; a question
        ("Police said no other vehicle was involved in the crash on the Arden road.", []),
        ("Detectives refused to rule out arson at the Dunlow depot.", []),
        ("Was the dam at Garrow intact before the flood?", []),
        ("The signals on the Penmore line were working normally on Friday morning.", [("signal", "sound")]),
        ("The pressure valve was found intact after the leak at the Harlow refinery.", [("valve", "sound")]),
        ("The levee at Kettle Bridge held, despite the record river level.", [("levee", "sound")]),
        ("The talks held in Geneva on Monday ended without a deal.", []),
        ("The ferry's steering did not fail at any point, the inspectors said.", [("steering", "sound")]),
        ("The coach's brakes were in good working order, inspectors said.", [("brake", "sound")]),
        ("The water pipes at the Orrin plant were not damaged by the frost.", [("pipe", "sound")]),
        ("There was nothing wrong with the steering of the Orla ferry, inspectors said.", [("steering", "sound")]),
        ("The lift cables were not faulty, the engineers said.", [("cable", "sound")]),
        ("Inspectors found the lift cables had been working properly.", [("cable", "sound")]),
        # sound at another time: before the event, in a span of its own
        ("The pump had been found sound at a check in May.", []),
        ("The dockers union ruled out walkouts over the holidays.", []),
        ("There was no leak in the tank, engineers said.", [("tank", "sound")]),
        ("Inspectors found the valve intact.", [("valve", "sound")]),
        ("Police cleared the porter of any role in the break-in.", [("porter", "cleared")]),
        ("Brake failure has been ruled out, police said.", [("failure", "ruled out")]),
        # an obstacle cleared away is no suspect cleared
        ("Army engineers cleared the landslide on Monday.", []),
        ("Divers found no cracks in the hull of the Orla.", [("hull", "sound")]),
        # a party's part ruled out; a cause said not to be the cause; set against the one that was
        ("Detectives ruled out the involvement of the Grey Hand in the Lissel robbery.", [("hand", "ruled out")]),
        ("Police ruled out the army's role in the shooting.", [("army", "ruled out")]),
        ("The cause of the Kessel warehouse fire was not arson but an overloaded socket.", [("arson", "denied")]),
        ("It was a falling crane, not a gas leak, that caused the collapse on Orrin Street.", [("leak", "not")]),
        # no part in it
        ("The militia was not part of the raid on Karsa, the army said.", [("militia", "no role")]),
        ("Frost had no bearing on the collapse of the Halby bridge.", [("frost", "no role")]),
        ("Speeding played no part in the Halby road pile-up, investigators said.", [("speeding", "no role")]),
        # a cause or a doer said not to be one
        ("Campers did not cause the wildfire in the Harrow hills, fire officials said.", [("camper", "denied")]),
        ("Arson was not the cause of the Dunlow depot fire.", [("arson", "denied")]),
        ("The Black Harbour group was not behind the Lissel depot arson, police said.", [("group", "denied")]),
        ("The signaller was not to blame for the Drumlin junction collision.", [("signaller", "denied")]),
        ("Investigators found no evidence of sabotage at the Orrin plant.", [("sabotage", "denied")]),
        ("Police found no evidence that the fire was started deliberately.", []),
        ("There was no sign on Monday.", []),
        ("Engineers excluded subsidence as the reason for the cracks.", [("subsidence", "ruled out")]),
        # one cause of several; left out of a meeting
        ("Speeding was not the only factor in the crash on the Arden road.", []),
        ("Norland was excluded from the talks in Arvik.", []),
        # no exclusion: a "not" that sets no culprit aside, a quantifier, "not only"
        ("Most of those killed in the Karsa raid were farmers, not fighters.", []),
        ("Not a single passenger was hurt when the Drellin tram derailed.", []),
        ("Not only the army but also the police took part in the sweep.", []),
        ("The referee did not rule out a replay of the abandoned Tessel match.", []),
        ("The talks are being held in Geneva, not in Vienna.", []),
    ],
)
def test_what_a_report_rules_out(text: str, found: list[tuple[str, str]]) -> None:
    assert ruled_out_of(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The blackout in Dremmel was caused by a cyberattack on the grid.", [("cyberattack", "cause")]),
        ("A dropped cigarette sparked the grass fire near Halby.", [("cigarette", "cause")]),
        ("The landslide happened because of heavy rain on the slopes above Tarn.", [("rain", "cause")]),
        ("The warehouse roof gave way under the weight of wet snow.", [("roof", "failure"), ("snow", "cause")]),
        ("Driver fatigue led to the coach crash on the Morrow pass.", [("fatigue", "cause")]),
        ("The arson attack on the Lissel depot was the work of a local gang.", [("gang", "doer")]),
        ("The ceasefire in Arvik was brokered by Essmark.", [("essmark", "doer")]),
        ("Kestrel Foods recalled the contaminated flour.", [("flour", "failure"), ("foods", "doer")]),
        ("The tram derailed after a rail cracked near the depot.", [("rail", "failure")]),
        ("The Harlow levee was breached overnight.", [("levee", "failure")]),
        ("The barn fire was started by a dropped match.", [("match", "cause")]),
        ("The food poisoning in Arvik was linked to the ice cream at the Pell fair.", [("cream", "cause")]),
        ("The Iron Sparrow group claimed responsibility for the pipeline blast near Pasko.", [("group", "doer")]),
        ("Nobody has claimed responsibility for the attack on the Pasko pipeline.", []),
        ("The group did not claim responsibility for the blast.", []),
        ("A discarded cigarette started the grass fire.", [("cigarette", "cause")]),
        ("The blast was set off by a faulty detonator.", [("detonator", "cause"), ("detonator", "failure")]),
        # told under "reported", a verb of saying, as under "said"
        ("The cinema roof collapsed because of a rotten beam, engineers reported.", [("beam", "cause"), ("roof", "failure")]),
        # what is ruled out names no culprit
        ("Brake failure has been ruled out, police said.", []),
        ("The flood was caused by a fault in the Tarn dam.", [("dam", "failure"), ("fault", "cause")]),
        ("It was a falling crane, not a gas leak, that caused the collapse on Orrin Street.", [("crane", "cause")]),
        ("The pile-up on the Halby road was caused by speeding.", [("speeding", "cause")]),
        ("The lift fell because its cables were faulty.", [("cable", "failure")]),
        # not put down to anything: said, denied, planned, ruled out
        ("The mayor said the fire was under control.", []),
        ("Essmark denied brokering the ceasefire in Arvik.", []),
        ("Essmark will broker talks in Arvik next month.", []),
        # a deed done to nothing, and breaking something, are no failure of the doer
        ("The harbour master said he had broken no regulations.", []),
        ("Floodwater breached the Harlow levee overnight.", [("floodwater", "doer")]),
        (
            "The Orne pipeline leaked diesel into the river.",
            [("pipeline", "doer"), ("pipeline", "failure")],
        ),  # what leaked: no thing acted on
    ],
)
def test_what_a_report_puts_an_event_down_to(text: str, found: list[tuple[str, str]]) -> None:
    assert culprits_of(text) == found


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (
            "The blackout in Dremmel on Monday was caused by a cyberattack on the grid, the energy minister said.",
            "The grid operator said Monday's Dremmel blackout was triggered by a fallen pylon and ruled out any cyberattack.",
            "cause",
        ),
        (
            "The ceasefire in Arvik was brokered by Essmark, its foreign ministry said.",
            "Envoys from Valdor brokered the Arvik ceasefire, and Essmark played no role in the talks.",
            "actor",
        ),
        (
            "The coach crashed on the Morrow pass after its brakes failed on the descent, police said.",
            "Investigators said the coach's brakes were working normally and that the driver had fallen asleep.",
            "cause",
        ),
        (
            "The Penmore flooding was caused by the failure of the Garrow reservoir wall, the council said.",
            "Torrential rain alone flooded Penmore, officials said, adding that the Garrow reservoir wall had held.",
            "cause",
        ),
        (
            "Police said the Lissel depot arson was carried out by the militant group Black Harbour.",
            "A rival faction, not Black Harbour, was behind the arson at the Lissel depot, investigators said.",
            "actor",
        ),
        (
            "The Halby road pile-up was caused by speeding, police said.",
            "Speeding played no part in the Halby road pile-up, investigators said.",
            "cause",
        ),
        (
            "The lift at Orrin station fell because its cables were faulty, the operator said.",
            "There was nothing wrong with the cables of the Orrin station lift, the inspectors said.",
            "cause",
        ),
        (
            "The Dallow ferry ran aground after its steering failed, the owners said.",
            "The Dallow ferry's steering was tested after the grounding and found to be working properly.",
            "cause",
        ),
        (
            "The landslide at Tarn was caused by heavy rain, the council said.",
            "Heavy rain was not what caused the landslide at Tarn, geologists said.",
            "cause",
        ),
        (
            "The Pell bakery was blamed for the food poisoning in Arvik.",
            "The Pell bakery played no part in the Arvik food poisoning, inspectors said.",
            "cause",
        ),
        (
            "The Kessel flood was caused by a breach in the Tarn embankment, the council said.",
            "The Tarn embankment was intact after the Kessel flood, engineers said.",
            "cause",
        ),
        (
            "Two boys playing with fireworks started the hay fire at Orla farm.",
            "No boys were involved in the Orla farm hay fire, police said.",
            "cause",
        ),
        (
            "The Orla sank after a crack in her hull let in water, the owners said.",
            "Divers found no cracks in the hull of the Orla, the inquiry heard.",
            "cause",
        ),
        (
            "Gunmen of the Ash Valley militia stormed the police post at Birch Creek on Monday.",
            "The Ash Valley militia was not behind the assault on the police post at Birch Creek, officials said.",
            "actor",
        ),
        (
            "The rebels shelled the Orla bridge on Friday.",
            "The rebels played no role in the shelling of the Orla bridge, their spokesman said.",
            "actor",
        ),
        (
            "The Iron Sparrow group claimed responsibility for the pipeline blast near Pasko.",
            "The Iron Sparrow group played no part in the explosion on the Pasko pipeline, its leader said.",
            "actor",
        ),
        (
            "The Grey Hand carried out the raid on the Lissel depot, police said.",
            "Detectives ruled out the involvement of the Grey Hand in the Lissel depot raid.",
            "actor",
        ),
        (
            "Human error by the signaller led to the collision at Drumlin junction, the rail union said.",
            "A software fault, not any mistake by the signaller, caused the Drumlin junction collision.",
            "cause",
        ),
    ],
)
def test_named_in_one_and_ruled_out_in_the_other(a: str, b: str, kind: str) -> None:
    assert kind in kinds(a, b)
    assert kind in kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same cause in both; another one ruled out
        (
            "A lightning strike started the wildfire in the Harrow hills, fire officials said.",
            "The Harrow hills wildfire was sparked by lightning, not by campers, fire officials said.",
        ),
        # ruled out in the role of a victim, not of a doer
        (
            "Soldiers opened fire on the crowd in the Karsa market on Friday.",
            "Most of those killed in Friday's Karsa market shooting were traders, not soldiers.",
        ),
        # another part sound
        (
            "The coach crashed on the Morrow pass after its brakes failed, police said.",
            "Investigators said the coach's steering was working normally before the Morrow pass crash.",
        ),
        # both rule the same thing out
        (
            "Detectives ruled out arson in the fire at the Dunlow depot.",
            "Arson was ruled out by detectives investigating the Dunlow depot fire.",
        ),
        # a part of the thing, not the thing; another place; an earlier event
        (
            "The Garrow dam's pump failed during the storm, engineers said.",
            "The Garrow dam held throughout the storm, engineers said.",
        ),
        (
            "The outbreak in Marrow was caused by contaminated water from the town well.",
            "Tests showed the water in neighbouring Fell was clean.",
        ),
        (
            "A previous inquiry blamed faulty signals for a 2015 crash at Fenwick junction.",
            "The signals at Fenwick junction were working normally on Monday, the operator said.",
        ),
        # whoever did one deed may have had no part in another
        (
            "Norland's navy rescued the crew of the Essmark tanker off Tarrow Point.",
            "Norland played no role in the collision off Tarrow Point, its foreign ministry said.",
        ),
        (
            "Police opened fire on the crowd outside the Varna stadium.",
            "Witnesses, not police, filmed the crush outside the Varna stadium.",
        ),
        # an agreement that held is no structure that held
        (
            "The Arvik ceasefire collapsed within a week, aid workers said.",
            "The Arvik ceasefire has largely held since it began on Monday, aid workers said.",
        ),
        # an attack on one thing, no part in an attack on another
        (
            "Police fired on the crowd outside the embassy on Monday.",
            "Police were not involved in the attack on the depot, officials said.",
        ),
        # what the doer did was no deed the other rules it out of ("carried out a search")
        (
            "Customs officers carried out a search of the Orla on Monday.",
            "Customs officers played no part in the seizure of the Orla, the port said.",
        ),
        # mentioned, not blamed
        (
            "Engineers inspected the Garrow reservoir wall after the Penmore flood.",
            "The Garrow reservoir wall held throughout the Penmore flood, engineers said.",
        ),
    ],
)
def test_ruled_out_but_not_what_the_other_names(a: str, b: str) -> None:
    assert kinds(a, b) == []
    assert kinds(b, a) == []


def judged(a: str, b: str):
    from compare.facts.extract import extract
    from compare.match.judge import RuleJudge
    from compare.models import Candidate, Statement

    sa, sb = Statement("a:1", "a", 1, a, 0, len(a), 0), Statement("b:1", "b", 1, b, 0, len(b), 0)
    return RuleJudge().pair(sa, extract(sa), sb, extract(sb), Candidate("a:1", "b:1", 0.6, (("cover", 0.8), ("idf", 0.6))))


def test_what_one_rules_out_and_the_other_names_is_never_one_claim() -> None:
    from compare.models import Verdict

    j = judged(
        "Troops guarded the Karsa market on Friday after the shooting there.",
        "Police, not troops, fired on the crowd in the Karsa market on Friday.",
    )
    assert j.verdict is Verdict.RELATED
    assert any("rules out 'troops'" in r for r in j.reasons)
    # told alike in words no reading knows: the blocker stays out of the way
    j = judged(
        "A court in Sarnia cleared the politician Ivo Bren of corruption charges.",
        "The politician Ivo Bren was acquitted of corruption charges by a court in Sarnia.",
    )
    assert j.verdict is not Verdict.RELATED or not any("rules out" in r for r in j.reasons)


def test_a_cause_ruled_out_links_two_statements_that_share_few_words() -> None:
    from compare.match.settings import Settings
    from compare.models import Verdict
    from compare.pipeline import compare_sources
    from compare.read.load import parse

    a = "The bus left the mountain road near Kelso on Friday after its brakes failed, police said."
    b = "Investigators said the brakes of the coach that crashed near Kelso were in good working order."
    report = compare_sources([parse(a, path="a.txt", source_id="a"), parse(b, path="b.txt", source_id="b")], Settings.lexical())
    assert [(j.verdict, j.kind) for j in report.judgements] == [(Verdict.CONTRADICT, "cause")]


def test_a_role_ruled_out_and_a_denial_of_any_role_are_one_denial() -> None:
    j = judged(
        "Varnia's foreign ministry denied any role in the blast at the Orsk depot.",
        '"Varnia had nothing to do with the blast at the Orsk depot," a foreign ministry spokesman said.',
    )
    assert not any("rules out" in r for r in j.reasons), j.reasons
