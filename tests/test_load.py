from __future__ import annotations

import re
from datetime import date

import pytest

from compare.errors import InputError
from compare.read.load import load, parse, source_id_for
from compare.read.segment import segment

from .conftest import ISW, JAMESTOWN

REPORT = """Ukraine Update: Shelling Resumes Near Kharkiv

March 3, 2022

By Jane Analyst

Russian forces shelled Kharkiv on March 2.¹ Officials said at least 12 civilians were killed,
according to the regional governor.² The attack damaged the \\$3 million water plant.

The city council will likely request more air defense systems before the end of
the month, and *may* ask for
help from Poland.

¹ <https://example((.))org/a>; <https://example.org/b>.

² [https://news\\(\\(.\\)\\)example/c](https://news((.))example/c)
"""


def test_metadata_title_date_byline() -> None:
    src = parse(REPORT, path="x.txt", source_id="x")
    assert src.title == "Ukraine Update: Shelling Resumes Near Kharkiv"
    assert src.date == date(2022, 3, 3)
    assert src.byline == "Jane Analyst"


def test_footnote_block_becomes_citations_not_statements() -> None:
    src = parse(REPORT, path="x.txt", source_id="x")
    assert [c.number for c in src.citations] == [1, 2]
    assert src.citations[0].urls == ("https://example.org/a", "https://example.org/b")
    assert src.citations[1].urls == ("https://news.example/c",)
    texts = [s.text for s in segment(src)]
    assert not any("example" in t for t in texts)


def test_glued_markers_become_references() -> None:
    src = parse(REPORT, path="x.txt", source_id="x")
    statements = segment(src)
    first = statements[0]
    assert first.text == "Russian forces shelled Kharkiv on March 2."
    assert first.footnotes == (1,)
    assert statements[1].footnotes == (2,)


def test_escaped_dollar_and_emphasis_are_read_as_text() -> None:
    src = parse(REPORT, path="x.txt", source_id="x")
    texts = [s.text for s in segment(src)]
    assert "The attack damaged the $3 million water plant." in texts
    assert any("and may ask for help from Poland." in t for t in texts)


def test_offsets_point_into_the_original_text() -> None:
    src = parse(REPORT, path="x.txt", source_id="x")
    for s in segment(src):
        original = src.text[s.start : s.end]
        cleaned = re.sub(r"[¹²³]|\\(?=\$)|\*", "", original)
        assert " ".join(cleaned.split()) == s.text


def test_page_break_inside_a_sentence_is_rejoined() -> None:
    src = parse(REPORT, path="x.txt", source_id="x")
    texts = [s.text for s in segment(src)]
    assert (
        "The city council will likely request more air defense systems before the end of the month, and may ask for help from Poland."
        in texts
    )


def test_seed_isw_page_break_and_footnotes() -> None:
    src = load(ISW)
    assert src.id == "isw" and src.date == date(2020, 9, 14) and src.byline == "Mason Clark"
    assert len(src.citations) == 19
    texts = [s.text for s in segment(src)]
    assert (
        "Lukashenko will likely refrain from large-scale crackdowns while continuing targeted detentions to steadily erode protester will."
        in texts
    )
    assert any(t.startswith("The Kremlin granted Belarus a $1.5 billion state loan") for t in texts)


def test_seed_jamestown_metadata_and_trailer_is_not_a_statement() -> None:
    src = load(JAMESTOWN)
    assert src.title == "Lukashenka holds his own with Putin in Sochi"
    assert src.date == date(2020, 9, 25)
    assert not any("reprinted" in s.text for s in segment(src))


@pytest.mark.parametrize(
    ("name", "expected"),
    [("isw-2020-09-14.txt", "isw"), ("Reuters_20220301.md", "reuters"), ("BBC report.txt", "bbc-report"), ("2020.txt", "2020")],
)
def test_source_ids(name: str, expected: str, tmp_path) -> None:
    assert source_id_for(tmp_path / name) == expected


def test_only_footnotes_is_an_error() -> None:
    with pytest.raises(InputError, match="no body text"):
        parse("Title line\n\n¹ https://example.org\n", path="t.txt", source_id="t")


FIRE = "Warehouse fire in Harbor District\n\n{lede}\n\nThe cause of the fire is not yet known, the fire chief said.\n"


@pytest.mark.parametrize(
    "lede",
    [
        "Crews fought the blaze at the warehouse for “three hours.”",
        "Crews fought the blaze at the warehouse for three hours, the chief said.”",
        "Crews fought the blaze at the warehouse for three hours.¹",
        "Crews fought the blaze at the warehouse for three hours.[2]",
        "Crews fought the blaze for three hours on March 3, 2023.",
    ],
)
def test_a_one_line_lede_is_a_statement_not_a_header(lede: str) -> None:
    src = parse(FIRE.format(lede=lede), path="f.txt", source_id="f")
    assert src.title == "Warehouse fire in Harbor District"
    assert any("three hours" in s.text for s in segment(src))


