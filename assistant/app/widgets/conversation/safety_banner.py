"""The safety banner: a danger signal the worker cannot miss.

It appears at the top of the conversation the moment a signal is found, in the alert
colour, with the route and phone numbers, and it stays until the worker acknowledges
it with Ctrl+G (or a click). Several signals stack; acknowledging clears them all.
"""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from assistant.app.services.views import SignalView
from assistant.app.texts import SIGNAL


class SafetyBanner(Vertical):
    """Hidden until :meth:`show_signal`; then stays until acknowledged."""

    class Acknowledged(Message):
        """The worker confirmed having seen the signal(s)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.signals: list[SignalView] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="banner-text")

    def on_mount(self) -> None:
        self.display = False

    @property
    def active(self) -> bool:
        """True while there is an unacknowledged signal."""
        return bool(self.signals)

    def show_signal(self, signal: SignalView) -> None:
        """Add a signal (same kind and route only once) and show the banner."""
        if any(s.kind == signal.kind and s.route == signal.route for s in self.signals):
            return
        self.signals.append(signal)
        self.query_one("#banner-text", Static).update(self._markup())
        self.display = True
        self.app.bell()

    def _markup(self) -> str:
        parts = []
        for signal in self.signals:
            title = f"[b]⚠ VEILIGHEID: {escape(SIGNAL.get(signal.kind, signal.kind))}[/b]"
            if signal.quote:
                title += f" · gehoord: “{escape(signal.quote)}”"
            lines = [title, escape(signal.route)]
            if signal.phones:
                lines.append(f"[b]Bel: {escape(' · '.join(signal.phones))}[/b]")
            parts.append("\n".join(lines))
        parts.append("[reverse] Ctrl+G [/reverse] ik heb het gezien")
        return "\n".join(parts)

    def acknowledge(self) -> None:
        """Clear the banner; the signals stay recorded in the session."""
        if not self.signals:
            return
        self.signals.clear()
        self.display = False
        self.post_message(self.Acknowledged())

    def on_click(self) -> None:
        self.acknowledge()
