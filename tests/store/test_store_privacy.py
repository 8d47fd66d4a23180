"""Only the worker's account can read saved sessions, and deleted ones are really gone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assistant.store import SessionRecord, SessionStore, StoreError

posix_only = pytest.mark.skipif(os.name != "posix", reason="mode bits are POSIX only")
SECRET = "Marker-Schulden-Bij-De-Buurman-7f3a"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _record(label: str, text: str = "iets") -> SessionRecord:
    return SessionRecord(label=label, dialog_id="keukentafelgesprek", engine={"tekst": text})


@posix_only
def test_new_database_is_0600_in_a_0700_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nieuw" / "keukentafel"
    old_umask = os.umask(0o022)
    try:
        with SessionStore(folder) as store:
            store.save(_record("Rechten"))
            companions = [p for p in folder.iterdir() if p != store.path]
            assert _mode(store.path) == 0o600
            assert all(_mode(p) == 0o600 for p in companions)
    finally:
        os.umask(old_umask)
    assert _mode(folder) == 0o700


@posix_only
def test_loosened_rights_are_tightened_on_open(tmp_path: Path) -> None:
    with SessionStore(tmp_path / "data") as store:
        store.save(_record("Rechten"))
        db = store.path
    os.chmod(db, 0o644)
    os.chmod(db.parent, 0o755)
    with SessionStore(db.parent) as store:
        assert [s.label for s in store.list()] == ["Rechten"]
    assert _mode(db) == 0o600
    assert _mode(db.parent) == 0o700


@posix_only
def test_a_symlink_instead_of_the_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elders.sqlite3").write_bytes(b"")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "sessies.sqlite3").symlink_to(tmp_path / "elders.sqlite3")
    with pytest.raises(StoreError, match="snelkoppeling"):
        SessionStore(tmp_path / "data")


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def test_deleted_session_leaves_no_trace_in_the_files(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with SessionStore(folder) as store:
        keep = store.save(_record("Blijft"))
        gone = store.save(_record("Weg", SECRET))
        for step in range(5):  # several versions of the same session, as autosave makes
            store.save(gone.model_copy(update={"notes": f"{SECRET} stap {step}"}))
        assert SECRET.encode() in _all_bytes(folder)
        assert store.delete(gone.id) is True
        assert SECRET.encode() not in _all_bytes(folder)
        assert [s.id for s in store.list()] == [keep.id]
        with pytest.raises(StoreError):
            store.load(gone.id)
        assert store.delete(gone.id) is False
    assert SECRET.encode() not in _all_bytes(folder)
    with SessionStore(folder) as store:
        assert store.load(keep.id).label == "Blijft"


def test_a_damaged_file_gives_advice_and_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "sessies.sqlite3"
    garbage = b"dit is geen database " * 100
    db.write_bytes(garbage)
    with pytest.raises(StoreError) as caught:
        SessionStore(tmp_path)
    assert "beschadigd" in caught.value.message
    assert "andere naam" in caught.value.message
    assert db.read_bytes() == garbage


def test_a_newer_database_is_not_touched(tmp_path: Path) -> None:
    import sqlite3

    with SessionStore(tmp_path) as store:
        db = store.path
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA user_version = 99")
    raw.close()
    with pytest.raises(StoreError, match="nieuwere versie"):
        SessionStore(tmp_path)


def test_one_damaged_session_does_not_hide_the_others(tmp_path: Path) -> None:
    import sqlite3

    with SessionStore(tmp_path) as store:
        good = store.save(_record("Heel"))
        bad = store.save(_record("Kapot"))
        db = store.path
    raw = sqlite3.connect(db)
    with raw:
        raw.execute("UPDATE sessions SET engine_json = '{niet af' WHERE id = ?", (bad.id,))
    raw.close()
    with SessionStore(tmp_path) as store:
        assert {s.label for s in store.list()} == {"Heel", "Kapot"}
        with pytest.raises(StoreError, match="'Kapot' is beschadigd"):
            store.load(bad.id)
        assert store.load(good.id).label == "Heel"
        assert store.delete(bad.id)
        assert [s.label for s in store.list()] == ["Heel"]