def test_a_lone_sentence_is_never_a_title() -> None:
    src = parse("The warehouse fire burned for “five hours.”\n", path="f.txt", source_id="f")
    assert src.title == ""
    assert [s.text for s in segment(src)] == ["The warehouse fire burned for “five hours.”"]


def test_short_date_line_is_still_metadata() -> None:
    src = parse("Port strike\n\nPublished May 2, 2023.\n\nDockers walked out at dawn.\n", path="p.txt", source_id="p")
    assert src.date == date(2023, 5, 2) and src.title == "Port strike"


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u009b"


def test_bidi_and_c1_controls_are_removed_from_titles_bylines_and_statements() -> None:
    text = f"Port {BIDI}strike\n\nBy Ana {BIDI}Silva\n\nDockers{BIDI} walked out at dawn.\u202e Cranes stood\u009b idle.\n"
    src = parse(text, path="p.txt", source_id="p")
    assert src.title == "Port strike" and src.byline == "Ana Silva"
    statements = segment(src)
    assert [s.text for s in statements] == ["Dockers walked out at dawn.", "Cranes stood idle."]
    for s in statements:
        assert not set(s.text) & set(BIDI)
        assert src.text[s.start : s.end].startswith(s.text[:3])


PDF_PASTE = """Harbor Authority Quarterly Review

The board will meet-
ing again on Septem-
ber 14 to review the Russian-
backed bid and the well-
known berth plan.

Page 1 of 2

Harbor Authority Quarterly Review

The crane operators said the new shift rota was a safety risk and that overtime had
been cut by half since the spring.

2

Harbor Authority Quarterly Review

Page 2 of 2
"""


def test_pdf_paste_hyphens_are_rejoined_only_inside_words() -> None:
    src = parse(PDF_PASTE, path="p.txt", source_id="p")
    texts = [s.text for s in segment(src)]
    assert (
        texts[0] == "The board will meeting again on September 14 to review the Russian-backed bid and the well-known berth plan."
    )


def test_pdf_paste_running_headers_and_page_numbers_are_dropped() -> None:
    src = parse(PDF_PASTE, path="p.txt", source_id="p")
    texts = [s.text for s in segment(src)]
    assert src.title == ""
    assert len(texts) == 2
    assert not any("Page" in t or "Quarterly" in t or t.strip().isdigit() for t in texts)
    for s in segment(src):  # offsets still point at the words in the original
        assert src.text[s.start : s.start + 8] == s.text[:8]


def test_pdf_paste_date_split_by_a_hyphen_is_found() -> None:
    from compare.facts.extract import extract_all

    src = parse(
        "Port review\n\nMarch 1, 2021\n\nThe board met on Septem-\nber 14 to review the plan.\n", path="p.txt", source_id="p"
    )
    statements = segment(src)
    facts = extract_all(statements, (src,))
    assert [d.start for d in facts[0].dates] == [date(2020, 9, 14)]


def test_hyphen_kept_when_the_document_writes_the_compound() -> None:
    text = "Fire update\n\nThe fire-\nfighters arrived at noon. Three fire-fighters were hurt.\n"
    texts = [s.text for s in segment(parse(text, path="f.txt", source_id="f"))]
    assert texts[0] == "The fire-fighters arrived at noon."


@pytest.mark.parametrize(
    ("raw", "cleaned", "markers"),
    [
        ("**Bold** start and an end *mark*.", "Bold start and an end mark.", ()),
        ("A * lone star and 2*3 stay.", "A * lone star and 2*3 stay.", ()),
        (
            "Kept [4] after a space, a note[5] after a word, [[6]] doubled.",
            "Kept [4] after a space, a note after a word, [[6]] doubled.",
            ((30, 5),),
        ),
        ("A link[7](https://x.example) is no note.", "A link[7](https://x.example) is no note.", ()),
        ("a hyphen-\nated word and 2-\n3 digits", "a hyphenated word and 2- 3 digits", ()),
    ],
)
def test_noise_is_read_where_it_is_and_nowhere_else(raw: str, cleaned: str, markers: tuple) -> None:
    """Emphasis marks, footnote markers and line-end hyphens, each only where its neighbours
    say it is one (the noise pattern looks behind the character it consumes)."""
    from compare.read.load import _clean

    p = _clean(raw, range(len(raw)), frozenset({"hyphenated"}))
    assert (p.text, p.markers) == (cleaned, markers)
