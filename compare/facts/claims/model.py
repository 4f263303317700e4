"""The claim records: frozen dataclasses for what a statement claims, and for what two
statements' claims say of each other.

`Participant`, `Frame` and the records read beside frames (`Count`, `Cause`, `Status`, `Aim`,
`Stance`, `Change`, `Role`, `Ruling`, ...) are gathered in one `Claims` per statement; `Conflict`
and `Support` are what `conflicts` and `supports` return. Data only: every other module of the
package reads or compares these, so they come first and import nothing of it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..denials import Denial
from ..distances import Distance
from ..durations import Duration
from ..exclusions import Culprit, Exclusion
from ..measures import Measure
from ..naming import Naming
from ..propositions import Proposition
from ..ranks import Rank
from ..sums import Sum
from ..timing import Timing
from ..venues import Venue


class ParserUnavailable(Exception):
    """The spaCy English pipeline is not installed."""


@dataclass(frozen=True)
class Participant:
    """An agent, patient or speaker: its words, head lemma, and a coarse side when it is an actor or place."""

    text: str
    lemma: str
    entity: str = ""
    side: str | None = None
    private: bool = False  # a private person named by nationality ("a Ruritanian national X")
    words: frozenset[str] = frozenset()  # noun lemmas of the phrase's head and its compounds ("prison housing units")


@dataclass(frozen=True)
class Frame:
    """One predicate of a sentence with its participants."""

    predicate: str
    family: str | None
    agent: Participant | None
    patient: Participant | None
    negated: bool
    asserted: bool  # False inside a denial's content: the sentence reports the deed as denied
    speech: str | None  # "deny" | "accuse" | None
    speaker: Participant | None
    target: str | None  # for speech: the lemma of what is denied or blamed on someone
    target_family: str | None
    span: str
    sentence: int
    target_side: str | None = None  # whose deed a denial denies, when it says ("any Ruritanian role")
    charged: bool = False  # the deed an accusation charges its agent with ("accused X of shelling it")


@dataclass(frozen=True)
class Count:
    """A counted category ("killed", "injured", "missing") with its number, hedge and interval."""

    category: str
    value: float
    hedge: str
    low: float
    high: float
    noun: str
    span: str
    sentence: int
    whose: str = ""  # the country or named side the counted people belong to ("Arvandi soldiers")
    years: frozenset[str] = frozenset()  # years its clause dates it to ("in 2017, … killed 200")
    places: frozenset[str] = frozenset()  # names of where ("in Achham": achham)
    part: bool = False  # a part of a toll ("in Achham alone")
    days: frozenset[str] = frozenset()  # the weekdays and months its clause names ("on Monday, police arrested 12")
    grown: bool = False  # a toll said to have risen to it ("the toll rose to 30"): a lower count may be an earlier one
    said_on: frozenset[str] = frozenset()  # the weekday or month it was said on ("on Monday officials said 18 had died")


@dataclass(frozen=True)
class Cause:
    """What a statement says damaged or caused something: an external attack or an accident."""

    kind: str  # "external" | "accident"
    word: str
    side: str | None
    span: str
    sentence: int
    effect: frozenset[str] = frozenset()  # noun lemmas of what it caused ("the dam", "the blast"), when the parse says


@dataclass(frozen=True)
class Status:
    """An operating-status word about a place: True when it is in use."""

    holder: str
    operating: bool
    word: str
    span: str
    sentence: int
    places: frozenset[str] = frozenset()  # the names of where ("schools in Brenmoor": brenmoor)
    kinds: frozenset[str] = frozenset()  # the words that say which one ("the coastal road": coastal)
    event: bool = False  # an event held or called off ("the vote went ahead"), not a place in use
    vote: bool = False  # a bill or motion passed (True) or rejected in a vote, not a place in use
    when: frozenset[str] = frozenset()  # the weekday or month a vote was on ("in March": march)
    custody: bool = False  # a person held (True: operating) or released, not a place in use
    damage: bool = False  # a thing standing unharmed (True: operating) or wrecked, not a place in use
    lasting: bool = False  # said to stay so ("remained closed", "was still shut"): so since before the day it is told of
    line: str = ""  # the one line of its work told ("stopped producing trucks": truck); the place may do others
    # how badly a thing was hit: "ruined" (destroyed, razed, in ruins) or "light" ("slightly
    # damaged", "suffered only minor damage"); "" when the words do not say
    degree: str = ""


@dataclass(frozen=True)
class Aim:
    """What a side's attacks are said to be aimed at: civilians (`civilian`) or military
    targets only, as a stance ("Ruritania denied targeting civilians" is the military one)."""

    side: str
    civilian: bool
    who: str  # the words naming the side ("Ruritanian troops")
    span: str
    sentence: int


@dataclass(frozen=True)
class Rebuttal:
    """Evidence said to contradict a side's denials or account ("what the inspectors found
    contradicts Ardonia's denials"): the side, what of it is contradicted, the words."""

    side: str
    noun: str  # "denial", "account", "claim"...
    span: str
    about: frozenset[str] = frozenset()  # what the denials are of ("denials of involvement in the blast")


