from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.corpus.check import check_source
from compare.corpus.ingest import ingest_paths
from compare.corpus.store import SCHEMA_VERSION, Store, StoreError
from compare.models import CHECK_STATUS
from compare.read.load import load, parse

from .conftest import ISW, JAMESTOWN, ROOT

runner = CliRunner()

REUTERS = """Kyiv strike leaves dozens wounded

March 10, 2022

Russian missiles struck a residential district of Kyiv on March 9, wounding at least 20 people, the mayor said.
The strike destroyed a school and two apartment blocks. Air defense units shot down four missiles.
"""
TASS = """Defense ministry comments on Kyiv

March 11, 2022

The Defense Ministry said no residential buildings in Kyiv were targeted on March 9.
According to the ministry, air defense units in Kyiv shot down four missiles, and the strike hit a fuel depot.
"""


def test_ingest_is_idempotent_and_replaces_changed_files(tmp_path) -> None:
    report = tmp_path / "reuters.txt"
    report.write_text(REUTERS)
    with Store(tmp_path / "s.sqlite") as st:
        assert [r.status for r in ingest_paths(st, [report])] == ["added"]
        assert [r.status for r in ingest_paths(st, [report])] == ["unchanged"]
        report.write_text(REUTERS.replace("at least 20", "at least 25"))
        assert [r.status for r in ingest_paths(st, [report])] == ["replaced"]
        (only,) = st.sources()
        assert only.id == "reuters" and only.statements == 3
        assert st.statement_count() == 3
        assert st.candidates(["25"]) or st.candidates(["wound"])  # the index follows the new version


def test_two_paths_with_the_same_content_are_both_recorded(tmp_path) -> None:
    first, copy = tmp_path / "reuters.txt", tmp_path / "copy-of-reuters.txt"
    first.write_text(REUTERS)
    copy.write_text(REUTERS)
    with Store(tmp_path / "s.sqlite") as st:
        assert [r.status for r in ingest_paths(st, [first, copy])] == ["added", "duplicate"]
        assert [r.status for r in ingest_paths(st, [copy])] == ["unchanged"]
        (only,) = st.sources()
        assert set(only.paths) == {str(first.resolve()), str(copy.resolve())}
        # editing the first file must not drop the copy's content from the store
        first.write_text(REUTERS.replace("at least 20", "at least 25"))
        assert [r.status for r in ingest_paths(st, [first])] == ["added"]
        assert sorted(s.statements for s in st.sources()) == [3, 3]
        texts = {s.paths: s.id for s in st.sources()}
        assert (str(copy.resolve()),) in texts and (str(first.resolve()),) in texts
        # editing the copy too: its old version has no path left and is replaced
        copy.write_text(REUTERS.replace("four missiles", "five missiles"))
        assert [r.status for r in ingest_paths(st, [copy])] == ["replaced"]
        assert st.source_count() == 2 and st.statement_count() == 6


def test_a_schema_3_store_keeps_its_paths_after_the_upgrade(tmp_path) -> None:
    report = tmp_path / "reuters.txt"
    report.write_text(REUTERS)
    path = tmp_path / "s.sqlite"
    with Store(path) as st:
        ingest_paths(st, [report])
    _downgrade(path, 3)
    with Store(path) as st:
        assert st.sources()[0].paths == (str(report.resolve()),)
        assert [r.status for r in ingest_paths(st, [report])] == ["unchanged"]


def test_remove_and_folder_ingest(tmp_path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "reuters.txt").write_text(REUTERS)
    (folder / "tass.md").write_text(TASS)
    (folder / "notes.json").write_text("{}")
    with Store(tmp_path / "s.sqlite") as st:
        assert sorted(r.source_id for r in ingest_paths(st, [folder])) == ["reuters", "tass"]
        assert st.remove("tass") and not st.remove("tass")
        assert [s.id for s in st.sources()] == ["reuters"]
        assert st.candidates(["fuel"]) == []


def test_check_finds_contradictions_and_corroboration(tmp_path) -> None:
    (tmp_path / "reuters.txt").write_text(REUTERS)
    new = tmp_path / "tass.txt"
    new.write_text(TASS)
    with Store(tmp_path / "s.sqlite") as st:
        ingest_paths(st, [tmp_path / "reuters.txt"])
        report = check_source(st, load(new))
    status = {s.text[:30]: CHECK_STATUS[report.status_of(s.id)] for s in report.subject_statements()}
    assert status["The Defense Ministry said no r"] == "contradicted"
    assert status["According to the ministry, air"] in ("corroborated", "contradicted")


