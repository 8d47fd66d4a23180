"""Autosaved sessions in one SQLite file that only the worker's account can read.

The app saves after every step; each save is one transaction, so killing the app at any
moment loses at most the step being typed. Deleting a session overwrites its data and
rebuilds the file, so it is gone for good. A damaged file is never repaired or replaced
by us: the worker is told what to do, and other sessions stay where they are.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType

from assistant.errors import display_path
from assistant.store import schema
from assistant.store.errors import StoreError, translate
from assistant.store.paths import prepare, resolve_db_path
from assistant.store.record import SessionRecord, SessionSummary, now
from assistant.store.rows import record_from_row, summary_from_row, to_row

Traceback = TracebackType | None


class SessionStore:
    """Saved conversations: ``save`` (upsert), ``list`` (newest first), ``load``, ``delete``.

    ``path`` is a folder (the file inside is ``sessies.sqlite3``) or a ``.sqlite3`` file;
    without it, $KEUKENTAFEL_DATA_DIR or the user data folder is used. Safe to share
    between threads (e.g. an autosave worker); calls are serialised by a lock.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path: Path = resolve_db_path(path)
        prepare(self.path)
        self._lock = threading.RLock()
        self._last = datetime.min.replace(tzinfo=UTC)
        try:
            self._db: sqlite3.Connection | None = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise self._translate(error) from error
        try:
            self._open(self._db)
        except BaseException:
            self._db.close()
            raise
        prepare(self.path)  # WAL companions now exist; make sure they are 0600 too.

    def _open(self, db: sqlite3.Connection) -> None:
        with self._guard():
            schema.configure(db)
            version = schema.user_version(db)
            if version > schema.SCHEMA_VERSION:
                raise StoreError(
                    f"{display_path(self.path)} is gemaakt door een nieuwere versie van "
                    "Keukentafel. Werk Keukentafel bij; er is niets veranderd aan het bestand."
                )
            if version == 0:
                schema.create(db)
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise self._translate(sqlite3.DatabaseError("database disk image is malformed"))

    def save(self, record: SessionRecord) -> SessionRecord:
        """Insert or update ``record`` in one transaction; returns it as stored (with the
        new ``updated_at`` and the original ``created_at``)."""
        with self._guard() as db:
            stamp = max(now(), self._last + timedelta(microseconds=1))
            self._last = stamp
            # Validate again: model_copy(update=...) in the caller skips validation.
            # Validate again: model_copy(update=...) in the caller skips validation.
            stored = SessionRecord.model_validate({**dict(record), "updated_at": stamp})
            row = to_row(stored)
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(schema.UPSERT, row)
                created = db.execute(
                    "SELECT created_at FROM sessions WHERE id = ?", (stored.id,)
                ).fetchone()[0]
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return stored.model_copy(update={"created_at": datetime.fromisoformat(created)})

    def list(self) -> list[SessionSummary]:
        """All saved sessions, the most recently saved first."""
        with self._guard() as db:
            rows = db.execute(
                f"SELECT {schema.SUMMARY_COLUMNS} FROM sessions "
                "ORDER BY updated_at DESC, rowid DESC"
            ).fetchall()
        return [summary_from_row(row) for row in rows]

    def load(self, session_id: str) -> SessionRecord:
        """The whole saved session, or a StoreError when it is not (or no longer) there."""
        with self._guard() as db:
            row = db.execute(
                f"SELECT {schema.ALL_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise StoreError("Dit gesprek is niet (meer) opgeslagen. Kies een ander gesprek.")
        return record_from_row(row)

    def delete(self, session_id: str) -> bool:
        """Delete a session for good: the row is overwritten and the file rebuilt, so no
        trace stays behind in the database or its log. True when something was deleted."""
        with self._guard() as db:
            deleted = db.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            db.execute("VACUUM")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return deleted > 0

    def close(self) -> None:
        """Close the database; the log is folded into the file. Safe to call twice."""
        with self._lock:
            if self._db is not None:
                db, self._db = self._db, None
                try:
                    db.close()
                except sqlite3.Error as error:
                    raise self._translate(error) from error

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        """Serialise access and turn SQLite errors into Dutch StoreErrors."""
        with self._lock:
            if self._db is None:
                raise StoreError("De opslag van gesprekken is al gesloten.")
            try:
                yield self._db
            except sqlite3.Error as error:
                raise self._translate(error) from error

    def _translate(self, error: sqlite3.Error) -> StoreError:
        return translate(error, self.path)
