"""The typer application: the only place where exceptions become exit codes.

Exit codes (like diff): 0 no contradictions, 1 contradictions found, 2 usage or input error.
Every error the stages raise is a `CompareError`; `_Commands.invoke` turns it into one line on
stderr and exit code 2, for every command, in one place.
"""

from __future__ import annotations

import gc
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TextIO

import typer
from rich.console import Console, RenderableType
from typer.core import TyperGroup

from .errors import CompareError
from .facts.claims_pool import drop_warm_pool, warm_parser
from .match.settings import Mode, Settings
from .models import Verdict
from .output.formats import ReportFormat, format_for
from .output.select import Section, sections

if TYPE_CHECKING:
    from .baseline import Baseline
    from .corpus.store import Access, Store
    from .models import Report

EXIT_OK, EXIT_CONTRADICTIONS, EXIT_ERROR = 0, 1, 2


class _Commands(TyperGroup):
    """Runs a command; a CompareError anywhere below becomes one line on stderr and exit 2."""

    def get_command(self, ctx: Any, name: str) -> Any:
        return _plain_arguments(super().get_command(ctx, name))

    def invoke(self, ctx: Any) -> Any:  # a click Context (typer vendors click under a private name)
        ctx.meta["help"] = "--help" in (*getattr(ctx, "_protected_args", ()), *ctx.args)
        try:
            return super().invoke(ctx)
        except CompareError as exc:
            raise fail(str(exc)) from None


def _plain_arguments(command: Any) -> Any:
    """Help without Python type names beside arguments ('files... <list[Path]>'): the help
    text says what they are. Options carry a metavar instead (FILE, N, DATE)."""
    for param in getattr(command, "params", ()):
        if param.param_type_name == "argument":
            param.display_type_rich = lambda ctx: None
    return command


# Plain help, like git's: no boxes, and no type names beside flags ('<bool>').
app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Compare reports: agreements, contradictions, omissions.",
)


def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"compare {package_version()}\n")
        raise typer.Exit(EXIT_OK)


def package_version() -> str:
    """The installed package's version (its metadata), or "unknown" when it is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("compare")
    except PackageNotFoundError:
        return "unknown"


@app.callback()
def _root(
    ctx: typer.Context,
    _version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """compare: where reports about one event agree, contradict and differ."""
    from .config import load_config

    if ctx.meta.get("help"):
        return  # help never reads the config: a broken one must not hide the help that would fix it
    ctx.default_map = {**(ctx.default_map or {}), **config_defaults(ctx.command, load_config().values())}


# -- defaults from config files (compare/config.py) ------------------------------------------


def config_defaults(group: Any, values: dict[str, Any]) -> dict[str, Any]:
    """A click default_map: each config key becomes the default of the options of that name in
    every command (`store`, `mode`, `color`, `pager`), so a command-line option still wins;
    $COMPARE_STORE wins over the config's store. `format` is applied by `configured_format`."""
    if os.environ.get("COMPARE_STORE"):
        values = {k: v for k, v in values.items() if k != "store"}
    out: dict[str, Any] = {}
    for name, command in getattr(group, "commands", {}).items():
        mine = {p.name: values[p.name] for p in command.params if p.name in values and p.name != "format"}
        mine.update(config_defaults(command, values))
        if mine:
            out[name] = mine
    return out


def configured_format(fmt: ReportFormat | None, output: Path | None, summary: bool) -> ReportFormat | None:
    """--format; else the config's format, unless --output's extension names one (or --summary
    asks for the terminal view)."""
    from .config import load_config
    from .output.formats import EXTENSIONS

    if fmt is not None or summary or (output is not None and output.suffix.lower() in EXTENSIONS):
        return fmt
    configured = load_config().format
    return ReportFormat(configured) if configured else None


class Format(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, markup=False, emoji=False)


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def stdout_console(color: Color = Color.auto) -> Console:
    """auto: colour and width follow the terminal, NO_COLOR and a non-TTY stdout give plain text;
    always: colours and styles even into a pipe or with NO_COLOR; never: plain text on a terminal too."""
    if color is Color.always:
        return _console(force_terminal=True, no_color=False, color_system="standard")
    if color is Color.never:
        return _console(no_color=True, color_system=None)
    return _console(no_color=bool(os.environ.get("NO_COLOR")))


