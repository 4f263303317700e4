"""Store benchmark: ingest throughput and `check` latency on synthetic corpora.

Corpora are built from the real statements of the seed reports, recombined and perturbed
(numbers, dates, names and negations changed), 20 statements per report, written as files and
ingested with `ingest_paths` (lexical mode; `--semantic` also embeds every statement, with the
encoder's memo off, since the synthetic reports repeat statements). `check` runs on a
60-statement report built the same way. Figures: statements ingested per second, check latency (median of 3), peak Python
memory of check (tracemalloc), and as a baseline in the same run the time to load, segment and
extract the check report alone (check / baseline is printed).

Usage: python benchmarks/bench_store.py [--sizes 1000,10000,100000] [--jobs 2] [--dir PATH] [--semantic]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.corpus.check import check_source  # noqa: E402
from compare.corpus.ingest import ingest_paths  # noqa: E402
from compare.corpus.store import Store  # noqa: E402
from compare.facts.extract import extract_all  # noqa: E402
from compare.match.settings import Settings  # noqa: E402
from compare.read.load import load, parse  # noqa: E402
from compare.read.segment import segment  # noqa: E402

NAMES = ["Lukashenko", "Putin", "Zelensky", "Shoigu", "Mishustin", "Peskov", "Tsikhanouskaya", "Lavrov", "Makei", "Novak"]
PLACES = ["Sochi", "Minsk", "Moscow", "Brest", "Kyiv", "Kharkiv", "Vilnius", "Warsaw", "Grodno", "Gomel"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def pool() -> list[str]:
    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out += [s.text for s in segment(load(p))]
    return out


def perturb(text: str, rng: random.Random) -> str:
    text = re.sub(r"\d+(?:\.\d+)?", lambda m: str(max(1, int(float(m.group(0)) * rng.uniform(0.5, 2)))), text)
    text = re.sub(r"\b(" + "|".join(MONTHS) + r")\b", lambda m: rng.choice(MONTHS), text)
    text = re.sub(r"\b(" + "|".join(NAMES) + r")\b", lambda m: rng.choice(NAMES) if rng.random() < 0.3 else m.group(0), text)
    text = re.sub(r"\b(" + "|".join(PLACES) + r")\b", lambda m: rng.choice(PLACES) if rng.random() < 0.3 else m.group(0), text)
    if rng.random() < 0.1:
        text = re.sub(r"\b(is|was|will|has)\b", r"\1 not", text, count=1)
    return text


def report(rng: random.Random, statements: list[str], n: int, k: int) -> str:
    day = rng.randrange(1, 28)
    body = " ".join(perturb(rng.choice(statements), rng) for _ in range(n))
    return f"Synthetic report {k}\n\n{rng.choice(MONTHS)} {day}, 2020\n\n{body}\n"


def main(sizes: list[int], jobs: int, base: Path, semantic: bool = False) -> None:
    encoder = None
    if semantic:
        from compare.match.embed import load_encoder

        encoder = load_encoder()
        encoder.memoize = False  # the synthetic reports repeat statements: embed each anew, as in real corpora
    statements = pool()
    probe = parse(report(random.Random(99), statements, 60, -1), path="probe.txt", source_id="probe")
    print(f"{'reports':>8} {'statements':>11} {'ingest s':>9} {'stmts/s':>8} {'check ms':>9} {'x baseline':>10} {'peak MB':>8}")
    previous = 0
    folder = base / "corpus"
    store_path = base / "store.sqlite"
    for size in sizes:
        build_start = time.perf_counter()
        rng_k = random.Random(size)
        for k in range(previous, size):  # grow the same corpus: each size adds reports
            sub = folder / f"{k // 1000:04d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"r{k:06d}.txt").write_text(report(rng_k, statements, 20, k), encoding="utf-8")
        new_files = [folder / f"{k // 1000:04d}" / f"r{k:06d}.txt" for k in range(previous, size)]
        built = time.perf_counter() - build_start
        with Store(store_path) as st:
            t = time.perf_counter()
            results = ingest_paths(st, new_files, encoder, jobs=jobs)
            ingest_s = time.perf_counter() - t
            n_statements = sum(r.statements for r in results)
            baseline = statistics.median(_time(lambda: extract_all(segment(probe), (probe,))) for _ in range(3))
            times = [_time(lambda: check_source(st, probe, Settings.of(encoder))) for _ in range(3)]
            tracemalloc.start()
            check_source(st, probe, Settings.of(encoder))
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            total = st.statement_count()
        check_ms = statistics.median(times) * 1000
        print(
            f"{size:>8} {total:>11} {ingest_s:>9.1f} {n_statements / ingest_s:>8.0f} {check_ms:>9.0f} "
            f"{check_ms / (baseline * 1000):>10.1f} {peak:>8.1f}   (corpus files written in {built:.1f} s)",
            flush=True,
        )
        previous = size


def _time(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Store benchmark on synthetic corpora.")
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dir", type=Path, help="keep the corpus and store here (default: a temporary folder)")
    parser.add_argument("--semantic", action="store_true", help="ingest and check in semantic mode (embeddings)")
    ns = parser.parse_args()
    sizes = [int(x) for x in ns.sizes.split(",")]
    if ns.dir:
        main(sizes, ns.jobs, ns.dir, ns.semantic)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="compare-bench-"))
        try:
            main(sizes, ns.jobs, tmp, ns.semantic)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
