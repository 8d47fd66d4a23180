"""One trainer file, loaded as what it is: a dialog or a persona, or its check problems.

Dialogs and personas are both TOML; a file with a ``[persona]`` table is a persona.
Loading goes through the parts that own the formats (``assistant.engine`` and
``assistant.practice``), so check errors here are exactly those of ``dialogs check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from assistant.engine import Dialog, DialogError, load_dialog_text
from assistant.errors import KeukentafelError, Problem, os_reason
from assistant.practice import Persona, PersonaError
from assistant.practice.loader import parse_persona

Kind = Literal["dialoog", "persona"]
_PERSONA_TABLE = re.compile(r"^\s*\[persona\]", re.MULTILINE)


@dataclass
class Source:
    """A file with its text and, when it checks clean, the loaded dialog or persona."""

    path: str
    """As the user named it (like ``dialogs check`` prints it)."""
    kind: Kind
    text: str
    dialog: Dialog | None = None
    persona: Persona | None = None
    problems: list[Problem] = field(default_factory=list)
    """Check errors (severity 'fout'); empty when the file loaded."""

    @property
    def ok(self) -> bool:
        """Whether the file passed the check."""
        return not self.problems


def kind_of(text: str) -> Kind:
    """'persona' when the text has a ``[persona]`` table, else 'dialoog'."""
    return "persona" if _PERSONA_TABLE.search(text) else "dialoog"


def load_source(path: str | Path) -> Source:
    """Read and check one file; problems are collected, not raised."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problem = Problem(f"kan het bestand niet lezen: {_reason(exc)}", path=shown)
        return Source(shown, "dialoog", "", problems=[problem])
    return source_from_text(text, shown)


def _reason(exc: OSError | UnicodeDecodeError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "het bestaat niet"
    if isinstance(exc, IsADirectoryError):
        return "dit is een map; geef een .toml-bestand"
    if isinstance(exc, UnicodeDecodeError):
        return "het is geen UTF-8-tekst; sla het op als UTF-8"
    return os_reason(exc)


def source_from_text(text: str, shown: str) -> Source:
    """Check ``text`` as the file ``shown``."""
    kind = kind_of(text)
    source = Source(shown, kind, text)
    try:
        if kind == "persona":
            source.persona = parse_persona(text, shown)
        else:
            source.dialog = load_dialog_text(text, shown)
    except (DialogError, PersonaError) as exc:
        source.problems = list(exc.problems) or [Problem(exc.message, path=shown)]
    return source


def require(source: Source) -> Source:
    """``source`` itself, or a KeukentafelError with its problems when it did not load."""
    if not source.ok:
        count = len(source.problems)
        noun = "probleem" if count == 1 else "problemen"
        raise KeukentafelError(f"{source.path}: {count} {noun} gevonden", source.problems)
    return source
