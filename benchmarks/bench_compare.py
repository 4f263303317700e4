"""Time the seed-pair comparison in-process and end to end, beside baselines from the same run.

Baselines: `python -c "import compare"` (interpreter start and package import) for the
end-to-end figures, and loading + segmenting the two reports for the in-process ones.
Figures are medians over repeated runs and are printed as ratios to their baseline.
Usage: python benchmarks/bench_compare.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(ROOT / "seeds" / "isw-2020-09-14.txt"), str(ROOT / "seeds" / "jamestown-2020-09-25.txt")]


def median_time(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def run(*args: str) -> None:
    subprocess.run([sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def main(repeat: int) -> None:
    sys.path.insert(0, str(ROOT))
    from compare.match.settings import Settings
    from compare.pipeline import compare_paths
    from compare.read.load import load
    from compare.read.segment import segment

    rows = []
    base_in = median_time(lambda: [segment(load(p)) for p in SEEDS], repeat)
    rows.append(("in-process: load + segment (baseline)", base_in, base_in))
    rows.append(("in-process: compare, lexical", median_time(lambda: compare_paths(SEEDS), repeat), base_in))
    try:
        from compare.match.embed import load_encoder

        enc = load_encoder()
        cold = median_time(lambda: (enc._memo.clear(), compare_paths(SEEDS, Settings.of(enc))), repeat)
        rows.append(("in-process: compare, semantic (embeddings not cached)", cold, base_in))
        rows.append(
            (
                "in-process: compare, semantic (embeddings cached)",
                median_time(lambda: compare_paths(SEEDS, Settings.of(enc)), repeat),
                base_in,
            )
        )
    except Exception as exc:  # noqa: BLE001 - report the missing mode, keep measuring the rest
        print(f"semantic mode not measured: {exc}")
    base_e2e = median_time(lambda: run("-c", "import compare"), repeat)
    rows.append(("end to end: python -c 'import compare' (baseline)", base_e2e, base_e2e))
    rows.append(
        (
            "end to end: main.py compare --mode lexical",
            median_time(lambda: run("main.py", "compare", *SEEDS, "--mode", "lexical", "--format", "json"), repeat),
            base_e2e,
        )
    )
    rows.append(
        (
            "end to end: main.py compare --mode semantic",
            median_time(lambda: run("main.py", "compare", *SEEDS, "--mode", "semantic", "--format", "json"), repeat),
            base_e2e,
        )
    )
    width = max(len(r[0]) for r in rows)
    print(f"{'measurement':<{width}}  {'median':>9}  {'x baseline':>10}")
    for name, t, base in rows:
        print(f"{name:<{width}}  {t * 1000:8.1f}ms  {t / base:10.1f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Time the seed-pair comparison.")
    parser.add_argument("--repeat", type=int, default=5)
    main(parser.parse_args().repeat)
