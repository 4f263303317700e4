"""Claim frames, conflicts() and supports() on sentences written for these tests (invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402


def conflict_kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]


def supported(a: str, b: str) -> bool:
    return bool(claims.supports(claims.claims_of(a), claims.claims_of(b)))


# --- conflicts that must be found -------------------------------------------------------------

HITS = [
    # a deed against its denial by the side it is attributed to
    ("Ruritanian troops shelled the border post on Monday.", "Ruritania denied shelling the border post.", "negation"),
    ("Ruritanian gunmen attacked the convoy near the river.", "Ruritania denied any such attack.", "negation"),
    ("The sabotage was planned and carried out by Freedonian agents.", "Freedonia denied any involvement.", "negation"),
    ("Ruritanian troops shelled the village.", "The Ruritanian army rejected the accusation outright.", "negation"),
    # a capital speaks for its country, whatever the country's demonym looks like
    ("German troops shelled the depot.", "Berlin denied any such attack.", "negation"),
    ("American jets bombed the depot.", "Washington denied any such attack.", "negation"),
    # a denial that names whose deed it denies, whoever speaks
    (
        "The bombing was carried out by Freedonian agents, police said.",
        "The minister denied any Freedonian role in the bombing.",
        "negation",
    ),
    # a person speaks for the country named before their name
    (
        "The raid was carried out by Ukrainian commandos.",
        "Ukraine's defence adviser Ivan Petrenko denied any such raid.",
        "negation",
    ),
    # an accusation against its denial
    ("Freedonia accused Ruritania of shelling the dam.", "Ruritania denied shelling the dam.", "negation"),
    # one deed, two authors
    ("Ruritanian artillery shelled the customs house.", "Freedonian artillery shelled the customs house.", "negation"),
    # casualty counts
    ("At least one worker was killed in the factory fire.", "No one was injured in the factory fire.", "negation"),
    ("More than 20 people are missing after the flood.", "More than 107 people are missing after the flood.", "quantity"),
    (
        "The blast killed three dockers and injured 12 others.",
        "Three dockers were killed and 15 injured in the blast.",
        "quantity",
    ),
    ("Up to five miners were hurt.", "At least nine miners were hurt.", "quantity"),
    # operating status
    ("The port was busy when the storm hit.", "The port was non-functioning when the storm hit.", "negation"),
    ("The terminal was open on Sunday.", "The terminal was closed on Sunday.", "negation"),
    # cause of damage
    ("The warehouse was hit by rockets.", "The blaze was caused by the detonation of stored fuel.", "negation"),
    ("The bridge was damaged by Ruritanian shelling.", "The bridge was damaged by Freedonian shelling.", "negation"),
    # "because of X" as the parser hangs it (on "because", not on "of")
    (
        "The pylon was damaged by Ruritanian shelling, the mayor said.",
        "Because of heavy shelling by the Freedonian army, the fields near the pylon caught fire.",
        "negation",
    ),
    # a target named through a compound ("a depot storage site" is the depot)
    ("Kosovan gunners shelled the school.", "Freedonia accused Ruritania of shelling the school building.", "negation"),
    ("Ruritanian troops shelled a hospital maternity wing.", "Ruritania denied shelling the hospital.", "negation"),
    # who used the weapons in an attack did it
    (
        "Freedonia denied any such raid.",
        "A commander said he suspects Freedonia used armed drones for the raid.",
        "negation",
    ),
    # missiles or drones brought down, "N of M" counting the M
    (
        "Air defences shot down three of the five incoming missiles.",
        "Air defences downed five missiles over the port.",
        "quantity",
    ),
    ("Gunners intercepted 12 drones overnight.", "Gunners shot down 20 of the drones overnight.", "quantity"),
    ("The blast killed 30 of the 150 inmates.", "At least 41 inmates were killed in the blast.", "quantity"),
]


@pytest.mark.parametrize(("a", "b", "kind"), HITS)
def test_conflict_found_with_kind(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)


@pytest.mark.parametrize(("a", "b", "kind"), HITS)
def test_conflicts_are_symmetric(a: str, b: str, kind: str) -> None:
    forward = claims.conflicts(claims.claims_of(a), claims.claims_of(b))
    backward = claims.conflicts(claims.claims_of(b), claims.claims_of(a))
    assert sorted((c.kind, c.a_span, c.b_span) for c in forward) == sorted((c.kind, c.b_span, c.a_span) for c in backward)


def test_reason_names_the_hedges() -> None:
    found = claims.conflicts(
        claims.claims_of("More than 20 people are missing after the flood."),
        claims.claims_of("More than 107 people are missing after the flood."),
    )
    assert "more than 20" in found[0].reason and "more than 107" in found[0].reason


# --- near misses that must NOT conflict ---------------------------------------------------------

MISSES = [
    # different counted things
    ("Three firefighters were injured.", "Twelve workers were injured."),
    ("Four people were killed in the flood.", "Nine people are missing after the flood."),
    # compatible figures
    ("At least 12 people were killed.", "Twelve people were killed."),
    ("About 40 houses were flooded and 30 people were injured.", "Some 30 people were injured."),
    # "did not deny" is no denial
    ("Ruritania did not deny shelling the border post.", "Ruritanian troops shelled the border post."),
    # a denial of something else
    ("Ruritania denied shelling the hospital.", "Ruritanian troops shelled the border post."),
    # a denial by another side than the one said to act
    ("Freedonia denied shelling the border post.", "Ruritanian troops shelled the border post."),
    # same verb, different events (different targets)
    ("Ruritanian artillery shelled the customs house.", "Freedonian artillery shelled the railway depot."),
    # negation in a subordinate clause about something else
    ("Freedonian troops shelled the depot after talks that did not succeed.", "Freedonian troops shelled the depot."),
    # defence is not an attack
    ("Ruritanian gunners shot down two drones.", "Freedonian drones attacked the airfield."),
    # an alleged attack is reported, not asserted
    ("An alleged Ruritanian attack on the ferry was reported.", "Ruritania denied attacking the ferry."),
    # status of different places
    ("The mall was busy.", "The stadium was empty."),
    # a statement that reports both an accusation and its denial contradicts neither
    ("Freedonia accused Ruritania of shelling the dam, and Ruritania denied shelling it.", "Ruritania denied shelling the dam."),
    # using an attack (as an argument) is not doing it
    ("Freedonia used the raid to justify higher tariffs.", "Freedonia denied any such raid."),
    # intercepted calls are not downed drones; downed drones are not downed missiles
    ("Police intercepted two calls between the suspects.", "Police intercepted five calls between the suspects."),
    ("Air defences shot down two drones.", "Air defences shot down seven missiles."),
    # the same toll, one counted as part of a whole
    ("Air defences shot down 12 of the 15 drones.", "Air defences shot down twelve drones."),
    # one doer however emphatic, or the other named by the emphatic report too; a reflexive object
    ("Ruritania's own forces shelled the town, the monitors said.", "Ruritanian troops shelled the town overnight."),
    ("The company's own engineers repaired the pipe on Monday.", "Engineers repaired the pipe on Monday, the company said."),
    ("The mayor herself opened the new bridge.", "The bridge was opened by the mayor and the transport minister."),
    ("The plant's own brigade, helped by regional firefighters, put out the blaze.", "Regional firefighters put out the blaze."),
    ("The company defended itself in court on Monday.", "Lawyers for the company defended it in court on Monday."),
    # one reason told twice; two deeds, each with its reason; reasons that are no party's; a figure brought down
    ("The school was closed because the heating had broken down.", "The school was closed because its boiler failed."),
    (
        "The match was called off because the pitch was frozen and the floodlights had failed.",
        "The match was called off because the floodlights had failed.",
    ),
    ("Inflation was brought down by higher interest rates.", "Inflation was brought down by falling energy prices."),
    # an emphatic doer of a deed many may do; "without" a deed another may have done
    ("The minister personally thanked the firefighters.", "The president thanked the firefighters."),
    ("The president personally signed the decree.", "The prime minister signed the decree."),
    (
        "The ministry itself ordered rolling power cuts in the capital.",
        "The grid company ordered rolling power cuts in the capital.",
    ),
    ("The gunman fled without firing a shot.", "Police fired several shots at the gunman."),
    ("Troops entered the village without resistance.", "Rebels put up resistance in a neighbouring village."),
    # a period's years part two sums when both give one
    (
        "The treasurer siphoned off $9 million between 2015 and 2019.",
        "The treasurer siphoned off $4 million between 2020 and 2022.",
    ),
    ("The ferry was delayed because fog covered the harbour.", "The ferry was delayed because the fog was thick."),
    ("The talks collapsed because the union rejected the offer.", "The talks were postponed because the mediator fell ill."),
    ("The flight was delayed because of the strike.", "The flight was delayed because the strike kept ground staff away."),
    # a compound names a different target than another phrase's head
    ("Ruritanian troops shelled the prison.", "Ruritania denied shelling the hospital storage depot."),
]


@pytest.mark.parametrize(("a", "b"), MISSES)
def test_no_conflict(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []
    assert conflict_kinds(b, a) == []


def test_report_against_itself_has_no_conflict() -> None:
    report = " ".join(a + " " + b for a, b, _ in HITS[:4])
    parsed = claims.claims_of(report)
    assert claims.conflicts(parsed, parsed) == ()


# --- support -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The blast killed three dockers and injured 12 others.", "Three dockers were killed and 12 injured in the blast."),
        ("Ruritanian troops shelled the border post.", "The border post was shelled by Ruritanian forces."),
        ("Ruritanian troops shelled a detention facility.", "Ruritanian artillery hit the prison, the governor said."),
        ("The port was closed on Sunday.", "The port was shut on Sunday."),
        # two reports of one side's denial of one thing
        (
            "Ruritanian officials denied any Ruritanian part in the deaths of villagers in the valley.",
            "Ruritania denies that its soldiers shot villagers, and accuses Freedonia of faking the deaths.",
        ),
    ],
)
def test_support_found(a: str, b: str) -> None:
    assert supported(a, b)
    assert supported(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Three firefighters were injured.", "Twelve workers were injured."),
        ("The river flooded the town.", "The mayor praised the rescue teams."),
        ("Ruritania denied shelling the border post.", "Ruritanian troops shelled the border post."),
    ],
)
def test_no_support(a: str, b: str) -> None:
    assert not supported(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ruritania denied shelling the power plant.", "Ruritania denied that its troops were at the plant."),
        ("Ruritania denied any role in the civilian deaths.", "Freedonia denied any role in the civilian deaths."),
    ],
)
def test_no_shared_denial_of_different_things_or_by_different_sides(a: str, b: str) -> None:
    kinds = {s.kind for s in claims.supports(claims.claims_of(a), claims.claims_of(b))}
    assert "denial" not in kinds


# --- frames --------------------------------------------------------------------------------------


def test_frame_reads_agent_patient_and_side() -> None:
    frame = next(f for f in claims.claims_of("Ruritanian troops shelled the border post.").frames if f.predicate == "shell")
    assert frame.agent is not None and frame.agent.side == "ruritan"
    assert frame.patient is not None and frame.patient.lemma == "post"
    assert frame.asserted and not frame.negated


def test_a_passive_subject_tagged_as_subject_is_what_is_done_to() -> None:
    # the parse hangs "the theft" on "was" as nsubj (not nsubjpass of "prepared")
    c = claims.claims_of("Detectives said the theft was prepared and then perpetrated by Ruritanian agents.")
    frame = next(f for f in c.frames if f.predicate == "perpetrate")
    assert frame.patient is not None and frame.patient.lemma == "theft"
    assert frame.agent is not None and frame.agent.side == "ruritan"


def test_a_by_phrase_after_two_passive_verbs_names_the_doer_of_both() -> None:
    c = claims.claims_of("The raid was orchestrated and conducted by Ruritanian special forces.")
    first = next(f for f in c.frames if f.predicate == "orchestrate")
    assert first.agent is not None and first.agent.side == "ruritan"


@pytest.mark.parametrize(
    ("words", "key"),
    [
        (("Kyiv", "Ukraine", "Ukrainian", "Ukraine's"), "ukraine"),
        (("Berlin", "Germany", "German", "Germans"), "germany"),
        (("Washington", "U.S.", "American", "United States"), "united states"),
        (("Britain", "British", "London", "UK"), "britain"),
        (("Ruritania", "Ruritanian", "Ruritanians"), "ruritan"),
    ],
)
def test_capital_country_and_demonym_share_one_side(words: tuple[str, ...], key: str) -> None:
    assert {claims.side_of_word(w) for w in words} == {key}


def test_a_person_takes_the_side_of_the_country_named_in_the_phrase() -> None:
    parsed = claims.claims_of("Ukraine's senior defence adviser Ivan Petrenko denied the report.")
    denial = next(f for f in parsed.frames if f.speech == "deny")
    assert denial.speaker is not None and denial.speaker.side == "ukraine"


def test_neighbouring_countries_stay_apart() -> None:
    pairs = [("Austrian", "Australian"), ("Niger", "Nigeria"), ("Iran", "Iraq"), ("North Korea", "South Korea")]
    assert all(claims.side_of_word(x) != claims.side_of_word(y) for x, y in pairs)


def test_denial_frame_has_speaker_and_target() -> None:
    parsed = claims.claims_of("Freedonia denied shelling the village.")
    denial = next(f for f in parsed.frames if f.speech == "deny")
    assert denial.speaker is not None and denial.speaker.side == "freedon"
    assert denial.target == "shell"
    deed = next(f for f in parsed.frames if f.predicate == "shell")
    assert not deed.asserted


def test_to_blame_is_an_accusation() -> None:
    parsed = claims.claims_of("The mayor said the contractor was to blame.")
    blame = next(f for f in parsed.frames if f.speech == "accuse")
    assert blame.agent is not None and blame.agent.lemma == "contractor"
    assert blame.speaker is not None and blame.speaker.lemma == "mayor"


def test_counts_read_hedges_and_zero() -> None:
    counts = claims.claims_of("At least 14 people were killed and nobody was reported missing.").counts
    killed = next(c for c in counts if c.category == "killed")
    assert (killed.value, killed.hedge, killed.low) == (14, "at least", 14)
    assert any(c.category == "missing" and c.hedge == "no" for c in counts) or not any(c.category == "missing" for c in counts)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "stemmed from", "was due to", "was behind", "was blamed on" (passive), "was traced to"
        # (passive), "happened because", ", causing" name the cause of one event
        (
            "The salmonella outbreak in Dorran stemmed from tainted eggs, inspectors said.",
            "Inspectors said the salmonella outbreak in Dorran was caused by contaminated lettuce.",
        ),
        (
            "The collapse of the Orle footbridge was due to corroded steel cables.",
            "Engineers said the collapse of the Orle footbridge was caused by an overloaded crowd.",
        ),
        (
            "The outage at Norvik airport was blamed on a software update.",
            "Norvik airport's outage was caused by a power cut, the operator said.",
        ),
        (
            "The fire service said arson was behind the factory fire in Selby.",
            "The factory fire in Selby was caused by an electrical fault, the owners said.",
        ),
        (
            "The leak at the Tarn plant was traced to a cracked valve.",
            "A corroded pipe caused the leak at the Tarn plant, the company said.",
        ),
        (
            "The bus crash on the Vell highway happened because the driver fell asleep, police said.",
            "Police said brake failure caused the bus crash on the Vell highway.",
        ),
        (
            "Heavy rain overwhelmed the drains in Lenmouth, causing the flooding, the council said.",
            "The flooding in Lenmouth was caused by a burst pipe, the water company said.",
        ),
    ],
)
def test_two_causes_of_one_event_in_other_words(a: str, b: str) -> None:
    assert "negation" in conflict_kinds(a, b)
    assert "negation" in conflict_kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one fire, told bare in a text that names the hills and with the hills in the other
        (
            "The wildfire that swept through the hills above Corra was sparked by lightning.",
            "A discarded cigarette sparked the wildfire in the hills above Corra.",
            True,
        ),
        # the other's blaze is somewhere the bare one's text does not name
        (
            "The wildfire near the Corra airport was sparked by lightning.",
            "A discarded cigarette sparked the wildfire in the hills above Corra.",
            False,
        ),
    ],
)
def test_one_effect_told_bare_where_the_text_names_its_place(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("It was the worst disaster in Tarvel since a ferry fire in 1987 that killed 31 people.", "1987"),
        ("The crash was the deadliest on the line since 2004, when a derailment near Orbe killed six passengers.", "2004"),
        ("The flood was the worst in the valley since a 1994 landslide that killed 61 villagers.", "1994"),
        ("The last comparable disaster, a ferry sinking in 2003, left 52 people dead.", "2003"),
        ("It was the deadliest since the 2001 stadium crush, in which 96 fans died.", "2001"),
    ],
)
def test_a_toll_told_of_an_earlier_event_carries_its_year(text: str, year: str) -> None:
    (count,) = [c for c in claims.claims_of(text).counts if c.category == "killed"]
    assert count.years == frozenset([year])
    today = claims.claims_of("Twenty-eight people were killed in the flood, the coroner said.")
    assert not claims.conflicts(claims.claims_of(text), today)


@pytest.mark.parametrize(("text", "value"), [("Fifteen miners were injured.", 15), ("Some seventy people were killed.", 70)])
def test_counts_read_number_words_past_twelve(text: str, value: float) -> None:
    assert [c.value for c in claims.claims_of(text).counts] == [value]


def test_parser_is_cached() -> None:
    assert claims.load_parser() is claims.load_parser()


def test_no_soldiers_killed_does_not_deny_civilian_deaths() -> None:
    deaths = "Artillery hit the market in Orvale on Monday, killing at least nine civilians."
    for other in ("No soldiers were killed, the army said.", "No soldiers were hurt in the shelling."):
        assert conflict_kinds(deaths, other) == []
    assert conflict_kinds(deaths, "No one was killed in the shelling of the market.") != []


# --- linking: conflicts strong enough to link statements the aligner left apart ------------------


def linked(a: str, b: str) -> bool:
    return bool(claims.conflicts(claims.claims_of(a), claims.claims_of(b), rules=claims.LINKING_RULES))


def test_denial_that_mentions_the_target_links_the_deed() -> None:
    denial = "Kyiv denied any such attack and blamed Moscow for shelling the jail."
    assert linked("Ukrainian forces shelled a jail early on Sunday, a rebel official said.", denial)


def test_denial_does_not_link_a_deed_done_to_something_else() -> None:
    denial = "Kyiv denied any such attack and blamed Moscow for shelling the jail."
    assert not linked("On Monday, officials said Ukrainian forces struck a fuel depot in the city.", denial)
    assert not linked("Rebel officials have long accused Ukraine of shelling the market.", denial)


def test_accusation_answered_by_a_denial_of_the_same_target_links() -> None:
    assert linked("Rebel officials accused Ukraine of shelling the jail.", "Kyiv denied shelling the jail.")
    denial = "Kyiv denied any such attack and blamed Moscow for shelling the jail."
    assert linked("Rebel officials accused Ukraine of shelling the jail.", denial)


def test_a_state_denial_does_not_answer_a_private_persons_deed() -> None:
    deed = "Detectives said a Ruritanian national, who came by train, carried out the bombing."
    assert "negation" not in conflict_kinds(deed, "Ruritania denied any involvement.")
    named = "Detectives said that Ruritanian national Anna Petrova, who came by train, carried out the bombing."
    assert "negation" not in conflict_kinds(named, "Ruritania denied any involvement.")
    assert "negation" in conflict_kinds("The Ruritanian National Guard shelled the village.", "Ruritania denied any such attack.")
    assert "negation" in conflict_kinds("Ruritanian agents carried out the bombing.", "Ruritania denied any involvement.")


def test_unanchored_denial_still_contradicts_an_aligned_deed() -> None:
    """Once the aligner has paired them, "any such attack" answers the attack in the other statement."""
    assert conflict_kinds("Ruritanian gunmen attacked the convoy near the river.", "Ruritania denied any such attack.")
    assert not linked("Ruritanian gunmen attacked the convoy near the river.", "Ruritania denied any such attack.")


# --- the word test that spares long comparisons a parse -------------------------------------------

CUED = [
    "Nine miners died when the tunnel collapsed.",
    "The wounded were taken to the district hospital; two are dying.",
    "A sniper shot the driver, and a second shell struck the depot.",
    "Rebels carried out the raid and are denying it.",
    "The blaze was put down to a faulty heater, due to poor upkeep.",
    "The bridge stays shut after the flood.",
    "Casualties are unknown; 14 fatalities were confirmed on Monday.",
    "The port has been firing its old cranes since the storm staged a comeback.",
]
UNCUED = [
    "The council met on Tuesday to discuss a budget of 40 million.",
    "The two ministers talked in the capital after a pause of six weeks.",  # ("resumed" is a cue: services resume)
]


@pytest.mark.parametrize("text", [t for pair in HITS for t in pair[:2]] + [t for pair in MISSES for t in pair] + CUED)
def test_a_text_with_conflict_claims_is_never_spared_the_parse(text: str) -> None:
    if claims.has_conflict_claims(claims.claims_of(text)):
        assert claims.may_link(text), text


def test_every_cued_text_holds_a_cue_and_plain_ones_none() -> None:
    assert all(claims.may_link(t) for t in CUED)
    assert sum(claims.has_conflict_claims(claims.claims_of(t)) for t in CUED) >= 5
    for text in UNCUED:
        assert not claims.may_link(text)
        assert not claims.has_conflict_claims(claims.claims_of(text))


# --- one event told twice: evidence for linking, not a verdict -----------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Rebel gunners shelled the hospital before dawn.", "The strike on the hospital left the east wing in ruins.", True),
        ("Four guards were killed in the raid, officials said.", "The raid killed 11 guards and a cook.", True),
        ("Twelve people were injured, the mayor said.", "Doctors treated nine people injured in the blast.", True),
        # another target, another count
        ("Rebel gunners shelled the hospital before dawn.", "The strike on the bridge cut the road to the city.", False),
        ("Four guards were killed in the raid.", "Eleven guards are missing after the raid.", False),
        ("Three firefighters were injured.", "Twelve workers were injured.", False),
        # one target named by two words of one kind; another kind is another target
        ("Rebel gunners shelled the detention centre.", "The rebels struck a jail on the edge of town.", True),
        ("Drones hit a crowded shopping centre.", "The mall was hit by two drones.", True),
        ("Rebel gunners shelled the detention centre.", "The rebels struck a clinic on the edge of town.", False),
    ],
)
def test_same_event(a: str, b: str, same: bool) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    assert claims.same_event(ca, cb) is same
    assert claims.same_event(cb, ca) is same


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # blame for the event against what is said to have caused it
        (
            "Freedonia blamed Ruritania for the incident.",
            "The outage was caused by Freedonian shelling, the operator said.",
            "negation",
        ),
        (
            "Freedonia blamed Ruritania for the blackout.",
            "The operator said Freedonia's actions resulted in the blackout.",
            "negation",
        ),
        (
            "Freedonia blamed Ruritania for the incident.",
            "The fires that cut the line were started by Ruritanian shelling.",
            None,
        ),
    ],
)
def test_blame_for_an_event_against_its_cause(a: str, b: str, kind: str | None) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    assert (kind in conflict_kinds(a, b)) if kind else conflict_kinds(a, b) == []
    assert claims.same_event(ca, cb) is (kind is None)
    if kind is None:
        assert any(s.kind == "cause" for s in claims.supports(ca, cb))


def test_blame_for_something_else_is_not_blame_for_the_event() -> None:
    assert (
        conflict_kinds("Freedonia blamed Ruritania for the fuel shortage.", "The outage was caused by Freedonian shelling.") == []
    )


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # what a side's attacks are aimed at: civilians, or military targets only
        (
            "Freedonian soldiers deliberately targeted civilians, the mayor said.",
            "Freedonia only strikes military targets.",
            "negation",
        ),
        (
            "The mayor accused Freedonia of deliberately shelling homes.",
            "The Freedonian army only uses force against enemy soldiers, a spokesman said.",
            "negation",
        ),
        (
            "Freedonia denied targeting civilians.",
            "Freedonia says it only strikes legitimate targets.",
            "aim",
        ),
        ("Freedonian jets bombed a hospital, doctors said.", "The mayor accused Freedonia of targeting civilians.", "aim"),
    ],
)
def test_aim_of_attacks(a: str, b: str, kind: str) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    if kind == "aim":
        assert conflict_kinds(a, b) == [] and any(s.kind == "aim" for s in claims.supports(ca, cb))
    else:
        assert kind in conflict_kinds(a, b)
    # a stance (military targets only) links what it answers; two harms to civilians may be two events
    both_civilian = all(x.civilian for x in (*ca.aims, *cb.aims))
    assert claims.same_event(ca, cb) is not both_civilian


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another side's attacks; a military target without "only" is no stance on civilians
        ("Freedonian troops targeted civilians.", "Ruritania only strikes military targets."),
        ("Freedonian troops targeted civilians.", "Freedonian artillery struck a military base overnight."),
    ],
)
def test_aims_that_do_not_clash(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []


def test_not_denying_takes_no_stance_on_the_aim() -> None:
    assert claims.claims_of("Freedonia did not deny targeting civilians.").aims == ()
    assert claims.claims_of("Freedonia denied targeting civilians.").aims


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # responsibility: a deed of whoever is held responsible, denied by "was not responsible"
        (
            "Ruritania declared Freedonian spies responsible for the bus bombing.",
            "Freedonia was not responsible for the bus bombing, its foreign ministry said.",
            "negation",
        ),
        (
            "Freedonian agents carried out the bus bombing, police said.",
            "Freedonia was not responsible for the bombing.",
            "negation",
        ),
        (
            "Ruritania declared Freedonian spies responsible for the bus bombing.",
            "The bus bombing was carried out by Freedonian agents, police said.",
            "support",
        ),
        (
            "Ruritania declared Freedonian spies responsible for the bus bombing.",
            "Freedonian agents were responsible for the bus bombing.",
            "support",
        ),
    ],
)
def test_responsibility(a: str, b: str, kind: str) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    if kind == "support":
        assert conflict_kinds(a, b) == [] and claims.supports(ca, cb)
        assert claims.same_event(ca, cb)
    else:
        assert kind in conflict_kinds(a, b)


def test_responsibility_of_another_side_or_for_another_deed() -> None:
    assert (
        conflict_kinds("Freedonian agents carried out the bus bombing.", "Ruritania was not responsible for the bus bombing.")
        == []
    )
    held = claims.claims_of("Ruritania declared Freedonian spies responsible for the bus bombing.")
    assert not claims.same_event(held, claims.claims_of("Freedonian agents carried out the raid on the depot."))


def test_a_deed_done_to_people_in_general_names_no_event() -> None:
    one = claims.claims_of("Freedonian troops killed civilians in the village, witnesses said.")
    other = claims.claims_of("The mayor said Freedonian troops killed civilians as they fled.")
    assert not claims.same_event(one, other)
    assert claims.supports(one, other)  # once aligned, still one claim


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Both armies have been trading blame for the raids on the dam.",
            "Freedonia has long accused Ruritanian gunners of shelling the dam.",
            True,
        ),
        (
            "Both governments accused each other of the strike.",
            "Ruritania blamed Freedonia for the strike, its minister said.",
            True,
        ),
        # a mutual accusation of one deed is no report of an accusation of a killing; trading goods is not blaming
        ("The two sides traded blame for the shelling.", "Freedonia accused Ruritanian police of killing a protester.", False),
        ("The rivals traded goods across the border.", "Freedonia accused Ruritania of shelling the border post.", False),
    ],
)
def test_sides_blaming_each_other(a: str, b: str, same: bool) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    assert any(s.kind == "blame" for s in claims.supports(ca, cb)) is same
    assert conflict_kinds(a, b) == []


# --- claims that the event or its evidence was faked -----------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "thing"),
    [
        ("The minister claimed the videos of the raid were staged forgeries.", None, "video"),
        ("The ministry said Freedonian agents faked the photographs.", "freedon", "photograph"),
        ("Ruritania has accused Freedonia of staging the murders.", "freedon", "murder"),
        ("The embassy called the images a hoax.", None, "image"),
        ("A spokesman said the footage was fake.", None, "footage"),
        ("Officials said Freedonia prepared false materials about the shelling.", "freedon", "material"),
        ("The army says it was a staged explosion.", None, "explosion"),  # a false flag
    ],
)
def test_a_claim_that_something_was_faked(text: str, side: str | None, thing: str) -> None:
    (staging,) = claims.claims_of(text).stagings
    assert (staging.side, staging.thing) == (side, thing)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels staged a protest outside parliament.",  # "stage" means faking only with a harm or evidence
        "The attack was staged by rebel units.",  # carried out, or faked: the verb does not say
        "The two parties forged ties with the unions.",
        "Investigators found that the photos were not doctored.",
        "The ministry dismissed claims that the killings were staged.",
        "He denied that the footage was fake.",
        "The agency said the claims were false.",  # a rebuttal, not a fake
    ],
)
def test_no_claim_of_faking(text: str) -> None:
    assert claims.claims_of(text).stagings == ()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # the murders and the videos of the killings: harms both; the side unnamed on one side
        (
            "The spokesman claimed the videos of the killings were crude forgeries.",
            "Ruritania has accused Freedonia of staging the murders in the village.",
            True,
        ),
        ("Officials said Freedonian agents faked the photos.", "The embassy called the pictures fabricated.", True),
        # faked evidence of a massacre to come is not a faked massacre
        (
            "Officials said Freedonia is preparing false materials about the killings.",
            "Ruritania has accused Freedonia of staging the murders.",
            False,
        ),
    ],
)
def test_one_claim_of_faking(a: str, b: str, same: bool) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    assert claims.same_event(ca, cb)
    assert any(s.kind == "staging" for s in claims.supports(ca, cb)) is same
    assert conflict_kinds(a, b) == []


def test_faked_by_two_different_sides() -> None:
    ca = claims.claims_of("Officials claimed that Freedonia staged the killings to win sympathy.")
    cb = claims.claims_of("The ministry said Ruritanian troops faked the deaths.")
    assert claims.same_event(ca, cb)
    assert not any(s.kind == "staging" for s in claims.supports(ca, cb))
    assert claims.different_doers(ca, cb)


def test_a_claim_of_faking_may_link_before_the_parse() -> None:
    for text in ("The photos were doctored.", "It was a hoax, he said.", "They showed false materials."):
        assert claims.may_link(text)


# --- counts given as plurals of round numbers ------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Dozens of miners were feared dead after the collapse.", "Rescuers said 40 miners were killed.", "support"),
        ("Hundreds of people were killed in the floods.", "Officials said five people were killed in the floods.", "quantity"),
        ("Thousands of residents were injured, the mayor said.", "The mayor said 3,000 residents were injured.", "support"),
        ("Dozens of soldiers were killed.", "At least 30 soldiers were killed.", None),  # compatible, not the same figure
        ("Scores of fishermen were detained by the coastguard.", "The coastguard detained seven fishermen.", "quantity"),
        ("Scores of fishermen were detained by the coastguard.", "The coastguard detained 60 fishermen.", "support"),
    ],
)
def test_vague_counts(a: str, b: str, kind: str | None) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    assert claims.same_event(ca, cb)
    found = [c.kind for c in claims.conflicts(ca, cb)] or (["support"] if claims.supports(ca, cb) else [None])
    assert found[0] == kind


def test_a_vague_count_is_shown_as_written() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("Hundreds of people were killed in the floods."),
        claims.claims_of("Five people were killed in the floods."),
    )
    assert conflict.reason == "killed: hundreds vs 5"


# --- damage, lists of things hit, and the weapons that hit them --------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # each thing of a list is hit; damage is a deed done to it
        ("Rockets damaged a school, two shops and an office block in the town.", "The shelling hit the school on Monday.", True),
        ("The governor said 40 homes were damaged.", "Officials said the strike damaged several homes.", True),
        # two weapons named as subjects are the means, not two doers
        ("The missiles destroyed the depot, officials said.", "The weapons hit the depot at night.", True),
        ("Rockets damaged a school in the town.", "The shelling hit a bakery on Monday.", False),
    ],
)
def test_damage_to_the_same_thing(a: str, b: str, same: bool) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    assert claims.same_event(ca, cb) is same
    assert any(s.kind == "frame" for s in claims.supports(ca, cb)) is same
    assert conflict_kinds(a, b) == []


def test_a_denial_answers_damage_done_to_one_thing_of_a_list() -> None:
    a = "Freedonian artillery damaged the hospital, a school and the town hall."
    assert "negation" in conflict_kinds(a, "Freedonia denied shelling the school.")


# --- the deed an accusation charges someone with ---------------------------------------------


def test_the_accused_did_the_deed_of_the_accusation() -> None:
    (deed,) = [
        f
        for f in claims.claims_of("The envoy spoke at the council, accusing Ruritania of committing war crimes.").frames
        if f.family == "perpetrate"
    ]
    assert deed.agent is not None and deed.agent.side == "ruritan"
    one = claims.claims_of("The minister claimed the Freedonian army had committed the atrocities in the valley.")
    other = claims.claims_of("The envoy spoke at the council, accusing Ruritania of committing the atrocities in the valley.")
    assert claims.different_doers(one, other) and not any(s.kind == "frame" for s in claims.supports(one, other))


def test_a_deed_the_sides_accuse_each_other_of_has_no_doer() -> None:
    frames = claims.claims_of("Both capitals accused each other of conducting the strike on the jail.").frames
    assert [f for f in frames if f.family == "attack"] and not any(f.asserted for f in frames if f.family == "attack")
    one = claims.claims_of("Both capitals accused each other of conducting the strike on the jail.")
    other = claims.claims_of("Freedonian troops shelled the jail on Friday.")
    assert not any(s.kind == "frame" for s in claims.supports(one, other))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ruritania accused Freedonia of shelling the plant.", "Freedonian troops shelled the plant on Monday.", True),
        ("Officials accused Freedonia of shelling the dam.", "Ruritania accused Freedonian forces of shelling the dam.", True),
        ("Ruritania accused Freedonia of shelling the plant.", "Ruritanian troops shelled the plant on Monday.", False),
        ("Ruritania accused Freedonia of shelling the plant.", "Freedonian troops shelled the bridge on Monday.", False),
    ],
)
def test_an_accusation_and_a_report_of_the_deed_it_charges(a: str, b: str, same: bool) -> None:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    assert any(s.kind == "blame" for s in claims.supports(ca, cb)) is same


# --- who does an infinitive's deed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "asserted"),
    [
        ("Ruritania used a missile battery to hit the depot.", "ruritan", True),  # the means and its purpose: done
        ("Freedonian troops tried to storm the depot.", "freedon", False),  # attempted, intended: not a deed done
        ("Freedonian forces are preparing to shell the depot.", "freedon", False),
        ("The minister asked the Ruritanian army to shell the depot.", None, False),  # not the minister's deed
    ],
)
def test_the_doer_of_an_infinitive(text: str, side: str | None, asserted: bool) -> None:
    (deed,) = [f for f in claims.claims_of(text).frames if f.family == "attack"]
    assert (deed.agent.side if deed.agent else None, deed.asserted) == (side, asserted)


def test_one_side_said_to_cause_two_harms_links_them() -> None:
    one = claims.claims_of("The power line was damaged by Ruritanian shelling, the mayor said.")
    other = claims.claims_of("The operator said Ruritania's actions had resulted in the blackout.")
    assert claims.same_event(one, other)
    assert not claims.same_event(one, claims.claims_of("The operator said Freedonia's actions had resulted in the blackout."))


@pytest.mark.parametrize(
    ("text", "attack", "cause"),
    [
        ("A fire spread to 30 houses in the valley.", False, None),
        ("The town came under artillery fire overnight.", True, None),
        ("The warehouse was destroyed by a fire, officials said.", False, "accident"),
        ("The warehouse was destroyed by rocket fire, officials said.", True, "external"),
    ],
)
def test_a_blaze_is_no_attack(text: str, attack: bool, cause: str | None) -> None:
    c = claims.claims_of(text)
    assert any(f.predicate == "fire" for f in c.frames) is attack
    assert (c.causes[0].kind if c.causes else None) == cause


# --- counts of people in a state a verb gives them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Rescue teams were still searching for six people reported missing.", ("missing", 6.0, "people")),
        ("Crews found nine miners presumed dead.", ("killed", 9.0, "miner")),
        ("Twelve workers were listed as missing after the flood.", ("missing", 12.0, "worker")),
        ("At least 12 people were believed killed.", ("killed", 12.0, "people")),
    ],
)
def test_a_state_given_by_a_verb_counts_its_noun(text: str, count: tuple[str, float, str]) -> None:
    assert [(c.category, c.value, c.noun) for c in claims.claims_of(text).counts] == [count]


@pytest.mark.parametrize("text", ["Twelve rebels threatened to kill hostages.", "Four gunmen kept killing."])
def test_an_infinitive_or_gerund_does_not_count_its_subject(text: str) -> None:
    assert claims.claims_of(text).counts == ()


def test_missing_people_reported_in_a_clause_clash_with_another_figure() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("Divers were still searching for six people reported missing."),
        claims.claims_of("More than 30 people are still missing, the coast guard said."),
    )
    assert (conflict.kind, conflict.reason) == ("quantity", "missing: 6 vs more than 30")


# --- causes of one thing, statuses of the thing acted on, deaths by drowning ---------------------


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # the same thing put down to an attack and to neglect or weather
        ("The levee was destroyed by Ruritanian artillery fire.", "The levee failed because of years of poor maintenance.", True),
        ("The blast had been caused by a leak in a gas pipe.", "The explosion was caused by a drone strike.", True),
        # causes of two things
        ("The power cut was caused by Ruritanian shelling.", "The flooding in the valley was caused by heavy rain.", False),
        ("The outage was caused by Ruritanian shelling.", "The bridge was damaged by Freedonian shelling.", False),
        ("The outage was caused by Ruritanian shelling.", "The blackout was caused by Freedonian shelling.", True),
    ],
)
def test_causes_clash_only_over_one_thing(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash
    assert bool(conflict_kinds(b, a)) is clash


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police closed the ferry terminal on Monday.", ("terminal", False)),
        ("Crews evacuated the clinic before dawn.", ("clinic", False)),
        ("The clinic continued to operate normally.", ("clinic", True)),
        ("Volunteers continued to run the shelter.", None),  # "run" is no status word
        ("Local staff continued to operate the shelter.", ("shelter", True)),
        ("The council plans to reopen the terminal.", None),  # a plan, not a status
        # made to close: it closed (ordered to close: it may not have)
        ("The mine was forced to close after the flood.", ("mine", False)),
        ("The hospital was forced to close its doors.", ("hospital", False)),
        ("The refinery was forced to suspend operations.", ("refinery", False)),
        ("Police were forced to close the road.", ("road", False)),
        ("The mine was not forced to close.", None),
        ("The port was ordered to close.", None),
        # a schedule run is the runner's status; a service resumed at a place, the place's
        ("By Thursday the railway was running a full timetable.", ("railway", True)),
        ("Flights resumed at the airport on Friday.", ("airport", True)),
    ],
)
def test_status_of_the_thing_acted_on(text: str, status: tuple[str, bool] | None) -> None:
    found = [(s.holder, s.operating) for s in claims.claims_of(text).statuses]
    assert found == ([status] if status else [])


def test_an_evacuated_place_is_not_one_that_operates() -> None:
    assert conflict_kinds("Crews evacuated the clinic in Dorn.", "The clinic in Dorn continued to operate normally.") == [
        "negation"
    ]


def test_drowning_is_a_death() -> None:
    assert conflict_kinds("At least nine people drowned in the flood.", "No one was killed in the flood, officials said.") == [
        "negation"
    ]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            "Crews evacuated the clinic.",
            "The clinic stayed open.",
            "status of clinic: not operating (evacuated) vs operating (open)",
        ),
        (
            "The clinic stayed open.",
            "Crews evacuated the clinic.",
            "status of clinic: operating (open) vs not operating (evacuated)",
        ),
        (
            "The fire was caused by a gas leak.",
            "The fire was caused by a rocket.",
            "cause: leak (accident) vs rocket (attack)",
        ),
        (
            "The fire was caused by a rocket.",
            "The fire was caused by a gas leak.",
            "cause: rocket (attack) vs leak (accident)",
        ),
    ],
)
def test_a_reason_names_the_first_statement_first(a: str, b: str, reason: str) -> None:
    assert [c.reason for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))] == [reason]


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        # "blow up" is a deed; "blow" alone is not
        ("Ruritanian sappers blew up the bridge at dawn.", "Ruritania denied blowing up the bridge.", ["negation"]),
        (
            "The bridge was destroyed by Ruritanian shelling.",
            "Ruritania accused Freedonia of blowing up the bridge.",
            ["negation"],
        ),
        ("A strong wind blew across the bridge.", "Ruritania denied blowing up the bridge.", []),
    ],
)
def test_blowing_up_is_a_deed(a: str, b: str, kinds: list[str]) -> None:
    assert conflict_kinds(a, b) == kinds


# --- stances: for or against a thing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The Farmers' Party voted against the water bill.", "Farmers' Party deputies supported the water bill.", True),
        ("The governor is expected to sign the budget.", "Governor Amari said she will veto the budget.", True),
        ("The dockers' union refused to back the deal.", "The dockers' union backed the deal on Friday.", True),
        ("The water bill was rejected by the senate.", "The senate approved the water bill.", True),
        ("The union did not accept the offer.", "The union accepted the offer.", True),
        # two holders, two things, or one stance twice: no clash
        ("Liberals supported the water bill.", "Conservatives opposed the water bill.", False),
        ("The Ruritanian president backed the deal.", "The Freedonian president opposed the deal.", False),
        ("The senate approved the water bill.", "The senate rejected the tax bill's second reading.", False),
        ("The senate approved the water bill.", "The water bill was backed by the senate.", False),
        # a pronoun that names nobody in the sentence holds no stance
        ("He backed the plan.", "He opposed the plan.", False),
    ],
)
def test_stances_clash_for_one_holder_on_one_thing(a: str, b: str, clash: bool) -> None:
    assert (conflict_kinds(a, b) == ["negation"]) is clash
    assert (conflict_kinds(b, a) == ["negation"]) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a deed named from its doer, a gerund's object, a verb that opposes what follows its preposition
        ("Mayor Ana Fell defended the police response.", "Mayor Ana Fell sharply criticised the policing of the march.", True),
        ("Mayor Ana Fell supported keeping the mines open.", "Mayor Ana Fell opposed keeping the mines open.", True),
        ("Mayor Ana Fell backed the rescue plan.", "Mayor Ana Fell tore into the rescue plan.", True),
        ("The union welcomed the pay offer.", "The union hit out at the pay offer.", True),
        # another doer's response, another thing kept open, another holder
        ("The governor defended the police response.", "The governor criticised the fire service response.", False),
        ("Mayor Ana Fell supported keeping the mines open.", "Mayor Ana Fell opposed keeping the schools open.", False),
        ("The council supported closing the mines.", "The council opposed keeping the mines open.", False),
        ("The board backed hiring more nurses.", "The board opposed firing nurses.", False),
        ("Mayor Ana Fell backed the rescue plan.", "Critics tore into the rescue plan.", False),
    ],
)
def test_stances_on_a_deed_told_in_other_words(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash and bool(conflict_kinds(b, a)) is clash


def test_march_and_may_are_months_only_with_a_capital() -> None:
    (stance,) = claims.claims_of("The mayor criticised the policing of the march.").stances
    assert "march" not in stance.when
    (dated,) = claims.claims_of("The mayor criticised the plan in March.").stances
    assert "march" in dated.when


def test_a_stance_reason_says_who_stood_where() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("The union refused to back the deal."), claims.claims_of("The union backed the deal.")
    )
    assert conflict.reason == "stance of The union on the deal: refused to back vs backed"


def test_one_stance_told_twice_supports() -> None:
    assert supported("The senate approved the water bill.", "The water bill was backed by the senate.")


# --- which way a measure moved --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The regulator raised the bank levy on Monday.", "The regulator left the bank levy unchanged on Monday.", True),
        (
            "The council doubled the length of the school holidays.",
            "The council did not change the length of the school holidays.",
            True,
        ),
        ("The board cut the dividend.", "The dividend rose by 2 percent.", True),
        ("The plan cuts road spending by 3 percent.", "Road spending remains unchanged under the plan.", True),
        ("The central bank raised its key rate on Thursday.", "The central bank did not move its key rate on Thursday.", True),
        # another measure, or a plan: no clash
        ("The plan raises road spending.", "Rail spending is unchanged under the plan.", False),
        ("The council doubled the length of the school holidays.", "The council cut the length of the meetings.", False),
        ("The board plans to cut the dividend.", "The board left the dividend unchanged.", False),
        ("Prices rose in March.", "Wages fell in March.", False),
        ("Few voters will fall for the slogan.", "The slogan's reach rose sharply.", False),
    ],
)
def test_a_measure_moved_two_ways_clashes(a: str, b: str, clash: bool) -> None:
    assert (conflict_kinds(a, b) == ["negation"]) is clash
    assert (conflict_kinds(b, a) == ["negation"]) is clash


def test_a_change_reason_names_the_measure_and_both_words() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("The council doubled the length of the school holidays."),
        claims.claims_of("The council did not change the length of the school holidays."),
    )
    assert conflict.reason == "the length of the school holidays: doubled vs not change"


# --- rulings on a charge ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Ms. Novak was found guilty on two counts of fraud and one count of tax evasion.",
            "The judge found her guilty of fraud but acquitted her of tax evasion.",
            True,
        ),
        ("The jury convicted Mr. Okafor of arson.", "Mr. Okafor was found not guilty of arson.", True),
        ("Mr. Okafor was not convicted of arson.", "Mr. Okafor was convicted of arson on Friday.", True),
        # "found … guilty" takes the tense of "found", not of the adjective
        ("The court found the former mayor guilty of bribery.", "The court acquitted the former mayor of bribery charges.", True),
        # another defendant, another charge, or a date that is no charge
        ("Mr. Okafor was convicted of arson on Friday.", "Mr. Lind was acquitted of arson on Friday.", False),
        ("Mr. Okafor was convicted of fraud.", "Mr. Okafor was acquitted of arson.", False),
        ("Mr. Okafor was convicted of arson on Friday.", "Mr. Okafor was acquitted of fraud on Friday.", False),
    ],
)
def test_a_ruling_and_its_opposite_on_one_charge_clash(a: str, b: str, clash: bool) -> None:
    assert (conflict_kinds(a, b) == ["negation"]) is clash
    assert (conflict_kinds(b, a) == ["negation"]) is clash


def test_a_ruling_reason_names_the_charge() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("The jury convicted Mr. Okafor of arson."), claims.claims_of("Mr. Okafor was found not guilty of arson.")
    )
    assert conflict.reason == "ruling on arson: convicted vs not guilty"


# --- what the new readers must not clash on (found by a review of them) ----------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the weather is no attack; one phrase giving both kinds of cause sets none against another
        ("The substation was damaged by a storm.", "The substation was damaged by a short circuit."),
        ("The bridge collapsed because of shelling and heavy rain.", "The bridge was destroyed by artillery."),
        ("The blast at the depot was caused by a missile.", "The fire at the market was caused by a short circuit."),
        # "not up" is not "kept"; verbs that do something else with their subject move nothing
        ("The bank did not raise rates.", "The bank cut rates."),
        ("The company declined to comment.", "The company grew by 10 percent last year."),
        ("The minister declined to comment.", "The minister rose to defend the bill."),
        ("The city fell to the rebels.", "The city grew in the 1990s."),
        ("Exports to China grew.", "Exports to Europe fell."),
        # two times, two stages of a case, two drafts
        ("The party opposed the bill last year.", "The party now supports the bill."),
        ("Oil prices fell on Monday.", "Oil prices climbed on Tuesday."),
        ("Lind said she will veto the bill.", "Lind signed the bill."),
        ("Petrov was convicted of bribery.", "Petrov was acquitted of bribery on appeal."),
        ("The council approved the budget in March.", "The council rejected the revised budget in June."),
        ("The union rejected the first offer.", "The union accepted the second offer."),
        # one head named by two compounds, or a thing set apart as another
        ("The governor vetoed the water bill.", "The governor signed the transport funding bill."),
        ("The governor vetoed the water bill.", "The governor signed a separate water bill."),
        # other defendants, pleas and claims of innocence, a court that did not find guilt
        ("He was convicted of fraud.", "She was acquitted of fraud."),
        ("Two officers were convicted of assault.", "A third officer was acquitted of assault."),
        ("Petrov said he was innocent of fraud.", "Petrov was convicted of fraud."),
        ("Petrov pleaded not guilty on two counts of fraud.", "Petrov was convicted of fraud."),
        ("The court did not find Petrov guilty of fraud.", "Petrov was acquitted of fraud."),
        # a counted set and a plan hold no status of one thing
        ("The plant operates four reactors.", "One reactor was shut down last week."),
        ("The company will operate the new terminal.", "The terminal is closed for repairs."),
    ],
)
def test_no_clash_where_an_analyst_sees_none(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []
    assert conflict_kinds(b, a) == []


def test_a_storm_and_a_drone_are_two_causes() -> None:
    assert conflict_kinds("The substation was damaged by a storm.", "The substation was damaged by a drone.") == ["negation"]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The central bank kept its main rate at 5 percent.", "The central bank raised its main rate to 5 percent.", True),
        ("The bank held rates at 4 percent on Thursday.", "The bank cut rates on Thursday.", True),
        # a clock time is no figure a thing is held at; "cut short" ends, it moves no measure
        ("The committee held talks at 5 pm.", "The talks were cut short.", False),
        ("Power was cut off to the town.", "Power use rose in the town.", False),
    ],
)
def test_held_at_a_figure_is_unchanged(a: str, b: str, clash: bool) -> None:
    assert (conflict_kinds(a, b) == ["negation"]) is clash


def test_one_stance_twice_is_one_time_and_one_thing() -> None:
    ca = claims.claims_of("The council approved the budget in March.")
    assert any(s.kind == "stance" for s in claims.supports(ca, claims.claims_of("The council approved the budget.")))
    cb = claims.claims_of("The council approved the revised budget in June.")
    assert not any(s.kind == "stance" for s in claims.supports(ca, cb))


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a refusal with an object is a stance against it, not a fall
        ("The council declined an offer of help from the province.", "The council accepted the province's offer of help.", True),
        # a stance told by a noun
        ("The mayor restated the city's opposition to the new runway.", "The mayor said the city supports the new runway.", True),
        ("The union voiced support for the pay deal.", "The union rejected the pay deal.", True),
        ("The union did not voice support for the pay deal.", "The union rejected the pay deal.", False),
        ("The farmers' opposition to the dam is well known.", "The farmers' union backs the new bridge.", False),
        # a holder that is both parties holds the stance for each of them
        ("Tesmar refused to sign the fishing accord.", "The two foreign ministers signed the fishing accord.", True),
        ("Tesmar refused to sign the fishing accord.", "Both sides signed the fishing accord.", True),
        ("Tesmar refused to sign the fishing accord.", "Lorvia signed the fishing accord.", False),
    ],
)
def test_refusals_stance_nouns_and_joint_holders(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a market close moved by "up" or "lower", not a closure
        ("Shares of Ostra closed up 4 percent on Friday.", "Ostra's shares ended the day lower on Friday.", True),
        ("Shares of Ostra closed up 4 percent on Friday.", "Shares of Ostra finished higher on Friday.", False),
        # a comparative after "grow", "become": the adjective is the measure
        ("Power cuts grew more frequent in June.", "Power cuts became less frequent in June.", True),
        ("Power cuts grew more frequent in June.", "Power cuts became less severe in June.", False),
    ],
)
def test_moves_told_by_a_word_beside_the_verb(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a deed told of its doer alone, refused or negated in the other
        ("Ana Brel, the club's coach, resigned on Friday.", "Club coach Ana Brel has refused to step down.", True),
        ("The harbour master quit last month.", "The harbour master declined to resign, his office said.", True),
        ("The interior minister stepped down.", "The interior minister did not resign.", True),
        # one deed in other words, both asserted
        ("The harbour master quit last month.", "The harbour master resigned in May.", False),
        # another doer
        ("The deputy mayor resigned on Friday.", "The mayor refused to resign.", False),
        ("Ana Brel resigned on Friday.", "Tomas Keller refused to resign.", False),
        # other days
        ("The coach did not resign on Monday.", "The coach resigned on Friday.", False),
    ],
)
def test_deeds_told_of_their_doer_alone(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one deed to one thing, dated to two days
        ("Customs officers seized the cargo on Thursday.", "The cargo was seized on Saturday, the port said.", True),
        ("Police arrested the driver on May 3.", "The driver was arrested on May 5, his lawyer said.", True),
        ("The minister resigned on Friday.", "The minister resigned on Monday, aides said.", True),
        ("Marines boarded the tanker on Friday.", "The vessel was boarded on Sunday, its owner said.", True),
        # one deed in two words
        ("Customs officers impounded the yacht Merlin on 2 May.", "The yacht Merlin was seized on 6 May, its owner said.", True),
        ("The mayor inaugurated the Dallow tunnel on 4 June.", "The Dallow tunnel was opened on 9 June.", True),
        # what else each names is a name or the doer, not another thing the deed was done to
        ("The mayor opened the Dallow tunnel to traffic on 4 June.", "The Dallow tunnel was opened on 9 June.", True),
        (
            "Customs officers seized the yacht Merlin in coastal waters on 2 May.",
            "The yacht Merlin was seized by customs officers on 6 May.",
            True,
        ),
        # the same day
        ("Customs officers seized the cargo on Thursday.", "The cargo was seized on Thursday night.", False),
        # a night may run into the next day
        ("Officers seized the cargo late on Monday night.", "The cargo was seized on Tuesday.", False),
        # deeds that recur: two days are two deeds
        ("Rebels attacked the convoy on Monday.", "Rebels attacked the convoy on Wednesday.", False),
        ("The envoy met the president on Monday.", "The envoy met the president on Friday.", False),
        # two things, two doers, two places, another treatment
        ("Police arrested the driver on Monday.", "Police arrested the owner on Friday.", False),
        ("Police arrested the driver in Arlo on Monday.", "Police arrested the driver in Benn on Friday.", False),
        ("Two nurses were treated for burns on Monday.", "Two nurses were treated for shock on Friday.", False),
        # one asserted, one planned
        ("The ship will be released on Friday.", "The ship was released on Monday.", False),
    ],
)
def test_one_deed_dated_to_two_days(a: str, b: str, clash: bool) -> None:
    assert ("date" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one deed done once to one thing, at two hours of one day
        (
            "Coastguards boarded and seized the trawler Ellan at about 4 a.m. on Tuesday.",
            "The trawler Ellan was seized at around 2 p.m. on Tuesday.",
            True,
        ),
        (
            "The senate approved the water bill shortly before midnight on Thursday.",
            "The senate passed the water bill on Thursday afternoon.",
            True,
        ),
        (
            "The festival director resigned at 9 a.m. on Friday.",
            "The festival director quit at 6 p.m. on Friday, aides said.",
            True,
        ),
        # hours that meet, a night that runs past midnight, no hour on one side
        (
            "Coastguards seized the trawler Ellan at about 4 a.m.",
            "The trawler Ellan was seized shortly after 4 a.m., its owner said.",
            False,
        ),
        ("The trawler Ellan was seized overnight.", "The trawler Ellan was seized at 2 a.m.", False),
        ("The trawler Ellan was seized at 2 p.m. on Tuesday.", "The trawler Ellan was seized on Tuesday.", False),
        # a night may run into the next day: its hours are not compared with the next day's
        ("The trawler Ellan was seized late on Monday night.", "The trawler Ellan was seized at 1 a.m. on Tuesday.", False),
        # deeds that recur, and two things
        ("Rockets hit the depot at 6 a.m. on Monday.", "Rockets hit the depot at 4 p.m. on Monday.", False),
        ("Police arrested the driver at 6 a.m.", "Police arrested the owner at 4 p.m.", False),
        # the first and the last of a series are two things, the first and the initial one
        ("The first ferry left the harbour at 6 a.m.", "The last ferry left the harbour at 11 p.m.", False),
        ("The first convoy reached the city on Monday.", "The final convoy reached the city on Thursday.", False),
        ("The initial ferry left the harbour at 6 a.m.", "The first ferry left the harbour at 9 a.m.", True),
    ],
)
def test_one_deed_told_at_two_hours_of_one_day(a: str, b: str, clash: bool) -> None:
    assert ("date" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one market named two ways, moved two ways
        ("Shares in Tavro Foods jumped 6 percent on the news.", "Tavro Foods stock slid on the news.", True),
        ("Brent crude gained 3 percent on Friday.", "Oil prices slipped on Friday.", True),
        ("The index lost 2 percent on Monday.", "The index rose on Monday.", True),
        ("Mortgage rates eased in March.", "Mortgage rates climbed in March.", True),
        # two markets, or two kinds of one measure
        ("Oil prices rose on Monday.", "Gas prices fell on Monday.", False),
        ("Defence spending rose by 4 percent.", "Health spending fell by 2 percent.", False),
        ("The lender's shares lost 30 percent on Monday.", "Other bank shares rallied on Monday.", False),
        ("Marovian bank shares fell sharply on Monday.", "Other bank shares rallied on Monday.", True),
        # the size of a move is not what moved
        ("The fund gained 4 percent in May.", "Fees at the fund fell by a quarter.", False),
        # a currency by its name and as "the national currency"
        (
            "The dinar slid 3 percent against the dollar on Tuesday.",
            "The national currency strengthened against the dollar on Tuesday.",
            True,
        ),
        ("The rouble weakened on Monday.", "The national currency gained on Monday, traders said.", True),
        # two currencies, or one measured against the other
        ("The euro fell on Monday.", "The dollar rose on Monday.", False),
        ("The national currency fell against the dollar on Monday.", "The dollar rose on Monday.", False),
    ],
)
def test_moves_of_one_market_named_two_ways(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a move on an exchange, a price that adds or sheds its size, a reading by another word
        ("Shares in Tavro Foods fell sharply on the Lind exchange on Friday.", "Tavro's shares rose 9 percent on Friday.", True),
        ("The main index fell 2.3 percent on Monday.", "The main index added 0.9 percent on Monday.", True),
        ("The Lind index shed 40 points on Monday.", "The Lind index climbed on Monday.", True),
        ("Methane levels in the cellar had risen overnight.", "Methane readings in the cellar had fallen overnight.", True),
        # what figures show, the parse making the moved thing their object
        (
            "Car thefts in Osk have risen sharply this year.",
            "Police figures show car thefts in Osk fell by half this year.",
            True,
        ),
        # a move told at its colon, after a clause the parse hangs on the verb
        ("Tavro's shares fell on Friday.", "Investors shrugged: Tavro's shares rose 9 percent on Friday.", True),
        # other readings, a move taken back the same day, "added" as speech or of no size
        ("Methane levels in the cellar had risen overnight.", "Oxygen levels in the cellar had fallen overnight.", False),
        ("The index shed 40 points before recovering to close up 10 points.", "The index closed up 10 points.", False),
        ("He added that the index fell.", "The index rose, traders said.", True),
        ("The bakery added a new loaf to its range.", "The bakery cut its range.", False),
    ],
)
def test_more_moves_of_one_measure(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash and bool(conflict_kinds(b, a)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a deed on purpose against a mishap
        ("The warehouse fire was started deliberately, police said.", "The warehouse fire was caused by faulty wiring.", True),
        ("Officials blamed the crash on a technical glitch.", "The crash was caused by sabotage, investigators said.", True),
        ("The blackout was caused by a cyberattack.", "The grid operator said the blackout was caused by a storm.", True),
        # one kind on both sides, or a denial of the deed
        ("Officials blamed the crash on a technical glitch.", "The crash was caused by a defective part.", False),
        ("The warehouse fire was not started deliberately.", "The warehouse fire was caused by faulty wiring.", False),
        # two effects
        ("The warehouse fire was started deliberately.", "The power cut was caused by a storm.", False),
    ],
)
def test_a_deed_on_purpose_against_a_mishap(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # one known thing acted on in two named places
        ("The fugitive banker was detained in Lisbon.", "Police detained the fugitive banker in Porto on Friday.", "place"),
        # or at two kinds of site, told by common nouns
        (
            "Union leader Oda Frey was arrested at her home in Kallis.",
            "Union leader Oda Frey was detained at a bus station in Kallis.",
            "place",
        ),
        (
            "The reporter Tomas Engel was found dead in his flat.",
            "The reporter Tomas Engel was found dead in a hotel room in Arle.",
            "place",
        ),
        # a doer said to have left a place, and to remain there
        ("Militia fighters withdrew from the dam on Sunday.", "Militia fighters remain at the dam, a witness said.", "negation"),
        ("The inspectors left the plant.", "The inspectors stayed at the plant overnight.", "negation"),
        # a count of the harm itself names no one, as "no one" does
        ("No injuries were reported at the depot.", "Four workers were injured at the depot.", "negation"),
        # reopened, against stayed shut
        ("The museum reopened on Saturday.", "The museum stayed shut on Saturday, staff said.", "negation"),
    ],
)
def test_places_presence_zero_harm_and_reopening(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # the people aboard one craft, counted two ways
        ("The trawler's crew numbered 12, the coastguard said.", "Fifteen sailors were aboard the trawler when it sank.", True),
        ("The airliner was carrying 212 passengers.", "The airliner had 198 passengers on board.", True),
        # the crew is not the passengers, nor everyone aboard
        ("The airliner was carrying 212 passengers and nine crew members.", "There were 221 people on board.", False),
        # two craft
        ("The ferry was carrying 80 passengers.", "The barge had 12 passengers on board.", False),
        # people gathered somewhere are not aboard anything
        ("Some 300 people gathered on the pier.", "About 40 people were aboard the ferry.", False),
    ],
)
def test_people_aboard_one_craft(a: str, b: str, clash: bool) -> None:
    assert ("quantity" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one bill passed in one report, rejected in the other, by one legislature named two ways
        ("The assembly passed the water bill on Thursday.", "Legislators rejected the water bill on Thursday.", True),
        ("The pension bill was approved by 140 votes to 61.", "Deputies voted down the pension bill.", True),
        ("The motion failed, the speaker said.", "The chamber adopted the motion.", True),
        # two bills, two voting bodies, or a vote still to come
        ("The assembly passed the water bill.", "The assembly rejected the tax bill.", False),
        ("A committee approved the bill.", "The senate rejected the bill.", False),
        ("The bill could be rejected next week.", "The assembly passed the bill.", False),
        ("The council approved the budget in March.", "Councillors rejected the budget in June.", False),
        ("The council approved the budget.", "Councillors rejected the revised budget.", False),
        ("The assembly passed the water bill.", "The assembly rejected a separate water bill.", False),
        ("The assembly passed the water bill.", "The assembly rejected the water bill.", True),
        # passed as a sentence of its own ("passed" parsed as the noun's), carried
        ("The bill passed by 52 votes to 40 on Tuesday.", "The bill was rejected by lawmakers on Tuesday.", True),
        ("The motion was carried on Thursday.", "The motion failed on Thursday, falling six votes short.", True),
        # the two chambers of one legislature vote apart
        ("The bill passed by the lower house on Monday.", "The upper house rejected the bill on Monday.", False),
        ("The bill was approved by the upper house on Monday.", "The bill was passed by the lower house on Tuesday.", False),
        ("The bill was passed by the lower house on Monday.", "The lower house rejected the bill on Monday.", True),
    ],
)
def test_a_bill_passed_and_rejected(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one person told by the article: at least one, against none
        ("No deaths were reported after the flood.", "A fisherman was killed by the flood.", True),
        ("Nobody was hurt when the crane fell.", "A worker was injured when the crane fell.", True),
        ("No one was killed in the crash.", "A pilot died in the crash, the airline said.", True),
        # one victim among many is no toll: no figure to clash with
        ("At least 30 people were killed in the blast.", "A teacher was killed in the blast.", False),
        ("Two passengers were injured.", "A passenger was injured in the crash.", False),
        # not said to have happened
        ("No deaths were reported after the flood.", "A fisherman was not killed by the flood.", False),
    ],
)
def test_a_person_told_by_the_article_counts_at_least_one(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # someone not known: "a suspect" here and "a suspect" there may be two
        ("Police detained a man in Lisbon.", "Police detained a man in Porto."),
        # a month is a time, not a place
        ("Police detained the banker in April.", "Police detained the banker in March."),
        # another place left and stayed in, another doer
        ("Militia fighters withdrew from the dam.", "Militia fighters remain in the capital."),
        ("Arvandi troops left the port.", "Beloski troops remain in the port."),
        # a deed that recurs
        ("The envoy met the minister in Lisbon.", "The envoy met the minister in Porto."),
        # one kind of site in two words; a site on one side only; another deed
        ("Oda Frey was arrested at her home in Kallis.", "Police detained Oda Frey at her apartment in Kallis."),
        ("Oda Frey was arrested at her home.", "Oda Frey was arrested in Kallis on Monday."),
        ("Oda Frey was arrested at her home on Monday.", "Oda Frey was questioned at a police station on Monday."),
    ],
)
def test_places_and_presence_that_do_not_clash(a: str, b: str) -> None:
    assert not {"place", "negation"} & set(conflict_kinds(a, b))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Oda Frey was arrested at her home.", {"home"}),
        ("Oda Frey was arrested at a police station.", {"police station"}),
        ("Oda Frey was arrested at the train station.", {"station"}),
        ("Tomas Engel was found dead in a hotel room.", {"hotel"}),  # the site of how he was found
        ("Oda Frey was arrested in Kallis.", set()),
    ],
)
def test_the_site_a_deed_is_put_at(text: str, site: set[str]) -> None:
    assert claims.claims_of(text).propositions[0].site == site


def test_declined_without_an_object_is_a_fall() -> None:
    (change,) = claims.claims_of("Exports declined in May.").changes
    assert change.direction == "down" and not claims.claims_of("Exports declined in May.").stances


def test_a_market_close_is_no_status() -> None:
    assert claims.claims_of("Shares of Ostra closed up 4 percent.").statuses == ()
    assert claims.claims_of("Police closed the port.").statuses != ()


def test_time_words_of_an_apposition_are_not_the_verbs() -> None:
    (change,) = claims.claims_of("Shares closed up 4 percent, their biggest gain since March.").changes
    assert "march" not in change.when and "since" not in change.when


def test_counts_of_two_sides_people_do_not_match() -> None:
    (x,), (y,) = (claims.claims_of(t).counts for t in ("Four Lorvian soldiers were killed.", "Two Tesmari soldiers were killed."))
    assert (x.whose, y.whose) == ("lorvian", "tesmari") and not claims.counts_match(x, y)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # "latest" and "revised" both name the newest version of the offer
        ("The union rejected the board's latest offer.", "Union leaders accepted the revised offer.", True),
        ("The union rejected the board's first offer.", "Union leaders accepted the revised offer.", False),
    ],
)
def test_words_for_one_version_of_a_thing(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a denied clause against the clause asserted
        ("The ministry denied that any of its sailors had been taken prisoner.", "Pirates captured six sailors.", True),
        (
            "The palace denied reports that the border dispute had been discussed.",
            "The two kings discussed the border dispute.",
            True,
        ),
        ("The army denied shelling the market.", "The army shelled the market on Friday.", True),
        # the denier's own deed, done by someone else in the other
        ("The army denied shelling the market.", "Rebels shelled the market.", False),
        # a negated clause against the clause asserted; not on two different days
        ("Police did not arrest any students.", "Police arrested dozens of students.", True),
        ("Police did not arrest any students on Sunday.", "Police arrested dozens of students on Monday.", False),
        # what one says was not used acts in the other
        ("At no point did Lorvian forces use drones.", "A Lorvian drone hit the fuel depot.", True),
        ("At no point did Lorvian forces use drones.", "A Tesmari drone hit the fuel depot.", False),
        # another thing discussed, another island group
        ("The palace denied that the Tolva islands had been discussed.", "The kings discussed the Marren islands.", False),
    ],
)
def test_a_denied_or_negated_clause_meets_the_clause_asserted(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


def test_what_someone_is_accused_of_is_neither_asserted_nor_denied() -> None:
    (p,) = claims.claims_of("Lorvia accused Tesmar of shelling the dam.").propositions
    assert p.polarity == "accused"
    assert claims.claims_of("Tesmar denied shelling the dam.").propositions[0].polarity == "denied"


def test_a_condition_or_a_possibility_is_not_asserted() -> None:
    assert not conflict_kinds("The strikers have not blocked the port.", "Police could move in if the strikers block the port.")
    assert not conflict_kinds("The strikers have not blocked the port.", "The strikers could block the port next week.")
    assert conflict_kinds("The strikers have not blocked the port.", "The strikers blocked the port on Monday.")


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The flood's spread slowed overnight.", "The rate of spread increased overnight, the warden said.", True),
        ("The flood's spread slowed overnight.", "The number of rescues increased overnight.", False),
        ("The peso weakened against the dollar.", "The peso strengthened slightly against the dollar.", True),
    ],
)
def test_a_rate_of_something_moves_it_and_more_verbs_of_moving(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


def test_a_past_tense_tagged_as_a_participle_is_past() -> None:
    (change,) = claims.claims_of("The rate of spread increased overnight, the warden said.").changes
    assert "past" in change.when and change.what == "The rate of spread"


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("In the northern town of Arlo, every school was closed.", "In the port of Benn, most schools stayed open.", False),
        ("In the northern town of Arlo, every school was closed.", "Schools in Arlo stayed open, the mayor said.", True),
        ("The hospital in Arlo was closed.", "The hospital remained open.", True),
    ],
)
def test_statuses_of_two_named_places_do_not_clash(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # an event held, and called off, cancelled or postponed
        ("The regatta went ahead on Saturday despite the wind.", "The regatta was cancelled because of high winds.", True),
        ("The council vote took place as planned.", "The council vote was postponed until next month.", True),
        ("The parade did not go ahead.", "The parade was held in the rain, organisers said.", True),
        ("The race was called off.", "The race went ahead.", True),
        # both held, or both called off
        ("The regatta went ahead on Saturday.", "The regatta was held in strong winds.", False),
        # a possibility, a plan
        ("The vote could be postponed.", "The vote went ahead.", False),
        ("The parade will go ahead.", "The parade was cancelled.", False),
        # two events
        ("The concert was cancelled.", "The parade went ahead.", False),
        ("The march in Arlo was cancelled.", "The march in Benn went ahead.", False),
    ],
)
def test_an_event_held_or_called_off(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "A storm hit the coast on Friday, killing at least 31 people.",
            "The death toll from the storm has reached 12, officials said.",
            True,
        ),
        ("The toll rose to 40 on Monday.", "The storm killed 12 people.", True),
        # a toll dated to another year is another event's
        ("The last big storm, in 2011, killed more than 300 people.", "The storm has killed 12 people.", False),
        ("A 2011 storm killed nearly 300 people.", "The storm killed 12 people.", False),
        ("In 2011, the storm killed 40 people.", "The 2011 storm killed 52 people.", True),
        # a toll that grew by one day, and fewer dead told of an earlier day: the count before it grew
        (
            "Four climbers died on Saturday on the Vell glacier.",
            "By Tuesday the toll on the Vell glacier had climbed to 11.",
            False,
        ),
        ("By Tuesday the toll on the glacier had climbed to 11.", "Four climbers died on the glacier on Tuesday.", True),
        ("By Tuesday the toll on the glacier had climbed to 11.", "By Monday the toll on the glacier had risen to 14.", True),
        ("Fifteen climbers died on Saturday on the glacier.", "By Tuesday the toll on the glacier had climbed to 11.", True),
        # a toll told "by" a day is a running one too; a toll said on a day is the toll then
        (
            "By Tuesday evening 31 people had been confirmed dead.",
            "Eighteen people were killed on Monday, officials said.",
            False,
        ),
        ("On Monday officials said 18 people had died.", "By Wednesday 31 people had been confirmed dead.", False),
        ("On Monday officials said 18 people had died.", "Thirty-one people were killed on Monday.", True),
        ("By Tuesday evening 18 people had been confirmed dead.", "Thirty-one people were killed on Monday.", True),
        # a running toll lower on a later day did not grow; nor did one said lower later
        (
            "By Monday evening, 40 people had been confirmed dead in the floods.",
            "On Wednesday officials said 25 people had died in the floods.",
            True,
        ),
        (
            "By Sunday the death toll in the heatwave had climbed to 80.",
            "On Monday health officials said 35 people had died in the heatwave.",
            True,
        ),
        # Monday and Friday may be either way round: the running toll must be the higher
        ("By Friday, 64 people had died in the outbreak.", "On Monday officials said 20 people had died in the outbreak.", False),
        # the day arrests or a crowd were told of is not their day; arrests "by" a day are a running total
        (
            "On Sunday organisers said 50,000 people had marched through Dorvel.",
            "Police said 8,000 people marched through Dorvel on Saturday.",
            True,
        ),
        (
            "On Monday police said 120 people had been arrested at the rally.",
            "Police said on Tuesday that 45 people had been arrested at the rally.",
            True,
        ),
        (
            "By Saturday, police had arrested 60 people over the riots.",
            "On Friday police said 85 people had been arrested over the riots.",
            True,
        ),
        (
            "By Saturday, police had arrested 90 people over the riots.",
            "On Thursday police said 35 people had been arrested over the riots.",
            False,
        ),
    ],
)
def test_tolls_and_the_years_of_counts(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("In Ostra alone the storm killed 9 people.", "The death toll from the storm has reached 40.", False),
        ("The storm killed 9 people in Ostra.", "The storm killed 14 people in Velm.", False),
        ("The storm killed 9 people in Ostra.", "The storm killed 14 people in Ostra.", True),
    ],
)
def test_counts_of_a_part_or_of_two_places(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Lorvian troops remained in full control of the Kessel bridge.",
            "Tesmari troops captured the Kessel bridge on Monday.",
            True,
        ),
        ("Rebels took control of the airport.", "Government forces still hold the airport.", True),
        ("Rebels took control of the airport.", "Rebels captured the airport on Monday.", False),
        ("Tesmari forces took control of the airport.", "Tesmar's army holds the airport.", False),
        ("Tesmari forces took control of the airport.", "Lorvian forces hold the port.", False),
        ("Tesmari forces captured the Kessel bridge.", "Lorvian forces hold the Morra bridge.", False),
        ("Tesmari officials held talks at the airport.", "Lorvian forces hold the airport.", False),
        ("Tesmari forces did not capture the airport.", "Lorvian forces hold the airport.", False),
    ],
)
def test_one_place_held_by_two_sides(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # one verb, other names in its phrases
        ("A relief convoy left Arlo on Sunday morning.", "A convoy of trucks left Benn for the coast on Saturday.", True),
        # one verb and one thing, other doers
        ("Water trucking to Arlo began on Tuesday.", "Water testing in Arlo began on Tuesday.", True),
        # restated alike
        ("A relief convoy left Arlo on Sunday.", "The convoy left Arlo early on Sunday.", False),
        # the names differ only in a clause that describes something
        ("Vera was at a festival that Oleg attended.", "Vera attended the festival on Saturday.", False),
        # one passive, one active: their names stand in other roles
        ("The plants in Arlo will be shut.", "Ostra is shutting four plants.", False),
        # doers of one kind on two named sides, whatever the verbs
        ("Arvandi troops left the port on Monday.", "Beloski troops remain in the port.", True),
        ("Russian forces withdrew from the town.", "Ukrainian forces withdrew from the town.", True),
        # one side named two ways, or both sides in one statement
        ("Russian troops withdrew from the town.", "Moscow's troops pulled out of the town.", False),
        ("Arvandi troops left the port while Beloski troops stayed.", "Beloski troops remain in the port.", False),
        (
            "Tesmari forces shelled the bridge on Monday.",
            "Lorvian forces came under fire from Tesmari guns at the bridge.",
            False,
        ),
        # a capitalized common word opening the sentence is no side
        ("Police officers arrested two men in the square.", "Officers from the city police arrested two men there.", False),
        # one verb, its doers of two sides named in both
        (
            "The Arvandi patrol boat rammed a Beloski fishing vessel near the reef.",
            "The Beloski fishing vessel rammed an Arvandi patrol boat near the reef.",
            True,
        ),
        (
            "Arvandi forces shelled the bridge on Monday.",
            "Arvandi forces shelled the bridge on Monday, Beloski officials said.",
            False,
        ),
        # the first and the last of a series
        ("The opening session was chaired by the mayor.", "The closing session was chaired by the mayor.", True),
        ("The first round of talks began in Arlo.", "The second round of talks began in Arlo.", True),
        ("The opening session was chaired by the mayor.", "The first session was chaired by the mayor.", False),
        ("The opening session was chaired by the mayor.", "The mayor chaired the closing session.", True),
        # one deed of one side told in both, beside another of the other side
        (
            "Russia expelled the Ukrainian ambassador, and Ukraine expelled the Russian consul.",
            "Russia has expelled Ukraine's ambassador.",
            False,
        ),
    ],
)
def test_a_slot_told_apart_in_two_statements_worded_alike(a: str, b: str, apart: bool) -> None:
    assert (claims.slot_difference(claims.claims_of(a), claims.claims_of(b)) is not None) is apart


def test_the_same_verb_with_two_doers_of_other_kinds_is_no_evidence() -> None:
    assert not supported("The mayor spoke by phone with the minister.", "The general spoke by phone with the envoy.")
    assert supported("Russian forces will return to their garrisons.", "The troops will return to their garrisons.")


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("No joint statement was issued after the talks.", "The leaders praised the deal in a joint statement.", True),
        ("No peace deal was reached on Monday.", "The two sides reached a peace deal late on Monday.", True),
        # one word alone, or the thing itself denied in the other
        ("The court found no violations.", "The commission received 1,100 complaints of violations.", False),
        ("No joint statement was issued.", "The leaders did not sign a joint statement.", False),
    ],
)
def test_a_thing_said_not_to_exist_meets_its_mention(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


def test_a_thing_said_not_to_exist_in_other_words_order() -> None:
    assert conflict_kinds("No customer records were stolen.", "Researchers found records of 9,000 customers on a leak site.")
    assert not conflict_kinds(
        "No joint statement was issued.", "Their navies will hold joint drills next year, the statement said."
    )


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The party offices remained sealed off by police on Monday.", "The party offices were open on Monday.", True),
        ("Police sealed the deal on Monday.", "The deal is open to all members.", False),
        # what a place does: its status falls on the place
        ("The mill has already halted production.", "The mill was running its normal shifts on Friday.", True),
        ("The mill has already halted production.", "Production at the dairy was running normally.", False),
        # its work told as a gerund; not another deed stopped
        ("The Kelso refinery has stopped operating.", "The Kelso refinery is working normally, the manager said.", True),
        ("The mill stopped paying its workers in March.", "The mill is working normally, its owner said.", False),
        # one line of its work stopped: it may go on with others
        ("The Orlen plant stopped producing diesel engines last year.", "The Orlen plant is operating normally.", False),
        ("The Velden exchange halted trading in Orlen shares.", "Trading on the Velden exchange continued normally.", False),
        ("Kestria suspended trading with Volskaya on Monday.", "Kestria's ports were operating normally on Monday.", False),
        ("The Tarsk factory stopped producing trucks on Monday.", "The Tarsk factory was still producing cars on Monday.", False),
        # work going on as usual at a place keeps it open, when told after the verb
        ("The airport was closed all day on Sunday.", "Flights took off and landed normally at the airport on Sunday.", True),
        ("Traders were selling fruit as usual at the market on Monday.", "The market was closed on Monday.", True),
        ("The port normally handles five million tonnes of grain a year.", "The port was closed on Tuesday.", False),
        ("The airport was closed on Sunday.", "Flights took off and landed normally at the airport on Monday.", False),
        ("Delegates voted normally in the hall on Monday.", "The hall was closed for repairs in June.", False),
        ("The injured boy was breathing normally in the Halden hospital.", "The Halden hospital was evacuated.", False),
        # a passive subject at work, users of a place, its activity as the object
        (
            "The port of Arlo was closed on Tuesday.",
            "Cargo ships were loaded and unloaded as usual at the port of Arlo on Tuesday.",
            True,
        ),
        (
            "All schools in Benn were closed on Monday.",
            "Pupils attended lessons normally in every school in Benn on Monday.",
            True,
        ),
        # on the grid or cut from it; "connected to" someone is no status
        (
            "The nuclear plant was disconnected from the grid on Thursday.",
            "The nuclear plant remained connected to the grid on Thursday.",
            True,
        ),
        ("A company connected to the minister won the tender.", "The company was shut down in May.", False),
        ("The Velden bank was connected to a smuggling network.", "The Velden bank was shut down by regulators.", False),
        (
            "The Marn plant was disconnected from the grid on Friday.",
            "The Marn plant remained disconnected from the grid on Friday.",
            False,
        ),
        # trading is what an exchange does
        ("The stock exchange suspended trading on Monday.", "Trading on the stock exchange continued normally on Monday.", True),
    ],
)
def test_sealed_off_and_the_activities_of_a_place(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "The firm attributed the layoffs primarily to falling demand.",
            "The union put the layoffs down chiefly to rising energy costs.",
            True,
        ),
        ("The fire was caused by a faulty heater.", "The fire was caused by an electrical fault in the kitchen.", True),
        (
            "Inspectors traced the outbreak to food sold by street vendors.",
            "The outbreak was caused by bad food from street stalls.",
            False,
        ),
        # one cause of several; another effect; the same cause in other words
        ("The fire was caused by a faulty heater.", "The fire was partly caused by an electrical fault.", False),
        ("The fire was caused by a faulty heater.", "The flood was caused by a blocked drain.", False),
        ("The fire was caused by a faulty heater.", "The fire was caused by an old heater, officials said.", False),
        # "blamed X for Y" and "blamed Y on X"; a tragedy is the disaster
        ("Residents blamed the flooding on a blocked culvert.", "The council attributed the flooding to record rainfall.", True),
        ("Passengers blamed overcrowding for the disaster.", "This tragedy was caused by a freak wave, the minister said.", True),
        (
            "Residents blamed the flooding on a blocked culvert.",
            "The council blamed the blocked culvert for the flooding.",
            False,
        ),
    ],
)
def test_one_effect_put_down_to_two_things(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


# Pairs from a review of this session's rules: compatible claims that share what the new rules
# look for (another target, doer, year, amount, place, occasion, market, scope of an effect)
# must not clash; the pairs they were written for still do.
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "The minister denied that the army had shelled the hospital.",
            "The army shelled a checkpoint near the hospital on Tuesday.",
            False,
        ),
        ("The president did not attend the summit.", "The vice president attended the summit.", False),
        ("He did not win the election in 2016.", "He won the election in 2020.", False),
        ("The bill was not passed by the Senate.", "The bill was passed by the House.", False),
        ("Iran has not enriched uranium to 90 percent.", "Iran has enriched uranium to 60 percent.", False),
        ("The company did not lay off workers in Germany.", "The company laid off 500 workers in France.", False),
        (
            "Police did not arrest any protesters on Saturday.",
            "Police arrested 20 protesters in a separate demonstration.",
            False,
        ),
        ("The government denied that it had raised taxes on fuel.", "The government raised taxes on tobacco.", False),
        (
            "It also denied that any Arvandi servicemen had been taken prisoner.",
            "Danek said Beloski forces had captured four Arvandi soldiers.",
            True,
        ),
        (
            "Amirova denied reports that the Marren islands had been discussed.",
            "The leaders discussed the status of the Marren islands.",
            True,
        ),
        ("Police did not arrest any protesters.", "Police arrested dozens of protesters on Monday.", True),
        (
            "At no point did Arvandi forces use combat drones, the ministry stressed.",
            "An Arvandi drone struck a Beloski supply depot.",
            True,
        ),
        ("Rebels took control of the town in 2019.", "Government troops regained control of the town on Monday.", False),
        ("The shortage was caused by panic buying, the minister said.", "The shortage of eggs was caused by bird flu.", False),
        (
            "No joint statement was issued after Monday's talks.",
            "The two leaders signed a joint statement after their meeting in March.",
            False,
        ),
        ("The euro ended lower against the dollar.", "The euro closed up against the yen.", False),
        ("Schools are closed in the north.", "Schools are open in the south.", False),
        ("The fire was caused by a faulty heater.", "The fire was caused by an electrical fault in the kitchen.", True),
        ("Rebels took control of the airport.", "Government forces still hold the airport.", True),
        (
            "No joint statement was issued at the close of the talks.",
            "The leaders pledged closer ties in a joint statement that both sides hailed.",
            True,
        ),
        ("Shares of Acme closed up 3 percent on Monday.", "Acme's shares ended the day lower on Monday.", True),
    ],
)
def test_reviewed_pairs_of_the_new_rules(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


# --- session 10: counts of some people against all, statuses told by doors, work and traffic, price drifts ---

STATUS_AND_MOVE_HITS = [
    # more of some people than of all
    ("The storm killed at least 12 fishermen along the coast.", "Seven people lost their lives.", "quantity"),
    ("Rescuers said 30 miners were injured in the collapse.", "In all, 18 people were hurt, the company said.", "quantity"),
    # people forced from their homes, counted two ways
    ("The gas leak drove about 9,000 people from their homes.", "About 600 residents were moved to a shelter.", "quantity"),
    ("Some 2,000 people were evacuated from the valley.", "Only 300 residents were displaced, the mayor said.", "quantity"),
    # what is kept closed is the thing closed, not who keeps it; a plural opening a sentence
    (
        "The Kessel ferry terminal was open on Monday.",
        "Port officials kept the Kessel ferry terminal shut on Monday.",
        "negation",
    ),
    ("Trams in Varno were running normally on Friday.", "All tram services in Varno were suspended on Friday.", "negation"),
    # people taken to hospital, counted two ways; crew members are the crew
    ("Thirty pupils were taken to hospital after the fumes leak.", "Only three pupils needed hospital treatment.", "quantity"),
    ("Twelve workers were admitted to hospital after the blast.", "Five workers were hospitalised after the blast.", "quantity"),
    ("Six crew members were rescued from the trawler.", "All nine crew of the trawler were rescued.", "quantity"),
    ("Three of the 12 crew members were rescued.", "Five crew were rescued from the freighter.", "quantity"),
    # a delivery told from its receiving end: "never received X from Y" is Y's delivery, not done
    (
        "The charity Wellspring delivered 50 generators to the town of Orth on Monday.",
        "The town of Orth never received the generators from Wellspring, its mayor said.",
        "negation",
    ),
    (
        "The aid agency Harrow handed over 400 tents to the Marle camp.",
        "The Marle camp has not received any tents from Harrow.",
        "negation",
    ),
    (
        "At least 31 people were treated for burns after the Orm depot fire.",
        "Twelve people received medical care after the Orm depot fire.",
        "quantity",
    ),
    # doors locked close the place; work as usual keeps it open
    (
        "The library's five branches remained open on Friday.",
        "The doors of the library branches stayed locked on Friday.",
        "negation",
    ),
    ("Production at the mill has been halted.", "The mill continues to work in its normal mode, the manager said.", "negation"),
    ("The mine was forced to close after the flood.", "The mine continued to operate after the flood.", "negation"),
    ("The hospital is still functioning.", "The hospital was forced to shut down.", "negation"),
    (
        "By Thursday morning the railway was running a full timetable.",
        "As of Thursday, rail services remained suspended.",
        "negation",
    ),
    ("Flights resumed at the airport on Friday.", "All flights at the airport were grounded on Friday.", "negation"),
    ("The smelter was shut after the spill.", "The smelter is working normally, the owner said.", "negation"),
    # traffic moving keeps a road open
    (
        "Police closed the coastal road in both directions.",
        "Traffic on the coastal road is moving without restrictions.",
        "negation",
    ),
    # prices that drift, rally or slump
    ("Copper prices climbed 3 percent on Wednesday.", "Copper prices edged slightly lower on Wednesday.", "negation"),
    ("Airline shares fell sharply on Thursday.", "Airline shares rallied on Thursday.", "negation"),
    ("Wheat futures surged after the ban.", "Wheat futures slumped after the ban.", "negation"),
]


@pytest.mark.parametrize(("a", "b", "kind"), STATUS_AND_MOVE_HITS)
def test_counts_statuses_and_moves_that_clash(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)
    assert kind in conflict_kinds(b, a)


STATUS_AND_MOVE_MISSES = [
    # fewer of some people than of all: both may hold
    ("The storm killed 12 fishermen along the coast.", "Twenty people lost their lives in the storm."),
    # kept open on both sides; those who keep it are no status
    ("Port officials kept the Kessel ferry terminal open on Monday.", "The Kessel ferry terminal was open on Monday."),
    ("The port authority was closed for the holiday.", "The port authority kept the terminal open."),
    # taken elsewhere: not a hospital count
    ("Forty residents were taken to a school gym.", "Four residents were taken to hospital."),
    # people at work do not keep a place open
    ("Nurses at the clinic continue to work around the clock.", "The clinic was closed on Monday."),
    # traffic elsewhere
    ("Police closed the coastal road.", "Traffic on the ring road is moving normally."),
    # a door locked on one building, another open
    ("The doors of the town hall stayed locked.", "The library remained open."),
    # two prices
    ("Copper prices climbed on Wednesday.", "Zinc prices edged lower on Wednesday."),
    # two days, two places, two networks, a part of the place
    ("Flights resumed at the airport on Friday.", "Flights at the airport were grounded on Thursday."),
    ("Flights resumed at Kestrel airport.", "Flights at Marren airport were grounded."),
    ("The bus company ran a full timetable.", "Rail services were suspended."),
    ("The hospital was forced to shut down its maternity ward.", "The hospital is still functioning."),
    # "fell on hard times" moves no measure
    ("The shares fell on hard times after the scandal.", "The shares rose 4 percent."),
]


@pytest.mark.parametrize(("a", "b"), STATUS_AND_MOVE_MISSES)
def test_counts_statuses_and_moves_that_do_not_clash(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []


# --- session 14: a place in use told other ways, stances held by "it" or as nouns, sized moves ---

IN_USE_STANCE_MOVE_HITS = [
    # in use / in service against closed / out of service; kept working against shut down
    ("The eastern bridge was back in full use by noon.", "The eastern bridge was still closed on Tuesday.", "negation"),
    ("The ferry was taken out of service after the inspection.", "The ferry remains in service on the river.", "negation"),
    ("The plant's power station has kept generating electricity.", "The power station was shut down.", "negation"),
    # services restored or resumed, against halted or suspended
    (
        "Bus services to Nordby were still halted on Monday.",
        "The operator has partially restored bus services to Nordby.",
        "negation",
    ),
    ("Ferry services from Lemby resumed on Wednesday.", "Lemby's ferry services were suspended on Wednesday.", "negation"),
    # what will be, on one day: closed against open
    (
        "The town hall will remain closed on Thursday.",
        "Officials said the town hall would open as normal on Thursday.",
        "negation",
    ),
    # a stance held by the "it" of a company or union, or said with a noun
    ("The union opposed the merger.", "The union said it supported the merger.", "negation"),
    ("Mayor Ines Koral welcomed the ruling.", "Mayor Ines Koral said she had reservations about the ruling.", "negation"),
    (
        "Minister Jo Karp said he had full confidence in the board.",
        "Minister Jo Karp said he had no confidence in the board.",
        "negation",
    ),
    ("The mayor praised the firefighters.", "The mayor criticised the firefighters.", "negation"),
    # a sized move followed by where it was traded
    ("Shares in Orlan Steel fell 4 percent in trading on Friday.", "Orlan Steel shares edged higher on Friday.", "negation"),
    # "brought down" downs a drone as "shot down" does
    ("One of the drones was brought down near the airfield.", "No drone was shot down, police said.", "negation"),
]


@pytest.mark.parametrize(("a", "b", "kind"), IN_USE_STANCE_MOVE_HITS)
def test_in_use_stances_and_moves_that_clash(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)
    assert kind in conflict_kinds(b, a)


IN_USE_STANCE_MOVE_MISSES = [
    # what is and what will be; two days
    ("The town hall was closed on Thursday.", "The town hall will reopen on Friday."),
    ("The school was closed on Monday.", "The school reopened on Tuesday."),
    # a possibility or a plan holds no status
    ("The bridge could be back in use by Friday.", "The bridge is closed."),
    ("The operator plans to restore bus services.", "Bus services were halted."),
    # talks and order resumed are no place in use; "in the service of" another sense
    ("Talks resumed on Friday.", "The talks venue was closed on Friday."),
    ("He spent years in the service of the state.", "The state archive was closed."),
    # "it" of a person's words names nobody; a stance of two holders
    ("The minister said it supported the merger.", "The minister opposed the merger."),
    ("The union backed the merger.", "The employers said they opposed the merger."),
    # a government brought down is no drone downed
    ("The scandal brought down the government.", "No drone was shot down, police said."),
]


@pytest.mark.parametrize(("a", "b"), IN_USE_STANCE_MOVE_MISSES)
def test_in_use_stances_and_moves_that_do_not_clash(a: str, b: str) -> None:
    assert "negation" not in conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a lower bound and a plain figure above it: two tolls an analyst tells apart
        ("At least 11 people were killed in the floods.", "Officials put the death toll at 17.", True),
        ("More than 40 people were injured.", "Fifty-two people were injured, the hospital said.", True),
        # the same figure, or a figure about it, or a bound from above
        ("At least 11 people were killed in the floods.", "Eleven people were killed in the floods.", False),
        ("At least 11 people were killed in the floods.", "About 15 people were killed in the floods.", False),
        ("Nearly 30 people were killed.", "The death toll stood at 28.", False),
    ],
)
def test_a_lower_bound_against_a_plain_figure(a: str, b: str, clash: bool) -> None:
    assert ("quantity" in conflict_kinds(a, b)) is clash
    assert ("quantity" in conflict_kinds(b, a)) is clash


def test_the_reason_gives_the_bound_as_written() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("At least 11 people were killed."), claims.claims_of("Officials put the death toll at 17.")
    )
    assert conflict.reason == "killed: at least 11 vs 17"


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one role in one thing, two doers
        ("The inquiry is being led by the state security bureau.", "The company's own engineers are leading the inquiry.", True),
        ("The march was organised by the students' union.", "The demonstration was called by the teachers' federation.", True),
        ("Volunteers from the village were the first to reach the wreck.", "Coastguard boats were the first to arrive.", True),
        ("The council will meet on Friday at Norvia's request.", "The session was convened at Ostland's request.", True),
        ("The evacuation was ordered by the mayor.", "The regional governor ordered the evacuation.", True),
        (
            "Governor Ilse Brandt ordered the evacuation of the valley.",
            "It was Mayor Tomas Hale, not the regional government, who ordered the evacuation.",
            True,
        ),
        # one doer named two ways; several doers; an inquiry of its own; a plan; other things
        ("The inquiry is led by the Transport Ministry.", "The ministry is leading the inquiry.", False),
        ("The inquiry is led by the bureau and the prosecutor.", "The prosecutor is leading the inquiry.", False),
        ("The bureau is leading an inquiry of its own.", "The prosecutor is leading the inquiry.", False),
        ("The union plans to organise the rally.", "The rally was organised by the federation.", False),
        ("The mayor ordered the evacuation.", "The governor ordered the inquiry.", False),
        ("The union called the strike.", "The manager called the police.", False),
        # who started violence: the doer of "began when", or of "provoked" / "instigated"
        (
            "The fighting in Dorn began when rebels attacked an army checkpoint, villagers said.",
            "The fighting in Dorn started when government troops shelled the market, the rebels said.",
            True,
        ),
        (
            "The clashes outside the stadium began when police fired tear gas at fans.",
            "Police said the clashes outside the stadium broke out when groups of fans threw bottles at officers.",
            True,
        ),
        ("Police provoked the violence in Marn, the organisers said.", "Protesters instigated the violence in Marn.", True),
        # who fired first
        (
            "Varnian border guards opened fire first near the river, the Ostrian ministry said.",
            "Monitors said the first shots were fired from Ostrian positions near the river.",
            True,
        ),
        (
            "Rebels fired the first shots near Korsk, the army said.",
            "The first shots near Korsk were fired by government troops.",
            True,
        ),
        ("The soldiers fired first, villagers said.", "Army officers said protesters were the first to open fire.", True),
        # a cleft names the doer in its relative clause
        (
            "Ostrian border guards fired first at the Vell crossing.",
            "Witnesses said it was Varnian troops who opened fire first at the Vell crossing.",
            True,
        ),
        ("Police opened fire first, residents said.", "It was the police who opened fire first.", False),
        # the first shots came from a side; who started the shooting; the opening shots
        ("Ostrian border guards fired first.", "The first shots came from the Varnian side of the river.", True),
        ("Protesters started the shooting, police said.", "It was police who started shooting, the protesters said.", True),
        (
            "Security forces fired the opening shots in the clash at Harl.",
            "The clash at Harl began when armed protesters fired on security forces.",
            True,
        ),
        ("The first shots were fired by Ostrian troops.", "Varnian soldiers were the first to open fire.", True),
        # one told as firing first, or without provocation, and as only firing back
        ("Police fired the first shots, witnesses said.", "Protesters opened fire on police, who returned fire.", True),
        (
            "The guards shot first, according to the villagers.",
            "The villagers attacked the guards, who then fired in self-defence, the company said.",
            True,
        ),
        ("Soldiers opened fire without provocation, survivors said.", "The soldiers only returned fire, the army said.", True),
        ("Police fired first, witnesses said.", "The gunmen returned fire, police said.", False),
        ("The soldiers returned fire on Monday.", "The soldiers fired first on Tuesday, villagers said.", False),
        # a place the shots came from is no side
        ("Rebels fired first near the mill.", "The first shots came from the old mill, villagers said.", False),
        ("Rebels fired first near the mill.", "The first shots were fired from the Tarle farmhouse.", False),
        ("Rebels fired the first shots near Korsk.", "The first shots near Korsk were fired by the rebels.", False),
        ("Rebels fired the first shots near Korsk.", "Insurgents fired first near Korsk, the army said.", False),  # one force
        (
            "Rebels did not fire first, their commander said.",
            "The first shots near Korsk were fired by government troops.",
            False,
        ),
        # one side named two ways; a time rather than a doer; a protest, not violence
        (
            "The riot at Varn prison began when inmates set fire to mattresses.",
            "The riot at Varn prison started when inmates attacked two guards.",
            False,
        ),
        (
            "The clashes outside the stadium began when the match ended.",
            "The clashes outside the stadium began when fans threw bottles.",
            False,
        ),
        (
            "The protest in Orla began when students marched to the ministry.",
            "The protest in Orla began when teachers marched to the ministry.",
            False,
        ),
    ],
)
def test_one_role_held_by_two_doers(a: str, b: str, clash: bool) -> None:
    assert ("actor" in conflict_kinds(a, b)) is clash
    assert ("actor" in conflict_kinds(b, a)) is clash


def test_a_role_reason_names_both_doers_as_written() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("The march was organised by the students' union."),
        claims.claims_of("The demonstration was called by the teachers' federation."),
    )
    assert conflict.reason == "organised the protest: the students' union vs the teachers' federation"


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # the size of one crowd, counted two ways, by any word for the people in it
        (
            "A crowd of several thousand people stormed the consulate.",
            "Around 300 citizens gathered outside the consulate.",
            True,
        ),
        ("About 5,000 protesters marched through the capital on Sunday.", "Some 800 demonstrators marched on Sunday.", True),
        ("Hundreds of people gathered in the square.", "Thousands of people rallied in the square.", True),
        # figures that meet; police are not the crowd; thousands rallying move no measure
        ("About 5,000 protesters marched through the capital.", "More than 4,000 people marched in the capital.", False),
        ("About 300 police officers gathered at the gate.", "About 5,000 protesters marched to the gate.", False),
        ("Several hundred protesters gathered outside the venue.", "A few hundred demonstrators rallied near the venue.", False),
    ],
)
def test_the_size_of_one_crowd(a: str, b: str, clash: bool) -> None:
    assert ("quantity" in conflict_kinds(a, b)) is clash
    assert ("quantity" in conflict_kinds(b, a)) is clash


def test_a_crowd_that_rallied_is_no_price_that_rose() -> None:
    assert claims.claims_of("Thousands of people rallied in the square.").changes == ()


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # a cause told by an active verb, and a fire started by accident
        (
            "The fire was started deliberately, police said.",
            "An electrical fault caused the fire, investigators said.",
            "negation",
        ),
        ("Campers started the fire by accident.", "The fire was started deliberately.", "negation"),
        # injured told by treatment or a stay in hospital, against no one hurt
        ("No one was hurt in the fire.", "Two firefighters were treated for burns after the fire.", "negation"),
        ("Nobody was injured in the crash.", "Four people were hospitalised after the crash.", "negation"),
        ("No one was injured in the blast.", "Three workers were taken to hospital with burns.", "negation"),
        # none harmed: neither hurt nor killed; no civilians against civilians or people
        ("None of the hostages were harmed, the police said.", "One hostage was wounded during the raid.", "negation"),
        ("None of the hostages were harmed, the police said.", "One hostage was killed during the raid.", "negation"),
        ("No civilians were killed in the strike, the army said.", "Six people were killed in the strike.", "negation"),
        ("No civilians were killed in the air strike.", "Two women and a child were killed in the air strike.", "negation"),
        # none told by "zero", by "without" a single one, any or the plural, or "without anyone"
        ("The derailment caused zero casualties.", "Two passengers were injured in the derailment.", "negation"),
        ("The vigil ended without a single arrest.", "Officers detained three mourners at the vigil.", "negation"),
        ("The strike passed off without any arrests.", "Police arrested two pickets during the strike.", "negation"),
        ("The match ended without anyone being detained.", "Stewards and police detained six fans at the match.", "negation"),
        ("Not a single passenger was hurt in the derailment.", "Two passengers were injured in the derailment.", "negation"),
        ("Not one miner was injured in the blast.", "The blast injured four miners.", "negation"),
        # all of them freed unharmed or alive, against one of them killed or wounded
        ("All the hostages were freed unharmed, the mediator said.", "One hostage died in captivity.", "negation"),
        ("All nine captives came home alive.", "One of the captives was killed during the raid.", "negation"),
        # a bill that passed, against one withdrawn or shelved
        ("The bill passed on Tuesday.", "The bill was withdrawn before a vote on Tuesday.", "negation"),
        ("Parliament adopted the media law on Thursday.", "The government shelved the media law on Thursday.", "negation"),
        # a person held, against released
        ("The reporter remained in custody on Friday.", "The reporter was released without charge on Friday.", "negation"),
        ("Police said the activist is still in detention.", "Police freed the activist.", "negation"),
    ],
)
def test_causes_harms_votes_and_custody_that_clash(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)
    assert kind in conflict_kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # some of them freed alive says nothing of the rest
        ("Two hostages were freed unharmed.", "One hostage died in captivity."),
        # a statement released; a person held on one day and released on another
        ("The ministry released a statement on Friday.", "The ministry remained in custody on Friday."),
        ("The reporter was in custody on Monday.", "The reporter was released on Friday."),
        # held for a span told in the past perfect: over by the time of the release
        ("The reporter had been held for three weeks.", "The reporter was released on Friday."),
        ("The reporter had been in detention for a month.", "The reporter was freed."),
        # a committee's vote and the senate's; workers who started nothing
        ("The committee passed the bill.", "The Senate rejected the bill."),
        ("Workers started the fire by accident.", "The fire was started by accident, officials said."),
        # treated for burns and hurt are one harm; those in hospital are not a toll of the injured
        ("Two firefighters were treated for burns.", "Two firefighters were injured."),
        ("Sixty people were hospitalised after the blast.", "Forty people were injured in the blast."),
    ],
)
def test_causes_harms_votes_and_custody_that_do_not_clash(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []


@pytest.mark.parametrize(
    "text",
    [text for table in (IN_USE_STANCE_MOVE_HITS,) for pair in table for text in pair[:2]]
    + [
        "About 5,000 protesters marched through the capital on Sunday.",
        "The inquiry is being led by the state security bureau.",
        "Two firefighters were treated for burns after the fire.",
        "All nine captives came home alive.",
        "The reporter remained in custody on Friday.",
        "The bill passed on Tuesday.",
    ],
)
def test_this_sessions_claims_are_never_spared_the_parse(text: str) -> None:
    assert claims.has_conflict_claims(claims.claims_of(text)), text
    assert claims.may_link(text), text


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # "its soldiers", said by a side, are that side's
        (
            "The Ruritanian army said its soldiers were not responsible for the strike on the depot.",
            "Ruritanian troops shelled the depot.",
            True,
        ),
        (
            "Ruritania said its troops were not responsible for the attack on the dam.",
            "Ruritanian forces attacked the dam.",
            True,
        ),
        # another side's deed; "its" with no side speaking
        (
            "The Ruritanian army said its soldiers were not responsible for the strike on the depot.",
            "Freedonian troops shelled the depot.",
            False,
        ),
        ("Witnesses said its guards were not responsible for the fire.", "Ruritanian troops set fire to the prison.", False),
        # a body named "of" its country is that country's; "its soldiers" the parser hangs on "prove"
        (
            "The Defence Ministry of Ruritania said radar logs would prove its soldiers were not responsible.",
            "Ruritanian troops shelled the depot.",
            True,
        ),
        (
            "The Coast Guard of Ruritania said its crews were not responsible for the attack on the ferry.",
            "Ruritanian crews attacked the ferry.",
            True,
        ),
        (
            "The Defence Ministry of Ruritania said radar logs would prove its soldiers were not responsible.",
            "Freedonian troops shelled the depot.",
            False,
        ),
    ],
)
def test_its_forces_are_the_speakers_side(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


# Session 15: a held person or a thing in use told by the second of two joined verbs; a
# service on a line; crowd sizes estimated; people moved to safety; a named index by its
# name alone; one thing by two names of its kind (road ~ highway, kidnapping ~ abduction).
SESSION_15_HITS = [
    (
        "The reporter was detained near the stadium and remained in custody on Saturday.",
        "The reporter was released without charge early on Saturday.",
        "negation",
    ),
    ("The tram line was repaired overnight and is back in full use.", "The tram line remains out of service.", "negation"),
    ("As of Thursday the line remained closed.", "Services on the line resumed on Thursday afternoon.", "negation"),
    ("Organisers put the turnout at 40,000.", "Police estimated the crowd at around 6,000 people.", "quantity"),
    ("The crowd numbered about 5,000, police said.", "Some 30,000 protesters marched through the capital.", "quantity"),
    ("More than 150 residents were evacuated from the building.", "Rescue crews moved some 90 residents to safety.", "quantity"),
    ("The KMX-30 index tumbled 4.1 percent by the close.", "The KMX-30 ended Tuesday's session 1.8 percent higher.", "negation"),
    (
        "Kidnappings in the province have risen sharply this year.",
        "Abductions in the province fell by half this year.",
        "negation",
    ),
    ("The coastal road remains closed.", "The coastal highway reopened to traffic on Monday.", "negation"),
    ("Ana Roth welcomed the verdict.", "Ana Roth said she had reservations about the ruling.", "negation"),
    # a means denied used, against fired or used
    ("Officers fired tear gas at the crowd.", "The ministry denied that tear gas had been used.", "negation"),
    ("Police used rubber bullets to disperse the crowd.", "Police denied firing rubber bullets at protesters.", "negation"),
    # homes and houses are one kind of thing
    ("No homes were destroyed, the fire service said.", "At least a dozen houses were destroyed by the flames.", "negation"),
    # arrests counted, and no one arrested against a person held
    ("Police arrested 12 protesters, the ministry said.", "More than 40 protesters were detained.", "quantity"),
    ("Police said no one had been detained.", "A 41-year-old man was in police custody on Tuesday evening.", "negation"),
    ("No one has been arrested over the attack.", "Police arrested two men over the attack.", "negation"),
    # a number in hyphenated words; an area and a named place may be one place
    ("Twenty-three people were arrested, police said.", "Police said 41 people had been detained.", "quantity"),
    ("Police detained at least 230 people in the capital.", "Police detained 37 people in Lirane.", "quantity"),
    # aid is relief; a denial of talks against talks confirmed
    ("The ministry rejected reports that relief had not reached the valley.", "No aid has reached the valley.", "negation"),
    (
        "The carmaker confirmed that the two firms were in advanced talks to merge.",
        "A spokesman denied that the two firms were in merger talks.",
        "negation",
    ),
    # causes given by "sparked by", "started by" (a fire), "pointed to X as the cause of",
    # "accounted for most of"; a blaze is a fire
    ("The fire was sparked by a power line.", "The blaze was started by a farmer burning stubble.", "negation"),
    (
        "Engineers pointed to corrosion in a weld as the most likely cause of the rupture.",
        "The rupture was caused by a faulty valve.",
        "negation",
    ),
    (
        "Heavy landslides accounted for most of the fatalities.",
        "Most of the deaths were caused by the collapse of old stone houses.",
        "negation",
    ),
    # who came first, told as "first on the scene"; who put the fire out
    ("Villagers were the first to reach the wreckage.", "Army rescue units were first on the scene.", "actor"),
    (
        "The fire was put out by the plant's own fire brigade.",
        "Crews from the regional fire service extinguished the blaze.",
        "actor",
    ),
    # a trend since one day holds on the next
    ("Aftershocks grew more frequent on Sunday.", "Aftershocks have become less frequent since Saturday.", "negation"),
    # a supply cut, against working without interruption or as usual
    (
        "Internet services were cut nationwide on election night.",
        "The ministry said internet services had operated without interruption throughout election night.",
        "negation",
    ),
    (
        "Water supplies to the city were cut on Friday.",
        "The water supply to the city continued to work normally on Friday.",
        "negation",
    ),
    (
        "The pumping station worked without interruption during the storm.",
        "The pumping station was shut down during the storm.",
        "negation",
    ),
    # a stance taken "against"; a stance on a plan, a call or a decision is on what it is for
    (
        "The mining company pushed back against the government's plan for an independent inquiry.",
        "The mining company said it welcomed the government's decision to open an inquiry.",
        "negation",
    ),
    (
        "The foreign minister rejected the call for a joint investigation.",
        "The foreign minister backed a joint inquiry.",
        "negation",
    ),
    # people unaccounted for are missing
    ("Twelve passengers are still unaccounted for.", "At least 60 passengers are still missing, officials said.", "quantity"),
    # a toll on a later day below an earlier lower bound
    ("At least 47 people were killed on Tuesday.", "The death toll stood at 29 on Wednesday.", "quantity"),
]


@pytest.mark.parametrize(("a", "b", "kind"), SESSION_15_HITS)
def test_session_15_clashes(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)
    assert kind in conflict_kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # work on a line builds it; a share of voters is no crowd
        ("Work on the line resumed on Monday.", "The line remained closed on Monday."),
        ("Turnout was 45 percent, the commission said.", "Police put the turnout at 8,000."),
        # two named indexes; a road and a bridge; the same crowd size in other words
        ("The KMX-30 index fell 2 percent.", "The Tarvo-50 index rose 1 percent."),
        ("The coastal road remains closed.", "The bridge reopened to traffic on Monday."),
        ("Organisers put the turnout at about 40,000.", "Some 40,000 people marched, organisers said."),
        # a reporter held on one day, released the next
        ("The reporter remained in custody on Friday.", "The reporter was released on Saturday."),
        # a means denied used, against another fired; arrests and crowds of two days
        ("The army denied that cluster bombs had been used.", "Jets dropped leaflets over the town."),
        ("On Monday police arrested 12 protesters.", "Police arrested 40 protesters on Tuesday."),
        ("About 5,000 people marched on Sunday.", "Some 30,000 protesters gathered on Saturday."),
        # the same number of arrests in words; two named places
        ("Twenty-three people were arrested, police said.", "Police said 23 people had been detained."),
        ("Police detained 230 people in Marlow.", "Police detained 37 people in Lirane."),
        # talks of two named parties; aid and food are two things
        ("The union denied that its leaders were in talks with the ministry.", "The company was in talks with its lenders."),
        ("No aid has reached the valley.", "Food reached the valley on Sunday."),
        # one cause told twice; a meeting started by its chair is no cause of anything
        ("The fire was started by a candle in the kitchen.", "The blaze was started by a candle."),
        ("The meeting was started by the chairman.", "The meeting was triggered by a complaint."),
        # the same doers; a fire put out and a light put out
        ("Local volunteers were first at the scene.", "Volunteers were the first to arrive."),
        ("Firefighters put out the fire on Sunday.", "The blaze was extinguished by firefighters on Sunday."),
        ("The guards put out the lights.", "Firefighters put out the fire."),
        # a trend on two named days; a status since one day and another on a later day
        ("Aftershocks grew more frequent on Sunday.", "Aftershocks became less frequent on Tuesday."),
        ("The plant has been closed since Monday.", "The plant reopened on Friday."),
        # cut and then restored; a subsidy cut is a change, not a supply stopped
        ("Power was cut to the eastern districts on Monday.", "Power was restored to the eastern districts on Monday."),
        ("The government cut the fuel subsidy by half.", "The fuel subsidy was restored on Monday."),
        # a plan for one thing and another thing; "came against" is no stance
        ("The union pushed back against the plan for longer shifts.", "The union welcomed the inquiry."),
        ("The mayor rejected the call for a curfew.", "The mayor backed a joint inquiry."),
        ("The storm came against the coast on Monday.", "The mayor backed the coast guard."),
        # twelve unaccounted for are twelve missing; half a dozen is six
        ("Twelve passengers are still unaccounted for.", "Twelve passengers remain missing, the coastguard said."),
        ("Six people were still unaccounted for on Monday.", "Half a dozen residents remain missing."),
        (
            "The pumping station worked with interruptions during the storm.",
            "The pumping station was shut down during the storm.",
        ),
    ],
)
def test_session_15_non_clashes(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []


@pytest.mark.parametrize("text", [text for pair in SESSION_15_HITS for text in pair[:2]])
def test_session_15_claims_are_never_spared_the_parse(text: str) -> None:
    found = claims.claims_of(text)
    assert claims.has_conflict_claims(found) or found.propositions, text  # a clause a denial may meet
    assert claims.may_link(text), text


SESSION_16_HITS = [
    # the work of a place goes on, or was stopped; an activity named by its "-ing" form
    (
        "All production at the foundry was suspended on Monday.",
        "Operations at the foundry have continued, the owners said.",
        "negation",
    ),
    ("Processing at the sugar mill has been halted.", "The sugar mill is working normally, the manager said.", "negation"),
    ("Mining at the Orlo pit has gone on despite the flood.", "The Orlo pit has been closed since the flood.", "negation"),
    # deliveries and supplies of one thing to one place
    ("Deliveries of grain to the port were halted on Friday.", "Grain supplies to the port were restored on Friday.", "negation"),
    # one seizure by two words for one kind of doer, of no two sides, on two days
    (
        "Commandos seized the tanker on Monday, March 3, the navy said.",
        "Navy forces seized the vessel on Sunday, March 2.",
        "date",
    ),
    # a cause given for the incident without naming it ("it", "the cause was", "blamed X", findings)
    (
        "Officials said the blaze was started by a lightning strike.",
        "Police believe it was started by a discarded cigarette.",
        "negation",
    ),
    ("The cause, engineers said, was a cracked weld.", "The leak was caused by a faulty valve, the operator said.", "negation"),
    ("Early findings point to a faulty transformer.", "The fire was started deliberately, police said.", "negation"),
    ("The drivers' union blamed worn brakes.", "The crash was caused by black ice on the road.", "negation"),
    # more passengers aboard, or students held, than people in all
    ("At least 240 passengers were on board, survivors said.", "The manifest lists 150 people on board.", "quantity"),
    ("Police detained 40 students on Monday.", "Police said 25 people had been detained on Monday.", "quantity"),
    # statuses told many ways: sealed as a state, doors closed, running on schedule, grounded,
    # services cancelled, a service's kind as its holder, traffic moving over a bridge
    ("The Varga checkpoint remained sealed on Friday.", "The Varga checkpoint reopened on Friday.", "negation"),
    ("The Orlan clinic closed its doors on Monday.", "The Orlan clinic stayed open on Monday, staff said.", "negation"),
    ("Buses ran on schedule in Tarvik on Monday.", "Bus services in Tarvik were suspended on Monday.", "negation"),
    ("The Kessa line ran a full timetable on Friday.", "The Kessa line was closed on Friday.", "negation"),
    ("All flights at Dorn airport were grounded on Sunday.", "Dorn airport operated normally on Sunday.", "negation"),
    ("Ferry services to Holt were cancelled on Monday.", "The Holt ferry kept running on Monday.", "negation"),
    ("Traffic moved over the Lenn bridge without interruption on Sunday.", "The Lenn bridge was closed on Sunday.", "negation"),
    # an arrest is a capture, and so is being taken into custody
    ("Police arrested the suspect on Tuesday.", "The suspect was taken into custody on Friday.", "date"),
    # one deed put down to two parties in a clause with "because"; a cause "set off" by a gerund
    (
        "The handover was delayed because the rebels demanded last-minute changes to the list.",
        "The handover was delayed because government officials submitted an incomplete list.",
        "negation",
    ),
    ("The landslide was set off by blasting at a nearby quarry.", "The landslide was caused by days of heavy rain.", "negation"),
    # a doer named by a kind word on one side and inside a longer phrase on the other ("relief supplies": aid)
    (
        "The governor denied that aid had reached the valley.",
        "Relief supplies reached the valley on Sunday, the charity said.",
        "negation",
    ),
    # a doer told as the one who did it, no other, against another doer
    (
        "The prefect said she ordered the evacuation of Dorne and Valle herself.",
        "The national agency ordered the evacuation of Dorne and Valle.",
        "actor",
    ),
    (
        "The blaze at the depot was put out by the plant's own fire brigade.",
        "Firefighters from the regional service put out the blaze at the depot.",
        "actor",
    ),
    (
        "The minister personally awarded the contract to Volkar.",
        "The contract was awarded by an independent tender board.",
        "actor",
    ),
    # things no report makes known, done on one day
    (
        "The energy minister said the ministry itself had ordered rolling power cuts in the suburbs on Monday evening.",
        "The grid company ordered rolling power cuts in the suburbs on Monday evening.",
        "actor",
    ),
    # a verb joined by "and" shares its subject
    (
        "The prison's own special unit recaptured the east wing.",
        "National Guard soldiers stormed the prison and recaptured the east wing.",
        "actor",
    ),
    # one deed told by two words for it, by one body named two ways
    (
        "Parliament approved the new media law shortly before midnight on Thursday.",
        "The assembly adopted the media law on Thursday afternoon.",
        "date",
    ),
    ("The city imposed its curfew on the port late on Sunday.", "The city slapped its curfew on the port on Saturday.", "date"),
    (
        "The talks between the union and the port operator collapsed on Thursday.",
        "The negotiations between the union and the port operator broke down on Friday.",
        "date",
    ),
    # all of some people came through: none killed, none missing
    ("All 30 climbers survived the avalanche, rescuers said.", "Three climbers died in the avalanche.", "negation"),
    # what state radio "reported" is asserted, not an accusation; a verb joined to another acts on its thing
    (
        "The governor signed the flood relief bill on Monday.",
        "The flood relief bill was signed by the governor on Thursday, state radio reported.",
        "date",
    ),
    (
        "Coastguards seized the fishing trawler on Friday.",
        "The fishing trawler was stopped and seized on Tuesday, its owner said.",
        "date",
    ),
]


@pytest.mark.parametrize(("a", "b", "kind"), SESSION_16_HITS)
def test_session_16_clashes(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)
    assert kind in conflict_kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a trend goes on, no activity; work to come; the work of two places
        ("Prices at the foundry continued to rise.", "The foundry was closed on Monday."),
        ("Production at the foundry will continue.", "The foundry was closed on Monday."),
        ("Operations at the foundry have continued.", "The smelter was closed on Monday."),
        # a process that is no work of a place
        ("The peace process has continued.", "The border crossing was closed on Monday."),
        # doers of two sides; doers of two kinds
        ("Ardonian commandos boarded the ferry on Monday.", "Belmoorian forces boarded the ferry on Tuesday."),
        ("Police officers raided the office on Monday.", "Soldiers raided the office on Tuesday."),
        # a doer blamed is no cause; a cause of something that is no incident; one cause twice
        ("The union blamed the company.", "The collapse was caused by erosion."),
        ("Early findings point to a faulty transformer.", "The delays were caused by heavy snow."),
        ("The cause was a faulty transformer.", "The fire was caused by a faulty transformer."),
        ("The cause of the delay was a strike.", "The fire was caused by a faulty transformer."),
        # some of the people in all; two days' arrests
        ("About 200 passengers were on board.", "The ferry was carrying 240 people."),
        ("The ferry was licensed to carry 200 passengers.", "The manifest lists 150 people on board."),
        # some of a kind closed, others open; people running a place; an event cancelled is no service
        ("Some 300 shops shut their doors on Monday.", "Most shops stayed open on Monday."),
        ("Volunteers ran the shelter on Monday.", "The shelter was closed on Monday."),
        # most came through; two parties of one head word are two holders
        ("Most climbers survived the avalanche.", "Three climbers died in the avalanche."),
        ("Not all climbers survived the avalanche.", "Three climbers died in the avalanche."),
        ("All but two of the miners survived.", "Two miners died in the collapse."),
        # the missing are found over days
        ("All the miners have been accounted for.", "Four miners are still missing after the collapse."),
        ("The Green League backed the bill on Tuesday.", "The Farmers' League rejected the bill on Tuesday."),
        ("The concert was cancelled on Monday.", "The concert hall stayed open on Monday."),
        ("Police detained 40 students on Monday.", "Police said 25 people had been detained on Tuesday."),
    ],
)
def test_session_16_non_clashes(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []


SESSION_17_HITS = [
    # rejections with a particle; a court keeps or quashes a ruling
    ("The council voted down the parking plan on Monday.", "The council approved the parking plan on Monday.", "negation"),
    ("The parking plan was voted down by the council on Monday.", "The council backed the parking plan on Monday.", "negation"),
    ("The dockers turned down the wage offer.", "The dockers accepted the wage offer, their leaders said.", "negation"),
    ("The high court struck down the curfew law.", "The high court upheld the curfew law.", "negation"),
    ("The appeal court quashed the sentence of the former minister.", "The appeal court upheld the former minister's sentence.", "negation"),
    # the charges read as the object ("acquitted X of fraud charges")
    ("A jury acquitted the ex-treasurer Lia Moro of embezzlement charges.", "Lia Moro, the ex-treasurer, was convicted of embezzlement.", "negation"),
    # a contest's winner is the other's loser
    ("Tolland City beat Marsh Wanderers 3-0 on Sunday.", "Tolland City lost to Marsh Wanderers on Sunday.", "negation"),
    ("Marsh Wanderers were beaten by Tolland City in the semifinal.", "Marsh Wanderers won the semifinal.", "negation"),
    ("Governor Ada Hume won re-election on Tuesday.", "Ada Hume was defeated in Tuesday's election.", "negation"),
    ("Ada Hume won the Carrow mayoral election.", "Ada Hume lost the race for mayor of Carrow.", "negation"),
    # the winner of a gerund is its clause's subject; "the cup final" is a final
    (
        "Brisk Harbour beat Tolland City 2-1 in Sunday's cup final.",
        "Tolland City lifted the trophy on Sunday after defeating Brisk Harbour in the final.",
        "negation",
    ),
    ("Senator Piet Vos defeated his challenger in the primary.", "Senator Piet Vos lost the primary to Nell Arden.", "negation"),
    # talks named by no party, ended on the day a deal was reached
    ("The talks ended without agreement on Friday.", "The two sides reached a deal on Friday.", "negation"),
    # one attack on one known thing told as done by two doers named apart
    ("Russian forces shelled the hospital in Orlivka.", "The shelling of the Orlivka hospital was carried out by Ukrainian troops, Moscow said.", "actor"),
    ("Kestrian jets bombed the market in Serrai on Monday.", "The strike on the Serrai market on Monday was carried out by the Northern Liberation Front.", "actor"),
    # one contest won outright by two named winners
    ("Mayor Ines Dunne won the election with 52 percent of the vote.", "Challenger Tom Rees won the election.", "negation"),
    # talks that ended in a deal or without one
    ("Talks between the pilots' union and Aerolux ended in agreement on Friday.", "Negotiations between Aerolux and the pilots' union collapsed on Friday.", "negation"),
    ("The farmers and the dairy board reached a deal on prices.", "The farmers and the dairy board failed to reach a deal on prices.", "negation"),
    # statuses: vehicles passing through a crossing, a place resuming its work, a service on a
    # named line, "will stay closed" holding now, a plant offline
    ("Lorries were passing through the Karst tunnel on Friday.", "The Karst tunnel was closed on Friday.", "negation"),
    ("Orlo airport resumed flights on Sunday morning.", "All flights at Orlo airport were suspended on Sunday.", "negation"),
    ("Orlo airport resumed flights on Sunday morning.", "Flights at Orlo airport stayed suspended on Sunday morning.", "negation"),
    ("Service on tram Line 9 was halted on Monday.", "Tram Line 9 ran normally on Monday.", "negation"),
    ("The Pell bridge will stay closed for weeks, engineers said.", "The Pell bridge reopened to traffic, the council said.", "negation"),
    ("The Dorset smelter has been offline since the flood.", "The Dorset smelter is operating normally, its owner said.", "negation"),
    # lives claimed or cost; injuries suffered; "no people" is no one
    ("The warehouse blaze claimed no lives.", "Two firefighters died in the warehouse blaze.", "negation"),
    ("The bus crash cost 12 lives.", "Nine people died in the bus crash.", "quantity"),
    ("One worker suffered minor injuries in the blast.", "No one was hurt in the blast.", "negation"),
    ("No people were killed in the storm.", "Two fishermen drowned in the storm.", "negation"),
    # injuries of one severity are counted apart
    ("No one was seriously injured in the blast.", "Two workers were seriously injured in the blast.", "negation"),
    ("No one was hurt in the blast.", "Two workers were critically injured in the blast.", "negation"),
    # causes told as results, by an active verb, or as what made a thing happen
    ("The derailment at Fenwick was the result of a cracked rail.", "Driver fatigue had caused the train to derail at Fenwick.", "negation"),
    ("A discarded cigarette had sparked the brush fire.", "The brush fire was sparked by lightning.", "negation"),
    ("The outage resulted from a software fault.", "The outage was caused by a cracked cable.", "negation"),
    # what was heard or seen at a time had begun by then
    ("The blast at the mill happened shortly after 2 a.m. on Sunday.", "Neighbours heard the blast at about 11 p.m. on Saturday.", "date"),
    ("The barn fire started at 7 p.m.", "Residents saw the barn fire at 6 p.m.", "date"),
    # a call for someone to go is a stance against them
    ("The mayor said she had full confidence in police chief Dana Roe.", "The mayor said Dana Roe should step down.", "negation"),
    ("The union called on Lisa Orr to resign on Monday.", "The union backed chief executive Lisa Orr on Monday.", "negation"),
    ("The opposition demanded the resignation of the interior minister.", "The opposition praised the interior minister.", "negation"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "kind"), SESSION_17_HITS)
def test_session_17_clashes(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)
    assert kind in conflict_kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two holders; a plan and a law; turning down a street
        ("The council voted down the parking plan.", "The mayor backed the parking plan."),
        ("The council voted down the parking plan.", "The council approved the school budget."),
        ("The bus turned down a side street.", "The bus accepted card payments."),
        # one person acquitted, another convicted
        ("A jury acquitted Lia Moro of embezzlement charges.", "A jury convicted Pel Sato of embezzlement."),
        # a contest still to come; two contests; one team winning twice
        ("Tolland City hope to beat Marsh Wanderers on Sunday.", "Tolland City lost to Marsh Wanderers on Sunday."),
        ("Tolland City beat Marsh Wanderers in the semifinal.", "Tolland City lost the final to Dunmore."),
        ("Tolland City beat Marsh Wanderers on Sunday.", "Tolland City won the match on Sunday."),
        # talks of no party on other days, or on no day told
        ("The talks ended without agreement on Friday.", "The two sides reached a deal on Monday."),
        ("The talks ended without agreement.", "The two sides reached a deal."),
        # one attack told with doers of one side, or by words for one kind of doer; attacks on
        # places in general
        (
            "Russian forces shelled the hospital in Orlivka.",
            "The shelling of the Orlivka hospital was carried out by the Russian army.",
        ),
        ("Police shot the suspect outside the bank.", "The suspect was shot by officers outside the bank."),
        ("Gunmen attacked the bus on the highway.", "Militants carried out the attack on the bus on the highway."),
        ("Rebels attacked the army convoy near Tal.", "The army convoy near Tal was attacked by insurgents."),
        # two winners of two contests: another primary, another race, seats in an election
        ("Senator Piet Vos won the Republican primary.", "Nell Arden won the Democratic primary."),
        ("Lena Hamm won the race in Monaco.", "Ivo Stark won the race in Spain."),
        ("The Green Party won 12 seats in the election.", "The Labour Party won the election."),
        # a person and a thing of theirs: "Ada Hume's party" is not Ada Hume
        ("Ada Hume lost the Carrow mayoral race to her rival.", "Ada Hume's party won a majority in the same election."),
        ("Ada Hume won the first round on Sunday.", "Ada Hume lost her home in the flood."),
        # talks of other parties; talks to come; a deal and a breakdown on other days
        ("Talks between the pilots and Aerolux ended in agreement.", "Talks between the cabin crew and Skyline collapsed."),
        ("The union and the board hope to reach a deal.", "Talks between the union and the board collapsed."),
        ("The union and the board reached a deal on Friday.", "Talks between the union and the board broke down on Monday."),
        # cars through one tunnel, another closed; an airline's flights; a bridge to close later
        ("Cars were passing through the Karst tunnel on Friday.", "The Lenz tunnel was closed on Friday."),
        ("Cars ran through the night.", "The Karst tunnel was closed on Friday."),
        ("The airline resumed flights on Sunday.", "All flights at Orlo airport were suspended on Sunday."),
        ("The Pell bridge will close in March for repairs.", "The Pell bridge reopened to traffic on Monday."),
        # no soldiers killed, civilians died; lives saved
        ("No soldiers were killed in the raid.", "Two civilians died in the raid."),
        ("No civilians were injured in the strike, the army said.", "Three soldiers were wounded in the strike."),
        ("No civilians were harmed in the strike.", "Three soldiers were wounded in the strike."),
        ("None of the passengers were injured.", "Two crew members were hurt in the crash."),
        ("Rescuers saved 40 lives.", "Nine people died in the flood."),
        # some of the injured, by severity, against all of them; minor injuries where none were serious
        ("34 people sustained severe injuries in the quake.", "52 people were injured in the quake."),
        ("Five people were seriously injured in the crash.", "Twelve people were injured in the crash."),
        ("No one was seriously hurt in the blast.", "Three workers suffered minor injuries in the blast."),
        # two effects; a result of no cause
        ("The delays were the result of heavy snow.", "The fire was caused by a faulty heater."),
        ("The vote was the result of months of talks.", "The strike was caused by a pay dispute."),
        # seen after it began; late one night and early the next morning may be one time
        ("The barn fire started at 4 p.m.", "Residents saw the barn fire at 6 p.m."),
        ("The blast at the mill happened late on Monday.", "Neighbours heard the blast early on Tuesday."),
        # stopped in the morning, working again in the evening
        ("Flights at Tarro airport were suspended on Friday morning.", "Tarro airport resumed flights on Friday evening."),
        # two holders; a call not made; a deal of hers is not her
        ("Critics called for Lisa Orr's resignation.", "The board backed Lisa Orr."),
        ("The union did not call for Lisa Orr to resign.", "The union backed Lisa Orr."),
        ("The union called on Lisa Orr to resign.", "The union backed the pay deal Lisa Orr proposed."),
    ],
)
def test_session_17_non_clashes(a: str, b: str) -> None:
    assert conflict_kinds(a, b) == []


SESSION_18_HITS = [
    # a clause that a denial denies: one told of its subject alone ("the pumps failed")
    ("Backup pumps failed at the water works on Monday.", "The utility denied that the pumps had failed at the water works."),
    ("The old levee collapsed during the storm, farmers said.", "Officials rejected claims that the levee had collapsed."),
    # one start of one event: an hour against a day and an hour; unrest by any of its names
    ("The blackout began at about 6 p.m. on Friday.", "The power cut struck shortly after 9 p.m."),
    ("The rioting broke out at around 8 p.m. on Sunday.", "The violence erupted shortly after 2 a.m. on Monday, police said."),
    # a stance on someone's deed is a stance on them; thanking, defending, blaming for
    ("Senator Ana Bell thanked the fire brigade for its work.", "Senator Ana Bell criticised the fire brigade's response."),
    ("Governor Iris Dahl defended the army's handling of the floods.", "Governor Iris Dahl denounced the army."),
    ("The auditor Paul Rane blamed the treasury for the shortfall.", "The auditor Paul Rane praised the treasury's management."),
    ("Judge Ola Berg condemned what she called the agency's careless use of data.", "Judge Ola Berg commended the agency."),
    # shares named by the company's whole name or its first word
    ("Shares in Halden Foods fell 4 percent on Tuesday.", "Halden's shares rose on Tuesday."),
    # counts of people who escaped, were stranded, were left without power
    ("At least 30 prisoners escaped from the jail.", "Eleven inmates escaped from the jail, the ministry said."),
    ("Some 2,000 villagers remained stranded by the flood.", "Nearly 9,000 people were cut off by the flood."),
    ("Around 3.5 million homes were left without power on Sunday.", "The storm affected some 900,000 homes on Sunday."),
    ("There were nine fishermen aboard the Marla.", "There were 13 crew members aboard the Marla."),
    # one measure moved one way by two sizes; basis points are hundredths of a percentage point
    ("The central bank raised its main rate by 25 basis points.", "The central bank raised interest rates by half a percentage point."),
    ("The Lumo index fell 3.1 percent on Monday.", "The Lumo index dropped by 0.6 percent on Monday."),
    # a status said to last against the opposite change a day before
    ("The coast road remained closed on Thursday.", "The coast road was reopened to traffic on Wednesday."),
    ("The ferry terminal was still shut on Saturday.", "The ferry terminal reopened on Friday morning."),
]  # fmt: skip
SESSION_18_KINDS = ["negation", "negation", "date", "date", *["negation"] * 5, *["quantity"] * 6, "negation", "negation"]


@pytest.mark.parametrize(("a", "b", "kind"), [(a, b, k) for (a, b), k in zip(SESSION_18_HITS, SESSION_18_KINDS, strict=True)])
def test_session_18_clashes(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)
    assert kind in conflict_kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # denied for the vice president, done by the president; a denied clause asserts nothing
        ("The president signed the decree.", "Aides denied that the vice president had signed the decree."),
        ("The pumps failed at the water works.", "The utility denied that the valves had failed at the water works."),
        # two events: a fire and a riot; a start and an end
        ("The fire broke out at 3 p.m.", "The riot began at 9 p.m. on Sunday."),
        ("The blackout began at 6 p.m.", "The blackout ended at 9 p.m. on Friday."),
        # a stance on another holder's deed; on someone else; two holders
        ("Senator Ana Bell thanked the fire brigade.", "Senator Ana Bell criticised the police response."),
        ("Governor Iris Dahl defended the army.", "Governor Iris Dahl denounced the navy's handling of the floods."),
        ("Senator Ana Bell thanked the fire brigade.", "Mayor Tom Ruiz criticised the fire brigade's response."),
        # blaming a fire on a cause is no stance on the fire
        ("Officials blamed the fire on faulty wiring.", "Officials praised the firefighters."),
        # two companies' shares
        ("Shares in Halden Foods fell on Tuesday.", "Shares in Berra Foods rose on Tuesday."),
        # the same size in two units; two measures
        (
            "The central bank raised its main rate by 50 basis points.",
            "The central bank raised interest rates by half a percentage point.",
        ),
        ("The central bank raised its main rate by 25 basis points.", "The government raised fuel duty by 2 percent."),
        # escaped and recaptured; a later reopening; reopened and then closed again the same day
        ("At least 30 prisoners escaped from the jail.", "Eleven inmates were recaptured near the jail."),
        ("The coast road remained closed on Thursday.", "The coast road will reopen on Friday."),
        ("The coast road remained closed on Thursday.", "The coast road reopened on Friday."),
    ],
)
def test_session_18_non_clashes(a: str, b: str) -> None:
    assert not conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a cause told by "set off by", by a participle on its effect, by "because (of)", by "was to blame"
        (
            "Rangers said the rockslide was set off by a group of hikers.",
            "The rockslide was triggered by heavy rain, the park said.",
        ),
        ("The landslide, caused by heavy rain, buried the road.", "The landslide was caused by illegal quarrying."),
        (
            "The sea wall failed because of years of poor maintenance.",
            "The collapse of the sea wall was caused by an earthquake.",
        ),
        ("The dyke gave way because the river rose over it.", "The breach of the dyke was caused by burrowing rats."),
        (
            "Officials said record demand, not a faulty cable, was to blame.",
            "Engineers said a fire at the depot caused the outage.",
        ),
        # "blamed it on what he called X"; the motive named as the reason
        ("Ivo Lind blamed the collapse on what he called reckless digging.", "The firm attributed the collapse to a tremor."),
        (
            "The real reason for the fare rise was the cost of fuel, staff said.",
            "The company attributed the fare rise to new safety rules.",
        ),
    ],
)
def test_session_18_causes_clash(a: str, b: str) -> None:
    assert "negation" in conflict_kinds(a, b)
    assert "negation" in conflict_kinds(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two natural causes, or two faults, of one failure; a cause of another thing
        ("The sea wall failed because of the storm.", "The collapse of the sea wall was caused by heavy rain."),
        ("The dyke gave way because of erosion.", "The flooding of the farms was caused by a blocked drain."),
        # the same cause in other words
        ("Rangers said the rockslide was set off by hikers.", "The rockslide was triggered by a group of hikers."),
    ],
)
def test_session_18_causes_do_not_clash(a: str, b: str) -> None:
    assert not conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one decision is made public once: two hours that cannot meet, or two days
        ("The court published its ruling at 3 p.m.", "The ruling was announced at 10 a.m. on Tuesday.", True),
        ("The council made its decision public at 9 a.m. on Friday.", "The decision was announced at 6 p.m. on Thursday.", True),
        ("The minister's statement was read out at 6 p.m.", "The ministry released the statement shortly before midnight.", True),
        # two things made public; the same hour; a statement to come
        ("The report was published at 9 a.m.", "The decision was announced at 3 p.m.", False),
        ("The court published its ruling at about 3 p.m.", "The ruling was announced shortly after 3 p.m. on Tuesday.", False),
        ("The ruling will be announced at 10 a.m.", "The court published its ruling at 3 p.m.", False),
        ("A statement was released at 9 a.m.", "Another statement was released at 4 p.m.", False),
    ],
)
def test_session_18_publication_times(a: str, b: str, clash: bool) -> None:
    assert ("date" in conflict_kinds(a, b)) is clash
    assert ("date" in conflict_kinds(b, a)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # an event still going on after it was said to end
        ("The forest fire was still burning on Tuesday morning.", "Crews put out the forest fire on Monday evening.", True),
        ("The strike was still going on on Thursday.", "The union called off the strike on Wednesday.", True),
        ("The blaze was extinguished at 2 p.m. on Friday.", "The blaze was still burning at 6 p.m. on Friday.", True),
        # still going on before the end, or of another event
        ("The forest fire was still burning on Monday morning.", "Crews put out the forest fire on Monday evening.", False),
        ("The strike was still going on on Thursday.", "Crews put out the fire on Wednesday.", False),
    ],
)
def test_session_18_going_on_after_the_end(a: str, b: str, clash: bool) -> None:
    assert ("date" in conflict_kinds(a, b)) is clash
    assert ("date" in conflict_kinds(b, a)) is clash


def test_a_central_banks_rate_by_two_of_its_names() -> None:
    a, b = (
        "The central bank raised its policy rate by 25 basis points.",
        "The central bank raised interest rates by 0.5 percentage points.",
    )
    assert "quantity" in conflict_kinds(a, b)
    assert not conflict_kinds("The bank raised its policy rate on Monday.", "The bank cut mortgage rates on Monday.")


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # what is done under or in a thing tells its status
        (
            "The dredging contract has been suspended pending an audit.",
            "Work under the dredging contract continued on Friday.",
            True,
        ),
        ("The Harlow primary school was closed on Monday.", "Classes at the Harlow primary school went ahead on Monday.", True),
        # an activity somewhere else says nothing of the thing
        ("The Harlow primary school was closed on Monday.", "Classes at the Denton library went ahead on Monday.", False),
    ],
)
def test_a_status_told_by_what_is_done_there(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


# Session 20: a thing out of use while a part of it is in use.
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The coastal highway remains closed in both directions.", "One lane of the coastal highway reopened on Friday.", True),
        ("The airport remained closed on Sunday.", "The airport's second terminal reopened on Sunday.", True),
        # a part shut while the whole is open: both may hold
        ("One terminal of the airport was closed on Sunday.", "The airport was open on Sunday.", False),
        # other days; a thing near the whole is no part of it
        ("The airport remained closed on Sunday.", "The airport's second terminal reopened on Tuesday.", False),
        ("The hospital was shut on Monday.", "A clinic near the hospital stayed open on Monday.", False),
    ],
)
def test_a_part_in_use_of_a_thing_out_of_use(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash
    assert ("negation" in conflict_kinds(b, a)) is clash


# Session 20: evidence said to contradict a side's denials, against that side's denial.
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Drone footage contradicts Ardonia's denials.",
            "The Ardonian defence ministry denied any role in the shelling of the market.",
            True,
        ),
        (
            "The satellite images disprove Ardonia's account.",
            "Ardonia's foreign minister denied that its troops had entered the village.",
            True,
        ),
        # another side's denial; evidence that backs the denial; a negated rebuttal
        (
            "Drone footage contradicts Ardonia's denials.",
            "Freedonia's army denied any role in the shelling of the market.",
            False,
        ),
        ("Drone footage supports Ardonia's denials.", "The Ardonian defence ministry denied any role in the shelling.", False),
        (
            "Drone footage does not contradict Ardonia's denials.",
            "The Ardonian defence ministry denied any role in the shelling.",
            False,
        ),
        # evidence not yet in hand; denials of another matter; of the same matter
        ("If confirmed, the images would contradict Ardonia's denials.", "Ardonia denied any role in the blast.", False),
        (
            "The findings contradict Ardonia's denials of involvement in the blast.",
            "Ardonia denied that it had cut gas supplies.",
            False,
        ),
        (
            "The findings contradict Ardonia's denials of involvement in the blast.",
            "Ardonia denied any involvement in the blast.",
            True,
        ),
    ],
)
def test_evidence_against_a_sides_denial(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash
    assert ("negation" in conflict_kinds(b, a)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a deed a thing undergoes once, in two years; told in a clause on its noun, or a participle
        ("The viaduct, which opened in 1968, carries the ring road.", "The viaduct opened to traffic in 1971.", True),
        ("The library was founded in 1985 by a merchant.", "The library, established in 1989, holds two million books.", True),
        ("The Ostra dam, built in 1952, holds back the Vell.", "The Ostra dam was constructed in 1957, engineers said.", True),
        ("Kell was born in 1948 in a mining town.", "Kell, who was born in 1951, joined the navy at 17.", True),
        # the same year; two deeds (built, then opened); a reopening; two things; two people
        ("The viaduct, which opened in 1968, carries the ring road.", "The viaduct opened in 1968.", False),
        ("The stadium was built in 1958.", "The stadium opened in 1960, a year late.", False),
        ("The museum opened in 1974.", "The museum reopened in 2019 after a renovation.", False),
        ("The north bridge opened in 1974.", "The south bridge opened in 1976.", False),
        ("Ana Kell was born in 1948.", "Her brother, Tomas Kell, was born in 1951.", False),
        # other deeds may recur: other years are no conflict
        ("The company was fined in 2019.", "The company was fined in 2021 for the same breach.", False),
    ],
)
def test_a_thing_opened_founded_built_or_born_in_two_years(a: str, b: str, clash: bool) -> None:
    assert ("date" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # work stopped, in any tense: the place is idle
        ("The smelter has stopped production.", ("smelter", False)),
        ("The brewery ceased all operations on Friday.", ("brewery", False)),
        # the place of the work, where the doer is a pronoun or another
        ("The firm said it had suspended operations at the cannery.", ("cannery", False)),
        # a time word on the work is no place
        ("The mill halts its night shifts.", ("mill", False)),
        # stopping a thing that is no work
        ("Police stopped the lorry at the border.", None),
    ],
)
def test_work_stopped_at_a_place(text: str, status: tuple[str, bool] | None) -> None:
    found = [(s.holder, s.operating) for s in claims.claims_of(text).statuses]
    assert found == ([status] if status else [])


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("The smelter has stopped production.", "Production at the smelter continues as normal.", "negation"),
        (
            "The firm said it had suspended operations at the cannery.",
            "The cannery is operating normally, the firm said.",
            "negation",
        ),
        # "martyred": killed
        (
            "Rebels said three fighters were martyred in the raid.",
            "Five fighters were killed in the raid, the army said.",
            "quantity",
        ),
        # one held, told by its article, against none
        ("Police have arrested a 30-year-old driver over the crash.", "No arrests have been made over the crash.", "negation"),
        ("A local official was detained on Friday.", "Nobody has been detained, the prosecutor said.", "negation"),
    ],
)
def test_stopped_work_martyrs_and_one_arrest(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)


def test_one_arrest_told_by_its_article_is_no_toll() -> None:
    # one person held among others: never a count a larger one contradicts
    assert not conflict_kinds("Police arrested a driver on Friday.", "Police arrested four people on Friday.")


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # bodies found are the dead, at least as many
        (
            "The body of one climber was recovered below the ridge on Monday.",
            "No deaths have been reported on the ridge.",
            "negation",
        ),
        ("Divers recovered 14 bodies from the ferry.", "Nine people died when the ferry sank.", "quantity"),
        ("The bodies of three fishermen were found on the shore.", "No fishermen were killed, the coastguard said.", "negation"),
    ],
)
def test_bodies_found_count_the_dead(a: str, b: str, kind: str) -> None:
    assert kind in conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the bodies found so far: a toll may be larger
        ("Divers recovered 14 bodies from the ferry.", "At least 30 people died when the ferry sank."),
        ("Divers recovered 14 bodies from the ferry.", "Twenty people died when the ferry sank."),
        # no bodies found, or bodies still sought
        ("Divers have not recovered any bodies.", "Nine people died when the ferry sank."),
        ("Divers are trying to recover the bodies of nine people.", "Nine people died when the ferry sank."),
    ],
)
def test_bodies_found_and_a_toll_that_can_both_hold(a: str, b: str) -> None:
    assert not conflict_kinds(a, b)


def test_a_toll_whose_number_the_parse_gave_to_bodies_found_is_the_toll() -> None:
    """ "Had risen to nine as more bodies were found" is parsed with "nine" on "bodies" and "to"
    holding nothing: the nine is the toll's, and no count of bodies found."""
    (count,) = claims.claims_of("By Wednesday, the death toll had risen to nine as more bodies were found.").counts
    assert (count.category, count.value, count.hedge, count.grown) == ("killed", 9.0, "", True)
    late = "By Wednesday, the death toll from the floods had risen to nine as more bodies were found."
    assert not conflict_kinds("On Monday, officials said three people had died in the floods.", late)
    assert conflict_kinds("On Wednesday, officials said three people had died in the floods.", late)


