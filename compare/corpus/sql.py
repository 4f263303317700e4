"""SQLite helpers the store and its migrations share: one write transaction, one chunked
`IN (...)` query."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError

IN_CHUNK = 500  # values per `IN (...)`: well under SQLite's limit on bound parameters


@contextmanager
def writing(db: sqlite3.Connection, path: str) -> Iterator[None]:
    """One write transaction (BEGIN IMMEDIATE: the write lock is taken at once, waiting out the
    busy timeout), committed when the block ends, rolled back when it raises. A full disk
    becomes a StoreError saying so: SQLite has then rolled the transaction back itself, and a
    second ROLLBACK would hide the cause behind 'no transaction is active'."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        if _is_full(exc):
            raise StoreError(
                path,
                "the disk (or the store's size limit) is full: the report being written was not stored; earlier ones are kept",
            ) from None
        raise


def _is_full(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def select_in(db: sqlite3.Connection, sql: str, values: Sequence[Any], *args: Any) -> list[tuple]:
    """Rows of `sql`, whose `{marks}` becomes `?, ?, …` for the values, run on chunks of them;
    `args` are bound before the values."""
    rows: list[tuple] = []
    for i in range(0, len(values), IN_CHUNK):
        chunk = list(values[i : i + IN_CHUNK])
        rows += db.execute(sql.format(marks=",".join("?" * len(chunk))), (*args, *chunk)).fetchall()
    return rows
