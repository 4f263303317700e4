"""How the cost of a comparison grows with the length of the reports: time and peak memory for
two synthetic reports of 100 KB, 250 KB, 500 KB, 1 MB and 2 MB each, as ratios to the 100 KB
pair of the same run.

The reports are generated, never taken from real texts: sentences from templates filled with
random names, places, numbers and dates, so that statements are not duplicates of each other.
The second report shares part of the first (some sentences word for word, some with another
figure or another day, some reworded) and has as many sentences of its own, as two accounts of
one long event would. Each comparison runs as `main.py compare A B --format json` in a child
process, whose peak resident memory the operating system reports when it ends.

Usage: python benchmarks/bench_size.py [--sizes 100,250,500,1000,2000] [--mode lexical|semantic]
       [--seed N] [--markdown]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES_KB = (100, 250, 500, 1000, 2000)

FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hassan",
    "Irina",
    "Jonas",
    "Katya",
    "Lukas",
    "Marta",
    "Nikolai",
    "Olga",
    "Pavel",
    "Quentin",
    "Rosa",
    "Stefan",
    "Tamara",
    "Umar",
    "Vera",
    "Walter",
    "Yana",
    "Zoran",
    "Alicia",
    "Bogdan",
    "Celine",
    "Darius",
    "Edith",
    "Fyodor",
    "Greta",
    "Henrik",
    "Ilse",
    "Jakub",
]
LAST = [
    "Abramov",
    "Becker",
    "Castillo",
    "Dvorak",
    "Eriksen",
    "Fischer",
    "Gallo",
    "Horvat",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Orlov",
    "Petrenko",
    "Quist",
    "Rossi",
    "Sokolov",
    "Tanaka",
    "Urbanek",
    "Varga",
    "Wagner",
    "Yilmaz",
    "Zielinski",
    "Marchetti",
    "Holm",
    "Bauer",
    "Leclerc",
]
PLACES = [
    "Arkadia",
    "Belovo",
    "Corvin",
    "Dalmar",
    "Estra",
    "Fennick",
    "Gorsk",
    "Halden",
    "Irvena",
    "Jastrow",
    "Kalmar",
    "Lindau",
    "Morva",
    "Nessel",
    "Ostrava",
    "Pelkan",
    "Quarry",
    "Rostok",
    "Salvin",
    "Tarnow",
    "Ulmen",
    "Varna",
    "Wessel",
    "Yarrow",
    "Zeltin",
    "Brenna",
    "Carrow",
    "Dunmore",
    "Elgin",
    "Fairholm",
]
GROUPS = (
    "the interior ministry",
    "the regional council",
    "the border service",
    "the energy agency",
    "the health ministry",
    "the port authority",
    "the opposition bloc",
    "the railway operator",
    "the water utility",
    "the defence ministry",
    "the electoral commission",
    "the farmers' union",
    "the central bank",
    "the coast guard",
)
THINGS = (
    ("people", "were evacuated from"),
    ("homes", "lost power in"),
    ("soldiers", "were deployed to"),
    ("trucks", "crossed into"),
    ("patients", "were treated in"),
    ("workers", "went on strike in"),
    ("families", "returned to"),
    ("flights", "were cancelled at"),
    ("tonnes of grain", "were shipped from"),
    ("schools", "closed in"),
)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
TEMPLATES = (
    "{person}, a spokesperson for {group}, said that {n} {thing} {verb} {place} on {date}.",
    "On {date}, {group} reported that {n} {thing} {verb} {place}.",
    "{person} told reporters in {place} that the talks with {person2} would resume on {date}.",
    "According to {group}, at least {n} {thing} {verb} {place} during the week before {date}.",
    "{person} denied that {group} had ordered the closure of the bridge near {place}.",
    "The convoy led by {person} reached {place} on {date} after a journey of {h} hours.",
    "{group} confirmed that {person} had resigned, citing the delays at {place}.",
    "Residents of {place} said the shelling began at about {clock} and lasted {h} hours.",
    "{person} announced a budget of {money} million for the repair of the dam at {place}.",
    "Officials in {place} estimated the damage at {money} million and asked {group} for help.",
    "{person} and {person2} met in {place} on {date} to discuss the exchange of prisoners.",
    "A report by {group} published on {date} found that {pct} percent of the roads around {place} were impassable.",
    "The mayor of {place}, {person}, accused {group} of withholding {n} {thing}.",
    "{group} did not comment on claims by {person} that {n} {thing} {verb} {place}.",
    "Satellite images taken on {date} show new trenches about {km} kilometres east of {place}.",
    "In {place}, {person} opened a shelter for {n} {thing} that {group} had promised to fund.",
)
REWORDED = (
    "{person} of {group} stated that {n} {thing} {verb} {place} on {date}.",
    "{group} said on {date} that {n} {thing} {verb} {place}.",
)


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"


def _slots(rng: random.Random) -> dict[str, str]:
    thing, verb = rng.choice(THINGS)
    return {
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "person2": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "group": rng.choice(GROUPS),
        "place": rng.choice(PLACES),
        "thing": thing,
        "verb": verb,
        "n": str(rng.randint(3, 4000)),
        "h": str(rng.randint(2, 30)),
        "money": str(rng.randint(2, 900)),
        "pct": str(rng.randint(5, 95)),
        "km": str(rng.randint(2, 80)),
        "clock": f"{rng.randint(1, 11)} {rng.choice(('a.m.', 'p.m.'))}",
        "date": _date(rng),
    }


def _sentence(rng: random.Random, template: str | None = None, slots: dict[str, str] | None = None) -> str:
    s = slots or _slots(rng)
    text = (template or rng.choice(TEMPLATES)).format(**s)
    return text[0].upper() + text[1:]


def _variant(rng: random.Random, slots: dict[str, str], template: str) -> str:
    """The same event told by the other report: word for word, another figure or day, or reworded."""
    roll = rng.random()
    if roll < 0.4:
        return _sentence(rng, template, slots)
    if roll < 0.6:
        return _sentence(rng, template, {**slots, "n": str(int(slots["n"]) * 2 + 7), "h": str(int(slots["h"]) + 5)})
    if roll < 0.75:
        return _sentence(rng, template, {**slots, "date": _date(rng)})
    return _sentence(rng, rng.choice(REWORDED), slots)


def _report(title: str, sentences: list[str], rng: random.Random) -> str:
    paragraphs, k = [], 0
    while k < len(sentences):
        n = rng.randint(2, 5)
        paragraphs.append(" ".join(sentences[k : k + n]))
        k += n
    return f"{title}\n\nMarch 3, 2031\n\n" + "\n\n".join(paragraphs) + "\n"


def synthetic_pair(size: int, seed: int = 0) -> tuple[str, str]:
    """Two reports of about `size` bytes each; about a third of the second retells the first."""
    rng = random.Random(seed)
    left: list[str] = []
    right: list[str] = []
    shared = 0
    while sum(map(len, left)) < size:
        slots, template = _slots(rng), rng.choice(TEMPLATES)
        left.append(_sentence(rng, template, slots))
        if rng.random() < 0.35:
            right.append(_variant(rng, slots, template))
            shared += 1
    while sum(map(len, right)) < size:
        right.append(_sentence(rng))
    rng.shuffle(right)  # the second report tells things in its own order
    return _report("Synthetic report one", left, rng), _report("Synthetic report two", right, rng)


# --------------------------------------------------------------------------- measuring


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    output_mb: float
    exit_code: int


def measure(a: Path, b: Path, mode: str, out: Path) -> Run:
    """Run one comparison in a child process; its wall time and peak resident set size."""
    args = [sys.executable, str(ROOT / "main.py"), "compare", str(a), str(b), "--mode", mode, "-f", "json", "-o", str(out)]
    start = time.perf_counter()
    child = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode() if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    if child.returncode not in (0, 1):
        sys.exit(f"bench_size: comparison failed ({child.returncode}): {err.strip()}")
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return Run(seconds, peak_mb, out.stat().st_size / 1e6, child.returncode)


def main(sizes: list[int], mode: str, seed: int, markdown: bool) -> None:
    rows: list[tuple[int, int, Run]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for kb in sizes:
            a, b = Path(tmp, f"a{kb}.txt"), Path(tmp, f"b{kb}.txt")
            left, right = synthetic_pair(kb * 1000, seed)
            a.write_text(left, encoding="utf-8")
            b.write_text(right, encoding="utf-8")
            statements = left.count(". ") + left.count(".\n") + right.count(". ") + right.count(".\n")
            rows.append((kb, statements, measure(a, b, mode, Path(tmp, "out.json"))))
            _print_row(rows[-1], rows[0][2], markdown, header=len(rows) == 1, mode=mode)


def _print_row(row: tuple[int, int, Run], base: Run, markdown: bool, *, header: bool, mode: str) -> None:
    kb, statements, r = row
    size = f"{kb} KB" if kb < 1000 else f"{kb / 1000:g} MB"
    cells = (
        size,
        f"~{statements:,}",
        f"{r.seconds:.1f} s",
        f"{r.seconds / base.seconds:.1f}",
        f"{r.peak_mb:.0f} MB",
        f"{r.peak_mb / base.peak_mb:.1f}",
        f"{r.output_mb:.1f} MB",
    )
    names = ("each input", "statements", "time", "x first", "peak RSS", "x first", "JSON out")
    if markdown:
        if header:
            print(f"Mode: {mode}; ratios to the first row of the same run.\n")
            print("| " + " | ".join(names) + " |")
            print("|" + "|".join("---:" if k else "---" for k in range(len(names))) + "|")
        print("| " + " | ".join(cells) + " |", flush=True)
        return
    if header:
        print(f"mode: {mode}; ratios to the first row of the same run")
        print("  ".join(f"{n:>11}" for n in names))
    print("  ".join(f"{c:>11}" for c in cells), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Time and peak memory of a comparison by report size.")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES_KB)), help="sizes in KB, comma-separated")
    parser.add_argument("--mode", choices=("lexical", "semantic"), default="lexical")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table (for the README)")
    ns = parser.parse_args()
    main([int(s) for s in ns.sizes.split(",")], ns.mode, ns.seed, ns.markdown)
