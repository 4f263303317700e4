from __future__ import annotations

import math

import pytest

from compare.facts.quantities import both_people, bound_far_below, comparable, estimates_apart, find_quantities, overlaps
from compare.facts.text import stem


def one(text: str):
    qs = find_quantities(text)
    assert len(qs) == 1, [q.span.text for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    ("text", "unit", "low", "high", "noun"),
    [
        ("The talks lasted nearly four hours.", "h", 3.4, 4.0, ""),
        ("They spoke for more than four hours.", "h", 4.0, math.inf, ""),
        ("Moscow granted a $1.5 billion state loan.", "USD", 1.5e9, 1.5e9, "loan"),
        ("Kyiv received 1.5 bln dollars in aid.", "USD", 1.5e9, 1.5e9, "aid"),
        ("Police detained at least 12 people on Sunday.", "", 12, math.inf, "detain"),
        ("About 250 protesters gathered downtown.", "", 200, 300, "protest"),
        ("Up to 3,000 troops may deploy.", "", 0, 3000, "soldier"),
        ("Fewer than 50 observers were accredited.", "", 0, 50, "observ"),
        ("Inflation reached 7.5 percent in May.", "%", 7.5, 7.5, "inflat"),
        ("The war killed tens of thousands of civilians.", "", 20000, 100000, "civilian"),
        ("Dozens of soldiers were wounded.", "", 24, 144, "soldier"),
        ("Some €40 million of debt was written off.", "EUR", 32e6, 48e6, "debt"),
        ("Turnout was roughly twenty-five percent.", "%", 20, 30, "turnout"),
        ("The siege lasted almost two weeks.", "wk", 1.7, 2, ""),
        # a lower bound under a negation is an upper one
        ("Turnout in the Orle by-election never rose above 40 percent.", "%", 0, 40, ""),
        ("Inflation did not exceed 2 percent in May.", "%", 0, 2, ""),
        # a figure something topped or surpassed is a lower bound
        ("Donations to the Orme appeal topped 9,000 pledges.", "", 9000, math.inf, "pledg"),
        # currencies named by a word many countries share are money, not a counted noun
        ("The fund paid 210 million crowns in dividends.", "crown", 210e6, 210e6, "dividend"),
        ("The repairs cost 40 million rupees.", "rupee", 40e6, 40e6, ""),
        # "about" a figure told to a digit that is neither 0 nor 5 reaches a tenth, not a fifth
        ("The lira lost roughly 18 percent of its value.", "%", 16.2, 19.8, "valu"),
        ("About 2,300 dockers joined the walkout.", "", 2070, 2530, "docker"),
        ("The fraud cost about 4.7 million crowns.", "crown", 4.23e6, 5.17e6, ""),
        ("Roughly 1.5 million voters stayed home.", "", 1.2e6, 1.8e6, "voter"),
        ("About 12 boats sank.", "", 10.8, 13.2, "vessel"),
        ("About 8 boats sank.", "", 6.4, 9.6, "vessel"),
    ],
)
def test_hedged_intervals(text: str, unit: str, low: float, high: float, noun: str) -> None:
    q = one(text)
    assert q.unit == unit
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)
    assert q.noun == noun


@pytest.mark.parametrize(
    "text",
    ["The COVID-19 vaccine arrived.", "Russia-1 TV aired it in 2020.", "The 5th brigade moved.", "They met one-on-one."],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == ()


def test_frequencies_and_zero_counts() -> None:
    almost = one("They agreed to hold almost monthly drills.")
    every = one("Drills will take place practically every month.")
    assert almost.unit == every.unit == "per month"
    assert overlaps(almost, every)
    none = one("There were no casualties in the blast.")
    wounded = one("At least two were wounded in the blast.")
    assert none.value == 0 and none.noun == "casualty" and wounded.noun == "casualty:injured"
    assert comparable(none, wounded) and not overlaps(none, wounded)


def test_deaths_and_injuries_are_different_counts() -> None:
    killed, injured = find_quantities("Officials said 26 had been killed, with 61 injured.")
    casualties = one("The blast left 15 casualties.")
    assert not comparable(killed, injured)
    assert comparable(killed, casualties) and comparable(injured, casualties)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("meeting privately for nearly four hours", "conferred for more than four hours", False),
        ("at least 12 people were detained", "12 people were detained", True),
        ("nearly 40 soldiers died", "39 soldiers died", True),
        ("about 250 protesters marched", "more than 200 protesters marched", True),
        ("fewer than 100 protesters marched", "more than 500 protesters marched", False),
        ("up to 3,000 troops", "5,000 troops", False),
        ("a $1.5 billion loan", "a $1.5 billion loan", True),
        # miles and kilometres are one length; a converted figure is allowed its rounding
        ("the dam lies 120 miles north of the port", "the dam lies 193 km north of the port", True),
        ("the dam lies 120 miles north of the port", "the dam lies about 150km north of the port", False),
        ("a 50-mile convoy", "an 80-kilometre convoy", True),
        # one thing by other names: jobs and positions
        ("the mill will cut 600 jobs", "about 600 positions will go at the mill", True),
    ],
)
def test_overlap_of_comparable_quantities(a: str, b: str, agree: bool) -> None:
    qa, qb = one(a), one(b)
    assert comparable(qa, qb)
    assert overlaps(qa, qb) is agree
    assert overlaps(qb, qa) is agree


