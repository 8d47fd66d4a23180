"""The store's error type, so the app can tell storage trouble from other trouble."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.errors import KeukentafelError, display_path


class StoreError(KeukentafelError):
    """Saved sessions cannot be read or written; the message says what to do, in Dutch."""


def translate(error: sqlite3.Error, path: Path) -> StoreError:
    """A Dutch StoreError for an SQLite error: what happened and what the worker can do."""
    where = display_path(path)
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"De opgeslagen gesprekken ({where}) zijn bezet. Is Keukentafel nog ergens "
            "anders geopend? Sluit dat venster en probeer het opnieuw."
        )
    if "full" in text or "readonly" in text or "i/o" in text:
        return StoreError(
            f"Opslaan in {where} lukt niet ({error}). Controleer of er ruimte is op de "
            "schijf en of u in die map mag schrijven."
        )
    if isinstance(error, sqlite3.IntegrityError):
        return StoreError(f"Dit gesprek kan niet worden opgeslagen ({error}).")
    if isinstance(error, sqlite3.OperationalError):
        return StoreError(f"De opgeslagen gesprekken ({where}) geven een fout: {error}.")
    return StoreError(
        f"Het bestand met opgeslagen gesprekken ({where}) is beschadigd. Keukentafel heeft "
        "er niets aan veranderd. Sluit Keukentafel, geef het bestand een andere naam "
        "(bijvoorbeeld 'sessies-beschadigd.sqlite3') en start opnieuw: u begint dan met "
        "een lege lijst. Uw beheerder kan proberen de oude gesprekken te herstellen."
    )