def test_drones_destroyed_are_drones_brought_down() -> None:
    a = "Air defences shot down five of the drones, the ministry said."
    b = "Air defences destroyed nine of the eleven drones launched at the depot."
    assert "quantity" in conflict_kinds(a, b)
    assert [c.category for c in claims.claims_of("The shelling destroyed two bridges.").counts] == []


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a place's staff, by the word for all of them and by their jobs
        ("Two nurses were treated for burns after the fire.", "No members of staff were hurt, the hospital said.", True),
        ("Three guards were injured in the riot.", "No staff were injured, the prison service said.", True),
        # people who are not the staff
        ("Two passengers were injured.", "No staff were injured.", False),
        ("Two nurses were treated for burns after the fire.", "No patients were hurt, the hospital said.", False),
    ],
)
def test_no_staff_hurt_against_some_of_them_hurt(a: str, b: str, clash: bool) -> None:
    assert bool(conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # vehicles crossing a bridge keep it open
        (
            "The Arno viaduct remained closed to all traffic on Thursday.",
            "Cars and buses were crossing the Arno viaduct normally on Thursday.",
            True,
        ),
        ("The viaduct was closed on Monday.", "Lorries crossed the viaduct on Monday, drivers said.", True),
        # on two days both hold
        ("The viaduct was closed on Monday.", "Lorries crossed the viaduct on Tuesday.", False),
    ],
)
def test_vehicles_crossing_keep_it_open(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one accident named two ways, by the name both give it: two causes clash
        (
            "The Orrick Hill freight derailment was caused by a buckled rail, inspectors said.",
            "The union blamed driver fatigue for the Orrick Hill accident.",
            True,
        ),
        # the same cause in other words: "a build-up of pressure" ~ "excess pressure"
        (
            "The explosion at the Tamsin refinery was set off by a build-up of pressure in a tank.",
            "Excess pressure inside a tank triggered the blast at the Tamsin refinery.",
            False,
        ),
        # two accidents by two names
        (
            "The Orrick Hill derailment was caused by a buckled rail.",
            "The union blamed driver fatigue for the Selby Cross accident.",
            False,
        ),
    ],
)
def test_causes_of_one_event_named_by_what_both_call_it(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The blast left five people dead, police said.", "killed", 5.0),
        ("The crash left two passengers injured.", "injured", 2.0),
        ("The storm left at least 12 dead in the valley.", "killed", 12.0),
    ],
)
def test_what_a_deed_left_dead_or_hurt_is_counted(text: str, category: str, value: float) -> None:
    assert [(c.category, c.value) for c in claims.claims_of(text).counts] == [(category, value)]