def test_check_cli_json_exit_codes_and_filters(tmp_path) -> None:
    store = tmp_path / "s.sqlite"
    assert runner.invoke(app, ["ingest", str(JAMESTOWN), "--store", str(store), "--mode", "lexical"]).exit_code == 0
    result = runner.invoke(app, ["check", str(ISW), "--store", str(store), "--format", "json", "--mode", "lexical"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["schema"] == "compare-check/1"
    assert doc["summary"]["contradicted"] >= 3
    meeting = next(s for s in doc["statements"] if "nearly four hours" in s["text"])
    assert meeting["status"] == "contradicted" and meeting["contradicted_by"][0]["source"] == "jamestown"
    later = runner.invoke(
        app, ["check", str(ISW), "--store", str(store), "--since", "2021-01-01", "--format", "json", "--mode", "lexical"]
    )
    assert later.exit_code == 0 and json.loads(later.stdout)["summary"]["contradicted"] == 0
    assert json.loads(later.stdout)["store"]["sources_searched"] == 0
    other = runner.invoke(app, ["check", str(ISW), "--store", str(store), "--source", "nobody", "--mode", "lexical"])
    assert other.exit_code == 2 and "no source 'nobody'" in other.stderr
    bad = runner.invoke(app, ["check", str(ISW), "--store", str(store), "--since", "last week"])
    assert bad.exit_code == 2 and "not a date" in bad.stderr


def test_sources_cli(tmp_path) -> None:
    store = tmp_path / "s.sqlite"
    runner.invoke(app, ["ingest", str(ISW), str(JAMESTOWN), "--store", str(store), "--mode", "lexical"])
    listing = runner.invoke(app, ["sources", "--store", str(store)])
    assert listing.exit_code == 0 and "isw" in listing.stdout and "jamestown" in listing.stdout
    assert runner.invoke(app, ["sources", "--store", str(store), "remove", "isw"]).exit_code == 0
    gone = runner.invoke(app, ["sources", "--store", str(store), "remove", "isw"])
    assert gone.exit_code == 2 and "no source 'isw'" in gone.stderr


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"this is a text file, not a database\n", "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "not a usable compare store"),
    ],
)
def test_corrupt_or_foreign_files_are_refused_and_left_untouched(tmp_path, content: bytes, fragment: str) -> None:
    path = tmp_path / "store.sqlite"
    path.write_bytes(content)
    result = runner.invoke(app, ["sources", "--store", str(path)])
    assert result.exit_code == 2 and fragment in result.stderr and "Traceback" not in result.output
    assert path.read_bytes() == content


def test_another_programs_database_is_refused(tmp_path) -> None:
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE users (name TEXT)")
    with pytest.raises(StoreError, match="another program"):
        Store(path)


def test_an_interrupted_ingest_leaves_no_half_stored_report(tmp_path, monkeypatch) -> None:
    st = Store(tmp_path / "s.sqlite")
    src = parse(REUTERS, path="r.txt", source_id="r")
    from compare.facts.extract import extract_all
    from compare.facts.terms import encode
    from compare.read.segment import segment

    statements = segment(src)
    facts = encode(extract_all(statements, (src,)))

    def boom(*_args):  # after the statements are written, before the commit
        assert st.db.execute("SELECT count(*) FROM statements").fetchone()[0] > 0
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_count_terms", boom)
    with pytest.raises(KeyboardInterrupt):
        st.ingest(src, statements, facts)
    monkeypatch.undo()
    assert st.sources() == [] and st.statement_count() == 0
    assert st.ingest(src, statements, facts) == "added"
    st.close()


