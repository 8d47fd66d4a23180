"""Write map files safely: write aside, then atomically replace.

A failed or interrupted write leaves the old file untouched, because the new content only
takes the old file's place (``os.replace``) once it is complete and flushed to disk.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from socialmap.io.columns import COLUMNS, format_cell
from socialmap.model import Provision


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step; on any error the old file stays."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def provisions_to_csv(provisions: Iterable[Provision], *, redact: bool) -> str:
    """CSV text with the map's columns; ``redact`` blanks confidential addresses."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for provision in provisions:
        data = provision.model_dump()
        if redact and provision.address_confidential:
            data["address"] = None
        writer.writerow([format_cell(data[column]) for column in COLUMNS])
    return buffer.getvalue()
