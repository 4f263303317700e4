"""Read a Markdown document, not its syntax."""

from __future__ import annotations

from .blocks import Extracted


def is_markdown(text: str, path: str) -> bool:
    return False


def extract(text: str) -> Extracted:
    raise NotImplementedError