def test_two_ingests_at_once_lose_nothing(tmp_path) -> None:
    store = tmp_path / "s.sqlite"
    folders = []
    for n in range(2):
        folder = tmp_path / f"batch{n}"
        folder.mkdir()
        for k in range(6):
            (folder / f"r{n}-{k}.txt").write_text(REUTERS.replace("at least 20", f"at least {20 + 10 * n + k}"))
        folders.append(folder)
    cmd = [sys.executable, str(ROOT / "main.py"), "ingest", "--store", str(store), "--mode", "lexical"]
    procs = [subprocess.Popen([*cmd, str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in folders]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    with Store(store) as st:
        assert len(st.sources()) == 12
        assert st.statement_count() == 36


def test_schema_is_versioned(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer than this compare"):
        Store(path)


def test_store_path_is_a_directory(tmp_path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store(Path(tmp_path))


def test_kill_9_during_ingest_leaves_a_consistent_store() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from kill_ingest import run

    assert run(times=3, reports=12, seed=3) == 0


def test_processes_creating_one_new_store_at_once_all_succeed(tmp_path) -> None:
    code = "import sys; from pathlib import Path; from compare.corpus.store import Store; Store(Path(sys.argv[1])).close()"
    for k in range(10):  # 6 at once: both races below showed up about once in 40 rounds
        path = tmp_path / f"fresh{k}.sqlite"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=ROOT, stderr=subprocess.PIPE) for _ in range(6)]
        for p in procs:
            _, err = p.communicate(timeout=60)
            assert p.returncode == 0, err.decode()


def test_migration_from_schema_1_rebuilds_document_frequencies(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as st:
        ingest_paths(st, [ISW, JAMESTOWN])
        before = dict(st.db.execute("SELECT term, df FROM term_df").fetchall())
    _downgrade(path, 1)
    with Store(path) as st:
        after = dict(st.db.execute("SELECT term, df FROM term_df").fetchall())
        assert st.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert after == before and before["putin"] > 5


def _downgrade(path: Path, version: int) -> None:
    """Make a current store look like one written by an older schema."""
    with sqlite3.connect(path) as db:
        if version < 5:
            db.execute("ALTER TABLE statements DROP COLUMN terms")
        if version < 4:
            db.execute("DROP TABLE source_paths")
        if version < 3:
            db.executescript(
                "DROP INDEX statements_cell; ALTER TABLE statements DROP COLUMN cell; DROP TABLE vec_centroids; DROP TABLE vec_meta;"
            )
        if version < 2:
            db.execute("DROP TABLE term_df")
        db.execute(f"PRAGMA user_version = {version}")


def test_document_frequencies_follow_removal(tmp_path) -> None:
    with Store(tmp_path / "s.sqlite") as st:
        ingest_paths(st, [ISW, JAMESTOWN])
        both = st.document_frequencies(["putin", "nato"])
        st.remove("jamestown")
        isw_only = st.document_frequencies(["putin", "nato"])
    assert 0 < isw_only["putin"] < both["putin"]


def test_a_store_locked_too_long_gives_one_line_and_keeps_what_was_stored(tmp_path, monkeypatch) -> None:
    import compare.corpus.connection as connection

    store = tmp_path / "s.sqlite"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(REUTERS)
    second.write_text(TASS)
    assert runner.invoke(app, ["ingest", str(first), "--store", str(store), "--mode", "lexical"]).exit_code == 0
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        result = runner.invoke(app, ["ingest", str(second), "--store", str(store), "--mode", "lexical"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and "database is locked" in lines[0], result.output
    with Store(store) as st:
        assert [s.id for s in st.sources()] == ["a"]


@pytest.mark.parametrize("version", [4, 1])
def test_migration_to_schema_5_recovers_each_statements_terms_from_the_index(tmp_path, version: int) -> None:
    """Old stores get the `terms` column back from the FTS5 index alone (fts5vocab), and
    removing their sources afterwards empties the index exactly."""
    from compare.facts.terms import decode, index_terms

    path = tmp_path / "s.sqlite"
    with Store(path) as st:
        ingest_paths(st, [ISW, JAMESTOWN])
    _downgrade(path, version)
    with Store(path) as st:
        assert st.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = st.db.execute("SELECT source_id || ':' || idx, facts, terms FROM statements").fetchall()
        assert rows and all(set(terms.split()) == set(index_terms(decode(f, sid))) for sid, f, terms in rows)
        assert st.remove("isw") and st.remove("jamestown")
        assert st.db.execute("SELECT count(*) FROM statements_vocab").fetchone()[0] == 0
        assert st.db.execute("SELECT count(*) FROM term_df").fetchone()[0] == 0
        st.db.execute("INSERT INTO statements_fts(statements_fts) VALUES('integrity-check')")


def test_removal_needs_no_text_analysis(tmp_path, monkeypatch) -> None:
    """The store deletes a statement from the index with the terms it kept, even if the text
    analysis has changed since (here: it would now give no terms at all)."""
    import compare.facts.terms as terms_mod

    with Store(tmp_path / "s.sqlite") as st:
        ingest_paths(st, [ISW])
        monkeypatch.setattr(terms_mod, "index_terms", lambda _f: [])
        assert st.remove("isw")
        assert st.db.execute("SELECT count(*) FROM statements_vocab").fetchone()[0] == 0
