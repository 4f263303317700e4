"""A statement's opening pronoun read as what it stands for in the sentence before ("It was
seized by government troops" after a sentence about the Tarvo dam), one deed dated to two
months, a status told "until" a time, and "took" a place: sentences written for these tests
(invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.claims.parser import load_parser  # noqa: E402
from compare.facts.claims.referents import resolve, resolve_within  # noqa: E402
from compare.match.settings import Mode, resolve_settings  # noqa: E402
from compare.models import Verdict  # noqa: E402
from compare.pipeline import compare_sources  # noqa: E402
from compare.read.load import parse  # noqa: E402


@pytest.mark.parametrize(
    ("before", "text", "read"),
    [
        (
            "Rebels said the Tarvo dam was vital to the region.",
            "It was seized by government troops in early May.",
            "The Tarvo dam was seized by government troops in early May.",
        ),
        (
            "The ceasefire was brokered by Qatar.",
            "It came into force at dawn on Wednesday.",
            "The ceasefire came into force at dawn on Wednesday.",
        ),
        (
            "Prosecutors said a local driver, Emil Strand, caused the crash and then fled.",
            "He was arrested at a border crossing on Friday.",
            "Emil Strand was arrested at a border crossing on Friday.",
        ),
        (
            "The mayor of Lindqvist resigned last week.",
            "She was accused of taking bribes from a builder.",
            "The mayor of Lindqvist was accused of taking bribes from a builder.",
        ),
        (
            "Nora Hale and her brother reached the summit on Monday.",
            "They descended the next morning.",
            "Nora Hale and her brother descended the next morning.",
        ),
        (
            "The ministry said the truce had been agreed in Doha.",
            "It came into force at dawn on Wednesday.",  # what was said, not who said it
            "The truce came into force at dawn on Wednesday.",
        ),
        (
            "The ministry said the truce had been agreed in Doha.",
            "It added that both sides had pulled back.",  # one who speaks again
            "The ministry added that both sides had pulled back.",
        ),
        (
            "A freighter ran aground off Kessel Point on Sunday.",
            "It was refloated by two tugs at high tide.",
            "The freighter was refloated by two tugs at high tide.",
        ),
        (  # "power" is a mass of something, no one thing "it" may stand for
            "The Tarvo dam supplies power to half the province.",
            "It was seized by rebel fighters in early March.",
            "The Tarvo dam was seized by rebel fighters in early March.",
        ),
    ],
)
def test_an_opening_pronoun_is_read_as_what_it_stands_for(before: str, text: str, read: str) -> None:
    resolved = resolve(text, before)
    assert resolved is not None and resolved.text == read


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("The army took the dam in May.", "It is unclear whether the turbines were damaged."),  # an empty "it"
        ("The exchange took place at the border.", "It was the first exchange since June."),  # "it" of a copula
        ("The ministry said the strike hit a depot.", "It was the army that fired the rockets."),  # a cleft
        ("Police arrested two men near the station.", "They were released on Sunday."),  # police or the men
        ("The coastguard stopped the trawler off the cape.", "It was carrying eleven crew members."),  # either
        ("Protesters gathered outside the court.", "It was adjourned until Monday."),  # no subject that fits "it"
        ("The station reopened on Monday.", "Trains ran on time."),  # no pronoun
        ("Minister Ana Pell opened the bridge.", "It was built in four years."),  # a person is no "it"
        ("The press conference ended early.", "He left without taking questions."),  # a conference is no "he"
        ("Harbour officials said the Santa Lumi had left port.", "She gave no reason for the delay."),  # a ship is no "she"
    ],
)
def test_a_pronoun_is_left_when_nothing_before_fits_it_alone(before: str, text: str) -> None:
    assert resolve(text, before) is None


def _dates(a: str, b: str) -> list[str]:
    return [c.reason for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("The rebels captured the Orsk bridge in March.", "The rebels seized the Orsk bridge in April.", "in March vs in April"),
        ("The Halden mine was closed in March 2017.", "The Halden mine was closed in June 2017.", "in March vs in June"),
        ("The ferry Ostra sank on Tuesday.", "The ferry Ostra sank on Thursday.", "on Tuesday vs on Thursday"),
        ("The city council sold the Orsk ferry in March.", "The city council sold the Orsk ferry in May.", "in March vs in May"),
    ],
)
def test_one_deed_dated_to_two_months_clashes(a: str, b: str, reason: str) -> None:
    assert any(reason in r for r in _dates(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The rebels captured the Orsk bridge in March.", "The rebels seized the Orsk bridge in March."),
        ("The rebels may capture the Orsk bridge.", "The rebels seized the Orsk bridge in April."),  # "may" no month
        ("The Halden mine was closed in 2017.", "The Halden mine was reopened in 2019."),  # two deeds
        ("The Halden mine was inspected in 2017.", "The Halden mine was inspected in 2019."),  # done again
        ("The rebels captured the Orsk bridge in March.", "Rebel fighters seized the Varn bridge in April."),  # two bridges
    ],
)
def test_one_month_two_years_or_other_deeds_do_not_clash(a: str, b: str) -> None:
    assert _dates(a, b) == []


def _report(a: str, b: str):
    sources = [parse(a, path="a.txt", source_id="a"), parse(b, path="b.txt", source_id="b")]
    return compare_sources(sources, resolve_settings(Mode.semantic))


def test_a_resolved_clause_clashes_and_its_evidence_is_the_text_as_written() -> None:
    report = _report(
        "Rebels said the Tarvo dam was vital to the region. It was seized by government troops in early May.",
        "The army captured the Tarvo dam in late June.",
    )
    found = [j for j in report.judgements if j.verdict is Verdict.CONTRADICT]
    assert [(j.a, j.b, j.kind) for j in found] == [("a:2", "b:1", "date")]
    assert "in May vs in June" in found[0].reasons[0]
    spans = {e.statement: e.text for e in found[0].evidence}
    assert spans["a:2"].startswith("It was seized by government troops")


def test_a_pronoun_read_alike_makes_no_clash() -> None:
    report = _report(
        "Rebels said the Tarvo dam was vital to the region. It was seized by government troops in early May.",
        "The army captured the Tarvo dam in May.",
    )
    assert not [j for j in report.judgements if j.verdict is Verdict.CONTRADICT]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "The Brenn smelter will keep operating until March, the company said.",
            "The company said the Brenn smelter would be shut down.",
            False,
        ),
        ("The Brenn smelter will stay open until the spring.", "The Brenn smelter will be closed.", False),
        ("The Brenn smelter will keep working until the end of June.", "The Brenn smelter will be shut down.", False),
        ("Ferries to Skarn will keep running until midnight.", "Ferries to Skarn will be suspended.", False),
        ("Bus services in Orla were suspended until further notice.", "Bus services in Orla resumed on Friday morning.", True),
        (
            "The Brenn smelter will keep operating, the company said.",
            "The company said the Brenn smelter would be shut down.",
            True,
        ),
        ("The Brenn smelter remained open on Monday.", "The Brenn smelter was closed on Monday.", True),
    ],
)
def test_a_status_told_until_a_time_meets_one_after_it(a: str, b: str, clash: bool) -> None:
    """ "Will keep operating until March" says it will close then: no clash with "would be
    shut" (the statement a pronoun resolved to "the plant" first showed it)."""
    found = [c for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b)) if c.reason.startswith("status of")]
    assert bool(found) is clash


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("The army took the Tarvo dam in May.", True),
        ("Rebels took over the airport on Sunday.", True),
        ("Militia fighters took the town of Selm overnight.", True),
        ("She took the bus to Varna.", False),
        ("The meeting took place at the base.", False),
        ("The governor took part in the talks at the plant.", False),
        ("The commander took Lena Hart to the border.", False),
    ],
)
def test_taking_a_place_is_capturing_it(text: str, captured: bool) -> None:
    verbs = {p.verb for p in claims.claims_of(text).propositions}
    assert ("capture" in verbs) is captured


