"""The typer application: the only place where exceptions become exit codes.

Exit codes (like diff): 0 no contradictions, 1 contradictions found, 2 usage or input error.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .errors import InputError
from .models import Verdict

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Compare reports: agreements, contradictions, omissions.")

EXIT_OK, EXIT_CONTRADICTIONS, EXIT_ERROR = 0, 1, 2


@app.callback()
def _root() -> None:
    """compare: where reports about one event agree, contradict and differ."""


class Format(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, markup=False, emoji=False)


def fail(message: str) -> typer.Exit:
    """One line on stderr, exit code 2."""
    from .render import safe_text

    _stderr().print(f"compare: error: {safe_text(message)}", soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


def output_console(output: Path | None, fmt: Format) -> Console:
    """Where the report goes: stdout (colour and width from the terminal) or a file (plain)."""
    no_color = bool(os.environ.get("NO_COLOR"))
    if output is not None:
        return Console(
            file=output.open("w", encoding="utf-8"),
            width=100,
            color_system=None,
            markup=False,
            highlight=False,
            emoji=False,
            soft_wrap=fmt is not Format.rich,
        )
    return Console(markup=False, highlight=False, emoji=False, no_color=no_color, soft_wrap=fmt is not Format.rich)


@app.command("compare")
def compare_cmd(
    files: Annotated[list[Path], typer.Argument(help="Two or more report files (plain text or Markdown).", show_default=False)],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="rich (terminal), json or markdown.")] = Format.rich,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file.")] = None,
) -> None:
    """Compare two or more reports about the same event."""
    from .export import to_json, to_markdown
    from .pipeline import compare_paths
    from .render import render_report

    if len(files) < 2:
        raise fail("compare needs at least two report files")
    try:
        report = compare_paths(files)
    except InputError as exc:
        raise fail(str(exc)) from None
    try:
        console = output_console(output, fmt)
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    if fmt is Format.json:
        console.file.write(to_json(report))
    elif fmt is Format.markdown:
        console.file.write(to_markdown(report))
    else:
        console.print(render_report(report))
    if output is not None:
        console.file.close()
    raise typer.Exit(EXIT_CONTRADICTIONS if report.count(Verdict.CONTRADICT) else EXIT_OK)


def _default_gold() -> Path:
    here = Path("alignments")
    return here if here.is_dir() else Path(__file__).resolve().parent.parent / "alignments"


@app.command("eval")
def eval_cmd(
    gold: Annotated[
        list[Path] | None, typer.Argument(help="Gold files or folders (default: alignments/).", show_default=False)
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="rich (a table) or json.")] = Format.rich,
) -> None:
    """Score the comparison against hand-annotated gold alignments."""
    import json

    from .evaluate import evaluate_file, gold_files, total
    from .render import render_eval

    try:
        files = gold_files(gold or [_default_gold()])
        if not files:
            raise fail("no gold files found")
        results = [r for f in files for r in evaluate_file(f)[2]]
    except InputError as exc:
        raise fail(str(exc)) from None
    whole = [r for r in results if "[" not in r.name]
    overall = total(whole)
    console = output_console(None, fmt)
    if fmt is Format.json:
        doc = {"schema": "compare-eval/1", "results": [r.as_dict() for r in results], "total": overall.as_dict()}
        console.file.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(render_eval(results, overall))


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
