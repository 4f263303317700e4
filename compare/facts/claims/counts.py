"""Counts: numbers of people killed, injured, missing, arrested, aboard or gathered, with their
hedge ("at least", "about") and the interval a hedged figure allows (`_count_of`, `parse_number`,
`interval`), and the counts said without a number ("all 46 survived", "the toll rose to 30").
"""

from __future__ import annotations

import math
import re
from typing import Any

from ...lexicons import (
    ATTACK,
    CASUALTY,
    DOWNING,
    DOWNING_VERBS,
    EVENT_KINDS,
    GENERIC_PEOPLE,
    HEDGES,
    NUMBER_WORDS,
    PROJECTILES,
    SCALES,
    THING_KINDS,
    VAGUE_COUNTS,
    ZERO_PEOPLE,
)
from ..polarity import year_like
from ..quantities import counted_kind, measure_word
from .model import Count
from .reading import (
    _NAMING,
    _a_name,
    _by_agent,
    _child,
    _country_in,
    _infinitive,
    _negative_phrase,
    _only_possible,
    _own_words,
    _places,
    _pobj,
    _span,
    is_negated,
)
from .status import _SUPPLIES


def parse_number(token: Any) -> float | None:
    """The value of a number token ("53", "1,200", "three", "2.5 million" read from its head)."""
    text = token.lower_.replace(",", "")
    value: float | None = None
    leading = _leading_number(token)
    if leading is not None:
        return parse_number(leading)  # "1.2 million": the parse hangs "1.2" on "million"
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
    elif text in NUMBER_WORDS:
        value = float(NUMBER_WORDS[text])
        tens = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "-" else None
        if tens is not None and NUMBER_WORDS.get(tens.lower_, 0) in range(20, 100, 10) and value < 10:
            value += NUMBER_WORDS[tens.lower_]  # "Twenty-three", parsed as "Twenty", "-", "three"
        if token.i >= 2 and token.doc[token.i - 2 : token.i].text.lower() == "half a":
            value /= 2  # "half a dozen"
    if value is None:
        return None
    at = token.i + 1
    if token.doc[at : at + 3].text.lower() == "and a half":
        value, at = value + 0.5, at + 3  # "two and a half thousand", "one and a half million"
    nxt = token.doc[at] if at < len(token.doc) else None
    if nxt is not None and nxt.lower_ in SCALES:
        value *= SCALES[nxt.lower_]
    return value


def _leading_number(token: Any) -> Any | None:
    """The figure of a scale word the parse heads ("1.2" of "1.2 million"), or None."""
    if token.lower_ not in SCALES:
        return None
    return next((c for c in token.lefts if c.dep_ in ("compound", "nummod") and c.i == token.i - 1 and c.like_num), None)


def hedge_of(token: Any) -> str:
    """The hedge words right before a number ("at least", "more than"), or ""."""
    token = _leading_number(token) or token
    doc = token.doc
    for width in (3, 2, 1):
        start = token.i - width
        if start >= 0:
            words = " ".join(t.lower_ for t in doc[start : token.i])
            if words in HEDGES:
                return words
    return ""


def interval(value: float, hedge: str) -> tuple[float, float]:
    """The interval a hedged figure allows."""
    direction = HEDGES.get(hedge, "exact")
    if direction == "min":
        return (value + (1 if hedge.startswith("more") else 0), math.inf)
    if direction == "max":
        return (0.0, value)
    if direction == "approx":
        return (value * 0.85, value * 1.15)
    if direction == "below":
        return (value * 0.8, value)
    return (value, value)


