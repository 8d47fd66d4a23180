"""The acties of the plan (wie, wat, wanneer), with three fields to add one more."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static


def actions_markup(acties: Any) -> str:
    """Numbered acties, or a hint when there are none."""
    if not acties:
        return "[dim]Nog geen acties.[/]"
    return "\n".join(
        f"{n}. [b]{escape(a.wie)}[/b]: {escape(a.wat)}"
        + (f" [dim]({escape(a.wanneer)})[/]" if a.wanneer else "")
        for n, a in enumerate(acties, start=1)
    )


class ActionsSection(Vertical):
    """Shows the acties; Enter in the 'wanneer' field adds a new one."""

    class Added(Message):
        """The worker added an actie."""

        def __init__(self, wie: str, wat: str, wanneer: str) -> None:
            super().__init__()
            self.wie, self.wat, self.wanneer = wie, wat, wanneer

    def __init__(self, acties: Any) -> None:
        super().__init__(classes="plan-section", id="plan-actions")
        self.acties = acties

    def compose(self) -> ComposeResult:
        yield Static("[b]Acties[/b] (wie, wat, wanneer)", classes="plan-heading")
        yield Static(actions_markup(self.acties), id="plan-actions-list")
        with Horizontal(id="plan-action-new"):
            yield Input(placeholder="wie", id="action-wie")
            yield Input(placeholder="wat", id="action-wat")
            yield Input(placeholder="wanneer (Enter voegt toe)", id="action-wanneer")

    def show(self, acties: Any) -> None:
        """Redraw the list after a change."""
        self.acties = acties
        self.query_one("#plan-actions-list", Static).update(actions_markup(acties))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        fields = [self.query_one(f"#action-{n}", Input) for n in ("wie", "wat", "wanneer")]
        if event.input is not fields[-1]:
            self.screen.focus_next()
            return
        wie, wat, wanneer = (f.value.strip() for f in fields)
        if not wie or not wat:
            self.notify("Vul in wie iets doet en wat.", severity="warning")
            return
        for field in fields:
            field.value = ""
        fields[0].focus()
        self.post_message(self.Added(wie, wat, wanneer))
