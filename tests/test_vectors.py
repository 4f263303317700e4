"""The vector index: k-means cells, streaming top-k, the store's exact and IVF search, model
bookkeeping, and `check` finding a paraphrase that shares no word with what is stored."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from compare.corpus import vectors
from compare.corpus.check import check_source
from compare.corpus.ingest import ingest_paths
from compare.corpus.store import Store, StoreError
from compare.facts.extract import extract_all
from compare.facts.terms import encode
from compare.match.settings import Settings
from compare.models import Report, Statement, Verdict
from compare.read.load import parse
from compare.read.segment import segment

from .conftest import encoder_or_skip


def _clustered(n: int, dim: int = 32, clusters: int = 20, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(clusters, dim))
    labels = rng.integers(0, clusters, size=n)
    x = centres[labels] + 0.3 * rng.normal(size=(n, dim))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32), labels


def _exact_top(queries: np.ndarray, x: np.ndarray, k: int) -> list[set[int]]:
    sims = queries @ x.T
    return [set(np.argsort(-row)[:k].tolist()) for row in sims]


def test_cells_grow_with_the_store() -> None:
    assert vectors.cell_count(20_000) == 565 and vectors.cell_count(2_000_000) == 5656


def test_kmeans_finds_the_clusters() -> None:
    x, labels = _clustered(2000)
    cells = vectors.assign_cells(x, vectors.kmeans(x, 20))
    # each true cluster lands (almost) whole in one cell
    purity = np.mean([np.bincount(cells[labels == c]).max() / np.sum(labels == c) for c in range(20)])
    assert purity > 0.9


def test_streaming_top_k_equals_the_exact_top_k() -> None:
    x, _ = _clustered(1000, seed=1)
    q, _ = _clustered(7, seed=2)
    top = vectors.TopK(q, 5, floor=-1.0)
    for start in range(0, 1000, 128):  # rows arrive in batches
        top.add(np.arange(start, min(start + 128, 1000)), x[start : start + 128])
    got = [set(row.tolist()) for row in top.ids]
    assert got == _exact_top(q, x, 5)


def test_top_k_respects_the_floor_and_the_queries_offered() -> None:
    x = np.eye(4, dtype=np.float32)
    top = vectors.TopK(x[:2], 3, floor=0.5)
    top.add(np.array([10, 11, 12, 13]), x, for_queries=np.array([1]))
    assert top.rowids() == [11]  # query 0 was not offered the rows; only one row is ≥ 0.5 from query 1


def _report(k: int) -> str:
    body = " ".join(f"Depot {k}-{i} in sector {i} was inspected on schedule." for i in range(20))
    return f"Inspection log {k}\n\nMarch 3, 2021\n\n{body}\n"


@pytest.fixture
def vector_store(tmp_path):
    """A store of 60 reports (1,200 statements) with clustered synthetic embeddings."""
    x, _ = _clustered(1200, seed=3)
    st = Store(tmp_path / "v.sqlite")
    for k in range(60):
        src = parse(_report(k), path=f"r{k}.txt", source_id=f"r{k}")
        statements = segment(src)
        st.ingest(src, statements, encode(extract_all(statements, (src,))), x[20 * k : 20 * k + 20], model="synthetic@1")
    yield st, x
    st.close()


def test_store_search_exact_then_through_the_cells(vector_store, monkeypatch) -> None:
    st, x = vector_store
    # cells of ~50 vectors, as in the stores the index is built for (≥ EXACT_LIMIT statements)
    monkeypatch.setattr(vectors, "cell_count", lambda n: n // 50)
    q, _ = _clustered(10, seed=4)
    rowid_of = {i: r for i, (r,) in enumerate(st.db.execute("SELECT rowid FROM statements ORDER BY rowid"))}
    want = [{rowid_of[i] for i in s} for s in _exact_top(q, x, 10)]

    exact = set(st.nearest(q, k=10, floor=-1.0))
    assert exact == set().union(*want)  # below the training size the scan is exact

    assert st.train_vectors(force=True)
    cells = st.db.execute("SELECT count(DISTINCT cell), count(cell) FROM statements").fetchone()
    assert cells == (24, 1200)
    per_query = [set(st.nearest(q[i : i + 1], k=10, floor=-1.0)) for i in range(10)]
    recall = np.mean([len(got & w) / 10 for got, w in zip(per_query, want)])
    assert recall >= 0.9, recall


def test_statements_ingested_after_training_get_a_cell(vector_store) -> None:
    st, x = vector_store
    st.train_vectors(force=True)
    src = parse(_report(99), path="r99.txt", source_id="r99")
    statements = segment(src)
    st.ingest(src, statements, encode(extract_all(statements, (src,))), x[:20], model="synthetic@1")
    assert st.db.execute("SELECT count(*) FROM statements WHERE cell IS NULL").fetchone()[0] == 0
    assert st.embedded_count() == 1220
    st.remove("r99")
    assert st.embedded_count() == 1200


def test_training_waits_for_a_large_enough_store(vector_store) -> None:
    st, _ = vector_store
    assert not st.train_vectors()  # 1,200 < EXACT_LIMIT: the exact scan is used
    assert st.vector_model() == ("synthetic@1", 32)


def test_another_models_embeddings_are_refused(vector_store) -> None:
    st, x = vector_store
    src = parse(_report(98), path="r98.txt", source_id="r98")
    statements = segment(src)
    facts = encode(extract_all(statements, (src,)))
    with pytest.raises(StoreError, match="another model"):
        st.ingest(src, statements, facts, x[:20], model="other@2")
    with pytest.raises(StoreError, match="another model"):
        st.ingest(src, statements, facts, np.zeros((20, 16), np.float32), model="synthetic@1")
    assert st.source_count() == 60  # nothing half-stored


def test_migration_counts_the_embeddings_already_stored(tmp_path, vector_store) -> None:
    st, _ = vector_store
    path = st.path
    st.close()
    with sqlite3.connect(path) as db:  # as schema 2 left it
        db.executescript(
            "ALTER TABLE statements DROP COLUMN terms; DROP TABLE source_paths; DROP INDEX statements_cell; ALTER TABLE statements DROP COLUMN cell; DROP TABLE vec_centroids; "
            "DROP TABLE vec_meta; PRAGMA user_version = 2;"
        )
    with Store(path) as again:
        assert again.embedded_count() == 1200
        assert again.vector_model() == (None, None)
        assert len(again.nearest(np.ones((1, 32), np.float32) / np.sqrt(32), k=3, floor=-1.0)) == 0  # dim unknown
    st.db = sqlite3.connect(path)  # let the fixture close something


STORED = [
    (
        "Minsk police",
        "Tens of thousands of demonstrators filled the streets of the capital on Sunday. "
        "Riot police detained several dozen people near the railway station.",
    ),
    ("Central bank", "The central bank raised its key interest rate to 9 percent. Analysts expected a smaller rise."),
    ("Harvest", "Farmers blocked roads to protest falling grain prices. The ministry promised subsidies."),
]


def test_check_in_semantic_mode_finds_a_paraphrase_with_no_shared_word(tmp_path) -> None:
    encoder = encoder_or_skip()
    files = []
    for k, (title, body) in enumerate(STORED):
        files.append(tmp_path / f"s{k}.txt")
        files[-1].write_text(f"{title}\n\nAugust 16, 2020\n\n{body}\n", encoding="utf-8")
    new = parse(
        "Weekend\n\nAugust 17, 2020\n\nA huge crowd of protesters marched through Minsk at the weekend.\n",
        path="new.txt",
        source_id="new",
    )
    with Store(tmp_path / "lex.sqlite") as lexical:
        ingest_paths(lexical, files)
        lexical_found = {s.text for s in stored_of(check_source(lexical, new))}
        assert not any("demonstrators" in t for t in lexical_found)  # no shared word: the full-text index misses it
    with Store(tmp_path / "sem.sqlite") as semantic:
        ingest_paths(semantic, files, encoder)
        report = check_source(semantic, new, Settings.of(encoder))
    found = {s.text for s in stored_of(report)}
    assert any("demonstrators filled the streets" in t for t in found)
    assert not any("interest rate" in t for t in found)


def test_check_with_another_model_ignores_the_stored_embeddings(vector_store) -> None:
    st, _ = vector_store  # 32-dimensional synthetic embeddings
    encoder = encoder_or_skip()
    new = parse("Log\n\nMarch 4, 2021\n\nDepot 7-3 in sector 3 was inspected on schedule.\n", path="n.txt", source_id="n")
    report = check_source(st, new, Settings.of(encoder))  # candidates come from the full-text index, embedded anew
    assert stored_of(report) and report.status_of(report.subject_statements()[0].id) is Verdict.AGREE


def test_ingest_cli_names_the_model_clash_in_one_line(vector_store, tmp_path) -> None:
    from typer.testing import CliRunner

    from compare.cli import app

    encoder_or_skip()
    st, _ = vector_store
    report = tmp_path / "more.txt"
    report.write_text(_report(500), encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(report), "--store", str(st.path), "--mode", "semantic"])
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "another model" in lines[0] and "Traceback" not in result.output
    assert st.source_count() == 60


def test_ingest_cli_reports_the_vector_index(tmp_path) -> None:
    from typer.testing import CliRunner

    from compare.cli import app

    encoder_or_skip()
    reports = []
    for k in range(2):
        reports.append(tmp_path / f"r{k}.txt")
        reports[-1].write_text(_report(k), encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", *map(str, reports), "--store", str(tmp_path / "s.sqlite"), "--mode", "semantic"])
    assert result.exit_code == 0, result.output
    assert "vector index: 40 embedded statements, exact scan" in result.output


def test_semantic_ingest_with_workers_stores_the_same_embeddings(tmp_path) -> None:
    encoder = encoder_or_skip()
    files = []
    for k, (title, body) in enumerate(STORED):
        files.append(tmp_path / f"s{k}.txt")
        files[-1].write_text(f"{title}\n\nAugust 16, 2020\n\n{body}\n", encoding="utf-8")

    def stored(jobs: int) -> dict[str, np.ndarray]:
        with Store(tmp_path / f"j{jobs}.sqlite") as st:
            ingest_paths(st, files, encoder, jobs=jobs)  # jobs=2: workers load the model and embed
            rows = st.db.execute("SELECT text, embedding FROM statements").fetchall()
            assert st.vector_model() == (encoder.fingerprint, encoder.dim)
        return {t: np.frombuffer(e, dtype=np.float32) for t, e in rows}

    one, two = stored(1), stored(2)
    assert one.keys() == two.keys() and len(one) == 6
    assert all(np.allclose(one[t], two[t], atol=1e-5) for t in one)


def test_workers_memoize_as_the_writing_encoder_does(monkeypatch) -> None:
    from compare.corpus import ingest

    encoder = encoder_or_skip()
    ingest._start_worker(str(encoder.path), False)
    try:
        assert ingest._WORKER_ENCODER is not None and ingest._WORKER_ENCODER.memoize is False
    finally:
        ingest._WORKER_ENCODER.memoize = True  # the same cached encoder object serves other tests
        ingest._WORKER_ENCODER = None


def test_a_second_store_handle_sees_a_retraining(vector_store) -> None:
    st, x = vector_store
    st.train_vectors(force=True)
    other = Store(st.path)
    try:
        first = other._centroids()
        st.train_vectors(force=True)  # same size, new centroids (another process in real life)
        st.db.execute("UPDATE vec_centroids SET vector = ? WHERE cell = 0", (np.zeros(32, np.float32).tobytes(),))
        assert first is not None and not np.array_equal(other._centroids()[0], first[0])
    finally:
        other.close()


def stored_of(report: Report) -> list[Statement]:
    """The stored statements a check retrieved (every statement not of the new report)."""
    return [s for s in report.statements if s.source != report.subject]