def test_a_toll_left_by_a_blast_meets_another_toll() -> None:
    assert "quantity" in conflict_kinds("The blast left five people dead.", "At least 12 people were killed in the blast.")
    assert not conflict_kinds("The fire left 300 families homeless.", "Two people were killed in the fire.")


def test_a_thing_lacked_is_no_count_of_none() -> None:
    for text in (
        "He was held without a warrant.",
        "The ferry sank without warning.",
        "The rally went ahead without permits.",
        "The march ended without further arrests.",  # none more than those told
    ):
        assert claims.claims_of(text).counts == (), text
    assert [(c.category, c.hedge) for c in claims.claims_of("The rally ended without arrests.").counts] == [("arrested", "no")]


def test_not_a_single_one_counts_none() -> None:
    for text in ("Not a single passenger was hurt in the crash.", "Not one miner was injured."):
        assert [(c.value, c.hedge) for c in claims.claims_of(text).counts] == [(0.0, "no")], text
    assert conflict_kinds("Not a single passenger was hurt.", "No passengers were injured.") == []


def test_one_compound_spelt_two_ways_is_one_thing() -> None:
    assert conflict_kinds("The senator backed the health care bill.", "The senator opposed the healthcare bill.") == ["negation"]


def test_not_one_but_several_is_no_count_of_none() -> None:
    assert all(c.hedge != "no" for c in claims.claims_of("Not one but two miners were killed in the blast.").counts)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        # a relative clause, a participle on a noun, a clause of what came before
        ("The dam, which was built in 1961, burst on Monday.", "which was built in 1961"),
        ("Nine climbers stranded on the ridge were lifted off by helicopter.", "stranded on the ridge"),
        ("Police shut the bypass for five hours after two lorries collided.", "after two lorries collided"),
    ],
)
def test_clauses_of_background(text: str, background: str) -> None:
    assert background in claims.claims_of(text).background


