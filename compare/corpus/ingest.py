"""Put reports into the store: load → segment → extract (→ embed) → store, one transaction each."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..facts.extract import extract_all
from ..facts.terms import Encoded, encode
from ..match.embed import Encoder, embedding_matrix, load_encoder
from ..match.settings import Mode
from ..models import Source, Statement
from ..read.load import load, read_text
from ..read.segment import segment
from .store import Store, content_hash

REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # added | unchanged | duplicate (same content as a stored report) | replaced | error
    source_id: str = ""
    statements: int = 0
    error: str = ""


def report_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and report files (by suffix) under folders named, in a stable order."""
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in REPORT_SUFFIXES)
        else:
            yield p


@dataclass(frozen=True)
class Prepared:
    """A report read, analysed and encoded for the store (what a worker process hands back:
    encoding there keeps the single writing process from becoming the bottleneck)."""

    path: str
    source: Source | None
    statements: tuple[Statement, ...] = ()
    encoded: tuple[Encoded, ...] = ()
    error: str = ""
    vectors: np.ndarray | None = None  # embeddings, when a worker holds the model


_WORKER_ENCODER: Encoder | None = None


def _start_worker(model: str, memoize: bool) -> None:
    """Worker set-up in semantic mode: load the model once per process, memoizing as the
    writing process's encoder does."""
    global _WORKER_ENCODER
    _WORKER_ENCODER = load_encoder(Path(model))
    _WORKER_ENCODER.memoize = memoize


def prepare(path: Path) -> Prepared:
    """load → segment → extract (→ embed, in a worker holding the model) for one file; an
    unreadable file becomes an error, not an exception."""
    try:
        source = load(path)
    except InputError as exc:
        return Prepared(str(path), None, error=str(exc))
    source = replace(source, path=str(path.resolve()))
    statements = segment(source)
    encoded = encode(extract_all(statements, (source,)))
    vectors = embedding_matrix(_WORKER_ENCODER, statements) if _WORKER_ENCODER is not None else None
    return Prepared(str(path), source, statements, encoded, vectors=vectors)


def store_prepared(store: Store, p: Prepared, encoder: Encoder | None = None) -> IngestResult:
    if p.source is None:
        return IngestResult(p.path, "error", error=p.error)
    vectors = p.vectors if p.vectors is not None or encoder is None else embedding_matrix(encoder, p.statements)
    status = store.ingest(p.source, p.statements, p.encoded, vectors, model=encoder.fingerprint if encoder else "")
    return IngestResult(p.path, status, p.source.id, len(p.statements))


def ingest_file(store: Store, path: Path, encoder: Encoder | None = None) -> IngestResult:
    return store_prepared(store, prepare(path), encoder)


def _already_stored(store: Store, path: Path) -> IngestResult | None:
    """A file whose content is stored already is only recorded under its path, before any
    extraction work (re-running an ingest is cheap; a copy of a stored file is remembered)."""
    try:
        digest = content_hash(read_text(path))
    except InputError:
        return None  # prepare() reports the error
    found = store.find_content(digest)
    if found is None:
        return None
    status = store.link_path(digest, str(path.resolve()))
    return IngestResult(str(path), status, found[0], found[1]) if status else None


@contextmanager
def _pool(jobs: int, encoder: Encoder | None) -> Iterator[ProcessPoolExecutor]:
    """Worker processes. In semantic mode each loads the model and embeds its own reports,
    with one BLAS thread each: two single-threaded encoders embed ~85 statements/s on two
    cores where one two-threaded encoder in the writing process embeds ~55. The workers are
    spawned (not forked) so that they read that setting when they import NumPy."""
    if encoder is None:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield pool
        return
    saved = {k: os.environ.get(k) for k in _BLAS_THREADS}
    os.environ.update(dict.fromkeys(_BLAS_THREADS, "1"))
    try:
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(str(encoder.path), encoder.memoize),
        ) as pool:
            yield pool
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    encoder: Encoder | None = None,
    progress: Callable[[IngestResult], None] | None = None,
    jobs: int = 1,
) -> list[IngestResult]:
    """Ingest every report; with jobs > 1, reading and extraction run in worker processes while
    this process writes, one report per transaction, in the order the files are listed. With an
    encoder, the vector index is (re)built at the end when the store has grown enough. A store
    holds reports of one mode: ingesting in the other is refused before any work (StoreError)."""
    store.require_mode("semantic" if encoder is not None else "lexical")
    out = _ingest_all(store, paths, encoder, progress, jobs)
    if encoder is not None:
        store.train_vectors()
    return out


def prepared_in_order(pool: Executor, files: Sequence[Path], work: Callable[[Path], Prepared] = prepare) -> Iterator[Prepared]:
    """Each file prepared in a worker, handed back in the listed order as soon as it and the
    ones before it are done: one task per file, so the progress bar moves per report (a
    `map` in chunks of 8 handed nothing back until a whole chunk was done)."""
    futures = [pool.submit(work, f) for f in files]
    for future in futures:
        yield future.result()


def _ingest_all(
    store: Store, paths: Iterable[Path], encoder: Encoder | None, progress: Callable[[IngestResult], None] | None, jobs: int
) -> list[IngestResult]:
    files = []
    out = []
    for path in report_files(paths):
        known = _already_stored(store, path)
        if known:
            out.append(known)
            if progress:
                progress(known)
        else:
            files.append(path)
    if jobs > 1 and len(files) > 1:
        with _pool(jobs, encoder) as pool:
            try:
                for p in prepared_in_order(pool, files):
                    out.append(store_prepared(store, p, encoder))
                    if progress:
                        progress(out[-1])
            except BaseException:
                pool.shutdown(cancel_futures=True)  # do not read the remaining files first
                raise
        return out
    for path in files:
        out.append(ingest_file(store, path, encoder))
        if progress:
            progress(out[-1])
    return out


def ingest_mode(store: Store, asked: Mode) -> Mode:
    """The mode to ingest in: the one asked for, except that `auto` follows the mode of the
    reports the store already holds (a lexical store stays lexical when the model is installed)."""
    held = store.mode()
    if asked is Mode.auto and held in (Mode.lexical.value, Mode.semantic.value):
        return Mode(held)
    return asked
