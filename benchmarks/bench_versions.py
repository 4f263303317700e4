"""End-to-end speed of this checkout against another checkout of compare, in the same run.

Runs `main.py compare` on the seed pair with each tree's code (alternating, so both see the
same machine load), and prints medians and the ratio to the other tree, the baseline. Make
the baseline with, for example, `git worktree add /tmp/before <commit>`.

Both trees are byte-compiled first and run from their bytecode, as an installed package is
(pip compiles on install): with PYTHONDONTWRITEBYTECODE set, as on the machines here, every
run would otherwise compile each module from source again, and that cost grows with the
code's length, not its work. `--from-source` measures that way instead.

Usage: python benchmarks/bench_versions.py /tmp/before [--mode semantic] [--repeat 5] [--from-source]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(ROOT / "seeds" / "isw-2020-09-14.txt"), str(ROOT / "seeds" / "jamestown-2020-09-25.txt")]


def run_once(tree: Path, mode: str, from_source: bool) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree))
    if not from_source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    parser.add_argument("--from-source", action="store_true", help="compile every module from source at each run")
    args = parser.parse_args()
    trees = {"baseline": args.baseline.resolve(), "this checkout": ROOT}
    if not args.from_source:
        for tree in trees.values():
            compileall.compile_dir(tree / "compare", quiet=1)
            compileall.compile_file(tree / "main.py", quiet=1)
    times: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.repeat):
        for name, tree in trees.items():
            times[name].append(run_once(tree, args.mode, args.from_source))
    base = statistics.median(times["baseline"])
    how = "compiling from source at each run" if args.from_source else "from bytecode"
    print(f"seed pair, {args.mode} mode, end to end ({how}), median of {args.repeat}:")
    for name, samples in times.items():
        med = statistics.median(samples)
        print(f"  {name:<14} {med:6.2f} s   x{med / base:.2f}")


if __name__ == "__main__":
    main()
