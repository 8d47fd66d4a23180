"""Where saved sessions live, and making sure only the worker's own account can read them.

The database holds what a client told the worker, so the folder is 0700 and the file
0600. The file is created with ``os.open`` and that mode *before* SQLite opens it, so
there is no moment at which it exists with looser rights; rights that were loosened
later (a copy, a backup tool) are put back each time the store opens.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import platformdirs

from assistant.errors import display_path, os_reason
from assistant.store.errors import StoreError

ENV_VAR = "KEUKENTAFEL_DATA_DIR"
"""Environment variable that moves the data folder, e.g. to an encrypted drive."""
DB_NAME = "sessies.sqlite3"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
_DB_SUFFIXES = (".sqlite3", ".sqlite", ".db")
_POSIX = os.name == "posix"


def resolve_db_path(path: str | Path | None = None) -> Path:
    """The database file: a given file or folder, else $KEUKENTAFEL_DATA_DIR, else the user
    data folder. A path ending in .sqlite3/.sqlite/.db (or an existing file) is the file
    itself; any other path is the folder that holds it."""
    if path is None:
        path = os.environ.get(ENV_VAR) or platformdirs.user_data_dir("keukentafel")
    candidate = Path(path).expanduser()
    if candidate.suffix in _DB_SUFFIXES or candidate.is_file():
        return candidate
    return candidate / DB_NAME


def _fix_mode(target: Path, wanted: int, what: str) -> None:
    """Tighten the rights of ``target`` to ``wanted``; refuse to go on if that fails."""
    if not _POSIX:
        return  # Windows keeps user folders private through ACLs, not mode bits.
    current = stat.S_IMODE(target.stat().st_mode)
    if current & ~wanted == 0:
        return
    try:
        os.chmod(target, wanted)
    except OSError as error:
        raise StoreError(
            f"{what} {display_path(target)} is ook door anderen te lezen en Keukentafel kan "
            f"dat niet herstellen ({os_reason(error)}). Zet de rechten zo dat alleen uw "
            "account erbij kan, of kies een andere map met KEUKENTAFEL_DATA_DIR."
        ) from error


def prepare(db_path: Path) -> None:
    """Create the folder (0700) and the empty database file (0600) if they are missing,
    and tighten the rights of existing ones."""
    folder = db_path.parent
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        _fix_mode(folder, FOLDER_MODE, "De map")
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        # An existing database is opened as it is; its rights are checked below.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(db_path, flags, FILE_MODE))
        if db_path.is_symlink():
            raise StoreError(
                f"{display_path(db_path)} is een snelkoppeling (symlink). Keukentafel "
                "opent alleen een echt bestand; verwijder de snelkoppeling of kies een "
                "andere map met KEUKENTAFEL_DATA_DIR."
            )
        _fix_mode(db_path, FILE_MODE, "Het bestand")
        for extra in ("-wal", "-shm", "-journal"):
            companion = db_path.with_name(db_path.name + extra)
            if companion.exists():
                _fix_mode(companion, FILE_MODE, "Het bestand")
    except StoreError:
        raise
    except OSError as error:
        raise StoreError(
            f"De map voor opgeslagen gesprekken ({display_path(folder)}) kan niet worden "
            f"aangemaakt of gebruikt: {os_reason(error)}. Kies een map waarin u mag schrijven "
            "met KEUKENTAFEL_DATA_DIR."
        ) from error
