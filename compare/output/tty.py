"""What the terminal report does on a terminal: a pager like git's, links, a spinner on stderr.

The decisions are plain functions of what they look at (`pager_for`, `should_page`,
`wants_links`), so they are tested without a terminal; `show` and `working` act on them.

- Paging: only the terminal report on a terminal stdout, when it is taller than the screen;
  through `$COMPARE_PAGER`, else `$PAGER`, else `less -FRX` when `less` is installed. A pager
  set to "" or "cat" means no pager (as in git). `LESS` defaults to "FRX" for the pager, so a
  plain `PAGER=less` keeps the colours. A pager that quits before reading everything (q in less)
  ends the output quietly; a pager that is not installed gives one warning line on stderr and
  the report is printed directly.
- Links: OSC 8 hyperlinks only on a terminal with colour (never in a pipe, a file, with
  NO_COLOR or `--color never`).
- Working: a transient spinner on stderr while a command computes, only when stderr is a
  terminal; it never writes to stdout.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, nullcontext, suppress
from typing import TextIO

from rich.console import Console, RenderableType

DEFAULT_PAGER = "less -FRX"


def pager_for(env: Mapping[str, str], which: Callable[[str], str | None] = shutil.which) -> str | None:
    """The pager command: $COMPARE_PAGER, else $PAGER, else `less -FRX` when less is installed;
    None for no pager (a variable set to "" or "cat", or no less)."""
    for name in ("COMPARE_PAGER", "PAGER"):
        if name in env:
            command = env[name].strip()
            return None if command in ("", "cat") else command
    return DEFAULT_PAGER if which("less") else None


def should_page(
    is_tty: bool,
    height: int,
    lines: int,
    no_pager: bool,
    env: Mapping[str, str],
    which: Callable[[str], str | None] = shutil.which,
) -> bool:
    """Page when stdout is a terminal, the report is taller than the screen (the prompt takes
    a line), paging is not turned off, and there is a pager to run."""
    return is_tty and not no_pager and lines >= height and pager_for(env, which) is not None


def wants_links(console: Console) -> bool:
    """OSC 8 links on a terminal with colour only."""
    return console.is_terminal and console.color_system is not None and not console.no_color


def show(console: Console, renderable: RenderableType, *, no_pager: bool, err: Console, stdout: TextIO | None = None) -> None:
    """Print the terminal report, through the pager when `should_page` says so."""
    out = stdout or sys.stdout
    is_tty = out.isatty()
    if not is_tty or no_pager:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    text = captured.get()
    if not should_page(is_tty, console.size.height, text.count("\n"), no_pager, os.environ):
        out.write(text)
        return
    command = pager_for(os.environ) or DEFAULT_PAGER
    if not _installed(command):
        err.print(f"compare: warning: pager {command!r} not found; printing the report directly", soft_wrap=True)
        out.write(text)
        return
    run_pager(command, text, encoding=getattr(out, "encoding", None) or "utf-8")


def _installed(command: str) -> bool:
    """Whether the program a pager command runs exists (leading VAR=value words skipped)."""
    try:
        words = [w for w in shlex.split(command) if "=" not in w or w.startswith(("/", "."))]
    except ValueError:
        return False
    return bool(words) and shutil.which(words[0]) is not None


def run_pager(command: str, text: str, *, encoding: str = "utf-8") -> int:
    """Feed `text` to the pager (a shell command, as git runs it) and wait for it; a pager that
    quits early (BrokenPipe) is not an error, and Ctrl-C is left to the pager."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode(encoding, errors="replace"))
        proc.stdin.close()
    except BrokenPipeError:
        with suppress(OSError):
            proc.stdin.close()
    while True:
        try:
            return proc.wait()
        except KeyboardInterrupt:  # the pager handles Ctrl-C; wait for it to quit
            continue


@contextmanager
def working(message: str, err: Console, stream: TextIO | None = None) -> Iterator[None]:
    """A transient spinner with `message` on stderr while the block runs, when stderr is a
    terminal; nothing at all otherwise."""
    tty = (stream or sys.stderr).isatty() and err.is_terminal
    with err.status(message, spinner="dots") if tty else nullcontext():
        yield
