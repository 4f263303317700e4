"""Sentence pairs of one kind each, that clash or do not: how many clashes a comparison of the
two sentences finds, and how many it invents.

Each line of a JSONL file is {"kind": ..., "a": ..., "b": ..., "label": "clash" | "agree" |
"related"} (or, in the first set, "clash": true|false): two sentences of two reports about one
event, written from scratch for this measure by writers who never saw the code
(tests/data/sentence_pairs/). A clash is found when the two one-sentence reports are compared
and the pair is judged `contradict`; any other pair judged so is a false clash. A restatement
("agree") is found when judged `agree`; a pair of different claims ("related") judged `agree`
is a false agreement, and a clash judged `agree` is counted apart ("agreed"), the worst miss.

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


def label_of(pair: dict) -> str:
    """The pair's truth: "clash", "agree" or "related" ("compatible" in the first set)."""
    if "label" in pair:
        return str(pair["label"])
    return "clash" if pair["clash"] else "compatible"


def outcomes(label: str, got: str) -> list[str]:
    """What one judged pair counts toward (a pair may count twice: a false clash on a restatement
    is also a missed agreement)."""
    clash = got == "contradict"
    keys = [("found" if clash else "missed") if label == "clash" else ("false" if clash else "right")]
    if label == "clash" and got == "agree":
        keys.append("clash_agreed")  # the worst miss: two claims that cannot both hold, called one claim
    if label == "agree":
        keys.append("agreed" if got == "agree" else "unagreed")
    elif label == "related":
        keys.append("false_agree" if got == "agree" else "kept_apart")
    return keys


def measure(files: list[Path], settings: Settings, show: bool = False) -> dict[str, Counter]:
    """Per kind: clashes found and missed, other pairs falsely clashing and not, restatements
    agreed and not, different claims falsely agreeing."""
    tally: dict[str, Counter] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            pair = json.loads(line)
            got, reason = verdict(pair["a"], pair["b"], settings)
            for key in outcomes(label_of(pair), got):
                tally.setdefault(pair["kind"], Counter())[key] += 1
                if show and key in ("missed", "false", "unagreed", "false_agree"):  # a clash agreed shows as missed
                    print(f"{key.upper()} {pair['kind']} ({got}) | {pair['a']} | {pair['b']} | {reason[:120]}")
    return tally


def line_of(name: str, c: Counter) -> str:
    """One row of the table: clashes, false clashes, and (for labelled sets) agreements."""
    row = f"{name:12} clashes found {c['found']:3} of {c['found'] + c['missed']:3} (agreed {c['clash_agreed']:2})"
    row += f"   false {c['false']:3} of {c['false'] + c['right']:3}"
    if c["agreed"] + c["unagreed"] + c["false_agree"] + c["kept_apart"]:
        row += f"   agreed {c['agreed']:3} of {c['agreed'] + c['unagreed']:3}   false agree {c['false_agree']:3} of {c['false_agree'] + c['kept_apart']:3}"
    return row


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
        print(line_of(kind, c))
    print(line_of("total", total))


if __name__ == "__main__":
    main()