def _deed_support(a: str, b: str) -> list[str]:
    """Reasons of one deed told alike: by its time ("deed"), or by its doer alone ("subject",
    which the judge takes only of statements close in meaning)."""
    found = claims.supports(claims.claims_of(a), claims.claims_of(b))
    return [
        f"{s.kind}: {s.reason}"
        for s in found
        if s.kind in ("deed", "subject") and s.reason.split()[0] in ("capture", "sack", "lead", "remove")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The army captured the Tarvo dam in May.", "The Tarvo dam was seized by government troops in early May."),
        ("Kestria captured the Orlan plant in April.", "The Orlan facility was seized by Kestrian troops in early April."),
        ("Rebels took over the airport on Sunday.", "The airport was seized by rebels."),  # one doer, no time
        ("Rebels captured the Tarvo dam in March.", "The Tarvo dam was seized by rebel fighters in early March."),
    ],
)
def test_one_deed_done_once_told_alike_is_one_claim(a: str, b: str) -> None:
    found = _deed_support(a, b)
    assert found and found[0].startswith("deed" if "seized by rebels" not in b else "subject")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The army captured the Tarvo dam in May.", "The army captured the Tarvo dam in June."),  # two months
        ("The army captured the Tarvo dam in May.", "The army captured the Orsk dam in May."),  # two dams
        ("The Tarvo dam was captured.", "The Tarvo dam was seized."),  # nothing told alike but the deed
        ("Rebels captured the Tarvo dam in May.", "Ardonian troops captured the Tarvo dam in May."),  # two doers
        ("The coach was sacked on Tuesday.", "The assistant coach was sacked on Tuesday."),  # another one
        ("Dr Ana Pell removed the tumour on Tuesday.", "The tumour was removed on Tuesday."),  # who, told once
        ("Dr Ana Pell led the surgery on Tuesday.", "Dr Ana Pell's colleague led the surgery on Tuesday."),  # another doer
        # a deed in a clause of background: the man is who was arrested, the claim is his name
        (
            "The man arrested on Monday was Piotr Lenz, police said.",
            "The man arrested on Monday was Marek Sola, his lawyer said.",
        ),
    ],
)
def test_a_deed_told_apart_or_bare_is_not_shown_one_claim(a: str, b: str) -> None:
    assert not _deed_support(a, b)