def _console(
    *, no_color: bool, force_terminal: bool | None = None, color_system: Literal["auto", "standard"] | None = "auto"
) -> Console:
    """A console that never reads markup, highlights or replaces emoji codes: report text is data."""
    return Console(
        markup=False, highlight=False, emoji=False, no_color=no_color, force_terminal=force_terminal, color_system=color_system
    )


def fail(message: str) -> typer.Exit:
    """One line on stderr, exit code 2: a line break in a file name cannot forge another line."""
    one_line = safe(message).replace("\n", "␊").replace("\t", "␉")
    stderr_console().print(f"compare: error: {one_line}", soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


def safe(text: str) -> str:
    from .output.safe import safe_text

    return safe_text(text)


ModeOption = Annotated[
    Mode, typer.Option("--mode", help="semantic (sentence embeddings), lexical, or auto: semantic when the model is installed.")
]
ModelOption = Annotated[
    Path | None,
    typer.Option("--model", metavar="DIR", help="A local sentence-transformers model folder (BERT family) for semantic mode."),
]


def settings_for(mode: Mode, model: Path | None) -> Settings:
    """The run's settings, resolved once here at the edge."""
    from .match.settings import resolve_settings

    return resolve_settings(mode, model)


@app.command("compare")
def compare_cmd(
    files: Annotated[list[Path], typer.Argument(help="Two or more report files (plain text or Markdown).", show_default=False)],
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format", "-f", help="rich, json, markdown, csv, jsonl or html [default: --output's extension, else rich]"
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file.")] = None,
    only: Annotated[
        list[Section] | None,
        typer.Option(
            "--only",
            metavar="contradictions|agreements|related|omissions",
            help="Show only these sections (repeatable; JSON always holds everything).",
            show_default=False,
        ),
    ] = None,
    summary: Annotated[bool, typer.Option("--summary", help="Only the counts and one line per contradiction.")] = False,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are contradictions (2 on error).")
    ] = False,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on", metavar="KIND", help="Exit 1 only for contradictions of this kind (repeatable).", show_default=False
        ),
    ] = None,
    color: Annotated[
        Color,
        typer.Option("--color", help="Colour in the terminal report: auto (the terminal decides; NO_COLOR), always, never."),
    ] = Color.auto,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            metavar="X",
            help="Weaker agreements and contradictions are shown as related (0-1).",
        ),
    ] = 0.0,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline", metavar="FILE", help="Fail only on contradictions not in this baseline file (see `baseline`)."
        ),
    ] = None,
    pager: PagerOption = True,
    mode: ModeOption = Mode.auto,
    model: ModelOption = None,
) -> None:
    """Compare two or more reports about the same event. Exit 0: no contradictions, 1: contradictions, 2: error."""
    from .output.outfile import check_target, write_report
    from .pipeline import compare_paths

    if len(files) < 2:
        raise fail("compare needs at least two report files")
    view = View(format_for(configured_format(fmt, output, summary), output), sections(only), summary)
    if summary and view.fmt is not ReportFormat.rich:
        raise fail(f"--summary goes with the terminal report (or a plain-text --output), not with {view.fmt.value} output")
    failing = failing_kinds(exit_zero, fail_on)
    if output is not None:
        check_target(output, files)  # refuse a bad --output before the work, not after it
    held = read_baseline(baseline)  # a bad baseline file: exit 2 before the work
    with working(f"comparing {len(files)} reports…"):
        report = compare_paths(files, settings_for(mode, model)).with_min_confidence(min_confidence)
    report = held_against(report, held)
    if output is not None:
        write_report(output, report_output(report, view), inputs=files)
    elif view.fmt is ReportFormat.rich:
        print_terminal(lambda links: terminal_report(report, view, links), color, pager)
    else:
        text = report_output(report, view)
        if isinstance(text, str):
            sys.stdout.write(text)
        else:
            text(sys.stdout)
    note_new_contradictions(report)
    raise typer.Exit(exit_status(report, failing))


_KIND = re.compile(r"[a-z][a-z_-]*")


def failing_kinds(exit_zero: bool, fail_on: list[str] | None) -> frozenset[str] | None:
    """The contradiction kinds that make the exit code 1: none (--exit-zero), some (--fail-on),
    or None for every contradiction."""
    if exit_zero and fail_on:
        raise fail("--exit-zero and --fail-on contradict each other; give one of them")
    if exit_zero:
        return frozenset()
    if not fail_on:
        return None
    kinds = frozenset(k.strip().lower() for k in fail_on)
    bad = sorted(k for k in kinds if not _KIND.fullmatch(k))
    if bad:
        raise fail(f"--fail-on: {bad[0]!r} is not a contradiction kind (such as quantity, date, negation, framing)")
    return kinds


