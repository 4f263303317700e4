"""Perturbation harness: each report against edited copies of itself.

One statement of a copy of the report gets one edit (a number, a date, a negation, an antonym,
a swapped actor, or the whole sentence deleted); the copy is compared with the original through
the command line only (`main.py compare ORIGINAL EDITED --format json`), so that refactors of
the package cannot break this instrument. An edit is *flagged right* when the original statement
and its edited counterpart are aligned as `contradict` with the expected kind; every other
contradiction is *elsewhere*. A deleted sentence should be an omission. Each report is also
compared with itself, which must exit 0. Numbers and dates inside a citation ("(TASS, September
14)") are not edited: they date the source, not the claim, and compare reads them as citations.

Standard library only. Prints only the edited words, never whole sentences (the dev texts are
copyrighted and this output may be pasted into commit messages).

Usage: python scripts/perturb.py [REPORT ...] [--mode lexical|semantic|auto] [--seed N]
       [--edits-per-kind K] [--json] [--jobs 2]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.lexicons import CAPITALS, COUNTRY_KEYS  # noqa: E402

KINDS = ("number", "date", "negation", "antonym", "actor", "delete")
# Kinds of contradiction accepted per edit kind; None means "any kind of contradiction".
EXPECTED: dict[str, tuple[str, ...] | None] = {
    "number": ("quantity",),
    "date": ("date",),
    "negation": ("negation",),
    "antonym": ("negation", "framing"),
    "actor": None,
}
# A swapped quantity bound ('more than' → 'fewer than') is a quantity contradiction too.
QUANTITY_BOUNDS = {"more than", "fewer than"}
ACTOR_NOTE = (
    "actor swaps: the expected kind is debatable (negation, or any contradiction); any contradict counts, the kind is recorded"
)
TARGETS = {"right_kind_rate": 0.95, "elsewhere_contradictions": 0, "deletions_omitted_rate": 0.90, "self_exit_0": "all"}

# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Statement:
    """A statement as the tool reported it: id, offsets into the file, entity texts."""

    id: str
    start: int
    end: int
    text: str
    entities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Site:
    """A replacement inside a statement's raw span: [start, end) relative to the span → `after`."""

    start: int
    end: int
    after: str


@dataclass(frozen=True)
class Edit:
    """One edit of one statement; `start`/`end` are absolute offsets in the original file."""

    report: str
    kind: str
    statement: str
    stmt_start: int
    stmt_end: int
    start: int
    end: int
    before: str
    after: str

    @property
    def delta(self) -> int:
        return len(self.after) - (self.end - self.start)


@dataclass
class Outcome:
    """How the tool answered one edit."""

    result: str  # right | wrong_kind | missed | omitted | not_omitted | error
    kinds: list[str] = field(default_factory=list)
    counterpart: list[str] = field(default_factory=list)
    elsewhere: int = 0
    elsewhere_in_self: int = 0
    collateral: int = 0
    exit_code: int | None = None
    pair_verdict: str = ""  # how the original and its edited counterpart were aligned: agree | related | contradict | unaligned


# --------------------------------------------------------------------------- edit sites

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AP_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
MONTH_OF = {m: i + 1 for i, m in enumerate(MONTHS)} | {a: i for i, a in AP_ABBR.items()} | {"Sep.": 9}
DAYS_IN = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_MONTH_RE = "|".join(re.escape(m) for m in sorted(MONTH_OF, key=len, reverse=True))
MONTH_DAY = re.compile(rf"(?<![\w.])(?P<month>{_MONTH_RE})(?![\w])\s+(?P<day>\d{{1,2}})(?P<suf>st|nd|rd|th)?(?![\w])")
DAY_MONTH = re.compile(rf"(?<![\w.,])(?P<day>\d{{1,2}})(?P<suf>st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})(?!\w)")
MONTH_ALONE = re.compile(r"(?<!\w)(" + "|".join(m for m in MONTHS if m != "May") + r")(?!\w)")
NUMBER = re.compile(r"(?<![\w\-/:.,\[])(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?(?![\w\-/:\]]|[.,]\d)")
SPELLED = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
SPELLED_TIMES_3 = {2: "six", 3: "nine", 4: "twelve", 5: "fifteen", 6: "eighteen", 7: "twenty-one"}
SPELLED_TIMES_3 |= {8: "twenty-four", 9: "twenty-seven", 10: "thirty"}
SPELLED_RE = re.compile(r"(?<![\w\-])(" + "|".join(SPELLED) + r")(?![\w\-])", re.IGNORECASE)


