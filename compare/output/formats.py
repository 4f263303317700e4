"""The formats of `compare`'s report, and which one `--output FILE` gets from its extension."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from ..errors import InputError


class ReportFormat(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    csv = "csv"
    jsonl = "jsonl"


EXTENSIONS = {
    ".json": ReportFormat.json,
    ".md": ReportFormat.markdown,
    ".markdown": ReportFormat.markdown,
    ".csv": ReportFormat.csv,
    ".jsonl": ReportFormat.jsonl,
}
NOT_IMPLEMENTED = (".html", ".htm")


def format_for(fmt: ReportFormat | None, output: Path | None) -> ReportFormat:
    """The format asked for; else the one the output file's extension names; else the terminal
    report (as plain text in a file). An extension of a format we do not write is an error."""
    if fmt is not None:
        return fmt
    if output is None:
        return ReportFormat.rich
    ext = output.suffix.lower()
    if ext in NOT_IMPLEMENTED:
        known = ", ".join(EXTENSIONS)
        raise InputError(str(output), f"{ext} output is not supported; use {known} or --format (other extensions get plain text)")
    return EXTENSIONS.get(ext, ReportFormat.rich)
