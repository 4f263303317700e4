"""HTML pages and Markdown documents are read as the article a reader sees, not as markup;
statement offsets still point at the words in the original file text."""

from __future__ import annotations

import json
import re
from datetime import date

from typer.testing import CliRunner

from compare.cli import app
from compare.read.load import parse
from compare.read.segment import segment

runner = CliRunner()

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Factory fire in Riverside &ndash; The Daily Example</title>
<meta name="author" content="Sam Reporter">
<meta property="article:published_time" content="2023-03-04T08:00:00Z">
<script>var note = "A sentence in a script.";</script>
<style>p { color: red; }</style>
</head>
<body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
<header><h1>Site banner</h1><p>By Sam Reporter</p></header>
<p>A fire destroyed the Acme paint factory in Riverside on March 3, officials said. The blaze burned for
three hours before crews brought it under control.</p>
<h2>Cause unknown</h2>
<p>The factory&rsquo;s owner said nobody was hurt &amp; the cause is not yet known.</p>
<ul><li>About 40 firefighters attended.</li></ul>
<blockquote>&ldquo;We were lucky,&rdquo; the fire chief said.</blockquote>
<aside><p>Related: another fire last year.</p></aside>
<form><p>Subscribe to our newsletter.</p></form>
</article>
<footer><p>Copyright 2023 The Daily Example.</p></footer>
</body>
</html>
"""


def statements_of(text: str, path: str = "page.html") -> tuple:
    src = parse(text, path=path, source_id="x")
    return src, segment(src)


def test_html_page_is_read_as_its_article() -> None:
    src, statements = statements_of(PAGE)
    assert src.title == "Factory fire in Riverside – The Daily Example"
    assert src.date == date(2023, 3, 4) and src.byline == "Sam Reporter"
    assert [s.text for s in statements] == [
        "A fire destroyed the Acme paint factory in Riverside on March 3, officials said.",
        "The blaze burned for three hours before crews brought it under control.",
        "The factory’s owner said nobody was hurt & the cause is not yet known.",
        "About 40 firefighters attended.",
        "“We were lucky,” the fire chief said.",
    ]


def test_html_offsets_point_at_the_words_in_the_page_source() -> None:
    src, statements = statements_of(PAGE)
    for s in statements:
        original = src.text[s.start : s.end]
        assert "<" not in original
        assert " ".join(_unescape(original).split()) == s.text


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def test_html_is_sniffed_without_the_extension() -> None:
    _, statements = statements_of(PAGE, path="page.txt")
    assert not any("DOCTYPE" in s.text or "<" in s.text or "rsquo" in s.text for s in statements)


def test_html_page_without_article_text_is_refused(tmp_path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>")
    other = tmp_path / "b.txt"
    other.write_text("A fire destroyed a paint factory in Riverside on March 3.\n")
    result = runner.invoke(app, ["compare", str(page), str(other), "--mode", "lexical"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "empty.html: is an HTML page" in lines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_html_through_the_cli(tmp_path) -> None:
    page = tmp_path / "daily.html"
    page.write_text(PAGE)
    other = tmp_path / "wire.txt"
    other.write_text("A fire destroyed the Acme paint factory in Riverside on March 3. The blaze burned for five hours.\n")
    result = runner.invoke(app, ["compare", str(page), str(other), "--format", "json", "--mode", "lexical"])
    assert result.exit_code in (0, 1), result.stderr
    texts = [s["text"] for s in json.loads(result.stdout)["statements"]]
    assert not any(re.search(r"<|&\w+;|DOCTYPE|var note", t) for t in texts)


DOC = """# Port strike enters third day

**By Jane Doe**

March 5, 2024

Dockers at the [Northgate container terminal](https://example.org/northgate "Northgate") walked out on
March 3, the union said. About 1,200 workers joined the strike.

## Background

- Wages have fallen _about_ 8 percent since 2021, according to the `union`.
- The port authority said talks would resume on Friday.

> "We will not move a single crate," a union organiser said.

| Terminal | Ships waiting |
|---|---|
| Northgate | 14 |

```
curl https://example.org/api
```

![crane](https://example.org/crane.jpg)
"""


def test_markdown_is_read_as_a_document_not_its_syntax() -> None:
    src, statements = statements_of(DOC, path="strike.md")
    assert src.title == "Port strike enters third day"
    assert src.byline == "Jane Doe" and src.date == date(2024, 3, 5)
    assert [s.text for s in statements] == [
        "Dockers at the Northgate container terminal walked out on March 3, the union said.",
        "About 1,200 workers joined the strike.",
        "Wages have fallen about 8 percent since 2021, according to the union.",
        "The port authority said talks would resume on Friday.",
        '"We will not move a single crate," a union organiser said.',
    ]


def test_markdown_offsets_point_at_the_words_in_the_original() -> None:
    src, statements = statements_of(DOC, path="strike.txt")  # sniffed by its heading
    for s in statements:
        original = src.text[s.start : s.end]
        bare = re.sub(r"\]\([^)]*\)|[\[_`]", "", original)
        assert " ".join(bare.split()) == s.text


def test_markdown_through_the_cli(tmp_path) -> None:
    doc = tmp_path / "strike.md"
    doc.write_text(DOC)
    other = tmp_path / "wire.txt"
    other.write_text("Dockers at the Northgate terminal walked out on March 3. About 900 workers joined the strike.\n")
    result = runner.invoke(app, ["compare", str(doc), str(other), "--format", "json", "--mode", "lexical"])
    assert result.exit_code in (0, 1), result.stderr
    texts = [s["text"] for s in json.loads(result.stdout)["statements"]]
    assert not any(re.search(r"https?:|^#|\*\*|\||```|Ships waiting", t) for t in texts)


def test_malformed_html_is_a_one_line_error_not_a_traceback(tmp_path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html><body><p>The fire burned for three hours.<![CDAT&A[x]]></p></body></html>")
    other = tmp_path / "b.txt"
    other.write_text("The fire burned for three hours.\n")
    result = runner.invoke(app, ["compare", str(page), str(other), "--mode", "lexical"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "broken.html: is an HTML page" in result.stderr