def test_a_clause_read_without_the_clauses_under_it_still_has_its_evidence() -> None:
    report = _report(
        "Kestria captured the Orlan plant in April and has held it since.",
        "The Orlan facility was seized by Kestrian troops in early April.",
    )
    agreed = [j for j in report.judgements if j.verdict is Verdict.AGREE]
    assert agreed and agreed[0].reasons[0].startswith("capture")
    spans = {e.statement: e.text for e in agreed[0].evidence}
    assert spans["a:1"].startswith("Kestria captured the Orlan plant in April")
    assert spans["b:1"].startswith("The Orlan facility was seized")


def test_a_deed_told_of_its_doer_in_two_background_clauses_is_no_agreement() -> None:
    report = _report(
        "The Halvard bridge, which opened in 1974, carried some 40,000 vehicles a day.",
        "Floods of this size have hit the valley four times since the Halvard bridge opened.",
    )
    assert not [j for j in report.judgements if j.verdict is Verdict.AGREE]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("The number of dead rose to 40 on Monday.", "The death toll stood at 25 on Monday.", "killed: 40 vs 25"),
        ("The number of people missing rose to 60.", "Twelve people remain missing.", "missing: 60 vs 12"),
        ("The number of injured climbed to 85.", "Officials said 30 people were injured.", "injured: 85 vs 30"),
    ],
)
def test_the_number_of_the_dead_or_missing_is_a_toll(a: str, b: str, reason: str) -> None:
    found = [c.reason for c in claims.conflicts(claims.claims_of(a), claims.claims_of(b))]
    assert reason in found


