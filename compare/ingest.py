"""Put reports into the store: load → segment → extract (→ embed) → store, one transaction each."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .embed import Encoder
from .errors import InputError
from .extract import extract_all
from .load import load
from .pipeline import embed_statements
from .segment import segment
from .store import Store

REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # added | unchanged | replaced | error
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


def ingest_file(store: Store, path: Path, encoder: Encoder | None = None) -> IngestResult:
    try:
        source = load(path)
    except InputError as exc:
        return IngestResult(str(path), "error", error=str(exc))
    source = replace(source, path=str(path.resolve()))
    statements = segment(source)
    facts = extract_all(statements, (source,))
    vectors = None
    if encoder is not None and statements:
        by_id = embed_statements(encoder, statements)
        vectors = np.stack([by_id[s.id] for s in statements])
    status = store.ingest(source, statements, facts, vectors)
    return IngestResult(str(path), status, source.id, len(statements))


def ingest_paths(
    store: Store, paths: Iterable[Path], encoder: Encoder | None = None, progress: Callable[[IngestResult], None] | None = None
) -> list[IngestResult]:
    out = []
    for path in report_files(paths):
        result = ingest_file(store, path, encoder)
        out.append(result)
        if progress:
            progress(result)
    return out
