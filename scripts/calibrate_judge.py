"""Calibrate the judge's agreement thresholds leave-one-pair-out over gold files.

Scores every point of the mode's grid (`compare.evaluate.JUDGE_GRID`) on every gold file,
then, leaving out each file in turn, chooses the point with the best agreement F1 on the
others and scores it on the file left out. Prints the grid's totals, each fold's choice and
the pooled left-out figures (as `python main.py eval --left-out` does, with the grid shown).
Figures only: no statement text is printed.

    python scripts/calibrate_judge.py [GOLD.toml ...] [--mode semantic|lexical]
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.evaluate import grid_scores, left_out, total  # noqa: E402
from compare.match.embed import load_encoder  # noqa: E402
from compare.match.settings import Settings  # noqa: E402


def default_gold() -> list[Path]:
    files = sorted(glob.glob(str(ROOT.parent / "shared" / "devset" / "*" / "*.toml")))
    return [Path(f) for f in files] + sorted((ROOT / "alignments").glob("*.toml"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: ../shared/devset and alignments/)")
    parser.add_argument("--mode", choices=["semantic", "lexical"], default="semantic")
    args = parser.parse_args()
    settings = Settings.semantic(load_encoder()) if args.mode == "semantic" else Settings.lexical()
    grid = grid_scores(args.gold or default_gold(), settings)
    for point, per in grid:
        p, r, f1 = total(list(per.values())).prf("agree")
        print(f"{point}: agreement P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    held = left_out(grid)
    for name, point in held.choices:
        print(f"left out {name}: chose {point}")
    p, r, f1 = held.total.prf("agree")
    print(f"pooled left-out agreement: P {p:.3f} R {r:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
