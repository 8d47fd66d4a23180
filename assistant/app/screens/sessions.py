"""Bewaarde gesprekken: resume one (newest first) or delete one for good."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.app.keys import SESSIONS, bindings
from assistant.app.screens.confirm import ConfirmScreen
from assistant.errors import KeukentafelError


class SessionsScreen(Screen[None]):
    """Lists the autosaved conversations of this computer account."""

    BINDINGS = bindings(SESSIONS)

    def compose(self) -> ComposeResult:
        yield Header(icon="⌂")
        yield Static(
            "Kies een gesprek en druk op Enter om verder te gaan. "
            "Delete verwijdert het gesprek voorgoed.",
            id="sessions-intro",
        )
        yield OptionList(id="sessions-list")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Gesprek hervatten"
        self.reload()

    def reload(self) -> None:
        """Read the list from the store again."""
        app: Any = self.app
        listing = self.query_one("#sessions-list", OptionList)
        listing.clear_options()
        store = app.open_store()
        summaries = store.list() if store is not None else []
        for summary in summaries:
            when = summary.updated_at.astimezone().strftime("%d-%m-%Y %H:%M")
            title = app.dialog_title(summary.dialog_id)
            listing.add_option(
                Option(f"{escape(summary.label)}  [dim]{title} · {when}[/]", id=summary.id)
            )
        if not summaries:
            listing.add_option(Option("Er zijn geen bewaarde gesprekken.", disabled=True))
        listing.highlighted = 0 if summaries else None
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        app: Any = self.app
        if event.option.id:
            app.resume_conversation(event.option.id)

    def action_delete(self) -> None:
        listing = self.query_one("#sessions-list", OptionList)
        index = listing.highlighted
        if index is None:
            return
        option = listing.get_option_at_index(index)
        if not option.id:
            return
        session_id = option.id

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._delete(session_id)

        self.app.push_screen(
            ConfirmScreen("Dit gesprek voorgoed verwijderen? Dit kan niet ongedaan worden."),
            confirmed,
        )

    def _delete(self, session_id: str) -> None:
        app: Any = self.app
        try:
            app.open_store().delete(session_id)
        except KeukentafelError as exc:
            self.notify(exc.render(), severity="error")
            return
        self.notify("Het gesprek is verwijderd.")
        self.reload()

    def action_close(self) -> None:
        self.dismiss()
