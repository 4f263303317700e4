"""Baselines of reviewed contradictions: `baseline` records them, `compare --baseline` fails only
on new ones, and an entry survives edits elsewhere, renumbering, swapped sources and small edits
inside its statements. Invented reports only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.baseline import FUZZY_JACCARD, SCHEMA, Entry, Side, content_words, fingerprint, load_baseline, match
from compare.cli import app
from compare.errors import InputError

from .conftest import ROOT

runner = CliRunner()

HEAD_A = "Kessel bridge reopens\n\nPublished 2021-04-20\n\n"
HEAD_B = "Barge accident on the Kessel\n\nPublished 2021-04-21\n\n"
CLOSED_A = "The Kessel river bridge was closed to traffic for nearly three days after a barge struck one of its piers."
CLOSED_B = "The Kessel river bridge was closed to traffic for more than six days after a barge struck one of its piers."
ENGINEERS = "Engineers from the county found cracks in two steel beams."
MOVED_A = "About 60 residents of Lomar were moved to a school gym for the night."
MOVED_B = "About 200 residents of Lomar were moved to a school gym for the night."
COST_A = "Repairs will cost about $2 million, the mayor said."
COST_B = "Repairs will cost about $9 million, the mayor said."
DISMISSAL = "b counts every evacuee of the district, a only those at the gym"


def write(folder: Path, a: list[str], b: list[str]) -> tuple[str, str]:
    pa, pb = folder / "a.txt", folder / "b.txt"
    pa.write_text(HEAD_A + "\n".join(a) + "\n", encoding="utf-8")
    pb.write_text(HEAD_B + "\n".join(b) + "\n", encoding="utf-8")
    return str(pa), str(pb)


def compare(*args: str):
    return runner.invoke(app, ["compare", *args, "--mode", "lexical", "--color", "never"])


def record(a: str, b: str, out: Path):
    return runner.invoke(app, ["baseline", a, b, "-o", str(out), "--mode", "lexical"])


def dismiss(path: Path, snippet: str, reason: str) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    hits = [e for e in doc["contradictions"] if any(snippet in s["text"] for s in e["statements"])]
    assert len(hits) == 1
    hits[0]["dismissed"] = reason
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")


def flat(terminal: str) -> str:
    """The terminal report's words, without panel borders and line breaks."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", terminal).split())


def contradictions(result) -> list[dict]:
    return [x for x in json.loads(result.stdout)["alignments"] if x["verdict"] == "contradict"]


@pytest.fixture()
def recorded(tmp_path: Path) -> tuple[str, str, Path]:
    """Two reports with two contradictions, both recorded, one dismissed with a reason."""
    a, b = write(tmp_path, [CLOSED_A, ENGINEERS, MOVED_A], [CLOSED_B, ENGINEERS, MOVED_B])
    assert compare(a, b).exit_code == 1
    base = tmp_path / "baseline.json"
    result = record(a, b, base)
    assert result.exit_code == 0, result.output
    assert result.stderr == f"recorded 2 contradiction(s) in {base}\n"
    dismiss(base, "residents of Lomar", DISMISSAL)
    return a, b, base


