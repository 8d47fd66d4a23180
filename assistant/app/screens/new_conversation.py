"""Nieuw gesprek: choose a dialog and give the conversation a label.

The label is how the worker finds the conversation again; the screen asks for a
neutral one (never the client's name), because sessions are stored on this computer.
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from assistant.app.keys import MODAL, bindings
from assistant.store import LABEL_MAX, suggest_label


class NewConversationScreen(ModalScreen[None]):
    """Dialog choice, then label; Enter in the label field starts the conversation."""

    BINDINGS = bindings(MODAL)

    def __init__(self, label: str | None = None) -> None:
        super().__init__()
        self._label = label

    def compose(self) -> ComposeResult:
        app: Any = self.app
        with Vertical(classes="dialog-box"):
            yield Static("[b]Nieuw gesprek[/b]", classes="dialog-question")
            yield Static("Welke gespreksleidraad?", classes="muted")
            options = []
            for entry in app.dialog_entries():
                where = "" if entry.shipped else " [dim](eigen bestand)[/]"
                if entry.ok:
                    options.append(Option(escape(entry.title) + where, id=str(entry.path)))
                else:
                    options.append(
                        Option(
                            f"{escape(entry.title)} [red](fouten, zie Dialogen)[/]", disabled=True
                        )
                    )
            yield OptionList(*options, id="new-dialogs")
            yield Static(
                "Label (bijv. 'Gesprek wijk Noord 3'), [b]niet[/b] de naam van de cliënt:",
                classes="muted",
            )
            yield Input(
                self._label if self._label is not None else suggest_label(),
                max_length=LABEL_MAX,
                id="new-label",
            )
            yield Static("Enter in het label begint het gesprek. Esc annuleert.", classes="muted")

    def on_mount(self) -> None:
        dialogs = self.query_one("#new-dialogs", OptionList)
        dialogs.highlighted = 0 if dialogs.option_count else None
        dialogs.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#new-label", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        dialogs = self.query_one("#new-dialogs", OptionList)
        index = dialogs.highlighted
        option = dialogs.get_option_at_index(index) if index is not None else None
        if option is None or option.disabled or not option.id:
            self.notify("Kies eerst een gespreksleidraad.", severity="warning")
            dialogs.focus()
            return
        label = event.value.strip()
        if not label:
            self.notify("Geef het gesprek een label.", severity="warning")
            return
        app: Any = self.app
        self.dismiss(None)
        app.start_conversation(option.id, label)

    def action_cancel(self) -> None:
        self.dismiss(None)
