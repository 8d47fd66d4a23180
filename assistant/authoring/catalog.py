"""The trainer's files at a glance: every dialog and persona, checked and linted.

For the app's Dialogen screen and the preview: one :class:`FileStatus` per file, with
the check errors and lint warnings, and a short Dutch status for a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.authoring.lint import QuestionAnalyzer, lint_source
from assistant.authoring.sources import Source, load_source
from assistant.errors import KeukentafelError, Problem

PERSONA_FOLDER = "personas"


@dataclass
class FileStatus:
    """A dialog or persona file with its check errors and lint warnings."""

    source: Source
    warnings: list[Problem] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        """Errors first, then warnings."""
        return [*self.source.problems, *self.warnings]

    @property
    def title(self) -> str:
        """The dialog's title or the persona's name, else the file name."""
        if self.source.dialog is not None:
            return self.source.dialog.title
        if self.source.persona is not None:
            return f"{self.source.persona.persona.name} (persona)"
        return Path(self.source.path).name

    @property
    def summary(self) -> str:
        """'in orde', '2 fouten' or '3 waarschuwingen', for a list."""
        errors, warnings = len(self.source.problems), len(self.warnings)
        if errors:
            return f"{errors} fout" + ("en" if errors > 1 else "")
        if warnings:
            return f"{warnings} waarschuwing" + ("en" if warnings > 1 else "")
        return "in orde"


def trainer_files(dialogs_dir: Path, extra: Iterable[Path] = ()) -> list[Path]:
    """Dialogs in ``dialogs_dir``, personas in its ``personas`` folder, then ``extra``."""
    found = sorted(dialogs_dir.glob("*.toml")) + sorted(
        (dialogs_dir / PERSONA_FOLDER).glob("*.toml")
    )
    seen = {path.resolve() for path in found}
    for path in extra:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            found.append(path)
    return found


def file_status(path: str | Path, analyzer: QuestionAnalyzer | None = None) -> FileStatus:
    """Check and lint one file; nothing is raised (problems are in the status).

    Slow the first time (the lint loads the language analysis): call it from a worker.
    """
    status = FileStatus(load_source(path))
    if status.source.ok:
        try:
            status.warnings = lint_source(status.source, analyzer)
        except KeukentafelError as exc:
            status.warnings = [
                Problem(exc.message, path=status.source.path, severity="waarschuwing")
            ]
    return status
