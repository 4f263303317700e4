"""Opening a store file: only `ingest` creates one; a foreign file is never opened (so never
overwritten); a store that cannot be written is opened read-only for reading; WAL mode and a
busy timeout let several processes share it."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from pathlib import Path
from typing import Literal

from ..errors import StoreError

# How long a writer waits for another one: long enough for the rare rebuild of the vector
# index of a large store (49 s at 400,000 statements), after which it gives up with an error.
BUSY_TIMEOUT_S = 300.0

# create: ingest (makes the store and its folders); write: an existing store (sources remove);
# read: an existing store, opened read-only when it cannot be written (check, sources)
Access = Literal["create", "write", "read"]


def open_db(path: Path, access: Access) -> tuple[sqlite3.Connection, bool]:
    """(a connection to the store file, whether it is read-only)."""
    _refuse_foreign(path)
    if access == "create":
        _make_folder(path)
    elif not path.exists():
        raise StoreError(str(path), "no such store (`compare ingest` creates one)")
    readonly = access == "read" and not _writable(path)
    if not readonly:
        _require_writable(path)
    try:
        return (_connect_readonly(path) if readonly else _connect(path)), readonly
    except sqlite3.DatabaseError as exc:
        raise StoreError(str(path), f"not a usable compare store ({exc})") from None


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    _enable_wal(db)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. Reading a WAL store needs its -shm file, which SQLite creates
    beside it: in a folder that cannot be written, a store closed cleanly (no -wal file) is
    opened as immutable instead, which needs none (nobody can be writing it there)."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if _can_write(path.parent) or wal.exists() else "mode=ro&immutable=1"
    db = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return db


def _can_write(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _writable(path: Path) -> bool:
    """Whether the store file and its folder (WAL keeps files beside the store) can be written."""
    return _can_write(path.parent) and (not path.exists() or _can_write(path))


def _require_writable(path: Path) -> None:
    if not _can_write(path.parent):
        raise StoreError(str(path), f"the folder {path.parent} is not writable: the store cannot be written there")
    if path.exists() and not _can_write(path):
        raise StoreError(str(path), "the store file is read-only: it cannot be written")


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(str(path), f"cannot create the store's folder ({exc.strerror or exc})") from None


def _enable_wal(db: sqlite3.Connection) -> None:
    """Switch a new store to WAL. Two processes creating one store can both hold a shared lock
    and want an exclusive one; SQLite then fails one of them at once, bypassing the busy
    timeout (seen with six processes at once), so the switch is retried here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01 + random.random() * 0.05)


def _refuse_foreign(path: Path) -> None:
    """Never open (and so never overwrite) a file that is not an SQLite database."""
    if path.is_dir():
        raise StoreError(str(path), "is a directory, not a store file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            head = f.read(16)
        if head != b"SQLite format 3\x00":
            raise StoreError(str(path), "is not a compare store (not an SQLite database); it was left untouched")
