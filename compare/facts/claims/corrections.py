"""One thing put in place of another: "the fragments were rubber, not glass", "the convoy was
carrying food, not weapons", "the shells came from government positions, not rebel ones".

A report that says "X, not Y" in a clause rules Y out of the slot X fills; another report that
fills the same slot of the same clause with Y ("the fragments were glass", "the convoy was
carrying weapons") says what the first denies. A slot is what a verb's clause holds in one
place: its complement or object, or the object of one of its prepositions ("came from …",
"started in …"). Two clauses are the same when their verbs are one (the same lemma, or two
words for one deed) and their subjects share a word. Read from the parse only, in any report;
the conflict rule is `conflict_rules._correction_rule`.
"""

from __future__ import annotations

from typing import Any

from ...lexicons import DAY_WORDS, MONTH_NAMES, PERSON_WORDS, ROLE_WORDS, STOPWORDS, TITLE_WORDS
from ..exclusions import _ANOTHER, _NOT_EXCLUDING
from ..polarity import year_like
from ..propositions import hypothetical, planned
from .model import Correction, Filler
from .reading import _child, _span, is_negated, side_of_word

_DATED = DAY_WORDS | frozenset(MONTH_NAMES)
# The dependencies of a verb's slot fillers, and of the words that climb from a noun to its slot.
_FILLING = frozenset(["attr", "dobj", "acomp", "oprd", "nsubjpass"])
_WITHIN_PHRASE = frozenset(["pobj", "prep", "appos", "conj", "compound", "amod"])
# A word that stands for the noun before it ("not rebel ones"): the set-aside thing is that noun.
_STAND_INS = frozenset(["one", "ones"])


def corrections(doc: Any) -> tuple[Correction, ...]:
    """Every "X, not Y" whose X fills a slot of a clause with a subject."""
    out = []
    for token in doc:
        if token.lower_ != "not" or token.dep_ != "neg" or token.i == 0 or token.nbor(-1).lower_ not in (",", "and", "but"):
            continue
        if token.i + 1 < len(doc) and token.nbor(1).lower_ in _NOT_EXCLUDING:
            continue  # "food, not just weapons": both
        pair = _set_against(token)
        if pair is None:
            continue
        aside, kept = pair
        slot = _slot(kept)
        if slot is None:
            continue
        verb, prep, filler = slot
        subject = _subject_words(verb)
        if not subject or hypothetical(verb) or planned(verb):
            continue
        words = _words(aside, stand_in=filler)
        if words:
            shown = doc[filler.left_edge.i : aside.right_edge.i + 1].text  # "rubber from the stoppers, not glass"
            out.append(Correction(_lemma(verb), subject, prep, _words(filler), words, shown, _span(verb)))
    return tuple(out)


def fillers(doc: Any) -> tuple[Filler, ...]:
    """What each asserted clause with a subject holds in its slots."""
    out: list[Filler] = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or hypothetical(verb) or planned(verb):
            continue
        subject = _subject_words(verb)
        if not subject:
            continue
        told = _thing_and_days(verb)
        for child in (*verb.children, *_after_particle(verb)):
            if child.dep_ in _FILLING and child.dep_ != "nsubjpass":
                filled = [("", child)]
            elif child.dep_ == "prep" and (pobj := _child(child, "pobj") or _through_adverb(child)) is not None:
                filled = [(child.lower_, pobj)]
            else:
                continue
            for prep, noun in filled:  # "carrying food and weapons": food, weapons
                if not _set_aside_here(noun):
                    out.extend(
                        Filler(
                            _lemma(verb),
                            subject,
                            prep,
                            _words(n),
                            _span(verb),
                            _phrase_text(n),
                            *told,
                            names=_names_in(n),
                            phrase=_phrase_words(n),
                        )
                        for n in (noun, *noun.conjuncts)
                    )
    return tuple(out)


