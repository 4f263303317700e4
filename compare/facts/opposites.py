"""Predicates that come in opposite pairs: someone was there or stayed away, a body approved a
thing or turned it down, an attempt succeeded or failed, a place or service ran or was halted.

Two statements worded alike around one such pair ("the prime minister attended the summit in
Castellan" / "the prime minister stayed away from the summit in Castellan") say opposite things,
however close their embeddings are. The words are read from the text (many are phrasal: "stayed
away", "voted down", "fell short"), each with the side it tells; a negation right before a word
turns its side ("did not attend" is a staying away), so "did not attend" and "skipped" tell one
side. These are the senses of the words in any report, not of one event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicons import STOPWORDS, TITLE_WORDS
from .claims.outcomes import CONTESTS
from .text import stem

# (family, the side's name, its words as patterns). A word that is one side's in one family may
# be nobody's in another ("ran" is a service's running, not a person's being there).
_FAMILIES: tuple[tuple[str, str, str], ...] = (
    (
        "presence",
        "there",
        r"attend(?:s|ed|ing)?|took part|take[sn]? part|taking part|participat(?:ed|es|ing)|show(?:ed|s)? up|"
        r"turn(?:ed|s)? up|(?:was|were) present|(?:was|were) in attendance|appear(?:ed|s|ing)? (?:at|before|in person)|"
        r"t(?:ook|akes?|aking) (?:their|his|her) seats?|visited|(?<=not )visit|(?<=never )visit|toured|set foot (?:in|on)|"
        r"sp(?:oke|eaks?|eaking) at|testif(?:ied|ies|y) (?:before|at|to)",
    ),
    (
        "presence",
        "away",
        r"absent|skipp(?:ed|ing)|skips?|missed|boycott(?:ed|s|ing)?|stay(?:ed|s|ing)? away|st(?:ayed|ays?) out of|"
        r"s[ai]t(?:s|ting)? out|no-show|snubb(?:ed|ing)|snubs?",
    ),
    (
        "approval",
        "yes",
        r"ratif(?:y|ied|ies|ying)|approv(?:e|ed|es|ing)|accept(?:s|ed|ing)?|upheld|uphold(?:s|ing)?|"
        r"grant(?:s|ed|ing)?|adopt(?:s|ed|ing)?|endors(?:e|ed|es|ing)|agree(?:d|s)? to|"
        r"pass(?:ed|es)? (?:its|the|a) (?:[\w-]+ ){0,2}(?:reading|vote)",
    ),
    (
        "approval",
        "no",
        r"reject(?:s|ed|ing)?|vot(?:e|ed|es|ing) down|vetoe(?:d|s)|vetoing|turn(?:s|ed|ing)? down|thr(?:ew|own) out|"
        r"throws? out|declin(?:e|ed|es|ing) to(?! comment)|refus(?:e|ed|es|ing) to(?! comment)|overturn(?:s|ed|ing)?|overrul(?:e|ed|es|ing)|"
        r"defeated in (?:the |a |its )?(?:[\w'-]+ ){0,3}(?:vote|ballot|reading)",
    ),
    (
        "outcome",
        "won",
        r"succeed(?:s|ed|ing)?|successful(?:ly)?|reach(?:ed|es) (?:the )?(?:summit|top|orbit|final|agreement|deal)|"
        r"won(?!['’]t)|wins?|completed?|conclud(?:ed|es) (?:a|an|the|its|their) (?:[\w-]+ ){0,2}(?:deal|agreement|talks|treaty|accord)|"
        r"secured|clinched|rescued|found (?:[\w-]+ ){0,5}alive|(?:placed|put|delivered) (?:[\w-]+ ){0,4}into orbit",
    ),
    (
        "outcome",
        "lost",
        r"fail(?:s|ed|ing)? to|ended in failure|los(?:t|es?)(?! (?:their|his|her|its|our|my|the lives) )|fell short|"
        r"f(?:a|e)lls? short|turn(?:ed|s)? back|(?:talks|negotiations) (?:[\w-]+ ){0,3}?collaps(?:e|ed|es)|gave up|given up|"
        r"without (?:an? |any )?(?:agreement|deal|trace)",
    ),
    (
        "fate",
        "lived",
        r"survived|surviv(?:es|ing)|(?:escaped|emerged|was found|were found|arrested|detained|captured|rescued|freed|released) "
        r"(?:[\w-]+ ){0,2}(?:unhurt|unharmed|alive)|(?:is|was|were|are) alive",
    ),
    (
        "fate",
        "died",
        r"killed|killing|died|dies|perished|shot dead|(?:is|was|were|are) (?:found |confirmed |reported )?dead|"
        r"lost (?:his|her|their) li(?:fe|ves)|(?<!\ba )bod(?:y|ies) of(?! (?:water|evidence|work|research|opinion|"
        r"(?:the |a |an |its |their )?(?:[\w-]+ )?(?:text|report|letter|bus|car|vehicle|ship|plane|aircraft|lorry|truck|van|"
        r"train|boat)\b))",
    ),
    (
        "departure",
        "quit",
        # not "to resign": a call, a refusal or a plan to ("urged him to resign", "refused to
        # quit"), or being made to (the other side)
        r"(?<!to )resign(?:ed|s|ing)?|(?<!to )quit(?:s|ting)?|(?<!to )st(?:ep(?:ped|s|ping)?|ood|ands?) down|"
        r"handed in (?:his|her|their) (?:resignation|notice)",
    ),
    (
        "departure",
        "removed",
        r"(?:was|were|been|being|got|get|gets) (?:fired|dismissed|sacked|ousted|removed|axed)|"
        r"(?:fired|dismissed|sacked|ousted|removed|axed) (?:him|her|them)|ousted|sacked|axed|"
        r"forced to (?:resign|quit|step down)|forced out|relieved of (?:his|her|their) (?:duties|post|command)",
    ),
    (
        "truce",
        "held",
        r"(?:ceasefire|truce)s?(?: (?:in|on|along|across|around) (?:the )?[\w'-]+)? "
        r"(?:(?:was|is|has been|had been|were|are) )?(?:largely |mostly |broadly )?(?:holding|held)|"
        r"(?:calm|quiet) (?:returned|prevailed)",
    ),
    (
        "truce",
        "broken",
        r"fighting (?:resumed|erupted|broke out|flared(?: up)?|continued)|clashes (?:resumed|erupted|broke out)|"
        r"(?:ceasefire|truce)s?(?: (?:in|on|along|across|around) (?:the )?[\w'-]+)? "
        r"(?:(?:was|is|has been|had been) )?(?:collapsed|broke down|broken|violated|shattered)|"
        r"violat(?:ed|ing|ions? of) the (?:ceasefire|truce)",
    ),
    (
        "landing",
        "safe",
        r"landed safely|touched down safely|(?:made|makes|making) a safe landing|landed without incident",
    ),
    (
        "landing",
        "crashed",
        r"crash(?:ed|es)|crash-landed|skidded off the runway",  # the verb: "survived the crash" tells no landing
    ),
    (
        "interception",
        "stopped",
        r"intercept(?:ed|s|ing)?|shot down|shoots? down|downed|destroyed (?:in (?:the )?air|in mid-air|mid-air)",
    ),
    (
        "interception",
        "through",
        r"(?:struck|hit|hits|strikes|reached|reaches) (?:its|their|the) (?:intended )?targets?|"
        r"evaded (?:the )?(?:air )?defen[cs]es|got through (?:the )?(?:air )?defen[cs]es",
    ),
    (
        "afloat",
        "sank",
        r"sank|sunk|sinks|capsized|capsizes|went down|gone down",
    ),
    (
        "afloat",
        "afloat",
        r"(?:stayed|remained|kept|stays|remains|was|were|is|are) afloat|refloated",
    ),
    (
        "running",
        "running",
        r"operat(?:e|ed|es|ing) normally|as (?:usual|normal)|(?:trains|services|ferries|flights|buses) (?:ran|sailed|operated)(?! by)|"
        r"sailed|fully operational|in service|on (?:its |their )?(?:regular |normal )?(?:schedule|timetable)|"
        r"continued to (?:run|operate|pass|sail|fly)|reopen(?:s|ed|ing)?|back open",
    ),
    (
        "running",
        "halted",
        r"halt(?:s|ed|ing)?|clos(?:ed|es)(?! (?:higher|lower|up|down|at|flat|unchanged|ranks|the gap))(?!-)|"
        r"shut(?:s|ting)?|suspend(?:s|ed|ing)?|cancell?(?:ed|ing|s)?|(?<!-)grounded|out of service|sealed off|"
        r"(?:remained|stayed|was|were|is|are) (?:still )?blocked",
    ),
    (  # an event set for a time: held then, or put off ("postponed" / "will go ahead as planned")
        "schedule",
        "ahead",
        r"go(?:es|ing)? ahead|went ahead|gone ahead|as planned|as scheduled",
    ),
    (
        "schedule",
        "off",
        r"postpon(?:e|ed|es|ing)|put off|called off|call(?:s|ing)? off|scrapped|adjourned|deferred|pushed back",
    ),
    (  # people kept in a place or out of it ("were trapped underground" / "escaped")
        "trapped",
        "in",
        r"(?:remain(?:ed|s)?|were|was|are|is|still) (?:[\w-]+ ){0,1}trapped|stranded",
    ),
    (
        "trapped",
        "out",
        r"escaped|got out|made it out|managed to get out|(?:brought|lifted|winched|hauled) (?:[\w-]+ ){0,2}to the surface|"
        r"(?:were|was|been|had been) (?:all )?(?:rescued|freed|pulled out|brought out)",
    ),
    (  # a fire or an outbreak stopped or still going ("was brought under control" / "was still raging")
        "spread",
        "stopped",
        r"under control|(?:(?<=was )|(?<=were )|(?<=been )|(?<=\bis )|(?<=are )|(?<=now )|(?<=fully )|(?<=yet )|"
        r"(?<=had )|(?<=has )|(?<=have ))contained|put out(?! (?:a|an|statements?|calls?)\b)|"
        r"extinguished|doused|burn(?:ed|t) (?:itself )?out",
    ),
    (
        "spread",
        "going",
        r"still (?:burning|raging|ablaze|alight|spreading|smou?ldering)|out of control|"
        r"(?:continu(?:ed|es|ing)|kept) (?:to )?(?:burn|spread|rage|burning|spreading|raging)|"
        r"(?:was|were|is|are|remained|remains) (?:[\w-]+ )?(?:ablaze|alight|raging)",
    ),
    (  # the condition of someone hurt or ill ("in a stable condition" / "in a critical condition")
        "condition",
        "stable",
        r"(?:stable|good|satisfactory|comfortable) condition|(?:is|was|are|were|remains|remained) (?:now )?stable|"
        r"out of danger|no longer in danger",
    ),
    (
        "condition",
        "critical",
        r"(?:critical|grave|life-threatening) condition|critically (?:injured|wounded|ill|hurt)|"
        r"(?:is|was|are|were|remains|remained) (?:still )?critical|fighting for (?:his|her|their) li(?:fe|ves)",
    ),
    (  # a structure fell or stood ("the bridge collapsed" / "the bridge remained standing")
        "standing",
        "fell",
        r"collaps(?:ed|es)|caved in|gave way|(?:was|were) (?:flattened|razed|reduced to rubble)",
    ),
    (
        "standing",
        "stood",
        r"(?:remained|remains|stayed|stays|was left|were left|(?:is|was|are|were) still) standing|withst(?:ood|ands)|held firm",
    ),
    (  # a deed done to all of a thing or to part of it ("the entire village was evacuated" / "part of the village")
        "extent",
        "whole",
        r"(?<!nearly the )(?<!almost the )(?<!virtually the )(?<!practically the )(?:entire(?:ly)?|(?<!on the )whole(?! (?:time|day|week|year|story|thing)))|"
        r"wholly|completely|totally|"
        r"(?<!nearly )(?<!almost )(?<!virtually )(?<!practically )(?:"
        r"every(?! (?:day|week|month|year|time|morning|evening|night|hour|minute|other|so often))|"
        r"all (?:of )?(?:the|its|their|his|her|our)(?! (?:following |next |previous |same )?"
        r"(?:day|night|week|month|year|time|lives|life|way|while)\b)|all \d[\d,]*)",
    ),
    (
        "extent",
        "part",
        r"(?<!as )(?<!is )(?<!are )(?<!was )(?<!were )(?<!became )(?<!become )(?<!took )(?<!take )parts? of|"
        r"part(?:ial)?ly|partial|some of (?:the|its|their|his|her|our)|"
        r"some (?=[a-z]+s\b(?! (?:said|say|says|claimed|reported|suggested|believed?|told|say)\b))|"
        r"(?:a|one|two) (?:third|quarter|fifth)s? of|half (?:of )?(?:the|its|their)|most of (?:the|its|their)",
    ),
    (  # how long a strike, a truce or a closure is to last: a set length, or none ("will last 72 hours" / "indefinite")
        "length",
        "set",
        r"(?:(?:last(?:s|ed|ing)?|run(?:s|ning)?|ran) (?:for )?|(?:closed|shut|suspended|halted|banned|blocked|grounded) for )"
        r"(?:about |around |only |up to |at least |just )?"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an) (?:full )?(?:hours?|days?|weeks?|months?)|"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:hour|day|week|month)(?= [a-z])",
    ),
    (
        "length",
        "open",
        r"indefinite(?:ly)?|open-ended|no (?:set )?(?:time limit|end date)|until further notice",
    ),
    (  # someone charged with a crime or let go without ("was charged with murder" / "released without charge")
        "charge",
        "charged",
        r"(?:was|were|been|is|are|being) charged with(?! (?:[a-z]+ing|the task|responsibility)\b)|(?<=not )charged|(?<=never )charged|(?<=been )charged(?! (?:at|towards?|into)\b)|indicted",
    ),
    (
        "charge",
        "cleared",
        r"released without (?:charge|being charged)|no charges? (?:was|were|has been|have been|had been) (?:filed|brought|laid)",
    ),
)

_PATTERNS = tuple((family, side, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for family, side, words in _FAMILIES)
_SIDES = {family: tuple(dict.fromkeys(s for f, s, _ in _FAMILIES if f == family)) for family, _, _ in _FAMILIES}
# A negation that turns the side of the word right after it ("did not attend", "never reached",
# "failed to ratify", "refused to take part"; not a refusal to say: "declined to confirm he
# attended"): up to two words between.
_NEGATED = re.compile(
    r"(?:(?<!\bor )\bnot(?! only| just| merely| least)|\bnever|n['’]t|\bcannot|\bno longer|\bfailed to|\bwithout|"
    r"\b(?:refus|declin)(?:e|ed|es|ing) to(?! (?:say|confirm|comment|rule|name|identify|discuss|disclose|reveal|deny|specify)\b))"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A second clause joined between a negation and the word ("did not stop and crashed"): the
# negation is the first clause's.
_JOINED = re.compile(r"\b(?:and|but|or|then)\b|,", re.IGNORECASE)
# Words before a predicate that make it a plan, a threat, a hope or a possibility, not a deed
# told ("threatened to boycott the vote", "was expected to attend", "will skip"): no side.
_NOT_TOLD = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?|plan(?:ned|s|ning)?|expect(?:ed|s)?|invit(?:ed|es)|urg(?:ed|es)|due|set|hop(?:ed|es)|"
    r"vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|want(?:ed|s)?|intend(?:ed|s)?|aim(?:ed|s)?|likely|able|ready|going|"
    r"scheduled|asked|called on|sought|seeks?|tried|trying|tries)\s+(?:\w+\s+)?to\s+(?:\w+\s+)?$"
    r"|\b(?:will|would|could|might|may|should|shall|can)\s+(?:not\s+|never\s+)?(?:\w+\s+)?$|\bwon['’]t\s+$",
    re.IGNORECASE,
)


# An event's fate or length told as the plan now ("will be postponed", "would go ahead as
# planned", "will last 72 hours"): a schedule is told in the future, unlike a deed.
_PLANNED = frozenset(["schedule", "length"])
_PLAN_TOLD = re.compile(r"\b(?:will|would|won['’]t)\b|\b(?:due|set|scheduled|expected) to\b", re.IGNORECASE)


@dataclass(frozen=True)
class Side:
    """One word of a family of opposites, as it reads in its sentence."""

    family: str
    side: str
    word: str
    done_to: frozenset[str] = frozenset()  # the stems of what follows it ("accepted the pay offer": pay, offer)
    some_of: bool = False  # its doer is some of a group ("two of the climbers", "most residents")
    doer_names: frozenset[str] = frozenset()  # the capitalised words of its clause before it, but the text's first
    negated: bool = False  # its side is told by a negation before it ("did not attend": away)
    doer_words: frozenset[str] = frozenset()  # the stems of the words of its clause before it (not a passive's)


def sides(text: str) -> tuple[Side, ...]:
    """The words of opposite families in `text`, each with the side it tells there."""
    out = []
    for family, side, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            not_told = _NOT_TOLD.search(text, max(0, m.start() - 40), m.start())
            if not_told and not (family in _PLANNED and _PLAN_TOLD.search(not_told.group())):
                continue  # "threatened to boycott", "was expected to attend", "will skip": no deed told
            cue = _NEGATED.search(text, max(0, m.start() - 40), m.start())
            negated = cue is not None and not _JOINED.search(cue.group())  # not "refused to surrender and died"
            told = _other(family, side) if negated else side
            doer = re.split(r"[,;:]", text[: m.start()])[-1]
            acted_on = frozenset() if m.group(0).lower().endswith(" to") else _done_to(text[m.end() :])  # "agreed to testify"
            found = _NAME_WORDS.findall(doer)  # not a possessor's ("Quennel's deputy")
            names = frozenset(w for k, w in enumerate(found) if w[:1].isupper() and not _opens(text, doer, k))
            words = frozenset(stem(w.lower()) for w in found if w.lower() not in STOPWORDS and len(w) > 2)
            if _BODIES.match(m.group(0)):  # "the bodies of the two fishermen": the dead are named after the word
                names = frozenset(
                    w for w in _NAME_WORDS.findall(_PHRASE_END.split(text[m.end() :], maxsplit=1)[0]) if w[:1].isupper()
                )
                words = acted_on
            participle = m.group(0).split()[0].lower().endswith(("ed", "en", "wn"))
            if participle and _PASSIVE_BEFORE.search(doer) and family not in _WHO_IT_BEFELL:
                names = words = frozenset()  # "the appeal was thrown out by ...": not its doer's words
            out.append(Side(family, told, m.group(0), acted_on, bool(_SOME_OF.search(doer)), names, negated, words))
    return tuple(out)


# Where the phrase a predicate acts on ends: a clause break or a preposition of time, place,
# manner or cause ("accepted the pay offer on Friday", "halted flights because of the ash").
_PHRASE_END = re.compile(
    r"[,.;:()]|\b(?:on|in|at|after|before|because|despite|with|for|by|as|when|while|and|but|during|since|until|amid|"
    r"over|citing|saying|following|due|instead|which|who|that|to|through|throughout|from)\b",
    re.IGNORECASE,
)
# How a phrase acted on may open: "stayed away from the summit", "fell short of the target".
_PHRASE_OPENING = re.compile(r"\s*(?:from|below|of|out of|to|at|in|into)\b", re.IGNORECASE)
_SOME_OF = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|some|most|many|"
    r"several|few|half) of (?:the|its|their|his|her|our)\b|\b(?:some|most|several|many)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-z][\w-]*")
_BODIES = re.compile(r"bod(?:y|ies) of", re.IGNORECASE)
_NAME_WORDS = re.compile(r"[A-Za-z][\w-]*\b(?!['’]s\b)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.IGNORECASE)


def _done_to(after: str) -> frozenset[str]:
    """The stems of the words of what a predicate acts on: the phrase right after it."""
    opening = _PHRASE_OPENING.match(after)
    rest = after[opening.end() :] if opening else after
    phrase = _PHRASE_END.split(rest, maxsplit=1)[0]
    words = (w.lower().removesuffix("'s") for w in _WORDS.findall(phrase))
    return frozenset("contest" if w in CONTESTS else stem(w) for w in words if w not in STOPWORDS and len(w) > 2)


def told_alike(text_a: str, text_b: str) -> tuple[Side, Side] | None:
    """A family whose words tell the same one side in both texts, where the negation a text has
    is the family's own: one of the two told by a negation ("did not attend" / "skipped"), or
    both the negative side ("failed to reach orbit" / "fell short of orbit"). Not "attended,
    though Brask did not" / "both attended": that negation is about someone else."""
    a, b = sides(text_a), sides(text_b)
    for family in _SIDES:
        in_a = [s for s in a if s.family == family]
        in_b = [s for s in b if s.family == family]
        told = {s.side for s in in_a} | {s.side for s in in_b}
        if not in_a or not in_b or len(told) != 1 or not one_act(in_a[0], in_b[0]):
            continue
        one_negated = in_a[0].negated != in_b[0].negated
        if one_negated or told == {_SIDES[family][1]}:  # the negation is the families' own: "failed to" / "fell short"
            return in_a[0], in_b[0]
    return None


