"""Shared fixtures for the app tests: an app on temporary folders, and a way in.

Every test gets its own data and documents folder, so nothing touches the worker's
real sessions. Language analysis is off unless a test asks for it (it loads spaCy).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from assistant.app.app import KeukentafelApp
from assistant.app.config import AppConfig

TODAY = date(2026, 11, 28)
"""A fixed 'today', so 'ouder dan 12 maanden' and plan dates never change."""

AppFactory = Callable[..., KeukentafelApp]


@pytest.fixture
def make_app(tmp_path: Path) -> AppFactory:
    """Build an app on ``tmp_path``; pass ``language=True`` to load spaCy as well."""

    def factory(language: bool = False, **changes: object) -> KeukentafelApp:
        config = AppConfig(
            data_dir=tmp_path / "data",
            documents_dir=tmp_path / "documenten",
            load_language=language,
            today=TODAY,
        )
        for key, value in changes.items():
            setattr(config, key, value)
        return KeukentafelApp(config)

    return factory


class Ui:
    """Steps a worker takes, shared by the pilot and snapshot tests."""

    @staticmethod
    async def start_conversation(
        pilot: Pilot[int], label: str = "Gesprek wijk Noord 3", dialog_index: int = 0
    ) -> None:
        """From the start screen: nieuw gesprek, pick a dialog, type a label, Enter."""
        app = pilot.app
        await app.wait_until_loaded()  # type: ignore[attr-defined]
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*(["down"] * dialog_index), "enter")
        app.screen.query_one("#new-label", Input).value = label
        await pilot.press("enter")
        await pilot.pause()

    @staticmethod
    async def answer_text(pilot: Pilot[int], text: str) -> None:
        """Type a free-text answer the quick way and press Enter."""
        pilot.app.screen.query_one("#answer-text", Input).value = text
        await pilot.press("enter")
        await pilot.pause()

    @staticmethod
    def step_id(pilot: Pilot[int]) -> str:
        """The id of the step the conversation screen shows."""
        return str(pilot.app.screen.conversation.session.current.id)  # type: ignore[attr-defined]


@pytest.fixture
def ui() -> type[Ui]:
    """The worker's steps (see :class:`Ui`)."""
    return Ui
