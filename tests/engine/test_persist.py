"""Saving and restoring sessions: exact round trip, changed dialogs noticed."""

from __future__ import annotations

import json

import pytest

from assistant.engine import Dialog, Session, SessionError, load_dialog_text


def played(dialog: Dialog) -> Session:
    session = Session(dialog)
    for answer in [None, "Hulp", "", "vandaag", "financien, adl", 2, "lijstjes"]:
        session.answer(answer)
    session.add_need("huisvesting", "Woning te klein")
    session.raise_signal("violence", "Ruzie thuis")
    session.skip("Geen netwerk in beeld")
    return session


def test_round_trip_is_exact(mini: Dialog) -> None:
    session = played(mini)
    data = json.loads(json.dumps(session.to_json()))
    restored = Session.from_json(data, mini)
    assert restored.to_json() == session.to_json()
    assert restored.current.id == session.current.id
    assert restored.result == session.result
    restored.back()
    session.back()
    assert restored.to_json() == session.to_json()


def test_saved_data_names_dialog_and_hash(mini: Dialog) -> None:
    data = played(mini).to_json()
    assert data["dialog"] == {"id": "mini", "hash": mini.content_hash}
    assert len(mini.content_hash) == 64


def test_changed_dialog_is_refused_by_default(mini: Dialog, mini_text: str) -> None:
    data = played(mini).to_json()
    changed = load_dialog_text(mini_text.replace("Hoe snel is", "Hoe vlug is"))
    with pytest.raises(SessionError, match="veranderd"):
        Session.from_json(data, changed)


def test_changed_dialog_can_be_accepted(mini: Dialog, mini_text: str) -> None:
    session = played(mini)
    changed = load_dialog_text(mini_text.replace("Hoe snel is", "Hoe vlug is"))
    restored = Session.from_json(session.to_json(), changed, allow_changed=True)
    assert restored.dialog_changed
    assert restored.restore_note is None
    assert restored.current.id == session.current.id


def test_changed_dialog_replays_as_far_as_it_fits(mini: Dialog, mini_text: str) -> None:
    session = played(mini)
    changed = load_dialog_text(
        mini_text.replace(
            'answer = "text"\neffects = [ { type = "strength"',
            'answer = "yesno"\neffects = [ { type = "strength"',
        )
    )
    restored = Session.from_json(session.to_json(), changed, allow_changed=True)
    assert restored.restore_note is not None
    assert "ja" in restored.restore_note and "nee" in restored.restore_note


def test_other_dialog_or_garbage_is_refused(mini: Dialog, mini_text: str) -> None:
    data = played(mini).to_json()
    other = load_dialog_text(mini_text.replace('id = "mini"', 'id = "ander"'))
    with pytest.raises(SessionError, match="hoort bij dialoog 'mini'"):
        Session.from_json(data, other)
    with pytest.raises(SessionError):
        Session.from_json({"format": 99}, mini)
    tampered = dict(data, state=dict(data["state"], current="einde"))
    with pytest.raises(SessionError, match="klopt niet"):
        Session.from_json(tampered, mini)
