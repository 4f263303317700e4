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

from ..lexicons import DAY_WORDS
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
    # money taken from its owner or its purpose, however the report names the taking
    "embezzle": "sum taken",
    "embezzlement": "sum taken",
    "siphon": "sum taken",
    "divert": "sum taken",
    "misappropriate": "sum taken",
    "misappropriation": "sum taken",
    "steal": "sum taken",
    "stole": "sum taken",
    "theft": "sum taken",
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
    names: frozenset[str] = frozenset()  # the names among its holders and ends ("Arsenal", "Dorran")
    givers: frozenset[str] = frozenset()  # who set or put it, by their describing words ("French regulators": french)
    when: frozenset[str] = frozenset()  # the time words of its clause ("in 2019", "last year", "on Tuesday")
    period: frozenset[int] = frozenset()  # the years of a period it went on for ("between 2015 and 2019")


def sums(doc: Any) -> tuple[Sum, ...]:
    """The sums of money of a parsed text whose clause says what they are."""
    out = []
    for q in find_quantities(doc.text):
        if q.unit not in CURRENCIES:
            continue
        token = figure_head(doc, q)
        word = _what_it_is(token) if token is not None else None
        if token is None or word is None or hypothetical(word if word.pos_ in ("VERB", "AUX") else word.head):
            continue
        kind = _kind(word)
        if kind is not None and not _part_or_share(doc, q, token, word) and not _foreseen(word):
            start, end = min(word.idx, q.span.start), max(q.span.end, word.idx + len(word.text))
            parties, purpose, names, givers = _parties(word, token)
            when, period = _when(word), _period(word)
            out.append(Sum(kind, word.lower_, q, doc.text[start:end], parties, purpose, names, givers, when, period))
    return tuple(out)


# Words after a sum that make it a rate or a share ("$40 million a day", "$80 million each").
_RATE_AFTER = frozenset(["a", "an", "per", "each", "apiece", "every"])
# Words before it or in its clause that make it one of several or their total ("a further $1
# million", "$3 million in total", "each of the two jets cost").
_PART_WORDS = frozenset(["further", "additional", "another", "extra", "total", "altogether", "each", "combined"])


def _part_or_share(doc: Any, q: Quantity, token: Any, word: Any) -> bool:
    """A rate, a share, a part or a total of sums, or one of two sums joined ("fined $5,000 and
    $10,000"), or a sum told in a clause on something else ("Veltrane, which was fined $5 million
    last year, denied ..."): not one sum to set against another's."""
    after = doc.text[q.span.end : q.span.end + 12].lower().split()
    if after and after[0] in _RATE_AFTER:
        return True
    clause = word if word.pos_ in ("VERB", "AUX") else word.head
    words = {t.lower_ for t in clause.subtree}
    if words & _PART_WORDS or {"in", "all"} <= words and "in all" in " ".join(t.lower_ for t in clause.subtree):
        return True
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return True
    return clause.dep_ in ("relcl", "acl")


# Words that make a sum a forecast or a first estimate ("was expected to cost", "initially
# projected", "budgeted to cost"), not what it came to.
_FORESEEING = frozenset(["expect", "project", "budget", "forecast", "plan", "anticipate", "predict", "originally", "initially"])


def _foreseen(word: Any) -> bool:
    near = [word, *word.ancestors]
    return any(t.lemma_.lower() in _FORESEEING or t.lower_ in _FORESEEING for t in near[:3]) or any(
        c.lower_ in _FORESEEING for t in near[:2] for c in t.children
    )


_TIME_WORDS = frozenset(["yesterday", "today", "last", "next", "this", "ago", "year", "month", "week", "earlier"])


def _when(word: Any) -> frozenset[str]:
    """The time words of the sum's clause: years, weekdays, months, "last year"; not the years
    of a period the deed went on for ("siphoned off $9 million between 2015 and 2019"), which
    tell no other sum when the other report gives none."""
    clause = word if word.pos_ in ("VERB", "AUX") else word.head
    return frozenset(
        t.lower_
        for t in clause.subtree
        if t.lower_ in DAY_WORDS
        or t.lower_ in _TIME_WORDS
        and t.dep_ != "det"
        or t.like_num
        and len(t.text) == 4
        and t.text[:2] in ("19", "20")
        and not _of_a_period(t)
    )


_PERIOD_PREPS = frozenset(["between", "from", "to", "until", "till", "through", "since"])


def _period(word: Any) -> frozenset[int]:
    """The years that bound the period of the sum's clause ("between 2015 and 2019": 2015, 2019)."""
    clause = word if word.pos_ in ("VERB", "AUX") else word.head
    return frozenset(
        int(t.text) for t in clause.subtree if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") and _of_a_period(t)
    )


