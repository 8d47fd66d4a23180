"""Finding the dialogs the worker can choose, and checking each one.

Shipped dialogs come from ``assistant/dialogs``; files given with ``--dialog`` are added.
A broken file is listed with its located problems instead of stopping the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.engine import Dialog, load_dialog
from assistant.errors import KeukentafelError, os_reason

PREFERRED = ("keukentafelgesprek", "telefonische-intake")
"""Shown first, in this order; other dialogs follow by file name."""


@dataclass(frozen=True)
class DialogEntry:
    """One dialog file and the result of checking it."""

    path: Path
    shipped: bool
    dialog: Dialog | None = None
    error: KeukentafelError | None = None

    @property
    def ok(self) -> bool:
        """True when the dialog loaded without problems."""
        return self.dialog is not None

    @property
    def id(self) -> str:
        """The dialog's id, or the file name when it could not be read."""
        return self.dialog.id if self.dialog else self.path.stem

    @property
    def title(self) -> str:
        """The dialog's title, or the file name when it could not be read."""
        return self.dialog.title if self.dialog else self.path.name


def check(path: Path, shipped: bool) -> DialogEntry:
    """Load one dialog; problems are kept on the entry, never raised."""
    try:
        return DialogEntry(path, shipped, dialog=load_dialog(path))
    except KeukentafelError as exc:
        return DialogEntry(path, shipped, error=exc)
    except OSError as exc:
        message = f"{path}: het bestand kan niet worden gelezen ({os_reason(exc)})."
        return DialogEntry(path, shipped, error=KeukentafelError(message))


def discover(folder: Path, extra: list[Path]) -> list[DialogEntry]:
    """All dialogs: shipped ones first (preferred order), then the extra files."""
    shipped = sorted(folder.glob("*.toml"), key=_order) if folder.is_dir() else []
    entries = [check(path, True) for path in shipped]
    known = {path.resolve() for path in shipped}
    entries += [check(path, False) for path in extra if path.resolve() not in known]
    return entries


def _order(path: Path) -> tuple[int, str]:
    rank = PREFERRED.index(path.stem) if path.stem in PREFERRED else len(PREFERRED)
    return rank, path.name
