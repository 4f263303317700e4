"""The fast JSON writer writes what `json.dumps(..., ensure_ascii=False, indent=2)` writes."""

from __future__ import annotations

import enum
import json
import random

import pytest

from compare.output import jsonwrite


class Colour(str, enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


CASES = [
    None,
    True,
    0,
    -17,
    2**70,
    0.1,
    -0.0,
    1e-7,
    3.5e300,
    float("inf"),
    float("-inf"),
    float("nan"),
    "",
    'quote " backslash \\ tab \t newline \n bell \x07 nul \x00',
    "Zürich – «Grüße» 東京 \u202e bidi \ud7ff",
    [],
    {},
    [[], {}, [[]], {"a": {}}],
    (1, "two", (3.0,)),
    {"b": 1, "a": [1, 2, {"c": None}], "": "empty key"},
    {7: "int key", 2.5: "float key", False: "bool key", None: "none key"},
    {"verdict": Colour.RED, "level": Level.HIGH},
]


@pytest.mark.parametrize("obj", CASES, ids=range(len(CASES)))
def test_the_same_bytes_as_the_standard_library(obj) -> None:
    assert jsonwrite.dumps(obj) == json.dumps(obj, ensure_ascii=False, indent=2)


def test_a_large_nested_document_is_written_the_same_across_flushes(monkeypatch) -> None:
    rng = random.Random(5)
    doc = {
        "rows": [
            {"id": f"s{k}", "score": rng.random(), "spans": [[rng.randint(0, 99), rng.randint(100, 200)]] * rng.randint(0, 3)}
            for k in range(3000)
        ]
    }
    monkeypatch.setattr(jsonwrite, "FLUSH", 100)
    assert jsonwrite.dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=2)


def test_what_json_cannot_write_is_refused() -> None:
    with pytest.raises(TypeError):
        jsonwrite.dumps({"when": object()})
    with pytest.raises(TypeError):
        jsonwrite.dumps({(1, 2): "tuple key"})


def test_dump_writes_to_a_file_what_dumps_returns(monkeypatch) -> None:
    import io

    doc = {"rows": [{"id": f"s{k}", "spans": [[k, k + 1]], "text": "Zürich"} for k in range(500)]}
    monkeypatch.setattr(jsonwrite, "FLUSH", 50)  # many writes
    out = io.StringIO()
    jsonwrite.dump(doc, out, end="\n")
    assert out.getvalue() == jsonwrite.dumps(doc, end="\n") == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def test_deep_nesting_is_indented_like_the_standard_library() -> None:
    doc: object = {"leaf": [1, "two"]}
    for k in range(40):
        doc = [doc, {"level": k}] if k % 2 else {"down": doc}
    assert jsonwrite.dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=2)
