"""What a reported denial denies, as a claim of its own: "the ministry rejected reports that
relief had not reached the valley" denies "relief had not reached the valley"; "Kessland
denied any involvement in the sabotage" denies "any involvement in the sabotage".

The match stage compares that content with the statements of another report by meaning
(`compare/match/denied.py`): a report that states what the other's denial denies contradicts it,
however differently the two word it ("a shell struck the roof of the school" against "rejected
claims that a school had been hit"). Only the parse is read here.

A denial is a verb of denial (`DENY`) that is not itself negated or only planned, with what it
denies: a clause ("denied that the tanker had collided"), a gerund ("denied killing
civilians"), a claim noun and what it holds ("rejected the accusation that it had directed the
operation", "dismissed claims of a cover-up"), or a deed ("denied any involvement", "denied
the strike"; for "deny", "refute", "dispute" and "rebut" only: "rejected the offer" and
"dismissed the minister" deny no claim).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..lexicons import CLAIM_NOUNS, DENY
from .polarity import negated_here

# Verbs that deny whatever they take as object; "reject" and "dismiss" deny a claim noun only.
_DENY_ANY_OBJECT = frozenset(["deny", "refute", "dispute", "rebut", "disavow", "repudiate"])
# Auxiliaries of a denial not (yet) made: "would deny", "may reject".
_NOT_MADE = frozenset(["to", "will", "would", "could", "might", "may", "should", "can"])


@dataclass(frozen=True)
class Denial:
    """One denied claim: `span`, the words of the statement that say what is denied;
    `claim`, the claim as it reads on its own (the denier in place of a pronoun doer:
    "Kastria had directed the operation"); `negated`, the denied claim is itself
    negative ("reports that relief had not reached the valley": the denial affirms it did);
    `words`, the lemmas of its nouns, verbs and adjectives; `by`, who denies it, as written
    ("" for a pronoun); `whose`, for a claim named only by its noun and its owner ("dismissed
    the Tarsian claims as lies", "rejected Moscow's allegations"), that owner as written: what
    that party says is what is denied."""

    span: str
    claim: str
    negated: bool
    words: frozenset[str] = frozenset()
    by: str = ""
    whose: str = ""


def denials(doc: Any) -> tuple[Denial, ...]:
    """Every claim a parsed text reports denied."""
    found = [d for token in doc if _is_denial(token) for d in _denied(token)]
    found += [d for token in doc if (noun := _dismissed_claim(token)) is not None for d in _held_claims(token, noun)]
    found += [d for token in doc for d in _called_false(token)]
    return tuple(found)


# What a claim is called when it is denied without a verb of denial: "claims that the refinery
# was badly damaged are false", "the reports of a cover-up are baseless", "... are propaganda".
DISMISSALS = frozenset(
    ["false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "fake", "wrong", "incorrect"]
    + ["lie", "propaganda", "fabrication", "fiction", "nonsense", "disinformation", "misinformation", "falsehood"]
)


def _dismissed_claim(verb: Any) -> Any | None:
    """The claim noun a copula calls false ("claims that X are false", "reports of X are enemy
    propaganda") or said to be made up ("the allegations were fabricated", "reports that X
    were invented"), or None; not when negated ("the reports are not false")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_.lower() == "be":
        said = any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in DISMISSALS for c in verb.children)
        subject = "nsubj"
    else:
        said = _made_up(verb) and any(c.dep_ == "auxpass" for c in verb.children)
        subject = "nsubjpass"
    noun = next((c for c in verb.children if c.dep_ == subject and c.lemma_.lower() in CLAIM_NOUNS), None)
    return noun if said and noun is not None else None


# Verbs of making a story up: a claim that "was fabricated" or "made up" is called false.
_MAKING_UP = frozenset(["fabricate", "invent", "concoct", "falsify"])


def _made_up(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    particle = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    made_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)  # "made up of testimony": consisted of
    return lemma in _MAKING_UP or particle and lemma in ("make", "cook", "dream") and not made_of


# Verbs that call a claim something: "called the reports a fabrication", "dismissed as
# fabricated the allegation that ...", "described reports of the seizure as lies".
_CALLING = frozenset(["call", "describe", "brand", "label", "term", "dismiss"])


def _called_false(verb: Any) -> Iterator[Denial]:
    """A claim called false by a verb of calling: the claim noun and a word of dismissal
    (`DISMISSALS`, "fabricated") both in the verb's phrase, however the parse hangs them."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALLING or any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return  # not "did not call ... false", nor "was called to testify"
    phrase = [t for t in verb.subtree if not t.is_punct]
    said = _calling_word(verb, phrase)
    noun = next((t for t in phrase if t.lemma_.lower() in CLAIM_NOUNS and t != said), None)
    if said is None or noun is None:
        return
    held = _held_by(noun) if noun.pos_ == "NOUN" else []
    marked = [c for c in noun.children if c.pos_ == "VERB" and c.dep_ in ("acl", "ccomp") and _marked(c)]
    if noun.head == verb and noun.dep_ == "dobj":  # "called the allegation that it bribed an official false"
        marked += [c for c in verb.children if c.dep_ == "ccomp" and _marked(c)]
    held += marked
    dropped = _calling_words(said, noun)  # "... had captured the trawler a complete fabrication": not the claim
    for head in dict.fromkeys(held):
        if head.i not in dropped:
            yield _denial(verb, head, frozenset(dropped))


_INTENSIFIERS = frozenset(["a", "an", "complete", "total", "utter", "pure", "outright", "blatant", "absolute", "as"])


def _calling_word(verb: Any, phrase: list[Any]) -> Any | None:
    """The word of dismissal that calls the claim false: the phrase's last word ("called the
    reports a complete fabrication", "described reports of a split as lies"), or what the verb
    says "as" ("dismissed as fabricated the allegation"); not a word inside the claim
    ("dismissed the minister over allegations that he had given false evidence"). "dismiss"
    only with "as": otherwise it is a sacking."""

    def dismissal(t: Any) -> bool:
        return t.lemma_.lower() in DISMISSALS or t.lower_ == "fabricated"

    as_said = next(
        (c for c in verb.children if c.dep_ == "advcl" and dismissal(c) and any(g.lower_ == "as" for g in c.children)), None
    )
    if as_said is not None:
        return as_said
    if verb.lemma_.lower() == "dismiss" or not phrase:
        return None
    if len(phrase) > 1 and phrase[-1].lower_ == "news" and phrase[-2].lower_ == "fake":
        return phrase[-2]  # "branded the reports fake news"
    return phrase[-1] if dismissal(phrase[-1]) else None


def _calling_words(said: Any, noun: Any) -> set[int]:
    """The words that call a claim false: the word of dismissal, what follows it in its
    phrase but the claim noun's own ("dismissed as fabricated the allegation that ..."), and
    "a complete", "as" right before it (not the words the parse may hang on it: "that it
    bribed an official false" hangs "official" on "false")."""
    claim = {t.i for t in noun.subtree} if noun in said.subtree else set()
    words = {t.i for t in said.subtree if t.i >= said.i} - claim
    if said.lower_ == "fake" and said.head.lower_ == "news":
        words.add(said.head.i)  # "fake news": both words call it false
    start = said.i
    while start > 0 and said.doc[start - 1].lower_ in _INTENSIFIERS:
        start -= 1
        words.add(start)
    return words


def _marked(clause: Any) -> bool:
    return any(g.dep_ == "mark" for g in clause.children)


def _held_claims(verb: Any, noun: Any) -> Iterator[Denial]:
    """What the claim noun holds, denied by whoever says the copula's clause ("the ministry said")."""
    held = _held_by(noun)
    speaker = verb.head if verb.dep_ in ("ccomp", "parataxis") else None
    for head in held:
        found = _denial(speaker if speaker is not None else verb, head)
        yield found if speaker is not None else replace(found, claim=found.span, by="")


def _is_denial(token: Any) -> bool:
    if token.pos_ != "VERB" or token.lemma_.lower() not in DENY:
        return False
    return not any(c.dep_ == "neg" or c.dep_ in ("aux", "aux:pass") and c.lower_ in _NOT_MADE for c in token.children)


def _denied(verb: Any) -> Iterator[Denial]:
    any_object = verb.lemma_.lower() in _DENY_ANY_OBJECT
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "pcomp", "dep") and (held := _held_by_misread_noun(child)) is not None:
            yield _denial(verb, held)
        elif child.dep_ in ("ccomp", "xcomp", "pcomp"):
            yield _denial(verb, child)
        elif child.dep_ == "dobj" or child.dep_ == "prep" and child.lower_ == "as":
            yield from _denied_object(verb, child if child.dep_ == "dobj" else _as_object(child), any_object)


def _held_by_misread_noun(clause: Any) -> Any | None:
    """What a claim noun holds when the parser read the noun as a verb: "rejected Kestrian
    claims that a school had been hit" parsed as "Kestrian [subject] claims [verb] that ...":
    the denied claim is "a school had been hit", not the claiming."""
    if clause.tag_ != "VBZ" or clause.lemma_.lower() not in _MISREAD_CLAIMS:
        return None
    return next((c for c in clause.children if c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children)), None)