def _opens(text: str, doer: str, k: int) -> bool:
    """The k-th word of the doer's words is the text's first word (capitalised as any first is)."""
    return k == 0 and text.lstrip().startswith(doer.lstrip())


# Families whose deeds are someone's: who was there, who approved. (A service runs or halts
# whoever tells it: "rail services were cancelled" / "trains ran".)
_DONE_BY_SOMEONE = frozenset(
    ["presence", "approval", "fate", "departure", "landing", "trapped", "condition", "standing", "charge", "spread"]
)
# Words for one fire: "the blaze was contained" / "the fire was still burning".
_FIRE_WORDS = frozenset(["fire", "blaze", "flame", "flames", "wildfire", "inferno", "bushfire"])
# What is stopped or still spreading: a fire, an outbreak, a spill (not rumours, damage, details).
_SPREADING = frozenset(["outbreak", "epidemic", "virus", "disease", "infection", "slick", "spill", "leak", "flood", "flooding"])
# Families told of whom they befell: the subject of "was killed" is the one it befell, and two
# statements must name one person or group ("the pilot survived" / "the pilot was killed"; not
# "three passengers survived" / "the pilot was killed").
_WHO_IT_BEFELL = frozenset(["fate", "departure", "trapped", "condition", "standing", "charge", "spread", "length"])


