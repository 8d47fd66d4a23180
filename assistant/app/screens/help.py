"""Help: every key binding of the app, grouped by where it works.

The table is built from :mod:`assistant.app.keys`, the same records the screens bind,
so the help can never drift from what the keys really do.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from assistant.app.keys import BACK, SECTIONS, bindings


class HelpScreen(Screen[None]):
    """Lists every binding; Escape returns to where the worker was."""

    BINDINGS = bindings(BACK)

    def compose(self) -> ComposeResult:
        yield Header(icon="?")
        yield Static(
            "Alles werkt met het toetsenbord. Tab gaat naar het volgende veld, "
            "Enter kiest of bevestigt.",
            id="help-intro",
        )
        table: DataTable[str] = DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("Waar", "Toets", "Wat het doet")
        for section, keys in SECTIONS:
            for key in keys:
                table.add_row(section, key.display, key.help)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Help"
        self.query_one(DataTable).focus()
