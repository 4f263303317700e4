"""Where each statement starts in its file: `path:line:col` in the terminal report (OSC 8 links
on a colour terminal only), line/column in JSON and Markdown. Columns count characters of the
original file (a BOM is not one), whatever the format: plain text, Markdown, HTML."""

from __future__ import annotations

import codecs
import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from compare.cli import app
from compare.models import Report
from compare.output.export import to_dict, to_markdown
from compare.output.render import render_report
from compare.output.tty import wants_links
from compare.pipeline import compare_sources
from compare.read.load import load, parse

runner = CliRunner()

PLAIN = (
    "Flood on the Arvel\r\n\r\nThe river rose by two metres on Sunday. Crews closed the old bridge.\r"
    "Engineers inspected the dam on Monday.\n\n\tCafé owners in Lérida said the water reached their doors.\n"
)
OTHER = "Arvel flood\n\nThe river rose by three metres on Sunday. Engineers inspected the dam on Monday.\n"


def _report(*texts_and_paths: tuple[str, str]) -> Report:
    sources = [parse(t, path=p, source_id=chr(97 + i)) for i, (t, p) in enumerate(texts_and_paths)]
    return compare_sources(sources)


def _where(report: Report, snippet: str, source: str = "a") -> tuple[int, int]:
    (sid,) = [s.id for s in report.statements if snippet in s.text and s.source == source]
    loc = report.location(sid)
    assert loc is not None
    return loc.line, loc.column


def test_lines_break_at_crlf_cr_and_lf_and_columns_count_characters() -> None:
    report = _report((PLAIN, "flood.txt"), (OTHER, "other.txt"))
    assert _where(report, "The river rose by two") == (3, 1)
    assert _where(report, "Crews closed") == (3, 41)
    assert _where(report, "Engineers inspected the dam on Monday.") == (4, 1)
    assert _where(report, "Café owners") == (6, 2)  # after a tab, counted as one character
    lines = re.split(r"\r\n|\r|\n", PLAIN)
    for st in report.statements:
        loc = report.location(st.id)
        assert loc is not None
        original = PLAIN if st.source == "a" else OTHER
        assert re.split(r"\r\n|\r|\n", original)[loc.line - 1][loc.column - 1 :].startswith(st.text[:12])
    assert lines[5][1:].startswith("Café")


def test_markdown_positions_point_into_the_markdown_source() -> None:
    md = "# Flood\n\nThe **river** rose on *Sunday*. Crews closed the [bridge](http://x.invalid) at noon.\n\n- Engineers inspected the dam.\n"
    report = _report((md, "flood.md"), (OTHER, "other.txt"))
    assert _where(report, "The river rose on Sunday.") == (3, 1)
    assert _where(report, "Crews closed the bridge at noon.") == (3, 33)
    assert _where(report, "Engineers inspected the dam.") == (5, 3)


def test_html_positions_point_into_the_page_source() -> None:
    page = (
        "<html><body>\n<article>\n  <p>The river rose on Sunday.</p>\n"
        "  <p>Crews &amp; engineers closed the bridge.</p>\n</article></body></html>\n"
    )
    report = _report((page, "flood.html"), (OTHER, "other.txt"))
    assert _where(report, "The river rose on Sunday.") == (3, 6)
    assert _where(report, "Crews & engineers") == (4, 6)


def test_columns_count_characters_not_bytes_and_not_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "lerida.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Flood\n\nAt Lérida the river rose. Crews closed the bridge.\n".encode())
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    report = compare_sources([load(path), load(other)])
    assert _where(report, "Crews closed", "lerida") == (3, 27)


def test_json_has_line_and_column_beside_the_offsets() -> None:
    report = _report((PLAIN, "flood.txt"), (OTHER, "other.txt"))
    doc = to_dict(report)
    crews = next(s for s in doc["statements"] if s["text"].startswith("Crews"))
    assert (crews["start"], crews["line"], crews["column"]) == (PLAIN.index("Crews"), 3, 41)
    assert all(isinstance(s["line"], int) and isinstance(s["column"], int) for s in doc["statements"])


def test_markdown_report_gives_path_line_col() -> None:
    report = _report((PLAIN, "flood.txt"), (OTHER, "other.txt"))
    md = to_markdown(report)
    assert "**a:3** · flood.txt:4:1" in md
    assert "**b:2** · other.txt:3:43" in md


def _render(report: Report, *, links: bool, width: int = 80) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=links, color_system="standard" if links else None)
    console.print(render_report(report, links=links))
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 120])
def test_the_terminal_report_shows_positions_as_plain_text_at_80_and_120_columns(width: int) -> None:
    report = _report((PLAIN, "flood.txt"), (OTHER, "other.txt"))
    text = _render(report, links=False, width=width)
    assert "flood.txt:4:1" in text and "other.txt:3:43" in text
    assert "\x1b" not in text
    side = next(line for line in text.splitlines() if "flood.txt:3:1" in line)
    assert "other.txt:3:1" in side  # both sides of a pair, on the line under the ids
    assert all(len(line) <= width for line in text.splitlines())


def test_links_are_osc8_file_urls_only_when_asked() -> None:
    report = _report((PLAIN, "flood.txt"), (OTHER, "other.txt"))
    linked = _render(report, links=True)
    uri = (Path.cwd() / "flood.txt").as_uri()
    assert "\x1b]8;id=" in linked and f";{uri}\x1b\\" in linked
    assert "\x1b]8" not in _render(report, links=False)


def test_a_file_name_cannot_break_out_of_the_link(tmp_path: Path) -> None:
    name = "evil\x1b]8;;http:\x07x.txt"
    report = _report((PLAIN, name), (OTHER, "other.txt"))
    linked = _render(report, links=True)
    assert "\x07" not in linked and "http:\x07" not in linked
    assert "evil%1B%5D8%3B%3Bhttp%3A%07x.txt" in linked


@pytest.mark.parametrize(
    ("console", "expected"),
    [
        (Console(file=io.StringIO(), force_terminal=True, color_system="standard"), True),
        (Console(file=io.StringIO(), force_terminal=True, color_system="standard", no_color=True), False),
        (Console(file=io.StringIO(), force_terminal=True, color_system=None), False),
        (Console(file=io.StringIO()), False),
    ],
)
def test_links_only_on_a_terminal_with_colour(console: Console, expected: bool) -> None:
    assert wants_links(console) is expected


def test_cli_reports_positions_in_every_format_and_no_links_in_a_pipe(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("flood.txt").write_text(PLAIN, encoding="utf-8", newline="")
    Path("other.txt").write_text(OTHER, encoding="utf-8")
    args = ["compare", "flood.txt", "other.txt", "--mode", "lexical"]
    rich = runner.invoke(app, args)
    assert "flood.txt:4:1" in rich.stdout and "\x1b" not in rich.stdout
    doc = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    assert {(s["id"], s["line"], s["column"]) for s in doc["statements"]} >= {("flood:3", 4, 1), ("other:2", 3, 43)}
    assert "flood.txt:4:1" in runner.invoke(app, [*args, "-f", "markdown"]).stdout
    forced = runner.invoke(app, [*args, "--color", "always"])
    assert "\x1b]8;" in forced.stdout and (tmp_path / "flood.txt").as_uri() in forced.stdout
    assert "\x1b]8" not in runner.invoke(app, [*args, "--color", "never"]).stdout
