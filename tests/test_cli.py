from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from compare.cli import app

from .conftest import ISW, JAMESTOWN, ROOT

runner = CliRunner()

CALM_A = "Flooding closed the Danube bridge on Monday. About 300 residents were evacuated.\n"
CALM_B = "The Danube bridge was closed by flooding on Monday. Some 300 residents were evacuated, officials said.\n"


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_contradictions_exit_1_and_json_is_one_document() -> None:
    result = invoke("compare", str(ISW), str(JAMESTOWN), "--format", "json")
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "compare-report/1"
    assert doc["summary"]["contradict"] >= 3


def test_no_contradictions_exit_0(tmp_path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(CALM_A)
    b.write_text(CALM_B)
    result = invoke("compare", str(a), str(b))
    assert result.exit_code == 0, result.output
    assert "No contradictions found." in result.stdout


def test_markdown_to_output_file(tmp_path) -> None:
    out = tmp_path / "report.md"
    result = invoke("compare", str(ISW), str(JAMESTOWN), "--format", "markdown", "--output", str(out))
    assert result.exit_code == 1
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Source comparison") and "## Contradictions" in text


def test_rich_report_has_the_sections() -> None:
    result = invoke("compare", str(ISW), str(JAMESTOWN))
    for heading in ("Contradictions", "Agreements", "Only in isw", "Only in jamestown"):
        assert heading in result.stdout


def test_missing_file_is_a_one_line_error(tmp_path) -> None:
    result = invoke("compare", str(ISW), str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "nope.txt: no such file" in result.stderr
    assert "Traceback" not in result.output


def test_one_file_is_a_usage_error() -> None:
    result = invoke("compare", str(ISW))
    assert result.exit_code == 2
    assert "at least two" in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    assert invoke("compare", str(ISW), str(JAMESTOWN), "--format", "xml").exit_code == 2


def test_eval_json() -> None:
    result = invoke("eval", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "compare-eval/1"
    assert 0 <= doc["total"]["link_recall"] <= 1


def test_eval_left_out_scores_each_pair_with_thresholds_chosen_on_the_others(tmp_path) -> None:
    import json as _json

    from compare.evaluate import JUDGE_GRID

    gold = ROOT / "alignments" / "isw-jamestown-2020-09.toml"
    copy = tmp_path / "copy.toml"  # a second gold file: the seed pair again, so each fold has one to choose on
    copy.write_text(gold.read_text().replace('"../seeds/', f'"{ROOT}/seeds/'))
    result = invoke("eval", str(gold), str(copy), "--mode", "lexical", "--left-out", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = _json.loads(result.stdout)
    assert set(doc["left_out"]["choices"]) == {"isw-jamestown-2020-09", "copy"}
    assert all(point in JUDGE_GRID["lexical"] for point in doc["left_out"]["choices"].values())
    assert doc["left_out"]["name"] == "left-out"


def test_main_py_outside_the_environment_says_what_to_install() -> None:
    import subprocess
    import sys

    code = "import sys; sys.modules['typer'] = None; sys.argv = ['main.py', 'compare']; exec(open('main.py').read())"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("compare: error: the package 'typer' is not installed") and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "parses"),
    [
        (["compare", "a.txt", "b.txt"], True),
        (["check", "new.txt", "--store", "s.sqlite"], True),
        (["compare", "a.txt", "b.txt", "--help"], False),
        (["eval", "gold.toml"], False),
        (["sources"], False),
        ([], False),
    ],
)
def test_a_parse_worker_starts_early_only_for_a_comparison(args: list[str], parses: bool) -> None:
    from compare.cli import _parses

    assert _parses(args) is parses
