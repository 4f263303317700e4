"""What part of a report to show (`--only`): sections by verdict, and omissions."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from ..models import Judgement, Report, Verdict


class Section(str, Enum):
    contradictions = "contradictions"
    agreements = "agreements"
    related = "related"
    omissions = "omissions"


ALL: frozenset[Section] = frozenset(Section)
VERDICTS = {Section.contradictions: Verdict.CONTRADICT, Section.agreements: Verdict.AGREE, Section.related: Verdict.RELATED}


def sections(only: Iterable[Section] | None) -> frozenset[Section]:
    """The sections to show: those named, or all of them when none is."""
    chosen = frozenset(only or ())
    return chosen or ALL


def shows(show: frozenset[Section], verdict: Verdict) -> bool:
    return any(VERDICTS.get(s) is verdict for s in show)


def judgements(report: Report, show: frozenset[Section] = ALL) -> list[Judgement]:
    """The report's judgements whose verdict is shown, in report order."""
    return [j for j in report.judgements if shows(show, j.verdict)]


def accounted(report: Report) -> str:
    """Where every statement went, in one line, so that none is left unexplained."""
    n = report.accounting.counts()
    line = (
        f"{len(report.statements)} statements: {n['linked']} linked · {n['omitted']} only in one source · "
        f"{n['near']} close to a statement of the other source but not linked · {n['without_substance']} without substance"
    )
    return line + (f" · {n['repeated']} repeated word for word in their report" if n["repeated"] else "")
