"""Errors of the social map, each carrying where the problem is.

``socialmap`` stands alone (it never imports ``assistant``), so it has its own error
type. Import problems are collected as :class:`ImportProblem` records, located the way a
spreadsheet user sees them (the header is row 1), so a worker can open the file and fix
the exact cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


def column_letter(index: int) -> str:
    """Spreadsheet letter for a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class ImportProblem:
    """One located problem in a map file, in plain Dutch."""

    file: str
    """The file as the user named it."""
    reason: str
    """What is wrong, in plain Dutch."""
    row: int | None = None
    """CSV: the row as a spreadsheet shows it (header = 1). TOML: the line of the entry."""
    column: str | None = None
    """The column (CSV) or key (TOML) the problem is in, when known."""
    letter: str | None = None
    """The spreadsheet column letter (CSV only), e.g. ``"G"``."""
    hint: str | None = None
    """A suggestion, e.g. ``bedoelt u 'voorliggend'?``."""
    toml: bool = False
    """True when ``row`` is a TOML line rather than a spreadsheet row."""

    def render(self) -> str:
        """Render as ``file, rij 5, kolom kind (G): reason (hint)``."""
        parts = [self.file]
        if self.row is not None:
            parts.append(f"{'regel' if self.toml else 'rij'} {self.row}")
        if self.column:
            label = "veld" if self.toml else "kolom"
            col = f"{label} {self.column}"
            if self.letter:
                col += f" ({self.letter})"
            parts.append(col)
        text = ", ".join(parts) + f": {self.reason}"
        if self.hint:
            text += f" ({self.hint})"
        return text


@dataclass
class SocialMapError(Exception):
    """Base error of the social map: a Dutch message plus located problems."""

    message: str
    problems: Sequence[ImportProblem] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.render()

    def render(self) -> str:
        """The message followed by one line per problem."""
        lines = [self.message, *(f"  {p.render()}" for p in self.problems)]
        return "\n".join(lines)


class MapNotFoundError(SocialMapError):
    """A map file or folder that does not exist or holds no map files."""


class UnknownProvisionError(SocialMapError):
    """An id that is not in the map."""


def file_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in plain Dutch."""
    if isinstance(exc, FileNotFoundError):
        return "het bestand bestaat niet"
    if isinstance(exc, PermissionError):
        return "u heeft geen rechten voor dit bestand"
    if isinstance(exc, IsADirectoryError):
        return "dit is een map, geen bestand"
    return f"systeemfout ({exc.strerror or type(exc).__name__})"