# Families whose word is followed by where, not by what it is done to ("trapped underground",
# "escaped from the pit"): two places there are no two acts.
_TOLD_WHERE = frozenset(["trapped"])


def one_act(x: Side, y: Side) -> bool:
    """Nothing shows two acts or two doers: what each acts on shares a word where both say
    ("accepted the pay offer" / "rejected the new rota": two things), the names before each
    share one where both give some, and the doer is not some of a group on one side only ("the
    climbers reached the summit" / "two of the climbers turned back")."""
    if x.family == "departure":
        return _one_person_left(x, y)
    if x.done_to and y.done_to and not x.done_to & y.done_to and x.family not in _TOLD_WHERE:
        return False
    if x.doer_names and y.doer_names and not x.doer_names & y.doer_names:
        return False  # "Elin Sorrow was absent" / "safety director Anton Greave appeared"
    if x.family == "length":  # one strike, one truce: a word in common around both
        return bool((x.doer_words | x.done_to) & (y.doer_words | y.done_to))
    words_x, words_y = (_fires_as_one(s) for s in (x, y))
    if x.family == "spread":  # one fire or one outbreak, named in both
        return bool(words_x & words_y & (_SPREADING_STEMS | {"fire"}))
    if x.family in _DONE_BY_SOMEONE and words_x and words_y and not words_x & words_y:
        return False  # "lawmakers approved the bill" / "the president vetoed the bill": two bodies
    return x.some_of == y.some_of