def _through_adverb(prep: Any) -> Any | None:
    """The noun of a preposition the parse hangs on a word of being within a place after it:
    "from inside Estria", "from within the compound" (not "from near the border", which is
    anywhere near it)."""
    inner = next((c for c in prep.children if c.dep_ in ("pcomp", "advmod", "prep") and c.lower_ in _WITHIN), None)
    return None if inner is None else _child(inner, "pobj")


_WITHIN = frozenset(["inside", "within"])


def _names_in(noun: Any) -> frozenset[str]:
    """The names of places in a noun's phrase, as written: its own and its phrases' ("farms in
    Estria", "Korvian territory"); not a name of a conjunct, which is a filler of its own. None
    for a phrase naming a person or a body ("Dr Elsa Mork", "the Farmers Union", "Delmar
    Industries"): a source, not a place."""
    conjuncts = {t.i for c in noun.conjuncts for t in c.subtree}
    phrase = [t for t in noun.subtree if t.i not in conjuncts]
    if any(t.lower_ in _BODY_WORDS or t.lower_ in TITLE_WORDS for t in phrase):
        return frozenset()
    names = [t for t in phrase if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper() and t.i > 0]
    if any(b.i == a.i + 1 for a in names for b in names):
        return frozenset()  # two names in a row: a person's ("Elsa Mork") or a body's
    return frozenset(t.text for t in names)


def _phrase_words(noun: Any) -> frozenset[str]:
    """The content lemmas of a noun's whole phrase, but its conjuncts' ("a tower in the Orm
    compound": tower, orm, compound)."""
    conjuncts = {t.i for c in noun.conjuncts for t in c.subtree}
    return frozenset(t.lemma_.lower() for t in noun.subtree if t.i not in conjuncts and t.is_alpha) - STOPWORDS


# Words of a body or a person, whose name is no place: "the Ministry of Health", "Delmar Industries".
_BODY_WORDS = frozenset(
    ["ministry", "union", "council", "association", "industries", "company", "group", "bank", "agency", "department"]
    + ["office", "party", "committee", "corporation", "institute", "university", "authority", "commission", "court"]
    + ["ltd", "inc", "plc", "firm", "foundation", "trust", "club", "network", "army", "police", "service", "government"]
)


# Things that come from many places at once: "aid came from the UN" leaves room for Norway.
_MANY_SOURCES = frozenset(
    ["aid", "money", "funding", "fund", "support", "help", "supply", "weapon", "arm", "donation", "food", "investment"]
)


def _thing_and_days(verb: Any) -> tuple[bool, frozenset[str]]:
    """Whether the clause's subject is one known thing (definite, no person, not of many
    sources), and the day and month words of the clause."""
    subject = _child(verb, "nsubj", "nsubjpass")
    lemma = subject.lemma_.lower() if subject is not None else ""
    one = (
        subject is not None
        and subject.pos_ == "NOUN"
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "any") for c in subject.children)
        and lemma not in PERSON_WORDS
        and lemma not in ROLE_WORDS
        and lemma not in _MANY_SOURCES
    )
    days = frozenset(t.lower_ for t in verb.subtree if t.lower_ in _DATED and t.text[:1].isupper() or year_like(t))
    return one, days


def _after_particle(verb: Any) -> list[Any]:
    """The prepositions the parse hangs on a verb's particle: "broke away from the gully"."""
    return [p for c in verb.children if c.dep_ in ("advmod", "prt", "acomp") for p in c.children if p.dep_ == "prep"]


def _set_aside_here(noun: Any) -> bool:
    """The slot holds an "X, not Y" of its own: what it sets aside is not asserted."""
    return any(t.dep_ == "neg" and t.lower_ == "not" for t in noun.subtree)


def _set_against(neg: Any) -> tuple[Any, Any] | None:
    """The noun a "not" sets aside and the noun it is set against: "rubber, not glass" (the
    parse hangs the "not" on either)."""
    head = neg.head
    if head.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    after = [c for c in head.children if c.dep_ in ("appos", "conj") and c.i > neg.i]
    if after:
        return after[0], head  # "a journalist, not a soldier": the "not" on "journalist"
    if head.i > neg.i and head.dep_ in ("appos", "conj") and head.head.i < neg.i:
        return head, head.head  # "rubber from the stoppers, not glass": the "not" on "glass"
    return None