def _number_near(token: Any) -> Any | None:
    """The number counted by a casualty word: on its subject/object, on itself, or its own head;
    for "feared dead", "were found dead", on the subject (or noun) of the verb it completes;
    for "left five people dead", on what is left."""
    left = _left_so(token)
    if left is not None:
        return left
    for child in token.children:
        if (child.like_num or child.lower_ in VAGUE_COUNTS) and child.dep_ in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "nummod",
            "npadvmod",
        ):
            return child
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in ("crowd", "group"):
            child = _pobj(child, "of") or child  # "a crowd of several thousand people": the people
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            num = _child(child, "nummod") or next((c for c in child.lefts if c.dep_ == "compound" and c.like_num), None)
            if num is not None and not year_like(num):  # "the 2019 floods killed 52 people": 52
                return num
    holder = _complemented(token)
    if holder is not None and holder.dep_ in ("acl", "amod") and holder.head.pos_ in ("NOUN", "PROPN"):
        return _child(holder.head, "nummod")  # "six people reported missing", "nine miners presumed dead"
    if holder is not None:
        subject = _child(holder, "nsubj", "nsubjpass")
        if subject is not None and (subject.like_num or subject.lower_ in VAGUE_COUNTS):
            return subject
        if subject is not None:
            return _child(subject, "nummod")
    if token.head.like_num and token.dep_ in ("acl", "amod", "appos"):
        return token.head
    if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):  # "nine people injured in the blast"
        return _child(token.head, "nummod")
    return None


def _left_so(token: Any) -> Any | None:
    """The number on what a deed left in a state: "the blast left five people dead", "left two
    passengers injured", "left at least 12 dead"."""
    if token.dep_ not in ("oprd", "advcl", "xcomp", "acomp", "ccomp") or token.head.lemma_.lower() != "leave":
        return None
    left = _child(token.head, "dobj")
    if left is None or left.like_num or left.lower_ in VAGUE_COUNTS:
        return left
    return _child(left, "nummod")


def _complemented(token: Any) -> Any | None:
    """The verb a casualty word completes as a state ("were feared dead", "were believed
    killed", "were listed as missing", "people reported missing"), whose subject or noun is
    what is counted. Not an infinitive or a gerund: "threatened to kill hostages" and "kept
    killing" count nobody by their subject."""
    if token.head == token:
        return None
    if token.dep_ in ("acomp", "oprd"):
        return token.head
    state = token.tag_ == "VBN" or token.pos_ == "ADJ" or token.lower_ == "missing"
    if token.dep_ == "xcomp" and state:
        return token.head
    if token.dep_ == "pcomp" and state and token.head.lower_ == "as" and token.head.head != token.head:
        return token.head.head
    return None


# Verbs that bring people to hospital ("were taken to hospital"), and verbs of needing care there.
_TAKING = frozenset(["take", "admit", "rush", "airlift", "fly", "bring", "send", "carry", "transport", "ferry"])
_NEEDING = frozenset(["need", "require", "receive", "get", "undergo"])


def _to_hospital(verb: Any, lemma: str) -> bool:
    """People brought to or cared for in hospital: "taken to hospital", "admitted to a hospital",
    "treated in hospital", "needed hospital treatment"."""

    def hospital(t: Any | None) -> bool:
        return t is not None and t.lemma_.lower() in ("hospital", "clinic")

    if lemma in _TAKING:
        return hospital(_pobj(verb, "to"))
    if lemma == "treat":
        return hospital(_pobj(verb, "in") or _pobj(verb, "at"))
    if lemma in _NEEDING:
        care = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("treatment", "care")), None)
        # "needed hospital treatment"; "received medical care" is the same count of the treated
        return care is not None and any(
            hospital(c) or c.lower_ == "medical" for c in care.children if c.dep_ in ("compound", "amod")
        )
    return False


def _counted_noun(number: Any) -> str:
    """The noun a number counts: its head ("40 soldiers"), or what it is a part of ("two of the
    four missiles")."""
    if number.dep_ == "nummod" and number.head.pos_ in ("NOUN", "PROPN"):
        return counted_kind(_group_of_members(number.head).lemma_.lower())
    for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
        whole = _child(prep, "pobj")
        if whole is not None and whole.pos_ in ("NOUN", "PROPN"):
            return counted_kind(_group_of_members(whole).lemma_.lower())  # "three of the 12 crew members": crew
    return ""


