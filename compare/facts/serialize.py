"""Facts ⇄ plain dicts, so that a store can keep what extraction found and judge it later."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..models import Certainty, DateRef, Entity, Facts, Quantity, Span

INF = float("inf")


def _span(s: Span) -> list[Any]:
    return [s.start, s.end, s.text]


def _unspan(v: list[Any]) -> Span:
    return Span(int(v[0]), int(v[1]), str(v[2]))


def _num(x: float) -> float | str:
    return "inf" if x == INF else "-inf" if x == -INF else x


def _unnum(x: float | str) -> float:
    return float(x)


def facts_to_dict(f: Facts) -> dict[str, Any]:
    return {
        "id": f.statement_id,
        "tokens": list(f.tokens),
        "entities": [[_span(e.span), e.surface, e.key] for e in f.entities],
        "quantities": [
            [_span(q.span), q.value, q.unit, _num(q.low), _num(q.high), q.low_open, q.high_open, q.hedge, q.noun]
            for q in f.quantities
        ],
        "dates": [[_span(d.span), d.start.isoformat(), d.end.isoformat(), d.anchor] for d in f.dates],
        "attribution": f.attribution,
        "certainty": f.certainty.name,
        "certainty_cue": f.certainty_cue,
        "negations": [_span(n) for n in f.negations],
        "framing": [[label, _span(s)] for label, s in f.framing],
        "negated": list(f.negated_tokens),
        "heads": list(f.negation_heads),
        "context": list(f.context_tokens),
    }


def facts_from_dict(d: dict[str, Any], statement_id: str | None = None) -> Facts:
    return Facts(
        statement_id=statement_id or d["id"],
        tokens=tuple(d["tokens"]),
        entities=tuple(Entity(_unspan(s), surface, key) for s, surface, key in d["entities"]),
        quantities=tuple(
            Quantity(_unspan(s), float(v), u, _unnum(lo), _unnum(hi), bool(lo_o), bool(hi_o), h, n)
            for s, v, u, lo, hi, lo_o, hi_o, h, n in d["quantities"]
        ),
        dates=tuple(DateRef(_unspan(s), date.fromisoformat(a), date.fromisoformat(b), anchor) for s, a, b, anchor in d["dates"]),
        attribution=d["attribution"],
        certainty=Certainty[d["certainty"]],
        certainty_cue=d["certainty_cue"],
        negations=tuple(_unspan(s) for s in d["negations"]),
        framing=tuple((label, _unspan(s)) for label, s in d["framing"]),
        negated_tokens=tuple(d["negated"]),
        negation_heads=tuple(d["heads"]),
        context_tokens=tuple(d["context"]),
    )