def _slot(noun: Any) -> tuple[Any, str, Any] | None:
    """The verb whose slot the noun fills, the preposition it fills it by ("" for none), and
    the noun filling it (climbing out of the phrase: "rubber from the stoppers": rubber)."""
    node = noun
    while node.dep_ in _WITHIN_PHRASE and node.head.pos_ in ("NOUN", "PROPN", "ADP") and node.head != node:
        node = node.head
    if node.dep_ in _FILLING and node.dep_ != "nsubjpass" and node.head.pos_ in ("VERB", "AUX"):
        return node.head, "", node
    if node.pos_ == "ADP" and node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX"):
        return node.head, node.lower_, _child(node, "pobj") or noun
    return None


def _subject_words(verb: Any) -> tuple[str, ...]:
    """The head of a clause's subject, then the other words on it; none for a pronoun, or for
    "another convoy" (another one than any the other report names)."""
    subject = _child(verb, "nsubj", "nsubjpass")
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(c.lower_ in _ANOTHER for c in subject.children):
        return ()
    head = subject.lemma_.lower()
    return (head, *sorted(_words(subject) - {head}))


def _words(noun: Any, stand_in: Any | None = None) -> frozenset[str]:
    """The content lemmas of a noun and the words on it ("rebel ones" with `stand_in`
    "government positions": rebel, position)."""
    own = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ"))]
    made_of = _made_of(noun)
    own += [made_of] if made_of is not None else []
    words = {t.lemma_.lower() for t in own} - STOPWORDS
    if noun.lower_ in _STAND_INS and stand_in is not None:
        words = (words - _STAND_INS) | {stand_in.lemma_.lower()}
    return frozenset(words)


# Nouns of a portion of something, which is what the thing is: "fragments of glass" is glass.
_PORTIONS = frozenset(["fragment", "piece", "shard", "splinter", "trace", "particle", "speck", "flake", "chunk", "bit"])


def _made_of(noun: Any) -> Any | None:
    """What a portion is of ("fragments of glass": glass), or None."""
    if noun.lemma_.lower() not in _PORTIONS:
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)


def _lemma(verb: Any) -> str:
    return verb.lemma_.lower()


def _phrase_text(noun: Any) -> str:
    """A noun with the words before it on it, as written ("rebel positions"), and what a portion
    is of ("fragments of glass")."""
    made_of = _made_of(noun)
    return noun.doc[noun.left_edge.i : (made_of if made_of is not None else noun).i + 1].text


def correction_clash(x: Correction, y: Filler) -> str | None:
    """Why a clause filling a slot with what x sets aside says what x denies, or None."""
    if x.verb != y.verb or x.prep != y.prep or not _one_subject(x.subject, y.subject):
        return None
    if not x.aside <= y.words:
        return None  # the slot holds another thing
    return f"'{x.shown}' vs '{y.shown}'"


def _qualified_apart(x: Filler, y: Filler) -> bool:
    """The two subjects carry words of their own and none in common ("the Varna leak", "the
    Orlin leak")."""
    rest_x, rest_y = set(x.subject[1:]), set(y.subject[1:])
    return bool(rest_x and rest_y and not rest_x & rest_y)


def _share_a_name(xs: set[str] | frozenset[str], ys: set[str] | frozenset[str]) -> bool:
    """A word in both, or a place's name in one and the word of its people in the other, as
    `side_of_word` keys them ("Estria" / "Estrian", "Sudan" / "Sudanese", "Kyiv" / "Ukraine")."""
    return any(x == y or side_of_word(x) == side_of_word(y) for x in xs for y in ys)


# What is said, asked or thought, which "comes from" a speaker, not a place: "the warning came
# from the ministry", "the idea came from a teacher".
_SAID_THINGS = frozenset(
    ["warning", "idea", "proposal", "complaint", "order", "call", "request", "suggestion", "initiative", "plan", "demand"]
    + ["offer", "criticism", "pressure", "praise", "statement", "message", "threat", "tip", "information", "report"]
    + ["claim", "decision", "instruction", "advice", "question", "answer", "response", "reply", "letter", "email"]
)


