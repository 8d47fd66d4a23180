"""Live language analysis for the conversation screen, kept in its own base class.

What the worker types is analysed in a thread worker once typing pauses: recognised
domains light up at once, a safety signal shows its banner at once, and when the answer
is given its needs are recorded in the session. A possible danger the word lists did not
find (a hint of the learned model) shows as a gentle toast then, never as a signal.
Without language analysis (not loaded, or failed) nothing happens here and the
conversation simply goes on.
"""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from assistant.app.services.conversation import Conversation
from assistant.app.services.views import SignalView
from assistant.app.widgets.conversation.answers import TextTyped

TYPING_PAUSE = 0.25
"""Seconds without a keystroke before the text being typed is analysed."""


class AnalysingScreen(Screen[None]):
    """Base of :class:`ConversationScreen`: typing -> analysis -> panels and banner."""

    conversation: Conversation
    _typing_timer: Timer | None = None
    _typed = ""

    class Analysed(Message):
        """Language analysis of ``text`` finished; ``commit`` when the answer was given."""

        def __init__(self, text: str, analysis: Any, commit: bool) -> None:
            super().__init__()
            self.text, self.analysis, self.commit = text, analysis, commit

    def refresh_panels(self, recognised: set[str] | None = None) -> None:
        """Redraw the side panels (implemented by the conversation screen)."""
        raise NotImplementedError

    def _banner(self, signal: SignalView) -> None:
        """Show a safety signal (implemented by the conversation screen)."""
        raise NotImplementedError

    def _save(self) -> None:
        app: Any = self.app
        app.save_conversation(self.conversation)

    @on(TextTyped)
    def _typing(self, event: TextTyped) -> None:
        event.stop()
        self._typed = event.text
        if self._typing_timer is not None:
            self._typing_timer.stop()
        self._typing_timer = self.set_timer(TYPING_PAUSE, self._typing_paused)

    def _typing_paused(self) -> None:
        if self._typed.strip():
            self._analyse(self._typed, commit=False)
        else:
            self.refresh_panels()

    def _analyse(self, text: str, commit: bool) -> None:
        app: Any = self.app
        if app.analyzer is None:
            return
        if commit:
            self._run_commit(app.analyzer, text)
        else:
            self._run_live(app.analyzer, text)

    @work(thread=True, exclusive=True, group="live-analysis")
    def _run_live(self, analyzer: Any, text: str) -> None:
        analysis = analyzer.analyze(text)
        if not get_current_worker().is_cancelled:
            self.post_message(self.Analysed(text, analysis, commit=False))

    @work(thread=True, group="commit-analysis")
    def _run_commit(self, analyzer: Any, text: str) -> None:
        self.post_message(self.Analysed(text, analyzer.analyze(text), commit=True))

    def on_analysing_screen_analysed(self, message: Analysed) -> None:
        for signal in self.conversation.record_signals(message.analysis, message.text):
            self._banner(signal)
        if message.commit:
            for title, text in self.conversation.hint_messages(message.analysis):
                self.notify(text, title=title, severity="warning", timeout=15, markup=False)
            self.conversation.record_needs(message.analysis, message.text)
            self._save()
            self.refresh_panels()
        elif message.text == self._typed:
            self.refresh_panels({hit.domain for hit in message.analysis.needs})