def exit_status(report: Report, failing: frozenset[str] | None) -> int:
    """1 when a contradiction of a failing kind exists (any kind when `failing` is None) that no
    baseline holds, else 0."""
    contradictions = [j for j in report.judgements if j.verdict is Verdict.CONTRADICT and not j.baselined]
    hit = any(failing is None or j.kind in failing for j in contradictions)
    return EXIT_CONTRADICTIONS if hit else EXIT_OK


@dataclass(frozen=True)
class View:
    """How `compare` shows its report: the format, the sections, the summary only or not."""

    fmt: ReportFormat
    show: frozenset[Section]
    summary: bool = False


def terminal_report(report: Report, view: View, links: bool = False) -> RenderableType:
    from .output.render import render_report, render_summary

    if view.summary:
        return render_summary(report, view.show, links=links)
    return render_report(report, view.show, links=links)


# -- On a terminal: the pager, links and a spinner on stderr (decisions in output/tty.py) --

PagerOption = Annotated[
    bool,
    typer.Option("--pager/--no-pager", help="Page a terminal report taller than the screen ($COMPARE_PAGER, $PAGER, less -FRX)."),
]


def print_terminal(renderable_for: Callable[[bool], RenderableType], color: Color = Color.auto, pager: bool = True) -> None:
    """The terminal report on stdout: with OSC 8 links on a terminal with colour, paged when
    taller than the screen (unless --no-pager)."""
    from .output.tty import show, wants_links

    console = stdout_console(color)
    show(console, renderable_for(wants_links(console)), no_pager=not pager, err=stderr_console())


def working(message: str) -> AbstractContextManager[None]:
    """A transient spinner on stderr while the block runs, when stderr is a terminal."""
    from .output.tty import working as spinner

    return spinner(message, stderr_console())


# ------------------------------------------------------------------------------------------


def report_output(report: Report, view: View) -> str | Callable[[TextIO], None]:
    """`report_text`, or for JSON what writes it to an open file as it is made (the report of
    two long inputs is tens of MB of text: never held whole)."""
    from .output.export import write_json

    if view.fmt is ReportFormat.json:
        return lambda fp: write_json(report, fp)
    return report_text(report, view)


def report_text(report: Report, view: View) -> str:
    """The report as text in the view's format (the terminal report as plain text)."""
    from .output.export import to_json, to_markdown
    from .output.flat import to_csv, to_jsonl
    from .output.html import to_html
    from .output.render import render_to_text, summary_text

    if view.fmt is ReportFormat.json:
        return to_json(report)  # the whole document, whatever --only says
    if view.fmt is ReportFormat.rich:
        return summary_text(report, view.show) if view.summary else render_to_text(terminal_report(report, view), width=100)
    writers = {
        ReportFormat.markdown: to_markdown,
        ReportFormat.csv: to_csv,
        ReportFormat.jsonl: to_jsonl,
        ReportFormat.html: to_html,
    }
    return writers[view.fmt](report, view.show)


# -- baselines of reviewed contradictions (compare/baseline.py) -------------------------------


def read_baseline(path: Path | None) -> Baseline | None:
    from .baseline import load_baseline

    return load_baseline(path) if path is not None else None


def held_against(report: Report, baseline: Baseline | None) -> Report:
    from .baseline import apply

    return apply(report, baseline) if baseline is not None else report


def note_new_contradictions(report: Report) -> None:
    """With --baseline, one line on stderr per contradiction the baseline does not hold, for CI logs."""
    from .baseline import describe, new_contradictions

    if report.baseline is None:
        return
    err = stderr_console()
    for j in new_contradictions(report):
        err.print(f"compare: not in the baseline {safe(report.baseline.path)}: {safe(describe(j))}", soft_wrap=True)


