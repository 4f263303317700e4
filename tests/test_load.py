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