def _category(token: Any) -> str | None:
    """The counted category a word names: a casualty ("killed", "injured"…) or, for a verb of
    bringing down ("intercepted", "shot down"), "downed"."""
    lemma = token.lemma_.lower()
    category = CASUALTY.get(lemma) or CASUALTY.get(token.lower_)
    if category is None and token.pos_ == "NOUN" and lemma in _ARREST_NOUNS:
        return "arrested"  # "no arrests have been made", "police made two arrests"
    if category is not None or token.pos_ != "VERB":
        return category
    if _to_hospital(token, lemma):
        return "hospitalised"  # "40 people were taken to hospital", "four needed hospital treatment"
    if lemma in DOWNING:
        return DOWNING[lemma]
    if lemma in _CROWD_VERBS:  # "some 300 people gathered outside the embassy", "5,000 protesters marched"
        return "crowd"
    if lemma in _FILLING_VERBS and _counted_subject(token):  # "50,000 people filled the square"
        return "crowd"
    if lemma in ("join", "attend") and any(c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS for c in token.children):
        return "crowd"  # "20,000 people joined the protest", "some 3,000 supporters attended the rally"
    if lemma in ("draw", "attract") and any(c.dep_ == "nsubj" and c.lemma_.lower() in _GATHERINGS for c in token.children):
        return "crowd"  # "the rally drew about 300 people"
    if lemma in _ARREST_VERBS:  # "police detained 40 protesters", "no one has been arrested"
        return "arrested"
    # "two firefighters were treated for burns", "three were hospitalised": hurt, though not a
    # count of the injured (a toll of injured may be told apart)
    if lemma == "treat" and _prep_object(token, "for") in _INJURY_NOUNS or lemma in ("hospitalise", "hospitalize"):
        return "hospitalised"
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children):
        return "killed"  # "seven people lost their lives"
    if lemma in ("claim", "cost", "take") and any(c.dep_ == "dobj" and c.lower_ == "lives" for c in token.children):
        return "killed"  # "the fire claimed no lives", "the crash cost 12 lives"
    if lemma in ("suffer", "sustain") and any(c.dep_ == "dobj" and c.lemma_.lower() in _WOUNDS for c in token.children):
        return "injured"  # "one spectator suffered minor injuries"
    if lemma in ("drive", "force", "flee") and _prep_object(token, "from") in ("home", "house"):
        return "evacuated"  # "drove 9,000 people from their homes"
    if lemma in ("move", "take", "bus", "bring", "lead", "carry", "get") and _prep_object(token, "to") in _SHELTERS:
        return "evacuated"  # "600 residents were moved to a shelter", "crews moved some 180 patients to safety"
    if lemma in DOWNING_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children):
        return "downed"
    if lemma == "cut" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children) and _child(token, "dobj") is None:
        return "stranded"  # "7,000 people are cut off", not "cut off the power"
    if lemma == "leave" and _prep_object(token, "without") in _SUPPLIES:
        return "affected"  # "1.2 million households were left without electricity"
    return None


_WOUNDS = frozenset(["injury", "wound"])
_SEVERITIES = frozenset(["severe", "serious", "critical", "minor", "light", "slight", "life-threatening"])
_LIGHT = frozenset(["minor", "light", "slight"])


def _severity(verb: Any, category: str) -> str | None:
    """Injuries of one severity, a count of its own ("seriously injured", "lightly injured"):
    "eight sustained serious injuries", "five were seriously injured" are some of the injured, not
    their toll."""
    if category != "injured":
        return None
    wounds = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WOUNDS]
    words = [m.lower_ for w in wounds for m in w.children if m.dep_ == "amod"]
    words += [c.lower_.removesuffix("ly") for c in verb.children if c.dep_ == "advmod"]
    found = [w for w in words if w in _SEVERITIES or w + "e" in _SEVERITIES]
    if not found:
        return None
    word = found[0] if found[0] in _SEVERITIES else found[0] + "e"
    return "lightly injured" if word in _LIGHT else "critically injured" if word == "critical" else "seriously injured"


def _prep_object(token: Any, prep: str) -> str:
    """The lemma of the object of the token's preposition `prep`, or ""."""
    found = _pobj(token, prep)
    return found.lemma_.lower() if found is not None else ""


