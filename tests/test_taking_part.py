"""Taking part or staying out: "took part in the talks", "participated in the strike", "sent a
delegation to the summit", "declined to join", "ruled out taking part", a pronoun that is the
speaker ("the union said they would join"), and a deed told on a condition ("will join the
strike unless ..."). Sentences written for these tests (invented events)."""

from __future__ import annotations

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims  # noqa: E402
from compare.facts.extract import extract  # noqa: E402
from compare.facts.propositions import conditions_apart  # noqa: E402
from compare.models import Statement, Verdict  # noqa: E402

from .test_judge import judge  # noqa: E402

RESTATED = (("cover", 0.95), ("idf", 0.95), ("semantic", 0.95))  # signals of a pair worded alike


def read(text: str) -> list[tuple[str, str, str, frozenset[str]]]:
    return [(p.verb, p.polarity, p.agent, p.core) for p in claims.claims_of(text).propositions]


def negations(a: str, b: str) -> list[str]:
    ca, cb = claims.claims_of(a), claims.claims_of(b)
    return [c.reason for c in (*claims.conflicts(ca, cb), *claims.conflicts(cb, ca)) if c.kind == "negation"]


@pytest.mark.parametrize(
    ("text", "verb", "polarity", "thing"),
    [
        ("The Varn delegation took part in the trade talks.", "attend", "+", "talk"),
        ("Dockers took part in the strike at Pellmouth.", "join", "+", "strike"),
        ("Dockers participated in the strike at Pellmouth.", "join", "+", "strike"),
        ("Ostrava will send a delegation to the water summit.", "attend", "+", "summit"),
        ("The farmers' union declined to join the blockade.", "join", "not", "blockade"),
        ("The rebels have ruled out taking part in the Kessel negotiations.", "attend", "not", "talk"),  # one kind
        ("The Greens will not take part in the budget debate.", "attend", "not", "debate"),
    ],
)
def test_taking_part_is_read_as_one_deed(text: str, verb: str, polarity: str, thing: str) -> None:
    found = [(v, pol) for v, pol, _, core in read(text) if thing in core]
    assert found == [(verb, polarity)]


def test_a_part_of_something_taken_is_no_taking_part() -> None:
    assert not [v for v, *_ in read("The council took part of the meadow for a car park.") if v in ("join", "attend")]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The dockers' union said they would join the strike.", "union"),
        ("The Kessel rebels said they were ready to join the talks.", "rebel"),
        ("The union said it was ready to join the talks.", "union"),
    ],
)
def test_a_pronoun_under_its_speakers_words_is_the_speaker(text: str, doer: str) -> None:
    assert [agent for verb, _, agent, _ in read(text) if verb in ("join", "attend")] == [doer]


def test_a_person_is_not_the_it_of_their_words() -> None:
    read_it = read("The minister said it was ready to join the talks.")
    assert [agent for verb, _, agent, _ in read_it if verb == "attend"] == [""]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "The Varn delegation said it was ready to join the trade talks.",
            "The Varn delegation refused to take part in the trade talks.",
            True,
        ),
        (
            "The rebels will take part in the Kessel negotiations.",
            "The rebels have ruled out taking part in the Kessel negotiations.",
            True,
        ),
        ("Ostrava will send a delegation to the water summit.", "Ostrava will not attend the water summit.", True),
        ("Dockers joined the strike on Tuesday.", "Dockers did not take part in the strike.", True),
        ("The dockers' union said they would join the strike.", "The dockers' union declined to join the strike.", True),
        # someone else, another gathering, a thing sent for another deed
        (
            "The Varn delegation said it was ready to join the trade talks.",
            "The Orm delegation refused to take part in the trade talks.",
            False,
        ),
        ("Dockers joined the strike on Tuesday.", "Drivers did not take part in the strike.", False),
        ("Ostrava will send a delegation to the water summit.", "Ostrava will not sign the summit's declaration.", False),
        ("The dockers said they would join the strike.", "The drivers declined to join the strike.", False),
    ],
)
def test_taking_part_and_staying_out(a: str, b: str, clash: bool) -> None:
    assert bool(negations(a, b)) is clash


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The union will join the strike if wages are frozen.", "if"),
        ("The union will boycott the vote unless the law is changed.", "if"),
        ("The union said it would join the strike.", "+"),
        ("The union would join the strike if wages were frozen.", "if"),
    ],
)
def test_a_deed_on_a_condition_is_not_told_as_done_or_to_come(text: str, polarity: str) -> None:
    assert [pol for verb, pol, *_ in read(text) if verb in ("join", "attend")] == [polarity]


