"""The Dialogen screen: trainers see every dialog and persona with its status."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from assistant.app.app import KeukentafelApp
from assistant.app.config import AppConfig
from assistant.app.screens.dialog_preview import DialogPreviewScreen
from assistant.app.screens.dialogs import DialogsScreen


async def test_lists_dialogs_and_personas_and_opens_a_preview(tmp_path: Path) -> None:
    """You should see the shipped dialogs and personas as 'in orde'; Enter opens one."""
    app = KeukentafelApp(
        AppConfig(data_dir=tmp_path / "d", documents_dir=tmp_path / "doc", load_language=False)
    )
    async with app.run_test(size=(120, 40)) as pilot:
        screen = DialogsScreen()
        app.push_screen(screen)
        await pilot.pause()
        for _ in range(120):
            await pilot.pause(0.5)
            if len(screen._statuses) == len(screen._paths):
                break
        listing = screen.query_one("#dialogs-list", OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert any("keukentafelgesprek" in p for p in prompts)
        assert any("weduwnaar" in p for p in prompts)
        assert all("in orde" in p for p in prompts), prompts
        await pilot.press("enter")
        await pilot.pause(1)
        assert isinstance(app.screen, DialogPreviewScreen)