def _without(noun: Any) -> bool:
    """ "ended without a single arrest", "passed off without any injuries", "without
    casualties": none of them (not "without a permit": a thing lacked, not a count)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "without":
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "poss")}
    if dets & _MORE_OF or any(c.dep_ == "poss" for c in noun.children):
        return False  # "without further arrests": none more than those told; "without its passengers"
    return "any" in dets or {"a", "single"} <= dets or (not dets & {"a", "an", "the"} and noun.tag_ == "NNS")


_MORE_OF = frozenset(["further", "more", "additional", "other", "new", "serious", "major"])


_ANYONE = frozenset(["anyone", "anybody"])


def _without_anyone(verb: Any) -> Any | None:
    """ "without anyone being detained": the verb under "without" with "anyone" as subject."""
    if verb.pos_ != "VERB" or verb.dep_ != "pcomp" or verb.head.lower_ != "without":
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _ANYONE), None)


def _zero_subject(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and _negative_phrase(child):
            return child
    return None


_SHELTERS = frozenset(["shelter", "camp", "safety"])
_ARREST_VERBS = frozenset(["arrest", "detain"])
_ARREST_NOUNS = frozenset(["arrest", "detention"])
_INJURY_NOUNS = frozenset(["burn", "injury", "wound", "inhalation", "fracture", "cut", "bruise", "concussion"])
# Verbs of a crowd at one place: the people counted are how many were there.
_CROWD_VERBS = frozenset(["gather", "rally", "march", "protest", "demonstrate", "assemble", "storm", "converge"])
# ... a crowd filling a place, counted on its subject ("filled 400 sandbags" counts sandbags);
# and protests one joins or attends.
_FILLING_VERBS = frozenset(["fill", "pack", "throng"])
_GATHERINGS = EVENT_KINDS["protest"]  # not a vigil or a funeral: another gathering than a march


def _counted_subject(verb: Any) -> bool:
    subject = _child(verb, "nsubj")
    return subject is not None and (subject.like_num or _child(subject, "nummod") is not None)


def _count_of(token: Any, sentence: int) -> Count | None:
    category = _category(token)
    if category is None:
        return _bodies_found(token, sentence)
    category = _severity(token, category) or category  # "eight sustained serious injuries": some of the injured
    zero = _zero_subject(token) or (token if token.pos_ == "NOUN" and (_negative_phrase(token) or _without(token)) else None)
    zero = zero or _without_anyone(token)
    if zero is not None:  # "no soldiers were killed" counts soldiers; "no one", "nobody": anyone
        zero = _member_of(zero)  # "no members of staff": staff
        noun = "" if zero.lower_ in ZERO_PEOPLE | _ANYONE or zero.lower_ in ("one", "body") else counted_kind(zero.lemma_.lower())
        noun = "" if noun in _NO_ONE_IN_PARTICULAR else noun
        return Count(category, 0.0, "no", 0.0, 0.0, noun, _span(token), sentence)
    number = _number_near(token)
    holder = _complemented(token)  # "were feared dead": the clause; "six people reported missing": the noun phrase
    where = _span(token if holder is None else holder.head if holder.dep_ in ("acl", "amod") else holder)
    if number is None:
        return _one_by_article(token, category, where, sentence)
    several = number.lower_ in ("hundred", "thousand") and any(c.lower_ in ("several", "few") for c in number.children)
    vague = f"{number.lower_}s" if several else None
    if (number.lower_ in VAGUE_COUNTS or vague) and not is_negated(token):
        hedge = vague or number.lower_  # "several thousand" is read as "thousands"
        low, high = VAGUE_COUNTS[hedge]
        return Count(category, low, hedge, low, high, _counted_noun(number), where, sentence)
    value = parse_number(number) if number is not None else None
    if number is None or value is None or is_negated(token):
        return None
    hedge = hedge_of(number)
    low, high = interval(value, hedge)
    noun = _counted_noun(number)
    if category == "downed" and noun not in PROJECTILES or measure_word(noun):
        return None  # "affected 5,000 hectares": an area, for the figures to compare
    places, part = _places(token, number.head), any(t.lower_ == "alone" for t in _own_words(token))
    return Count(category, value, hedge, low, high, noun, where, sentence, _whose(number), _years(token), places, part)


def _group_of_members(noun: Any) -> Any:
    """The group members are counted of: "nine crew members", "members of the crew" (crew)."""
    if noun.lemma_.lower() != "member":
        return noun
    group = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    return group if group is not None else _member_of(noun)


# Words of a count of none that names no one in particular ("no people were killed", "claimed no
# lives"); "no civilians" are not soldiers, and keep their noun.
_NO_ONE_IN_PARTICULAR = GENERIC_PEOPLE - {"civilian"}


def _member_of(noun: Any) -> Any:
    """The group "members of" or "none of" names ("no members of staff", "members of the crew",
    "none of the hostages"), else the noun."""
    if noun.lemma_.lower() not in ("member", "none"):
        return noun
    group = _pobj(noun, "of")
    return group if group is not None and group.pos_ == "NOUN" else noun


def _bodies_found(verb: Any, sentence: int) -> Count | None:
    """Bodies recovered or found are the dead: "rescuers recovered 12 bodies" (12 killed),
    "the bodies of three fishermen were found" (three fishermen): the bodies found so far, so
    at least that many dead ("the body of one miner was recovered" is one at least)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECOVERING or is_negated(verb) or _only_possible(verb):
        return None
    body = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _BODIES), None)
    if body is None:
        return None
    whose = _pobj(body, "of")
    number = _child(body, "nummod") or (_child(whose, "nummod") if whose is not None else None)
    noun = counted_kind(whose.lemma_.lower()) if whose is not None and whose.pos_ == "NOUN" else ""
    noun = "" if noun in GENERIC_PEOPLE else noun
    if number is not None and _taken_by_preposition(number):
        return None  # "the toll rose to nine as more bodies were found": the toll's nine
    value = parse_number(number) if number is not None else None
    if value is None:
        if body.tag_ != "NN" or any(c.dep_ == "nummod" for c in body.children):
            return None
        value, number = 1.0, None  # "the body of a man"
    low = interval(value, hedge_of(number))[0] if number is not None else 1.0
    return Count("killed", value, _FOUND, low, math.inf, noun, _span(verb), sentence)  # the dead are at least as many


