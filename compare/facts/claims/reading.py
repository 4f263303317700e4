"""Reading a dependency parse: the helpers every family of claims is read with.

Who a token's side is (`side_of`, `side_of_word`), participants and whether two name one thing
(`participant`, `same_thing`, `same_kind`), agents and patients, negation and reported speech,
the claim frames themselves (`_frame_for`), a token's prepositional objects (`_pobj`), the
places and kinds a holder is named with, and the words that place a claim in time (`_when`,
`_own_words`, `_tense`, `_same_time`). Reads tokens only; knows no family of claims.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from ...lexicons import (
    ACCUSE,
    AREA_NOUNS,
    ATTACK,
    CAPITALS,
    CLAIM_NOUNS,
    COUNTRY_KEYS,
    CURRENCY_NAMES,
    DEFENSIVE_PARTICLES,
    DEMONYM_ENDING,
    DEMONYM_ENDINGS,
    DENY,
    EVENT_KINDS,
    GUNFIRE_WORDS,
    HEARSAY,
    KILLING,
    LIGHT,
    MONTH_NAMES,
    PERPETRATE,
    PHRASAL_DEEDS,
    PRIVATE_PERSONS,
    REFUSAL_VERBS,
    SAY,
    STOPWORDS,
    THING_KINDS,
    USE_VERBS,
    WEEKDAY_NAMES,
    ZERO_PEOPLE,
)
from ..denials import DISMISSALS
from ..propositions import hypothetical, planned, reported_future, stands_for, stranded_subject
from ..propositions import written as _written
from .model import Frame, Participant


def family_of(lemma: str) -> str | None:
    """The verb family a predicate lemma belongs to, if any."""
    for name, words in (("attack", ATTACK), ("kill", KILLING), ("deny", DENY), ("accuse", ACCUSE), ("perpetrate", PERPETRATE)):
        if lemma in words:
            return name
    return None


def side_of_word(word: str) -> str:
    """A place key for an actor word, the same for a country, its capital and its demonym
    ("Kyiv", "Ukraine", "Ukrainian" -> "ukraine"); an unlisted demonym loses its ending so
    that it meets its place ("Ruritanian" ~ "Ruritania")."""
    lower = word.lower()
    for suffix in ("'s", "’s", "´s"):
        lower = lower.removesuffix(suffix)
    lower = lower.strip(".")
    lower = CAPITALS.get(lower, lower)
    if lower in COUNTRY_KEYS:
        return COUNTRY_KEYS[lower]
    for ending in DEMONYM_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            return lower[: -len(ending)]
    return lower


def _is_actor_word(token: Any) -> bool:
    """A proper name, or a capitalised adjective that is a demonym: inside a sentence any
    capitalised adjective is one ("the Ruritanian army"); at its start, where every word is
    capitalised, one with a demonym's ending ("Ruritanian troops", "Freedonese", "Danish")."""
    if token.pos_ == "PROPN":
        return True
    if token.pos_ != "ADJ" or not token.text[:1].isupper():
        return False
    return token.i > token.sent.start or token.tag_ == "NNP" or bool(DEMONYM_ENDING.search(token.lower_))


def side_of(token: Any) -> str | None:
    """The coarse side of a noun phrase headed by `token`: a country named in it ("Ukraine's
    adviser Ivan Petrenko", "the Customs Service of Ukraine" -> ukraine), else its first actor
    word, if any."""
    if token.lower_ in CAPITALS:
        return side_of_word(token.lower_)
    country = _country_in(token)
    if country is None:
        country = _of_place(token)
    if country is not None:
        return country
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and (_is_actor_word(child) or child.lower_ in CAPITALS):
            return side_of_word(child.text)
    if _is_actor_word(token):
        return side_of_word(token.text)
    return None


_COUNTRIES = frozenset(COUNTRY_KEYS.values())