def _fires_as_one(side: Side) -> frozenset[str]:
    """The doer's words, a fire by any of its names as "fire" (for the spread family)."""
    if side.family != "spread":
        return side.doer_words
    return frozenset("fire" if w in _FIRE_STEMS else w for w in side.doer_words)


_FIRE_STEMS = frozenset(stem(w) for w in _FIRE_WORDS)
_SPREADING_STEMS = frozenset(stem(w) for w in _SPREADING)


def _one_person_left(x: Side, y: Side) -> bool:
    """One person told leaving in both: the subject of "resigned", "was fired", "was forced
    to quit", the object of "the club sacked the coach" (its doer is who removed them)."""
    px, py = _who_left(x), _who_left(y)
    return not (px and py and not px & py) and x.some_of == y.some_of


_REMOVING = frozenset(["fired", "dismissed", "sacked", "ousted", "removed", "axed"])


def _who_left(side: Side) -> frozenset[str]:
    """The words of whom a departure befell, but their titles ("Finance Minister Berg" and
    "Prime Minister Holm" share "minister" only)."""
    active = side.side == "removed" and side.word.split()[0].lower() in _REMOVING
    return (side.done_to if active else side.doer_words) - _TITLE_STEMS


_TITLE_STEMS = frozenset(stem(w) for w in TITLE_WORDS)


def _other(family: str, side: str) -> str:
    one, two = _SIDES[family]
    return two if side == one else one


def opposed(text_a: str, text_b: str, *, of_one_act: bool = False) -> tuple[Side, Side] | None:
    """A family whose words tell one side in one text and the other side in the other, each
    text telling one side only: the first such pair of words (with `of_one_act`, the first of
    one act: "the crew died" / "the passengers survived" leaves "sank" / "stayed afloat")."""
    a, b = sides(text_a), sides(text_b)
    for family in _SIDES:
        told_a = {s.side for s in a if s.family == family}
        told_b = {s.side for s in b if s.family == family}
        if len(told_a) == 1 and len(told_b) == 1 and told_a != told_b:
            x = next(s for s in a if s.family == family)
            y = next(s for s in b if s.family == family)
            if not of_one_act or one_act(x, y):
                return x, y
    return None
