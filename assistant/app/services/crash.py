"""When something unexpected breaks: a Dutch message for the worker, details in a log.

The traceback goes to ``fouten.log`` in the data folder (readable by the worker only,
like the sessions), never to the screen: it may quote what a client said.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path


def write_error_log(folder: Path, error: BaseException) -> Path | None:
    """Append the error to ``folder/fouten.log``; None when even that fails."""
    path = folder / "fouten.log"
    text = "".join(traceback.format_exception(error))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(handle, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return None
    return path


def crash_message(log: Path | None) -> str:
    """What the worker reads in the terminal after an unexpected stop."""
    where = f" Technische details voor de beheerder staan in {log}." if log else ""
    return (
        "Er ging iets onverwachts mis en Keukentafel is gestopt. Uw gesprek is bewaard "
        "tot en met de laatste stap: start de app opnieuw en kies 'Gesprek hervatten'." + where
    )
