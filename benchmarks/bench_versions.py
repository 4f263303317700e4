"""End-to-end speed of this checkout against another checkout of compare, in the same run.

Runs `main.py compare` on the seed pair with each tree's code (alternating, so both see the
same machine load), and prints medians and the ratio to the other tree, the baseline. Make
the baseline with, for example, `git worktree add /tmp/before <commit>`.

Usage: python benchmarks/bench_versions.py /tmp/before [--mode semantic] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(ROOT / "seeds" / "isw-2020-09-14.txt"), str(ROOT / "seeds" / "jamestown-2020-09-25.txt")]


def run_once(tree: Path, mode: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [sys.executable, str(tree / "main.py"), "compare", *SEEDS, "--mode", mode, "--format", "json"]
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=tree, capture_output=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{tree}: compare failed: {done.stderr.decode(errors='replace')[-300:]}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline", type=Path, help="another checkout of compare (the baseline)")
    parser.add_argument("--mode", choices=["semantic", "lexical"], default="semantic")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"baseline": [], "this checkout": []}
    for _ in range(args.repeat):
        times["baseline"].append(run_once(args.baseline.resolve(), args.mode))
        times["this checkout"].append(run_once(ROOT, args.mode))
    base = statistics.median(times["baseline"])
    print(f"seed pair, {args.mode} mode, end to end, median of {args.repeat}:")
    for name, samples in times.items():
        med = statistics.median(samples)
        print(f"  {name:<14} {med:6.2f} s   x{med / base:.2f}")


if __name__ == "__main__":
    main()
