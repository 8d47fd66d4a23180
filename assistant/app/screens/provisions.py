"""Voorzieningen per behoefte: what the social map offers for each need found.

Following the method, provisions for a need appear only once eigen kracht and netwerk
were explored for it, or skipped with a reason (the engine keeps that rule). Lighter
provisions come first; maatwerk is listed apart as 'aanvullend'. Space (or Enter)
puts a provision in the plan van aanpak or takes it out again.
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, SelectionList, Static
from textual.widgets.selection_list import Selection

from assistant.app.config import STYLES
from assistant.app.keys import PROVISIONS, bindings
from assistant.app.texts import domain_name, frame_name
from assistant.errors import KeukentafelError
from assistant.plan.edit import choose_provision, drop_provision

LIMIT = 5


class ProvisionsScreen(Screen[None]):
    """One section per need; the worker picks provisions for the plan."""

    BINDINGS = bindings(PROVISIONS)
    CSS_PATH = STYLES / "conversation.tcss"

    def __init__(self, conversation: Any) -> None:
        super().__init__()
        self.conversation = conversation

    def compose(self) -> ComposeResult:
        yield Header(icon="☕")
        yield VerticalScroll(id="provisions-body")
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = "Voorzieningen per behoefte"
        await self.rebuild()

    async def rebuild(self) -> None:
        """Draw all sections again (after a skip), then focus the first list or button."""
        body = self.query_one("#provisions-body", VerticalScroll)
        await body.remove_children()
        await body.mount_all(self._sections())
        self._focus_first()

    def _focus_first(self) -> None:
        for selection in self.query(SelectionList):
            if selection.option_count and selection.highlighted is None:
                selection.highlighted = 0
        focusable = self.query("#provisions-body SelectionList, #provisions-body Button")
        if focusable:
            focusable.first().focus()

    def _sections(self) -> list[Any]:
        app: Any = self.app
        session = self.conversation.session
        if not session.needs:
            return [
                Static(
                    "Nog geen behoeften. Ze komen uit het gesprek en uit wat de cliënt vertelt.",
                    classes="need-blocked",
                )
            ]
        if app.social_map is None:
            return [Static("De sociale kaart is (nog) niet beschikbaar.", classes="need-blocked")]
        chosen = {(c.domain, c.id) for c in self.conversation.plan.chosen}
        widgets: list[Any] = []
        for need in session.needs:
            title = f"{domain_name(need.domain)}" + (f" — {need.text}" if need.text else "")
            widgets.append(Static(escape(title), classes="need-title"))
            missing = session.missing_before_provisions(need.domain)
            if missing:
                names = " en ".join(frame_name(f).lower() for f in missing)
                widgets.append(
                    Static(
                        f"Verken eerst {names} voor deze behoefte (zo licht als mogelijk). "
                        "Of sla dat over met een reden:",
                        classes="need-blocked",
                    )
                )
                widgets.append(Button("Overslaan met reden…", name=need.domain, compact=True))
                continue
            match = app.social_map.match(
                [(need.domain, need.text)], area=app.config.area, limit=LIMIT
            )[0]
            for label, hits in (
                ("Voorliggend", match.voorliggend),
                ("Aanvullend (maatwerk)", match.aanvullend),
            ):
                widgets.append(Static(f"[b]{label}[/b]", classes="muted"))
                widgets.append(
                    SelectionList[str](
                        *(_selection(need.domain, hit, chosen) for hit in hits),
                        classes="need-provisions",
                    )
                )
        return widgets

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        domain, provision_id, kind = str(event.selection.value).split("|")
        picked = provision_id in {
            v.split("|")[1] for v in event.selection_list.selected if v.split("|")[0] == domain
        }
        app: Any = self.app
        plan = self.conversation.plan
        try:
            if picked:
                provision = app.social_map.get(provision_id)
                plan = choose_provision(
                    plan,
                    {
                        "id": provision.id,
                        "name": provision.name,
                        "domain": domain,
                        "kind": "maatwerk" if kind == "maatwerk" else "voorliggend",
                        "phone": provision.phone or "",
                    },
                )
                self.notify(f"In het plan: {provision.name}")
            else:
                plan = drop_provision(plan, provision_id)
        except KeukentafelError as exc:
            self.notify(exc.render(), severity="warning")
            return
        self.conversation.set_plan(plan)
        app.save_conversation(self.conversation)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        from assistant.app.screens.text_prompt import AskTextScreen

        domain = event.button.name or ""

        def skipped(reason: str | None) -> None:
            if reason is None:
                return
            session = self.conversation.session
            try:
                for frame in session.missing_before_provisions(domain):
                    session.skip_frame(domain, frame, reason)
            except KeukentafelError as exc:
                self.notify(exc.render(), severity="warning")
                return
            app: Any = self.app
            app.save_conversation(self.conversation)
            self.call_later(self.rebuild)

        self.app.push_screen(
            AskTextScreen(
                "Waarom slaat u eigen kracht en netwerk over?",
                "De reden komt in het plan.",
                empty="Geef kort een reden.",
            ),
            skipped,
        )

    def action_details(self) -> None:
        focused = self.focused
        if isinstance(focused, SelectionList) and focused.highlighted is not None:
            value = str(focused.get_option_at_index(focused.highlighted).value)
            app: Any = self.app
            app.show_provision(value.split("|")[1])

    def action_toggle_pick(self) -> None:
        focused = self.focused
        if isinstance(focused, SelectionList) and focused.highlighted is not None:
            focused.toggle(focused.get_option_at_index(focused.highlighted).value)

    def action_close(self) -> None:
        self.dismiss()


def _selection(domain: str, hit: Any, chosen: set[tuple[str, str]]) -> Selection[str]:
    provision = hit.provision
    prompt = f"{escape(provision.name)} [dim]— {escape(hit.why)}[/]"
    value = f"{domain}|{provision.id}|{provision.kind}"
    return Selection(prompt, value, (domain, provision.id) in chosen)
