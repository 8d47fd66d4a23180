"""The four oplossingskaders for the need in focus, and how far each is covered."""

from __future__ import annotations

from rich.markup import escape
from textual.widgets import Static

from assistant.app.texts import domain_name, frame_name
from assistant.knowledge.vocabulary import FRAME_SLUGS


class FramesPanel(Static):
    """Shows covered / skipped / open for each frame of one need."""

    def on_mount(self) -> None:
        self.border_title = "Kaders"
        self.show(None, set(), {})

    def show(self, focus: str | None, covered: set[str], skipped: dict[str, str]) -> None:
        """Redraw for the need in ``focus`` (a domain slug) or a hint when none."""
        if focus is None:
            self.border_title = "Kaders"
            self.update("[dim]Nog geen behoefte in beeld.[/]")
            return
        self.border_title = f"Kaders · {domain_name(focus)}"
        lines = []
        for frame in FRAME_SLUGS:
            if frame in skipped:
                lines.append(f"[yellow]↷[/] {frame_name(frame)} [dim](overgeslagen)[/]")
            elif frame in covered:
                lines.append(f"[green]✓[/] {frame_name(frame)}")
            else:
                lines.append(f"[dim]·[/] {escape(frame_name(frame))}")
        self.update("\n".join(lines))
