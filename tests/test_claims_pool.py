"""Claims parsed in worker processes are the claims parsed in-process (invented sentences)."""

from __future__ import annotations

import random
import signal
import time

import pytest
from typer.testing import CliRunner

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.cli import app  # noqa: E402
from compare.facts import claims_pool  # noqa: E402
from compare.facts.claims import BATCH_SIZE, claims_of_texts  # noqa: E402
from compare.match import judge  # noqa: E402

WHO = [
    "Ruritanian troops",
    "The Freedonian army",
    "Police in Novigrad",
    "Mayor Ilse Varga",
    "The harbour authority",
    "Two engineers",
]
DID = [
    "shelled the depot",
    "closed the bridge",
    "detained 14 protesters",
    "denied any role in the fire",
    "did not attack the convoy",
    "repaired the dam",
]
WHEN = ["on Monday", "late on 3 March", "after nearly four hours of talks", "before dawn", "in the spring of 2031", ""]
SAID = ["", ", officials said", ", according to a spokesman", ", the ministry claimed"]


def invented(count: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out = []
    for k in range(count):
        when = rng.choice(WHEN)
        out.append(f"{rng.choice(WHO)} {rng.choice(DID)}{' ' + when if when else ''}{rng.choice(SAID)} ({k}).")
    return out


def in_process_parse_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the in-process fallback fail, so that a passing test shows the workers ran."""

    def refuse(texts: object) -> None:
        raise AssertionError("parsed in-process, not in the workers")

    monkeypatch.setattr(claims_pool, "claims_of_texts", refuse)


def test_worker_processes_give_the_in_process_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = invented(3 * BATCH_SIZE + 40)
    expected = claims_of_texts(texts)
    in_process_parse_refused(monkeypatch)
    parsed = claims_pool.claims_in_processes(texts, workers=2, chunk=BATCH_SIZE)
    assert parsed == expected
    assert sum(bool(c.frames) for c in parsed) > len(texts) // 2  # claims were read, not empty ones


def test_a_pool_that_cannot_start_parses_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(claims_pool, "ProcessPoolExecutor", refuse)
    texts = invented(30, seed=5)
    assert claims_pool.claims_in_processes(texts) == claims_of_texts(texts)


def test_compare_through_the_cli_with_worker_processes(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under CliRunner (pytest's main module) the workers start and the report is the same."""
    texts = invented(120, seed=9)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Report one\n\n" + " ".join(texts[:70]) + "\n", encoding="utf-8")
    b.write_text("Report two\n\n" + " ".join(texts[50:]) + "\n", encoding="utf-8")
    args = ["compare", str(a), str(b), "--mode", "lexical", "-f", "json"]
    runner = CliRunner()
    judge._CLAIMS.clear()
    in_thread = runner.invoke(app, args)
    judge._CLAIMS.clear()
    queued: list[int] = []

    class Recording(claims_pool.ParsePool):
        def __init__(self) -> None:
            super().__init__(chunk=64)

        def parse(self, texts):  # type: ignore[no-untyped-def]
            queued.append(len(texts))
            return super().parse(texts)

    monkeypatch.setattr(judge, "PROCESSES_FROM", 10)
    in_process_parse_refused(monkeypatch)
    monkeypatch.setattr(judge, "ParsePool", Recording)
    in_workers = runner.invoke(app, args)
    judge._CLAIMS.clear()
    assert queued and queued[0] > 100
    assert in_thread.exit_code in (0, 1)
    assert (in_workers.exit_code, in_workers.output) == (in_thread.exit_code, in_thread.output)


def test_one_pool_parses_the_background_and_then_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts queued while one worker parses, then more once every core parses, on the same
    workers: the claims of each in order, the in-process ones."""
    texts = invented(2 * BATCH_SIZE + 30, seed=11)
    expected = claims_of_texts(texts)
    in_process_parse_refused(monkeypatch)
    pool = claims_pool.ParsePool(chunk=BATCH_SIZE)
    try:
        first = pool.parse(texts[: BATCH_SIZE + 7])
        pool.hurry()
        second = pool.parse(texts[BATCH_SIZE + 7 :])
        assert first() + second() == expected
    finally:
        pool.close()


def test_a_pool_whose_workers_cannot_start_parses_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(claims_pool, "ProcessPoolExecutor", refuse)
    texts = invented(40, seed=13)
    pool = claims_pool.ParsePool(chunk=16)
    try:
        assert pool.parse(texts)() == claims_of_texts(texts)
    finally:
        pool.close()


def test_a_comparison_takes_the_warm_worker_and_gets_the_same_report(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`warm_parser` starts a worker before the command runs; a small comparison (below
    `PROCESSES_FROM`) then parses in it, with the report a parse in a thread gives."""
    texts = invented(40, seed=17)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Report one\n\n" + " ".join(texts[:25]) + "\n", encoding="utf-8")
    b.write_text("Report two\n\n" + " ".join(texts[15:]) + "\n", encoding="utf-8")
    args = ["compare", str(a), str(b), "--mode", "lexical", "-f", "json"]
    runner = CliRunner()
    judge._CLAIMS.clear()
    in_thread = runner.invoke(app, args)
    judge._CLAIMS.clear()
    in_process_parse_refused(monkeypatch)
    monkeypatch.setattr(judge, "_read_claims_now", lambda *a, **k: pytest.fail("parsed in this process"))
    claims_pool.warm_parser()
    try:
        in_worker = runner.invoke(app, args)
        assert claims_pool.take_warm_pool() is None  # taken by the comparison
    finally:
        claims_pool.drop_warm_pool()
        judge._CLAIMS.clear()
    assert in_thread.exit_code in (0, 1)
    assert (in_worker.exit_code, in_worker.output) == (in_thread.exit_code, in_thread.output)


def test_statements_read_without_a_background_parse_go_to_the_warm_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """`check` reads claims without starting a background parse first: the warm worker parses them."""
    from compare.models import Statement

    texts = invented(12, seed=19)
    statements = [Statement(f"s:{k}", "s", k, t, 0, len(t), 0) for k, t in enumerate(texts)]
    judge._CLAIMS.clear()
    in_process_parse_refused(monkeypatch)
    monkeypatch.setattr(judge, "_read_claims_now", lambda *a, **k: pytest.fail("parsed in this process"))
    claims_pool.warm_parser()
    try:
        judge.read_claims(statements)
        assert [judge.claims_of_statement(s) for s in statements] == claims_of_texts(texts)
    finally:
        claims_pool.drop_warm_pool()
        judge._CLAIMS.clear()


def test_an_unused_warm_worker_stops_at_once() -> None:
    """A command that fails before it parses (a missing file: exit 2) does not wait for the
    worker to finish loading the parser, at exit or before."""
    claims_pool.warm_parser()
    pool = claims_pool._WARM[0]
    processes = [p for w in pool._workers for p in (w._processes or {}).values()]
    assert processes and claims_pool.cores_free() is not None  # a worker runs
    claims_pool.drop_warm_pool()
    deadline = time.monotonic() + 30.0
    for process in processes:
        # the executor's own thread may reap the process first: a join then returns without
        # the exit code, which that thread sets a moment later
        while process.exitcode is None and time.monotonic() < deadline:
            process.join(timeout=0.1)
        assert process.exitcode == -signal.SIGTERM  # ended, not left to load the parser and exit
    assert claims_pool.cores_free() is None


def test_a_worker_is_busy_only_while_it_has_work() -> None:
    """Embedding gets every core again once the worker has parsed all it was given."""
    pool = claims_pool.ParsePool(chunk=16)
    try:
        waiting = pool.parse(invented(20, seed=23))
        assert claims_pool.cores_free() == max(1, claims_pool.cores() - 1)
        waiting()
        assert claims_pool.cores_free() is None
    finally:
        pool.close()


def test_blas_gets_the_cores_a_worker_leaves() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    from compare.match.embed import blas_threads

    def blas() -> list[int]:
        return [p["num_threads"] for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"]

    before = blas()
    with blas_threads(1):
        assert set(blas()) <= {1}
    with blas_threads(None):
        assert blas() == before
    assert blas() == before


def test_a_stopped_worker_ends_at_once_and_cleanly() -> None:
    """A worker done with its chunks ends without the interpreter's teardown of the parser,
    and with exit code 0 (the pool reads any other as a broken worker)."""
    pool = claims_pool.ParsePool(chunk=16)
    processes = [p for w in pool._workers for p in (w._processes or {}).values()]
    try:
        assert len(pool.parse(invented(4, seed=29))()) == 4
        processes = processes or [p for w in pool._workers for p in (w._processes or {}).values()]
    finally:
        pool.close()
    assert processes
    for process in processes:
        process.join(timeout=30.0)
        assert process.exitcode == 0


def test_the_comparisons_own_process_keeps_its_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser loaded in this process (the in-process fallback) registers no quick exit:
    that is for workers only, and would end this process with 0 whatever it had to say."""
    registered: list[object] = []
    monkeypatch.setattr(claims_pool.atexit, "register", registered.append)
    claims_pool._start()
    assert registered == []
