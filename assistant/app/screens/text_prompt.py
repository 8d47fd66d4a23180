"""Small modals that ask for one piece of text: a skip reason, a session label, notes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static, TextArea

from assistant.app.keys import MODAL, NOTES, bindings


class AskTextScreen(ModalScreen[str | None]):
    """One line of text; Enter confirms (empty is refused), Escape cancels."""

    BINDINGS = bindings(MODAL)

    def __init__(self, question: str, hint: str = "", value: str = "", empty: str = "") -> None:
        super().__init__()
        self._question, self._hint, self._value, self._empty = question, hint, value, empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(f"[b]{self._question}[/b]", classes="dialog-question")
            if self._hint:
                yield Static(self._hint, classes="muted")
            yield Input(self._value, id="ask-text")
            yield Static("Enter bevestigt, Esc annuleert.", classes="muted")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            self.notify(self._empty or "Vul iets in, of druk op Esc.", severity="warning")
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class NotesScreen(ModalScreen[str]):
    """The worker's own notes with this conversation; Escape closes and keeps them."""

    BINDINGS = bindings(NOTES)

    def __init__(self, notes: str) -> None:
        super().__init__()
        self._notes = notes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box notes-box"):
            yield Static("[b]Notities[/b] (alleen voor u; komen niet in het plan)")
            yield TextArea(self._notes, id="notes-text", soft_wrap=True)
            yield Static("Esc sluit en bewaart.", classes="muted")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_close(self) -> None:
        self.dismiss(self.query_one(TextArea).text)
