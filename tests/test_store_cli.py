"""The store commands when something is off: an unknown --source, a mistyped --store, a store in
a read-only folder, `sources remove` with --store after it, damaged stored facts, a full disk.
Every report here is invented."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import compare.corpus.connection as connection
from compare.cli import app
from compare.corpus.ingest import ingest_paths
from compare.corpus.store import Store, StoreError
from compare.facts.extract import extract_all
from compare.facts.terms import encode
from compare.read.load import parse
from compare.read.segment import segment

from .conftest import ROOT

runner = CliRunner()

HARBOUR = """Harbour crane collapse in Port Elvan

June 4, 2023

A crane collapsed at the container terminal of Port Elvan on June 3, injuring 12 dock workers, the port authority said.
The terminal stayed closed for two days. Inspectors from the Maritime Safety Board arrived on Sunday.
"""
FERRY = """Port Elvan ferry service suspended

June 6, 2023

The port authority said 7 dock workers were injured when a crane fell at the container terminal on June 3.
Ferry crossings to Carrow Island were suspended until Friday.
"""


def invoke(*args: str | Path) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def one_line(result: Result) -> str:
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, Path]:
    """(a store holding the harbour report as source 'harbour', a new report to check)."""
    report, new = tmp_path / "harbour.txt", tmp_path / "ferry.txt"
    report.write_text(HARBOUR)
    new.write_text(FERRY)
    store = tmp_path / "store" / "s.sqlite"
    assert invoke("ingest", report, "--store", store, "--mode", "lexical").exit_code == 0
    return store, new


# -- --source and --since ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "suggested"),
    [("Harbour", "'harbour'"), ("harbor", "'harbour'"), ("nobody", None)],
)
def test_check_with_an_unknown_source_is_an_error(stored: tuple[Path, Path], name: str, suggested: str | None) -> None:
    store, new = stored
    line = one_line(invoke("check", new, "--store", store, "--source", name, "--mode", "lexical"))
    assert str(store) in line and f"no source {name!r}" in line
    if suggested:
        assert f"did you mean {suggested}?" in line
    else:
        assert "did you mean" not in line and "compare sources" in line


def test_check_with_a_known_source_and_since_later_than_every_source(stored: tuple[Path, Path]) -> None:
    store, new = stored
    known = invoke("check", new, "--store", store, "--source", "harbour", "--format", "json", "--mode", "lexical")
    assert known.exit_code in (0, 1) and json.loads(known.stdout)["store"]["sources_searched"] == 1
    later = invoke("check", new, "--store", store, "--since", "2024-01-01", "--format", "json", "--mode", "lexical")
    doc = json.loads(later.stdout)
    assert later.exit_code == 0 and doc["store"]["sources_searched"] == 0
    assert {s["status"] for s in doc["statements"]} == {"new"}


# -- a store that does not exist -----------------------------------------------------------


@pytest.mark.parametrize("command", [["check", "NEW"], ["sources"], ["sources", "remove", "harbour"]])
def test_only_ingest_creates_a_store(tmp_path: Path, command: list[str]) -> None:
    new = tmp_path / "ferry.txt"
    new.write_text(FERRY)
    typo = tmp_path / "no-such-folder" / "typo.sqlite"
    line = one_line(invoke(*[new if c == "NEW" else c for c in command], "--store", typo))
    assert "no such store" in line and str(typo) in line
    assert not typo.parent.exists()


# -- a store in a read-only folder ---------------------------------------------------------


@pytest.fixture
def read_only_folder(stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The store's folder made read-only (0555). Root ignores the mode bits, so when the tests
    run as root `os.access` is also made to say what it would say to another user: the store
    then takes the same read-only path (an immutable SQLite open), but SQLite itself could
    still have written there; `test_read_only_folder_for_real` covers that when not root."""
    store, _ = stored
    folder = store.parent
    folder.chmod(0o555)
    if os.geteuid() == 0:
        real = os.access
        monkeypatch.setattr(connection.os, "access", lambda p, mode: real(p, mode) and not (mode & os.W_OK and _under(p, folder)))
    try:
        yield folder
    finally:
        folder.chmod(0o755)


def _under(path: str | Path, folder: Path) -> bool:
    p = Path(path).resolve()
    return p == folder.resolve() or folder.resolve() in p.parents


