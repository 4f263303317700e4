"""The seed pair end to end: what an analyst must see (DESIGN.md, issue 2)."""

from __future__ import annotations

from compare.models import Verdict

from .conftest import find, judgement, report_of


def test_meeting_length_contradiction(seed_report) -> None:
    j = judgement(seed_report, "meeting privately for nearly four hours", "for more than four hours")
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity")
    assert j.reasons[0] == "'nearly four hours' (<4 h) vs 'more than four hours' (>4 h)"


def test_exercise_framing_contradiction(seed_report) -> None:
    j = judgement(seed_report, "doubled the length of the Slavic Brotherhood", "This is a routine exercise")
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "framing")


def test_basing_assessment_against_official_denial(seed_report) -> None:
    j = judgement(seed_report, "eventual aim of permanent basing", "Setting up a Russian military base")
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "assessment")
    assert "Peskov" in j.reasons[0]


def test_agreements(seed_report) -> None:
    assert judgement(seed_report, "$1.5 billion state loan", "$1.5 billion loan to Belarus").verdict is Verdict.AGREE
    assert judgement(seed_report, "“almost monthly”", "practically every month").verdict is Verdict.AGREE
    troops = judgement(seed_report, "permanent home garrisons", "The troops “would return to their permanent bases")
    assert troops.verdict is Verdict.AGREE


def test_traps_are_not_contradictions(seed_report) -> None:
    assert judgement(seed_report, "permanent home garrisons", "reserve contingent of Russian law enforcement") is None
    loans = judgement(seed_report, "$1.5 billion state loan", "$10 billion Russian state loan")
    assert loans is None or loans.verdict is not Verdict.CONTRADICT


def test_one_person_two_spellings(seed_report) -> None:
    keys = {t for f in seed_report.facts for t in f.tokens if t.startswith("@lukash")}
    assert len(keys) == 1
    full = {
        e.key for f in seed_report.facts for e in f.entities if e.surface in ("Alexander Lukashenko", "Alyaksandr Lukashenka")
    }
    assert len(full) == 1


def test_omissions(seed_report) -> None:
    omitted = {o.statement for o in seed_report.omissions}
    for snippet in ("COVID-19 vaccine", "Astravets nuclear power plant", "withdrew approximately $1 billion", "$350 million"):
        assert find(seed_report, snippet) in omitted, snippet
    assert find(seed_report, "$1.5 billion state loan") not in omitted


def test_every_verdict_carries_reasons(seed_report) -> None:
    for j in seed_report.judgements:
        assert j.reasons, j
        if j.verdict is Verdict.CONTRADICT:
            assert j.kind and j.evidence


def test_three_sources_compare_pairwise() -> None:
    report = report_of(
        "The ceasefire in Idlib began on March 6. Turkish patrols started on the M4 highway.",
        "A ceasefire in Idlib took effect on March 6, officials said. Russian and Turkish patrols began on the M4 highway.",
        "Fighting in Idlib ended with a truce on March 8, the ministry said.",
    )
    assert [s.id for s in report.sources] == ["a", "b", "c"]
    sources_in_links = {(j.a.split(":")[0], j.b.split(":")[0]) for j in report.judgements}
    assert ("a", "b") in sources_in_links
    for o in report.omissions:
        assert report.statement(o.statement).source not in o.missing_from


def test_as_of_writing_in_an_earlier_report_explains_an_apparent_contradiction() -> None:
    from compare.pipeline import compare_sources
    from compare.read.load import parse

    early = parse(
        "May 2, 2022\n\nThe ministry has not released casualty figures for the Mariupol strike as of this writing.",
        path="a.txt",
        source_id="a",
    )
    late = parse(
        "May 9, 2022\n\nThe ministry released casualty figures for the Mariupol strike on May 4.", path="b.txt", source_id="b"
    )
    report = compare_sources([early, late])
    (j,) = report.judgements
    assert j.verdict is Verdict.RELATED
    assert j.reasons[0].startswith("time frame: a wrote 'as of this writing' on 2022-05-02, b on 2022-05-09")


def test_three_reports_group_who_says_what() -> None:
    report = report_of(
        "The two leaders met in Geneva on June 16 for nearly four hours. They agreed to return ambassadors.",
        "Biden and Putin talked in Geneva on June 16 for more than four hours, officials said.",
        "In Geneva on June 16, Putin and Biden spent more than four hours in talks.",
    )
    group = next(g for g in report.groups if len(g.sources) == 3)
    assert group.contradiction
    claims = {p.claim: p.sources for p in group.positions}
    assert claims["nearly four hours (<4 h)"] == ("a",)
    assert set(claims["more than four hours (>4 h)"]) == {"b", "c"}
