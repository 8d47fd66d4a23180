"""The database schema and the connection settings that make autosave crash-safe.

WAL with ``synchronous=FULL`` means every committed save survives a killed process or a
power cut, and a kill in the middle of a save leaves the previous state intact.
``secure_delete`` overwrites deleted rows, so a deleted session is really gone.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

CREATE = (
    """
CREATE TABLE IF NOT EXISTS sessions (
    id          TEXT PRIMARY KEY,
    label       TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
    dialog_id   TEXT NOT NULL,
    dialog_hash TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    engine_json TEXT NOT NULL,
    plan_json   TEXT,
    notes       TEXT NOT NULL DEFAULT ''
)""",
    "CREATE INDEX IF NOT EXISTS sessions_by_update ON sessions (updated_at DESC)",
)

UPSERT = """
INSERT INTO sessions (id, label, dialog_id, dialog_hash, created_at, updated_at,
                      engine_json, plan_json, notes)
VALUES (:id, :label, :dialog_id, :dialog_hash, :created_at, :updated_at,
        :engine_json, :plan_json, :notes)
ON CONFLICT (id) DO UPDATE SET
    label = excluded.label, dialog_id = excluded.dialog_id,
    dialog_hash = excluded.dialog_hash, updated_at = excluded.updated_at,
    engine_json = excluded.engine_json, plan_json = excluded.plan_json,
    notes = excluded.notes
"""

SUMMARY_COLUMNS = "id, label, dialog_id, dialog_hash, created_at, updated_at"
ALL_COLUMNS = SUMMARY_COLUMNS + ", engine_json, plan_json, notes"


def configure(connection: sqlite3.Connection) -> None:
    """Durability and privacy settings; run on every new connection."""
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA foreign_keys = ON")


def user_version(connection: sqlite3.Connection) -> int:
    """The schema version stored in the file (0 for a new, empty file)."""
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def create(connection: sqlite3.Connection) -> None:
    """Create the tables in one transaction and stamp the schema version."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in CREATE:
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
