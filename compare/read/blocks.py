"""A block of report text with, per character, its offset in the original file text.

Plain text, HTML and Markdown readers all produce blocks; the rest of loading (header,
footnotes, cleaning, rejoining page breaks) works on blocks whatever the format was."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A paragraph-like run of text; `offsets[i]` is where `text[i]` is in the original."""

    text: str
    offsets: Sequence[int]  # a range for a verbatim slice of the original, a tuple otherwise

    @property
    def lines(self) -> list[str]:
        return [ln for ln in self.text.splitlines() if ln.strip()]

    @property
    def start(self) -> int:
        return self.offsets[0] if len(self.offsets) else 0


def verbatim(text: str, start: int, end: int) -> Block:
    """The block `text[start:end]` of the original, each character at its own offset."""
    return Block(text[start:end], range(start, end))


@dataclass(frozen=True)
class Extracted:
    """What a format reader (HTML, Markdown) found: metadata it is sure of, and body blocks."""

    blocks: list[Block]
    title: str = ""
    byline: str = ""
    published: str = ""  # a date as written in the page's metadata, parsed by the loader
