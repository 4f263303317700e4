"""Score a comparison against hand-annotated gold alignments (see alignments/README.md)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .match.settings import Settings
from .models import Report, Statement, Verdict
from .pipeline import compare_paths

Pair = tuple[str, str]


@dataclass(frozen=True)
class GoldLink:
    a: str
    b: str
    label: str
    kind: str | None
    topic: str
    note: str = ""


@dataclass(frozen=True)
class Gold:
    path: str
    a_path: Path
    b_path: Path
    links: tuple[GoldLink, ...]
    traps: tuple[Pair, ...]
    only: tuple[str, ...]  # statement ids
    calibrate: tuple[str, ...] = ()
    held_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scores:
    """Counts behind every metric, and the items that missed, for one gold file or a topic subset."""

    name: str
    gold_links: int
    predicted_links: int
    found_links: int
    contradict: tuple[int, int, int]  # true positives, predicted, gold
    agree: tuple[int, int, int]
    only_gold: int
    only_found: int
    linked_gold: int
    linked_omitted: int
    trap_links: int
    trap_contradictions: int
    misses: tuple[str, ...] = field(default=())

    @property
    def link_recall(self) -> float:
        return _ratio(self.found_links, self.gold_links)

    @property
    def link_precision(self) -> float:
        return _ratio(self.found_links, self.predicted_links)

    def prf(self, which: str) -> tuple[float, float, float]:
        tp, pred, gold = getattr(self, which)
        p, r = _ratio(tp, pred), _ratio(tp, gold)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def omission_recall(self) -> float:
        return _ratio(self.only_found, self.only_gold)

    @property
    def false_omission_rate(self) -> float:
        return _ratio(self.linked_omitted, self.linked_gold)

    def as_dict(self) -> dict:
        cp, cr, cf = self.prf("contradict")
        ap, ar, af = self.prf("agree")
        return {
            "name": self.name,
            "link_recall": round(self.link_recall, 3),
            "link_precision": round(self.link_precision, 3),
            "contradiction": {"precision": round(cp, 3), "recall": round(cr, 3), "f1": round(cf, 3)},
            "agreement": {"precision": round(ap, 3), "recall": round(ar, 3), "f1": round(af, 3)},
            "omission_recall": round(self.omission_recall, 3),
            "false_omission_rate": round(self.false_omission_rate, 3),
            "trap_links": self.trap_links,
            "trap_contradictions": self.trap_contradictions,
            "counts": {
                "gold_links": self.gold_links,
                "predicted_links": self.predicted_links,
                "found_links": self.found_links,
                "contradict_tp_pred_gold": list(self.contradict),
                "agree_tp_pred_gold": list(self.agree),
                "only_gold": self.only_gold,
                "only_found": self.only_found,
            },
            "misses": list(self.misses),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def load_gold(path: Path) -> tuple[dict, Path, Path]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read gold file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"not valid TOML ({exc})") from None
    try:
        pair = data["pair"]
        return data, (path.parent / pair["a"]).resolve(), (path.parent / pair["b"]).resolve()
    except KeyError as exc:
        raise InputError(str(path), f"gold file lacks {exc}") from None


def resolve(data: dict, path: Path, a_path: Path, b_path: Path, report: Report) -> Gold:
    """Turn snippets into statement ids of the report; a snippet must hit exactly one statement."""
    src_a, src_b = report.sources[0].id, report.sources[1].id
    by_source: dict[str, list[Statement]] = {src_a: [], src_b: []}
    for s in report.statements:
        by_source[s.source].append(s)

    def find(snippet: str, side: str) -> str:
        sid = src_a if side == "a" else src_b
        hits = [s.id for s in by_source[sid] if _norm(snippet) in _norm(s.text)]
        if len(hits) != 1:
            raise InputError(str(path), f"snippet {snippet!r} matches {len(hits)} statements of {sid}")
        return hits[0]

    links = tuple(
        GoldLink(find(x["a"], "a"), find(x["b"], "b"), x["label"], x.get("kind"), x.get("topic", ""), x.get("note", ""))
        for x in data.get("link", [])
    )
    traps = tuple((find(x["a"], "a"), find(x["b"], "b")) for x in data.get("trap", []))
    only = tuple(find(x["snippet"], x["source"]) for x in data.get("only", []))
    pair = data["pair"]
    return Gold(str(path), a_path, b_path, links, traps, only, tuple(pair.get("calibrate", ())), tuple(pair.get("held_out", ())))


def evaluate_file(path: Path, settings: Settings | None = None) -> tuple[Gold, Report, list[Scores]]:
    """Run the comparison for one gold file; scores for the whole file and each topic half."""
    data, a_path, b_path = load_gold(path)
    report = compare_paths([a_path, b_path], settings)
    gold = resolve(data, path, a_path, b_path, report)
    results = [score(gold, report, path.stem)]
    for name, topics in (("calibrate", gold.calibrate), ("held-out", gold.held_out)):
        if topics:
            results.append(score(gold, report, f"{path.stem} [{name}]", topics=set(topics)))
    return gold, report, results


def score(gold: Gold, report: Report, name: str, topics: set[str] | None = None) -> Scores:
    """All metrics; with `topics`, only gold links of those topics and predictions touching them."""
    links = [g for g in gold.links if topics is None or g.topic in topics]
    region = {x for g in links for x in (g.a, g.b)}
    preds = {(j.a, j.b): j for j in report.judgements if topics is None or j.a in region or j.b in region}
    gold_pairs = {(g.a, g.b): g for g in links}
    found = preds.keys() & gold_pairs.keys()
    misses: list[str] = []

    def verdict_counts(label: str) -> tuple[int, int, int]:
        pred = {p for p, j in preds.items() if j.verdict.value == label}
        want = {p for p, g in gold_pairs.items() if g.label == label}
        for p in sorted(want - pred):
            got = preds[p].verdict.value if p in preds else "not linked"
            misses.append(f"missed {label}: {p[0]} ↔ {p[1]} (got {got})")
        for p in sorted(pred - want):
            expected = gold_pairs[p].label if p in gold_pairs else "no gold link"
            misses.append(f"false {label}: {p[0]} ↔ {p[1]} (gold: {expected})")
        return len(pred & want), len(pred), len(want)

    contradict = verdict_counts("contradict")
    agree = verdict_counts("agree")
    for p in sorted(gold_pairs.keys() - preds.keys()):
        if gold_pairs[p].label == "related":
            misses.append(f"missed related: {p[0]} ↔ {p[1]}")
    for p in sorted(preds.keys() - gold_pairs.keys()):
        if preds[p].verdict is Verdict.RELATED:
            misses.append(f"extra link: {p[0]} ↔ {p[1]} ({preds[p].verdict.value})")
    omitted = {o.statement for o in report.omissions}
    only = [s for s in gold.only if topics is None]
    linked = {x for g in links for x in (g.a, g.b)}
    misses += [f"missed omission: {s}" for s in only if s not in omitted]
    misses += [f"false omission: {s}" for s in sorted(linked & omitted)]
    traps = [t for t in gold.traps if topics is None]
    trap_links = [t for t in traps if t in preds]
    trap_contra = [t for t in trap_links if preds[t].verdict is Verdict.CONTRADICT]
    misses += [f"TRAP linked: {t[0]} ↔ {t[1]} ({preds[t].verdict.value})" for t in trap_links]
    return Scores(
        name=name,
        gold_links=len(gold_pairs),
        predicted_links=len(preds),
        found_links=len(found),
        contradict=contradict,
        agree=agree,
        only_gold=len(only),
        only_found=sum(1 for s in only if s in omitted),
        linked_gold=len(linked),
        linked_omitted=len(linked & omitted),
        trap_links=len(trap_links),
        trap_contradictions=len(trap_contra),
        misses=tuple(misses),
    )


def total(results: list[Scores]) -> Scores:
    """Micro-averaged totals over whole-file scores."""

    def add(attr: str) -> tuple[int, int, int]:
        tp, pred, gold = (sum(getattr(r, attr)[i] for r in results) for i in range(3))
        return tp, pred, gold

    return Scores(
        name="total",
        gold_links=sum(r.gold_links for r in results),
        predicted_links=sum(r.predicted_links for r in results),
        found_links=sum(r.found_links for r in results),
        contradict=add("contradict"),
        agree=add("agree"),
        only_gold=sum(r.only_gold for r in results),
        only_found=sum(r.only_found for r in results),
        linked_gold=sum(r.linked_gold for r in results),
        linked_omitted=sum(r.linked_omitted for r in results),
        trap_links=sum(r.trap_links for r in results),
        trap_contradictions=sum(r.trap_contradictions for r in results),
    )


# The judge's agreement thresholds calibrated leave-one-pair-out (see `left_out`): each
# point sets fields of the mode's JudgeConfig. Semantic: a paraphrase's cosine, and the
# cosine the same verb needs (1.01: never). Lexical: the shared weighted content.
JUDGE_GRID: dict[str, tuple[dict[str, Any], ...]] = {
    "semantic": tuple(
        {"paraphrase_semantic": s, "verb_semantic": v, "figure_semantic": f}
        for s in (0.55, 0.6, 0.62, 0.64, 0.66, 0.7)
        for v in (0.4, 0.45, 0.5)
        for f in (0.0, 0.45, 0.5, 0.55)
    ),
    "lexical": tuple({"paraphrase_idf": i} for i in (0.0, 0.2, 0.3, 0.4)),
}


@dataclass(frozen=True)
class LeftOut:
    """Leave-one-pair-out: for each gold file, the grid point that scored best (agreement F1)
    on the other files, and that point's scores on the file left out."""

    choices: tuple[tuple[str, dict[str, Any]], ...]
    scores: tuple[Scores, ...]

    @property
    def total(self) -> Scores:
        return replace(total(list(self.scores)), name="left-out")


def grid_scores(files: list[Path], settings: Settings) -> list[tuple[dict[str, Any], dict[str, Scores]]]:
    """Every point of the mode's judge grid, scored on every gold file."""
    out = []
    for point in JUDGE_GRID[settings.mode]:
        tuned = replace(settings, judge=replace(settings.judge, **point))
        out.append((point, {f.stem: evaluate_file(f, tuned)[2][0] for f in files}))
    return out


def left_out(grid: list[tuple[dict[str, Any], dict[str, Scores]]]) -> LeftOut:
    """Choose on all files but one, measure on that one, for each file in turn."""
    choices, scores = [], []
    for name in grid[0][1]:
        point, per = max(grid, key=lambda g: total([s for k, s in g[1].items() if k != name]).prf("agree")[2])
        choices.append((name, point))
        scores.append(per[name])
    return LeftOut(tuple(choices), tuple(scores))


def gold_files(paths: list[Path]) -> list[Path]:
    """The gold files named, or every *.toml in the folders named (default: alignments/)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(p.glob("*.toml"))
        elif p.exists():
            out.append(p)
        else:
            raise InputError(str(p), "no such gold file")
    return out
