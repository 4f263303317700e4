"""Long reports are aligned over retrieved candidate pairs, not every pair: the same scores and
the same selection on the pairs scored, and a restated statement is always among them."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from compare.facts.claims import may_link
from compare.facts.extract import extract_all
from compare.match import block, judge
from compare.match.align import DEFAULT, SEMANTIC, PairScores, align_groups, idf_table
from compare.models import Facts, Source
from compare.pipeline import compare_sources
from compare.read.load import load
from compare.read.segment import segment

PEOPLE = ["Hilda Marsh", "Tomas Brenner", "Ines Kovac", "Oskar Lind", "Petra Saar", "Milan Duda", "Rhea Voss"]
TOWNS = ["Kelmor", "Ardent", "Vossberg", "Tarrin", "Oxley", "Pellham", "Quarn", "Sedgefield"]
TEMPLATES = [
    "{p} said that {n} families had left {t} by {month} {d}.",
    "The water plant at {t} stopped working on {month} {d}, {p} told reporters.",
    "A bus carrying {n} passengers was stopped outside {t}.",
    "{p} promised {n} new beds for the hospital in {t}.",
    "Crews repaired {n} metres of track east of {t} on {month} {d}.",
    "Farmers near {t} lost about {n} hectares of wheat to the flood.",
]
MONTHS = ["April", "May", "June", "July"]


def _sentence(rng: random.Random, template: str, n: int) -> str:
    slots = {"p": rng.choice(PEOPLE), "t": rng.choice(TOWNS), "month": rng.choice(MONTHS), "d": rng.randint(1, 28), "n": n}
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def _pair(count: int, seed: int = 3, *, folder: Path | None = None) -> tuple[Source, Source, list[tuple[int, int]]]:
    """Two reports of `count` sentences; every third sentence of the first is restated in the
    second with another figure. Also returns (index in first, index in second) of each restating."""
    rng = random.Random(seed)
    first, second, restated = [], [], []
    for k in range(count):
        template = rng.choice(TEMPLATES)
        state = rng.getstate()
        first.append(_sentence(rng, template, rng.randint(10, 900)))
        if k % 3 == 0:
            rng.setstate(state)  # the same slots…
            second.append(_sentence(rng, template, rng.randint(1000, 5000)))  # …and another figure
            restated.append((k, len(second) - 1))
        else:
            second.append(_sentence(random.Random(seed * 1000 + k), rng.choice(TEMPLATES), rng.randint(10, 900)))
    assert folder is not None
    paths = folder / "one.txt", folder / "two.txt"
    for path, sentences in zip(paths, (first, second)):
        path.write_text(f"Report {path.stem}\n\nAugust 2, 2024\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    return load(paths[0]), load(paths[1]), restated


def _facts(a: Source, b: Source) -> tuple[list[Facts], list[Facts], dict[str, float]]:
    statements = [*segment(a), *segment(b)]
    facts = extract_all(statements, (a, b))
    left = [f for s, f in zip(statements, facts) if s.source == "one"]
    right = [f for s, f in zip(statements, facts) if s.source == "two"]
    return left, right, idf_table(facts)


def _unit_vectors(n: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, 8)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.mark.parametrize("semantic", [False, True])
def test_scoring_listed_pairs_gives_what_scoring_every_pair_gives(monkeypatch, tmp_path: Path, semantic: bool) -> None:
    left, right, idf = _facts(*_pair(45, folder=tmp_path)[:2])
    vectors = (_unit_vectors(len(left), 1), _unit_vectors(len(right), 2)) if semantic else None
    config = SEMANTIC if semantic else DEFAULT
    exact, dense = align_groups(left, right, [range(len(right))], idf=idf, config=config, vectors=vectors)
    every = tuple(np.indices((len(left), len(right))).reshape(2, -1))
    monkeypatch.setattr(block, "EXACT_PAIRS", 0)
    monkeypatch.setattr(block, "candidate_pairs", lambda *_, **__: every)
    listed, sparse = align_groups(left, right, [range(len(right))], idf=idf, config=config, vectors=vectors)
    assert dense.matrix is not None and sparse.matrix is None
    assert [(c.a, c.b, c.score, c.signals) for c in listed] == [(c.a, c.b, c.score, c.signals) for c in exact]
    assert np.allclose(sparse.values, dense.matrix.ravel(), atol=1e-6)
    skip_rows, skip_cols = np.arange(len(left)) % 4 == 0, np.arange(len(right)) % 5 == 0
    for got, want in zip(sparse.best(skip_rows, skip_cols), dense.best(skip_rows, skip_cols)):
        assert np.allclose(got, want, atol=1e-6)


def test_retrieval_keeps_every_link_that_scoring_every_pair_makes(monkeypatch, tmp_path: Path) -> None:
    a, b, restated = _pair(120, folder=tmp_path)
    left, right, idf = _facts(a, b)
    exact, _ = align_groups(left, right, [range(len(right))], idf=idf)
    monkeypatch.setattr(block, "EXACT_PAIRS", 0)
    candidates, scores = align_groups(left, right, [range(len(right))], idf=idf)
    assert scores.matrix is None
    assert {(c.a, c.b) for c in candidates} == {(c.a, c.b) for c in exact}
    linked = {(c.a, c.b) for c in candidates}
    assert sum((left[i].statement_id, right[j].statement_id) in linked for i, j in restated) >= 0.8 * len(restated)
    assert len(scores.rows) < len(left) * len(right) / 2


def test_exact_up_to_the_limit() -> None:
    assert block.exact(500, 500) and not block.exact(501, 500)


def test_a_comparison_over_retrieved_pairs_gives_the_same_report(monkeypatch, tmp_path: Path) -> None:
    a, b, _ = _pair(60, folder=tmp_path)
    exact = compare_sources([a, b])
    monkeypatch.setattr(block, "EXACT_PAIRS", 0)
    blocked = compare_sources([a, b])
    assert any(j.kind == "quantity" for j in exact.judgements)
    assert blocked.judgements == exact.judgements
    assert blocked.omissions == exact.omissions and blocked.groups == exact.groups


def test_pair_scores_of_a_listed_pair_and_of_a_pair_left_out() -> None:
    scores = PairScores((2, 3), np.array([0, 1]), np.array([2, 0]), np.array([0.5, 0.25], dtype=np.float32))
    assert scores.at(0, 2) == 0.5 and scores.at(1, 0) == 0.25 and scores.at(1, 1) == 0.0
    rows, cols = scores.best(np.array([False, False]), np.array([True, False, False]))
    assert rows.tolist() == [0.5, 0.0] and cols.tolist() == [0.0, 0.0, 0.5]


def test_a_long_report_links_a_statement_to_its_best_few_only() -> None:
    from compare.match.align import _among_best

    rows = np.array([0] * 12 + [1, 1])
    scores = np.array([0.9 - 0.01 * k for k in range(12)] + [0.5, 0.4], dtype=np.float32)
    keep = np.ones(len(rows), dtype=bool)
    keep[3] = False
    kept = _among_best(rows, scores, keep)
    assert kept[:12].sum() == block.LINKS_PER_STATEMENT and not kept[3]
    assert kept[: block.LINKS_PER_STATEMENT + 1].tolist() == [True, True, True, False] + [True] * (block.LINKS_PER_STATEMENT - 3)
    assert kept[12] and kept[13]


def test_a_long_comparison_parses_only_the_statements_it_reads(monkeypatch, tmp_path: Path) -> None:
    """Past the limit the parser reads the statements a conflict may be read from and those the
    judge asks about, not the ones whose every pair conflicts on a figure: the same report."""
    a, b, _ = _pair(60, folder=tmp_path)
    parsed: list[str] = []
    parse = judge.claims_of_texts
    monkeypatch.setattr(judge, "claims_of_texts", lambda texts: parsed.extend(texts) or parse(texts))
    judge._CLAIMS.clear()
    exact = compare_sources([a, b])
    everything = set(parsed)
    parsed.clear()
    judge._CLAIMS.clear()
    monkeypatch.setattr(block, "EXACT_PAIRS", 0)
    blocked = compare_sources([a, b])
    judge._CLAIMS.clear()
    assert blocked.judgements == exact.judgements
    assert len(set(parsed)) == len(parsed), "a statement was parsed twice"
    assert {t for t in everything if may_link(t)} <= set(parsed) < everything


def _bare(sid: str, tokens: list[str], context: tuple[str, ...] = ()) -> Facts:
    from compare.models import Certainty

    return Facts(sid, tuple(tokens), (), (), (), "author", Certainty.ASSERTED, "", (), context_tokens=context)


def test_retrieval_ranks_every_target_as_scoring_one_pair_at_a_time_would(monkeypatch) -> None:
    """The pool, its masses (rare terms looked up, frequent ones counted) and each query's
    best targets, against a plain loop over one query and one target at a time."""
    rng = random.Random(5)
    common = [f"common{k}" for k in range(6)]  # in most statements: counted, never looked up
    words = [f"word{k}" for k in range(300)]

    def statement(sid: str) -> Facts:
        return _bare(sid, rng.sample(common, 3) + rng.sample(words, 6) + ["@" + rng.choice(PEOPLE).split()[1].lower()])

    queries = [statement(f"q{k}") for k in range(140)]
    targets = [statement(f"t{k}") for k in range(160)]
    idf = idf_table(queries + targets)
    monkeypatch.setattr(block, "COMMON_FLOOR", 20)
    monkeypatch.setattr(block, "QUERY_BLOCK", 32)
    rows, cols = block._by_terms(queries, targets, idf)

    held = {t: [j for j, f in enumerate(targets) if t in f.tokens] for f in targets for t in f.tokens}
    want = set()
    for i, q in enumerate(queries):
        rare = sorted((t for t in set(q.tokens) if 0 < len(held.get(t, [])) <= 20), key=lambda t: (len(held[t]), t))
        pool = sorted({j for t in rare[: block.RARE_TERMS] for j in held[t]})
        mass = {j: sum(idf[t] for t in rare[: block.RARE_TERMS] if j in held[t]) for j in pool}
        for t in set(q.tokens):
            if len(held.get(t, [])) > 20:
                for j in pool:
                    mass[j] += idf[t] * (j in held[t])
        want |= {(i, j) for j in sorted(pool, key=lambda j: (-mass[j], j))[: block.CANDIDATES]}
    assert any(len(js) > 20 for js in held.values()) and len(want) > len(queries) * 5
    assert set(zip(rows.tolist(), cols.tolist())) == want


def test_overlap_of_listed_pairs_is_the_weighted_overlap_of_each_pair() -> None:
    from compare.match.align import _bag, _overlap_pairs

    rng = random.Random(8)
    vocab = [f"w{k}" for k in range(40)] + [f"@n{k}" for k in range(10)]
    left = [_bare(f"l{k}", rng.sample(vocab, 7), tuple(rng.sample(vocab, 3)) if k % 3 else ()) for k in range(30)]
    right = [_bare(f"r{k}", rng.sample(vocab, 5), tuple(rng.sample(vocab, 4)) if k % 4 else ()) for k in range(25)] + [
        _bare("r-empty", [])
    ]
    idf = idf_table(left + right)
    bags_l, bags_r = [_bag(f, 0.5) for f in left], [_bag(f, 0.5) for f in right]
    rows, cols = (a.ravel() for a in np.indices((len(left), len(right))))
    for entities in (False, True):
        dice, cover = _overlap_pairs(bags_l, bags_r, rows, cols, idf, 0.5, entities=entities)
        for k, (i, j) in enumerate(zip(rows.tolist(), cols.tolist())):
            a = {t: w for t, w in bags_l[i].items() if t.startswith("@") == entities}
            b = {t: w for t, w in bags_r[j].items() if t.startswith("@") == entities}
            ma, mb = sum(w * idf[t] for t, w in a.items()), sum(w * idf[t] for t, w in b.items())
            shared = sum(idf[t] * (1.0 if a[t] >= 1 and b[t] >= 1 else 0.5) for t in a.keys() & b.keys())
            assert dice[k] == pytest.approx(2 * shared / (ma + mb) if ma and mb else 0.0, abs=1e-6)
            assert cover[k] == pytest.approx(shared / min(ma, mb) if ma and mb else 0.0, abs=1e-6)
        assert (dice > 0).any() and (cover == 0).any()


def test_retrieval_does_not_depend_on_the_string_hash_seed(tmp_path: Path) -> None:
    """The pooled weights are summed in an order of the query's own words, not of a set's
    (which changes with PYTHONHASHSEED and could rank near-ties differently from run to run)."""
    import hashlib
    import os
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from bench_size import synthetic_pair  # sentences with many words frequent enough to be pooled

    for name, text in zip(("one.txt", "two.txt"), synthetic_pair(60_000, seed=2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    program = (  # the weights of the pooled pairs, to the last bit, and the report
        "import hashlib, sys\n"
        "from compare.match import block\n"
        "block.EXACT_PAIRS = 0\n"
        "seen = hashlib.sha256()\n"
        "top = block._top_per_row\n"
        "def spy(r, c, mass, k):\n"
        "    seen.update(mass.tobytes())\n"
        "    return top(r, c, mass, k)\n"
        "block._top_per_row = spy\n"
        "from compare.pipeline import compare_paths\n"
        "r = compare_paths(sys.argv[1:])\n"
        "seen.update(repr((r.judgements, r.omissions)).encode())\n"
        "print(seen.hexdigest())\n"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        done = subprocess.run(
            [sys.executable, "-c", program, str(tmp_path / "one.txt"), str(tmp_path / "two.txt")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(done.stdout.strip())
    assert len(digests) == 1 and hashlib.sha256(b"").hexdigest() not in digests