def test_the_baseline_file_holds_each_contradiction_with_room_for_a_reason(recorded: tuple[str, str, Path]) -> None:
    doc = json.loads(recorded[2].read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA and [s["id"] for s in doc["sources"]] == ["a", "b"]
    entries = doc["contradictions"]
    assert [e["kind"] for e in entries] == ["quantity", "quantity"]
    closed = next(e for e in entries if "bridge" in e["statements"][0]["text"])
    assert closed["dismissed"] == "" and closed["sources"] == ["a", "b"]
    assert [s["text"] for s in closed["statements"]] == [CLOSED_A, CLOSED_B]
    assert [s["spans"] for s in closed["statements"]] == [["nearly three days"], ["more than six days"]]
    assert len({e["fingerprint"] for e in entries}) == 2


def test_round_trip_baselined_pass_then_a_new_contradiction_fails_naming_only_it(
    recorded: tuple[str, str, Path], tmp_path: Path
) -> None:
    a, b, base = recorded
    again = compare(a, b, "--baseline", str(base))
    assert again.exit_code == 0, again.output
    assert "2 contradictions (2 baselined)" in again.stdout
    assert f"in the baseline: {DISMISSAL}" in flat(again.stdout)
    assert "in the baseline: no reason given" in flat(again.stdout)
    assert "not in the baseline" not in again.stderr

    # edits elsewhere: a sentence before (renumbering), one reworded, and one new contradiction
    write(
        tmp_path,
        ["A long queue of lorries formed on the ring road.", CLOSED_A, ENGINEERS, MOVED_A, COST_A],
        [CLOSED_B, "County engineers say they found cracks in two of the steel beams.", MOVED_B, COST_B],
    )
    changed = compare(a, b, "--baseline", str(base))
    assert changed.exit_code == 1, changed.output
    assert "3 contradictions (2 baselined)" in changed.stdout
    named = [line for line in changed.stderr.splitlines() if "not in the baseline" in line]
    assert named == [f"compare: not in the baseline {base}: a:5 ↔ b:4 (quantity): another number in one sentence: '2' vs '9'"]

    as_json = compare(a, b, "--baseline", str(base), "--format", "json")
    assert as_json.exit_code == 1
    doc = json.loads(as_json.stdout)
    new = [x for x in contradictions(as_json) if not x["baselined"]]
    assert [(x["a"], x["b"]) for x in new] == [("a:5", "b:4")]
    held = {x["a"]: x["dismissed"] for x in contradictions(as_json) if x["baselined"]}
    assert held == {"a:2": "", "a:4": DISMISSAL}
    assert doc["summary"]["baselined"] == 2
    assert doc["baseline"] == {"path": str(base), "entries": 2, "baselined": 2, "new": 1, "unmatched": 0}

    out = tmp_path / "summary.txt"  # a file: lines are never cut at the terminal's width
    assert compare(a, b, "--baseline", str(base), "--summary", "-o", str(out)).exit_code == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("3 contradictions (2 baselined) · ")
    assert lines[1:] == [
        "a:5 ↔ b:4  quantity  another number in one sentence: '2' vs '9'",
        "a:2 ↔ b:1  quantity  [baselined]  'nearly three days' (<3 d) vs 'more than six days' (>6 d)",
        f"a:4 ↔ b:3  quantity  [baselined: {DISMISSAL}]  'About 60' ([48, 72]) vs 'About 200' ([160, 240])",
    ]
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()  # its example is this run
    for line in [*lines, *named]:
        assert line.replace(str(base), "baseline.json") in readme, line


def test_markdown_and_json_lines_mark_the_baselined(recorded: tuple[str, str, Path]) -> None:
    a, b, base = recorded
    md = compare(a, b, "--baseline", str(base), "--format", "markdown")
    assert "### a:3 ↔ b:3 · quantity · baselined (score" in md.stdout
    assert f"- in the baseline: {DISMISSAL}" in md.stdout
    assert "baselined: 2" in md.stdout
    records = [json.loads(line) for line in compare(a, b, "--baseline", str(base), "--format", "jsonl").stdout.splitlines()]
    assert records[0]["baselined"] == 2
    assert {r["a"]: r["baselined"] for r in records[1:] if r.get("verdict") == "contradict"} == {"a:1": True, "a:3": True}


def test_without_a_baseline_the_report_has_no_baseline_fields(recorded: tuple[str, str, Path]) -> None:
    a, b, _ = recorded
    doc = json.loads(compare(a, b, "--format", "json").stdout)
    assert "baseline" not in doc and "baselined" not in doc["summary"]
    assert all("baselined" not in x for x in doc["alignments"])


def test_swapped_sources_still_match(recorded: tuple[str, str, Path]) -> None:
    a, b, base = recorded
    assert compare(b, a, "--baseline", str(base)).exit_code == 0


def test_a_small_edit_inside_a_statement_keeps_its_entry_a_changed_figure_does_not(
    recorded: tuple[str, str, Path], tmp_path: Path
) -> None:
    a, b, base = recorded
    typo = CLOSED_A.replace("to traffic", "to all traffic")
    write(tmp_path, [typo, ENGINEERS, MOVED_A], [CLOSED_B, ENGINEERS, MOVED_B])
    assert compare(a, b, "--baseline", str(base)).exit_code == 0
    other_figure = CLOSED_A.replace("nearly three days", "nearly two days")
    write(tmp_path, [other_figure, ENGINEERS, MOVED_A], [CLOSED_B, ENGINEERS, MOVED_B])
    result = compare(a, b, "--baseline", str(base))
    assert result.exit_code == 1
    assert "a:1 ↔ b:1 (quantity): 'nearly two days'" in result.stderr


def test_re_recording_keeps_the_reasons_and_an_empty_baseline_passes(recorded: tuple[str, str, Path], tmp_path: Path) -> None:
    a, b, base = recorded
    write(tmp_path, ["A long queue of lorries formed on the ring road.", CLOSED_A, MOVED_A], [CLOSED_B, MOVED_B])
    result = record(a, b, base)
    assert result.exit_code == 0 and "1 dismissal reason(s) kept" in result.stderr
    entries = json.loads(base.read_text(encoding="utf-8"))["contradictions"]
    assert sorted(e["dismissed"] for e in entries) == ["", DISMISSAL]
    calm = tmp_path / "calm"
    calm.mkdir()
    ca, cb = write(calm, [ENGINEERS], [ENGINEERS])
    empty = calm / "empty.json"
    assert record(ca, cb, empty).exit_code == 0
    assert json.loads(empty.read_text(encoding="utf-8"))["contradictions"] == []
    assert compare(a, b, "--baseline", str(empty)).exit_code == 1


def test_baseline_without_output_prints_the_document(recorded: tuple[str, str, Path]) -> None:
    a, b, _ = recorded
    result = runner.invoke(app, ["baseline", a, b, "--mode", "lexical"])
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"] == SCHEMA


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such baseline file (record one with `compare baseline A B -o FILE`)"),
        ("{not json", "not a JSON baseline file (Expecting property name enclosed in double quotes at line 1, column 2)"),
        ('{"schema": "compare-report/1"}', "not a compare-baseline/1 baseline file (schema 'compare-report/1')"),
        ("[1, 2]", "not a compare-baseline/1 baseline file (no schema)"),
        ('{"schema": "compare-baseline/1", "contradictions": {}}', "'contradictions' must be a list"),
        (
            '{"schema": "compare-baseline/1", "contradictions": [{"statements": [{"source": "a"}]}]}',
            "contradiction 1: 'statements' must be a list of two statements",
        ),
        ("DIR", "is a directory, not a baseline file"),
    ],
)
def test_a_bad_baseline_file_is_one_line_exit_2(recorded: tuple[str, str, Path], tmp_path: Path, content, problem) -> None:
    a, b, _ = recorded
    bad = tmp_path / "bad.json"
    if content == "DIR":
        bad.mkdir()
    elif content is not None:
        bad.write_text(content, encoding="utf-8")
    result = compare(a, b, "--baseline", str(bad))
    assert result.exit_code == 2, result.output
    assert result.stdout == "" and "Traceback" not in result.output
    assert result.stderr == f"compare: error: {bad}: {problem}\n"


