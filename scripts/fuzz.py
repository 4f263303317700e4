"""Fuzz load → segment → extract for a given number of minutes.

Inputs are random Unicode, random bytes through the decoder, and mutations of the seed
reports (spliced slices, inserted control characters, footnote markers, quotes, brackets,
abbreviations, digits), some of them then dressed as an HTML page, a Markdown document or a
PDF paste (hyphenated line ends, page numbers, running headers), with the file name
sometimes saying so (.html, .md). Anything but an `InputError` is a finding: it is printed with the
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


HTML_PIECES = ["<p>", "</p>", "<script>", "</script>", "<nav>", "</nav>", "<br>", "&rsquo;", "&amp", "&#x2019;", "&#99999999;",
               "<!--", "-->", "<article>", "</article>", "<h1>", "</h1>", "<title>", "<li>", "<![CDATA[", "<time datetime='2020-09-14'>",
               "<meta name='author' content='X'>", "<", ">", "&"]  # fmt: skip
MD_PIECES = ["\n# ", "\n## ", "**By A. Writer**", "[link](http://x.org/(a))", "![img](y.png)", "\n```\n", "\n| a | b |\n|---|---|\n",
             "`code`", "_em_", "\n> ", "\n- ", "\n1. ", "[ref][1]", "\n[1]: http://x.org\n", "<https://x.org>", "\n===\n"]  # fmt: skip


def as_html(rng: random.Random, text: str) -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
    page = f"<!DOCTYPE html><html><head><title>T</title><script>var a = '<p>';</script></head><body>{paras}</body></html>"
    return _insert(rng, page, HTML_PIECES)


def as_markdown(rng: random.Random, text: str) -> str:
    return _insert(rng, "# A heading\n\n" + text, MD_PIECES)


def as_pdf_paste(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randrange(0, 20)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            cut = rng.randrange(1, len(w))
            words[i] = w[:cut] + "-\n" + w[cut:]
    out = " ".join(words)
    for n in range(rng.randrange(0, 4)):
        i = rng.randrange(len(out) + 1)
        out = out[:i] + rng.choice([f"\n\nPage {n + 1} of 3\n\n", f"\n{n + 2}\n\n", "\n\nRunning Header Line\n", "\f"]) + out[i:]
    return out


def _insert(rng: random.Random, text: str, pieces: list[str]) -> str:
    for _ in range(rng.randrange(0, 15)):
        i = rng.randrange(len(text) + 1)
        text = text[:i] + rng.choice(pieces) + text[i:]
    return text


def dress(rng: random.Random, text: str) -> tuple[str, str]:
    """The text, maybe as HTML, Markdown or a PDF paste, and a file name for it."""
    kind = rng.random()
    if kind < 0.15:
        return as_html(rng, text), rng.choice(["fuzz.html", "fuzz.txt"])
    if kind < 0.3:
        return as_markdown(rng, text), rng.choice(["fuzz.md", "fuzz.txt"])
    if kind < 0.45:
        return as_pdf_paste(rng, text), "fuzz.txt"
    return text, "fuzz.txt"


def run_one(text: str, raw: bytes | None, path: str = "fuzz.txt") -> None:
    if raw is not None:
        try:
            text = decode_bytes(raw, "fuzz.bin")
        except InputError:
            return
    try:
        src = parse(text, path=path, source_id="f")
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
        text, path = ("", "fuzz.bin") if raw is not None else dress(rng, mutate(rng))
        tried += 1
        try:
            run_one(text, raw, path)
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
