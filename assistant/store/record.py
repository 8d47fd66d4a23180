"""What one autosaved conversation looks like on disk, and nothing more.

The store keeps as little as possible about a client: a label the worker chose (never
the client's name, the app says so), which dialog was used, the engine's session state,
the plan state and the worker's notes. Everything else can be rebuilt from those.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.store.errors import StoreError

LABEL_MAX = 60
"""A label is a short handle such as 'Gesprek wijk Noord 3', not a description."""


def now() -> datetime:
    """The current moment in UTC; stored timestamps are always UTC."""
    return datetime.now(UTC)


def new_session_id() -> str:
    """A random session id that says nothing about the client."""
    return str(uuid.uuid4())


def content_hash(content: str | bytes) -> str:
    """A short, stable fingerprint of a dialog file, to notice a changed dialog on resume."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def suggest_label(moment: datetime | None = None) -> str:
    """A neutral default label, e.g. 'Gesprek 28-11 18:05' (local time, no client data)."""
    local = (moment or now()).astimezone()
    return f"Gesprek {local:%d-%m %H:%M}"


def validate_label(label: str) -> str:
    """A cleaned-up label, or a Dutch StoreError that tells the worker what to change."""
    cleaned = " ".join(str(label).split())
    if not cleaned:
        raise StoreError("Geef het gesprek een label, bijvoorbeeld 'Gesprek wijk Noord 3'.")
    if len(cleaned) > LABEL_MAX:
        raise StoreError(
            f"Het label is te lang ({len(cleaned)} tekens). Gebruik maximaal {LABEL_MAX} "
            "tekens, bijvoorbeeld 'Gesprek wijk Noord 3'."
        )
    return cleaned


class SessionSummary(BaseModel):
    """What the 'gesprek hervatten' list shows: enough to choose, without the contents."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    dialog_id: str
    dialog_hash: str
    created_at: datetime
    updated_at: datetime


class SessionRecord(BaseModel):
    """One autosaved conversation: engine state, plan state and notes under a label."""

    model_config = ConfigDict(validate_assignment=True)

    id: str = Field(default_factory=new_session_id)
    label: str
    dialog_id: str
    dialog_hash: str = ""
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)
    engine: dict[str, Any] = Field(default_factory=dict)
    """The engine session as JSON (``session.to_json()``)."""
    plan: dict[str, Any] | None = None
    """The plan state as JSON (chosen provisions, edits), once the worker has one."""
    notes: str = ""

    @field_validator("label")
    @classmethod
    def _label(cls, value: str) -> str:
        return validate_label(value)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise StoreError(f"Ongeldige sessie-id: {value!r}.") from None

    @field_validator("created_at", "updated_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def summary(self) -> SessionSummary:
        """The list view of this record."""
        return SessionSummary(
            id=self.id,
            label=self.label,
            dialog_id=self.dialog_id,
            dialog_hash=self.dialog_hash,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )
