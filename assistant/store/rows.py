"""Converting between records and database rows: UTC ISO timestamps and JSON text.

Timestamps are stored as ISO 8601 text in UTC with microseconds, so sorting the text
sorts by time; engine and plan state are stored as JSON text, read back only on load.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from assistant.store.errors import StoreError
from assistant.store.record import SessionRecord, SessionSummary


def stamp(moment: datetime) -> str:
    """A timestamp as stored: UTC, ISO 8601, microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def to_row(record: SessionRecord) -> dict[str, Any]:
    """The named parameters for ``schema.UPSERT``."""
    try:
        engine_json = json.dumps(record.engine, ensure_ascii=False)
        plan_json = None if record.plan is None else json.dumps(record.plan, ensure_ascii=False)
    except (TypeError, ValueError) as error:
        raise StoreError(f"Dit gesprek kan niet worden opgeslagen: {error}.") from error
    row = record.model_dump(include={"id", "label", "dialog_id", "dialog_hash", "notes"})
    row |= {"created_at": stamp(record.created_at), "updated_at": stamp(record.updated_at)}
    return row | {"engine_json": engine_json, "plan_json": plan_json}


def _summary_fields(row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "id": row[0],
        "label": row[1],
        "dialog_id": row[2],
        "dialog_hash": row[3],
        "created_at": datetime.fromisoformat(row[4]),
        "updated_at": datetime.fromisoformat(row[5]),
    }


def summary_from_row(row: tuple[Any, ...]) -> SessionSummary:
    """A list entry from a ``SUMMARY_COLUMNS`` row."""
    return SessionSummary(**_summary_fields(row))


def record_from_row(row: tuple[Any, ...]) -> SessionRecord:
    """A whole session from an ``ALL_COLUMNS`` row; a damaged row names itself."""
    fields = _summary_fields(row)
    try:
        fields["engine"] = json.loads(row[6])
        fields["plan"] = None if row[7] is None else json.loads(row[7])
    except json.JSONDecodeError as error:
        raise StoreError(
            f"Het opgeslagen gesprek '{row[1]}' is beschadigd en kan niet worden hervat. "
            "Uw andere gesprekken zijn niet aangetast; u kunt dit gesprek verwijderen."
        ) from error
    return SessionRecord(**fields, notes=row[8])
