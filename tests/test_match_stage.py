"""One path from statements to verdicts: `compare` and `check` judge a pair the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.corpus.check import check_source
from compare.corpus.ingest import ingest_paths
from compare.corpus.store import Store
from compare.models import Verdict
from compare.pipeline import compare_paths
from compare.read.load import load

EARLY = """Port strike enters second week

March 3, 2023

Dock workers at the port of Valmora walked off the job on February 24 over pay.
The union said more than 2,000 members joined the strike.
The harbour authority has not released its shipping figures for February as of this writing.
Talks between the union and the port operator were held on March 1 but ended without a deal.
Container ships are waiting outside the harbour, and two ferry lines cancelled their crossings.
"""
LATE = """Valmora port strike ends after pay deal

March 20, 2023

The strike at the port of Valmora ended on March 18 after the union accepted a pay rise of 6 percent.
About 2,000 dock workers had taken part in the walkout, which began on February 24.
The harbour authority released its shipping figures for February, showing a fall of 30 percent.
Talks on March 1 had failed, the union said.
No ferry crossings were cancelled during the strike, the ferry operators said.
"""


@pytest.fixture
def reports(tmp_path: Path) -> tuple[Path, Path]:
    early, late = tmp_path / "early.txt", tmp_path / "late.txt"
    early.write_text(EARLY)
    late.write_text(LATE)
    return early, late


def verdicts(judgements) -> dict[frozenset[str], tuple[Verdict, str | None]]:
    return {frozenset((j.a, j.b)): (j.verdict, j.kind) for j in judgements}


def test_compare_and_check_give_the_same_verdicts_pair_by_pair(tmp_path: Path, reports) -> None:
    early, late = reports
    compared = verdicts(compare_paths([early, late]).judgements)
    with Store(tmp_path / "s.sqlite") as st:
        ingest_paths(st, [early])
        checked = verdicts(check_source(st, load(late)).judgements)
    assert checked, "the check found nothing to compare"
    assert set(checked) == set(compared)
    for pair, verdict in checked.items():
        assert compared[pair] == verdict, sorted(pair)


def test_a_denial_as_of_writing_is_overtaken_by_a_later_report_in_both_commands(tmp_path: Path, reports) -> None:
    early, late = reports
    pair = frozenset(("early:3", "late:3"))
    assert verdicts(compare_paths([early, late]).judgements)[pair] == (Verdict.RELATED, None)
    with Store(tmp_path / "s.sqlite") as st:
        ingest_paths(st, [early])
        report = check_source(st, load(late))
    (j,) = [j for j in report.judgements if frozenset((j.a, j.b)) == pair]
    assert j.verdict is Verdict.RELATED and j.reasons[0].startswith("time frame: early wrote 'as of this writing'")


def test_a_check_is_a_report_about_its_subject(tmp_path: Path, reports) -> None:
    early, late = reports
    with Store(tmp_path / "s.sqlite") as st:
        ingest_paths(st, [early])
        report = check_source(st, load(late))
    assert report.subject == "late" and report.sources[0].id == "late" and report.searched == 1
    assert [s.id for s in report.sources[1:]] == ["early"]
    assert report.status_of("late:5") is Verdict.CONTRADICT
    assert report.status_of("late:1") in (None, Verdict.RELATED)


TOLLS = """Ferry disaster toll disputed

May 2, 2023

