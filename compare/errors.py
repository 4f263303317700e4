"""Errors the pipeline raises; only the CLI turns them into exit codes."""

from __future__ import annotations


class InputError(Exception):
    """A report that cannot be read: names the file and the problem in one line."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
