"""One life domain of the plan: editable probleemstelling, doel and resultaat, and the
oplossingen per frame in the method's order (eigen kracht first, aanvullend last)."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from assistant.plan.names import FRAME_HEADINGS

EDITABLE = (("probleemstelling", "Probleemstelling"), ("doel", "Doel"), ("resultaat", "Resultaat"))


def solutions_markup(part: Any) -> str:
    """The oplossingen of a domain plan, grouped by frame."""
    lines = []
    for frame, items in part.by_frame().items():
        heading = FRAME_HEADINGS[frame]
        if frame in part.skipped:
            lines.append(f"[b]{heading}:[/b] [dim]overgeslagen: {escape(part.skipped[frame])}[/]")
        elif items:
            texts = [
                escape(o.text) + (f" (tel. {escape(o.phone)})" if o.phone else "") for o in items
            ]
            lines.append(f"[b]{heading}:[/b] " + "; ".join(texts))
        else:
            lines.append(f"[b]{heading}:[/b] [dim]nog niets[/]")
    return "\n".join(lines)


class DomainSection(Vertical):
    """Inputs named ``<domain>.<field>`` so the screen can route edits."""

    def __init__(self, part: Any) -> None:
        super().__init__(classes="plan-section")
        self.part = part

    def compose(self) -> ComposeResult:
        part = self.part
        score = f" · ZRM {part.score.score} ({part.score.level_name})" if part.score else ""
        yield Static(f"[b]{escape(part.domain_name)}[/b]{escape(score)}", classes="plan-heading")
        for field, label in EDITABLE:
            yield Label(label, classes="plan-label")
            yield Input(getattr(part, field), name=f"{part.domain}.{field}", classes="plan-input")
        yield Static(solutions_markup(part), classes="plan-solutions")
