"""Kill -9 an ingest N times at random moments; after each kill the store must open cleanly
and hold only whole reports. Usage: python scripts/kill_ingest.py [--times 50] [--reports 40]

A report is whole when its statement count equals what segmenting its file gives; no
statement may lack its source, and SQLite's and FTS5's integrity checks must pass."""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.corpus.store import Store  # noqa: E402
from compare.read.load import load  # noqa: E402
from compare.read.segment import segment  # noqa: E402


def make_corpus(folder: Path, n: int) -> dict[str, int]:
    """n small reports; returns the expected statement count per resolved path."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    expected = {}
    for k in range(n):
        text = seeds[k % 2].replace("2020", str(1990 + k))  # distinct content, same shape
        p = folder / f"r{k:03d}.txt"
        p.write_text(text, encoding="utf-8")
        expected[str(p.resolve())] = len(segment(load(p)))
    return expected


def verify(store_path: Path, expected: dict[str, int]) -> str:
    """'' when the store is consistent, else what is wrong."""
    try:
        with Store(store_path) as st:
            problems = []
            for s in st.sources():
                if s.statements != expected.get(s.path):
                    problems.append(f"{s.id}: {s.statements} statements, expected {expected.get(s.path)}")
            try:
                st.db.execute("INSERT INTO statements_fts(statements_fts) VALUES('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"full-text index: {exc}")
            orphans = st.db.execute("SELECT count(*) FROM statements WHERE source_id NOT IN (SELECT id FROM sources)").fetchone()[
                0
            ]
            if orphans:
                problems.append(f"{orphans} statements without a source")
            if st.db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                problems.append("integrity_check failed")
            return "; ".join(problems)
    except (sqlite3.Error, Exception) as exc:  # noqa: BLE001 - any failure to open is the finding
        return f"cannot open: {exc}"


def run(times: int, reports: int, seed: int = 0) -> int:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        expected = make_corpus(folder, reports)
        store_path = Path(tmp) / "store.sqlite"
        failures = 0
        stored = 0
        for k in range(times):
            proc = subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), "ingest", str(folder), "--store", str(store_path), "--mode", "lexical"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.3, 2.5))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            problem = verify(store_path, expected)
            with Store(store_path) as st:
                stored = len(st.sources())
            if problem:
                failures += 1
                print(f"kill {k + 1}: {problem}")
        print(f"{times} kills, {failures} inconsistent stores, {stored}/{reports} reports stored at the end")
        return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Kill -9 an ingest at random moments and check the store.")
    parser.add_argument("--times", type=int, default=50)
    parser.add_argument("--reports", type=int, default=40)
    ns = parser.parse_args()
    sys.exit(run(ns.times, ns.reports))
