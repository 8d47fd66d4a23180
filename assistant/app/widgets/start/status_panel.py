"""Shows whether the social map and language analysis are ready, updated by signal."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

LABELS = {"map": "Sociale kaart", "language": "Taalanalyse"}
STATES = {
    "laden": "wordt geladen…",
    "klaar": "klaar",
    "mislukt": "niet beschikbaar",
    "uit": "uitgeschakeld",
}


class StatusPanel(Static):
    """Two lines of status; the start screen works whatever they say."""

    def on_mount(self) -> None:
        self.border_title = "Status"
        app: Any = self.app
        app.resources_changed.subscribe(self, lambda _part: self.refresh_status())
        self.refresh_status()

    def refresh_status(self) -> None:
        status: dict[str, str] = getattr(self.app, "status", {})
        lines = [f"{LABELS[part]}: {STATES.get(status.get(part, 'laden'), '')}" for part in LABELS]
        if status.get("language") in ("mislukt", "uit"):
            lines.append("Gesprekken werken, maar zonder automatische herkenning.")
        self.update("\n".join(lines))
