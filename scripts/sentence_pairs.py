"""Sentence pairs of one kind each, that clash or do not: how many clashes a comparison of the
two sentences finds, and how many it invents.

Each line of a JSONL file is {"kind": ..., "a": ..., "b": ..., "clash": true|false}: two
sentences of two reports about one event, written from scratch for this measure by writers who
never saw the code (tests/data/sentence_pairs/). A clash is found when the two one-sentence
reports are compared and the pair is judged `contradict`; a compatible pair judged so is a
false clash.

Usage: python scripts/sentence_pairs.py [FILE ...] [--mode semantic|lexical] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.match.settings import Mode, Settings, resolve_settings  # noqa: E402
from compare.pipeline import compare_sources  # noqa: E402
from compare.read.load import parse  # noqa: E402

DEFAULT = sorted((ROOT / "tests" / "data" / "sentence_pairs").glob("*.jsonl"))


def verdict(a: str, b: str, settings: Settings) -> tuple[str, str]:
    """The verdict on two one-sentence reports, and its first reason ("none" when not linked)."""
    report = compare_sources([parse(a, path="a.txt", source_id="a"), parse(b, path="b.txt", source_id="b")], settings)
    if not report.judgements:
        return "none", ""
    j = report.judgements[0]
    return j.verdict.value, (j.reasons[0] if j.reasons else "")


def measure(files: list[Path], settings: Settings, show: bool = False) -> dict[str, Counter]:
    """Per kind: clashes found and missed, compatible pairs falsely clashing and not."""
    tally: dict[str, Counter] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            pair = json.loads(line)
            got, reason = verdict(pair["a"], pair["b"], settings)
            clash = got == "contradict"
            key = ("found" if clash else "missed") if pair["clash"] else ("false" if clash else "right")
            tally.setdefault(pair["kind"], Counter())[key] += 1
            if show and key in ("missed", "false"):
                print(f"{key.upper()} {pair['kind']} ({got}) | {pair['a']} | {pair['b']} | {reason[:120]}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--mode", choices=["semantic", "lexical"], default="semantic")
    parser.add_argument("--show", action="store_true", help="print the missed and the false clashes")
    args = parser.parse_args()
    settings = Settings.lexical() if args.mode == "lexical" else resolve_settings(Mode.semantic)
    tally = measure(args.files, settings, args.show)
    total: Counter = Counter()
    for kind, c in sorted(tally.items()):
        total.update(c)
        print(
            f"{kind:12} clashes found {c['found']:3} of {c['found'] + c['missed']:3}   false {c['false']:3} of {c['false'] + c['right']:3}"
        )
    print(
        f"{'total':12} clashes found {total['found']:3} of {total['found'] + total['missed']:3}   false {total['false']:3} of {total['false'] + total['right']:3}"
    )


if __name__ == "__main__":
    main()
