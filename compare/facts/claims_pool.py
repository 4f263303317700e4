"""The claims of many statements, parsed in worker processes.

The spaCy parse is the costly part of a long comparison (some 370 statements a second on one
core), and in a thread it holds the interpreter lock against everything else the comparison
does. Past `PROCESSES_FROM` texts they are parsed by worker processes instead, each loading
the parser once and handing back `Claims` (small frozen dataclasses; spaCy Docs would cost
more to send back than to make). A worker that cannot start (no parser, no processes allowed,
a main module that cannot be imported again) sends the whole parse back in-process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .claims import BATCH_SIZE, Claims, claims_of_texts, load_parser

PROCESSES_FROM = 2_000  # below it the ~1.5 s of starting a worker is not paid back
CHUNK = 2 * BATCH_SIZE  # a worker parses the very batches the in-process parse would
MAX_WORKERS = 2  # each holds a parser (about 200 MB)


def claims_in_processes(texts: Sequence[str], workers: int | None = None, chunk: int = CHUNK) -> list[Claims]:
    """`claims_of_texts(texts)`, the same claims in the same order, parsed by worker processes
    (started with 'spawn': a fresh interpreter, not a copy of this one's threads and state).
    Raises `ParserUnavailable` as `claims_of_texts` does."""
    chunks = [list(texts[k : k + chunk]) for k in range(0, len(texts), chunk)]
    count = min(workers or _spare_cores(), len(chunks), MAX_WORKERS)
    try:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_start) as pool:
            return [c for part in pool.map(_parse, chunks) for c in part]
    except (BrokenProcessPool, OSError, RuntimeError, KeyboardInterrupt):
        # KeyboardInterrupt: Ctrl-C reaches the workers too; the main thread handles it, and
        # this (background) thread parses on quietly rather than print a worker's traceback
        return claims_of_texts(texts)


def _spare_cores() -> int:
    """The cores besides the one the comparison itself keeps busy meanwhile (at least one):
    on two cores a second parser would only take turns with the first and the main process,
    and hold another 200 MB."""
    return max(1, cores() - 1)


def cores() -> int:
    """The cores this process may run on: as many workers as parse while the comparison waits."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _parse(texts: list[str]) -> list[Claims]:
    """What a worker does with a chunk (a name of this module's, so that in-process parsing
    and parsing in workers can be told apart in tests)."""
    return claims_of_texts(texts)


def _start() -> None:
    """Load the parser once per worker (a missing parser breaks the pool: see above)."""
    load_parser()
