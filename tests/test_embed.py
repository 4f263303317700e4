"""Semantic mode: the NumPy encoder against reference embeddings, offline by construction.

These tests need the 'semantic' extra and the model package. Where they are missing the
tests are skipped, unless COMPARE_REQUIRE_SEMANTIC=1 (set by CI), which turns a missing
model into a failure.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.match.embed import ModelUnavailable, load_encoder
from compare.match.settings import Settings
from compare.models import Verdict
from compare.pipeline import compare_paths

from .conftest import ISW, JAMESTOWN, encoder_or_skip, judgement

REFERENCE = Path(__file__).parent / "data" / "minilm-reference.json"


@pytest.fixture(scope="module")
def encoder():
    return encoder_or_skip()


def test_matches_reference_embeddings(encoder) -> None:
    ref = json.loads(REFERENCE.read_text(encoding="utf-8"))
    ours = encoder.encode(ref["texts"])
    theirs = np.asarray(ref["embeddings"], dtype=np.float32)
    cosines = (ours * theirs).sum(axis=1) / np.linalg.norm(theirs, axis=1)
    assert cosines.min() >= 0.999, cosines.min()


def test_paraphrases_are_closer_than_unrelated_sentences(encoder) -> None:
    v = encoder.encode(
        [
            "The two leaders met in Sochi on Monday.",
            "The presidents held talks at the Black Sea resort of Sochi.",
            "Wheat prices fell on the Chicago exchange.",
        ]
    )
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_no_hub_and_no_torch(encoder) -> None:
    encoder.encode(["Offline by construction."])
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    assert "torch" not in sys.modules and "huggingface_hub" not in sys.modules


def test_missing_model_folder_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ModelUnavailable, match="model folder not found"):
        load_encoder(tmp_path / "nowhere")
    (tmp_path / "config.json").write_text('{"model_type": "gpt2"}')
    with pytest.raises(ModelUnavailable, match="only BERT-family"):
        load_encoder(tmp_path)


def test_cli_semantic_mode_with_a_missing_model_exits_2(tmp_path) -> None:
    result = CliRunner().invoke(app, ["compare", str(ISW), str(JAMESTOWN), "--model", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "model folder not found" in result.stderr and "Traceback" not in result.output


def test_seed_pair_in_semantic_mode(encoder) -> None:
    report = compare_paths([ISW, JAMESTOWN], Settings.of(encoder))
    assert report.mode == "semantic"
    j = judgement(report, "meeting privately for nearly four hours", "for more than four hours")
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "quantity")
    j = judgement(report, "doubled the length of the Slavic Brotherhood", "This is a routine exercise")
    assert (j.verdict, j.kind) == (Verdict.CONTRADICT, "framing")
    assert judgement(report, "permanent home garrisons", "The troops “would return").verdict is Verdict.AGREE
    assert judgement(report, "permanent home garrisons", "reserve contingent of Russian law enforcement") is None
    assert judgement(report, "$1.5 billion state loan", "$1.5 billion loan to Belarus").verdict is Verdict.AGREE
    result = CliRunner().invoke(app, ["compare", str(ISW), str(JAMESTOWN), "--mode", "semantic", "--format", "json"])
    assert json.loads(result.stdout)["mode"] == "semantic"


def test_store_keeps_embeddings_and_check_uses_them(encoder, tmp_path) -> None:
    from compare.corpus.check import check_source
    from compare.corpus.ingest import ingest_paths
    from compare.corpus.store import Store
    from compare.read.load import load

    with Store(tmp_path / "s.sqlite") as st:
        ingest_paths(st, [JAMESTOWN], encoder)
        (row,) = st.db.execute("SELECT count(*) FROM statements WHERE embedding IS NOT NULL").fetchall()
        assert row[0] == st.statement_count() > 0
        report = check_source(st, load(ISW), Settings.of(encoder))
    assert report.mode == "semantic"
    meeting = next(s for s in report.subject_statements() if "nearly four hours" in s.text)
    assert report.status_of(meeting.id) is Verdict.CONTRADICT


def test_more_texts_than_the_cache_holds_in_one_call(encoder, monkeypatch) -> None:
    import compare.match.embed as embed_mod

    texts = [f"Convoy {n} crossed the border near Brest at dawn." for n in range(5)]
    reference = encoder.encode(texts)
    encoder._memo.clear()
    monkeypatch.setattr(embed_mod, "CACHE_SIZE", 2)
    again = encoder.encode(texts)  # evicting while filling must not lose this call's vectors
    assert np.allclose(again, reference, atol=1e-6) and len(encoder._memo) == 2
    encoder.memoize = False
    try:
        encoder._memo.clear()
        encoder.encode(["A sentence that is not kept."])
        assert encoder._memo == {}
    finally:
        encoder.memoize = True
