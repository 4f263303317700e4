"""Claim frames read from a dependency parse, and the rules that pit two statements' claims.

A *claim frame* is one predicate of a sentence with its participants: who did it (agent), to
what (patient), whether it is negated, and whether it is reported speech that denies or
accuses. Beside frames, a statement's `Claims` hold counted casualties (with their hedge),
the causes it gives for damage, and operating-status words.

`conflicts(a, b)` names the ways two statements cannot both be true; `supports(a, b)` names
the evidence that they make the same claim. Both are symmetric and both are deliberately
narrow: a false contradiction costs an analyst's trust, so every rule asks for the same thing
(same counted thing, same predicate family, same actor) on both sides before it speaks.

Self-contained: the standard library and spaCy only, so it can move between packages.

The package's modules, each importing only those above it:

- `model`: the frozen dataclasses (`Participant`, `Frame`, `Count`, ..., `Claims`, `Conflict`, `Support`).
- `parser`: the spaCy pipeline, loaded once (`load_parser`).
- `reading`: reading a parse: sides, participants, agents and patients, negation, frames, time words.
- `stances`, `changes`, `outcomes`, `status`, `counts`, `causes`, `roles`, `fakes`, `owners`: one
  family of claims each (stances and control, changes of a figure, rulings/results/talks,
  operating statuses, counts, causes/aims/reasons, roles, claims of faking, things of a side).
- `extract`: `claims_of` and `claims_of_texts`, which read every family from a text.
- `conflict_rules`, `support_rules`: the rules and their tables; `rules`: `conflicts` and `supports`.

The names below are this package's public face; import them from `compare.facts.claims`.
"""

from __future__ import annotations

from .conflict_rules import (
    CONFLICT_RULES,
    LINKING_RULES,
    accesses_apart,
    counts_match,
    earlier_toll,
    one_counted_thing,
    stances_apart,
    statuses_apart,
    votes_apart,
)
from .doer_rules import doers_apart
from .extract import BATCH_SIZE, claims_of, claims_of_texts, has_conflict_claims, may_link
from .model import Aim, Cause, Claims, Conflict, Count, Frame, ParserUnavailable, Participant, Staging, Status, Support
from .owners import owners_apart
from .parser import MODEL_MODULES, UNUSED_COMPONENTS, load_parser
from .qualities import negative_prefix
from .reading import same_kind, side_of_word
from .rules import conflicts, supports
from .support_rules import (
    SUPPORT_RULES,
    denial_of_other_things,
    different_doers,
    same_event,
    slot_difference,
    stances_of_two_holders,
)

__all__ = [
    "accesses_apart",
    "Aim",
    "Cause",
    "Claims",
    "Conflict",
    "Count",
    "Frame",
    "ParserUnavailable",
    "Participant",
    "Staging",
    "Status",
    "Support",
    "BATCH_SIZE",
    "CONFLICT_RULES",
    "LINKING_RULES",
    "MODEL_MODULES",
    "SUPPORT_RULES",
    "UNUSED_COMPONENTS",
    "claims_of",
    "claims_of_texts",
    "conflicts",
    "counts_match",
    "denial_of_other_things",
    "different_doers",
    "doers_apart",
    "earlier_toll",
    "has_conflict_claims",
    "load_parser",
    "may_link",
    "negative_prefix",
    "one_counted_thing",
    "owners_apart",
    "same_event",
    "same_kind",
    "side_of_word",
    "slot_difference",
    "stances_of_two_holders",
    "stances_apart",
    "statuses_apart",
    "supports",
    "votes_apart",
]
