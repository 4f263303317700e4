"""Article text of an HTML page saved from a news site, with offsets into the page source.

The standard library's `html.parser`, not trafilatura or readability-lxml: those pull in lxml
and several more packages, and neither says where in the page each word came from, which
statements need (their offsets point at the words in the original file text). What is read:
the first `<h1>` outside the page chrome (else the `<title>`) as title; `<p>`, `<li>`, `<blockquote>`, `<dd>`,
`<figcaption>` and table cells as paragraphs, inside `<article>` (or `<main>`) when the page has
one; headings are not statements. Dropped: script, style, nav, header, footer, aside, form,
noscript and the like. Entities are decoded; a decoded character points at its `&`."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..errors import InputError
from .blocks import Block, Extracted

_SNIFF = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b", re.IGNORECASE | re.DOTALL)
_SKIP = frozenset(
    [
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "svg",
        "iframe",
        "template",
        "button",
        "select",
        "object",
        "canvas",
        "menu",
    ]
)
_PARAGRAPH = frozenset(["p", "li", "blockquote", "dd", "dt", "figcaption", "td", "th", "pre", "address"])
_BREAKS = frozenset(["div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "br", "hr", "body"])
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])


def is_html(text: str, path: str) -> bool:
    """A page by its name (.html, .htm) or by how it starts (a doctype, <html>, <head>…)."""
    return path.lower().endswith((".html", ".htm", ".xhtml")) or bool(_SNIFF.match(text[:4096]))


def extract(text: str, path: str) -> Extracted:
    reader = _Reader(text)
    try:
        reader.feed(text)
        reader.close()
    except AssertionError as exc:  # html.parser asserts on malformed markup ('<![CDAT…')
        raise InputError(path, f"is an HTML page that could not be parsed ({exc})") from None
    reader.flush()
    blocks = reader.article if reader.article else reader.blocks
    if not blocks:
        raise InputError(path, "is an HTML page, and no article text was found in it")
    iso = re.match(r"\s*(\d{4}-\d\d-\d\d)", reader.published)
    published = iso.group(1) if iso else reader.published
    return Extracted(blocks, title=reader.h1 or reader.title, byline=reader.author, published=published)


class _Reader(HTMLParser):
    """Collects text per block, with the offset of each character in the page source."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.skip: list[str] = []  # open elements whose content is dropped
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.blocks: list[Block] = []
        self.article: list[Block] = []
        self.in_article = 0
        self.heading = ""  # the heading element open, if any
        self.in_title = False
        self.title = self.h1 = self.author = self.published = ""
        self.heading_text: list[str] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._metadata(tag, dict(attrs))
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._text("\n", (self._pos(),))
            return
        if tag in _SKIP or self.skip:
            self.skip.append(tag)
            return
        if tag == "title":
            self.in_title = True
        elif tag in _HEADINGS:
            self.flush()
            self.heading = tag
        elif tag in _PARAGRAPH or tag in _BREAKS:
            self.flush()
        if tag in ("article", "main"):
            self.in_article += 1

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                del self.skip[len(self.skip) - 1 - self.skip[::-1].index(tag) :]
            return
        if tag == "title":
            self.in_title = False
        elif tag in _HEADINGS:
            self._end_heading()
        elif tag in _PARAGRAPH or tag in _BREAKS:
            self.flush()
        if tag in ("article", "main") and self.in_article:
            self.flush()
            self.in_article -= 1

    def handle_data(self, data: str) -> None:
        at = self._pos()
        self._text(data, range(at, at + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, ref: str) -> None:
        decoded = html.unescape(ref)
        self._text(decoded, (self._pos(),) * len(decoded))

    def _text(self, data: str, offsets: range | tuple[int, ...]) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title += data
        elif self.heading:
            self.heading_text.append(data)
        else:
            self.chars.append(data)
            self.offsets.extend(offsets)

    def _end_heading(self) -> None:
        if self.heading == "h1" and not self.h1:
            self.h1 = " ".join("".join(self.heading_text).split())
        self.heading, self.heading_text = "", []

    def flush(self) -> None:
        """End the current block: text between block tags becomes one paragraph."""
        text = "".join(self.chars)
        if text.strip() and len(text) == len(self.offsets):
            block = Block(re.sub(r"[\r\n]", " ", text), tuple(self.offsets))  # a paragraph is one line
            (self.article if self.in_article else self.blocks).append(block)
            if self.in_article:
                self.blocks.append(block)
        self.chars, self.offsets = [], []

    def _metadata(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Author and publication date from <meta> and <time>, even inside dropped headers."""
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        content = attrs.get("content") or ""
        if tag == "meta" and key in ("author", "article:author") and not self.author and "://" not in content:
            self.author = content
        elif tag == "meta" and key in ("article:published_time", "date", "pubdate", "dc.date") and not self.published:
            self.published = content
        elif tag == "time" and not self.published and attrs.get("datetime"):
            self.published = attrs["datetime"] or ""
