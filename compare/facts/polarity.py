"""What a parsed sentence denies and what it asserts, word by word.

The judge's word-cue negation rule ("one side denies what the other affirms") reads the focus of
a negation from the words around the cue. That is wrong often enough to matter on reports
nobody tuned on: "found no violations" was taken to deny the "violations" of "received 1,100
complaints of violations" (a complaint of a violation asserts no violation), and "was not
repaired" after "flooding in early February" to deny February. The parse says which word a
negation governs and whether the other statement's word is a claim of its own (a predicate or
one of its core arguments) or only a word inside another noun phrase.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..lexicons import CLAIM_NOUNS, DENY, ZERO_PEOPLE

# Dependents that a negated predicate denies along with it ("was not on the agenda": agenda).
_COMPLEMENTS = frozenset(["acomp", "attr", "oprd", "dobj", "xcomp"])
# Where a noun states something of its own: the subject, object or predicate noun of a verb.
_CORE = frozenset(["nsubj", "nsubjpass", "dobj", "attr", "oprd", "ROOT", "conj", "appos", "agent"])
_NEGATIVE_PRONOUNS = ZERO_PEOPLE | {"nothing"}
# Nouns whose complement is claimed, not asserted: "complaints of fraud", "reports of shelling".
_CLAIMED = CLAIM_NOUNS | {"complaint", "rumour", "rumor", "fear", "warning", "speculation", "suspicion", "question"}


def memo_of(token: Any, key: str) -> dict[int, Any]:
    """The answers a reader of the parse has given on this token's doc, by token index: a rule
    asked of every word and again of each of its heads is read once per word. The parse's
    repair (`claims.repair`) drops them when it moves a word."""
    memo = token.doc.user_data.get(key)
    if memo is None:
        memo = token.doc.user_data[key] = {}
    return memo


def negated_here(token: Any) -> bool:
    """The token carries a negation of its own: "not"/"never" on it, "no" before it, a
    negative pronoun ("nobody"), or, for a verb, a negative subject or object ("no statement
    was issued": issue)."""
    return _remembered(token, _NEGATED_HERE, _negated_here)


def _remembered(token: Any, key: str, read: Callable[[Any], bool]) -> bool:
    """`read(token)`, read once per word of a parse (`memo_of`)."""
    memo = memo_of(token, key)
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = read(token)
    return bool(found)


def forget_answers(doc: Any) -> None:
    """Drop the answers `memo_of` (and the like) holds for the doc: its parse has changed. Code
    that changes a parse's heads or labels after it is read (today only `claims.repair`) must
    call it, or the memoized readers answer for the parse as it was."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(MEMO_PREFIX)]:
        del doc.user_data[key]


MEMO_PREFIX = "compare."  # the doc's `user_data` keys of answers read on its parse
_NEGATED_HERE = "compare.negated_here"
_CLAIMED_OR_DENIED = "compare.claimed_or_denied"


def _negated_here(token: Any) -> bool:
    if token.lower_ in _NEGATIVE_PRONOUNS:
        return True
    for c in token.children:
        if c.dep_ == "neg" or c.lower_ == "never" or (c.dep_ == "det" and c.lower_ in ("no", "neither")):
            return True
        if token.pos_ in ("VERB", "AUX") and c.dep_ in ("nsubj", "nsubjpass", "dobj") and negative_noun(c):
            return True
    return False


def negative_noun(token: Any) -> bool:
    """ "nobody", "nothing", or a noun under "no"/"neither" ("no joint statement")."""
    return token.lower_ in _NEGATIVE_PRONOUNS or any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in token.children)


def year_like(token: Any) -> bool:
    """A number that reads as a year ("in 2017", "the 2019 floods"), not a count."""
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def negated_words(doc: Any) -> frozenset[str]:
    """Lemmas a negation is about: a negated predicate, its complements and a passive's subject
    ("was not on the agenda": be, agenda; "a base was not discussed": discuss, base), a noun
    under "no" and the verb it is the subject or object of ("no joint statement was issued":
    statement, issue), the verb of "nobody"/"nothing"."""
    out: set[str] = set()
    for token in doc:
        if lacking(token):  # "cleared the square without any warning": warning
            out.update(w for c in token.children if c.dep_ == "pobj" for w in _lacked(c))
        if token.lemma_.lower() in DENY:  # "rejected the petition", "denied that troops fired"
            out.update(w for c in token.children if c.dep_ in ("dobj", "ccomp", "xcomp", "pcomp") for w in _claim_words(c))
        if not negated_here(token):
            continue
        out.add(token.lemma_.lower())
        if token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            out.add(token.head.lemma_.lower())  # "no violations were found": find
        if token.pos_ in ("VERB", "AUX", "ADJ"):
            for c in token.children:
                if c.dep_ in _COMPLEMENTS or (c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")):
                    out.update(_phrase_nouns(c))  # "a base was not discussed", "traffic through the strait"
                elif c.dep_ == "prep":
                    out.update(w for g in c.children if g.dep_ == "pobj" for w in _with_compounds(g))
                elif c.dep_ in ("csubj", "csubjpass"):  # "setting up a base was not considered"
                    out.add(c.lemma_.lower())
                    out.update(w for g in c.children if g.dep_ == "dobj" for w in _with_compounds(g))
    return frozenset(out)


_MODALS = frozenset(["will", "would", "could", "can", "may", "might", "should", "must"])


def lacking(token: Any) -> bool:
    """ "without" told of a deed, which may deny a step of it was taken ("cleared the square
    without any warning": `_lacked` says which steps); not of a thing ("places without
    military value", "a town without power") nor of a deed on a condition ("without aid,
    thousands will die")."""
    verb = token.head
    if token.lower_ != "without" or token.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if (
        verb.lemma_.lower() in _LIVING_WITHOUT
        or verb.lemma_.lower() == "leave"
        and any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)
    ):
        return False  # "was still without tap water", "left the plant without power": a state, read by `status.py`
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


# Verbs that tell a state with "without": what is lacked is a supply or a condition, not a deed.
_LIVING_WITHOUT = frozenset(["be", "remain", "stay", "live", "sit", "lie", "spend", "go"])


def _lacked(token: Any) -> list[str]:
    """What "without" denies: a step a deed is done with or without (`WITHOUT_STEPS`: "without
    a search warrant": warrant, search), not the words describing it. Not a deed told by a
    gerund ("fled without firing a shot": someone else may have fired), nor any other thing
    ("without resistance", "without opposition": whose is not said)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in WITHOUT_STEPS:
        return []
    return [token.lemma_.lower()] + [c.lemma_.lower() for c in token.children if c.dep_ == "compound"]


# Steps a deed is done with or without, whoever reports it: "raided the flat without a warrant",
# "cleared the square without warning", "passed the bill without a vote".
WITHOUT_STEPS = frozenset(
    ["warning", "warrant", "permission", "consent", "notice", "vote", "debate", "trial", "approval", "authorisation"]
    + ["authorization", "licence", "license", "permit", "consultation", "hearing", "ballot"]
)


def _claim_words(token: Any) -> list[str]:
    """What a denial verb denies: its object noun phrase, or the clause it takes (its verb
    and that verb's subject and object)."""
    if token.pos_ in ("VERB", "AUX"):
        args = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
        if token.lemma_.lower() == "be":  # "denied that the company was in talks": the talks are denied
            args += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return [token.lemma_.lower()] + [w for a in args for w in _with_compounds(a)]
    return _with_compounds(token)


def _phrase_nouns(token: Any) -> list[str]:
    """A phrase's head and the nouns of its own phrase ("traffic through the strait": traffic,
    strait), not those of a clause inside it."""
    out = _with_compounds(token)
    for child in token.children:
        if child.dep_ == "prep":
            out += [w for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for w in _phrase_nouns(g)]
    return out


def _with_compounds(token: Any) -> list[str]:
    """A noun's lemma and those of the words compounded into it ("tear gas": tear, gas; a
    parse may tag "tear" as an adjective)."""
    return [token.lemma_.lower()] + [c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod", "nmod")]


def asserted_words(doc: Any) -> frozenset[str]:
    """Lemmas the sentence affirms as claims of their own: verbs and adjectives that no
    negation governs, and the nouns that are their subjects, objects or predicate nouns (or a
    verb's prepositional object: "fired on the village"). A noun inside another noun's phrase
    ("complaints of violations", "violation reports") is not asserted."""
    out: set[str] = set()
    for token in doc:
        if negated_here(token) or _under_negation(token) or claimed_or_denied(token):
            continue
        if token.pos_ in ("VERB", "ADJ"):
            out.add(token.lemma_.lower())
        elif token.pos_ in ("NOUN", "PROPN") and _core(token):
            out.update(_with_compounds(token))
    return frozenset(out)


def _core(token: Any, depth: int = 0) -> bool:
    """A noun that says something of its own: a core argument of a verb, a verb's prepositional
    object, or a noun inside such a noun's phrase ("closed the lane of the strait": strait),
    unless that phrase is a claim about it ("complaints of violations": no violation asserted)."""
    if token.dep_ in _CORE:
        return token.dep_ != "conj" or _core(token.head, depth + 1)
    if token.dep_ == "pobj" and depth < 4:
        owner = token.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return True
        return owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() not in _CLAIMED and _core(owner, depth + 1)
    return False


def claimed_or_denied(token: Any) -> bool:
    """The token lies in what a claim noun holds or a denial denies: "rejected allegations that
    chemical weapons were used", "denied that its players were paid": neither is asserted. A
    denial of a negated clause ("rejected reports that aid had not arrived") and a denial not
    made ("did not deny targeting civilians") leave it asserted."""
    return _remembered(token, _CLAIMED_OR_DENIED, _claimed_or_denied)


def _claimed_or_denied(token: Any) -> bool:
    node, negated = token, False
    while node.head != node:
        negated = negated or negated_here(node)
        head = node.head
        lemma = head.lemma_.lower()
        if lemma in DENY and node.dep_ in ("dobj", "ccomp", "xcomp", "pcomp"):
            if negated or negated_here(head):
                return False
            return node.dep_ != "dobj" or lemma != "reject" or node.lemma_.lower() in _CLAIMED
        if node.dep_ in ("acl", "ccomp") and lemma in _CLAIMED and head.pos_ in ("NOUN", "PROPN"):  # not "…, engineers reported"
            denier = head.head
            return not (negated and head.dep_ == "dobj" and denier.lemma_.lower() in DENY and not negated_here(denier))
        if node.dep_ in ("advcl", "relcl", "conj"):
            return False
        node = head
    return False


def _under_negation(token: Any) -> bool:
    """The token is an argument of a negated predicate ("did not close the port": port)."""
    head = token.head
    if head != token and token.dep_ == "pobj" and lacking(head) and token.lemma_.lower() in WITHOUT_STEPS:
        return True  # "without any warning": no warning asserted
    return head != token and token.dep_ in ("dobj", "attr", "acomp") and negated_here(head)