@app.command("baseline")
def baseline_cmd(
    files: Annotated[list[Path], typer.Argument(help="Two or more report files, as for `compare`.", show_default=False)],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="The baseline file to write (default: stdout); reasons already in it are kept."
        ),
    ] = None,
    mode: ModeOption = Mode.auto,
    model: ModelOption = None,
) -> None:
    """Record the contradictions the reports hold now; `compare --baseline FILE` then fails only on new ones."""
    import json

    from .baseline import contradictions, load_baseline, to_dict
    from .output.outfile import check_target, write_report
    from .pipeline import compare_paths

    if len(files) < 2:
        raise fail("baseline needs at least two report files")
    previous = None
    if output is not None:
        check_target(output, files)
        if output.is_file() and output.stat().st_size:
            try:
                previous = load_baseline(output)
            except CompareError as exc:
                raise fail(f"{exc}; not overwritten") from None
    report = compare_paths(files, settings_for(mode, model))
    doc = to_dict(report, previous, package_version())
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        write_report(output, text, inputs=files)
    kept = sum(1 for e in doc["contradictions"] if e["dismissed"])
    where = f" in {safe(str(output))}" if output is not None else ""
    note = f"; {kept} dismissal reason(s) kept" if kept else ""
    stderr_console().print(f"recorded {len(contradictions(report))} contradiction(s){where}{note}", soft_wrap=True)


def _default_gold() -> Path:
    here = Path("alignments")
    return here if here.is_dir() else Path(__file__).resolve().parent.parent / "alignments"


@app.command("eval")
def eval_cmd(
    gold: Annotated[
        list[Path] | None, typer.Argument(help="Gold files or folders (default: alignments/).", show_default=False)
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="rich (a table) or json.")] = Format.rich,
    mode: ModeOption = Mode.auto,
    model: ModelOption = None,
    left_out: Annotated[
        bool,
        typer.Option(
            "--left-out", help="Also calibrate the judge's agreement thresholds leave-one-pair-out and score each pair left out."
        ),
    ] = False,
) -> None:
    """Score the comparison against hand-annotated gold alignments."""
    import json

    from .evaluate import evaluate_file, gold_files, grid_scores, total
    from .evaluate import left_out as leave_one_out
    from .output.render import render_eval

    settings = settings_for(mode, model)
    files = gold_files(gold or [_default_gold()])
    if not files:
        raise fail("no gold files found")
    with working(f"scoring {len(files)} gold files…"):
        results = [r for f in files for r in evaluate_file(f, settings)[2]]
        overall = total([r for r in results if "[" not in r.name])
        held = leave_one_out(grid_scores(files, settings)) if left_out and len(files) > 1 else None
    if fmt is Format.json:
        doc = {
            "schema": "compare-eval/1",
            "mode": settings.mode,
            "results": [r.as_dict() for r in results],
            "total": overall.as_dict(),
        }
        if held is not None:
            doc["left_out"] = held.total.as_dict() | {"choices": {name: point for name, point in held.choices}}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        stdout_console().print(render_eval(results, overall, settings.mode, held.total if held is not None else None))


StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        metavar="FILE",
        help="The store file (default: $COMPARE_STORE or ~/.local/share/compare/store.sqlite).",
        show_default=False,
    ),
]


def store_path(path: Path | None) -> Path:
    """--store, else $COMPARE_STORE, else the default store."""
    from .corpus.store import DEFAULT_STORE

    return path or Path(os.environ.get("COMPARE_STORE") or DEFAULT_STORE)


def ingest_mode(store: Path | None, mode: Mode) -> Mode:
    """--mode auto follows the mode of the reports the store holds (`corpus.ingest.ingest_mode`)."""
    from .corpus.ingest import ingest_mode as follow

    if mode is not Mode.auto or not store_path(store).is_file():
        return mode
    with open_store(store) as db:
        return follow(db, mode)


@contextmanager
def open_store(path: Path | None, access: Access = "read") -> Iterator[Store]:
    """The store, closed at the end. Only `ingest` creates one (access "create"); "read" opens
    an existing store, read-only when it cannot be written. A store that fails mid-command
    (locked past the busy timeout, I/O error) gives a one-line error: the report being written
    was rolled back, the ones before it are kept."""
    from .corpus.store import Store

    where = store_path(path)
    with Store(where, access=access) as db:
        try:
            yield db
        except sqlite3.Error as exc:
            raise fail(f"{where}: store error ({exc})") from None


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders of reports.", show_default=False)],
    store: StoreOption = None,
    mode: ModeOption = Mode.auto,
    model: ModelOption = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes for reading and extraction.")
    ] = 1,
) -> None:
    """Add reports to the store (the same content is stored once; a changed file replaces its old version)."""
    from rich.progress import Progress

    from .corpus.ingest import ingest_paths, report_files

    settings = settings_for(ingest_mode(store, mode), model)
    files = list(report_files(paths))
    err = stderr_console()
    with open_store(store, "create") as db, Progress(console=err, transient=True, disable=len(files) < 2) as progress:
        task = progress.add_task("ingesting", total=len(files))
        results = ingest_paths(db, files, settings.encoder, progress=lambda _r: progress.advance(task), jobs=jobs)
        index = db.vector_index() if settings.encoder else None
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
        if r.error:
            err.print(f"compare: error: {safe(r.error)}", soft_wrap=True)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    err.print(f"ingested {len(files)} file(s): {summary or 'nothing to do'}", soft_wrap=True)
    if index is not None:
        embedded, cells = index
        how = f"{cells} cells" if cells else "exact scan"
        err.print(f"vector index: {embedded} embedded statements, {how}", soft_wrap=True)
    raise typer.Exit(EXIT_ERROR if counts.get("error") else EXIT_OK)


