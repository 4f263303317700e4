"""Read a Markdown document, not its syntax, with offsets into the original text.

markdown-it-py finds the block structure (which lines form a paragraph, a heading, a code
fence, a table); the text of each paragraph is then taken from the original lines, with the
inline syntax removed character by character so that every kept character keeps its offset.
A `# Heading` before the first paragraph is the title; other headings are not statements;
code fences, indented code, HTML blocks and tables are dropped (a table's cells are not
sentences, and a row read as text would be one long run-on statement); link text is kept and
its URL dropped; images are dropped. `**By Jane Doe**` is a byline (read by the loader)."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .blocks import Block, Extracted

_MD = MarkdownIt("commonmark").enable("table")
_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")
_SNIFF = re.compile(
    r"\A\s*#{1,6}[ \t]+\S|^(?:```|~~~)|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$",
    re.MULTILINE,
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CONTAINER = re.compile(r"(?:[ \t]*>)*[ \t]*")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_ATX = re.compile(r"#{1,6}(?:[ \t]+|$)")
_INLINE = re.compile(
    r"(?P<image>!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\))"
    r"|\[(?P<link>[^\]]*)\]\((?:[^()\s]|\((?:[^()\s]|\([^()]*\))*\))*(?:\s+\"[^\"]*\")?\)"
    r"|\[(?P<ref>[^\]\[]+)\]\[[^\]]*\]"
    r"|<(?P<auto>(?:https?|mailto):[^>\s]+)>"
    r"|(?P<tag></?[A-Za-z][^<>]*>)"
    r"|(?P<code>`+)"
    r"|(?P<under>(?<![\w_])_{1,2}(?=\S)|(?<=\S)_{1,2}(?![\w_]))"
)


def is_markdown(text: str, path: str) -> bool:
    """Markdown by its name, or by a heading on the first line, a code fence or a table rule."""
    return path.lower().endswith(_EXTENSIONS) or bool(_SNIFF.search(text[:20_000]))


def extract(text: str) -> Extracted:
    lines = _lines(text)
    blocks: list[Block] = []
    title = ""
    in_item = in_table = False
    for tok in _MD.parse(text):
        if tok.type in ("table_open", "table_close"):
            in_table = tok.type == "table_open"
        elif tok.type == "list_item_open":
            in_item = True
        elif tok.type == "heading_open" and tok.map and not blocks and not title and tok.tag == "h1":
            title = _heading_text(text, lines, tok)
        elif tok.type == "paragraph_open" and tok.map and not in_table:
            blocks.append(_paragraph(text, lines, tok, strip_marker=in_item))
            in_item = False
    return Extracted([b for b in blocks if b.text.strip()], title=title)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, line breaks excluded, as markdown-it numbers them."""
    spans, pos = [], 0
    for m in _LINE_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _paragraph(text: str, lines: list[tuple[int, int]], tok: Token, *, strip_marker: bool) -> Block:
    chars: list[str] = []
    offsets: list[int] = []
    first, last = tok.map or (0, 0)
    for n in range(first, min(last, len(lines))):
        start, end = lines[n]
        start = _after(_CONTAINER, text, start, end)
        if strip_marker and n == first and (m := _LIST_MARKER.match(text, start, end)):
            start = m.end()
        if chars:
            chars.append("\n")
            offsets.append(start - 1)
        chars.append(text[start:end])
        offsets.extend(range(start, end))
    return _inline("".join(chars), offsets)


def _after(rx: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where a prefix pattern that may match nothing (container markers) ends."""
    m = rx.match(text, start, end)
    return m.end() if m else start


def _heading_text(text: str, lines: list[tuple[int, int]], tok: Token) -> str:
    start, end = lines[(tok.map or (0, 0))[0]]
    start = _after(_CONTAINER, text, start, end)
    if m := _LIST_MARKER.match(text, start, end):
        start = _after(_CONTAINER, text, m.end(), end)
    if tok.markup.startswith("#") and (atx := _ATX.match(text, start, end)):
        start = atx.end()
        line = re.sub(r"[ \t]+#+[ \t]*$|^#+[ \t]*$", "", text[start:end])
    else:
        line = text[start:end]
    return _inline(line, list(range(len(line)))).text.strip()


def _inline(raw: str, offs: list[int]) -> Block:
    """Inline syntax removed: link text kept without its URL, images, tags and code marks dropped."""
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _INLINE.finditer(raw):
        chars.append(raw[pos : m.start()])
        offsets.extend(offs[pos : m.start()])
        pos = m.end()
        keep = m.lastgroup if m.lastgroup in ("link", "ref", "auto") else None
        if keep:
            chars.append(m.group(keep))
            offsets.extend(offs[m.start(keep) : m.end(keep)])
    chars.append(raw[pos:])
    offsets.extend(offs[pos:])
    return Block("".join(chars), tuple(offsets))
