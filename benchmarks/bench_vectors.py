"""Vector index benchmark: `Store.nearest` for a 60-statement check, exact scan vs IVF cells.

Stores are filled with synthetic unit vectors in 384 dimensions (the model's), drawn around
2,000 random topic centres, so that neighbourhoods exist as they do for sentence embeddings;
the statements and facts stored beside them are those of one real seed report, repeated
(the search reads only embeddings). Printed per size: cells, training time, query time of
the exact scan (the baseline, same run, same store) and through the cells, their ratio,
and the recall of the cells' top 10 against the exact top 10 (20 queries, one at a time).

Usage: python benchmarks/bench_vectors.py [--sizes 20000,100000,400000] [--dir PATH]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.corpus.store import Store  # noqa: E402
from compare.facts.extract import extract_all  # noqa: E402
from compare.facts.terms import encode  # noqa: E402
from compare.read.load import load  # noqa: E402
from compare.read.segment import segment  # noqa: E402

DIM = 384


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def main(sizes: list[int], base: Path) -> None:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(2000, DIM))

    def draw(n: int) -> np.ndarray:
        # noise as large as the centre: two statements of one topic have a cosine near 0.5
        return unit(centres[rng.integers(0, len(centres), size=n)] + rng.normal(size=(n, DIM)))

    src = load(ROOT / "seeds" / "isw-2020-09-14.txt")
    statements = segment(src)
    encoded = encode(extract_all(statements, (src,)))
    queries = draw(60)
    print(f"{'statements':>10} {'cells':>6} {'train s':>8} {'exact ms':>9} {'cells ms':>9} {'speed-up':>9} {'recall@10':>10}")
    stored = 0
    with Store(base / "vectors.sqlite") as st:
        for size in sizes:
            k = stored // len(statements)
            while stored < size:
                copy = replace(src, id=f"r{k}", text=f"{src.text}\n{k}", path=f"r{k}.txt")
                st.ingest(copy, statements, encoded, draw(len(statements)), model="synthetic@bench")
                stored += len(statements)
                k += 1
            t = time.perf_counter()
            st.train_vectors(force=True)
            train = time.perf_counter() - t
            exact_t = _timed(lambda: st.nearest(queries, k=10, floor=-1.0, exact=True))
            cells_t = _timed(lambda: st.nearest(queries, k=10, floor=-1.0))
            recall = statistics.mean(
                len(set(st.nearest(q[None, :], k=10, floor=-1.0, exact=True)) & set(st.nearest(q[None, :], k=10, floor=-1.0)))
                / 10
                for q in queries[:20]
            )
            cells = st.vector_index()[1]
            print(
                f"{stored:>10} {cells:>6} {train:>8.1f} {exact_t * 1000:>9.0f} {cells_t * 1000:>9.0f} "
                f"{exact_t / cells_t:>8.1f}x {recall:>10.2f}",
                flush=True,
            )


def _timed(fn) -> float:
    """Median of 3 runs, in seconds."""
    times = []
    for _ in range(3):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Vector index benchmark on synthetic embeddings.")
    parser.add_argument("--sizes", default="20000,100000,400000", help="comma-separated statement counts")
    parser.add_argument("--dir", type=Path, help="keep the store here (default: a temporary folder)")
    ns = parser.parse_args()
    sizes = [int(x) for x in ns.sizes.split(",")]
    if ns.dir:
        ns.dir.mkdir(parents=True, exist_ok=True)
        main(sizes, ns.dir)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="compare-vec-"))
        try:
            main(sizes, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
