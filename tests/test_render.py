from __future__ import annotations

import io

import pytest
from rich.console import Console

from compare.output.export import to_json, to_markdown
from compare.output.render import render_report, safe_text

from .conftest import report_of


def render(report, width: int, color: bool = False) -> str:
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        color_system="truecolor" if color else None,
        force_terminal=color,
        markup=False,
        highlight=False,
        emoji=False,
    )
    console.print(render_report(report))
    return buf.getvalue()


@pytest.mark.parametrize("width", [80, 120])
def test_report_fits_the_terminal(seed_report, width: int) -> None:
    out = render(seed_report, width)
    assert max(len(line) for line in out.splitlines()) <= width
    assert out.index("Contradictions") < out.index("Agreements") < out.index("Only in isw")
    assert "'nearly four hours' (<4 h) vs 'more than four hours' (>4 h)" in " ".join(out.split())


def test_a_narrow_terminal_drops_the_score_from_a_title_rather_than_cut_it(seed_report) -> None:
    titles = [line for line in render(seed_report, 80).splitlines() if line.startswith("╭─ ")]
    assert titles and all(line.endswith("─╮") for line in titles)
    assert not any("score 0─" in line or "confidence 0─" in line for line in titles)
    assert any("confidence" in line and "score" not in line for line in titles)  # the score went first
    wide = [line for line in render(seed_report, 120).splitlines() if line.startswith("╭─ ")]
    assert all("· confidence " in line and "· score " in line for line in wide)


def test_conflicting_spans_are_highlighted(seed_report) -> None:
    out = render(seed_report, 120, color=True)
    assert "\x1b[" in out  # styled
    plain = render(seed_report, 120)
    assert "\x1b" not in plain


HOSTILE_A = (
    "The [bold red]governor[/] said 40 people died in [link=https://evil.example]Kherson[/link] on May 3. "
    "Officials \x1b[2J\x1b]8;;https://evil.example\x07clicked\x1b]8;;\x07 the alarm\r at noon."
)
HOSTILE_B = "The governor said 12 people died in Kherson on May 3, the [italic]ministry[/italic] said."


def test_report_text_is_inert_in_the_terminal() -> None:
    report = report_of(HOSTILE_A, HOSTILE_B)
    out = render(report, 100, color=True)
    assert "[bold red]governor[/]" in " ".join(out.split()) or "[bold red]governor[/]" in out.replace("\n", "")
    assert "\x1b[2J" not in out and "\x1b]8;;https://evil" not in out and "\r" not in out
    assert "Officials clicked the alarm at noon." in out  # escapes dropped at load, text kept


def test_hostile_title_is_shown_inert() -> None:
    report = report_of("Title \x1b[2J[blink]x[/blink]\n\nThe dam broke on May 3 near Nova Kakhovka.", "The dam broke on May 3.")
    out = render(report, 100, color=True)
    assert "\x1b[2J" not in out and "␛[2J[blink]x[/blink]" in out
    assert "\\u001b[2J" in to_json(report)


def test_json_and_markdown_escape_hostile_text() -> None:
    report = report_of(HOSTILE_A, HOSTILE_B)
    js = to_json(report)
    assert "\x1b" not in js and "[bold red]governor[/]" in js
    md = to_markdown(report)
    assert "\x1b" not in md and "\\[bold red\\]" in md


def test_safe_text_maps_controls_to_symbols() -> None:
    assert safe_text("a\x1b[31mb\rc\x00d\u202eе") == "a␛[31mb␍c␀dе"
