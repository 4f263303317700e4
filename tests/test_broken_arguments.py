"""Every command with broken arguments: exit 2 (usage or input error), never a traceback, never
exit 1 (the code that means 'contradictions found')."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app

from .conftest import ISW, JAMESTOWN

runner = CliRunner()


def cases(tmp: Path) -> list[list[str]]:
    missing = str(tmp / "missing.txt")
    empty = tmp / "empty.txt"
    empty.write_text("")
    folder = tmp / "folder"
    folder.mkdir()
    bad_toml = tmp / "bad.toml"
    bad_toml.write_text("[pair\na = ")
    store = str(tmp / "s.sqlite")
    isw, jt = str(ISW), str(JAMESTOWN)
    return [
        ["compare", isw],
        ["compare", isw, missing],
        ["compare", isw, str(empty)],
        ["compare", isw, str(folder)],
        ["compare", isw, jt, "--format", "yaml"],
        ["compare", isw, jt, "--mode", "quantum"],
        ["compare", isw, jt, "--model", str(tmp / "no-model")],
        ["compare", isw, jt, "-o", ""],
        ["compare", isw, jt, "-o", str(folder)],
        ["compare", isw, jt, "-o", isw],
        ["compare", isw, jt, "-o", str(tmp / "no-such-folder" / "out.html")],
        ["compare", isw, jt, "--min-confidence", "2"],
        ["compare", isw, jt, "--exit-zero", "--fail-on", "quantity"],
        ["compare", isw, jt, "--no-such-option"],
        ["eval", str(bad_toml)],
        ["eval", missing],
        ["eval", str(folder)],
        ["ingest", missing, "--store", store],
        ["ingest", isw, "--store", str(folder)],
        ["ingest", isw, "--store", store, "--jobs", "0"],
        ["check", isw, "--store", str(tmp / "nowhere.sqlite")],
        ["check", missing, "--store", store],
        ["check", isw, "--store", store, "--since", "last week"],
        ["sources", "--store", str(tmp / "nowhere.sqlite")],
        ["sources", "remove", "nobody", "--store", str(tmp / "nowhere.sqlite")],
        ["no-such-command"],
    ]


def test_broken_arguments_never_give_a_traceback_or_exit_1(tmp_path: Path) -> None:
    for args in cases(tmp_path):
        lexical = args[0] in ("compare", "eval", "check") and not {"--mode", "--model"} & set(args)
        result = runner.invoke(app, [*args, *(["--mode", "lexical"] if lexical else [])])
        out = (result.stdout or "") + (result.stderr or "")
        assert result.exit_code == 2, (args, result.exit_code, out[-500:])
        assert "Traceback" not in out, (args, out[-500:])
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), (args, result.exception)


@pytest.mark.parametrize("command", ["compare", "eval", "ingest", "check", "sources"])
def test_help_is_not_an_error(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


@pytest.mark.parametrize(
    "command", [["compare"], ["baseline"], ["eval"], ["ingest"], ["check"], ["sources"], ["sources", "remove"]]
)
def test_help_names_values_not_python_types(command: list[str]) -> None:
    """Help shows what a value is (FILE, N, DATE, the choices), never a Python type name."""
    out = runner.invoke(app, [*command, "--help"]).stdout
    noise = ("<list[Path]>", "<path>", "<str>", "<bool>", "<int", "<float", "range>")
    assert not [n for n in noise if n in out], out