@app.command("check")
def check_cmd(
    new: Annotated[Path, typer.Argument(help="The new report to check against the store.", show_default=False)],
    store: StoreOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="rich (terminal) or json (not markdown).")] = Format.rich,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="DATE", help="Only stored reports published on or after this date (YYYY-MM-DD)."),
    ] = None,
    source: Annotated[str | None, typer.Option("--source", metavar="ID", help="Only this stored source id.")] = None,
    pager: PagerOption = True,
    mode: ModeOption = Mode.auto,
    model: ModelOption = None,
) -> None:
    """Check a new report against everything stored: corroborated, contradicted (exit 1) or new."""
    import json
    from datetime import date

    from .corpus.check import check_source
    from .output.export import check_to_dict
    from .output.render import render_check
    from .read.load import load

    if fmt is Format.markdown:
        raise fail("check: --format markdown is not supported; use rich or json")
    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        raise fail(f"--since: {since!r} is not a date (YYYY-MM-DD)") from None
    settings = settings_for(mode, model)
    report_source = load(new)
    with open_store(store) as db, working("checking against the store…"):
        report = check_source(db, report_source, settings, since=since_date, only_source=source)
        store_path = str(db.path)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(check_to_dict(report, store_path), ensure_ascii=False, indent=2) + "\n")
    else:
        print_terminal(lambda links: render_check(report, links=links), pager=pager)
    raise typer.Exit(EXIT_CONTRADICTIONS if report.count(Verdict.CONTRADICT) else EXIT_OK)


class SourcesFormat(str, Enum):
    rich = "rich"
    json = "json"


sources_app = typer.Typer(
    cls=_Commands, help="List or remove stored sources.", invoke_without_command=True, rich_markup_mode=None
)
app.add_typer(sources_app, name="sources")


@sources_app.callback()
def sources_cmd(
    ctx: typer.Context,
    store: StoreOption = None,
    fmt: Annotated[SourcesFormat, typer.Option("--format", "-f", help="rich (a table) or json.")] = SourcesFormat.rich,
) -> None:
    """List what the store holds."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = store
        return
    import json

    from .output.export import sources_to_dict
    from .output.render import render_sources

    with open_store(store) as db:
        rows = db.sources()
        where = str(db.path)
    if fmt is SourcesFormat.json:
        sys.stdout.write(json.dumps(sources_to_dict(rows, where), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout_console().print(render_sources(rows, where))


@sources_app.command("remove")
def sources_remove(
    ctx: typer.Context, source_id: Annotated[str, typer.Argument(help="The source id to remove.")], store: StoreOption = None
) -> None:
    """Remove one stored source and its statements (--store before or after `remove`)."""
    with open_store(store or ctx.obj, "write") as db:
        db.require_source(source_id)
        db.remove(source_id)
    stdout_console().print(f"removed {safe(source_id)}")


def main() -> None:
    """Console-script entry point.

    The process runs one command and exits, so Python's cyclic garbage collector is switched
    off: what a comparison builds (statements, facts, scores, the report's document) is
    millions of small objects without reference cycles (a few hundred cyclic objects are left
    after the two 2 MB synthetic reports), which reference counting frees as it goes, while
    each of the collector's full passes reads all of them: a quarter of the main process's
    CPU time on that pair, for nothing it would free."""
    gc.disable()
    if _parses(sys.argv[1:]):
        warm_parser()
    try:
        app(prog_name="compare")
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        drop_warm_pool()


def _parses(args: list[str]) -> bool:
    """A command that compares reports, and so will parse their statements (`warm_parser`):
    not one asking for help."""
    words = [a for a in args if not a.startswith("-")]
    return bool(words) and words[0] in ("compare", "check") and not {"--help", "-h"} & set(args)
