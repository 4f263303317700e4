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