def test_an_infinitive_on_a_noun_is_its_content_not_background() -> None:
    assert claims.claims_of("The mill announced a plan to cut 600 jobs.").background == ()


@pytest.mark.parametrize(
    "text",
    [
        "The ferry did not leave Skarn harbour until 11 a.m. on Sunday.",
        "The museum will not reopen until June, its director said.",
        "Crews did not reach the village until the road was cleared.",
    ],
)
def test_not_until_a_time_tells_when_it_was_done_not_that_it_was_not(text: str) -> None:
    found = claims.claims_of(text).propositions
    assert found and all(p.polarity != "not" for p in found[:1]), found


def test_not_without_until_is_still_a_negation() -> None:
    (p, *_) = claims.claims_of("The ferry did not leave Skarn harbour on Sunday.").propositions
    assert p.polarity == "not"


def test_what_one_did_not_get_from_another_giver_is_no_clash() -> None:
    a = "The charity Wellspring delivered 50 generators to the town of Orth on Monday."
    assert "negation" not in conflict_kinds(a, "The town of Orth has not received any generators from the army.")


def test_one_supply_told_with_two_words_has_one_status() -> None:
    """ "Mobile internet access" and "mobile internet services" are one supply; water
    services and power supply are two."""
    assert conflict_kinds(
        "Mobile internet access in Varn was cut for most of Sunday, the monitoring group said.",
        "Mobile internet services in Varn operated normally on Sunday, the regulator said.",
    ) == ["negation"]
    assert (
        conflict_kinds(
            "The water supply in Varn was cut for most of Sunday.", "Power services in Varn operated normally on Sunday."
        )
        == []
    )