def test_an_age_is_not_a_count() -> None:
    """ "boys younger than 12" gives an age; the count is of the boys."""
    found = find_quantities("Two boys younger than 12 were among the victims.")
    assert [(q.value, q.unit, q.noun) for q in found] == [(2.0, "", "boy"), (12.0, "age", "")]
    assert not comparable(found[1], one("12 people were killed"))
    assert [q.unit for q in find_quantities("Pensioners aged 70 were evacuated first.")] == ["age"]


def test_different_things_are_not_comparable() -> None:
    killed = one("At least 10 people were killed.")
    missing = one("Some 30 people are missing.")
    assert not comparable(killed, missing)
    loan = one("a $10 billion Russian state loan")
    debt = one("a debt of some $350 million")
    assert not comparable(loan, debt)
    assert not comparable(one("for four hours"), one("for four days"))


@pytest.mark.parametrize("text", ["Themonthly report was late.", "The board meets semiannually.", "It is a biweekly paper."])
def test_a_frequency_word_inside_another_word_is_no_frequency(text: str) -> None:
    assert [q for q in find_quantities(text) if q.noun == "frequency"] == []


@pytest.mark.parametrize(
    ("text", "unit"), [("The board meets monthly.", "per month"), ("Ferries sail twice a week.", "per week")]
)
def test_a_frequency_word_is_still_read(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "unit", "low", "high"),
    [
        ("The mayor promised to reopen the bridge within a year.", "yr", 1.0, 1.0),
        ("The hearing lasted nearly an hour.", "h", 0.85, 1.0),
        ("The strike went on for more than a decade.", "decade", 1.0, math.inf),
        ("The truce held for a week.", "wk", 1.0, 1.0),
        ("The bill gives Congress a month to act.", "mo", 1.0, 1.0),
    ],
)
def test_a_or_an_before_a_unit_of_time_is_one_of_it(text: str, unit: str, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.low, q.high) == (1.0, unit, low, high)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("Ferries sail three times a week.", 3.0, "per week"), ("It rains twice a month here.", 2.0, "per month")],
)
def test_a_rate_is_no_span_of_time(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text) if q.noun == "frequency"] == [(value, unit)]
    assert not [q for q in find_quantities(text) if q.unit in ("wk", "mo")]


@pytest.mark.parametrize("text", ["They left half an hour later.", "Tickets cost $5 a month.", "a year-long war"])
def test_no_span_of_time_in_a_part_or_a_price(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit in ("h", "mo", "yr")]


def test_an_area_says_what_it_counts() -> None:
    """ "8,000 hectares of forest" and "5,000 hectares": the area of one burn, whatever covers it."""
    qa, qb = one("The blaze has burned more than 8,000 hectares of forest."), one("The blaze has affected 5,000 hectares.")
    assert comparable(qa, qb) and comparable(qb, qa)
    assert not overlaps(qa, qb)


def test_one_year_and_two_years_do_not_overlap() -> None:
    a, b = one("to rebuild the dam within a year"), one("to rebuild the dam within two years")
    assert comparable(a, b) and not overlaps(a, b)


QUANTITY_TEXTS = [
    "At least 10 people were killed.",
    "Officials said 26 had been killed, with 61 injured.",
    "The blast left 15 casualties.",
    "No one was hurt in the fire.",
    "Some 30 people are missing.",
    "a $10 billion Russian state loan",
    "a debt of some $350 million",
    "meeting privately for nearly four hours",
    "for four days",
    "about 250 protesters marched",
    "Turnout was 55% in the capital.",
    "The convoy covered 40 kilometres in 3 hours.",
    "nearly 40 soldiers died",
    "The board meets twice a month.",
    "The talks lasted nearly an hour.",
]


