"""Plan van aanpak: built from the conversation, editable, exported with Ctrl+E.

Every edit goes through :mod:`assistant.plan.edit` (validated, remembered as an edit
so a rebuild keeps it) and is saved with the session shortly after typing stops.
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Label, Static

from assistant.app.config import STYLES
from assistant.app.keys import PLAN, bindings
from assistant.app.widgets.plan.actions_section import ActionsSection
from assistant.app.widgets.plan.domain_section import DomainSection
from assistant.errors import KeukentafelError
from assistant.plan.edit import add_action, edit_domain, edit_plan

SAVE_DELAY = 0.6


class PlanScreen(Screen[None]):
    """Shows and edits the plan of one conversation."""

    BINDINGS = bindings(PLAN)
    CSS_PATH = STYLES / "plan.tcss"

    def __init__(self, conversation: Any) -> None:
        super().__init__()
        self.conversation = conversation
        self._save_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        plan = self.conversation.plan
        yield Header(icon="✎")
        with VerticalScroll(id="plan-body"):
            yield Static(
                f"[b]Plan van aanpak[/b] · {escape(plan.label)}\n"
                "[dim]Pas de tekst aan met de cliënt. Ctrl+E schrijft het plan weg.[/]",
                id="plan-title",
            )
            for field, label in (
                ("hulpvraag", "Hulpvraag"),
                ("vraag_achter_de_vraag", "Vraag achter de vraag"),
            ):
                yield Label(label, classes="plan-label")
                yield Input(getattr(plan, field), name=field, classes="plan-input")
            for signal in plan.signalen:
                yield Static(
                    f"⚠ {escape(signal.name)}: {escape(signal.route)}", classes="plan-signal"
                )
            if not plan.domains:
                yield Static("[dim]Nog geen behoeften vastgelegd.[/]", classes="plan-section")
            for part in plan.domains:
                yield DomainSection(part)
            yield ActionsSection(plan.acties)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Plan van aanpak"
        self.query(Input).first().focus()

    @on(Input.Changed, ".plan-input")
    def _edited(self, event: Input.Changed) -> None:
        name = event.input.name or ""
        plan = self.conversation.plan
        try:
            if "." in name:
                domain, field = name.split(".", 1)
                plan = edit_domain(plan, domain, **{field: event.value})
            else:
                plan = edit_plan(plan, **{name: event.value})
        except KeukentafelError as exc:
            self.notify(exc.render(), severity="warning")
            return
        self.conversation.set_plan(plan, save=False)
        self._schedule_save()

    def on_actions_section_added(self, event: ActionsSection.Added) -> None:
        try:
            plan = add_action(self.conversation.plan, event.wie, event.wat, event.wanneer)
        except KeukentafelError as exc:
            self.notify(exc.render(), severity="warning")
            return
        self.conversation.set_plan(plan)
        self.query_one(ActionsSection).show(plan.acties)

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save)

    def _save(self) -> None:
        self._save_timer = None
        app: Any = self.app
        app.save_conversation(self.conversation)

    def on_unmount(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save()

    def action_export(self) -> None:
        from assistant.app.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.conversation))

    def action_close(self) -> None:
        self.dismiss()