def match_case(word: str, like: str) -> str:
    """`word` with the capitalisation of `like` (Capitalised, UPPER or lower)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2100


def scaled(int_part: str, dec: str) -> str:
    """The number times three (zero becomes five), in the same format: thousands commas, decimals."""
    value = float(int_part.replace(",", "") + (dec or ""))
    value = value * 3 if value else 5
    places = len(dec) - 1 if dec else 0
    text = f"{value:,.{places}f}" if "," in int_part else f"{value:.{places}f}"
    return text


def near_month(span: str, start: int, end: int) -> bool:
    """Is the number at [start, end) the day of a date ('July 29', '29 July', the 10 of '(RT, September 8, 10)')?"""
    before, after = span[max(0, start - 30) : start], span[end : end + 14]
    if re.search(rf"(?:{_MONTH_RE})\s+$", before) or re.match(rf"\s+(?:of\s+)?(?:{_MONTH_RE})(?!\w)", after):
        return True
    in_list = re.search(rf"(?:{_MONTH_RE})(?:\s+\d{{1,2}}\s*(?:,|and|–|-)\s*)+$", before)
    return bool(in_list and re.match(r"\s*(?:[),;–-]|and\b|$)", after))  # 'March 3, 40 people' is a count


ONE_SIDED = re.compile(
    r"(?:more than|over|at least|above|upwards of|in excess of|up to|under|less than|fewer than|below|at most|as many as)\s+\$?$",
    re.IGNORECASE,
)


def one_sided(span: str, start: int) -> bool:
    """'more than 100' → 'more than 300' is no contradiction (both can be true), so a bound is no edit site."""
    return bool(ONE_SIDED.search(span[max(0, start - 20) : start]))


def number_sites(span: str) -> list[Site]:
    """Digit numbers (not years, ordinals, days of a date, footnote marks, one-sided bounds) and spelled two…ten, times three."""
    sites = []
    for m in NUMBER.finditer(span):
        if is_year(m.group()) or near_month(span, m.start(), m.end()) or one_sided(span, m.start()):
            continue
        sites.append(Site(m.start(), m.end(), scaled(m.group("int"), m.group("dec") or "")))
    for m in SPELLED_RE.finditer(span):
        if not m.group().islower() or one_sided(span, m.start()):
            continue  # 'World War Two', 'Group of Seven': part of a name
        sites.append(Site(m.start(), m.end(), match_case(SPELLED_TIMES_3[SPELLED[m.group().lower()]], m.group())))
    return sites


def ordinal(day: int, suffix: str | None) -> str:
    if not suffix:
        return str(day)
    end = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{end}"


def other_day(day: int) -> int:
    """Ten days later, or earlier when that would leave the month (always valid: result ≤ 28)."""
    return day + 10 if day <= 18 else day - 10


def other_month(month: int, day: int | None) -> int:
    """The month before, or after when the day does not exist in the month before."""
    for candidate in ((month - 2) % 12 + 1, month % 12 + 1):
        if day is None or day <= DAYS_IN[candidate]:
            return candidate
    return month % 12 + 1


def month_name(month: int, like: str) -> str:
    """Full name, or the AP abbreviation when `like` is abbreviated and the new month has one."""
    return AP_ABBR.get(month, MONTHS[month - 1]) if like.endswith(".") else MONTHS[month - 1]


def date_sites(span: str) -> list[Site]:
    """Days of month moved by ten days, months moved by one; a bare month (not 'May') moved by one."""
    sites: list[Site] = []
    for m in [*MONTH_DAY.finditer(span), *DAY_MONTH.finditer(span)]:
        day, month = int(m.group("day")), MONTH_OF[m.group("month")]
        if not 1 <= day <= DAYS_IN[month] + (month == 2):
            continue
        sites.append(
            Site(m.start("day"), m.end("suf") if m.group("suf") else m.end("day"), ordinal(other_day(day), m.group("suf")))
        )
        sites.append(Site(m.start("month"), m.end("month"), month_name(other_month(month, day), m.group("month"))))
    taken = {(s.start, s.end) for s in sites}
    for m in MONTH_ALONE.finditer(span):
        if (m.start(), m.end()) not in taken:
            sites.append(Site(m.start(), m.end(), MONTHS[other_month(MONTH_OF[m.group()], None) - 1]))
    return sorted(set(sites), key=lambda s: (s.start, s.end, s.after))


AUX = ["is", "was", "are", "were", "will", "would", "can", "could", "should", "must", "might", "has", "have", "had"]
PARTICIPLES = frozenset(
    "been made said told left lost won met seen done had hit struck led held sent built found fought paid put set shot spent".split()  # noqa: SIM905
)
CONTRACTIONS = {
    "didn't": "did", "doesn't": "does", "don't": "do", "wasn't": "was", "isn't": "is", "aren't": "are", "weren't": "were",
    "hasn't": "has", "haven't": "have", "hadn't": "had", "won't": "will", "can't": "can", "couldn't": "could",
    "wouldn't": "would", "shouldn't": "should",
}  # fmt: skip
PAST_VERBS = {
    "said": "say", "told": "tell", "killed": "kill", "confirmed": "confirm", "reported": "report", "announced": "announce",
    "met": "meet", "attacked": "attack", "struck": "strike", "launched": "launch", "accused": "accuse", "claimed": "claim",
    "ordered": "order", "agreed": "agree", "called": "call", "visited": "visit", "signed": "sign", "shelled": "shell",
    "fired": "fire", "admitted": "admit", "denied": "deny", "blamed": "blame", "warned": "warn", "arrested": "arrest",
    "approved": "approve", "rejected": "reject", "supported": "support", "opposed": "oppose", "died": "die",
}  # fmt: skip
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "some", "any"}
NEGATIVE_NEXT = {"not", "never", "no", "nothing", "nobody", "neither", "nor"}
AUX_NOT = re.compile(r"\b(" + "|".join(AUX + ["did", "does", "do"]) + r")(\s+not)\b")
AUX_BARE = re.compile(r"\b(" + "|".join(AUX) + r")\b(?=\s+(\S+))")
CONTRACTION = re.compile(r"\b(" + "|".join(c.replace("'", "['’]") for c in CONTRACTIONS) + r")(?!\w)")
PAST_VERB = re.compile(r"(?<=(\S)\s)(" + "|".join(PAST_VERBS) + r")\b")


def takes_not(aux: str, following: str) -> bool:
    """'has' / 'have' / 'had' are auxiliaries only before a participle ('had to' or 'has three' are not)."""
    if following.lower() in NEGATIVE_NEXT or following.lower().startswith("un"):
        return False  # 'will never', 'is unlikely': a second negative makes no clean edit
    if aux not in ("has", "have", "had"):
        return True
    word = following.lower().strip(",.;:")
    return word in PARTICIPLES or bool(re.fullmatch(r"[a-z]+(ed|en|wn)", word))


def negation_sites(span: str) -> list[Site]:
    """Insert 'not' after the first auxiliary, or remove a 'not' / "n't", or 'said' → 'did not say'.

    All candidates in text order; the caller takes the first, an approximation of the main verb."""
    sites = [Site(m.start(2), m.end(2), "") for m in AUX_NOT.finditer(span)]
    sites += [Site(m.start(), m.end(), CONTRACTIONS[m.group().replace("’", "'").lower()]) for m in CONTRACTION.finditer(span)]
    sites += [Site(m.end(1), m.end(1), " not") for m in AUX_BARE.finditer(span) if takes_not(m.group(1), m.group(2))]
    for m in PAST_VERB.finditer(span):
        prev = span[: m.start()].split()[-1] if span[: m.start()].split() else ""
        if (prev[:1].isupper() and prev.lower() not in DETERMINERS) or prev.lower() in PRONOUNS:
            sites.append(Site(m.start(), m.end(), f"did not {PAST_VERBS[m.group()]}"))
    return sorted(sites, key=lambda s: s.start)


ANTONYM_PAIRS = [
    ("increased", "decreased"), ("increase", "decrease"), ("rose", "fell"), ("rising", "falling"), ("confirmed", "denied"),
    ("confirm", "deny"), ("won", "lost"), ("accepted", "rejected"), ("allowed", "banned"), ("more than", "fewer than"),
    ("before", "after"), ("supported", "opposed"), ("support", "oppose"), ("agreed", "refused"), ("higher", "lower"),
    ("highest", "lowest"), ("largest", "smallest"), ("stronger", "weaker"), ("opened", "closed"), ("began", "ended"),
    ("started", "stopped"), ("victory", "defeat"), ("advanced", "retreated"), ("praised", "criticized"),
    ("peaceful", "violent"), ("legal", "illegal"), ("guilty", "innocent"), ("success", "failure"), ("approved", "vetoed"),
    ("allies", "enemies"), ("true", "false"), ("expanded", "reduced"), ("strengthened", "weakened"),
]  # fmt: skip
ANTONYMS: dict[str, str] = {}
for _a, _b in ANTONYM_PAIRS:
    ANTONYMS.setdefault(_a, _b)
    ANTONYMS.setdefault(_b, _a)
ANTONYM_RE = re.compile(
    r"(?<![\w\-])(" + "|".join(sorted(map(re.escape, ANTONYMS), key=len, reverse=True)) + r")(?![\w\-])", re.I
)


def antonym_sites(span: str) -> list[Site]:
    """Every word of the antonym list, swapped for its opposite with the same capitalisation.

    A capitalised match counts only where the sentence starts ('Before he met'), not in a name ('Rose Garden')."""
    return [
        Site(m.start(), m.end(), match_case(ANTONYMS[m.group().lower()], m.group()))
        for m in ANTONYM_RE.finditer(span)
        if m.group().islower() or not span[: m.start()].strip("\"“‘'( ")
    ]


SUBJECT_VERB = re.compile(r"\s+(" + "|".join(AUX + ["says", "did", "does"]) + r"|[a-z]+ed)\b")


def subject_name(span: str, stmt: Statement) -> str | None:
    """The entity the raw span starts with, when a verb follows it ('Smith said', 'Ortega was')."""
    for name in sorted(stmt.entities, key=len, reverse=True):
        if not (name[:1].isupper() and span.startswith(name)):
            continue
        rest = span[len(name) :]
        if SUBJECT_VERB.match(rest) or rest.split()[:1] and rest.split()[0] in PAST_VERBS:
            return name
    return None


def same_person(a: str, b: str) -> bool:
    """Names sharing a word ('Vladimir Putin', 'Putin') are taken for one actor, and so are a
    country and its capital standing for it ('Russia', 'Moscow'): swapping one for the other
    changes no actor."""
    return bool(set(a.split()) & set(b.split())) or _state_of(a) is not None and _state_of(a) == _state_of(b)


def _state_of(name: str) -> str | None:
    """The country a country's or its capital's name stands for (compare's own lists)."""
    lower = name.lower()
    return COUNTRY_KEYS.get(CAPITALS.get(lower, lower))


def actor_sites(span: str, stmt: Statement, names: list[str]) -> list[Site]:
    """The subject name swapped for another subject name of the same report, absent from this statement."""
    name = subject_name(span, stmt)
    if name is None or name not in names:
        return []
    return [Site(0, len(name), other) for other in names if not same_person(other, name) and other not in span]


def delete_site(text: str, stmt: Statement) -> Site:
    """The whole span and the blanks after it (absolute offsets, unlike the other sites)."""
    end = stmt.end
    while end < len(text) and text[end] in " \t":
        end += 1
    return Site(stmt.start, end, "")


# --------------------------------------------------------------------------- choosing edits


def is_proper(name: str, text: str) -> bool:
    """Capitalised also inside a sentence (after a lower-case word or a comma), so not just a sentence-initial
    common noun ('Officials said', 'Reports said')."""
    return bool(re.search(rf"[a-z,;:]\s+{re.escape(name)}(?!\w)", text))


def subject_names(text: str, statements: list[Statement]) -> list[str]:
    """Proper names that open a statement as its subject, in order of first use."""
    seen: dict[str, None] = {}
    for s in statements:
        name = subject_name(text[s.start : s.end], s)
        if name and is_proper(name, text):
            seen.setdefault(name, None)
    return list(seen)


# A citation at the end of a clause: "(Interfax, September 14)", "(RBC, September 2-4)". Its date
# dates the source, not the claim; compare reads it as a citation, so it is not edited here.
CITATION = re.compile(r"\([^()]{0,80}?\b(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:,\s*\d{4})?\)")


def outside_citations(span: str, sites: list[Site]) -> list[Site]:
    cited = [(m.start(), m.end()) for m in CITATION.finditer(span)]
    return [s for s in sites if not any(a <= s.start and s.end <= b for a, b in cited)]


def sites_for(kind: str, text: str, stmt: Statement, names: list[str]) -> list[Site]:
    span = text[stmt.start : stmt.end]
    if kind == "number":
        return outside_citations(span, number_sites(span))
    if kind == "date":
        return outside_citations(span, date_sites(span))
    if kind == "negation":
        return negation_sites(span)[:1]
    if kind == "antonym":
        return antonym_sites(span)
    if kind == "actor":
        return actor_sites(span, stmt, names)
    raise ValueError(kind)


def unique_statements(statements: list[Statement]) -> list[Statement]:
    """Statements whose text occurs once: deleting a repeated one need not make an omission."""
    counts = Counter(s.text for s in statements)
    return [s for s in statements if counts[s.text] == 1]


def choose_edits(report: str, text: str, statements: list[Statement], kind: str, k: int, seed: int) -> list[Edit]:
    """Up to k edits of `kind` on k different statements, chosen with a random generator seeded by (seed, report, kind)."""
    rng = random.Random(f"{seed}:{Path(report).as_posix()}:{kind}")
    order = unique_statements(statements) if kind == "delete" else list(statements)
    rng.shuffle(order)
    names = subject_names(text, statements) if kind == "actor" else []
    edits: list[Edit] = []
    for stmt in order:
        if len(edits) >= k:
            break
        if kind == "delete":
            site = delete_site(text, stmt)
            edits.append(Edit(report, kind, stmt.id, stmt.start, stmt.end, site.start, site.end, "", ""))
            continue
        sites = sites_for(kind, text, stmt, names)
        if sites:
            site = rng.choice(sites)
            start, end = stmt.start + site.start, stmt.start + site.end
            edits.append(Edit(report, kind, stmt.id, stmt.start, stmt.end, start, end, text[start:end], site.after))
    return edits


def apply_edit(text: str, edit: Edit) -> str:
    return text[: edit.start] + edit.after + text[edit.end :]


def to_original(pos: int, edit: Edit) -> int:
    """An offset in the edited file, mapped back to the original file."""
    return pos if pos < edit.start + len(edit.after) else pos - edit.delta


# --------------------------------------------------------------------------- running the tool


def run_compare(a: Path, b: Path, mode: str) -> tuple[int, dict | None]:
    """`main.py compare a b --format json --mode mode`: exit code and the parsed document (None if unreadable)."""
    cmd = [sys.executable, str(ROOT / "main.py"), "compare", str(a), str(b), "--format", "json", "--mode", mode]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    try:
        return proc.returncode, json.loads(proc.stdout)
    except json.JSONDecodeError:
        return proc.returncode, None


def side_ids(doc: dict) -> tuple[str, str]:
    return doc["sources"][0]["id"], doc["sources"][1]["id"]


def statements_of(doc: dict, source: str) -> list[Statement]:
    return [
        Statement(s["id"], s["start"], s["end"], s["text"], tuple(e["text"] for e in s.get("entities", [])))
        for s in doc["statements"]
        if s["source"] == source
    ]


def contradictions(doc: dict) -> list[dict]:
    return [a for a in doc["alignments"] if a["verdict"] == "contradict"]


def contradiction_keys(doc: dict, remap: Callable[[int], int] = lambda p: p) -> dict[int, tuple[int, int]]:
    """Each contradiction (by index) as sorted (start, start) in original-file offsets; the second side goes through `remap`."""
    src_a, _ = side_ids(doc)
    starts = {s["id"]: (s["start"] if s["source"] == src_a else remap(s["start"])) for s in doc["statements"]}
    return {i: tuple(sorted((starts[c["a"]], starts[c["b"]]))) for i, c in enumerate(contradictions(doc))}


# --------------------------------------------------------------------------- scoring


def locate(doc: dict, edit: Edit) -> tuple[str | None, list[str]]:
    """The original statement's id (same offsets) and the ids of the edited side's statements covering the edit."""
    src_a, src_b = side_ids(doc)
    original = next((s.id for s in statements_of(doc, src_a) if (s.start, s.end) == (edit.stmt_start, edit.stmt_end)), None)
    if original is None:
        original = next((s.id for s in statements_of(doc, src_a) if s.start <= edit.start < s.end), None)
    if edit.kind == "delete":
        return original, []
    lo, hi = edit.start, edit.start + max(len(edit.after), 1)
    covering = [s.id for s in statements_of(doc, src_b) if s.start < hi and lo < s.end]
    return original, covering


def accepted_kinds(edit: Edit) -> tuple[str, ...] | None:
    """The contradiction kinds that count as right for this edit (None: any)."""
    accepted = EXPECTED[edit.kind]
    if edit.kind == "antonym" and edit.before.lower() in QUANTITY_BOUNDS and accepted is not None:
        return (*accepted, "quantity")
    return accepted


def pair_verdict(doc: dict, original: str | None, counterpart: list[str]) -> str:
    """The strongest verdict linking the original statement to its edited counterpart (contradict > related > agree)."""
    verdicts = {a["verdict"] for a in doc["alignments"] if original in (a["a"], a["b"]) and {a["a"], a["b"]} & set(counterpart)}
    return next((v for v in ("contradict", "related", "agree") if v in verdicts), "unaligned")


def score_edit(edit: Edit, doc: dict | None, exit_code: int | None, self_keys: set[tuple[int, int]]) -> Outcome:
    """Classify the tool's answer to one edit (see the module docstring)."""
    if doc is None:
        return Outcome("error", exit_code=exit_code)
    original, counterpart = locate(doc, edit)
    pair, collateral, elsewhere = [], 0, []
    keys = contradiction_keys(doc, lambda p: to_original(p, edit))
    for i, c in enumerate(contradictions(doc)):
        ids = {c["a"], c["b"]}
        if original in ids and ids & set(counterpart):
            pair.append(c)
        elif ids & set(counterpart):
            collateral += 1
        else:
            elsewhere.append(keys[i])
    out = Outcome("missed", counterpart=counterpart, collateral=collateral, exit_code=exit_code)
    out.elsewhere, out.elsewhere_in_self = len(elsewhere), sum(k in self_keys for k in elsewhere)
    if edit.kind == "delete":
        src_b = side_ids(doc)[1]
        omitted = any(o["statement"] == original and src_b in o["missing_from"] for o in doc["omissions"])
        out.result = "omitted" if omitted else "not_omitted"
        return out
    out.kinds = [c["kind"] for c in pair]
    out.pair_verdict = pair_verdict(doc, original, counterpart)
    accepted = accepted_kinds(edit)
    if pair:
        out.result = "right" if accepted is None or any(k in accepted for k in out.kinds) else "wrong_kind"
    return out


# --------------------------------------------------------------------------- the run


@dataclass
class SelfCheck:
    report: str
    exit_code: int | None
    contradictions: int
    statements: int


def self_check(path: Path, mode: str) -> tuple[SelfCheck, list[Statement], set[tuple[int, int]]]:
    """The report against itself: the exit code, its contradictions, and its statements (first side)."""
    code, doc = run_compare(path, path, mode)
    if doc is None:
        return SelfCheck(name_of(path), code, 0, 0), [], set()
    stmts = statements_of(doc, side_ids(doc)[0])
    return SelfCheck(name_of(path), code, len(contradictions(doc)), len(stmts)), stmts, set(contradiction_keys(doc).values())


def run_edit(path: Path, text: str, edit: Edit, mode: str, workdir: Path, self_keys: set[tuple[int, int]]) -> Outcome:
    """Write the edited copy (same file name, own folder) and compare the original with it."""
    folder = Path(tempfile.mkdtemp(dir=workdir))
    copy = folder / path.name
    copy.write_text(apply_edit(text, edit), encoding="utf-8")
    code, doc = run_compare(path, copy, mode)
    return score_edit(edit, doc, code, self_keys)


def read_text(path: Path) -> str:
    """The file as the tool reads it: UTF-8 (with a BOM stripped) and newline-normalised like Python's text mode."""
    return path.read_text(encoding="utf-8-sig")


def run(paths: list[Path], mode: str, seed: int, per_kind: int, jobs: int) -> dict:
    """Every self-check, then every edit, up to `jobs` comparisons at a time. Returns the result document."""
    with ThreadPoolExecutor(max_workers=jobs) as pool, tempfile.TemporaryDirectory(prefix="perturb-") as tmp:
        checks = list(pool.map(lambda p: self_check(p, mode), paths))
        progress(f"self-comparisons done ({len(paths)})")
        tasks = []
        for path, (_, stmts, keys) in zip(paths, checks):
            text = read_text(path)
            for kind in KINDS:
                for edit in choose_edits(name_of(path), text, stmts, kind, per_kind, seed):
                    tasks.append((edit, pool.submit(run_edit, path, text, edit, mode, Path(tmp), keys)))
        results = []
        for n, (edit, future) in enumerate(tasks, 1):
            results.append((edit, future.result()))
            if n % 10 == 0 or n == len(tasks):
                progress(f"edits {n}/{len(tasks)}")
    return build_document(paths, mode, seed, per_kind, [c for c, _, _ in checks], results)


def progress(message: str) -> None:
    print(f"perturb: {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- figures


def tally(results: Iterable[tuple[Edit, Outcome]]) -> dict:
    """edits / right / wrong_kind / missed (or omitted / not_omitted) / elsewhere / collateral / errors, and returned kinds."""
    t: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    missed_as: Counter[str] = Counter()
    for _, o in results:
        t["edits"] += 1
        t[o.result] += 1
        t["elsewhere"] += o.elsewhere
        t["elsewhere_in_self"] += o.elsewhere_in_self
        t["collateral"] += o.collateral
        kinds.update(k or "none" for k in o.kinds)
        if o.result == "missed":
            missed_as[o.pair_verdict] += 1
    return dict(t) | {"kinds_returned": dict(kinds), "missed_as": dict(missed_as)}


def targets(results: list[tuple[Edit, Outcome]], checks: list[SelfCheck]) -> dict:
    flagged = [o for e, o in results if e.kind != "delete"]
    deletes = [o for e, o in results if e.kind == "delete"]
    right = sum(o.result == "right" for o in flagged)
    omitted = sum(o.result == "omitted" for o in deletes)
    return {
        "right_kind_rate": round(right / len(flagged), 3) if flagged else None,
        "right_kind": f"{right}/{len(flagged)}",
        "elsewhere_contradictions": sum(o.elsewhere for _, o in results),
        "elsewhere_already_in_self_comparison": sum(o.elsewhere_in_self for _, o in results),
        "deletions_omitted_rate": round(omitted / len(deletes), 3) if deletes else None,
        "deletions_omitted": f"{omitted}/{len(deletes)}",
        "self_exit_0": f"{sum(c.exit_code == 0 for c in checks)}/{len(checks)}",
        "goals": TARGETS,
    }


def build_document(paths: list[Path], mode: str, seed: int, per_kind: int, checks: list[SelfCheck], results: list) -> dict:
    by_kind = {k: tally(r for r in results if r[0].kind == k) for k in KINDS}
    by_report = {
        name_of(p): {k: tally(r for r in results if r[0].report == name_of(p) and r[0].kind == k) for k in KINDS} for p in paths
    }
    edits = [edit_record(e, o) for e, o in results]
    return {
        "schema": "perturb-report/1",
        "mode": mode,
        "seed": seed,
        "edits_per_kind": per_kind,
        "expected_kinds": {k: list(v) if v else "any contradiction" for k, v in EXPECTED.items()} | {"delete": "omission"},
        "note": ACTOR_NOTE + "; antonym 'more than' ↔ 'fewer than' also accepts quantity",
        "self": [asdict(c) for c in checks],
        "by_kind": by_kind,
        "by_report": by_report,
        "edits": edits,
        "targets": targets(results, checks),
    }


def edit_record(edit: Edit, outcome: Outcome) -> dict:
    """One edit for the JSON output: only the changed words, never the sentence."""
    change = f"(sentence deleted, {edit.stmt_end - edit.stmt_start} chars)" if edit.kind == "delete" else None
    return {
        "report": edit.report,
        "statement": edit.statement,
        "kind": edit.kind,
        "before": edit.before,
        "after": edit.after,
        "change": change or f"{edit.before!r} → {edit.after!r}",
    } | asdict(outcome)


COLUMNS = ("edits", "right", "wrong_kind", "missed", "elsewhere", "elsewhere_in_self", "collateral")
DELETE_COLUMNS = ("edits", "omitted", "not_omitted", "-", "elsewhere", "elsewhere_in_self", "collateral")
HEADERS = ("edits", "right", "wrong kind", "missed", "elsewhere", "(in self)", "collateral")


def table_rows(name: str, stats: dict[str, dict]) -> list[str]:
    rows = []
    for kind in KINDS:
        t = stats[kind]
        cols = DELETE_COLUMNS if kind == "delete" else COLUMNS
        cells = [str(t.get(c, 0)) if c != "-" else "" for c in cols]
        extra = f"  kinds: {t['kinds_returned']}" if t.get("kinds_returned") else ""
        extra += f"  missed as: {t['missed_as']}" if t.get("missed_as") else ""
        extra += f"  errors: {t['error']}" if t.get("error") else ""
        rows.append(f"{name[-44:]:<44} {kind:<9}" + "".join(f"{c:>11}" for c in cells) + extra)
    return rows


def render_text(doc: dict) -> str:
    head = f"{'report':<44} {'kind':<9}" + "".join(f"{c:>11}" for c in HEADERS)
    lines = [f"perturbation harness — mode {doc['mode']}, seed {doc['seed']}, {doc['edits_per_kind']} edits per kind", ""]
    lines += [head, "(delete rows: omitted / not omitted instead of right / wrong kind)", "-" * len(head)]
    for report, stats in doc["by_report"].items():
        lines += table_rows(report, stats)
    lines += ["-" * len(head), *table_rows("TOTAL", doc["by_kind"]), "", "self-comparisons (report against itself):"]
    for c in doc["self"]:
        flag = "" if c["exit_code"] == 0 else "   <-- not exit 0"
        lines.append(f"  {c['report']:<60} exit {c['exit_code']}  contradictions {c['contradictions']}{flag}")
    t = doc["targets"]
    lines += ["", f"note: {doc['note']}", "elsewhere = contradictions not touching the edited statement; collateral = the edited"]
    lines += [
        "statement contradicting some other statement; elsewhere_in_self in --json counts those already in the self-comparison."
    ]
    lines += ["", "targets:"]
    lines.append(f"  right-kind rate          {t['right_kind_rate']} ({t['right_kind']})   goal ≥ 0.95")
    lines.append(
        f"  elsewhere contradictions {t['elsewhere_contradictions']}"
        f" ({t['elsewhere_already_in_self_comparison']} of them already in the self-comparison)   goal 0"
    )
    lines.append(f"  deletions omitted        {t['deletions_omitted_rate']} ({t['deletions_omitted']})   goal ≥ 0.90")
    lines.append(f"  self-comparisons exit 0  {t['self_exit_0']}   goal all")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command line


def default_reports() -> list[Path]:
    devset = sorted(glob.glob(str(ROOT.parent / "shared" / "devset" / "*" / "*.txt")))
    return [Path(p).resolve() for p in devset + sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))]