def test_filing_keys_find_every_comparable_quantity() -> None:
    """The index `Context.with_quantity_like` reads may skip work, never a comparable figure."""
    from compare.facts.quantities import filed_under, looked_up_by

    found = [q for text in QUANTITY_TEXTS for q in find_quantities(text)]
    assert len(found) >= len(QUANTITY_TEXTS)
    pairs = 0
    for a in found:
        for b in found:
            if comparable(a, b):
                pairs += 1
                assert set(looked_up_by(a)) & set(filed_under(b)), (a.span.text, b.span.text)
    assert pairs > len(found)  # some pairs besides each figure with itself


def _interval(low: float, high: float, *, value: float | None = None, low_open: bool = False, high_open: bool = False):
    from compare.models import Quantity, Span

    v = value if value is not None else (low if math.isinf(high) else high)
    return Quantity(Span(0, 1, "x"), v, "", low, high, low_open, high_open, "", "")


def _shelf_intervals() -> list:
    """Figures from sentences, and invented intervals around the edges `overlaps` cares about:
    touching ends (open and closed), values a rounding error apart, zero, huge and open-ended."""
    import random

    found = [q for text in QUANTITY_TEXTS for q in find_quantities(text)]
    rng = random.Random(7)
    edges = [0.0, 1.0, 3.4, 4.0, 10.0, 12.0, 250.0, 300.0, 1e6, 1.5e9, 1.5e9 * (1 + 1e-10), 1e12]
    for _ in range(400):
        a, b = sorted(rng.sample(edges, 2) if rng.random() < 0.7 else [rng.choice(edges)] * 2)
        high = math.inf if rng.random() < 0.15 else b
        found.append(_interval(a, high, low_open=rng.random() < 0.3, high_open=rng.random() < 0.3))
    for _ in range(200):  # points and narrow intervals at random scales
        x = 10 ** rng.uniform(-3, 12)
        found.append(_interval(x, x * (1 + rng.choice([0.0, 0.0, 1e-10, 0.05, 0.5, 3.0]))))
    return found


def test_quantity_shelf_finds_every_overlapping_figure() -> None:
    """`Context.with_quantity_meeting` reads the shelf: it may skip figures that cannot meet
    the one looked up, never one that `overlaps` accepts, and it skips most of the others."""
    from compare.facts.quantities import QuantityShelf

    found = _shelf_intervals()
    shelf = QuantityShelf()
    for k, q in enumerate(found):
        shelf.add(q, k)
    meeting = looked_at = 0
    for a in found:
        returned = shelf.overlapping(a)
        assert len(returned) == len(set(returned))
        looked_at += len(returned)
        for k, b in enumerate(found):
            if overlaps(a, b):
                meeting += 1
                assert k in returned, (a.describe(), b.describe())
    assert meeting > len(found)  # touching and overlapping pairs, not only each with itself
    assert looked_at < 0.5 * len(found) ** 2  # it does not hand back everything


def test_confirmed_figure_lookup_matches_the_full_scan() -> None:
    """The shelf lookup gives the statements the scan of the whole key bucket would keep."""
    from datetime import date

    from compare.match.judge import Context
    from compare.models import Certainty, Facts, Statement

    texts = [
        "The $10 billion loan was signed.",
        "A $1.5 billion loan followed.",
        "Nearly 40 soldiers died.",
        "About 250 soldiers died, officials said.",
        "More than 300 soldiers died in all.",
        "Up to 12 soldiers died on the ridge.",
        "The talks lasted nearly four hours.",
        "They spoke for more than four hours.",
        "Some 30 people are missing.",
    ]
    facts = {}
    statements = {}
    for k, text in enumerate(texts):
        sid = f"a{k}"
        facts[sid] = Facts(sid, (), (), tuple(find_quantities(text)), (), "author", Certainty.ASSERTED, "", ())
        statements[sid] = Statement(sid, "A", k, text, 0, len(text), 0)
    context = Context(statements=statements, facts=facts, published={"A": date(2031, 3, 3)})
    asked = 0
    for f in facts.values():
        for q in f.quantities:
            asked += 1
            scan = [
                g.statement_id
                for g in context.with_quantity_like("A", q)
                if any(comparable(q, t) and overlaps(q, t) for t in g.quantities)
            ]
            shelf = [
                g.statement_id
                for g in context.with_quantity_meeting("A", q)
                if any(comparable(q, t) and overlaps(q, t) for t in g.quantities)
            ]
            assert shelf == scan, q.span.text
            assert f.statement_id in shelf
    assert asked >= len(texts)


