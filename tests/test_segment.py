from __future__ import annotations

import pytest

from compare.read.load import load
from compare.read.segment import dateline, dateline_place, inline_citations, is_citation, segment, sentence_spans

from .conftest import ISW, JAMESTOWN


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met Gen. Jones in Kyiv. They talked.", ["Mr. Smith met Gen. Jones in Kyiv.", "They talked."]),
        (
            "Messrs. Biden and Scholz spoke by phone. No statement followed.",
            ["Messrs. Biden and Scholz spoke by phone.", "No statement followed."],
        ),
        (
            "The U.S. Treasury froze the assets on Aug. 9 under Sen. Brown's bill.",
            ["The U.S. Treasury froze the assets on Aug. 9 under Sen. Brown's bill."],
        ),
        ("Officials in the U.S. The next day they left.", ["Officials in the U.S.", "The next day they left."]),
        ("Sanctions hit allies, i.e., Poland. Trade fell.", ["Sanctions hit allies, i.e., Poland.", "Trade fell."]),
        ("Dr. J. R. Smith testified. He denied it.", ["Dr. J. R. Smith testified.", "He denied it."]),
        ("Prices rose 3.5 percent. Wages fell.", ["Prices rose 3.5 percent.", "Wages fell."]),
        (
            "“We will not retreat,” the general said. Troops stayed.",
            ["“We will not retreat,” the general said.", "Troops stayed."],
        ),
        ("He said the talks were “over.” Nobody objected.", ["He said the talks were “over.”", "Nobody objected."]),
        (
            "The minister said, “Nothing was agreed. Talks go on” (Reuters, March 3). Markets fell.",
            ["The minister said, “Nothing was agreed. Talks go on” (Reuters, March 3).", "Markets fell."],
        ),
        ("Exports collapsed. (Interfax, May 2) Imports held.", ["Exports collapsed. (Interfax, May 2)", "Imports held."]),
        (
            "Turnout was low (about 40 percent. Officials said so) overall. Fine.",
            ["Turnout was low (about 40 percent. Officials said so) overall.", "Fine."],
        ),
        ("Where is the convoy? Nobody knows!", ["Where is the convoy?", "Nobody knows!"]),
        ("The vote was 52 vs. 48 in favor. It passed.", ["The vote was 52 vs. 48 in favor.", "It passed."]),
        # a photo credit run into the sentence before it by a scraped page
        (
            "The device was hidden beneath the van.(Police handout via AP) In this photo, investigators work.",
            ["The device was hidden beneath the van.", "(Police handout via AP) In this photo, investigators work."],
        ),
        ("The ceasefire (agreed in May.) held.", ["The ceasefire (agreed in May.) held."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("TASS, September 14", True),
        ("see EDM, September 10", True),
        ("Russia-1 TV, August 27; TASS, September 14", True),
        ("which in previous years had also involved Serbia", False),
        ("meropriatiya", False),
        ("NATO", False),
        ("see below", True),
    ],
)
def test_is_citation(body: str, expected: bool) -> None:
    assert is_citation(body) is expected


def test_seed_hard_cases() -> None:
    isw = [s.text for s in segment(load(ISW))]
    jt = segment(load(JAMESTOWN))
    texts = [s.text for s in jt]
    assert len(isw) == 43
    assert "Messrs. Putin and Lukashenka conferred, one-on-one, for more than four hours in Sochi." in texts
    peskov = next(s for s in jt if "Setting up a Russian military base" in s.text)
    assert peskov.text.endswith("This matter is not on the agenda” (TASS, September 14).")
    assert peskov.inline_citations == ("(TASS, September 14)",)
    routine = next(s for s in jt if s.text.startswith("This is a routine exercise"))
    assert "Slavic Brotherhood" in routine.context  # the anaphor borrows the previous sentence
    assert any(t.startswith("Mr. Putin counseled an internal dialogue") and "[i.e., the West]" in t for t in texts)


def test_an_anaphor_borrows_the_sentence_before_across_a_paragraph_break() -> None:
    from compare.read.load import parse

    text = "The mayor of Dorn was convicted of bribery on Monday.\n\nHe denied all the charges.\n\nThe court sat for a day."
    statements = segment(parse(text, path="a.txt", source_id="a"))
    denied = next(s for s in statements if s.text.startswith("He denied"))
    assert denied.context == "The mayor of Dorn was convicted of bribery on Monday."
    assert next(s for s in statements if s.text.startswith("The court")).context == ""


def test_a_pointing_sentence_hands_on_nothing_across_a_paragraph() -> None:
    from compare.read.load import parse

    text = "The mayor was convicted on Monday.\n\nHe denied the charges.\n\nThey said the vote was rigged."
    statements = segment(parse(text, path="a.txt", source_id="a"))
    assert statements[-1].context == ""


@pytest.mark.parametrize(
    ("text", "line", "place"),
    [
        ("BRENLOW, Lutania, May 2 (Northern Wire) - Half of the town was still without power.",
         "BRENLOW, Lutania, May 2 (Northern Wire) -", "BRENLOW"),
        ("PORT EDRIN (AP) — Rescuers pulled two men from the rubble.", "PORT EDRIN (AP) —", "PORT EDRIN"),
        ("TARVIK, Oct. 7 — The central bank cut its key rate.", "TARVIK, Oct. 7 —", "TARVIK"),
        ("KELM, Ostravia, March 3, 2024 -- The strike ended.", "KELM, Ostravia, March 3, 2024 --", "KELM"),
        ("The strike ended on Monday - a day early.", "", ""),
        ("NATO said on Monday - without giving details - that it would send more ships.", "", ""),
    ],
)  # fmt: skip
def test_dateline(text: str, line: str, place: str) -> None:
    assert dateline(text) == line
    assert dateline_place(text) == place


def test_a_dateline_is_blanked_from_the_claim_like_a_citation() -> None:
    text = "TARVIK, Oct 7 (Ledgerline) - The bank cut its rate, officials said (Radio Tarv, October 7)."
    assert inline_citations(text) == ["TARVIK, Oct 7 (Ledgerline) -", "(Radio Tarv, October 7)"]
