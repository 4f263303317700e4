"""The HTML report in a real browser: Debian's headless Chromium, driven by playwright (which
never downloads a browser here: no `playwright install`). What a reader sees is checked in the
DOM, the filters and search box are used, and a screenshot is taken.

Skipped with the reason when chromium or playwright is missing, unless COMPARE_REQUIRE_BROWSER=1
(CI sets it), which makes a missing browser a failure.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.output.html import HEADLESS_CHROMIUM_ARGS

from .test_html import FLOOD_A, FLOOD_B

CHROMIUM = os.environ.get("COMPARE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = list(HEADLESS_CHROMIUM_ARGS)


def missing(reason: str) -> None:
    if os.environ.get("COMPARE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"COMPARE_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed (pip install -e '.[test]')")
    if not os.access(CHROMIUM, os.X_OK):
        missing(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The flood pair's report (a contradiction, an agreement, an omission each side), written by the CLI."""
    folder = tmp_path_factory.mktemp("html")
    a, b, out = folder / "a.txt", folder / "b.txt", folder / "report.html"
    a.write_text(FLOOD_A, encoding="utf-8")
    b.write_text(FLOOD_B, encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(a), str(b), "-o", str(out), "--mode", "lexical"])
    assert result.exit_code == 1, result.output
    return out


@pytest.fixture()
def page(browser: Any, page_file: Path) -> Iterator[Any]:
    """The page open at 1280x900, failing the test on any script error, console error (a
    Content Security Policy violation would be one) or request that is not the file itself."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    problems: list[str] = []
    p.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    p.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    p.on("request", lambda r: problems.append(f"request: {r.url}") if r.url != page_file.as_uri() else None)
    p.goto(page_file.as_uri())
    yield p
    context.close()
    assert not problems, problems


def visible_text(p: Any, selector: str) -> str:
    return " ".join(p.locator(selector).inner_text().split())


def test_contradiction_is_shown_side_by_side_with_its_reason(page: Any) -> None:
    pair = page.locator("#contradictions article.pair")
    assert pair.count() == 1 and pair.is_visible()
    text = " ".join(pair.inner_text().split())
    assert "Crews pumped water out of the pumping station for about five hours." in text
    assert "Crews pumped water out of the pumping station for more than nine hours." in text
    assert "'about five hours' ([4, 6] h) vs 'more than nine hours' (>9 h)" in text
    assert page.get_by_text("'about five hours' ([4, 6] h) vs 'more than nine hours' (>9 h)").is_visible()
    sides = pair.locator(".side")
    left, right = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert left and right and left["x"] + left["width"] <= right["x"] and abs(left["y"] - right["y"]) < 2  # side by side
    marks = pair.locator("mark")
    assert [" ".join(m.split()) for m in marks.all_inner_texts()] == ["about five hours", "more than nine hours"]
    background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # the page's own style applied
    assert (
        visible_text(page, "#counts")
        == "1 contradictions · 1 agreements · 0 related · 2 statements only in one source · lexical mode"
    )


def test_section_filter_hides_and_shows_a_section(page: Any) -> None:
    assert page.locator("#filters").is_visible()
    agreements = page.locator("#agreements")
    assert agreements.is_visible()
    page.get_by_label("Agreements (1)").uncheck()
    assert agreements.is_hidden() and page.locator("#contradictions").is_visible()
    page.get_by_label("Agreements (1)").check()
    assert agreements.is_visible()
    page.get_by_label("quantity").uncheck()
    assert page.locator("#contradictions article.pair").is_hidden()


def test_search_box_narrows_to_matching_statements(page: Any) -> None:
    page.locator("#search").fill("sandbags")
    assert page.get_by_text("Volunteers handed out sandbags at the school gym.").is_visible()
    assert page.locator("#contradictions article.pair").is_hidden()
    assert page.get_by_text("The town council will meet on Thursday to discuss repairs.").is_hidden()
    assert visible_text(page, "#shown") == "1 of 4 shown"
    assert page.locator("#contradictions .nomatch").is_visible()
    page.locator("#search").fill("")
    assert page.locator("#contradictions article.pair").is_visible()
    assert visible_text(page, "#shown") == "4 of 4 shown"


def test_without_javascript_everything_is_readable(browser: Any, page_file: Path) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.goto(page_file.as_uri())
    try:
        assert p.locator("#filters").is_hidden()
        for section in ("contradictions", "agreements", "omissions"):
            assert p.locator(f"#{section}").is_visible()
        assert p.get_by_text("The town council will meet on Thursday to discuss repairs.").is_visible()
        note = p.locator("noscript p")  # (playwright's text search skips <noscript>)
        assert note.is_visible() and note.inner_text() == "Filters need JavaScript; every section is shown."
    finally:
        context.close()


def test_screenshot(page: Any, tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    page.screenshot(path=str(png), full_page=True)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1280 and height >= 600, (width, height)
    assert len(data) > 20_000  # a rendered page, not a blank one
