"""Grid-search the aligner's weights and cut-offs on the gold's `calibrate` topics.

Prints the best configurations by link F1 on the calibration half (traps must stay
unlinked) and, beside them, the same figures on the held-out half, so that tuning on one
half and measuring on the other stays visible.
Usage: python scripts/calibrate.py [--semantic] [GOLD.toml]
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from compare.evaluate import load_gold, resolve
from compare.match.align import DEFAULT, _competitive, combine, idf_table, score_matrix
from compare.match.embed import embed_statements, load_encoder
from compare.match.settings import Settings
from compare.pipeline import compare_paths


def main(path: Path, semantic: bool) -> None:
    data, a, b = load_gold(path)
    encoder = load_encoder() if semantic else None
    report = compare_paths([a, b], Settings.of(encoder))
    gold = resolve(data, path, a, b, report)
    src_a = report.sources[0].id
    fa = [f for f, s in zip(report.facts, report.statements) if s.source == src_a]
    fb = [f for f, s in zip(report.facts, report.statements) if s.source != src_a]
    ia = {f.statement_id: i for i, f in enumerate(fa)}
    ib = {f.statement_id: i for i, f in enumerate(fb)}
    vectors = None
    if encoder:
        vec = embed_statements(encoder, report.statements)
        vectors = (np.stack([vec[f.statement_id] for f in fa]), np.stack([vec[f.statement_id] for f in fb]))
    _, parts = score_matrix(fa, fb, idf=idf_table(report.facts), vectors=vectors)
    halves = {
        name: {(ia[g.a], ib[g.b]) for g in gold.links if g.topic in set(topics)}
        for name, topics in (("calibrate", gold.calibrate), ("held-out", gold.held_out))
    }
    traps = {(ia[x], ib[y]) for x, y in gold.traps}
    rows = []
    steps = [0.0, 0.1, 0.2] if semantic else [0.0, 0.1, 0.2, 0.3, 0.4]
    sem_steps = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] if semantic else [0.0]
    for *w, ws in itertools.product(*[steps] * 6, sem_steps):
        if abs(sum(w) + ws - 1.0) > 1e-6:
            continue
        cfg0 = replace(
            DEFAULT, w_fuzzy=w[0], w_idf=w[1], w_cover=w[2], w_entities=w[3], w_numbers=w[4], w_dates=w[5], w_semantic=ws
        )
        scores = combine(parts, cfg0)
        for thr in np.arange(0.10, 0.60, 0.02):
            for margin, both in itertools.product((0.02, 0.04, 0.08, 0.12, 0.16, 1.0), (True, False)):
                cfg = replace(cfg0, threshold=round(float(thr), 2), margin=margin, both_sides=both)
                keep = _competitive(scores, cfg)
                rows.append((cfg, *(_f1(keep, halves[h]) for h in ("calibrate", "held-out")), int(sum(keep[t] for t in traps))))
    rows.sort(key=lambda r: (-(r[1][2] - 0.1 * r[3]), -r[1][1]))
    for cfg, cal, held, trap in rows[:15]:
        print(
            f"cal P/R/F1 {cal[0]:.2f}/{cal[1]:.2f}/{cal[2]:.2f}  held {held[0]:.2f}/{held[1]:.2f}/{held[2]:.2f}  traps {trap}  {cfg}"
        )


def _f1(keep: np.ndarray, gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    """Link P/R/F1 within the region of the given gold links (rows or columns they touch)."""
    rows = {i for i, _ in gold}
    cols = {j for _, j in gold}
    pred = {(int(i), int(j)) for i, j in zip(*np.nonzero(keep)) if i in rows or j in cols}
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--semantic"]
    main(Path(args[0] if args else "alignments/isw-jamestown-2020-09.toml"), "--semantic" in sys.argv)