def test_a_quotation_closing_inside_a_figure_keeps_its_scale() -> None:
    (q,) = find_quantities("“We will need $7.2” billion, the minister said.")
    assert (q.value, q.unit, q.span.text) == (7_200_000_000.0, "USD", "$7.2” billion")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The rebels turned over two prisoners.", 2.0, 2.0),
        ("The party won over 40 percent of the vote.", 40.0, math.inf),  # "won over" is left a hedge
        ("Rebels handed over 40 prisoners.", 40.0, 40.0),
        ("Over 40 prisoners were freed.", 40.0, math.inf),
        ("The search took over 12 hours.", 12.0, math.inf),
    ],
)
def test_over_after_a_phrasal_verb_is_no_hedge(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high) == (low, high)


def test_arrests_and_detentions_are_one_count() -> None:
    a, b = one("police arrested 14 people after the match"), one("and 40 people were detained")
    assert comparable(a, b) and not overlaps(a, b)
    assert comparable(one("Officers made 30 arrests."), a)


@pytest.mark.parametrize(
    "text",
    ["Workers got three meals a day.", "They work 40 hours a week.", "Deliveries rise to 8 billion cubic metres a year."],
)
def test_a_rate_after_a_count_is_no_span_of_time(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit in ("d", "wk")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Volunteers handed out a hundred and twenty thousand leaflets.", 120000),
        ("Twelve hundred troops were sent north.", 1200),
        ("The ferry carried three hundred fifty passengers.", 350),
        ("About a hundred and five families lost their homes.", 105),
        ("Nine hundred and ninety-nine tickets were sold.", 999),
    ],
)
def test_numbers_in_words_with_hundreds(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert q.value == value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("More than 2,000 houses were damaged.", "Over two thousand homes were damaged."),
        ("The navy sent 800 troops.", "Eight hundred soldiers were sent by the navy."),
        ("The plant has 450 employees.", "The plant has 450 workers."),
    ],
)
def test_synonyms_count_one_thing(a: str, b: str) -> None:
    (qa,), (qb,) = find_quantities(a), find_quantities(b)
    assert comparable(qa, qb) and qa.noun == qb.noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The death toll from the floods has risen to 61, officials said.", "casualty:killed"),
        ("The toll stood at 14 on Monday.", "casualty:killed"),
        ("Officials put the number of wounded at 37.", "casualty:injured"),
        ("The landslide claimed 23 lives.", "casualty:killed"),
        ("Lifeguards saved 23 lives this summer.", "live"),
        ("The storm hit the coast, killing at least 9 people.", "casualty:killed"),
        ("Four fatalities were confirmed.", "casualty:killed"),
    ],
)
def test_tolls_and_lives_count_the_dead(text: str, noun: str) -> None:
    (q,) = find_quantities(text)
    assert q.noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "The survey put its magnitude at 5.2.",
        "Seismologists recorded the tremor at 5.2 on the Richter scale.",
        "A magnitude 5.2 tremor shook the town.",
        "A 5.2-magnitude tremor shook the town.",
    ],
)
def test_an_earthquake_magnitude_is_its_own_unit(text: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.noun) == (5.2, "magnitude", "")


def test_magnitudes_compare_with_each_other_only() -> None:
    (a,), (b,) = find_quantities("It put the magnitude at 6.1."), find_quantities("It measured 4.8 on the Richter scale.")
    assert comparable(a, b) and not overlaps(a, b)
    assert not comparable(a, find_quantities("About 6 people were hurt.")[0])


@pytest.mark.parametrize(
    ("text", "low", "high", "noun"),
    [
        ("About a third of those surveyed were students.", 26.67, 40, "person"),
        ("Roughly one in three of those questioned was a student.", 26.67, 40, "person"),
        ("Two thirds of voters backed the plan.", 60, 73.33, "voter"),
        ("Nearly half of the homes were lost.", 42.5, 50, "house"),
        ("One in four adults smokes.", 22.5, 27.5, ""),
        ("Half the farms in the valley were flooded.", 45, 55, "farm"),  # no "of"
        ("About half their workers walked out.", 40, 60, "worker"),
    ],
)
def test_fractions_are_shares(text: str, low: float, high: float, noun: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == "%" and q.low == pytest.approx(low, abs=0.01) and q.high == pytest.approx(high, abs=0.01) and q.noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "Half an hour later it rained.",
        "It took a quarter of an hour.",
        "Her share was one in a million.",
        "The new ward is half the size of the old one.",  # a ratio of two sizes
        "Half the time the buses ran late.",
    ],
)
def test_no_share_in_a_part_of_a_unit(text: str) -> None:
    assert all(q.unit != "%" for q in find_quantities(text))


