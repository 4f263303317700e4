"""Article text of an HTML page saved from a news site."""

from __future__ import annotations

from .blocks import Extracted


def is_html(text: str, path: str) -> bool:
    return False


def extract(text: str, path: str) -> Extracted:
    raise NotImplementedError
