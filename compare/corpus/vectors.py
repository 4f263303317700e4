"""Nearest stored statements by embedding: an exact scan for small stores, an inverted-file
(IVF) index for large ones.

Why both: `check` in semantic mode must find stored statements that say the same thing in
other words, which the full-text index cannot (they share no rare word). Scanning every
stored embedding is exact and cheap up to tens of thousands of statements; past that, the
vectors are grouped into cells around k-means centroids and a query reads only the cells of
its nearest centroids, so its cost follows the cell size, not the corpus.

Everything here is NumPy over L2-normalized float32 rows (cosine = dot product); reading rows
from the store is the caller's business (`Store.scan_vectors`, `Store.cell_vectors`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

EXACT_LIMIT = 20_000  # embedded statements up to which a check scans them all
NPROBE = 8  # cells read per query statement
GROWTH = 4  # retrain the cells when the corpus has grown this many times since the last training
SAMPLE = 20_000  # vectors k-means trains on, at least…
SAMPLE_PER_CELL = 16  # …this many per cell


def cell_count(n: int) -> int:
    """Cells for `n` vectors: 4·sqrt(n), the low end of the usual IVF rule (4-16·sqrt(n)). A check
    probes 60 statements × `NPROBE` cells at once, so cells must be many for that union to
    stay a small part of the store (2·sqrt(n) read a quarter of it at 100,000 statements)."""
    return max(8, int(4 * math.sqrt(n)))


def kmeans(x: np.ndarray, k: int, *, iters: int = 10, seed: int = 0) -> np.ndarray:
    """Spherical k-means (cosine) on the rows of `x`; returns k normalized centroids.

    Seeded from distinct rows; an emptied cell is re-seeded with the row its centroid fits
    worst, so no centroid is wasted.
    """
    rng = np.random.default_rng(seed)
    k = min(k, len(x))
    centroids = x[rng.choice(len(x), size=k, replace=False)].copy()
    for _ in range(iters):
        sims = x @ centroids.T
        assign = sims.argmax(axis=1)
        order = np.argsort(assign, kind="stable")  # members of each cell, contiguous
        cells, starts = np.unique(assign[order], return_index=True)
        sums = np.add.reduceat(x[order], starts, axis=0)
        empty = np.setdiff1d(np.arange(k), cells)
        centroids[cells] = sums
        if len(empty):  # re-seed with the rows that fit their centroid worst
            centroids[empty] = x[np.argsort(sims.max(axis=1))[: len(empty)]]
        centroids /= np.linalg.norm(centroids, axis=1, keepdims=True) + 1e-12
    return centroids.astype(np.float32)


def assign_cells(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """The cell (nearest centroid) of each row."""
    return (vectors @ centroids.T).argmax(axis=1)


def probe(queries: np.ndarray, centroids: np.ndarray, nprobe: int = NPROBE) -> np.ndarray:
    """For each query, the `nprobe` cells whose centroids are nearest (rows of cell numbers)."""
    nprobe = min(nprobe, len(centroids))
    sims = queries @ centroids.T
    return np.argpartition(-sims, nprobe - 1, axis=1)[:, :nprobe]


class TopK:
    """The k most similar stored rows for each query, kept while rows stream past, so memory
    stays at one batch of rows whatever the size of the store."""

    def __init__(self, queries: np.ndarray, k: int, floor: float) -> None:
        self.queries = queries.astype(np.float32)
        self.k = k
        self.floor = floor
        self.scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
        self.ids = np.full((len(queries), k), -1, dtype=np.int64)

    def add(self, rowids: np.ndarray, matrix: np.ndarray, for_queries: np.ndarray | None = None) -> None:
        """Offer a batch of stored rows (ids, vectors) to every query, or to `for_queries` only."""
        if not len(rowids):
            return
        q = np.arange(len(self.queries)) if for_queries is None else for_queries
        sims = self.queries[q] @ matrix.T
        sims[sims < self.floor] = -np.inf
        scores = np.concatenate([self.scores[q], sims], axis=1)
        ids = np.concatenate([self.ids[q], np.broadcast_to(rowids, sims.shape)], axis=1)
        best = np.argsort(-scores, axis=1, kind="stable")[:, : self.k]
        self.scores[q] = np.take_along_axis(scores, best, axis=1)
        self.ids[q] = np.take_along_axis(ids, best, axis=1)

    def rowids(self) -> list[int]:
        """Row ids found for any query, best first per query, each once."""
        out: dict[int, None] = {}
        for row_ids, row_scores in zip(self.ids, self.scores):
            for r, s in zip(row_ids, row_scores):
                if s > -np.inf:
                    out.setdefault(int(r), None)
        return list(out)


def queries_by_cell(cells: np.ndarray) -> dict[int, np.ndarray]:
    """Which queries probe each cell (from `probe`'s rows)."""
    by_cell: dict[int, list[int]] = {}
    for qi, row in enumerate(cells):
        for c in row:
            by_cell.setdefault(int(c), []).append(qi)
    return {c: np.array(qs) for c, qs in by_cell.items()}


def stack(blobs: Iterable[bytes], dim: int) -> np.ndarray:
    """Stored embedding blobs (float32) as one matrix."""
    buf = b"".join(blobs)
    return np.frombuffer(buf, dtype=np.float32).reshape(-1, dim) if buf else np.zeros((0, dim), np.float32)
