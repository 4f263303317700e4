"""What a sum of money is, as its clause tells: a fine, a ransom, a cost, a value, damage.

A figure like "$2 million" says nothing of what it counts, so two sums are not compared by
their figures alone ("fined $2 million" and "profits of $40 million" are two things). The parse
often says what the sum is: the word it is the object of ("was fined $2 million", "demanded $4
million", "will cost about $12 million"), the noun it sizes ("a $5 million penalty", "a ransom of
$4 million", "$300 million in damage"), or the thing an estimate puts at it ("estimated the
repair bill at $40 million", "were valued at £6m", "were worth £2m"). Those words are put in one
kind for each sort of sum, in words that mean the same in any report: "fined" and "penalty" are
a fine, "cost" and "bill" a cost, "worth" and "valued" a value. Two sums of one kind in two
statements about one thing may be compared as one figure; any other sum is left as it was.
Verbs that move money of any sort ("paid", "received", "lost", "spent", "gave") are no kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import Quantity
from .propositions import hypothetical
from .quantities import CURRENCIES, find_quantities

# The words that say what a sum is, by lemma (or as written: the parse lemmatizes "fined" to
# "fin"), and the kind of sum each names.
SUM_KINDS: dict[str, str] = {
    "fine": "fine",
    "fined": "fine",
    "penalty": "fine",
    "ransom": "ransom",
    "cost": "cost",
    "bill": "cost",
    "price tag": "cost",
    "worth": "value",
    "value": "value",
    "valued": "value",
    "valuation": "value",
    "damage": "damage",
    "compensation": "compensation",
    "payout": "compensation",
    "bail": "bail",
    "bribe": "bribe",
    "reward": "reward",
    "bounty": "reward",
    "loan": "loan",
    "lend": "loan",
    "salary": "salary",
    "wage": "salary",
    "bonus": "bonus",
    "budget": "budget",
    "donation": "donation",
    "donate": "donation",
    "settlement": "settlement",
    "ransom demand": "ransom",
}
# Verbs whose "at" phrase puts an estimate on their object or passive subject ("estimated the
# bill at", "the damage was put at", "were valued at").
_ESTIMATING = frozenset(["estimate", "put", "value", "assess", "set", "peg", "place", "calculate"])
# What a sum sizes: a noun it is the number of ("a $5 million penalty"), the noun it is "of" ("a
# ransom of $4 million"), or the verb it is the object of ("fined $2 million").
_SIZED = ("nummod", "compound", "amod", "nmod", "quantmod")


@dataclass(frozen=True)
class Sum:
    """A sum of money whose clause says what it is: its kind ("fine"), the word that said so,
    the figure, the words from that word to the figure, whose or what it is (the nouns of the
    clause's participants: "the company was fined", "a penalty on the company", "the repair
    bill") and what it is for ("fined for the leak", "over the crowd trouble")."""

    kind: str
    word: str
    figure: Quantity
    span: str
    parties: frozenset[str] = frozenset()
    purpose: frozenset[str] = frozenset()


def sums(doc: Any) -> tuple[Sum, ...]:
    """The sums of money of a parsed text whose clause says what they are."""
    out = []
    for q in find_quantities(doc.text):
        if q.unit not in CURRENCIES:
            continue
        token = _figure_head(doc, q)
        word = _what_it_is(token) if token is not None else None
        if word is None or hypothetical(word if word.pos_ in ("VERB", "AUX") else word.head):
            continue
        kind = _kind(word)
        if kind is not None:
            start, end = min(word.idx, q.span.start), max(q.span.end, word.idx + len(word.text))
            parties, purpose = _parties(word, token)
            out.append(Sum(kind, word.lower_, q, doc.text[start:end], parties, purpose))
    return tuple(out)


_PARTY_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "dative", "poss", "compound"])
# Verbs whose subject gives, sets or puts a figure on a sum rather than holding it ("the
# regulator fined the company", "UEFA imposed a penalty", "the council estimated the bill").
_GIVING = _ESTIMATING | frozenset(["fine", "fin", "impose", "levy", "offer", "award", "order", "grant", "announce"])
_PARTY_PREPS = frozenset(["on", "of", "to"])  # "a penalty on the company", "the cost of the repairs"
_PURPOSE_PREPS = frozenset(["for", "over"])  # "fined for the leak", "over the crowd trouble"


