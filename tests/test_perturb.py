"""The perturbation harness's own logic (scripts/perturb.py), on reports written for these tests."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("perturb", ROOT / "scripts" / "perturb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["perturb"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


P = _load()

FIRE = (
    "Factory fire forces evacuation in Lindau\n\n"
    "A fire broke out at the Hessler paint factory in Lindau on September 14, officials said. "
    "Fire chief Marta Olsen said 40 workers were evacuated and 1,250 residents were told to stay indoors. "
    "The blaze was contained by the evening. "
    "Olsen said the cause had not been determined.\n\n"
    "Mayor Tomas Brandt visited the site on Tuesday. "
    "Brandt confirmed that production would resume in two weeks. "
    "Damage rose to 2.5 million euros, the insurer said. "
    "The factory had been inspected in July 2021.\n"
)


def stmt(text: str, snippet: str, sid: str = "a:1", entities: tuple[str, ...] = ()) -> P.Statement:
    """A statement over the sentence of `text` holding `snippet` (sentences end with '. ')."""
    start = text.index(snippet)
    start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    end = text.index(".", text.index(snippet) + len(snippet)) + 1
    return P.Statement(sid, start, end, text[start:end], entities)


def statements(text: str) -> list[P.Statement]:
    """Every sentence of the body, ids a:1…, with capitalised word runs as entities (what the tool roughly gives)."""
    out, pos = [], text.index("\n\n") + 2
    for n, m in enumerate(re.finditer(r"[^.\n][^\n]*?\.(?=\s|$)", text[pos:]), 1):
        start = pos + m.start() + (1 if text[pos + m.start()] == " " else 0)
        sentence = text[start : pos + m.end()]
        names = tuple(x.group() for x in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", sentence))
        out.append(P.Statement(f"a:{n}", start, pos + m.end(), sentence, names))
    return out


def changed(site: P.Site, span: str) -> tuple[str, str]:
    return span[site.start : site.end], site.after


# --------------------------------------------------------------------------- edit sites


def test_number_sites_skip_years_ordinals_dates_and_keep_format() -> None:
    span = "On March 3 the 2nd crew moved 40 drums, 1,250 litres and 2.5 tonnes, as in 2021, for four days."
    got = {changed(s, span) for s in P.number_sites(span)}
    assert got == {("40", "120"), ("1,250", "3,750"), ("2.5", "7.5"), ("four", "twelve")}


def test_number_sites_skip_one_sided_bounds() -> None:
    span = "On May 3, 60 trucks came. More than 40 people, at least 12 crews, up to $3 million and over four days, but about 70 trucks."
    assert [changed(s, span) for s in P.number_sites(span)] == [("60", "180"), ("70", "210")]


def test_number_sites_skip_names_and_codes() -> None:
    span = "Since World War Two the Su-25 and route A7 have carried 12:30 flights [3] (Monitor, September 8, 10)."
    assert P.number_sites(span) == []


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Crews arrived on September 14.", {("14", "24"), ("September", "August")}),
        ("It happened on July 29.", {("29", "19"), ("July", "June")}),
        ("It happened on March 31.", {("31", "21"), ("March", "April")}),
        ("Talks began Aug. 11.", {("11", "21"), ("Aug.", "July")}),
        ("Talks began on 5 March 2020.", {("5", "15"), ("March", "February")}),
        ("The plant was inspected in July 2021.", {("July", "June")}),
        ("Officials may return in May.", set()),
    ],
)
def test_date_sites(span: str, expected: set[tuple[str, str]]) -> None:
    assert {changed(s, span) for s in P.date_sites(span)} == expected


def test_no_edits_inside_a_citation() -> None:
    """A citation's date dates the source, not the claim: compare reads it as a citation."""
    span = "The dam was closed on 3 May after 12 days of rain (Harbour Gazette, May 7)."
    sites = P.sites_for("date", span, P.Statement("a:1", 0, len(span), span), [])
    assert {changed(s, span) for s in sites} == {("3", "13"), ("May", "April")}
    numbers = P.sites_for("number", span, P.Statement("a:1", 0, len(span), span), [])
    assert {changed(s, span) for s in numbers} == {("12", "36")}


@pytest.mark.parametrize(
    ("span", "before", "after"),
    [
        ("The blaze was contained by the evening.", "", " not"),
        ("Olsen did not say when the plant would reopen.", " not", ""),
        ("The crew wasn't warned.", "wasn't", "was"),
        ("The crew wasn’t warned.", "wasn’t", "was"),
        ("Olsen said the roof collapsed.", "said", "did not say"),
        ("Investigators have found traces of solvent.", "", " not"),
    ],
)
def test_negation_takes_the_first_site(span: str, before: str, after: str) -> None:
    site = P.negation_sites(span)[0]
    assert changed(site, span) == (before, after)
    assert after in span[: site.start] + after + span[site.end :]


