"""Export the plan van aanpak: the worker picks a folder (default: Documents).

Three files are written: Markdown (to read or share), JSON (for other systems) and a
plain-text version made for printing on paper.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from assistant.app.keys import MODAL, bindings
from assistant.errors import KeukentafelError, os_reason
from assistant.plan.export import export_plan


class ExportScreen(ModalScreen[list[Path] | None]):
    """Asks for the folder and writes the files; Escape cancels."""

    BINDINGS = bindings(MODAL)

    def __init__(self, conversation: Any) -> None:
        super().__init__()
        self.conversation = conversation

    def compose(self) -> ComposeResult:
        app: Any = self.app
        with Vertical(classes="dialog-box"):
            yield Static("[b]Plan van aanpak exporteren[/b]", classes="dialog-question")
            yield Static("In welke map? Enter schrijft Markdown, JSON en een printversie.")
            yield Input(str(app.config.documents_dir), id="export-folder")
            yield Static("", id="export-result")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        app: Any = self.app
        folder = Path(event.value.strip() or app.config.documents_dir).expanduser()
        result = self.query_one("#export-result", Static)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            result.update(
                f"[red]De map {escape(str(folder))} kan niet worden gemaakt "
                f"({escape(os_reason(exc))}). Kies een andere map.[/]"
            )
            return
        try:
            paths = export_plan(self.conversation.plan, folder, formats=("md", "json", "txt"))
        except KeukentafelError as exc:
            result.update(f"[red]{escape(exc.render())}[/]")
            return
        self.app.notify(
            f"Plan weggeschreven in {folder.resolve()}:\n"
            + "\n".join(p.name for p in paths)
            + "\nAfdrukken: open het .txt-bestand en kies Afdrukken (of: lp <bestand>).",
            title="Geëxporteerd",
            timeout=15,
        )
        self.dismiss(paths)

    def action_cancel(self) -> None:
        self.dismiss(None)