def _of_place(token: Any) -> str | None:
    """The place a named body belongs to, told after it: "the Customs Service of Ukraine",
    "the Ministry of Defence of Ardonia" (the last name of the chain); a listed country after
    any head ("the president of France")."""
    place, named = token, token.pos_ == "PROPN"
    while (of := next((c for c in place.rights if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None:
        pobj = _child(of, "pobj")
        if pobj is None or pobj.pos_ != "PROPN":
            break
        place = pobj
    if place.i == token.i:
        return None
    return _country_in(place) or (side_of_word(place.text) if named else None)


def _country_in(token: Any, depth: int = 0) -> str | None:
    """A listed country among the words before a phrase's head (its own, or its modifiers')."""
    key = side_of_word(token.text)
    if key in _COUNTRIES:
        return key
    if depth > 2:
        return None
    for child in token.lefts:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            found = _country_in(child, depth + 1)
            if found is not None:
                return found
    return None


def participant(token: Any | None) -> Participant | None:
    """A participant from the head token of its noun phrase."""
    if token is None:
        return None
    phrase = [
        t
        for t in token.subtree
        if (t.dep_ not in ("relcl", "acl", "punct", "cc", "conj", "appos", "prep", "case") or t.i == token.i)
        and not _in_clause(t, token)
    ]
    text = " ".join(t.text for t in phrase if abs(t.i - token.i) < 6)
    entity = " ".join(t.text for t in phrase if _is_actor_word(t))
    lemma = token.lemma_.lower()
    heads = [token, *_conjuncts(token)]  # "a school, shops and homes": each is hit
    words = frozenset(w for head in heads for w in (head.lemma_.lower(), *(c.lemma_.lower() for c in _compounds(head))))
    return Participant(text=text, lemma=lemma, entity=entity, side=side_of(token), private=_private(token), words=words)


def _in_clause(t: Any, head: Any) -> bool:
    """`t` lies in a clause that hangs on the phrase headed by `head` ("the pay deal Lisa Orr
    proposed": Lisa Orr is the clause's, not the deal's)."""
    node = t
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def _conjuncts(token: Any) -> Iterator[Any]:
    """The nouns conjoined to a head ("shops" and "homes" in "a school, shops and homes")."""
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            yield child
            yield from _conjuncts(child)


def _compounds(token: Any) -> Iterator[Any]:
    """The nouns compounded before a head, and theirs ("prison" in "a prison housing unit")."""
    for child in token.lefts:
        if child.dep_ in ("compound", "nmod") and child.pos_ == "NOUN":
            yield child
            yield from _compounds(child)


def same_kind(x: str, y: str) -> bool:
    """Two nouns for one kind of thing (THING_KINDS): "the prison" ~ "the detention facility";
    or of event (EVENT_KINDS): "the fire" ~ "the blaze"."""
    return any(x in kind and y in kind for kind in (*THING_KINDS, *EVENT_KINDS.values()))


def same_thing(x: Participant, y: Participant) -> bool:
    """Two phrases name the same thing: the same head, or one's head is a noun compounded into
    the other ("the depot" ~ "a depot storage site", which a parse may head on "site"), or
    both use words for one kind of thing ("a detention facility" ~ "the prison": THING_KINDS)."""
    if x.lemma == y.lemma or x.lemma in y.words or y.lemma in x.words:
        return True
    if x.lemma in _name_words(y) or y.lemma in _name_words(x):
        return True  # "the KMX-30 index" ~ "the KMX-30"
    if {x.lemma, y.lemma} & {"currency"} and {x.lemma, y.lemma} & CURRENCY_NAMES:
        return True  # "the national currency" ~ "the lev"
    xs, ys = x.words | {x.lemma}, y.words | {y.lemma}
    return any(xs & kind and ys & kind for kind in THING_KINDS)


def _name_words(p: Participant) -> frozenset[str]:
    return frozenset(w.lower() for w in p.entity.split())


def _two_names(x: Participant, y: Participant) -> bool:
    """Both named, by names of two sides ("the KMX-30 index" and "the Tarvo-50 index"; not
    "Russian shares" and "shares in Moscow", one side's)."""
    names_x, names_y = _name_words(x), _name_words(y)
    return bool(names_x and names_y) and not names_x & names_y and x.side != y.side


def _two_firms(x: Participant, y: Participant) -> bool:
    """Named by two names of one kind ("Halden Foods" and "Berra Foods"; not "Volkar Systems"
    and "Volkar", nor "Lusovian" and "Lusovia's")."""
    wx, wy = (p.entity.lower().split() for p in (x, y))
    return len(wx) > 1 and len(wy) > 1 and wx[-1] == wy[-1] and wx[0] != wy[0]


def _private(token: Any) -> bool:
    """A phrase naming a private person: headed by "citizen", "national"…, or a name with such
    a word before it in lower case ("Ruritanian national Anna Petrova", not "National Guard")."""
    if token.lemma_.lower() in PRIVATE_PERSONS:
        return True
    return any(c.dep_ in ("amod", "compound", "appos") and c.text in PRIVATE_PERSONS for c in token.children)


def _child(token: Any, *deps: str) -> Any | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _by_agent(token: Any) -> Any | None:
    agent = _child(token, "agent")
    return _child(agent, "pobj") if agent is not None else None


def _passive(token: Any) -> bool:
    """A participle with a passive auxiliary ("was prepared"), or parsed as the complement of
    "be": its subject is what is done to."""
    if token.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" for c in token.children) or (token.dep_ == "acomp" and token.head.lemma_ == "be")


def _shared_agent(token: Any) -> Any | None:
    """The "by" phrase of a passive verb, or of the passive verb conjoined after it, which
    names the doer of both: "was planned and carried out by X" (the parse hangs "by X"
    on the second verb only)."""
    found = _by_agent(token)
    if found is not None or not _passive(token):
        return found
    later = next((c for c in token.children if c.dep_ == "conj" and c.tag_ == "VBN"), None)
    return _by_agent(later) if later is not None else None


def _inherit(token: Any, finder: Callable[[Any], Any | None]) -> Any | None:
    """Find a participant on the token, or on the verb it is conjoined to ("planned and carried out by")."""
    found = finder(token)
    while found is None and token.dep_ == "conj" and token.head is not token:
        token = token.head
        found = finder(token)
    return found


def _agent_token(token: Any) -> Any | None:
    if _passive(token):  # the parse sometimes calls a passive verb's subject "nsubj"
        return _shared_agent(token) or _controller(token)
    return _by_agent(token) or stands_for(token, _child(token, "nsubj")) or _controller(token)


def _infinitive(token: Any) -> bool:
    """A "to" infinitive hanging on another verb ("tried to storm", "used rockets to hit")."""
    return (
        token.dep_ in ("xcomp", "advcl")
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _controller(token: Any) -> Any | None:
    """The doer of an infinitive of purpose or intent with no subject of its own: the subject
    of the verb it hangs on ("Ruritania used rockets to hit the depot", "troops tried to storm it")."""
    if not _infinitive(token):
        return None
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or _child(head, "nsubjpass") is not None:
        return None
    if _child(head, "dobj") is not None and head.lemma_.lower() not in USE_VERBS:
        return None  # "asked the army to shell the bridge": the army would do it, or no one yet
    return _child(head, "nsubj")


# Verbs of shooting whose target is told with "on" or "at": "fired on the crowd", "shot at the car".
_FIRING_AT = frozenset(["fire", "shoot"])


def _patient_token(token: Any) -> Any | None:
    found = _child(token, "dobj", "nsubjpass")
    if found is None and token.lemma_.lower() in _FIRING_AT:
        found = _pobj(token, "on") or _pobj(token, "at")
    if found is not None or not _passive(token):
        return found
    # the parse sometimes tags a passive verb's subject "nsubj", on the verb or on its "be"
    # ("said the killing was prepared": killing <- was <- prepared, or killing <- was -> prepared)
    be = _child(token, "auxpass") or (token.head if token.dep_ == "acomp" else None)
    return _child(token, "nsubj") or (_child(be, "nsubj") if be is not None else None)


def is_negated(token: Any) -> bool:
    """Negation scoped to this predicate: its own `neg`, or a negative subject/object/adverb of its own."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and _negative_phrase(child):
            return True
    return False


def _negative_phrase(token: Any) -> bool:
    """ "nobody", "nothing", "no arrests", "zero casualties", "not a single passenger", "not one miner"."""
    if token.lower_ in ZERO_PEOPLE or token.lower_ == "nothing":
        return True
    ones = [c for c in token.children if c.lower_ in ("single", "one")]  # "not" hangs on the noun or on "one"
    if any(g.dep_ in ("cc", "conj") for o in ones for g in o.children):
        return False  # "not one but three miners"
    if ones and any(n.dep_ == "neg" for t in (token, *ones) for n in t.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "nummod" and c.lower_ == "zero" for c in token.children)


def _speech_head(token: Any) -> Any | None:
    """The verb of saying whose clausal complement holds `token`, if any."""
    node = token
    while node.head != node:
        if node.dep_ in ("ccomp", "xcomp", "advcl", "conj") and node.head.lemma_.lower() in SAY | DENY | ACCUSE:
            return node.head
        if node.dep_ not in ("ccomp", "xcomp", "conj", "aux", "auxpass"):
            return None
        node = node.head
    return None


def _denial_scope(token: Any) -> bool:
    """True when the token lies in what a denial verb denies ("denied shelling", "denied any raid")."""
    node = token
    while node.head != node:
        head = node.head
        if head.lemma_.lower() in DENY and node.dep_ in ("dobj", "xcomp", "ccomp", "pcomp", "prep", "pobj"):
            return True
        if node.dep_ in ("nsubj", "nsubjpass", "ROOT", "advcl", "relcl", "conj"):
            return False
        node = head
    return False


def _verb_lemma(token: Any) -> str:
    """A verb's lemma with the particle that makes it a deed ("blew up the bridge": "blow up")."""
    lemma = token.lemma_.lower()
    if lemma in _PHRASAL_HEADS and token.pos_ == "VERB":
        for particle in (c for c in token.children if c.dep_ == "prt"):
            if f"{lemma} {particle.lower_}" in PHRASAL_DEEDS:
                return f"{lemma} {particle.lower_}"
    return lemma


_PHRASAL_HEADS = frozenset(p.split()[0] for p in PHRASAL_DEEDS)


def _frame_for(token: Any, sentence: int) -> Frame | None:
    lemma = _verb_lemma(token)
    if lemma == "blame" and token.dep_ == "xcomp" and token.head.lemma_ == "be":
        return _to_blame_frame(token, sentence)
    if lemma == "responsible" and token.pos_ == "ADJ":
        return _responsibility_frame(token, sentence)
    if token.pos_ == "VERB":
        return _verb_frame(token, lemma, sentence)
    if token.pos_ == "NOUN" and lemma in ATTACK and (lemma != "fire" or _gunfire(token)):
        return _noun_frame(token, lemma, sentence)
    return None


def _gunfire(token: Any) -> bool:
    """Whether the noun "fire" is shooting ("artillery fire", "came under fire", "opened fire")
    rather than a blaze ("a fire spread to 30 houses")."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in GUNFIRE_WORDS for c in token.children):
        return True
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ == "under") or (
        token.dep_ == "dobj" and head.lemma_.lower() in ("open", "return")
    )


def _speaker(token: Any) -> Participant | None:
    head = _speech_head(token)
    return participant(_inherit(head, lambda t: _child(t, "nsubj"))) if head is not None else None


def _verb_frame(token: Any, lemma: str, sentence: int) -> Frame | None:
    family = family_of(lemma)
    if family is None and lemma in _CALLING and (claim := _called_false(token)) is not None:
        return _called_false_frame(token, lemma, claim, sentence)
    patient = _inherit(token, _patient_token)
    if lemma in LIGHT and patient is not None and patient.lemma_.lower() in ATTACK:
        return _frame(token, patient.lemma_.lower(), "attack", _inherit(token, _agent_token), None, sentence)
    if family is None or any(c.dep_ == "prt" and c.lower_ in DEFENSIVE_PARTICLES for c in token.children):
        return None
    if family in ("deny", "accuse"):
        return _speech_frame(token, lemma, family, sentence)
    agent = _inherit(token, _agent_token)
    if agent is None and _denial_scope(token):
        agent = _inherit(_deny_head(token), lambda t: _child(t, "nsubj"))
    return _frame(token, lemma, family, agent, patient, sentence)


_OBJECT = frozenset(["dobj"])
# Verbs of showing whose object the small parser takes for the subject of the clause they hold
# ("the logs would prove its soldiers were not responsible").
_PROOF = frozenset(["prove", "show", "confirm", "demonstrate", "establish", "suggest", "indicate"])


def _responsibility_frame(token: Any, sentence: int) -> Frame | None:
    """ "X was responsible for the blast", "declared X responsible for the blast": a deed of X;
    "X was not responsible": X's denial of any deed (the blast, when it is named)."""
    holder = token.head if token.dep_ == "acomp" else token
    subject = _child(holder, "nsubj", "nsubjpass") or _child(token, "nsubj") or stranded_subject(holder, _OBJECT, _PROOF)
    if subject is None:
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    what = _child(prep, "pobj") if prep is not None else None
    if not (is_negated(holder) or is_negated(token)):
        return _frame(holder, "responsible", "perpetrate", subject, what, sentence)
    span = holder.doc[min(subject.left_edge.i, holder.left_edge.i) : holder.right_edge.i + 1].text
    # responsibility covers a deed of any family
    return _denial_frame(
        "responsible", _own_side(subject, holder), what.lemma_.lower() if what is not None else "responsibility", span, sentence
    )


def _own_side(noun: Any, verb: Any) -> Participant | None:
    """A phrase with "its" or "their", said by a side, is that side's: "the army said its
    soldiers were not responsible" speaks of the army's side's soldiers."""
    found = participant(noun)
    if found is None or found.side is not None:
        return found
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in noun.children):
        return found
    speaker = _speaker_token(verb)
    said_by = participant(speaker) if speaker is not None else None
    if said_by is None or said_by.side is None:
        return found
    return replace(found, side=said_by.side, entity=found.entity or said_by.entity)


def _deny_head(token: Any) -> Any:
    node = token
    while node.head != node and node.head.lemma_.lower() not in DENY:
        node = node.head
    return node.head


def _frame(token: Any, lemma: str, family: str, agent: Any | None, patient: Any | None, sentence: int) -> Frame:
    negated = is_negated(token)
    accusation = _accusation_over(token)
    if agent is None and accusation is not None:  # "accused Ruritania of shelling the post": Ruritania's deed
        agent = _child(accusation, "dobj")
    # "accused each other of the strike" names no doer; any accusation's deed is the accuser's
    # claim, not the report's (it may deny it in the next clause)
    charged = accusation is not None
    intended = _infinitive(token) and token.head.lemma_.lower() not in USE_VERBS  # "planned to strike": not done yet
    return Frame(
        predicate=lemma,
        family=family,
        agent=participant(agent),
        patient=participant(patient),
        negated=negated,
        asserted=not (negated or charged or intended or _denial_scope(token) or _hearsay(token)),
        speech=None,
        speaker=_speaker(token),
        target=None,
        target_family=None,
        span=_span(token),
        sentence=sentence,
        charged=charged,
    )


def _hearsay(token: Any) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in HEARSAY for c in token.children)


def _noun_frame(token: Any, lemma: str, sentence: int) -> Frame:
    """An attack noun ("Ruritanian shelling", "the strike by rebel units on the depot")."""
    by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = _child(by, "pobj") if by is not None else (token if side_of(token) else _user_of_weapons(token))
    on = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
    patient = _child(on, "pobj") if on is not None else None
    return _frame(token, lemma, "attack", agent, patient, sentence)


def _user_of_weapons(attack: Any) -> Any | None:
    """Who used something in or for an attack ("the rebels used drones in the strike"): its doer."""
    prep = attack.head
    if attack.dep_ != "pobj" or prep.lower_ not in ("for", "in") or prep.head.lemma_.lower() not in USE_VERBS:
        return None
    return _inherit(prep.head, lambda t: _child(t, "nsubj"))


# Verbs that call a claim something ("called the allegations baseless", "branded the reports
# a lie", "described the accusations as fabricated"): a denial when what they call it is false.
_CALLING = frozenset(["call", "describe", "brand", "label", "term", "dub", "characterise", "characterize"])


def _called_false(verb: Any) -> Any | None:
    """The claim noun a verb of calling calls false, or None: the claim ("the allegations",
    "the reports") is what follows the verb, and a word of dismissal stands in the clause as
    what it is called, not as a word of another noun ("allegations against the fake company").
    The claim is looked for among the words right after the verb, not only as its object: the
    small parser reads "branded the reports fake news" as if the reports were fake."""
    if is_negated(verb) or _refused(verb):
        return None
    claim = next((t for t in verb.doc[verb.i + 1 : verb.i + 5] if t.pos_ == "NOUN" and t.lemma_.lower() in CLAIM_NOUNS), None)
    if claim is None or claim.head.i < verb.i or verb not in {claim.head, claim.head.head, claim.head.head.head}:
        return None
    for t in verb.subtree:
        dismissal = t.lower_ in DISMISSALS or (t.pos_ in ("NOUN", "ADJ") or t.dep_ == "oprd") and t.lemma_.lower() in DISMISSALS
        if dismissal and t != claim and _said_of_the_claim(t, verb, claim):  # "lies", "lies" as a complement; not "lied"
            return claim
    return None


def _said_of_the_claim(word: Any, verb: Any, claim: Any) -> bool:
    """The word is what the verb calls the claim: its complement ("called the claims false",
    "branded the reports a lie"), after "as" ("described them as fabricated"), or, as the small
    parser may hang such a complement on the claim's own phrase, an adjective after its noun,
    on a preposition or as its object ("called the reports of torture in custody untrue", "the
    allegations against her baseless"); not a word of what the claim says ("the allegations that the
    ballots were fake") nor one before its noun ("allegations against the fake company")."""
    if word.head == verb and word != claim:
        return True
    if word.dep_ in ("amod", "compound") and word.head.head == verb and word.head != claim and word.head.dep_ != "nsubj":
        return True  # "branded the reports fake news": what it calls them, with its modifier
    within = word.i in {t.i for t in claim.subtree}
    if word.i > claim.i and any(t.lower_ == "as" for t in (word.head, word.head.head)):
        return within or word.head.head == verb or word.head == verb
    after_its_noun = word.dep_ == "amod" and (word.i > word.head.i or word.head.pos_ == "ADP")
    as_an_object = word.dep_ == "pobj" and word.pos_ == "ADJ"
    # "the allegations levelled at her groundless": a complement hung on the claim's participle
    of_a_participle = word.dep_ in ("acomp", "oprd", "xcomp") and _participle_of(word.head, claim)
    misparsed = after_its_noun or as_an_object or of_a_participle
    return within and (misparsed and not _in_a_clause(word, claim) or _ends_the_claims_clause(word, claim))


_COPULAS = frozenset(["be", "become", "seem", "remain", "appear", "look", "sound", "prove"])


def _ends_the_claims_clause(word: Any, claim: Any) -> bool:
    """The word closes a clause of the claim whose verb it cannot complete, however the parser
    hangs it ("called the allegations that its coach had bullied players untrue": "bullied"
    takes no adjective), so it is what the claim is called; not "the reports that the ballots
    were fake", where it is the clause's own."""
    verb = word
    while verb.head != verb and verb.head != claim:
        verb = verb.head
    if verb.head != claim or verb.dep_ not in ("acl", "ccomp", "relcl") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in _COPULAS or word.pos_ not in ("ADJ", "NOUN"):
        return False
    return word.i == max(t.i for t in verb.subtree if not t.is_punct)


def _in_a_clause(word: Any, claim: Any) -> bool:
    """A clause of its own stands between the word and the claim noun it hangs from ("the
    allegations that guards lied"); not a participle that only modifies the claim, on which
    the small parser may hang what the claim is called ("the allegations levelled at her by
    critics groundless")."""
    node = word.head
    while node != claim and node.head != node:
        if node.pos_ in ("VERB", "AUX") and not _participle_of(node, claim):
            return True
        node = node.head
    return False


def _participle_of(verb: Any, claim: Any) -> bool:
    """The verb is a participle that modifies the claim ("the allegations levelled at her",
    "the reports circulating online"; tagged as a past tense at times): no subject, no "that",
    no auxiliary of its own."""
    own = ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
    return verb.dep_ == "acl" and verb.head == claim and not any(c.dep_ in own for c in verb.children)


def _refused(verb: Any) -> bool:
    """ "Declined to call the allegations false": the calling is refused."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_VERBS


def _called_false_frame(token: Any, lemma: str, claim: Any, sentence: int) -> Frame:
    """ "Drummond called the bribery allegations baseless": Drummond's denial of the allegations."""
    speaker = participant(_inherit(token, lambda t: _child(t, "nsubj")))
    return _denial_frame(lemma, speaker, claim.lemma_.lower(), _span(token), sentence)


def _denial_frame(predicate: str, speaker: Participant | None, target: str, span: str, sentence: int) -> Frame:
    """A denial of a target of no one family ("responsibility", "the allegations"), asserted."""
    return Frame(
        predicate=predicate,
        family="deny",
        agent=None,
        patient=None,
        negated=False,
        asserted=True,
        speech="deny",
        speaker=speaker,
        target=target,
        target_family=None,
        span=span,
        sentence=sentence,
    )


def _speech_frame(token: Any, lemma: str, family: str, sentence: int) -> Frame:
    """A denial or an accusation: who says it, what it is about, and whom it blames."""
    speaker = participant(_inherit(token, lambda t: _child(t, "nsubj")))
    content = _child(token, "xcomp", "ccomp", "dobj") or _content_pobj(token)
    accused = _child(token, "dobj") if family == "accuse" else None
    if family == "accuse":
        content = _content_pobj(token)
    target = _verb_lemma(content) if content is not None else None
    if target is not None and content is not None and target not in CLAIM_NOUNS and family_of(target) is None:
        target = _claim_noun_in(content) or target
    negated = is_negated(token)
    return Frame(
        predicate=lemma,
        family=family,
        agent=participant(accused) if accused is not None else None,
        patient=participant(_patient_token(content)) if content is not None and content.pos_ == "VERB" else None,
        negated=negated,
        asserted=not negated,
        speech=family,
        speaker=speaker,
        target=target,
        target_family=family_of(target) if target else None,
        span=_span(token),
        sentence=sentence,
        target_side=side_of(content) if family == "deny" and content is not None and content.pos_ == "NOUN" else None,
    )


def _claim_noun_in(token: Any) -> str | None:
    for t in token.subtree:
        lemma = t.lemma_.lower()
        if lemma in CLAIM_NOUNS or lemma in ATTACK:
            return lemma
    return None


def _content_pobj(token: Any) -> Any | None:
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "in")):
        obj = _child(prep, "pobj", "pcomp")
        if obj is not None:
            return obj
    return None


