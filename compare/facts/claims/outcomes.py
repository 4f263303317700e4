"""Outcomes: court rulings (convicted, acquitted, found guilty), results of contests that have one
winner ("beat", "unseated"), and the end of talks (a deal reached, talks collapsed).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .model import Result, Ruling, TalksEnd
from .reading import _TENSES, _by_agent, _child, _conjuncts, _inherit, _places, _pobj, _span, _when, is_negated, participant
from .stances import _undecided

_VERDICT_VERBS = {"convict": True, "acquit": False}
_FINDING_VERBS = frozenset(["find", "declare", "rule", "judge", "pronounce"])
_VERDICT_WORDS = {"guilty": True, "innocent": False}


def _ruling_of(token: Any, sentence: int) -> Ruling | None:
    """A finding of guilt or innocence on a charge, with whom it is about when the parse says."""
    word = token.lower_
    if word not in _VERDICT_WORDS and not word.startswith(("convict", "acquit")):
        return None
    lemma = token.lemma_.lower()
    where: tuple[Any, ...]  # the words the charge may hang on; the last one's phrase is shown
    if token.pos_ == "VERB" and lemma in _VERDICT_VERBS:
        guilty, defendant, where = _VERDICT_VERBS[lemma], _defendant_of(token), (token,)
    elif word in _VERDICT_WORDS and token.dep_ in ("oprd", "acomp", "ccomp", "xcomp"):
        if token.head.lemma_.lower() not in _FINDING_VERBS:
            return None  # "pleaded not guilty", "said he was innocent": a plea or a claim, not a ruling
        guilty, where = _VERDICT_WORDS[word], (token, token.head)
        defendant = _child(token, "nsubj") or _child(token.head, "dobj", "nsubjpass")
        if is_negated(token.head):  # "did not find him guilty"
            guilty = not guilty
    else:
        return None
    if is_negated(token):
        guilty = not guilty
    when = _when(where[-1]) | (_when(token) - _TENSES)  # "found him guilty": the tense of "found", not of "guilty"
    if defendant is not None and defendant.lemma_.lower() in ("charge", "count"):
        # the parse's slip on "acquitted the former chief Dario Kest of torture charges": the
        # charges as the object, the defendant hung on them
        where, defendant = (*where, defendant), next((c for c in defendant.children if c.dep_ == "nmod"), None)
    charges = frozenset(c for t in (*where, *([defendant] if defendant is not None else [])) for c in _charges(t))
    if not charges:
        return None
    shown = f"{'not ' if is_negated(token) else ''}{token.text.lower()}"
    return Ruling(participant(defendant), charges, guilty, shown, _span(where[-1]), sentence, when)


def _defendant_of(verb: Any) -> Any | None:
    """Whom "convicted" or "acquitted" is about: its object, a name first where the parse
    splits one ("acquitted the ex-treasurer Lia Moro": "ex" and "Moro")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((o for o in objects if o.pos_ == "PROPN"), objects[0] if objects else None)


