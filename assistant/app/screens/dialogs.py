"""Dialogen (for trainers): every dialog and persona found, with check and lint status.

Lint runs in a thread worker, since the question analysis it uses loads spaCy; each file's
status appears as soon as it is known. Enter opens the live preview
(:class:`~assistant.app.screens.dialog_preview.DialogPreviewScreen`) of that file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.app.keys import BACK, bindings

if TYPE_CHECKING:
    from assistant.authoring.catalog import FileStatus


class DialogsScreen(Screen[None]):
    """Dialogs and personas with their check and lint status; Enter opens the preview."""

    BINDINGS = bindings(BACK)

    def compose(self) -> ComposeResult:
        yield Header(icon="⌂")
        yield Static(
            "Gevonden dialogen en persona's. Enter opent een voorbeeld dat u kunt spelen; "
            "met --dialog PAD voegt u een eigen bestand toe.",
            id="dialogs-intro",
        )
        yield OptionList(id="dialogs-list")
        yield Static("", id="dialogs-problems")
        yield Footer()

    def on_mount(self) -> None:
        from assistant.authoring.catalog import trainer_files

        self.sub_title = "Dialogen"
        app: Any = self.app
        self._paths = trainer_files(app.config.dialogs_dir, app.config.extra_dialogs)
        self._statuses: dict[int, FileStatus] = {}
        listing = self.query_one("#dialogs-list", OptionList)
        for path in self._paths:
            listing.add_option(Option(f"[dim]controleren…[/]  {escape(path.name)}"))
        listing.highlighted = 0 if self._paths else None
        listing.focus()
        self.run_worker(self._check_all, thread=True, exclusive=True, group="dialogs")

    def _check_all(self) -> None:
        from assistant.authoring.catalog import file_status

        analyzer = getattr(self.app, "analyzer", None)
        for index, path in enumerate(self._paths):
            status = file_status(path, analyzer)
            self.app.call_from_thread(self._show_status, index, status)

    def _show_status(self, index: int, status: FileStatus) -> None:
        self._statuses[index] = status
        if status.summary == "in orde":
            colour = "green"
        else:
            colour = "red" if status.source.problems else "yellow"
        name = escape(self._paths[index].name)
        label = f"[{colour}]{status.summary}[/]  {escape(status.title)}  [dim]{name}[/]"
        listing = self.query_one("#dialogs-list", OptionList)
        listing.replace_option_prompt_at_index(index, label)
        if listing.highlighted == index:
            self._show_problems(index)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_problems(event.option_index)

    def _show_problems(self, index: int) -> None:
        status = self._statuses.get(index)
        box = self.query_one("#dialogs-problems", Static)
        problems = status.problems if status is not None else []
        box.display = bool(problems)
        box.update("\n".join(escape(p.render()) for p in problems))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from assistant.app.screens.dialog_preview import DialogPreviewScreen

        self.app.push_screen(DialogPreviewScreen(self._paths[event.option_index]))