def test_a_share_is_of_the_subject_named_before_it() -> None:
    (a,), (b,) = find_quantities("Turnout was just under 45 percent."), find_quantities("Voter turnout stood at 71 percent.")
    assert comparable(a, b) and not overlaps(a, b)
    (c,) = find_quantities("The jobless rate rose to 6.2 percent.")
    assert not comparable(a, c)


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("They spoke about forty minutes before the boarding began.", []),  # a time before something
        ("She proposed the swap three months ago.", []),
        ("Samples will be taken every six hours.", []),  # a rhythm
        ("It hit nine hospitals in the past two years.", []),  # a window of time
        ("The talks lasted three hours before collapsing.", ["three hours"]),  # how long, then what followed
        ("They talked for two hours after dinner.", ["two hours"]),
        ("It took nearly six hours to put out the fire.", ["nearly six hours"]),
        ("The freeze will last at least ten days.", ["at least ten days"]),  # "last" the verb
    ],
)
def test_a_number_of_hours_that_dates_something_is_no_length_of_time(text: str, lengths: list[str]) -> None:
    assert [q.span.text for q in find_quantities(text) if q.unit in ("h", "min", "mo", "d")] == lengths


def test_a_sum_is_of_what_is_said_to_be_worth_it() -> None:
    a, _ = find_quantities("The pipeline deal is worth an estimated $3.1 billion over ten years.")
    (b,) = find_quantities("The pipeline contract is valued at about $1.3 billion, the ministry said.")
    assert (a.noun, b.noun) == ("deal", "contract")
    assert comparable(a, b) and not overlaps(a, b)
    (c,) = find_quantities("The bridge loan is worth $3 billion.")
    assert not comparable(a, c)


@pytest.mark.parametrize(
    "text",
    [
        "The curfew begins at 9 p.m. on Friday.",
        "Polls open at 7:30 am.",
        "It ended at 11 PM.",
        "Sirens sounded at 21:40.",
        "at 7:05.",
    ],
)
def test_a_clock_time_is_no_figure(text: str) -> None:
    assert find_quantities(text) == ()


def test_a_bare_participle_ends_the_counted_noun() -> None:
    (q, _) = find_quantities("The offer was a 3 percent raise spread over two years.")
    assert q.noun == "rise"  # a raise, counted as one kind with a rise (COUNTED_KINDS); not "spread"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police seized more than two tonnes of cocaine aboard the trawler Mistral Grey.", "cocain"),
        ("The fire burned 300 hectares of forest across the valley.", "forest"),
        ("He owns 40 acres near the river.", ""),
        ("They sold 12 past issues of the magazine.", "issu"),
    ],
)
def test_a_preposition_of_place_ends_the_counted_noun(text: str, noun: str) -> None:
    assert find_quantities(text)[0].noun == noun


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Demonstrators kept the site sealed off for a full week.", "a full week", "wk"),
        ("It rained for a whole day.", "a whole day", "d"),
        ("He spent an entire year abroad.", "an entire year", "yr"),
    ],
)
def test_one_whole_unit_of_time_is_a_length(text: str, span: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.span.text, q.value, q.unit) == (span, 1.0, unit)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # what follows "before", "after", "until" is no counted thing
        ("The blockade lasted three days before protesters dispersed.", ""),
        # not after a sum: "after tax" says what the sum is
        ("The firm paid $5 million after tax.", "tax"),
        ("The strike lasted 12 days until workers accepted the offer.", ""),
    ],
)
def test_a_clause_after_a_figure_is_not_what_it_counts(text: str, noun: str) -> None:
    assert find_quantities(text)[0].noun == noun


def test_a_score_with_a_colon_is_still_two_figures() -> None:
    assert [q.value for q in find_quantities("The council voted 3:1 in favour.")] == [3.0, 1.0]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("More than 60 percent of the city's nurses joined the stoppage.", "nurs"),
        ("Rebels hold 12 of the province's 30 villages.", "villag"),
        ("She owns 30 percent of the brothers' shares.", "share"),
        ("It took 40 percent of Ruritania's land.", "land"),
        ("The two presidents' remarks were brief.", "presid"),
    ],
)
def test_a_possessor_is_not_the_counted_thing(text: str, noun: str) -> None:
    assert find_quantities(text)[0].noun == noun


@pytest.mark.parametrize(
    ("text", "low", "high", "noun"),
    [
        ("A 12-year-old girl was among the injured.", 12.0, 12.0, "girl"),
        ("The boy, 12 years old, was treated at the scene.", 12.0, 12.0, "person"),
        ("A six-month-old baby was rescued.", 0.5, 0.5, "babi"),
        ("She travelled with her teenage son.", 13.0, 19.0, "son"),
    ],
)
def test_an_age_is_no_span_of_time(text: str, low: float, high: float, noun: str) -> None:
    (q,) = find_quantities(text)
    assert (q.unit, q.low, q.high, q.noun) == ("age", low, high, noun)


