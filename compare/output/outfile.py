"""Writing a report to `--output` without ever destroying what is at the path.

- A character device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is written
  through: it is opened and written, never replaced by a regular file.
- A symlink is followed: its target receives the report and the link stays a link.
- A regular file is replaced atomically: the report goes to a temporary file created
  exclusively (O_EXCL, so a planted symlink cannot redirect it) in the target's folder, takes
  the existing file's permission bits, and is moved over the target. The temporary file is
  removed on any failure, including SIGINT and SIGTERM.
- The output may not be one of the input reports (same resolved path or same inode).
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from ..errors import InputError

# A report's text, or what writes it to an open file as it is made (a long JSON report).
Text = str | Callable[[TextIO], None]


def write_report(path: Path, text: Text, *, inputs: Sequence[Path] = ()) -> None:
    """Write `text` to `path` as described in the module docstring; InputError on refusal."""
    target, info = check_target(path, inputs)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(str(path), path, text)
    else:
        _replace_atomically(str(path), target, text, info)


def check_target(path: Path, inputs: Sequence[Path] = ()) -> tuple[Path, os.stat_result | None]:
    """The real target of `path` and its status (None: it does not exist yet), or InputError
    when the report cannot or must not be written there. Cheap: call it before the work."""
    name = str(path)
    info = _stat(path)  # follows links as the kernel does (/dev/stdout -> /proc/self/fd/1 -> a pipe)
    target = Path(os.path.realpath(path)) if info is None or stat.S_ISREG(info.st_mode) else path
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a directory")
    _refuse_inputs(name, target, info, inputs)
    if info is None and not target.parent.is_dir():
        raise InputError(name, "no such folder")
    if info is not None and stat.S_ISREG(info.st_mode) and not os.access(target, os.W_OK):
        raise InputError(name, "permission denied (the file is read-only)")
    return target, info


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(str(path), f"cannot write ({exc.strerror or exc})") from None


def _refuse_inputs(name: str, target: Path, info: os.stat_result | None, inputs: Sequence[Path]) -> None:
    for p in inputs:
        try:
            same = Path(os.path.realpath(p)) == target
            if not same and info is not None:
                other = p.stat()
                same = (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)
        except OSError:
            continue
        if same:
            raise InputError(name, f"is one of the input reports ({p}); choose another output file")


def _write_through(name: str, path: Path, text: Text) -> None:
    """Devices and pipes are written, not replaced (opened through the given path, so
    /dev/stdout reaches the real standard output)."""
    try:
        with open(path, "w", encoding="utf-8") as fh:
            _write_text(fh, text)
    except OSError as exc:
        raise InputError(name, f"cannot write ({exc.strerror or exc})") from None


def _replace_atomically(name: str, target: Path, text: Text, info: os.stat_result | None) -> None:
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(name, f"cannot write ({exc.strerror or exc})") from None
    with _removed_on_failure(tmp):
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                _write_text(fh, text)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except OSError as exc:
            raise InputError(name, f"cannot write ({exc.strerror or exc})") from None


_PIECE = 1 << 20  # characters encoded and written at once


def _write_text(fh: TextIO, text: Text) -> None:
    """Write `text` a piece at a time (a long report is never held a second time whole, as
    the bytes it encodes to), or let it write itself."""
    if callable(text):
        text(fh)
        return
    for k in range(0, len(text), _PIECE):
        fh.write(text[k : k + _PIECE])


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextmanager
def _removed_on_failure(tmp: str) -> Iterator[None]:
    """Remove the temporary file if anything goes wrong, SIGTERM included (turned into
    SystemExit for the duration, when we are in the main thread)."""

    def on_term(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread
        previous = None
    try:
        yield
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
