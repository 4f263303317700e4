"""Calibrate the judge's figure-conflict floor leave-one-pair-out over gold files.

`figure_conflict_semantic` (compare/match/judge.py): figures of one unit in conflict count as a
contradiction only when the two statements are at least this close in meaning. This script
runs every gold file once with no floor, keeps each predicted figure contradiction with its
closeness and whether the gold calls the pair a contradiction, then for each file left out
chooses the grid point with the best contradiction F1 on the other files (the lowest such
point on a tie) and scores it on the file left out. Figures only: no statement text.

    python scripts/calibrate_figure_floor.py [GOLD.toml | DIR ...]
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.evaluate import gold_files, load_gold, resolve  # noqa: E402
from compare.match.embed import load_encoder  # noqa: E402
from compare.match.judge import Context, RuleJudge  # noqa: E402
from compare.match.settings import Settings  # noqa: E402
from compare.models import Candidate, Judgement  # noqa: E402
from compare.pipeline import compare_paths  # noqa: E402

GRID = [round(0.02 * i, 2) for i in range(0, 21)]  # 0.0 … 0.4


@dataclass(frozen=True)
class PairFigures:
    """One gold file: its gold contradictions, its predicted ones (right or not), and the
    closeness of each predicted figure contradiction that a floor may take away."""

    name: str
    gold: int
    right: int
    predicted: int
    figures: tuple[tuple[float, bool], ...]  # (closeness, right) of each figure contradiction


def default_gold() -> list[Path]:
    files = sorted(glob.glob(str(ROOT.parent / "shared" / "devset" / "*" / "*.toml")))
    return [Path(f) for f in files] + sorted((ROOT / "alignments").glob("*.toml")) + [ROOT / "tests" / "data" / "invented"]


def measure(path: Path, settings: Settings) -> PairFigures:
    data, a, b = load_gold(path)
    closeness: dict[tuple[str, str], float] = {}
    judge = RuleJudge(replace(settings.judge, figure_conflict_semantic=0.0))

    def recording(candidates: Sequence[Candidate], context: Context) -> list[Judgement]:
        closeness.update(((c.a, c.b), dict(c.signals)["semantic"]) for c in candidates if "semantic" in dict(c.signals))
        return judge(candidates, context)

    report = compare_paths([a, b], settings, judge=recording)
    gold = resolve(data, path, a, b, report)
    wanted = {frozenset((link.a, link.b)) for link in gold.links if link.label == "contradict"}
    said = [j for j in report.judgements if j.verdict.value == "contradict"]
    right = [frozenset((j.a, j.b)) in wanted for j in said]
    figures = tuple(
        (closeness[(j.a, j.b)], ok)
        for j, ok in zip(said, right)
        if j.kind == "quantity" and (j.a, j.b) in closeness and j.reasons and j.reasons[0].startswith("'")
    )
    return PairFigures(path.stem, len(wanted), sum(right), len(said), figures)


def f1(pairs: list[PairFigures], floor: float) -> tuple[int, int, int, float]:
    gold = sum(p.gold for p in pairs)
    right = sum(p.right - sum(ok for c, ok in p.figures if c < floor) for p in pairs)
    said = sum(p.predicted - sum(1 for c, _ in p.figures if c < floor) for p in pairs)
    precision, recall = right / max(said, 1), right / max(gold, 1)
    return gold, right, said, 2 * precision * recall / max(precision + recall, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files or folders (default: dev, seed and invented)")
    args = parser.parse_args()
    settings = Settings.semantic(load_encoder())
    pairs = [measure(p, settings) for p in gold_files(args.gold or default_gold())]
    for floor in GRID:
        gold, right, said, score = f1(pairs, floor)
        print(f"floor {floor:.2f}: contradictions {right}/{said} of {gold}, F1 {score:.4f}")
    held = []
    for i, out in enumerate(pairs):
        rest = pairs[:i] + pairs[i + 1 :]
        best = max(GRID, key=lambda x: (round(f1(rest, x)[3], 6), -x))
        held.append((out, best))
        print(f"left out {out.name}: chose {best:.2f}")
    right = sum(p.right - sum(ok for c, ok in p.figures if c < x) for p, x in held)
    said = sum(p.predicted - sum(1 for c, _ in p.figures if c < x) for p, x in held)
    gold = sum(p.gold for p, _ in held)
    print(f"pooled left-out contradictions: {right}/{said} of {gold}")


if __name__ == "__main__":
    main()
