"""The store's schema: versioned with `PRAGMA user_version`, marked with an `application_id`
(so a foreign or corrupt file is refused and never overwritten), and brought up to date one
migration at a time, each in its own transaction."""

from __future__ import annotations

import sqlite3

from ..errors import StoreError
from .sql import writing

APPLICATION_ID = 0x636D7072  # "cmpr"
SCHEMA_VERSION = 5

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
    # 5: each statement's index terms beside it, so that removing it from the contentless FTS5
    # index (which must be told the terms it held) needs no text analysis. Old stores get them
    # back from the index itself: fts5vocab's instance table lists (term, statement) pairs,
    # with detail=none too.
    5: """
    ALTER TABLE statements ADD COLUMN terms TEXT NOT NULL DEFAULT '';
    CREATE VIRTUAL TABLE temp.statements_instances USING fts5vocab(main, statements_fts, instance);
    UPDATE statements SET terms = i.terms
        FROM (SELECT doc, group_concat(term, ' ') AS terms FROM temp.statements_instances GROUP BY doc) AS i
        WHERE i.doc = statements.rowid;
    DROP TABLE temp.statements_instances;
    """,
}


def migrate(db: sqlite3.Connection, path: str, *, readonly: bool = False) -> None:
    """Refuse another program's database or a newer schema; apply the missing migrations."""
    app_id, version, tables = _snapshot(db)
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
        raise StoreError(path, "is an SQLite database of another program, not a compare store")
    if version > SCHEMA_VERSION:
        raise StoreError(path, f"store schema {version} is newer than this compare ({SCHEMA_VERSION}); upgrade compare")
    if version < SCHEMA_VERSION and readonly:
        raise StoreError(
            path,
            f"store schema {version} predates this compare ({SCHEMA_VERSION}) and the store is read-only here; "
            "run `compare ingest` on it once where it can be written, to upgrade it",
        )
    for step in range(version + 1, SCHEMA_VERSION + 1):
        _apply(db, path, step)


def _snapshot(db: sqlite3.Connection) -> tuple[int, int, int]:
    """(application id, schema version, tables) read in one snapshot: read apart, another
    process's first migration could commit between the reads and its tables look like another
    program's (seen with six processes at once)."""
    db.execute("BEGIN")
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        db.execute("COMMIT")
    return app_id, version, tables


def _apply(db: sqlite3.Connection, path: str, step: int) -> None:
    """Apply one migration in one transaction, unless another process applied it while we
    waited for the write lock (two ingests creating the same new store)."""
    with writing(db, path):
        if db.execute("PRAGMA user_version").fetchone()[0] >= step:
            return
        for statement in MIGRATIONS[step].split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {step}")
