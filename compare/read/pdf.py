"""Repairs for text pasted from a PDF: running headers and footers, words hyphenated across lines."""

from __future__ import annotations


def mask_running_lines(text: str) -> str:
    return text
