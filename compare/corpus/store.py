"""The corpus store: one SQLite file with sources, statements, their facts and an FTS5 index.

The schema and its migrations are in `schema.py`. WAL mode and a busy timeout let two ingests
run at once; each report goes in (or is replaced) in its own transaction (`sql.writing`), so
an interrupted ingest leaves no half-stored report. The store does no text analysis: it
receives statements already encoded (`facts.terms.encode`: facts JSON and index terms) and
keeps each statement's terms beside it, to take them out of the index again.

The interface a larger deployment would replace is `Store`: `ingest`, `sources`, `remove`,
`candidates` (full-text retrieval) and `statements` (fetch by id).
"""

from __future__ import annotations

import difflib
import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

from ..errors import StoreError
from ..facts.terms import Encoded, decode
from ..models import Facts, Source, Statement, unique_id
from . import connection, vectors
from .connection import Access
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate  # noqa: F401 - re-exported
from .sql import select_in, writing

POSTINGS_PER_TERM = 300
DEFAULT_STORE = Path.home() / ".local" / "share" / "compare" / "store.sqlite"


@dataclass(frozen=True)
class StoredSource:
    id: str
    title: str
    date: date | None
    path: str
    statements: int
    ingested_at: str
    paths: tuple[str, ...] = ()  # every path it was ingested from (`path` is the first)


