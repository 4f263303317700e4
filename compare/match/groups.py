"""Group statements about the same thing across all sources, and say who says what.

A group is a connected set of aligned statements (pairwise alignments joined transitively).
Its positions gather sources by what they claim: by the interval of a shared quantity when
the group has one ("<4 h: isw · >4 h: jamestown, reuters"), else by statement.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..facts.quantities import comparable
from ..models import Facts, Group, Judgement, Position, Statement, Verdict
from .judge import describe, surface_words


def group_statements(
    statements: Sequence[Statement], facts: Sequence[Facts], judgements: Sequence[Judgement]
) -> tuple[Group, ...]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for j in judgements:
        parent[find(j.a)] = find(j.b)
    order = {s.id: k for k, s in enumerate(statements)}
    members: dict[str, list[str]] = defaultdict(list)
    for sid in sorted(parent, key=order.__getitem__):
        members[find(sid)].append(sid)
    st = {s.id: s for s in statements}
    fa = {f.statement_id: f for f in facts}
    groups: list[Group] = []
    contradicted = {find(j.a) for j in judgements if j.verdict is Verdict.CONTRADICT}
    for root, ids in sorted(members.items(), key=lambda m: order[m[1][0]]):
        sources = tuple(dict.fromkeys(st[i].source for i in ids))
        groups.append(
            Group(
                id=f"g{len(groups) + 1}",
                topic=_topic([fa[i] for i in ids], [st[i] for i in ids]),
                statements=tuple(ids),
                sources=sources,
                contradiction=root in contradicted,
                positions=_positions(ids, st, fa),
            )
        )
    return tuple(groups)


def _topic(facts: list[Facts], statements: list[Statement]) -> str:
    """The words most statements of the group share, as written."""
    counts = Counter(t for f in facts for t in dict.fromkeys(f.tokens))
    first = {t: k for k, t in enumerate(dict.fromkeys(t for f in facts for t in f.tokens))}
    ranked = sorted((t for t, c in counts.items() if c >= 2), key=lambda t: (-counts[t], first[t]))
    shared = ranked[:4]
    words = surface_words(statements[0].text, shared)
    return ", ".join(words) if words else "related statements"


def _positions(ids: list[str], st: dict[str, Statement], fa: dict[str, Facts]) -> tuple[Position, ...]:
    """Sources grouped by the interval they give for the group's most shared kind of quantity."""
    quantities = [(i, q) for i in ids for q in fa[i].quantities]
    most = len({st[i].source for i in ids})
    best = None
    for _, q in quantities:
        peers = {st[k].source for k, r in quantities if comparable(q, r)}
        if len(peers) >= 2 and (best is None or len(peers) > best[0]):
            best = (len(peers), q)
            if len(peers) == most:  # no later quantity can do better (a large group would cost n² here)
                break
    by_claim: dict[str, list[str]] = defaultdict(list)
    if best:
        for i, q in quantities:
            if comparable(best[1], q):
                by_claim[f"{q.span.text} ({describe(q)})"].append(i)
    else:
        for i in ids:
            by_claim[st[i].text].append(i)
    return tuple(
        Position(claim, tuple(dict.fromkeys(st[i].source for i in sids)), tuple(dict.fromkeys(sids)))
        for claim, sids in by_claim.items()
    )
