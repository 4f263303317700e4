"""Changes of a figure: which way a verb moves what it acts on ("raised rates", "spending rose",
"left rates unchanged"), by how much, and against what (`_change_of`, `_moved_by_word`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...lexicons import (
    BECOME_VERBS,
    CHANGE_VERBS,
    CURRENCY_NAMES,
    DAY_WORDS,
    DRIFT_VERBS,
    HOLDING_VERBS,
    LOWER_VERBS,
    MARKET_CLOSE_VERBS,
    RAISE_VERBS,
    REFUSAL_VERBS,
    UNCHANGED_WORDS,
    VAGUE_COUNTS,
)
from .model import Change
from .reading import _child, _denial_scope, _infinitive, _inherit, _pobj, _since, _span, _when, _written, is_negated, participant
from .stances import _CHANGE_LEMMAS


def _change_of(token: Any, sentence: int) -> Change | None:
    """Which way a verb moves its object (or, intransitive, its subject): "raised rates",
    "spending rose", "cut the budget"; "left rates unchanged", "rates remained steady", "did
    not raise rates" keep it as it was. Not in an infinitive: "plans to cut rates" is no change yet."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    lemma = token.lemma_.lower()
    if _infinitive(token):
        return None
    if lemma == "move" and is_negated(token) and _child(token, "dobj") is not None:
        lemma = "change"  # "did not move its key rate": left it as it was ("moved troops" moves no measure)
    if lemma in BECOME_VERBS or lemma in MARKET_CLOSE_VERBS or lemma in DRIFT_VERBS:
        moved = _moved_by_word(token, lemma, sentence)
        if moved is not None or lemma not in RAISE_VERBS:
            return moved  # "grew more frequent"; else "the economy grew 0.8 percent": grew as rose
    sized = any(c.dep_ in ("dobj", "npadvmod") and _a_figure(c) for c in token.children)
    if lemma in _SIZED_MOVES and sized and _pobj(token, "to") is None:  # "added 5 percent to its workforce": not its own
        lemma = _SIZED_MOVES[lemma]  # "the index added 0.9 percent": gained it ("added that ..." is speech)
    if lemma not in _CHANGE_LEMMAS or (lemma in REFUSAL_VERBS and _child(token, "dobj") is not None):
        return None  # "declined an offer" is a refusal (a stance), not a fall
    if _undone_later(token):
        return None  # "shed 40 points in early trading before recovering": not where it ended
    by = _pobj(token, "by") or next((c for c in token.children if c.dep_ == "npadvmod" and _a_figure(c)), None)
    size = _written(by.subtree) if by is not None and (by.like_num or _a_figure(by) or _child(by, "nummod")) else ""
    kept = next((c for c in token.children if c.dep_ in ("oprd", "acomp") and c.lower_ in UNCHANGED_WORDS), None)
    held_at = _held_at(token) if lemma in ("keep", "hold", "leave") else None
    if lemma in HOLDING_VERBS and kept is not None:
        thing, direction, word = _child(token, "dobj") or _child(token, "nsubj"), "none", f"{token.lower_} {kept.lower_}"
    elif held_at is not None:  # "kept the rate at 5 percent": unchanged at that figure
        thing, direction, word = _child(token, "dobj"), "none", f"{token.lower_} at {held_at}"
    elif any(c.dep_ in ("oprd", "acomp", "advmod", "prt") and c.lower_ in ("short", "off", "out") for c in token.children):
        return None  # "cut short", "cut off", "drop out": an end, not a measure moved
    elif lemma in RAISE_VERBS or lemma in LOWER_VERBS or lemma in CHANGE_VERBS:
        thing = _child(token, "dobj", "nsubjpass") or _moved_subject(token, lemma)
        if thing is not None and thing.dep_ == "dobj" and _a_figure(thing):  # "Brent gained 2 percent": Brent moved
            size = _written(thing.subtree)
            thing = _child(token, "nsubj")
        direction = "up" if lemma in RAISE_VERBS else "down" if lemma in LOWER_VERBS else "any"
        word = token.lower_
        if (
            is_negated(token) or _denial_scope(token)
        ):  # "denied reports that supplies would be cut": not cut  # "did not raise rates": not up (they may have been cut); "did not change": kept
            direction, word = ("none" if direction == "any" else f"not {direction}"), f"not {word}"
    else:
        return None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") and thing.lower_ not in CURRENCY_NAMES:
        return None  # a currency's name may be tagged as an adjective ("the rouble weakened")
    if thing.lower_ in VAGUE_COUNTS or thing.like_num:
        return None  # "thousands rallied in the square": people, not a measure
    of = frozenset(
        [
            *(t.lemma_.lower() for p in thing.children if p.dep_ == "prep" for t in p.children if t.dep_ == "pobj"),
            *(t.lemma_.lower() for t in thing.children if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN")),
            *_verb_on(token),  # "raised taxes on fuel", the parse hanging "on fuel" on the verb
        ]
    )
    what = _written(t for t in thing.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos"))
    return Change(participant(thing), direction, word, _span(token), sentence, of, what, _since(_when(token)), size)  # type: ignore[arg-type]


def _verb_on(verb: Any) -> Iterator[str]:
    """What a verb's "on" phrase names when it is no time: "raised taxes on fuel" (fuel), not
    "on Monday"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_):
            if obj.lower_ not in DAY_WORDS and obj.lemma_.lower() not in _MARKETS:  # "on the exchange": where, not what
                yield obj.lemma_.lower()


# Verbs that take back an earlier move ("fell 3 percent before recovering").
_TAKEN_BACK = frozenset(["recover", "rebound", "reverse", "bounce", "erase", "rally", "retreat"])  # not "pare", "trim"


def _undone_later(token: Any) -> bool:
    """A move the same sentence says was taken back after it: "shed 40 points before recovering
    to close up", "rose 2 percent before retreating"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "before" and any(g.lemma_.lower() in _TAKEN_BACK for g in c.children)
        for c in token.children
    )


# Verbs that move a price only with the size of the move after them, by the verb they then are.
_SIZED_MOVES = {"add": "gain", "shed": "lose"}


def _a_figure(noun: Any) -> bool:
    """An object that is the size of a move: "2 percent", "40 points", "a third"."""
    return noun.lemma_.lower() in ("percent", "%", "point", "cent", "third", "quarter", "half")


_UP_WORDS = frozenset(["up", "higher", "more"])
_DOWN_WORDS = frozenset(["down", "lower", "less", "fewer"])


def _moved_by_word(token: Any, lemma: str, sentence: int) -> Change | None:
    """A move told by a word beside the verb: "shares closed up 6 percent" / "ended lower";
    "aftershocks grew more frequent" / "became less frequent" (the measure is then the
    adjective: more frequent is not less intense)."""
    subject = _child(token, "nsubj")
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or is_negated(token):
        return None
    if lemma in MARKET_CLOSE_VERBS or lemma in DRIFT_VERBS:
        session = _child(token, "dobj")  # "ended the session lower" may hang "lower" on the session
        beside = [*token.children, *(session.children if session is not None else ())]
        moves = ("advmod", "prt", "acomp", "oprd", "amod")
        word = next((c for c in beside if c.dep_ in moves and c.lower_ in _UP_WORDS | _DOWN_WORDS), None)
        if word is None or word.lower_ in ("more", "less", "fewer"):
            return None
        measure: frozenset[str] = frozenset()
        shown = f"{token.lower_} {word.lower_}"
    else:
        adjective = _child(token, "acomp", "oprd")
        word = _child(adjective, "advmod") if adjective is not None else None
        if adjective is None or word is None or word.lower_ not in ("more", "less"):
            return None
        measure = frozenset([adjective.lemma_.lower()])
        shown = f"{token.lower_} {word.lower_} {adjective.lower_}"
    direction = "up" if word.lower_ in _UP_WORDS else "down"
    what = _written(t for t in subject.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos"))
    of = measure | frozenset(t.lemma_.lower() for t in subject.children if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN"))
    # a price "against the dollar" is against one thing (where a market is, the parse hangs too loosely to read)
    of |= (
        frozenset()
        if lemma not in MARKET_CLOSE_VERBS
        else frozenset(
            g.lemma_.lower()
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for g in c.children
            if g.dep_ == "pobj"
        )
    )
    return Change(participant(subject), direction, shown, _span(token), sentence, of, what, _since(_when(token)))  # type: ignore[arg-type]


def _held_at(token: Any) -> str | None:
    """The figure "kept"/"held"/"left" puts its object at ("held rates at 5 percent"), if any."""
    if _child(token, "dobj") is None:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"):
        words = list(prep.subtree)
        clock = any(t.lower_ in _CLOCK_WORDS or t.ent_type_ in ("TIME", "DATE") for t in words)
        if any(t.like_num for t in words) and not clock:  # "at 5 percent", not "at 5 pm"
            return " ".join(t.text for t in words if t != prep)
    return None


_CLOCK_WORDS = frozenset(["pm", "am", "p.m.", "a.m.", "o'clock", "noon", "midnight", "gmt", "utc"])


def _moved_subject(token: Any, lemma: str) -> Any | None:
    """The subject an intransitive verb moves ("spending rose", "sales declined 5 percent"); not
    when the verb does something else with it ("declined to comment", "rose to defend the bill",
    "fell to the rebels", "fell for a trick", "fell into disuse")."""
    if lemma in CHANGE_VERBS:
        return None
    if any(c.dep_ == "npadvmod" and _a_figure(c) for c in token.children):
        return _subject(token)  # "fell 4 percent in trading": sized, a move whatever follows
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in token.children):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep"):
        numeric = any(t.like_num for t in prep.subtree)
        timed = any(t.lower_ in DAY_WORDS or t.ent_type_ in ("DATE", "TIME") for t in prep.children)  # "fell on Thursday"
        traded = any(t.lemma_.lower() in _MARKETS for t in prep.children)  # "fell sharply on the exchange"
        if (
            prep.lower_ in ("for", "into", "under", "behind", "on", "in")
            and lemma in ("fall", "rise", "drop")
            and not (numeric or timed or traded)
        ):
            return None
        if prep.lower_ == "to" and not numeric:
            return None  # "fell to 3 percent" moves a measure; "fell to the rebels" does not
    return _subject(token)


_MARKETS = frozenset(["exchange", "market", "bourse", "trading", "session"])


def _subject(verb: Any) -> Any | None:
    """A verb's subject, or that of the verb it is conjoined to ("prices rose … and fell"); for a
    clause the parse leaves without one, the object told right before it ("figures show
    burglaries fell": the parse makes "burglaries" the object of "show"); for a relative
    clause, what it tells of ("an economy that grew": the economy)."""
    found = _inherit(verb, lambda t: _child(t, "nsubj"))
    if found is not None and found.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head  # "an economy that grew 0.8 percent": the economy
    if found is None and verb.dep_ == "ccomp" and not any(c.dep_ in ("nsubjpass", "expl", "mark") for c in verb.children):
        found = next((c for c in verb.head.children if c.dep_ == "dobj" and _right_before(c, verb)), None)
    return found


def _right_before(noun: Any, verb: Any) -> bool:
    """Only the noun's phrase (and a place phrase the parse hangs elsewhere) stands between it and the verb."""
    between = verb.doc[noun.i + 1 : verb.i]
    return noun.i < verb.i and all(t.dep_ in ("prep", "pobj", "compound", "det", "amod", "poss", "case") for t in between)