# The hedge of a count of bodies found: a lower bound that is no toll of its own (12 bodies
# found and "at least 20 killed" may both hold; no bound against bound reading applies).
_FOUND = "found"


_RECOVERING = frozenset(["recover", "find", "retrieve", "pull", "discover", "exhume"])  # "identified": a count of its own
_BODIES = frozenset(["body", "remains", "corpse"])


def _one_by_article(token: Any, category: str, where: str, sentence: int) -> Count | None:
    """ "A 71-year-old man died", "a nurse was injured", "police arrested a farmer": one person
    at least, told by the article; one victim among others, so never a toll a larger figure contradicts (hedge "a":
    at least one, and no lower bound to clash with another)."""
    if category not in ("killed", "injured", "missing", "arrested") or is_negated(token):
        return None
    subject = _child(token, "nsubj", "nsubjpass")
    if category == "arrested":  # "police arrested a farmer", "a farmer was arrested": the one held
        subject = _child(token, "dobj", "nsubjpass") if token.pos_ == "VERB" else None
    if subject is None or subject.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    if any(c.dep_ == "amod" and c.lower_ in _ONE_ONLY for c in subject.children):  # "a single spectator was hurt": one
        return Count(category, 1.0, "", 1.0, 1.0, subject.lemma_.lower(), where, sentence, "", _years(token))
    return Count(category, 1.0, "a", 1.0, math.inf, subject.lemma_.lower(), where, sentence, "", _years(token))


_ONE_ONLY = frozenset(["single", "lone", "sole"])


_UNHARMED = {"unharmed": ("killed", "injured"), "unhurt": ("killed", "injured"), "alive": ("killed",), "safely": ("killed",)}
_FREED_VERBS = frozenset(
    ["free", "release", "rescue", "return", "come", "bring", "pull", "evacuate", "find", "hand", "escape", "emerge"]
)
# Verbs that say all of some people came through: "all 46 passengers survived" (none killed).
# Not "all have been accounted for": the missing are found over days, and a report of four
# missing and a later one of none may both hold.
_CAME_THROUGH = {"survive": ("killed",)}


def _all_came_through(token: Any, sentence: int) -> list[Count]:
    """ "All 46 passengers on board survived": none of them killed. Only of all of them
    ("most survived", "all but two survived": none)."""
    harms = _CAME_THROUGH.get(token.lemma_.lower())
    if harms is None or token.pos_ != "VERB" or is_negated(token) or _only_possible(token):
        return []
    people = _child(token, "nsubj", "nsubjpass")
    if people is None or people.pos_ != "NOUN" or not _all_of(people):
        return []
    return [Count(harm, 0.0, "no", 0.0, 0.0, people.lemma_.lower(), _span(token), sentence) for harm in harms]