def test_a_store_in_a_read_only_folder_can_be_read_not_written(stored: tuple[Path, Path], read_only_folder: Path) -> None:
    store, new = stored
    before = sorted(p.name for p in read_only_folder.iterdir())
    checked = invoke("check", new, "--store", store, "--format", "json", "--mode", "lexical")
    assert checked.exit_code in (0, 1), checked.output
    assert json.loads(checked.stdout)["store"]["sources_searched"] == 1
    listing = invoke("sources", "--store", store)
    assert listing.exit_code == 0 and "harbour" in listing.stdout
    assert sorted(p.name for p in read_only_folder.iterdir()) == before  # no -wal or -shm left behind
    line = one_line(invoke("ingest", new, "--store", store, "--mode", "lexical"))
    assert "not writable" in line and str(read_only_folder) in line
    line = one_line(invoke("sources", "remove", "harbour", "--store", store))
    assert "not writable" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file modes; the monkeypatched variant above runs instead")
def test_read_only_folder_for_real(stored: tuple[Path, Path]) -> None:
    store, new = stored
    store.parent.chmod(0o555)
    try:
        assert invoke("check", new, "--store", store, "--mode", "lexical").exit_code in (0, 1)
        assert "not writable" in one_line(invoke("ingest", new, "--store", store, "--mode", "lexical"))
    finally:
        store.parent.chmod(0o755)


def _as_nobody_cmd() -> list[str]:
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]


def _nobody_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", "HOME": "/nonexistent"}


def _as_nobody(*args: str | Path) -> subprocess.CompletedProcess[str]:
    cmd = [*_as_nobody_cmd(), str(ROOT / "main.py"), *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd="/", env=_nobody_env())


def _nobody_can_run_compare() -> bool:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        return False
    probe = _as_nobody_cmd() + ["-c", "import compare.cli"]
    return subprocess.run(probe, capture_output=True, timeout=60, cwd="/", env=_nobody_env()).returncode == 0


@pytest.mark.skipif(not _nobody_can_run_compare(), reason="needs root, setpriv, and a Python user nobody can run")
def test_read_only_folder_for_real_as_another_user() -> None:
    """As root, the real thing: check and ingest run as user nobody (setpriv), for whom a
    root-owned 0555 folder is read-only, with no monkeypatching."""
    folder = Path(tempfile.mkdtemp(prefix="compare-ro-"))
    try:
        (folder / "harbour.txt").write_text(HARBOUR)
        (folder / "ferry.txt").write_text(FERRY)
        store = folder / "s.sqlite"
        assert invoke("ingest", folder / "harbour.txt", "--store", store, "--mode", "lexical").exit_code == 0
        for p in (folder / "harbour.txt", folder / "ferry.txt", store):
            p.chmod(0o644)
        folder.chmod(0o555)
        before = sorted(p.name for p in folder.iterdir())
        checked = _as_nobody("check", folder / "ferry.txt", "--store", store, "--format", "json", "--mode", "lexical")
        assert checked.returncode in (0, 1), checked.stderr
        assert json.loads(checked.stdout)["store"]["sources_searched"] == 1
        assert sorted(p.name for p in folder.iterdir()) == before
        ingest = _as_nobody("ingest", folder / "ferry.txt", "--store", store, "--mode", "lexical")
        assert ingest.returncode == 2 and "not writable" in ingest.stderr and "Traceback" not in ingest.stderr
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


# -- sources remove ------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["store first", "store last"])
def test_sources_remove_takes_the_store_before_or_after(stored: tuple[Path, Path], order: str) -> None:
    store, _ = stored
    args = (
        ["sources", "--store", store, "remove", "harbour"]
        if order == "store first"
        else ["sources", "remove", "harbour", "--store", store]
    )
    result = invoke(*args)
    assert result.exit_code == 0 and "removed harbour" in result.stdout, result.output
    with Store(store) as st:
        assert st.sources() == []


def test_sources_remove_of_an_unknown_id_suggests_close_ones(stored: tuple[Path, Path]) -> None:
    store, _ = stored
    line = one_line(invoke("sources", "remove", "Harbour", "--store", store))
    assert "no source 'Harbour'" in line and "did you mean 'harbour'?" in line