def _of_a_period(year: Any) -> bool:
    """A year that bounds a period: "between 2015 and 2019", "from 2015 to 2019", "since 2015"."""
    while year.dep_ == "conj":
        year = year.head
    return year.dep_ == "pobj" and year.head.lower_ in _PERIOD_PREPS


_PARTY_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "dative", "poss", "compound"])
# Verbs whose subject gives, sets or puts a figure on a sum rather than holding it ("the
# regulator fined the company", "UEFA imposed a penalty", "the council estimated the bill").
_GIVING = _ESTIMATING | frozenset(["fine", "fin", "impose", "levy", "offer", "award", "order", "grant", "announce", "lend"])
_GIVING |= frozenset(["donate", "pay", "give", "provide", "pledge"])
_PARTY_PREPS = frozenset(["on", "of", "to"])  # "a penalty on the company", "the cost of the repairs"
_PURPOSE_PREPS = frozenset(["for", "over"])  # "fined for the leak", "over the crowd trouble"


def _parties(word: Any, token: Any) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Whose sum it is and what it is for: the common nouns of the word's participants, and of
    the verb's that holds it when the word is a noun ("the minister earns a salary"); what the
    figure's own phrase says it is for ("fined $5 million for safety breaches"; "lend $1.5 billion
    to cover its gas debt"); the names among them ("fined Arsenal", "bail for Dorran"); and who
    set or put it ("the FA fined", "French regulators", "insurers valued")."""
    holders = [word, word.head] if word.pos_ != "VERB" and word.head.pos_ in ("VERB", "AUX") else [word]
    if word.lower_ == "worth":
        holders = [word.head]  # "the jewels were worth £2m": the subject of "were"
    figure = {t.i for t in token.subtree}
    parties: set[str] = set()
    purpose: set[str] = set()
    names: set[str] = set()
    givers: set[str] = set()
    for holder in [*holders, token]:
        for child in holder.children:
            if child.i in figure and holder.i != token.i or child.i == word.i:
                continue
            if child.dep_ in _PARTY_DEPS and holder.i != token.i:
                if child.dep_ == "nsubj" and holder.lemma_.lower() in _GIVING:
                    givers |= _describing(child)
                    continue
                parties |= _nouns(child)
                names |= _names(child)
            elif child.dep_ == "prep" and child.lower_ in _PARTY_PREPS | _PURPOSE_PREPS:
                objects = [g for g in child.children if g.dep_ == "pobj" and (g.i not in figure or holder.i == token.i)]
                (purpose if child.lower_ in _PURPOSE_PREPS else parties).update(n for g in objects for n in _nouns(g))
                names.update(n for g in objects for n in _names(g))
            elif child.dep_ == "agent" and holder.lemma_.lower() in _GIVING:
                givers.update(n for g in child.children if g.dep_ == "pobj" for n in _describing(g))  # "fined by the FA"
            elif child.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                purpose.update(n for g in child.children if g.dep_ == "dobj" for n in _nouns(g))  # "to cover its gas debt"
    return frozenset(parties), frozenset(purpose), frozenset(names), frozenset(givers)


def _names(token: Any) -> set[str]:
    """The names of a phrase's head ("Arsenal", "his co-defendant Kessler": kessler)."""
    head = [token, *(c for c in token.children if c.dep_ in ("compound", "appos"))]
    return {t.lower_ for t in head if t.pos_ == "PROPN"}


def _describing(token: Any) -> set[str]:
    """Who a giver is, by the words that tell it from another of its kind: its names and
    describing words ("French regulators": french), or its noun when it has none ("insurers")."""
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound") or c.pos_ == "PROPN"}
    return (words | ({token.lower_} if token.pos_ == "PROPN" else set())) or {token.lemma_.lower()}


def _nouns(token: Any) -> set[str]:
    """The lemma of a common noun, with the nouns compounded with it ("the repair bill": repair,
    bill). Not a name: "Veltrane" and "the company" may be one holder."""
    if token.pos_ != "NOUN":
        return set()
    return {token.lemma_.lower(), *(c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN")}


def figure_head(doc: Any, q: Quantity) -> Any | None:
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
    for a, b in ((x.parties, y.parties), (x.purpose, y.purpose), (x.names, y.names), (x.givers, y.givers), (x.when, y.when)):
        if a and b and not a & b:
            return False
    if x.period and y.period and (max(x.period) < min(y.period) or max(y.period) < min(x.period)):
        return False  # "between 2015 and 2019" and "between 2020 and 2022": two periods, two sums
    return bool(x.when) == bool(y.when)  # "fined $2 million" and "fined $5 million last year"
