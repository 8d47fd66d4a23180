"""Start screen: what the worker can do, interactive before the slow parts have loaded.

It shows how far the social map and language analysis are with loading, and only
offers 'oefenen' when the practice screen is installed.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.app.keys import START, bindings
from assistant.app.widgets.start.status_panel import StatusPanel

PRACTICE_MODULE = "assistant.app.screens.practice"


def practice_available() -> bool:
    """True when the practice screen module is installed."""
    return importlib.util.find_spec(PRACTICE_MODULE) is not None


class StartScreen(Screen[None]):
    """The menu the app opens with."""

    BINDINGS = bindings(START)

    def compose(self) -> ComposeResult:
        yield Header(icon="⌂")
        with Horizontal(id="start-body"):
            with Vertical(id="start-menu-box"):
                yield Static("Wat wilt u doen?", classes="box-title")
                yield OptionList(*self._options(), id="start-menu")
            yield StatusPanel(id="start-status")
        yield Static("Zo licht als mogelijk, zo zwaar als nodig.", id="start-motto")
        yield Footer()

    def _options(self) -> list[Option]:
        items = [
            Option("Nieuw gesprek", id="new"),
            Option("Gesprek hervatten", id="resume"),
            Option("Sociale kaart  (F2)", id="map"),
        ]
        if practice_available():
            items.append(Option("Oefenen", id="practice"))
        items += [
            Option("Dialogen (voor trainers)", id="dialogs"),
            Option("Help  (F1)", id="help"),
            Option("Stoppen", id="quit"),
        ]
        return items

    def on_mount(self) -> None:
        self.sub_title = "Start"
        self.query_one("#start-menu", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        actions = {
            "new": self.action_new_conversation,
            "resume": self.action_resume,
            "map": self.app.action_social_map,  # type: ignore[attr-defined]
            "practice": self._practice,
            "dialogs": self._dialogs,
            "help": self.app.action_help,  # type: ignore[attr-defined]
            "quit": self.app.exit,
        }
        actions[event.option.id or ""]()

    def action_new_conversation(self) -> None:
        from assistant.app.screens.new_conversation import NewConversationScreen

        self.app.push_screen(NewConversationScreen())

    def action_resume(self) -> None:
        from assistant.app.screens.sessions import SessionsScreen

        self.app.push_screen(SessionsScreen())

    def _dialogs(self) -> None:
        from assistant.app.screens.dialogs import DialogsScreen

        self.app.push_screen(DialogsScreen())

    def _practice(self) -> None:
        module: Any = importlib.import_module(PRACTICE_MODULE)
        self.app.push_screen(module.PracticeScreen())