def test_the_number_of_anything_else_is_no_toll() -> None:
    assert not claims.claims_of("The number of tourists rose to 3,000 in July.").counts


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("Defence Minister Pavel Orr met his counterpart, Greta Lind, on Monday.", "She resigned in March."),  # two people
        ("The Verin tanker collided with the Osk ferry on Monday.", "It sank two hours later."),  # either ship
        ("After the Melk dam burst, the Orvo canal flooded three villages.", "It was repaired in May."),  # dam or canal
    ],
)
def test_a_pronoun_two_nouns_before_it_fit_is_left(before: str, text: str) -> None:
    assert resolve(text, before) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("By March, rebels had captured the Tesk dam.", "Rebels captured the Tesk dam in February."),  # by, not in
        ("The Tesk mill was sold to June Harlow.", "The Tesk mill was sold in March."),  # a name, not a month
        ("Rebels captured the Kell dam in March 2019.", "The Kell dam was seized by rebels in June 2021."),  # two years
        ("The Kell factory was inspected in March, the union said.", "State officials inspected the Kell factory in June."),
        ("Queen Alma received the ambassador. He left Varna in March.", "Queen Alma left Varna in June."),  # he: who?
    ],
)
def test_months_told_loosely_or_of_other_deeds_do_not_clash(a: str, b: str) -> None:
    report = _report(a, b)
    assert not [j for j in report.judgements if j.verdict is Verdict.CONTRADICT]


@pytest.mark.parametrize(
    "text",
    [
        "The number of dead cattle rose to 300.",
        "The number of injured police officers rose to 14.",
        "The number of people missing from the Orla care home rose to 3.",
    ],
)
def test_the_number_of_a_part_or_of_animals_is_no_toll(text: str) -> None:
    assert not claims.claims_of(text).counts


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "The levy passed on Thursday, although Councillor Brann Ostby voted against it.",
            "The levy passed on Thursday, although Councillor Brann Ostby voted against the levy.",
        ),
        (
            "A parcel bomb exploded in Tessa Marlow's office in Hevrin on Friday, injuring her.",
            "A parcel bomb exploded in Tessa Marlow's office in Hevrin on Friday, injuring Tessa Marlow.",
        ),
        (
            "The driver, Idris Fane, fled the depot on Sunday night and police are still looking for him.",
            "The driver, Idris Fane, fled the depot on Sunday night and police are still looking for Idris Fane.",
        ),
        (
            "Customs officers detained three sailors and questioned them overnight.",  # the figure counted once
            "Customs officers detained three sailors and questioned the sailors overnight.",
        ),
        (
            "The mayor said the governor had misled him.",  # not the governor: "misled himself"
            "The mayor said the governor had misled the mayor.",
        ),
    ],
)
def test_a_pronoun_inside_its_sentence_is_read_as_the_one_noun_before_it_that_fits(text: str, read: str) -> None:
    assert resolve_within(load_parser()(text)) == read


@pytest.mark.parametrize(
    "text",
    [
        "The ministry raised the levy, and parliament approved it on Monday.",  # the ministry or the levy
        "The Halvard Group sued the council after it cancelled the contract.",  # the group or the council
        "Vell detonated the charge, killing Orla Benn as she crossed the bridge.",  # Vell or Orla Benn
        "It is unclear whether the barrier will hold.",  # an empty "it", and opening the sentence
        "Dock workers told the inquiry they had not been paid since May.",  # a subject right after a noun
        "The warden locked the gate and gave her keys to the guard.",  # a possessive
        # a clause not told as fact: refused, negated, a question, a condition
        "The minister declined to confirm that she had signed the order.",
        "The minister would not confirm that she had signed the order.",
        "The minister refused to say whether she had signed the order.",
        "The board will sack the chief executive if he refuses to resign.",
    ],
)
def test_a_pronoun_two_nouns_fit_or_none_is_left_as_written(text: str) -> None:
    assert resolve_within(load_parser()(text)) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Councillor Brann Ostby voted for the levy on Thursday.",
            "The levy passed on Thursday, although Councillor Brann Ostby voted against it.",
        ),
    ],
)
def test_a_clause_with_its_pronoun_resolved_clashes(a: str, b: str) -> None:
    report = _report(a, b)
    assert [j.verdict for j in report.judgements] == [Verdict.CONTRADICT]
