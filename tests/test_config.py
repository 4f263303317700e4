"""Defaults from config files: user-level and per-project TOML, COMPARE_CONFIG, and the
command line over both. Invented reports only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import Color, app
from compare.config import COLORS, Config, load_config, user_config_file
from compare.errors import ConfigError

runner = CliRunner()

MILL_A = """Mill fire in Arden

Published 2022-10-04

A fire at the old Arden paper mill burned for nearly two hours on Monday. Nobody was inside the building.
"""
MILL_B = """Arden mill blaze

Published 2022-10-05

A fire at the old Arden paper mill burned for more than five hours on Monday. Nobody was inside the building.
"""


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean world: no COMPARE_CONFIG, the user config folder and the working folder in tmp_path."""
    monkeypatch.delenv("COMPARE_CONFIG", raising=False)
    monkeypatch.delenv("COMPARE_STORE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    (project / ".git").mkdir()
    monkeypatch.chdir(project / "sub")
    (project / "sub" / "a.txt").write_text(MILL_A, encoding="utf-8")
    (project / "sub" / "b.txt").write_text(MILL_B, encoding="utf-8")
    return tmp_path


def _user(home: Path, text: str) -> Path:
    path = user_config_file()
    assert path.is_relative_to(home / "xdg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_files_no_defaults(home: Path) -> None:
    assert load_config() == Config()


def test_project_overrides_user_key_by_key_and_relative_store_is_beside_the_file(home: Path) -> None:
    user = _user(home, 'mode = "semantic"\ncolor = "never"\npager = true\n')
    project = home / "project" / "compare.toml"
    project.write_text('mode = "lexical"\nstore = "data/reports.sqlite"\n', encoding="utf-8")
    config = load_config()
    assert config.files == (user, project)
    assert (config.mode, config.color, config.pager) == ("lexical", "never", True)
    assert config.store == home / "project" / "data" / "reports.sqlite"


def test_the_nearest_project_file_wins_and_the_search_stops_at_the_git_root(home: Path) -> None:
    (home / "compare.toml").write_text('mode = "semantic"\n', encoding="utf-8")  # above the git root: never read
    assert load_config().mode is None
    (home / "project" / ".compare.toml").write_text('mode = "lexical"\n', encoding="utf-8")
    assert load_config().mode == "lexical"
    (home / "project" / "sub" / "compare.toml").write_text('mode = "auto"\n', encoding="utf-8")
    assert load_config().mode == "auto"


def test_outside_a_git_repository_only_the_current_folder_counts(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loose = home / "loose" / "deeper"
    loose.mkdir(parents=True)
    (home / "loose" / "compare.toml").write_text('mode = "lexical"\n', encoding="utf-8")
    monkeypatch.chdir(loose)
    assert load_config().mode is None
    monkeypatch.chdir(home / "loose")
    assert load_config().mode == "lexical"


def test_compare_config_names_one_file_and_empty_reads_none(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _user(home, 'mode = "semantic"\n')
    explicit = home / "ci.toml"
    explicit.write_text('color = "always"\n', encoding="utf-8")
    monkeypatch.setenv("COMPARE_CONFIG", str(explicit))
    assert load_config() == Config(color="always", files=(explicit,))
    monkeypatch.setenv("COMPARE_CONFIG", "")
    assert load_config() == Config()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('colour = "never"\n', ["unknown key 'colour'", "known keys: store, mode, format, pager, color"]),
        ('pager = "yes"\n', ["'pager' must be true or false, not 'yes'"]),
        ('mode = "fast"\n', ["'mode' must be one of auto, lexical, semantic, not 'fast'"]),
        ("color = 1\n", ["'color' must be one of auto, always, never, not int 1"]),
        ("store = 3\n", ["'store' must be a file path"]),
        ("[compare]\nmode = 'lexical'\n", ["unknown key 'compare'"]),
        ("mode = \n", ["not valid TOML"]),
    ],
)
def test_a_bad_config_file_is_one_line_naming_file_and_key(home: Path, text: str, words: list[str]) -> None:
    path = home / "project" / "compare.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config()
    assert str(err.value).startswith(f"{path}: ")
    result = runner.invoke(app, ["compare", "a.txt", "b.txt", "--mode", "lexical"])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"compare: error: {path}: ")
    for w in words:
        assert w in result.stderr


@pytest.mark.parametrize("args", [["compare", "--help"], ["--help"], ["sources", "--help"]])
def test_help_shows_whatever_the_config_holds(home: Path, args: list[str]) -> None:
    (home / "project" / "compare.toml").write_text("mode = [broken\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and "not valid TOML" not in result.output
    assert runner.invoke(app, ["compare", "a.txt", "b.txt"]).exit_code == 2  # the broken file still stops a run


def test_a_missing_explicit_file_and_two_project_files_are_errors(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (home / "project" / "compare.toml").write_text("", encoding="utf-8")
    (home / "project" / ".compare.toml").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["compare", "a.txt", "b.txt"])
    assert result.exit_code == 2 and "holds both compare.toml and .compare.toml; keep one" in result.stderr
    monkeypatch.setenv("COMPARE_CONFIG", str(home / "nowhere.toml"))
    result = runner.invoke(app, ["compare", "a.txt", "b.txt"])
    assert result.exit_code == 2 and "nowhere.toml: no such config file (named by COMPARE_CONFIG)" in result.stderr


def test_config_format_applies_and_the_command_line_wins(home: Path) -> None:
    (home / "project" / "compare.toml").write_text('format = "json"\nmode = "lexical"\n', encoding="utf-8")
    as_json = runner.invoke(app, ["compare", "a.txt", "b.txt"])
    assert as_json.exit_code == 1
    doc = json.loads(as_json.stdout)
    assert doc["mode"] == "lexical" and doc["summary"]["contradict"] == 1
    as_markdown = runner.invoke(app, ["compare", "a.txt", "b.txt", "--format", "markdown"])
    assert as_markdown.stdout.startswith("# Source comparison")
    runner.invoke(app, ["compare", "a.txt", "b.txt", "-o", "out.md"])  # the extension names a format: it wins
    assert Path("out.md").read_text(encoding="utf-8").startswith("# Source comparison")
    summary = runner.invoke(app, ["compare", "a.txt", "b.txt", "--summary"])  # a terminal view: no error
    assert summary.exit_code == 1 and summary.stdout.startswith("1 contradictions")


def test_config_mode_and_color_are_defaults_of_every_command(home: Path) -> None:
    _user(home, 'color = "always"\nmode = "lexical"\n')
    coloured = runner.invoke(app, ["compare", "a.txt", "b.txt", "--summary"])
    assert "\x1b[" in coloured.stdout
    plain = runner.invoke(app, ["compare", "a.txt", "b.txt", "--summary", "--color", "never"])
    assert "\x1b[" not in plain.stdout and plain.stdout.startswith("1 contradictions")
    store = home / "s.sqlite"
    ingested = runner.invoke(app, ["ingest", "a.txt", "--store", str(store)])  # lexical from the config
    assert ingested.exit_code == 0, ingested.output
    assert "vector index" not in ingested.stderr


def test_config_store_is_the_default_store_and_compare_store_wins(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (home / "project" / "compare.toml").write_text('store = "mill.sqlite"\nmode = "lexical"\n', encoding="utf-8")
    assert runner.invoke(app, ["ingest", "a.txt"]).exit_code == 0
    assert (home / "project" / "mill.sqlite").is_file()
    listed = runner.invoke(app, ["sources", "--format", "json"])
    assert [s["id"] for s in json.loads(listed.stdout)["sources"]] == ["a"]
    removed = runner.invoke(app, ["sources", "remove", "a"])
    assert removed.exit_code == 0 and "removed a" in removed.stdout
    other = home / "other.sqlite"
    monkeypatch.setenv("COMPARE_STORE", str(other))
    assert runner.invoke(app, ["ingest", "b.txt"]).exit_code == 0
    assert other.is_file()


def test_config_colors_are_the_cli_colors() -> None:
    assert tuple(c.value for c in Color) == COLORS
