"""--output never destroys a file: devices and pipes are written through, symlinks are
followed, modes are kept, inputs are refused, temporary files are unpredictable and cleaned up."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.errors import InputError
from compare.output import outfile

runner = CliRunner()
FIRE = "A fire broke out at the Delta paint factory on May 4. Three workers were injured, the fire service said.\n"
FLOOD = "The fire at the Delta paint factory injured three workers on May 4. The plant will reopen next week.\n"


@pytest.fixture
def reports(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "fire.txt", tmp_path / "other.txt"
    a.write_text(FIRE)
    b.write_text(FLOOD)
    return a, b


def compare_to(out: str, a: Path, b: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["compare", str(a), str(b), "--mode", "lexical", "--format", "json", "-o", out])
    return result.exit_code, result.stderr


def assert_one_line_error(code: int, err: str, fragment: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], err
    assert "Traceback" not in err


def test_dev_null_stays_a_device(reports) -> None:
    code, err = compare_to("/dev/null", *reports)
    assert code in (0, 1), err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_written_through(tmp_path: Path, reports) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    code, err = compare_to(str(fifo), *reports)
    reader.join(timeout=30)
    assert code in (0, 1), err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and got[0].startswith("{") and '"schema": "compare-report/1"' in got[0]


def test_a_symlink_writes_its_target_and_stays_a_link(tmp_path: Path, reports) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, err = compare_to(str(link), *reports)
    assert code in (0, 1), err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert '"schema"' in target.read_text()


def test_an_existing_file_keeps_its_mode(tmp_path: Path, reports) -> None:
    out = tmp_path / "report.json"
    out.write_text("old")
    out.chmod(0o640)
    code, err = compare_to(str(out), *reports)
    assert code in (0, 1), err
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert '"schema"' in out.read_text()


def test_a_new_file_follows_the_umask(tmp_path: Path, reports) -> None:
    out = tmp_path / "new.json"
    old = os.umask(0o027)
    try:
        code, err = compare_to(str(out), *reports)
    finally:
        os.umask(old)
    assert code in (0, 1), err
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


@pytest.mark.parametrize("how", ["same path", "relative path", "symlink", "hard link"])
def test_the_output_may_not_be_an_input(tmp_path: Path, reports, how: str, monkeypatch) -> None:
    a, b = reports
    if how == "same path":
        out = str(a)
    elif how == "relative path":
        monkeypatch.chdir(tmp_path)
        out = "./sub/../fire.txt"
        (tmp_path / "sub").mkdir()
    elif how == "symlink":
        (tmp_path / "alias.txt").symlink_to(a)
        out = str(tmp_path / "alias.txt")
    else:
        os.link(a, tmp_path / "hard.txt")
        out = str(tmp_path / "hard.txt")
    code, err = compare_to(out, a, b)
    assert_one_line_error(code, err, "is one of the input reports")
    assert a.read_text() == FIRE


@pytest.mark.parametrize("out", ["", ".", "/"])
def test_a_folder_is_not_an_output(reports, out: str) -> None:
    code, err = compare_to(out, *reports)
    assert_one_line_error(code, err, "is a directory")


def test_a_missing_folder_is_an_error(tmp_path: Path, reports) -> None:
    code, err = compare_to(str(tmp_path / "nowhere" / "r.json"), *reports)
    assert_one_line_error(code, err, "no such folder")


def test_a_planted_symlink_at_the_old_temporary_name_is_ignored(tmp_path: Path, reports) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "report.json"
    for pid in range(os.getpid() - 5, os.getpid() + 6):
        (tmp_path / f".report.json.{pid}.tmp").symlink_to(victim)
    code, err = compare_to(str(out), *reports)
    assert code in (0, 1), err
    assert victim.read_text() == "keep me"
    assert out.is_file() and not out.is_symlink()


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "report.json"
    out.write_text("previous")

    def interrupted(src: str, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(outfile.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        outfile.write_report(out, "new report")
    assert out.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_sigterm_during_the_write_removes_the_temporary_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "report.json"

    def killed(src: str, dst: object) -> None:
        os.kill(os.getpid(), 15)

    monkeypatch.setattr(outfile.os, "replace", killed)
    with pytest.raises(SystemExit):
        outfile.write_report(out, "new report")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_file_is_refused_for_other_users(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "report.json"
    out.write_text("previous")
    monkeypatch.setattr(outfile.os, "access", lambda path, mode: False)
    with pytest.raises(InputError, match="read-only"):
        outfile.write_report(out, "new")
    assert out.read_text() == "previous"


def test_a_report_that_writes_itself_is_written_like_its_text(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    outfile.write_report(target, lambda fh: [fh.write(piece) for piece in ("{", "\n", "}\n")])
    assert target.read_text() == "{\n}\n"
    text = "x" * (3 * outfile._PIECE + 5)  # written a piece at a time
    outfile.write_report(target, text)
    assert target.read_text() == text


def test_a_report_that_fails_while_writing_itself_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n")

    def broken(fh) -> None:
        fh.write("{")
        raise RuntimeError("failed half-way")

    with pytest.raises(RuntimeError):
        outfile.write_report(target, broken)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