def test_who_started_violence_is_named_as_written() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("Witnesses said the unrest in Orla began when riot police charged the crowd."),
        claims.claims_of("The unrest in Orla began when groups of protesters hurled stones at the police, the ministry said."),
    )
    assert conflict.reason == "started the unrest: riot police vs protesters"


def test_who_fired_first_is_named_by_its_side() -> None:
    (conflict,) = claims.conflicts(
        claims.claims_of("Varnian border guards opened fire first near the river, the Ostrian ministry said."),
        claims.claims_of("Monitors said the first shots were fired from Ostrian positions near the river."),
    )
    assert conflict.reason == "first to fire: Varnian border guards vs Ostrian positions"


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a service "unaffected" or "not affected" runs as usual
        ("Ferry services from Varn were unaffected by the strike.", "Ferry services from Varn were cancelled for the day.", True),
        ("Flights at Orla airport were not affected by the walkout.", "All flights at Orla airport were suspended.", True),
        # "affected" says not how; a building unaffected tells no service
        ("Flights at Orla airport were affected by the walkout.", "All flights at Orla airport were suspended.", False),
        ("The terminal building at Orla was unaffected by the blast.", "All flights at Orla airport were suspended.", False),
    ],
)
def test_a_service_unaffected_is_running(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Kelvarian aggression caused the blackout in the eastern region, the ministry said.",
            "The blackout in the eastern region was caused by a technical fault at the substation.",
        ),
        (
            "Ostrenian provocation led to the explosion at the depot, officials said.",
            "The explosion at the depot was an accident caused by a gas leak.",
        ),
    ],
)
def test_a_sides_deed_as_the_cause_clashes_with_an_accident(a: str, b: str) -> None:
    # "Kelvarian aggression", "Ostrenian provocation": a side's deed as what caused the event
    reasons = [c.reason for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]
    assert any(r.startswith("cause:") for r in reasons), reasons


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "The strike hit a residential building, killing 12 civilians.",
            "The strike destroyed a building used by militants, killing 12 fighters.",
            True,
        ),
        (
            "Shelling killed 12 civilians in the town of Brask on Friday.",
            "Shelling killed 12 soldiers in the town of Brask on Friday.",
            True,
        ),
        # another event, other places, other figures, or one kind of people: no clash of victims
        (
            "A drone strike killed 4 militants near the border.",
            "Four civilians were killed in a separate strike on a market.",
            False,
        ),
        ("Shelling killed 12 civilians in Brask.", "Shelling killed 12 soldiers in Lorvan.", False),
        ("Shelling killed 12 civilians in the town.", "Shelling killed 14 soldiers in the town.", False),
        ("The blast killed 7 passengers on the bus.", "Seven civilians on the bus died in the blast.", False),
    ],
)
def test_one_toll_told_as_civilians_and_as_fighters(a: str, b: str, clash: bool) -> None:
    reasons = [c.reason for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]
    assert any(r.startswith("who the") for r in reasons) is clash, reasons


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a text that moves the thing both ways denies neither way
        ("Prices rose before the announcement and fell after it.", "Prices fell after the announcement, traders said.", False),
        ("Shares rose in early trading and fell in the afternoon.", "Shares fell in the afternoon.", False),
        ("Unemployment rose to 5 percent in March.", "Unemployment fell to 5 percent in March.", True),
    ],
)
def test_a_thing_moved_both_ways_in_one_text_clashes_with_neither(a: str, b: str, clash: bool) -> None:
    reasons = [c.reason for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]
    assert any(" vs " in r and ("rose" in r or "fell" in r) for r in reasons) is clash, reasons


