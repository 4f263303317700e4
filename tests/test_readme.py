"""The README's example report is the program's own output: every line of the excerpt appears,
in order, in the terminal report of the seed pair (semantic mode, 100 columns)."""

from __future__ import annotations

import io

from rich.console import Console

from compare.match.settings import Settings
from compare.output.render import render_report
from compare.pipeline import compare_paths

from .conftest import ISW, JAMESTOWN, ROOT, encoder_or_skip


def readme_excerpt() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```\ncompare — where the sources agree, contradict and differ") + 4
    block = text[start : text.index("```", start)]
    return [line.rstrip() for line in block.splitlines() if line.strip() and line.strip() != "…"]


def test_the_readme_example_is_what_the_program_prints(monkeypatch) -> None:
    """Run as the README says, from the project folder with relative paths (positions show them)."""
    monkeypatch.chdir(ROOT)
    seeds = [p.relative_to(ROOT) for p in (ISW, JAMESTOWN)]
    report = compare_paths(seeds, Settings.semantic(encoder_or_skip()))
    out = io.StringIO()
    Console(file=out, width=100, color_system=None, markup=False, highlight=False, emoji=False).print(render_report(report))
    printed = [line.rstrip() for line in out.getvalue().splitlines()]
    at = 0
    for line in readme_excerpt():
        assert line in printed[at:], f"README line not in the program's output (in order): {line!r}"
        at = printed.index(line, at) + 1


def test_the_readme_test_command_is_what_ci_runs() -> None:
    """The README's install-and-test command and .ci/run run the same checks and the same pytest line."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "pip install -e '.[test,semantic]'" in line).split(" && ")
    ci_text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci = [line.strip() for line in ci_text.splitlines()]
    for step in ("ruff check .", "ruff format --check .", "mypy"):
        assert step in command and step in ci, step
    assert command[-1] in ci and command[-1].endswith("python -m pytest")
    assert "COMPARE_REQUIRE_SEMANTIC=1" in command[-1] and "COMPARE_REQUIRE_BROWSER=1" in command[-1]
    assert "apt-get install -y -qq chromium" in ci_text  # the browser the HTML report's test needs