# Plural claim nouns that read as a verb in the present ("claims", "reports", "charges").
_MISREAD_CLAIMS = frozenset(["claim", "report", "charge", "allege", "suggestion", "suggest"])


def _as_object(prep: Any) -> Any:
    """ "rejected as speculation reports that …": the claim noun is the object of "as"."""
    return next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in CLAIM_NOUNS), None)


def _denied_object(verb: Any, noun: Any, any_object: bool) -> Iterator[Denial]:
    if noun is None:
        return
    if noun.lemma_.lower() in CLAIM_NOUNS:
        held = _held_by(noun)
        if held:
            yield from (_denial(verb, c) for c in held)
            return
        if noun.lemma_.lower() not in _DEED_CLAIMS:
            if (owner := _claimant(noun)) is not None:  # "rejected Moscow's allegations as absurd"
                said_as = frozenset(t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree)
                yield replace(_denial(verb, noun, said_as), whose=owner)
            return  # "rejected the accusation": what it held is told elsewhere
    elif not any_object:
        return  # "rejected the offer"
    yield _denial(verb, noun)


def _claimant(noun: Any) -> str | None:
    """Whose claim a claim noun names, by a name before it ("the Tarsian claims", "Moscow's
    allegations", "the army's accusations"): the owner as written; None for a pronoun ("their
    claims") or a word of no one ("the latest reports")."""
    owner = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN") or c.dep_ == "amod" and c.text[:1].isupper()
        ),
        None,
    )  # "the Drevnian claims": a side's by the adjective of its name
    if owner is None or owner.pos_ == "NOUN" and owner.dep_ == "compound":
        return None  # "the bribery allegations": what they are about, not whose
    words = [t for t in owner.subtree if t.dep_ not in ("case", "det") and not t.is_punct]
    return " ".join(t.text for t in words) or None


