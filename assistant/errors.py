"""One error type for the whole assistant, carrying where a problem happened.

Every part raises :class:`KeukentafelError` (or a subclass) with a Dutch message.
Problems that are collected, such as all the mistakes in one dialog file, travel as
:class:`Problem` records inside a single error, so a trainer sees every problem at once.
Only the app and the CLI render errors; nothing else prints.
"""

from __future__ import annotations

import difflib
import errno
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SCHEMA_MESSAGES = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld",
    "literal_error": "onbekende waarde",
    "string_too_short": "mag niet leeg zijn",
    "too_short": "te weinig items",
    "too_long": "te veel items",
    "tuple_type": "verwacht een lijst",
    "int_type": "verwacht een geheel getal",
    "string_type": "verwacht tekst",
    "greater_than_equal": "getal is te klein",
    "less_than_equal": "getal is te groot",
    "list_type": "verwacht een lijst",
    "float_type": "verwacht een getal",
    "greater_than": "getal is te klein",
    "dict_type": "verwacht een tabel",
    "bool_type": "verwacht true of false",
    "bool_parsing": "verwacht true of false",
}
"""Dutch for pydantic's error types in data files (knowledge files, word lists)."""


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate a misspelt ``word`` most likely meant, or None when nothing is close."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """A Dutch 'did you mean' hint for a misspelt name, or None when nothing is close.
    Every part uses it, so the same mistake reads the same in every file."""
    meant = closest(word, candidates)
    return f"bedoelt u '{meant}'?" if meant else None


def field_path(loc: Sequence[str | int]) -> str:
    """A place in a data file as a trainer counts it: ``turns[1].step`` (from 1)."""
    text = ""
    for part in loc:
        text += f"[{part + 1}]" if isinstance(part, int) else ("." if text else "") + part
    return text


@dataclass(frozen=True)
class Problem:
    """One located problem, e.g. in a dialog or persona file."""

    message: str
    """What is wrong, in plain Dutch."""
    path: str | None = None
    """The file the problem is in, as the user named it."""
    line: int | None = None
    """1-based line number, when known."""
    column: int | None = None
    """1-based column number, when known."""
    where: str | None = None
    """A step id or key that locates the problem when no line is known."""
    hint: str | None = None
    """An extra suggestion, e.g. 'bedoelt u "prompt"?'."""
    severity: str = "fout"
    """'fout' (error) or 'waarschuwing' (warning)."""

    def render(self) -> str:
        """Render as ``path:line: message`` (or ``path: step-id: message``)."""
        location = self.path or "<onbekend>"
        if self.line is not None:
            location += f":{self.line}"
            if self.column is not None:
                location += f":{self.column}"
            if self.where:
                location += f": {self.where}"
        elif self.where:
            location += f": {self.where}"
        text = f"{location}: {self.message}"
        if self.severity != "fout":
            text = f"{location}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


@dataclass
class KeukentafelError(Exception):
    """Base class for every error the assistant reports to a user."""

    message: str
    problems: Sequence[Problem] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.render()

    def render(self) -> str:
        """The whole error as Dutch text: the message, then each problem on its own line."""
        if not self.problems:
            return self.message
        lines = [self.message, *(problem.render() for problem in self.problems)]
        return "\n".join(lines)


def display_path(path: str | Path) -> str:
    """The path as the user is best served reading it: relative to the cwd when possible."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order: by file, then line, then column."""
    return sorted(
        problems,
        key=lambda p: (p.path or "", p.line if p.line is not None else 10**9, p.column or 0),
    )


_OS_REASONS = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.EACCES: "u heeft geen rechten om dit te lezen of te schrijven",
    errno.EPERM: "u heeft geen rechten om dit te lezen of te schrijven",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.EEXIST: "het bestand bestaat al",
}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in plain Dutch (the system's own text is English)."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return f"systeemfout ({exc.strerror or type(exc).__name__})"
