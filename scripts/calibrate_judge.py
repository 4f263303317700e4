"""Calibrate the judge's agreement thresholds leave-one-pair-out over gold files.

For every setting of the grid, each gold pair is compared and scored; then, for each pair
left out in turn, the setting with the best agreement F1 on the other pairs is chosen and
scored on the pair left out. Prints the grid's totals, the choice of each fold and the pooled
left-out figures. Figures only: no statement text is printed.

    python scripts/calibrate_judge.py [GOLD.toml ...] [--mode semantic|lexical]
"""

from __future__ import annotations

import argparse
import glob
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.evaluate import Scores, evaluate_file, total  # noqa: E402
from compare.match.embed import load_encoder  # noqa: E402
from compare.match.settings import Settings  # noqa: E402

COVER = (0.0, 0.3)
IDF = (0.0, 0.2, 0.3)
SEMANTIC = (0.5, 0.55, 0.6, 0.7)
SUBJECT = (0.0, 0.4)
VERB = (0.4, 0.45, 0.5, 1.01)

Point = tuple[float, float, float, float, float]


def default_gold() -> list[Path]:
    files = sorted(glob.glob(str(ROOT.parent / "shared" / "devset" / "*" / "*.toml")))
    return [Path(f) for f in files] + sorted((ROOT / "alignments").glob("*.toml"))


def run_grid(files: list[Path], base: Settings) -> list[tuple[Point, dict[str, Scores]]]:
    if base.encoder:  # the embeddings decide; floors on shared words never won a fold (measured)
        grid = [(0.0, 0.0, s, u, v) for s in SEMANTIC for u in SUBJECT for v in VERB]
    else:
        grid = [(c, i, 0.0, 0.0, 1.01) for c in COVER for i in IDF]
    rows = []
    for c, i, s, u, v in grid:
        judge = replace(
            base.judge, paraphrase_cover=c, paraphrase_idf=i, paraphrase_semantic=s, subject_semantic=u, verb_semantic=v
        )
        per = {f.stem: evaluate_file(f, replace(base, judge=judge))[2][0] for f in files}
        rows.append(((c, i, s, u, v), per))
        p, r, f1 = total(list(per.values())).prf("agree")
        print(f"cover>={c} idf>={i} semantic>={s} subject>={u} verb>={v}: agree P {p:.3f} R {r:.3f} F1 {f1:.3f}", flush=True)
    return rows


def left_out(rows: list[tuple[Point, dict[str, Scores]]]) -> None:
    held = []
    for name in rows[0][1]:
        point, per = max(rows, key=lambda r: total([v for k, v in r[1].items() if k != name]).prf("agree")[2])
        held.append(per[name])
        print(
            f"left out {name}: chose cover>={point[0]} idf>={point[1]} semantic>={point[2]} subject>={point[3]} verb>={point[4]}"
        )
    p, r, f1 = total(held).prf("agree")
    print(f"pooled left-out agreement: P {p:.3f} R {r:.3f} F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: ../shared/devset and alignments/)")
    parser.add_argument("--mode", choices=["semantic", "lexical"], default="semantic")
    args = parser.parse_args()
    base = Settings.semantic(load_encoder()) if args.mode == "semantic" else Settings.lexical()
    left_out(run_grid(args.gold or default_gold(), base))


if __name__ == "__main__":
    main()
