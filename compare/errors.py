"""Errors the stages raise; only the CLI turns them into exit codes (all of them: 2).

Every error is a `CompareError` whose message is one line naming what is wrong (a file and
its problem, a store, a missing model) and, where there is one, what to do about it.
"""

from __future__ import annotations


class CompareError(Exception):
    """Anything the user can fix: one line, exit code 2, no traceback."""


class InputError(CompareError):
    """A report (or another file named on the command line) that cannot be used."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StoreError(CompareError):
    """A store file that cannot be used: names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ModelUnavailable(CompareError):
    """No usable embedding model: the message says what to install or what is wrong."""


class ConfigError(CompareError):
    """A config file that cannot be used: names the file, the key and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
