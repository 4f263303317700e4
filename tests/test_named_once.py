"""Statements linked because each is the one statement of its report to use a name, and close
in meaning (match/stage.py `_named_once_candidates`, AlignConfig.named_once). Sentences written
for these tests; semantic mode (the model is needed)."""

from __future__ import annotations

from dataclasses import replace

from compare.match.settings import Settings
from compare.pipeline import compare_sources
from compare.read.load import parse

from .conftest import encoder_or_skip, judgement

STORM = "A storm hit the coast of Marren on Monday."
FLOOD = "Engineers said the Tollard footbridge collapsed after floodwater scoured away the soil beneath its eastern support."
INQUIRY = "The mayor promised an inquiry into the response."
LORRY = "The Tollard footbridge was brought down by a delivery lorry that hit a pillar, witnesses said."
OTHER = "Heavy rain lashed Marren on Monday. {} Classes were cancelled across the region. The council will hold an inquiry."


def _compare(a: str, b: str, *, named_once: float | None = None):
    settings = Settings.of(encoder_or_skip())
    if named_once is not None:
        settings = replace(settings, align=replace(settings.align, named_once=named_once))
    return compare_sources([parse(a, path="a.txt", source_id="a"), parse(b, path="b.txt", source_id="b")], settings)


def test_the_one_statement_of_each_report_that_names_a_bridge_are_linked() -> None:
    a, b = " ".join([STORM, FLOOD, INQUIRY]), OTHER.format(LORRY)
    j = judgement(_compare(a, b), "Engineers said", "was brought down")
    assert j is not None, "not linked"
    # the aligner alone leaves them apart: they say why the bridge fell two ways
    assert judgement(_compare(a, b, named_once=2.0), "Engineers said", "was brought down") is None


def test_a_name_two_statements_of_a_report_use_links_nothing_by_itself() -> None:
    again = "The Tollard footbridge had been inspected by the county in 2019."
    a, b = " ".join([STORM, FLOOD, again, INQUIRY]), OTHER.format(LORRY)
    assert judgement(_compare(a, b), "Engineers said", "was brought down") is None


def test_one_name_in_statements_far_apart_in_meaning_links_nothing() -> None:
    mural = "Schoolchildren from Tollard painted a mural for the town's library last spring."
    a, b = " ".join([STORM, FLOOD, INQUIRY]), OTHER.format(mural)
    assert judgement(_compare(a, b), "Engineers said", "Schoolchildren") is None
