"""Saving, listing, loading and deleting sessions, as the app's resume screen uses them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.store import SessionRecord, SessionStore, StoreError, content_hash


def _record(label: str) -> SessionRecord:
    return SessionRecord(
        label=label,
        dialog_id="keukentafelgesprek",
        dialog_hash=content_hash("[dialog]"),
        engine={"step": "welkom", "slots": {"hulpvraag": "hulp bij het huishouden"}},
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SessionStore]:
    with SessionStore(tmp_path / "data") as opened:
        yield opened


def test_save_then_load_gives_back_the_same_session(store: SessionStore) -> None:
    record = _record("Gesprek wijk Noord 3").model_copy(
        update={"plan": {"doelen": {"financien": "Rust in de geldzaken"}}, "notes": "Één 🙂"}
    )
    saved = store.save(record)
    loaded = store.load(saved.id)
    assert loaded == saved
    assert loaded.engine["slots"]["hulpvraag"] == "hulp bij het huishouden"
    assert loaded.plan == {"doelen": {"financien": "Rust in de geldzaken"}}
    assert loaded.notes == "Één 🙂"


def test_list_shows_the_most_recently_saved_first(store: SessionStore) -> None:
    first = store.save(_record("Eerste"))
    second = store.save(_record("Tweede"))
    third = store.save(_record("Derde"))
    assert [s.label for s in store.list()] == ["Derde", "Tweede", "Eerste"]
    store.save(first.model_copy(update={"notes": "nieuwe stap"}))
    assert [s.id for s in store.list()] == [first.id, third.id, second.id]


def test_saving_again_updates_without_changing_when_it_started(store: SessionStore) -> None:
    first = store.save(_record("Gesprek"))
    again = store.save(first.model_copy(update={"engine": {"step": "afsluiting"}}))
    assert len(store.list()) == 1
    assert again.created_at == first.created_at
    assert again.updated_at > first.updated_at
    assert store.load(first.id).engine == {"step": "afsluiting"}


def test_sessions_survive_closing_and_reopening(tmp_path: Path) -> None:
    with SessionStore(tmp_path) as store:
        saved = store.save(_record("Blijft bewaard"))
    with SessionStore(tmp_path) as store:
        assert store.load(saved.id) == saved


def test_env_var_moves_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEUKENTAFEL_DATA_DIR", str(tmp_path / "elders"))
    with SessionStore() as store:
        assert store.path == tmp_path / "elders" / "sessies.sqlite3"
        store.save(_record("Via omgevingsvariabele"))
    assert (tmp_path / "elders" / "sessies.sqlite3").is_file()


def test_a_label_is_required_and_short() -> None:
    with pytest.raises(StoreError, match="label"):
        _record("   ")
    with pytest.raises(StoreError, match="te lang"):
        _record("x" * 61)
    assert _record("  Gesprek \n wijk  Noord ").label == "Gesprek wijk Noord"


def test_loading_an_unknown_session_says_so_in_dutch(store: SessionStore) -> None:
    with pytest.raises(StoreError, match="niet \\(meer\\) opgeslagen"):
        store.load("00000000-0000-4000-8000-000000000000")


def test_a_closed_store_refuses_politely(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="gesloten"):
        store.list()


def test_a_label_emptied_behind_the_models_back_is_still_refused(store: SessionStore) -> None:
    sneaky = _record("Goed").model_copy(update={"label": ""})
    with pytest.raises(StoreError, match="label"):
        store.save(sneaky)
    assert store.list() == []


def test_two_windows_and_an_autosave_thread_share_the_store(tmp_path: Path) -> None:
    import threading

    first, second = SessionStore(tmp_path), SessionStore(tmp_path)
    saved: list[str] = []

    def autosave(store: SessionStore, name: str) -> None:
        record = store.save(_record(name))
        for step in range(20):
            record = store.save(record.model_copy(update={"engine": {"step": step}}))
        saved.append(record.id)

    threads = [
        threading.Thread(target=autosave, args=(s, n)) for s, n in ((first, "A"), (second, "B"))
    ]
    threads.append(threading.Thread(target=autosave, args=(first, "C")))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(s.label for s in second.list()) == ["A", "B", "C"]
    assert len(saved) == 3
    assert all(first.load(i).engine == {"step": 19} for i in saved)
    first.close()
    second.close()


def test_an_unusable_data_folder_gives_a_dutch_error(tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("geen map", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        SessionStore(tmp_path / "bestand" / "data")
    assert "KEUKENTAFEL_DATA_DIR" in caught.value.message
    assert "bestand" in caught.value.message