def test_a_span_of_time_before_a_noun_is_still_one() -> None:
    (q,) = find_quantities("A 15-year gas deal was signed on Friday.")
    assert q.unit == "yr"


def test_an_age_and_a_teenager_of_one_kind_compare() -> None:
    (a,) = find_quantities("He travelled with his 11-year-old son.")
    (b,) = find_quantities("He travelled with his teenage son.")
    (c,) = find_quantities("He travelled with his 15-year-old son.")
    assert comparable(a, b) and not overlaps(a, b)
    assert overlaps(b, c)


@pytest.mark.parametrize(
    ("text", "low", "high", "noun"),
    [
        ("Harbour master Piet Vollan, 52, said the channel was closed.", 52.0, 52.0, "person:vollan"),
        ("The 48-year-old union leader Maren Oske called the strike.", 48.0, 48.0, "person:oske"),
        ("Eleven-year-old Juno Berrin was pulled from the river.", 11.0, 11.0, "person:berrin"),
        ("Retired judge Alva Strand, who is in her late sixties, chaired the panel.", 66.0, 69.0, "person:strand"),
        ("A man in his forties, named as Teo Lamar, was arrested.", 40.0, 49.0, "person:lamar"),
        ("Poet Ines Varo, aged 90, read at the ceremony.", 90.0, 90.0, "person:varo"),
        ("Rescuers found a toddler, Mila Dorn, alive in the rubble.", 1.0, 3.0, "person:dorn"),
        ("Painter Oskar Lund, who turned 75 in May, opened the show.", 75.0, 75.0, "person:lund"),
    ],
)
def test_an_age_is_of_the_person_named_next_to_it(text: str, low: float, high: float, noun: str) -> None:
    ages = [q for q in find_quantities(text) if q.unit == "age"]
    assert [(q.low, q.high, q.noun) for q in ages] == [(low, high, noun)]


def test_ages_of_one_person_compare_and_of_two_do_not() -> None:
    (a,) = find_quantities("Harbour master Piet Vollan, 52, said the channel was closed.")
    (b,) = find_quantities("Piet Vollan, a harbour master in his thirties, closed the channel.")
    (c,) = find_quantities("Deputy Aino Kask, 35, said the channel was closed.")
    assert comparable(a, b) and not overlaps(a, b)
    assert not comparable(b, c)


def test_a_number_between_commas_after_a_place_is_no_age() -> None:
    assert [q.unit for q in find_quantities("In Port Sela, 40, mostly fishermen, were evacuated.")] != ["age"]


def test_sums_of_money_with_and_without_what_they_are_are_not_compared() -> None:
    # "the strike cost 600 million crowns" and "210 million crowns in dividends": two sums
    assert not comparable(one("The strike cost 600 million crowns."), one("It paid 210 million crowns in dividends."))


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        # one unit for each measure: weight in tonnes, area in hectares
        ("Officers seized roughly 350 kilograms of heroin.", "t", 0.35),
        ("The blaze burned 12 square kilometres of scrub.", "ha", 1200.0),
        ("The blaze burned 500 acres of scrub.", "ha", 202.34),
    ],
)
def test_units_of_one_measure_are_read_as_one(text: str, unit: str, value: float) -> None:
    q = one(text)
    assert q.unit == unit and q.value == pytest.approx(value, rel=1e-3)


def test_an_area_in_acres_meets_the_same_area_in_hectares() -> None:
    # converted figures are rounded by whoever converts them: widened by 3% each way
    assert overlaps(one("The fire burned 1,000 acres of forest."), one("The fire burned 400 hectares of forest."))
    assert not overlaps(one("The fire burned 800 acres of forest."), one("The fire burned 3,000 hectares of forest."))
    assert not overlaps(one("Police seized two tonnes of cocaine."), one("Police seized 350 kilograms of cocaine."))


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Half a million people fled the city.", 500_000, 500_000, 500_000),
        ("The canvas is worth less than half a million pounds.", 500_000, 0, 500_000),
        ("A quarter of a million commuters were stranded.", 250_000, 250_000, 250_000),
        ("The fund holds a billion dollars.", 1e9, 1e9, 1e9),
        ("Only a few dozen departures were cancelled.", 42, 24, 60),
        ("Several dozen homes were flooded.", 70, 30, 110),
    ],
)
def test_numbers_told_with_a(text: str, value: float, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.low, q.high) == (value, low, high)


