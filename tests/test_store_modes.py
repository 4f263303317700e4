"""A store holds reports of one mode: ingesting in the other mode is refused (exit 2, one line
naming the store's mode and what to do), never mixed silently; `--mode auto` follows the store.
Every report here is invented."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.corpus.ingest import ingest_mode, ingest_paths
from compare.corpus.store import Store, StoreError
from compare.facts.extract import extract_all
from compare.facts.terms import encode
from compare.match.settings import Mode
from compare.read.load import parse
from compare.read.segment import segment

from .conftest import encoder_or_skip

runner = CliRunner()

QUARRY = """Quarry blast shakes Tenley

May 2, 2024

A blast at the Tenley quarry on May 1 broke windows in 30 houses, the council said.
The quarry operator suspended all blasting for a week.
"""
ORCHARD = """Frost hits Tenley orchards

May 9, 2024

A late frost on May 8 damaged about half of the apple blossom in the Tenley valley.
Growers lit smudge pots in 14 orchards overnight.
"""


def _store_one(store: Store, text: str, path: str, *, embedded: bool) -> str:
    source = parse(text, path=path, source_id=Path(path).stem)
    statements = segment(source)
    vectors = np.random.default_rng(7).normal(size=(len(statements), 8)).astype(np.float32) if embedded else None
    return store.ingest(source, statements, encode(extract_all(statements, (source,))), vectors, model="fake-model")


def test_a_lexical_store_refuses_embeddings_and_a_semantic_one_refuses_none(tmp_path: Path) -> None:
    with Store(tmp_path / "lex.sqlite") as lex:
        assert lex.mode() is None
        _store_one(lex, QUARRY, "/r/quarry.txt", embedded=False)
        assert lex.mode() == "lexical"
        with pytest.raises(StoreError, match=r"ingested in lexical mode.*--mode lexical"):
            _store_one(lex, ORCHARD, "/r/orchard.txt", embedded=True)
        assert [s.id for s in lex.sources()] == ["quarry"]  # nothing of the refused report was stored
    with Store(tmp_path / "sem.sqlite") as sem:
        _store_one(sem, QUARRY, "/r/quarry.txt", embedded=True)
        assert sem.mode() == "semantic"
        with pytest.raises(StoreError, match=r"ingested in semantic mode.*--mode semantic"):
            _store_one(sem, ORCHARD, "/r/orchard.txt", embedded=False)
        assert sem.statement_count() == sem.embedded_count()


def test_an_emptied_store_takes_either_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as st:
        _store_one(st, QUARRY, "/r/quarry.txt", embedded=False)
        st.remove("quarry")
        assert st.mode() is None
        assert _store_one(st, ORCHARD, "/r/orchard.txt", embedded=True) == "added"
        assert st.mode() == "semantic"


def test_a_store_from_before_the_mode_was_recorded_is_read_from_its_counts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Store(path) as st:
        _store_one(st, QUARRY, "/r/quarry.txt", embedded=True)
        _store_one(st, ORCHARD, "/r/orchard.txt", embedded=True)
    db = sqlite3.connect(path)
    with db:
        db.execute("DELETE FROM vec_meta WHERE key = 'mode'")
    db.close()
    with Store(path) as st:
        assert st.mode() == "semantic"
    db = sqlite3.connect(path)
    with db:  # what an older version could leave behind: one report with embeddings, one without
        db.execute("UPDATE statements SET embedding = NULL WHERE source_id = 'orchard'")
    db.close()
    with Store(path) as st:
        assert st.mode() == "mixed"
        with pytest.raises(StoreError, match="both modes"):
            st.require_mode("semantic")


def test_ingest_paths_refuses_before_reading_any_file(tmp_path: Path) -> None:
    class Unusable:  # an encoder that must never be reached
        fingerprint = "unusable"

        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"the encoder was used ({name})")

    with Store(tmp_path / "s.sqlite") as st:
        _store_one(st, QUARRY, "/r/quarry.txt", embedded=False)
        report = tmp_path / "orchard.txt"
        report.write_text(ORCHARD, encoding="utf-8")
        with pytest.raises(StoreError, match="lexical mode"):
            ingest_paths(st, [report], Unusable())  # type: ignore[arg-type]
        assert ingest_mode(st, Mode.auto) is Mode.lexical
        assert ingest_mode(st, Mode.semantic) is Mode.semantic


def test_ingest_in_the_other_mode_is_one_line_exit_2_and_auto_follows_the_store(tmp_path: Path) -> None:
    encoder_or_skip()
    store, quarry, orchard = tmp_path / "s.sqlite", tmp_path / "quarry.txt", tmp_path / "orchard.txt"
    quarry.write_text(QUARRY, encoding="utf-8")
    orchard.write_text(ORCHARD, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(quarry), "--store", str(store), "--mode", "lexical"]).exit_code == 0

    refused = runner.invoke(app, ["ingest", str(orchard), "--store", str(store), "--mode", "semantic"])
    assert refused.exit_code == 2, refused.output
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.output
    assert "holds reports ingested in lexical mode" in refused.stderr and "--mode lexical" in refused.stderr

    followed = runner.invoke(app, ["ingest", str(orchard), "--store", str(store)])  # auto, with the model installed
    assert followed.exit_code == 0, followed.output
    with Store(store, access="read") as st:
        assert st.mode() == "lexical" and st.embedded_count() == 0
        assert sorted(s.id for s in st.sources()) == ["orchard", "quarry"]
