"""The `compare` command's output options: formats from the --output extension, CSV and JSON
Lines, --only and --summary, exit-code options, --version and --color. Invented reports only."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app

runner = CliRunner()

FIRE_A = """Harbor Fire in Valdoria

Published 2023-03-02

A fire broke out at the Valdoria harbor warehouse on Tuesday night. Firefighters battled the blaze for nearly three hours \
before it was contained. About 40 workers were evacuated from nearby buildings.
"""
FIRE_B = """Harbor Fire Aftermath

Published 2023-03-03

A fire broke out at the Valdoria harbor warehouse on Tuesday night. Firefighters fought the blaze for more than six hours \
before it was contained. About 40 workers were evacuated from nearby buildings. A local football club donated blankets \
to the evacuated workers.
=HYPERLINK("http://example.invalid","click") was painted on the harbor wall overnight.
"""
CALM_A = "Rain closed the Orvel ferry on Friday. About 120 passengers waited at the pier.\n"
CALM_B = "The Orvel ferry was closed by rain on Friday. Some 120 passengers waited at the pier, the operator said.\n"


@pytest.fixture()
def fire(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FIRE_A, encoding="utf-8")
    b.write_text(FIRE_B, encoding="utf-8")
    return str(a), str(b)


@pytest.fixture()
def calm(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "calm-a.txt", tmp_path / "calm-b.txt"
    a.write_text(CALM_A, encoding="utf-8")
    b.write_text(CALM_B, encoding="utf-8")
    return str(a), str(b)


def run(*args: str):
    return runner.invoke(app, [*args, "--mode", "lexical"] if args and args[0] == "compare" else list(args))


def one_line_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "Traceback" not in result.output
    for w in words:
        assert w in result.stderr


# 1. --output takes the format from its extension ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("r.json", '{\n  "schema": "compare-report/1"'),
        ("r.md", "# Source comparison"),
        ("r.markdown", "# Source comparison"),
        ("r.CSV", "type,a,b,"),
        ("r.jsonl", '{"type": "summary"'),
        ("r.html", "<!DOCTYPE html>"),
        ("r.HTM", "<!DOCTYPE html>"),
        ("r.txt", "compare — where the sources agree"),
        ("report", "compare — where the sources agree"),
    ],
)
def test_output_extension_picks_the_format(fire, tmp_path: Path, name: str, starts: str) -> None:
    out = tmp_path / name
    result = run("compare", *fire, "-o", str(out))
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_format_option_wins_over_the_extension(fire, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = run("compare", *fire, "-f", "markdown", "-o", str(out))
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8").startswith("# Source comparison")


def test_html_output_checks_the_target_before_the_work(fire, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "r.html"
    result = run("compare", *fire, "-o", str(out))
    one_line_error(result, "r.html", "no such folder")


def test_check_refuses_markdown(tmp_path: Path, fire) -> None:
    result = runner.invoke(app, ["check", fire[0], "--store", str(tmp_path / "none.sqlite"), "-f", "markdown"])
    one_line_error(result, "markdown")


# 2. CSV and JSON Lines -----------------------------------------------------------------------


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_alignment_and_omission(fire) -> None:
    result = run("compare", *fire, "-f", "csv")
    assert result.exit_code == 1
    rows = csv_rows(result.stdout)
    doc = json.loads(run("compare", *fire, "-f", "json").stdout)
    assert sum(r["type"] == "alignment" for r in rows) == len(doc["alignments"])
    assert sum(r["type"] == "omission" for r in rows) == len(doc["omissions"])
    contra = next(r for r in rows if r["verdict"] == "contradict")
    assert contra["kind"] == "quantity"
    assert (contra["a_source"], contra["b_source"]) == ("a", "b")
    assert "three hours" in contra["a_text"] and "six hours" in contra["b_text"]
    assert "nearly three hours" in contra["reasons"]
    float(contra["score"])


def test_csv_and_jsonl_say_where_each_statement_starts_and_what_the_baseline_holds(fire, tmp_path: Path) -> None:
    rows = csv_rows(run("compare", *fire, "-f", "csv").stdout)
    contra = next(r for r in rows if r["verdict"] == "contradict")
    path, line, column = contra["a_at"].rsplit(":", 2)
    assert path == fire[0] and int(line) >= 1 and int(column) >= 1
    text = Path(fire[0]).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert text[int(column) - 1 :].startswith(contra["a_text"][:20])
    assert all(r["a_at"] for r in rows) and all(r["b_at"] for r in rows if r["type"] == "alignment")
    assert contra["fingerprint"] == "" and contra["baselined"] == ""  # no baseline asked for
    base = tmp_path / "base.json"
    assert runner.invoke(app, ["baseline", *fire, "-o", str(base), "--mode", "lexical"]).exit_code == 0
    rows = csv_rows(run("compare", *fire, "-f", "csv", "--baseline", str(base)).stdout)
    contra = next(r for r in rows if r["verdict"] == "contradict")
    assert contra["baselined"] == "true" and len(contra["fingerprint"]) >= 8
    records = [json.loads(x) for x in run("compare", *fire, "-f", "jsonl", "--baseline", str(base)).stdout.splitlines()]
    contra_record = next(r for r in records if r.get("verdict") == "contradict")
    assert contra_record["baselined"] is True and contra_record["a_at"] == contra["a_at"]


def test_csv_neutralises_formulas() -> None:
    from compare.output.flat import defuse

    for cell in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx"):
        assert defuse(cell) == "'" + cell
    assert defuse("plain") == "plain"


def test_csv_report_text_cannot_start_a_formula(fire) -> None:
    rows = csv_rows(run("compare", *fire, "-f", "csv").stdout)
    cells = [v for r in rows for v in r.values() if v]
    assert any("HYPERLINK" in c for c in cells)
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def test_jsonl_is_a_summary_then_one_record_a_line(fire) -> None:
    result = run("compare", *fire, "-f", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["type"] == "summary" and records[0]["contradict"] == 1
    assert records[0]["sources"] == ["a", "b"]
    alignments = [r for r in records if r["type"] == "alignment"]
    omissions = [r for r in records if r["type"] == "omission"]
    assert len(alignments) + len(omissions) == len(records) - 1
    contra = next(r for r in alignments if r["verdict"] == "contradict")
    assert {"a", "b", "a_source", "b_source", "a_text", "b_text", "kind", "reasons"} <= contra.keys()
    assert all(o["missing_from"] == ["a"] for o in omissions if o["a_source"] == "b")


# 3. --only and --summary ---------------------------------------------------------------------


def test_only_contradictions_in_the_terminal(fire) -> None:
    result = run("compare", *fire, "--only", "contradictions")
    assert result.exit_code == 1
    assert "Contradictions (1)" in result.stdout
    assert "Agreements" not in result.stdout and "Only in b" not in result.stdout


def test_only_is_repeatable(fire) -> None:
    result = run("compare", *fire, "--only", "agreements", "--only", "omissions")
    assert result.exit_code == 1, "filters never change the exit code"
    assert "Agreements (" in result.stdout and "Only in b" in result.stdout
    assert "Contradictions (" not in result.stdout


@pytest.mark.parametrize(("section", "types"), [("omissions", {"omission"}), ("agreements", {"alignment"})])
def test_only_filters_csv_and_jsonl(fire, section: str, types: set[str]) -> None:
    rows = csv_rows(run("compare", *fire, "-f", "csv", "--only", section).stdout)
    assert rows and {r["type"] for r in rows} == types
    if section == "agreements":
        assert {r["verdict"] for r in rows} == {"agree"}
    records = [json.loads(x) for x in run("compare", *fire, "-f", "jsonl", "--only", section).stdout.splitlines()]
    assert records[0]["type"] == "summary" and {r["type"] for r in records[1:]} == types


def test_only_filters_markdown_but_not_json(fire) -> None:
    md = run("compare", *fire, "-f", "markdown", "--only", "omissions").stdout
    assert "## Only in one source" in md and "## Contradictions" not in md and "## Agreements" not in md
    full = json.loads(run("compare", *fire, "-f", "json").stdout)
    filtered = json.loads(run("compare", *fire, "-f", "json", "--only", "omissions").stdout)
    assert filtered == full


def test_only_related_shows_related_pairs(fire) -> None:
    from dataclasses import replace

    from compare.models import Verdict
    from compare.output.export import to_markdown
    from compare.output.flat import records
    from compare.output.render import render_report, render_to_text
    from compare.output.select import sections
    from compare.pipeline import compare_paths

    report = compare_paths([Path(p) for p in fire])
    first = report.judgements[0]
    report = replace(report, judgements=(replace(first, verdict=Verdict.RELATED, kind=None), *report.judgements[1:]))
    show = sections(["related"])
    assert [(r["a"], r["verdict"]) for r in records(report, show)] == [(first.a, "related")]
    assert "## Related (1)" in to_markdown(report, show) and "## Agreements" not in to_markdown(report, show)
    text = render_to_text(render_report(report, show))
    assert "Related, no verdict (1)" in text and "Contradictions" not in text.split("lexical mode")[1]


def test_summary_is_the_counts_and_one_line_per_contradiction(fire) -> None:
    result = run("compare", *fire, "--summary")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 contradictions · ")
    assert any(line.startswith("a:2 ↔ b:2  quantity  'nearly three hours' (<3 h) vs") for line in lines[1:])
    assert "Firefighters" not in result.stdout


def test_summary_to_a_text_file_keeps_whole_lines(fire, tmp_path: Path) -> None:
    out = tmp_path / "summary.txt"
    result = run("compare", *fire, "--summary", "-o", str(out))
    assert result.exit_code == 1
    assert "'more than six hours' (>6 h)" in out.read_text(encoding="utf-8")


def test_summary_with_a_data_format_is_an_error(fire) -> None:
    one_line_error(run("compare", *fire, "--summary", "-f", "json"), "--summary")


def test_summary_without_contradictions(calm) -> None:
    result = run("compare", *calm, "--summary")
    assert result.exit_code == 0
    assert result.stdout.startswith("0 contradictions")


# 4. --exit-zero and --fail-on ----------------------------------------------------------------


def test_exit_zero_with_contradictions(fire) -> None:
    result = run("compare", *fire, "--exit-zero", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["contradict"] == 1


def test_exit_zero_keeps_errors(fire, tmp_path: Path) -> None:
    one_line_error(run("compare", fire[0], str(tmp_path / "missing.txt"), "--exit-zero"), "missing.txt")


@pytest.mark.parametrize(
    ("kinds", "code"), [(["quantity"], 1), (["date"], 0), (["date", "quantity"], 1), (["Quantity"], 1), (["negation"], 0)]
)
def test_fail_on_kind(fire, kinds: list[str], code: int) -> None:
    args = [a for k in kinds for a in ("--fail-on", k)]
    assert run("compare", *fire, "--summary", *args).exit_code == code


def test_fail_on_without_contradictions(calm) -> None:
    assert run("compare", *calm, "--fail-on", "quantity").exit_code == 0


def test_fail_on_and_exit_zero_together_is_an_error(fire) -> None:
    one_line_error(run("compare", *fire, "--exit-zero", "--fail-on", "quantity"), "--exit-zero", "--fail-on")


def test_fail_on_nonsense_is_an_error(fire) -> None:
    one_line_error(run("compare", *fire, "--fail-on", "1; rm"), "--fail-on")


# 5. --version --------------------------------------------------------------------------------


def test_version_comes_from_the_package_metadata() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"compare {version('compare')}\n"


def test_version_without_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    from compare.cli import package_version

    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert package_version() == "unknown"


# 6. --color ----------------------------------------------------------------------------------

ESC = "\x1b["


@pytest.fixture()
def no_color_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_color_always_colours_a_pipe_even_with_no_color(fire, no_color_env: pytest.MonkeyPatch) -> None:
    no_color_env.setenv("NO_COLOR", "1")
    result = run("compare", *fire, "--summary", "--color", "always")
    assert result.exit_code == 1
    assert ESC + "1;31m1 contradictions" in result.stdout


@pytest.mark.parametrize("how", ["auto", "never"])
def test_color_auto_and_never_are_plain_in_a_pipe(fire, no_color_env: pytest.MonkeyPatch, how: str) -> None:
    result = run("compare", *fire, "--color", how)
    assert result.exit_code == 1
    assert ESC not in result.stdout and "Contradictions (1)" in result.stdout


def test_color_never_is_plain_on_a_forced_terminal(no_color_env: pytest.MonkeyPatch) -> None:
    from compare.cli import Color, stdout_console

    no_color_env.setenv("FORCE_COLOR", "1")
    console = stdout_console(Color.never)
    with console.capture() as cap:
        console.print("[bold]x[/]", style="bold red")
    assert cap.get() == "[bold]x[/]\n"


def test_color_auto_respects_no_color(no_color_env: pytest.MonkeyPatch) -> None:
    from compare.cli import Color, stdout_console

    no_color_env.setenv("NO_COLOR", "1")
    assert stdout_console(Color.auto).no_color
    assert not stdout_console(Color.always).no_color


def test_color_does_not_reach_files(fire, tmp_path: Path) -> None:
    out = tmp_path / "r.txt"
    assert run("compare", *fire, "--color", "always", "-o", str(out)).exit_code == 1
    assert ESC not in out.read_text(encoding="utf-8")


def test_min_confidence_turns_weaker_verdicts_into_related(tmp_path) -> None:
    from compare.models import Verdict
    from compare.pipeline import compare_paths

    from .conftest import ISW, JAMESTOWN

    report = compare_paths([ISW, JAMESTOWN])
    assert {j.confidence for j in report.judgements if j.verdict is not Verdict.RELATED} <= {
        round(x, 2) for x in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0)
    } | {j.confidence for j in report.judgements if any(r.startswith("paraphrase") for r in j.reasons)}
    strong = report.with_min_confidence(0.85)
    kept = [j for j in strong.judgements if j.verdict is not Verdict.RELATED]
    assert kept and all(j.confidence >= 0.85 for j in kept)
    assert len(strong.judgements) == len(report.judgements)  # still linked: only the verdict weakens
    result = CliRunner().invoke(app, ["compare", str(ISW), str(JAMESTOWN), "--mode", "lexical", "--min-confidence", "0.95"])
    assert result.exit_code == 0  # no contradiction is that certain
