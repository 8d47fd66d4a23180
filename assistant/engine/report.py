"""Collects located problems while a dialog file is checked, so all are reported at once."""

from __future__ import annotations

from assistant.engine.locate import Locator, Path
from assistant.errors import Problem


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


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str | None:
    """A Dutch 'did you mean' hint for a misspelt name, or None when nothing is close."""
    import difflib

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"bedoelt u '{close[0]}'?" if close else None