def test_a_condition_met_is_no_clash() -> None:
    assert not negations("The union will join the strike if wages are frozen.", "The union refused to join the strike.")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Greens will boycott the election unless the electoral law is changed.",
            "The Greens will take part in the election.",
        ),
        ("The union will call off the strike if the offer improves.", "The union called off the strike."),
        ("If the talks fail, troops will cross the river at dawn.", "Troops crossed the river at dawn."),
    ],
)
def test_one_deed_told_on_a_condition_and_plainly_is_not_one_claim(a: str, b: str) -> None:
    assert conditions_apart(claims.claims_of(a).propositions, claims.claims_of(b).propositions) is not None
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.RELATED


def test_two_deeds_on_conditions_or_none_are_not_set_apart() -> None:
    a, b = "The union will join the strike on Monday.", "The union will join Monday's strike, its leader said."
    assert conditions_apart(claims.claims_of(a).propositions, claims.claims_of(b).propositions) is None
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Varn minister declined to sign the fishing treaty.", "declined to"),
        ("The port authority declines to say when the quay will reopen.", "declines to"),
        ("Exports of barley declined in March.", None),  # fell: no refusal
    ],
)
def test_declining_to_do_a_thing_is_a_negation_cue(text: str, cue: str | None) -> None:
    st = Statement("a:1", "a", 1, text, 0, len(text), 0)
    assert [n.text for n in extract(st).negations] == ([cue] if cue else [])


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # a pronoun that cannot be the speaker names someone else
        ("Mr Hollis said they would join the strike.", "Mr Hollis refused to join the strike.", False),
        ("Orla Benning said he would attend the hearing.", "Orla Benning did not attend the hearing.", False),
        ("The Hendra Front said they would boycott the vote.", "The Hendra Front took part in the vote.", True),
        # an envoy sent is not the country's president
        ("Norvan sent an envoy to the water summit.", "The Norvan president did not attend the water summit.", False),
        ("Ardan declined to send a delegation to the summit.", "Ardan sent a delegation to the summit.", True),
        # a strike gone on is one taken part in
        ("Pilots at Aerovan did not take part in Friday's strike.", "Pilots at Aerovan went on strike on Friday.", True),
        # ruling out, and leaving open
        ("The Kelso council has ruled out joining the strike.", "The Kelso council will join the strike.", True),
        ("The rebels have not ruled out taking part in the talks.", "The rebels refused to take part in the talks.", False),
        ("The Tavro Alliance threatened to boycott the vote.", "The Tavro Alliance took part in the vote.", False),
        # "whether or not" is no condition; other years; two debates
        ("The union will join the strike, whether or not wages are frozen.", "The union will not join the strike.", True),
        (
            "The Ostin council took part in the fair last year.",
            "The Ostin council did not take part in the fair this year.",
            False,
        ),
        (
            "The Ostin council took part in the debate on pensions.",
            "The Ostin council did not take part in the debate on taxes.",
            False,
        ),
    ],
)
def test_who_took_part_and_when(a: str, b: str, clash: bool) -> None:
    assert bool(negations(a, b)) is clash


def test_one_deed_done_and_not_done_is_never_restated_whoever_does_it() -> None:
    a, b = "Osric Tam said they would boycott the vote.", "Osric Tam took part in the vote."
    assert judge(a, b, 0.9, RESTATED).verdict is not Verdict.AGREE


def test_declined_and_refused_to_do_one_deed_is_one_claim() -> None:
    a, b = "The Varn minister declined to sign the fishing treaty.", "The Varn minister refused to sign the fishing treaty."
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # "even if", "as if" and "asked if" are no conditions
        ("The Sarn union will join the strike even if talks succeed.", "The Sarn union will not join the strike.", True),
        # a spokesman speaks for another; "he" is not a wife
        (
            "Ulla Brenn's spokesman said she would not attend the hearing.",
            "Ulla Brenn's spokesman will attend the hearing.",
            False,
        ),
        ("Dorn's wife said he would attend the funeral.", "Dorn's wife will not attend the funeral.", False),
        # a hunger strike is one's own; two sittings of one gathering
        ("Ivo Kort went on hunger strike in prison.", "Ivo Kort did not join the dockers' strike.", False),
        ("Senator Lund took part in the morning session.", "Senator Lund did not take part in the afternoon session.", False),
    ],
)
def test_conditions_speakers_and_gatherings_told_apart(a: str, b: str, clash: bool) -> None:
    assert bool(negations(a, b)) is clash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Asked if the Sarn union would join the strike, its leader said it would.", "The Sarn union will join the strike."),
        ("The Sarn union will join the strike even if wages are raised.", "The Sarn union will join the strike."),
        ("Ivo Kort attended the hearing as if nothing had happened.", "Ivo Kort attended the hearing."),
    ],
)
def test_no_condition_is_set_apart_where_none_is_told(a: str, b: str) -> None:
    assert conditions_apart(claims.claims_of(a).propositions, claims.claims_of(b).propositions) is None