def _one_subject(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """One subject: its head (the first word) is the other's head or one of its words ("the
    Tolva convoy" ~ "the convoy"; not "the Tolva militia")."""
    return bool(x and y) and (x[0] in y or y[0] in x)


# Verbs whose place of origin is one place for one known thing, each with the words before that
# place and the family it tells its origin in: shells fired or launched from one position, gas
# leaking or escaping from one part, an avalanche breaking away from one slope, a fire
# originating in one room, goods that came from one named country or town. Not "spread from",
# "was traced to": a fire spreads from each room it reaches.
_ORIGIN_VERBS: dict[str, tuple[str, frozenset[str]]] = {
    "originate": ("originate", frozenset(["in", "at", "from"])),
    # where goods or a thing came from, told by names only (`_NAMED_ONLY`)
    "come": ("come", frozenset(["from"])),
    "import": ("come", frozenset(["from"])),
    "smuggle": ("come", frozenset(["from"])),
    "fire": ("fire", frozenset(["from"])),
    "launch": ("fire", frozenset(["from"])),
    "leak": ("leak", frozenset(["from"])),
    "escape": ("leak", frozenset(["from"])),
    "seep": ("leak", frozenset(["from"])),
    "break": ("break", frozenset(["from"])),
}
# Families whose "from" tells many kinds of source (a place, a phone, a person, a body, a
# region within a country): two origins only when each is a place's name alone and the names
# are apart ("came from Varland" / "was imported from Estria"; not "a mobile phone" / "a number
# in Varna", "the Tarso region" / "Dorvia").
_NAMED_ONLY = frozenset(["come"])
# What a shot is fired with, not from where: "fired from a rifle" is no place.
_INSTRUMENTS = frozenset(["rifle", "gun", "pistol", "weapon", "launcher", "mortar", "cannon", "howitzer", "barrel"])


def origin_of(filler: Filler) -> str | None:
    """The family of the verb a filler tells an origin by, or None."""
    family, preps = _ORIGIN_VERBS.get(filler.verb, ("", frozenset()))
    return family if filler.prep in preps else None


def origin_clash(x: Filler, y: Filler) -> str | None:
    """Why two clauses put one known thing's origin in two places, or None: verbs of one family
    of coming out of a place and the same subject, each with a filler of its origin holding
    words the other lacks, and neither a time ("from Monday")."""
    family = origin_of(x)
    if family is None or family != origin_of(y) or (x.words | y.words) & _INSTRUMENTS:
        return None
    if not _one_subject(x.subject, y.subject):
        return None
    names_x, names_y = ({n.lower() for n in f.names} for f in (x, y))
    if family in _NAMED_ONLY and (
        not (x.words <= names_x and y.words <= names_y and names_x and names_y)
        or _share_a_name(names_x, names_y)
        or x.subject[0] in _SAID_THINGS
    ):
        return None  # only "from Dorvia" / "from Selvana"; "the warning came from the ministry": said, not shipped
    if x.words <= y.phrase or y.words <= x.phrase:
        return None  # "fired from inside Gorla" / "from a rooftop in Gorla": one place told more closely
    shared = {w for w in x.words if _share_a_name({w}, y.words)}  # "rebel positions" / "army positions": two places
    if not (x.words - shared and y.words - {w for w in y.words if _share_a_name({w}, x.words)}):
        return None
    if not (x.one_thing and y.one_thing) or x.when and y.when and x.when != y.when or _qualified_apart(x, y):
        return None  # a person, two days or years, "the Varna leak" and "the Orlin leak"
    if (x.words | y.words) & _DATED:
        return None
    shown = [f.shown if all(n in f.shown for n in f.names) else f"{f.shown} ({', '.join(sorted(f.names))})" for f in (x, y)]
    return f"where it came from: '{shown[0]}' ({x.verb} {x.prep}) vs '{shown[1]}' ({y.verb} {y.prep})"
