"""What a thing is said to be: "the dam was unstable", "the protesters were unarmed", "the landing
was authorised", "declared the results invalid".

One thing cannot be both of two opposite qualities: "inspectors found the dam to be stable" and
"engineers said the dam was unstable" cannot both hold, nor "the protesters were armed" and
"police fired on unarmed protesters". Opposites are a pair of the lexicon (ANTONYMS: "safe" and
"dangerous"), or a word and the same word with a negative prefix ("armed" / "unarmed", "valid" /
"invalid", "lawful" / "unlawful", "violent" / "non-violent"): a prefix every English reader takes
as "not", whatever the report. A prefix that is no negation ("informed", "discovered",
"invaluable") is told apart by the parse (an adjective, not a participle, for "in-", "im-",
"dis-") and by a short list of words that only look negated.

A quality is read where a clause says one known thing is so (its subject and a predicate
adjective, or a passive participle: "the protesters were armed", not "many people were
unemployed"), or from an adjective on a noun; at least one of two compared must be said, since
"armed police" and "unarmed police" may be two units. A negated quality ("was not stable"),
a possibility or a plan ("could become unstable") is no quality; nor are two told of other days
or years.
"""

from __future__ import annotations

from typing import Any

from ...lexicons import AMBIGUOUS_ANTONYMS, ANTONYMS
from ..propositions import definite, hypothetical, planned, year_like
from .model import Quality
from .reading import (
    _TENSES,
    _TIME_WORDS,
    _child,
    _kinds,
    _own_words,
    _span,
    _tense,
    _two_names,
    is_negated,
    participant,
    same_thing,
)

# Verbs a thing is, stays or is found in a state by: "the road remains impassable".
_LINKING_VERBS = frozenset(["be", "remain", "stay", "seem", "appear", "become", "prove", "look", "keep"])
# Negative prefixes; all but "un" and "non" are read only on adjectives (not participles),
# where the parse tells "invalid" from "informed" and "disarmed" from "displaced".
_PREFIXES = ("un", "non-", "non", "in", "im", "il", "ir", "dis")
_ADJECTIVE_ONLY = frozenset(["in", "im", "il", "ir", "dis"])
# Words that look like a negated one and are not ("invaluable" is of great value; "uncovered" a
# plot is one found out, not one left bare).
_LOOKALIKES = frozenset(
    ["infamous", "invaluable", "inflammable", "incredible", "impressed", "informed", "intense", "inspired"]
    + ["uncovered", "unveiled", "unleashed", "unfolded", "unearthed", "unravelled", "unraveled", "undone"]
    + ["disposed", "discharged", "distressed", "disgruntled", "dismissed", "discovered", "displaced", "dissolved"]
)
# Words that say how much or which one, not what a thing is ("the first", "the only").
_NOT_QUALITIES = AMBIGUOUS_ANTONYMS | frozenset(["own", "other", "only", "same", "such", "many", "more", "most", "few"])
_PASSIVE_TAG = "VBN"


def quality_of(token: Any, sentence: int) -> Quality | None:
    """The quality an adjective or a passive participle tells of its thing, or None."""
    if token.pos_ not in ("ADJ", "VERB") or token.lower_ in _NOT_QUALITIES or len(token.text) < 4 and not _manner(token):
        return None  # a short word only with how well it was done ("badly run")
    if token.pos_ == "VERB" and not (_passive_state(token) or _linked_participle(token)):
        return None
    clause, thing, said = _told_of(token)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or said and not definite(thing):
        return None  # "many people were unemployed": which people, the clause does not say
    if said and (is_negated(clause) or is_negated(token) or hypothetical(clause) or planned(clause)):
        return None
    found = participant(thing)
    if found is None:
        return None
    when = frozenset(
        t.lower_ for t in _own_words(clause) if t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS or year_like(t)
    )
    when = when - {"the"} | ({_tense(clause)} if said else set())
    kinds = _kinds(thing) - {token.lemma_.lower()}
    return Quality(found, token.lower_, said, _span(clause), sentence, token.pos_ == "ADJ", kinds, when, _manner(token))


# Adverbs that say a deed was done well or badly: "well organised" / "poorly organised".
_GOOD_MANNER = frozenset(["well"])
_BAD_MANNER = frozenset(["poorly", "badly"])
_MANNERS = _GOOD_MANNER | _BAD_MANNER