def _all_of(people: Any) -> bool:
    """ "All 46 passengers" (the parse may hang "all" on the number), "every crew member",
    "both pilots", "all the crew"; not "all but two of the crew", "not all passengers"."""
    marks = [*people.children, *(g for c in people.children if c.dep_ == "nummod" for g in c.children)]
    found = [c for c in marks if c.lower_ in ("all", "every", "both", "each")]
    if not found or any(c.lower_ in ("but", "except", "not") for m in found for c in m.subtree if c is not m):
        return False
    if any(m.i > 0 and m.doc[m.i - 1].lower_ in ("not", "almost", "nearly") for m in found):
        return False  # "not all passengers", "nearly all"
    return not any(c.dep_ == "prep" and c.lower_ in ("but", "except") for c in people.children)


def _unharmed_of(token: Any, sentence: int) -> list[Count]:
    """ "All the hostages were freed unharmed", "all nine captives came home alive": none of
    them killed (nor, unharmed, hurt). Only of all of them: "two were freed alive" says
    nothing of the rest."""
    harms = _UNHARMED.get(token.lower_)
    verb = token.head
    if harms is None or token.dep_ not in ("oprd", "acomp", "advmod", "xcomp", "advcl", "amod") or verb.pos_ != "VERB":
        return []
    if verb.lemma_.lower() not in _FREED_VERBS or is_negated(verb):
        return []
    people = _child(verb, "nsubjpass") or _child(verb, "dobj") or _child(verb, "nsubj")
    if people is None or people.pos_ != "NOUN" or not _all_of(people):
        return []
    return [Count(harm, 0.0, "no", 0.0, 0.0, people.lemma_.lower(), _span(verb), sentence) for harm in harms]


_TOLL_VERBS = frozenset(
    ["reach", "rise", "climb", "stand", "be", "hit", "jump", "increase", "grow", "mount", "swell", "fall", "drop"]
)
# Verbs of a toll that grew to its figure: what was counted before was fewer.
_GROWN = frozenset(["reach", "rise", "climb", "jump", "increase", "grow", "mount", "swell"])


# What a toll or a crowd size is said to be: "the toll rose to 30", "the crowd numbered 8,000".
_ESTIMATED = {"toll": "killed", "turnout": "crowd", "crowd": "crowd", "attendance": "crowd"}


def _number_of(token: Any) -> str | None:
    """The category of "the number of dead", "the number of people listed as missing", "the
    number of passengers still unaccounted for" (a toll told by its count: `_toll_of`)."""
    if token.lemma_.lower() != "number":
        return None
    counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for noun in counted:
        lemma = noun.lemma_.lower()
        if CASUALTY.get(lemma) in _TOLLS and not list(noun.children):
            return CASUALTY[lemma]  # "the number of dead", "the number of injured"
        if lemma not in ("people", "person") or any(c.dep_ in ("amod", "compound") for c in noun.children):
            continue  # "dead cattle", "injured police officers": another count
        told = [t for t in noun.subtree if t is not noun]
        if any(t.dep_ == "prep" and t.lower_ != "as" for t in told):
            continue  # "people missing from the care home", "injured in road accidents": a part
        found = [CASUALTY[t.lemma_.lower()] for t in told if CASUALTY.get(t.lemma_.lower()) in _TOLLS]
        if found:
            return found[0]  # "the number of people listed as missing"
    return None


_TOLLS = frozenset(["killed", "injured", "missing"])


