"""What to ask now: the step's prompt, suggested open phrasings and the attitude tip."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static


class PromptPanel(Vertical):
    """Shows the current step; the border title names the phase."""

    def compose(self) -> ComposeResult:
        yield Static("", id="prompt-text")
        yield Vertical(id="prompt-phrasings")
        yield Static("", id="prompt-tip")

    def show(self, phase: str, prompt: str, phrasings: list[str], tip: str | None) -> None:
        """Redraw for a step (all text already filled in by the engine)."""
        self.border_title = phase
        self.query_one("#prompt-text", Static).update(Content.styled(prompt, "bold"))
        box = self.query_one("#prompt-phrasings", Vertical)
        box.remove_children()
        if phrasings:
            box.mount(Static("Zo kunt u het vragen:", classes="muted"))
            box.mount_all(Static(Content(f"“{text}”"), classes="phrasing") for text in phrasings)
        tip_widget = self.query_one("#prompt-tip", Static)
        tip_widget.display = bool(tip)
        tip_widget.update(Content.assemble(("Tip: ", "bold $accent"), tip or ""))
