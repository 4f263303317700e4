"""The corpus store: one SQLite file with sources, statements, their facts and an FTS5 index.

Schema versioned with `PRAGMA user_version` (see `MIGRATIONS`); the file is marked with an
`application_id`, so a foreign or corrupt file is refused and never overwritten. WAL mode and
a busy timeout let two ingests run at once; each report goes in (or is replaced) in its own
transaction, so an interrupted ingest leaves no half-stored report.

The interface a larger deployment would replace is `Store`: `ingest`, `sources`, `remove`,
`candidates` (full-text retrieval) and `statements` (fetch by id).
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import StoreError
from ..facts.entities import consonants
from ..facts.serialize import facts_from_dict, facts_to_dict
from ..models import Facts, Source, Statement
from . import vectors

APPLICATION_ID = 0x636D7072  # "cmpr"
SCHEMA_VERSION = 4
POSTINGS_PER_TERM = 300
# How long a writer waits for another one: long enough for the rare rebuild of the vector
# index of a large store (49 s at 400,000 statements), after which it gives up with an error.
BUSY_TIMEOUT_S = 300.0
DEFAULT_STORE = Path.home() / ".local" / "share" / "compare" / "store.sqlite"

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT,
        path TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX sources_path ON sources(path);
    CREATE TABLE statements (
        rowid INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        context TEXT NOT NULL,
        facts TEXT NOT NULL,
        embedding BLOB
    );
    CREATE INDEX statements_source ON statements(source_id, idx);
    CREATE VIRTUAL TABLE statements_fts USING fts5(terms, content='', columnsize=0, detail=none);
    CREATE VIRTUAL TABLE statements_vocab USING fts5vocab(statements_fts, row);
    """,
    # 2: document frequencies kept beside the index; fts5vocab has to walk a term's whole
    # posting list to count it, which made `check` slow on large stores.
    2: """
    CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO term_df (term, df) SELECT term, doc FROM statements_vocab;
    """,
    # 3: a vector index (IVF) over the embeddings: each embedded statement's cell, the cells'
    # centroids, and what the index was built from (model, counts).
    3: """
    ALTER TABLE statements ADD COLUMN cell INTEGER;
    CREATE INDEX statements_cell ON statements(cell) WHERE cell IS NOT NULL;
    CREATE TABLE vec_centroids (cell INTEGER PRIMARY KEY, vector BLOB NOT NULL);
    CREATE TABLE vec_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO vec_meta (key, value) SELECT 'embedded', count(*) FROM statements WHERE embedding IS NOT NULL;
    """,
    # 4: every path a report was ingested from. Two files with the same content are stored
    # once; each path points at it, so editing one file no longer drops the other's content.
    4: """
    CREATE TABLE source_paths (
        path TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE
    );
    CREATE INDEX source_paths_source ON source_paths(source_id);
    INSERT OR IGNORE INTO source_paths (path, source_id) SELECT path, id FROM sources;
    """,
}


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


@dataclass(frozen=True)
class Encoded:
    """One statement's facts as the store keeps them: JSON, and the terms of the full-text
    index. Made by `encode`, which ingest workers run so the writing process only writes."""

    facts_json: str
    terms: tuple[str, ...]


def encode(facts: Sequence[Facts]) -> tuple[Encoded, ...]:
    return tuple(Encoded(json.dumps(facts_to_dict(f)), tuple(index_terms(f))) for f in facts)


def index_terms(f: Facts) -> list[str]:
    """What the full-text index holds for a statement: its words, its entity keys, and each
    key's consonant skeleton (so Lukashenko finds Lukashenka)."""
    terms: dict[str, None] = {}
    for t in f.tokens:
        for v in _terms_of_token(t):
            terms.setdefault(v, None)
    return list(terms)


@lru_cache(maxsize=65536)
def _terms_of_token(token: str) -> tuple[str, ...]:
    variants = [token[1:], "zz" + consonants(token[1:])] if token.startswith("@") else [token]
    return tuple(v for v in map(term_of, variants) if v)