def test_a_quarter_of_the_homes_is_still_a_share() -> None:
    (q,) = find_quantities("A quarter of the homes were destroyed.")
    assert (q.value, q.unit) == (25.0, "%")


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # two estimates: their figures, not the ranges their hedges allow
        ("about 600 families were evacuated", "around 400 families were evacuated", True),
        ("roughly 180,000 doses were recalled", "nearly 250,000 doses were recalled", True),
        ("about 20 families were evacuated", "around 24 families were evacuated", False),
        # an estimate against an exact figure or a bound keeps the hedge's range
        ("about 600 families were evacuated", "500 families were evacuated", False),
        ("about 600 families were evacuated", "more than 400 families were evacuated", False),
    ],
)
def test_two_estimates_far_apart(a: str, b: str, apart: bool) -> None:
    qa, qb = one(a), one(b)
    assert comparable(qa, qb)
    assert estimates_apart(qa, qb) is apart
    assert estimates_apart(qb, qa) is apart


@pytest.mark.parametrize(
    ("x", "y", "one_group"),
    [
        ("people", "passengers", True),
        ("residents", "villagers", True),
        ("passengers", "travellers", True),
        ("spectators", "fans", True),
        ("soldiers", "civilians", False),  # two kinds of people
        ("people", "soldiers", False),  # the armed may be the other side
        ("residents", "homes", False),
    ],
)
def test_both_people_tells_one_group_named_two_ways(x: str, y: str, one_group: bool) -> None:
    assert both_people(stem(x), stem(y)) is one_group
    assert both_people(stem(y), stem(x)) is one_group


def test_a_length_is_not_an_area_or_a_volume() -> None:
    # "cubic" and "square" make a unit of length one of volume or area: two measures
    deep, pumped = one("The miners are trapped about 420 metres underground."), one("Pumps drain 400 cubic metres an hour.")
    assert not comparable(deep, pumped)
    assert not comparable(one("The flat has 40 square metres."), one("The wall is 40 metres long."))
    assert comparable(one("Pumps drain 400 cubic metres an hour."), one("Pumps removed 600 cubic metres of water."))


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Pumps are removing about 600 cubic metres of water an hour.", ["about 600"]),
        ("The mine produces 300 tonnes of coal a day.", ["300 tonnes"]),
        ("Prices are rising at 9.4% a year.", ["9.4%"]),
        ("Some 300 people died within a day.", ["Some 300", "a day"]),
        ("The talks lasted an hour.", ["an hour"]),
    ],
)
def test_a_unit_of_time_an_amount_is_per_is_no_length_of_time(text: str, spans: list[str]) -> None:
    assert [q.span.text for q in find_quantities(text)] == spans


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("more than 20 people", "about 100 people", True),
        ("more than 200 protesters", "about 250 protesters", False),
        ("at least 10 rockets", "some 90 rockets", True),
        ("about 30 rockets", "more than 20 rockets", False),
        ("more than 20 people", "more than 107 people", False),  # two bounds: `_two_bounds` in the judge
    ],
)
def test_a_lower_bound_far_below_an_estimate(a: str, b: str, apart: bool) -> None:
    assert bound_far_below(find_quantities(a)[0], find_quantities(b)[0]) is apart


# Figures told in other words (session 44): each reading with sentences of our own.


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Two and a half thousand households were without power.", 2500, ""),
        ("One and a half million people voted on Sunday.", 1.5e6, ""),
        ("The crossing took two and a half hours.", 2.5, "h"),
        ("The mill cut one and a half shifts.", 1.5, ""),
    ],
)
def test_and_a_half_adds_a_half_before_the_scale(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


def test_and_a_half_is_no_share_of_its_own() -> None:
    assert [q.unit for q in find_quantities("The hearing lasted an hour and a half.")] == ["h"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Temperatures in Ostrava reached 38C on Sunday.", 38, 38),
        ("It was 38 °C in the shade at noon.", 38, 38),
        ("Thermometers showed 38°C in the capital.", 38, 38),
        ("The heat topped 38 degrees Celsius in the valley.", 38, math.inf),
        ("Thermometer readings of 100F were taken in the desert town.", 36.8, 38.8),
        ("Temperatures fell to minus 5C overnight.", -5, -5),
        ("It was -12C at dawn in Orsk.", -12, -12),
        ("Highs of 31 degrees C are forecast for Sunday.", 31, 31),
    ],
)
def test_temperatures_are_degrees_celsius(text: str, low: float, high: float) -> None:
    q = one(text)
    assert q.unit == "°C"
    assert (round(q.low, 1), round(q.high, 1)) == (low, high)


def test_a_temperature_meets_the_same_in_other_words() -> None:
    a, b = one("The heat topped 38 degrees Celsius."), one("Thermometers showed over 38C.")
    assert comparable(a, b) and overlaps(a, b)


