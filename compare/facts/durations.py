"""How long what lasted, as a clause tells a length of time: "the strike lasted six weeks", "the
hostages were held for 48 hours", "trading was suspended for three quarters of an hour".

Lengths of time in one unit are compared as they always were; two in different units ("six
weeks" and "about three months") are compared only when the parse shows them to be the length
of one thing: the clauses each is told in are about a noun in common (the strike, the
hostages, trading on the exchange), told by one verb or by verbs of lasting, at no two times.
A length told from an event ("more than an hour after the crash", "within 20 minutes of the
alert", "after six hours") is an offset, not how long something lasted, and is not read; nor
a length to come or said of another one ("would last two weeks", "a previous strike lasted",
"one hostage was held for 12 hours"), nor one told in a clause on something else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..lexicons import EVENT_KINDS
from ..models import Quantity
from .quantities import DURATION_UNITS, find_quantities
from .sums import figure_head

# Words that make a length of time an offset from an event or a point in time.
_OFFSET_BEFORE = frozenset(["after", "before", "ago", "since", "until", "every", "within"])
_OFFSET_AFTER = frozenset(["after", "before", "of", "later", "earlier", "ago", "into", "from"])
# Verbs of lasting; a length told with another verb is how long that deed went on ("the siege
# was lifted for six hours" is no length of the siege).
_LASTING = frozenset(["last", "run", "go", "continue", "take", "stretch", "drag", "hold", "spend", "keep", "be"])
# Verbs of a state kept for a time ("the road was closed for 12 hours").
_KEPT = frozenset(["close", "suspend", "halt", "shut", "pause", "detain", "delay", "block", "ground"])
# Words that make what lasted another one, or one of several ("a previous strike", "one hostage").
_ANOTHER = frozenset(["previous", "another", "earlier", "last", "next", "second", "first", "one", "a", "an", "separate"])
_TIME_WORDS = frozenset(["yesterday", "today", "last", "next", "ago", "year", "month", "week", "earlier", "previous"])
_NOT_TOLD = frozenset(["would", "will", "could", "might", "may", "should", "not", "n't", "never"])


@dataclass(frozen=True)
class Duration:
    """A length of time and what lasted it: the nouns its clause tells of ("strike"), its verb,
    and the time words of its clause ("in 2019", "last year")."""

    figure: Quantity
    holders: frozenset[str]
    verb: str = ""
    when: frozenset[str] = frozenset()
    by: frozenset[str] = frozenset()  # whose it is: "the 48-hour strike by nurses", "the teachers' strike"


def durations(doc: Any) -> tuple[Duration, ...]:
    """The lengths of time of a parsed text that tell how long something named lasted."""
    out = []
    for q in find_quantities(doc.text):
        if q.unit not in DURATION_UNITS or _offset(doc.text, q):
            continue
        token = figure_head(doc, q)
        if token is None:
            continue
        if token.dep_ in ("amod", "compound", "nummod") and token.head.pos_ == "NOUN":
            if not _one_of_several(token.head, _ANOTHER - {"a", "an"}):  # "a 48-hour strike" is the strike told
                by = _whose(token.head, token)
                out.append(Duration(q, _kinds({token.head.lemma_.lower()}), "last", by=by))  # "the 48-hour strike"
            continue
        verb = _clause_verb(token)
        if verb is None or _not_told(verb):
            continue
        lemma = verb.lemma_.lower()
        holders = _holders(verb, token)
        if holders:
            figure = {t.i for t in doc if q.span.start <= t.idx < q.span.end}  # "two days last year": the year is a time
            when = frozenset(
                t.lower_
                for t in verb.subtree
                if t.i not in figure and (t.lower_ in _TIME_WORDS or t.text.isdigit() and len(t.text) == 4)
            )
            out.append(Duration(q, holders, lemma, when))
    return tuple(out)


def _offset(text: str, q: Quantity) -> bool:
    """ "more than an hour after the crash", "within 20 minutes of the alert", "after six hours";
    not "for 45 minutes after the opening bell" (how long)."""
    before = text[: q.span.start].split()[-1:]
    after = text[q.span.end :].split()[:1]
    if before and before[0].lower() in _OFFSET_BEFORE:
        return True
    spans = bool(before) and before[0].lower() == "for"
    return bool(after) and after[0].lower().strip(",.") in _OFFSET_AFTER and not spans


def _not_told(verb: Any) -> bool:
    """A length to come, wished, denied, or told in a clause on something else: "would last two
    weeks", "said it would be fixed", "Lund, who scored in last season's final"."""
    if any(c.dep_ in ("aux", "neg") and c.lower_ in _NOT_TOLD for c in verb.children):
        return True
    return verb.dep_ in ("relcl", "acl", "advcl", "xcomp")  # not "..., the union said": a ccomp told as so


def _one_of_several(noun: Any, words: frozenset[str] = _ANOTHER) -> bool:
    """ "a previous strike", "one hostage", "another siege": not the one the other report tells of."""
    return any(c.lower_ in words and c.dep_ in ("amod", "det", "nummod") for c in noun.children)


def held_apart(x: Duration, y: Duration) -> bool:
    """Both name who holds what lasted, and the two are others ("by Orlen nurses" / "by Vesta
    nurses", "the postal workers'" / "the bank workers'")."""
    return bool(x.by) and bool(y.by) and not (x.by <= y.by or y.by <= x.by)


def _whose(noun: Any, figure: Any) -> frozenset[str]:
    """Who holds the thing a length is told of, with the words of its phrase: "by Orlen
    nurses", "by workers at the port", "the postal workers' strike" (not the figure's own
    words)."""
    by = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
    own = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i not in {t.i for t in figure.subtree}]
    words = (t for head in (*by, *own) for t in head.subtree)  # "by workers at the Sarn port": port
    return frozenset(t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ"))


def _holders(verb: Any, token: Any) -> frozenset[str]:
    """What the clause tells of: the nouns of its subject and object, with the nouns of their
    own "of" / "on" / "at" phrases ("trading on the exchange was suspended": trading, exchange;
    "180 millimetres of rain fell": millimetre, rain), not of other phrases or clauses ("the
    ceasefire during the siege", "talks to end the strike": ceasefire, talk); nothing for one
    of several ("one hostage")."""
    figure = {t.i for t in token.subtree}
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i not in figure]
    if any(_one_of_several(h) for h in heads):
        return frozenset()
    own = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "at") for g in p.children]
    nouns = [*heads, *(g for g in own if g.dep_ == "pobj")]
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
    """Two lengths of one thing: a noun in common, told by one verb, by verbs of lasting or by verbs
    of a state kept ("suspended", "paused"), at no two times ("in 2019" or "last year" on one side
    only)."""
    if not x.holders & y.holders or x.when != y.when:
        return False
    if held_apart(x, y):
        return False  # "the 48-hour strike by nurses" / "the three-day strike by teachers"
    return x.verb == y.verb or any(x.verb in verbs and y.verb in verbs for verbs in (_LASTING, _KEPT))
