from __future__ import annotations

from datetime import date

import pytest

from compare.facts.entities import mentions, name_key
from compare.facts.extract import attribution_of, certainty_of, extract, frames_of, negation_cues, negation_focus
from compare.models import Certainty, Statement


def stmt(text: str, context: str = "") -> Statement:
    return Statement(id="x:1", source="x", index=1, text=text, start=0, end=len(text), paragraph=0, context=context)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("According to Mr. Peskov, a base was not considered.", "Peskov"),
        ("Kremlin spokesperson Dmitry Peskov said the base was not discussed.", "Dmitry Peskov"),
        ("“Too early,” Mr. Peskov said.", "Peskov"),
        ("The ministry said no one was hurt.", "ministry"),
        ("Two people died, Governor Oleg Sinegubov said.", "Oleg Sinegubov"),
        ("According to the Defense Ministry, 40 drones were downed.", "Defense Ministry"),
        ("Local officials said the bridge was closed.", "local officials"),
        ("The bridge was closed on Monday.", "author"),
        ("He said the bridge was closed.", "author"),
    ],
)
def test_attribution(text: str, who: str) -> None:
    assert attribution_of(text) == who


@pytest.mark.parametrize(
    ("text", "level", "cue"),
    [
        ("Moscow will almost certainly extend the drills.", Certainty.ALMOST_CERTAIN, "almost certainly"),
        ("The Kremlin likely seeks a permanent base.", Certainty.LIKELY, "likely"),
        ("Minsk is unlikely to resist for long.", Certainty.UNLIKELY, "unlikely"),
        ("The strike may have hit a depot.", Certainty.POSSIBLE, "may"),
        ("It seems only a matter of time.", Certainty.POSSIBLE, "It seems"),
        ("Kyiv probably lost the town, though it could retake it.", Certainty.LIKELY, "probably"),
        ("The army withdrew on Tuesday.", Certainty.ASSERTED, ""),
    ],
)
def test_certainty(text: str, level: Certainty, cue: str) -> None:
    assert certainty_of(text) == (level, cue)


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Setting up a Russian military base in Belarus was not considered.", {"militari", "base", "consid"}),
        ("Nobody was arrested, police said.", {"arrest"}),
        ("The minister has not traveled abroad since May.", {"travel", "abroad"}),
        ("Officials denied that troops crossed the border.", {"troop", "cross"}),
        ("The talks ended without a joint statement.", {"joint", "statement"}),
        ("Troops crossed the border at dawn.", set()),
    ],
)
def test_negation_focus(text: str, focus: set[str]) -> None:
    assert set(negation_focus(text, mentions(text))[0]) == focus


def test_framing_cues() -> None:
    frames = {label for label, _ in frames_of("Moscow doubled the exercise, a sharp escalation.")}
    assert frames == {"escalation"}
    frames = {label for label, _ in frames_of("This is a routine drill, announced long in advance.")}
    assert frames == {"routine"}
    frames = {label for label, _ in frames_of("The president praised and congratulated his counterpart.")}
    assert frames == {"reassurance"}


def test_extract_ignores_citation_dates_and_borrows_anaphor_context() -> None:
    s = Statement(
        id="x:2",
        source="x",
        index=2,
        text="This is routine, officials said (TASS, September 14).",
        start=0,
        end=54,
        paragraph=0,
        inline_citations=("(TASS, September 14)",),
        context="The Zapad drill began in Brest.",
    )
    f = extract(s)
    assert f.dates == ()
    assert "@brest" in f.context_tokens and "@zapad" in f.context_tokens
    assert f.attribution == "officials"


def test_a_dateline_gives_no_date_but_keeps_its_place() -> None:
    """Two reports filed on one day share the dateline's date whatever they say: it is not a
    date of what happened. The town they were filed from still links them."""
    text = "BRENLOW, Lutania, May 2 (Northern Wire) - Power was restored to every district on Thursday."
    s = Statement("x:1", "x", 1, text, 0, len(text), 0, inline_citations=("BRENLOW, Lutania, May 2 (Northern Wire) -",))
    f = extract(s, date(2024, 5, 2))
    assert [d.span.text for d in f.dates] == ["on Thursday"]
    assert f.tokens[0] == "@" + name_key("BRENLOW") and not any("lutan" in t for t in f.tokens) and not f.quantities


def test_extract_tokens_fold_names() -> None:
    f = extract(stmt("Alyaksandr Lukashenka met Vladimir Putin in Sochi."))
    assert [t for t in f.tokens if t.startswith("@")] == ["@aliaksandr", "@lukashenka", "@vladimir", "@putin", "@soci"]
    assert "meet" in f.tokens


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The plant reopened on May 4.", ""),
        ("May 4 was the last day of the strike.", ""),
        ("The talks began in May 2021 and ended in June.", ""),
        ("The union may accept the offer.", "may"),
        ("Talks may resume in May.", "may"),
        ("May the best crew win, the captain said.", "May"),
    ],
)
def test_the_month_may_is_not_the_modal_may(text: str, cue: str) -> None:
    assert certainty_of(text)[1] == cue


def test_each_report_reads_its_own_sentence_openers() -> None:
    """A sentence opening with a word its report also writes in lower case opens with that
    word ("Police detained 14 fans" where the report writes "riot police"); the other report's
    words do not count: facts of one report never depend on the reports beside it."""
    from compare.facts.extract import extract_all

    texts = [
        ("a", "Police detained 14 fans after the game."),
        ("a", "Riot police moved in at dusk."),
        ("b", "Police made no arrests."),
    ]
    statements = tuple(Statement(f"{src}:{i}", src, i, t, 0, len(t), 0) for i, (src, t) in enumerate(texts))
    facts = extract_all(statements, ())
    assert "polic" in facts[0].tokens and not facts[0].entities
    assert facts[2].entities and "@police" in facts[2].tokens  # report b never writes "police" in lower case


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Tom Reed was dismissed as Kelby manager on Monday.", False),  # fired from a post
        ("The board dismissed him as head coach on Friday.", False),
        ("The minister dismissed the claims as baseless.", True),  # a claim called false
        ("Officials dismissed the report as fiction.", True),
    ],
)
def test_dismissed_as_a_post_is_no_negation(text: str, negated: bool) -> None:
    assert bool(list(negation_cues(text))) is negated