def _charges(token: Any) -> Iterator[str]:
    """The nouns of what someone is found guilty "of" (or "on counts of", "for"; "torture
    charges")."""
    if token.lemma_.lower() in ("charge", "count"):
        yield from (c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for")):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for head in (noun, *_conjuncts(noun)):
                if head.lemma_.lower() in ("count", "charge"):
                    yield from _charges(head)
                elif prep.lower_ != "on":  # "on four counts of bribery", not "on Monday"
                    yield head.lemma_.lower()


# Contests that have one winner, and the verbs of winning one: "beat", "defeated", "unseated"
# take the loser as their object, "won" and "lost" the contest ("lost to" the winner).
CONTESTS = frozenset(
    ["final", "semifinal", "match", "game", "election", "re-election", "reelection", "race", "runoff", "title",
     "championship", "cup", "tournament", "contest", "ballot", "primary", "leadership", "presidency", "tie"]
)  # fmt: skip
_BEAT_VERBS = frozenset(["beat", "defeat", "unseat", "oust", "topple", "thrash", "rout", "overcome"])


def _result_of(token: Any, sentence: int) -> Result | None:
    """A contest won or lost, read from "A beat B", "B was beaten by A", "A won the final",
    "A lost (the final) to B"; none when negated or not yet decided ("hopes to win")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _BEAT_VERBS | {"win", "lose"} or is_negated(token) or _undecided(token):
        return None
    subject, object_ = _inherit(token, lambda t: _child(t, "nsubj")), _child(token, "dobj")
    when = _when(token)
    if subject is None and (clause := _clause_subject(token)) is not None:
        subject, when = clause, _when(token.head.head if token.dep_ == "pcomp" else token.head)
    if _child(token, "nsubjpass") is not None:  # "was beaten by", "the final was won by"
        subject, object_ = _by_agent(token), _child(token, "nsubjpass")
    contest = _contest_words(token, object_)
    if lemma in _BEAT_VERBS:
        winner, loser = subject, object_
    elif lemma == "win":
        if not contest:
            return None  # "won praise", "won the contract": not a contest
        winner, loser = subject, None
    else:
        to = _pobj(token, "to")
        if not contest and to is None:
            return None  # "lost their homes"
        winner, loser = to, subject
    parts = [participant(p) if p is not None and p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() not in CONTESTS else None
             for p in (winner, loser)]  # fmt: skip
    if parts == [None, None]:
        return None
    outright = _won_outright(object_) if lemma == "win" else frozenset()
    return Result(parts[0], parts[1], contest, token.text.lower(), _span(token), sentence, when, outright)


def _won_outright(contest: Any | None) -> frozenset[str]:
    """The words of "the final", "the Republican primary", "the 2019 election" when that is
    what was won (not "12 seats in the election", "a seat"): its lemma with its modifiers."""
    if contest is None or contest.lemma_.lower() not in CONTESTS:
        return frozenset()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in contest.children):
        return frozenset()
    words = [c for c in contest.children if c.dep_ in ("amod", "compound", "nummod", "poss", "nmod")]
    where = _places(contest.head, contest)  # "won the race in Monaco": a place is the contest's too
    return frozenset([contest.lemma_.lower(), *(w.lower_ for w in words), *where])


def _clause_subject(token: Any) -> Any | None:
    """The subject of the clause a gerund hangs on: "Athletic lifted the cup after defeating
    Rovers" (Athletic defeated Rovers)."""
    if token.dep_ == "pcomp" and token.head.lower_ in ("after", "by") and token.head.head.pos_ in ("VERB", "AUX"):
        return _child(token.head.head, "nsubj")
    if token.dep_ == "advcl" and token.tag_ == "VBG":  # "Beating Rovers 2-1, Athletic lifted the cup"
        return _child(token.head, "nsubj")
    return None


_TALKS = frozenset(["talk", "negotiation", "discussion", "meeting", "summit"])
_DEALS = frozenset(["deal", "agreement", "accord", "compromise", "settlement", "breakthrough"])
_TALKS_FAIL = frozenset(["break down", "collapse", "fail", "break up", "stall"])
_REACH = frozenset(["reach", "strike", "clinch", "seal", "agree"])


def _talks_end(token: Any, sentence: int) -> TalksEnd | None:
    """Talks that ended in a deal or without one: "talks broke down (without a deal)",
    "negotiations ended in agreement", "the union and the ministry reached a deal", "failed to
    reach a deal"; none when negated or still to come."""
    if token.pos_ != "VERB" or _undecided(token) and token.dep_ != "xcomp":
        return None
    lemma = token.lemma_.lower()
    verb = f"{lemma} {next((c.lower_ for c in token.children if c.dep_ == 'prt'), '')}".strip()
    subject = _child(token, "nsubj")
    ended_in = {g.lemma_.lower() for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    without = any(c.lower_ == "without" for c in token.children if c.dep_ == "prep")
    if subject is not None and subject.lemma_.lower() in _TALKS:
        if verb in _TALKS_FAIL or verb == "end" and without:
            agreed = False
        elif verb == "end" and ended_in & _DEALS:
            agreed = True
        else:
            return None
        parties = subject
    elif lemma in _REACH and any(c.lemma_.lower() in _DEALS for c in token.children if c.dep_ == "dobj"):
        agreed = True  # "reached a deal", "failed to reach a deal"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
            agreed, subject = False, _child(token.head, "nsubj")
        elif token.dep_ == "xcomp":
            return None  # "hope to reach a deal"
        parties = subject
    else:
        return None
    if is_negated(token) or parties is None:
        return None
    words = frozenset(t.lemma_.lower() for t in parties.subtree if t.pos_ in ("NOUN", "PROPN")) - _TALKS
    return TalksEnd(words, agreed, token.text.lower(), _span(token), sentence, _when(token))


def _contest_words(verb: Any, object_: Any | None) -> frozenset[str]:
    """The contest a win or loss is in: its object ("won the final") or an "in" phrase ("in
    the cup final", "in Sunday's election")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]  # "won re-election" is read as three objects
    nouns += [object_] if object_ is not None else []
    heads = (verb, *nouns)  # "beat Marsh Wanderers in the semifinal": the parse may hang it on the loser
    nouns += [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    words = {n.lemma_.lower() for n in nouns} | {  # "the cup final", which the parse may head on "cup"
        c.lemma_.lower() for n in nouns if n.lemma_.lower() in CONTESTS for c in n.children if c.dep_ in ("compound", "amod")
    }
    return frozenset(words & CONTESTS)
