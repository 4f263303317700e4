"""Pairs in which one statement reports a denial of what the other states, found by meaning.

"The ministry rejected claims that a school had been hit" and "One shell struck the roof of the
primary school" share one word; the aligner may not link them, and no word list tells that
"struck" is what "had been hit" denies. Here the denied claim (`facts/denials.py`) is embedded
on its own and compared with every statement of the other report: the closest one, when it is
at least `floor` close, states what the denial denies. The judge decides whether that is a
contradiction (the two must agree in polarity: a denial of "aid had not arrived" contradicts
"no aid arrived").

Statements that themselves report a denial are never the target: two denials of one claim agree.
A statement that reports both the accusation and its denial is never the denier: it contradicts
neither side. Semantic mode only (it needs the encoder).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

import numpy as np

from ..facts.denials import DISMISSALS, Denial
from ..facts.extract import claim_text
from ..lexicons import CLAIM_NOUNS, STOPWORDS
from ..models import Candidate, DeniedClaim, Facts, Statement
from .judge import claims_of_statement, reports_denial

# A word that may be a form of a verb of denial or of making a story up: only these statements
# are parsed for denials.
_DENIAL_WORD = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|disput|rebut|disavow|repudiat|fabricat|invent|concoct|falsif|"
    r"(?:made|cooked|dreamed) up|" + "|".join(sorted(DISMISSALS)) + ")",
    re.IGNORECASE,
)


class _Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


def denial_links(
    left: Sequence[Facts],
    right: Sequence[Facts],
    groups: Sequence[Sequence[int]],
    statements: Mapping[str, Statement],
    vectors: tuple[np.ndarray, np.ndarray],
    encoder: _Encoder,
    floor: float,
) -> dict[tuple[str, str], DeniedClaim]:
    """(left id, right id) -> the denial one of them makes of what the other states."""
    left_ids = [f.statement_id for f in left]
    right_ids = [f.statement_id for f in right]
    deniers = _deniers([*left_ids, *right_ids], statements)
    if not deniers:
        return {}
    vectors = _alone(vectors, left_ids, right_ids, statements, encoder)
    on_left = set(left_ids)
    mine = {k: v for k, v in deniers.items() if k in on_left}
    own = {**dict(zip(left_ids, vectors[0])), **dict(zip(right_ids, vectors[1]))}
    out: dict[tuple[str, str], DeniedClaim] = {}
    said_by = {f.statement_id: f.attribution for f in (*left, *right)}
    for group in groups:
        cols = list(group)
        targets = [right_ids[j] for j in cols]
        _link(out, mine, targets, vectors[1][cols], own, deniers, encoder, floor, denier_first=True)
        _link_claimant(out, mine, targets, own, deniers, statements, said_by, denier_first=True)
        in_group = set(targets)
        theirs = {k: v for k, v in deniers.items() if k in in_group}
        _link(out, theirs, left_ids, vectors[0], own, deniers, encoder, floor, denier_first=False)
        _link_claimant(out, theirs, left_ids, own, deniers, statements, said_by, denier_first=False)
    return out


def _alone(
    vectors: tuple[np.ndarray, np.ndarray],
    left_ids: Sequence[str],
    right_ids: Sequence[str],
    statements: Mapping[str, Statement],
    encoder: _Encoder,
) -> tuple[np.ndarray, np.ndarray]:
    """The statements' vectors, each of a statement embedded with the sentence its anaphor
    points back to ("He said one shell struck the school" after the sentence naming him) made
    of its own words: a denied claim is compared with what the statement itself says."""
    out = []
    for ids, matrix in ((left_ids, vectors[0]), (right_ids, vectors[1])):
        rows = [k for k, sid in enumerate(ids) if statements[sid].context]
        if rows:
            matrix = matrix.copy()
            matrix[rows] = encoder.encode([claim_text(statements[ids[k]]) for k in rows])
        out.append(matrix)
    return out[0], out[1]


def with_denials(
    candidates: Sequence[Candidate], links: Mapping[tuple[str, str], DeniedClaim], score: Mapping[tuple[str, str], float]
) -> tuple[Candidate, ...]:
    """The candidates, each pair of `links` marked with its denial; pairs the aligner left
    out are added with their alignment `score`."""
    known = {(c.a, c.b) for c in candidates}
    marked = tuple(replace(c, denied=links[(c.a, c.b)]) if (c.a, c.b) in links else c for c in candidates)
    added = tuple(
        Candidate(a, b, round(score.get((a, b), 0.0), 4), (("denied", d.closeness),), denied=d)
        for (a, b), d in links.items()
        if (a, b) not in known
    )
    return marked + added


# How much less close than the denied claim the two whole statements may be.
_MATTER_SLACK = 0.05
_WORD = re.compile(r"[^\W\d_]+")


def _vague(denial: Denial) -> bool:
    """A denied claim of fewer than two words that say what it is ("any role", "involvement")."""
    words = {w.lower() for w in _WORD.findall(denial.span)} - STOPWORDS - CLAIM_NOUNS
    return len(words) < 2


def _deniers(ids: Sequence[str], statements: Mapping[str, Statement]) -> dict[str, tuple[Denial, ...]]:
    """The statements that report a denial, with what they deny (nothing for a denial frame
    whose claim the denial reader does not spell out: it is never a target either)."""
    out = {}
    for sid in ids:
        st = statements[sid]
        if not _DENIAL_WORD.search(st.text):
            continue
        claims = claims_of_statement(st)
        if claims is not None and claims.denials:
            both_ways = any(f.family == "accuse" and f.asserted for f in claims.frames)
            out[sid] = () if both_ways else claims.denials
        elif reports_denial(st):
            out[sid] = ()  # a denial read with no claim of its own ("called the allegations baseless"): no target
    return out


def _link(
    out: dict[tuple[str, str], DeniedClaim],
    deniers: Mapping[str, tuple[Denial, ...]],
    targets: Sequence[str],
    matrix: np.ndarray,
    own: Mapping[str, np.ndarray],
    skip: Mapping[str, object],
    encoder: _Encoder,
    floor: float,
    *,
    denier_first: bool,
) -> None:
    """Each denial of `deniers` linked to the closest statement of `targets` (rows of `matrix`)
    that reports no denial itself, when it is at least `floor` close and the two whole
    statements (`own`: the deniers' vectors) are about one matter too: a denied claim of a
    few words comes close to any statement that shares its words ("the ferry had been
    overloaded" to "the ferry was licensed to carry 200 passengers")."""
    items = [(sid, d) for sid, ds in deniers.items() for d in ds if not d.whose]
    keep = [k for k, t in enumerate(targets) if t not in skip]
    if not items or not keep:
        return
    closeness = encoder.encode([d.claim for _, d in items]) @ matrix[keep].T
    for (sid, d), row in zip(items, closeness):
        k = int(np.argmax(row))
        if float(row[k]) < floor or float(own[sid] @ matrix[keep[k]]) < floor - _MATTER_SLACK or _vague(d):
            continue
        target = targets[keep[k]]
        _keep(out, sid, target, d, float(row[k]), denier_first=denier_first)


# How close in meaning a statement that denies a party's claims ("dismissed the Tarsian claims as
# lies") and a statement that party is said to make must be for the one to deny the other.
CLAIMANT_FLOOR = 0.3


def _link_claimant(
    out: dict[tuple[str, str], DeniedClaim],
    deniers: Mapping[str, tuple[Denial, ...]],
    targets: Sequence[str],
    own: Mapping[str, np.ndarray],
    skip: Mapping[str, object],
    statements: Mapping[str, Statement],
    said_by: Mapping[str, str],
    *,
    denier_first: bool,
) -> None:
    """Each denial of a party's claims named only by their owner ("rejected Moscow's
    allegations") linked to the statement of `targets` told as that party's word (`_told_by`)
    of a deed done (not a plan or an announcement: "Moscow said talks would resume") that is
    closest to the denier, when at least `CLAIMANT_FLOOR` close: what the party says there is
    what is denied."""
    for sid, ds in deniers.items():
        for d in (d for d in ds if d.whose):
            said = [
                t
                for t in targets
                if t not in skip
                and _told_by(statements[t].text, said_by.get(t, "author"), d.whose)
                and _tells_a_deed(statements[t])
            ]
            if not said:
                continue
            closeness = [float(own[sid] @ own[t]) for t in said]
            k = int(np.argmax(closeness))
            if closeness[k] < CLAIMANT_FLOOR:
                continue
            _keep(out, sid, said[k], d, closeness[k], denier_first=denier_first)


def _keep(
    out: dict[tuple[str, str], DeniedClaim], denier: str, target: str, d: Denial, closeness: float, *, denier_first: bool
) -> None:
    """The link of `denier`'s denial `d` to `target`, the closest one where a pair has two."""
    pair = (denier, target) if denier_first else (target, denier)
    found = DeniedClaim(denier, d.span, round(closeness, 4), d.negated, d.words, d.by)
    if pair not in out or out[pair].closeness < found.closeness:
        out[pair] = found


def _told_by(text: str, attribution: str, owner: str) -> bool:
    """The statement is told as the owner's word: the owner is named in the phrase of its
    speaker ("Kessa's interior ministry said ..." for Kessa; "officials in Tarsia said"), or in
    brackets right after it ("the Federal Border Service (FBS) said ..." for the FBS). Not a
    statement that names the owner elsewhere ("Kyiv said Moscow had moved troops")."""
    at = text.lower().find(attribution.lower()) if attribution != "author" else -1
    if at < 0:
        return False
    end = at + len(attribution)
    brackets = re.match(r"\s*\([^)]*\)", text[end:])
    speaker = text[max(0, at - _OWNER_BEFORE) : end + (brackets.end() if brackets else 0)]
    return re.search(rf"\b{re.escape(owner)}\b", speaker, re.IGNORECASE) is not None


# How far before the speaker's words its owner may stand ("Kessa's interior ministry").
_OWNER_BEFORE = 30


def _tells_a_deed(st: Statement) -> bool:
    """A clause told as done ("the bombing was carried out by ..."), not only what is to come."""
    claims = claims_of_statement(st)
    return claims is None or any(p.done and not p.planned for p in claims.propositions)