@dataclass(frozen=True)
class Staging:
    """A claim that an event or its evidence was faked ("the videos were staged", "accused
    Ruritania of faking the deaths"), with who is said to have faked it when the text says."""

    side: str | None
    who: str  # the words naming the faker, "" when none are given
    thing: str  # the lemma of what was faked
    span: str
    sentence: int
    things: frozenset[str] = frozenset()  # its lemma and what it is "of" ("videos of the killings")


@dataclass(frozen=True)
class Stance:
    """Someone for or against a thing: "the union backed the deal", "voted against the bill",
    "the president will veto the budget", "did not support the plan"."""

    holder: Participant
    thing: Participant
    support: bool
    word: str  # how it was said: "backed", "voted against", "not supported"
    span: str
    sentence: int
    when: frozenset[str] = frozenset()  # its time words (`_when`)
    owner: Participant | None = None  # whose deed the thing is ("the ministry's handling": the ministry)
    # a position voiced, told with no time but its tense and on no condition ("backs the plan",
    # "said he would back the plan", "tore into the plan"; not a vote, a veto or a signature)
    voiced: bool = False
    instance: bool = False  # a thing granted or refused ("granted the permit"): one of many of its kind


@dataclass(frozen=True)
class Reason:
    """A thing given as the cause of an effect: "attributed the closures to falling orders",
    "the fire was caused by a faulty heater", "the cause was a corroded joint" (an effect not
    named: the incident the report is about)."""

    effect: str  # the effect's lemma ("closure"), or UNNAMED_EFFECT
    cause: frozenset[str]  # the cause's head and the words compounded into it ("energy", "cost")
    shown: str  # the cause as written ("soaring energy costs")
    span: str
    sentence: int
    told: str = ""  # the effect as written, when it is a deed ("the handover was delayed")


@dataclass(frozen=True)
class Control:
    """Who holds a place: "troops captured the post", "remained in control of the post"."""

    holder: str  # the holder's side: a country, or the name before the holder ("Arvandi troops")
    place: Participant
    word: str
    span: str
    sentence: int
    named: str = ""  # the place as written ("the Tamar observation post")
    when: frozenset[str] = frozenset()  # its day words and years ("in 2019", "on Monday")


@dataclass(frozen=True)
class Change:
    """A thing said to go up ("doubled the length"), down ("cut rates"), or to stay as it was
    ("left rates unchanged", "did not change the length"); "changed" alone is "any"."""

    thing: Participant
    direction: str  # "up" | "down" | "none" | "any"
    word: str
    span: str
    sentence: int
    of: frozenset[str] = frozenset()  # what the thing is of: "exercise" in "the length of the exercises"
    what: str = ""  # the thing as written, with what it is of
    when: frozenset[str] = frozenset()  # its time words (`_when`)
    size: str = ""  # how far it moved, as written: "by 75 basis points", "2 percent"


@dataclass(frozen=True)
class Role:
    """Who held a role only one can hold in one event: who led or organised it, who ordered it,
    at whose request it met, who was the first to arrive ("the inquiry is led by the bureau",
    "the rally was organised by the union", "fishermen were the first to reach the scene")."""

    role: str  # "led", "organised", "ordered", "requested", "first to arrive"…
    thing: str  # the kind of what it is a role in ("protest", "inquiry"), "" when the role names none
    doer: Participant
    who: str  # the doer as written ("the Merevian Farmers' Union")
    span: str
    sentence: int
    when: frozenset[str] = frozenset()  # its time words (`_when`; no tense for a request)


@dataclass(frozen=True)
class Ruling:
    """A court's finding on a charge: "was convicted of fraud", "found him not guilty of
    murder", "acquitted of money laundering"."""

    defendant: Participant | None
    charges: frozenset[str]  # head lemmas of what was charged ("laundering", "bribery")
    guilty: bool
    word: str
    span: str
    sentence: int
    when: frozenset[str] = frozenset()  # its time words (`_when`): "on appeal"