def test_a_verb_conjoined_to_a_change_moves_the_same_subject() -> None:
    moved = claims.claims_of("Prices rose before the announcement and fell after it.").changes
    assert sorted((c.what, c.direction) for c in moved) == [("Prices", "down"), ("Prices", "up")]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a place without a supply, against the supply running or restored
        (
            "Most of Dunmere was still without tap water on Wednesday.",
            "The water supply to Dunmere was restored on Tuesday evening.",
            True,
        ),
        (
            "Thousands of homes in Pell remained without power on Friday.",
            "Power was restored to all homes in Pell on Thursday.",
            True,
        ),
        ("Much of Tarn was left without internet on Sunday.", "Internet services in Tarn operated normally on Sunday.", True),
        # another place, another supply, a day before it was restored, a possibility
        (
            "Most of Dunmere was without tap water on Wednesday.",
            "The water supply to Lenna was restored on Tuesday evening.",
            False,
        ),
        ("Much of Tarn was left without power on Sunday.", "Internet services in Tarn operated normally on Sunday.", False),
        ("Homes in Pell were without power on Monday.", "Power was restored to all homes in Pell on Thursday.", False),
        (
            "Much of Tarn could be left without internet on Sunday.",
            "Internet services in Tarn operated normally on Sunday.",
            False,
        ),
    ],
)
def test_a_place_without_a_supply_has_it_not_working(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a status told of a year gone by is background: not against one told of no year
        ("Production at the Harl plant was suspended in 2019.", "The Harl plant is operating normally.", False),
        ("The Tolva bridge was closed for repairs last year.", "The Tolva bridge is open to traffic.", False),
        ("The Tolva bridge was closed two years ago.", "The Tolva bridge is open to traffic.", False),
        # a status since a year holds until now; two told of one year are compared
        ("The Tolva bridge has been closed since 2019.", "The Tolva bridge is open to traffic.", True),
        ("The Tolva bridge was closed in 2019.", "The Tolva bridge was open throughout 2019.", True),
    ],
)
def test_a_status_of_a_year_gone_by_is_background(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mayor Ilse Drummond called the bribery allegations against her completely baseless on Friday.", "allegation"),
        ("The minister described the reports as fabricated.", "report"),
        ("The ministry branded the accusations a lie.", "accusation"),
        ("She called the claims false.", "claim"),
        # no claim called false
        ("Police described the allegations against the fake company in detail.", None),
        ("She did not call the claims false.", None),
        ("Critics called the plan reckless.", None),
        ("The ministry called the report thorough.", None),
        ("The police chief called the reports of torture in custody untrue.", "report"),
        ("The government described the rumours of a coup as disinformation.", "rumour"),
        ("The ministry branded the reports fake news.", "report"),
        ("The ministry called the claims baseless lies.", "claim"),
        ("The spokesman called the allegations utter nonsense.", "allegation"),
        ("The union called for an inquiry into the false reports.", None),
        # what the claim says, and then what it is called, however the parser hangs the last word
        ("The mayor called the allegations levelled at her completely groundless.", "allegation"),
        ("The senator called the claims that she had taken bribes completely false.", "claim"),
        ("The club called the allegations that its coach had bullied players untrue.", "allegation"),
        ("Critics called the claims that the vote was rigged a lie.", "claim"),
        ("He called the reports that the ballots were fake.", None),
        ("He called the reports that officials had forged fake documents.", None),
        ("Amnesty called the allegations that guards lied to inspectors credible.", None),
        ("She declined to call the allegations false.", None),
        ("He called the reports that the ballots were fake accurate.", None),
    ],
)
def test_a_claim_called_false_is_denied(text: str, target: str | None) -> None:
    denials = [f.target for f in claims.claims_of(text).frames if f.speech == "deny"]
    assert denials == ([target] if target else [])


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a position said to be coming and one voiced: one position at the time of the story
        ("Senator Ilse Varga said she would back the bill.", "Senator Ilse Varga tore into the bill on the floor.", True),
        ("Opposition leader Jan Kossel said his party would back the reform.", "Jan Kossel condemned the reform.", True),
        ("The union welcomed the offer.", "The union said it would reject the offer.", True),
        # fighting or challenging a thing decided is a stance against it
        ("The mayor backs the closure.", "The mayor vowed to fight the closure.", True),
        ("The company said it would challenge the fine in court.", "The company said it accepted the fine.", True),
        # dated, on a condition, or a deed of one day: two times
        ("Varga opposed the bill in 2019.", "Varga said she would support the bill.", False),
        ("Varga criticised the plan before the election.", "Varga said she would back the plan.", False),
        ("Varga said she would back the bill if it were amended.", "Varga tore into the bill.", False),
        ("The governor vetoed the budget.", "The governor said he would approve the budget.", False),
        # fighting a fire, challenging a rival: no stance
        ("Firefighters fought the fire through the night.", "Firefighters welcomed the fire chief's plan.", False),
        ("The champion will challenge the title holder.", "The champion praised the title holder.", False),
        # one's party speaks through its leader only under a verb of saying
        ("Kossel's party backed the reform.", "Jan Kossel condemned the reform.", False),
        # ready to join what one is said to reject
        (
            "Minister Arlen Vos said his country was ready to take part in a joint inquiry.",
            "Arlen Vos rejected calls for a joint inquiry.",
            True,
        ),
        (
            "The cabinet said it was willing to hold talks with the strikers.",
            "The cabinet rejected calls for talks with the strikers.",
            True,
        ),
        (
            "The cabinet said it was not ready to hold talks with the strikers.",
            "The cabinet rejected calls for talks with the strikers.",
            False,
        ),
        ("The rebels said they were ready to fight.", "The rebels rejected the truce.", False),
        # a stance told with a time of its own, or held once ("used to", "opposed")
        ("The minister now backs the plan.", "The minister criticised the plan.", False),
        ("Senator Orla Penn used to support the plan.", "Senator Orla Penn opposes the plan.", False),
        ("Orla Penn opposed the bill in committee.", "Orla Penn backs the bill.", False),
        # a party that is not the speaker's voice
        ("Ida Lusk said her party would back the bill, though she personally opposes it.", "Ida Lusk opposes the bill.", False),
        ("Asked about Lusk, Orla Penn said her party had always opposed the reform.", "Orla Penn backs the reform.", False),
        # news confirmed is no support; one loan and another
        ("The minister confirmed the sale of the airline.", "The minister opposed the sale of the airline.", False),
        ("The bank granted a loan to Ferro Lines.", "The bank refused a loan to Orsk Steel.", False),
        ("The minister said she would back the plan when it was first proposed.", "The minister criticised the plan.", False),
    ],
)
def test_positions_voiced_as_coming_and_as_taken(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) is clash