def _to_blame_frame(token: Any, sentence: int) -> Frame:
    """ "X was to blame": an accusation of X, by whoever said it."""
    accused = _child(token.head, "nsubj")
    return Frame(
        predicate="blame",
        family="accuse",
        agent=participant(accused),
        patient=None,
        negated=is_negated(token.head),
        asserted=not is_negated(token.head),
        speech="accuse",
        speaker=_speaker(token.head),
        target=None,
        target_family=None,
        span=_span(token.head),
        sentence=sentence,
    )


def _span(token: Any) -> str:
    """The words of the predicate's clause, short enough to quote in a reason."""
    words = [t for t in token.subtree if abs(t.i - token.i) <= 8]
    return " ".join(t.text for t in words)


# Dependents that can be a name before a noun; an unknown name may be parsed as a determiner
# ("Tesmari troops").
_NAMING = frozenset(["compound", "amod", "nmod", "poss", "det"])


def _a_name(token: Any) -> bool:
    """A capitalized word that is a name: tagged as one, or capitalized inside the sentence
    (a sentence's first word is capitalized whatever it is)."""
    if not token.text[:1].isupper() or token.lower_ in STOPWORDS:
        return False
    if token.pos_ == "PROPN" or token.dep_ == "compound" or not token.is_sent_start:
        return True
    return _people_word(token.lower_)  # "Tesmari troops …"