def _toll_of(token: Any, sentence: int) -> Count | None:
    """ "The death toll … has reached 96", "the toll rose to 30", "officials put the death toll
    at 17", "the number of people missing rose to 60": a count of the dead (or the missing); "organisers put the turnout at 60,000", "police estimated the
    crowd at around 8,000 people": the size of a crowd (not a share: "turnout was 45 percent")."""
    category = _ESTIMATED.get(token.lemma_.lower()) or _number_of(token)
    if category is None:
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("size", "number"):
        token = token.head.head  # "police put the size of the crowd at 10,000"
    put = token.dep_ == "dobj" and token.head.lemma_.lower() in ("put", "place", "set", "estimate")
    if not put and (token.dep_ != "nsubj" or token.head.lemma_.lower() not in _TOLL_VERBS | {"number"}):
        return None
    verb = token.head
    number = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.like_num), None)
    for prep in (c for c in verb.children if number is None and c.dep_ == "prep" and c.lower_ in ("to", "at")):
        found = next((g for g in prep.children if g.dep_ == "pobj"), None) or _number_right_after(prep)
        number = found if found is None or found.like_num else _child(found, "nummod")  # "at around 8,000 people"
        if found is not None and found.lemma_.lower() in ("percent", "%"):
            return None
    value = parse_number(number) if number is not None else None
    if number is None or value is None or is_negated(verb):
        return None
    hedge = hedge_of(number)
    low, high = interval(value, hedge)
    years = _years(verb) if category == "killed" else frozenset()  # a toll "in 2017" is another event's
    grown = verb.lemma_.lower() in _GROWN
    return Count(category, value, hedge, low, high, "", _span(verb), sentence, "", years, grown=grown)


def _taken_by_preposition(number: Any) -> bool:
    """The number stands right after a preposition left without its object (`_number_right_after`)."""
    if number.i == 0:
        return False
    before = number.doc[number.i - 1]
    return before.dep_ == "prep" and _number_right_after(before) is not None


def _number_right_after(prep: Any) -> Any | None:
    """The number a preposition left without its object stands before: "had risen to nine as more
    bodies were found" is parsed as if nine bodies were found, and "to" holds nothing."""
    if any(True for _ in prep.children) or prep.i + 1 >= len(prep.doc):
        return None
    after = prep.doc[prep.i + 1]
    return after if after.like_num else None


# People on a ship, a plane or a train, in one word each kind: the crew ("seafarers", "sailors",
# "crew members") is not the passengers, and neither is everyone aboard ("people").
_ABOARD_PEOPLE = {
    "crew": "crew",
    "crewmember": "crew",
    "seafarer": "crew",
    "sailor": "crew",
    "fisherman": "crew",
    "passenger": "passenger",
}
_ABOARD_PEOPLE.update(dict.fromkeys(("people", "person"), "people"))


def _aboard_of(token: Any, sentence: int) -> Count | None:
    """How many people were aboard: "23 seafarers were aboard", "150 people on board", "was
    carrying 156 passengers", "the crew numbered 19", "all 19 crew members aboard the tanker"."""
    kind = _aboard_kind(token)
    if kind is None:
        return None
    if token.dep_ == "nsubj" and token.head.lemma_.lower() == "number":  # "the crew numbered 19"
        number, clause = _child(token.head, "dobj"), token.head
    else:
        number, clause = _child(token, "nummod"), _role_of(token)
        if clause is None or not (_aboard_word(token) or _aboard_word(clause) or clause.lemma_.lower() == "carry"):
            return None
    value = parse_number(number) if number is not None and number.like_num else None
    if number is None or value is None or is_negated(clause) or _capacity(clause):
        return None
    hedge = hedge_of(number)
    low, high = interval(value, hedge)
    return Count("aboard", value, hedge, low, high, kind, _span(clause), sentence, places=_craft(token, clause))


def _capacity(verb: Any) -> bool:
    """How many a craft may carry, not how many it carried: "licensed to carry 200", "can carry
    200", "designed to carry 200"."""
    return (
        _infinitive(verb) or verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)
    )


def _craft(noun: Any, clause: Any) -> frozenset[str]:
    """The ship, plane or train the people are aboard, as a kind ("the tanker", "the vessel":
    ship), when the clause names one: the people of two craft are two counts."""
    found = [
        g
        for t in (noun, clause)
        for c in t.children
        if c.lower_ in ("aboard", "on")
        for g in c.subtree
        if g.dep_ in ("pobj", "appos")
    ]
    found += [c for c in clause.children if c.dep_ == "nsubj" and c.i != noun.i and c.pos_ == "NOUN"]  # "the plane was carrying"
    words = {g.lemma_.lower() for g in found} - {"board"}
    return frozenset(next((min(kind) for kind in THING_KINDS if w in kind), w) for w in words)


