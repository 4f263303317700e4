"""What a reported denial denies (facts/denials.py), and the contradiction between a denial and a
statement of another report that states what it denies, found by meaning (match/denied.py).
Sentences written for these tests about invented events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.match.settings import Settings
from compare.models import Verdict
from compare.pipeline import compare_sources
from compare.read.load import parse

from .conftest import encoder_or_skip, judgement, parser_or_skip_module

parser_or_skip_module()

from compare.facts.claims import load_parser  # noqa: E402
from compare.facts.denials import Denial, denials  # noqa: E402


def denied(text: str) -> tuple[Denial, ...]:
    return denials(load_parser()(text))


@pytest.mark.parametrize(
    ("text", "span", "claim", "negated"),
    [
        # a clause, its "that" left out
        (
            "Harbour officials denied that the tanker had struck the pier.",
            "the tanker had struck the pier",
            "the tanker had struck the pier",
            False,
        ),
        # a gerund names no doer; it is compared as it is
        ("Veldoria denies shelling the market in Orsk.", "shelling the market in Orsk", "shelling the market in Orsk", False),
        # a claim noun and the clause it holds; a pronoun doer is the denier
        (
            "The Ostrian embassy rejected the accusation that it had funded the protests.",
            "it had funded the protests",
            "The Ostrian embassy had funded the protests",
            False,
        ),
        # "of" a claim noun
        (
            "The governor dismissed claims of a cover-up at the depot.",
            "a cover-up at the depot",
            "a cover-up at the depot",
            False,
        ),
        # a deed noun denied outright
        (
            "Kessland denied any involvement in the sabotage.",
            "any involvement in the sabotage",
            "any involvement in the sabotage",
            False,
        ),
        # a denial of a negative claim
        (
            "The agency rejected reports that no food had reached the camp.",
            "no food had reached the camp",
            "no food had reached the camp",
            True,
        ),
        (
            "The mayor denied that the water had not been tested.",
            "the water had not been tested",
            "the water had not been tested",
            True,
        ),
        # a comment set off after the clause is not part of it
        (
            "The warden denied that guards had fired on inmates, saying they had used only batons.",
            "guards had fired on inmates",
            "guards had fired on inmates",
            False,
        ),
        # reports "circulating" are not what the reports hold
        (
            "The ministry rejected as rumours reports circulating online that the dam had cracked.",
            "the dam had cracked",
            "the dam had cracked",
            False,
        ),
        # a claim noun the parser reads as a verb ("Ostrian claims that ...")
        (
            "The army rejected Ostrian claims that a clinic had been shelled, saying drone footage showed it intact.",
            "a clinic had been shelled",
            "a clinic had been shelled",
            False,
        ),
    ],
)
def test_what_a_denial_denies(text: str, span: str, claim: str, negated: bool) -> None:
    assert [(d.span, d.claim, d.negated) for d in denied(text)] == [(span, claim, negated)]


def test_the_words_of_a_denied_claim() -> None:
    (found,) = denied("The warden denied that guards had fired rubber bullets at inmates.")
    assert {"guard", "fire", "rubber", "bullet", "inmate"} <= found.words


@pytest.mark.parametrize(
    "text",
    [
        "The union rejected the offer on Tuesday.",  # an offer is not a claim
        "The board dismissed the chief engineer.",
        "The company rejected the claims.",  # what the claims hold is told elsewhere
        "The mayor did not deny that the bridge was closed.",  # a denial not made
        "The ministry would reject any such report.",
        "Officials are expected to deny the report.",
        "Claims of abuse at the camp were made up of testimony from former guards.",  # consisted of
    ],
)
def test_no_denied_claim(text: str) -> None:
    assert denied(text) == ()


@pytest.mark.parametrize(
    ("text", "span", "by"),
    [
        # a claim called false, with no verb of denial; by whoever says so
        (
            "Reports that the pumping station was flooded are false, the water board said.",
            "the pumping station was flooded",
            "the water board",
        ),
        ("Claims of a cover-up at the depot are baseless.", "a cover-up at the depot", ""),
        # said to be made up
        (
            "Reports that the night shift had walked out were fabricated, the mine's owner said.",
            "the night shift had walked out",
            "the mine's owner",
        ),
        ("Claims that the referee took money were made up, the league said.", "the referee took money", "the league"),
        ("Rumours that the mayor had resigned were pure fabrication, her office said.", "the mayor had resigned", "her office"),
        # called false by a verb of calling, however the parse hangs the words of dismissal
        (
            "The port authority called reports that its pilots had grounded the barge a complete fabrication.",
            "its pilots had grounded the barge",
            "The port authority",
        ),
        (
            "The union dismissed as fabricated the allegation that its officials had taken kickbacks.",
            "its officials had taken kickbacks",
            "The union",
        ),
        (
            "The treasurer branded claims that she had moved the funds abroad baseless.",
            "she had moved the funds abroad",
            "The treasurer",
        ),
        ("The ministry described reports of a cabinet split as lies.", "a cabinet split", "The ministry"),
        (
            "The club branded reports that its coach had been sacked fake news.",
            "its coach had been sacked",
            "The club",
        ),
    ],
)
def test_a_claim_called_false(text: str, span: str, by: str) -> None:
    (found,) = denied(text)
    assert (found.span, found.by) == (span, by)


@pytest.mark.parametrize(
    "text",
    [
        "Reports that the pumping station was flooded are not false, the engineer said.",  # not called false
        "Early reports that the station was flooded were confirmed on Monday.",
        "The figures in the report are false.",  # the report holds no claim told here
        "The mayor called the report a useful start.",  # called something, not false
        "The ministry did not call the reports false.",
        "The board dismissed the harbour master.",
        # a word of dismissal inside the claim, not calling it false
        "The president dismissed the minister over allegations that he had given false evidence to the inquiry.",
        "The minister described the report that the army spread propaganda in Tarn as accurate.",
        "Brask was called to testify about claims that he gave false evidence.",
    ],
)
def test_no_claim_called_false(text: str) -> None:
    assert denied(text) == ()


def test_a_claim_called_false_meets_the_statement_of_it() -> None:
    a = "Water flooded the pumping station at Orne on Sunday night, engineers said."
    b = "Reports that the pumping station at Orne was flooded are false, the water board said."
    j = judgement(_compare(a, b), "Water flooded", "Reports that")
    assert j is not None and j.verdict is Verdict.CONTRADICT and j.kind == "negation", j


def _compare(a: str, b: str):
    settings = Settings.of(encoder_or_skip())
    return compare_sources([parse(a, path="a.txt", source_id="a"), parse(b, path="b.txt", source_id="b")], settings)


SCHOOL = "Shells struck the school in the village on Saturday, the headteacher said."
DENIAL = "The defence ministry rejected claims that shells had hit the village school on Saturday."


def test_a_denial_of_what_the_other_states_is_a_contradiction() -> None:
    report = _compare(SCHOOL, DENIAL)
    j = judgement(report, "Shells struck", "rejected claims")
    assert j is not None and j.verdict is Verdict.CONTRADICT and j.kind == "negation"
    assert any("'shells had hit the village school on Saturday'" in r for r in j.reasons)
    assert any(e.text == "shells had hit the village school on Saturday" for e in j.evidence)


def test_a_denial_meets_a_statement_that_opens_with_a_pronoun() -> None:
    """The statement is compared by its own words, not with the sentence its "He" points back
    to (which the aligner embeds with it)."""
    a = (
        "Colonel Anton Varga, the garrison commander, spoke to reporters outside the town hall in Brezno on Sunday. "
        "He said one shell struck the roof of the town library, which was closed for the weekend."
    )
    b = "The ministry rejected Ostrian claims that the town library had been hit by a shell on Sunday."
    j = judgement(_compare(a, b), "He said one shell", "rejected Ostrian claims")
    assert j is not None and j.verdict is Verdict.CONTRADICT and j.kind == "negation", j


def test_swapping_the_reports_swaps_the_sides() -> None:
    j = judgement(_compare(DENIAL, SCHOOL), "rejected claims", "Shells struck")
    assert j is not None and j.verdict is Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both deny: two denials of one claim never contradict
        (
            "The port authority denied that the tanker had leaked oil.",
            "The operator rejected reports that the tanker had leaked oil.",
        ),
        # the other states the opposite of the denied claim: it agrees with the denial
        ("Inspectors said the tanker had not leaked any oil.", "The operator rejected reports that the tanker had leaked oil."),
        # close to the denied claim's words, about another matter: a licence is not a load
        (
            "The bus was licensed to carry 60 passengers.",
            "The transport ministry rejected reports that the bus had been overloaded, urging people to ignore rumours.",
        ),
        # what the denier says instead
        (
            "The carmaker Brandt said it had cut overtime for workers at its Osterby plant because of weak demand.",
            "The carmaker Brandt denied that it had laid off workers at its Osterby plant.",
        ),
        # one statement reports both sides: it contradicts neither
        (
            "The tanker leaked oil into the bay, the coastguard said.",
            "Fishermen accused the operator of a leak, which it denied.",
        ),
    ],
)
def test_no_contradiction_from_a_denial(a: str, b: str) -> None:
    report = _compare(a, b)
    assert all(j.verdict is not Verdict.CONTRADICT for j in report.judgements)


def test_a_denial_far_from_every_statement_links_nothing() -> None:
    report = _compare(
        "The bridge reopened to traffic on Monday after repairs.\nTolls rose by ten percent.",
        "The ministry rejected claims that the harbour had been mined.",
    )
    assert not report.judgements


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a denial of a negative claim contradicts it
        (
            "Villagers in the valley said no food had reached the camp by Sunday.",
            "The agency rejected reports that no food had reached the camp, saying trucks arrived on Saturday.",
        ),
        # "never imposed" is about the limit, not about the warning the denial denies
        (
            "Internal memos show that inspectors warned the operator about the cracked rail in May and proposed a speed"
            " limit that was never imposed.",
            "The operator denied that inspectors had warned it about the cracked rail before the derailment.",
        ),
    ],
)
def test_the_polarity_a_denial_denies(a: str, b: str) -> None:
    report = _compare(a, b)
    j = judgement(report, a[:20], b[:20])
    assert j is not None and j.verdict is Verdict.CONTRADICT and j.kind == "negation"


def test_check_finds_a_denial_of_what_a_stored_report_states(tmp_path: Path) -> None:
    # the same match stage as compare: a new report's denial meets a stored statement by meaning
    encoder_or_skip()
    stored, new, store = tmp_path / "school.txt", tmp_path / "ministry.txt", tmp_path / "store.sqlite"
    stored.write_text(f"Village school shelled\n\n{SCHOOL}\nThe market reopened on Monday.\n", encoding="utf-8")
    new.write_text(f"Ministry statement\n\n{DENIAL}\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(stored), "--store", str(store), "--mode", "semantic"]).exit_code == 0
    result = runner.invoke(app, ["check", str(new), "--store", str(store), "--mode", "semantic", "-f", "json"])
    assert result.exit_code == 1, result.output  # a contradiction found
    (checked,) = json.loads(result.stdout)["statements"]
    assert checked["status"] == "contradicted"
    (found,) = checked["contradicted_by"]
    assert found["kind"] == "negation" and found["text"] == SCHOOL
    assert "'shells had hit the village school on Saturday'" in found["reasons"][0]


@pytest.mark.parametrize(
    ("text", "span", "whose"),
    [
        ("Halvany dismissed the Drevnian claims as fiction.", "the Drevnian claims", "Drevnian"),
        ("The rebels rejected the army's allegations.", "the army's allegations", "army"),
        ("Orsk rejected Kessa's accusations as absurd.", "Kessa's accusations", "Kessa"),
    ],
)
def test_a_partys_claims_denied_by_their_owner_alone(text: str, span: str, whose: str) -> None:
    (found,) = denied(text)
    assert (found.span, found.whose) == (span, whose)


@pytest.mark.parametrize("text", ["The mayor rejected the bribery allegations.", "The union rejected their claims."])
def test_claims_of_no_party_name_no_owner(text: str) -> None:
    assert all(not d.whose for d in denied(text))


def test_a_denial_of_a_partys_claims_meets_what_that_party_is_said_to_say() -> None:
    a = "Kessa's interior ministry said saboteurs from Norland blew up the Vell rail bridge on Sunday."
    b = "Norland rejected Kessa's allegations as absurd."
    j = judgement(_compare(a, b), "Kessa's interior ministry", "Norland rejected")
    assert j is not None and j.verdict is Verdict.CONTRADICT and j.kind == "negation", j
    assert any("'Kessa's allegations'" in r for r in j.reasons)


def test_a_denial_of_a_partys_claims_meets_what_it_says_under_a_short_name() -> None:
    a = "The bombing of the Orla market was carried out by rebel fighters, the Federal Border Service (FBS) said."
    b = "The rebels dismissed the FBS claims as lies."
    j = judgement(_compare(a, b), "The bombing", "The rebels dismissed")
    assert j is not None and j.verdict is Verdict.CONTRADICT, j


@pytest.mark.parametrize(
    "a",
    [
        "Kessa's prime minister visited the Vell rail bridge on Monday.",  # told by the author, not Kessa's word
        "Orsk said Kessa had moved troops to the Vell rail bridge.",  # names Kessa, told by Orsk
        "Kessa's interior ministry said talks on the Vell rail bridge would resume next week.",  # a plan, not a deed
    ],
)
def test_a_denial_of_a_partys_claims_meets_nothing_that_party_does_not_claim(a: str) -> None:
    b = "Norland rejected Kessa's allegations as absurd."
    j = judgement(_compare(a, b), a[:12], "Norland rejected")
    assert j is None or j.verdict is not Verdict.CONTRADICT, j