def test_baseline_refuses_to_overwrite_a_file_that_is_not_a_baseline(recorded: tuple[str, str, Path], tmp_path: Path) -> None:
    a, b, _ = recorded
    other = tmp_path / "report.json"
    other.write_text('{"schema": "compare-report/1"}', encoding="utf-8")
    result = record(a, b, other)
    assert result.exit_code == 2 and result.stderr.endswith("(schema 'compare-report/1'); not overwritten\n")
    assert other.read_text(encoding="utf-8") == '{"schema": "compare-report/1"}'
    assert runner.invoke(app, ["baseline", a, "--mode", "lexical"]).exit_code == 2


# -- the fingerprint and the matching rule ----------------------------------------------------------


def side(source: str, text: str, *spans: str) -> Side:
    return Side(source, text, spans)


def entry(kind: str, a: Side, b: Side) -> Entry:
    return Entry(fingerprint(kind, a, b), kind, a, b)


def test_fingerprint_ignores_order_ids_case_and_word_order_but_not_kind_source_or_spans() -> None:
    a = side("a", "The dam released water at dawn on Sunday.", "dawn")
    b = side("b", "The dam released water at noon on Sunday.", "noon")
    base = fingerprint("date", a, b)
    assert fingerprint("date", b, a) == base
    assert fingerprint("date", Side("a", a.text.upper(), ("DAWN",), "a:7"), b) == base
    assert fingerprint("date", side("a", "On Sunday at dawn the dam released water.", "dawn"), b) == base
    assert fingerprint("quantity", a, b) != base
    assert fingerprint("date", side("c", a.text, "dawn"), b) != base
    assert fingerprint("date", side("a", a.text, "Sunday"), b) != base


def test_near_matches_need_same_spans_and_jaccard_at_least_the_threshold() -> None:
    a = side("a", "Crews cleared snow from nine runways at the Holm airport before the storm ended.", "nine runways")
    b = side("b", "Crews cleared snow from four runways at the Holm airport before the storm ended.", "four runways")
    recorded = entry("quantity", a, b)
    words = len(content_words(a.text))
    one_more = side("a", a.text.replace("Crews", "Night crews"), "nine runways")
    assert len(content_words(one_more.text)) == words + 1 and words / (words + 1) >= FUZZY_JACCARD
    assert match([recorded], [entry("quantity", one_more, b)]) == {0: 0}
    assert match([recorded], [entry("quantity", b, one_more)]) == {0: 0}  # swapped sides
    far = side("a", "Crews cleared snow from nine runways.", "nine runways")
    assert match([recorded], [entry("quantity", far, b)]) == {}
    other_span = side("a", a.text.replace("nine", "eight"), "eight runways")
    assert match([recorded], [entry("quantity", other_span, b)]) == {}
    assert match([recorded], [entry("date", one_more, b)]) == {}


def test_each_entry_matches_one_contradiction_exact_first() -> None:
    a = side("a", "Crews cleared snow from nine runways at the Holm airport before the storm ended.", "nine runways")
    b = side("b", "Crews cleared snow from four runways at the Holm airport before the storm ended.", "four runways")
    near = side("a", a.text.replace("Crews", "Night crews"), "nine runways")
    assert match([entry("quantity", a, b)], [entry("quantity", near, b), entry("quantity", a, b)]) == {1: 0}


def test_load_baseline_reads_an_entry_without_a_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "hand.json"
    statements = [{"source": "a", "text": "The dam opened at dawn.", "spans": ["dawn"]}, {"source": "b", "text": "At noon."}]
    path.write_text(json.dumps({"schema": SCHEMA, "contradictions": [{"kind": "date", "statements": statements}]}))
    (e,) = load_baseline(path).entries
    assert e.fingerprint == fingerprint("date", e.a, e.b) and e.dismissed == ""
    with pytest.raises(InputError, match="no such baseline file"):
        load_baseline(tmp_path / "missing.json")