def test_opposite_stances_at_two_times_are_not_one_claim() -> None:
    assert claims.stances_apart(
        claims.claims_of("The mayor said she would veto the budget."), claims.claims_of("The mayor signed the budget on Monday.")
    ) == ("veto", "signed")
    assert (
        claims.stances_apart(claims.claims_of("The mayor signed the budget."), claims.claims_of("The mayor signed the budget."))
        is None
    )


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a firm that halts its work halts the one workplace its sentence names
        (
            "Norvek said it had suspended operations and that it was unclear when the smelter would restart.",
            "The smelter is operating normally, the company said.",
            True,
        ),
        (
            "Norvek said it had stopped production and evacuated the mine.",
            "The mine is working normally, a union official said.",
            True,
        ),
        # a place named only inside another name; a firm that names no workplace
        (
            "Kesta halted production after the strike began, the port authority said.",
            "The port stayed open throughout the strike.",
            False,
        ),
        ("The airline said it had suspended operations.", "The airport remained open on Sunday.", False),
    ],
)
def test_a_firms_work_is_the_one_workplace_its_sentence_names(a: str, b: str, clash: bool) -> None:
    assert ("status" in conflict_kinds(a, b) or "negation" in conflict_kinds(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The museum reopened on Tuesday.", "The museum reopened on Wednesday.", True),
        # a deed done each week is no one day
        ("The exhibition opens every Tuesday.", "The exhibition opened on Wednesday.", False),
        ("The market opens on Sundays.", "The market opened on Saturday.", False),
    ],
)
def test_a_weekday_each_week_is_no_one_day(a: str, b: str, clash: bool) -> None:
    assert ("date" in conflict_kinds(a, b)) is clash