def _people_word(lower: str) -> bool:
    """A country's word, or a people's word by its ending ("Tesmari", "Ondrelian", "Sarvish"):
    not "e", "a", "y", which common words opening a sentence end in ("Police", "Security")."""
    return lower.endswith(("ian", "ese", "ish", "i")) or lower in COUNTRY_KEYS


def _prep_child(token: Any, word: str) -> Any | None:
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ == word), None)


def _pobj(token: Any, word: str) -> Any | None:
    """The object of the token's preposition `word` ("for" of "accounted for the deaths")."""
    prep = _prep_child(token, word)
    return _child(prep, "pobj") if prep is not None else None


def _speaker_token(token: Any) -> Any | None:
    head = _speech_head(token)
    return _inherit(head, lambda t: _child(t, "nsubj")) if head is not None else None


def _only_possible(verb: Any) -> bool:
    """A status that may come or is planned ("could reopen", "plans to open"); one a report
    says will hold ("will remain closed on Wednesday") is kept, dated "future" (`_days`)."""
    return hypothetical(verb) and not reported_future(verb) or planned(verb)


_WHERE = frozenset(["in", "at", "near", "across", "outside", "of"])


def _places(*tokens: Any) -> frozenset[str]:
    """Names in the place phrases of a status word and of its holder ("In the city of Brenmoor,
    every school was closed"; "the hospital in Chainpur"; "the Brenmoor schools")."""
    out: set[str] = set()
    for token in tokens:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _WHERE:
                out.update(t.lower_ for t in child.subtree if t.pos_ == "PROPN" or t.lemma_.lower() in AREA_NOUNS)
            elif child.dep_ == "compound" and child.pos_ == "PROPN" and token.pos_ == "NOUN":
                out.add(child.lower_)
    return frozenset(out)


