"""The bad-input matrix: every case gives a correct report or a one-line error naming the file
and the problem, exit code 2, and no traceback. The table in README.md lists the same cases."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import threading
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.errors import InputError
from compare.read.load import MAX_BYTES, read_bytes

from .conftest import ISW

runner = CliRunner()

ENGLISH = (
    "Russian forces shelled Kharkiv on March 2. At least 12 civilians were killed, the governor said.\n\n"
    "The city council will likely ask for more air defense systems.\n"
)
OTHER = "Ukrainian officials said 12 civilians were killed in Kharkiv on March 2. The council asked for air defense.\n"
RUSSIAN = "Российские войска обстреляли Харьков 2 марта. По словам губернатора, погибли не менее 12 мирных жителей.\n"


def run(*paths) -> tuple[int, str, str]:
    result = runner.invoke(app, ["compare", *map(str, paths), "--mode", "lexical"])
    return result.exit_code, result.stdout, result.stderr


def assert_error(paths, fragment: str) -> None:
    code, out, err = run(*paths)
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert fragment in lines[0], lines[0]
    assert "Traceback" not in out + err


def write(tmp_path, name: str, data: bytes | str):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_missing_path(tmp_path) -> None:
    assert_error([ISW, tmp_path / "missing.txt"], "missing.txt: no such file")


def test_directory(tmp_path) -> None:
    assert_error([ISW, tmp_path], "is a directory")


def test_unreadable(tmp_path, monkeypatch) -> None:
    p = write(tmp_path, "secret.txt", ENGLISH)
    p.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make this read fail as it does for a user
        real = Path.open

        def denied(self: Path, *args, **kwargs):
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", denied)
    assert_error([ISW, p], "secret.txt: permission denied")


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\n  ", "only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        ("blob.bin", bytes(range(256)) * 40, "binary file"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF file"),
    ],
)
def test_unusable_files(tmp_path, name: str, data: bytes, fragment: str) -> None:
    assert_error([ISW, write(tmp_path, name, data)], fragment)


def test_zip_archive(tmp_path) -> None:
    p = tmp_path / "reports.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("a.txt", ENGLISH)
    assert_error([ISW, p], "ZIP archive")


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
    ],
)
def test_unicode_encodings_read_the_same(tmp_path, codec: str, bom: bytes) -> None:
    a = write(tmp_path, "a.txt", bom + ENGLISH.encode(codec))
    b = write(tmp_path, "b.txt", OTHER)
    code, out, err = run(a, b)
    assert code in (0, 1), err
    assert "Kharkiv" in out


def test_latin1_text_is_decoded(tmp_path) -> None:
    text = "The café owner in Zürich said prices rose about 5 percent. Exports to Genève fell sharply.\n"
    a = write(tmp_path, "a.txt", text.encode("latin-1"))
    b = write(tmp_path, "b.txt", "Prices in Zürich rose about 5 percent, the café owner said.\n")
    code, out, err = run(a, b)
    assert code in (0, 1), err
    assert "Zürich" in out and "café" in out


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cyrillic_legacy_encodings_are_decoded_then_refused_as_not_english(tmp_path, codec: str) -> None:
    p = write(tmp_path, "ru.txt", (RUSSIAN * 5).encode(codec))
    assert_error([ISW, p], "not supported yet")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(tmp_path, newline: str) -> None:
    a = write(tmp_path, "a.txt", ENGLISH.replace("\n", newline))
    result = runner.invoke(
        app, ["compare", str(a), str(write(tmp_path, "b.txt", OTHER)), "--format", "json", "--mode", "lexical"]
    )
    assert result.exit_code in (0, 1), result.stderr
    texts = [s["text"] for s in json.loads(result.stdout)["statements"] if s["source"] == "a"]
    assert texts == [
        "Russian forces shelled Kharkiv on March 2.",
        "At least 12 civilians were killed, the governor said.",
        "The city council will likely ask for more air defense systems.",
    ]


def test_no_sentences_at_all(tmp_path) -> None:
    assert_error([ISW, write(tmp_path, "dots.txt", "Title\n\n... !!! ???\n\n— — —\n")], "dots.txt: no sentences found")


def test_no_sentence_punctuation(tmp_path) -> None:
    a = write(tmp_path, "a.txt", "Russian forces shelled Kharkiv on March 2 and at least 12 civilians were killed\n")
    b = write(tmp_path, "b.txt", OTHER)
    code, out, err = run(a, b)
    assert code in (0, 1), err
    assert "shelled Kharkiv" in " ".join(out.split())


def test_one_50000_character_sentence(tmp_path) -> None:
    words = ("the convoy moved slowly along the road near Kharkiv and " * 900)[:50_000]
    a = write(tmp_path, "a.txt", "Russian forces shelled Kharkiv on March 2 while " + words + ".\n")
    b = write(tmp_path, "b.txt", OTHER)
    code, _, err = run(a, b)
    assert code in (0, 1), err


def test_over_the_size_limit_is_refused_without_reading(tmp_path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.seek(100 * 1024 * 1024)
        f.write(b"\n")
    assert_error([ISW, p], "the limit is")


def test_dev_zero_is_refused_quickly_with_bounded_memory() -> None:
    tracemalloc.start()
    began = time.monotonic()
    with pytest.raises(InputError, match="the limit is"):
        read_bytes(Path("/dev/zero"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.monotonic() - began < 5
    assert peak < 3 * MAX_BYTES
    assert_error([ISW, "/dev/zero"], "/dev/zero: file is more than 20,000,000 bytes")


def test_fifo_fed_60_mb_is_refused(tmp_path) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        chunk = b"The port strike entered its third day. " * 26_000  # about 1 MB
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as f:
            for _ in range(60):
                f.write(chunk)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert_error([ISW, fifo], "feed.txt: file is more than 20,000,000 bytes")
    writer.join(timeout=10)
    assert not writer.is_alive()


def test_fifo_with_a_small_report_is_read(tmp_path) -> None:
    fifo = tmp_path / "small.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(OTHER), daemon=True)
    writer.start()
    code, out, err = run(write(tmp_path, "a.txt", ENGLISH), fifo)
    writer.join(timeout=10)
    assert code in (0, 1), err
    assert "Kharkiv" in out


def test_symlink_loop(tmp_path) -> None:
    a, b = tmp_path / "loop-a.txt", tmp_path / "loop-b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert_error([ISW, a], "loop-a.txt: symlink loop")


def test_dangling_symlink_is_no_such_file(tmp_path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    assert_error([ISW, link], "gone.txt: no such file")


def test_same_file_twice(tmp_path) -> None:
    code, out, err = run(ISW, ISW)
    assert code == 0, err
    assert "isw-2" in out and "No contradictions found." in out


def test_two_identical_reports_agree(tmp_path) -> None:
    a = write(tmp_path, "a.txt", ENGLISH)
    b = write(tmp_path, "b.txt", ENGLISH)
    result = runner.invoke(app, ["compare", str(a), str(b), "--format", "json", "--mode", "lexical"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["summary"]["contradict"] == 0 and doc["summary"]["omissions"] == 0 and doc["summary"]["agree"] >= 2


def test_other_language_gets_a_clear_note(tmp_path) -> None:
    p = write(tmp_path, "ru.txt", RUSSIAN * 3)
    assert_error([ISW, p], "ru.txt: the text looks like Russian")


def test_output_is_not_clobbered_by_a_failed_run(tmp_path) -> None:
    out = write(tmp_path, "report.json", "previous report")
    result = runner.invoke(app, ["compare", str(ISW), str(tmp_path / "missing.txt"), "--output", str(out)])
    assert result.exit_code == 2
    assert out.read_text() == "previous report"


def test_a_quoted_one_line_lede_is_compared_not_dropped(tmp_path) -> None:
    a = write(
        tmp_path, "a.txt", "Crews fought the warehouse blaze in the harbor district for “three hours.”\n\nNo one was hurt.\n"
    )
    b = write(
        tmp_path, "b.txt", "Crews fought the warehouse blaze in the harbor district for “five hours.”\n\nNo one was hurt.\n"
    )
    result = runner.invoke(app, ["compare", str(a), str(b), "--format", "json", "--mode", "lexical"])
    texts = [s["text"] for s in json.loads(result.stdout)["statements"]]
    assert any("three hours" in t for t in texts) and any("five hours" in t for t in texts)
    assert result.exit_code == 1, result.stdout


def json_statements(a, b) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["compare", str(a), str(b), "--format", "json", "--mode", "lexical"])
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)["statements"]


STRIKE = "Dockers¹ walked out² on May 2³ at the port.\n"  # charset-normalizer alone reads this as cp1250: 'Dockersą'


def test_cp1252_footnote_superscripts_are_not_read_as_cp1250(tmp_path) -> None:
    a = write(tmp_path, "a.txt", STRIKE.encode("cp1252"))
    _, statements = json_statements(a, write(tmp_path, "b.txt", "Dockers walked out on May 2 after wages fell.\n"))
    texts = [s["text"] for s in statements if s["source"] == "a"]
    assert texts == ["Dockers walked out on May 2 at the port."]
    assert not any(ch in t for t in texts for ch in "ą˛ł")


def test_utf8_file_with_one_cp1252_line_is_repaired(tmp_path) -> None:
    good = "Crews said the “fire” spread fast through the timber yard.\n\n"
    data = (good * 3).encode() + "Officials said the café “closed” early.\n\n".encode("cp1252") + (good * 2).encode()
    _, statements = json_statements(write(tmp_path, "a.txt", data), write(tmp_path, "b.txt", good))
    texts = [s["text"] for s in statements if s["source"] == "a"]
    assert "Officials said the café “closed” early." in texts
    assert texts.count("Crews said the “fire” spread fast through the timber yard.") == 5


def test_undeterminable_encoding_is_refused_not_read_as_box_drawing(tmp_path) -> None:
    data = b"The port strike began \x81\xb3\xba\xc4 on May 2 and \xb0\xb1\xdb dockers \xc9\xcd\xbb walked out.\n" * 4
    assert_error([ISW, write(tmp_path, "odd.txt", data)], "odd.txt: is not UTF-8 and its encoding could not be determined")


def test_a_date_without_a_year_never_contradicts_a_dated_report(tmp_path) -> None:
    undated = write(tmp_path, "a.txt", "Port reopens\n\nThe container port reopened on September 14 after the strike.\n")
    dated = write(
        tmp_path, "b.txt", "Port reopens\n\nSeptember 20, 2020\n\nThe container port reopened on September 14 after the strike.\n"
    )
    result = runner.invoke(app, ["compare", str(undated), str(dated), "--format", "json", "--mode", "lexical"])
    assert result.exit_code == 0, result.stdout
    doc = json.loads(result.stdout)
    assert doc["summary"]["contradict"] == 0
    assert "1900" not in result.stdout


def test_a_file_name_with_a_line_break_cannot_forge_a_message(tmp_path) -> None:
    forged = tmp_path / "a\ncompare: all good.txt"
    result = runner.invoke(app, ["compare", str(forged), str(ISW), "--mode", "lexical"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "␊compare: all good" in result.stderr