def test_bare_degrees_and_a_letter_that_is_no_scale() -> None:
    assert one("The road turns 90 degrees at the bridge.").unit != "°C"
    assert find_quantities("Pool C was drawn first.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The passenger in seat 14F was arrested as temperatures soared.",
        "Residents of Apartment 4C were moved out in the cold.",
        "Article 5C of the treaty was cited.",
        "The flat is at 12C Harbour Road.",  # no word of weather at all
    ],
)
def test_a_label_is_no_temperature(text: str) -> None:
    assert all(q.unit != "°C" for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Among the injured was a girl of seven who lived nearby.", "girl"),
        ("A man of 54 drowned in the harbour.", "man"),
        ("A boy of 12 was among the dead.", "boy"),
    ],
)
def test_a_person_of_a_number_is_an_age(text: str, noun: str) -> None:
    q = one(text)
    assert (q.unit, q.noun) == ("age", noun)


@pytest.mark.parametrize("text", ["The son of two retired farmers won the seat.", "A mother of three was among the injured."])
def test_a_person_of_a_number_with_a_noun_or_a_parent_is_no_age(text: str) -> None:
    assert one(text).unit != "age"


def test_a_boy_of_twelve_is_a_twelve_year_old_boy() -> None:
    a, b = one("A boy of 12 was among the dead."), one("The youngest victim was a 12-year-old boy.")
    assert comparable(a, b) and overlaps(a, b)


def test_one_name_before_an_age_set_off_by_commas() -> None:
    q = one("The count hands Marenko, 71, a third term.")  # and "a third term" is no share
    assert (q.unit, q.noun) == ("age", "person:marenko")
    assert find_quantities("However, 40, not 50, were counted.")[0].unit != "age"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Of the 60 miners underground at the time, 41 reached the surface.", "miner"),
        ("Of its nine carriages, four left the rails.", "carriage"),
    ],
)
def test_a_whole_told_first_is_what_a_bare_figure_counts(text: str, noun: str) -> None:
    assert find_quantities(text)[-1].noun == noun


def test_harm_after_a_whole_told_first_is_still_harm() -> None:
    assert find_quantities("Of the 30 passengers, 11 were injured.")[-1].noun == "casualty:injured"


def test_a_share_of_an_owned_thing_counts_the_thing() -> None:
    a = one("The port handles three in ten of Varenia's grain exports.")
    b = one("The port handles 30% of the country's grain exports.")
    assert a.noun == b.noun == "export" and comparable(a, b) and overlaps(a, b)


@pytest.mark.parametrize(
    "text",
    ["The ferry left at seven o'clock.", "The ferry left at half past seven.", "It docked at twenty minutes past nine."],
)
def test_a_time_of_day_in_words_is_no_figure(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Delays ranged from five minutes to two hours.", ["five minutes", "two hours"]),
        ("Waits grew from 10 minutes to 30 minutes.", ["10 minutes", "30 minutes"]),
        ("Up to 3,000 troops may deploy.", ["Up to 3,000"]),
    ],
)
def test_a_length_of_time_to_another_is_no_time_of_day(text: str, spans: list[str]) -> None:
    assert [q.span.text for q in find_quantities(text)] == spans


def test_an_ordinal_before_a_noun_is_no_share() -> None:
    assert find_quantities("It was a fifth straight day of strikes.") == ()
    assert one("Exports fell by a third last year.").value == pytest.approx(100 / 3)


@pytest.mark.parametrize(
    "text",
    ["A quarter voted against the plan.", "Prices fell by a third yesterday.", "Only a tenth reported any symptoms."],
)
def test_a_share_before_a_verb_or_an_adverb_is_a_share(text: str) -> None:
    assert one(text).unit == "%"


def test_a_share_after_and_is_still_a_share() -> None:
    assert [q.span.text for q in find_quantities("Half of the homes were flooded and a third of the roads were shut.")] == [
        "Half",
        "a third",
    ]


def test_dozens_are_a_scale() -> None:
    assert one("Two and a half dozen pupils were sent home.").value == 30


@pytest.mark.parametrize("text", ["Overall, 40, mostly women, were detained.", "Estria, 12, Korvia, 9 were the final scores."])
def test_a_word_before_a_number_between_commas_is_no_surname(text: str) -> None:
    assert all(q.unit != "age" for q in find_quantities(text))


def test_an_age_before_a_surname_is_that_person_s() -> None:
    a, b = one("The 58-year-old Marenko won."), one("Marenko, 58, won.")
    assert a.noun == b.noun == "person:marenko" and comparable(a, b)


def test_carriages_and_coaches_are_one_kind() -> None:
    a, b = one("Three carriages left the rails."), one("Three coaches derailed.")
    assert comparable(a, b)
