"""Pitting two statements' claims: `conflicts(a, b)` and `supports(a, b)`, which run the rule
tables both ways over the parts of the claims each rule reads (`_READS`), and leave out what a
statement reports of both sides itself.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...lexicons import WEEKDAY_NAMES
from .conflict_rules import (
    _LEAVING,
    _ONCE_IN_A_LIFE,
    _STAYING,
    CONFLICT_RULES,
    Rule,
    _absence_rule,
    _accusation_denial_rule,
    _aim_rule,
    _anchored_accusation_denial_rule,
    _anchored_denial_rule,
    _blame_cause_rule,
    _blame_rule,
    _cause_kind_rule,
    _cause_side_rule,
    _change_rule,
    _change_size_rule,
    _closed_venue_rule,
    _control_rule,
    _correction_rule,
    _deed_day_rule,
    _deed_place_rule,
    _denial_rule,
    _first_told_venue_rule,
    _generic_denial_rule,
    _harm_zero_rule,
    _lasting_status_rule,
    _measure_rule,
    _naming_rule,
    _negation_rule,
    _nobody_held_rule,
    _origin_year_rule,
    _part_count_rule,
    _part_in_use_rule,
    _presence_rule,
    _proposition_rule,
    _quality_rule,
    _quantity_rule,
    _rank_rule,
    _reason_rule,
    _rebuttal_rule,
    _replied_rule,
    _result_rule,
    _role_rule,
    _ruling_rule,
    _same_aim_rule,
    _same_blame_rule,
    _same_stance_rule,
    _same_timing_rule,
    _stance_rule,
    _status_rule,
    _talks_rule,
    _timing_rule,
    _venue_rule,
)
from .corrections import origin_of
from .doer_rules import _person_rule, _service_rule, services
from .extract import has_conflict_claims
from .model import Claims, Conflict, Support
from .support_rules import (
    SUPPORT_RULES,
    _mutual_blame_rule,
    _same_cause_rule,
    _same_charge_rule,
    _same_count_rule,
    _same_deed_rule,
    _same_denial_rule,
    _same_frame_rule,
    _same_predication_rule,
    _same_staging_rule,
    _same_status_rule,
)


def _both_ways(rules: Iterable[Rule], a: Claims, b: Claims) -> list[tuple[str, str, str, str]]:
    """What each rule finds in (a, b), then in (b, a); a rule is not called when one of the
    parts it reads (`_READS`) is empty, since it can find nothing then."""
    found: list[tuple[str, str, str, str]] = []
    has_a, has_b = a.parts, b.parts
    for rule in rules:
        x_part, y_part = _READS.get(rule, _ANY)
        if x_part in has_a and y_part in has_b:
            found += [(h.kind, h.reason, h.x_span, h.y_span) for h in rule(a, b)]
        if x_part in has_b and y_part in has_a:
            found += [(h.kind, h.reason, h.y_span, h.x_span) for h in rule(b, a)]
    return found


def _unique(items: Iterable[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    seen: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}
    for kind, reason, a_span, b_span in items:
        seen.setdefault((kind, a_span, b_span), (kind, reason, a_span, b_span))
    return sorted(seen.values())


def conflicts(a: Claims, b: Claims, *, rules: tuple[Rule, ...] = CONFLICT_RULES) -> tuple[Conflict, ...]:
    """Why a and b cannot both be true; empty when nothing clashes. conflicts(b, a) mirrors it.
    With `rules=LINKING_RULES`, only the conflicts that name what both are about.

    A text set against itself has no conflict: any opposition inside one text (an accusation and
    its denial) is reported by it, not asserted twice."""
    if a.text == b.text or not _may_conflict(a, b):
        return ()  # every rule reads a frame, a count, a cause, a status or an aim on each side
    found = [hit for hit in _both_ways(rules, a, b) if not _reported_both_ways(hit, a, b)]
    return tuple(Conflict(*item) for item in _unique(found))


def _may_conflict(a: Claims, b: Claims) -> bool:
    """Conflict claims on both sides, or a negated or denied clause on one and a clause on the other."""
    has_a, has_b = has_conflict_claims(a), has_conflict_claims(b)
    either = has_a and bool(b.propositions) or has_b and bool(a.propositions)
    by_doer = _done_by_service(a) and _done_by_service(b) or _done_by_person(a) and _done_by_person(b)
    ruled = bool(a.culprits and b.exclusions or b.culprits and a.exclusions)  # `_ruled_out_rule`
    corrected = bool(a.corrections and b.fillers or b.corrections and a.fillers)  # `_correction_rule`
    corrected = corrected or all(any(origin_of(f) for f in c.fillers) for c in (a, b))  # `_origin_rule`
    own = (
        any(p.emphatic for p in a.propositions)
        and bool(b.propositions)
        or any(p.emphatic for p in b.propositions)
        and bool(a.propositions)
    )  # `_own_doer_rule`
    return has_a and has_b or either or _dated(a) and _dated(b) or by_doer or ruled or corrected or own


def _dated(claims: Claims) -> bool:
    """A clause asserted with its own day, month, year, place or site (`_deed_day_rule`,
    `_origin_year_rule`, `_deed_place_rule`)."""
    return any(
        p.polarity == "+"
        and (
            p.days
            or p.when & WEEKDAY_NAMES
            or p.months
            or p.where
            or p.site
            or p.verb in _LEAVING | _STAYING | _ONCE_IN_A_LIFE.keys()
        )
        for p in claims.propositions
    )


def _done_by_service(claims: Claims) -> bool:
    """A clause asserted of a doer told as a service or a kind of people (`_service_rule`)."""
    return any(p.polarity == "+" and services(p.doer) for p in claims.propositions)


def _done_by_person(claims: Claims) -> bool:
    """A clause asserted of a doer named as a person (`_person_rule`)."""
    return any(p.polarity == "+" and p.person for p in claims.propositions)


def _reported_both_ways(hit: tuple[str, str, str, str], a: Claims, b: Claims) -> bool:
    """A statement that itself reports both sides (an accusation and its denial) contradicts neither."""
    _, _, a_span, b_span = hit
    return a_span in _self_spans(a) or b_span in _self_spans(b)


@functools.lru_cache(maxsize=4096)
def _self_spans(claims: Claims) -> frozenset[str]:
    spans: set[str] = set()
    for rule in CONFLICT_RULES:
        for hit in rule(claims, claims):
            spans.update((hit.x_span, hit.y_span))
    return frozenset(spans)


# The part of x and the part of y that each rule reads (a rule with x, y): every rule loops
# over the items of both, and finds nothing when either has none. Claim candidates are looked
# for among some 80,000 pairs in a long comparison, most of them without counts, causes,
# statuses or aims: the calls skipped were most of that time.
_ANY = ("text", "text")  # a rule not listed: always called
_READS: dict[Rule, tuple[str, str]] = {
    _denial_rule: ("frames", "frames"),
    _anchored_denial_rule: ("frames", "frames"),
    _accusation_denial_rule: ("frames", "frames"),
    _anchored_accusation_denial_rule: ("frames", "frames"),
    _generic_denial_rule: ("frames", "frames"),
    _blame_rule: ("frames", "frames"),
    _negation_rule: ("frames", "frames"),
    _quantity_rule: ("counts", "counts"),
    _part_count_rule: ("counts", "counts"),
    _harm_zero_rule: ("counts", "counts"),
    _nobody_held_rule: ("counts", "statuses"),
    _status_rule: ("statuses", "statuses"),
    _closed_venue_rule: ("statuses", "text"),
    _lasting_status_rule: ("statuses", "statuses"),
    _part_in_use_rule: ("statuses", "statuses"),
    _measure_rule: ("measures", "measures"),
    _rank_rule: ("ranks", "ranks"),
    _rebuttal_rule: ("rebuttals", "frames"),
    _cause_kind_rule: ("causes", "causes"),
    _cause_side_rule: ("causes", "causes"),
    _blame_cause_rule: ("frames", "causes"),
    _aim_rule: ("aims", "aims"),
    _same_denial_rule: ("frames", "frames"),
    _same_frame_rule: ("frames", "frames"),
    _same_count_rule: ("counts", "counts"),
    _same_status_rule: ("statuses", "statuses"),
    _same_cause_rule: ("causes", "causes"),
    _same_blame_rule: ("frames", "causes"),
    _same_aim_rule: ("aims", "aims"),
    _same_deed_rule: ("frames", "frames"),
    _mutual_blame_rule: ("mutual", "frames"),
    _same_charge_rule: ("frames", "frames"),
    _same_staging_rule: ("stagings", "stagings"),
    _same_predication_rule: ("predications", "predications"),
    _stance_rule: ("stances", "stances"),
    _change_rule: ("changes", "changes"),
    _change_size_rule: ("changes", "changes"),
    _ruling_rule: ("rulings", "rulings"),
    _result_rule: ("results", "results"),
    _talks_rule: ("talks", "talks"),
    _proposition_rule: ("propositions", "propositions"),
    _deed_day_rule: ("propositions", "propositions"),
    _origin_year_rule: ("propositions", "propositions"),
    _deed_place_rule: ("propositions", "propositions"),
    _presence_rule: ("propositions", "propositions"),
    _control_rule: ("controls", "controls"),
    _absence_rule: ("propositions", "text"),
    _reason_rule: ("reasons", "reasons"),
    _timing_rule: ("timings", "timings"),
    _naming_rule: ("namings", "namings"),
    _quality_rule: ("qualities", "qualities"),
    _correction_rule: ("corrections", "fillers"),
    _role_rule: ("roles", "roles"),
    _replied_rule: ("roles", "roles"),
    _same_timing_rule: ("timings", "timings"),
    _same_stance_rule: ("stances", "stances"),
    _service_rule: ("propositions", "propositions"),
    _venue_rule: ("venues", "venues"),
    _first_told_venue_rule: ("venues", "venues"),
    _person_rule: ("propositions", "propositions"),
}


def supports(a: Claims, b: Claims) -> tuple[Support, ...]:
    """Evidence that a and b make the same claim; empty when they conflict at all."""
    if conflicts(a, b):
        return ()
    found = _both_ways(SUPPORT_RULES, a, b)
    return tuple(Support(*item) for item in _unique(found))