@dataclass(frozen=True)
class Result:
    """Who won or lost a contest (a match, an election, a final): "Ardwick beat Selby 2-1",
    "lost to Selby in the final", "won re-election", "unseated the mayor"."""

    winner: Participant | None
    loser: Participant | None
    contest: frozenset[str]  # the contest's nouns where named ("final", "election"); empty when not
    word: str
    span: str
    sentence: int
    when: frozenset[str] = frozenset()
    # the contest itself won, as the object of "won" with "the" and its words ("won the
    # Republican primary": republican, primary): a contest one winner takes; empty otherwise
    won_outright: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TalksEnd:
    """How talks ended: in a deal or not ("talks broke down", "failed to reach a deal", "the
    two sides reached an agreement"), with the words of who took part."""

    parties: frozenset[str]  # lemmas of the nouns and names of who talked ("union", "tarsen", "government")
    agreed: bool
    word: str
    span: str
    sentence: int
    when: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Predication:
    """Any verb with its subject and what it acts on, as lemmas: "the troops will return to
    their bases" -> return(troop; base). What two statements must share to make one claim."""

    verb: str
    subject: str
    objects: frozenset[str]
    negated: bool
    span: str
    names: frozenset[str] = frozenset()  # names in its subject's and objects' phrases ("production from Millbrook")
    embedded: bool = False  # in a clause that describes a noun or sets a scene ("a concert that Halloran attended")
    passive: bool = False
    direct: frozenset[str] = frozenset()  # the words of its direct objects ("carrying humanitarian aid": humanitarian, aid)
    order: frozenset[str] = frozenset()  # places in a series of its subject and objects ("the closing session": last)


@dataclass(frozen=True)
class Quality:
    """A quality told of one thing: the thing, the quality's word (lower case), whether the clause
    says it (not an adjective on a noun), and the day and year words of its clause."""

    thing: Participant
    word: str
    said: bool
    span: str
    sentence: int
    adjective: bool = True  # read as an adjective, not a participle ("invalid", not "informed")
    kinds: frozenset[str] = frozenset()  # the thing's other describing words ("the north dam": north)
    when: frozenset[str] = frozenset()
    manner: str = ""  # how well it was done: "well", "poorly", "badly" ("well organised")


@dataclass(frozen=True)
class Access:
    """People let into a place (or to people held), or kept out of it: "journalists were barred
    from the site", "inspectors were given access to the plant" (`access.py`)."""

    who: Participant
    where: Participant
    granted: bool
    word: str  # as written: "barred from", "given access", "visited"
    span: str
    sentence: int
    when: frozenset[str] = frozenset()
    held: Participant | None = None  # the people the place holds ("the camps where prisoners are held")
    who_kinds: frozenset[str] = frozenset()  # the words that tell the people apart ("foreign journalists")


@dataclass(frozen=True)
class Correction:
    """One thing put in place of another in a clause's slot ("the fragments were rubber, not
    glass"): the clause's verb and subject words, the preposition of the slot ("" for a
    complement or an object), the words of what it keeps and of what it sets aside."""

    verb: str
    subject: tuple[str, ...]  # its head, then the other words on it
    prep: str
    kept: frozenset[str]
    aside: frozenset[str]
    shown: str  # "rubber, not glass"
    span: str


@dataclass(frozen=True)
class Filler:
    """What an asserted clause holds in one slot ("the convoy was carrying weapons": carry,
    convoy, "", weapon)."""

    verb: str
    subject: tuple[str, ...]
    prep: str
    words: frozenset[str]
    span: str
    shown: str = ""  # what it holds there, as written ("weapons")
    one_thing: bool = False  # its subject is one known thing, no person ("the shells", not "the minister", "aid")
    when: frozenset[str] = frozenset()  # the day and month words of its clause
    names: frozenset[str] = frozenset()  # the names of places in what it holds ("farms in Estria": Estria)
    phrase: frozenset[str] = frozenset()  # the content lemmas of all it holds ("a tower in the Orm compound")


@dataclass(frozen=True)
class Owned:
    """A thing a clause acts on or names, of a side ("Lorvan artillery positions": position, lorvan)."""

    noun: str
    side: str
    shown: str