@lru_cache(maxsize=65536)
def term_of(token: str) -> str:
    """A token as one FTS5 term: the unicode61 tokenizer would split 'post-elect' in two."""
    v = "".join(ch for ch in token.lstrip("@") if ch.isalnum()).lower()
    return v if v.isascii() else ""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """An open store; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._centroid_cache: tuple[str | None, np.ndarray | None] = (None, None)
        _refuse_foreign(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _enable_wal(self.db)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(str(path), f"not a usable compare store ({exc})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        # one snapshot: read apart, another process's first migration could commit between the
        # reads and its tables look like another program's (seen with six processes at once)
        self.db.execute("BEGIN")
        try:
            app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            self.db.execute("COMMIT")
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise StoreError(str(self.path), "is an SQLite database of another program, not a compare store")
        if version > SCHEMA_VERSION:
            raise StoreError(
                str(self.path), f"store schema {version} is newer than this compare ({SCHEMA_VERSION}); upgrade compare"
            )
        for step in range(version + 1, SCHEMA_VERSION + 1):
            self._apply(step)

    def _apply(self, step: int) -> None:
        """Apply one migration in one transaction, unless another process applied it while we
        waited for the write lock (two ingests creating the same new store)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.db.execute("PRAGMA user_version").fetchone()[0] >= step:
                self.db.execute("COMMIT")
                return
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version = {step}")
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    # -- writing ---------------------------------------------------------------------------

    def ingest(
        self,
        source: Source,
        statements: Sequence[Statement],
        facts: Sequence[Facts] | Sequence[Encoded],
        embeddings: np.ndarray | None = None,
        model: str = "",
    ) -> str:
        """Store one report in one transaction: 'added', 'unchanged' (same content) or 'replaced'.
        `facts` may come already encoded (see `encode`); `embeddings` (one row per statement)
        come with the fingerprint of the `model` that made them: a store holds one model's."""
        encoded = facts if all(isinstance(x, Encoded) for x in facts) else encode(facts)
        digest = content_hash(source.text)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            linked = self._link_path(digest, source.path)
            if linked is not None:
                self.db.execute("COMMIT")
                return linked
            old = self._unlink_path(source.path)
            cells: Sequence[int | None] = [None] * len(statements)
            if embeddings is not None:
                self._claim_model(model, embeddings.shape[1])
                centroids = self._centroids()
                if centroids is not None:
                    cells = [int(c) for c in vectors.assign_cells(embeddings.astype(np.float32), centroids)]
                self._add_meta("embedded", len(statements))
            if old:
                self._delete(old)
            sid = old or self._free_id(source.id)
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
            rows = []
            for k, (s, e) in enumerate(zip(statements, encoded, strict=True)):
                emb = embeddings[k].astype(np.float32).tobytes() if embeddings is not None else None
                rows.append((sid, s.index, s.text, s.start, s.end, s.paragraph, s.context, e.facts_json, emb, cells[k]))
            self.db.executemany(
                "INSERT INTO statements (source_id, idx, text, start, end, paragraph, context, facts, embedding, cell) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            first = self.db.execute("SELECT min(rowid) FROM statements WHERE source_id = ?", (sid,)).fetchone()[0]
            terms = [e.terms for e in encoded]
            self.db.executemany(
                "INSERT INTO statements_fts (rowid, terms) VALUES (?, ?)", [(first + k, " ".join(t)) for k, t in enumerate(terms)]
            )
            self._count_terms(terms, +1)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return "replaced" if old else "added"

    def link_path(self, digest: str, path: str) -> str | None:
        """Record that `path` holds the stored report with this content, in one transaction:
        'unchanged' (already recorded), 'duplicate' (the same content under another path, now
        recorded too), or None when no stored report has this content."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            status = self._link_path(digest, path)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return status

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
        sid, n = wanted, 2
        while self.db.execute("SELECT 1 FROM sources WHERE id = ?", (sid,)).fetchone():
            sid, n = f"{wanted}-{n}", n + 1
        return sid

    def _delete(self, source_id: str) -> None:
        rows = self.db.execute("SELECT rowid, facts FROM statements WHERE source_id = ?", (source_id,)).fetchall()
        terms = [index_terms(facts_from_dict(json.loads(f))) for _, f in rows]
        self.db.executemany(
            "INSERT INTO statements_fts (statements_fts, rowid, terms) VALUES ('delete', ?, ?)",
            [(r, " ".join(t)) for (r, _), t in zip(rows, terms, strict=True)],
        )
        self._count_terms(terms, -1)
        embedded = self.db.execute("SELECT count(embedding) FROM statements WHERE source_id = ?", (source_id,)).fetchone()[0]
        self._add_meta("embedded", -embedded)
        self.db.execute("DELETE FROM statements WHERE source_id = ?", (source_id,))
        self.db.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def remove(self, source_id: str) -> bool:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            found = self.db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is not None
            if found:
                self._delete(source_id)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return found

    # -- reading ---------------------------------------------------------------------------

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
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if not force and int(self._meta("trained_at") or 0) != trained_at:  # another process trained meanwhile
                self.db.execute("COMMIT")
                return False
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
            self._set_meta("trained_at", n)
            self._add_meta("generation", 1)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return True

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

    def sources(self) -> list[StoredSource]:
        rows = self.db.execute(
            "SELECT s.id, s.title, s.date, s.path, count(t.rowid), s.ingested_at FROM sources s "
            "LEFT JOIN statements t ON t.source_id = s.id GROUP BY s.id ORDER BY s.date, s.id"
        ).fetchall()
        paths: dict[str, list[str]] = {}
        for p, sid in self.db.execute("SELECT path, source_id FROM source_paths ORDER BY path"):
            paths.setdefault(sid, []).append(p)
        return [
            StoredSource(r[0], r[1], date.fromisoformat(r[2]) if r[2] else None, r[3], r[4], r[5], tuple(paths.get(r[0], ())))
            for r in rows
        ]

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
        terms = list(set(terms))
        out: dict[str, int] = {}
        for i in range(0, len(terms), 500):
            chunk = terms[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk).fetchall())
        return out

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
                out.append(Source(row[0], row[1], "", row[2], date.fromisoformat(row[3]) if row[3] else None, "", ()))
        return out

    def statements(self, rowids: Sequence[int]) -> list[StoredStatement]:
        out = []
        for i in range(0, len(rowids), 500):
            chunk = list(rowids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT s.rowid, s.source_id, s.idx, s.text, s.start, s.end, s.paragraph, s.context, s.facts, s.embedding, o.date "
                f"FROM statements s JOIN sources o ON o.id = s.source_id WHERE s.rowid IN ({marks})",
                chunk,
            ).fetchall()
            for _, src, idx, text, start, end, para, ctx, facts, emb, d in rows:
                sid = f"{src}:{idx}"
                st = Statement(sid, src, idx, text, start, end, para, context=ctx)
                vec = np.frombuffer(emb, dtype=np.float32) if emb else None
                out.append(
                    StoredStatement(st, facts_from_dict(json.loads(facts), sid), date.fromisoformat(d) if d else None, vec)
                )
        return out


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


def _filters(since: date | None, source: str | None) -> tuple[str, tuple]:
    """SQL conditions (on statements s joined with sources o) for --since and --source."""
    since_s = since.isoformat() if since else None
    return "(? IS NULL OR o.date >= ?) AND (? IS NULL OR o.id = ?)", (since_s, since_s, source, source)


def _refuse_foreign(path: Path) -> None:
    """Never open (and so never overwrite) a file that is not an SQLite database."""
    if path.is_dir():
        raise StoreError(str(path), "is a directory, not a store file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            head = f.read(16)
        if head != b"SQLite format 3\x00":
            raise StoreError(str(path), "is not a compare store (not an SQLite database); it was left untouched")