def _parties(word: Any, token: Any) -> tuple[frozenset[str], frozenset[str]]:
    """Whose sum it is and what it is for: the nouns of the word's participants, and of the
    verb's that holds it when the word is a noun ("the minister earns a salary"); what the
    figure's own phrase says it is for ("fined $5 million for safety breaches"; "lend $1.5 billion
    to cover its gas debt")."""
    holders = [word, word.head] if word.pos_ != "VERB" and word.head.pos_ in ("VERB", "AUX") else [word]
    if word.lower_ == "worth":
        holders = [word.head]  # "the jewels were worth £2m": the subject of "were"
    figure = {t.i for t in token.subtree}
    parties: set[str] = set()
    purpose: set[str] = set()
    for holder in [*holders, token]:
        for child in holder.children:
            if child.i in figure and holder.i != token.i or child.i == word.i:
                continue
            if child.dep_ in _PARTY_DEPS and holder.i != token.i:
                if child.dep_ != "nsubj" or holder.lemma_.lower() not in _GIVING:
                    parties |= _nouns(child)
            elif child.dep_ == "prep" and child.lower_ in _PARTY_PREPS | _PURPOSE_PREPS:
                found = {n for g in child.children if g.dep_ == "pobj" and g.i not in figure for n in _nouns(g)}
                found |= {n for g in child.children if g.dep_ == "pobj" and holder.i == token.i for n in _nouns(g)}
                (purpose if child.lower_ in _PURPOSE_PREPS else parties).update(found)
            elif child.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                purpose.update(n for g in child.children if g.dep_ == "dobj" for n in _nouns(g))  # "to cover its gas debt"
    return frozenset(parties), frozenset(purpose)


def _nouns(token: Any) -> set[str]:
    """The lemma of a common noun, with the nouns compounded with it ("the repair bill": repair,
    bill). Not a name: "Veltrane" and "the company" may be one holder."""
    if token.pos_ != "NOUN":
        return set()
    return {token.lemma_.lower(), *(c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN")}


def _figure_head(doc: Any, q: Quantity) -> Any | None:
    """The token of a figure's span whose head lies outside it ("$2 million": million)."""
    inside = [t for t in doc if q.span.start <= t.idx < q.span.end]
    return next((t for t in inside if not q.span.start <= t.head.idx < q.span.end or t.head.i == t.i), None)


def _kind(word: Any) -> str | None:
    for key in (word.lower_, word.lemma_.lower()):
        if key in SUM_KINDS:
            return SUM_KINDS[key]
    return None


def _what_it_is(token: Any) -> Any | None:
    """The word that says what the sum at `token` is, if its clause has one."""
    sized = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    noun = next((g for g in sized.children if g.dep_ == "pobj"), None) if sized is not None else None
    if noun is not None and _kind(noun) is not None:
        return noun  # "$300 million in damage", "$2 million in compensation"
    head = token.head
    if token.dep_ in _SIZED and head.pos_ == "NOUN":
        return head  # "a $5 million penalty"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head  # "a ransom of $4 million"
    if token.dep_ in ("dobj", "attr") and head.pos_ == "VERB":
        return head  # "fined $2 million", "will cost $12 million"
    if token.dep_ == "npadvmod" and head.lower_ == "worth":
        return head  # "were worth £2m"
    if token.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() in _ESTIMATING:
        return _estimated(head.head)
    return None


def _estimated(verb: Any) -> Any:
    """What an estimate puts at a sum: its object or passive subject when that names a kind of
    sum ("estimated the repair bill at", "the damage was put at"), else the verb ("were valued
    at")."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return thing if thing is not None and _kind(thing) is not None else verb


def one_sum(x: Sum, y: Sum) -> bool:
    """Two sums said to be one sort of sum, in one currency, of no two different holders and
    for no two different ends ("the company was fined" and "its rival was fined"; "fined for the
    leak" and "fined for safety breaches" are two fines)."""
    if x.kind != y.kind or x.figure.unit != y.figure.unit:
        return False
    return not (x.parties and y.parties and not x.parties & y.parties or x.purpose and y.purpose and not x.purpose & y.purpose)
