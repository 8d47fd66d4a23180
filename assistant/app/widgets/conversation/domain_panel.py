"""Side panel with the 11 ZRM domains: not discussed, need found, or scored.

Fed with plain data (:class:`DomainState`), so it knows nothing about the engine.
Domains recognised in what the worker is typing show as 'herkend' before they are
confirmed as a need when the answer is given.
"""

from __future__ import annotations

from rich.markup import escape
from textual.widgets import Static

from assistant.app.services.views import DomainState
from assistant.app.texts import short_domain
from assistant.knowledge.vocabulary import DOMAIN_SLUGS, FRAME_SLUGS

SCORE_STYLE = {1: "bold red", 2: "red", 3: "yellow", 4: "green", 5: "green"}


def domain_line(slug: str, state: DomainState) -> str:
    """One row: marker, short name, score and the frame progress of a need."""
    name = escape(short_domain(slug)).ljust(20)
    score = state.scores.get(slug)
    score_text = f"[{SCORE_STYLE[score]}]{score}[/]" if score else " "
    if slug in state.needs:
        marker = "[b $warning]●[/]"
        done = state.frames.get(slug, set())
        frames = "".join("✓" if frame in done else "·" for frame in FRAME_SLUGS)
        name = f"[b]{name}[/b]"
    elif slug in state.recognised:
        marker, frames, name = "[$accent]◐[/]", "", f"[i]{name}[/i]"
    else:
        marker, frames = "[dim]·[/]", ""
    pointer = "▸" if slug == state.focus else " "
    return f"{pointer}{marker} {name} {score_text} {frames}"


class DomainPanel(Static):
    """Renders a :class:`DomainState`; call :meth:`show` whenever it changes."""

    def on_mount(self) -> None:
        self.border_title = "Levensdomeinen"
        self.border_subtitle = "● behoefte ◐ herkend ✓ kader"
        self.show(DomainState())

    def show(self, state: DomainState) -> None:
        """Redraw the 11 rows."""
        self.state = state
        self.update("\n".join(domain_line(slug, state) for slug in DOMAIN_SLUGS))