@pytest.mark.parametrize(
    "span",
    [
        "Workers had to leave the hall.",
        "The reported fire spread fast.",
        "The company will never reopen the hall.",
        "It is unclear.",
    ],
)
def test_negation_skips_what_would_not_be_a_clean_edit(span: str) -> None:
    assert P.negation_sites(span) == []


def test_antonyms_keep_case_and_skip_names() -> None:
    span = "Before noon prices rose, and more than 40 people waited in the Rose Garden."
    assert {changed(s, span) for s in P.antonym_sites(span)} == {
        ("Before", "After"),
        ("rose", "fell"),
        ("more than", "fewer than"),
    }


def test_actor_swaps_a_proper_subject_for_another_one() -> None:
    stmts = statements(FIRE)
    names = P.subject_names(FIRE, stmts)
    assert "Brandt" in names and "Olsen" in names
    assert "The" not in names  # sentence-initial, never capitalised inside a sentence
    brandt = next(s for s in stmts if s.text.startswith("Brandt confirmed"))
    swaps = {changed(s, brandt.text) for s in P.actor_sites(brandt.text, brandt, names)}
    assert ("Brandt", "Olsen") in swaps
    assert all(after != "Mayor Tomas Brandt" for _, after in swaps)  # the same person is no swap


def test_delete_site_takes_the_blanks_after_the_sentence() -> None:
    s = stmt(FIRE, "The blaze was")
    site = P.delete_site(FIRE, s)
    out = FIRE[: site.start] + FIRE[site.end :]
    assert "The blaze" not in out and "indoors. Olsen said" in out


# --------------------------------------------------------------------------- choosing and applying edits


@pytest.mark.parametrize("kind", P.KINDS)
def test_each_edit_changes_only_its_span(kind: str) -> None:
    stmts = statements(FIRE)
    edits = P.choose_edits("fire.txt", FIRE, stmts, kind, 3, seed=1)
    assert edits, kind
    for e in edits:
        out = P.apply_edit(FIRE, e)
        assert out[: e.start] == FIRE[: e.start]
        assert out[e.start + len(e.after) :] == FIRE[e.end :]
        assert len(out) == len(FIRE) + e.delta
        assert e.stmt_start <= e.start <= e.end <= e.stmt_end + (e.end - e.stmt_end if kind == "delete" else 0)
        assert out != FIRE
    assert len({e.statement for e in edits}) == len(edits)  # one edit per statement


def test_edits_are_deterministic_for_a_seed() -> None:
    stmts = statements(FIRE)
    runs = {seed: [P.choose_edits("fire.txt", FIRE, stmts, k, 2, seed) for k in P.KINDS] for seed in range(6)}
    assert runs[0] == [P.choose_edits("fire.txt", FIRE, stmts, k, 2, 0) for k in P.KINDS]
    assert len({json.dumps([[P.asdict(e) for e in es] for es in r]) for r in runs.values()}) > 1


def test_offsets_map_back_to_the_original() -> None:
    e = P.Edit("r", "number", "a:2", 10, 50, 20, 22, "40", "120")  # one character longer
    assert [P.to_original(p, e) for p in (5, 20, 22, 23, 60)] == [5, 20, 22, 22, 59]
    d = P.Edit("r", "delete", "a:2", 10, 50, 10, 51, "", "")  # 41 characters removed
    assert P.to_original(10, d) == 51 and P.to_original(9, d) == 9


# --------------------------------------------------------------------------- scoring hand-made results


def doc(alignments: list[dict], omissions: list[dict] | None = None) -> dict:
    """Original a:1 [0,30) a:2 [31,60) a:3 [61,90); edited copy b:1 [0,30) b:2 [31,61) b:3 [62,91)."""
    spans = {"a": [(0, 30), (31, 60), (61, 90)], "b": [(0, 30), (31, 61), (62, 91)]}
    statements = [
        {"id": f"{src}:{i}", "source": src, "text": "x", "start": s, "end": e}
        for src, rows in spans.items()
        for i, (s, e) in enumerate(rows, 1)
    ]
    return {
        "sources": [{"id": "a"}, {"id": "b"}],
        "statements": statements,
        "alignments": alignments,
        "omissions": omissions or [],
    }


def link(a: str, b: str, verdict: str = "contradict", kind: str | None = "quantity") -> dict:
    return {"a": a, "b": b, "score": 0.5, "verdict": verdict, "kind": kind if verdict == "contradict" else None, "reasons": []}


NUMBER_EDIT = P.Edit("r", "number", "a:2", 31, 60, 40, 42, "40", "120")


