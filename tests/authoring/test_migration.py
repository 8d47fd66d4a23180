"""Resuming a session saved with an older version of its dialog: never lose answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine import Session, SessionError, load_dialog_text
from assistant.engine.migration import resume


@pytest.fixture
def text(fixtures: Path) -> str:
    return (fixtures / "goed.toml").read_text(encoding="utf-8")


def saved(text: str, upto: str) -> dict:
    session = Session(load_dialog_text(text, "goed.toml"))
    answers = {
        "vraag": "Ik heb schulden",
        "achter": "Rust",
        "domeinen": ["financien"],
        "zelf": "Kasboek",
        "mensen": "Zus",
    }
    while session.current.id != upto:
        session.answer(answers.get(session.current.id))
    session.raise_signal("acute_crisis", "deurwaarder staat voor de deur")
    return session.to_json()


def test_unchanged_dialog_resumes_exactly(text: str) -> None:
    data = saved(text, "mensen")
    migration = resume(data, load_dialog_text(text, "goed.toml"))
    assert not migration.changed and migration.same_step
    assert migration.message is None
    assert migration.session.to_json() == data


def test_changed_dialog_resumes_at_the_same_step(text: str) -> None:
    data = saved(text, "mensen")
    newer = text.replace("Wat lukt u al wel?", "Wat gaat er goed?")
    migration = resume(data, load_dialog_text(newer, "goed.toml"))
    assert migration.changed and migration.same_step
    assert migration.session.current.id == "mensen"
    assert migration.unplaced == []
    assert "aangepast" in (migration.message or "")
    assert "dezelfde vraag" in (migration.message or "")


def test_removed_step_offers_the_nearest_phase_and_keeps_answers(text: str) -> None:
    data = saved(text, "hulp")
    newer = text.replace('id = "mensen"', 'id = "netwerk"').replace(
        'next = "mensen"', 'next = "netwerk"'
    )
    migration = resume(data, load_dialog_text(newer, "goed.toml"))
    assert migration.changed and not migration.same_step
    assert migration.phase == "voorzieningen"
    assert migration.session.current.id == "netwerk"
    assert [entry.step for entry in migration.unplaced] == ["mensen"]
    assert migration.unplaced_lines() == ["mensen: Zus"]
    message = migration.message or ""
    assert "fase 'voorzieningen'" in message
    assert "1 eerder antwoord past niet meer" in message
    result = migration.session.result
    assert result.hulpvraag == "Ik heb schulden"
    assert [n.domain for n in result.needs] == ["financien"]
    assert [s.kind for s in result.signals] == ["acute_crisis"]
    migration.continue_from_phase()
    assert migration.session.current.id == "hulp"
    again = Session.from_json(migration.session.to_json(), migration.session.dialog)
    assert again.state == migration.session.state


def test_when_the_current_step_is_gone_the_last_surviving_phase_is_offered(text: str) -> None:
    data = saved(text, "mensen")
    newer = text.replace('id = "mensen"', 'id = "netwerk"').replace(
        'next = "mensen"', 'next = "netwerk"'
    )
    migration = resume(data, load_dialog_text(newer, "goed.toml"))
    assert migration.phase == "eigen_kracht"
    assert migration.unplaced == []
    migration.continue_from_phase()
    assert migration.session.current.id == "zelf"


def test_session_of_another_dialog_is_refused(text: str) -> None:
    data = saved(text, "mensen")
    other = text.replace('id = "goed"', 'id = "ander"')
    with pytest.raises(SessionError, match="hoort bij dialoog 'goed'"):
        resume(data, load_dialog_text(other, "ander.toml"))