@dataclass(frozen=True)
class Claims:
    """Everything read from one text."""

    text: str
    frames: tuple[Frame, ...] = ()
    counts: tuple[Count, ...] = ()
    causes: tuple[Cause, ...] = ()
    statuses: tuple[Status, ...] = ()
    predications: tuple[Predication, ...] = ()
    names: frozenset[str] = frozenset()  # words tagged as proper nouns
    nouns: frozenset[str] = frozenset()  # lemmas of every noun and name: what the text mentions
    common: frozenset[str] = frozenset()  # lemmas of its lower-case nouns and adjectives: what it is about
    aims: tuple[Aim, ...] = ()
    mutual: tuple[tuple[str, str], ...] = ()  # "accused each other (of an attack)": (deed family or "", span)
    stagings: tuple[Staging, ...] = ()
    stances: tuple[Stance, ...] = ()
    changes: tuple[Change, ...] = ()
    rulings: tuple[Ruling, ...] = ()
    results: tuple[Result, ...] = ()  # who won or lost a contest
    talks: tuple[TalksEnd, ...] = ()  # talks that ended in a deal or without one
    propositions: tuple[Proposition, ...] = ()  # every clause with its polarity (`propositions.py`)
    controls: tuple[Control, ...] = ()
    reasons: tuple[Reason, ...] = ()
    denied: frozenset[str] = frozenset()  # lemmas a negation is about (`polarity.negated_words`)
    asserted: frozenset[str] = frozenset()  # lemmas it affirms as claims (`polarity.asserted_words`)
    timings: tuple[Timing, ...] = ()  # when one event began or ended (`timing.py`)
    namings: tuple[Naming, ...] = ()  # the taking of a place named legitimate or not (`naming.py`)
    roles: tuple[Role, ...] = ()  # who led, organised, ordered or requested one thing, or came first
    places: frozenset[str] = frozenset()  # names of where it happened ("near the town of Halsey": halsey)
    denials: tuple[Denial, ...] = ()  # what it reports denied, as claims of their own (`denials.py`)
    measures: tuple[Measure, ...] = ()  # what one definite thing measures (`measures.py`)
    rebuttals: tuple[Rebuttal, ...] = ()  # a side's denials or account said to be contradicted
    ranks: tuple[Rank, ...] = ()  # where one thing stands in a run of its kind (`ranks.py`)
    sums: tuple[Sum, ...] = ()  # sums of money whose clause says what they are (`sums.py`; read by the judge)
    venues: tuple[Venue, ...] = ()  # where one event took place (`venues.py`)
    distances: tuple[Distance, ...] = ()  # lengths told as how far from what (`distances.py`; read by the judge)
    durations: tuple[Duration, ...] = ()  # lengths of time and what lasted them (`durations.py`; read by the judge)
    culprits: tuple[Culprit, ...] = ()  # what it puts an event down to: a cause, a doer, a failure (`exclusions.py`)
    exclusions: tuple[Exclusion, ...] = ()  # what it rules out of an event (`exclusions.py`)
    # the texts of its clauses that tell background, not its claim: relative clauses, participle
    # modifiers, clauses of "after", "before", "since", "until" (`extract._background`)
    background: tuple[str, ...] = ()
    # what happened at the time a "when" clause tells, as written and by its content lemmas
    # ("the riot began when inmates set fire to mattresses": inmate, set, fire, mattress)
    occasions: tuple[tuple[str, frozenset[str]], ...] = ()
    qualities: tuple[Quality, ...] = ()  # what a thing is said to be ("the dam was unstable"; `qualities.py`)
    corrections: tuple[Correction, ...] = ()  # "X, not Y" in a clause's slot (`corrections.py`)
    fillers: tuple[Filler, ...] = ()  # what its asserted clauses hold in their slots (`corrections.py`)
    owned: tuple[Owned, ...] = ()  # things of a side a clause acts on or names (`owners.py`)
    accesses: tuple[Access, ...] = ()  # people let in or kept out (`access.py`)
    # its opening pronoun and what it stands for, when it was read with it resolved ("It", "The
    # Tarvo dam"; `referents.py`): its spans may open with the referent for the pronoun
    referent: tuple[str, ...] = ()

    @functools.cached_property
    def parts(self) -> frozenset[str]:
        """The names of the parts that hold something ("frames", "counts"…), and "text"."""
        return frozenset(name for name in _PARTS if getattr(self, name)) | {"text"}


_PARTS = (
    "frames",
    "counts",
    "causes",
    "statuses",
    "predications",
    "aims",
    "mutual",
    "stagings",
    "stances",
    "changes",
    "rulings",
    "results",
    "talks",
    "propositions",
    "controls",
    "reasons",
    "timings",
    "namings",
    "roles",
    "measures",
    "rebuttals",
    "ranks",
    "venues",
    "exclusions",
    "qualities",
    "corrections",
    "fillers",
    "accesses",
)


@dataclass(frozen=True)
class Conflict:
    """A reason two statements cannot both be true."""

    kind: str
    reason: str
    a_span: str
    b_span: str


@dataclass(frozen=True)
class Support:
    """Evidence that two statements make the same claim."""

    kind: str
    reason: str
    a_span: str
    b_span: str
