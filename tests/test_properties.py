"""Invariants over reports assembled from real-style sentences (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.models import Verdict
from compare.pipeline import compare_sources
from compare.read.load import parse
from compare.read.segment import segment

SENTENCES = [
    "Russian forces shelled Kharkiv on March 2, killing at least 12 civilians.",
    "The governor said nearly 40 people were wounded in the attack.",
    "Kyiv will likely request more air defense systems next month.",
    "According to the Defense Ministry, no soldiers were killed.",
    "The talks in Istanbul lasted more than three hours.",
    "Turkey closed the Bosphorus to warships on February 28.",
    "Mr. Erdogan described the move as routine, announced long in advance.",
    "The IMF approved a $1.4 billion emergency loan for Ukraine.",
    "Moscow doubled the number of troops near the border.",
    "The Kremlin denied that any invasion was planned.",
    "About 250 protesters gathered in Tbilisi on Sunday.",
    "Officials in Chisinau said the power plant was not damaged.",
]

reports = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6, unique=True).map(" ".join)
fast = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def compare(a: str, b: str):
    return compare_sources([parse(a, path="a.txt", source_id="a"), parse(b, path="b.txt", source_id="b")])


@fast
@given(reports)
def test_a_report_never_contradicts_itself(text: str) -> None:
    report = compare(text, text)
    assert report.count(Verdict.CONTRADICT) == 0
    assert report.omissions == ()


@fast
@given(reports, reports)
def test_swapping_sources_swaps_sides(a: str, b: str) -> None:
    ab = {(j.a.split(":")[1], j.b.split(":")[1]): (j.verdict, j.kind) for j in compare(a, b).judgements}
    ba = {(j.b.split(":")[1], j.a.split(":")[1]): (j.verdict, j.kind) for j in compare(b, a).judgements}
    assert ab == ba


@fast
@given(reports, reports, st.sampled_from(["\n", "  ", " \r\n ", "\t"]))
def test_line_breaks_inside_a_paragraph_do_not_change_verdicts(a: str, b: str, sep: str) -> None:
    before = {(j.a, j.b, j.verdict, j.kind) for j in compare(a, b).judgements}
    after = {(j.a, j.b, j.verdict, j.kind) for j in compare(a.replace(" ", sep), b).judgements}
    assert before == after


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_random_unicode_never_raises_in_load_and_segment(text: str) -> None:
    from compare.errors import InputError

    try:
        src = parse(text, path="r.txt", source_id="r")
    except InputError:
        return
    for s in segment(src):
        assert 0 <= s.start < s.end <= len(text)