The harbour master said 31 passengers had been killed, with 64 injured.
The regional governor said 44 passengers had been killed in the sinking.
"""


def test_a_report_that_states_both_figures_does_not_contradict_a_copy_of_one_of_them(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TOLLS)
    b.write_text(TOLLS.replace("The harbour master said 31 passengers had been killed, with 64 injured.\n", ""))
    report = compare_paths([a, b])
    assert report.count(Verdict.CONTRADICT) == 0
    # the deleted figure hangs on nothing: b's sentence is a's other one, word for word
    assert not [j for j in report.judgements if "a:1" in (j.a, j.b)]
    assert [o.missing_from for o in report.omissions if o.statement == "a:1"] == [("b",)]


def test_the_review_turns_a_contradiction_both_in_one_report_into_related() -> None:
    from compare.match.judge import Context, _said_by_both
    from compare.models import Judgement, Statement

    texts = {
        "a:1": "Officials said 31 people died.",
        "a:2": "The governor said 44 people died.",
        "b:1": "The governor said 44 people died.",
    }
    statements = {sid: Statement(sid, sid[0], int(sid[2]), t, 0, len(t), 0) for sid, t in texts.items()}
    context = Context(statements=statements, facts={}, published={})
    j = _said_by_both(Judgement("a:1", "b:1", 0.5, Verdict.CONTRADICT, "quantity", ("'31' vs '44'",)), context)
    assert (j.verdict, j.kind) == (Verdict.RELATED, None)
    assert j.reasons[0] == "not between the reports: a says both (a:1 and a:2, which reads as b:1)"


@pytest.mark.parametrize("name", ["isw-2020-09-14.txt", "jamestown-2020-09-25.txt"])
def test_a_seed_report_against_itself_has_no_contradiction(name: str) -> None:
    from .conftest import SEEDS

    report = compare_paths([SEEDS / name, SEEDS / name])
    assert report.count(Verdict.CONTRADICT) == 0


def test_every_statement_is_accounted_for(reports) -> None:
    early, late = reports
    report = compare_paths([early, late])
    acc = report.accounting
    groups = [acc.linked, acc.omitted, acc.without_substance, acc.near, [sid for sid, _ in acc.repeated]]
    ids = [sid for g in groups for sid in g]
    assert sorted(ids) == sorted(s.id for s in report.statements)  # each statement exactly once
    assert set(acc.linked) == {x for j in report.judgements for x in (j.a, j.b)}
    assert set(acc.omitted) == {o.statement for o in report.omissions}


def test_a_sentence_deleted_from_a_copy_is_an_omission_in_semantic_mode(tmp_path: Path, reports) -> None:
    from compare.match.settings import Settings

    from .conftest import encoder_or_skip

    early, _ = reports
    cut = tmp_path / "cut.txt"
    deleted = "Talks between the union and the port operator were held on March 1 but ended without a deal."
    cut.write_text(EARLY.replace(deleted + "\n", ""))
    report = compare_paths([early, cut], Settings.semantic(encoder_or_skip()))
    (sid,) = [s.id for s in report.statements if s.text == deleted]
    assert sid in {o.statement for o in report.omissions}
    assert report.count(Verdict.CONTRADICT) == 0


def test_a_sentence_a_report_repeats_is_one_statement_of_it(tmp_path: Path, reports) -> None:
    early, late = reports
    caption = "Dock workers at the port of Valmora walked off the job on February 24 over pay."
    captioned = tmp_path / "captioned.txt"
    captioned.write_text(EARLY + "\n" + caption + "\n\nThe union's leader spoke to reporters.\n\n" + caption + "\n")
    report = compare_paths([captioned, late])
    first, *again = [s.id for s in report.statements if s.text == caption]
    assert len(again) == 2
    assert report.accounting.repeated == tuple((sid, first) for sid in again)
    touched = {x for j in report.judgements for x in (j.a, j.b)} | {o.statement for o in report.omissions}
    assert first in touched and not touched & set(again)  # linked or omitted once, as its first occurrence
    assert report.accounting.counts()["repeated"] == 2


def test_a_key_point_restated_as_a_bullet_is_a_repeat(tmp_path: Path, reports) -> None:
    _, late = reports
    point = "Dock workers at the port of Valmora walked off the job on February 24 over pay."
    summary = tmp_path / "summary.txt"
    summary.write_text("Key points\n\n- " + point + "\n\n" + EARLY.split("\n\n", 2)[2] + "\n")
    report = compare_paths([summary, late])
    bullet = next(s.id for s in report.statements if s.text == "- " + point)
    body = next(s.id for s in report.statements if s.text == point)
    assert report.accounting.repeated == ((body, bullet),)
