"""Gesprek: what to ask now, the answer, the life domains and frames at a glance.

Every answer goes to the engine session and is saved at once (autosave). What the
client says is analysed by the base class (:mod:`conversation_analysis`).
"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Static

from assistant.app.config import STYLES
from assistant.app.keys import CONVERSATION, bindings
from assistant.app.screens.conversation_analysis import AnalysingScreen
from assistant.app.services.conversation import Conversation
from assistant.app.services.views import SignalView
from assistant.app.widgets.conversation.answers import (
    AnswerBox,
    AnswerSubmitted,
    answer_widget,
)
from assistant.app.widgets.conversation.domain_panel import DomainPanel
from assistant.app.widgets.conversation.frames_panel import FramesPanel
from assistant.app.widgets.conversation.prompt_panel import PromptPanel
from assistant.app.widgets.conversation.safety_banner import SafetyBanner
from assistant.errors import KeukentafelError


class ConversationScreen(AnalysingScreen):
    """Walks the worker through one conversation, one step at a time."""

    BINDINGS = bindings(CONVERSATION)
    CSS_PATH = STYLES / "conversation.tcss"

    def __init__(self, conversation: Conversation) -> None:
        super().__init__()
        self.conversation = conversation
        self._early_keys: list[events.Key] | None = []
        """Keys typed while no answer field has focus yet (None: not collecting)."""

    def compose(self) -> ComposeResult:
        yield Header(icon="☕")
        yield SafetyBanner(id="safety-banner")
        with Horizontal(id="conv-body"):
            with VerticalScroll(id="conv-main"):
                yield PromptPanel(id="prompt")
                yield Container(id="answer-slot")
                yield Static("", id="conv-status")
            with Vertical(id="conv-side"):
                yield DomainPanel(id="domains")
                yield FramesPanel(id="frames")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.conversation.label
        for signal in self.conversation.open_signals():
            self._banner(signal)
        self.show_step()

    # -- showing -------------------------------------------------------------------------

    def show_step(self) -> None:
        """Redraw prompt, answer widget, side panels and status for the current step."""
        view = self.conversation.view()
        self.query_one(PromptPanel).show(view.phase, view.prompt, view.phrasings, view.tip)
        slot = self.query_one("#answer-slot", Container)
        self.set_focus(None)
        self._early_keys = [] if view.answer is not None else None
        slot.remove_children()
        if view.answer is not None:
            widget = answer_widget(view.answer)
            slot.mount(widget)
            self.call_after_refresh(self._focus_answer, widget)
        self.query_one("#conv-status", Static).update(view.status)
        self._typed = ""
        self.refresh_panels()

    def _focus_answer(self, widget: AnswerBox) -> None:
        """Focus the new answer field and replay keys typed before it was there."""
        self.set_focus(widget.input_widget())
        keys, self._early_keys = self._early_keys or [], None
        for key in keys:
            self.app.post_message(events.Key(key.key, key.character))

    def on_key(self, event: events.Key) -> None:
        """Keep keys typed in the moment between two steps, so no letter is lost."""
        if self.focused is None and self._early_keys is not None:
            event.stop()
            self._early_keys.append(event)

    def refresh_panels(self, recognised: set[str] | None = None) -> None:
        """Redraw the domain and frame panels from the session."""
        state = self.conversation.domain_state()
        state.recognised = (recognised or set()) - state.needs
        self.query_one(DomainPanel).show(state)
        focus, covered, skipped = self.conversation.focus_frames()
        self.query_one(FramesPanel).show(focus, covered, skipped)

    def _banner(self, signal: SignalView) -> None:
        self.query_one(SafetyBanner).show_signal(signal)
        self.set_timer(0.05, self._keep_focus_in_view)

    def _keep_focus_in_view(self) -> None:
        """The banner takes room; keep the field the worker types in visible."""
        if self.focused is not None:
            self.query_one("#conv-main", VerticalScroll).scroll_to_widget(
                self.focused, animate=False
            )

    # -- answering -----------------------------------------------------------------------

    @on(AnswerSubmitted)
    def _answered(self, event: AnswerSubmitted) -> None:
        event.stop()
        text = event.value if isinstance(event.value, str) else ""
        try:
            raised = self.conversation.answer(event.value)
        except KeukentafelError as exc:
            self.notify(exc.render(), title="Dit antwoord past niet", severity="warning")
            return
        for signal in raised:
            self._banner(signal)
        self._save()
        if text:
            self._analyse(text, commit=True)
        self._after_step()

    def _after_step(self) -> None:
        if self.conversation.finished:
            self.notify(
                "Het gesprek is afgerond. F4 opent het plan van aanpak.", title="Klaar", timeout=10
            )
        self.show_step()

    # -- actions -------------------------------------------------------------------------

    def action_back(self) -> None:
        try:
            self.conversation.back()
        except KeukentafelError as exc:
            self.notify(exc.render(), severity="warning")
            return
        self._save()
        self.show_step()

    def action_skip(self) -> None:
        from assistant.app.screens.text_prompt import AskTextScreen

        def skipped(reason: str | None) -> None:
            if reason is None:
                return
            try:
                self.conversation.skip(reason)
            except KeukentafelError as exc:
                self.notify(exc.render(), severity="warning")
                return
            self._save()
            self._after_step()

        self.app.push_screen(
            AskTextScreen(
                "Waarom slaat u deze stap over?",
                "De reden wordt bewaard.",
                empty="Geef kort een reden.",
            ),
            skipped,
        )

    def action_notes(self) -> None:
        from assistant.app.screens.text_prompt import NotesScreen

        def closed(notes: str | None) -> None:
            if notes is not None and notes != self.conversation.notes:
                self.conversation.notes = notes
                self._save()

        self.app.push_screen(NotesScreen(self.conversation.notes), closed)

    def action_provisions(self) -> None:
        from assistant.app.screens.provisions import ProvisionsScreen

        self.app.push_screen(ProvisionsScreen(self.conversation))

    def action_plan(self) -> None:
        from assistant.app.screens.plan import PlanScreen

        self.app.push_screen(PlanScreen(self.conversation))

    def action_acknowledge(self) -> None:
        self.query_one(SafetyBanner).acknowledge()

    def on_safety_banner_acknowledged(self) -> None:
        self.conversation.acknowledge_signals()
        self._save()
        self.notify("Signaal bevestigd. Het blijft in het gesprek en in het plan staan.")

    def action_leave(self) -> None:
        self._save()
        self.dismiss()