def _aboard_kind(token: Any) -> str | None:
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    if lemma == "member" and any(c.dep_ == "compound" and c.lemma_.lower() == "crew" for c in token.children):
        return "crew"
    return _ABOARD_PEOPLE.get(lemma)


def _role_of(noun: Any) -> Any | None:
    """The verb a noun is the subject or object of (through "and": "156 passengers and six crew
    members"), or the noun itself when a preposition on it says where it is."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return noun.head
    return None


def _aboard_word(token: Any) -> bool:
    """ "aboard", or "on board", said of the token."""
    for c in token.children:
        if c.lower_ == "aboard" or c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "board" for g in c.children):
            return True
    return False


def _years(token: Any) -> frozenset[str]:
    """The years a clause and its subject's phrase name ("Kalindu's last outbreak, in 2017,
    killed 200": 2017), not those of a clause under it."""
    if token.pos_ not in ("VERB", "AUX") and token.dep_ in ("oprd", "acomp"):
        token = token.head  # "a ferry sinking in 2003 left 52 people dead": the clause of "left"
    own = list(_own_words(token))
    subject = _child(token, "nsubj", "nsubjpass")
    if subject is not None:
        own += [t for t in subject.subtree if t.dep_ not in ("relcl", "acl")]
    if token.dep_ == "relcl":  # "a tunnel fire in 1998 that killed 12", "the 2001 crush, in which 96 died", "2011, when …"
        clauses = [c for c in token.head.children if c.dep_ in ("relcl", "acl")]  # not "a factory built in 1998"
        inside = {t for c in clauses for t in c.subtree}
        own += [t for t in token.head.subtree if t not in inside]
    return frozenset(t.text for t in own if year_like(t))


def _whose(number: Any) -> str:
    """The side of the counted noun: a listed country, else a name before it ("three Arvandi
    soldiers": arvandi); "" when it names none."""
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    country = _country_in(noun)
    if country is not None:
        return country
    names = [c for c in noun.lefts if c.dep_ in _NAMING and _a_name(c)]
    return names[0].lower_ if names else ""


# Words for those who carry out an attack, and the verbs of the attack itself ("opened fire",
# "carried out the raid", "took part in the assault"): a count of them is of one attack's doers.
_ATTACKERS = frozenset(
    ["gunman", "attacker", "assailant", "bomber", "shooter", "hijacker", "robber", "raider", "knifeman", "stabber", "man"]
)  # "man": "the store was raided by two men", as the doer of an attack only
_ATTACKING = ATTACK | frozenset(["open", "carry", "take", "stab", "rob", "hijack"])


def _attackers_of(token: Any, sentence: int) -> Count | None:
    """How many carried out an attack, by its doers' count ("three attackers took part in the
    assault", "two gunmen opened fire"), or one said alone ("a lone gunman opened fire", "carried
    out by a single gunman acting alone"). Not their fate ("one gunman was shot dead", "a gunman
    surrendered"): one of several."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ATTACKING or is_negated(token):
        return None
    doer = _by_agent(token) if _child(token, "nsubjpass") is not None else _child(token, "nsubj")
    if doer is None or doer.lemma_.lower() not in _ATTACKERS:
        return None
    target = _child(token, "nsubjpass" if doer.dep_ == "pobj" else "dobj")
    number = _child(doer, "nummod")
    places = _places(*(t for t in (token, doer, target) if t is not None))  # "stormed the hotel in Kell"
    alone = any(c.dep_ == "amod" and c.lower_ in _ONE_ONLY for c in doer.children) or _acting_alone(doer)
    if number is not None and not alone:
        value = parse_number(number)
        if value is None:
            return None
        low, high = interval(value, hedge_of(number))
        return Count("attackers", value, hedge_of(number), low, high, "", _span(token), sentence, "", _years(token), places)
    return Count("attackers", 1.0, "", 1.0, 1.0, "", _span(token), sentence, "", _years(token), places) if alone else None


def _acting_alone(doer: Any) -> bool:
    """ "a gunman acting alone", "the attacker, who acted alone"."""
    return any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "act" and any(g.lower_ == "alone" for g in c.children)
        for c in doer.children
    )