def test_score_right_kind() -> None:
    out = P.score_edit(NUMBER_EDIT, doc([link("a:1", "b:1", "agree"), link("a:2", "b:2")]), 1, set())
    assert (out.result, out.kinds, out.counterpart, out.elsewhere) == ("right", ["quantity"], ["b:2"], 0)


def test_score_wrong_kind_and_missed() -> None:
    assert P.score_edit(NUMBER_EDIT, doc([link("a:2", "b:2", kind="framing")]), 1, set()).result == "wrong_kind"
    missed = P.score_edit(NUMBER_EDIT, doc([link("a:2", "b:2", "agree")]), 0, set())
    assert (missed.result, missed.pair_verdict) == ("missed", "agree")
    assert P.score_edit(NUMBER_EDIT, doc([link("a:2", "b:1", "related")]), 0, set()).pair_verdict == "unaligned"


def test_score_elsewhere_collateral_and_self() -> None:
    aligned = [link("a:2", "b:2", "related"), link("a:1", "b:3", kind="date"), link("a:3", "b:3"), link("a:1", "b:2")]
    out = P.score_edit(NUMBER_EDIT, doc(aligned), 1, {(0, 61)})  # b:3 starts at 62 in the copy, 61 in the original
    assert out.result == "missed"
    assert (out.elsewhere, out.elsewhere_in_self, out.collateral) == (2, 1, 1)


def test_score_antonym_accepts_negation_or_framing_and_bounds_quantity() -> None:
    flip = P.Edit("r", "antonym", "a:2", 31, 60, 40, 44, "rose", "fell")
    bound = P.Edit("r", "antonym", "a:2", 31, 60, 40, 49, "more than", "fewer than")
    assert P.score_edit(flip, doc([link("b:2", "a:2", kind="framing")]), 1, set()).result == "right"
    assert P.score_edit(flip, doc([link("a:2", "b:2", kind="quantity")]), 1, set()).result == "wrong_kind"
    assert P.score_edit(bound, doc([link("a:2", "b:2", kind="quantity")]), 1, set()).result == "right"


def test_score_actor_accepts_any_contradiction() -> None:
    swap = P.Edit("r", "actor", "a:2", 31, 60, 31, 36, "Olsen", "Brandt")
    assert P.score_edit(swap, doc([link("a:2", "b:2", kind="attribution")]), 1, set()).kinds == ["attribution"]
    assert P.score_edit(swap, doc([link("a:2", "b:2", kind="attribution")]), 1, set()).result == "right"


def test_score_deletion() -> None:
    gone = P.Edit("r", "delete", "a:2", 31, 60, 31, 61, "", "")
    assert P.score_edit(gone, doc([], [{"statement": "a:2", "missing_from": ["b"]}]), 0, set()).result == "omitted"
    assert P.score_edit(gone, doc([], [{"statement": "a:1", "missing_from": ["b"]}]), 0, set()).result == "not_omitted"
    assert P.score_edit(gone, None, 2, set()).result == "error"


# --------------------------------------------------------------------------- end to end, through the real CLI

FLOOD = (
    "River flood closes the Varna bridge\n\n"
    "The Kessel river burst its banks on April 9, officials said. "
    "About 300 residents were evacuated from the lower town. "
    "Mayor Ines Kovac said the bridge would stay closed for three days.\n\n"
    "Engineer Paul Reiter said the water rose faster than expected. "
    "Kovac confirmed that no one was injured. "
    "Reiter said 12 pumps were working through the night.\n"
)


def test_end_to_end_lexical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "flood.txt"
    report.write_text(FLOOD, encoding="utf-8")
    code = P.main([str(report), "--mode", "lexical", "--edits-per-kind", "1", "--json", "--jobs", "2"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report.read_text(encoding="utf-8") == FLOOD  # the input is never modified
    assert out["schema"] == "perturb-report/1" and out["mode"] == "lexical"
    assert [s["report"] for s in out["self"]] == [P.name_of(report)]
    assert out["self"][0]["exit_code"] in (0, 1) and out["self"][0]["statements"] > 0
    assert set(out["by_kind"]) == set(P.KINDS)
    assert {e["kind"] for e in out["edits"]} >= {"number", "date", "negation", "delete"}
    for e in out["edits"]:
        assert e["result"] in {"right", "wrong_kind", "missed", "omitted", "not_omitted"}
        assert len(e["change"]) < 60  # only the edited words, never the sentence
    assert set(out["targets"]) >= {"right_kind_rate", "elsewhere_contradictions", "deletions_omitted_rate", "self_exit_0"}


def test_a_country_and_its_capital_are_one_actor_to_swap() -> None:
    """ "Moscow said" for "Russia said" changes no actor: no such edit is made."""
    assert P.same_person("Russia", "Moscow") and P.same_person("Kyiv", "Ukraine")
    assert not P.same_person("Russia", "Ukraine") and not P.same_person("Ortega", "Smith")
