"""Autosaved conversations: SQLite in the user data folder, readable by the worker only.

Use :class:`SessionStore` to save a :class:`SessionRecord` after every step, list the
saved ones for resuming (newest first), load one, and delete one for good.
"""

from assistant.store.errors import StoreError
from assistant.store.paths import DB_NAME, ENV_VAR, resolve_db_path
from assistant.store.record import (
    LABEL_MAX,
    SessionRecord,
    SessionSummary,
    content_hash,
    new_session_id,
    suggest_label,
    validate_label,
)
from assistant.store.sqlite_store import SessionStore

__all__ = [
    "DB_NAME",
    "ENV_VAR",
    "LABEL_MAX",
    "SessionRecord",
    "SessionStore",
    "SessionSummary",
    "StoreError",
    "content_hash",
    "new_session_id",
    "resolve_db_path",
    "suggest_label",
    "validate_label",
]
