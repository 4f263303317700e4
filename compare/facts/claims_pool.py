"""The claims of many statements, parsed in worker processes.

The spaCy parse is the costly part of a long comparison (some 370 statements a second on one
core), and in a thread it holds the interpreter lock against everything else the comparison
does. Past `PROCESSES_FROM` texts they are parsed by worker processes instead, each loading
the parser once and handing back `Claims` (small frozen dataclasses; spaCy Docs would cost
more to send back than to make). A worker that cannot start (no parser, no processes allowed,
a main module that cannot be imported again) sends the whole parse back in-process.

`claims_in_processes` parses one list of texts with a pool of its own; `ParsePool` is the
pool a long comparison keeps from its first statement to the last it needs parsed.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import queue
import sys
import threading
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
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


class ParsePool:
    """Worker processes that a long comparison keeps for all of its parse: the claims of the
    statements read while it extracts and aligns, then of those it finds it needs, with no
    second start (some 2 s a worker).

    Texts are parsed in chunks of `chunk`, each by one worker with the batches the in-process
    parse would use, so the claims are the same whichever worker, and in whatever order, reads
    a chunk. It starts with one worker, fed one chunk at a time (the comparison keeps the other
    core busy meanwhile); `hurry` adds workers up to one per core (at most `MAX_WORKERS`), all
    taking chunks from one queue, once the comparison waits. Each worker is a one-process
    executor driven by a thread of this process; a worker that cannot start or breaks leaves
    its thread to parse in-process, with the same chunks.
    """

    def __init__(self, chunk: int = CHUNK, *, warm: bool = False) -> None:
        """`warm`: its worker starts now and loads the parser before any text is queued."""
        self._chunk = chunk
        self._warm = warm
        self._queue: queue.SimpleQueue[tuple[list[str], Future[list[Claims]]] | None] = queue.SimpleQueue()
        self._feeders: list[threading.Thread] = []
        self._workers: list[ProcessPoolExecutor] = []
        self._pending: list[Future] = []  # work given to the workers, done or not (see `busy`)
        _POOLS.add(self)
        self._add_worker()

    def parse(self, texts: Sequence[str]) -> Callable[[], list[Claims]]:
        """Queue the texts; returns what waits for their claims (in order). Raises
        `ParserUnavailable` when called, as `claims_of_texts` does."""
        futures: list[Future[list[Claims]]] = []
        for k in range(0, len(texts), self._chunk):
            futures.append(Future())
            self._queue.put((list(texts[k : k + self._chunk]), futures[-1]))
        self._pending += futures
        return lambda: [c for f in futures for c in f.result()]

    def hurry(self) -> None:
        """The comparison waits for the parse: every core parses, if enough is left to pay
        back starting a worker (`PROCESSES_FROM` texts)."""
        while len(self._feeders) < min(cores(), MAX_WORKERS) and self._queue.qsize() * self._chunk > PROCESSES_FROM:
            self._add_worker()

    def close(self, *, now: bool = False) -> None:
        """Stop the workers once the chunks queued are parsed; `now`: drop those not started
        and do not wait (the comparison has failed or been interrupted)."""
        while now and not self._queue.empty():
            item = self._queue.get()
            if item is not None:
                item[1].cancel()
        for _ in self._feeders:
            self._queue.put(None)
        if now:
            for worker in self._workers:
                _stop(worker)
        else:
            for feeder in self._feeders:
                feeder.join()
        self._feeders.clear()

    @property
    def busy(self) -> int:
        """The workers busy now, loading the parser or parsing (none once all it was given is
        parsed, or it is closed)."""
        self._pending = [f for f in self._pending if not f.done()]
        return min(len(self._feeders), len(self._pending))

    def _add_worker(self) -> None:
        """A worker and the thread that feeds it; the worker is made here, not in its thread,
        so that `close(now=True)` always finds it to stop."""
        worker: ProcessPoolExecutor | None = None
        with contextlib.suppress(OSError, RuntimeError):  # then its thread parses in-process
            worker = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_start)
            if self._warm:
                self._pending.append(worker.submit(_parse, []))  # starts the process, which loads the parser
            self._workers.append(worker)
        feeder = threading.Thread(target=self._feed, args=(worker,), daemon=True)
        self._feeders.append(feeder)
        feeder.start()

    def _feed(self, worker: ProcessPoolExecutor | None) -> None:
        while (item := self._queue.get()) is not None:
            texts, future = item
            worker = self._parse_chunk(worker, texts, future)
        if worker is not None:
            worker.shutdown()

    @staticmethod
    def _parse_chunk(
        worker: ProcessPoolExecutor | None, texts: list[str], future: Future[list[Claims]]
    ) -> ProcessPoolExecutor | None:
        """Parse one chunk in the worker, or in-process once it has failed; returns the worker
        still to use."""
        if worker is not None:
            try:
                future.set_result(worker.submit(_parse, texts).result())
                return worker
            except (BrokenProcessPool, OSError, RuntimeError, KeyboardInterrupt):
                # KeyboardInterrupt: see `claims_in_processes`
                worker.shutdown(wait=False)
                worker = None
        try:
            future.set_result(claims_of_texts(texts))
        except BaseException as error:  # noqa: BLE001 - the caller of `parse` sees it
            future.set_exception(error)
        return worker


_POOLS: weakref.WeakSet[ParsePool] = weakref.WeakSet()
_WARM: list[ParsePool] = []


def warm_parser() -> None:
    """Start a parse worker now: it imports spaCy and loads the model (some 2 s) while the
    command reads its inputs and embeds them, and the comparison's parse (`take_warm_pool`)
    finds it ready. On two cores this is a second of the seed pair's 4.5 s: a parse in a
    thread of this process holds the interpreter lock against everything else it does."""
    if not _WARM:
        _WARM.append(ParsePool(warm=True))


def take_warm_pool() -> ParsePool | None:
    """The pool `warm_parser` started, once."""
    return _WARM.pop() if _WARM else None


def drop_warm_pool() -> None:
    """Stop the warm worker if nothing took it (a command that failed early, or parsed
    nothing), without waiting for it to finish loading the parser."""
    while _WARM:
        _WARM.pop().close(now=True)


def cores_free() -> int | None:
    """The cores left to this process while parse workers are busy (at least one), or None
    when none is: BLAS threads for all cores would take turns with the workers (an embedding
    then takes twice as long)."""
    busy = sum(pool.busy for pool in list(_POOLS))
    return max(1, cores() - busy) if busy else None


def _stop(worker: ProcessPoolExecutor) -> None:
    """Shut a worker down now, even while it loads the parser: its processes are ended (an
    executor's shutdown waits for a busy worker, and so would the interpreter at exit)."""
    processes = list((getattr(worker, "_processes", None) or {}).values())  # shutdown forgets them
    worker.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


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
    if multiprocessing.parent_process() is not None:  # never in the comparison's own process
        atexit.register(_end_quickly)


def _end_quickly() -> None:
    """A worker's last act: end its process without the interpreter's teardown of the parser
    (some 0.2 s, which a comparison waits for when it stops its worker). Registered last, it
    runs first at exit, after the pool's own finalizers; a worker writes nothing to flush.
    Its exit code is 0 whatever happened: a chunk that fails reaches the comparison as the
    exception its future holds, and a worker that dies while it holds work breaks the pool
    (the comparison then parses in-process), so no exit code is read."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a stream closed or missing: nothing to keep
            stream.flush()
    os._exit(0)