# -- damaged facts ---------------------------------------------------------------------------


@pytest.mark.parametrize("facts", ["{not json", "[]", "{}", '{"tokens": 5}', "null"])
def test_damaged_stored_facts_give_one_line(stored: tuple[Path, Path], facts: str) -> None:
    store, new = stored
    with sqlite3.connect(store) as db:
        db.execute("UPDATE statements SET facts = ?", (facts,))
    db.close()
    line = one_line(invoke("check", new, "--store", store, "--mode", "lexical"))
    assert str(store) in line and "damaged" in line and "compare sources remove harbour" in line


# -- a full disk ---------------------------------------------------------------------------


def _long_report(n: int) -> str:
    body = " ".join(f"Inspectors counted {k + 3} damaged containers on quay {k % 9 + 1} of Port Elvan." for k in range(n))
    return f"Inspection log\n\nJune 9, 2023\n\n{body}\n"


def _tight_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new connection may grow the store by one page at most: the disk is 'full'."""
    real = connection._connect

    def tight(path: Path) -> sqlite3.Connection:
        db = real(path)
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0] + 1}")
        return db

    monkeypatch.setattr(connection, "_connect", tight)


def test_a_full_disk_during_ingest_says_so_and_keeps_earlier_reports(
    stored: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = stored
    big = tmp_path / "log.txt"
    big.write_text(_long_report(300))
    _tight_connect(monkeypatch)
    line = one_line(invoke("ingest", big, "--store", store, "--mode", "lexical"))
    assert "full" in line and "earlier ones are kept" in line and "no transaction" not in line
    monkeypatch.undo()
    with Store(store) as st:
        assert [s.id for s in st.sources()] == ["harbour"]
        assert st.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r.status for r in ingest_paths(st, [big])] == ["added"]  # room again: it goes in


def test_a_full_store_raises_a_store_error_and_stays_usable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.sqlite"
    small = parse(HARBOUR, path="h.txt", source_id="h")
    big = parse(_long_report(300), path="log.txt", source_id="log")
    with Store(path) as st:
        st.ingest(small, segment(small), encode(extract_all(segment(small), (small,))))
    _tight_connect(monkeypatch)
    with Store(path) as st:
        statements = segment(big)
        with pytest.raises(StoreError, match="full"):
            st.ingest(big, statements, encode(extract_all(statements, (big,))))
        assert not st.db.in_transaction
        assert [s.id for s in st.sources()] == ["h"] and st.statement_count() == len(segment(small))


def test_an_old_store_in_a_read_only_folder_says_how_to_upgrade(
    stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, new = stored
    with sqlite3.connect(store) as db:  # as schema 4 left it
        db.execute("ALTER TABLE statements DROP COLUMN terms")
        db.execute("PRAGMA user_version = 4")
    db.close()
    real = os.access
    monkeypatch.setattr(
        connection.os, "access", lambda p, mode: real(p, mode) and not (mode & os.W_OK and _under(p, store.parent))
    )
    line = one_line(invoke("check", new, "--store", store, "--mode", "lexical"))
    assert "schema 4 predates" in line and "read-only" in line
    monkeypatch.undo()
    assert invoke("sources", "--store", store).exit_code == 0  # writable again: upgraded on open
    with Store(store, access="read") as st:
        assert st.db.execute("PRAGMA user_version").fetchone()[0] == 5


def test_sources_as_json(tmp_path) -> None:
    import json as _json

    report = tmp_path / "harbour.txt"
    report.write_text("Harbour fire\n\nMay 2, 2023\n\nA fire broke out at the Delta terminal on May 1. Two dockers were hurt.\n")
    store = str(tmp_path / "s.sqlite")
    assert runner.invoke(app, ["ingest", str(report), "--store", store, "--mode", "lexical"]).exit_code == 0
    result = runner.invoke(app, ["sources", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = _json.loads(result.stdout)
    assert doc["schema"] == "compare-sources/1" and doc["store"].endswith("s.sqlite")
    (src,) = doc["sources"]
    assert (src["id"], src["date"], src["statements"]) == ("harbour", "2023-05-02", 2)
    assert src["paths"] == [str(report.resolve())]
