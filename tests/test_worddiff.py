"""Word-level differences inside an aligned pair."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from compare.cli import app
from compare.output.worddiff import DiffSpan, similarity, word_diff

A = "Exports from the port increased sharply in February, the harbour authority said."
B = "Exports from the port decreased sharply in February, the authority said on Monday."


def test_runs_cover_both_texts_and_name_what_changed() -> None:
    diff = word_diff(A, B)
    assert [d.op for d in diff] == ["same", "replaced", "same", "only_a", "same", "only_b", "same"]
    replaced = diff[1]
    assert (A[slice(*replaced.a)], B[slice(*replaced.b)]) == ("increased", "decreased")
    assert A[slice(*diff[3].a)] == "harbour" and diff[3].b is None
    assert B[slice(*diff[5].b)] == "on Monday" and diff[5].a is None
    assert 0.7 < similarity(diff, A, B) < 1.0


def test_identical_and_unrelated_texts() -> None:
    assert word_diff(A, A) == (DiffSpan("same", (0, len(A)), (0, len(A))),)
    assert similarity(word_diff(A, "Nothing else matters here."), A, "Nothing else matters here.") < 0.2


def test_the_json_report_carries_the_word_diff_of_each_alignment(tmp_path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f"Port report\n\nMarch 3, 2023\n\n{A}\n")
    b.write_text(f"Port figures\n\nMarch 4, 2023\n\n{B}\n")
    result = CliRunner().invoke(app, ["compare", str(a), str(b), "--mode", "lexical", "--format", "json"])
    doc = json.loads(result.stdout)
    (al,) = doc["alignments"]
    texts = {s["id"]: s["text"] for s in doc["statements"]}
    changed = [(texts[al["a"]][slice(*d["a"])], texts[al["b"]][slice(*d["b"])]) for d in al["word_diff"] if d["op"] == "replaced"]
    assert ("increased", "decreased") in changed
