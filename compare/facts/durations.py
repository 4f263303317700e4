"""How long what lasted, as a clause tells a length of time: "the strike lasted six weeks", "the
hostages were held for 48 hours", "trading was suspended for three quarters of an hour".

Lengths of time in one unit are compared as they always were; two in different units ("six
weeks" and "about three months") are compared only when the parse shows them to be the length
of one thing: the clauses each is told in are about a noun in common (the strike, the
hostages, trading on the exchange). A length told from an event ("more than an hour after the crash",
"within 20 minutes of the alert", "after six hours") is an offset, not how long something
lasted, and is not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..lexicons import EVENT_KINDS
from ..models import Quantity
from .quantities import DURATION_UNITS, find_quantities
from .sums import figure_head

# Words that make a length of time an offset from an event or a point in time.
_OFFSET_BEFORE = frozenset(["after", "before", "ago", "since", "until", "every"])
_OFFSET_AFTER = frozenset(["after", "before", "of", "later", "earlier", "ago", "into", "from"])


@dataclass(frozen=True)
class Duration:
    """A length of time and what lasted it: the nouns its clause tells of ("strike")."""

    figure: Quantity
    holders: frozenset[str]


def durations(doc: Any) -> tuple[Duration, ...]:
    """The lengths of time of a parsed text that tell how long something named lasted."""
    out = []
    for q in find_quantities(doc.text):
        if q.unit not in DURATION_UNITS:
            continue
        before = doc.text[: q.span.start].split()[-1:]
        after = doc.text[q.span.end :].split()[:1]
        spans = bool(before) and before[0].lower() == "for"  # "for 45 minutes after the opening bell": how long
        if (
            before
            and before[0].lower() in _OFFSET_BEFORE
            or after
            and after[0].lower().strip(",.") in _OFFSET_AFTER
            and not spans
        ):
            continue
        token = figure_head(doc, q)
        if token is not None and token.dep_ in ("amod", "compound", "nummod") and token.head.pos_ == "NOUN":
            holders = _kinds({token.head.lemma_.lower()})  # "the 48-hour strike"
        else:
            verb = _clause_verb(token) if token is not None else None
            holders = _holders(verb, token) if verb is not None and token is not None else frozenset()
        if holders:
            out.append(Duration(q, holders))
    return tuple(out)


def _holders(verb: Any, token: Any) -> frozenset[str]:
    """What the clause tells of: the nouns of its subject and object, with the nouns of their
    own phrases ("trading on the exchange was suspended": trading, exchange; "180 millimetres of
    rain fell": millimetre, rain), not of clauses hung on them ("talks to end the strike": talk)."""
    figure = {t.i for t in token.subtree}
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i not in figure]
    nouns = [*heads, *(g for h in heads for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
    return _kinds({n.lemma_.lower() for n in nouns if n.pos_ in ("NOUN", "PROPN")})


def _kinds(words: set[str]) -> frozenset[str]:
    """Words, and the kind of event each names ("stoppage" and "strike": walkout)."""
    return frozenset(words | {kind for kind, names in EVENT_KINDS.items() if words & names})


def _clause_verb(token: Any) -> Any | None:
    """The verb a length of time hangs on ("lasted six weeks", "held for 48 hours")."""
    node = token
    for _ in range(3):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def one_length(x: Duration, y: Duration) -> bool:
    """Two lengths of one thing: a noun in common."""
    return bool(x.holders & y.holders)