def _phrase_text(tokens: Iterable[Any]) -> str:
    """A phrase as written, with the hyphens inside it ("off-piste skiers")."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if not ordered:
        return ""
    held = {t.i for t in ordered}
    doc = ordered[0].doc
    kept = [t for t in doc[ordered[0].i : ordered[-1].i + 1] if t.i in held or t.text == "-"]
    return _written(kept)


# Words that place a claim in time: two claims at two times do not clash ("opposed the bill
# last year" / "now supports it"; "approved in March" / "rejected in June"; "convicted" /
# "acquitted on appeal"; "will veto" / "signed").
_TIME_WORDS = frozenset(
    ["now", "later", "earlier", "previously", "initially", "first", "again", "since", "yesterday", "today", "tonight"]
    + ["tomorrow", "ago", "last", "next", "year", "month", "week", "appeal", "retrial"]
    + list(MONTH_NAMES)
    + list(WEEKDAY_NAMES)
)
# Month names that are words as well, a month only when written with a capital ("the march
# on the capital", "it may rain").
_MONTHS_AS_WORDS = frozenset(["march", "may"])
_FUTURE_HEADS = frozenset(["expect", "plan", "intend", "promise", "threaten", "vow", "pledge", "hope", "want", "aim"])


def _when(token: Any) -> frozenset[str]:
    """When a verb's claim holds, as far as the sentence says: its date words, its time adverbs,
    and "future" for "will", "would" or a verb of intent it hangs on."""
    own = list(_own_words(token))
    out = {t.lower_ for t in own if t.ent_type_ in ("DATE", "TIME") and t.is_alpha or t.lower_ in _TIME_WORDS}
    out -= {t.lower_ for t in own if t.lower_ in _MONTHS_AS_WORDS and not t.text[:1].isupper()}
    out -= {t.lower_ for t in own if t.ent_type_ == "PERSON" or _first_name(t)}  # "Jan Kossel", "Theresa May"
    out.discard("the")
    return frozenset(out | {_tense(token)})


def _first_name(token: Any) -> bool:
    """A name put before another name ("Jan" of "Jan Kossel"), not a month of a date."""
    return token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "PROPN" and not token.head.like_num


def _since(when: frozenset[str]) -> frozenset[str]:
    """A trend "since Saturday" holds on Sunday too: its day is a start, not the one day."""
    return when - WEEKDAY_NAMES - frozenset(MONTH_NAMES) - {"since"} if "since" in when else when


# Dependents that hold a claim of their own, whose time words are not the verb's ("closed up 6
# percent, their biggest gain since November"; "which opened in 1962").
_OTHER_CLAIMS = frozenset(["appos", "relcl", "acl", "ccomp", "parataxis", "conj", "npadvmod"])


def _own_words(token: Any) -> Iterator[Any]:
    yield token
    for child in token.children:
        if child.dep_ not in _OTHER_CLAIMS:
            yield from _own_words(child)


def _tense(token: Any) -> str:
    """ "future" ("will veto", "is expected to sign"), "past" ("vetoed", "has vetoed"), or "present"."""
    verb = token.head if token.dep_ in ("xcomp", "acomp", "oprd") and token.head != token else token
    if token.dep_ == "xcomp" and verb.lemma_.lower() in _FUTURE_HEADS:
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "would", "'ll", "shall") for c in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had") for c in auxes):
        return "past"
    if verb.tag_ == "VBN" and not auxes and _child(verb, "nsubj") is not None:
        return "past"  # a past tense tagged as a participle: "the rate increased overnight, he said"
    return "present"


_TENSES = frozenset(["future", "past", "present"])
_STAGES = frozenset(["appeal", "retrial"])


def _same_time(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two claims may be about one time: the same tense where both have one, the same stage of
    a case ("on appeal"), and the same time words where both give some."""
    tenses_x, tenses_y = x & _TENSES, y & _TENSES
    if tenses_x and tenses_y and tenses_x != tenses_y or x & _STAGES != y & _STAGES:
        return False
    words_x, words_y = x - _TENSES, y - _TENSES
    return not words_x or not words_y or words_x == words_y


def _accusation_over(token: Any) -> Any | None:
    """The verb of accusing whose "of" holds this deed ("accused X of shelling the post",
    "accused X of carrying out a strike"), if any."""
    node = token
    for _ in range(4):
        head = node.head
        if head == node:
            return None
        if node.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and head.head.lemma_.lower() in ACCUSE:
            return head.head
        if node.dep_ not in ("dobj", "pcomp", "pobj", "prep", "xcomp"):
            return None
        node = head
    return None


def _kinds(holder: Any) -> frozenset[str]:
    """The common words compounded into or describing a holder ("the coastal road", "the ring
    road"); names are its places."""
    return frozenset(c.lemma_.lower() for c in holder.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ"))
