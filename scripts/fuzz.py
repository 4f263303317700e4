"""Fuzz load → segment → extract for a given number of minutes.

Inputs are random Unicode, random bytes through the decoder, and mutations of the seed
reports (spliced slices, inserted control characters, footnote markers, quotes, brackets,
abbreviations, digits). Anything but an `InputError` is a finding: it is printed with the
input that caused it (repr, first 300 characters) and the run goes on. Prints how many inputs
were tried and what was found.

Usage: python scripts/fuzz.py [--minutes 10] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.errors import InputError  # noqa: E402
from compare.facts.extract import extract_all  # noqa: E402
from compare.read.encoding import decode_bytes  # noqa: E402
from compare.read.load import parse  # noqa: E402
from compare.read.segment import segment  # noqa: E402

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
PIECES = [
    "Mr.",
    "Messrs.",
    "U.S.",
    "i.e.",
    "Aug. 9",
    "¹",
    "²³",
    "[12]",
    "\\$",
    "$1.5 billion",
    "nearly four hours",
    "“",
    "”",
    "(TASS, September 14)",
    "\x1b[31m",
    "\x1b]8;;http://x\x07",
    "\r",
    "\u202e",
    "\x00",
    "\ufeff",
    "\n\n",
    "—",
    "...",
    "not",
    "never",
    "likely",
    "from September 14 to September 25",
    "tens of thousands of",
    "((.))",
    "*",
    "**",
    "?",
    "!",
]


def mutate(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        chars = (
            chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x3000), rng.randrange(0, 0x110000)]))
            for _ in range(rng.randrange(1, 400))
        )
        return "".join(chars).encode("utf-8", "replace").decode("utf-8", "replace")
    seed = rng.choice(SEEDS)
    start = rng.randrange(len(seed))
    text = seed[start : start + rng.randrange(1, 4000)]
    for _ in range(rng.randrange(0, 30)):
        i = rng.randrange(len(text) + 1)
        text = text[:i] + rng.choice(PIECES) + text[i:]
    if rng.random() < 0.3:
        other = rng.choice(SEEDS)
        j = rng.randrange(len(other))
        text += other[j : j + rng.randrange(1, 2000)]
    return text


def run_one(text: str, raw: bytes | None) -> None:
    if raw is not None:
        try:
            text = decode_bytes(raw, "fuzz.bin")
        except InputError:
            return
    try:
        src = parse(text, path="fuzz.txt", source_id="f")
    except InputError:
        return
    statements = segment(src)
    for s in statements:
        assert 0 <= s.start < s.end <= len(text), (s.start, s.end)
    extract_all(statements, (src,))


def main(minutes: float, seed: int) -> int:
    rng = random.Random(seed)
    deadline = time.monotonic() + minutes * 60
    tried = 0
    findings: dict[str, str] = {}
    while time.monotonic() < deadline:
        raw = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 600))) if rng.random() < 0.1 else None
        text = "" if raw is not None else mutate(rng)
        tried += 1
        try:
            run_one(text, raw)
        except Exception as exc:  # noqa: BLE001 - every other exception is a finding
            key = f"{type(exc).__name__}: {traceback.extract_tb(exc.__traceback__)[-1].line}"
            if key not in findings:
                findings[key] = repr((raw or text.encode())[:300])
                print(f"FINDING {key}\n  input: {findings[key]}", flush=True)
    print(f"{tried} inputs in {minutes:g} min, {len(findings)} distinct findings")
    return 1 if findings else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Fuzz load, segment and extract.")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=0)
    ns = parser.parse_args()
    sys.exit(main(ns.minutes, ns.seed))
