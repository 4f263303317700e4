"""Defaults from config files (TOML): the store, mode, format, pager and colour a person wants
without typing them each time. No typer here; the CLI applies the values as defaults, so a
command-line option always wins.

Where the files are, later ones overriding earlier ones key by key:

1. the user's: `platformdirs.user_config_path("compare") / "config.toml"`
   (`~/.config/compare/config.toml` on Linux, `$XDG_CONFIG_HOME` honoured);
2. the project's: `compare.toml` or `.compare.toml` in the current directory or the nearest
   parent holding one, up to the git root (the folder with `.git`); outside a git repository,
   the current directory only.

`COMPARE_CONFIG=/path` reads that one file instead of both; `COMPARE_CONFIG=` (empty) reads
none (the test suite sets it, so a developer's own config never changes a test's result).
An unknown key, a value of the wrong type or a file that is not TOML raises ConfigError.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .match.settings import Mode
from .output.formats import ReportFormat

PROJECT_NAMES = ("compare.toml", ".compare.toml")
COLORS = ("auto", "always", "never")
ENV = "COMPARE_CONFIG"


@dataclass(frozen=True)
class Config:
    """The defaults read from config files; None where no file sets the key."""

    store: Path | None = None
    mode: str | None = None
    format: str | None = None
    pager: bool | None = None
    color: str | None = None
    files: tuple[Path, ...] = ()  # the files read, in order

    def values(self) -> dict[str, Any]:
        """The keys some file sets, as {key: value} (paths as strings)."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "files"}
        return {k: str(v) if isinstance(v, Path) else v for k, v in out.items() if v is not None}


def _choice(options: tuple[str, ...]) -> Callable[[Path, str, object], object]:
    def check(path: Path, key: str, value: object) -> object:
        if not isinstance(value, str) or value not in options:
            raise ConfigError(str(path), f"{key!r} must be one of {', '.join(options)}, not {_shown(value)}")
        return value

    return check


def _boolean(path: Path, key: str, value: object) -> object:
    if not isinstance(value, bool):
        raise ConfigError(str(path), f"{key!r} must be true or false, not {_shown(value)}")
    return value


def _store(path: Path, key: str, value: object) -> object:
    """A path; a relative one is relative to the config file's folder."""
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(str(path), f"{key!r} must be a file path (a string), not {_shown(value)}")
    return path.parent / Path(value).expanduser()


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else f"{type(value).__name__} {value!r}"


KEYS: dict[str, Callable[[Path, str, object], object]] = {
    "store": _store,
    "mode": _choice(tuple(m.value for m in Mode)),
    "format": _choice(tuple(f.value for f in ReportFormat)),
    "pager": _boolean,
    "color": _choice(COLORS),
}


def load_config(env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Config:
    """The config from every file that applies (see the module docstring), merged."""
    config = Config()
    for path in config_files(os.environ if env is None else env, cwd or Path.cwd()):
        config = replace(config, **read_config(path), files=(*config.files, path))
    return config


def config_files(env: Mapping[str, str], cwd: Path) -> list[Path]:
    """The files to read, user's first; the one COMPARE_CONFIG names (which must exist) instead."""
    explicit = env.get(ENV)
    if explicit is not None:
        if not explicit:
            return []
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(str(path), f"no such config file (named by {ENV})")
        return [path]
    found = [p for p in (user_config_file(), project_config_file(cwd)) if p is not None and p.is_file()]
    return found


def user_config_file() -> Path:
    from platformdirs import user_config_path

    return user_config_path("compare") / "config.toml"


def project_config_file(cwd: Path) -> Path | None:
    """compare.toml or .compare.toml in `cwd` or its nearest parent that has one, up to the git
    root; both in one folder is an error (which one counts would be a guess)."""
    for folder in _project_folders(cwd.resolve()):
        here = [folder / name for name in PROJECT_NAMES if (folder / name).is_file()]
        if len(here) > 1:
            raise ConfigError(str(folder), f"holds both {PROJECT_NAMES[0]} and {PROJECT_NAMES[1]}; keep one")
        if here:
            return here[0]
    return None


def _project_folders(cwd: Path) -> list[Path]:
    """`cwd` and its parents up to the first that holds `.git`; just `cwd` outside a repository."""
    folders = []
    for folder in (cwd, *cwd.parents):
        folders.append(folder)
        if (folder / ".git").exists():
            return folders
    return [cwd]


def read_config(path: Path) -> dict[str, Any]:
    """One file's keys, checked: {key: value}; ConfigError for anything else."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the config file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(str(path), "not valid TOML (not UTF-8)") from None
    out = {}
    for key, value in data.items():
        check = KEYS.get(key)
        if check is None:
            raise ConfigError(str(path), f"unknown key {key!r} (known keys: {', '.join(KEYS)})")
        out[key] = check(path, key, value)
    return out