def _held_by(noun: Any) -> list[Any]:
    """The heads of what a claim noun holds: its clause ("reports that the ferry was
    overloaded") or its "of"/"about" object ("claims of a cover-up")."""
    held = [c for c in noun.children if c.dep_ in ("ccomp", "relcl") or c.dep_ == "acl" and _holds(c)]
    return held + [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "about") for g in c.children]


def _holds(clause: Any) -> bool:
    """ "reports that the ferry was overloaded", "reports linking the loan to the decision";
    not "reports circulating online", which tells where the reports are."""
    return any(c.dep_ == "mark" for c in clause.children) or clause.lemma_.lower() not in _SPREAD


# Verbs that tell how a report spreads, not what it holds.
_SPREAD = frozenset(["circulate", "spread", "appear", "emerge", "surface", "publish", "air", "carry", "make"])
# Claim nouns that name a deed themselves: "denied any involvement (in the bombing)".
_DEED_CLAIMS = frozenset(["involvement", "responsibility", "role", "participation", "complicity"])


def _denial(verb: Any, head: Any, dropped: frozenset[int] = frozenset()) -> Denial:
    """The denied claim headed by `head`; one whose doer is a pronoun is the denier's
    ("Kastria rejected the accusation that it had directed the operation"). A claim that names
    no doer ("Russia denied killing civilians") is compared as it is: the denier's name put
    before it would make it close to any statement that names the denier."""
    tokens = [t for t in _own_tokens(head) if t.i not in dropped] or [head]  # `dropped`: the words calling it false
    text = str(head.doc[tokens[0].i : tokens[-1].i + 1].text)
    words = frozenset(t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT)
    subject = next((t for t in head.children if t.dep_ in ("nsubj", "nsubjpass", "poss")), None)
    denier = _subject_text(verb)
    if subject is None or subject.pos_ != "PRON" or not denier:
        return Denial(text, text, negated_here(head), words, denier)
    claim = " ".join(denier if t == subject else t.text for t in tokens)
    return Denial(text, claim, negated_here(head), words, denier)


_CONTENT = frozenset(["NOUN", "PROPN", "VERB", "ADJ"])


def _own_tokens(head: Any) -> list[Any]:
    """The head's words, without a comment set off after it ("…, saying staff had used batons")."""
    skip = {t.i for c in head.children if _comment(c, head) for t in c.subtree}
    words = [t for t in head.subtree if t.i not in skip and t.dep_ != "mark"]
    while len(words) > 1 and words[-1].is_punct:
        words.pop()
    return words or [head]


def _comment(child: Any, head: Any) -> bool:
    return child.dep_ == "advcl" and child.i > head.i and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","


def _subject_text(verb: Any) -> str:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return ""
    words = list(subject.subtree)
    return str(subject.doc[words[0].i : words[-1].i + 1].text)
