"""Collects located problems while a dialog file is checked, so all are reported at once."""

from __future__ import annotations

from assistant.errors import Problem
from assistant.toml_lines import Locator, Path


class Reporter:
    """Problems for one file; each is placed on the line of the key path it is about.

    The text is only scanned for line numbers once the first problem comes in, so a
    valid file costs nothing extra.
    """

    def __init__(self, path: str, text: str | None) -> None:
        self.path = path
        self.text = text
        self._locator: Locator | None = None
        self.problems: list[Problem] = []

    @property
    def locator(self) -> Locator | None:
        """Key path -> line for the file's text (built on first use)."""
        if self._locator is None and self.text is not None:
            self._locator = Locator(self.text)
        return self._locator

    def add(
        self,
        message: str,
        at: Path,
        where: str | None = None,
        hint: str | None = None,
        column: int | None = None,
    ) -> None:
        """Record a problem about the value at key path ``at`` (e.g. ``("steps", 2, "next")``)."""
        line = self.locator.line(at) if self.locator else None
        problem = Problem(
            message=message, path=self.path, line=line, column=column, where=where, hint=hint
        )
        if problem not in self.problems:
            self.problems.append(problem)
