"""On a terminal: the pager (decided by plain functions, and shown working through a real
pseudo-terminal with a fake pager), the spinner on stderr (TTY only), ingest's progress per
report. Invented reports only."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import sys
import termios
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from compare.cli import app
from compare.corpus.ingest import Prepared, prepared_in_order
from compare.output.tty import pager_for, should_page, working

from .conftest import ROOT

runner = CliRunner()

# A contradiction (nearly three hours vs more than six), so the exit code is 1.
KILN_A = """Kiln fire at Marrow Ceramics

A fire started in the main kiln of Marrow Ceramics on Tuesday night. Firefighters fought the blaze for nearly \
three hours before it was contained. About 40 workers were sent home. The owner said the kiln was ten years old.
"""
KILN_B = """Marrow Ceramics fire

A fire started in the main kiln of Marrow Ceramics on Tuesday night. Firefighters fought the blaze for more \
than six hours before it was contained. About 40 workers were sent home. A bakery nearby gave the crews coffee.
"""


def _which(found: bool):
    return lambda name: "/usr/bin/less" if found and name == "less" else None


@pytest.mark.parametrize(
    ("env", "less", "expected"),
    [
        ({"COMPARE_PAGER": "most", "PAGER": "more"}, True, "most"),
        ({"PAGER": "more -s"}, True, "more -s"),
        ({}, True, "less -FRX"),
        ({}, False, None),
        ({"PAGER": ""}, True, None),
        ({"COMPARE_PAGER": "cat", "PAGER": "less"}, True, None),
        ({"COMPARE_PAGER": "", "PAGER": "less"}, True, None),
    ],
)
def test_which_pager(env: dict[str, str], less: bool, expected: str | None) -> None:
    assert pager_for(env, _which(less)) == expected


@pytest.mark.parametrize(
    ("is_tty", "height", "lines", "no_pager", "env", "expected"),
    [
        (True, 24, 100, False, {}, True),
        (True, 24, 24, False, {}, True),  # the prompt needs a line
        (True, 24, 23, False, {}, False),  # fits on the screen
        (False, 24, 100, False, {}, False),  # a pipe or a file
        (True, 24, 100, True, {}, False),  # --no-pager
        (True, 24, 100, False, {"PAGER": "cat"}, False),
    ],
)
def test_should_page(is_tty: bool, height: int, lines: int, no_pager: bool, env: dict[str, str], expected: bool) -> None:
    assert should_page(is_tty, height, lines, no_pager, env, _which(True)) is expected


@pytest.fixture()
def kiln(tmp_path: Path) -> list[str]:
    a, b = tmp_path / "kiln-a.txt", tmp_path / "kiln-b.txt"
    a.write_text(KILN_A, encoding="utf-8")
    b.write_text(KILN_B, encoding="utf-8")
    return [str(a), str(b)]


def _in_a_terminal(args: list[str], env: dict[str, str], rows: int = 12, cols: int = 90) -> tuple[int, str]:
    """Run `main.py ARGS` with stdin, stdout and stderr on a pseudo-terminal of `rows` x `cols`;
    its exit code and everything it showed on the terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a fresh program on the terminal
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, str(ROOT / "main.py"), *args], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    shown = b""
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        shown += data
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "COMPARE_PAGER", "NO_COLOR", "LESS")}
    return env | {"PYTHONPATH": str(ROOT), "TERM": "xterm-256color"} | extra


def _fake_pager(tmp_path: Path) -> tuple[str, Path]:
    script, into = tmp_path / "pager.py", tmp_path / "paged.txt"
    script.write_text(f"import sys\nopen({str(into)!r}, 'wb').write(sys.stdin.buffer.read())\n", encoding="utf-8")
    return f"{sys.executable} {script}", into


def test_a_report_taller_than_the_terminal_goes_through_the_pager_in_colour(tmp_path: Path, kiln: list[str]) -> None:
    pager, into = _fake_pager(tmp_path)
    code, shown = _in_a_terminal(["compare", *kiln, "--mode", "lexical"], _env(PAGER=pager))
    assert code == 1  # the report's exit code, through the pager
    paged = into.read_text(encoding="utf-8")
    assert "where the sources agree, contradict and differ" in paged
    assert "\x1b[1;31m" in paged  # colours kept for less -R
    assert "\x1b]8;" in paged and Path(kiln[0]).as_uri() in paged  # positions are links on a colour terminal
    assert "where the sources agree" not in shown  # the report went to the pager, not the screen


def test_no_pager_prints_to_the_terminal(tmp_path: Path, kiln: list[str]) -> None:
    pager, into = _fake_pager(tmp_path)
    code, shown = _in_a_terminal(["compare", *kiln, "--mode", "lexical", "--no-pager"], _env(COMPARE_PAGER=pager))
    assert code == 1 and "where the sources agree" in shown
    assert not into.exists()


def test_a_pager_that_quits_at_once_ends_quietly_with_the_report_exit_code(kiln: list[str]) -> None:
    code, shown = _in_a_terminal(["compare", *kiln, "--mode", "lexical"], _env(PAGER="true"))
    assert code == 1
    assert "Traceback" not in shown and "BrokenPipe" not in shown and "error" not in shown


def test_a_pager_that_is_not_installed_gives_one_warning_and_the_report(kiln: list[str]) -> None:
    code, shown = _in_a_terminal(["compare", *kiln, "--mode", "lexical"], _env(PAGER="no-such-pager-here -R"))
    assert code == 1
    assert shown.count("compare: warning: pager 'no-such-pager-here -R' not found") == 1
    assert "where the sources agree" in shown


def test_nothing_on_stderr_when_it_is_not_a_terminal(kiln: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", *kiln, "--mode", "lexical"])
    assert result.exit_code == 1 and result.stderr == ""
    store = str(tmp_path / "store.sqlite")
    assert runner.invoke(app, ["ingest", kiln[0], "--store", store, "--mode", "lexical"]).exit_code == 0
    checked = runner.invoke(app, ["check", kiln[1], "--store", store, "--mode", "lexical"])
    assert checked.exit_code == 1 and checked.stderr == ""


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_spinner_shows_on_a_terminal_stderr_only() -> None:
    shown = io.StringIO()
    with working("comparing 2 reports…", Console(file=shown, force_terminal=True), _Tty()):
        time.sleep(0.05)
    assert "comparing 2 reports…" in shown.getvalue()
    quiet = io.StringIO()
    with working("comparing 2 reports…", Console(file=quiet, force_terminal=True), io.StringIO()):
        time.sleep(0.05)
    assert quiet.getvalue() == ""


# -- ingest's progress: each report handed back as soon as it is ready ----------------------


def _prepare_after_signal(path: Path) -> Prepared:
    """The last file waits until the first one has been handed back (a marker file appears)."""
    if path.name == "last.txt":
        marker = path.with_name("first-handed-back")
        deadline = time.monotonic() + 30
        while not marker.exists():
            if time.monotonic() > deadline:
                return Prepared(str(path), None, error="the first report was never handed back")
            time.sleep(0.02)
    return Prepared(str(path), None, error="")


def test_workers_hand_back_each_report_before_the_rest_are_done(tmp_path: Path) -> None:
    files = [tmp_path / "first.txt", *(tmp_path / f"r{i}.txt" for i in range(5)), tmp_path / "last.txt"]
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        results = []
        for p in prepared_in_order(pool, files, _prepare_after_signal):
            results.append(p)
            (tmp_path / "first-handed-back").touch()
    assert [Path(p.path).name for p in results] == [f.name for f in files]
    assert all(not p.error for p in results), [p.error for p in results]