@pytest.mark.parametrize(
    ("text", "verb", "polarity"),
    [
        ("The Varn government rejected calls to negotiate with the striking nurses.", "negotiate", "not"),
        ("The minister turned down an invitation to join the trade talks.", "attend", "not"),
        ("Orsk accepted an invitation to join the trade talks.", "attend", "+"),
        ("The UN renewed calls to negotiate with the rebels.", "negotiate", "if"),  # asked for, not told
        ("The Varn government said it was willing to sit down with the nurses.", "negotiate", "+"),
    ],
)
def test_a_deed_asked_for_is_told_by_what_becomes_of_the_asking(text: str, verb: str, polarity: str) -> None:
    assert [pol for v, pol, *_ in read(text) if v == verb] == [polarity]


def test_a_deed_done_with_other_partners_is_another_deed() -> None:
    a = "The Varn government said it was willing to sit down with the nurses."
    assert not negations(a, "The Varn government rejected calls to negotiate with the doctors.")
    assert negations(a, "The Varn government rejected calls to negotiate with the nurses.")


def stances(text: str) -> list[tuple[str, str, bool]]:
    return [(s.holder.text, s.thing.text, s.support) for s in claims.claims_of(text).stances]


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("The Orsk dockers' union is open to talks with the port authority.", True),
        ("The Orsk dockers' union said it was ready for talks with the port authority.", True),
        ("The Orsk dockers' union is not ready for talks with the port authority.", False),
        ("The Orsk dockers' union has ruled out talks with the port authority.", False),
    ],
)
def test_open_to_a_thing_or_ruling_it_out_is_a_stance(text: str, support: bool) -> None:
    assert [s for *_, s in stances(text)] == [support]


def test_open_to_talks_and_ruling_them_out_clash() -> None:
    a, b = (
        "The Orsk dockers' union is open to talks with the port authority.",
        "The Orsk dockers' union has ruled out talks with the port authority.",
    )
    assert judge(a, b).verdict is Verdict.CONTRADICT
    assert judge(a, "Harbour pilots have ruled out talks with the port authority.").verdict is not Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("The Brask family sat down with a cup of tea.", "The Brask family refused to negotiate.", False),
        (
            "The Varn firm cooperated with investigators and the police.",
            "The Varn firm refused to cooperate with the police.",
            True,
        ),
        (
            "The mayor of Ledra did not decline an invitation to attend the ceremony.",
            "The mayor of Ledra did not attend the ceremony.",
            False,
        ),
        ("An offer to buy the Ledra club was rejected by its owners.", "The owners of the Ledra club bought the club.", False),
    ],
)
def test_partners_offers_and_invitations(a: str, b: str, clash: bool) -> None:
    assert bool(negations(a, b)) is clash


@pytest.mark.parametrize(
    "text",
    [
        "The city of Ledra is ready for winter.",
        "The Ledra museum is open to the public.",
        "The Verran Party was once open to talks.",
        "Mr Tandy was open to a coalition with the Greens in 2019.",
    ],
)
def test_open_to_what_is_no_proposal_or_at_another_time_is_no_stance(text: str) -> None:
    assert stances(text) == []


def test_calls_for_someone_to_go_are_calls_however_parsed() -> None:
    a, b = "Governor Pell ignored calls to step down.", "Governor Pell has ignored calls for him to step down."
    assert judge(a, b, 0.9, RESTATED).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Dawson signed with the Harbor City Hawks on Tuesday.", "Dawson did not sign with the Riverton Owls.", Verdict.RELATED),
        (
            "Dawson signed with the Harbor City Hawks on Tuesday.",
            "Dawson did not sign with the Harbor City Hawks.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_a_deed_denied_with_other_partners_is_no_denial_of_it(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The Varn government is prepared for negotiations with the rebels.",
            "The Varn government has ruled out negotiations with the rebels.",
            Verdict.CONTRADICT,
        ),
        (
            "The Orsk dockers' union is open to the idea of a merger.",
            "The Orsk dockers' union has ruled out a merger.",
            Verdict.CONTRADICT,
        ),
        ("The city of Ledra is prepared for the storm.", "The city of Ledra has ruled out a curfew.", Verdict.RELATED),
    ],
)
def test_prepared_for_and_open_to_the_idea_of_a_thing(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b).verdict is verdict
