"""`--format html`: one self-contained page, every piece of report text escaped. What a browser
shows of it is tested in test_html_browser.py; here the page's markup is read with html.parser."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.models import Evidence, Report, Verdict
from compare.output.html import marked, to_html
from compare.output.render import summary_lines
from compare.output.select import Section

from .conftest import report_of

runner = CliRunner()

FLOOD_A = """Merrow River Flood

Published 2024-04-08

Flooding on the Merrow river closed the Dunmere bridge on Sunday morning. Crews pumped water out of the pumping \
station for about five hours. Volunteers handed out sandbags at the school gym.
"""
FLOOD_B = """Dunmere Bridge Shut

Published 2024-04-09

Flooding on the Merrow river shut the Dunmere bridge early on Sunday. Crews pumped water out of the pumping station \
for more than nine hours. The town council will meet on Thursday to discuss repairs.
"""


class Page(HTMLParser):
    """The tags, attributes, text and raw contents of <script> and <style> of a page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self.text: list[str] = []
        self._in: str | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)
        else:
            self.text.append(data)

    def names(self) -> list[str]:
        return [t for t, _ in self.tags]

    def attrs(self, name: str) -> list[str]:
        return [a[name] or "" for _, a in self.tags if name in a]

    def plain(self) -> str:
        return " ".join("".join(self.text).split())


@pytest.fixture(scope="module")
def flood() -> Report:
    return report_of(FLOOD_A, FLOOD_B)


def test_cli_writes_html_to_stdout_and_to_a_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FLOOD_A, encoding="utf-8")
    b.write_text(FLOOD_B, encoding="utf-8")
    printed = runner.invoke(app, ["compare", str(a), str(b), "--format", "html", "--mode", "lexical"])
    assert printed.exit_code == 1, printed.output
    assert printed.stdout.startswith("<!DOCTYPE html>") and printed.stdout.rstrip().endswith("</html>")
    out = tmp_path / "r.html"
    written = runner.invoke(app, ["compare", str(a), str(b), "-o", str(out), "--mode", "lexical"])
    assert written.exit_code == 1 and written.stdout == ""
    assert out.read_text(encoding="utf-8") == printed.stdout


def test_summary_does_not_go_with_html(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FLOOD_A, encoding="utf-8")
    b.write_text(FLOOD_B, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(a), str(b), "-f", "html", "--summary", "--mode", "lexical"])
    assert result.exit_code == 2 and "html" in result.stderr


def test_the_page_is_self_contained(flood: Report) -> None:
    text = to_html(flood)
    page = Page(text)
    assert not {"link", "img", "iframe", "object", "embed", "base", "form", "audio", "video", "source"} & set(page.names())
    assert page.names().count("script") == 1 and page.names().count("style") == 1
    assert not page.attrs("src") and not page.attrs("href")
    assert not re.search(r"https?:|//[a-z]|@import|url\(|@font-face", text, re.I)


