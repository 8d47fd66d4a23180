"""A small yes/no question as a modal; dismisses with True (ja) or False (nee)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from assistant.app.keys import CONFIRM, bindings


class ConfirmScreen(ModalScreen[bool]):
    """Asks one question; J or Enter on 'Ja' confirms, N or Escape cancels."""

    BINDINGS = bindings(CONFIRM)

    def __init__(self, question: str, yes: str = "Ja", no: str = "Nee") -> None:
        super().__init__()
        self._question, self._yes, self._no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self._question, classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self._yes} (J)", id="yes", variant="error")
                yield Button(f"{self._no} (N)", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
