"""Where the app finds and keeps its things, injectable for tests.

Tests and benchmarks pass their own folders, so nothing touches the worker's real
data; the defaults follow the platform's conventions (platformdirs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "KEUKENTAFEL_DATA_DIR"
"""Environment variable that overrides the folder with the sessions database."""

DEFAULT_AREA = "Voorbeeldstad"
"""The gemeente whose local provisions the app shows first."""

SHIPPED_DIALOGS = Path(__file__).resolve().parent.parent / "dialogs"
STYLES = Path(__file__).resolve().parent / "styles"
"""The app's .tcss files: app.tcss for all screens, one file per screen region."""


def default_data_dir() -> Path:
    """The user data folder, or the folder named in ``KEUKENTAFEL_DATA_DIR``."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("keukentafel", appauthor=False))


def default_documents_dir() -> Path:
    """The folder a plan van aanpak is exported to unless the worker picks another."""
    return Path(platformdirs.user_documents_dir())


@dataclass
class AppConfig:
    """Everything the app needs to know about its surroundings."""

    extra_dialogs: list[Path] = field(default_factory=list)
    """Dialog files given with ``--dialog``, shown next to the shipped ones."""
    data_dir: Path = field(default_factory=default_data_dir)
    """Folder of the sessions database."""
    documents_dir: Path = field(default_factory=default_documents_dir)
    """Default export folder for a plan van aanpak."""
    dialogs_dir: Path = SHIPPED_DIALOGS
    """Folder with the shipped dialogs."""
    map_path: Path | None = None
    """A social map file or folder; ``None`` is the shipped map."""
    area: str = DEFAULT_AREA
    """Default gemeente for search and matching."""
    today: date | None = None
    """Fixed 'today' for marking old entries (tests); ``None`` is the real date."""
    load_language: bool = True
    """Load spaCy language analysis in the background (tests may switch it off)."""