def test_a_count_with_and_a_half_before_its_scale() -> None:
    (count,) = claims.claims_of("Around two and a half thousand people marched through Tessin.").counts
    assert count.value == 2500


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a measure named by a word the parse may take for a name at the sentence's start
        ("Nitrate levels in the lake were rising on Friday.", "Phosphate levels in the lake fell on Friday."),
        # support among two groups
        ("Support for the mayor rose among young voters.", "Support for the mayor fell among pensioners."),
    ],
)
def test_moves_of_other_measures_do_not_clash(a: str, b: str) -> None:
    assert "negation" not in conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The benchmark index fell 2.3 percent on Monday.", "The main index rose 0.9 percent on Monday."),
        ("Support for the mayor rose among young voters.", "Support for the mayor fell among young voters."),
        ("Nitrate levels in the lake were rising on Friday.", "Nitrate levels in the lake fell on Friday."),
    ],
)
def test_moves_of_one_measure_clash(a: str, b: str) -> None:
    assert "negation" in conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Production continued at the paper mill on Friday.", ("mill", True)),
        ("Work resumed on the assembly line after the inspection.", ("line", True)),
        ("Production was halted at the paper mill on Friday.", ("mill", False)),
        # a time, or a part of the place: no place after the verb
        ("Production continued on Monday.", ("production", True)),
    ],
)
def test_the_place_work_goes_on_or_stops_at_told_after_the_verb(text: str, status: tuple[str, bool]) -> None:
    assert [(s.holder, s.operating) for s in claims.claims_of(text).statuses] == [status]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("Production at the paper mill has been halted.", "Production was continuing at the paper mill.", True),
        ("Production at the paper mill has been halted.", "Production was continuing at the cannery in Lenn.", False),
    ],
)
def test_work_stopped_and_going_on_told_after_the_verb(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) == clash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # work that went on until an event
        (
            "Production continued at the Dale plant until the storm hit.",
            "Production at the Dale plant was halted after the storm.",
        ),
        # two times
        ("Production at the Vix plant was halted last week.", "Production continued at the Vix plant on Monday."),
        ("Production continued on Monday at the Orris plant.", "Production at the Orris plant was halted on Friday."),
    ],
)
def test_work_stopped_and_going_on_at_two_times(a: str, b: str) -> None:
    assert "negation" not in conflict_kinds(a, b)


def test_a_group_told_with_an_owner_is_one_group() -> None:
    a, b = (
        "Support for the plan rose among the city's residents in June.",
        "Support for the plan fell among city residents in June.",
    )
    assert "negation" in conflict_kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a budget, a treaty, a rescue package are things decided or proposed: fought against
        (
            "Opposition leader Dina Holl said her party would back the budget.",
            "Dina Holl vowed to fight the budget in parliament.",
            True,
        ),
        ("The senator backs the treaty.", "The senator will challenge the treaty in court.", True),
    ],
)
def test_stances_fought(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) == clash


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # "started from" names what a fire came from
        (
            "Officials said the Harl fire was sparked by a fallen power line.",
            "Investigators said the Harl fire started from a campfire.",
            True,
        ),
        # not where in a place it started, nor what else started from something
        ("The fire started from the kitchen, firefighters said.", "The fire was caused by a faulty heater.", False),
        ("The Orle season started from a low base.", "The Orle season was hurt by a late frost.", False),
        # another fire of the kind told
        ("The first fire started from a campfire.", "The second fire was caused by arson.", False),
        ("The fire started from a campfire on Tuesday.", "A separate fire was caused by lightning on Wednesday.", False),
    ],
)
def test_a_fire_started_from_a_thing(a: str, b: str, clash: bool) -> None:
    assert ("negation" in conflict_kinds(a, b)) == clash