def expand(args: list[str]) -> list[Path]:
    """Paths and globs, in the order given, each once, as absolute paths."""
    out: dict[Path, None] = {}
    for arg in args:
        for m in sorted(glob.glob(arg)) or [arg]:
            out.setdefault(Path(m).resolve(), None)
    return list(out)


def name_of(path: Path) -> str:
    """The report's name in the output and in the edit seed: relative to the project root, so stable across runs."""
    return Path(os.path.relpath(path, ROOT)).as_posix()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Compare each report with edited copies of itself.")
    p.add_argument("reports", nargs="*", help="report files or globs (default: ../shared/devset/*/*.txt and seeds/*.txt)")
    p.add_argument("--mode", choices=("lexical", "semantic", "auto"), default="lexical")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--edits-per-kind", type=int, default=3)
    p.add_argument("--jobs", type=int, default=2, help="comparisons run at once")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout instead of the tables")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paths = expand(args.reports) if args.reports else default_reports()
    missing = [p for p in paths if not p.is_file()]
    if not paths or missing:
        print(f"perturb: error: no such report: {', '.join(map(str, missing)) or '(none found)'}", file=sys.stderr)
        return 2
    doc = run(paths, args.mode, args.seed, args.edits_per_kind, args.jobs)
    sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n" if args.json else render_text(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
