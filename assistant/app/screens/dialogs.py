"""Dialogen (for trainers): every dialog found and whether it checks clean.

A broken file shows its problems with file and line, as ``assistant dialogs check``
prints them, so a trainer can fix it without leaving the app.
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.app.keys import BACK, bindings


class DialogsScreen(Screen[None]):
    """Lists dialogs with their check status; the highlighted one's problems below."""

    BINDINGS = bindings(BACK)

    def compose(self) -> ComposeResult:
        yield Header(icon="⌂")
        yield Static(
            "Gevonden gespreksleidraden. Met --dialog PAD voegt u een eigen bestand toe.",
            id="dialogs-intro",
        )
        yield OptionList(id="dialogs-list")
        yield Static("", id="dialogs-problems")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Dialogen"
        app: Any = self.app
        self._entries = app.dialog_entries(reload=True)
        listing = self.query_one("#dialogs-list", OptionList)
        for entry in self._entries:
            status = "[green]in orde[/]" if entry.ok else "[red]fouten[/]"
            listing.add_option(
                Option(f"{status}  {escape(entry.title)}  [dim]{escape(entry.path.name)}[/]")
            )
        listing.highlighted = 0 if self._entries else None
        listing.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        entry = self._entries[event.option_index]
        problems = self.query_one("#dialogs-problems", Static)
        problems.display = not entry.ok
        if entry.error is not None:
            problems.update(escape(entry.error.render()))
