"""Measure compare.facts.claims' conflicts() and supports() against the gold alignments.

For each gold file: gold `contradict` links flagged by conflicts() (and with the gold kind),
gold `agree` links found by supports(), and the false alarms on `related` links, traps and
~300 random unlinked cross-source statement pairs. Prints figures only, never report text.

    PYTHONPATH=/work/wt-claims /work/main/.venv/bin/python scripts/claims_probe.py [gold.toml ...]

No threshold is fitted (the rules have none), so there is no leave-one-pair-out view.
"""

from __future__ import annotations

import random
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from compare.facts.claims import Claims, claims_of, conflicts, load_parser, supports
from compare.read.load import load
from compare.read.segment import segment

DEFAULT_GOLD = sorted(Path("/work/shared/devset").glob("*/*.toml")) + sorted(Path("/work/main/alignments").glob("*.toml"))
RANDOM_PAIRS = 300


def fold(text: str) -> str:
    """Fold quotes and whitespace the way the gold snippets are matched."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Tally:
    """Counts for one gold file (or the total)."""

    contradict: int = 0
    flagged: int = 0
    right_kind: int = 0
    agree: int = 0
    supported: int = 0
    agree_conflict: int = 0
    contradict_supported: int = 0
    related: int = 0
    related_conflict: int = 0
    related_support: int = 0
    traps: int = 0
    trap_conflict: int = 0
    trap_support: int = 0
    random: int = 0
    random_conflict: int = 0
    random_support: int = 0
    unmatched: int = 0
    kinds: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.kinds.update(other.kinds)


def statement_claims(path: Path) -> list[tuple[str, Claims]]:
    """Each statement's folded text with its claims."""
    texts = [s.text for s in segment(load(path))]
    docs = load_parser().pipe(texts, batch_size=32)
    return [(fold(text), claims_of(doc)) for text, doc in zip(texts, docs)]


def find(statements: list[tuple[str, Claims]], snippet: str) -> int | None:
    hits = [i for i, (text, _) in enumerate(statements) if fold(snippet) in text]
    return hits[0] if len(hits) == 1 else None


def probe(path: Path) -> Tally:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    a = statement_claims((path.parent / data["pair"]["a"]).resolve())
    b = statement_claims((path.parent / data["pair"]["b"]).resolve())
    tally = Tally()
    linked: set[tuple[int, int]] = set()
    for link in data.get("link", []):
        i, j = find(a, link["a"]), find(b, link["b"])
        if i is None or j is None:
            tally.unmatched += 1
            continue
        linked.add((i, j))
        score_link(tally, link, a[i][1], b[j][1])
    for trap in data.get("trap", []):
        i, j = find(a, trap["a"]), find(b, trap["b"])
        if i is None or j is None:
            tally.unmatched += 1
            continue
        linked.add((i, j))
        tally.traps += 1
        tally.trap_conflict += bool(conflicts(a[i][1], b[j][1]))
        tally.trap_support += bool(supports(a[i][1], b[j][1]))
    score_random(tally, a, b, linked, random.Random(path.name))
    return tally


def score_link(tally: Tally, link: dict, a: Claims, b: Claims) -> None:
    found, backing = conflicts(a, b), supports(a, b)
    label = link["label"]
    if label == "contradict":
        tally.contradict += 1
        tally.flagged += bool(found)
        tally.right_kind += any(c.kind == link.get("kind") for c in found)
        tally.contradict_supported += bool(backing)
        tally.kinds.update(f"gold-{c.kind}" for c in found[:1])
    elif label == "agree":
        tally.agree += 1
        tally.supported += bool(backing)
        tally.agree_conflict += bool(found)
    else:
        tally.related += 1
        tally.related_conflict += bool(found)
        tally.related_support += bool(backing)


def score_random(tally: Tally, a: list, b: list, linked: set[tuple[int, int]], rng: random.Random) -> None:
    pairs = [(i, j) for i in range(len(a)) for j in range(len(b)) if (i, j) not in linked]
    for i, j in rng.sample(pairs, min(RANDOM_PAIRS, len(pairs))):
        found = conflicts(a[i][1], b[j][1])
        tally.random += 1
        tally.random_conflict += bool(found)
        tally.random_support += bool(supports(a[i][1], b[j][1]))
        tally.kinds.update(f"random-{c.reason.split(':')[0].split(' ')[0]}" for c in found[:1])


HEADER = f"{'pair':34} {'contra flag/kind/n':>19} {'agree sup/n':>12} {'agree FC':>8} {'rel FC/FS/n':>12} {'trap FC/FS/n':>13} {'random FC/FS/n':>15}"


def row(name: str, t: Tally) -> str:
    return (
        f"{name[:34]:34} {f'{t.flagged}/{t.right_kind}/{t.contradict}':>19} {f'{t.supported}/{t.agree}':>12} {t.agree_conflict:>8} "
        f"{f'{t.related_conflict}/{t.related_support}/{t.related}':>12} {f'{t.trap_conflict}/{t.trap_support}/{t.traps}':>13} "
        f"{f'{t.random_conflict}/{t.random_support}/{t.random}':>15}" + (f"  ({t.unmatched} unmatched)" if t.unmatched else "")
    )


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or DEFAULT_GOLD
    total = Tally()
    print(HEADER)
    for path in paths:
        tally = probe(path)
        total.add(tally)
        print(row(path.stem, tally))
    print(row("TOTAL", total))
    print("FC = pairs with a false conflict, FS = pairs with a false support; contradict supported:", total.contradict_supported)
    print("first-conflict kinds:", dict(sorted(total.kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