@dataclass(frozen=True)
class StoredStatement:
    statement: Statement
    facts: Facts
    source_date: date | None
    embedding: np.ndarray | None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """An open store; use as a context manager."""

    def __init__(self, path: Path, *, access: Access = "create") -> None:
        self.path = path
        self._centroid_cache: tuple[str | None, np.ndarray | None] = (None, None)
        self.db, self.readonly = connection.open_db(path, access)
        try:
            migrate(self.db, str(path), readonly=self.readonly)
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(str(path), f"not a usable compare store ({exc})") from None
        except BaseException:
            self.db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _writing(self) -> AbstractContextManager[None]:
        """One write transaction: committed at the end of the block, rolled back if it raises."""
        return writing(self.db, str(self.path))

    # -- writing ---------------------------------------------------------------------------

    def ingest(
        self,
        source: Source,
        statements: Sequence[Statement],
        encoded: Sequence[Encoded],
        embeddings: np.ndarray | None = None,
        model: str = "",
    ) -> str:
        """Store one report in one transaction: 'added', 'unchanged' (same content) or 'replaced'.
        `encoded` holds each statement's facts JSON and index terms (`facts.terms.encode`);
        `embeddings` (one row per statement) come with the fingerprint of the `model` that made
        them: a store holds one model's."""
        digest = content_hash(source.text)
        with self._writing():
            linked = self._link_path(digest, source.path)
            if linked is not None:
                return linked
            self._claim_mode("semantic" if embeddings is not None else "lexical")
            old = self._unlink_path(source.path)
            cells = self._cells(embeddings, model) if embeddings is not None else [None] * len(statements)
            if old:
                self._delete(old)
            sid = old or self._free_id(source.id)
            self._insert_source(sid, source, digest)
            self._insert_statements(sid, statements, encoded, embeddings, cells)
        return "replaced" if old else "added"

    def _cells(self, embeddings: np.ndarray, model: str) -> Sequence[int | None]:
        """Claim the store for this model; the vector-index cell of each new embedding."""
        self._claim_model(model, embeddings.shape[1])
        self._add_meta("embedded", len(embeddings))
        centroids = self._centroids()
        if centroids is None:
            return [None] * len(embeddings)
        return [int(c) for c in vectors.assign_cells(embeddings.astype(np.float32), centroids)]

    def _insert_source(self, sid: str, source: Source, digest: str) -> None:
        self.db.execute(
            "INSERT INTO sources (id, title, date, path, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                sid,
                source.title,
                source.date.isoformat() if source.date else None,
                source.path,
                digest,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        self.db.execute("INSERT INTO source_paths (path, source_id) VALUES (?, ?)", (source.path, sid))

    def _insert_statements(
        self,
        sid: str,
        statements: Sequence[Statement],
        encoded: Sequence[Encoded],
        embeddings: np.ndarray | None,
        cells: Sequence[int | None],
    ) -> None:
        """The statements of a new source, their terms in the full-text index and in term_df."""
        rows = []
        for k, (s, e) in enumerate(zip(statements, encoded, strict=True)):
            emb = embeddings[k].astype(np.float32).tobytes() if embeddings is not None else None
            rows.append(
                (sid, s.index, s.text, s.start, s.end, s.paragraph, s.context, e.facts_json, " ".join(e.terms), emb, cells[k])
            )
        self.db.executemany(
            "INSERT INTO statements (source_id, idx, text, start, end, paragraph, context, facts, terms, embedding, cell) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self.db.execute(
            "INSERT INTO statements_fts (rowid, terms) SELECT rowid, terms FROM statements WHERE source_id = ?", (sid,)
        )
        self._count_terms([e.terms for e in encoded], +1)

    def link_path(self, digest: str, path: str) -> str | None:
        """Record that `path` holds the stored report with this content, in one transaction:
        'unchanged' (already recorded), 'duplicate' (the same content under another path, now
        recorded too), or None when no stored report has this content."""
        with self._writing():
            return self._link_path(digest, path)

    def _link_path(self, digest: str, path: str) -> str | None:
        row = self.db.execute("SELECT id FROM sources WHERE content_hash = ?", (digest,)).fetchone()
        if row is None:
            return None
        current = self.db.execute("SELECT source_id FROM source_paths WHERE path = ?", (path,)).fetchone()
        if current and current[0] == row[0]:
            return "unchanged"
        old = self._unlink_path(path)
        if old:
            self._delete(old)
        self.db.execute("INSERT INTO source_paths (path, source_id) VALUES (?, ?)", (path, row[0]))
        return "duplicate"

    def _unlink_path(self, path: str) -> str | None:
        """Forget what `path` held; the id of that report when no other path holds it (the
        caller deletes or replaces it), else None."""
        row = self.db.execute("SELECT source_id FROM source_paths WHERE path = ?", (path,)).fetchone()
        if row is None:
            return None
        self.db.execute("DELETE FROM source_paths WHERE path = ?", (path,))
        others = self.db.execute("SELECT 1 FROM source_paths WHERE source_id = ?", (row[0],)).fetchone()
        return None if others else row[0]

    def _count_terms(self, terms: Sequence[Sequence[str]], sign: int) -> None:
        """Keep term_df (statements per term) in step with the index."""
        counts = Counter(t for ts in terms for t in set(ts))
        self.db.executemany(
            "INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            [(t, sign * n) for t, n in counts.items()],
        )
        if sign < 0:
            self.db.execute("DELETE FROM term_df WHERE df <= 0")

    def _free_id(self, wanted: str) -> str:
        return unique_id(wanted, lambda sid: self.db.execute("SELECT 1 FROM sources WHERE id = ?", (sid,)).fetchone() is not None)

    def _delete(self, source_id: str) -> None:
        """Take a source's statements out of the index (a contentless FTS5 table must be told
        the terms each held: they are kept beside it), then delete them and the source."""
        terms = [t.split() for (t,) in self.db.execute("SELECT terms FROM statements WHERE source_id = ?", (source_id,))]
        self.db.execute(
            "INSERT INTO statements_fts (statements_fts, rowid, terms) SELECT 'delete', rowid, terms FROM statements WHERE source_id = ?",
            (source_id,),
        )
        self._count_terms(terms, -1)
        embedded = self.db.execute("SELECT count(embedding) FROM statements WHERE source_id = ?", (source_id,)).fetchone()[0]
        self._add_meta("embedded", -embedded)
        self.db.execute("DELETE FROM statements WHERE source_id = ?", (source_id,))
        self.db.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def remove(self, source_id: str) -> bool:
        with self._writing():
            found = self.db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is not None
            if found:
                self._delete(source_id)
        return found

    # -- the vector index ----------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM vec_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: object) -> None:
        self.db.execute("INSERT OR REPLACE INTO vec_meta (key, value) VALUES (?, ?)", (key, str(value)))

    def _add_meta(self, key: str, n: int) -> None:
        self._set_meta(key, int(self._meta(key) or 0) + n)

    def _claim_model(self, model: str, dim: int) -> None:
        """The first embeddings stored fix the model; another model's would not be comparable."""
        held, held_dim = self._meta("model"), self._meta("dim")
        if held_dim is not None and int(held_dim) != dim or held and model and held != model:
            raise StoreError(
                str(self.path),
                f"holds embeddings of another model ({held or 'unknown'}, {held_dim} dimensions); "
                "use the same --model for this store, or another store",
            )
        if model and not held:
            self._set_meta("model", model)
        if held_dim is None:
            self._set_meta("dim", dim)

    def mode(self) -> str | None:
        """The mode the stored reports were ingested in: "semantic" (with embeddings), "lexical"
        (without), "mixed" (a store an older version filled in both modes), or None while it
        holds no report. Stores from before the mode was recorded are read from their counts."""
        if self.db.execute("SELECT 1 FROM sources LIMIT 1").fetchone() is None:
            return None
        held = self._meta("mode")
        if held:
            return held
        if self.embedded_count() == 0:
            return "lexical"
        bare = self.db.execute("SELECT 1 FROM statements WHERE embedding IS NULL LIMIT 1").fetchone()
        return "mixed" if bare else "semantic"

    def require_mode(self, mode: str) -> None:
        """StoreError unless reports ingested in `mode` may join the stored ones: a store holds
        reports of one mode, never some with embeddings and some without."""
        held = self.mode()
        if held is None or held == mode:
            return
        advice = {
            "lexical": "ingest with --mode lexical, or use another --store for semantic mode",
            "semantic": "ingest with --mode semantic (the embedding model must be installed), or use another --store",
            "mixed": "remove the reports stored without embeddings and ingest them again in semantic mode, or use another --store",
        }[held]
        what = "in both modes (by an older version)" if held == "mixed" else f"in {held} mode"
        raise StoreError(str(self.path), f"holds reports ingested {what}, and this ingest is in {mode} mode; {advice}")

    def _claim_mode(self, mode: str) -> None:
        self.require_mode(mode)
        if self._meta("mode") != mode:
            self._set_meta("mode", mode)

    def vector_model(self) -> tuple[str | None, int | None]:
        """Fingerprint and dimension of the model whose embeddings the store holds."""
        dim = self._meta("dim")
        return self._meta("model"), int(dim) if dim else None

    def vector_index(self) -> tuple[int, int]:
        """(embedded statements, cells of the index; 0 while searches scan every embedding)."""
        cells = self.db.execute("SELECT count(*) FROM vec_centroids").fetchone()[0]
        return self.embedded_count(), cells

    def embedded_count(self) -> int:
        return int(self._meta("embedded") or 0)

    def _centroids(self) -> np.ndarray | None:
        """The index's centroids, re-read only when a training (here or in another process)
        has happened since they were last read."""
        generation = self._meta("generation")
        if generation is None:
            return None
        if self._centroid_cache[0] != generation:
            blobs = [b for (b,) in self.db.execute("SELECT vector FROM vec_centroids ORDER BY cell")]
            self._centroid_cache = (generation, vectors.stack(blobs, int(self._meta("dim") or 0)))
        return self._centroid_cache[1]

    def train_vectors(self, *, force: bool = False) -> bool:
        """Build the cells when the store has outgrown an exact scan, and rebuild them each time
        it has grown `vectors.GROWTH` times since; one transaction (readers keep working).
        Returns whether it trained."""
        n = self.embedded_count()
        trained_at = int(self._meta("trained_at") or 0)
        if not force and (n < vectors.EXACT_LIMIT or trained_at and n < vectors.GROWTH * trained_at):
            return False
        if n == 0:
            return False
        dim = int(self._meta("dim") or 0)
        k = vectors.cell_count(n)
        # k-means on a sample read outside the write lock: other ingests go on meanwhile
        centroids = vectors.kmeans(self._sample_vectors(max(vectors.SAMPLE, vectors.SAMPLE_PER_CELL * k), dim), k)
        with self._writing():
            if not force and int(self._meta("trained_at") or 0) != trained_at:  # another process trained meanwhile
                return False
            self._store_cells(centroids, dim)
            self._set_meta("trained_at", n)
            self._add_meta("generation", 1)
        return True

    def _store_cells(self, centroids: np.ndarray, dim: int) -> None:
        """Replace the centroids and file every embedded statement under its nearest one."""
        self.db.execute("DELETE FROM vec_centroids")
        self.db.executemany(
            "INSERT INTO vec_centroids (cell, vector) VALUES (?, ?)", [(i, c.tobytes()) for i, c in enumerate(centroids)]
        )
        last = 0
        while batch := self.db.execute(
            "SELECT rowid, embedding FROM statements WHERE rowid > ? AND embedding IS NOT NULL ORDER BY rowid LIMIT 4096",
            (last,),
        ).fetchall():
            cells = vectors.assign_cells(vectors.stack((b for _, b in batch), dim), centroids)
            self.db.executemany(
                "UPDATE statements SET cell = ? WHERE rowid = ?", [(int(c), r) for (r, _), c in zip(batch, cells)]
            )
            last = batch[-1][0]

    def _sample_vectors(self, size: int, dim: int) -> np.ndarray:
        """Up to `size` stored embeddings, spread evenly over the store (every k-th by rowid)."""
        top = self.db.execute("SELECT max(rowid) FROM statements").fetchone()[0] or 0
        step = max(1, top // max(1, size * 2))  # rows without embeddings are skipped, so ask for more
        rows = self.db.execute(
            "SELECT embedding FROM statements WHERE rowid % ? = 0 AND embedding IS NOT NULL LIMIT ?", (step, size)
        ).fetchall()
        return vectors.stack((b for (b,) in rows), dim)

    def nearest(
        self,
        queries: np.ndarray,
        *,
        k: int,
        floor: float,
        since: date | None = None,
        source: str | None = None,
        exact: bool = False,
    ) -> list[int]:
        """Row ids of the stored statements most similar to each query vector (cosine ≥ `floor`):
        exact over every embedding while the store is small (or when asked), through the cells
        once they are trained."""
        dim = int(self._meta("dim") or 0)
        if not len(queries) or dim != queries.shape[1]:
            return []
        top = vectors.TopK(queries, k, floor)
        where, args = _filters(since, source)
        sql = f"SELECT s.rowid, s.embedding FROM statements s JOIN sources o ON o.id = s.source_id WHERE {where}"
        centroids = None if exact else self._centroids()
        if centroids is None:
            last = 0
            while batch := self.db.execute(
                f"{sql} AND s.rowid > ? AND s.embedding IS NOT NULL ORDER BY s.rowid LIMIT 4096", (*args, last)
            ).fetchall():
                top.add(np.array([r for r, _ in batch]), vectors.stack((b for _, b in batch), dim))
                last = batch[-1][0]
            return top.rowids()
        for cell, qs in vectors.queries_by_cell(vectors.probe(queries, centroids)).items():
            batch = self.db.execute(f"{sql} AND s.cell = ?", (*args, cell)).fetchall()
            top.add(np.array([r for r, _ in batch], dtype=np.int64), vectors.stack((b for _, b in batch), dim), qs)
        return top.rowids()

    # -- reading ---------------------------------------------------------------------------

    def sources(self) -> list[StoredSource]:
        rows = self.db.execute(
            "SELECT s.id, s.title, s.date, s.path, count(t.rowid), s.ingested_at FROM sources s "
            "LEFT JOIN statements t ON t.source_id = s.id GROUP BY s.id ORDER BY s.date, s.id"
        ).fetchall()
        paths: dict[str, list[str]] = {}
        for p, sid in self.db.execute("SELECT path, source_id FROM source_paths ORDER BY path"):
            paths.setdefault(sid, []).append(p)
        return [StoredSource(r[0], r[1], self._date(r[2]), r[3], r[4], r[5], tuple(paths.get(r[0], ()))) for r in rows]

    def require_source(self, source_id: str) -> None:
        """Raise a StoreError naming the store and the id unless a stored source has exactly
        this id; it suggests the close ids (another case, a typo)."""
        ids = [sid for (sid,) in self.db.execute("SELECT id FROM sources")]
        if source_id not in ids:
            raise StoreError(str(self.path), f"no source {source_id!r} in the store{_suggestion(source_id, ids)}")

    def find_content(self, digest: str) -> tuple[str, int] | None:
        """(source id, statement count) of the stored report with this content hash, if any."""
        row = self.db.execute(
            "SELECT id, (SELECT count(*) FROM statements WHERE source_id = sources.id) FROM sources WHERE content_hash = ?",
            (digest,),
        ).fetchone()
        return (row[0], row[1]) if row else None

    def source_count(self, *, since: date | None = None, source: str | None = None) -> int:
        """Stored sources, or those the filters of a check let through."""
        where, args = _filters(since, source)
        return self.db.execute(f"SELECT count(*) FROM sources o WHERE {where}", args).fetchone()[0]

    def statement_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM statements").fetchone()[0]

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        return dict(select_in(self.db, "SELECT term, df FROM term_df WHERE term IN ({marks})", list(set(terms))))

    def candidates(
        self, terms: Sequence[str], *, limit: int = 40, since: date | None = None, source: str | None = None
    ) -> list[int]:
        """Row ids of stored statements that share the most of the given terms.

        Each term's postings are read with a cap (`POSTINGS_PER_TERM`) and without ranking,
        so the cost of a query does not grow with the corpus; statements are ranked by how
        many of the terms they hold.
        """
        hits: dict[int, int] = {}
        filtered = since is not None or source is not None
        sql = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"
        if filtered:
            sql = (
                "SELECT f.rowid FROM statements_fts f JOIN statements s ON s.rowid = f.rowid JOIN sources o ON o.id = s.source_id "
                "WHERE statements_fts MATCH ? AND (? IS NULL OR o.date >= ?) AND (? IS NULL OR o.id = ?) LIMIT ?"
            )
        since_s = since.isoformat() if since else None
        for t in terms:
            args = (f'"{t}"', since_s, since_s, source, source, POSTINGS_PER_TERM) if filtered else (f'"{t}"', POSTINGS_PER_TERM)
            for (r,) in self.db.execute(sql, args):
                hits[r] = hits.get(r, 0) + 1
        return sorted(hits, key=lambda r: (-hits[r], r))[:limit]

    def source_records(self, ids: Iterable[str]) -> list[Source]:
        """The stored sources with these ids, as `Source`s without their text (id, path,
        title, date): what a check report names its stored sources by."""
        out = []
        for sid in dict.fromkeys(ids):
            row = self.db.execute("SELECT id, path, title, date FROM sources WHERE id = ?", (sid,)).fetchone()
            if row:
                out.append(Source(row[0], row[1], "", row[2], self._date(row[3]), "", ()))
        return out

    def statements(self, rowids: Sequence[int]) -> list[StoredStatement]:
        rows = select_in(
            self.db,
            "SELECT s.source_id, s.idx, s.text, s.start, s.end, s.paragraph, s.context, s.facts, s.embedding, o.date "
            "FROM statements s JOIN sources o ON o.id = s.source_id WHERE s.rowid IN ({marks})",
            rowids,
        )
        return [self._stored_statement(*row) for row in rows]

    def _stored_statement(
        self,
        src: str,
        idx: int,
        text: str,
        start: int,
        end: int,
        para: int,
        ctx: str,
        facts: str,
        emb: bytes | None,
        d: str | None,
    ) -> StoredStatement:
        sid = f"{src}:{idx}"
        try:
            decoded = decode(facts, sid)
        except ValueError as exc:
            raise self._damaged(f"the facts of statement {sid} cannot be read ({exc})", src) from None
        vec = np.frombuffer(emb, dtype=np.float32) if emb else None
        return StoredStatement(Statement(sid, src, idx, text, start, end, para, context=ctx), decoded, self._date(d), vec)

    def _date(self, text: str | None) -> date | None:
        try:
            return date.fromisoformat(text) if text else None
        except (TypeError, ValueError):
            raise self._damaged(f"a stored date cannot be read ({text!r})") from None

    def _damaged(self, what: str, source_id: str = "") -> StoreError:
        fix = (
            f"remove that source (`compare sources remove {source_id}`) and ingest it again"
            if source_id
            else "ingest into a new store"
        )
        return StoreError(str(self.path), f"the store is damaged: {what}; {fix}")


def _suggestion(wanted: str, ids: Sequence[str]) -> str:
    """'; did you mean …?' with the ids equal but for case, or close to it; else where to look."""
    by_lower: dict[str, list[str]] = {}
    for sid in ids:
        by_lower.setdefault(sid.lower(), []).append(sid)
    close = by_lower.get(wanted.lower()) or [
        sid for key in difflib.get_close_matches(wanted.lower(), list(by_lower), n=3, cutoff=0.6) for sid in by_lower[key]
    ]
    if close:
        return "; did you mean " + " or ".join(repr(c) for c in close[:3]) + "?"
    return "; `compare sources` lists the stored ones" if ids else "; the store holds no sources"


def _filters(since: date | None, source: str | None) -> tuple[str, tuple]:
    """SQL conditions (on statements s joined with sources o) for --since and --source."""
    since_s = since.isoformat() if since else None
    return "(? IS NULL OR o.date >= ?) AND (? IS NULL OR o.id = ?)", (since_s, since_s, source, source)
