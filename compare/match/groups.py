"""Group statements about the same thing across all sources, and say who says what.

A group is a connected set of statements joined by verdicts (contradictions, then agreements,
strongest first); a related pair (no verdict: the two are not the same claim) joins nothing,
and neither does an agreement on a name alone, so a shared name never makes a group. Two
statements about different sums of money, or about money from different lenders (different
loans), are never in one group, directly or through others, unless a contradiction on that
pair says they dispute one figure.

A group's topic reads as the claim it is about: the leading clause of its shortest statement
("Russia will lend Belarus $1.5 billion"). Its positions gather sources by what they claim: by
the interval of a shared quantity when the group has one ("nearly four hours (<4 h): isw ·
more than four hours (>4 h): jamestown"), else by statement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..facts.quantities import CURRENCIES, comparable, overlaps
from ..lexicons import CAPITALS, NUMBER_WORDS
from ..models import Facts, Group, Judgement, Position, Quantity, Statement, Verdict
from .judge import describe

MAX_TOPIC = 76  # characters of a group's topic before it is cut at a word


def group_statements(
    statements: Sequence[Statement], facts: Sequence[Facts], judgements: Sequence[Judgement]
) -> tuple[Group, ...]:
    st = {s.id: s for s in statements}
    fa = {f.statement_id: f for f in facts}
    order = {s.id: k for k, s in enumerate(statements)}
    groups: list[Group] = []
    components = sorted(_components(judgements, st, fa), key=lambda m: min(order[i] for i in m))
    component_of = {i: k for k, ids in enumerate(components) for i in ids}
    contradicted = {
        component_of[j.a]
        for j in judgements
        if j.verdict is Verdict.CONTRADICT and j.a in component_of and component_of[j.a] == component_of.get(j.b)
    }
    for k, ids in enumerate(components):
        ids = sorted(ids, key=order.__getitem__)
        groups.append(
            Group(
                id=f"g{len(groups) + 1}",
                topic=topic([st[i] for i in ids]),
                statements=tuple(ids),
                sources=tuple(dict.fromkeys(st[i].source for i in ids)),
                contradiction=k in contradicted,
                positions=_positions(ids, st, fa),
            )
        )
    return tuple(groups)


def _components(judgements: Sequence[Judgement], st: dict[str, Statement], fa: dict[str, Facts]) -> list[list[str]]:
    """Statements joined by verdicts, strongest first. An agreement joins only statements that
    share two content words besides names; only a contradiction (a disputed figure) joins two
    statements about different sums or lenders, directly or through others."""
    edges = sorted(
        (j for j in judgements if _joins(j, fa)), key=lambda j: (j.verdict is not Verdict.CONTRADICT, -j.confidence, -j.score)
    )
    disputed = {frozenset((j.a, j.b)) for j in edges if j.verdict is Verdict.CONTRADICT}
    monied = {sid for sid, f in fa.items() if any(q.unit in CURRENCIES for q in f.quantities)}  # all `different_things` reads
    members: dict[str, list[str]] = {}
    for j in edges:
        left, right = members.get(j.a, [j.a]), members.get(j.b, [j.b])
        if left is right:
            continue
        left_m, right_m = [u for u in left if u in monied], [v for v in right if v in monied]
        if any(
            frozenset((u, v)) not in disputed and different_things(fa[u], fa[v], st[u], st[v]) for u in left_m for v in right_m
        ):
            continue
        joined = left + right
        for sid in joined:
            members[sid] = joined
    return list({id(m): m for m in members.values()}.values())


def _joins(j: Judgement, fa: dict[str, Facts]) -> bool:
    """A contradiction, or an agreement on more than a name ('President Anton Marek said…'
    and 'President Anton Marek visited…' share a name and a title, not a claim)."""
    if j.verdict is Verdict.CONTRADICT:
        return True
    if j.verdict is not Verdict.AGREE:
        return False
    shared = set(fa[j.a].tokens) & set(fa[j.b].tokens)
    return len([t for t in shared if not t.startswith("@")]) >= 2


def alike(q: Quantity, r: Quantity) -> bool:
    """Figures of one kind: comparable, or sums in one currency whatever noun they count
    ('$1.5 billion to cover its gas debt', 'a $2 billion loan')."""
    return comparable(q, r) or (q.unit == r.unit and q.unit in CURRENCIES)


def different_things(fa: Facts, fb: Facts, sa: Statement, sb: Statement) -> bool:
    """Two statements about different sums of money (no pair of their comparable sums
    overlaps), or about money from different lenders."""
    money_a = [q for q in fa.quantities if q.unit in CURRENCIES]
    money_b = [q for q in fb.quantities if q.unit in CURRENCIES]
    pairs = [(q, r) for q in money_a for r in money_b if alike(q, r)]
    if pairs and not any(overlaps(q, r) for q, r in pairs):
        return True
    if not (money_a and money_b):
        return False
    lenders_a, lenders_b = lenders(fa, sa), lenders(fb, sb)
    return bool(lenders_a and lenders_b) and not lenders_a & lenders_b


_GIVES = re.compile(
    r"^(?:['’]s\b|\s+(?:has\s+|had\s+|will\s+|would\s+|is\s+to\s+|agreed\s+to\s+)?"
    r"(?:lent|lend|lends|loaned|loans|granted|grants|grant|provided|provides|provide|offered|offers|offer|"
    r"extended|extends|extend|pledged|pledges|pledge|promised|promises|promise)\b)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s$")
_FROM = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)


def lenders(f: Facts, s: Statement) -> frozenset[str]:
    """Who gives the money in a statement: a name before "'s" or a verb of giving ("Russia
    lent"), or after "from"/"by"; capitals fold to their countries (Moscow → russia)."""
    out = set()
    for e in f.entities:
        before, after = s.text[: e.span.start], s.text[e.span.end :]
        name = _POSSESSIVE.sub("", e.surface.lower())
        if name != e.surface.lower() or _GIVES.match(after) or _FROM.search(before):
            out.add(CAPITALS.get(name, name))
    return frozenset(out)


_ATTRIBUTION = re.compile(
    r"^(?:(?i:according to) [^,]{1,60},\s*|(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|stated|told [^,]{1,40}) that\s+)"
)
_CLAUSE_END = re.compile(r",\s|;|\s[–—-]\s|:\s|\s\(|(?<=[a-z]{4})[.!?]\s")  # a sentence end: inside a quotation
_CITATION_TAIL = re.compile(r"\s*\([^()]*\)\s*\.?$")
_QUOTES = re.compile(r"[\"“”«»]")


def topic(statements: Sequence[Statement]) -> str:
    """What a group is about, as a claim: the leading clause of its shortest statement (one
    that does not open with 'This' or 'They', when there is one), without an opening
    attribution ('According to X,'), a closing citation or quotation marks, cut at a word when
    long."""
    plain = [s for s in statements if not s.context] or list(statements)
    shortest = min(plain, key=lambda s: len(s.text))
    text = _QUOTES.sub("", _CITATION_TAIL.sub("", shortest.text)).strip()
    text = _ATTRIBUTION.sub("", text)
    text = text[:1].upper() + text[1:]
    m = next((m for m in _CLAUSE_END.finditer(text) if len(text[: m.start()].split()) >= 4), None)
    if m is not None:
        text = text[: m.start()]
    text = text.rstrip(" .,;:!?’")
    if len(text) > MAX_TOPIC:
        text = text[: MAX_TOPIC - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return text or "related statements"


def _precise(q: Quantity) -> bool:
    """A figure written with digits or a number word; 'several' or 'dozens' is no position."""
    words = re.findall(r"[a-z]+", q.span.text.lower())
    return any(c.isdigit() for c in q.span.text) or any(w in NUMBER_WORDS for w in words)


def _positions(ids: list[str], st: dict[str, Statement], fa: dict[str, Facts]) -> tuple[Position, ...]:
    """Sources grouped by the interval they give for the group's most shared kind of figure
    (a precise one), else by statement; a statement without such a figure is a position of
    its own, so every member is shown."""
    quantities = [(i, q) for i in ids for q in fa[i].quantities if _precise(q)]
    most = len({st[i].source for i in ids})
    best = None
    for _, q in quantities:
        peers = {st[k].source for k, r in quantities if alike(q, r)}
        if len(peers) >= 2 and (best is None or len(peers) > best[0]):
            best = (len(peers), q)
            if len(peers) == most:  # no later quantity can do better (a large group would cost n² here)
                break
    by_claim: dict[str, list[str]] = defaultdict(list)
    if best:
        for i, q in quantities:
            if alike(best[1], q):
                by_claim[f"{q.span.text} ({describe(q)})"].append(i)
    shown = {i for sids in by_claim.values() for i in sids}
    for i in ids:
        if i not in shown:
            by_claim[st[i].text].append(i)
    return tuple(
        Position(claim, tuple(dict.fromkeys(st[i].source for i in sids)), tuple(dict.fromkeys(sids)))
        for claim, sids in by_claim.items()
    )
