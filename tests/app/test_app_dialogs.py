"""Dialog files in the app: --dialog files are offered, broken ones show their problems."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from assistant.app.run import run_app
from assistant.app.screens.dialogs import DialogsScreen

BROKEN = """\
[dialog]
id = "kapot"
title = "Kapotte dialoog"
start = "begin"

[[steps]]
id = "begin"
phase = "kennismaking"
promt = "Typfout in de sleutel"
answer = "none"
end = true
"""


async def test_broken_dialog_shows_located_problems(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kapot.toml"
    broken.write_text(BROKEN, encoding="utf-8")
    app = make_app(extra_dialogs=[broken])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.wait_until_loaded()
        menu = app.screen.query_one("#start-menu", OptionList)
        index = next(
            i for i in range(menu.option_count) if menu.get_option_at_index(i).id == "dialogs"
        )
        menu.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DialogsScreen)
        await pilot.press("end")
        await pilot.pause()
        problems = str(app.screen.query_one("#dialogs-problems", Static).render())
        assert "kapot.toml" in problems and "prompt" in problems


async def test_new_conversation_offers_dialogs_and_disables_broken_ones(
    make_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kapot.toml"
    broken.write_text(BROKEN, encoding="utf-8")
    app = make_app(extra_dialogs=[broken])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        dialogs = app.screen.query_one("#new-dialogs", OptionList)
        prompts = [str(dialogs.get_option_at_index(i).prompt) for i in range(dialogs.option_count)]
        assert prompts[0].startswith("Keukentafelgesprek")
        assert any("Telefonische intake" in p for p in prompts)
        assert dialogs.get_option_at_index(dialogs.option_count - 1).disabled


def test_missing_dialog_file_is_a_dutch_message(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_app([str(tmp_path / "bestaat-niet.toml")]) == 1
    assert "Dialoogbestand niet gevonden" in capsys.readouterr().err
