"""Shared fixtures for the engine tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine import Dialog, Session, load_dialog

MINI = Path(__file__).parent / "fixtures" / "good" / "mini.toml"


@pytest.fixture
def mini() -> Dialog:
    return load_dialog(MINI)


@pytest.fixture
def session(mini: Dialog) -> Session:
    return Session(mini)


@pytest.fixture
def mini_text() -> str:
    return MINI.read_text(encoding="utf-8")