def test_the_policy_admits_exactly_the_page_own_style_and_script(flood: Report) -> None:
    page = Page(to_html(flood))
    (csp,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp
    for kind in ("style", "script"):
        (body,) = page.raw[kind]
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        assert f"{kind}-src 'sha256-{digest}'" in csp


def test_header_sections_and_count_line_as_in_the_terminal(flood: Report) -> None:
    page = Page(to_html(flood))
    plain = page.plain()
    assert summary_lines(flood)[0].plain in plain  # the count line, word for word
    assert "Merrow River Flood" in plain and "2024-04-09" in plain
    sections = page.attrs("data-section")
    assert sections == ["contradictions", "agreements", "related", "omissions"]
    assert plain.index("Contradictions (1)") < plain.index("Agreements (1)") < plain.index("Only in one source (2)")
    assert "Related, no verdict (0) No related pairs." in plain
    assert "Only in a (1) a:3 a.txt:5:143 Volunteers handed out sandbags at the school gym." in plain
    assert "'about five hours' ([4, 6] h) vs 'more than nine hours' (>9 h)" in plain
    assert "confidence 0.90" in plain and "score 0.66" in plain


def test_a_pair_shows_both_statements_the_spans_and_the_word_diff(flood: Report) -> None:
    text = to_html(flood)
    pair = re.search(r'<article class="item pair contradict" data-kind="quantity">.*?</article>', text, re.S)
    assert pair, text
    body = pair.group(0)
    assert '<mark><span class="dw">about five</span> hours</mark>' in body
    assert '<mark><span class="dw">more than nine</span> hours</mark>' in body
    assert "<b>a:2</b> (author)" in body and "<b>b:2</b> (author)" in body
    words = Page(body[body.index('<p class="words">') :]).plain()
    assert words == "words: Crews pumped water out of the pumping station for about five more than nine hours."
    assert "<del>about five</del> <ins>more than nine</ins>" in body


def test_each_statement_shows_where_it_starts_in_its_file(flood: Report) -> None:
    text = to_html(flood)
    for sid in ("a:2", "b:2"):
        loc = str(flood.location(sid))
        assert loc.startswith(("a.txt:", "b.txt:")) and f'<span class="at">{loc}</span>' in text


def test_only_leaves_other_sections_out(flood: Report) -> None:
    page = Page(to_html(flood, frozenset({Section.contradictions})))
    assert page.attrs("data-section") == ["contradictions"]
    assert page.attrs("data-filter") == ["section:contradictions", "kind:quantity"]
    assert "sandbags" not in page.plain() and "shut the Dunmere bridge" not in page.plain()
    assert "nine hours" in page.plain()


def test_marked_nests_spans_that_overlap() -> None:
    out = marked("one two three four", evidence=[(4, 13)], differs=[(8, 18)])
    assert out == 'one <mark>two <span class="dw">three</span></mark><span class="dw"> four</span>'
    assert marked("a<b", [(0, 99)], [(-5, 1)]) == '<mark><span class="dw">a</span>&lt;b</mark>'
    assert marked("one two", [], []) == "one two"


# Hostile text -------------------------------------------------------------------------------

EVIL = '</style><script>alert(1)</script>\u202egnp.exe " onmouseover="alert(2)" \' <img src=x onerror=alert(3)>\x1b[2J'


def hostile(report: Report) -> Report:
    """Every piece of report text replaced with hostile text (past the loader, which would clean some of it)."""
    statements = tuple(replace(s, text=f"{s.text} {EVIL}") for s in report.statements)
    sources = tuple(replace(s, id=s.id, title=EVIL) for s in report.sources)
    judgements = tuple(
        replace(
            j,
            kind=EVIL if j.verdict is Verdict.CONTRADICT else j.kind,
            reasons=(*j.reasons, EVIL),
            evidence=(*j.evidence, Evidence(j.a, 0, 5, "x")),
        )
        for j in report.judgements
    )
    return replace(report, statements=statements, sources=sources, judgements=judgements)


def test_hostile_text_stays_text(flood: Report) -> None:
    text = to_html(hostile(flood))
    page = Page(text)
    assert page.names().count("script") == 1 and page.names().count("style") == 1
    assert "img" not in page.names()
    assert text.count("</style>") == 1 and text.count("<script>") == 1 and text.count("</script>") == 1
    assert not [name for _, attrs in page.tags for name in attrs if name.startswith("on")]
    assert "\u202e" not in text and "\x1b" not in text
    assert "&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in text
    kinds = [a for a in page.attrs("data-kind")]
    assert kinds and all(k == EVIL.replace("\u202e", "").replace("\x1b", "␛") for k in kinds)  # quotes kept in the value
    assert "␛[2J" in page.plain()
    assert "onmouseover" in page.plain()  # shown as the text it is


def test_hostile_source_id_in_the_title_and_attributes(flood: Report) -> None:
    evil_id = 'a"><script>alert(4)</script>\u202e'
    report = replace(flood, sources=(replace(flood.sources[0], id=evil_id), *flood.sources[1:]))
    text = to_html(report)
    page = Page(text)
    assert page.names().count("script") == 1
    (title,) = [t for t in re.findall(r"<title>(.*?)</title>", text)]
    assert title == "compare: a&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;, b"
