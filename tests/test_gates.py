"""The cheap gates in front of the extractors' regexes may skip work, never findings: whenever
a gated pattern matches a text, its gate must let the text through."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.facts import dates, extract, quantities
from compare.facts.text import CaseBlind, Gate, _lowercase_only, runs
from compare.lexicons import CERTAINTY_CUES, FRAME_PHRASES, NEGATION_CUES, REPORTING_VERBS

SENTENCES = [
    "The ministry didn't confirm the figures, and no one was hurt.",
    "Officials in Tbilisi said on Tuesday that the talks had failed.",
    "According to local media, dozens of buses were seen near Brest-Litovsk.",
    "Analysts almost certainly overstate the threat; it is unlikely to escalate.",
    "Nearly 3,000 troops returned to base two days later.",
    "The pro-Kremlin outlet called the drills a routine, long-planned exercise.",
    "Turnout was 55% (up from 48%) in the capital, the commission announced.",
    "Warsaw has yet to respond, as of this writing.",
]
# Words, cue phrases and glue characters that the patterns care about, in any case.
VOCAB = (
    [w for s in SENTENCES for w in s.split()]
    + list(NEGATION_CUES)
    + [c for c, _ in CERTAINTY_CUES]
    + list(REPORTING_VERBS)
    + [p for ps in FRAME_PHRASES.values() for p in ps]
    + ["September", "sept.", "Monday", "yesterday", "ago", "monthly", "twice", "no", "zero", "n't", "1.5", "$10", "2020"]
)
GLUE = [" ", " ", " ", "-", "'", "’", ", ", ". ", "(", ")", "_", ""]
texts = st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(GLUE), st.booleans()), min_size=1, max_size=12).map(
    lambda parts: "".join((w.upper() if up else w) + g for w, g, up in parts)
)

GATED: list[tuple[str, Gate, list[re.Pattern[str]]]] = [
    ("negation", extract._MAY_NEGATE, [extract._NEGATION_RX]),
    ("certainty", extract._MAY_BE_CERTAIN, [extract._CERTAINTY_RX]),
    ("framing phrases", extract._MAY_FRAME, list(extract._FRAME_PHRASE_RX.values())),
    ("attribution", extract._MAY_ATTRIBUTE, list(extract._ATTRIBUTION)),
    ("dates", dates._TRIGGER, [rx for _, rx in dates._PATTERNS]),
    ("quantities", quantities._TRIGGER, [quantities._QUANTITY, quantities._NO_NOUN]),
]


def _violations(text: str) -> list[str]:
    return [name for name, gate, patterns in GATED if any(p.search(text) for p in patterns) and not gate(text)]


def test_gates_pass_every_sentence_their_patterns_match() -> None:
    for s in SENTENCES:
        assert _violations(s) == [], s


@settings(max_examples=400, deadline=None)
@given(texts)
def test_a_gate_never_hides_a_match(text: str) -> None:
    assert _violations(text) == []


def test_gates_skip_texts_without_their_words() -> None:
    plain = "The delegation toured the factory and met its workers."
    assert not extract._MAY_NEGATE(plain) and not dates._TRIGGER(plain) and not quantities._TRIGGER(plain)
    assert dates._TRIGGER("They met in Sept. in Minsk.") and quantities._TRIGGER("Costs rose by 4 percent.")


def test_runs_split_on_hyphens_and_apostrophes() -> None:
    assert runs("Post-election talks weren't held") == frozenset({"post", "election", "talks", "weren", "t", "held"})


def _ungated(monkeypatch) -> None:
    """Every gate open: the extractors run all their patterns on every text."""
    monkeypatch.setattr(Gate, "__call__", lambda self, text: True)
    monkeypatch.setattr(extract, "_may_have_frame_words", lambda text: True)


HYPHENATED_AND_FOLDED = [
    "Moscow stepped up its step-up of forces; the build-up was long-planned, a pre-planned drill.",
    "The army doubled-up patrols and tripled its presence, an escalation Kyiv's allies called routine.",
    "Минск increased the pressure, dóubling fines.",
]


@settings(max_examples=200, deadline=None)
@given(texts)
def test_gated_extractors_find_what_ungated_ones_find(text: str) -> None:
    from datetime import date

    import pytest

    gated = (extract.frames_of(text), dates.find_dates(text, date(2021, 3, 4)), quantities.find_quantities(text))
    with pytest.MonkeyPatch.context() as mp:
        _ungated(mp)
        ungated = (extract.frames_of(text), dates.find_dates(text, date(2021, 3, 4)), quantities.find_quantities(text))
    assert gated == ungated


def test_frame_gate_passes_hyphenated_and_folded_cues() -> None:
    for text in SENTENCES + HYPHENATED_AND_FOLDED:
        assert extract._may_have_frame_words(text) or not extract.frames_of(text), text
    hyphenated, _, folded = HYPHENATED_AND_FOLDED
    assert {s.text for _, s in extract.frames_of(hyphenated)} >= {"step-up", "build-up", "long-planned", "pre-planned"}
    assert "dóubling" in {s.text for _, s in extract.frames_of(folded)}


# CaseBlind: a case-insensitive pattern scanned in lower case over ASCII text -----------------

BLIND = [rx for _, rx in dates._PATTERNS] + [dates._OFFSET, quantities._QUANTITY, quantities._NO_NOUN]


def _found(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_case_blind_patterns_find_what_case_insensitive_ones_find(text: str) -> None:
    for blind in BLIND:
        assert _found(blind.finditer(text)) == _found(blind.pattern.finditer(text)), blind.pattern.pattern
        first = blind.search(text)
        assert _found([first] if first else []) == _found(blind.pattern.finditer(text))[:1]


AGENTS = ["officials", "Officials", "the ministry", "MINISTRY", "spokesman", "a Spokeswoman", "local witnesses", "xsources"]
speeches = st.lists(
    st.tuples(st.sampled_from(VOCAB + AGENTS), st.sampled_from(GLUE + ["\n", "  "]), st.booleans()), min_size=1, max_size=10
).map(lambda parts: "".join((w.upper() if up else w) + g for w, g, up in parts))


@settings(max_examples=400, deadline=None)
@given(speeches)
def test_the_unnamed_speaker_pattern_is_tried_only_where_it_can_match(text: str) -> None:
    if extract._ATTRIBUTION[-1].search(text):
        assert extract._AGENT_SAYS.search(text) is not None


def test_the_extractors_patterns_are_scanned_in_lower_case() -> None:
    assert all(blind._lower is not None for blind in BLIND)


def test_patterns_whose_lower_case_form_could_differ_are_scanned_as_they_are() -> None:
    for pattern in (r"Kyiv", r"[A-Z]\w+", r"[!-_]", r"\S+", r"\x41", r"(?i:a)b", r"(?-i:a)", r"ſ", r"é", r"(a)\1", r"[a-\x7a]"):
        assert not _lowercase_only(pattern), pattern
        assert CaseBlind(pattern)._lower is None
    for pattern in (r"\b(?P<month>may|june)\s+[0-3]?\d\b", r"[$€£]\s?\d+", r"(?<![\w-])no\b", r"[a-z]+", r"[-–]"):
        assert _lowercase_only(pattern), pattern


def test_case_blind_reads_non_ascii_text_as_it_is() -> None:
    blind = CaseBlind(r"\bkelvin\b")
    text = "The KELVIN scale, the \u212aelvin sign, and kelvin."  # U+212A folds to k under IGNORECASE
    assert _found(blind.finditer(text)) == _found(blind.pattern.finditer(text))
    assert len(list(blind.finditer(text))) == 3