def _manner(token: Any) -> str:
    """The adverb that says how well a deed was done ("well organised", "poorly run"); not "as well"."""
    return next(
        (
            c.lower_
            for c in token.children
            if c.dep_ == "advmod" and c.lower_ in _MANNERS and not any(g.lower_ == "as" for g in c.children)
        ),
        "",
    )


def _passive_state(token: Any) -> bool:
    """A passive participle that tells a state ("the landing was authorised"), not one that
    opens another clause ("was expected to pass", "was told that")."""
    if token.tag_ != _PASSIVE_TAG or _child(token, "auxpass") is None:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in token.children)


def _linked_participle(token: Any) -> bool:
    """A participle the parse hangs on "been" as its complement ("had been well organised")."""
    return token.tag_ == _PASSIVE_TAG and token.dep_ == "acomp" and token.head.lemma_.lower() in _LINKING_VERBS


def _told_of(token: Any) -> tuple[Any, Any | None, bool]:
    """The clause that tells the quality, the noun it is told of, and whether the clause says it
    ("the dam was unstable": was, dam) or it only describes the noun ("unarmed protesters")."""
    if token.dep_ == "amod":
        return token, token.head, False
    if token.dep_ in ("acomp", "oprd", "attr") and token.head.lemma_.lower() in _LINKING_VERBS:
        return token.head, _child(token.head, "nsubj") or _child(token.head, "nsubjpass"), True
    own = _child(token, "nsubj") or _child(token, "nsubjpass")  # "declared the results invalid"
    return token, own, own is not None


def opposite_words(x: Quality, y: Quality) -> bool:
    """The two words are opposites: a lexicon pair of adjectives, or one the other with a negative prefix."""
    if x.word == y.word:  # one deed done well and badly: "well organised" / "poorly organised"
        return {x.manner, y.manner} & _GOOD_MANNER != set() and {x.manner, y.manner} & _BAD_MANNER != set()
    if x.manner in _BAD_MANNER or y.manner in _BAD_MANNER:
        return False  # "badly prepared" is "unprepared"
    if x.adjective and y.adjective and y.word in ANTONYMS.get(x.word, ()):
        return True
    return _prefixed(x, y) or _prefixed(y, x)


def _prefixed(plain: Quality, other: Quality) -> bool:
    """`other`'s word is `plain`'s with a negative prefix ("armed", "unarmed")."""
    prefix = negative_prefix(plain.word, other.word)
    return prefix is not None and (other.adjective or prefix not in _ADJECTIVE_ONLY)


def negative_prefix(word: str, other: str) -> str | None:
    """The negative prefix that makes `other` of `word` ("un" for "armed", "unarmed"), or None."""
    if other in _LOOKALIKES or len(word) < 4:
        return None
    return next((prefix for prefix in _PREFIXES if other == prefix + word), None)


def quality_clash(x: Quality, y: Quality) -> str | None:
    """Why one thing cannot have both qualities, or None."""
    if not (x.said or y.said) or not opposite_words(x, y):
        return None
    if not same_thing(x.thing, y.thing) or _two_names(x.thing, y.thing):
        return None
    if x.kinds and y.kinds and not x.kinds & y.kinds:
        return None  # "the north dam" and "the south dam"
    if _other_times(x.when, y.when):
        return None  # "the bridge was unsafe in 2019" vs "the bridge is safe": two times
    return f"{x.thing.text}: '{_told(x)}' vs '{_told(y)}'"


def _told(q: Quality) -> str:
    return f"{q.manner} {q.word}".strip()  # "poorly organised"


def _other_times(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two qualities told of other times: other time words on both sides, or time words on one
    side only and another tense ("was unsafe in 2019" and "is safe"). A tense alone is not a
    time: reports tell one state in the past and the present ("was identified" and "remains
    unidentified")."""
    words_x, words_y = x - _TENSES, y - _TENSES
    if words_x and words_y:
        return not words_x & words_y
    tenses_x, tenses_y = x & _TENSES, y & _TENSES
    return bool(words_x or words_y) and bool(tenses_x) and bool(tenses_y) and tenses_x != tenses_y
