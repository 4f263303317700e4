"""The formats of `compare`'s report, and which one `--output FILE` gets from its extension."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class ReportFormat(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    csv = "csv"
    jsonl = "jsonl"
    html = "html"


EXTENSIONS = {
    ".json": ReportFormat.json,
    ".md": ReportFormat.markdown,
    ".markdown": ReportFormat.markdown,
    ".csv": ReportFormat.csv,
    ".jsonl": ReportFormat.jsonl,
    ".html": ReportFormat.html,
    ".htm": ReportFormat.html,
}


def format_for(fmt: ReportFormat | None, output: Path | None) -> ReportFormat:
    """The format asked for; else the one the output file's extension names; else the terminal
    report (as plain text in a file)."""
    if fmt is not None:
        return fmt
    if output is None:
        return ReportFormat.rich
    return EXTENSIONS.get(output.suffix.lower(), ReportFormat.rich)
